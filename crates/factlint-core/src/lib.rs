//! factlint's checker: a news story against a desk's reference facts.
//!
//! The pipeline reads top to bottom: [`facts`] (load facts with spans) -> [`story`] (load a
//! story, blank what is not prose) -> [`text`] (tokens, sentences) -> [`extract`] (mentions of
//! people, numbers, dates) -> [`tie`] (mention to fact by cue words) -> [`compare`] (findings)
//! -> [`render`] (human, short, json). [`check`] runs the middle of it for one story.

pub mod baseline;
pub mod check;
pub mod codes;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
pub mod facts;
pub mod facts_check;
pub mod finding;
pub mod fix;
pub mod import;
pub mod learn;
pub mod lexicon;
pub mod number;
pub mod quantity;
pub mod render;
pub mod source_map;
pub mod story;
pub mod suppress;
pub mod text;
pub mod tie;
