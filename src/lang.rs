//! The closed set of languages sessionlint reads: which file extensions belong to which
//! tree-sitter grammar, and which `[match.LANG]` table of a rule applies to a grammar.
//! It knows nothing about rules or findings.

use std::fmt;
use std::path::Path;

/// A language as rule authors name it in `[match.LANG]` and `grammars/LANG/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Java,
    JavaScript,
    TypeScript,
    Python,
    Go,
    CSharp,
}

/// A concrete tree-sitter grammar. TypeScript has two (plain and TSX); every other
/// language has one, so a `Lang` maps to one or two grammars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grammar {
    Java,
    JavaScript,
    TypeScript,
    Tsx,
    Python,
    Go,
    CSharp,
}

impl Lang {
    pub const ALL: [Lang; 6] = [
        Lang::Java,
        Lang::JavaScript,
        Lang::TypeScript,
        Lang::Python,
        Lang::Go,
        Lang::CSharp,
    ];

    /// The key used in rule files (`[match.csharp]`) and folder names (`grammars/csharp`).
    pub fn key(self) -> &'static str {
        match self {
            Lang::Java => "java",
            Lang::JavaScript => "javascript",
            Lang::TypeScript => "typescript",
            Lang::Python => "python",
            Lang::Go => "go",
            Lang::CSharp => "csharp",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Languages that share project facts: JavaScript and TypeScript files call each other
    /// and configure one app together, so they form one family.
    pub fn family(self) -> Lang {
        match self {
            Lang::TypeScript => Lang::JavaScript,
            other => other,
        }
    }

    /// The grammars a `[match.LANG]` query is compiled against.
    pub fn grammars(self) -> &'static [Grammar] {
        match self {
            Lang::Java => &[Grammar::Java],
            Lang::JavaScript => &[Grammar::JavaScript],
            Lang::TypeScript => &[Grammar::TypeScript, Grammar::Tsx],
            Lang::Python => &[Grammar::Python],
            Lang::Go => &[Grammar::Go],
            Lang::CSharp => &[Grammar::CSharp],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl Grammar {
    pub const ALL: [Grammar; 7] = [
        Grammar::Java,
        Grammar::JavaScript,
        Grammar::TypeScript,
        Grammar::Tsx,
        Grammar::Python,
        Grammar::Go,
        Grammar::CSharp,
    ];

    /// The grammar for a file, chosen by its extension; `None` for files we do not read.
    pub fn from_path(path: &Path) -> Option<Grammar> {
        let ext = path.extension()?.to_str()?;
        Some(match ext {
            "java" => Grammar::Java,
            "js" | "mjs" | "cjs" | "jsx" => Grammar::JavaScript,
            "ts" | "mts" | "cts" => Grammar::TypeScript,
            "tsx" => Grammar::Tsx,
            "py" => Grammar::Python,
            "go" => Grammar::Go,
            "cs" => Grammar::CSharp,
            _ => return None,
        })
    }

    pub fn lang(self) -> Lang {
        match self {
            Grammar::Java => Lang::Java,
            Grammar::JavaScript => Lang::JavaScript,
            Grammar::TypeScript | Grammar::Tsx => Lang::TypeScript,
            Grammar::Python => Lang::Python,
            Grammar::Go => Lang::Go,
            Grammar::CSharp => Lang::CSharp,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Grammar::Tsx => "tsx",
            other => other.lang().key(),
        }
    }

    pub fn language(self) -> tree_sitter::Language {
        match self {
            Grammar::Java => tree_sitter_java::LANGUAGE.into(),
            Grammar::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Grammar::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Grammar::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Grammar::Python => tree_sitter_python::LANGUAGE.into(),
            Grammar::Go => tree_sitter_go::LANGUAGE.into(),
            Grammar::CSharp => tree_sitter_c_sharp::LANGUAGE.into(),
        }
    }

    /// A file name with this grammar's main extension, for snippets that have no path.
    pub fn sample_extension(self) -> &'static str {
        match self {
            Grammar::Java => "java",
            Grammar::JavaScript => "js",
            Grammar::TypeScript => "ts",
            Grammar::Tsx => "tsx",
            Grammar::Python => "py",
            Grammar::Go => "go",
            Grammar::CSharp => "cs",
        }
    }
}

impl fmt::Display for Grammar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_map_to_grammars() {
        let cases = [
            ("A.java", Some(Grammar::Java)),
            ("a.mjs", Some(Grammar::JavaScript)),
            ("a.cjs", Some(Grammar::JavaScript)),
            ("a.jsx", Some(Grammar::JavaScript)),
            ("a.mts", Some(Grammar::TypeScript)),
            ("a.cts", Some(Grammar::TypeScript)),
            ("a.tsx", Some(Grammar::Tsx)),
            ("a.py", Some(Grammar::Python)),
            ("a.go", Some(Grammar::Go)),
            ("a.cs", Some(Grammar::CSharp)),
            ("a.rb", None),
            ("Makefile", None),
        ];
        for (path, want) in cases {
            assert_eq!(Grammar::from_path(Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn every_grammar_loads() {
        for g in Grammar::ALL {
            let mut parser = tree_sitter::Parser::new();
            assert!(parser.set_language(&g.language()).is_ok(), "{g}");
        }
    }
}
