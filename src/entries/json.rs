//! Entries of a JSON (or JSON with comments) settings file: nested objects give key paths,
//! array items share their array's path, and a `:` in a key nests as in .NET configuration
//! (`"Jwt:Key"` is `Jwt` → `Key`).

use tree_sitter::Node;

use super::{split_key, Entry};

pub fn entries(text: &str, root: Node<'_>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cursor = root.walk();
    for child in root.named_children(&mut cursor) {
        value(text, child, &[], None, 0, &mut out);
    }
    out
}

/// Adds the entries of a JSON value at `path`; `key` is the range of the key naming it.
fn value(
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
    let mut cursor = node.walk();
    match node.kind() {
        "object" | "ERROR" => {
            for pair in node.named_children(&mut cursor) {
                if pair.kind() != "pair" {
                    continue;
                }
                let (Some(k), Some(v)) = (
                    pair.child_by_field_name("key"),
                    pair.child_by_field_name("value"),
                ) else {
                    continue;
                };
                let mut nested = path.to_vec();
                nested.extend(split_key(&string_value(text, k), &[':']));
                let key_range = Some((k.start_byte(), k.end_byte()));
                value(text, v, &nested, key_range, depth + 1, out);
            }
        }
        "array" => {
            for item in node.named_children(&mut cursor) {
                if item.kind() != "comment" {
                    value(text, item, path, key, depth + 1, out);
                }
            }
        }
        "string" | "number" | "true" | "false" | "null" => {
            let Some(key_range) = key else { return };
            if path.is_empty() {
                return;
            }
            let decoded = if node.kind() == "string" {
                string_value(text, node)
            } else {
                text[node.byte_range()].to_string()
            };
            out.push(Entry {
                path: path.to_vec(),
                key_range,
                value: decoded,
                value_range: (node.start_byte(), node.end_byte()),
                document: 0,
            });
        }
        _ => {}
    }
}

/// The content of a JSON string with its escapes resolved.
fn string_value(text: &str, node: Node<'_>) -> String {
    super::unescape_double_quoted(super::unquote(&text[node.byte_range()], '"'))
}

#[cfg(test)]
mod tests {
    use crate::entries::pairs;
    use crate::lang::Lang;

    #[test]
    fn nesting_arrays_and_colon_keys() {
        let text =
            "{\n  // c\n  \"Jwt\": { \"Key\": \"a\\u0062c\", \"Lifetime\": 30, \"On\": true,\n\
                    \"Arr\": [\"x\", 1], \"Null\": null },\n  \"Jwt:Issuer\": \"me\"\n}\n";
        let got = pairs(Lang::Json, text);
        let shown: Vec<(&str, &str)> = got
            .iter()
            .map(|(k, v, _)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Jwt.Key", "abc"),
                ("Jwt.Lifetime", "30"),
                ("Jwt.On", "true"),
                ("Jwt.Arr", "x"),
                ("Jwt.Arr", "1"),
                ("Jwt.Null", "null"),
                ("Jwt.Issuer", "me"),
            ]
        );
        assert_eq!(got[0].2, "\"a\\u0062c\"");
    }
}
