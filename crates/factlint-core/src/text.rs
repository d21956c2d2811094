//! Tokens, sentences and paragraphs of a story's checkable text.
//!
//! Extractors never look at raw bytes: they walk tokens, so a title or figure broken across a
//! hard line break ("Israeli Minister of\nStrategic Affairs") is one run of tokens like any
//! other. Every token keeps its byte span in the original file.
//!
//! A big story has millions of tokens, so a token is small (12 bytes: a pointer to its text, a
//! `u16` length, its kind and a flag; its offset is the pointer's distance from the text's
//! start) and the document keeps no other table per token but one byte of word classes: the
//! text is not copied (blanked parts are skipped as spaces while tokenizing), only the tokens
//! with capitals have a lower-case form of their own (in one buffer, found by binary search),
//! and a token's sentence and paragraph are found by binary search.

use crate::lexicon::{class, lexicon, WordClass};
use std::marker::PhantomData;
use std::ops::Range;
use std::ptr::NonNull;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes, hyphens and abbreviation dots ("Israel's", "U.S.").
    Word,
    /// Digits with thousands commas and a decimal point ("1,200", "2.5").
    Number,
    /// Any other single character: punctuation, currency signs, quotes.
    Symbol,
}

/// The most text the checker reads of a story: its offsets are `u32`. Callers refuse longer
/// texts (the command line's story size limit is below it); the tokenizer stops there.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// The longest token: a longer run of letters or digits is cut into tokens of this length
/// at most, each glued to the one before (no word of any language comes near it).
const MAX_TOKEN_BYTES: usize = u16::MAX as usize;

/// A token: 12 bytes (a big story has millions). Its text is held as a pointer and a `u16`
/// length (a `&str` would be 16 bytes alone), so it is read through [`Token::text`]; its
/// offset in the document through [`Doc::start_of`]. Packed to 4-byte alignment, so the
/// pointer takes no padding after it; the fields read by reference are bytes.
#[derive(Clone, Copy)]
#[repr(C, packed(4))]
pub struct Token<'a> {
    /// The first byte of its text, borrowed from a `&'a str` (see [`Token::new`]).
    ptr: NonNull<u8>,
    len: u16,
    pub kind: TokenKind,
    /// No white space between this token and the previous one ("2.5" + "bn" in "2.5bn").
    pub glued: bool,
    borrows: PhantomData<&'a str>,
}

// SAFETY: a token is a `&'a str` held as pointer and length, and `&str` is `Send` and `Sync`.
unsafe impl Send for Token<'_> {}
// SAFETY: as for `Send`.
unsafe impl Sync for Token<'_> {}

impl std::fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("text", &self.text())
            .field("kind", &self.kind)
            .field("glued", &self.glued)
            .finish()
    }
}

impl<'a> Token<'a> {
    /// A token of `text` (at most `MAX_TOKEN_BYTES`: the tokenizer cuts longer runs).
    fn new(text: &'a str, kind: TokenKind, glued: bool) -> Token<'a> {
        Token {
            ptr: NonNull::from(text.as_bytes()).cast(),
            len: text.len() as u16,
            kind,
            glued,
            borrows: PhantomData,
        }
    }

    /// The token's text.
    #[inline]
    pub fn text(&self) -> &'a str {
        // SAFETY: `ptr` and `len` were taken from a `&'a str` in `Token::new`, and `len` fits
        // (tokens are cut at `MAX_TOKEN_BYTES`), so this is that same string slice.
        let (ptr, len) = (self.ptr, self.len);
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr.as_ptr(), len as usize)) }
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is(&self, symbol: &str) -> bool {
        self.text() == symbol
    }

    pub fn is_capitalized(&self) -> bool {
        self.text().chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.text().to_lowercase()
    }

    /// "Canada's", "Aviator’s": a word in the possessive.
    pub fn is_possessive(&self) -> bool {
        self.is_word() && (self.text().ends_with("'s") || self.text().ends_with("’s"))
    }

    /// Byte offset of the token in `source`, the text it was cut from.
    fn offset_in(&self, source: &str) -> usize {
        let ptr = self.ptr;
        ptr.as_ptr() as usize - source.as_ptr() as usize
    }
}

/// A story's text cut into tokens, sentences and paragraphs (both as token index ranges).
pub struct Doc<'a> {
    /// The original text: the tokens' bytes are its bytes; between tokens it may hold parts
    /// that are not checked (see [`Doc::blanked`]).
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    /// The lower-case forms of the tokens with capitals (see [`Doc::lower_at`]): the other
    /// tokens are their own lower-case forms.
    lowers: LowerForms,
    /// For a re-cased copy (see [`Doc::recased`]), the story's text, whose `lowers` it shares:
    /// there the tokens without capitals are their own lower-case forms.
    recased_from: Option<&'a str>,
    /// Contiguous, in order, covering every token.
    pub sentences: Vec<Range<usize>>,
    /// Contiguous, in order, covering every token.
    pub paragraphs: Vec<Range<usize>>,
    /// Per token, the readings it may start (see [`Doc::in_class`]): made on first use, against
    /// the lexicon of the work in hand.
    classes: OnceLock<Vec<WordClass>>,
}

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
    "atty", "asst", "no", "vs", "co", "corp", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx",
    "est", "fig", "mt", "ft", "ave",
];

/// The longest of `ABBREVIATIONS`, in bytes: a longer word is none of them.
const LONGEST_ABBREVIATION: usize = {
    let (mut longest, mut k) = (0, 0);
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > longest {
            longest = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    longest
};

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        Doc::blanked(text, &[])
    }

    /// The document of `text` read with the byte ranges `blanked` (in order, apart, on char
    /// boundaries) as spaces: the parts of a story that are not checked. Tokens point into
    /// `text`, so `doc.text` is the original, and nothing is copied of it but the lower-case
    /// forms of the tokens with capitals.
    pub fn blanked(text: &'a str, blanked: &[Range<usize>]) -> Doc<'a> {
        let Tokenized {
            tokens,
            paragraph_starts,
            capitals,
        } = tokenize(text, blanked, Capitals::Noted);
        let paragraphs = ranges_from_starts(&paragraph_starts, tokens.len());
        let mut sentence_starts = Vec::with_capacity(tokens.len() / SENTENCE_ROOM);
        for paragraph in &paragraphs {
            paragraph_sentence_starts(&tokens, paragraph.clone(), &mut sentence_starts);
        }
        let sentences = ranges_from_starts(&sentence_starts, tokens.len());
        let lowers = LowerForms::new(&tokens, &capitals);
        Doc {
            text,
            tokens,
            lowers,
            recased_from: None,
            sentences,
            paragraphs,
            classes: OnceLock::new(),
        }
    }

    /// The document of `text`, a copy of this one's text changed only in the ASCII case of its
    /// words (re-cased wire copy): case splits no word, so it has the same tokens at the same
    /// offsets, read once, and the same lower-case forms (kept with this text's: see
    /// [`Doc::lower_at`]); only its sentences (a capital may start one) are found again, in
    /// the paragraphs whose words changed (a paragraph's first stop may read the word before
    /// it, so the one after a changed paragraph too): re-cased wire copy is most often one
    /// headline in capitals.
    pub(crate) fn recased<'t>(&self, text: &'t str) -> Doc<'t>
    where
        'a: 't,
    {
        assert_eq!(text.len(), self.text.len(), "a re-cased copy keeps every byte's place");
        let tokens: Vec<Token<'t>> = self
            .tokens
            .iter()
            .map(|t| {
                let start = self.start_of(t);
                Token::new(&text[start..start + t.text().len()], t.kind, t.glued)
            })
            .collect();
        let mut sentence_starts = Vec::with_capacity(self.sentences.len());
        let mut changed_before = false;
        for paragraph in &self.paragraphs {
            let words = self.words_span(paragraph);
            let changed = text.as_bytes()[words.clone()] != self.text.as_bytes()[words];
            if changed || changed_before {
                paragraph_sentence_starts(&tokens, paragraph.clone(), &mut sentence_starts);
            } else {
                let first = self.sentences.partition_point(|s| s.start < paragraph.start);
                let inside = self.sentences[first..].iter().take_while(|s| s.start < paragraph.end);
                sentence_starts.extend(inside.map(|s| s.start));
            }
            changed_before = changed;
        }
        let sentences = ranges_from_starts(&sentence_starts, tokens.len());
        Doc {
            text,
            tokens,
            lowers: self.lowers.clone(),
            recased_from: Some(self.recased_from.unwrap_or(self.text)),
            sentences,
            paragraphs: self.paragraphs.clone(),
            classes: OnceLock::new(),
        }
    }

    /// Whether token `i` may be of `class` (a bit of [`class`]: may start a number, a date, a
    /// unit, may end a qualifier): each token is looked up once in the lexicon's one table of
    /// words, and an extractor skips the tokens whose class rules it out. False past the end.
    #[inline]
    pub(crate) fn in_class(&self, i: usize, class: WordClass) -> bool {
        let classes = self.classes.get_or_init(|| self.classify());
        classes.get(i).is_some_and(|c| c & class != 0)
    }

    fn classify(&self) -> Vec<WordClass> {
        let lex = lexicon();
        (0..self.tokens.len())
            .map(|i| {
                let t = &self.tokens[i];
                // a number, a word with digits ("KSh500") or before a glued "$" ("HK$"): any
                let dollar_after = self.tokens.get(i + 1).is_some_and(|n| n.glued && n.text() == "$");
                let digits = t.kind == TokenKind::Word && t.text().bytes().any(|b| b.is_ascii_digit());
                if t.kind == TokenKind::Number || digits || dollar_after {
                    class::ANY
                } else {
                    lex.word_class(self.lower_at(i))
                }
            })
            .collect()
    }

    /// The token range of the sentence holding token `i`.
    pub fn sentence(&self, i: usize) -> Range<usize> {
        self.sentences[self.sentence_index(i)].clone()
    }

    pub fn paragraph(&self, i: usize) -> Range<usize> {
        self.paragraphs[owner(&self.paragraphs, i)].clone()
    }

    pub fn sentence_index(&self, i: usize) -> usize {
        owner(&self.sentences, i)
    }

    /// Byte offset of token `t` (one of this document's) in the text.
    pub fn start_of(&self, t: &Token) -> usize {
        t.offset_in(self.text)
    }

    /// Byte offset just past token `t` (one of this document's).
    pub fn end_of(&self, t: &Token) -> usize {
        self.start_of(t) + t.text().len()
    }

    /// Byte span from the first token of `range` to the end of its last (empty for no token).
    fn words_span(&self, range: &Range<usize>) -> Range<usize> {
        match (
            self.tokens.get(range.start),
            range.end.checked_sub(1).and_then(|k| self.tokens.get(k)),
        ) {
            (Some(first), Some(last)) if range.start < range.end => self.start_of(first)..self.end_of(last),
            _ => 0..0,
        }
    }

    /// Byte span covering tokens `range` (which must be non-empty).
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        self.start_of(&self.tokens[range.start])..self.end_of(&self.tokens[range.end - 1])
    }

    /// The words of tokens `range` joined by single spaces, as a reader sees them.
    pub fn words(&self, range: Range<usize>) -> String {
        let mut out = String::new();
        for t in &self.tokens[range] {
            if !out.is_empty() && !t.glued {
                out.push(' ');
            }
            out.push_str(t.text());
        }
        out
    }

    /// Whether token `k` is a word opening in lower case (false past the end).
    pub(crate) fn lower_case_word_at(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.text().starts_with(char::is_lowercase))
    }

    /// Whether token `k` is a capitalised word (false past the end).
    pub(crate) fn capitalised_word_at(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.is_word() && t.is_capitalized())
    }

    /// Whether token `i` is the apostrophe of a plural possessive, glued to a word ending in
    /// "s" ("ministers'", "the All Blacks' 1935 tour"); false past the end.
    pub(crate) fn is_plural_possessive_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            matches!(t.text(), "'" | "’")
                && t.glued
                && i > 0
                && self.tokens[i - 1].is_word()
                && self.tokens[i - 1].text().ends_with('s')
        })
    }

    /// Lowercase text of token `i`, or "" past the end.
    /// Inlined: the extractors call it for nearly every token they look at.
    #[inline]
    pub fn lower_at(&self, i: usize) -> &str {
        let Some(t) = self.tokens.get(i) else { return "" };
        if let Some(lower) = self.lowers.of(i) {
            return lower;
        }
        match self.recased_from {
            None => t.text(),
            // a token without capitals in the story, which may have gained some in the copy
            Some(story) => {
                let start = self.start_of(t);
                &story[start..start + t.text().len()]
            }
        }
    }
}

/// Just the tokens of a short text (a name, a title, a cue), without sentences or paragraphs.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    tokenize(text, &[], Capitals::Unnoted).tokens
}

/// `text` with the byte ranges `blanked` as spaces (their newlines kept, so lines and
/// paragraphs stay put): what [`Doc::blanked`] reads.
pub fn with_spaces(text: &str, blanked: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    for r in blanked {
        out.push_str(&text[out.len()..r.start]);
        for c in text[r.clone()].chars() {
            match c {
                '\n' => out.push('\n'),
                _ => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
    }
    out.push_str(&text[out.len()..]);
    out
}

/// Whether `word` has capitals: whether its lower-case form differs from it.
#[inline]
fn has_capitals(word: &str) -> bool {
    for &b in word.as_bytes() {
        if b.is_ascii_uppercase() {
            return true;
        }
        if !b.is_ascii() {
            return word.chars().any(char::is_uppercase);
        }
    }
    false
}

/// The lower-case forms of a document's tokens with capitals, one after another, each found
/// in constant time by the token's index: a bit per token says whether it has capitals, and
/// its rank among those tokens (the set bits before it) is its form's place. About a fifth of
/// a story's tokens have capitals: this is a tenth of the size of a lower-case copy of the text.
#[derive(Clone)]
struct LowerForms {
    /// Bit `i % 64` of word `i / 64`: token `i` has capitals.
    capitals: Vec<u64>,
    /// How many tokens with capitals come before each word of `capitals`.
    before: Vec<u32>,
    /// Where each form starts in `forms`, and one past the last.
    starts: Vec<u32>,
    forms: String,
}

impl LowerForms {
    /// The forms of `tokens`, of which those with capitals are the set bits of `capitals`
    /// (as [`LowerForms::capitals`], noted by the tokenizer as it scanned each word): only
    /// they are read again.
    fn new(tokens: &[Token], capitals: &[u64]) -> LowerForms {
        // room for a form every fourth token, of eight bytes: seldom moved as they grow
        let room = tokens.len() / 4;
        let mut lowers = LowerForms {
            capitals: vec![0; tokens.len().div_ceil(64)],
            before: Vec::with_capacity(tokens.len().div_ceil(64)),
            starts: Vec::with_capacity(room + 1),
            forms: String::with_capacity(room * 8),
        };
        'tokens: for (word, &bits) in capitals.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let i = word * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                // forms longer than their words ("İ") could take the buffer past `u32` offsets
                // in a text near the limit: the tokens after that read as written
                let Ok(start) = u32::try_from(lowers.forms.len()) else {
                    break 'tokens;
                };
                lowers.push(i, start, tokens[i].text());
            }
        }
        lowers
            .starts
            .push(u32::try_from(lowers.forms.len()).unwrap_or(u32::MAX));
        let mut count = 0;
        for word in &lowers.capitals {
            lowers.before.push(count);
            count += word.count_ones();
        }
        lowers
    }

    /// Notes the lower-case form of `word`, token `i`, which has capitals, at `start`.
    fn push(&mut self, i: usize, start: u32, word: &str) {
        self.capitals[i / 64] |= 1 << (i % 64);
        self.starts.push(start);
        if word.is_ascii() {
            // copied whole, then lowered in place: no character at a time
            self.forms.push_str(word);
            self.forms[start as usize..].make_ascii_lowercase();
        } else {
            self.forms.push_str(&word.to_lowercase());
        }
    }

    /// The lower-case form of token `i`, if it has capitals.
    #[inline]
    fn of(&self, i: usize) -> Option<&str> {
        let word = *self.capitals.get(i / 64)?;
        let bit = 1u64 << (i % 64);
        if word & bit == 0 {
            return None;
        }
        let k = *self.before.get(i / 64)? as usize + (word & (bit - 1)).count_ones() as usize;
        let (start, end) = (*self.starts.get(k)?, *self.starts.get(k + 1)?);
        self.forms.get(start as usize..end as usize)
    }
}

/// The index of the range holding token `i`, in contiguous ranges.
fn owner(ranges: &[Range<usize>], i: usize) -> usize {
    ranges
        .partition_point(|r| r.end <= i)
        .min(ranges.len().saturating_sub(1))
}

fn ranges_from_starts(starts: &[usize], len: usize) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(len);
        if e > s {
            out.push(s..e);
        }
    }
    if out.is_empty() {
        out.push(0..len);
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `source` into tokens and notes where paragraphs start (a blank line, or a line
/// indented by three or more spaces as wire copy marks them), reading the byte ranges
/// `blanked` (in order, apart) as spaces, their newlines kept, as [`with_spaces`] writes them:
/// no copy of the text is made.
fn tokenize<'a>(source: &'a str, blanked: &[Range<usize>], capitals: Capitals) -> Tokenized<'a> {
    let text = &source[..floor_char_boundary(source, MAX_TEXT_BYTES)];
    let mut tokenizer = Tokenizer {
        // a token for every five bytes, a little more than copy has (5.7 in the corpus): the
        // list is seldom moved as it grows, and the room no token takes is never touched
        tokens: Vec::with_capacity(text.len() / 5),
        // room for paragraphs of 256 bytes (copy's are longer)
        paragraph_starts: Vec::with_capacity(text.len() / 256 + 1),
        glued: false,
        newlines: 0,
        indent: 0,
        capitals: match capitals {
            Capitals::Noted => Some(Vec::with_capacity(text.len() / 5 / 64 + 1)),
            Capitals::Unnoted => None,
        },
    };
    tokenizer.paragraph_starts.push(0);
    let mut at = 0;
    for r in blanked {
        let start = r.start.clamp(at, text.len());
        // a token ends where a blanked part starts, as at a space
        tokenizer.checked(&text[..start], at);
        at = r.end.clamp(start, text.len());
        tokenizer.blank(&text.as_bytes()[start..at]);
    }
    tokenizer.checked(text, at);
    Tokenized {
        tokens: tokenizer.tokens,
        paragraph_starts: tokenizer.paragraph_starts,
        capitals: tokenizer.capitals.unwrap_or_default(),
    }
}

/// Whether the tokenizer notes which tokens have capitals: a document makes their lower-case
/// forms from the note; a short text's tokens (a name, a title) need none.
#[derive(Clone, Copy)]
enum Capitals {
    Noted,
    Unnoted,
}

/// What [`tokenize`] found: the tokens, where paragraphs start, and (if asked) which tokens
/// have capitals, as bits (bit `i % 64` of word `i / 64`; words past the last set bit left out).
struct Tokenized<'a> {
    tokens: Vec<Token<'a>>,
    paragraph_starts: Vec<usize>,
    capitals: Vec<u64>,
}

/// The tokens so far, and what lies between the last one and the next.
struct Tokenizer<'a> {
    tokens: Vec<Token<'a>>,
    paragraph_starts: Vec<usize>,
    /// No white space since the last token.
    glued: bool,
    /// Line breaks since the last token, and spaces since the last line break.
    newlines: usize,
    indent: usize,
    /// The tokens with capitals so far (see [`Tokenized::capitals`]), if noted.
    capitals: Option<Vec<u64>>,
}

impl<'a> Tokenizer<'a> {
    /// The tokens of `text` from byte `i` on.
    fn checked(&mut self, text: &'a str, mut i: usize) {
        let bytes = text.as_bytes();
        while i < text.len() {
            // a plain space, the commonest byte, before any character is made of it
            if bytes[i] == b' ' {
                self.space(false);
                i += 1;
                continue;
            }
            let c = match bytes[i] {
                b if b.is_ascii() => char::from(b),
                _ => text[i..].chars().next().unwrap_or(' '),
            };
            if c.is_whitespace() {
                self.space(c == '\n');
                i += c.len_utf8();
                continue;
            }
            if !self.tokens.is_empty() && (self.newlines >= 2 || (self.newlines == 1 && self.indent >= 3)) {
                self.paragraph_starts.push(self.tokens.len());
            }
            self.newlines = 0;
            self.indent = 0;
            // whether the token has capitals: a plain ASCII word's scan tells; numbers and
            // ASCII punctuation have none; any other token is read for them
            let (end, kind, capitals) = if c.is_ascii_digit() {
                (scan_number(bytes, i), TokenKind::Number, Some(false))
            } else if is_word_char(c) {
                let (end, capitals) = scan_word(text, i);
                (end, TokenKind::Word, capitals)
            } else {
                (i + c.len_utf8(), TokenKind::Symbol, c.is_ascii().then_some(false))
            };
            let (end, capitals) = if end - i > MAX_TOKEN_BYTES {
                (floor_char_boundary(text, i + MAX_TOKEN_BYTES), None)
            } else {
                (end, capitals)
            };
            let word = &text[i..end];
            if self.capitals.is_some() && capitals.unwrap_or_else(|| has_capitals(word)) {
                self.note_capitals();
            }
            let glued = self.glued && !self.tokens.is_empty();
            self.tokens.push(Token::new(word, kind, glued));
            self.glued = true;
            i = end;
        }
    }

    /// Notes that the token about to be pushed has capitals, if capitals are noted.
    fn note_capitals(&mut self) {
        let Some(capitals) = &mut self.capitals else { return };
        let i = self.tokens.len();
        if capitals.len() <= i / 64 {
            capitals.resize(i / 64 + 1, 0);
        }
        capitals[i / 64] |= 1 << (i % 64);
    }

    /// A blanked part: a space for each byte but its line breaks.
    fn blank(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.space(b == b'\n');
        }
    }

    fn space(&mut self, newline: bool) {
        if newline {
            self.newlines += 1;
            self.indent = 0;
        } else if self.newlines > 0 {
            self.indent += 1;
        }
        self.glued = false;
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(0)
}

/// "1,200", "2.5", "2024": commas only before exactly three digits, a point only before a digit.
fn scan_number(bytes: &[u8], start: usize) -> usize {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let mut i = start;
    while digit(i) {
        i += 1;
    }
    loop {
        if bytes.get(i) == Some(&b',') && (1..=3).all(|d| digit(i + d)) && !digit(i + 4) {
            i += 4;
        } else if bytes.get(i) == Some(&b'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
        } else {
            return i;
        }
    }
}

/// A byte of [`PLAIN_WORD_BYTES`]: an ASCII letter or digit.
const LETTER_OR_DIGIT: u8 = 1;
/// A byte of [`PLAIN_WORD_BYTES`]: an ASCII capital (a letter too).
const CAPITAL: u8 = 2;

/// Per byte, what a plain ASCII word's scan makes of it: 0 ends the word, else
/// `LETTER_OR_DIGIT`, with `CAPITAL` for a capital. One table read a byte: asking
/// `is_ascii_alphanumeric` and then `is_ascii_uppercase` of every byte of every word made the
/// tokenizer a sixth dearer on the corpus (callgrind); with the table it costs what it did
/// before it noted capitals.
const PLAIN_WORD_BYTES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = LETTER_OR_DIGIT;
        }
        if byte.is_ascii_uppercase() {
            table[b] |= CAPITAL;
        }
        b += 1;
    }
    table
};

/// A word: letters and digits, joined by inner apostrophes or hyphens ("Israel's", "Ka-Shing",
/// "forty-three"), or an abbreviation with dots ("U.S.", "N.Z."). Gives its end, and for a
/// plain ASCII word whether it has capitals (`None` for any other: not read for them).
fn scan_word(text: &str, start: usize) -> (usize, Option<bool>) {
    // most words are plain ASCII letters ended by a space or plain punctuation: no need to
    // walk them by characters, and their capitals are seen on the way
    let bytes = text.as_bytes();
    let (mut plain_end, mut seen) = (start, 0);
    for &b in &bytes[start..] {
        let class = PLAIN_WORD_BYTES[usize::from(b)];
        if class == 0 {
            break;
        }
        seen |= class;
        plain_end += 1;
    }
    let capitals = seen & CAPITAL != 0;
    if bytes
        .get(plain_end)
        .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.'))
    {
        return (plain_end, Some(capitals));
    }
    let mut i = start;
    let mut chars = text[start..].char_indices().peekable();
    let mut letters = 0;
    while let Some((off, c)) = chars.next() {
        let at = start + off;
        if is_word_char(c) {
            letters += 1;
            i = at + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        // "12-to-15 pct": a range's "to" hyphened to its upper end is a word of its own, so the
        // number after it is read
        let range_to =
            c == '-' && text[start..at].eq_ignore_ascii_case("to") && next.is_some_and(|n| n.is_ascii_digit());
        let joins = matches!(c, '\'' | '’' | '-' | '‑') && next.is_some_and(is_word_char) && !range_to;
        let abbreviation_dot =
            c == '.' && letters == 1 && next.is_some_and(|n| n.is_alphabetic()) && dotted_after(text, at + 1);
        if joins || abbreviation_dot {
            letters = 0;
            i = at + c.len_utf8();
            continue;
        }
        if c == '.' && letters == 1 && text[start..at].contains('.') {
            // the closing dot of "U.S."
            i = at + 1;
        }
        break;
    }
    (i, None)
}

/// True when `text[at..]` reads like the rest of a dotted abbreviation: "S." in "U.S.".
fn dotted_after(text: &str, at: usize) -> bool {
    let mut it = text[at..].chars();
    matches!((it.next(), it.next()), (Some(a), Some('.')) if a.is_alphabetic())
}

/// Tokens per sentence a document's list of sentence starts is first given room for (copy
/// has about 25): the list is seldom moved as it grows.
const SENTENCE_ROOM: usize = 16;

/// Pushes the tokens starting the sentences of `paragraph` (a range of `tokens`), its first
/// token first: a sentence never runs over a paragraph's end (no token after a line break is
/// glued, so the quotes closing a stop stay in its paragraph), so each paragraph is read
/// alone, but for the word before its first token (see [`ends_sentence`]).
fn paragraph_sentence_starts(tokens: &[Token], paragraph: Range<usize>, starts: &mut Vec<usize>) {
    starts.push(paragraph.start);
    let mut i = paragraph.start;
    while i < paragraph.end {
        if ends_sentence(tokens, i) {
            // the quotes and brackets glued to the stop close its sentence; one after a space
            // ('said. "The') opens the next
            let mut j = i + 1;
            while j < paragraph.end && tokens[j].glued && closes_sentence(&tokens[j]) {
                j += 1;
            }
            if j < paragraph.end && starts_sentence(&tokens[j]) {
                starts.push(j);
            }
            i = j;
            continue;
        }
        i += 1;
    }
}

fn ends_sentence(tokens: &[Token], i: usize) -> bool {
    match tokens[i].text() {
        "!" | "?" => true,
        // a dot with no space after it ("STGN.PA", "3.Mr") is inside a word or code, but a
        // closing quote or bracket glued to it ('need." The') ends the sentence with it
        "." if tokens.get(i + 1).is_some_and(|n| n.glued && !closes_sentence(n)) => false,
        "." => {
            let prev = i.checked_sub(1).map(|p| &tokens[p]);
            !prev.is_some_and(|p| {
                let acronym = p.text().len() > 1 && p.text().chars().all(|c| c.is_uppercase());
                p.is_word()
                    && (!acronym && is_abbreviation(p.text())
                        || p.text().contains('.')
                        || (p.text().chars().count() == 1 && p.is_capitalized()))
            })
        }
        _ => false,
    }
}

/// Whether `word` is one of `ABBREVIATIONS` in any case: an ASCII word is compared without a
/// lower-case copy (every full stop after a word asks).
fn is_abbreviation(word: &str) -> bool {
    if word.len() > LONGEST_ABBREVIATION {
        // lower case never shortens a word below its bytes but for a few letters outside ASCII
        // ("İ" is longer lowered; "K", the Kelvin sign, lowers to one byte from three)
        return !word.is_ascii() && ABBREVIATIONS.contains(&word.to_lowercase().as_str());
    }
    if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    }
}

/// A closing quote or bracket, which a sentence's full stop may carry after it.
fn closes_sentence(t: &Token) -> bool {
    matches!(t.text(), "\"" | "”" | "’" | "'" | ")")
}

fn starts_sentence(t: &Token) -> bool {
    t.is_capitalized() || t.kind == TokenKind::Number || matches!(t.text(), "\"" | "“" | "‘" | "'" | "(")
}

/// A word without its possessive "'s" ("Blair's" is "Blair"): here, below both, for the number
/// reader (an age in the possessive, "the 30-year-old's") and the name readers.
pub(crate) fn strip_possessive(word: &str) -> &str {
    // asked of nearly every word: most end in another letter, read as one byte
    if !word.ends_with('s') {
        return word;
    }
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(doc: &'a Doc) -> Vec<&'a str> {
        doc.tokens.iter().map(|t| t.text()).collect()
    }

    #[test]
    fn numbers_keep_commas_and_points_but_not_trailing_punctuation() {
        let doc = Doc::new("over 3,200, and $2.5bn. In 1987,");
        assert_eq!(
            texts(&doc),
            ["over", "3,200", ",", "and", "$", "2.5", "bn", ".", "In", "1987", ","]
        );
        assert!(doc.tokens[6].glued, "bn is glued to 2.5");
        assert!(!doc.tokens[3].glued);
    }

    #[test]
    fn a_recased_copy_is_read_as_its_own_text_is() {
        // in capitals "NO." is an acronym ending a sentence; re-cased, "No." is an abbreviation
        let capitals = "WASHINGTON - THE NO. 2 MAN SAID. <!-- X -->\n\nHE, U.S. AIDE, QUIT.";
        let recased = "Washington - the No. 2 man said. <!-- X -->\n\nHe, U.S. aide, quit.";
        let blanked = [capitals.find("<!--").unwrap()..capitals.find("-->").unwrap() + 3];
        let capitals_doc = Doc::blanked(capitals, &blanked);
        let read = capitals_doc.recased(recased);
        let own = Doc::blanked(recased, &blanked);
        let tokens = |doc: &Doc| -> Vec<_> {
            doc.tokens
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    (
                        t.text().to_string(),
                        doc.start_of(t),
                        t.kind,
                        t.glued,
                        doc.lower_at(i).to_string(),
                    )
                })
                .collect()
        };
        assert_eq!(tokens(&read), tokens(&own));
        assert_eq!(read.sentences, own.sentences);
        assert_eq!((capitals_doc.sentences.len(), read.sentences.len()), (3, 2));
        assert_eq!(read.paragraphs, own.paragraphs);
        // copy in lower case gains capitals: their lower-case forms are read from the new text
        let lower = "champlin chairman william adams said.";
        let named = "champlin chairman William Adams said.";
        assert_eq!(tokens(&Doc::new(lower).recased(named)), tokens(&Doc::new(named)));
    }

    #[test]
    fn a_recased_copy_finds_again_the_sentences_of_what_changed_and_after() {
        // the second paragraph opens with a stop after "NO": the acronym ends a sentence there,
        // the abbreviation "No" does not; the third is the same in both
        let capitals = "TALKS ON DEBT END WITH A NO\n\n. Then talks. End.\n\nA third. Here, Mr. Smith said.";
        let recased = "Talks on debt end with a No\n\n. Then talks. End.\n\nA third. Here, Mr. Smith said.";
        let capitals_doc = Doc::new(capitals);
        let read = capitals_doc.recased(recased);
        assert_eq!(read.sentences, Doc::new(recased).sentences);
        assert_eq!((capitals_doc.sentences.len(), read.sentences.len()), (6, 5));
    }

    #[test]
    fn words_keep_apostrophes_hyphens_and_dotted_abbreviations() {
        let doc = Doc::new("Israel's forty-three U.S. officials, Oct. 7");
        assert_eq!(
            texts(&doc),
            ["Israel's", "forty-three", "U.S.", "officials", ",", "Oct", ".", "7"]
        );
    }

    #[test]
    fn line_breaks_inside_a_title_do_not_split_the_sentence() {
        let doc = Doc::new("the Minister of Regional and Industrial\nExpansion, Michel Cote, ruled.");
        assert_eq!(doc.sentences.len(), 1);
        assert_eq!(doc.words(1..6), "Minister of Regional and Industrial");
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations_or_initials() {
        let doc = Doc::new("Mr. Blair met on Oct. 7 with J. Smith. He left.");
        assert_eq!(doc.sentences.len(), 2);
        let doc = Doc::new("sources tell the FT. But Rover said no.");
        assert_eq!(doc.sentences.len(), 2, "an acronym is not an abbreviation");
        let doc = Doc::new("Generale <STGN.PA>'s bank. Next.");
        assert_eq!(doc.sentences.len(), 2, "a ticker's dot does not end a sentence");
    }

    #[test]
    fn a_stop_inside_closing_quotes_ends_the_sentence() {
        // bbc/politics/256: 'the government." Mr Blair on Sunday dismissed'
        let doc = Doc::new("He told BBC News: \"They damage the party.\" Mr Blair on Sunday dismissed claims.");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(
            doc.words(doc.sentences[1].clone()),
            "Mr Blair on Sunday dismissed claims."
        );
        let doc = Doc::new("(It fell.) Then it rose.");
        assert_eq!(doc.words(doc.sentences[1].clone()), "Then it rose.");
        // a quote after a space opens the next sentence, not closes this one
        let doc = Doc::new("dealers said. \"The dollar fell.\"");
        assert_eq!(doc.words(doc.sentences[1].clone()), "\"The dollar fell.\"");
    }

    #[test]
    fn blank_lines_and_wire_indents_start_paragraphs() {
        let doc = Doc::new("One.\n\nTwo here\nstill two.\n    Three.");
        assert_eq!(doc.paragraphs.len(), 3);
        assert_eq!(doc.words(doc.paragraphs[1].clone()), "Two here still two.");
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_token_is_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 12);
    }

    #[test]
    fn a_run_longer_than_a_token_is_cut_into_glued_tokens() {
        let text = format!(
            "a {}é{} b",
            "x".repeat(MAX_TOKEN_BYTES - 1),
            "y".repeat(MAX_TOKEN_BYTES)
        );
        let doc = Doc::new(&text);
        let lengths: Vec<(usize, bool)> = doc.tokens.iter().map(|t| (t.text().len(), t.glued)).collect();
        // the cut falls before "é", which would not fit whole
        let expected = [
            (1, false),
            (MAX_TOKEN_BYTES - 1, false),
            (MAX_TOKEN_BYTES, true),
            (2, true),
            (1, false),
        ];
        assert_eq!(lengths, expected);
        assert_eq!(doc.tokens[4].text(), "b");
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "café “Dermer”";
        let doc = Doc::new(text);
        let t = &doc.tokens[2];
        assert_eq!(&text[doc.start_of(t)..doc.end_of(t)], "Dermer");
    }

    #[test]
    fn lower_case_forms_keep_their_tokens_offsets() {
        let doc = Doc::new("Ünal SAID İstanbul ΣΟΦΟΣ, the İ. end");
        let lowers: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.lower_at(i)).collect();
        assert_eq!(
            lowers,
            ["ünal", "said", "i̇stanbul", "σοφος", ",", "the", "i̇", ".", "end"]
        );
        assert_eq!(doc.lower_at(doc.tokens.len()), "");
    }

    #[test]
    fn every_tokens_lower_case_form_is_its_own() {
        // plain words, joined ones, abbreviations, numbers, symbols and words outside ASCII,
        // past the first 64 tokens (a word of the bits), ending in a long run without
        // capitals; and a run cut at the longest token, its capital in the second cut
        let piece = "Mr O'Neill's U.S. 1,200 ka-SHING, ÉTÉ ß §Ⓐ ";
        let text = format!(
            "{}{} {}B",
            piece.repeat(9),
            "word ".repeat(70),
            "x".repeat(MAX_TOKEN_BYTES)
        );
        let doc = Doc::new(&text);
        assert!(doc.tokens.len() > 128);
        for (i, t) in doc.tokens.iter().enumerate() {
            assert_eq!(doc.lower_at(i), t.text().to_lowercase(), "token {i}: {:?}", t.text());
        }
    }

    #[test]
    fn the_capitals_noted_while_scanning_hold_across_blanked_parts() {
        // a wire story's dateline and slug are blanked (corpus: reuters' "WASHINGTON (Reuters) -"):
        // the tokenizer reads the text in pieces, and each token's note is its own; a cut run
        // has its capital in the first cut
        let text = format!(
            "(Reuters) - McDonald's iPhone UAE said. X{} end",
            "x".repeat(MAX_TOKEN_BYTES)
        );
        let slug = text.find("iPhone").unwrap();
        let doc = Doc::blanked(&text, &[0..9, slug..slug + "iPhone".len()]);
        assert_eq!(doc.tokens[0].text(), "-");
        for (i, t) in doc.tokens.iter().enumerate() {
            assert_eq!(doc.lower_at(i), t.text().to_lowercase(), "token {i}: {:?}", t.text());
        }
    }

    #[test]
    fn blanked_parts_read_as_the_spaces_that_replace_them() {
        // a part blanked in a word, one with line breaks that make a paragraph, one
        // that indents a line as wire copy does, and one at the very end
        let text = "Mr Smithxyz<!-- x -->said 3<b>\n\n</b>,200 there\n<i> </i>Next. Then é<u>\u{a0}\n</u>";
        let parts = [8..21, 27..36, 47..55, 68..78];
        let spaced = with_spaces(text, &parts);
        let (blanked, plain) = (Doc::blanked(text, &parts), Doc::new(&spaced));
        let read = |doc: &Doc| -> Vec<(usize, String, bool)> {
            doc.tokens
                .iter()
                .map(|t| (doc.start_of(t), t.text().to_string(), t.glued))
                .collect()
        };
        assert_eq!(read(&blanked), read(&plain));
        assert_eq!(blanked.paragraphs, plain.paragraphs);
        assert_eq!(blanked.paragraphs.len(), 3);
        assert_eq!(blanked.sentences, plain.sentences);
    }

    #[test]
    fn every_token_finds_its_sentence_and_paragraph() {
        let doc = Doc::new("One. Two three.\n\nFour. Five!");
        let sentences: Vec<usize> = (0..doc.tokens.len()).map(|i| doc.sentence_index(i)).collect();
        assert_eq!(sentences, [0, 0, 1, 1, 1, 2, 2, 3, 3]);
        assert_eq!(doc.paragraph(4), 0..5);
        assert_eq!(doc.paragraph(5), 5..9);
        assert_eq!(doc.sentence(6), 5..7);
    }
}
