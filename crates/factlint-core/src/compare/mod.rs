//! Comparing mentions tied to facts, one module per kind of fact. Each returns findings.

pub mod dates;
pub mod figures;
pub mod honorifics;
pub mod posts;
pub mod quotes;
pub mod titles;

/// The words a diff says to drop, in the notation of every finding's diff: "[-never-]".
pub(crate) fn dropped<S: std::borrow::Borrow<str>>(words: &[S]) -> String {
    format!("[-{}-]", words.join(" "))
}

/// The words a diff says to write instead, in the same notation: "[+not+]".
pub(crate) fn added<S: std::borrow::Borrow<str>>(words: &[S]) -> String {
    format!("[+{}+]", words.join(" "))
}
