//! Number mentions: "over 3,200", "$2.5bn", "150 mln stg", "11.2 pct", "forty-three thousand".
//!
//! Numbers that are not quantities (years, days of the month, "90-day", "first five months",
//! times, scores, ordinals) are passed over, so they are never tied to a figure.

use crate::lexicon::{lexicon, Bound};
use crate::quantity::{Kind, Quantity, MICRO};
use crate::text::{Doc, Token, TokenKind};
use std::ops::Range;

#[derive(Clone, Debug)]
pub struct NumberMention {
    /// Tokens from the qualifier (if any) to the unit (if any).
    pub tokens: Range<usize>,
    /// Where the figure proper starts: its currency sign or its number, after any qualifier.
    pub start: usize,
    /// The number itself, the anchor for distances to cue words.
    pub core: usize,
    pub quantity: Quantity,
}

/// Every quantity in the document, in order.
pub fn extract_numbers(doc: &Doc) -> Vec<NumberMention> {
    let mut out: Vec<NumberMention> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match read_quantity(doc, i) {
            Some(m) => {
                i = m.tokens.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    inherit_units(doc, &mut out);
    out
}

/// A number read at token `i`, before its qualifier and unit are attached.
struct Core {
    /// Value in millionths and its precision exponent.
    value: i128,
    exponent: i32,
    end: usize,
}

fn read_quantity(doc: &Doc, i: usize) -> Option<NumberMention> {
    let toks = &doc.tokens;
    let (currency, start) = currency_prefix(toks, i);
    let core = read_core(doc, start)?;
    if start == i && currency.is_none() && !is_quantity_position(doc, i, core.end) {
        return None;
    }
    let mut end = core.end;
    let first_scale = read_scale(toks, end, currency.is_some());
    if let Some((_, next)) = first_scale {
        end = next;
    }
    // "3,200 to 3,300", "2 to 3 billion": the second end may carry the scale for both.
    let mut range_end = None;
    let between = i > 0 && doc.lower_at(i - 1) == "between";
    if let Some((second, next)) = read_range_end(doc, end, between) {
        end = next;
        let second_scale = read_scale(toks, end, currency.is_some());
        if let Some((_, next)) = second_scale {
            end = next;
        }
        range_end = Some((second, second_scale.map(|s| s.0)));
    }
    let first_multiplier = first_scale.map(|s| s.0);
    let shared = first_multiplier.or(range_end.as_ref().and_then(|r| r.1)).unwrap_or(1);
    let value = core.value * shared as i128;
    let exponent = core.exponent + shared.ilog10() as i32;
    let high = match range_end {
        Some((second, own)) => second.value * own.or(first_multiplier).unwrap_or(1) as i128,
        None => value,
    };
    let mut kind = currency.map(Kind::Money);
    if kind.is_none() {
        if let Some((k, next)) = read_unit(toks, end) {
            kind = Some(k);
            end = next;
        } else if is_time_or_compound(toks, end) {
            return None;
        }
    }
    let kind = kind.unwrap_or(Kind::Count);
    if kind == Kind::Count && first_scale.is_none() && is_year(&toks[start]) {
        return None;
    }
    let (bound, first) = qualifier_before(doc, i);
    if kind == Kind::Count && end == core.end && is_model_number(doc, i, value) {
        return None;
    }
    Some(NumberMention {
        tokens: first..end,
        start: i,
        core: start,
        quantity: Quantity {
            low: value.min(high),
            high: value.max(high),
            exponent,
            bound,
            kind,
        },
    })
}

/// "$", "£", "US$", "HK$" before a number: the currency and where the number starts.
fn currency_prefix(toks: &[Token], i: usize) -> (Option<String>, usize) {
    let lex = lexicon();
    let t = &toks[i];
    if let Some(code) = lex.currency_symbols.get(t.text) {
        if toks
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Number || is_number_word(&n.lower()))
        {
            return (Some(code.clone()), i + 1);
        }
    }
    if t.is_word() && toks.get(i + 1).is_some_and(|n| n.glued && n.text == "$") {
        let joined = format!("{}$", t.text);
        if let Some(code) = lex.currency_symbols.get(&joined) {
            if toks.get(i + 2).is_some_and(|n| n.kind == TokenKind::Number) {
                return (Some(code.clone()), i + 2);
            }
        }
    }
    (None, i)
}

fn is_number_word(lower: &str) -> bool {
    let lex = lexicon();
    lower
        .split('-')
        .all(|p| lex.number_units.contains_key(p) || lex.number_tens.contains_key(p))
}

fn read_core(doc: &Doc, i: usize) -> Option<Core> {
    let t = doc.tokens.get(i)?;
    match t.kind {
        TokenKind::Number => digits_core(t.text, i + 1),
        TokenKind::Word => words_core(doc, i),
        TokenKind::Symbol => None,
    }
}

/// "1,200" -> 1200 at exponent 2; "2.50" -> 2.5 at exponent -2.
fn digits_core(text: &str, end: usize) -> Option<Core> {
    let plain: String = text.chars().filter(|&c| c != ',').collect();
    let (whole, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    if frac.len() > 6 || whole.len() > 20 {
        return None;
    }
    let whole_v: i128 = whole.parse().ok()?;
    let frac_v: i128 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<6}").parse().ok()?
    };
    let exponent = if frac.is_empty() {
        let zeros = whole.len() - whole.trim_end_matches('0').len();
        if whole_v == 0 {
            0
        } else {
            zeros as i32
        }
    } else {
        -(frac.len() as i32)
    };
    Some(Core {
        value: whole_v * MICRO + frac_v,
        exponent,
        end,
    })
}

/// Number words: "nine", "forty-three", "a dozen". "one" alone is too common to be a figure.
fn words_core(doc: &Doc, i: usize) -> Option<Core> {
    let lex = lexicon();
    for (phrase, value) in &lex.number_phrases {
        if *value > 0 && (0..phrase.len()).all(|k| doc.lower_at(i + k) == phrase[k]) {
            return Some(word_value(*value, i + phrase.len()));
        }
    }
    let lower = doc.lower_at(i);
    let mut value = 0u64;
    for part in lower.split('-') {
        value += lex
            .number_units
            .get(part)
            .or_else(|| lex.number_tens.get(part))
            .copied()?;
    }
    let mut end = i + 1;
    if doc.lower_at(end) == "hundred" {
        value *= 100;
        end += 1;
    }
    let followed_by_scale = lex.scales.contains_key(doc.lower_at(end));
    if value <= 1 && !followed_by_scale {
        return None;
    }
    Some(word_value(value, end))
}

fn word_value(value: u64, end: usize) -> Core {
    let digits = value.to_string();
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    Core {
        value: value as i128 * MICRO,
        exponent: zeros as i32,
        end,
    }
}

/// Whether a bare number at `i` (no currency sign) is a quantity rather than a label or date.
fn is_quantity_position(doc: &Doc, i: usize, end: usize) -> bool {
    let lex = lexicon();
    let toks = &doc.tokens;
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if let Some(p) = prev {
        let pl = p.lower();
        let glued_to_number = glued_to_next(p, toks, i) && (p.kind == TokenKind::Number || p.is_word());
        if lex.label_words.contains(&pl) || lex.months.contains_key(&pl) || glued_to_number {
            return false;
        }
        // "Oct. 7": a month abbreviation with its dot
        if p.is(".") && i >= 2 && lex.months.contains_key(&toks[i - 2].lower()) {
            return false;
        }
        if matches!(p.text, ":" | "/" | "#") && p.glued {
            return false;
        }
        // the second number of a score or span: "2-1", "1986-87"
        if matches!(p.text, "-" | "–") && p.glued && i >= 2 && toks[i - 2].kind == TokenKind::Number && toks[i].glued
        {
            return false;
        }
    }
    let next = toks.get(end);
    if let Some(n) = next {
        let nl = n.lower();
        if lex.months.contains_key(&nl) && toks[i].kind == TokenKind::Number {
            return false; // "7 October"
        }
        if n.glued && (matches!(nl.as_str(), "st" | "nd" | "rd" | "th" | "s") || matches!(n.text, ":" | "/")) {
            return false; // ordinals, "1990s", times, fractions
        }
        if n.glued
            && n.text == "-"
            && toks
                .get(end + 1)
                .is_some_and(|a| a.kind == TokenKind::Number && a.glued)
        {
            return false; // scores and spans: "2-1", "1986-87"
        }
    }
    true
}

/// Whether the token after `prev` is written against it (and `prev` is not an opening mark).
fn glued_to_next(prev: &Token, toks: &[Token], next: usize) -> bool {
    toks.get(next).is_some_and(|n| n.glued) && !matches!(prev.text, "(" | "\"" | "“" | "'" | "‘" | "-" | "—" | "–")
}

/// A scale after the number: "billion", "mln", "bn", and "m" only after a currency sign.
fn read_scale(toks: &[Token], at: usize, has_currency: bool) -> Option<(u64, usize)> {
    let lex = lexicon();
    let t = toks.get(at)?;
    let lower = t.lower();
    let head = lower.split('-').next().unwrap_or("");
    let value = *lex.scales.get(head)?;
    // "£600m", "30m shares": a one-letter scale only written against the number; "b", "k"
    // and "tr" only after a currency sign ("100k" is as often a distance)
    let ambiguous = matches!(head, "b" | "k" | "tr");
    if (head == "m" && !t.glued) || (ambiguous && !(has_currency && t.glued)) {
        return None;
    }
    if head == "hundred" || head == "thousand" || t.is_word() {
        return Some((value, at + 1));
    }
    None
}

/// "to 3,300", "-3,300", "to £10,000", and "and 130" after "between": the upper end of a range.
fn read_range_end(doc: &Doc, at: usize, between: bool) -> Option<(Core, usize)> {
    let toks = &doc.tokens;
    let t = toks.get(at)?;
    let lower = t.lower();
    let joins = lower == "to" || (lower == "and" && between) || (t.text == "-" && t.glued) || t.text == "–";
    if !joins {
        return None;
    }
    let mut k = at + 1;
    if toks
        .get(k)
        .is_some_and(|c| lexicon().currency_symbols.contains_key(c.text))
    {
        k += 1;
    }
    let n = toks.get(k)?;
    if n.kind != TokenKind::Number {
        return None;
    }
    let core = digits_core(n.text, k + 1)?;
    Some((core, k + 1))
}

/// A unit after the number: a currency word ("dlrs", "stg", "francs", "N.Z. dlrs",
/// "mln-dlr") or a percentage ("pct", "%", "per cent").
fn read_unit(toks: &[Token], at: usize) -> Option<(Kind, usize)> {
    let lex = lexicon();
    let t = toks.get(at)?;
    let lower = t.lower();
    for phrase in &lex.percent_words {
        if (0..phrase.len()).all(|k| toks.get(at + k).is_some_and(|w| w.lower() == phrase[k])) {
            return Some((Kind::Percent, at + phrase.len()));
        }
    }
    let currency_of = |w: &str| lex.currency_words.get(w).cloned();
    // "500 mln-dlr": the currency came with the scale word just read
    let scale_tail = at
        .checked_sub(1)
        .and_then(|p| toks[p].lower().split('-').nth(1).and_then(currency_of));
    if let Some(code) = scale_tail {
        return Some((Kind::Money(code), at));
    }
    if let Some(code) = currency_of(&lower) {
        return Some((Kind::Money(code), at + 1));
    }
    // "N.Z. dlrs", "U.S. dollars", "Canadian dlrs"
    if t.is_capitalized() {
        let next = toks.get(at + 1)?;
        if let Some(code) = currency_of(&next.lower()) {
            return Some((Kind::Money(code), at + 2));
        }
    }
    None
}

/// "nine months", "90-day", "six-year-old": a span of time or a compound modifier.
fn is_time_or_compound(toks: &[Token], at: usize) -> bool {
    let lex = lexicon();
    let Some(t) = toks.get(at) else { return false };
    if lex.time_units.contains(&t.lower()) {
        return true;
    }
    t.text == "-" && t.glued && toks.get(at + 1).is_some_and(|n| n.is_word() && n.glued)
}

/// "Rover 25", "Boeing 747", "Channel 4": a small bare number right after a capitalised word
/// inside a sentence names a thing rather than counting it.
fn is_model_number(doc: &Doc, i: usize, value: i128) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let lex = lexicon();
    value < 1000 * MICRO
        && prev.is_word()
        && prev.is_capitalized()
        && doc.sentence(i).start < i - 1
        && !lex.months.contains_key(&prev.lower())
        && !lex.qualifiers.iter().any(|(q, _)| q.last() == Some(&prev.lower()))
}

/// "1987", "2005" (also the start of "2006 to 2015"): four digits in the range of years.
fn is_year(t: &Token) -> bool {
    t.kind == TokenKind::Number && t.text.len() == 4 && t.text.parse::<u32>().is_ok_and(|y| (1000..=2999).contains(&y))
}

/// The qualifier written before token `i` ("at least", "over", "about") and where it starts.
pub(crate) fn qualifier_before(doc: &Doc, i: usize) -> (Option<Bound>, usize) {
    let lex = lexicon();
    for (phrase, bound) in &lex.qualifiers {
        let n = phrase.len();
        if i < n {
            continue;
        }
        if (0..n).all(|k| doc.lower_at(i - n + k) == phrase[k]) {
            return (Some(*bound), i - n);
        }
    }
    (None, i)
}

/// Words after a bare number that still let it take a neighbour's unit ("16.74 billion in
/// December"); a noun there ("6.4 billion people") gives it a unit of its own.
const LIST_CONTINUATIONS: &[&str] = &[
    "in",
    "and",
    "or",
    "from",
    "to",
    "compared",
    "against",
    "versus",
    "vs",
    "a",
    "an",
    "the",
    "on",
    "at",
    "for",
    "last",
    "this",
    "by",
    "while",
    "but",
    "with",
    "previously",
    "earlier",
    "year",
    "a-year",
    "respectively",
];

/// A bare count in a sentence after a money amount or percentage takes its unit, as in
/// "Taiwan 7.1 billion dlrs, Hong Kong 6.4 billion".
fn inherit_units(doc: &Doc, mentions: &mut [NumberMention]) {
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let prev = &before[k - 1];
        let cur = &mut rest[0];
        if cur.quantity.kind != Kind::Count || prev.quantity.kind == Kind::Count {
            continue;
        }
        if doc.sentence_index(prev.core) != doc.sentence_index(cur.core) {
            continue;
        }
        let next = doc.tokens.get(cur.tokens.end);
        // a participle continues too: "the 460 mln announced on Tuesday"
        let participle = |t: &Token| t.text.len() > 4 && t.text.ends_with("ed");
        let continues = next.is_none_or(|t| {
            !t.is_word()
                || !t.text.starts_with(char::is_lowercase)
                || LIST_CONTINUATIONS.contains(&t.text)
                || participle(t)
        });
        if continues {
            cur.quantity.kind = prev.quantity.kind.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Quantity)> {
        let doc = Doc::new(text);
        extract_numbers(&doc)
            .into_iter()
            .map(|m| (doc.words(m.tokens.clone()), m.quantity))
            .collect()
    }

    fn one(text: &str) -> Quantity {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
        found.into_iter().next().unwrap().1
    }

    #[test]
    fn qualifiers_and_thousands() {
        let q = one("the toll reached over 3,200 since");
        assert_eq!(q.low, 3_200 * MICRO);
        assert_eq!(q.exponent, 2);
        assert_eq!(q.bound, Some(Bound::Lower));
        assert_eq!(read("at least 43,000 people")[0].0, "at least 43,000");
    }

    #[test]
    fn currency_signs_and_glued_scales() {
        let q = one("a $2.5bn deal");
        assert_eq!(q.low, 2_500_000_000 * MICRO);
        assert_eq!(q.exponent, 8);
        assert_eq!(q.kind, Kind::Money("USD".into()));
        assert_eq!(one("cost £600m").kind, Kind::Money("GBP".into()));
    }

    #[test]
    fn wire_abbreviations() {
        let q = one("borrow 2.3 billion dlrs in");
        assert_eq!(q.kind, Kind::Money("USD".into()));
        assert_eq!(q.low, 2_300_000_000 * MICRO);
        assert_eq!(one("a 150 mln stg loan").kind, Kind::Money("GBP".into()));
        assert_eq!(one("rose 11.2 pct").kind, Kind::Percent);
        assert_eq!(one("a 500 mln-dlr bridge loan").kind, Kind::Money("USD".into()));
        assert_eq!(one("17.18 billion N.Z. Dlrs").kind, Kind::Money("USD".into()));
    }

    #[test]
    fn equivalent_forms_have_equal_values() {
        assert_eq!(one("1.5 billion people").low, one("1,500 million people").low);
        assert_eq!(one("52 pct").kind, one("52 per cent").kind);
        assert_eq!(one("52 percent").low, one("52%").low);
    }

    #[test]
    fn number_words() {
        assert_eq!(one("forty-three thousand people").low, 43_000 * MICRO);
        assert_eq!(one("a dozen hostages").low, 12 * MICRO);
        assert_eq!(one("two million people").low, 2_000_000 * MICRO);
        assert!(read("one of the hostages").is_empty());
    }

    #[test]
    fn non_quantities_are_passed_over() {
        for text in [
            "in October 2023 the",
            "on Oct. 7 the",
            "on 14 January the",
            "a 90-day freeze",
            "for nine months",
            "the first five months",
            "at 15:10 GMT",
            "won 2-1 at home",
            "the 1990s were",
            "in Feb 26 trading",
            "production of the Rover 25 to China",
            "in the period 2006 to 2015 the",
        ] {
            assert!(read(text).is_empty(), "{text:?} gave {:?}", read(text));
        }
    }

    #[test]
    fn ranges_read_both_ends() {
        let q = one("3,200 to 3,300 people");
        assert_eq!((q.low, q.high), (3_200 * MICRO, 3_300 * MICRO));
        let q = one("110 to 130 francs");
        assert_eq!(q.kind, Kind::Money("FRF".into()));
        let q = one("between 110 and 130 francs");
        assert_eq!((q.low, q.high), (110 * MICRO, 130 * MICRO));
        let q = one("fines of £5,000 to £10,000");
        assert_eq!((q.kind, q.high), (Kind::Money("GBP".into()), 10_000 * MICRO));
    }

    #[test]
    fn bare_numbers_in_a_list_take_the_neighbours_unit() {
        let found = read("Taiwan 7.1 billion dlrs, Hong Kong 6.4 billion and Korea 3 billion people.");
        assert_eq!(found[1].1.kind, Kind::Money("USD".into()));
        assert_eq!(found[2].1.kind, Kind::Count, "a noun gives a unit of its own");
        let found = read("losses would exceed 500 mln marks, not the 460 mln announced on Tuesday.");
        assert_eq!(found[1].1.kind, Kind::Money("DEM".into()));
    }
}
