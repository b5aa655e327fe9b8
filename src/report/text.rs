//! `--format text`: rustc-style diagnostics for people, rendered with `annotate-snippets`.
//!
//! ```text
//! error[hardcoded-secret/express-session-secret]: express-session `secret` is hard-coded
//!   --> app.js:10:5
//!    |
//! 10 |     secret: "keyboard cat",
//!    |     ^^^^^^^^^^^^^^^^^^^^^^
//!    |
//!    = category: hardcoded-secret, confidence: high
//! ```
//!
//! A finding carries only its start line, so a span that runs over several lines is
//! underlined to the end of its first line. Columns are Unicode scalar values; the
//! renderer expands tabs and measures wide characters, so carets line up with what a
//! terminal shows. Colour is ANSI and only when asked for.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use super::{Options, ReportInput};
use crate::finding::Finding;
use crate::rule::Severity;

pub fn render(input: &ReportInput<'_>, options: &Options) -> String {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for finding in input.findings {
        out.push_str(&render_finding(&renderer, finding));
        out.push_str("\n\n");
    }
    out.push_str(&summary(input.findings, input.files_scanned));
    out.push('\n');
    out
}

fn render_finding(renderer: &Renderer, f: &Finding) -> String {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let line = f.source_line.as_str();
    let (start, end) = underline_range(f, line);
    let note = format!("{}, confidence: {}", f.category, f.confidence);
    let report = &[level
        .primary_title(f.message.as_str())
        .id(f.rule.as_str())
        .element(
            Snippet::source(line)
                .line_start(f.span.start.line as usize)
                .path(f.path.as_str())
                .fold(false)
                .annotation(AnnotationKind::Primary.span(start..end)),
        )
        .element(Level::NOTE.with_name("category").message(note))];
    renderer.render(report)
}

/// The byte range of `line` to underline: from the start column to the end column when the
/// span ends on the same line, else to the end of the line. Never empty unless the line is.
fn underline_range(f: &Finding, line: &str) -> (usize, usize) {
    let start = byte_of_column(line, f.span.start.column);
    let end = if f.span.end.line == f.span.start.line {
        byte_of_column(line, f.span.end.column).max(start)
    } else {
        line.len()
    };
    if end > start {
        (start, end)
    } else {
        // An empty span (or one starting at the line end): point at one character.
        let next = line[start..].chars().next().map_or(start, |c| start + c.len_utf8());
        (start, next)
    }
}

/// The byte offset in `line` of a 1-based column counted in Unicode scalar values,
/// clamped to the end of the line.
fn byte_of_column(line: &str, column: u32) -> usize {
    let skip = (column as usize).saturating_sub(1);
    line.char_indices().nth(skip).map_or(line.len(), |(i, _)| i)
}

fn summary(findings: &[Finding], files: usize) -> String {
    let files = plural(files, "file", "files");
    if findings.is_empty() {
        return format!("No findings in {files}.");
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let mut out = String::new();
    let _ = write!(
        out,
        "Found {} ({}, {}, {}) in {files}.",
        plural(findings.len(), "finding", "findings"),
        plural(count(Severity::Error), "error", "errors"),
        plural(count(Severity::Warning), "warning", "warnings"),
        plural(count(Severity::Note), "note", "notes"),
    );
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
