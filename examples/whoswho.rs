//! Builds a who's-who of the people a corpus names with a title, as its stories write them:
//! every title form used for a person becomes an accepted form. Checking the same corpus
//! against it must raise (almost) nothing: what it raises are false alarms or real slips.
//!
//!     cargo run --release --example whoswho -- ../shared/corpus > /tmp/whoswho.yaml

use factlint::lexicon::lexicon;
use factlint::story::Story;
use factlint::text::{Doc, Token, TokenKind};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus".into()));
    if !root.is_dir() {
        eprintln!("whoswho: skipped, no corpus at {}", root.display());
        return;
    }
    let (files, _) = factlint::run::story_paths(std::slice::from_ref(&root));
    let stories: Vec<Story> = files
        .iter()
        .filter_map(|path| Story::from_text(Path::new(path), std::fs::read_to_string(path).ok()?).ok())
        .collect();
    // words the corpus writes in lower case: a "name" made only of them is a thing
    let mut common: HashSet<String> = HashSet::new();
    for story in &stories {
        let doc = Doc::new(&story.checkable);
        common.extend(
            doc.tokens
                .iter()
                .filter(|t| t.text.starts_with(char::is_lowercase))
                .map(|t| t.text.to_string()),
        );
    }
    // name -> title form -> count
    let mut people: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for story in &stories {
        let doc = Doc::new(&story.checkable);
        for (name, title) in titled_names(&doc) {
            let all_common = name.split_whitespace().all(|w| common.contains(&w.to_lowercase()));
            if !all_common {
                *people.entry(name).or_default().entry(title).or_default() += 1;
            }
        }
    }
    println!(
        "# Built by `cargo run --example whoswho` from {}: {} people.",
        root.display(),
        people.len()
    );
    println!("people:");
    for (name, forms) in people {
        let mut forms: Vec<(String, usize)> = forms.into_iter().collect();
        forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        println!("  - name: {}", quote(&name));
        println!("    title: {}", quote(&forms[0].0));
        if forms.len() > 1 {
            let also: Vec<String> = forms[1..].iter().map(|(f, _)| quote(f)).collect();
            println!("    also: [{}]", also.join(", "));
        }
    }
}

/// Words that make a capitalised run an organisation or place, not a person.
const ORGANISATION_WORDS: &[&str] = &[
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "Plc",
    "PLC",
    "AG",
    "SA",
    "NV",
    "Group",
    "Bank",
    "Fund",
    "Exchange",
    "Office",
    "System",
    "Foundation",
    "Association",
    "Council",
    "Committee",
    "Agency",
    "Board",
    "Company",
    "Firm",
    "Firms",
    "Rate",
    "Rates",
    "Africa",
    "African",
    "Africans",
    "America",
    "American",
    "Americans",
    "Asia",
    "Asian",
    "Europe",
    "European",
    "German",
    "Germans",
    "Germany",
    "West",
    "East",
    "North",
    "Street",
    "Brothers",
    "Securities",
    "Markets",
    "Act",
    "Network",
    "York",
    "Committee",
    "Committe",
    "Union",
    "States",
    "Kingdom",
    "Party",
    "Ministry",
    "Department",
    "Government",
    "Official",
    "Officials",
];

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn is_name_word(t: &Token) -> bool {
    let lex = lexicon();
    let lower = t.lower();
    t.kind == TokenKind::Word
        && t.is_capitalized()
        && t.text.chars().count() > 1
        && !t.text.chars().all(|c| c.is_uppercase())
        && !lex.title_words.contains(&lower)
        && !lex.months.contains_key(&lower)
        && !lex.weekdays.contains_key(&lower)
        && !lex.connectors.contains(&lower)
        && !lex.stop_words.contains(&lower)
        && !lex.honorifics.contains(&lower)
}

fn is_title_word(t: &Token) -> bool {
    let lex = lexicon();
    t.kind == TokenKind::Word
        && lex.title_words.contains(&lex.canonical_word(t.text))
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
        if name
            .split_whitespace()
            .any(|w| ORGANISATION_WORDS.contains(&w.trim_end_matches("'s")) || w.contains('.') && w.len() <= 4)
        {
            continue;
        }
        if let Some(title) = title_before(doc, i).or_else(|| apposition(doc, end)) {
            out.push((name, title));
        }
    }
    out
}

fn trim_connectors(doc: &Doc, mut run: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let lex = lexicon();
    while run.start < run.end && lex.connectors.contains(doc.lower_at(run.start)) {
        run.start += 1;
    }
    while run.end > run.start && lex.connectors.contains(doc.lower_at(run.end - 1)) {
        run.end -= 1;
    }
    let has_title = (run.clone()).any(|k| is_title_word(&doc.tokens[k]));
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
    if doc.tokens.get(end)?.text != "," {
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
    let closes = doc.tokens.get(j).is_some_and(|t| matches!(t.text, "," | "."));
    let run = trim_connectors(doc, start..j)?;
    (closes && is_title_word(&doc.tokens[run.end - 1])).then(|| doc.words(run))
}
