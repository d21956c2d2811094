//! The open documents as the client has them: text kept in step by incremental edits.

use super::convert::Positions;
use factlint_core::render::Unit;
use lsp_types::{TextDocumentContentChangeEvent, Url};
use std::path::PathBuf;

pub struct Document {
    /// Where the story is, for finding its config and naming it in errors.
    pub path: PathBuf,
    pub version: i32,
    pub text: String,
}

impl Document {
    pub fn new(uri: &Url, version: i32, text: String) -> Document {
        Document {
            path: path_of(uri),
            version,
            text,
        }
    }

    /// Applies the client's changes in order: each range is in the text as the changes before
    /// it left it, in `unit`s.
    pub fn apply(&mut self, version: i32, changes: Vec<TextDocumentContentChangeEvent>, unit: Unit) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = Positions::new(&self.text, unit).span(&range);
                    self.text.replace_range(span, &change.text);
                }
                None => self.text = change.text,
            }
        }
        self.version = version;
    }
}

/// A file URI's path; any other (an unsaved buffer) is taken as a file of that name in the
/// server's folder, so the workspace's config still applies.
fn path_of(uri: &Url) -> PathBuf {
    uri.to_file_path().unwrap_or_else(|_| {
        let name = uri.path().rsplit('/').next().unwrap_or_default();
        PathBuf::from(if name.is_empty() { "untitled" } else { name })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn edit(start: (u32, u32), end: (u32, u32), text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(start.0, start.1), Position::new(end.0, end.1))),
            range_length: None,
            text: text.to_string(),
        }
    }

    fn document(text: &str) -> Document {
        Document::new(&Url::parse("file:///desk/story.txt").unwrap(), 1, text.to_string())
    }

    #[test]
    fn edits_after_accents_and_emoji_count_utf16_units() {
        let mut doc = document("é😀 Israeli of Affairs\nnext line\n");
        // "é" is one unit and "😀" two, so "of" starts at column 12
        doc.apply(2, vec![edit((0, 12), (0, 12), "Minister ")], Unit::Utf16);
        assert_eq!(doc.text, "é😀 Israeli Minister of Affairs\nnext line\n");
        assert_eq!(doc.version, 2);
        // the same place in UTF-8 bytes is column 15
        let mut doc = document("é😀 Israeli of Affairs\n");
        doc.apply(2, vec![edit((0, 15), (0, 15), "Minister ")], Unit::Byte);
        assert_eq!(doc.text, "é😀 Israeli Minister of Affairs\n");
    }

    #[test]
    fn changes_apply_in_order_across_lines() {
        let mut doc = document("one\ntwo\nthree\n");
        doc.apply(
            5,
            vec![
                // join lines one and two, then edit what is now line 1 ("three")
                edit((0, 3), (1, 0), " "),
                edit((1, 0), (1, 5), "3"),
                // a position past the line's end is the line's end; past the text, its end
                edit((0, 99), (0, 99), "!"),
                edit((9, 0), (9, 0), "end"),
            ],
            Unit::Utf16,
        );
        assert_eq!(doc.text, "one two!\n3\nend");
    }

    #[test]
    fn a_change_without_range_replaces_everything() {
        let mut doc = document("old");
        doc.apply(
            3,
            vec![TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "new".into(),
            }],
            Unit::Utf16,
        );
        assert_eq!(doc.text, "new");
    }

    proptest::proptest! {
        /// An edit between two positions the server itself gave (for any character boundaries,
        /// in any encoding) replaces exactly the text between them.
        #[test]
        fn edits_at_positions_replace_what_lies_between(
            text in "(a|é|😀|\\n|\\r\\n| ){0,40}",
            cuts in proptest::collection::vec(0usize..200, 2),
            insert in "(b|ß|🎉|\\n){0,4}",
            unit_pick in 0usize..3,
        ) {
            let unit = [Unit::Byte, Unit::Char, Unit::Utf16][unit_pick];
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k) && !text[..k].ends_with('\r'))
                .collect();
            let (a, b) = (boundaries[cuts[0] % boundaries.len()], boundaries[cuts[1] % boundaries.len()]);
            let (start, end) = (a.min(b), a.max(b));
            let positions = Positions::new(&text, unit);
            let change = TextDocumentContentChangeEvent {
                range: Some(Range::new(positions.position(start), positions.position(end))),
                range_length: None,
                text: insert.clone(),
            };
            let mut doc = document(&text);
            doc.apply(2, vec![change], unit);
            proptest::prop_assert_eq!(doc.text, format!("{}{insert}{}", &text[..start], &text[end..]));
        }
    }

    #[test]
    fn paths_of_files_and_unsaved_buffers() {
        assert_eq!(document("").path, PathBuf::from("/desk/story.txt"));
        let untitled = Url::parse("untitled:Untitled-1").unwrap();
        assert_eq!(path_of(&untitled), PathBuf::from("Untitled-1"));
    }
}
