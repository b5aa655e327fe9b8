//! The server loop: lifecycle (initialize, initialized, shutdown, exit), requests answered or
//! refused with the JSON-RPC error codes, and the document notifications that publish
//! diagnostics. Single-threaded: messages are handled in order, each scan finishes before the
//! next message is read (scans of one file take milliseconds).

use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

use lsp_server::{ErrorCode, Message, Notification, Request, Response};
use lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, InitializeResult, LogMessageParams, MessageType,
    PositionEncodingKind, PublishDiagnosticsParams, SaveOptions, ServerCapabilities, ServerInfo,
    ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::convert;
use super::documents::Documents;
use super::transport::{self, Frame};
use super::workspace::{Workspace, MAX_FILE_SIZE};
use crate::cli::RuleSelection;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Waiting for `initialize`.
    Uninitialized,
    Running,
    /// `shutdown` answered: only `exit` is expected.
    ShutDown,
}

struct Server<W: Write> {
    out: W,
    phase: Phase,
    /// Until the workspace is loaded (at `initialized`).
    selection: Option<RuleSelection>,
    roots: Vec<PathBuf>,
    workspace: Option<Workspace>,
    docs: Documents,
    /// Writing to the client failed: it is gone.
    gone: bool,
    /// Errors already shown since the workspace was loaded (each is shown once).
    shown: HashSet<String>,
}

/// Serves one client on `input`/`output`; returns the exit code (0 after `shutdown` and
/// `exit`, 1 for `exit` without `shutdown`, the end of input or a lost client).
pub fn serve(mut input: impl BufRead, output: impl Write, selection: RuleSelection) -> u8 {
    let mut server = Server {
        out: output,
        phase: Phase::Uninitialized,
        selection: Some(selection),
        roots: Vec::new(),
        workspace: None,
        docs: Documents::default(),
        gone: false,
        shown: HashSet::new(),
    };
    loop {
        let frame = match transport::read_frame(&mut input) {
            Ok(Some(frame)) => frame,
            Ok(None) => break,
            Err(e) => {
                eprintln!("sessionlint lsp: cannot read from the client: {e}");
                break;
            }
        };
        match frame {
            Frame::Malformed { id, code, reason } => {
                eprintln!("sessionlint lsp: ignored a malformed message: {reason}");
                if let Some(id) = id {
                    let r = transport::write_error(&mut server.out, id, code, &reason);
                    server.gone |= r.is_err();
                }
            }
            Frame::Message(Message::Request(req)) => server.request(req),
            Frame::Message(Message::Notification(n)) if n.method == "exit" => {
                return exit_code(server.phase);
            }
            Frame::Message(Message::Notification(n)) => server.notification(n),
            Frame::Message(Message::Response(_)) => {}
        }
        if server.gone {
            break;
        }
    }
    exit_code(server.phase)
}

fn exit_code(phase: Phase) -> u8 {
    u8::from(phase != Phase::ShutDown)
}

impl<W: Write> Server<W> {
    fn send(&mut self, message: Message) {
        if transport::write_message(&mut self.out, message).is_err() {
            self.gone = true;
        }
    }

    fn reply_err(&mut self, req: Request, code: ErrorCode, message: String) {
        self.send(Response::new_err(req.id, code as i32, message).into());
    }

    fn notify(&mut self, method: &str, params: impl serde::Serialize) {
        self.send(Notification::new(method.to_string(), params).into());
    }

    fn show_error(&mut self, message: String) {
        if !self.shown.insert(message.clone()) {
            return;
        }
        eprintln!("sessionlint lsp: {message}");
        self.notify(
            "window/showMessage",
            ShowMessageParams {
                typ: MessageType::ERROR,
                message: format!("sessionlint: {message}"),
            },
        );
    }

    fn log(&mut self, typ: MessageType, message: String) {
        self.notify("window/logMessage", LogMessageParams { typ, message });
    }

    fn request(&mut self, req: Request) {
        match (self.phase, req.method.as_str()) {
            (Phase::Uninitialized, "initialize") => {
                self.roots = workspace_roots(&req.params);
                let result = initialize_result();
                self.send(Response::new_ok(req.id, result).into());
                self.phase = Phase::Running;
            }
            (_, "initialize") => {
                self.reply_err(req, ErrorCode::InvalidRequest, "already initialized".into());
            }
            (Phase::Uninitialized, _) => {
                let message = format!("`{}` before `initialize`", req.method);
                self.reply_err(req, ErrorCode::ServerNotInitialized, message);
            }
            (Phase::ShutDown, _) => {
                let message = format!("`{}` after `shutdown`", req.method);
                self.reply_err(req, ErrorCode::InvalidRequest, message);
            }
            (Phase::Running, "shutdown") => {
                self.send(Response::new_ok(req.id, Value::Null).into());
                self.phase = Phase::ShutDown;
            }
            (Phase::Running, _) => {
                let message = format!("unknown method `{}`", req.method);
                self.reply_err(req, ErrorCode::MethodNotFound, message);
            }
        }
    }

    fn notification(&mut self, n: Notification) {
        if self.phase != Phase::Running {
            return;
        }
        let method = n.method.clone();
        match method.as_str() {
            "initialized" => self.start(),
            "textDocument/didOpen" => {
                let Some(p) = params::<DidOpenTextDocumentParams>(n) else {
                    return;
                };
                self.start();
                let doc = p.text_document;
                let key = doc.uri.as_str().to_string();
                self.docs.open(doc.uri, doc.version, doc.text);
                self.refresh_and_dependents(&key);
            }
            "textDocument/didChange" => {
                let Some(p) = params::<DidChangeTextDocumentParams>(n) else {
                    return;
                };
                let uri = p.text_document.uri;
                if self
                    .docs
                    .change(&uri, p.text_document.version, p.content_changes)
                    .is_some()
                {
                    self.refresh_and_dependents(uri.as_str());
                }
            }
            "textDocument/didSave" => {
                let Some(p) = params::<DidSaveTextDocumentParams>(n) else {
                    return;
                };
                let uri = p.text_document.uri;
                let reload = convert::uri_to_path(uri.as_str())
                    .is_some_and(|path| path.extension().is_some_and(|e| e == "toml"));
                if reload {
                    self.reload();
                } else {
                    self.refresh_and_dependents(uri.as_str());
                }
            }
            "textDocument/didClose" => {
                let Some(p) = params::<DidCloseTextDocumentParams>(n) else {
                    return;
                };
                self.close(p.text_document.uri);
            }
            _ => {}
        }
    }

    /// Loads the workspace (once): configuration, rules and the facts of every file.
    fn start(&mut self) {
        if self.workspace.is_some() {
            return;
        }
        let selection = self.selection.take().unwrap_or_default();
        let (workspace, errors) = Workspace::new(selection, self.roots.clone());
        self.workspace = Some(workspace);
        for e in errors {
            self.show_error(e);
        }
        for key in self.docs.uris() {
            self.refresh(&key);
        }
    }

    fn reload(&mut self) {
        let Some(workspace) = self.workspace.take() else {
            return;
        };
        let (workspace, errors) = workspace.reload();
        self.shown.clear();
        self.workspace = Some(workspace);
        for e in errors {
            self.show_error(e);
        }
        for key in self.docs.uris() {
            self.refresh(&key);
        }
    }

    /// Publishes a document's diagnostics; when its facts changed, the other open documents'
    /// too (a cross-file rule may read them differently now).
    fn refresh_and_dependents(&mut self, key: &str) {
        if self.refresh(key) {
            for other in self.docs.uris() {
                if other != key {
                    self.refresh(&other);
                }
            }
        }
    }

    /// Scans an open document and publishes its diagnostics. Returns true when its facts
    /// changed.
    fn refresh(&mut self, key: &str) -> bool {
        let Some(workspace) = self.workspace.as_mut() else {
            return false;
        };
        let Some(doc) = self.docs.get(key) else {
            return false;
        };
        // Files of a type we do not read get no diagnostics at all.
        let (Some(path), Some(grammar)) = (doc.path.as_deref(), doc.grammar) else {
            return false;
        };
        let mut errors = Vec::new();
        let project = workspace.project_for(path, &mut errors);
        let mut changed = false;
        let mut logs = Vec::new();
        let diagnostics = if doc.text.len() as u64 > MAX_FILE_SIZE {
            logs.push(format!(
                "{}: not checked, over {MAX_FILE_SIZE} bytes",
                project.display(path)
            ));
            Vec::new()
        } else if project.is_excluded(path) {
            Vec::new()
        } else {
            // A bug in a scan must not take the editor's server down with it.
            let scanned = std::panic::catch_unwind(AssertUnwindSafe(|| {
                project.scan(path, &doc.text, grammar, &mut errors)
            }));
            match scanned {
                Ok((findings, notice, facts_changed)) => {
                    changed = facts_changed;
                    if let Some(notice) = notice {
                        logs.push(format!("{}: {}", notice.path, notice.message));
                    }
                    findings
                        .iter()
                        .filter(|f| f.suppressed.is_none())
                        .map(convert::diagnostic)
                        .collect()
                }
                Err(_) => {
                    logs.push(format!(
                        "{}: internal error while checking this file (please report it)",
                        path.display()
                    ));
                    Vec::new()
                }
            }
        };
        let params = PublishDiagnosticsParams {
            uri: doc.uri.clone(),
            diagnostics,
            version: Some(doc.version),
        };
        for e in errors {
            self.show_error(e);
        }
        for message in logs {
            self.log(MessageType::WARNING, message);
        }
        self.notify("textDocument/publishDiagnostics", params);
        changed
    }

    fn close(&mut self, uri: Uri) {
        let Some(doc) = self.docs.close(&uri) else {
            return;
        };
        self.notify(
            "textDocument/publishDiagnostics",
            PublishDiagnosticsParams {
                uri,
                diagnostics: Vec::new(),
                version: None,
            },
        );
        let (Some(path), Some(grammar), Some(workspace)) =
            (doc.path, doc.grammar, self.workspace.as_mut())
        else {
            return;
        };
        let mut errors = Vec::new();
        if workspace
            .project_for(&path, &mut errors)
            .reset_facts(&path, grammar)
        {
            for key in self.docs.uris() {
                self.refresh(&key);
            }
        }
    }
}

/// A notification's parameters; bad ones are logged and the notification dropped.
fn params<P: DeserializeOwned>(n: Notification) -> Option<P> {
    match serde_json::from_value(n.params) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!(
                "sessionlint lsp: ignored `{}`: bad parameters: {e}",
                n.method
            );
            None
        }
    }
}

/// The folders to load: `workspaceFolders`, else `rootUri`, else `rootPath`. Read from the
/// raw parameters, so an odd field elsewhere in them does not lose the roots.
fn workspace_roots(params: &Value) -> Vec<PathBuf> {
    if let Some(folders) = params.get("workspaceFolders").and_then(Value::as_array) {
        let roots: Vec<PathBuf> = folders
            .iter()
            .filter_map(|f| f.get("uri")?.as_str())
            .filter_map(convert::uri_to_path)
            .collect();
        if !roots.is_empty() {
            return roots;
        }
    }
    if let Some(root) = params
        .get("rootUri")
        .and_then(Value::as_str)
        .and_then(convert::uri_to_path)
    {
        return vec![root];
    }
    params
        .get("rootPath")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
        .map(|p| vec![PathBuf::from(p)])
        .unwrap_or_default()
}

fn initialize_result() -> InitializeResult {
    InitializeResult {
        capabilities: ServerCapabilities {
            position_encoding: Some(PositionEncodingKind::UTF16),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::FULL),
                    will_save: None,
                    will_save_wait_until: None,
                    save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                        include_text: Some(false),
                    })),
                },
            )),
            ..ServerCapabilities::default()
        },
        server_info: Some(ServerInfo {
            name: "sessionlint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    }
}
