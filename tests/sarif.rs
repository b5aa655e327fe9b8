//! Validates `--format sarif` output against the SARIF 2.1.0 JSON schema.
//!
//! The schema is the one `serde-sarif` ships (`src/schema.json` of its package), found through
//! `cargo metadata`; the test fails when it cannot be found. Reports are built the way the CLI
//! builds them: the embedded rules scan `test-corpus/` through `engine::scan`, findings are
//! sorted with `Finding::sort_key`, and `report::render` writes the SARIF.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;
use sessionlint::engine;
use sessionlint::finding::{FileProblem, Finding, ProblemKind};
use sessionlint::lang::Grammar;
use sessionlint::report::{self, Format, Options, ReportInput};
use sessionlint::rule::RuleSet;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

fn host_triple() -> Option<String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let out = Command::new(rustc).arg("-vV").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(|h| h.trim().to_string())
}

/// `cargo metadata` for this crate. Filtered to the host platform first, so that no
/// dependency of another platform has to be downloaded (works offline once built).
fn cargo_metadata() -> Value {
    let mut attempts: Vec<Vec<String>> = Vec::new();
    if let Some(host) = host_triple() {
        attempts.push(vec!["--filter-platform".into(), host]);
    }
    attempts.push(Vec::new());
    let mut errors = Vec::new();
    for extra in attempts {
        let out = Command::new(env!("CARGO"))
            .args(["metadata", "--format-version", "1"])
            .args(&extra)
            .current_dir(MANIFEST_DIR)
            .output()
            .unwrap_or_else(|e| panic!("cannot run `{} metadata`: {e}", env!("CARGO")));
        if out.status.success() {
            return serde_json::from_slice(&out.stdout).expect("`cargo metadata` prints JSON");
        }
        errors.push(format!(
            "cargo metadata {}: {}",
            extra.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    panic!("`cargo metadata` failed:\n{}", errors.join("\n"));
}

/// The path of the SARIF 2.1.0 schema inside the `serde-sarif` package.
fn schema_path() -> PathBuf {
    let metadata = cargo_metadata();
    let packages = metadata["packages"]
        .as_array()
        .expect("metadata has packages");
    let manifest = packages
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif is not in `cargo metadata`: it is a dependency of sessionlint");
    let dir = Path::new(manifest)
        .parent()
        .expect("manifest has a directory");
    let schema = dir.join("src").join("schema.json");
    assert!(
        schema.is_file(),
        "the SARIF schema is not at {}: did serde-sarif move it?",
        schema.display()
    );
    schema
}

fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let path = schema_path();
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let mut schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
        escape_stray_brackets(&mut schema);
        assert!(
            schema["$id"]
                .as_str()
                .is_some_and(|id| id.contains("sarif-schema-2.1.0")),
            "{} is not the SARIF 2.1.0 schema",
            path.display()
        );
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft7)
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("the SARIF schema does not compile: {e}"))
    })
}

/// The published SARIF 2.1.0 schema has a typo in the `language` patterns (a stray `]`).
/// ECMA-262 (Annex B), which JSON Schema patterns follow, reads a lone `]` as a literal;
/// Rust's regex engines refuse it, so the schema would not compile. Escaping it keeps the
/// ECMA-262 meaning exactly.
fn escape_stray_brackets(schema: &mut Value) {
    const TYPO: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    const ESCAPED: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$";
    match schema {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "pattern" && value.as_str() == Some(TYPO) {
                    *value = Value::String(ESCAPED.to_string());
                } else {
                    escape_stray_brackets(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(escape_stray_brackets),
        _ => {}
    }
}

/// Parses and validates rendered SARIF; returns the log.
fn validate(sarif: &str) -> Value {
    assert!(sarif.ends_with("}\n"), "SARIF ends with a newline");
    let log: Value = serde_json::from_str(sarif).expect("SARIF output is JSON");
    let errors: Vec<String> = validator()
        .iter_errors(&log)
        .map(|e| {
            format!(
                "{} (at {}, schema {})",
                e,
                e.instance_path(),
                e.schema_path()
            )
        })
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not match the 2.1.0 schema:\n{}\n\n{sarif}",
        errors.join("\n")
    );
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["runs"].as_array().map(Vec::len),
        Some(1),
        "exactly one run"
    );
    // Every result names a rule the driver lists at its index.
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"]
        .as_array()
        .expect("driver.rules");
    for result in run["results"].as_array().expect("results is an array") {
        let index = result["ruleIndex"]
            .as_u64()
            .expect("every result has a ruleIndex");
        let rule = rules
            .get(usize::try_from(index).expect("small index"))
            .unwrap_or_else(|| panic!("ruleIndex {index} is out of range ({} rules)", rules.len()));
        assert_eq!(
            rule["id"], result["ruleId"],
            "ruleIndex {index} points at another rule"
        );
    }
    log
}

fn rules() -> RuleSet {
    RuleSet::load(&[], true).unwrap_or_else(|e| panic!("embedded rules do not load:\n{e}"))
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Scans every source file under `test-corpus/`, labelled with its path relative to the
/// crate (as the CLI would show it when run from there).
fn scan_corpus(rules: &RuleSet) -> (Vec<Finding>, usize) {
    let root = Path::new(MANIFEST_DIR);
    let mut files = Vec::new();
    files_under(&root.join("test-corpus"), &mut files);
    let mut findings = Vec::new();
    let mut scanned = 0;
    for file in files {
        let Some(grammar) = Grammar::from_path(&file) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("corpus files are UTF-8");
        let label = file
            .strip_prefix(root)
            .expect("under the crate")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        findings.extend(engine::scan(&label, &text, grammar, rules));
        scanned += 1;
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    (findings, scanned)
}

fn render(
    findings: &[Finding],
    problems: &[FileProblem],
    rules: &RuleSet,
    files_scanned: usize,
) -> String {
    let input = ReportInput {
        findings,
        problems,
        rules: rules.rules(),
        files_scanned,
    };
    let options = Options {
        color: false,
        automation_id: "sessionlint/test/".to_string(),
    };
    report::render(Format::Sarif, &input, &options)
}

#[test]
fn schema_is_found_through_cargo_metadata() {
    let path = schema_path();
    assert!(path.ends_with("src/schema.json"), "{}", path.display());
    assert!(
        path.components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with("serde-sarif")),
        "{}",
        path.display()
    );
}

#[test]
fn corpus_report_is_valid_sarif() {
    let rules = rules();
    let (findings, scanned) = scan_corpus(&rules);
    assert!(scanned > 0, "no source files under test-corpus/");
    let log = validate(&render(&findings, &[], &rules, scanned));
    let run = &log["runs"][0];
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty(), "the corpus report has no results");
    assert_eq!(results.len(), findings.len());
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().map(Vec::len),
        Some(rules.rules().len() + 1),
        "the driver lists every enabled rule and the unused-suppression diagnostic"
    );
    for (result, finding) in results.iter().zip(&findings) {
        assert_eq!(result["ruleId"], finding.rule.as_str());
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert_eq!(location["artifactLocation"]["uri"], finding.path.as_str());
        assert_eq!(location["region"]["startLine"], finding.span.start.line);
        assert_eq!(
            location["region"]["startColumn"],
            finding.span.start.utf16_column
        );
        assert!(result["partialFingerprints"]["primaryLocationLineHash"].is_string());
    }
    for rule in run["tool"]["driver"]["rules"].as_array().expect("rules") {
        if rule["id"] == "sessionlint/unused-suppression" {
            continue;
        }
        assert!(
            rule["properties"]["security-severity"].is_string(),
            "{rule}"
        );
        let short = rule["shortDescription"]["text"]
            .as_str()
            .expect("shortDescription");
        assert!(!short.is_empty() && short.chars().count() <= 1024, "{rule}");
    }
}

#[test]
fn empty_report_is_valid_sarif() {
    let rules = rules();
    let log = validate(&render(&[], &[], &rules, 0));
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
    // Also with no rules at all.
    let input = ReportInput {
        findings: &[],
        problems: &[],
        rules: &[],
        files_scanned: 0,
    };
    validate(&report::render(Format::Sarif, &input, &Options::default()));
}

#[test]
fn report_with_skipped_files_is_valid_sarif() {
    let rules = rules();
    let problems = vec![
        FileProblem {
            path: "vendor/big bundle.js".into(),
            kind: ProblemKind::TooLarge,
            message: "skipped: larger than 1 MiB".into(),
        },
        FileProblem {
            path: "missing/ö.ts".into(),
            kind: ProblemKind::NotFound,
            message: "not found".into(),
        },
        FileProblem {
            path: "/outside/bin.js".into(),
            kind: ProblemKind::Binary,
            message: "skipped: binary".into(),
        },
    ];
    let log = validate(&render(&[], &problems, &rules, 0));
    let notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .expect("notifications");
    assert_eq!(notes.len(), 3);
    assert_eq!(notes[0]["descriptor"]["id"], "too-large");
    assert_eq!(notes[0]["level"], "warning");
    assert_eq!(
        notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "vendor/big%20bundle.js"
    );
    assert_eq!(notes[1]["descriptor"]["id"], "not-found");
    assert_eq!(
        notes[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "file:///outside/bin.js"
    );
}

#[test]
fn non_ascii_path_with_a_space_is_valid_sarif() {
    let rules = rules();
    let text = std::fs::read_to_string(
        Path::new(MANIFEST_DIR).join("test-corpus/hardcoded-secret/express-session-secret/app.js"),
    )
    .expect("corpus file");
    let path = "src/ünïcode dir/app (1).js";
    let grammar = Grammar::from_path(Path::new(path)).expect("a JavaScript file");
    let mut findings = engine::scan(path, &text, grammar, &rules);
    assert!(!findings.is_empty(), "the corpus file has findings");
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let log = validate(&render(&findings, &[], &rules, 1));
    for result in log["runs"][0]["results"].as_array().expect("results") {
        let artifact = &result["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(artifact["uri"], "src/%C3%BCn%C3%AFcode%20dir/app%20(1).js");
        assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
    }
}

#[test]
fn invalid_sarif_is_rejected() {
    // The validator really checks: a result without a message is not SARIF.
    let bad = serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r"}]}]
    });
    assert!(!validator().is_valid(&bad));
    let bad_column = serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"},
            "locations": [{"physicalLocation": {"region": {"startLine": 1, "startColumn": 0}}}]}]}]
    });
    assert!(!validator().is_valid(&bad_column));
    // Formats are checked: an artifact URI with a raw space is not a URI reference.
    let location = |uri: &str| {
        serde_json::json!({
            "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]}]}]
        })
    };
    assert!(validator().is_valid(&location("a%20b.js")));
    assert!(!validator().is_valid(&location("a b.js")));
}
