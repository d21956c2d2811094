//! Renderers: each turns the findings of checked stories into one output format.

mod human;
mod json;
mod short;

use crate::config::Config;
use crate::facts::Facts;
use crate::finding::Finding;
use crate::story::Story;
use std::io::{self, Write};
use std::sync::Arc;

pub use human::{render_error, render_human};
pub use json::render_json;
pub use short::render_short;

/// The findings of one story, with what is needed to show them.
pub struct Report {
    pub story: Story,
    /// The facts the story was checked against (shared between stories).
    pub facts: Arc<Facts>,
    pub findings: Vec<Finding>,
    /// The config that governed the story (for re-checking after a fix).
    pub config: Arc<Config>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Short,
    Json,
}

pub fn render(reports: &[Report], format: Format, color: bool, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => render_human(reports, color, out),
        Format::Short => render_short(reports, out),
        Format::Json => render_json(reports, out),
    }
}

/// 1-based line and column (in characters) of a byte offset. For many offsets into one text,
/// build a [`LineIndex`] once instead.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

/// Line starts of a text and character counts every KiB, so each position costs a binary
/// search and at most a KiB of counting: a story with thousands of findings on one long line
/// stays linear.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it), every KiB or so.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 1024;

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(k, _)| k + 1));
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while at + CHECKPOINT_EVERY < text.len() {
            let next = crate::error::floor_char_boundary(text, at + CHECKPOINT_EVERY);
            chars += text[at..next].chars().count();
            at = next;
            checkpoints.push((at, chars));
        }
        LineIndex {
            text,
            starts,
            checkpoints,
        }
    }

    /// Characters before byte `offset` (a char boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (byte, chars) = self.checkpoints[k];
        chars + self.text[byte..offset].chars().count()
    }

    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = crate::error::floor_char_boundary(self.text, offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.chars_before(offset) - self.chars_before(self.starts[line]);
        (line + 1, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_across_checkpoints() {
        let text = format!("é\n{}é→x", "a".repeat(3000));
        let x = text.find('x').unwrap();
        assert_eq!(LineIndex::new(&text).line_column(x), (2, 3003));
        assert_eq!(line_column(&text, 0), (1, 1));
        assert_eq!(line_column(&text, text.len()), (2, 3004));
    }
}
