//! The built-in lexicons of `rules/`, embedded in the binary and read once per process.
//!
//! Everything language-specific the extractors need (qualifiers, number words, months, title
//! words) lives in those YAML files, not in code, so a desk can read and extend it. `build.rs`
//! parses them into postcard bytes, so a run decodes its rules in a fraction of a millisecond
//! instead of parsing 60 KB of YAML (about 4 ms, most of a one-story run with small facts).

use crate::rule_files::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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
#[derive(Debug, PartialEq)]
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
    /// Words of position that make a span of time after them a duration ("the last eight years").
    pub span_words: HashSet<String>,
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
    /// Words or phrases before a year that make it a date ("in", "compared with"), in lower case.
    pub year_prepositions: Vec<Vec<String>>,
    pub loose_year_prepositions: Vec<Vec<String>>,
    pub year_determiners: HashSet<String>,
    /// Prepositions that make a year adjective date its clause ("in the 2003 World Cup").
    pub clause_year_prepositions: HashSet<String>,
    /// Verbs that say what a dated noun is ("the 1997 novel proved to be his last").
    pub copulas: HashSet<String>,
    pub count_words: HashSet<String>,
    pub level_nouns: HashSet<String>,
    /// "early" -> (0, 4): the years of a decade a part covers.
    pub decade_parts: HashMap<String, (i32, i32)>,
    /// "mid" -> (4, 9): the months of a year a part covers ("mid-1986", "early 1987").
    pub year_parts: HashMap<String, (u32, u32)>,
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

/// The bytes `build.rs` made of `rules/NAME.yaml`.
macro_rules! compiled_rules {
    ($name:literal) => {
        compiled($name, include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".postcard")))
    };
}

/// A rules file from the bytes `build.rs` made of it. The build parses the YAML and the tests
/// check the result against it, so a failure here is a build defect, not an input error.
fn compiled<T: serde::de::DeserializeOwned>(name: &str, bytes: &[u8]) -> T {
    postcard::from_bytes(bytes).unwrap_or_else(|e| panic!("built-in rules/{name}.yaml: {e}"))
}

/// The files the main lexicon is built from.
struct LexiconFiles {
    qualifiers: QualifierFile,
    numbers: NumberFile,
    dates: DateFile,
    units: UnitFile,
    titles: TitleFile,
    names: NameFile,
}

impl LexiconFiles {
    fn compiled() -> LexiconFiles {
        LexiconFiles {
            qualifiers: compiled_rules!("qualifiers"),
            numbers: compiled_rules!("numbers"),
            dates: compiled_rules!("dates"),
            units: compiled_rules!("units"),
            titles: compiled_rules!("titles"),
            names: compiled_rules!("names"),
        }
    }
}

/// The process-wide lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::new(LexiconFiles::compiled()))
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
    fn new(files: LexiconFiles) -> Lexicon {
        let LexiconFiles {
            qualifiers: q,
            numbers: n,
            dates: d,
            units: u,
            titles: t,
            names,
        } = files;
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
            .into_map()
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
        Lexicon {
            qualifiers: longest_first(qualifiers),
            number_units: n.units.into_map(),
            number_tens: n.tens.into_map(),
            number_phrases: longest_first(n.phrases.into_map().iter().map(|(p, v)| (words(p), *v)).collect()),
            scales: n.scales.into_map(),
            fractions: n.fractions.into_map(),
            point_words: n.point_words.iter().map(|p| words(p)).collect(),
            emphasis: longest_first(n.emphasis.iter().map(|p| (words(p), ())).collect())
                .into_iter()
                .map(|(w, ())| w)
                .collect(),
            proportion_blockers: set(n.proportion_blockers),
            proportion_followers: set(n.proportion_followers),
            currency_symbols: n.currency_symbols.into_map(),
            currency_words: n.currency_words.into_map(),
            currency_parts: n.currency_parts.into_map(),
            percent_words: n.percent_words.iter().map(|p| words(p)).collect(),
            time_units: set(n.time_units),
            label_words: set(n.label_words),
            position_words: set(n.position_words),
            span_words: set(n.span_words),
            measures: longest_first(
                u.measures
                    .into_nested_map()
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
            per_time: u.per_time.into_map(),
            separate_dimensions: set(u.separate_dimensions),
            percent_dimensions: set(u.percent_dimensions),
            rate_joiners: set(u.rate_joiners),
            rates: longest_first(
                u.time_rates
                    .into_map()
                    .iter()
                    .map(|(w, s)| (token_words(w), Per::Seconds(*s)))
                    .chain(
                        u.thing_rates
                            .into_map()
                            .iter()
                            .map(|(w, t)| (token_words(w), Per::Thing(t.clone()))),
                    )
                    .collect(),
            ),
            rate_blockers: set(u.rate_blockers),
            currency_countries: u
                .currency_countries
                .into_nested_map()
                .into_iter()
                .map(|(code, countries)| {
                    let words = countries.iter().map(|(w, c)| (token_words(w), c.clone())).collect();
                    (code, longest_first(words))
                })
                .collect(),
            months: d.months.into_map(),
            weekdays: d.weekdays.into_map(),
            future_cues: d.future_cues.iter().map(|p| words(p)).collect(),
            reporting_verbs: set(d.reporting_verbs),
            relative_days: d.relative_days.into_map(),
            relative_units,
            relative_directions: d.relative_directions.into_map(),
            elapsed_units: d
                .elapsed_units
                .into_map()
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
            vague_counts: longest_first(d.vague_counts.into_map().iter().map(|(p, v)| (words(p), *v)).collect()),
            nearly_qualifiers: set(d.nearly_qualifiers),
            year_prepositions: d.year_prepositions.iter().map(|p| words(p)).collect(),
            loose_year_prepositions: d.loose_year_prepositions.iter().map(|p| words(p)).collect(),
            year_determiners: set(d.year_determiners),
            clause_year_prepositions: set(d.clause_year_prepositions),
            copulas: set(d.copulas),
            count_words: set(d.count_words),
            level_nouns: set(d.level_nouns),
            decade_parts: d.decade_parts.into_map(),
            year_parts: d.year_parts.into_map(),
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
            equivalent_words: t.equivalent_words.into_map(),
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
        }
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

pub fn post_lexicon() -> &'static PostLexicon {
    static POSTS: OnceLock<PostLexicon> = OnceLock::new();
    POSTS.get_or_init(|| {
        let file: HonorificFile = compiled_rules!("honorifics");
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
    /// "warning", "saying": speech after a comma, spoken by the subject of the sentence.
    pub speech_participles: HashSet<String>,
    pub pronouns: HashSet<String>,
    pub min_words: usize,
    pub max_edits: usize,
    pub words_per_edit: usize,
}

pub fn quote_lexicon() -> &'static QuoteLexicon {
    static QUOTE_WORDS: OnceLock<QuoteLexicon> = OnceLock::new();
    QUOTE_WORDS.get_or_init(|| {
        let file: QuoteFile = compiled_rules!("quotes");
        QuoteLexicon {
            speech_verbs: set(file.speech_verbs),
            speech_participles: set(file.speech_participles),
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

    /// The files as the YAML in `rules/` says, parsed here as `build.rs` parses them.
    fn files_from_yaml() -> LexiconFiles {
        fn yaml<T: serde::de::DeserializeOwned>(text: &str) -> T {
            serde_saphyr::from_str(text).expect("rules/ must parse")
        }
        LexiconFiles {
            qualifiers: yaml(include_str!("../../../rules/qualifiers.yaml")),
            numbers: yaml(include_str!("../../../rules/numbers.yaml")),
            dates: yaml(include_str!("../../../rules/dates.yaml")),
            units: yaml(include_str!("../../../rules/units.yaml")),
            titles: yaml(include_str!("../../../rules/titles.yaml")),
            names: yaml(include_str!("../../../rules/names.yaml")),
        }
    }

    #[test]
    fn the_compiled_rules_are_the_yaml() {
        // what the build embedded is what the files say now, down to the order of every
        // phrase list (ties in length keep the order the files' mappings give their tables)
        assert_eq!(Lexicon::new(LexiconFiles::compiled()), Lexicon::new(files_from_yaml()));
        let honorifics: HonorificFile = serde_saphyr::from_str(include_str!("../../../rules/honorifics.yaml")).unwrap();
        assert_eq!(post_lexicon().elect_months, honorifics.elect_months);
        assert_eq!(honorific_names().len(), honorifics.honorifics.len());
        let quotes: QuoteFile = serde_saphyr::from_str(include_str!("../../../rules/quotes.yaml")).unwrap();
        assert_eq!(quote_lexicon().speech_verbs, set(quotes.speech_verbs));
        assert_eq!(quote_lexicon().min_words, quotes.min_words);
    }

    #[test]
    fn embedded_rules_parse() {
        let lex = lexicon();
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
