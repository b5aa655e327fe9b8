//! Configuration files as key-path entries: every format (properties, YAML, JSON, XML, .env)
//! becomes a list of (key path, value, spans), so one `[match.config]` table matches
//! `server.servlet.session.cookie.secure` in a properties file, the same nesting in YAML,
//! `Jwt:Key` in `appsettings.json`, `httpCookies@requireSSL` in `web.config` and
//! `SESSION_SECRET` in `.env`. Pure: a parse tree and its text in, entries out.
//!
//! Key paths are compared in a canonical form (`canonical_path`): segments joined with `.`,
//! attributes as `@name`, lowercase, `-` and `_` dropped, list indexes dropped. That is
//! Spring Boot's relaxed binding and .NET's case-insensitive keys; XML and environment
//! names lose their case, which costs no precision for the keys rules name.

mod dotenv;
mod json;
mod keys;
mod properties;
mod xml;
mod yaml;

use tree_sitter::Node;

use crate::lang::Lang;

pub use keys::{canonical_path, KeyPattern, KeyPatternError};

/// One setting of a configuration file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The key path as written, one element per segment (`["server", "servlet", ...]`,
    /// `["configuration", "system.web", "httpCookies", "@requireSSL"]`).
    pub path: Vec<String>,
    /// Byte range of the key (the attribute name, the last key of a nesting).
    pub key_range: (usize, usize),
    /// The value, decoded (quotes, escapes and continuation lines removed).
    pub value: String,
    /// Byte range of the value as written; empty at the end of the key when there is none.
    pub value_range: (usize, usize),
    /// Which document of a multi-document YAML stream it is in (0 elsewhere). Spring Boot
    /// profiles live in their own documents, so `file-has` looks within the document.
    pub document: u32,
}

impl Entry {
    /// The key path for messages: segments joined with `.` (attributes with `@`).
    pub fn display_key(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            if !out.is_empty() && !seg.starts_with('@') {
                out.push('.');
            }
            out.push_str(seg);
        }
        out
    }

    pub fn canonical_key(&self) -> String {
        canonical_path(&self.path)
    }
}

/// The entries of a configuration file, in source order. Parse errors are tolerated: the
/// parts of the tree that parsed still give entries.
pub fn entries(lang: Lang, text: &str, root: Node<'_>) -> Vec<Entry> {
    match lang {
        Lang::Properties => properties::entries(text, root),
        Lang::Yaml => yaml::entries(text, root),
        Lang::Json => json::entries(text, root),
        Lang::Xml => xml::entries(text, root),
        Lang::Dotenv => dotenv::entries(text),
        _ => Vec::new(),
    }
}

/// How deep the JSON and YAML readers follow nesting. Settings never nest this deep; a file
/// that does is hostile or generated, and following it would exhaust the stack.
const MAX_DEPTH: usize = 256;

/// Splits a key as written on the separators of its format and drops list indexes
/// (`a.b[0]` → `a`, `b`).
fn split_key(key: &str, separators: &[char]) -> Vec<String> {
    key.split(|c| separators.contains(&c))
        .map(strip_index)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `raw` without the quote character `q` around it (as is when it is not quoted so).
fn unquote(raw: &str, q: char) -> &str {
    raw.strip_prefix(q)
        .and_then(|r| r.strip_suffix(q))
        .unwrap_or(raw)
}

/// A double-quoted string's content with JSON-style escapes (`\n`, `\"`, `\u0062`)
/// resolved; as written when an escape is malformed.
fn unescape_double_quoted(inner: &str) -> String {
    if !inner.contains('\\') {
        return inner.to_string();
    }
    serde_json::from_str::<String>(&format!("\"{inner}\"")).unwrap_or_else(|_| inner.to_string())
}

fn strip_index(segment: &str) -> &str {
    let s = segment.trim();
    match s.find('[') {
        Some(i) if s.ends_with(']') => &s[..i],
        _ => s,
    }
}

#[cfg(test)]
pub(crate) fn parse_entries(lang: Lang, text: &str) -> Vec<Entry> {
    let Ok(tree) = crate::parse::parse(lang.grammars()[0], text) else {
        return Vec::new();
    };
    entries(lang, text, tree.root_node())
}

#[cfg(test)]
pub(crate) fn pairs(lang: Lang, text: &str) -> Vec<(String, String, String)> {
    parse_entries(lang, text)
        .into_iter()
        .map(|e| {
            let shown = text[e.value_range.0..e.value_range.1].to_string();
            (e.display_key(), e.value, shown)
        })
        .collect()
}
