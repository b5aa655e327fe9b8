//! End-to-end tests of `sessionlint lsp`: the real binary, spoken to over its standard input
//! and output in framed JSON-RPC, as an editor does. Every wait has a timeout, so a hung
//! server fails the test instead of hanging the run; nothing measures speed.
//!
//! The built-in rule relied upon is `hardcoded-secret/express-session-secret`; configuration
//! findings come from a rule pack the test writes into its workspace (loaded through the
//! workspace's `sessionlint.toml`), so the built-in configuration rules can change freely.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tempfile::TempDir;

/// Only a guard against a hung server (debug builds on a busy machine are slow).
const WAIT: Duration = Duration::from_secs(180);
const EXPRESS_RULE: &str = "hardcoded-secret/express-session-secret";
/// A workspace configuration selecting only that rule (and the unused-suppression check).
const SELECT_EXPRESS: &str =
    "select = [\"hardcoded-secret/express-session-secret\", \"sessionlint/unused-suppression\"]\n";

/// `☕` is one UTF-16 unit (3 bytes), `😀` two (4 bytes): the literal `"keyboard cat"` on line
/// 2 (0-based) starts at UTF-16 column 36 (characters: 35, bytes: 40) and ends at 50.
const FLAWED_JS: &str = "// café\nconst session = require(\"express-session\");\n\
                         /* ☕😀 */ app.use(session({ secret: \"keyboard cat\" }));\n";
const FIXED_JS: &str = "// café\nconst session = require(\"express-session\");\n\
                        /* ☕😀 */ app.use(session({ secret: process.env.SESSION_SECRET }));\n";

/// A user rule over configuration files: `*.session.cookie.secure=false`, unless another
/// configuration file of the project turns it on (a cross-file condition: project facts).
const CONFIG_RULE: &str = r#"
id = "team/cookie-secure-off"
category = "cookie-flags"
severity = "error"
confidence = "high"
message = "`{key}` is {value}"
docs = "Session cookie sent over plain HTTP."

[match.config]
key = ["**.session.cookie.secure"]
not-project-has = ["config:server.servlet.session.cookie.secure=true"]

[match.config.where.value]
equals = ["false"]
"#;

/// The workspace configuration of the configuration-file tests: the pack under `my-rules/`,
/// and only its rules (which also spares compiling the built-in ones).
const ONLY_TEAM: &str = "rules = [\"my-rules\"]\nselect = [\"team\"]\n";

struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
    next_id: i64,
    _dir: TempDir,
    root: PathBuf,
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// Reads frames from the server until it closes its output.
fn read_frames(out: impl Read, tx: mpsc::Sender<Value>) {
    let mut r = BufReader::new(out);
    loop {
        let mut length = None;
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                length = v.parse::<usize>().ok();
            }
        }
        let Some(length) = length else { return };
        let mut body = vec![0; length];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let value = serde_json::from_slice(&body).expect("the server writes JSON");
        if tx.send(value).is_err() {
            return;
        }
    }
}

fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display()).replace(' ', "%20")
}

impl Server {
    /// Starts the server in a workspace holding `files`.
    fn start(files: &[(&str, &str)]) -> Server {
        let dir = TempDir::new().expect("temp dir");
        let root = dir.path().canonicalize().expect("canonical temp dir");
        for (path, text) in files {
            let p = root.join(path);
            std::fs::create_dir_all(p.parent().expect("a parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("sessionlint"))
            .arg("lsp")
            .current_dir(&root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let out = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || read_frames(out, tx));
        let stdin = child.stdin.take();
        Server {
            child,
            stdin,
            messages: rx,
            next_id: 1,
            _dir: dir,
            root,
        }
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("the server reads");
        stdin.flush().expect("flush");
    }

    fn send(&mut self, message: Value) {
        self.send_raw(&frame(&message.to_string()));
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message the predicate accepts; the others are skipped.
    fn wait_for(&mut self, what: &str, accept: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(m) if accept(&m) => return m,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => panic!("timed out waiting for {what}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output while waiting for {what}")
                }
            }
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(&format!("the answer to `{method}`"), |m| {
            m.get("id") == Some(&json!(id)) && m.get("method").is_none()
        })
    }

    fn initialize(&mut self) -> Value {
        let root_uri = uri_of(&self.root);
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
                "workspaceFolders": [{"uri": root_uri, "name": "ws"}],
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    fn file_uri(&self, rel: &str) -> String {
        uri_of(&self.root.join(rel))
    }

    fn open(&mut self, rel: &str, language: &str, text: &str) -> String {
        let uri = self.file_uri(rel);
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
        uri
    }

    fn change(&mut self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": text}],
            }),
        );
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait_for(&format!("diagnostics of {uri}"), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"]
            .as_array()
            .expect("a diagnostics array")
            .clone()
    }

    /// Closes standard input (if still open) and waits for the exit code.
    fn exit_code(mut self) -> i32 {
        drop(self.stdin.take());
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn shutdown_and_exit(mut self) -> i32 {
        let answer = self.request("shutdown", Value::Null);
        assert_eq!(answer["result"], Value::Null, "{answer}");
        assert!(answer.get("error").is_none(), "{answer}");
        self.notify("exit", Value::Null);
        self.exit_code()
    }
}

fn ranges(diagnostics: &[Value], rule: &str) -> Vec<Value> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == rule)
        .map(|d| d["range"].clone())
        .collect()
}

fn range(l1: u32, c1: u32, l2: u32, c2: u32) -> Value {
    json!({"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}})
}

#[test]
fn initialize_announces_utf16_full_sync_with_save() {
    let mut server = Server::start(&[]);
    let answer = server.initialize();
    let caps = &answer["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16", "{answer}");
    let sync = &caps["textDocumentSync"];
    assert_eq!(sync["openClose"], true, "{answer}");
    assert_eq!(sync["change"], 1, "full sync: {answer}");
    assert!(sync["save"].is_object(), "{answer}");
    assert_eq!(answer["result"]["serverInfo"]["name"], "sessionlint");
    // Unknown requests are refused, not ignored.
    let unknown = server.request("textDocument/hover", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn open_change_close_publish_the_buffer_diagnostics() {
    // The file on disk is clean: diagnostics come from the buffer. Only the rule under test
    // is selected (through the workspace configuration), so "fixed" means no diagnostics.
    let mut server = Server::start(&[
        ("src/app.js", FIXED_JS),
        ("sessionlint.toml", SELECT_EXPRESS),
    ]);
    server.initialize();
    let uri = server.open("src/app.js", "javascript", FLAWED_JS);
    let diagnostics = server.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let d = &diagnostics[0];
    assert_eq!(d["code"], EXPRESS_RULE);
    assert_eq!(d["source"], "sessionlint");
    assert_eq!(d["severity"], 1, "error: {d}");
    assert_eq!(d["range"], range(2, 36, 2, 50), "UTF-16 columns: {d}");
    assert!(d["message"]
        .as_str()
        .is_some_and(|m| m.contains("hard-coded")));

    server.change(&uri, 2, FIXED_JS);
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    server.change(&uri, 3, FLAWED_JS);
    assert_eq!(server.diagnostics(&uri).len(), 1);

    // Saving re-checks the buffer.
    server.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(server.diagnostics(&uri).len(), 1);

    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn inline_suppressions_hide_findings() {
    let mut server = Server::start(&[("sessionlint.toml", SELECT_EXPRESS)]);
    server.initialize();
    let text = FLAWED_JS.replace(
        "/* ☕😀 */",
        "// sessionlint-ignore: hardcoded-secret/express-session-secret -- test key\n",
    );
    let uri = server.open("app.js", "javascript", &text);
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    // A suppression of nothing is reported (as `check` does).
    let stale = text.replace("\"keyboard cat\"", "process.env.S");
    server.change(&uri, 2, &stale);
    let diagnostics = server.diagnostics(&uri);
    assert_eq!(
        ranges(&diagnostics, "sessionlint/unused-suppression").len(),
        1,
        "{diagnostics:?}"
    );
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn configuration_files_use_the_project_config_and_facts() {
    let mut server = Server::start(&[
        ("sessionlint.toml", ONLY_TEAM),
        ("my-rules/team/cookie-secure-off.toml", CONFIG_RULE),
        ("prod/application.properties", "server.port=8443\n"),
    ]);
    server.initialize();
    let text = "# café ☕\nserver.servlet.session.cookie.secure=false\n";
    let uri = server.open(
        "src/main/resources/application.properties",
        "properties",
        text,
    );
    let diagnostics = server.diagnostics(&uri);
    assert_eq!(
        ranges(&diagnostics, "team/cookie-secure-off"),
        vec![range(1, 37, 1, 42)],
        "{diagnostics:?}"
    );
    let d = diagnostics
        .iter()
        .find(|d| d["code"] == "team/cookie-secure-off")
        .expect("found above");
    assert_eq!(
        d["message"],
        "`server.servlet.session.cookie.secure` is false"
    );
    // `select = ["team"]` of the workspace configuration applies to code too.
    let js = server.open("app.js", "javascript", FLAWED_JS);
    assert_eq!(
        ranges(&server.diagnostics(&js), EXPRESS_RULE),
        Vec::<Value>::new()
    );

    // Another configuration file, open in the editor, turns the flag on: the project facts
    // change and the first file is re-checked without being touched.
    let prod = server.open(
        "prod/application.properties",
        "properties",
        "server.servlet.session.cookie.secure=true\n",
    );
    let _ = server.diagnostics(&prod);
    let after = server.diagnostics(&uri);
    assert_eq!(
        ranges(&after, "team/cookie-secure-off"),
        Vec::<Value>::new()
    );
    // Closed, the file reads from disk again (no setting there): the finding is back.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": prod}}),
    );
    let _ = server.diagnostics(&prod);
    let back = server.diagnostics(&uri);
    assert_eq!(ranges(&back, "team/cookie-secure-off").len(), 1, "{back:?}");
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn facts_come_from_the_files_on_disk() {
    // Not open in the editor: read by the walk at `initialized`.
    let mut server = Server::start(&[
        ("sessionlint.toml", ONLY_TEAM),
        ("my-rules/team/cookie-secure-off.toml", CONFIG_RULE),
        (
            "config/application-prod.properties",
            "server.servlet.session.cookie.secure=true\n",
        ),
    ]);
    server.initialize();
    let uri = server.open(
        "application.yml",
        "yaml",
        "server:\n  servlet:\n    session:\n      cookie:\n        secure: false\n",
    );
    let diagnostics = server.diagnostics(&uri);
    assert_eq!(
        ranges(&diagnostics, "team/cookie-secure-off"),
        Vec::<Value>::new()
    );
    // The editor's buffer of that file wins over the disk: the flag is off everywhere now.
    let prod = server.open(
        "config/application-prod.properties",
        "properties",
        "server.servlet.session.cookie.secure=false\n",
    );
    assert_eq!(server.diagnostics(&prod).len(), 1);
    let after = server.diagnostics(&uri);
    assert_eq!(
        ranges(&after, "team/cookie-secure-off"),
        vec![range(4, 16, 4, 21)],
        "{after:?}"
    );
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn a_broken_configuration_is_shown_and_the_builtin_rules_still_run() {
    let mut server = Server::start(&[("sessionlint.toml", "select = [\n")]);
    server.initialize();
    let shown = server.wait_for("window/showMessage", |m| {
        m["method"] == "window/showMessage"
    });
    assert_eq!(shown["params"]["type"], 1, "{shown}");
    assert!(
        shown["params"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("sessionlint.toml")),
        "{shown}"
    );
    let uri = server.open("app.js", "javascript", FLAWED_JS);
    assert_eq!(ranges(&server.diagnostics(&uri), EXPRESS_RULE).len(), 1);
    // Fixed and saved, the configuration is loaded again and the open files re-checked.
    let config = server.root.join("sessionlint.toml");
    std::fs::write(&config, "ignore = [\"hardcoded-secret\"]\n").expect("write");
    let config_uri = uri_of(&config);
    server.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": config_uri}}),
    );
    assert_eq!(
        ranges(&server.diagnostics(&uri), EXPRESS_RULE),
        Vec::<Value>::new()
    );
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn files_of_other_types_get_no_diagnostics() {
    let mut server = Server::start(&[]);
    server.initialize();
    let notes = server.open("notes.txt", "plaintext", "secret: \"keyboard cat\"\n");
    let js = server.open("app.js", "javascript", FLAWED_JS);
    // Messages are handled in order: the first diagnostics published are the JS file's.
    let first = server.wait_for("diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
    });
    assert_eq!(first["params"]["uri"], js, "{first} (not {notes})");
    assert_eq!(server.shutdown_and_exit(), 0);
}

#[test]
fn exit_without_shutdown_is_code_1() {
    let mut server = Server::start(&[]);
    server.initialize();
    server.notify("exit", Value::Null);
    assert_eq!(server.exit_code(), 1);
}

#[test]
fn lifecycle_errors_and_garbage_do_not_stop_the_server() {
    let mut server = Server::start(&[]);
    // Before `initialize`: ServerNotInitialized.
    let early = server.request("shutdown", Value::Null);
    assert_eq!(early["error"]["code"], -32002, "{early}");
    server.initialize();
    // A body that is not JSON: a parse error with a null id.
    server.send_raw(&frame("{this is not json"));
    let parse = server.wait_for("a parse error", |m| m.get("error").is_some());
    assert_eq!(parse["error"]["code"], -32700, "{parse}");
    assert_eq!(parse["id"], Value::Null);
    // JSON that is no JSON-RPC message, with an id: invalid request.
    server.send_raw(&frame(r#"{"id": 41, "method": 5}"#));
    let invalid = server.wait_for("an invalid-request error", |m| m.get("error").is_some());
    assert_eq!(invalid["error"]["code"], -32600, "{invalid}");
    assert_eq!(invalid["id"], 41);
    // A wrong header, a body shorter than announced is not possible to recover from; a
    // misspelled header and stray bytes are skipped.
    server.send_raw(b"Content-Lenght: 7\r\n\r\ngarbage");
    server.send_raw(b"\r\n\r\nnonsense without a header\r\n\r\n");
    // Bad parameters of a known notification are ignored.
    server.notify("textDocument/didOpen", json!({"textDocument": 7}));
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere.js", "version": 2}, "contentChanges": []}),
    );
    // Still answering, still checking.
    let uri = server.open("app.js", "javascript", FLAWED_JS);
    assert_eq!(ranges(&server.diagnostics(&uri), EXPRESS_RULE).len(), 1);
    let again = server.request("initialize", json!({"capabilities": {}}));
    assert_eq!(again["error"]["code"], -32600, "{again}");
    let answer = server.request("shutdown", Value::Null);
    assert_eq!(answer["result"], Value::Null);
    // After shutdown, requests are refused.
    let late = server.request("textDocument/hover", json!({}));
    assert_eq!(late["error"]["code"], -32600, "{late}");
    server.notify("exit", Value::Null);
    assert_eq!(server.exit_code(), 0);
}

#[test]
fn end_of_input_without_exit_ends_the_server() {
    let mut server = Server::start(&[]);
    server.initialize();
    server.send_raw(b"Content-Length: 99\r\n\r\n{\"jsonrpc\"");
    assert_eq!(server.exit_code(), 1);
}

#[test]
fn files_the_configuration_excludes_get_no_diagnostics() {
    let toml = format!("{SELECT_EXPRESS}exclude = [\"vendor/\"]\n");
    let mut server = Server::start(&[
        ("sessionlint.toml", &toml),
        ("vendor/lib.js", FLAWED_JS),
        ("src/app.js", FLAWED_JS),
    ]);
    server.initialize();
    let vendored = server.open("vendor/lib.js", "javascript", FLAWED_JS);
    assert_eq!(server.diagnostics(&vendored), Vec::<Value>::new());
    let own = server.open("src/app.js", "javascript", FLAWED_JS);
    assert_eq!(ranges(&server.diagnostics(&own), EXPRESS_RULE).len(), 1);
    assert_eq!(server.shutdown_and_exit(), 0);
}
