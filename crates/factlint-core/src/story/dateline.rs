//! A wire header and dateline at the start of a story ("WELLINGTON, Feb 27 -", "date
//! 2024-11-14"): read, blanked, and its date given to the story.
//!
//! One regex reads every shape ([`dateline_re`]), but compiling it costs more than checking a
//! short story (its Unicode classes and case-insensitive month names: about a third of a
//! one-story run's instructions). So it is compiled only for copy where its long form may match;
//! elsewhere the short form, or no dateline, is read by hand in the regex's own order of
//! preference ([`without_the_long_form`]), with the same groups. Where it runs, it runs only
//! over the lines a match can reach ([`dateline_reach`]), and in ASCII text as an ASCII regex
//! ([`ascii_dateline_re`]): the groups of a match were a tenth of reading a wire corpus.

use super::{blank, DatelineWeekday};
use crate::lexicon::{lexicon, Lexicon};
use chrono::NaiveDate;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// A wire header and dateline in every shape the wire writes one: a city (and a state or
/// country: "RYE BROOK, N.Y.,", "RICHMOND, Va."), a weekday or not ("BONN, Wednesday, March 3"),
/// the month in any case and before or after the day ("March  2", "MARCH 2", "feb 26", "2
/// March"), copy in lower case ("panama city, april 29 -").
fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| dateline_regex(true))
}

/// [`dateline_re`] for text in ASCII: the same pattern without Unicode's classes (`\d`, `\s`,
/// case-insensitive names), which match in ASCII text just what ASCII's do, so it finds the
/// same match there. Its program is a fraction of the size, and so is the cost of reading a
/// match's groups (a wire story's dateline, in every wire story).
fn ascii_dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| dateline_regex(false))
}

fn dateline_regex(unicode: bool) -> Regex {
    let lex = Lexicon::builtin();
    let alternation = |names: Vec<&String>| {
        let mut names: Vec<String> = names.into_iter().map(|n| regex::escape(n)).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.join("|")
    };
    let months = alternation(lex.months.keys().collect());
    let weekdays = alternation(lex.weekdays.keys().collect());
    // in ASCII: digits, white space and names in either case as ASCII reads them, and no
    // curly apostrophe (ASCII text holds none to match)
    let (d, space, any_case, apostrophes) = if unicode {
        (r"\d", r"\s", "(?i:", "'’")
    } else {
        ("[0-9]", r"[\t\n\x0B\x0C\r ]", "(?i-u:", "'")
    };
    let pattern = format!(
        r"(?m)\A(?:[^\n]*\n)?(?:Date: *(?P<hd>{d}{{1,2}})-(?P<hm>[A-Za-z]{{3}})-(?P<hy>{d}{{4}})[^\n]*\n)?{space}*(?:(?P<city>[A-Za-z][A-Za-z .{apostrophes}/&-]*(?:, [A-Za-z][A-Za-z .{apostrophes}-]*)??),? (?:(?P<wd>{any_case}{weekdays}))\.?,? +)?(?:(?P<m>{any_case}{months}))\.? +(?P<d>{d}{{1,2}})|(?P<d2>{d}{{1,2}}) +(?P<m2>{any_case}{months}))\.?),? *-|date (?P<iso>{d}{{4}}-{d}{{2}}-{d}{{2}}))"
    );
    Regex::new(&pattern).expect("valid regex")
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

/// [`dateline_re`]'s match in `text`, compiling it only when its long form may match, and
/// running it only over the lines it can reach (a story's whole text made each search cost
/// as much as the rest of reading the story).
fn find(text: &str) -> Option<Groups> {
    without_the_long_form(text).unwrap_or_else(|| {
        let reach = &text[..dateline_reach(text)];
        let re = if reach.is_ascii() {
            ascii_dateline_re()
        } else {
            dateline_re()
        };
        re.captures(reach).map(|c| Groups::of(&c))
    })
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

/// [`dateline_re`]'s match where its long form surely cannot match, read by hand; `None` when
/// it may (or a character outside ASCII leaves a class in doubt): only the regex tells then.
///
/// The regex's optional first line and `Date:` header are greedy and each matches in one way
/// only, and its `\s*` can stop only before a non-space (where the city or "date" starts), so
/// it tries at most four starts, in this order, each with the long form and then the short one.
fn without_the_long_form(text: &str) -> Option<Option<Groups>> {
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
        if !long_form_ruled_out(text, start)? {
            return None;
        }
        if let Some(iso) = iso_date(text, start)? {
            let [hd, hm, hy] = header.map(|(_, groups)| groups.map(Some)).unwrap_or_default();
            return Some(Some(Groups {
                whole: 0..iso.end,
                hd,
                hm,
                hy,
                iso: Some(iso),
                ..Groups::default()
            }));
        }
    }
    Some(None)
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
        let compiled_for = |text: &str| without_the_long_form(text).is_none();
        assert!(!compiled_for(
            " date 2024-11-14 (MENAFN) said, killing 1,200.\n\nMore, 12 things."
        ));
        assert!(!compiled_for("Title\n\nIt killed 12 people - or more, 1,200 in all."));
        assert!(compiled_for("Title\n\nBONN, March 3 - West German banks said."));
    }
}
