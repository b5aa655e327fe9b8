//! The closed set of languages sessionlint reads: which file names and extensions belong to
//! which tree-sitter grammar, and which `[match.LANG]` table of a rule applies to a grammar.
//! Six are programming languages; five are configuration formats (properties, YAML, JSON,
//! XML, .env), which rules also match through `[match.config]` key paths (see `entries`).
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
    Properties,
    Yaml,
    Json,
    Xml,
    Dotenv,
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
    Properties,
    Yaml,
    Json,
    Xml,
    /// `.env` files: parsed with the properties grammar (comments, positions); their entries
    /// come from a dotenv reader that knows `export` and quotes.
    Dotenv,
}

impl Lang {
    pub const ALL: [Lang; 11] = [
        Lang::Java,
        Lang::JavaScript,
        Lang::TypeScript,
        Lang::Python,
        Lang::Go,
        Lang::CSharp,
        Lang::Properties,
        Lang::Yaml,
        Lang::Json,
        Lang::Xml,
        Lang::Dotenv,
    ];

    /// The programming languages: the ones with roles (`grammars/<lang>/roles`).
    pub const CODE: [Lang; 6] = [
        Lang::Java,
        Lang::JavaScript,
        Lang::TypeScript,
        Lang::Python,
        Lang::Go,
        Lang::CSharp,
    ];

    /// The configuration formats: `[match.config]` applies to all of them.
    pub const CONFIG: [Lang; 5] = [
        Lang::Properties,
        Lang::Yaml,
        Lang::Json,
        Lang::Xml,
        Lang::Dotenv,
    ];

    pub fn is_config(self) -> bool {
        Lang::CONFIG.contains(&self)
    }

    /// The key used in rule files (`[match.csharp]`) and folder names (`grammars/csharp`).
    pub fn key(self) -> &'static str {
        match self {
            Lang::Java => "java",
            Lang::JavaScript => "javascript",
            Lang::TypeScript => "typescript",
            Lang::Python => "python",
            Lang::Go => "go",
            Lang::CSharp => "csharp",
            Lang::Properties => "properties",
            Lang::Yaml => "yaml",
            Lang::Json => "json",
            Lang::Xml => "xml",
            Lang::Dotenv => "dotenv",
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
            Lang::Properties => &[Grammar::Properties],
            Lang::Yaml => &[Grammar::Yaml],
            Lang::Json => &[Grammar::Json],
            Lang::Xml => &[Grammar::Xml],
            Lang::Dotenv => &[Grammar::Dotenv],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl Grammar {
    pub const ALL: [Grammar; 12] = [
        Grammar::Java,
        Grammar::JavaScript,
        Grammar::TypeScript,
        Grammar::Tsx,
        Grammar::Python,
        Grammar::Go,
        Grammar::CSharp,
        Grammar::Properties,
        Grammar::Yaml,
        Grammar::Json,
        Grammar::Xml,
        Grammar::Dotenv,
    ];

    /// The grammar for a file found while walking a folder, chosen by its name and
    /// extension; `None` for files we do not read. JSON and XML files are read only under
    /// the names configuration goes by (`appsettings*.json`, `web.xml`, `web.config`, Spring
    /// security XML, ...): a repository holds thousands of other ones (package manifests,
    /// lock files, layouts) that hold no session settings.
    pub fn from_path(path: &Path) -> Option<Grammar> {
        let grammar = Grammar::from_path_explicit(path)?;
        match grammar {
            Grammar::Json if !is_known_json_config(path) => None,
            Grammar::Xml if !is_known_xml_config(path) => None,
            other => Some(other),
        }
    }

    /// The grammar for a file the user named: any `.json` or `.xml` file is read.
    pub fn from_path_explicit(path: &Path) -> Option<Grammar> {
        let name = path.file_name()?.to_str()?;
        if name == ".env" || (name.starts_with(".env.") && name.len() > 5) || name.ends_with(".env")
        {
            return Some(Grammar::Dotenv);
        }
        // `Web.Config`, `Login.CS`: Windows projects do not care about case.
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "properties" => Grammar::Properties,
            "yml" | "yaml" => Grammar::Yaml,
            "json" => Grammar::Json,
            "xml" => Grammar::Xml,
            "config" if is_known_xml_config(path) => Grammar::Xml,
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
            Grammar::Properties => Lang::Properties,
            Grammar::Yaml => Lang::Yaml,
            Grammar::Json => Lang::Json,
            Grammar::Xml => Lang::Xml,
            Grammar::Dotenv => Lang::Dotenv,
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
            Grammar::Properties | Grammar::Dotenv => tree_sitter_properties::LANGUAGE.into(),
            Grammar::Yaml => tree_sitter_yaml::LANGUAGE.into(),
            Grammar::Json => tree_sitter_json::LANGUAGE.into(),
            Grammar::Xml => tree_sitter_xml::LANGUAGE_XML.into(),
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
            Grammar::Properties => "properties",
            Grammar::Yaml => "yml",
            Grammar::Json => "json",
            Grammar::Xml => "xml",
            Grammar::Dotenv => "env",
        }
    }
}

fn lower_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// JSON files that hold application settings: ASP.NET Core `appsettings*.json`, and the
/// environment files of node `config` (`config/default.json`, `config/production.json`).
fn is_known_json_config(path: &Path) -> bool {
    let name = lower_name(path);
    if name.starts_with("appsettings") {
        return true;
    }
    let in_config_dir = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case("config"));
    const NODE_CONFIG: &[&str] = &[
        "default",
        "production",
        "staging",
        "local",
        "custom-environment-variables",
    ];
    in_config_dir
        && name.strip_suffix(".json").is_some_and(|stem| {
            NODE_CONFIG
                .iter()
                .any(|n| stem == *n || stem.starts_with(&format!("{n}-")))
        })
}

/// XML files that hold session settings: servlet `web.xml`, Tomcat `context.xml` and
/// `server.xml`, ASP.NET `web.config`/`app.config` (and their transforms), Spring XML
/// configuration (`*security*.xml`, `applicationContext*.xml`, `*-context.xml`).
fn is_known_xml_config(path: &Path) -> bool {
    let name = lower_name(path);
    matches!(
        name.as_str(),
        "web.xml" | "context.xml" | "server.xml" | "web-fragment.xml"
    ) || (name.ends_with(".config") && (name.starts_with("web.") || name.starts_with("app.")))
        || (name.ends_with(".xml")
            && (name.contains("security")
                || name.starts_with("applicationcontext")
                || name.ends_with("-context.xml")
                || name.ends_with("-servlet.xml")))
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
    fn configuration_files_are_recognised_by_name() {
        let read = [
            "application.properties",
            "src/main/resources/application-prod.yml",
            "k8s/deploy.yaml",
            "appsettings.json",
            "Api/appsettings.Production.json",
            "config/default.json",
            "config/production-eu.json",
            "WEB-INF/web.xml",
            "META-INF/context.xml",
            "conf/server.xml",
            "Web.config",
            "Web.Config",
            "web.Release.config",
            "App.config",
            "spring-security.xml",
            "applicationContext-security.xml",
            "dispatcher-servlet.xml",
            ".env",
            ".env.production",
            "deploy/prod.env",
        ];
        let skipped = [
            "package.json",
            "tsconfig.json",
            "config/webpack.json",
            "pom.xml",
            "res/layout/main.xml",
            "packages.config",
            "nuget.config",
            ".envrc",
            "environment.ts.bak",
        ];
        for name in read {
            assert!(
                Grammar::from_path(Path::new(name)).is_some(),
                "{name} is read"
            );
        }
        for name in skipped {
            assert!(
                Grammar::from_path(Path::new(name)).is_none(),
                "{name} is skipped"
            );
        }
        // The pre-commit hook passes the same files.
        let hooks = include_str!("../.pre-commit-hooks.yaml");
        let pattern = hooks
            .lines()
            .find_map(|l| l.trim().strip_prefix("files: '"))
            .and_then(|l| l.strip_suffix('\''))
            .expect("files pattern in .pre-commit-hooks.yaml");
        let re = regex::Regex::new(pattern).expect("hook pattern compiles");
        for name in read
            .iter()
            .chain(&skipped)
            .chain(&["A.java", "a.tsx", "a.py", "a.rb"])
        {
            assert_eq!(
                re.is_match(name),
                Grammar::from_path(Path::new(name)).is_some(),
                "hook and walk disagree on {name}"
            );
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
