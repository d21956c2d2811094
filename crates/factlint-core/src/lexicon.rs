//! The lexicons: everything language-specific the extractors need (qualifiers, number words,
//! months, title words, currencies, units) in the YAML files of `rules/`, not in code, so a
//! desk can read them, and extend them without rebuilding (`extend:` in `factlint.yaml`).
//! `build.rs` parses the files into postcard bytes, so a run decodes its rules in a fraction
//! of a millisecond instead of parsing 60 KB of YAML (about 4 ms, most of a one-story run with
//! small facts).
//!
//! A [`Lexicon`] is a value: [`Lexicon::builtin`], or the built-in one with a config's
//! `extend:` ([`Lexicon::extended`]). [`Facts`](crate::facts::Facts) hold the lexicon they
//! were read with, and everything done with them (reading titles, indexing, checking) uses it.
//! Inside the checker, the stages reach the lexicon of the work in hand through [`lexicon()`],
//! which [`scoped`] sets for the current thread for the length of one call, so that no
//! extractor's signature has to carry it.

use crate::rule_files::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::de::DeserializeOwned;
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
    /// "as low as", "as few as": the lowest value reached, the written number itself (to the
    /// nearest), above it as under `Lower`.
    Lowest,
    /// "as high as", "as much as": the highest value reached, the written number itself (to
    /// the nearest), below it as under `Upper`.
    Highest,
}

impl Bound {
    /// Which way the truth lies from the written number: 1 above, -1 below, 0 near.
    pub fn direction(self) -> i8 {
        match self {
            Bound::Lower | Bound::Lowest => 1,
            Bound::Upper | Bound::Highest => -1,
            Bound::Approximate => 0,
        }
    }
}

/// A unit of measure: its dimension and how many of the dimension's base unit it is.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureUnit {
    pub dimension: String,
    pub factor: f64,
}

/// What a rate counts per: a span of time (in seconds), a thing ("share", "ounce"), or a count
/// of things ("per 100", "per 1,000 shares": the thing empty when not written).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Per {
    Seconds(f64),
    Thing(String),
    Count(f64, String),
}

/// A calendar unit a relative date ("last week") counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarUnit {
    Week,
    Month,
    Year,
    /// A Saturday and Sunday.
    Weekend,
    /// A season ("last summer"): its first and last month (a winter ends in the next year).
    Season {
        first_month: u32,
        last_month: u32,
    },
}

/// How long a unit of elapsed time is ("three weeks ago"): calendar days or months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elapsed {
    Days(u32),
    Months(u32),
}

/// The lexicons of `rules/` (qualifiers, numbers, units, dates, titles, names), keyed by
/// lowercase word or phrase, as the checker uses them.
#[derive(Debug, PartialEq)]
pub struct Lexicon {
    /// The `extend:` it was built with as canonical JSON; empty for the built-in lexicon.
    fingerprint: String,
    /// Qualifier phrases as word lists, longest first.
    pub(crate) qualifiers: Vec<(Vec<String>, Bound)>,
    /// "plus": glued by a hyphen after a number's last word, a lower bound ("200-plus banks").
    pub(crate) lower_bound_suffixes: HashSet<String>,
    /// Qualifiers written after a number ("five pct or more"), longest first.
    pub(crate) qualifiers_after: Vec<(Vec<String>, Bound)>,
    /// Words a facts value may open with that leave its number as it is ("a further 200"),
    /// longest first.
    pub(crate) value_lead_words: Vec<String>,
    /// Words before a year a value may end in ("£5.2m in 2004"), dating it.
    pub(crate) value_year_words: HashSet<String>,
    pub(crate) value_period_endings: Vec<String>,
    pub(crate) number_units: HashMap<String, u64>,
    /// Number words a value may be alone, read as figures ("one", "nil").
    pub(crate) lone_value_words: HashMap<String, u64>,
    pub(crate) number_tens: HashMap<String, u64>,
    pub(crate) number_phrases: Vec<(Vec<String>, u64)>,
    pub(crate) scales: HashMap<String, u64>,
    /// Fraction words and the part they name ("third" -> 3).
    pub(crate) fractions: HashMap<String, u64>,
    /// Fractions that may stand before a unit as one of its parts ("a quarter point").
    pub(crate) fractions_before_a_unit: HashSet<String>,
    /// "32" of "99-28/32": a fraction's denominator that makes a whole number and it a price.
    pub(crate) price_denominators: HashSet<String>,
    /// "½" -> 0.5: fractions written as one character.
    pub(crate) vulgar_fractions: HashMap<String, f64>,
    /// Ordinals in words and the place they name ("ninth" -> 9).
    pub(crate) ordinal_places: HashMap<String, u64>,
    pub(crate) value_only_places: HashMap<String, u64>,
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
    /// Words of position that make a span of time after them a duration ("the last eight years").
    pub(crate) span_words: HashSet<String>,
    /// Units that "a"/"an" before them makes one of ("an hour before", "within a year").
    pub(crate) article_units: HashSet<String>,
    /// Words after which "a"/"an" makes one of any unit of measure ("lost nearly a point").
    pub(crate) article_unit_qualifiers: HashSet<String>,
    /// Unit spellings as token words, longest first.
    pub(crate) measures: Vec<(Vec<String>, MeasureUnit)>,
    /// Units told apart by case, as written ("MB" megabytes, "Mb" megabits).
    pub(crate) cased_measures: HashMap<String, MeasureUnit>,
    /// Abbreviations that are a unit only as a part of a measure in parts ("6ft 2in").
    pub(crate) part_measures: HashMap<String, MeasureUnit>,
    /// Units written before the number ("a factor of 10" is ten times), longest first.
    pub(crate) units_before: Vec<(Vec<String>, MeasureUnit)>,
    /// The dimension a measure with a rate of time becomes ("length" -> "speed").
    pub(crate) per_time: HashMap<String, String>,
    pub(crate) separate_dimensions: HashSet<String>,
    /// Dimensions never tied to a figure the facts give as a bare count ("length").
    pub(crate) uncounted_dimensions: HashSet<String>,
    /// Dimensions a percentage may be miswritten as ("points").
    pub(crate) percent_dimensions: HashSet<String>,
    pub(crate) rate_joiners: HashSet<String>,
    /// Rate words as token words, longest first.
    pub(crate) rates: Vec<(Vec<String>, Per)>,
    /// Adverbs of a rate of time ("annually", "monthly").
    pub(crate) rate_adverbs: HashMap<String, Per>,
    /// The rate of time of a percentage the facts give with none, when the story gives one.
    pub(crate) percent_rate_period: Per,
    /// Phrases after a rate of time that show it is not one ("a year earlier", "a year from now").
    pub(crate) rate_blockers: Vec<Vec<String>>,
    /// Words before a currency that make an amount of another a rate of exchange ("to the").
    pub(crate) currency_rate_joiners: Vec<Vec<String>>,
    /// Units written fused to a number word ("tenfold").
    pub(crate) fused_units: Vec<String>,
    /// Words that are a number of times ("twice").
    pub(crate) multiple_words: HashMap<String, u64>,
    /// Units of a multiple that also count occasions ("raising taxes 66 times").
    pub(crate) occasion_units: HashSet<String>,
    /// Words after such a unit that show it counts occasions ("five times last year").
    pub(crate) occasion_followers: HashSet<String>,
    /// Nouns that name an amount of money ("a 4.3 billion deficit").
    pub(crate) money_nouns: HashSet<String>,
    /// Words before a currency word that describe the money or its market, never its country
    /// ("Short sterling" futures).
    pub(crate) money_descriptors: HashSet<String>,
    /// Nouns that name a count of things ("the number would be less than 15").
    pub(crate) count_nouns: HashSet<String>,
    /// Determiners that are conjunctions too: "that half of owners" is a share.
    pub(crate) proportion_conjunctions: HashSet<String>,
    /// Words that may follow a fraction after a qualifier ("about a fifth in real terms").
    pub(crate) qualified_proportion_followers: HashSet<String>,
    /// Phrases before a number that give the number before it again ("translates to").
    pub(crate) restating_links: Vec<Vec<String>>,
    /// Phrases before a number that make it an age ("aged 18 to 21"), never an amount.
    pub(crate) age_words: Vec<Vec<String>>,
    /// Nouns of people before a bound that make the number after it their age ("people under 55").
    pub(crate) age_group_nouns: HashSet<String>,
    /// The bounds after `age_group_nouns` that name an age group ("under", "over").
    pub(crate) age_group_bounds: HashSet<String>,
    /// Last parts of a compound after a unit of time that make it an age ("27-year-old").
    pub(crate) age_endings: HashSet<String>,
    /// Words a compound's number may be written apart from ("the FSA's 60 strong team").
    pub(crate) apart_compound_heads: HashSet<String>,
    /// Words beside a pair of counts that make it a tally ("won 3-1", "a 1-2 defeat", "voted
    /// 312 to 70"): a result, a vote or odds, two counts rather than a range.
    pub(crate) tally_words: HashSet<String>,
    /// The unit of time an age after `age_words` is read in as well ("aged 27": 27 years).
    pub(crate) age_unit: String,
    /// Per plain currency code, country words (as token words, longest first) and their code.
    pub(crate) currency_countries: HashMap<String, Vec<(Vec<String>, String)>>,
    pub(crate) months: HashMap<String, u32>,
    pub(crate) weekdays: HashMap<String, u32>,
    /// "Telegraph" of "Sunday Telegraph": a capitalised word after a weekday making it a name.
    pub(crate) weekday_name_heads: HashSet<String>,
    /// "Black" of "Black Monday": a capitalised word before a weekday making it a name.
    pub(crate) weekday_name_modifiers: HashSet<String>,
    /// "who" of "Wednesday, who are fourth": a relative of a party after a weekday making it a name.
    pub(crate) weekday_name_relatives: HashSet<String>,
    pub(crate) future_cues: Vec<Vec<String>>,
    /// "due": a future cue's word that looks forward only before a verb ("due to meet").
    pub(crate) verb_taking_cues: HashSet<String>,
    /// "until", "payable": a word before a date that makes it one lying ahead.
    pub(crate) forward_words: HashSet<String>,
    /// "would have", "should have": a future cue starting one of these looks back.
    pub(crate) past_modal_cues: Vec<Vec<String>>,
    /// Auxiliaries before a reporting verb whose tense is the clause's ("will be announced").
    pub(crate) verb_group_words: HashSet<String>,
    pub(crate) reporting_verbs: HashSet<String>,
    pub(crate) relative_days: HashMap<String, i64>,
    /// "before" -> -1: "the day before yesterday" is two days before the dateline.
    pub(crate) day_shifts: HashMap<String, i64>,
    pub(crate) relative_units: HashMap<String, CalendarUnit>,
    pub(crate) relative_directions: HashMap<String, i64>,
    pub(crate) elapsed_units: HashMap<String, Elapsed>,
    /// "a few" -> (2, 4): the fewest and most units a count word means, longest phrase first.
    pub(crate) vague_counts: Vec<(Vec<String>, (u32, u32))>,
    pub(crate) nearly_qualifiers: HashSet<String>,
    /// Words or phrases before a year that make it a date ("in", "compared with"), in lower case.
    pub(crate) year_prepositions: Vec<Vec<String>>,
    pub(crate) loose_year_prepositions: Vec<Vec<String>>,
    /// "until": a preposition of time only, after which a bound qualifier ("at least") before a
    /// year leaves it a date.
    pub(crate) bound_year_prepositions: HashSet<String>,
    /// "bonds" of "Treasury bonds of 2016": a debt security a year after it names.
    pub(crate) security_nouns: HashSet<String>,
    /// "between" -> ["and"]: a word opening a span of years, and the words closing it.
    pub(crate) year_spans: HashMap<String, Vec<String>>,
    pub(crate) year_determiners: HashSet<String>,
    /// Prepositions that make a year adjective date its clause ("in the 2003 World Cup").
    pub(crate) clause_year_prepositions: HashSet<String>,
    /// "season": a noun a year adjective before it makes a span of time that dates the clause.
    pub(crate) clause_year_nouns: HashSet<String>,
    /// "figures": a noun standing for the measure its sentence is about, which a year
    /// adjective owning it dates ("down 26.5% on 2003's figures": 2003's takings).
    pub(crate) measure_stand_ins: HashSet<String>,
    /// "finished": a verb whose object may be a year, dating its clause ("finished 2003 on top").
    pub(crate) year_object_verbs: HashSet<String>,
    /// "ending": a word after a dated period and before the day it ends on ("its 1988
    /// financial year ending next May 31").
    pub(crate) period_end_words: HashSet<String>,
    /// "start": a noun of a span's edge, so a year after it and "to" dates its clause ("a quiet
    /// start to 2005").
    pub(crate) span_edge_nouns: HashSet<String>,
    /// "called": a verb that names its object something, so a year as its object before
    /// "a", "the" or "as" dates its clause ("called 2004 an outstanding success").
    pub(crate) year_naming_verbs: HashSet<String>,
    /// "a", "as": the words that open what a naming verb calls its object.
    pub(crate) year_naming_complements: HashSet<String>,
    /// "expected": a verb whose object, a year before "to be", is what it foresees.
    pub(crate) year_expecting_verbs: HashSet<String>,
    /// Verbs that say what a dated noun is ("the 1997 novel proved to be his last").
    pub(crate) copulas: HashSet<String>,
    /// Auxiliaries between a year and its copula ("2004 has been").
    pub(crate) year_subject_auxiliaries: HashSet<String>,
    pub(crate) count_words: HashSet<String>,
    /// "champion", "winner": a year before one is a year adjective, with no determiner.
    pub(crate) holder_nouns: HashSet<String>,
    /// "income", "sales": a plausible year before one is a year adjective, with no determiner.
    pub(crate) account_nouns: HashSet<String>,
    /// "first", "record": a word before "in three years" that makes it a span looking back.
    pub(crate) span_measures: HashSet<String>,
    pub(crate) level_nouns: HashSet<String>,
    /// "anniversary": a noun an of-phrase with a year adjective does not date.
    pub(crate) other_time_nouns: HashSet<String>,
    /// "early" -> (0, 4): the years of a decade a part covers.
    pub(crate) decade_parts: HashMap<String, (i32, i32)>,
    /// "eighties" -> 1980: a decade named in words ("the eighties").
    pub(crate) decade_words: HashMap<String, i32>,
    /// "mid" -> (4, 9): the months of a year a part covers ("mid-1986", "early 1987").
    pub(crate) year_parts: HashMap<String, (u32, u32)>,
    /// "calendar" of "in calendar 1987": a word between a preposition and a year that names
    /// the common calendar.
    pub(crate) calendar_words: HashSet<String>,
    /// "met" -> "meet": irregular verb forms, for event cues in any tense.
    pub(crate) verb_forms: HashMap<String, String>,
    /// "in", "since": words that only place a date, kept in an event cue of nothing else.
    pub(crate) placing_words: HashSet<String>,
    /// "in", "on": words placing a date that fall away before one written without a
    /// preposition ("began in January", "began last year").
    pub(crate) bare_date_prepositions: HashSet<String>,
    /// "later": an adverb between such a cue and the date after it ("released later this month").
    pub(crate) bare_date_adverbs: HashSet<String>,
    /// "summer" -> (6, 8): the months of a season, read after "last", "this" or "next".
    pub(crate) seasons: HashMap<String, (u32, u32)>,
    /// Words before a month that make it a date where its name is also a word ("in May").
    pub(crate) month_prepositions: HashSet<String>,
    /// "second" -> 2, "last" -> -1: which period of a year an ordinal names.
    pub(crate) period_ordinals: HashMap<String, i64>,
    /// "quarter" -> 3: the months of a period of a year.
    pub(crate) period_units: HashMap<String, u32>,
    /// "q" -> 3: the months of a period written as a letter and a number ("Q1").
    pub(crate) period_letters: HashMap<String, u32>,
    /// "fiscal": a year of another calendar, whose periods are not read.
    pub(crate) period_blockers: HashSet<String>,
    pub(crate) office_changing: HashSet<String>,
    /// Words that mark a past post, `ending_participles` among them.
    pub(crate) former: HashSet<String>,
    /// Past participles that mark a past post only where they stand as an adjective.
    pub(crate) ending_participles: HashSet<String>,
    pub(crate) title_words: HashSet<String>,
    pub(crate) honorifics: HashSet<String>,
    pub(crate) stop_words: HashSet<String>,
    /// "chose", "took": verbs without the endings that mark one, never bridged inside a title.
    pub(crate) plain_verbs: HashSet<String>,
    pub(crate) connectors: HashSet<String>,
    pub(crate) generic_words: HashSet<String>,
    /// Words for a kind of business ("securities"), which tell no two employers apart.
    pub(crate) kind_words: HashSet<String>,
    /// Nouns for a kind of company that end an employer's description before its name
    /// ("handset maker" in "chief executive of Finnish handset maker Nokia").
    pub(crate) company_kinds: HashSet<String>,
    /// Office words that "General" completes ("Attorney General"), so a "Gen." after one is
    /// that word, not a general's rank before the name ("Atty. Gen. Edwin Meese").
    pub(crate) general_offices: HashSet<String>,
    /// Each country word ("britain", "uk", "bonn") -> its country's group.
    pub(crate) countries: HashMap<String, usize>,
    /// Each country of several words ("saudi arabian") -> its group's first word ("saudi").
    pub(crate) country_phrases: Vec<(Vec<String>, String)>,
    /// Words for a country's central government ("federal"), which describe a post.
    pub(crate) central_government: HashSet<String>,
    /// Each word of a ministry's domain ("farm") -> its group.
    pub(crate) ministries: HashMap<String, usize>,
    /// Per country word ("uk"), a function as copy abroad writes it ("finance minister") with
    /// the office it names in that country ("chancellor"), each as words.
    pub(crate) national_offices: Vec<(String, Vec<String>, Vec<String>)>,
    /// Per country word ("japan"), a body's function as copy abroad writes it ("central bank")
    /// with the body's name there ("bank of japan"), each as words.
    pub(crate) national_bodies: Vec<(String, Vec<String>, Vec<String>)>,
    pub(crate) parties: HashSet<String>,
    pub(crate) organisation_words: HashSet<String>,
    /// Nouns that end a body's name after its domain ("Finance Ministry").
    pub(crate) body_nouns: HashSet<String>,
    pub(crate) head_stand_ins: HashSet<String>,
    /// Posts under a body's head ("spokesman", "analyst"): no head stand-in stands for one.
    pub(crate) serving_posts: HashSet<String>,
    /// "member": as a title's last word, stands for a post in `member_posts`.
    pub(crate) member_words: HashSet<String>,
    /// Posts whose holders are their body's members, one seat each ("governor", "director").
    pub(crate) member_posts: HashSet<String>,
    pub(crate) head_words: HashSet<String>,
    pub(crate) equivalent_words: HashMap<String, String>,
    pub(crate) ordinals: HashSet<String>,
    /// Words a rank's number follows in a title ("world number two").
    pub(crate) rank_words: HashSet<String>,
    /// Words that join what reaches a place in an order to the place ("peaked at number
    /// two", "single hit number three").
    pub(crate) rank_links: HashSet<String>,
    /// Verbs a place in a contest follows ("came third", "finished second").
    pub(crate) finish_verbs: HashSet<String>,
    /// Words that count the titles a person has won ("double world champion").
    pub(crate) title_counts: HashSet<String>,
    /// "ranking": a member's seniority, before the word ("Republican") naming the post.
    pub(crate) seniority_words: HashSet<String>,
    /// A legislature's chambers ("House", "Senate"): a body in front of a post.
    pub(crate) chambers: HashSet<String>,
    /// "justice": after an honorific, a judge's style ("Mr Justice Harrison").
    pub(crate) judicial_styles: HashSet<String>,
    pub(crate) domains: HashSet<String>,
    /// Office phrases as words with the office they name, longest first.
    pub(crate) offices: Vec<(Vec<String>, usize)>,
    /// Each office in `offices` -> the walks of life it is found in (none for an office of every
    /// walk).
    pub(crate) walks: HashMap<usize, Vec<usize>>,
    /// Each one-word name of an office or occupation -> the first name of its entry: one word
    /// in a title ("spokeswoman" is "spokesman", "keeper" is "goalkeeper").
    pub(crate) one_word_roles: HashMap<String, String>,
    /// The offices in `offices` that are standings won in a competition ("champion").
    pub(crate) results: HashSet<usize>,
    /// The offices in `offices` that are a player's positions on the field ("prop", "hooker").
    pub(crate) positions: HashSet<usize>,
    /// Each body's word ("senate") -> the offices in `offices` all its members hold.
    pub(crate) member_ranks: HashMap<String, Vec<usize>>,
    /// "also": a word before a title that marks a post held beside another.
    pub(crate) concurrent_words: HashSet<String>,
    /// "now": a word after an apposition's post that opens the person's present standing.
    pub(crate) present_words: HashSet<String>,
    /// "quoted", "speaking": a participle after an apposition's post that opens a phrase no
    /// part of it ("quoted in China Daily").
    pub(crate) aside_participles: HashSet<String>,
    /// "twice": how often a result was won, before an apposition's article.
    pub(crate) repeat_adverbs: HashSet<String>,
    /// Occupations in the arts and the media, as `offices`: judged only against each other.
    pub(crate) occupations: Vec<(Vec<String>, usize)>,
    /// Each occupation in `occupations` that is a kind of another -> that other ("sprinter" ->
    /// "athlete").
    pub(crate) occupation_kinds: HashMap<usize, usize>,
    /// "host" -> the occupation it names in the facts' forms only (`occupations_in_forms`).
    pub(crate) occupations_in_forms: HashMap<String, usize>,
    /// Every word of an office or occupation phrase (each may stand in a title), with the
    /// phrases it starts and ends.
    pub(crate) office_words: HashMap<String, PhrasesOf>,
    /// Office-changing words that grade a post: dropping one is harmless ("senior").
    pub(crate) grades: HashSet<String>,
    /// Ranks that are grades only right before a word for a profession ("principal analyst").
    pub(crate) profession_grades: HashSet<String>,
    /// Words that negate the word after them ("non"): before a shared word, another office.
    pub(crate) negations: HashSet<String>,
    /// Endings of words naming a profession, not an office ("futurologist", "economist").
    pub(crate) role_endings: Vec<String>,
    /// Office-changing words written fused to a title word ("Undersecretary").
    pub(crate) fused_prefixes: Vec<String>,
    /// Prepositions joining a post to its complement ("MP for Sedgefield").
    pub(crate) post_prepositions: HashSet<String>,
    /// Post prepositions whose complement is mostly another person ("adviser to President
    /// Putin"): read in an apposition after a name, never in a title read back from one.
    pub(crate) person_prepositions: HashSet<String>,
    /// Prepositions that join a post to its employer when the person's own titles write them
    /// ("consultant from Sophos", "manager in Symantec's group").
    pub(crate) employer_prepositions: HashSet<String>,
    /// Prepositions joining a post before a name to its employer after it ("analyst Jason
    /// Kenney at ING").
    pub(crate) employers_after_a_name: HashSet<String>,
    pub(crate) descriptors: HashSet<String>,
    pub(crate) prepositions: HashSet<String>,
    /// Prepositions that date the title before them ("during", "until").
    pub(crate) dating_prepositions: HashSet<String>,
    /// Words that open a noun phrase, a title after them read as one ("its treasurer, Andres
    /// Soriano").
    pub(crate) determiners: HashSet<String>,
    /// Prepositions that give the role a person acts in ("As chief operating officer, ...").
    pub(crate) role_prepositions: HashSet<String>,
    /// Auxiliaries between a subject and its verb ("is to become", "will remain").
    pub(crate) auxiliaries: HashSet<String>,
    /// Conjunctions that may open a sentence before a description standing for a person
    /// ("But the hooker has proved").
    pub(crate) clause_openers: HashSet<String>,
    /// Verbs whose complement is a post the subject holds on ("will remain chief executive").
    pub(crate) staying_verbs: HashSet<String>,
    /// Verbs whose complement is a post the subject takes ("is to become chairman").
    pub(crate) becoming_verbs: HashSet<String>,
    /// Past forms of "be" whose complement is a post held at the sentence's time ("was chairman
    /// of the Council of Economic Advisers").
    pub(crate) past_copulas: HashSet<String>,
    /// Nouns of succession before "as": the role after it is the post of the person in
    /// apposition, held at another time ("his predecessor as Cabinet Secretary, Lord Armstrong").
    pub(crate) succession_words: HashSet<String>,
    /// Verbs of succession before "by": the title after them is the successor's earlier rank
    /// ("replaced by deputy governor John Crow").
    pub(crate) succession_verbs: HashSet<String>,
    /// Endings of a nationality's adjective ("Nigerian"): such a word names a country.
    pub(crate) nationality_endings: Vec<String>,
    /// Words of degree before an article ("how good a"): a title after them is a predicate.
    pub(crate) degree_words: HashSet<String>,
    /// Adverbs opening a sentence ("Earlier"): never words of a title before a name.
    pub(crate) sentence_adverbs: HashSet<String>,
    /// Common given names and surnames, as written ("Kerr", "Terry").
    pub(crate) common_names: HashSet<String>,
    /// Common given names that are no common surname, as written ("Robert", "Julia").
    pub(crate) given_names_not_surnames: HashSet<String>,
    /// Common given names that are common surnames too, as written ("David", "Lewis").
    pub(crate) given_names_also_surnames: HashSet<String>,
    /// Words that make a capitalised run a body or a place, as written ("Brothers", "Africa").
    pub(crate) not_person_words: HashSet<String>,
    /// Words with their group: two of one group are confused inside organisations' names.
    pub(crate) confusable_name_words: HashMap<String, usize>,
    /// Given names, as written, with their group: two of one group are one name spelt two
    /// ways ("Jeff", "Geoff"), each a different name for the person who uses the other.
    pub(crate) given_name_spellings: HashMap<String, usize>,
    /// Endings of a name that sound alike ("y" and "ie", "ight" and "ite"), with their group.
    pub(crate) sound_alike_endings: HashMap<String, usize>,
    /// Openings of a name that sound alike ("kn" and "n"), with their group.
    pub(crate) sound_alike_openings: HashMap<String, usize>,
    /// Sounds spelt another way inside an organisation's name ("ph", "f"), one group each.
    pub(crate) sound_alike_spellings: Vec<Vec<String>>,
    /// Letters that look alike run together ("rn" and "m"), one pair each.
    pub(crate) look_alike_letters: Vec<Vec<String>>,
    /// Endings that make another word of a name ("Barcelonan", "Kenyan").
    pub(crate) derived_endings: Vec<String>,
    /// Words naming the kind of body a name ends on ("commission", "corporation").
    pub(crate) body_kind_words: HashSet<String>,
    /// A company's suffixes ("inc", "plc"), in lower case without dots.
    pub(crate) company_suffixes: HashSet<String>,
    /// Lower-case words joined to a name by a hyphen into a compound ("Khartoum-based").
    pub(crate) compound_tails: HashSet<String>,
    /// Lower-case words opening a surname ("al-Chalabi", "bin Laden", "van Gaal").
    pub(crate) surname_particles: HashSet<String>,
    /// Every word some extractor starts a reading at, with the [`WordClass`]es it may start:
    /// one lookup per token ([`Doc::in_class`](crate::text::Doc::in_class)) tells the extractors
    /// which tokens to try, instead of each trying every token against its own tables.
    word_classes: HashMap<String, WordClass>,
    /// Each first word of `future_cues` -> the cues it starts (their places in the list): a
    /// date's clause looks up each word that may start one instead of comparing every cue.
    future_cue_starts: HashMap<String, Vec<usize>>,
    /// The first three bytes of each weekday's name (all of a shorter one), in lower case,
    /// as [`Opening`]s, each once: most words are ruled out as a weekday by them, with no
    /// lookup; and their first bytes, by byte, which rule out most words before them.
    weekday_openings: Vec<Opening>,
    weekday_initials: [bool; 256],
}

/// A word's first bytes (at most three), packed into the low bytes of a `u32` with a mask of
/// as many bytes, each byte with its case bit (0x20) set: an ASCII capital and its lower-case
/// letter read alike, and a word's lower-case form opens as a lexicon word does only if their
/// openings agree (a word's so marked bytes are its lower-case form's, so marked).
#[derive(Debug, PartialEq, Clone, Copy)]
struct Opening {
    bytes: u32,
    mask: u32,
}

/// The case bit of every byte of a `u32`.
const CASE_BITS: u32 = 0x2020_2020;

impl Opening {
    /// The opening of `word`; none when its first three bytes are not all ASCII (its
    /// lower-case form may open otherwise).
    fn of(word: &str) -> Option<Opening> {
        let (bytes, mask) = match *word.as_bytes() {
            [b0, b1, b2, ..] => (u32::from_le_bytes([b0, b1, b2, 0]), 0x00ff_ffff),
            [b0, b1] => (u32::from_le_bytes([b0, b1, 0, 0]), 0x0000_ffff),
            [b0] => (u32::from(b0), 0x0000_00ff),
            [] => (0, 0),
        };
        (bytes & 0x8080_8080 == 0).then_some(Opening {
            bytes: bytes | (CASE_BITS & mask),
            mask,
        })
    }

    /// Whether a word opening as `word` does opens as this one: its bytes start with ours.
    fn opens(self, word: Opening) -> bool {
        word.mask & self.mask == self.mask && word.bytes & self.mask == self.bytes
    }
}

/// What readings a word may start, as bits (see [`Lexicon::word_class`]). A superset: a bit
/// says "try here", never "found".
pub(crate) type WordClass = u8;

/// Bits of a [`WordClass`].
pub(crate) mod class {
    use super::WordClass;
    /// A number written in words or behind a currency sign ("nine", "a third", "$").
    pub const NUMBER: WordClass = 1;
    /// A date or a span of time ("Monday", "March", "three [weeks ago]", "in [1987]").
    pub const DATE: WordClass = 2;
    /// A percentage or a unit of measure after a number ("pct", "sq [miles]").
    pub const UNIT: WordClass = 4;
    /// The last word of a qualifier before a number ("[at] least", "about").
    pub const QUALIFIER_END: WordClass = 8;
    /// The first word of a cue that a date is in the future ("will", "due [to]").
    pub const FUTURE_CUE: WordClass = 16;
    /// Every bit: a word the table cannot rule out (hyphenated or possessive forms).
    pub const ANY: WordClass = WordClass::MAX;
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

/// What `extend:` adds, by lexicon name: items to a list, entries to a map (a map's entries
/// may themselves be maps, as `measures:` per dimension).
pub(crate) type Extension = std::collections::BTreeMap<String, serde_json::Value>;

/// An `extend:` that does not fit the built-in lexicons: which of its names is at fault, and
/// why, for an error pointing at that name.
#[derive(Debug, PartialEq)]
pub(crate) struct ExtendError {
    /// The lexicon name as written under `extend:`.
    pub name: String,
    pub message: String,
    pub help: String,
}

/// A lexicon's entries, and how more of them are added: a list takes the new items after its
/// own; a map the new entries after its own, each replacing (or, for a map of maps, merged
/// into) the one under the same key; a single value is replaced.
trait Entries: DeserializeOwned {
    fn add(&mut self, more: Self);
}

impl<T: DeserializeOwned> Entries for Vec<T> {
    fn add(&mut self, more: Vec<T>) {
        self.extend(more);
    }
}

impl<V: Entries> Entries for InOrder<V> {
    fn add(&mut self, more: InOrder<V>) {
        for (key, value) in more.0 {
            match self.0.iter_mut().find(|(k, _)| *k == key) {
                Some((_, old)) => old.add(value),
                None => self.0.push((key, value)),
            }
        }
    }
}

macro_rules! single_values {
    ($($t:ty),*) => {
        $(impl Entries for $t {
            fn add(&mut self, more: $t) {
                *self = more;
            }
        })*
    };
}
single_values!(u32, u64, i32, i64, f64, String, ElapsedFile, (u32, u32), (i32, i32));

/// Every lexicon `extend:` may name, as `file.key` of [`LexiconFiles`] (the key as in
/// `rules/FILE.yaml`): the names, and how entries are added to one by name.
/// Per country, each function as copy abroad writes it and what it names there, as words.
fn by_country(entries: InOrder<InOrder<String>>) -> Vec<(String, Vec<String>, Vec<String>)> {
    (entries.0.into_iter())
        .flat_map(|(country, functions)| {
            let country = country.to_lowercase();
            functions
                .0
                .into_iter()
                .map(move |(function, named)| (country.clone(), words(&function), words(&named)))
        })
        .collect()
}

/// Each one-word name in the entries of `offices` and then `occupations` -> its entry's first
/// name (a word of both keeps its office's).
fn one_word_roles(offices: &[Vec<String>], occupations: &[Vec<String>]) -> HashMap<String, String> {
    let mut roles = HashMap::default();
    for entry in offices.iter().chain(occupations) {
        let Some(first) = entry.first() else { continue };
        for name in entry.iter().filter(|n| words(n).len() == 1) {
            roles.entry(name.to_lowercase()).or_insert_with(|| first.to_lowercase());
        }
    }
    roles
}

macro_rules! extendable {
    ($($file:ident . $key:ident),* $(,)?) => {
        /// Every lexicon name `extend:` accepts, with its file, in file order.
        const LEXICON_NAMES: &[(&str, &str)] = &[$((stringify!($key), stringify!($file))),*];

        impl LexiconFiles {
            /// Adds `more` to the lexicon `name`; `false` when there is no such lexicon.
            fn add(&mut self, name: &str, more: &serde_json::Value) -> Result<bool, serde_json::Error> {
                match name {
                    $(stringify!($key) => self.$file.$key.add(serde_json::from_value(more.clone())?),)*
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
    };
}

extendable!(
    qualifiers.lower_bound,
    qualifiers.upper_bound,
    qualifiers.approximate,
    qualifiers.lowest_reached,
    qualifiers.highest_reached,
    qualifiers.lower_bound_suffixes,
    qualifiers.lower_bound_after,
    qualifiers.upper_bound_after,
    qualifiers.approximate_after,
    qualifiers.value_lead_words,
    qualifiers.value_year_words,
    qualifiers.value_period_endings,
    numbers.units,
    numbers.tens,
    numbers.phrases,
    numbers.scales,
    numbers.fractions,
    numbers.fractions_before_a_unit,
    numbers.price_denominators,
    numbers.vulgar_fractions,
    numbers.ordinal_places,
    numbers.value_only_places,
    numbers.point_words,
    numbers.emphasis,
    numbers.proportion_blockers,
    numbers.proportion_followers,
    numbers.currency_symbols,
    numbers.currency_words,
    numbers.currency_parts,
    numbers.percent_words,
    numbers.time_units,
    numbers.label_words,
    numbers.position_words,
    numbers.span_words,
    numbers.article_units,
    numbers.article_unit_qualifiers,
    numbers.money_nouns,
    numbers.money_descriptors,
    numbers.count_nouns,
    numbers.proportion_conjunctions,
    numbers.qualified_proportion_followers,
    numbers.restating_links,
    numbers.age_words,
    numbers.age_group_nouns,
    numbers.age_group_bounds,
    numbers.age_endings,
    numbers.apart_compound_heads,
    numbers.tally_words,
    numbers.age_unit,
    numbers.lone_value_words,
    units.measures,
    units.cased_measures,
    units.part_measures,
    units.units_before,
    units.per_time,
    units.separate_dimensions,
    units.uncounted_dimensions,
    units.percent_dimensions,
    units.rate_joiners,
    units.time_rates,
    units.thing_rates,
    units.rate_adverbs,
    units.percent_rate_period,
    units.rate_blockers,
    units.currency_rate_joiners,
    units.fused_units,
    units.multiple_words,
    units.occasion_units,
    units.occasion_followers,
    units.currency_countries,
    dates.months,
    dates.weekdays,
    dates.weekday_name_heads,
    dates.weekday_name_modifiers,
    dates.weekday_name_relatives,
    dates.future_cues,
    dates.verb_taking_cues,
    dates.forward_words,
    dates.past_modal_cues,
    dates.verb_group_words,
    dates.reporting_verbs,
    dates.relative_days,
    dates.day_shifts,
    dates.relative_units,
    dates.relative_directions,
    dates.elapsed_units,
    dates.vague_counts,
    dates.nearly_qualifiers,
    dates.year_prepositions,
    dates.loose_year_prepositions,
    dates.bound_year_prepositions,
    dates.security_nouns,
    dates.year_spans,
    dates.year_determiners,
    dates.clause_year_prepositions,
    dates.clause_year_nouns,
    dates.measure_stand_ins,
    dates.year_object_verbs,
    dates.period_end_words,
    dates.span_edge_nouns,
    dates.year_naming_verbs,
    dates.year_naming_complements,
    dates.year_expecting_verbs,
    dates.copulas,
    dates.year_subject_auxiliaries,
    dates.count_words,
    dates.holder_nouns,
    dates.account_nouns,
    dates.span_measures,
    dates.level_nouns,
    dates.other_time_nouns,
    dates.decade_parts,
    dates.decade_words,
    dates.year_parts,
    dates.seasons,
    dates.calendar_words,
    dates.verb_forms,
    dates.placing_words,
    dates.bare_date_prepositions,
    dates.bare_date_adverbs,
    dates.month_prepositions,
    dates.period_ordinals,
    dates.period_units,
    dates.period_letters,
    dates.period_blockers,
    titles.office_changing,
    titles.former,
    titles.ending_participles,
    titles.title_words,
    titles.honorifics,
    titles.stop_words,
    titles.plain_verbs,
    titles.connectors,
    titles.generic_words,
    titles.kind_words,
    titles.company_kinds,
    titles.general_offices,
    titles.countries,
    titles.ministries,
    titles.national_offices,
    titles.national_bodies,
    titles.central_government,
    titles.parties,
    titles.organisation_words,
    titles.body_nouns,
    titles.head_stand_ins,
    titles.serving_posts,
    titles.member_words,
    titles.member_posts,
    titles.head_words,
    titles.equivalent_words,
    titles.ordinals,
    titles.rank_words,
    titles.rank_links,
    titles.finish_verbs,
    titles.title_counts,
    titles.seniority_words,
    titles.chambers,
    titles.judicial_styles,
    titles.domains,
    titles.offices,
    titles.walks,
    titles.results,
    titles.positions,
    titles.occupations,
    titles.grades,
    titles.profession_grades,
    titles.negations,
    titles.role_endings,
    titles.fused_prefixes,
    titles.post_prepositions,
    titles.person_prepositions,
    titles.employer_prepositions,
    titles.employers_after_a_name,
    titles.descriptors,
    titles.prepositions,
    titles.dating_prepositions,
    titles.determiners,
    titles.role_prepositions,
    titles.auxiliaries,
    titles.clause_openers,
    titles.staying_verbs,
    titles.becoming_verbs,
    titles.past_copulas,
    titles.succession_words,
    titles.succession_verbs,
    titles.nationality_endings,
    titles.degree_words,
    titles.sentence_adverbs,
    titles.member_ranks,
    titles.occupation_kinds,
    titles.occupations_in_forms,
    titles.concurrent_words,
    titles.present_words,
    titles.aside_participles,
    titles.repeat_adverbs,
    names.common_names,
    names.given_names_not_surnames,
    names.given_names_also_surnames,
    names.not_person_words,
    names.confusable_name_words,
    names.given_name_spellings,
    names.sound_alike_endings,
    names.sound_alike_openings,
    names.sound_alike_spellings,
    names.look_alike_letters,
    names.derived_endings,
    names.body_kind_words,
    names.company_suffixes,
    names.compound_tails,
    names.surname_particles,
);

impl LexiconFiles {
    /// The built-in files with `extension`'s entries added, or the first name that is no
    /// lexicon or whose entries are not written as its file writes them.
    fn extended(extension: &Extension) -> Result<LexiconFiles, ExtendError> {
        let mut files = LexiconFiles::compiled();
        for (name, more) in extension {
            let known = files.add(name, more).map_err(|e| {
                let file = LEXICON_NAMES.iter().find(|(n, _)| n == name).map_or("", |(_, f)| f);
                ExtendError {
                    name: name.clone(),
                    message: format!("`{name}` is not written as in rules/{file}.yaml: {e}"),
                    help: format!("write its entries as `{name}:` in rules/{file}.yaml writes them"),
                }
            })?;
            if !known {
                return Err(unknown_lexicon(name));
            }
        }
        Ok(files)
    }
}

fn unknown_lexicon(name: &str) -> ExtendError {
    let names: Vec<&str> = LEXICON_NAMES.iter().map(|(n, _)| *n).collect();
    let distance = |n: &str| strsim::damerau_levenshtein(name, n);
    let help = match names.iter().copied().min_by_key(|n| distance(n)) {
        Some(near) if distance(near) <= 3 => format!("did you mean `{near}`? (lexicons: {})", names.join(", ")),
        _ => format!("lexicons: {}", names.join(", ")),
    };
    ExtendError {
        name: name.to_string(),
        message: format!("`{name}` is not a lexicon factlint knows"),
        help,
    }
}

/// The built-in lexicon, for a [`Facts`](crate::facts::Facts) or a config that names none.
impl Default for &'static Lexicon {
    fn default() -> &'static Lexicon {
        Lexicon::builtin()
    }
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

/// A phrase as the tokenizer cuts it, in lower case: "km/h" is "km", "/", "h".
fn token_words(phrase: &str) -> Vec<String> {
    crate::text::tokens(phrase).iter().map(|t| t.lower()).collect()
}

/// Each word of a list of groups with its group's number.
fn groups(groups: Vec<Vec<String>>) -> HashMap<String, usize> {
    groups
        .into_iter()
        .enumerate()
        .flat_map(|(group, words)| words.into_iter().map(move |w| (w, group)))
        .collect()
}

/// Each phrase's first word -> the places of the phrases it starts, in order.
fn by_first_word(phrases: &[Vec<String>]) -> HashMap<String, Vec<usize>> {
    let mut starts: HashMap<String, Vec<usize>> = HashMap::default();
    for (k, phrase) in phrases.iter().enumerate() {
        if let Some(first) = phrase.first() {
            starts.entry(first.clone()).or_default().push(k);
        }
    }
    starts
}

fn set(list: Vec<String>) -> HashSet<String> {
    list.iter().map(|w| w.to_lowercase()).collect()
}

/// Spellings of units per dimension, with their factors, as token words, longest first.
fn measure_spellings(dimensions: InOrder<InOrder<f64>>) -> Vec<(Vec<String>, MeasureUnit)> {
    let units = measure_units(dimensions).map(|(spelling, unit)| (token_words(&spelling), unit));
    longest_first(units.collect())
}

/// `cased_measures`: each spelling as written, with its dimension and factor.
fn cased_measure_spellings(dimensions: InOrder<InOrder<f64>>) -> HashMap<String, MeasureUnit> {
    measure_units(dimensions).collect()
}

/// Each spelling of a file's units by dimension, with the unit it spells.
fn measure_units(dimensions: InOrder<InOrder<f64>>) -> impl Iterator<Item = (String, MeasureUnit)> {
    (dimensions.into_nested_map().into_iter()).flat_map(|(dimension, spellings)| {
        spellings.into_iter().map(move |(spelling, factor)| {
            let unit = MeasureUnit {
                dimension: dimension.clone(),
                factor,
            };
            (spelling, unit)
        })
    })
}

/// The lexicon's two tables of roles a title's words may name, each the other's rival:
/// [`Lexicon::offices`] and [`Lexicon::occupations`].
#[derive(Clone, Copy, Debug)]
pub(crate) enum Roles {
    Offices,
    Occupations,
}

impl Roles {
    /// The other table: a longer phrase of it is read instead of one of this.
    pub(crate) fn rival(self) -> Roles {
        match self {
            Roles::Offices => Roles::Occupations,
            Roles::Occupations => Roles::Offices,
        }
    }
}

/// Places of phrases in [`Lexicon::offices`] and in [`Lexicon::occupations`], each in order.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Places {
    offices: Vec<usize>,
    occupations: Vec<usize>,
}

impl Places {
    pub(crate) fn of(&self, roles: Roles) -> &[usize] {
        match roles {
            Roles::Offices => &self.offices,
            Roles::Occupations => &self.occupations,
        }
    }

    fn push(&mut self, roles: Roles, place: usize) {
        match roles {
            Roles::Offices => self.offices.push(place),
            Roles::Occupations => self.occupations.push(place),
        }
    }
}

/// The office and occupation phrases a word starts and those it ends (none for a word found
/// only inside phrases). A title's reader tries these alone at the word, not every phrase.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct PhrasesOf {
    pub(crate) starting: Places,
    pub(crate) ending: Places,
}

/// Every word of the phrases of `offices` and `occupations`, with the phrases it starts and
/// ends.
fn office_words(offices: &[(Vec<String>, usize)], occupations: &[(Vec<String>, usize)]) -> HashMap<String, PhrasesOf> {
    let mut words: HashMap<String, PhrasesOf> = HashMap::default();
    for (roles, table) in [(Roles::Offices, offices), (Roles::Occupations, occupations)] {
        for (place, (phrase, _)) in table.iter().enumerate() {
            for word in phrase {
                words.entry(word.clone()).or_default();
            }
            if let (Some(first), Some(last)) = (phrase.first(), phrase.last()) {
                if let Some(word) = words.get_mut(first) {
                    word.starting.push(roles, place);
                }
                if let Some(word) = words.get_mut(last) {
                    word.ending.push(roles, place);
                }
            }
        }
    }
    words
}

fn longest_first<T>(mut phrases: Vec<(Vec<String>, T)>) -> Vec<(Vec<String>, T)> {
    phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
    phrases
}

/// Phrases, longest first, so "a net" is tried before "net".
fn longest_phrase_first(mut phrases: Vec<String>) -> Vec<String> {
    phrases.sort_by(|a, b| b.len().cmp(&a.len()));
    phrases
}

impl Lexicon {
    /// A post's head word that never names a domain ("director", "executive"; not "finance").
    pub(crate) fn is_head_word_only(&self, word: &str) -> bool {
        self.head_words.contains(word) && !self.domains.contains(word)
    }

    /// A post's domain that is never its head word ("finance", "computer").
    pub(crate) fn is_domain_only(&self, word: &str) -> bool {
        self.domains.contains(word) && !self.head_words.contains(word)
    }

    /// The phrases of the table of `roles`, with what they name, longest first.
    pub(crate) fn roles(&self, roles: Roles) -> &[(Vec<String>, usize)] {
        match roles {
            Roles::Offices => &self.offices,
            Roles::Occupations => &self.occupations,
        }
    }

    /// The lexicon of `rules/` as built in, decoded once.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(|| Lexicon::new(LexiconFiles::compiled()))
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
        let files = LexiconFiles::extended(extension)?;
        let lexicon: &'static Lexicon = Box::leak(Box::new(Lexicon {
            fingerprint,
            ..Lexicon::new(files)
        }));
        built.push(lexicon);
        Ok(lexicon)
    }

    /// What the lexicon follows from besides the built-in files: its `extend:` as canonical
    /// JSON, empty for the built-in lexicon. Equal for equal extensions, so it can key caches.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

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
        // the name's words are made once, not once for every office compared
        let office_named = |name: &str| {
            let phrase = words(name);
            offices.iter().find(|(p, _)| *p == phrase).map(|(_, office)| *office)
        };
        let mut walks: HashMap<usize, Vec<usize>> = HashMap::default();
        for (walk, (_, names)) in t.walks.0.iter().enumerate() {
            for office in names.iter().filter_map(|name| office_named(name)) {
                walks.entry(office).or_default().push(walk);
            }
        }
        let results = t.results.iter().filter_map(|name| office_named(name)).collect();
        let positions = t.positions.iter().filter_map(|name| office_named(name)).collect();
        let one_word_roles = one_word_roles(&t.offices, &t.occupations);
        let member_ranks = (t.member_ranks.0.iter())
            .map(|(body, ranks)| {
                (
                    body.to_lowercase(),
                    ranks.iter().filter_map(|r| office_named(r)).collect(),
                )
            })
            .collect();
        let occupation_named = |name: &str| {
            let phrase = words(name);
            occupations
                .iter()
                .find(|(p, _)| *p == phrase)
                .map(|(_, occupation)| *occupation)
        };
        let occupation_kinds = (t.occupation_kinds.0.iter())
            .filter_map(|(general, kinds)| Some((occupation_named(general)?, kinds)))
            .flat_map(|(general, kinds)| kinds.iter().filter_map(move |k| Some((occupation_named(k)?, general))))
            .collect();
        let occupations_in_forms = (t.occupations_in_forms.0.iter())
            .filter_map(|(word, occupation)| Some((word.to_lowercase(), occupation_named(occupation)?)))
            .collect();
        let country_phrases = (t.countries.iter())
            .flat_map(|group| {
                let first = group[0].clone();
                (group.iter())
                    .filter(|member| member.contains(' '))
                    .map(move |member| (words(member), first.clone()))
            })
            .collect();
        let lower_bound_suffixes = set(q.lower_bound_suffixes);
        let mut qualifiers = Vec::new();
        for (list, bound) in [
            (q.lower_bound, Bound::Lower),
            (q.upper_bound, Bound::Upper),
            (q.approximate, Bound::Approximate),
            (q.lowest_reached, Bound::Lowest),
            (q.highest_reached, Bound::Highest),
        ] {
            qualifiers.extend(list.iter().map(|p| (words(p), bound)));
        }
        let qualifiers_after = [
            (q.lower_bound_after, Bound::Lower),
            (q.upper_bound_after, Bound::Upper),
            (q.approximate_after, Bound::Approximate),
        ]
        .into_iter()
        .flat_map(|(list, bound)| list.into_iter().map(move |p| (words(&p), bound)))
        .collect();
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
        let mut lexicon = Lexicon {
            fingerprint: String::new(),
            qualifiers: longest_first(qualifiers),
            lower_bound_suffixes,
            qualifiers_after: longest_first(qualifiers_after),
            value_lead_words: longest_phrase_first(q.value_lead_words),
            value_year_words: set(q.value_year_words),
            value_period_endings: longest_phrase_first(q.value_period_endings),
            number_units: n.units.into_map(),
            lone_value_words: n.lone_value_words.into_map(),
            number_tens: n.tens.into_map(),
            number_phrases: longest_first(n.phrases.into_map().iter().map(|(p, v)| (words(p), *v)).collect()),
            scales: n.scales.into_map(),
            fractions: n.fractions.into_map(),
            fractions_before_a_unit: set(n.fractions_before_a_unit),
            price_denominators: set(n.price_denominators),
            vulgar_fractions: n.vulgar_fractions.into_map(),
            ordinal_places: n.ordinal_places.into_map(),
            value_only_places: n.value_only_places.into_map(),
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
            article_units: set(n.article_units),
            article_unit_qualifiers: set(n.article_unit_qualifiers),
            money_nouns: set(n.money_nouns),
            money_descriptors: set(n.money_descriptors),
            count_nouns: set(n.count_nouns),
            proportion_conjunctions: set(n.proportion_conjunctions),
            qualified_proportion_followers: set(n.qualified_proportion_followers),
            restating_links: n.restating_links.iter().map(|p| words(p)).collect(),
            age_words: n.age_words.iter().map(|p| words(p)).collect(),
            age_group_nouns: set(n.age_group_nouns),
            age_group_bounds: set(n.age_group_bounds),
            age_endings: set(n.age_endings),
            apart_compound_heads: set(n.apart_compound_heads),
            tally_words: set(n.tally_words),
            age_unit: n.age_unit,
            measures: measure_spellings(u.measures),
            cased_measures: cased_measure_spellings(u.cased_measures),
            part_measures: cased_measure_spellings(u.part_measures),
            units_before: measure_spellings(u.units_before),
            per_time: u.per_time.into_map(),
            separate_dimensions: set(u.separate_dimensions),
            uncounted_dimensions: set(u.uncounted_dimensions),
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
            rate_adverbs: u
                .rate_adverbs
                .into_map()
                .into_iter()
                .map(|(w, s)| (w.to_lowercase(), Per::Seconds(s)))
                .collect(),
            percent_rate_period: Per::Seconds(u.percent_rate_period),
            rate_blockers: u.rate_blockers.iter().map(|p| words(p)).collect(),
            currency_rate_joiners: u.currency_rate_joiners.iter().map(|p| words(p)).collect(),
            fused_units: u.fused_units.iter().map(|w| w.to_lowercase()).collect(),
            multiple_words: u.multiple_words.into_map(),
            occasion_units: set(u.occasion_units),
            occasion_followers: set(u.occasion_followers),
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
            weekday_name_heads: set(d.weekday_name_heads),
            weekday_name_modifiers: set(d.weekday_name_modifiers),
            weekday_name_relatives: set(d.weekday_name_relatives),
            future_cues: d.future_cues.iter().map(|p| words(p)).collect(),
            verb_taking_cues: set(d.verb_taking_cues),
            forward_words: set(d.forward_words),
            past_modal_cues: d.past_modal_cues.iter().map(|p| words(p)).collect(),
            verb_group_words: set(d.verb_group_words),
            reporting_verbs: set(d.reporting_verbs),
            relative_days: d.relative_days.into_map(),
            day_shifts: d.day_shifts.into_map(),
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
            bound_year_prepositions: set(d.bound_year_prepositions),
            security_nouns: set(d.security_nouns),
            year_spans: d.year_spans.into_map(),
            year_determiners: set(d.year_determiners),
            clause_year_prepositions: set(d.clause_year_prepositions),
            clause_year_nouns: set(d.clause_year_nouns),
            measure_stand_ins: set(d.measure_stand_ins),
            year_object_verbs: set(d.year_object_verbs),
            period_end_words: set(d.period_end_words),
            span_edge_nouns: set(d.span_edge_nouns),
            year_naming_verbs: set(d.year_naming_verbs),
            year_naming_complements: set(d.year_naming_complements),
            year_expecting_verbs: set(d.year_expecting_verbs),
            copulas: set(d.copulas),
            year_subject_auxiliaries: set(d.year_subject_auxiliaries),
            count_words: set(d.count_words),
            holder_nouns: set(d.holder_nouns),
            account_nouns: set(d.account_nouns),
            span_measures: set(d.span_measures),
            level_nouns: set(d.level_nouns),
            other_time_nouns: set(d.other_time_nouns),
            decade_parts: d.decade_parts.into_map(),
            decade_words: d.decade_words.into_map(),
            year_parts: d.year_parts.into_map(),
            seasons: d.seasons.into_map(),
            calendar_words: set(d.calendar_words),
            verb_forms: d.verb_forms.into_map(),
            placing_words: set(d.placing_words),
            bare_date_prepositions: set(d.bare_date_prepositions),
            bare_date_adverbs: set(d.bare_date_adverbs),
            month_prepositions: set(d.month_prepositions),
            period_ordinals: d.period_ordinals.into_map(),
            period_units: d.period_units.into_map(),
            period_letters: d.period_letters.into_map(),
            period_blockers: set(d.period_blockers),
            office_changing: set(t.office_changing),
            former: set([t.former, t.ending_participles.clone()].concat()),
            ending_participles: set(t.ending_participles),
            title_words: set(t.title_words),
            honorifics: set(t.honorifics),
            stop_words: set(t.stop_words),
            plain_verbs: set(t.plain_verbs),
            connectors: set(t.connectors),
            generic_words: set(t.generic_words),
            kind_words: set(t.kind_words),
            company_kinds: set(t.company_kinds),
            general_offices: set(t.general_offices),
            countries: groups(t.countries),
            country_phrases,
            central_government: set(t.central_government),
            ministries: groups(t.ministries),
            national_offices: by_country(t.national_offices),
            national_bodies: by_country(t.national_bodies),
            parties: set(t.parties),
            organisation_words: set(t.organisation_words),
            body_nouns: set(t.body_nouns),
            head_stand_ins: set(t.head_stand_ins),
            serving_posts: set(t.serving_posts),
            member_words: set(t.member_words),
            member_posts: set(t.member_posts),
            head_words: set(t.head_words),
            equivalent_words: t.equivalent_words.into_map(),
            ordinals: set(t.ordinals),
            rank_words: set(t.rank_words),
            rank_links: set(t.rank_links),
            finish_verbs: set(t.finish_verbs),
            title_counts: set(t.title_counts),
            seniority_words: set(t.seniority_words),
            chambers: set(t.chambers),
            judicial_styles: set(t.judicial_styles),
            domains: set(t.domains),
            office_words: office_words(&offices, &occupations),
            offices,
            walks,
            results,
            positions,
            one_word_roles,
            member_ranks,
            occupation_kinds,
            occupations_in_forms,
            concurrent_words: set(t.concurrent_words),
            present_words: set(t.present_words),
            aside_participles: set(t.aside_participles),
            repeat_adverbs: set(t.repeat_adverbs),
            occupations,
            grades: set(t.grades),
            profession_grades: set(t.profession_grades),
            negations: set(t.negations),
            role_endings: t.role_endings,
            fused_prefixes: t.fused_prefixes,
            post_prepositions: set(t.post_prepositions),
            person_prepositions: set(t.person_prepositions),
            employer_prepositions: set(t.employer_prepositions),
            employers_after_a_name: set(t.employers_after_a_name),
            descriptors: set(t.descriptors),
            prepositions: set(t.prepositions),
            dating_prepositions: set(t.dating_prepositions),
            determiners: set(t.determiners),
            role_prepositions: set(t.role_prepositions),
            auxiliaries: set(t.auxiliaries),
            clause_openers: set(t.clause_openers),
            staying_verbs: set(t.staying_verbs),
            becoming_verbs: set(t.becoming_verbs),
            past_copulas: set(t.past_copulas),
            succession_words: set(t.succession_words),
            succession_verbs: set(t.succession_verbs),
            nationality_endings: t.nationality_endings,
            degree_words: set(t.degree_words),
            sentence_adverbs: set(t.sentence_adverbs),
            common_names: names.common_names.into_iter().collect(),
            given_names_not_surnames: names.given_names_not_surnames.into_iter().collect(),
            given_names_also_surnames: names.given_names_also_surnames.into_iter().collect(),
            not_person_words: names.not_person_words.into_iter().collect(),
            confusable_name_words: groups(names.confusable_name_words),
            given_name_spellings: groups(names.given_name_spellings),
            sound_alike_endings: groups(names.sound_alike_endings),
            sound_alike_openings: groups(names.sound_alike_openings),
            sound_alike_spellings: names.sound_alike_spellings,
            look_alike_letters: names.look_alike_letters,
            derived_endings: names.derived_endings,
            body_kind_words: names.body_kind_words.into_iter().collect(),
            company_suffixes: names.company_suffixes.into_iter().collect(),
            compound_tails: names.compound_tails.into_iter().collect(),
            surname_particles: names.surname_particles.into_iter().collect(),
            word_classes: HashMap::default(),
            future_cue_starts: HashMap::default(),
            weekday_openings: Vec::new(),
            weekday_initials: [false; 256],
        };
        lexicon.word_classes = lexicon.classify_words();
        lexicon.future_cue_starts = by_first_word(&lexicon.future_cues);
        for opening in lexicon.weekdays.keys().filter_map(|w| Opening::of(w)) {
            if !lexicon.weekday_openings.contains(&opening) {
                lexicon.weekday_openings.push(opening);
                lexicon.weekday_initials[(opening.bytes & 0x7f) as usize] = true;
            }
        }
        lexicon
    }

    /// The one table of [`Lexicon::word_class`]: each table an extractor starts a reading
    /// from, with the class of reading it starts.
    fn classify_words(&self) -> HashMap<String, WordClass> {
        let mut classes: HashMap<String, WordClass> = HashMap::default();
        let mut mark = |words: &mut dyn Iterator<Item = &String>, bit: WordClass| {
            for w in words {
                *classes.entry(w.to_lowercase()).or_default() |= bit;
            }
        };
        let first = |phrases: &[Vec<String>]| phrases.iter().filter_map(|p| p.first()).cloned().collect::<Vec<_>>();
        let last = |phrases: &[Vec<String>]| phrases.iter().filter_map(|p| p.last()).cloned().collect::<Vec<_>>();
        let number_phrases: Vec<Vec<String>> = self.number_phrases.iter().map(|(p, _)| p.clone()).collect();
        let vague_counts: Vec<Vec<String>> = self.vague_counts.iter().map(|(p, _)| p.clone()).collect();
        let articles = ["a".to_string(), "an".to_string()];
        // numbers: a currency sign, a number phrase, a fraction, a numerator before one, a unit
        // or a ten ("forty")
        mark(&mut self.currency_symbols.keys(), class::NUMBER);
        mark(&mut first(&number_phrases).iter(), class::NUMBER);
        mark(&mut self.fractions.keys(), class::NUMBER);
        mark(&mut self.ordinal_places.keys(), class::NUMBER);
        mark(&mut self.value_only_places.keys(), class::NUMBER);
        mark(&mut articles.iter(), class::NUMBER);
        mark(&mut self.number_units.keys(), class::NUMBER | class::DATE);
        mark(&mut self.number_tens.keys(), class::NUMBER | class::DATE);
        let fused: Vec<String> = (self.number_units.keys().chain(self.number_tens.keys()))
            .flat_map(|n| self.fused_units.iter().map(move |unit| format!("{n}{unit}")))
            .collect();
        mark(&mut fused.iter(), class::NUMBER);
        mark(&mut self.multiple_words.keys(), class::NUMBER);
        // dates: a weekday, a month, a relative day or direction, a vague count, a part of a
        // year, a season or an ordinal of a period of one, the last word of a preposition
        // before a year
        mark(&mut self.weekdays.keys(), class::DATE);
        mark(&mut self.months.keys(), class::DATE);
        mark(&mut self.relative_days.keys(), class::DATE);
        mark(&mut self.relative_directions.keys(), class::DATE);
        mark(&mut first(&vague_counts).iter(), class::DATE);
        mark(&mut self.year_parts.keys(), class::DATE);
        mark(&mut self.decade_words.keys(), class::DATE);
        mark(&mut self.seasons.keys(), class::DATE);
        mark(&mut self.period_ordinals.keys(), class::DATE);
        mark(&mut last(&self.year_prepositions).iter(), class::DATE);
        mark(&mut last(&self.loose_year_prepositions).iter(), class::DATE);
        mark(&mut self.year_spans.keys(), class::DATE);
        let measures: Vec<Vec<String>> = self.measures.iter().map(|(p, _)| p.clone()).collect();
        let qualifiers: Vec<Vec<String>> = self.qualifiers.iter().map(|(p, _)| p.clone()).collect();
        mark(&mut first(&self.percent_words).iter(), class::UNIT);
        mark(&mut first(&measures).iter(), class::UNIT);
        mark(&mut last(&qualifiers).iter(), class::QUALIFIER_END);
        mark(&mut first(&self.future_cues).iter(), class::FUTURE_CUE);
        classes
    }

    /// The classes of reading a token whose lower-case form is `lower` may start. A
    /// hyphenated or possessive word ("forty-three", "Tuesday's") may start any: its parts
    /// are read apart.
    /// Whether a lower-case word is a number written as a word, a unit or a ten ("three",
    /// "twelve", "forty"), or a part of one joined by hyphens ("forty" of "forty-three").
    pub(crate) fn is_number_part(&self, lower: &str) -> bool {
        self.number_units.contains_key(lower) || self.number_tens.contains_key(lower)
    }

    pub(crate) fn word_class(&self, lower: &str) -> WordClass {
        if has_joining_mark(lower) {
            return class::ANY;
        }
        self.word_classes.get(lower).copied().unwrap_or(0)
    }

    /// The future cues whose first word is `word` (in lower case).
    pub(crate) fn future_cues_starting(&self, word: &str) -> impl Iterator<Item = &[String]> {
        let places = self.future_cue_starts.get(word).map_or(&[][..], Vec::as_slice);
        places.iter().map(|&k| self.future_cues[k].as_slice())
    }

    /// Whether `word` (as written, any case) may be a weekday's name, as its first three bytes
    /// tell: false for most words, with no lower-case form made nor lookup; true for a word
    /// opening outside ASCII.
    pub(crate) fn may_be_a_weekday(&self, word: &str) -> bool {
        // the first byte alone rules out most words (asked of every word of every story)
        match word.as_bytes().first() {
            None => return false,
            Some(&b) if b.is_ascii() && !self.weekday_initials[usize::from(b | 0x20)] => return false,
            _ => {}
        }
        match Opening::of(word) {
            Some(opening) => self.weekday_openings.iter().any(|w| w.opens(opening)),
            None => true,
        }
    }

    /// A small word (a stop word or a connector), an honorific, a month or a weekday: a word
    /// that names nobody and nothing even when capitalised (`lower` is its lower-case form).
    pub(crate) fn is_small_or_calendar_word(&self, lower: &str) -> bool {
        self.stop_words.contains(lower)
            || self.connectors.contains(lower)
            || self.honorifics.contains(lower)
            || self.months.contains_key(lower)
            || self.weekdays.contains_key(lower)
    }

    /// A title word in its canonical spelling ("Defense" -> "defence", "U.S." -> "us"), a
    /// possessive kept on the canonical words ("USDA's" -> "us agriculture's", "Fed's" ->
    /// "federal reserve's"), so an owner's abbreviation reads as it does bare.
    pub(crate) fn canonical_word(&self, word: &str) -> String {
        let lower = word.to_lowercase();
        if let Some(canon) = self.equivalent_words.get(&lower) {
            return canon.clone();
        }
        let owner = ["'s", "’s"].iter().find_map(|s| Some((lower.strip_suffix(s)?, s)));
        match owner.and_then(|(bare, s)| Some((self.equivalent_words.get(bare)?, s))) {
            Some((canon, s)) => format!("{canon}{s}"),
            None => lower.replace('.', ""),
        }
    }
}

/// Whether `word` holds a hyphen or an apostrophe (straight or curly): read by bytes, as most
/// words hold none (every token of a story naming a weekday is asked); the curly one's first
/// byte (0xE2, shared with other marks) sends the word to the exact test.
fn has_joining_mark(word: &str) -> bool {
    word.bytes().any(|b| matches!(b, b'-' | b'\'' | 0xE2)) && word.contains(['-', '\'', '’'])
}

/// Honorifics and the words of a post not yet begun (`rules/honorifics.yaml`), apart from the
/// title lexicon because only people with `honorific:` or `posts:` need them.
pub struct PostLexicon {
    /// Each written form ("doctor", "prof") -> its canonical honorific ("dr", "professor").
    pub honorific_forms: HashMap<String, String>,
    /// Canonical honorifics a spouse takes ("lady" beside "Lord Butler").
    pub spouse_honorifics: HashSet<String>,
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
            spouse_honorifics: set(file.spouse_honorifics),
            future_markers: set(file.future_markers),
            elect_months: file.elect_months,
        }
    })
}

/// The canonical honorific of a written one ("Dr." -> "dr", "Prof" -> "professor").
pub fn canonical_honorific(word: &str) -> Option<String> {
    canonical_honorific_of_lower(&word.to_lowercase()).map(str::to_owned)
}

/// As [`canonical_honorific`], of a word already in lower case (a token's `Doc::lower_at`):
/// nothing is copied. The names' search asks it of every capitalised word.
pub(crate) fn canonical_honorific_of_lower(lower: &str) -> Option<&'static str> {
    // lowering a word never makes or unmakes its trailing dots, so they are trimmed after
    post_lexicon()
        .honorific_forms
        .get(lower.trim_end_matches('.'))
        .map(String::as_str)
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
    /// "called", "criticised": speech verbs whose person after them is their object.
    pub object_verbs: HashSet<String>,
    /// "was", "would": a verb right after the name after a speech verb, whose subject it is.
    pub reported_clause_verbs: HashSet<String>,
    /// "he", "they": a subject before a speech verb, so the name after it is spoken to.
    pub subject_pronouns: HashSet<String>,
    /// "warning", "saying": speech after a comma, spoken by the subject of the sentence.
    pub speech_participles: HashSet<String>,
    /// "mp", "msp": letters after a name, in capitals, between a speaker and the verb.
    pub post_nominals: HashSet<String>,
    /// "was", "also": helping words between a subject and its speech verb.
    pub verb_helpers: HashSet<String>,
    /// "ally", "family": nouns in "-ly", no adverbs between a subject and its verb.
    pub not_adverbs: HashSet<String>,
    pub pronouns: HashSet<String>,
    /// "correspondent", "source": a described speaker who holds no office.
    pub speaker_nouns: HashSet<String>,
    /// "of", "he": words before a name that make it no subject of its sentence.
    pub not_subject_after: HashSet<String>,
    /// "for", "to": words before a name that make it some other speaker's relation.
    pub relation_prepositions: HashSet<String>,
    /// "of", "at": words opening the body a speaker belongs to, between the name and the verb.
    pub affiliation_prepositions: HashSet<String>,
    pub min_words: usize,
    /// A short quote of at least this many words may be a part of a longer known quote.
    pub min_part_words: usize,
    /// A short quote that is a whole sentence of at least this many words is compared with
    /// the sentences of longer known quotes.
    pub min_sentence_words: usize,
    /// A sentence quoted whole but for at most this many last words is cut short.
    pub max_dropped_tail: usize,
    pub max_edits: usize,
    pub words_per_edit: usize,
    /// One stretch of at most this many known words, words kept on both sides, may be replaced
    /// in a close quote however many edits it takes.
    pub max_replaced_words: usize,
    /// Two words opening on this many same letters are forms of one root.
    pub root_letters: usize,
    /// Two words of at least this many letters one letter apart are one word respelt.
    pub respelt_min_letters: usize,
    /// Prefixes that make a word its opposite ("un" in "unsuccessful").
    pub negating_prefixes: Vec<String>,
    /// Words that alone do not make two short quotes one phrase.
    pub weak_words: HashSet<String>,
    /// A word -> the word it is the same as in a quote ("an" -> "a").
    pub same_words: HashMap<String, String>,
    /// British endings and their American spellings ("tre" -> "ter"), longest first, for words
    /// of at least `spelling_min_letters` letters.
    pub spelling_variants: Vec<(String, String)>,
    pub spelling_min_letters: usize,
}

pub fn quote_lexicon() -> &'static QuoteLexicon {
    static QUOTE_WORDS: OnceLock<QuoteLexicon> = OnceLock::new();
    QUOTE_WORDS.get_or_init(|| {
        let file: QuoteFile = compiled_rules!("quotes");
        QuoteLexicon {
            speech_verbs: set(file.speech_verbs),
            object_verbs: set(file.object_verbs),
            reported_clause_verbs: set(file.reported_clause_verbs),
            subject_pronouns: set(file.subject_pronouns),
            speech_participles: set(file.speech_participles),
            post_nominals: set(file.post_nominals),
            verb_helpers: set(file.verb_helpers),
            not_adverbs: set(file.not_adverbs),
            pronouns: set(file.pronouns),
            speaker_nouns: set(file.speaker_nouns),
            not_subject_after: set(file.not_subject_after),
            relation_prepositions: set(file.relation_prepositions),
            affiliation_prepositions: set(file.affiliation_prepositions),
            min_words: file.min_words,
            min_part_words: file.min_part_words,
            min_sentence_words: file.min_sentence_words,
            max_dropped_tail: file.max_dropped_tail,
            max_edits: file.max_edits,
            words_per_edit: file.words_per_edit.max(1),
            max_replaced_words: file.max_replaced_words,
            root_letters: file.root_letters,
            respelt_min_letters: file.respelt_min_letters,
            negating_prefixes: file.negating_prefixes,
            weak_words: set(file.weak_words),
            same_words: file.same_words.into_map(),
            spelling_variants: {
                let mut endings = file.spelling_variants.0;
                endings.sort_by_key(|(british, _)| std::cmp::Reverse(british.len()));
                endings
            },
            spelling_min_letters: file.spelling_min_letters,
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
    fn every_key_of_the_files_can_be_extended() {
        let files = [
            ("qualifiers", include_str!("../../../rules/qualifiers.yaml")),
            ("numbers", include_str!("../../../rules/numbers.yaml")),
            ("dates", include_str!("../../../rules/dates.yaml")),
            ("units", include_str!("../../../rules/units.yaml")),
            ("titles", include_str!("../../../rules/titles.yaml")),
            ("names", include_str!("../../../rules/names.yaml")),
        ];
        let mut keys: Vec<(String, &str)> = Vec::new();
        for (file, text) in files {
            let top: serde_json::Value = serde_saphyr::from_str(text).unwrap();
            keys.extend(top.as_object().unwrap().keys().map(|k| (k.clone(), file)));
        }
        let mut names: Vec<(String, &str)> = LEXICON_NAMES.iter().map(|(n, f)| (n.to_string(), *f)).collect();
        keys.sort();
        names.sort();
        assert_eq!(names, keys);
    }

    fn extension(yaml: &str) -> Extension {
        let mut options = serde_saphyr::Options::default();
        options.strict_booleans = true;
        serde_saphyr::from_str_with_options(yaml, options).unwrap()
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
        assert_ne!(lex.fingerprint(), Lexicon::builtin().fingerprint());
        assert!(
            !Lexicon::builtin().title_words.contains("sheriff"),
            "the built-in one is untouched"
        );
    }

    #[test]
    fn an_extension_names_lexicons_and_writes_them_as_their_files_do() {
        let e = Lexicon::extended(&extension("titel_words: [sheriff]\n")).unwrap_err();
        assert_eq!(e.name, "titel_words");
        assert!(e.help.starts_with("did you mean `title_words`?"), "{}", e.help);
        let e = Lexicon::extended(&extension("offices: {sheriff: 1}\n")).unwrap_err();
        assert!(
            e.message
                .starts_with("`offices` is not written as in rules/titles.yaml"),
            "{}",
            e.message
        );
        let e = Lexicon::extended(&extension("scales: {gazillion: lots}\n")).unwrap_err();
        assert!(
            e.message
                .starts_with("`scales` is not written as in rules/numbers.yaml"),
            "{}",
            e.message
        );
    }

    #[test]
    fn every_office_and_occupation_phrase_is_listed_under_its_first_and_last_words() {
        // the titles' reader tries at a word only the phrases listed under it ("managing
        // director" under "managing" as starting there, under "director" as ending there), in
        // the table's order, longest first; a word found only inside phrases is known too
        let lex = lexicon();
        for (roles, table) in [(Roles::Offices, &lex.offices), (Roles::Occupations, &lex.occupations)] {
            for (place, (phrase, _)) in table.iter().enumerate() {
                let (first, last) = (
                    &lex.office_words[&phrase[0]],
                    &lex.office_words[&phrase[phrase.len() - 1]],
                );
                for listed in [first.starting.of(roles), last.ending.of(roles)] {
                    assert!(listed.contains(&place), "{phrase:?}");
                    assert!(listed.windows(2).all(|w| w[0] < w[1]), "{phrase:?}: in order");
                }
                assert!(phrase.iter().all(|w| lex.office_words.contains_key(w)));
            }
        }
        let in_none =
            (lex.office_words.values()).filter(|w| w.starting == Places::default() && w.ending == Places::default());
        assert!(in_none.count() > 0, "words inside phrases only are known too");
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
        assert!(
            lex.qualifiers.windows(2).all(|w| w[0].0.len() >= w[1].0.len()),
            "longest qualifiers come first"
        );
        assert_eq!(lex.offices[0].0.len(), 3, "longest office phrases come first");
        assert!(lex.common_names.contains("Kerr"));
    }

    #[test]
    fn every_walk_of_life_lists_offices_by_name() {
        let files = LexiconFiles::compiled();
        let offices: Vec<Vec<String>> = files.titles.offices.iter().flatten().map(|p| words(p)).collect();
        for (walk, names) in &files.titles.walks.0 {
            for name in names {
                assert!(
                    offices.contains(&words(name)),
                    "`{name}` in the walk `{walk}` is no office"
                );
            }
        }
    }

    #[test]
    fn every_result_is_an_office() {
        let lex = Lexicon::builtin();
        let files = LexiconFiles::compiled();
        assert_eq!(
            lex.results.len(),
            files.titles.results.len(),
            "each of `results` names an office"
        );
    }

    #[test]
    fn every_position_is_an_office() {
        let lex = Lexicon::builtin();
        let files = LexiconFiles::compiled();
        assert_eq!(
            lex.positions.len(),
            files.titles.positions.len(),
            "each of `positions` names an office"
        );
    }

    #[test]
    fn every_occupation_kind_is_an_occupation() {
        let lex = Lexicon::builtin();
        let files = LexiconFiles::compiled();
        let kinds: usize = files
            .titles
            .occupation_kinds
            .0
            .iter()
            .map(|(_, kinds)| kinds.len())
            .sum();
        assert_eq!(
            lex.occupation_kinds.len(),
            kinds,
            "each of `occupation_kinds` names occupations"
        );
        assert_eq!(
            lex.occupations_in_forms.len(),
            files.titles.occupations_in_forms.0.len(),
            "each of `occupations_in_forms` names an occupation"
        );
    }

    #[test]
    fn every_member_rank_is_an_office() {
        let files = LexiconFiles::compiled();
        let offices: Vec<Vec<String>> = files.titles.offices.iter().flatten().map(|p| words(p)).collect();
        for (body, ranks) in &files.titles.member_ranks.0 {
            for rank in ranks {
                assert!(
                    offices.contains(&words(rank)),
                    "`{rank}` of the body `{body}` is no office"
                );
            }
        }
    }

    #[test]
    fn canonical_words_fold_spelling_variants() {
        let lex = lexicon();
        assert_eq!(lex.canonical_word("Defense"), "defence");
        assert_eq!(lex.canonical_word("U.S."), "us");
        // reuters21578/06941: "Melvin Sims, USDA's general sales manager" for `USDA General
        // Sales Manager`: the owner's abbreviation spelt out as the bare one is
        assert_eq!(lex.canonical_word("USDA's"), "us agriculture's");
        assert_eq!(lex.canonical_word("Fed’s"), "federal reserve’s");
    }

    #[test]
    fn every_future_cue_is_found_by_its_first_word_alone() {
        let lex = lexicon();
        for cue in &lex.future_cues {
            let found: Vec<&[String]> = lex.future_cues_starting(&cue[0]).collect();
            assert!(found.contains(&cue.as_slice()), "{cue:?}");
            assert!(found.iter().all(|c| c[0] == cue[0]), "{cue:?}");
        }
        let listed = |word: &str| lex.future_cues.iter().filter(|c| c[0] == word).count();
        assert_eq!(lex.future_cues_starting("will").count(), listed("will"));
        assert!(listed("will") > 0);
        assert_eq!(lex.future_cues_starting("said").count(), 0);
    }

    #[test]
    fn a_weekday_is_ruled_out_by_its_first_three_bytes_alone() {
        let lex = lexicon();
        for name in lex.weekdays.keys() {
            for written in [
                name.clone(),
                name.to_uppercase(),
                format!("{name}'s"),
                format!("{name}’s"),
            ] {
                assert!(lex.may_be_a_weekday(&written), "{written}");
            }
        }
        for word in ["The", "said", "Sales", "to", "W", ""] {
            assert!(!lex.may_be_a_weekday(word), "{word}");
        }
        // a word opening as one does may be one; one opening outside ASCII is asked
        assert!(lex.may_be_a_weekday("month") && lex.may_be_a_weekday("Éte"));
        // a name shorter than three bytes opens its longer words too
        let short = Opening::of("mo").unwrap();
        assert!(short.opens(Opening::of("Mon").unwrap()) && short.opens(Opening::of("mo").unwrap()));
        assert!(!short.opens(Opening::of("m").unwrap()) && !short.opens(Opening::of("ma").unwrap()));
    }

    #[test]
    fn an_honorific_is_read_alike_from_its_lower_case_form() {
        assert_eq!(canonical_honorific_of_lower("dr."), Some("dr"));
        assert_eq!(canonical_honorific("Dr."), Some("dr".to_string()));
        assert_eq!(canonical_honorific_of_lower("prof"), Some("professor"));
        assert_eq!(canonical_honorific_of_lower("government"), None);
    }

    #[test]
    fn joining_marks_are_found_by_bytes_and_confirmed() {
        assert!(has_joining_mark("forty-three"));
        assert!(has_joining_mark("tuesday's"));
        assert!(has_joining_mark("tuesday’s"));
        // an en dash shares the curly apostrophe's first byte, and joins nothing
        assert!(!has_joining_mark("1990–91"));
        assert!(!has_joining_mark("tuesday"));
        assert!(!has_joining_mark("zürich"));
    }
}
