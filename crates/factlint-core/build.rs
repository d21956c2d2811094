//! Parses the built-in lexicons of `rules/` into postcard bytes in OUT_DIR, which `lexicon`
//! embeds and decodes: a run then decodes its rules instead of parsing their YAML. A file that
//! does not parse fails the build, with serde's message.

#[allow(dead_code)]
#[path = "src/rule_files.rs"]
mod rule_files;

use rule_files::*;
use serde::{de::DeserializeOwned, Serialize};
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let rules = manifest.join("../../rules");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=src/rule_files.rs");
    compile::<QualifierFile>(&rules, &out, "qualifiers");
    compile::<NumberFile>(&rules, &out, "numbers");
    compile::<DateFile>(&rules, &out, "dates");
    compile::<UnitFile>(&rules, &out, "units");
    compile::<TitleFile>(&rules, &out, "titles");
    compile::<NameFile>(&rules, &out, "names");
    compile::<HonorificFile>(&rules, &out, "honorifics");
    compile::<QuoteFile>(&rules, &out, "quotes");
}

/// `rules/NAME.yaml` read as `T`, written as `NAME.postcard`.
fn compile<T: DeserializeOwned + Serialize>(rules: &Path, out: &Path, name: &str) {
    let path = rules.join(format!("{name}.yaml"));
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file: T = serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let bytes = postcard::to_stdvec(&file).expect("postcard writes any rules file");
    std::fs::write(out.join(format!("{name}.postcard")), bytes).expect("OUT_DIR is writable");
}
