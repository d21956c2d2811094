//! factlint's checker: a news story against a desk's reference facts.
//!
//! The pipeline reads top to bottom: [`facts`] (load facts with spans) -> [`story`] (load a
//! story, blank what is not prose) -> `text` (tokens, sentences) -> `extract` (mentions of
//! people, numbers, dates) -> `tie` (mention to fact by cue words) -> `compare` (findings)
//! -> [`render`] (human, short, json, sarif, github). [`check`] runs the middle of it for one
//! story; [`check::findings_for`] gives its findings as a user sees them (suppressions and
//! the config's severities applied).

// the public API is documented, and every type it exposes can be named (a stage's type
// reachable through a public field or signature is an error of the API): the build says
// what is not. `internals` (benches and examples only) exposes stages' undocumented types by
// design, so the two hold for the API as front ends build it, without the feature.
#![cfg_attr(not(feature = "internals"), warn(missing_docs, unnameable_types))]

pub mod baseline;
mod casing;
pub mod check;
pub mod codes;
mod compare;
pub mod config;
pub mod error;
mod extract;
pub mod facts;
pub mod facts_check;
pub mod finding;
pub mod fix;
mod flat;
pub mod import;
pub mod lazy_list;
pub mod learn;
mod lexicon;
pub use lexicon::Lexicon;
mod number;
mod quantity;
pub mod render;
mod rule_files;
pub mod source_map;
pub mod story;
mod suppress;
mod text;
mod tie;

/// The checker's inner stages, for this repository's per-stage benchmarks (`benches/`) and its
/// quote sweep (`examples/quote_sweep.rs`): not part of the API, and there only with the
/// `internals` feature, which no front end enables.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    pub use crate::extract::dates::extract_dates;
    pub use crate::extract::numbers::extract_numbers;
    pub use crate::extract::people::NameIndex;
    pub use crate::extract::quotes::{extract_quotes, Attribution};
    pub use crate::text::Doc;

    /// The tokens, sentences and paragraphs of a story's checked text.
    pub fn doc(story: &crate::story::Story) -> Doc<'_> {
        story.doc()
    }
}
