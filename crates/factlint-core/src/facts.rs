//! Loading facts files: the whole format of the spec, several files merged, every value keeping
//! its position so a finding can point at the facts line it disagrees with.

use crate::error::InputError;
use crate::lazy_list::LazyList;
use crate::lexicon::{lexicon, Lexicon};
use crate::quantity::Quantity;
use crate::source_map::{offset_of, Unit};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A place in a facts file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Loc {
    /// Index into `Facts::files`.
    pub file: usize,
    /// Bytes in that file.
    pub span: Range<usize>,
}

/// A title form of a person, split into canonical words for comparison.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct TitleForm {
    /// As written in the facts file.
    pub text: String,
    /// Its canonical words, which titles are compared by.
    pub words: Vec<String>,
    /// Where it is written.
    pub loc: Loc,
    /// The form begins with "former" (a past post the story may name).
    pub former: bool,
}

/// A person the facts name, with the titles and names a story may give them.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// The name as the desk writes it.
    pub name: String,
    /// Where the entry is.
    pub loc: Loc,
    /// Other names a story may use for them (a surname, a familiar form).
    pub aliases: Vec<String>,
    /// The reference title first, then the `also` forms; with `posts`, every post's forms in
    /// order (for the closest form of a mismatch and the words a title run may hold).
    pub titles: Vec<TitleForm>,
    /// The day they left the post (`until:` of the one-post form; from then a story must say
    /// "former"), and where that is written.
    pub until: Option<(NaiveDate, Loc)>,
    /// The posts over time (empty for the one-post shorthand).
    pub posts: Vec<Post>,
    /// The honorific the desk writes before the name (`honorific:`).
    pub honorific: Option<Honorific>,
    /// When the desk last reviewed the entry (`reviewed:`), for `factlint facts check`.
    pub reviewed: Option<(NaiveDate, Loc)>,
}

impl Person {
    /// Whether a name as written (a possessive aside) may mean this person: each of its words
    /// is a word of their name or an alias ("Bush" and "George Bush" may mean George W. Bush),
    /// their name is in it, honorifics aside ("Neil Kinnock" may be the "Lord Kinnock" of a
    /// who's-who), or it is their name with the given name written another way ("Jamie" for
    /// "Jaime", "Vince" for "Vincent"). "Howard Baker" never means James Baker.
    pub(crate) fn may_be_called(&self, written: &str) -> bool {
        let key = |w: &str| w.trim_end_matches('.').to_lowercase();
        let written: Vec<String> = crate::text::strip_possessive(written.trim())
            .split_whitespace()
            .map(key)
            .collect();
        let theirs: Vec<String> = std::iter::once(&self.name)
            .chain(&self.aliases)
            .flat_map(|n| n.split_whitespace())
            .map(key)
            .collect();
        let honorifics = &lexicon().honorifics;
        let own: Vec<String> = self
            .name
            .split_whitespace()
            .map(key)
            .filter(|w| !honorifics.contains(w))
            .collect();
        let given_variant = matches!((written.as_slice(), own.as_slice()),
            ([given, surname], [their_given, their_surname])
                if surname == their_surname && written_another_way(given, their_given));
        written.iter().all(|w| theirs.contains(w)) || own.iter().all(|w| written.contains(w)) || given_variant
    }
}

/// One given name written for another: a letter apart, or one the start of the other.
fn written_another_way(a: &str, b: &str) -> bool {
    let shorter = a.chars().count().min(b.chars().count());
    shorter >= 3 && (strsim::osa_distance(a, b) <= 1 || a.starts_with(b) || b.starts_with(a))
}

/// A sentence a fact carries under `tests:` that `factlint facts check` runs through the
/// checker: a `pass` sentence must give no finding, a `flag` one a finding about the fact.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct SelfTest {
    /// The person's name or the figure's or event's id.
    pub fact: String,
    /// The sentence to check.
    pub sentence: String,
    /// Where the test is written.
    pub loc: Loc,
    /// Whether the sentence must give a finding (`flag`) rather than none (`pass`).
    pub flag: bool,
}

/// One post a person held, holds or will hold: its title forms and tenure.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Post {
    /// The title first, then the `also` forms.
    pub forms: Vec<TitleForm>,
    /// First day held (inclusive), as written.
    pub from: Option<PostDate>,
    /// First day no longer held (exclusive), as written.
    pub until: Option<PostDate>,
}

/// A post's date as written (`2015-01`) and the days it may mean.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PostDate {
    /// The days it may mean.
    pub range: DateRange,
    /// As written.
    pub text: String,
    /// Where it is written.
    pub loc: Loc,
}

/// The honorific the desk writes before a name; `words` is empty for `honorific: none`.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Honorific {
    /// As written (`Dr`).
    pub text: String,
    /// Canonical honorifics ("dr", "professor"), from `rules/honorifics.yaml`.
    pub words: Vec<String>,
    /// Where it is written.
    pub loc: Loc,
}

/// An organisation, company, body or place whose name the desk spells one way.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Organisation {
    /// The name as the desk writes it.
    pub name: String,
    /// Where the entry is.
    pub loc: Loc,
    /// Other accepted forms ("IAEA", "the UN nuclear watchdog"), each with its place.
    pub aliases: Vec<(String, Loc)>,
}

impl Organisation {
    /// The name, then the aliases: every form the story may write.
    pub(crate) fn forms(&self) -> impl Iterator<Item = (&str, &Loc)> {
        std::iter::once((self.name.as_str(), &self.loc)).chain(self.aliases.iter().map(|(a, l)| (a.as_str(), l)))
    }
}

/// A figure the desk holds, with the cue words that tie a story's number to it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// Its id in the facts file.
    pub id: String,
    /// The value, read as a story's numbers are read.
    pub(crate) value: Quantity,
    /// The value as written.
    pub value_text: String,
    /// Where the entry is.
    pub loc: Loc,
    /// Cue words: a number in a sentence with one of them is taken to be this figure.
    pub about: Vec<String>,
    /// Words that must appear close by (same sentence, else same paragraph), to choose between
    /// figures sharing a cue.
    pub near: Vec<String>,
    /// When it was stated (`as_of:`), as written.
    pub as_of: Option<String>,
    /// Who stated it (`source:`).
    pub source: Option<String>,
}

/// An inclusive range of days: a day, a month or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateRange {
    /// The first day.
    pub first: NaiveDate,
    /// The last day (inclusive).
    pub last: NaiveDate,
}

impl DateRange {
    /// One day.
    pub fn day(d: NaiveDate) -> DateRange {
        DateRange { first: d, last: d }
    }

    /// Whether the two ranges share a day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.first <= other.last && other.first <= self.last
    }
}

/// An event the desk dates, with the cue words that tie a story's date to it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// Its id in the facts file.
    pub id: String,
    /// The days it happened on.
    pub date: DateRange,
    /// The date as written.
    pub date_text: String,
    /// Where the entry is.
    pub loc: Loc,
    /// Cue words: a date in a sentence with one of them is taken to be this event's.
    pub about: Vec<String>,
}

/// A verbatim quote and who said it (`quotes:`).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    /// The `name` of a person of the facts (checked once every file is loaded:
    /// `Facts::check_quote_speakers`).
    pub speaker: String,
    /// Where `speaker` is written.
    pub speaker_loc: Loc,
    /// The words as said, verbatim.
    pub text: String,
    /// Where `text` is written: what a finding points at.
    pub loc: Loc,
    /// When it was said, as written (for messages).
    pub date: Option<String>,
    /// Where it was said (for messages).
    pub source: Option<String>,
}

/// A facts file's path and text, kept for rendering findings that point into it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FactsFile {
    /// The path it was read from.
    pub path: PathBuf,
    /// Its text. Not in a cached copy: the file is read anyway to find its entry, and put back.
    #[serde(skip)]
    pub text: String,
    /// Written by `factlint facts import` (its `imported:` key): a desk's own entry for the
    /// same person wins over this file's.
    pub imported: bool,
}

/// Every facts file loaded, merged: what stories are checked against. Serializable for the
/// CLI's facts cache, with the texts of its files left out.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Facts {
    /// The files in the order they were added ([`Loc::file`] indexes them).
    pub files: Vec<FactsFile>,
    /// The day stories are published unless they say (`published:`), and where that is written.
    pub published: Option<(NaiveDate, Loc)>,
    /// Everyone the facts name: a plain list, or in a cached copy each person decoded when
    /// first asked for (`people.get(k)`; reading it as a `Vec` decodes them all).
    pub people: LazyList<Person>,
    /// Every figure.
    pub figures: Vec<Figure>,
    /// Every event.
    pub events: Vec<Event>,
    /// Every verbatim quote, with its speaker.
    pub quotes: Vec<Quote>,
    /// Every organisation, company, body or place.
    pub organisations: Vec<Organisation>,
    /// One line for each imported entry a desk's own entry replaced.
    pub overrides: Vec<String>,
    /// Every `tests:` sentence, for `factlint facts check`.
    pub self_tests: Vec<SelfTest>,
    /// The lexicon the facts are read and checked with (a config's `extend:`); not in a
    /// cached copy, whose key holds its fingerprint.
    #[serde(skip)]
    lexicon: &'static Lexicon,
}

// --- the file format, as serde reads it ---------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFacts {
    /// The source of an imported file; its presence is what matters.
    imported: Option<String>,
    published: Option<Spanned<Scalar>>,
    #[serde(default)]
    people: Vec<RawPerson>,
    #[serde(default)]
    figures: Vec<RawFigure>,
    #[serde(default)]
    events: Vec<RawEvent>,
    #[serde(default)]
    quotes: Vec<RawQuote>,
    #[serde(default)]
    organisations: Vec<RawOrganisation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<String>,
    title: Option<Spanned<String>>,
    #[serde(default)]
    also: Vec<Spanned<String>>,
    until: Option<Spanned<Scalar>>,
    #[serde(default)]
    posts: Vec<RawPost>,
    honorific: Option<Spanned<String>>,
    reviewed: Option<Spanned<Scalar>>,
    tests: Option<RawTests>,
}

/// `tests: {pass: [...], flag: [...]}` on a fact.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTests {
    #[serde(default)]
    pass: Vec<Spanned<String>>,
    #[serde(default)]
    flag: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPost {
    title: Spanned<String>,
    #[serde(default)]
    also: Vec<Spanned<String>>,
    from: Option<Spanned<Scalar>>,
    until: Option<Spanned<Scalar>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    id: Spanned<String>,
    value: Spanned<Scalar>,
    about: Vec<String>,
    #[serde(default)]
    near: Vec<String>,
    as_of: Option<Scalar>,
    source: Option<String>,
    tests: Option<RawTests>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Spanned<String>,
    date: Spanned<Scalar>,
    about: Vec<String>,
    tests: Option<RawTests>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuote {
    speaker: Spanned<String>,
    text: Spanned<String>,
    date: Option<Scalar>,
    source: Option<String>,
}

/// A YAML scalar that may be written as a number or a string (`date: 2023` or `value: 251`).
#[derive(Deserialize, Clone, Debug)]
#[serde(untagged)]
enum Scalar {
    Int(i64),
    Float(f64),
    Text(String),
}

impl Scalar {
    fn text(&self) -> String {
        match self {
            Scalar::Int(n) => n.to_string(),
            Scalar::Float(x) => x.to_string(),
            Scalar::Text(s) => s.clone(),
        }
    }
}

// --- text ------------------------------------------------------------------------------------

/// The text of a file read as `bytes`; not UTF-8 is an error at the first bad byte.
pub fn utf8_text(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or_default();
        let (line, column) = crate::source_map::line_column(before, at);
        InputError::file(
            path,
            format!("not UTF-8 text: invalid byte at offset {at} (line {line}, column {column})"),
        )
        .with_help("save the file as UTF-8 (most editors offer it under \"Save with encoding\")")
    })
}

/// Limits that keep a hostile facts file (alias bombs, deep nesting) from costing much.
/// The node and event budgets are raised for desk-wide who's-whos (100,000 people is about
/// 300,000 nodes); the depth, alias and anchor limits that stop bombs stay as they are.
pub(crate) fn parse_options() -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = 5_000_000;
    budget.max_events = 20_000_000;
    options.budget = Some(budget);
    options
}

impl Facts {
    /// No facts yet, to be read and checked with `lexicon` (for [`Facts::default`], the
    /// built-in one).
    pub fn with_lexicon(lexicon: &'static Lexicon) -> Facts {
        Facts {
            lexicon,
            ..Facts::default()
        }
    }

    /// The lexicon the facts are read and checked with.
    pub fn lexicon(&self) -> &'static Lexicon {
        self.lexicon
    }

    /// A copy read back from a cache gets its lexicon again (a copy does not carry it): the
    /// one the facts were read with, which the cache's key holds the fingerprint of.
    pub fn cached_with(self, lexicon: &'static Lexicon) -> Facts {
        Facts { lexicon, ..self }
    }

    /// Parses one facts file's text and merges it in.
    pub fn add_file(&mut self, path: &Path, text: String) -> Result<(), InputError> {
        crate::lexicon::scoped(self.lexicon, || self.read_file(path, text))
    }

    fn read_file(&mut self, path: &Path, text: String) -> Result<(), InputError> {
        let raw: RawFacts = if text.trim().is_empty() {
            RawFacts::default()
        } else {
            serde_saphyr::from_str_with_options(&text, parse_options()).map_err(|e| yaml_error(path, &text, &e))?
        };
        let file = self.files.len();
        self.files.push(FactsFile {
            path: path.to_path_buf(),
            text,
            imported: raw.imported.is_some(),
        });
        let cx = FileCx {
            facts_file: file,
            path,
            text: &self.files[file].text,
        };
        let self_tests = cx.self_tests(&raw);
        let published = raw
            .published
            .map(|p| cx.date(&p).map(|(d, loc)| (d.first, loc)))
            .transpose()?;
        let people = raw
            .people
            .into_iter()
            .map(|p| cx.person(p))
            .collect::<Result<Vec<_>, _>>()?;
        let figures = raw
            .figures
            .into_iter()
            .map(|f| cx.figure(f))
            .collect::<Result<Vec<_>, _>>()?;
        let events = raw
            .events
            .into_iter()
            .map(|e| cx.event(e))
            .collect::<Result<Vec<_>, _>>()?;
        let quotes = raw
            .quotes
            .into_iter()
            .map(|q| cx.quote(q))
            .collect::<Result<Vec<_>, _>>()?;
        let organisations = raw
            .organisations
            .into_iter()
            .map(|o| cx.organisation(o))
            .collect::<Result<Vec<_>, _>>()?;
        if published.is_some() {
            self.published = published;
        }
        self.quotes.extend(quotes);
        self.people.extend(people);
        self.figures.extend(figures);
        self.events.extend(events);
        self.organisations.extend(organisations);
        self.self_tests.extend(self_tests);
        self.prefer_desk_entries();
        self.check_duplicates()
    }

    /// A person both in an imported file and in a desk's own file keeps only the desk's entry,
    /// whatever the order of the files, and says so in `overrides`. Two entries of one name in
    /// two desk files (or two imported ones) stay a duplicate.
    fn prefer_desk_entries(&mut self) {
        let desk: HashMap<&str, &Loc> = self
            .people
            .iter()
            .filter(|p| !self.files[p.loc.file].imported)
            .map(|p| (p.name.as_str(), &p.loc))
            .collect();
        let mut overrides = Vec::new();
        let mut replaced = vec![false; self.people.len()];
        for (k, p) in self.people.iter().enumerate() {
            if let (true, Some(loc)) = (self.files[p.loc.file].imported, desk.get(p.name.as_str())) {
                overrides.push(format!(
                    "{} at {} replaces the imported entry at {}",
                    p.name,
                    self.place(loc),
                    self.place(&p.loc)
                ));
                replaced[k] = true;
            }
        }
        let mut k = 0;
        self.people.retain(|_| {
            k += 1;
            !replaced[k - 1]
        });
        self.overrides.extend(overrides);
    }

    /// "desk.yaml:12", for a note.
    fn place(&self, loc: &Loc) -> String {
        let f = &self.files[loc.file];
        let (line, _) = crate::source_map::line_column(&f.text, loc.span.start);
        format!("{}:{line}", f.path.display())
    }

    fn check_duplicates(&self) -> Result<(), InputError> {
        let mut seen: HashMap<&str, &Loc> = HashMap::new();
        let mut namesakes: HashMap<&str, Vec<&Person>> = HashMap::new();
        // two people of one name may both be listed when their posts tell them apart
        let names = self.people.iter().filter_map(|p| {
            let earlier = namesakes.entry(p.name.as_str()).or_default();
            let apart = !earlier.is_empty() && earlier.iter().all(|e| posts_tell_apart(e, p));
            earlier.push(p);
            (!apart).then_some((p.name.as_str(), &p.loc, "person"))
        });
        let names: Vec<_> = names.collect();
        let figures = self.figures.iter().map(|f| (f.id.as_str(), &f.loc, "id"));
        let events = self.events.iter().map(|e| (e.id.as_str(), &e.loc, "id"));
        for (key, loc, what) in names.into_iter().chain(figures).chain(events) {
            if let Some(first) = seen.insert(key, loc) {
                let here = self.error_at(loc, format!("duplicate {what} `{key}`"), "defined again here");
                let there = self.error_at(first, format!("`{key}` first defined here"), "first defined here");
                return Err(here
                    .with_also(there)
                    .with_help("each id and each person's name may appear once across all facts files (two people of one name need `posts` that tell them apart: different titles, or the same title at different times)"));
            }
        }
        self.check_duplicate_organisations()
    }

    /// One organisation listed twice (by name, case aside) is an error naming both places.
    fn check_duplicate_organisations(&self) -> Result<(), InputError> {
        let mut seen: HashMap<String, &Loc> = HashMap::new();
        for o in &self.organisations {
            if let Some(first) = seen.insert(o.name.to_lowercase(), &o.loc) {
                let here = self.error_at(
                    &o.loc,
                    format!("duplicate organisation `{}`", o.name),
                    "listed again here",
                );
                let there = self.error_at(first, format!("`{}` first listed here", o.name), "first listed here");
                return Err(here.with_also(there).with_help(
                    "list each organisation once across all facts files, with its other forms in `aliases`",
                ));
            }
        }
        Ok(())
    }

    /// Every quote's `speaker` is a person of the facts, in whichever file it is listed (so this
    /// runs once all files are in, not per file).
    pub fn check_quote_speakers(&self) -> Result<(), InputError> {
        let names: Vec<&str> = self.people.iter().map(|p| p.name.as_str()).collect();
        let Some(quote) = self.quotes.iter().find(|q| !names.contains(&q.speaker.as_str())) else {
            return Ok(());
        };
        let err = self.error_at(
            &quote.speaker_loc,
            format!("quote speaker `{}` is not a person of the facts", quote.speaker),
            "expected the `name` of a person under `people:`",
        );
        let closest = names
            .iter()
            .map(|n| (strsim::levenshtein(&n.to_lowercase(), &quote.speaker.to_lowercase()), n))
            .min_by_key(|(d, _)| *d)
            .filter(|(d, _)| *d <= 3);
        Err(err.with_help(match closest {
            Some((_, name)) => format!("did you mean `{name}`? (a speaker is written as the person's `name`)"),
            None => "add the speaker under `people:` (any facts file of the set), and write the `name` here".into(),
        }))
    }

    fn error_at(&self, loc: &Loc, message: String, label: &str) -> InputError {
        let f = &self.files[loc.file];
        InputError::at(&f.path, &f.text, loc.span.clone(), message, label)
    }
}

/// Two people of one name can be told apart by their posts: both are given with `posts`, and
/// no post of one shares a title form with a post of the other held at an overlapping time (two
/// presidents George Bush; not two entries both "President" from 2001).
fn posts_tell_apart(a: &Person, b: &Person) -> bool {
    let shares_a_form = |p: &Post, q: &Post| p.forms.iter().any(|f| q.forms.iter().any(|g| f.words == g.words));
    !a.posts.is_empty()
        && !b.posts.is_empty()
        && a.posts
            .iter()
            .all(|p| b.posts.iter().all(|q| !(shares_a_form(p, q) && tenures_overlap(p, q))))
}

/// Whether two posts' tenures share a day (an open end overlaps everything on that side; a
/// date of a month or a year counts from its first day).
pub(crate) fn tenures_overlap(p: &Post, q: &Post) -> bool {
    let starts_before_end = |a: &Post, b: &Post| match (&a.from, &b.until) {
        (Some(from), Some(until)) => from.range.first < until.range.first,
        _ => true,
    };
    starts_before_end(p, q) && starts_before_end(q, p)
}

/// Turns a YAML error into a compiler-style error, with "did you mean" for unknown keys.
/// The bytes of `text` a spanned YAML value was written at.
pub(crate) fn byte_span<T>(s: &Spanned<T>, text: &str) -> Range<usize> {
    let span = s.referenced.span();
    let start = span.byte_offset().unwrap_or(0) as usize;
    let len = span.byte_len().unwrap_or(0) as usize;
    let end = (start + len).min(text.len());
    start.min(end)..end
}

fn yaml_error(path: &Path, text: &str, e: &serde_saphyr::Error) -> InputError {
    yaml_error_in(
        path,
        text,
        e,
        "facts file",
        "see the facts format: top-level keys published, people, figures, events, organisations, quotes",
    )
}

/// A YAML file that did not parse or fit its schema, at the place serde-saphyr names, in a
/// newsroom's words (no YAML or Rust jargon, no advice meant for programmers), with "did you
/// mean" for a misspelt key. `kind` is "facts file" or "config file".
pub(crate) fn yaml_error_in(
    path: &Path,
    text: &str,
    e: &serde_saphyr::Error,
    kind: &str,
    keys_help: &str,
) -> InputError {
    let worded = yaml_wording(e);
    let span = e.location().and_then(|l| {
        let start = match l.span().byte_offset() {
            Some(offset) => offset as usize,
            None => offset_of(text, l.line() as usize, l.column() as usize, Unit::Char)?,
        };
        Some(start..start + (l.span().byte_len().unwrap_or(1) as usize).max(1))
    });
    let cut_by_a_comma = worded.unknown_key && span.as_ref().is_some_and(|s| value_cut_by_a_comma(text, s.start));
    let message = format!("invalid {kind}: {}", worded.message);
    let err = match span {
        Some(span) if span.start <= text.len() => {
            let start = crate::error::floor_char_boundary(text, span.start);
            let end = crate::error::floor_char_boundary(text, span.end.min(text.len())).max(start);
            InputError::at(path, text, start..end, message, worded.label)
        }
        _ => InputError::file(path, message),
    };
    let help = if cut_by_a_comma {
        Some(COMMA_IN_BRACES.to_string())
    } else {
        worded.help
    };
    let hint = help.unwrap_or_else(|| {
        if worded.too_big {
            format!("a {kind} is a flat list: this one nests too deeply or expands aliases too far")
        } else {
            keys_help.to_string()
        }
    });
    err.with_help(hint)
}

/// A YAML error as a message, the label under its place, and a hint when one follows.
struct YamlWording {
    message: String,
    label: String,
    help: Option<String>,
    /// A budget stopped the parse (alias bombs, deep nesting).
    too_big: bool,
    /// The error is a key the schema does not know.
    unknown_key: bool,
}

/// The hint for a value cut short by a comma inside `{ ... }`, where YAML reads the words after
/// it as another key: a desk writing "fellow at Clare College, Cambridge" means one title.
const COMMA_IN_BRACES: &str = "inside `{ ... }` a comma ends a value and starts the next key: \
put a value that has a comma in quotes (`{title: \"fellow at Clare College, Cambridge\"}`)";

/// Whether the unknown key at `start` follows a comma inside braces opened earlier on its line
/// and has no `:` of its own, so it is the tail of the value before it, not a misspelt key.
fn value_cut_by_a_comma(text: &str, start: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..start];
    let inside_braces = before.rfind('{').is_some_and(|open| !before[open..].contains('}'));
    let rest = &text[start..];
    let key_end = rest.find([',', '}', '\n']).unwrap_or(rest.len());
    inside_braces && before.trim_end().ends_with(',') && !rest[..key_end].contains(':')
}

fn yaml_wording(e: &serde_saphyr::Error) -> YamlWording {
    use serde_saphyr::{Error, MessageFormatter, UserMessageFormatter};
    let worded = |message: String, label: &str, help: Option<String>| YamlWording {
        message,
        label: label.to_string(),
        help,
        too_big: false,
        unknown_key: false,
    };
    let mut inner = e;
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = inner {
        inner = error;
    }
    match inner {
        Error::SerdeUnknownField { field, expected, .. } => YamlWording {
            unknown_key: true,
            ..worded(
                format!("unknown key `{field}`"),
                "unknown key",
                Some(did_you_mean(field, expected)),
            )
        },
        Error::SerdeMissingField { field, .. } => worded(
            format!("missing key `{field}`"),
            &format!("this entry needs `{field}:`"),
            None,
        ),
        Error::DuplicateMappingKey { key, .. } => {
            let key = key.as_deref().map_or(String::from("a key"), |k| format!("`{k}`"));
            worded(
                format!("{key} is given twice in one entry"),
                "given again here",
                Some("give each key once per entry; several values go in a list, e.g. `also: [A, B]`".into()),
            )
        }
        Error::Unexpected { expected, .. } => {
            let what = match *expected {
                "sequence start" => "a list here (lines starting `- `, or `[a, b]`)",
                "mapping start" | "empty mapping start" => "`key: value` lines here",
                "mapping end" | "empty mapping end" => "the end of this entry",
                _ => "a single value here",
            };
            worded(format!("expected {what}"), &format!("expected {what}"), None)
        }
        Error::SerdeInvalidType {
            unexpected, expected, ..
        } => {
            let message = format!("expected {}, found {}", plain_kind(expected), plain_kind(unexpected));
            worded(message.clone(), &message, None)
        }
        other => {
            let message = UserMessageFormatter.format_message(other).into_owned();
            let too_big = message.contains("too large or too complex") || message.contains("limit");
            YamlWording {
                label: message.clone(),
                message,
                help: None,
                too_big,
                unknown_key: false,
            }
        }
    }
}

/// serde's words for a kind of value in a newsroom's: "a sequence" -> "a list".
fn plain_kind(kind: &str) -> String {
    let kind = kind.trim();
    if kind.starts_with("struct ") || kind.contains("map") {
        return "`key: value` lines".into();
    }
    kind.replace("sequence", "list")
        .replace("string", "text")
        .replace("unit value", "nothing")
}

/// "did you mean `figures`? (keys here: published, people, figures, events)", or the keys
/// alone when none is close.
fn did_you_mean(unknown: &str, expected: &[&str]) -> String {
    let known = expected.join(", ");
    let best = expected
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&unknown.to_lowercase(), c), c))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((distance, key)) if distance <= 3 => format!("did you mean `{key}`? (keys here: {known})"),
        _ => format!("keys here: {known}"),
    }
}

/// The forms a figure's value may take, for the error that refuses one.
const FIGURE_FORMS: &str = "write one number as a newsroom does, with its qualifier and unit: `251`, \
`about 1,200`, `at least 43,000`, `$2.5 billion`, `150 mln stg`, `12.4%`, `3,200 to 3,300`, \
`4% to 4.5%`, `-0.1%`, `between 20 and 25 dlrs a share`, `HK$3 to HK$4`, `nearly two-thirds`, `one in five`, \
`7/8 pct`, `one pct`, `1.5 million hectares`, `90 minutes`, `$12 an hour`, a tally `a 2-1 win` (units and currencies: \
rules/units.yaml, rules/numbers.yaml)";

/// What a file's entries need to build their positions and errors.
struct FileCx<'a> {
    facts_file: usize,
    path: &'a Path,
    text: &'a str,
}

impl FileCx<'_> {
    fn loc<T>(&self, s: &Spanned<T>) -> Loc {
        Loc {
            file: self.facts_file,
            span: byte_span(s, self.text),
        }
    }

    fn error<T>(&self, at: &Spanned<T>, message: String, label: &str, help: &str) -> InputError {
        InputError::at(self.path, self.text, self.loc(at).span, message, label).with_help(help)
    }

    fn person(&self, raw: RawPerson) -> Result<Person, InputError> {
        if raw.name.value.trim().is_empty() {
            return Err(self.error(
                &raw.name,
                "a person's `name` is empty".into(),
                "expected a full name",
                "write the name as the desk writes it: `name: Antony Blinken`",
            ));
        }
        if let Some(post) = raw.posts.first() {
            self.shorthand_beside_posts(&raw, post)?;
        }
        let posts = raw.posts.iter().map(|p| self.post(p)).collect::<Result<Vec<_>, _>>()?;
        let titles = if posts.is_empty() {
            raw.title
                .iter()
                .chain(raw.also.iter())
                .map(|t| self.title_form(t))
                .collect()
        } else {
            posts.iter().flat_map(|p| p.forms.iter().cloned()).collect()
        };
        let until = raw
            .until
            .map(|u| self.date(&u).map(|(d, loc)| (d.first, loc)))
            .transpose()?;
        let honorific = raw.honorific.as_ref().map(|h| self.honorific(h)).transpose()?;
        let reviewed = raw
            .reviewed
            .as_ref()
            .map(|r| self.date(r).map(|(d, loc)| (d.first, loc)))
            .transpose()?;
        Ok(Person {
            name: raw.name.value.clone(),
            loc: self.loc(&raw.name),
            aliases: raw.aliases,
            titles,
            until,
            posts,
            honorific,
            reviewed,
        })
    }

    /// An organisation with a name and no empty alias.
    fn organisation(&self, raw: RawOrganisation) -> Result<Organisation, InputError> {
        let empty = std::iter::once(&raw.name)
            .chain(&raw.aliases)
            .find(|form| form.value.trim().is_empty());
        if let Some(form) = empty {
            return Err(self.error(
                form,
                "an organisation's name or alias is empty".into(),
                "expected a name",
                "write the name as the desk writes it: `name: International Atomic Energy Agency`, `aliases: [IAEA]`",
            ));
        }
        Ok(Organisation {
            name: raw.name.value.trim().to_string(),
            loc: self.loc(&raw.name),
            aliases: raw
                .aliases
                .iter()
                .map(|a| (a.value.trim().to_string(), self.loc(a)))
                .collect(),
        })
    }

    /// Every fact's `tests:` sentences, named by the fact they test.
    fn self_tests(&self, raw: &RawFacts) -> Vec<SelfTest> {
        let people = raw.people.iter().map(|p| (&p.name.value, &p.tests));
        let figures = raw.figures.iter().map(|f| (&f.id.value, &f.tests));
        let events = raw.events.iter().map(|e| (&e.id.value, &e.tests));
        let mut out = Vec::new();
        for (fact, tests) in people.chain(figures).chain(events) {
            let Some(tests) = tests else { continue };
            let sentences = tests
                .pass
                .iter()
                .map(|s| (s, false))
                .chain(tests.flag.iter().map(|s| (s, true)));
            out.extend(sentences.map(|(s, flag)| SelfTest {
                fact: fact.clone(),
                sentence: s.value.clone(),
                loc: self.loc(s),
                flag,
            }));
        }
        out
    }

    /// `title`, `also` or `until` beside `posts`: one form or the other, never both.
    fn shorthand_beside_posts(&self, raw: &RawPerson, post: &RawPost) -> Result<(), InputError> {
        let shorthand = raw
            .title
            .as_ref()
            .map(|t| self.loc(t))
            .or_else(|| raw.also.first().map(|t| self.loc(t)));
        let shorthand = shorthand.or_else(|| raw.until.as_ref().map(|u| self.loc(u)));
        let Some(at) = shorthand else { return Ok(()) };
        let posts_at = self.loc(&post.title);
        Err(InputError::at(
            self.path,
            self.text,
            at.span,
            format!(
                "`{}` gives both `posts` and the one-post `title`/`also`/`until`",
                raw.name.value
            ),
            "one-post form here",
        )
        .with_also(InputError::at(
            self.path,
            self.text,
            posts_at.span,
            String::from("posts given here"),
            "posts here",
        ))
        .with_help("use one form per person: move this title into `posts` as `- {title: ..., from: ..., until: ...}`"))
    }

    fn post(&self, raw: &RawPost) -> Result<Post, InputError> {
        let post_date = |d: &Spanned<Scalar>| {
            self.date(d).map(|(range, loc)| PostDate {
                range,
                text: d.value.text(),
                loc,
            })
        };
        Ok(Post {
            forms: std::iter::once(&raw.title)
                .chain(raw.also.iter())
                .map(|t| self.title_form(t))
                .collect(),
            from: raw.from.as_ref().map(post_date).transpose()?,
            until: raw.until.as_ref().map(post_date).transpose()?,
        })
    }

    /// `Dr`, `Professor`, `Sir`, ... or `none`; an honorific the lexicon does not know is an
    /// error, so a typo cannot turn the check off.
    fn honorific(&self, raw: &Spanned<String>) -> Result<Honorific, InputError> {
        let text = raw.value.trim();
        let words = if text.eq_ignore_ascii_case("none") {
            Some(vec![])
        } else {
            text.split_whitespace()
                .map(crate::lexicon::canonical_honorific)
                .collect::<Option<Vec<_>>>()
        };
        let words = words.filter(|w| text.eq_ignore_ascii_case("none") || !w.is_empty());
        let words = words.ok_or_else(|| {
            self.error(
                raw,
                format!("`{text}` is not an honorific factlint knows"),
                "expected an honorific or `none`",
                &format!(
                    "write one of: {}, or `none`",
                    crate::lexicon::honorific_names().join(", ")
                ),
            )
        })?;
        Ok(Honorific {
            text: text.to_string(),
            words,
            loc: self.loc(raw),
        })
    }

    fn title_form(&self, t: &Spanned<String>) -> TitleForm {
        let words = title_words(&t.value);
        let former = words.first().is_some_and(|w| lexicon().former.contains(w));
        TitleForm {
            text: t.value.clone(),
            words,
            loc: self.loc(t),
            former,
        }
    }

    fn figure(&self, raw: RawFigure) -> Result<Figure, InputError> {
        let text = raw.value.value.text();
        let value = crate::number::read_value(&text).ok_or_else(|| {
            let help = match crate::number::why_unread(&text) {
                Some(why) => format!("{why}; {FIGURE_FORMS}"),
                None => FIGURE_FORMS.to_string(),
            };
            self.error(
                &raw.value,
                format!("cannot read figure value `{text}`"),
                "expected one number with its qualifier and unit",
                &help,
            )
        })?;
        cues_present(&raw.about).map_err(|m| self.error(&raw.id, m, "needs cue words", "add `about: [hostages]`"))?;
        Ok(Figure {
            id: raw.id.value.clone(),
            value,
            value_text: text,
            loc: self.loc(&raw.value),
            about: raw.about,
            near: raw.near,
            as_of: raw.as_of.map(|a| a.text()),
            source: raw.source,
        })
    }

    fn event(&self, raw: RawEvent) -> Result<Event, InputError> {
        let (date, loc) = self.date(&raw.date)?;
        cues_present(&raw.about).map_err(|m| self.error(&raw.id, m, "needs cue words", "add `about: [attack]`"))?;
        Ok(Event {
            id: raw.id.value.clone(),
            date,
            date_text: raw.date.value.text(),
            loc,
            about: raw.about,
        })
    }

    fn quote(&self, raw: RawQuote) -> Result<Quote, InputError> {
        if raw.text.value.split_whitespace().next().is_none() {
            return Err(self.error(
                &raw.text,
                "a quote's `text` is empty".into(),
                "expected the words as said",
                "write the words verbatim, from the transcript or recording",
            ));
        }
        Ok(Quote {
            speaker: raw.speaker.value.trim().to_string(),
            speaker_loc: self.loc(&raw.speaker),
            text: raw.text.value.clone(),
            loc: self.loc(&raw.text),
            date: raw.date.map(|d| d.text()),
            source: raw.source,
        })
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    fn date(&self, raw: &Spanned<Scalar>) -> Result<(DateRange, Loc), InputError> {
        let text = raw.value.text();
        parse_date_range(&text).map(|d| (d, self.loc(raw))).ok_or_else(|| {
            self.error(
                raw,
                format!("`{text}` is not a date"),
                "expected YYYY-MM-DD, YYYY-MM or YYYY",
                "write a real calendar date, e.g. `2024-11-14`",
            )
        })
    }
}

fn cues_present(about: &[String]) -> Result<(), String> {
    if about.iter().all(|a| a.trim().is_empty()) {
        Err("`about` lists no cue words".into())
    } else {
        Ok(())
    }
}

/// Canonical words of a title: lowercase, spelling variants folded, possessives kept. A
/// "former" after words that name no post ("the government's former communications minister",
/// an owner of several words: "M/A-Com's former chairman") is moved to the front, where it
/// marks the whole title.
///
/// Remembered per thread for the lexicon in hand ([`TitleWordsMemo`]): judging one title reads
/// the same words many times, and the facts' forms again in every story.
pub(crate) fn title_words(title: &str) -> Vec<String> {
    let lex: &'static Lexicon = lexicon();
    if let Some(words) = TITLE_WORDS.with_borrow_mut(|memo| memo.get(lex, title)) {
        return words;
    }
    let words = title_words_of(title);
    TITLE_WORDS.with_borrow_mut(|memo| memo.insert(title, &words));
    words
}

thread_local! {
    static TITLE_WORDS: std::cell::RefCell<TitleWordsMemo> = std::cell::RefCell::default();
}

/// The titles most asked of [`title_words`] lately on a thread, with their words, for one
/// lexicon (another empties it): at most `TITLE_WORDS_MEMO` of them, then it starts again.
#[derive(Default)]
struct TitleWordsMemo {
    /// The lexicon's address: a lexicon lives to the end of the run (built-in or leaked).
    lexicon: usize,
    words: HashMap<String, Vec<String>, rustc_hash::FxBuildHasher>,
}

/// Titles a thread remembers the words of: more than a story and its facts' forms ask for.
const TITLE_WORDS_MEMO: usize = 4096;

impl TitleWordsMemo {
    fn get(&mut self, lex: &'static Lexicon, title: &str) -> Option<Vec<String>> {
        let address = std::ptr::from_ref(lex) as usize;
        if self.lexicon != address {
            self.words.clear();
            self.lexicon = address;
        }
        self.words.get(title).cloned()
    }

    fn insert(&mut self, title: &str, words: &[String]) {
        if self.words.len() >= TITLE_WORDS_MEMO {
            self.words.clear();
        }
        self.words.insert(title.to_string(), words.to_vec());
    }
}

/// [`title_words`], read afresh.
fn title_words_of(title: &str) -> Vec<String> {
    let mut words = canonical_title_words(title);
    words.drain(..owners_formers(&words));
    let lex = lexicon();
    let owner = words
        .iter()
        .position(|w| lex.former.contains(w))
        .filter(|&p| p > 0 && names_no_post(&words[p - 1]) && words[..p].iter().all(|w| !lex.title_words.contains(w)));
    let generic = owner.unwrap_or_else(|| words.iter().take_while(|w| names_no_post(w)).count());
    let formers = words[generic..].iter().take_while(|w| lex.former.contains(*w)).count();
    if generic > 0 && formers > 0 {
        words[..generic + formers].rotate_right(formers);
    }
    words
}

/// How many "former"s open a title as its owner's: before the words of an owner that end in its
/// possessive, no title word among them, with the title after them ("The ex-Hole singer's lawyer
/// Howard Weitzman", bbc/entertainment/258.txt: Love left Hole, her lawyer still acts for her;
/// not "former director of the festival's sister event"). The owner's time is not the title's,
/// so they are no "former" of it.
fn owners_formers(words: &[String]) -> usize {
    let lex = lexicon();
    let formers = words.iter().take_while(|w| lex.former.contains(*w)).count();
    let owner = words[formers..].iter().position(|w| is_an_owners_possessive(w));
    let owns_a_title = owner.is_some_and(|k| {
        let names_a_post = words[formers..formers + k].iter().any(|w| lex.title_words.contains(w));
        formers + k + 1 < words.len() && !names_a_post
    });
    if formers > 0 && owns_a_title {
        formers
    } else {
        0
    }
}

pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// A possessive that names an owner, not the brief of the post after it: a portfolio's word
/// (`domains`: "Children's Minister", "Women's Minister") is the post's own, so a "former"
/// before it marks the post ("former Children's Minister Margaret Hodge" is stale for the
/// sitting minister), while "the ex-Hole singer's lawyer" keeps its "ex-" for the owner.
pub(crate) fn is_an_owners_possessive(word: &str) -> bool {
    let bare = word.trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
    is_possessive(word) && !lexicon().domains.contains(&bare)
}

/// Whether the part of a word after its hyphen is a fragment of a compound name: shorter than
/// three letters, neither in capitals (an acronym: "ex-BA chief") nor a title word ("ex-MP"):
/// "Ex-Im", the Export-Import Bank, is no former "Im".
pub(crate) fn is_name_fragment(rest: &str) -> bool {
    let letters = rest.chars().count();
    let capitals = rest.chars().all(char::is_uppercase);
    (1..3).contains(&letters) && !capitals && !lexicon().title_words.contains(&rest.to_lowercase())
}

/// A word in front of a title that names no post: a generic word ("the government's"), an
/// owner ("Evergo's", "Britain's") or a word describing the person (`descriptors`: "the
/// billionaire former Bhs owner", "the veteran former minister"), so a "former" after it is
/// the title's, as one before it would be.
pub(crate) fn names_no_post(word: &str) -> bool {
    let lex = lexicon();
    lex.generic_words.contains(word) || lex.descriptors.contains(word) || is_possessive(word)
}

fn canonical_title_words(title: &str) -> Vec<String> {
    let lex = lexicon();
    let tokens = crate::text::tokens(title);
    let words = (tokens.iter().enumerate())
        .filter(|&(k, t)| {
            let kept = t.is_word() || t.text() == "&" || numbers_a_name_in(&tokens, k);
            let counted = is_a_distances_unit_in(&tokens, k) || counted_by_a_number_in(&tokens, k);
            (kept && !counted) || distance_in(&tokens, k).is_some()
        })
        .map(|(k, t)| {
            let compound = (t.text().split_once('-'))
                .is_some_and(|(head, rest)| lex.former.contains(&head.to_lowercase()) && is_name_fragment(rest));
            if let Some(metres) = distance_in(&tokens, k) {
                (metres, false)
            } else if t.text() == "&" {
                ("and".to_string(), false)
            } else {
                (lex.canonical_word(t.text()), compound)
            }
        })
        .flat_map(|(w, compound)| match w.strip_prefix("ex-") {
            // "Ex-Im President": a compound name, one word
            _ if compound => vec![w],
            // the rest is a title word as any other: "Ex-Tory co-chairman" is "former
            // Conservative co-chairman" (bbc/politics/007.txt)
            Some(rest) => std::iter::once("former".to_string())
                .chain(parts_of(&lex.canonical_word(rest)))
                .collect(),
            None => parts_of(&w),
        })
        .collect();
    one_word_countries(words)
}

/// A word a number is glued to by a hyphen ("12-member", "20-nation"): with its number, a count
/// that describes the body a title names ("ambassador of the 12-member European Community",
/// reuters21578/07802.txt), no word of the post: a descriptor, set aside.
pub(crate) fn counted_by_a_number_in(tokens: &[crate::text::Token], k: usize) -> bool {
    let glued = |k: usize| tokens.get(k).is_some_and(|t| t.glued);
    k >= 2
        && glued(k)
        && tokens.get(k).is_some_and(crate::text::Token::is_word)
        && glued(k - 1)
        && tokens[k - 1].is("-")
        && tokens[k - 2].kind == crate::text::TokenKind::Number
}

/// A number of one or two digits between a capitalised word and another word: part of a
/// station's or a channel's name ("BBC Radio 1 DJ" is not "BBC Radio 2 DJ",
/// bbc/entertainment/142.txt), so a title keeps it. So is a year there, which names a
/// programme's or an event's edition ("Film 2005 presenter", "Euro 2004 winner"): without it
/// the title would stop at the year and lose the words and the "former" in front of it.
pub(crate) fn numbers_a_name_in(tokens: &[crate::text::Token], k: usize) -> bool {
    let digits = tokens[k].text();
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    let a_years_edition = digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1800..=2099).contains(&y));
    let a_names_number = all_digits && ((1..=2).contains(&digits.len()) || a_years_edition);
    let after_a_name = k > 0 && tokens[k - 1].is_word() && tokens[k - 1].is_capitalized();
    let before_a_word = |k: usize| tokens.get(k).is_some_and(crate::text::Token::is_word);
    let before_its_possessive =
        tokens.get(k + 1).is_some_and(|t| matches!(t.text(), "'" | "’")) && before_a_word(k + 2);
    a_names_number && after_a_name && (before_a_word(k + 1) || before_its_possessive)
}

/// The distance a number and the unit of length after it give, as one word in metres
/// ("100m", "5,000m", "400 metres"): inside a title it names the event ("European 100m
/// champion", bbc/sport/091.txt), so "200m champion" is another title and "100 metres
/// champion" the same one.
pub(crate) fn distance_in(tokens: &[crate::text::Token], k: usize) -> Option<String> {
    let number = tokens.get(k).filter(|t| t.kind == crate::text::TokenKind::Number)?;
    let unit = tokens.get(k + 1).filter(|t| t.is_word())?;
    let factor = length_unit(&unit.lower())?;
    let value: f64 = number.text().replace(',', "").parse().ok()?;
    Some(format!("{}m", value * factor))
}

/// The unit of length after a number that [`distance_in`] reads: part of the distance's word.
pub(crate) fn is_a_distances_unit_in(tokens: &[crate::text::Token], k: usize) -> bool {
    k > 0 && distance_in(tokens, k - 1).is_some()
}

/// How many metres a one-word unit of length is (`measures` in `rules/units.yaml`).
fn length_unit(word: &str) -> Option<f64> {
    (lexicon().measures.iter())
        .find(|(phrase, unit)| unit.dimension == "length" && phrase.len() == 1 && phrase[0] == word)
        .map(|(_, unit)| unit.factor)
}

/// A country of several words read as its group's one word ("Saudi Arabian" as "saudi",
/// `countries` in `rules/titles.yaml`), so "Saudi Oil Minister" is "Saudi Arabian Oil Minister".
fn one_word_countries(mut words: Vec<String>) -> Vec<String> {
    let phrases = &lexicon().country_phrases;
    // "Saudi Arabia's" ends the phrase with its possessive, which stays
    let bare = |w: &str| w.trim_end_matches("'s").trim_end_matches("’s").len();
    let mut i = 0;
    while i < words.len() {
        let found = phrases.iter().find(|(phrase, _)| {
            let (end, last) = (i + phrase.len(), phrase.len() - 1);
            end <= words.len()
                && words[i..end - 1] == phrase[..last]
                && words[end - 1][..bare(&words[end - 1])] == phrase[last]
        });
        if let Some((phrase, country)) = found {
            let end = i + phrase.len();
            let one = format!("{country}{}", &words[end - 1][bare(&words[end - 1])..]);
            words.splice(i..end, [one]);
        }
        i += 1;
    }
    words
}

/// The words a title word stands for: an equivalent may be several words ("PM" -> "prime
/// minister"), and a hyphenated title is its words ("vice-chairman" is "vice chairman").
fn parts_of(word: &str) -> Vec<String> {
    word.split([' ', '-'])
        .filter(|p| !p.is_empty())
        .flat_map(unfuse_prefix)
        .collect()
}

/// An office-changing word fused to a title word ("undersecretary", "vicechairman") as the
/// two words it is written for ("under secretary").
fn unfuse_prefix(word: &str) -> Vec<String> {
    let lex = lexicon();
    lex.fused_prefixes
        .iter()
        .find_map(|prefix| {
            let rest = word.strip_prefix(prefix.as_str())?;
            lex.head_words
                .contains(rest)
                .then(|| vec![prefix.clone(), rest.to_string()])
        })
        .unwrap_or_else(|| vec![word.to_string()])
}

/// `YYYY-MM-DD` as a day, `YYYY-MM` as a month, `YYYY` as a year.
pub(crate) fn parse_date_range(text: &str) -> Option<DateRange> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => NaiveDate::from_ymd_opt(y.parse().ok()?, num(m)?, num(d)?).map(DateRange::day),
        [y, m] if y.len() == 4 => month_range(y.parse().ok()?, num(m)?),
        [y] if y.len() == 4 => {
            let y = y.parse().ok()?;
            Some(DateRange {
                first: NaiveDate::from_ymd_opt(y, 1, 1)?,
                last: NaiveDate::from_ymd_opt(y, 12, 31)?,
            })
        }
        _ => None,
    }
}

/// The days of a month, if it is a real one.
pub(crate) fn month_range(year: i32, month: u32) -> Option<DateRange> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(DateRange {
        first,
        last: next.pred_opt()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Facts, InputError> {
        let mut facts = Facts::default();
        facts.add_file(Path::new("facts.yaml"), text.to_string()).map(|_| facts)
    }

    #[test]
    fn loads_the_seed_facts_with_positions() {
        let text = include_str!("../../../fixtures/seed-blinken-gaza/facts.yaml");
        let facts = load(text).expect("seed facts load");
        assert_eq!(facts.people.len(), 4);
        let dermer = &facts.people[1];
        assert_eq!(
            &text[dermer.titles[0].loc.span.clone()],
            "Israeli Minister of Strategic Affairs"
        );
        assert_eq!(dermer.titles.len(), 3);
        let gaza = facts.figures.iter().find(|f| f.id == "gaza-dead").unwrap();
        assert_eq!(gaza.value.bound, Some(crate::lexicon::Bound::Lower));
        let began = facts.events.iter().find(|e| e.id == "lebanon-violence-began").unwrap();
        assert_eq!(began.date.last, NaiveDate::from_ymd_opt(2023, 10, 31).unwrap());
    }

    #[test]
    fn unknown_keys_suggest_the_right_one() {
        let err = load("published: 2024-11-14\nfiguers: []\n").unwrap_err();
        assert_eq!(err.line_column(), Some((2, 1)));
        assert!(
            err.help.as_deref().unwrap().contains("did you mean `figures`?"),
            "{:?}",
            err.help
        );
    }

    #[test]
    fn a_comma_cutting_a_value_in_braces_says_to_quote_it() {
        let yaml = "people:\n  - name: John Guy\n    posts:\n      - {title: fellow at Clare College, Cambridge}\n";
        let err = load(yaml).unwrap_err();
        assert_eq!(err.line_column(), Some((4, 42)));
        assert!(
            err.help
                .as_deref()
                .unwrap()
                .contains("put a value that has a comma in quotes"),
            "{:?}",
            err.help
        );
        // a misspelt key after a comma in braces, with its own colon, is a misspelt key
        let err = load("people:\n  - name: John Guy\n    posts:\n      - {title: fellow, untill: 2003}\n").unwrap_err();
        assert!(
            err.help.as_deref().unwrap().contains("did you mean `until`?"),
            "{:?}",
            err.help
        );
    }

    #[test]
    fn impossible_dates_are_errors_at_their_line() {
        let err = load("events:\n  - id: x\n    date: 2024-02-30\n    about: [x]\n").unwrap_err();
        assert_eq!(err.line_column(), Some((3, 11)));
        assert!(err.message.contains("not a date"));
    }

    #[test]
    fn unreadable_figure_values_are_errors() {
        let err = load("figures:\n  - id: x\n    value: lots\n    about: [x]\n").unwrap_err();
        assert!(err.message.contains("cannot read figure value `lots`"));
        assert_eq!(err.line_column(), Some((3, 12)));
    }

    #[test]
    fn a_figure_value_with_a_slipped_scale_word_names_the_word_meant() {
        let err = load("figures:\n  - id: x\n    value: 2.15 biilion dlrs\n    about: [x]\n").unwrap_err();
        assert_eq!(err.line_column(), Some((3, 12)));
        let help = err.help.unwrap_or_default();
        assert!(
            help.starts_with("`biilion` looks like a slip of `billion`; write one number"),
            "{help}"
        );
    }

    #[test]
    fn duplicate_ids_name_both_places() {
        let mut facts = load("figures:\n  - id: toll\n    value: 5\n    about: [dead]\n").unwrap();
        let err = facts
            .add_file(
                Path::new("b.yaml"),
                "events:\n  - id: toll\n    date: 2024\n    about: [x]\n".into(),
            )
            .unwrap_err();
        assert!(err.message.contains("duplicate id `toll`"));
        assert_eq!(err.also.as_ref().unwrap().path, Path::new("facts.yaml"));
    }

    #[test]
    fn a_desk_entry_replaces_an_imported_one_in_either_order() {
        let imported = "imported: congress-legislators\npeople:\n  - name: Mitch McConnell\n    title: Senator\n";
        let desk = "people:\n  - name: Mitch McConnell\n    title: Senate Minority Leader\n";
        for (first, second) in [(imported, desk), (desk, imported)] {
            let mut facts = Facts::default();
            facts.add_file(Path::new("a.yaml"), first.into()).unwrap();
            facts.add_file(Path::new("b.yaml"), second.into()).unwrap();
            assert_eq!(facts.people.len(), 1);
            assert_eq!(facts.people[0].titles[0].text, "Senate Minority Leader");
            assert_eq!(facts.overrides.len(), 1);
            assert!(
                facts.overrides[0].contains("replaces the imported entry at"),
                "{}",
                facts.overrides[0]
            );
        }
        let mut facts = load(desk).unwrap();
        assert!(
            facts.add_file(Path::new("b.yaml"), desk.into()).is_err(),
            "two desk entries stay a duplicate"
        );
    }

    #[test]
    fn dates_of_three_precisions() {
        assert_eq!(
            parse_date_range("2023").unwrap().last,
            NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()
        );
        assert_eq!(
            parse_date_range("2024-02").unwrap().last,
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        assert!(parse_date_range("2024-02-30").is_none());
    }

    #[test]
    fn title_words_remembered_are_the_lexicon_in_hands() {
        let extension = [(
            "equivalent_words".to_string(),
            serde_json::json!({"supt": "superintendent"}),
        )];
        let superintendent = Lexicon::extended(&extension.into_iter().collect()).unwrap();
        let built_in = ["police", "supt"];
        assert_eq!(title_words("Police Supt"), built_in);
        assert_eq!(
            crate::lexicon::scoped(superintendent, || title_words("Police Supt")),
            ["police", "superintendent"]
        );
        assert_eq!(title_words("Police Supt"), built_in, "asked again");
        // more titles than it keeps: it starts again and reads the same
        for k in 0..TITLE_WORDS_MEMO + 1 {
            assert_eq!(
                title_words(&format!("Chairman X{k}")),
                ["chairman".to_string(), format!("x{k}")]
            );
        }
        assert_eq!(title_words("Police Supt"), built_in);
    }

    #[test]
    fn title_words_are_canonical() {
        assert_eq!(
            title_words("Israeli Defense Minister"),
            ["israeli", "defence", "minister"]
        );
        assert_eq!(title_words("ex-chairman"), ["former", "chairman"]);
        assert_eq!(title_words("Ex-MP"), ["former", "mp"]);
        assert_eq!(title_words("ex-BA chief"), ["former", "ba", "chief"]);
        // bbc/politics/007: the word after "ex-" is read as any title word, its equivalent and
        // its hyphen's parts, so "Ex-Tory co-chairman" is a former "Tory co-chairman"
        assert_eq!(
            title_words("Ex-Tory co-chairman"),
            title_words("former Tory co-chairman")
        );
        assert_eq!(title_words("ex-vice-chairman"), ["former", "vice", "chairman"]);
        // reuters21578/03523: the Export-Import Bank's short name
        assert_eq!(title_words("Ex-Im Bank President"), ["ex-im", "bank", "president"]);
        assert_eq!(
            title_words("Hoffman-La Roche spokesman"),
            ["hoffman", "la", "roche", "spokesman"]
        );
        // "former" after an owner of several words marks the whole title
        assert_eq!(
            title_words("A/B-Tec's former chairman"),
            ["former", "a", "b", "tec's", "chairman"]
        );
        // bbc/entertainment/258.txt: an "ex-" before the owner is the owner's, not the title's
        assert_eq!(title_words("ex-Hole singer's lawyer"), ["hole", "singer's", "lawyer"]);
        assert_eq!(
            title_words("ex-Hole singer's former lawyer"),
            ["former", "hole", "singer's", "lawyer"]
        );
        assert_eq!(title_words("Vice-President"), ["vice", "president"]);
        // an office-changing word fused to the title word is the two words
        assert_eq!(title_words("Finance Undersecretary"), ["finance", "under", "secretary"]);
        assert_eq!(title_words("Vicechairman"), ["vice", "chairman"]);
        assert_eq!(title_words("Cochairman"), ["co", "chairman"]);
        assert_eq!(title_words("coach"), ["coach"]);
    }

    #[test]
    fn posts_and_the_shorthand_are_one_or_the_other() {
        let err = load("people:\n  - name: A B\n    title: Mayor\n    posts:\n      - {title: Governor, from: 2001}\n")
            .unwrap_err();
        assert_eq!(err.line_column(), Some((3, 12)));
        assert!(err.message.contains("both `posts` and"), "{}", err.message);
        let facts = load("people:\n  - name: A B\n    posts:\n      - {title: Mayor, also: [City Mayor], from: 2001-05, until: 2005}\n").unwrap();
        let post = &facts.people[0].posts[0];
        assert_eq!(
            (post.forms.len(), post.from.as_ref().unwrap().text.as_str()),
            (2, "2001-05")
        );
        assert_eq!(facts.people[0].titles.len(), 2, "every post's forms");
        let err = load("people:\n  - name: A B\n    posts:\n      - {title: Mayor, from: 2001-13}\n").unwrap_err();
        assert_eq!(err.line_column(), Some((4, 30)));
    }

    #[test]
    fn one_name_twice_only_when_posts_tell_them_apart() {
        let two = |a: &str, b: &str| format!("people:\n  - name: George Bush\n{a}  - name: George Bush\n{b}");
        let president =
            |from: u32, until: u32| format!("    posts:\n      - {{title: President, from: {from}, until: {until}}}\n");
        assert!(load(&two(&president(1989, 1993), &president(2001, 2009))).is_ok());
        let err = load(&two(&president(1989, 1993), &president(1990, 2009))).unwrap_err();
        assert!(err.message.contains("duplicate person `George Bush`"));
        assert!(load(&two("    title: President\n", &president(2001, 2009))).is_err());
        let governor = "    posts:\n      - {title: Governor of Texas, from: 1995}\n";
        assert!(load(&two(&president(1989, 1993), governor)).is_ok());
    }

    #[test]
    fn quotes_load_with_their_speaker_checked_across_files() {
        let quotes = "quotes:\n  - speaker: Liam Fox\n    text: \"We would look at that sympathetically.\"\n    date: 2004-07-18\n";
        let mut facts = load(quotes).unwrap();
        facts
            .add_file(Path::new("desk.yaml"), "people:\n  - name: Liam Fox\n".into())
            .unwrap();
        facts.check_quote_speakers().expect("the speaker is in the second file");
        let quote = &facts.quotes[0];
        assert_eq!(quote.text, "We would look at that sympathetically.");
        assert_eq!(
            &quotes[quote.loc.span.clone()],
            "\"We would look at that sympathetically.\""
        );
        assert_eq!(quote.date.as_deref(), Some("2004-07-18"));
        let err = load("people:\n  - name: Liam Fox\nquotes:\n  - speaker: Liam Cox\n    text: Yes.\n")
            .unwrap()
            .check_quote_speakers()
            .unwrap_err();
        assert_eq!(err.line_column(), Some((4, 14)));
        assert!(err.message.contains("`Liam Cox` is not a person"), "{}", err.message);
        assert!(err.help.unwrap().contains("did you mean `Liam Fox`?"));
        let err = load("quotes:\n  - speaker: A B\n    text: \" \"\n").unwrap_err();
        assert!(err.message.contains("`text` is empty"), "{}", err.message);
    }

    #[test]
    fn organisations_load_with_their_places() {
        let text = "organisations:\n  - name: International Atomic Energy Agency\n    aliases: [IAEA, the UN nuclear watchdog]\n";
        let facts = load(text).unwrap();
        let iaea = &facts.organisations[0];
        assert_eq!(iaea.name, "International Atomic Energy Agency");
        let forms: Vec<_> = iaea.forms().map(|(f, loc)| (f, &text[loc.span.clone()])).collect();
        assert_eq!(forms[1], ("IAEA", "IAEA"));
        assert_eq!(forms[2].0, "the UN nuclear watchdog");
        let err = load("organisations:\n  - name: Opec\n    aliases: [\"\"]\n").unwrap_err();
        assert_eq!(err.line_column(), Some((3, 15)));
        assert!(err.message.contains("empty"), "{}", err.message);
        let err = load("organisations:\n  - aliases: [IAEA]\n").unwrap_err();
        assert!(err.message.contains("missing key `name`"), "{}", err.message);
        let err = load("organisations:\n  - name: Opec\n    alias: [OPEC]\n").unwrap_err();
        assert!(err.help.unwrap().contains("did you mean `aliases`?"));
    }

    #[test]
    fn an_organisation_listed_twice_names_both_places() {
        let mut facts = load("organisations:\n  - name: Bank of England\n").unwrap();
        let err = facts
            .add_file(
                Path::new("b.yaml"),
                "organisations:\n  - name: bank of England\n".into(),
            )
            .unwrap_err();
        assert!(
            err.message.contains("duplicate organisation `bank of England`"),
            "{}",
            err.message
        );
        assert_eq!(err.line_column(), Some((2, 11)));
        assert_eq!(err.also.as_ref().unwrap().path, Path::new("facts.yaml"));
    }

    #[test]
    fn honorifics_are_known_words_or_none() {
        let facts = load("people:\n  - name: A B\n    honorific: Prof.\n  - name: C D\n    honorific: none\n").unwrap();
        assert_eq!(facts.people[0].honorific.as_ref().unwrap().words, ["professor"]);
        assert!(facts.people[1].honorific.as_ref().unwrap().words.is_empty());
        let err = load("people:\n  - name: A B\n    honorific: Sirr\n").unwrap_err();
        assert!(err.message.contains("`Sirr` is not an honorific"), "{}", err.message);
        assert!(err.help.unwrap().contains("sir"));
    }
}
