//! The one number reader, below both the facts file and the story: "over 3,200", "$2.5bn",
//! "150 mln stg", "11.2 pct", "forty-three thousand", "110 to 130 francs".
//!
//! It reads the grammar of a written number at a token (qualifier, currency sign, number,
//! scale, range end, unit) and nothing else: whether a number in running copy is a quantity at
//! all (a year, a date, a score) is the story extractor's business (`extract/numbers.rs`), and
//! a figure's `value` must be one reading from its first token to its last ([`read_value`]).

use crate::lexicon::{lexicon, Bound};
use crate::quantity::{Kind, Quantity, MICRO};
use crate::text::{Doc, Token, TokenKind};
use std::ops::Range;

/// A number read from tokens, with where its parts stand.
#[derive(Clone, Debug)]
pub struct Reading {
    /// Tokens from the qualifier (if any) to the unit (if any).
    pub tokens: Range<usize>,
    /// Where the figure proper starts: its currency sign or its number, after any qualifier.
    pub start: usize,
    /// The number itself, the anchor for distances to cue words.
    pub core: usize,
    /// The token after the number itself, before any scale, range or unit.
    pub core_end: usize,
    /// A currency sign was written before the number ("$", "HK$").
    pub signed: bool,
    /// A scale word was written after the number ("million", "bn").
    pub scaled: bool,
    pub quantity: Quantity,
}

/// A number read at token `i`, before its qualifier and unit are attached.
struct Core {
    /// Value in millionths and its precision exponent.
    value: i128,
    exponent: i32,
    end: usize,
}

/// A figure's `value` as the facts file writes it: its first number.
pub fn read_value(text: &str) -> Option<Quantity> {
    let doc = Doc::new(text.trim());
    (0..doc.tokens.len()).find_map(|i| read_at(&doc, i)).map(|r| r.quantity)
}

/// The written number whose currency sign or number stands at token `i`, if any.
pub fn read_at(doc: &Doc, i: usize) -> Option<Reading> {
    let toks = &doc.tokens;
    let (currency, start) = currency_prefix(toks, i);
    let core = read_core(doc, start)?;
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
    let signed = currency.is_some();
    let mut kind = currency.map(Kind::Money);
    if kind.is_none() {
        if let Some((k, next)) = read_unit(toks, end) {
            kind = Some(k);
            end = next;
        }
    }
    let (bound, first) = qualifier_before(doc, i);
    Some(Reading {
        tokens: first..end,
        start: i,
        core: start,
        core_end: core.end,
        signed,
        scaled: first_scale.is_some(),
        quantity: Quantity {
            low: value.min(high),
            high: value.max(high),
            exponent,
            bound,
            kind: kind.unwrap_or(Kind::Count),
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

/// The qualifier written before token `i` ("at least", "over", "about") and where it starts.
fn qualifier_before(doc: &Doc, i: usize) -> (Option<Bound>, usize) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_one_number_from_first_token_to_last() {
        let q = read_value("at least 43,000").expect("reads");
        assert_eq!((q.low, q.bound), (43_000 * MICRO, Some(Bound::Lower)));
        assert_eq!(
            read_value("$2.5 billion").map(|q| q.kind),
            Some(Kind::Money("USD".into()))
        );
        assert_eq!(read_value("3,200 to 3,300").map(|q| q.high), Some(3_300 * MICRO));
        assert_eq!(
            read_value("2005").map(|q| q.low),
            Some(2005 * MICRO),
            "a year-like count"
        );
    }
}
