//! `[match.config]` on one configuration file: its entries (see `crate::entries`) against
//! each rule's key patterns, `key`/`value` constraints and `config:` relations. What a value
//! *is* lives here: `${NAME:fallback}` placeholders resolve to their fallback, references to
//! the environment or a vault are not literals, durations are read in the notations
//! configuration uses (`30m`, `PT30M`, `1.00:00:00`, a bare number in the rule's unit).

use crate::entries::Entry;
use crate::lang::Lang;
use crate::rule::{ConfigMatcher, Constraint, RelationKind, RuleSet};

use super::duration::{self, parse_duration, Duration};
use super::facts::ProjectFacts;

/// A configuration entry that one matcher of a rule accepts, with its message bindings.
pub struct ConfigHit {
    /// Byte range to report.
    pub range: (usize, usize),
    pub bindings: Vec<(&'static str, String)>,
    /// The value is a well-known placeholder secret.
    pub placeholder: bool,
}

/// The entries `matcher` accepts in a file of format `lang`.
pub fn matches(
    matcher: &ConfigMatcher,
    lang: Lang,
    entries: &[Entry],
    rules: &RuleSet,
    facts: &ProjectFacts,
) -> Vec<ConfigHit> {
    if !matcher.formats.contains(&lang) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for entry in entries {
        let canonical = entry.canonical_key();
        if !matcher.keys.iter().any(|k| k.matches(&canonical)) {
            continue;
        }
        if !relations_hold(matcher, entry, entries, facts) {
            continue;
        }
        let key = entry.display_key();
        let mut bindings: Vec<(&'static str, String)> =
            vec![("key", key.clone()), ("value", entry.value.clone())];
        let mut placeholder = false;
        let accepted = matcher.constraints.iter().all(|c| {
            let subject = if c.capture == "key" {
                key.as_str()
            } else {
                entry.value.as_str()
            };
            match check(c, subject, rules) {
                Some(found) => {
                    placeholder |= found
                        .literal
                        .as_deref()
                        .is_some_and(|l| super::is_placeholder(l, rules.placeholders()));
                    bindings.extend(found.extra);
                    true
                }
                None => false,
            }
        });
        if !accepted {
            continue;
        }
        let range = if matcher.report_key || entry.value_range.0 == entry.value_range.1 {
            entry.key_range
        } else {
            entry.value_range
        };
        out.push(ConfigHit {
            range,
            bindings,
            placeholder,
        });
    }
    out
}

/// `file-has` / `project-has` (and negations) of a configuration match. `file-has` looks in
/// the entry's own document (a YAML stream's documents are separate profiles).
fn relations_hold(
    matcher: &ConfigMatcher,
    entry: &Entry,
    entries: &[Entry],
    facts: &ProjectFacts,
) -> bool {
    matcher.relations.iter().all(|r| {
        let found = r.conditions.iter().any(|c| match r.kind {
            RelationKind::FileHas | RelationKind::NotFileHas => entries
                .iter()
                .any(|e| e.document == entry.document && c.holds(e)),
            _ => facts.present(&c.key),
        });
        found != r.kind.is_negative()
    })
}

struct Checked {
    literal: Option<String>,
    extra: Vec<(&'static str, String)>,
}

/// Checks one constraint on a key or value; `None` when it fails.
fn check(c: &Constraint, subject: &str, rules: &RuleSet) -> Option<Checked> {
    let literal = literal_value(subject);
    if c.literal.is_some_and(|want| want != literal.is_some()) {
        return None;
    }
    let value = match (c.literal, &literal) {
        (Some(true), Some(l)) => l.as_str(),
        _ => subject.trim(),
    };
    if !c.value_passes(value) {
        return None;
    }
    let mut extra = Vec::new();
    if let Some(d) = &c.duration {
        // `${SESSION_TIMEOUT:7d}`: the fallback is the value that ships without the variable.
        let effective = literal.as_deref().unwrap_or(value);
        let length = if d.forever.iter().any(|f| f.eq_ignore_ascii_case(effective)) {
            Duration::Forever
        } else {
            Duration::Seconds(config_duration(effective, d.unit)?)
        };
        let limit = rules.threshold_seconds(&d.threshold);
        extra.extend(duration::over_limit(d, length, limit)?);
    }
    Some(Checked { literal, extra })
}

/// The hard-coded value of a setting, or `None` when it is empty or comes from elsewhere:
/// `${NAME}` (Spring, shell, compose) unless it has a literal fallback (`${NAME:fallback}`,
/// `${NAME:-fallback}`), `#{...}` expressions, `%NAME%`, `$NAME`, `$(NAME)`, `{{ ... }}`
/// templates, `<...>` placeholders, `ENC(...)` ciphertexts, Key Vault references.
pub fn literal_value(raw: &str) -> Option<String> {
    let v = raw.trim();
    if v.is_empty() {
        return None;
    }
    if let Some(inner) = v.strip_prefix("${").and_then(|r| r.strip_suffix('}')) {
        if inner.contains("${") || inner.contains('}') {
            return None;
        }
        return placeholder_default(inner).and_then(literal_value);
    }
    let reference = v.contains("${")
        || v.contains("#{")
        || v.contains("{{")
        || v.contains("$(")
        || (v.starts_with('%') && v.ends_with('%') && v.len() > 2)
        || (v.starts_with('$') && v[1..].chars().all(|c| c.is_alphanumeric() || c == '_'))
        || (v.starts_with('<') && v.ends_with('>'))
        || v.starts_with("ENC(")
        || v.starts_with("@Microsoft.KeyVault(");
    (!reference).then(|| v.to_string())
}

/// The default a `${...}` placeholder falls back to when its variable is unset: Spring's
/// `${name:default}`, the shell's and compose's `${NAME:-default}`, `${NAME-default}`,
/// `${NAME:=default}`. `${NAME:?message}` (required) and `${NAME:+alt}` (only when set) have
/// none, and neither has `${app.jwt-secret}`: a `-` is an operator only after a shell name.
fn placeholder_default(inner: &str) -> Option<&str> {
    let shell_name = |name: &str| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let (name, rest) = match inner.find(':') {
        Some(i) => (&inner[..i], &inner[i + 1..]),
        None => {
            let i = inner.find(['-', '?', '+', '='])?;
            if !shell_name(&inner[..i]) {
                return None;
            }
            (&inner[..i], &inner[i..])
        }
    };
    let shell_op = shell_name(name) || inner.find(':').is_none();
    match rest.chars().next() {
        Some('?' | '+') if shell_op => None,
        Some('-' | '=') if shell_op => Some(rest[1..].trim()),
        _ => Some(rest.trim()),
    }
}

/// Seconds of a duration as configuration writes it; `unit` is what a bare number means.
pub fn config_duration(value: &str, unit: f64) -> Option<f64> {
    let v = value.trim();
    if let Ok(n) = v.parse::<f64>() {
        return Some(n * unit);
    }
    if let Some(positive) = v.strip_prefix('-') {
        return config_duration(positive, unit).map(|s| -s);
    }
    parse_duration(v)
        .or_else(|| iso8601(v))
        .or_else(|| timespan(v))
}

/// ISO-8601 durations (`PT30M`, `P1D`, `P7DT12H`, `PT1.5S`), as `java.time.Duration` reads them.
fn iso8601(v: &str) -> Option<f64> {
    let upper = v.to_ascii_uppercase();
    let body = upper.strip_prefix('P')?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    let mut total = 0.0;
    let mut any = false;
    for (part, units) in [
        (date, &[('W', duration::WEEK), ('D', duration::DAY)][..]),
        (
            time,
            &[('H', duration::HOUR), ('M', duration::MINUTE), ('S', 1.0)][..],
        ),
    ] {
        let mut number = String::new();
        for ch in part.chars() {
            if ch.is_ascii_digit() || ch == '.' || ch == '-' {
                number.push(ch);
                continue;
            }
            let factor = units.iter().find(|(u, _)| *u == ch)?.1;
            total += number.parse::<f64>().ok()? * factor;
            number.clear();
            any = true;
        }
        if !number.is_empty() {
            return None;
        }
    }
    any.then_some(total)
}

/// .NET `TimeSpan` strings: `hh:mm`, `hh:mm:ss`, `d.hh:mm:ss`, `d:hh:mm:ss`, with fractions.
fn timespan(v: &str) -> Option<f64> {
    let parts: Vec<&str> = v.split(':').collect();
    if !(2..=4).contains(&parts.len()) {
        return None;
    }
    let num = |s: &str| s.trim().parse::<f64>().ok().filter(|n| *n >= 0.0);
    let mut fields: Vec<f64> = Vec::with_capacity(4);
    for (i, part) in parts.iter().enumerate() {
        // `d.hh`: the first field may carry the days.
        match (i, parts.len() < 4, part.split_once('.')) {
            (0, true, Some((d, h))) => {
                fields.push(num(d)?);
                fields.push(num(h)?);
            }
            (0, true, None) => {
                fields.push(0.0);
                fields.push(num(part)?);
            }
            _ => fields.push(num(part)?),
        }
    }
    while fields.len() < 4 {
        fields.push(0.0);
    }
    let (d, h, m, s) = (fields[0], fields[1], fields[2], fields[3]);
    if h >= 24.0 || m >= 60.0 || s >= 60.0 {
        return None;
    }
    Some(d * duration::DAY + h * duration::HOUR + m * duration::MINUTE + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_values() {
        assert_eq!(literal_value("abc").as_deref(), Some("abc"));
        assert_eq!(literal_value("  "), None);
        assert_eq!(literal_value("${JWT_SECRET}"), None);
        assert_eq!(
            literal_value("${JWT_SECRET:mysecret}").as_deref(),
            Some("mysecret")
        );
        assert_eq!(literal_value("${JWT_SECRET:-dev}").as_deref(), Some("dev"));
        assert_eq!(literal_value("${JWT_SECRET:}"), None);
        assert_eq!(literal_value("${A:${B}}"), None);
        assert_eq!(literal_value("${JWT_SECRET:?JWT_SECRET is required}"), None);
        assert_eq!(literal_value("${JWT_SECRET?required}"), None);
        assert_eq!(literal_value("${JWT_SECRET:+set}"), None);
        assert_eq!(literal_value("${JWT_SECRET-dev}").as_deref(), Some("dev"));
        assert_eq!(literal_value("${JWT_SECRET:=dev}").as_deref(), Some("dev"));
        assert_eq!(literal_value("${app.jwt-secret}"), None);
        assert_eq!(
            literal_value("${app.jwt-secret:dev-secret}").as_deref(),
            Some("dev-secret")
        );
        assert_eq!(literal_value("${jwt.secret:-1}").as_deref(), Some("-1"));
        assert_eq!(literal_value("prefix-${A}"), None);
        assert_eq!(literal_value("#{systemEnvironment['X']}"), None);
        assert_eq!(literal_value("%SECRET%"), None);
        assert_eq!(literal_value("$SECRET"), None);
        assert_eq!(literal_value("{{ .Values.secret }}"), None);
        assert_eq!(literal_value("<your-secret-here>"), None);
        assert_eq!(literal_value("ENC(abc)"), None);
        assert_eq!(literal_value("@Microsoft.KeyVault(SecretUri=x)"), None);
        assert_eq!(literal_value("$ecretValue1").as_deref(), None);
        assert_eq!(literal_value("a$b").as_deref(), Some("a$b"));
    }

    #[test]
    fn durations_in_configuration_notations() {
        let d = |v: &str, unit: f64| config_duration(v, unit);
        assert_eq!(d("30", 60.0), Some(1800.0));
        assert_eq!(d("30m", 1.0), Some(1800.0));
        assert_eq!(d("PT30M", 1.0), Some(1800.0));
        assert_eq!(d("P1D", 1.0), Some(86400.0));
        assert_eq!(d("P7DT12H", 1.0), Some(7.0 * 86400.0 + 12.0 * 3600.0));
        assert_eq!(d("pt1.5s", 1.0), Some(1.5));
        assert_eq!(d("00:20:00", 1.0), Some(1200.0));
        assert_eq!(d("7.00:00:00", 1.0), Some(7.0 * 86400.0));
        assert_eq!(d("1:02:00:00", 1.0), Some(86400.0 + 7200.0));
        assert_eq!(d("01:30", 1.0), Some(5400.0));
        assert_eq!(d("never", 1.0), None);
        assert_eq!(d("P", 1.0), None);
        assert_eq!(d("25:00:00", 1.0), None);
        assert_eq!(d("-5m", 1.0), Some(-300.0));
        assert_eq!(d("-1", 60.0), Some(-60.0));
    }
}
