//! `factlint facts learn`: a who's-who proposed from a desk's own published copy. Every person
//! the copy names with a title ("Finance Minister Michael Wilson", "Michael Wilson, Canada's
//! finance minister,") becomes an entry with each title form the copy gives them, counted and
//! dated; forms the copy gives fewer than a threshold are left out; a form the copy stopped
//! using before another began is an earlier post. Organisations and places written like names
//! ("Salomon Brothers", "South Africa") are not people: their words are `not_person_words` in
//! `rules/names.yaml`. Those runs of capitalised words are the organisations the copy names,
//! each in the spelling it writes most, with the acronym it gives in brackets as an alias
//! ("International Atomic Energy Agency (IAEA)").

use crate::import::{Document, Entry, OrgEntry, Post};
use crate::lexicon::{lexicon, Lexicon};
use crate::text::{strip_possessive, Doc, Token, TokenKind};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

/// One story's checked text and its date, when it has one.
pub struct Copy<'a> {
    /// The story's checked text (prose only).
    pub text: &'a str,
    /// Its dateline or front matter date.
    pub date: Option<NaiveDate>,
}

/// How often and when a title form was written with a name.
#[derive(Clone, Debug, Default)]
struct Seen {
    count: usize,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl Seen {
    fn add(&mut self, date: Option<NaiveDate>) {
        self.count += 1;
        if let Some(d) = date {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
    }
}

/// How often the copy must give something for the who's-who to keep it.
#[derive(Clone, Copy, Debug)]
pub struct Thresholds {
    /// Sightings of a person with any title: below it, a one-off reading (as often a misread
    /// as a person) is left out.
    pub person: usize,
    /// Sightings of one title form: below it, the form is left out (and a person left with
    /// none). A form the copy wrote is one the desk writes, so 1 keeps them all.
    pub form: usize,
}

/// The proposed who's-who of `stories` (`from` names them in the header), read with `lexicon`.
pub fn learn(stories: &[Copy], from: &str, thresholds: Thresholds, lexicon: &'static Lexicon) -> Document {
    crate::lexicon::scoped(lexicon, || learn_with_lexicon(stories, from, thresholds))
}

fn learn_with_lexicon(stories: &[Copy], from: &str, thresholds: Thresholds) -> Document {
    let docs: Vec<Doc> = stories.iter().map(|s| Doc::new(s.text)).collect();
    let common = lower_case_words(&docs);
    let mut people: BTreeMap<String, BTreeMap<String, Seen>> = BTreeMap::new();
    for (doc, story) in docs.iter().zip(stories) {
        for (name, title) in titled_names(doc) {
            if name.split_whitespace().all(|w| common.contains(&w.to_lowercase())) {
                continue;
            }
            people
                .entry(name)
                .or_default()
                .entry(title)
                .or_default()
                .add(story.date);
        }
    }
    let entries = people
        .into_iter()
        .filter_map(|(name, forms)| {
            let total: usize = forms.values().map(|s| s.count).sum();
            let kept: Vec<(String, Seen)> = forms.into_iter().filter(|(_, s)| s.count >= thresholds.form).collect();
            (total >= thresholds.person && !kept.is_empty()).then(|| entry(name, kept))
        })
        .collect();
    Document {
        command: "facts learn".into(),
        source: "learn".into(),
        files: vec![from.to_string()],
        as_of: stories.iter().filter_map(|s| s.date).max().map(|d| d.to_string()),
        people: entries,
        organisations: organisations(&docs, &common, thresholds.person),
    }
}

/// How often the copy writes one organisation: its spellings (case apart) and acronyms.
#[derive(Default)]
struct OrgSeen {
    count: usize,
    spellings: BTreeMap<String, usize>,
    acronyms: BTreeMap<String, usize>,
}

/// The organisations the copy names at least `min_count` times, each in its most written
/// spelling, with the acronyms it gives them in brackets (an acronym given to two is dropped).
fn organisations(docs: &[Doc], common: &HashSet<String>, min_count: usize) -> Vec<OrgEntry> {
    let mut seen: BTreeMap<String, OrgSeen> = BTreeMap::new();
    for doc in docs {
        for (name, acronym) in organisation_names(doc, common) {
            let entry = seen.entry(name.to_lowercase()).or_default();
            entry.count += 1;
            *entry.spellings.entry(name).or_default() += 1;
            if let Some(a) = acronym {
                *entry.acronyms.entry(a).or_default() += 1;
            }
        }
    }
    let mut owners: BTreeMap<String, usize> = BTreeMap::new();
    for org in seen.values().filter(|o| o.count >= min_count) {
        for a in org.acronyms.keys() {
            *owners.entry(a.clone()).or_default() += 1;
        }
    }
    let most = |counts: &BTreeMap<String, usize>| counts.iter().max_by_key(|(_, n)| **n).map(|(s, _)| s.clone());
    seen.into_values()
        .filter(|o| o.count >= min_count)
        .filter_map(|o| {
            Some(OrgEntry {
                comments: vec![format!("{} times", o.count)],
                name: most(&o.spellings)?,
                aliases: o
                    .acronyms
                    .keys()
                    .filter(|a| owners.get(*a) == Some(&1))
                    .cloned()
                    .collect(),
            })
        })
        .collect()
}

/// Runs of capitalised words holding a word of a body or a place ("Bank of England",
/// "Salomon Brothers", "South Africa"), with the acronym written in brackets after one.
fn organisation_names(doc: &Doc, common: &HashSet<String>) -> Vec<(String, Option<String>)> {
    let toks = &doc.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let org_word = |k: usize| is_org_word(&toks[k], common);
        if !org_word(i) || (i > 0 && org_word(i - 1) && !toks[i].glued) {
            i += 1;
            continue;
        }
        let end = org_run_end(doc, i, common);
        let mut start = i;
        // "The Bank of England": a word capitalised only to open the sentence, and the small
        // words after it
        let opens = |k: usize| common.contains(doc.lower_at(k)) && k == doc.sentence(k).start;
        if opens(start) {
            start += 1;
            while start < end && lexicon().connectors.contains(doc.lower_at(start)) {
                start += 1;
            }
        }
        let words: Vec<&str> = toks[start..end].iter().map(|t| strip_possessive(t.text())).collect();
        if words.len() >= 2 && words.iter().any(|w| lexicon().not_person_words.contains(*w)) {
            out.push((words.join(" "), acronym_after(doc, end, &words)));
        }
        i = end.max(i + 1);
    }
    out
}

/// Where a run of name words (with "of", "for", "and", "&" between them) ends: before a title
/// word, an honorific, a month or a weekday, at a possessive, or after six words.
fn org_run_end(doc: &Doc, start: usize, common: &HashSet<String>) -> usize {
    let toks = &doc.tokens;
    let mut end = start;
    let mut words = 0;
    while end < toks.len() && words < 6 && is_org_word(&toks[end], common) && (end == start || !toks[end].glued) {
        words += 1;
        end += 1;
        if toks[end - 1].text() != strip_possessive(toks[end - 1].text()) {
            break;
        }
        let joiner = joiner_len(doc, start, end);
        if joiner > 0
            && toks
                .get(end + joiner)
                .is_some_and(|t| is_org_word(t, common) && !t.glued)
        {
            end += joiner;
        }
    }
    end
}

/// How many small words at `end` join the name begun at `start` to the words after them:
/// "of" or "for" (with a "the") after a word of a body ("Bank of England", "Organisation of
/// the Petroleum Exporting Countries", not "Ronald Glantz of Montgomery Securities"), "and"
/// or "&" inside a name ("Rohm and Haas Co", not "Texaco Inc and Pennzoil Co").
fn joiner_len(doc: &Doc, start: usize, end: usize) -> usize {
    let lex = lexicon();
    let body = |k: usize| {
        let word = strip_possessive(doc.tokens[k].text());
        lex.not_person_words.contains(word) || lex.company_suffixes.contains(&word.to_lowercase().replace('.', ""))
    };
    match doc.lower_at(end) {
        "of" | "for" if (start..end).any(body) => 1 + usize::from(doc.lower_at(end + 1) == "the"),
        "and" | "&" if !body(end - 1) => 1,
        _ => 0,
    }
}

/// A capitalised word that may stand in an organisation's name: not a title word, an
/// honorific, a month, a weekday or a small word, nor a common word in capitals (a wire
/// headline's "MAKES ACQUISITION").
fn is_org_word(t: &Token, common: &HashSet<String>) -> bool {
    let lex = lexicon();
    let lower = t.lower();
    let shouted = t.text().chars().all(|c| !c.is_lowercase()) && common.contains(&lower);
    t.kind == TokenKind::Word
        && t.is_capitalized()
        && !shouted
        && t.text().chars().count() > 1
        && !lex.head_words.contains(&lower)
        && !lex.is_small_or_calendar_word(&lower)
}

/// "(IAEA)" right after a name whose words' initials spell it.
fn acronym_after(doc: &Doc, end: usize, words: &[&str]) -> Option<String> {
    let toks = &doc.tokens;
    let (open, acronym, close) = (toks.get(end)?, toks.get(end + 1)?, toks.get(end + 2)?);
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let spelled = acronym.text().chars().all(|c| c.is_ascii_uppercase())
        && acronym.text().len() >= 2
        && initials.contains(acronym.text().chars().next()?)
        && acronym.text().chars().all(|c| initials.contains(c));
    (open.text() == "(" && close.text() == ")" && spelled).then(|| acronym.text().to_string())
}

/// Words the copy writes in lower case somewhere: a "name" made only of them is a thing.
fn lower_case_words(docs: &[Doc]) -> HashSet<String> {
    docs.iter()
        .flat_map(|doc| doc.tokens.iter())
        .filter(|t| t.text().starts_with(char::is_lowercase))
        .map(|t| t.text().to_string())
        .collect()
}

/// A person's entry: forms grouped into posts in the order the copy first used them. A form
/// first seen after every sighting of the forms before it starts a new post, which begins on
/// that day; the earlier post ends then. Forms in use at the same time are one post, the most
/// written its title. Only copy with dates can tell posts apart: a person any undated story
/// names with a title keeps one post. "Former" forms and a shorter form of the post before
/// ("chairman" after "LDP General Council Chairman") start no post.
fn entry(name: String, mut forms: Vec<(String, Seen)>) -> Entry {
    forms.sort_by(|a, b| {
        (a.1.first, std::cmp::Reverse(a.1.count), &a.0).cmp(&(b.1.first, std::cmp::Reverse(b.1.count), &b.0))
    });
    let all_dated = forms.iter().all(|(_, s)| s.first.is_some());
    let mut groups: Vec<Vec<(String, Seen)>> = Vec::new();
    for form in forms {
        let new_post = all_dated
            && !is_former(&form.0)
            && groups.last().is_some_and(|group| {
                let last = group.iter().filter_map(|(_, s)| s.last).max();
                last.is_some_and(|last| form.1.first.is_some_and(|first| first > last))
                    && !group.iter().any(|(other, _)| same_office(other, &form.0))
            });
        match groups.last_mut() {
            Some(group) if !new_post => group.push(form),
            _ => groups.push(vec![form]),
        }
    }
    let starts: Vec<Option<NaiveDate>> = groups
        .iter()
        .map(|g| g.iter().filter_map(|(_, s)| s.first).min())
        .collect();
    let several = groups.len() > 1;
    let mut comments = Vec::new();
    let posts = groups
        .into_iter()
        .enumerate()
        .map(|(k, mut group)| {
            group.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
            comments.extend(group.iter().map(|(form, seen)| sightings(form, seen)));
            let mut forms = group.into_iter().map(|(form, _)| form);
            Post {
                title: forms.next().unwrap_or_default(),
                also: forms.collect(),
                from: if several && k > 0 {
                    starts[k].map(|d| d.to_string())
                } else {
                    None
                },
                until: if several {
                    starts.get(k + 1).copied().flatten().map(|d| d.to_string())
                } else {
                    None
                },
                note: None,
            }
        })
        .collect();
    Entry {
        comments,
        name,
        aliases: Vec::new(),
        posts,
    }
}

fn is_former(form: &str) -> bool {
    form.split_whitespace()
        .next()
        .is_some_and(|w| lexicon().former.contains(&w.to_lowercase()))
}

/// One form's words all among the other's ("chairman" and "LDP General Council Chairman"),
/// and none of the extra words changes the office ("Deputy Finance Minister" is another post).
fn same_office(a: &str, b: &str) -> bool {
    let words = |s: &str| -> HashSet<String> { s.split_whitespace().map(str::to_lowercase).collect() };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.is_subset(&long) && !long.difference(&short).any(|w| lexicon().office_changing.contains(w))
}

/// "Finance Minister: 12 times, 1987-02-26 to 1987-10-20".
fn sightings(form: &str, seen: &Seen) -> String {
    let times = if seen.count == 1 {
        "once".to_string()
    } else {
        format!("{} times", seen.count)
    };
    match (seen.first, seen.last) {
        (Some(first), Some(last)) if first == last => format!("{form}: {times}, {first}"),
        (Some(first), Some(last)) => format!("{form}: {times}, {first} to {last}"),
        _ => format!("{form}: {times}"),
    }
}

fn is_name_word(t: &Token) -> bool {
    let lex = lexicon();
    let lower = t.lower();
    t.kind == TokenKind::Word
        && t.is_capitalized()
        && t.text().chars().count() > 1
        && !t.text().chars().all(|c| c.is_uppercase())
        && !lex.title_words.contains(&lower)
        && !lex.is_small_or_calendar_word(&lower)
}

fn is_title_word(t: &Token) -> bool {
    let lex = lexicon();
    t.kind == TokenKind::Word
        && lex.title_words.contains(&lex.canonical_word(t.text()))
        && !lex.connectors.contains(&t.lower())
}

fn is_title_token(t: &Token) -> bool {
    let lex = lexicon();
    let lower = t.lower();
    t.kind == TokenKind::Word
        && !lex.stop_words.contains(&lower)
        && !lex.honorifics.contains(&lower)
        && !lex.weekdays.contains_key(&lower)
        && (t.is_capitalized() || is_title_word(t) || lex.connectors.contains(&lower) || lex.former.contains(&lower))
}

/// A word that makes a capitalised run an organisation or a place ("Brothers", "Africa"), or
/// an initial-like abbreviation ("Co.", "U.S.").
fn not_a_person(word: &str) -> bool {
    let word = word.trim_end_matches("'s").trim_end_matches("’s");
    lexicon().not_person_words.contains(word) || word.contains('.') && word.len() <= 4
}

/// "Finance Minister Michael Wilson" and "Michael Wilson, Canada's finance minister,": the
/// name (two or three capitalised words) and the title written with it.
fn titled_names(doc: &Doc) -> Vec<(String, String)> {
    let toks = &doc.tokens;
    let mut out = Vec::new();
    for i in 1..toks.len() {
        if !is_name_word(&toks[i]) || is_name_word(&toks[i - 1]) {
            continue;
        }
        let mut end = i;
        while end < toks.len() && end - i < 3 && is_name_word(&toks[end]) && !toks[end].glued {
            end += 1;
        }
        // the name ends its run of capitals: "South African Finance Minister" names no one
        let next = toks.get(end);
        if end - i < 2 || next.is_some_and(|t| t.is_word() && (t.is_capitalized() || is_title_word(t))) {
            continue;
        }
        let name = doc
            .words(i..end)
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        if name.split_whitespace().any(not_a_person) {
            continue;
        }
        if let Some(title) = title_before(doc, i).or_else(|| apposition(doc, end)) {
            out.push((name, title));
        }
    }
    out
}

fn trim_connectors(doc: &Doc, mut run: Range<usize>) -> Option<Range<usize>> {
    let lex = lexicon();
    while run.start < run.end && lex.connectors.contains(doc.lower_at(run.start)) {
        run.start += 1;
    }
    while run.end > run.start && lex.connectors.contains(doc.lower_at(run.end - 1)) {
        run.end -= 1;
    }
    let has_title = run.clone().any(|k| is_title_word(&doc.tokens[k]));
    (run.start < run.end && has_title).then_some(run)
}

fn title_before(doc: &Doc, name: usize) -> Option<String> {
    if !is_title_word(&doc.tokens[name - 1]) {
        return None;
    }
    let floor = doc.sentence(name).start;
    let mut j = name;
    while j > floor && name - j < 10 && is_title_token(&doc.tokens[j - 1]) {
        j -= 1;
        if lexicon().former.contains(doc.lower_at(j)) {
            break;
        }
    }
    trim_connectors(doc, j..name).map(|r| doc.words(r))
}

fn apposition(doc: &Doc, end: usize) -> Option<String> {
    if doc.tokens.get(end)?.text() != "," {
        return None;
    }
    let mut start = end + 1;
    while matches!(doc.lower_at(start), "the" | "a" | "an") {
        start += 1;
    }
    let mut j = start;
    while j < doc.tokens.len() && j - start < 10 && is_title_token(&doc.tokens[j]) {
        j += 1;
    }
    let closes = doc.tokens.get(j).is_some_and(|t| matches!(t.text(), "," | "."));
    let run = trim_connectors(doc, start..j)?;
    (closes && is_title_word(&doc.tokens[run.end - 1])).then(|| doc.words(run))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_in_their_most_written_spelling_with_their_acronyms() {
        let texts = [
            "The International Atomic Energy Agency (IAEA) said so. The Bank of England agreed.",
            "A spokesman for the International Atomic Energy Agency said the IAEA's team left.",
            "Shares in the Bank of England's rival fell; the Bank Of England said nothing.",
            "The National Security Agency (NSA) met the Bank of England's Governor on Monday.",
        ];
        let copies: Vec<Copy> = texts.iter().map(|text| Copy { text, date: None }).collect();
        let doc = learn(&copies, "copy", Thresholds { person: 2, form: 1 }, Lexicon::builtin());
        let orgs: Vec<(&str, &[String])> = doc
            .organisations
            .iter()
            .map(|o| (o.name.as_str(), o.aliases.as_slice()))
            .collect();
        assert_eq!(
            orgs,
            [
                ("Bank of England", &[][..]),
                ("International Atomic Energy Agency", &["IAEA".to_string()][..])
            ]
        );
        assert_eq!(doc.organisations[0].comments, ["4 times"]);
    }

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn a_form_the_copy_stopped_using_before_another_is_an_earlier_post() {
        let texts = [
            (
                "Deputy Finance Minister Jane Roe said the budget was late.",
                "1987-02-01",
            ),
            ("Deputy Finance Minister Jane Roe spoke on Monday.", "1987-03-01"),
            ("Finance Minister Jane Roe said taxes would rise.", "1987-06-01"),
            ("Finance Minister Jane Roe said so again.", "1987-07-01"),
            (
                "Salomon Brothers Chairman John Gutfreund said so; Minister Jane Roe once.",
                "1987-07-02",
            ),
        ];
        let copies: Vec<Copy> = texts.iter().map(|(text, d)| Copy { text, date: day(d) }).collect();
        let doc = learn(&copies, "copy", Thresholds { person: 2, form: 2 }, Lexicon::builtin());
        assert_eq!(doc.people.len(), 1, "{:?}", doc.people);
        let roe = &doc.people[0];
        let posts: Vec<(&str, Option<&str>, Option<&str>)> = roe
            .posts
            .iter()
            .map(|p| (p.title.as_str(), p.from.as_deref(), p.until.as_deref()))
            .collect();
        assert_eq!(
            posts,
            vec![
                ("Deputy Finance Minister", None, Some("1987-06-01")),
                ("Finance Minister", Some("1987-06-01"), None)
            ]
        );
        assert_eq!(
            roe.comments[0],
            "Deputy Finance Minister: 2 times, 1987-02-01 to 1987-03-01"
        );
        assert_eq!(doc.as_of.as_deref(), Some("1987-07-02"));
    }

    #[test]
    fn forms_in_use_together_are_one_post_and_organisations_are_no_people() {
        let texts = [
            "Treasury Secretary James Baker said the dollar had fallen.",
            "James Baker, the Treasury Secretary, said it again.",
            "Secretary of the Treasury James Baker met Salomon Brothers Chairman John Gutfreund.",
            "Salomon Brothers Chairman John Gutfreund, James Baker, Treasury Secretary, said.",
        ];
        let copies: Vec<Copy> = texts.iter().map(|text| Copy { text, date: None }).collect();
        let doc = learn(&copies, "copy", Thresholds { person: 1, form: 1 }, Lexicon::builtin());
        let names: Vec<&str> = doc.people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"James Baker"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Salomon")), "{names:?}");
        let orgs: Vec<&str> = doc.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(orgs, ["Salomon Brothers"]);
        let baker = doc.people.iter().find(|p| p.name == "James Baker").unwrap();
        assert_eq!(baker.posts.len(), 1);
        assert_eq!(baker.posts[0].title, "Treasury Secretary");
    }

    #[test]
    fn titles_are_read_with_the_lexicon_given() {
        let texts = [
            "Alderman Jane Roe said the budget was late.",
            "Alderman Jane Roe spoke on Monday.",
        ];
        let copies: Vec<Copy> = texts.iter().map(|text| Copy { text, date: None }).collect();
        let thresholds = Thresholds { person: 1, form: 1 };
        let people = |lexicon| -> Vec<String> {
            let doc = learn(&copies, "copy", thresholds, lexicon);
            doc.people
                .iter()
                .map(|p| format!("{}: {}", p.name, p.posts[0].title))
                .collect()
        };
        assert_eq!(people(Lexicon::builtin()), Vec::<String>::new());
        let extension = [("title_words".to_string(), serde_json::json!(["alderman"]))];
        let aldermen = Lexicon::extended(&extension.into_iter().collect()).unwrap();
        assert_eq!(people(aldermen), ["Jane Roe: Alderman"]);
    }
}
