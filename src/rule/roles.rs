//! Roles: named tree-sitter queries per language (`grammars/<lang>/roles/<name>.scm`) that say
//! what a function, a class or a request handler is in that grammar, so that one rule reads
//! the same in every language (`inside = ["role:handler"]`).

use std::collections::BTreeMap;
use std::sync::Arc;

use tree_sitter::Query;

use super::load::{
    check_predicates, describe_query_error, embedded_role_sources, line_col, RuleError,
};
use super::Pattern;
use crate::lang::{Grammar, Lang};

/// Roles every language must define.
pub const REQUIRED_ROLES: &[&str] = &["function", "class", "handler", "call"];

#[derive(Debug, Default)]
pub struct RoleSet {
    roles: BTreeMap<(Grammar, String), Arc<Pattern>>,
}

impl RoleSet {
    /// The roles compiled into the binary from `grammars/`, for `grammars` (all when `None`).
    pub fn embedded(grammars: Option<&[Grammar]>) -> Result<Self, RuleError> {
        let mut set = RoleSet::default();
        let wanted = |g: Grammar| grammars.is_none_or(|gs| gs.contains(&g));
        for (rel, text) in embedded_role_sources() {
            set.add(rel, text, &wanted)?;
        }
        for lang in Lang::CODE {
            let grammar = lang.grammars()[0];
            if !wanted(grammar) {
                continue;
            }
            for name in REQUIRED_ROLES {
                if set.get(grammar, name).is_none() {
                    return Err(RuleError {
                        origin: format!("grammars/{}/roles/{name}.scm", lang.key()),
                        line: 1,
                        column: 1,
                        message: format!("missing required role `{name}` for {lang}"),
                        hint: None,
                    });
                }
            }
        }
        Ok(set)
    }

    /// Adds `<lang>/roles/<name>.scm` with its query text.
    fn add(
        &mut self,
        rel: &str,
        text: &str,
        wanted: &dyn Fn(Grammar) -> bool,
    ) -> Result<(), RuleError> {
        let origin = format!("grammars/{rel}");
        let err = |line, column, message: String, hint: Option<String>| RuleError {
            origin: origin.clone(),
            line,
            column,
            message,
            hint,
        };
        let mut parts = rel.split('/');
        let (Some(lang_key), Some("roles"), Some(file), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(err(
                1,
                1,
                "role files live at grammars/<lang>/roles/<name>.scm".into(),
                None,
            ));
        };
        let Some(lang) = Lang::from_key(lang_key) else {
            return Err(err(
                1,
                1,
                format!("unknown language folder `{lang_key}`"),
                None,
            ));
        };
        let name = file.trim_end_matches(".scm");
        for &grammar in lang.grammars().iter().filter(|g| wanted(**g)) {
            let query = Query::new(&grammar.language(), text).map_err(|e| {
                let (message, hint) = describe_query_error(&e, grammar);
                let (line, column) = line_col(text, e.offset);
                err(line, column, message, Some(hint))
            })?;
            check_predicates(&query)
                .map_err(|p| err(1, 1, format!("unknown predicate `#{p}`"), None))?;
            let node_capture = query.capture_index_for_name("match");
            if node_capture.is_none() {
                return Err(err(
                    1,
                    1,
                    "a role query must capture the node it names as `@match`".into(),
                    None,
                ));
            }
            let pattern = Pattern {
                key: format!("{}:role:{name}", lang.family()).into(),
                label: format!("role:{name}"),
                query,
                node_capture,
            };
            self.roles
                .insert((grammar, name.to_string()), Arc::new(pattern));
        }
        Ok(())
    }

    pub fn get(&self, grammar: Grammar, name: &str) -> Option<Arc<Pattern>> {
        self.roles.get(&(grammar, name.to_string())).cloned()
    }

    pub fn get_ref(&self, grammar: Grammar, name: &str) -> Option<&Pattern> {
        self.roles
            .get(&(grammar, name.to_string()))
            .map(AsRef::as_ref)
    }

    pub fn names(&self, grammar: Grammar) -> impl Iterator<Item = &str> + Clone {
        self.roles
            .keys()
            .filter(move |(g, _)| *g == grammar)
            .map(|(_, n)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_roles_compile_for_every_grammar() {
        let roles = match RoleSet::embedded(None) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        };
        for g in Grammar::ALL.into_iter().filter(|g| !g.lang().is_config()) {
            for name in REQUIRED_ROLES {
                assert!(roles.get(g, name).is_some(), "{g} lacks role {name}");
            }
        }
    }
}
