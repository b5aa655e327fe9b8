//! Embeds the rule packs (`rules/**/*.toml`) and the role queries (`grammars/**/*.scm`) in the
//! binary: the directories are the registry, so adding a rule needs no Rust.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut code = String::new();
    for (name, dir, ext) in [
        ("RULE_FILES", "rules", "toml"),
        ("ROLE_FILES", "grammars", "scm"),
    ] {
        println!("cargo:rerun-if-changed={dir}");
        let base = root.join(dir);
        let mut files = Vec::new();
        collect(&base, ext, &mut files);
        files.sort();
        writeln!(code, "pub static {name}: &[(&str, &str)] = &[").expect("write to a String");
        for file in files {
            let rel = file
                .strip_prefix(&base)
                .expect("collected under base")
                .to_string_lossy()
                .replace('\\', "/");
            writeln!(
                code,
                "    ({rel:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .expect("write to a String");
        }
        writeln!(code, "];").expect("write to a String");
    }
    std::fs::write(out.join("embedded.rs"), code).expect("write embedded.rs");
}

fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, ext, out);
        } else if path.extension().and_then(|e| e.to_str()) == Some(ext) {
            out.push(path);
        }
    }
}
