//! Do date expressions tied to events agree with their dates, and weekdays with the calendar?

use crate::extract::dates::{days_of, months_of, readings, resolve, DateExpr, DateMention};
use crate::facts::{month_range, DateRange, Event};
use crate::finding::{Code, Finding};
use crate::lexicon::Elapsed;
use crate::story::DatelineWeekday;
use crate::text::Doc;
use chrono::{Datelike, Months, NaiveDate};
use std::ops::Range;

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
/// (or days of a range, or month) in some year the event spans. The story need not repeat the year of an event
/// ("the October 7 attack", written a year on).
fn agrees_without_year(expr: &DateExpr, event: &DateRange) -> Option<bool> {
    let years = event.first.year()..=event.last.year();
    match *expr {
        DateExpr::Day {
            month,
            day,
            last_day,
            year: None,
            ..
        } => Some(
            years
                .into_iter()
                .filter_map(|y| days_of(y, month, day, last_day))
                .any(|days| event.overlaps(&days)),
        ),
        DateExpr::Month { month, year: None } => Some(
            years
                .into_iter()
                .filter_map(|y| month_range(y, month))
                .any(|r| event.overlaps(&r)),
        ),
        // "the fourth quarter": October to December of any year the event spans
        DateExpr::Quarter {
            first_month,
            last_month,
        } => Some(
            years
                .into_iter()
                .filter_map(|y| months_of(y, first_month, last_month))
                .any(|r| event.overlaps(&r)),
        ),
        _ => None,
    }
}

/// "two months ago" for an event the facts know only to its month is counted in calendar
/// months (on any day of October, August), "three years ago" or "in three years" for one known
/// to its year in calendar years (in 2005, 2002 or 2008): so copy counts to such an event,
/// where counting days (give or take half a unit) would reach into the month or year beside
/// it. `None` for a count in other units than the event's, or with a qualifier ("more than a
/// year ago").
fn counted_in_the_events_units(m: &DateMention, event: &DateRange, published: Option<NaiveDate>) -> Option<DateRange> {
    let (least, most, months, ahead) = match m.expr {
        DateExpr::Ago {
            least,
            most,
            unit: Elapsed::Months(months),
            bound: None,
        } => (least, most, months, false),
        DateExpr::Ahead {
            least,
            most,
            unit: Elapsed::Months(months),
        } => (least, most, months, true),
        _ => return None,
    };
    // the nearest and the furthest count, in months from the dateline's month
    let (near, far) = if ahead {
        (i64::from(least), i64::from(most))
    } else {
        (-i64::from(least), -i64::from(most))
    };
    let (earliest, latest) = (near.min(far), near.max(far));
    let p = published?;
    let whole_month = month_range(event.first.year(), event.first.month()).is_some_and(|r| r == *event);
    let whole_year = event.first.ordinal() == 1 && event.last.month() == 12 && event.last.day() == 31;
    let same_year = event.first.year() == event.last.year();
    match months {
        1 if whole_month => {
            let month = |offset: i64| {
                let first = p.with_day(1)?;
                let moved = Months::new(offset.unsigned_abs() as u32);
                let first = if offset < 0 {
                    first.checked_sub_months(moved)?
                } else {
                    first.checked_add_months(moved)?
                };
                month_range(first.year(), first.month())
            };
            Some(DateRange {
                first: month(earliest)?.first,
                last: month(latest)?.last,
            })
        }
        12 if whole_year && same_year => Some(DateRange {
            first: NaiveDate::from_ymd_opt(p.year() + earliest as i32, 1, 1)?,
            last: NaiveDate::from_ymd_opt(p.year() + latest as i32, 12, 31)?,
        }),
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
        DateExpr::Day {
            year,
            day_first,
            last_day: None,
            ..
        } => {
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
        DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. } | DateExpr::Quarter { .. }
    ) || resolve(m, published).is_some()
}

pub fn check_event_date(doc: &Doc, m: &DateMention, event: &Event, published: Option<NaiveDate>) -> Option<Finding> {
    let counted = counted_in_the_events_units(m, &event.date, published);
    let agrees = match agrees_without_year(&m.expr, &event.date) {
        Some(a) => a,
        None if counted.is_some() => counted.is_some_and(|r| r.overlaps(&event.date)),
        None => {
            let readings = readings(m, published);
            if readings.is_empty() {
                return None;
            }
            readings.iter().any(|r| r.overlaps(&event.date))
        }
    };
    if agrees {
        return None;
    }
    let written = doc.words(m.tokens.clone());
    let meaning = counted.or_else(|| {
        published
            .and_then(|p| resolve(m, Some(p)))
            .filter(|_| agrees_without_year(&m.expr, &event.date).is_none())
    });
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

/// How near the dateline (days) a date without a year must be for its weekday to name that
/// occurrence alone: a weekday is written beside a date to place a day of the week in hand.
const WEEKDAY_REACH: i64 = 7;

/// A weekday written beside a calendar date must be that date's weekday. Without a year, the
/// date is the occurrence nearest the dateline or the one the year of the date before it
/// (`carried_year`) or else the clause's tense points to: the weekday is wrong only when it
/// fits neither (copy often looks ahead in the present tense).
/// An occurrence within a week of the dateline is the only one ("on Wednesday, April 9"
/// two days after an April 7 dateline is this week's, whatever the clause's tense).
/// Without a dateline, such a date is checked only in the year the date before it carries.
pub fn check_weekday(doc: &Doc, m: &DateMention, published: Option<NaiveDate>) -> Option<Finding> {
    let (weekday, tokens) = m.weekday.clone()?;
    let candidates: Vec<NaiveDate> = match m.expr {
        DateExpr::Day {
            month, day, year: None, ..
        } if published.is_some() => {
            let p = published?;
            let distance = |d: &NaiveDate| (*d - p).num_days().abs();
            let nearest = (p.year() - 1..=p.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .min_by_key(distance);
            let by_tense = resolve(m, published)
                .map(|r| r.first)
                .filter(|_| nearest.as_ref().is_none_or(|n| distance(n) > WEEKDAY_REACH));
            nearest.into_iter().chain(by_tense).collect()
        }
        // with no dateline, only the year the date before it carries places a date without one
        _ => vec![resolve(m, published)?.first],
    };
    if candidates.iter().any(|d| d.weekday().number_from_monday() == weekday) {
        return None;
    }
    // the date the tense points to, unless the nearest one is the only reading
    Some(weekday_finding(doc.span(tokens), weekday, *candidates.last()?))
}

/// A weekday written in a wire dateline ("BONN, Wednesday, March 3 -") must be the dateline's
/// (the date the wire header gives it, else its month and day nearest the story's date).
pub fn check_dateline_weekday(
    written: &DatelineWeekday,
    dateline: Option<NaiveDate>,
    published: Option<NaiveDate>,
) -> Option<Finding> {
    let date = dateline.or_else(|| {
        let p = published?;
        (p.year() - 1..=p.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, written.month, written.day))
            .min_by_key(|d| (*d - p).num_days().abs())
    })?;
    (date.weekday().number_from_monday() != written.weekday)
        .then(|| weekday_finding(written.span.clone(), written.weekday, date))
}

/// `weekday`, written at `span`, is not the weekday of `date`.
fn weekday_finding(span: Range<usize>, weekday: u32, date: NaiveDate) -> Finding {
    let right = weekday_name(date);
    let wrong = WEEKDAYS[(weekday as usize).clamp(1, 7) - 1];
    Finding::new(
        Code::WeekdayMismatch,
        span,
        format!("{} was a {right}, not a {wrong}", date.format("%B %-d, %Y")),
        format!("{date} was a {right}"),
    )
    .with_replacement(right)
    .with_help(format!("write `{right}`, or check the date"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::extract_dates;

    fn weekday_findings(text: &str, published: Option<NaiveDate>) -> Vec<String> {
        let doc = Doc::new(text);
        extract_dates(&doc)
            .iter()
            .filter_map(|m| check_weekday(&doc, m, published))
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_weekday_beside_a_date_without_a_year_takes_the_year_from_the_dateline() {
        // reuters21578/14184 (April 7, 1987): "a meeting before analysts on April 9-10", edited
        let tuesday = NaiveDate::from_ymd_opt(1987, 4, 7);
        let text = "expectations that the company might disclose some bullish news at a meeting \
                    before analysts on Wednesday, April 9.";
        assert_eq!(
            weekday_findings(text, tuesday),
            ["April 9, 1987 was a Thursday, not a Wednesday"]
        );
        assert!(weekday_findings(&text.replace("Wednesday", "Thursday"), tuesday).is_empty());
        // within a week of the dateline, a past clause does not reach back a year
        let past = "the company disclosed its news on Wednesday, April 9.";
        assert_eq!(weekday_findings(past, tuesday).len(), 1);
        // further off, either the nearest date's weekday or the one the tense gives agrees
        let march = NaiveDate::from_ymd_opt(1987, 3, 1);
        assert!(weekday_findings("the talks ended on Wednesday, April 9.", march).is_empty());
        assert!(weekday_findings(text, None).is_empty(), "no dateline, no year: quiet");
        // "next" says which year's: reuters21578/06899 (Wednesday 18 March 1987), edited
        let wednesday = NaiveDate::from_ymd_opt(1987, 3, 18);
        let strike = "ecuador's union federations called a general strike for next wednesday, march 26, to";
        assert_eq!(
            weekday_findings(strike, wednesday),
            ["March 26, 1987 was a Thursday, not a Wednesday"]
        );
        assert!(weekday_findings(&strike.replace("26", "25"), wednesday).is_empty());
    }

    #[test]
    fn a_weekday_in_apposition_is_its_dates_in_the_year_the_date_before_gives() {
        // reuters21578/01926 (March 5, 1987): September 20, 1985 was a Friday; the spec's year
        // before the dateline (1986) would make it a Saturday
        let thursday = NaiveDate::from_ymd_opt(1987, 3, 5);
        let text = "On February 25, 1985, the dollar peaked against the yen at 263.15 yen. On \
                    September 20, the Friday before Plaza, it was 242.";
        assert!(weekday_findings(text, thursday).is_empty());
        assert_eq!(
            weekday_findings(&text.replace("Friday", "Thursday"), thursday),
            ["September 20, 1985 was a Friday, not a Thursday"]
        );
        // the year carried needs no dateline
        assert_eq!(weekday_findings(&text.replace("Friday", "Thursday"), None).len(), 1);
    }

    #[test]
    fn a_date_after_a_word_placing_it_ahead_reads_forward_whatever_the_tense() {
        // May 30 was a Friday in 1986, a Saturday in 1987
        let thursday = NaiveDate::from_ymd_opt(1987, 3, 26);
        let text = "The bank offered its creditors a standstill for 60 days until Friday, May 30.";
        assert_eq!(
            weekday_findings(text, thursday),
            ["May 30, 1987 was a Saturday, not a Friday"]
        );
        assert!(weekday_findings(&text.replace("Friday", "Saturday"), thursday).is_empty());
        assert!(weekday_findings(&text.replace("until", "till"), thursday).len() == 1);
        // so does a day of payment: April 15 was a Tuesday in 1986, a Wednesday in 1987
        let payable = "The company said it declared a dividend payable Tuesday, April 15.";
        assert_eq!(
            weekday_findings(payable, thursday),
            ["April 15, 1987 was a Wednesday, not a Tuesday"]
        );
        // without it, the past clause may mean last year's
        let past = "The bank offered its creditors a standstill on Friday, May 30.";
        assert!(weekday_findings(past, thursday).is_empty());
    }

    #[test]
    fn a_weekday_cut_short_or_before_the_nth_of_a_month_is_read_beside_its_date() {
        let thursday = NaiveDate::from_ymd_opt(1987, 3, 26);
        for text in [
            "The fair opens on Saturday, the 31st of May 1987.",
            "The fair opens Sat., May 31, 1987.",
            "The fair opens on Sat 31 May 1987.",
        ] {
            assert_eq!(
                weekday_findings(text, thursday),
                ["May 31, 1987 was a Sunday, not a Saturday"],
                "{text}"
            );
        }
        // a short form after a determiner is a name, and in lower case a word
        assert!(weekday_findings("The Sat, May 31, 1987 edition.", thursday).is_empty());
        assert!(weekday_findings("He sat, May 31, 1987, alone.", thursday).is_empty());
    }

    #[test]
    fn a_weekday_in_a_dateline_must_be_the_datelines() {
        let written = |weekday: u32| DatelineWeekday {
            weekday,
            span: 6..15,
            month: 3,
            day: 3,
        };
        let march3 = NaiveDate::from_ymd_opt(1987, 3, 3);
        let f = check_dateline_weekday(&written(3), march3, None).expect("a Tuesday, not a Wednesday");
        assert_eq!(f.message, "March 3, 1987 was a Tuesday, not a Wednesday");
        assert_eq!((f.span, f.replacement.as_deref()), (6..15, Some("Tuesday")));
        assert!(check_dateline_weekday(&written(2), march3, None).is_none());
        // no year in the header: the month and day nearest the story's date
        let published = NaiveDate::from_ymd_opt(1987, 3, 4);
        assert!(check_dateline_weekday(&written(3), None, published).is_some());
        assert!(
            check_dateline_weekday(&written(3), None, None).is_none(),
            "no date at all: quiet"
        );
    }
}
