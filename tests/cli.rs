//! End-to-end tests of the `sessionlint` binary: exit codes, output formats, file discovery,
//! skipped files, standard input, positions, determinism, rule-file errors and the `rules`,
//! `explain`, `test` and `tree` subcommands.
//!
//! Every test builds its own input in a temporary directory and runs the binary there, so no
//! test depends on the fixture corpus or on another test. The one built-in rule relied upon is
//! `hardcoded-secret/express-session-secret`; scans whose exact findings matter select it
//! (`check`, `check_json`), so rules added later cannot change them. Anything else uses a rule
//! pack written into the temporary directory. Text output is only checked for stable facts
//! (`path:line`, the rule id, the exit code).

mod common;
use common::write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{json, Value};
use tempfile::TempDir;

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const EXPRESS_RULE: &str = "hardcoded-secret/express-session-secret";
const EXPRESS_MESSAGE: &str = "session cookie signing secret is hard-coded (`secret` of the session middleware): anyone with the source can forge session cookies; read it from the environment or a secret store, with no literal fallback";

/// One finding of the express rule: the literal `"keyboard cat"`, line 2, columns 27..41
/// (`app.use(session({ secret: ` is 26 characters; the literal is 14). 90 bytes in all.
const FLAWED_JS: &str = "const session = require(\"express-session\");\n\
                         app.use(session({ secret: \"keyboard cat\" }));\n";

/// The same middleware, configured safely: no finding.
const CLEAN_JS: &str = "const session = require(\"express-session\");\n\
                        app.use(session({ secret: process.env.SESSION_SECRET }));\n";

/// A file calling `callee()` on line 2, column 3, for user rules; no built-in rule matches it.
fn calls(callee: &str) -> String {
    format!("function main() {{\n  {callee}();\n}}\n")
}

// ---------------------------------------------------------------------------------------------
// Helpers: files
// ---------------------------------------------------------------------------------------------

fn tempdir() -> TempDir {
    tempfile::Builder::new()
        .prefix("sessionlint-cli")
        .tempdir()
        .expect("temp dir")
}

/// Writes the JavaScript rule `id` to `root/rules/<id>.toml`: it flags every call of the plain
/// function `callee` (category cookie-flags, confidence medium).
fn user_rule(root: &Path, id: &str, severity: &str, callee: &str) -> PathBuf {
    write(
        root,
        &format!("rules/{id}.toml"),
        format!(
            r#"id = "{id}"
category = "cookie-flags"
severity = "{severity}"
confidence = "medium"
message = "call to {callee}"
docs = "Do not call {callee}."

[match.javascript]
query = '''
(call_expression
  function: (identifier) @_f
  (#eq? @_f "{callee}")) @match
'''
"#
        ),
    )
}

/// Names of the entries of a directory, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn strs(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------------------------
// Helpers: running the binary
// ---------------------------------------------------------------------------------------------

/// The binary, run in `cwd`, without colour.
fn cmd(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sessionlint").expect("binary built");
    cmd.current_dir(cwd).env("NO_COLOR", "1");
    cmd
}

/// What one run produced.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit code {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Run {
    /// Panics, showing the whole run, unless the exit code is `code`.
    #[track_caller]
    fn expect_code(self, code: i32) -> Self {
        assert_eq!(self.code, code, "unexpected exit code\n{self:?}");
        self
    }

    #[track_caller]
    fn stdout_has(self, needle: &str) -> Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{self:?}"
        );
        self
    }

    #[track_caller]
    fn stderr_has(self, needle: &str) -> Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n{self:?}"
        );
        self
    }

    #[track_caller]
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e})\n{self:?}"))
    }

    fn last_line(&self) -> &str {
        self.stdout.lines().last().unwrap_or("")
    }
}

/// Runs the binary with `args` and `stdin`.
fn run_args(cwd: &Path, args: &[&str], stdin: &str) -> Run {
    let out = cmd(cwd)
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("run sessionlint");
    Run {
        code: out
            .status
            .code()
            .expect("exit code (not killed by a signal)"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs the binary with whitespace-separated `args` (no argument here contains a space).
fn run(cwd: &Path, args: &str) -> Run {
    run_args(cwd, &args.split_whitespace().collect::<Vec<_>>(), "")
}

/// `sessionlint check --select <express rule> ARGS`.
fn check(cwd: &Path, args: &str) -> Run {
    run(cwd, &format!("check --select {EXPRESS_RULE} {args}"))
}

/// `sessionlint check --select <express rule> --format json ARGS`: exit code and report.
#[track_caller]
fn check_json(cwd: &Path, args: &str) -> (i32, Value) {
    let r = check(cwd, &format!("--format json {args}"));
    let report = r.json();
    (r.code, report)
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"]
        .as_array()
        .expect("`findings` is an array")
}

fn errors(report: &Value) -> &Vec<Value> {
    report["errors"].as_array().expect("`errors` is an array")
}

/// The path of every finding, in report order.
fn finding_paths(report: &Value) -> Vec<String> {
    findings(report)
        .iter()
        .map(|f| f["path"].as_str().expect("path").to_string())
        .collect()
}

/// The rule of every finding, in report order.
fn finding_rules(report: &Value) -> Vec<String> {
    findings(report)
        .iter()
        .map(|f| f["rule"].as_str().expect("rule").to_string())
        .collect()
}

/// `(path, kind)` of every skipped file, in report order.
fn error_kinds(report: &Value) -> Vec<(String, String)> {
    errors(report)
        .iter()
        .map(|e| {
            let field = |k: &str| e[k].as_str().expect("string field").to_string();
            (field("path"), field("kind"))
        })
        .collect()
}

/// `[line, column, end_line, end_column]` of a JSON finding.
fn position(f: &Value) -> [Option<u64>; 4] {
    ["line", "column", "end_line", "end_column"].map(|k| f[k].as_u64())
}

// ---------------------------------------------------------------------------------------------
// Exit codes
// ---------------------------------------------------------------------------------------------

#[test]
fn clean_directory_exits_0() {
    let dir = tempdir();
    write(dir.path(), "app.js", CLEAN_JS);
    cmd(dir.path())
        .args(["check", "--select", EXPRESS_RULE])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(EXPRESS_RULE).not());
}

#[test]
fn finding_exits_1_and_text_names_path_line_and_rule() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    cmd(dir.path())
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("app.js:2"))
        .stdout(predicate::str::contains(EXPRESS_RULE));
}

#[test]
fn unknown_select_rule_id_exits_2_and_suggests_the_id() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    run(
        dir.path(),
        "check --select hardcoded-secret/express-sesion-secret",
    )
    .expect_code(2)
    .stderr_has("`hardcoded-secret/express-sesion-secret` is not a rule id, pack or category")
    .stderr_has(&format!("did you mean `{EXPRESS_RULE}`?"));
}

#[test]
fn unknown_select_category_exits_2_and_suggests_the_category() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    run(dir.path(), "check --select hardcoded-secrets")
        .expect_code(2)
        .stderr_has("`hardcoded-secrets`")
        .stderr_has("did you mean `hardcoded-secret`?");
}

#[test]
fn unknown_select_pack_exits_2_and_suggests_the_pack() {
    let dir = tempdir();
    write(dir.path(), "app.js", calls("insecureThing"));
    user_rule(dir.path(), "mypack/myrule", "warning", "insecureThing");
    run(dir.path(), "check --rules rules --select mypak")
        .expect_code(2)
        .stderr_has("`mypak`")
        .stderr_has("did you mean `mypack`?");
}

#[test]
fn select_and_ignore_pick_the_rules_that_run() {
    let dir = tempdir();
    write(
        dir.path(),
        "app.js",
        format!("{FLAWED_JS}insecureThing();\n"),
    );
    user_rule(dir.path(), "mypack/myrule", "warning", "insecureThing");
    let r = run(
        dir.path(),
        "check --format json --rules rules --select mypack",
    )
    .expect_code(1);
    assert_eq!(finding_rules(&r.json()), strs(&["mypack/myrule"]));
    let r = run(
        dir.path(),
        "check --format json --rules rules --ignore mypack/myrule",
    );
    assert!(!finding_rules(&r.json()).contains(&"mypack/myrule".to_string()));
    assert!(finding_rules(&r.json()).contains(&EXPRESS_RULE.to_string()));
}

#[test]
fn malformed_user_rule_file_exits_2_naming_the_file() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    // An unterminated string on line 1.
    write(
        dir.path(),
        "rules/mypack/myrule.toml",
        "id = \"mypack/myrule\ncategory = \"fixation\"\n",
    );
    run(dir.path(), "check --rules rules")
        .expect_code(2)
        .stderr_has("rules/mypack/myrule.toml:1:");
}

#[test]
fn missing_named_path_exits_2_but_other_paths_are_still_reported() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    let r = check(dir.path(), "--format json app.js missing.js")
        .expect_code(2)
        .stderr_has("missing.js")
        .stderr_has("no such file");
    let report = r.json();
    assert_eq!(finding_paths(&report), strs(&["app.js"]));
    assert_eq!(
        error_kinds(&report),
        vec![("missing.js".to_string(), "not-found".to_string())]
    );
}

#[test]
fn unknown_flag_is_a_usage_error_with_exit_2() {
    let dir = tempdir();
    cmd(dir.path())
        .args(["check", "--frobnicate"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--frobnicate"));
}

// ---------------------------------------------------------------------------------------------
// --fail-on
// ---------------------------------------------------------------------------------------------

#[test]
fn note_finding_below_fail_on_warning_exits_0_but_is_printed() {
    let dir = tempdir();
    write(dir.path(), "app.js", calls("insecureThing"));
    user_rule(dir.path(), "mypack/myrule", "note", "insecureThing");
    run(dir.path(), "check --rules rules --fail-on warning")
        .expect_code(0)
        .stdout_has("app.js:2")
        .stdout_has("mypack/myrule");
}

#[test]
fn note_finding_fails_by_default() {
    let dir = tempdir();
    write(dir.path(), "app.js", calls("insecureThing"));
    user_rule(dir.path(), "mypack/myrule", "note", "insecureThing");
    run(dir.path(), "check --rules rules")
        .expect_code(1)
        .stdout_has("app.js:2")
        .stdout_has("mypack/myrule");
}

#[test]
fn fail_on_is_inclusive_of_its_severity() {
    let dir = tempdir();
    write(dir.path(), "app.js", calls("insecureThing"));
    user_rule(dir.path(), "mypack/myrule", "warning", "insecureThing");
    run(dir.path(), "check --rules rules --fail-on warning").expect_code(1);
    run(dir.path(), "check --rules rules --fail-on error").expect_code(0);
}

// ---------------------------------------------------------------------------------------------
// Output formats
// ---------------------------------------------------------------------------------------------

#[test]
fn json_format_has_findings_and_errors_with_exact_positions() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    let (code, report) = check_json(dir.path(), "");
    assert_eq!(code, 1);
    let keys: Vec<&String> = report.as_object().expect("an object").keys().collect();
    assert_eq!(keys, vec!["errors", "findings"], "top-level keys");
    assert_eq!(errors(&report).len(), 0);
    assert_eq!(findings(&report).len(), 1);
    let f = &findings(&report)[0];
    let expected = json!({
        "rule": EXPRESS_RULE,
        "category": "hardcoded-secret",
        "severity": "error",
        "confidence": "high",
        "path": "app.js",
        "line": 2,
        "column": 27,
        "end_line": 2,
        "end_column": 41,
        "message": EXPRESS_MESSAGE,
    });
    for (key, want) in expected.as_object().expect("object") {
        assert_eq!(&f[key], want, "field `{key}` of {f:#}");
    }
}

#[test]
fn github_format_prints_one_workflow_command_per_finding() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    let r = check(dir.path(), "--format github").expect_code(1);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{r:?}");
    let prefix = format!(
        "::error title=sessionlint {EXPRESS_RULE} (hardcoded-secret),\
         file=app.js,line=2,col=27,endLine=2,endColumn=41::"
    );
    assert!(lines[0].starts_with(&prefix), "{r:?}");
    assert!(lines[0].contains(EXPRESS_MESSAGE), "{r:?}");
}

#[test]
fn github_format_escapes_properties_and_warns_about_skipped_files() {
    let dir = tempdir();
    write(dir.path(), "a,b.js", FLAWED_JS);
    write(dir.path(), "bin.js", b"var x = 1;\0\0\0");
    let r = check(dir.path(), "--format github").expect_code(1);
    assert!(r.stdout.contains(",file=a%2Cb.js,line=2,col=27,"), "{r:?}");
    let skipped = |l: &&str| l.starts_with("::warning ") && l.contains("file=bin.js::");
    assert!(
        r.stdout
            .lines()
            .any(|l| skipped(&l) && l.contains("binary")),
        "{r:?}"
    );
}

#[test]
fn sarif_format_is_json_version_2_1_0_with_one_run() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    let r = check(dir.path(), "--format sarif").expect_code(1);
    let sarif = r.json();
    assert_eq!(sarif["version"], "2.1.0", "{r:?}");
    assert_eq!(sarif["runs"].as_array().map(Vec::len), Some(1), "{r:?}");
}

// ---------------------------------------------------------------------------------------------
// --output
// ---------------------------------------------------------------------------------------------

#[test]
fn output_file_receives_the_report_and_no_temp_file_is_left() {
    let dir = tempdir();
    write(dir.path(), "src/app.js", FLAWED_JS);
    write(
        dir.path(),
        "out/report.json",
        "stale report of an earlier run",
    );
    let r = check(dir.path(), "src --format json --output out/report.json").expect_code(1);
    assert_eq!(r.stdout, "", "stdout must be empty with --output");
    assert_eq!(
        entries(&dir.path().join("out")),
        strs(&["report.json"]),
        "no temp file may be left"
    );
    let text = std::fs::read_to_string(dir.path().join("out/report.json")).expect("report");
    let report: Value = serde_json::from_str(&text).expect("report is JSON");
    assert_eq!(finding_paths(&report), strs(&["src/app.js"]));
}

#[test]
fn output_into_a_missing_directory_exits_2_with_a_message() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    check(
        dir.path(),
        "app.js --format json --output nodir/report.json",
    )
    .expect_code(2)
    .stderr_has("nodir/report.json");
    assert_eq!(
        entries(dir.path()),
        strs(&["app.js"]),
        "nothing may be left"
    );
}

// ---------------------------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------------------------

#[test]
fn gitignore_is_honoured_outside_a_git_repository() {
    let dir = tempdir();
    assert!(!dir.path().join(".git").exists());
    write(dir.path(), ".gitignore", "build/\n*.gen.js\n");
    write(dir.path(), "src/app.js", FLAWED_JS);
    write(dir.path(), "src/api.gen.js", FLAWED_JS);
    write(dir.path(), "build/bundle.js", FLAWED_JS);
    let (code, report) = check_json(dir.path(), "");
    assert_eq!(code, 1);
    assert_eq!(finding_paths(&report), strs(&["src/app.js"]));
}

#[test]
fn gitignore_of_the_working_directory_applies_to_a_named_subdirectory() {
    let dir = tempdir();
    write(dir.path(), ".gitignore", "*.gen.js\n");
    write(dir.path(), "src/app.js", FLAWED_JS);
    write(dir.path(), "src/api.gen.js", FLAWED_JS);
    let (_, report) = check_json(dir.path(), "src");
    assert_eq!(finding_paths(&report), strs(&["src/app.js"]));
}

#[test]
fn dot_ignore_file_is_honoured() {
    let dir = tempdir();
    write(dir.path(), ".ignore", "fixtures/\n");
    write(dir.path(), "app.js", FLAWED_JS);
    write(dir.path(), "fixtures/bad.js", FLAWED_JS);
    let (_, report) = check_json(dir.path(), "");
    assert_eq!(finding_paths(&report), strs(&["app.js"]));
}

#[test]
fn sessionlintignore_file_is_honoured() {
    let dir = tempdir();
    write(dir.path(), ".sessionlintignore", "legacy/**\n");
    write(dir.path(), "app.js", FLAWED_JS);
    write(dir.path(), "legacy/old.js", FLAWED_JS);
    write(dir.path(), "legacy/deep/older.ts", FLAWED_JS);
    let (_, report) = check_json(dir.path(), "");
    assert_eq!(finding_paths(&report), strs(&["app.js"]));
}

#[test]
fn exclude_globs_skip_matching_paths() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    write(dir.path(), "vendor/lib.js", FLAWED_JS);
    write(dir.path(), "src/app.test.js", FLAWED_JS);
    write(dir.path(), "src/server.js", FLAWED_JS);
    let (_, report) = check_json(dir.path(), "--exclude vendor/ --exclude *.test.js");
    assert_eq!(finding_paths(&report), strs(&["app.js", "src/server.js"]));
}

/// A glob is matched against the path as shown (relative to the working directory), so the
/// same `--exclude` works whether `.` or the subdirectory is scanned (as in ripgrep's `-g`).
#[test]
fn exclude_glob_is_relative_to_the_working_directory_not_the_scanned_root() {
    let dir = tempdir();
    write(dir.path(), "src/app.js", FLAWED_JS);
    write(dir.path(), "src/generated/api.js", FLAWED_JS);
    let (_, report) = check_json(dir.path(), ". --exclude src/generated/");
    assert_eq!(finding_paths(&report), strs(&["src/app.js"]), "scanning .");
    let (_, report) = check_json(dir.path(), "src --exclude src/generated/");
    assert_eq!(
        finding_paths(&report),
        strs(&["src/app.js"]),
        "scanning src"
    );
}

#[test]
fn invalid_exclude_glob_exits_2_naming_it() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    check(dir.path(), "--exclude a{b")
        .expect_code(2)
        .stderr_has("invalid --exclude glob `a{b`");
}

#[test]
fn hidden_directories_are_skipped() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    write(dir.path(), ".cache/app.js", FLAWED_JS);
    write(dir.path(), "src/.generated/app.js", FLAWED_JS);
    let (_, report) = check_json(dir.path(), "");
    assert_eq!(finding_paths(&report), strs(&["app.js"]));
}

#[test]
fn explicitly_named_files_are_scanned_even_if_ignored_or_excluded() {
    let dir = tempdir();
    write(dir.path(), ".gitignore", "ignored.js\n");
    write(dir.path(), "ignored.js", FLAWED_JS);
    write(dir.path(), "excluded.js", FLAWED_JS);
    let (code, report) = check_json(dir.path(), "ignored.js");
    assert_eq!(code, 1);
    assert_eq!(finding_paths(&report), strs(&["ignored.js"]));
    let (code, report) = check_json(dir.path(), "--exclude *.js excluded.js");
    assert_eq!(code, 1);
    assert_eq!(finding_paths(&report), strs(&["excluded.js"]));
}

#[test]
fn unsupported_files_in_a_walked_directory_are_ignored_silently() {
    let dir = tempdir();
    write(dir.path(), "app.js", CLEAN_JS);
    write(
        dir.path(),
        "README.md",
        "app.use(session({ secret: \"keyboard cat\" }))\n",
    );
    write(dir.path(), "script.rb", "puts 'hi'\n");
    write(dir.path(), "image.png", b"\x89PNG\r\n\x1a\n\0\0\0");
    write(dir.path(), "Makefile", "all:\n\ttrue\n");
    let r = check(dir.path(), "--format json").expect_code(0);
    assert_eq!(r.stderr, "", "nothing to say about unsupported files");
    let report = r.json();
    assert_eq!(findings(&report).len(), 0);
    assert_eq!(errors(&report).len(), 0);
}

#[test]
fn explicitly_named_unsupported_file_is_reported_and_skipped() {
    let dir = tempdir();
    write(
        dir.path(),
        "notes.txt",
        "app.use(session({ secret: \"keyboard cat\" }))\n",
    );
    write(dir.path(), "clean.js", CLEAN_JS);
    write(dir.path(), "app.js", FLAWED_JS);
    // Only the other files decide the exit code: clean → 0, a finding → 1.
    let r = check(dir.path(), "--format json notes.txt clean.js")
        .expect_code(0)
        .stderr_has("notes.txt");
    assert_eq!(
        error_kinds(&r.json()),
        vec![("notes.txt".to_string(), "unsupported".to_string())]
    );
    let r = check(dir.path(), "--format json notes.txt app.js")
        .expect_code(1)
        .stderr_has("notes.txt");
    assert_eq!(finding_paths(&r.json()), strs(&["app.js"]));
}

#[test]
fn a_file_reached_twice_is_reported_once() {
    let dir = tempdir();
    write(dir.path(), "sub/app.js", FLAWED_JS);
    let (_, report) = check_json(dir.path(), "sub ./sub sub/app.js .");
    assert_eq!(finding_paths(&report), strs(&["sub/app.js"]));
}

#[test]
fn every_javascript_and_typescript_extension_is_scanned() {
    let dir = tempdir();
    let exts = ["cjs", "cts", "js", "jsx", "mjs", "mts", "ts", "tsx"];
    for ext in exts {
        write(dir.path(), &format!("app.{ext}"), FLAWED_JS);
    }
    let (code, report) = check_json(dir.path(), "");
    assert_eq!(code, 1);
    let want: Vec<String> = exts.iter().map(|e| format!("app.{e}")).collect();
    assert_eq!(finding_paths(&report), want);
    for f in findings(&report) {
        assert_eq!(position(f), [Some(2), Some(27), Some(2), Some(41)], "{f}");
    }
}

// ---------------------------------------------------------------------------------------------
// Files skipped without stopping the scan
// ---------------------------------------------------------------------------------------------

/// Scans a directory holding `app.js` (one finding) and `skipped`: `skipped` must be named on
/// stderr with `reason` and listed in JSON `errors` as `kind`, and `app.js` still reported.
#[track_caller]
fn assert_skipped(dir: &Path, args: &str, skipped: &str, kind: &str, reason: &str) -> Value {
    let r = check(dir, &format!("--format json {args}")).expect_code(1);
    assert!(
        r.stderr
            .lines()
            .any(|l| l.contains(skipped) && l.contains(reason)),
        "stderr must name {skipped} with {reason:?}\n{r:?}"
    );
    let report = r.json();
    assert_eq!(
        error_kinds(&report),
        vec![(skipped.to_string(), kind.to_string())],
        "{r:?}"
    );
    assert_eq!(finding_paths(&report), strs(&["app.js"]), "{r:?}");
    report
}

#[test]
fn binary_file_is_skipped_and_reported() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    write(
        dir.path(),
        "bundle.js",
        b"app.use(session({ secret: \"k\" }));\0\x01\x02",
    );
    assert_skipped(dir.path(), "", "bundle.js", "binary", "binary");
}

#[test]
fn non_utf8_file_is_skipped_and_reported() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    // Latin-1 `é` (0xE9) is not valid UTF-8.
    write(
        dir.path(),
        "latin1.js",
        b"// caf\xe9\napp.use(session({ secret: \"k\" }));\n",
    );
    assert_skipped(dir.path(), "", "latin1.js", "not-utf8", "UTF-8");
}

#[test]
fn file_over_max_file_size_is_skipped_and_reported() {
    let dir = tempdir();
    assert!(FLAWED_JS.len() <= 100);
    write(dir.path(), "app.js", FLAWED_JS);
    write(
        dir.path(),
        "big.js",
        format!("{FLAWED_JS}{}\n", "// padding ".repeat(20)),
    );
    let args = "--max-file-size 100";
    assert_skipped(dir.path(), args, "big.js", "too-large", "max-file-size");
}

#[test]
fn max_file_size_accepts_a_k_suffix_as_1024_bytes() {
    let padded = |len: usize| {
        let mut s = FLAWED_JS.to_string();
        while s.len() < len {
            s.push_str("//\n");
        }
        s.truncate(len);
        s
    };
    let dir = tempdir();
    write(dir.path(), "app.js", padded(1024));
    write(dir.path(), "big.js", padded(1025));
    let args = "--max-file-size 1K";
    let report = assert_skipped(dir.path(), args, "big.js", "too-large", "1024 bytes");
    let message = errors(&report)[0]["message"].as_str().expect("message");
    assert!(message.contains("1025 bytes"), "{message}");
}

#[test]
fn bad_max_file_size_is_a_usage_error() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    check(dir.path(), "--max-file-size lots")
        .expect_code(2)
        .stderr_has("lots");
}

// ---------------------------------------------------------------------------------------------
// Standard input
// ---------------------------------------------------------------------------------------------

#[test]
fn stdin_is_scanned_under_the_stdin_filename() {
    let dir = tempdir();
    let args = [
        "check",
        "--select",
        EXPRESS_RULE,
        "--format",
        "json",
        "-",
        "--stdin-filename",
        "app.js",
    ];
    let r = run_args(dir.path(), &args, FLAWED_JS).expect_code(1);
    let report = r.json();
    assert_eq!(finding_paths(&report), strs(&["app.js"]));
    assert_eq!(
        position(&findings(&report)[0]),
        [Some(2), Some(27), Some(2), Some(41)]
    );
}

#[test]
fn stdin_without_stdin_filename_exits_2() {
    let dir = tempdir();
    run_args(dir.path(), &["check", "-"], FLAWED_JS)
        .expect_code(2)
        .stderr_has("--stdin-filename");
}

#[test]
fn stdin_with_unsupported_extension_exits_2() {
    let dir = tempdir();
    let args = ["check", "-", "--stdin-filename", "notes.txt"];
    run_args(dir.path(), &args, FLAWED_JS)
        .expect_code(2)
        .stderr_has("notes.txt");
}

#[test]
fn stdin_cannot_be_combined_with_paths() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    let args = ["check", "-", "app.js", "--stdin-filename", "x.js"];
    run_args(dir.path(), &args, FLAWED_JS).expect_code(2);
}

// ---------------------------------------------------------------------------------------------
// Columns and line endings
// ---------------------------------------------------------------------------------------------

/// `app.use(session({ ` (18 characters) + `name: "café😀", ` (15 characters, 19 bytes, 16 UTF-16
/// units) + `secret: ` (8): the literal starts at character column 42, UTF-16 column 43.
const NON_ASCII_JS: &str = "app.use(session({ name: \"café😀\", secret: \"keyboard cat\" }));\n";

#[test]
fn json_columns_count_characters_not_bytes() {
    let dir = tempdir();
    write(dir.path(), "app.js", NON_ASCII_JS);
    let (_, report) = check_json(dir.path(), "");
    let f = &findings(&report)[0];
    assert_eq!(position(f), [Some(1), Some(42), Some(1), Some(56)], "{f}");
}

#[test]
fn github_columns_count_characters_not_bytes() {
    let dir = tempdir();
    write(dir.path(), "app.js", NON_ASCII_JS);
    check(dir.path(), "--format github")
        .expect_code(1)
        .stdout_has(",line=1,col=42,endLine=1,endColumn=56::");
}

#[test]
fn sarif_columns_count_utf16_code_units() {
    let dir = tempdir();
    write(dir.path(), "app.js", NON_ASCII_JS);
    let r = check(dir.path(), "--format sarif").expect_code(1);
    let sarif = r.json();
    let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 1, "{r:?}");
    assert_eq!(
        region["startColumn"], 43,
        "the emoji is 2 UTF-16 units\n{r:?}"
    );
}

#[test]
fn crlf_file_reports_the_same_positions_as_lf() {
    // The finding spans lines 5..6: `secret:` at column 3 to the end of `"keyboard cat"`.
    let lf = "const session = require(\"express-session\");\n\
              // café ☕ config\n\
              app.use(session({\n\
              \x20 resave: false,\n\
              \x20 secret:\n\
              \x20   \"keyboard cat\",\n\
              }));\n";
    let crlf = lf.replace('\n', "\r\n");
    let (lf_dir, crlf_dir) = (tempdir(), tempdir());
    write(lf_dir.path(), "app.js", lf);
    write(crlf_dir.path(), "app.js", &crlf);
    let (_, lf_report) = check_json(lf_dir.path(), "");
    let (_, crlf_report) = check_json(crlf_dir.path(), "");
    let f = &findings(&lf_report)[0];
    assert_eq!(position(f), [Some(6), Some(5), Some(6), Some(19)], "{f}");
    assert_eq!(
        findings(&crlf_report),
        findings(&lf_report),
        "CRLF must not change any field"
    );
}

// ---------------------------------------------------------------------------------------------
// Determinism
// ---------------------------------------------------------------------------------------------

/// 30 files over nested directories, three findings each (two of them on line 3).
fn many_files(root: &Path) {
    let exts = ["js", "ts", "mjs"];
    let areas = ["api", "web", "jobs"];
    for i in 0..30 {
        let rel = format!("svc{}/{}/file{i:02}.{}", i % 4, areas[i % 3], exts[i % 3]);
        let text = format!(
            "const session = require(\"express-session\");\n\
             app.use(session({{ secret: \"k{i}-a\" }}));\n\
             app.use(cookieSession({{ secret: \"k{i}-b\" }})); \
             app.use(session({{ secret: \"k{i}-c\" }}));\n"
        );
        write(root, &rel, text);
    }
}

fn output_with_threads(dir: &Path, format: &str, threads: &str) -> String {
    check(dir, &format!("--format {format} --threads {threads}"))
        .expect_code(1)
        .stdout
}

#[test]
fn json_output_is_byte_identical_across_thread_counts() {
    let dir = tempdir();
    many_files(dir.path());
    let one = output_with_threads(dir.path(), "json", "1");
    let two = output_with_threads(dir.path(), "json", "2");
    let again = output_with_threads(dir.path(), "json", "2");
    assert_eq!(one, two);
    assert_eq!(two, again);
    let report: Value = serde_json::from_str(&one).expect("JSON");
    assert_eq!(findings(&report).len(), 90);
}

#[test]
fn sarif_output_is_byte_identical_across_thread_counts() {
    let dir = tempdir();
    many_files(dir.path());
    let one = output_with_threads(dir.path(), "sarif", "1");
    let two = output_with_threads(dir.path(), "sarif", "2");
    let again = output_with_threads(dir.path(), "sarif", "2");
    let sarif: Value = serde_json::from_str(&one).expect("SARIF is JSON");
    assert_eq!(
        sarif["runs"][0]["results"].as_array().map(Vec::len),
        Some(90)
    );
    assert_eq!(one, two);
    assert_eq!(two, again);
}

#[test]
fn json_findings_are_sorted_by_path_line_column_rule() {
    let dir = tempdir();
    many_files(dir.path());
    let (_, report) = check_json(dir.path(), "--threads 2");
    let keys: Vec<(String, u64, u64, String)> = findings(&report)
        .iter()
        .map(|f| {
            let text = |k: &str| f[k].as_str().expect("string").to_string();
            let number = |k: &str| f[k].as_u64().expect("number");
            (text("path"), number("line"), number("column"), text("rule"))
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys.len(), 90);
    assert_eq!(keys[0].0, "svc0/api/file00.js");
    // The two findings on line 3 of the first file, in column order.
    assert_eq!((keys[1].1, keys[1].2, keys[2].1, keys[2].2), (3, 33, 3, 71));
}

// ---------------------------------------------------------------------------------------------
// Path display
// ---------------------------------------------------------------------------------------------

#[test]
fn paths_are_shown_relative_to_the_working_directory() {
    let dir = tempdir();
    write(dir.path(), "sub/app.js", FLAWED_JS);
    let absolute = dir.path().canonicalize().expect("canonical").join("sub");
    let absolute = absolute.to_str().expect("UTF-8 temp path");
    for arg in ["./sub", "sub", "sub/", absolute, "./sub/app.js"] {
        let args = ["check", "--select", EXPRESS_RULE, "--format", "json", arg];
        let r = run_args(dir.path(), &args, "").expect_code(1);
        assert_eq!(
            finding_paths(&r.json()),
            strs(&["sub/app.js"]),
            "scanning {arg}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Rule files: errors that teach
// ---------------------------------------------------------------------------------------------

/// A rule file for `mypack/myrule` flagging `insecureThing()`. `query_body` is line 11;
/// `extra` starts on line 14, inside `[match.javascript]`.
fn rule_text(id: &str, category: &str, query_body: &str, extra: &str) -> String {
    format!(
        r#"id = "{id}"
category = "{category}"
severity = "warning"
confidence = "medium"
message = "call to insecureThing"
docs = "Do not call insecureThing."

[match.javascript]
query = '''
(call_expression
{query_body}
  (#eq? @_f "insecureThing")) @match
'''
{extra}"#
    )
}

const GOOD_QUERY_BODY: &str = "  function: (identifier) @_f";
const BAD_NODE_QUERY_BODY: &str = "  function: (no_such_node) @_f";

/// Writes `rule` to `rules/mypack/myrule.toml` and scans a file calling `insecureThing()`.
fn check_with_rule(rule: &str) -> Run {
    let dir = tempdir();
    write(dir.path(), "app.js", calls("insecureThing"));
    write(dir.path(), "rules/mypack/myrule.toml", rule);
    run(dir.path(), "check --rules rules app.js")
}

#[test]
fn the_rule_text_helper_writes_a_working_rule() {
    check_with_rule(&rule_text(
        "mypack/myrule",
        "cookie-flags",
        GOOD_QUERY_BODY,
        "",
    ))
    .expect_code(1)
    .stdout_has("app.js:2")
    .stdout_has("mypack/myrule");
}

#[test]
fn unknown_rule_key_points_at_it_and_suggests_the_right_one() {
    let extra = "not-insde = [\"(class_declaration) @match\"]\n";
    check_with_rule(&rule_text(
        "mypack/myrule",
        "cookie-flags",
        GOOD_QUERY_BODY,
        extra,
    ))
    .expect_code(2)
    .stderr_has("rules/mypack/myrule.toml:14:1:")
    .stderr_has("not-insde")
    .stderr_has("did you mean `not-inside`?");
}

#[test]
fn misspelt_category_suggests_the_closest() {
    check_with_rule(&rule_text(
        "mypack/myrule",
        "cookie-flag",
        GOOD_QUERY_BODY,
        "",
    ))
    .expect_code(2)
    .stderr_has("rules/mypack/myrule.toml:2:12:")
    .stderr_has("unknown category `cookie-flag`")
    .stderr_has("did you mean `cookie-flags`?");
}

#[test]
fn unrelated_category_lists_the_valid_ones() {
    let r = check_with_rule(&rule_text("mypack/myrule", "banana", GOOD_QUERY_BODY, ""))
        .expect_code(2)
        .stderr_has("rules/mypack/myrule.toml:2:12:")
        .stderr_has("unknown category `banana`");
    let categories = [
        "fixation",
        "hardcoded-secret",
        "refresh-unlinked",
        "csrf-samesite",
        "cookie-flags",
        "role-no-revoke",
        "device-binding",
        "long-lifetime",
        "logout-ghost",
        "token-verify",
    ];
    for category in categories {
        assert!(
            r.stderr.contains(&format!("`{category}`")),
            "lacks {category}\n{r:?}"
        );
    }
}

#[test]
fn bad_node_type_in_a_query_points_into_the_query_and_mentions_tree() {
    // Line 11 is `  function: (no_such_node) @_f`: the node name starts at column 14.
    check_with_rule(&rule_text(
        "mypack/myrule",
        "cookie-flags",
        BAD_NODE_QUERY_BODY,
        "",
    ))
    .expect_code(2)
    .stderr_has("rules/mypack/myrule.toml:11:14:")
    .stderr_has("no_such_node")
    .stderr_has("is not a node type of the javascript grammar")
    .stderr_has("sessionlint tree");
}

#[test]
fn bad_node_type_is_named_without_extra_quotes() {
    check_with_rule(&rule_text(
        "mypack/myrule",
        "cookie-flags",
        BAD_NODE_QUERY_BODY,
        "",
    ))
    .expect_code(2)
    .stderr_has("`no_such_node` is not a node type");
}

#[test]
fn rule_id_not_matching_its_path_says_so() {
    check_with_rule(&rule_text(
        "mypack/other",
        "cookie-flags",
        GOOD_QUERY_BODY,
        "",
    ))
    .expect_code(2)
    .stderr_has("rules/mypack/myrule.toml:1:6:")
    .stderr_has("`mypack/other` does not match its path")
    .stderr_has("`mypack/myrule`");
}

// ---------------------------------------------------------------------------------------------
// `rules` and `explain`
// ---------------------------------------------------------------------------------------------

#[test]
fn rules_lists_id_category_severity_confidence_and_languages() {
    let dir = tempdir();
    let r = run(dir.path(), "rules").expect_code(0);
    let prefix = format!("{EXPRESS_RULE} ");
    let line = r.stdout.lines().find(|l| l.starts_with(&prefix));
    let fields: Vec<&str> = line.unwrap_or_default().split_whitespace().collect();
    let want = [
        EXPRESS_RULE,
        "hardcoded-secret",
        "error",
        "high",
        "javascript,typescript",
    ];
    assert_eq!(fields, want, "{r:?}");
}

#[test]
fn rules_json_is_an_array_with_the_rule_fields() {
    let dir = tempdir();
    let r = run(dir.path(), "rules --format json").expect_code(0);
    let list = r.json();
    let rule = list
        .as_array()
        .expect("an array")
        .iter()
        .find(|r| r["id"] == EXPRESS_RULE)
        .unwrap_or_else(|| panic!("{EXPRESS_RULE} not listed\n{r:?}"));
    assert_eq!(rule["category"], "hardcoded-secret");
    assert_eq!(rule["severity"], "error");
    assert_eq!(rule["confidence"], "high");
    assert_eq!(rule["languages"], json!(["javascript", "typescript"]));
    assert_eq!(rule["cwe"], json!([798, 321]));
}

#[test]
fn rules_lists_user_rules_too() {
    let dir = tempdir();
    user_rule(dir.path(), "mypack/myrule", "note", "insecureThing");
    let r = run(dir.path(), "rules --rules rules --select mypack").expect_code(0);
    let rows: Vec<Vec<&str>> = r
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect();
    let want = vec![
        "mypack/myrule",
        "cookie-flags",
        "note",
        "medium",
        "javascript",
    ];
    assert_eq!(rows, vec![want], "{r:?}");
}

#[test]
fn explain_prints_docs_and_example() {
    let dir = tempdir();
    run(dir.path(), &format!("explain {EXPRESS_RULE}"))
        .expect_code(0)
        .stdout_has(EXPRESS_RULE)
        .stdout_has("category: hardcoded-secret")
        .stdout_has("severity: error")
        .stdout_has("CWE-798")
        .stdout_has("signs the session cookie")
        .stdout_has("app.use(session({ secret: \"keyboard cat\", resave: false }));")
        .stdout_has("app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));");
}

#[test]
fn explain_misspelt_id_exits_2_and_suggests_the_right_one() {
    let dir = tempdir();
    run(dir.path(), "explain hardcoded-secret/expres-session-secret")
        .expect_code(2)
        .stderr_has("hardcoded-secret/expres-session-secret")
        .stderr_has(&format!("did you mean `{EXPRESS_RULE}`?"));
}

// ---------------------------------------------------------------------------------------------
// `test`: the fixture harness on a user's pack
// ---------------------------------------------------------------------------------------------

/// Fixtures of `mypack/myrule`: line 3 is flagged (`expect:`), line 5 is not (`ok:`).
const GOOD_FIXTURE: &str = "// Fixtures of mypack/myrule.\n\
                            // expect: a direct call\n\
                            insecureThing();\n\
                            // ok: another function\n\
                            safeThing();\n";

/// A pack with `mypack/myrule` (flags `insecureThing()`) and the given fixture files under
/// `corpus/`; runs `sessionlint test --rules rules --corpus corpus`.
fn corpus_run(extra_rules: &[&str], fixtures: &[(&str, &str)]) -> Run {
    let dir = tempdir();
    user_rule(dir.path(), "mypack/myrule", "warning", "insecureThing");
    for id in extra_rules {
        user_rule(dir.path(), id, "warning", "otherThing");
    }
    for (rel, text) in fixtures {
        write(dir.path(), &format!("corpus/{rel}"), text);
    }
    run(dir.path(), "test --rules rules --corpus corpus")
}

/// `corpus_run` with `fixture` as `corpus/mypack/myrule/app.js`.
fn corpus_run_one(fixture: &str) -> Run {
    corpus_run(&[], &[("mypack/myrule/app.js", fixture)])
}

/// The run has a `FAIL` line containing every one of `parts`.
#[track_caller]
fn assert_fail_line(r: &Run, parts: &[&str]) {
    let found = r
        .stdout
        .lines()
        .any(|l| l.starts_with("FAIL") && parts.iter().all(|p| l.contains(p)));
    assert!(found, "no FAIL line with {parts:?}\n{r:?}");
}

/// The last line is `corpus: N passed, M failed` with M > 0.
#[track_caller]
fn assert_failed_summary(r: &Run) {
    let re = regex::Regex::new(r"^corpus: \d+ passed, [1-9]\d* failed$").expect("regex");
    assert!(
        re.is_match(r.last_line()),
        "last line must be the summary\n{r:?}"
    );
}

#[test]
fn corpus_passes_with_a_correct_fixture() {
    let r = corpus_run_one(GOOD_FIXTURE).expect_code(0);
    assert!(!r.stdout.contains("FAIL"), "{r:?}");
    assert_eq!(r.last_line(), "corpus: 2 passed, 0 failed", "{r:?}");
}

#[test]
fn corpus_fails_when_an_expect_is_missed() {
    let fixture = format!("{GOOD_FIXTURE}// expect: a method call\nobj.insecureThing();\n");
    let r = corpus_run_one(&fixture).expect_code(1);
    assert_fail_line(&r, &["corpus/mypack/myrule/app.js:7", "expected a finding"]);
    assert_eq!(r.last_line(), "corpus: 2 passed, 1 failed", "{r:?}");
}

#[test]
fn corpus_fails_when_an_ok_line_is_flagged() {
    let fixture = format!("{GOOD_FIXTURE}// ok: claimed safe\ninsecureThing(1);\n");
    let r = corpus_run_one(&fixture).expect_code(1);
    assert_fail_line(&r, &["corpus/mypack/myrule/app.js:7", "`ok:`"]);
    assert_eq!(r.last_line(), "corpus: 2 passed, 1 failed", "{r:?}");
}

#[test]
fn corpus_fails_on_a_finding_on_an_unannotated_line() {
    let fixture = format!("{GOOD_FIXTURE}insecureThing(2);\n");
    let r = corpus_run_one(&fixture).expect_code(1);
    assert_fail_line(
        &r,
        &["corpus/mypack/myrule/app.js:6:1", "without `expect:`"],
    );
    assert_eq!(r.last_line(), "corpus: 2 passed, 1 failed", "{r:?}");
}

#[test]
fn corpus_fails_when_a_rule_has_no_fixture_folder() {
    let fixtures = [("mypack/myrule/app.js", GOOD_FIXTURE)];
    let r = corpus_run(&["mypack/other"], &fixtures).expect_code(1);
    assert_fail_line(&r, &["mypack/other", "no fixtures"]);
    assert_failed_summary(&r);
}

#[test]
fn corpus_fails_on_a_fixture_folder_without_a_rule() {
    let fixtures = [
        ("mypack/myrule/app.js", GOOD_FIXTURE),
        ("mypack/ghost/app.js", GOOD_FIXTURE),
    ];
    let r = corpus_run(&[], &fixtures).expect_code(1);
    assert_fail_line(&r, &["corpus/mypack/ghost", "`mypack/ghost`"]);
    assert_failed_summary(&r);
}

#[test]
fn corpus_fails_when_a_language_has_no_ok() {
    let r = corpus_run_one("// expect: a direct call\ninsecureThing();\n").expect_code(1);
    assert_fail_line(&r, &["mypack/myrule", "javascript", "`ok:`"]);
    assert_failed_summary(&r);
}

#[test]
fn corpus_todo_expect_for_a_miss_passes_and_is_listed() {
    let fixture = format!(
        "{GOOD_FIXTURE}// todo-expect: method calls are not matched yet\nobj.insecureThing();\n"
    );
    let r = corpus_run_one(&fixture).expect_code(0);
    let listed = r.stdout.lines().any(|l| {
        l.starts_with("todo")
            && l.contains("corpus/mypack/myrule/app.js:7")
            && l.contains("method calls are not matched yet")
    });
    assert!(listed, "{r:?}");
    assert!(!r.stdout.contains("FAIL"), "{r:?}");
    assert!(r.last_line().ends_with(" passed, 0 failed"), "{r:?}");
}

#[test]
fn corpus_todo_expect_that_starts_passing_fails_with_promote() {
    let fixture =
        format!("{GOOD_FIXTURE}// todo-expect: thought to be missed\ninsecureThing(3);\n");
    let r = corpus_run_one(&fixture).expect_code(1);
    assert_fail_line(&r, &["corpus/mypack/myrule/app.js:7", "promote"]);
    assert_eq!(r.last_line(), "corpus: 2 passed, 1 failed", "{r:?}");
}

/// "passed" counts the checks that passed: failures that are not checks (an orphan folder, a
/// rule without fixtures, missing coverage) must not be subtracted from it.
#[test]
fn corpus_summary_counts_the_checks_that_passed() {
    let fixtures = [
        ("mypack/myrule/app.js", GOOD_FIXTURE),
        ("mypack/ghost/app.js", GOOD_FIXTURE),
    ];
    let r = corpus_run(&[], &fixtures).expect_code(1);
    // Both expectations of mypack/myrule passed; the orphan folder is the one failure.
    assert_eq!(r.last_line(), "corpus: 2 passed, 1 failed", "{r:?}");
}

#[test]
fn corpus_folder_that_does_not_exist_exits_2() {
    let dir = tempdir();
    user_rule(dir.path(), "mypack/myrule", "warning", "insecureThing");
    run(dir.path(), "test --rules rules --corpus nowhere")
        .expect_code(2)
        .stderr_has("nowhere");
}

// ---------------------------------------------------------------------------------------------
// `tree`
// ---------------------------------------------------------------------------------------------

#[test]
fn tree_prints_node_kinds_fields_and_positions() {
    let dir = tempdir();
    write(dir.path(), "app.js", FLAWED_JS);
    run(dir.path(), "tree app.js")
        .expect_code(0)
        .stdout_has("(program)  [1:1]")
        .stdout_has("(call_expression)")
        .stdout_has("function: (identifier) \"session\"  [2:9]")
        .stdout_has("(pair)  [2:19]")
        .stdout_has("key: (property_identifier) \"secret\"  [2:19]");
}

#[test]
fn tree_of_an_unsupported_file_exits_2() {
    let dir = tempdir();
    write(dir.path(), "notes.txt", "hello\n");
    run(dir.path(), "tree notes.txt")
        .expect_code(2)
        .stderr_has("notes.txt");
}
