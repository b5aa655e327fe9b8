//! Project configuration: `sessionlint.toml` (or `.sessionlint.toml`, or `[tool.sessionlint]`
//! in `pyproject.toml`), found by walking up from the scanned path, or named with `--config`.
//! Read in two stages like rule files: a serde mirror that refuses unknown keys, then
//! validation. Errors name the file, line and column and suggest the fix.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::rule::{line_col, Severity};
use crate::suggest;

pub const FILE_NAMES: &[&str] = &["sessionlint.toml", ".sessionlint.toml"];

/// The starter file `sessionlint init` writes.
pub const STARTER: &str = r#"# sessionlint configuration. Every key is optional; command-line flags win over this file.
# Reference: https://github.com/sessionlint/sessionlint/blob/main/docs/configuration.md

# Rules to run: rule ids, packs or categories (default: all).
# select = ["fixation", "hardcoded-secret", "cookie-flags/go-cookie-httponly-disabled"]

# Rules to leave out, same forms.
# ignore = ["csrf-samesite"]

# Paths to skip, gitignore-style globs relative to this file's folder.
# exclude = ["vendor/**", "**/testdata/**"]

# Your own rule packs, relative to this file.
# rules = ["security/sessionlint-rules"]

# The lowest severity that fails the run (exit code 1): "error", "warning" or "note".
# fail-on = "warning"

# Severity per rule id, pack or category.
# [severity]
# "csrf-samesite" = "warning"
# "hardcoded-secret/express-session-secret" = "note"

# Values that count as well-known placeholder secrets (reported with high confidence),
# in addition to the built-in list ("keyboard cat", "changeme", "your-256-bit-secret", ...).
# [secrets]
# placeholders = ["acme-dev-key"]

# Lifetimes above which long-lifetime rules report (defaults shown).
# [thresholds]
# access-token = "1h"
# idle-session = "30m"
# absolute-session = "12h"
# remember-me = "30d"
# refresh-token = "90d"
"#;

/// A configuration file that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    exclude: Option<Vec<String>>,
    rules: Option<Vec<String>>,
    fail_on: Option<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    secrets: Option<SecretsFile>,
    #[serde(default)]
    thresholds: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretsFile {
    #[serde(default)]
    placeholders: Vec<String>,
}

/// `pyproject.toml`: only `[tool.sessionlint]` is ours; everything else is ignored.
#[derive(Debug, Deserialize)]
struct PyProject {
    tool: Option<PyTool>,
}

#[derive(Debug, Deserialize)]
struct PyTool {
    sessionlint: Option<ConfigFile>,
}

/// The validated configuration. Paths are resolved against the file's folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The file it came from; `None` for the defaults.
    pub path: Option<PathBuf>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub exclude: Vec<String>,
    pub rules: Vec<PathBuf>,
    pub fail_on: Option<Severity>,
    /// Selector (rule id, pack or category) → severity, in file order.
    pub severity: Vec<(String, Severity)>,
    pub placeholders: Vec<String>,
    /// Named duration thresholds (`remember-me`, ...) → seconds.
    pub thresholds: Vec<(String, f64)>,
}

impl Config {
    /// Finds the configuration for a scan of `start`: the nearest `sessionlint.toml`,
    /// `.sessionlint.toml` or `pyproject.toml` with `[tool.sessionlint]` in `start` or above.
    pub fn discover(start: &Path) -> Result<Config, ConfigError> {
        let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
        let mut dir = if start.is_dir() {
            Some(start.as_path())
        } else {
            start.parent()
        };
        while let Some(d) = dir {
            for name in FILE_NAMES {
                let candidate = d.join(name);
                if candidate.is_file() {
                    return Config::load(&candidate);
                }
            }
            let py = d.join("pyproject.toml");
            if py.is_file() {
                if let Some(config) = Config::load_pyproject(&py)? {
                    return Ok(config);
                }
            }
            dir = d.parent();
        }
        Ok(Config::default())
    }

    /// Reads one file: a `sessionlint.toml`, or a `pyproject.toml` (its `[tool.sessionlint]`).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        if path.file_name().is_some_and(|n| n == "pyproject.toml") {
            return Ok(Config::load_pyproject(path)?.unwrap_or_else(|| Config {
                path: Some(path.to_path_buf()),
                ..Config::default()
            }));
        }
        let text = read(path)?;
        let file: ConfigFile = toml::from_str(&text).map_err(|e| toml_error(path, &text, &e))?;
        validate(path, &text, file)
    }

    fn load_pyproject(path: &Path) -> Result<Option<Config>, ConfigError> {
        let text = read(path)?;
        if !text.contains("sessionlint") {
            return Ok(None);
        }
        let project: PyProject = toml::from_str(&text).map_err(|e| toml_error(path, &text, &e))?;
        match project.tool.and_then(|t| t.sessionlint) {
            Some(file) => validate(path, &text, file).map(Some),
            None => Ok(None),
        }
    }
}

fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: path.display().to_string(),
        line: 1,
        column: 1,
        message: format!("cannot read configuration: {e}"),
        hint: None,
    })
}

fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> ConfigError {
    let (line, column) = line_col(text, e.span().map_or(0, |s| s.start));
    let message = e.message().trim().to_string();
    ConfigError {
        path: path.display().to_string(),
        line,
        column,
        hint: suggest::unknown_field_hint(&message),
        message: message
            .lines()
            .next()
            .unwrap_or("invalid configuration")
            .to_string(),
    }
}

fn validate(path: &Path, text: &str, file: ConfigFile) -> Result<Config, ConfigError> {
    let error = |offset: usize, message: String, hint: Option<String>| {
        let (line, column) = line_col(text, offset);
        ConfigError {
            path: path.display().to_string(),
            line,
            column,
            message,
            hint,
        }
    };
    let severity_names = Severity::ALL.map(Severity::name);
    let parse_severity = |value: &Spanned<String>, key: &str| {
        value.get_ref().parse::<Severity>().map_err(|()| {
            error(
                value.span().start,
                format!("unknown {key} `{}`", value.get_ref()),
                Some(suggest::hint(value.get_ref(), severity_names)),
            )
        })
    };
    let fail_on = file
        .fail_on
        .as_ref()
        .map(|v| parse_severity(v, "fail-on level"))
        .transpose()?;
    let mut severity = Vec::new();
    for (selector, level) in &file.severity {
        severity.push((
            selector.get_ref().clone(),
            parse_severity(level, "severity")?,
        ));
    }
    let mut thresholds = Vec::new();
    for (name, value) in &file.thresholds {
        let names = crate::engine::duration::THRESHOLDS.iter().map(|(n, _)| *n);
        if crate::engine::duration::default_threshold(name.get_ref()).is_none() {
            return Err(error(
                name.span().start,
                format!("unknown threshold `{}`", name.get_ref()),
                Some(suggest::hint(name.get_ref(), names)),
            ));
        }
        let Some(seconds) = crate::engine::duration::parse_duration(value.get_ref()) else {
            return Err(error(
                value.span().start,
                format!("`{}` is not a duration", value.get_ref()),
                Some("write it like \"30d\", \"12h\", \"30m\" or \"90s\"".into()),
            ));
        };
        thresholds.push((name.get_ref().clone(), seconds));
    }
    let base = path.parent().unwrap_or(Path::new("."));
    Ok(Config {
        path: Some(path.to_path_buf()),
        select: file.select.unwrap_or_default(),
        ignore: file.ignore.unwrap_or_default(),
        exclude: file.exclude.unwrap_or_default(),
        rules: file
            .rules
            .unwrap_or_default()
            .iter()
            .map(|r| base.join(r))
            .collect(),
        fail_on,
        severity,
        placeholders: file.secrets.map(|s| s.placeholders).unwrap_or_default(),
        thresholds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn starter_file_is_valid_and_empty() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "sessionlint.toml", STARTER);
        let c = Config::load(&p).unwrap();
        assert_eq!(c.select, Vec::<String>::new());
        assert_eq!(c.fail_on, None);
    }

    #[test]
    fn reads_every_key_and_resolves_rule_dirs() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "sessionlint.toml",
            "select = [\"fixation\"]\nignore = [\"x/y\"]\nexclude = [\"vendor/**\"]\nrules = [\"my-rules\"]\nfail-on = \"warning\"\n[severity]\n\"csrf-samesite\" = \"note\"\n[secrets]\nplaceholders = [\"acme\"]\n",
        );
        let c = Config::load(&p).unwrap();
        assert_eq!(c.select, vec!["fixation"]);
        assert_eq!(c.rules, vec![dir.path().join("my-rules")]);
        assert_eq!(c.fail_on, Some(Severity::Warning));
        assert_eq!(
            c.severity,
            vec![("csrf-samesite".to_string(), Severity::Note)]
        );
        assert_eq!(c.placeholders, vec!["acme"]);
    }

    #[test]
    fn unknown_key_names_line_and_suggests() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "sessionlint.toml",
            "select = []\nfail_on = \"error\"\n",
        );
        let e = Config::load(&p).unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("fail_on"), "{e}");
        assert_eq!(e.hint.as_deref(), Some("did you mean `fail-on`?"));
    }

    #[test]
    fn wrong_types_and_levels_are_located() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "sessionlint.toml", "select = \"fixation\"\n");
        let e = Config::load(&p).unwrap_err();
        assert_eq!(e.line, 1);
        let p = write(
            dir.path(),
            "sessionlint.toml",
            "\n[severity]\n\"fixation\" = \"eror\"\n",
        );
        let e = Config::load(&p).unwrap_err();
        assert_eq!((e.line, e.column), (3, 14));
        assert_eq!(e.hint.as_deref(), Some("did you mean `error`?"));
    }

    #[test]
    fn discovery_walks_up_and_reads_pyproject() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        write(dir.path(), "pyproject.toml", "[project]\nname = \"x\"\n[tool.sessionlint]\nselect = [\"fixation\"]\n[tool.ruff]\nline-length = 100\n");
        let c = Config::discover(&sub).unwrap();
        assert_eq!(c.select, vec!["fixation"]);
        // A sessionlint.toml nearer the scan wins.
        write(
            &dir.path().join("a"),
            "sessionlint.toml",
            "select = [\"cookie-flags\"]\n",
        );
        assert_eq!(Config::discover(&sub).unwrap().select, vec!["cookie-flags"]);
        // pyproject without our table is not a configuration.
        let other = tempfile::tempdir().unwrap();
        write(other.path(), "pyproject.toml", "[project]\nname = \"y\"\n");
        assert_eq!(Config::discover(other.path()).unwrap().path, None);
    }

    #[test]
    fn pyproject_errors_point_into_the_table() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "pyproject.toml",
            "[project]\nname = \"x\"\n\n[tool.sessionlint]\nselct = []\n",
        );
        let e = Config::load(&p).unwrap_err();
        assert_eq!(e.line, 5);
        assert_eq!(e.hint.as_deref(), Some("did you mean `select`?"));
    }
}
