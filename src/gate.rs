//! CI-gate filters on a finished scan: a baseline of accepted findings (by our stable
//! fingerprint, so line moves and re-indentation keep them accepted) and changed-code mode
//! (only findings on lines changed since a git revision). Shell code: reads files and runs git.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

use crate::finding::Finding;

const BASELINE_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    tool: String,
    findings: Vec<BaselineEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineEntry {
    fingerprint: String,
    rule: String,
    path: String,
    /// Where it was when recorded; informative only (matching uses the fingerprint).
    line: u32,
    message: String,
}

/// A set of accepted findings.
#[derive(Debug, Default)]
pub struct Baseline {
    fingerprints: BTreeSet<String>,
}

impl Baseline {
    pub fn read(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read baseline {}: {e}", path.display()))?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: not a sessionlint baseline: {e}\n  hint: create one with --write-baseline {}",
                path.display(),
                e.line(),
                e.column(),
                path.display()
            )
        })?;
        if file.version != BASELINE_VERSION || file.tool != "sessionlint" {
            return Err(format!(
                "{}: baseline version {} of `{}` is not supported (expected version {BASELINE_VERSION} of `sessionlint`)\n  hint: re-create it with --write-baseline",
                path.display(),
                file.version,
                file.tool
            ));
        }
        Ok(Baseline {
            fingerprints: file.findings.into_iter().map(|e| e.fingerprint).collect(),
        })
    }

    /// The baseline file for `findings`, as JSON text (sorted like the findings).
    pub fn render(findings: &[Finding]) -> String {
        let file = BaselineFile {
            version: BASELINE_VERSION,
            tool: "sessionlint".into(),
            findings: findings
                .iter()
                .map(|f| BaselineEntry {
                    fingerprint: f.fingerprint.clone(),
                    rule: f.rule.clone(),
                    path: f.path.clone(),
                    line: f.span.start.line,
                    message: f.message.clone(),
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Removes accepted findings; returns how many baseline entries matched nothing.
    pub fn filter(&self, findings: &mut Vec<Finding>) -> usize {
        let mut used = BTreeSet::new();
        findings.retain(|f| {
            if self.fingerprints.contains(&f.fingerprint) {
                used.insert(f.fingerprint.clone());
                false
            } else {
                true
            }
        });
        self.fingerprints.len() - used.len()
    }
}

/// Lines changed since a git revision, per file (absolute paths).
#[derive(Debug, Default)]
pub struct ChangedLines {
    /// `None`: the whole file is new (untracked or added).
    files: HashMap<PathBuf, Option<BTreeSet<u32>>>,
}

impl ChangedLines {
    /// Asks git what changed between `base` and the working tree under `cwd`.
    pub fn since(base: &str, cwd: &Path) -> Result<ChangedLines, String> {
        let root = git(cwd, &["rev-parse", "--show-toplevel"]).map_err(|e| {
            format!(
                "--diff-base needs a git repository, and {} is not in one ({e})",
                cwd.display()
            )
        })?;
        let root = PathBuf::from(root.trim());
        git(
            cwd,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{base}^{{commit}}"),
            ],
        )
        .map_err(|_| format!("--diff-base: `{base}` is not a commit in this repository"))?;
        let diff = git(
            &root,
            &[
                "diff",
                "--no-color",
                "--no-ext-diff",
                "--unified=0",
                base,
                "--",
            ],
        )?;
        let mut changed = ChangedLines::default();
        for (path, lines) in parse_unified_diff(&diff) {
            changed.files.insert(root.join(path), lines);
        }
        let untracked = git(&root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        for path in untracked.split('\0').filter(|p| !p.is_empty()) {
            changed.files.insert(root.join(path), None);
        }
        Ok(changed)
    }

    /// Keeps findings whose first line was added or changed.
    pub fn filter(&self, findings: &mut Vec<Finding>, cwd: &Path) {
        findings.retain(|f| {
            let path = Path::new(&f.path);
            let abs = if path.is_absolute() {
                path.to_path_buf()
            } else {
                cwd.join(path)
            };
            let abs = std::fs::canonicalize(&abs).unwrap_or(abs);
            match self.files.get(&abs) {
                Some(None) => true,
                Some(Some(lines)) => lines.contains(&f.span.start.line),
                None => false,
            }
        });
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Changed (new-side) lines per path from `git diff --unified=0`. A file that is new in the
/// diff maps to `None` (all lines changed). Deleted files are left out.
fn parse_unified_diff(diff: &str) -> BTreeMap<String, Option<BTreeSet<u32>>> {
    let mut out: BTreeMap<String, Option<BTreeSet<u32>>> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut new_file = false;
    for line in diff.lines() {
        if line.starts_with("diff --git ") {
            current = None;
            new_file = false;
        } else if line.starts_with("new file mode") {
            new_file = true;
        } else if let Some(path) = line.strip_prefix("+++ ") {
            current = unquote_git_path(path)
                .strip_prefix("b/")
                .map(str::to_string);
            if let Some(p) = &current {
                out.insert(
                    p.clone(),
                    if new_file {
                        None
                    } else {
                        Some(BTreeSet::new())
                    },
                );
            }
        } else if let (Some(hunk), Some(path)) = (line.strip_prefix("@@ "), &current) {
            // @@ -a,b +c,d @@
            let Some(plus) = hunk.split_whitespace().find(|t| t.starts_with('+')) else {
                continue;
            };
            let mut parts = plus[1..].splitn(2, ',');
            let start: u32 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let count: u32 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(1);
            if let Some(Some(lines)) = out.get_mut(path) {
                lines.extend(start..start + count);
            }
        }
    }
    out
}

/// git quotes unusual paths as C strings ("a b/\303\251.js"); unquote the common cases.
fn unquote_git_path(p: &str) -> String {
    let Some(inner) = p.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return p.to_string();
    };
    let mut bytes = Vec::new();
    let mut chars = inner.bytes().peekable();
    while let Some(b) = chars.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        match chars.next() {
            Some(b'n') => bytes.push(b'\n'),
            Some(b't') => bytes.push(b'\t'),
            Some(d @ b'0'..=b'7') => {
                let mut v = u32::from(d - b'0');
                for _ in 0..2 {
                    if let Some(&n @ b'0'..=b'7') = chars.peek() {
                        v = v * 8 + u32::from(n - b'0');
                        chars.next();
                    }
                }
                bytes.push(u8::try_from(v).unwrap_or(b'?'));
            }
            Some(other) => bytes.push(other),
            None => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hunks_new_and_quoted_files() {
        let diff = "diff --git a/a.js b/a.js\nindex 1..2 100644\n--- a/a.js\n+++ b/a.js\n@@ -3,0 +4,2 @@\n+x\n+y\n@@ -10 +12 @@\n-z\n+w\ndiff --git a/n.py b/n.py\nnew file mode 100644\n--- /dev/null\n+++ b/n.py\n@@ -0,0 +1,3 @@\n+a\ndiff --git a/gone.go b/gone.go\ndeleted file mode 100644\n--- a/gone.go\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\ndiff --git \"a/sp ace/\\303\\251.ts\" \"b/sp ace/\\303\\251.ts\"\n--- \"a/sp ace/\\303\\251.ts\"\n+++ \"b/sp ace/\\303\\251.ts\"\n@@ -1 +1 @@\n-a\n+b\n";
        let got = parse_unified_diff(diff);
        assert_eq!(got["a.js"], Some([4, 5, 12].into_iter().collect()));
        assert_eq!(got["n.py"], None);
        assert!(!got.contains_key("gone.go"));
        assert_eq!(got["sp ace/é.ts"], Some([1].into_iter().collect()));
    }

    #[test]
    fn pure_deletions_change_no_line() {
        let diff = "diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -5,2 +4,0 @@\n-x\n-y\n";
        assert_eq!(parse_unified_diff(diff)["a.js"], Some(BTreeSet::new()));
    }
}
