//! Every number the checker reads in the corpus, one line each, to compare two builds' readings
//! of clean copy: a reading that appears or changes between them is read in its story.
//!
//!     cargo run --release --example number_sweep -- [CORPUS_DIR] > readings.txt
//!
//! Each line is `path:line: words => quantity`, and the last lines count the readings by kind.
//! `diff` the output of two builds to see what a change to the number reader reads anew.

use factlint::story::Story;
use factlint_core::internals::{doc, extract_numbers};
use std::collections::BTreeMap;
#[path = "support/corpus.rs"]
mod corpus;
use corpus::story_files;
use std::path::PathBuf;

fn main() {
    let corpus = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus".into()));
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    for path in story_files(&corpus) {
        let Some(story) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| Story::from_text(&path, text).ok())
        else {
            continue;
        };
        let doc = doc(&story);
        for m in extract_numbers(&doc) {
            let line = doc.text[..doc.start_of(&doc.tokens[m.tokens.start])]
                .matches('\n')
                .count()
                + 1;
            let q = &m.quantity;
            let kind = format!("{:?}", q.kind);
            let rate = q.per.as_ref().map(|p| format!(" per {p:?}")).unwrap_or_default();
            println!(
                "{}:{line}: {} => {kind} {}..{} e{} x{}{rate}",
                path.strip_prefix(&corpus).unwrap_or(&path).display(),
                doc.words(m.tokens.clone()),
                q.low,
                q.high,
                q.exponent,
                q.factor
            );
            *by_kind.entry(kind).or_default() += 1;
        }
    }
    for (kind, n) in by_kind {
        println!("== {n} {kind}");
    }
}
