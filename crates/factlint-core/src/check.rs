//! The pipeline for one story: extract mentions, tie them to facts, compare, collect findings.

use crate::casing::{self, Casing};
use crate::compare::posts::{title_fits, Namesakes};
use crate::compare::quotes::{check_quote, credited_quotes, Named, QuoteIndex};
use crate::compare::titles::OrganisationWords;
use crate::compare::{dates as cmp_dates, figures as cmp_figures, honorifics, titles};
use crate::config::Config;
use crate::extract::dates::{
    extract_dates, names_a_weekday, placed_by, placed_date, shape as date_shape, DateExpr, DateMention, DateShape,
};
use crate::extract::honorifics::honorifics_before;
use crate::extract::numbers::{
    counted_noun, counted_others, counted_set_named, extract_numbers, gives_same_amount, is_bracketed_conversion,
    is_change, is_partitive, names_an_individual, range_across_conversion, restates_in_words, share_given_in_figures,
    NumberMention,
};
use crate::extract::organisations::OrgIndex;
use crate::extract::people::{strip_possessive, NameIndex, PeopleMentions, PersonMention};
use crate::extract::quotes::{extract_quotes, Attribution, QuoteMention};
use crate::facts::{Facts, Figure, Loc, Person};
use crate::finding::{Code, Finding};
use crate::lazy_list::Lazy;
use crate::lexicon::{lexicon, Per};
use crate::quantity::{Kind, Quantity};
use crate::story::Story;
use crate::text::Doc;
use crate::tie::{
    across_from_to, counts_another_thing, counts_its_own_across_a_quote, cue_word, distance, ends_in_link,
    equally_nearest, event_cue_forms_placed, figure_cue_forms, hits_near, in_one_phrase, is_ordinal_in_words,
    modified_by, names_a_place, names_age, names_the_set, nearest_distance, nearest_fact, nearest_per_cue,
    orders_within, reaches_rank, said_of_the_part, written_whole, CueForm, CueHit, CueIndex, Joined,
};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

/// What a check is told besides the facts: the dates that stand in for a dateline, and whether
/// numbers tied to no figure are reported.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// `--published`: wins over every other source of the dateline.
    pub published: Option<NaiveDate>,
    /// The config's `published:`: after the story's front matter, before the facts file's.
    pub config_published: Option<NaiveDate>,
    /// Report numbers tied to no figure (`unsourced-figure`).
    pub unsourced: bool,
}

/// Everything built from a set of facts once, then used for any number of stories.
pub struct Checker<'f> {
    facts: FactsRef<'f>,
    indexes: Indexes,
    quotes: QuoteIndex,
    organisation_words: OrganisationWords,
}

/// A run borrows its facts; a long-lived checker (the language server's, kept between
/// keystrokes because indexing a big who's-who costs more than checking a story) shares them.
enum FactsRef<'f> {
    Borrowed(&'f Facts),
    Shared(Arc<Facts>),
}

impl std::ops::Deref for FactsRef<'_> {
    type Target = Facts;

    fn deref(&self) -> &Facts {
        match self {
            FactsRef::Borrowed(facts) => facts,
            FactsRef::Shared(facts) => facts,
        }
    }
}

impl Checker<'static> {
    /// A checker that keeps its facts alive, for keeping beside them in a cache.
    pub fn shared(facts: Arc<Facts>) -> Checker<'static> {
        Checker::build(FactsRef::Shared(facts))
    }

    /// A checker from indexes built earlier for these facts (a cached copy).
    pub fn from_indexes(facts: Arc<Facts>, indexes: Indexes) -> Checker<'static> {
        Checker::with_indexes(FactsRef::Shared(facts), indexes)
    }
}

/// An event's cue written as a date after the words placing it: which event, those words
/// (lower case) and how the date is written.
#[derive(serde::Serialize, serde::Deserialize)]
struct PlacedDate {
    event: usize,
    placing: Vec<String>,
    shape: DateShape,
}

/// What a [`Checker`] builds from its facts, apart from them: serializable, so a big
/// who's-who's indexes can be cached beside its facts instead of built on every run.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Indexes {
    names: NameIndex,
    /// Read only for copy in one case: left encoded in a cached copy until then.
    casing: Lazy<Casing>,
    organisations: OrgIndex,
    namesakes: Namesakes,
    figure_cues: CueIndex,
    event_cues: CueIndex,
    /// Events' cues written as nothing but a date and the words placing it (`about: [to
    /// September 1957]`), found written whole by `placed_cues` (fact `k` is `placed_dates[k]`).
    placed_cues: CueIndex,
    placed_dates: Vec<PlacedDate>,
    /// Per figure, its `near` words as cue words.
    figure_near: Vec<Vec<Vec<String>>>,
}

impl Indexes {
    /// Indexes `facts`: names, organisations, namesakes and the figures' and events' cue words.
    pub fn new(facts: &Facts) -> Indexes {
        crate::lexicon::scoped(facts.lexicon(), || Indexes::build(facts))
    }

    fn build(facts: &Facts) -> Indexes {
        let figure_cues = CueIndex::with_forms(facts.figures.iter().map(|f| figure_cue_forms(&f.about, &f.value_text)));
        let event_cues = CueIndex::of_events(
            facts
                .events
                .iter()
                .map(|e| e.about.iter().flat_map(|a| event_cue_forms_placed(a)).collect()),
        );
        let placed: Vec<(PlacedDate, &String)> = facts
            .events
            .iter()
            .enumerate()
            .flat_map(|(event, e)| {
                e.about.iter().filter_map(move |a| {
                    let (placing, shape) = placed_date(a)?;
                    Some((PlacedDate { event, placing, shape }, a))
                })
            })
            .collect();
        let placed_cues = CueIndex::with_forms(placed.iter().map(|(_, a)| {
            vec![CueForm {
                phrase: a.to_string(),
                joined: Joined::Free,
            }]
        }));
        let placed_dates = placed.into_iter().map(|(p, _)| p).collect();
        let figure_near = facts
            .figures
            .iter()
            .map(|f| f.near.iter().flat_map(|n| near_phrase_forms(n)).collect())
            .collect();
        Indexes {
            names: NameIndex::new(&facts.people),
            casing: Casing::new(facts).into(),
            organisations: OrgIndex::new(
                &facts.organisations,
                facts
                    .people
                    .iter()
                    .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
                    .flat_map(|n| n.split_whitespace()),
            ),
            namesakes: Namesakes::new(&facts.people),
            figure_cues,
            event_cues,
            placed_cues,
            placed_dates,
            figure_near,
        }
    }
}

/// A figure's `near` phrase as the story's tokens read it, each word a cue word, in both
/// spellings of a dotted abbreviation in it: wire copy writes "U.S" as often as "U.S." (in
/// reuters21578/01926 "Trade with the U.S in 1986" and "total Japan-U.S. Trade"), and reads
/// "U.S" as three tokens, "U", "." and "S".
fn near_phrase_forms(phrase: &str) -> Vec<Vec<String>> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let other_spelling: Vec<String> = words.iter().map(|w| other_abbreviation_spelling(w)).collect();
    let tokens = |text: &str| -> Vec<String> { crate::text::tokens(text).iter().map(|t| cue_word(t.text())).collect() };
    let mut forms = vec![tokens(&words.join(" "))];
    if other_spelling.iter().zip(&words).any(|(o, w)| o != w) {
        forms.push(tokens(&other_spelling.join(" ")));
    }
    forms
}

/// "U.S" for "U.S." and "U.S." for "U.S": a dotted abbreviation (single letters between
/// dots) with its closing dot dropped or added; any other word as it is.
fn other_abbreviation_spelling(word: &str) -> String {
    let bare = word.strip_suffix('.').unwrap_or(word);
    let dotted = bare.contains('.')
        && bare
            .split('.')
            .all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic));
    match (dotted, bare.len() < word.len()) {
        (false, _) => word.to_string(),
        (true, true) => bare.to_string(),
        (true, false) => format!("{word}."),
    }
}

impl<'f> Checker<'f> {
    /// A checker for `facts`, which are indexed once here for every story checked with it.
    pub fn new(facts: &'f Facts) -> Checker<'f> {
        Checker::build(FactsRef::Borrowed(facts))
    }

    fn build(facts: FactsRef<'f>) -> Checker<'f> {
        let indexes = Indexes::new(&facts);
        Checker::with_indexes(facts, indexes)
    }

    fn with_indexes(facts: FactsRef<'f>, indexes: Indexes) -> Checker<'f> {
        // the quotes' index is linear in the quotes and cheap next to the names': not cached
        let quotes = QuoteIndex::new(&facts.quotes);
        // as cheap: the organisations a title may name, read in their title words
        let organisation_words =
            crate::lexicon::scoped(facts.lexicon(), || OrganisationWords::new(&facts.organisations));
        Checker {
            quotes,
            facts,
            indexes,
            organisation_words,
        }
    }

    /// The dateline relative dates resolve against: `--published`, then the story's front
    /// matter, then the config, then the facts, then the story's wire dateline.
    pub fn published(&self, story: &Story, options: &CheckOptions) -> Option<NaiveDate> {
        options
            .published
            .or(story.front_matter_date)
            .or(options.config_published)
            .or(self.facts.published.as_ref().map(|p| p.0))
            .or(story.dateline)
    }

    /// The findings of `story` (before suppressions and a config's severities: see
    /// [`findings_for`]).
    pub fn check(&self, story: &Story, options: &CheckOptions) -> Vec<Finding> {
        crate::lexicon::scoped(self.facts.lexicon(), || self.check_with_lexicon(story, options))
    }

    fn check_with_lexicon(&self, story: &Story, options: &CheckOptions) -> Vec<Finding> {
        let doc = story.doc();
        let published = self.published(story, options);
        // people's names and titles are read with the facts' capitals where the copy is in one
        // case; the tokens are the same, so the mentions found serve the quotes too.
        // Organisations keep the copy's capitals: a word in capitals is never read as a slip
        // of one (wire headlines: "BRUNSWIG CORP" is not "Brunswick Corp")
        let one_case = casing::one_case(&doc);
        let lower_case_copy = one_case.as_ref().is_some_and(casing::OneCase::is_lower_case_copy);
        let recased = one_case.and_then(|one_case| self.indexes.casing.recase(&doc, one_case));
        let recased_doc = recased.as_deref().map(|text| doc.recased(text));
        let people_doc = recased_doc.as_ref().unwrap_or(&doc);
        // the quotes first: a quote of a known person's words vouches for a near name saying it
        let quotes = if self.quotes.is_empty() {
            Vec::new()
        } else {
            extract_quotes(&doc)
        };
        let credited = credited_quotes(&self.quotes, &self.facts, &doc, &quotes, lower_case_copy);
        let people = self.indexes.names.extract(people_doc, &credited);
        let mut findings = self.check_people(people_doc, &people, published);
        if recased_doc.is_some() {
            // read re-cased, fixed in the copy's own case
            let written = |span: &Range<usize>| &doc.text[span.clone()];
            let in_capitals = |span: &Range<usize>| {
                written(span).chars().any(|c| c.is_ascii_uppercase()) && !written(span).chars().any(char::is_lowercase)
            };
            let in_lower_case = |span: &Range<usize>| lower_case_copy && !written(span).chars().any(char::is_uppercase);
            findings = (findings.into_iter())
                .map(|f| match (in_capitals(&f.span), in_lower_case(&f.span)) {
                    (true, _) => f.in_capitals(),
                    (_, true) => f.in_lower_case(),
                    _ => f,
                })
                .collect();
        }
        // lower-case copy's organisations are read re-cased, as its people are ("world bnak")
        let organisations_text = (recased.as_deref())
            .filter(|_| lower_case_copy)
            .map(|text| casing::with_capitals_as_written(&doc, text));
        let organisations_doc = organisations_text.as_deref().map(|text| doc.recased(text));
        self.check_organisations(organisations_doc.as_ref().unwrap_or(&doc), &mut findings);
        findings.extend(self.check_quotes(&doc, &quotes, &people, lower_case_copy));
        // the mentions are done with: a big story's are freed before its numbers and dates are
        // read, so the two never take memory at once (a 50 MB story has 200,000 mentions)
        drop(people);
        drop(credited);
        drop(quotes);
        findings.extend(self.check_figures(&doc, options));
        findings.extend(self.check_dates(&doc, published));
        if let Some(weekday) = &story.dateline_weekday {
            findings.extend(cmp_dates::check_dateline_weekday(weekday, story.dateline, published));
        }
        findings.sort_by(|a, b| (a.span.start, a.severity, a.code).cmp(&(b.span.start, b.severity, b.code)));
        findings
    }

    fn check_people(&self, doc: &Doc, found: &PeopleMentions, published: Option<NaiveDate>) -> Vec<Finding> {
        let mut out: Vec<Finding> = found
            .mentions
            .iter()
            .flat_map(|m| {
                let name = doc.words(m.name.clone());
                m.titles.iter().filter_map(move |t| {
                    self.title_finding(doc, m.person, &name, t, published)
                        .or_else(|| self.employer_finding(doc, m, t))
                })
            })
            .collect();
        // the people the story names, each once: a stand-in held by one of them is theirs
        let mut named: Vec<usize> = found.mentions.iter().map(|m| m.person).collect();
        named.sort_unstable();
        named.dedup();
        out.extend(found.mentions.iter().filter(|m| !m.stand_ins.is_empty()).flat_map(|m| {
            let name = doc.words(m.name.clone());
            let named = &named;
            (m.stand_ins.iter()).filter_map(move |t| self.stand_in_finding(doc, named, m, &name, t, published))
        }));
        out.extend(found.mentions.iter().filter_map(|m| {
            let person = self.facts.people.get(m.person)?;
            person.honorific.as_ref()?;
            let name = doc.words(m.name.clone());
            honorifics::check_honorific(doc, &honorifics_before(doc, m.name.start), &name, &person)
        }));
        for miss in &found.misspellings {
            let Some(person) = self.facts.people.get(miss.person) else {
                continue;
            };
            out.push(misspelling(
                doc,
                miss.tokens.clone(),
                &miss.intended,
                &person.name,
                &person.loc,
            ));
        }
        out
    }

    /// Each direct quote against the known quotes, with the person the story gives it to.
    /// A misspelt name speaks for the person it misspells (its own finding says so).
    fn check_quotes(
        &self,
        doc: &Doc,
        quotes: &[QuoteMention],
        people: &PeopleMentions,
        lower_case_copy: bool,
    ) -> Vec<Finding> {
        if quotes.is_empty() {
            return Vec::new();
        }
        let misspelt = people.misspellings.iter().map(|m| PersonMention {
            person: m.person,
            name: m.tokens.clone(),
            titles: Vec::new(),
            stand_ins: Vec::new(),
        });
        let mut speakers: Vec<PersonMention> = people.mentions.iter().cloned().chain(misspelt).collect();
        speakers.sort_by_key(|m| m.name.start);
        let attribution = Attribution::new(doc, quotes, &speakers);
        // each name by where it stands, to find those of a quote's sentences
        let names: Vec<(usize, &str)> = (speakers.iter())
            .map(|m| (m.name.start, self.facts.people[m.person].name.as_str()))
            .collect();
        let in_story: HashSet<&str> = names.iter().map(|(_, name)| *name).collect();
        quotes
            .iter()
            .flat_map(|q| {
                let speaker = attribution.speaker(q);
                let said_by = (speaker.as_ref()).map(|s| {
                    let people = std::iter::once(s.mention).chain(s.joint.iter().copied());
                    (
                        people.map(|m| speakers[m].person).collect(),
                        doc.span(s.said_by.clone()),
                    )
                });
                let pronoun = speaker.and_then(|s| s.pronoun).map(|p| doc.words(p));
                let sentences = doc.sentence(q.first).start..doc.sentence(q.last).end;
                let from = names.partition_point(|(at, _)| *at < sentences.start);
                let to = names.partition_point(|(at, _)| *at < sentences.end);
                let beside = names[from..to].iter().map(|(_, name)| *name).collect();
                let named = Named {
                    in_story: &in_story,
                    beside,
                };
                let mut findings = check_quote(&self.quotes, &self.facts, doc, q, said_by, &named, lower_case_copy);
                if let Some(pronoun) = pronoun {
                    findings.iter_mut().for_each(|f| say_which_pronoun(f, &pronoun));
                }
                findings
            })
            .collect()
    }

    /// Names close to a known organisation's. A title held against the facts only because the
    /// organisation in it is misspelt gives the name's finding alone; a near name that is a
    /// person's (or inside one's) is left to the people's check.
    fn check_organisations(&self, doc: &Doc, findings: &mut Vec<Finding>) {
        let found = self.indexes.organisations.extract(doc);
        // "a Franck Muller watch": a word of a known organisation's name written right is no
        // slip of a person's ("Miller")
        let spans: Vec<Range<usize>> = found.mentions.iter().map(|m| doc.span(m.tokens.clone())).collect();
        findings.retain(|f| {
            f.code != Code::NameMisspelled || !spans.iter().any(|s| s.start <= f.span.start && f.span.end <= s.end)
        });
        for miss in found.misspellings {
            let span = doc.span(miss.tokens.clone());
            let overlaps = |f: &Finding| f.span.start < span.end && span.start < f.span.end;
            if findings.iter().any(|f| f.code == Code::NameMisspelled && overlaps(f)) {
                continue;
            }
            let written = doc.words(miss.tokens.clone());
            findings.retain(|f| {
                !(f.code == Code::TitleMismatch
                    && overlaps(f)
                    && only_the_name_differs(doc, f, &written, &miss.intended))
            });
            let org = &self.facts.organisations[miss.org];
            let form = org.forms().find(|(text, _)| *text == miss.intended);
            let loc = form.map_or(&org.loc, |(_, loc)| loc);
            findings.push(misspelling(doc, miss.tokens, &miss.intended, &org.name, loc));
        }
    }

    /// A title's finding, unless the title fits another person of the same surname whom the
    /// written name may also mean (then it is that person's title: "former Chief of Staff
    /// Baker" may be James Baker, "former Chief of Staff Howard Baker" is Howard Baker). A
    /// title that is no post of the named person but is one of such a namesake's at another
    /// time is judged as the namesake's ("Governor George Bush" in 2005 is the son's past post).
    fn title_finding(
        &self,
        doc: &Doc,
        named: usize,
        written_name: &str,
        run: &Range<usize>,
        published: Option<NaiveDate>,
    ) -> Option<Finding> {
        // one person at a time: a cached who's-who decodes only those asked for
        let named_person = self.facts.people.get(named)?;
        let finding = self.judge_title(doc, run, &named_person, published)?;
        let namesakes: Vec<_> = (self.indexes.namesakes.of(named))
            .filter_map(|other| self.facts.people.get(other))
            .filter(|other| other.may_be_called(written_name))
            .collect();
        let namesake_fits = namesakes.iter().any(|other| {
            title_fits(doc, run, other, Some(published)) && self.judge_title(doc, run, other, published).is_none()
        });
        if namesake_fits {
            return None;
        }
        let named_has_it = title_fits(doc, run, &named_person, None);
        let namesakes_post = namesakes
            .iter()
            .find(|other| !named_has_it && title_fits(doc, run, other, None));
        match namesakes_post {
            Some(other) => self.judge_title(doc, run, other, published).or(Some(finding)),
            None => Some(finding),
        }
    }

    /// The finding for an employer written after the name of a title before it ("analyst Jason
    /// Kenney at ABN Amro"): see [`titles::employer_after_the_name`].
    fn employer_finding(&self, doc: &Doc, mention: &PersonMention, title: &Range<usize>) -> Option<Finding> {
        let person = self.facts.people.get(mention.person)?;
        titles::employer_after_the_name(doc, title, &mention.name, &person)
    }

    /// The finding for a description standing for a mentioned person ("The Larne athlete
    /// dominated"): only one close to their titles ("The Larne coach"), which no other person
    /// the story names holds: a description may stand for someone else, so another office
    /// altogether says nothing. `named`: the people the story names, each once.
    fn stand_in_finding(
        &self,
        doc: &Doc,
        named: &[usize],
        mention: &PersonMention,
        written_name: &str,
        run: &Range<usize>,
        published: Option<NaiveDate>,
    ) -> Option<Finding> {
        let person = self.facts.people.get(mention.person)?;
        if !titles::close_to_a_form(doc, run, &person) {
            return None;
        }
        let held_by_another = (named.iter())
            .filter(|&&other| other != mention.person)
            .filter_map(|&other| self.facts.people.get(other))
            .any(|other| title_fits(doc, run, &other, None));
        if held_by_another {
            return None;
        }
        self.title_finding(doc, mention.person, written_name, run, published)
    }

    /// The finding for a title held against one person's: its words (an organisation's alias
    /// read as the facts' form writes it), then the organisation it names.
    fn judge_title(
        &self,
        doc: &Doc,
        run: &Range<usize>,
        person: &Person,
        published: Option<NaiveDate>,
    ) -> Option<Finding> {
        let orgs = &self.organisation_words;
        match titles::check_title(doc, run.clone(), person, published) {
            Some(f) if f.code == Code::TitleMismatch && titles::agrees_through_an_alias(doc, run, person, orgs) => None,
            // the fix names the organisation as the story does ("BoE deputy governor")
            Some(f) if f.code == Code::TitleMismatch => {
                let renamed = titles::in_the_storys_names(&doc.words(run.clone()), person, &self.facts.organisations);
                Some(
                    renamed
                        .and_then(|p| titles::check_title(doc, run.clone(), &p, published))
                        .unwrap_or(f),
                )
            }
            Some(f) => Some(f),
            None => titles::organisation_replaced(doc, run, person, orgs),
        }
    }

    /// Cue hits per sentence, computed once per sentence that holds a mention.
    fn hits_by_sentence(
        &self,
        doc: &Doc,
        index: &CueIndex,
        anchors: impl Iterator<Item = usize>,
    ) -> HashMap<usize, Vec<CueHit>> {
        let mut by_sentence = HashMap::new();
        if index.is_empty() {
            return by_sentence;
        }
        for anchor in anchors {
            by_sentence
                .entry(doc.sentence_index(anchor))
                .or_insert_with(|| index.hits(doc, doc.sentence(anchor)));
        }
        by_sentence
    }

    /// Where a figure's `near` words stand from a mention at `anchor`: `None` when they are
    /// not in its sentence nor its paragraph (then the figure is not its), and `Unasked` for
    /// a figure with no `near` words.
    fn near_words(&self, doc: &Doc, figure: usize, anchor: usize) -> Option<Near> {
        let near = &self.indexes.figure_near[figure];
        if near.is_empty() {
            return Some(Near::Unasked);
        }
        let within = |range: Range<usize>| {
            let words: Vec<String> = doc.tokens[range].iter().map(|t| cue_word(t.text())).collect();
            near.iter()
                .any(|phrase| words.windows(phrase.len()).any(|w| w == phrase.as_slice()))
        };
        // within 80 tokens either way: a paragraph can be a whole file on one line
        let window = |r: Range<usize>| r.start.max(anchor.saturating_sub(80))..r.end.min(anchor + 80);
        if within(window(doc.sentence(anchor))) {
            Some(Near::Sentence)
        } else {
            within(window(doc.paragraph(anchor))).then_some(Near::Paragraph)
        }
    }

    fn check_figures(&self, doc: &Doc, options: &CheckOptions) -> Vec<Finding> {
        // a number is only ever judged once tied to a figure's cue, or reported untied: with
        // no cue to tie to and no unsourced report, the story's numbers need not be read (a
        // who's-who of people alone)
        if self.indexes.figure_cues.is_empty() && !options.unsourced {
            return Vec::new();
        }
        let numbers = extract_numbers(doc);
        let hits = self.hits_by_sentence(doc, &self.indexes.figure_cues, numbers.iter().map(|m| m.core));
        let figures = &self.facts.figures;
        // a number in another currency or unit is read as a figure's miswritten value, except
        // beside a number in the figure's own: "$220m (£117m)" gives one value twice, and
        // "30bn baht (£398m; $768m)" three times
        let beside_kind = |k: usize, kind: &Kind| {
            let same_amount = |j: usize| {
                let (a, b) = (&numbers[j], &numbers[j + 1]);
                gives_same_amount(doc, a, b) || restates_in_words(doc, a, b)
            };
            let first = (0..k).rev().take_while(|&j| same_amount(j)).last().unwrap_or(k);
            let last = (k..numbers.len() - 1)
                .take_while(|&j| same_amount(j))
                .last()
                .map_or(k, |j| j + 1);
            (first..=last).any(|j| j != k && numbers[j].quantity.kind == *kind)
        };
        // a conversion in brackets, or one in another unit after "or" ("426m per minute, or
        // 25.6 km/h", "10 times cash flow or 30 dlrs"), stands where the amount it converts does
        let converts = |host: usize, k: usize| {
            let (a, b) = (&numbers[host].quantity, &numbers[k].quantity);
            a.kind != b.kind || a.factor != b.factor
        };
        let restates = |host: usize, k: usize| {
            let (a, b) = (&numbers[host], &numbers[k]);
            (gives_same_amount(doc, a, b) || gives_as_alternative(doc, a, b)) && converts(host, k)
        };
        let bracketed = |host: usize| {
            numbers
                .get(host + 1)
                .is_some_and(|conversion| is_bracketed_conversion(doc, &numbers[host], conversion))
        };
        // an amount and its conversion in brackets are one, closing bracket and all: in "turn
        // a 684bn yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit" the loss is the
        // first amount's, right after it, not the second's, four words before it
        let reach = |k: usize| match k.checked_sub(1) {
            Some(host) if bracketed(host) => numbers[host].tokens.start..numbers[k].tokens.end + 1,
            Some(host) if restates(host, k) => numbers[host].tokens.start..numbers[k].tokens.end,
            _ if bracketed(k) => numbers[k].tokens.start..numbers[k + 1].tokens.end + 1,
            _ => numbers[k].tokens.clone(),
        };
        // the number a cue ending in a linking word governs ("for a total of 42 cents")
        let starts: HashMap<usize, usize> = numbers
            .iter()
            .enumerate()
            .flat_map(|(k, m)| [(m.tokens.start, k), (m.start, k)])
            .collect();
        let governed = |h: &CueHit| starts.get(&h.tokens.end).filter(|_| ends_in_link(doc, &h.tokens));
        // "was increased to 25 pct from 10 pct": the number after "from" right after another is
        // the change's starting point, spoken of by the cue that governs the number it follows
        let from_end_of = |k: usize| {
            k.checked_sub(1)
                .filter(|&j| numbers[k].tokens.start == numbers[j].tokens.end + 1)
                .filter(|&j| doc.lower_at(numbers[j].tokens.end) == "from")
        };
        // the words after a rated number's own number: its unit and rate
        let rate_owner: HashMap<usize, usize> = numbers
            .iter()
            .enumerate()
            .filter(|(_, m)| m.quantity.per.is_some())
            .flat_map(|(k, m)| (m.core_end..m.tokens.end).map(move |t| (t, k)))
            .collect();
        let tie_or_guess = |k: usize, taken: &dyn Fn(usize) -> bool, guess: bool| {
            let m = &numbers[k];
            if names_an_individual(doc, m) {
                return None;
            }
            let sentence_hits = hits.get(&doc.sentence_index(m.core))?;
            let others = counted_others(doc, m);
            let named_set = counted_set_named(doc, m);
            let own_noun = counted_noun(doc, m);
            // "Two of the five nominees in the category": the figures of the noun the set's
            // number counts ("nominees") are the set's, not the part's, whichever of their cues
            // stands nearest
            let set_figures: Vec<usize> = match numbers.get(k + 1) {
                Some(set) if is_partitive(doc, m, set) => (sentence_hits.iter())
                    .filter(|h| names_the_set(doc, &set.tokens, &h.tokens))
                    .map(|h| h.fact)
                    .collect(),
                _ => Vec::new(),
            };
            // ... and the words after the set's own noun phrase are its part's predicate: in
            // "Five of the eight critics tipped Scorsese" (bbc/entertainment/368.txt) five
            // critics tipped him, not eight, so a cue there never ties the set
            // (a bare count's set: an amount's noun is its unit, and a plural after it opens a
            // clause of its own, "6% of the £22bn ministers hope to save": bbc/politics/084.txt)
            let bare_set = m.quantity.kind == Kind::Count && m.tokens.end == m.core_end;
            let set_of_a_part = bare_set && k.checked_sub(1).is_some_and(|j| is_partitive(doc, &numbers[j], m));
            let predicate_of_the_part = |h: &CueHit| set_of_a_part && said_of_the_part(doc, &m.tokens, &h.tokens);
            let fits = |h: &CueHit| {
                let f = h.fact;
                let kind = &figures[f].value.kind;
                let in_kind = m.quantity.ties_to(&figures[f].value)
                    || (m.quantity.kind.may_be_miswritten(kind) && !beside_kind(k, kind));
                // an age is a span of time only to a cue of the age itself ("year-old")
                let as_span_of_time = m.age && !m.quantity.kind.ties_to(kind);
                // a cue ending in a linking word speaks of the number it governs with that
                // number's conversion in brackets ("in the US chart with $5.4m (£2.8m)": the
                // pounds are the chart's, not those of a "took" further off; bbc/entertainment/297)
                let converts_governed = |j: usize| j + 1 == k && bracketed(j);
                // ... and with the number after "or" that gives it in another unit ("could go
                // for 10 times cash flow or 30 dlrs": reuters21578/00045.txt)
                let restates_governed = |j: usize| j + 1 == k && restates(j, k);
                // a compound's or a place's number speaks of its own phrase only
                let of_its_phrase = |h: &CueHit| match is_ordinal_in_words(doc, &m.tokens) {
                    true => orders_within(doc, &m.tokens, &h.tokens, names_a_place(&figures[f].value_text)),
                    false => modified_by(doc, &m.tokens, &h.tokens) || reaches_rank(doc, &m.tokens, &h.tokens),
                };
                let speaks_of_it = governed(h).is_none_or(|&j| {
                    j == k || from_end_of(k) == Some(j) || converts_governed(j) || restates_governed(j)
                }) && (!m.compound || of_its_phrase(h))
                    && (!as_span_of_time || names_age(&m.tokens, &h.tokens));
                // "10 tonnes per hectare": a cue in a number's unit and rate names what it is
                // counted per, never a figure of another kind (the hectares of an area), and
                // ties no other number (a cue running on past it, "a share to", still may; and so
                // may the amount right after the rate that restates what it is counted per, "900
                // rupees per tonne, or seven barrels")
                let in_rate = match rate_owner.get(&h.tokens.start) {
                    Some(&owner) if h.tokens.end <= numbers[owner].tokens.end => match owner == k {
                        true => *kind != m.quantity.kind,
                        false => !gives_same_amount(doc, &numbers[owner], m),
                    },
                    _ => false,
                };
                // "48% use two or three": a number inside a cue as the facts write it is words of
                // what that cue's figure describes, so no value of another figure, and its own
                // figure's only through the cue shortened by it, right beside it (a cue holding
                // the value's own number): in "The majority of European top 50 companies (44)
                // publish them and only 27 of the US top 50" (bbc/business/397.txt) neither 50 is
                // a value of `44` (cues `European top 50 companies`, `publish them`); but a number
                // inside a cue that agrees with the cue's own figure is that figure's mention, the
                // count written into the words that describe it ("was a three-tier structure
                // rising 200 feet" for `three`, cue `three-tier structure`: reuters21578/21002.txt)
                let own_value_in_own_cue = |g: &CueHit| g.fact == f && m.quantity.agrees_with(&figures[f].value);
                let in_cue = sentence_hits.iter().any(|g| {
                    in_cue_as_written(g, m) && !own_value_in_own_cue(g) && (g.fact != f || h.joined == Joined::Free)
                });
                // "only one other country" counts countries, never the loans a cue names; and
                // "the two McLean subsidiaries" subsidiaries, never the vessels a cue before
                // it names (reuters21578/10582.txt)
                let another_thing = |o: &Range<usize>| counts_another_thing(doc, o, &h.tokens, &figures[f].about);
                let named_before = h.tokens.end <= m.tokens.start;
                let other_things = (others.as_ref()).is_some_and(another_thing)
                    || (named_set.as_ref()).is_some_and(|o| named_before && another_thing(o))
                    || own_noun.is_some_and(|n| counts_its_own_across_a_quote(doc, &m.tokens, n, &h.tokens));
                !other_things
                    && !in_rate
                    && !in_cue
                    && !set_figures.contains(&f)
                    && !predicate_of_the_part(h)
                    && in_kind
                    && speaks_of_it
                    && stands_in_place(m, h)
                    && self.near_words(doc, f, m.core).is_some()
            };
            let eligible = |h: &CueHit| !taken(h.fact) && fits(h);
            // a figure whose `near` words stand in the number's own sentence fits it better, by
            // as much as another unit would fit it worse ("led the nominations with 13", near
            // `led`, against another count of nominations near a name in the next sentence); and
            // one whose `near` words stand only in another sentence of the paragraph fits it a
            // little worse than one that asks for none: they speak of that sentence's number (in
            // bbc/sport/377's "in the 34th minute ... drop-goal", the minutes of the "burst" and
            // the "sin-binned" are the paragraph's next sentences')
            let closeness = |f: usize| {
                let near_bonus = match self.near_words(doc, f, m.core) {
                    Some(Near::Sentence) => 1.0,
                    Some(Near::Paragraph) => -0.5,
                    Some(Near::Unasked) | None => 0.0,
                };
                // ... and a range in the story fits a range figure better than one number, by more
                // than another unit would (a number may stand inside a range, a range is never one
                // number): "revenue of $4.2bn to $4.53bn" writes the forecast range, not the
                // estimate's "revenues of $4.37bn", a hair nearer the range's middle
                let one_number = figures[f].value.low == figures[f].value.high;
                let range_for_number = match m.quantity.low != m.quantity.high && one_number {
                    true => 2.0,
                    false => 0.0,
                };
                m.quantity.distance_to(&figures[f].value) - near_bonus + range_for_number
            };
            // a measure, or a bare count, right before a cue measures or counts it ("born seven
            // weeks prematurely", "speed up to 24 passengers")
            let bare_count = m.quantity.kind == Kind::Count && m.tokens.end == m.core_end;
            let measure = (matches!(m.quantity.kind, Kind::Measure(_)) && m.tokens.end > m.core_end) || bare_count;
            // a cue word inside the number's own qualifier ("could fall as low as 135 yen") ties
            // it only when no other cue does ("limited to a maximum of 7.5 pct")
            let in_qualifier = |h: &CueHit| h.tokens.start >= m.tokens.start && h.tokens.end <= m.start;
            let nearest = |qualifier: bool, only: &dyn Fn(&CueHit) -> bool| {
                let eligible = |h: &CueHit| eligible(h) && only(h) && (qualifier || !in_qualifier(h));
                nearest_fact(doc, &reach(k), measure, sentence_hits, eligible, closeness)
            };
            let any = |_: &CueHit| true;
            let agrees = |f: usize| m.quantity.agrees_with(&figures[f].value);
            // of figures as near that fit it as well, the one the number agrees with: two
            // amounts sharing a cue and `near` words in one sentence ("worth £38.5m (52m euros),
            // up from 831 cases worth £35.7m") are each the one they agree with, and a wrong
            // one is then the figure left (bbc/politics/138)
            let agreeing_of_equals = || {
                let (figure, cue) = nearest(false, &|h: &CueHit| agrees(h.fact))?;
                let unqualified = |h: &CueHit| eligible(h) && !in_qualifier(h);
                let best = nearest_distance(doc, &reach(k), sentence_hits, unqualified)?;
                (distance(doc, &reach(k), &cue) == best).then_some((figure, cue))
            };
            // "likely to reach 93 billion dlrs this year from 33.5 billion in 1986" where both
            // figures of "oil revenues" stand as near (reuters21578/10632.txt): a number that
            // agrees with none of the figures whose cues stand nearest it is one of them
            // miswritten, and the one nearest in value (of those no other number of its
            // sentence is tied to) is the likeliest; one that agrees with any stays untied
            let most_plausible_of_refused = |fits: &dyn Fn(&CueHit) -> bool, free: &dyn Fn(&CueHit) -> bool| {
                let equals = equally_nearest(doc, &reach(k), sentence_hits, |h| fits(h) && !in_qualifier(h));
                let refused = equals.iter().any(|h| h.fact != equals[0].fact);
                if !refused || equals.iter().any(|h| agrees(h.fact)) {
                    return None;
                }
                let mut free: Vec<&CueHit> = equals.into_iter().filter(|h| free(h)).collect();
                free.sort_by(|a, b| closeness(a.fact).total_cmp(&closeness(b.fact)));
                let undecided = free
                    .get(1)
                    .is_some_and(|h| closeness(h.fact) == closeness(free[0].fact));
                let best = free.first().filter(|_| !undecided)?;
                Some((best.fact, best.tokens.clone()))
            };
            if guess {
                let (figure, cue) = most_plausible_of_refused(&fits, &|h: &CueHit| !taken(h.fact))?;
                return Some(((k, cue.clone()), reach(k), figure, cue));
            }
            let (figure, cue) = (nearest(false, &any))
                .or_else(agreeing_of_equals)
                .or_else(|| nearest(true, &any))?;
            // a cue shortened by its figure's own words only guesses that the story rewrote
            // them: a number a whole cue of its sentence ties to a figure it agrees with is that
            // figure's ("all donations over £5,000 to their headquarters" is the `over £5,000`
            // of "headquarters", not the `topping £250,000` of "donations topping")
            let shortened = sentence_hits
                .iter()
                .any(|h| h.fact == figure && h.tokens == cue && h.joined != Joined::Free);
            let whole_agreeing = |h: &CueHit| h.joined == Joined::Free && agrees(h.fact);
            let (figure, cue) = match shortened && !agrees(figure) {
                true => nearest(false, &whole_agreeing).unwrap_or((figure, cue)),
                false => (figure, cue),
            };
            Some(((k, cue.clone()), reach(k), figure, cue))
        };
        // every rule but the last guess ties a number this way
        let tie = |k: usize, taken: &dyn Fn(usize) -> bool| tie_or_guess(k, taken, false);
        let first_ties: Vec<_> = (0..numbers.len()).filter_map(|k| tie(k, &|_| false)).collect();
        // the numbers whose own tie was refused, for the last guess below
        let first_tied: HashSet<usize> = first_ties.iter().map(|((k, _), ..)| *k).collect();
        let refused: Vec<usize> = (0..numbers.len()).filter(|k| !first_tied.contains(k)).collect();
        let mut tied: Vec<((usize, Range<usize>), usize)> = nearest_per_cue(doc, first_ties);
        // a number whose nearest cue speaks of a nearer number is tied through the next
        // nearest, to a figure no other number of its sentence is tied to ("cut the Medicaid
        // budget, which ..., by $45bn and to reduce farm subsidies by $587m")
        let is_tied: HashSet<usize> = tied.iter().map(|((k, _), _)| *k).collect();
        let taken_in = |sentence: usize, f: usize| {
            tied.iter()
                .any(|((k, _), g)| *g == f && doc.sentence_index(numbers[*k].core) == sentence)
        };
        // ... and only through a cue that stands nearer it than any number already tied: in
        // "a final dividend of 29 cents for a total of 42 cents" the dividend is 29 cents'; but
        // the level a change reached ("the index gained 45.4 points to 10,360": the number
        // after a tied change and "to") is the subject's before the change, however near, as is
        // the point a change started from ("increased to 25 pct from 10 pct": the number after a
        // tied one and "from"); and a tied conversion in brackets stands with its amount as one, so is no nearer number
        // ("worth £3.85m (52m euros)": bbc/politics/138)
        let speaks_of_it = |k: usize, cue: &Range<usize>| {
            let sentence = doc.sentence_index(numbers[k].core);
            let own = distance(doc, &reach(k), cue);
            let apart = |j: usize| reach(j).end <= reach(k).start || reach(k).end <= reach(j).start;
            let level_reached = k.checked_sub(1).is_some_and(|j| {
                let change = &numbers[j];
                is_tied.contains(&j)
                    && cue.end <= change.tokens.start
                    && numbers[k].tokens.start == change.tokens.end + 1
                    && doc.lower_at(change.tokens.end) == "to"
            });
            let change_started =
                from_end_of(k).is_some_and(|j| is_tied.contains(&j) && cue.end <= numbers[j].tokens.start);
            level_reached
                || change_started
                || tied
                    .iter()
                    .filter(|((j, _), _)| doc.sentence_index(numbers[*j].core) == sentence && apart(*j))
                    .all(|((j, _), _)| distance(doc, &reach(*j), cue) > own)
        };
        // a number that gives a tied number's amount again in another unit ("426m per minute,
        // or 25.6 km/h", "17m/s ... translates to about 38mph (61km/h)") is that number's
        // figure, when of a kind that ties to it, and never another's
        let mut restated: Vec<(usize, Range<usize>, usize)> = Vec::new();
        for k in (1..numbers.len()).filter(|k| !is_tied.contains(k)) {
            let h = k - 1;
            let in_words = restates_in_words(doc, &numbers[h], &numbers[k]) && converts(h, k);
            if !(restates(h, k) || in_words) {
                continue;
            }
            let host_tie = (tied.iter().map(|((j, cue), f)| (*j, cue, *f)))
                .chain(restated.iter().map(|(j, cue, f)| (*j, cue, *f)))
                .find(|(j, _, _)| *j == h)
                .map(|(_, cue, f)| (cue.clone(), f));
            if let Some((cue, f)) = host_tie {
                restated.push((k, cue, f));
            }
        }
        let retied = (0..numbers.len())
            .filter(|k| !is_tied.contains(k) && !restated.iter().any(|(j, _, _)| j == k))
            .filter_map(|k| tie(k, &|f| taken_in(doc.sentence_index(numbers[k].core), f)))
            .filter(|((k, _), _, _, cue)| speaks_of_it(*k, cue))
            .collect();
        tied.extend(nearest_per_cue(doc, retied));
        // ... and, in another kind than that figure's, the one figure of its own kind that
        // shares the cue ("made a total of $1.1m (£600,000)" for `$1.1m` and `£600,000`, both
        // "made a total of"); an amount per a thing the figure is not counted per is of another
        // kind ("net profit of 42.2 mln dlrs or 49 cts a share": the profit per share, if the
        // facts give it)
        let own_kind = |k: usize, cue: &Range<usize>, f: usize| {
            let of_kind = |g: usize| {
                let (q, value) = (&numbers[k].quantity, &figures[g].value);
                q.ties_to(value) && !counted_per_other_things(q, value)
            };
            if of_kind(f) {
                return Some(f);
            }
            let sharing = hits.get(&doc.sentence_index(numbers[k].core))?;
            let mut of_its_kind = sharing
                .iter()
                .filter(|h| h.tokens == *cue && of_kind(h.fact))
                .map(|h| h.fact);
            let first = of_its_kind.next()?;
            of_its_kind.all(|g| g == first).then_some(first)
        };
        tied.extend(
            restated
                .into_iter()
                .filter_map(|(k, cue, f)| own_kind(k, &cue, f).map(|g| ((k, cue), g))),
        );
        // "from 20 to 85 pct" where two figures share the cue: when one end agrees with one of
        // them and no other is as near, the other end is tied to the other
        let pair = |known: usize, other: usize| {
            let agreeing = tie(known, &|f| !numbers[known].quantity.agrees_with(&figures[f].value))?;
            let rest = tie(other, &|f| f == agreeing.2)?;
            let only = tie(known, &|f| f == rest.2).is_some_and(|t| t.2 == agreeing.2);
            only.then(|| [(agreeing.0, agreeing.2), (rest.0, rest.2)])
        };
        // ... and when one end is tied already ("rose from 2,000 to 30,000 per day", the
        // start nearer the cue), the other is the other figure of that same cue
        let tie_of = |tied: &[((usize, Range<usize>), usize)], j: usize| {
            tied.iter()
                .find(|((i, _), _)| *i == j)
                .map(|((_, cue), f)| (cue.clone(), *f))
        };
        for k in 1..numbers.len() {
            if !is_change(doc, &numbers[k - 1], &numbers[k]) {
                continue;
            }
            match (tie_of(&tied, k - 1), tie_of(&tied, k)) {
                (None, None) => tied.extend(pair(k - 1, k).or_else(|| pair(k, k - 1)).into_iter().flatten()),
                (Some((cue, f)), None) | (None, Some((cue, f))) => {
                    let other = if tie_of(&tied, k).is_none() { k } else { k - 1 };
                    let rest = tie(other, &|g| g == f).filter(|t| t.3 == cue);
                    tied.extend(rest.map(|t| (t.0, t.2)));
                }
                _ => {}
            }
        }
        // "More than two-thirds of those questioned, 68%, said": a share in words that the
        // figures in apposition after it give again is the figure they are tied to, and the
        // figures the share's ("three-quarters of respondents (73%)", the cue between them
        // nearer the share)
        let shares: Vec<((usize, Range<usize>), usize)> = (1..numbers.len())
            .filter(|&k| share_given_in_figures(doc, &numbers[k - 1], &numbers[k]))
            .filter_map(|k| match (tie_of(&tied, k - 1), tie_of(&tied, k)) {
                (None, Some((cue, f))) => Some(((k - 1, cue), f)),
                (Some((cue, f)), None) => Some(((k, cue), f)),
                _ => None,
            })
            .collect();
        tied.extend(shares);
        // "Samsung's 102-inch (2.6 metre) plasma": an amount left untied whose conversion in
        // brackets is tied (the cue after the brackets stands nearer the conversion) gives that
        // figure in another unit, when of a kind that ties to it, or else the figure of its own
        // kind sharing the cue, as a conversion does its amount's (bbc/tech/193)
        let hosts: Vec<((usize, Range<usize>), usize)> = (0..numbers.len())
            .filter(|&k| tie_of(&tied, k).is_none() && bracketed(k))
            .filter_map(|k| tie_of(&tied, k + 1).and_then(|(cue, f)| own_kind(k, &cue, f).map(|g| ((k, cue), g))))
            .collect();
        tied.extend(hosts);
        tied.extend(range_ends(doc, &numbers, figures, &tied));
        // ... and last, a number whose tie was refused, every figure as near disagreeing with
        // it, is tied to the likeliest of them, named in its finding
        let guessed = nearest_per_cue(doc, guessed_ties(doc, &numbers, &refused, &tied, &tie_or_guess));
        let is_guessed: HashSet<usize> = guessed.iter().map(|((k, _), _)| *k).collect();
        tied.extend(guessed);
        tied.sort_by_key(|((k, _), _)| *k);
        // a range whose ends are two figures of its cue is a change, and agrees
        tied.retain(|((k, cue), _)| {
            let sharing = hits.get(&doc.sentence_index(numbers[*k].core)).into_iter().flatten();
            let of_cue: Vec<&Quantity> = sharing
                .filter(|h| h.tokens == *cue)
                .map(|h| &figures[h.fact].value)
                .collect();
            !ends_are_two_figures(&numbers[*k].quantity, &of_cue)
        });
        let ties: Vec<cmp_figures::Tie> = (tied.iter())
            .map(|((k, cue), f)| cmp_figures::Tie {
                mention: &numbers[*k],
                figure: &figures[*f],
                cue: doc.words(cue.clone()),
                guessed: is_guessed.contains(k),
            })
            .collect();
        let mut out: Vec<Finding> = ties.iter().filter_map(|t| cmp_figures::check_figure(doc, t)).collect();
        out.extend(cmp_figures::check_conflicts(doc, &ties));
        if options.unsourced {
            let mut is_tied = vec![false; numbers.len()];
            for ((k, _), _) in &tied {
                is_tied[*k] = true;
            }
            out.extend(self.unsourced(doc, &numbers, &is_tied));
        }
        out
    }

    fn unsourced(&self, doc: &Doc, numbers: &[NumberMention], is_tied: &[bool]) -> Vec<Finding> {
        numbers
            .iter()
            .zip(is_tied)
            .filter(|&(m, tied)| !tied && is_reportable(m))
            .map(|(m, _)| {
                let written = cmp_figures::written(doc, m);
                Finding::new(
                    Code::UnsourcedFigure,
                    cmp_figures::number_span(doc, m),
                    format!("`{written}` is tied to no figure in the facts"),
                    "no figure".into(),
                )
                .with_help("add it to the facts with `about:` cue words, or check its source")
            })
            .collect()
    }

    fn check_dates(&self, doc: &Doc, published: Option<NaiveDate>) -> Vec<Finding> {
        // with no event to tie a date to, only a weekday beside a calendar date is checked:
        // copy naming no weekday need not be read for dates
        if self.indexes.event_cues.is_empty() && !names_a_weekday(doc) {
            return Vec::new();
        }
        let dates = extract_dates(doc);
        let weekdays: Vec<(usize, Finding)> = dates
            .iter()
            .enumerate()
            .filter_map(|(k, m)| Some((k, cmp_dates::check_weekday(doc, m, published)?)))
            .collect();
        let mut out = Vec::new();
        let hits = self.hits_by_sentence(doc, &self.indexes.event_cues, dates.iter().map(|m| m.tokens.start));
        let mut ties = Vec::new();
        let mut scopes = Vec::new();
        // a cue of comparison speaks of the date of what it compares with, after it in its
        // phrase ("was well up on the 6.84 billion mark surplus posted in the same month of
        // 1986": reuters21578/09749.txt)
        let compares_with = |h: &CueHit, date: &DateMention| {
            compares(doc, &h.tokens)
                && h.tokens.end <= date.tokens.start
                && date.dates_noun.is_none()
                && in_one_phrase(doc, &date.tokens, &h.tokens)
                && cmp_dates::can_check(date, published)
        };
        for (k, m) in dates.iter().enumerate() {
            let Some(sentence_hits) = hits.get(&doc.sentence_index(m.tokens.start)) else {
                continue;
            };
            // ... not of a date before it (the subject's "The February trade surplus"), and
            // its date is taken by no verb of its object matched only in another tense (the
            // surplus "recorded in February 1986" beside a cue `record`)
            let compared_after =
                |h: &CueHit| m.tokens.end <= h.tokens.start && dates.iter().any(|d| compares_with(h, d));
            let compared = sentence_hits.iter().any(|g| compares_with(g, m));
            if !cmp_dates::can_check(m, published) {
                continue;
            }
            // a verb the story moves a date moves with it ("term expired last August"): a cue
            // so matched speaks of a date in its own phrase only, not one across a comma
            // a cue that dropped its preposition ("began" of `began in`) stands right before,
            // or but for an adverb ("released later this month"; `bare_date_adverbs`)
            let reached = hits_near(sentence_hits, &m.tokens, EVENT_CUE_REACH);
            // ... and a date a cue of comparison after it passes over takes a cue of its own
            // phrase only, as one whose nearest cue another date took does below ("The average
            // cost fell, and prices could be $6.25 in 2005, compared to $5.80 in 2002": the
            // cost is not 2005's)
            let passed_over = reached.iter().any(|h| compared_after(h));
            let near = reached
                .iter()
                .filter(|h| !passed_over || in_one_phrase(doc, &m.tokens, &h.tokens))
                .filter(|h| h.joined == Joined::Free || stands_right_before(doc, &h.tokens, &m.tokens))
                .filter(|h| !h.other_tense || in_one_phrase(doc, &m.tokens, &h.tokens))
                .filter(|h| !across_from_to(doc, &m.tokens, &h.tokens))
                .filter(|h| !opens_an_infinitive_after(doc, &h.tokens, &m.tokens))
                .filter(|h| !compared_after(h) && !(h.other_tense && compared));
            // a year used as an adjective dates only its noun ("the 2010 coalition"): a cue
            // with a word in it ("leaking details" of "details of his 1947 budget")
            let mut in_scope: Vec<CueHit> = match &m.dates_noun {
                Some(noun) => near
                    .filter(|h| h.tokens.start < noun.end && noun.start < h.tokens.end)
                    .cloned()
                    .collect(),
                None => near.cloned().collect(),
            };
            self.yield_cues_read_out_of_the_date(doc, m, &mut in_scope);
            if let Some((event, cue)) = nearest_fact(doc, &m.tokens, false, &in_scope, |_| true, |_| 0.0) {
                ties.push(((k, cue.start), m.tokens.clone(), event, cue));
            }
            // a date with no cue in reach has none to take in the second pass: not kept
            if !in_scope.is_empty() {
                scopes.push((k, in_scope));
            }
        }
        let mut tied = nearest_per_cue(doc, ties);
        // a date whose nearest cue speaks of a nearer date ("could be as high as $6.25 in
        // 2004, compared to $5.80 in 2002": "compared to" is 2002's) takes the nearest cue
        // left to it in its own phrase ("the average cost")
        let taken: HashSet<(usize, usize)> = tied.iter().map(|&((_, cue), event)| (event, cue)).collect();
        let is_tied: HashSet<usize> = tied.iter().map(|&((k, _), _)| k).collect();
        let mut second = Vec::new();
        for (k, in_scope) in scopes.iter().filter(|(k, _)| !is_tied.contains(k)) {
            let m = &dates[*k].tokens;
            // "won the World Cup in 1991 and 1999": a date joined by "and" to the one before
            // it stands in that one's phrase, so a cue of that phrase left free reaches it
            let phrase = match *k {
                j if j > 0 && joined_by_and(doc, &dates[j - 1], &dates[j]) => &dates[j - 1].tokens,
                _ => m,
            };
            let free = |h: &CueHit| !taken.contains(&(h.fact, h.tokens.start)) && in_one_phrase(doc, phrase, &h.tokens);
            if let Some((event, cue)) = nearest_fact(doc, m, false, in_scope, free, |_| 0.0) {
                second.push(((*k, cue.start), m.clone(), event, cue));
            }
        }
        tied.extend(nearest_per_cue(doc, second));
        let mut tied: Vec<(usize, usize)> = tied.into_iter().map(|((k, _), event)| (k, event)).collect();
        tied.extend(self.placed_ties(doc, &dates, &tied, published));
        let framing = framing_weekday_ties(doc, &dates, &tied, &hits);
        tied.extend(framing);
        let is_tied: HashSet<usize> = tied.iter().map(|(k, _)| *k).collect();
        let mut disagreeing = HashSet::new();
        for (k, event) in tied {
            // "10 years ago, on 1 February 1995": a date in apposition restates the tied one, and
            // so does the day a period the tied year dates ends on ("its 1988 financial year
            // ending next May 31")
            let restates = |a: &DateMention, b: &DateMention| in_apposition(doc, a, b) || ends_the_period(doc, a, b);
            let restated = (k + 1 < dates.len() && !is_tied.contains(&(k + 1)) && restates(&dates[k], &dates[k + 1]))
                .then_some(k + 1);
            for j in std::iter::once(k).chain(restated) {
                if let Some(f) = cmp_dates::check_event_date(doc, &dates[j], &self.facts.events[event], published) {
                    disagreeing.insert(j);
                    out.push(f);
                }
            }
        }
        // a weekday beside a date the facts date otherwise: the date may be the slip, so
        // the weekday's fix is the editor's choice, never applied unattended
        out.extend(weekdays.into_iter().map(|(k, f)| match disagreeing.contains(&k) {
            true => f.as_choice(),
            false => f,
        }));
        out
    }
}

impl Checker<'_> {
    /// "the sluggishness of the fourth quarter last year" (reuters21578/08746.txt), where one
    /// event's cue is `sluggishness` and another's `first quarter`: a cue read inside the date
    /// itself without its date words ("quarter", `event_cue_forms`) where the story writes
    /// other date words ("fourth") may be its event with the ordinal changed, or the date of
    /// another event whose cue is written beside it. When another cue reaches the date, that
    /// one is the date's: the changed ordinal is read as naming another period, not as a slip.
    /// With no other cue in reach, the form still ties ("the second half of 1986" for `first
    /// half`, 1985).
    fn yield_cues_read_out_of_the_date(&self, doc: &Doc, date: &DateMention, in_scope: &mut Vec<CueHit>) {
        let read_out = |h: &CueHit| {
            date.tokens.start <= h.tokens.start
                && h.tokens.end <= date.tokens.end
                && !written_whole(doc, h.tokens.start, &self.facts.events[h.fact].about)
        };
        if in_scope.iter().any(|h| !read_out(h)) {
            in_scope.retain(|h| !read_out(h));
        }
    }

    /// Dates standing where an event's cue written as a placed date stood before the copy
    /// changed it: for `about: [to September 1957]`, "to September 1958"; for `[last year's]`,
    /// "1985's". The date the cue writes is what the copy changed, so the cue is no longer in
    /// the story; the date after the same placing words, in the same shape, stands in its
    /// place. Only a date no cue ties, the only such date in the story, claimed for one event
    /// alone, and of an event no date of its sentence is tied to yet: a date tied to the event
    /// in another sentence is another mention of it (in reuters21578/18776 "Japan raised its
    /// pledge to 88 billion yen from 80 billion last year" ties 1986 to the pledges, and "up
    /// from 1985's 2.6 billion", once "last year's", still stands in the cue's place).
    fn placed_ties(
        &self,
        doc: &Doc,
        dates: &[DateMention],
        tied: &[(usize, usize)],
        published: Option<NaiveDate>,
    ) -> Vec<(usize, usize)> {
        let placed = &self.indexes.placed_dates;
        if placed.is_empty() {
            return Vec::new();
        }
        // a cue is still written only with its date in its shape: cue words drop a possessive,
        // so `[last year's]` is found in "80 billion last year", where it is no longer written
        let in_shape = |h: &CueHit| {
            dates.iter().any(|m| {
                h.tokens.start <= m.tokens.start
                    && m.tokens.end <= h.tokens.end
                    && date_shape(doc, m) == Some(placed[h.fact].shape)
            })
        };
        let written: HashSet<usize> = self
            .indexes
            .placed_cues
            .hits(doc, 0..doc.tokens.len())
            .iter()
            .filter(|h| in_shape(h))
            .map(|h| h.fact)
            .collect();
        let sentence_of = |k: usize| doc.sentence_index(dates[k].tokens.start);
        let found_beside = |event: usize, k: usize| {
            tied.iter()
                .any(|&(j, e)| e == event && sentence_of(j) == sentence_of(k))
        };
        let mut claims: std::collections::BTreeMap<usize, HashSet<usize>> = Default::default();
        for (c, cue) in placed.iter().enumerate() {
            if written.contains(&c) {
                continue;
            }
            let stands_in = |(k, m): &(usize, &DateMention)| {
                !tied.iter().any(|(j, _)| j == k)
                    && !found_beside(cue.event, *k)
                    && cmp_dates::can_check(m, published)
                    && date_shape(doc, m) == Some(cue.shape)
                    && placed_by(doc, m, &cue.placing)
            };
            let candidates: Vec<usize> = dates.iter().enumerate().filter(stands_in).map(|(k, _)| k).collect();
            if let [k] = candidates[..] {
                claims.entry(k).or_default().insert(cue.event);
            }
        }
        claims
            .into_iter()
            .filter(|(_, events)| events.len() == 1)
            .flat_map(|(k, events)| events.into_iter().map(move |e| (k, e)))
            .collect()
    }
}

/// Ties of a weekday in the possessive inside a phrase opening its sentence with "In", before
/// the sentence's first comma: the phrase frames the clause after the comma, so the weekday
/// is the day of the first event cue of that clause's phrase, even one a date of the clause
/// ties already ("In Friday's flashpoint in Canadian-U.S. trade relations, the U.S.
/// International Trade Commission ruled unanimously Monday": reuters21578/09076; "In
/// Wednesday's Budget, Mr Brown doubled ...": bbc/politics/387). Only a weekday no cue ties.
fn framing_weekday_ties(
    doc: &Doc,
    dates: &[DateMention],
    tied: &[(usize, usize)],
    hits: &HashMap<usize, Vec<CueHit>>,
) -> Vec<(usize, usize)> {
    let framed = |(k, m): (usize, &DateMention)| {
        let weekday = matches!(m.expr, DateExpr::Weekday { explicit: None, .. })
            && date_shape(doc, m).is_some_and(|s| s.is_possessive());
        let sentence = doc.sentence(m.tokens.start);
        if !weekday || tied.iter().any(|&(j, _)| j == k) || doc.lower_at(sentence.start) != "in" {
            return None;
        }
        let comma = (sentence.start..sentence.end).find(|&j| doc.tokens[j].text() == ",")?;
        let clause = comma + 1..comma + 1;
        let cue = hits
            .get(&doc.sentence_index(m.tokens.start))?
            .iter()
            .find(|h| h.tokens.start > comma && h.joined == Joined::Free)?;
        (m.tokens.end <= comma && in_one_phrase(doc, &clause, &cue.tokens)).then_some((k, cue.fact))
    };
    dates.iter().enumerate().filter_map(framed).collect()
}

/// A quote given to somebody through a pronoun ("he added") is reported at the name the
/// pronoun points back to, sentences before it maybe: the quote's label says which word of
/// its own gave it there (reuters21578/07500.txt).
fn say_which_pronoun(finding: &mut Finding, pronoun: &str) {
    if finding.code == Code::QuoteMisattributed {
        if let Some((_, label)) = finding.related.as_mut() {
            *label = format!("these words, \"{pronoun}\" pointing back to the name");
        }
    }
}

/// Whether date `b` follows date `a` with only "and" between them: "in 1991 and 1999", two
/// dates of one phrase.
fn joined_by_and(doc: &Doc, a: &DateMention, b: &DateMention) -> bool {
    b.tokens.start == a.tokens.end + 1 && doc.lower_at(a.tokens.end) == "and"
}

/// Whether date `b` restates date `a` right after it: "10 years ago, on 1 February 1995",
/// "last week (on Tuesday)".
fn in_apposition(doc: &Doc, a: &DateMention, b: &DateMention) -> bool {
    let between = a.tokens.end..b.tokens.start;
    let commas = between
        .clone()
        .filter(|&k| matches!(doc.tokens[k].text(), "," | "("))
        .count();
    commas == 1
        && between.len() <= 2
        && between
            .clone()
            .all(|k| matches!(doc.lower_at(k), "," | "(" | "on" | "in"))
}

/// Whether date `day` is the day the period a year names ends on: "its 1988 financial year
/// ending next May 31" (reuters21578/19527.txt), "the 1987 year to June 30". Between them stand
/// the period's words, the last a unit of time (`time_units`: "year", "quarter"), and one of
/// `period_end_words` right before the day. The year names the period, the day restates it.
fn ends_the_period(doc: &Doc, year: &DateMention, day: &DateMention) -> bool {
    let lex = lexicon();
    let between = year.tokens.end..day.tokens.start;
    let Some(end_word) = between.clone().last() else {
        return false;
    };
    let period = between.start..end_word;
    let in_lower_case = |k: usize| doc.tokens[k].is_word() && !doc.tokens[k].is_capitalized();
    matches!(year.expr, DateExpr::Year(_))
        && (1..=PERIOD_WORDS).contains(&period.len())
        && period.clone().all(in_lower_case)
        && lex.time_units.contains(doc.lower_at(end_word - 1))
        && lex.period_end_words.contains(doc.lower_at(end_word))
}

/// How many words may name the period a year dates: "financial year", "crop marketing year".
const PERIOD_WORDS: usize = 3;

/// The finding for a name written close to a known one (`intended`, a form of the fact `fact`).
fn misspelling(doc: &Doc, tokens: Range<usize>, intended: &str, fact: &str, loc: &Loc) -> Finding {
    let written = doc.words(tokens.clone());
    let fixed = with_the_written_possessive(&written, intended);
    Finding::new(
        Code::NameMisspelled,
        doc.span(tokens),
        format!("`{written}` looks like a misspelling of `{intended}`"),
        format!("did you mean `{intended}`?"),
    )
    .with_fact(fact, loc, format!("`{fact}` in the facts"))
    .with_help(format!("write `{fixed}`"))
    .with_replacement(fixed)
}

/// The known name with the possessive ending the copy gave the misspelt one ("Charles Clark's"
/// is put right as "Charles Clarke's"), so the fix keeps the sentence's grammar; a name ending
/// in "s" takes the mark alone ("Mr Ebber's" as "Mr Ebbers'").
fn with_the_written_possessive(written: &str, intended: &str) -> String {
    let bare = strip_possessive(written);
    let ending = &written[bare.len()..];
    let mark = ending.trim_end_matches('s');
    if ending.is_empty() || strip_possessive(intended).len() < intended.len() {
        intended.to_string()
    } else if intended.ends_with('s') {
        format!("{intended}{mark}")
    } else {
        format!("{intended}{ending}")
    }
}

/// A title finding whose suggested title is the written one with a misspelt name put right.
fn only_the_name_differs(doc: &Doc, title: &Finding, written: &str, intended: &str) -> bool {
    let key = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let in_story = key(&doc.text[title.span.clone()]).replace(&key(written), &key(intended));
    title.replacement.as_deref().is_some_and(|r| key(r) == in_story)
}

/// "would raise from 8.5 to 17 billion dlrs" for `8.5 to 17 billion dlrs`: a change whose first
/// number is tied to a range figure and gives its low end writes that range, so the change's
/// other number, tied to nothing, is the figure's too (and disagrees outside the range). So is
/// the high end of a range whose low end carries its conversion in brackets ("valued at between
/// $30,000 (£16,000) and $50,000", which the reader reads as two numbers).
fn range_ends(
    doc: &Doc,
    numbers: &[NumberMention],
    figures: &[Figure],
    tied: &[((usize, Range<usize>), usize)],
) -> Vec<((usize, Range<usize>), usize)> {
    let is_tied = |k: usize| tied.iter().any(|((j, _), _)| *j == k);
    tied.iter()
        .filter_map(|((start, cue), f)| {
            let value = &figures[*f].value;
            let across = (numbers.get(start + 1).zip(numbers.get(start + 2)))
                .is_some_and(|(conversion, high)| range_across_conversion(doc, &numbers[*start], conversion, high));
            let end = if across { start + 2 } else { start + 1 };
            let low_end = Quantity {
                high: value.low,
                ..value.clone()
            };
            let opens_range = value.low != value.high && numbers[*start].quantity.agrees_with(&low_end);
            let other_end = numbers.get(end).filter(|m| !is_tied(end) && m.quantity.ties_to(value));
            let writes_range = opens_range && other_end.is_some_and(|m| across || is_change(doc, &numbers[*start], m));
            writes_range.then(|| ((end, cue.clone()), *f))
        })
        .collect()
}

/// Whether one of two amounts is counted per a thing the other is not counted per: "42.2 mln
/// dlrs or 49 cts a share" are a whole profit and the profit per share, never one amount given
/// twice, as "426m per minute, or 25.6 km/h" is (rates of time convert).
fn counted_per_other_things(a: &Quantity, b: &Quantity) -> bool {
    let per_thing = |q: &Quantity| matches!(q.per, Some(Per::Thing(_) | Per::Count(..)));
    (per_thing(a) || per_thing(b)) && a.per != b.per
}

/// "48% use two or three": whether a number stands inside a cue as the facts write it, words
/// of what the cue's figure describes (a cue read out of the number's own compound, "test" of
/// "three-test", is no such cue).
fn in_cue_as_written(h: &CueHit, m: &NumberMention) -> bool {
    h.joined == Joined::Free && h.tokens.contains(&m.core) && !(h.fused && h.tokens.start == m.core)
}

/// Whether a cue stands where its form asks, from a number: a form without the figure's own
/// value words stands in their place.
fn stands_in_place(m: &NumberMention, h: &CueHit) -> bool {
    match h.joined {
        Joined::Free => true,
        Joined::NumberAfter { qualified } => h.tokens.end == m.tokens.start && (!qualified || m.start > m.tokens.start),
        Joined::NumberBefore { with_unit } => {
            m.tokens.end == h.tokens.start && (!with_unit || m.tokens.end > m.core_end)
        }
    }
}

/// Where a figure's `near` words stand from a number: in its sentence, or only in its
/// paragraph; or the figure has none.
#[derive(Clone, Copy, PartialEq)]
enum Near {
    Sentence,
    Paragraph,
    Unasked,
}

/// "Applications rose by 17%, up 23,600 to 27,700", "cut the price by 0.50 dlrs to 4.49 dlrs":
/// a range whose low end is one figure of its cue and whose high end another is no range of
/// one figure but the two figures written as a change (a before and an after, or an amount
/// and the level it reached), as "from 23,600 to 27,700" would be. One end written otherwise
/// still disagrees with the figure nearest it.
fn ends_are_two_figures(range: &Quantity, figures: &[&Quantity]) -> bool {
    // each end with its other reading ("27,700" after "17%" is a percentage or a count)
    fn at(q: &Quantity, value: i128) -> Quantity {
        Quantity {
            low: value,
            high: value,
            also: q.also.as_ref().map(|other| Box::new(at(other, value))),
            ..q.clone()
        }
    }
    let end = |value: i128| at(range, value);
    let agreeing = |q: &Quantity| figures.iter().position(|f| q.agrees_with(f));
    let (low, high) = (agreeing(&end(range.low)), agreeing(&end(range.high)));
    // (a bound's span, "up to £3,000", is no range of two written ends)
    range.bound.is_none() && range.low < range.high && low.is_some() && high.is_some() && low != high
}

/// Whether an event's cue opens an infinitive right after a date ("to" and a word that is no
/// determiner: "to be held", "to discuss"): the infinitive says what the noun before the date
/// is for, and is dated by its own words after it, never by the date before it, which dates the
/// verb it follows ("announced a tender on Friday, February 27 to be held today",
/// reuters21578/01540.txt).
fn opens_an_infinitive_after(doc: &Doc, cue: &Range<usize>, date: &Range<usize>) -> bool {
    let verb = cue.start + 1;
    cue.start == date.end
        && cue.len() > 1
        && doc.lower_at(cue.start) == "to"
        && doc.tokens[verb].is_word()
        && !lexicon().determiners.contains(doc.lower_at(verb))
}

/// Whether an event's cue stands right before a date, or with only an adverb between them
/// (`bare_date_adverbs`: "released later this month"; reuters21578/00136).
fn stands_right_before(doc: &Doc, cue: &Range<usize>, date: &Range<usize>) -> bool {
    let adverb = |k: usize| lexicon().bare_date_adverbs.contains(doc.lower_at(k));
    cue.end == date.start || (cue.end + 1 == date.start && adverb(cue.end))
}

/// Words that close a cue of comparison ("well up on", "down slightly from", "higher than").
const COMPARISON_LINKS: &[&str] = &["on", "from", "than", "against", "over", "versus"];

/// Verbs of comparison whose "with" or "to" closes a cue of comparison ("compared with 30
/// billion dlrs in March 1986": reuters21578/07607.txt); "with" and "to" alone close many
/// other cues ("met with", "rose to").
const COMPARISON_VERBS: &[&str] = &["compare", "compares", "compared", "comparing"];

/// Whether a cue closes on a word of comparison (`COMPARISON_LINKS`), or on the "with" or "to"
/// of a verb of comparison (`COMPARISON_VERBS`).
fn compares(doc: &Doc, cue: &Range<usize>) -> bool {
    let last = doc.lower_at(cue.end - 1);
    let after_a_comparing_verb = cue.len() >= 2 && COMPARISON_VERBS.contains(&doc.lower_at(cue.end - 2));
    COMPARISON_LINKS.contains(&last) || (matches!(last, "with" | "to") && after_a_comparing_verb)
}

/// How many tokens a number's alternative after "or" may stand from it: the words of what it
/// multiplies or counts ("10 times cash flow or 30 dlrs"), a comma and the "or".
const ALTERNATIVE_REACH: usize = 4;

/// Whether `second` follows `first` after "or" in its sentence, a few words on: the same
/// amount said another way.
fn gives_as_alternative(doc: &Doc, first: &NumberMention, second: &NumberMention) -> bool {
    let between = first.tokens.end..second.tokens.start.max(first.tokens.end);
    between.len() <= ALTERNATIVE_REACH
        && between.start < between.end
        && doc.lower_at(between.end - 1) == "or"
        && doc.sentence_index(first.core) == doc.sentence_index(second.core)
}

/// How far from a date an event's cue may stand (tokens, in its sentence): far enough for any
/// sentence of prose, and a bound for tables of dates that have no full stop.
const EVENT_CUE_REACH: usize = 60;

/// Money, percentages and round counts or measures ("1,200 people", "1,500 hectares") are
/// figures worth sourcing; small counts ("three ministers") and spans of time are not.
fn is_reportable(m: &NumberMention) -> bool {
    match &m.quantity.kind {
        Kind::Money(_) | Kind::UnnamedMoney(_) | Kind::Percent => true,
        Kind::Count => m.quantity.exponent >= 2,
        Kind::Measure(dimension) => m.quantity.exponent >= 2 && !lexicon().separate_dimensions.contains(dimension),
        // a result or a vote is reported as the event it is, not sourced as an amount
        Kind::Tally => false,
    }
}

/// The run's options as a story's config adjusts them.
pub fn options_for(config: &Config, cli: &CheckOptions) -> CheckOptions {
    CheckOptions {
        published: cli.published,
        config_published: config.published,
        unsourced: cli.unsourced || config.wants_unsourced(),
    }
}

/// One story's findings as the user sees them: checked, then the story's suppression comments
/// and the config's severities applied.
pub fn findings_for(checker: &Checker, story: &Story, options: &CheckOptions, config: &Config) -> Vec<Finding> {
    let mut findings = checker.check(story, options);
    story.suppressions.retain(&story.text, &mut findings);
    config.apply_severity(&mut findings);
    findings
}

/// The findings of the story `text` against the facts file `yaml`: the stages' unit tests
/// check whole sentences through this.
/// A number's tie in `check_figures`: the number, the figures another number of its sentence
/// took, and whether to guess among equally near figures that all disagree with it.
type TieFn<'a> = dyn Fn(usize, &dyn Fn(usize) -> bool, bool) -> Option<((usize, Range<usize>), Range<usize>, usize, Range<usize>)>
    + 'a;

/// The ties [`Checker::check_figures`] guesses for the numbers whose own tie was refused
/// (`refused`, in order) and that no later rule tied: each to the likeliest figure no number
/// of its sentence is tied to.
fn guessed_ties(
    doc: &Doc,
    numbers: &[NumberMention],
    refused: &[usize],
    tied: &[((usize, Range<usize>), usize)],
    tie: &TieFn,
) -> Vec<((usize, Range<usize>), Range<usize>, usize, Range<usize>)> {
    let sentence = |k: usize| doc.sentence_index(numbers[k].core);
    let is_tied: HashSet<usize> = tied.iter().map(|((k, _), _)| *k).collect();
    let taken: HashSet<(usize, usize)> = tied.iter().map(|((k, _), f)| (sentence(*k), *f)).collect();
    (refused.iter().filter(|k| !is_tied.contains(k)))
        .filter_map(|&k| tie(k, &|f| taken.contains(&(sentence(k), f)), true))
        .collect()
}

#[cfg(test)]
pub(crate) fn check_yaml(yaml: &str, text: &str, options: &CheckOptions) -> Vec<Finding> {
    use std::path::Path;
    let mut facts = Facts::default();
    facts.add_file(Path::new("f.yaml"), yaml.into()).expect("facts load");
    let story = Story::from_text(Path::new("story.txt"), text.to_string()).expect("story reads");
    Checker::new(&facts).check(&story, options)
}
#[cfg(test)]
mod tests {
    use crate::finding::Code;

    /// The date findings of `story` against events written as `events` (YAML list items).
    fn date_findings(events: &str, story: &str) -> Vec<String> {
        date_findings_on("2004-12-20", events, story)
    }

    /// The text of each figure-mismatch finding of `story` against the facts `yaml`.
    fn figure_mismatches(yaml: &str, story: &str) -> Vec<String> {
        super::check_yaml(yaml, story, &Default::default())
            .into_iter()
            .filter(|f| f.code == Code::FigureMismatch)
            .map(|f| story[f.span].to_string())
            .collect()
    }

    /// The date findings of `story`, published on `published`, against `events`.
    fn date_findings_on(published: &str, events: &str, story: &str) -> Vec<String> {
        let yaml = format!("published: {published}\nevents:\n{events}");
        super::check_yaml(&yaml, story, &Default::default())
            .into_iter()
            .filter(|f| f.code == Code::DateMismatch)
            .map(|f| story[f.span].to_string())
            .collect()
    }

    #[test]
    fn a_range_whose_ends_are_two_figures_of_its_cue_is_a_change() {
        // bbc/politics/047.txt, reuters21578/12701.txt: a before and an after, or an amount and
        // the level it reached, written as a range
        let yaml = "figures:\n  - id: before\n    value: \"23,600\"\n    about: [up]\n  \
                    - id: after\n    value: \"27,700\"\n    about: [up]\n  \
                    - id: cut\n    value: 50 cents\n    about: [cut the price]\n  \
                    - id: price\n    value: 4.49 dlrs\n    about: [cut the price]\n";
        let mismatched = |story: &str| figure_mismatches(yaml, story);
        for story in [
            "Applications rose by 17%, up 23,600 to 27,700.",
            "It cut the price by 0.50 dlrs to 4.49 dlrs.",
        ] {
            assert_eq!(mismatched(story), Vec::<String>::new(), "{story}");
        }
        assert_eq!(
            mismatched("Applications rose by 17%, up 23,600 to 28,700."),
            ["23,600 to 28,700"]
        );
    }

    #[test]
    fn a_quoted_count_of_its_own_noun_is_not_of_a_cue_outside_the_quote() {
        // bbc/entertainment/048's shape: 'the 13-strong AFI jury concluded "the art of screen
        // acting has two chapters"'
        let yaml = "figures:\n  - id: panel\n    value: 13\n    about: [panel]\n";
        let mismatched = |story: &str| figure_mismatches(yaml, story);
        assert!(mismatched("The 13-member panel said \"the game now has two halves\".").is_empty());
        assert!(mismatched("\"We saw two sides,\" the 13-member panel said.").is_empty());
        // outside the quote, or counting the cue's own noun, it is still the figure's
        assert_eq!(mismatched("The panel said the game now has two halves."), ["two"]);
        assert_eq!(mismatched("The panel said \"the two panels met\"."), ["two"]);
    }

    #[test]
    fn a_date_before_an_infinitive_cue_dates_the_verb_before_it() {
        // reuters21578/01540's shape: "announced a tender on Friday, February 27 to be held
        // today"
        let events = "  - id: offer\n    date: 2004-12-17\n    about: [announced an offer]\n  - id: vote\n    date: 2004-12-20\n    about: [to be held]\n";
        let story = "The board announced an offer on Friday, December 17 to be held today.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(
            date_findings(events, &story.replace("December 17", "December 16")),
            ["Friday, December 16"]
        );
    }

    #[test]
    fn a_definite_count_of_named_things_counts_them_not_a_cue_before_it() {
        // reuters21578/10582: "theree Lancer class vessels and subsidy rights owned by the two
        // McLean subsidiaries"
        let yaml = "figures:\n  - id: lancer\n    value: four\n    about: [Lancer class vessels]\n";
        let mismatched = |story: &str| figure_mismatches(yaml, story);
        let story = "It sold the Lancer class vessels and the rights owned by the two Acme subsidiaries.";
        assert!(mismatched(story).is_empty());
        assert_eq!(
            mismatched("It sold five Lancer class vessels and the rights owned by the two Acme subsidiaries."),
            ["five"]
        );
        // a count of the cue's own noun is still its
        assert_eq!(
            mismatched("It sold the Lancer class vessels, the two Acme vessels."),
            ["two"]
        );
    }

    #[test]
    fn a_verb_of_comparison_and_its_with_compare_with_the_date_after_them() {
        // reuters21578/07607: "compared with" is no past tense of another event's "compares
        // with" there, and the month before it opening the sentence is not what it compares with
        let events = "  - id: feb\n    date: 1986-02\n    about: [compares with]\n  - id: mar\n    date: 1986-03\n    about: [compared with]\n";
        let story = "The deficit compares with 24.6 billion dlrs in February 1986. In March, he expects a deficit of 23 billion dlrs compared with 30 billion dlrs in March 1986.";
        assert!(date_findings_on("1987-03-20", events, story).is_empty());
        let wrong = story.replace("in March 1986", "in April 1986");
        assert_eq!(date_findings_on("1987-03-20", events, &wrong), ["April 1986"]);
    }

    /// The words `name-misspelled` findings cover in `text` checked against `yaml`.
    fn misspelt(yaml: &str, text: &str) -> Vec<String> {
        super::check_yaml(yaml, text, &Default::default())
            .into_iter()
            .filter(|f| f.code == Code::NameMisspelled)
            .map(|f| text[f.span].to_string())
            .collect()
    }

    #[test]
    fn a_misspelt_names_fix_keeps_the_possessive_the_copy_wrote() {
        // sweep17: bbc/politics/290.txt, "Charles Clark's"
        let yaml = "people:\n  - name: Charles Clarke\n    title: Home Secretary\n";
        let text = "It was Home Secretary Charles Clarke's plan. Critics called Charles Clark's plan rushed.";
        let fixes: Vec<_> = super::check_yaml(yaml, text, &Default::default())
            .into_iter()
            .filter(|f| f.code == Code::NameMisspelled)
            .map(|f| (text[f.span].to_string(), f.replacement, f.help))
            .collect();
        let fixed = "Charles Clarke's".to_string();
        assert_eq!(
            fixes,
            [(
                "Charles Clark's".into(),
                Some(fixed),
                Some("write `Charles Clarke's`".into())
            )]
        );
        assert_eq!(super::with_the_written_possessive("Clark’s", "Clarke"), "Clarke’s");
        assert_eq!(super::with_the_written_possessive("Clark", "Clarke"), "Clarke");
        assert_eq!(super::with_the_written_possessive("Clark's", "Clarke's"), "Clarke's");
        assert_eq!(
            super::with_the_written_possessive("Mr Ebber's", "Mr Ebbers"),
            "Mr Ebbers'"
        );
        assert_eq!(super::with_the_written_possessive("Ebber’s", "Ebbers"), "Ebbers’");
    }

    #[test]
    fn the_day_a_dated_period_ends_on_restates_its_date() {
        // reuters21578/19527: "seen in its 1988 financial year ending next May 31"
        let events = "  - id: fy-end\n    date: 1988-06-30\n    about: [fiscal year ending]\n";
        let text = |day: &str| format!("Gains are due in its 1988 fiscal year ending next {day}, it said.");
        let on = |day: &str| date_findings_on("1987-07-15", events, &text(day));
        assert_eq!(on("June 30"), Vec::<String>::new());
        assert_eq!(on("March 31"), ["next March 31"]);
        // a change from a year to a day is no period ending: no period's noun between them
        let doc = crate::text::Doc::new("Sales rose from 1986 to June 1987 and fell in 1988 year end trading.");
        let dates = crate::extract::dates::extract_dates(&doc);
        assert!(dates.windows(2).all(|w| !super::ends_the_period(&doc, &w[0], &w[1])));
    }

    #[test]
    fn a_near_common_name_saying_the_persons_known_words_is_theirs_and_speaks_for_them() {
        // batch 20: bbc/politics/347.txt, "Jan Barry said:" for the police federation's Jan Berry
        let yaml = "people:\n  - name: Jan Berry\n  - name: Michael Howard\nquotes:\n  - speaker: Jan Berry\n    \
                    text: \"It is a service, not a political football.\"\n";
        let said = "Michael Howard spoke first. Jan Barry said: \"It is a service, not a political football.\"";
        let findings: Vec<_> = super::check_yaml(yaml, said, &Default::default())
            .into_iter()
            .map(|f| (f.code, said[f.span].to_string()))
            .collect();
        assert_eq!(findings, [(Code::NameMisspelled, "Jan Barry".into())]);
        // both names common, no title, other words: another person's name as written
        let other_words = "Michael Howard spoke first. Jan Barry said: \"We want more police on the streets.\"";
        assert_eq!(misspelt(yaml, other_words), Vec::<String>::new());
        let after = "\"It is a service, not a political football,\" said Jan Barry.";
        assert_eq!(misspelt(yaml, after), ["Jan Barry"]);
    }

    #[test]
    fn a_word_of_a_known_organisations_name_is_no_slip_of_a_persons() {
        // bbc/entertainment/141
        let yaml = "people:\n  - name: Paul Miller\n    aliases: [Miller]\n    title: Detective Inspector\norganisations:\n  - name: Franck Muller\n";
        let text = "Detective Inspector Paul Miller of Thames Valley Police said it. A daisy chain necklace that was a 20th anniversary present and a Franck Muller watch Sharon said was one of only 10 made were also stolen.";
        assert!(misspelt(yaml, text).is_empty(), "{:?}", misspelt(yaml, text));
        assert_eq!(misspelt(yaml, &text.replace("Franck Muller", "Muller")), ["Muller"]);
    }

    /// reuters21578/06923.txt, as the wire wrote it: lower case under a headline in capitals.
    const KNOX: &str = "WORLD BANK OFFICIAL SAYS BOLIVIA SHOULD SEEK GROWTH\n\nLa paz, march 18 - a senior world bank official said the\nlending agency planned to authorise almost 70 mln dlrs in new\ncredits to bolster the productive structure of bolivia's state\noil company ypfb this year.\n     David knox, world bank vice-president for latin america,\nsaid bolivia should invest in projects which would spur growth\nfollowing six consecutive years of economic contraction.\n     Knox said the world bank supported the economic\nstabilisation programme adopted by president victor paz\nestenssoro.\n";

    #[test]
    fn lower_case_copy_is_read_for_organisations_but_not_its_capitals() {
        let yaml = "people:\n  - name: David Knox\n    aliases: [Knox]\n  - name: Victor Paz Estenssoro\n    aliases: [Paz Estenssoro]\n    title: president\norganisations:\n  - name: World Bank\n";
        assert!(misspelt(yaml, KNOX).is_empty(), "{:?}", misspelt(yaml, KNOX));
        assert_eq!(
            misspelt(yaml, &KNOX.replace("senior world bank", "senior world bnak")),
            ["world bnak"]
        );
        assert!(misspelt(yaml, &KNOX.replace("WORLD BANK", "WORLD BNAK")).is_empty());
    }

    #[test]
    fn two_letters_changed_in_a_long_surname_in_lower_case_copy_slip() {
        // reuters21578/00137.txt
        let yaml = "people:\n  - name: Manuel Azpurua\n    aliases: [Azpurua]\n    title: finance minister\n  - name: Jorge Marcano\n";
        let text = "Caracas, feb 26 - venezuela is seeking a 'constructive and\nflexible' attitude from its creditor banks in current talks to\nreschedule 21 billion dlrs in foreign debt, finance minister\nmanuel azpurua told a press conference.\n    He declined to comment on meetings this week in new york\nbetween public finances director jorge marcano and venezuela's\n13-bank advisory committee except to say, \"they are\nprogressing.\"\n    Azpurua said venezuela has shown solidarity with brazil's\n";
        assert!(misspelt(yaml, text).is_empty(), "{:?}", misspelt(yaml, text));
        assert_eq!(
            misspelt(yaml, &text.replace("manuel azpurua", "manuel aspuria")),
            ["manuel aspuria"]
        );
    }

    #[test]
    fn a_period_named_by_its_cue_is_still_tied_when_its_ordinal_changes() {
        let events = "  - id: first-half\n    date: 1985\n    about: [first half]\n";
        let story = "Output grew 3 pct in the first half of 1985, the ministry said.";
        assert!(date_findings(events, story).is_empty());
        let changed = story.replace("first half of 1985", "second half of 1986");
        assert_eq!(date_findings(events, &changed), ["second half of 1986"]);
    }

    #[test]
    fn a_period_with_another_ordinal_beside_another_events_cue_is_that_events() {
        // reuters21578/08746: "despite the sluggishness of the fourth quarter last year"
        let events = "  - id: lull\n    date: 1986\n    about: [sluggishness]\n  \
                      - id: next\n    date: 1987\n    about: [first quarter]\n";
        let published = "1987-03-24";
        let story = "Output grew despite the sluggishness of the fourth quarter last year, economists say.";
        assert!(date_findings_on(published, events, story).is_empty());
        let changed = story.replace("last year", "this year");
        assert_eq!(
            date_findings_on(published, events, &changed),
            ["fourth quarter this year"]
        );
        // the ordinal the cue writes is the cue's own: "first quarter" is still its event's
        let own = "The sluggishness was expected to spill over into the first quarter this year.";
        assert!(date_findings_on(published, events, own).is_empty());
    }

    #[test]
    fn a_cue_with_a_relative_date_in_it_ties_the_date_written_otherwise() {
        let events = "  - id: theme\n    date: 2004\n    about: [this year's show]\n";
        let story = "Colour was a big theme at this year's show, organisers said.";
        assert!(date_findings(events, story).is_empty());
        let changed = story.replace("this year's", "last year's");
        assert_eq!(date_findings(events, &changed), ["last year's"]);
    }

    #[test]
    fn a_cue_that_only_places_a_date_ties_no_other_date() {
        let events = "  - id: hires\n    date: 2004-10\n    about: [hired]\n  \
                      - id: september\n    date: 2004-09\n    about: [in September]\n  \
                      - id: august\n    date: 2004-08\n    about: [in August]\n";
        let story = "The firm hired 300 staff in October, after 120 in September.";
        assert!(date_findings(events, story).is_empty());
        let changed = story.replace("in October", "in October 2003");
        assert_eq!(date_findings(events, &changed), ["October 2003"]);
    }

    #[test]
    fn an_event_cue_ties_its_verb_in_another_tense() {
        let events = "  - id: term\n    date: 1987-08\n    about: [term expires]\n  \
                      - id: fed\n    date: 1987-06-10\n    about: [meets]\n";
        let on = |story: &str| date_findings_on("1987-06-02", events, story);
        assert!(on("His term expires in August. The Fed may raise rates when it meets next week.").is_empty());
        assert_eq!(on("His term expired last August."), ["last August"]);
        assert_eq!(
            on("The Fed may raise rates, as it did when it met last week."),
            ["last week"]
        );
    }

    #[test]
    fn a_cue_of_comparison_speaks_of_the_date_of_what_it_compares_with() {
        // reuters21578/09749.txt: the year-ago comparisons
        let events = "  - id: february-1986\n    date: 1986-02\n    about: [well up on, down slightly from]\n  \
                      - id: record-surplus-1986\n    date: 1986\n    about: [record]\n";
        let on = |story: &str| date_findings_on("1987-03-26", events, story);
        let story = "The February trade surplus was well up on the 6.84 billion\nmark surplus posted in the \
                     same month of 1986. But the current\naccount surplus was down slightly from the 6.85 \
                     billion surplus\nrecorded in February 1986.";
        assert!(on(story).is_empty());
        // the subject's month before the cue does not take it
        assert_eq!(on(&story.replace("month of 1986", "month of 1985")), ["1985"]);
        // nor does a verb of its object matched in another tense ("recorded" for `record`)
        assert_eq!(
            on(&story.replace("recorded in February 1986", "recorded in January 1986")),
            ["January 1986"]
        );
    }

    #[test]
    fn a_year_before_a_champion_dates_the_title() {
        let events = "  - id: open-win\n    date: 1998\n    about: [Open champion]\n";
        let story = "The crowd cheered as 1998 Open champion Ann Cole took the first set.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("1998", "1997")), ["1997"]);
    }

    #[test]
    fn may_after_a_possessive_is_the_month_of_the_event() {
        let events = "  - id: budget\n    date: 2004-03\n    about: [budget]\n";
        let story = "Mr Cole said the deficit would be smaller than forecast in his March budget.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("March", "May")), ["May"]);
    }

    #[test]
    fn a_count_back_to_an_event_known_to_its_month_or_year_counts_calendar_units() {
        // published on Monday 19 October 1987
        let events = "  - id: rate-rise\n    date: 1987-09\n    about: [raised rates]\n  \
                      - id: merger\n    date: 1985\n    about: [merged]\n  \
                      - id: vote\n    date: 1987-08-25\n    about: [voted]\n";
        let on = |story: &str| date_findings_on("1987-10-19", events, story);
        assert!(on("A month ago the bank raised rates.").is_empty());
        // August, where days would reach September 3
        assert_eq!(on("Two months ago the bank raised rates."), ["Two months ago"]);
        assert!(on("The two firms merged two years ago.").is_empty());
        assert_eq!(on("The two firms merged three years ago."), ["three years ago"]);
        // an event known to the day is counted in days, give or take half a unit
        assert!(on("The board voted two months ago.").is_empty());
    }

    #[test]
    fn in_so_many_years_counts_calendar_years_to_an_event_known_to_its_year() {
        // published on Friday 14 January 2005
        let events = "  - id: opening\n    date: 2007\n    about: [set to open]\n";
        let on = |story: &str| date_findings_on("2005-01-14", events, story);
        assert!(on("The new stadium is set to open in two years.").is_empty());
        assert_eq!(on("The new stadium is set to open in three years."), ["in three years"]);
        assert!(on("The new stadium is set to open in two years' time.").is_empty());
    }

    #[test]
    fn next_weekend_on_a_weekday_is_next_weeks() {
        // published on Thursday 10 February 2005; the awards are that Saturday
        let events = "  - id: awards\n    date: 2005-02-12\n    about: [awards]\n";
        let story = "The film is expected to do well at the awards this weekend.";
        assert!(date_findings_on("2005-02-10", events, story).is_empty());
        let next = story.replace("this weekend", "next weekend");
        assert_eq!(date_findings_on("2005-02-10", events, &next), ["next weekend"]);
    }

    #[test]
    fn a_possessive_weekday_opening_the_sentence_after_in_dates_the_clause_after_its_comma() {
        // reuters21578/09076, published Tuesday 24 March 1987; the ruling was on Monday
        let events = "  - id: itc-ruling\n    date: 1987-03-23\n    about: [ruled]\n";
        let story = "In Monday's flashpoint in Canadian-U.S. trade relations, the U.S. International \
                     Trade Commission ruled unanimously Monday that shipments were injuring the industry.";
        assert!(date_findings_on("1987-03-24", events, story).is_empty());
        let friday = story.replace("Monday's", "Friday's");
        assert_eq!(date_findings_on("1987-03-24", events, &friday), ["Friday's"]);
        // a weekday not framing the sentence from its opening "In" is another day's
        let after = friday.replacen("In Friday's", "After Friday's", 1);
        assert!(date_findings_on("1987-03-24", events, &after).is_empty());
    }

    #[test]
    fn a_date_joined_by_and_to_a_tied_one_takes_a_free_cue_of_that_ones_phrase() {
        // bbc/sport/241: "won the World Cup in 1991 and 1999", each win an event of its own
        let events = "  - id: first-win\n    date: 1991\n    about: [won the World Cup in]\n  \
                      - id: second-win\n    date: 1999\n    about: [World Cup]\n";
        let story = "She won the World Cup in 1991 and 1999 and two Olympic golds.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("1999", "1995")), ["1995"]);
        // a date after a phrase of its own is not joined: "and then in 1995" keeps its break
        let apart = "She won the World Cup in 1991 and then in 1995 retired.";
        assert!(date_findings(events, apart).is_empty());
    }

    #[test]
    fn a_date_whose_nearest_cue_is_a_nearer_dates_takes_the_next_cue_of_its_phrase() {
        // bbc/entertainment/066
        let events = "  - id: ticket-price\n    date: 2004\n    about: [average cost]\n  \
                      - id: earlier-price\n    date: 2002\n    about: [compared to]\n";
        let story = "The average cost of a ticket could be as high as $6.25 in 2004, compared to $5.80 in 2002.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("in 2004", "in 2005")), ["2005"]);
        // across a phrase break the cue speaks of something else
        let across = "The average cost fell, and prices could be $6.25 in 2005, compared to $5.80 in 2002.";
        assert!(date_findings(events, across).is_empty());
    }

    #[test]
    fn a_bracketed_aside_between_a_cue_and_its_date_keeps_them_in_one_phrase() {
        let events = "  - id: sales-year\n    date: 2003\n    about: [sales were]\n  \
                      - id: target\n    date: 2008\n    about: [hopes to triple]\n";
        let story = "Its sales were €2bn ($2.4bn) in 2003, which the firm hopes to triple by 2008.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("in 2003", "in 2002")), ["2002"]);
        // whatever the aside holds, it is passed over whole
        let aside = story
            .replace("($2.4bn)", "(up 5%, a record)")
            .replace("in 2003", "in 2002");
        assert_eq!(date_findings(events, &aside), ["2002"]);
    }

    #[test]
    fn a_cue_matched_in_another_tense_ties_a_date_in_its_own_phrase_only() {
        let events = "  - id: forecast\n    date: 2004\n    about: [climb by]\n";
        let story = "Rents climbed by 4% in 2004.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2004", "2003")), ["2003"]);
        let across = "Rents climbed by 4%, a county that had seen strong growth during most of 2003.";
        assert!(date_findings(events, across).is_empty());
        // the cue as the facts write it still ties across a comma
        let written = "Rents will climb by 4%, as they did during most of 2003.";
        assert_eq!(date_findings(events, written), ["2003"]);
    }

    #[test]
    fn a_year_as_the_object_of_a_verb_of_a_span_dates_its_clause() {
        let events = "  - id: top\n    date: 2003\n    about: [on top of the world rankings]\n";
        let story = "He finished 2003 on top of the world rankings.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2003", "2002")), ["2002"]);
        // a count before a unit or a level is no year
        let count = "He finished 1986 points clear on top of the world rankings.";
        assert!(date_findings(events, count).is_empty());
    }

    #[test]
    fn a_year_after_a_noun_of_a_spans_edge_and_to_dates_its_clause() {
        // bbc/business/329.txt
        let events = "  - id: quiet-start\n    date: 2005\n    about: [quiet start]\n";
        let story = "Looking ahead, the group is anticipating a quiet start to 2005 with the market picking up.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2005", "2006")), ["2006"]);
        // "to" after another word is no span's edge: a count may follow it
        let count = "After a quiet start, sales rose to 2006 homes.";
        assert!(date_findings(events, count).is_empty());
        // nor is a count before a unit
        let unit = "The index made a quiet start to 2006 points.";
        assert!(date_findings(events, unit).is_empty());
    }

    #[test]
    fn a_cue_ending_in_a_preposition_ties_a_bare_date_right_after_the_rest() {
        let events = "  - id: talks\n    date: 1987-01\n    about: [began in]\n  \
                      - id: results\n    date: 1987-03-11\n    about: [after-hours trade on]\n";
        let on = |story: &str| date_findings_on("1987-03-12", events, story);
        assert!(on("Talks began in January. Shares fell in after-hours trade on Wednesday.").is_empty());
        assert_eq!(on("Talks began last year."), ["last year"]);
        assert_eq!(on("Shares fell in after-hours trade last week."), ["last week"]);
        assert!(on("Shares fell in after-hours trade yesterday.").is_empty());
        // only right before: "began" alone is no cue of a date further on
        assert!(on("Talks began, and last year they stalled.").is_empty());
        // ... or with an adverb between (reuters21578/00136: "scheduled to be released later
        // this month" for a report due in March)
        assert_eq!(on("Talks began earlier this month."), ["this month"]);
        assert!(on("Talks began earlier this year.").is_empty());
        assert!(on("Talks began slowly last year.").is_empty(), "another word between");
    }

    #[test]
    fn a_date_where_a_cue_written_as_a_placed_date_stood_is_that_events() {
        let events = "  - id: start\n    date: 1956-09\n    about: [date from]\n  \
                      - id: end\n    date: 1957-09\n    about: [to September 1957]\n  \
                      - id: pledges\n    date: 1986\n    about: [last year's]\n";
        let on = |story: &str| date_findings_on("1987-06-18", events, story);
        let story = "The tapes date from September 1956 to September 1957. Pledges rose from last year's 2.6 billion.";
        assert!(on(story).is_empty());
        assert_eq!(
            on(&story.replace("to September 1957", "to September 1958")),
            ["September 1958"]
        );
        assert_eq!(on(&story.replace("last year's", "1985's")), ["1985"]);
        // the cue written whole places its event: another date after "to" is not it
        let both = "The tapes date from September 1956 to September 1957, and were sold to May 1958.";
        assert!(on(both).is_empty());
        // two dates that could stand in the cue's place: neither is taken
        let two = "The tapes date from September 1956 to September 1958, the rest to June 1959.";
        assert!(on(two).is_empty());
    }

    #[test]
    fn a_placed_date_cue_is_written_only_in_its_shape_and_an_event_may_have_other_dates() {
        // reuters21578/18776: "up from last year's 2.6 billion" made "1985's"; the next
        // sentence's "last year" is no possessive, and is the event's through another cue
        let events = "  - id: pledges\n    date: 1986\n    about: [last year's, Japan raised its pledge]\n";
        let on = |story: &str| date_findings_on("1987-06-18", events, story);
        let story = "The overall total, up from last year's 2.6 billion, reflected higher \
                     pledges. He said Japan raised its pledge to 88 billion yen from 80 billion last year.";
        assert!(on(story).is_empty());
        assert_eq!(on(&story.replace("last year's", "1985's")), ["1985"]);
    }

    #[test]
    fn a_year_a_verb_names_something_dates_its_clause() {
        let events = "  - id: year\n    date: 2004\n    about: [success]\n";
        let story = "Ms Whitman called 2004 an outstanding success for the firm.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2004", "2003")), ["2003"]);
        let described = "She described 2003 as a success.";
        assert_eq!(date_findings(events, described), ["2003"]);
        // before a noun the number is a count: "called 2003 reservists"
        let count = "The army called 2003 reservists to the colours after its success.";
        assert!(date_findings(events, count).is_empty());
    }

    #[test]
    fn a_year_a_verb_foresees_before_to_be_dates_its_clause() {
        // bbc/business/042.txt: "It expected 2005 to be a "transitional year" and to return to
        // profitability in 2006."
        let events = "  - id: transitional\n    date: 2005\n    about: [transitional year]\n  - id: profit\n    date: 2006\n    about: [return to profitability]\n";
        let story = "It expected 2005 to be a \"transitional year\" and to return to profitability in 2006.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2005", "2006")), ["2006"]);
        // a count before "to" and another number is a range: "expected 2500 to 3000 jobs"
        let range = "It expected 2004 to 2005 jobs to go in the transitional year.";
        assert!(date_findings(events, range).is_empty());
    }

    #[test]
    fn a_year_adjective_naming_a_span_of_time_dates_the_clause() {
        let events = "  - id: contract\n    date: 2005\n    about: [re-sign]\n";
        let story = "Bath did not re-sign him for the 2005 season.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2005", "2006")), ["2006"]);
    }

    #[test]
    fn an_ordinal_day_of_a_month_is_a_date() {
        let events = "  - id: opening\n    date: 2004-11-13\n    about: [opens]\n";
        assert!(date_findings(events, "The show opens on the 13th of November.").is_empty());
        assert_eq!(
            date_findings(events, "The show opens on the 14th of November."),
            ["14th of November"]
        );
    }

    #[test]
    fn of_two_cues_on_the_same_words_the_longer_ties_the_date() {
        // "Tests" is also the cue "June Tests" without its month
        let events = "  - id: ashes\n    date: 2005\n    about: [Ashes Tests]\n  \
                      - id: home-series\n    date: 2004-06\n    about: [June Tests]\n";
        let story = "He played in all five Ashes Tests in 2005 and captained the side since.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("2005", "2009")), ["2009"]);
    }

    #[test]
    fn a_year_before_a_name_in_quotation_marks_dates_it() {
        let events = "  - id: open-skies\n    date: 1992\n    about: [Open Skies]\n";
        let story = "He was one of the authors of the 1992 \"Open\nSkies\" treaty, which allowed flights.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("1992", "1991")), ["1991"]);
        let curly = "He was one of the authors of the 1991 “Open Skies” treaty.";
        assert_eq!(date_findings(events, curly), ["1991"]);
    }

    #[test]
    fn an_event_cue_with_date_words_inside_is_matched_whole() {
        // bbc/tech/389
        let events = "  - id: q3\n    date: 2004\n    about: [between July and September]\n";
        let story = "Some 167 million handsets were sold between July and September 2004.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(
            date_findings(events, &story.replace("2004", "2005")),
            ["July and September 2005"]
        );
    }

    #[test]
    fn a_year_adjective_of_a_phrase_dates_the_cue_of_the_noun_it_completes() {
        // bbc/politics/376
        let events = "  - id: dalton-budget\n    date: 1947\n    about: [leaking details]\n";
        let story = "Hugh Dalton resigned after leaking details of his 1947 budget to a journalist.";
        assert!(date_findings(events, story).is_empty());
        assert_eq!(date_findings(events, &story.replace("1947", "1945")), ["1945"]);
    }

    #[test]
    fn a_bare_weekday_naming_the_events_day_agrees_whichever_way_the_tense_points() {
        // reuters21578/19559 (Monday 29 June 1987): the "will" is the main clause's, the
        // ceiling was agreed on the Saturday before
        let events = "  - id: pact-agreed\n    date: 1987-06-27\n    about: [agreed by OPEC]\n";
        let story = "OPEC output for the second half of 1987, including that of Iraq, will be above \
                     the official 16.6 mln barrels per day (bpd) output ceiling agreed by OPEC Saturday, \
                     Kuwait oil minister Sheikh Ali al-Khalifa al-Sabah, said.";
        assert!(date_findings_on("1987-06-29", events, story).is_empty());
        assert_eq!(
            date_findings_on("1987-06-29", events, &story.replace("Saturday", "Friday")),
            ["Friday"]
        );
        // bbc/sport/115 (Tuesday 8 February 2005): a fixture in the present, the next day
        let events = "  - id: first-match\n    date: 2005-02-09\n    about: [takes charge]\n";
        let story = "On Wednesday night Toshack takes charge of his first match since replacing Hughes.";
        assert!(date_findings_on("2005-02-08", events, story).is_empty());
        assert_eq!(
            date_findings_on("2005-02-08", events, &story.replace("Wednesday", "Thursday")),
            ["Thursday"]
        );
    }

    #[test]
    fn a_weekday_beside_a_date_the_facts_date_otherwise_is_no_certain_fix() {
        // reuters21578/00175 (Thursday 26 February 1987), edited: Brazil moved on Friday 20
        let yaml =
            "published: 1987-02-26\nevents:\n  - id: brazil-move\n    date: 1987-02-20\n    about: [unilateral move]\n";
        let story = "Bankers were upset over Brazil's unilateral move last Friday, February 19, to suspend payments.";
        let findings = super::check_yaml(yaml, story, &Default::default());
        let found: Vec<(Code, &str, bool)> = findings
            .iter()
            .map(|f| (f.code, &story[f.span.clone()], f.has_certain_fix()))
            .collect();
        assert_eq!(
            found,
            [
                (Code::DateMismatch, "last Friday, February 19", false),
                (Code::WeekdayMismatch, "Friday", false)
            ]
        );
        // beside a date the facts agree with (or no event), a wrong weekday's fix is certain
        let right_date = story.replace("Friday, February 19", "Thursday, February 20");
        let findings = super::check_yaml(yaml, &right_date, &Default::default());
        assert_eq!(findings.len(), 1);
        assert!(findings[0].code == Code::WeekdayMismatch && findings[0].has_certain_fix());
    }

    #[test]
    fn yesterday_from_a_monday_is_not_last_week() {
        // reuters21578/16733 (Monday 13 April 1987): Texaco filed on the Sunday
        let events = "  - id: texaco-filing\n    date: 1987-04-12\n    about: [filed for protection]\n";
        let story = "Yesterday, Texaco filed for protection under Chapter 11 of the U.S. Bankruptcy code, \
                     stating it was unable to continue its business because of the legal fight.";
        assert!(date_findings_on("1987-04-13", events, story).is_empty());
        assert_eq!(
            date_findings_on("1987-04-13", events, &story.replace("Yesterday", "Last week")),
            ["Last week"]
        );
        // a week back, it was last week
        assert!(date_findings_on(
            "1987-04-15",
            "  - id: texaco-filing\n    date: 1987-04-10\n    about: [filed for protection]\n",
            &story.replace("Yesterday", "Last week")
        )
        .is_empty());
    }
}
