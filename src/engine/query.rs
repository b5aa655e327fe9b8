//! Runs one tree-sitter query over a tree and returns its matches as `Hit`s: the node a
//! match stands for plus every capture by name. Text predicates (`#eq?`, `#match?`,
//! `#any-of?`) are applied by tree-sitter itself against the source bytes.

use streaming_iterator::StreamingIterator;
use tree_sitter::{Node, Query, QueryCursor};

/// One match: `node` is what it stands for, `captures` every (name, node) it bound.
#[derive(Clone, Debug)]
pub struct Hit<'t, 'q> {
    pub node: Node<'t>,
    /// Which pattern of the query matched (queries may hold several).
    pub pattern: usize,
    pub captures: Vec<(&'q str, Node<'t>)>,
}

/// All matches of `query` under `root`, in document order. The node of a match is the
/// `node_capture` capture; without one, the largest node the match captured.
pub fn run<'t, 'q>(
    query: &'q Query,
    node_capture: Option<u32>,
    root: Node<'t>,
    text: &str,
) -> Vec<Hit<'t, 'q>> {
    let names = query.capture_names();
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(query, root, text.as_bytes());
    let mut hits = Vec::new();
    while let Some(m) = matches.next() {
        let node = match node_capture {
            Some(index) => m
                .captures()
                .iter()
                .find(|c| c.index == index)
                .map(|c| c.node),
            None => m.captures().iter().map(|c| c.node).max_by_key(|n| {
                (
                    n.end_byte() - n.start_byte(),
                    std::cmp::Reverse(n.start_byte()),
                )
            }),
        };
        let Some(node) = node else { continue };
        let captures = m
            .captures()
            .iter()
            .map(|c| (names[c.index as usize], c.node))
            .collect();
        hits.push(Hit {
            node,
            pattern: m.pattern_index,
            captures,
        });
    }
    hits.sort_by_key(|h| (h.node.start_byte(), h.node.end_byte()));
    hits
}
