//! Entries of a `.env` file: `NAME=value`, `export NAME=value`, single- or double-quoted
//! values (double quotes may span lines), `# comments` after unquoted values. A `__` in a
//! name is a nesting separator as in .NET (`Jwt__Key` is `Jwt:Key`). Read line by line
//! rather than from the properties tree, which does not know `export` or quotes.

use super::Entry;

pub fn entries(text: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut offset = 0;
    let bytes = text.len();
    while offset < bytes {
        let line_end = text[offset..].find('\n').map_or(bytes, |i| offset + i);
        let consumed = entry(text, offset, line_end, &mut out);
        offset = consumed.max(line_end) + 1;
    }
    out
}

/// Reads the line at `start..end`; returns where the entry ended (past `end` for a quoted
/// value spanning lines).
fn entry(text: &str, start: usize, end: usize, out: &mut Vec<Entry>) -> usize {
    let line = &text[start..end];
    let indent = line.len() - line.trim_start().len();
    let mut rest = &line[indent..];
    let mut at = start + indent;
    if rest.is_empty() || rest.starts_with('#') {
        return end;
    }
    if let Some(after) = rest.strip_prefix("export ") {
        let skipped = rest.len() - after.trim_start().len();
        at += skipped;
        rest = &rest[skipped..];
    }
    let Some(eq) = rest.find('=') else {
        return end;
    };
    let name = rest[..eq].trim_end();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || "_.-".contains(c))
    {
        return end;
    }
    let key_range = (at, at + name.len());
    let path: Vec<String> = name
        .split("__")
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let value_start = at + eq + 1;
    let raw = &text[value_start..end];
    let lead = raw.len() - raw.trim_start_matches([' ', '\t']).len();
    let vstart = value_start + lead;
    let (value, value_range, consumed) = match text[vstart..].chars().next() {
        Some(q @ ('"' | '\'')) => match text[vstart + 1..].find(q) {
            Some(close) if q == '\'' && vstart + 1 + close > end => {
                // Single quotes do not span lines: take the line as written.
                unquoted(text, vstart, end)
            }
            Some(close) => {
                let inner = &text[vstart + 1..vstart + 1 + close];
                let value = if q == '"' {
                    inner.replace("\\n", "\n").replace("\\\"", "\"")
                } else {
                    inner.to_string()
                };
                let stop = vstart + close + 2;
                (value, (vstart, stop), stop)
            }
            None => unquoted(text, vstart, end),
        },
        _ => unquoted(text, vstart, end),
    };
    out.push(Entry {
        path,
        key_range,
        value,
        value_range,
        document: 0,
    });
    consumed
}

/// An unquoted value: up to a ` #` comment or the end of the line, trimmed.
fn unquoted(text: &str, start: usize, end: usize) -> (String, (usize, usize), usize) {
    let raw = &text[start..end];
    let cut = raw
        .find(" #")
        .or_else(|| raw.find("\t#"))
        .unwrap_or(raw.len());
    let value = raw[..cut].trim_end_matches([' ', '\t', '\r']);
    (value.to_string(), (start, start + value.len()), end)
}

#[cfg(test)]
mod tests {
    use crate::entries::dotenv::entries;

    #[test]
    fn names_quotes_and_comments() {
        let text = "# c\nexport SESSION_SECRET=\"abc def\"\nJWT_SECRET=xyz # trailing\r\nEMPTY=\n\
                    MULTI=\"a\nb\"\nJwt__Key='k'\nnot a line\n";
        let got: Vec<(String, String, String)> = entries(text)
            .into_iter()
            .map(|e| {
                (
                    e.path.join(":"),
                    e.value.clone(),
                    text[e.value_range.0..e.value_range.1].to_string(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "SESSION_SECRET".into(),
                    "abc def".into(),
                    "\"abc def\"".into()
                ),
                ("JWT_SECRET".into(), "xyz".into(), "xyz".into()),
                ("EMPTY".into(), String::new(), String::new()),
                ("MULTI".into(), "a\nb".into(), "\"a\nb\"".into()),
                ("Jwt:Key".into(), "k".into(), "'k'".into()),
            ]
        );
    }
}
