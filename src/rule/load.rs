//! Reads rule files (embedded in the binary or from a user's `--rules DIR`) into the compiled
//! model. Two stages: the serde mirror in `file`, then validation here. Every error names the
//! file, line and column and says how to fix it; nothing here panics on a user's file.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use toml::Spanned;
use tree_sitter::{Query, QueryError};

use super::file::{self, MatchFile, RuleFile};
use super::roles::RoleSet;
use super::{
    Alternative, Category, Confidence, Constraint, DurationCheck, Example, Matcher, Pattern,
    Relation, RelationKind, Rule, Severity, Threshold,
};
use crate::lang::{Grammar, Lang};
use crate::suggest;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A rule or role file that could not be used. Displayed as `path:line:col: message` and a hint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RuleError {
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.origin, self.line, self.column, self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// The text of one rule file and the id its path gives it.
#[derive(Debug, Clone)]
pub struct RuleSource {
    pub origin: String,
    pub id: String,
    pub text: String,
    /// Built into the binary: its queries are known to compile (the test suite compiles
    /// them all), so they may be compiled only for the grammars a run needs.
    pub embedded: bool,
}

/// The rule files compiled into the binary, sorted by id.
pub fn embedded_rule_sources() -> Vec<RuleSource> {
    embedded::RULE_FILES
        .iter()
        .map(|(rel, text)| RuleSource {
            origin: format!("rules/{rel}"),
            id: rel.trim_end_matches(".toml").to_string(),
            text: (*text).to_string(),
            embedded: true,
        })
        .collect()
}

pub(super) fn embedded_role_sources() -> &'static [(&'static str, &'static str)] {
    embedded::ROLE_FILES
}

/// Reads every `*.toml` below `dir`; the id of `dir/a/b.toml` is `a/b`.
pub fn rule_sources_in(dir: &Path) -> Result<Vec<RuleSource>, RuleError> {
    let whole = |message: String, hint: Option<String>| RuleError {
        origin: dir.display().to_string(),
        line: 1,
        column: 1,
        message,
        hint,
    };
    if !dir.is_dir() {
        return Err(whole(
            "not a directory of rule files".into(),
            Some("pass the folder that holds your packs, e.g. `--rules my-rules`".into()),
        ));
    }
    let mut sources = Vec::new();
    for entry in walk_files(dir).map_err(|e| whole(e, None))? {
        if entry.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let rel = entry.strip_prefix(dir).unwrap_or(&entry);
        let id = rel
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let origin = entry.display().to_string();
        let text = std::fs::read_to_string(&entry).map_err(|e| RuleError {
            origin: origin.clone(),
            line: 1,
            column: 1,
            message: format!("cannot read rule file: {e}"),
            hint: None,
        })?;
        sources.push(RuleSource {
            origin,
            id,
            text,
            embedded: false,
        });
    }
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(sources)
}

fn walk_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Compiles rule sources against the grammars, with the roles they may refer to.
pub struct RuleLoader {
    roles: RoleSet,
    grammars: Option<Vec<Grammar>>,
    /// `--select` / `--ignore`: built-in rules left out are not compiled at all.
    selection: Option<(Vec<String>, Vec<String>)>,
}

impl RuleLoader {
    /// A loader for `grammars` (all when `None`); roles are compiled for those only.
    pub fn new(grammars: Option<&[Grammar]>) -> Result<Self, RuleError> {
        Ok(RuleLoader {
            roles: RoleSet::embedded(grammars)?,
            grammars: grammars.map(<[Grammar]>::to_vec),
            selection: None,
        })
    }

    /// Skips compiling the queries of built-in rules that `select`/`ignore` leave out.
    pub fn with_selection(mut self, select: &[String], ignore: &[String]) -> Self {
        self.selection = Some((select.to_vec(), ignore.to_vec()));
        self
    }

    pub fn roles(&self) -> &RoleSet {
        &self.roles
    }

    pub fn into_roles(self) -> RoleSet {
        self.roles
    }

    pub fn compile(&self, source: &RuleSource) -> Result<Rule, RuleError> {
        // A user's rules compile for every grammar, so their errors show at once.
        let wanted = |g: Grammar| {
            !source.embedded || self.grammars.as_ref().is_none_or(|gs| gs.contains(&g))
        };
        Compiler {
            source,
            roles: &self.roles,
            wanted: &wanted,
            selection: if source.embedded {
                self.selection.as_ref()
            } else {
                None
            },
        }
        .rule()
    }
}

pub(super) struct Compiler<'a> {
    pub(super) source: &'a RuleSource,
    roles: &'a RoleSet,
    /// Grammars to compile matchers for.
    wanted: &'a dyn Fn(Grammar) -> bool,
    selection: Option<&'a (Vec<String>, Vec<String>)>,
}

impl Compiler<'_> {
    pub(super) fn error_at(
        &self,
        offset: usize,
        message: impl Into<String>,
        hint: Option<String>,
    ) -> RuleError {
        let (line, column) = line_col(&self.source.text, offset);
        RuleError {
            origin: self.source.origin.clone(),
            line,
            column,
            message: message.into(),
            hint,
        }
    }

    pub(super) fn error_span<T>(
        &self,
        spanned: &Spanned<T>,
        message: impl Into<String>,
        hint: Option<String>,
    ) -> RuleError {
        self.error_at(spanned.span().start, message, hint)
    }

    fn rule(&self) -> Result<Rule, RuleError> {
        let file: RuleFile = toml::from_str(&self.source.text).map_err(|e| self.toml_error(&e))?;
        if file.id.get_ref() != &self.source.id {
            return Err(self.error_span(
                &file.id,
                format!(
                    "rule id `{}` does not match its path, which gives `{}`",
                    file.id.get_ref(),
                    self.source.id
                ),
                Some(format!(
                    "set `id = \"{}\"` or move the file to match its id",
                    self.source.id
                )),
            ));
        }
        let category = self.parse_enum(
            &file.category,
            "category",
            Category::ALL.map(Category::name),
        )?;
        let selected = self.selection.is_none_or(|(select, ignore)| {
            let hit = |s: &String| super::selector_matches(s, &self.source.id, category);
            (select.is_empty() || select.iter().any(hit)) && !ignore.iter().any(hit)
        });
        let severity = self.parse_enum(
            &file.severity,
            "severity",
            Severity::ALL.map(Severity::name),
        )?;
        let confidence = self.parse_enum(
            &file.confidence,
            "confidence",
            Confidence::ALL.map(Confidence::name),
        )?;
        let message = file.message.get_ref().trim().to_string();
        if message.is_empty() || message.contains('\n') {
            return Err(self.error_span(
                &file.message,
                "`message` must be one non-empty line",
                Some("put the explanation in `docs`".into()),
            ));
        }
        if file.docs.get_ref().trim().is_empty() {
            return Err(self.error_span(
                &file.docs,
                "`docs` is empty",
                Some("say why it matters and what to do instead (Markdown)".into()),
            ));
        }
        if file.matches.get_ref().is_empty() {
            return Err(self.error_span(
                &file.matches,
                "the rule has no `[match.LANG]` table",
                Some(format!("add one of {}", lang_list())),
            ));
        }
        let mut matchers = BTreeMap::new();
        let mut config = Vec::new();
        let mut langs = Vec::new();
        for (key, table) in file.matches.get_ref() {
            if key.get_ref() == "config" {
                let (compiled, formats) = self.config_tables(table, &message)?;
                config = compiled;
                langs.extend(formats);
                continue;
            }
            self.refuse_config_keys(key.get_ref(), table)?;
            let Some(lang) = Lang::from_key(key.get_ref()) else {
                return Err(self.error_span(
                    key,
                    format!(
                        "unknown language `{}` in `[match.{}]`",
                        key.get_ref(),
                        key.get_ref()
                    ),
                    Some(suggest::hint(key.get_ref(), Lang::ALL.map(Lang::key))),
                ));
            };
            langs.push(lang);
            for &grammar in lang.grammars() {
                if selected && (self.wanted)(grammar) {
                    let mut compiled = vec![self.matcher(grammar, table, &message)?];
                    for alt in &table.or {
                        if !alt.get_ref().or.is_empty() {
                            return Err(self.error_span(
                                alt,
                                "`or` tables cannot have `or` tables of their own",
                                Some(format!(
                                    "list every alternative as `[[match.{}.or]]`",
                                    lang.key()
                                )),
                            ));
                        }
                        compiled.push(self.matcher(grammar, alt.get_ref(), &message)?);
                    }
                    matchers.insert(grammar, compiled);
                }
            }
        }
        let mut examples = Vec::new();
        for ex in &file.example {
            let lang_key = ex.get_ref().lang.get_ref();
            let Some(lang) = Lang::from_key(lang_key) else {
                return Err(self.error_span(
                    &ex.get_ref().lang,
                    format!("unknown example language `{lang_key}`"),
                    Some(suggest::hint(lang_key, Lang::ALL.map(Lang::key))),
                ));
            };
            if !langs.contains(&lang) {
                return Err(self.error_span(
                    &ex.get_ref().lang,
                    format!("example in `{lang_key}`, but the rule has no `[match.{lang_key}]`"),
                    None,
                ));
            }
            examples.push(Example {
                lang,
                bad: ex.get_ref().bad.clone(),
                good: ex.get_ref().good.clone(),
            });
        }
        let paths = self.globs(&file.paths)?;
        let not_paths = self.globs(&file.not_paths)?;
        langs.sort();
        langs.dedup();
        Ok(Rule {
            langs,
            config,
            paths,
            not_paths,
            id: self.source.id.clone(),
            category,
            severity,
            confidence,
            cwe: file.cwe,
            message,
            docs: file.docs.into_inner().trim().to_string(),
            origin: self.source.origin.clone(),
            matchers,
            examples,
        })
    }

    fn parse_enum<T: std::str::FromStr, const N: usize>(
        &self,
        value: &Spanned<String>,
        key: &str,
        names: [&'static str; N],
    ) -> Result<T, RuleError> {
        value.get_ref().parse::<T>().map_err(|_| {
            self.error_span(
                value,
                format!("unknown {key} `{}`", value.get_ref()),
                Some(suggest::hint(value.get_ref(), names)),
            )
        })
    }

    fn matcher(
        &self,
        grammar: Grammar,
        table: &MatchFile,
        message: &str,
    ) -> Result<Matcher, RuleError> {
        let Some(query_text) = &table.query else {
            return Err(self.error_at(
                0,
                format!("a `[match.{}]` table needs a `query`", grammar.lang()),
                Some("or use `[match.config]` with `key = [...]` for configuration keys".into()),
            ));
        };
        let query = self.query(grammar, query_text)?;
        let Some(match_capture) = query.capture_index_for_name("match") else {
            return Err(self.error_span(
                query_text,
                "the query has no `@match` capture",
                Some("capture the node to report, e.g. `(call_expression) @match`".into()),
            ));
        };
        let mut relations = Vec::new();
        for (kind, list) in table.relation_lists() {
            if list.is_empty() {
                continue;
            }
            let mut alternatives = Vec::new();
            let mut config = Vec::new();
            for entry in list {
                if entry.get_ref().trim_start().starts_with("config:") {
                    if !matches!(kind, RelationKind::ProjectHas | RelationKind::NotProjectHas) {
                        return Err(self.error_span(
                            entry,
                            format!("`config:` conditions are not allowed in `{}`", kind.key()),
                            Some("a code rule asks for settings with `project-has` or `not-project-has`".into()),
                        ));
                    }
                    config.push(self.config_condition(entry)?);
                    continue;
                }
                alternatives.push(self.pattern(grammar, entry)?);
            }
            relations.push(Relation {
                kind,
                alternatives,
                config,
            });
        }
        let mut constraints = Vec::new();
        for (capture, check) in &table.constraints {
            let Some(capture_index) = query.capture_index_for_name(capture.get_ref()) else {
                return Err(self.error_span(
                    capture,
                    format!(
                        "`where.{}` names no capture of the query",
                        capture.get_ref()
                    ),
                    Some(suggest::hint(
                        capture.get_ref(),
                        query.capture_names().iter().copied(),
                    )),
                ));
            };
            constraints.push(self.constraint(capture, check, capture_index)?);
        }
        let report_capture =
            match &table.report {
                None => None,
                Some(name) => Some(query.capture_index_for_name(name.get_ref()).ok_or_else(
                    || {
                        self.error_span(
                            name,
                            format!(
                                "`report = \"{}\"` names no capture of the query",
                                name.get_ref()
                            ),
                            Some(suggest::hint(
                                name.get_ref(),
                                query.capture_names().iter().copied(),
                            )),
                        )
                    },
                )?),
            };
        let follow_calls = match &table.follow_calls {
            None => 0,
            Some(n) if *n.get_ref() <= 3 => *n.get_ref(),
            Some(n) => {
                return Err(self.error_span(
                    n,
                    format!("`follow-calls = {}` is too deep", n.get_ref()),
                    Some(
                        "use 1 to 3: deeper chains rarely carry the evidence and cost time".into(),
                    ),
                ))
            }
        };
        let matcher = Matcher {
            query: Arc::new(query),
            match_capture,
            relations,
            constraints,
            follow_calls,
            report_capture,
        };
        self.check_message(grammar, &matcher, message)?;
        self.check_templates(&matcher, table)?;
        Ok(matcher)
    }

    /// Every `{name}` of a `config:` condition must be a capture of the query or a named
    /// group of a `matches` constraint.
    fn check_templates(&self, matcher: &Matcher, table: &MatchFile) -> Result<(), RuleError> {
        let binds = |name: &str| {
            matcher.query.capture_index_for_name(name).is_some()
                || matcher.constraints.iter().any(|c| {
                    c.matches
                        .as_ref()
                        .is_some_and(|re| re.capture_names().flatten().any(|g| g == name))
                })
        };
        for cond in matcher.relations.iter().flat_map(|r| &r.config) {
            let Some(template) = &cond.template else {
                continue;
            };
            if let Some(name) = placeholders(template).into_iter().find(|n| !binds(n)) {
                let at = table
                    .project_has
                    .iter()
                    .chain(&table.not_project_has)
                    .find(|e| e.get_ref().trim() == &*cond.key);
                let message = format!("`{{{name}}}` in `{}` is not a capture of the query or a named group of a `matches` constraint", cond.key);
                let hint = Some(
                    "bind it with a capture, or with `(?P<name>...)` in `where.CAPTURE.matches`"
                        .to_string(),
                );
                return Err(match at {
                    Some(e) => self.error_span(e, message, hint),
                    None => self.error_at(0, message, hint),
                });
            }
        }
        Ok(())
    }

    /// Every `{name}` in the message must be a capture the match can bind.
    fn check_message(
        &self,
        grammar: Grammar,
        matcher: &Matcher,
        message: &str,
    ) -> Result<(), RuleError> {
        for name in placeholders(message) {
            let in_main = matcher.query.capture_index_for_name(name).is_some()
                || (matches!(name, "duration" | "limit")
                    && matcher.constraints.iter().any(|c| c.duration.is_some()))
                || matcher.constraints.iter().any(|c| {
                    c.matches
                        .as_ref()
                        .is_some_and(|re| re.capture_names().flatten().any(|g| g == name))
                });
            let in_relation = matcher
                .relations
                .iter()
                .filter(|r| !r.kind.is_negative())
                .any(|r| {
                    r.alternatives
                        .iter()
                        .any(|a| a.pattern.query.capture_index_for_name(name).is_some())
                });
            if !in_main && !in_relation {
                let (line, column) = line_col(
                    &self.source.text,
                    self.source.text.find("message").unwrap_or(0),
                );
                return Err(RuleError {
                    origin: self.source.origin.clone(),
                    line,
                    column,
                    message: format!(
                        "`{{{name}}}` in `message` is not a capture of the `{}` query",
                        grammar.name()
                    ),
                    hint: Some(format!(
                        "captures are {}",
                        matcher
                            .query
                            .capture_names()
                            .iter()
                            .map(|c| format!("@{c}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                });
            }
        }
        Ok(())
    }

    fn pattern(&self, grammar: Grammar, entry: &Spanned<String>) -> Result<Alternative, RuleError> {
        let text = entry.get_ref().trim();
        if let Some(spec) = text.strip_prefix("role:") {
            // `role:handler(REGEX)`: the role, narrowed to matches with a capture matching REGEX.
            let (name, filter) = match spec.split_once('(') {
                Some((name, rest)) if rest.ends_with(')') => {
                    let re = &rest[..rest.len() - 1];
                    let regex = regex::Regex::new(re).map_err(|e| {
                        self.error_span(
                            entry,
                            format!(
                                "invalid regular expression in `role:{name}(...)`: {}",
                                e.to_string().lines().last().unwrap_or("")
                            ),
                            Some(
                                "Rust regex syntax, e.g. `role:handler((?i)login|sign-?in)`".into(),
                            ),
                        )
                    })?;
                    (name.trim(), Some(regex))
                }
                _ => (spec.trim(), None),
            };
            let pattern = self.role_pattern(grammar, entry, name)?;
            return Ok(Alternative { pattern, filter });
        }
        Ok(Alternative {
            pattern: self.inline_pattern(grammar, entry)?,
            filter: None,
        })
    }

    fn role_pattern(
        &self,
        grammar: Grammar,
        entry: &Spanned<String>,
        name: &str,
    ) -> Result<Arc<Pattern>, RuleError> {
        self.roles.get(grammar, name).ok_or_else(|| {
            self.error_span(
                entry,
                format!("unknown role `{name}` for {}", grammar.lang()),
                Some(suggest::hint(name, self.roles.names(grammar))),
            )
        })
    }

    fn inline_pattern(
        &self,
        grammar: Grammar,
        entry: &Spanned<String>,
    ) -> Result<Arc<Pattern>, RuleError> {
        let query = self.query(grammar, entry)?;
        if query.capture_names().is_empty() {
            return Err(self.error_span(
                entry,
                "a relation query must capture the node it stands for",
                Some("add `@match` after the pattern".into()),
            ));
        }
        Ok(Arc::new(Pattern {
            key: format!("{}:{}", grammar.lang().family(), entry.get_ref().trim()).into(),
            label: entry
                .get_ref()
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_string(),
            node_capture: query.capture_index_for_name("match"),
            query,
        }))
    }

    fn query(&self, grammar: Grammar, text: &Spanned<String>) -> Result<Query, RuleError> {
        let content_start = string_content_start(&self.source.text, text.span());
        let query = Query::new(&grammar.language(), text.get_ref()).map_err(|e| {
            let (message, hint) = describe_query_error(&e, grammar);
            self.error_at(content_start + e.offset, message, Some(hint))
        })?;
        if let Some(at) = stray_predicate(text.get_ref()) {
            return Err(self.error_at(
                content_start + at,
                "predicate outside a pattern: tree-sitter ignores it, so it filters nothing",
                Some("wrap the pattern and its predicates in parentheses: `((identifier) @x (#eq? @x \"y\"))`".into()),
            ));
        }
        check_predicates(&query).map_err(|p| {
            self.error_at(
                content_start,
                format!("unknown predicate `#{p}`"),
                Some(
                    "supported: #eq?, #not-eq?, #match?, #not-match?, #any-of?, #not-any-of?"
                        .into(),
                ),
            )
        })?;
        Ok(query)
    }

    /// Path globs; `**/` is implied in front of globs without a `/` (like .gitignore).
    fn globs(&self, globs: &[Spanned<String>]) -> Result<Option<globset::GlobSet>, RuleError> {
        if globs.is_empty() {
            return Ok(None);
        }
        let mut set = globset::GlobSetBuilder::new();
        for g in globs {
            let text = g.get_ref();
            let full = if text.contains('/') {
                text.clone()
            } else {
                format!("**/{text}")
            };
            let glob = globset::GlobBuilder::new(&full)
                .literal_separator(true)
                .build()
                .map_err(|e| {
                    self.error_span(g, format!("invalid path glob: {}", e.kind()), None)
                })?;
            set.add(glob);
        }
        set.build()
            .map(Some)
            .map_err(|e| self.error_span(&globs[0], format!("invalid path globs: {e}"), None))
    }

    /// A `where.CAPTURE` table.
    pub(super) fn constraint(
        &self,
        capture: &Spanned<String>,
        check: &Spanned<file::WhereFile>,
        capture_index: u32,
    ) -> Result<Constraint, RuleError> {
        let w = check.get_ref();
        if w.literal.is_none()
            && w.equals.is_empty()
            && w.matches.is_none()
            && w.not_matches.is_none()
            && w.duration_over.is_none()
        {
            return Err(self.error_span(
                check,
                format!("`where.{}` has no constraint", capture.get_ref()),
                Some(format!("use one of {}", file::WHERE_KEYS.join(", "))),
            ));
        }
        Ok(Constraint {
            capture: capture.get_ref().clone(),
            capture_index,
            literal: w.literal,
            equals: w.equals.iter().map(|e| e.trim().to_lowercase()).collect(),
            matches: w.matches.as_ref().map(|r| self.regex(r)).transpose()?,
            not_matches: w.not_matches.as_ref().map(|r| self.regex(r)).transpose()?,
            duration: self.duration_check(w)?,
        })
    }

    pub(super) fn duration_check(
        &self,
        w: &file::WhereFile,
    ) -> Result<Option<DurationCheck>, RuleError> {
        use crate::engine::duration::{
            default_threshold, parse_duration, unit_seconds, THRESHOLDS,
        };
        let Some(over) = &w.duration_over else {
            if let Some(unit) = &w.unit {
                return Err(self.error_span(unit, "`unit` needs `duration-over`", None));
            }
            return Ok(None);
        };
        let threshold = if default_threshold(over.get_ref()).is_some() {
            Threshold::Named(over.get_ref().clone())
        } else if let Some(s) = parse_duration(over.get_ref()) {
            Threshold::Seconds(s)
        } else {
            return Err(self.error_span(
                over,
                format!(
                    "`duration-over = \"{}\"` is neither a duration nor a named threshold",
                    over.get_ref()
                ),
                Some(format!(
                    "write a duration such as \"30d\", \"12h\", \"30m\", or one of {}",
                    THRESHOLDS
                        .iter()
                        .map(|(n, _)| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ));
        };
        let unit = match &w.unit {
            None => 1.0,
            Some(u) => unit_seconds(u.get_ref()).ok_or_else(|| {
                self.error_span(
                    u,
                    format!("unknown unit `{}`", u.get_ref()),
                    Some("use ms, s, min, h or d".into()),
                )
            })?,
        };
        Ok(Some(DurationCheck {
            threshold,
            unit,
            forever: w.forever.iter().map(|f| f.trim().to_string()).collect(),
        }))
    }

    pub(super) fn regex(&self, pattern: &Spanned<String>) -> Result<regex::Regex, RuleError> {
        regex::Regex::new(pattern.get_ref()).map_err(|e| {
            let detail = e.to_string();
            let last = detail.lines().last().unwrap_or("invalid regex").trim().to_string();
            self.error_span(
                pattern,
                format!("invalid regular expression: {last}"),
                Some("Rust regex syntax (no look-around or back-references); escape `\\` in TOML basic strings or use '...'".into()),
            )
        })
    }

    fn toml_error(&self, e: &toml::de::Error) -> RuleError {
        let offset = e.span().map_or(0, |s| s.start);
        let message = e.message().trim().to_string();
        let hint = suggest::unknown_field_hint(&message);
        self.error_at(
            offset,
            message
                .lines()
                .next()
                .unwrap_or("invalid rule file")
                .to_string(),
            hint,
        )
    }
}

pub(super) fn describe_query_error(e: &QueryError, grammar: Grammar) -> (String, String) {
    use tree_sitter::QueryErrorKind as K;
    let name = e.message.trim().trim_matches('"');
    let what = match e.kind {
        K::NodeType => format!("`{name}` is not a node type of the {grammar} grammar"),
        K::Field => format!("`{name}` is not a field of the {grammar} grammar"),
        K::Capture => format!("unknown capture `@{name}` in a predicate"),
        K::Predicate => format!("invalid predicate: {}", e.message),
        K::Structure => {
            "impossible pattern: this node cannot appear there in the grammar".to_string()
        }
        K::Syntax => "query syntax error".to_string(),
        K::Language => "grammar version mismatch".to_string(),
    };
    let hint = format!(
        "run `sessionlint tree FILE` on a {} sample to see the node types and fields",
        grammar
    );
    (
        format!("query does not compile for {grammar}: {what}"),
        hint,
    )
}

/// The first predicate the engine would not understand, if any.
pub(super) fn check_predicates(query: &Query) -> Result<(), String> {
    for i in 0..query.pattern_count() {
        if let Some(p) = query.general_predicates(i).first() {
            return Err(p.operator.to_string());
        }
    }
    Ok(())
}

/// The offset of a predicate written at the top level of a query (after a pattern instead of
/// inside its parentheses), which tree-sitter accepts and never applies.
pub(super) fn stray_predicate(query: &str) -> Option<usize> {
    let bytes = query.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b';' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' => {
                if depth == 0 && bytes[i] == b'(' {
                    let rest = query[i + 1..].trim_start();
                    if rest.starts_with('#') {
                        return Some(i);
                    }
                }
                depth += 1;
            }
            b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// `{name}` placeholders of a message (`{{` escapes a brace).
/// `text` with every `{name}` replaced by `with`.
pub(super) fn fill_placeholders(text: &str, with: &str) -> String {
    let mut out = text.to_string();
    for name in placeholders(text) {
        out = out.replace(&format!("{{{name}}}"), with);
    }
    out
}

pub fn placeholders(message: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(i) = rest.find('{') {
        if rest[i + 1..].starts_with('{') {
            rest = &rest[i + 2..];
            continue;
        }
        let Some(j) = rest[i + 1..].find('}') else {
            break;
        };
        out.push(&rest[i + 1..i + 1 + j]);
        rest = &rest[i + 2 + j..];
    }
    out
}

/// Byte offset of the first content character of the TOML string whose token spans `span`.
fn string_content_start(text: &str, span: Range<usize>) -> usize {
    let token = text.get(span.clone()).unwrap_or("");
    let mut start = span.start;
    if token.starts_with("'''") || token.starts_with("\"\"\"") {
        start += 3;
        let after = &text[start.min(text.len())..];
        if after.starts_with("\r\n") {
            start += 2;
        } else if after.starts_with('\n') {
            start += 1;
        }
    } else if token.starts_with('\'') || token.starts_with('"') {
        start += 1;
    }
    start
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

fn lang_list() -> String {
    Lang::ALL.map(|l| format!("`[match.{l}]`")).join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_predicates_are_found() {
        assert_eq!(stray_predicate("(identifier) @m (#eq? @m \"x\")"), Some(16));
        assert_eq!(stray_predicate("((identifier) @m (#eq? @m \"x\"))"), None);
        assert_eq!(
            stray_predicate("(call (identifier) @m) ; (#eq? in a comment\n"),
            None
        );
        assert_eq!(
            stray_predicate("(call (string) @s (#match? @s \"(#x\"))"),
            None
        );
    }

    #[test]
    fn placeholders_skip_escaped_braces() {
        assert_eq!(
            placeholders("cookie `{name}` {{x}} in {fn}"),
            vec!["name", "fn"]
        );
    }

    #[test]
    fn content_start_skips_quotes_and_first_newline() {
        let text = "q = '''\n(a) @match'''";
        let span = 4..text.len();
        assert_eq!(&text[string_content_start(text, span)..], "(a) @match'''");
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\nçd", 5), (2, 2));
    }
}
