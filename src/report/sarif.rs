//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other consumers, built with
//! `serde-sarif`.
//!
//! One run. The driver lists every enabled rule (not only those with results) in the order
//! of `ReportInput::rules`, so a result's `ruleIndex` means the same rule in every report of
//! one rule set. Columns are UTF-16 code units (`columnKind: utf16CodeUnits`), which is what
//! GitHub and most viewers expect. Relative paths are URI references against `%SRCROOT%`
//! (the working directory, which `originalUriBaseIds` names when it can be read); absolute
//! paths (files outside the working directory) are `file://` URIs. Skipped files become
//! tool execution notifications of the one invocation.
//!
//! Rule metadata follows GitHub's conventions: `security-severity` (a string),
//! `precision`, and `tags` with `security` and `external/cwe/cwe-N`. A rule's `name` is its
//! id in Pascal case (`HardcodedSecretExpressSessionSecret`): SARIF wants a friendly name
//! that differs from the id. Regions carry no snippets: the flagged line is often the
//! hard-coded secret itself, which the report should not copy.
//!
//! `.ci/sarif-multitool.sh` checks this output with Microsoft's SARIF Multitool (SARIF and
//! GitHub rules); `tests/sarif.rs` checks it against the 2.1.0 JSON schema.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    ReportingDescriptorReference, Result as SarifResult, ResultLevel, Run, RunAutomationDetails,
    Sarif, Suppression, Tool, ToolComponent,
};

use super::{Options, ReportInput};
use crate::finding::{FileProblem, Finding};
use crate::rule::{Rule, Severity};
use crate::suppress::UNUSED_SUPPRESSION;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/sessionlint/sessionlint";
const SRCROOT: &str = "%SRCROOT%";
/// GitHub's limit for `shortDescription.text` and `fullDescription.text`.
const MAX_DESCRIPTION: usize = 1024;
/// GitHub reads at most this many tags per rule.
const MAX_TAGS: usize = 20;

pub fn render(input: &ReportInput<'_>, options: &Options) -> String {
    let srcroot = std::env::current_dir()
        .ok()
        .and_then(|dir| dir.to_str().map(directory_uri));
    let sarif = build(input, options, srcroot.as_deref());
    let mut out = serde_json::to_string_pretty(&sarif).unwrap_or_else(|e| {
        // Unreachable in practice: every value is a string, number, bool, array or map.
        format!("{{\"error\": {}}}", Value::String(e.to_string()))
    });
    out.push('\n');
    out
}

/// The SARIF log. `srcroot` is the `file:` URI (ending in `/`) of the directory relative
/// paths are relative to, when known.
fn build(input: &ReportInput<'_>, options: &Options, srcroot: Option<&str>) -> Sarif {
    let driver = ToolComponent::builder()
        .name("sessionlint")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri(INFORMATION_URI)
        .rules(
            input
                .rules
                .iter()
                .map(descriptor)
                .chain(std::iter::once(unused_suppression_descriptor()))
                .collect::<Vec<_>>(),
        )
        .build();

    let results: Vec<SarifResult> = input
        .findings
        .iter()
        .map(|f| result(f, input.rules))
        .collect();

    let invocation = if input.problems.is_empty() {
        Invocation::builder().execution_successful(true).build()
    } else {
        Invocation::builder()
            .execution_successful(true)
            .tool_execution_notifications(
                input.problems.iter().map(notification).collect::<Vec<_>>(),
            )
            .build()
    };

    let automation = RunAutomationDetails::builder()
        .id(options.automation_id.as_str())
        .build();

    let mut run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .invocations(vec![invocation])
        .automation_details(automation)
        .column_kind(json!("utf16CodeUnits"))
        .build();
    if let Some(uri) = srcroot {
        let base = ArtifactLocation::builder().uri(uri).build();
        run.original_uri_base_ids = Some(BTreeMap::from([(SRCROOT.to_string(), base)]));
    }

    Sarif::builder()
        .schema(SCHEMA)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

fn result_level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Note => ResultLevel::Note,
    }
}

fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let mut tags = vec!["security".to_string()];
    for cwe in cwes(rule) {
        tags.push(format!("external/cwe/cwe-{cwe}"));
    }
    tags.push(format!("sessionlint/{}", rule.category));
    let mut unique = Vec::with_capacity(tags.len());
    for tag in tags {
        if !unique.contains(&tag) {
            unique.push(tag);
        }
    }
    // Keep the category tag when there are too many CWEs: it is the last one.
    if unique.len() > MAX_TAGS {
        let category = unique.pop();
        unique.truncate(MAX_TAGS - 1);
        unique.extend(category);
    }

    let mut props = BTreeMap::new();
    props.insert("precision".to_string(), json!(rule.confidence.name()));
    props.insert(
        "security-severity".to_string(),
        json!(rule.category.security_severity(rule.severity)),
    );
    props.insert("category".to_string(), json!(rule.category.name()));

    let summary = non_empty(rule.summary(), &rule.message, &rule.id);
    let full = non_empty(first_paragraph(&rule.docs), &summary, &rule.id);

    let mut descriptor = ReportingDescriptor::builder()
        .id(rule.id.as_str())
        .short_description(text(truncate(&summary, MAX_DESCRIPTION)))
        .full_description(text(truncate(&full, MAX_DESCRIPTION)))
        .help(
            MultiformatMessageString::builder()
                .text(help_text(rule))
                .markdown(help_markdown(rule))
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(rule.severity.name()))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(unique)
                .additional_properties(props)
                .build(),
        )
        .build();
    // SARIF 3.49.7: `name` is a friendly identifier; the Multitool warns when it equals `id`
    // (SARIF1001: then it must be left out) and wants it Pascal-case (SARIF2012).
    descriptor.name = friendly_name(&rule.id);
    descriptor
}

/// `hardcoded-secret/express-session-secret` → `HardcodedSecretExpressSessionSecret`;
/// `None` when that is empty or the id itself.
fn friendly_name(id: &str) -> Option<String> {
    let mut name = String::with_capacity(id.len());
    for word in id.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    (!name.is_empty() && name != id).then_some(name)
}

fn text(s: String) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(s).build()
}

/// `s` when it has text, else `fallback`, else `last`.
fn non_empty(s: String, fallback: &str, last: &str) -> String {
    if !s.trim().is_empty() {
        s
    } else if !fallback.trim().is_empty() {
        fallback.to_string()
    } else {
        last.to_string()
    }
}

/// The first paragraph of Markdown docs that is not a heading or a code fence, on one line.
fn first_paragraph(docs: &str) -> String {
    docs.split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#') && !p.starts_with("```"))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// At most `max` characters; a cut text ends with `…` (counted).
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The rule's CWE numbers without repeats, in order.
fn cwes(rule: &Rule) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(rule.cwe.len());
    for &c in &rule.cwe {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn cwe_url(cwe: u32) -> String {
    format!("https://cwe.mitre.org/data/definitions/{cwe}.html")
}

fn help_markdown(rule: &Rule) -> String {
    let mut md = rule.docs.trim_end().to_string();
    let cwes = cwes(rule);
    if !cwes.is_empty() {
        let links: Vec<String> = cwes
            .iter()
            .map(|c| format!("[CWE-{c}]({})", cwe_url(*c)))
            .collect();
        if !md.is_empty() {
            md.push_str("\n\n");
        }
        md.push_str(&format!("CWE: {}", links.join(", ")));
    }
    if md.is_empty() {
        md = rule.message.clone();
    }
    md
}

/// The docs without Markdown syntax: code fences become indented blocks, headings and
/// inline code lose their markers.
fn help_text(rule: &Rule) -> String {
    let mut lines = Vec::new();
    let mut in_code = false;
    for line in rule.docs.trim().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            lines.push(format!("    {line}"));
        } else if let Some(heading) = heading(trimmed) {
            lines.push(heading.to_string());
        } else {
            lines.push(line.replace('`', ""));
        }
    }
    let mut out = lines.join("\n");
    let cwes = cwes(rule);
    if !cwes.is_empty() {
        let refs: Vec<String> = cwes
            .iter()
            .map(|c| format!("CWE-{c} ({})", cwe_url(*c)))
            .collect();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&format!("CWE: {}", refs.join(", ")));
    }
    if out.trim().is_empty() {
        out = rule.message.clone();
    }
    out
}

fn heading(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches('#');
    (rest.len() < line.len() && (rest.is_empty() || rest.starts_with(' '))).then(|| rest.trim())
}

fn result(f: &Finding, rules: &[Rule]) -> SarifResult {
    let start = f.span.start;
    let end = f.span.end;
    let end_column = if end.line == start.line {
        end.utf16_column.max(start.utf16_column)
    } else {
        end.utf16_column.max(1)
    };
    let region = Region::builder()
        .start_line(i64::from(start.line.max(1)))
        .start_column(i64::from(start.utf16_column.max(1)))
        .end_line(i64::from(end.line.max(start.line).max(1)))
        .end_column(i64::from(end_column.max(1)))
        .build();
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(artifact_location(&f.path))
                .region(region)
                .build(),
        )
        .build();

    let mut fingerprints = BTreeMap::new();
    fingerprints.insert("primaryLocationLineHash".to_string(), f.line_hash.clone());
    fingerprints.insert("sessionlint/v1".to_string(), f.fingerprint.clone());

    let mut props = BTreeMap::new();
    if let Some(category) = f.category {
        props.insert("category".to_string(), json!(category.name()));
    }
    props.insert("confidence".to_string(), json!(f.confidence.name()));

    let message = Message::builder().text(f.message.as_str()).build();
    let props = PropertyBag::builder().additional_properties(props).build();
    let mut result = SarifResult::builder()
        .rule_id(f.rule.as_str())
        .level(result_level(f.severity))
        .message(message)
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(props)
        .build();
    // Every finding's rule is enabled, so this is always set; without a match it is left
    // out rather than pointing at the wrong rule. The unused-suppression diagnostic sits
    // right after the rules.
    result.rule_index = rules
        .iter()
        .position(|r| r.id == f.rule)
        .or((f.rule == UNUSED_SUPPRESSION).then_some(rules.len()))
        .and_then(|i| i64::try_from(i).ok());
    if let Some(reason) = &f.suppressed {
        let mut suppression = Suppression::builder().kind(json!("inSource")).build();
        if !reason.is_empty() {
            suppression.justification = Some(reason.clone());
        }
        result.suppressions = Some(vec![suppression]);
    }
    result
}

/// sessionlint's own diagnostic for `sessionlint-ignore` comments that silence nothing.
fn unused_suppression_descriptor() -> ReportingDescriptor {
    let summary = "A `sessionlint-ignore` comment that silences no finding.";
    let help = "The suppression names a rule that reports nothing on the comment's line or the \
                next one (the code was fixed or moved), or a rule id that does not exist. Remove \
                the comment, or move it next to the finding it is meant for.";
    let mut descriptor = ReportingDescriptor::builder()
        .id(UNUSED_SUPPRESSION)
        .short_description(text(summary.to_string()))
        .full_description(text(help.to_string()))
        .help(
            MultiformatMessageString::builder()
                .text(help)
                .markdown(help)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!("note"))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(vec!["maintainability".to_string()])
                .additional_properties(BTreeMap::from([(
                    "precision".to_string(),
                    json!("very-high"),
                )]))
                .build(),
        )
        .build();
    descriptor.name = friendly_name(UNUSED_SUPPRESSION);
    descriptor
}

fn notification(p: &FileProblem) -> Notification {
    let kind = serde_json::to_value(p.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{:?}", p.kind));
    Notification::builder()
        .level(json!("warning"))
        .message(
            Message::builder()
                .text(format!("{}: {}", p.path, p.message))
                .build(),
        )
        .locations(vec![Location::builder()
            .physical_location(
                PhysicalLocation::builder()
                    .artifact_location(artifact_location(&p.path))
                    .build(),
            )
            .build()])
        .descriptor(ReportingDescriptorReference::builder().id(kind).build())
        .build()
}

/// A display path as a SARIF artifact location: relative paths are URI references against
/// `%SRCROOT%`, absolute ones `file://` URIs.
fn artifact_location(path: &str) -> ArtifactLocation {
    match absolute_file_uri(path) {
        Some(uri) => ArtifactLocation::builder().uri(uri).build(),
        None => ArtifactLocation::builder()
            .uri(encode_path(path, true))
            .uri_base_id(SRCROOT)
            .build(),
    }
}

/// `file:` URI of an absolute path, or `None` for a relative one.
fn absolute_file_uri(path: &str) -> Option<String> {
    file_uri(path, cfg!(windows))
}

/// `/x` is absolute everywhere; `C:/x`, `C:\x` and `\\server\share` only on Windows (elsewhere
/// they are odd but relative names).
fn file_uri(path: &str, windows: bool) -> Option<String> {
    if windows {
        let path = path.replace('\\', "/");
        let bytes = path.as_bytes();
        if let Some(unc) = path.strip_prefix("//") {
            // file://server/share/...
            return Some(format!("file://{}", encode_path(unc, false)));
        }
        if bytes.len() >= 3
            && bytes[0].is_ascii_alphabetic()
            && bytes[1] == b':'
            && bytes[2] == b'/'
        {
            return Some(format!(
                "file:///{}:{}",
                &path[..1],
                encode_path(&path[2..], false)
            ));
        }
        if path.starts_with('/') {
            return Some(format!("file://{}", encode_path(&path, false)));
        }
        return None;
    }
    path.starts_with('/')
        .then(|| format!("file://{}", encode_path(path, false)))
}

/// The `file:` URI of a directory, ending with `/`.
fn directory_uri(dir: &str) -> String {
    let mut uri = absolute_file_uri(dir).unwrap_or_else(|| encode_path(dir, true));
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// Percent-encodes a `/`-separated path as the path of a URI reference (RFC 3986): keeps
/// unreserved characters, sub-delimiters, `@` and `/`; encodes everything else as UTF-8
/// bytes. `:` is encoded in relative paths, where a first segment like `a:b` would read as
/// a scheme.
fn encode_path(path: &str, relative: bool) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'/'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'@'
            )
            || (b == b':' && !relative);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Position, ProblemKind, Span};
    use crate::rule::{Category, Confidence};

    fn rule(id: &str, category: Category, severity: Severity, cwe: Vec<u32>) -> Rule {
        Rule {
            id: id.into(),
            category,
            severity,
            confidence: Confidence::Medium,
            cwe,
            message: format!("{id} message"),
            docs: format!(
                "# Heading\n\nFirst sentence of {id}. Second sentence\nwraps.\n\nMore `code`.\n"
            ),
            origin: format!("rules/{id}.toml"),
            matchers: BTreeMap::new(),
            langs: Vec::new(),
            config: Vec::new(),
            examples: Vec::new(),
            paths: None,
            not_paths: None,
        }
    }

    fn rules() -> Vec<Rule> {
        vec![
            rule(
                "cookies/httponly-disabled",
                Category::CookieFlags,
                Severity::Warning,
                vec![1004],
            ),
            rule(
                "hardcoded-secret/express-session-secret",
                Category::HardcodedSecret,
                Severity::Error,
                vec![798, 321, 798],
            ),
            rule(
                "lifetime/too-long",
                Category::LongLifetime,
                Severity::Note,
                vec![],
            ),
        ]
    }

    fn finding(rule: &Rule, path: &str, start: (u32, u32), end: (u32, u32)) -> Finding {
        let pos = |(line, utf16_column): (u32, u32)| Position {
            line,
            column: utf16_column,
            utf16_column,
        };
        Finding {
            rule: rule.id.clone(),
            category: Some(rule.category),
            severity: rule.severity,
            confidence: rule.confidence,
            path: path.into(),
            span: Span {
                start_byte: 0,
                end_byte: 1,
                start: pos(start),
                end: pos(end),
            },
            message: "a message".into(),
            source_line: "x".into(),
            snippet: "x".into(),
            line_hash: "abcdef0123456789:1".into(),
            fingerprint: "0123456789abcdef".into(),
            suppressed: None,
        }
    }

    fn to_json(input: &ReportInput<'_>, srcroot: Option<&str>) -> Value {
        let options = Options {
            color: false,
            automation_id: "sessionlint/ci/".into(),
        };
        serde_json::to_value(build(input, &options, srcroot)).expect("serialisable")
    }

    #[test]
    fn shape_of_the_log() {
        let rules = rules();
        let findings = vec![
            finding(&rules[1], "src/app.js", (10, 5), (10, 27)),
            finding(&rules[2], "src/b.ts", (3, 1), (5, 2)),
        ];
        let input = ReportInput {
            findings: &findings,
            problems: &[],
            rules: &rules,
            files_scanned: 2,
        };
        let log = to_json(&input, Some("file:///repo/"));
        assert_eq!(log["$schema"], SCHEMA);
        assert_eq!(log["version"], "2.1.0");
        assert_eq!(log["runs"].as_array().map(Vec::len), Some(1));
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "utf16CodeUnits");
        assert_eq!(run["automationDetails"]["id"], "sessionlint/ci/");
        assert_eq!(
            run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
            "file:///repo/"
        );
        assert_eq!(run["invocations"][0]["executionSuccessful"], true);
        assert!(run["invocations"][0]
            .get("toolExecutionNotifications")
            .is_none());

        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "sessionlint");
        assert_eq!(driver["semanticVersion"], env!("CARGO_PKG_VERSION"));
        assert_eq!(driver["informationUri"], INFORMATION_URI);
        // Every enabled rule, in order, even those without results, then the
        // unused-suppression diagnostic.
        let listed: Vec<&str> = driver["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .filter_map(|r| r["id"].as_str())
            .collect();
        let mut want: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        want.push(UNUSED_SUPPRESSION);
        assert_eq!(listed, want);

        let secret = &driver["rules"][1];
        assert_eq!(secret["name"], "HardcodedSecretExpressSessionSecret");
        assert_eq!(
            secret["shortDescription"]["text"],
            "First sentence of hardcoded-secret/express-session-secret."
        );
        assert_eq!(
            secret["fullDescription"]["text"],
            "First sentence of hardcoded-secret/express-session-secret. Second sentence wraps."
        );
        assert_eq!(secret["defaultConfiguration"]["level"], "error");
        let props = &secret["properties"];
        assert_eq!(
            props["tags"],
            json!([
                "security",
                "external/cwe/cwe-798",
                "external/cwe/cwe-321",
                "sessionlint/hardcoded-secret"
            ])
        );
        assert_eq!(props["precision"], "medium");
        assert_eq!(props["category"], "hardcoded-secret");
        assert!(props["security-severity"].is_string(), "{props}");
        assert_eq!(props["security-severity"], "8.1");
        let md = secret["help"]["markdown"].as_str().expect("markdown");
        assert!(md.contains("More `code`."), "{md}");
        assert!(md.ends_with(
            "\n\nCWE: [CWE-798](https://cwe.mitre.org/data/definitions/798.html), [CWE-321](https://cwe.mitre.org/data/definitions/321.html)"
        ), "{md}");
        let help = secret["help"]["text"].as_str().expect("text");
        assert!(help.starts_with("Heading\n\nFirst sentence"), "{help}");
        assert!(help.contains("More code."), "{help}");
        assert_eq!(
            driver["rules"][2]["properties"]["tags"],
            json!(["security", "sessionlint/long-lifetime"])
        );

        let results = run["results"].as_array().expect("results");
        assert_eq!(results.len(), 2);
        for r in results {
            let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(driver["rules"][index]["id"], r["ruleId"]);
        }
        let r = &results[0];
        assert_eq!(r["ruleIndex"], 1);
        assert_eq!(r["level"], "error");
        assert_eq!(r["message"]["text"], "a message");
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(
            loc["artifactLocation"],
            json!({"uri": "src/app.js", "uriBaseId": "%SRCROOT%"})
        );
        assert_eq!(
            loc["region"],
            json!({"startLine": 10, "startColumn": 5, "endLine": 10, "endColumn": 27})
        );
        assert_eq!(
            r["partialFingerprints"],
            json!({"primaryLocationLineHash": "abcdef0123456789:1", "sessionlint/v1": "0123456789abcdef"})
        );
        assert_eq!(
            r["properties"],
            json!({"category": "hardcoded-secret", "confidence": "medium"})
        );
        assert_eq!(results[1]["ruleIndex"], 2);
        assert_eq!(results[1]["level"], "note");
        assert_eq!(
            results[1]["locations"][0]["physicalLocation"]["region"],
            json!({"startLine": 3, "startColumn": 1, "endLine": 5, "endColumn": 2})
        );
    }

    #[test]
    fn rule_names_are_pascal_case_and_differ_from_ids() {
        assert_eq!(
            friendly_name("cookies/httponly-disabled").as_deref(),
            Some("CookiesHttponlyDisabled")
        );
        assert_eq!(friendly_name("x/jwt-v2_key").as_deref(), Some("XJwtV2Key"));
        assert_eq!(friendly_name("Plain"), None);
        assert_eq!(friendly_name("//"), None);
    }

    #[test]
    fn unknown_rule_has_no_rule_index() {
        let rules = rules();
        let mut f = finding(&rules[0], "a.js", (1, 1), (1, 2));
        f.rule = "not/enabled".into();
        let findings = [f];
        let input = ReportInput {
            findings: &findings,
            problems: &[],
            rules: &rules,
            files_scanned: 1,
        };
        let log = to_json(&input, None);
        let result = &log["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "not/enabled");
        assert!(result.get("ruleIndex").is_none(), "{result}");
    }

    #[test]
    fn empty_report_still_has_results_and_rules() {
        let rules = rules();
        let input = ReportInput {
            findings: &[],
            problems: &[],
            rules: &rules,
            files_scanned: 0,
        };
        let log = to_json(&input, None);
        let run = &log["runs"][0];
        assert_eq!(run["results"], json!([]));
        assert_eq!(
            run["tool"]["driver"]["rules"].as_array().map(Vec::len),
            Some(4)
        );
        assert!(run.get("originalUriBaseIds").is_none());
        let out = render(&input, &Options::default());
        assert!(
            out.ends_with("}\n") && out.starts_with("{\n  \"$schema\""),
            "{out}"
        );
    }

    #[test]
    fn empty_region_never_ends_before_it_starts() {
        let rules = rules();
        let findings = [finding(&rules[0], "a.js", (2, 7), (2, 7))];
        let input = ReportInput {
            findings: &findings,
            problems: &[],
            rules: &rules,
            files_scanned: 1,
        };
        let log = to_json(&input, None);
        let region = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startColumn"], 7);
        assert_eq!(region["endColumn"], 7);
    }

    #[test]
    fn paths_are_percent_encoded_uri_references() {
        assert_eq!(encode_path("src/my file.js", true), "src/my%20file.js");
        assert_eq!(
            encode_path("dir/ä ö/日本.ts", true),
            "dir/%C3%A4%20%C3%B6/%E6%97%A5%E6%9C%AC.ts"
        );
        assert_eq!(
            encode_path("a#b?c%d[e].js", true),
            "a%23b%3Fc%25d%5Be%5D.js"
        );
        assert_eq!(encode_path("c:weird/x+y@z.js", true), "c%3Aweird/x+y@z.js");
        let rules = rules();
        let findings = [finding(&rules[0], "web app/ünï code.js", (1, 1), (1, 2))];
        let input = ReportInput {
            findings: &findings,
            problems: &[],
            rules: &rules,
            files_scanned: 1,
        };
        let log = to_json(&input, None);
        assert_eq!(
            log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
            json!({"uri": "web%20app/%C3%BCn%C3%AF%20code.js", "uriBaseId": "%SRCROOT%"})
        );
    }

    #[test]
    fn absolute_paths_are_file_uris_without_a_base() {
        assert_eq!(
            absolute_file_uri("/tmp/a b/x.js").as_deref(),
            Some("file:///tmp/a%20b/x.js")
        );
        assert_eq!(
            file_uri("C:/Users/me/x.js", true).as_deref(),
            Some("file:///C:/Users/me/x.js")
        );
        assert_eq!(
            file_uri("C:\\Users\\me\\a b.js", true).as_deref(),
            Some("file:///C:/Users/me/a%20b.js")
        );
        assert_eq!(
            file_uri("\\\\server\\share\\x.js", true).as_deref(),
            Some("file://server/share/x.js")
        );
        assert_eq!(file_uri("C:/Users/me/x.js", false), None);
        assert_eq!(file_uri("src\\x.js", true), None);
        assert_eq!(absolute_file_uri("src/x.js"), None);
        assert_eq!(directory_uri("/work/my repo"), "file:///work/my%20repo/");
        assert_eq!(directory_uri("/"), "file:///");
        let rules = rules();
        let findings = [finding(&rules[0], "/elsewhere/A.java", (1, 1), (1, 2))];
        let input = ReportInput {
            findings: &findings,
            problems: &[],
            rules: &rules,
            files_scanned: 1,
        };
        let log = to_json(&input, Some("file:///repo/"));
        assert_eq!(
            log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
            json!({"uri": "file:///elsewhere/A.java"})
        );
    }

    #[test]
    fn skipped_files_are_execution_notifications() {
        let problems = [FileProblem {
            path: "big dir/huge.js".into(),
            kind: ProblemKind::TooLarge,
            message: "skipped: 2 MiB is over the 1 MiB limit".into(),
        }];
        let input = ReportInput {
            findings: &[],
            problems: &problems,
            rules: &[],
            files_scanned: 0,
        };
        let log = to_json(&input, None);
        let invocation = &log["runs"][0]["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], true);
        let notes = invocation["toolExecutionNotifications"]
            .as_array()
            .expect("notifications");
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0]["level"], "warning");
        assert_eq!(notes[0]["descriptor"]["id"], "too-large");
        assert_eq!(
            notes[0]["message"]["text"],
            "big dir/huge.js: skipped: 2 MiB is over the 1 MiB limit"
        );
        assert_eq!(
            notes[0]["locations"][0]["physicalLocation"]["artifactLocation"],
            json!({"uri": "big%20dir/huge.js", "uriBaseId": "%SRCROOT%"})
        );
    }

    #[test]
    fn descriptions_are_bounded_and_tags_capped() {
        let long = "é".repeat(3000);
        assert_eq!(
            truncate(&long, MAX_DESCRIPTION).chars().count(),
            MAX_DESCRIPTION
        );
        assert_eq!(truncate("short", MAX_DESCRIPTION), "short");
        let mut r = rule(
            "x/many-cwes",
            Category::Fixation,
            Severity::Error,
            (1..=40).collect(),
        );
        r.docs = long;
        let d = serde_json::to_value(descriptor(&r)).expect("json");
        let tags = d["properties"]["tags"].as_array().expect("tags");
        assert_eq!(tags.len(), MAX_TAGS);
        assert_eq!(tags.last(), Some(&json!("sessionlint/fixation")));
        for key in ["shortDescription", "fullDescription"] {
            let text = d[key]["text"].as_str().expect("text");
            assert!(
                !text.is_empty() && text.chars().count() <= MAX_DESCRIPTION,
                "{key}"
            );
        }
        r.docs = String::new();
        let d = serde_json::to_value(descriptor(&r)).expect("json");
        assert_eq!(d["shortDescription"]["text"], "x/many-cwes message");
        assert_eq!(d["fullDescription"]["text"], "x/many-cwes message");
    }
}
