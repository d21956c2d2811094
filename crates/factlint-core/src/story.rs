//! Loading a story: its text, the parts that are checked, and the dates and facts it names.
//!
//! What is not prose (front matter, Markdown code, HTML comments, URLs, a wire header) is
//! blanked out: read as spaces, which keeps every byte offset of the original, so extractors
//! work on the blanked text and findings point into `text`. Only the blanked ranges are kept,
//! not a second copy of the text (a big story's memory is mostly copies of it).

mod dateline;

use crate::error::InputError;
use crate::suppress::Suppressions;
use crate::text::{with_spaces, Doc};
use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser};
use regex::Regex;
use serde::Deserialize;
use std::borrow::Cow;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A story as it is checked: its text, the parts of it that are prose, and the dates and facts
/// it names.
#[derive(Debug)]
pub struct Story {
    /// Where it is, as given (findings name it so).
    pub path: PathBuf,
    /// Its text, as read.
    pub text: String,
    /// The byte ranges of `text` that are not checked, in order and apart (see
    /// [`Story::checkable`]).
    blanked: Vec<Range<usize>>,
    /// `date:` from the front matter.
    pub front_matter_date: Option<NaiveDate>,
    /// `facts:` from the front matter, resolved against the story's folder.
    pub front_matter_facts: Vec<PathBuf>,
    /// The date of a wire dateline ("WELLINGTON, Feb 27 -") or header, when it has a year.
    pub dateline: Option<NaiveDate>,
    /// A weekday written in the dateline ("BONN, Wednesday, March 3 -"), checked against its
    /// date.
    pub dateline_weekday: Option<DatelineWeekday>,
    /// `factlint-disable-next-line` and `factlint: ignore` comments.
    pub(crate) suppressions: Suppressions,
    /// How the file was encoded, so `--fix` writes it back the same way.
    pub encoding: Encoding,
}

/// A story file's encoding: UTF-8 (a byte-order mark, if any, stays in the text), or UTF-16
/// with a byte-order mark, as Windows PowerShell 5 and Notepad's "Unicode" write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8.
    #[default]
    Utf8,
    /// UTF-16, little-endian, with a byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, with a byte-order mark.
    Utf16Be,
}

impl Encoding {
    /// `text` in this encoding (its byte-order mark, a character of the text, included).
    pub fn encode(self, text: &str) -> Vec<u8> {
        let units = text.encode_utf16();
        match self {
            Encoding::Utf8 => text.as_bytes().to_vec(),
            Encoding::Utf16Le => units.flat_map(u16::to_le_bytes).collect(),
            Encoding::Utf16Be => units.flat_map(u16::to_be_bytes).collect(),
        }
    }
}

/// Whether `bytes` are UTF-16: a UTF-16 byte-order mark, or (without one) NUL bytes that all
/// fall on one side of each pair, as ASCII text in UTF-16 has them, where a binary file has
/// them anywhere.
pub fn is_utf16(bytes: &[u8]) -> bool {
    utf16_bom(bytes).is_some() || looks_like_utf16_without_bom(bytes)
}

fn utf16_bom(bytes: &[u8]) -> Option<Encoding> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => Some(Encoding::Utf16Be),
        _ => None,
    }
}

fn looks_like_utf16_without_bom(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    // nearly every story has no NUL: one fast scan says so
    if !sample.contains(&0) {
        return false;
    }
    let nuls: Vec<usize> = (0..sample.len()).filter(|&k| sample[k] == 0).collect();
    !nuls.is_empty() && nuls.len() >= sample.len() / 4 && nuls.iter().all(|&k| k % 2 == nuls[0] % 2)
}

/// A story file's text: UTF-8, or UTF-16 with a byte-order mark. Anything else is an error
/// naming the file and the first byte that does not fit, never text checked as garbage.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<(String, Encoding), InputError> {
    if let Some(encoding) = utf16_bom(&bytes) {
        return decode_utf16(path, &bytes, encoding).map(|text| (text, encoding));
    }
    if looks_like_utf16_without_bom(&bytes) {
        return Err(
            InputError::file(path, "looks like UTF-16 text without a byte-order mark")
                .with_help("save the file as UTF-8 (or as UTF-16 with a byte-order mark)"),
        );
    }
    crate::facts::utf8_text(path, bytes).map(|text| (text, Encoding::Utf8))
}

fn decode_utf16(path: &Path, bytes: &[u8], encoding: Encoding) -> Result<String, InputError> {
    let pairs = bytes.chunks_exact(2);
    if !pairs.remainder().is_empty() {
        return Err(
            InputError::file(path, "not UTF-16 text: an odd number of bytes").with_help("save the file as UTF-8")
        );
    }
    let units = pairs.map(|p| match encoding {
        Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
        _ => u16::from_le_bytes([p[0], p[1]]),
    });
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        let c = c.map_err(|_| {
            let at = 2 * text.encode_utf16().count();
            InputError::file(path, format!("not UTF-16 text: a lone surrogate at offset {at}"))
                .with_help("save the file as UTF-8")
        })?;
        text.push(c);
    }
    Ok(text)
}

#[derive(Deserialize, Default)]
struct FrontMatter {
    date: Option<serde_saphyr::Spanned<String>>,
    #[serde(default)]
    facts: FactsList,
}

#[derive(Deserialize, Default)]
#[serde(untagged)]
enum FactsList {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl Story {
    /// A file shown as it is, nothing read from it: a facts file whose own findings
    /// (`factlint facts check`) point into it.
    pub fn plain(path: &Path, text: String) -> Story {
        Story {
            path: path.to_path_buf(),
            text,
            blanked: Vec::new(),
            front_matter_date: None,
            front_matter_facts: Vec::new(),
            dateline: None,
            dateline_weekday: None,
            suppressions: Suppressions::default(),
            encoding: Encoding::Utf8,
        }
    }

    /// Reads a story's text: its front matter, its suppression comments, its dateline and what
    /// of it is prose. A bad front matter is an error at its line.
    pub fn from_text(path: &Path, text: String) -> Result<Story, InputError> {
        let mut checkable = text.clone();
        let mut story = Story {
            path: path.to_path_buf(),
            text,
            blanked: Vec::new(),
            front_matter_date: None,
            front_matter_facts: Vec::new(),
            dateline: None,
            dateline_weekday: None,
            suppressions: Suppressions::default(),
            encoding: Encoding::Utf8,
        };
        // a byte-order mark (Notepad, PowerShell) is no part of the copy
        let bom = if story.text.starts_with(BOM) { BOM.len_utf8() } else { 0 };
        if let Some(range) = front_matter_range(&story.text) {
            story.read_front_matter(range.clone())?;
            blank(&mut checkable, 0..range.end);
        }
        if is_markdown(path) {
            blank_markdown_non_prose(&mut checkable, bom);
        }
        blank(&mut checkable, 0..bom);
        let suppress = Suppressions::read(path, &story.text)?;
        suppress.comments.into_iter().for_each(|r| blank(&mut checkable, r));
        story.suppressions = suppress.suppressions;
        // each regex compiled only for text it may match: compiling them was most of a
        // one-story run
        if checkable.contains("<!--") {
            blank_regex(&mut checkable, html_comment_re());
        }
        if may_hold_a_web_address(&checkable) {
            blank_regex(&mut checkable, url_re());
        }
        if let Some((date, weekday)) = dateline::read_dateline(&mut checkable) {
            (story.dateline, story.dateline_weekday) = (date, weekday);
        }
        story.blanked = differing_runs(&story.text, &checkable);
        Ok(story)
    }

    /// `text` with everything that is not checked replaced by spaces (borrowed when nothing
    /// is).
    pub fn checkable(&self) -> Cow<'_, str> {
        if self.blanked.is_empty() {
            Cow::Borrowed(&self.text)
        } else {
            Cow::Owned(with_spaces(&self.text, &self.blanked))
        }
    }

    /// The tokens, sentences and paragraphs of the checked text, pointing into `text`.
    pub(crate) fn doc(&self) -> Doc<'_> {
        Doc::blanked(&self.text, &self.blanked)
    }

    fn read_front_matter(&mut self, range: Range<usize>) -> Result<(), InputError> {
        let body = &self.text[range.clone()];
        let yaml_start = body.find('\n').map_or(range.end, |k| range.start + k + 1);
        let yaml_end = self.text[..range.end]
            .trim_end()
            .rfind('\n')
            .unwrap_or(yaml_start)
            .max(yaml_start);
        let yaml = &self.text[yaml_start..yaml_end];
        let fm: FrontMatter = if yaml.trim().is_empty() {
            FrontMatter::default()
        } else {
            serde_saphyr::from_str(yaml).map_err(|e| {
                let at = e.location().and_then(|l| l.span().byte_offset()).unwrap_or(0) as usize + yaml_start;
                let at = at.min(self.text.len());
                InputError::at(&self.path, &self.text, at..at, "invalid front matter", "here")
                    .with_help("front matter is YAML between two `---` lines; `date: YYYY-MM-DD`, `facts: [path.yaml]`")
            })?
        };
        if let Some(date) = fm.date {
            let value = date.value.trim();
            let day = value
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            self.front_matter_date = Some(day.ok_or_else(|| {
                let start = yaml_start + date.referenced.span().byte_offset().unwrap_or(0) as usize;
                let end = (start + value.len()).min(self.text.len());
                InputError::at(
                    &self.path,
                    &self.text,
                    start..end,
                    format!("front matter `date: {value}` is not a date"),
                    "expected YYYY-MM-DD",
                )
                .with_help("write the publication date, e.g. `date: 2024-11-14`")
            })?);
        }
        let folder = self.path.parent().unwrap_or(Path::new(""));
        self.front_matter_facts = match fm.facts {
            FactsList::None => vec![],
            FactsList::One(p) => vec![folder.join(p)],
            FactsList::Many(ps) => ps.into_iter().map(|p| folder.join(p)).collect(),
        };
        Ok(())
    }
}

pub use crate::text::MAX_TEXT_BYTES;

/// The UTF-8 byte-order mark, as a character.
pub(crate) const BOM: char = '\u{feff}';

fn is_markdown(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "markdown" | "mdx")
    )
}

/// `---` at the very start (after a byte-order mark, if any), up to and including the closing
/// `---` line.
fn front_matter_range(text: &str) -> Option<Range<usize>> {
    let bom = if text.starts_with(BOM) { BOM.len_utf8() } else { 0 };
    let rest = text[bom..].strip_prefix("---")?;
    if !rest.starts_with('\n') && !rest.starts_with("\r\n") {
        return None;
    }
    let mut offset = bom + 3;
    for line in rest.split_inclusive('\n').skip(1) {
        offset += line.len();
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return Some(0..offset + 1);
        }
    }
    None
}

/// The runs of bytes where `blanked` (a copy of `text` with parts made spaces) differs from
/// `text`: whole characters, as every byte of a multi-byte character differs from a space.
fn differing_runs(text: &str, blanked: &str) -> Vec<Range<usize>> {
    let (text, blanked) = (text.as_bytes(), blanked.as_bytes());
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    while let Some(start) = first_difference(text, blanked, at) {
        let end = text[start..]
            .iter()
            .zip(&blanked[start..])
            .position(|(a, b)| a == b)
            .map_or(text.len(), |k| start + k);
        runs.push(start..end);
        at = end;
    }
    runs
}

/// Where `a` and `b` (one as long as the other) first differ at or after `from`. Most of a
/// story is not blanked: it is compared a block at a time.
fn first_difference(a: &[u8], b: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 64;
    let mut at = from;
    while at + BLOCK <= a.len() && a[at..at + BLOCK] == b[at..at + BLOCK] {
        at += BLOCK;
    }
    a[at..].iter().zip(&b[at..]).position(|(x, y)| x != y).map(|k| at + k)
}

/// Replaces bytes in `range` with spaces, keeping newlines (so lines and offsets stay put).
fn blank(text: &mut String, range: Range<usize>) {
    let end = range.end.min(text.len());
    // rebuilt as ASCII spaces, byte for byte, its line breaks put back (no byte of a longer
    // character is a newline's): spaces made at once, not a character at a time
    let mut replaced = " ".repeat(end - range.start);
    for k in memchr::memchr_iter(b'\n', &text.as_bytes()[range.start..end]) {
        replaced.replace_range(k..k + 1, "\n");
    }
    text.replace_range(range.start..end, &replaced);
}

fn blank_regex(text: &mut String, re: &Regex) {
    let ranges: Vec<Range<usize>> = re.find_iter(text).map(|m| m.range()).collect();
    for r in ranges {
        blank(text, r);
    }
}

/// Whether `text` may hold a web address the URL regex reads: "http://" and "https://", in
/// any case (its `(?i)` reads 's' even as 'ſ'), hold "://"; "www." is read in ASCII letters of
/// either case, so only where a full stop is (rarer than any letter) are the three bytes
/// before it compared.
fn may_hold_a_web_address(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find(bytes, b"://").is_some()
        || memchr::memchr_iter(b'.', bytes).any(|k| k >= 3 && bytes[k - 3..k].eq_ignore_ascii_case(b"www"))
}

fn html_comment_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?s)<!--.*?-->").expect("valid regex"))
}

fn url_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"(?i)\b(?:https?://|www\.)[^\s<>"')\]]+"#).expect("valid regex"))
}

/// Keeps only Markdown text (and line breaks); code, HTML and markup become spaces. The
/// Markdown starts at byte `from` (after a byte-order mark, which would otherwise read as
/// indentation once blanked).
fn blank_markdown_non_prose(text: &mut String, from: usize) {
    let mut keep = vec![false; text.len()];
    let mut in_code_block = 0usize;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let parser = Parser::new_ext(&text[from..], options).into_offset_iter();
    for (event, range) in parser {
        let range = range.start + from..range.end + from;
        match event {
            Event::Start(pulldown_cmark::Tag::CodeBlock(_)) => in_code_block += 1,
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => in_code_block = in_code_block.saturating_sub(1),
            Event::Text(_) if in_code_block == 0 => keep[range].iter_mut().for_each(|k| *k = true),
            _ => {}
        }
    }
    let mut start = None;
    for i in 0..=text.len() {
        let kept = i == text.len() || keep[i];
        match (kept, start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                blank(text, s..i);
                start = None;
            }
            _ => {}
        }
    }
}

/// A weekday written in a wire dateline, and the month and day beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatelineWeekday {
    /// Monday = 1.
    pub weekday: u32,
    /// Where it is written, in bytes of the story's text.
    pub span: Range<usize>,
    /// The dateline's month (1-12) and day.
    pub month: u32,
    /// The dateline's day of the month.
    pub day: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(path: &str, text: &str) -> Story {
        Story::from_text(Path::new(path), text.to_string()).expect("story loads")
    }

    #[test]
    fn blanked_runs_are_the_bytes_that_differ_on_either_side_of_a_block() {
        let text = format!("{}WELLINGTON, Feb 27 - said\nmore{}x", "a".repeat(60), "b".repeat(70));
        let mut blanked = text.clone();
        blank(&mut blanked, 60..75);
        blank(&mut blanked, text.len() - 1..text.len());
        // "WELLINGTON" and "Feb" (a space stays a space), the last byte
        assert_eq!(
            differing_runs(&text, &blanked),
            vec![60..71, 72..75, text.len() - 1..text.len()]
        );
        assert_eq!(differing_runs(&text, &text), Vec::<Range<usize>>::new());
    }

    #[test]
    fn a_url_opening_is_found_in_any_case_up_to_the_last_byte() {
        assert!(may_hold_a_web_address("see HtTp://x"));
        assert!(may_hold_a_web_address("see httpſ://x"));
        assert!(may_hold_a_web_address("the hat, then WWW."));
        assert!(!may_hold_a_web_address("the hat, then http or ww. or w.w."));
        assert!(!may_hold_a_web_address("www"));
        let with_url = |text: &str| Story::from_text(Path::new("a.txt"), text.to_string()).unwrap().blanked;
        assert_eq!(with_url("See HTTPſ://x.org now."), vec![4..18]);
    }

    #[test]
    fn reuters_header_and_dateline_give_the_local_date() {
        let s = story(
            "00100.txt",
            "N.Z. BANK\nDate: 26-FEB-1987 16:35:16.02\n\nWELLINGTON, Feb 27 - New Zealand's deposits rose.\n",
        );
        assert_eq!(s.dateline, NaiveDate::from_ymd_opt(1987, 2, 27));
        assert!(!s.checkable().contains("WELLINGTON"));
        assert!(!s.checkable().contains("FEB-1987"));
        assert!(s.checkable().contains("New Zealand's deposits rose."));
        assert_eq!(s.checkable().len(), s.text.len());
    }

    #[test]
    fn datelines_in_every_wire_shape_with_their_weekday() {
        let header = "HEADLINE\nDate:  3-MAR-1987 04:05:06.07\n\n";
        let read = |dateline: &str| {
            let s = story("r.txt", &format!("{header}{dateline} - West German banks said."));
            let weekday = s
                .dateline_weekday
                .as_ref()
                .map(|w| (w.weekday, s.text[w.span.clone()].to_string()));
            assert!(s.checkable().contains("West German"), "{dateline}");
            assert!(!s.checkable().contains(" 3 "), "{dateline}: blanked");
            (s.dateline, weekday)
        };
        let march3 = NaiveDate::from_ymd_opt(1987, 3, 3);
        for plain in [
            "BONN, March 3",
            "NEW YORK, MARCH 3",
            "RYE BROOK, N.Y., MArch 3",
            "RICHMOND, Va. March 3",
            "DALLAS/FORT WORTH, Texas, March 3",
            "CHICAGO, March  3,",
            "AMSTERDAM, 3 March",
            "Caracas, mar 3",
            "panama city, march 3",
        ] {
            assert_eq!(read(plain), (march3, None), "{plain}");
        }
        assert_eq!(
            read("BONN, Wednesday, March 3"),
            (march3, Some((3, "Wednesday".into())))
        );
        assert_eq!(
            read("BOSTON, Mass., Tuesday, March 3"),
            (march3, Some((2, "Tuesday".into())))
        );
        assert_eq!(
            read("panama city, thursday, march 3"),
            (march3, Some((4, "thursday".into())))
        );
        assert_eq!(read("LONDON, Tues. March 3"), (march3, Some((2, "Tues".into()))));
    }

    #[test]
    fn seed_style_date_line() {
        let s = story("seed.txt", " date 2024-11-14 (MENAFN) US Secretary of State");
        assert_eq!(s.dateline, NaiveDate::from_ymd_opt(2024, 11, 14));
    }

    #[test]
    fn markdown_code_comments_and_urls_are_not_checked() {
        let text = "---\ndate: 2005-01-14\nfacts: [desk.yaml]\n---\n# Title\n\nSaid `Deputy X` in <!-- Foreign Minister -->\n\n```\ncode 12 pct\n```\n\nSee https://example.com/Deputy-Minister now.\n";
        let s = story("news/a.md", text);
        assert_eq!(s.front_matter_date, NaiveDate::from_ymd_opt(2005, 1, 14));
        assert_eq!(s.front_matter_facts, [PathBuf::from("news/desk.yaml")]);
        for hidden in ["Deputy", "Foreign", "12 pct", "example", "date:"] {
            assert!(
                !s.checkable().contains(hidden),
                "{hidden} should be blanked: {:?}",
                s.checkable()
            );
        }
        assert!(s.checkable().contains("Said"));
        assert!(s.checkable().contains("now."));
        assert_eq!(s.checkable().lines().count(), s.text.lines().count());
    }

    #[test]
    fn utf16_with_a_byte_order_mark_decodes_and_encodes_back() {
        let text = "\u{feff}Café 😀 said\r\n";
        for encoding in [Encoding::Utf16Le, Encoding::Utf16Be] {
            let bytes = encoding.encode(text);
            assert!(is_utf16(&bytes));
            assert_eq!(decode(Path::new("s.txt"), bytes).unwrap(), (text.to_string(), encoding));
        }
        let mut lone = Encoding::Utf16Le.encode("\u{feff}ab");
        lone.extend([0x00, 0xD8]);
        let e = decode(Path::new("s.txt"), lone).unwrap_err();
        assert_eq!(e.message, "not UTF-16 text: a lone surrogate at offset 6");
        let odd = decode(Path::new("s.txt"), vec![0xFF, 0xFE, 0x41]).unwrap_err();
        assert!(odd.message.contains("odd number of bytes"), "{}", odd.message);
    }

    #[test]
    fn utf16_without_a_mark_is_told_from_binary_and_from_utf8() {
        let bare: Vec<u8> = "Plain words".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(is_utf16(&bare));
        let e = decode(Path::new("s.txt"), bare).unwrap_err();
        assert!(e.message.contains("UTF-16 text without a byte-order mark"));
        assert!(!is_utf16(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"));
        assert_eq!(
            decode(Path::new("s.txt"), "\u{feff}é".into()).unwrap(),
            ("\u{feff}é".to_string(), Encoding::Utf8)
        );
    }

    #[test]
    fn front_matter_after_a_byte_order_mark_is_read_and_the_mark_is_not_checked() {
        let s = story("a.md", "\u{feff}---\ndate: 2005-01-14\n---\nDeputy said.\n");
        assert_eq!(s.front_matter_date, NaiveDate::from_ymd_opt(2005, 1, 14));
        assert!(!s.checkable().contains(BOM));
        let s = story("a.md", "\u{feff} Deputy said.\n");
        assert!(
            s.checkable().contains("Deputy"),
            "not an indented code block: {:?}",
            s.checkable()
        );
    }

    #[test]
    fn only_blanked_ranges_are_kept_and_the_doc_reads_around_them() {
        let s = story("a.md", "Said <!-- é Minister --> Blair.\n");
        assert_eq!(s.checkable(), format!("Said {} Blair.\n", " ".repeat(20)));
        let doc = s.doc();
        let words: Vec<&str> = doc.tokens.iter().map(|t| t.text()).collect();
        assert_eq!(words, ["Said", "Blair", "."]);
        assert_eq!((doc.start_of(&doc.tokens[1]), doc.lower_at(1)), (26, "blair"));
        assert!(matches!(story("a.txt", "Plain text.").checkable(), Cow::Borrowed(_)));
    }

    #[test]
    fn a_bad_front_matter_date_is_an_error_with_its_line() {
        let err = Story::from_text(Path::new("a.md"), "---\ndate: soon\n---\nText.\n".into()).unwrap_err();
        assert_eq!(err.line_column(), Some((2, 7)));
    }
}
