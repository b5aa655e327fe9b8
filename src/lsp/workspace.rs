//! What the server knows about the projects: per workspace folder, its configuration and
//! rules (loaded as `check` loads them), its exclude globs, and the facts of every file (from
//! disk at start, from the editor buffer for open documents), merged on demand for the scan.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::cli::{self, RuleSelection};
use crate::config::Config;
use crate::engine::{self, facts, FileFacts, ProjectFacts};
use crate::finding::{FileProblem, Finding};
use crate::lang::Grammar;
use crate::rule::RuleSet;
use crate::walk::{self, Excludes, SourceFile};

/// Files over this size are neither read at start nor scanned (the CLI's default
/// `--max-file-size`).
pub const MAX_FILE_SIZE: u64 = 1 << 20;

pub struct Project {
    pub root: PathBuf,
    selection: Arc<RuleSelection>,
    config: Config,
    /// The grammars the rules are compiled for: those of the files read so far. Compiling
    /// a tree-sitter query costs far more than matching it, so a folder of JavaScript never
    /// pays for the C# queries (as `check` compiles only what its files need).
    grammars: Vec<Grammar>,
    /// `None` until compiled, and when not even the built-in rules load.
    rules: Option<RuleSet>,
    compiled: bool,
    excludes: Vec<Excludes>,
    uses_facts: bool,
    /// By display path.
    facts: HashMap<String, FileFacts>,
    /// `facts` merged; dropped whenever `facts` changes.
    merged: Option<ProjectFacts>,
}

impl Project {
    /// The project of `root` with its configuration; what goes wrong is added to `errors`
    /// and replaced by the defaults, so the server keeps working.
    fn load(root: PathBuf, selection: Arc<RuleSelection>, errors: &mut Vec<String>) -> Project {
        let config =
            cli::load_config(&selection, std::slice::from_ref(&root)).unwrap_or_else(|e| {
                errors.push(format!("{e} (using the built-in rules)"));
                Config::default()
            });
        Project::with_config(root, config, selection)
    }

    fn with_config(root: PathBuf, config: Config, selection: Arc<RuleSelection>) -> Project {
        let config_root = config
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map_or_else(|| root.clone(), |d| root.join(d));
        let excludes = vec![Excludes {
            root: config_root,
            globs: config.exclude.clone(),
        }];
        Project {
            root,
            selection,
            config,
            grammars: Vec::new(),
            rules: None,
            compiled: false,
            excludes,
            uses_facts: false,
            facts: HashMap::new(),
            merged: None,
        }
    }

    /// Makes sure the rules are compiled for `grammars` too. A configuration whose rules do
    /// not load (a bad rule pack, an unknown selector) falls back to the built-in rules.
    fn compile(&mut self, grammars: &[Grammar], errors: &mut Vec<String>) {
        let mut all = self.grammars.clone();
        all.extend_from_slice(grammars);
        all.sort();
        all.dedup();
        if self.compiled && all == self.grammars {
            return;
        }
        self.grammars = all;
        self.compiled = true;
        let only = Some(self.grammars.as_slice());
        self.rules = match cli::load_rules(&self.selection, &self.config, only) {
            Ok(rules) => Some(rules),
            Err(e) => {
                errors.push(format!("{e} (using the built-in rules)"));
                match cli::load_rules(&RuleSelection::default(), &Config::default(), only) {
                    Ok(rules) => Some(rules),
                    Err(e) => {
                        errors.push(format!("the built-in rules do not load: {e}"));
                        None
                    }
                }
            }
        };
        self.uses_facts = self.rules.as_ref().is_some_and(facts::needs_facts);
        self.merged = None;
    }

    /// Reads the facts of every file under the root (what `check` of the folder would read).
    fn walk(&mut self, errors: &mut Vec<String>) {
        let found = match walk::discover(
            std::slice::from_ref(&self.root),
            &self.excludes,
            false,
            &self.root,
        ) {
            Ok(found) => found,
            Err(e) => {
                errors.push(e.to_string());
                return;
            }
        };
        let grammars: Vec<Grammar> = found.files.iter().map(|f| f.grammar).collect();
        self.compile(&grammars, errors);
        let (Some(rules), true) = (&self.rules, self.uses_facts) else {
            return;
        };
        let per_file: Vec<FileFacts> = found
            .files
            .par_iter()
            .filter_map(|file| {
                let text = walk::read(file, MAX_FILE_SIZE).ok()?;
                Some(facts::file_facts(&file.display, &text, file.grammar, rules))
            })
            .collect();
        self.facts = per_file.into_iter().map(|f| (f.path.clone(), f)).collect();
        self.merged = None;
    }

    /// The path as findings show it: relative to the root, like the CLI run in the root.
    pub fn display(&self, path: &Path) -> String {
        if !path.starts_with(&self.root) {
            // A configuration found above a file has a canonical path; the URI may not.
            if let Ok(real) = std::fs::canonicalize(path) {
                if real.starts_with(&self.root) {
                    return walk::display_path(&real, &self.root);
                }
            }
        }
        walk::display_path(path, &self.root)
    }

    /// Left out by the configuration's `exclude` globs (as `check --force-exclude` would).
    pub fn is_excluded(&self, path: &Path) -> bool {
        if self.excludes.iter().all(|e| e.globs.is_empty()) || !path.exists() {
            return false;
        }
        walk::discover(&[path.to_path_buf()], &self.excludes, true, &self.root)
            .is_ok_and(|found| found.files.is_empty() && found.problems.is_empty())
    }

    /// Sets a file's facts from a text (the editor buffer). True when they changed.
    fn set_facts(&mut self, display: &str, text: &str, grammar: Grammar) -> bool {
        let (Some(rules), true) = (&self.rules, self.uses_facts) else {
            return false;
        };
        let new = facts::file_facts(display, text, grammar, rules);
        if self.facts.get(display) == Some(&new) {
            return false;
        }
        self.facts.insert(display.to_string(), new);
        self.merged = None;
        true
    }

    /// Sets a file's facts back to what is on disk (a closed document). True when they
    /// changed.
    pub fn reset_facts(&mut self, path: &Path, grammar: Grammar) -> bool {
        let display = self.display(path);
        let file = SourceFile {
            path: path.to_path_buf(),
            display: display.clone(),
            grammar,
        };
        match walk::read(&file, MAX_FILE_SIZE) {
            Ok(text) if Grammar::from_path(path).is_some() => {
                self.set_facts(&display, &text, grammar)
            }
            _ => {
                let removed = self.facts.remove(&display).is_some();
                if removed {
                    self.merged = None;
                }
                removed
            }
        }
    }

    /// Scans a document's text with the project's facts, the buffer's own facts included.
    /// The second value is true when the document's facts changed (other open documents
    /// may then read differently).
    pub fn scan(
        &mut self,
        path: &Path,
        text: &str,
        grammar: Grammar,
        errors: &mut Vec<String>,
    ) -> (Vec<Finding>, Option<FileProblem>, bool) {
        self.compile(&[grammar], errors);
        let display = self.display(path);
        let changed = self.set_facts(&display, text, grammar);
        let Some(rules) = &self.rules else {
            return (Vec::new(), None, changed);
        };
        let facts = &self.facts;
        let merged = self
            .merged
            .get_or_insert_with(|| ProjectFacts::merge(facts.values().cloned()));
        let (findings, notice) = engine::scan_file(&display, text, grammar, rules, merged);
        (findings, notice, changed)
    }
}

/// The workspace folders and, for files outside them, one project per folder holding their
/// configuration (or per file folder without one).
pub struct Workspace {
    selection: Arc<RuleSelection>,
    folders: Vec<Project>,
    loose: Vec<Project>,
}

impl Workspace {
    /// Loads every folder's configuration and rules and reads its files' facts. Returns the
    /// errors to show the user.
    pub fn new(selection: RuleSelection, roots: Vec<PathBuf>) -> (Workspace, Vec<String>) {
        let mut errors = Vec::new();
        let selection = Arc::new(selection);
        let mut folders: Vec<Project> = roots
            .into_iter()
            .map(|root| Project::load(root, selection.clone(), &mut errors))
            .collect();
        for p in &mut folders {
            p.walk(&mut errors);
        }
        errors.dedup();
        let ws = Workspace {
            selection,
            folders,
            loose: Vec::new(),
        };
        (ws, errors)
    }

    /// Loads everything again (a configuration or rule file was saved).
    pub fn reload(self) -> (Workspace, Vec<String>) {
        let roots = self.folders.into_iter().map(|p| p.root).collect();
        drop(self.loose);
        let selection = Arc::try_unwrap(self.selection).unwrap_or_default();
        Workspace::new(selection, roots)
    }

    /// The project a file belongs to: the innermost workspace folder holding it, else a
    /// project for the configuration found above it (loaded now, errors into `errors`).
    pub fn project_for(&mut self, path: &Path, errors: &mut Vec<String>) -> &mut Project {
        let folder = self
            .folders
            .iter()
            .enumerate()
            .filter(|(_, p)| path.starts_with(&p.root))
            .max_by_key(|(_, p)| p.root.components().count())
            .map(|(i, _)| i);
        if let Some(i) = folder {
            return &mut self.folders[i];
        }
        let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
        let config = cli::load_config(&self.selection, std::slice::from_ref(&dir));
        let root = match &config {
            Ok(c) => c
                .path
                .as_ref()
                .and_then(|p| p.parent())
                .map_or_else(|| dir.clone(), Path::to_path_buf),
            Err(_) => dir.clone(),
        };
        let i = match self.loose.iter().position(|p| p.root == root) {
            Some(i) => i,
            None => {
                let config = config.unwrap_or_else(|e| {
                    errors.push(format!("{e} (using the built-in rules)"));
                    Config::default()
                });
                let project = Project::with_config(root, config, self.selection.clone());
                self.loose.push(project);
                self.loose.len() - 1
            }
        };
        &mut self.loose[i]
    }
}
