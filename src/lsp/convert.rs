//! From LSP to ours and back: `file:` URIs to paths, findings to diagnostics (0-based lines,
//! UTF-16 columns: the encoding the server announces).

use std::path::PathBuf;

use lsp_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range};

use crate::finding::{self, Finding};
use crate::rule::Severity;

pub const SOURCE: &str = "sessionlint";

/// The local path of a `file:` URI (percent-decoded); `None` for other schemes
/// (`untitled:`, `git:`) and URIs of another host.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let (scheme, rest) = uri.split_once(':')?;
    if !scheme.eq_ignore_ascii_case("file") {
        return None;
    }
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let path = match rest.strip_prefix("//") {
        Some(after) => {
            let slash = after.find('/').unwrap_or(after.len());
            let host = &after[..slash];
            if !host.is_empty() && !host.eq_ignore_ascii_case("localhost") {
                return None;
            }
            &after[slash..]
        }
        None => rest,
    };
    let decoded = percent_decode(path)?;
    // `file:///C:/x` is `C:/x` on Windows.
    if cfg!(windows) {
        let b = decoded.as_bytes();
        if b.len() >= 3 && b[0] == b'/' && b[1].is_ascii_alphabetic() && b[2] == b':' {
            return Some(PathBuf::from(&decoded[1..]));
        }
    }
    if decoded.is_empty() {
        return None;
    }
    Some(PathBuf::from(decoded))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn position(p: finding::Position) -> Position {
    Position {
        line: p.line.saturating_sub(1),
        character: p.utf16_column.saturating_sub(1),
    }
}

pub fn diagnostic(f: &Finding) -> Diagnostic {
    let severity = match f.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Note => DiagnosticSeverity::INFORMATION,
    };
    Diagnostic {
        range: Range {
            start: position(f.span.start),
            end: position(f.span.end),
        },
        severity: Some(severity),
        code: Some(NumberOrString::String(f.rule.clone())),
        code_description: None,
        source: Some(SOURCE.to_string()),
        message: f.message.clone(),
        related_information: None,
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn file_uris_become_paths() {
        assert_eq!(
            uri_to_path("file:///home/me/My%20App/app.js"),
            Some(PathBuf::from("/home/me/My App/app.js"))
        );
        assert_eq!(
            uri_to_path("file://localhost/srv/a%C3%A9.py"),
            Some(PathBuf::from("/srv/aé.py"))
        );
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file://server/share/a.js"), None);
        assert_eq!(uri_to_path("file:///bad%zz"), None);
    }
}
