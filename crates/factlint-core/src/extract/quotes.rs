//! Direct quotations: the words between quotation marks (straight or curly, across hard line
//! breaks, continued from one paragraph into the next, broken by their attribution), and the
//! person the story says spoke them.
//!
//! Attribution is conservative: a speaker is named only when a speech verb of the quote's
//! sentence has a known person beside it ("said Mr Duncan", "Tower told reporters", "Barbara
//! Stocking, said:"), or a participle after a comma hangs from a sentence a known person opens
//! ("Michael Howard reiterated calls ..., warning:"), or a pronoun there ("he said") points back
//! to the one person the previous sentences are about, or the quote stands alone after a
//! sentence whose speech verb has one. A name in the possessive ("announced Mr Smith's
//! departure") owns a noun and speaks for nobody. Anything less certain names nobody.

use crate::extract::people::PersonMention;
use crate::lexicon::{lexicon, quote_lexicon};
use crate::text::{strip_possessive, Doc, Token, TokenKind};
use std::ops::Range;

/// One direct quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMention {
    /// The quoted tokens, marks left out: one range per stretch between marks (a quote broken
    /// by its attribution or continued into the next paragraph has several).
    pub parts: Vec<Range<usize>>,
    /// The first opening mark.
    pub first: usize,
    /// The last closing mark, or the last quoted token of a quote that never closes.
    pub last: usize,
}

/// How far (tokens) an attribution may stand from its quote, before or after it, and how long
/// the attribution breaking a quote may be ("We will not," she told reporters, "give in.").
const BEFORE_REACH: usize = 40;
const AFTER_REACH: usize = 30;
const BREAK_REACH: usize = 12;
/// How long an apposition or clause between commas may stand between a speaker's name and the
/// speech verb ("Peter Zombic, the managing director of the International Federation of
/// Phonographic Industry in Germany, said").
const APPOSITION_REACH: usize = 24;
/// How many tokens a speaker's affiliation between the name and the verb may run to ("of the
/// Federal Reserve Board").
const AFFILIATION_REACH: usize = 8;
/// How many sentences back a pronoun's person is looked for.
const PRONOUN_REACH: usize = 4;
/// How many lower-case words after a speech verb may hold the noun heading a title that
/// names its speaker ("said a senior official", "said one bank official").
const TITLE_AFTER_VERB_REACH: usize = 3;
/// How many words after "the" may describe the person who is a speech verb's subject ("the
/// Kiwi said", "the young Welshman said").
const DESCRIPTION_WORDS: usize = 2;
/// How many lower-case words may stand between "by" and the name of a passive verb's agent
/// ("by his friend and fellow broadcaster Michael Pointon").
const AGENT_WORDS: usize = 5;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight mark with space (or none) on both sides: it toggles.
    Either,
}

/// A double quotation mark at token `i`, and which way it faces. Single marks are left alone:
/// they are apostrophes as often as quotes, and nested quotes need nothing of their own.
fn mark(doc: &Doc, i: usize) -> Option<Mark> {
    let t = &doc.tokens[i];
    match t.text() {
        "“" | "„" => return Some(Mark::Open),
        "”" => return Some(Mark::Close),
        "\"" => {}
        _ => return None,
    }
    let prev = i.checked_sub(1).map(|p| &doc.tokens[p]);
    let after_text = prev.is_some_and(|p| t.glued && !matches!(p.text(), "(" | "[" | "—" | "–" | "-" | "/"));
    let next = doc.tokens.get(i + 1);
    let before_text =
        next.is_some_and(|n| n.glued && !matches!(n.text(), "." | "," | ";" | ":" | "!" | "?" | ")" | "]"));
    Some(match (after_text, before_text) {
        (false, true) => Mark::Open,
        (true, false) => Mark::Close,
        _ => Mark::Either,
    })
}

/// Whether token `i` is a double quotation mark, opening or closing.
pub fn is_quote_mark(doc: &Doc, i: usize) -> bool {
    mark(doc, i).is_some()
}

/// Every direct quotation of the story, in order.
pub fn extract_quotes(doc: &Doc) -> Vec<QuoteMention> {
    let mut quotes: Vec<QuoteMention> = Vec::new();
    // the quote being read: its parts so far and where its current part began
    let mut open: Option<(Vec<Range<usize>>, usize, usize)> = None;
    for i in 0..doc.tokens.len() {
        let new_paragraph = i > 0 && doc.paragraph(i).start == i;
        let m = mark(doc, i);
        if let Some((parts, start, first)) = open.take_if(|_| new_paragraph) {
            let parts = with_part(parts, start..i);
            // a paragraph that opens with a mark continues a quote left open
            if matches!(m, Some(Mark::Open | Mark::Either)) {
                open = Some((parts, i + 1, first));
                continue;
            }
            push_quote(&mut quotes, parts, first, i - 1);
        }
        match (m, open.take()) {
            (None, state) => open = state,
            // an opening mark starting a sentence inside an open quote: the quote runs on (copy
            // that lost its paragraph breaks: `... sympathetically. "I don't ...`); so it does
            // past a quote inside it (`... he was going to "fake" an injury ...`)
            (Some(Mark::Open), Some((parts, start, first))) if opens_sentence(doc, i) || is_inner_quote(doc, i) => {
                open = Some((with_part(parts, start..i), i + 1, first))
            }
            // else the open quote lost its closing mark, and the words since may be the
            // writer's (`were "only 10% of the agenda. Mr Brown said ... "change". Next ...`)
            (Some(Mark::Open), Some((parts, start, first))) => {
                push_unclosed_quote(doc, &mut quotes, with_part(parts, start..i), first);
                open = Some((Vec::new(), i + 1, i));
            }
            (Some(Mark::Close | Mark::Either), Some((parts, start, first))) => {
                push_quote(&mut quotes, with_part(parts, start..i), first, i)
            }
            (Some(Mark::Open | Mark::Either), None) => open = Some((Vec::new(), i + 1, i)),
            (Some(Mark::Close), None) => {}
        }
    }
    if let Some((parts, start, first)) = open {
        let end = doc.tokens.len();
        push_quote(&mut quotes, with_part(parts, start..end), first, end - 1);
    }
    join_broken_quotes(doc, quotes)
}

fn with_part(mut parts: Vec<Range<usize>>, part: Range<usize>) -> Vec<Range<usize>> {
    if !part.is_empty() {
        parts.push(part);
    }
    parts
}

fn push_quote(quotes: &mut Vec<QuoteMention>, parts: Vec<Range<usize>>, first: usize, last: usize) {
    if !parts.is_empty() {
        quotes.push(QuoteMention { parts, first, last });
    }
}

fn opens_sentence(doc: &Doc, i: usize) -> bool {
    i > 0 && ends_sentence(doc, i - 1)
}

/// Whether the quote opening inside a sentence at `i`, inside another quote, is a quote within
/// it: after its own closing mark, the other quote goes on to a closing mark of its paragraph
/// (past quotes that only continue it, opening a sentence), or into the next paragraph.
fn is_inner_quote(doc: &Doc, i: usize) -> bool {
    let paragraph = doc.paragraph(i);
    let mut marks = (i + 1..paragraph.end).filter_map(|k| Some((k, mark(doc, k)?)));
    if !marks.any(|(_, m)| m != Mark::Open) {
        return false;
    }
    for (k, m) in marks {
        match m {
            Mark::Open if opens_sentence(doc, k) => {}
            Mark::Open => return false,
            Mark::Close | Mark::Either => return true,
        }
    }
    let next = paragraph.end;
    next < doc.tokens.len() && matches!(mark(doc, next), Some(Mark::Open | Mark::Either))
}

/// A quote whose closing mark is missing, known to end before another quote opens: it ends
/// with its first sentence, the likeliest place for the mark the copy lost. With no sentence
/// end before the next quote, where it ends is anybody's guess: it is not read at all, since
/// the writer's own words read as quoted would be a misquote or a wrong speaker.
fn push_unclosed_quote(doc: &Doc, quotes: &mut Vec<QuoteMention>, parts: Vec<Range<usize>>, first: usize) {
    let Some(end) = parts.iter().flat_map(|p| p.clone()).find(|&k| ends_sentence(doc, k)) else {
        return;
    };
    let parts: Vec<Range<usize>> = parts
        .into_iter()
        .filter(|p| p.start <= end)
        .map(|p| p.start..p.end.min(end + 1))
        .collect();
    push_quote(quotes, parts, first, end);
}

/// `"We will not," she said, "give in."` is one quote: the first part ends on a comma, the
/// second goes on in lower case, and between them, in one sentence, stands a speech verb.
fn join_broken_quotes(doc: &Doc, quotes: Vec<QuoteMention>) -> Vec<QuoteMention> {
    let mut out: Vec<QuoteMention> = Vec::with_capacity(quotes.len());
    for q in quotes {
        if let Some(prev) = out.last_mut() {
            if is_broken_by_attribution(doc, prev, &q) {
                prev.parts.extend(q.parts);
                prev.last = q.last;
                continue;
            }
        }
        out.push(q);
    }
    out
}

fn is_broken_by_attribution(doc: &Doc, a: &QuoteMention, b: &QuoteMention) -> bool {
    let gap = a.last + 1..b.first;
    let ends_on_comma = a.parts.last().is_some_and(|p| doc.tokens[p.end - 1].is(","));
    let first_word = b.parts[0].clone().find(|&k| doc.tokens[k].is_word());
    let goes_on = first_word.is_some_and(|k| !doc.tokens[k].is_capitalized() || doc.tokens[k].is("I"));
    let verbs = quote_lexicon();
    ends_on_comma
        && goes_on
        && gap.len() <= BREAK_REACH
        && doc.paragraph(a.last) == doc.paragraph(b.first)
        && gap.clone().any(|k| verbs.speech_verbs.contains(doc.lower_at(k)))
        && b.first.checked_sub(1).is_some_and(|k| doc.tokens[k].is(","))
        && !gap.clone().any(|k| ends_sentence(doc, k))
}

fn ends_sentence(doc: &Doc, k: usize) -> bool {
    matches!(doc.tokens[k].text(), "." | "!" | "?")
}

/// The person a quote is given to: the mention naming them, and the words of the story that
/// give it: the name, also for a pronoun standing for it ("he said"), since a misattribution
/// through the pronoun is corrected at the name it points back to (reuters21578/07500.txt).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// Index into the mentions `Attribution` was built with.
    pub mention: usize,
    /// The others named with the speaker as one subject of its verb, joined by "and" ("said
    /// Jonathan Wolpaw and Dennis McFarlane": bbc/tech/165.txt): the words are theirs together.
    pub joint: Vec<usize>,
    /// Tokens.
    pub said_by: Range<usize>,
    /// The pronoun that points back to the name ("he said"), when it is the one beside the quote.
    pub pronoun: Option<Range<usize>>,
}

/// Who the story says spoke its quotes, one answer per quote (`None`: nobody certain).
pub struct Attribution<'d, 'a> {
    doc: &'d Doc<'a>,
    /// Tokens inside some quote (marks included): never read as an attribution.
    inside: Vec<bool>,
    /// Per token, the person mention whose name or title covers it.
    mention_at: Vec<Option<usize>>,
    /// Per token, the person mention whose apposition after the name ends on it ("Anders
    /// Igels, chief executive of Teliasonera").
    apposition_end: Vec<Option<usize>>,
    /// Per mention, whether its name is in the possessive ("Mr Smith's departure").
    possessive: Vec<bool>,
    mentions: &'d [PersonMention],
}

impl<'d, 'a> Attribution<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, quotes: &[QuoteMention], mentions: &'d [PersonMention]) -> Self {
        let mut inside = vec![false; doc.tokens.len()];
        for q in quotes {
            for k in q
                .parts
                .iter()
                .flat_map(|p| p.start.saturating_sub(1)..(p.end + 1).min(doc.tokens.len()))
            {
                inside[k] = true;
            }
        }
        let mut mention_at = vec![None; doc.tokens.len()];
        for (m, mention) in mentions.iter().enumerate() {
            let whole = extent(mention);
            if whole.clone().any(|k| inside[k]) {
                continue;
            }
            for slot in &mut mention_at[whole] {
                *slot = Some(m);
            }
        }
        let mut apposition_end = vec![None; doc.tokens.len()];
        for (m, mention) in mentions.iter().enumerate() {
            for title in mention
                .titles
                .iter()
                .filter(|t| t.start >= mention.name.end && !t.is_empty())
            {
                apposition_end[title.end - 1] = Some(m);
            }
        }
        let possessive = mentions
            .iter()
            .map(|m| {
                let last = doc.lower_at(m.name.end - 1);
                last.ends_with("'s") || last.ends_with("’s")
            })
            .collect();
        Attribution {
            doc,
            inside,
            mention_at,
            apposition_end,
            possessive,
            mentions,
        }
    }

    /// Who the story gives `quote` to. A name beside a speech verb wins over a pronoun; two
    /// names that disagree give nobody.
    pub fn speaker(&self, quote: &QuoteMention) -> Option<Speaker> {
        let regions = self.regions(quote);
        let verbs: Vec<usize> = regions
            .iter()
            .flat_map(|r| r.clone())
            .filter(|&k| self.is_verb(k))
            .collect();
        if verbs.is_empty() {
            let speaker = self.previous_sentence_speaker(quote.first);
            return speaker
                .or_else(|| self.credited_speaker(quote.first))
                .map(|m| self.named(m));
        }
        if self.title_attributes(quote, &verbs) || verbs.iter().any(|&k| self.reports_words_of(k, quote)) {
            return None;
        }
        // a name beside a speech verb farther from the quote than one whose subject names
        // nobody ("Dallas said ..., but the Kiwi said he was dragged back ... he exclaimed:":
        // bbc/sport/371.txt) is not the quote's: the nearer subject is
        let nearer = self.past_described_subjects(&verbs, quote.first);
        let named: Vec<usize> = verbs[nearer..].iter().filter_map(|&k| self.named_subject(k)).collect();
        if let Some(&m) = named.first() {
            let person = self.mentions[m].person;
            let agree = named.iter().all(|&o| self.mentions[o].person == person);
            return agree.then(|| Speaker {
                joint: self.named_jointly_with(m),
                ..self.named(m)
            });
        }
        // the verb nearest the quote: after it when it closes on a comma ('"...," he said'),
        // else before it ('he said markets were in an "excessively volatile" position, and
        // predicted'); a quote with a verb on one side only takes that one
        let before = verbs.iter().copied().rfind(|&k| k < quote.first);
        let after = verbs.iter().copied().find(|&k| k > quote.first);
        let verb = if self.closes_on_comma(quote) {
            after.or(before)
        } else {
            before.or(after)
        };
        verb.and_then(|k| self.pronoun_subject(k, quote.first + 1))
            .filter(|s| !self.named_in_the_words(quote, s.mention))
    }

    /// Whether the person of mention `m` is named in `quote`'s own words by a word of a name
    /// the story gives them ("I've had more than a quiet word with Olof," he told ...,
    /// after "Olof Mellberg spoke ..."): the words speak of them, so the pronoun reporting
    /// them points to somebody else, nobody certain.
    fn named_in_the_words(&self, quote: &QuoteMention, m: usize) -> bool {
        let doc = self.doc;
        let person = self.mentions[m].person;
        let honorifics = &lexicon().honorifics;
        let name_words: Vec<&str> = (self.mentions.iter())
            .filter(|o| o.person == person)
            .flat_map(|o| o.name.clone())
            .map(|k| strip_possessive(doc.tokens[k].text()))
            .filter(|w| !honorifics.contains(&w.to_lowercase()))
            .collect();
        (quote.parts.iter().flat_map(|p| p.clone()))
            .map(|k| &doc.tokens[k])
            .any(|t| t.is_capitalized() && name_words.contains(&strip_possessive(t.text())))
    }

    /// Where in `verbs` the names that may speak a quote opening at `first` start: after the
    /// last verb before it whose subject names nobody (`has_described_subject`).
    fn past_described_subjects(&self, verbs: &[usize], first: usize) -> usize {
        verbs
            .iter()
            .rposition(|&k| k < first && self.has_described_subject(k))
            .map_or(0, |i| i + 1)
    }

    /// Whether the speech verb at `k` has a subject of its own that names nobody: a title
    /// alone ("the home secretary said", `has_title_subject`) or a person described by "the"
    /// and a word or two right before it ("the Kiwi said", "the young Welshman said"). A
    /// pronoun after it ("he exclaimed") is that person's sooner than a name's before it.
    fn has_described_subject(&self, k: usize) -> bool {
        let end = self.doc.sentence(k).end;
        self.named_subject(k).is_none() && (self.has_title_subject(k, end) || self.described_before(k))
    }

    /// Whether "the" and at most `DESCRIPTION_WORDS` words naming nobody stand right before
    /// the verb at `k` (past helping words), as its subject.
    fn described_before(&self, k: usize) -> bool {
        let doc = self.doc;
        let Some(p) = self.skip_helpers_back(k) else {
            return false;
        };
        let describes = |j: usize| {
            doc.tokens[j].is_word()
                && !self.inside[j]
                && self.mention_at[j].is_none()
                && !quote_lexicon().subject_pronouns.contains(doc.lower_at(j))
        };
        let mut j = p;
        while p - j < DESCRIPTION_WORDS && describes(j) {
            match j.checked_sub(1) {
                Some(before) if doc.lower_at(before) == "the" && !self.inside[before] => return true,
                Some(before) => j = before,
                None => return false,
            }
        }
        false
    }

    /// Whether the attribution right after a quote closing on a comma names its speaker by a
    /// title alone ('"No, that is not true at all," the president replied sternly'): the
    /// first speech verb after the quote, with no name of its own, has a title for its
    /// subject. The quote is the title holder's, and a name beside a later verb speaks in
    /// another clause ("when asked about a report Poindexter had told him": reuters21578/07608).
    fn title_attributes(&self, quote: &QuoteMention, verbs: &[usize]) -> bool {
        let Some(&k) = verbs.iter().find(|&&k| k > quote.last) else {
            return false;
        };
        let end = self.doc.sentence(k).end;
        self.closes_on_comma(quote) && self.named_subject(k).is_none() && self.has_title_subject(k, end)
    }

    /// Whether a part of the quote closes on a comma or a question, inside its marks or just
    /// after them: what is said next is its attribution ('"...," he said', '"...?" she asked').
    fn closes_on_comma(&self, quote: &QuoteMention) -> bool {
        let doc = self.doc;
        quote.parts.iter().any(|p| {
            let last_inside = doc.tokens[p.end - 1].text();
            let after_mark = doc.tokens.get(p.end + 1).map(|t| t.text());
            matches!(last_inside, "," | "?" | "!") || after_mark == Some(",")
        })
    }

    /// Where an attribution may stand: the sentence before the opening mark, the words
    /// breaking the quote, and after the closing mark when the quote does not end its sentence.
    fn regions(&self, quote: &QuoteMention) -> Vec<Range<usize>> {
        let doc = self.doc;
        let mut regions = Vec::new();
        let paragraph = doc.paragraph(quote.first);
        let mut start = quote.first;
        let mut joined_at = quote.first;
        loop {
            while start > paragraph.start
                && quote.first - start < BEFORE_REACH
                && !self.inside[start - 1]
                && !matches!(doc.tokens[start - 1].text(), "." | "!" | "?")
            {
                start -= 1;
            }
            // a quote joined to an earlier one of its sentence by "and", "or" or a comma
            // shares its attribution: 'He apologised for his "deplorable actions" and "a
            // moment's stupidity"' (bbc/entertainment/031.txt)
            if start == paragraph.start || !self.inside[start - 1] || !self.only_joins(start..joined_at) {
                break;
            }
            while start > paragraph.start && self.inside[start - 1] {
                start -= 1;
            }
            joined_at = start;
        }
        regions.push(start..quote.first);
        for pair in quote.parts.windows(2) {
            let gap = pair[0].end + 1..pair[1].start.saturating_sub(1);
            if !gap.is_empty() && gap.len() <= BREAK_REACH && gap.clone().all(|k| !self.inside[k]) {
                regions.push(gap);
            }
        }
        if self.attribution_may_follow(quote) {
            let paragraph = doc.paragraph(quote.last);
            let mut end = quote.last + 1;
            while end < paragraph.end && end - quote.last <= AFTER_REACH && !self.inside[end] {
                let stop = matches!(doc.tokens[end].text(), "." | "!" | "?");
                end += 1;
                if stop {
                    break;
                }
            }
            regions.push(quote.last + 1..end);
        }
        regions
    }

    /// Whether the words of `gap` between two quotes only join them: "and", "or" or a comma.
    fn only_joins(&self, gap: Range<usize>) -> bool {
        !gap.is_empty() && gap.clone().all(|k| matches!(self.doc.lower_at(k), "and" | "or" | ","))
    }

    /// `"...," he said`, `"...?" she asked` and `"...?" Mr Brown asked` (a question or an
    /// exclamation, then a name and its speech verb), but not `"... failure." The report said`.
    fn attribution_may_follow(&self, quote: &QuoteMention) -> bool {
        let doc = self.doc;
        let last_inside = self.last_said(quote);
        let next = doc.tokens.get(quote.last + 1);
        !matches!(last_inside, Some("." | "!" | "?"))
            || next.is_some_and(|t| t.is_word() && !t.is_capitalized())
            || (matches!(last_inside, Some("!" | "?")) && self.name_then_speech_verb(quote.last + 1))
    }

    /// The last token said inside a quote's marks, past the closing single marks of a quote
    /// within it: `"... The kids will ask: 'What am I doing there?'"` ends on its question,
    /// which the inner quote's mark only closes, so what follows it (`LTA chief executive,
    /// John Crowther, added: "..."`) is no attribution of it (bbc/sport/464.txt).
    fn last_said(&self, quote: &QuoteMention) -> Option<&'a str> {
        let part = quote.parts.last()?;
        (part.clone())
            .rev()
            .map(|k| self.doc.tokens[k].text())
            .find(|t| !matches!(*t, "'" | "’"))
    }

    /// Whether a person's name (with any title or courtesy word before it) starts at `k` and
    /// a speech verb follows it: "Mr Brown asked", "Mr. Fox said".
    fn name_then_speech_verb(&self, k: usize) -> bool {
        let doc = self.doc;
        let courtesy = doc.tokens.get(k).is_some_and(|t| t.is_word()) && lexicon().honorifics.contains(doc.lower_at(k));
        let dot = courtesy && doc.tokens.get(k + 1).is_some_and(|t| t.is(".") && t.glued);
        // the courtesy word may be read as part of the name ("Mr Brown" an alias) or not
        let after_courtesy = k + usize::from(courtesy) + usize::from(dot);
        [k, after_courtesy].into_iter().any(|start| {
            self.mention_at.get(start).copied().flatten().is_some_and(|m| {
                let whole = extent(&self.mentions[m]);
                whole.start == start
                    && whole.end < doc.tokens.len()
                    && self.is_verb(whole.end)
                    && !self.introduces(whole.end)
            })
        })
    }

    /// Whether the speech verb at `k` ends on a colon (`Tory leader Norman Tebbit added: "..."`):
    /// it introduces the quote after it, not the one it follows.
    fn introduces(&self, k: usize) -> bool {
        self.doc.tokens.get(k + 1).is_some_and(|t| t.is(":"))
    }

    fn is_verb(&self, k: usize) -> bool {
        let lex = quote_lexicon();
        let word = self.doc.lower_at(k);
        !self.inside[k] && (lex.speech_verbs.contains(word) || lex.speech_participles.contains(word))
    }

    /// The named subject of a speech verb at `k`: a name just after it, past a title or
    /// courtesy word ("said Mr Duncan", "said project manager Livio Costantini"), or just
    /// before it, past an apposition between commas or a helping word ("Dr Fox was asked",
    /// "Barbara Stocking, said"), never one spoken to or about (`name_after_may_speak`,
    /// `opens_reported_clause`); for a participle after a comma, or a verb after "and", the
    /// sentence's subject. Never a name in the possessive. A verb of describing in the passive
    /// has for its speaker the agent after "by", not its subject (`passive_agent`).
    fn named_subject(&self, k: usize) -> Option<usize> {
        if self.is_passive_object_verb(k) {
            return self.passive_agent(k);
        }
        let after_comma = k > 0 && self.doc.tokens[k - 1].is(",");
        // "But Dunne is keen to put that period of his life behind him and said:"
        // (bbc/sport/250.txt): the verb shares the subject of the verb before it
        let after_and = self.skip_helpers_back(k).is_some_and(|p| self.doc.lower_at(p) == "and");
        let m = if after_and || (after_comma && quote_lexicon().speech_participles.contains(self.doc.lower_at(k))) {
            self.sentence_subject(k)
        } else {
            self.named_before(k).or_else(|| {
                self.name_after_may_speak(k)
                    .then(|| self.named_after(k))
                    .flatten()
                    .filter(|&m| !self.opens_reported_clause(m))
            })
        };
        m.filter(|&m| !self.possessive[m])
    }

    /// Whether the speech verb at `k` reports what a person named after it did, the quote
    /// inside that report: the words may be theirs or the reporter's, nobody certain ("Funaro
    /// said ... and added World Bank President Barber Conable had also accepted the proposals
    /// as "a good plan"": reuters21578/15818.txt).
    fn reports_words_of(&self, k: usize, quote: &QuoteMention) -> bool {
        let named = self.name_after_may_speak(k).then(|| self.named_after(k)).flatten();
        named.is_some_and(|m| self.opens_reported_clause(m) && self.mentions[m].name.end <= quote.first)
    }

    /// Whether a name after a speech verb is the subject of the words reported, a verb of
    /// `reported_clause_verbs` right after it: in "said Mr Blair was very worried"
    /// (bbc/politics/007.txt) somebody else speaks about Mr Blair. The verb may open a quote
    /// of the reporter's sentence: in "said Mr Blair "should butt out of" the row"
    /// (bbc/politics/075.txt) the words are Mr Johnson's, about Mr Blair.
    fn opens_reported_clause(&self, m: usize) -> bool {
        let name_end = self.mentions[m].name.end;
        let quote_opens =
            name_end < self.doc.tokens.len() && matches!(mark(self.doc, name_end), Some(Mark::Open | Mark::Either));
        let after = name_end + usize::from(quote_opens);
        after < self.doc.tokens.len()
            && self.inside[after] == quote_opens
            && self.doc.lower_case_word_at(after)
            && quote_lexicon().reported_clause_verbs.contains(self.doc.lower_at(after))
    }

    /// Whether a name just after a speech verb at `k` may be its speaker: not after a verb
    /// whose person after it is its object ("criticised Lord Tebbit"), nor after a verb with a
    /// pronoun subject before it ("he told Garn": the one spoken to).
    fn name_after_may_speak(&self, k: usize) -> bool {
        let lex = quote_lexicon();
        let pronoun_before = self
            .skip_helpers_back(k)
            .is_some_and(|p| lex.subject_pronouns.contains(self.doc.lower_at(p)));
        !lex.object_verbs.contains(self.doc.lower_at(k)) && !pronoun_before
    }

    /// The one person named in the sentence before a participle at `k`, when that person
    /// opens the sentence ("Tory leader Michael Howard reiterated calls for the publication of
    /// the advice given by the Attorney General, warning:"). A name in the possessive does not
    /// count ("Howard attacked Mr Blair's plan, saying").
    fn sentence_subject(&self, k: usize) -> Option<usize> {
        let sentence = self.doc.sentence(k);
        let before = sentence.start..k;
        let named: Vec<usize> = before
            .clone()
            .filter_map(|j| self.mention_at[j])
            .filter(|&m| self.may_speak(m))
            .collect();
        let &first = named.first()?;
        let person = self.mentions[first].person;
        let one_person = named.iter().all(|&m| self.mentions[m].person == person);
        (one_person && self.opens(first, &before)).then_some(first)
    }

    fn named_after(&self, k: usize) -> Option<usize> {
        let lex = lexicon();
        for j in k + 1..(k + 5).min(self.doc.tokens.len()) {
            if let Some(m) = self.mention_at[j] {
                return Some(m);
            }
            let t = &self.doc.tokens[j];
            let title_like = t.is_word() && (t.is_capitalized() || lex.title_words.contains(self.doc.lower_at(j)));
            // the dot of "Mr." or "Rep.", not a full stop
            let courtesy_dot = t.is(".") && t.glued && lex.honorifics.contains(self.doc.lower_at(j - 1));
            if self.inside[j] || !(title_like || courtesy_dot || self.joins_a_name_at(j)) {
                return None;
            }
        }
        None
    }

    /// A slash or ampersand written against the words on both sides of it, inside the name of
    /// a body before a title ("said Nielsen/NetRatings analyst Gabrielle Prior", "AT&T").
    fn joins_a_name_at(&self, j: usize) -> bool {
        let toks = &self.doc.tokens;
        let word_before = j > 0 && toks[j - 1].is_word();
        let word_after = toks.get(j + 1).is_some_and(|n| n.is_word() && n.glued);
        matches!(toks[j].text(), "/" | "&") && toks[j].glued && word_before && word_after
    }

    /// Whether the verb at `k` is a verb whose person after it is its object (`object_verbs`:
    /// "described", "called") in the passive, a copula among the helping words before it
    /// ("Fletcher was described as a "consummate professional" by his friend ... Michael
    /// Pointon": bbc/entertainment/190.txt; "has been called"): its subject is the one
    /// described, never the speaker of the words describing them.
    fn is_passive_object_verb(&self, k: usize) -> bool {
        if !quote_lexicon().object_verbs.contains(self.doc.lower_at(k)) {
            return false;
        }
        let copula = |p: usize| lexicon().copulas.contains(self.doc.lower_at(p));
        let mut p = k;
        while let Some(before) = p.checked_sub(1).filter(|&b| self.is_helper(b) || copula(b)) {
            if copula(before) {
                return true;
            }
            p = before;
        }
        false
    }

    /// The person named after "by" following a passive verb of describing at `k`, its agent
    /// and the speaker: past the quote and at most `AGENT_WORDS` lower-case words ("by his
    /// friend and fellow broadcaster Michael Pointon"), in the verb's sentence. Nobody when no
    /// name follows ("by critics") or the name owns the noun ("by Mr Smith's lawyer").
    fn passive_agent(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        let end = doc.sentence(k).end;
        let by = (k + 1..end).find(|&j| !self.inside[j] && doc.lower_at(j) == "by")?;
        let describes = |j: usize| doc.lower_case_word_at(j) && !self.inside[j];
        let words_end =
            (by + 1..end.min(by + 2 + AGENT_WORDS)).find(|&j| !describes(j) || self.mention_at[j].is_some())?;
        // past a courtesy word or title in capitals ("by his old friend Dr Fox")
        let m = self.named_after(words_end - 1)?;
        (!self.possessive[m] && !self.is_relation(m)).then_some(m)
    }

    /// The person a pronoun before a speech verb at `k` ("he said") points back to; nobody for
    /// a verb of describing in the passive ("he was described as"), whose subject is described.
    fn pronoun_subject(&self, k: usize, before: usize) -> Option<Speaker> {
        if self.is_passive_object_verb(k) {
            return None;
        }
        let p = self.skip_helpers_back(k)?;
        if !self.is_pronoun(p) {
            return None;
        }
        let m = self.pronoun_person(before.min(p), self.doc.lower_at(p))?;
        Some(Speaker {
            pronoun: Some(p..p + 1),
            ..self.named(m)
        })
    }

    /// The mentions joined to mention `m` by "and", on either side, as one subject ("Jonathan
    /// Wolpaw and Dennis McFarlane said"): never a name in the possessive ("said Wolpaw and
    /// McFarlane's team") nor one opening a reported clause ("said Wolpaw and McFarlane was").
    fn named_jointly_with(&self, m: usize) -> Vec<usize> {
        let doc = self.doc;
        let is_and = |k: usize| k < doc.tokens.len() && !self.inside[k] && doc.lower_at(k) == "and";
        let may_join = |o: usize| !self.possessive[o] && !self.opens_reported_clause(o);
        let mut joint = Vec::new();
        let mut end = self.mentions[m].name.end;
        while is_and(end) {
            let next = self.mention_at.get(end + 1).copied().flatten();
            let Some(o) = next.filter(|&o| extent(&self.mentions[o]).start == end + 1 && may_join(o)) else {
                break;
            };
            joint.push(o);
            end = self.mentions[o].name.end;
        }
        let mut start = extent(&self.mentions[m]).start;
        while start >= 2 && is_and(start - 1) {
            let before = self.mention_at[start - 2];
            let Some(o) = before.filter(|&o| self.mentions[o].name.end == start - 1 && may_join(o)) else {
                break;
            };
            joint.push(o);
            start = extent(&self.mentions[o]).start;
        }
        joint
    }

    fn named(&self, m: usize) -> Speaker {
        Speaker {
            mention: m,
            joint: Vec::new(),
            said_by: self.mentions[m].name.clone(),
            pronoun: None,
        }
    }

    /// Whether the word at `p` may stand between a subject and its speech verb: a helping word
    /// ("was", "also", "later"; `verb_helpers`) or an adverb in "-ly" ("has repeatedly said"),
    /// not a noun so ending ("a Blair ally said"; `not_adverbs`).
    fn is_helper(&self, p: usize) -> bool {
        let lex = quote_lexicon();
        let t = &self.doc.tokens[p];
        let word = self.doc.lower_at(p);
        let adverb =
            word.ends_with("ly") && !t.text().chars().any(char::is_uppercase) && !lex.not_adverbs.contains(word);
        t.is_word() && (lex.verb_helpers.contains(word) || adverb)
    }

    /// The token before `k` past helping words ("was", "also") and letters after a name ("Tom
    /// McCabe MSP said"), if any.
    fn skip_helpers_back(&self, k: usize) -> Option<usize> {
        let post_nominal = |p: usize| {
            let t = &self.doc.tokens[p];
            !t.text().chars().any(char::is_lowercase) && quote_lexicon().post_nominals.contains(self.doc.lower_at(p))
        };
        let mut p = k.checked_sub(1)?;
        while self.is_helper(p) || post_nominal(p) {
            p = p.checked_sub(1)?;
        }
        Some(p)
    }

    /// The mention just before a verb at `k`: adjacent, past helping words, or past one
    /// apposition or clause between commas ("George Bush, who met him, replied"). A clause
    /// that names somebody else ("Koo, an aide to Kim, said") names nobody certain.
    fn named_before(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        let mut p = self.skip_helpers_back(k)?;
        if let Some(name_end) = self.before_affiliation(p) {
            p = name_end;
        }
        // "Kirsten Pfeifer from the Consumer Electronics Association, told" (bbc/tech/193.txt):
        // a comma closing the speaker's affiliation stands between it and the verb
        let affiliation_before_comma = doc.tokens[p]
            .is(",")
            .then(|| p.checked_sub(1).and_then(|q| self.before_affiliation(q)))
            .flatten();
        if let Some(name_end) = affiliation_before_comma {
            p = name_end;
        } else if doc.tokens[p].is(",") {
            let comma = p;
            p = p.checked_sub(1)?;
            let opening = (comma.saturating_sub(APPOSITION_REACH)..comma)
                .rev()
                .find(|&j| doc.tokens[j].is(",") || self.inside[j]);
            // "Barbara Stocking, said" and "The director, Barbara Stocking, said" name the
            // speaker; "Koo Bon-yong, an aide to Kim, said" does not name Kim
            let whole_apposition = |m: usize| {
                let start = extent(&self.mentions[m]).start;
                // nothing but capitalised words ("Lord", "Mr.") before the name
                opening.is_none_or(|o| (o + 1..start).all(|j| doc.tokens[j].is_capitalized() || doc.tokens[j].is(".")))
            };
            if !self.mention_at[p].is_some_and(whole_apposition) {
                // a clause between commas: back to its opening comma
                let opening = opening?;
                if self.inside[opening] || (opening + 1..comma).any(|j| self.mention_at[j].is_some()) {
                    return None;
                }
                p = opening.checked_sub(1)?;
            }
        }
        // the clause may follow the speaker's own apposition ("Anders Igels, chief executive
        // of Teliasonera, also at 3GSM, said": bbc/tech/378)
        self.mention_at[p]
            .or(self.apposition_end[p])
            .filter(|&m| !self.is_relation(m))
    }

    /// The last token of a name before an affiliation ending at `p`: a word of
    /// `affiliation_prepositions` right after a mention, then a body's name in capitalised
    /// words and connectors ("Martha Seger of the Federal Reserve Board said": reuters21578/01724),
    /// which a description of its kind may open ("of stockbroker Hoare Govett said").
    fn before_affiliation(&self, p: usize) -> Option<usize> {
        let doc = self.doc;
        let in_body = |j: usize| {
            let t = &doc.tokens[j];
            let word = t.is_word() && (t.is_capitalized() || lexicon().connectors.contains(doc.lower_at(j)));
            let abbreviation_dot = t.is(".") && t.glued;
            !self.inside[j] && self.mention_at[j].is_none() && (word || abbreviation_dot)
        };
        if !doc.tokens[p].is_capitalized() || !in_body(p) {
            return None;
        }
        let opens = |j: usize| quote_lexicon().affiliation_prepositions.contains(doc.lower_at(j));
        let sentence_start = doc.sentence(p).start;
        let mut j = p;
        while j > sentence_start + 1 && p - j < AFFILIATION_REACH {
            j -= 1;
            if opens(j) && self.mention_at[j - 1].is_some() {
                return Some(j - 1);
            }
            if !in_body(j) {
                let description = self.kind_description_before(j, sentence_start)?;
                let preposition = description.start.checked_sub(1)?;
                return (preposition > sentence_start
                    && opens(preposition)
                    && self.mention_at[preposition - 1].is_some())
                .then(|| preposition - 1);
            }
        }
        None
    }

    /// The words describing the kind of body before its name, ending at `j` on a kind of
    /// company (`company_kinds` in `rules/titles.yaml`), up to three lower-case words ("Paul
    /// Spedding of [stockbroker] Kleinwort Grieveson and Co told": reuters21578/19832.txt;
    /// "of [the brokerage] Nesbitt Thomson"), none inside a quote, after `sentence_start`.
    fn kind_description_before(&self, j: usize, sentence_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let described = |k: usize| doc.lower_case_word_at(k) && !self.inside[k] && self.mention_at[k].is_none();
        if !described(j) || !lexicon().company_kinds.contains(doc.lower_at(j)) {
            return None;
        }
        let opens = |k: usize| quote_lexicon().affiliation_prepositions.contains(doc.lower_at(k));
        let mut start = j;
        while start > sentence_start + 1 && j - start < 2 && described(start - 1) && !opens(start - 1) {
            start -= 1;
        }
        Some(start..j + 1)
    }

    /// Whether a mention names the person another speaker stands for, past courtesy words ("A
    /// spokesman for Mr Howard said", "An aide to Daniel Amstutz, ..., said"): not the subject
    /// of the verb after it.
    fn is_relation(&self, m: usize) -> bool {
        let courtesy = |k: usize| lexicon().honorifics.contains(self.doc.lower_at(k));
        let dot = |t: &Token| t.is(".") && t.glued;
        let mut k = extent(&self.mentions[m]).start;
        loop {
            if k > 0 && courtesy(k - 1) {
                k -= 1;
            } else if k > 1 && dot(&self.doc.tokens[k - 1]) && courtesy(k - 2) {
                k -= 2;
            } else {
                break;
            }
        }
        k.checked_sub(1)
            .is_some_and(|k| quote_lexicon().relation_prepositions.contains(self.doc.lower_at(k)))
    }

    /// The one person the sentences before `at` are about, when that is clear: the nearest
    /// sentence naming somebody names one person, who is its subject or speaks in it. A name
    /// inside the words a later pronoun reports is none (`in_reported_words`), and a sentence
    /// naming nobody whose subject is the same `pronoun` ("And he confirmed ...") hands the
    /// question on to that pronoun (`pronoun_chain`).
    fn pronoun_person(&self, at: usize, pronoun: &str) -> Option<usize> {
        let doc = self.doc;
        let current = doc.sentence_index(at);
        // the pronoun's own sentence before it first ("John Tower, ..., told a press
        // conference, "...," he said"), then the sentences before
        for back in 0..=PRONOUN_REACH {
            let sentence = current.checked_sub(back)?;
            let whole = doc.sentences[sentence].clone();
            let range = whole.start..whole.end.min(at);
            let reporter = self.reporting_pronoun(&whole);
            let named: Vec<usize> = range
                .clone()
                .filter_map(|k| self.mention_at[k])
                .filter(|&m| self.may_speak(m) && !self.in_reported_words(m, reporter))
                .collect();
            // a speech verb nearer the pronoun whose subject names nobody ("Dallas said ...,
            // but the Kiwi said he was dragged back ... he exclaimed") takes it: nobody certain
            if range
                .clone()
                .rfind(|&k| self.is_verb(k))
                .is_some_and(|k| self.has_described_subject(k))
            {
                return None;
            }
            let Some(&first) = named.first() else {
                // a speaker named by a title alone, or a person described as the sentence's
                // subject, may be the pronoun's: nobody certain
                if self.speaks_by_title_alone(&range) || self.opens_with_a_described_person(&range) {
                    return None;
                }
                if let Some(chained) = self.pronoun_chain(&range, pronoun) {
                    return chained;
                }
                continue;
            };
            let person = |m: usize| self.mentions[m].person;
            if named.iter().all(|&m| person(m) == person(first)) && self.is_subject(first, &range) {
                return Some(first);
            }
            // several people: the one a speech verb gives words to ("Tebbit said he agreed
            // with Dr Fox's view")
            let speakers: Vec<usize> = range
                .filter(|&k| self.is_verb(k))
                .filter_map(|k| self.named_subject(k))
                .collect();
            return speakers
                .first()
                .copied()
                .filter(|&m| speakers.iter().all(|&o| person(o) == person(m)));
        }
        None
    }

    /// For a sentence of `range` naming nobody whose subject is a pronoun, opening it ("And he
    /// confirmed Mr Blair's insistence ...") or reporting its words (`reporting_pronoun`): the
    /// person that pronoun points to, when it is the same `pronoun`, else nobody certain (a
    /// "she" before a "he" is another person). `None` when the subject is no pronoun.
    fn pronoun_chain(&self, range: &Range<usize>, pronoun: &str) -> Option<Option<usize>> {
        let doc = self.doc;
        let opener = usize::from(lexicon().clause_openers.contains(doc.lower_at(range.start)));
        let first = range.start + opener;
        let opening = (first < range.end && !self.inside[first] && self.is_pronoun(first)).then_some(first);
        let subject = opening.or_else(|| self.reporting_pronoun(range).filter(|&q| q < range.end))?;
        Some(
            (doc.lower_at(subject) == pronoun)
                .then(|| self.pronoun_person(subject, pronoun))
                .flatten(),
        )
    }

    fn is_pronoun(&self, k: usize) -> bool {
        quote_lexicon().pronouns.contains(self.doc.lower_at(k))
    }

    /// A pronoun before a speech verb of `sentence` (past helping words) after a comma or a
    /// quote's closing mark: the sentence's reporting clause, after the words it reports
    /// ('Mr Blair has "the same passion ..." as when Labour came to power in 1997, he said').
    fn reporting_pronoun(&self, sentence: &Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let after_the_words = |q: usize| q > sentence.start && (doc.tokens[q - 1].is(",") || self.inside[q - 1]);
        sentence
            .clone()
            .filter(|&k| self.is_verb(k))
            .filter_map(|k| self.skip_helpers_back(k))
            .find(|&q| q >= sentence.start && !self.inside[q] && self.is_pronoun(q) && after_the_words(q))
    }

    /// Whether a mention stands in the words that `reporter`, the pronoun reporting words in
    /// its sentence (`reporting_pronoun`), reports, in one clause with them: no colon, semicolon or speech verb between them outside the quote
    /// ("John Tower, ..., told a press conference, "...," he said" is Tower's: reuters21578/
    /// 00028.txt). In 'Mr Blair has "the same passion ...", he said' the pronoun is somebody
    /// else, as a desk writes "he has ..., Mr Blair said" of a man's own words
    /// (bbc/politics/350.txt).
    fn in_reported_words(&self, m: usize, reporter: Option<usize>) -> bool {
        let Some(q) = reporter else {
            return false;
        };
        let end = extent(&self.mentions[m]).end;
        let breaks_clause =
            |k: usize| !self.inside[k] && (matches!(self.doc.tokens[k].text(), ":" | ";") || self.is_verb(k));
        end <= q && !(end..q).any(breaks_clause)
    }

    /// Whether the person a mention names may be the subject of a speech verb or a participle
    /// later in the sentence: not a name in the possessive ("Howard attacked Mr Blair's plan,
    /// saying") nor the subject of the quoted words right after it.
    fn may_speak(&self, m: usize) -> bool {
        !self.possessive[m] && !self.subject_of_quoted_words(m)
    }

    /// Whether a mention stands right before a quote that opens in lower case, the subject of
    /// the quoted words (`Mr Sullivan "made accounting decisions," he told the court`:
    /// bbc/business/100.txt): the quote says what that person did, in another's words, as
    /// one speaking of themself would say "I". A pronoun after it is not theirs.
    fn subject_of_quoted_words(&self, m: usize) -> bool {
        let doc = self.doc;
        let end = extent(&self.mentions[m]).end;
        let mark = doc.tokens.get(end).is_some_and(|t| self.inside[end] && !t.is_word());
        mark && end + 1 < doc.tokens.len() && self.inside[end + 1] && doc.lower_case_word_at(end + 1)
    }

    /// Whether a speech verb of `range` has for its subject a person named by a title alone,
    /// the noun heading it (`head_words`) before the verb ("The home secretary said") or
    /// after it past a few lower-case words ("said a director at one U.K. merchant bank"): a
    /// "he said" after it may be theirs (bbc/politics/220: not the Tory named two sentences
    /// before).
    fn speaks_by_title_alone(&self, range: &Range<usize>) -> bool {
        range
            .clone()
            .filter(|&k| self.is_verb(k))
            .any(|k| self.has_title_subject(k, range.end))
    }

    /// Whether `range` opens on a person described, not named, as the subject of its verb:
    /// "The" and a nationality, an age or a noun for a person (`head_words`, `speaker_nouns`),
    /// then a verb ("The Australian has suffered a host of injury problems": bbc/sport/496.txt,
    /// "The 28-year-old suffered two tears"). A "he said" after it is that person's, whom the
    /// facts cannot name, not the person named sentences before.
    fn opens_with_a_described_person(&self, range: &Range<usize>) -> bool {
        let doc = self.doc;
        // after a conjunction opening the sentence too ("But the 25-year-old Dubliner
        // underlined his intention to stay": bbc/sport/250.txt)
        let opener = usize::from(lexicon().clause_openers.contains(doc.lower_at(range.start)));
        let start = range.start + opener;
        if start + 2 >= range.end || doc.lower_at(start) != "the" || self.inside[start] {
            return false;
        }
        let Some(verb) = self.described_person_end(start + 1) else {
            return false;
        };
        verb < range.end && !self.inside[verb] && self.is_verb_like(verb)
    }

    /// Whether the word at `k` may be the verb of a described subject: a helper, a speech verb
    /// or a past tense, in lower case.
    fn is_verb_like(&self, k: usize) -> bool {
        let lex = quote_lexicon();
        let word = self.doc.lower_at(k);
        let verb_like = lex.verb_helpers.contains(word) || lex.speech_verbs.contains(word) || word.ends_with("ed");
        self.doc.lower_case_word_at(k) && verb_like
    }

    /// The token after a description of a person starting at `k`: a capitalised nationality
    /// ("Australian"), an age ("28-year-old") with at most one word naming the person after
    /// it ("25-year-old Dubliner", "28-year-old striker"), or a lower-case noun for a person
    /// ("veteran" is none; "coach", "correspondent" are).
    fn described_person_end(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let word = doc.lower_at(k);
        let nation = doc.capitalised_word_at(k) && crate::compare::titles::names_a_nation(toks[k].text());
        let person_noun = doc.lower_case_word_at(k)
            && (lexicon().head_words.contains(word) || quote_lexicon().speaker_nouns.contains(word));
        if nation || person_noun {
            return Some(k + 1);
        }
        let glued = |j: usize| toks.get(j).is_some_and(|t| t.glued);
        let age_ending = |j: usize| {
            let last = doc.lower_at(j).rsplit('-').next().unwrap_or("");
            lexicon().age_endings.contains(last)
        };
        let age = toks[k].kind == TokenKind::Number
            && toks.get(k + 1).is_some_and(|t| t.is("-"))
            && glued(k + 1)
            && glued(k + 2)
            && age_ending(k + 2);
        let after_age = k + 3;
        // a word naming the person after the age, unless it is the verb itself
        let noun_after = age
            && toks.get(after_age).is_some_and(|t| t.is_word())
            && !self.is_verb_like(after_age)
            && self.is_verb_like(after_age + 1);
        age.then_some(after_age + usize::from(noun_after))
    }

    /// Whether the speech verb at `k` has for its subject a title alone, its head noun just
    /// before the verb ("the president replied") or after it, before `end`, past a few
    /// lower-case words ("said a senior official"); a described speaker holding no office
    /// counts too (`speaker_nouns`: "Our correspondent said": bbc/politics/294.txt).
    fn has_title_subject(&self, k: usize, end: usize) -> bool {
        let heads = |j: usize| {
            let word = self.doc.lower_at(j);
            lexicon().head_words.contains(word) || quote_lexicon().speaker_nouns.contains(word)
        };
        let lower_word = |j: usize| {
            let t = &self.doc.tokens[j];
            t.is_word() && !t.is_capitalized() && !self.inside[j]
        };
        let reach = k + 1..(k + 1 + TITLE_AFTER_VERB_REACH).min(end);
        let head = reach.clone().find(|&j| !lower_word(j) || heads(j));
        let after = self.name_after_may_speak(k) && head.is_some_and(|j| lower_word(j) && heads(j));
        self.skip_helpers_back(k).is_some_and(|p| !self.inside[p] && heads(p)) || after
    }

    /// A mention that opens its sentence (after at most a connective such as "But") or is
    /// the subject of one of its speech verbs.
    fn is_subject(&self, m: usize, sentence: &Range<usize>) -> bool {
        self.opens(m, sentence)
            || sentence
                .clone()
                .any(|k| self.is_verb(k) && self.named_subject(k) == Some(m))
    }

    /// Whether a mention opens its sentence, after at most a connective such as "But": not
    /// after a preposition ("Of Hepburn, she said"), a pronoun that is the subject ("He
    /// thanked Eastwood") or a verb whose person after it is its object ("Describing Mr
    /// Jackson as ..., the mother-of-nine said": `object_verbs`).
    fn opens(&self, m: usize, sentence: &Range<usize>) -> bool {
        let start = extent(&self.mentions[m]).start;
        let lex = quote_lexicon();
        let not_subject = |word: &str| lex.not_subject_after.contains(word) || lex.object_verbs.contains(word);
        start <= sentence.start + 2
            && (sentence.start..start).all(|k| {
                !self.inside[k] && self.doc.tokens[k].kind != TokenKind::Number && !not_subject(self.doc.lower_at(k))
            })
    }

    /// The person a credit line names, for a quote no verb attributes: a line that opens with a
    /// dash and a person's name (a title before it or not) right before a quote, or before a
    /// colon and the quote ("- Newcastle boss Graeme Souness "We deserved the win. ...", "-
    /// Blackburn boss Mark Hughes: "..."), as match reports close with each side's
    /// words. The quotes after it are theirs up to the next such line, in its paragraph.
    fn credited_speaker(&self, first: usize) -> Option<usize> {
        let doc = self.doc;
        let paragraph = doc.paragraph(first);
        let opens_a_line =
            |k: usize| k == 0 || doc.text[doc.end_of(&doc.tokens[k - 1])..doc.start_of(&doc.tokens[k])].contains('\n');
        let dash = (paragraph.start..first)
            .rev()
            .find(|&k| !self.inside[k] && matches!(doc.tokens[k].text(), "-" | "–" | "—") && opens_a_line(k))?;
        // "- Dr Liam Fox": an honorific before the name is no part of the mention
        let honorific = |k: &usize| lexicon().honorifics.contains(doc.lower_at(*k)) || doc.tokens[*k].text() == ".";
        let name = (dash + 1..first).find(|k| !honorific(k))?;
        let m = self.mention_at[name]?;
        let credit = extent(&self.mentions[m]);
        // a colon may close the credit ("- Blackburn boss Mark Hughes: "...": bbc/sport/095.txt)
        let colon = doc.tokens.get(credit.end).is_some_and(|t| t.is(":"));
        let quote_at = credit.end + usize::from(colon);
        let before_a_quote = quote_at < doc.tokens.len() && self.inside[quote_at];
        (credit.start == name && before_a_quote && !self.possessive[m]).then_some(m)
    }

    /// A quote alone in its sentence, after a sentence whose speech verb has a named subject
    /// ("Dr Fox was asked if ... . "I'm sure ...").
    fn previous_sentence_speaker(&self, first: usize) -> Option<usize> {
        let doc = self.doc;
        let paragraph = doc.paragraph(first);
        let mut end = first;
        while end > paragraph.start && !self.inside[end - 1] && !matches!(doc.tokens[end - 1].text(), "." | "!" | "?") {
            end -= 1;
        }
        if end == paragraph.start || self.inside[end - 1] || end != first {
            return None;
        }
        let sentence = doc.sentence(end - 1);
        let start = sentence.start.max(paragraph.start);
        let verb = (start..end).find(|&k| self.is_verb(k))?;
        self.named_subject(verb)
    }
}

/// A mention's tokens, from its title before the name to its apposition after it.
fn extent(m: &PersonMention) -> Range<usize> {
    let start = m
        .titles
        .iter()
        .map(|t| t.start)
        .chain([m.name.start])
        .min()
        .unwrap_or(m.name.start);
    start..m.name.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::people::NameIndex;
    use crate::facts::Facts;
    use std::path::Path;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        extract_quotes(&doc)
            .iter()
            .map(|q| {
                q.parts
                    .iter()
                    .map(|p| doc.words(p.clone()))
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_marks_across_lines_and_paragraphs() {
        assert_eq!(
            quoted("He said: \"The president\nclearly did not understand.\" Then he left."),
            ["The president clearly did not understand."]
        );
        assert_eq!(quoted("“We will,” she said. “Soon.”"), ["We will,", "Soon."]);
        assert_eq!(
            quoted("\"It is 'quite' wrong,\" he said, \"and we know it.\""),
            ["It is 'quite' wrong, | and we know it."]
        );
        assert_eq!(
            quoted("He said: \"One thing.\n\n\"Another thing.\"\n\nNot quoted."),
            ["One thing. | Another thing."]
        );
        assert_eq!(
            quoted("was asked. \"I'm sure we would. \"I don't believe it.\" Next."),
            ["I'm sure we would. | I don't believe it."]
        );
        assert_eq!(quoted("\"Unclosed and\n\nA new paragraph."), ["Unclosed and"]);
        assert_eq!(
            quoted("were \"only 10% of it. Mr Brown said staff wanted rest after \"tremendous change\". Next."),
            ["only 10% of it.", "tremendous change"]
        );
        assert_eq!(
            quoted("said \"we will fight, and she replied \"not here\". Next."),
            ["not here"]
        );
        assert_eq!(
            quoted("said \"we will fight. Later, Mr Brown said \"not here\". He said \"no\"."),
            ["we will fight.", "not here", "no"]
        );
        // a quote inside a quote, the copy marking both alike
        assert_eq!(
            quoted("said \"He said he was going to \"fake\" an injury. \"He did not.\" Next."),
            ["He said he was going to | fake", "He did not."]
        );
        assert_eq!(
            quoted("said \"He called us \"idiots\" and left.\n\n\"Then he came back.\""),
            ["He called us | idiots", "Then he came back."]
        );
        assert_eq!(quoted("A \"scar\" on it, and \"guff\"."), ["scar", "guff"]);
    }

    #[test]
    fn a_capitalised_second_part_is_another_quote() {
        assert_eq!(
            quoted("\"That is a test,\" he said. \"If after five years we fail.\""),
            ["That is a test,", "If after five years we fail."]
        );
    }

    fn speakers(facts: &str, story: &str) -> Vec<Option<String>> {
        let mut f = Facts::default();
        f.add_file(Path::new("f.yaml"), facts.to_string()).unwrap();
        let doc = Doc::new(story);
        let people = NameIndex::new(&f.people).extract(&doc, &[]);
        let quotes = extract_quotes(&doc);
        let attribution = Attribution::new(&doc, &quotes, &people.mentions);
        quotes
            .iter()
            .map(|q| {
                attribution
                    .speaker(q)
                    .map(|s| f.people[people.mentions[s.mention].person].name.clone())
            })
            .collect()
    }

    const PEOPLE: &str = "people:\n  - name: Liam Fox\n    aliases: [Fox]\n  - name: Norman Tebbit\n    aliases: [Tebbit]\n  - name: Jeffrey Archer\n    aliases: [Archer]\n  - name: Teddy Taylor\n    aliases: [Taylor]\n";

    fn named(who: &[Option<&str>]) -> Vec<Option<String>> {
        who.iter().map(|w| w.map(str::to_string)).collect()
    }

    #[test]
    fn a_credit_line_speaks_the_quotes_after_it() {
        let story = "Report of the game.\n\n- Dr Liam Fox \"We won. We had a good half.\" \"They were hard.\"\n - Lord Tebbit \"We lost.\" Teams: Fox, Taylor.";
        let who = [Some("Liam Fox"), Some("Liam Fox"), Some("Norman Tebbit")];
        assert_eq!(speakers(PEOPLE, story), named(&who));
        // bbc/sport/095.txt: a colon closes the credit
        let story = "Report of the game.\n\n- Tory leader Liam Fox: \"We won. We had a good half.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        // a dash inside a line, or words between the name and the quote, credit nobody
        let story = "He left - Liam Fox \"We won.\"\n\n- Liam Fox, a man, \"We won.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None, None]));
    }

    #[test]
    fn a_body_joined_by_a_slash_may_stand_in_the_title_after_the_verb() {
        // bbc/tech/146.txt: "... and radio," said Jupiter Research analyst Olivier Beauvillian.
        let facts = "people:\n  - name: Gabrielle Prior\n    title: Nielsen/NetRatings analyst\n";
        let story = "\"Websites will need to adapt,\" said Nielsen/NetRatings analyst Gabrielle Prior.";
        assert_eq!(speakers(facts, story), named(&[Some("Gabrielle Prior")]));
        // a slash with a space beside it joins no name
        let story = "\"Websites will need to adapt,\" said Nielsen / NetRatings analyst Gabrielle Prior.";
        assert_eq!(speakers(facts, story), named(&[None]));
    }

    #[test]
    fn a_name_beside_a_speech_verb_speaks() {
        assert_eq!(
            speakers(
                PEOPLE,
                "\"We would look at that again,\" said Liam Fox. Tebbit said: \"We will not give in.\""
            ),
            named(&[Some("Liam Fox"), Some("Norman Tebbit")])
        );
        assert_eq!(
            speakers(
                PEOPLE,
                "\"We will not,\" Lord Tebbit, the former chairman, said, \"give in.\""
            ),
            named(&[Some("Norman Tebbit")])
        );
        assert_eq!(
            speakers(PEOPLE, "\"We would look at that,\" said a spokesman for Mr Fox."),
            named(&[None])
        );
    }

    #[test]
    fn adverbs_and_helping_verbs_may_stand_between_a_name_and_its_verb() {
        let quote = "\"We will not give in.\"";
        for attribution in ["Fox has repeatedly said,", "Fox would not say", "Fox publicly stated:"] {
            assert_eq!(
                speakers(PEOPLE, &format!("{attribution} {quote}")),
                named(&[Some("Liam Fox")]),
                "{attribution}"
            );
        }
        // a noun in "-ly" is no adverb: the ally speaks, not Fox
        assert_eq!(speakers(PEOPLE, &format!("A Fox ally said: {quote}")), named(&[None]));
    }

    #[test]
    fn a_name_reported_or_quoted_as_saying_speaks() {
        // bbc/tech/029.txt: '"...," Mr Kapor is reported as saying.'
        for attribution in ["Fox is reported as saying.", "Fox was quoted as saying."] {
            assert_eq!(
                speakers(PEOPLE, &format!("\"We will not give in,\" {attribution}")),
                named(&[Some("Liam Fox")]),
                "{attribution}"
            );
        }
    }

    #[test]
    fn a_name_and_its_verb_after_a_question_speak_it() {
        // bbc/politics/375, edited: '"...?" he asked.' given to another
        let story =
            "Tebbit attacked Mr Fox. \"How can it be right that the poorest pay more than the richest?\" Mr Fox asked.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        let exclaimed = story.replace("?\" Mr Fox asked", "!\" Liam Fox said");
        assert_eq!(speakers(PEOPLE, &exclaimed), named(&[Some("Liam Fox")]));
        let alias = PEOPLE.replace("aliases: [Fox]", "aliases: [Fox, Mr Fox]");
        assert_eq!(speakers(&alias, story), named(&[Some("Liam Fox")]));
        // after a stop the name opens a sentence of its own; after a question, a name that
        // does not speak is no attribution
        for other in [".\" Mr Fox asked", "?\" Mr Fox then left"] {
            let story = story.replace("?\" Mr Fox asked", other);
            assert_eq!(speakers(PEOPLE, &story), named(&[None]), "{story}");
        }
    }

    #[test]
    fn a_pronoun_points_to_the_one_person_the_previous_sentence_is_about() {
        let story = "Lord Tebbit said he agreed with Dr Fox's view. \"He is far from the worst,\" he added. \
                     Meanwhile, Sir Teddy Taylor warned that Lord Archer would be trouble. He said: \"I suppose so.\"";
        assert_eq!(
            speakers(PEOPLE, story),
            named(&[Some("Norman Tebbit"), Some("Teddy Taylor")])
        );
        let story = "Dr Fox met Lord Tebbit. \"We agreed on nothing at all,\" he said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_name_right_before_quoted_words_in_lower_case_is_their_subject_not_the_pronouns() {
        // bbc/business/100.txt: `Mr Sullivan "made accounting decisions," he told the court`
        let story = "Lord Tebbit rejected the claims. Dr Fox \"made the key decisions,\" he told the court.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
        // nor the subject a participle after the pronoun's clause hangs from: that is "he"
        let saying = story.replace("court.", "court, saying his deputy had \"a firm grip\".");
        assert_eq!(speakers(PEOPLE, &saying), named(&[Some("Norman Tebbit"), None]));
        // a quote opening in capitals after the name is no such predicate
        let own = "Lord Tebbit rejected the claims. Dr Fox said so. \"We made the key decisions,\" he told the court.";
        assert_eq!(speakers(PEOPLE, own), named(&[Some("Liam Fox")]));
    }

    #[test]
    fn a_name_after_a_preposition_or_a_subject_pronoun_is_no_pronouns_person() {
        // bbc/entertainment/372: "He thanked Eastwood and ... Backstage, he said: "..."" is
        // Freeman's, and "Of Hepburn, she said:" Blanchett's
        let story = "Lord Tebbit won the vote. He thanked Fox and left. Backstage, he said: \"We will not give in.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        let story =
            "Lord Tebbit praised the late Lord Archer. Of Archer, he said: \"His career is inspiring to everyone.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        let story = "But Lord Tebbit won the vote. Backstage, he said: \"We will not give in.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_name_after_an_opening_participle_of_an_object_verb_is_its_object() {
        // bbc/entertainment/108: "Describing Mr Jackson as "a good person", the mother-of-nine
        // said ...": the words are the mother's, and her later "she said" is not Mr Jackson's
        let story = "Describing Lord Tebbit as \"a fine man\", the widow said she was sad. \
                     \"We will miss him,\" she said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None, None]));
        let story = "Calling Dr Fox \"a liar\", the MP walked out.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_name_before_its_affiliation_speaks() {
        // reuters21578/01724: the dealer's words given to "Martha Seger of the Federal Reserve
        // Board said" are the Fed governor's
        let story = "\"It is really double counting,\" Liam\nFox of the Federal Reserve Board said.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        let story = "\"It is really double counting,\" Fox at U.S. Steel Corp said.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        let story = "\"It is really double counting,\" Fox from EduVision told reporters.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        // bbc/tech/193.txt: "Kirsten Pfeifer from the Consumer Electronics Association, told
        // the BBC News website": a comma may close the affiliation before the verb
        let story =
            "\"Everything is going digital,\" Liam Fox from the Consumer Electronics Association, told the BBC.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        // reuters21578/19832.txt: a description of the body's kind before its name
        let story =
            "\"It is really double counting,\" Liam Fox of stockbroker Kleinwort Grieveson and Co told Reuters.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        let story = "\"It is really double counting,\" Fox of the brokerage Nesbitt Thomson said.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        // a description that is no kind of company, or a name in it, is no affiliation
        let story = "\"It is really double counting,\" Fox of the home town Barnsley said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // across a sentence's end the name is another sentence's
        let story = "Fox spoke from April. \"It is really double counting,\" May said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // the body's name in lower case, or a relation's name, speaks for nobody
        let story = "\"It is really double counting,\" Fox of the bank said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        let story = "\"It is really double counting,\" an aide to Fox of the Federal Reserve said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_speaker_named_by_a_title_alone_may_be_the_pronouns_person() {
        // bbc/politics/220, clean: "He said:" after "The home secretary said" is Clarke's, not
        // the Tory's named two sentences before
        let story = "But Tory Liam Fox said his party offered a choice. The home secretary said he \
                     wanted the visas. He said: \"We will establish a system for everyone.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // reuters21578/01724: "said a director at one U.K. merchant bank" names somebody too
        let story =
            "Lord Tebbit said so. \"It is large,\" said a director at one bank. \"We will not give in,\" he added.";
        assert_eq!(speakers(PEOPLE, story), named(&[None, None]));
        // a title's noun spoken to is no speaker
        let story = "Lord Tebbit arrived. Later he told the secretary so. \"We will not give in,\" he added.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_nearer_speech_verb_whose_subject_names_nobody_takes_the_quote_from_a_farther_name() {
        // bbc/sport/371, clean: "Dallas said that Deans was tackled short, but the Kiwi said he
        // was dragged back ... on his death-bed three years later he exclaimed: "..."" is the
        // Kiwi's (Deans), not the referee's named before
        let story = "Fox said that Tebbit had lost, but the Scot said he was cheated - on his death-bed \
                     he exclaimed: \"I did win that seat in Leeds.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // a name beside the nearer verb still speaks
        let named_nearer = story.replace("he exclaimed", "Archer exclaimed");
        assert_eq!(speakers(PEOPLE, &named_nearer), named(&[Some("Jeffrey Archer")]));
        // with no subject between, the name before speaks as before
        let story = "Fox said that Tebbit had lost - on his death-bed he exclaimed: \"I did win that seat in Leeds.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
    }

    #[test]
    fn a_described_speaker_without_an_office_may_be_the_pronouns_person() {
        // bbc/politics/294, clean: "some possibility" is the correspondent's ("he added"), not
        // Prescott's, named in the sentence before the correspondent spoke
        let story = "Lord Tebbit held a meeting on Thursday. Our correspondent said that he understood no \
                     deal had been offered. There was \"some possibility\" of a deal, he added.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // a description that does not speak leaves the pronoun to the named subject
        let story = "Lord Tebbit met our correspondent. There was \"some possibility\" of a deal, he added.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_person_described_as_a_sentences_subject_may_be_the_pronouns_person() {
        // bbc/sport/496, clean: Philippoussis's words ("he said") after "The Australian has
        // suffered ...", not the doctor's, named sentences before
        let facts = "people:\n  - name: Hamish Osborne\n    aliases: [Osborne]\n";
        let story = "\"He has to strengthen it,\" said Hamish Osborne. The injury is rare. \
                     The Australian has suffered a host of injury problems. \"It's something I'll have to \
                     go by feel,\" he said.";
        assert_eq!(speakers(facts, story), named(&[Some("Hamish Osborne"), None]));
        let story = "Osborne was there. The 28-year-old suffered two tears. \"I'll have to go by feel,\" he said.";
        assert_eq!(speakers(facts, story), named(&[None]));
        // bbc/sport/250, clean: a conjunction before the description, a noun after the age
        let story = "Osborne was there. But the 25-year-old Dubliner underlined his intention. \
                     He added: \"I'll have to go by feel.\"";
        assert_eq!(speakers(facts, story), named(&[None]));
        // a body the nationality opens is no person: the pronoun is still the named subject's
        let story = "Osborne was there. The Australian government has rules. \"I'll have to go by feel,\" he said.";
        assert_eq!(speakers(facts, story), named(&[Some("Hamish Osborne")]));
    }

    #[test]
    fn a_clause_after_the_speakers_apposition_leaves_the_name_the_speaker() {
        // bbc/tech/378: "Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said:"
        let facts = "people:\n  - name: Shin-Bae Kim\n    aliases: [Mr Shin-Bae Kim]\n    title: chief executive of SK Telecom\n";
        let story = "It has plans. Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said: \
                     \"We have plans to integrate TV with mobile internet services.\"";
        assert_eq!(speakers(facts, story), named(&[Some("Shin-Bae Kim")]));
    }

    #[test]
    fn a_title_alone_after_a_quote_speaks_it_not_a_name_in_a_later_clause() {
        // reuters21578/07608, clean: the president's words, not those of Poindexter, who
        // "had told him" in the clause after
        let story = "\"No, that is not true at all,\" the president replied sternly when asked about a \
                     report Fox had told him, twice, about the money.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // the title spoken to is no speaker: the name after the verb still is
        let story = "\"We will not give in,\" said Fox to the president.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
    }

    #[test]
    fn a_name_after_a_verb_with_a_pronoun_subject_is_spoken_to() {
        // reuters21578/16184: ""But I promise to make Tokyo's markets as open as those of New
        // York," he told Garn and three other legislators" is Nakasone's, not Garn's
        let story =
            "Lord Tebbit replied that some problems exist. \"We will not give in,\" he told Fox and three others.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
        let story = "Lord Tebbit spoke first. \"We will not give in,\" they later told Fox.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // with no subject before the verb, the name after it speaks
        let story = "Lord Tebbit spoke first. \"We will not give in,\" told Fox to reporters.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
    }

    #[test]
    fn a_name_after_a_speech_verb_with_a_verb_of_its_own_is_spoken_about() {
        // bbc/politics/007: 'attacked Labour's six new pledges as "vacuous" and said Mr Blair was
        // very worried voters would take revenge': Mr Blair is who the words are about
        let story = "The co-chairman called the plans \"vacuous\" and said Lord Tebbit was very worried.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        let story = "Next. \"We will not give in,\" said Lord Tebbit would hold.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // reuters21578/15818: "Funaro said ... and added World Bank President Barber Conable had
        // also accepted the proposals as "a good plan"": Conable's words or Funaro's, nobody certain
        let story = "Fox said talks went on and added Lord Tebbit had called it \"a good plan\" today.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // a word after the name that is no verb of its own leaves the name the speaker
        let story = "Next. \"We will not give in,\" said Lord Tebbit later.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_name_after_a_speech_verb_then_a_quote_opening_on_its_verb_is_spoken_about() {
        // bbc/politics/075, clean: 'Mr Johnson, who was forced to apologise last year ..., said
        // Mr Blair "should butt out of" the row': Johnson's words about Mr Blair
        let story = "Next. Dr Fox, who was forced to apologise, said Lord Tebbit \"should butt out of\" the row.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // a quote opening on a word that is no verb of the name's is still the name's
        let story = "Next. Then said Lord Tebbit \"we will not give in\" to them.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_quote_that_never_closes_is_not_another_speakers() {
        let story = "Lord Tebbit defended his record, saying it was \"only a part of it. Dr Fox, a GP, said \
                     staff wanted rest after \"tremendous change and reform\". Next.";
        assert_eq!(
            speakers(PEOPLE, story),
            named(&[Some("Norman Tebbit"), Some("Liam Fox")])
        );
    }

    #[test]
    fn a_quote_ending_on_an_inner_question_is_not_spoken_by_the_next_quotes_speaker() {
        // bbc/sport/464.txt's shape: the inner quote's closing mark follows the question that
        // ends the sentence, and the name after it introduces the next quote with a colon
        let story = "\"We won,\" said Fox. \"They will ask: 'Why did we lose?'\" Tory leader Norman Tebbit \
                     added: \"We lost.\"";
        assert_eq!(
            speakers(PEOPLE, story),
            named(&[Some("Liam Fox"), Some("Liam Fox"), Some("Norman Tebbit")])
        );
    }

    #[test]
    fn a_quote_alone_after_its_speakers_sentence() {
        let story = "Dr Fox was asked if he would say yes or no if Lord Archer applied to rejoin. \"I'm sure we would look at that.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        let story = "Lord Archer spent two years in prison. \"I'm sure we would look at that.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_participle_after_a_comma_speaks_for_the_sentence_subject() {
        // bbc/politics/324: "Tory leader Michael Howard reiterated calls for the publication of
        // the full legal advice given by the Attorney General, warning: "This issue ...""
        let story = "Lord Tebbit reiterated calls for the advice given by the Attorney General, warning: \
                     \"This issue will not go away.\" Lord Tebbit attacked Dr Fox's plan, saying \
                     \"We will not give in to them.\"";
        assert_eq!(
            speakers(PEOPLE, story),
            named(&[Some("Norman Tebbit"), Some("Norman Tebbit")])
        );
        for unsure in [
            "The report criticised Lord Tebbit, saying \"he was wrong all along, as ever.\"",
            "Lord Archer praised Dr Fox, warning: \"This issue will not go away.\"",
        ] {
            assert_eq!(speakers(PEOPLE, unsure), named(&[None]), "{unsure}");
        }
    }

    #[test]
    fn a_speech_verb_after_and_speaks_for_the_sentence_subject() {
        // bbc/sport/250: "But Dunne is keen to put that period of his life behind him and
        // said: "I've grown up a lot ...""
        let story = "Next. But Lord Tebbit is keen to put that period behind him and said: \"I've grown up a lot.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
        // the one spoken to after "and told" is no speaker
        let story = "Next. Lord Tebbit stood up and told Dr Fox: \"We will not give in.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
        // two people before the verb: nobody certain
        let story = "Next. Lord Tebbit met Dr Fox and said: \"We will not give in.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_quote_joined_to_an_earlier_one_shares_its_speaker() {
        // bbc/entertainment/031: 'He apologised for his "deplorable actions" and "a moment's
        // stupidity".'
        let story = "Lord Archer hit the headlines. He also insulted four co-stars. \
                     He apologised for his \"deplorable actions\" and \"a moment's stupidity\".";
        assert_eq!(
            speakers(PEOPLE, story),
            named(&[Some("Jeffrey Archer"), Some("Jeffrey Archer")])
        );
        // words of the writer's between them part the quotes
        let story = "Lord Archer hit the headlines. He apologised for his \"deplorable actions\" \
                     in a letter to \"a moment's stupidity\".";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Jeffrey Archer"), None]));
    }

    #[test]
    fn a_name_in_the_possessive_speaks_for_nobody() {
        // bbc/politics/315: "... he announced Mr Smith's departure to the select committee ...
        // "The major issue is ...," he added." is Mr Johnson's, named a sentence before
        let story = "Asked about Lord Archer's position Dr Fox told the BBC he thought it was a \"non-story\". \
                     He added that he had been open when he announced Lord Archer's departure. \
                     \"The major issue is whether we have the right people,\" he added.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox"), Some("Liam Fox")]));
        let story = "Lord Tebbit said he backed Dr Fox's view. \"We will not give in to them,\" said Dr Fox's aide.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_name_at_the_end_of_an_apposition_is_not_the_speaker() {
        // reuters21578/16759: "Koo Bon-yong, an aide to Kim, said South Korea's foreign debt
        // ... "But now ... ," he said."
        let story = "Sir Teddy Taylor, an aide to Dr Fox, said the debt would fall. \"But now the debt is expected to remain high,\" he said.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        let story = "The party's chairman, Lord Tebbit, said: \"We will not give in to them now.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
        let story = "A spokesman for Lord Tebbit said: \"We will not give in to them now.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_long_apposition_names_the_speaker_but_not_an_aide_of_someone() {
        // bbc/entertainment/271: "Peter Zombic, the managing director of the International
        // Federation of Phonographic Industry in Germany, said he did not feel the situation was
        // as "dramatic" as Mr Renner believed. "It's quite true ...," he argued." (two verbs
        // naming two people name nobody, and so the "he" after them)
        let story =
            "Lord Tebbit, the honorary president of the Federation of Small Businesses in the West of Scotland, \
                     said the news of the day was \"really quite welcome to all of us\".";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
        let story =
            "Lord Tebbit, the honorary president of the Federation of Small Businesses in the West of Scotland, \
                     said the cuts were not as \"dramatic\" as Dr Fox believed. \
                     \"It is quite true that we have severe problems here,\" he argued.";
        assert_eq!(speakers(PEOPLE, story), named(&[None, None]));
        // reuters21578/07326: "An aide to USDA undersecretary Daniel Amstutz, who is reported
        // to be strongly opposed to EEP wheat to the Soviets, said that ..."
        let story = "An aide to Lord Tebbit, who is reported to be strongly opposed to the plan and its costs, \
                     said the cuts were \"really quite welcome to all of us\".";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn letters_after_a_name_and_verbs_of_demanding_and_describing() {
        // bbc/politics/376 and a Holyrood story, edited
        assert_eq!(
            speakers(
                PEOPLE,
                "Sir Teddy Taylor MP demanded a statement about \"leaks to the Standard\"."
            ),
            named(&[Some("Teddy Taylor")])
        );
        assert_eq!(
            speakers(PEOPLE, "Finance spokesman Lord Archer MSP said: \"It is a cut.\""),
            named(&[Some("Jeffrey Archer")])
        );
        assert_eq!(
            speakers(PEOPLE, "Dr Fox called the plan \"hugely unambitious\"."),
            named(&[Some("Liam Fox")])
        );
        assert_eq!(
            speakers(
                PEOPLE,
                "The report criticised Lord Tebbit, saying \"he was wrong all along\"."
            ),
            named(&[None]),
            "the person after an object verb is not its speaker"
        );
    }

    #[test]
    fn a_verb_of_describing_in_the_passive_is_spoken_by_its_agent() {
        // bbc/entertainment/190: "Fletcher was described as a "consummate professional" by his
        // friend and fellow broadcaster Michael Pointon"
        let story = "Lord Tebbit was described as a \"true gentleman of politics\" by his old friend Dr Fox.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        // no name after "by", or a pronoun subject: the one described speaks for nobody
        let story = "Lord Tebbit was described as a \"true gentleman of politics\" by his friends.";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        let story = "Lord Tebbit won. He has been called \"a true gentleman of politics\".";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
        // in the active, the subject describes
        let story = "Lord Tebbit described Dr Fox as \"a true gentleman of politics\".";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_name_in_the_words_a_pronoun_reports_is_not_the_pronouns_person() {
        // bbc/politics/350: 'Mr Blair has "the same passion and the same commitments for the
        // job" as when Labour came to power in 1997, he said.'
        let story = "The plan stands, Dr Fox told the radio. Lord Tebbit has \"the same zeal for the whole job\" as ever, he said.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox")]));
        // a speech verb between the name and the pronoun: the name speaks
        let story = "Dr Fox spoke. Lord Tebbit told the radio, \"We have the same zeal for the job,\" he said.";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Norman Tebbit")]));
    }

    #[test]
    fn a_pronoun_does_not_point_to_a_person_the_words_it_reports_name() {
        // bbc/sport/264: 'Mellberg spoke of ... "I've had more than a quiet word with Olof. ...,"
        // he told Villa's website': the manager's words about his captain
        let people = "people:\n  - name: Liam Fox\n    aliases: [Fox]\n";
        let story = "Liam Fox spoke of his rivals. \"I've had a quiet word with Liam,\" he told the website.";
        assert_eq!(speakers(people, story), named(&[None]));
        let story = "Liam Fox spoke of his rivals. \"I've had a quiet word with them,\" he told the website.";
        assert_eq!(speakers(people, story), named(&[Some("Liam Fox")]));
    }

    #[test]
    fn a_sentence_whose_subject_is_the_same_pronoun_hands_it_on() {
        // bbc/politics/350: "..., he said. And he confirmed Mr Blair's insistence that ... He
        // said: "I'm the General Election co-ordinator ...""
        let story = "Dr Fox spoke on the radio. Lord Tebbit has \"the same zeal for the whole job\" as ever, he said. \
                     And he confirmed Lord Tebbit's plan. He said: \"I'm the one who runs the campaign.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[Some("Liam Fox"), Some("Liam Fox")]));
        // another pronoun: another person, nobody certain
        let story = "Dr Fox spoke on the radio. She confirmed Lord Tebbit's plan. He said: \"I'm the one who runs the campaign.\"";
        assert_eq!(speakers(PEOPLE, story), named(&[None]));
    }

    #[test]
    fn a_name_opening_on_a_number_speaks() {
        // bbc/entertainment/288: "50 Cent announced he has launched the G-Unity Foundation
        // ... \n\n"I realised that ...," he said."
        let facts = "people:\n  - name: 50 Cent\n  - name: The Game\n";
        let story = "The Game also gave money. 50 Cent announced a new foundation.\n\n\"I realised that I have to overcome my own,\" he said.";
        assert_eq!(speakers(facts, story), named(&[Some("50 Cent")]));
    }
}
