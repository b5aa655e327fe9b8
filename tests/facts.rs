//! Engine capabilities that look beyond one match: evidence through calls into project
//! functions (`follow-calls`, in the same file and in another file of the project), project
//! facts (`project-has`), `role:NAME(REGEX)` filters and `duration-over`, proven through the
//! real binary on a user rule pack and its fixtures.

// Test helpers panic on I/O failure by design: a broken temp dir is a broken test.
#![allow(clippy::unwrap_used)]

mod common;
use common::write;
use std::path::Path;

use assert_cmd::Command;

const LOGOUT_RULE: &str = r#"
id = "lifecycle/logout-keeps-session"
category = "logout-ghost"
severity = "warning"
confidence = "medium"
message = "logout handler `{route}` clears the cookie but never destroys the server-side session"
docs = "Destroy the session on logout."
[match.javascript]
query = '''(call_expression function: (member_expression property: (property_identifier) @_m (#eq? @_m "clearCookie"))) @match'''
inside = ["role:handler((?i)logout|sign-?out)"]
not-preceded-by = ['''(call_expression function: (member_expression object: (member_expression property: (property_identifier) @_s (#eq? @_s "session")) property: (property_identifier) @_d (#eq? @_d "destroy"))) @match''']
follow-calls = 2
"#;

const BLOCKLIST_RULE: &str = r#"
id = "lifecycle/jwt-without-blocklist"
category = "refresh-unlinked"
severity = "warning"
confidence = "medium"
message = "JWTManager is set up but no token_in_blocklist_loader exists anywhere in the project"
docs = "Register a blocklist loader."
[match.python]
query = '''(call function: (identifier) @_f (#eq? @_f "JWTManager")) @match'''
not-project-has = ['''(decorator (attribute attribute: (identifier) @_d (#eq? @_d "token_in_blocklist_loader"))) @match''']
"#;

const LIFETIME_RULE: &str = r#"
id = "lifecycle/session-cookie-too-long"
category = "long-lifetime"
severity = "warning"
confidence = "high"
message = "session cookie lives {duration}, more than {limit}"
docs = "Keep sessions short."
[match.javascript]
query = '''(pair key: (property_identifier) @_k (#eq? @_k "maxAge") value: (_) @age) @match'''
[match.javascript.where]
age = { duration-over = "absolute-session", unit = "ms", forever = ["-1"] }
"#;

const OR_RULE: &str = r#"
id = "lifecycle/token-written-client-side"
category = "device-binding"
severity = "warning"
confidence = "medium"
message = "token written where scripts can read it"
docs = "Keep tokens in HttpOnly cookies."
[match.javascript]
query = '''(call_expression function: (member_expression object: (identifier) @_o property: (property_identifier) @_m) (#eq? @_o "localStorage") (#eq? @_m "setItem")) @match'''
has = ['''((string) @match (#match? @match "(?i)token|jwt"))''']

[[match.javascript.or]]
query = '''(assignment_expression left: (member_expression object: (identifier) @_d property: (property_identifier) @_c) (#eq? @_d "document") (#eq? @_c "cookie")) @match'''
not-has = ['''((string) @match (#match? @match "(?i)httponly"))''']
"#;

fn pack(dir: &Path) {
    write(
        dir,
        "rules/lifecycle/token-written-client-side.toml",
        OR_RULE,
    );
    write(
        dir,
        "corpus/lifecycle/token-written-client-side/app.js",
        r#"// expect: first table, its own `has`
localStorage.setItem("accessToken", t);
// ok: first table, `has` does not hold
localStorage.setItem("theme", "dark");
// expect: the `or` table, whose `not-has` holds; the first table's `has` is not asked here
document.cookie = "sid=" + t;
// ok: the `or` table's `not-has` fails
document.cookie = "sid=" + t + "; HttpOnly";
"#,
    );
    write(
        dir,
        "rules/lifecycle/logout-keeps-session.toml",
        LOGOUT_RULE,
    );
    write(
        dir,
        "rules/lifecycle/jwt-without-blocklist.toml",
        BLOCKLIST_RULE,
    );
    write(
        dir,
        "rules/lifecycle/session-cookie-too-long.toml",
        LIFETIME_RULE,
    );
    write(
        dir,
        "corpus/lifecycle/logout-keeps-session/routes.js",
        r#"const { endSession } = require("./session-helpers");

app.post("/logout", (req, res) => {
  // expect: nothing destroys the session
  res.clearCookie("sid");
  res.redirect("/");
});

app.post("/signout", (req, res) => {
  req.session.destroy(() => {});
  // ok: destroyed right here
  res.clearCookie("sid");
});

function destroyHere(req) {
  req.session.destroy();
}

app.post("/logout-local", (req, res) => {
  destroyHere(req);
  // ok: destroyed by a helper in this file
  res.clearCookie("sid");
});

app.post("/api/logout", async (req, res) => {
  await endSession(req);
  // ok: destroyed by a helper in another file, two calls deep
  res.clearCookie("sid");
});

app.post("/preferences", (req, res) => {
  // ok: not a logout handler
  res.clearCookie("theme");
});

app.post("/logout-unknown", (req, res) => {
  auditLog.record(req);
  // expect: an unknown library call is no evidence
  res.clearCookie("sid");
});
"#,
    );
    write(
        dir,
        "corpus/lifecycle/logout-keeps-session/session-helpers.js",
        r#"async function endSession(req) {
  await auditTrail(req);
  return revokeServerSide(req);
}

function revokeServerSide(req) {
  return new Promise((resolve) => req.session.destroy(resolve));
}

module.exports = { endSession };
"#,
    );
    write(
        dir,
        "corpus/lifecycle/jwt-without-blocklist/ok/app.py",
        r#"from flask_jwt_extended import JWTManager

# ok: the blocklist loader is registered in another module of the project
jwt = JWTManager(app)
"#,
    );
    write(
        dir,
        "corpus/lifecycle/jwt-without-blocklist/ok/revocation.py",
        r#"@jwt.token_in_blocklist_loader
def is_revoked(jwt_header, jwt_payload):
    return RevokedToken.query.filter_by(jti=jwt_payload["jti"]).first() is not None
"#,
    );
    write(
        dir,
        "corpus/lifecycle/jwt-without-blocklist/missing/app.py",
        r#"from flask_jwt_extended import JWTManager

def create_app():
    # expect: this project (the folder missing/) has no blocklist loader
    return JWTManager(app)
"#,
    );
    write(
        dir,
        "corpus/lifecycle/session-cookie-too-long/app.js",
        r#"const DAY = 24 * 60 * 60 * 1000;
// expect: 90 days
app.use(session({ cookie: { maxAge: 90 * DAY } }));
// ok: eight hours
app.use(session({ cookie: { maxAge: 8 * 60 * 60 * 1000 } }));
// expect: -1 means no expiry for this API
res.cookie("sid", id, { maxAge: -1 });
// ok: from configuration, unknown here
res.cookie("sid", id, { maxAge: config.sessionTtl });
"#,
    );
}

#[test]
fn follow_calls_project_facts_role_filters_and_durations() {
    let dir = tempfile::tempdir().unwrap();
    pack(dir.path());
    let out = Command::cargo_bin("sessionlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["test", "--rules", "rules", "--corpus", "corpus"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("corpus: 16 passed, 0 failed"), "{stdout}");
}

#[test]
fn project_facts_come_from_every_scanned_file() {
    let dir = tempfile::tempdir().unwrap();
    pack(dir.path());
    let scan = |paths: &[&str]| {
        let mut args = vec![
            "check",
            "--no-config",
            "--no-builtin-rules",
            "--rules",
            "rules",
            "--format",
            "json",
        ];
        args.extend_from_slice(paths);
        let out = Command::cargo_bin("sessionlint")
            .unwrap()
            .current_dir(dir.path())
            .args(&args)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "lifecycle/jwt-without-blocklist")
            .count()
    };
    // app.py alone: no loader anywhere → reported. With revocation.py in the scan → silent.
    assert_eq!(
        scan(&["corpus/lifecycle/jwt-without-blocklist/ok/app.py"]),
        1
    );
    assert_eq!(scan(&["corpus/lifecycle/jwt-without-blocklist/ok"]), 0);
}
