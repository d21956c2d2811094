//! Extractors: each reads a story's tokens and returns mentions, knowing nothing of the facts
//! beyond the names to look for.

pub mod dates;
pub mod honorifics;
pub mod numbers;
pub mod organisations;
pub mod people;
pub mod quotes;
