//! The lexicons: everything language-specific the extractors need (qualifiers, number words,
//! months, title words, currencies, units) in the YAML files of `rules/`, not in code, so a
//! desk can read them and extend them without rebuilding (`extend:` in `factlint.yaml`).
//!
//! A [`Lexicon`] is a value: [`Lexicon::builtin`], or the built-in one with a config's
//! `extend:` ([`Lexicon::extended`]). [`Facts`](crate::facts::Facts) hold the lexicon they
//! were read with, and everything done with them (reading titles, indexing, checking) uses it.
//! Inside the checker, the stages reach the lexicon of the work in hand through [`lexicon()`],
//! which [`scoped`] sets for the current thread for the length of one call, so that no
//! extractor's signature has to carry it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::cell::Cell;
use std::sync::{Mutex, OnceLock};

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

/// The lexicons of `rules/` (qualifiers, numbers, units, dates, titles, names), keyed by
/// lowercase word or phrase, as the checker uses them.
pub struct Lexicon {
    /// The `extend:` it was built with as canonical JSON; empty for the built-in lexicon.
    fingerprint: String,
    /// Qualifier phrases as word lists, longest first.
    pub(crate) qualifiers: Vec<(Vec<String>, Bound)>,
    pub(crate) number_units: HashMap<String, u64>,
    pub(crate) number_tens: HashMap<String, u64>,
    pub(crate) number_phrases: Vec<(Vec<String>, u64)>,
    pub(crate) scales: HashMap<String, u64>,
    /// Fraction words and the part they name ("third" -> 3).
    pub(crate) fractions: HashMap<String, u64>,
    pub(crate) point_words: Vec<Vec<String>>,
    pub(crate) emphasis: Vec<Vec<String>>,
    pub(crate) proportion_blockers: HashSet<String>,
    pub(crate) proportion_followers: HashSet<String>,
    pub(crate) currency_symbols: HashMap<String, String>,
    pub(crate) currency_words: HashMap<String, String>,
    /// How much of its currency's unit a part is ("cts": 0.01).
    pub(crate) currency_parts: HashMap<String, f64>,
    pub(crate) percent_words: Vec<Vec<String>>,
    pub(crate) time_units: HashSet<String>,
    pub(crate) label_words: HashSet<String>,
    /// Label words that still let a number count the plural noun after it ("last three visits").
    pub(crate) position_words: HashSet<String>,
    /// Unit spellings as token words, longest first.
    pub(crate) measures: Vec<(Vec<String>, MeasureUnit)>,
    /// The dimension a measure with a rate of time becomes ("length" -> "speed").
    pub(crate) per_time: HashMap<String, String>,
    pub(crate) separate_dimensions: HashSet<String>,
    /// Dimensions a percentage may be miswritten as ("points").
    pub(crate) percent_dimensions: HashSet<String>,
    pub(crate) rate_joiners: HashSet<String>,
    /// Rate words as token words, longest first.
    pub(crate) rates: Vec<(Vec<String>, Per)>,
    pub(crate) rate_blockers: HashSet<String>,
    /// Per plain currency code, country words (as token words, longest first) and their code.
    pub(crate) currency_countries: HashMap<String, Vec<(Vec<String>, String)>>,
    pub(crate) months: HashMap<String, u32>,
    pub(crate) weekdays: HashMap<String, u32>,
    pub(crate) future_cues: Vec<Vec<String>>,
    pub(crate) reporting_verbs: HashSet<String>,
    pub(crate) relative_days: HashMap<String, i64>,
    pub(crate) relative_units: HashMap<String, CalendarUnit>,
    pub(crate) relative_directions: HashMap<String, i64>,
    pub(crate) elapsed_units: HashMap<String, Elapsed>,
    /// "a few" -> (2, 4): the fewest and most units a count word means, longest phrase first.
    pub(crate) vague_counts: Vec<(Vec<String>, (u32, u32))>,
    pub(crate) nearly_qualifiers: HashSet<String>,
    pub(crate) year_prepositions: HashSet<String>,
    pub(crate) loose_year_prepositions: HashSet<String>,
    pub(crate) year_determiners: HashSet<String>,
    /// Prepositions that make a year adjective date its clause ("in the 2003 World Cup").
    pub(crate) clause_year_prepositions: HashSet<String>,
    /// Verbs that say what a dated noun is ("the 1997 novel proved to be his last").
    pub(crate) copulas: HashSet<String>,
    pub(crate) count_words: HashSet<String>,
    pub(crate) level_nouns: HashSet<String>,
    /// "early" -> (0, 4): the years of a decade a part covers.
    pub(crate) decade_parts: HashMap<String, (i32, i32)>,
    pub(crate) office_changing: HashSet<String>,
    pub(crate) former: HashSet<String>,
    pub(crate) title_words: HashSet<String>,
    pub(crate) honorifics: HashSet<String>,
    pub(crate) stop_words: HashSet<String>,
    pub(crate) connectors: HashSet<String>,
    pub(crate) generic_words: HashSet<String>,
    pub(crate) organisation_words: HashSet<String>,
    pub(crate) head_stand_ins: HashSet<String>,
    pub(crate) head_words: HashSet<String>,
    pub(crate) equivalent_words: HashMap<String, String>,
    pub(crate) ordinals: HashSet<String>,
    pub(crate) domains: HashSet<String>,
    /// Office phrases as words with the office they name, longest first.
    pub(crate) offices: Vec<(Vec<String>, usize)>,
    /// Occupations in the arts and the media, as `offices`: judged only against each other.
    pub(crate) occupations: Vec<(Vec<String>, usize)>,
    /// Every word of an office or occupation phrase: each may stand in a title.
    pub(crate) office_words: HashSet<String>,
    /// Office-changing words that grade a post: dropping one is harmless ("senior").
    pub(crate) grades: HashSet<String>,
    /// Office-changing words written fused to a title word ("Undersecretary").
    pub(crate) fused_prefixes: Vec<String>,
    /// Prepositions joining a post to its complement ("MP for Sedgefield").
    pub(crate) post_prepositions: HashSet<String>,
    pub(crate) descriptors: HashSet<String>,
    pub(crate) prepositions: HashSet<String>,
    /// Common given names and surnames, as written ("Kerr", "Terry").
    pub(crate) common_names: HashSet<String>,
    /// Words that make a capitalised run a body or a place, as written ("Brothers", "Africa").
    pub(crate) not_person_words: HashSet<String>,
    /// Words with their group: two of one group are confused inside organisations' names.
    pub(crate) confusable_name_words: HashMap<String, usize>,
    /// Endings that make another word of a name ("Barcelonan", "Kenyan").
    pub(crate) derived_endings: Vec<String>,
    /// A company's suffixes ("inc", "plc"), in lower case without dots.
    pub(crate) company_suffixes: HashSet<String>,
}

const QUALIFIERS: &str = include_str!("../../../rules/qualifiers.yaml");
const NUMBERS: &str = include_str!("../../../rules/numbers.yaml");
const UNITS: &str = include_str!("../../../rules/units.yaml");
const DATES: &str = include_str!("../../../rules/dates.yaml");
const TITLES: &str = include_str!("../../../rules/titles.yaml");
const NAMES: &str = include_str!("../../../rules/names.yaml");

/// The lexicon files, each with the names of the lexicons it holds (its top-level keys).
const FILES: [(&str, &str); 6] = [
    ("rules/qualifiers.yaml", QUALIFIERS),
    ("rules/numbers.yaml", NUMBERS),
    ("rules/units.yaml", UNITS),
    ("rules/dates.yaml", DATES),
    ("rules/titles.yaml", TITLES),
    ("rules/names.yaml", NAMES),
];

thread_local! {
    /// The lexicon of the work in hand on this thread, set by [`scoped`].
    static CURRENT: Cell<Option<&'static Lexicon>> = const { Cell::new(None) };
}

/// The lexicon of the work in hand: the one [`scoped`] set on this thread, else the built-in.
pub(crate) fn lexicon() -> &'static Lexicon {
    CURRENT.with(Cell::get).unwrap_or_else(Lexicon::builtin)
}

/// Runs `work` with `lexicon` as [`lexicon()`] on this thread, then puts back the one before.
pub(crate) fn scoped<R>(lexicon: &'static Lexicon, work: impl FnOnce() -> R) -> R {
    struct Restore(Option<&'static Lexicon>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(Some(lexicon))));
    work()
}

/// An `extend:` that does not fit the built-in lexicons: which of its names is at fault, and
/// why, for an error pointing at that name.
#[derive(Debug, PartialEq)]
pub(crate) struct ExtendError {
    /// The lexicon name as written under `extend:`.
    pub name: String,
    pub message: String,
    pub help: String,
}

/// What `extend:` adds, by lexicon name: words to a list, entries to a map (a map's
/// entries may themselves be maps, as `measures:` per dimension).
pub(crate) type Extension = std::collections::BTreeMap<String, serde_json::Value>;

/// Every lexicon name `extend:` accepts, in file order.
pub(crate) fn lexicon_names() -> Vec<&'static str> {
    FILES
        .iter()
        .flat_map(|(_, text)| text.lines())
        .filter_map(|line| line.split_once(':').map(|(key, _)| key))
        .filter(|key| !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
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

/// The six lexicon files as serde reads them.
struct RawFiles {
    qualifiers: QualifierFile,
    numbers: NumberFile,
    units: UnitFile,
    dates: DateFile,
    titles: TitleFile,
    names: NameFile,
}

impl RawFiles {
    /// The built-in files, each with the entries of `extension` for the lexicons it holds.
    fn read(extension: &Extension) -> Result<RawFiles, String> {
        Ok(RawFiles {
            qualifiers: read_file(FILES[0], extension)?,
            numbers: read_file(FILES[1], extension)?,
            units: read_file(FILES[2], extension)?,
            dates: read_file(FILES[3], extension)?,
            titles: read_file(FILES[4], extension)?,
            names: read_file(FILES[5], extension)?,
        })
    }
}

/// One lexicon file, with what `extension` adds to the lexicons it holds.
fn read_file<T: DeserializeOwned>((name, text): (&str, &str), extension: &Extension) -> Result<T, String> {
    if extension.is_empty() {
        return serde_saphyr::from_str(text).map_err(|e| format!("{name}: {e}"));
    }
    let mut file = untyped(text).map_err(|e| format!("{name}: {e}"))?;
    if let Some(lexicons) = file.as_object_mut() {
        for (key, more) in extension {
            if let Some(lexicon) = lexicons.get_mut(key) {
                add_entries(lexicon, more);
            }
        }
    }
    serde_json::from_value(file).map_err(|e| format!("{name}: {e}"))
}

/// A lexicon file as plain values, to add entries to before it is read as its struct. A word
/// such as `No` or `on` stays a word (YAML 1.2's booleans), as a struct's string field reads it.
pub(crate) fn untyped(text: &str) -> Result<serde_json::Value, serde_saphyr::Error> {
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options(text, options)
}

/// Lists get `more`'s items after their own; maps get its entries, merged into a map they
/// already have under the same key.
fn add_entries(lexicon: &mut serde_json::Value, more: &serde_json::Value) {
    use serde_json::Value;
    match (lexicon, more) {
        (Value::Array(list), Value::Array(items)) => list.extend(items.iter().cloned()),
        (Value::Object(map), Value::Object(entries)) => {
            for (key, value) in entries {
                match map.get_mut(key) {
                    Some(inner @ Value::Object(_)) if value.is_object() => add_entries(inner, value),
                    _ => {
                        map.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (lexicon, more) => *lexicon = more.clone(),
    }
}

/// The shape a lexicon's entries are written in, for errors.
fn shape(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "a map",
        _ => "a single value",
    }
}

impl Lexicon {
    /// The lexicon of `rules/` as built in, parsed once. The embedded files are checked by the
    /// tests, so a parse failure here is a build defect, not an input error.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let files = RawFiles::read(&Extension::new()).unwrap_or_else(|e| panic!("built-in {e}"));
            Lexicon::build(files, String::new())
        })
    }

    /// The built-in lexicon with `extension`'s entries added. Each distinct extension is built
    /// once and kept for the life of the process, so the checker can hold it as a plain
    /// reference: a process meets only as many as it has configs.
    pub(crate) fn extended(extension: &Extension) -> Result<&'static Lexicon, ExtendError> {
        if extension.is_empty() {
            return Ok(Lexicon::builtin());
        }
        let fingerprint = serde_json::to_string(extension).unwrap_or_default();
        static BUILT: Mutex<Vec<&'static Lexicon>> = Mutex::new(Vec::new());
        let mut built = BUILT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(lexicon) = built.iter().find(|l| l.fingerprint == fingerprint) {
            return Ok(lexicon);
        }
        validate(extension)?;
        let files = RawFiles::read(extension).map_err(|message| ExtendError {
            name: extension.keys().next().cloned().unwrap_or_default(),
            message,
            help: "each entry must be written as in its file in rules/".into(),
        })?;
        let lexicon: &'static Lexicon = Box::leak(Box::new(Lexicon::build(files, fingerprint)));
        built.push(lexicon);
        Ok(lexicon)
    }

    /// What the lexicon follows from besides the built-in files: its `extend:` as canonical
    /// JSON, empty for the built-in lexicon. Equal for equal extensions, so it can key caches.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    fn build(files: RawFiles, fingerprint: String) -> Lexicon {
        let RawFiles {
            qualifiers: q,
            numbers: n,
            units: u,
            dates: d,
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
            fingerprint,
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

/// The built-in lexicon, for a [`Facts`](crate::facts::Facts) or a config that names none.
impl Default for &'static Lexicon {
    fn default() -> &'static Lexicon {
        Lexicon::builtin()
    }
}

/// Lexicons are equal when their extensions are: they were built from the same entries.
impl PartialEq for Lexicon {
    fn eq(&self, other: &Lexicon) -> bool {
        self.fingerprint == other.fingerprint
    }
}

impl Eq for Lexicon {}

impl std::hash::Hash for Lexicon {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.fingerprint.hash(state);
    }
}

impl PartialOrd for Lexicon {
    fn partial_cmp(&self, other: &Lexicon) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// In the order of their fingerprints, the built-in lexicon first.
impl Ord for Lexicon {
    fn cmp(&self, other: &Lexicon) -> std::cmp::Ordering {
        self.fingerprint.cmp(&other.fingerprint)
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self.fingerprint.as_str() {
            "" => f.write_str("Lexicon::builtin()"),
            extension => write!(f, "Lexicon::extended({extension})"),
        }
    }
}

/// Each name of `extension` is a lexicon, and its entries are written in the lexicon's shape
/// (a list for a list, a map for a map), and read as its file's entries are.
fn validate(extension: &Extension) -> Result<(), ExtendError> {
    let names = lexicon_names();
    for (name, more) in extension {
        let Some((file, text)) = FILES.iter().find(|(_, text)| text_has_lexicon(text, name)) else {
            return Err(ExtendError {
                name: name.clone(),
                message: format!("`{name}` is not a lexicon factlint knows"),
                help: match names.iter().min_by_key(|n| strsim::damerau_levenshtein(name, n)) {
                    Some(near) if strsim::damerau_levenshtein(name, near) <= 3 => {
                        format!("did you mean `{near}`? (lexicons: {})", names.join(", "))
                    }
                    _ => format!("lexicons: {}", names.join(", ")),
                },
            });
        };
        let builtin = untyped(text).unwrap_or_default();
        let expected = shape(&builtin[name.as_str()]);
        if shape(more) != expected {
            return Err(ExtendError {
                name: name.clone(),
                message: format!("`{name}` takes {expected} of entries, not {}", shape(more)),
                help: format!("write its entries as `{name}:` in {file} writes them"),
            });
        }
        let one = Extension::from([(name.clone(), more.clone())]);
        if let Err(e) = RawFiles::read(&one) {
            return Err(ExtendError {
                name: name.clone(),
                message: format!("`{name}` has an entry of the wrong kind: {e}"),
                help: format!("write its entries as `{name}:` in {file} writes them"),
            });
        }
    }
    Ok(())
}

fn text_has_lexicon(text: &str, name: &str) -> bool {
    text.lines()
        .any(|line| line.split_once(':').is_some_and(|(key, _)| key == name))
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
        let lex = Lexicon::builtin();
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

    fn extension(yaml: &str) -> Extension {
        serde_json::from_value(untyped(yaml).unwrap()).unwrap()
    }

    #[test]
    fn an_extension_adds_to_the_built_in_entries_and_is_built_once() {
        let ext = extension("title_words: [sheriff]\nlabel_words: [on]\nmeasures: {length: {furlong: 201.168}}\n");
        let lex = Lexicon::extended(&ext).unwrap();
        assert!(lex.title_words.contains("sheriff") && lex.title_words.contains("minister"));
        assert!(
            lex.label_words.contains("on") && lex.label_words.contains("no"),
            "words stay words"
        );
        let furlong = lex.measures.iter().find(|(w, _)| w == &["furlong"]).unwrap();
        assert_eq!((furlong.1.dimension.as_str(), furlong.1.factor), ("length", 201.168));
        assert!(
            lex.measures.iter().any(|(w, _)| w == &["km"]),
            "a map's own entries stay"
        );
        assert!(
            std::ptr::eq(lex, Lexicon::extended(&ext).unwrap()),
            "one lexicon per extension"
        );
        assert_ne!(lex, Lexicon::builtin());
        assert!(
            !Lexicon::builtin().title_words.contains("sheriff"),
            "the built-in one is untouched"
        );
    }

    #[test]
    fn an_extension_names_lexicons_and_writes_them_in_their_shape() {
        let e = Lexicon::extended(&extension("titel_words: [sheriff]\n")).unwrap_err();
        assert_eq!(e.name, "titel_words");
        assert!(e.help.starts_with("did you mean `title_words`?"), "{}", e.help);
        let e = Lexicon::extended(&extension("offices: {sheriff: 1}\n")).unwrap_err();
        assert_eq!(e.message, "`offices` takes a list of entries, not a map");
        let e = Lexicon::extended(&extension("scales: {gazillion: lots}\n")).unwrap_err();
        assert!(
            e.message.starts_with("`scales` has an entry of the wrong kind"),
            "{}",
            e.message
        );
        assert!(lexicon_names().contains(&"currency_words") && !lexicon_names().contains(&"length"));
    }

    #[test]
    fn canonical_words_fold_spelling_variants() {
        let lex = lexicon();
        assert_eq!(lex.canonical_word("Defense"), "defence");
        assert_eq!(lex.canonical_word("U.S."), "us");
    }
}
