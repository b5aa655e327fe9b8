//! Entry point: arguments → `cli::run` → exit code. Errors become one message on stderr and
//! exit code 2; clap's own usage errors also exit with 2.

use std::process::ExitCode;

use clap::Parser;
use sessionlint::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("sessionlint: error: {e}");
            ExitCode::from(cli::EXIT_ERROR)
        }
    }
}
