//! Do date expressions tied to events agree with their dates, and weekdays with the calendar?

use crate::extract::dates::{resolve, DateExpr, DateMention};
use crate::facts::{DateRange, Event};
use crate::finding::{Code, Finding};
use crate::text::Doc;
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month_name(m: u32) -> &'static str {
    MONTHS[(m as usize).clamp(1, 12) - 1]
}

fn weekday_name(d: NaiveDate) -> &'static str {
    WEEKDAYS[d.weekday().num_days_from_monday() as usize]
}

/// Whether a date written without a year can be the event's date: the same month and day
/// (or month) in some year the event spans. The story need not repeat the year of an event
/// ("the October 7 attack", written a year on).
fn agrees_without_year(expr: &DateExpr, event: &DateRange) -> Option<bool> {
    let years = event.first.year()..=event.last.year();
    match *expr {
        DateExpr::Day {
            month, day, year: None, ..
        } => Some(
            years
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .any(|d| event.overlaps(&DateRange::day(d))),
        ),
        DateExpr::Month { month, year: None } => Some(
            years
                .into_iter()
                .filter_map(|y| crate::facts::month_range(y, month))
                .any(|r| event.overlaps(&r)),
        ),
        _ => None,
    }
}

/// The event's date written the way the story wrote its own.
fn replacement(m: &DateMention, event: &Event, published: Option<NaiveDate>) -> Option<String> {
    if event.date.first != event.date.last {
        return None;
    }
    let d = event.date.first;
    match m.expr {
        DateExpr::Day { year, day_first, .. } => {
            let (mn, dd) = (month_name(d.month()), d.day());
            let base = if day_first {
                format!("{dd} {mn}")
            } else {
                format!("{mn} {dd}")
            };
            Some(match year {
                Some(_) if day_first => format!("{base} {}", d.year()),
                Some(_) => format!("{base}, {}", d.year()),
                None => base,
            })
        }
        DateExpr::Weekday { .. } => {
            let near = published.is_some_and(|p| (d - p).num_days().abs() <= 6);
            near.then(|| weekday_name(d).to_string())
        }
        DateExpr::Iso(_) => Some(d.to_string()),
        _ => None,
    }
}

/// "Wednesday 2024-11-20" (no parentheses: it is itself put in parentheses in messages).
fn describe(range: &DateRange) -> String {
    if range.first == NaiveDate::MIN {
        format!("on or before {}", range.last)
    } else if range.first == range.last {
        format!("{} {}", weekday_name(range.first), range.first)
    } else {
        format!("{} to {}", range.first, range.last)
    }
}

/// Whether a date mention can be checked at all: it resolves (with the dateline, if any), or
/// it is a day or month written without a year, compared by month and day. One that cannot
/// ("three weeks ago" with no dateline) should not take a cue from one that can.
pub fn can_check(m: &DateMention, published: Option<NaiveDate>) -> bool {
    matches!(
        m.expr,
        DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. }
    ) || resolve(m, published).is_some()
}

pub fn check_event_date(doc: &Doc, m: &DateMention, event: &Event, published: Option<NaiveDate>) -> Option<Finding> {
    let agrees = match agrees_without_year(&m.expr, &event.date) {
        Some(a) => a,
        None => resolve(m, published)?.overlaps(&event.date),
    };
    if agrees {
        return None;
    }
    let written = doc.words(m.tokens.clone());
    let meaning = published
        .and_then(|p| resolve(m, Some(p)))
        .filter(|_| agrees_without_year(&m.expr, &event.date).is_none());
    let means = meaning.map(|r| format!(" (here {})", describe(&r))).unwrap_or_default();
    let mut f = Finding::new(
        Code::DateMismatch,
        doc.span(m.tokens.clone()),
        format!("`{written}`{means} disagrees with event `{}`", event.id),
        format!("the facts date it {}", describe(&event.date)),
    )
    .with_fact(
        &event.id,
        &event.loc,
        format!("`{}` is dated {}", event.id, event.date_text),
    );
    match replacement(m, event, published).filter(|r| *r != written) {
        Some(r) => {
            f = f.with_help(format!("write `{r}`"));
            f.replacement = Some(r);
        }
        None => {
            f = f.with_help(format!(
                "the event was {}; correct the date or the facts",
                describe(&event.date)
            ))
        }
    }
    Some(f)
}

/// A weekday written beside a calendar date must be that date's weekday. Without a year, the
/// date is the occurrence nearest the dateline or the one the clause's tense points to: the
/// weekday is wrong only when it fits neither (copy often looks ahead in the present tense).
pub fn check_weekday(doc: &Doc, m: &DateMention, published: Option<NaiveDate>) -> Option<Finding> {
    let (weekday, tokens) = m.weekday.clone()?;
    let candidates: Vec<NaiveDate> = match m.expr {
        DateExpr::Day {
            month, day, year: None, ..
        } => {
            let p = published?;
            let nearest = (p.year() - 1..=p.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .min_by_key(|d| (*d - p).num_days().abs());
            nearest
                .into_iter()
                .chain(resolve(m, published).map(|r| r.first))
                .collect()
        }
        _ => vec![resolve(m, published)?.first],
    };
    if candidates.iter().any(|d| d.weekday().number_from_monday() == weekday) {
        return None;
    }
    let date = resolve(m, published).map_or(*candidates.first()?, |r| r.first);
    let right = weekday_name(date);
    let wrong = WEEKDAYS[(weekday as usize).clamp(1, 7) - 1];
    Some(
        Finding::new(
            Code::WeekdayMismatch,
            doc.span(tokens),
            format!("{} was a {right}, not a {wrong}", date.format("%B %-d, %Y")),
            format!("{date} was a {right}"),
        )
        .with_replacement(right)
        .with_help(format!("write `{right}`, or check the date")),
    )
}
