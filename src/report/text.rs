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

use annotate_snippets::{normalize_untrusted_str, AnnotationKind, Level, Renderer, Snippet};

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
    let note = format!("{}, confidence: {}", f.category_label(), f.confidence);
    let report = &[level
        .primary_title(f.message.as_str())
        .id(normalize_untrusted_str(&f.rule))
        .element(
            Snippet::source(line)
                .line_start(f.span.start.line as usize)
                // File names can hold control characters; the renderer cleans the rest.
                .path(normalize_untrusted_str(&f.path))
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
        let next = line[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
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
    format!(
        "Found {} ({}, {}, {}) in {files}.",
        plural(findings.len(), "finding", "findings"),
        plural(count(Severity::Error), "error", "errors"),
        plural(count(Severity::Warning), "warning", "warnings"),
        plural(count(Severity::Note), "note", "notes"),
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Position, Span};
    use crate::rule::{Category, Confidence};

    fn finding(
        line: &str,
        (l1, c1): (u32, u32),
        (l2, c2): (u32, u32),
        severity: Severity,
    ) -> Finding {
        let pos = |line: u32, column: u32| Position {
            line,
            column,
            utf16_column: column,
        };
        Finding {
            rule: "hardcoded-secret/express-session-secret".into(),
            category: Some(Category::HardcodedSecret),
            severity,
            confidence: Confidence::High,
            path: "src/app.js".into(),
            span: Span {
                start_byte: 0,
                end_byte: 0,
                start: pos(l1, c1),
                end: pos(l2, c2),
            },
            message: "express-session `secret` is hard-coded".into(),
            source_line: line.into(),
            snippet: line.trim().into(),
            line_hash: "0".into(),
            fingerprint: "0".into(),
            suppressed: None,
        }
    }

    fn render_plain(findings: &[Finding], files: usize) -> String {
        let input = ReportInput {
            findings,
            problems: &[],
            rules: &[],
            files_scanned: files,
        };
        render(&input, &Options::default())
    }

    /// The line holding the carets, and the source line above it.
    fn underline(out: &str) -> (&str, &str) {
        let lines: Vec<&str> = out.lines().collect();
        let i = lines
            .iter()
            .position(|l| l.contains('^'))
            .expect("no carets");
        (lines[i - 1], lines[i])
    }

    #[test]
    fn plain_rendering_is_exact() {
        let f = finding(
            r#"    secret: "keyboard cat","#,
            (10, 5),
            (10, 27),
            Severity::Error,
        );
        let out = render_plain(&[f], 2);
        let want = r#"error[hardcoded-secret/express-session-secret]: express-session `secret` is hard-coded
  --> src/app.js:10:5
   |
10 |     secret: "keyboard cat",
   |     ^^^^^^^^^^^^^^^^^^^^^^
   |
   = category: hardcoded-secret, confidence: high

Found 1 finding (1 error, 0 warnings, 0 notes) in 2 files.
"#;
        assert_eq!(out, want);
    }

    #[test]
    fn multi_line_span_is_underlined_to_the_end_of_its_first_line() {
        let f = finding("app.use(session({", (3, 9), (6, 3), Severity::Warning);
        let out = render_plain(&[f], 1);
        assert!(
            out.starts_with("warning[hardcoded-secret/express-session-secret]: "),
            "{out}"
        );
        assert!(out.contains(" --> src/app.js:3:9\n"), "{out}");
        let (src, carets) = underline(&out);
        assert_eq!(src, "3 | app.use(session({");
        assert_eq!(carets, "  |         ^^^^^^^^^");
    }

    #[test]
    fn tabs_do_not_misalign_the_carets() {
        // Column 3 is `s`: after two tabs.
        let f = finding("\t\tsecret: \"x\",", (7, 3), (7, 14), Severity::Error);
        let out = render_plain(&[f], 1);
        let (src, carets) = underline(&out);
        let code = src.find('s').expect("source shown");
        let first = carets.find('^').expect("carets");
        assert_eq!(first, code, "\n{src}\n{carets}");
        assert_eq!(
            carets[first..].trim_end(),
            "^".repeat("secret: \"x\"".len())
        );
        assert!(!out.contains('\t'), "tabs are expanded: {out:?}");
    }

    #[test]
    fn non_ascii_and_wide_characters_are_underlined_by_display_width() {
        // `é` is one column wide, each of `日本語` two; the span is `"日本語"` (5 chars).
        let line = "  sé = \"日本語\"; // ok";
        let f = finding(line, (1, 8), (1, 13), Severity::Note);
        let out = render_plain(&[f], 1);
        assert!(out.contains(" --> src/app.js:1:8\n"), "{out}");
        let (src, carets) = underline(&out);
        let prefix = &src[..src.find('"').expect("quote")];
        let first = carets.find('^').expect("carets");
        assert_eq!(first, prefix.chars().count(), "\n{src}\n{carets}");
        // Two quotes of width 1 and three characters of width 2.
        assert_eq!(
            carets[first..].trim_end(),
            "^".repeat(8),
            "\n{src}\n{carets}"
        );
    }

    #[test]
    fn empty_span_points_at_one_character() {
        let f = finding("let x = 1;", (1, 5), (1, 5), Severity::Error);
        let out = render_plain(&[f], 1);
        let (_, carets) = underline(&out);
        assert_eq!(carets, "  |     ^");
    }

    #[test]
    fn odd_spans_do_not_panic() {
        for (line, start, end) in [
            ("", (1, 1), (1, 1)),
            ("abc", (1, 9), (1, 12)),
            ("abc", (1, 3), (1, 2)),
            ("日本", (1, 2), (4, 1)),
            ("\u{1b}[31mred\u{7}", (1, 1), (1, 9)),
        ] {
            let out = render_plain(&[finding(line, start, end, Severity::Error)], 1);
            assert!(out.contains(" --> src/app.js:"), "{out}");
            assert!(
                !out.contains('\u{1b}'),
                "control characters are not passed through: {out:?}"
            );
        }
    }

    #[test]
    fn escape_codes_in_messages_and_paths_are_not_passed_through() {
        let mut f = finding("x = 1", (1, 1), (1, 2), Severity::Error);
        f.message = "bad \u{1b}]0;title\u{7} \u{1b}[2J message".into();
        f.path = "evil\u{1b}[31m.js".into();
        let out = render_plain(&[f], 1);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }

    #[test]
    fn no_ansi_without_colour_and_ansi_with_it() {
        let findings = [finding(
            "    secret: \"k\",",
            (1, 5),
            (1, 16),
            Severity::Error,
        )];
        let input = ReportInput {
            findings: &findings,
            problems: &[],
            rules: &[],
            files_scanned: 1,
        };
        let plain = render(
            &input,
            &Options {
                color: false,
                ..Options::default()
            },
        );
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        let coloured = render(
            &input,
            &Options {
                color: true,
                ..Options::default()
            },
        );
        assert!(coloured.contains("\u{1b}["), "{coloured:?}");
        let stripped = strip_ansi(&coloured);
        assert_eq!(stripped, plain);
    }

    fn strip_ansi(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                // CSI: ESC [ parameters final-byte
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn summary_wording() {
        assert_eq!(render_plain(&[], 0), "No findings in 0 files.\n");
        assert_eq!(render_plain(&[], 1), "No findings in 1 file.\n");
        let e = finding("x", (1, 1), (1, 2), Severity::Error);
        let w = finding("x", (2, 1), (2, 2), Severity::Warning);
        let n = finding("x", (3, 1), (3, 2), Severity::Note);
        assert_eq!(
            summary(std::slice::from_ref(&e), 1),
            "Found 1 finding (1 error, 0 warnings, 0 notes) in 1 file."
        );
        assert_eq!(
            summary(&[e.clone(), e, w.clone(), w, n.clone()], 3),
            "Found 5 findings (2 errors, 2 warnings, 1 note) in 3 files."
        );
        let out = render_plain(&[n], 4);
        assert!(
            out.ends_with("\n\nFound 1 finding (0 errors, 0 warnings, 1 note) in 4 files.\n"),
            "{out}"
        );
    }
}
