//! The pure core: one source text, its grammar and a rule set in, findings out. No files, no
//! terminal, no global state: the CLI, the corpus harness and (later) the LSP server all call
//! `scan`, so they cannot disagree.

mod config;
pub mod duration;
pub mod facts;
mod query;
mod relate;
pub mod value;

use std::collections::{BTreeSet, HashMap};

use tree_sitter::Node;

use crate::finding::{FileProblem, Finding, LineIndex, ProblemKind};
use crate::fingerprint;
use crate::lang::Grammar;
use crate::rule::{Confidence, Matcher, Rule, RuleSet};
use crate::suppress;

use duration::{Duration, DurationEval};
pub use facts::{FileFacts, ProjectFacts};
use query::{run, Hit};
use relate::FileContext;
use value::{Literal, ValueResolver};

/// Scans one file on its own: the file is the whole project (standard input, snippets).
/// `path` is only a label copied into the findings. Findings come back sorted and with their
/// fingerprints set.
pub fn scan(path: &str, text: &str, grammar: Grammar, rules: &RuleSet) -> Vec<Finding> {
    scan_alone(path, text, grammar, rules).0
}

/// `scan`, with the notice of `scan_file`.
pub fn scan_alone(
    path: &str,
    text: &str,
    grammar: Grammar,
    rules: &RuleSet,
) -> (Vec<Finding>, Option<FileProblem>) {
    let facts = if facts::needs_facts(rules) {
        ProjectFacts::merge([facts::file_facts(path, text, grammar, rules)])
    } else {
        ProjectFacts::default()
    };
    scan_file(path, text, grammar, rules, &facts)
}

/// Scans one file of a project whose facts (`facts::file_facts` of every file, merged) are
/// known.
pub fn scan_in_project(
    path: &str,
    text: &str,
    grammar: Grammar,
    rules: &RuleSet,
    facts: &ProjectFacts,
) -> Vec<Finding> {
    scan_file(path, text, grammar, rules, facts).0
}

/// `scan_in_project`, plus a notice when a configuration file does not parse: its findings
/// then come from the parts that did, and the user should know the rest was not read.
/// (Code is not held to this: tree-sitter recovers from the syntax of newer language
/// versions, and such notices would drown the real ones.)
pub fn scan_file(
    path: &str,
    text: &str,
    grammar: Grammar,
    rules: &RuleSet,
    facts: &ProjectFacts,
) -> (Vec<Finding>, Option<FileProblem>) {
    let tree = match crate::parse::parse(grammar, text) {
        Ok(tree) => tree,
        Err(refused) => {
            let problem = FileProblem {
                path: path.to_string(),
                kind: ProblemKind::Unparsable,
                message: refused.0,
            };
            return (Vec::new(), Some(problem));
        }
    };
    let root = tree.root_node();
    // Helm and Jinja templates (`{{- if .Values.x }}`) are YAML only once rendered: what
    // parses is still read, but their syntax errors are not news.
    let template = grammar == Grammar::Yaml && crate::parse::is_yaml_template(text);
    let index = LineIndex::new(text);
    let syntax = if grammar.lang().is_config() && grammar != Grammar::Dotenv && !template {
        syntax_problem(path, root, &index)
    } else {
        None
    };
    let ctx = FileContext::new(text, path, grammar, root, rules, facts);
    let resolver = ValueResolver::new(text, grammar.lang(), root);
    let mut findings = Vec::new();
    let mut seen = BTreeSet::new();
    for (rule, matcher) in rules.for_grammar(grammar) {
        if !rule.applies_to(path) {
            continue;
        }
        for hit in run(&matcher.query, Some(matcher.match_capture), root, text) {
            let Some(Checked { literals, extra }) =
                constraints_hold(matcher, &hit, &resolver, rules, text)
            else {
                continue;
            };
            let Some(bindings) = ctx.relate(matcher, &hit, extra) else {
                continue;
            };
            let node = report_target(matcher, &hit, &literals);
            // Several patterns or `or` tables may report one node: once per rule.
            if !seen.insert((rule.id.as_str(), node.start_byte(), node.end_byte())) {
                continue;
            }
            let range = (node.start_byte(), node.end_byte());
            let mut f = finding(path, rule, range, &bindings, &index);
            if literals
                .iter()
                .any(|(_, l)| is_placeholder(&l.value, rules.placeholders()))
            {
                f.confidence = Confidence::High;
            }
            findings.push(f);
        }
    }
    if grammar.lang().is_config() {
        findings.extend(config_findings(
            path, text, grammar, root, rules, facts, &index,
        ));
    }
    let directives = suppress::directives(root, text, &index);
    if !directives.is_empty() {
        let unused = suppress::apply(&mut findings, &directives, rules, path, &index);
        findings.extend(unused);
    }
    finish(&mut findings, text);
    (findings, syntax)
}

/// Where the first syntax error of a tree is, as a problem report.
fn syntax_problem(path: &str, root: Node<'_>, index: &LineIndex<'_>) -> Option<FileProblem> {
    if !root.has_error() {
        return None;
    }
    let mut cursor = root.walk();
    let mut node = root;
    // Descend to the first error or missing node, in source order.
    'down: loop {
        if node.is_error() || node.is_missing() {
            break;
        }
        for child in node.children(&mut cursor) {
            if child.has_error() {
                node = child;
                continue 'down;
            }
        }
        break;
    }
    // An ERROR node that wraps parts which parse on their own starts where the recovery
    // began (often the top of the file): the trouble is after its first complete part.
    let mut start = node.start_byte();
    if node.is_error() && node.child_count() > 1 {
        if let (Some(first), Some(second)) = (node.child(0), node.child(1)) {
            if !first.has_error() && first.is_named() {
                start = second.start_byte();
            }
        }
    }
    let at = index.position(start);
    Some(FileProblem {
        path: path.to_string(),
        kind: ProblemKind::Syntax,
        message: format!(
            "syntax error at line {}, column {}: settings after it may not have been read",
            at.line, at.column
        ),
    })
}

/// What the value constraints found: the literals they resolved (by capture) and extra
/// bindings (`{duration}`, `{limit}`, the named groups of `matches`).
struct Checked<'t, 'r> {
    literals: Vec<(u32, Literal<'t>)>,
    extra: Vec<(&'r str, String)>,
}

/// Checks the value constraints of a match.
fn constraints_hold<'t, 'r>(
    matcher: &'r Matcher,
    hit: &Hit<'t, '_>,
    resolver: &ValueResolver<'t>,
    rules: &RuleSet,
    text: &'t str,
) -> Option<Checked<'t, 'r>> {
    let mut literals = Vec::new();
    let mut extra = Vec::new();
    for c in &matcher.constraints {
        let node = hit
            .captures
            .iter()
            .find(|(name, _)| *name == c.capture)
            .map(|(_, n)| *n);
        let Some(node) = node else {
            // A pattern of the query that does not have the capture is not constrained.
            let in_pattern = matcher
                .query
                .capture_quantifiers(hit.pattern)
                .get(c.capture_index as usize)
                .is_some_and(|q| *q != tree_sitter::CaptureQuantifier::Zero);
            // The capture sits in an optional part of the pattern that did not match.
            if in_pattern
                && (c.literal == Some(true) || c.matches.is_some() || c.duration.is_some())
            {
                return None;
            }
            continue;
        };
        if let Some(check) = &c.duration {
            let written = &text[node.byte_range()];
            let length = if check.forever.iter().any(|f| f == written.trim()) {
                Some(Duration::Forever)
            } else {
                DurationEval::new(resolver, text, check.unit).duration(node)
            };
            let limit = rules.threshold_seconds(&check.threshold);
            extra.extend(duration::over_limit(check, length?, limit)?);
        }
        let literal = resolver.literal(node);
        if c.literal.is_some_and(|want| want != literal.is_some()) {
            return None;
        }
        let value = literal
            .as_ref()
            .map_or_else(|| resolver.source_text(node), |l| l.value.as_str());
        if !c.value_passes(value) {
            return None;
        }
        if let Some(re) = &c.matches {
            extra.extend(named_groups(re, value));
        }
        if let (Some(true), Some(l)) = (c.literal, literal) {
            literals.push((c.capture_index, l));
        }
    }
    Some(Checked { literals, extra })
}

/// The named groups of a `matches` regex that matched `value`: bindings for messages and
/// `config:{name}` conditions (`(?P<property>[\w.-]+)` binds `{property}`).
pub(crate) fn named_groups<'r>(re: &'r regex::Regex, value: &str) -> Vec<(&'r str, String)> {
    let Some(caps) = re.captures(value) else {
        return Vec::new();
    };
    re.capture_names()
        .flatten()
        .filter_map(|name| Some((name, caps.name(name)?.as_str().to_string())))
        .collect()
}

/// Where a finding points: `@match`, or the `report` capture, or, when that capture resolved
/// to a literal elsewhere in the file (a constant, a field), that literal: the line a
/// reviewer must change.
fn report_target<'t>(
    matcher: &Matcher,
    hit: &Hit<'t, '_>,
    literals: &[(u32, Literal<'t>)],
) -> Node<'t> {
    let Some(index) = matcher.report_capture else {
        return hit.node;
    };
    if let Some((_, l)) = literals.iter().find(|(i, _)| *i == index) {
        return l.node;
    }
    let name = matcher.query.capture_names()[index as usize];
    hit.captures
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(hit.node, |(_, n)| *n)
}

/// Well-known placeholder secrets: copied from tutorials and library docs, guessed first.
pub(crate) fn is_placeholder(value: &str, extra: &[String]) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "keyboard cat",
        "secret",
        "secretkey",
        "secret-key",
        "secret_key",
        "mysecret",
        "my-secret",
        "my_secret",
        "mysecretkey",
        "supersecret",
        "super-secret",
        "changeme",
        "change-me",
        "change_me",
        "changethis",
        "password",
        "your-256-bit-secret",
        "your-secret-key",
        "your_secret_key",
        "yoursecretkey",
        "shhhhh",
        "shhhhhared-secret",
        "s3cr3t",
        "test",
        "dev",
        "development",
        "default",
        "jwt_secret",
        "jwtsecret",
        "jwt-secret",
        "session_secret",
        "sessionsecret",
        "session-secret",
        "replace-me",
        "replaceme",
        "todo",
        "xxx",
    ];
    let v = value.trim().to_ascii_lowercase();
    PLACEHOLDERS.contains(&v.as_str())
        || extra.contains(&v)
        || v.starts_with("django-insecure-")
        || v.starts_with("changeme")
}

/// The `[match.config]` findings of a configuration file.
fn config_findings(
    path: &str,
    text: &str,
    grammar: Grammar,
    root: Node<'_>,
    rules: &RuleSet,
    facts: &ProjectFacts,
    index: &LineIndex<'_>,
) -> Vec<Finding> {
    let lang = grammar.lang();
    let wanted: Vec<&Rule> = rules
        .rules()
        .iter()
        .filter(|r| !r.config.is_empty() && r.applies_to(path))
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let entries = crate::entries::entries(lang, text, root);
    let mut findings = Vec::new();
    let mut seen = BTreeSet::new();
    for rule in wanted {
        for matcher in &rule.config {
            for hit in config::matches(matcher, lang, &entries, rules, facts) {
                if !seen.insert((rule.id.as_str(), hit.range)) {
                    continue;
                }
                let mut f = finding(path, rule, hit.range, &hit.bindings, index);
                if hit.placeholder {
                    f.confidence = Confidence::High;
                }
                findings.push(f);
            }
        }
    }
    findings
}

fn finding(
    path: &str,
    rule: &Rule,
    (start, end): (usize, usize),
    bindings: &[(&str, String)],
    index: &LineIndex<'_>,
) -> Finding {
    let span = index.span(start, end);
    let source_line = index.line_text(span.start.line).to_string();
    let snippet = fingerprint::normalise_snippet(&source_line);
    Finding {
        rule: rule.id.clone(),
        category: Some(rule.category),
        severity: rule.severity,
        confidence: rule.confidence,
        path: path.to_string(),
        span,
        message: interpolate(&rule.message, bindings),
        source_line,
        snippet,
        line_hash: String::new(),
        fingerprint: String::new(),
        suppressed: None,
    }
}

/// Sorts, then fills the line hash and the stable key (whose occurrence index needs the order).
fn finish(findings: &mut [Finding], text: &str) {
    if findings.is_empty() {
        return;
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let hashes = fingerprint::line_hashes(text);
    let mut occurrences: HashMap<(String, String), usize> = HashMap::new();
    for f in findings.iter_mut() {
        f.line_hash = hashes.get(&f.span.start.line).cloned().unwrap_or_default();
        let n = occurrences
            .entry((f.rule.clone(), f.snippet.clone()))
            .or_insert(0);
        f.fingerprint = fingerprint::stable_key(&f.rule, &f.path, &f.snippet, *n);
        *n += 1;
    }
}

/// Replaces `{name}` with the text a capture bound (first line, shortened), `{{` with `{`.
fn interpolate(message: &str, bindings: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        if rest[i + 1..].starts_with('{') {
            out.push('{');
            rest = &rest[i + 2..];
            continue;
        }
        let Some(j) = rest[i + 1..].find('}') else {
            out.push_str(&rest[i..]);
            return out;
        };
        let name = &rest[i + 1..i + 1 + j];
        if let Some((_, text)) = bindings.iter().find(|(n, _)| *n == name) {
            out.push_str(&shorten(text));
        }
        rest = &rest[i + 2 + j..];
    }
    out.push_str(rest.replace("}}", "}").as_str());
    out
}

fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX {
        return flat;
    }
    let cut: String = flat.chars().take(MAX - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolation_fills_and_escapes() {
        let b = vec![("name", "JSESSIONID".to_string())];
        assert_eq!(
            interpolate("cookie `{name}` {{x}}", &b),
            "cookie `JSESSIONID` {x}"
        );
        assert_eq!(interpolate("missing {other}.", &b), "missing .");
        let long = vec![("v", "x".repeat(100))];
        assert_eq!(interpolate("{v}", &long).chars().count(), 60);
    }
}
