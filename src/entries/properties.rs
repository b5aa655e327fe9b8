//! Entries of a Java `.properties` file: `key=value`, `key: value`, `key value`, with
//! escapes (`\ `, `\:`, `\uXXXX`) and continuation lines. Keys split on `.`, so
//! `server.servlet.session.cookie.secure` is the same path as the YAML nesting.

use tree_sitter::Node;

use super::{split_key, Entry};

pub fn entries(text: &str, root: Node<'_>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cursor = root.walk();
    let mut stack = vec![root];
    // Properties nest no deeper than file → property (ERROR nodes may wrap some).
    while let Some(node) = stack.pop() {
        if node.kind() == "property" {
            if let Some(e) = entry(text, node) {
                out.push(e);
            }
            continue;
        }
        let children: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

fn entry(text: &str, property: Node<'_>) -> Option<Entry> {
    let mut cursor = property.walk();
    let children: Vec<Node<'_>> = property.named_children(&mut cursor).collect();
    let key = children.iter().find(|n| n.kind() == "key")?;
    let value = children.iter().find(|n| n.kind() == "value");
    let key_text = unescape(&text[key.byte_range()]);
    let path = split_key(&key_text, &['.']);
    if path.is_empty() {
        return None;
    }
    let (value, value_range) = match value {
        Some(v) => (
            unescape(&text[v.byte_range()]).trim().to_string(),
            (v.start_byte(), v.end_byte()),
        ),
        None => (String::new(), (key.end_byte(), key.end_byte())),
    };
    Some(Entry {
        path,
        key_range: (key.start_byte(), key.end_byte()),
        value,
        value_range,
        document: 0,
    })
}

/// Removes escapes and joins continuation lines (`\` at the end of a line, with the next
/// line's leading blanks).
pub(super) fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\r') | Some('\n') => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push_str("\\u");
                        out.push_str(&hex);
                    }
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::entries::pairs;
    use crate::lang::Lang;

    #[test]
    fn keys_values_and_escapes() {
        let text = "# c\nserver.servlet.session.cookie.secure=false\njwt.secret = ${JWT:abc}\n\
                    a\\ b: multi \\\n   line\nmodes[0]=url\nempty=\nbare\n";
        let got = pairs(Lang::Properties, text);
        let keys: Vec<&str> = got.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "server.servlet.session.cookie.secure",
                "jwt.secret",
                "a b",
                "modes",
                "empty",
                "bare"
            ]
        );
        assert_eq!(got[0].1, "false");
        assert_eq!(got[0].2, "false");
        assert_eq!(got[1].1, "${JWT:abc}");
        assert_eq!(got[2].1, "multi line");
        assert_eq!(got[3].1, "url");
        assert_eq!(got[4].1, "");
    }
}
