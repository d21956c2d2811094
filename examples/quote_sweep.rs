//! The quote checks on clean copy: facts holding the stories' own quotes must leave every
//! story clean.
//!
//!     cargo run --release --example quote_sweep -- WHOSWHO.yaml [CORPUS_DIR] [EVERY_NTH]
//!
//! For every EVERY_NTH story of the corpus (default 10), the quotes the checker reads in it
//! become a facts file: each quote's words as the story gives them, spoken by the person the
//! story attributes it to (a person of WHOSWHO.yaml, as `factlint facts learn` writes it), or by
//! a stand-in person when it names nobody certain. Each story is then checked against the
//! who's-who plus its own quotes, and all sampled stories against the who's-who plus every
//! sampled quote; any quote finding is printed. `scripts/sweep.sh` runs it.

use factlint::check::{CheckOptions, Checker};
use factlint::facts::Facts;
use factlint::files::load_facts;
use factlint::finding::{Code, Finding};
use factlint::story::Story;
use factlint_core::internals::{doc, extract_quotes, Attribution, NameIndex};
#[path = "support/corpus.rs"]
mod corpus;
use corpus::story_files;
use std::path::{Path, PathBuf};

/// Who speaks a quote the story gives to nobody certain.
const STAND_IN: &str = "Unattributed Speaker";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(whoswho) = args.first() else {
        eprintln!("usage: quote_sweep WHOSWHO.yaml [CORPUS_DIR] [EVERY_NTH]");
        std::process::exit(2);
    };
    let corpus = PathBuf::from(args.get(1).map_or("../shared/corpus", String::as_str));
    let every: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(10).max(1);
    let base = load_facts(&[PathBuf::from(whoswho)]).unwrap_or_else(|e| {
        eprintln!("quote_sweep: {}", e.message);
        std::process::exit(2)
    });
    let names = NameIndex::new(&base.people);
    let stories: Vec<Story> = story_files(&corpus)
        .into_iter()
        .step_by(every)
        .filter_map(|p| Story::from_text(&p, std::fs::read_to_string(&p).ok()?).ok())
        .collect();
    let mut all_quotes = String::new();
    let (mut quotes, mut attributed, mut own_findings) = (0, 0, Vec::new());
    for story in &stories {
        let own = story_quotes(&names, &base, story);
        quotes += own.len();
        attributed += own.iter().filter(|(speaker, _)| speaker != STAND_IN).count();
        let yaml = quotes_yaml(&own);
        all_quotes.push_str(&yaml);
        own_findings.extend(quote_findings(&Checker::new(&with_quotes(&base, &yaml)), story));
    }
    println!(
        "{} stories (every {every}th), {quotes} quotes, {attributed} attributed to a person of the who's-who",
        stories.len()
    );
    report("each story against its own quotes", &own_findings);
    let everything = with_quotes(&base, &all_quotes);
    let checker = Checker::new(&everything);
    let all_findings: Vec<(String, Finding)> = stories.iter().flat_map(|s| quote_findings(&checker, s)).collect();
    report("every story against all sampled quotes", &all_findings);
}

/// The story's quotes as (speaker, words), the speaker as the checker reads the attribution.
fn story_quotes(names: &NameIndex, base: &Facts, story: &Story) -> Vec<(String, String)> {
    let doc = doc(story);
    let people = names.extract(&doc, &[]); // the who's-who gives no quotes to vouch for near names
    let quotes = extract_quotes(&doc);
    let attribution = Attribution::new(&doc, &quotes, &people.mentions);
    quotes
        .iter()
        .map(|q| {
            let speaker = attribution.speaker(q).map_or(STAND_IN.to_string(), |s| {
                base.people[people.mentions[s.mention].person].name.clone()
            });
            let words: Vec<String> = q.parts.iter().map(|p| doc.words(p.clone())).collect();
            (speaker, words.join(" "))
        })
        .collect()
}

fn quotes_yaml(quotes: &[(String, String)]) -> String {
    quotes
        .iter()
        .map(|(speaker, text)| {
            let quoted = |s: &str| serde_json::to_string(s).expect("a string");
            format!("  - speaker: {}\n    text: {}\n", quoted(speaker), quoted(text))
        })
        .collect()
}

fn with_quotes(base: &Facts, quotes_yaml: &str) -> Facts {
    let mut facts = base.clone();
    // a story with no quotes gives an empty list, which YAML writes as `[]`, not as nothing
    let quotes = if quotes_yaml.is_empty() { " []\n" } else { "\n" };
    let text = format!("people:\n  - name: {STAND_IN}\nquotes:{quotes}{quotes_yaml}");
    facts
        .add_file(Path::new("quotes.yaml"), text)
        .unwrap_or_else(|e| panic!("generated quotes: {}", e.message));
    facts
}

fn quote_findings(checker: &Checker, story: &Story) -> Vec<(String, Finding)> {
    checker
        .check(story, &CheckOptions::default())
        .into_iter()
        .filter(|f| matches!(f.code, Code::QuoteMismatch | Code::QuoteMisattributed))
        .map(|f| (story.path.display().to_string(), f))
        .collect()
}

fn report(label: &str, findings: &[(String, Finding)]) {
    println!("== {label}: {} quote findings", findings.len());
    for (path, f) in findings.iter().take(20) {
        let help = f.help.as_deref().unwrap_or("");
        println!("   {path}: {}: {} ({help})", f.code, f.message);
    }
}
