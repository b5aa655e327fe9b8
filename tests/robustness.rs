//! Hostile input must never panic the engine: random token soup, truncated fixtures and deep
//! nesting in every grammar, scanned with every built-in rule.

use std::path::Path;

use sessionlint::engine::scan;
use sessionlint::lang::{Grammar, Lang};
use sessionlint::rule::{RuleSet, RuleSource};

/// A small deterministic generator (no external crate, same sequence on every machine).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'",
    "`",
    "${",
    "session",
    "secret",
    ":",
    "=",
    "+",
    "||",
    "??",
    "or",
    ".",
    ",",
    ";",
    "\n",
    "\r\n",
    " ",
    "\t",
    "é",
    "😀",
    "getSession",
    "setAttribute",
    "invalidate",
    "SameSite",
    "new",
    "class",
    "def",
    "func",
    "import",
    "@",
    "#",
    "//",
    "/*",
    "*/",
    "\"keyboard cat\"",
    "jwt.sign",
    "http.Cookie",
    "HttpOnly",
    "false",
    "None",
    "\\",
    ":",
    "- ",
    "<a>",
    "</a>",
    "<b x=\"1\"/>",
    "\n  ",
    "${",
    "}",
    "export ",
    "---\n",
];

fn soup(rng: &mut Lcg, len: usize) -> String {
    (0..len)
        .map(|_| PIECES[usize::try_from(rng.next()).unwrap_or(0) % PIECES.len()])
        .collect()
}

#[test]
fn random_soup_and_truncations_never_panic() {
    let rules = RuleSet::load(&[], true).unwrap_or_else(|e| panic!("{e}"));
    let mut rng = Lcg(42);
    for grammar in Grammar::ALL {
        for len in [0, 1, 7, 64, 512, 4096] {
            let text = soup(&mut rng, len);
            let _ = scan("soup", &text, grammar, &rules);
        }
    }
    // Every prefix of a real fixture, cut at char boundaries, in its own grammar.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-corpus");
    let mut stack = vec![corpus];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let (Some(grammar), Ok(text)) =
                (Grammar::from_path(&path), std::fs::read_to_string(&path))
            else {
                continue;
            };
            // A few cuts per file: enough to end inside strings, calls and blocks.
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let step = (boundaries.len() / 5).max(1);
            let cuts: Vec<usize> = boundaries.into_iter().step_by(step).collect();
            for cut in cuts {
                let _ = scan("prefix", &text[..cut], grammar, &rules);
            }
        }
    }
}

#[test]
fn deep_nesting_never_panics() {
    let rules = RuleSet::load(&[], true).unwrap_or_else(|e| panic!("{e}"));
    let depth = 2_000;
    let nested_parens = format!("x = {}\"s\"{};\n", "(".repeat(depth), ")".repeat(depth));
    let long_concat = format!("x = {}\"s\";\n", "\"a\" + ".repeat(depth));
    let nested_calls = format!("f({}1{});\n", "g(".repeat(depth), ")".repeat(depth));
    for grammar in Grammar::ALL {
        for text in [&nested_parens, &long_concat, &nested_calls] {
            let _ = scan("deep", text, grammar, &rules);
        }
    }
}

/// A `[match.config]` rule that matches every entry, so every configuration reader runs.
fn every_setting_rule() -> RuleSet {
    let source = RuleSource {
        origin: "test/every-setting.toml".into(),
        id: "test/every-setting".into(),
        text: "id = \"test/every-setting\"\ncategory = \"cookie-flags\"\nseverity = \"note\"\n\
               confidence = \"low\"\nmessage = \"{key} = {value}\"\ndocs = \"d\"\n\
               [match.config]\nkey = [\"**\"]\n[match.config.where.value]\nmatches = \".\"\n"
            .into(),
        embedded: false,
    };
    RuleSet::compile(&[source], None).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn configuration_readers_survive_hostile_nesting() {
    let rules = every_setting_rule();
    let depth = 100_000;
    let json = format!("{}1{}", "{\"a\": [".repeat(depth), "]}".repeat(depth));
    let flow = format!("a: {}1{}\n", "[".repeat(depth), "]".repeat(depth));
    let xml = format!("{}x{}", "<a k=\"v\">".repeat(depth), "</a>".repeat(depth));
    let block: String = (0..2_000)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    // Refused above 1,000 levels (the XML parser is quadratic in depth): read below.
    let xml_read = format!("{}x{}", "<a k=\"v\">".repeat(999), "</a>".repeat(999));
    let cases = [
        (Grammar::Json, json.as_str()),
        (Grammar::Yaml, flow.as_str()),
        (Grammar::Yaml, block.as_str()),
        (Grammar::Xml, xml.as_str()),
        (Grammar::Xml, xml_read.as_str()),
    ];
    for (grammar, text) in cases {
        let _ = scan("deep", text, grammar, &rules);
    }
    // The readers still work after that: a plain setting in each format is one finding.
    let plain = [
        (Lang::Properties, "a.b=1\n"),
        (Lang::Yaml, "a:\n  b: 1\n"),
        (Lang::Json, "{\"a\": {\"b\": 1}}\n"),
        (Lang::Xml, "<a><b>1</b></a>\n"),
        (Lang::Dotenv, "A__B=1\n"),
    ];
    for (lang, text) in plain {
        let findings = scan("plain", text, lang.grammars()[0], &rules);
        assert_eq!(findings.len(), 1, "{lang}: {findings:?}");
    }
}

#[test]
fn random_soup_in_configuration_formats_never_panics() {
    let rules = every_setting_rule();
    let mut rng = Lcg(7);
    for lang in Lang::CONFIG {
        for len in [0, 1, 7, 64, 512, 4096, 20_000] {
            let text = soup(&mut rng, len);
            let _ = scan("soup", &text, lang.grammars()[0], &rules);
        }
    }
}
