//! Helpers shared by the end-to-end test crates.

use std::path::{Path, PathBuf};

/// Writes `contents` to `root/rel`, creating the parent directories.
pub fn write(root: &Path, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create parent dirs");
    }
    std::fs::write(&path, contents).expect("write file");
    path
}
