//! The documents the editor has open: their text as in the editor buffer (not on disk), the
//! version the client gave it, and the grammar its path picks (`None`: not ours to check).

use std::collections::BTreeMap;
use std::path::PathBuf;

use lsp_types::{Position, TextDocumentContentChangeEvent, Uri};

use super::convert;
use crate::lang::Grammar;

pub struct Document {
    pub uri: Uri,
    /// `None` for URIs that are no local file (`untitled:`).
    pub path: Option<PathBuf>,
    pub grammar: Option<Grammar>,
    pub version: i32,
    pub text: String,
}

#[derive(Default)]
pub struct Documents {
    /// By URI text, in order (so republishing is deterministic).
    open: BTreeMap<String, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Uri, version: i32, text: String) -> &Document {
        let path = convert::uri_to_path(uri.as_str());
        let grammar = path.as_deref().and_then(Grammar::from_path_explicit);
        let key = uri.as_str().to_string();
        let doc = Document {
            uri,
            path,
            grammar,
            version,
            text,
        };
        self.open.insert(key.clone(), doc);
        &self.open[&key]
    }

    /// Applies a `didChange`: whole-text changes replace the buffer, ranged ones are spliced
    /// in (UTF-16 positions). `None` when the document is not open.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Option<&Document> {
        let doc = self.open.get_mut(uri.as_str())?;
        for change in changes {
            match change.range {
                None => doc.text = change.text,
                Some(range) => {
                    let start = offset(&doc.text, range.start);
                    let end = offset(&doc.text, range.end).max(start);
                    doc.text.replace_range(start..end, &change.text);
                }
            }
        }
        doc.version = version;
        Some(doc)
    }

    pub fn close(&mut self, uri: &Uri) -> Option<Document> {
        self.open.remove(uri.as_str())
    }

    pub fn get(&self, uri: &str) -> Option<&Document> {
        self.open.get(uri)
    }

    pub fn uris(&self) -> Vec<String> {
        self.open.keys().cloned().collect()
    }
}

/// The byte offset of an LSP position (0-based line, UTF-16 column); positions past the end
/// of a line or of the text clamp to it.
pub fn offset(text: &str, pos: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..pos.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let mut units = 0u32;
    for (i, c) in text[line_start..line_end].char_indices() {
        if units >= pos.character {
            return line_start + i;
        }
        units += u32::try_from(c.len_utf16()).unwrap_or(2);
    }
    line_end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units() {
        let text = "a\né😀x = 1\nlast";
        let at = |line, character| offset(text, Position { line, character });
        assert_eq!(at(0, 0), 0);
        assert_eq!(at(1, 3), text.find('x').unwrap_or(0));
        assert_eq!(at(1, 99), text.find("\nlast").unwrap_or(0));
        assert_eq!(at(9, 0), text.len());
    }

    #[test]
    fn ranged_changes_are_spliced() {
        let mut docs = Documents::default();
        let uri: Uri = "file:///w/a.js".parse().expect("a valid URI");
        docs.open(uri.clone(), 1, "let é = 1;\nx();\n".into());
        let change = TextDocumentContentChangeEvent {
            range: Some(lsp_types::Range {
                start: Position {
                    line: 0,
                    character: 8,
                },
                end: Position {
                    line: 0,
                    character: 9,
                },
            }),
            range_length: None,
            text: "42".into(),
        };
        let doc = docs.change(&uri, 2, vec![change]).expect("open");
        assert_eq!(doc.text, "let é = 42;\nx();\n");
        assert_eq!(doc.version, 2);
        assert_eq!(doc.grammar, Some(Grammar::JavaScript));
    }
}
