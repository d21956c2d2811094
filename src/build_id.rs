//! The code a binary is built from, as one hash: part of the facts cache's key, so that a
//! binary built from other code (not only another version) never reads an entry written by
//! this one. `build.rs` computes it; a test computes it again from the files on disk.

use std::path::{Path, PathBuf};

/// The files besides `rules/` whose bytes decide what a cache entry holds and means: the
/// checker's and the command line's sources, the build scripts, manifests and the lock file.
/// Paths relative to the workspace `root`, in name order.
pub fn code_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = [
        "Cargo.lock",
        "Cargo.toml",
        "build.rs",
        "crates/factlint-core/Cargo.toml",
    ]
    .map(PathBuf::from)
    .to_vec();
    for dir in CODE_DIRS {
        rust_files(root, Path::new(dir), &mut files);
    }
    files.sort();
    files
}

/// The folders of Rust sources [`code_files`] takes every `.rs` file of.
pub const CODE_DIRS: [&str; 2] = ["src", "crates/factlint-core"];

fn rust_files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let relative = dir.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            rust_files(root, &relative, out);
        } else if relative.extension().is_some_and(|x| x == "rs") {
            out.push(relative);
        }
    }
}

/// A 128-bit hash of every [`code_files`] file's path and bytes (a missing file counts as
/// empty), each part preceded by its length.
pub fn code_hash(root: &Path) -> u128 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for file in code_files(root) {
        let bytes = std::fs::read(root.join(&file)).unwrap_or_default();
        for part in [file.to_string_lossy().as_bytes(), &bytes] {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    hasher.digest128()
}
