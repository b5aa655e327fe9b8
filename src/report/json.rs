//! `--format json`: `{"findings": [...], "errors": [...]}`, one object per finding with
//! 1-based lines and columns (columns in Unicode characters; `end_column` is exclusive).

use serde::Serialize;

use super::ReportInput;
use crate::finding::FileProblem;
use crate::rule::{Category, Confidence, Severity};

#[derive(Serialize)]
struct JsonReport<'a> {
    findings: Vec<JsonFinding<'a>>,
    errors: &'a [FileProblem],
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    category: Option<Category>,
    severity: Severity,
    confidence: Confidence,
    path: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: &'a str,
    fingerprint: &'a str,
    /// Present with `--include-suppressed` on silenced findings: the comment's reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressed: Option<&'a str>,
}

pub fn render(input: &ReportInput<'_>) -> String {
    let report = JsonReport {
        findings: input
            .findings
            .iter()
            .map(|f| JsonFinding {
                rule: &f.rule,
                category: f.category,
                severity: f.severity,
                confidence: f.confidence,
                path: &f.path,
                line: f.span.start.line,
                column: f.span.start.column,
                end_line: f.span.end.line,
                end_column: f.span.end.column,
                message: &f.message,
                fingerprint: &f.fingerprint,
                suppressed: f.suppressed.as_deref(),
            })
            .collect(),
        errors: input.problems,
    };
    let mut out =
        serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}
