//! The fixture harness behind `cargo test` and `sessionlint test`. `<corpus>/<rule id>/` holds
//! source files whose comments state expectations for the next line:
//! `expect:` (a finding of the rule starts there), `ok:` (a safe look-alike: none may),
//! `todo-expect:` / `todo-ok:` (known misses and false alarms: reported, not failing, until
//! they start passing, which fails so they get promoted). Lines without a comment must have
//! no finding. Every rule needs at least one `expect` and one `ok` per language it supports,
//! every folder needs a rule, and every `[[example]]` pair must behave.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regex::Regex;
use std::sync::LazyLock;

use crate::engine;
use crate::lang::{Grammar, Lang};
use crate::project;
use crate::rule::{Rule, RuleSet};
use crate::walk::SourceFile;

static EXPECTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?://+|#+|/\*+|\*|<!--)\s*(expect|ok|todo-expect|todo-ok):\s*(.*?)\s*(?:\*/|-->)?\s*$")
        .expect("static regex")
});

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Expect,
    Ok,
    TodoExpect,
    TodoOk,
}

/// An expectation comment: what it says about which (1-based) line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    pub mark: Mark,
    pub line: u32,
    pub why: String,
}

/// Reads the expectation comments of a fixture.
pub fn expectations(text: &str) -> Vec<Expectation> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(c) = EXPECTATION.captures(line) {
            let mark = match &c[1] {
                "expect" => Mark::Expect,
                "ok" => Mark::Ok,
                "todo-expect" => Mark::TodoExpect,
                _ => Mark::TodoOk,
            };
            out.push(Expectation {
                mark,
                line: u32::try_from(i + 2).unwrap_or(u32::MAX),
                why: c[2].to_string(),
            });
        }
    }
    out
}

#[derive(Debug, Default)]
pub struct CorpusReport {
    pub failures: Vec<String>,
    /// Known misses and false alarms still open.
    pub todos: Vec<String>,
    /// (rule, language) → (expect count, ok count).
    pub coverage: BTreeMap<(String, Lang), (usize, usize)>,
    pub files: usize,
    pub checks: usize,
    /// Checks (of `checks`) that failed; other failures are structural (missing folders,
    /// coverage) and are not checks.
    failed_checks: usize,
}

impl CorpusReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        for t in &self.todos {
            out.push_str(&format!("todo: {t}\n"));
        }
        for f in &self.failures {
            out.push_str(&format!("FAIL: {f}\n"));
        }
        let rules: std::collections::BTreeSet<&String> =
            self.coverage.keys().map(|(r, _)| r).collect();
        out.push_str(&format!(
            "{} rules, {} fixture files, {} expectations and examples checked, {} todo\n",
            rules.len(),
            self.files,
            self.checks,
            self.todos.len()
        ));
        out.push_str(&format!(
            "corpus: {} passed, {} failed\n",
            self.checks.saturating_sub(self.failed_checks),
            self.failures.len()
        ));
        out
    }

    fn fail(&mut self, message: String) {
        self.failures.push(message);
    }

    fn fail_check(&mut self, message: String) {
        self.failed_checks += 1;
        self.failures.push(message);
    }
}

/// Runs every rule of `rules` against its fixtures under `corpus`.
pub fn run(rules: &RuleSet, corpus: &Path) -> CorpusReport {
    let mut report = CorpusReport::default();
    let owner = |rel: &str| {
        rules
            .rules()
            .iter()
            .any(|r| rel == r.id || rel.starts_with(&format!("{}/", r.id)))
    };
    for dir in dirs_with_files(corpus) {
        let rel = relative_id(corpus, &dir);
        if !rel.is_empty() && !owner(&rel) {
            report.fail(format!(
                "{}: fixture folder for no rule `{rel}`",
                dir.display()
            ));
        }
    }
    for rule in rules.rules() {
        for lang in rule.langs() {
            report.coverage.insert((rule.id.clone(), lang), (0, 0));
        }
        check_examples(rule, rules, &mut report);
        let folder = corpus.join(&rule.id);
        if folder.is_dir() {
            check_folder(rule, rules, &folder, &mut report);
        } else {
            report.fail(format!(
                "{}: rule has no fixtures (create {}/)",
                rule.id,
                folder.display()
            ));
        }
        for lang in rule.langs() {
            let (expects, oks) = report.coverage[&(rule.id.clone(), lang)];
            if expects == 0 || oks == 0 {
                report.fail(format!(
                    "{}: {lang} fixtures need at least one `expect:` and one `ok:` (have {expects} and {oks})",
                    rule.id
                ));
            }
        }
    }
    report
}

/// Folders a corpus walk skips: tool caches and hidden folders.
fn skipped_dir(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') || n == "__pycache__" || n == "node_modules")
}

/// Every folder under `root` that directly holds files, sorted.
fn dirs_with_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut has_files = false;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !skipped_dir(&path) {
                    stack.push(path);
                }
            } else {
                has_files = true;
            }
        }
        if has_files {
            out.push(dir);
        }
    }
    out.sort();
    out
}

fn relative_id(root: &Path, dir: &Path) -> String {
    dir.strip_prefix(root)
        .unwrap_or(dir)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every fixture file of a rule folder, subfolders included (cross-file fixtures), sorted.
fn files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in dirs_with_files(folder) {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
        }
    }
    files.sort();
    files
}

fn check_folder(rule: &Rule, rules: &RuleSet, folder: &Path, report: &mut CorpusReport) {
    let only = rules.only(&rule.id);
    // The folder is one project: callees and project facts may sit in other files of it.
    let mut sources = Vec::new();
    for file in files_in(folder) {
        let shown = file.display().to_string();
        if file.file_name().is_some_and(|n| n == "README.md") {
            continue;
        }
        let Some(grammar) = Grammar::from_path(&file) else {
            report.fail(format!(
                "{shown}: not a source file of a supported language"
            ));
            continue;
        };
        let by_config = rule
            .config
            .iter()
            .any(|m| m.formats.contains(&grammar.lang()));
        // Configuration files are project context for code rules (`config:` conditions).
        let context = grammar.lang().is_config();
        if !rule.matchers.contains_key(&grammar) && !by_config && !context {
            report.fail(format!(
                "{shown}: rule `{}` has no `[match.{}]`",
                rule.id,
                grammar.lang()
            ));
            continue;
        }
        sources.push(SourceFile {
            path: file,
            display: shown,
            grammar,
        });
    }
    // The files directly in the folder form one project, each subfolder another one: a
    // rule that needs project facts can then show both the project that lacks them and one
    // that has them.
    let mut projects: BTreeMap<PathBuf, Vec<SourceFile>> = BTreeMap::new();
    for source in &sources {
        let sub = source
            .path
            .strip_prefix(folder)
            .ok()
            .and_then(|rel| {
                rel.components()
                    .next()
                    .filter(|_| rel.components().count() > 1)
            })
            .map(|c| folder.join(c))
            .unwrap_or_else(|| folder.to_path_buf());
        projects.entry(sub).or_default().push(source.clone());
    }
    let mut scan = project::ProjectScan::default();
    for files in projects.values() {
        let part = project::scan_files(files, u64::MAX, &only);
        scan.findings.extend(part.findings);
        scan.problems.extend(part.problems);
    }
    for problem in &scan.problems {
        report.fail(format!("{}: {}", problem.path, problem.message));
    }
    for source in &sources {
        let shown = &source.display;
        let grammar = source.grammar;
        let Ok(text) = std::fs::read_to_string(&source.path) else {
            continue;
        };
        report.files += 1;
        let findings: Vec<&crate::finding::Finding> =
            scan.findings.iter().filter(|f| &f.path == shown).collect();
        let expectations = expectations(&text);
        let lang = grammar.lang();
        for e in &expectations {
            report.checks += 1;
            let hit = findings.iter().any(|f| f.span.start.line == e.line);
            let at = format!("{shown}:{}", e.line);
            match (e.mark, hit) {
                (Mark::Expect, false) => {
                    report.fail_check(format!("{at}: expected a finding ({})", e.why))
                }
                (Mark::Ok, true) => report.fail_check(format!(
                    "{at}: unexpected finding on an `ok:` line ({})",
                    e.why
                )),
                (Mark::TodoExpect, true) => {
                    report.fail_check(format!(
                        "{at}: `todo-expect:` now finds it: promote it to `expect:`"
                    ));
                }
                (Mark::TodoOk, false) => {
                    report.fail_check(format!(
                        "{at}: `todo-ok:` is now silent: promote it to `ok:`"
                    ));
                }
                (Mark::TodoExpect, false) => {
                    report.todos.push(format!("{at}: known miss ({})", e.why))
                }
                (Mark::TodoOk, true) => report
                    .todos
                    .push(format!("{at}: known false alarm ({})", e.why)),
                (Mark::Expect | Mark::Ok, _) => {}
            }
            if let Some(count) = report.coverage.get_mut(&(rule.id.clone(), lang)) {
                match e.mark {
                    Mark::Expect => count.0 += 1,
                    Mark::Ok => count.1 += 1,
                    _ => {}
                }
            }
        }
        for f in &findings {
            let annotated = expectations.iter().any(|e| e.line == f.span.start.line);
            if !annotated {
                report.checks += 1;
                report.fail_check(format!(
                    "{shown}:{}:{}: finding on a line without `expect:` ({})",
                    f.span.start.line, f.span.start.column, f.message
                ));
            }
        }
    }
}

fn check_examples(rule: &Rule, rules: &RuleSet, report: &mut CorpusReport) {
    let only = rules.only_unscoped(&rule.id);
    for (i, ex) in rule.examples.iter().enumerate() {
        let grammar = ex.lang.grammars()[0];
        let label = format!("{} [[example]] #{} ({})", rule.id, i + 1, ex.lang);
        report.checks += 2;
        if engine::scan("example", &ex.bad, grammar, &only).is_empty() {
            report.fail_check(format!("{label}: `bad` is not flagged"));
        }
        let good = engine::scan("example", &ex.good, grammar, &only);
        if let Some(f) = good.first() {
            report.fail_check(format!(
                "{label}: `good` is flagged at line {} ({})",
                f.span.start.line, f.message
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_comment_style() {
        let text = "a\n// expect: one\nx\n    # ok: two\ny\n/* todo-expect: three */\nz\n  * todo-ok: four\nw\n  <!-- expect: five -->\nv\n";
        let got = expectations(text);
        let marks: Vec<(Mark, u32, &str)> = got
            .iter()
            .map(|e| (e.mark, e.line, e.why.as_str()))
            .collect();
        assert_eq!(
            marks,
            vec![
                (Mark::Expect, 3, "one"),
                (Mark::Ok, 5, "two"),
                (Mark::TodoExpect, 7, "three"),
                (Mark::TodoOk, 9, "four"),
                (Mark::Expect, 11, "five"),
            ]
        );
    }

    #[test]
    fn ordinary_comments_are_not_expectations() {
        assert!(expectations("// expected behaviour: none\n# okay\nx = 'ok: no'\n").is_empty());
    }
}
