//! `sessionlint lsp`: the language server editors start (LSP 3.17 over standard input and
//! output, push diagnostics). Another shell over the same core as `check`, so the editor and
//! the CLI give the same answers:
//!
//! - configuration and rules come from `cli::load_config`/`cli::load_rules`, per workspace
//!   folder (files outside every folder get the configuration found above them);
//! - at `initialized` every workspace folder is walked once (`walk::discover` + `walk::read`)
//!   and the facts of each file (`facts::file_facts`) are kept by path; an open document's
//!   facts come from the editor buffer, and the merged facts feed `engine::scan_file`;
//! - positions are the findings' UTF-16 columns, paths are shown relative to the folder.
//!
//! The parts: [`transport`] (framing, tolerant of garbage), [`server`] (lifecycle and
//! dispatch), [`documents`] (the open buffers), [`workspace`] (configuration, rules and facts
//! per folder) and [`convert`] (URIs and findings to LSP types).

mod convert;
mod documents;
mod server;
mod transport;
mod workspace;

use crate::cli::RuleSelection;

/// Serves on standard input and output until `exit` (or the end of input). Returns the
/// process exit code: 0 after `shutdown` then `exit`, 1 otherwise.
pub fn run(selection: RuleSelection) -> u8 {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    server::serve(stdin.lock(), stdout.lock(), selection)
}

pub use server::serve;
