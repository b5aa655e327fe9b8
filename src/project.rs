//! Scanning a set of files as one project: read them all, collect the facts of every file
//! (first pass), then scan each file with the merged facts (second pass). Files are read,
//! parsed and matched in parallel on the current rayon pool; the result is sorted, so it is
//! the same whatever the thread count. Shared by the CLI and the corpus harness.

use rayon::prelude::*;

use crate::engine::{self, facts, ProjectFacts};
use crate::finding::{FileProblem, Finding};
use crate::rule::RuleSet;
use crate::walk::{self, SourceFile};

#[derive(Debug, Default)]
pub struct ProjectScan {
    /// Sorted by (path, line, column, rule).
    pub findings: Vec<Finding>,
    /// Files that were skipped, sorted by path.
    pub problems: Vec<FileProblem>,
    pub files_scanned: usize,
}

pub fn scan_files(files: &[SourceFile], max_size: u64, rules: &RuleSet) -> ProjectScan {
    let texts: Vec<(&SourceFile, Result<String, FileProblem>)> = files
        .par_iter()
        .map(|file| (file, walk::read(file, max_size)))
        .collect();
    let project = if facts::needs_facts(rules) {
        let per_file: Vec<facts::FileFacts> = texts
            .par_iter()
            .filter_map(|(file, text)| {
                let text = text.as_ref().ok()?;
                Some(facts::file_facts(&file.display, text, file.grammar, rules))
            })
            .collect();
        ProjectFacts::merge(per_file)
    } else {
        ProjectFacts::default()
    };
    type Scanned = (Vec<Finding>, Option<FileProblem>);
    let results: Vec<Result<Scanned, FileProblem>> = texts
        .into_par_iter()
        .map(|(file, text)| {
            let text = text?;
            Ok(engine::scan_file(
                &file.display,
                &text,
                file.grammar,
                rules,
                &project,
            ))
        })
        .collect();
    let mut scan = ProjectScan::default();
    for result in results {
        match result {
            Ok((findings, notice)) => {
                let skipped = notice
                    .as_ref()
                    .is_some_and(|n| n.kind == crate::finding::ProblemKind::Unparsable);
                scan.files_scanned += usize::from(!skipped);
                scan.findings.extend(findings);
                scan.problems.extend(notice);
            }
            Err(problem) => scan.problems.push(problem),
        }
    }
    scan.findings
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    scan.problems
        .sort_by(|a, b| (&a.path, a.kind).cmp(&(&b.path, b.kind)));
    scan
}
