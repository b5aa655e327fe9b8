//! Finds the files to scan and reads them. Directories are walked with ripgrep's `ignore`
//! crate (`.gitignore`, `.ignore`, `.sessionlintignore`, also outside a git repository) minus
//! `--exclude` globs; files named explicitly are always scanned. Reading refuses binary, non
//! UTF-8 and oversized files with a `FileProblem` instead of failing the scan.

use std::path::{Path, PathBuf};

use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;

use crate::finding::{FileProblem, ProblemKind};
use crate::lang::Grammar;

pub const IGNORE_FILE: &str = ".sessionlintignore";

/// A file to scan: where it is, how to show it, how to parse it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    pub display: String,
    pub grammar: Grammar,
}

#[derive(Debug, Default)]
pub struct Discovery {
    /// Sorted by display path, without duplicates.
    pub files: Vec<SourceFile>,
    pub problems: Vec<FileProblem>,
}

/// A bad `--exclude` glob.
#[derive(Debug, thiserror::Error)]
#[error("invalid --exclude glob `{glob}`: {reason}")]
pub struct GlobError {
    pub glob: String,
    pub reason: String,
}

/// Exclude globs (gitignore syntax) and the folder they are relative to: the working
/// directory for `--exclude`, the configuration file's folder for its `exclude`.
#[derive(Clone, Debug)]
pub struct Excludes {
    pub root: PathBuf,
    pub globs: Vec<String>,
}

/// Compiled `Excludes`, matched against absolute paths.
#[derive(Clone)]
struct ExcludeMatcher {
    matchers: Vec<ignore::overrides::Override>,
}

impl ExcludeMatcher {
    fn new(sets: &[Excludes]) -> Result<Self, GlobError> {
        let mut matchers = Vec::new();
        for set in sets.iter().filter(|s| !s.globs.is_empty()) {
            let mut builder = OverrideBuilder::new(&set.root);
            for glob in &set.globs {
                // An override glob whitelists; `!glob` makes it an exclusion.
                builder.add(&format!("!{glob}")).map_err(|e| GlobError {
                    glob: glob.clone(),
                    reason: e.to_string(),
                })?;
            }
            matchers.push(builder.build().map_err(|e| GlobError {
                glob: set.globs.join(" "),
                reason: e.to_string(),
            })?);
        }
        Ok(ExcludeMatcher { matchers })
    }

    fn is_excluded(&self, abs: &Path, is_dir: bool) -> bool {
        self.matchers
            .iter()
            .any(|m| m.matched(abs, is_dir).is_ignore())
    }

    /// Excluded itself or through one of its folders (`vendor/` excludes `vendor/a/b.js`).
    fn is_excluded_with_parents(&self, abs: &Path) -> bool {
        abs.ancestors()
            .enumerate()
            .any(|(i, p)| self.is_excluded(p, i > 0 || p.is_dir()))
    }
}

/// Expands `paths` into the files to scan.
pub fn discover(
    paths: &[PathBuf],
    excludes: &[Excludes],
    force_exclude: bool,
    cwd: &Path,
) -> Result<Discovery, GlobError> {
    let mut found = Discovery::default();
    let matcher = ExcludeMatcher::new(excludes)?;
    for path in paths {
        let display = display_path(path, cwd);
        let abs = absolute(path, cwd);
        if force_exclude && matcher.is_excluded_with_parents(&abs) {
            continue;
        }
        if path.is_dir() {
            walk_dir(path, &matcher, cwd, &mut found);
        } else if path.exists() {
            match Grammar::from_path_explicit(path) {
                Some(grammar) => found.files.push(SourceFile {
                    path: path.clone(),
                    display,
                    grammar,
                }),
                None => found.problems.push(FileProblem {
                    path: display,
                    kind: ProblemKind::Unsupported,
                    message: "not a file of a supported language (java, js, ts, py, go, cs) or configuration format (properties, yaml, json, xml, web.config, .env)".into(),
                }),
            }
        } else {
            found.problems.push(FileProblem {
                path: display,
                kind: ProblemKind::NotFound,
                message: "no such file or directory".into(),
            });
        }
    }
    found.files.sort_by(|a, b| a.display.cmp(&b.display));
    found.files.dedup_by(|a, b| a.display == b.display);
    found.problems.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(found)
}

fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        let joined = cwd.join(path);
        // `./src` and `src` must match the same globs.
        joined
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect()
    }
}

fn walk_dir(dir: &Path, matcher: &ExcludeMatcher, cwd: &Path, found: &mut Discovery) {
    let filter = matcher.clone();
    let base = cwd.to_path_buf();
    let walker = WalkBuilder::new(dir)
        .require_git(false)
        .add_custom_ignore_filename(IGNORE_FILE)
        // Hidden files and folders stay skipped, except `.env` files: committed settings.
        .hidden(false)
        .filter_entry(move |entry| {
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            let hidden = entry.depth() > 0
                && entry
                    .file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with('.') && (is_dir || !is_dotenv(n)));
            !hidden && !filter.is_excluded(&absolute(entry.path(), &base), is_dir)
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                found.problems.push(FileProblem {
                    path: display_path(dir, cwd),
                    kind: ProblemKind::Unreadable,
                    message: e.to_string(),
                });
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        if let Some(grammar) = Grammar::from_path(entry.path()) {
            found.files.push(SourceFile {
                path: entry.path().to_path_buf(),
                display: display_path(entry.path(), cwd),
                grammar,
            });
        }
    }
}

fn is_dotenv(name: &str) -> bool {
    name == ".env" || name.starts_with(".env.")
}

/// Reads a source file, refusing what cannot be source code.
pub fn read(file: &SourceFile, max_size: u64) -> Result<String, FileProblem> {
    let problem = |kind, message: String| FileProblem {
        path: file.display.clone(),
        kind,
        message,
    };
    let size = std::fs::metadata(&file.path)
        .map_err(|e| problem(ProblemKind::Unreadable, format!("cannot read: {e}")))?
        .len();
    if size > max_size {
        return Err(problem(
            ProblemKind::TooLarge,
            format!("skipped: {size} bytes is over --max-file-size ({max_size} bytes)"),
        ));
    }
    let bytes = std::fs::read(&file.path)
        .map_err(|e| problem(ProblemKind::Unreadable, format!("cannot read: {e}")))?;
    if file.grammar == crate::lang::Grammar::Properties {
        return decode_properties(bytes).map_err(|(kind, message)| problem(kind, message));
    }
    decode(bytes).map_err(|(kind, message)| problem(kind, message))
}

/// `.properties` files are ISO-8859-1 by the Java specification (`\uXXXX` escapes for the
/// rest); UTF-8 ones are common too. UTF-8 first, Latin-1 when it is not.
fn decode_properties(bytes: Vec<u8>) -> Result<String, (ProblemKind, String)> {
    match decode(bytes.clone()) {
        Err((ProblemKind::NotUtf8, _)) => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        other => other,
    }
}

/// Turns bytes into source text, or says why they are not source text.
pub fn decode(bytes: Vec<u8>) -> Result<String, (ProblemKind, String)> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err((
            ProblemKind::Binary,
            format!("skipped: binary file (NUL byte at offset {at})"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        (
            ProblemKind::NotUtf8,
            format!(
                "skipped: not valid UTF-8 (at byte {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// The path as the user would type it: relative to `cwd` when under it, `/`-separated,
/// without a leading `./`.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let rel = if path.is_absolute() {
        path.strip_prefix(cwd).unwrap_or(path)
    } else {
        path
    };
    let mut parts: Vec<String> = Vec::new();
    for c in rel.components() {
        match c {
            std::path::Component::CurDir => {}
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    let joined = parts.join("/");
    let joined = joined.replace("//", "/");
    if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_are_relative_and_clean() {
        let cwd = Path::new("/repo");
        assert_eq!(
            display_path(Path::new("/repo/src/A.java"), cwd),
            "src/A.java"
        );
        assert_eq!(display_path(Path::new("./src/A.java"), cwd), "src/A.java");
        assert_eq!(
            display_path(Path::new("/elsewhere/A.java"), cwd),
            "/elsewhere/A.java"
        );
    }

    #[test]
    fn decode_refuses_binary_and_bad_utf8() {
        assert_eq!(decode(b"ok".to_vec()).ok().as_deref(), Some("ok"));
        assert_eq!(
            decode(b"a\0b".to_vec()).err().map(|e| e.0),
            Some(ProblemKind::Binary)
        );
        assert_eq!(
            decode(vec![b'a', 0xff]).err().map(|e| e.0),
            Some(ProblemKind::NotUtf8)
        );
    }
}
