//! Project facts: what one file says that rules of other files may need. A first pass runs
//! `file_facts` on every file (in parallel, independently) and `ProjectFacts::merge` joins
//! them; the second pass scans each file with the merged facts. Two kinds of fact:
//! - the functions a file defines, with the functions they call and the relation patterns
//!   found in their bodies (the evidence `follow-calls` looks for through calls);
//! - which `project-has` patterns occur anywhere in the file, and which `config:` settings a
//!   configuration file holds.
//!
//! Facts are keyed by pattern key (`<lang>:<query>`), not by grammar, so a `.ts` file and a
//! `.tsx` file share them. Per file and mergeable in any order, so the editor server can
//! recompute one file's facts when it changes.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use tree_sitter::Node;

use super::query::run;
use crate::entries::{self, KeyPattern};
use crate::lang::{Grammar, Lang};
use crate::rule::{placeholders, ConfigCondition, Pattern, RelationKind, RuleSet};

/// A function defined in a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionFact {
    pub name: String,
    /// Names of the functions and methods it calls (the last segment: `svc.revoke()` → `revoke`).
    pub calls: BTreeSet<String>,
    /// Keys of the follow-calls patterns found in its body.
    pub evidence: BTreeSet<Arc<str>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileFacts {
    pub path: String,
    pub lang: Option<Lang>,
    pub functions: Vec<FunctionFact>,
    /// Keys of the `project-has` patterns that occur in the file.
    pub present: BTreeSet<Arc<str>>,
    /// Every setting of a configuration file (canonical key, value), when a rule asks for
    /// settings it names per match (`config:{property}`).
    pub settings: Vec<(String, String)>,
}

/// The facts of every file of a scan, merged.
#[derive(Debug, Default)]
pub struct ProjectFacts {
    /// (language, function name) → (defining file, facts), in path order.
    functions: BTreeMap<(Lang, String), Vec<(String, FunctionFact)>>,
    present: BTreeSet<Arc<str>>,
    /// Canonical setting key → its values, across the configuration files.
    settings: BTreeMap<String, Vec<String>>,
}

impl ProjectFacts {
    pub fn merge<I: IntoIterator<Item = FileFacts>>(files: I) -> Self {
        let mut facts = ProjectFacts::default();
        let mut all: Vec<FileFacts> = files.into_iter().collect();
        all.sort_by(|a, b| a.path.cmp(&b.path));
        for file in all {
            facts.present.extend(file.present);
            for (key, value) in file.settings {
                facts.settings.entry(key).or_default().push(value);
            }
            let Some(lang) = file.lang else { continue };
            for f in file.functions {
                facts
                    .functions
                    .entry((lang, f.name.clone()))
                    .or_default()
                    .push((file.path.clone(), f));
            }
        }
        facts
    }

    /// Does a `config:` condition hold somewhere in the project? A template is filled with
    /// the match's bindings first (`config:{property}` with `property = jwt.secret`).
    pub fn setting_present(
        &self,
        condition: &ConfigCondition,
        bindings: &[(&str, String)],
    ) -> bool {
        let Some(template) = &condition.template else {
            return self.present(&condition.key);
        };
        let mut filled = template.clone();
        for name in placeholders(template) {
            let Some((_, value)) = bindings.iter().find(|(n, _)| *n == name) else {
                return false;
            };
            filled = filled.replace(&format!("{{{name}}}"), value);
        }
        let Ok(pattern) = KeyPattern::new(&filled) else {
            return false;
        };
        self.settings.iter().any(|(key, values)| {
            pattern.matches(key) && values.iter().any(|v| condition.value_holds(v))
        })
    }

    /// Does a `project-has` pattern occur anywhere?
    pub fn present(&self, key: &str) -> bool {
        self.present.contains(key)
    }

    /// Does calling `callee` from a file at `from` reach code matching `key`, within `depth`
    /// calls? The callee resolves to the file's own function of that name when there is one,
    /// else to every function of that name in the project; an unknown (library) call is no
    /// evidence.
    pub fn reaches(&self, lang: Lang, from: &str, callee: &str, key: &str, depth: u8) -> bool {
        let mut seen = BTreeSet::new();
        self.reaches_inner(lang, from, callee, key, depth, &mut seen)
    }

    fn reaches_inner(
        &self,
        lang: Lang,
        from: &str,
        callee: &str,
        key: &str,
        depth: u8,
        seen: &mut BTreeSet<(String, String)>,
    ) -> bool {
        if depth == 0 {
            return false;
        }
        let Some(defs) = self.functions.get(&(lang, callee.to_string())) else {
            return false;
        };
        let local: Vec<&(String, FunctionFact)> = defs.iter().filter(|(p, _)| p == from).collect();
        let chosen: Vec<&(String, FunctionFact)> = if local.is_empty() {
            defs.iter().collect()
        } else {
            local
        };
        for (path, f) in chosen {
            if !seen.insert((path.clone(), f.name.clone())) {
                continue;
            }
            if f.evidence.contains(key) {
                return true;
            }
            if f.calls
                .iter()
                .any(|c| self.reaches_inner(lang, path, c, key, depth - 1, seen))
            {
                return true;
            }
        }
        false
    }
}

/// The patterns whose presence is a fact: the alternatives of `follow-calls` relations
/// (evidence) and of `project-has` relations (presence), for one grammar.
fn fact_patterns(rules: &RuleSet, grammar: Grammar) -> (Vec<&Pattern>, Vec<&Pattern>) {
    let mut evidence: Vec<&Pattern> = Vec::new();
    let mut present: Vec<&Pattern> = Vec::new();
    for (_, matcher) in rules.for_grammar(grammar) {
        for relation in &matcher.relations {
            let deep = matcher.follow_calls > 0
                && matches!(
                    relation.kind,
                    RelationKind::Has
                        | RelationKind::NotHas
                        | RelationKind::PrecededBy
                        | RelationKind::NotPrecededBy
                        | RelationKind::FollowedBy
                        | RelationKind::NotFollowedBy
                );
            let project = matches!(
                relation.kind,
                RelationKind::ProjectHas | RelationKind::NotProjectHas
            );
            for alt in &relation.alternatives {
                let target = if deep {
                    &mut evidence
                } else if project {
                    &mut present
                } else {
                    continue;
                };
                if !target.iter().any(|p| p.key == alt.pattern.key) {
                    target.push(&alt.pattern);
                }
            }
        }
    }
    (evidence, present)
}

/// The `config:` conditions of `project-has` relations (code and configuration rules): the
/// settings whose presence is a fact.
fn config_conditions(rules: &RuleSet) -> Vec<&ConfigCondition> {
    let project =
        |k: RelationKind| matches!(k, RelationKind::ProjectHas | RelationKind::NotProjectHas);
    let mut out: Vec<&ConfigCondition> = Vec::new();
    for rule in rules.rules() {
        let from_code = rule
            .matchers
            .values()
            .flatten()
            .flat_map(|m| &m.relations)
            .filter(|r| project(r.kind))
            .flat_map(|r| &r.config);
        let from_config = rule
            .config
            .iter()
            .flat_map(|m| &m.relations)
            .filter(|r| project(r.kind))
            .flat_map(|r| &r.conditions);
        for c in from_code.chain(from_config) {
            if !out.iter().any(|o| o.key == c.key) {
                out.push(c);
            }
        }
    }
    out
}

/// Does any rule of the set need facts from other files?
pub fn needs_facts(rules: &RuleSet) -> bool {
    if !config_conditions(rules).is_empty() {
        return true;
    }
    rules.rules().iter().any(|r| {
        r.matchers.values().flatten().any(|m| {
            m.follow_calls > 0
                || m.relations.iter().any(|rel| {
                    matches!(
                        rel.kind,
                        RelationKind::ProjectHas | RelationKind::NotProjectHas
                    )
                })
        })
    })
}

/// A pattern key and the byte ranges of its hits in a file.
type KeyedRanges = (Arc<str>, Vec<(usize, usize)>);

/// The facts of one file.
pub fn file_facts(path: &str, text: &str, grammar: Grammar, rules: &RuleSet) -> FileFacts {
    let mut facts = FileFacts {
        path: path.to_string(),
        lang: Some(grammar.lang().family()),
        ..FileFacts::default()
    };
    let (evidence, present) = fact_patterns(rules, grammar);
    let settings = if grammar.lang().is_config() {
        config_conditions(rules)
    } else {
        Vec::new()
    };
    if evidence.is_empty() && present.is_empty() && settings.is_empty() {
        return facts;
    }
    let Ok(tree) = crate::parse::parse(grammar, text) else {
        return facts;
    };
    let root = tree.root_node();
    if !settings.is_empty() {
        let entries = entries::entries(grammar.lang(), text, root);
        for c in &settings {
            if entries.iter().any(|e| c.holds(e)) {
                facts.present.insert(Arc::clone(&c.key));
            }
        }
        if settings.iter().any(|c| c.template.is_some()) {
            facts.settings = entries
                .iter()
                .map(|e| (e.canonical_key(), e.value.clone()))
                .collect();
        }
    }
    for p in present {
        if !run(&p.query, p.node_capture, root, text).is_empty() {
            facts.present.insert(Arc::clone(&p.key));
        }
    }
    if evidence.is_empty() {
        return facts;
    }
    let Some(function_role) = rules.role(grammar, "function") else {
        return facts;
    };
    let calls = call_sites(rules, grammar, root, text);
    let evidence_hits: Vec<KeyedRanges> = evidence
        .iter()
        .map(|p| {
            let ranges = run(&p.query, p.node_capture, root, text)
                .iter()
                .map(|h| (h.node.start_byte(), h.node.end_byte()))
                .collect();
            (Arc::clone(&p.key), ranges)
        })
        .collect();
    for f in run(&function_role.query, function_role.node_capture, root, text) {
        let Some(name) = function_name(f.node, text) else {
            continue;
        };
        let (start, end) = (f.node.start_byte(), f.node.end_byte());
        let inside = |(s, e): (usize, usize)| start <= s && e <= end;
        let fact = FunctionFact {
            name,
            calls: calls
                .iter()
                .filter(|(range, _)| inside(*range))
                .map(|(_, name)| name.clone())
                .collect(),
            evidence: evidence_hits
                .iter()
                .filter(|(_, ranges)| ranges.iter().any(|r| inside(*r)))
                .map(|(key, _)| Arc::clone(key))
                .collect(),
        };
        facts.functions.push(fact);
    }
    facts
}

/// Every call in a tree: its byte range and the called name (role `call`, capture `@callee`).
pub fn call_sites(
    rules: &RuleSet,
    grammar: Grammar,
    root: Node<'_>,
    text: &str,
) -> Vec<((usize, usize), String)> {
    let Some(role) = rules.role(grammar, "call") else {
        return Vec::new();
    };
    run(&role.query, role.node_capture, root, text)
        .into_iter()
        .filter_map(|h| {
            let callee = h.captures.iter().find(|(n, _)| *n == "callee")?.1;
            Some((
                (h.node.start_byte(), h.node.end_byte()),
                text[callee.byte_range()].to_string(),
            ))
        })
        .collect()
}

/// The name a function is called by: its own name, or the variable, property or key an
/// anonymous function is assigned to (`const revoke = () => ..`, `revoke: function () ..`,
/// `revoke := func() ..`).
fn function_name(node: Node<'_>, text: &str) -> Option<String> {
    let name_of = |n: Node<'_>| text[n.byte_range()].to_string();
    if let Some(name) = node.child_by_field_name("name") {
        return Some(name_of(name));
    }
    let parent = node.parent()?;
    let named = match parent.kind() {
        "variable_declarator" | "pair" | "public_field_definition" | "field_definition" => parent
            .child_by_field_name("name")
            .or_else(|| parent.child_by_field_name("key"))
            .or_else(|| parent.child_by_field_name("property")),
        "assignment_expression" | "assignment" => parent.child_by_field_name("left").map(|l| {
            l.child_by_field_name("property")
                .or_else(|| l.child_by_field_name("attribute"))
                .unwrap_or(l)
        }),
        "expression_list" => {
            // Go `revoke := func() {..}`: the name on the left.
            let decl = parent.parent()?;
            (decl.kind() == "short_var_declaration")
                .then(|| decl.child_by_field_name("left")?.named_child(0))
                .flatten()
        }
        _ => None,
    }?;
    let name = name_of(named);
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '$'))
    .then_some(name)
}
