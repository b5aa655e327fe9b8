//! `--format text` (placeholder until the renderer lands).
use super::{Options, ReportInput};
pub fn render(input: &ReportInput<'_>, _options: &Options) -> String {
    input.findings.iter().map(|f| format!("{}:{}:{}: {} [{}]\n", f.path, f.span.start.line, f.span.start.column, f.message, f.rule)).collect()
}
