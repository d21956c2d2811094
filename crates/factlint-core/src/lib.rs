//! factlint's checker: a news story against a desk's reference facts.
//!
//! The pipeline reads top to bottom: [`facts`] (load facts with spans) -> [`story`] (load a
//! story, blank what is not prose) -> `text` (tokens, sentences) -> `extract` (mentions of
//! people, numbers, dates) -> `tie` (mention to fact by cue words) -> `compare` (findings)
//! -> [`render`] (human, short, json, sarif, github). [`check`] runs the middle of it for one
//! story; [`check::findings_for`] gives its findings as a user sees them (suppressions and
//! the config's severities applied).

// the public API is documented; the build says what is not
#![warn(missing_docs)]

pub mod baseline;
mod casing;
pub mod check;
pub mod codes;
mod compare;
pub mod config;
pub mod error;
// `extract` and `text` are stages of the checker, public only for benches/ (hidden in docs)
#[doc(hidden)]
pub mod extract;
pub mod facts;
pub mod facts_check;
pub mod finding;
pub mod fix;
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
#[doc(hidden)]
pub mod text;
mod tie;
