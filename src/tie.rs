//! Tying mentions to facts: a number to the figure, a date to the event, whose cue words stand
//! nearest in its sentence. When two facts fit equally the checker does not guess.

use crate::lexicon::lexicon;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

/// Cue phrases of many facts, indexed by their first word.
pub struct CueIndex {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
}

/// A cue phrase found in a story.
#[derive(Clone, Debug)]
pub struct CueHit {
    pub tokens: Range<usize>,
    pub fact: usize,
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
    Doc::new(phrase)
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Symbol)
        .map(|t| cue_word(t.text))
        .collect()
}

/// Drops date words from an event's cue ("October 7 attack" -> "attack"), so a story that
/// gets the date wrong ("the October 8 attack") is still tied to the event.
pub fn without_date_words(phrase: &str) -> String {
    let lex = lexicon();
    let kept: Vec<&str> = phrase
        .split_whitespace()
        .filter(|w| {
            let l = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            !(lex.months.contains_key(&l) || lex.weekdays.contains_key(&l) || l.chars().all(|c| c.is_ascii_digit()))
        })
        .collect();
    if kept.is_empty() {
        phrase.to_string()
    } else {
        kept.join(" ")
    }
}

impl CueIndex {
    /// `cues[k]` are the cue phrases of fact `k`.
    pub fn new<'a>(cues: impl Iterator<Item = Vec<String>>) -> CueIndex {
        let mut by_first: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (fact, phrases) in cues.enumerate() {
            for phrase in phrases {
                let words = phrase_words(&phrase);
                if let Some(first) = words.first() {
                    by_first.entry(first.clone()).or_default().push((words, fact));
                }
            }
        }
        CueIndex { by_first }
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
            .map(|i| (i, cue_word(doc.tokens[i].text)))
            .unzip();
        for (k, w) in words.iter().enumerate() {
            for (phrase, fact) in self.by_first.get(w).into_iter().flatten() {
                let fits = words.get(k..k + phrase.len()).is_some_and(|ws| ws == phrase.as_slice());
                if fits {
                    out.push(CueHit {
                        tokens: positions[k]..positions[k + phrase.len() - 1] + 1,
                        fact: *fact,
                    });
                }
            }
        }
        out
    }
}

/// Token distance between two ranges (0 when they overlap).
pub fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end + 1
    } else if b.end <= a.start {
        a.start - b.end + 1
    } else {
        0
    }
}

/// The fact whose cue stands nearest `mention` among `hits` that `eligible` accepts, with the
/// cue's tokens; None when there is none or two facts are equally near.
pub fn nearest_fact(
    mention: &Range<usize>,
    hits: &[CueHit],
    eligible: impl Fn(usize) -> bool,
) -> Option<(usize, Range<usize>)> {
    let mut best: Option<(usize, usize, Range<usize>)> = None;
    let mut tied = false;
    for hit in hits.iter().filter(|h| eligible(h.fact)) {
        let d = distance(mention, &hit.tokens);
        match &best {
            Some((bd, bf, _)) if d == *bd && hit.fact != *bf => tied = true,
            Some((bd, _, _)) if d >= *bd => {}
            _ => {
                best = Some((d, hit.fact, hit.tokens.clone()));
                tied = false;
            }
        }
    }
    if tied {
        return None;
    }
    best.map(|(_, fact, cue)| (fact, cue))
}

/// Keeps, for each cue in a sentence, only the nearest mention tied through it: in "rose 2.6
/// pct in January compared with 9.4 pct in December" the cue "rose" speaks of 2.6, not 9.4.
pub fn nearest_per_cue<T>(ties: Vec<(T, Range<usize>, usize, Range<usize>)>) -> Vec<(T, usize)> {
    // (mention, mention tokens, fact, cue tokens)
    let mut best: HashMap<(usize, usize), usize> = HashMap::new();
    for (k, (_, m, fact, cue)) in ties.iter().enumerate() {
        let d = distance(m, cue);
        let entry = best.entry((*fact, cue.start)).or_insert(k);
        if d < distance(&ties[*entry].1, &ties[*entry].3) {
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
        assert_eq!(without_date_words("October 7 attack"), "attack");
        assert_eq!(without_date_words("Brussels"), "Brussels");
    }

    #[test]
    fn the_nearest_cue_wins_and_ties_are_refused() {
        let doc = Doc::new("killing around 1,200 people and taking over 250 hostages");
        let index = CueIndex::new([vec!["killing".to_string()], vec!["hostages".to_string()]].into_iter());
        let hits = index.hits(&doc, 0..doc.tokens.len());
        assert_eq!(nearest_fact(&(2..3), &hits, |_| true).map(|f| f.0), Some(0));
        assert_eq!(nearest_fact(&(7..8), &hits, |_| true).map(|f| f.0), Some(1));
        let both = CueIndex::new([vec!["people".to_string()], vec!["people".to_string()]].into_iter());
        let hits = both.hits(&doc, 0..doc.tokens.len());
        assert_eq!(nearest_fact(&(2..3), &hits, |_| true), None);
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
}
