//! Embeds every file of `rules/` as bytes for the facts cache's key (`src/cache.rs`): a cached
//! copy of facts read with other rules must not be used, and a rules file added later must count
//! without anyone remembering to list it.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo")).join("rules");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("rules/ is part of the crate")
        .map(|entry| entry.expect("rules/ is readable").path())
        .collect();
    files.sort();
    let mut out = String::from("/// Every file of `rules/`, in name order.\npub const RULES_FILES: &[&[u8]] = &[\n");
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        writeln!(out, "    include_bytes!({:?}),", file.display().to_string()).expect("a String takes any write");
    }
    out.push_str("];\n");
    let out_file = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("rules_files.rs");
    std::fs::write(out_file, out).expect("OUT_DIR is writable");
}
