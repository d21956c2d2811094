//! Tying mentions to facts: a number to the figure, a date to the event, whose cue words stand
//! nearest in its sentence. When two facts fit equally the checker does not guess (but see
//! `guessed_ties` in `check.rs`: a number wrong for every figure as near is wrong for one).

use crate::extract::numbers::is_superlative;
use crate::extract::quotes::is_quote_mark;
use crate::lexicon::lexicon;
use crate::text::{Doc, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Cue phrases of many facts, indexed by their first word.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct CueIndex {
    by_first: HashMap<String, Vec<(Vec<String>, usize, Joined)>>,
    /// A verb the story writes in the past tense matches a cue's present or bare form
    /// (`past_tense_bases`): events' cues, whose verb the story may put in the past with the
    /// date ("meets next week", "met last week"; "term expires", "term expired").
    any_tense: bool,
}

/// Where a cue must stand from the number it ties. A figure's cue that holds words of the
/// figure's own value ("to under" for `under 70 pct`, "days after" for `11 days`, "capacity
/// is 181,900" for `181,900 bpd`) also ties without them, in their place: the story may
/// have changed exactly those words.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Joined {
    /// Anywhere near: a cue as the facts write it.
    Free,
    /// Right before the number, which then has a qualifier when the words left out were one.
    NumberAfter { qualified: bool },
    /// Right after the number, which then ends in a unit when the words left out were one.
    NumberBefore { with_unit: bool },
}

/// A cue phrase in the words it is matched by, and where it must stand.
pub struct CueForm {
    pub phrase: String,
    pub joined: Joined,
}

/// A cue phrase found in a story.
#[derive(Clone, Debug)]
pub struct CueHit {
    pub tokens: Range<usize>,
    pub fact: usize,
    pub joined: Joined,
    /// Matched with a verb in another tense than the cue's ("fell by" for `fall by`).
    pub other_tense: bool,
    /// Its first word is read out of a compound whose number comes first ("test" of
    /// "three-test"): the number is the compound's, not a word of the cue.
    pub fused: bool,
}

/// A word as cues compare it: lowercase, without a possessive or plural "s".
pub fn cue_word(word: &str) -> String {
    let lower = word.to_lowercase();
    let base = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    match base.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem.to_string(),
        _ => base.to_string(),
    }
}

fn phrase_words(phrase: &str) -> Vec<String> {
    crate::text::tokens(phrase)
        .iter()
        .filter(|t| t.kind != TokenKind::Symbol)
        .map(|t| cue_word(t.text()))
        .collect()
}

/// The bare forms a verb written in the past tense in lower case may have, as cue words:
/// "expired" -> "expire", "expir", "stopped" -> "stop", "carried" -> "carry", "met" -> "meet"
/// (irregular forms from `verb_forms` in `rules/dates.yaml`). Only a bare form a cue writes
/// is ever matched, so one that is no word ("expir") matches nothing. Empty for any other word.
pub fn past_tense_bases(word: &str) -> Vec<String> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    if let Some(base) = lexicon().verb_forms.get(word) {
        return vec![base.clone()];
    }
    let Some(stem) = word.strip_suffix("ed").filter(|s| s.len() >= 3) else {
        return Vec::new();
    };
    let mut bases = vec![format!("{stem}e"), stem.to_string()];
    if let Some(carry) = stem.strip_suffix('i') {
        bases.push(format!("{carry}y"));
    }
    // "stopped" -> "stop"
    if let [.., a, b] = stem.as_bytes() {
        if a == b && !b"aeiouls".contains(a) {
            bases.push(stem[..stem.len() - 1].to_string());
        }
    }
    bases
}

/// An event's cue as the story may write it: without its date words ("October 7 attack" ->
/// "attack", "first half" -> "half": the ordinal of a period of a year says which one; "this
/// year's CES" -> "CES"), so a story that gets the date wrong ("the October 8 attack", "the
/// second half", "last year's CES") is still tied to the event; and whole too when a date word
/// stands between its other words ("between July and September"), which without it would
/// stand together in no story. A cue whose other words only place a date ("in September") is
/// matched whole: "in" alone would tie any date after it.
pub fn event_cue_forms(phrase: &str) -> Vec<String> {
    let lex = lexicon();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower = |k: usize| {
        words.get(k).map_or(String::new(), |w| {
            let l = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            l.strip_suffix("'s")
                .or_else(|| l.strip_suffix("’s"))
                .unwrap_or(&l)
                .to_string()
        })
    };
    // "first" of "first half", "first six months"
    let period_ordinal = |k: usize| {
        lex.period_ordinals.contains_key(&lower(k)) && (k + 1..k + 3).any(|u| lex.period_units.contains_key(&lower(u)))
    };
    // "this year", "last week's", "last autumn"
    let relative = |k: usize| {
        let unit_after = |d: usize| {
            let unit = lower(d + 1);
            lex.relative_directions.contains_key(&lower(d))
                && (lex.relative_units.contains_key(&unit) || lex.seasons.contains_key(&unit))
        };
        unit_after(k) || k.checked_sub(1).is_some_and(unit_after)
    };
    // a day, a year or a period's ordinal, not a figure's number ("fell 40%", "$5bn deal")
    let dated: Vec<bool> = (0..words.len())
        .map(|k| {
            let (w, l) = (words[k], lower(k));
            let figure = w.contains(|c: char| matches!(c, '%' | '$' | '£' | '€'));
            lex.months.contains_key(&l)
                || lex.weekdays.contains_key(&l)
                || lex.relative_days.contains_key(&l)
                || (!figure && l.chars().all(|c| c.is_ascii_digit()))
                || period_ordinal(k)
                || relative(k)
        })
        .collect();
    let kept: Vec<usize> = (0..words.len()).filter(|&k| !dated[k]).collect();
    // "in September" without its month would be "in": no cue, but the place of any date
    if kept.iter().all(|&k| lex.placing_words.contains(&lower(k))) {
        return vec![phrase.to_string()];
    }
    let kept: Vec<&str> = kept.iter().map(|&k| words[k]).collect();
    let first_kept = dated.iter().position(|d| !d).unwrap_or(0);
    let last_kept = dated.iter().rposition(|d| !d).unwrap_or(0);
    let split = dated[first_kept..last_kept].iter().any(|&d| d);
    let mut forms = vec![kept.join(" ")];
    if split {
        forms.push(phrase.to_string());
    }
    forms
}

/// Whether one of an event's cue `phrases` stands whole in the story where a cue hit starts
/// at token `at`: "first quarter" written as the facts write it, not only "quarter", the form
/// `event_cue_forms` read without the period's ordinal.
pub fn written_whole(doc: &Doc, at: usize, phrases: &[String]) -> bool {
    let (positions, words): (Vec<usize>, Vec<String>) = doc
        .sentence(at)
        .filter(|&i| doc.tokens[i].kind != TokenKind::Symbol)
        .map(|i| (i, cue_word(doc.tokens[i].text())))
        .unzip();
    let Some(hit) = positions.iter().position(|&i| i == at) else {
        return false;
    };
    phrases.iter().map(|p| phrase_words(p)).any(|phrase| {
        (0..phrase.len())
            .filter_map(|back| hit.checked_sub(back))
            .any(|start| words.get(start..start + phrase.len()) == Some(&phrase[..]))
    })
}

/// An event's cue as `event_cue_forms` gives it, each form tying anywhere near; and when its
/// last word places a date that copy drops before a date written without a preposition
/// (`bare_date_prepositions`: "began in", "after-hours trade on"), also without that word,
/// tying only a date right after it ("began last year", "trade last week").
pub fn event_cue_forms_placed(phrase: &str) -> Vec<CueForm> {
    let lex = lexicon();
    let forms = event_cue_forms(phrase);
    let bare = forms.first().and_then(|kept| {
        let words: Vec<&str> = kept.split_whitespace().collect();
        let (last, rest) = words.split_last()?;
        let places = |w: &str| lex.placing_words.contains(&w.to_lowercase());
        let drops = lex.bare_date_prepositions.contains(&last.to_lowercase());
        (drops && rest.iter().any(|w| !places(w))).then(|| rest.join(" "))
    });
    let before_date = bare.map(|phrase| CueForm {
        phrase,
        joined: Joined::NumberAfter { qualified: false },
    });
    free_forms(forms).into_iter().chain(before_date).collect()
}

/// A figure's cue phrases, each as written and, when its words at one end are words of the
/// figure's value (`value`, as the facts write it), without them, joined to the number on
/// that side: "to under" for `under 70 pct` is also "to" right before a qualified number,
/// "days after" for `11 days` "after" right after a number with a unit, and "capacity is
/// 181,900" for `181,900 bpd` "capacity is" right before any number.
pub fn figure_cue_forms(about: &[String], value: &str) -> Vec<CueForm> {
    let lex = lexicon();
    let value_words = phrase_words(value);
    let qualifier = lex
        .qualifiers
        .iter()
        .find(|(q, _)| q.len() <= value_words.len() && q.iter().zip(&value_words).all(|(a, b)| cue_word(a) == *b))
        .map_or(&value_words[..0], |(q, _)| &value_words[..q.len()]);
    let is_number = |w: &String| {
        w.bytes().any(|b| b.is_ascii_digit())
            || lex.number_units.contains_key(w)
            || lex.number_tens.contains_key(w)
            || lex.scales.contains_key(w)
    };
    let mut forms = Vec::new();
    for phrase in about {
        forms.push(CueForm {
            phrase: phrase.clone(),
            joined: Joined::Free,
        });
        let words = phrase_words(phrase);
        let in_value = |w: &&String| value_words.contains(w);
        // a word that only stresses the number ("majority of only" for `14`) is the number's
        // own, as the reader reads it: the story may put a qualifier in its place
        let emphasis = |w: &&String| lex.emphasis.iter().any(|p| p.len() == 1 && p[0] == **w);
        let lead = words.iter().take_while(in_value).count();
        let trail = words.iter().rev().take_while(|w| in_value(w) || emphasis(w)).count();
        if lead > 0 && lead < words.len() {
            // the word the rest follows: the number's own, or its unit
            let with_unit = !is_number(&words[lead - 1]);
            forms.push(CueForm {
                phrase: words[lead..].join(" "),
                joined: Joined::NumberBefore { with_unit },
            });
        }
        let first_cut = words.len() - trail;
        if trail > 0 && trail < words.len() {
            // the word the rest precedes: the number's qualifier, or the number
            let qualified = qualifier.contains(&words[first_cut]);
            if qualified || is_number(&words[first_cut]) || emphasis(&&words[first_cut]) {
                forms.push(CueForm {
                    phrase: words[..first_cut].join(" "),
                    joined: Joined::NumberAfter { qualified },
                });
            }
        }
    }
    forms
}

/// Cue phrases that tie anywhere near, whatever stands beside them.
fn free_forms(phrases: Vec<String>) -> Vec<CueForm> {
    phrases
        .into_iter()
        .map(|phrase| CueForm {
            phrase,
            joined: Joined::Free,
        })
        .collect()
}

impl CueIndex {
    /// `cues[k]` are the cue phrases of fact `k`, each tying anywhere near.
    #[cfg(test)]
    pub fn new(cues: impl Iterator<Item = Vec<String>>) -> CueIndex {
        CueIndex::with_forms(cues.map(free_forms))
    }

    /// `cues[k]` are the cue forms of event `k`, their verbs also matched when the story
    /// writes them in the past tense.
    pub fn of_events(cues: impl Iterator<Item = Vec<CueForm>>) -> CueIndex {
        CueIndex::build(cues, true)
    }

    /// `cues[k]` are the cue forms of fact `k`.
    pub fn with_forms(cues: impl Iterator<Item = Vec<CueForm>>) -> CueIndex {
        CueIndex::build(cues, false)
    }

    fn build(cues: impl Iterator<Item = Vec<CueForm>>, any_tense: bool) -> CueIndex {
        let mut by_first: HashMap<String, Vec<(Vec<String>, usize, Joined)>> = HashMap::default();
        for (fact, forms) in cues.enumerate() {
            for form in forms {
                let words = phrase_words(&form.phrase);
                if let Some(first) = words.first() {
                    by_first
                        .entry(first.clone())
                        .or_default()
                        .push((words, fact, form.joined));
                }
            }
        }
        CueIndex { by_first, any_tense }
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every cue phrase in tokens `range`.
    /// Punctuation inside a cue is ignored on both sides ("Magistrates' Court").
    pub fn hits(&self, doc: &Doc, range: Range<usize>) -> Vec<CueHit> {
        let mut out = Vec::new();
        let (positions, words): (Vec<usize>, Vec<String>) = range
            .filter(|&i| doc.tokens[i].kind != TokenKind::Symbol)
            .map(|i| (i, cue_word(doc.tokens[i].text())))
            .unzip();
        let bases: Vec<Vec<String>> = match self.any_tense {
            true => positions
                .iter()
                .map(|&i| past_tense_bases(doc.tokens[i].text()))
                .collect(),
            false => Vec::new(),
        };
        let is_at = |k: usize, w: &String| words[k] == *w || bases.get(k).is_some_and(|b| b.contains(w));
        for (k, w) in words.iter().enumerate() {
            let fused = fused_to_number(w);
            let firsts = [Some(w.as_str()), fused_to_percent(w), fused]
                .into_iter()
                .flatten()
                .chain(bases.get(k).into_iter().flatten().map(String::as_str));
            for (first, (phrase, fact, joined)) in
                firsts.flat_map(|first| self.by_first.get(first).into_iter().flatten().map(move |c| (first, c)))
            {
                let fits = k + phrase.len() <= words.len() && (1..phrase.len()).all(|j| is_at(k + j, &phrase[j]));
                if fits {
                    out.push(CueHit {
                        tokens: positions[k]..positions[k + phrase.len() - 1] + 1,
                        fact: *fact,
                        joined: *joined,
                        other_tense: (0..phrase.len()).any(|j| {
                            words[k + j] != phrase[j] && bases.get(k + j).is_some_and(|b| b.contains(&phrase[j]))
                        }),
                        fused: fused == Some(first),
                    });
                }
            }
        }
        out
    }
}

/// "owned" of "58 pct-owned": the word a percentage's unit is fused to, a cue word of its own.
fn fused_to_percent(word: &str) -> Option<&str> {
    let (unit, rest) = word.split_once('-')?;
    let percent = lexicon().percent_words.iter().any(|p| p.len() == 1 && p[0] == unit);
    percent.then_some(rest)
}

/// "test" of "three-test", "year" of "twenty-five-year": the word a number in words is fused
/// to by a hyphen, a cue word of its own ("the three-test series" for a cue `test series`;
/// bbc/sport/387).
fn fused_to_number(word: &str) -> Option<&str> {
    let lex = lexicon();
    let mut rest = word;
    while let Some((_, tail)) = rest.split_once('-').filter(|(head, _)| lex.is_number_part(head)) {
        rest = tail;
    }
    (rest.len() < word.len() && !rest.is_empty()).then_some(rest)
}

/// The hits (in story order, as `CueIndex::hits` gives them) that start within `reach` tokens
/// of `mention`: a cue further off in one very long sentence (a table with no full stop) ties
/// nothing, and tying each mention stays bounded however many cues the sentence holds.
pub fn hits_near<'h>(hits: &'h [CueHit], mention: &Range<usize>, reach: usize) -> &'h [CueHit] {
    let first = hits.partition_point(|h| h.tokens.start + reach < mention.start);
    let last = hits.partition_point(|h| h.tokens.start <= mention.end + reach);
    &hits[first..last.max(first)]
}

/// Words and marks that open another phrase: a cue across one is further away than it looks
/// ("a rise in petrol prices of up to 18 per cent and budget cuts of 10 per cent").
const PHRASE_BREAKS: &[&str] = &[
    ",", ";", ":", "(", ")", "—", "–", "and", "but", "or", "while", "whilst", "whereas", "although", "though",
    "compared", "against", "versus",
];
const BREAK_COST: usize = 5;

/// Words that link a number to the cue just before it: "price of 140 francs", "set at 625 mln".
const LEFT_LINKS: &[&str] = &[
    "of", "at", "to", "by", "from", "was", "were", "is", "are", "be", "been", "reached", "totalled", "totaled",
    "stood", "rose", "fell",
];

/// How far a cue stands from a mention: tokens between them, plus a cost for each phrase break.
/// One inside the other stand together; a cue that runs across an edge of the mention is as far
/// as its words outside the mention ("share to" after "50 cts a share" is as near that
/// number as "by" before it, and nearer the number after it).
pub fn distance(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> usize {
    let between = if a.end <= b.start {
        a.end..b.start
    } else if b.end <= a.start {
        b.end..a.start
    } else {
        let shared = a.end.min(b.end) - a.start.max(b.start);
        return a.len().min(b.len()) - shared;
    };
    let breaks = between
        .clone()
        .filter(|&k| PHRASE_BREAKS.contains(&doc.lower_at(k)))
        .count();
    between.len() + 1 + BREAK_COST * breaks
}

/// Whether nothing that opens another phrase (a comma, "and", "compared") stands between two
/// spans. An aside in brackets closed between them ("revenues were $3bn (£1.65bn) in 2004":
/// a conversion) is passed over whole: the phrase goes on after it.
pub fn in_one_phrase(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> bool {
    let between = a.end.min(b.end)..a.start.max(b.start);
    let mut k = between.start;
    while k < between.end {
        let closing = (doc.tokens[k].text() == "(")
            .then(|| (k + 1..between.end).find(|&j| matches!(doc.tokens[j].text(), "(" | ")")))
            .flatten()
            .filter(|&j| doc.tokens[j].text() == ")");
        match closing {
            Some(j) => k = j + 1,
            None if PHRASE_BREAKS.contains(&doc.lower_at(k)) => return false,
            None => k += 1,
        }
    }
    true
}

/// Whether the "to" closing a "from ... to ..." change stands between two spans, the earlier
/// of them in the change's from-part (at or after its "from", in one phrase with the "to"):
/// each side of the change is dated by its own words, so a date or cue on one side never ties
/// to the other ("from just over 5% in 2003 to a record 13.3% during last year": 2003 is the
/// "from just over" figure's year, last year the record's; bbc/business/020.txt).
pub fn across_from_to(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    let Some(to) = (first.end..second.start).find(|&k| doc.lower_at(k) == "to") else {
        return false;
    };
    let sentence_start = doc.sentence(first.start).start;
    let opening = (sentence_start..=first.start)
        .rev()
        .find(|&k| matches!(doc.lower_at(k), "from" | "to"));
    opening.is_some_and(|f| doc.lower_at(f) == "from" && in_one_phrase(doc, &(f..f + 1), &(to..to + 1)))
}

/// Whether a count naming its own thing (`noun`, the plural right after it) stands on the other
/// side of a double quotation mark from `cue`, which names something else: the quoted words are
/// another voice's, whose counts speak of their own nouns, not of what the writer's words
/// outside name. In 'the 13-strong AFI jury concluded "the art of screen acting has two
/// chapters"' (bbc/entertainment/048.txt) two counts chapters, never the jury.
pub fn counts_its_own_across_a_quote(doc: &Doc, count: &Range<usize>, noun: usize, cue: &Range<usize>) -> bool {
    let (first, second) = if cue.start <= count.start {
        (cue, count)
    } else {
        (count, cue)
    };
    let across = (first.end..second.start).any(|k| is_quote_mark(doc, k));
    let cue_noun = cue_word(doc.tokens[cue.end - 1].text());
    across && cue_word(doc.tokens[noun].text()) != cue_noun
}

/// Prepositions whose object is the one noun phrase after them: "a total of 42 cents", "sales
/// ... against 8.81 mln", "cut to 16.4 pct". (A verb, "wages fell 1.8% ... to 895.4 reais",
/// speaks of all its complements.)
const PREPOSITIONS: &[&str] = &[
    "of", "at", "to", "by", "from", "against", "versus", "for", "than", "with",
];

/// Whether a cue ends in a preposition ("for a total of", "against", "cut to") or a word that
/// opens a span of time (`span_words`: "for the last"): a number right after it is the
/// preposition's object or the span, the one number the cue speaks of ("a final dividend of 29
/// cents for a total of 42 cents": 42, never 29; "doubled every five and a half months for the
/// last 18 months": 18 months, never the five and a half).
pub fn ends_in_link(doc: &Doc, cue: &Range<usize>) -> bool {
    let last = doc.lower_at(cue.end - 1);
    PREPOSITIONS.contains(&last) || lexicon().span_words.contains(last)
}

/// Whether a cue ending in a conjunction ("in cash and") stands right before the number: it
/// speaks of the item before the conjunction ("29 dlrs in cash and six dlrs in debentures":
/// reuters21578/04369.txt), and the number after it opens the next item, which its own words
/// name.
fn joins_the_next_item(doc: &Doc, mention: &Range<usize>, cue: &Range<usize>) -> bool {
    let ends_in_conjunction = cue.end == mention.start && is_conjunction(doc, cue.end - 1);
    ends_in_conjunction || opens_the_next_clause(doc, mention, cue)
}

/// Whether the number opens the clause after a comma and "and" or "but" that stand right after
/// the cue: "some of its contractors' costs, and £40m of invoices remain unpaid"
/// (bbc/politics/203.txt): the cue ends the clause before, and the number's own words say what
/// it is, as a cue ending in the conjunction itself speaks of the item before it. Not ", or",
/// which as often gives the amount before again in other words ("900 rupees per tonne, or
/// seven barrels": bbc/business/307.txt).
fn opens_the_next_clause(doc: &Doc, mention: &Range<usize>, cue: &Range<usize>) -> bool {
    let comma_and = cue.end + 2 == mention.start && doc.tokens[cue.end].text() == ",";
    comma_and && matches!(doc.lower_at(cue.end + 1), "and" | "but")
}

/// Whether token `k` is a coordinating conjunction that joins items or clauses.
fn is_conjunction(doc: &Doc, k: usize) -> bool {
    matches!(doc.lower_at(k), "and" | "or" | "but")
}

/// Whether a cue opening with a conjunction ("and managers") stands right after the number:
/// the conjunction opens the next item, which the cue names, so it speaks of the number after
/// it, never of the one before, the last word of the item before ("co-lead managers at 125 mln
/// and managers at 75 mln": 125 is the co-lead managers', not the managers'; reuters21578/10133.txt).
fn opens_the_next_item(doc: &Doc, mention: &Range<usize>, cue: &Range<usize>) -> bool {
    cue.start == mention.end && is_conjunction(doc, cue.start)
}

/// How many words may stand between a compound adjective and the noun it modifies ("a
/// three-day international convention", "a 14-bank advisory committee").
const MODIFIERS_BETWEEN: usize = 2;

/// Whether `cue` is (or opens) the noun phrase the compound adjective `compound` modifies: it
/// overlaps the compound or starts at most two words after it, with no phrase break between,
/// nor a copula, after which a cue is what the phrase is or undergoes, not the phrase ("just 83
/// pct of Purolator's 7.6 mln shares are tendered": the part is tendered, not the shares'
/// count; reuters21578/04369).
pub fn modified_by(doc: &Doc, compound: &Range<usize>, cue: &Range<usize>) -> bool {
    let overlaps = cue.start < compound.end && compound.start < cue.end;
    let copulas = &lexicon().copulas;
    let modifier = |k: usize| {
        doc.tokens[k].is_word() && !PHRASE_BREAKS.contains(&doc.lower_at(k)) && !copulas.contains(doc.lower_at(k))
    };
    let phrase_from = |start: usize| {
        cue.start >= start
            && modifiers_between(doc, start..cue.start, modifier).is_some_and(|words| words <= MODIFIERS_BETWEEN)
    };
    let shared = shared_head_from(doc, compound).is_some_and(phrase_from);
    overlaps || phrase_from(compound.end) || shared
}

/// How many modifiers stand in `between`, each a word `modifier` accepts, a label written in
/// figures and slashes ("a one-year 0/92 pilot program": reuters21578/02367.txt) or a name
/// ("the five-year Department for International Development funding": bbc/politics/140.txt);
/// `None` when anything else stands there.
fn modifiers_between(doc: &Doc, between: Range<usize>, modifier: impl Fn(usize) -> bool) -> Option<usize> {
    let mut words = 0;
    let mut k = between.start;
    while k < between.end {
        let label_end = figures_label_end(doc, k)
            .or_else(|| name_end(doc, k))
            .filter(|&end| end <= between.end);
        match label_end {
            Some(end) => k = end,
            None if modifier(k) => k += 1,
            None => return None,
        }
        words += 1;
    }
    Some(words)
}

/// Small words that join the capitalised words of one name ("Department for International
/// Development", "Bank of England").
const NAME_JOINERS: &[&str] = &["for", "of", "and", "&"];

/// How many capitalised words a name read as one modifier may have. A longer run is most often
/// a body's name followed by a person's, no modifier of anything after it ("the 12-member
/// European Community Tran Van Thinh told reporters": reuters21578/07802.txt).
const NAME_WORDS: usize = 3;

/// "Department for International Development": the end of a name of two or more capitalised
/// words from `at` (at most `NAME_WORDS`), its joiners inside it, read as one modifier of the
/// noun after it: a name describes the phrase's noun as an adjective does. One capitalised word
/// is an ordinary modifier already.
fn name_end(doc: &Doc, at: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let capitalised = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.is_capitalized());
    let joiner = |k: usize| k < toks.len() && NAME_JOINERS.contains(&doc.lower_at(k));
    if !capitalised(at) {
        return None;
    }
    let (mut end, mut words) = (at + 1, 1);
    loop {
        if capitalised(end) {
            end += 1;
        } else if joiner(end) && capitalised(end + 1) {
            end += 2;
        } else {
            break;
        }
        words += 1;
    }
    (2..=NAME_WORDS).contains(&words).then_some(end)
}

/// "0/92": the end of a label in figures joined by slashes, written as one word from `at`.
fn figures_label_end(doc: &Doc, at: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let figure = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let slash_joined =
        |k: usize| toks.get(k).is_some_and(|t| t.text() == "/" && t.glued) && figure(k + 1) && toks[k + 1].glued;
    if !figure(at) || !slash_joined(at + 1) {
        return None;
    }
    let mut end = at + 1;
    while slash_joined(end) {
        end += 2;
    }
    Some(end)
}

/// Whether the mention at `place` is an ordinal in words (`ordinal_places` or
/// `value_only_places` in `rules/numbers.yaml`): a place in an order, tied only as
/// [`orders_within`] says.
pub fn is_ordinal_in_words(doc: &Doc, place: &Range<usize>) -> bool {
    place.len() == 1 && names_a_place(doc.lower_at(place.start))
}

/// Whether `word` is an ordinal in words (a figure's value `second`, `fourth`).
pub fn names_a_place(word: &str) -> bool {
    let lex = lexicon();
    lex.ordinal_places.contains_key(word) || lex.value_only_places.contains_key(word)
}

/// Whether `cue` names the run or the whole an ordinal in words counts its place within: a
/// phrase of "in" right after it ("her ninth in a row": bbc/sport/474.txt), or one right
/// after the "of" closing its noun's phrase, the noun at most two words long ("the fourth Oscar
/// nomination of her career": bbc/entertainment/373.txt). Its noun is no such cue: "the fourth
/// principle" places one of five principles and counts none (reuters21578/08667.txt); but to
/// a figure whose value is itself a place (`of_a_place`: `fourth`, `second`) the ordinal is
/// tied through the noun or superlative right after it ("The fifth series" for `fourth`, cue
/// `series`; "America's third largest bank" for `second`, cue `largest bank`) or the verb of
/// finishing right before it ("who came third" for `second`, cue `came`: `finish_verbs`).
pub fn orders_within(doc: &Doc, place: &Range<usize>, cue: &Range<usize>, of_a_place: bool) -> bool {
    let finished = place.start > 0 && lexicon().finish_verbs.contains(doc.lower_at(place.start - 1));
    let places_it = of_a_place && (cue.start == place.end || (finished && cue.end == place.start));
    let in_a_run = (cue.start == place.end && doc.lower_at(cue.start) == "in")
        || (cue.start == place.end + 1 && doc.lower_at(place.end) == "in");
    let copulas = &lexicon().copulas;
    let noun_word = |k: usize| {
        doc.tokens[k].is_word() && !PHRASE_BREAKS.contains(&doc.lower_at(k)) && !copulas.contains(doc.lower_at(k))
    };
    let of_a_whole = cue.start.checked_sub(1).is_some_and(|of| {
        doc.lower_at(of) == "of"
            && (place.end + 1..=place.end + MODIFIERS_BETWEEN).contains(&of)
            && (place.end..of).all(noun_word)
    });
    // "the fourth largest number of registered players" ranks by size: of no run or whole
    let ranks = is_superlative(doc.lower_at(place.end));
    ((in_a_run || of_a_whole) && !ranks) || places_it
}

/// Whether a count of others naming what it counts (`others`, the words after "other": "only
/// one other country") counts something else than the things a figure's cue names: the facts
/// give the cue as a plural ("loans": the figure counts loans), and the cue as the story writes
/// it ends in a noun that none of the count's words is. In "block any loan it did not like
/// with the assistance of only one other country" (reuters21578/08271.txt) the one is a
/// country, not the 63 loans. A cue that is no plural noun ("killed") may still speak of a
/// count of others ("killed 12 other people").
pub fn counts_another_thing(doc: &Doc, others: &Range<usize>, cue: &Range<usize>, about: &[String]) -> bool {
    let cue_noun = cue_word(doc.tokens[cue.end - 1].text());
    let counts_cue_noun = |phrase: &String| {
        phrase
            .split_whitespace()
            .last()
            .is_some_and(|w| is_plural_noun(w) && cue_word(w) == cue_noun)
    };
    let names_cue_noun = others.clone().any(|k| cue_word(doc.tokens[k].text()) == cue_noun);
    let overlaps = cue.start < others.end && others.start < cue.end;
    !overlaps && !names_cue_noun && about.iter().any(counts_cue_noun)
}

/// Whether `cue` names what the set's number `set` counts, in "Two of the five nominees": a cue
/// of the noun phrase after the number (as `modified_by` reads it), not past the plural noun
/// that ends that phrase. In "Five of the eight critics tipped Scorsese"
/// (bbc/entertainment/368.txt) `critics` names the eight, and `tipped Scorsese`, after the
/// phrase's noun, says what the five did.
pub fn names_the_set(doc: &Doc, set: &Range<usize>, cue: &Range<usize>) -> bool {
    modified_by(doc, set, cue) && !past_the_sets_noun(doc, set, cue)
}

/// Whether `cue` stands after the plural noun that ends the noun phrase of the set's number
/// `set` ("critics" in "Five of the eight critics tipped Scorsese"), at most
/// `MODIFIERS_BETWEEN` words after the number.
fn past_the_sets_noun(doc: &Doc, set: &Range<usize>, cue: &Range<usize>) -> bool {
    let phrase_end = cue.start.min(set.end + MODIFIERS_BETWEEN + 1);
    (set.end..phrase_end).any(|k| is_plural_noun(doc.tokens[k].text()))
}

/// Whether `cue` is said of a partitive's part, not of its set `set`: it stands after the set's
/// noun phrase, which no relative clause runs on past ("Five of the eight critics tipped
/// Scorsese": five tipped him; but "half of the $20bn that Yukos advisers say it is worth",
/// bbc/business/299.txt, says what the $20bn is).
pub fn said_of_the_part(doc: &Doc, set: &Range<usize>, cue: &Range<usize>) -> bool {
    let relative = (set.end..cue.start).any(|k| RELATIVE_WORDS.contains(&doc.lower_at(k)));
    set.end <= cue.start && past_the_sets_noun(doc, set, cue) && !relative
}

/// Words that open a relative clause describing the noun before them.
const RELATIVE_WORDS: &[&str] = &["that", "which", "who", "whom", "whose", "where"];

/// "loans", "banks": a word in lower case with a plural "s" ("loss" is none).
fn is_plural_noun(word: &str) -> bool {
    let lower = word.chars().all(|c| !c.is_uppercase());
    lower && word.len() > 3 && word.ends_with('s') && !word.ends_with("ss")
}

/// Whether a cue speaks of an age: it is in the age's own words ("year-old" in "the
/// 27-year-old") or right before them, where an age word stands ("aged 27", "the age of 65").
/// An age describes its person, so the noun after it ("the 25-year-old Briton clocked 7.98
/// seconds") speaks of something else.
pub fn names_age(age: &Range<usize>, cue: &Range<usize>) -> bool {
    let overlaps = cue.start < age.end && age.start < cue.end;
    let just_before = cue.end <= age.start && age.start - cue.end <= WORDS_BETWEEN_AGE_CUE;
    overlaps || just_before
}

/// Whether a place in an order after "at", "to" or a verb of reaching it (`rank_links`, before
/// `rank_words`: "made its debut at number six", bbc/entertainment/083.txt; "fell to number
/// nine"; "Their first UK single hit number three", bbc/entertainment/236.txt) is the place
/// reached by what the cue right before that word names.
pub fn reaches_rank(doc: &Doc, rank: &Range<usize>, cue: &Range<usize>) -> bool {
    let lex = lexicon();
    lex.rank_words.contains(doc.lower_at(rank.start))
        && cue.end + 1 == rank.start
        && lex.rank_links.contains(doc.lower_at(cue.end))
}

/// How many words may stand between an age's cue and its number: "age" in "the age of 65".
const WORDS_BETWEEN_AGE_CUE: usize = 1;

/// "a 90-day prices and a wage freeze": after "a", a plural noun is no head of the compound's
/// phrase, which shares the head of the phrase coordinated after it; where that phrase starts.
fn shared_head_from(doc: &Doc, compound: &Range<usize>) -> Option<usize> {
    let article = |k: usize| matches!(doc.lower_at(k), "a" | "an");
    let noun = doc.lower_at(compound.end);
    let plural = noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss");
    let singular_phrase = compound.start.checked_sub(1).is_some_and(article);
    let coordinated = matches!(doc.lower_at(compound.end + 1), "and" | "or");
    let next = compound.end + 2;
    (singular_phrase && plural && coordinated).then(|| next + usize::from(article(next)))
}

/// Whether the cue ends just before the mention, joined by linking words only.
fn linked_on_left(doc: &Doc, mention: &Range<usize>, cue: &Range<usize>) -> bool {
    cue.end <= mention.start && (cue.end..mention.start).all(|k| LEFT_LINKS.contains(&doc.lower_at(k)))
}

/// How many tokens from a mention its cue may start. Beyond it a cue speaks of something
/// else; the bound keeps tying linear in the story when a whole file is one sentence.
const CUE_REACH: usize = 80;

/// How far (in `distance`, phrase breaks included) a cue may stand and still tie: across a
/// long stretch of clauses ("About 1,300 miners ... in Bolivia's minimum monthly wage, which
/// is 40 bolivianos (about 20 dlrs), COB leader Walter Degadillo said") it speaks of something
/// else. The evaluation's real ties reach 43.
const CUE_DISTANCE: usize = 60;

/// The fact whose cue stands nearest `mention` among `hits` (in story order, as
/// [`CueIndex::hits`] gives them) that `eligible` accepts, with the cue's tokens. Equally near
/// facts are told apart by a cue as written over a shortened one, then by a cue ending in a
/// preposition right before the number ("up from 831 cases"), then by the cue a measure
/// stands right before (`measures_next`: "born
/// seven weeks prematurely" measures "prematurely", not "born"), then by a cue linked on the
/// left ("price of"), then by `closeness` (lower is closer; a fact must be closer by at least
/// 1 to win); if still equal, nothing is tied.
pub fn nearest_fact(
    doc: &Doc,
    mention: &Range<usize>,
    measures_next: bool,
    hits: &[CueHit],
    eligible: impl Fn(&CueHit) -> bool,
    closeness: impl Fn(usize) -> f64,
) -> Option<(usize, Range<usize>)> {
    let mut nearest = equally_nearest(doc, mention, hits, eligible);
    let first = nearest.first()?;
    if nearest.iter().all(|h| h.fact == first.fact) {
        return Some((nearest[0].fact, nearest[0].tokens.clone()));
    }
    if let Some(longest) = covering_cue(&nearest) {
        return Some((longest.fact, longest.tokens.clone()));
    }
    // a cue ending in a preposition right before the number has it for its object, whatever
    // the number counts: "up from 831 cases" is the `up from` figure's, not that of every count
    // of "cases" (bbc/politics/138)
    let governing: Vec<&&CueHit> = nearest
        .iter()
        .filter(|h| h.tokens.end == mention.start && ends_in_link(doc, &h.tokens))
        .collect();
    if let [one] = governing.as_slice() {
        return Some((one.fact, one.tokens.clone()));
    }
    let measured: Vec<&&CueHit> = nearest
        .iter()
        .filter(|h| measures_next && h.tokens.start == mention.end)
        .collect();
    if let [one] = measured.as_slice() {
        return Some((one.fact, one.tokens.clone()));
    }
    let linked: Vec<&&CueHit> = nearest
        .iter()
        .filter(|h| linked_on_left(doc, mention, &h.tokens))
        .collect();
    if let [one] = linked.as_slice() {
        return Some((one.fact, one.tokens.clone()));
    }
    nearest.sort_by(|a, b| closeness(a.fact).total_cmp(&closeness(b.fact)));
    let clearly_closer = closeness(nearest[1].fact) - closeness(nearest[0].fact) >= 1.0;
    clearly_closer.then(|| (nearest[0].fact, nearest[0].tokens.clone()))
}

/// The hits `eligible` accepts whose cues stand nearest `mention`, all as near, in story
/// order: the facts [`nearest_fact`] chooses between.
pub fn equally_nearest<'h>(
    doc: &Doc,
    mention: &Range<usize>,
    hits: &'h [CueHit],
    eligible: impl Fn(&CueHit) -> bool,
) -> Vec<&'h CueHit> {
    let scored = within_reach(doc, mention, hits, eligible);
    let Some(best) = scored.iter().map(|(d, _)| *d).min() else {
        return Vec::new();
    };
    let mut nearest: Vec<&CueHit> = scored.iter().filter(|(d, _)| *d == best).map(|(_, h)| *h).collect();
    // a cue as the facts write it before one shortened by its figure's own words: "earn more
    // than £50,000" is the `more than` figure's, not the `less than` one's "earn"
    if nearest.iter().any(|h| h.joined == Joined::Free) {
        nearest.retain(|h| h.joined == Joined::Free);
    }
    nearest.dedup_by_key(|h| h.fact);
    nearest
}

/// The hits `eligible` accepts that stand within reach of `mention`, with their distance from
/// it: a sentence can be a whole file, and a cue that far is no cue.
fn within_reach<'h>(
    doc: &Doc,
    mention: &Range<usize>,
    hits: &'h [CueHit],
    eligible: impl Fn(&CueHit) -> bool,
) -> Vec<(usize, &'h CueHit)> {
    let reached: Vec<(usize, &CueHit)> = hits_near(hits, mention, CUE_REACH)
        .iter()
        .filter(|h| {
            eligible(h)
                && !joins_the_next_item(doc, mention, &h.tokens)
                && !opens_the_next_item(doc, mention, &h.tokens)
        })
        .map(|h| (distance(doc, mention, &h.tokens), h))
        .filter(|(d, _)| *d <= CUE_DISTANCE)
        .collect();
    let qualifies_another = |h: &CueHit| {
        (reached.iter()).any(|(_, head)| head.fact != h.fact && of_phrase_after(doc, &head.tokens, &h.tokens))
    };
    reached.iter().copied().filter(|(_, h)| !qualifies_another(h)).collect()
}

/// Whether `cue` is the noun of an "of" phrase right after `head`, determiners aside ("the
/// face value of the preferred stock he is offering to 7.50 dlrs": reuters21578/00496.txt): it
/// says what the head's noun is of, and a number the phrase is given is the head's, however
/// near the cue after "of" stands to it.
fn of_phrase_after(doc: &Doc, head: &Range<usize>, cue: &Range<usize>) -> bool {
    let determiners = &lexicon().determiners;
    head.end < cue.start
        && doc.lower_at(head.end) == "of"
        && (head.end + 1..cue.start).all(|k| determiners.contains(doc.lower_at(k)))
}

/// How far the nearest cue `eligible` accepts stands from `mention`, as [`nearest_fact`]
/// measures it, if one is within reach.
pub fn nearest_distance(
    doc: &Doc,
    mention: &Range<usize>,
    hits: &[CueHit],
    eligible: impl Fn(&CueHit) -> bool,
) -> Option<usize> {
    within_reach(doc, mention, hits, eligible).iter().map(|(d, _)| *d).min()
}

/// The one cue that takes in the words of every other as near: "Lions Tests" read whole over
/// the "Tests" of another fact's "November Tests" (its month dropped). The story's words are
/// the longer cue's; the shorter one matched only a part of them.
fn covering_cue<'h>(nearest: &[&'h CueHit]) -> Option<&'h CueHit> {
    let covers = |a: &CueHit, b: &CueHit| {
        a.fact == b.fact
            || (a.tokens.start <= b.tokens.start && b.tokens.end <= a.tokens.end && b.tokens.len() < a.tokens.len())
    };
    let mut covering = nearest.iter().filter(|a| nearest.iter().all(|b| covers(a, b)));
    match (covering.next(), covering.next()) {
        (Some(one), None) => Some(*one),
        _ => None,
    }
}

/// Whether a copula stands between a mention and a cue: "3.85 pct was heralded by repeated
/// injections" puts the cue in another part of the clause than the number.
fn across_copula(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> bool {
    let between = a.end.min(b.end)..a.start.max(b.start);
    between.into_iter().any(|k| lexicon().copulas.contains(doc.lower_at(k)))
}

/// Keeps, for each cue in a sentence, only the nearest mention tied through it: in "rose 2.6
/// pct in January compared with 9.4 pct in December" the cue "rose" speaks of 2.6, not 9.4.
/// Of two as near, the one with no copula between it and the cue ("the reduction to 3.80 from
/// 3.85 pct was heralded by injections of liquidity at between 3.70 and 3.80 pct": the range).
pub fn nearest_per_cue<T>(doc: &Doc, ties: Vec<(T, Range<usize>, usize, Range<usize>)>) -> Vec<(T, usize)> {
    // (mention, mention tokens, fact, cue tokens)
    let mut best: HashMap<(usize, usize), usize> = HashMap::default();
    let remoteness = |m: &Range<usize>, cue: &Range<usize>| (distance(doc, m, cue), across_copula(doc, m, cue));
    for (k, (_, m, fact, cue)) in ties.iter().enumerate() {
        let entry = best.entry((*fact, cue.start)).or_insert(k);
        if remoteness(m, cue) < remoteness(&ties[*entry].1, &ties[*entry].3) {
            *entry = k;
        }
    }
    let keep: std::collections::HashSet<usize> = best.into_values().collect();
    ties.into_iter()
        .enumerate()
        .filter(|(k, _)| keep.contains(k))
        .map(|(_, (t, _, fact, _))| (t, fact))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_words_ignore_case_plurals_and_possessives() {
        assert_eq!(cue_word("Hostages"), "hostage");
        assert_eq!(cue_word("Gaza's"), "gaza");
        assert_eq!(cue_word("loss"), "loss");
    }

    #[test]
    fn event_cues_lose_their_date_words() {
        assert_eq!(event_cue_forms("October 7 attack"), ["attack"]);
        assert_eq!(event_cue_forms("Brussels"), ["Brussels"]);
        // a period's ordinal is its date word: "the second half" is still the half's event
        assert_eq!(event_cue_forms("first half"), ["half"]);
        assert_eq!(event_cue_forms("first six months"), ["six months"]);
        assert_eq!(event_cue_forms("first team"), ["first team"]);
        // and a date in words: "last year's show" is still the show's event
        assert_eq!(event_cue_forms("this year's show"), ["show"]);
        assert_eq!(event_cue_forms("yesterday's vote"), ["vote"]);
        assert_eq!(event_cue_forms("next steps"), ["next steps"]);
        assert_eq!(event_cue_forms("predicted last autumn"), ["predicted"]);
        assert_eq!(event_cue_forms("last spring's forecast"), ["forecast"]);
        assert_eq!(event_cue_forms("Prague Spring"), ["Prague Spring"]);
        // "in" alone would tie "payrolls in October 2003" to September's event
        assert_eq!(event_cue_forms("in September"), ["in September"]);
        assert_eq!(event_cue_forms("since the March 3"), ["since the March 3"]);
        assert_eq!(event_cue_forms("talks in September"), ["talks in"]);
        // bbc/entertainment/303: a figure's number is no date word ("fell" alone would tie
        // "co-productions fell from 102 in 2003 to 81 last year" to the fall of 2004)
        assert_eq!(event_cue_forms("fell 40%"), ["fell 40%"]);
        // bbc/tech/389: "between and" stands in no story
        assert_eq!(
            event_cue_forms("between July and September"),
            ["between July and September"]
        );
        assert_eq!(
            event_cue_forms("talks between July and September"),
            ["talks between and", "talks between July and September"]
        );
    }

    #[test]
    fn an_event_cue_ending_in_a_preposition_also_stands_right_before_a_bare_date() {
        let forms = |phrase: &str| -> Vec<(String, Joined)> {
            event_cue_forms_placed(phrase)
                .into_iter()
                .map(|f| (f.phrase, f.joined))
                .collect()
        };
        let before = Joined::NumberAfter { qualified: false };
        assert_eq!(
            forms("began in"),
            [("began in".into(), Joined::Free), ("began".into(), before)]
        );
        assert_eq!(
            forms("after-hours trade on"),
            [
                ("after-hours trade on".into(), Joined::Free),
                ("after-hours trade".into(), before)
            ]
        );
        // a cue of nothing but placing words keeps them all; "since" stays before any date
        assert_eq!(forms("in September"), [("in September".into(), Joined::Free)]);
        assert_eq!(forms("rose since"), [("rose since".into(), Joined::Free)]);
        assert_eq!(forms("talks"), [("talks".into(), Joined::Free)]);
    }

    #[test]
    fn an_event_cue_matches_its_verb_in_the_past_tense() {
        for (past, bare) in [
            ("expired", "expire"),
            ("met", "meet"),
            ("stopped", "stop"),
            ("carried", "carry"),
            ("reached", "reach"),
            ("agreed", "agree"),
            ("called", "call"),
        ] {
            assert!(past_tense_bases(past).contains(&bare.to_string()), "{past} {bare}");
        }
        assert!(past_tense_bases("Reed").is_empty());
        let index = CueIndex::of_events(
            [
                vec!["term expires".to_string()],
                vec!["earned".to_string()],
                vec!["meets".to_string()],
            ]
            .into_iter()
            .map(free_forms),
        );
        let facts = |text: &str| -> Vec<usize> {
            let doc = Doc::new(text);
            index.hits(&doc, 0..doc.tokens.len()).iter().map(|h| h.fact).collect()
        };
        assert_eq!(facts("His term expired last August."), [0]);
        assert_eq!(facts("The Fed met last week."), [2]);
        // a noun or a present form is no past tense: "earnings" is not "earned"
        assert!(facts("earnings rose and exports fell").is_empty());
        assert!(facts("the meeting last week").is_empty());
    }

    #[test]
    fn the_nearest_cue_wins_and_ties_are_refused() {
        let doc = Doc::new("killing around 1,200 people and taking over 250 hostages");
        let index = CueIndex::new([vec!["killing".to_string()], vec!["hostages".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let same = |_| 0.0;
        assert_eq!(
            nearest_fact(&doc, &(2..3), false, &hits, |_| true, same).map(|f| f.0),
            Some(0)
        );
        assert_eq!(
            nearest_fact(&doc, &(7..8), false, &hits, |_| true, same).map(|f| f.0),
            Some(1)
        );
        let both = CueIndex::new([vec!["people".to_string()], vec!["people".to_string()]].into_iter());
        let hits = both.hits(&doc, 0..doc.tokens.len());
        assert_eq!(
            nearest_fact(&doc, &(2..3), false, &hits, |_| true, same),
            None,
            "two facts, one cue: no guess"
        );
        assert_eq!(
            nearest_fact(&doc, &(2..3), false, &hits, |_| true, |f| f as f64 * 3.0).map(|f| f.0),
            Some(0)
        );
    }

    #[test]
    fn phrase_breaks_and_left_links_decide_between_neighbouring_cues() {
        let doc = Doc::new("a rise in petrol prices of up to 18 per cent and budget cuts of 10 per cent");
        let index = CueIndex::new([vec!["petrol prices".to_string()], vec!["budget cuts".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        assert_eq!(
            nearest_fact(&doc, &(6..11), false, &hits, |_| true, |_| 0.0).map(|f| f.0),
            Some(0)
        );
        let doc = Doc::new("an offer price of 140 francs would value SOGENAL");
        let index = CueIndex::new([vec!["offer price".to_string()], vec!["value SOGENAL".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        assert_eq!(
            nearest_fact(&doc, &(4..6), false, &hits, |_| true, |_| 0.0).map(|f| f.0),
            Some(0)
        );
    }

    #[test]
    fn a_cue_across_the_edge_of_a_number_is_as_far_as_its_words_outside() {
        // reuters21578/14184: "cut 1987 earnings estimates for the company by 50 cts a share to
        // 7.30 dlrs a share", with the cues "company by" and "share to"
        let doc = Doc::new("estimates for the company by 50 cts a share to 7.30 dlrs a share because");
        let index = CueIndex::new([vec!["company by".to_string()], vec!["share to".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let tie = |m: Range<usize>| nearest_fact(&doc, &m, false, &hits, |_| true, |_| 0.0).map(|f| f.0);
        assert_eq!(tie(5..9), Some(0), "50 cts a share");
        assert_eq!(tie(10..14), Some(1), "7.30 dlrs a share");
        // bbc/sport/235: "slip 10 points behind Chelsea", cue "points behind"
        let doc = Doc::new("lost to slip 10 points behind Chelsea");
        let index = CueIndex::new([vec!["points behind".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        assert_eq!(distance(&doc, &(3..5), &hits[0].tokens), 1);
        assert_eq!(distance(&doc, &(3..6), &(4..5)), 0, "a cue inside the number");
    }

    #[test]
    fn each_side_of_a_from_to_change_keeps_its_own_words() {
        // bbc/business/020: "from just over 5% in 2003 to a record 13.3% during last year"
        let doc = Doc::new("abandoning calls, from just over 5% in 2003 to a record 13.3% during last year.");
        let at = |word: &str| (0..doc.tokens.len()).find(|&k| doc.lower_at(k) == word).unwrap();
        let from_cue = at("from")..at("over") + 1;
        let record_cue = at("a")..at("record") + 1;
        let (year_2003, last_year) = (at("2003")..at("2003") + 1, at("last")..at("year") + 1);
        assert!(across_from_to(&doc, &year_2003, &record_cue));
        assert!(across_from_to(&doc, &last_year, &from_cue));
        assert!(!across_from_to(&doc, &year_2003, &from_cue));
        assert!(!across_from_to(&doc, &last_year, &record_cue));
        // a "to" with no "from" before it, or one across a comma, splits no change
        let doc = Doc::new("sales rose to a record in 2004.");
        assert!(!across_from_to(&doc, &(1..2), &(6..7)));
        let doc = Doc::new("from Monday, it went to a record in 2004.");
        assert!(!across_from_to(&doc, &(3..4), &(8..9)));
    }

    #[test]
    fn a_measure_right_before_a_cue_measures_it() {
        // bbc/politics/406: "10 days after being born seven weeks prematurely"
        let doc = Doc::new("died 10 days after being born seven weeks prematurely.");
        let index = CueIndex::new([vec!["after being born".to_string()], vec!["prematurely".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let tie = |m: Range<usize>, measures| nearest_fact(&doc, &m, measures, &hits, |_| true, |_| 0.0).map(|f| f.0);
        assert_eq!(tie(6..8, true), Some(1));
        assert_eq!(tie(1..3, true), Some(0));
        assert_eq!(
            tie(6..8, false),
            Some(0),
            "a bare count keeps the cue linked on its left"
        );
    }

    #[test]
    fn a_count_after_a_preposition_is_its_object_before_it_counts_the_noun_after() {
        // bbc/politics/138, clean: "up from 831 cases" and "dropped from 10,276 cases" are the
        // earlier counts, not the later count of "cases"
        let doc = Doc::new("up from 831 cases worth £35.7m in 2002");
        let index = CueIndex::new([vec!["cases".to_string()], vec!["up from".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let tied = nearest_fact(&doc, &(2..3), true, &hits, |_| true, |_| 0.0).map(|f| f.0);
        assert_eq!(tied, Some(1));
        // a cue with no preposition at its end still yields to the noun counted
        let doc = Doc::new("numbers rose 831 cases worth £35.7m");
        let index = CueIndex::new([vec!["cases".to_string()], vec!["numbers rose".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let tied = nearest_fact(&doc, &(2..3), true, &hits, |_| true, |_| 0.0).map(|f| f.0);
        assert_eq!(tied, Some(0));
    }

    #[test]
    fn a_cue_ending_in_a_conjunction_speaks_of_the_number_before_it() {
        // reuters21578/04369.txt, clean: "they would receive 29 dlrs in cash and six dlrs in
        // debentures", the cash part's cue written "in cash and"
        let doc = Doc::new("they would receive 29 dlrs in cash and six dlrs in debentures");
        let index = CueIndex::new([vec!["in cash and".to_string()], vec!["debentures".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let tie = |mention: Range<usize>| nearest_fact(&doc, &mention, false, &hits, |_| true, |_| 0.0).map(|f| f.0);
        assert_eq!(tie(3..5), Some(0), "29 dlrs");
        assert_eq!(tie(8..10), Some(1), "six dlrs");
    }

    #[test]
    fn a_number_opening_a_clause_after_a_comma_and_a_conjunction_is_not_the_cue_before() {
        // bbc/politics/203.txt, clean: a cue ending the clause before ", and" with an amount
        // that names its own noun after it
        let index = CueIndex::new([vec!["costs".to_string()]].into_iter());
        let tie = |text: &str, before: &str| {
            let doc = Doc::new(text);
            let hits = index.hits(&doc, 0..doc.tokens.len());
            let start = doc.tokens.iter().position(|t| t.text().starts_with('£')).unwrap();
            let end = (start..doc.tokens.len())
                .find(|&k| doc.tokens[k].text() == before)
                .unwrap();
            nearest_fact(&doc, &(start..end), false, &hits, |_| true, |_| 0.0).map(|f| f.0)
        };
        assert_eq!(
            tie("the review of its suppliers' costs, and £12m of bills are late", "of"),
            None
        );
        // ... but a cue before a number in its own clause still ties it, as does one before
        // ", or" and the amount given again
        assert_eq!(tie("the costs, put at £12m, are late", ","), Some(0));
        assert_eq!(tie("the costs, or £12m a year, are late", "a"), Some(0));
    }

    #[test]
    fn a_cue_opening_with_a_conjunction_speaks_of_the_number_after_it() {
        // reuters21578/10133.txt, clean: "co-lead managers at 125 mln and managers at 75 mln",
        // the managers' level cued "and managers"
        let doc = Doc::new("co-lead managers at 125 mln and managers at 75 mln.");
        let index = CueIndex::new([vec!["co-lead managers".to_string()], vec!["and managers".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let tie = |mention: Range<usize>| nearest_fact(&doc, &mention, false, &hits, |_| true, |_| 0.0).map(|f| f.0);
        let at = |word: &str| doc.tokens.iter().position(|t| t.text() == word).unwrap();
        assert_eq!(tie(at("125")..at("125") + 2), Some(0), "125 mln");
        assert_eq!(tie(at("75")..at("75") + 2), Some(1), "75 mln");
    }

    #[test]
    fn a_cue_ending_in_a_preposition_governs_the_number_after_it() {
        let doc = Doc::new("a final dividend of 29 cents for a total of 42 cents, as wages fell 2 pct");
        let index = CueIndex::new(
            [
                vec!["for a total of".to_string()],
                vec!["final dividend".to_string()],
                vec!["wages fell".to_string()],
            ]
            .into_iter(),
        );
        let ends: Vec<bool> = index
            .hits(&doc, 0..doc.tokens.len())
            .iter()
            .map(|h| ends_in_link(&doc, &h.tokens))
            .collect();
        assert_eq!(ends, [false, true, false], "a verb is no preposition");
        // bbc/tech/151: "for the last" opens the span after it
        let doc = Doc::new("has doubled every five and a half months for the last 18 months");
        let index = CueIndex::new([vec!["doubled every".to_string()], vec!["for the last".to_string()]].into_iter());
        let ends: Vec<bool> = index
            .hits(&doc, 0..doc.tokens.len())
            .iter()
            .map(|h| ends_in_link(&doc, &h.tokens))
            .collect();
        assert_eq!(ends, [false, true]);
    }

    #[test]
    fn a_compound_modifies_the_noun_phrase_after_it() {
        // reuters21578/17428: "sponsor of a three-day international banking convention"
        let doc = Doc::new("a three-day international banking convention, which the bank hosted");
        assert!(modified_by(&doc, &(1..2), &(4..5)), "two words between");
        assert!(!modified_by(&doc, &(1..2), &(8..9)), "across a comma");
        assert!(modified_by(&doc, &(1..2), &(1..3)), "a cue overlapping it");
        assert!(!modified_by(&doc, &(1..2), &(0..1)), "a cue before it");
        // reuters21578/02367: a label in figures is one modifier
        let doc = Doc::new("calls for a one-year 0/92 pilot program for 1987 crop wheat");
        let pilot = doc.tokens.iter().position(|t| t.text() == "pilot").unwrap();
        assert!(modified_by(&doc, &(3..4), &(pilot..pilot + 2)), "{:?}", doc.tokens);
        let doc = Doc::new("a one-year 0/92 1/2 3/4 pilot program");
        let pilot = doc.tokens.iter().position(|t| t.text() == "pilot").unwrap();
        assert!(!modified_by(&doc, &(1..2), &(pilot..pilot + 2)), "three modifiers");
    }

    #[test]
    fn a_name_between_a_compound_and_its_noun_is_one_modifier() {
        // bbc/politics/140: "The five-year Department for International Development funding will
        // enable more survivors to have access"
        let doc = Doc::new("The five-year Department for International Development funding will enable more survivors");
        let funding = doc.tokens.iter().position(|t| t.text() == "funding").unwrap();
        assert!(modified_by(&doc, &(1..2), &(funding..funding + 1)), "{:?}", doc.tokens);
        let survivors = doc.tokens.iter().position(|t| t.text() == "survivors").unwrap();
        assert!(
            !modified_by(&doc, &(1..2), &(survivors..survivors + 1)),
            "past the noun"
        );
        let doc = Doc::new("The five-year plan for international development funding");
        let funding = doc.tokens.iter().position(|t| t.text() == "funding").unwrap();
        assert!(
            !modified_by(&doc, &(1..2), &(funding..funding + 1)),
            "no name: four words between"
        );
        // reuters21578/07802.txt: a body's name run on into a person's is no modifier
        let doc = Doc::new("the 12-member European Community Tran Van Thinh told reporters");
        let european = doc.tokens.iter().position(|t| t.text() == "European").unwrap();
        let told = doc.tokens.iter().position(|t| t.text() == "told").unwrap();
        assert!(
            !modified_by(&doc, &(1..european), &(told..told + 2)),
            "five capitalised words"
        );
    }

    #[test]
    fn a_clause_opened_by_although_is_further_away() {
        // reuters21578/04425: "estimated at 140-150,000 bpd, although total capacity is nearer 200,000 bpd"
        let doc = Doc::new("Throughput at the refinery is currently estimated at 140-150,000 bpd, although total capacity is nearer 200,000 bpd.");
        let index = CueIndex::new([vec!["Throughput".to_string()], vec!["total capacity".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let number = doc.tokens.iter().position(|t| t.text() == "140").unwrap();
        let tied = nearest_fact(&doc, &(number..number + 4), true, &hits, |_| true, |_| 0.0);
        assert_eq!(tied.map(|f| f.0), Some(0));
    }

    #[test]
    fn a_cue_across_many_clauses_ties_nothing() {
        // reuters21578/08427
        let doc = Doc::new(
            "About 1,300 miners and workers entered today their fourth day of fast in union offices \
             and Roman Catholic churches to press for a substantial hike in Bolivia's minimum monthly \
             wage, which is 40 bolivianos (about 20 dlrs), COB leader Walter Degadillo said.",
        );
        let index = CueIndex::new([vec!["COB leaders".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        assert_eq!(nearest_fact(&doc, &(0..2), false, &hits, |_| true, |_| 0.0), None);
        let near = Doc::new("12 COB leaders joined the strike");
        let hits = index.hits(&near, 0..near.tokens.len());
        assert!(nearest_fact(&near, &(0..1), false, &hits, |_| true, |_| 0.0).is_some());
    }

    #[test]
    fn a_cue_out_of_reach_ties_nothing_even_in_one_long_sentence() {
        let filler = "and more words ".repeat(40);
        let text = format!("the death toll {filler} rose to 1,200 people");
        let doc = Doc::new(&text);
        let index = CueIndex::new([vec!["death toll".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let number = doc.tokens.iter().position(|t| t.text() == "1,200").unwrap();
        assert_eq!(
            nearest_fact(&doc, &(number..number + 1), false, &hits, |_| true, |_| 0.0),
            None
        );
        let near = Doc::new("the death toll rose to 1,200 people");
        let hits = index.hits(&near, 0..near.tokens.len());
        assert_eq!(
            nearest_fact(&near, &(5..6), false, &hits, |_| true, |_| 0.0).map(|f| f.0),
            Some(0)
        );
    }

    #[test]
    fn cues_match_across_punctuation_and_with_numbers() {
        let doc = Doc::new("at Exeter Magistrates' Court on 21 December, a shortfall in the 2005 fiscal year");
        let index = CueIndex::new(
            [
                vec!["Magistrates' Court".to_string()],
                vec!["2005 fiscal year".to_string()],
            ]
            .into_iter(),
        );
        let facts: Vec<usize> = index.hits(&doc, 0..doc.tokens.len()).iter().map(|h| h.fact).collect();
        assert_eq!(facts, [0, 1]);
    }

    #[test]
    fn the_word_a_percentage_is_fused_to_is_a_cue_word() {
        // the class of reuters-18252: "Hollinger's 58 pct-owned Daily Telegraph"
        let doc = Doc::new("Its 58 pct-owned unit and a state-owned bank");
        let index = CueIndex::new([vec!["owned".to_string()], vec!["owned unit".to_string()]].into_iter());
        let hits: Vec<(Range<usize>, usize)> = index
            .hits(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|h| (h.tokens, h.fact))
            .collect();
        assert_eq!(hits, [(2..3, 0), (2..4, 1)], "not the state's");
    }

    #[test]
    fn the_word_a_number_in_words_is_fused_to_is_a_cue_word() {
        // bbc/sport/387: "the three-test series in New Zealand", cue `test series`
        let doc = Doc::new("the four-test series and the twenty-five-test series");
        let index = CueIndex::new([vec!["test series".to_string()]].into_iter());
        let hits: Vec<(Range<usize>, bool)> = index
            .hits(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|h| (h.tokens, h.fused))
            .collect();
        assert_eq!(hits, [(1..3, true), (5..7, true)]);
    }

    #[test]
    fn only_cues_within_reach_are_candidates() {
        let text = format!("crash 1991 {} 1992 crash", "row ".repeat(100));
        let doc = Doc::new(&text);
        let index = CueIndex::new([vec!["crash".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        let starts =
            |m: Range<usize>| -> Vec<usize> { hits_near(&hits, &m, 10).iter().map(|h| h.tokens.start).collect() };
        assert_eq!(starts(1..2), [0]);
        assert_eq!(starts(102..103), [103]);
        assert!(starts(50..51).is_empty(), "a cue 50 rows away is out of reach");
    }
}
