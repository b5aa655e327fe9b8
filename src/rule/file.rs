//! The serde mirror of a rule file: exactly the keys a rule may have, nothing validated yet.
//! Unknown keys are refused here (`deny_unknown_fields`); meaning is checked in `load`.
//! No `flatten`: it would turn precise unknown-key errors into vague ones.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::RelationKind;
use toml::Spanned;

pub const WHERE_KEYS: &[&str] = &[
    "literal",
    "equals",
    "matches",
    "not-matches",
    "duration-over",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub id: Spanned<String>,
    pub category: Spanned<String>,
    pub severity: Spanned<String>,
    pub confidence: Spanned<String>,
    #[serde(default)]
    pub cwe: Vec<u32>,
    pub message: Spanned<String>,
    pub docs: Spanned<String>,
    /// Only files whose path matches one of these globs.
    #[serde(default)]
    pub paths: Vec<Spanned<String>>,
    /// Never files whose path matches one of these globs.
    #[serde(default, rename = "not-paths")]
    pub not_paths: Vec<Spanned<String>>,
    #[serde(rename = "match")]
    pub matches: Spanned<BTreeMap<Spanned<String>, MatchFile>>,
    #[serde(default)]
    pub example: Vec<Spanned<ExampleFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MatchFile {
    /// The tree-sitter query (code and `[match.yaml]`-style tables; not `[match.config]`).
    pub query: Option<Spanned<String>>,
    /// `[match.config]`: key path patterns.
    #[serde(default)]
    pub key: Vec<Spanned<String>>,
    /// `[match.config]`: the formats to read (default: all).
    #[serde(default)]
    pub formats: Vec<Spanned<String>>,
    #[serde(default)]
    pub inside: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_inside: Vec<Spanned<String>>,
    #[serde(default)]
    pub has: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_has: Vec<Spanned<String>>,
    #[serde(default)]
    pub preceded_by: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_preceded_by: Vec<Spanned<String>>,
    #[serde(default)]
    pub followed_by: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_followed_by: Vec<Spanned<String>>,
    #[serde(default)]
    pub file_has: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_file_has: Vec<Spanned<String>>,
    #[serde(default)]
    pub project_has: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_project_has: Vec<Spanned<String>>,
    /// Follow calls into project functions this many levels deep (0 to 3).
    #[serde(default)]
    pub follow_calls: Option<Spanned<u8>>,
    /// Report at this capture instead of `@match` (at its literal, when it has one).
    pub report: Option<Spanned<String>>,
    /// `[[match.LANG.or]]`: more queries of the same rule, each with relations of its own.
    #[serde(default)]
    pub or: Vec<Spanned<MatchFile>>,
    #[serde(default, rename = "where")]
    pub constraints: BTreeMap<Spanned<String>, Spanned<WhereFile>>,
}

impl MatchFile {
    /// Every relation list of the table with its kind, in the order of the rule format.
    pub fn relation_lists(&self) -> [(RelationKind, &Vec<Spanned<String>>); 12] {
        [
            (RelationKind::Inside, &self.inside),
            (RelationKind::NotInside, &self.not_inside),
            (RelationKind::Has, &self.has),
            (RelationKind::NotHas, &self.not_has),
            (RelationKind::PrecededBy, &self.preceded_by),
            (RelationKind::NotPrecededBy, &self.not_preceded_by),
            (RelationKind::FollowedBy, &self.followed_by),
            (RelationKind::NotFollowedBy, &self.not_followed_by),
            (RelationKind::FileHas, &self.file_has),
            (RelationKind::NotFileHas, &self.not_file_has),
            (RelationKind::ProjectHas, &self.project_has),
            (RelationKind::NotProjectHas, &self.not_project_has),
        ]
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct WhereFile {
    pub literal: Option<bool>,
    #[serde(default)]
    pub equals: Vec<String>,
    pub matches: Option<Spanned<String>>,
    pub not_matches: Option<Spanned<String>>,
    /// A duration (`"30d"`) or a named threshold (`"remember-me"`).
    pub duration_over: Option<Spanned<String>>,
    /// What a bare number means for this API: `ms`, `s` (default), `min`, `h`, `d`.
    pub unit: Option<Spanned<String>>,
    /// Source texts that mean "never expires" for this API (`["-1", "0", "False"]`).
    #[serde(default)]
    pub forever: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleFile {
    pub lang: Spanned<String>,
    pub bad: String,
    pub good: String,
}
