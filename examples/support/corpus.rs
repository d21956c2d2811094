//! What the corpus examples share: the corpus's stories, in order.

use std::path::{Path, PathBuf};

/// Every story (`.txt` but the corpus's READMEs) under `dir`, sorted; none when it cannot be
/// read (the examples say so and skip).
pub fn story_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(story_files(&path));
        } else if path.extension().is_some_and(|e| e == "txt") && !path.ends_with("README.txt") {
            out.push(path);
        }
    }
    out.sort();
    out
}
