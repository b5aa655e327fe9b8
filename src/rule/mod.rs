//! The compiled rule model: what a rule file means once it has been read and checked.
//! `file` mirrors the TOML, `load` turns it into these types, the engine only reads them.

mod file;
mod load;
mod load_config;
mod roles;
mod set;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::Serialize;
use tree_sitter::Query;

use crate::entries::KeyPattern;
use crate::lang::{Grammar, Lang};

pub use load::{embedded_rule_sources, line_col, placeholders, RuleError, RuleLoader, RuleSource};
pub use roles::RoleSet;
pub use set::{RuleSet, SelectError};

/// The ten fixed categories of session flaws. Every rule belongs to exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Fixation,
    HardcodedSecret,
    RefreshUnlinked,
    CsrfSamesite,
    CookieFlags,
    RoleNoRevoke,
    DeviceBinding,
    LongLifetime,
    LogoutGhost,
    TokenVerify,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Fixation,
        Category::HardcodedSecret,
        Category::RefreshUnlinked,
        Category::CsrfSamesite,
        Category::CookieFlags,
        Category::RoleNoRevoke,
        Category::DeviceBinding,
        Category::LongLifetime,
        Category::LogoutGhost,
        Category::TokenVerify,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Fixation => "fixation",
            Category::HardcodedSecret => "hardcoded-secret",
            Category::RefreshUnlinked => "refresh-unlinked",
            Category::CsrfSamesite => "csrf-samesite",
            Category::CookieFlags => "cookie-flags",
            Category::RoleNoRevoke => "role-no-revoke",
            Category::DeviceBinding => "device-binding",
            Category::LongLifetime => "long-lifetime",
            Category::LogoutGhost => "logout-ghost",
            Category::TokenVerify => "token-verify",
        }
    }

    /// GitHub's `security-severity` score for a rule of this category at a severity.
    pub fn security_severity(self, severity: Severity) -> &'static str {
        let base_high = matches!(
            self,
            Category::Fixation | Category::HardcodedSecret | Category::TokenVerify
        );
        match (severity, base_high) {
            (Severity::Error, true) => "8.1",
            (Severity::Error, false) => "7.5",
            (Severity::Warning, true) => "6.5",
            (Severity::Warning, false) => "5.3",
            (Severity::Note, _) => "3.1",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Category::ALL.into_iter().find(|c| c.name() == s).ok_or(())
    }
}

/// How loud a finding is. Ordered: `Note < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Note];
    pub fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Severity {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Severity::ALL.into_iter().find(|c| c.name() == s).ok_or(())
    }
}

/// How sure a rule is that a match is a real flaw (SARIF `precision`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Confidence {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Confidence::ALL
            .into_iter()
            .find(|c| c.name() == s)
            .ok_or(())
    }
}

/// One rule, compiled for every grammar its `[match.LANG]` tables name.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub severity: Severity,
    pub confidence: Confidence,
    pub cwe: Vec<u32>,
    pub message: String,
    pub docs: String,
    /// Where the rule came from, for messages (`rules/cookies/x.toml` or a user's path).
    pub origin: String,
    /// Compiled matchers, for the grammars this run needs (see `RuleSet::load_for`).
    /// One per `[match.LANG]` table and per `[[match.LANG.or]]` table under it.
    pub matchers: BTreeMap<Grammar, Vec<Matcher>>,
    /// `[match.config]` (and its `or` tables): key-path matchers for configuration files.
    pub config: Vec<ConfigMatcher>,
    pub langs: Vec<Lang>,
    pub examples: Vec<Example>,
    /// `paths`: the rule only looks at files matching one of these globs.
    pub paths: Option<globset::GlobSet>,
    /// `not-paths`: the rule never looks at files matching one of these globs.
    pub not_paths: Option<globset::GlobSet>,
}

impl Rule {
    /// The pack is the folder part of the id: `cookies/httponly-disabled` is in `cookies`.
    pub fn pack(&self) -> &str {
        self.id.rsplit_once('/').map_or("", |(pack, _)| pack)
    }

    /// Does the rule look at a file with this (display) path?
    pub fn applies_to(&self, path: &str) -> bool {
        self.paths.as_ref().is_none_or(|g| g.is_match(path))
            && !self.not_paths.as_ref().is_some_and(|g| g.is_match(path))
    }

    /// The languages the rule has `[match.LANG]` tables for (whether or not this run
    /// compiled them).
    pub fn langs(&self) -> Vec<Lang> {
        self.langs.clone()
    }

    /// The first sentence of the docs: a one-line summary for listings and SARIF.
    pub fn summary(&self) -> String {
        let first = self
            .docs
            .split("\n\n")
            .map(str::trim)
            .find(|p| !p.is_empty() && !p.starts_with('#'))
            .unwrap_or(&self.message);
        let flat = first.split_whitespace().collect::<Vec<_>>().join(" ");
        match flat.find(". ") {
            Some(i) => flat[..=i].to_string(),
            None => flat,
        }
    }
}

/// A rule's compiled `[match.LANG]` table for one grammar.
#[derive(Clone, Debug)]
pub struct Matcher {
    pub query: Arc<Query>,
    /// Index of the `@match` capture in `query`.
    pub match_capture: u32,
    pub relations: Vec<Relation>,
    pub constraints: Vec<Constraint>,
    /// `follow-calls = N`: `has` and `preceded-by` (and their negations) also find their
    /// patterns inside functions of the project that the code calls, up to N calls deep.
    pub follow_calls: u8,
    /// `report = "cap"`: the capture reported instead of `@match`.
    pub report_capture: Option<u32>,
}

/// A rule's compiled `[match.config]` table: entries of configuration files (see
/// `crate::entries`) whose key path matches one of `keys` and whose key and value pass the
/// constraints (captures `key` and `value`).
#[derive(Clone, Debug)]
pub struct ConfigMatcher {
    pub keys: Vec<KeyPattern>,
    /// The formats it reads (all five when the table does not say).
    pub formats: Vec<Lang>,
    pub constraints: Vec<Constraint>,
    /// `file-has`, `project-has` and their negations, over `config:` conditions.
    pub relations: Vec<ConfigRelation>,
    /// `report = "key"`: point at the key instead of the value.
    pub report_key: bool,
}

#[derive(Clone, Debug)]
pub struct ConfigRelation {
    pub kind: RelationKind,
    pub conditions: Vec<Arc<ConfigCondition>>,
}

/// `config:KEY` or `config:KEY=VALUE[|VALUE...]`: a setting of some configuration file, for
/// `project-has` in code rules (code and configuration agree) and for the relations of
/// `[match.config]` tables. In code rules the key may name bindings of the match
/// (`config:{property}`), filled in per match.
#[derive(Clone, Debug)]
pub struct ConfigCondition {
    /// The condition as written (`config:...`): its identity in project facts.
    pub key: Arc<str>,
    /// The compiled key pattern; `None` when the key names bindings (`template`).
    pub pattern: Option<KeyPattern>,
    /// The key pattern with `{name}` placeholders, when it has any.
    pub template: Option<String>,
    /// Lowercase values, one of which the setting must have (case-insensitively).
    pub values: Vec<String>,
}

impl ConfigCondition {
    /// Does an entry satisfy the condition? (Never for a template: see `value_holds`.)
    pub fn holds(&self, entry: &crate::entries::Entry) -> bool {
        self.pattern
            .as_ref()
            .is_some_and(|p| p.matches(&entry.canonical_key()))
            && self.value_holds(&entry.value)
    }

    pub fn value_holds(&self, value: &str) -> bool {
        self.values.is_empty()
            || self
                .values
                .iter()
                .any(|v| v.eq_ignore_ascii_case(value.trim()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationKind {
    Inside,
    NotInside,
    Has,
    NotHas,
    PrecededBy,
    NotPrecededBy,
    FollowedBy,
    NotFollowedBy,
    FileHas,
    NotFileHas,
    ProjectHas,
    NotProjectHas,
}

impl RelationKind {
    pub const ALL: [RelationKind; 12] = [
        RelationKind::Inside,
        RelationKind::NotInside,
        RelationKind::Has,
        RelationKind::NotHas,
        RelationKind::PrecededBy,
        RelationKind::NotPrecededBy,
        RelationKind::FollowedBy,
        RelationKind::NotFollowedBy,
        RelationKind::FileHas,
        RelationKind::NotFileHas,
        RelationKind::ProjectHas,
        RelationKind::NotProjectHas,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RelationKind::Inside => "inside",
            RelationKind::NotInside => "not-inside",
            RelationKind::Has => "has",
            RelationKind::NotHas => "not-has",
            RelationKind::PrecededBy => "preceded-by",
            RelationKind::NotPrecededBy => "not-preceded-by",
            RelationKind::FollowedBy => "followed-by",
            RelationKind::NotFollowedBy => "not-followed-by",
            RelationKind::FileHas => "file-has",
            RelationKind::NotFileHas => "not-file-has",
            RelationKind::ProjectHas => "project-has",
            RelationKind::NotProjectHas => "not-project-has",
        }
    }

    pub fn is_negative(self) -> bool {
        matches!(
            self,
            RelationKind::NotInside
                | RelationKind::NotHas
                | RelationKind::NotPrecededBy
                | RelationKind::NotFollowedBy
                | RelationKind::NotFileHas
                | RelationKind::NotProjectHas
        )
    }
}

/// `inside = [a, b]`: holds when any of the alternatives relates to the match
/// (for the `not-` kinds: when none does).
#[derive(Clone, Debug)]
pub struct Relation {
    pub kind: RelationKind,
    pub alternatives: Vec<Alternative>,
    /// `config:` alternatives (only in `project-has` / `not-project-has`).
    pub config: Vec<Arc<ConfigCondition>>,
}

/// One alternative of a relation: a pattern, optionally narrowed by a regex that one of its
/// public captures must match (`role:handler(?i)login` → a handler whose route or name says
/// login).
#[derive(Clone, Debug)]
pub struct Alternative {
    pub pattern: Arc<Pattern>,
    pub filter: Option<regex::Regex>,
}

/// A query used by a relation or a role, with the node it stands for.
#[derive(Debug)]
pub struct Pattern {
    /// `role:function` or the first line of the inline query, for messages.
    pub label: String,
    /// Identity across files and grammars of one language family (`<family>:<query text>`):
    /// the key of project facts, so that a fact found in a `.js` file also counts for `.ts`
    /// and `.tsx` files when the rule's tables share the query text.
    pub key: Arc<str>,
    pub query: Query,
    /// The capture that stands for the node (`@match`); `None`: the largest captured node.
    pub node_capture: Option<u32>,
}

/// A value constraint from `[match.LANG.where]` on one capture of the main query.
/// The *value* of a capture is the string it resolves to when it is a literal (see
/// `engine::value`), and its source text otherwise.
#[derive(Clone, Debug)]
pub struct Constraint {
    pub capture: String,
    pub capture_index: u32,
    /// `literal = true`: a hard-coded string; `literal = false`: anything else.
    pub literal: Option<bool>,
    /// `equals = [...]`: the value is one of these (case-insensitively, trimmed).
    pub equals: Vec<String>,
    /// `matches = "re"`: the value matches.
    pub matches: Option<regex::Regex>,
    /// `not-matches = "re"`: the value does not match.
    pub not_matches: Option<regex::Regex>,
    /// `duration-over`: the capture evaluates to a longer time (or to forever).
    pub duration: Option<DurationCheck>,
}

impl Constraint {
    /// `equals`, `matches` and `not-matches` hold for a capture's (or setting's) value.
    pub fn value_passes(&self, value: &str) -> bool {
        (self.equals.is_empty()
            || self
                .equals
                .iter()
                .any(|e| e.eq_ignore_ascii_case(value.trim())))
            && self.matches.as_ref().is_none_or(|re| re.is_match(value))
            && !self
                .not_matches
                .as_ref()
                .is_some_and(|re| re.is_match(value))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DurationCheck {
    pub threshold: Threshold,
    /// Seconds per bare number.
    pub unit: f64,
    /// Source texts that mean "never expires".
    pub forever: Vec<String>,
}

impl DurationCheck {
    /// `forever = ["negative"]`: any length below zero means "never expires".
    pub fn forever_if_negative(&self) -> bool {
        self.forever.iter().any(|f| f == "negative")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Threshold {
    Seconds(f64),
    /// A named threshold: its default, or the project's `[thresholds]` value.
    Named(String),
}

/// A `[[example]]` pair: checked by the corpus harness, shown by `explain`.
#[derive(Clone, Debug)]
pub struct Example {
    pub lang: Lang,
    pub bad: String,
    pub good: String,
}

/// Does a `--select`/`--ignore` value name this rule (its id, its pack or its category)?
pub fn selector_matches(selector: &str, id: &str, category: Category) -> bool {
    let s = selector.trim_end_matches('/');
    let pack = id.rsplit_once('/').map_or("", |(pack, _)| pack);
    id == s || pack == s || id.starts_with(&format!("{s}/")) || category.name() == s
}

/// Captures whose names start with `_` are private to their query and never unified.
pub fn is_shared_capture(name: &str) -> bool {
    !name.starts_with('_') && name != "match"
}
