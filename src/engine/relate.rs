//! Relations between a match and other patterns: `inside`, `has`, `preceded-by`,
//! `file-has` and their negations within the file, with capture unification; through calls
//! into project functions (`follow-calls`) and anywhere in the project (`project-has`) with
//! the merged project facts. Each relation pattern runs once per file; its hits are cached
//! here for every rule that uses it.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use tree_sitter::{Node, Query};

use super::facts::{call_sites, ProjectFacts};
use super::query::{run, Hit};
use crate::lang::Grammar;
use crate::rule::{
    is_shared_capture, Alternative, Matcher, Pattern, Relation, RelationKind, RuleSet,
};

/// What the relations of one file need: the tree, its text, the project facts and the
/// cached pattern hits.
pub struct FileContext<'t, 'r> {
    text: &'t str,
    path: &'t str,
    grammar: Grammar,
    root: Node<'t>,
    rules: &'r RuleSet,
    facts: &'r ProjectFacts,
    function_role: Option<&'r Pattern>,
    class_role: Option<&'r Pattern>,
    cache: RefCell<HashMap<usize, Rc<Vec<Hit<'t, 'r>>>>>,
    calls: OnceCell<Vec<((usize, usize), String)>>,
}

/// How a relation alternative was found.
enum Evidence<'t, 'r> {
    /// A node of this file: its captures join the bindings.
    Node(Hit<'t, 'r>),
    /// Through a call into a project function, or somewhere in the project.
    Elsewhere,
}

impl<'t, 'r> FileContext<'t, 'r> {
    pub fn new(
        text: &'t str,
        path: &'t str,
        grammar: Grammar,
        root: Node<'t>,
        rules: &'r RuleSet,
        facts: &'r ProjectFacts,
    ) -> Self {
        FileContext {
            text,
            path,
            grammar,
            root,
            rules,
            facts,
            function_role: rules.role(grammar, "function"),
            class_role: rules.role(grammar, "class"),
            cache: RefCell::new(HashMap::new()),
            calls: OnceCell::new(),
        }
    }

    fn calls(&self) -> &[((usize, usize), String)] {
        self.calls
            .get_or_init(|| call_sites(self.rules, self.grammar, self.root, self.text))
    }

    /// Evidence through calls: a call in the right place (inside the match for `has`,
    /// before it in scope for `preceded-by`) to a project function that reaches the pattern.
    fn through_calls(
        &self,
        kind: RelationKind,
        node: Node<'t>,
        scope: Node<'t>,
        key: &str,
        depth: u8,
    ) -> bool {
        let placed = |(start, end): (usize, usize)| match kind {
            RelationKind::Has | RelationKind::NotHas => {
                node.start_byte() <= start && end <= node.end_byte()
            }
            RelationKind::PrecededBy | RelationKind::NotPrecededBy => {
                end <= node.start_byte() && scope.start_byte() <= start && end <= scope.end_byte()
            }
            RelationKind::FollowedBy | RelationKind::NotFollowedBy => {
                node.end_byte() <= start && scope.start_byte() <= start && end <= scope.end_byte()
            }
            _ => false,
        };
        self.calls().iter().any(|(range, callee)| {
            placed(*range)
                && self
                    .facts
                    .reaches(self.grammar.lang().family(), self.path, callee, key, depth)
        })
    }

    /// The first way `alternative` stands in `kind` relation to the match, if any.
    fn find(
        &self,
        kind: RelationKind,
        matcher: &'r Matcher,
        alternative: &'r Alternative,
        hit: &Hit<'t, 'r>,
        scope: Node<'t>,
        bindings: &[(&str, String)],
    ) -> Option<Evidence<'t, 'r>> {
        if matches!(kind, RelationKind::ProjectHas | RelationKind::NotProjectHas) {
            return self
                .facts
                .present(&alternative.pattern.key)
                .then_some(Evidence::Elsewhere);
        }
        let direct = self
            .hits(&alternative.pattern)
            .iter()
            .find(|r| {
                relates(kind, hit.node, r.node, scope)
                    && self.passes_filter(alternative, r)
                    && self.unifies(bindings, &matcher.query, r)
            })
            .cloned();
        if let Some(r) = direct {
            return Some(Evidence::Node(r));
        }
        let deep = matcher.follow_calls > 0
            && matches!(
                kind,
                RelationKind::Has
                    | RelationKind::NotHas
                    | RelationKind::PrecededBy
                    | RelationKind::NotPrecededBy
                    | RelationKind::FollowedBy
                    | RelationKind::NotFollowedBy
            );
        (deep
            && self.through_calls(
                kind,
                hit.node,
                scope,
                &alternative.pattern.key,
                matcher.follow_calls,
            ))
        .then_some(Evidence::Elsewhere)
    }

    fn text(&self, node: Node<'t>) -> &'t str {
        &self.text[node.byte_range()]
    }

    fn hits(&self, pattern: &'r Pattern) -> Rc<Vec<Hit<'t, 'r>>> {
        let key = std::ptr::from_ref(pattern) as usize;
        if let Some(hits) = self.cache.borrow().get(&key) {
            return Rc::clone(hits);
        }
        let hits = Rc::new(run(
            &pattern.query,
            pattern.node_capture,
            self.root,
            self.text,
        ));
        self.cache.borrow_mut().insert(key, Rc::clone(&hits));
        hits
    }

    /// Checks every relation of `matcher` for `hit`. On success returns the bindings: the
    /// shared captures of the match and of the positive relations that held.
    pub fn relate(
        &self,
        matcher: &'r Matcher,
        hit: &Hit<'t, 'r>,
        extra: Vec<(&'r str, String)>,
    ) -> Option<Vec<(&'r str, String)>> {
        let mut bindings: Vec<(&'r str, String)> = extra;
        for (name, node) in &hit.captures {
            if !bindings.iter().any(|(n, _)| n == name) {
                bindings.push((name, self.text(*node).to_string()));
            }
        }
        // Positives first, so that negatives see every binding the positives made; within
        // each, the order of the rule format (`inside` binds before `file-has` unifies).
        let mut ordered: Vec<&Relation> = matcher.relations.iter().collect();
        ordered.sort_by_key(|r| r.kind.is_negative());
        let scope = self.scope(hit.node);
        for relation in ordered {
            let setting = relation
                .config
                .iter()
                .any(|c| self.facts.setting_present(c, &bindings))
                .then_some(Evidence::Elsewhere);
            let found = setting.or_else(|| {
                relation
                    .alternatives
                    .iter()
                    .find_map(|alt| self.find(relation.kind, matcher, alt, hit, scope, &bindings))
            });
            match (relation.kind.is_negative(), found) {
                (true, Some(_)) | (false, None) => return None,
                (false, Some(Evidence::Elsewhere)) => {}
                (false, Some(Evidence::Node(r))) => {
                    for (name, node) in &r.captures {
                        if is_shared_capture(name) && !bindings.iter().any(|(n, _)| n == name) {
                            bindings.push((name, self.text(*node).to_string()));
                        }
                    }
                }
                (true, None) => {}
            }
        }
        Some(bindings)
    }

    /// `role:NAME(REGEX)`: one of the hit's public captures matches REGEX.
    fn passes_filter(&self, alternative: &Alternative, hit: &Hit<'t, '_>) -> bool {
        alternative.filter.as_ref().is_none_or(|re| {
            hit.captures
                .iter()
                .any(|(name, node)| is_shared_capture(name) && re.is_match(self.text(*node)))
        })
    }

    /// Shared captures bound on both sides must have the same text. A name the main query
    /// declares but this match left unbound (another alternative of the query) unifies with
    /// nothing: the relation was written about that capture.
    fn unifies(&self, bindings: &[(&str, String)], main: &Query, other: &Hit<'t, '_>) -> bool {
        other.captures.iter().all(|(name, node)| {
            if !is_shared_capture(name) {
                return true;
            }
            match bindings.iter().find(|(n, _)| n == name) {
                Some((_, text)) => text == self.text(*node),
                None => main.capture_index_for_name(name).is_none(),
            }
        })
    }

    /// The scope of `preceded-by`: the outermost function around `node` that is reached
    /// without leaving a class, so a lambda or closure sees the statements of the function
    /// it sits in; the whole file when no function is around.
    fn scope(&self, node: Node<'t>) -> Node<'t> {
        let Some(role) = self.function_role else {
            return self.root;
        };
        let mut functions: Vec<Node<'t>> = self
            .hits(role)
            .iter()
            .map(|h| h.node)
            .filter(|f| contains(*f, node) && f.id() != node.id())
            .collect();
        functions.sort_by_key(|f| f.end_byte() - f.start_byte());
        functions.dedup_by_key(|f| f.id());
        let classes: Vec<Node<'t>> = self
            .class_role
            .map(|c| self.hits(c).iter().map(|h| h.node).collect())
            .unwrap_or_default();
        let mut scope = None;
        for f in functions {
            if let Some(inner) = scope {
                // A class between the two functions ends the climb.
                if classes
                    .iter()
                    .any(|c| contains(f, *c) && contains(*c, inner))
                {
                    break;
                }
            }
            scope = Some(f);
        }
        scope.unwrap_or(self.root)
    }
}

fn contains(outer: Node<'_>, inner: Node<'_>) -> bool {
    outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
}

/// Does `other` stand in `kind` relation to the match `node`?
fn relates(kind: RelationKind, node: Node<'_>, other: Node<'_>, scope: Node<'_>) -> bool {
    match kind {
        RelationKind::Inside | RelationKind::NotInside => {
            contains(other, node) && other.id() != node.id()
        }
        RelationKind::Has | RelationKind::NotHas => {
            contains(node, other) && other.id() != node.id()
        }
        RelationKind::PrecededBy | RelationKind::NotPrecededBy => {
            other.end_byte() <= node.start_byte() && contains(scope, other)
        }
        RelationKind::FollowedBy | RelationKind::NotFollowedBy => {
            node.end_byte() <= other.start_byte() && contains(scope, other)
        }
        RelationKind::FileHas
        | RelationKind::NotFileHas
        | RelationKind::ProjectHas
        | RelationKind::NotProjectHas => true,
    }
}
