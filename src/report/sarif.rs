//! `--format sarif` (placeholder until the emitter lands).
use super::{Options, ReportInput};
pub fn render(_input: &ReportInput<'_>, _options: &Options) -> String {
    String::new()
}
