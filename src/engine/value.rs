//! Value constraints: is a captured expression a hard-coded string? Follows literals,
//! concatenations, parentheses and casts, same-file constants, fields and variables bound to
//! one, and configuration or environment lookups whose fallback is a literal. Per file, lazy,
//! read-only: the bindings of a file are collected on first use.

use std::cell::OnceCell;
use std::collections::HashMap;

use regex::Regex;
use std::sync::LazyLock;
use tree_sitter::Node;

use crate::lang::Lang;

/// How deep identifiers are followed (`a = b; b = "x"`); also ends cycles (`a = b; b = a`).
const MAX_DEPTH: usize = 6;

/// Calls whose last argument is the value used when the key is missing.
static FALLBACK_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(get_?env\w*|env\w*|getordefault|getproperty|getvalue|get|environ|config|setting\w*|must_?get\w*|lookup_?env\w*|setdefault)$")
        .expect("static regex")
});

/// Receivers whose lookups take a `default=` (django-environ `env.str`, decouple `config`).
static ENV_RECEIVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(^|\.)(env|environ|config|settings)$").expect("static regex")
});

/// Calls that turn a string into bytes (or back) without changing the secret.
static CONVERSION_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(GetBytes|getBytes|encode|from|FromBase64String|b64decode|urlsafe_b64decode|fromBase64|decodeBase64|parseBase64Binary|toByteArray|ToCharArray|toCharArray|bytes|decode)$")
        .expect("static regex")
});

/// Objects whose members are environment variables.
static ENV_OBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(^|\.)(env|environ|environment)$").expect("static regex"));

/// A hard-coded string reached from an expression.
#[derive(Clone, Debug)]
pub struct Literal<'t> {
    /// The literal itself (or the concatenation of literals): what a reviewer must change.
    pub node: Node<'t>,
    /// The string with its quotes removed; escapes are kept as written.
    pub value: String,
}

/// Resolves expressions of one parsed file to literals.
pub struct ValueResolver<'t> {
    source: &'t str,
    lang: Lang,
    root: Node<'t>,
    bindings: OnceCell<Bindings<'t>>,
}

#[derive(Default)]
struct Bindings<'t> {
    /// Plain names: locals, constants, fields declared with a name.
    vars: HashMap<String, Vec<Node<'t>>>,
    /// Names assigned as members: `this.key = ..`, object keys, class fields.
    members: HashMap<String, Vec<Node<'t>>>,
}

impl<'t> ValueResolver<'t> {
    pub fn new(source: &'t str, lang: Lang, root: Node<'t>) -> Self {
        ValueResolver {
            source,
            lang,
            root,
            bindings: OnceCell::new(),
        }
    }

    pub fn literal(&self, node: Node<'t>) -> Option<Literal<'t>> {
        self.resolve(node, 0)
    }

    /// The source text of a node.
    pub fn source_text(&self, node: Node<'t>) -> &'t str {
        self.text(node)
    }

    fn text(&self, node: Node<'t>) -> &'t str {
        node.utf8_text(self.source.as_bytes()).unwrap_or("")
    }

    fn resolve(&self, node: Node<'t>, depth: usize) -> Option<Literal<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let kind = node.kind();
        if let Some(value) = self.string_value(node) {
            return Some(Literal { node, value });
        }
        match kind {
            "parenthesized_expression"
            | "as_expression"
            | "non_null_expression"
            | "satisfies_expression"
            | "cast_expression"
            | "type_assertion" => {
                let inner = last_named_value_child(node)?;
                self.resolve(inner, depth + 1)
            }
            "concatenated_string" => {
                let mut value = String::new();
                let mut cursor = node.walk();
                for part in node.named_children(&mut cursor) {
                    value.push_str(&self.string_value(part)?);
                }
                Some(Literal { node, value })
            }
            "binary_expression" | "binary_operator" | "boolean_operator" => {
                self.binary(node, depth)
            }
            "identifier" => {
                // A parameter of an enclosing function gets its value from the callers,
                // whatever a same-named field or constant says.
                if self.is_parameter(node) {
                    return None;
                }
                self.lookup(self.text(node), false, false, depth)
            }
            // `SECRETS[i]`: an element of a same-file list whose every element is a literal.
            "subscript_expression"
            | "array_access"
            | "element_access_expression"
            | "index_expression"
            | "subscript" => {
                let object = node
                    .child_by_field_name("object")
                    .or_else(|| node.child_by_field_name("array"))
                    .or_else(|| node.child_by_field_name("expression"))
                    .or_else(|| {
                        node.child_by_field_name("operand")
                            .or_else(|| node.child_by_field_name("value"))
                    })?;
                let l = self.resolve(object, depth + 1)?;
                matches!(
                    l.node.kind(),
                    "array" | "list" | "array_initializer" | "collection_expression"
                )
                .then_some(l)
            }
            "member_expression"
            | "field_access"
            | "attribute"
            | "selector_expression"
            | "member_access_expression" => self.member(node, depth),
            // `["k1", "k2"]`: a key list (cookie-session `keys`, express-session `secret`).
            "array" | "list" | "array_initializer" | "collection_expression" => {
                let mut cursor = node.walk();
                let items: Vec<Node<'t>> = node
                    .named_children(&mut cursor)
                    .filter(|c| c.kind() != "comment")
                    .collect();
                let first = items.first()?;
                let value = self.resolve(*first, depth + 1)?.value;
                items[1..]
                    .iter()
                    .all(|i| self.resolve(*i, depth + 1).is_some())
                    .then_some(Literal { node, value })
            }
            "call_expression" | "call" | "method_invocation" | "invocation_expression" => {
                self.call(node, depth)
            }
            // Go `[]byte("k")`, `string(k)`; a C# argument wrapper.
            "type_conversion_expression" => {
                self.resolve(node.child_by_field_name("operand")?, depth + 1)
            }
            "argument" => self.resolve(
                node.named_child(node.named_child_count().checked_sub(1)? as u32)?,
                depth + 1,
            ),
            _ => None,
        }
    }

    /// The value of a Python keyword argument `key=` of a call.
    fn keyword_argument(&self, call: Node<'t>, key: &str) -> Option<Node<'t>> {
        let list = call.child_by_field_name("arguments")?;
        let mut cursor = list.walk();
        let found = list.named_children(&mut cursor).find(|a| {
            a.kind() == "keyword_argument"
                && a.child_by_field_name("name")
                    .is_some_and(|n| self.text(n) == key)
        });
        found.and_then(|a| a.child_by_field_name("value"))
    }

    /// Is this identifier a parameter of a function around it?
    fn is_parameter(&self, node: Node<'t>) -> bool {
        let name = self.text(node);
        let mut current = node.parent();
        while let Some(n) = current {
            if let Some(params) = n.child_by_field_name("parameters") {
                let mut stack = vec![params];
                while let Some(p) = stack.pop() {
                    if p.kind() == "identifier" && self.text(p) == name {
                        // Default values are expressions, not parameter names.
                        let is_default_value = p.parent().is_some_and(|parent| {
                            parent
                                .child_by_field_name("value")
                                .is_some_and(|v| v.id() == p.id())
                        });
                        if !is_default_value {
                            return true;
                        }
                    }
                    let mut cursor = p.walk();
                    stack.extend(p.named_children(&mut cursor));
                }
            }
            current = n.parent();
        }
        false
    }

    /// The unquoted value of a plain string literal with no interpolation.
    fn string_value(&self, node: Node<'t>) -> Option<String> {
        let plain = match (self.lang, node.kind()) {
            (Lang::Java, "string_literal") => true,
            (Lang::JavaScript | Lang::TypeScript, "string") => true,
            (Lang::JavaScript | Lang::TypeScript, "template_string") => {
                !has_child(node, "template_substitution")
            }
            (Lang::Python, "string") => !has_child(node, "interpolation"),
            (Lang::Go, "interpreted_string_literal" | "raw_string_literal") => true,
            (Lang::CSharp, "string_literal" | "verbatim_string_literal" | "raw_string_literal") => {
                true
            }
            (Lang::CSharp, "interpolated_string_expression") => !has_child(node, "interpolation"),
            _ => false,
        };
        plain.then(|| unquote(self.text(node)).to_string())
    }

    fn binary(&self, node: Node<'t>, depth: usize) -> Option<Literal<'t>> {
        let op = node
            .child_by_field_name("operator")
            .map(|o| self.text(o))
            .unwrap_or("");
        let left = node.child_by_field_name("left")?;
        let right = node.child_by_field_name("right")?;
        match op {
            "+" => {
                let l = self.resolve(left, depth + 1)?;
                let r = self.resolve(right, depth + 1)?;
                Some(Literal {
                    node,
                    value: l.value + &r.value,
                })
            }
            // `lookup() || "fallback"`: the fallback ships whenever the lookup is empty.
            "||" | "??" | "or" => self.resolve(right, depth + 1),
            _ => None,
        }
    }

    fn call(&self, node: Node<'t>, depth: usize) -> Option<Literal<'t>> {
        let callee = node
            .child_by_field_name("function")
            .or_else(|| node.child_by_field_name("name"))?;
        let name_node = member_name(callee).unwrap_or(callee);
        // C# `GetValue<string>(..)`: the name inside the generic name.
        let name_node = if name_node.kind() == "generic_name" {
            name_node.named_child(0).unwrap_or(name_node)
        } else {
            name_node
        };
        let name = self.text(name_node);
        let args = call_arguments(node);
        // Encodings keep the secret: `Encoding.UTF8.GetBytes("k")`, `"k".getBytes()`,
        // `Buffer.from("k")`, `new TextEncoder().encode("k")`, `"k".encode()`.
        // Python's `bytes("k", "utf-8")`; in Java, `store.bytes(..)` is some other API.
        if CONVERSION_CALL.is_match(name) && (name != "bytes" || self.lang == Lang::Python) {
            let receiver = node.child_by_field_name("object").or_else(|| {
                callee
                    .child_by_field_name("object")
                    .or_else(|| callee.child_by_field_name("expression"))
                    .or_else(|| callee.child_by_field_name("operand"))
            });
            let from_arg = args.first().and_then(|a| self.resolve(*a, depth + 1));
            let from_receiver = || receiver.and_then(|r| self.resolve(r, depth + 1));
            return from_arg.or_else(from_receiver).map(|l| Literal {
                node: l.node,
                value: l.value,
            });
        }
        // Go conversions `[]byte("k")` and `string("k")` keep the literal.
        if self.lang == Lang::Go
            && (callee.kind() == "slice_type" || name == "string")
            && args.len() == 1
        {
            return self.resolve(args[0], depth + 1);
        }
        if name.eq_ignore_ascii_case("orelse") {
            let receiver = self.text(node);
            if receiver.to_ascii_lowercase().contains("env") || receiver.contains("Property") {
                return args.last().and_then(|a| self.resolve(*a, depth + 1));
            }
            return None;
        }
        // `config("K", default="x", cast=str)`, `env.str("K", default="x")`.
        if let Some(default) = self.keyword_argument(node, "default") {
            let receiver = callee
                .child_by_field_name("object")
                .map(|o| self.text(o))
                .unwrap_or("");
            if FALLBACK_CALL.is_match(name) || ENV_RECEIVER.is_match(receiver) {
                return self.resolve(default, depth + 1);
            }
        }
        if args.len() >= 2 && FALLBACK_CALL.is_match(name) {
            return args.last().and_then(|a| self.resolve(*a, depth + 1));
        }
        None
    }

    /// `this.key`, `Settings.KEY`, `self.key`, `cfg.key`: the member's same-file bindings.
    fn member(&self, node: Node<'t>, depth: usize) -> Option<Literal<'t>> {
        let values = self.bound_values(node)?;
        self.all_literal(values, depth)
    }

    fn lookup(&self, name: &str, member: bool, own: bool, depth: usize) -> Option<Literal<'t>> {
        let values = self.values_of(name, member, own)?;
        self.all_literal(values, depth)
    }

    /// Every binding of the name must be a literal: one computed assignment makes it dynamic.
    fn all_literal(&self, values: &[Node<'t>], depth: usize) -> Option<Literal<'t>> {
        let mut first = None;
        for value in values {
            let lit = self.resolve(*value, depth + 1)?;
            first.get_or_insert(lit);
        }
        first
    }

    /// The same-file values bound to a name (`key`) or member (`this.key`, `Consts.KEY`),
    /// in source order. Environment objects (`process.env.X`, `os.environ`) have none: their
    /// values come from outside whatever the file says.
    pub fn bound_values(&self, node: Node<'t>) -> Option<&[Node<'t>]> {
        if node.kind() == "identifier" {
            return self.values_of(self.text(node), false, false);
        }
        let object = node
            .child_by_field_name("object")
            .or_else(|| node.child_by_field_name("operand"))
            .or_else(|| node.child_by_field_name("expression"))?;
        let object_text = self.text(object);
        if ENV_OBJECT.is_match(object_text) {
            return None;
        }
        let name = member_name(node)?;
        // `this.KEY` / `Consts.KEY` may name a plain field or constant of this file.
        let own = matches!(object_text, "this" | "self" | "cls")
            || object_text.chars().next().is_some_and(char::is_uppercase);
        self.values_of(self.text(name), true, own)
    }

    fn values_of(&self, name: &str, member: bool, own: bool) -> Option<&[Node<'t>]> {
        let bindings = self.bindings.get_or_init(|| self.collect());
        let values = if member {
            let members = bindings.members.get(name);
            if own {
                members.or_else(|| bindings.vars.get(name))
            } else {
                members
            }
        } else {
            bindings.vars.get(name)
        }?;
        Some(values.as_slice())
    }

    fn collect(&self) -> Bindings<'t> {
        let mut b = Bindings::default();
        let mut stack = vec![self.root];
        while let Some(node) = stack.pop() {
            self.bind(node, &mut b);
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        b
    }

    fn bind(&self, node: Node<'t>, b: &mut Bindings<'t>) {
        let field = |f: &str| node.child_by_field_name(f);
        match (self.lang, node.kind()) {
            (Lang::Java | Lang::JavaScript | Lang::TypeScript, "variable_declarator") => {
                if let (Some(name), Some(value)) = (field("name"), field("value")) {
                    if name.kind() == "identifier" {
                        push(&mut b.vars, self.text(name), value);
                    }
                }
            }
            (Lang::CSharp, "variable_declarator") => {
                if let Some(name) = field("name") {
                    let mut cursor = node.walk();
                    let value = node
                        .named_children(&mut cursor)
                        .find(|c| c.id() != name.id() && c.kind() != "bracketed_argument_list");
                    if let Some(value) = value {
                        push(&mut b.vars, self.text(name), value);
                    }
                }
            }
            (Lang::CSharp, "property_declaration") => {
                // A settable property's initializer is only a default (options binding,
                // object initialisers overwrite it): not a binding to rely on.
                let settable = field("accessors").is_some_and(|a| {
                    let text = self.text(a);
                    text.contains("set") || text.contains("init")
                });
                if let (Some(name), Some(value), false) = (field("name"), field("value"), settable)
                {
                    if value.kind() != "arrow_expression_clause" {
                        push(&mut b.members, self.text(name), value);
                    }
                }
            }
            (
                Lang::JavaScript | Lang::TypeScript,
                "field_definition" | "public_field_definition",
            ) => {
                let name = field("property").or_else(|| field("name"));
                if let (Some(name), Some(value)) = (name, field("value")) {
                    push(&mut b.members, self.text(name), value);
                }
            }
            (Lang::JavaScript | Lang::TypeScript, "pair") => {
                if let (Some(key), Some(value)) = (field("key"), field("value")) {
                    push(&mut b.members, unquote(self.text(key)), value);
                }
            }
            (_, "assignment_expression" | "assignment") => {
                if let (Some(left), Some(right)) = (field("left"), field("right")) {
                    self.bind_target(left, right, b);
                }
            }
            (Lang::Go, "const_spec" | "var_spec") => {
                let mut cursor = node.walk();
                let names: Vec<Node<'t>> =
                    node.children_by_field_name("name", &mut cursor).collect();
                if let Some(values) = field("value") {
                    let mut cursor = values.walk();
                    for (name, value) in names.iter().zip(values.named_children(&mut cursor)) {
                        push(&mut b.vars, self.text(*name), value);
                    }
                }
            }
            (Lang::Go, "short_var_declaration" | "assignment_statement") => {
                if let (Some(left), Some(right)) = (field("left"), field("right")) {
                    let mut lc = left.walk();
                    let mut rc = right.walk();
                    let rights: Vec<Node<'t>> = right.named_children(&mut rc).collect();
                    for (target, value) in left.named_children(&mut lc).zip(rights) {
                        self.bind_target(target, value, b);
                    }
                }
            }
            _ => {}
        }
    }

    fn bind_target(&self, target: Node<'t>, value: Node<'t>, b: &mut Bindings<'t>) {
        match target.kind() {
            "identifier" => push(&mut b.vars, self.text(target), value),
            "member_expression"
            | "field_access"
            | "attribute"
            | "selector_expression"
            | "member_access_expression" => {
                if let Some(name) = member_name(target) {
                    push(&mut b.members, self.text(name), value);
                }
            }
            _ => {}
        }
    }
}

/// The member a member access names, in any of our grammars: `obj.key` → `key` (JS
/// `property`, Java/Go `field`, Python `attribute`, C# `name`).
pub(crate) fn member_name(node: Node<'_>) -> Option<Node<'_>> {
    node.child_by_field_name("property")
        .or_else(|| node.child_by_field_name("field"))
        .or_else(|| node.child_by_field_name("attribute"))
        .or_else(|| node.child_by_field_name("name"))
}

fn push<'t>(map: &mut HashMap<String, Vec<Node<'t>>>, name: &str, value: Node<'t>) {
    map.entry(name.to_string()).or_default().push(value);
}

fn has_child(node: Node<'_>, kind: &str) -> bool {
    let mut cursor = node.walk();
    let found = node.named_children(&mut cursor).any(|c| c.kind() == kind);
    found
}

/// The expression inside a wrapper (`(x)`, `x as T`, `x!`, `(T) x`).
fn last_named_value_child(node: Node<'_>) -> Option<Node<'_>> {
    if let Some(v) = node.child_by_field_name("value") {
        return Some(v);
    }
    match node.kind() {
        "as_expression" | "satisfies_expression" | "non_null_expression" => node.named_child(0),
        _ => {
            let count = node.named_child_count();
            node.named_child(u32::try_from(count.checked_sub(1)?).ok()?)
        }
    }
}

/// The argument expressions of a call in any of our grammars.
pub(crate) fn call_arguments(call: Node<'_>) -> Vec<Node<'_>> {
    let Some(list) = call.child_by_field_name("arguments") else {
        return Vec::new();
    };
    let mut cursor = list.walk();
    list.named_children(&mut cursor)
        .filter(|a| a.kind() != "comment")
        .map(|a| match a.kind() {
            // C# wraps each argument; Python keyword arguments carry their value.
            "argument" | "keyword_argument" => a
                .child_by_field_name("value")
                .or_else(|| {
                    let n = a.named_child_count();
                    a.named_child(u32::try_from(n.saturating_sub(1)).unwrap_or(0))
                })
                .unwrap_or(a),
            _ => a,
        })
        .collect()
}

/// Strips string prefixes (`r`, `b`, `f`, `@`, `$`), the quotes (1 or 3) and a C# `u8` suffix.
pub fn unquote(text: &str) -> &str {
    let t = text.strip_suffix("u8").unwrap_or(text);
    let t = t.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '@' || c == '$');
    let Some(q) = t.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) else {
        return text;
    };
    let run = t.chars().take_while(|&c| c == q).count();
    let n = if run >= 3 && t.len() >= 6 { 3 } else { 1 };
    let quote: String = std::iter::repeat_n(q, n).collect();
    t.strip_prefix(quote.as_str())
        .and_then(|s| s.strip_suffix(quote.as_str()))
        .unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Grammar;

    /// Resolves the last expression statement's value in `code`, the way a rule capture would.
    fn literal_of(grammar: Grammar, code: &str, target: &str) -> Option<String> {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&grammar.language()).ok()?;
        let tree = parser.parse(code, None)?;
        let start = code.rfind(target)?;
        let node = tree
            .root_node()
            .descendant_for_byte_range(start, start + target.len())?;
        // Climb to the outermost node that spans exactly the target.
        let mut node = node;
        while let Some(p) = node.parent() {
            if p.start_byte() == start && p.end_byte() == start + target.len() {
                node = p;
            } else {
                break;
            }
        }
        let resolver = ValueResolver::new(code, grammar.lang(), tree.root_node());
        resolver.literal(node).map(|l| l.value)
    }

    #[test]
    fn unquotes_every_string_form() {
        assert_eq!(unquote("\"abc\""), "abc");
        assert_eq!(unquote("'abc'"), "abc");
        assert_eq!(unquote("`abc`"), "abc");
        assert_eq!(unquote("r'abc'"), "abc");
        assert_eq!(unquote("\"\"\"abc\"\"\""), "abc");
        assert_eq!(unquote("@\"abc\""), "abc");
        assert_eq!(unquote("\"abc\"u8"), "abc");
        assert_eq!(unquote("\"\""), "");
    }

    #[test]
    fn javascript_literals_constants_and_fallbacks() {
        let g = Grammar::JavaScript;
        assert_eq!(
            literal_of(g, "use(\"k1\");", "\"k1\"").as_deref(),
            Some("k1")
        );
        assert_eq!(
            literal_of(g, "const S = 'a' + `b`;\nuse(S);", "S").as_deref(),
            Some("ab")
        );
        assert_eq!(
            literal_of(g, "const S = process.env.S || 'dev';\nuse(S);", "S").as_deref(),
            Some("dev")
        );
        assert_eq!(literal_of(g, "use(`a${x}`);", "`a${x}`"), None);
        assert_eq!(
            literal_of(g, "const S = process.env.S;\nuse(S);", "S"),
            None
        );
        // One dynamic assignment makes the name dynamic.
        assert_eq!(
            literal_of(g, "let S = 'a';\nS = read();\nuse(S);", "S"),
            None
        );
        assert_eq!(
            literal_of(g, "const a = b;\nconst b = a;\nuse(a);", "a"),
            None
        );
        assert_eq!(
            literal_of(
                g,
                "class A { constructor() { this.key = 'k'; } m() { use(this.key); } }",
                "this.key"
            )
            .as_deref(),
            Some("k")
        );
    }

    #[test]
    fn typescript_unwraps_casts() {
        let g = Grammar::TypeScript;
        assert_eq!(
            literal_of(
                g,
                "const S = (process.env.S ?? 'x') as string;\nuse(S);",
                "S"
            )
            .as_deref(),
            Some("x")
        );
    }

    #[test]
    fn keyword_defaults_and_parameters() {
        let g = Grammar::Python;
        assert_eq!(
            literal_of(g, "K = config('K', default='x', cast=str)\nuse(K)", "K").as_deref(),
            Some("x")
        );
        assert_eq!(
            literal_of(g, "K = env.str('K', default='y')\nuse(K)", "K").as_deref(),
            Some("y")
        );
        assert_eq!(
            literal_of(g, "K = os.environ.setdefault('K', 'z')\nuse(K)", "K").as_deref(),
            Some("z")
        );
        assert_eq!(
            literal_of(g, "K = config('K', cast=str)\nuse(K)", "K"),
            None
        );
        // A parameter hides a same-named constant.
        let java =
            "class A { String secret = \"x\"; Algo a(String secret) { return use(secret); } }";
        assert_eq!(literal_of(Grammar::Java, java, "secret"), None);
        let js = "const KEYS = ['a', 'b'];\nuse(KEYS[i]);";
        assert_eq!(
            literal_of(Grammar::JavaScript, js, "KEYS[i]").as_deref(),
            Some("a")
        );
    }

    #[test]
    fn python_env_defaults_and_fstrings() {
        let g = Grammar::Python;
        assert_eq!(
            literal_of(g, "K = os.getenv('K', 'dev')\nuse(K)", "K").as_deref(),
            Some("dev")
        );
        assert_eq!(
            literal_of(g, "K = os.environ.get('K') or 'x'\nuse(K)", "K").as_deref(),
            Some("x")
        );
        assert_eq!(literal_of(g, "K = os.environ['K']\nuse(K)", "K"), None);
        assert_eq!(literal_of(g, "use(f'{a}b')", "f'{a}b'"), None);
        assert_eq!(
            literal_of(g, "use('a' 'b')", "'a' 'b'").as_deref(),
            Some("ab")
        );
    }

    #[test]
    fn java_fields_and_getenv_defaults() {
        let g = Grammar::Java;
        let code = "class A { private static final String KEY = \"s3\"; void m() { use(KEY); use(A.KEY); } }";
        assert_eq!(literal_of(g, code, "KEY").as_deref(), Some("s3"));
        assert_eq!(literal_of(g, code, "A.KEY").as_deref(), Some("s3"));
        let env = "class A { void m() { String k = System.getenv().getOrDefault(\"K\", \"dev\"); use(k); } }";
        assert_eq!(literal_of(g, env, "k").as_deref(), Some("dev"));
        let opt = "class A { void m() { String k = Optional.ofNullable(System.getenv(\"K\")).orElse(\"d\"); use(k); } }";
        assert_eq!(literal_of(g, opt, "k").as_deref(), Some("d"));
    }

    #[test]
    fn go_consts_and_byte_conversions() {
        let g = Grammar::Go;
        let code = "package m\nconst key = \"k\"\nfunc f() { use([]byte(key)) }";
        assert_eq!(literal_of(g, code, "[]byte(key)").as_deref(), Some("k"));
        let short = "package m\nfunc f() { k := os.Getenv(\"K\")\n use(k) }";
        assert_eq!(literal_of(g, short, "k"), None);
    }

    #[test]
    fn encodings_keep_the_literal() {
        assert_eq!(
            literal_of(Grammar::CSharp, "class A { static readonly byte[] K = Encoding.UTF8.GetBytes(\"k\"); void M() { Use(K); } }", "K").as_deref(),
            Some("k")
        );
        assert_eq!(
            literal_of(Grammar::CSharp, "class A { void M() { var k = cfg.GetValue<string>(\"Jwt:Key\", \"dev\"); Use(k); } }", "k").as_deref(),
            Some("dev")
        );
        assert_eq!(
            literal_of(
                Grammar::Java,
                "class A { void m() { use(\"k\".getBytes(UTF_8)); } }",
                "\"k\".getBytes(UTF_8)"
            )
            .as_deref(),
            Some("k")
        );
        assert_eq!(
            literal_of(
                Grammar::JavaScript,
                "use(new TextEncoder().encode('k'));",
                "new TextEncoder().encode('k')"
            )
            .as_deref(),
            Some("k")
        );
        assert_eq!(
            literal_of(
                Grammar::JavaScript,
                "use(Buffer.from(process.env.K));",
                "Buffer.from(process.env.K)"
            ),
            None
        );
        assert_eq!(
            literal_of(Grammar::Python, "use('k'.encode())", "'k'.encode()").as_deref(),
            Some("k")
        );
    }

    #[test]
    fn csharp_declarators_and_coalesce() {
        let g = Grammar::CSharp;
        let code = "class A { const string Key = \"k\"; void M() { Use(Key); } }";
        assert_eq!(literal_of(g, code, "Key").as_deref(), Some("k"));
        let co = "class A { void M() { var k = config[\"Jwt:Key\"] ?? \"dev\"; Use(k); } }";
        assert_eq!(literal_of(g, co, "k").as_deref(), Some("dev"));
        let cfg = "class A { void M() { var k = config[\"Jwt:Key\"]; Use(k); } }";
        assert_eq!(literal_of(g, cfg, "k"), None);
    }
}
