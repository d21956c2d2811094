//! Honorifics written right before a name: "Dr. Jane Doe", "Professor Sir John Smith", "the
//! Rev Jesse Jackson". Read backwards from the name over the words of `rules/honorifics.yaml`.

use crate::lexicon::canonical_honorific;
use crate::text::Doc;
use std::ops::Range;

#[derive(Clone, Debug, Default)]
pub struct WrittenHonorifics {
    /// The tokens, their full stops included; empty when none is written.
    pub tokens: Range<usize>,
    /// Each one's canonical honorific ("doctor" -> "dr").
    pub canonical: Vec<String>,
}

/// The honorifics written right before token `name_start`.
pub fn honorifics_before(doc: &Doc, name_start: usize) -> WrittenHonorifics {
    let mut start = name_start;
    let mut canonical = Vec::new();
    loop {
        // "Dr." is the word and a full stop glued to it
        let dot = start > 0 && doc.tokens[start - 1].text() == "." && doc.tokens[start - 1].glued;
        let word = start.checked_sub(1 + usize::from(dot));
        let Some(honorific) = word
            .filter(|&k| doc.tokens[k].is_capitalized())
            .and_then(|k| canonical_honorific(doc.tokens[k].text()))
        else {
            break;
        };
        canonical.push(honorific);
        start = word.unwrap_or(0);
    }
    canonical.reverse();
    WrittenHonorifics {
        tokens: start..name_start,
        canonical,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, name_at: &str) -> (String, Vec<String>) {
        let doc = Doc::new(text);
        let at = doc.tokens.iter().position(|t| t.text() == name_at).unwrap();
        let found = honorifics_before(&doc, at);
        (doc.words(found.tokens), found.canonical)
    }

    #[test]
    fn reads_honorifics_back_from_the_name() {
        assert_eq!(
            read("said Dr. Jane Doe", "Jane"),
            ("Dr.".into(), vec!["dr".to_string()])
        );
        assert_eq!(
            read("Professor Sir John Smith said", "John"),
            ("Professor Sir".into(), vec!["professor".to_string(), "sir".to_string()])
        );
        assert_eq!(read("said Mr Smith", "Smith").1, Vec::<String>::new());
        assert_eq!(
            read("the doctor John Smith", "John").1,
            Vec::<String>::new(),
            "lower case is a noun"
        );
    }
}
