//! Compiling `[match.config]` tables and `config:` conditions: key patterns, formats, the
//! `key`/`value` constraints, and the relations a configuration match may have. Code tables
//! must not use the keys that only mean something here, and the other way round.

use std::sync::Arc;

use toml::Spanned;

use super::file::MatchFile;
use super::load::{Compiler, RuleError};
use super::{ConfigCondition, ConfigMatcher, ConfigRelation, RelationKind};
use crate::entries::KeyPattern;
use crate::lang::Lang;
use crate::suggest;

/// The captures of a configuration entry.
const CONFIG_CAPTURES: [&str; 2] = ["key", "value"];

impl Compiler<'_> {
    /// `[match.config]` and its `[[match.config.or]]` tables, with the formats they read.
    pub(super) fn config_tables(
        &self,
        table: &MatchFile,
        message: &str,
    ) -> Result<(Vec<ConfigMatcher>, Vec<Lang>), RuleError> {
        let mut compiled = vec![self.config_matcher(table, message)?];
        for alt in &table.or {
            if !alt.get_ref().or.is_empty() {
                return Err(self.error_span(
                    alt,
                    "`or` tables cannot have `or` tables of their own",
                    Some("list every alternative as `[[match.config.or]]`".into()),
                ));
            }
            compiled.push(self.config_matcher(alt.get_ref(), message)?);
        }
        let mut formats: Vec<Lang> = compiled.iter().flat_map(|m| m.formats.clone()).collect();
        formats.sort();
        formats.dedup();
        Ok((compiled, formats))
    }

    fn config_matcher(&self, table: &MatchFile, message: &str) -> Result<ConfigMatcher, RuleError> {
        if let Some(query) = &table.query {
            return Err(self.error_span(
                query,
                "`[match.config]` matches key paths, not queries",
                Some("use `key = [...]`, or a `[match.yaml]`-style table for a query".into()),
            ));
        }
        if let Some(n) = &table.follow_calls {
            return Err(self.error_span(n, "`follow-calls` is for code tables", None));
        }
        // Only the relations over settings; the others look at code.
        let over_settings = |k: RelationKind| {
            matches!(
                k,
                RelationKind::FileHas
                    | RelationKind::NotFileHas
                    | RelationKind::ProjectHas
                    | RelationKind::NotProjectHas
            )
        };
        let code_only = table
            .relation_lists()
            .into_iter()
            .find(|(k, l)| !over_settings(*k) && !l.is_empty());
        if let Some((kind, list)) = code_only {
            return Err(self.error_span(
                &list[0],
                format!("`{}` is for code tables", kind.key()),
                Some("a configuration match may have `file-has`, `not-file-has`, `project-has` and `not-project-has` with `config:` conditions".into()),
            ));
        }
        if table.key.is_empty() {
            return Err(self.error_at(
                0,
                "`[match.config]` needs `key = [...]`",
                Some("key paths such as \"server.servlet.session.cookie.secure\", \"Jwt:Key\", \"**/httpCookies@requireSSL\"".into()),
            ));
        }
        let mut keys = Vec::new();
        for k in &table.key {
            keys.push(
                KeyPattern::new(k.get_ref())
                    .map_err(|e| self.error_span(k, format!("invalid key pattern: {e}"), None))?,
            );
        }
        let mut formats = Vec::new();
        for f in &table.formats {
            match Lang::from_key(f.get_ref()).filter(|l| l.is_config()) {
                Some(l) => formats.push(l),
                None => {
                    return Err(self.error_span(
                        f,
                        format!("unknown configuration format `{}`", f.get_ref()),
                        Some(suggest::hint(f.get_ref(), Lang::CONFIG.map(Lang::key))),
                    ))
                }
            }
        }
        if formats.is_empty() {
            formats = Lang::CONFIG.to_vec();
        }
        let mut constraints = Vec::new();
        for (capture, check) in &table.constraints {
            let Some(index) = CONFIG_CAPTURES.iter().position(|c| c == capture.get_ref()) else {
                return Err(self.error_span(
                    capture,
                    format!(
                        "`where.{}`: a configuration entry has the captures `key` and `value`",
                        capture.get_ref()
                    ),
                    Some(suggest::hint(capture.get_ref(), CONFIG_CAPTURES)),
                ));
            };
            constraints.push(self.constraint(capture, check, index as u32)?);
        }
        let report_key = match &table.report {
            None => false,
            Some(r) if r.get_ref() == "key" => true,
            Some(r) if r.get_ref() == "value" => false,
            Some(r) => {
                return Err(self.error_span(
                    r,
                    format!(
                        "`report = \"{}\"`: a configuration match reports `key` or `value`",
                        r.get_ref()
                    ),
                    None,
                ))
            }
        };
        let mut relations = Vec::new();
        for (kind, list) in table.relation_lists() {
            if list.is_empty() || !over_settings(kind) {
                continue;
            }
            let mut conditions = Vec::new();
            for entry in list {
                if entry.get_ref().contains('{') {
                    return Err(self.error_span(
                        entry,
                        "`{name}` placeholders in `config:` conditions are for code tables",
                        None,
                    ));
                }
                if !entry.get_ref().trim_start().starts_with("config:") {
                    return Err(self.error_span(
                        entry,
                        format!("`{}` of a configuration match takes `config:KEY` or `config:KEY=VALUE` conditions", kind.key()),
                        None,
                    ));
                }
                conditions.push(self.config_condition(entry)?);
            }
            relations.push(ConfigRelation { kind, conditions });
        }
        for name in super::load::placeholders(message) {
            let known = CONFIG_CAPTURES.contains(&name)
                || (matches!(name, "duration" | "limit")
                    && constraints.iter().any(|c| c.duration.is_some()));
            if !known {
                return Err(self.error_at(
                    self.source.text.find("message").unwrap_or(0),
                    format!(
                        "`{{{name}}}` in `message` is not something a configuration match binds"
                    ),
                    Some("use {key}, {value}, and {duration}/{limit} with `duration-over`".into()),
                ));
            }
        }
        Ok(ConfigMatcher {
            keys,
            formats,
            constraints,
            relations,
            report_key,
        })
    }

    /// `config:KEY` or `config:KEY=VALUE|VALUE`.
    pub(super) fn config_condition(
        &self,
        entry: &Spanned<String>,
    ) -> Result<Arc<ConfigCondition>, RuleError> {
        let text = entry.get_ref().trim();
        let spec = text.strip_prefix("config:").unwrap_or(text);
        let (key, values) = match spec.split_once('=') {
            Some((k, v)) => (
                k.trim(),
                v.split('|').map(|v| v.trim().to_lowercase()).collect(),
            ),
            None => (spec.trim(), Vec::new()),
        };
        let template = key.contains('{').then(|| key.to_string());
        // A template is checked with its placeholders filled by a stand-in name.
        let probe = match &template {
            Some(t) => super::load::fill_placeholders(t, "x"),
            None => key.to_string(),
        };
        let pattern = KeyPattern::new(&probe).map_err(|e| {
            self.error_span(
                entry,
                format!("invalid key pattern in `{text}`: {e}"),
                Some("write `config:server.servlet.session.cookie.secure=true`".into()),
            )
        })?;
        Ok(Arc::new(ConfigCondition {
            key: text.into(),
            pattern: template.is_none().then_some(pattern),
            template,
            values,
        }))
    }

    /// A code table must not use the keys of `[match.config]`.
    pub(super) fn refuse_config_keys(
        &self,
        lang: &str,
        table: &MatchFile,
    ) -> Result<(), RuleError> {
        let misplaced = table
            .key
            .first()
            .map(|k| ("key", k))
            .or_else(|| table.formats.first().map(|f| ("formats", f)));
        if let Some((name, at)) = misplaced {
            return Err(self.error_span(
                at,
                format!("`{name}` belongs in `[match.config]`, not `[match.{lang}]`"),
                Some("code tables match a `query`".into()),
            ));
        }
        Ok(())
    }
}
