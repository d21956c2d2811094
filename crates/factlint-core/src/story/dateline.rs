//! A wire header and dateline at the start of a story ("WELLINGTON, Feb 27 -", "date
//! 2024-11-14"): read, blanked, and its date given to the story.
//!
//! One regex reads every shape ([`dateline_re`]), but compiling it costs more than checking a
//! short story (its Unicode classes and case-insensitive month names: about a third of a
//! one-story run's instructions), and reading a match's groups with it cost a tenth of reading
//! a wire corpus. So the text is read by hand in the regex's own order of preference
//! ([`by_hand`]), with the same groups: all of it in ASCII text, where the regex's Unicode
//! classes read as ASCII's; elsewhere the short form, or no dateline, where the long form
//! surely cannot match. Only otherwise is the regex compiled, and run only over the lines a
//! match can reach ([`dateline_reach`]).

use super::{blank, DatelineWeekday};
use crate::lexicon::{lexicon, Lexicon};
use chrono::NaiveDate;
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// A wire header and dateline in every shape the wire writes one: a city (and a state or
/// country: "RYE BROOK, N.Y.,", "RICHMOND, Va."), a weekday or not ("BONN, Wednesday, March 3"),
/// the month in any case and before or after the day ("March  2", "MARCH 2", "feb 26", "2
/// March"), copy in lower case ("panama city, april 29 -").
fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let lex = Lexicon::builtin();
        let alternation = |names: Vec<&String>| {
            let mut names: Vec<String> = names.into_iter().map(|n| regex::escape(n)).collect();
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            names.join("|")
        };
        let months = alternation(lex.months.keys().collect());
        let weekdays = alternation(lex.weekdays.keys().collect());
        Regex::new(&format!(
            r"(?m)\A(?:[^\n]*\n)?(?:Date: *(?P<hd>\d{{1,2}})-(?P<hm>[A-Za-z]{{3}})-(?P<hy>\d{{4}})[^\n]*\n)?\s*(?:(?P<city>[A-Za-z][A-Za-z .'’/&-]*(?:, [A-Za-z][A-Za-z .'’-]*)??),? (?:(?P<wd>(?i:{weekdays}))\.?,? +)?(?:(?P<m>(?i:{months}))\.? +(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}}) +(?P<m2>(?i:{months}))\.?),? *-|date (?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
        ))
        .expect("valid regex")
    })
}

/// A match of [`dateline_re`]: the whole of it and each group, as byte ranges.
#[derive(Debug, Default, PartialEq)]
struct Groups {
    whole: Range<usize>,
    /// The `Date:` header's day, month and year.
    hd: Option<Range<usize>>,
    hm: Option<Range<usize>>,
    hy: Option<Range<usize>>,
    city: Option<Range<usize>>,
    wd: Option<Range<usize>>,
    /// The month and day, in either order.
    m: Option<Range<usize>>,
    d: Option<Range<usize>>,
    d2: Option<Range<usize>>,
    m2: Option<Range<usize>>,
    iso: Option<Range<usize>>,
}

impl Groups {
    fn of(caps: &regex::Captures) -> Groups {
        let group = |name: &str| caps.name(name).map(|m| m.range());
        Groups {
            whole: caps.get(0).map_or(0..0, |m| m.range()),
            hd: group("hd"),
            hm: group("hm"),
            hy: group("hy"),
            city: group("city"),
            wd: group("wd"),
            m: group("m"),
            d: group("d"),
            d2: group("d2"),
            m2: group("m2"),
            iso: group("iso"),
        }
    }
}

/// [`dateline_re`]'s match in `text`, read by hand where it can be, else by the regex over
/// the lines it can reach (a story's whole text made each search cost as much as the rest of
/// reading the story).
fn find(text: &str) -> Option<Groups> {
    let reach = &text[..dateline_reach(text)];
    by_hand(reach).unwrap_or_else(|| dateline_re().captures(reach).map(|c| Groups::of(&c)))
}

/// Where any match of [`dateline_re`] in `text` has ended: it starts with at most two lines
/// (a first line and a `Date:` header), then white space, and the rest of it (the dateline or
/// "date" and its date) holds no line break, so it ends by the line break after the first
/// non-space that follows the second line. Matching on the text up to there finds the same
/// match, as the regex looks at nothing after its end.
fn dateline_reach(text: &str) -> usize {
    let line_after = |at: usize| text[at..].find('\n').map_or(text.len(), |k| at + k + 1);
    let after_two_lines = line_after(line_after(0));
    let content = text[after_two_lines..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |k| after_two_lines + k);
    line_after(content)
}

/// A `Date:` header's groups and where the line after it starts.
type Header = (usize, [Range<usize>; 3]);

/// [`dateline_re`]'s match, read by hand: in ASCII text every form (the regex's classes read
/// ASCII as ASCII's do), elsewhere only where the long form surely cannot match; `None` when it
/// may (or a character outside ASCII leaves a class in doubt): only the regex tells then.
///
/// The regex's optional first line and `Date:` header are greedy and each matches in one way
/// only, and its `\s*` can stop only before a non-space (where the city or "date" starts), so
/// it tries at most four starts, in this order, each with the long form and then the short one.
fn by_hand(text: &str) -> Option<Option<Groups>> {
    let ascii = text.is_ascii();
    let first_line = text.find('\n').map(|k| k + 1);
    let mut starts: Vec<(usize, Option<Header>)> = Vec::with_capacity(4);
    if let Some(line) = first_line {
        if let Some(header) = date_header(text, line)? {
            starts.push((header.0, Some(header)));
        }
        starts.push((line, None));
    }
    if let Some(header) = date_header(text, 0)? {
        starts.push((header.0, Some(header)));
    }
    starts.push((0, None));
    for (at, header) in starts {
        let start = text[at..]
            .find(|c: char| !c.is_whitespace())
            .map_or(text.len(), |k| at + k);
        let [hd, hm, hy] = header.map(|(_, groups)| groups.map(Some)).unwrap_or_default();
        let with_header = |groups: Groups| Groups { hd, hm, hy, ..groups };
        if ascii {
            if let Some(long) = long_form(text, start) {
                return Some(Some(with_header(long)));
            }
        } else if !long_form_ruled_out(text, start)? {
            return None;
        }
        if let Some(iso) = iso_date(text, start)? {
            return Some(Some(with_header(Groups {
                whole: 0..iso.end,
                iso: Some(iso),
                ..Groups::default()
            })));
        }
    }
    Some(None)
}

/// The long form ("WELLINGTON, Feb 27 -") at `at` in ASCII text, as the regex reads it: the
/// city's letters as many as will do (its greedy class), each length first without and then
/// with a ", Region" part (its lazy group, longest first); the first reading to reach the dash
/// is the match, from the text's start.
fn long_form(text: &str, at: usize) -> Option<Groups> {
    let b = text.as_bytes();
    if !b.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    // the place (city, or city and region) ending at `end`, followed by the rest of the form
    let place_ending_at = |end: usize| {
        after_city(text, end).map(|groups| Groups {
            city: Some(at..end),
            ..groups
        })
    };
    let city_max = run_of(b, at + 1, |c| c.is_ascii_alphabetic() || b" .'/&-".contains(&c));
    for city_end in (at + 1..=city_max).rev() {
        if let Some(groups) = place_ending_at(city_end) {
            return Some(groups);
        }
        let region = city_end + 2;
        if b[city_end..].starts_with(b", ") && b.get(region).is_some_and(u8::is_ascii_alphabetic) {
            let region_max = run_of(b, region + 1, |c| c.is_ascii_alphabetic() || b" .'-".contains(&c));
            if let Some(groups) = (region + 1..=region_max).rev().find_map(place_ending_at) {
                return Some(groups);
            }
        }
    }
    None
}

/// Where the run of bytes `class` takes, from `from`, ends.
fn run_of(b: &[u8], from: usize, class: impl Fn(u8) -> bool) -> usize {
    from + b
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&c| class(c))
        .count()
}

/// Whether `rest` may open with a built-in month's or weekday's name: its first two letters,
/// in any case, open one (a name of fewer than two ASCII letters, were there one, opens
/// anything). Most words a city is tried before do not: they are not compared with each name.
fn may_open_a_name(rest: &[u8]) -> bool {
    const LETTERS: usize = 26;
    let pair = |word: &[u8]| match word {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            Some(usize::from(a.to_ascii_lowercase() - b'a') * LETTERS + usize::from(b.to_ascii_lowercase() - b'a'))
        }
        _ => None,
    };
    static OPENINGS: OnceLock<Option<Vec<bool>>> = OnceLock::new();
    let openings = OPENINGS.get_or_init(|| {
        let lex = Lexicon::builtin();
        let mut openings = vec![false; LETTERS * LETTERS];
        for name in lex.months.keys().chain(lex.weekdays.keys()) {
            openings[pair(name.as_bytes())?] = true;
        }
        Some(openings)
    });
    match openings {
        Some(openings) => pair(rest).is_some_and(|k| openings[k]),
        None => true,
    }
}

/// Past `byte` at `at`, if it is there.
fn skip(b: &[u8], at: usize, byte: u8) -> usize {
    if b.get(at) == Some(&byte) {
        at + 1
    } else {
        at
    }
}

/// The long form after its city, at `at`: `,? (?:WEEKDAY\.?,? +)?(?:MONTH\.? +DAY|DAY
/// +MONTH\.?),? *-`. A comma, a point or spaces the regex may take it takes (giving one back
/// leaves a byte where the next part cannot start), so only the names' lengths are choices:
/// a weekday's, longest first, then none; a month's, longest first.
fn after_city(text: &str, at: usize) -> Option<Groups> {
    let b = text.as_bytes();
    let at = skip(b, at, b',');
    if b.get(at) != Some(&b' ') {
        return None;
    }
    let after = at + 1;
    for weekday_end in names_at(text, after, &Lexicon::builtin().weekdays) {
        let spaces = skip(b, skip(b, weekday_end, b'.'), b',');
        let date = run_of(b, spaces, |c| c == b' ');
        if date > spaces {
            if let Some(groups) = month_and_day(text, date) {
                return Some(Groups {
                    wd: Some(after..weekday_end),
                    ..groups
                });
            }
        }
    }
    month_and_day(text, after)
}

/// `MONTH\.? +DAY` or `DAY +MONTH\.?` at `at`, then `,? *-`: the groups, and the whole match
/// from the text's start.
fn month_and_day(text: &str, at: usize) -> Option<Groups> {
    let b = text.as_bytes();
    let months = &Lexicon::builtin().months;
    let day_end = |day: usize| run_of(b, day, |c| c.is_ascii_digit()).min(day + 2);
    for month_end in names_at(text, at, months) {
        let spaces = skip(b, month_end, b'.');
        let day = run_of(b, spaces, |c| c == b' ');
        let end = day_end(day);
        if day > spaces && end > day {
            if let Some(dash) = dash_end(b, end) {
                return Some(Groups {
                    whole: 0..dash,
                    m: Some(at..month_end),
                    d: Some(day..end),
                    ..Groups::default()
                });
            }
        }
    }
    let end = day_end(at);
    let month = run_of(b, end, |c| c == b' ');
    if end == at || month == end {
        return None;
    }
    names_at(text, month, months).into_iter().find_map(|month_end| {
        let dash = dash_end(b, skip(b, month_end, b'.'))?;
        Some(Groups {
            whole: 0..dash,
            d2: Some(at..end),
            m2: Some(month..month_end),
            ..Groups::default()
        })
    })
}

/// `,? *-` at `at`: where the dash ends.
fn dash_end(b: &[u8], at: usize) -> Option<usize> {
    let dash = run_of(b, skip(b, at, b','), |c| c == b' ');
    (b.get(dash) == Some(&b'-')).then_some(dash + 1)
}

/// The ends of the names (months or weekdays) written at `at` in any case, longest first, as
/// the regex's alternation tries them.
fn names_at(text: &str, at: usize, names: &HashMap<String, u32>) -> Vec<usize> {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    if !may_open_a_name(rest) {
        return Vec::new();
    }
    let mut ends: Vec<usize> = names
        .keys()
        .filter(|name| {
            rest.get(..name.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(name.as_bytes()))
        })
        .map(|name| at + name.len())
        .collect();
    ends.sort_unstable_by(|a, b| b.cmp(a));
    ends
}

/// Whether `c` is a decimal digit as the regex's Unicode `\d` reads it; `None` for a number
/// outside ASCII, which only the regex's tables tell.
fn decimal(c: char) -> Option<bool> {
    if c.is_ascii() {
        Some(c.is_ascii_digit())
    } else if c.is_numeric() {
        None
    } else {
        Some(false)
    }
}

/// The end of between `min` and `max` digits at `at`, as many as there are (`\d{min,max}`,
/// greedy).
fn digits(text: &str, at: usize, min: usize, max: usize) -> Option<Option<usize>> {
    let mut end = at;
    for c in text[at..].chars().take(max) {
        if !decimal(c)? {
            break;
        }
        end += 1;
    }
    Some((end - at >= min).then_some(end))
}

/// `Date: *(\d{1,2})-([A-Za-z]{3})-(\d{4})[^\n]*\n` at `at`.
fn date_header(text: &str, at: usize) -> Option<Option<Header>> {
    let Some(after) = text[at..].strip_prefix("Date:") else {
        return Some(None);
    };
    let day_start = text.len() - after.trim_start_matches(' ').len();
    let Some(day_end) = digits(text, day_start, 1, 2)? else {
        return Some(None);
    };
    let month = day_end + 1..day_end + 4;
    let month_ok = text[day_end..].starts_with('-')
        && text
            .get(month.clone())
            .is_some_and(|m| m.bytes().all(|b| b.is_ascii_alphabetic()));
    if !month_ok || !text[month.end..].starts_with('-') {
        return Some(None);
    }
    let Some(year_end) = digits(text, month.end + 1, 4, 4)? else {
        return Some(None);
    };
    let line_end = text[year_end..].find('\n').map(|k| year_end + k + 1);
    Some(line_end.map(|end| (end, [day_start..day_end, month.clone(), month.end + 1..year_end])))
}

/// `date (\d{4}-\d{2}-\d{2})` at `at`: the date's range.
fn iso_date(text: &str, at: usize) -> Option<Option<Range<usize>>> {
    if !text[at..].starts_with("date ") {
        return Some(None);
    }
    let start = at + 5;
    let mut end = start;
    for (k, width) in [4, 2, 2].into_iter().enumerate() {
        if k > 0 {
            if !text[end..].starts_with('-') {
                return Some(None);
            }
            end += 1;
        }
        match digits(text, end, width, width)? {
            Some(next) => end = next,
            None => return Some(None),
        }
    }
    Some(Some(start..end))
}

/// Whether the long form ("WELLINGTON, Feb 27 -") surely cannot match at `at`. All of it before
/// the day is letters and `.,'’/&-` and spaces (a city, a weekday, a month), so the first other
/// character must be the day's digit, followed by `,? *-` or by spaces and a month. `None` when
/// the case-insensitive names may be written with 'ſ' or 'K' (Kelvin), which read as "s" and
/// "k", or a digit is outside ASCII.
fn long_form_ruled_out(text: &str, at: usize) -> Option<bool> {
    let rest = &text[at..];
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some(true);
    }
    let in_words = |c: char| c.is_ascii_alphabetic() || " .,'’/&-".contains(c);
    let Some((k, c)) = rest.char_indices().find(|&(_, c)| !in_words(c)) else {
        return Some(true);
    };
    if matches!(c, 'ſ' | 'K') {
        return None;
    }
    if !decimal(c)? {
        return Some(true);
    }
    let day = at + k;
    let two_digits = digits(text, day, 2, 2)?;
    let may_end = |end: usize| {
        let after = &text[end..];
        let dash = after
            .strip_prefix(',')
            .unwrap_or(after)
            .trim_start_matches(' ')
            .starts_with('-');
        let month_after = after.starts_with(' ') && may_start_with_a_month(after.trim_start_matches(' '));
        dash || month_after
    };
    Some(!(may_end(day + 1) || two_digits.is_some_and(may_end)))
}

/// Whether `text` may start with a month's name, in any case (conservatively yes where 'ſ' or
/// 'K' stands among its first letters).
fn may_start_with_a_month(text: &str) -> bool {
    let head: String = text.chars().take(12).collect();
    head.contains(['ſ', 'K'])
        || Lexicon::builtin()
            .months
            .keys()
            .any(|m| head.get(..m.len()).is_some_and(|h| h.eq_ignore_ascii_case(m)))
}

/// Reads and blanks a wire header: a `Date: 26-FEB-1987 ...` line and a dateline
/// "WELLINGTON, Feb 27 - " (its year from the header), or "date 2024-11-14"; the dateline's
/// date (when it has a year) and the weekday written in it.
pub(super) fn read_dateline(text: &mut String) -> Option<(Option<NaiveDate>, Option<DatelineWeekday>)> {
    let groups = find(text)?;
    let at = |range: &Option<Range<usize>>| range.clone().map(|r| &text[r]);
    let lex = lexicon();
    let month = |m: &str| lex.months.get(&m.to_lowercase()).copied();
    let header = match (at(&groups.hy), at(&groups.hm), at(&groups.hd)) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y.parse().ok()?, month(m)?, d.parse().ok()?),
        _ => None,
    };
    let mut weekday = None;
    let date = if let Some(iso) = at(&groups.iso) {
        NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
    } else {
        let m = month(at(&groups.m).or(at(&groups.m2))?)?;
        let d: u32 = at(&groups.d).or(at(&groups.d2))?.parse().ok()?;
        weekday = groups.wd.clone().and_then(|wd| {
            Some(DatelineWeekday {
                weekday: *lex.weekdays.get(&text[wd.clone()].to_lowercase())?,
                span: wd,
                month: m,
                day: d,
            })
        });
        header.and_then(|h| dateline_near(h, m, d))
    };
    let whole = groups.whole.clone();
    let header_start = groups.hd.as_ref().map(|h| h.start.saturating_sub(6));
    let dateline_start = groups
        .city
        .as_ref()
        .or(groups.iso.as_ref())
        .map_or(whole.start, |c| c.start);
    if let Some(h) = header_start {
        let line_end = text[h..].find('\n').map_or(text.len(), |k| h + k);
        blank(text, h..line_end);
    }
    blank(text, dateline_start.min(whole.end)..whole.end);
    Some((date.or(header), weekday))
}

/// The dateline's month and day in the year of the header date, allowing for New Year.
fn dateline_near(header: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    use chrono::Datelike;
    [header.year(), header.year() + 1, header.year() - 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - header).num_days().abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The regex's own reading, for comparison.
    fn by_the_regex(text: &str) -> Option<Groups> {
        dateline_re().captures(text).map(|c| Groups::of(&c))
    }

    #[test]
    fn read_by_hand_as_the_regex_reads_it() {
        let header = "N.Z. BANK\nDate: 26-FEB-1987 16:35:16.02\n\n";
        let cases = [
            " date 2024-11-14 (MENAFN) US Secretary of State Antony Blinken, 56, said",
            "date 2024-11-14\nWELLINGTON, Feb 27 - more",
            "Headline\n\ndate 2024-11-14 text",
            "Headline\nDate: 26-FEB-1987 16:35\n date 2024-11-14 text",
            "Date: 6-FEB-1987 16:35\n date 2024-11-14 text",
            "Date: 6-FEB-1987 16:35\ndate 2024-1-14 text",
            "date ２０２４-11-14",
            "date 2024-11-14",
            "date 2024-11-1",
            "The war began when Hamas launched an attack, killing around 1,200 people.\n\nMore.",
            "Title\n\nIt killed 12 people - or more.",
            "Title\n\nIt came on 12 March - or so.",
            "Title\n\nIt came on 12 MAR. - or so.",
            "Title\n\nIt came on 12 mAſ - or so.",
            "Title\n\nBONN, Wednesday, March 3 - West German banks said.",
            "Title\n\nSTOCKHOLM, Dec 1 - Swedish",
            "Title\n\nCity, Auguſt 3 - text",
            "Title\n\nthe ‘price’ of 3 - 4 things",
            "Title\n\nCity, ٣ March - text",
            "Title\n\nÉmile, said",
            "",
            "\n\n\n",
            "one line only, no dateline 12",
            "Title\n\n\n   \n  BONN, March 3 - West German banks said.\nMore, 12 March - 3.",
            "Title\nDate: 26-FEB-1987 16:35\n\n\n  \tpanama city, april 29 - text\nnext line",
            "Title\nsecond\nthird\nBONN, March 3 - West German banks said.",
            "Title\nBONN, March 3\n- said",
        ];
        for text in cases
            .iter()
            .map(|c| c.to_string())
            .chain(cases.iter().map(|c| format!("{header}{c}")))
        {
            assert_eq!(find(&text), by_the_regex(&text), "{text:?}");
        }
        let compiled_for = |text: &str| by_hand(text).is_none();
        assert!(!compiled_for(
            " date 2024-11-14 (MENAFN) said, killing 1,200.\n\nMore, 12 things."
        ));
        assert!(!compiled_for("Title\n\nIt killed 12 people - or more, 1,200 in all."));
        assert!(!compiled_for("Title\n\nBONN, March 3 - West German banks said."));
        assert!(compiled_for("Title\n\nBONN, March 3 - Zürich banks said."));
    }

    #[test]
    fn the_long_form_in_ascii_is_read_by_hand_as_the_regex_reads_it() {
        // the hand reading compares names as ASCII: every built-in one is
        let lex = Lexicon::builtin();
        assert!(lex.months.keys().chain(lex.weekdays.keys()).all(|n| n.is_ascii()));
        let header = "USDA SAID UNLIKELY\nDate: 26-FEB-1987 18:20:06.58\n\n";
        let datelines = [
            "WASHINGTON, Feb 26 - The U.S. Agriculture Department",
            "RYE BROOK, N.Y., March 3 - said",
            "RICHMOND, Va., Feb 2 - said",
            "RICHMOND, Va. Feb 2 - said",
            "BONN, Wednesday, March 3 - said",
            "BONN, Wed., March 3, - said",
            "BONN, Thurs. Sept. 3 - said",
            "BONN, Thursday March 3 -said",
            "NEW YORK, March  2 - said",
            "NEW YORK, MARCH 2 - said",
            "panama city, april 29 - text",
            "LONDON, 2 March - text",
            "LONDON, 2 Mar. - text",
            "LONDON, 2  march, - text",
            "ST. JOHN'S, Newfoundland, March 3 - text",
            "DAR ES SALAAM/NAIROBI, March 3 - text",
            "AT&T, March 3 - text",
            "LONDON, May 123 - text",
            "LONDON, May 12 3 - text",
            "LONDON, May - text",
            "LONDON, Mayday 12 - text",
            "LONDON, Monday, Mayday 12 - text",
            "LONDON March 3 - text",
            "LONDON, March 3 text",
            "LONDON, March 3\n- text",
            "LONDON, March 3 - text, LONDON, March 4 - more",
            "NEW YORK, N.Y., Sun, Mar, 3 - text",
            "NEW YORK, Mon Mar 3 - text, Tue Mar 4 -",
            "IT WAS 12 March - a date in copy",
            "The price, May 3 - 5 dlrs",
            "A, B, C, D, May 3 - text",
            "-, May 3 - text",
            "date 2024-11-14 and LONDON, March 3 - text",
        ];
        for dateline in datelines {
            for text in [
                dateline.to_string(),
                format!("{header}{dateline}"),
                format!("Title\n{dateline}"),
            ] {
                assert!(by_hand(&text).is_some(), "read by hand: {text:?}");
                assert_eq!(find(&text), by_the_regex(&text), "{text:?}");
            }
        }
    }
}
