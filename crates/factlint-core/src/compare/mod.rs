//! Comparing mentions tied to facts, one module per kind of fact. Each returns findings.

pub mod dates;
pub mod figures;
pub mod honorifics;
pub mod posts;
pub mod quotes;
pub mod titles;
