//! A loaded, selected set of rules with the roles they were compiled against. `--select` and
//! `--ignore` take rule ids, packs (the folder part of an id) or category names.

use std::path::PathBuf;
use std::sync::Arc;

use super::load::{rule_sources_in, RuleError, RuleLoader, RuleSource};
use std::collections::BTreeMap;

use super::{
    embedded_rule_sources, Category, Matcher, Pattern, RoleSet, Rule, Severity, Threshold,
};
use crate::lang::Grammar;
use crate::suggest;

#[derive(Debug)]
pub struct RuleSet {
    rules: Vec<Rule>,
    roles: Arc<RoleSet>,
    /// Project-specific placeholder secrets, on top of the built-in list (lowercase).
    placeholders: Vec<String>,
    /// Every rule id loaded, selected or not: a suppression of a deselected rule is fine,
    /// one of an id that exists nowhere is a typo.
    known: Arc<Vec<String>>,
    /// `sessionlint/unused-suppression` is on (it can be ignored like a rule).
    unused_suppressions: bool,
    /// Named thresholds the project overrides (`[thresholds]`), in seconds.
    thresholds: BTreeMap<String, f64>,
}

/// A `--select`/`--ignore` value that names no rule, pack or category.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{selector}` is not a rule id, pack or category{}", hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default())]
pub struct SelectError {
    pub selector: String,
    pub hint: Option<String>,
}

impl RuleSet {
    /// The embedded rules plus every rule under `extra_dirs`, compiled for every grammar.
    /// Ids must be unique.
    pub fn load(extra_dirs: &[PathBuf], include_embedded: bool) -> Result<RuleSet, RuleError> {
        RuleSet::load_for(extra_dirs, include_embedded, None)
    }

    /// Like `load`, but built-in rules are compiled only for `grammars` (the files of this
    /// run): compiling a tree-sitter query costs far more than matching it, so a pre-commit
    /// run over three Java files compiles only the Java queries. A user's rules always
    /// compile for every grammar, so their errors show at once.
    pub fn load_for(
        extra_dirs: &[PathBuf],
        include_embedded: bool,
        grammars: Option<&[Grammar]>,
    ) -> Result<RuleSet, RuleError> {
        RuleSet::load_selected(extra_dirs, include_embedded, grammars, &[], &[])
    }

    /// Like `load_for`, without compiling the built-in rules `select`/`ignore` leave out
    /// (call `select` with the same values afterwards to drop them).
    pub fn load_selected(
        extra_dirs: &[PathBuf],
        include_embedded: bool,
        grammars: Option<&[Grammar]>,
        select: &[String],
        ignore: &[String],
    ) -> Result<RuleSet, RuleError> {
        let mut sources = if include_embedded {
            embedded_rule_sources()
        } else {
            Vec::new()
        };
        for dir in extra_dirs {
            sources.extend(rule_sources_in(dir)?);
        }
        let user = sources.iter().any(|s| !s.embedded);
        let loader =
            RuleLoader::new(if user { None } else { grammars })?.with_selection(select, ignore);
        RuleSet::compile_with(&sources, loader)
    }

    pub fn compile(
        sources: &[RuleSource],
        grammars: Option<&[Grammar]>,
    ) -> Result<RuleSet, RuleError> {
        RuleSet::compile_with(sources, RuleLoader::new(grammars)?)
    }

    fn compile_with(sources: &[RuleSource], loader: RuleLoader) -> Result<RuleSet, RuleError> {
        use rayon::prelude::*;
        for (i, source) in sources.iter().enumerate() {
            if let Some(prev) = sources[..i].iter().find(|r| r.id == source.id) {
                return Err(RuleError {
                    origin: source.origin.clone(),
                    line: 1,
                    column: 1,
                    message: format!(
                        "rule id `{}` is already defined by {}",
                        source.id, prev.origin
                    ),
                    hint: Some("rename one of the files: the id is the path".into()),
                });
            }
        }
        // Queries compile in parallel; the first error in source order is the one reported.
        let compiled: Vec<Result<Rule, RuleError>> =
            sources.par_iter().map(|s| loader.compile(s)).collect();
        let mut rules: Vec<Rule> = Vec::with_capacity(compiled.len());
        for rule in compiled {
            rules.push(rule?);
        }
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(RuleSet {
            known: Arc::new(rules.iter().map(|r| r.id.clone()).collect()),
            rules,
            roles: Arc::new(loader.into_roles()),
            placeholders: Vec::new(),
            unused_suppressions: true,
            thresholds: BTreeMap::new(),
        })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The rules (with their matcher) that apply to files of a grammar.
    pub fn for_grammar(&self, grammar: Grammar) -> impl Iterator<Item = (&Rule, &Matcher)> {
        self.rules.iter().flat_map(move |r| {
            r.matchers
                .get(&grammar)
                .into_iter()
                .flatten()
                .map(move |m| (r, m))
        })
    }

    /// A role by name (`function` is the scope of `preceded-by`).
    pub fn role(&self, grammar: Grammar, name: &str) -> Option<&Pattern> {
        self.roles.get_ref(grammar, name)
    }

    /// A set holding only the rule `id`, for the corpus harness.
    pub fn only(&self, id: &str) -> RuleSet {
        RuleSet {
            rules: self.rules.iter().filter(|r| r.id == id).cloned().collect(),
            roles: Arc::clone(&self.roles),
            placeholders: self.placeholders.clone(),
            known: Arc::clone(&self.known),
            unused_suppressions: false,
            thresholds: self.thresholds.clone(),
        }
    }

    /// `only(id)` with the rule's `paths`/`not-paths` lifted: for `[[example]]` snippets,
    /// which show the idiom and have no file name (a `web.config` rule's example is not in a
    /// file called `web.config`).
    pub fn only_unscoped(&self, id: &str) -> RuleSet {
        let mut set = self.only(id);
        for rule in &mut set.rules {
            rule.paths = None;
            rule.not_paths = None;
        }
        set
    }

    /// Keeps the rules named by `select` (all when empty), minus those named by `ignore`.
    pub fn select(self, select: &[String], ignore: &[String]) -> Result<RuleSet, SelectError> {
        let meta = crate::suppress::UNUSED_SUPPRESSION;
        let unused_suppressions = !ignore.iter().any(|s| s == meta)
            && (select.is_empty() || select.iter().any(|s| s == meta || s == "sessionlint"));
        let select: Vec<String> = select.iter().filter(|s| *s != meta).cloned().collect();
        let select = &select[..];
        for selector in select.iter().chain(ignore) {
            if selector == meta {
                continue;
            }
            if !self.rules.iter().any(|r| selects(selector, r)) {
                return Err(self.unknown(selector));
            }
        }
        let RuleSet {
            rules,
            roles,
            placeholders,
            known,
            thresholds,
            ..
        } = self;
        let rules = rules
            .into_iter()
            .filter(|r| select.is_empty() || select.iter().any(|s| selects(s, r)))
            .filter(|r| !ignore.iter().any(|s| selects(s, r)))
            .collect();
        Ok(RuleSet {
            rules,
            roles,
            placeholders,
            known,
            unused_suppressions,
            thresholds,
        })
    }

    /// Overrides a named threshold (`remember-me = "14d"`).
    pub fn set_threshold(&mut self, name: &str, seconds: f64) -> Result<(), String> {
        if crate::engine::duration::default_threshold(name).is_none() {
            let names = crate::engine::duration::THRESHOLDS.iter().map(|(n, _)| *n);
            return Err(format!(
                "unknown threshold `{name}` ({})",
                suggest::hint(name, names)
            ));
        }
        self.thresholds.insert(name.to_string(), seconds);
        Ok(())
    }

    /// A threshold in seconds: fixed by the rule, or named (project value, else default).
    pub fn threshold_seconds(&self, threshold: &Threshold) -> f64 {
        match threshold {
            Threshold::Seconds(s) => *s,
            Threshold::Named(name) => self
                .thresholds
                .get(name)
                .copied()
                .or_else(|| crate::engine::duration::default_threshold(name))
                .unwrap_or(f64::INFINITY),
        }
    }

    /// Is `sessionlint/unused-suppression` on for this run?
    pub fn reports_unused_suppressions(&self) -> bool {
        self.unused_suppressions
    }

    /// Was a rule with this id loaded (selected or not)?
    pub fn knows(&self, id: &str) -> bool {
        self.known.iter().any(|k| k == id)
    }

    pub fn known_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.known.iter().map(String::as_str)
    }

    /// Sets the severity of every rule the selector names (rule id, pack or category).
    pub fn override_severity(
        &mut self,
        selector: &str,
        severity: Severity,
    ) -> Result<(), SelectError> {
        let mut any = false;
        for rule in self.rules.iter_mut().filter(|r| selects(selector, r)) {
            rule.severity = severity;
            any = true;
        }
        if any {
            Ok(())
        } else {
            Err(self.unknown(selector))
        }
    }

    /// Adds project placeholder secrets (matched case-insensitively).
    pub fn add_placeholders(&mut self, values: &[String]) {
        self.placeholders
            .extend(values.iter().map(|v| v.trim().to_ascii_lowercase()));
    }

    pub fn placeholders(&self) -> &[String] {
        &self.placeholders
    }

    fn unknown(&self, selector: &str) -> SelectError {
        let mut known: Vec<&str> = self.rules.iter().map(|r| r.id.as_str()).collect();
        known.extend(self.rules.iter().map(Rule::pack));
        known.extend(Category::ALL.map(Category::name));
        SelectError {
            selector: selector.to_string(),
            hint: suggest::closest(selector, known).map(|c| format!("did you mean `{c}`?")),
        }
    }
}

fn selects(selector: &str, rule: &Rule) -> bool {
    super::selector_matches(selector, &rule.id, rule.category)
}
