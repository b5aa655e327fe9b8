//! Entries of a YAML file: nested mappings give key paths (dotted keys split, so Spring's
//! `spring.session.timeout: 1d` is the same path as the nesting), sequence items share
//! their sequence's path, every document of a stream starts at the root. Two environment
//! idioms name variables: docker-compose `environment: [NAME=value]` and Kubernetes
//! `env: [{name: NAME, value: v}]` also give the entry `…environment.NAME` / `…env.NAME`.

use tree_sitter::Node;

use super::{split_key, Entry};

pub fn entries(text: &str, root: Node<'_>) -> Vec<Entry> {
    let mut out = Vec::new();
    walk(text, root, &[], None, 0, &mut out);
    out.sort_by_key(|e| (e.value_range.0, e.key_range.0));
    let mut cursor = root.walk();
    let starts: Vec<usize> = root
        .named_children(&mut cursor)
        .filter(|n| n.kind() == "document")
        .map(|n| n.start_byte())
        .collect();
    for e in &mut out {
        let at = starts.iter().filter(|s| **s <= e.key_range.0).count();
        e.document = u32::try_from(at.saturating_sub(1)).unwrap_or(u32::MAX);
    }
    out
}

fn walk(
    text: &str,
    node: Node<'_>,
    path: &[String],
    key: Option<(usize, usize)>,
    depth: usize,
    out: &mut Vec<Entry>,
) {
    if depth > super::MAX_DEPTH {
        return;
    }
    let d = depth + 1;
    let mut cursor = node.walk();
    match node.kind() {
        "block_mapping_pair" | "flow_pair" => {
            let Some(k) = node.child_by_field_name("key") else {
                return;
            };
            let Some((name, _)) = scalar(text, k) else {
                return;
            };
            let mut nested = path.to_vec();
            nested.extend(split_key(&name, &['.']));
            let key_range = (k.start_byte(), k.end_byte());
            match node.child_by_field_name("value") {
                Some(v) => walk(text, v, &nested, Some(key_range), d, out),
                None => out.push(Entry {
                    path: nested,
                    key_range,
                    value: String::new(),
                    value_range: (k.end_byte(), k.end_byte()),
                    document: 0,
                }),
            }
        }
        "block_sequence_item" | "flow_sequence" => {
            for child in node.named_children(&mut cursor) {
                if child.kind() == "comment" {
                    continue;
                }
                if let Some(k) = key {
                    environment_item(text, child, path, out);
                    walk(text, child, path, Some(k), d, out);
                } else {
                    walk(text, child, path, None, d, out);
                }
            }
        }
        // `{{ .Values.secret }}` in a Helm template is an expression, not a flow mapping.
        "flow_node" if text[node.byte_range()].starts_with("{{") => {
            if let (Some(key_range), false) = (key, path.is_empty()) {
                out.push(Entry {
                    path: path.to_vec(),
                    key_range,
                    value: text[node.byte_range()].to_string(),
                    value_range: (node.start_byte(), node.end_byte()),
                    document: 0,
                });
            }
        }
        "flow_node" | "block_node" => match scalar(text, node) {
            Some((value, range)) => {
                if let (Some(key_range), false) = (key, path.is_empty()) {
                    out.push(Entry {
                        path: path.to_vec(),
                        key_range,
                        value,
                        value_range: range,
                        document: 0,
                    });
                }
            }
            None => {
                for child in node.named_children(&mut cursor) {
                    walk(text, child, path, key, d, out);
                }
            }
        },
        "document" | "stream" | "ERROR" => {
            for child in node.named_children(&mut cursor) {
                // Every document of a stream starts again at the root.
                let (p, k) = if node.kind() == "ERROR" {
                    (path, key)
                } else {
                    (&[][..], None)
                };
                walk(text, child, p, k, d, out);
            }
        }
        _ => {
            for child in node.named_children(&mut cursor) {
                walk(text, child, path, key, d, out);
            }
        }
    }
}

/// Docker-compose `- NAME=value` and Kubernetes `- name: NAME` / `value: v` items of an
/// `environment`/`env` sequence: an entry named after the variable.
fn environment_item(text: &str, item: Node<'_>, path: &[String], out: &mut Vec<Entry>) {
    let Some(last) = path.last() else { return };
    if !matches!(last.to_ascii_lowercase().as_str(), "environment" | "env") {
        return;
    }
    if let Some((value, range)) = scalar(text, item) {
        let Some(eq) = value.find('=') else { return };
        let name = value[..eq].trim();
        if name.is_empty() || name.contains(' ') {
            return;
        }
        let mut nested = path.to_vec();
        nested.push(name.to_string());
        // The value's range: after `NAME=` when the scalar is written plainly.
        let written = &text[range.0..range.1];
        let start = written.find('=').map_or(range.0, |i| range.0 + i + 1);
        out.push(Entry {
            path: nested,
            key_range: (range.0, start.saturating_sub(1).max(range.0)),
            value: value[eq + 1..].trim().to_string(),
            value_range: (start.min(range.1), range.1),
            document: 0,
        });
        return;
    }
    // A mapping item: find its `name` and `value` pairs.
    let mut name = None;
    let mut value = None;
    let mut stack = vec![item];
    while let Some(n) = stack.pop() {
        if n.kind() == "block_mapping_pair" || n.kind() == "flow_pair" {
            let k = n.child_by_field_name("key").and_then(|k| scalar(text, k));
            let v = n.child_by_field_name("value").and_then(|v| scalar(text, v));
            match (k.as_ref().map(|k| k.0.as_str()), v) {
                (Some("name"), Some(v)) => name = Some(v.0),
                (Some("value"), Some(v)) => {
                    let key_range = n
                        .child_by_field_name("key")
                        .map_or(v.1, |k| (k.start_byte(), k.end_byte()));
                    value = Some((v, key_range));
                }
                _ => {}
            }
            continue;
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    if let (Some(name), Some(((v, range), key_range))) = (name, value) {
        let mut nested = path.to_vec();
        nested.push(name);
        out.push(Entry {
            path: nested,
            key_range,
            value: v,
            value_range: range,
            document: 0,
        });
    }
}

/// The decoded text and range of a scalar node (through `flow_node`/`block_node`, past
/// tags and anchors); `None` for mappings, sequences and aliases.
fn scalar(text: &str, node: Node<'_>) -> Option<(String, (usize, usize))> {
    let mut cursor = node.walk();
    match node.kind() {
        "flow_node" | "block_node" => {
            let children: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
            let inner = children
                .iter()
                .find(|c| !matches!(c.kind(), "tag" | "anchor" | "comment"))?;
            scalar(text, *inner)
        }
        "plain_scalar" => {
            let raw = &text[node.byte_range()];
            // A plain scalar folds line breaks into spaces.
            let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            Some((value, (node.start_byte(), node.end_byte())))
        }
        "double_quote_scalar" => {
            let inner = super::unquote(&text[node.byte_range()], '"');
            let value = super::unescape_double_quoted(inner);
            Some((value, (node.start_byte(), node.end_byte())))
        }
        "single_quote_scalar" => {
            let inner = super::unquote(&text[node.byte_range()], '\'');
            let value = inner.replace("''", "'");
            Some((value, (node.start_byte(), node.end_byte())))
        }
        "block_scalar" => {
            let raw = &text[node.byte_range()];
            let body = raw.split_once('\n').map_or("", |(_, b)| b);
            let value = body.lines().map(str::trim).collect::<Vec<_>>().join("\n");
            Some((
                value.trim().to_string(),
                (node.start_byte(), node.end_byte()),
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::entries::{pairs, parse_entries};
    use crate::lang::Lang;

    #[test]
    fn nesting_lists_documents_and_environments() {
        let text = "server:\n  servlet:\n    session:\n      cookie:\n        secure: false # why\n\
                    \x20       same-site: \"none\"\n      tracking-modes: [cookie, url]\n\
                    spring.session.timeout: PT48H\n---\njwt:\n  secret: 'a''b'\n  list:\n    - url\n\
                    services:\n  app:\n    environment:\n      - JWT_SECRET=abc\n\
                    env:\n  - name: SESSION_SECRET\n    value: xyz\nk: &anchor !!str tagged\n";
        let got = pairs(Lang::Yaml, text);
        let shown: Vec<(&str, &str)> = got
            .iter()
            .map(|(k, v, _)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("server.servlet.session.cookie.secure", "false"),
                ("server.servlet.session.cookie.same-site", "none"),
                ("server.servlet.session.tracking-modes", "cookie"),
                ("server.servlet.session.tracking-modes", "url"),
                ("spring.session.timeout", "PT48H"),
                ("jwt.secret", "a'b"),
                ("jwt.list", "url"),
                ("services.app.environment", "JWT_SECRET=abc"),
                ("services.app.environment.JWT_SECRET", "abc"),
                ("env.name", "SESSION_SECRET"),
                ("env.SESSION_SECRET", "xyz"),
                ("env.value", "xyz"),
                ("k", "tagged"),
            ]
        );
        let documents: Vec<u32> = parse_entries(Lang::Yaml, text)
            .iter()
            .map(|e| e.document)
            .collect();
        assert_eq!(documents, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
        let compose = got
            .iter()
            .find(|(k, _, _)| k.ends_with("JWT_SECRET"))
            .map(|(_, _, s)| s.as_str());
        assert_eq!(compose, Some("abc"));
    }
}

#[cfg(test)]
mod template_tests {
    use crate::entries::pairs;
    use crate::lang::Lang;

    #[test]
    fn helm_expressions_are_values_not_mappings() {
        let text = "{{- if .Values.on }}\nstringData:\n  JWT_SECRET: {{ .Values.jwt.secret | b64enc }}\n{{- end }}\n";
        let got = pairs(Lang::Yaml, text);
        assert_eq!(
            got,
            [(
                "stringData.JWT_SECRET".to_string(),
                "{{ .Values.jwt.secret | b64enc }}".to_string(),
                "{{ .Values.jwt.secret | b64enc }}".to_string()
            )]
        );
    }
}
