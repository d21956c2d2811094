//! Byte offsets to lines and columns (in characters, bytes or UTF-16 units) and back: the one
//! source map of the renderers, input errors, suppressions, the baseline and the language server.

use std::ops::Range;

/// 1-based line and column (in characters) of a byte offset. For many offsets into one text,
/// build a [`LineIndex`] once instead.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

/// The byte offset of a 1-based line and column (in `unit`s), as a parser reports where an
/// error is (serde_json counts bytes, YAML characters); `None` for a line the text does not
/// have. A column past its line's end is the line's end.
pub(crate) fn offset_of(text: &str, line: usize, column: usize, unit: Unit) -> Option<usize> {
    let lines = LineIndex::new(text);
    let line = line.checked_sub(1).filter(|&l| l < lines.line_count())?;
    Some(lines.offset(line, column.saturating_sub(1), unit))
}

/// What a column counts: characters (the CLI's columns), bytes or UTF-16 code units (the
/// language server's positions, as the client negotiates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Bytes of UTF-8.
    Byte,
    /// Characters (Unicode scalar values).
    Char,
    /// UTF-16 code units, as JavaScript and most language clients count.
    Utf16,
}

impl Unit {
    fn width(self, c: char) -> usize {
        match self {
            Unit::Byte => c.len_utf8(),
            Unit::Char => 1,
            Unit::Utf16 => c.len_utf16(),
        }
    }
}

/// Line starts of a text and character counts every KiB, so each position costs a binary
/// search and at most a KiB of counting: a story with thousands of findings on one long line
/// stays linear.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it, UTF-16 units before it), every
    /// KiB or so.
    checkpoints: Vec<(usize, usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 1024;

impl<'a> LineIndex<'a> {
    /// The index of `text`, built in one pass.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = line_starts(text);
        let mut checkpoints = vec![(0, 0, 0)];
        let (mut at, mut chars, mut utf16) = (0, 0, 0);
        while at + CHECKPOINT_EVERY < text.len() {
            let next = crate::error::floor_char_boundary(text, at + CHECKPOINT_EVERY);
            let (c, u) = counts(&text[at..next]);
            (chars, utf16, at) = (chars + c, utf16 + u, next);
            checkpoints.push((at, chars, utf16));
        }
        LineIndex {
            text,
            starts,
            checkpoints,
        }
    }

    /// How many lines the text has (an empty text, or one ending in a line break, has an
    /// empty last line).
    pub(crate) fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line a byte offset is on.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// The bytes of a 0-based line, without its line break; `None` past the last line.
    pub fn line_span(&self, line: usize) -> Option<Range<usize>> {
        let start = *self.starts.get(line)?;
        let end = match self.starts.get(line + 1) {
            Some(&next) if self.text[..next].ends_with("\r\n") => next - 2,
            Some(&next) => next - 1,
            None => self.text.len(),
        };
        Some(start..end)
    }

    /// Units before byte `offset` (a char boundary).
    fn units_before(&self, offset: usize, unit: Unit) -> usize {
        if unit == Unit::Byte {
            return offset;
        }
        let k = self.checkpoints.partition_point(|&(b, _, _)| b <= offset) - 1;
        let (byte, chars, utf16) = self.checkpoints[k];
        let (c, u) = counts(&self.text[byte..offset]);
        if unit == Unit::Char {
            chars + c
        } else {
            utf16 + u
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let (line, column) = self.position(offset, Unit::Char);
        (line + 1, column + 1)
    }

    /// 0-based line and column (in `unit`s) of a byte offset, rounded down to a char boundary
    /// (an offset inside a byte-order mark is the first column).
    pub fn position(&self, offset: usize, unit: Unit) -> (usize, usize) {
        let offset = crate::error::floor_char_boundary(self.text, offset).max(self.starts[0]);
        let line = self.line_of(offset);
        let column = self.units_before(offset, unit) - self.units_before(self.starts[line], unit);
        (line, column)
    }

    /// The byte offset of a 0-based line and column in `unit`s, read as LSP reads positions: a
    /// column past its line's end is the line's end, a line past the text is the text's end, and
    /// a column inside a character (half a surrogate pair) is that character's start.
    pub fn offset(&self, line: usize, column: usize, unit: Unit) -> usize {
        let Some(span) = self.line_span(line) else {
            return self.text.len();
        };
        let mut units = 0;
        for (k, c) in self.text[span.clone()].char_indices() {
            units += unit.width(c);
            if units > column {
                return span.start + k;
            }
        }
        span.end
    }
}

/// Where each line starts. A line ends at `\n`, `\r\n` or a lone `\r` (as LSP counts lines,
/// and as old Mac files end them); a byte-order mark is not part of the first line, so it is
/// never counted as a column.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let first = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let breaks = bytes
        .iter()
        .enumerate()
        .filter(|&(k, &b)| b == b'\n' || (b == b'\r' && bytes.get(k + 1) != Some(&b'\n')));
    std::iter::once(first).chain(breaks.map(|(k, _)| k + 1)).collect()
}

/// Characters and UTF-16 units in `text`: a character takes two UTF-16 units exactly when its
/// UTF-8 form has four bytes, whose first byte is 0xF0 or above.
fn counts(text: &str) -> (usize, usize) {
    let chars = text.chars().count();
    (chars, chars + text.bytes().filter(|&b| b >= 0xF0).count())
}
