//! Relations between a match and other patterns of the same file: `inside`, `has`,
//! `preceded-by` and their negations, with capture unification. Each relation pattern runs
//! once per file; its hits are cached here for every rule that uses it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use tree_sitter::Node;

use super::query::{run, Hit};
use crate::lang::Grammar;
use tree_sitter::Query;

use crate::rule::{is_shared_capture, Alternative, Matcher, Pattern, RelationKind};

/// What the relations of one file need: the tree, its text and the cached pattern hits.
pub struct FileContext<'t, 'r> {
    text: &'t str,
    root: Node<'t>,
    function_role: Option<&'r Pattern>,
    class_role: Option<&'r Pattern>,
    cache: RefCell<HashMap<usize, Rc<Vec<Hit<'t, 'r>>>>>,
    _grammar: Grammar,
}

impl<'t, 'r> FileContext<'t, 'r> {
    pub fn new(
        text: &'t str,
        grammar: Grammar,
        root: Node<'t>,
        function_role: Option<&'r Pattern>,
        class_role: Option<&'r Pattern>,
    ) -> Self {
        FileContext {
            text,
            root,
            function_role,
            class_role,
            cache: RefCell::new(HashMap::new()),
            _grammar: grammar,
        }
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
    ) -> Option<Vec<(&'r str, String)>> {
        let mut bindings: Vec<(&'r str, String)> = Vec::new();
        for (name, node) in &hit.captures {
            if !bindings.iter().any(|(n, _)| n == name) {
                bindings.push((name, self.text(*node).to_string()));
            }
        }
        // Positives first, so that negatives see every binding the positives made.
        let ordered = matcher
            .relations
            .iter()
            .filter(|r| !r.kind.is_negative())
            .chain(matcher.relations.iter().filter(|r| r.kind.is_negative()));
        for relation in ordered {
            let mut found: Option<Hit<'t, 'r>> = None;
            let scope = self.scope(hit.node);
            for alternative in &relation.alternatives {
                let hits = self.hits(&alternative.pattern);
                found = hits
                    .iter()
                    .find(|r| {
                        relates(relation.kind, hit.node, r.node, scope)
                            && self.passes_filter(alternative, r)
                            && self.unifies(&bindings, &matcher.query, r)
                    })
                    .cloned();
                if found.is_some() {
                    break;
                }
            }
            match (relation.kind.is_negative(), found) {
                (true, Some(_)) | (false, None) => return None,
                (false, Some(r)) => {
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
        RelationKind::FileHas | RelationKind::NotFileHas => true,
    }
}
