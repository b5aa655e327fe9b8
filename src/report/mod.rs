//! Renders findings and per-file problems for people and machines. Knows findings and rules,
//! nothing else: no files are read here (a finding carries its source line), so every format
//! is a pure function of the scan result.

mod github;
mod json;
mod sarif;
mod text;

use crate::finding::{FileProblem, Finding};
use crate::rule::Rule;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Github,
}

/// Everything a report shows.
pub struct ReportInput<'a> {
    /// Sorted (path, line, column, rule).
    pub findings: &'a [Finding],
    /// Files that were skipped, sorted by path.
    pub problems: &'a [FileProblem],
    /// Every enabled rule, sorted by id (SARIF lists them all so `ruleIndex` is stable).
    pub rules: &'a [Rule],
    /// How many files were read and scanned.
    pub files_scanned: usize,
}

pub struct Options {
    /// ANSI colour in text output.
    pub color: bool,
    /// SARIF `runAutomationDetails.id` (`category/run-id`; GitHub reads the category).
    pub automation_id: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            color: false,
            automation_id: "sessionlint/".to_string(),
        }
    }
}

/// The whole report as one string, ending with a newline when not empty.
pub fn render(format: Format, input: &ReportInput<'_>, options: &Options) -> String {
    match format {
        Format::Text => text::render(input, options),
        Format::Json => json::render(input),
        Format::Sarif => sarif::render(input, options),
        Format::Github => github::render(input),
    }
}
