//! Date expressions: "Oct. 7, 2023", "14 January", "in October 2023", "on Wednesday",
//! "last week", "yesterday", and a weekday written beside a calendar date.
//!
//! Extraction only reads what is written; `resolve` turns it into days given the dateline.

use crate::facts::{month_range, DateRange};
use crate::lexicon::{lexicon, CalendarUnit};
use crate::text::{Doc, TokenKind};
use chrono::{Datelike, Days, Months, NaiveDate};
use std::ops::Range;

/// A year written with a date: as a number, or in words relative to the dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearRef {
    /// "2023"
    Written(i32),
    /// "last year" (-1), "this year" (0), "next year" (1)
    Relative(i64),
}

impl YearRef {
    pub fn resolve(self, published: NaiveDate) -> i32 {
        match self {
            YearRef::Written(y) => y,
            YearRef::Relative(offset) => published.year() + offset as i32,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateExpr {
    /// "October 7", "7 October 2023", "Oct. 7, 2023"; `day_first` keeps the written order.
    Day {
        month: u32,
        day: u32,
        year: Option<YearRef>,
        day_first: bool,
    },
    /// "in October", "October 2023", "October last year".
    Month { month: u32, year: Option<YearRef> },
    /// "in 2007", "by 2010".
    Year(i32),
    /// "2024-11-14".
    Iso(NaiveDate),
    /// "on Tuesday" (direction from the clause), "last Tuesday" (-1), "next Friday" (+1).
    Weekday { weekday: u32, explicit: Option<i64> },
    /// "yesterday" (-1), "today" (0), "tomorrow" (1).
    RelativeDay(i64),
    /// "last week", "next month", "this year".
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
}

impl DateMention {
    fn new(tokens: Range<usize>, expr: DateExpr) -> DateMention {
        DateMention {
            tokens,
            expr,
            weekday: None,
            future: false,
        }
    }
}

/// Every date expression in the document, in order.
pub fn extract_dates(doc: &Doc) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match read_date(doc, i) {
            Some(mut m) => {
                m.future = speaks_of_future(doc, m.tokens.start, m.tokens.end);
                i = m.tokens.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// "tuesday's" -> "tuesday".
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn month_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Word || !t.is_capitalized() {
        return None;
    }
    let lower = doc.lower_at(i);
    let month = *lexicon().months.get(lower)?;
    // "Oct." keeps its dot; "April." ends a sentence
    let abbreviated = lower.len() <= 4 && !matches!(lower, "may" | "june" | "july");
    let dotted = abbreviated && doc.tokens.get(i + 1).is_some_and(|d| d.text == "." && d.glued);
    Some((month, if dotted { i + 2 } else { i + 1 }))
}

fn number_at(doc: &Doc, i: usize, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let t = doc.tokens.get(i)?;
    let n: u32 = (t.kind == TokenKind::Number).then(|| t.text.parse().ok()).flatten()?;
    range.contains(&n).then_some(n)
}

/// A day number, with an ordinal suffix if written ("7th"): value and next token.
fn day_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let day = number_at(doc, i, 1..=31)?;
    let suffix = doc
        .tokens
        .get(i + 1)
        .is_some_and(|s| s.glued && matches!(s.lower().as_str(), "st" | "nd" | "rd" | "th"));
    Some((day, if suffix { i + 2 } else { i + 1 }))
}

fn year_at(doc: &Doc, i: usize) -> Option<i32> {
    let t = doc.tokens.get(i)?;
    (t.text.len() == 4).then_some(())?;
    // "1 March 2000 GMT": a time of day, not a year
    if lexicon().time_units.contains(doc.lower_at(i + 1)) {
        return None;
    }
    number_at(doc, i, 1000..=2999).map(|y| y as i32)
}

/// ", 2023" or " 2023" after a day: the year and the next token.
fn year_after(doc: &Doc, i: usize) -> (Option<YearRef>, usize) {
    if doc.tokens.get(i).is_some_and(|t| t.text == ",") {
        if let Some(y) = year_at(doc, i + 1) {
            return (Some(YearRef::Written(y)), i + 2);
        }
    }
    match year_at(doc, i) {
        Some(y) => (Some(YearRef::Written(y)), i + 1),
        None => (None, i),
    }
}

fn read_date(doc: &Doc, i: usize) -> Option<DateMention> {
    let lex = lexicon();
    let t = &doc.tokens[i];
    let lower = doc.lower_at(i);
    let mention = |tokens: Range<usize>, expr| Some(DateMention::new(tokens, expr));
    let bare = without_possessive(lower);
    if let Some(&weekday) = lex.weekdays.get(bare).filter(|_| t.is_capitalized() && bare.len() > 3) {
        return read_weekday(doc, i, weekday);
    }
    if let Some(m) = read_calendar(doc, i) {
        return Some(m);
    }
    if let Some(&days) = lex.relative_days.get(lower) {
        return mention(i..i + 1, DateExpr::RelativeDay(days));
    }
    if let Some(&offset) = lex.relative_directions.get(lower) {
        let next = doc.lower_at(i + 1);
        let next = without_possessive(next);
        if let Some(&unit) = lex.relative_units.get(next) {
            return mention(i..i + 2, DateExpr::RelativeUnit { unit, offset });
        }
        if let Some(&weekday) = lex.weekdays.get(next).filter(|_| offset != 0) {
            return mention(
                i..i + 2,
                DateExpr::Weekday {
                    weekday,
                    explicit: Some(offset),
                },
            );
        }
    }
    if matches!(
        lower,
        "in" | "by" | "since" | "until" | "during" | "from" | "throughout" | "before" | "after" | "for"
    ) {
        if let Some(y) = year_at(doc, i + 1) {
            let plain = !doc
                .tokens
                .get(i + 2)
                .is_some_and(|n| n.glued && n.text != "." && n.text != ",");
            return plain.then(|| DateMention::new(i + 1..i + 2, DateExpr::Year(y)));
        }
    }
    None
}

/// "Wednesday", and "Wednesday, Nov. 14, 2024" with its calendar date.
fn read_weekday(doc: &Doc, i: usize, weekday: u32) -> Option<DateMention> {
    let mut j = i + 1;
    if doc.tokens.get(j).is_some_and(|t| matches!(t.text, "," | "(")) {
        j += 1;
    }
    let calendar = read_calendar(doc, j).filter(|d| matches!(d.expr, DateExpr::Day { .. } | DateExpr::Iso(_)));
    if let Some(mut date) = calendar {
        date.weekday = Some((weekday, i..i + 1));
        date.tokens.start = i;
        if doc.tokens.get(date.tokens.end).is_some_and(|t| t.text == ")") {
            date.tokens.end += 1;
        }
        return Some(date);
    }
    Some(DateMention::new(
        i..i + 1,
        DateExpr::Weekday {
            weekday,
            explicit: None,
        },
    ))
}

/// "Oct. 7, 2023", "October 7", "7 October 2023", "October 2023", "2024-11-14".
fn read_calendar(doc: &Doc, i: usize) -> Option<DateMention> {
    let mut m = read_written_calendar(doc, i)?;
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

fn read_written_calendar(doc: &Doc, i: usize) -> Option<DateMention> {
    let mention = |end: usize, expr| Some(DateMention::new(i..end, expr));
    // a day and a month in either order, and the year if one follows
    let whole_day = |month: u32, day: u32, after: usize, day_first: bool| {
        let (year, end) = year_after(doc, after);
        mention(
            end,
            DateExpr::Day {
                month,
                day,
                year,
                day_first,
            },
        )
    };
    if let Some((month, next)) = month_at(doc, i) {
        if let Some((day, after)) = day_at(doc, next) {
            return whole_day(month, day, after, false);
        }
        if let Some(year) = year_at(doc, next) {
            return mention(
                next + 1,
                DateExpr::Month {
                    month,
                    year: Some(YearRef::Written(year)),
                },
            );
        }
        let may_is_a_verb = month == 5
            && !matches!(
                doc.lower_at(i.wrapping_sub(1)),
                "in" | "since" | "until" | "early" | "late" | "mid" | "last" | "next" | "of"
            );
        let sentence_start = doc.sentence(i).start == i;
        return (!may_is_a_verb && !sentence_start)
            .then(|| DateMention::new(i..next, DateExpr::Month { month, year: None }));
    }
    if let Some((day, next)) = day_at(doc, i) {
        if let Some((month, after)) = month_at(doc, next) {
            return whole_day(month, day, after, true);
        }
    }
    read_iso(doc, i)
}

fn read_iso(doc: &Doc, i: usize) -> Option<DateMention> {
    let year = year_at(doc, i)?;
    let glued = |k: usize, s: &str| doc.tokens.get(k).is_some_and(|t| t.glued && t.text == s);
    if !(glued(i + 1, "-") && glued(i + 3, "-")) {
        return None;
    }
    let month = number_at(doc, i + 2, 1..=12)?;
    let day = number_at(doc, i + 4, 1..=31)?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(DateMention::new(i..i + 5, DateExpr::Iso(date)))
}

/// Whether the clause of a date speaks of the future or of a plan ("will meet on", "is due to",
/// "leaves on"). The clause runs from the last reporting verb before the date (or the
/// sentence start) to the date, plus a few words after it ("on Monday we will issue").
fn speaks_of_future(doc: &Doc, start: usize, end: usize) -> bool {
    let lex = lexicon();
    let sentence = doc.sentence(start);
    // a clause is short: look back at most 40 tokens, so one huge sentence stays linear
    let clause_start = (sentence.start.max(start.saturating_sub(40))..start)
        .rev()
        .find(|&k| lex.reporting_verbs.contains(doc.lower_at(k)))
        .map_or(sentence.start, |k| k + 1);
    let mut after = end;
    if doc.tokens.get(after).is_some_and(|t| t.text == ",") {
        after += 1;
    }
    let limit = sentence.end.min(after + 6);
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
    let words: Vec<&str> = (clause_start..start)
        .chain(after..after_end)
        .map(|k| doc.lower_at(k))
        .collect();
    lex.future_cues
        .iter()
        .any(|cue| words.windows(cue.len()).any(|w| w == cue.as_slice()))
}

/// The days a date expression stands for, given the dateline. Without a year, a calendar date
/// falls in the year up to the dateline, or the year after it when the clause looks forward.
pub fn resolve(m: &DateMention, published: NaiveDate) -> Option<DateRange> {
    let forward = m.future;
    match m.expr {
        DateExpr::Day { month, day, year, .. } => {
            let y = year.map_or_else(|| year_for(published, month, day, forward), |y| y.resolve(published));
            NaiveDate::from_ymd_opt(y, month, day).map(DateRange::day)
        }
        DateExpr::Month { month, year } => {
            let y = year.map_or_else(|| year_for(published, month, 1, forward), |y| y.resolve(published));
            month_range(y, month)
        }
        DateExpr::Year(y) => Some(DateRange {
            first: NaiveDate::from_ymd_opt(y, 1, 1)?,
            last: NaiveDate::from_ymd_opt(y, 12, 31)?,
        }),
        DateExpr::Iso(d) => Some(DateRange::day(d)),
        DateExpr::Weekday { weekday, explicit } => {
            Some(DateRange::day(weekday_near(published, weekday, explicit, forward)?))
        }
        DateExpr::RelativeDay(n) => Some(DateRange::day(shift_days(published, n)?)),
        DateExpr::RelativeUnit { unit, offset } => unit_range(published, unit, offset),
    }
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

fn unit_range(published: NaiveDate, unit: CalendarUnit, offset: i64) -> Option<DateRange> {
    match unit {
        CalendarUnit::Week => {
            let monday = shift_days(published, -(published.weekday().num_days_from_monday() as i64))?;
            let first = shift_days(monday, 7 * offset)?;
            Some(DateRange {
                first,
                last: shift_days(first, 6)?,
            })
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
            Some(DateRange {
                first: NaiveDate::from_ymd_opt(y, 1, 1)?,
                last: NaiveDate::from_ymd_opt(y, 12, 31)?,
            })
        }
    }
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
        resolve(&first(text), published).expect("resolves")
    }

    #[test]
    fn calendar_dates_in_several_styles() {
        assert_eq!(
            first("on Oct. 7, 2023 the").expr,
            DateExpr::Day {
                month: 10,
                day: 7,
                year: Some(YearRef::Written(2023)),
                day_first: false
            }
        );
        assert_eq!(
            first("on 14 January the").expr,
            DateExpr::Day {
                month: 1,
                day: 14,
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
        let doc = Doc::new("Prices may rise. They May well fall.");
        assert!(extract_dates(&doc).is_empty());
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
    fn relative_units_are_calendar_units() {
        let thursday = d(2024, 11, 14);
        let last_week = resolved("was dismissed last week", thursday);
        assert_eq!((last_week.first, last_week.last), (d(2024, 11, 4), d(2024, 11, 10)));
        assert_eq!(resolved("arrived yesterday", thursday).first, d(2024, 11, 13));
        assert_eq!(resolved("next month", thursday).first, d(2024, 12, 1));
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
                year: Some(YearRef::Written(2024)),
                day_first: false
            }
        );
    }
}
