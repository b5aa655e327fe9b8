//! The command line: parses arguments, runs a subcommand, returns the exit code. A thin shell:
//! discovery is `walk`, matching is `engine`, rendering is `report`, fixtures are `corpus`.
//! Exit codes: 0 nothing at or above `--fail-on`, 1 findings, 2 usage, configuration or rule
//! errors (and explicitly named paths that do not exist).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::corpus;
use crate::engine;
use crate::finding::{FileProblem, Finding, ProblemKind};
use crate::gate::{Baseline, ChangedLines};
use crate::lang::Grammar;
use crate::project;
use crate::report::{self, Format, Options, ReportInput};
use crate::rule::{RuleSet, Severity};
use crate::walk::{self, Excludes};

#[derive(Debug, Parser)]
#[command(
    name = "sessionlint",
    version,
    about = "Find session-handling flaws in Java, JavaScript, TypeScript, Python, Go and C#"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories (default: the current directory).
    Check(Box<CheckArgs>),
    /// List the rules: id, category, severity, confidence and languages.
    Rules(RulesArgs),
    /// Print a rule's documentation and examples.
    Explain(ExplainArgs),
    /// Run the fixture corpus against rule packs (your own with --rules).
    Test(TestArgs),
    /// Print the syntax tree of a file, to write rule queries against (`--entries`: the
    /// key-path entries of a configuration file, to write `[match.config]` keys against).
    Tree(TreeArgs),
    /// Write a commented starter `sessionlint.toml` in the current directory.
    Init(InitArgs),
    /// Run the language server (LSP over standard input and output) for editors.
    Lsp(LspArgs),
}

#[derive(Debug, Default, Args)]
pub struct RuleSelection {
    /// Also load the rule packs under DIR (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Only these rule ids, packs or categories (comma-separated, repeatable; replaces the
    /// configuration's `select`).
    #[arg(long, value_delimiter = ',', value_name = "SELECTOR")]
    pub select: Vec<String>,
    /// Leave out these rule ids, packs or categories (comma-separated, repeatable).
    #[arg(long, value_delimiter = ',', value_name = "SELECTOR")]
    pub ignore: Vec<String>,
    /// Use this configuration file instead of discovering `sessionlint.toml`/`pyproject.toml`.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long)]
    pub no_config: bool,
    /// Load only the packs given with --rules, not the built-in rules.
    #[arg(long, requires = "rules")]
    pub no_builtin_rules: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories; `-` reads standard input (name it with --stdin-filename).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub selection: RuleSelection,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Skip paths matching this glob (gitignore syntax; repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Apply excludes to files named on the command line too (for pre-commit).
    #[arg(long)]
    pub force_exclude: bool,
    /// The file name standard input stands for; its extension picks the language.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// Skip files larger than this (bytes, or with a K, KiB, M or MiB suffix).
    #[arg(long, value_name = "SIZE", default_value = "1MiB", value_parser = parse_size)]
    pub max_file_size: u64,
    /// Exit with 1 when a finding is at or above this severity [default: note, or the
    /// configuration's `fail-on`].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Also report findings silenced by `sessionlint-ignore` comments (SARIF marks them
    /// with `suppressions`; they never change the exit code).
    #[arg(long)]
    pub include_suppressed: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in FILE (they count as accepted from then on).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Report only findings on lines changed since this git revision (pull-request gates).
    #[arg(long, value_name = "REF")]
    pub diff_base: Option<String>,
    /// SARIF `automationDetails.id` (GitHub uses the part before the last `/` as category).
    #[arg(long, value_name = "ID", default_value = "sessionlint/")]
    pub sarif_automation_id: String,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub selection: RuleSelection,
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `fixation/servlet-session-not-rotated`.
    pub id: String,
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Test only the rule packs under DIR instead of the built-in rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// The fixture folder: `<corpus>/<rule id>/` holds each rule's fixtures.
    #[arg(long, value_name = "DIR", default_value = "test-corpus")]
    pub corpus: PathBuf,
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    pub file: PathBuf,
    /// For a configuration file: print the key-path entries `[match.config]` matches
    /// (key as written, canonical key, value, position) instead of the syntax tree.
    #[arg(long)]
    pub entries: bool,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    /// Rules and configuration, as for `check` (by default each workspace folder's
    /// `sessionlint.toml`/`pyproject.toml` is discovered).
    #[command(flatten)]
    pub selection: RuleSelection,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Overwrite an existing sessionlint.toml.
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Note,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
    /// The rule reference (docs/rules.md).
    Markdown,
}

impl FailOn {
    fn threshold(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Note => Severity::Note,
        }
    }
}

/// An error that ends the run with exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub String);

impl Fatal {
    fn new(e: impl std::fmt::Display) -> Self {
        Fatal(e.to_string())
    }
}

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

pub fn run(cli: Cli) -> Result<u8, Fatal> {
    match cli.command {
        Command::Check(args) => check(*args),
        Command::Rules(args) => list_rules(&args),
        Command::Explain(args) => explain(&args),
        Command::Test(args) => test(&args),
        Command::Tree(args) => tree(&args),
        Command::Init(args) => init(&args),
        Command::Lsp(args) => Ok(crate::lsp::run(args.selection)),
    }
}

/// The configuration that applies to a run over `paths` (for `check`, and for the language
/// server with a workspace folder as the path).
pub fn load_config(selection: &RuleSelection, paths: &[PathBuf]) -> Result<Config, Fatal> {
    if selection.no_config {
        return Ok(Config::default());
    }
    if let Some(path) = &selection.config {
        return Config::load(path).map_err(Fatal::new);
    }
    let start = paths
        .iter()
        .find(|p| p.as_os_str() != "-")
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    Config::discover(&start).map_err(Fatal::new)
}

/// Rules from the binary, the configuration's and the command line's packs, selected and
/// with the configuration's severities and placeholders applied. Shared by `check` and the
/// language server, so both give the same answers.
pub fn load_rules(
    selection: &RuleSelection,
    config: &Config,
    grammars: Option<&[Grammar]>,
) -> Result<RuleSet, Fatal> {
    let mut dirs = config.rules.clone();
    dirs.extend(selection.rules.iter().cloned());
    let select = if selection.select.is_empty() {
        &config.select
    } else {
        &selection.select
    };
    let mut ignore = config.ignore.clone();
    ignore.extend(selection.ignore.iter().cloned());
    let in_config = |e: crate::rule::SelectError| match &config.path {
        Some(p) if !config.select.is_empty() || !config.ignore.is_empty() => Fatal(format!(
            "{e} (selectors come from the command line and {})",
            p.display()
        )),
        _ => Fatal::new(e),
    };
    let meta = crate::suppress::UNUSED_SUPPRESSION;
    let compile_select: Vec<String> = select.iter().filter(|s| *s != meta).cloned().collect();
    let mut rules = RuleSet::load_selected(
        &dirs,
        !selection.no_builtin_rules,
        grammars,
        &compile_select,
        &ignore,
    )
    .map_err(Fatal::new)?
    .select(select, &ignore)
    .map_err(in_config)?;
    for (selector, severity) in &config.severity {
        rules.override_severity(selector, *severity).map_err(|e| {
            let file = config
                .path
                .as_ref()
                .map_or(String::new(), |p| format!("{}: ", p.display()));
            Fatal(format!("{file}[severity] {e}"))
        })?;
    }
    rules.add_placeholders(&config.placeholders);
    for (name, seconds) in &config.thresholds {
        rules.set_threshold(name, *seconds).map_err(Fatal)?;
    }
    Ok(rules)
}

fn init(args: &InitArgs) -> Result<u8, Fatal> {
    let path = PathBuf::from(crate::config::FILE_NAMES[0]);
    if path.exists() && !args.force {
        return Err(Fatal(format!(
            "{} already exists (use --force to overwrite)",
            path.display()
        )));
    }
    write_atomically(&path, crate::config::STARTER.as_bytes())?;
    println!("wrote {}", path.display());
    Ok(EXIT_CLEAN)
}

fn check(args: CheckArgs) -> Result<u8, Fatal> {
    let config = load_config(&args.selection, &args.paths)?;
    // Read everything that can be wrong before scanning, so a bad input overwrites nothing.
    let baseline = args
        .baseline
        .as_deref()
        .map(Baseline::read)
        .transpose()
        .map_err(Fatal)?;
    let cwd = std::env::current_dir()
        .map_err(|e| Fatal(format!("cannot read the working directory: {e}")))?;
    let changed = args
        .diff_base
        .as_deref()
        .map(|base| ChangedLines::since(base, &cwd))
        .transpose()
        .map_err(Fatal)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(Fatal::new)?;
    let stdin = args.paths.iter().any(|p| p == Path::new("-"));
    let found = if stdin {
        None
    } else {
        Some(discover(&args, &config, &cwd)?)
    };
    // Compile the built-in rules only for the languages this run reads.
    let mut grammars: Vec<Grammar> = match &found {
        Some(found) => found.files.iter().map(|f| f.grammar).collect(),
        None => vec![stdin_grammar(&args)?],
    };
    grammars.sort();
    grammars.dedup();
    let rules = load_rules(&args.selection, &config, Some(&grammars))?;
    let (mut findings, mut problems, files_scanned) = match found {
        None => {
            if args.paths.len() > 1 {
                return Err(Fatal(
                    "`-` (standard input) cannot be combined with other paths".into(),
                ));
            }
            scan_stdin(&args, &rules)?
        }
        Some(found) => {
            let scan =
                pool.install(|| project::scan_files(&found.files, args.max_file_size, &rules));
            let mut problems = found.problems;
            problems.extend(scan.problems);
            (scan.findings, problems, scan.files_scanned)
        }
    };
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    problems.sort_by(|a, b| (&a.path, a.kind).cmp(&(&b.path, b.kind)));
    let (active, silenced): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| f.suppressed.is_none());
    let mut findings = active;
    if let Some(path) = &args.write_baseline {
        write_atomically(path, Baseline::render(&findings).as_bytes())?;
        eprintln!(
            "sessionlint: wrote {} findings to the baseline {}",
            findings.len(),
            path.display()
        );
    }
    if let Some(baseline) = &baseline {
        let stale = baseline.filter(&mut findings);
        if stale > 0 {
            eprintln!("sessionlint: note: {stale} baseline entries match no finding any more (re-create the baseline to drop them)");
        }
    }
    if args.write_baseline.is_some() {
        findings.clear();
    }
    if let Some(changed) = &changed {
        changed.filter(&mut findings, &cwd);
    }
    let threshold = args
        .fail_on
        .map(FailOn::threshold)
        .or(config.fail_on)
        .unwrap_or(Severity::Note);
    let failing = findings.iter().any(|f| f.severity >= threshold);
    if args.include_suppressed {
        findings.extend(silenced);
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }

    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    };
    let input = ReportInput {
        findings: &findings,
        problems: &problems,
        rules: rules.rules(),
        files_scanned,
    };
    let options = Options {
        color,
        automation_id: args.sarif_automation_id.clone(),
    };
    let rendered = report::render(args.format, &input, &options);
    for p in &problems {
        eprintln!("sessionlint: warning: {}: {}", p.path, p.message);
    }
    match &args.output {
        Some(path) => write_atomically(path, rendered.as_bytes())?,
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = out
                .write_all(rendered.as_bytes())
                .and_then(|()| out.flush());
        }
    }
    if problems.iter().any(|p| p.kind == ProblemKind::NotFound) {
        return Ok(EXIT_ERROR);
    }
    Ok(if failing { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// The files of a run: the paths, minus what ignore files and excludes leave out.
fn discover(args: &CheckArgs, config: &Config, cwd: &Path) -> Result<walk::Discovery, Fatal> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let excludes = [
        Excludes {
            root: config
                .path
                .as_ref()
                .and_then(|p| p.parent())
                .map_or_else(|| cwd.to_path_buf(), |d| absolute_dir(d, cwd)),
            globs: config.exclude.clone(),
        },
        Excludes {
            root: cwd.to_path_buf(),
            globs: args.exclude.clone(),
        },
    ];
    walk::discover(&paths, &excludes, args.force_exclude, cwd).map_err(Fatal::new)
}

/// The grammar standard input is read with, from `--stdin-filename`.
fn stdin_grammar(args: &CheckArgs) -> Result<Grammar, Fatal> {
    let Some(name) = &args.stdin_filename else {
        return Err(Fatal(
            "reading standard input needs --stdin-filename NAME (its extension picks the language)"
                .into(),
        ));
    };
    Grammar::from_path_explicit(name).ok_or_else(|| {
        Fatal(format!(
            "--stdin-filename `{}` has no supported extension (java, js, mjs, cjs, jsx, ts, mts, cts, tsx, py, go, cs, properties, yml, yaml, json, xml, .env)",
            name.display()
        ))
    })
}

fn absolute_dir(dir: &Path, cwd: &Path) -> PathBuf {
    let abs = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        cwd.join(dir)
    };
    std::fs::canonicalize(&abs).unwrap_or(abs)
}

fn scan_stdin(
    args: &CheckArgs,
    rules: &RuleSet,
) -> Result<(Vec<Finding>, Vec<FileProblem>, usize), Fatal> {
    let grammar = stdin_grammar(args)?;
    let name = args.stdin_filename.as_deref().unwrap_or(Path::new("-"));
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(args.max_file_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Fatal(format!("cannot read standard input: {e}")))?;
    let display = walk::display_path(name, Path::new(""));
    if bytes.len() as u64 > args.max_file_size {
        let p = FileProblem {
            path: display,
            kind: ProblemKind::TooLarge,
            message: format!(
                "skipped: standard input is over --max-file-size ({} bytes)",
                args.max_file_size
            ),
        };
        return Ok((Vec::new(), vec![p], 0));
    }
    match walk::decode(bytes) {
        Ok(text) => {
            let (findings, notice) = engine::scan_alone(&display, &text, grammar, rules);
            Ok((findings, notice.into_iter().collect(), 1))
        }
        Err((kind, message)) => Ok((
            Vec::new(),
            vec![FileProblem {
                path: display,
                kind,
                message,
            }],
            0,
        )),
    }
}

/// Writes to a temporary file beside `path`, then renames it over `path`: readers never see
/// half a report, and a failed run leaves the previous report intact.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Fatal> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Fatal(format!("cannot write {}: {e}", path.display())));
    }
    Ok(())
}

/// `1048576`, `512K`, `512KiB`, `1M`, `1MiB` (K and M are binary, as for file sizes).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a size (e.g. 1048576, 512K, 1MiB)"))?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        "g" | "gb" | "gib" => 1024 * 1024 * 1024,
        _ => return Err(format!("unknown size unit in `{s}` (use K, KiB, M or MiB)")),
    };
    n.checked_mul(factor)
        .ok_or_else(|| format!("`{s}` is too large"))
}

fn list_rules(args: &RulesArgs) -> Result<u8, Fatal> {
    let config = load_config(&args.selection, &[])?;
    // Listing needs no compiled query.
    let rules = load_rules(&args.selection, &config, Some(&[]))?;
    let mut out = String::new();
    match args.format {
        ListFormat::Markdown => out = crate::rule_docs::markdown(&rules),
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = rules
                .rules()
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id,
                        "category": r.category,
                        "severity": r.severity,
                        "confidence": r.confidence,
                        "cwe": r.cwe,
                        "languages": r.langs().iter().map(|l| l.key()).collect::<Vec<_>>(),
                        "summary": r.summary(),
                    })
                })
                .collect();
            out = serde_json::to_string_pretty(&list).map_err(Fatal::new)?;
            out.push('\n');
        }
        ListFormat::Text => {
            let width = rules
                .rules()
                .iter()
                .map(|r| r.id.len())
                .max()
                .unwrap_or(2)
                .max(2);
            out.push_str(&format!(
                "{:width$}  {:16}  {:8}  {:10}  LANGUAGES\n",
                "ID", "CATEGORY", "SEVERITY", "CONFIDENCE"
            ));
            for r in rules.rules() {
                let langs: Vec<&str> = r.langs().iter().map(|l| l.key()).collect();
                out.push_str(&format!(
                    "{:width$}  {:16}  {:8}  {:10}  {}\n",
                    r.id,
                    r.category.name(),
                    r.severity.name(),
                    r.confidence.name(),
                    langs.join(",")
                ));
            }
        }
    }
    print!("{out}");
    Ok(EXIT_CLEAN)
}

fn explain(args: &ExplainArgs) -> Result<u8, Fatal> {
    let rules = RuleSet::load_for(&args.rules, true, Some(&[])).map_err(Fatal::new)?;
    let Some(rule) = rules.get(&args.id) else {
        let hint = crate::suggest::closest(&args.id, rules.rules().iter().map(|r| r.id.as_str()))
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        return Err(Fatal(format!(
            "unknown rule `{}`{hint}; `sessionlint rules` lists them",
            args.id
        )));
    };
    let langs: Vec<&str> = rule.langs().iter().map(|l| l.key()).collect();
    let cwe: Vec<String> = rule.cwe.iter().map(|c| format!("CWE-{c}")).collect();
    let mut out = format!(
        "{}\n\ncategory: {}   severity: {}   confidence: {}   cwe: {}\nlanguages: {}\n\n{}\n",
        rule.id,
        rule.category,
        rule.severity,
        rule.confidence,
        if cwe.is_empty() {
            "-".to_string()
        } else {
            cwe.join(", ")
        },
        langs.join(", "),
        rule.docs
    );
    for ex in &rule.examples {
        out.push_str(&format!(
            "\nExample ({}):\n  flagged:\n{}\n  fine:\n{}\n",
            ex.lang,
            indent(&ex.bad),
            indent(&ex.good)
        ));
    }
    print!("{out}");
    Ok(EXIT_CLEAN)
}

fn indent(code: &str) -> String {
    code.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn test(args: &TestArgs) -> Result<u8, Fatal> {
    let rules = RuleSet::load(&args.rules, args.rules.is_empty()).map_err(Fatal::new)?;
    if !args.corpus.is_dir() {
        return Err(Fatal(format!(
            "corpus folder `{}` not found; pass --corpus DIR (it holds <rule id>/ fixture folders)",
            args.corpus.display()
        )));
    }
    let report = corpus::run(&rules, &args.corpus);
    print!("{}", report.render());
    Ok(if report.passed() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    })
}

fn tree(args: &TreeArgs) -> Result<u8, Fatal> {
    let Some(grammar) = Grammar::from_path_explicit(&args.file) else {
        return Err(Fatal(format!(
            "`{}` is not a file of a supported language",
            args.file.display()
        )));
    };
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", args.file.display())))?;
    let text =
        walk::decode(bytes).map_err(|(_, m)| Fatal(format!("{}: {m}", args.file.display())))?;
    let tree = crate::parse::parse(grammar, &text)
        .map_err(|r| Fatal(format!("{}: {}", args.file.display(), r.0)))?;
    if !args.entries {
        println!("{}", pretty_sexp(&tree.root_node(), &text));
        return Ok(EXIT_CLEAN);
    }
    if !grammar.lang().is_config() {
        return Err(Fatal(format!(
            "--entries is for configuration files; `{}` is {}",
            args.file.display(),
            grammar.lang()
        )));
    }
    let index = crate::finding::LineIndex::new(&text);
    for e in crate::entries::entries(grammar.lang(), &text, tree.root_node()) {
        let at = index.position(e.value_range.0);
        let doc = if e.document > 0 {
            format!("  (document {})", e.document + 1)
        } else {
            String::new()
        };
        println!(
            "{}:{}  {}  [{}]  = {:?}{doc}",
            at.line,
            at.column,
            e.display_key(),
            e.canonical_key(),
            e.value
        );
    }
    Ok(EXIT_CLEAN)
}

/// The tree one node per line, with field names and the text of leaves.
fn pretty_sexp(root: &tree_sitter::Node<'_>, text: &str) -> String {
    let mut out = String::new();
    let mut cursor = root.walk();
    let mut depth = 0usize;
    loop {
        let node = cursor.node();
        if node.is_named() {
            let field = cursor
                .field_name()
                .map(|f| format!("{f}: "))
                .unwrap_or_default();
            let leaf = if node.named_child_count() == 0 {
                format!(" {:?}", &text[node.byte_range()])
            } else {
                String::new()
            };
            out.push_str(&format!(
                "{}{field}({}){leaf}  [{}:{}]\n",
                "  ".repeat(depth),
                node.kind(),
                node.start_position().row + 1,
                node.start_position().column + 1
            ));
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return out;
            }
            depth -= 1;
        }
    }
}
