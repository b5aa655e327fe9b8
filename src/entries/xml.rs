//! Entries of an XML configuration file (`web.xml`, `context.xml`, `web.config`, Spring XML):
//! the path of an element is the names of the elements around it from the root, namespace
//! prefixes dropped (`<sec:http>` is `http`); an attribute adds `@name`
//! (`configuration/system.web/httpCookies@requireSSL`); an element holding only text is an
//! entry with that text (`web-app/session-config/cookie-config/http-only` = `false`).

use tree_sitter::Node;

use super::Entry;

pub fn entries(text: &str, root: Node<'_>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut stack: Vec<(Node<'_>, Vec<String>)> = vec![(root, Vec::new())];
    while let Some((node, path)) = stack.pop() {
        if path.len() > super::MAX_DEPTH {
            continue;
        }
        let mut cursor = node.walk();
        let children: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
        if node.kind() != "element" {
            for child in children.into_iter().rev() {
                stack.push((child, path.clone()));
            }
            continue;
        }
        let Some(tag) = children
            .iter()
            .find(|c| matches!(c.kind(), "STag" | "EmptyElemTag"))
        else {
            continue;
        };
        let Some(name) = first_child(*tag, "Name") else {
            continue;
        };
        let mut here = path.clone();
        here.push(local_name(&text[name.byte_range()]).to_string());
        let mut tag_cursor = tag.walk();
        let attrs: Vec<Node<'_>> = tag
            .named_children(&mut tag_cursor)
            .filter(|a| a.kind() == "Attribute")
            .collect();
        let before = out.len();
        for &attr in &attrs {
            let (Some(attr_name), Some(value)) =
                (first_child(attr, "Name"), first_child(attr, "AttValue"))
            else {
                continue;
            };
            let raw = &text[value.byte_range()];
            let inner = raw
                .strip_prefix(['"', '\''])
                .and_then(|r| r.strip_suffix(['"', '\'']))
                .unwrap_or(raw);
            let mut attr_path = here.clone();
            attr_path.push(format!("@{}", local_name(&text[attr_name.byte_range()])));
            out.push(Entry {
                path: attr_path,
                key_range: (attr_name.start_byte(), attr_name.end_byte()),
                value: decode(inner),
                value_range: (value.start_byte(), value.end_byte()),
                document: 0,
            });
        }
        if let Some(e) = named_setting(&out[before..], &path) {
            out.push(e);
        }
        if let Some(content) = children.iter().find(|c| c.kind() == "content") {
            let mut content_cursor = content.walk();
            let parts: Vec<Node<'_>> = content.named_children(&mut content_cursor).collect();
            if parts.iter().all(|p| p.kind() != "element") {
                if let Some(e) = text_entry(text, &parts, &here, name) {
                    out.push(e);
                }
            }
            for part in parts.into_iter().rev() {
                if part.kind() == "element" {
                    stack.push((part, here.clone()));
                }
            }
        }
    }
    out.sort_by_key(|e| e.value_range.0);
    out
}

/// .NET `<appSettings><add key="JwtSecret" value="…"/>` (and `<add name=… connectionString=…>`)
/// names its setting in an attribute: also an entry `…appSettings.JwtSecret`.
fn named_setting(attrs: &[Entry], parent: &[String]) -> Option<Entry> {
    let attr = |name: &str| {
        attrs
            .iter()
            .find(|e| e.path.last().is_some_and(|l| l.eq_ignore_ascii_case(name)))
    };
    let element = attrs.first()?.path.iter().rev().nth(1)?;
    if !element.eq_ignore_ascii_case("add") {
        return None;
    }
    let (name, value) = match (attr("@key"), attr("@value")) {
        (Some(k), Some(v)) => (k, v),
        _ => (attr("@name")?, attr("@connectionString")?),
    };
    if name.value.trim().is_empty() {
        return None;
    }
    let mut path = parent.to_vec();
    path.extend(super::split_key(&name.value, &[':']));
    Some(Entry {
        path,
        key_range: name.value_range,
        value: value.value.clone(),
        value_range: value.value_range,
        document: 0,
    })
}

/// The text of an element without child elements (character data, references, CDATA).
fn text_entry(text: &str, parts: &[Node<'_>], path: &[String], name: Node<'_>) -> Option<Entry> {
    let texty: Vec<&Node<'_>> = parts
        .iter()
        .filter(|p| matches!(p.kind(), "CharData" | "CDSect" | "EntityRef" | "CharRef"))
        .collect();
    let first = texty.first()?;
    let last = texty.last()?;
    let raw = &text[first.start_byte()..last.end_byte()];
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = first.start_byte() + (raw.len() - raw.trim_start().len());
    let value = trimmed
        .strip_prefix("<![CDATA[")
        .and_then(|r| r.strip_suffix("]]>"))
        .map_or_else(|| decode(trimmed), str::to_string);
    Some(Entry {
        path: path.to_vec(),
        key_range: (name.start_byte(), name.end_byte()),
        value,
        value_range: (start, start + trimmed.len()),
        document: 0,
    })
}

fn first_child<'t>(node: Node<'t>, kind: &str) -> Option<Node<'t>> {
    let mut cursor = node.walk();
    let found = node.named_children(&mut cursor).find(|c| c.kind() == kind);
    found
}

fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// Resolves the predefined entities and character references.
fn decode(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(end) = after.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = &after[..end];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use crate::entries::pairs;
    use crate::lang::Lang;

    #[test]
    fn elements_attributes_and_text() {
        let text = "<?xml version=\"1.0\"?>\n<configuration>\n  <!-- c -->\n  <system.web>\n\
            <httpCookies httpOnlyCookies=\"false\" requireSSL='false' />\n\
            <machineKey validationKey=\"A&amp;B\"/>\n  </system.web>\n\
            <appSettings><add key=\"Jwt:Secret\" value=\"s3\"/></appSettings>\n\
            <web-app><session-config><session-timeout> -1 </session-timeout>\
            <cookie-config><sec:http-only>false</sec:http-only></cookie-config></session-config></web-app>\n\
            </configuration>\n";
        let got = pairs(Lang::Xml, text);
        let shown: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(k, v, s)| (k.as_str(), v.as_str(), s.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (
                    "configuration.system.web.httpCookies@httpOnlyCookies",
                    "false",
                    "\"false\""
                ),
                (
                    "configuration.system.web.httpCookies@requireSSL",
                    "false",
                    "'false'"
                ),
                (
                    "configuration.system.web.machineKey@validationKey",
                    "A&B",
                    "\"A&amp;B\""
                ),
                (
                    "configuration.appSettings.add@key",
                    "Jwt:Secret",
                    "\"Jwt:Secret\""
                ),
                ("configuration.appSettings.add@value", "s3", "\"s3\""),
                ("configuration.appSettings.Jwt.Secret", "s3", "\"s3\""),
                (
                    "configuration.web-app.session-config.session-timeout",
                    "-1",
                    "-1"
                ),
                (
                    "configuration.web-app.session-config.cookie-config.http-only",
                    "false",
                    "false"
                ),
            ]
        );
    }
}
