//! What a scan produces: findings with positions in every unit a consumer needs, and the
//! per-file problems that were reported and skipped. Positions are computed once here, from
//! byte offsets, so text, JSON, SARIF, GitHub and LSP output cannot disagree.

use serde::Serialize;

use crate::rule::{Category, Confidence, Severity};

/// A position in a source file. Lines and columns are 1-based.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    pub line: u32,
    /// Column in Unicode scalar values: what a person counts and what terminals show.
    pub column: u32,
    /// Column in UTF-16 code units: what SARIF (`columnKind: utf16CodeUnits`) and LSP use.
    pub utf16_column: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start_byte: usize,
    pub end_byte: usize,
    pub start: Position,
    pub end: Position,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: String,
    /// `None` only for sessionlint's own diagnostics about unknown rule ids.
    pub category: Option<Category>,
    pub severity: Severity,
    pub confidence: Confidence,
    /// The path as the user would type it (see `walk::display_path`).
    pub path: String,
    pub span: Span,
    pub message: String,
    /// The source line the finding starts on, without its line terminator.
    pub source_line: String,
    /// `source_line` whitespace-normalised; input of the stable key.
    pub snippet: String,
    /// GitHub's `primaryLocationLineHash` for the start line.
    pub line_hash: String,
    /// Our own key, stable under line moves and re-indentation: rule, path, snippet, occurrence.
    pub fingerprint: String,
    /// Silenced by a `sessionlint-ignore` comment, with its reason (may be empty).
    pub suppressed: Option<String>,
}

impl Finding {
    /// The category for display; `-` for diagnostics that have none.
    pub fn category_label(&self) -> &'static str {
        self.category.map_or("-", Category::name)
    }

    /// The order of every report: path, line, column, rule, then the rest for a total order.
    pub fn sort_key(&self) -> (&str, u32, u32, &str, usize, &str) {
        (
            &self.path,
            self.span.start.line,
            self.span.start.column,
            &self.rule,
            self.span.end_byte,
            &self.message,
        )
    }
}

/// A file that could not be scanned, or (`Syntax`) a configuration file that was scanned only
/// in the parts that parse. The scan goes on; the problem is reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileProblem {
    pub path: String,
    pub kind: ProblemKind,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    NotFound,
    Unreadable,
    Binary,
    NotUtf8,
    TooLarge,
    Unsupported,
    Syntax,
    Unparsable,
}

/// Maps byte offsets of one source text to line and column positions.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts }
    }

    /// The position of a byte offset. An offset inside a multi-byte character counts as the
    /// start of that character; offsets past the end clamp to the end.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &self.text[start..end];
        Position {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(before.chars().count() + 1).unwrap_or(u32::MAX),
            utf16_column: u32::try_from(before.encode_utf16().count() + 1).unwrap_or(u32::MAX),
        }
    }

    pub fn span(&self, start_byte: usize, end_byte: usize) -> Span {
        Span {
            start_byte,
            end_byte,
            start: self.position(start_byte),
            end: self.position(end_byte),
        }
    }

    /// The text of a 1-based line without its line terminator (`\n` or `\r\n`).
    pub fn line_text(&self, line: u32) -> &'a str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.text.len(), |&next| next - 1);
        let line = &self.text[start..end.max(start)];
        line.strip_suffix('\r').unwrap_or(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_utf16_units() {
        // `é` is 2 bytes, 1 char, 1 UTF-16 unit; `😀` is 4 bytes, 1 char, 2 UTF-16 units.
        let text = "a\né😀x = 1\n";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        let p = idx.position(x);
        assert_eq!((p.line, p.column, p.utf16_column), (2, 3, 4));
        assert_eq!(idx.line_text(2), "é😀x = 1");
    }

    #[test]
    fn crlf_lines_have_no_carriage_return() {
        let text = "one\r\ntwo\r\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_text(1), "one");
        assert_eq!(idx.line_text(2), "two");
        let p = idx.position(text.find('w').unwrap());
        assert_eq!((p.line, p.column), (2, 2));
        assert_eq!(idx.line_text(9), "");
    }
}
