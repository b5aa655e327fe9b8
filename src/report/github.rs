//! `--format github`: GitHub Actions workflow commands, one annotation per finding
//! (`::error file=..,line=..::message`) and a warning per skipped file. Escaping follows
//! actions/toolkit (`escapeData`, `escapeProperty`).

use std::fmt::Write as _;

use super::ReportInput;
use crate::rule::Severity;

pub fn render(input: &ReportInput<'_>) -> String {
    let mut out = String::new();
    for f in input.findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let _ = writeln!(
            out,
            "::{level} title={},file={},line={},col={},endLine={},endColumn={}::{}",
            property(&format!("sessionlint {} ({})", f.rule, f.category_label())),
            property(&f.path),
            f.span.start.line,
            f.span.start.column,
            f.span.end.line,
            f.span.end.column,
            data(&format!(
                "{}:{}:{}: {} [{}]",
                f.path, f.span.start.line, f.span.start.column, f.message, f.rule
            )),
        );
    }
    for p in input.problems {
        let _ = writeln!(
            out,
            "::warning title=sessionlint skipped a file,file={}::{}",
            property(&p.path),
            data(&format!("{}: {}", p.path, p.message))
        );
    }
    out
}

fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_actions_toolkit() {
        assert_eq!(data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
