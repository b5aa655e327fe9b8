//! CI-gate behaviour through the real binary: project configuration, baselines (stable under
//! line moves and re-indentation) and changed-code mode.

// Test helpers panic on I/O failure by design: a broken temp dir is a broken test.
#![allow(clippy::unwrap_used)]

mod common;
use common::write;
use std::path::Path;
use std::process::Command as StdCommand;

use assert_cmd::Command;
use predicates::prelude::*;

const FLAWED: &str = "app.use(session({ secret: \"keyboard cat\" }));\n";

fn sessionlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sessionlint").unwrap_or_else(|e| panic!("{e}"));
    cmd.current_dir(dir);
    cmd
}

fn json_findings(out: &[u8]) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)));
    v["findings"].as_array().cloned().unwrap_or_default()
}

fn git(dir: &Path, args: &[&str]) {
    let status = StdCommand::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

// ---------------------------------------------------------------- baseline

#[test]
fn baseline_survives_inserted_lines_and_reindentation_but_not_new_flaws() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "src/app.js", format!("const x = 1;\n{FLAWED}"));
    sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--write-baseline",
            "baseline.json",
            ".",
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("wrote 1 findings to the baseline"));
    sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--baseline",
            "baseline.json",
            ".",
        ])
        .assert()
        .code(0);

    // Lines inserted above and the flawed line re-indented: still the same finding.
    write(
        dir.path(),
        "src/app.js",
        format!("// header\n\nconst x = 1;\nif (x) {{\n        {FLAWED}}}\n"),
    );
    sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--baseline",
            "baseline.json",
            ".",
        ])
        .assert()
        .code(0);

    // The same flaw in another file is new.
    write(dir.path(), "src/admin.js", FLAWED);
    let out = sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            ".",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let findings = json_findings(&out);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["path"], "src/admin.js");

    // A second identical flaw in the baselined file is new too (occurrence index).
    std::fs::remove_file(dir.path().join("src/admin.js")).unwrap();
    write(
        dir.path(),
        "src/app.js",
        format!("const x = 1;\n{FLAWED}{FLAWED}"),
    );
    let out = sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            ".",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_findings(&out).len(), 1);
}

#[test]
fn stale_baseline_entries_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", FLAWED);
    sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--write-baseline",
            "b.json",
            ".",
        ])
        .assert()
        .code(0);
    write(
        dir.path(),
        "app.js",
        "app.use(session({ secret: process.env.S }));\n",
    );
    sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--baseline",
            "b.json",
            ".",
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "1 baseline entries match no finding",
        ));
}

#[test]
fn bad_baseline_is_a_clear_error_and_overwrites_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", FLAWED);
    write(dir.path(), "report.json", "previous report\n");
    write(
        dir.path(),
        "b.json",
        "{\"version\": 1, \"tool\": \"sessionlint\", \"findings\": [ {\"oops\": 1} ]}",
    );
    sessionlint(dir.path())
        .args([
            "check",
            "--baseline",
            "b.json",
            "--format",
            "json",
            "--output",
            "report.json",
            ".",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("b.json:1:").and(predicate::str::contains("--write-baseline")),
        );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("report.json")).unwrap(),
        "previous report\n"
    );

    write(
        dir.path(),
        "b.json",
        "{\"version\": 9, \"tool\": \"sessionlint\", \"findings\": []}",
    );
    sessionlint(dir.path())
        .args(["check", "--baseline", "b.json", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("version 9"));
    sessionlint(dir.path())
        .args(["check", "--baseline", "missing.json", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read baseline"));
}

// ---------------------------------------------------------------- changed-code mode

#[test]
fn diff_base_reports_only_changed_lines() {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    write(dir.path(), "old.js", FLAWED);
    write(dir.path(), "mixed.js", format!("{FLAWED}const y = 2;\n"));
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "base"]);
    // A new flaw in a tracked file, and an untracked new file.
    write(
        dir.path(),
        "mixed.js",
        format!("{FLAWED}const y = 2;\n{FLAWED}"),
    );
    write(dir.path(), "new.js", FLAWED);
    let out = sessionlint(dir.path())
        .args([
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--format",
            "json",
            "--diff-base",
            "HEAD",
            ".",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let got: Vec<(String, u64)> = json_findings(&out)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or("").to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![("mixed.js".to_string(), 3), ("new.js".to_string(), 1)]
    );
}

#[test]
fn diff_base_fails_clearly_outside_git_or_with_a_bad_ref() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", FLAWED);
    sessionlint(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .args(["check", "--diff-base", "main", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--diff-base needs a git repository",
        ));
    git(dir.path(), &["init", "-q"]);
    sessionlint(dir.path())
        .args(["check", "--diff-base", "no-such-ref", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`no-such-ref` is not a commit"));
}

// ---------------------------------------------------------------- configuration

#[test]
fn configuration_is_discovered_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "web/app.js", FLAWED);
    write(dir.path(), "vendor/lib.js", FLAWED);
    write(
        dir.path(),
        "sessionlint.toml",
        "select = [\"hardcoded-secret/express-session-secret\"]\nexclude = [\"vendor/**\"]\nfail-on = \"error\"\n[severity]\n\"hardcoded-secret\" = \"warning\"\n",
    );
    // From a subdirectory: the file above is found; severity lowered so fail-on error passes.
    let out = sessionlint(&dir.path().join("web"))
        .args(["check", "--format", "json", "."])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let findings = json_findings(&out);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["severity"], "warning");
    // Excludes apply when scanning the root; the command line's --fail-on wins.
    let out = sessionlint(dir.path())
        .args(["check", "--format", "json", "--fail-on", "warning", "."])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_findings(&out).len(), 1);
    // --no-config ignores it.
    sessionlint(dir.path())
        .args([
            "check",
            "--no-config",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--format",
            "json",
            ".",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("vendor/lib.js"));
}

#[test]
fn pyproject_table_and_explicit_config() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", FLAWED);
    write(
        dir.path(),
        "pyproject.toml",
        "[project]\nname = \"erp\"\n\n[tool.sessionlint]\nselect = [\"hardcoded-secret/express-session-secret\"]\nignore = [\"hardcoded-secret\"]\n",
    );
    sessionlint(dir.path())
        .args(["check", "."])
        .assert()
        .code(0);
    write(
        dir.path(),
        "strict.toml",
        "select = [\"hardcoded-secret/express-session-secret\"]\n",
    );
    sessionlint(dir.path())
        .args(["check", "--config", "strict.toml", "."])
        .assert()
        .code(1);
}

#[test]
fn bad_configuration_is_exit_2_with_location_and_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", FLAWED);
    write(
        dir.path(),
        "sessionlint.toml",
        "select = [\"fixation\"]\nexlude = [\"x\"]\n",
    );
    sessionlint(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("sessionlint.toml:2:1: unknown field `exlude`")
                .and(predicate::str::contains("did you mean `exclude`?")),
        );
    write(dir.path(), "sessionlint.toml", "fail-on = 3\n");
    sessionlint(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sessionlint.toml:1:11"));
    write(
        dir.path(),
        "sessionlint.toml",
        "[severity]\n\"no-such-pack\" = \"note\"\n",
    );
    sessionlint(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`no-such-pack` is not a rule id, pack or category",
        ));
}

#[test]
fn init_writes_a_valid_starter_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app.js", FLAWED);
    sessionlint(dir.path()).arg("init").assert().code(0);
    let text = std::fs::read_to_string(dir.path().join("sessionlint.toml")).unwrap();
    assert!(text.contains("# select ="));
    sessionlint(dir.path())
        .args(["check", "."])
        .assert()
        .code(1);
    sessionlint(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    sessionlint(dir.path())
        .args(["init", "--force"])
        .assert()
        .code(0);
}

#[test]
fn force_exclude_applies_to_explicit_files() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "vendor/lib.js", FLAWED);
    write(
        dir.path(),
        "sessionlint.toml",
        "exclude = [\"vendor/**\"]\n",
    );
    sessionlint(dir.path())
        .args(["check", "vendor/lib.js"])
        .assert()
        .code(1);
    sessionlint(dir.path())
        .args(["check", "--force-exclude", "vendor/lib.js"])
        .assert()
        .code(0);
}

// ---------------------------------------------------------------- inline suppressions

#[test]
fn suppressions_silence_their_line_and_the_next_in_every_comment_syntax() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.js",
        format!(
            "// sessionlint-ignore: hardcoded-secret/express-session-secret -- demo app\n{FLAWED}"
        ),
    );
    write(
        dir.path(),
        "b.ts",
        "app.use(session({ secret: \"keyboard cat\" })); /* sessionlint-ignore: hardcoded-secret/express-session-secret -- fixture */\n",
    );
    write(
        dir.path(),
        "settings.py",
        "# sessionlint-ignore: cookie-flags/django-cookie-setting-insecure -- served over plain HTTP in the lab\nSESSION_COOKIE_SECURE = False\n",
    );
    write(
        dir.path(),
        "cookie.go",
        "package web\n\nimport \"net/http\"\n\nvar c = http.Cookie{\n\tName: \"sid\",\n\t// sessionlint-ignore: csrf-samesite/go-cookie-samesite-none -- embedded widget\n\tSameSite: http.SameSiteNoneMode,\n}\n",
    );
    let out = sessionlint(dir.path())
        .args(["check", "--no-config", "--select", "hardcoded-secret/express-session-secret,cookie-flags/django-cookie-setting-insecure,csrf-samesite/go-cookie-samesite-none", "--format", "json", "."])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_findings(&out), Vec::<serde_json::Value>::new());
    // With --include-suppressed they are listed, with their reason, and still exit 0.
    let out = sessionlint(dir.path())
        .args([
            "check",
            "--no-config",
            "--select",
            "hardcoded-secret/express-session-secret,cookie-flags/django-cookie-setting-insecure,csrf-samesite/go-cookie-samesite-none",
            "--format",
            "json",
            "--include-suppressed",
            ".",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let findings = json_findings(&out);
    assert_eq!(findings.len(), 4);
    assert_eq!(findings[0]["path"], "a.js");
    assert_eq!(findings[0]["suppressed"], "demo app");
}

#[test]
fn unused_and_unknown_suppressions_are_reported_as_notes() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.js",
        "// sessionlint-ignore: hardcoded-secret/express-session-secret -- fixed since\nconst ok = 1;\n// sessionlint-ignore: hardcoded-secret/express-sesion-secret\napp.use(session({ secret: process.env.S }));\n",
    );
    let out = sessionlint(dir.path())
        .args([
            "check",
            "--no-config",
            "--select",
            "hardcoded-secret/express-session-secret,sessionlint/unused-suppression",
            "--format",
            "json",
            ".",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let findings = json_findings(&out);
    assert_eq!(findings.len(), 2);
    for f in &findings {
        assert_eq!(f["rule"], "sessionlint/unused-suppression");
        assert_eq!(f["severity"], "note");
    }
    assert_eq!(findings[0]["line"], 1);
    assert_eq!(findings[0]["category"], "hardcoded-secret");
    assert!(findings[1]["message"]
        .as_str()
        .unwrap()
        .contains("did you mean `hardcoded-secret/express-session-secret`?"));
    // Notes do not fail a warning gate, and the diagnostic can be switched off.
    sessionlint(dir.path())
        .args([
            "check",
            "--no-config",
            "--select",
            "hardcoded-secret/express-session-secret,sessionlint/unused-suppression",
            "--fail-on",
            "warning",
            ".",
        ])
        .assert()
        .code(0);
    sessionlint(dir.path())
        .args([
            "check",
            "--no-config",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--ignore",
            "sessionlint/unused-suppression",
            ".",
        ])
        .assert()
        .code(0);
}

#[test]
fn sarif_leaves_suppressed_results_out_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.js",
        format!("{FLAWED}// sessionlint-ignore: hardcoded-secret/express-session-secret -- kiosk build\n{FLAWED}"),
    );
    let sarif = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec![
            "check",
            "--select",
            "hardcoded-secret/express-session-secret",
            "--no-config",
            "--format",
            "sarif",
        ];
        args.extend_from_slice(extra);
        args.push(".");
        let out = sessionlint(dir.path())
            .args(&args)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let plain = sarif(&[]);
    let results = plain["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert!(results[0].get("suppressions").is_none());
    let rules = plain["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(rules
        .iter()
        .any(|r| r["id"] == "sessionlint/unused-suppression"));

    let all = sarif(&["--include-suppressed"]);
    let results = all["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[1]["suppressions"],
        serde_json::json!([{"kind": "inSource", "justification": "kiosk build"}])
    );
}
