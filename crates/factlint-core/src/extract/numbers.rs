//! Number mentions in a story: every written number the reader finds (`crate::number`) that
//! stands for a quantity.
//!
//! Numbers that are not quantities (years, days of the month, "90-day", "first five months",
//! times, scores) are passed over, so they are never tied to a figure; a place in an order
//! ("the 117th captain", "her ninth in a row") is read, tied only through its own phrase.

use crate::lexicon::{lexicon, Per};
use crate::number::{
    age_in_years, age_of_span, give_rate, has_no_unit, is_range_joiner, is_year, read_at, read_compound, read_rate,
    tally_pair_at, written_scale, TallyPair,
};
use crate::quantity::{Kind, Quantity, MICRO};
use crate::text::{Doc, Token, TokenKind};
use std::ops::Range;

/// A number in a story, as the reader read it.
pub use crate::number::Reading as NumberMention;

/// Every quantity in the document, in order.
pub fn extract_numbers(doc: &Doc) -> Vec<NumberMention> {
    let mut out: Vec<NumberMention> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(end) = code_end(doc, i) {
            i = end;
            continue;
        }
        match read_quantity(doc, i) {
            Some(m) => {
                i = m.tokens.end;
                if !out.last().is_some_and(|amount| rate_after_its_noun(doc, amount, &m)) {
                    out.push(m);
                }
            }
            None => i += 1,
        }
    }
    // before `inherit_units`, so a bare amount after one a noun of money reaches takes its
    // currency in turn ("fell to 254 mln after 268 mln")
    money_named_by(doc, &mut out, reached_by_a_money_noun);
    inherit_units(doc, &mut out);
    parts_take_the_sets_unit(doc, &mut out);
    money_named_by(doc, &mut out, before_a_money_noun);
    units_written_once_after(doc, &mut out);
    counts_between_items_of_one_unit(doc, &mut out);
    rates_over_conversions(doc, &mut out);
    amounts_as_precise_as_their_conversions(doc, &mut out);
    out
}

/// "the $110m (£57.2m) project": an amount whose conversion in brackets is written to more
/// significant digits is as precise as it, since the writer converted an exact amount: "$100m
/// (£57.2m)" is 100 million to the million, not to the hundred million, so it disagrees with
/// `$110m` (bbc/entertainment/088.txt).
fn amounts_as_precise_as_their_conversions(doc: &Doc, mentions: &mut [NumberMention]) {
    let plain = |q: &Quantity| q.bound.is_none() && q.low == q.high && q.low > 0;
    for k in 1..mentions.len() {
        let (amount, conversion) = (&mentions[k - 1].quantity, &mentions[k].quantity);
        let converts = amount.kind != conversion.kind || amount.factor != conversion.factor;
        if !(is_bracketed_conversion(doc, &mentions[k - 1], &mentions[k]) && converts)
            || !(plain(amount) && plain(conversion))
        {
            continue;
        }
        let as_precise = magnitude(amount) - (significant_digits(conversion) - 1);
        mentions[k - 1].quantity.exponent = amount.exponent.min(as_precise);
    }
}

/// The power of ten of a positive number's first digit, in its own unit ("57.2m" is 7).
fn magnitude(q: &Quantity) -> i32 {
    q.low.ilog10() as i32 - 6
}

/// How many digits a positive number is written to ("57.2m" to three).
fn significant_digits(q: &Quantity) -> i32 {
    magnitude(q) - q.exponent + 1
}

/// Most words of the noun an amount measures that its rate may follow.
const RATED_NOUN_WORDS: usize = 4;

/// "up to three hours of extra activity a week", "at least two hours of high-quality physical
/// education" a week" (bbc/politics/181.txt): "a" or "an" and a unit of time right after the
/// noun an amount measures, its "of" phrase, is the amount's rate, as in "12 million gamers a
/// month", and no span of time of its own ("a week earlier" is one: `rate_blockers`).
fn rate_after_its_noun(doc: &Doc, amount: &NumberMention, span: &NumberMention) -> bool {
    let lex = lexicon();
    let article = span.tokens.start == span.core && matches!(doc.lower_at(span.core), "a" | "an");
    let of_phrase = amount.quantity.per.is_none()
        && doc.lower_at(amount.tokens.end) == "of"
        && doc.sentence_index(amount.core) == doc.sentence_index(span.core);
    // no small word, preposition or verb ("of talks within a week", "of talks lasted a week")
    let noun_word = |k: usize| {
        let word = doc.lower_at(k);
        let small = lex.stop_words.contains(word) || lex.connectors.contains(word) || lex.prepositions.contains(word);
        let verb = word.ends_with("ed") || lex.plain_verbs.contains(word);
        doc.lower_case_word_at(k) && !small && !verb
    };
    let words = amount.tokens.end + 1..span.core;
    let noun = (words.clone()).filter(|&k| noun_word(k)).count();
    let only_noun = words
        .clone()
        .all(|k| noun_word(k) || matches!(doc.tokens[k].text(), "\"" | "”" | "’"));
    let rate_of_time = matches!(read_rate(doc, span.core), Some((Per::Seconds(_), _)));
    article && of_phrase && (1..=RATED_NOUN_WORDS).contains(&noun) && only_noun && rate_of_time
}

/// "$10bn (£5.38bn) a year", "900 rupees ($20.40; £10.50) per tonne": a rate written after
/// conversions in brackets is the rate of every amount; the first is shown through the rate, so
/// an editor sees the rate it was read with.
fn rates_over_conversions(doc: &Doc, mentions: &mut [NumberMention]) {
    for k in 1..mentions.len() {
        let Some(last) = last_bracketed_conversion(doc, mentions, k) else {
            continue;
        };
        let amounts = &mut mentions[k - 1..=last];
        if amounts.iter().any(|m| m.quantity.per.is_some()) {
            continue;
        }
        let after_bracket = amounts[amounts.len() - 1].tokens.end + 1;
        if let Some((per, end)) = read_rate(doc, after_bracket) {
            for m in amounts.iter_mut() {
                give_rate(&mut m.quantity, per.clone());
            }
            amounts[0].tokens.end = end;
        }
    }
}

/// The last of the conversions in brackets right after `mentions[k - 1]`, from `mentions[k]`
/// on: one alone ("$10bn (£5.38bn)"), or several between semicolons ("900 rupees ($20.40;
/// £10.50)").
fn last_bracketed_conversion(doc: &Doc, mentions: &[NumberMention], k: usize) -> Option<usize> {
    let (first, mut last) = (&mentions[k - 1], k);
    let opened = mentions[k].tokens.start == first.tokens.end + 1 && doc.tokens[first.tokens.end].text() == "(";
    if !opened {
        return None;
    }
    let mark_after = |j: usize| doc.tokens.get(mentions[j].tokens.end).map(Token::text);
    while mark_after(last) == Some(";")
        && mentions
            .get(last + 1)
            .is_some_and(|next| next.tokens.start == mentions[last].tokens.end + 1)
    {
        last += 1;
    }
    (mark_after(last) == Some(")")).then_some(last)
}

/// "0845 8 505 505", "0800 028 9276", "0700", "007": digits written with a leading zero are a
/// phone number, a clock time or a code, never a quantity, and the digit groups written after
/// them with nothing between are the same number. Returns the token after the code.
fn code_end(doc: &Doc, i: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let plain_digits = |t: &Token| t.kind == TokenKind::Number && t.text().bytes().all(|b| b.is_ascii_digit());
    let t = &toks[i];
    // ".029 cts": a fraction written without its whole number is no code
    let after_point = i > 0 && t.glued && matches!(toks[i - 1].text(), "." | ",");
    if !(plain_digits(t) && t.text().len() >= 2 && t.text().starts_with('0')) || after_point {
        return None;
    }
    let mut end = i + 1;
    while toks.get(end).is_some_and(|n| plain_digits(n) && !n.glued) {
        end += 1;
    }
    Some(end)
}

/// "$800m (£424m)": the second number, alone in brackets right after the first, gives the
/// same amount in another currency or unit, so it stands where the first does.
pub fn is_bracketed_conversion(doc: &Doc, first: &NumberMention, second: &NumberMention) -> bool {
    second.tokens.start == first.tokens.end + 1
        && doc.tokens[first.tokens.end].text() == "("
        && doc.tokens.get(second.tokens.end).is_some_and(|t| t.text() == ")")
}

/// "between $30,000 (£16,000) and $50,000", "$4m ($2.1m) to $5m": `low` and `high` are the two
/// ends of one range, the low end's conversion in brackets between them and the range's joiner
/// after the closing bracket.
pub fn range_across_conversion(
    doc: &Doc,
    low: &NumberMention,
    conversion: &NumberMention,
    high: &NumberMention,
) -> bool {
    let joiner = conversion.tokens.end + 1;
    let between = low.start.checked_sub(1).is_some_and(|k| doc.lower_at(k) == "between");
    let word = doc.lower_at(joiner);
    let joins = is_range_joiner(word) || (between && word == "and") || word == "-";
    is_bracketed_conversion(doc, low, conversion) && high.tokens.start == joiner + 1 && joins
}

/// "$220m (£117m)", "5bn euros ($8bn; £6bn)", "£5m, or $9m": two numbers with nothing but
/// marks or "or" between them, at most three tokens apart, in one sentence, give one amount
/// twice ("a friend of four decades. Two years ago" are two amounts: a full stop ends one).
pub fn gives_same_amount(doc: &Doc, first: &NumberMention, second: &NumberMention) -> bool {
    let between = first.tokens.end..second.tokens.start.max(first.tokens.end);
    between.len() <= 3
        && doc.sentence_index(first.core) == doc.sentence_index(second.core)
        && between
            .into_iter()
            .all(|k| !doc.tokens[k].is_word() || doc.lower_at(k) == "or")
}

/// "a 17m/s top speed translates to about 38mph": a phrase of `restating_links` right before
/// the second number, a few words after the first, gives the first's amount again.
pub fn restates_in_words(doc: &Doc, first: &NumberMention, second: &NumberMention) -> bool {
    const WORDS_BETWEEN: usize = 8;
    let between = first.tokens.end..second.tokens.start.max(first.tokens.end);
    let phrase_before = |p: &Vec<String>| {
        let at = second.tokens.start.checked_sub(p.len());
        at.is_some_and(|at| at >= first.tokens.end && (0..p.len()).all(|k| doc.lower_at(at + k) == p[k]))
    };
    between.len() <= WORDS_BETWEEN
        && doc.sentence_index(first.core) == doc.sentence_index(second.core)
        && lexicon().restating_links.iter().any(phrase_before)
}

/// "More than two-thirds of those questioned, 68%, said", "Just under three-quarters of
/// respondents (73%) said" (bbc/politics/403.txt): a share in words and, set off by commas or
/// in brackets a few words on, the same share in figures.
pub fn share_given_in_figures(doc: &Doc, share: &NumberMention, figures: &NumberMention) -> bool {
    const WORDS_BETWEEN: usize = 5;
    let between = share.tokens.end..figures.tokens.start.max(share.tokens.end);
    let mark_at = |k: Option<usize>, mark: &str| k.and_then(|k| doc.tokens.get(k)).is_some_and(|t| t.text() == mark);
    let set_off_by = |open: &str, close: &str| {
        mark_at(figures.tokens.start.checked_sub(1), open) && mark_at(Some(figures.tokens.end), close)
    };
    share.proportion
        && !figures.proportion
        && figures.quantity.kind == Kind::Percent
        && between.len() <= WORDS_BETWEEN
        && (set_off_by(",", ",") || set_off_by("(", ")"))
        && doc.sentence_index(share.core) == doc.sentence_index(figures.core)
}

/// "from 20 to 85 pct": the start and the end of one change, a before and an after.
/// "From" may stand a few words before the start, which they describe: "from the current 50
/// pct to 25 pct", "from its previous 3.2 pct to", and the start may be dated: "from 102 in
/// 2003 to 81". The end may come first: "raised the rate to 6.00 pct from 5.50", "to 10 tonnes
/// per hectare from the previous 6.2 tonnes".
pub fn is_change(doc: &Doc, first: &NumberMention, second: &NumberMention) -> bool {
    let to = first.tokens.end + year_phrase_len(doc, first.tokens.end);
    let forward = second.tokens.start == to + 1 && doc.lower_at(to) == "to" && after_from(doc, first.tokens.start);
    let end_first = first.tokens.start > 0 && doc.lower_at(first.tokens.start - 1) == "to";
    let from_next = doc.lower_at(first.tokens.end) == "from"
        && second.tokens.start <= first.tokens.end + 1 + WORDS_AFTER_FROM
        && after_from(doc, second.tokens.start);
    forward || (end_first && from_next)
}

/// "Two of the five nominees", "three of its 12 directors", "10 of 14": the second number
/// counts the set the first is a part of, so the noun after it is the set's, not the part's.
/// One picked out as an individual counts no set: "more than 25 pct of a single auction"
/// (reuters21578/16381.txt) is a share of the auction, which the share's cue may name.
pub fn is_partitive(doc: &Doc, part: &NumberMention, set: &NumberMention) -> bool {
    let between = part.tokens.end..set.tokens.start.max(part.tokens.end);
    let determiner = |k: usize| doc.tokens[k].is_word();
    doc.lower_at(part.tokens.end) == "of"
        && between.len() <= 2
        && between.skip(1).all(determiner)
        && !names_an_individual(doc, set)
}

/// "preventing a single market maker from cornering a stock", "more than 25 pct of a single
/// auction" (reuters21578/16381.txt): "a single" before a noun picks out one member of its
/// kind, an individual, not how many there are; it ties to no figure (the count of market
/// makers is 27). "Only one bank" still counts the banks.
pub fn names_an_individual(doc: &Doc, m: &NumberMention) -> bool {
    let words: Vec<&str> = m.tokens.clone().map(|k| doc.lower_at(k)).collect();
    words == ["a", "single"] && doc.tokens.get(m.tokens.end).is_some_and(Token::is_word)
}

/// How many words after "other" may name what a count of others counts ("six other public
/// companies").
const OTHERS_WORDS: usize = 3;

/// The words a bare count of others names as what it counts, after "other": in "with the
/// assistance of only one other country" (reuters21578/08271.txt), "country"; in "six other
/// public companies", "public companies" (the lower-case words after "other", up to a stop
/// word). Such a count picks out things of a kind beside one named before it, and says what
/// they are.
pub fn counted_others(doc: &Doc, m: &NumberMention) -> Option<Range<usize>> {
    let bare = m.quantity.kind == Kind::Count && m.tokens.end == m.core_end;
    if !bare || m.compound || m.age || m.proportion || doc.lower_at(m.tokens.end) != "other" {
        return None;
    }
    let lex = lexicon();
    let start = m.tokens.end + 1;
    let describes = |k: &usize| {
        let w = doc.lower_at(*k);
        let lower_word = doc.tokens.get(*k).is_some_and(|t| t.is_word() && !t.is_capitalized());
        lower_word && !lex.stop_words.contains(w) && !lex.connectors.contains(w)
    };
    let len = (start..start + OTHERS_WORDS).take_while(describes).count();
    (len > 0).then(|| start..start + len)
}

/// The words a bare count after "the" names as what it counts, right after it: a plural noun
/// in lower case, after at most `NAME_WORDS` capitalised words ("rights owned by the two McLean
/// subsidiaries", reuters21578/10582.txt: "McLean subsidiaries"). A definite count of named
/// things speaks of a set the story knows, and says what it is, as a count of others does.
pub fn counted_set_named(doc: &Doc, m: &NumberMention) -> Option<Range<usize>> {
    let bare = m.quantity.kind == Kind::Count && m.tokens.end == m.core_end;
    let definite = m.tokens.start.checked_sub(1).is_some_and(|k| doc.lower_at(k) == "the");
    if !bare || !definite || m.compound || m.age || m.proportion {
        return None;
    }
    let at = m.tokens.end;
    let capitalised = |k: &usize| doc.tokens.get(*k).is_some_and(|t| t.is_word() && t.is_capitalized());
    let noun = at + (at..at + NAME_WORDS).take_while(capitalised).count();
    counts_things(doc, noun).then_some(at..noun + 1)
}

/// The plural noun a bare count names right after it as what it counts: "chapters" in "has two
/// chapters". Such a count says itself what it counts.
pub fn counted_noun(doc: &Doc, m: &NumberMention) -> Option<usize> {
    let bare = m.quantity.kind == Kind::Count && m.tokens.end == m.core_end;
    let plain = bare && !(m.compound || m.age || m.proportion);
    (plain && counts_things(doc, m.tokens.end)).then_some(m.tokens.end)
}

/// "in 2003": how many tokens a year with its preposition (`clause_year_prepositions`) takes
/// at `at`, or 0.
fn year_phrase_len(doc: &Doc, at: usize) -> usize {
    let dated =
        lexicon().clause_year_prepositions.contains(doc.lower_at(at)) && doc.tokens.get(at + 1).is_some_and(is_year);
    if dated {
        2
    } else {
        0
    }
}

/// How many words may describe the start of a change between "from" and its number.
const WORDS_AFTER_FROM: usize = 3;

/// Words that open another phrase, so a "from" before them is not the change's.
const NOT_DESCRIBING: &[&str] = &[
    "of", "to", "and", "or", "by", "at", "in", "on", "for", "with", "than", "from",
];

/// Whether "from" stands before token `at`, with at most a few lower-case words between.
fn after_from(doc: &Doc, at: usize) -> bool {
    for back in 1..=(WORDS_AFTER_FROM + 1).min(at) {
        let k = at - back;
        if doc.lower_at(k) == "from" {
            return true;
        }
        let t = &doc.tokens[k];
        if !t.is_word() || t.is_capitalized() || NOT_DESCRIBING.contains(&doc.lower_at(k)) {
            return false;
        }
    }
    false
}

/// "the 20-25 largest", "20-25 banks": a superlative or a plural in lower case at `at`, which a
/// number before it counts.
fn counts_after(doc: &Doc, at: usize) -> bool {
    let Some(t) = doc.tokens.get(at).filter(|t| t.is_word() && !t.is_capitalized()) else {
        return false;
    };
    let word = t.text();
    let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    plural || is_superlative(word)
}

/// "the 25-54 age category" (bbc/entertainment/218.txt): a rising pair before a word of age
/// (one of `age_words` of one word) is a range of ages, no score.
fn ages_after(doc: &Doc, at: usize) -> bool {
    let word = doc.lower_at(at);
    lexicon()
        .age_words
        .iter()
        .any(|phrase| phrase.len() == 1 && phrase[0] == word)
}

/// The number read at token `i`, if it stands for a quantity in running copy.
fn read_quantity(doc: &Doc, i: usize) -> Option<NumberMention> {
    if let Some(place) = ordinal_in_words(doc, i) {
        return Some(place);
    }
    if let Some(tally) = tally_mention(doc, i) {
        return Some(tally);
    }
    let Some(m) = read_at(doc, i) else {
        return compound_quantity(doc, i);
    };
    let toks = &doc.tokens;
    let q = &m.quantity;
    // a range with its unit ("9-10 dlrs", "3-3.5%") is not a score, nor is a rising pair
    // before what it counts ("the 20-25 largest participants"; a score stands before its
    // result, "a 2-1 win")
    let unit_range = (q.low != q.high && q.kind != Kind::Count)
        || (q.low < q.high && (counts_after(doc, m.tokens.end) || ages_after(doc, m.tokens.end)));
    // "the previous 6.2 tonnes": a decimal with a unit is a measured amount, never a label,
    // and so is a percentage ("the first 15 pct decline": reuters21578/02190)
    let measured = q.kind == Kind::Percent || (q.kind != Kind::Count && toks[i].text().contains('.'));
    if let Some(rank) = rank_quantity(doc, &m, i) {
        return Some(rank);
    }
    if !m.signed && !is_quantity_position(doc, i, m.core_end, unit_range, measured) {
        return None;
    }
    if m.proportion && !m.ratio && !is_proportion_position(doc, &m, i, m.tokens.end) {
        return None;
    }
    // a year names a period, alone or before a unit of time ("the 1986 season")
    let span = matches!(&q.kind, Kind::Measure(d) if lexicon().separate_dimensions.contains(d));
    if (q.kind == Kind::Count || span) && !m.scaled && is_year(&toks[m.core]) {
        return None;
    }
    if q.kind == Kind::Count {
        let bare = m.tokens.end == m.core_end;
        if is_compound(toks, m.tokens.end) && bare {
            return compound_quantity(doc, i);
        }
        // "on the 10 year-old debt": an age's compound with its first hyphen left out
        if let Some(age) = compound_quantity(doc, i).filter(|c| bare && c.tokens.end > m.tokens.end) {
            return Some(age);
        }
        // "3G", "3GSM", "10am": letters written against a bare number that are no unit or
        // scale make it a label
        if bare && toks.get(m.core_end).is_some_and(|t| t.glued && t.is_word()) {
            return None;
        }
        if is_time_or_compound(toks, m.tokens.end)
            || (bare && (is_model_number(doc, i, m.core_end, q.low) || in_a_name(doc, i, m.core_end)))
        {
            return None;
        }
    }
    Some(with_age_in_years(doc, m))
}

/// How many words before a pair a tally word may stand and still speak of it ("beat
/// Manchester United 3-1", "won by 229 to 206", "odds of eight to one").
const TALLY_WORD_REACH: usize = 4;

/// Three-figure counts with at most this many on the other side are a cricket total (runs
/// and wickets, "245-6"), never a tally.
const MOST_WICKETS: u64 = 10;

/// A tally in running copy at token `i` ("beat Chelsea 3-1", "a 2-2 draw", "voted 312 to
/// 70"), read only where it is one, and quiet when unsure: see [`is_tally_in_copy`].
fn tally_mention(doc: &Doc, i: usize) -> Option<NumberMention> {
    let pair = tally_pair_at(doc, i).filter(|pair| is_tally_in_copy(doc, i, pair))?;
    let mut quantity = pair.quantity();
    // "voted by 229 to 206": a vote written with "to" gives first the count of the side its
    // verb names (229 voted for), a count a desk writes as a figure of its own (`229`), so
    // that count is its other reading, compared only with a count figure
    if pair.by_to {
        let side = i128::from(pair.first) * MICRO;
        quantity.also = Some(Box::new(Quantity::plain(side, side, 0, Kind::Count)));
    }
    Some(NumberMention::plain(i..pair.end(), i, pair.end(), quantity))
}

/// Whether the pair at `i` is a tally: no unit, no place among dates, labels or a longer run
/// of numbers, and either a tally word beside it or, joined by a dash, a count that falls or is
/// level ("3-1", "2-2"). Never a season or a year's span ("2004-05", "1998-99": a year first),
/// a rising pair with no tally word (a date, "9-11"; a range, "20-25"; a phone number), a
/// pair before what it counts ("20-25 seats"), a cricket total ("245-6"), nor three figures
/// with no tally word ("the 747-300").
fn is_tally_in_copy(doc: &Doc, i: usize, pair: &TallyPair) -> bool {
    let end = pair.end();
    let cricket = pair.first.max(pair.second) >= 100 && pair.first.min(pair.second) <= MOST_WICKETS;
    // "from 8 to 5" is a change's two ends
    let change = pair.by_to && i.checked_sub(1).is_some_and(|p| doc.lower_at(p) == "from");
    let plain = !cricket
        && !change
        && !is_year(&doc.tokens[i])
        && has_no_unit(doc, pair)
        && !in_a_run_of_numbers(doc, i, end)
        && !counts_after(doc, end)
        && !ages_after(doc, end)
        && is_quantity_position(doc, i, end, true, false);
    if !plain {
        return false;
    }
    let beside = tally_word_beside(doc, i, end);
    let small = pair.first.max(pair.second) < 100;
    beside || (!pair.by_to && pair.falls_or_level() && small)
}

/// "4-3-3", "1-1/4", "12-3.5", "020-7946-0000": a pair glued to another number or mark before
/// or after it is part of a longer figure (a formation, a price in fractions, a phone number).
fn in_a_run_of_numbers(doc: &Doc, i: usize, end: usize) -> bool {
    let joins = |t: &Token| matches!(t.text(), "-" | "–" | "/" | "." | ":" | ",");
    let before = i
        .checked_sub(1)
        .is_some_and(|p| doc.tokens[i].glued && joins(&doc.tokens[p]));
    let after = doc.tokens.get(end).is_some_and(|t| t.glued && joins(t))
        && doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.glued && t.kind == TokenKind::Number);
    before || after
}

/// Whether a tally word (`tally_words`) stands right after the pair ("a 3-1 win") or a few words
/// before it in its sentence ("beat Chelsea 3-1"). After it only a noun: a participle there is
/// an adjective of what the pair counts ("on 10 to 15 leading Swiss shares", reuters21578/05230).
fn tally_word_beside(doc: &Doc, i: usize, end: usize) -> bool {
    let words = &lexicon().tally_words;
    let sentence_start = doc.sentence(i).start;
    let before = (i.saturating_sub(TALLY_WORD_REACH).max(sentence_start)..i).any(|k| words.contains(doc.lower_at(k)));
    let noun_after = |w: &str| words.contains(w) && !w.ends_with("ing");
    let after = end < doc.tokens.len() && noun_after(doc.lower_at(end));
    before || after
}

/// "aged 27", "at the age of 65": a count after `age_words` is that many years too, as a
/// figure of spans of time gives an age (`27 years`). A span of time before one of
/// `age_endings`, unhyphenated, is an age as "the 27-year-old" is.
fn with_age_in_years(doc: &Doc, mut m: NumberMention) -> NumberMention {
    if m.quantity.kind == Kind::Count && m.quantity.also.is_none() && is_age(doc, &m) {
        m.quantity.also = age_in_years(&m.quantity);
        m.age = true;
    }
    if spans_an_age(doc, &m) {
        m.quantity = age_of_span(m.quantity);
        m.age = true;
    }
    m
}

/// Whether a span of time in its unit's own words stands before one of `age_endings`: "17% of
/// 18 to 24 year olds" (bbc/politics/043.txt) counts people of those ages, a count of years as
/// a figure of ages gives it (`18 to 24`), not 18 to 24 years of something.
fn spans_an_age(doc: &Doc, m: &NumberMention) -> bool {
    let in_time = matches!(&m.quantity.kind, Kind::Measure(d) if d == "time");
    let unit_written = m.tokens.end > m.core_end && m.quantity.per.is_none();
    in_time
        && unit_written
        && doc.tokens.get(m.tokens.end).is_some_and(|t| t.is_word() && !t.glued)
        && lexicon().age_endings.contains(doc.lower_at(m.tokens.end))
}

/// "the 117th captain", "reached number 13 in the chart": a bare count in figures that names a
/// place in an order (an ordinal, or a number after one of `rank_words`) is no amount, but a
/// figure may give the place: read as a compound adjective is, tied only through a cue of its
/// phrase (the noun after it, or a cue that takes in the rank word, "reached number"), so
/// "the 21st" of a month or "No 10" tie nothing. A number word in lower case after a rank word
/// is such a place too ("made its debut at number six": bbc/entertainment/083.txt).
fn rank_quantity(doc: &Doc, m: &NumberMention, i: usize) -> Option<NumberMention> {
    let toks = &doc.tokens;
    let bare = m.quantity.kind == Kind::Count && m.tokens == (i..m.core_end) && m.core_end == i + 1;
    let in_words = toks[i].is_word() && toks[i].text().starts_with(char::is_lowercase);
    if !bare || !(toks[i].kind == TokenKind::Number || in_words) || is_year(&toks[i]) {
        return None;
    }
    let after = toks.get(m.core_end).filter(|t| t.glued);
    // "79th", and an ordinal joined to the noun it places: "a 79th-minute own goal"
    let ordinal =
        !in_words && after.is_some_and(|t| matches!(t.lower().split('-').next(), Some("st" | "nd" | "rd" | "th")));
    let before = i
        .checked_sub(1)
        .filter(|&p| !toks[i].glued && lexicon().rank_words.contains(doc.lower_at(p)));
    let month_before = i > 0 && lexicon().months.contains_key(doc.lower_at(i - 1));
    let tokens = match (ordinal, before) {
        (true, _) if !month_before => i..m.core_end + 1,
        (false, Some(p)) => p..m.core_end,
        _ => return None,
    };
    Some(NumberMention {
        tokens,
        compound: true,
        ..m.clone()
    })
}

/// "her ninth in a row", "the fourth Oscar nomination", "Mauresmo's ninth": an ordinal in words
/// in lower case (`ordinal_places` in `rules/numbers.yaml`) after a determiner or a possessive names
/// a place in an order, as "the 117th captain" does: read as its number, tied only through a
/// cue of its phrase (bbc/sport/474.txt). Not after "a" ("a fifth" is a share), nor before
/// "of", a hyphen or a unit of time ("the fifth of May", "fourth-quarter", "the third day",
/// "the fourth quarter"), which name a date or a time. Before a superlative ("America's second
/// largest bank", bbc/business/326) or after a verb of finishing ("who came second",
/// `finish_verbs`, bbc/entertainment/207) it is a place whatever it is, "first" and "second"
/// too (`value_only_places`), tied only to a figure that is itself a place (`tie::orders_within`).
fn ordinal_in_words(doc: &Doc, i: usize) -> Option<NumberMention> {
    let lex = lexicon();
    let t = &doc.tokens[i];
    let word = t.text();
    let ranked_place = lex.ordinal_places.get(word).or_else(|| lex.value_only_places.get(word));
    let &place = ranked_place.filter(|_| t.is_word() && i > 0)?;
    let before = &doc.tokens[i - 1];
    let determined = before.is_possessive()
        || (lex.determiners.contains(doc.lower_at(i - 1)) && !matches!(doc.lower_at(i - 1), "a" | "an"));
    let hyphenated = doc.tokens.get(i + 1).is_some_and(|n| n.glued && n.text() == "-");
    let next = doc.lower_at(i + 1);
    let names_a_time = hyphenated || next == "of" || lex.time_units.contains(next);
    let finished = lex.finish_verbs.contains(doc.lower_at(i - 1));
    let contest_place = (determined && is_superlative(next)) || (finished && !names_a_time);
    let counted_place = lex.ordinal_places.contains_key(word) && determined && !names_a_time && !is_superlative(next);
    let value = i128::from(place) * MICRO;
    (contest_place || counted_place).then(|| NumberMention {
        compound: true,
        ..NumberMention::plain(i..i + 1, i, i + 1, Quantity::plain(value, value, 0, Kind::Count))
    })
}

/// Whether `word` is a superlative that ranks ("largest", "biggest", "most", "least").
pub(crate) fn is_superlative(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("est")) || matches!(word, "most" | "least")
}

/// "a 14-bank committee", "a five-strong shortlist", "a 15-year contract": a compound
/// adjective's number, tied only through the noun it modifies (`tie::modified_by`), never a
/// year ("a 1987-style budget").
fn compound_quantity(doc: &Doc, i: usize) -> Option<NumberMention> {
    let m = read_compound(doc, i)?;
    let digits = doc.tokens[i].kind == TokenKind::Number;
    let placed = !digits || (is_quantity_position(doc, i, i + 1, false, false) && !is_year(&doc.tokens[i]));
    placed.then_some(m)
}

/// Whether a bare number at `i` (no currency sign) is a quantity rather than a label or date.
/// A `measured` number (a decimal with a unit, or a percentage) after a word of position or a
/// label is an amount: "from the previous 6.2 tonnes", "closed the day 297.05 points down".
fn is_quantity_position(doc: &Doc, i: usize, end: usize, unit_range: bool, measured: bool) -> bool {
    let lex = lexicon();
    let toks = &doc.tokens;
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if let Some(p) = prev {
        let pl = p.lower();
        let glued_to_number = glued_to_next(p, toks, i) && (p.kind == TokenKind::Number || p.is_word());
        let counts = lex.position_words.contains(&pl) && (counts_things(doc, end) || opens_a_partitive(doc, end));
        let duration = lex.span_words.contains(&pl) && lex.time_units.contains(doc.lower_at(end));
        let label = lex.label_words.contains(&pl) && !(counts || duration || measured);
        if label || lex.months.contains_key(&pl) || glued_to_number || names_age_group(doc, i) {
            return false;
        }
        // "Oct. 7": a month abbreviation with its dot
        if p.is(".") && i >= 2 && lex.months.contains_key(&toks[i - 2].lower()) {
            return false;
        }
        // "10:30", "#5": a number written against the mark; "Att: 50,430" is a figure
        if matches!(p.text(), ":" | "/" | "#") && toks[i].glued {
            return false;
        }
        // the second number of a score or span: "2-1", "1986-87"
        if matches!(p.text(), "-" | "–") && p.glued && i >= 2 && toks[i - 2].kind == TokenKind::Number && toks[i].glued
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
        if n.glued && (matches!(nl.as_str(), "st" | "nd" | "rd" | "th" | "s") || matches!(n.text(), ":" | "/")) {
            return false; // ordinals, "1990s", times, fractions
        }
        if !unit_range
            && n.glued
            && n.text() == "-"
            && toks
                .get(end + 1)
                .is_some_and(|a| a.kind == TokenKind::Number && a.glued)
        {
            return false; // scores and spans: "2-1", "1986-87"
        }
    }
    true
}

/// "visits" in "the last three visits": a plural noun after a number, which the number counts
/// even after a word of position. A unit is no such noun: "the first five months" is a
/// period, "First 350 tons" a band of a table.
fn counts_things(doc: &Doc, at: usize) -> bool {
    let lex = lexicon();
    let Some(t) = doc.tokens.get(at) else { return false };
    let w = doc.lower_at(at);
    let unit = lex.time_units.contains(w)
        || lex.currency_words.contains_key(w)
        || lex.measures.iter().any(|(phrase, _)| phrase[0] == w);
    t.is_word()
        && !t.is_capitalized()
        && w.len() > 3
        && w.ends_with('s')
        && !(unit || lex.stop_words.contains(w) || lex.connectors.contains(w))
}

/// "of his seven years" in "the last two of his seven years" (bbc/sport/361.txt): "of", at
/// most one word, and a number (no year) counting the set the number before is a part of,
/// which that number counts even after a word of position (`is_partitive` reads the two).
fn opens_a_partitive(doc: &Doc, at: usize) -> bool {
    let lex = lexicon();
    let counts_the_set = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            let in_words = lex.is_number_part(doc.lower_at(k));
            (t.kind == TokenKind::Number && !is_year(t)) || (in_words && doc.lower_at(k) != "a")
        })
    };
    let one_word_then_number = doc.tokens.get(at + 1).is_some_and(Token::is_word) && counts_the_set(at + 2);
    doc.lower_at(at) == "of" && (counts_the_set(at + 1) || one_word_then_number)
}

/// "banks", "creditor banks": a plural noun in lower case at `at`, or after one lower-case
/// word that modifies it.
fn counts_plural_noun(doc: &Doc, at: usize) -> bool {
    let modifier = doc.tokens.get(at).is_some_and(|t| t.is_word() && !t.is_capitalized());
    counts_things(doc, at) || (modifier && counts_things(doc, at + 1))
}

/// How many capitalised words may name the owner or maker of what a number counts.
const NAME_WORDS: usize = 3;

/// "13 million Delta shares", "two million BT customers": capitalised words at `at` and a
/// plural noun after them, which the number before them counts.
fn counts_named_things(doc: &Doc, at: usize) -> bool {
    let capitalised = |k: &usize| doc.tokens.get(*k).is_some_and(|t| t.is_word() && t.is_capitalized());
    let names = (at..at + NAME_WORDS).take_while(capitalised).count();
    names > 0 && counts_things(doc, at + names)
}

/// Whether a fraction in words ("half", "a third") at `i` is a share of something ("half of
/// the staff", "cut by a third.") rather than a period or a thing ("the second half", "half
/// an hour"). After a qualifier more words may follow it ("about a fifth in real terms", but
/// not "about a third term", but "by about one-fifth if they were elected", where a conjunction
/// opens the next clause); a conjunction before "of" blocks nothing ("shows that half of
/// owners"), nor does a participle after a qualified one ("nearly a fifth saying").
fn is_proportion_position(doc: &Doc, m: &NumberMention, i: usize, end: usize) -> bool {
    let lex = lexicon();
    let before = i.checked_sub(1).map_or("", |p| doc.lower_at(p));
    let after = doc.lower_at(end);
    let blocked =
        lex.proportion_blockers.contains(before) && !(after == "of" && lex.proportion_conjunctions.contains(before));
    // "with nearly a fifth saying they were too sick": a participle after a qualified share
    let participle = after.len() > 4 && after.ends_with("ing");
    let qualified_follower = lex.qualified_proportion_followers.contains(after) || participle;
    let followed = doc.tokens.get(end).is_none_or(|t| !t.is_word())
        || lex.proportion_followers.contains(after)
        || (m.quantity.bound.is_some() && qualified_follower);
    !blocked && followed
}

/// Whether the token after `prev` is written against it (and `prev` is not an opening mark).
fn glued_to_next(prev: &Token, toks: &[Token], next: usize) -> bool {
    toks.get(next).is_some_and(|n| n.glued) && !matches!(prev.text(), "(" | "\"" | "“" | "'" | "‘" | "-" | "—" | "–")
}

/// "nine months", "90-day", "six-year-old": a span of time or a compound modifier.
fn is_time_or_compound(toks: &[Token], at: usize) -> bool {
    let lex = lexicon();
    toks.get(at).is_some_and(|t| lex.time_units.contains(&t.lower())) || is_compound(toks, at)
}

/// Whether a hyphen joins the number before `at` to the word after it ("14-bank").
fn is_compound(toks: &[Token], at: usize) -> bool {
    let hyphen = toks.get(at).is_some_and(|t| t.text() == "-" && t.glued);
    hyphen && toks.get(at + 1).is_some_and(|n| n.is_word() && n.glued)
}

/// "Rover 25", "Boeing 747", "Channel 4": a small bare number right after a capitalised word
/// inside a sentence names a thing rather than counting it. A number in lower-case words after
/// a possessive counts what the name owns ("The Aviator's six prizes"), and so does one in
/// digits before a plural noun in lower case ("Argentina's 350 creditor banks"); in digits
/// before another word, or in capitals, it may still be a name ("Boeing's 777 line",
/// "Saturday's Six Nations clash").
fn is_model_number(doc: &Doc, i: usize, end: usize, value: i128) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let lex = lexicon();
    let in_lower_case_words = doc.tokens[i].is_word() && !doc.tokens[i].is_capitalized();
    value < 1000 * MICRO
        && prev.is_word()
        && prev.is_capitalized()
        && !(prev.is_possessive() && (in_lower_case_words || counts_plural_noun(doc, end)))
        && doc.sentence(i).start < i - 1
        && !lex.months.contains_key(&prev.lower())
        && !lex.qualifiers.iter().any(|(q, _)| q.last() == Some(&prev.lower()))
}

/// "the 2004 Six Nations campaign", "Channel Four": a number word with a capital inside a
/// sentence, beside another capitalised word, is a word of a name (not in copy in capitals).
fn in_a_name(doc: &Doc, i: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    let t = &toks[i];
    let capitalised_word = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.is_capitalized());
    let mixed_case = t.text().chars().any(char::is_lowercase);
    let inside_sentence = i > doc.sentence(i).start && toks[i - 1].kind != TokenKind::Symbol;
    t.is_word()
        && t.is_capitalized()
        && mixed_case
        && inside_sentence
        && (capitalised_word(end) || capitalised_word(i - 1))
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

/// "aged 18 to 21", "at the age of 65": a number right after one of `age_words` is an age.
fn is_age(doc: &Doc, m: &NumberMention) -> bool {
    let start = m.tokens.start;
    lexicon().age_words.iter().any(|phrase| {
        start >= phrase.len()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| doc.lower_at(start - phrase.len() + k) == w)
    })
}

/// "39% of people under 55", "those over 65": a number after one of `age_group_bounds` right
/// after a noun of people (`age_group_nouns`) names their age group, as "the over-55s" does:
/// no amount the story reports, and no count or share of the people.
fn names_age_group(doc: &Doc, i: usize) -> bool {
    let lex = lexicon();
    i >= 2 && lex.age_group_bounds.contains(doc.lower_at(i - 1)) && lex.age_group_nouns.contains(doc.lower_at(i - 2))
}

/// A bare count in a sentence after a money amount or percentage takes its unit, as in
/// "Taiwan 7.1 billion dlrs, Hong Kong 6.4 billion".
fn inherit_units(doc: &Doc, mentions: &mut [NumberMention]) {
    let lex = lexicon();
    // a span of time between is no neighbour: "120 mln dlrs over the next six years,
    // including 10 mln"
    let span = |m: &NumberMention| matches!(&m.quantity.kind, Kind::Measure(d) if lex.separate_dimensions.contains(d));
    for k in 1..mentions.len() {
        // a number with its conversion in brackets is an amount of its own, in a unit the copy
        // left out, not the previous amount's: "took $28.5m (£15.2m), making a total of 204.3m
        // (£109m)" (bbc/entertainment/297) gives the total in dollars, not pounds
        let converted = (mentions.get(k + 1)).is_some_and(|next| is_bracketed_conversion(doc, &mentions[k], next));
        // ... and a percentage is no neighbour of millions: in "699.4 mln dlrs, up 0.2 pct from
        // January's 697.8 mln" the millions are dollars (reuters21578/02906.txt)
        let scaled = mentions[k].scaled;
        let lends = |m: &NumberMention| {
            !span(m) && !(scaled && m.quantity.kind == Kind::Percent) && m.quantity.kind != Kind::Tally
        };
        let (before, rest) = mentions.split_at_mut(k);
        let Some(prev) = before.iter().rev().find(|m| lends(m)).filter(|_| !converted) else {
            continue;
        };
        let cur = &mut rest[0];
        // a compound names a kind of thing, lending no unit and taking none ("35-mm cameras
        // ... 70,000"; "the 15-member board to nine from six")
        if cur.compound || prev.compound {
            continue;
        }
        // a part of a currency is no unit for millions ("76 cents, based on about 37.8 mln")
        let part_for_scaled = prev.quantity.factor < 1.0 && prev.quantity.kind.is_money() && cur.scaled;
        // a count per a thing no lexicon lists counts something ("an average of 22 per
        // surveyor"), where "1.10 a share" may still be the dollars before it
        let rated = cur
            .quantity
            .per
            .as_ref()
            .is_some_and(|per| !lex.rates.iter().any(|(_, p)| p == per));
        // "a single HSDPA device", "only one BT customer": one written in words before a name
        // counts the thing the name starts, a unit of its own being written out ("one
        // megabit"); "dropped one to 75" is still the unit's
        let one_in_words = cur.quantity.low == MICRO && doc.tokens[cur.core].is_word();
        if cur.quantity.kind != Kind::Count
            || prev.quantity.kind == Kind::Count
            || is_price_in_fractions_of_a_point(doc, cur)
            || part_for_scaled
            || is_age(doc, cur)
            || rated
            || another_size(prev, cur)
            || count_noun_between(doc, prev, cur)
        {
            continue;
        }
        if doc.sentence_index(prev.core) != doc.sentence_index(cur.core) {
            continue;
        }
        let next = doc.tokens.get(cur.tokens.end);
        // a participle continues too: "the 460 mln announced on Tuesday", and an irregular one
        // (`verb_forms` in `rules/dates.yaml`): "eight pct more than the 862 mln spent in 1986"
        // (reuters21578/09639.txt)
        let participle =
            |t: &Token| (t.text().len() > 4 && t.text().ends_with("ed")) || lex.verb_forms.contains_key(&t.lower());
        // "against a 4.3 billion deficit": an amount of money after money
        let money_noun =
            |t: &Token| cur.scaled && prev.quantity.kind.is_money() && lex.money_nouns.contains(&t.lower());
        let continues = next.is_none_or(|t| {
            !t.is_word()
                || (!t.text().starts_with(char::is_lowercase)
                    && !one_in_words
                    && !counts_named_things(doc, cur.tokens.end))
                || LIST_CONTINUATIONS.contains(&t.text())
                || participle(t)
                || money_noun(t)
        });
        if continues {
            // the number as written stays a reading: a figure the facts give as the bare count
            // the copy wrote ("was up 2p at 372" for `372`, reuters21578/13993.txt) is still it;
            // not a scaled one, an amount whose currency the copy left out ("to reach 39 billion
            // dlrs this year from 33.5 billion" is no count of the six countries before it,
            // reuters21578/10632.txt)
            if cur.quantity.also.is_none() && !cur.scaled {
                cur.quantity.also = Some(Box::new(cur.quantity.clone()));
            }
            cur.quantity.kind = prev.quantity.kind.clone();
            cur.quantity.factor = prev.quantity.factor;
            cur.quantity.per = prev.quantity.per.clone();
            take_the_scale_of_one_size(doc, prev, cur);
        }
    }
}

/// "closed unchanged at 99-28/32 to yield 7.51 pct" (reuters21578/07607.txt): a whole number
/// and a fraction in 32nds or 64ths (`price_denominators`) is a bond's price in points, no
/// percentage nor amount of the unit of a number before it ("the key 7-1/2 pct Treasury bonds").
fn is_price_in_fractions_of_a_point(doc: &Doc, m: &NumberMention) -> bool {
    let last = m.core_end.saturating_sub(1);
    let over = last.checked_sub(1).is_some_and(|k| doc.tokens[k].text() == "/");
    over && m.core_end == m.tokens.end && lexicon().price_denominators.contains(doc.tokens[last].text())
}

/// "against 236 mln dlrs in March and 255 in April 1986" (reuters21578/18347.txt): a bare
/// number in a list after a scaled amount whose number is of its size (within tenfold) is in
/// that scale too, written once, as "from 4.3 to 7.4 billion dlrs" is; a number of another
/// size is not ("from 500 to 1.2 million"), nor one written in full (`another_size`).
fn take_the_scale_of_one_size(doc: &Doc, prev: &NumberMention, cur: &mut NumberMention) {
    let Some(scale) = written_scale(doc, prev).filter(|_| !cur.scaled) else {
        return;
    };
    let written = prev.quantity.low / i128::from(scale);
    let (small, large) = (written.min(cur.quantity.high).max(1), written.max(cur.quantity.high));
    if large > small.saturating_mul(10) {
        return;
    }
    cur.quantity.low *= i128::from(scale);
    cur.quantity.high *= i128::from(scale);
    let digits = scale.ilog10();
    if 10u64.pow(digits) == scale {
        cur.quantity.exponent += digits as i32;
    }
}

/// "nearly 90 pct of the respondents believed that the total number of market makers in three
/// years time would be less than 20" (reuters21578/04608): a noun of a count (`count_nouns`)
/// between a unit's number and a bare one names what the bare one counts.
fn count_noun_between(doc: &Doc, prev: &NumberMention, cur: &NumberMention) -> bool {
    let count_nouns = &lexicon().count_nouns;
    (prev.tokens.end..cur.tokens.start).any(|k| count_nouns.contains(doc.lower_at(k)))
}

/// "the last two of his seven years" (bbc/sport/361.txt): a bare count that is a part of a set
/// measured in a unit, unscaled, is that many of the unit (two years), as the set's noun is the
/// part's too.
fn parts_take_the_sets_unit(doc: &Doc, mentions: &mut [NumberMention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (part, set) = (&mut before[k - 1], &after[0]);
        let bare = part.quantity.kind == Kind::Count && part.tokens.end == part.core_end && !part.scaled;
        let measured = matches!(set.quantity.kind, Kind::Measure(_)) && !set.scaled;
        if bare && measured && !part.compound && !set.compound && is_partitive(doc, part, set) {
            part.quantity.kind = set.quantity.kind.clone();
            part.quantity.factor = set.quantity.factor;
        }
    }
}

/// "The 548.76 mln cash would cover" (reuters21578/10830.txt, pages after "548.76 mln rupees
/// were needed"): a scaled count before a noun of money (`money_nouns`) names an amount of money
/// even with no money before it in its sentence (where `inherit_units` reads it).
fn before_a_money_noun(doc: &Doc, cur: &NumberMention) -> bool {
    lexicon().money_nouns.contains(doc.lower_at(cur.tokens.end))
}

/// How many lower-case words may join a noun of money to the amount it reaches: a verb and its
/// preposition ("profits fell to", "the loss was").
const MONEY_NOUN_REACH: usize = 2;

/// "Total pre-tax profits fell to 254 mln after 268 mln in 1985" (reuters21578/08902.txt, a
/// sentence after "a 184.2 mln stg charge"): a scaled count that a noun of money reaches by a
/// verb and perhaps its preposition names an amount of that money, where it closes its noun
/// phrase, before a mark or a function word ("profits rose to 20 mln in 1986"; not "loans to
/// 20 mln farmers", a count of them).
fn reached_by_a_money_noun(doc: &Doc, cur: &NumberMention) -> bool {
    let start = cur.tokens.start;
    let sentence_start = doc.sentence(start).start;
    let lex = lexicon();
    let closes = doc
        .tokens
        .get(cur.tokens.end)
        .is_none_or(|t| !t.is_word() || LIST_CONTINUATIONS.contains(&t.text()) || lex.stop_words.contains(t.text()));
    let noun_at = (1..=MONEY_NOUN_REACH)
        .filter_map(|between| start.checked_sub(between + 1))
        .filter(|&noun| noun >= sentence_start)
        .find(|&noun| lex.money_nouns.contains(doc.lower_at(noun)));
    closes && noun_at.is_some_and(|noun| (noun + 1..start).all(|k| doc.lower_case_word_at(k)))
}

/// A scaled count that `names_money` says names an amount of money is in the currency of the
/// last amount of money the story gave before it, not a part of one ("cts").
fn money_named_by(doc: &Doc, mentions: &mut [NumberMention], names_money: fn(&Doc, &NumberMention) -> bool) {
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let cur = &mut rest[0];
        if cur.quantity.kind != Kind::Count || !cur.scaled || cur.compound || !names_money(doc, cur) {
            continue;
        }
        let money = before.iter().rev().find(|m| m.quantity.kind.is_money() && !m.compound);
        if let Some(money) = money.filter(|m| m.quantity.factor == 1.0) {
            cur.quantity.kind = money.quantity.kind.clone();
            cur.quantity.factor = money.quantity.factor;
        }
    }
}

/// "a par value of 60 and 12 cents", "rose 5 or 6 pct": a bare count right before "and" or
/// "or" and a number with a unit of its own (and no scale, which may be the second's alone)
/// takes that unit, written once for both; so does a count before it, in turn. The start of a
/// change does too, right before the "to" of its end ("fell from 36 to just 21 days": 36 days,
/// not a count of the call centres named before it; bbc/business/020.txt).
fn units_written_once_after(doc: &Doc, mentions: &mut [NumberMention]) {
    for k in (1..mentions.len()).rev() {
        let (before, after) = mentions.split_at_mut(k);
        let (cur, next) = (&mut before[k - 1], &after[0]);
        let bare = cur.quantity.kind == Kind::Count && cur.tokens.end == cur.core_end && !cur.scaled;
        let opens_change = cur
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|f| doc.lower_at(f) == "from");
        let link = doc.lower_at(cur.tokens.end);
        let joined =
            next.tokens.start == cur.tokens.end + 1 && (matches!(link, "and" | "or") || (link == "to" && opens_change));
        let lends = next.quantity.kind != Kind::Count && !next.scaled && !next.compound;
        if bare && joined && lends && !cur.compound && !is_age(doc, cur) {
            take_the_unit_of(cur, next);
        }
    }
}

/// Gives a bare count the unit (kind, factor and rate) of `lender`, a neighbour that writes it
/// for both. A tally has none to give: "won 3-1 and 2" leaves the 2 a count.
fn take_the_unit_of(cur: &mut NumberMention, lender: &NumberMention) {
    if lender.quantity.kind == Kind::Tally {
        return;
    }
    cur.quantity.kind = lender.quantity.kind.clone();
    cur.quantity.factor = lender.quantity.factor;
    cur.quantity.per = lender.quantity.per.clone();
}

/// "I had five years there as a coach, six as a player, two years as a manager"
/// (bbc/sport/126.txt): a bare count between two items of a comma list that write one and the
/// same unit is an item of that list in that unit, the copy writing it only at the list's
/// ends. Spans of time too, which lend no unit to a neighbour on one side alone
/// (`inherit_units`: "120 mln dlrs over the next six years, including 10 mln"); with the unit
/// on both sides the list is of that unit. Scaled and compound neighbours lend nothing here,
/// and a count with a noun of its own after it counts that ("in three years for the final, ...
/// a club 36 places inferior ..., and a manager 19 years his junior": bbc/sport/180.txt), so
/// only one before a function word or a mark ("six as a player") is the list's.
fn counts_between_items_of_one_unit(doc: &Doc, mentions: &mut [NumberMention]) {
    for k in 1..mentions.len().saturating_sub(1) {
        let (before, rest) = mentions.split_at_mut(k);
        let (prev, (cur, after)) = (&before[k - 1], rest.split_first_mut().expect("k < len - 1"));
        let next = &after[0];
        let bare = cur.quantity.kind == Kind::Count && cur.tokens.end == cur.core_end && !cur.scaled && !cur.compound;
        let lender = |m: &NumberMention| m.quantity.kind != Kind::Count && !m.scaled && !m.compound;
        let one_unit = prev.quantity.kind == next.quantity.kind
            && prev.quantity.factor == next.quantity.factor
            && prev.quantity.per == next.quantity.per;
        let sentence = doc.sentence_index(cur.core);
        let in_the_sentence = |m: &NumberMention| doc.sentence_index(m.core) == sentence;
        let comma_between =
            |a: &NumberMention, b: &NumberMention| (a.tokens.end..b.tokens.start).any(|t| doc.tokens[t].text() == ",");
        let listed = comma_between(prev, cur) && comma_between(cur, next);
        let stop_words = &lexicon().stop_words;
        let unit_left_out = doc
            .tokens
            .get(cur.tokens.end)
            .is_some_and(|t| !t.is_word() || stop_words.contains(doc.lower_at(cur.tokens.end)));
        if bare
            && lender(prev)
            && lender(next)
            && one_unit
            && in_the_sentence(prev)
            && in_the_sentence(next)
            && listed
            && unit_left_out
            && !is_age(doc, cur)
        {
            take_the_unit_of(cur, next);
        }
    }
}

/// How many times a scaled amount may be a number written in full in its list and still lend
/// it its unit.
const LENT_UNIT_SPAN: i128 = 1000;

/// "exports totalled 733 mln kilos, up from 725,000 a year earlier": a number written in full
/// a thousandfold or more below a scaled neighbour is no amount of the neighbour's unit (the
/// copy converted one amount and not the other), so it takes no unit from it ("Taiwan 7.1
/// billion dlrs, Hong Kong 6.4 billion", "500 mln marks, not the 460 mln" still do).
fn another_size(prev: &NumberMention, cur: &NumberMention) -> bool {
    let full = !cur.scaled && cur.quantity.high >= LENT_UNIT_SPAN * MICRO;
    full && prev.scaled && prev.quantity.low / LENT_UNIT_SPAN >= cur.quantity.high
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Bound;
    use crate::quantity::Quantity;

    fn read(text: &str) -> Vec<(String, Quantity)> {
        let doc = Doc::new(text);
        extract_numbers(&doc)
            .into_iter()
            .map(|m| (doc.words(m.tokens.clone()), m.quantity))
            .collect()
    }

    #[test]
    fn millions_take_no_percentage_from_a_neighbour() {
        // reuters21578/02906: "billings for February totaled 699.4 mln dlrs, up 0.2 pct from
        // January's 697.8 mln"
        let found = read("billings for February totaled 699.4 mln dlrs, up 0.2 pct from January's 697.8 mln, it said.");
        assert_eq!(found[2].1.kind, Kind::Money("USD".into()), "{found:?}");
    }

    fn one(text: &str) -> Quantity {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
        found.into_iter().next().unwrap().1
    }

    #[test]
    fn a_measure_in_parts_is_one_mention() {
        // a height, a weight and a time as copy writes them: one quantity each, so a figure of
        // `6ft 2in` is checked against the whole height, never against "6ft" or "2in" alone
        for (text, parts) in [
            ("The 6ft 2in striker signed on Monday.", "6ft 2in"),
            ("She weighed in at 14st 2lb last week.", "14st 2lb"),
            ("He finished in 2hr 5min 30sec, a record.", "2hr 5min 30sec"),
            (
                "The debate lasted four hours and five minutes.",
                "four hours and five minutes",
            ),
        ] {
            let found = read(text);
            assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
            assert_eq!(found[0].0, parts);
        }
    }

    #[test]
    fn a_number_with_its_bound_glued_on_before_a_noun_is_an_adjective_of_it() {
        // bbc/business/354.txt: "Between 10 and 12 of the 80-odd resorts have been severely
        // damaged": the 80-odd resorts are tied only through their noun, not "damaged"
        let doc = Doc::new("Between 10 and 12 of the 80-odd resorts have been severely damaged.");
        let found = extract_numbers(&doc);
        let resorts = found
            .iter()
            .find(|m| doc.words(m.tokens.clone()) == "80-odd")
            .expect("80-odd");
        assert!(resorts.compound && resorts.quantity.bound == Some(Bound::Lower));
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
    fn a_scaled_count_before_a_noun_of_money_is_in_the_storys_last_currency() {
        // reuters21578/10830.txt: "548.76 mln rupees were needed ... The 548.76 mln cash"
        let text = "The letter said 548.76 mln rupees were needed. Output was 70 mln bushels. \
                    The 548.76 mln cash would cover payments.";
        let found = read(text);
        assert_eq!(found[2].0, "548.76 mln");
        assert_eq!(found[2].1.kind, found[0].1.kind);
        assert!(found[0].1.kind.is_money());
        // before another noun it is still a count
        let text = "The letter said 548.76 mln rupees were needed. The 20 mln villagers waited.";
        assert_eq!(read(text)[1].1.kind, Kind::Count);
    }

    #[test]
    fn a_scaled_count_a_money_noun_reaches_is_in_the_storys_last_currency() {
        // reuters21578/08902.txt: "a 184.2 mln stg charge ... pre-tax profits fell to 254 mln
        // after 268 mln in 1985"
        let text = "A 12.5 mln stg charge was made. Group losses rose to 40 mln after 35 mln in 1985.";
        let found = read(text);
        assert!(found[0].1.kind.is_money());
        assert_eq!((found[1].0.as_str(), &found[1].1.kind), ("40 mln", &found[0].1.kind));
        assert_eq!((found[2].0.as_str(), &found[2].1.kind), ("35 mln", &found[0].1.kind));
        // a noun after the count says what it counts
        let text = "A 12.5 mln stg charge was made. Its loans went to 40 mln farmers.";
        assert_eq!(read(text)[1].1.kind, Kind::Count);
    }

    #[test]
    fn a_scaled_count_before_a_requirement_is_an_amount_of_money() {
        // reuters21578/09975.txt: reserves held against the Bundesbank's reserve requirement
        let text = "Banks were well stocked up with funds, having an average 52.1 billion marks in \
                    Bundesbank minimum reserves in the first 24 days of March, well above the 50.7 \
                    billion requirement.";
        let found = read(text);
        let required = found
            .iter()
            .find(|f| f.0 == "50.7 billion")
            .expect("the requirement is read");
        assert_eq!(required.1.kind, found[0].1.kind);
        assert!(found[0].1.kind.is_money());
    }

    #[test]
    fn a_number_naming_an_age_group_is_no_amount() {
        // bbc/politics/043.txt: "compared with 39% of people under 55"
        let found = read("70% said they would be certain to vote, compared with 39% of people under 55.");
        let written: Vec<&str> = found.iter().map(|(words, _)| words.as_str()).collect();
        assert_eq!(written, ["70%", "39%"]);
        // after another noun the bound is the number's: "crowds under 5,000"
        assert_eq!(read("drew crowds under 5,000 last season")[0].0, "under 5,000");
    }

    #[test]
    fn a_span_of_years_before_olds_is_an_age() {
        // bbc/politics/043.txt: "compared with just 17% of 18 to 24 year olds"
        let found = read("compared with just 17% of 18 to 24 year olds.");
        let (written, band) = &found[1];
        assert_eq!(written, "18 to 24 year");
        assert_eq!(
            (band.kind.clone(), band.low, band.high),
            (Kind::Count, 18 * MICRO, 24 * MICRO)
        );
        assert!(band
            .also
            .as_ref()
            .is_some_and(|years| matches!(&years.kind, Kind::Measure(d) if d == "time")));
        // a span of years before anything else stays a span
        assert!(matches!(one("served 18 years older than him").kind, Kind::Measure(_)));
    }

    #[test]
    fn wire_abbreviations() {
        let q = one("borrow 2.3 billion dlrs in");
        assert_eq!(q.kind, Kind::Money("USD".into()));
        assert_eq!(q.low, 2_300_000_000 * MICRO);
        assert_eq!(one("a 150 mln stg loan").kind, Kind::Money("GBP".into()));
        assert_eq!(one("rose 11.2 pct").kind, Kind::Percent);
        assert_eq!(one("a 500 mln-dlr bridge loan").kind, Kind::Money("USD".into()));
        assert_eq!(one("17.18 billion N.Z. Dlrs").kind, Kind::Money("NZD".into()));
    }

    #[test]
    fn an_amount_with_its_scale_hyphenated_to_the_number_is_that_amount() {
        // reuters21578/08055: "a further 60-mln-dlr stand-by loan", "Bolivia's 4.0-billion-dlr
        // foreign debt": the amount as an adjective, as "a 500 mln-dlr bridge loan" is
        let loan = one("can expect a further 60-mln-dlr stand-by loan over the");
        assert_eq!((loan.kind, loan.low), (Kind::Money("USD".into()), 60_000_000 * MICRO));
        assert_eq!(
            one("the country's 4.0-billion-dlr foreign debt").low,
            4_000_000_000 * MICRO
        );
        // a scale with no currency is no amount: not read as a count of millions
        assert!(read("the 60-million population")
            .iter()
            .all(|(_, q)| q.low != 60_000_000 * MICRO));
    }

    #[test]
    fn a_letter_joined_by_an_ampersand_is_an_initial_not_a_unit() {
        // bbc/business/184: "a basket of 35 M&S goods" counts goods, never 35 metres
        assert_eq!(one("showing that a basket of 35 M&S goods is").kind, Kind::Count);
        assert_eq!(one("the 12 P&O ferries sailed").kind, Kind::Count);
        assert!(matches!(one("a wall 35 m high").kind, Kind::Measure(_)));
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
            "at 15:10 GMT",
            "the 1990s were",
            "in Feb 26 trading",
            "production of the Rover 25 to China",
            "in the period 2006 to 2015 the",
        ] {
            assert!(read(text).is_empty(), "{text:?} gave {:?}", read(text));
        }
    }

    #[test]
    fn a_number_word_with_a_capital_inside_a_sentence_may_be_a_word_of_a_name() {
        // bbc/sport/373's class
        for text in [
            "he missed the entire 2004 Six Nations campaign",
            "shown on Channel Four tonight",
        ] {
            assert!(read(text).is_empty(), "{text:?} gave {:?}", read(text));
        }
        assert_eq!(one("Six nations took part.").low, 6 * MICRO, "a sentence's first word");
        assert_eq!(one("SIX NATIONS TOOK PART.").low, 6 * MICRO, "copy in capitals");
    }

    #[test]
    fn a_number_after_a_possessive_name_counts() {
        // bbc/entertainment/372: "The Aviator's other awards came for ..."
        for text in [
            "Then The Aviator's six prizes came",
            "Then Britain's five big banks",
            "talks with Argentina's 350 creditor banks",
            "Then Britain's 12 regions",
        ] {
            assert_eq!(read(text).len(), 1, "{text:?}");
        }
        // bbc/business/069, bbc/sport/287: a name's model or a name in capitals
        for text in [
            "a rival to Boeing's 777 line",
            "for Saturday's Six Nations clash",
            "a rival to Boeing's 777 jumbo line",
        ] {
            assert!(read(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn a_number_after_a_label_and_its_colon_is_a_figure() {
        assert_eq!(one("Booked: Ben Haim. Att: 50,430 Ref: S Dunn").low, 50_430 * MICRO);
        assert!(read("kick-off at 19:45 tonight").is_empty());
    }

    #[test]
    fn one_in_words_takes_no_unit_from_a_neighbour() {
        let found = read("speeds of 2.9Mbps were recorded using a single HSDPA device");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
        let found = read("wheat fell 2 australs to 75 and dropped one to 74 at Rosario");
        assert!(
            found.iter().all(|(_, q)| q.kind == Kind::Money("ARA".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_number_with_letters_written_against_it_is_a_label() {
        for text in [
            "faster than current 3G networks",
            "at the 3GSM World Congress",
            "the 4x4 market",
        ] {
            assert!(read(text).is_empty(), "{text:?} gave {:?}", read(text));
        }
        assert_eq!(one("a 5kg bag").low, 5 * MICRO, "a unit written against it");
        assert_eq!(one("speeds of 14Mbps").low, 14 * MICRO);
    }

    /// The tallies `text` reads, as (counts low, high).
    fn tallies(text: &str) -> Vec<(i128, i128)> {
        let doc = Doc::new(text);
        let kind = |m: &NumberMention| m.quantity.kind == Kind::Tally;
        let counts = |m: NumberMention| (m.quantity.low / MICRO, m.quantity.high / MICRO);
        extract_numbers(&doc).into_iter().filter(kind).map(counts).collect()
    }

    #[test]
    fn a_falling_or_level_pair_or_one_beside_a_tally_word_is_a_tally() {
        assert_eq!(tallies("Arsenal beat Chelsea 3-1 at home."), [(1, 3)]);
        assert_eq!(tallies("The sides drew 2-2 on Saturday."), [(2, 2)]);
        assert_eq!(
            tallies("They lost 1-2 to Leeds."),
            [(1, 2)],
            "a rising pair after a tally word"
        );
        assert_eq!(tallies("It ended in a 1-2 defeat."), [(1, 2)], "a tally noun after it");
        assert_eq!(tallies("The house voted 312 to 70 for it."), [(70, 312)]);
        assert_eq!(tallies("He was quoted at odds of eight to one."), [(1, 8)]);
        assert_eq!(tallies("It was approved by a 304-100 vote."), [(100, 304)]);
        assert_eq!(tallies("The visitors went 19-5 up."), [(5, 19)], "a falling pair alone");
    }

    #[test]
    fn seasons_dates_ranges_phone_numbers_cricket_and_prices_are_no_tallies() {
        for text in [
            "He joined in the 2004-05 season.",
            "Their 1998-99 campaign was poor.",
            "the 9-11 attacks",
            "between March 19-22, officials said",
            "the 20-25 largest banks",
            "they won 20-25 seats",
            "prices rose 3-1 pct",
            "Call 020-7946-0000 now.",
            "England were 245-6 at lunch.",
            "They won after reaching 245-6.",
            "Fees are 1-1/4 pct.",
            "a 4-3-3 formation",
            "Qantas bought a 747-300 last year.",
            "rates fell from 8 to 5",
            "the 3-4 age group",
            "it rose 5 to 3",
            "at 10:30-11",
            "limited to options on 10 to 15 leading Swiss shares",
        ] {
            assert_eq!(tallies(text), [], "{text:?}");
        }
    }

    #[test]
    fn phone_numbers_and_clock_times_are_no_quantities() {
        // bbc/entertainment/141, bbc/tech/015, bbc/entertainment/114, bbc/tech/245
        for text in [
            "Police appealed for public help on 0845 8 505 505 or 0800 555 111.",
            "by telephoning 0800 028 9276 in the UK.",
            "a curfew between 2200 and 0700, except",
            "to add a novel dark edge to a 007 game",
        ] {
            let found: Vec<String> = read(text).into_iter().map(|(w, _)| w).collect();
            assert!(found.iter().all(|w| w == "2200"), "{text:?} gave {found:?}");
        }
        assert_eq!(one("a fine of 0.5 pct").low, MICRO / 2, "a decimal is a number");
    }

    #[test]
    fn compound_adjectives_are_read_as_such() {
        // reuters21578/00950: "over-represented on the 14-bank advisory committee"
        let doc = Doc::new("on the 14-bank advisory committee, a 90-day freeze and a five-strong panel");
        let found: Vec<(String, bool)> = extract_numbers(&doc)
            .into_iter()
            .map(|m| (doc.words(m.tokens.clone()), m.compound))
            .collect();
        let expected = [("14-bank", true), ("90-day", true), ("five-strong", true)];
        assert_eq!(found, expected.map(|(t, c)| (t.to_string(), c)));
        assert_eq!(one("a 90-day freeze").kind, Kind::Measure("time".into()));
        assert!(read("the 1987-style budget").is_empty(), "a year is no compound");
    }

    #[test]
    fn spans_of_time_are_measures() {
        let q = one("for nine months");
        assert_eq!(q.kind, Kind::Measure("time".into()));
        assert!(!q.kind.ties_to(&Kind::Count), "never tied to a count");
        assert!(
            one("474,000 bpd").kind.ties_to(&Kind::Count),
            "a count whose unit the facts leave out"
        );
        assert!(
            !Kind::Count.ties_to(&one("50,000 hectares").kind),
            "a count in the story is not an area"
        );
    }

    #[test]
    fn a_price_in_32nds_takes_no_unit_from_a_percentage_before_it() {
        // reuters21578/07607: "the key 7-1/2 pct Treasury bonds of 2016 closed unchanged at
        // 99-28/32 to yield 7.51 pct"
        let found = read("The 8-1/4 pct notes rose to 101-12/32 to yield 7.9 pct.");
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
        let found = read("The 8-1/4 pct notes rose to 101-1/2 from 99.");
        assert_eq!(
            found[1].1.kind,
            Kind::Percent,
            "a half is no price's fraction: {found:?}"
        );
    }

    #[test]
    fn a_count_between_two_items_of_one_unit_is_in_that_unit() {
        // bbc/sport/126: a career told as a list of spans of time, the middle one bare
        let found = read("She spent three years there as a nurse, four as a teacher, eight years as a head.");
        assert_eq!(found[1].1.kind, Kind::Measure("time".into()), "{found:?}");
        // a span on one side only lends nothing: the ten are no years (but the dollars')
        let found = read("It spends 120 mln dlrs over the next six years, including 10, the firm said.");
        assert_eq!(found[2].1.kind, Kind::Money("USD".into()), "{found:?}");
        // nor a count of a noun of its own
        let found = read("in three years for the final, a club 36 places below, and a coach 19 years older.");
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
        // nor does a list whose ends differ in unit
        let found = read("He served three years as a nurse, four as a teacher, eight months as a head.");
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
    }

    #[test]
    fn an_age_with_its_first_hyphen_left_out_is_a_compound() {
        // reuters21578/05180: "interest payable on the 10 year-old debt"
        let doc = Doc::new("interest payable on the 10 year-old debt, and set a 25 year repayment term");
        let found = extract_numbers(&doc);
        assert_eq!(doc.words(found[0].tokens.clone()), "10 year-old");
        assert!(found[0].compound && found[0].quantity.also.is_some(), "{found:?}");
    }

    #[test]
    fn a_unit_of_time_after_an_amounts_noun_is_its_rate() {
        // bbc/politics/181: "a week" after "three hours of extra activity" is no span of its own
        let spans = |text: &str| read(text).into_iter().map(|(words, _)| words).collect::<Vec<_>>();
        assert_eq!(
            spans("to provide up to three hours of extra activity a week by 2010."),
            ["up to three hours"]
        );
        assert_eq!(
            spans("to get at least two hours of high-quality physical education\" a week."),
            ["at least two hours"]
        );
        // a span where no amount's noun stands right before it
        assert_eq!(spans("two hours of talks lasted a week."), ["two hours", "a week"]);
        assert_eq!(spans("two hours of talks within a week."), ["two hours", "a week"]);
        assert_eq!(spans("two hours of talks took a week."), ["two hours", "a week"]);
    }

    #[test]
    fn fractions_are_shares_only_where_they_share_something() {
        assert_eq!(one("cut by a third.").kind, Kind::Percent);
        assert_eq!(one("half of the staff").low, 50 * MICRO);
        assert_eq!(
            one("half an hour later").kind,
            Kind::Measure("time".into()),
            "a span of time"
        );
        for text in ["in the second half of the year", "every quarter", "the first quarter"] {
            assert!(read(text).is_empty(), "{text:?} gave {:?}", read(text));
        }
    }

    #[test]
    fn a_qualified_share_before_a_participle() {
        // bbc/business/348: "flight attendants, with nearly a fifth saying they were too sick"
        let q = one("a shortage of flight attendants, with nearly a fifth saying they were too sick");
        assert_eq!((q.kind, q.low), (Kind::Percent, 20 * MICRO));
        assert!(read("a third meeting").is_empty(), "an ordinal before a noun in -ing");
    }

    #[test]
    fn a_qualified_share_before_a_conjunction_ends_its_clause() {
        // bbc/politics/096: "would cut the number of MPs by about one-fifth if they were elected"
        let q = one("would trim the number of seats by about one-third if they win power");
        assert_eq!((q.kind, q.bound.is_some()), (Kind::Percent, true));
        assert_eq!(
            one("would shed nearly a quarter unless sales recover").kind,
            Kind::Percent
        );
    }

    #[test]
    fn pounds_are_money_or_a_weight() {
        let q = one("output of 9.8 mln pounds last year");
        assert_eq!(q.kind, Kind::Money("GBP".into()));
        let weight = q.also.expect("a second reading");
        assert_eq!((weight.kind, weight.factor), (Kind::Measure("mass".into()), 453.59237));
        assert_eq!(one("cost £5m").also, None, "a sign makes it money only");
    }

    #[test]
    fn unit_ranges_are_not_scores() {
        let q = one("an 80-85 pct stake");
        assert_eq!((q.low, q.high, q.kind), (80 * MICRO, 85 * MICRO, Kind::Percent));
        // a score is a tally, two counts, never a range of one quantity
        let tally = Quantity::tally(2, 1);
        assert_eq!(one("won 2-1 at home"), tally);
        assert_eq!(one("a 2-1 win"), tally);
        // reuters21578/01553: a rising pair before what it counts is a range
        let q = one("all but the 20-25 largest participants");
        assert_eq!((q.low, q.high), (20 * MICRO, 25 * MICRO));
        assert_eq!(
            one("lost 1-2 to Leeds"),
            tally,
            "a rising pair after a tally word is one"
        );
        // bbc/entertainment/218: and so is one before a word of age
        let q = one("particularly in the 25-54 age category.");
        assert_eq!((q.low, q.high), (25 * MICRO, 54 * MICRO));
        let vote = one("voted by 229 to 206");
        assert_eq!(
            (vote.kind, vote.low, vote.high),
            (Kind::Tally, 206 * MICRO, 229 * MICRO),
            "a tally, no range"
        );
        let side = Quantity::plain(229 * MICRO, 229 * MICRO, 0, Kind::Count);
        assert_eq!(
            vote.also.as_deref(),
            Some(&side),
            "and the count of the side it names first"
        );
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
    fn a_rate_after_a_bracketed_conversion_is_both_amounts_rate() {
        // bbc/business/241: "to provide $10bn (£5.38bn) a year"
        let found = read("Mr Brown wanted to provide $10bn (£5.38bn) a year in aid.");
        let day = Some(Per::Seconds(31_557_600.0));
        assert_eq!((&found[0].1.per, &found[1].1.per), (&day, &day));
        let found = read("the $10bn (£5.38bn) and a year later");
        assert_eq!(found[0].1.per, None, "no rate right after the bracket");
        // bbc/business/307: two conversions between semicolons
        let found = read("the rate would be about 900 rupees ($20.40; £10.50) per tonne, or seven barrels");
        let rates: Vec<_> = found.iter().take(3).map(|(_, q)| q.per.clone()).collect();
        assert!(rates.iter().all(|per| per.is_some() && *per == rates[0]), "{rates:?}");
        let barrel = read("about 900 rupees ($20.40; £10.50) per barrel");
        assert_ne!(barrel[0].1.per, rates[0], "another noun, another rate");
    }

    #[test]
    fn a_word_of_position_before_a_count_of_things() {
        // bbc/sport/395: "where Wales have not won on their last three visits"
        let q = one("Wales have not won on their last three visits.");
        assert_eq!((q.kind, q.low), (Kind::Count, 3 * MICRO));
        assert!(read("the first two. The last 10 of them").is_empty());
        // reuters21578/08004: a band of a table
        assert!(read("First 350 tons").is_empty());
        // reuters21578/02190: a percentage after one is a share, never a place or a label
        let q = one("the first 15 pct decline had little impact");
        assert_eq!((q.kind, q.low), (Kind::Percent, 15 * MICRO));
    }

    #[test]
    fn a_decimal_with_a_unit_after_a_label_word_is_an_amount() {
        // reuters21578/16198: "The market index, which closed the day 297.05 points down"
        assert_eq!(one("which closed the day 297.05 points down").low, 297_050_000);
        assert!(read("on day 3 of the trial").is_empty(), "a label");
        assert!(read("in round 2.5 of the talks").is_empty(), "no unit");
    }

    #[test]
    fn a_span_of_time_after_a_word_of_position_is_a_duration() {
        // bbc/sport/069: "which Hicham El Guerrouj has held for the last eight years"
        let q = one("has held for the last eight years.");
        assert_eq!((q.kind, q.low), (Kind::Measure("time".into()), 8 * MICRO));
        assert_eq!(one("over the next six years").kind, Kind::Measure("time".into()));
        // ... and after "first" ("in the first eight months of the new government")
        assert_eq!(one("in the first eight months").low, 8 * MICRO);
        assert_eq!(one("in the first eight months").kind, Kind::Measure("time".into()));
        assert!(read("the first 350 tons").is_empty(), "a band of a table");
    }

    #[test]
    fn a_word_of_position_between_a_count_and_units_of_time_makes_a_span() {
        let q = one("jobs created in the two previous months");
        assert_eq!((q.kind, q.low), (Kind::Measure("time".into()), 2 * MICRO));
        assert_eq!(read("over the three past years")[0].0, "three past years");
        // reuters21578/11038: "lead manager during the two preceding years of 12 ... issues"
        let q = one("lead manager during the two preceding years");
        assert_eq!((q.kind, q.low), (Kind::Measure("time".into()), 2 * MICRO));
        // a singular unit is a date, and the count is of what was sold
        let q = one("they sold 12 last year");
        assert_eq!((q.kind, q.low), (Kind::Count, 12 * MICRO));
    }

    #[test]
    fn bare_numbers_in_a_list_take_the_neighbours_unit() {
        let found = read("Taiwan 7.1 billion dlrs, Hong Kong 6.4 billion and Korea 3 billion people.");
        assert_eq!(found[1].1.kind, Kind::Money("USD".into()));
        assert_eq!(found[2].1.kind, Kind::Count, "a noun gives a unit of its own");
        let found = read("losses would exceed 500 mln marks, not the 460 mln announced on Tuesday.");
        assert_eq!(found[1].1.kind, Kind::Money("DEM".into()));
        let found = read("to 929 mln dlrs in 1987, eight pct more than the 862 mln spent in 1986.");
        assert_eq!(
            found[2].1.kind,
            Kind::Money("USD".into()),
            "an irregular participle continues"
        );
        // a part of a currency lends nothing to millions
        let found = read("earnings per share are projected to be 76 cents, based on about 37.8 mln in common shares.");
        assert_eq!(found[1].1.kind, Kind::Count);
        // bbc/entertainment/297: an amount with its conversion in brackets is in a unit of its own
        let found = read("took $28.5m (£15.2m), making a total of 204.3m (£109m).");
        assert_eq!((found[2].0.as_str(), &found[2].1.kind), ("204.3m", &Kind::Count));
        // reuters21578/13280: a span of time between lends no unit and takes none
        let found = read("spend 120 mln dlrs over the next six years, including 10 mln in the first two years.");
        assert_eq!(found[2].0, "10 mln");
        assert_eq!(found[2].1.kind, Kind::Money("USD".into()));
        // reuters21578/05226, 06977: a compound lends no unit and takes none
        let found = read("controls 51 pct and will increase its nominees on the 15-member board to nine from six.");
        assert_eq!(found[2].1.kind, Kind::Count, "{found:?}");
        let found = read("it makes 35-mm cameras, with an output of 70,000 a month.");
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
        // an age is no amount: the pension's pounds are not the retirees' years
        for text in [
            "The pension is £95 a week for those aged 65 to 70.",
            "The pension is £95 a week from the age of 65.",
        ] {
            let found = read(text);
            assert_eq!(found[1].1.kind, Kind::Count, "{text:?}: {found:?}");
        }
        let found = read("Sales dropped 32% to an average of 22 per surveyor.");
        assert_eq!(found[1].1.kind, Kind::Count, "a count with its own rate");
        // bbc/tech/180's class: a name before a plural noun names what the number counts
        let found = read("a 32% pay cut in return for the right to buy 30 million Delta shares.");
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
        let found = read("Taiwan 7.1 billion dlrs, 6.4 billion Hong Kong said.");
        assert_eq!(found[1].1.kind, Kind::Money("USD".into()), "{found:?}");
        let found = read("The pension is £95 a week, or 100.");
        assert_eq!(found[1].1.kind, Kind::Money("GBP".into()), "not an age");
        // one amount converted and its neighbour not: 725,000 are no kilos
        let found = read("Exports totalled 733 mln kilos, up from 725,000 a year earlier.");
        assert_eq!(found[1].1.kind, Kind::Count, "{found:?}");
        let found = read("Exports totalled 1.2 mln kilos, up from 725,000 a year earlier.");
        assert_eq!(found[1].1.kind, Kind::Measure("mass".into()), "{found:?}");
        // reuters21578/04608: a noun of a count between says what the bare number counts
        let found = read(
            "It showed nearly 90 pct of the respondents believed that the total number of market \
             makers in three years time would be less than 20, while 46 pct thought the number \
             would be less than 15.",
        );
        let kinds: Vec<&Kind> = found.iter().map(|(_, q)| &q.kind).collect();
        assert_eq!(
            kinds,
            [
                &Kind::Percent,
                &Kind::Measure("time".into()),
                &Kind::Count,
                &Kind::Percent,
                &Kind::Count
            ],
            "{found:?}"
        );
        // reuters21578/18347: a bare number of the scaled amount's size is in its scale too, and
        // still the bare count written
        let found = read("was 234 mln dlrs against 236 mln dlrs in March and 255 in April 1986.");
        assert_eq!(found[2].1.low, 255_000_000 * MICRO, "{found:?}");
        assert_eq!(found[2].1.kind, Kind::Money("USD".into()));
        assert_eq!(found[2].1.also.as_ref().map(|q| q.low), Some(255 * MICRO));
        let found = read("The deficit was 7.1 billion dlrs in 1986 against 6.4 in 1985 and 150 in 1984.");
        assert_eq!(found[1].1.low, 6_400_000_000 * MICRO, "{found:?}");
        assert_eq!(found[2].1.low, 150 * MICRO, "another size: {found:?}");
    }

    #[test]
    fn one_in_n_is_a_share_whatever_follows() {
        // bbc/business/277: "By 2014, one in four Turks ... will be aged 14 or less"
        let q = one("By then, one in four Turks will be young.");
        assert_eq!((q.kind, q.low), (Kind::Percent, 25 * MICRO));
        assert_eq!(one("would employ just one in five by 2020").low, 20 * MICRO);
        assert!(
            read("the second half of the year").is_empty(),
            "a fraction word still needs its place"
        );
    }

    #[test]
    fn a_count_takes_the_rate_written_after_its_noun() {
        // bbc/tech/170: "Yahoo Games, which attracts about 12 million gamers a month"
        let q = one("which attracts about 12 million gamers a month.");
        assert_eq!(q.per, Some(Per::Seconds(2_629_800.0)));
        let q = one("set to grow by 6% per year on average");
        assert_eq!(
            q.per,
            Some(Per::Seconds(31_557_600.0)),
            "per is a rate even before on average"
        );
        // an adverb of a rate, but not the adjective of a noun
        let q = one("prices rose 0.5 pct monthly in May");
        assert_eq!(q.per, Some(Per::Seconds(2_629_800.0)));
        assert_eq!(one("it declared a 15 cts quarterly dividend").per, None);
        assert_eq!(one("Its 58 pct-owned Daily Telegraph").per, None, "a name");
        // "a year earlier" is a span of its own, no rate of the 5 pct
        assert_eq!(read("rose 5 pct a year earlier")[0].1.per, None);
    }

    #[test]
    fn the_start_of_a_change_takes_the_unit_of_its_end() {
        // reuters21578/15812: "HAD RISEN FROM 20 TO 85 PCT AFTER THE FLOTATION"
        let found = read("SUBSIDY HAD RISEN FROM 20 TO 85 PCT AFTER");
        let kinds: Vec<_> = found.iter().map(|(_, q)| (q.low, q.high, q.kind.clone())).collect();
        assert_eq!(
            kinds,
            [
                (20 * MICRO, 20 * MICRO, Kind::Percent),
                (85 * MICRO, 85 * MICRO, Kind::Percent)
            ],
            "two values, not a range"
        );
        let found = read("the surplus rose from 4.3 to 7.4 billion dlrs");
        assert_eq!(found[0].1.low, 4_300_000_000 * MICRO);
        let found = read("sales rose from 500 to 1.2 million units");
        assert_eq!(found[0].1.low, 500 * MICRO, "one of another size keeps its own");
    }

    #[test]
    fn a_fraction_in_figures_needs_a_unit() {
        // reuters21578/00137: "as against the 7/8 pct Venezuela wants"
        let q = one("and the 7/8 pct Venezuela wants");
        assert_eq!((q.kind, q.low), (Kind::Percent, 875_000));
        assert!(read("on 7/8 the talks").is_empty(), "a date");
        assert_eq!(one("a margin of one pct over").low, MICRO);
    }

    #[test]
    fn a_unit_written_once_after_two_numbers_is_both_numbers() {
        let found = read("a par value of 40 and 15 cents respectively");
        let unit = |q: &Quantity| (q.kind.clone(), q.factor);
        assert_eq!(unit(&found[0].1), unit(&found[1].1), "40 cents");
        assert!(found[0].1.kind.is_money());
        let found = read("rose 5, 7 or 9 pct");
        assert_eq!(found[1].1.kind, Kind::Percent);
        assert_eq!(found[0].1.kind, Kind::Count, "a comma joins no unit");
        let found = read("sold 40 and 15 mln dlrs");
        assert_eq!(found[0].1.kind, Kind::Count, "the scale may be the second's alone");
        let found = read("the 40 and 15-year bonds");
        assert_eq!(found[0].1.kind, Kind::Count, "a compound lends no unit");
        // bbc/business/020: "the average induction time ... fell last year from 36 to just 21 days"
        let found = read("fell last year from 36 to just 21 days");
        assert_eq!(found[0].1.kind, found[1].1.kind, "36 days");
        assert_ne!(found[1].1.kind, Kind::Count);
        let found = read("cut 36 to just 21 days");
        assert_eq!(found[0].1.kind, Kind::Count, "no change without its \"from\"");
    }

    #[test]
    fn conversions_and_the_same_amount_twice() {
        let doc =
            Doc::new("sold for $800m (£424m) - despite. It rose to 7.4 billion yen last year from 4.3 billion dlrs");
        let m = extract_numbers(&doc);
        assert!(is_bracketed_conversion(&doc, &m[0], &m[1]));
        assert!(gives_same_amount(&doc, &m[0], &m[1]));
        assert!(!gives_same_amount(&doc, &m[2], &m[3]), "another amount three words on");
        // the next sentence's number is another amount, whatever its unit
        let doc = Doc::new("an ally of three decades. Two years ago she left");
        let m = extract_numbers(&doc);
        assert!(!gives_same_amount(&doc, &m[0], &m[1]));
    }
}
