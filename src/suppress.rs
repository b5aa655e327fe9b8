//! Inline suppressions: `sessionlint-ignore: <rule-id>[, <rule-id>] -- <reason>` in a comment
//! (any comment syntax of the file's language) silences those rules' findings that start on
//! the comment's line or on the line after it. A rule id is required: there is no blanket
//! form. A suppression that silences nothing is itself reported, as
//! `sessionlint/unused-suppression` (severity note), so stale ones do not pile up.

use tree_sitter::Node;

use crate::finding::{Finding, LineIndex};
use crate::fingerprint;
use crate::rule::{Confidence, RuleSet, Severity};

/// The rule id of the diagnostic for suppressions that silence nothing.
pub const UNUSED_SUPPRESSION: &str = "sessionlint/unused-suppression";
const MARKER: &str = "sessionlint-ignore";

/// One `sessionlint-ignore` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// 1-based lines of the comment's first and last line.
    pub first_line: u32,
    pub last_line: u32,
    pub start_byte: usize,
    pub end_byte: usize,
    pub rules: Vec<String>,
    pub reason: Option<String>,
}

/// Parses the text after `sessionlint-ignore` in a comment: `: a, b -- reason`.
pub fn parse(comment: &str) -> Option<(Vec<String>, Option<String>)> {
    let at = comment.find(MARKER)?;
    let rest = comment[at + MARKER.len()..].trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let rest = rest
        .trim_end()
        .trim_end_matches("*/")
        .trim_end_matches("-->")
        .trim_end();
    let (ids, reason) = match rest.split_once("--") {
        Some((ids, reason)) => (
            ids,
            Some(reason.trim().to_string()).filter(|r| !r.is_empty()),
        ),
        None => (rest, None),
    };
    let rules = ids
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| id.split_whitespace().next().unwrap_or(id).to_string())
        .collect();
    Some((rules, reason))
}

/// Every suppression comment of a parsed file.
pub fn directives(root: Node<'_>, text: &str, index: &LineIndex<'_>) -> Vec<Directive> {
    if !text.contains(MARKER) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        if node.kind().contains("comment") {
            let body = &text[node.byte_range()];
            if let Some((rules, reason)) = parse(body) {
                out.push(Directive {
                    first_line: index.position(node.start_byte()).line,
                    last_line: index.position(node.end_byte().saturating_sub(1)).line,
                    start_byte: node.start_byte(),
                    end_byte: node.end_byte(),
                    rules,
                    reason,
                });
            }
            continue;
        }
        let mut cursor = node.walk();
        stack.extend(node.children(&mut cursor));
    }
    out.sort_by_key(|d| d.start_byte);
    out
}

/// Marks suppressed findings and returns a finding for every suppression that silenced
/// nothing (for rules that ran, or rule ids that exist nowhere).
pub fn apply(
    findings: &mut [Finding],
    directives: &[Directive],
    rules: &RuleSet,
    path: &str,
    index: &LineIndex<'_>,
) -> Vec<Finding> {
    let mut unused = Vec::new();
    for d in directives {
        if d.rules.is_empty() {
            unused.push(diagnostic(
                d,
                path,
                index,
                "suppression names no rule: write `sessionlint-ignore: <rule-id> -- <reason>`"
                    .into(),
                None,
            ));
            continue;
        }
        for id in &d.rules {
            let mut used = false;
            for f in findings.iter_mut() {
                let line = f.span.start.line;
                if &f.rule == id && (d.first_line..=d.last_line + 1).contains(&line) {
                    f.suppressed = Some(d.reason.clone().unwrap_or_default());
                    used = true;
                }
            }
            if used || !rules.reports_unused_suppressions() {
                continue;
            }
            match rules.get(id) {
                Some(rule) => unused.push(diagnostic(
                    d,
                    path,
                    index,
                    format!("unused suppression: `{id}` reports nothing on this line or the next"),
                    Some(rule.category),
                )),
                // Known but not selected for this run: nothing to say.
                None if rules.knows(id) => {}
                None => {
                    let hint = crate::suggest::closest(id, rules.known_ids())
                        .map(|c| format!(" (did you mean `{c}`?)"))
                        .unwrap_or_default();
                    unused.push(diagnostic(
                        d,
                        path,
                        index,
                        format!("suppression names an unknown rule `{id}`{hint}"),
                        None,
                    ));
                }
            }
        }
    }
    unused
}

fn diagnostic(
    d: &Directive,
    path: &str,
    index: &LineIndex<'_>,
    message: String,
    category: Option<crate::rule::Category>,
) -> Finding {
    let span = index.span(d.start_byte, d.end_byte);
    let source_line = index.line_text(span.start.line).to_string();
    Finding {
        rule: UNUSED_SUPPRESSION.to_string(),
        category,
        severity: Severity::Note,
        confidence: Confidence::High,
        path: path.to_string(),
        snippet: fingerprint::normalise_snippet(&source_line),
        source_line,
        span,
        message,
        line_hash: String::new(),
        fingerprint: String::new(),
        suppressed: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_and_reasons_in_every_comment_style() {
        let cases = [
            (
                "// sessionlint-ignore: a/b -- dev only",
                vec!["a/b"],
                Some("dev only"),
            ),
            ("# sessionlint-ignore: a/b, c/d", vec!["a/b", "c/d"], None),
            (
                "/* sessionlint-ignore: a/b -- why */",
                vec!["a/b"],
                Some("why"),
            ),
            (
                "<!-- sessionlint-ignore: a/b -- x -->",
                vec!["a/b"],
                Some("x"),
            ),
            ("// sessionlint-ignore:", vec![], None),
        ];
        for (text, ids, reason) in cases {
            let (got_ids, got_reason) = parse(text).unwrap();
            assert_eq!(got_ids, ids, "{text}");
            assert_eq!(got_reason.as_deref(), reason, "{text}");
        }
        assert_eq!(parse("// an ordinary comment"), None);
    }
}
