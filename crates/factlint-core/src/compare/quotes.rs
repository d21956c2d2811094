//! A story's direct quotes against the desk's verbatim quotes.
//!
//! A story quote agrees with a known quote when its words are the quote's words or a
//! contiguous part of them (case, punctuation and spacing aside), an ellipsis standing for
//! omitted words and words in square brackets for the writer's own. Words in parentheses are
//! the writer's aside ("the surplus to GNP (gross national product) from"): they may be the
//! speaker's words too, or none of them. It is a misquote when it is
//! close to a known quote but not one of its parts: a few words changed, added or dropped.
//!
//! A short quote (fewer than `min_words` words: "very serious matter", "helpful") is compared
//! as a whole with the known quotes that are themselves short, and from `min_part_words` words
//! with parts of longer ones too; it differs by one changed word at most, and a known speaker
//! must be named beside it (or anywhere in the story, for a quote given to someone else): a
//! scare quote or a phrase of another person's stays quiet.
//!
//! Matching is linear in the story: the known quotes' word pairs (and the short quotes'
//! words) are indexed once per set of facts, a story quote looks up its own pairs (a pair too
//! common to tell quotes apart is skipped) and is aligned only with the few known quotes
//! sharing the most pairs with it.

use crate::extract::organisations::same_stem;
use crate::extract::people::CreditedQuote;
use crate::extract::quotes::QuoteMention;
use crate::facts::{Facts, Quote};
use crate::finding::{Code, Finding};
use crate::lexicon::quote_lexicon;
use crate::text::{Doc, Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::collections::HashSet;
use std::ops::Range;

/// A word pair found in more known quotes than this tells none of them apart.
const MAX_POSTINGS: usize = 64;
/// How many known quotes a story quote is aligned with (those sharing most word pairs).
const CANDIDATES: usize = 3;
/// A vocabulary id no known word has.
const UNKNOWN: u32 = u32::MAX;

/// The known quotes' words, indexed once per set of facts.
pub struct QuoteIndex {
    vocab: HashMap<String, u32>,
    quotes: Vec<KnownQuote>,
    /// A word pair -> (quote, position of its first word) wherever it occurs.
    pairs: HashMap<(u32, u32), Vec<(u32, u32)>>,
    /// A word -> the short known quotes holding it.
    short: HashMap<u32, Vec<u32>>,
    /// A word -> the short sentences of longer known quotes holding it: (quote, first word).
    short_sentences: HashMap<u32, Vec<(u32, u32)>>,
}

struct KnownQuote {
    ids: Vec<u32>,
    /// The words as the facts write them, for the diff.
    written: Vec<String>,
    /// What follows each word.
    pauses: Vec<Pause>,
    /// The desk records a phrase, not a sentence: its first letter is in lower case ("very
    /// respectful").
    phrase: bool,
}

/// What follows a word of a quote: another word, a pause inside its sentence (a comma, a
/// colon, a dash) or the end of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pause {
    None,
    Clause,
    Sentence,
}

/// One unit of a quote as the matcher reads it.
#[derive(Clone, Debug, PartialEq)]
enum Item {
    /// A word: its vocabulary id and how it is written.
    Word(u32, String),
    /// A word in the writer's parentheses: the known quote's word, or no word of it.
    Aside(u32, String),
    /// An ellipsis or words in square brackets: stands for any words of the known quote.
    Gap(String),
}

/// How the matcher reads one unit of a quote's text.
#[derive(Clone, Debug, PartialEq)]
enum Key {
    /// A word's comparison key (lower case, one apostrophe).
    Word(String),
    /// A word's key, inside parentheses.
    Aside(String),
    /// An ellipsis or words in square brackets.
    Gap,
}

impl QuoteIndex {
    pub fn new(quotes: &[Quote]) -> QuoteIndex {
        let mut index = QuoteIndex {
            vocab: HashMap::default(),
            quotes: Vec::with_capacity(quotes.len()),
            pairs: HashMap::default(),
            short: HashMap::default(),
            short_sentences: HashMap::default(),
        };
        for (q, quote) in quotes.iter().enumerate() {
            // the known words are the speaker's, parentheses and all
            let doc = Doc::new(&quote.text);
            let words: Vec<(String, String, Pause)> = items(&doc.tokens, &amounts(&doc, 0..doc.tokens.len(), 0))
                .into_iter()
                .filter_map(|(key, written, pause)| match key {
                    Key::Word(k) | Key::Aside(k) => Some((k, written, pause)),
                    Key::Gap => None,
                })
                .collect();
            let ids: Vec<u32> = words.iter().map(|(key, ..)| index.intern(key)).collect();
            for (j, pair) in ids.windows(2).enumerate() {
                index
                    .pairs
                    .entry((pair[0], pair[1]))
                    .or_default()
                    .push((q as u32, j as u32));
            }
            if ids.len() < quote_lexicon().min_words {
                for &id in &ids {
                    let postings = index.short.entry(id).or_default();
                    if postings.last() != Some(&(q as u32)) {
                        postings.push(q as u32);
                    }
                }
            }
            let pauses: Vec<Pause> = words.iter().map(|&(.., pause)| pause).collect();
            if ids.len() >= quote_lexicon().min_words {
                index.index_short_sentences(q as u32, &ids, &pauses);
            }
            let written = words.into_iter().map(|(_, w, _)| w).collect();
            let phrase = quote
                .text
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_lowercase);
            index.quotes.push(KnownQuote {
                ids,
                written,
                pauses,
                phrase,
            });
        }
        index
    }

    /// Indexes the short sentences of a longer known quote by their words.
    fn index_short_sentences(&mut self, q: u32, ids: &[u32], pauses: &[Pause]) {
        let lex = quote_lexicon();
        for sentence in sentences(pauses) {
            if !(lex.min_sentence_words..lex.min_words).contains(&sentence.len()) {
                continue;
            }
            for &id in &ids[sentence.clone()] {
                let postings = self.short_sentences.entry(id).or_default();
                if postings.last() != Some(&(q, sentence.start as u32)) {
                    postings.push((q, sentence.start as u32));
                }
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty()
    }

    fn intern(&mut self, key: &str) -> u32 {
        let next = self.vocab.len() as u32;
        *self.vocab.entry(key.to_string()).or_insert(next)
    }

    /// A story quote's items, its words looked up in the known quotes' vocabulary.
    fn story_items(&self, doc: &Doc, parts: &[Range<usize>]) -> Vec<Item> {
        let tokens: Vec<Token> = parts
            .iter()
            .flat_map(|p| doc.tokens[p.clone()].iter().cloned())
            .collect();
        let mut numbers = Vec::new();
        let mut before = 0;
        for part in parts {
            numbers.extend(amounts(doc, part.clone(), before));
            before += part.len();
        }
        items(&tokens, &numbers)
            .into_iter()
            .map(|(key, written, _)| match key {
                Key::Word(k) => Item::Word(self.id(&k), written),
                Key::Aside(k) => Item::Aside(self.id(&k), written),
                Key::Gap => Item::Gap(written),
            })
            .collect()
    }

    fn id(&self, key: &str) -> u32 {
        self.vocab.get(key).copied().unwrap_or(UNKNOWN)
    }

    /// The known quotes sharing most word pairs with the story's, best first (the writer's
    /// asides left out, so the words either side of one make a pair).
    fn candidates(&self, story: &[Item]) -> Vec<usize> {
        let mut votes: HashMap<u32, usize> = HashMap::default();
        let story: Vec<&Item> = story.iter().filter(|i| !matches!(i, Item::Aside(..))).collect();
        for pair in story.windows(2) {
            let (Item::Word(a, _), Item::Word(b, _)) = (pair[0], pair[1]) else {
                continue;
            };
            let Some(postings) = self.pairs.get(&(*a, *b)) else {
                continue;
            };
            if postings.len() > MAX_POSTINGS {
                continue;
            }
            for &(q, _) in postings {
                *votes.entry(q).or_default() += 1;
            }
        }
        let mut ranked: Vec<(u32, usize)> = votes.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().take(CANDIDATES).map(|(q, _)| q as usize).collect()
    }

    /// The short known quotes sharing a word with a short story quote (a word too common to
    /// tell them apart skipped), in the facts' order.
    fn short_candidates(&self, ids: &[u32]) -> Vec<usize> {
        let mut found: Vec<usize> = ids
            .iter()
            .filter_map(|id| self.short.get(id))
            .filter(|postings| postings.len() <= MAX_POSTINGS)
            .flatten()
            .map(|&q| q as usize)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The short sentences of longer known quotes sharing a word with a short story quote,
    /// as (quote, its words), in the facts' order.
    fn sentence_candidates(&self, ids: &[u32]) -> Vec<(usize, Range<usize>)> {
        let mut found: Vec<(u32, u32)> = ids
            .iter()
            .filter_map(|id| self.short_sentences.get(id))
            .filter(|postings| postings.len() <= MAX_POSTINGS)
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .filter_map(|(q, start)| {
                let pauses = &self.quotes[q as usize].pauses;
                let sentence = sentences(pauses).find(|s| s.start == start as usize)?;
                Some((q as usize, sentence))
            })
            .collect()
    }

    /// The known words a story quote set out as a whole sentence leaves off where it stops
    /// ("It cannot be done," of "It cannot be done overnight."): the alignment starts where a
    /// known sentence starts, ends on a known word that no pause follows, and the words up to
    /// the next pause are few. More is a trim at a clause; a pause there, the speaker's own.
    fn dropped_tail(&self, q: usize, ops: &[Op]) -> Option<Range<usize>> {
        let known = &self.quotes[q];
        let (Some(Op::Same(_, first)), Some(Op::Same(_, last))) = (ops.first(), ops.last()) else {
            return None;
        };
        let opens = *first == 0 || known.pauses[first - 1] == Pause::Sentence;
        if !opens || known.pauses[*last] != Pause::None {
            return None;
        }
        let pause = (last + 1..known.ids.len()).find(|&j| known.pauses[j] != Pause::None)?;
        (pause - last <= quote_lexicon().max_dropped_tail).then_some(last + 1..pause + 1)
    }
}

/// The sentences of a known quote, by its words' pauses.
fn sentences(pauses: &[Pause]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    (0..pauses.len()).filter_map(move |j| {
        let ends = pauses[j] == Pause::Sentence || j + 1 == pauses.len();
        ends.then(|| {
            let sentence = start..j + 1;
            start = j + 1;
            sentence
        })
    })
}

/// An alignment that agrees up to where it stops, with the known words `tail` it leaves off.
fn cut_short(a: &Alignment, tail: Range<usize>) -> Alignment {
    Alignment {
        cost: tail.len(),
        ops: a.ops.iter().cloned().chain(tail.map(Op::Dropped)).collect(),
    }
}

/// Whether a story quote is set out as a whole sentence: its first word capitalised, closing
/// on a stop, comma, question or exclamation mark inside its marks ('"It cannot be done," he
/// said'), not a phrase worked into the writer's sentence ('was "a step forward"'). In copy
/// set in lower case no capital tells: there the quote's opening a paragraph or following a
/// stop or a colon does.
fn set_out_as_sentence(doc: &Doc, parts: &[Range<usize>], lower_case_copy: bool) -> bool {
    let first_word = parts
        .iter()
        .flat_map(|p| p.clone())
        .find(|&k| doc.tokens[k].kind != TokenKind::Symbol);
    let closing = parts.last().map(|p| doc.tokens[p.end - 1].text());
    let opens = |k: usize| doc.tokens[k].is_capitalized() || (lower_case_copy && opens_a_sentence(doc, parts[0].start));
    first_word.is_some_and(opens) && matches!(closing, Some("." | "," | "!" | "?"))
}

/// Whether the quote whose first quoted token is `first` opens a sentence: its opening mark
/// starts a paragraph or follows a stop or a colon.
fn opens_a_sentence(doc: &Doc, first: usize) -> bool {
    let Some(mark) = first.checked_sub(1) else {
        return true;
    };
    mark == doc.paragraph(mark).start
        || mark
            .checked_sub(1)
            .is_none_or(|k| matches!(doc.tokens[k].text(), "." | ":" | "?" | "!"))
}

/// What a story quote is, against the known quotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Equal to a part of these known quotes (indices into the facts' quotes).
    Agrees(Vec<usize>),
    /// Close to this known quote: the word diff and the known words it should read.
    Differs { quote: usize, diff: String },
    /// Close to nothing known, or too short to tell.
    Unknown,
}

/// Judges the words of one story quote (all its parts, or one of them).
fn judge(index: &QuoteIndex, doc: &Doc, parts: &[Range<usize>], lower_case_copy: bool) -> Verdict {
    let story = index.story_items(doc, parts);
    let lex = quote_lexicon();
    let words = story.iter().filter(|i| matches!(i, Item::Word(..))).count();
    if words == 0 || index.is_empty() {
        return Verdict::Unknown;
    }
    if words < lex.min_words {
        return judge_short(index, doc, parts, &story, lower_case_copy);
    }
    let aligned: Vec<(usize, Alignment)> = index
        .candidates(&story)
        .into_iter()
        .map(|q| (q, align(&story, &index.quotes[q].ids)))
        .collect();
    let sentence = set_out_as_sentence(doc, parts, lower_case_copy);
    let tail = |q: usize, a: &Alignment| sentence.then(|| index.dropped_tail(q, &a.ops)).flatten();
    let agreeing: Vec<&(usize, Alignment)> = aligned.iter().filter(|(_, a)| a.cost == 0).collect();
    let whole: Vec<usize> = agreeing
        .iter()
        .filter(|(q, a)| tail(*q, a).is_none())
        .map(|(q, _)| *q)
        .collect();
    if !whole.is_empty() {
        return Verdict::Agrees(whole);
    }
    // every part the story agrees with is cut short
    if let Some((q, cut)) = agreeing
        .iter()
        .find_map(|(q, a)| Some((*q, cut_short(a, tail(*q, a)?))))
    {
        return Verdict::Differs {
            quote: q,
            diff: render_diff(&cut.ops, &story, &index.quotes[q].written),
        };
    }
    let close = |a: &Alignment| {
        let kept = a.ops.iter().filter(|op| matches!(op, Op::Same(..))).count();
        let few_edits = a.cost <= lex.max_edits && a.cost * lex.words_per_edit <= words;
        // one phrase swapped: its edits weighed against the words kept around it only
        let one_phrase =
            replaces_one_inner_stretch(&a.ops, lex.max_replaced_words) && a.cost * lex.words_per_edit <= kept;
        few_edits || one_phrase
    };
    match aligned
        .into_iter()
        .filter(|(q, a)| close(a) || (parts.len() == 1 && reorders(&story, &index.quotes[*q].ids)))
        .min_by_key(|(_, a)| a.cost)
    {
        Some((q, a)) => Verdict::Differs {
            quote: q,
            diff: render_diff(&a.ops, &story, &index.quotes[q].written),
        },
        None => Verdict::Unknown,
    }
}

/// The story quote's words as word ids, or none when a gap or an aside stands among them.
fn word_ids(story: &[Item]) -> Option<Vec<u32>> {
    story
        .iter()
        .map(|i| match i {
            Item::Word(id, _) => Some(*id),
            _ => None,
        })
        .collect()
}

/// Whether the story quote's words are those of a stretch of the known words in another order
/// ("a far-reaching set of proposals" for "a set of far-reaching proposals"): a misquote
/// however many words moved, where an alignment counts each moved word twice. Not a quote
/// with a gap or an aside, which stand for no words of their own; and only a quote in one
/// part (a quote broken by its attribution may give its parts in another order).
fn reorders(story: &[Item], known: &[u32]) -> bool {
    let Some(mut ids) = word_ids(story) else {
        return false;
    };
    ids.sort_unstable();
    !ids.is_empty()
        && known.windows(ids.len()).any(|stretch| {
            let mut stretch = stretch.to_vec();
            stretch.sort_unstable();
            stretch == ids
        })
}

/// Judges a short story quote: equal to a short known quote or a part of one, or (from
/// `min_part_words` words) to a part of a longer one; or one word changed in a quote of the
/// same length, the words kept not all weak ones. A title of a work (every word capitalised)
/// and a quote with an ellipsis, brackets or an aside are not compared.
fn judge_short(
    index: &QuoteIndex,
    doc: &Doc,
    parts: &[Range<usize>],
    story: &[Item],
    lower_case_copy: bool,
) -> Verdict {
    let lex = quote_lexicon();
    let Some(ids) = word_ids(story) else {
        return Verdict::Unknown;
    };
    if is_title_of_work(doc, parts) {
        return Verdict::Unknown;
    }
    let longer = if ids.len() >= lex.min_part_words {
        index.candidates(story)
    } else {
        Vec::new()
    };
    let candidates = index.short_candidates(&ids).into_iter().chain(longer);
    let sentence = set_out_as_sentence(doc, parts, lower_case_copy);
    let mut agreeing = Vec::new();
    let mut differing = None;
    for q in candidates {
        let known = &index.quotes[q];
        // a short known quote is compared whole, word for word, when of the same length
        let a = if known.ids.len() == ids.len() {
            word_for_word(&ids, &known.ids, 0)
        } else {
            align(story, &known.ids)
        };
        let whole = known.ids.len() < lex.min_words;
        let tail = sentence.then(|| index.dropped_tail(q, &a.ops)).flatten();
        // one word is a phrase only as the whole of a known quote
        if a.cost == 0 && (ids.len() > 1 || known.ids.len() == 1) {
            match tail {
                Some(tail) if differing.is_none() => differing = Some((q, cut_short(&a, tail))),
                Some(_) => {}
                None => agreeing.push(q),
            }
        } else if a.cost == 1
            && differing.is_none()
            && ((!whole || known.ids.len() == ids.len()) && is_one_change_keeping_a_strong_word(&a.ops, story)
                || is_one_inner_edit_keeping_a_strong_word(&a.ops, story))
        {
            differing = Some((q, a));
        }
    }
    // a short sentence of a longer known quote, quoted whole
    if sentence && ids.len() >= lex.min_sentence_words {
        for (q, words) in index.sentence_candidates(&ids) {
            if words.len() != ids.len() {
                continue;
            }
            let a = word_for_word(&ids, &index.quotes[q].ids[words.clone()], words.start);
            if a.cost == 0 {
                agreeing.push(q);
            } else if a.cost == 1 && differing.is_none() && is_one_change_keeping_a_strong_word(&a.ops, story) {
                differing = Some((q, a));
            }
        }
    }
    agreeing.dedup();
    if !agreeing.is_empty() {
        return Verdict::Agrees(agreeing);
    }
    match differing {
        Some((q, a)) => Verdict::Differs {
            quote: q,
            diff: render_diff(&a.ops, story, &index.quotes[q].written),
        },
        None => Verdict::Unknown,
    }
}

/// Judges a short story quote the story gives to a known speaker against that speaker's own
/// known words: a stretch of them as long as the quote with one word changed, the changed word
/// not weak on either side, is a misquote ("It was too ambitious," he said, of his "It was too
/// greedy."). The attribution is what ties so few words to the known ones, and only where the
/// stretch stands as the story sets it: a whole known quote or sentence, or a part whose
/// neighbouring known word the story writes beside the quote (West Germany "takes" it "very
/// strongly" of "We're taking this sentence very seriously"). Another part of a longer quote is
/// a phrase anybody may use ("an honest answer" of "We deserve an honest response"); given to
/// nobody or another person, see `judge_short`.
fn judge_by_speaker(
    index: &QuoteIndex,
    facts: &Facts,
    doc: &Doc,
    parts: &[Range<usize>],
    speaker: &str,
    lower_case_copy: bool,
) -> Verdict {
    let story = index.story_items(doc, parts);
    let Some(ids) = word_ids(&story) else {
        return Verdict::Unknown;
    };
    if ids.len() < 2 || ids.len() >= quote_lexicon().min_words || is_title_of_work(doc, parts) {
        return Verdict::Unknown;
    }
    let beside = StoryNeighbours::of(doc, parts);
    let as_sentence = set_out_as_sentence(doc, parts, lower_case_copy);
    let own = facts.quotes.iter().enumerate().filter(|(_, q)| q.speaker == speaker);
    for (q, _) in own {
        let known = &index.quotes[q];
        for start in 0..(known.ids.len() + 1).saturating_sub(ids.len()) {
            let stretch = start..start + ids.len();
            let a = word_for_word(&ids, &known.ids[stretch.clone()], start);
            if a.cost == 1
                && changes_a_strong_word(&a.ops, &story, known)
                && beside.set_as(known, &stretch, as_sentence)
                && (as_sentence
                    || !known.phrase
                    || keeps_a_strong_word(&a.ops, &story)
                    || changes_a_words_form(&a.ops, &story, known)
                    || respells_or_negates_the_word(&a.ops, &story, known))
            {
                return Verdict::Differs {
                    quote: q,
                    diff: render_diff(&a.ops, &story, &known.written),
                };
            }
        }
    }
    Verdict::Unknown
}

/// Whether the one word changed is another form of the known word, one root with another
/// ending ("respectable" for "respectful"): the known phrase misremembered, though the words
/// kept are weak ones ("very"), where "of interest" for "of concern" is another phrase.
fn changes_a_words_form(ops: &[Op], story: &[Item], known: &KnownQuote) -> bool {
    let root = quote_lexicon().root_letters;
    ops.iter().any(|op| match op {
        Op::Changed(i, j) => matches!(&story[*i], Item::Word(_, w) if {
            let (got, want) = (w.to_lowercase(), known.written[*j].to_lowercase());
            let shared = got.chars().zip(want.chars()).take_while(|(a, b)| a == b).count();
            shared >= root
        }),
        _ => false,
    })
}

/// Whether the one word changed is the known word respelt, one letter from it ("so lively" for
/// "so lovely": misheard or mistyped, where "of interest" for "of concern" is another word
/// chosen), or the known word with a negating prefix added or dropped ("not successful" for
/// "not unsuccessful": the speaker's meaning reversed), though the words kept are weak ones.
fn respells_or_negates_the_word(ops: &[Op], story: &[Item], known: &KnownQuote) -> bool {
    let lex = quote_lexicon();
    let negated = |a: &str, b: &str| {
        lex.negating_prefixes
            .iter()
            .any(|p| a.strip_prefix(p.as_str()) == Some(b))
    };
    ops.iter().any(|op| match op {
        Op::Changed(i, j) => matches!(&story[*i], Item::Word(_, w) if {
            let (got, want) = (w.to_lowercase(), known.written[*j].to_lowercase());
            let long = got.chars().count().min(want.chars().count()) >= lex.respelt_min_letters;
            (long && strsim::osa_distance(&got, &want) == 1) || negated(&got, &want) || negated(&want, &got)
        }),
        _ => false,
    })
}

/// Whether the one word changed is not a weak word, as written and as known.
fn changes_a_strong_word(ops: &[Op], story: &[Item], known: &KnownQuote) -> bool {
    let weak = &quote_lexicon().weak_words;
    ops.iter().any(|op| match op {
        Op::Changed(i, j) => {
            matches!(&story[*i], Item::Word(_, w) if !weak.contains(&w.to_lowercase()))
                && !weak.contains(&known.written[*j].to_lowercase())
        }
        _ => false,
    })
}

/// The story's words right outside a quote's marks, in lower case.
struct StoryNeighbours<'d> {
    before: Option<&'d str>,
    after: Option<&'d str>,
}

impl<'d> StoryNeighbours<'d> {
    /// The nearest word within two tokens of the quote's words, on each side (a mark and a
    /// word: `takes "very strongly" the`).
    fn of(doc: &'d Doc, parts: &[Range<usize>]) -> StoryNeighbours<'d> {
        let word = |k: usize| doc.tokens[k].is_word().then(|| doc.lower_at(k));
        let first = parts.first().map_or(0, |p| p.start);
        let last = parts.last().map_or(first, |p| p.end);
        StoryNeighbours {
            before: (first.saturating_sub(2)..first).rev().find_map(word),
            after: (last..(last + 2).min(doc.tokens.len())).find_map(word),
        }
    }

    /// Whether a stretch of a known quote stands as the story sets its quote: a whole known
    /// sentence quoted as a sentence (`as_sentence`), a whole known phrase ("very respectful")
    /// quoted as sentence or phrase, or a part of one with a word of the
    /// known sentence around it, no weak word, written beside the quote (of one stem: "takes"
    /// for "taking").
    fn set_as(&self, known: &KnownQuote, stretch: &Range<usize>, as_sentence: bool) -> bool {
        let sentence = sentences(&known.pauses)
            .find(|s| s.contains(&stretch.start))
            .unwrap_or(stretch.clone());
        // a phrase the desk records whole stands as a phrase the story works into its own
        // sentence ('adding that the crowd was "very respectful"'), as a sentence as a sentence
        if sentence == *stretch {
            return as_sentence || known.phrase;
        }
        let weak = &quote_lexicon().weak_words;
        let around = sentence
            .filter(|k| !stretch.contains(k))
            .map(|k| known.written[k].to_lowercase())
            .filter(|w| !weak.contains(w));
        let beside = [self.before, self.after];
        around
            .into_iter()
            .any(|w| beside.iter().flatten().any(|&b| b == w || same_stem(b, &w)))
    }
}

/// Two quotes of the same length compared word for word; `known` starts at word `offset` of
/// its quote.
fn word_for_word(story: &[u32], known: &[u32], offset: usize) -> Alignment {
    let ops: Vec<Op> = story
        .iter()
        .zip(known)
        .enumerate()
        .map(|(i, (s, k))| {
            if s == k {
                Op::Same(i, i + offset)
            } else {
                Op::Changed(i, i + offset)
            }
        })
        .collect();
    Alignment {
        cost: ops.iter().filter(|op| matches!(op, Op::Changed(..))).count(),
        ops,
    }
}

/// One known word changed for another, the rest the same, and of the words kept at least one
/// that is not weak ("very serious matter" for "very serious issue", not "of concern" for "of
/// interest").
fn is_one_change_keeping_a_strong_word(ops: &[Op], story: &[Item]) -> bool {
    let changed = ops.iter().filter(|op| matches!(op, Op::Changed(..))).count();
    let other_edits = ops.iter().any(|op| matches!(op, Op::Added(_) | Op::Dropped(_)));
    changed == 1 && !other_edits && keeps_a_strong_word(ops, story)
}

/// One word added to or dropped from inside a known phrase, the words on both sides of it the
/// same ("self-obsessed little schoolboys" for "self-obsessed schoolboys"), and of the words
/// kept at least one not weak. Quoted words run on: a word more or less inside them is no
/// story quoting more or less of what was said, as one at either end may be.
fn is_one_inner_edit_keeping_a_strong_word(ops: &[Op], story: &[Item]) -> bool {
    let Some(at) = ops.iter().position(|op| matches!(op, Op::Added(_) | Op::Dropped(_))) else {
        return false;
    };
    let others_same = ops
        .iter()
        .enumerate()
        .all(|(k, op)| k == at || matches!(op, Op::Same(..)));
    others_same && at > 0 && at + 1 < ops.len() && keeps_a_strong_word(ops, story)
}

/// Whether the edits of an alignment are one stretch inside the quote, words kept on both
/// sides of it, that replaces at most `max_words` known words by at most as many of the
/// story's ("a great deal" for "a hell of a lot"): one phrase swapped for another.
fn replaces_one_inner_stretch(ops: &[Op], max_words: usize) -> bool {
    let is_edit = |op: &Op| matches!(op, Op::Changed(..) | Op::Added(_) | Op::Dropped(_));
    let (Some(first), Some(last)) = (ops.iter().position(is_edit), ops.iter().rposition(is_edit)) else {
        return false;
    };
    let stretch = &ops[first..=last];
    let known = stretch
        .iter()
        .filter(|op| matches!(op, Op::Changed(..) | Op::Dropped(_)))
        .count();
    let written = stretch
        .iter()
        .filter(|op| matches!(op, Op::Changed(..) | Op::Added(_)))
        .count();
    let inside = first > 0 && last + 1 < ops.len();
    inside && stretch.iter().all(is_edit) && known <= max_words && written <= max_words
}

/// Whether a word the story keeps of the known quote is not one of the weak words.
fn keeps_a_strong_word(ops: &[Op], story: &[Item]) -> bool {
    let weak = &quote_lexicon().weak_words;
    ops.iter().any(|op| match op {
        Op::Same(i, _) => matches!(&story[*i], Item::Word(_, w) if !weak.contains(&w.to_lowercase())),
        _ => false,
    })
}

/// "White Teeth", "Mutants": every word capitalised is a title of a work, not speech.
fn is_title_of_work(doc: &Doc, parts: &[Range<usize>]) -> bool {
    parts
        .iter()
        .flat_map(|p| doc.tokens[p.clone()].iter())
        .filter(|t| t.is_word())
        .all(|t| t.is_capitalized())
}

/// An amount in a quote: its tokens (from its currency sign or number to its unit, counted
/// in the quote's own tokens) and the quantity it gives as one word's key.
struct Amount {
    tokens: Range<usize>,
    key: String,
}

/// The amounts of a quote's tokens `range` of `doc`, whose tokens start `before` tokens into the
/// quote: one word each, keyed by the quantity, so an equal amount restated in another form
/// ("2,000 mln dlrs" for "two billion dlrs") is the same word and another amount another.
fn amounts(doc: &Doc, range: Range<usize>, before: usize) -> Vec<Amount> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let read = crate::number::read_at(doc, i).filter(|r| r.start == i && r.tokens.end <= range.end);
        let Some(r) = read else {
            i += 1;
            continue;
        };
        let q = &r.quantity;
        out.push(Amount {
            tokens: i - range.start + before..r.tokens.end - range.start + before,
            key: format!("#{:?} {} {} {} {:?}", q.kind, q.low, q.high, q.factor, q.per),
        });
        i = r.tokens.end;
    }
    out
}

/// Tokens as written, a space between those not glued.
fn written(tokens: &[Token]) -> String {
    tokens.iter().enumerate().fold(String::new(), |mut w, (n, t)| {
        if n > 0 && !t.glued {
            w.push(' ');
        }
        w.push_str(t.text());
        w
    })
}

/// Each word's key for comparison (lower case, one apostrophe; an amount's `amounts` key), how
/// it is written and what follows it, an ellipsis or bracketed words as one gap, words in
/// parentheses as asides.
fn items(tokens: &[Token], amounts: &[Amount]) -> Vec<(Key, String, Pause)> {
    let mut out = Vec::new();
    let mut k = 0;
    let mut amounts = amounts.iter().peekable();
    // the parenthesis being read closes here
    let mut aside_until = None;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.is("(") && aside_until.is_none() {
            aside_until = (k..tokens.len()).find(|&j| tokens[j].is(")"));
        }
        if aside_until.is_some_and(|end| k >= end) {
            aside_until = None;
        }
        while amounts.next_if(|a| a.tokens.start < k).is_some() {}
        if let Some(amount) = amounts.next_if(|a| a.tokens.start == k) {
            let key = if aside_until.is_some() {
                Key::Aside(amount.key.clone())
            } else {
                Key::Word(amount.key.clone())
            };
            let end = amount.tokens.end;
            out.push((key, written(&tokens[k..end]), pause_after(tokens, end - 1)));
            k = end;
            continue;
        }
        if t.is("[") {
            let close = (k..tokens.len())
                .find(|&j| tokens[j].is("]"))
                .unwrap_or(tokens.len() - 1);
            out.push((Key::Gap, written(&tokens[k..=close]), Pause::None));
            k = close + 1;
            continue;
        }
        let dots = tokens[k..].iter().take_while(|t| t.is(".")).count();
        if t.is("…") || dots >= 2 {
            out.push((Key::Gap, "...".to_string(), Pause::None));
            k += dots.max(1);
            continue;
        }
        if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            let parts: Vec<&str> = t.text().split(['-', '‑']).filter(|p| !p.is_empty()).collect();
            for (n, part) in parts.iter().enumerate() {
                let key = word_key(part);
                let key = if aside_until.is_some() {
                    Key::Aside(key)
                } else {
                    Key::Word(key)
                };
                let pause = if n + 1 == parts.len() {
                    pause_after(tokens, k)
                } else {
                    Pause::None
                };
                out.push((key, part.to_string(), pause));
            }
        }
        k += 1;
    }
    out
}

/// What follows the word at `k`, past closing marks and brackets: the end of the text or a
/// stop ends its sentence, any other punctuation pauses it.
fn pause_after(tokens: &[Token], k: usize) -> Pause {
    let next = tokens[k + 1..]
        .iter()
        .find(|t| !matches!(t.text(), "'" | "’" | "\"" | "”" | ")" | "]"));
    match next {
        None => Pause::Sentence,
        Some(t) if matches!(t.text(), "." | "!" | "?" | "…") => Pause::Sentence,
        Some(t) if t.kind == TokenKind::Symbol => Pause::Clause,
        Some(_) => Pause::None,
    }
}

/// A word's comparison key: lower case, one apostrophe, "an" as "a", and a British ending in
/// its American spelling ("metres" as "meters").
fn word_key(word: &str) -> String {
    let lex = quote_lexicon();
    let key = word.to_lowercase().replace('’', "'");
    if let Some(same) = lex.same_words.get(&key) {
        return same.clone();
    }
    if key.chars().count() < lex.spelling_min_letters {
        return key;
    }
    match lex
        .spelling_variants
        .iter()
        .find_map(|(british, american)| Some((key.strip_suffix(british.as_str())?, american)))
    {
        Some((stem, american)) => format!("{stem}{american}"),
        None => key,
    }
}

/// One step of an alignment of a story quote with a known one.
#[derive(Clone, Debug, PartialEq)]
enum Op {
    /// Story item, known word: equal.
    Same(usize, usize),
    /// Story word for a known word.
    Changed(usize, usize),
    /// A story word the known quote does not have.
    Added(usize),
    /// A known word the story drops.
    Dropped(usize),
    /// A gap item standing for some known words.
    Gap(usize),
    /// A word of the writer's aside that stands for no known word.
    Aside(usize),
}

struct Alignment {
    cost: usize,
    ops: Vec<Op>,
}

/// The cheapest alignment of the whole story quote with a contiguous part of the known
/// words (free to start and end anywhere in them); a gap item takes any number of known words
/// at no cost.
fn align(story: &[Item], known: &[u32]) -> Alignment {
    let (n, m) = (story.len(), known.len());
    let width = m + 1;
    let mut cost = vec![0usize; (n + 1) * width];
    for i in 1..=n {
        let row = i * width;
        let prev = (i - 1) * width;
        match &story[i - 1] {
            Item::Gap(_) => {
                let mut best = usize::MAX;
                for j in 0..=m {
                    best = best.min(cost[prev + j]);
                    cost[row + j] = best;
                }
            }
            Item::Word(id, _) => {
                cost[row] = cost[prev] + 1;
                for j in 1..=m {
                    let diagonal = cost[prev + j - 1] + usize::from(*id != known[j - 1]);
                    cost[row + j] = diagonal.min(cost[prev + j] + 1).min(cost[row + j - 1] + 1);
                }
            }
            Item::Aside(id, _) => {
                cost[row] = cost[prev];
                for j in 1..=m {
                    let same = if *id == known[j - 1] {
                        cost[prev + j - 1]
                    } else {
                        usize::MAX
                    };
                    cost[row + j] = same.min(cost[prev + j]).min(cost[row + j - 1] + 1);
                }
            }
        }
    }
    // of equally cheap ends the latest: a story word that is the next known word is read as
    // that word ("mutual animosity contempt" drops "and"), not as a word added after the part
    let end = (0..=m).rev().min_by_key(|&j| cost[n * width + j]).unwrap_or(0);
    Alignment {
        cost: cost[n * width + end],
        ops: trace_back(story, known, &cost, width, end),
    }
}

fn trace_back(story: &[Item], known: &[u32], cost: &[usize], width: usize, end: usize) -> Vec<Op> {
    let mut ops = Vec::new();
    let (mut i, mut j) = (story.len(), end);
    while i > 0 {
        let here = cost[i * width + j];
        match &story[i - 1] {
            Item::Gap(_) => {
                let mut from = j;
                while from > 0 && cost[(i - 1) * width + from] != here {
                    from -= 1;
                }
                ops.push(Op::Gap(i - 1));
                j = from;
            }
            Item::Aside(id, _) => {
                if cost[(i - 1) * width + j] == here {
                    ops.push(Op::Aside(i - 1));
                } else if j > 0 && *id == known[j - 1] && cost[(i - 1) * width + j - 1] == here {
                    ops.push(Op::Same(i - 1, j - 1));
                    j -= 1;
                } else {
                    ops.push(Op::Dropped(j - 1));
                    j -= 1;
                    continue;
                }
            }
            Item::Word(id, _) => {
                let up = cost[(i - 1) * width + j];
                if j > 0 && cost[(i - 1) * width + j - 1] + usize::from(*id != known[j - 1]) == here {
                    ops.push(if *id == known[j - 1] {
                        Op::Same(i - 1, j - 1)
                    } else {
                        Op::Changed(i - 1, j - 1)
                    });
                    j -= 1;
                } else if up + 1 == here {
                    ops.push(Op::Added(i - 1));
                } else {
                    ops.push(Op::Dropped(j - 1));
                    j -= 1;
                    continue;
                }
            }
        }
        i -= 1;
    }
    ops.reverse();
    ops
}

/// "we will [-never-] [+not+] give in": the story's words, with what to drop between `[-`
/// and `-]` and what the speaker said between `[+` and `+]`, over the part of the known quote
/// the story quotes. An ellipsis and bracketed words are shown as written.
fn render_diff(ops: &[Op], story: &[Item], known: &[String]) -> String {
    let written = |i: usize| match &story[i] {
        Item::Word(_, w) | Item::Aside(_, w) | Item::Gap(w) => w.clone(),
    };
    // runs of words as the speaker said them (`Ok`) between the changes (`Err`)
    let mut pieces: Vec<Result<String, String>> = Vec::new();
    let (mut drop, mut add): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let flush = |pieces: &mut Vec<Result<String, String>>, drop: &mut Vec<String>, add: &mut Vec<String>| {
        if !drop.is_empty() {
            pieces.push(Err(super::dropped(drop)));
        }
        if !add.is_empty() {
            pieces.push(Err(super::added(add)));
        }
        drop.clear();
        add.clear();
    };
    for op in ops {
        match op {
            Op::Same(_, j) => {
                flush(&mut pieces, &mut drop, &mut add);
                pieces.push(Ok(known[*j].clone()));
            }
            Op::Changed(i, j) => {
                drop.push(written(*i));
                add.push(known[*j].clone());
            }
            Op::Added(i) => drop.push(written(*i)),
            Op::Dropped(j) => add.push(known[*j].clone()),
            Op::Gap(i) | Op::Aside(i) => {
                flush(&mut pieces, &mut drop, &mut add);
                pieces.push(Ok(written(*i)));
            }
        }
    }
    flush(&mut pieces, &mut drop, &mut add);
    around_changes(&pieces).join(" ")
}

/// How many unchanged words a diff shows on each side of a change.
const DIFF_CONTEXT: usize = 4;

/// The pieces of a diff with long unchanged runs cut to a few words beside each change (a
/// run of one word more is shown whole rather than as "…").
fn around_changes(pieces: &[Result<String, String>]) -> Vec<String> {
    let changes: Vec<usize> = (0..pieces.len()).filter(|&k| pieces[k].is_err()).collect();
    let near = |k: usize| changes.iter().any(|&c| c.abs_diff(k) <= DIFF_CONTEXT);
    let shown = |k: usize| near(k) || (k.checked_sub(1).is_none_or(near) && (k + 1 >= pieces.len() || near(k + 1)));
    let mut out = Vec::new();
    for (k, piece) in pieces.iter().enumerate() {
        match piece {
            Ok(word) | Err(word) if shown(k) => out.push(word.clone()),
            _ if out.last().is_some_and(|w| w == "…") => {}
            _ => out.push("…".to_string()),
        }
    }
    out
}

/// The people of the facts a story names around a quote, by name: anywhere in the story,
/// and in the quote's own sentences.
pub struct Named<'n> {
    /// Everyone the story names.
    pub in_story: &'n HashSet<&'n str>,
    /// Everyone named in the sentences the quote stands in.
    pub beside: HashSet<&'n str>,
}

/// The story's quotes whose words the facts give to one of their people, whole or part by
/// part as `check_quote` judges them: they vouch for a near name saying them (see
/// `NameIndex::extract`).
pub fn credited_quotes(
    index: &QuoteIndex,
    facts: &Facts,
    doc: &Doc,
    quotes: &[QuoteMention],
    lower_case_copy: bool,
) -> Vec<CreditedQuote> {
    let person_named = |name: &str| facts.people.iter().position(|p| p.name == name);
    let mut credited = Vec::new();
    for quote in quotes {
        let whole = judge(index, doc, &quote.parts, lower_case_copy);
        for (parts, verdict) in pieces(index, doc, quote, whole, lower_case_copy) {
            let Verdict::Agrees(known) = verdict else {
                continue;
            };
            let words = parts.first().map_or(0, |p| p.start)..parts.last().map_or(0, |p| p.end);
            credited.extend(known.iter().filter_map(|&q| {
                Some(CreditedQuote {
                    words: words.clone(),
                    person: person_named(&facts.quotes[q].speaker)?,
                })
            }));
        }
    }
    credited
}

/// A quote's parts with their verdicts: the whole quote's, or each part's when several parts
/// match nothing whole (two known quotes the story runs on from one paragraph to the next), or
/// when the whole is close to a known quote but its parts are known quotes apart (see
/// `are_separate_known_quotes`).
fn pieces<'q>(
    index: &QuoteIndex,
    doc: &Doc,
    quote: &'q QuoteMention,
    whole: Verdict,
    lower_case_copy: bool,
) -> Vec<(&'q [Range<usize>], Verdict)> {
    if quote.parts.len() > 1 && !matches!(whole, Verdict::Agrees(_)) {
        let each: Vec<(&'q [Range<usize>], Verdict)> = quote
            .parts
            .chunks(1)
            .map(|part| (part, judge(index, doc, part, lower_case_copy)))
            .collect();
        if whole == Verdict::Unknown || are_separate_known_quotes(&each) {
            return each;
        }
    }
    vec![(&quote.parts[..], whole)]
}

/// Whether every part of a quote agrees with a known quote and no one known quote holds them
/// all: the facts give the words on either side of the attribution as quotes of their own
/// ("People want portability," she said, "and with peer-to-peer they have 100% portability.",
/// bbc/tech/285.txt), so the joined words, close to the longer one, are no misquote of it.
/// A known quote agreeing with every part keeps the whole's verdict: a word dropped at the
/// break is still a misquote of it.
fn are_separate_known_quotes(parts: &[(&[Range<usize>], Verdict)]) -> bool {
    let known: Vec<&Vec<usize>> = parts
        .iter()
        .filter_map(|(_, verdict)| match verdict {
            Verdict::Agrees(known) => Some(known),
            _ => None,
        })
        .collect();
    let (Some(first), true) = (known.first(), known.len() == parts.len()) else {
        return false;
    };
    !first.iter().any(|q| known.iter().all(|k| k.contains(q)))
}

/// Who the story gives a quote to: one person, or several named as one subject of the verb
/// ("said Jonathan Wolpaw and Dennis McFarlane"), and the span of the name that says so.
#[derive(Clone)]
struct SaidBy {
    names: Vec<String>,
    span: Range<usize>,
}

impl SaidBy {
    fn includes(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    /// "Jonathan Wolpaw and Gerwin Schalk".
    fn label(&self) -> String {
        self.names.join(" and ")
    }
}

/// The findings for one story quote: a misquote of a known quote, or a known quote given to
/// another person of the facts. `said_by` is the people the story gives the quote to (the one
/// speaker first, then any named with them as one subject) and the span of the speaker's name;
/// words the facts give to any of them are theirs. `named`, who else the story names. A quote in several
/// parts that matches nothing whole is judged part by part (`pieces`). `lower_case_copy`: the story is set in lower case, so
/// no capital says where a quoted sentence starts.
pub fn check_quote(
    index: &QuoteIndex,
    facts: &Facts,
    doc: &Doc,
    quote: &QuoteMention,
    said_by: Option<(Vec<usize>, Range<usize>)>,
    named: &Named,
    lower_case_copy: bool,
) -> Vec<Finding> {
    let said_by = said_by
        .map(|(people, span)| SaidBy {
            names: people
                .into_iter()
                .filter_map(|p| facts.people.get(p))
                .map(|person| person.name.clone())
                .collect(),
            span,
        })
        .filter(|s| !s.names.is_empty());
    let whole = match judge(index, doc, &quote.parts, lower_case_copy) {
        Verdict::Unknown => (said_by.iter().flat_map(|s| &s.names))
            .map(|name| judge_by_speaker(index, facts, doc, &quote.parts, name, lower_case_copy))
            .find(|verdict| *verdict != Verdict::Unknown)
            .unwrap_or(Verdict::Unknown),
        verdict => verdict,
    };
    pieces(index, doc, quote, whole, lower_case_copy)
        .into_iter()
        .filter_map(|(parts, verdict)| {
            let words = word_count(index, doc, parts);
            let short = words < quote_lexicon().min_words;
            let said_by = said_by.clone();
            let distinct = words >= quote_lexicon().min_part_words;
            finding_for(facts, doc, parts, verdict, said_by, short.then_some(named), distinct)
        })
        .collect()
}

fn word_count(index: &QuoteIndex, doc: &Doc, parts: &[Range<usize>]) -> usize {
    let items = index.story_items(doc, parts);
    items.iter().filter(|i| matches!(i, Item::Word(..))).count()
}

/// The finding for a verdict. For a short quote (`short_named` given), the known speaker must
/// be named: beside a misquote the story gives to nobody, anywhere in the story for words the
/// story gives to somebody else, unless the words are `distinct` (from `min_part_words` words:
/// "emotional and difficult time" is one person's, "real shame" may be anybody's).
fn finding_for(
    facts: &Facts,
    doc: &Doc,
    parts: &[Range<usize>],
    verdict: Verdict,
    said_by: Option<SaidBy>,
    short_named: Option<&Named>,
    distinct: bool,
) -> Option<Finding> {
    let speaker = |q: usize| facts.quotes[q].speaker.as_str();
    match verdict {
        Verdict::Agrees(known) => {
            let said_by = said_by?;
            if known.iter().any(|&q| said_by.includes(speaker(q))) {
                return None;
            }
            let named_in_story = |q: &&usize| distinct || short_named.is_none_or(|n| n.in_story.contains(speaker(**q)));
            let &q = known.iter().find(named_in_story)?;
            Some(misattributed(
                doc,
                parts,
                &facts.quotes[q],
                &said_by.label(),
                said_by.span,
            ))
        }
        // words close to one person's, given to another: another quote, not a misquote
        Verdict::Differs { quote: q, .. } if said_by.as_ref().is_some_and(|s| !s.includes(speaker(q))) => None,
        // a short phrase given to nobody is a misquote only beside its speaker's name
        Verdict::Differs { quote: q, .. }
            if said_by.is_none() && short_named.is_some_and(|n| !n.beside.contains(speaker(q))) =>
        {
            None
        }
        Verdict::Differs { quote: q, diff } => Some(mismatch(doc, parts, &facts.quotes[q], diff)),
        Verdict::Unknown => None,
    }
}

/// The quoted words' span: from the first quoted token to the last.
fn words_span(doc: &Doc, parts: &[Range<usize>]) -> Range<usize> {
    let first = parts.first().map_or(0, |p| p.start);
    let last = parts.last().map_or(first + 1, |p| p.end);
    doc.span(first..last)
}

/// "said by Liam Fox, 2004-07-18, BBC One's Breakfast with Frost".
fn said_label(known: &Quote) -> String {
    let mut label = format!("said by {}", known.speaker);
    for detail in [&known.date, &known.source].into_iter().flatten() {
        label.push_str(", ");
        label.push_str(detail);
    }
    label
}

fn mismatch(doc: &Doc, parts: &[Range<usize>], known: &Quote, diff: String) -> Finding {
    Finding::new(
        Code::QuoteMismatch,
        words_span(doc, parts),
        format!("quote differs from the words {} said", known.speaker),
        "not the words as said".into(),
    )
    .with_fact(&known.speaker, &known.loc, said_label(known))
    .with_help(diff)
}

fn misattributed(doc: &Doc, parts: &[Range<usize>], known: &Quote, name: &str, span: Range<usize>) -> Finding {
    let mut finding = Finding::new(
        Code::QuoteMisattributed,
        span,
        format!(
            "quote given to {name}, but the facts give these words to {}",
            known.speaker
        ),
        format!("{name} is not the speaker"),
    )
    .with_fact(&known.speaker, &known.loc, said_label(known))
    .with_help(format!("the words are {}'s", known.speaker));
    finding.related = Some((words_span(doc, parts), "these words".into()));
    finding
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::extract_quotes;
    use std::path::Path;

    const KNOWN: &str = "We will not give in, we will not be moved, and we will win this fight.";

    fn index(texts: &[&str]) -> QuoteIndex {
        let yaml: String = texts
            .iter()
            .map(|t| format!("  - speaker: A B\n    text: \"{t}\"\n"))
            .collect();
        let mut facts = Facts::default();
        facts
            .add_file(Path::new("f.yaml"), format!("people:\n  - name: A B\nquotes:\n{yaml}"))
            .unwrap();
        QuoteIndex::new(&facts.quotes)
    }

    fn verdict(index: &QuoteIndex, story: &str) -> Verdict {
        let doc = Doc::new(story);
        let quotes = extract_quotes(&doc);
        judge(index, &doc, &quotes[0].parts, false)
    }

    #[test]
    fn a_contiguous_part_with_ellipses_and_brackets_agrees() {
        let known = index(&[KNOWN]);
        for story in [
            "\"We will not give in, we will not be moved, and we will win this fight.\"",
            "“WE WILL NOT BE MOVED,” she said.",
            "\"We will not give in ... and we will win this fight.\"",
            "\"We will not give in, [we] will not be moved.\"",
            "\"We will not give in, [the party] will not be moved.\"",
            "\"We will not\ngive in, we will not be moved.\"",
        ] {
            assert_eq!(verdict(&known, story), Verdict::Agrees(vec![0]), "{story}");
        }
    }

    #[test]
    fn a_word_changed_added_or_dropped_is_a_misquote_with_its_diff() {
        let known = index(&[KNOWN]);
        let differs = |story: &str| match verdict(&known, story) {
            Verdict::Differs { diff, .. } => diff,
            other => panic!("{story}: {other:?}"),
        };
        assert_eq!(
            differs("\"We will never give in, we will not be moved.\""),
            "We will [-never-] [+not+] give in we will …"
        );
        assert_eq!(
            differs("\"we will not be moved, and we will surely win this fight\""),
            "… moved and we will [-surely-] win this fight"
        );
        assert_eq!(
            differs("\"We will not ... win the fight.\""),
            "we will not ... win [-the-] [+this+] fight"
        );
        // bbc/business/055, edited: one phrase swapped for another inside a long quote is one
        // misquote, however many words it takes ("a great deal" for "a hell of a lot")
        assert_eq!(
            differs("\"We will not give in, we shall never budge, and we will win this fight.\""),
            "… not give in we [-shall never budge-] [+will not be moved+] and we will win …"
        );
        // two phrases swapped, or one in too few kept words, are other words
        let two = "\"We shall never give in, we will not be moved, and we must win the fight.\"";
        assert_eq!(verdict(&known, two), Verdict::Unknown);
        let few = "\"We will not give way or be moved.\"";
        assert_eq!(verdict(&known, few), Verdict::Unknown);
    }

    #[test]
    fn an_equal_amount_restated_in_a_quote_is_no_misquote() {
        let known = index(&["The fund says it can lend us two billion dlrs if we want more."]);
        for story in [
            "\"The fund says it can lend us two billion dlrs if we want more.\"",
            "\"The fund says it can lend us 2,000 mln dlrs if we want more.\"",
            "\"The fund says it can lend us 2 billion dlrs if we want more.\"",
        ] {
            assert!(matches!(verdict(&known, story), Verdict::Agrees(_)), "{story}");
        }
        match verdict(
            &known,
            "\"The fund says it can lend us three billion dlrs if we want more.\"",
        ) {
            Verdict::Differs { diff, .. } => assert_eq!(
                diff,
                "… it can lend us [-three billion dlrs-] [+two billion dlrs+] if we want more"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn words_moved_inside_a_quote_are_a_misquote_however_many() {
        // a moved word costs an alignment two edits: two hyphenated words moved cost four
        let known = index(&["Today we are making a set of far-reaching proposals towards a fair framework."]);
        let story = "\"Today we are making a far-reaching set of proposals towards a fair framework.\"";
        assert!(matches!(verdict(&known, story), Verdict::Differs { .. }));
        let swapped = "\"Today we are making a set of far-reaching proposals towards a framework fair.\"";
        assert!(matches!(verdict(&known, swapped), Verdict::Differs { .. }));
        // other words in the same places are no reordering of these
        let other = "\"Today we are making a far-reaching set of demands towards a fair framework.\"";
        assert_eq!(verdict(&known, other), Verdict::Unknown);
    }

    #[test]
    fn words_in_parentheses_are_the_writers_aside() {
        // reuters21578/16759 and 00248: the desk's quote has no parenthesis, the wire's has
        let known = index(&[
            "This will gradually reduce the ratio of the surplus to GNP from the current five pct level to three pct by 1991.",
            "may be because of the end of the winter season and the glut in the market.",
        ]);
        for story in [
            "\"This will gradually reduce the ratio of the surplus to GNP\n(gross national product) from the current five pct level to\nthree pct by 1991,\" he added.",
            "prices \"may be because of the end of the (northern hemisphere)\nwinter season and the glut in the market.\"",
            "\"may be because of the end of the (winter) season and the glut\"",
        ] {
            assert!(matches!(verdict(&known, story), Verdict::Agrees(_)), "{story}");
        }
        match verdict(
            &known,
            "\"This will sharply reduce the ratio of the surplus to GNP (gross national product) from the current\"",
        ) {
            Verdict::Differs { diff, .. } => {
                assert_eq!(diff, "This will [-sharply-] [+gradually+] reduce the ratio of …")
            }
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(
                verdict(&known, "\"the end of the (spring) season and the glut in the market\""),
                Verdict::Differs { .. }
            ),
            "an aside does not stand for a word the speaker said"
        );
    }

    #[test]
    fn short_phrases_and_other_words_are_not_compared() {
        let known = index(&[KNOWN]);
        assert_eq!(verdict(&known, "a \"will not give\" in"), Verdict::Unknown);
        assert_eq!(
            verdict(&known, "\"We shall fight on the beaches, we shall never surrender.\""),
            Verdict::Unknown
        );
        assert_eq!(
            verdict(&known, "\"We will not give in to anything they ask of us now.\""),
            Verdict::Unknown
        );
    }

    #[test]
    fn the_closest_of_many_known_quotes_is_chosen() {
        let known = index(&[
            "The economy is producing a moderate but not a satisfying amount of job growth.",
            KNOWN,
            "We will not give up the fight for jobs.",
        ]);
        assert_eq!(
            verdict(&known, "\"We will not give up the fight for jobs.\""),
            Verdict::Agrees(vec![2])
        );
        assert!(matches!(
            verdict(
                &known,
                "\"producing a moderate but not a satisfying amount of jobs growth\""
            ),
            Verdict::Differs { quote: 0, .. }
        ));
    }

    /// The codes and underlined words of the quote findings for `story` against `facts`.
    fn quotes_found(facts: &str, story: &str) -> Vec<(Code, String)> {
        crate::check::check_yaml(facts, story, &Default::default())
            .into_iter()
            .filter(|f| matches!(f.code, Code::QuoteMismatch | Code::QuoteMisattributed))
            .map(|f| (f.code, story[f.span].to_string()))
            .collect()
    }

    /// The codes and quoted words of the findings for `story` against the facts below.
    fn quote_findings(story: &str) -> Vec<(Code, String)> {
        const FACTS: &str = "people:\n  - name: David Laws\n  - name: Andrew Tyrie\n  - name: Sylvia Heal\n  \
            - name: Nigel Haslam\n  - name: John Reid\n  - name: Oleg Rybachuk\nquotes:\n  \
            - speaker: David Laws\n    text: very serious matter\n  \
            - speaker: Sylvia Heal\n    text: of concern\n  \
            - speaker: Nigel Haslam\n    text: helpful\n  \
            - speaker: Andrew Tyrie\n    text: clearly, or at least apparently, leaked to the Evening Standard\n  \
            - speaker: Oleg Rybachuk\n    text: We deserve an honest response. We understand the difficulties.\n";
        crate::check::check_yaml(FACTS, story, &Default::default())
            .into_iter()
            .filter(|f| matches!(f.code, Code::QuoteMismatch | Code::QuoteMisattributed))
            .map(|f| (f.code, story[f.related.map_or(f.span, |r| r.0)].to_string()))
            .collect()
    }

    #[test]
    fn short_quotes_are_compared_whole_with_short_known_quotes() {
        // bbc/politics/376 and reuters21578/08820, edited
        let laws = "Liberal Democrat David Laws said it was a \"very serious issue\" for the House.";
        assert_eq!(
            quote_findings(laws),
            [(Code::QuoteMismatch, "very serious issue".to_string())]
        );
        assert!(quote_findings(&laws.replace("issue", "matter")).is_empty());
        let given_to_tyrie = "David Laws spoke first. Andrew Tyrie said it was a \"very serious matter\".";
        assert_eq!(
            quote_findings(given_to_tyrie),
            [(Code::QuoteMisattributed, "very serious matter".to_string())]
        );
        assert_eq!(
            quote_findings("Nigel Haslam spoke. John Reid said the relief was \"helpful,\" but small."),
            [(Code::QuoteMisattributed, "helpful,".to_string())]
        );
        // a speaker the story never names gives no words to take from him, but four words
        // are his own (bbc/sport/189: "emotional and difficult time")
        assert!(quote_findings("Andrew Tyrie said it was a \"very serious matter\".").is_empty());
        assert_eq!(
            quote_findings("Andrew Tyrie said: \"We understand the difficulties.\""),
            [(Code::QuoteMisattributed, "We understand the difficulties.".to_string())]
        );
    }

    #[test]
    fn a_word_added_or_dropped_inside_a_short_quote_is_a_misquote() {
        // bbc/politics/256, edited: "self-obsessed schoolboys" -> "self-obsessed little schoolboys"
        let laws = |words: &str| format!("Liberal Democrat David Laws called it a \"{words}\" for the House.");
        assert_eq!(
            quote_findings(&laws("very serious legal matter")),
            [(Code::QuoteMismatch, "very serious legal matter".to_string())]
        );
        // a word at either end is the story quoting more or less of what was said
        for part in ["very serious matter indeed", "serious matter"] {
            assert!(quote_findings(&laws(part)).is_empty(), "{part}");
        }
        // bbc/politics/256: "mutual animosity and contempt", a word dropped inside
        let known = index(&["mutual animosity and contempt"]);
        match verdict(&known, "had \"mutual animosity contempt\"") {
            Verdict::Differs { diff, .. } => assert_eq!(diff, "mutual animosity [+and+] contempt"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn short_phrases_that_are_not_the_known_ones_stay_quiet() {
        for story in [
            // a scare quote away from the speaker's name
            "David Laws spoke. The so-called \"very serious issue\" was not debated.",
            // only weak words kept: another phrase
            "Sylvia Heal said it was \"of interest\" to MPs.",
            // one word is never a misquote of another word
            "Nigel Haslam said the relief was \"useful\".",
            // a title of a work
            "David Laws said he had read \"Very Serious Matters\" twice.",
            // three words of a longer quote are a phrase of it, not a quotation
            "Oleg Rybachuk said the country wanted \"an honest answer\".",
        ] {
            assert!(quote_findings(story).is_empty(), "{story}");
        }
    }

    #[test]
    fn a_short_phrase_given_to_its_speaker_with_a_word_respelt_or_negated_is_a_misquote() {
        // bbc/entertainment/190.txt and reuters21578/04136.txt, edited: the words kept are weak
        // ones, the word changed one letter from the known one or its opposite by a prefix
        const FACTS: &str = "people:\n  - name: Esther Rantzen\n    aliases: [Rantzen]\n  \
            - name: Herbert Mittendorf\n    aliases: [Mittendorf]\nquotes:\n  \
            - speaker: Esther Rantzen\n    text: so lovely\n  \
            - speaker: Herbert Mittendorf\n    text: not unsuccessful.\n";
        let findings = |story: &str| quotes_found(FACTS, story);
        let lively = "Host Esther Rantzen said he was \"so lively\" to work with.";
        assert_eq!(findings(lively), [(Code::QuoteMismatch, "so lively".to_string())]);
        let successful = "The efforts were \"not successful,\" Mittendorf said.";
        assert_eq!(
            findings(successful),
            [(Code::QuoteMismatch, "not successful,".to_string())]
        );
        for quiet in [
            "Host Esther Rantzen said he was \"so lovely\" to work with.",
            // another word chosen, not the known one respelt
            "Host Esther Rantzen said he was \"so kind\" to work with.",
            "The efforts were \"not unsuccessful,\" Mittendorf said.",
        ] {
            assert!(findings(quiet).is_empty(), "{quiet}: {:?}", findings(quiet));
        }
    }

    #[test]
    fn a_short_quote_given_to_its_speaker_with_one_word_changed_is_a_misquote() {
        // reuters21578/17070.txt and 03031.txt, edited
        const FACTS: &str = "people:\n  - name: Michio Watanabe\n    aliases: [Watanabe]\n  \
            - name: Hans Tietmeyer\n    aliases: [Tietmeyer]\nquotes:\n  \
            - speaker: Michio Watanabe\n    text: It was too greedy.\n  \
            - speaker: Hans Tietmeyer\n    text: We're taking this sentence very seriously.\n  \
            - speaker: Michio Watanabe\n    text: very respectful\n";
        let findings = |story: &str| quotes_found(FACTS, story);
        let greedy = "Watanabe spoke. \"It was too ambitious,\" Watanabe said.";
        assert_eq!(
            findings(greedy),
            [(Code::QuoteMismatch, "It was too ambitious,".to_string())]
        );
        let seriously = "West Germany takes \"very strongly\" the pact, Tietmeyer said.";
        assert_eq!(
            findings(seriously),
            [(Code::QuoteMismatch, "very strongly".to_string())]
        );
        // bbc/sport/486, edited: a phrase the desk records whole, worked into the writer's
        // sentence as written, one strong word changed
        let respectful = "\"It was too greedy,\" said Watanabe, adding the crowd was \"very respectable\".";
        assert_eq!(
            findings(respectful),
            [(Code::QuoteMismatch, "very respectable".to_string())]
        );
        for quiet in [
            // as said
            "\"It was too greedy,\" said Watanabe, adding the crowd was \"very respectful\".",
            "\"It was too greedy,\" Watanabe said.",
            "West Germany takes \"very seriously\" the pact, Tietmeyer said.",
            // a part of a longer quote set in other words: a phrase of it, not a quotation
            "West Germany is \"very strongly\" behind the pact, Tietmeyer said.",
            // the whole known sentence worked into the writer's sentence: a phrase
            "Watanabe said it was \"it was too ambitious\" of them.",
            // given to another person
            "\"It was too ambitious,\" Tietmeyer said.",
        ] {
            assert!(findings(quiet).is_empty(), "{quiet}: {:?}", findings(quiet));
        }
    }

    #[test]
    fn four_words_may_be_part_of_a_longer_quote_and_a_or_an_is_one_word() {
        // bbc/business/217, edited: "an honest" -> "a fair" is one word changed
        assert_eq!(
            quote_findings("\"We deserve a fair response,\" said Oleg Rybachuk."),
            [(Code::QuoteMismatch, "We deserve a fair response,".to_string())]
        );
        assert!(quote_findings("\"We deserve an honest response,\" said Oleg Rybachuk.").is_empty());
    }

    #[test]
    fn verbs_of_demanding_and_describing_attribute_quotes() {
        // bbc/politics/376, edited: Tyrie's words given to Laws through "demanded"
        let story = "Liberal Democrat David Laws demanded a statement about how measures had been \
                     \"clearly, or at least apparently, leaked to the Evening Standard\".";
        let words = "clearly, or at least apparently, leaked to the Evening Standard".to_string();
        assert_eq!(quote_findings(story), [(Code::QuoteMisattributed, words)]);
        let called = "Andrew Tyrie spoke. David Laws called it \"clearly, or at least apparently, leaked to the Evening Standard\".";
        assert_eq!(quote_findings(called).len(), 1);
    }

    #[test]
    fn a_quote_given_to_two_people_jointly_is_either_ones() {
        // bbc/tech/165.txt: "...," said Jonathan Wolpaw and Dennis McFarlane.
        let facts = |speaker: &str| {
            format!(
                "people:\n  - name: Jonathan Wolpaw\n  - name: Dennis McFarlane\n  - name: Gerwin Schalk\n\
                 quotes:\n  - speaker: {speaker}\n    text: The results show that people can learn to \
                 use scalp-recorded electroencephalogram rhythms to control a cursor.\n"
            )
        };
        let words = "\"The results show that people can learn to use scalp-recorded electroencephalogram \
                     rhythms to control a cursor,\"";
        let misattributions = |speaker: &str, story: &str| -> Vec<String> {
            crate::check::check_yaml(&facts(speaker), story, &Default::default())
                .into_iter()
                .filter(|f| f.code == Code::QuoteMisattributed)
                .map(|f| f.message)
                .collect()
        };
        for speaker in ["Jonathan Wolpaw", "Dennis McFarlane"] {
            let after = format!("{words} said Jonathan Wolpaw and Dennis McFarlane.");
            assert!(misattributions(speaker, &after).is_empty(), "{speaker}");
            let before = format!(
                "Jonathan Wolpaw and Dennis McFarlane said: {}",
                words.replace(",\"", ".\"")
            );
            assert!(misattributions(speaker, &before).is_empty(), "{speaker}");
        }
        // a third person's words are still given to somebody else, both named in the message
        let third = format!("{words} said Jonathan Wolpaw and Dennis McFarlane.");
        assert_eq!(
            misattributions("Gerwin Schalk", &third),
            ["quote given to Jonathan Wolpaw and Dennis McFarlane, but the facts give these words to Gerwin Schalk"]
        );
        // a name in the possessive after "and" is no speaker: the words stay the first one's
        let team = format!("{words} said Jonathan Wolpaw and Dennis McFarlane's team.");
        assert_eq!(misattributions("Dennis McFarlane", &team).len(), 1);
    }

    #[test]
    fn a_pronouns_misattribution_points_at_the_name_it_stands_for() {
        // reuters21578/07500, edited: the spokesman's words ("he said") given to the defense
        // secretary named in the sentence before, on another line: the name is what is wrong
        let facts = "people:\n  - name: Fred Hoffmann\n  - name: Caspar Weinberger\nquotes:\n  \
            - speaker: Fred Hoffmann\n    text: \"Nothing like that has happened,\"\n";
        let story = "    But Defense Secretary Caspar Weinberger said that reports the\nnaval strike force \
                     was in the region did not mean a warning.\n    \"Nothing like that has happened,\" he said.";
        let findings = crate::check::check_yaml(facts, story, &Default::default());
        let spans: Vec<(Code, &str)> = findings.iter().map(|f| (f.code, &story[f.span.clone()])).collect();
        assert_eq!(spans, [(Code::QuoteMisattributed, "Caspar Weinberger")]);
        let label = findings[0].related.as_ref().map(|(_, label)| label.as_str());
        assert_eq!(label, Some("these words, \"he\" pointing back to the name"));
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        // bbc/business/068: a desk's style respells the minister's "meters"
        let known = index(&["they will have to construct at least 50,000 square meters within a specific timeframe."]);
        let story = "\"they will have to construct at least 50,000 square metres within a specific timeframe.\"";
        assert_eq!(verdict(&known, story), Verdict::Agrees(vec![0]));
        for (british, american) in [
            ("colour", "color"),
            ("organised", "organized"),
            ("analyse", "analyze"),
            ("defence", "defense"),
            ("catalogue", "catalog"),
        ] {
            assert_eq!(word_key(british), word_key(american), "{british}");
        }
        assert_ne!(word_key("four"), word_key("for"), "short words keep their spelling");
    }

    #[test]
    fn a_sentence_quoted_without_its_last_words_is_a_misquote() {
        // bbc/sport/115, edited: Giggs's "at the moment" dropped
        let known = index(&["I have put the contract thing to the back of my mind at the moment."]);
        match verdict(
            &known,
            "\"I have put the contract thing to the back of my mind,\" said Giggs.",
        ) {
            Verdict::Differs { diff, .. } => assert_eq!(diff, "… back of my mind [+at the moment+]"),
            other => panic!("{other:?}"),
        }
        for quoted in [
            // the whole sentence, or up to a pause of the speaker's own
            "\"I have put the contract thing to the back of my mind at the moment,\" said Giggs.",
            // a phrase worked into the writer's sentence, not set out as a sentence
            "Giggs said he had \"put the contract thing to the back of my mind,\" for now.",
            // a clause trimmed off is more than a few last words
            "\"I have put the contract thing to the back,\" said Giggs.",
        ] {
            assert!(matches!(verdict(&known, quoted), Verdict::Agrees(_)), "{quoted}");
        }
        let known = index(&["I briefly discussed my international future with Sir Alex, but he urged me to carry on."]);
        assert!(matches!(
            verdict(
                &known,
                "\"I briefly discussed my international future with Sir Alex,\" Giggs said."
            ),
            Verdict::Agrees(_)
        ));
        assert!(matches!(
            verdict(
                &known,
                "\"I briefly discussed my international future with Sir Alex, but he urged me to carry,\""
            ),
            Verdict::Differs { .. }
        ));
    }

    #[test]
    fn a_sentence_quoted_without_its_last_words_in_lower_case_copy_is_a_misquote() {
        // reuters21578/17874, as the wire wrote it: lower case, but for sentences' first words
        let story = "Caracas, june 1 - venezuela has obtained more than 300 mln\ndlrs in financing for \
            industrial projects and has also\nincreased its lines of credit for import financing, finance\n\
            minister manuel azpurua said.\n    \"we can say that we are achieving the recuperation of\n\
            credit, but that cannot be done overnight,\" azpurua said in a\ntelevision interview.\n    \
            Azpurua said a credit agreement for 100 mln marks will be\nsigned this week with the german \
            state bank kreditanstalt fur\nwiederaufbau (kfw), to finance an expansion of the state\n\
            aluminum company venalum.\n";
        let facts = "people:\n  - name: Manuel Azpurua\n    aliases: [Azpurua]\nquotes:\n  - speaker: Manuel Azpurua\n    \
            text: \"We can say that we are achieving the recuperation of credit, but that cannot be done overnight.\"\n";
        let codes = |story: &str| -> Vec<Code> {
            crate::check::check_yaml(facts, story, &Default::default())
                .into_iter()
                .map(|f| f.code)
                .collect()
        };
        assert!(codes(story).is_empty());
        let cut = story.replace("cannot be done overnight,", "cannot be done,");
        assert_eq!(codes(&cut), [Code::QuoteMismatch]);
        // a phrase worked into the writer's sentence may stop anywhere
        let worked_in = cut.replace("\"we can say", "azpurua said \"we can say");
        assert!(codes(&worked_in).is_empty());
    }

    #[test]
    fn a_short_sentence_of_a_longer_quote_quoted_whole_is_compared() {
        // bbc/entertainment/024, edited: the last sentence of Judy Blume's words on its own
        const FACTS: &str = "people:\n  - name: Judy Blume\n    aliases: [Blume]\nquotes:\n  \
            - speaker: Judy Blume\n    text: The urge to ban is contagious. It spreads like wildfire \
            from community to community. Please speak out. Censors hate publicity.\n";
        let findings = |story: &str| -> Vec<String> {
            crate::check::check_yaml(FACTS, story, &Default::default())
                .into_iter()
                .filter(|f| f.code == Code::QuoteMismatch)
                .filter_map(|f| f.help)
                .collect()
        };
        let story = "Judy Blume used the ceremony to speak out over censorship. \"Censors hate publicity,\" she said.";
        assert!(findings(story).is_empty());
        assert_eq!(
            findings(&story.replace("publicity", "attention")),
            ["Censors hate [-attention-] [+publicity+]"]
        );
        assert_eq!(
            findings(&story.replace("Censors hate publicity", "Please speak up")),
            ["Please speak [-up-] [+out+]"]
        );
        // three words worked into the writer's sentence are a phrase anybody may use
        assert!(findings("Judy Blume said censors \"hate the attention\".").is_empty());
    }

    #[test]
    fn a_quote_broken_round_its_attribution_agrees_with_the_known_quotes_of_its_parts() {
        // bbc/tech/285: the facts give Taylor's words on either side of "she said" as two quotes
        const FACTS: &str = "people:\n  - name: Shelley Taylor\n    aliases: [Taylor]\n  \
            - name: Ian Fogg\n    aliases: [Fogg]\nquotes:\n  \
            - speaker: Shelley Taylor\n    text: \"People want portability,\"\n  \
            - speaker: Shelley Taylor\n    text: \"and with peer-to-peer they have 100% portability.\"\n";
        let findings = |story: &str| -> Vec<Code> {
            crate::check::check_yaml(FACTS, story, &Default::default())
                .into_iter()
                .filter(|f| matches!(f.code, Code::QuoteMismatch | Code::QuoteMisattributed))
                .map(|f| f.code)
                .collect()
        };
        let story = "Ms Taylor said the limits could help explain the popularity of file-sharing systems. \
                     \"People want portability,\" she said, \"and with peer-to-peer they have 100% portability.\"";
        assert!(findings(story).is_empty());
        // Taylor's words given to Fogg, and a word dropped from a part, still read
        let to_fogg = story.replace("\" she said", "\" Mr Fogg said");
        assert!(findings(&to_fogg).contains(&Code::QuoteMisattributed));
        assert_eq!(findings(&story.replace("with peer", "peer")), [Code::QuoteMismatch]);
        // one known quote holding both parts: the word dropped at the break is a misquote of it
        let one = "people:\n  - name: Shelley Taylor\nquotes:\n  - speaker: Shelley Taylor\n    \
            text: \"People want portability, and with peer-to-peer they have 100% portability.\"\n";
        let dropped = story.replace("\"and with", "\"with");
        let codes: Vec<Code> = crate::check::check_yaml(one, &dropped, &Default::default())
            .into_iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, [Code::QuoteMismatch]);
    }

    #[test]
    fn the_words_a_speaker_apologised_for_are_theirs() {
        // bbc/entertainment/031, edited: a word changed in the phrase Grantham apologised for
        const FACTS: &str = "people:\n  - name: Leslie Grantham\n    aliases: [Grantham]\nquotes:\n  \
            - speaker: Leslie Grantham\n    text: deplorable actions\n";
        let story = "Grantham hit the headlines in May after a newspaper printed photographs of him. \
                     He also allegedly insulted four co-stars. He apologised for his \"deplorable actions\".";
        let codes = |story: &str| -> Vec<Code> {
            crate::check::check_yaml(FACTS, story, &Default::default())
                .into_iter()
                .map(|f| f.code)
                .collect()
        };
        assert!(codes(story).is_empty());
        assert_eq!(codes(&story.replace("actions", "behaviour")), [Code::QuoteMismatch]);
    }
}
