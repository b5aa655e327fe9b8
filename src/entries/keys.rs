//! Key patterns of `[match.config]`: globs over canonical key paths. `.`, `:` and `/`
//! separate segments, `@name` is an attribute, `*` matches within a segment and `**` any
//! number of segments. A pattern is anchored at the root of the file unless it starts with
//! `**` (`**/httpCookies@requireSSL` finds the element wherever `web.config` nests it).

use regex::Regex;

/// The canonical form of a key path (see the module doc of `entries`).
pub fn canonical_path(path: &[String]) -> String {
    let mut out = String::new();
    for seg in path {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(&canonical_segment(seg));
    }
    out
}

fn canonical_segment(seg: &str) -> String {
    seg.chars()
        .filter(|c| *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A compiled key pattern.
#[derive(Clone, Debug)]
pub struct KeyPattern {
    /// As the rule wrote it, for messages.
    pub source: String,
    regex: Regex,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct KeyPatternError(pub String);

impl KeyPattern {
    pub fn new(pattern: &str) -> Result<KeyPattern, KeyPatternError> {
        let segments = pattern_segments(pattern)?;
        let mut re = String::from("^");
        let last = segments.len() - 1;
        for (i, seg) in segments.iter().enumerate() {
            if seg == "**" {
                // Any number of whole segments, with the separators around them.
                re.push_str(match (i == 0, i == last) {
                    (true, true) => ".*",
                    (true, false) => r"(?:.*\.)?",
                    (false, true) => r"(?:\..*)?",
                    (false, false) => r"\.(?:.*\.)?",
                });
                continue;
            }
            if i > 0 && segments[i - 1] != "**" {
                re.push_str(r"\.");
            }
            for (j, part) in seg.split('*').enumerate() {
                if j > 0 {
                    re.push_str(r"[^.]*");
                }
                re.push_str(&regex::escape(part));
            }
        }
        re.push('$');
        let regex = Regex::new(&re).map_err(|e| KeyPatternError(e.to_string()))?;
        Ok(KeyPattern {
            source: pattern.to_string(),
            regex,
        })
    }

    /// Does the canonical key path match?
    pub fn matches(&self, canonical: &str) -> bool {
        self.regex.is_match(canonical)
    }
}

/// The canonical segments of a pattern: separators `.`, `:`, `/`; `@attr` its own segment;
/// list indexes dropped.
fn pattern_segments(pattern: &str) -> Result<Vec<String>, KeyPatternError> {
    let trimmed = pattern.trim();
    if trimmed.is_empty() {
        return Err(KeyPatternError(
            "an empty key pattern matches nothing".into(),
        ));
    }
    let mut segments = Vec::new();
    for part in trimmed.split(['.', ':', '/']) {
        let part = super::strip_index(part);
        let mut pieces = part.split('@');
        let head = pieces.next().unwrap_or_default();
        if !head.is_empty() {
            segments.push(canonical_segment(head));
        }
        for attr in pieces {
            if attr.is_empty() {
                return Err(KeyPatternError(format!(
                    "`@` must be followed by an attribute name in `{pattern}`"
                )));
            }
            segments.push(format!("@{}", canonical_segment(attr)));
        }
    }
    if segments.is_empty() {
        return Err(KeyPatternError(format!("`{pattern}` names no key")));
    }
    if segments
        .iter()
        .any(|s| s.contains("**") && s.as_str() != "**")
    {
        return Err(KeyPatternError(format!(
            "`**` must be a whole segment in `{pattern}` (write `**.key`)"
        )));
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &[&str]) -> String {
        canonical_path(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn m(pattern: &str, p: &[&str]) -> bool {
        match KeyPattern::new(pattern) {
            Ok(k) => k.matches(&path(p)),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn canonical_paths_follow_relaxed_binding() {
        assert_eq!(
            path(&["server", "servlet", "session", "cookie", "http-only"]),
            "server.servlet.session.cookie.httponly"
        );
        assert!(m(
            "server.servlet.session.cookie.httpOnly",
            &["server", "servlet", "session", "cookie", "http_only"]
        ));
        assert!(m("Jwt:Key", &["jwt", "key"]));
        assert!(m("Jwt.Key", &["Jwt", "Key"]));
        assert!(!m("Jwt:Key", &["App", "Jwt", "Key"]));
    }

    #[test]
    fn globs_and_attributes() {
        let web = ["configuration", "system.web", "httpCookies", "@requireSSL"];
        assert!(m("**/httpCookies@requireSSL", &web));
        assert!(m("configuration/system.web/httpCookies@requireSSL", &web));
        assert!(!m("httpCookies@requireSSL", &web));
        assert!(!m("**/httpCookies", &web));
        assert!(m("**/httpCookies/**", &web));
        assert!(m("**.jwt*.secret*", &["app", "jwtConfig", "secretKey"]));
        assert!(m("**.jwt*.secret*", &["jwt", "secret"]));
        assert!(!m("**.jwt*.secret*", &["jwt", "issuer"]));
        assert!(m("spring.session.*", &["spring", "session", "timeout"]));
        assert!(!m(
            "spring.session.*",
            &["spring", "session", "redis", "namespace"]
        ));
        assert!(m(
            "server.servlet.session.tracking-modes[0]",
            &["server", "servlet", "session", "tracking-modes"]
        ));
        assert!(m("**", &["a"]));
    }

    #[test]
    fn bad_patterns_are_errors() {
        assert!(KeyPattern::new("").is_err());
        assert!(KeyPattern::new("a.b**").is_err());
        assert!(KeyPattern::new("a@").is_err());
    }
}
