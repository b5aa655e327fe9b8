//! The `duration-over` value constraint: evaluates an expression to a length of time.
//! Understands numeric arithmetic (`60 * 60 * 24 * 30`), same-file constants, duration
//! strings (`"30d"`, `"12h"`, `"7 days"`), `Duration.ofDays`, `TimeUnit.DAYS.toSeconds`,
//! `Instant.now().plus..`, `TimeSpan.FromDays`, `DateTime.UtcNow.AddDays`, Go `time.Hour * 24`
//! and `time.Now().Add(..)`, Python `timedelta(days=..)`, "now + offset" expiries, and the
//! "never expires" forms (`Integer.MAX_VALUE`, `TimeSpan.MaxValue`, `math.MaxInt64`, ...).
//! A bare number takes the unit the rule gives for the API (`unit = "ms"`).

use tree_sitter::Node;

use super::value::{unquote, ValueResolver};
use crate::rule::DurationCheck;

pub(crate) const MINUTE: f64 = 60.0;
pub(crate) const HOUR: f64 = 3600.0;
pub(crate) const DAY: f64 = 86_400.0;
pub(crate) const WEEK: f64 = 7.0 * DAY;
const MONTH: f64 = 30.0 * DAY;
const YEAR: f64 = 365.0 * DAY;
const MAX_DEPTH: usize = 12;

/// A length of time, or no end at all.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Duration {
    Seconds(f64),
    Forever,
}

impl Duration {
    /// Longer than `threshold` seconds? Forever always is; negative lengths never are.
    pub fn exceeds(self, threshold: f64) -> bool {
        match self {
            Duration::Forever => true,
            Duration::Seconds(s) => s > threshold,
        }
    }

    /// "30 days", "2 hours", "forever".
    pub fn describe(self) -> String {
        match self {
            Duration::Forever => "forever".to_string(),
            Duration::Seconds(s) => describe_seconds(s),
        }
    }
}

pub fn describe_seconds(s: f64) -> String {
    let (n, unit) = if s >= YEAR && (s % YEAR == 0.0) {
        (s / YEAR, "year")
    } else if s >= DAY {
        (s / DAY, "day")
    } else if s >= HOUR {
        (s / HOUR, "hour")
    } else if s >= MINUTE {
        (s / MINUTE, "minute")
    } else {
        (s, "second")
    };
    let n = (n * 10.0).round() / 10.0;
    let plural = if (n - 1.0).abs() < f64::EPSILON {
        ""
    } else {
        "s"
    };
    if n.fract() == 0.0 {
        format!("{n:.0} {unit}{plural}")
    } else {
        format!("{n:.1} {unit}{plural}")
    }
}

/// The named thresholds rules refer to (`duration-over = "access-token"`), with their
/// defaults; projects override them in `[thresholds]` of their configuration.
pub const THRESHOLDS: &[(&str, f64)] = &[
    ("access-token", HOUR),
    ("idle-session", 30.0 * MINUTE),
    ("absolute-session", 12.0 * HOUR),
    ("remember-me", 30.0 * DAY),
    ("refresh-token", 90.0 * DAY),
];

pub fn default_threshold(name: &str) -> Option<f64> {
    THRESHOLDS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Parses a threshold or duration string: `30d`, `12h`, `90m`, `45s`, `500ms`, `2w`, `1y`,
/// `7 days`, `1.5 hours`. `None` when it is not one.
pub fn parse_duration(text: &str) -> Option<f64> {
    let t = text.trim().to_ascii_lowercase();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.replace('_', "").parse().ok()?;
    let factor = match unit.trim() {
        "ms" | "msec" | "msecs" | "millisecond" | "milliseconds" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        "m" | "min" | "mins" | "minute" | "minutes" => MINUTE,
        "h" | "hr" | "hrs" | "hour" | "hours" => HOUR,
        "d" | "day" | "days" => DAY,
        "w" | "week" | "weeks" => WEEK,
        "y" | "yr" | "yrs" | "year" | "years" => YEAR,
        _ => return None,
    };
    Some(n * factor)
}

/// The verdict of a `duration-over` check on a length: the `{duration}` and `{limit}`
/// bindings when it is longer than `limit` seconds, where a negative length counts as
/// forever if the check lists `"negative"`.
pub fn over_limit(
    check: &DurationCheck,
    length: Duration,
    limit: f64,
) -> Option<[(&'static str, String); 2]> {
    let length = match length {
        Duration::Seconds(s) if s < 0.0 && check.forever_if_negative() => Duration::Forever,
        other => other,
    };
    length.exceeds(limit).then(|| {
        [
            ("duration", length.describe()),
            ("limit", describe_seconds(limit)),
        ]
    })
}

/// Seconds per unit name as rules write it (`unit = "ms"`).
pub fn unit_seconds(unit: &str) -> Option<f64> {
    parse_duration(&format!("1{unit}"))
}

/// An intermediate value: a plain number (in the API's unit), a length of time, "now"
/// (a point in time that expiry arithmetic starts from), or forever.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Value {
    Number(f64),
    Seconds(f64),
    Now,
    Forever,
}

/// Evaluates expressions of one file; `unit` is how many seconds a bare number means.
pub struct DurationEval<'a, 't> {
    resolver: &'a ValueResolver<'t>,
    source: &'t str,
    unit: f64,
}

impl<'a, 't> DurationEval<'a, 't> {
    pub fn new(resolver: &'a ValueResolver<'t>, source: &'t str, unit: f64) -> Self {
        DurationEval {
            resolver,
            source,
            unit,
        }
    }

    pub fn duration(&self, node: Node<'t>) -> Option<Duration> {
        match self.eval(node, 0)? {
            Value::Number(n) => Some(Duration::Seconds(n * self.unit)),
            Value::Seconds(s) => Some(Duration::Seconds(s)),
            Value::Forever => Some(Duration::Forever),
            Value::Now => None,
        }
    }

    fn text(&self, node: Node<'t>) -> &'t str {
        &self.source[node.byte_range()]
    }

    fn eval(&self, node: Node<'t>, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let text = self.text(node);
        if let Some(v) = constant(text) {
            return Some(v);
        }
        match node.kind() {
            "decimal_integer_literal"
            | "decimal_floating_point_literal"
            | "number"
            | "integer"
            | "float"
            | "int_literal"
            | "float_literal"
            | "integer_literal"
            | "real_literal" => number(text).map(Value::Number),
            "string"
            | "string_literal"
            | "interpreted_string_literal"
            | "raw_string_literal"
            | "template_string" => {
                let inner = unquote(text);
                if let Some(s) = parse_duration(inner) {
                    return Some(Value::Seconds(s));
                }
                number(inner).map(Value::Number)
            }
            "parenthesized_expression" | "expression_list" | "argument"
                if node.named_child_count() == 1 =>
            {
                self.eval(node.named_child(0)?, depth + 1)
            }
            "unary_expression" | "unary_operator" | "prefix_unary_expression" => {
                let operand = node
                    .child_by_field_name("argument")
                    .or_else(|| node.child_by_field_name("operand"))
                    .or_else(|| node.named_child(0))?;
                let v = self.eval(operand, depth + 1)?;
                if text.trim_start().starts_with('-') {
                    negate(v)
                } else {
                    Some(v)
                }
            }
            "binary_expression" | "binary_operator" => self.binary(node, depth),
            "identifier"
            | "member_expression"
            | "field_access"
            | "attribute"
            | "selector_expression"
            | "member_access_expression" => {
                if let Some(v) = go_time_unit(text) {
                    return Some(v);
                }
                let values = self.resolver.bound_values(node)?;
                // Every binding must agree on being a duration; the first one decides the value.
                let mut first = None;
                for v in values {
                    let value = self.eval(*v, depth + 1)?;
                    first.get_or_insert(value);
                }
                first
            }
            "call_expression"
            | "call"
            | "method_invocation"
            | "invocation_expression"
            | "new_expression"
            | "object_creation_expression" => self.call(node, depth),
            "type_conversion_expression" => {
                self.eval(node.child_by_field_name("operand")?, depth + 1)
            }
            "cast_expression" | "as_expression" | "non_null_expression" => {
                let inner = node.child_by_field_name("value").or_else(|| {
                    node.named_child(node.named_child_count().checked_sub(1)? as u32)
                })?;
                self.eval(inner, depth + 1)
            }
            _ => None,
        }
    }

    fn binary(&self, node: Node<'t>, depth: usize) -> Option<Value> {
        let op = self.text(node.child_by_field_name("operator")?);
        let l = self.eval(node.child_by_field_name("left")?, depth + 1)?;
        let r = self.eval(node.child_by_field_name("right")?, depth + 1)?;
        use Value::*;
        Some(match (op, l, r) {
            (_, Forever, _) | (_, _, Forever) => Forever,
            ("*", Number(a), Number(b)) => Number(a * b),
            ("*", Number(a), Seconds(b)) | ("*", Seconds(b), Number(a)) => Seconds(a * b),
            ("/", Number(a), Number(b)) if b != 0.0 => Number(a / b),
            ("/", Seconds(a), Number(b)) if b != 0.0 => Seconds(a / b),
            // `Date.now() / 1000`: still "now", in other units.
            ("/", Now, Number(_)) => Now,
            ("+", Number(a), Number(b)) => Number(a + b),
            ("-", Number(a), Number(b)) => Number(a - b),
            ("+", Seconds(a), Seconds(b)) => Seconds(a + b),
            ("-", Seconds(a), Seconds(b)) => Seconds(a - b),
            // An expiry computed from now: its length is the offset.
            ("+", Now, x) | ("+", x, Now) => x,
            _ => return None,
        })
    }

    fn call(&self, node: Node<'t>, depth: usize) -> Option<Value> {
        let callee = node
            .child_by_field_name("function")
            .or_else(|| node.child_by_field_name("constructor"))
            .or_else(|| node.child_by_field_name("type"))
            .or_else(|| node.child_by_field_name("name"));
        let receiver = node.child_by_field_name("object").or_else(|| {
            callee.and_then(|c| {
                c.child_by_field_name("object")
                    .or_else(|| c.child_by_field_name("expression"))
                    .or_else(|| c.child_by_field_name("operand"))
            })
        });
        let name_node = callee.map(|c| super::value::member_name(c).unwrap_or(c));
        let name = name_node.map(|n| self.text(n)).unwrap_or("");
        let name = name.rsplit('.').next().unwrap_or(name);
        let receiver_text = receiver.map(|r| self.text(r)).unwrap_or("");
        let args = super::value::call_arguments(node);
        let arg = |i: usize| args.get(i).and_then(|a| self.eval(*a, depth + 1));
        let num = |i: usize| match arg(i) {
            Some(Value::Number(n)) => Some(n),
            _ => None,
        };
        if is_now(name, receiver_text, args.len()) {
            return Some(Value::Now);
        }
        // Wrappers that keep the value: Math.floor(x), int(x), Number(x), time.Duration(x).
        if matches!(
            name,
            "floor"
                | "ceil"
                | "round"
                | "trunc"
                | "int"
                | "Number"
                | "parseInt"
                | "Duration"
                | "toInstant"
                | "toDate"
        ) && args.len() == 1
        {
            return arg(0);
        }
        // `ms("30d")`
        if name == "ms" && args.len() == 1 {
            return arg(0);
        }
        // Java `Duration.ofDays(30)`, C# `TimeSpan.FromDays(30)`.
        if let Some(per) = named_unit(name, &["of", "From"]) {
            if receiver_text.ends_with("Duration")
                || receiver_text.ends_with("TimeSpan")
                || receiver_text.is_empty()
            {
                return num(0).map(|n| Value::Seconds(n * per));
            }
        }
        // Java `TimeUnit.DAYS.toSeconds(30)`: a number in the target unit.
        if let (Some(to), Some(from)) =
            (named_unit(name, &["to"]), time_unit_constant(receiver_text))
        {
            return num(0).map(|n| Value::Number(n * from / to));
        }
        // Java `duration.getSeconds()`, `.toMillis()` on a Duration value.
        if let (Some(to), Some(Value::Seconds(s))) = (
            named_unit(name, &["to", "get"]),
            receiver.and_then(|r| self.eval(r, depth + 1)),
        ) {
            if args.is_empty() {
                return Some(Value::Number(s / to));
            }
        }
        // `Instant.now().plusDays(30)`, `DateTime.UtcNow.AddDays(30)`, `.plus(30, ChronoUnit.DAYS)`,
        // `time.Now().Add(d)`, `time.Now().AddDate(y, m, d)`.
        if let Some(per) = named_unit(name, &["plus", "Add", "add"]) {
            let base = receiver.and_then(|r| self.eval(r, depth + 1));
            let offset = num(0).map(|n| Value::Seconds(n * per))?;
            return offset_from(base, offset);
        }
        if matches!(name, "plus" | "Add" | "add") {
            let base = receiver.and_then(|r| self.eval(r, depth + 1));
            let offset = match (arg(0), args.get(1).map(|a| self.text(*a))) {
                (Some(Value::Number(n)), Some(unit)) => Value::Seconds(n * chrono_unit(unit)?),
                (Some(Value::Seconds(s)), None) => Value::Seconds(s),
                _ => return None,
            };
            return offset_from(base, offset);
        }
        if name == "AddDate" && args.len() == 3 {
            let base = receiver.and_then(|r| self.eval(r, depth + 1));
            let s = num(0)? * YEAR + num(1)? * MONTH + num(2)? * DAY;
            return offset_from(base, Value::Seconds(s));
        }
        // Python `timedelta(days=30, hours=1)` and positional `timedelta(30)`.
        if name == "timedelta" {
            return self.timedelta(node, depth);
        }
        // C# `new TimeSpan(d, h, m, s)` / `new TimeSpan(h, m, s)`.
        if name == "TimeSpan" && (args.len() == 3 || args.len() == 4) {
            let n: Vec<f64> = (0..args.len()).map(num).collect::<Option<_>>()?;
            let (d, rest) = if n.len() == 4 {
                (n[0], &n[1..])
            } else {
                (0.0, &n[..])
            };
            return Some(Value::Seconds(
                d * DAY + rest[0] * HOUR + rest[1] * MINUTE + rest[2],
            ));
        }
        // JS `new Date(Date.now() + 30 * 864e5)`: the offset from now.
        if name == "Date" && args.len() == 1 {
            return arg(0);
        }
        None
    }

    fn timedelta(&self, node: Node<'t>, depth: usize) -> Option<Value> {
        let list = node.child_by_field_name("arguments")?;
        let mut cursor = list.walk();
        let positional = [DAY, 1.0, 0.000_001, 0.001, MINUTE, HOUR, WEEK];
        let mut total = 0.0;
        for (i, a) in list.named_children(&mut cursor).enumerate() {
            let (per, value) = if a.kind() == "keyword_argument" {
                let key = self.text(a.child_by_field_name("name")?);
                let per = match key {
                    "days" => DAY,
                    "seconds" => 1.0,
                    "microseconds" => 0.000_001,
                    "milliseconds" => 0.001,
                    "minutes" => MINUTE,
                    "hours" => HOUR,
                    "weeks" => WEEK,
                    _ => return None,
                };
                (per, a.child_by_field_name("value")?)
            } else {
                (*positional.get(i)?, a)
            };
            match self.eval(value, depth + 1)? {
                Value::Number(n) => total += n * per,
                Value::Forever => return Some(Value::Forever),
                _ => return None,
            }
        }
        Some(Value::Seconds(total))
    }
}

fn negate(v: Value) -> Option<Value> {
    match v {
        Value::Number(n) => Some(Value::Number(-n)),
        Value::Seconds(s) => Some(Value::Seconds(-s)),
        _ => None,
    }
}

fn offset_from(base: Option<Value>, offset: Value) -> Option<Value> {
    match base {
        Some(Value::Now) | None => Some(offset),
        Some(Value::Forever) => Some(Value::Forever),
        Some(Value::Seconds(s)) => match offset {
            Value::Seconds(o) => Some(Value::Seconds(s + o)),
            _ => None,
        },
        Some(Value::Number(_)) => None,
    }
}

/// Numbers as written in any of our languages: `30`, `30L`, `1_000`, `2.5f`, `864e5`, `0x10`.
fn number(text: &str) -> Option<f64> {
    let t = text.trim().replace('_', "");
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return i64::from_str_radix(hex.trim_end_matches(['l', 'L', 'u', 'U']), 16)
            .ok()
            .map(|n| n as f64);
    }
    let t = t.trim_end_matches(['l', 'L', 'f', 'F', 'd', 'D', 'm', 'M', 'u', 'U', 'n']);
    t.parse::<f64>().ok()
}

/// Well-known "largest value" constants: an expiry that never comes.
fn constant(text: &str) -> Option<Value> {
    const FOREVER: &[&str] = &[
        "Integer.MAX_VALUE",
        "Long.MAX_VALUE",
        "int.MaxValue",
        "long.MaxValue",
        "Int32.MaxValue",
        "Int64.MaxValue",
        "TimeSpan.MaxValue",
        "DateTime.MaxValue",
        "DateTimeOffset.MaxValue",
        "Timeout.InfiniteTimeSpan",
        "math.MaxInt64",
        "math.MaxInt32",
        "math.MaxInt",
        "sys.maxsize",
        "Number.MAX_SAFE_INTEGER",
        "Number.MAX_VALUE",
        "Infinity",
        "Number.POSITIVE_INFINITY",
        "Instant.MAX",
        "ChronoUnit.FOREVER",
        "float('inf')",
        "float(\"inf\")",
        "math.inf",
    ];
    FOREVER.contains(&text.trim()).then_some(Value::Forever)
}

/// Go's `time.Hour`, `time.Minute`, ... (a `time.Duration` in seconds here).
fn go_time_unit(text: &str) -> Option<Value> {
    let per = match text {
        "time.Nanosecond" => 1e-9,
        "time.Microsecond" => 1e-6,
        "time.Millisecond" => 0.001,
        "time.Second" => 1.0,
        "time.Minute" => MINUTE,
        "time.Hour" => HOUR,
        _ => return None,
    };
    Some(Value::Seconds(per))
}

/// `TimeUnit.DAYS` → seconds per unit.
fn time_unit_constant(text: &str) -> Option<f64> {
    let unit = text.rsplit('.').next()?;
    Some(match unit {
        "NANOSECONDS" => 1e-9,
        "MICROSECONDS" => 1e-6,
        "MILLISECONDS" => 0.001,
        "SECONDS" => 1.0,
        "MINUTES" => MINUTE,
        "HOURS" => HOUR,
        "DAYS" => DAY,
        _ => return None,
    })
}

/// `ChronoUnit.DAYS` → seconds per unit.
fn chrono_unit(text: &str) -> Option<f64> {
    let unit = text.rsplit('.').next()?;
    Some(match unit {
        "MILLIS" => 0.001,
        "SECONDS" => 1.0,
        "MINUTES" => MINUTE,
        "HOURS" => HOUR,
        "HALF_DAYS" => 12.0 * HOUR,
        "DAYS" => DAY,
        "WEEKS" => WEEK,
        "MONTHS" => MONTH,
        "YEARS" => YEAR,
        "FOREVER" => f64::INFINITY,
        _ => return None,
    })
}

/// `ofDays`, `FromHours`, `toSeconds`, `plusMinutes`, `AddYears`, `getSeconds`: the unit
/// after one of `prefixes`, in seconds.
fn named_unit(name: &str, prefixes: &[&str]) -> Option<f64> {
    let rest = prefixes.iter().find_map(|p| name.strip_prefix(p))?;
    Some(match rest {
        "Nanos" | "Nanoseconds" => 1e-9,
        "Micros" | "Microseconds" => 1e-6,
        "Millis" | "Milliseconds" => 0.001,
        "Seconds" => 1.0,
        "Minutes" => MINUTE,
        "Hours" => HOUR,
        "Days" => DAY,
        "Weeks" => WEEK,
        "Months" => MONTH,
        "Years" => YEAR,
        _ => return None,
    })
}

/// Calls that mean "the current time".
fn is_now(name: &str, receiver: &str, args: usize) -> bool {
    match name {
        "now" | "utcnow" | "Now" | "UtcNow" | "currentTimeMillis" | "nanoTime" | "getTime" => true,
        "Date" => args == 0,
        _ => receiver.ends_with("UtcNow") && name.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Grammar;

    fn eval(grammar: Grammar, code: &str, target: &str, unit: &str) -> Option<Duration> {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&grammar.language()).ok()?;
        let tree = parser.parse(code, None)?;
        let start = code.rfind(target)?;
        let mut node = tree
            .root_node()
            .descendant_for_byte_range(start, start + target.len())?;
        while let Some(p) = node.parent() {
            if p.start_byte() == start && p.end_byte() == start + target.len() {
                node = p;
            } else {
                break;
            }
        }
        let resolver = ValueResolver::new(code, grammar.lang(), tree.root_node());
        DurationEval::new(&resolver, code, unit_seconds(unit)?).duration(node)
    }

    fn days(d: Option<Duration>) -> Option<f64> {
        match d? {
            Duration::Seconds(s) => Some((s / DAY * 1000.0).round() / 1000.0),
            Duration::Forever => Some(f64::INFINITY),
        }
    }

    #[test]
    fn thresholds_and_strings() {
        assert_eq!(parse_duration("30d"), Some(30.0 * DAY));
        assert_eq!(parse_duration("12h"), Some(12.0 * HOUR));
        assert_eq!(parse_duration("7 days"), Some(7.0 * DAY));
        assert_eq!(parse_duration("500ms"), Some(0.5));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(describe_seconds(30.0 * DAY), "30 days");
        assert_eq!(describe_seconds(HOUR), "1 hour");
        assert_eq!(describe_seconds(YEAR), "1 year");
    }

    #[test]
    fn java_forms() {
        let j = Grammar::Java;
        assert_eq!(
            days(eval(
                j,
                "class A { void m() { c.setMaxAge(60 * 60 * 24 * 30); } }",
                "60 * 60 * 24 * 30",
                "s"
            )),
            Some(30.0)
        );
        assert_eq!(days(eval(j, "class A { static final int AGE = 3600 * 24 * 365; void m() { c.setMaxAge(AGE); } }", "AGE", "s")), Some(365.0));
        assert_eq!(
            days(eval(
                j,
                "class A { void m() { x(Duration.ofDays(14)); } }",
                "Duration.ofDays(14)",
                "s"
            )),
            Some(14.0)
        );
        assert_eq!(
            days(eval(
                j,
                "class A { void m() { x(TimeUnit.DAYS.toMillis(2)); } }",
                "TimeUnit.DAYS.toMillis(2)",
                "ms"
            )),
            Some(2.0)
        );
        assert_eq!(
            eval(
                j,
                "class A { void m() { x(Integer.MAX_VALUE); } }",
                "Integer.MAX_VALUE",
                "s"
            ),
            Some(Duration::Forever)
        );
        assert_eq!(
            days(eval(j, "class A { void m() { x(new Date(System.currentTimeMillis() + 1000L * 60 * 60 * 24 * 7)); } }", "new Date(System.currentTimeMillis() + 1000L * 60 * 60 * 24 * 7)", "ms")),
            Some(7.0)
        );
        assert_eq!(
            days(eval(
                j,
                "class A { void m() { x(Instant.now().plus(10, ChronoUnit.DAYS)); } }",
                "Instant.now().plus(10, ChronoUnit.DAYS)",
                "s"
            )),
            Some(10.0)
        );
        assert_eq!(
            days(eval(
                j,
                "class A { void m() { x(Instant.now().plusSeconds(3600)); } }",
                "Instant.now().plusSeconds(3600)",
                "s"
            )),
            Some(0.042)
        );
    }

    #[test]
    fn javascript_forms() {
        let g = Grammar::JavaScript;
        assert_eq!(
            days(eval(g, "sign(p, k, { expiresIn: '30d' });", "'30d'", "s")),
            Some(30.0)
        );
        assert_eq!(
            days(eval(
                g,
                "x({ maxAge: 1000 * 60 * 60 * 24 * 90 });",
                "1000 * 60 * 60 * 24 * 90",
                "ms"
            )),
            Some(90.0)
        );
        assert_eq!(
            days(eval(
                g,
                "x(Math.floor(Date.now() / 1000) + 60 * 60 * 24);",
                "Math.floor(Date.now() / 1000) + 60 * 60 * 24",
                "s"
            )),
            Some(1.0)
        );
        assert_eq!(
            days(eval(
                g,
                "const WEEK = 7 * 24 * 3600;\nx(WEEK);",
                "WEEK",
                "s"
            )),
            Some(7.0)
        );
        assert_eq!(eval(g, "x(ttl);", "ttl", "s"), None);
    }

    #[test]
    fn python_go_csharp_forms() {
        assert_eq!(
            days(eval(
                Grammar::Python,
                "X = timedelta(days=30, hours=12)",
                "timedelta(days=30, hours=12)",
                "s"
            )),
            Some(30.5)
        );
        assert_eq!(
            days(eval(
                Grammar::Python,
                "X = datetime.utcnow() + timedelta(days=2)",
                "datetime.utcnow() + timedelta(days=2)",
                "s"
            )),
            Some(2.0)
        );
        assert_eq!(
            days(eval(
                Grammar::Go,
                "package a\nvar x = 24 * time.Hour * 30",
                "24 * time.Hour * 30",
                "s"
            )),
            Some(30.0)
        );
        assert_eq!(
            days(eval(
                Grammar::Go,
                "package a\nvar x = time.Now().Add(72 * time.Hour)",
                "time.Now().Add(72 * time.Hour)",
                "s"
            )),
            Some(3.0)
        );
        assert_eq!(
            days(eval(
                Grammar::Go,
                "package a\nvar x = time.Now().AddDate(1, 0, 0)",
                "time.Now().AddDate(1, 0, 0)",
                "s"
            )),
            Some(365.0)
        );
        assert_eq!(
            days(eval(
                Grammar::CSharp,
                "class A { void M() { X(TimeSpan.FromDays(60)); } }",
                "TimeSpan.FromDays(60)",
                "s"
            )),
            Some(60.0)
        );
        assert_eq!(
            days(eval(
                Grammar::CSharp,
                "class A { void M() { X(DateTime.UtcNow.AddHours(48)); } }",
                "DateTime.UtcNow.AddHours(48)",
                "s"
            )),
            Some(2.0)
        );
        assert_eq!(
            eval(
                Grammar::CSharp,
                "class A { void M() { X(TimeSpan.MaxValue); } }",
                "TimeSpan.MaxValue",
                "s"
            ),
            Some(Duration::Forever)
        );
        assert_eq!(
            days(eval(
                Grammar::CSharp,
                "class A { void M() { X(new TimeSpan(7, 0, 0, 0)); } }",
                "new TimeSpan(7, 0, 0, 0)",
                "s"
            )),
            Some(7.0)
        );
    }
}
