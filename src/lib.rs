//! sessionlint finds session-handling flaws (fixation, hard-coded secrets, unlinked refresh
//! tokens, CSRF/SameSite, cookie flags, role changes without revocation, device binding, long
//! lifetimes, logout ghosts, unverified tokens) in Java, JavaScript, TypeScript, Python, Go
//! and C#, and in configuration files (properties, YAML, JSON, XML, .env).
//!
//! The architecture in one screen:
//!
//! ```text
//!   shells:   cli (check, rules, explain, test, tree)   corpus harness   lsp
//!                 |                                        |
//!   walk (files) --> engine::scan(path, text, grammar, &RuleSet) --> Vec<Finding> --> report
//!                           |                  |
//!                 rule (file → load → model)  lang (grammars)   roles: grammars/<lang>/roles
//! ```
//!
//! - [`engine`] is pure: text in, findings out; no files, no terminal, no global state.
//! - [`entries`] reads configuration files as (key path, value, span) entries, which
//!   `[match.config]` rules match in every format alike.
//! - [`rule`] reads TOML rule files (embedded from `rules/`, or a user's `--rules DIR`) in two
//!   stages: a serde mirror that refuses unknown keys, then validation into compiled queries.
//! - [`report`] renders findings as text, JSON, SARIF 2.1.0 or GitHub annotations.
//! - [`walk`] discovers files (gitignore-aware) and reads them, reporting what it skips.
//! - Dependencies point one way: shells → engine → {rule, lang, finding}.

pub mod cli;
pub mod config;
pub mod corpus;
pub mod engine;
pub mod entries;
pub mod finding;
pub mod fingerprint;
pub mod gate;
pub mod lang;
pub mod lsp;
pub mod parse;
pub mod project;
pub mod report;
pub mod rule;
pub mod rule_docs;
pub mod suggest;
pub mod suppress;
pub mod walk;
