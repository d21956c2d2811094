//! What the human format shows of a file: the lines a diagnostic points at and their
//! neighbours, each line wider than [`MAX_WIDTH`] columns cut to windows around its labels,
//! with "…" where text is left out (wire and web copy put a 600-character paragraph on one
//! line). Line and column numbers stay the file's. codespan-reporting draws the shown text and
//! aligns carets under wide characters and tabs itself; this only chooses what to show.

use super::LineIndex;
use codespan_reporting::files::{Error, Files, Location};
use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// The widest line shown whole, in terminal columns: with the line-number gutter and the
/// ellipses, a caret stays inside 120 columns.
pub(super) const MAX_WIDTH: usize = 100;

const ELLIPSIS: &str = "…";

/// codespan-reporting's tab stop; a tab takes at most this many columns.
const TAB_WIDTH: usize = 4;

fn columns(c: char) -> usize {
    match c {
        '\t' => TAB_WIDTH,
        c => c.width().unwrap_or(0),
    }
}

fn width(text: &str) -> usize {
    text.chars().map(columns).sum()
}

/// Whether a line fits whole; looks at no more than [`MAX_WIDTH`] characters of it.
fn fits(line: &str) -> bool {
    let mut total = 0;
    line.chars().all(|c| {
        total += columns(c);
        total <= MAX_WIDTH
    })
}

/// One file as shown: its shown lines (rows), each with where its pieces come from.
pub(super) struct Shown<'a> {
    name: String,
    lines: &'a LineIndex<'a>,
    text: String,
    rows: Vec<Row>,
}

struct Row {
    /// 0-based line in the file.
    line: usize,
    /// Where the row is in the shown text, without its line break.
    shown: Range<usize>,
    pieces: Vec<Piece>,
}

/// `len` bytes of the file at `original` shown at `shown`.
#[derive(Clone, Copy, Debug)]
struct Piece {
    original: usize,
    shown: usize,
    len: usize,
}

impl<'a> Shown<'a> {
    /// The lines of `text` that `spans` touch and those next to them (codespan-reporting
    /// shows the one line between two labels rather than a break).
    pub(super) fn new(name: String, text: &'a str, lines: &'a LineIndex<'a>, spans: &[Range<usize>]) -> Shown<'a> {
        let last = lines.line_count() - 1;
        let mut wanted: Vec<usize> = spans
            .iter()
            .flat_map(|s| lines.line_of(s.start).saturating_sub(1)..=(lines.line_of(s.end) + 1).min(last))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut shown = Shown {
            name,
            lines,
            text: String::new(),
            rows: Vec::with_capacity(wanted.len()),
        };
        for line in wanted {
            let bounds = lines.line_span(line).unwrap_or(text.len()..text.len());
            let anchors: Vec<Range<usize>> = spans
                .iter()
                .filter(|s| s.start <= bounds.end && s.end >= bounds.start)
                .map(|s| s.start.max(bounds.start) - bounds.start..s.end.min(bounds.end) - bounds.start)
                .collect();
            shown.push_row(line, bounds.start, &text[bounds], &anchors);
        }
        shown
    }

    fn push_row(&mut self, line: usize, start: usize, content: &str, anchors: &[Range<usize>]) {
        let row_start = self.text.len();
        let mut pieces = Vec::new();
        let windows = windows(content, anchors);
        for (k, window) in windows.iter().enumerate() {
            if k > 0 || window.start > 0 {
                self.text.push_str(ELLIPSIS);
            }
            pieces.push(Piece {
                original: start + window.start,
                shown: self.text.len(),
                len: window.len(),
            });
            self.text.push_str(&content[window.clone()]);
        }
        if windows.last().is_some_and(|w| w.end < content.len()) {
            self.text.push_str(ELLIPSIS);
        }
        self.rows.push(Row {
            line,
            shown: row_start..self.text.len(),
            pieces,
        });
        self.text.push('\n');
    }

    /// Where a byte range of the file is in the shown text.
    pub(super) fn map(&self, span: &Range<usize>) -> Range<usize> {
        let start = self.to_shown(span.start);
        start..self.to_shown(span.end).max(start)
    }

    /// A file offset in the shown text; an offset left out is the start of what follows it.
    fn to_shown(&self, offset: usize) -> usize {
        let line = self.lines.line_of(offset);
        let Ok(k) = self.rows.binary_search_by_key(&line, |r| r.line) else {
            return 0;
        };
        let row = &self.rows[k];
        for piece in &row.pieces {
            if offset < piece.original {
                return piece.shown;
            }
            if offset <= piece.original + piece.len {
                return piece.shown + (offset - piece.original);
            }
        }
        row.shown.end
    }

    /// A shown offset in the file (an ellipsis is where the text after it starts).
    fn to_original(&self, shown: usize) -> usize {
        let row = &self.rows[self.row_at(shown)];
        let k = row.pieces.partition_point(|p| p.shown <= shown).saturating_sub(1);
        row.pieces
            .get(k)
            .map_or(0, |p| p.original + shown.saturating_sub(p.shown).min(p.len))
    }

    fn row_at(&self, shown: usize) -> usize {
        // a row owns its line break
        self.rows
            .partition_point(|r| r.shown.end < shown)
            .min(self.rows.len().saturating_sub(1))
    }
}

/// The byte ranges of `line` to show: the whole line when it fits, else a window around each
/// group of anchors (labels' parts on this line), widened to whole words.
fn windows(line: &str, anchors: &[Range<usize>]) -> Vec<Range<usize>> {
    if fits(line) {
        return vec![0..line.len()];
    }
    let mut anchors = anchors.to_vec();
    if anchors.is_empty() {
        // a neighbour line shown for context: its start
        anchors.push(0..0);
    }
    anchors.sort_by_key(|a| a.start);
    let mut groups: Vec<Range<usize>> = Vec::new();
    for anchor in anchors {
        match groups.last_mut() {
            Some(group) if width(&line[group.start..anchor.end.max(group.end)]) <= MAX_WIDTH / 2 => {
                group.end = group.end.max(anchor.end);
            }
            _ => groups.push(anchor),
        }
    }
    let budget = (MAX_WIDTH / groups.len()).saturating_sub(2);
    let mut windows: Vec<Range<usize>> = Vec::new();
    for group in groups {
        let window = widen(line, group, budget);
        match windows.last_mut() {
            Some(last) if window.start <= last.end => last.end = last.end.max(window.end),
            _ => windows.push(window),
        }
    }
    windows
}

/// `core` widened on both sides to `budget` columns in all (what one side cannot use goes to
/// the other), then trimmed to start and end at a space so no word is cut.
fn widen(line: &str, core: Range<usize>, budget: usize) -> Range<usize> {
    let spare = budget.saturating_sub(width(&line[core.clone()]));
    let (start, used_left) = walk_left(line, core.start, spare / 2);
    let (end, used_right) = walk_right(line, core.end, spare - used_left);
    let (start, _) = walk_left(line, start, spare - used_left - used_right);
    let start = match line[start..core.start].find(char::is_whitespace) {
        Some(k) if start > 0 => start + k,
        _ => start,
    };
    let end = match line[core.end..end]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
    {
        Some((k, space)) if end < line.len() => core.end + k + space.len_utf8(),
        _ => end,
    };
    start..end
}

/// The byte offset up to `columns` columns before `from`, and the columns taken.
fn walk_left(line: &str, from: usize, budget: usize) -> (usize, usize) {
    let mut used = 0;
    let mut at = from;
    for (k, c) in line[..from].char_indices().rev() {
        if used + columns(c) > budget {
            break;
        }
        used += columns(c);
        at = k;
    }
    (at, used)
}

/// The byte offset up to `columns` columns after `from`, and the columns taken.
fn walk_right(line: &str, from: usize, budget: usize) -> (usize, usize) {
    let mut used = 0;
    let mut at = from;
    for c in line[from..].chars() {
        if used + columns(c) > budget {
            break;
        }
        used += columns(c);
        at += c.len_utf8();
    }
    (at, used)
}

/// The files of one diagnostic, as shown; a file's id is its place here.
pub(super) struct ShownFiles<'a>(pub Vec<Shown<'a>>);

impl ShownFiles<'_> {
    fn get(&self, id: usize) -> Result<&Shown<'_>, Error> {
        self.0.get(id).ok_or(Error::FileMissing)
    }
}

impl<'f> Files<'f> for ShownFiles<'_> {
    type FileId = usize;
    type Name = &'f str;
    type Source = &'f str;

    fn name(&'f self, id: usize) -> Result<&'f str, Error> {
        Ok(&self.get(id)?.name)
    }

    fn source(&'f self, id: usize) -> Result<&'f str, Error> {
        Ok(&self.get(id)?.text)
    }

    fn line_index(&'f self, id: usize, byte_index: usize) -> Result<usize, Error> {
        let file = self.get(id)?;
        file.rows
            .get(file.row_at(byte_index))
            .map(|r| r.line)
            .ok_or(Error::FileMissing)
    }

    fn line_range(&'f self, id: usize, line_index: usize) -> Result<Range<usize>, Error> {
        let file = self.get(id)?;
        let k = file
            .rows
            .binary_search_by_key(&line_index, |r| r.line)
            .map_err(|_| Error::LineTooLarge {
                given: line_index,
                max: file.rows.last().map_or(0, |r| r.line),
            })?;
        let shown = &file.rows[k].shown;
        Ok(shown.start..shown.end + 1)
    }

    /// The file's own line and column (in characters), not the shown text's.
    fn location(&'f self, id: usize, byte_index: usize) -> Result<Location, Error> {
        let file = self.get(id)?;
        let (line_number, column_number) = file.lines.line_column(file.to_original(byte_index));
        Ok(Location {
            line_number,
            column_number,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shown text of `text` for spans, and where each span is in it.
    fn show(text: &str, spans: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
        let lines = LineIndex::new(text);
        let shown = Shown::new("story.txt".into(), text, &lines, spans);
        let mapped = spans.iter().map(|s| shown.map(s)).collect();
        (shown.text.clone(), mapped)
    }

    #[test]
    fn short_lines_are_shown_whole_with_their_neighbours() {
        let text = "one\ntwo three\nfour\nfive\n";
        let at = text.find("three").unwrap();
        let (shown, spans) = show(text, &[at..at + 5]);
        assert_eq!(shown, "one\ntwo three\nfour\n");
        assert_eq!(&shown[spans[0].clone()], "three");
    }

    #[test]
    fn a_long_line_is_a_window_of_whole_words_around_the_span() {
        let words: Vec<String> = (0..120).map(|k| format!("w{k}")).collect();
        let text = format!("{} target {}\n", words[..60].join(" "), words[60..].join(" "));
        let at = text.find("target").unwrap();
        let (shown, spans) = show(&text, &[at..at + 6]);
        let row = shown.lines().next().unwrap();
        assert!(row.starts_with("… w") && row.ends_with(" …"), "{row}");
        assert!(width(row) <= MAX_WIDTH + 2, "{}", width(row));
        assert_eq!(&shown[spans[0].clone()], "target");
        // every word shown is whole
        for word in row.trim_matches(|c| c == '…' || c == ' ').split(' ') {
            assert!(text.contains(&format!(" {word} ")), "{word}");
        }
    }

    #[test]
    fn far_apart_spans_on_one_line_get_a_window_each() {
        let filler = "word ".repeat(100);
        let text = format!("first {filler}second {filler}\n");
        let (a, b) = (text.find("first").unwrap(), text.find("second").unwrap());
        let (shown, spans) = show(&text, &[a..a + 5, b..b + 6]);
        assert_eq!(&shown[spans[0].clone()], "first");
        assert_eq!(&shown[spans[1].clone()], "second");
        assert_eq!(shown.matches('…').count(), 2, "{shown}");
        assert!(width(shown.lines().next().unwrap()) <= MAX_WIDTH + 2);
    }

    #[test]
    fn wide_spaces_are_cut_after_not_inside() {
        // an en space (3 bytes) where the window is trimmed to a word's end
        let text = format!("target{}\n", "\u{2002}word".repeat(60));
        let (shown, spans) = show(&text, &[0..6]);
        assert_eq!(&shown[spans[0].clone()], "target");
        assert!(shown.trim_end().ends_with("\u{2002}…"), "{shown}");
    }

    #[test]
    fn locations_are_the_files_own() {
        let text = format!("short line\n{}é target\n", "x ".repeat(300));
        let at = text.find("target").unwrap();
        let lines = LineIndex::new(&text);
        let shown = Shown::new("story.txt".into(), &text, &lines, &[at..at + 6]);
        let files = ShownFiles(vec![shown]);
        let mapped = files.0[0].map(&(at..at + 6));
        let location = files.location(0, mapped.start).unwrap();
        assert_eq!((location.line_number, location.column_number), lines.line_column(at));
        assert_eq!(files.line_index(0, mapped.start).unwrap(), 1);
        assert!(files.line_range(0, 1).is_ok());
    }
}
