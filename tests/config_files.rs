//! End-to-end tests of configuration files as sources: which files a walk reads, exact
//! positions in JSON and SARIF, syntax-error notices, standard input, code rules that agree
//! with configuration, and the errors of `[match.config]` tables. Every test writes its own
//! rule pack and runs with `--no-builtin-rules`, so the built-in rules can grow freely.

mod common;
use common::write;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// A `[match.config]` rule: `*.session.cookie.secure` (any format) set to false.
const SECURE_RULE: &str = r#"
id = "pack/cookie-secure-off"
category = "cookie-flags"
severity = "warning"
confidence = "high"
message = "`{key}` is {value}"
docs = "Session cookie sent over plain HTTP."

[match.config]
key = ["**.session.cookie.secure", "**/httpCookies@requireSSL", "COOKIE_SECURE"]

[match.config.where.value]
equals = ["false"]
"#;

/// A code rule silenced by configuration: `enableSessions()` unless some configuration file
/// sets `app.session.cookie.secure = true`.
const AGREEMENT_RULE: &str = r#"
id = "pack/sessions-default-cookie"
category = "cookie-flags"
severity = "warning"
confidence = "medium"
message = "sessions with the default cookie"
docs = "The default session cookie is not Secure."

[match.javascript]
query = '''((call_expression function: (identifier) @_f) @match (#eq? @_f "enableSessions"))'''
not-project-has = ["config:app.session.cookie.secure=true"]
"#;

fn tempdir() -> TempDir {
    tempfile::Builder::new()
        .prefix("sessionlint-config")
        .tempdir()
        .expect("temp dir")
}

/// Runs `sessionlint ARGS` in `cwd` with the rule pack under `cwd/rules`; (exit code, stdout,
/// stderr).
fn run(cwd: &Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = Command::cargo_bin("sessionlint")
        .expect("binary built")
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("run sessionlint");
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `check --no-config --no-builtin-rules --rules rules --format FORMAT ARGS`.
fn check(cwd: &Path, format: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec![
        "check",
        "--no-config",
        "--no-builtin-rules",
        "--rules",
        "rules",
        "--format",
        format,
    ];
    all.extend_from_slice(args);
    run(cwd, &all, "")
}

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

/// `(path, line, column, end_column)` of every finding of a JSON report.
fn located(report: &Value) -> Vec<(String, u64, u64, u64)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_string(),
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("column"),
                f["end_column"].as_u64().expect("end_column"),
            )
        })
        .collect()
}

#[test]
fn every_format_is_read_with_exact_positions_and_other_json_xml_is_skipped() {
    let dir = tempdir();
    let root = dir.path();
    write(root, "rules/pack/cookie-secure-off.toml", SECURE_RULE);
    write(
        root,
        "app/application.properties",
        "# c\nserver.servlet.session.cookie.secure=false\n",
    );
    write(
        root,
        "app/application.yml",
        "server:\n  servlet:\n    session:\n      cookie:\n        secure: 'false'\n",
    );
    write(
        root,
        "app/appsettings.Production.json",
        "{\n  // c\n  \"Session\": { \"Cookie\": { \"Secure\": false } }\n}\n",
    );
    write(root, "app/web.config", "<configuration>\n  <system.web>\n    <httpCookies requireSSL=\"false\" />\n  </system.web>\n</configuration>\n");
    write(root, "app/.env", "# c\nexport COOKIE_SECURE=\"false\"\n");
    // Not configuration by name: skipped while walking.
    write(
        root,
        "app/package.json",
        "{ \"session\": { \"cookie\": { \"secure\": false } } }\n",
    );
    write(
        root,
        "app/pom.xml",
        "<project><session><cookie><secure>false</secure></cookie></session></project>\n",
    );
    // Hidden folders stay skipped, even for .env files.
    write(root, "app/.git/.env", "COOKIE_SECURE=false\n");
    write(
        root,
        "app/.github/workflows/ci.yml",
        "session:\n  cookie:\n    secure: false\n",
    );
    let (code, out, err) = check(root, "json", &["app"]);
    assert_eq!(code, 1, "{out}\n{err}");
    let report = json(&out);
    assert_eq!(
        located(&report),
        vec![
            ("app/.env".to_string(), 2, 22, 29),
            ("app/application.properties".to_string(), 2, 38, 43),
            ("app/application.yml".to_string(), 5, 17, 24),
            ("app/appsettings.Production.json".to_string(), 3, 38, 43),
            ("app/web.config".to_string(), 3, 29, 36),
        ]
    );
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["message"].as_str().expect("message"))
        .collect();
    assert!(
        messages.contains(&"`server.servlet.session.cookie.secure` is false"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"`configuration.system.web.httpCookies@requireSSL` is false"),
        "{messages:?}"
    );

    // Named explicitly, any JSON or XML file is read.
    let (code, out, _) = check(root, "json", &["app/package.json", "app/pom.xml"]);
    assert_eq!(code, 1);
    let paths: Vec<String> = located(&json(&out)).into_iter().map(|l| l.0).collect();
    assert_eq!(paths, ["app/package.json", "app/pom.xml"]);
}

#[test]
fn sarif_regions_of_configuration_findings_are_exact() {
    let dir = tempdir();
    let root = dir.path();
    write(root, "rules/pack/cookie-secure-off.toml", SECURE_RULE);
    write(root, "web.config", "<configuration>\n  <system.web>\n    <httpCookies requireSSL=\"false\" />\n  </system.web>\n</configuration>\n");
    let (code, out, _) = check(root, "sarif", &["web.config"]);
    assert_eq!(code, 1);
    let sarif = json(&out);
    let result = &sarif["runs"][0]["results"][0];
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "web.config");
    assert_eq!(location["region"]["startLine"], 3);
    assert_eq!(location["region"]["startColumn"], 29);
    assert_eq!(location["region"]["endColumn"], 36);
    assert_eq!(result["ruleId"], "pack/cookie-secure-off");
}

#[test]
fn a_syntax_error_is_a_notice_and_the_parsed_part_is_still_scanned() {
    let dir = tempdir();
    let root = dir.path();
    write(root, "rules/pack/cookie-secure-off.toml", SECURE_RULE);
    write(
        root,
        "application.yml",
        "spring:\n  session:\n    cookie:\n      secure: false\nbroken: [1,\n  2\n",
    );
    write(root, "server.js", "enableSessions();\n");
    let (code, out, err) = check(root, "json", &["."]);
    assert_eq!(code, 1, "{out}\n{err}");
    let report = json(&out);
    assert_eq!(
        located(&report),
        vec![("application.yml".to_string(), 4, 15, 20)]
    );
    let errors = report["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1, "{out}");
    assert_eq!(errors[0]["kind"], "syntax");
    assert!(
        err.contains("application.yml: syntax error at line 5"),
        "{err}"
    );
    // SARIF carries it as a tool notification.
    let (_, out, _) = check(root, "sarif", &["application.yml"]);
    let notes = &json(&out)["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes[0]["descriptor"]["id"], "syntax", "{notes}");
}

#[test]
fn standard_input_takes_the_format_from_the_file_name() {
    let dir = tempdir();
    let root = dir.path();
    write(root, "rules/pack/cookie-secure-off.toml", SECURE_RULE);
    let args = [
        "check",
        "--no-config",
        "--no-builtin-rules",
        "--rules",
        "rules",
        "--format",
        "json",
        "--stdin-filename",
        "config/application-prod.properties",
        "-",
    ];
    let (code, out, err) = run(
        root,
        &args,
        "a=1\nserver.servlet.session.cookie.secure = false\n",
    );
    assert_eq!(code, 1, "{out}\n{err}");
    assert_eq!(
        located(&json(&out)),
        vec![("config/application-prod.properties".to_string(), 2, 40, 45)]
    );
}

#[test]
fn a_code_rule_is_silent_when_configuration_overrides_the_default() {
    let dir = tempdir();
    let root = dir.path();
    write(
        root,
        "rules/pack/sessions-default-cookie.toml",
        AGREEMENT_RULE,
    );
    write(root, "plain/server.js", "enableSessions();\n");
    write(
        root,
        "plain/config/default.json",
        "{ \"app\": { \"session\": { \"cookie\": { \"secure\": false } } } }\n",
    );
    write(root, "configured/server.js", "enableSessions();\n");
    write(
        root,
        "configured/config/production.json",
        "{ \"app\": { \"session\": { \"cookie\": { \"secure\": true } } } }\n",
    );
    let (code, out, _) = check(root, "json", &["plain"]);
    assert_eq!(code, 1);
    assert_eq!(
        located(&json(&out)),
        vec![("plain/server.js".to_string(), 1, 1, 17)]
    );
    let (code, out, _) = check(root, "json", &["configured"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn config_table_mistakes_name_the_file_line_and_fix() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "[match.config]\nformats = [\"yaml\"]\n",
            "needs `key = [...]`",
            ":1:1",
        ),
        (
            "[match.config]\nkey = [\"a.b\"]\nformats = [\"yml\"]\n",
            "unknown configuration format `yml`",
            "did you mean",
        ),
        (
            "[match.config]\nkey = [\"a.b\"]\nquery = \"(x) @match\"\n",
            "matches key paths, not queries",
            "",
        ),
        (
            "[match.config]\nkey = [\"a.b**\"]\n",
            "invalid key pattern",
            "whole segment",
        ),
        (
            "[match.config]\nkey = [\"a.b\"]\n[match.config.where.val]\nequals = [\"x\"]\n",
            "captures `key` and `value`",
            "did you mean `value`",
        ),
        (
            "[match.config]\nkey = [\"a.b\"]\nhas = [\"config:x\"]\n",
            "`has` is for code tables",
            "",
        ),
    ];
    for (table, message, detail) in cases {
        let dir = tempdir();
        let root = dir.path();
        let head = "id = \"pack/r\"\ncategory = \"cookie-flags\"\nseverity = \"note\"\nconfidence = \"low\"\nmessage = \"m\"\ndocs = \"d\"\n";
        write(root, "rules/pack/r.toml", format!("{head}{table}"));
        let (code, out, err) = check(root, "json", &["."]);
        assert_eq!(code, 2, "{table}\n{out}\n{err}");
        assert!(err.contains("rules/pack/r.toml:"), "{table}\n{err}");
        assert!(err.contains(message), "{table}\n{err}");
        assert!(err.contains(detail), "{table}\n{err}");
    }
    // `config:` conditions belong in project-has, and their placeholders must be bound.
    let code_cases = [
        ("has = [\"config:a.b\"]", "not allowed in `has`"),
        (
            "not-project-has = [\"config:{nope}\"]",
            "`{nope}` in `config:{nope}` is not a capture",
        ),
    ];
    for (relation, message) in code_cases {
        let dir = tempdir();
        let root = dir.path();
        let rule = format!(
            "id = \"pack/r\"\ncategory = \"cookie-flags\"\nseverity = \"note\"\nconfidence = \"low\"\nmessage = \"m\"\ndocs = \"d\"\n[match.javascript]\nquery = \"(call_expression) @match\"\n{relation}\n"
        );
        write(root, "rules/pack/r.toml", &rule);
        let (code, _, err) = check(root, "json", &["."]);
        assert_eq!(code, 2, "{relation}\n{err}");
        assert!(err.contains("rules/pack/r.toml:9:"), "{relation}\n{err}");
        assert!(err.contains(message), "{relation}\n{err}");
    }
}

#[test]
fn tree_sitter_queries_on_configuration_grammars_still_work() {
    let dir = tempdir();
    let root = dir.path();
    // What a key path cannot say: an element holding a given child element.
    let rule = r#"
id = "pack/xml-query"
category = "fixation"
severity = "note"
confidence = "low"
message = "tracking mode {mode}"
docs = "d"

[match.xml]
query = '''
((element (STag (Name) @_tag) (content (CharData) @mode)) @match
  (#eq? @_tag "tracking-mode") (#match? @mode "^URL$"))
'''
"#;
    write(root, "rules/pack/xml-query.toml", rule);
    write(
        root,
        "WEB-INF/web.xml",
        "<web-app>\n  <session-config>\n    <tracking-mode>URL</tracking-mode>\n    <tracking-mode>COOKIE</tracking-mode>\n  </session-config>\n</web-app>\n",
    );
    let (code, out, err) = check(root, "json", &["."]);
    assert_eq!(code, 1, "{out}\n{err}");
    let report = json(&out);
    assert_eq!(
        located(&report),
        vec![("WEB-INF/web.xml".to_string(), 3, 5, 39)]
    );
    assert_eq!(report["findings"][0]["message"], "tracking mode URL");
}

#[test]
fn helm_templates_are_read_without_syntax_notices() {
    let dir = tempdir();
    let root = dir.path();
    write(root, "rules/pack/cookie-secure-off.toml", SECURE_RULE);
    write(
        root,
        "chart/templates/configmap.yaml",
        "{{- if .Values.web.enabled }}\napp:\n  session:\n    cookie:\n      secure: false\n{{- end }}\n",
    );
    let (code, out, err) = check(root, "json", &["chart"]);
    assert_eq!(code, 1, "{out}\n{err}");
    let report = json(&out);
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(0), "{out}");
    assert_eq!(
        located(&report),
        vec![("chart/templates/configmap.yaml".to_string(), 5, 15, 20)]
    );
}

#[test]
fn tree_entries_lists_key_paths_for_rule_authors() {
    let dir = tempdir();
    let root = dir.path();
    write(
        root,
        "appsettings.json",
        "{\n  \"Jwt\": { \"Key\": \"k\" }\n}\n",
    );
    write(root, "app.js", "x();\n");
    let (code, out, err) = run(root, &["tree", "--entries", "appsettings.json"], "");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "2:19  Jwt.Key  [jwt.key]  = \"k\"\n");
    let (code, _, err) = run(root, &["tree", "--entries", "app.js"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("--entries is for configuration files"),
        "{err}"
    );
}
