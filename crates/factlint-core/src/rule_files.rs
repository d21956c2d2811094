//! The built-in lexicons' files as serde reads them: from YAML by the build script, which
//! stores them as postcard bytes, and from those bytes at run time (see `lexicon`), so no run
//! parses YAML for its rules.
//!
//! Included by `build.rs` as well as compiled into the crate, so it names nothing else of it.

use rustc_hash::FxHashMap as HashMap;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::marker::PhantomData;

/// A YAML mapping in the file's order. The lexicon builds its tables by inserting the entries
/// in that order, as a parse of the YAML straight into a table does: the phrase lists made
/// from a table keep its iteration order among phrases of one length, so the order must be
/// the same whichever way the rules are read.
pub struct InOrder<V>(pub Vec<(String, V)>);

impl<V> InOrder<V> {
    /// The entries as a table, inserted in the file's order.
    pub fn into_map(self) -> HashMap<String, V> {
        let mut map = HashMap::default();
        for (key, value) in self.0 {
            map.insert(key, value);
        }
        map
    }
}

impl<V> InOrder<InOrder<V>> {
    /// A mapping of mappings as tables, each inserted in the file's order.
    pub fn into_nested_map(self) -> HashMap<String, HashMap<String, V>> {
        InOrder(self.0.into_iter().map(|(k, inner)| (k, inner.into_map())).collect()).into_map()
    }
}

impl<V: Serialize> Serialize for InOrder<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for InOrder<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = InOrder<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<InOrder<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = access.next_entry()? {
                    entries.push(entry);
                }
                Ok(InOrder(entries))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

/// `rules/qualifiers.yaml`.
#[derive(Deserialize, Serialize)]
pub struct QualifierFile {
    pub lower_bound: Vec<String>,
    pub upper_bound: Vec<String>,
    pub approximate: Vec<String>,
    pub lowest_reached: Vec<String>,
    pub highest_reached: Vec<String>,
    pub lower_bound_suffixes: Vec<String>,
    pub lower_bound_after: Vec<String>,
    pub upper_bound_after: Vec<String>,
    pub approximate_after: Vec<String>,
    pub value_lead_words: Vec<String>,
    pub value_year_words: Vec<String>,
    pub value_period_endings: Vec<String>,
}

/// `rules/numbers.yaml`.
#[derive(Deserialize, Serialize)]
pub struct NumberFile {
    pub units: InOrder<u64>,
    pub tens: InOrder<u64>,
    pub phrases: InOrder<u64>,
    pub scales: InOrder<u64>,
    pub fractions: InOrder<u64>,
    pub fractions_before_a_unit: Vec<String>,
    pub price_denominators: Vec<String>,
    pub vulgar_fractions: InOrder<f64>,
    pub ordinal_places: InOrder<u64>,
    pub value_only_places: InOrder<u64>,
    pub point_words: Vec<String>,
    pub emphasis: Vec<String>,
    pub proportion_blockers: Vec<String>,
    pub proportion_followers: Vec<String>,
    pub currency_symbols: InOrder<String>,
    pub currency_words: InOrder<String>,
    pub currency_parts: InOrder<f64>,
    pub percent_words: Vec<String>,
    pub time_units: Vec<String>,
    pub label_words: Vec<String>,
    pub position_words: Vec<String>,
    pub span_words: Vec<String>,
    pub article_units: Vec<String>,
    pub article_unit_qualifiers: Vec<String>,
    pub money_nouns: Vec<String>,
    pub money_descriptors: Vec<String>,
    pub count_nouns: Vec<String>,
    pub proportion_conjunctions: Vec<String>,
    pub qualified_proportion_followers: Vec<String>,
    pub restating_links: Vec<String>,
    pub age_words: Vec<String>,
    pub age_group_nouns: Vec<String>,
    pub age_group_bounds: Vec<String>,
    pub age_endings: Vec<String>,
    pub apart_compound_heads: Vec<String>,
    pub tally_words: Vec<String>,
    pub age_unit: String,
    pub lone_value_words: InOrder<u64>,
}

/// `rules/units.yaml`.
#[derive(Deserialize, Serialize)]
pub struct UnitFile {
    pub measures: InOrder<InOrder<f64>>,
    pub cased_measures: InOrder<InOrder<f64>>,
    pub part_measures: InOrder<InOrder<f64>>,
    pub units_before: InOrder<InOrder<f64>>,
    pub per_time: InOrder<String>,
    pub separate_dimensions: Vec<String>,
    pub uncounted_dimensions: Vec<String>,
    pub percent_dimensions: Vec<String>,
    pub rate_joiners: Vec<String>,
    pub time_rates: InOrder<f64>,
    pub thing_rates: InOrder<String>,
    pub rate_adverbs: InOrder<f64>,
    pub percent_rate_period: f64,
    pub rate_blockers: Vec<String>,
    pub currency_rate_joiners: Vec<String>,
    pub fused_units: Vec<String>,
    pub multiple_words: InOrder<u64>,
    pub occasion_units: Vec<String>,
    pub occasion_followers: Vec<String>,
    pub currency_countries: InOrder<InOrder<String>>,
}

/// `rules/dates.yaml`.
#[derive(Deserialize, Serialize)]
pub struct DateFile {
    pub months: InOrder<u32>,
    pub weekdays: InOrder<u32>,
    pub weekday_name_heads: Vec<String>,
    pub weekday_name_modifiers: Vec<String>,
    pub weekday_name_relatives: Vec<String>,
    pub future_cues: Vec<String>,
    pub verb_taking_cues: Vec<String>,
    pub forward_words: Vec<String>,
    pub past_modal_cues: Vec<String>,
    pub verb_group_words: Vec<String>,
    pub reporting_verbs: Vec<String>,
    pub relative_days: InOrder<i64>,
    pub day_shifts: InOrder<i64>,
    pub relative_units: InOrder<String>,
    pub relative_directions: InOrder<i64>,
    pub elapsed_units: InOrder<ElapsedFile>,
    pub vague_counts: InOrder<(u32, u32)>,
    pub nearly_qualifiers: Vec<String>,
    pub year_prepositions: Vec<String>,
    pub loose_year_prepositions: Vec<String>,
    pub bound_year_prepositions: Vec<String>,
    pub security_nouns: Vec<String>,
    pub year_spans: InOrder<Vec<String>>,
    pub year_determiners: Vec<String>,
    pub clause_year_prepositions: Vec<String>,
    pub clause_year_nouns: Vec<String>,
    pub measure_stand_ins: Vec<String>,
    pub year_object_verbs: Vec<String>,
    pub period_end_words: Vec<String>,
    pub span_edge_nouns: Vec<String>,
    pub year_naming_verbs: Vec<String>,
    pub year_naming_complements: Vec<String>,
    pub year_expecting_verbs: Vec<String>,
    pub copulas: Vec<String>,
    pub year_subject_auxiliaries: Vec<String>,
    pub count_words: Vec<String>,
    pub holder_nouns: Vec<String>,
    pub account_nouns: Vec<String>,
    pub span_measures: Vec<String>,
    pub level_nouns: Vec<String>,
    pub other_time_nouns: Vec<String>,
    pub decade_parts: InOrder<(i32, i32)>,
    pub decade_words: InOrder<i32>,
    pub year_parts: InOrder<(u32, u32)>,
    pub seasons: InOrder<(u32, u32)>,
    pub calendar_words: Vec<String>,
    pub verb_forms: InOrder<String>,
    pub placing_words: Vec<String>,
    pub bare_date_prepositions: Vec<String>,
    pub bare_date_adverbs: Vec<String>,
    pub month_prepositions: Vec<String>,
    pub period_ordinals: InOrder<i64>,
    pub period_units: InOrder<u32>,
    pub period_letters: InOrder<u32>,
    pub period_blockers: Vec<String>,
}

/// One unit of `elapsed_units` in `rules/dates.yaml`.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ElapsedFile {
    #[serde(default)]
    pub days: u32,
    #[serde(default)]
    pub months: u32,
}

/// `rules/titles.yaml`.
#[derive(Deserialize, Serialize)]
pub struct TitleFile {
    pub office_changing: Vec<String>,
    pub former: Vec<String>,
    pub ending_participles: Vec<String>,
    pub title_words: Vec<String>,
    pub honorifics: Vec<String>,
    pub stop_words: Vec<String>,
    pub plain_verbs: Vec<String>,
    pub connectors: Vec<String>,
    pub generic_words: Vec<String>,
    pub kind_words: Vec<String>,
    pub company_kinds: Vec<String>,
    pub general_offices: Vec<String>,
    pub countries: Vec<Vec<String>>,
    pub ministries: Vec<Vec<String>>,
    pub national_offices: InOrder<InOrder<String>>,
    pub national_bodies: InOrder<InOrder<String>>,
    pub central_government: Vec<String>,
    pub parties: Vec<String>,
    pub organisation_words: Vec<String>,
    pub body_nouns: Vec<String>,
    pub head_stand_ins: Vec<String>,
    pub serving_posts: Vec<String>,
    pub member_words: Vec<String>,
    pub member_posts: Vec<String>,
    pub head_words: Vec<String>,
    pub equivalent_words: InOrder<String>,
    pub ordinals: Vec<String>,
    pub rank_words: Vec<String>,
    pub rank_links: Vec<String>,
    pub finish_verbs: Vec<String>,
    pub title_counts: Vec<String>,
    pub seniority_words: Vec<String>,
    pub chambers: Vec<String>,
    pub judicial_styles: Vec<String>,
    pub domains: Vec<String>,
    pub offices: Vec<Vec<String>>,
    pub walks: InOrder<Vec<String>>,
    pub results: Vec<String>,
    pub positions: Vec<String>,
    pub occupations: Vec<Vec<String>>,
    pub grades: Vec<String>,
    pub profession_grades: Vec<String>,
    pub negations: Vec<String>,
    pub role_endings: Vec<String>,
    pub fused_prefixes: Vec<String>,
    pub post_prepositions: Vec<String>,
    pub person_prepositions: Vec<String>,
    pub employer_prepositions: Vec<String>,
    pub employers_after_a_name: Vec<String>,
    pub descriptors: Vec<String>,
    pub prepositions: Vec<String>,
    pub dating_prepositions: Vec<String>,
    pub determiners: Vec<String>,
    pub role_prepositions: Vec<String>,
    pub auxiliaries: Vec<String>,
    pub clause_openers: Vec<String>,
    pub staying_verbs: Vec<String>,
    pub becoming_verbs: Vec<String>,
    pub past_copulas: Vec<String>,
    pub succession_words: Vec<String>,
    pub succession_verbs: Vec<String>,
    pub nationality_endings: Vec<String>,
    pub degree_words: Vec<String>,
    pub sentence_adverbs: Vec<String>,
    pub member_ranks: InOrder<Vec<String>>,
    pub occupation_kinds: InOrder<Vec<String>>,
    pub occupations_in_forms: InOrder<String>,
    pub concurrent_words: Vec<String>,
    pub present_words: Vec<String>,
    pub aside_participles: Vec<String>,
    pub repeat_adverbs: Vec<String>,
}

/// `rules/names.yaml`.
#[derive(Deserialize, Serialize)]
pub struct NameFile {
    pub common_names: Vec<String>,
    pub given_names_not_surnames: Vec<String>,
    pub given_names_also_surnames: Vec<String>,
    pub not_person_words: Vec<String>,
    pub confusable_name_words: Vec<Vec<String>>,
    pub given_name_spellings: Vec<Vec<String>>,
    pub sound_alike_endings: Vec<Vec<String>>,
    pub sound_alike_openings: Vec<Vec<String>>,
    pub sound_alike_spellings: Vec<Vec<String>>,
    pub look_alike_letters: Vec<Vec<String>>,
    pub derived_endings: Vec<String>,
    pub body_kind_words: Vec<String>,
    pub company_suffixes: Vec<String>,
    pub compound_tails: Vec<String>,
    pub surname_particles: Vec<String>,
}

/// `rules/honorifics.yaml`.
#[derive(Deserialize, Serialize)]
pub struct HonorificFile {
    pub honorifics: std::collections::BTreeMap<String, Vec<String>>,
    pub spouse_honorifics: Vec<String>,
    pub future_markers: Vec<String>,
    pub elect_months: u32,
}

/// `rules/quotes.yaml`.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteFile {
    pub speech_verbs: Vec<String>,
    pub object_verbs: Vec<String>,
    pub reported_clause_verbs: Vec<String>,
    pub subject_pronouns: Vec<String>,
    pub speech_participles: Vec<String>,
    pub post_nominals: Vec<String>,
    pub verb_helpers: Vec<String>,
    pub not_adverbs: Vec<String>,
    pub pronouns: Vec<String>,
    pub speaker_nouns: Vec<String>,
    pub not_subject_after: Vec<String>,
    pub relation_prepositions: Vec<String>,
    pub affiliation_prepositions: Vec<String>,
    pub min_words: usize,
    pub min_part_words: usize,
    pub min_sentence_words: usize,
    pub max_dropped_tail: usize,
    pub max_edits: usize,
    pub words_per_edit: usize,
    pub max_replaced_words: usize,
    pub root_letters: usize,
    pub respelt_min_letters: usize,
    pub negating_prefixes: Vec<String>,
    pub weak_words: Vec<String>,
    pub same_words: InOrder<String>,
    pub spelling_min_letters: usize,
    pub spelling_variants: InOrder<String>,
}
