//! Do the figures real copy writes load as facts values? A probe independent of the checker's
//! own number reader: a crude grammar of its own (below) cuts every figure expression from a
//! sample of corpus stories as a desk would copy it into a `value` (the number with its
//! currency, scale, unit, rate, range end and leading approximation), and each is loaded as
//! the one figure of a facts file. A value that does not load makes a whole facts file fail,
//! so the story it was written for gets no check at all.
//!
//!     cargo run --release --example value_probe -- [CORPUS_DIR] [--all]
//!
//! The stories the evaluation cases use (`story:` in `eval/cases` and `eval/heldout`) are left
//! out: the checker was tuned on their facts. The sample is every 12th BBC story and every 80th
//! Reuters story of the rest. Prints each value that does not load (with its form: digits as `N`, and
//! where it was cut), then the counts; `--all` prints the values that load too.

use factlint::facts::Facts;
use factlint::Lexicon;
#[path = "support/corpus.rs"]
mod corpus;
use corpus::story_files;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--all").collect();
    let print_all = std::env::args().any(|a| a == "--all");
    let corpus = PathBuf::from(args.first().map_or("../shared/corpus", String::as_str));
    let skip = stories_in_eval();
    let stories = sample(&corpus, &skip);
    if stories.is_empty() {
        println!("value_probe: no corpus at {}; skipped", corpus.display());
        return;
    }
    // expression -> first story it was cut from
    let mut cuts: BTreeMap<String, String> = BTreeMap::new();
    for path in &stories {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.strip_prefix(&corpus).unwrap_or(path).display().to_string();
        for cut in figure_expressions(&text) {
            cuts.entry(cut).or_insert_with(|| name.clone());
        }
    }
    let mut forms: BTreeSet<String> = BTreeSet::new();
    let mut failing_forms: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut failing = 0;
    for (cut, story) in &cuts {
        let form = form_of(cut);
        forms.insert(form.clone());
        if loads(cut) {
            if print_all {
                println!("ok\t{cut}\t{story}");
            }
        } else {
            failing += 1;
            failing_forms
                .entry(form)
                .or_insert_with(|| (cut.clone(), story.clone()));
        }
    }
    for (form, (cut, story)) in &failing_forms {
        println!("fails\t{form}\t{cut}\t{story}");
    }
    println!(
        "== {} stories, {} expressions probed, {} distinct forms; {} expressions and {} forms do not load",
        stories.len(),
        cuts.len(),
        forms.len(),
        failing,
        failing_forms.len()
    );
}

/// The stories the evaluation cases are written on (their edits files' `story:` lines).
fn stories_in_eval() -> HashSet<String> {
    let mut stories = HashSet::new();
    for dir in ["eval/cases", "eval/heldout"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let story = text.lines().find_map(|l| l.strip_prefix("story:"));
            stories.extend(story.map(|s| s.trim().to_string()));
        }
    }
    stories
}

/// Every 12th BBC story and every 80th Reuters one, leaving out those in `skip`.
fn sample(corpus: &Path, skip: &HashSet<String>) -> Vec<PathBuf> {
    let unused = |dir: &str| -> Vec<PathBuf> {
        story_files(&corpus.join(dir))
            .into_iter()
            .filter(|p| {
                let name = p.strip_prefix(corpus).unwrap_or(p).display().to_string();
                !skip.contains(&name)
            })
            .collect()
    };
    let every = |files: Vec<PathBuf>, n: usize| files.into_iter().step_by(n).collect::<Vec<_>>();
    let mut out = every(unused("bbc"), 12);
    out.extend(every(unused("reuters21578"), 80));
    out
}

/// Whether `value` loads as the one figure of a facts file.
fn loads(value: &str) -> bool {
    let quoted = serde_json::to_string(value).expect("a string");
    let yaml = format!("figures:\n  - id: probe\n    value: {quoted}\n    about: [x]\n");
    Facts::with_lexicon(Lexicon::builtin())
        .add_file(Path::new("probe.yaml"), yaml)
        .is_ok()
}

/// The expression's shape: each run of digits (with the commas and points inside it) as `N`.
fn form_of(cut: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in cut.chars() {
        let part_of_number = c.is_ascii_digit() || (in_number && (c == ',' || c == '.'));
        if c.is_ascii_digit() && !in_number {
            out.push('N');
        } else if !part_of_number {
            out.push(c);
        }
        in_number = part_of_number;
    }
    out
}

// The probe's own crude grammar: word lists of its own, not factlint's `rules/`.

const APPROXIMATIONS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "over",
    "under",
    "only",
    "just",
    "above",
    "below",
    "between",
    "from",
    "up",
];
const TWO_WORD_APPROXIMATIONS: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as much as",
    "as many as",
    "close to",
    "a further",
    "an extra",
    "a record",
    "a total of",
];
const CURRENCY_BEFORE: &[&str] = &[
    "$", "£", "€", "¥", "US$", "HK$", "A$", "C$", "NZ$", "Rs", "Rs.", "DM", "KSh", "Ksh", "SFr", "FFr", "R",
];
const SCALES: &[&str] = &[
    "thousand", "million", "millions", "billion", "billions", "trillion", "mln", "bln", "bn", "m", "trln", "crore",
    "crores", "lakh", "lakhs",
];
const CURRENCY_AFTER: &[&str] = &[
    "dlrs", "dollars", "dollar", "stg", "pounds", "sterling", "yen", "euros", "euro", "francs", "marks", "rupees",
    "pesos", "lire", "lira", "guilders", "crowns", "kronor", "kroner", "rand", "yuan", "cts", "cents", "pence", "p",
    "ecus", "riyals", "dinars", "shekels", "won", "baht", "ringgit", "roubles", "rubles", "naira", "reais",
];
const UNITS: &[&str] = &[
    "pct",
    "percent",
    "%",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "feet",
    "ft",
    "hectares",
    "acres",
    "barrels",
    "bpd",
    "ounces",
    "oz",
    "kg",
    "kilos",
    "litres",
    "gallons",
    "hours",
    "hour",
    "days",
    "minutes",
    "years",
    "months",
    "weeks",
    "seconds",
    "points",
    "mph",
    "mw",
    "megawatts",
    "gigawatts",
    "shares",
    "people",
    "jobs",
    "times",
];
const TWO_WORD_UNITS: &[&str] = &[
    "per cent",
    "basis points",
    "square miles",
    "square kilometres",
    "metric tons",
    "cubic metres",
];
const RATE_THINGS: &[&str] = &[
    "share", "tonne", "ton", "barrel", "hour", "day", "week", "month", "year", "head", "ounce", "kilo", "pound",
    "litre", "gallon", "unit", "person",
];
const FRACTION_WORDS: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
];

/// A word of the text, with its edge punctuation gone and whether a clause ends after it.
struct Word {
    text: String,
    lower: String,
    ends_clause: bool,
}

fn words(text: &str) -> Vec<Word> {
    text.split_whitespace()
        .map(|raw| {
            let opening: &[char] = &['(', '"', '\'', '“', '‘', '['];
            let closing: &[char] = &['.', ',', ';', ':', ')', '"', '\'', '”', '’', ']', '?', '!'];
            let trimmed = raw.trim_start_matches(opening).trim_end_matches(closing);
            Word {
                text: trimmed.to_string(),
                lower: trimmed.to_lowercase(),
                ends_clause: trimmed.len() < raw.trim_start_matches(opening).len(),
            }
        })
        .collect()
}

fn is_number(word: &Word) -> bool {
    word.text
        .chars()
        .any(|c| c.is_ascii_digit() || ('¼'..='¾').contains(&c) || ('⅓'..='⅞').contains(&c))
        || (word.lower.contains('-') && FRACTION_WORDS.iter().any(|f| word.lower.ends_with(f)))
}

fn is_year(word: &Word) -> bool {
    word.text.len() == 4 && word.text.parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y))
}

/// The figure expressions in `text`, each as a desk would copy it into a value, with the
/// variants copy suggests: the value with its year ("£5.2m in 2004") and a change with its
/// noun ("a 5% rise").
fn figure_expressions(text: &str) -> Vec<String> {
    let words = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let fraction_after_a = words[i].lower == "a"
            && words
                .get(i + 1)
                .is_some_and(|w| FRACTION_WORDS.contains(&w.lower.as_str()))
            && !words[i].ends_clause;
        if !(is_number(&words[i]) || fraction_after_a) || is_year(&words[i]) || is_date(&words, i) {
            i += 1;
            continue;
        }
        let start = lead_start(&words, i);
        let end = expression_end(&words, i + usize::from(fraction_after_a));
        let cut = join(&words[start..end]);
        out.push(cut.clone());
        let last = &words[end - 1];
        if !last.ends_clause
            && words.get(end).is_some_and(|w| w.lower == "in")
            && words.get(end + 1).is_some_and(is_year)
        {
            out.push(format!("{cut} in {}", words[end + 1].text));
        }
        let after_a =
            start == i && i > 0 && matches!(words[i - 1].lower.as_str(), "a" | "an") && !words[i - 1].ends_clause;
        if after_a
            && !last.ends_clause
            && words
                .get(end)
                .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_lowercase()) && !w.text.is_empty())
        {
            out.push(format!("{} {cut} {}", words[i - 1].lower, words[end].text));
        }
        i = end;
    }
    out
}

/// "12 March", "March 12": a date, no figure.
fn is_date(words: &[Word], i: usize) -> bool {
    let month = |w: Option<&Word>| w.is_some_and(|w| MONTHS.contains(&w.lower.as_str()));
    (!words[i].ends_clause && month(words.get(i + 1)))
        || (i > 0 && !words[i - 1].ends_clause && month(words.get(i - 1)))
}

/// Where the expression opens: a currency word and an approximation before the number.
fn lead_start(words: &[Word], i: usize) -> usize {
    let open = |j: usize| !words[j].ends_clause;
    let mut start = i;
    if start > 0 && open(start - 1) && CURRENCY_BEFORE.contains(&words[start - 1].text.as_str()) {
        start -= 1;
    }
    if start > 1 && open(start - 1) && open(start - 2) {
        let two = format!("{} {}", words[start - 2].lower, words[start - 1].lower);
        if TWO_WORD_APPROXIMATIONS.contains(&two.as_str()) {
            return start - 2;
        }
    }
    if start > 0 && open(start - 1) && APPROXIMATIONS.contains(&words[start - 1].lower.as_str()) {
        start -= 1;
    }
    start
}

/// The word after the expression that opens at the number `i`: its scale, currency, unit and
/// rate, and a range's other end with its own.
fn expression_end(words: &[Word], i: usize) -> usize {
    let mut end = end_of_one(words, i);
    if words[end - 1].ends_clause {
        return end;
    }
    let joiner = words.get(end).map(|w| w.lower.as_str());
    if matches!(joiner, Some("to" | "and" | "or")) && words.get(end + 1).is_some_and(is_number) {
        end = end_of_one(words, end + 1);
    }
    end
}

/// The word after one number at `i` and the words that make its quantity.
fn end_of_one(words: &[Word], i: usize) -> usize {
    let mut end = i + 1;
    let takes = |end: usize, list: &[&str]| {
        !words[end - 1].ends_clause && words.get(end).is_some_and(|w| list.contains(&w.lower.as_str()))
    };
    let takes_two = |end: usize, list: &[&str]| {
        !words[end - 1].ends_clause
            && !words.get(end).is_none_or(|w| w.ends_clause)
            && words
                .get(end + 1)
                .is_some_and(|w| list.contains(&format!("{} {}", words[end].lower, w.lower).as_str()))
    };
    if takes(end, FRACTION_WORDS) {
        end += 1;
    }
    if takes(end, SCALES) {
        end += 1;
    }
    // a country before its currency: "Canadian dlrs", "Swiss francs"
    let country_currency = !words[end - 1].ends_clause
        && words
            .get(end)
            .is_some_and(|w| w.text.starts_with(char::is_uppercase) && !w.ends_clause)
        && words
            .get(end + 1)
            .is_some_and(|w| CURRENCY_AFTER.contains(&w.lower.as_str()));
    if country_currency {
        end += 2;
    } else if takes_two(end, TWO_WORD_UNITS) {
        end += 2;
    } else if takes(end, CURRENCY_AFTER) || takes(end, UNITS) {
        end += 1;
    }
    let rate = !words[end - 1].ends_clause
        && words
            .get(end)
            .is_some_and(|w| matches!(w.lower.as_str(), "a" | "an" | "per"))
        && words
            .get(end + 1)
            .is_some_and(|w| words[end].lower == "per" || RATE_THINGS.contains(&w.lower.as_str()));
    if rate {
        end += 2;
    }
    end
}

fn join(words: &[Word]) -> String {
    words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
}
