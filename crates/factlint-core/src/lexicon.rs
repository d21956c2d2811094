//! The built-in lexicons of `rules/`, embedded in the binary and parsed once per process.
//!
//! Everything language-specific the extractors need (qualifiers, number words, months, title
//! words) lives in those YAML files, not in code, so a desk can read and extend it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;
use std::sync::OnceLock;

/// How a qualifier bounds the true value, and so how a reference is rounded to compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Bound {
    /// "at least", "over": the truth is at or above the written number.
    Lower,
    /// "up to", "under": the truth is at or below the written number.
    Upper,
    /// "about", "around": the truth is near the written number.
    Approximate,
}

#[derive(Deserialize)]
struct QualifierFile {
    lower_bound: Vec<String>,
    upper_bound: Vec<String>,
    approximate: Vec<String>,
}

#[derive(Deserialize)]
struct NumberFile {
    units: HashMap<String, u64>,
    tens: HashMap<String, u64>,
    phrases: HashMap<String, u64>,
    scales: HashMap<String, u64>,
    fractions: HashMap<String, u64>,
    point_words: Vec<String>,
    emphasis: Vec<String>,
    proportion_blockers: Vec<String>,
    proportion_followers: Vec<String>,
    currency_symbols: HashMap<String, String>,
    currency_words: HashMap<String, String>,
    currency_parts: HashMap<String, f64>,
    percent_words: Vec<String>,
    time_units: Vec<String>,
    label_words: Vec<String>,
    position_words: Vec<String>,
}

#[derive(Deserialize)]
struct UnitFile {
    measures: HashMap<String, HashMap<String, f64>>,
    per_time: HashMap<String, String>,
    separate_dimensions: Vec<String>,
    percent_dimensions: Vec<String>,
    rate_joiners: Vec<String>,
    time_rates: HashMap<String, f64>,
    thing_rates: HashMap<String, String>,
    rate_blockers: Vec<String>,
    currency_countries: HashMap<String, HashMap<String, String>>,
}

/// A unit of measure: its dimension and how many of the dimension's base unit it is.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureUnit {
    pub dimension: String,
    pub factor: f64,
}

/// What a rate counts per: a span of time (in seconds), or a thing ("share", "ounce").
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Per {
    Seconds(f64),
    Thing(String),
}

#[derive(Deserialize)]
struct DateFile {
    months: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
    future_cues: Vec<String>,
    reporting_verbs: Vec<String>,
    relative_days: HashMap<String, i64>,
    relative_units: HashMap<String, String>,
    relative_directions: HashMap<String, i64>,
    elapsed_units: HashMap<String, ElapsedFile>,
    vague_counts: HashMap<String, (u32, u32)>,
    nearly_qualifiers: Vec<String>,
    year_prepositions: Vec<String>,
    loose_year_prepositions: Vec<String>,
    year_determiners: Vec<String>,
    clause_year_prepositions: Vec<String>,
    copulas: Vec<String>,
    count_words: Vec<String>,
    level_nouns: Vec<String>,
    decade_parts: HashMap<String, (i32, i32)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ElapsedFile {
    #[serde(default)]
    days: u32,
    #[serde(default)]
    months: u32,
}

#[derive(Deserialize)]
struct TitleFile {
    office_changing: Vec<String>,
    former: Vec<String>,
    title_words: Vec<String>,
    honorifics: Vec<String>,
    stop_words: Vec<String>,
    connectors: Vec<String>,
    generic_words: Vec<String>,
    organisation_words: Vec<String>,
    head_stand_ins: Vec<String>,
    head_words: Vec<String>,
    equivalent_words: HashMap<String, String>,
    ordinals: Vec<String>,
    domains: Vec<String>,
    offices: Vec<Vec<String>>,
    occupations: Vec<Vec<String>>,
    grades: Vec<String>,
    fused_prefixes: Vec<String>,
    post_prepositions: Vec<String>,
    person_prepositions: Vec<String>,
    descriptors: Vec<String>,
    prepositions: Vec<String>,
}

#[derive(Deserialize)]
struct NameFile {
    common_names: Vec<String>,
    not_person_words: Vec<String>,
    confusable_name_words: Vec<Vec<String>>,
    derived_endings: Vec<String>,
    company_suffixes: Vec<String>,
}

/// A calendar unit a relative date ("last week") counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarUnit {
    Week,
    Month,
    Year,
    /// A Saturday and Sunday.
    Weekend,
}

/// How long a unit of elapsed time is ("three weeks ago"): calendar days or months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elapsed {
    Days(u32),
    Months(u32),
}

/// All lexicons, keyed by lowercase word or phrase.
pub struct Lexicon {
    /// Qualifier phrases as word lists, longest first.
    pub qualifiers: Vec<(Vec<String>, Bound)>,
    pub number_units: HashMap<String, u64>,
    pub number_tens: HashMap<String, u64>,
    pub number_phrases: Vec<(Vec<String>, u64)>,
    pub scales: HashMap<String, u64>,
    /// Fraction words and the part they name ("third" -> 3).
    pub fractions: HashMap<String, u64>,
    pub point_words: Vec<Vec<String>>,
    pub emphasis: Vec<Vec<String>>,
    pub proportion_blockers: HashSet<String>,
    pub proportion_followers: HashSet<String>,
    pub currency_symbols: HashMap<String, String>,
    pub currency_words: HashMap<String, String>,
    /// How much of its currency's unit a part is ("cts": 0.01).
    pub currency_parts: HashMap<String, f64>,
    pub percent_words: Vec<Vec<String>>,
    pub time_units: HashSet<String>,
    pub label_words: HashSet<String>,
    /// Label words that still let a number count the plural noun after it ("last three visits").
    pub position_words: HashSet<String>,
    /// Unit spellings as token words, longest first.
    pub measures: Vec<(Vec<String>, MeasureUnit)>,
    /// The dimension a measure with a rate of time becomes ("length" -> "speed").
    pub per_time: HashMap<String, String>,
    pub separate_dimensions: HashSet<String>,
    /// Dimensions a percentage may be miswritten as ("points").
    pub percent_dimensions: HashSet<String>,
    pub rate_joiners: HashSet<String>,
    /// Rate words as token words, longest first.
    pub rates: Vec<(Vec<String>, Per)>,
    pub rate_blockers: HashSet<String>,
    /// Per plain currency code, country words (as token words, longest first) and their code.
    pub currency_countries: HashMap<String, Vec<(Vec<String>, String)>>,
    pub months: HashMap<String, u32>,
    pub weekdays: HashMap<String, u32>,
    pub future_cues: Vec<Vec<String>>,
    pub reporting_verbs: HashSet<String>,
    pub relative_days: HashMap<String, i64>,
    pub relative_units: HashMap<String, CalendarUnit>,
    pub relative_directions: HashMap<String, i64>,
    pub elapsed_units: HashMap<String, Elapsed>,
    /// "a few" -> (2, 4): the fewest and most units a count word means, longest phrase first.
    pub vague_counts: Vec<(Vec<String>, (u32, u32))>,
    pub nearly_qualifiers: HashSet<String>,
    pub year_prepositions: HashSet<String>,
    pub loose_year_prepositions: HashSet<String>,
    pub year_determiners: HashSet<String>,
    /// Prepositions that make a year adjective date its clause ("in the 2003 World Cup").
    pub clause_year_prepositions: HashSet<String>,
    /// Verbs that say what a dated noun is ("the 1997 novel proved to be his last").
    pub copulas: HashSet<String>,
    pub count_words: HashSet<String>,
    pub level_nouns: HashSet<String>,
    /// "early" -> (0, 4): the years of a decade a part covers.
    pub decade_parts: HashMap<String, (i32, i32)>,
    pub office_changing: HashSet<String>,
    pub former: HashSet<String>,
    pub title_words: HashSet<String>,
    pub honorifics: HashSet<String>,
    pub stop_words: HashSet<String>,
    pub connectors: HashSet<String>,
    pub generic_words: HashSet<String>,
    pub organisation_words: HashSet<String>,
    pub head_stand_ins: HashSet<String>,
    pub head_words: HashSet<String>,
    pub equivalent_words: HashMap<String, String>,
    pub ordinals: HashSet<String>,
    pub domains: HashSet<String>,
    /// Office phrases as words with the office they name, longest first.
    pub offices: Vec<(Vec<String>, usize)>,
    /// Occupations in the arts and the media, as `offices`: judged only against each other.
    pub occupations: Vec<(Vec<String>, usize)>,
    /// Every word of an office or occupation phrase: each may stand in a title.
    pub office_words: HashSet<String>,
    /// Office-changing words that grade a post: dropping one is harmless ("senior").
    pub grades: HashSet<String>,
    /// Office-changing words written fused to a title word ("Undersecretary").
    pub fused_prefixes: Vec<String>,
    /// Prepositions joining a post to its complement ("MP for Sedgefield").
    pub post_prepositions: HashSet<String>,
    /// Post prepositions whose complement is mostly another person ("adviser to President
    /// Putin"): read in an apposition after a name, never in a title read back from one.
    pub person_prepositions: HashSet<String>,
    pub descriptors: HashSet<String>,
    pub prepositions: HashSet<String>,
    /// Common given names and surnames, as written ("Kerr", "Terry").
    pub common_names: HashSet<String>,
    /// Words that make a capitalised run a body or a place, as written ("Brothers", "Africa").
    pub not_person_words: HashSet<String>,
    /// Words with their group: two of one group are confused inside organisations' names.
    pub confusable_name_words: HashMap<String, usize>,
    /// Endings that make another word of a name ("Barcelonan", "Kenyan").
    pub derived_endings: Vec<String>,
    /// A company's suffixes ("inc", "plc"), in lower case without dots.
    pub company_suffixes: HashSet<String>,
}

const QUALIFIERS: &str = include_str!("../../../rules/qualifiers.yaml");
const NUMBERS: &str = include_str!("../../../rules/numbers.yaml");
const UNITS: &str = include_str!("../../../rules/units.yaml");
const DATES: &str = include_str!("../../../rules/dates.yaml");
const TITLES: &str = include_str!("../../../rules/titles.yaml");
const NAMES: &str = include_str!("../../../rules/names.yaml");

/// The process-wide lexicon. The embedded files are checked by the tests, so a parse failure
/// here is a build defect, not an input error.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::parse().unwrap_or_else(|e| panic!("built-in rules/: {e}")))
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

/// A phrase as the tokenizer cuts it, in lower case: "km/h" is "km", "/", "h".
fn token_words(phrase: &str) -> Vec<String> {
    crate::text::tokens(phrase).iter().map(|t| t.lower()).collect()
}

fn set(list: Vec<String>) -> HashSet<String> {
    list.iter().map(|w| w.to_lowercase()).collect()
}

fn longest_first<T>(mut phrases: Vec<(Vec<String>, T)>) -> Vec<(Vec<String>, T)> {
    phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
    phrases
}

impl Lexicon {
    fn parse() -> Result<Lexicon, serde_saphyr::Error> {
        let q: QualifierFile = serde_saphyr::from_str(QUALIFIERS)?;
        let n: NumberFile = serde_saphyr::from_str(NUMBERS)?;
        let d: DateFile = serde_saphyr::from_str(DATES)?;
        let u: UnitFile = serde_saphyr::from_str(UNITS)?;
        let t: TitleFile = serde_saphyr::from_str(TITLES)?;
        let names: NameFile = serde_saphyr::from_str(NAMES)?;
        let numbered = |groups: &[Vec<String>]| -> Vec<(Vec<String>, usize)> {
            let numbered = groups
                .iter()
                .enumerate()
                .flat_map(|(office, phrases)| phrases.iter().map(move |p| (words(p), office)))
                .collect();
            longest_first(numbered)
        };
        let (offices, occupations) = (numbered(&t.offices), numbered(&t.occupations));
        let mut qualifiers = Vec::new();
        for (list, bound) in [
            (q.lower_bound, Bound::Lower),
            (q.upper_bound, Bound::Upper),
            (q.approximate, Bound::Approximate),
        ] {
            qualifiers.extend(list.iter().map(|p| (words(p), bound)));
        }
        let relative_units = d
            .relative_units
            .into_iter()
            .map(|(k, v)| {
                let unit = match v.as_str() {
                    "week" => CalendarUnit::Week,
                    "month" => CalendarUnit::Month,
                    "weekend" => CalendarUnit::Weekend,
                    _ => CalendarUnit::Year,
                };
                (k, unit)
            })
            .collect();
        Ok(Lexicon {
            qualifiers: longest_first(qualifiers),
            number_units: n.units,
            number_tens: n.tens,
            number_phrases: longest_first(n.phrases.iter().map(|(p, v)| (words(p), *v)).collect()),
            scales: n.scales,
            fractions: n.fractions,
            point_words: n.point_words.iter().map(|p| words(p)).collect(),
            emphasis: longest_first(n.emphasis.iter().map(|p| (words(p), ())).collect())
                .into_iter()
                .map(|(w, ())| w)
                .collect(),
            proportion_blockers: set(n.proportion_blockers),
            proportion_followers: set(n.proportion_followers),
            currency_symbols: n.currency_symbols,
            currency_words: n.currency_words,
            currency_parts: n.currency_parts,
            percent_words: n.percent_words.iter().map(|p| words(p)).collect(),
            time_units: set(n.time_units),
            label_words: set(n.label_words),
            position_words: set(n.position_words),
            measures: longest_first(
                u.measures
                    .iter()
                    .flat_map(|(dimension, spellings)| {
                        spellings.iter().map(move |(spelling, factor)| {
                            let unit = MeasureUnit {
                                dimension: dimension.clone(),
                                factor: *factor,
                            };
                            (token_words(spelling), unit)
                        })
                    })
                    .collect(),
            ),
            per_time: u.per_time,
            separate_dimensions: set(u.separate_dimensions),
            percent_dimensions: set(u.percent_dimensions),
            rate_joiners: set(u.rate_joiners),
            rates: longest_first(
                u.time_rates
                    .iter()
                    .map(|(w, s)| (token_words(w), Per::Seconds(*s)))
                    .chain(
                        u.thing_rates
                            .iter()
                            .map(|(w, t)| (token_words(w), Per::Thing(t.clone()))),
                    )
                    .collect(),
            ),
            rate_blockers: set(u.rate_blockers),
            currency_countries: u
                .currency_countries
                .into_iter()
                .map(|(code, countries)| {
                    let words = countries.iter().map(|(w, c)| (token_words(w), c.clone())).collect();
                    (code, longest_first(words))
                })
                .collect(),
            months: d.months,
            weekdays: d.weekdays,
            future_cues: d.future_cues.iter().map(|p| words(p)).collect(),
            reporting_verbs: set(d.reporting_verbs),
            relative_days: d.relative_days,
            relative_units,
            relative_directions: d.relative_directions,
            elapsed_units: d
                .elapsed_units
                .into_iter()
                .map(|(k, v)| {
                    let unit = if v.months > 0 {
                        Elapsed::Months(v.months)
                    } else {
                        Elapsed::Days(v.days)
                    };
                    (k, unit)
                })
                .collect(),
            vague_counts: longest_first(d.vague_counts.iter().map(|(p, v)| (words(p), *v)).collect()),
            nearly_qualifiers: set(d.nearly_qualifiers),
            year_prepositions: set(d.year_prepositions),
            loose_year_prepositions: set(d.loose_year_prepositions),
            year_determiners: set(d.year_determiners),
            clause_year_prepositions: set(d.clause_year_prepositions),
            copulas: set(d.copulas),
            count_words: set(d.count_words),
            level_nouns: set(d.level_nouns),
            decade_parts: d.decade_parts,
            office_changing: set(t.office_changing),
            former: set(t.former),
            title_words: set(t.title_words),
            honorifics: set(t.honorifics),
            stop_words: set(t.stop_words),
            connectors: set(t.connectors),
            generic_words: set(t.generic_words),
            organisation_words: set(t.organisation_words),
            head_stand_ins: set(t.head_stand_ins),
            head_words: set(t.head_words),
            equivalent_words: t.equivalent_words,
            ordinals: set(t.ordinals),
            domains: set(t.domains),
            office_words: t
                .offices
                .iter()
                .chain(&t.occupations)
                .flatten()
                .flat_map(|p| words(p))
                .collect(),
            offices,
            occupations,
            grades: set(t.grades),
            fused_prefixes: t.fused_prefixes,
            post_prepositions: set(t.post_prepositions),
            person_prepositions: set(t.person_prepositions),
            descriptors: set(t.descriptors),
            prepositions: set(t.prepositions),
            common_names: names.common_names.into_iter().collect(),
            not_person_words: names.not_person_words.into_iter().collect(),
            confusable_name_words: names
                .confusable_name_words
                .into_iter()
                .enumerate()
                .flat_map(|(group, words)| words.into_iter().map(move |w| (w, group)))
                .collect(),
            derived_endings: names.derived_endings,
            company_suffixes: names.company_suffixes.into_iter().collect(),
        })
    }

    /// A title word in its canonical spelling ("Defense" -> "defence", "U.S." -> "us").
    pub fn canonical_word(&self, word: &str) -> String {
        let lower = word.to_lowercase();
        match self.equivalent_words.get(&lower) {
            Some(canon) => canon.clone(),
            None => lower.replace('.', ""),
        }
    }
}

/// Honorifics and the words of a post not yet begun (`rules/honorifics.yaml`), apart from the
/// title lexicon because only people with `honorific:` or `posts:` need them.
pub struct PostLexicon {
    /// Each written form ("doctor", "prof") -> its canonical honorific ("dr", "professor").
    pub honorific_forms: HashMap<String, String>,
    pub future_markers: HashSet<String>,
    pub elect_months: u32,
}

#[derive(Deserialize)]
struct HonorificFile {
    honorifics: std::collections::BTreeMap<String, Vec<String>>,
    future_markers: Vec<String>,
    elect_months: u32,
}

const HONORIFICS: &str = include_str!("../../../rules/honorifics.yaml");

pub fn post_lexicon() -> &'static PostLexicon {
    static POSTS: OnceLock<PostLexicon> = OnceLock::new();
    POSTS.get_or_init(|| {
        let file: HonorificFile =
            serde_saphyr::from_str(HONORIFICS).unwrap_or_else(|e| panic!("built-in rules/honorifics.yaml: {e}"));
        let honorific_forms = file
            .honorifics
            .iter()
            .flat_map(|(canon, forms)| forms.iter().map(move |f| (f.to_lowercase(), canon.clone())))
            .collect();
        PostLexicon {
            honorific_forms,
            future_markers: set(file.future_markers),
            elect_months: file.elect_months,
        }
    })
}

/// The canonical honorific of a written one ("Dr." -> "dr", "Prof" -> "professor").
pub fn canonical_honorific(word: &str) -> Option<String> {
    let lower = word.trim_end_matches('.').to_lowercase();
    post_lexicon().honorific_forms.get(&lower).cloned()
}

/// The canonical honorifics, sorted, for messages.
pub fn honorific_names() -> Vec<String> {
    let mut names: Vec<String> = post_lexicon().honorific_forms.values().cloned().collect();
    names.sort();
    names.dedup();
    names
}

/// What `rules/quotes.yaml` says about direct quotations: the verbs and pronouns of their
/// attribution and how close a quote must be to a known one to be called a misquote.
pub struct QuoteLexicon {
    pub speech_verbs: HashSet<String>,
    pub pronouns: HashSet<String>,
    pub min_words: usize,
    pub max_edits: usize,
    pub words_per_edit: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteFile {
    speech_verbs: Vec<String>,
    pronouns: Vec<String>,
    min_words: usize,
    max_edits: usize,
    words_per_edit: usize,
}

const QUOTES: &str = include_str!("../../../rules/quotes.yaml");

pub fn quote_lexicon() -> &'static QuoteLexicon {
    static QUOTE_WORDS: OnceLock<QuoteLexicon> = OnceLock::new();
    QUOTE_WORDS.get_or_init(|| {
        let file: QuoteFile =
            serde_saphyr::from_str(QUOTES).unwrap_or_else(|e| panic!("built-in rules/quotes.yaml: {e}"));
        QuoteLexicon {
            speech_verbs: set(file.speech_verbs),
            pronouns: set(file.pronouns),
            min_words: file.min_words,
            max_edits: file.max_edits,
            words_per_edit: file.words_per_edit.max(1),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_parse() {
        let lex = Lexicon::parse().expect("rules/ must parse");
        assert_eq!(lex.months["oct"], 10);
        assert_eq!(lex.elapsed_units["fortnight"], Elapsed::Days(14));
        assert_eq!(lex.elapsed_units["years"], Elapsed::Months(12));
        assert_eq!(lex.scales["bln"], 1_000_000_000);
        assert_eq!(lex.currency_words["dlrs"], "USD");
        assert!(lex.office_changing.contains("deputy"));
        assert_eq!(lex.qualifiers[0].0.len(), 3, "longest qualifiers come first");
        assert_eq!(lex.offices[0].0.len(), 3, "longest office phrases come first");
        assert!(lex.common_names.contains("Kerr"));
    }

    #[test]
    fn canonical_words_fold_spelling_variants() {
        let lex = lexicon();
        assert_eq!(lex.canonical_word("Defense"), "defence");
        assert_eq!(lex.canonical_word("U.S."), "us");
    }
}
