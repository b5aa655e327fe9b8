//! Text to syntax tree, in one place, with the guards some grammars need: their C code
//! cannot take every input. The YAML scanner serialises its indentation stack into
//! tree-sitter's 1,024-byte buffer and aborts the whole process (a C `assert`) past about 250
//! nested levels, so YAML that could nest that deep is refused before it is parsed. The XML
//! scanner copies its stack of open tags at every step, which makes deep nesting quadratic
//! (100,000 levels take two minutes), so XML nested deeper than any configuration file is
//! refused too. The properties scanner keeps its state in a C global (`reached_eof`), so two
//! threads parsing `.properties` or `.env` files at once corrupt each other (a runaway
//! parse that takes gigabytes); those parses take turns.

use std::sync::Mutex;

use tree_sitter::{Parser, Tree};

use crate::lang::Grammar;

/// Nesting columns YAML may reach before it is refused: each indentation level takes four
/// bytes of the scanner's state and at least one column, so 200 columns stay well inside
/// the 253 levels that fit.
const YAML_MAX_STRUCTURE_COLUMNS: usize = 200;

/// Element depth XML may reach: configuration files nest a few dozen levels at most.
const XML_MAX_DEPTH: usize = 1_000;

/// Held while the properties grammar parses (see the module doc).
static PROPERTIES_SCANNER: Mutex<()> = Mutex::new(());

/// Why a text was not parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub String);

/// Parses `text` with `grammar`; `Err` when the input is refused or the parser gives up.
pub fn parse(grammar: Grammar, text: &str) -> Result<Tree, Refused> {
    if grammar == Grammar::Yaml {
        if let Some(line) = yaml_too_deep(text) {
            return Err(Refused(format!(
                "skipped: YAML nested more than {YAML_MAX_STRUCTURE_COLUMNS} columns deep (line {line}); the YAML parser cannot read it safely"
            )));
        }
    }
    if grammar == Grammar::Xml {
        if let Some(line) = xml_too_deep(text) {
            return Err(Refused(format!(
                "skipped: XML elements nested more than {XML_MAX_DEPTH} deep (line {line}); configuration does not nest like that"
            )));
        }
    }
    let mut parser = Parser::new();
    parser
        .set_language(&grammar.language())
        .map_err(|e| Refused(format!("grammar {grammar} does not load: {e}")))?;
    let masked;
    let source = if grammar == Grammar::Yaml && is_yaml_template(text) {
        masked = mask_template_lines(text);
        masked.as_str()
    } else {
        text
    };
    let _turn = matches!(grammar, Grammar::Properties | Grammar::Dotenv)
        .then(|| PROPERTIES_SCANNER.lock().unwrap_or_else(|e| e.into_inner()));
    parser
        .parse(source, None)
        .ok_or_else(|| Refused("the parser gave up".into()))
}

/// Helm and Jinja templates: YAML only once rendered.
pub fn is_yaml_template(text: &str) -> bool {
    text.contains("{{") || text.contains("{%")
}

/// The text with every line that is only a template directive (`{{- if .Values.x }}`,
/// `{% for x in y %}`) blanked out, byte for byte, so the YAML around it parses and every
/// position stays where it was.
fn mask_template_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let t = body.trim();
        let directive = (t.starts_with("{{") && t.ends_with("}}"))
            || (t.starts_with("{%") && t.ends_with("%}"));
        if directive {
            out.extend(body.chars().map(|c| if c.is_ascii() { ' ' } else { c }));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The first line whose structural prefix (indentation plus `- `, `? ` and `: ` indicators)
/// reaches past the limit, 1-based.
fn yaml_too_deep(text: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            let prefix = line
                .bytes()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'-' | b'?' | b':'))
                .count();
            prefix > YAML_MAX_STRUCTURE_COLUMNS
        })
        .map(|i| i + 1)
}

/// The line where element nesting first passes the limit, 1-based. A rough lexer: `<name`
/// opens, `</` and `/>` close; comments, CDATA and processing instructions are skipped.
fn xml_too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => match bytes.get(i + 1) {
                Some(b'/') => depth = depth.saturating_sub(1),
                Some(b'!') | Some(b'?') => {
                    let end = if text[i..].starts_with("<!--") {
                        "-->"
                    } else {
                        ">"
                    };
                    i = text[i..].find(end).map_or(bytes.len(), |e| i + e);
                    continue;
                }
                Some(_) => {
                    depth += 1;
                    if depth > XML_MAX_DEPTH {
                        return Some(text[..i].matches('\n').count() + 1);
                    }
                }
                None => {}
            },
            b'/' if bytes.get(i + 1) == Some(&b'>') => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_yaml_is_refused_and_ordinary_yaml_parses() {
        let chain = format!("{}x\n", "- ".repeat(400));
        let indented: String = (0..300)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect();
        assert!(parse(Grammar::Yaml, &chain).is_err());
        let refused = parse(Grammar::Yaml, &indented).err();
        assert!(refused.is_some_and(|r| r.0.contains("line 202")));
        assert!(parse(Grammar::Yaml, "a:\n  - b: 1\n").is_ok());
        let deep_xml = format!("{}x{}", "<a>".repeat(2_000), "</a>".repeat(2_000));
        assert!(parse(Grammar::Xml, &deep_xml).is_err());
        let wide_xml = format!(
            "<c>{}<!-- <x><y><z> --></c>",
            "<a k=\"1\"/><b>t</b>".repeat(5_000)
        );
        assert!(parse(Grammar::Xml, &wide_xml).is_ok());
        let helm = "{{- if .Values.on }}\na:\n  b: 1\n{{- end }}\n";
        let tree = parse(Grammar::Yaml, helm).ok();
        assert!(tree.is_some_and(|t| !t.root_node().has_error()));
        // Other grammars take the same text without complaint.
        assert!(parse(Grammar::Properties, &chain).is_ok());
    }
}
