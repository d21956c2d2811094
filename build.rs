//! Embeds what the facts cache's key (`src/cache.rs`) must follow besides the facts: every
//! file of `rules/` as bytes (a rules file added later counts without anyone listing it) and
//! a hash of the code the binary is built from (`src/build_id.rs`), so that a rebuilt binary
//! with other code never reads an entry an older one wrote.

#[path = "src/build_id.rs"]
mod build_id;

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = root.join("rules");
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
    for watched in build_id::CODE_DIRS.iter().chain(&[
        "Cargo.lock",
        "Cargo.toml",
        "build.rs",
        "crates/factlint-core/Cargo.toml",
    ]) {
        // a folder is watched whole, every file below it
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }
    writeln!(
        out,
        "/// The hash of the code this binary is built from (`build_id::code_hash`).\npub const CODE_HASH: u128 = {:#x};",
        build_id::code_hash(&root)
    )
    .expect("a String takes any write");
    let out_file = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("rules_files.rs");
    std::fs::write(out_file, out).expect("OUT_DIR is writable");
}
