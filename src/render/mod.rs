//! Renderers: each turns the findings of checked stories into one output format.

mod human;
mod json;
mod short;

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

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = crate::error::floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    (line, text[line_start..offset].chars().count() + 1)
}
