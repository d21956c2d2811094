//! Date expressions: "Oct. 7, 2023", "14 January", "in October 2023", "on Wednesday",
//! "last week", "yesterday", "three weeks ago", "next weekend", "last month's", "the 2010
//! coalition", "the 1990s", and a weekday written beside a calendar date.
//!
//! Extraction only reads what is written; `resolve` turns it into days given the dateline
//! (an expression that carries its own year needs none).

use crate::extract::people::is_lower_case_copy;
use crate::facts::{month_range, DateRange};
use crate::lexicon::{class, lexicon, Bound, CalendarUnit, Elapsed};
use crate::number::qualifier_before;
use crate::text::{Doc, Token, TokenKind};
use chrono::{Datelike, Days, Months, NaiveDate};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

/// A year written with a date: as a number, or in words relative to the dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearRef {
    /// "2023"
    Written(i32),
    /// "last year" (-1), "this year" (0), "next year" (1)
    Relative(i64),
    /// "last July" (-1): the year of the latest July before the dateline's month; "next July"
    /// (1), of the first after it; "this July" (0), the dateline's.
    OfMonth(i64),
}

impl YearRef {
    /// The year of a date in `month`; one given in words needs the dateline.
    pub fn resolve(self, published: Option<NaiveDate>, month: u32) -> Option<i32> {
        match self {
            YearRef::Written(y) => Some(y),
            YearRef::Relative(offset) => Some(published?.year() + offset as i32),
            YearRef::OfMonth(offset) => {
                let p = published?;
                Some(match offset.signum() {
                    -1 if month >= p.month() => p.year() - 1,
                    1 if month <= p.month() => p.year() + 1,
                    _ => p.year(),
                })
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateExpr {
    /// "October 7", "7 October 2023", "Oct. 7, 2023"; `day_first` keeps the written order.
    /// A range of days in one month ("6 to 9 January", "April 9-10") is one mention: `day`
    /// is its first day and `last_day` its last.
    Day {
        month: u32,
        day: u32,
        last_day: Option<u32>,
        year: Option<YearRef>,
        day_first: bool,
    },
    /// "in October", "October 2023", "October last year".
    Month { month: u32, year: Option<YearRef> },
    /// "in 2007", "by 2010", "the 2010 coalition".
    Year(i32),
    /// "mid-1986", "early 1987", "first quarter 1988", "the second half of last year": the
    /// months `first_month` to `last_month` of `year`.
    YearPart {
        year: YearRef,
        first_month: u32,
        last_month: u32,
    },
    /// "in the fourth quarter", "Q3", "fourth-quarter profits" with no year written: the months
    /// `first_month` to `last_month` of the year a date before it carries (`carry_years`),
    /// else of the dateline's latest such quarter (the next one in a clause looking ahead).
    Quarter { first_month: u32, last_month: u32 },
    /// "in the 1990s" (1990 to 1999), "the late 1980s" (1986 to 1989).
    Decade { first: i32, last: i32 },
    /// "since 1998/9", "in 2005/06": a fiscal, crop or sporting year written as two calendar
    /// years; it may fall in either, so it stands for both (1998 to 1999). Also a span of
    /// years, "between 2001 and 2003", "from 1990 to 1995", "in 2001-03": all its years.
    YearSpan { first: i32, last: i32 },
    /// "three weeks ago", "a few days ago", "more than a year ago": `least` to `most` units
    /// before the dateline, bounded by a qualifier if one is written.
    Ago {
        least: u32,
        most: u32,
        unit: Elapsed,
        bound: Option<Bound>,
    },
    /// "in three years' time", "is set to open in three years": `least` to `most` units after
    /// the dateline.
    Ahead { least: u32, most: u32, unit: Elapsed },
    /// "2024-11-14".
    Iso(NaiveDate),
    /// "on Tuesday" (direction from the clause), "last Tuesday" (-1), "next Friday" (+1).
    Weekday { weekday: u32, explicit: Option<i64> },
    /// "yesterday" (-1), "today" (0), "tomorrow" (1).
    RelativeDay(i64),
    /// "last week", "next month", "this year", "next weekend".
    RelativeUnit { unit: CalendarUnit, offset: i64 },
}

#[derive(Clone, Debug)]
pub struct DateMention {
    pub tokens: Range<usize>,
    pub expr: DateExpr,
    /// A weekday written beside a calendar date ("Wednesday, Nov. 14"): its number and tokens.
    pub weekday: Option<(u32, Range<usize>)>,
    /// The clause speaks of the future or of a plan, so bare weekdays and dates look forward.
    pub future: bool,
    /// "next Wednesday, March 26" (1) or "last Friday, February 19" (-1): the way the date
    /// points, written, so the clause's tense does not say it.
    pub direction: Option<i64>,
    /// A year used as an adjective dates only the noun after it ("the 2010 coalition"): its
    /// tokens, where a cue must stand to tie the year to an event.
    pub dates_noun: Option<Range<usize>>,
    /// A day or month written without a year, right after a date written with one: that year
    /// ("On February 25, 1985, ... On September 20, the Friday before Plaza": 1985).
    pub carried_year: Option<i32>,
}

impl DateMention {
    fn new(tokens: Range<usize>, expr: DateExpr) -> DateMention {
        DateMention {
            tokens,
            expr,
            weekday: None,
            future: false,
            direction: None,
            dates_noun: None,
            carried_year: None,
        }
    }
}

/// How a date is written, as far as it stands in for another at the same place: its grain
/// ("September 1957" and "September 1958" are months, "last year's" and "1985's" years) and
/// whether it owns the noun after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateShape {
    grain: Grain,
    possessive: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Grain {
    Day,
    Week,
    Month,
    PartOfYear,
    Year,
    Decade,
}

impl DateShape {
    /// Whether the date is written in the possessive, owning the noun after it ("Friday's
    /// flashpoint").
    pub fn is_possessive(&self) -> bool {
        self.possessive
    }
}

/// The shape of date mention `m`; `None` for a count of units ("three weeks ago").
pub fn shape(doc: &Doc, m: &DateMention) -> Option<DateShape> {
    let grain = match m.expr {
        DateExpr::Day { .. } | DateExpr::Iso(_) | DateExpr::Weekday { .. } | DateExpr::RelativeDay(_) => Grain::Day,
        DateExpr::Month { .. } => Grain::Month,
        DateExpr::Year(_) | DateExpr::YearSpan { .. } => Grain::Year,
        DateExpr::YearPart { .. } | DateExpr::Quarter { .. } => Grain::PartOfYear,
        DateExpr::Decade { .. } => Grain::Decade,
        DateExpr::RelativeUnit { unit, .. } => match unit {
            CalendarUnit::Week | CalendarUnit::Weekend => Grain::Week,
            CalendarUnit::Month => Grain::Month,
            CalendarUnit::Year => Grain::Year,
            CalendarUnit::Season { .. } => Grain::PartOfYear,
        },
        DateExpr::Ago { .. } | DateExpr::Ahead { .. } => return None,
    };
    let last = m.tokens.end.checked_sub(1)?;
    // "last year's" is one word; "1985's" a number, a glued mark and "s"
    let glued = |k: usize, text: &[&str]| doc.tokens.get(k).is_some_and(|t| t.glued && text.contains(&t.text()));
    let possessive =
        is_possessive(doc.lower_at(last)) || (glued(m.tokens.end, &["'", "’"]) && glued(m.tokens.end + 1, &["s"]));
    Some(DateShape { grain, possessive })
}

/// An event cue written as nothing but a date and words that place it (`about: [to
/// September 1957]`, `[during October to December]`, `[last year's]`): the placing words
/// before its first date, lower case, and that date's shape. `None` for a cue with any other
/// word ("talks in September").
pub fn placed_date(phrase: &str) -> Option<(Vec<String>, DateShape)> {
    let lex = lexicon();
    let doc = Doc::new(phrase);
    let dates = extract_dates(&doc);
    let first = dates.first()?;
    let in_date = |k: usize| dates.iter().any(|m| m.tokens.contains(&k));
    let only_placing = (0..doc.tokens.len())
        .all(|k| in_date(k) || doc.tokens[k].kind == TokenKind::Symbol || lex.placing_words.contains(doc.lower_at(k)));
    let placing = (0..first.tokens.start)
        .filter(|&k| doc.tokens[k].kind != TokenKind::Symbol)
        .map(|k| doc.lower_at(k).to_string())
        .collect();
    only_placing.then_some((placing, shape(&doc, first)?))
}

/// Whether the words right before date `m` are `placing` ("to" of "to September 1958").
pub fn placed_by(doc: &Doc, m: &DateMention, placing: &[String]) -> bool {
    let words: Vec<usize> = (0..m.tokens.start)
        .rev()
        .filter(|&k| doc.tokens[k].kind != TokenKind::Symbol)
        .take(placing.len())
        .collect();
    words.len() == placing.len() && words.iter().rev().zip(placing).all(|(&k, p)| doc.lower_at(k) == p)
}

/// Every date expression in the document, in order. In copy set in lower case, months and
/// weekdays are read in lower case too ("on monday, april 28").
pub fn extract_dates(doc: &Doc) -> Vec<DateMention> {
    let cased = Cased {
        lower_case_copy: is_lower_case_copy(doc),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match read_date(doc, i, cased) {
            Some(m) => {
                let joined = day_joined_by_and(doc, &m);
                for mut m in std::iter::once(m).chain(joined) {
                    m.future = match m.direction {
                        Some(direction) => direction > 0,
                        None => ends_a_span_ahead(doc, &m) || speaks_of_future(doc, m.tokens.start, m.tokens.end),
                    };
                    weekday_in_apposition(doc, &mut m, cased);
                    i = m.tokens.end.max(m.weekday.as_ref().map_or(0, |(_, w)| w.end));
                    out.push(m);
                }
            }
            None => i += 1,
        }
    }
    carry_years(doc, &mut out);
    out
}

/// "The April 12 and 26 elections" (reuters21578/08307): a later day number after "and" right
/// after a day written month first is another day of that month, a date of its own, not a
/// range (two rounds of a vote, two meetings): each is checked against the event it fits, so
/// "April 12 and 29" disagrees with an event on the 26th. The second day takes the year
/// written after it, else the first's; never one before a unit or running on ("April 12 and
/// 26 pct", "26-year"), nor after "between" (a span).
fn day_joined_by_and(doc: &Doc, first: &DateMention) -> Option<DateMention> {
    let DateExpr::Day {
        month,
        day,
        last_day: None,
        year,
        day_first: false,
    } = first.expr
    else {
        return None;
    };
    let at = first.tokens.end + 1;
    // "between May 3 and 17" is a span, read as its first day
    let opens_a_span = first.tokens.start > 0 && doc.lower_at(first.tokens.start - 1) == "between";
    let (second, next) = day_at(doc, at).filter(|_| doc.lower_at(first.tokens.end) == "and" && !opens_a_span)?;
    if second <= day || runs_on(doc, next) || names_a_quantity(doc.lower_at(next)) {
        return None;
    }
    let (own_year, end) = year_after(doc, next);
    let expr = DateExpr::Day {
        month,
        day: second,
        last_day: None,
        year: own_year.or(year),
        day_first: false,
    };
    let mut m = DateMention::new(at..end, expr);
    m.direction = first.direction;
    Some(m)
}

/// "September 20, the Friday before Plaza", "on March 3, a Tuesday": a weekday in apposition
/// after a calendar date is that date's, as one written before it is ("Friday, September
/// 20"), not a day of its own to place from the dateline.
fn weekday_in_apposition(doc: &Doc, m: &mut DateMention, cased: Cased) {
    if m.weekday.is_some() || !matches!(m.expr, DateExpr::Day { last_day: None, .. }) {
        return;
    }
    let (comma, article, at) = (m.tokens.end, m.tokens.end + 1, m.tokens.end + 2);
    let apposition = doc.tokens.get(comma).is_some_and(|t| t.text() == ",")
        && matches!(doc.lower_at(article), "the" | "a")
        && at < doc.tokens.len()
        && doc.lower_at(at).len() > 3
        && cased.as_weekday_at(doc, at).may_name(doc, at)
        && !is_in_weekday_name(doc, at);
    if let Some(&weekday) = lexicon().weekdays.get(doc.lower_at(at)).filter(|_| apposition) {
        m.weekday = Some((weekday, at..at + 1));
    }
}

/// A day or month written without a year, in the sentence of a date written with its year or
/// the next one, and not earlier in the year than that date, is in that year: copy telling
/// events in order gives the year once ("On February 25, 1985, the dollar peaked ... On
/// September 20, the Friday before Plaza, it was 242"). It carries on to the next such date.
fn carry_years(doc: &Doc, dates: &mut [DateMention]) {
    for k in 1..dates.len() {
        let (before, after) = dates.split_at_mut(k);
        let (earlier, m) = (&before[k - 1], &mut after[0]);
        let next_sentence = doc.sentence_index(m.tokens.start) <= doc.sentence_index(earlier.tokens.start) + 1;
        if let (Some((year, from)), Some(to)) = (year_and_start(earlier), yearless_start(m)) {
            if next_sentence && to >= from {
                m.carried_year = Some(year);
            }
        }
    }
}

/// The written (or carried) year of a calendar date or a period of a year ("the first half of
/// 2003"), and its month and (first) day.
fn year_and_start(m: &DateMention) -> Option<(i32, (u32, u32))> {
    match m.expr {
        DateExpr::Day {
            month,
            day,
            year: Some(YearRef::Written(y)),
            ..
        } => Some((y, (month, day))),
        DateExpr::Month {
            month,
            year: Some(YearRef::Written(y)),
        } => Some((y, (month, 1))),
        DateExpr::YearPart {
            year: YearRef::Written(y),
            first_month,
            ..
        } => Some((y, (first_month, 1))),
        _ => Some((m.carried_year?, yearless_start(m)?)),
    }
}

/// The month and day of a calendar date written without a year.
fn yearless_start(m: &DateMention) -> Option<(u32, u32)> {
    match m.expr {
        DateExpr::Day {
            month, day, year: None, ..
        } => Some((month, day)),
        DateExpr::Month { month, year: None } => Some((month, 1)),
        DateExpr::Quarter { first_month, .. } => Some((first_month, 1)),
        _ => None,
    }
}

/// Whether the copy names a weekday anywhere (the only word a weekday beside a calendar date
/// starts with: see `read_weekday`), in any case and possessive. Only words opening as a
/// weekday's name does (their first three bytes: "Mon", "tue") are lowered and looked up: the
/// story's words are not classified for this.
pub fn names_a_weekday(doc: &Doc) -> bool {
    let lex = lexicon();
    (0..doc.tokens.len()).any(|i| {
        lex.may_be_a_weekday(doc.tokens[i].text()) && lex.weekdays.contains_key(without_possessive(doc.lower_at(i)))
    })
}

/// How the copy is cased: in copy set in lower case a month or weekday needs no capital.
#[derive(Clone, Copy)]
struct Cased {
    lower_case_copy: bool,
}

impl Cased {
    /// Whether the word at `i` may be a month's or a weekday's name as cased.
    fn may_name(self, doc: &Doc, i: usize) -> bool {
        doc.tokens[i].is_capitalized()
            || (self.lower_case_copy && !doc.tokens[i].text().chars().any(char::is_uppercase))
            || month_and_year_in_lower_case(doc, i)
    }

    /// A weekday's whole name is no other word, so one written in lower case ("published on
    /// friday") says the date after it may be in lower case too.
    fn as_weekday_at(self, doc: &Doc, i: usize) -> Cased {
        let lower_case = !doc.tokens[i].text().chars().any(char::is_uppercase);
        Cased {
            lower_case_copy: self.lower_case_copy || lower_case,
        }
    }
}

/// "has now being in surplus since november 1985" (reuters21578/18347.txt, in mixed case): a
/// month's whole name in lower case between one of `month_prepositions` and a year is that
/// month in any copy, as no other word stands so.
fn month_and_year_in_lower_case(doc: &Doc, i: usize) -> bool {
    let word = doc.lower_at(i);
    let lower_case = !doc.tokens[i].text().chars().any(char::is_uppercase);
    let after_preposition = i > 0 && lexicon().month_prepositions.contains(doc.lower_at(i - 1));
    lower_case && is_full_month_name(word) && after_preposition && year_at(doc, i + 1).is_some()
}

/// "tuesday's" -> "tuesday".
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// "oct", "sept": a month cut short, as opposed to "may", "june", "july" written whole.
fn is_abbreviated_month(lower: &str) -> bool {
    lower.len() <= 4 && !matches!(lower, "may" | "june" | "july")
}

fn is_possessive(word: &str) -> bool {
    without_possessive(word).len() < word.len()
}

fn month_at(doc: &Doc, i: usize, cased: Cased) -> Option<(u32, usize)> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Word || !cased.may_name(doc, i) {
        return None;
    }
    let lower = doc.lower_at(i);
    let month = *lexicon().months.get(without_possessive(lower))?;
    // "Oct." keeps its dot; "April." ends a sentence
    let dotted = is_abbreviated_month(lower) && doc.tokens.get(i + 1).is_some_and(|d| d.text() == "." && d.glued);
    Some((month, if dotted { i + 2 } else { i + 1 }))
}

fn number_at(doc: &Doc, i: usize, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let t = doc.tokens.get(i)?;
    let n: u32 = (t.kind == TokenKind::Number).then(|| t.text().parse().ok()).flatten()?;
    range.contains(&n).then_some(n)
}

/// A day number, with an ordinal suffix if written ("7th"): value and next token.
fn day_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let day = number_at(doc, i, 1..=31)?;
    Some((day, if has_ordinal_suffix(doc, i) { i + 2 } else { i + 1 }))
}

/// Whether the number at `i` is written as an ordinal ("7th", "31st").
fn has_ordinal_suffix(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i + 1)
        .is_some_and(|s| s.glued && matches!(s.lower().as_str(), "st" | "nd" | "rd" | "th"))
}

fn year_at(doc: &Doc, i: usize) -> Option<i32> {
    let t = doc.tokens.get(i)?;
    (t.text().len() == 4).then_some(())?;
    if is_clock_time(doc, i) {
        return None;
    }
    number_at(doc, i, 1000..=2999).map(|y| y as i32)
}

/// Whether four digits at `i` are a time of day: before a unit of time ("1 March 2000 GMT"),
/// or opening a range of times ("from 1130 to 1215 GMT", "between 0900 and 1700 GMT").
fn is_clock_time(doc: &Doc, i: usize) -> bool {
    let time_units = &lexicon().time_units;
    let range_of_times = matches!(doc.lower_at(i + 1), "to" | "and" | "until" | "-" | "–")
        && doc.tokens.get(i + 2).is_some_and(|t| t.text().len() == 4)
        && time_units.contains(doc.lower_at(i + 3));
    time_units.contains(doc.lower_at(i + 1)) || range_of_times
}

/// ", 2023" or " 2023" after a day: the year and the next token.
fn year_after(doc: &Doc, i: usize) -> (Option<YearRef>, usize) {
    if doc.tokens.get(i).is_some_and(|t| t.text() == ",") {
        if let Some(y) = year_at(doc, i + 1) {
            return (Some(YearRef::Written(y)), i + 2);
        }
    }
    match year_at(doc, i) {
        Some(y) => (Some(YearRef::Written(y)), i + 1),
        None => (None, i),
    }
}

/// "should be back playing by May": "by" before "May" in a clause that speaks of the future
/// sets a deadline, where elsewhere it names an agent ("led by May").
fn deadline_may(doc: &Doc, i: usize) -> bool {
    i > 0 && doc.lower_at(i - 1) == "by" && speaks_of_future(doc, i, i + 1)
}

/// "2023" after a month, or in wire style after a comma ("the September, 1985 New York Plaza
/// pact", "in June, 1986."): a plausible year there, never a count ("in May, 2000 jobs"). The
/// year and the token after it.
fn year_after_month(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    if let Some(year) = year_at(doc, i) {
        return Some((year, i + 1));
    }
    let comma = doc.tokens.get(i).is_some_and(|t| t.text() == ",");
    let year = year_at(doc, i + 1).filter(|&y| comma && is_plausible_year(y))?;
    Some((year, i + 2))
}

fn read_date(doc: &Doc, i: usize, cased: Cased) -> Option<DateMention> {
    if !doc.in_class(i, class::DATE) {
        return None;
    }
    let lex = lexicon();
    let lower = doc.lower_at(i);
    let mention = |tokens: Range<usize>, expr| Some(DateMention::new(tokens, expr));
    let bare = without_possessive(lower);
    // a weekday's whole name is read in lower case in any copy
    if let Some(&weekday) = lex.weekdays.get(bare).filter(|_| bare.len() > 3) {
        let cased = cased.as_weekday_at(doc, i);
        return (cased.may_name(doc, i) && !is_in_weekday_name(doc, i))
            .then(|| read_weekday(doc, i, weekday, cased))
            .flatten();
    }
    // one cut short ("Sat.", "Wed") is also a word or a name ("The Sun, May 31"): a weekday
    // only capitalised beside a calendar date, after no determiner
    if let Some(&weekday) = lex.weekdays.get(lower) {
        let named = doc.tokens[i].is_capitalized() && !follows_determiner_word(doc, i);
        return named.then(|| calendar_beside_weekday(doc, i, weekday, cased)).flatten();
    }
    if let Some(m) = read_calendar(doc, i, cased).or_else(|| read_month_part(doc, i)) {
        return Some(m);
    }
    if let Some(&days) = lex.relative_days.get(bare).filter(|_| !is_capitalised_name(doc, i)) {
        return Some(shifted_day(doc, i, days));
    }
    if let Some(m) = read_year_span(doc, i)
        .or_else(|| read_ago(doc, i))
        .or_else(|| read_ahead(doc, i))
        .or_else(|| read_decade(doc, i))
        .or_else(|| read_year_part(doc, i))
        .or_else(|| read_season_of_year(doc, i))
        .or_else(|| read_year_period(doc, i))
        .or_else(|| read_year_adjective(doc, i))
        .or_else(|| read_split_year_of_a_span(doc, i))
        .or_else(|| read_year_after_name(doc, i))
        .or_else(|| read_year_subject(doc, i))
        .or_else(|| read_year_object(doc, i))
        .or_else(|| read_year_joined_by_and(doc, i))
    {
        return Some(m);
    }
    if let Some(&offset) = lex.relative_directions.get(lower) {
        let next = doc.lower_at(i + 1);
        let next = without_possessive(next);
        if let Some(&unit) = lex.relative_units.get(next) {
            return mention(i..i + 2, DateExpr::RelativeUnit { unit, offset });
        }
        // "last July", "next March 3": the nearest such month that way
        if let Some(mut date) = month_after_direction(doc, i, cased) {
            date.direction = Some(offset);
            return Some(date);
        }
        // "last summer", but not "its last fall" (a decline) or "the last winter" (the final one)
        if let Some(&(first_month, last_month)) = lex.seasons.get(next).filter(|_| !follows_determiner_word(doc, i)) {
            let unit = CalendarUnit::Season {
                first_month,
                last_month,
            };
            return mention(i..i + 2, DateExpr::RelativeUnit { unit, offset });
        }
        if let Some(&weekday) = lex.weekdays.get(next).filter(|_| offset != 0) {
            // "last Friday, February 20": the date beside it says which Friday
            if let Some(mut date) = calendar_beside_weekday(doc, i + 1, weekday, cased.as_weekday_at(doc, i + 1)) {
                date.tokens.start = i;
                date.direction = Some(offset);
                return Some(date);
            }
            return mention(
                i..i + 2,
                DateExpr::Weekday {
                    weekday,
                    explicit: Some(offset),
                },
            );
        }
    }
    let loose = phrase_ends_at(doc, i, &lex.loose_year_prepositions);
    if loose || phrase_ends_at(doc, i, &lex.year_prepositions) {
        // "in calendar 1987": the common calendar named
        let at = i + 1 + usize::from(lex.calendar_words.contains(doc.lower_at(i + 1)));
        let approximate = year_after_qualifier(doc, i, at);
        let at = approximate.unwrap_or(at);
        let plausible = |y: &i32| (!loose && approximate.is_none()) || is_plausible_year(*y);
        if let Some(y) = year_at(doc, at).filter(plausible) {
            if let Some((last, end)) = next_year_after_slash(doc, at, y) {
                return Some(DateMention::new(i + 1..end, DateExpr::YearSpan { first: y, last }));
            }
            // "since 1978?" is a year; "in 1986-85" or "by 2003/05" no span, "since 1980's" a decade
            let counted = approximate.is_some() && names_a_quantity(doc.lower_at(at + 1));
            return (!runs_on(doc, at + 1) && !counted).then(|| {
                // "until about 1989": the year is the date written, its qualifier left outside
                let from = if approximate.is_some() { at } else { i + 1 };
                let mut m = DateMention::new(from..at + 1, DateExpr::Year(y));
                m.dates_noun = named_security(doc, i).filter(|_| loose);
                m
            });
        }
    }
    None
}

/// "FDA approval is not expected until about 1989", "by around 2010": an approximate qualifier
/// (`approximate` in `rules/qualifiers.yaml`) between the year preposition at `preposition` and
/// its year (the qualifier at `at`) leaves the year a date, the year the writer gives (the index
/// of the token after the qualifier); after a preposition of time only (`bound_year_prepositions`)
/// a bound does too ("until at least 2008"). A plausible year only, and not before a unit ("for
/// about 1950 dlrs" is an amount).
fn year_after_qualifier(doc: &Doc, preposition: usize, at: usize) -> Option<usize> {
    let any_bound = lexicon().bound_year_prepositions.contains(doc.lower_at(preposition));
    (at + 1..=at + 4).find(|&year| match qualifier_before(doc, year) {
        (Some(bound), start) => start == at && (any_bound || bound == Bound::Approximate),
        (None, _) => false,
    })
}

/// "the key 7-1/2 pct Treasury bonds of 2016 closed unchanged" (reuters21578/07607): a debt
/// security (`security_nouns`) right before a loose year preposition of one word ("of", "due",
/// "maturing") is named by the year, its maturity; the year dates that noun, not the clause's
/// event ("closed"), so only a cue in the security's words ties it.
fn named_security(doc: &Doc, preposition: usize) -> Option<Range<usize>> {
    let lex = lexicon();
    let noun = preposition.checked_sub(1)?;
    let one_word = |p: &Vec<String>| p.len() == 1 && p[0] == doc.lower_at(preposition);
    let placed = lex.loose_year_prepositions.iter().any(one_word);
    (placed && lex.security_nouns.contains(doc.lower_at(noun))).then_some(noun..noun + 1)
}

/// "between 2001 and 2003", "from 1990 to 1995" (`year_spans`), or a year preposition and two
/// years joined by a dash ("in 2001-03", "from 1986-1990"): one mention of all the years. The
/// first year must be plausible and the last later, and no quantity may follow ("between 1985
/// and 1990 points" counts).
fn read_year_span(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let closers = lex.year_spans.get(doc.lower_at(i));
    if closers.is_none() && !phrase_ends_at(doc, i, &lex.year_prepositions) {
        return None;
    }
    let first = year_at(doc, i + 1).filter(|y| is_plausible_year(*y))?;
    let closed = || {
        let closes = closers?.iter().any(|w| w == doc.lower_at(i + 2));
        closes.then(|| year_at(doc, i + 3).map(|last| (last, i + 4)))?
    };
    let (last, end) = dashed_year_end(doc, i + 1, first).or_else(closed)?;
    let counted = names_a_quantity(doc.lower_at(end));
    (last > first && !runs_on(doc, end) && !counted)
        .then(|| DateMention::new(i + 1..end, DateExpr::YearSpan { first, last }))
}

/// Whether the token at `k` carries on the number before it: glued to it, and a word, digits, a
/// dash, a slash or an apostrophe ("2003-04-15", "1980's"), not punctuation ("1978?", "2003,").
fn runs_on(doc: &Doc, k: usize) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|n| n.glued && (n.kind != TokenKind::Symbol || matches!(n.text(), "-" | "–" | "/" | "'" | "’")))
}

/// "-03" or "-2003" glued after the year `first` at `i` (a dash or an en dash): the later year
/// it closes a span with, and the token after it.
fn dashed_year_end(doc: &Doc, i: usize, first: i32) -> Option<(i32, usize)> {
    doc.tokens
        .get(i + 1)
        .filter(|t| t.glued && matches!(t.text(), "-" | "–"))?;
    let (written, digits) = glued_digits(doc, i + 2)?;
    let last = match digits {
        2 => first - first % 100 + written,
        4 => written,
        _ => return None,
    };
    Some((last, i + 3))
}

/// "/9", "/06" or "/1999" glued after the year `first` at `i`, written as the year after it
/// (a UK fiscal year "1998/9", a season "2004/05"): that year and the token after it. Two
/// years apart ("1987/92") are a span of another kind, and a third part ("2007/08/15") makes a
/// numeric date.
fn next_year_after_slash(doc: &Doc, i: usize, first: i32) -> Option<(i32, usize)> {
    let glued = |k: usize, text: &str| doc.tokens.get(k).is_some_and(|t| t.glued && t.text() == text);
    let (written, digits) = glued_digits(doc, i + 2).filter(|_| glued(i + 1, "/"))?;
    let next = first + 1;
    let names_next = match digits {
        1 => written == next % 10,
        2 => written == next % 100,
        4 => written == next,
        _ => false,
    };
    let numeric_date = glued(i + 3, "/") || glued(i + 3, "-");
    (names_next && !numeric_date).then_some((next, i + 3))
}

/// The number written in digits alone at `k`, glued to the token before it, and how many digits.
fn glued_digits(doc: &Doc, k: usize) -> Option<(i32, usize)> {
    let digits = doc.tokens.get(k).filter(|t| t.glued)?.text();
    let written = digits
        .parse()
        .ok()
        .filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
    Some((written, digits.len()))
}

/// "yesterday" at `i`, or with "the day before" it two days before the dateline ("the day after
/// tomorrow" two after; `day_shifts`).
fn shifted_day(doc: &Doc, i: usize, days: i64) -> DateMention {
    let shift = i
        .checked_sub(3)
        .filter(|&k| doc.lower_at(k) == "the" && doc.lower_at(k + 1) == "day")
        .and_then(|k| Some((k, lexicon().day_shifts.get(doc.lower_at(k + 2))?)));
    match shift {
        Some((k, shift)) => DateMention::new(k..i + 1, DateExpr::RelativeDay(days + shift)),
        None => DateMention::new(i..i + 1, DateExpr::RelativeDay(days)),
    }
}

/// "mid-January", "early-March 2005", "Mid-May 1988": a month with a part of it glued before,
/// read as the month (with its year if one follows, in figures or in words: "up to mid-March
/// this year", reuters21578/12602.txt), as "late January" is. A month cut to
/// three letters ("mid-Jan") is left alone, but "May" is the month's whole name, after a glued
/// part no verb (reuters21578/16381.txt: "auctions begin in Mid-May").
fn read_month_part(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let (part, month) = doc.lower_at(i).split_once('-')?;
    if !lex.year_parts.contains_key(part) {
        return None;
    }
    let &month = lex
        .months
        .get(month)
        .filter(|_| month.len() > 3 || is_full_month_name(month))?;
    let (year, end) = year_after(doc, i + 1);
    let mut m = DateMention::new(i..end, DateExpr::Month { month, year });
    absorb_relative_year(doc, &mut m);
    Some(m)
}

/// Whether `word` (in lower case) is a month's whole name, the longest the lexicon lists for
/// its month: "may" and "june", not "jun".
fn is_full_month_name(word: &str) -> bool {
    let months = &lexicon().months;
    months.get(word).is_some_and(|&month| {
        (months.iter())
            .filter(|&(_, &m)| m == month)
            .all(|(other, _)| other.len() <= word.len())
    })
}

/// Whether one of `phrases` ends at token `i` ("compared with" at "with").
fn phrase_ends_at(doc: &Doc, i: usize, phrases: &[Vec<String>]) -> bool {
    // the word at `i` is found once and compared first: most phrases end in another word
    let at_i = doc.lower_at(i);
    phrases.iter().any(|phrase| match phrase.split_last() {
        Some((last, before)) => {
            last == at_i
                && i + 1 >= phrase.len()
                && before
                    .iter()
                    .rev()
                    .enumerate()
                    .all(|(back, word)| doc.lower_at(i - 1 - back) == word)
        }
        None => true,
    })
}

/// A relative day capitalised after a word of its sentence is a name, not the day: "that
/// day's Today programme", "told BBC Radio 4's Today", "USA Today". Capitalised at the start
/// of a sentence, a quote or a clause after punctuation, or in copy set in capitals, it is
/// the day.
fn is_capitalised_name(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    let in_capitals = !t.text().chars().any(char::is_lowercase);
    t.is_capitalized() && !in_capitals && doc.sentence(i).start < i && doc.tokens[i - 1].kind == TokenKind::Word
}

/// A capitalised weekday written as part of a name: "the Sunday Telegraph", "Black Monday"
/// (`weekday_name_heads` and `weekday_name_modifiers`, capitalised beside it), or standing
/// for one before a relative of a party (`weekday_name_relatives`).
fn is_in_weekday_name(doc: &Doc, i: usize) -> bool {
    let lex = lexicon();
    let capitalised_in = |k: usize, words: &HashSet<String>| {
        doc.tokens.get(k).is_some_and(|t| t.is_capitalized()) && words.contains(without_possessive(doc.lower_at(k)))
    };
    doc.tokens[i].is_capitalized()
        && (capitalised_in(i + 1, &lex.weekday_name_heads)
            || i.checked_sub(1)
                .is_some_and(|k| capitalised_in(k, &lex.weekday_name_modifiers))
            || names_a_party_after(doc, i))
}

/// Whether the weekday at `i` is followed, after a comma or not, by "who", "whom" or "whose"
/// (`weekday_name_relatives`): a day is never "who", so the word is a club's or a person's
/// name ("unfinished business with Wednesday, who are fourth": Sheffield Wednesday).
fn names_a_party_after(doc: &Doc, i: usize) -> bool {
    let after = if doc.lower_at(i + 1) == "," { i + 2 } else { i + 1 };
    lexicon().weekday_name_relatives.contains(doc.lower_at(after))
}

/// A number that reads as a year where it could as well be a count: 1800 to 2099, and not a
/// round hundred ("a total of 2000", "the 1900 level").
fn is_plausible_year(year: i32) -> bool {
    (1800..=2099).contains(&year) && year % 100 != 0
}

/// "Wednesday", and "Wednesday, Nov. 14, 2024" with its calendar date.
fn read_weekday(doc: &Doc, i: usize, weekday: u32, cased: Cased) -> Option<DateMention> {
    calendar_beside_weekday(doc, i, weekday, cased).or_else(|| {
        Some(DateMention::new(
            i..i + 1,
            DateExpr::Weekday {
                weekday,
                explicit: None,
            },
        ))
    })
}

/// The calendar date written beside the weekday at `i` ("Wednesday, Nov. 14, 2024",
/// "Friday (February 20)", "Sat., May 31", "Saturday, the 31st of May"), as one mention from
/// the weekday on, carrying it.
fn calendar_beside_weekday(doc: &Doc, i: usize, weekday: u32, cased: Cased) -> Option<DateMention> {
    let mut j = i + 1;
    if doc.tokens.get(j).is_some_and(|t| t.glued && t.text() == ".") {
        j += 1;
    }
    if doc.tokens.get(j).is_some_and(|t| matches!(t.text(), "," | "(")) {
        j += 1;
    }
    if doc.lower_at(j) == "the" && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number) {
        j += 1;
    }
    let mut date =
        read_calendar(doc, j, cased).filter(|d| matches!(d.expr, DateExpr::Day { .. } | DateExpr::Iso(_)))?;
    date.weekday = Some((weekday, i..i + 1));
    date.tokens.start = i;
    if doc.tokens.get(date.tokens.end).is_some_and(|t| t.text() == ")") {
        date.tokens.end += 1;
    }
    Some(date)
}

/// "Oct. 7, 2023", "October 7", "7 October 2023", "October 2023", "2024-11-14".
fn read_calendar(doc: &Doc, i: usize, cased: Cased) -> Option<DateMention> {
    let mut m = read_written_calendar(doc, i, cased)?;
    absorb_relative_year(doc, &mut m);
    Some(m)
}

/// "October last year", "5 May this year": the year given in words after a date.
fn absorb_relative_year(doc: &Doc, m: &mut DateMention) {
    let lex = lexicon();
    let (year, offset) = match &mut m.expr {
        DateExpr::Day { year, .. } | DateExpr::Month { year, .. } if year.is_none() => {
            (year, lex.relative_directions.get(doc.lower_at(m.tokens.end)))
        }
        _ => return,
    };
    if let (Some(&offset), "year") = (offset, doc.lower_at(m.tokens.end + 1)) {
        *year = Some(YearRef::Relative(offset));
        m.tokens.end += 2;
    }
}

fn read_written_calendar(doc: &Doc, i: usize, cased: Cased) -> Option<DateMention> {
    let mention = |end: usize, expr| Some(DateMention::new(i..end, expr));
    // a day (or a range of days) and a month in either order, and the year if one follows
    let whole_day = |month: u32, (day, last_day): (u32, Option<u32>), after: usize, day_first: bool| {
        let (year, end) = year_after(doc, after);
        mention(
            end,
            DateExpr::Day {
                month,
                day,
                last_day,
                year,
                day_first,
            },
        )
    };
    if let Some(range) = hyphenated_month_range(doc, i, cased) {
        return Some(range);
    }
    if let Some((month, next)) = month_at(doc, i, cased) {
        // a month in lower case ("march", "may") may be a word: with no day or year it is
        // a month only after a word that takes one ("last march's", "in may")
        let as_written =
            doc.tokens[i].is_capitalized() || lexicon().month_prepositions.contains(doc.lower_at(i.wrapping_sub(1)));
        if is_possessive(doc.lower_at(i)) {
            return as_written.then(|| possessive_month(doc, i, month)).flatten();
        }
        if let Some((days, after)) = days_at(doc, next, None) {
            return whole_day(month, days, after, false);
        }
        if let Some(range) = month_range_at(doc, i, month, next, cased) {
            return Some(range);
        }
        if let Some((year, end)) = year_after_month(doc, next) {
            return mention(
                end,
                DateExpr::Month {
                    month,
                    year: Some(YearRef::Written(year)),
                },
            );
        }
        let may_is_a_verb = month == 5
            && !lexicon().month_prepositions.contains(doc.lower_at(i.wrapping_sub(1)))
            && !after_noun_determiner(doc, i)
            && !deadline_may(doc, i);
        let sentence_start = doc.sentence(i).start == i;
        return (as_written && !may_is_a_verb && !sentence_start).then(|| {
            let mut m = DateMention::new(i..next, DateExpr::Month { month, year: None });
            m.dates_noun = month_adjective_noun(doc, i, next);
            m
        });
    }
    if let Some((days, next)) = days_at(doc, i, Some(cased)) {
        // "the 31st of May": an ordinal day, "of" and the month
        let of_month = has_ordinal_suffix(doc, i) && next == i + 2 && doc.lower_at(next) == "of";
        if let Some((month, after)) = month_at(doc, next + usize::from(of_month), cased) {
            return whole_day(month, days, after, true);
        }
    }
    read_iso(doc, i)
}

/// "July-September 2004", "from July to September 2004", "between July and September last
/// year": the months of a year from the first to the last (the year is what the range needs
/// to be read: without one, each month is read alone).
fn month_range_at(doc: &Doc, i: usize, first: u32, next: usize, cased: Cased) -> Option<DateMention> {
    let joins = match doc.lower_at(next) {
        "-" | "–" | "to" | "through" | "until" => true,
        "and" => i > 0 && doc.lower_at(i - 1) == "between",
        _ => false,
    };
    let (last, after) = joins.then(|| month_at(doc, next + 1, cased)).flatten()?;
    let (year, end) = period_year_at(doc, after)?;
    (last > first).then(|| year_part(i..end, year, first, last))
}

/// "July-September 2004" written as one word.
fn hyphenated_month_range(doc: &Doc, i: usize, cased: Cased) -> Option<DateMention> {
    let (first, last) = doc.lower_at(i).split_once('-')?;
    let months = &lexicon().months;
    let (&first, &last) = (months.get(first)?, months.get(last)?);
    if !cased.may_name(doc, i) {
        return None;
    }
    let (year, end) = period_year_at(doc, i + 1)?;
    (last > first).then(|| year_part(i..end, year, first, last))
}

/// A day, or a range of days: "9", "6-9", and before a month also "6 to 9" and "between 6
/// and 9" (`month_follows` says how the month after is cased). The first day, the last if a
/// range, and the token after.
fn days_at(doc: &Doc, i: usize, month_follows: Option<Cased>) -> Option<((u32, Option<u32>), usize)> {
    let (day, next) = day_at(doc, i)?;
    let joins = match doc.lower_at(next) {
        "-" | "–" => true,
        "to" => month_follows.is_some(),
        "and" => month_follows.is_some() && i > 0 && doc.lower_at(i - 1) == "between",
        _ => false,
    };
    let range_end = joins
        .then(|| day_at(doc, next + 1))
        .flatten()
        .filter(|&(last, after)| last > day && month_follows.is_none_or(|c| month_at(doc, after, c).is_some()));
    Some(match range_end {
        Some((last, after)) => ((day, Some(last)), after),
        None => ((day, None), next),
    })
}

/// "March's elections": a month written whole that owns the noun after it, unless it is a
/// name's last word ("Theresa May's", "Mrs May's") or an abbreviation's ("DEC's").
fn possessive_month(doc: &Doc, i: usize, month: u32) -> Option<DateMention> {
    let lex = lexicon();
    if doc.sentence(i).start == i || is_abbreviated_month(without_possessive(doc.lower_at(i))) {
        return None;
    }
    // "Last June's" opening a sentence is no name
    let before = doc.lower_at(i - 1);
    let after_name = doc.tokens[i - 1].kind == TokenKind::Word
        && doc.tokens[i - 1].is_capitalized()
        && !(lex.stop_words.contains(before) || lex.connectors.contains(before))
        && !lex.relative_directions.contains_key(before);
    (!after_name).then(|| DateMention::new(i..i + 1, DateExpr::Month { month, year: None }))
}

/// How many units a count before a unit of time means: "three", "12", "twenty-five", "a few"
/// (the fewest and most), and the token after the count.
fn count_at(doc: &Doc, i: usize) -> Option<(u32, u32, usize)> {
    let lex = lexicon();
    // the word at `i` is found once and compared first: most phrases start with another word
    let at_i = doc.lower_at(i);
    for (phrase, (least, most)) in &lex.vague_counts {
        let starts_here = phrase.first().is_none_or(|first| first == at_i);
        if starts_here && (1..phrase.len()).all(|k| doc.lower_at(i + k) == phrase[k]) {
            return Some((*least, *most, i + phrase.len()));
        }
    }
    let t = doc.tokens.get(i)?;
    let n = if t.kind == TokenKind::Number {
        t.text().parse().ok().filter(|n| (1..=999).contains(n))?
    } else {
        doc.lower_at(i).split('-').try_fold(0, |sum, part| {
            let word = lex.number_units.get(part).or_else(|| lex.number_tens.get(part));
            word.map(|v| sum + *v as u32)
        })?
    };
    (n > 0).then_some((n, n, i + 1))
}

/// "three weeks ago", "a fortnight ago", "more than a year ago".
fn read_ago(doc: &Doc, i: usize) -> Option<DateMention> {
    let (least, most, at) = count_at(doc, i)?;
    // "10-15 years ago", "two to three weeks ago": from the range's first count
    let (least, i) = i
        .checked_sub(2)
        .filter(|_| matches!(doc.lower_at(i - 1), "-" | "to" | "or"))
        .and_then(|s| {
            count_at(doc, s)
                .filter(|c| c.2 == i - 1 && c.0 < least)
                .map(|c| (c.0, s))
        })
        .unwrap_or((least, i));
    let unit = *lexicon().elapsed_units.get(doc.lower_at(at))?;
    let ago = doc.tokens.get(at + 1).is_some_and(|t| !t.glued) && doc.lower_at(at + 1) == "ago";
    ago.then_some(())?;
    let (bound, start) = qualifier_before(doc, i);
    // "nearly two weeks ago" is about two weeks ago, where "less than two weeks ago" is any day since
    let nearly = lexicon().nearly_qualifiers.iter().any(|q| doc.lower_at(start) == q);
    let bound = if nearly { Some(Bound::Approximate) } else { bound };
    Some(DateMention::new(
        start..at + 2,
        DateExpr::Ago {
            least,
            most,
            unit,
            bound,
        },
    ))
}

/// How many words before "in three years" a superlative or a count of times makes it a span.
const SPAN_MEASURE_REACH: usize = 4;

/// "in three years' time", and in a clause that speaks of the future "in three years" ("is
/// set to open in three years"): that long after the dateline, as "ago" is before it. Not a
/// span a superlative, a record or a count of times measures ("the highest in four years",
/// "for the second time in two weeks"), which looks back whatever the tense.
fn read_ahead(doc: &Doc, i: usize) -> Option<DateMention> {
    if doc.lower_at(i) != "in" {
        return None;
    }
    let (least, most, at) = count_at(doc, i + 1)?;
    let unit = *lexicon().elapsed_units.get(without_possessive(doc.lower_at(at)))?;
    // "three years' time", "a year's time"
    let apostrophe = doc
        .tokens
        .get(at + 1)
        .is_some_and(|t| t.glued && matches!(t.text(), "'" | "’"));
    let time = at + 1 + usize::from(apostrophe);
    let in_time = doc.lower_at(time) == "time";
    let end = if in_time { time + 1 } else { at + 1 };
    // "the highest level in", "its first decline in": a few words back in the clause
    let measures_a_span = (i.saturating_sub(SPAN_MEASURE_REACH)..i)
        .rev()
        .take_while(|&k| doc.tokens[k].kind != TokenKind::Symbol)
        .any(|k| {
            let w = doc.lower_at(k);
            w.ends_with("est") || lexicon().span_measures.contains(w)
        });
    let ahead = in_time || (!measures_a_span && speaks_of_future(doc, i, end));
    ahead.then(|| DateMention::new(i..end, DateExpr::Ahead { least, most, unit }))
}

/// "1990s", "1990's", "1990’s", and after "the" "the 90s", "the '80s": the decade's first year
/// and the token after it.
fn decade_at(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    if let Some(&first) = lexicon()
        .decade_words
        .get(doc.lower_at(i))
        .filter(|_| after_the(doc, i))
    {
        return Some((first, i + 1));
    }
    let year = year_at(doc, i)
        .filter(|y| y % 10 == 0)
        .or_else(|| short_decade(doc.tokens[i].text()).filter(|_| after_the(doc, i)))?;
    let glued = |k: usize, text: &[&str]| doc.tokens.get(k).is_some_and(|t| t.glued && text.contains(&t.text()));
    if glued(i + 1, &["s"]) {
        return Some((year, i + 2));
    }
    (glued(i + 1, &["'", "’"]) && glued(i + 2, &["s"])).then_some((year, i + 3))
}

/// A decade of the last century written in two digits ("90" of "the 90s"): 30 to 90 (the
/// "20s" and "00s" may be this century's).
fn short_decade(digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok().filter(|_| digits.len() == 2)?;
    ((30..=90).contains(&n) && n % 10 == 0).then_some(1900 + n)
}

/// Whether "the" stands before the decade at `i`, past a part ("the late 80s") or an
/// apostrophe ("the '90s"): "in his 80s" is an age, not a decade.
fn after_the(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0
        && (matches!(doc.tokens[k - 1].text(), "'" | "’") || lexicon().decade_parts.contains_key(doc.lower_at(k - 1)))
    {
        k -= 1;
    }
    k > 0 && doc.lower_at(k - 1) == "the"
}

/// "the 1990s", "the late 1980s", "the mid-1990s", "the mid-90s", "the eighties".
fn read_decade(doc: &Doc, i: usize) -> Option<DateMention> {
    let parts = &lexicon().decade_parts;
    let decade = |first: i32, part: Option<&(i32, i32)>| {
        let (from, to) = part.copied().unwrap_or((0, 9));
        DateExpr::Decade {
            first: first + from,
            last: first + to,
        }
    };
    // "mid-1990s" (or "mid-nineties") is one word
    if let Some((part, rest)) = doc.lower_at(i).split_once('-') {
        let digits = rest.strip_suffix('s')?;
        let first: i32 = digits
            .parse()
            .ok()
            .filter(|y| (1000..=2990).contains(y) && y % 10 == 0)
            .or_else(|| short_decade(digits).filter(|_| after_the(doc, i)))
            .or_else(|| lexicon().decade_words.get(rest).copied().filter(|_| after_the(doc, i)))?;
        let part = parts.get(part)?;
        return Some(DateMention::new(i..i + 1, decade(first, Some(part))));
    }
    let (first, end) = decade_at(doc, i)?;
    let part = i.checked_sub(1).and_then(|p| parts.get(doc.lower_at(p)));
    let start = if part.is_some() { i - 1 } else { i };
    Some(DateMention::new(start..end, decade(first, part)))
}

/// "mid-1986", "early 1987", "late-2004": a part of a year (not "the late 1980s", a decade's,
/// nor "early 1986-87", a span of years).
fn read_year_part(doc: &Doc, i: usize) -> Option<DateMention> {
    let parts = &lexicon().year_parts;
    let (part, year, end) = match doc.lower_at(i).split_once('-') {
        // "mid-1986" is one word
        Some((part, rest)) => {
            let year = rest.parse().ok().filter(|y| (1000..=2999).contains(y))?;
            (part, year, i + 1)
        }
        None => (doc.lower_at(i), year_at(doc, i + 1)?, i + 2),
    };
    let &(first_month, last_month) = parts.get(part)?;
    let joined_after = doc
        .tokens
        .get(end)
        .is_some_and(|n| n.glued && (n.kind != TokenKind::Symbol || matches!(n.text(), "-" | "–" | "/" | "'" | "’")));
    (!joined_after).then(|| {
        DateMention::new(
            i..end,
            DateExpr::YearPart {
                year: YearRef::Written(year),
                first_month,
                last_month,
            },
        )
    })
}

/// "first quarter 1988", "the second half of 1987", "fourth-quarter 1986", "Q3 2004", "the
/// first six months of 1987", "the last quarter of this year", and the year first: "the 1987
/// first quarter", "1986's fourth quarter". Not a period of a fiscal year ("the first
/// quarter of fiscal 1987"): its months are another calendar's.
fn read_year_period(doc: &Doc, i: usize) -> Option<DateMention> {
    if let Some((year, after_year)) = written_year_owning(doc, i) {
        let (first_month, last_month, end) = period_at(doc, after_year)?;
        return Some(year_part(i..end, YearRef::Written(year), first_month, last_month));
    }
    let (first_month, last_month, after) = period_at(doc, i)?;
    let at = if doc.lower_at(after) == "of" { after + 1 } else { after };
    if lexicon().period_blockers.contains(doc.lower_at(at)) {
        return None;
    }
    match period_year_at(doc, at) {
        Some((year, end)) => Some(year_part(i..end, year, first_month, last_month)),
        None => read_quarter_without_year(doc, i, after, (first_month, last_month)),
    }
}

/// "rose by 0.8% in the fourth quarter", "in Q4", "the fourth-quarter rise" (bbc/business
/// 190): a calendar quarter with its year left to the copy or the dateline, as a month alone
/// is ("in October"). Economic copy names a quarter of the year it reports on and gives that
/// year once, if at all. Only a quarter named by a counting ordinal (first to fourth), after
/// "the" (or as one word, after a preposition of a year: "in Q4"): "last quarter" is the one
/// before the dateline's, not the fourth, "a fourth quarter" is a count, "first half" is also
/// a match's, and a company's own quarter ("its first quarter results") may be of its fiscal
/// year. Never one before a number (a year not read: "the first quarter of 1986/87"), nor
/// one of another calendar than the year's ("the fiscal fourth quarter", "the third quarter
/// of its financial year") or dated by its end ("the second quarter ended January 31").
fn read_quarter_without_year(
    doc: &Doc,
    i: usize,
    after: usize,
    (first_month, last_month): (u32, u32),
) -> Option<DateMention> {
    let lex = lexicon();
    let word = doc.lower_at(i);
    let ordinal = word.split_once('-').map_or(word, |(ordinal, _)| ordinal);
    let counted = lex.period_ordinals.get(ordinal).is_some_and(|&nth| nth > 0) || word.starts_with('q');
    let is_quarter = last_month == first_month + 2 && counted;
    let placed = i.checked_sub(1).is_some_and(|k| {
        doc.lower_at(k) == "the" || (after == i + 1 && phrase_ends_at(doc, k, &lex.year_prepositions))
    });
    let number_follows = (after..after + 2).any(|k| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number));
    let other_calendar = (i.saturating_sub(2)..i)
        .chain(after..after + 4)
        .any(|k| k < doc.tokens.len() && lex.period_blockers.contains(doc.lower_at(k)));
    let dated_by_its_end = lex.period_end_words.contains(doc.lower_at(after));
    (is_quarter && placed && !number_follows && !other_calendar && !dated_by_its_end).then(|| {
        DateMention::new(
            i..after,
            DateExpr::Quarter {
                first_month,
                last_month,
            },
        )
    })
}

fn year_part(tokens: Range<usize>, year: YearRef, first_month: u32, last_month: u32) -> DateMention {
    DateMention::new(
        tokens,
        DateExpr::YearPart {
            year,
            first_month,
            last_month,
        },
    )
}

/// "1987" or "1987's" before a period: the year and the token after it.
fn written_year_owning(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    let year = year_at(doc, i).filter(|y| (1800..=2099).contains(y))?;
    let glued = |k: usize, text: &[&str]| doc.tokens.get(k).is_some_and(|t| t.glued && text.contains(&t.text()));
    if glued(i + 1, &["'", "’"]) && glued(i + 2, &["s"]) {
        return Some((year, i + 3));
    }
    Some((year, i + 1))
}

/// The year of a period: "1988" (not "1986/87" or "1986-87", spans), or "this year", "last
/// year", "next year". The year and the token after it.
fn period_year_at(doc: &Doc, i: usize) -> Option<(YearRef, usize)> {
    if let Some(&offset) = lexicon().relative_directions.get(doc.lower_at(i)) {
        return (doc.lower_at(i + 1) == "year").then_some((YearRef::Relative(offset), i + 2));
    }
    let year = year_at(doc, i)?;
    let joined_after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.glued && matches!(n.text(), "-" | "–" | "/" | "'" | "’"));
    (!joined_after).then_some((YearRef::Written(year), i + 1))
}

/// A period of a year at `i`: "first quarter", "fourth-quarter", "second half", "Q3", "first
/// six months", "last three months": its first and last month and the token after it.
fn period_at(doc: &Doc, i: usize) -> Option<(u32, u32, usize)> {
    let lex = lexicon();
    let word = doc.lower_at(i);
    // "Q3", "H1"
    let mut letters = word.chars();
    if let (Some(letter), Ok(n)) = (letters.next(), letters.as_str().parse::<i64>()) {
        let &months = lex.period_letters.get(&letter.to_string())?;
        return period_months(n, 1, months).map(|(first, last)| (first, last, i + 1));
    }
    // "3rd qtr"
    if let Some((nth, next)) = day_at(doc, i).filter(|&(_, next)| next == i + 2) {
        let &months = lex.period_units.get(doc.lower_at(next)).filter(|&&m| m > 1)?;
        return period_months(i64::from(nth), 1, months).map(|(first, last)| (first, last, next + 1));
    }
    // "first-quarter" is one word
    let (ordinal, unit, after) = match word.split_once('-') {
        Some((ordinal, unit)) => (ordinal, unit, i + 1),
        None => (word, doc.lower_at(i + 1), i + 2),
    };
    let &nth = lex.period_ordinals.get(ordinal)?;
    // "the first six months of 1987"
    if let Some((count, _, at)) = count_at(doc, after - 1).filter(|_| word == ordinal) {
        let &months = lex.period_units.get(doc.lower_at(at)).filter(|&&m| m == 1)?;
        let months = count * months;
        return period_months(nth, months, 1).map(|(first, last)| (first, last, at + 1));
    }
    let &months = lex.period_units.get(unit).filter(|&&m| m > 1)?;
    period_months(nth, 1, months).map(|(first, last)| (first, last, after))
}

/// The months of the `nth` run of `count` periods of `months` each (-1: the year's last run),
/// when it lies inside one year.
fn period_months(nth: i64, count: u32, months: u32) -> Option<(u32, u32)> {
    let span = count.checked_mul(months).filter(|&m| (1..=12).contains(&m))?;
    let periods = i64::from(12 / span);
    let nth = if nth < 0 { periods } else { nth };
    (1..=periods).contains(&nth).then(|| {
        let first = (nth as u32 - 1) * span + 1;
        (first, first + span - 1)
    })
}

/// A year written after a name: "the Guardian First Book Award 2004", "Euro 2004". It dates the
/// name, where a cue must stand to tie it to an event. Not a round hundred ("Windows 2000",
/// "Agenda 2000": names of things, not of their year), nor a span ("Budget 2004/05").
fn read_year_after_name(doc: &Doc, i: usize) -> Option<DateMention> {
    let year = year_at(doc, i).filter(|&y| is_plausible_year(y))?;
    let joined_after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.glued && (n.kind != TokenKind::Symbol || matches!(n.text(), "-" | "–" | "/" | "'" | "’")));
    if joined_after || doc.tokens[i].glued || i == 0 || doc.sentence(i).start == i {
        return None;
    }
    let lex = lexicon();
    let name_word = |k: usize| {
        let t = &doc.tokens[k];
        let w = doc.lower_at(k);
        t.kind == TokenKind::Word
            && t.is_capitalized()
            && !t.text().chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !lex.months.contains_key(w)
            && !lex.weekdays.contains_key(w)
            && !lex.stop_words.contains(w)
    };
    let sentence_start = doc.sentence(i).start;
    let start = (sentence_start.max(i.saturating_sub(NAME_REACH))..i)
        .rev()
        .take_while(|&k| name_word(k))
        .last()?;
    let mut m = DateMention::new(i..i + 1, DateExpr::Year(year));
    m.dates_noun = Some(start..i);
    Some(m)
}

/// A year after "and" right after a year that a year preposition governs: "won the World Cup
/// in 1991 and 1999" (bbc/sport/241.txt), the preposition governing both. Only a plausible
/// year standing alone ("in 1986 and 2000 staff" counts), not one joined to what follows.
fn read_year_joined_by_and(doc: &Doc, i: usize) -> Option<DateMention> {
    let year = year_at(doc, i).filter(|&y| is_plausible_year(y))?;
    let plain = !doc.tokens[i].glued && doc.tokens.get(i + 1).is_none_or(|t| !t.glued);
    let governed_before = i >= 3
        && doc.lower_at(i - 1) == "and"
        && year_at(doc, i - 2).is_some()
        && phrase_ends_at(doc, i - 3, &lexicon().year_prepositions);
    (plain && governed_before).then(|| DateMention::new(i..i + 1, DateExpr::Year(year)))
}

/// A year that is the subject of a copula: "due to 2003 being an especially good year", "2004
/// was a record", "If 2004 has been the year of the portable music player" (an auxiliary
/// between them: `year_subject_auxiliaries`, bbc/tech/093.txt). It dates what the copula says
/// it is, where a cue must stand. Not a round hundred ("2000 were killed": a count).
fn read_year_subject(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let year = year_at(doc, i).filter(|&y| is_plausible_year(y))?;
    let auxiliary = lex.year_subject_auxiliaries.contains(doc.lower_at(i + 1));
    let copula = if auxiliary { i + 2 } else { i + 1 };
    let plain = !doc.tokens[i].glued && (i + 1..=copula).all(|k| doc.tokens.get(k).is_some_and(|t| !t.glued));
    if !plain || !lex.copulas.contains(doc.lower_at(copula)) {
        return None;
    }
    let mut m = DateMention::new(i..i + 1, DateExpr::Year(year));
    m.dates_noun = Some(copula..complement_end(doc, copula));
    Some(m)
}

/// The most words of a name a year written after it dates.
const NAME_REACH: usize = 6;

/// A year used as an adjective: "the 2010 coalition", "its 2004 results", "Labour's 1997
/// manifesto", "1947's Nicholas Nickleby", "1998 Open champion Ann Cole". Not a count ("the
/// 2000 delegates"), a level ("the 2000 level") or a unit.
fn read_year_adjective(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let year = year_at(doc, i).filter(|y| (1800..=2099).contains(y))?;
    let glued = |k: usize, text: &[&str]| doc.tokens.get(k).is_some_and(|t| t.glued && text.contains(&t.text()));
    let possessive = glued(i + 1, &["'", "’"]) && glued(i + 2, &["s"]);
    let determined = follows_determiner(doc, i) || coordinated_with_year_adjective(doc, i);
    if !(possessive || determined || heads_a_holder_noun(doc, i) || in_a_headline_in_capitals(doc, i, year)) {
        return None;
    }
    let after_year = if possessive { i + 3 } else { i + 1 };
    if doc.tokens.get(after_year).is_none_or(|t| t.glued) {
        return None;
    }
    // "the 1985 "Plano Cruzado" program": a name in quotation marks, and the noun after it
    let (noun, noun_end) = match quoted_name_close(doc, after_year) {
        Some(close) => (after_year + 1, noun_words_end(doc, close + 1)),
        None => (after_year, noun_words_end(doc, after_year)),
    };
    // "that 1986 was the first year": the year itself is the subject
    let year_is_subject = lex.copulas.contains(doc.lower_at(noun));
    // "up from 1985's 2.6 billion": a year owning a figure dates it
    let owns_a_figure = possessive && is_plausible_year(year) && doc.tokens[noun].kind == TokenKind::Number;
    if noun_end == noun && !year_is_subject && !owns_a_figure {
        return None;
    }
    let next = doc.lower_at(noun);
    // a round hundred before a plural is a count: "the 2000 delegates"; a capitalised word
    // ending in "s" is a name or an abbreviation, which a year dates ("the 2000 US election
    // campaign", "the 2000 Games"); a plausible year before a span of time is that span ("the
    // 2005 season", not 2005 seasons)
    let round_count = year % 100 == 0 && next.ends_with('s') && !doc.tokens[noun].is_capitalized();
    let span_of_year = lex.clause_year_nouns.contains(next) && is_plausible_year(year);
    if (names_a_quantity(next) && !span_of_year) || round_count {
        return None;
    }
    let mut m = DateMention::new(i..i + 1, DateExpr::Year(year));
    if !places_the_clause(doc, i, noun) {
        let start = completed_noun(doc, i).unwrap_or(noun);
        m.dates_noun = Some(start..complement_end(doc, agent_end(doc, noun_end)));
    }
    Some(m)
}

/// "according to a 1986 study by the International Coffee Organization" (reuters21578/12701):
/// a name after "by" right after the noun a year adjective dates (its author, maker or giver:
/// "a 2003 report by the OECD") is of the noun's phrase, so a cue in the name ties the year;
/// the token after the name, or `noun_end` where no capitalised name follows "by" ("the 2004
/// election by a landslide").
fn agent_end(doc: &Doc, noun_end: usize) -> usize {
    if doc.lower_at(noun_end) != "by" {
        return noun_end;
    }
    let name = noun_end + 1 + usize::from(doc.lower_at(noun_end + 1) == "the");
    let limit = (name + NAME_REACH).min(doc.sentence(noun_end).end);
    match (name..limit).find(|&k| !doc.capitalised_word_at(k)) {
        Some(end) if end > name => end,
        None if limit > name => limit,
        _ => noun_end,
    }
}

/// Whether the year `year` at `i` stands in a wire headline, where a year adjective needs no
/// determiner ("GERMAN 1988 TAX CUTS RAISED BY 5.2 BILLION MARKS", reuters21578/02965.txt: a
/// headline drops the "the" its body writes): the story's first paragraph, its words in
/// capitals. A plausible year only ("SELLS 1500 SHARES" counts).
fn in_a_headline_in_capitals(doc: &Doc, i: usize, year: i32) -> bool {
    let paragraph = doc.paragraph(i);
    let in_capitals = |t: &Token| !t.text().chars().any(char::is_lowercase);
    paragraph.start == 0
        && is_plausible_year(year)
        && doc.tokens[paragraph].iter().filter(|t| t.is_word()).all(in_capitals)
}

/// A split year used as an adjective before a noun of a span of time (`clause_year_nouns`):
/// "for the start of the 2006/07 season" (bbc/business/271.txt) dates its clause as "the 2005
/// season" does, in either of its years. Before another noun ("the 1986/87 crop") it is not
/// read.
fn read_split_year_of_a_span(doc: &Doc, i: usize) -> Option<DateMention> {
    let first = year_at(doc, i).filter(|&y| is_plausible_year(y))?;
    let (last, end) = next_year_after_slash(doc, i, first)?;
    let before_a_span =
        doc.tokens.get(end).is_some_and(|t| !t.glued) && lexicon().clause_year_nouns.contains(doc.lower_at(end));
    (follows_determiner(doc, i) && before_a_span).then(|| DateMention::new(i..end, DateExpr::YearSpan { first, last }))
}

/// Where the up to three noun words from `from` that a year or month adjective dates end.
fn noun_words_end(doc: &Doc, from: usize) -> usize {
    let limit = (from + 3).min(doc.tokens.len());
    (from..limit)
        .find(|&k| !is_noun_word(doc, k) || lexicon().copulas.contains(doc.lower_at(k)))
        .unwrap_or(limit)
}

/// A month used as an adjective, after a determiner and before its noun: "The January sales
/// have failed to help the UK High Street recover from a poor Christmas season" dates the sales,
/// not the Christmas season further on (bbc/business/225.txt), and the word its phrase is the
/// object of, right before the determiner: "stood by its April forecast" (reuters21578/19105.txt).
/// `next` is the token after the month. Not one that dates the whole clause ("in the January
/// figures").
fn month_adjective_noun(doc: &Doc, month: usize, next: usize) -> Option<Range<usize>> {
    let plain_noun = doc.tokens.get(next).is_some_and(|t| !t.glued) && !lexicon().copulas.contains(doc.lower_at(next));
    let noun_end = noun_words_end(doc, next);
    let adjective = after_noun_determiner(doc, month) && plain_noun && noun_end > next;
    let determiner = month - 1;
    let governing = (determiner.checked_sub(1))
        .filter(|&k| doc.tokens[k].is_word() && doc.sentence(determiner).start <= k)
        .unwrap_or(determiner);
    (adjective && !places_the_clause(doc, month, next)).then(|| governing..complement_end(doc, noun_end))
}

/// The closing mark of a name in double quotation marks opening at `open` (a mark with a word
/// glued after it), within `NAME_REACH` words and its sentence.
fn quoted_name_close(doc: &Doc, open: usize) -> Option<usize> {
    let is_mark = |k: usize| doc.tokens.get(k).is_some_and(|t| matches!(t.text(), "\"" | "“" | "”"));
    let opens = is_mark(open) && doc.tokens.get(open + 1).is_some_and(|t| t.glued && t.is_word());
    let end = doc.sentence(open).end.min(open + 2 + NAME_REACH);
    opens
        .then(|| (open + 2..end).find(|&k| is_mark(k) || !doc.tokens[k].is_word()))?
        .filter(|&k| is_mark(k))
}

/// Whether a word after a number makes it a quantity, not a year: a level ("the 2000
/// level"), a scale, a currency, a unit of time or measure, a percentage ("a fall of 1987
/// points").
fn names_a_quantity(word: &str) -> bool {
    let lex = lexicon();
    lex.level_nouns.contains(word)
        || lex.scales.contains_key(word)
        || lex.currency_words.contains_key(word)
        || lex.time_units.contains(word)
        || lex.percent_words.iter().any(|p| p[0] == word)
        || lex.measures.iter().any(|(m, _)| m[0] == word)
}

/// "the autumn of 2004", "in spring 1987", "the summer of last year": a season of a year,
/// after a word that places a date or a determiner ("its fall of 1987 points" is a count;
/// "prices fall 2004" no date), or capitalised ("Autumn 2004 collection"). A winter so
/// dated may be either winter that touches the year (`resolve`).
fn read_season_of_year(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let &(first_month, last_month) = lex.seasons.get(doc.lower_at(i))?;
    let placed = doc.tokens[i].is_capitalized()
        || i.checked_sub(1).is_some_and(|k| {
            let w = doc.lower_at(k);
            lex.placing_words.contains(w) || lex.year_determiners.contains(w) || is_possessive(w)
        });
    let at = if doc.lower_at(i + 1) == "of" { i + 2 } else { i + 1 };
    let (year, end) = period_year_at(doc, at)?;
    let a_year = match year {
        YearRef::Written(y) => is_plausible_year(y) && !names_a_quantity(doc.lower_at(end)),
        _ => true,
    };
    (placed && a_year).then(|| year_part(i..end, year, first_month, last_month))
}

/// "1998 Open champion", "2001 winners", "would post 1987 net income": a noun of who won
/// something, or of a year's accounts (a plausible year, not after "fiscal": another
/// calendar's), within the three words a year adjective dates, makes the year before them
/// one with no determiner (a champion and a year's income are of a year; "scored 1998
/// points" is a count).
fn heads_a_holder_noun(doc: &Doc, i: usize) -> bool {
    let lex = lexicon();
    let accounts = year_at(doc, i).is_some_and(is_plausible_year)
        && !i
            .checked_sub(1)
            .is_some_and(|k| lex.period_blockers.contains(doc.lower_at(k)));
    (i + 1..(i + 4).min(doc.tokens.len()))
        .take_while(|&k| is_noun_word(doc, k))
        .any(|k| {
            let w = doc.lower_at(k);
            lex.holder_nouns.contains(w) || (accounts && lex.account_nouns.contains(w))
        })
}

/// "details of his 1947 budget": the noun an of-phrase holding a year adjective completes
/// (its determiner right before the year) is of that year too; where that noun stands. Not a
/// noun of another time ("the anniversary of the 1986 disaster").
fn completed_noun(doc: &Doc, year: usize) -> Option<usize> {
    let lex = lexicon();
    let determiner = year.checked_sub(1)?;
    let head = determiner.checked_sub(2)?;
    let w = doc.lower_at(determiner);
    let determines = lex.year_determiners.contains(w) || is_possessive(w);
    let noun =
        doc.tokens[head].is_word() && is_noun_word(doc, head) && !lex.other_time_nouns.contains(doc.lower_at(head));
    (determines && doc.lower_at(head + 1) == "of" && noun).then_some(head)
}

/// "spoofed in the 1980 comedy", "at the 2004 Olympics": a year adjective after a preposition
/// of place in time dates the whole clause, as "in 1980" does; and so does one naming a span
/// of time ("re-hired for the 2005 season"; `clause_year_nouns`), or owning a noun that stands
/// for the measure the clause is about ("down 26.5% on 2003's figures"; `measure_stand_ins`).
fn places_the_clause(doc: &Doc, year: usize, noun: usize) -> bool {
    let lex = lexicon();
    let determiner = (year.saturating_sub(2)..year)
        .rev()
        .find(|&k| lex.year_determiners.contains(doc.lower_at(k)));
    let after_preposition =
        determiner.is_some_and(|d| d > 0 && lex.clause_year_prepositions.contains(doc.lower_at(d - 1)));
    after_preposition
        || lex.clause_year_nouns.contains(doc.lower_at(year + 1))
        || lex.measure_stand_ins.contains(doc.lower_at(noun))
}

/// A year as the object of a verb of a span of time: "finished 2003 on top of the rankings",
/// "ended 1986 at 1,895" (`year_object_verbs`), or of a verb that names it something before
/// what it is called: "called 2004 an outstanding success", "described 2004 as a turning
/// point" (`year_naming_verbs`; "called 2000 reservists" is a count), or of "to" after a noun of
/// a span's edge: "anticipating a quiet start to 2005" (`span_edge_nouns`, bbc/business/329.txt),
/// or of a verb that foresees what it will be, before "to be": "It expected 2005 to be a
/// "transitional year"" (`year_expecting_verbs`, bbc/business/042.txt). It dates its clause, as "in 2003" does. Only a plausible year standing alone, not a count
/// before a unit or a level ("ended 1986 points up").
fn read_year_object(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let year = year_at(doc, i).filter(|&y| is_plausible_year(y))?;
    let verb = doc.lower_at(i.checked_sub(1)?);
    let joined_after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.glued && !matches!(n.text(), "," | "." | ";"));
    let alone = !doc.tokens[i].glued && !joined_after && !names_a_quantity(doc.lower_at(i + 1));
    let names_it = lex.year_naming_verbs.contains(verb) && lex.year_naming_complements.contains(doc.lower_at(i + 1));
    let edge_of_the_span = verb == "to" && i >= 2 && lex.span_edge_nouns.contains(doc.lower_at(i - 2));
    let foreseen =
        lex.year_expecting_verbs.contains(verb) && doc.lower_at(i + 1) == "to" && doc.lower_at(i + 2) == "be";
    (alone && (lex.year_object_verbs.contains(verb) || names_it || edge_of_the_span || foreseen))
        .then(|| DateMention::new(i..i + 1, DateExpr::Year(year)))
}

/// Where the noun phrase a year dates ends, taking in what a copula says it is: "the 1997
/// novel Detective proved to be Hailey's final book" dates the final book too.
fn complement_end(doc: &Doc, noun_end: usize) -> usize {
    if !lexicon().copulas.contains(doc.lower_at(noun_end)) {
        return noun_end;
    }
    let sentence_end = doc.sentence(noun_end).end;
    (noun_end..sentence_end)
        .find(|&k| {
            let t = &doc.tokens[k];
            matches!(t.text(), "," | ";" | ":" | "(" | "—" | "–") || (t.text() == "-" && !t.glued)
        })
        .unwrap_or(sentence_end)
}

/// "last July", "next March 3", "last February's": a month (or a day of one) without its
/// year after "last", "this" or "next" at `i` (not "the last May of his life"), dated by
/// the dateline.
fn month_after_direction(doc: &Doc, i: usize, cased: Cased) -> Option<DateMention> {
    let &offset = lexicon().relative_directions.get(doc.lower_at(i))?;
    if follows_determiner_word(doc, i) {
        return None;
    }
    let mut date = read_calendar(doc, i + 1, cased)?;
    match &mut date.expr {
        DateExpr::Day { year: year @ None, .. } | DateExpr::Month { year: year @ None, .. } => {
            *year = Some(YearRef::OfMonth(offset));
        }
        _ => return None,
    }
    date.tokens.start = i;
    Some(date)
}

/// Whether a determiner that only ever stands before a noun phrase ("his", "the", "Labour's";
/// not "that", also a conjunction) is the word before `i`: "his May budget" is the month, as no
/// verb follows a determiner.
fn after_noun_determiner(doc: &Doc, i: usize) -> bool {
    follows_determiner_word(doc, i) && doc.lower_at(i - 1) != "that"
}

/// Whether the word before `i` is a determiner or a possessive ("the last", "its last").
fn follows_determiner_word(doc: &Doc, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| {
        let w = doc.lower_at(k);
        lexicon().year_determiners.contains(w) || is_possessive(w)
    })
}

/// "the 2010", "Labour's 1997", "The All Blacks' 1935" (a plural possessive's apostrophe owns
/// the noun after the year as "'s" does), and with one describing word between, "an
/// unsuccessful 1986" (but not a word that makes the number a count: "the remaining 2000", "the
/// first 1990").
fn follows_determiner(doc: &Doc, i: usize) -> bool {
    let lex = lexicon();
    let determines = |k: usize| {
        let w = doc.lower_at(k);
        lex.year_determiners.contains(w) || is_possessive(w) || doc.is_plural_possessive_mark(k)
    };
    if i >= 1 && determines(i - 1) {
        return true;
    }
    let describing = |k: usize| {
        let w = doc.lower_at(k);
        let t = &doc.tokens[k];
        t.kind == TokenKind::Word
            && !t.is_capitalized()
            && is_noun_word(doc, k)
            && !lex.count_words.contains(w)
            && !lex.label_words.contains(w)
            && !lex.qualifiers.iter().any(|(q, _)| q.last().is_some_and(|l| l == w))
            && !lex.number_units.contains_key(w)
    };
    i >= 2 && describing(i - 1) && determines(i - 2)
}

/// "the 1998 World Cup and 1996 European Championship": a year after "and" or "or" shares
/// the determiner of a year adjective in the phrase before it (up to three words of noun
/// between). Only a year that is no round hundred: "the 1987 budget and 2000 staff" counts.
fn coordinated_with_year_adjective(doc: &Doc, i: usize) -> bool {
    let Some(conjunction) = i.checked_sub(1).filter(|&k| matches!(doc.lower_at(k), "and" | "or")) else {
        return false;
    };
    let is_year_adjective = |y: usize| {
        year_at(doc, y).is_some_and(|year| (1800..=2099).contains(&year))
            && follows_determiner(doc, y)
            && (y + 1..conjunction).all(|k| is_noun_word(doc, k))
    };
    year_at(doc, i).is_some_and(is_plausible_year)
        && (conjunction.saturating_sub(4)..conjunction.saturating_sub(1)).any(is_year_adjective)
}

/// A word that may be part of the noun phrase a year dates: not a function word, unless it is
/// capitalised inside a name or title ("his 1993 album My World").
fn is_noun_word(doc: &Doc, k: usize) -> bool {
    let lex = lexicon();
    let w = doc.lower_at(k);
    let t = &doc.tokens[k];
    t.kind == TokenKind::Word && (t.is_capitalized() || !(lex.stop_words.contains(w) || lex.connectors.contains(w)))
}

fn read_iso(doc: &Doc, i: usize) -> Option<DateMention> {
    let year = year_at(doc, i)?;
    let glued = |k: usize, s: &str| doc.tokens.get(k).is_some_and(|t| t.glued && t.text() == s);
    if !(glued(i + 1, "-") && glued(i + 3, "-")) {
        return None;
    }
    let month = number_at(doc, i + 2, 1..=12)?;
    let day = number_at(doc, i + 4, 1..=31)?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(DateMention::new(i..i + 5, DateExpr::Iso(date)))
}

/// How far back a date's clause may reach: a clause is short, and a table of dates with no
/// full stop is one huge "sentence" that must still be read in linear time.
const CLAUSE_REACH: usize = 40;

/// Whether the clause of a date speaks of the future or of a plan ("will meet on", "is due to",
/// "should make a statement on", "leaves on"). The clause runs from the last reporting verb
/// before the date (or the sentence start, at most `CLAUSE_REACH` tokens back) to the date,
/// plus a few words after it ("on Monday we will issue"); the verb group of that reporting
/// verb is the clause's too ("Results will be announced on Tuesday"). A modal with "have"
/// looks back ("should have made a statement on Thursday").
fn speaks_of_future(doc: &Doc, start: usize, end: usize) -> bool {
    let lex = lexicon();
    let sentence = doc.sentence(start);
    let reach = sentence.start.max(start.saturating_sub(CLAUSE_REACH));
    let reporting_verb = (reach..start)
        .rev()
        .find(|&k| lex.reporting_verbs.contains(doc.lower_at(k)));
    let clause_start = reporting_verb.map_or(reach, |k| k + 1);
    let verb_group = reporting_verb.map_or(reach..reach, |k| verb_group_before(doc, reach, k));
    let relative = relative_pronoun_before(doc, clause_start, start);
    let clause_start = relative.map_or(clause_start, |k| k + 1);
    let mut after = end;
    if doc.tokens.get(after).is_some_and(|t| t.text() == ",") {
        // a comma after a date in a relative clause closes it: what follows is the main
        // clause's ("the judgment, which was upheld on February 12, to be upheld if appealed")
        if relative.is_some() {
            return words_look_forward(doc, &verb_group.chain(clause_start..start).collect::<Vec<_>>());
        }
        after += 1;
    }
    // a date right after a reporting verb ("said on Tuesday", "said Tuesday") dates the saying:
    // what follows is what was said ("said on Tuesday should Seoul revalue ..."), not its clause
    let dates_the_saying = reporting_verb.is_some_and(|k| (k + 1..start).all(|j| doc.lower_at(j) == "on"));
    let limit = if dates_the_saying {
        after
    } else {
        sentence.end.min(after + 6)
    };
    // a new clause ("that talks will resume") has its own tense
    let opens_clause = |w: &str| {
        matches!(
            w,
            "that" | "which" | "who" | "when" | "while" | "because" | "but" | "after" | "before"
        )
    };
    let stops = |k: &usize| {
        let w = doc.lower_at(*k);
        doc.tokens[*k].kind == TokenKind::Symbol || lex.reporting_verbs.contains(w) || opens_clause(w)
    };
    let after_end = (after..limit).find(stops).unwrap_or(limit);
    let at: Vec<usize> = verb_group.chain(clause_start..start).chain(after..after_end).collect();
    words_look_forward(doc, &at)
}

/// The relative pronoun ("which", "who") of a clause still open at a date at `date`, after
/// `from`: the date's clause starts after it, and what the main clause says around it
/// ("expected the judgment, which was upheld on February 12, to be upheld") is not its tense.
/// A comma between them closed that clause ("is to become chief of Renault, which owns 44% of
/// the carmaker, on Thursday, April 29": the date is the main clause's again).
fn relative_pronoun_before(doc: &Doc, from: usize, date: usize) -> Option<usize> {
    (from..date)
        .rev()
        .take_while(|&k| doc.tokens[k].text() != ",")
        .find(|&k| matches!(doc.lower_at(k), "which" | "who"))
}

/// Whether the words at `at` (token indices, one clause's) hold a future cue in its forward
/// sense, not one of `past_modal_cues` ("should have made").
fn words_look_forward(doc: &Doc, at: &[usize]) -> bool {
    let lex = lexicon();
    let words: Vec<&str> = at.iter().map(|&k| doc.lower_at(k)).collect();
    let starts = |p: usize, phrase: &[String]| words.get(p..p + phrase.len()).is_some_and(|w| w == phrase);
    // a cue is looked for only where a word that starts one stands, among the cues it starts
    (0..words.len())
        .filter(|&p| doc.in_class(at[p], class::FUTURE_CUE))
        .any(|p| {
            lex.future_cues_starting(words[p])
                .any(|cue| starts(p, cue) && !cue_in_another_sense(doc, &at[p..p + cue.len()]))
                && !lex.past_modal_cues.iter().any(|past| starts(p, past))
        })
}

/// Whether a calendar date without a year lies ahead by the word right before it
/// (`forward_words`): the end of a span ("until Saturday, May 31"), a deadline ("by May 31"),
/// a day of payment ("payable April 15"). Not a bare weekday, nor a date in the possessive:
/// "unbeaten until Sunday's defeat" ends the span at the defeat.
fn ends_a_span_ahead(doc: &Doc, m: &DateMention) -> bool {
    let calendar = matches!(
        m.expr,
        DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. }
    );
    let possessive = (m.tokens.clone()).any(|k| is_possessive(doc.lower_at(k)));
    let start = m.tokens.start;
    calendar && !possessive && start > 0 && lexicon().forward_words.contains(doc.lower_at(start - 1))
}

/// Whether a future cue written at `cue` (token indices) is used in a sense that does not look
/// forward: a present-tense verb of a timetable followed by "of" is a plural noun ("against
/// Friday closes of 142.35"), and a cue that looks forward only before a verb is followed by a
/// noun phrase ("was due to remarks on Sunday", "due to the strike").
fn cue_in_another_sense(doc: &Doc, cue: &[usize]) -> bool {
    let lex = lexicon();
    let last = cue[cue.len() - 1];
    if doc.lower_at(last).ends_with('s') && doc.lower_at(last + 1) == "of" {
        return true;
    }
    let Some(&verb_taking) = cue.iter().find(|&&k| lex.verb_taking_cues.contains(doc.lower_at(k))) else {
        return false;
    };
    let to = verb_taking + 1;
    doc.lower_at(to) == "to" && !may_be_bare_verb(doc, to + 1)
}

/// Whether the word at `k` may be a verb's bare form after "to": not a determiner, a
/// possessive, a number, a name or a plural ("remarks").
fn may_be_bare_verb(doc: &Doc, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    let word = doc.lower_at(k);
    let plural = word.len() > 3 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|end| word.ends_with(end));
    let name = t.is_capitalized() && t.text().chars().any(char::is_lowercase);
    t.is_word() && !lexicon().year_determiners.contains(word) && !is_possessive(word) && !plural && !name
}

/// The auxiliaries just before a reporting verb at `verb` ("will be" of "will be announced"),
/// back to `reach` at most.
fn verb_group_before(doc: &Doc, reach: usize, verb: usize) -> Range<usize> {
    let words = &lexicon().verb_group_words;
    let start = (reach..verb)
        .rev()
        .take_while(|&k| words.contains(doc.lower_at(k)))
        .last()
        .unwrap_or(verb);
    start..verb
}

/// The days a date expression stands for, given the dateline. Without a year, a calendar date
/// falls in the year the date before it carries (`carry_years`), else in the year up to the
/// dateline, or the year after it when the clause looks forward.
/// An expression that carries its own year needs no dateline; any other gives `None` without.
pub fn resolve(m: &DateMention, published: Option<NaiveDate>) -> Option<DateRange> {
    let forward = m.future;
    match m.expr {
        DateExpr::Day {
            month,
            day,
            last_day,
            year,
            ..
        } => {
            let y = match (year, m.carried_year) {
                (Some(y), _) => y.resolve(published, month)?,
                (None, Some(carried)) => carried,
                (None, None) => year_for(published?, month, day, forward),
            };
            days_of(y, month, day, last_day)
        }
        DateExpr::Month { month, year } => {
            let y = match (year, m.carried_year) {
                (Some(y), _) => y.resolve(published, month)?,
                (None, Some(carried)) => carried,
                (None, None) => year_for(published?, month, 1, forward),
            };
            month_range(y, month)
        }
        DateExpr::Year(y) => years(y, y),
        DateExpr::YearPart {
            year,
            first_month,
            last_month,
        } => {
            let year = year.resolve(published, first_month)?;
            // a winter of a year (December to February) is either one that touches it
            let (first_year, last_year) = if first_month > last_month {
                (year - 1, year + 1)
            } else {
                (year, year)
            };
            Some(DateRange {
                first: month_range(first_year, first_month)?.first,
                last: month_range(last_year, last_month)?.last,
            })
        }
        DateExpr::Quarter {
            first_month,
            last_month,
        } => match m.carried_year {
            Some(year) => months_of(year, first_month, last_month),
            None => season(published?, first_month, last_month, 0, forward),
        },
        DateExpr::Decade { first, last } | DateExpr::YearSpan { first, last } => years(first, last),
        DateExpr::Iso(d) => Some(DateRange::day(d)),
        DateExpr::Weekday { weekday, explicit } => {
            Some(DateRange::day(weekday_near(published?, weekday, explicit, forward)?))
        }
        DateExpr::RelativeDay(n) => Some(DateRange::day(shift_days(published?, n)?)),
        DateExpr::RelativeUnit { unit, offset } => unit_range(published?, unit, offset, forward),
        DateExpr::Ago {
            least,
            most,
            unit,
            bound,
        } => ago_range(published?, least, most, unit, bound),
        DateExpr::Ahead { least, most, unit } => {
            let p = published?;
            let slack = half_unit(unit);
            Some(DateRange {
                first: units_after(p, least, unit)?.checked_sub_days(slack)?.max(p),
                last: units_after(p, most, unit)?.checked_add_days(slack)?,
            })
        }
    }
}

/// Every day a date expression may stand for: what `resolve` gives and, for a bare weekday
/// ("on Wednesday", "Wednesday's"), also the occurrence the other way from the dateline. The
/// weekday's name is written; which way it points is read from the clause's tense, a guess a
/// reduced clause ("the ceiling agreed by OPEC Saturday" under a "will") or a fixture in the
/// present ("On Wednesday night Toshack takes charge") defeats. Empty if it does not resolve.
pub fn readings(m: &DateMention, published: Option<NaiveDate>) -> Vec<DateRange> {
    let Some(read) = resolve(m, published) else {
        return Vec::new();
    };
    let other_way = match (&m.expr, published) {
        (
            &DateExpr::Weekday {
                weekday,
                explicit: None,
            },
            Some(p),
        ) => weekday_near(p, weekday, None, !m.future).map(DateRange::day),
        _ => None,
    };
    std::iter::once(read).chain(other_way).collect()
}

/// The days `day` to `last_day` (or `day` alone) of a month.
pub fn days_of(year: i32, month: u32, day: u32, last_day: Option<u32>) -> Option<DateRange> {
    Some(DateRange {
        first: NaiveDate::from_ymd_opt(year, month, day)?,
        last: NaiveDate::from_ymd_opt(year, month, last_day.unwrap_or(day))?,
    })
}

/// Every day of the months `first_month` to `last_month` of `year`.
pub fn months_of(year: i32, first_month: u32, last_month: u32) -> Option<DateRange> {
    Some(DateRange {
        first: month_range(year, first_month)?.first,
        last: month_range(year, last_month)?.last,
    })
}

/// Every day of the years `first` to `last`.
fn years(first: i32, last: i32) -> Option<DateRange> {
    Some(DateRange {
        first: NaiveDate::from_ymd_opt(first, 1, 1)?,
        last: NaiveDate::from_ymd_opt(last, 12, 31)?,
    })
}

/// `count` units before the dateline.
fn units_before(published: NaiveDate, count: u32, unit: Elapsed) -> Option<NaiveDate> {
    match unit {
        Elapsed::Days(days) => published.checked_sub_days(Days::new(u64::from(count) * u64::from(days))),
        Elapsed::Months(months) => published.checked_sub_months(Months::new(count * months)),
    }
}

/// `count` units after the dateline.
fn units_after(published: NaiveDate, count: u32, unit: Elapsed) -> Option<NaiveDate> {
    match unit {
        Elapsed::Days(days) => published.checked_add_days(Days::new(u64::from(count) * u64::from(days))),
        Elapsed::Months(months) => published.checked_add_months(Months::new(count * months)),
    }
}

/// Half a unit, the give or take of a count of units from the dateline (a day is exact).
fn half_unit(unit: Elapsed) -> Days {
    Days::new(match unit {
        Elapsed::Days(days) => u64::from(days / 2),
        Elapsed::Months(months) => u64::from(months) * 15,
    })
}

/// "three weeks ago": three weeks before the dateline, give or take half a week; "more than"
/// leaves the earliest day open, "nearly" or "less than" reaches up to the dateline.
fn ago_range(published: NaiveDate, least: u32, most: u32, unit: Elapsed, bound: Option<Bound>) -> Option<DateRange> {
    let slack = half_unit(unit);
    let first = units_before(published, most, unit)?.checked_sub_days(slack)?;
    let last = units_before(published, least, unit)?
        .checked_add_days(slack)?
        .min(published);
    Some(match bound {
        Some(Bound::Lower) => DateRange {
            first: NaiveDate::MIN,
            last,
        },
        Some(Bound::Upper) => DateRange { first, last: published },
        _ => DateRange { first, last },
    })
}

fn year_for(published: NaiveDate, month: u32, day: u32, forward: bool) -> i32 {
    let y = published.year();
    let same_year = NaiveDate::from_ymd_opt(y, month, day.min(28)).unwrap_or(published);
    match (forward, same_year.cmp(&published)) {
        (false, std::cmp::Ordering::Greater) => y - 1,
        (true, std::cmp::Ordering::Less) => y + 1,
        _ => y,
    }
}

fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// The weekday nearest the dateline in the clause's direction; the dateline's own weekday
/// is the dateline itself unless "last" or "next" was written.
fn weekday_near(published: NaiveDate, weekday: u32, explicit: Option<i64>, forward: bool) -> Option<NaiveDate> {
    let today = published.weekday().number_from_monday() as i64;
    let target = weekday as i64;
    let ahead = (target - today).rem_euclid(7);
    let behind = (today - target).rem_euclid(7);
    let offset = match explicit {
        Some(dir) if dir > 0 => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Some(_) => -(if behind == 0 { 7 } else { behind }),
        None if forward => ahead,
        None => -behind,
    };
    shift_days(published, offset)
}

/// The days just before the dateline that copy calls "yesterday" or by their weekday's name
/// ("on Sunday", "at the weekend"), never "last week", though a Monday's or Tuesday's last
/// calendar week holds them.
const JUST_GONE_DAYS: i64 = 2;

/// "last week", "next month", "this weekend": the calendar unit `offset` units from the
/// dateline's; "last week" leaves out the days just gone.
fn unit_range(published: NaiveDate, unit: CalendarUnit, offset: i64, forward: bool) -> Option<DateRange> {
    match unit {
        CalendarUnit::Week => {
            let monday = shift_days(published, -(published.weekday().num_days_from_monday() as i64))?;
            let first = shift_days(monday, 7 * offset)?;
            let mut last = shift_days(first, 6)?;
            if offset == -1 {
                last = last.min(shift_days(published, -(JUST_GONE_DAYS + 1))?);
            }
            Some(DateRange { first, last })
        }
        CalendarUnit::Month => {
            let first_of_month = published.with_day(1)?;
            let first = if offset >= 0 {
                first_of_month.checked_add_months(Months::new(offset as u32))?
            } else {
                first_of_month.checked_sub_months(Months::new(offset.unsigned_abs() as u32))?
            };
            month_range(first.year(), first.month())
        }
        CalendarUnit::Year => {
            let y = published.year() + offset as i32;
            years(y, y)
        }
        CalendarUnit::Weekend => {
            let saturday = weekend_saturday(published, offset, forward)?;
            Some(DateRange {
                first: saturday,
                last: shift_days(saturday, 1)?,
            })
        }
        CalendarUnit::Season {
            first_month,
            last_month,
        } => season(published, first_month, last_month, offset, forward),
    }
}

/// "last summer": the latest summer over by the dateline; "next summer" the first to begin
/// after it; "this summer" the one the dateline falls in, else the nearest in the clause's
/// direction.
fn season(published: NaiveDate, first_month: u32, last_month: u32, offset: i64, forward: bool) -> Option<DateRange> {
    let year = published.year();
    let occurrences: Vec<DateRange> = (year - 2..=year + 1)
        .filter_map(|y| {
            let last_year = if last_month < first_month { y + 1 } else { y };
            Some(DateRange {
                first: month_range(y, first_month)?.first,
                last: month_range(last_year, last_month)?.last,
            })
        })
        .collect();
    let latest_over = || occurrences.iter().rev().find(|r| r.last < published);
    let next_to_begin = || occurrences.iter().find(|r| r.first > published);
    let current = || occurrences.iter().find(|r| r.first <= published && published <= r.last);
    let found = match offset.signum() {
        -1 => latest_over(),
        1 => next_to_begin(),
        _ => current().or_else(|| if forward { next_to_begin() } else { latest_over() }),
    };
    found.cloned()
}

/// The Saturday of "this weekend" (the weekend the dateline falls in, else the nearest in the
/// clause's direction: "released this weekend" on a Monday is the one just gone, "will meet
/// this weekend" the coming one), "next weekend" (the weekend of next week: on a weekday not
/// the coming one, which is "this weekend", but the one after) or "last weekend" (the last
/// whole weekend before it, the weekend of last week).
fn weekend_saturday(published: NaiveDate, offset: i64, forward: bool) -> Option<NaiveDate> {
    let today = published.weekday().number_from_monday() as i64;
    let days = match offset.signum() {
        0 if today == 7 => -1,
        0 if forward => (6 - today).rem_euclid(7),
        0 => -(today - 6).rem_euclid(7),
        // to next week's Monday (8 - today), then on to its Saturday
        1 => 13 - today,
        _ => {
            let to_sunday = match (today - 7).rem_euclid(7) {
                0 => 7,
                behind => behind,
            };
            -to_sunday - 1
        }
    };
    shift_days(published, days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn first(text: &str) -> DateMention {
        let doc = Doc::new(text);
        let found = extract_dates(&doc);
        assert!(!found.is_empty(), "no date in {text:?}");
        found[0].clone()
    }

    fn resolved(text: &str, published: NaiveDate) -> DateRange {
        resolve(&first(text), Some(published)).expect("resolves")
    }

    #[test]
    fn a_month_a_comma_and_a_year_is_that_month_of_that_year() {
        // reuters21578/01926: "the September, 1985 New York Plaza pact"
        assert_eq!(
            first("the September, 1985 New York Plaza pact between").expr,
            DateExpr::Month {
                month: 9,
                year: Some(YearRef::Written(1985))
            }
        );
        // not a count after the comma
        assert_eq!(
            first("in May, 2000 jobs went").expr,
            DateExpr::Month { month: 5, year: None }
        );
    }

    #[test]
    fn a_date_without_a_year_takes_the_year_of_the_date_written_before_it() {
        // reuters21578/01926
        let text = "On February 25, 1985, the dollar peaked against the yen at 263.15 yen. On \
                    September 20, the Friday before Plaza, it was 242.";
        let doc = Doc::new(text);
        let dates = extract_dates(&doc);
        assert_eq!(
            dates.len(),
            2,
            "the weekday in apposition is the date's, not a day of its own"
        );
        assert_eq!(dates[1].carried_year, Some(1985));
        assert_eq!(dates[1].weekday.as_ref().map(|w| w.0), Some(5));
        assert_eq!(resolve(&dates[1], None).map(|r| r.first), Some(d(1985, 9, 20)));
        // not a date earlier in the year, nor one two sentences on
        let earlier = Doc::new("On February 25, 1985, the dollar peaked. On January 20, it was 242.");
        assert_eq!(extract_dates(&earlier)[1].carried_year, None);
        let later = Doc::new("On February 25, 1985, it peaked. It fell. On September 20, it was 242.");
        assert_eq!(extract_dates(&later)[1].carried_year, None);
    }

    #[test]
    fn calendar_dates_in_several_styles() {
        assert_eq!(
            first("on Oct. 7, 2023 the").expr,
            DateExpr::Day {
                month: 10,
                day: 7,
                last_day: None,
                year: Some(YearRef::Written(2023)),
                day_first: false
            }
        );
        assert_eq!(
            first("on 14 January the").expr,
            DateExpr::Day {
                month: 1,
                day: 14,
                last_day: None,
                year: None,
                day_first: true
            }
        );
        assert_eq!(
            first("since the start of the violence in October 2023.").expr,
            DateExpr::Month {
                month: 10,
                year: Some(YearRef::Written(2023))
            }
        );
        assert_eq!(
            first("In October last year the").expr,
            DateExpr::Month {
                month: 10,
                year: Some(YearRef::Relative(-1))
            }
        );
        assert_eq!(first("date 2024-11-14 here").expr, DateExpr::Iso(d(2024, 11, 14)));
        assert_eq!(first("to rise by 2007 and").expr, DateExpr::Year(2007));
        assert_eq!(
            first("in early April.").tokens.len(),
            1,
            "the full stop is not the month's"
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let doc = Doc::new("Prices may rise. They May well fall. He warned that May would go.");
        assert!(extract_dates(&doc).is_empty());
    }

    #[test]
    fn may_after_a_determiner_is_the_month() {
        let may = [DateExpr::Month { month: 5, year: None }];
        assert_eq!(exprs("as set out in his May budget"), may);
        assert_eq!(exprs("the party's May manifesto"), may);
        assert_eq!(exprs("since the May elections"), may);
    }

    #[test]
    fn may_before_or_after_is_the_month() {
        // reuters21578/00144.txt: "expects OPEC to meet before June", its month changed
        let may = [DateExpr::Month { month: 5, year: None }];
        assert_eq!(exprs("expects OPEC to meet before May, although"), may);
        assert_eq!(exprs("prices should firm after May, he said"), may);
    }

    #[test]
    fn may_after_by_is_the_month_in_a_clause_looking_ahead() {
        // bbc/sport/387: "I am told he should be back playing by March", its month changed
        let may = [DateExpr::Month { month: 5, year: None }];
        assert_eq!(exprs("I am told he should be back playing by May and he has time"), may);
        assert_eq!(exprs("the deal is expected to close by May."), may);
        assert!(exprs("the party was led by May in 2017").iter().all(|e| *e != may[0]));
    }

    #[test]
    fn bare_weekdays_look_back_in_past_clauses_and_forward_in_future_ones() {
        let thursday = d(2024, 11, 14);
        assert_eq!(
            resolved("Speaking in Brussels on Wednesday, Blinken", thursday).first,
            d(2024, 11, 13)
        );
        assert_eq!(resolved("He will meet on Monday", thursday).first, d(2024, 11, 18));
        assert_eq!(
            resolved("Baldrige leaves on Saturday for", thursday).first,
            d(2024, 11, 16)
        );
        assert_eq!(
            resolved("said on Thursday", thursday).first,
            thursday,
            "the dateline's own weekday"
        );
        assert_eq!(
            resolved(
                "Talks, which ended in failure, said he will meet them on Monday",
                thursday
            )
            .first,
            d(2024, 11, 18)
        );
        assert_eq!(
            resolved("The official said on Monday that talks will resume", thursday).first,
            d(2024, 11, 11)
        );
        assert_eq!(
            resolved("maybe on Monday we will issue the first", thursday).first,
            d(2024, 11, 18)
        );
        assert_eq!(
            resolved("On Monday, a court said it will hear", thursday).first,
            d(2024, 11, 11)
        );
        assert_eq!(
            resolved("unbeaten until Sunday's defeat", thursday).first,
            d(2024, 11, 10)
        );
        assert_eq!(resolved("met last Thursday", thursday).first, d(2024, 11, 7));
        assert_eq!(resolved("after Saturday's game", thursday).first, d(2024, 11, 9));
        assert_eq!(
            resolved("due next Friday", thursday).first,
            d(2024, 11, 15),
            "the nearest Friday after"
        );
        assert_eq!(resolved("in next Thursday's auction", thursday).first, d(2024, 11, 21));
    }

    #[test]
    fn a_month_after_last_or_next_is_the_nearest_that_way() {
        // bbc/entertainment/303 (January 2005), edited: "a replacement for Section 48 last July"
        let january = d(2005, 1, 21);
        assert_eq!(
            range(
                "It is also due to announce a replacement for Section 48 last July.",
                january
            ),
            (d(2004, 7, 1), d(2004, 7, 31))
        );
        assert_eq!(
            range("the deal struck next March 3", january),
            (d(2005, 3, 3), d(2005, 3, 3))
        );
        assert_eq!(range("since last January", january), (d(2004, 1, 1), d(2004, 1, 31)));
        assert_eq!(
            range("the talks last March", d(2005, 9, 1)),
            (d(2005, 3, 1), d(2005, 3, 31))
        );
        assert_eq!(range("after last February's accord", d(1987, 3, 2)).0, d(1987, 2, 1));
        // "the last May of his life" is no date of the dateline's
        assert!(extract_dates(&Doc::new("in the last May of his life"))
            .iter()
            .all(|m| m.direction.is_none()));
    }

    #[test]
    fn in_calendar_a_year_is_the_common_calendars() {
        // reuters21578/18459: "domestic consumption at 2.03 mln tonnes in calendar 1987"
        let text = "The ministry estimates domestic consumption at 2.03 mln tonnes in calendar 1987.";
        let doc = Doc::new(text);
        let found = extract_dates(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].expr, DateExpr::Year(1987));
        assert_eq!(doc.words(found[0].tokens.clone()), "calendar 1987");
        assert!(
            exprs("output in fiscal 1987 rose").is_empty(),
            "another calendar's year"
        );
        let doc = Doc::new("For full-year 1987, the paper could break even.");
        let found = extract_dates(&doc);
        assert_eq!(found[0].expr, DateExpr::Year(1987));
        assert_eq!(doc.words(found[0].tokens.clone()), "full-year 1987");
    }

    #[test]
    fn seasons_after_last_this_and_next() {
        // bbc/sport/112 (Friday 14 January 2005): "We didn't had an offer last summer"
        let january = d(2005, 1, 14);
        assert_eq!(
            range("We didn't had an offer last summer", january),
            (d(2004, 6, 1), d(2004, 8, 31))
        );
        assert_eq!(
            range("Chelsea will bid next summer", january),
            (d(2005, 6, 1), d(2005, 8, 31))
        );
        assert_eq!(
            range("the deal they struck last winter", january),
            (d(2003, 12, 1), d(2004, 2, 29)),
            "the winter the dateline falls in is not over"
        );
        assert_eq!(range("a bid this winter", january), (d(2004, 12, 1), d(2005, 2, 28)));
        // in July, this summer is the one under way, last summer the year before's
        let july = d(2005, 7, 20);
        assert_eq!(
            range("They signed him this summer", july),
            (d(2005, 6, 1), d(2005, 8, 31))
        );
        assert_eq!(
            range("They signed him last summer", july),
            (d(2004, 6, 1), d(2004, 8, 31))
        );
        assert_eq!(
            range("They will sign him next summer", july),
            (d(2006, 6, 1), d(2006, 8, 31))
        );
        assert_eq!(
            range("The show opens this spring", january),
            (d(2005, 3, 1), d(2005, 5, 31))
        );
        // a decline or the final one, not a season
        for text in ["since its last fall in prices", "in the last winter of the war"] {
            assert!(extract_dates(&Doc::new(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_season_of_a_year_is_its_months() {
        let none = d(2005, 1, 9);
        assert_eq!(
            range("He changed his mind in the autumn of 2004.", none),
            (d(2004, 9, 1), d(2004, 11, 30))
        );
        assert_eq!(
            range("Talks began in spring 1987.", none),
            (d(1987, 3, 1), d(1987, 5, 31))
        );
        assert_eq!(range("the summer of last year", none), (d(2004, 6, 1), d(2004, 8, 31)));
        assert_eq!(range("The Autumn 2004 collection sold out.", none).0, d(2004, 9, 1));
        // either winter that touches the year
        assert_eq!(range("in the winter of 1986", none), (d(1985, 12, 1), d(1987, 2, 28)));
        // counts and verbs, not seasons
        for text in [
            "a fall of 1987 points",
            "its fall of 1500 tonnes",
            "shares fall 2004 as prices sag",
            "the summer of 1986-87",
        ] {
            assert!(
                exprs(text).iter().all(|e| !matches!(e, DateExpr::YearPart { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn relative_units_are_calendar_units() {
        let thursday = d(2024, 11, 14);
        let last_week = resolved("was dismissed last week", thursday);
        assert_eq!((last_week.first, last_week.last), (d(2024, 11, 4), d(2024, 11, 10)));
        // from a Monday or a Tuesday, the weekend just gone is no part of "last week"
        let monday = d(2024, 11, 18);
        assert_eq!(resolved("was dismissed last week", monday).last, d(2024, 11, 15));
        assert_eq!(
            resolved("was dismissed last week", d(2024, 11, 19)).last,
            d(2024, 11, 16)
        );
        assert_eq!(resolved("arrived yesterday", thursday).first, d(2024, 11, 13));
        assert_eq!(resolved("next month", thursday).first, d(2024, 12, 1));
        // reuters21578/18672: "LONDON, June 18 - Today's U.K. Economic data have pushed": a
        // relative day in the possessive is that day, as "Wednesday's" is
        assert_eq!(
            resolved("Yesterday's U.K. Economic data", thursday).first,
            d(2024, 11, 13)
        );
        assert_eq!(resolved("Analysts said today's figures", thursday).first, thursday);
    }

    #[test]
    fn day_and_month_without_a_year_take_the_nearest_year_in_the_clause_direction() {
        let published = d(1987, 2, 27);
        assert_eq!(resolved("approved it on February 18.", published).first, d(1987, 2, 18));
        assert_eq!(resolved("was signed on December 18.", published).first, d(1986, 12, 18));
        assert_eq!(
            resolved("talks will resume on March 2.", published).first,
            d(1987, 3, 2)
        );
    }

    #[test]
    fn weekdays_only_pair_with_whole_dates_and_times_are_not_years() {
        let doc = Doc::new("before Tuesday's February trade figures");
        assert!(extract_dates(&doc).iter().all(|m| m.weekday.is_none()));
        assert_eq!(
            first("Tuesday, 1 March 2000 GMT").expr,
            DateExpr::Day {
                month: 3,
                day: 1,
                last_day: None,
                year: None,
                day_first: true
            }
        );
    }

    #[test]
    fn weekday_beside_a_calendar_date_is_kept() {
        let m = first("on Wednesday, Nov. 14, 2024, the");
        assert_eq!(m.weekday.as_ref().map(|w| w.0), Some(3));
        assert_eq!(
            m.expr,
            DateExpr::Day {
                month: 11,
                day: 14,
                last_day: None,
                year: Some(YearRef::Written(2024)),
                day_first: false
            }
        );
    }

    #[test]
    fn a_date_beside_last_or_next_weekday_is_read_with_it() {
        // reuters21578/00175, edited: "over Brazil's unilateral move last Friday, February 19,"
        let text = "over Brazil's unilateral move last Friday, February 19, the";
        let m = first(text);
        assert_eq!(m.weekday.as_ref().map(|w| w.0), Some(5));
        assert!(matches!(m.expr, DateExpr::Day { month: 2, day: 19, .. }));
        assert_eq!(Doc::new(text).words(m.tokens), "last Friday, February 19");
        // lower-case wire copy (reuters21578/06899): "for next wednesday, march 26,"
        let text = "called a general strike for next wednesday, march 26, to";
        let m = first(text);
        assert_eq!(m.weekday.as_ref().map(|w| w.0), Some(3));
        assert!(matches!(m.expr, DateExpr::Day { month: 3, day: 26, .. }));
        // "next" points forward whatever the clause's tense: March 26 after a March 18
        // dateline is this year's (a Thursday), not last year's (a Wednesday)
        assert_eq!(resolved(text, d(1987, 3, 18)).first, d(1987, 3, 26));
        // without a date beside it, "last Friday" is the Friday before the dateline
        assert_eq!(
            first("the move last Friday, the bank said").expr,
            DateExpr::Weekday {
                weekday: 5,
                explicit: Some(-1)
            }
        );
    }

    fn range(text: &str, published: NaiveDate) -> (NaiveDate, NaiveDate) {
        let r = resolved(text, published);
        (r.first, r.last)
    }

    fn exprs(text: &str) -> Vec<DateExpr> {
        extract_dates(&Doc::new(text)).into_iter().map(|m| m.expr).collect()
    }

    #[test]
    fn own_year_dates_resolve_without_a_dateline() {
        let own = |text: &str| resolve(&first(text), None);
        assert_eq!(own("on March 3, 1991 the").map(|r| r.first), Some(d(1991, 3, 3)));
        assert_eq!(own("in November 1986.").map(|r| r.last), Some(d(1986, 11, 30)));
        assert_eq!(own("the 2010 coalition").map(|r| r.first), Some(d(2010, 1, 1)));
        assert_eq!(own("in the 1990s").map(|r| r.last), Some(d(1999, 12, 31)));
        assert_eq!(own("on Tuesday"), None, "a weekday needs the dateline");
        assert_eq!(own("three weeks ago"), None);
        assert_eq!(own("in October last year"), None);
    }

    #[test]
    fn ago_counts_back_from_the_dateline_give_or_take_half_a_unit() {
        let thursday = d(2024, 11, 14);
        assert_eq!(range("two days ago", thursday), (d(2024, 11, 12), d(2024, 11, 12)));
        assert_eq!(range("three weeks ago", thursday), (d(2024, 10, 21), d(2024, 10, 27)));
        assert_eq!(
            range("A fortnight ago, the", thursday),
            (d(2024, 10, 24), d(2024, 11, 7))
        );
        assert_eq!(range("a few days ago", thursday), (d(2024, 11, 10), d(2024, 11, 12)));
        assert_eq!(range("some 20 years ago", thursday), (d(2004, 5, 18), d(2005, 5, 13)));
        assert_eq!(range("twenty-five years ago", thursday).0, d(1999, 5, 18));
        assert_eq!(range("from 10-15 years ago", thursday).0, d(2009, 5, 18));
        assert_eq!(
            range("two to three weeks ago", thursday),
            (d(2024, 10, 21), d(2024, 11, 3))
        );
        assert_eq!(range("a year ago", thursday), (d(2023, 5, 18), d(2024, 5, 12)));
        assert_eq!(
            range("more than a year ago", thursday),
            (NaiveDate::MIN, d(2024, 5, 12)),
            "more than: any earlier day"
        );
        assert_eq!(
            range("less than two months ago", thursday),
            (d(2024, 8, 30), thursday),
            "less than: up to the dateline"
        );
        assert_eq!(
            range("nearly two months ago", thursday),
            (d(2024, 8, 30), d(2024, 9, 29)),
            "nearly: about"
        );
        let m = first("more than a year ago");
        assert_eq!(m.tokens.len(), 5, "the qualifier is part of the expression");
    }

    #[test]
    fn in_so_many_units_looks_ahead_in_a_future_clause() {
        let thursday = d(2024, 11, 14);
        assert_eq!(
            range("the stadium is set to open in three years", thursday),
            (d(2027, 5, 18), d(2028, 5, 12)),
            "three years on, give or take half a year"
        );
        assert_eq!(
            exprs("prices double in five years' time"),
            [DateExpr::Ahead {
                least: 5,
                most: 5,
                unit: Elapsed::Months(12)
            }],
            "written with its time, whatever the tense"
        );
        assert_eq!(
            range("will reopen in a week", thursday),
            (d(2024, 11, 18), d(2024, 11, 24))
        );
        for quiet in [
            "sales doubled in three years",
            "it will be the highest level in 12 years",
            "rates are to rise for the fourth time in five months",
            "it could be its first decline in three months",
        ] {
            assert!(exprs(quiet).is_empty(), "{quiet:?} read as a date");
        }
    }

    #[test]
    fn ago_needs_a_count_a_unit_and_the_word() {
        assert!(exprs("the year-ago quarter").is_empty());
        assert!(exprs("three weeks later, ten years on").is_empty());
        assert!(exprs("only days ago").is_empty());
    }

    #[test]
    fn weekends_are_saturday_and_sunday() {
        let thursday = d(2024, 11, 14);
        let sunday = d(2024, 11, 17);
        let monday = d(2024, 11, 18);
        assert_eq!(
            range("will meet this weekend", thursday),
            (d(2024, 11, 16), d(2024, 11, 17))
        );
        assert_eq!(
            range("figures released this weekend", monday),
            (d(2024, 11, 16), d(2024, 11, 17)),
            "the weekend just gone"
        );
        assert_eq!(range("will play this weekend", sunday), (d(2024, 11, 16), sunday));
        assert_eq!(
            range("rallies this weekend", d(2024, 11, 16)),
            (d(2024, 11, 16), sunday)
        );
        assert_eq!(
            range("agreed this past weekend", monday),
            (d(2024, 11, 16), d(2024, 11, 17))
        );
        assert_eq!(
            range("this weekend", sunday),
            (d(2024, 11, 16), sunday),
            "the weekend it is"
        );
        assert_eq!(
            range("last weekend's riots", monday),
            (d(2024, 11, 16), d(2024, 11, 17))
        );
        assert_eq!(range("last weekend", sunday), (d(2024, 11, 9), d(2024, 11, 10)));
        // "next weekend" is next week's: on a weekday the one after the coming weekend
        assert_eq!(range("next weekend", thursday), (d(2024, 11, 23), d(2024, 11, 24)));
        assert_eq!(range("next weekend", monday), (d(2024, 11, 30), d(2024, 12, 1)));
        assert_eq!(range("next weekend", sunday), (d(2024, 11, 23), d(2024, 11, 24)));
        assert_eq!(
            range("next weekend", d(2024, 11, 16)),
            (d(2024, 11, 23), d(2024, 11, 24))
        );
    }

    #[test]
    fn possessive_months_and_weekdays() {
        let thursday = d(2024, 11, 14);
        assert_eq!(
            range("after last month's summit", thursday),
            (d(2024, 10, 1), d(2024, 10, 31))
        );
        assert_eq!(range("in Tuesday's vote", thursday), (d(2024, 11, 12), d(2024, 11, 12)));
        assert_eq!(
            exprs("since March's elections"),
            [DateExpr::Month { month: 3, year: None }]
        );
        assert!(
            exprs("Theresa May's speech. Mrs May's aides").is_empty(),
            "a name's possessive is not a month"
        );
        assert!(exprs("in the run-up. May's rivals").is_empty());
        assert!(exprs("was not DEC's style").is_empty(), "a company, not December");
        // a direction opening the sentence is no name before the month
        assert_eq!(
            range("Last June's merger was approved.", thursday),
            (d(2024, 6, 1), d(2024, 6, 30))
        );
        assert_eq!(
            exprs("after January's 5 pct rise"),
            [DateExpr::Month { month: 1, year: None }],
            "a possessive month takes no day"
        );
    }

    #[test]
    fn a_possessive_year_owning_a_figure_is_a_year() {
        assert_eq!(exprs("up from 1985's 2.6 billion dlrs"), [DateExpr::Year(1985)]);
        assert_eq!(exprs("equal to 1985's 37 pct"), [DateExpr::Year(1985)]);
    }

    #[test]
    fn a_cue_of_placing_words_and_a_date_gives_them_and_the_dates_shape() {
        let placed =
            |phrase: &str| placed_date(phrase).map(|(placing, shape)| (placing, shape.grain, shape.possessive));
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(placed("to September 1957"), Some((words(&["to"]), Grain::Month, false)));
        assert_eq!(
            placed("during October to December"),
            Some((words(&["during"]), Grain::Month, false))
        );
        assert_eq!(placed("last year's"), Some((words(&[]), Grain::Year, true)));
        assert_eq!(placed("talks in September"), None);
        assert_eq!(placed("talks"), None);
        // a story's "1985's" has the shape of "last year's"
        let doc = Doc::new("up from 1985's 2.6 billion");
        let m = &extract_dates(&doc)[0];
        assert_eq!(shape(&doc, m), placed_date("last year's").map(|p| p.1));
        assert!(placed_by(&doc, m, &words(&["from"])));
        assert!(!placed_by(&doc, m, &words(&["to"])));
    }

    #[test]
    fn a_year_naming_a_debt_securitys_maturity_dates_the_security() {
        // reuters21578/07607: "the key 7-1/2 pct Treasury bonds of 2016 closed unchanged"
        let m = first("the 8 pct Treasury notes of 2015 closed higher at 101");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(2015), Some(4..5)));
        let m = first("it sold 200 mln dlrs of debentures due 1997 on Monday");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1997), Some(6..7)));
        // a year of anything else is the clause's
        assert_eq!(first("the profits of 2015 were higher").dates_noun, None);
    }

    #[test]
    fn a_year_owning_a_stand_in_for_the_measure_dates_its_clause() {
        // bbc/entertainment/100: 2003's figures are 2003's Christmas takings
        let m = first("However, Christmas takings were down 26.5% on 2003's figures - which was blamed");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(2003), None));
        let m = first("Christmas takings were down on the 2003 total");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(2003), None));
        // a noun of its own is still all the year dates
        assert!(first("takings were down on 2003's Christmas").dates_noun.is_some());
    }

    #[test]
    fn months_as_adjectives_date_the_noun_after_them() {
        // bbc/business/225.txt: the sales are January's, not the Christmas season's
        let text = "The January sales have failed to help the UK High Street recover from a poor Christmas season";
        let doc = Doc::new(text);
        let m = first(text);
        assert_eq!(m.expr, DateExpr::Month { month: 1, year: None });
        let noun = m.dates_noun.expect("it dates its noun");
        assert!(doc.words(noun.clone()).starts_with("The January sales"));
        assert!(
            !doc.words(noun).contains("Christmas"),
            "the season is no word of its phrase"
        );
        // reuters21578/19105.txt: the forecast, and what the company did with it
        let text = "Moulinex said in a communique that it stood by its April forecast of a loss";
        let doc = Doc::new(text);
        let noun = first(text).dates_noun.expect("it dates its noun");
        assert_eq!(doc.words(noun), "by its April forecast");
        assert_eq!(
            first("fell in the January figures").dates_noun,
            None,
            "it dates the clause"
        );
        assert_eq!(first("sales rose in January").dates_noun, None);
    }

    #[test]
    fn an_approximate_qualifier_after_a_year_preposition_leaves_the_year_a_date() {
        // reuters21578/00730: "FDA approval ... is not expected until about 1989"
        let text = "approval is not expected until\nabout 1989. ICI expects";
        let m = first(text);
        assert_eq!(m.expr, DateExpr::Year(1989));
        assert_eq!(Doc::new(text).words(m.tokens), "1989", "the qualifier is left outside");
        assert_eq!(exprs("the plant will be built by around 2010"), [DateExpr::Year(2010)]);
        // an amount or a round hundred after the qualifier is a count, not a year
        assert!(exprs("sold for about 1950 dlrs each").is_empty());
        assert!(exprs("cut staff by about 2000 at the plant").is_empty());
    }

    #[test]
    fn a_later_day_after_and_is_another_day_of_the_month() {
        // reuters21578/08307: "The April 12 and 26 elections will be the first nationwide vote"
        let day = |day: u32| DateExpr::Day {
            month: 5,
            day,
            last_day: None,
            year: None,
            day_first: false,
        };
        assert_eq!(exprs("the May 3 and 17 hearings were adjourned"), [day(3), day(17)]);
        // a range stays one mention; a count after "and" is no day
        assert_eq!(exprs("between May 3 and 17").len(), 1);
        assert_eq!(exprs("on May 3 and 17 pct of voters"), [day(3)]);
    }

    #[test]
    fn a_bound_after_a_preposition_of_time_only_leaves_the_year_a_date() {
        // bbc/business/055: "expected to remain ... from now until at least 2008"
        let text = "rates should stay low until at least 2009, the bank said";
        let m = first(text);
        assert_eq!(m.expr, DateExpr::Year(2009));
        assert_eq!(Doc::new(text).words(m.tokens), "2009", "the bound is left outside");
        assert_eq!(exprs("feuding since at least 1998"), [DateExpr::Year(1998)]);
        // "till" is "until" (bbc/business/437: "was expected to take till 2006 to build")
        assert_eq!(exprs("the plant will take till 2007 to finish"), [DateExpr::Year(2007)]);
        // after a preposition that also takes a count, a bound makes one
        assert!(exprs("won by more than 1900 votes").is_empty());
        assert!(exprs("jobs for at least 2000 workers").is_empty());
    }

    #[test]
    fn a_year_after_and_shares_the_year_preposition_before_it() {
        // bbc/sport/241.txt: "won the World Cup in 1991 and 1999"
        assert_eq!(
            exprs("won the World Cup in 1991 and 1999 and two Olympic golds"),
            [DateExpr::Year(1991), DateExpr::Year(1999)]
        );
        // a round hundred after "and" is a count; a year governed by nothing is none
        assert_eq!(exprs("cut jobs in 1986 and 2000 staff left"), [DateExpr::Year(1986)]);
        assert!(exprs("sold 1991 and 1999 units").is_empty());
    }

    #[test]
    fn years_as_adjectives_date_the_noun_after_them() {
        // bbc/tech/099.txt: "the highs and lows of the recent US election campaign"
        let m = first("the highs and lows of the 2000 US election campaign");
        assert_eq!(m.expr, DateExpr::Year(2000));
        assert!(m.dates_noun.is_some_and(|noun| noun.contains(&7) && noun.end == 10));
        let m = first("formed the 2010 coalition government");
        assert_eq!(m.expr, DateExpr::Year(2010));
        assert_eq!(m.dates_noun, Some(3..5));
        assert_eq!(exprs("its 2004 results"), [DateExpr::Year(2004)]);
        assert_eq!(exprs("Labour's 1997 manifesto"), [DateExpr::Year(1997)]);
        assert_eq!(exprs("a 1986 law"), [DateExpr::Year(1986)]);
        // the name after "by" (the noun's author) is of its phrase; a phrase in lower case not
        let m = first("fell, according to a 1990 survey by the Tea Trade Board. Sales");
        assert_eq!(m.dates_noun, Some(6..12));
        let m = first("won the 2004 vote by a wide margin");
        assert_eq!(m.dates_noun, Some(3..4));
        // a plural possessive's apostrophe owns the noun as "'s" does
        let m = first("The Lions' 1971 southern tour began badly");
        assert_eq!(m.expr, DateExpr::Year(1971));
        assert!(m.dates_noun.is_some_and(|noun| noun.start == 4 && noun.contains(&5)));
        assert_eq!(exprs("after an unsuccessful 1986 bid"), [DateExpr::Year(1986)]);
        assert_eq!(
            exprs("his first prime minister's questions of 2005"),
            [DateExpr::Year(2005)]
        );
        assert_eq!(
            first("films, including 1947's Nicholas Nickleby").dates_noun,
            Some(6..8)
        );
        // before a noun of who won something, no determiner is needed
        let m = first("but 1998 Open champion Ann Cole had too much for her");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1998), Some(2..5)));
        assert_eq!(exprs("could face 2001 winners Wales"), [DateExpr::Year(2001)]);
        assert_eq!(
            exprs("she beat 2004 Olympic gold medallist Cole"),
            [DateExpr::Year(2004)]
        );
        // reuters21578/02965: a wire headline in capitals drops its determiners
        let m = first("GERMAN 1988 TAX CUTS RAISED BY 5.2 BILLION MARKS\n\nBONN, March 7 - Senior officials");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1988), Some(2..5)));
        assert!(
            exprs("FIRM SELLS 1500 SHARES\n\nNEW YORK - The firm").is_empty(),
            "a round count"
        );
        assert!(
            exprs("Shares rose. GERMAN 1988 TAX CUTS").is_empty(),
            "no headline in capitals"
        );
        // and before a noun of a year's accounts
        let m = first("Black predicted Hollinger would post 1987 net income of about 55 mln dlrs");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1987), Some(6..8)));
        assert_eq!(exprs("it reported 1986 sales of 12 mln dlrs"), [DateExpr::Year(1986)]);
        // reuters21578/04989: "net" is the wires' noun for net income
        let m = first("Fairchild reported 1986 operating net of 7.6 mln dlrs");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1986), Some(3..5)));
        for quiet in [
            "scored 1998 points in the final",
            "the fund paid 2000 winners",
            "sold 1998 tickets to the champion",
            "the 2000 delegates",
            "above the 1900 level",
            "the 2000 dlrs",
            "the 1500 metres",
            "a Rover 2000 car",
            "the 1986-87 crop",
            "the 2000 to 2005 period",
            "the 1800 GMT deadline",
            "shown from 1130 to 1215 GMT",
            "open between 0900 and 1700 GMT",
            "scored the 2010",
            "the remaining 2010 shares",
            "the first 1990 votes",
            "about 1950 troops",
            "a total of 2000",
            "it expects fiscal 1987 earnings to rise",
            "it made 2000 sales calls",
        ] {
            assert!(exprs(quiet).is_empty(), "{quiet:?} read as a date");
        }
    }

    #[test]
    fn a_year_after_and_shares_the_determiner_of_a_year_adjective_before_it() {
        // bbc/sport/181, edited: "He won the 1998 World Cup and 1996 European Championship"
        let text = "He won the 1998 World Cup and 1996 European Championship with France.";
        let doc = Doc::new(text);
        let found = extract_dates(&doc);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].expr, DateExpr::Year(1996));
        assert_eq!(
            doc.words(found[1].dates_noun.clone().expect("it dates its noun")),
            "European Championship"
        );
        // no year adjective before the "and", a round hundred, a count: no year
        for text in [
            "He won the World Cup and 1996 European Championship with France.",
            "the 1987 budget and 2000 staff were cut",
            "it had 1998 members and 1996 votes",
        ] {
            assert_eq!(
                extract_dates(&Doc::new(text)).len(),
                usize::from(text.contains("1987")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_year_as_the_subject_of_a_copula_dates_its_complement() {
        // bbc/entertainment/303: "the drop was partly due to 2003 being an especially good year"
        let text = "The UK Film Council said the drop was partly due to 2003 being an especially good year \
                    for British film production, when Thunderbirds was filmed in the UK.";
        let doc = Doc::new(text);
        let found = extract_dates(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].expr, DateExpr::Year(2003));
        assert_eq!(
            doc.words(found[0].dates_noun.clone().expect("it dates its complement")),
            "being an especially good year for British film production"
        );
        // a round hundred is a count, a year without a copula after it no subject
        for text in ["some 2000 were killed", "some 1998 members voted"] {
            assert!(extract_dates(&Doc::new(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_year_as_the_subject_of_an_auxiliary_and_a_copula_dates_its_complement() {
        // bbc/tech/093: "If 2004 has been the year of the portable music player, then 2005
        // looks like it will be the year of the portable media player"
        let m = first("If 2004 has been the year of the portable music player, then 2005 looks");
        assert_eq!(m.expr, DateExpr::Year(2004));
        assert_eq!(m.dates_noun, Some(3..11), "been the year of the portable music player");
        // a year is one thing: "have" makes the number a count of people
        assert!(extract_dates(&Doc::new("some 1987 have been arrested")).is_empty());
    }

    #[test]
    fn a_year_an_expectation_verb_says_is_to_be_something_dates_its_clause() {
        // bbc/business/042: "It expected 2005 to be a "transitional year""
        let m = first("It expected 2005 to be a transitional year and to return to profitability");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(2005), None));
    }

    #[test]
    fn a_year_adjective_in_an_of_phrase_dates_the_noun_it_completes() {
        // bbc/politics/376: "Hugh Dalton resigned after leaking details of his 1947 budget"
        let m = first("resigned after leaking details of his 1947 budget to journalists");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1947), Some(3..8)));
        let m = first("on the anniversary of the 1986 disaster");
        assert_eq!(m.dates_noun, Some(6..7), "an anniversary is of another year");
        assert_eq!(first("the terms of its 1986 accord").dates_noun, Some(1..6));
    }

    #[test]
    fn a_year_adjective_after_in_dates_the_clause() {
        // bbc/entertainment/016 and bbc/sport/395
        let m = first("It was later memorably spoofed in the 1980 comedy Airplane!, starring");
        assert_eq!((m.expr, m.dates_noun), (DateExpr::Year(1980), None));
        let m = first("since they threw off the shackles against New Zealand in the 2003 World Cup, Wales");
        assert_eq!(m.dates_noun, None);
        assert!(
            first("formed the 2010 coalition").dates_noun.is_some(),
            "no preposition: the noun only"
        );
    }

    #[test]
    fn a_year_adjective_dates_what_a_copula_says_its_noun_is() {
        // bbc/entertainment/016: "The 1997 novel Detective proved to be Hailey's final book, when"
        let text = "The 1997 novel Detective proved to be Hailey's final book, when at the age of 77";
        let doc = Doc::new(text);
        let m = extract_dates(&doc).remove(0);
        let scope = m.dates_noun.expect("a noun");
        assert_eq!(doc.words(scope), "novel Detective proved to be Hailey's final book");
        // reuters21578/03931: the year as the subject of the copula
        let doc = Doc::new("Rha said that 1986 was the first year South Korea had a trade surplus - 4.5");
        let m = extract_dates(&doc).remove(0);
        assert_eq!(m.expr, DateExpr::Year(1986));
        assert_eq!(
            doc.words(m.dates_noun.expect("a complement")),
            "was the first year South Korea had a trade surplus"
        );
    }

    #[test]
    fn a_year_before_a_question_mark_is_a_year() {
        // bbc/sport/395: "a first Grand Slam since 1978?"
        assert_eq!(exprs("to a first Grand Slam since 1978? Those"), [DateExpr::Year(1978)]);
        assert_eq!(
            exprs("since 1978! And in 1990)"),
            [DateExpr::Year(1978), DateExpr::Year(1990)]
        );
        assert!(exprs("in 1986-85 and").is_empty(), "no span of years");
        assert_eq!(
            exprs("by 2003/04? Then"),
            [DateExpr::YearSpan {
                first: 2003,
                last: 2004
            }]
        );
    }

    #[test]
    fn spans_of_years_are_one_mention() {
        // bbc/business/031: "house prices cooled markedly between 2001 and 2003"
        let span = |first, last| DateExpr::YearSpan { first, last };
        assert_eq!(exprs("cooled markedly between 2001 and 2003, the"), [span(2001, 2003)]);
        assert_eq!(exprs("chairman from 1990 to 1995."), [span(1990, 1995)]);
        assert_eq!(exprs("from 1990 until 2000"), [span(1990, 2000)]);
        assert_eq!(exprs("in 1986-87 and"), [span(1986, 1987)]);
        assert_eq!(exprs("in 2001-2003 and"), [span(2001, 2003)]);
        assert!(exprs("between 1500 and 2000 jobs").is_empty(), "a count");
        assert!(exprs("between 1985 and 1990 points").is_empty(), "a quantity");
        assert_eq!(
            exprs("in 2001 and 2003"),
            [DateExpr::Year(2001), DateExpr::Year(2003)],
            "two years, no span"
        );
        assert_eq!(
            exprs("rose from 2003 to 1999"),
            [DateExpr::Year(2003)],
            "no span runs backwards"
        );
    }

    #[test]
    fn decades_and_their_parts() {
        let decade = |first, last| DateExpr::Decade { first, last };
        assert_eq!(exprs("in the 1990s"), [decade(1990, 1999)]);
        assert_eq!(exprs("the 1980s boom"), [decade(1980, 1989)]);
        assert_eq!(exprs("since the 1970's"), [decade(1970, 1979)]);
        assert_eq!(exprs("in the late 1980s"), [decade(1986, 1989)]);
        assert_eq!(exprs("in the mid-1990s"), [decade(1993, 1997)]);
        assert_eq!(exprs("the early 2000s"), [decade(2000, 2004)]);
        assert!(
            exprs("in his 80s, 1995s").is_empty(),
            "ages and non-decades are not decades"
        );
        // in words, after "the" only: "in her forties" is an age
        assert_eq!(exprs("the boom of the eighties"), [decade(1980, 1989)]);
        assert_eq!(exprs("in the late Nineties"), [decade(1996, 1999)]);
        assert_eq!(exprs("in the mid-seventies"), [decade(1973, 1977)]);
        assert!(exprs("a woman in her forties").is_empty());
    }

    #[test]
    fn a_clause_reaches_back_a_bounded_way() {
        // "will" opens the sentence, but a table's worth of words later it no longer governs
        let filler = "prices rose ".repeat(30);
        let text = format!("Traders will watch as {filler} on Tuesday");
        let m = extract_dates(&Doc::new(&text)).pop().expect("a weekday");
        assert!(!m.future, "the tense window is bounded, not the whole sentence");
        assert!(first("Traders will watch prices on Tuesday").future);
    }

    #[test]
    fn the_day_before_yesterday_and_a_part_of_a_month() {
        let thursday = d(2005, 3, 10);
        assert_eq!(
            range("The vote the day before yesterday was close.", thursday),
            (d(2005, 3, 8), d(2005, 3, 8))
        );
        assert_eq!(
            range("They meet the day after tomorrow.", thursday),
            (d(2005, 3, 12), d(2005, 3, 12))
        );
        assert_eq!(
            range("The summit in mid-January agreed little.", thursday),
            (d(2005, 1, 1), d(2005, 1, 31))
        );
        assert_eq!(
            exprs("by late-March 2004"),
            [DateExpr::Month {
                month: 3,
                year: Some(YearRef::Written(2004))
            }]
        );
        // reuters21578/12208.txt: "6.9 mln at end-September 1986"
        assert_eq!(
            exprs("compared with 6.9 mln at end-September 1986, a small drawdown"),
            [DateExpr::Month {
                month: 9,
                year: Some(YearRef::Written(1986))
            }]
        );
        // reuters21578/16381.txt: "auctions begin in Mid-May", May a full name as it stands
        assert_eq!(
            exprs("when the first auctions begin in Mid-May 1988, the Bank said"),
            [DateExpr::Month {
                month: 5,
                year: Some(YearRef::Written(1988))
            }]
        );
        assert!(exprs("in mid-Jun").is_empty(), "a month cut short");
        // reuters21578/12602.txt: "2.8 mln tonnes of barley up to mid-March this year"
        let before_april = d(1987, 4, 2);
        assert_eq!(
            range("of barley up to mid-March this year. The", before_april),
            (d(1987, 3, 1), d(1987, 3, 31))
        );
        assert_eq!(
            range("of barley up to mid-March last year. The", before_april),
            (d(1986, 3, 1), d(1986, 3, 31))
        );
        // a year's part is still a year's
        assert_eq!(exprs("in mid-2004").len(), 1);
    }

    #[test]
    fn a_capitalised_relative_day_after_a_word_is_a_name() {
        // bbc/politics/315: "On that day's Today programme Mr Johnson was asked"
        assert!(exprs("On that day's Today programme Mr Johnson was asked").is_empty());
        assert!(exprs("he told BBC Radio 4's Today programme. The USA Today poll").is_empty());
        assert_eq!(exprs("Today, the minister said"), [DateExpr::RelativeDay(0)]);
        assert_eq!(exprs("He said: \"Today we act.\""), [DateExpr::RelativeDay(0)]);
        assert_eq!(
            exprs("LONDON, March 2 - Yesterday, the bank"),
            [
                DateExpr::Day {
                    month: 3,
                    day: 2,
                    last_day: None,
                    year: None,
                    day_first: false
                },
                DateExpr::RelativeDay(-1)
            ]
        );
        assert_eq!(
            exprs("TRADERS SAID TODAY"),
            [DateExpr::RelativeDay(0)],
            "copy in capitals"
        );
    }

    #[test]
    fn a_range_of_days_is_one_mention() {
        let days = |day, last_day, day_first| DateExpr::Day {
            month: 1,
            day,
            last_day,
            year: None,
            day_first,
        };
        // bbc/tech/170: "the CES trade show ... which officially runs from 6 to 9 January"
        assert_eq!(
            exprs("which officially runs from 6 to 9 January."),
            [days(6, Some(9), true)]
        );
        assert_eq!(exprs("the show, 6-9 January, in"), [days(6, Some(9), true)]);
        assert_eq!(exprs("held between 6 and 9 January"), [days(6, Some(9), true)]);
        assert_eq!(exprs("before analysts on Jan 6-9."), [days(6, Some(9), false)]);
        assert_eq!(exprs("rose 5 to 9 January"), [days(5, Some(9), true)]);
        assert_eq!(
            exprs("won 3-1 on 9 January"),
            [days(9, None, true)],
            "a score is no range"
        );
        assert_eq!(exprs("on January 6 to 9 delegates"), [days(6, None, false)]);
        let published = d(1987, 4, 7);
        assert_eq!(
            range("will meet analysts on April 9-10.", published),
            (d(1987, 4, 9), d(1987, 4, 10))
        );
        let m = first("from 6 to 9 January 2005");
        assert_eq!(m.tokens.len(), 5, "the range and its year");
    }

    #[test]
    fn parts_of_years_and_comparisons() {
        let own = |text: &str| {
            let r = resolve(&first(text), None).expect("an own year");
            (r.first, r.last)
        };
        // reuters21578/00248: "prices fell to 10 dlrs a barrel in mid-1986"
        assert_eq!(own("a barrel in mid-1986 when"), (d(1986, 4, 1), d(1986, 9, 30)));
        assert_eq!(own("in early 1987, the"), (d(1987, 1, 1), d(1987, 6, 30)));
        assert_eq!(own("until late-2004."), (d(2004, 7, 1), d(2004, 12, 31)));
        // wire copy's "end-1986" is the year's last month
        assert_eq!(own("reserves at end-1986 were"), (d(1986, 12, 1), d(1986, 12, 31)));
        assert_eq!(
            exprs("in the late 1980s"),
            [DateExpr::Decade {
                first: 1986,
                last: 1989
            }]
        );
        assert!(exprs("in early 1986-87 and mid-1986/87").is_empty(), "spans of years");
        // bbc/business/154: UK fiscal years after a year's preposition stand for both years
        let split = |first, last| DateExpr::YearSpan { first, last };
        assert_eq!(exprs("some spending on roads since 1998/9."), [split(1998, 1999)]);
        assert_eq!(
            exprs("if the current economic cycle ended in 2005/06."),
            [split(2005, 2006)]
        );
        assert_eq!(exprs("output in 1999/2000 rose"), [split(1999, 2000)]);
        assert_eq!(own("roads since 1998/9."), (d(1998, 1, 1), d(1999, 12, 31)));
        // bbc/business/271: a season named before its split year, or after it as an adjective
        assert_eq!(
            exprs("the formation of the Premier League in season 1992/93, clubs"),
            [split(1992, 1993)]
        );
        assert_eq!(
            exprs("is due to move for the start of the 2006/07 season."),
            [split(2006, 2007)]
        );
        assert!(
            exprs("the 1986/87 crop was poor").is_empty(),
            "a split year before another noun"
        );
        assert!(exprs("the 2006/07/15 season").is_empty(), "a numeric date");
        // reuters21578: a span of years that are not one after the other, or a numeric date
        assert!(exprs("in 1987/92 the plan").is_empty(), "a span of five years");
        assert!(exprs("in 2007/08/15 it").is_empty(), "a numeric date");
        // bbc/business/204 and bbc/entertainment/026
        assert_eq!(exprs("commitments beyond 2009"), [DateExpr::Year(2009)]);
        assert_eq!(exprs("visitor numbers compared with 2003."), [DateExpr::Year(2003)]);
        assert_eq!(exprs("up 4% compared to 2003"), [DateExpr::Year(2003)]);
        assert_eq!(exprs("could be as far away as 2012"), [DateExpr::Year(2012)]);
        assert_eq!(exprs("as early as 1988, he said"), [DateExpr::Year(1988)]);
        assert!(exprs("as many as 2012 people").is_empty());
        assert!(exprs("compared with 1500 a year earlier").is_empty(), "a round count");
        // reuters21578/03148: a maturity in wire finance copy is its year
        assert_eq!(
            exprs("a 900 mln dlr issue of senior notes due 1994 of Holiday Inns"),
            [DateExpr::Year(1994)]
        );
        assert_eq!(exprs("bonds maturing 1995, rated B-2"), [DateExpr::Year(1995)]);
        // bbc/tech/193: the year a trend runs on into; a round count is converted into shares
        assert_eq!(
            exprs("The explosion in consumer technology is to continue into 2005, delegates"),
            [DateExpr::Year(2005)]
        );
        assert!(exprs("convertible into 1500 shares").is_empty(), "a round count");
        assert!(exprs("the payment due 500 dlrs").is_empty(), "an amount");
        assert_eq!(
            exprs("it compared with 2000 last year"),
            [DateExpr::RelativeUnit {
                unit: CalendarUnit::Year,
                offset: -1
            }]
        );
    }

    #[test]
    fn modals_and_plans_look_forward_and_a_reporting_verbs_own_tense_counts() {
        // Wednesday 16 March 2005 (bbc/politics/376); Thursday 5 March 1987 (reuters 01919)
        let wednesday = d(2005, 3, 16);
        let day = |text: &str| resolved(text, wednesday).first;
        for planned in [
            "and said Mr Hain should make a statement on Thursday",
            "The minister must answer questions on Thursday",
            "The company ought to report on Thursday",
            "The board is likely to decide on Thursday",
            "Talks are set for Thursday",
            "The report is slated for Thursday",
            "She aims to finish the deal on Thursday",
            "The bank expects to report on Thursday",
        ] {
            assert_eq!(day(planned), d(2005, 3, 17), "{planned}");
        }
        for announced in [
            "Results will be announced on Thursday.",
            "The figures are expected to be announced on Thursday.",
            "The decision would be announced on Thursday, he added.",
            "Details are due to be confirmed on Thursday.",
        ] {
            assert_eq!(day(announced), d(2005, 3, 17), "{announced}");
        }
        for past in [
            "Results were announced on Tuesday.",
            "He had said on Tuesday that he would go.",
            "The minister should have made a statement on Tuesday.",
            "It would have been announced on Tuesday had the vote passed.",
            "Officials could have acted on Tuesday.",
            // the modal is what was said, not the saying's tense
            "The minister said on Tuesday should Seoul revalue the won.",
        ] {
            assert_eq!(day(past), d(2005, 3, 15), "{past}");
        }
    }

    #[test]
    fn periods_of_a_year() {
        let own = |text: &str| {
            let r = resolve(&first(text), None).expect("an own year");
            (r.first, r.last)
        };
        // reuters21578/08820: "come on stream by the end of first quarter 1988"
        assert_eq!(
            own("by the end of first quarter 1988, about"),
            (d(1988, 1, 1), d(1988, 3, 31))
        );
        assert_eq!(
            own("margins in the first quarter of 1987 were"),
            (d(1987, 1, 1), d(1987, 3, 31))
        );
        assert_eq!(own("in the second half of 1987."), (d(1987, 7, 1), d(1987, 12, 31)));
        assert_eq!(own("fourth-quarter 1986 earnings"), (d(1986, 10, 1), d(1986, 12, 31)));
        assert_eq!(own("the 3rd qtr 1986 figure"), (d(1986, 7, 1), d(1986, 9, 30)));
        assert_eq!(own("in the last quarter of 1986"), (d(1986, 10, 1), d(1986, 12, 31)));
        assert_eq!(own("sales in Q3 2004 rose"), (d(2004, 7, 1), d(2004, 9, 30)));
        assert_eq!(own("profit in H1 2005 was"), (d(2005, 1, 1), d(2005, 6, 30)));
        assert_eq!(own("in the first six months of 1987"), (d(1987, 1, 1), d(1987, 6, 30)));
        assert_eq!(
            own("during the last three months of 1986"),
            (d(1986, 10, 1), d(1986, 12, 31))
        );
        assert_eq!(own("the 1987 first quarter net"), (d(1987, 1, 1), d(1987, 3, 31)));
        assert_eq!(own("1986's fourth quarter was"), (d(1986, 10, 1), d(1986, 12, 31)));
        assert_eq!(
            resolved("in the fourth quarter of last year", d(1987, 3, 5)),
            DateRange {
                first: d(1986, 10, 1),
                last: d(1986, 12, 31)
            }
        );
        assert!(exprs("the first quarter of fiscal 1987").is_empty(), "another calendar");
        // a quarter of a split year is no calendar quarter: only the split year is read
        assert_eq!(
            exprs("the first quarter of 1986/87"),
            [DateExpr::YearSpan {
                first: 1986,
                last: 1987
            }]
        );
        assert!(
            exprs("the fifth quarter of 1987 and the third half of 1988")
                .iter()
                .all(|e| *e == DateExpr::Year(1987) || *e == DateExpr::Year(1988)),
            "no such periods: only the years after \"of\""
        );
    }

    #[test]
    fn a_quarter_without_a_year_takes_the_copys_or_the_datelines() {
        let q4 = DateExpr::Quarter {
            first_month: 10,
            last_month: 12,
        };
        // bbc/business/190: "Consumer spending was up by 1.2% in the fourth quarter"
        assert_eq!(
            exprs("spending was up by 1.2% in the fourth quarter, and"),
            [q4.clone()]
        );
        assert_eq!(exprs("the fourth-quarter rise"), [q4.clone()]);
        assert_eq!(exprs("sales in Q4 were"), [q4]);
        // the dateline's latest quarter: in February, the last one of the year before
        assert_eq!(
            resolved("output rose in the third quarter", d(2005, 2, 18)),
            DateRange {
                first: d(2004, 7, 1),
                last: d(2004, 9, 30)
            }
        );
        // a year written in the sentence before carries
        let dates = extract_dates(&Doc::new(
            "Growth was slow in the first half of 2003. It rose 1% in the third quarter.",
        ));
        assert_eq!(dates[1].carried_year, Some(2003));
        for count_or_other_calendar in [
            "for a fourth quarter in a row",
            "in the last quarter, sales",
            "in the first half, Owen",
            "the fiscal fourth quarter",
            "its first quarter results",
            "the second quarter ended January 31",
            "the third quarter of its financial year",
            "the first quarter of 1986/87",
        ] {
            assert!(
                !exprs(count_or_other_calendar)
                    .iter()
                    .any(|e| matches!(e, DateExpr::Quarter { .. })),
                "{count_or_other_calendar}"
            );
        }
    }

    #[test]
    fn a_year_after_a_name_dates_the_name() {
        // bbc/entertainment/015: "has won the Guardian First Book Award 2004."
        let m = first("has won the Guardian First Book Award 2004.");
        assert_eq!(m.expr, DateExpr::Year(2004));
        assert_eq!(m.dates_noun, Some(3..7), "Guardian First Book Award");
        assert_eq!(exprs("tickets for Euro 2004 sold out"), [DateExpr::Year(2004)]);
        assert!(
            exprs("running Windows 2000 and Agenda 2000").is_empty(),
            "round hundreds are names"
        );
        assert!(exprs("the Budget 2004/05 plans").is_empty(), "a span");
        assert!(
            exprs("the figure was 1987 tonnes and 1990 more").is_empty(),
            "no name before it"
        );
        assert!(exprs("sales in March 1987 fell")
            .iter()
            .all(|e| !matches!(e, DateExpr::Year(_))));
    }

    #[test]
    fn months_and_weekdays_in_lower_case_copy() {
        // reuters21578/17428 and 00137 are set in lower case
        let lower = "the talks got under way on monday, april 28. officials from the bank said the \
                     march on washington had no effect and that the plan may work as against the \
                     last march's figures, according to a statement issued by the fund today and \
                     released to the press in may with other reports by the officials of the bank";
        let doc = Doc::new(lower);
        let found = extract_dates(&doc);
        let written: Vec<String> = found.iter().map(|m| doc.words(m.tokens.clone())).collect();
        assert_eq!(
            written,
            ["monday, april 28", "march's", "today", "may"].map(String::from)
        );
        assert_eq!(found[0].weekday.as_ref().map(|w| w.0), Some(1));
        assert_eq!(found[1].expr, DateExpr::Month { month: 3, year: None });
        assert!(
            exprs("the march on washington in may").is_empty(),
            "in ordinary copy a month in lower case is a word"
        );
        // reuters21578/18347: but one between a preposition of months and a year is the month
        assert_eq!(
            exprs("Trade has been in surplus since november 1985."),
            [DateExpr::Month {
                month: 11,
                year: Some(YearRef::Written(1985))
            }]
        );
        let month = |e: &DateExpr| matches!(e, DateExpr::Month { .. });
        assert!(
            !exprs("the march 1985 marchers").iter().any(month),
            "no preposition before it"
        );
    }

    #[test]
    fn ranges_of_months_with_their_year() {
        let own = |text: &str| {
            let r = resolve(&first(text), None).expect("an own year");
            (r.first, r.last)
        };
        // bbc/tech/389: "between July and September 2004"
        assert_eq!(
            own("sales between July and September 2004 rose"),
            (d(2004, 7, 1), d(2004, 9, 30))
        );
        assert_eq!(own("from July to September 2004"), (d(2004, 7, 1), d(2004, 9, 30)));
        assert_eq!(own("in July-September 2004, sales"), (d(2004, 7, 1), d(2004, 9, 30)));
        assert_eq!(
            resolved("between January and March this year", d(1987, 4, 2)),
            DateRange {
                first: d(1987, 1, 1),
                last: d(1987, 3, 31)
            }
        );
        assert_eq!(
            exprs("between July and September"),
            [
                DateExpr::Month { month: 7, year: None },
                DateExpr::Month { month: 9, year: None }
            ],
            "no year: each month alone"
        );
    }

    #[test]
    fn a_weekday_written_in_lower_case_in_ordinary_copy() {
        // reuters21578/03351, edited: "The report, published on friday by"
        let monday = d(1987, 3, 9);
        assert_eq!(
            resolved("The report, published on friday by the bank", monday).first,
            d(1987, 3, 6)
        );
        let m = first("The report, published tuesday, march 9, by the bank");
        assert_eq!(m.weekday.map(|w| w.0), Some(2));
        assert!(matches!(m.expr, DateExpr::Day { month: 3, day: 9, .. }));
        assert!(exprs("the march on friday")
            .iter()
            .all(|e| matches!(e, DateExpr::Weekday { .. })));
    }

    #[test]
    fn fixtures_in_the_present_look_forward() {
        // bbc/sport/182 (Tuesday 22 February 2005): "when Chelsea take on Barcelona on Wednesday"
        let tuesday = d(2005, 2, 22);
        for fixture in [
            "there is no chance of history repeating itself when Chelsea take on Barcelona on Wednesday.",
            "England face Wales on Saturday.",
            "who are likely to line up against Manchester United on Wednesday.",
        ] {
            assert!(resolved(fixture, tuesday).first > tuesday, "{fixture}");
        }
        assert!(resolved("Chelsea took on Barcelona on Wednesday.", tuesday).first < tuesday);
    }

    #[test]
    fn decades_in_two_digits_after_the() {
        // bbc/sport/182: "the great Milan side of the mid-90s"
        assert_eq!(
            exprs("side of the mid-90s who"),
            [DateExpr::Decade {
                first: 1993,
                last: 1997
            }]
        );
        assert_eq!(
            exprs("music of the 80s and the '70s"),
            [
                DateExpr::Decade {
                    first: 1980,
                    last: 1989
                },
                DateExpr::Decade {
                    first: 1970,
                    last: 1979
                }
            ]
        );
        assert_eq!(
            exprs("in the late 60s"),
            [DateExpr::Decade {
                first: 1966,
                last: 1969
            }]
        );
        assert!(
            exprs("a man in his 80s and temperatures of 20s").is_empty(),
            "ages, and the 20s may be this century's"
        );
    }

    #[test]
    fn copy_names_a_weekday_in_any_case_and_possessive() {
        for text in [
            "It closed on Tuesday.",
            "TUESDAY'S vote",
            "by thurs morning",
            "the Mon. session",
        ] {
            assert!(super::names_a_weekday(&Doc::new(text)), "{text}");
        }
        for text in ["The month's total fell, said the firm.", "Tuesdays are quiet", "Thu"] {
            assert_eq!(super::names_a_weekday(&Doc::new(text)), text == "Thu", "{text}");
        }
    }

    #[test]
    fn a_weekday_inside_a_name_is_no_day() {
        // bbc/politics/256: "Brown's Britain by Sunday Telegraph journalist Robert Peston"
        assert!(exprs("Brown's Britain by Sunday Telegraph journalist Robert Peston").is_empty());
        assert!(exprs("told BBC Radio Scotland's Sunday Live programme").is_empty());
        assert!(exprs("the worst fall since Black Monday's crash").is_empty());
        assert!(exprs("signed the Good Friday Agreement").is_empty());
        // bbc/sport/126: a club called by its weekday, then "who": no day is "who"
        assert!(exprs("the coach has business with Wednesday, who are fourth in the league").is_empty());
        assert!(exprs("a cup tie against Wednesday whose fans travelled").is_empty());
        let wednesday = DateExpr::Weekday {
            weekday: 3,
            explicit: None,
        };
        assert_eq!(exprs("Fans who came on Wednesday, when it rained"), [wednesday]);
        let sunday = DateExpr::Weekday {
            weekday: 7,
            explicit: None,
        };
        assert_eq!(exprs("On Sunday Mr Blair dismissed claims"), [sunday.clone()]);
        assert_eq!(
            exprs("the Sunday newspaper said"),
            [sunday.clone()],
            "a lower-case noun names no paper"
        );
        assert_eq!(
            exprs("Reuters Sunday said"),
            [sunday],
            "a name before it is no modifier of a day"
        );
    }

    #[test]
    fn a_cue_in_another_sense_does_not_look_forward() {
        // reuters 21573, Monday 19 October 1987
        let monday = d(1987, 10, 19);
        let day = |text: &str| resolved(text, monday).first;
        for past in [
            "The dollar was at 141.10 yen at midday against Friday closes of 142.35/45 in New York.",
            "The currency's decline was due to remarks on Sunday by U.S. Treasury Secretary James Baker.",
            "The delay is due to the strike on Friday at the port.",
            "Prices fell due to Baker's comments on Sunday.",
        ] {
            assert_eq!(
                day(past),
                d(1987, 10, 16 + u32::from(past.contains("Sunday")) * 2),
                "{past}"
            );
        }
        for coming in [
            "The minister is due to meet the unions on Friday.",
            "The exchange closes on Friday for the holiday.",
            "Talks are due to resume on Friday.",
        ] {
            assert_eq!(day(coming), d(1987, 10, 23), "{coming}");
        }
    }

    #[test]
    fn a_quote_ending_a_sentence_does_not_lend_its_tense_to_the_next() {
        // bbc/politics/256, Monday 10 January 2005: the "might" is in the quote before
        let monday = d(2005, 1, 10);
        let text = "He told BBC News: \"Those who co-operate, whatever they think they might secure, \
                    damage the party.\" Mr Blair on Sunday dismissed claims of broken promises.";
        let doc = Doc::new(text);
        let sunday = extract_dates(&doc).pop().expect("a weekday");
        assert_eq!(resolve(&sunday, Some(monday)).expect("resolves").first, d(2005, 1, 9));
    }

    #[test]
    fn a_comma_after_a_date_closes_its_relative_clause() {
        // reuters21578/09650, March 25 1987: the "to be" after the comma is the main clause's
        let dateline = d(1987, 3, 25);
        let day = |text: &str| resolved(text, dateline).first;
        let relative = "It expects the ruling, which was upheld on February 12, to be upheld again.";
        assert_eq!(day(relative), d(1987, 2, 12));
        // the relative clause's own cue still looks forward ...
        let ahead = "It cited the talks, which will resume on February 12, to be fair.";
        assert_eq!(day(ahead), d(1988, 2, 12));
        // ... and without a relative clause the words after the comma still count
        assert_eq!(
            day("The ruling on February 12, to be issued by the court"),
            d(1988, 2, 12)
        );
        // bbc/business/216: a relative clause closed before the date lends it no tense
        let closed = "He is to head the firm, which owns the carmaker, on February 12.";
        assert_eq!(day(closed), d(1988, 2, 12));
    }
}
