//! Does a written title agree with a person's accepted titles?
//!
//! A title agrees with an accepted form when, compared word by word from the name outwards,
//! the story has the form with leading words dropped ("Minister of Strategic Affairs") or with
//! harmless words added in front ("French Finance Minister"). It disagrees when a word is
//! missing, changed or replaced inside the form, or when an office-changing word ("deputy",
//! "shadow") is added or dropped. "former" is judged against the person's `until`.

use crate::extract::people::{adds_an_ending, follows_a_succession_word, misspells_title_word, strip_possessive};
use crate::facts::{is_name_fragment, title_words, Organisation, Person, TitleForm};
use crate::finding::{Code, Finding};
use crate::lexicon::{lexicon, Lexicon, Roles};
use crate::text::Doc;
use chrono::NaiveDate;
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

/// How a written title (without "former") compares with one accepted form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FormMatch {
    /// Nothing in common at the name's end: a different description, not judged.
    Unrelated,
    Agrees,
    /// Close but wrong: some words match from the name outwards, others do not.
    Differs,
}

/// Two title words mean the same: equal, or one a derived form of the other ("Israel's",
/// "Israeli"; "Canada", "Canadian"), but not an office word misspelt.
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let strip = |w: &str| w.trim_end_matches("'s").trim_end_matches("’s").to_string();
    let (a, b) = (strip(a), strip(b));
    // "Ministry's" is the title word "Ministry" as an owner
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    let lex = lexicon();
    if same_but_for_number(&a, &b) || same_country(&a, &b) || same_ministry(&a, &b) || same_role(&a, &b) {
        return true;
    }
    // "Attorny" is a slip of the office word "Attorney", not a word derived from it
    let office_word = lex.title_words.contains(&b) || lex.office_words.contains_key(&b);
    let misspelt_office = office_word && misspells_title_word(&a, &b) && !adds_an_ending(&a, &b);
    // "Commission" names the body, "Commissioner" a post in it
    let body_for_post = |body: &str, post: &str| lex.organisation_words.contains(body) && lex.head_words.contains(post);
    // "ballerina" names an occupation, "Ballet" the company's name it may end; "Presidents"
    // is still the office, before two names
    let occupation_for_word = |a: &str, b: &str| {
        lex.office_words.contains_key(b) && !lex.office_words.contains_key(a) && a.strip_suffix('s') != Some(b)
    };
    shorter >= 4
        && common >= 4
        && common + 1 >= shorter
        && lex.title_words.get(&a).is_none()
        && !misspelt_office
        && !body_for_post(&a, &b)
        && !body_for_post(&b, &a)
        && !occupation_for_word(&a, &b)
        && !occupation_for_word(&b, &a)
}

/// A title's words with its descriptors ("veteran", "opposition") set aside.
fn without_descriptors(words: &[String]) -> Vec<String> {
    let lex = lexicon();
    words
        .iter()
        .filter(|w| !lex.descriptors.contains(*w))
        .cloned()
        .collect()
}

/// A title's words without a body's initials written right after its name ("Philippine
/// Coconut Authority (PCA) chairman", "Australian Wheat Board (AWB) chairman":
/// reuters21578/16144.txt): they name the body again, so they are no word of the post.
fn without_initials_after_their_name(words: &[String]) -> Vec<String> {
    let spells_the_name_before = |k: usize| (0..k).any(|s| initials_of(&words[k..=k], &words[s..k]));
    (0..words.len())
        .filter(|&k| !spells_the_name_before(k))
        .map(|k| words[k].clone())
        .collect()
}

/// A form with fewer words than the written title, descriptors aside ("opposition leader"
/// for "Labour leader"), and a country the title does not write ("Gloucester prop" for
/// "England prop"): the title agrees with it only by words added in front.
pub(crate) fn shorter_than(form: &[String], written: &[String]) -> bool {
    let form = without_unwritten_country(written, form).unwrap_or_else(|| form.to_vec());
    without_descriptors(&form).len() < without_descriptors(written).len()
}

/// Two words of one country ("Britain", "U.K."; "Bonn", "German"): `countries` in
/// `rules/titles.yaml`.
fn same_country(a: &str, b: &str) -> bool {
    let countries = &lexicon().countries;
    countries.get(a).is_some_and(|group| countries.get(b) == Some(group))
}

/// Second readings, which can only make a title agree: a country the story does not write at
/// all is left out of the form ("Assistant Treasury Secretary" for "Assistant U.S. Treasury
/// Secretary"; another country written is another post), and a function with a country's word
/// is read as that country's office, on either side ("British foreign minister" for "Foreign
/// Secretary"). A country's word in the post's complement names the body there ("adviser at
/// Swiss Bank Corp"): it stays, as does one that opens a company's name ("U.S. Steel
/// chairman": "Bethlehem Steel chairman" names another company).
fn agrees_read_otherwise(story: &[String], form: &[String], read: impl Fn(&[String], &[String]) -> FormMatch) -> bool {
    let without_country = without_unwritten_country(story, form).map(|form| (story.to_vec(), form));
    let national = |words: &[String]| as_national_office(&as_national_body(words));
    let as_offices = (national(story), national(form));
    let in_the_forms_words = with_the_forms_office_phrase(story, form).map(|story| (story, form.to_vec()));
    [without_country, Some(as_offices), in_the_forms_words]
        .into_iter()
        .flatten()
        .any(|(s, f)| (s != story || f != form) && read(&s, &f) == FormMatch::Agrees)
}

/// The story's last office phrase written in the form's shorter words, when the two name one
/// office (an entry of `offices` in `rules/titles.yaml`): "Ireland head coach" is read as
/// "Ireland coach", so only the words in front are judged (bbc/sport/290.txt). Only a longer
/// phrase is read shorter: a form's longer phrase would lengthen the title and pass off words
/// in front as added ones ("Ireland coach" read as "Ireland head coach" beside "head coach").
/// The reading lines up the words in front of the post, so a form with none there needs none
/// ("chief executive" already takes words in front, and a post listed there is judged as
/// written: "president and chief executive officer"). A word one phrase adds to the other
/// that changes an office keeps them apart ("chief inspector" is a rank above "inspector").
fn with_the_forms_office_phrase(story: &[String], form: &[String]) -> Option<Vec<String>> {
    let (written, accepted) = (office_phrases(story).pop()?, office_phrases(form).pop()?);
    let (written_words, accepted_words) = (&story[written.0.clone()], &form[accepted.0.clone()]);
    let added_rank = |longer: &[String], shorter: &[String]| {
        shorter.iter().all(|w| longer.contains(w))
            && (longer.iter()).any(|w| !shorter.contains(w) && lexicon().office_changing.contains(w))
    };
    let one_office = written.1 == accepted.1
        && accepted.0.start > 0
        && written_words.len() > accepted_words.len()
        && !added_rank(written_words, accepted_words)
        && !added_rank(accepted_words, written_words);
    one_office.then(|| [&story[..written.0.start], accepted_words, &story[written.0.end..]].concat())
}

/// The form without the country words that qualify its post, when the story writes no country
/// at all; a country in the post's complement stays ("adviser at Swiss Bank Corp").
fn without_unwritten_country(story: &[String], form: &[String]) -> Option<Vec<String>> {
    let lex = lexicon();
    let qualifies_a_post = |k: usize| {
        form.get(k + 1)
            .is_none_or(|w| lex.title_words.contains(w) || lex.domains.contains(w) || lex.office_words.contains_key(w))
    };
    (!story.iter().any(|w| is_a_country(w))).then(|| {
        let complement = complement_start(form);
        (form.iter().enumerate())
            .filter(|&(k, w)| k >= complement || !is_a_country(w) || !qualifies_a_post(k))
            .map(|(_, w)| w.clone())
            .collect()
    })
}

/// Where a title's complement begins: at the preposition that joins it to a post ("adviser
/// [at Swiss Bank Corp]", "Minister [of Finance]"); the title's length when it has none.
fn complement_start(words: &[String]) -> usize {
    let lex = lexicon();
    (1..words.len())
        .find(|&k| lex.post_prepositions.contains(&words[k]) && lex.title_words.contains(&words[k - 1]))
        .unwrap_or(words.len())
}

/// A word of a country in `countries` ("U.S.", "Britain's").
fn is_a_country(word: &str) -> bool {
    lexicon().countries.contains_key(strip_possessive(word))
}

/// A title's words with a country's word followed by a function that names one of its offices
/// there (`national_offices` in `rules/titles.yaml`) read as that office: "British foreign
/// minister" as "foreign secretary", "UK finance minister" as "chancellor". The function must
/// end the title, right after the country's word.
fn as_national_office(words: &[String]) -> Vec<String> {
    let lex = lexicon();
    let rewritten = lex.national_offices.iter().find_map(|(country, function, office)| {
        let at = words.len().checked_sub(function.len() + 1)?;
        let written_country = strip_possessive(&words[at]);
        let same_country = country.as_str() == written_country || same_country(written_country, country);
        (same_country && words[at + 1..] == function[..]).then(|| [&words[..at], &office[..]].concat())
    });
    rewritten.unwrap_or_else(|| words.to_vec())
}

/// A title's words with a country's word followed by a function that names one of its bodies
/// there (`national_bodies` in `rules/titles.yaml`) read as that body's name: "Japanese central
/// bank governor" as "bank of japan governor".
fn as_national_body(words: &[String]) -> Vec<String> {
    let lex = lexicon();
    let rewritten = (0..words.len()).find_map(|at| {
        let written_country = strip_possessive(&words[at]);
        lex.national_bodies.iter().find_map(|(country, function, body)| {
            let same_country = country.as_str() == written_country || same_country(written_country, country);
            let rest = at + 1 + function.len();
            (same_country && words.get(at + 1..rest) == Some(&function[..]))
                .then(|| [&words[..at], &body[..], &words[rest..]].concat())
        })
    });
    rewritten.unwrap_or_else(|| words.to_vec())
}

/// The same words in another order, ending on the same post, with their office-changing words
/// in the same order: "U.S. Treasury Assistant Secretary" for "Assistant U.S. Treasury
/// Secretary" (but "Chief Deputy" is not "Deputy Chief"). A title with a connector is not
/// reordered freely ("Secretary of State" is no "State Secretary").
fn reordered(story: &[String], form: &[String]) -> bool {
    let lex = lexicon();
    let sorted = |words: &[String]| {
        let mut sorted = words.to_vec();
        sorted.sort();
        sorted
    };
    let ranks = |words: &[String]| -> Vec<String> {
        (0..words.len())
            .filter(|&k| changes_the_office(&words[k], words.get(k + 1)))
            .map(|k| words[k].clone())
            .collect()
    };
    let connected = |words: &[String]| words.iter().any(|w| lex.connectors.contains(w));
    story.len() >= 2
        && story.last() == form.last()
        && sorted(story) == sorted(form)
        && ranks(story) == ranks(form)
        && !connected(story)
        && !connected(form)
}

/// Two one-word names of one office or occupation ("spokeswoman", "spokesman"; "keeper",
/// "goalkeeper"): `offices` and `occupations` in `rules/titles.yaml`, whose entries list
/// synonyms. Not a misspelt office word, which names none ("spokesmen").
fn same_role(a: &str, b: &str) -> bool {
    let roles = &lexicon().one_word_roles;
    roles.get(a).is_some_and(|role| roles.get(b) == Some(role))
}

/// Two words for one ministry's domain ("farm", "agriculture"): `ministries` in
/// `rules/titles.yaml`.
fn same_ministry(a: &str, b: &str) -> bool {
    let ministries = &lexicon().ministries;
    ministries.get(a).is_some_and(|group| ministries.get(b) == Some(group))
}

/// A party or the central government written in front where the form names a country ("CDU
/// Finance Minister", "federal finance minister" for "West German Finance Minister"): it
/// describes the person, not the post.
fn party_for_the_country(extra: &[String], missing: &[String]) -> bool {
    let lex = lexicon();
    let names_a_country = missing.iter().any(|w| lex.countries.contains_key(strip_possessive(w)));
    let no_post = missing
        .iter()
        .all(|w| !lex.title_words.contains(w) && !lex.domains.contains(w));
    let describes = |w: &String| lex.parties.contains(w) || lex.central_government.contains(w);
    !extra.is_empty() && extra.iter().all(describes) && names_a_country && no_post
}

/// A party written in front where the form names the body the post belongs to ("Democratic
/// committee chairman" for "House Budget Committee Chairman"): the party describes the person,
/// and the body is left out as any leading words are. A party written for another party
/// ("Republican" for "Democratic Budget Committee Chairman"), or a word that is a party and a
/// portfolio ("Labour"), is judged as before, and so is a rank or a post left out.
fn party_for_the_body(extra: &[String], missing: &[String]) -> bool {
    let lex = lexicon();
    let a_party = |w: &String| lex.parties.contains(strip_possessive(w));
    let only_a_party = |w: &String| a_party(w) && !lex.domains.contains(strip_possessive(w));
    let names_a_post = |w: &String| a_party(w) || lex.office_changing.contains(w) || lex.head_words.contains(w);
    !extra.is_empty() && extra.iter().all(only_a_party) && !missing.is_empty() && !missing.iter().any(names_a_post)
}

/// The form with its whole portfolio left out, only its country's words kept in front ("French
/// minister" for "French Farm Minister"): a shortened form ("Minister") with a country added in
/// front, which agrees. Part of a portfolio left out ("Foreign Minister" for "Foreign Affairs
/// Minister"), or a rank kept with the portfolio left out ("Deputy Minister" for "Deputy
/// Finance Minister"), is judged as before.
fn country_or_portfolio_left_out(story: &[String], written: &[String], dropped: &[String]) -> bool {
    if !written.iter().all(|w| is_a_country(w)) {
        return false;
    }
    let lex = lexicon();
    let names_a_portfolio = story.iter().any(|w| lex.domains.contains(w));
    let mut kept = written.iter().peekable();
    let mut left_out = 0;
    for word in dropped {
        if kept.peek().is_some_and(|w| same_word(w, word)) {
            kept.next();
        } else if is_a_country(word) || (lex.domains.contains(word) && !names_a_portfolio) {
            left_out += 1;
        } else {
            return false;
        }
    }
    !written.is_empty() && kept.next().is_none() && left_out > 0
}

/// One word is the other with a plural "s", and neither names the post itself: a portfolio's
/// number is the desk's style ("public finance director" for "Public Finances Director"), a
/// head word's is not ("chairmen" before one name).
fn same_but_for_number(a: &str, b: &str) -> bool {
    let lex = lexicon();
    let plural_of = |plural: &str, one: &str| one.len() >= 4 && plural.strip_suffix('s') == Some(one);
    (plural_of(a, b) || plural_of(b, a)) && !lex.head_words.contains(a) && !lex.head_words.contains(b)
}

/// Compares a written title with a form, word by word, then, if they do not agree, once more
/// with the freedoms copy takes: the words naming the body a post belongs to ("Board",
/// "Committee", "Bank") and a company's suffixes ("Co", "Inc") set aside, and a headline "chief" or "boss" at the end read as the form's own
/// post ("Fed chief" for the Federal Reserve Board Chairman; only at the end: "chief
/// executive" is not "chairman"; never for a post that serves under the head,
/// `serving_posts`: "police chief" is not "police spokesman"), as is "member" for a post that is a seat of its body
/// ("Federal Reserve Board member" for its Governor; not for its chairman). The second reading can only make a title agree: it never
/// turns an unrelated description into a mismatch.
///
/// Descriptors ("veteran", "current") are set aside first, and a grade of the form's
/// ("senior") the story does not write. A story word that misspells a word
/// of the form ("Foriegn", "Chancelor") is read as that word: a title that then agrees, or is
/// close, disagrees.
///
/// Remembered per thread for the lexicon in hand ([`FormMatchMemo`]): a story names its people
/// again and again with the same titles, and each is judged against the same person's forms
/// many times over (a title-dense story spent most of its time here).
pub(crate) fn compare_form(story: &[String], form: &[String]) -> FormMatch {
    let lex: &'static Lexicon = lexicon();
    let key = FormMatchMemo::key(story, form);
    if let Some(verdict) = FORM_MATCHES.with_borrow_mut(|memo| memo.get(lex, key, story, form)) {
        return verdict;
    }
    let verdict = compare_form_afresh(story, form);
    FORM_MATCHES.with_borrow_mut(|memo| memo.insert(key, story, form, verdict));
    verdict
}

thread_local! {
    static FORM_MATCHES: std::cell::RefCell<FormMatchMemo> = std::cell::RefCell::default();
}

/// The verdicts of [`compare_form`] lately on a thread, for one lexicon (another empties it):
/// at most `FORM_MATCH_MEMO` of them, then it starts again. Keyed by the pair's hash, so a
/// verdict remembered is found without copying the words asked about.
#[derive(Default)]
struct FormMatchMemo {
    /// The lexicon's address: a lexicon lives to the end of the run (built-in or leaked).
    lexicon: usize,
    verdicts: HashMap<u64, Vec<(Vec<String>, Vec<String>, FormMatch)>, rustc_hash::FxBuildHasher>,
    len: usize,
}

/// Pairs of a title and a form a thread remembers the verdict of: more than a story's titles
/// against their people's forms ask for.
const FORM_MATCH_MEMO: usize = 4096;

impl FormMatchMemo {
    fn key(story: &[String], form: &[String]) -> u64 {
        let mut hasher = rustc_hash::FxHasher::default();
        (story, form).hash(&mut hasher);
        hasher.finish()
    }

    fn get(&mut self, lex: &'static Lexicon, key: u64, story: &[String], form: &[String]) -> Option<FormMatch> {
        let address = std::ptr::from_ref(lex) as usize;
        if self.lexicon != address {
            self.clear();
            self.lexicon = address;
        }
        let same = |(s, f, _): &&(Vec<String>, Vec<String>, FormMatch)| s == story && f == form;
        (self.verdicts.get(&key)?.iter())
            .find(same)
            .map(|(_, _, verdict)| *verdict)
    }

    fn insert(&mut self, key: u64, story: &[String], form: &[String], verdict: FormMatch) {
        if self.len >= FORM_MATCH_MEMO {
            self.clear();
        }
        let pairs = self.verdicts.entry(key).or_default();
        pairs.push((story.to_vec(), form.to_vec(), verdict));
        self.len += 1;
    }

    fn clear(&mut self) {
        self.verdicts.clear();
        self.len = 0;
    }
}

/// [`compare_form`], worked out afresh.
fn compare_form_afresh(story: &[String], form: &[String]) -> FormMatch {
    let lex = lexicon();
    let (story, form) = (without_descriptors(story), without_descriptors(form));
    if only_an_owner(&story) {
        return FormMatch::Unrelated;
    }
    let (story, form) = (
        without_initials_after_their_name(&story),
        without_initials_after_their_name(&form),
    );
    // a grade the story leaves out is harmless ("policy adviser" for "senior policy adviser");
    // one it adds is not
    let mut form = without_grades_left_out(&story, &form);
    // a party before the form's post where the story writes none describes the person, as one
    // written in front does ("Nebraska Gov." for "Nebraska Republican Governor"); another party
    // written ("Labour leader" for "Liberal Democrat leader") is judged as before, and so is a
    // form a party ends ("Kansas Republican"), which names no other post
    if !story.iter().any(|w| lex.parties.contains(strip_possessive(w))) {
        let last = form.len().saturating_sub(1);
        form = (form.iter().enumerate())
            .filter(|&(k, w)| k == last || !is_only_a_party(w))
            .map(|(_, w)| w.clone())
            .collect();
    }
    let read = |story: &[String], form: &[String]| match compare_with_freedoms(story, form) {
        FormMatch::Differs if reordered(story, form) => FormMatch::Agrees,
        verdict => verdict,
    };
    let verdict = read(&story, &form);
    if verdict != FormMatch::Agrees && agrees_read_otherwise(&story, &form, read) {
        return FormMatch::Agrees;
    }
    if verdict != FormMatch::Unrelated {
        return verdict;
    }
    let corrected: Vec<String> = story
        .iter()
        .map(|w| match form.iter().find(|f| misspells_title_word(w, f)) {
            Some(f) if !form.contains(w) => f.clone(),
            _ => w.clone(),
        })
        .collect();
    if corrected != story && compare_with_freedoms(&corrected, &form) != FormMatch::Unrelated {
        FormMatch::Differs
    } else {
        FormMatch::Unrelated
    }
}

fn compare_with_freedoms(story: &[String], form: &[String]) -> FormMatch {
    let strict = compare_posts(story, form);
    if strict == FormMatch::Agrees {
        return strict;
    }
    let lex = lexicon();
    // "U.S. Department of Agriculture Secretary": the body's word goes with its "of"
    let posts = |words: &[String]| -> Vec<String> {
        let is_body = |k: usize| lex.organisation_words.contains(&words[k]) || is_a_company_suffix(&words[k]);
        (0..words.len())
            .filter(|&k| !is_body(k) && !(words[k] == "of" && k > 0 && is_body(k - 1)))
            .map(|k| words[k].clone())
            .collect()
    };
    let (mut story, form) = (posts(story), posts(form));
    if let (Some(written), Some(post)) = (story.last_mut(), form.last()) {
        let for_a_seat = lex.member_words.contains(written) && lex.member_posts.contains(post);
        let for_the_head = lex.head_words.contains(post) && !lex.serving_posts.contains(post);
        if (lex.head_stand_ins.contains(written) && for_the_head) || for_a_seat {
            written.clone_from(post);
        }
    }
    match compare_posts(&story, &form) {
        FormMatch::Agrees => FormMatch::Agrees,
        _ => strict,
    }
}

/// A title that ends in an owner's possessive and names no post, office or occupation
/// ("Agriculture's Amstutz", "USDA'S AMSTUTZ" in a headline): where the person works, as
/// "BP's John Browne" says, not a post cut short to its domain ("Agriculture Amstutz").
fn only_an_owner(words: &[String]) -> bool {
    let lex = lexicon();
    let names_a_post = words.iter().any(|w| lex.head_words.contains(strip_possessive(w)))
        || !offices(words).is_empty()
        || !occupations(words).is_empty();
    words.last().is_some_and(|w| strip_possessive(w) != w) && !names_a_post
}

/// A party's word that names no portfolio ("Republican", not "Labour").
fn is_only_a_party(word: &str) -> bool {
    let (lex, bare) = (lexicon(), strip_possessive(word));
    lex.parties.contains(bare) && !lex.domains.contains(bare)
}

/// A company's suffix ("Co", "Inc"), not the office word it may also be ("co-chairman").
fn is_a_company_suffix(word: &str) -> bool {
    let lex = lexicon();
    lex.company_suffixes.contains(word) && !lex.office_changing.contains(word)
}

/// Compares from the name outwards (the end of a title written before a name); when nothing
/// matches there, from the start ("chief executive of BT Retail", an apposition whose
/// organisation comes last).
fn compare_posts(story: &[String], form: &[String]) -> FormMatch {
    if lists_another_post(story, form)
        || owner_of_a_list_replaced(story, form)
        || extends_into_a_longer_office(story, form)
    {
        return FormMatch::Differs;
    }
    let from_end = story
        .iter()
        .rev()
        .zip(form.iter().rev())
        .take_while(|(s, f)| same_word(s, f))
        .count();
    if from_end > 0 {
        // "the government's communications" for "Minister for Communications": generic words
        // in front name no post
        let in_front = &story[..story.len() - from_end];
        let only_generic = in_front.iter().all(|w| lexicon().generic_words.contains(w));
        if only_generic && office_noun_dropped(&story[in_front.len()..], &form[..form.len() - from_end]) {
            return FormMatch::Differs;
        }
        if joins_another_office(story, form) || joins_another_office(form, story) {
            return FormMatch::Differs;
        }
        let shared = &story[story.len() - from_end];
        let dropped = &form[..form.len() - from_end];
        // "PCA chairman" for "Philippine Coconut Authority Chairman": the body by its initials
        if party_for_the_country(in_front, dropped)
            || party_for_the_body(in_front, dropped)
            || initials_of(in_front, dropped)
            || country_or_portfolio_left_out(story, in_front, dropped)
        {
            return FormMatch::Agrees;
        }
        return judge(
            &story[..story.len() - from_end],
            &form[..form.len() - from_end],
            Some(shared),
        );
    }
    if stops_before_the_post(story, form) {
        return FormMatch::Differs;
    }
    if rank_changed_in_front(story, form) {
        return FormMatch::Differs;
    }
    // "the government's chief economic adviser" for "chief economic planner": an owner in
    // front names no post, so the titles are compared from their posts
    let (story, form) = (without_owner_in_front(story), without_owner_in_front(form));
    let from_start = story
        .iter()
        .zip(form.iter())
        .take_while(|(s, f)| same_word(s, f))
        .count();
    if complement_replaced(story, form, from_start) || another_arm_of_the_employer(story, form, from_start) {
        return FormMatch::Differs;
    }
    // From the start only when at least half the shorter title is shared, and what differs is a
    // word for a word: "chief executive of BT [Retail]" for "... [Wholesale]", "point-to-point
    // [trainer]" for "[jockey]"; not "British hope" for "British actress", nor "Wasps director
    // of rugby" for "Wasps coach".
    let close = from_start > 0 && 2 * from_start >= story.len().min(form.len());
    if !close {
        return FormMatch::Unrelated;
    }
    let (extra, missing) = (&story[from_start..], &form[from_start..]);
    // after two shared words, a post for a post ("deputy chief whip" for "deputy leader", "HP
    // chief financial officer" for "HP chief executive") whatever their lengths
    let ends_on_a_post = |words: &[String]| words.last().is_some_and(|w| lexicon().head_words.contains(w));
    // (not a second post after "and": "chairman and chief executive", "chairman and president")
    let post_for_post = from_start >= 2
        && !story[..from_start].iter().any(|w| w == "and")
        && ends_on_a_post(extra)
        && ends_on_a_post(missing);
    match judge(extra, missing, None) {
        FormMatch::Differs
            if (extra.len() != missing.len() && !post_for_post) || (from_start < 2 && !names_a_post(extra)) =>
        {
            FormMatch::Unrelated
        }
        verdict => verdict,
    }
}

/// Words written in front of the form's last office join it into a longer phrase that names
/// another office or occupation ("managing director" for "director", "executive producer" for
/// "producer", "Prime Minister" for "Minister"); read the other way round, the story drops
/// words of the form's office and what is left names another ("Secretary of the Christian
/// Social Union" for "General Secretary of ...": reuters21578/02965.txt); one that names the same office ("head coach"
/// for "coach"), or words the form itself writes there ("public finance director" for "Public
/// Finances Director"), are the form's. Where both titles join the post to a complement, the
/// post is what stands before it ("managing director of MEPS" for "director of MEPS").
fn joins_another_office(story: &[String], form: &[String]) -> bool {
    let (written_post, accepted_post) = (complement_start(story), complement_start(form));
    let both_complemented = written_post < story.len() && accepted_post < form.len();
    joins_another_office_at_end(story, form)
        || (both_complemented && joins_another_office_at_end(&story[..written_post], &form[..accepted_post]))
}

/// [`joins_another_office`] for the offices the two titles end on.
fn joins_another_office_at_end(story: &[String], form: &[String]) -> bool {
    let lex = lexicon();
    let at_end = |words: &[String], roles: Roles| {
        // only the phrases ending on the last word are tried, not the table whole; longest
        // first: the first phrase the words end on is the longest
        let table = lex.roles(roles);
        let places = lex.office_words.get(words.last()?)?.ending.of(roles);
        (places.iter().map(|&k| &table[k]))
            .find(|(phrase, _)| words.ends_with(phrase))
            .map(|(phrase, office)| (phrase.len(), *office))
    };
    let written_by_the_form = |joined: usize, office: usize| {
        let added = &story[story.len() - joined..story.len() - office];
        let in_front = &form[..form.len() - office];
        in_front.len() >= added.len()
            && (added.iter().rev())
                .zip(in_front.iter().rev())
                .all(|(a, f)| same_word(a, f))
    };
    [Roles::Offices, Roles::Occupations].into_iter().any(|roles| {
        matches!((at_end(story, roles), at_end(form, roles)),
            (Some((joined, written)), Some((office, named)))
                if joined > office && written != named && !written_by_the_form(joined, office))
    })
}

/// The form written whole with words after it that end a longer phrase naming another office
/// (`offices` in `rules/titles.yaml`): "US Attorney General" for "US Attorney", "director
/// general" for "director". Words after the form's post otherwise add nothing to it, but a
/// phrase the post opens is read as a whole; one naming the same office ("head coach" after
/// "head") agrees.
fn extends_into_a_longer_office(story: &[String], form: &[String]) -> bool {
    let (Some(written), Some(accepted)) = (office_phrases(story).pop(), office_phrases(form).pop()) else {
        return false;
    };
    let ends_the_title = |phrase: &Range<usize>, words: &[String]| phrase.end == words.len();
    only_extends(story, form)
        && written.1 != accepted.1
        && ends_the_title(&written.0, story)
        && ends_the_title(&accepted.0, form)
        && written.0.start <= accepted.0.start
}

/// Two lists of posts joined by "and" ("chairman, president and chief executive"), the
/// story's naming an office the form's does not ("president and chief executive officer" for
/// "chairman and chief executive officer"): the form lists the person's posts, so another one
/// in the list is another post. A list against a single post says nothing: a form may name
/// one of several posts.
fn lists_another_post(story: &[String], form: &[String]) -> bool {
    let listed = |words: &[String]| {
        let named = offices(words);
        (words.iter().any(|w| w == "and") && named.len() >= 2).then_some(named)
    };
    match (listed(story), listed(form)) {
        (Some(written), Some(accepted)) => written.iter().any(|o| !accepted.contains(o)),
        _ => false,
    }
}

/// A title read from its start whose office-changing words in front differ from the form's,
/// the rest agreeing ("deputy leader of the Liberal Democrats" for "leader of the Liberal
/// Democrats in the assembly", "Vice Chairman of the Presidential Commission" for "Chairman of
/// the Presidential Commission on Good Government"): another post, as it is at the name's end.
///
/// A post's head word right before the rank ranks it as such a word does ("executive vice
/// president and director of commodities" for "senior vice president and ...",
/// reuters21578/18415.txt), as [`ranks_the_shared_rank`] reads it at the name's end.
fn rank_changed_in_front(story: &[String], form: &[String]) -> bool {
    let ranks_at = |words: &[String], k: usize| {
        let next_changes = || {
            words
                .get(k + 1)
                .is_some_and(|n| changes_the_office(n, words.get(k + 2)))
        };
        changes_the_office(&words[k], words.get(k + 1)) || (is_a_ranking_head_word(&words[k]) && next_changes())
    };
    let rank_len = |words: &[String]| (0..words.len()).take_while(|&k| ranks_at(words, k)).count();
    let (story_rank, form_rank) = (rank_len(story), rank_len(form));
    story[..story_rank] != form[..form_rank]
        && story_rank < story.len()
        && form_rank < form.len()
        && compare_posts(&story[story_rank..], &form[form_rank..]) == FormMatch::Agrees
}

/// A title's words without the owner words in front that name no post ("the government's",
/// "its").
fn without_owner_in_front(words: &[String]) -> &[String] {
    let lex = lexicon();
    let owner = words.iter().take_while(|w| lex.generic_words.contains(*w)).count();
    &words[owner.min(words.len().saturating_sub(1))..]
}

/// The story writes only the domain a form's post is joined to, its office noun left out
/// ("Commerce" for "Secretary of Commerce", as "Treasury Jane Doe" for "Treasury Secretary"):
/// the words dropped in front end on the post's preposition and hold its head word.
fn office_noun_dropped(story: &[String], missing: &[String]) -> bool {
    let lex = lexicon();
    let only_domains = story
        .iter()
        .all(|w| lex.domains.contains(w) || lex.connectors.contains(w));
    // "Treasury" for "Secretary of the Treasury": the article after the preposition aside
    let before_article = missing.iter().rposition(|w| !matches!(w.as_str(), "the" | "a" | "an"));
    only_domains
        && before_article.is_some_and(|k| lex.post_prepositions.contains(&missing[k]))
        && missing.iter().any(|w| lex.head_words.contains(w))
}

/// The post and its preposition are shared from the start and what follows it was replaced,
/// at once or after shared words: the complement belongs to the title ("MP for [Durham]" for
/// "MP for [Sedgefield]", "lyricist for [The Stone Roses]", "consultant from the firm
/// [Cazenove]" for "... [Hoare Govett]"). A complement of generic words only ("chairman of the
/// board") names nothing else.
fn complement_replaced(story: &[String], form: &[String], shared: usize) -> bool {
    let lex = lexicon();
    let (written, accepted) = (&story[shared..], &form[shared..]);
    // the words that name the employer: a kind of company both may share ("at Nomura
    // Securities" for "at Daiwa Securities SMBC") names neither
    let naming = |words: &'_ [String]| -> Vec<String> {
        words
            .iter()
            .filter(|w| {
                !lex.connectors.contains(*w)
                    && !lex.generic_words.contains(*w)
                    && !lex.organisation_words.contains(*w)
                    && !lex.company_suffixes.contains(*w)
                    && !lex.kind_words.contains(*w)
            })
            .cloned()
            .collect()
    };
    let (written_names, accepted_names) = (naming(written), naming(accepted));
    // a shared word joins a post to what follows ("consultant from [the firm] Cazenove")
    let joins = |w: &String| lex.post_prepositions.contains(w) || lex.employer_prepositions.contains(w);
    let joined = (0..shared).any(|k| joins(&story[k]) && names_a_post(&story[..k]));
    joined
        && !written_names.is_empty()
        && !accepted_names.is_empty()
        && !written_names.iter().any(|w| accepted_names.contains(w))
        && !initials_of(written, accepted)
        && !initials_of(accepted, written)
}

/// The employer after a post's preposition, its name's opening shared, then a kind of business
/// the form does not write where the form goes on with other words ("fund manager with Escorts
/// Securities" for "fund manager with Escorts Mutual Fund", bbc/business/485.txt): another arm
/// of a group, another employer. The name cut short ("with Escorts") or only a suffix after it
/// ("Escorts Ltd") is the same one.
fn another_arm_of_the_employer(story: &[String], form: &[String], shared: usize) -> bool {
    let lex = lexicon();
    let joins = |w: &String| lex.post_prepositions.contains(w) || lex.employer_prepositions.contains(w);
    // the name's words up to a place after it ("Escorts Mutual Fund in New Delhi")
    let naming = |words: &[String]| -> Vec<String> {
        (words.iter())
            .take_while(|w| !joins(w))
            .filter(|w| !lex.connectors.contains(*w) && !lex.company_suffixes.contains(*w))
            .cloned()
            .collect()
    };
    let (written, accepted) = (naming(&story[shared..]), naming(&form[shared..]));
    let name_shared = (0..shared.saturating_sub(1)).any(|k| joins(&story[k]) && names_a_post(&story[..k]));
    let another_kind = written.iter().all(|w| lex.kind_words.contains(w)) && !written.is_empty();
    let form_goes_on = accepted.iter().any(|a| !written.contains(a));
    name_shared && another_kind && form_goes_on
}

/// One word that spells the initials of the other words ("FCA" for "Farm Credit
/// Administration"; connectors and a body's word aside: "the FCA board"), or of them all but
/// the connectors ("SEC" for "Securities and Exchange Commission"), or of them all but a
/// company's suffix ("ITJ" for "International Telecom Japan Inc", reuters21578/09755.txt): the
/// same name. A country's word ("US") or a post's ("Secretary of the Treasury") spells no
/// body's name.
fn initials_of(short: &[String], long: &[String]) -> bool {
    let lex = lexicon();
    let joining = |w: &&String| !lex.connectors.contains(*w);
    let named = |w: &&String| joining(w) && !lex.organisation_words.contains(*w);
    let unsuffixed = |w: &&String| named(w) && !lex.company_suffixes.contains(*w);
    let initials = |keep: &dyn Fn(&&String) -> bool| -> String {
        long.iter()
            .filter(|w| keep(w))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let spelt = [initials(&named), initials(&joining), initials(&unsuffixed)];
    let short: Vec<&String> = short.iter().filter(named).collect();
    let a_body = long.iter().all(|w| !lex.head_words.contains(w));
    let spells = |word: &String| spelt.iter().any(|i| i.chars().count() >= 2 && word == i);
    matches!(short.as_slice(), [word] if spells(word) && !is_a_country(word)) && a_body
}

/// The story's title ends on a word of the form that is followed there by the words it left
/// out, and agrees with the form up to that word: cut short before its post ("Deputy Finance"
/// for "Deputy Finance Minister", "Israeli Finance" for "Finance Minister"). A possessive last
/// word is an affiliation, not a title ("the Treasury's Jane Doe"), and words in front that
/// name a post of their own make a description ("head of the Federal Reserve").
fn stops_before_the_post(story: &[String], form: &[String]) -> bool {
    let Some(last) = story.last() else { return false };
    if last.ends_with("'s") || last.ends_with("’s") {
        return false;
    }
    let lex = lexicon();
    (0..form.len().saturating_sub(1)).rev().any(|k| {
        let shared = story
            .iter()
            .rev()
            .zip(form[..=k].iter().rev())
            .take_while(|(s, f)| same_word(s, f))
            .count();
        let in_front = &story[..story.len() - shared];
        shared > 0
            && !in_front.iter().any(|w| lex.head_words.contains(w))
            && compare_posts(story, &form[..=k]) == FormMatch::Agrees
            && cut_short(story, &form[k + 1..])
    })
}

/// The story's title is the form's start, cut off inside a phrase rather than before an
/// organisation ("Deputy Finance" for "Deputy Finance Minister", but not "chief executive" for
/// "chief executive of BT Wholesale" or "chief executive officer"). The caller checks the
/// last word is the form's own: a derived word ("Rocker" for "Rock singer") may be the post.
///
/// The story's words must still speak of an office (a rank, a post, or the domain of one, as
/// "Finance" or "Treasury"): a party or an organisation alone before a name is a descriptor,
/// not a title cut short ("Conservative Michael Howard" for the Tory leader, "a member of the
/// Federal Reserve Board, Robert Heller").
fn cut_short(story: &[String], missing: &[String]) -> bool {
    let lex = lexicon();
    // "chief executive" for "chief executive officer" ends on its post; "executive" for
    // "executive producer" has lost the office or occupation the form names
    let names_a_role = |words: &[String]| !offices(words).is_empty() || !occupations(words).is_empty();
    // "Secretary" for "Secretary General" ends on a post, but another office than the form's;
    // "shadow attorney" for "shadow attorney general" ends inside the form's office ("chief
    // executive" for "chief executive officer" on the office itself, and a headline's "chief"
    // stands for the form's post)
    let forms_office = {
        let form = [story, missing].concat();
        let written = offices(story);
        let named = office_phrases(&form);
        let cut = story.len();
        let stands_in = story.last().is_some_and(|w| lex.head_stand_ins.contains(w));
        let cut_inside =
            |(words, office): &(Range<usize>, usize)| words.start < cut && cut < words.end && !written.contains(office);
        written.iter().all(|o| named.iter().any(|(_, office)| office == o))
            && (stands_in || !named.iter().any(cut_inside))
    };
    let ends_on_a_post = story.last().is_some_and(|w| lex.head_words.contains(w))
        && (names_a_role(story) || !names_a_role(missing))
        && forms_office;
    let speaks_of_an_office = story
        .iter()
        .any(|w| lex.head_words.contains(w) || lex.office_changing.contains(w))
        || story.last().is_some_and(|w| lex.domains.contains(w));
    // words written elsewhere in the title were moved, not dropped ("Minister of Agriculture")
    let dropped = missing.iter().all(|w| !story.contains(w));
    // what is left out after a preposition is a complement, not the post ("Chairman of the
    // Presidential Commission" for "... Commission on Good Government")
    let opens_a_complement =
        |w: &String| lex.connectors.contains(w) || lex.post_prepositions.contains(w) || lex.stop_words.contains(w);
    missing.first().is_some_and(|w| !opens_a_complement(w)) && !ends_on_a_post && speaks_of_an_office && dropped
}

/// An office-changing word ("deputy", "acting"); an ordinal only right before a title word
/// ("First Deputy Prime Minister", not "First Interstate Bancorp Chairman").
fn changes_the_office(word: &str, next: Option<&String>) -> bool {
    let lex = lexicon();
    lex.office_changing.contains(word)
        && (!lex.ordinals.contains(word) || next.is_none_or(|n| lex.title_words.contains(n)))
}

/// The offices a title's words name (`offices` in `rules/titles.yaml`).
fn offices(words: &[String]) -> Vec<usize> {
    office_phrases(words).into_iter().map(|(_, office)| office).collect()
}

/// The offices a title's words name, as [`offices`] reads them, each with the words that
/// name it.
fn office_phrases(words: &[String]) -> Vec<(Range<usize>, usize)> {
    named_in(words, Roles::Offices)
}

/// The occupations a title's words name (`occupations` in `rules/titles.yaml`); a title
/// ending on an occupation in the plural names it too ("Greek sprinters" before two names,
/// bbc/sport/023.txt).
fn occupations(words: &[String]) -> Vec<usize> {
    let singular = words.split_last().and_then(|(last, front)| {
        let one = occupation_in_the_plural(last)?;
        Some([front, &[one]].concat())
    });
    named_in(singular.as_deref().unwrap_or(words), Roles::Occupations)
        .into_iter()
        .map(|(_, occupation)| occupation)
        .collect()
}

/// The singular of a one-word occupation written in the plural ("hurdlers", "lawyers"), if
/// the word is one.
pub(crate) fn occupation_in_the_plural(word: &str) -> Option<String> {
    let one = word.strip_suffix('s')?.to_string();
    let named = named_in(std::slice::from_ref(&one), Roles::Occupations);
    (!named.is_empty()).then_some(one)
}

/// The occupations a form of the facts names: as [`occupations`] reads them, and those its
/// words of several senses name there (`occupations_in_forms`: "host", a show's presenter).
fn occupations_in_a_form(form: &[String]) -> Vec<usize> {
    let in_forms = &lexicon().occupations_in_forms;
    let mut named = occupations(form);
    named.extend(form.iter().filter_map(|w| in_forms.get(w)));
    named
}

/// What a title's words name in the table of `roles`, each with the words that name it,
/// reading the longest phrase at each word; a longer phrase of the rival table is read
/// instead, and names nothing here ("money manager" is an occupation, not the office
/// "manager"; "managing director" an office, not the occupation "director").
fn named_in(words: &[String], roles: Roles) -> Vec<(Range<usize>, usize)> {
    let lex = lexicon();
    let (table, rival) = (lex.roles(roles), lex.roles(roles.rival()));
    // the first of `places` (phrases of `table` starting at the word) that `words` spell on
    let at = |table: &'_ [(Vec<String>, usize)], places: &[usize], i: usize| {
        (places.iter().map(|&k| &table[k]))
            .find(|(phrase, _)| words[i..].starts_with(phrase))
            .map(|(phrase, named)| (phrase.len(), *named))
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // only the phrases the word starts are tried, not both tables whole (a few hundred
        // phrases; the titles' judgement read them for every word of every title)
        let Some(phrases) = lex.office_words.get(&words[i]) else {
            i += 1;
            continue;
        };
        let here = at(table, phrases.starting.of(roles), i).filter(|&(len, _)| !names_a_portfolio(words, i, len));
        let read = here.map_or(0, |(len, _)| len);
        match at(rival, phrases.starting.of(roles.rival()), i).filter(|&(len, _)| len > read) {
            Some((len, _)) => i += len,
            None => {
                found.extend(here.map(|(len, named)| (i..i + len, named)));
                i += read.max(1);
            }
        }
    }
    found
}

/// Whether a title is close to one of the person's forms but not one ("Larne coach" for
/// "Larne athlete"), or names a player's position where a form names another ("the prop" for
/// a hooker): what a description standing for them is judged by.
pub(crate) fn close_to_a_form(doc: &Doc, run: &Range<usize>, person: &Person) -> bool {
    let words = title_words(&doc.words(run.clone()));
    let core = split_former(&words).1;
    let names_a_position = |words: &[String]| offices(words).iter().any(|o| lexicon().positions.contains(o));
    (person.titles.iter()).any(|f| {
        let form = split_former(&f.words).1;
        compare_form(core, form) == FormMatch::Differs || (names_a_position(core) && names_a_position(form))
    })
}

/// An employer written after the name, its post before it: "said analyst Jason Kenney at ABN
/// Amro" (bbc/business/307.txt) for a form "analyst at ING". Judged only where a form writes
/// the title's post and then that preposition (`employers_after_a_name`), and only capitalised
/// words after it (no date's:
/// "at Monday's meeting"): an employer sharing no word with the form's, nor its initials, is
/// another. The finding is on the preposition and the employer.
pub fn employer_after_the_name(
    doc: &Doc,
    title: &Range<usize>,
    name: &Range<usize>,
    person: &Person,
) -> Option<Finding> {
    let lex = lexicon();
    let preposition = doc.lower_at(name.end);
    if title.end != name.start || !lex.employers_after_a_name.contains(preposition) {
        return None;
    }
    let employer = employer_words_at(doc, name.end + 1)?;
    let written_employer = title_words(&doc.words(employer.clone()));
    let words = title_words(&doc.words(title.clone()));
    let post = split_former(&words).1;
    let (form, accepted) = person.titles.iter().find_map(|f| {
        let form = split_former(&f.words).1;
        let at = form.iter().position(|w| w == preposition)?;
        let (form_post, form_employer) = (&form[..at], &form[at + 1..]);
        let same_post = !form_employer.is_empty() && compare_form(post, form_post) == FormMatch::Agrees;
        same_post.then_some((f, form_employer))
    })?;
    let shares_a_word = written_employer
        .iter()
        .any(|w| accepted.iter().any(|a| same_word(w, a)));
    if shares_a_word || initials_of(&written_employer, accepted) || initials_of(accepted, &written_employer) {
        return None;
    }
    let run = name.end..employer.end;
    let written = doc.words(run.clone());
    let employer_text = form
        .text
        .to_lowercase()
        .find(&format!(" {preposition} "))
        .map(|k| form.text[k + 1..].to_string())?;
    let label = format!("the facts give `{}`", form.text);
    Some(title_finding(doc, &run, &written, person, form, employer_text, label))
}

/// The capitalised words from `start` that name an employer ("ABN Amro"), up to the first word
/// in lower case or a mark; none when a date's word opens them ("Monday's", "March").
fn employer_words_at(doc: &Doc, start: usize) -> Option<Range<usize>> {
    let lex = lexicon();
    let first = strip_possessive(doc.lower_at(start));
    if lex.weekdays.contains_key(first) || lex.months.contains_key(first) {
        return None;
    }
    let end = (start..doc.tokens.len())
        .find(|&k| !(doc.tokens[k].is_word() && doc.tokens[k].is_capitalized()))
        .unwrap_or(doc.tokens.len());
    (end > start).then_some(start..end)
}

/// Whether the one word at `i` that could name an office is a portfolio's word before another
/// word of the title: "Justice Minister", "Justice Department official" name the ministry, not
/// a justice of a court ("Justice Clark" for a bankruptcy judge, bbc/business/299.txt).
fn names_a_portfolio(words: &[String], i: usize, len: usize) -> bool {
    let lex = lexicon();
    let joined_to_next = words
        .get(i + 1)
        .is_some_and(|next| !lex.connectors.contains(next) && !lex.post_prepositions.contains(next));
    len == 1 && lex.domains.contains(&words[i]) && joined_to_next
}

/// A title that names offices, none of them one the person's forms name: another post, even
/// with no word shared ("Governor" for "Senator", "spokesman" for "press secretary"). Each
/// table is held against the forms that name something in it, so a form of another kind
/// ("chair of the judges" beside "Guardian literary editor") does not shield a wrong one
/// ("publisher"). Occupations are held against occupations alone ("drummer" for "bassist"; not
/// "journalist" for "Senator"), but an office written for someone the facts know only by a
/// profession is another post ("senator" for an economist, "chief executive" for a
/// futurologist). A standing won in a competition (`results`: "Olympic champion") is held
/// beside any occupation, so it is no such post. An occupation agrees with those it is a kind
/// of and those that are kinds of it (`occupation_kinds`: "athlete" and "sprinter"), not with
/// another kind of the same ("hurdler" for "sprinter").
pub(crate) fn names_another_office(story: &[String], forms: &[&[String]]) -> bool {
    type Named = dyn Fn(&[String]) -> Vec<usize>;
    let another_in = |named: &Named, held: &Named, same: &dyn Fn(usize, usize) -> bool| {
        let written = named(story);
        let accepted: Vec<Vec<usize>> = forms
            .iter()
            .map(|f| held(f))
            .filter(|named| !named.is_empty())
            .collect();
        !written.is_empty()
            && !accepted.is_empty()
            && (accepted.iter()).all(|named| !written.iter().any(|&o| named.iter().any(|&h| same(o, h))))
    };
    let results = &lexicon().results;
    let office_for_a_profession = offices(story).iter().any(|o| !results.contains(o))
        && forms.iter().all(|f| offices(f).is_empty())
        && forms.iter().any(|f| names_a_profession(f));
    (another_in(&offices, &offices_held, &|a, b| a == b) && !of_another_walk_of_life(story, forms))
        || another_in(&occupations, &occupations_in_a_form, &same_occupation)
        || office_for_a_profession
        || office_for_a_seat(story, forms)
        || rank_added_to_an_office(story, forms)
}

/// An office that holds no seat of a body (`member_posts`), written for someone the facts know
/// only as a member of one: another post ("the vice president of the Bundesbank" for "member
/// of the Bundesbank board", reuters21578/17249.txt). A seat of a body is no other office
/// ("Senator" for "member of the Senate Banking Committee"): the words judge it.
fn office_for_a_seat(story: &[String], forms: &[&[String]]) -> bool {
    let lex = lexicon();
    let holds_no_seat = |words: &[String]| !words.iter().any(|w| lex.member_posts.contains(w));
    let a_members = |form: &&[String]| form.iter().any(|w| lex.member_words.contains(w));
    let written = office_phrases(story)
        .into_iter()
        .any(|(range, _)| holds_no_seat(&story[range]));
    written && forms.iter().all(|f| offices(f).is_empty()) && forms.iter().any(a_members)
}

/// A title of a portfolio's words alone before a name ("Health Jane Doe" for the Treasury
/// Secretary), where the forms name a post: it has lost its office noun whichever portfolio it
/// names (the forms' own, "Treasury Jane Doe", is also a title cut short). A party alone
/// ("Labour", a portfolio too) is an affiliation, not a title.
fn portfolio_alone(story: &[String], forms: &[&[String]]) -> bool {
    let lex = lexicon();
    let mut words = without_descriptors(story);
    words.retain(|w| !lex.connectors.contains(w));
    let a_portfolio = |w: &String| lex.domains.contains(w) && !lex.parties.contains(w);
    let names_a_post = |form: &&[String]| form.iter().any(|w| lex.head_words.contains(w)) || !offices(form).is_empty();
    !words.is_empty() && words.iter().all(a_portfolio) && forms.iter().any(names_a_post)
}

/// Whether two occupations are one, or one is a kind of the other, directly ("sprinter",
/// "athlete") or through a kind between them ("long jumper", a kind of "jumper", itself a kind
/// of "athlete").
fn same_occupation(a: usize, b: usize) -> bool {
    a == b || kind_of(a, b) || kind_of(b, a)
}

/// Whether `kind` is a kind of `general`, walking up `occupation_kinds` (bounded, so a table
/// that loops cannot hang a run).
fn kind_of(kind: usize, general: usize) -> bool {
    let kinds = &lexicon().occupation_kinds;
    std::iter::successors(kinds.get(&kind), |k| kinds.get(k))
        .take(kinds.len())
        .any(|&k| k == general)
}

/// Whether a portfolio's words before a name stand as a title: capitalised, and not the object
/// of the words before them ("In his budget Mr Chidambaram has", "Chief Secretary to the
/// Treasury Paul Boateng").
fn stands_as_a_title(doc: &Doc, run: &Range<usize>) -> bool {
    let lex = lexicon();
    let capitalised = run
        .clone()
        .all(|k| !doc.tokens[k].is_word() || doc.tokens[k].is_capitalized());
    let object_of = |word: &str| {
        lex.determiners.contains(word)
            || lex.stop_words.contains(word)
            || lex.connectors.contains(word)
            || lex.prepositions.contains(word)
    };
    let after_a_phrase = run.start.checked_sub(1).is_some_and(|k| object_of(doc.lower_at(k)));
    capitalised && !after_a_phrase
}

/// The offices a title's words name, each with whether an office-changing word stands before
/// it: right before it (`close`: "vice chairman") or anywhere before it ("Assistant Defense
/// Secretary").
fn ranked_offices(words: &[String], close: bool) -> Vec<(bool, usize)> {
    let changes_at = |k: usize| changes_the_office(&words[k], words.get(k + 1));
    office_phrases(words)
        .into_iter()
        .map(|(range, office)| {
            let ranked = if close {
                range.start > 0 && changes_at(range.start - 1)
            } else {
                (0..range.start).any(changes_at)
            };
            (ranked, office)
        })
        .collect()
}

/// A title that writes an office-changing word right before an office its forms name
/// only unranked ("Renault vice chairman" for "chairman and chief executive of Renault"):
/// another post, though the office is shared. A form that ranks the office in any words
/// ("Vice Minister", "Chief Treasury Secretary") leaves the rank to the word-by-word compare.
fn rank_added_to_an_office(story: &[String], forms: &[&[String]]) -> bool {
    let accepted: Vec<(bool, usize)> = forms.iter().flat_map(|f| ranked_offices(f, false)).collect();
    ranked_offices(story, true).iter().any(|&(ranked, office)| {
        let named = accepted.iter().filter(|&&(_, held)| held == office);
        ranked && named.clone().next().is_some() && named.clone().all(|&(r, _)| !r)
    })
}

/// The offices a form names, and the rank of a member of a body it names (`member_ranks`:
/// the chairman of a Senate committee is a senator). The rank only lets a title agree: a form
/// that names no office ("Senate Republican leader") still holds none against a title.
fn offices_held(form: &[String]) -> Vec<usize> {
    let lex = lexicon();
    let mut held = offices(form);
    if !held.is_empty() {
        held.extend(form.iter().filter_map(|w| lex.member_ranks.get(w)).flatten());
    }
    held
}

/// A title whose offices are all found in other walks of life than every office the forms
/// name (`walks` in `rules/titles.yaml`): another person's title, not a wrong one ("Wales
/// captain" for a minister). An office found in every walk ("secretary", "spokesman") decides
/// nothing.
fn of_another_walk_of_life(story: &[String], forms: &[&[String]]) -> bool {
    let lex = lexicon();
    let walks = |words: &[String]| -> Option<Vec<usize>> {
        let named = offices(words);
        named.iter().try_fold(Vec::new(), |mut walks, office| {
            walks.extend(lex.walks.get(office)?);
            Some(walks)
        })
    };
    let written = walks(story);
    let accepted: Option<Vec<usize>> = forms.iter().try_fold(Vec::new(), |mut all, form| {
        all.extend(walks(form)?);
        Some(all)
    });
    match (written, accepted) {
        (Some(written), Some(accepted)) => {
            !written.is_empty() && !accepted.is_empty() && !written.iter().any(|w| accepted.contains(w))
        }
        _ => false,
    }
}

/// A form that names an occupation, or ends on a word for a profession ("futurologist").
fn names_a_profession(form: &[String]) -> bool {
    form.last().is_some_and(|w| is_a_profession_word(w)) || !occupations(form).is_empty()
}

/// A word whose ending names a profession rather than an office ("futurologist", "analyst").
fn is_a_profession_word(word: &str) -> bool {
    (lexicon().role_endings.iter()).any(|e| word.len() > e.len() + 2 && word.ends_with(e.as_str()))
}

/// The form without the grades the story leaves out: `grades` anywhere ("senior"), and
/// `profession_grades` right before a word for a profession ("principal analyst"), where they
/// rank the profession rather than name another post.
fn without_grades_left_out(story: &[String], form: &[String]) -> Vec<String> {
    let lex = lexicon();
    let is_a_grade = |k: usize| {
        let grades_the_next = || form.get(k + 1).is_some_and(|next| is_a_profession_word(next));
        lex.grades.contains(&form[k]) || (lex.profession_grades.contains(&form[k]) && grades_the_next())
    };
    (form.iter().enumerate())
        .filter(|&(k, w)| !is_a_grade(k) || story.contains(w))
        .map(|(_, w)| w.clone())
        .collect()
}

fn names_a_post(words: &[String]) -> bool {
    words.iter().any(|w| lexicon().title_words.contains(w))
}

/// Given the words left over once the shared part is set aside: words only the story has are
/// harmless unless they change the office; words only the form has were dropped, harmless
/// unless they change the office; words on both sides are a changed word. `shared` is the
/// shared word that follows them, if any.
fn judge(extra: &[String], missing: &[String], shared: Option<&String>) -> FormMatch {
    let lex = lexicon();
    // "non" right before the shared word negates a word both titles write ("executive
    // director" for "non-executive director"); before a word only one side has, it qualifies
    // the post ("non-executive director" for "director")
    let negates_the_shared =
        |words: &[String]| shared.is_some() && words.last().is_some_and(|w| lex.negations.contains(w));
    let changes_office = |words: &[String]| {
        negates_the_shared(words)
            || (0..words.len())
                .any(|k| changes_the_office(&words[k], words.get(k + 1).or(shared)) && !ranks_a_group(&words[k..]))
    };
    let generic = !extra.is_empty() && extra.iter().all(|w| lex.generic_words.contains(w));
    let agrees = match (extra.is_empty() || generic, missing.is_empty()) {
        (_, true) => !changes_office(extra) && !ranks_the_shared_rank(extra, shared),
        (true, false) => !changes_office(missing),
        (false, false) => false,
    };
    if agrees {
        FormMatch::Agrees
    } else {
        FormMatch::Differs
    }
}

/// Words added in front of a title that opens on a rank, a post's head word right before it
/// ("Executive Vice President of the ATP" for "Vice President of the ATP", bbc/sport/461.txt):
/// the head word ranks the rank, another post ("Executive Vice Chairman"), as an
/// office-changing word does. A portfolio's word there names the post's domain ("Foreign Vice
/// Minister"), as a country or a body's name names its owner, and agrees.
fn ranks_the_shared_rank(extra: &[String], shared: Option<&String>) -> bool {
    let rank_shared = shared.is_some_and(|s| changes_the_office(s, None));
    let head_in_front = extra.last().is_some_and(|w| is_a_ranking_head_word(w));
    rank_shared && head_in_front
}

/// A post's head word that ranks the rank after it ("Executive" in "Executive Vice
/// Chairman"); a portfolio's word names the post's domain ("Foreign Vice Minister").
fn is_a_ranking_head_word(word: &str) -> bool {
    lexicon().is_head_word_only(word)
}

/// A rank word (`words[0]`) followed, before the post, by people in the plural: it ranks them,
/// not the post ("Chief police officers spokesman" speaks for the Association of Chief Police
/// Officers; "junior ministers' spokesman").
fn ranks_a_group(words: &[String]) -> bool {
    let lex = lexicon();
    words[1..].iter().any(|w| {
        let w = w.trim_end_matches('\'');
        w.strip_suffix('s').is_some_and(|one| lex.head_words.contains(one))
    })
}

/// Splits leading "former"/"ex" off a title's words.
pub(crate) fn split_former(words: &[String]) -> (bool, &[String]) {
    let lex = lexicon();
    let n = words.iter().take_while(|w| lex.former.contains(*w)).count();
    (n > 0, &words[n..])
}

/// The finding for one title written with a person's name (before it or as an apposition), if
/// it disagrees with the facts.
///
/// A title followed by a time phrase ("Treasury Secretary during President Reagan's first
/// term", "head of Universal Music Germany until last year") is dated by it, not by the
/// story: its words are judged, its tenure is not. So is a post the person is to take ("is to
/// become chairman of Acme"), which may begin after the story's date.
pub fn check_title(doc: &Doc, title: Range<usize>, person: &Person, published: Option<NaiveDate>) -> Option<Finding> {
    let lex = lexicon();
    let dated = doc
        .tokens
        .get(title.end)
        .is_some_and(|_| lex.dating_prepositions.contains(doc.lower_at(title.end)))
        || (year_after_the_name(doc, title.end).is_some_and(|year| held_in(person, year))
            && !split_former(&title_words(&doc.words(title.clone()))).0);
    let verb = (0..title.start)
        .rev()
        .find(|&k| !lex.determiners.contains(doc.lower_at(k)));
    let taken = verb.is_some_and(|k| lex.becoming_verbs.contains(doc.lower_at(k)));
    let past = of_another_time(doc, &title);
    check_title_on_the_storys_date(doc, title, person, published, past)
        .filter(|f| !((dated || taken || past) && f.code == Code::StaleTitle))
}

/// Whether a title names a post held at another time than the story's, as "former" does: the
/// complement of a past copula ("Ms Cole was chairman of the council", "who was also
/// chairman"; not a title before the name the copula's complement opens: "was Acme chairman
/// John Smith's choice") or a role after a noun of succession ("his predecessor as Cabinet
/// Secretary, Lord Armstrong"). Such a title is judged for its words, never as stale, and a
/// post the facts do not know stays quiet unless it is a slip of one they do.
fn of_another_time(doc: &Doc, title: &Range<usize>) -> bool {
    let lex = lexicon();
    let start = title.start;
    let before_a_name = doc
        .tokens
        .get(title.end)
        .is_some_and(|t| t.is_word() && t.is_capitalized());
    let lead_in = |k: &usize| {
        let word = doc.lower_at(*k);
        lex.determiners.contains(word) || lex.auxiliaries.contains(word) || lex.past_copulas.contains(word)
    };
    let after_a_past_copula = !before_a_name
        && (0..start)
            .rev()
            .take_while(lead_in)
            .any(|k| lex.past_copulas.contains(doc.lower_at(k)));
    let after_succession = start > 0
        && lex.role_prepositions.contains(doc.lower_at(start - 1))
        && follows_a_succession_word(doc, start - 1);
    after_a_past_copula || after_succession || names_a_successor(doc, start)
}

/// Whether the title at `start` stands after a verb of succession and "by", a determiner
/// between ("who was replaced by deputy governor John Crow", "succeeded by the deputy
/// chairman"): the successor is named by the rank held before the appointment the sentence
/// reports (`succession_verbs`).
fn names_a_successor(doc: &Doc, start: usize) -> bool {
    let lex = lexicon();
    let by = (0..start).rev().find(|&k| !lex.determiners.contains(doc.lower_at(k)));
    by.is_some_and(|k| k > 0 && doc.lower_at(k) == "by" && lex.succession_verbs.contains(doc.lower_at(k - 1)))
}

/// The year the sentence gives right after the name a title stands before ("first appointed by
/// President Jimmy Carter in 1979"): "in" and a year after at most four words of the name. A
/// plain title dated so is of that year's time; a "former" one still speaks of the story's.
fn year_after_the_name(doc: &Doc, name_start: usize) -> Option<i32> {
    let sentence_end = doc.sentence(name_start).end;
    let name_end = (name_start..sentence_end.min(name_start + 4))
        .take_while(|&k| doc.tokens[k].is_capitalized())
        .last()?
        + 1;
    let year = doc
        .tokens
        .get(name_end + 1)
        .filter(|_| doc.lower_at(name_end) == "in")?;
    year.text()
        .parse()
        .ok()
        .filter(|y| (1000..=2999).contains(y) && year.text().len() == 4)
}

/// Whether one of the person's posts was held in `year`: the title is of that year's time.
fn held_in(person: &Person, year: i32) -> bool {
    use chrono::Datelike;
    if person.posts.is_empty() {
        return person.until.as_ref().is_none_or(|(until, _)| year <= until.year());
    }
    person.posts.iter().any(|p| {
        let began = p.from.as_ref().is_none_or(|from| from.range.first.year() <= year);
        let not_ended = p.until.as_ref().is_none_or(|until| year <= until.range.last.year());
        began && not_ended
    })
}

/// `past`: the title is of another time than the story's ([`of_another_time`]), read as if
/// "former" were written.
fn check_title_on_the_storys_date(
    doc: &Doc,
    title: Range<usize>,
    person: &Person,
    published: Option<NaiveDate>,
    past: bool,
) -> Option<Finding> {
    if person.titles.is_empty() {
        return None;
    }
    let run = past_a_joined_title(doc, title, person);
    // "from Tory Neil Hamilton": a party or a country alone is the person's affiliation, not a
    // post cut short, so it is not held to the time of a post whose form names it
    // (bbc/politics/403)
    if is_an_affiliation_alone(split_former(&title_words(&doc.words(run.clone()))).1) {
        return None;
    }
    if !person.posts.is_empty() {
        return super::posts::check_joined_posts(doc, run, person, published, past);
    }
    let written = doc.words(run.clone());
    let words = title_words(&written);
    let (former_written, core) = split_former(&words);
    let core = completed_by_the_sentence(doc, &run, core, person).unwrap_or(core);
    let former_written = former_written || past;
    // a story with no date is read as of now, as `posts` are: a post with `until` has ended
    let left = match (&person.until, published) {
        (Some((until, _)), Some(p)) => *until <= p,
        (Some(_), None) => true,
        (None, _) => false,
    };
    let (current, past): (Vec<&TitleForm>, Vec<&TitleForm>) = person.titles.iter().partition(|t| !t.former);
    let some_form_differs = person
        .titles
        .iter()
        .any(|f| compare_form(core, split_former(&f.words).1) == FormMatch::Differs);
    let all_forms: Vec<&[String]> = person.titles.iter().map(|f| split_former(&f.words).1).collect();
    // the title as the guards against another form's body read it: without a nationality in
    // front where no form names a country
    let guarded = without_nationality_in_front(core, &all_forms);
    let renames_a_body = all_forms.iter().any(|f| renames_the_body(guarded, f));
    let another_office = names_another_office(core, &all_forms);
    let recounted = recounts(core, &all_forms);
    let another_beat = names_another_beat(core, &all_forms);
    let agrees_with = |forms: &[&TitleForm]| {
        !recounted
            && forms.iter().any(|f| {
                let words = split_former(&f.words).1;
                let added_in_front = yields_to_another_body(words, guarded) && renames_a_body;
                compare_form(core, words) == FormMatch::Agrees
                    && !(another_beat && beats(words).next().is_none())
                    && !(some_form_differs
                        && (only_extends(guarded, words)
                            || joins_a_post_in_front(guarded, words, &all_forms)
                            || added_in_front))
                    && !extends_into_another_office(core, words, another_office)
            })
    };
    let (agrees_current, agrees_past) = (agrees_with(&current), agrees_with(&past));
    let span = doc.span(run.clone());
    let name = &person.name;
    // "the then Home Secretary": the post held at the sentence's time, held now or not
    let then_written = former_written && words[0] == "then";
    match (former_written, agrees_current, agrees_past, left) {
        (true, _, true, _) | (true, true, _, true) | (false, true, _, false) => None,
        (true, true, _, _) if then_written => None,
        (true, true, false, false) => {
            let form = current[0];
            let fixed = strip_former_text(&written);
            Some(
                Finding::new(
                    Code::StaleTitle,
                    span,
                    format!("{name} is still {}, not a former one", form.text),
                    "\"former\" here".into(),
                )
                .with_fact(name, &form.loc, format!("{name}'s current title, with no `until`"))
                .with_replacement(fixed.clone())
                .with_help(format!("write `{fixed}`")),
            )
        }
        (false, true, _, true) | (false, false, true, _) => {
            let (until, until_loc) = person
                .until
                .clone()
                .map(|(d, l)| (d.to_string(), l))
                .unwrap_or_else(|| ("an earlier date".into(), person.titles[0].loc.clone()));
            let fixed = format!("former {written}");
            Some(
                Finding::new(
                    Code::StaleTitle,
                    span,
                    format!("{name} left this post on {until}; the title needs \"former\""),
                    "current title for a past post".into(),
                )
                .with_fact(name, &until_loc, format!("{name} left the post on {until}"))
                .with_replacement(fixed.clone())
                .with_help(format!("write `{fixed}`")),
            )
        }
        // "then" speaks of the sentence's time, which may be now: it is no "former"
        _ if former_written && !then_written && !knows_a_past_post(person) && !slips_from_a_form(core, person) => None,
        _ => mismatch(doc, &run, &written, core, person, former_written),
    }
}

/// The title without the country's word it opens with, where none of the person's forms
/// names a country and more of a title follows: the country is then the person's own, their
/// nationality ("Britain's world indoor champion" for a "world indoor champion" who is also an
/// "Olympic relay champion": bbc/sport/075.txt), not another side or body in front of a
/// shorter form, which a form naming a country would show ("Wales prop" beside "England
/// prop" is another side). The whole title otherwise.
fn without_nationality_in_front<'w>(core: &'w [String], forms: &[&[String]]) -> &'w [String] {
    let forms_name_a_country = forms.iter().any(|f| f.iter().any(|w| is_a_country(w)));
    match core {
        [country, rest @ ..] if rest.len() > 1 && is_a_country(country) && !forms_name_a_country => rest,
        _ => core,
    }
}

/// "Treasury Secretary James Baker and one of his top aides, Assistant Secretary David
/// Mulford": a title that leaves out words of its department which the sentence wrote before
/// it is the form those words complete, as a reader takes it (a country may be left out as
/// anywhere). Only such words: an office, a rank or a head word left out still disagrees, and
/// a word the form does not write never agrees.
fn completed_by_the_sentence<'p>(
    doc: &Doc,
    run: &Range<usize>,
    core: &[String],
    person: &'p Person,
) -> Option<&'p [String]> {
    let lex = lexicon();
    let before = title_words(&doc.words(writers_words_before(doc, run.start)));
    let in_the_sentence =
        |w: &String| !lex.head_words.contains(w) && !lex.office_changing.contains(w) && before.contains(w);
    let completes = |form: &[String]| {
        let mut written = core.iter().peekable();
        let mut from_the_sentence = 0;
        for w in form {
            if written.peek().is_some_and(|c| same_word(c, w)) {
                written.next();
            } else if in_the_sentence(w) {
                from_the_sentence += 1;
            } else if !is_a_country(w) {
                return false;
            }
        }
        written.next().is_none() && from_the_sentence > 0
    };
    if core.is_empty() {
        return None;
    }
    person
        .titles
        .iter()
        .map(|f| split_former(&f.words).1)
        .find(|form| completes(form))
}

/// The writer's words of the sentence before token `k`: after the last quotation mark before
/// it, since a quote's words are the speaker's, not the writer's description of the person
/// ("... to hold both the 15s and Sevens World Cups at the same time," said England coach Mike
/// Friday: bbc/sport/400.txt; the quote completes no title).
fn writers_words_before(doc: &Doc, k: usize) -> Range<usize> {
    let sentence_start = doc.sentence(k).start;
    let after_a_quote = (sentence_start..k)
        .rev()
        .find(|&j| matches!(doc.tokens[j].text(), "\"" | "“" | "”"))
        .map_or(sentence_start, |j| j + 1);
    after_a_quote..k
}

/// A count of titles won that no form writes, where a form writes one ("triple world champion"
/// for "double world champion", bbc/sport/091.txt): another title, which a form that counts
/// none ("world champion") does not shield (`title_counts`).
fn recounts(core: &[String], forms: &[&[String]]) -> bool {
    let counts = |words: &[String]| -> Vec<String> {
        (words.iter())
            .filter(|w| lexicon().title_counts.contains(*w))
            .cloned()
            .collect()
    };
    let given: Vec<String> = forms.iter().flat_map(|f| counts(f)).collect();
    !given.is_empty() && counts(core).iter().any(|w| !given.contains(w))
}

/// A domain no form writes (`domains`: a portfolio, a desk's beat), where a form writes one:
/// "BBC political correspondent" for the "BBC labour affairs correspondent"
/// (bbc/politics/312.txt) names another beat, which a form that writes none ("BBC
/// correspondent") does not shield. A derived form of a given domain is that domain
/// ("economic" for "economics").
fn names_another_beat(core: &[String], forms: &[&[String]]) -> bool {
    let given: Vec<&String> = forms.iter().flat_map(|f| beats(f)).collect();
    let is_given =
        |w: &String| (given.iter()).any(|g| same_word(w, g) || w.starts_with(g.as_str()) || g.starts_with(w.as_str()));
    !given.is_empty() && beats(core).any(|w| !is_given(w))
}

/// The words of a title that name a domain (`domains`).
fn beats(words: &[String]) -> impl Iterator<Item = &String> {
    words.iter().filter(|w| lexicon().domains.contains(*w))
}

/// Whether the facts know a post the person has left: their `until`, or a form with "former".
fn knows_a_past_post(person: &Person) -> bool {
    person.until.is_some() || person.titles.iter().any(|f| f.former)
}

/// A "former" title for someone the facts know no past post of names a post before the ones
/// they list ("former Senate majority leader" beside a current "Senate Republican leader"): a
/// career has many posts and the facts list few. Only a slip of a form is still held against
/// it: a misspelt office word ("former Prime Minsiter") or the post cut short ("former
/// Finance").
fn slips_from_a_form(core: &[String], person: &Person) -> bool {
    person.titles.iter().any(|f| {
        let form = split_former(&f.words).1;
        let misspelt = core
            .iter()
            .any(|w| !form.contains(w) && form.iter().any(|f| misspells_title_word(w, f)));
        misspelt || stops_before_the_post(core, form)
    })
}

/// The written title is the form with words added after it ("chairman of Westin" for
/// "chairman"). That agrees unless another accepted form names what follows otherwise
/// ("chairman of Allegis"): then the added words replaced the facts' own.
pub(crate) fn only_extends(story: &[String], form: &[String]) -> bool {
    story.len() > form.len() && story.iter().zip(form).all(|(s, f)| same_word(s, f))
}

/// The written title is a form that names no office with an office added after it ("Welsh
/// midfielder" for "Welshman", "Wales international striker" for "Wales international"),
/// where the person's other forms name offices, none the written one (`another_office`: see
/// [`names_another_office`]): the form describes the person, and the office written is
/// another post, not the form extended.
pub(crate) fn extends_into_another_office(story: &[String], form: &[String], another_office: bool) -> bool {
    another_office && only_extends(story, form) && offices(form).is_empty()
}

/// Whether a form agreeing with the written title yields to another form of the person that
/// the title renames the body of: the form is shorter (the body written in front of it), or
/// names the body by a generic word before its post ("party treasurer" does not shield "former
/// Labour Treasurer" where the facts write "Tory Treasurer": bbc/politics/007.txt) the title
/// does not write (the form "UK Independence Party leader" written whole still agrees beside
/// "UKIP leader", bbc/politics/373.txt).
pub(crate) fn yields_to_another_body(form: &[String], story: &[String]) -> bool {
    let lex = lexicon();
    let post = form.iter().position(|w| lex.head_words.contains(w)).unwrap_or(0);
    let generic_unwritten = |w: &String| lex.generic_words.contains(w) && !story.contains(w);
    shorter_than(form, story) || form[..post].iter().any(generic_unwritten)
}

/// The written title is the form with a word inside it replaced, its first and last words
/// kept ("Sunday Times journalist" for "Sunday Telegraph journalist"), or the body in front
/// of its post replaced: it names another body for the post. It may still agree with a shorter form by words added in front
/// ("journalist"); that agreement does not hold when this form names the body otherwise.
pub(crate) fn renames_the_body(story: &[String], form: &[String]) -> bool {
    // a descriptor in front names no body: "previous Radio 2 chart show host" for "Radio 1
    // chart show host" (bbc/entertainment/284.txt) renames it as the bare title does
    let (story, form) = (without_descriptors(story), &without_descriptors(form)[..]);
    // a longer phrase for the form's office is the form's office, not a body's word replaced
    // inside it ("Scotland head coach" for "Scotland national coach": "head" renames nothing)
    let story = &with_the_forms_office_phrase(&story, form).unwrap_or(story)[..];
    let n = story.len();
    let inside = n >= 3
        && form.len() == n
        && same_word(&story[0], &form[0])
        && same_word(&story[n - 1], &form[n - 1])
        && (1..n - 1).any(|k| !same_word(&story[k], &form[k]));
    inside
        || body_in_front_replaced(story, form)
        || owner_of_a_list_replaced(story, form)
        || portfolio_replaced(story, form)
}

/// The written title is the form with its portfolio replaced by another of other length, the
/// words around it kept ("EC Agriculture Commissioner" for "EC External Trade Relations
/// Commissioner", reuters21578/12602.txt): the words the two do not share are a portfolio's
/// alone in the title and name one in the form, with no word in common. A shorter form
/// ("Commissioner") does not shield it.
fn portfolio_replaced(story: &[String], form: &[String]) -> bool {
    let lex = lexicon();
    let front = story.iter().zip(form).take_while(|(s, f)| same_word(s, f)).count();
    let back = (story[front..].iter().rev())
        .zip(form[front..].iter().rev())
        .take_while(|(s, f)| same_word(s, f))
        .count();
    let (written, accepted) = (&story[front..story.len() - back], &form[front..form.len() - back]);
    let portfolio = |w: &String| lex.domains.contains(w) && !lex.parties.contains(w);
    let shares_a_word = written.iter().any(|w| accepted.iter().any(|a| same_word(w, a)));
    back > 0
        && !written.is_empty()
        && written.iter().all(|w| portfolio(w) || lex.connectors.contains(w))
        && accepted.iter().any(portfolio)
        && !shares_a_word
}

/// A body in front of a list of posts owns each of them ("Raytheon's chairman, president and
/// chief executive" is Raytheon's chairman): read with each post alone, the body in front
/// replaces the form's ("M/A-Com chairman").
fn owner_of_a_list_replaced(story: &[String], form: &[String]) -> bool {
    let posts = office_phrases(story);
    let [(first, _), _, ..] = &posts[..] else {
        return false;
    };
    let in_front = &story[..first.start];
    let listed = story[first.start..].iter().any(|w| w == "and");
    listed
        && !in_front.is_empty()
        && (posts.iter()).any(|(phrase, _)| body_in_front_replaced(&[in_front, &story[phrase.clone()]].concat(), form))
}

/// The post shared at the end, and in front of it another body than the form's: "Arsenal
/// captain" for "Chelsea captain", "Fianna Fail leader" for "Fine Gael leader", "Ireland
/// coach" for "England coach". Both sides name a body of the same kind, a party for a party,
/// a country for a country, a chamber for a chamber or an organisation for an organisation, with no word in common;
/// generic owners and descriptors aside ("the party's new leader"). A party where the form
/// names another kind of body ("Republican Senator" for "Kansas Senator") describes the
/// person, as a country does ("British chairman" for "Renault chairman"), and a body by its
/// initials ("PCA chairman") is the same.
fn body_in_front_replaced(story: &[String], form: &[String]) -> bool {
    let lex = lexicon();
    let mut shared = story
        .iter()
        .rev()
        .zip(form.iter().rev())
        .take_while(|(s, f)| same_word(s, f))
        .count();
    // the post is shared, not a body's noun before it: "Foreign Office minister" and "Home
    // Office minister" share "minister" (bbc/politics/105.txt)
    while shared > 1 && lex.body_nouns.contains(&form[form.len() - shared]) {
        shared -= 1;
    }
    let (written, accepted) = (
        body_words(&story[..story.len() - shared]),
        body_words(&form[..form.len() - shared]),
    );
    let kind = body_kind(&written);
    // a country that opens a company's name ("U.S. Steel chairman") names that company, unless
    // a country opens it on both sides, before the same word: two sides of one kind
    // ("Scotland sevens coach" for "England sevens coach": bbc/sport/400.txt)
    let opens_a_name = form.get(form.len() - shared).is_some_and(|w| names_a_body(w));
    let countries = |body: &[String]| !body.is_empty() && body.iter().all(|w| is_a_country(w));
    let accepted_kind = if opens_a_name && countries(&accepted) && !countries(&written) {
        Some(BodyKind::Organisation)
    } else {
        body_kind(&accepted)
    };
    let (written_name, accepted_name) = (naming_words(&written), naming_words(&accepted));
    shared > 0
        && (another_chamber(&written, &accepted)
            || kind.is_some()
                && kind == accepted_kind
                && !written_name.is_empty()
                && !written_name
                    .iter()
                    .any(|w| accepted_name.iter().any(|a| same_word(w, a)))
                && !initials_of(&written, &accepted)
                && !initials_of(&accepted, &written))
}

/// Both bodies in front of the post open on a legislature's chamber (`chambers`), another
/// one: "Senate subcommittee chairman" for "House Oversight subcommittee chairman"
/// (reuters21578/01864.txt: Dingell sat in the House), whatever else each names.
fn another_chamber(written: &[String], accepted: &[String]) -> bool {
    let chamber = |body: &[String]| body.first().filter(|w| lexicon().chambers.contains(*w)).cloned();
    matches!((chamber(written), chamber(accepted)), (Some(a), Some(b)) if a != b)
}

/// A body's words that tell it from others of its kind: its noun aside (`body_nouns`), which
/// two ministries share ("Foreign Office" is not the "Home Office", bbc/politics/105.txt).
fn naming_words(body: &[String]) -> Vec<&String> {
    let body_nouns = &lexicon().body_nouns;
    body.iter()
        .filter(|w| !body_nouns.contains(strip_possessive(w)))
        .collect()
}

/// A title's words in front of its post with the generic owners and descriptors set aside.
fn body_words(words: &[String]) -> Vec<String> {
    let lex = lexicon();
    words
        .iter()
        .filter(|w| !lex.generic_words.contains(*w) && !lex.descriptors.contains(*w))
        .cloned()
        .collect()
}

/// What kind of body a title's words in front of its post name, if they name one: a party
/// (`parties`), a country (`countries`: its government, or its side in sport), a legislature's
/// chamber (`chambers`: "House", "Senate"), or an
/// organisation, of proper words and a body's own words ("Lloyds Bank", "Swiss Bank Corp"), or
/// of its domain and a body's noun (`body_nouns`: "Finance Ministry").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BodyKind {
    Party,
    Country,
    Chamber,
    Organisation,
}

fn body_kind(words: &[String]) -> Option<BodyKind> {
    let lex = lexicon();
    // a chamber's word after another word of the name names a building's body ("White House")
    let building = |k: usize| k > 0 && lex.chambers.contains(&words[k]);
    let body_word = |k: usize| {
        let w = &words[k];
        names_a_body(w) || lex.organisation_words.contains(w) || is_a_company_suffix(w) || building(k)
    };
    // "Finance Ministry": a body's noun after its domain
    let named_by_its_noun = |words: &[String]| {
        words.split_last().is_some_and(|(noun, domain)| {
            lex.body_nouns.contains(noun) && (0..domain.len()).all(|k| body_word(k) || lex.domains.contains(&domain[k]))
        })
    };
    if words.is_empty() {
        None
    } else if words.iter().all(|w| lex.parties.contains(w)) {
        Some(BodyKind::Party)
    } else if words.iter().all(|w| is_a_country(w)) {
        Some(BodyKind::Country)
    } else if words.iter().all(|w| lex.chambers.contains(w)) {
        Some(BodyKind::Chamber)
    } else if (0..words.len()).all(body_word) || named_by_its_noun(words) {
        Some(BodyKind::Organisation)
    } else {
        None
    }
}

/// A word that may name a body in front of a post: none of a title's own words, a generic
/// owner, a descriptor, a rank, a party (a party for another body is judged apart) or a month.
fn names_a_body(word: &str) -> bool {
    let lex = lexicon();
    let word = strip_possessive(word);
    ![
        &lex.title_words,
        &lex.generic_words,
        &lex.descriptors,
        &lex.office_changing,
        &lex.parties,
    ]
    .iter()
    .any(|set| set.contains(word))
        && !lex.former.contains(word)
        && !lex.months.contains_key(word)
}

/// The written title is the form with another post joined in front by "and" ("committee
/// chairman and Tory MP" for "Tory MP", "marketing head of the MEF and executive chairman" for
/// "executive chairman"). That agrees unless another accepted form joins its
/// own post there ("committee member and Tory MP"): then the post in front was changed. A
/// post in front read to its complement may be another of the person's `forms` whole (two
/// posts of theirs listed: "regulatory head of the MEF and executive chairman of MBlox").
pub(crate) fn joins_a_post_in_front(story: &[String], form: &[String], forms: &[&[String]]) -> bool {
    let Some(and) = story.len().checked_sub(form.len() + 1) else {
        return false;
    };
    // a post, not a name, before "and" ("Fed chairman Paul Volker and IMF managing director"),
    // or a post with its complement ("regulatory head of the MEF and executive chairman")
    let lex = lexicon();
    let post_with_complement = |words: &[String]| {
        (1..words.len()).any(|k| lex.head_words.contains(&words[k - 1]) && lex.post_prepositions.contains(&words[k]))
    };
    let own_post = |front: &[String]| forms.iter().any(|f| compare_form(front, f) == FormMatch::Agrees);
    let post_in_front = |front: &[String]| {
        lex.title_words.contains(&front[front.len() - 1]) || (post_with_complement(front) && !own_post(front))
    };
    and > 0
        && story[and] == "and"
        && post_in_front(&story[..and])
        && story[and + 1..].iter().zip(form).all(|(s, f)| same_word(s, f))
}

/// A run that reaches back over "and" may have joined another person, or a company's name, to
/// the title ("Kohl and Finance Minister Gerhard Stoltenberg", "Merrill Lynch and Co Inc
/// chairman and chief executive William Schreyer"). When the whole run does not agree with any
/// of the person's titles but the words after its last "and" do, or the word before "and" is
/// no title word nor a portfolio's (a name: "Poehl and CDU Finance Minister"), the words after "and" are the
/// title. A run that starts with "former" is kept whole: "former chairman and chief executive"
/// is former in both posts; so is a run whose words after "and" end a form of the person's
/// own that joins two posts ("chairman and chief executive").
pub(crate) fn past_a_joined_title(doc: &Doc, run: Range<usize>, person: &Person) -> Range<usize> {
    let Some(and) = run.clone().rev().find(|&i| doc.lower_at(i) == "and") else {
        return run;
    };
    let agrees = |words: &[String]| {
        !words.is_empty()
            && person
                .titles
                .iter()
                .any(|f| compare_form(words, split_former(&f.words).1) == FormMatch::Agrees)
    };
    let whole = title_words(&doc.words(run.clone()));
    let (former, whole_core) = split_former(&whole);
    let after = and + 1..run.end;
    let lex = lexicon();
    // the word before "and", past a bracket closing a body's initials ("Association (ISDA)
    // and President of Kleinwort": reuters21578/01724.txt)
    let before_and = (run.start..and).rev().find(|&k| doc.tokens[k].text() != ")");
    // a portfolio's word ("work and pensions secretary") is no name either
    let joins_a_name = before_and.is_some_and(|k| {
        title_words(doc.tokens[k].text()).iter().all(|w| {
            !lex.title_words.contains(w)
                && !lex.domains.contains(w)
                && !person.titles.iter().any(|f| f.words.contains(w))
        })
    });
    let after_words = title_words(&doc.words(after.clone()));
    let after_is_the_title = joins_a_name || agrees(&after_words);
    // "committee member and Tory MP": the person's own title joins two posts with "and", so
    // the first one is judged too ("vice chairman and chief executive" for "chairman and ..."),
    // and so is the second after the form's own first post ("chairman and chief executive of
    // Nissan" for "chairman and chief executive of Renault")
    let post_before_and = before_and
        .map(|k| title_words(doc.tokens[k].text()))
        .unwrap_or_default();
    let the_forms_own_and = !joins_a_name
        && person.titles.iter().any(|f| {
            let words = split_former(&f.words).1;
            words.iter().rposition(|w| w == "and").is_some_and(|k| {
                k > 0 && (words[k + 1..] == after_words[..] || post_before_and.last() == Some(&words[k - 1]))
            })
        });
    if former || agrees(whole_core) || after.is_empty() || !after_is_the_title || the_forms_own_and {
        run
    } else {
        after
    }
}

/// A title-mismatch against the closest accepted form; failing that, against the reference
/// title when the written title names another office (for a past post the story names with
/// "former" only when the facts name past posts: see `names_past_posts`). Nothing when no form
/// is close.
pub(crate) fn mismatch(
    doc: &Doc,
    run: &Range<usize>,
    written: &str,
    core: &[String],
    person: &Person,
    former_written: bool,
) -> Option<Finding> {
    // "who is also Nigerian Oil Minister", "Tindemans, current president of the EC Council":
    // a post held beside another, which a file need not list; so is one written after the
    // facts' own post ("its chairman, Senator William Proxmire"). It is judged only against
    // forms of its own office ("who is also OPEC Vice President"), not one sharing a word of
    // its complement ("president of the EC Council of Ministers" is no near "Foreign Minister")
    let concurrent_word = |k: usize| lexicon().concurrent_words.contains(doc.lower_at(k));
    let concurrent = (run.start > 0 && concurrent_word(run.start - 1))
        || concurrent_word(run.start)
        || post_named_before(doc, run, person)
        || post_named_before_the_name(doc, run, person);
    let office = core.iter().position(|w| lexicon().post_prepositions.contains(w));
    let head = office.and_then(|end| core[..end].last());
    let of_its_office = |form: &[String]| {
        !concurrent || head.is_none_or(|h| form.iter().any(|w| same_word(h, w) || misspells_title_word(h, w)))
    };
    let mut near: Vec<(usize, &TitleForm)> = person
        .titles
        .iter()
        .filter_map(|f| {
            let words = split_former(&f.words).1;
            (matches!(compare_form(core, words), FormMatch::Differs) && of_its_office(words))
                .then(|| (word_edits(core, words), f))
        })
        .collect();
    near.sort_by_key(|(edits, _)| *edits);
    let closest = near.first().map(|(_, f)| *f);
    let rivals = equally_near_forms(&near);
    let another_office = || {
        if concurrent {
            return None;
        }
        let current = person.titles.iter().filter(|f| !f.former);
        let forms: Vec<&[String]> = person.titles.iter().map(|f| split_former(&f.words).1).collect();
        let another =
            names_another_office(core, &forms) || (portfolio_alone(core, &forms) && stands_as_a_title(doc, run));
        (!(former_written && !names_past_posts(person)) && another)
            .then(|| current.chain(&person.titles).next())
            .flatten()
    };
    let Some(form) = closest else {
        let form = another_office()?;
        let label = format!("another office than the facts' `{}`", form.text);
        let reference = with_office_words_respelt(written, split_former(&form.words).1)
            .unwrap_or_else(|| another_office_fix(written, &form.text));
        return Some(title_finding(doc, run, written, person, form, reference, label));
    };
    let form_core = split_former(&form.words).1;
    let office_word_added = core.len() > form_core.len()
        && core[core.len() - form_core.len()..]
            .iter()
            .zip(form_core)
            .all(|(a, b)| same_word(a, b))
        || agrees_but_for_office_words(core, form_core);
    // an office word added ("SEC deputy enforcement director"): take it out, keep the rest; a
    // word that joins the post into another ("managing director of MEPS") is no office word
    // to take out, so the form is the fix; a misspelt office word alone: put it right, keep
    // the rest
    let taken_out = office_word_added
        .then(|| without_office_words(written, form_core))
        .filter(|fixed| fixed != written);
    let office_word_added = taken_out.is_some();
    let suggested = taken_out.unwrap_or_else(|| {
        with_office_words_respelt(written, form_core).unwrap_or_else(|| form_from_story_start(written, &form.text))
    });
    // the written title with its office word taken out still has its "former"; a "former"
    // for someone the facts give no `until` is dropped, so the fix is right at once
    let drop_former = person.until.is_none() && person.posts.is_empty();
    let reference = if form.former || office_word_added || drop_former {
        suggested
    } else {
        keep_former(written, &suggested)
    };
    let label = format!("the facts give `{}`", form.text);
    let finding = title_finding(doc, run, written, person, form, reference, label);
    Some(if rivals.is_empty() {
        finding
    } else {
        as_choice_among(finding, &rivals)
    })
}

/// How many words before a title, and its comma, may name the person's post.
const POST_BEFORE_REACH: usize = 6;

/// Whether the words right before the title and a comma are an accepted form of the person's
/// post ending on an office noun, in its sentence: "its chairman, Senator William Proxmire"
/// names the committee chairmanship the facts give, and the title after it is a second post.
fn post_named_before(doc: &Doc, run: &Range<usize>, person: &Person) -> bool {
    let Some(comma) = run.start.checked_sub(1).filter(|&k| doc.tokens[k].is(",")) else {
        return false;
    };
    agreeing_post_ends_at(doc, comma, person)
}

/// Whether the title is a relative clause's after a name that the facts' own post stands
/// before: "OPEC conference president Rilwanu Lukman, who is Nigeria's oil minister," gives a
/// second post held beside the one the facts list.
fn post_named_before_the_name(doc: &Doc, run: &Range<usize>, person: &Person) -> bool {
    let Some(comma) = run.start.checked_sub(3) else {
        return false;
    };
    let relative = doc.tokens[comma].is(",") && doc.lower_at(comma + 1) == "who" && doc.lower_at(comma + 2) == "is";
    if !relative {
        return false;
    }
    let lex = lexicon();
    let sentence = doc.sentence(comma).start;
    let name_word = |k: &usize| {
        let t = &doc.tokens[*k];
        t.is_word() && t.is_capitalized() && !lex.title_words.contains(doc.lower_at(*k))
    };
    let name_start = (sentence..comma).rev().take_while(name_word).last();
    name_start.is_some_and(|start| agreeing_post_ends_at(doc, start, person))
}

/// Whether the words right before token `end` are an accepted form of the person's post ending
/// on an office noun, in its sentence. Not a name's words ("Bill Ford, Ford's finance
/// director": the person's own, or another person's in a list), which are capitalised words of
/// no title.
fn agreeing_post_ends_at(doc: &Doc, end: usize, person: &Person) -> bool {
    let lex = lexicon();
    if end == 0 || !lex.head_words.contains(doc.lower_at(end - 1)) {
        return false;
    }
    let names: Vec<String> = std::iter::once(&person.name)
        .chain(&person.aliases)
        .flat_map(|n| n.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    let of_the_post = |k: usize| {
        let t = &doc.tokens[k];
        let lower = doc.lower_at(k);
        t.is_word()
            && !names.iter().any(|n| n == lower)
            && (!t.is_capitalized() || lex.title_words.contains(lower) || lex.domains.contains(lower))
    };
    let sentence = doc.sentence(end - 1).start;
    let reach = end.saturating_sub(POST_BEFORE_REACH).max(sentence);
    let words_from = |start: usize| title_words(&doc.words(start..end));
    (reach..end).rev().take_while(|&k| of_the_post(k)).any(|start| {
        let words = words_from(start);
        !words.is_empty()
            && person
                .titles
                .iter()
                .any(|f| compare_form(&words, split_former(&f.words).1) == FormMatch::Agrees)
    })
}

/// Whether the facts give the person's career as `posts`, one of them ended: then a past post
/// the story names otherwise ("Tory ex-chancellor" for "ex-minister") is another office.
/// Without them a career's earlier posts are many, and the facts list few ("former shadow
/// chancellor" beside a file's one "Former Defence Secretary").
fn names_past_posts(person: &Person) -> bool {
    person.posts.iter().any(|p| p.until.is_some())
}

/// The known organisations' names and aliases as title words, longest first: which body a
/// written title names ("Shell chief executive", "Lai Sun's executive director").
pub struct OrganisationWords(Vec<(Vec<String>, usize)>);

impl OrganisationWords {
    /// Every name and alias of `organisations`, read as a title's words are.
    pub fn new(organisations: &[Organisation]) -> OrganisationWords {
        let mut forms: Vec<(Vec<String>, usize)> = organisations
            .iter()
            .enumerate()
            .flat_map(|(k, org)| org.forms().map(move |(text, _)| (title_words(text), k)))
            .filter(|(words, _)| !words.is_empty())
            .collect();
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        OrganisationWords(forms)
    }

    /// The organisations `words` name, reading the longest form at each word; a form may end
    /// on a possessive ("Evergo's").
    fn named_in(&self, words: &[String]) -> Vec<usize> {
        self.spans_in(words).into_iter().map(|(_, org)| org).collect()
    }

    /// Where `words` name an organisation, and which.
    fn spans_in(&self, words: &[String]) -> Vec<(Range<usize>, usize)> {
        let mut named = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let at = self.0.iter().find(|(form, _)| {
                let end = i + form.len();
                end <= words.len()
                    && words[i..end - 1] == form[..form.len() - 1]
                    && strip_possessive(&words[end - 1]) == form[form.len() - 1]
            });
            match at {
                Some((form, org)) => {
                    named.push((i..i + form.len(), *org));
                    i += form.len();
                }
                None => i += 1,
            }
        }
        named
    }
}

/// Whether a written title agrees with one of the person's forms once the organisation it
/// names is written as that form writes it: "BoE deputy governor" for "Bank of England deputy
/// governor", when the facts give "BoE" as the bank's alias. A name written as the form writes
/// it but for a possessive ("Sprint's" for "Sprint") is no alias: the title was judged with it
/// already, against every form ("Sprint's vice president for network development" is not
/// "Sprint vice president" extended, when a form names the post "for technology development").
pub fn agrees_through_an_alias(
    doc: &Doc,
    run: &Range<usize>,
    person: &Person,
    organisations: &OrganisationWords,
) -> bool {
    let words = title_words(&doc.words(run.clone()));
    let (_, core) = split_former(&words);
    let in_story = organisations.spans_in(core);
    !in_story.is_empty()
        && person.titles.iter().any(|form| {
            let form_core = split_former(&form.words).1;
            let theirs = organisations.spans_in(form_core);
            let mut rewritten = Vec::new();
            let mut at = 0;
            for (span, org) in &in_story {
                let Some((their_span, _)) = theirs.iter().find(|(_, o)| o == org) else {
                    return false;
                };
                if goes_on_otherwise(&core[span.clone()], &core[span.end..], &form_core[their_span.clone()]) {
                    return false;
                }
                rewritten.extend_from_slice(&core[at..span.start]);
                rewritten.extend_from_slice(&form_core[their_span.clone()]);
                at = span.end;
            }
            rewritten.extend_from_slice(&core[at..]);
            renames_an_organisation(&rewritten, core) && compare_form(&rewritten, form_core) == FormMatch::Agrees
        })
}

/// Whether the form writes an organisation's short name (`alias`) as the opening of a longer
/// one (`theirs`) and the story goes on after the short name (`after`) with that name's next
/// word but not its rest: the story writes a name whole, another ("director of the Flagstaff
/// Institute of Texas" for "... of Arizona", reuters21578/18421.txt), and the short name is
/// not to be read as the form's.
fn goes_on_otherwise(alias: &[String], after: &[String], theirs: &[String]) -> bool {
    let Some(rest) = theirs.strip_prefix(alias).filter(|rest| !rest.is_empty()) else {
        return false;
    };
    after.first() == rest.first() && !after.starts_with(rest)
}

/// Whether a title rewritten with the forms' names for its organisations writes one of them
/// otherwise than the story, beyond a possessive.
fn renames_an_organisation(rewritten: &[String], core: &[String]) -> bool {
    let plain = |words: &[String]| -> Vec<String> { words.iter().map(|w| strip_possessive(w).to_string()).collect() };
    plain(rewritten) != plain(core)
}

/// The person's forms with a known organisation written as the story's title writes it, so a
/// fix keeps the story's name for it: "BoE governor" is fixed to "BoE deputy governor", not to
/// "deputy governor" nor to the facts' "Bank of England deputy governor". `None` when the
/// title names no organisation that a form names in other words.
pub fn in_the_storys_names(written: &str, person: &Person, organisations: &[Organisation]) -> Option<Person> {
    let mut renamed = person.clone();
    let forms = (renamed.titles.iter_mut()).chain(renamed.posts.iter_mut().flat_map(|p| p.forms.iter_mut()));
    let mut changed = false;
    for form in forms {
        for org in organisations {
            let (Some(ours), Some(theirs)) = (longest_form_in(written, org), longest_form_in(&form.text, org)) else {
                continue;
            };
            if !written[ours.clone()].eq_ignore_ascii_case(&form.text[theirs.clone()]) {
                form.text.replace_range(theirs, &written[ours]);
                form.words = title_words(&form.text);
                changed = true;
            }
        }
    }
    changed.then_some(renamed)
}

/// Where `text` writes the longest of an organisation's forms, as whole words, case aside.
fn longest_form_in(text: &str, org: &Organisation) -> Option<Range<usize>> {
    // ASCII case only, so every byte keeps its place in `text`
    let lower = text.to_ascii_lowercase();
    let starts_a_word = |i: usize| lower[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let ends_a_word = |i: usize| lower[i..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    org.forms()
        .filter_map(|(form, _)| {
            let needle = form.to_ascii_lowercase();
            if needle.is_empty() {
                return None;
            }
            let start = (lower.match_indices(&needle).map(|(i, _)| i))
                .find(|&i| starts_a_word(i) && ends_a_word(i + needle.len()))?;
            Some(start..start + needle.len())
        })
        .max_by_key(|range| range.len())
}

/// A title that agrees with the person's forms but names another known organisation than
/// theirs: "Shell chief executive" for the facts' "BP chief executive" agrees with their plain
/// "chief executive", yet the organisation word was replaced. Only when a form names a known
/// organisation and none names the story's: a body the facts do not tie to the person is
/// another post. A party is an affiliation, not a body replaced.
pub fn organisation_replaced(
    doc: &Doc,
    run: &Range<usize>,
    person: &Person,
    organisations: &OrganisationWords,
) -> Option<Finding> {
    let written = doc.words(run.clone());
    let words = title_words(&written);
    let (_, core) = split_former(&words);
    // a party is the person's affiliation, not the body of their post ("CDU member", "CDU
    // Finance Minister" for a state secretary at the Finance Ministry)
    let lex = lexicon();
    let a_party = |span: &Range<usize>| {
        core[span.clone()]
            .iter()
            .all(|w| lex.parties.contains(strip_possessive(w)))
    };
    let in_story: Vec<usize> = (organisations.spans_in(core).into_iter())
        .filter(|(span, _)| !a_party(span))
        .map(|(_, org)| org)
        .collect();
    if in_story.is_empty() {
        return only_the_body(doc, run, person, organisations);
    }
    let naming: Vec<(&TitleForm, Vec<usize>)> = person
        .titles
        .iter()
        .map(|f| (f, organisations.named_in(split_former(&f.words).1)))
        .filter(|(_, named)| !named.is_empty())
        .collect();
    let theirs = |org: &usize| naming.iter().any(|(_, named)| named.contains(org));
    if in_story.iter().any(theirs) {
        return only_the_body(doc, run, person, organisations);
    }
    let form = naming
        .iter()
        .map(|(f, _)| *f)
        .min_by_key(|f| word_edits(core, split_former(&f.words).1))?;
    let reference = keep_former(&written, &strip_former_text(&form.text));
    let label = format!("another organisation than the facts' `{}`", form.text);
    Some(title_finding(doc, run, &written, person, form, reference, label))
}

/// A title that is only the name of the body the person's post belongs to, the office noun
/// dropped ("Deposit Insurance Corp William Seidman" for "Federal Deposit Insurance Corp
/// chairman", "Bundesbank Karl Otto Poehl" for its President): the title cut short to its
/// organisation, as "Treasury Jane Doe" is to its domain. A possessive ("BP's John Browne"), a
/// party or a country alone ("Conservative Michael Howard") is an affiliation, not a title.
/// A body the facts do not list is named so by its last word (`organisation_words`: "Central
/// Bank Jane Doe" for "Central Bank Governor") only right before the name: before a comma it
/// ends a description ("a member of the Federal Reserve Board, Robert Heller").
fn only_the_body(doc: &Doc, run: &Range<usize>, person: &Person, organisations: &OrganisationWords) -> Option<Finding> {
    let lex = lexicon();
    let written = doc.words(run.clone());
    let words = title_words(&written);
    let (_, core) = split_former(&words);
    let body: Vec<String> = core.iter().skip_while(|w| *w == "the").cloned().collect();
    let one_word_affiliation = is_an_affiliation_alone(&body);
    let before_the_name = doc
        .tokens
        .get(run.end)
        .is_some_and(|t| t.is_word() && t.is_capitalized());
    let names_a_post =
        body.iter().any(|w| lex.head_words.contains(w)) || !offices(&body).is_empty() || !occupations(&body).is_empty();
    let a_body_by_its_word = body.len() >= 2
        && body.last().is_some_and(|w| lex.organisation_words.contains(w))
        && !names_a_post
        && before_the_name;
    let whole_name = !body.is_empty()
        && !one_word_affiliation
        && !body.last().is_some_and(|w| strip_possessive(w) != w)
        && (organisations.0.iter().any(|(form, _)| *form == body) || a_body_by_its_word);
    if !whole_name || works_with_the_body(person, &body) || an_apposition_after_the_name(doc, run, before_the_name) {
        return None;
    }
    let form = person.titles.iter().find(|f| {
        let words = split_former(&f.words).1;
        words.windows(body.len()).any(|w| w == body) && words.iter().any(|w| lex.head_words.contains(w))
    })?;
    let reference = keep_former(&written, &strip_former_text(&form.text));
    let label = format!("the office is missing: the facts give `{}`", form.text);
    Some(title_finding(doc, run, &written, person, form, reference, label))
}

/// Whether the run stands after the name, opened by a comma, a dash or a bracket and followed
/// by no name ("- Tim Dams, Screen International: Film - The Aviator", a critics' panel): there
/// a body's name alone says where the person works, as a possessive does ("Heat's Charles
/// Gant"), not their post cut short (bbc/entertainment/368.txt). `before_the_name`: a
/// capitalised word follows the run.
fn an_apposition_after_the_name(doc: &Doc, run: &Range<usize>, before_the_name: bool) -> bool {
    let opened_by_punctuation =
        (run.start.checked_sub(1)).is_some_and(|k| matches!(doc.tokens[k].text(), "," | "(" | "-" | "–" | "—"));
    opened_by_punctuation && !before_the_name
}

/// Whether the title's words (past "former" and "the") are a party or a country alone
/// ("Conservative Michael Howard", "Tory Neil Hamilton"): an affiliation, not a title.
fn is_an_affiliation_alone(core: &[String]) -> bool {
    let body: Vec<&String> = core.iter().skip_while(|w| *w == "the").collect();
    body.len() == 1 && (lexicon().parties.contains(body[0]) || is_a_country(body[0]))
}

/// A form of the person's titles names the body after a preposition that joins a post to its
/// employer (`employer_prepositions`: "coffee analyst with Elders Futures"): the person works
/// with the body, not in its own office, so its name alone before theirs is an affiliation, as a
/// possessive is ("Elders O'Neill" as "Shearson's Kaul", reuters21578/12208.txt).
fn works_with_the_body(person: &Person, body: &[String]) -> bool {
    let employer_prepositions = &lexicon().employer_prepositions;
    person.titles.iter().any(|f| {
        let words = split_former(&f.words).1;
        (1..words.len())
            .filter(|&at| words[at..].starts_with(body))
            .any(|at| employer_prepositions.contains(&words[at - 1]))
    })
}

/// The accepted forms, other than the first, as near the written title as the first (`near`
/// sorted by edits, stable, so in the facts' order): a fix to the first would be a guess.
fn equally_near_forms<'p>(near: &[(usize, &'p TitleForm)]) -> Vec<&'p TitleForm> {
    let Some(&(fewest, first)) = near.first() else {
        return Vec::new();
    };
    near[1..]
        .iter()
        .take_while(|(edits, _)| *edits == fewest)
        .map(|&(_, form)| form)
        .filter(|form| !form.text.eq_ignore_ascii_case(&first.text))
        .collect()
}

/// A title finding whose replacement is one of several accepted forms: the editor chooses,
/// and the help names the others.
fn as_choice_among(finding: Finding, rivals: &[&TitleForm]) -> Finding {
    let others: Vec<String> = rivals.iter().map(|form| format!("`{}`", form.text)).collect();
    let help = finding.help.clone().unwrap_or_default();
    finding
        .with_help(format!("{help}; or, as the facts also accept, {}", others.join(" or ")))
        .as_choice()
}

/// The title-mismatch finding: the written title, the form it is held against, and the text
/// suggested in its place.
fn title_finding(
    doc: &Doc,
    run: &Range<usize>,
    written: &str,
    person: &Person,
    form: &TitleForm,
    reference: String,
    label: String,
) -> Finding {
    let reference = with_written_descriptors(written, &reference);
    let diff = word_diff(written, &reference);
    let name = &person.name;
    Finding::new(
        Code::TitleMismatch,
        doc.span(run.clone()),
        format!("title of {name} does not match the facts"),
        label,
    )
    .with_fact(name, &form.loc, format!("{name}'s title in the facts"))
    .with_help(format!("write `{reference}`: {diff}"))
    .with_replacement(reference)
}

/// The suggested title with the descriptors the story wrote inside the replaced words kept in
/// front of it, after its "former": they describe the person, not the post, so the fix should
/// not drop them ("Brazil's new central bank governor" is fixed to "new Brazilian Central Bank
/// President", reuters21578/04800.txt). Only lower-case descriptors: "New" may open a name.
fn with_written_descriptors(written: &str, reference: &str) -> String {
    let lex = lexicon();
    let in_reference = |w: &str| reference.split(' ').any(|r| r.eq_ignore_ascii_case(w));
    let kept: Vec<&str> = (written.split_whitespace())
        .filter(|w| lex.descriptors.contains(*w) && !in_reference(w))
        .collect();
    if kept.is_empty() {
        return reference.to_string();
    }
    let (former, rest) = match reference.split_once(' ') {
        Some((first, rest)) if lex.former.contains(&first.to_lowercase()) => (Some(first), rest),
        _ => (None, reference),
    };
    former
        .into_iter()
        .chain(kept)
        .chain([rest])
        .collect::<Vec<_>>()
        .join(" ")
}

/// The written title agrees with the form once its office-changing words are taken out
/// ("deputy leader of the Liberal Democrats" for "leader of the Liberal Democrats in the
/// assembly").
fn agrees_but_for_office_words(core: &[String], form: &[String]) -> bool {
    let office_changing = &lexicon().office_changing;
    let unranked: Vec<String> = core.iter().filter(|w| !office_changing.contains(*w)).cloned().collect();
    unranked.len() < core.len() && !unranked.is_empty() && compare_form(&unranked, form) == FormMatch::Agrees
}

/// The written title (without "former", judged apart) with its misspelt office words put
/// right, when nothing else keeps it, or the last of posts it joins with "and", from agreeing
/// with the form: "chairman and cheif executive officer" for "chief executive" is fixed to
/// "chairman and chief executive officer", not cut to the form.
fn with_office_words_respelt(written: &str, form: &[String]) -> Option<String> {
    let mut respelt = false;
    let words: Vec<String> = strip_former_text(written)
        .split_whitespace()
        .map(|word| {
            let keys = title_words(word);
            let right = match keys.as_slice() {
                [key] => form.iter().find(|f| misspells_title_word(key, f)),
                _ => None,
            };
            respelt |= right.is_some();
            right.map_or_else(|| word.to_string(), |right| in_the_case_of(word, right))
        })
        .collect();
    let text = words.join(" ");
    let keys = title_words(&text);
    let last_post = keys
        .iter()
        .rposition(|w| w == "and")
        .map_or(&keys[..], |and| &keys[and + 1..]);
    let agrees = |words: &[String]| compare_form(words, form) == FormMatch::Agrees;
    (respelt && (agrees(&keys) || agrees(last_post))).then_some(text)
}

/// `word` (lower case) written in the case of `model`: "CHIEF" for "CHEIF", "Chief" for "Cheif".
fn in_the_case_of(model: &str, word: &str) -> String {
    let letters = || model.chars().filter(|c| c.is_alphabetic());
    if letters().count() > 1 && letters().all(char::is_uppercase) {
        word.to_uppercase()
    } else if model.starts_with(char::is_uppercase) {
        let mut chars = word.chars();
        chars
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
    } else {
        word.to_string()
    }
}

/// The written title without the office-changing words ("Deputy", "vice-") the form does not
/// write, "former" aside: "Ryanair deputy chief executive" for "chief executive" keeps its
/// "chief".
fn without_office_words(written: &str, form: &[String]) -> String {
    let lex = lexicon();
    let office = |w: &str| lex.office_changing.contains(w) && !lex.former.contains(w) && !form.iter().any(|f| f == w);
    written
        .split_whitespace()
        .filter_map(|word| {
            let lower = word.to_lowercase();
            let fused = lex.fused_prefixes.iter().find(|p| {
                lower
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| lex.head_words.contains(rest))
            });
            match (lower.split_once('-'), fused) {
                (Some((head, _)), _) if office(head) => Some(word[head.len() + 1..].to_string()),
                (_, Some(prefix)) => Some(word[prefix.len()..].to_string()),
                _ if office(&lower) => None,
                _ => Some(word.to_string()),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The part of an accepted form that replaces what the story wrote: from the story's first
/// word if the form has it ("Israeli [+Minister+] of Strategic Affairs"), else as many of the
/// form's last words as the story wrote ("Finance Minister" -> "Prime Minister", not "Belgian
/// Prime Minister").
///
/// Owner words the story writes in front and the form does not ("the government's") stay, and
/// so do a country, a party or a body's name when the form names no owner of its own ("San
/// Miguel Chairman" for "San Miguel president", "Japanese Industry Minister" for "Japanese
/// Trade Minister"): the copy's words that the facts do not contradict are kept.
fn form_from_story_start(written: &str, form: &str) -> String {
    let key = |w: &str| title_words(w).join(" ");
    let form_words: Vec<&str> = form.split_whitespace().collect();
    let mut story_words: Vec<&str> = written
        .split_whitespace()
        .filter(|w| !lexicon().former.contains(&w.to_lowercase()))
        .collect();
    let generic = |w: &str| lexicon().generic_words.contains(&key(w));
    // a body's own word ("Central Bank President") names the form's owner too
    let form_has_an_owner = form_has_an_owner(form);
    let owners = story_words
        .iter()
        .take_while(|w| {
            (generic(w) || (!form_has_an_owner && names_the_owner(w))) && !form_words.iter().any(|f| key(f) == key(w))
        })
        .count();
    if owners > 0 && owners < story_words.len() {
        let owner = story_words.drain(..owners).collect::<Vec<_>>().join(" ");
        return format!("{owner} {}", form_from_story_start(&story_words.join(" "), form));
    }
    let first = story_words.first().map(|w| key(w)).unwrap_or_default();
    // a suffix does not start inside a compound post: "Fiscal Policy Minister", not "Policy
    // Minister", for "economy minister"
    let whole_post = |start: usize| {
        let lex = lexicon();
        (0..start)
            .rev()
            .take_while(|&k| {
                title_words(form_words[k])
                    .iter()
                    .all(|w| lex.title_words.contains(w) || lex.domains.contains(w))
            })
            .last()
            .unwrap_or(start)
    };
    // nor inside a body's name, which is then written whole: "Philippine Coconut Authority
    // Chairman", not "Authority Chairman", for "PCA chairman"
    let whole_name = |start: usize| {
        let lex = lexicon();
        let names_no_post = |k: usize| {
            (title_words(form_words[k]).iter()).all(|w| !lex.title_words.contains(w) && !lex.domains.contains(w))
        };
        let inside_a_name = start > 0 && names_no_post(start) && names_no_post(start - 1);
        if inside_a_name {
            0
        } else {
            start
        }
    };
    let start = form_words
        .iter()
        .position(|w| key(w) == first)
        .unwrap_or_else(|| whole_name(whole_post(form_words.len().saturating_sub(story_words.len()))));
    let suggested = form_words[start..].join(" ");
    // a rank the form writes before the story's first word stays: "U.S. Treasury Assistant
    // Secretary" is never fixed to "U.S. Treasury Secretary"
    let drops_a_rank = form_words[..start]
        .iter()
        .any(|w| title_words(w).iter().any(|w| lexicon().office_changing.contains(w)));
    // a suffix that changes nothing (the missing words come before it) gives the whole form
    if drops_a_rank || key(&suggested) == key(&story_words.join(" ")) {
        form.to_string()
    } else {
        suggested
    }
}

/// The fix for a title that names another office than the form: the form, keeping the body
/// the copy named when the form is a bare office (no owner, portfolio or complement of its
/// own), in front ("San Miguel Chairman" for "San Miguel president") or in a complement after
/// the office ("Chairman of the Bank of Montreal" for "president of the Bank of Montreal"). A
/// country is no such body: its office is another ("French president" is no "French
/// Chairman"), and a portfolio's word goes with the office it named.
fn another_office_fix(written: &str, form: &str) -> String {
    let lex = lexicon();
    let of_a_post = |w: &str| lex.domains.contains(w) || lex.post_prepositions.contains(w);
    if form_has_an_owner(form) || form.split_whitespace().flat_map(title_words).any(|w| of_a_post(&w)) {
        return form.to_string();
    }
    let words: Vec<&str> = written
        .split_whitespace()
        .filter(|w| !lex.former.contains(&w.to_lowercase()))
        .collect();
    let complement = words
        .iter()
        .position(|w| lex.post_prepositions.contains(&w.to_lowercase()))
        .filter(|&k| k > 0 && names_only_a_body(&words[k + 1..]));
    if let Some(k) = complement {
        return format!("{form} {}", words[k..].join(" "));
    }
    let body = |w: &&&str| w.starts_with(char::is_uppercase) && names_the_owner(w) && !names_a_nation(w);
    let owner: Vec<&str> = words.iter().take_while(body).copied().collect();
    if owner.is_empty() || owner.len() == words.len() {
        form.to_string()
    } else {
        format!("{} {form}", owner.join(" "))
    }
}

/// A country's word in `countries` ("U.S.", "French") or a word that ends as a nationality's
/// adjective does (`nationality_endings`: "Nigerian").
pub(crate) fn names_a_nation(word: &str) -> bool {
    let words = title_words(word);
    let [key] = words.as_slice() else {
        return false;
    };
    let bare = strip_possessive(key);
    is_a_country(bare) || lexicon().nationality_endings.iter().any(|e| bare.ends_with(e.as_str()))
}

/// Whether the words of a complement name a body and nothing of a post: no office, rank or
/// portfolio word ("the Bank of Montreal", "the Senate Banking Committee"; not "finance").
fn names_only_a_body(words: &[&str]) -> bool {
    let lex = lexicon();
    let keys: Vec<String> = words.iter().flat_map(|w| title_words(w)).collect();
    let of_a_post = |w: &String| {
        lex.head_words.contains(w) || lex.office_changing.contains(w) || lex.domains.contains(strip_possessive(w))
    };
    let names_a_body = |w: &&str| w.starts_with(char::is_uppercase) && !lex.connectors.contains(&w.to_lowercase());
    !keys.is_empty() && !keys.iter().any(of_a_post) && words.iter().any(names_a_body)
}

/// Whether an accepted form names whose post it is: a body's name or its own word ("Central
/// Bank President", "Globex Chairman"), not only a generic owner.
fn form_has_an_owner(form: &str) -> bool {
    let key = |w: &str| title_words(w).join(" ");
    let generic = |w: &str| lexicon().generic_words.contains(&key(w));
    let names_a_body = |w: &str| lexicon().organisation_words.contains(&key(w));
    form.split_whitespace()
        .any(|w| (!generic(w) && names_the_owner(w)) || names_a_body(w))
}

/// A word in front of a post that says whose post it is, not which post: a generic owner ("the
/// government's"), a country, a party, or a capitalised word of a body's name ("San Miguel",
/// "Ecuador's"); not a portfolio's word (`domains`: "Livestock", "Labour").
fn names_the_owner(word: &str) -> bool {
    let lex = lexicon();
    let words = title_words(word);
    let [key] = words.as_slice() else {
        return false;
    };
    let bare = strip_possessive(key);
    let capitalised = word.starts_with(char::is_uppercase);
    // "Labour" is a party and a portfolio
    let a_body = is_a_country(key) || lex.parties.contains(bare) || (capitalised && names_a_body(key));
    lex.generic_words.contains(key) || (a_body && !lex.domains.contains(bare))
}

/// The accepted form, keeping a "former" the story wrote (its staleness is judged apart), at
/// its start or after words that name no post ("Zenith's former chairman").
fn keep_former(written: &str, form: &str) -> String {
    let first = (written.split_whitespace())
        .find(|w| !crate::facts::names_no_post(&w.to_lowercase()))
        .unwrap_or("");
    if lexicon().former.contains(&first.to_lowercase()) {
        format!("{first} {form}")
    } else {
        form.to_string()
    }
}

/// The written title without its "former" (or "ex-"), at its start or after words that name
/// no post ("the government's former communications minister") or an owner an "ex-" opens ("the
/// ex-Hole singer's former lawyer": that "ex-" is the owner's, see `title_words`).
pub(crate) fn strip_former_text(written: &str) -> String {
    let lex = lexicon();
    let generic = owner_with_its_former(written).unwrap_or_else(|| {
        written
            .split(' ')
            .take_while(|w| crate::facts::names_no_post(&w.to_lowercase()))
            .count()
    });
    if generic > 0 {
        let words: Vec<&str> = written.split(' ').collect();
        let rest = strip_former_text(&words[generic..].join(" "));
        let kept = words[..generic].iter().copied().chain([rest.as_str()]);
        return kept.filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    }
    let mut rest = written;
    loop {
        let (first, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        if lex.former.contains(&first.to_lowercase()) {
            rest = tail;
        } else if let Some(t) = hyphenated_former(first) {
            return format!("{t}{}{tail}", if tail.is_empty() { "" } else { " " });
        } else {
            return rest.to_string();
        }
    }
}

/// How many words of a written title make its owner when a "former" or "ex-" opens it: through
/// the owner's possessive, no title word before it, with words after it ("ex-Hole singer's
/// lawyer": 2), as `title_words` reads them.
fn owner_with_its_former(written: &str) -> Option<usize> {
    let lex = lexicon();
    let words: Vec<&str> = written.split(' ').collect();
    let first = words.first()?;
    let opens_former = lex.former.contains(&first.to_lowercase()) || hyphenated_former(first).is_some();
    let possessive = words.iter().position(|w| crate::facts::is_an_owners_possessive(w))?;
    let names_a_post = (words[..possessive].iter().skip(1)).any(|w| lex.title_words.contains(&w.to_lowercase()));
    (opens_former && possessive + 1 < words.len() && !names_a_post).then_some(possessive + 1)
}

/// The rest of a word that opens with "former" or "ex" and a hyphen ("ex-chairman",
/// "former-President").
fn hyphenated_former(word: &str) -> Option<&str> {
    let (head, rest) = word.split_once('-')?;
    (lexicon().former.contains(&head.to_lowercase()) && !rest.is_empty() && !is_name_fragment(rest)).then_some(rest)
}

/// How many words must be inserted, deleted or replaced to turn `a` into `b`.
fn word_edits(a: &[String], b: &[String]) -> usize {
    capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| match *op {
            DiffOp::Equal { .. } => 0,
            DiffOp::Delete { old_len, .. } => old_len,
            DiffOp::Insert { new_len, .. } => new_len,
            DiffOp::Replace { old_len, new_len, .. } => old_len.max(new_len),
        })
        .sum()
}

/// "Israeli of Strategic Affairs" -> "Israeli Minister of Strategic Affairs" gives
/// "Israeli [+Minister+] of Strategic Affairs". Words compare ignoring case and punctuation.
pub fn word_diff(from: &str, to: &str) -> String {
    let a: Vec<&str> = from.split_whitespace().collect();
    let b: Vec<&str> = to.split_whitespace().collect();
    let key = |w: &&str| {
        w.to_lowercase()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    let (ka, kb): (Vec<String>, Vec<String>) = (a.iter().map(key).collect(), b.iter().map(key).collect());
    let mut out: Vec<String> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                out.extend(a[old_index..old_index + len].iter().map(|w| w.to_string()))
            }
            DiffOp::Delete { old_index, old_len, .. } => out.push(super::dropped(&a[old_index..old_index + old_len])),
            DiffOp::Insert { new_index, new_len, .. } => out.push(super::added(&b[new_index..new_index + new_len])),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                out.push(super::dropped(&a[old_index..old_index + old_len]));
                out.push(super::added(&b[new_index..new_index + new_len]));
            }
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check_yaml, CheckOptions};
    use crate::finding::Applicability;

    /// (replacement, applicability, help) of each title finding of `text` against `yaml`.
    fn title_fixes(yaml: &str, text: &str) -> Vec<(Option<String>, Applicability, String)> {
        check_yaml(yaml, text, &CheckOptions::default())
            .into_iter()
            .filter(|f| f.code == Code::TitleMismatch)
            .map(|f| (f.replacement, f.applicability, f.help.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_tie_between_two_accepted_titles_is_the_editors_choice() {
        let yaml = "people:\n  - name: Maria Lopez\n    title: Minister of Finance\n    also: [Minister of Trade]\n";
        let fixes = title_fixes(yaml, "Minister of Energy Maria Lopez said on Monday.");
        assert_eq!(fixes.len(), 1, "{fixes:?}");
        let (replacement, applicability, help) = &fixes[0];
        assert_eq!(
            replacement.as_deref(),
            Some("Minister of Finance"),
            "the first listed is shown"
        );
        assert_eq!(*applicability, Applicability::Choice, "but not applied by --fix");
        assert!(help.contains("`Minister of Trade`"), "the help names the other: {help}");
    }

    #[test]
    fn one_nearest_accepted_title_is_a_certain_fix() {
        let yaml = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n    also: [Strategic Affairs Minister]\n";
        let fixes = title_fixes(yaml, "He met Israeli of Strategic Affairs Ron Dermer.");
        assert_eq!(fixes.len(), 1, "{fixes:?}");
        assert_eq!(fixes[0].0.as_deref(), Some("Israeli Minister of Strategic Affairs"));
        assert_eq!(fixes[0].1, Applicability::Certain);
    }

    #[test]
    fn a_fix_keeps_the_descriptors_the_story_wrote() {
        // reuters21578/04800.txt against a who's-who's "Brazilian Central Bank President"
        let yaml = "people:\n  - name: Francisco Gros\n    title: Brazilian Central Bank President\n";
        let fixes = title_fixes(yaml, "Brazil's new central bank governor Francisco Gros met bankers.");
        assert_eq!(fixes.len(), 1, "{fixes:?}");
        assert_eq!(fixes[0].0.as_deref(), Some("new Brazilian Central Bank President"));
        // none written, none added
        let fixes = title_fixes(yaml, "Brazil's central bank governor Francisco Gros met bankers.");
        assert_eq!(fixes[0].0.as_deref(), Some("Brazilian Central Bank President"));
    }

    /// (code, flagged words, replacement) of each finding of `text` against `yaml`.
    fn flagged(yaml: &str, text: &str) -> Vec<(String, String, Option<String>)> {
        check_yaml(yaml, text, &CheckOptions::default())
            .into_iter()
            .map(|f| (f.code.to_string(), text[f.span].to_string(), f.replacement))
            .collect()
    }

    fn title_flag(words: &str, replacement: &str) -> Vec<(String, String, Option<String>)> {
        vec![("title-mismatch".into(), words.into(), Some(replacement.into()))]
    }

    const BROWNE: &str = "people:\n  - name: John Browne\n    honorific: Lord\n    aliases: [Browne]\n    title: chief executive\n    also: [BP chief executive]\n  - name: Thomas Lau\n    title: executive director\n    also: [Evergo's executive director]\n  - name: Rachel Lomax\n    title: Bank of England deputy governor\n  - name: William Seidman\n    title: Federal Deposit Insurance Corp chairman\norganisations:\n  - name: BP\n  - name: Royal Dutch Shell\n    aliases: [Shell]\n  - name: Evergo Industrial Enterprise Ltd\n    aliases: [Evergo]\n  - name: Lai Sun Garment Co Ltd\n    aliases: [Lai Sun]\n  - name: Bank of England\n    aliases: [BoE]\n  - name: Federal Deposit Insurance Corp\n    aliases: [FDIC]\n";

    #[test]
    fn a_descriptor_before_a_post_leaves_the_owner_in_front_in_the_title() {
        // bbc/business/145.txt: the rival named in the story put in the title
        let yaml = "people:\n  - name: Peter Lynch\n    title: Winn-Dixie chief executive\n    also: [chief executive]\norganisations:\n  - name: Winn-Dixie\n  - name: Wal-Mart\n";
        assert_eq!(
            flagged(yaml, "Wal-Mart's new chief executive Peter Lynch said so."),
            title_flag("Wal-Mart's new chief executive", "new Winn-Dixie chief executive")
        );
        for text in [
            "The company's new chief executive Peter Lynch said so.",
            "Winn-Dixie's new chief executive Peter Lynch said so.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
        // opening the title, a descriptor stays out of it
        let yaml = "people:\n  - name: Michael Ancram\n    title: Tory spokesman on foreign affairs\n";
        assert_eq!(
            flagged(
                yaml,
                "It was thwarted by the present Tory spokesman on home affairs, Michael Ancram."
            ),
            title_flag("Tory spokesman on home affairs", "Tory spokesman on foreign affairs")
        );
    }

    #[test]
    fn another_kind_of_business_after_the_employers_name_is_another_arm() {
        // bbc/business/485.txt: "said KK Mittal, a fund manager with Escorts Mutual Fund in New Delhi"
        let form = "fund manager with Escorts Mutual Fund in New Delhi";
        assert_eq!(m("fund manager with Escorts Securities", form), FormMatch::Differs);
        assert_eq!(
            m(
                "fund manager with Escorts Securities",
                "fund manager with Escorts Mutual Fund"
            ),
            FormMatch::Differs
        );
        // the name cut short, with a suffix, or the kind the form writes: the same employer
        assert_ne!(m("fund manager with Escorts", form), FormMatch::Differs);
        assert_ne!(m("fund manager with Escorts Ltd", form), FormMatch::Differs);
        assert_ne!(
            m("analyst at Nomura Securities", "analyst at Nomura Securities in Tokyo"),
            FormMatch::Differs
        );
        let yaml = "people:\n  - name: KK Mittal\n    title: fund manager with Escorts Mutual Fund\n    also: [fund manager]\n";
        assert_eq!(
            flagged(
                yaml,
                "\"It is cheap,\" said KK Mittal, a fund manager with Escorts Securities in New Delhi."
            ),
            title_flag(
                "fund manager with Escorts Securities",
                "fund manager with Escorts Mutual Fund"
            )
        );
    }

    #[test]
    fn an_alias_going_on_as_the_forms_name_does_not_writes_another_name() {
        // reuters21578/18421.txt: "Richard Bolin, director of the Flagstaff Institute of
        // Arizona, which studies international trade issues"
        let yaml = "people:\n  - name: Richard Bolin\n    title: director of the Flagstaff Institute of Arizona\n    also: [director of the Flagstaff Institute, director]\norganisations:\n  - name: Flagstaff Institute of Arizona\n    aliases: [Flagstaff Institute]\n";
        let text = |state: &str| {
            format!("Richard Bolin, director of the Flagstaff Institute of {state}, which studies trade, said so.")
        };
        assert_eq!(
            flagged(yaml, &text("Texas")),
            title_flag(
                "director of the Flagstaff Institute of Texas",
                "director of the Flagstaff Institute of Arizona"
            )
        );
        for text in [
            text("Arizona"),
            "Richard Bolin, director of the Flagstaff Institute, which studies trade, said so.".to_string(),
        ] {
            assert_eq!(flagged(yaml, &text), [], "{text}");
        }
    }

    const DRAW: &str = "people:\n  - name: Andre Agassi\n    aliases: [Agassi]\n    title: eighth seed\n  - name: Dieter Kindlmann\n    title: qualifier\n    also: [German qualifier]\n  - name: John Browne\n    aliases: [Browne]\n    title: chairman\n";

    #[test]
    fn another_place_in_an_order_or_way_into_a_draw_is_another_title() {
        // bbc/sport/477.txt
        assert_eq!(
            flagged(DRAW, "\"I'd worked hard,\" said seventh seed Agassi."),
            title_flag("seventh seed", "eighth seed")
        );
        assert_eq!(
            flagged(DRAW, "A convincing win over German wildcard Dieter Kindlmann."),
            title_flag("German wildcard", "German qualifier")
        );
        // the own place and way in agree; where the titles place no one, an ordinal is no title's
        for text in [
            "\"I'd worked hard,\" said eighth seed Agassi.",
            "A convincing win over German qualifier Dieter Kindlmann.",
            "The group named its fourth chairman Browne.",
        ] {
            assert_eq!(flagged(DRAW, text), [], "{text}");
        }
    }

    #[test]
    fn another_known_organisation_in_a_title_is_a_replaced_word() {
        // bbc/business/221.txt, reuters21578/00960.txt
        assert_eq!(
            flagged(BROWNE, "Shell chief executive Lord Browne said."),
            title_flag("Shell chief executive", "BP chief executive")
        );
        assert_eq!(
            flagged(BROWNE, "Thomas Lau, Lai Sun's executive director, declined."),
            title_flag("Lai Sun's executive director", "Evergo's executive director")
        );
        // their own organisation, a generic word, or no organisation: agrees
        for text in [
            "BP chief executive Lord Browne said.",
            "The company's chief executive Lord Browne said.",
            "Oil chief executive Lord Browne said.",
            "Thomas Lau, Evergo's executive director, declined.",
        ] {
            assert_eq!(flagged(BROWNE, text), [], "{text}");
        }
    }

    #[test]
    fn an_organisations_alias_in_a_title_agrees_and_its_name_alone_has_lost_the_office() {
        assert_eq!(flagged(BROWNE, "BoE deputy governor Rachel Lomax said."), []);
        // the fix keeps the story's name for the bank
        assert_eq!(
            flagged(BROWNE, "BoE governor Rachel Lomax said."),
            title_flag("BoE governor", "BoE deputy governor")
        );
        // reuters21578/00854.txt
        assert_eq!(
            flagged(BROWNE, "Federal Deposit Insurance Corp William Seidman said."),
            title_flag(
                "Federal Deposit Insurance Corp",
                "Federal Deposit Insurance Corp chairman"
            )
        );
        assert_eq!(flagged(BROWNE, "The FDIC's William Seidman said."), []);
    }

    #[test]
    fn an_employers_name_alone_before_the_name_is_an_affiliation() {
        // reuters21578/12208.txt: "But Elders O'Neill said", beside "Shearson's Kaul"
        let yaml = "people:\n  - name: William O'Neill\n    aliases: [O'Neill]\n    title: coffee analyst with Elders Futures\n    also: [Elders Futures coffee analyst]\norganisations:\n  - name: Elders Futures\n    aliases: [Elders]\n";
        assert_eq!(flagged(yaml, "But Elders O'Neill said, it will fall."), []);
        // a body whose own office the person holds has lost it (reuters21578/00854.txt)
        assert_eq!(
            flagged(BROWNE, "Federal Deposit Insurance Corp William Seidman said."),
            title_flag(
                "Federal Deposit Insurance Corp",
                "Federal Deposit Insurance Corp chairman"
            )
        );
    }

    #[test]
    fn a_bodys_name_alone_in_an_apposition_is_an_affiliation() {
        // bbc/entertainment/368.txt: a panel's list names each critic with their publication
        let yaml =
            "people:\n  - name: Ann Critic\n    title: Daily Post film editor\norganisations:\n  - name: Daily Post\n";
        assert_eq!(flagged(yaml, "- Ann Critic, Daily Post: Film - Sideways."), []);
        assert_eq!(flagged(yaml, "Said Ann Critic (Daily Post) on Monday."), []);
        // before the name it is the post cut short (`an_employers_name_alone_before_the_name..`)
        assert_eq!(
            flagged(yaml, "Daily Post Ann Critic said."),
            title_flag("Daily Post", "Daily Post film editor")
        );
    }

    #[test]
    fn a_possessive_of_the_forms_own_organisation_is_no_alias() {
        // bbc/tech/335.txt: the shorter form does not shield another complement
        let yaml = "people:\n  - name: Oliver Valente\n    title: Sprint's vice president for technology development\n    also: [Sprint vice president]\norganisations:\n  - name: Sprint\n";
        assert_eq!(
            flagged(
                yaml,
                "The plan is set, said Oliver Valente, Sprint's vice president for network development."
            ),
            title_flag(
                "Sprint's vice president for network development",
                "Sprint's vice president for technology development"
            )
        );
        for text in [
            "The plan is set, said Oliver Valente, Sprint's vice president for technology development.",
            "The plan is set, said Oliver Valente, Sprint's vice president.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
    }

    #[test]
    fn a_body_the_facts_do_not_list_has_lost_the_office_only_right_before_the_name() {
        let yaml = "people:\n  - name: Ann Cole\n    title: Central Bank Governor\n";
        assert_eq!(
            flagged(yaml, "It was led by Central Bank\nAnn Cole, they said."),
            title_flag("Central Bank", "Central Bank Governor")
        );
        assert_eq!(flagged(yaml, "It was led by Central Bank Governor Ann Cole."), []);
        // after a comma it ends a description
        assert_eq!(flagged(yaml, "A member of the Central Bank, Ann Cole, said."), []);
    }

    #[test]
    fn a_role_outside_the_offices_disagrees_with_another_of_its_kind() {
        let yaml = "people:\n  - name: Claire Armistead\n    title: chair of the judges\n    also: [judge, Guardian literary editor]\n  - name: Charles van Commenee\n    title: coach\n  - name: Alan Greenspan\n    title: economist\n  - name: Xu Jinfeng\n    title: official\n  - name: Ian Pearson\n    title: futurologist\n  - name: Richard Eyre\n    title: director\n  - name: Andrew Tyrie\n    title: Tory frontbencher\n  - name: John Carvel\n    title: journalist\n";
        for (text, words) in [
            ("said publisher Claire Armistead.", "publisher"),
            ("said agent Charles van Commenee.", "agent"),
            ("said senator Alan Greenspan.", "senator"),
            ("Alan Greenspan, a central banker, said.", "central banker"),
            ("said minister Xu Jinfeng.", "minister"),
            ("Ian Pearson, BT's chief executive, said.", "BT's chief executive"),
            ("said producer Richard Eyre.", "producer"),
            ("Tory backbencher Andrew Tyrie demanded.", "Tory backbencher"),
            ("said editor John Carvel.", "editor"),
        ] {
            let found = flagged(yaml, text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].0.as_str(), found[0].1.as_str()),
                ("title-mismatch", words),
                "{text}"
            );
        }
        // a profession written for someone who holds an office says nothing of the post
        let yaml = "people:\n  - name: Jane Doe\n    title: Senator\n";
        assert_eq!(flagged(yaml, "said economist Jane Doe."), []);
        assert_eq!(flagged(yaml, "said journalist Jane Doe."), []);
    }

    #[test]
    fn former_after_an_owner_marks_the_whole_title() {
        // bbc/tech/282.txt
        let yaml = "people:\n  - name: Noel Dempsey\n    title: communications minister\n    also: [Minister for Communications]\n";
        assert_eq!(
            flagged(
                yaml,
                "Noel Dempsey, the government's former communications minister, said."
            ),
            vec![(
                "stale-title".to_string(),
                "government's former communications minister".to_string(),
                Some("government's communications minister".to_string())
            )]
        );
        assert_eq!(
            flagged(yaml, "Noel Dempsey, the government's communications, said.")[0].0,
            "title-mismatch"
        );
        assert_eq!(
            flagged(yaml, "Noel Dempsey, the government's communications minister, said."),
            []
        );
    }

    #[test]
    fn former_after_a_descriptor_marks_the_whole_title() {
        // bbc/business/184.txt: "Philip Green, the billionaire Bhs owner"
        let yaml = "people:\n  - name: Ann Cole\n    title: Acme owner\n    also: [billionaire Acme owner]\n";
        assert_eq!(
            flagged(yaml, "Ann Cole, the billionaire former Acme owner, said."),
            vec![(
                "stale-title".to_string(),
                "billionaire former Acme owner".to_string(),
                Some("billionaire Acme owner".to_string())
            )]
        );
        assert_eq!(
            flagged(yaml, "Ann Cole, the veteran former Acme owner, said.")[0].0,
            "stale-title"
        );
        assert_eq!(flagged(yaml, "Ann Cole, the billionaire Acme owner, said."), []);
    }

    #[test]
    fn former_before_an_owner_is_the_owners() {
        // bbc/entertainment/258.txt: "The ex-Hole singer's lawyer Howard Weitzman": Love left
        // Hole, Weitzman is still her lawyer
        let yaml = "people:\n  - name: Howard Weitzman\n    title: lawyer\n    also: [ex-Hole singer's lawyer]\n";
        assert_eq!(flagged(yaml, "The ex-Hole singer's lawyer Howard Weitzman said."), []);
        assert_eq!(
            flagged(yaml, "The ex-Hole singer's former lawyer Howard Weitzman said."),
            vec![(
                "stale-title".to_string(),
                "former lawyer".to_string(),
                Some("lawyer".to_string())
            )]
        );
        assert_eq!(
            flagged(yaml, "The ex-Hole singer's manager Howard Weitzman said.")[0].0,
            "title-mismatch"
        );
        // bbc/entertainment/306.txt: a possessive after the post is its complement's
        let yaml = "people:\n  - name: Christine Rush\n    title: director of the festival's sister event\n";
        assert_eq!(
            flagged(
                yaml,
                "said Christine Rush, former director of the festival's sister event."
            )[0]
            .0,
            "stale-title"
        );
    }

    #[test]
    fn former_before_a_portfolios_possessive_is_the_posts() {
        // a minister's brief written as a possessive ("Children's Minister") is no owner, so
        // the "former" before it marks the post, stale for a minister still in office
        let yaml = "people:\n  - name: Ann Bell\n    title: Women's Minister\n";
        assert_eq!(flagged(yaml, "He was told by Women's Minister Ann Bell."), []);
        assert_eq!(
            flagged(yaml, "He was told by former Women's Minister Ann Bell.")[0].0,
            "stale-title"
        );
    }

    #[test]
    fn a_word_that_says_the_post_ended_is_read_as_former() {
        // reuters21578/00316.txt: "associate of deposed president Ferdinand Marcos"
        let yaml = "people:\n  - name: Ferdinand Marcos\n    title: President\n    until: 1986-02-25\n  - name: Jaime Ongpin\n    title: Finance Secretary\n";
        for text in [
            "an associate of deposed president Ferdinand Marcos said.",
            "an associate of ousted President Ferdinand Marcos said.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
        assert_eq!(
            flagged(yaml, "an associate of President Ferdinand Marcos said.")[0].0,
            "stale-title"
        );
        assert_eq!(
            flagged(yaml, "deposed Finance Secretary Jaime Ongpin said."),
            vec![(
                "stale-title".to_string(),
                "deposed Finance Secretary".to_string(),
                Some("Finance Secretary".to_string())
            )]
        );
    }

    #[test]
    fn a_body_by_its_initials_or_its_countrys_function_is_the_same_body() {
        // reuters21578/09764.txt ("Japanese central bank governor Satoshi Sumita"), and the SEC
        // by the initials of every word but "and"
        let yaml = "people:\n  - name: John Shad\n    title: Securities and Exchange Commission Chairman\n  - name: Satoshi Sumita\n    title: Bank of Japan Governor\n";
        for text in [
            "SEC chairman John Shad said.",
            "Japanese central bank governor Satoshi Sumita said.",
            "Japan's central bank governor Satoshi Sumita said.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
        for text in [
            "FCC chairman John Shad said.",
            "SEC vice chairman John Shad said.",
            "French central bank governor Satoshi Sumita said.",
        ] {
            assert_eq!(flagged(yaml, text)[0].0, "title-mismatch", "{text}");
        }
    }

    #[test]
    fn a_portfolio_joined_by_and_or_in_lower_case_is_read_whole() {
        // bbc/politics/402.txt, bbc/politics/339.txt against a who's-who's vaguer titles: the
        // whole title is underlined, never its last words
        let yaml = "people:\n  - name: Alan Johnson\n    title: spokesman\n  - name: Caroline Spelman\n    title: spokeswoman\n";
        for (text, title) in [
            (
                "Work and pensions secretary Alan Johnson said it was wrong.",
                "Work and pensions secretary",
            ),
            (
                "Shadow local government secretary Caroline Spelman said so.",
                "Shadow local government secretary",
            ),
        ] {
            let found = flagged(yaml, text);
            assert_eq!(
                (found[0].0.as_str(), found[0].1.as_str()),
                ("title-mismatch", title),
                "{text}"
            );
        }
        // a name before "and" is still another person's
        let found = flagged(yaml, "Kohl and Finance Minister Alan Johnson said it was wrong.");
        assert_eq!(found[0].1, "Finance Minister");
    }

    #[test]
    fn then_before_a_current_title_speaks_of_the_sentences_time() {
        // bbc/politics/055.txt against a who's-who with no dates: "the then Home Secretary"
        let yaml = "people:\n  - name: David Blunkett\n    title: Home Secretary\n";
        for text in [
            "The plan was backed by the then Home Secretary David Blunkett.",
            "The plan was backed by then-Home Secretary David Blunkett.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
        assert_eq!(
            flagged(yaml, "The plan was backed by former Home Secretary David Blunkett.")[0].0,
            "stale-title"
        );
        assert_eq!(
            flagged(
                yaml,
                "The plan was backed by the then Foreign Secretary David Blunkett."
            )[0]
            .0,
            "title-mismatch"
        );
    }

    #[test]
    fn a_body_renamed_inside_a_form_is_not_shielded_by_a_shorter_one() {
        // bbc/politics/256.txt: "Sunday Telegraph journalist Robert Peston"
        let yaml = "people:\n  - name: Robert Peston\n    title: Sunday Telegraph journalist\n    also: [journalist]\n";
        assert_eq!(
            flagged(yaml, "Sunday Times journalist Robert Peston wrote."),
            title_flag("Sunday Times journalist", "Sunday Telegraph journalist")
        );
        for text in [
            "Sunday Telegraph journalist Robert Peston wrote.",
            "journalist Robert Peston wrote.",
            "Veteran journalist Robert Peston wrote.",
            "The Telegraph journalist Robert Peston wrote.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
    }

    #[test]
    fn a_portfolio_replaced_by_one_of_other_length_is_not_shielded_by_a_bare_form() {
        // reuters21578/12602.txt: "EC External Trade Relations Commissioner Willy De Clercq"
        let yaml = "people:\n  - name: Willy De Clercq\n    title: EC External Trade Relations Commissioner\n    also: [Commissioner]\n";
        assert_eq!(
            flagged(yaml, "EC Agriculture Commissioner Willy De Clercq said."),
            title_flag(
                "EC Agriculture Commissioner",
                "EC External Trade Relations Commissioner"
            )
        );
        for text in [
            "EC External Trade Relations Commissioner Willy De Clercq said.",
            "EC Trade Commissioner Willy De Clercq said.",
            "EC Commissioner Willy De Clercq said.",
            "Commissioner Willy De Clercq said.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
    }

    #[test]
    fn local_government_is_a_portfolio_another_replaces() {
        // bbc/politics/167.txt: "Conservative local government spokeswoman Caroline Spelman said"
        let yaml = "people:\n  - name: Caroline Spelman\n    aliases: [Spelman]\n    title: Conservative local government spokeswoman\n    also: [local government spokeswoman, spokeswoman]\n";
        let said = |title: &str| flagged(yaml, &format!("{title} Caroline Spelman said so."));
        assert_eq!(
            said("Conservative environment spokeswoman"),
            title_flag(
                "Conservative environment spokeswoman",
                "Conservative local government spokeswoman"
            )
        );
        for title in [
            "Conservative local government spokeswoman",
            "Tory local government spokeswoman",
            "Conservative spokeswoman",
        ] {
            assert_eq!(said(title), [], "{title}");
        }
    }

    #[test]
    fn a_namesakes_post_is_theirs_only_when_the_name_may_be_theirs() {
        // reuters21578/00854.txt
        let yaml = "people:\n  - name: Howard Baker\n    aliases: [Baker]\n    posts:\n      - {title: White House Chief of Staff, from: 1987-02-27}\n  - name: James Baker\n    aliases: [Baker]\n    posts:\n      - {title: White House Chief of Staff, from: 1981-01, until: 1985-02}\n";
        let date = CheckOptions {
            published: "1987-03-02".parse().ok(),
            ..Default::default()
        };
        let codes = |text: &str| -> Vec<String> {
            check_yaml(yaml, text, &date)
                .iter()
                .map(|f| f.code.to_string())
                .collect()
        };
        assert_eq!(
            codes("former White House Chief of Staff Howard Baker said."),
            ["stale-title"]
        );
        assert_eq!(
            codes("former White House Chief of Staff Baker said."),
            Vec::<String>::new()
        );
        assert_eq!(
            codes("White House Chief of Staff Howard Baker said."),
            Vec::<String>::new()
        );
    }

    fn m(story: &str, form: &str) -> FormMatch {
        compare_form(&title_words(story), &title_words(form))
    }

    /// The seed story's titles (fixtures/seed-blinken-gaza/story.txt) asked again and again, as
    /// a story dense with titles asks them: the remembered verdict is the one worked out afresh,
    /// and so it stays once the memo is full and starts again.
    #[test]
    fn words_of_the_forms_office_dropped_in_front_leaving_another_office_disagree() {
        // reuters21578/02965: "Gerold Tandler, General Secretary of the Christian Social Union
        // Party": "Secretary of the ..." names another office (`offices`: secretary, general
        // secretary); a body's words dropped in front still agree
        let form = "General Secretary of the Christian Social Union Party";
        assert_eq!(
            m("Secretary of the Christian Social Union Party", form),
            FormMatch::Differs
        );
        assert_eq!(m("Minister", "Prime Minister"), FormMatch::Differs);
        assert_eq!(
            m("General Secretary of the Christian Social Union Party", form),
            FormMatch::Agrees
        );
        assert_eq!(m("Finance Minister", "Israeli Finance Minister"), FormMatch::Agrees);
    }

    #[test]
    fn a_remembered_verdict_is_the_one_worked_out_afresh() {
        let pairs = [
            ("Israeli of Strategic Affairs", "Israeli Minister of Strategic Affairs"),
            ("US Secretary of State", "US Secretary of State"),
            ("Former Israeli Defense Minister", "Israeli Defense Minister"),
            ("Prime Minister", "Israeli Prime Minister"),
        ];
        let asked = (0..FORM_MATCH_MEMO + 10).map(|k| (format!("Minister {k}"), "Israeli Prime Minister".to_string()));
        let all = (pairs
            .iter()
            .map(|(s, f)| (s.to_string(), f.to_string()))
            .cycle()
            .take(12))
        .chain(asked);
        for (story, form) in all.chain(pairs.iter().map(|(s, f)| (s.to_string(), f.to_string()))) {
            let (story, form) = (title_words(&story), title_words(&form));
            assert_eq!(
                compare_form(&story, &form),
                compare_form_afresh(&story, &form),
                "{story:?} / {form:?}"
            );
        }
        assert_eq!(
            m("Israeli of Strategic Affairs", "Israeli Minister of Strategic Affairs"),
            FormMatch::Differs
        );
    }

    fn another(story: &str, form: &str) -> bool {
        names_another_office(&title_words(story), &[&title_words(form)])
    }

    #[test]
    fn shortened_and_prefixed_forms_agree() {
        assert_eq!(
            m("Minister of Strategic Affairs", "Israeli Minister of Strategic Affairs"),
            FormMatch::Agrees
        );
        assert_eq!(m("French Finance Minister", "Finance Minister"), FormMatch::Agrees);
        assert_eq!(m("BA's chief executive", "chief executive"), FormMatch::Agrees);
        assert_eq!(
            m("Israel's strategic affairs minister", "Strategic Affairs Minister"),
            FormMatch::Agrees
        );
        assert_eq!(m("Prime Minister", "Israeli Prime Minister"), FormMatch::Agrees);
    }

    #[test]
    fn missing_changed_and_office_words_disagree() {
        assert!(matches!(
            m("Israeli of Strategic Affairs", "Israeli Minister of Strategic Affairs"),
            FormMatch::Differs
        ));
        assert!(matches!(
            m("Deputy Finance Minister", "Finance Minister"),
            FormMatch::Differs
        ));
        assert!(matches!(m("Foreign Minister", "Finance Minister"), FormMatch::Differs));
        assert!(matches!(m("shadow chancellor", "chancellor"), FormMatch::Differs));
        assert!(matches!(
            m("Prime Minister", "Deputy Prime Minister"),
            FormMatch::Differs
        ));
        assert!(matches!(
            m("Xstrata chief executive", "WMC chief executive"),
            FormMatch::Differs
        ));
        assert!(matches!(
            m("chief executive of BT Retail", "chief executive of BT Wholesale"),
            FormMatch::Differs
        ));
        assert_eq!(
            m("chief executive", "chief executive of BT Wholesale"),
            FormMatch::Agrees
        );
        assert_eq!(m("chief executive", "chief executive officer"), FormMatch::Agrees);
        // cut short before the post, or inside the form's office: an attorney is no attorney
        // general
        assert_eq!(m("Deputy Finance", "Deputy Finance Minister"), FormMatch::Differs);
        assert_eq!(m("shadow attorney", "shadow attorney general"), FormMatch::Differs);
        assert_eq!(m("Acme chief", "Acme chief executive"), FormMatch::Agrees);
        assert_eq!(
            m("shadow attorney general", "shadow attorney general"),
            FormMatch::Agrees
        );
        assert_eq!(
            m("Minister of Foreign", "Minister of Foreign Affairs"),
            FormMatch::Differs
        );
        // a portfolio alone has lost its office noun; a party or organisation alone is a
        // descriptor, not a title cut short
        assert_eq!(m("Finance", "Finance Minister"), FormMatch::Differs);
        assert_eq!(m("Treasury", "Treasury Secretary"), FormMatch::Differs);
        assert_eq!(m("Presidency", "Presidency Minister"), FormMatch::Differs);
        assert_eq!(m("Israeli Finance", "Finance Minister"), FormMatch::Differs);
        assert_ne!(m("the Treasury's", "Treasury Secretary"), FormMatch::Differs);
        assert_ne!(
            m("head of the Federal Reserve", "Federal Reserve Board Chairman"),
            FormMatch::Differs
        );
        // words moved, not dropped
        assert_ne!(m("Minister of Agriculture", "Agriculture Minister"), FormMatch::Differs);
        assert_ne!(
            m("president of Exhibitor Relations", "Exhibitor Relations President"),
            FormMatch::Differs
        );
        assert_ne!(m("Liberal Democrat", "Liberal Democrat leader"), FormMatch::Differs);
        assert_ne!(
            m("Federal Reserve Board", "Federal Reserve Board Governor"),
            FormMatch::Differs
        );
        assert_eq!(m("Rocker", "Rock singer"), FormMatch::Agrees);
    }

    #[test]
    fn organisation_words_are_dropped_and_added_freely() {
        for (story, form) in [
            ("Federal Reserve chairman", "Federal Reserve Board Chairman"),
            ("Fed chairman", "Federal Reserve Board Chairman"),
            ("U.S. Federal Reserve Chairman", "Federal Reserve Board Chairman"),
            ("Senate Budget Committee Chairman", "Senate Budget Chairman"),
        ] {
            assert_eq!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
        // the post itself still counts
        assert_eq!(
            m("Federal Reserve Board Governor", "Federal Reserve Board Chairman"),
            FormMatch::Differs
        );
        assert_eq!(
            m("Fed vice chairman", "Federal Reserve Board Chairman"),
            FormMatch::Differs
        );
        // a headline "chief" at the end is the body's head, whatever the post is called
        assert_eq!(m("Fed chief", "Federal Reserve Board Chairman"), FormMatch::Agrees);
        assert_eq!(
            m("Federal Reserve chief", "Federal Reserve Board Chairman"),
            FormMatch::Agrees
        );
        assert_ne!(m("BT chief executive", "BT chairman"), FormMatch::Agrees);
        assert_ne!(
            m("Fed deputy chief", "Federal Reserve Board Chairman"),
            FormMatch::Agrees
        );
        assert_ne!(m("MPAA chief", "Subcommittee Chairman"), FormMatch::Differs);
        // bbc/entertainment/044.txt: a post under the head is no head's ("Miami Beach police
        // chief" for its spokesman)
        assert_eq!(
            m("Miami Beach police chief", "Miami Beach police spokesman"),
            FormMatch::Differs
        );
        assert_eq!(m("police chief", "police spokesman"), FormMatch::Differs);
    }

    #[test]
    fn generic_words_and_synonyms_stand_in_for_the_organisation() {
        assert_eq!(m("party leader", "Tory leader"), FormMatch::Agrees);
        assert_eq!(m("Conservative leader", "Tory leader"), FormMatch::Agrees);
        assert_eq!(m("Lib Dem leader", "Liberal Democrat leader"), FormMatch::Agrees);
        assert_eq!(
            m("the company's chief executive", "WMC chief executive"),
            FormMatch::Agrees
        );
    }

    #[test]
    fn unrelated_descriptions_are_not_judged() {
        assert_eq!(m("Hamas leader", "Israeli Prime Minister"), FormMatch::Unrelated);
        assert_eq!(
            m(
                "Assistant Secretary of Defence for international security",
                "Assistant Defense Secretary"
            ),
            FormMatch::Unrelated
        );
        assert_eq!(m("Arsenal chairman", "Arsenal vice-chairman"), FormMatch::Differs);
        assert_eq!(m("Oxford professor", "Oxford lecturer"), FormMatch::Differs);
        assert_eq!(m("British hope", "British actress"), FormMatch::Unrelated);
        assert_eq!(
            m("Algerian counterpart", "Algerian Minister of Energy"),
            FormMatch::Unrelated
        );
        assert_eq!(
            m("chief executive of the UK Film Council", "chief executive officer"),
            FormMatch::Unrelated
        );
        assert_eq!(m("deputy PM", "Deputy Prime Minister"), FormMatch::Agrees);
    }

    #[test]
    fn a_domain_without_its_office_noun_disagrees() {
        assert_eq!(m("Commerce", "Secretary of Commerce"), FormMatch::Differs);
        // reuters21578/11437: "USDA'S AMSTUTZ" for an `undersecretary of agriculture`
        assert_ne!(m("Agriculture's", "undersecretary of agriculture"), FormMatch::Differs);
        assert_ne!(m("USDA's", "undersecretary of agriculture"), FormMatch::Differs);
        // "external" is the domain "foreign" ("External Affairs Minister Joe Clark")
        assert_eq!(
            m("External Affairs", "Secretary of State for External Affairs"),
            FormMatch::Differs
        );
        assert_eq!(
            m(
                "Liberal Democrat foreign affairs",
                "Liberal Democrat foreign affairs spokesman"
            ),
            FormMatch::Differs
        );
        assert_eq!(
            m("Secretary of Commerce", "US Secretary of Commerce"),
            FormMatch::Agrees
        );
        assert_ne!(
            m("Labour", "leader of the Labour Party"),
            FormMatch::Differs,
            "a party before a name is a descriptor"
        );
        // another portfolio alone has lost its office noun too
        let yaml = "people:\n  - name: Jane Doe\n    title: Treasury Secretary\n";
        assert_eq!(
            flagged(yaml, "Yesterday Health Jane Doe said so."),
            title_flag("Health", "Treasury Secretary")
        );
        assert_eq!(flagged(yaml, "Yesterday Labour Jane Doe said so."), []);
        // bbc/business/159.txt, bbc/politics/265.txt: a portfolio that is a phrase's object
        assert_eq!(flagged(yaml, "In his budget Jane Doe has cut taxes."), []);
        let yaml = "people:\n  - name: Paul Boateng\n    title: Chief Treasury Secretary\n";
        let text = "But Chief Secretary to the Treasury Paul Boateng attacked the plans.";
        assert_eq!(flagged(yaml, text), []);
    }

    #[test]
    fn a_misspelt_office_word_is_no_derived_word() {
        assert_eq!(m("Attorny General", "Attorney General"), FormMatch::Differs);
        assert_eq!(
            m("Israel's Defence Minister", "Israeli Defence Minister"),
            FormMatch::Agrees
        );
        // another name of the same office is no slip of it; a plural head word still is
        assert_eq!(m("Acme spokeswoman", "Acme spokesman"), FormMatch::Agrees);
        assert_eq!(m("Acme chairwoman", "Acme chairman"), FormMatch::Agrees);
        assert_eq!(m("Chelsea keeper", "Chelsea goalkeeper"), FormMatch::Agrees);
        assert_eq!(m("Auction spokesmen", "Auction spokesman"), FormMatch::Differs);
    }

    #[test]
    fn an_alias_with_another_honorific_names_the_person_and_disagrees() {
        let yaml = "people:\n  - name: Robin Roe\n    aliases: [Lord Roe]\n    honorific: Lord\n    title: Cabinet Secretary\n";
        let text = "Former civil service chief Sir Roe said so.";
        assert_eq!(
            flagged(yaml, text),
            [(
                "title-mismatch".to_string(),
                "Sir".to_string(),
                Some("Lord".to_string())
            )]
        );
        for text in ["Lord Roe said so.", "Lady Roe said so.", "Sir Roger Roe said so."] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
        // an alias of an honorific and a given name: another honorific names another person
        let yaml = "people:\n  - name: Robin Roe\n    aliases: [Sir Robin]\n    honorific: Sir\n    title: Cabinet Secretary\n";
        assert_eq!(flagged(yaml, "Lord Robin said so."), []);
    }

    #[test]
    fn a_ministry_named_by_its_domain_is_a_body_another_replaces() {
        let yaml =
            "people:\n  - name: Hans Roe\n    title: Finance Ministry State Secretary\n    also: [State Secretary]\n";
        let text = "Hans Roe, the Bundesbank's state secretary, declined.";
        assert_eq!(flagged(yaml, text)[0].0, "title-mismatch", "{text}");
        for text in [
            "Hans Roe, the Finance Ministry's state secretary, declined.",
            "Hans Roe, the ministry's state secretary, declined.",
            "Hans Roe, the state secretary, declined.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
        // bbc/politics/105.txt: two ministries share their noun, not their name
        let yaml = "people:\n  - name: Hazel Blears\n    title: Home Office minister\n    also: [minister]\norganisations:\n  - name: Home Office\n";
        assert_eq!(
            flagged(yaml, "Foreign Office minister Hazel Blears said."),
            title_flag("Foreign Office minister", "Home Office minister")
        );
        for text in [
            "Home Office minister Hazel Blears said.",
            "The minister, Hazel Blears, said.",
        ] {
            assert_eq!(flagged(yaml, text), [], "{text}");
        }
    }

    #[test]
    fn a_body_in_front_of_a_list_of_posts_owns_each() {
        let yaml = "published: 1987-03-05\npeople:\n  - name: Richard Roe\n    posts:\n      - title: chairman, president and chief executive\n        also: [chairman, Acme chairman]\n        until: 1986\norganisations:\n  - name: Acme\n";
        let codes = |text: &str| -> Vec<String> { flagged(yaml, text).into_iter().map(|f| f.0).collect() };
        let text = "Zenith's former chairman, president and chief executive, Richard Roe, said.";
        assert_eq!(codes(text), ["title-mismatch"], "{text}");
        assert_eq!(flagged(yaml, text)[0].2.as_deref(), Some("former Acme chairman"));
        for text in [
            "Acme's former chairman, president and chief executive, Richard Roe, said.",
            "The company's former chairman, president and chief executive, Richard Roe, said.",
            "Its former chairman, president and chief executive, Richard Roe, said.",
        ] {
            assert_eq!(codes(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn an_apposition_after_an_age_is_checked() {
        let yaml = "people:\n  - name: Jane Roe\n    title: information manager\n";
        for (text, flagged_words) in [
            (
                "said Jane Roe, 23, an information officer from Leeds.",
                "information officer",
            ),
            (
                "said Jane Roe, 23, an information manger from Leeds.",
                "information manger",
            ),
        ] {
            assert_eq!(
                flagged(yaml, text),
                title_flag(flagged_words, "information manager"),
                "{text}"
            );
        }
        assert_eq!(
            flagged(yaml, "said Jane Roe, 23, an information manager from Leeds."),
            []
        );
    }

    #[test]
    fn an_occupation_is_no_word_derived_from_a_bodys_name() {
        // "Ballet" ends a company's name, "ballerina" names an occupation
        assert_eq!(
            m("president of the English National Ballet", "ballerina"),
            FormMatch::Unrelated
        );
        assert_eq!(m("Canadian Trade Minister", "Canada Trade Minister"), FormMatch::Agrees);
        assert_eq!(m("Presidents", "President"), FormMatch::Agrees);
    }

    #[test]
    fn a_post_in_another_body_than_the_one_held_is_no_past_occupation() {
        let yaml = "published: 2005-01-27\npeople:\n  - name: Ann Roe\n    posts:\n      - title: president of the RAD\n        also: [president]\n        from: 1991\n      - title: principal dancer\n        also: [ballerina]\n        until: 1989\norganisations:\n  - name: RAD\n";
        let text = "Ann Roe, president of the English National Ballet, said so.";
        let codes: Vec<String> = flagged(yaml, text).into_iter().map(|f| f.0).collect();
        assert_eq!(codes, ["title-mismatch"]);
    }

    #[test]
    fn misspelt_office_words_disagree() {
        assert_eq!(m("Foriegn Secretary", "Foreign Secretary"), FormMatch::Differs);
        assert_eq!(m("Chancelor", "Chancellor"), FormMatch::Differs);
        assert_eq!(m("Chancelor", "Chancellor of the Exchequer"), FormMatch::Differs);
        assert_eq!(
            m("Chancelor of the Exchequer", "Chancellor of the Exchequer"),
            FormMatch::Differs
        );
        assert_eq!(m("Secretray of State", "US Secretary of State"), FormMatch::Differs);
        // words in their own right are not misspellings
        assert_eq!(
            m("chairmen", "chairman"),
            FormMatch::Differs,
            "a plural before one name"
        );
        assert_eq!(m("Ministry", "Minister"), FormMatch::Unrelated);
    }

    #[test]
    fn a_portfolio_in_the_plural_is_the_same_word() {
        // reuters21578/17458.txt: "public finance director" for "Public Finances Director"
        assert_eq!(
            m("public finance director", "Public Finances Director"),
            FormMatch::Agrees
        );
        assert_eq!(
            m("Foreign Affair Minister", "Foreign Affairs Minister"),
            FormMatch::Agrees
        );
    }

    #[test]
    fn another_office_disagrees_without_a_shared_word() {
        assert!(another("Governor", "Senator"));
        assert!(another("consul", "ambassador"));
        assert!(another("spokesman", "White House press secretary"));
        assert!(another("Kansas Governor", "Senator"));
        // the same office in other words, or no office at all, is not another office
        assert!(!another("Premier", "Prime Minister"));
        assert!(!another("spokeswoman", "spokesman"));
        assert!(!another("chairman and chief executive", "chief executive"));
        assert!(!another("veteran", "Senator"));
        assert!(!another("Labour", "Senator"));
        assert!(!another("Hamas leader", "Israeli Prime Minister"));
        assert!(!another("the 64-year-old", "Senator"));
        // roles in markets, firms and sport are offices too
        assert!(another("chief dealer", "deputy general manager"));
        assert!(another("treasurer", "San Miguel president"));
        assert!(another("chief scout", "chief executive"));
        assert!(!another("senior trader", "chief dealer"));
        // bbc/entertainment/152.txt, bbc/tech/134.txt, bbc/sport/060.txt
        assert!(another("Auction press officer", "auction spokesman"));
        assert!(another(
            "founder and chief technology officer",
            "chairman and chief software architect"
        ));
        assert!(another("British champion", "British record holder"));
        assert!(!another("world record holder", "British record holder"));
        assert!(!another("CTO", "chief technology officer"));
        assert!(another("Acme chief executive", "general counsel of Acme"));
        // a portfolio alone has lost its office noun, whichever it is; a party is no portfolio
        let alone = |story: &str, form: &str| portfolio_alone(&title_words(story), &[&title_words(form)]);
        assert!(alone("Health", "Treasury Secretary"));
        assert!(alone("Foreign Affairs", "Finance Minister"));
        assert!(!alone("Labour", "Treasury Secretary"));
        assert!(!alone("Health", "Welshman"));
    }

    #[test]
    fn occupations_disagree_only_with_occupations() {
        // bbc/entertainment/244.txt, bbc/entertainment/016.txt, bbc/sport/395.txt
        assert!(another("Drummer", "Singer/guitarist"));
        assert!(another("guitarist", "bassist"));
        assert!(another("Journalist", "Novelist"));
        assert!(another("BBC producer", "BBC correspondent"));
        assert!(another("France captain", "France coach"));
        // a role the person has, another word for it, a word of several senses, an office
        assert!(!another("guitarist", "Singer/guitarist"));
        assert!(!another("reporter", "BBC correspondent"));
        assert!(!another("writer", "Novelist"));
        assert!(!another("journalist", "Senator"));
        // an office for someone known only by a profession
        assert!(another("Senator", "economist"));
        assert!(another("chief executive", "futurologist"));
        assert!(another("central banker", "economist"));
        // reuters21578/00045.txt: "Analyst Rosemarie Morbelli of Ingalls and Snyder"
        assert!(another("Economist", "Analyst"));
        assert!(!another("securities analyst", "Analyst"));
        // reuters21578/17166.txt: "analyst Mark Rogers of Prudential Bache Securities"
        assert!(another("strategist", "Prudential Bache Securities analyst"));
        assert!(!another("chief strategist", "strategist"));
        assert!(!another("veteran", "economist"));
        // a longer phrase of an occupation is no office in it
        assert!(!another("New York money manager", "Chairman"));
        assert!(another("manager", "Chairman"));
    }

    #[test]
    fn a_walker_or_a_designers_craft_is_an_occupation_of_its_own() {
        // bbc/sport/030.txt "walker Jamie Costin"; bbc/entertainment/323.txt "costume designer"
        assert!(another("sprinter", "walker"));
        assert!(another("Irish hurdler", "race walker"));
        assert!(!another("athlete", "walker"));
        assert!(!another("Irish walker", "walker"));
        assert!(another("production designer", "costume designer"));
        assert!(another("Oscar-nominated set designer", "costume designer"));
        assert!(!another("designer", "costume designer"));
        assert!(!another("costume designer", "designer"));
    }

    #[test]
    fn each_jump_or_throw_is_an_occupation_of_its_own_and_a_kind_of_athlete() {
        // bbc/sport/075.txt: "Britain's long jumper Tosin Oke" for the triple jumper
        assert!(another("Britain's long jumper", "triple jumper"));
        assert!(another("high jumper", "long jumper"));
        assert!(another("discus thrower", "shot putter"));
        assert!(another("pole vaulter", "high jumper"));
        // the event's general word, or a kind of a kind's general one, agrees
        assert!(!another("jumper", "triple jumper"));
        assert!(!another("triple jumper", "jumper"));
        assert!(!another("Britain's long jumper", "athlete"));
        assert!(!another("athlete", "pole vaulter"));
    }

    #[test]
    fn a_clubs_coaching_or_a_governments_statistics_is_a_posts_domain() {
        // bbc/sport/358.txt: "Gloucester director of rugby Nigel Melville told ..."
        let melville = "people:\n  - name: Nigel Melville\n    title: Gloucester director of rugby\n    also: [director of rugby]\n";
        let told = |title: &str| found(melville, &format!("The {title} Nigel Melville told the BBC."));
        assert_eq!(
            told("director of coaching"),
            one("title-mismatch", "director of coaching")
        );
        assert_eq!(told("director of rugby"), vec![]);
        // bbc/business/387.txt: "labour office chief Frank-Juergen Weise said"
        let weise = "people:\n  - name: Frank-Juergen Weise\n    title: labour office chief\n    also: [head of the labour office, Federal Labour Office chief]\n";
        let said = |title: &str| {
            found(
                weise,
                &format!("It was due to winter, {title} Frank-Juergen Weise said."),
            )
        };
        assert_eq!(
            said("statistics office chief"),
            one("title-mismatch", "statistics office chief")
        );
        assert_eq!(said("labour office chief"), vec![]);
    }

    #[test]
    fn a_medical_trade_a_lobbyist_or_a_bureau_chief_is_another_role() {
        // reuters21578/00545.txt: "Chicago physician LeRoy Pesch"
        assert!(another("Chicago dentist", "Chicago physician"));
        assert!(another("surgeon", "physician"));
        assert!(!another("physician", "Chicago physician"));
        // bbc/business/104.txt: "Philip Morris's main lawyer William Ohlemeyer"
        assert!(another("main lobbyist", "main lawyer"));
        // reuters21578/13527.txt: "Reuter correspondent Subhy Haddad"
        assert!(another("Reuter bureau chief", "Reuter correspondent"));
        assert!(!another("correspondent", "Reuter correspondent"));
    }

    #[test]
    fn an_executive_vice_president_is_another_rank_than_a_vice_president() {
        // bbc/sport/461.txt: "David Higdon, Vice President of the ATP, admitted"
        let yaml = "people:\n  - name: David Higdon\n    aliases: [Higdon]\n    title: Vice President of the ATP\n    also: [ATP Vice President, Vice President]\norganisations:\n  - name: ATP\n";
        let said = |title: &str| flagged(yaml, &format!("David Higdon, {title}, admitted it."));
        assert_eq!(said("Executive Vice President of the ATP")[0].0, "title-mismatch");
        assert_eq!(said("Vice President of the ATP"), []);
        assert_eq!(said("Vice-President of the ATP"), []);
        assert_eq!(m("Executive Vice Chairman", "Vice Chairman"), FormMatch::Differs);
        // a portfolio, a country or a body in front of the rank names the post's owner
        assert_eq!(m("Foreign Vice Minister", "Vice Minister"), FormMatch::Agrees);
        assert_eq!(m("US Vice President", "Vice President"), FormMatch::Agrees);
        assert_eq!(m("ATP Vice President", "Vice President"), FormMatch::Agrees);
    }

    #[test]
    fn another_countrys_word_another_trade_or_another_award_disagrees() {
        // bbc/entertainment/376.txt and 373.txt
        let yaml = "people:\n  - name: Audrey Tautou\n    title: French actress\n    also: [actress]\n  - name: Robert Langdon\n    title: symbologist\n    also: [Harvard symbologist]\n  - name: Hilary Swank\n    title: best actress\n    also: [actress]\n";
        let tautou = |title: &str| format!("The film stars Hanks alongside {title} Audrey Tautou.");
        assert_eq!(flagged(yaml, &tautou("Belgian actress")).len(), 1);
        assert!(flagged(yaml, &tautou("French actress")).is_empty());
        let langdon = |title: &str| format!("It is set in Rome as {title} Robert Langdon follows a trail.");
        assert_eq!(flagged(yaml, &langdon("cryptologist")).len(), 1);
        assert!(flagged(yaml, &langdon("symbologist")).is_empty());
        let swank = |title: &str| format!("Kate Winslet also lost to {title} Hilary Swank, while Owen won.");
        assert_eq!(flagged(yaml, &swank("best supporting actress")).len(), 1);
        assert!(flagged(yaml, &swank("best actress")).is_empty());
    }

    #[test]
    fn an_occupation_in_the_plural_before_a_list_of_names_is_each_ones_title() {
        // bbc/sport/023.txt: "Greek sprinters Kostas Kenteris and Katerina Thanou have appeared"
        let yaml = "people:\n  - name: Kostas Kenteris\n    aliases: [Kenteris]\n    title: Greek sprinter\n    also: [sprinter, Greek sprinters]\n  - name: Katerina Thanou\n    aliases: [Thanou]\n    title: Greek sprinter\n    also: [sprinter, Greek sprinters]\n  - name: Brigitte Nielsen\n    title: actress\n";
        let said = |title: &str| {
            flagged(
                yaml,
                &format!("{title} Kostas Kenteris and Katerina Thanou have appeared."),
            )
        };
        assert_eq!(said("Greek hurdlers")[0].0, "title-mismatch");
        assert_eq!(said("Greek lawyers")[0].0, "title-mismatch");
        assert_eq!(said("Greek sprinters"), []);
        assert_eq!(said("Greek athletes"), []);
        // bbc/tech/146.txt: before one name the plural is no title of it
        let text = "It rose, according to market analysts Nielsen/NetRatings.";
        assert_eq!(flagged(yaml, text), []);
        assert!(another("Greek hurdlers", "Greek sprinters"));
        assert!(!another("Greek sprinters", "sprinter"));
    }

    #[test]
    fn an_occupation_in_the_plural_after_one_of_is_the_names_title() {
        // bbc/politics/052.txt: "after one of its top nuclear scientists, Abdul Qadeer Khan,
        // admitted leaking nuclear secrets"
        let yaml = "people:
  - name: Abdul Qadeer Khan
    aliases: [Khan]
    title: nuclear scientist
    also: [top nuclear scientists, one of its top nuclear scientists]
";
        let said = |title: &str| {
            flagged(
                yaml,
                &format!("He is worried after one of its top nuclear {title}, Abdul Qadeer Khan, admitted it."),
            )
        };
        assert_eq!(said("engineers")[0].0, "title-mismatch");
        assert_eq!(said("scientists"), []);
        // without "one of" the plural before a comma names a group, not the person
        let text = "It hired nuclear engineers, Abdul Qadeer Khan said.";
        assert_eq!(flagged(yaml, text), []);
    }

    #[test]
    fn a_prizes_category_opening_a_sentence_is_read_into_the_title() {
        // bbc/entertainment/013.txt: "As well as writing poetry, Symmons Roberts also makes
        // documentary films. Children's winner McCaughrean, who went into magazine publishing"
        let yaml = "people:\n  - name: Geraldine McCaughrean\n    aliases: [McCaughrean]\n    title: children's winner\n    also: [Whitbread children's winner, children's author]\n";
        let said = |title: &str| {
            let text = format!(
                "As well as writing poetry, he also makes films. {title} McCaughrean, who went into publishing, won."
            );
            flagged(yaml, &text)
        };
        assert_eq!(said("Poetry winner")[0].0, "title-mismatch");
        assert_eq!(said("Children's winner"), []);
    }

    #[test]
    fn another_place_for_the_region_a_form_writes_disagrees_beside_a_bare_form() {
        // bbc/tech/285.txt: "Cory Doctorow, European co-ordinator for the Electronic Frontier
        // Foundation which campaigns"
        let yaml = "people:\n  - name: Cory Doctorow\n    aliases: [Doctorow]\n    title: European co-ordinator for the Electronic Frontier Foundation\n    also: [co-ordinator for the Electronic Frontier Foundation]\norganisations:\n  - name: Electronic Frontier Foundation\n";
        let said = |title: &str| flagged(yaml, &format!("Cory Doctorow, {title} which campaigns, spoke."));
        for place in ["US", "Asian"] {
            let found = said(&format!("{place} co-ordinator for the Electronic Frontier Foundation"));
            assert_eq!(found.len(), 1, "{place}");
            assert_eq!(found[0].0, "title-mismatch");
        }
        for title in [
            "European co-ordinator for the Electronic Frontier Foundation",
            "Europe co-ordinator for the Electronic Frontier Foundation",
            "co-ordinator for the Electronic Frontier Foundation",
        ] {
            assert_eq!(said(title), [], "{title}");
        }
        // a place written where no form writes one still agrees, as a country does
        assert_eq!(m("European chief executive", "chief executive"), FormMatch::Agrees);
    }

    #[test]
    fn a_role_noun_for_another_occupation_or_a_partner_for_a_coach_disagrees() {
        let yaml = "people:\n  - name: Ann Cole\n    title: model\n  - name: Ben Hale\n    aliases: [Hale]\n    title: coach\n";
        let text = "Shortly afterwards singer Ann Cole left.";
        assert_eq!(flagged(yaml, text), title_flag("singer", "model"));
        assert!(flagged(yaml, "Shortly afterwards supermodel Ann Cole left.").is_empty());
        let text = "Hale, Lee's hitting partner, said so.";
        // the fix keeps the owner the copy wrote, as the facts name none
        assert_eq!(flagged(yaml, text), title_flag("Lee's hitting partner", "Lee's coach"));
        assert!(flagged(yaml, "Hale, Lee's coach, said so.").is_empty());
        // an occupation beside an office says nothing of the post
        assert!(!another("model", "Finance Minister"));
        // bbc/sport/060.txt: a post for an athlete is another role; a standing won is not
        assert!(another("Larne coach", "Larne athlete"));
        assert!(!another("Olympic champion", "athlete"));
        assert!(!another("sportswoman", "athlete"));
        // bbc/entertainment/307.txt: "Agent Simon Beresford said", the actress's agent
        assert!(another("Producer", "Agent"));
        assert!(another("coach", "agent"));
        assert!(another("agent", "coach"));
        assert!(!another("her agent", "Agent"));
    }

    #[test]
    fn a_writing_partner_a_producing_partner_and_a_shows_creator_are_credits_of_their_own() {
        // bbc/entertainment/370.txt: "along with writing partner Jim Taylor", "Scrubs star Zach
        // Braff"; bbc/entertainment/201.txt: "Office co-writer Stephen Merchant"
        assert!(another("producing partner", "writing partner"));
        assert!(!another("co-writer", "writing partner"));
        assert!(!another("producer", "producing partner"));
        let yaml = "people:\n  - name: Zach Braff\n    title: Scrubs star\n";
        let text = "Scrubs creator Zach Braff won the award.";
        assert_eq!(flagged(yaml, text), title_flag("Scrubs creator", "Scrubs star"));
        assert!(flagged(yaml, "Scrubs star Zach Braff won the award.").is_empty());
    }

    #[test]
    fn a_church_rank_a_founder_and_an_athletics_discipline_are_roles_of_their_own() {
        // bbc/politics/205.txt: Desmond Tutu is an archbishop
        assert!(another("Bishop", "Archbishop"));
        assert!(another("Cardinal", "South African archbishop"));
        assert!(!another("Archbishop", "South African archbishop"));
        // bbc/sport/091.txt: Victor Conte founded Balco; Marion Jones is a sprinter
        assert!(another("Balco vice-president", "Balco founder"));
        assert!(!another("founder of Balco", "Balco founder"));
        assert!(another("American hurdler", "American sprinter"));
        // a discipline is a kind of athlete, either way round
        assert!(!another("American athlete", "American sprinter"));
        assert!(!another("sprinter", "Larne athlete"));
    }

    #[test]
    fn a_count_of_titles_is_judged_against_another_count_only() {
        // bbc/sport/091.txt: Kelli White, "Former double world champion" (also "world champion")
        let yaml = "people:\n  - name: Kelli White\n    title: double world champion\n    also: [world champion]\n    until: 2004-05\n";
        let text = "Former triple world champion Kelli White was banned.";
        assert_eq!(
            flagged(yaml, text),
            title_flag("Former triple world champion", "Former double world champion")
        );
        assert!(flagged(yaml, "Former double world champion Kelli White was banned.").is_empty());
        assert!(flagged(yaml, "Former world champion Kelli White was banned.").is_empty());
        // where no form counts, a count written is harmless
        let uncounted = "people:\n  - name: Kelli White\n    title: world champion\n    until: 2004-05\n";
        assert!(flagged(uncounted, text).is_empty());
    }

    #[test]
    fn a_beat_is_judged_against_another_beat_only() {
        // bbc/politics/312.txt: "said BBC labour affairs correspondent Stephen Cape" (also
        // "BBC correspondent")
        let yaml = "people:\n  - name: Stephen Cape\n    title: BBC labour affairs correspondent\n    also: [labour affairs correspondent, BBC correspondent, correspondent]\n";
        let flags = flagged(yaml, "It said BBC political correspondent Stephen Cape.");
        assert_eq!(flags.len(), 1);
        assert_eq!(flags[0].1, "BBC political correspondent");
        assert!(flagged(yaml, "It said BBC labour affairs correspondent Stephen Cape.").is_empty());
        assert!(flagged(yaml, "It said BBC correspondent Stephen Cape.").is_empty());
        // where no form writes a beat, a beat written is harmless
        let unbeaten = "people:\n  - name: Stephen Cape\n    title: correspondent\n";
        assert!(flagged(unbeaten, "It said BBC political correspondent Stephen Cape.").is_empty());
    }

    #[test]
    fn a_distance_in_a_title_names_its_event() {
        // bbc/sport/091.txt: Dwain Chambers, "former European 100m champion"
        assert_eq!(
            m("European 200m champion", "European 100m champion"),
            FormMatch::Differs
        );
        assert_eq!(
            m("European 100 metres champion", "European 100m champion"),
            FormMatch::Agrees
        );
        assert_eq!(m("5,000m champion", "5km champion"), FormMatch::Agrees);
        let yaml = "people:\n  - name: Dwain Chambers\n    title: European 100m champion\n    until: 2004-02\n";
        let text = "Britain's former European 100m champion Dwain Chambers is serving a ban.";
        assert!(flagged(yaml, text).is_empty());
        let text = "Britain's former European 200m champion Dwain Chambers is serving a ban.";
        assert_eq!(flagged(yaml, text)[0].1, "former European 200m champion");
        // bbc/sport/283.txt: a distance before "and" measures something else, not the title
        let yaml = "people:\n  - name: Roy Carroll\n    title: Manchester United goalkeeper\n";
        let text = "Mendes shot from 50 yards and United goalkeeper Roy Carroll spilled the ball.";
        assert!(flagged(yaml, text).is_empty());
    }

    #[test]
    fn a_count_glued_to_a_titles_body_is_a_descriptor() {
        // reuters21578/07802.txt: Tran Van Thinh, "permanent trade ambassador of the 12-member
        // European Community"
        let form = "permanent trade ambassador of the European Community";
        assert_eq!(
            m("permanent trade ambassador of the 12-member European Community", form),
            FormMatch::Agrees
        );
        assert_eq!(
            m("permanent trade consul of the 12-member European Community", form),
            FormMatch::Differs
        );
        let yaml =
            "people:\n  - name: Tran Van Thinh\n    title: permanent trade ambassador of the European Community\n";
        let text = "\"The tension has eased,\" the permanent trade ambassador of\nthe 12-member European Community Tran Van Thinh told reporters.";
        assert!(flagged(yaml, text).is_empty());
        let text = "\"The tension has eased,\" the former permanent trade ambassador of\nthe 12-member European Community Tran Van Thinh told reporters.";
        assert_eq!(flagged(yaml, text)[0].0, "stale-title");
    }

    #[test]
    fn another_body_after_a_post_with_its_nations_word_is_another_post() {
        // bbc/business/154.txt: Jonathan Loynes, "chief UK economist at Capital Economics"
        let yaml = "people:\n  - name: Jonathan Loynes\n    title: chief UK economist at Capital Economics\norganisations:\n  - name: Institute for Fiscal Studies\n    aliases: [IFS]\n";
        let text = "said Jonathan Loynes, chief UK economist at Capital Economics. \"Accordingly";
        assert!(flagged(yaml, text).is_empty());
        let text = "said Jonathan Loynes, chief UK economist at the IFS. \"Accordingly";
        assert_eq!(flagged(yaml, text)[0].1, "chief UK economist at the IFS");
    }

    #[test]
    fn a_replaced_complement_is_another_post() {
        assert_eq!(m("MP for Durham", "MP for Sedgefield"), FormMatch::Differs);
        assert_eq!(
            m(
                "guitarist and lyricist for The Stone Roses",
                "guitarist and lyricist for The Manic Street Preachers"
            ),
            FormMatch::Differs
        );
        assert_eq!(
            m("Tory spokesman on home affairs", "Tory spokesman on foreign affairs"),
            FormMatch::Differs
        );
        assert_eq!(
            m("Tory leader on foreign affairs", "Tory spokesman on foreign affairs"),
            FormMatch::Differs
        );
        // bbc/business/140.txt: two firms sharing only the word for their kind
        assert_eq!(
            m("analyst at Nomura Securities", "analyst at Daiwa Securities SMBC"),
            FormMatch::Differs
        );
        // generic words, initials, a second post after "and" are not a replaced complement
        assert_ne!(m("chairman of the board", "chairman of Westin"), FormMatch::Differs);
        // reuters21578/04422.txt: "Chairman of the FCA board, Frank Naylor,"
        for initials in ["Chairman of the FCA", "Chairman of the FCA board"] {
            assert_ne!(
                m(initials, "chairman of the Farm Credit Administration"),
                FormMatch::Differs
            );
        }
        // a second post after "and" is no complement (a list naming another post disagrees
        // for that: `a_list_of_posts_is_one_title_...`)
        let (written, form) = (
            title_words("chairman and chief executive"),
            title_words("chairman and president"),
        );
        assert!(!complement_replaced(&written, &form, 1));
        // reuters21578/01724.txt: a desk the run knows no word of, between the post's
        // preposition and its employer's, is read into the title
        let desk = "people:\n  - name: Pat Dale\n    title: managing director of swaps for Morgan Stanley and Co\n    also: [Morgan Stanley managing director]\n";
        assert_eq!(
            found(
                desk,
                "Pat Dale, managing director of bonds for Morgan Stanley and Co, said."
            ),
            one("title-mismatch", "managing director of bonds for Morgan Stanley and Co")
        );
        assert_eq!(
            found(
                desk,
                "Pat Dale, managing director of swaps for Morgan Stanley and Co, said."
            ),
            vec![]
        );
    }

    #[test]
    fn a_grade_may_be_left_out_but_not_added() {
        // bbc/business/241.txt: "Oxfam senior policy adviser Max Lawson"
        assert_eq!(m("policy adviser", "Oxfam senior policy adviser"), FormMatch::Agrees);
        assert_eq!(
            m("Oxfam policy adviser", "Oxfam senior policy adviser"),
            FormMatch::Agrees
        );
        assert_eq!(m("senior policy adviser", "policy adviser"), FormMatch::Differs);
        // bbc/tech/093.txt: "Bob Larribeau, principal analyst at Telecom View": "principal"
        // ranks the analyst, so it may be left out, not added; before an office it is a post
        assert_eq!(
            m("analyst at Telecom View", "principal analyst at Telecom View"),
            FormMatch::Agrees
        );
        assert_eq!(m("principal analyst", "analyst"), FormMatch::Differs);
        assert_eq!(
            m("Private Secretary", "Principal Private Secretary"),
            FormMatch::Differs
        );
        assert_eq!(m("Prime Minister", "Deputy Prime Minister"), FormMatch::Differs);
    }

    #[test]
    fn an_office_word_fused_to_the_title_word_counts() {
        // reuters21578/05235.txt, reuters21578/06906.txt
        assert_eq!(m("Finance Undersecretary", "Finance Secretary"), FormMatch::Differs);
        assert_eq!(
            m("U.S. Undersecretary of Agriculture", "Under Secretary of Agriculture"),
            FormMatch::Agrees
        );
        assert_eq!(m("Vicechairman", "chairman"), FormMatch::Differs);
        assert_eq!(
            without_office_words("Commerce undersecretary", &title_words("Commerce secretary")),
            "Commerce secretary"
        );
    }

    #[test]
    fn descriptors_and_organisation_names_do_not_change_an_office() {
        assert_eq!(m("Current chairman", "Keidanren Chairman"), FormMatch::Agrees);
        assert_eq!(m("veteran Senator", "Senator"), FormMatch::Agrees);
        // bbc/entertainment/284.txt: "ejecting previous host Wes Butters"
        assert_eq!(m("previous chart show host", "chart show host"), FormMatch::Agrees);
        assert_eq!(m("previous chart show host", "previous host"), FormMatch::Agrees);
        assert_eq!(
            m(
                "Departing Deputy Treasury Secretary",
                "Outgoing Deputy Treasury Secretary"
            ),
            FormMatch::Agrees
        );
        assert_eq!(m("First Interstate Bancorp Chairman", "Chairman"), FormMatch::Agrees);
        assert_eq!(m("Ford Motor Co Chairman", "Chairman"), FormMatch::Agrees);
        // reuters21578/19353.txt: a company's full name for its short one
        assert_eq!(
            m("Lloyds Bank chief executive", "Lloyds chief executive"),
            FormMatch::Agrees
        );
        assert_eq!(m("Ford Motor Co chairman", "Ford Motor chairman"), FormMatch::Agrees);
        assert_eq!(
            m("Barclays Bank chief executive", "Lloyds chief executive"),
            FormMatch::Differs
        );
        assert_eq!(m("chairman", "Ford Motor Co Chairman"), FormMatch::Agrees);
        // an ordinal before a title word, and a hyphenated co-, still change the office
        assert_eq!(
            m("First Deputy Prime Minister", "Deputy Prime Minister"),
            FormMatch::Differs
        );
        assert_eq!(m("co-chairman", "chairman"), FormMatch::Differs);
    }

    #[test]
    fn words_added_after_a_form_are_told_apart_from_a_replaced_organisation() {
        let extends = |story: &str, form: &str| only_extends(&title_words(story), &title_words(form));
        assert!(extends("chairman of Westin", "chairman"));
        assert!(!extends("chairman", "chairman"));
        assert!(!extends("Allegis chairman", "chairman"));
        assert_eq!(m("chairman of Westin", "chairman of Allegis"), FormMatch::Differs);
    }

    #[test]
    fn the_seed_diff() {
        assert_eq!(
            word_diff("Israeli of Strategic Affairs", "Israeli Minister of Strategic Affairs"),
            "Israeli [+Minister+] of Strategic Affairs"
        );
        assert_eq!(
            word_diff("Deputy Finance Minister", "Finance Minister"),
            "[-Deputy-] Finance Minister"
        );
    }

    #[test]
    fn an_added_office_word_is_taken_out() {
        assert_eq!(
            without_office_words("SEC deputy enforcement director", &title_words("enforcement director")),
            "SEC enforcement director"
        );
        // an office word of the form's own stays: only the added one goes
        assert_eq!(
            without_office_words("Acme deputy chief executive", &title_words("chief executive")),
            "Acme chief executive"
        );
        assert_eq!(
            without_office_words("Tory co-chairman", &title_words("chairman")),
            "Tory chairman"
        );
        // bbc/business/140.txt: a word that joins another office is no office word: the form
        // is the fix
        let yaml = "people:\n  - name: Peter Fish\n    title: director of MEPS\n";
        assert_eq!(
            flagged(yaml, "Yesterday Peter Fish, managing director of MEPS, said so."),
            title_flag("managing director of MEPS", "director of MEPS")
        );
    }

    #[test]
    fn former_is_stripped_from_written_text() {
        assert_eq!(strip_former_text("former Treasury Secretary"), "Treasury Secretary");
        assert_eq!(strip_former_text("ex-chairman"), "chairman");
        // bbc/business/197.txt: "son-in-law of former-President Leonid Kuchma"
        assert_eq!(strip_former_text("former-President"), "President");
        // bbc/entertainment/258.txt: the owner's "ex-" stays
        assert_eq!(
            strip_former_text("ex-Hole singer's former lawyer"),
            "ex-Hole singer's lawyer"
        );
    }

    #[test]
    fn a_head_word_ranking_the_rank_in_front_of_a_title_read_from_its_start_disagrees() {
        // reuters21578/18415.txt: an apposition whose rank is swapped, the grade's place taken
        let form = "senior vice president and director of commodities for Acme Bros. Inc.";
        assert_eq!(m("executive vice president", form), FormMatch::Differs);
        assert_eq!(
            m("executive vice president of Acme Bros. Inc.", form),
            FormMatch::Differs
        );
        // the grade left out, or the form's own rank, still agree
        assert_eq!(m("vice president", form), FormMatch::Agrees);
        assert_eq!(m("senior vice president", form), FormMatch::Agrees);
        // a portfolio's word before the rank names the post's domain
        assert_ne!(
            m("foreign vice minister", "vice minister for trade"),
            FormMatch::Differs
        );
    }

    #[test]
    fn an_office_word_added_in_front_of_a_title_read_from_its_start_disagrees() {
        // bbc/politics/101.txt, reuters21578/12443.txt: appositions read up to "on", and
        // through "in" where the facts' title writes it
        let yaml = "people:\n  - name: Mike German\n    title: leader of the Liberal Democrats in the assembly\n    also: [Welsh Liberal Democrat leader]\n  - name: Ramon Diaz\n    title: Chairman of the Presidential Commission on Good Government\n    also: [PCGG Chairman, Chairman of the PCGG]\n";
        let german = "Mike German, deputy leader of the Liberal Democrats in the assembly, claimed that";
        assert_eq!(
            flagged(yaml, german),
            title_flag(
                "deputy leader of the Liberal Democrats in the assembly",
                "leader of the Liberal Democrats in the assembly"
            )
        );
        assert!(flagged(yaml, &german.replace("deputy ", "")).is_empty());
        let diaz = "Ramon Diaz, Vice Chairman of the Presidential Commission on Good\nGovernment (PCGG) told Reuters";
        assert_eq!(
            flagged(yaml, diaz),
            title_flag(
                "Vice Chairman of the Presidential Commission",
                "Chairman of the Presidential Commission"
            )
        );
        assert_eq!(
            m("acting chief economist", "chief economist at Morgan Stanley"),
            FormMatch::Differs
        );
        assert_eq!(
            m(
                "assistant secretary of the treasury",
                "assistant secretary of the treasury for tax policy"
            ),
            FormMatch::Agrees
        );
    }

    #[test]
    fn a_complement_left_out_after_its_preposition_is_no_post_cut_short() {
        // reuters21578/12443.txt as published
        let yaml = "people:\n  - name: Ramon Diaz\n    title: Chairman of the Presidential Commission on Good Government\n    also: [PCGG Chairman, Chairman of the PCGG]\n";
        let text = "Ramon Diaz, Chairman of the Presidential Commission on Good\nGovernment (PCGG) told Reuters";
        assert!(flagged(yaml, text).is_empty());
        assert_eq!(
            m(
                "Chairman of the Presidential Commission",
                "Chairman of the Presidential Commission on Good Government"
            ),
            FormMatch::Agrees
        );
        assert_eq!(m("Deputy Finance", "Deputy Finance Minister"), FormMatch::Differs);
    }

    #[test]
    fn an_owner_in_front_of_a_title_read_from_its_start_is_set_aside() {
        // reuters21578/00903.txt and 21532.txt name Solita Monsod, the Economic Planning
        // Secretary; the apposition is a wire's usual "the government's chief economic planner"
        let yaml = "people:\n  - name: Solita Monsod\n    aliases: [Monsod]\n    title: Economic Planning Secretary\n    also: [chief economic planner]\n";
        let text = "Monsod, the government's chief economic adviser, stressed that";
        assert_eq!(
            flagged(yaml, text),
            title_flag(
                "government's chief economic adviser",
                "government's chief economic planner"
            )
        );
        assert!(flagged(yaml, &text.replace("adviser", "planner")).is_empty());
        assert_eq!(
            m("the company's chief executive", "chief executive of BT Wholesale"),
            FormMatch::Agrees
        );
    }

    #[test]
    fn a_nationality_in_front_agrees_where_no_form_names_a_country() {
        // bbc/sport/075.txt: a champion of one event who holds a title of another too
        let yaml =
            "people:\n  - name: Ian Dale\n    title: world indoor champion\n    also: [Olympic relay champion]\n";
        for text in [
            "Britain's world indoor champion Ian Dale won.",
            "British world indoor champion Ian Dale won.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
        assert_eq!(
            found(yaml, "Britain's European indoor champion Ian Dale won."),
            one("title-mismatch", "Britain's European indoor champion")
        );
        // a form naming a country: another country in front is another side
        let prop = "people:\n  - name: Ian Dale\n    title: Bath prop\n    also: [prop, England prop]\n";
        assert_eq!(
            found(prop, "He joins Wales prop Ian Dale."),
            one("title-mismatch", "Wales prop")
        );
    }

    #[test]
    fn a_country_written_another_way_or_a_party_before_it_agrees() {
        // reuters21578/18867.txt, 15549.txt, 21423.txt, 17272.txt, 15171.txt, 00193.txt, 07406.txt
        let agree = [
            ("Britain's Defence Minister", "U.K. Defence Minister"),
            ("Bonn's finance minister", "West German Finance Minister"),
            ("Kremlin leader", "Soviet leader"),
            ("CDU Finance Minister", "West German Finance Minister"),
            ("Conservative Chancellor", "British Chancellor"),
            ("Presidential spokesman", "White House spokesman"),
            ("USDA Secretary", "U.S. Agriculture Secretary"),
            (
                "Nicaraguan foreign trade minister",
                "Nicaraguan External Trade Minister",
            ),
        ];
        for (story, form) in agree {
            assert_eq!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
        let differ = [
            ("French Finance Minister", "West German Finance Minister"),
            ("East German Finance Minister", "West German Finance Minister"),
            ("Labour leader", "Tory leader"),
            ("CDU Economics Minister", "West German Finance Minister"),
        ];
        for (story, form) in differ {
            assert_eq!(m(story, form), FormMatch::Differs, "{story} for {form}");
        }
    }

    #[test]
    fn a_country_or_a_whole_portfolio_left_out_agrees() {
        let agree = [
            ("French minister", "French Farm Minister"),
            ("German minister", "West German Economics Minister"),
            ("Saudi Oil Minister", "Saudi Arabian Oil Minister"),
            ("Saudi Arabia's oil minister", "Saudi Oil Minister"),
            ("federal finance minister", "West German Finance Minister"),
        ];
        for (story, form) in agree {
            assert_eq!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
        let differ = [
            // part of a portfolio, another country, another portfolio, a rank or a body
            ("Foreign Minister", "External Affairs Minister"),
            ("British minister", "French Farm Minister"),
            ("French Trade Minister", "French Farm Minister"),
            ("Minister", "Deputy Finance Minister"),
            ("Deputy Minister", "Deputy Finance Minister"),
            ("Assistant Secretary", "Assistant U.S. Treasury Secretary"),
            ("federal minister", "Federal Reserve Board chairman"),
            ("East German minister", "West German Economics Minister"),
        ];
        for (story, form) in differ {
            assert_ne!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
    }

    #[test]
    fn an_office_of_another_walk_of_life_is_a_namesakes() {
        let minister = "people:\n  - name: Gareth Jones\n    title: Defence Minister\n";
        assert_eq!(flagged(minister, "Wales captain Gareth Jones broke his thumb."), vec![]);
        assert_eq!(flagged(minister, "the coach, Gareth Jones, said."), vec![]);
        assert_eq!(
            flagged(minister, "Mayor Gareth Jones said."),
            title_flag("Mayor", "Defence Minister")
        );
        // a chairman may be a committee's, so an ambassador is another office of the same walk
        assert!(another("Dutch ambassador", "co-chairman"));
        assert!(another("coach", "chief executive"));
        assert!(!another("skipper", "Defence Minister"));
        assert!(!another("police inspector", "Finance Minister"));
        // an office of every walk decides nothing
        assert!(another("spokesman", "minister"));
    }

    #[test]
    fn a_second_post_in_a_relative_clause_after_the_facts_own_is_held_beside_it() {
        // sweep17: reuters21578/19285.txt
        let lukman = "people:\n  - name: Jane Doe\n    title: President\n";
        let text = "OPEC conference president Jane Doe, who is Nigeria's oil minister, said.";
        assert_eq!(flagged(lukman, text), vec![]);
        // another post before the name: the clause is judged as ever
        assert_eq!(
            found(
                lukman,
                "OPEC conference secretary Jane Doe, who is Nigeria's oil minister, said."
            ),
            [
                one("title-mismatch", "secretary"),
                one("title-mismatch", "Nigeria's oil minister")
            ]
            .concat()
        );
        assert_eq!(
            found(lukman, "Jane Doe, who is Nigeria's oil minister, said."),
            one("title-mismatch", "Nigeria's oil minister")
        );
    }

    #[test]
    fn a_successor_is_named_by_the_rank_held_before_the_appointment() {
        // sweep17: reuters21578/01726.txt
        let crow = "people:\n  - name: Jane Doe\n    title: Canada Governor\n";
        let text = "said Bouey who was replaced by\ndeputy governor Jane Doe last month.";
        assert_eq!(flagged(crow, text), vec![]);
        assert_eq!(
            flagged(crow, "Bouey was succeeded by the deputy governor, Jane Doe."),
            vec![]
        );
        assert_eq!(
            flagged(crow, "said deputy governor Jane Doe last month."),
            title_flag("deputy governor", "governor")
        );
    }

    #[test]
    fn a_department_the_sentence_named_before_completes_a_title() {
        // sweep17: reuters21578/10780.txt
        let mulford = "people:\n  - name: Jane Doe\n    title: Assistant U.S. Treasury Secretary\n";
        let text = "Treasury Secretary James Baker and one of his top aides,\nAssistant Secretary Jane Doe, said so.";
        assert_eq!(flagged(mulford, text), vec![]);
        let alone = "One of his top aides, Assistant Secretary Jane Doe, said so.";
        assert_eq!(found(mulford, alone), one("title-mismatch", "Assistant Secretary"));
        // a rank or another department is never read from the sentence
        let rank = "Treasury Secretary James Baker and his aide, Treasury Secretary Jane Doe, said so.";
        assert_eq!(found(mulford, rank), one("title-mismatch", "Treasury Secretary"));
        let other = "Treasury Secretary James Baker and Assistant Commerce Secretary Jane Doe said so.";
        assert_eq!(
            found(mulford, other),
            one("title-mismatch", "Assistant Commerce Secretary")
        );
    }

    #[test]
    fn another_chamber_in_front_of_a_committees_post_is_another_post() {
        // reuters21578/01864.txt, edited: "Senate subcommittee chairman John Dingell, D-Mich"
        let dingell = "people:\n  - name: John Dingell\n    title: Subcommittee chairman\n    also: [House Oversight subcommittee chairman]\n";
        let text = "    Senate subcommittee chairman John Dingell, D-Mich, said he did not know.";
        assert_eq!(
            found(dingell, text),
            one("title-mismatch", "Senate subcommittee chairman")
        );
        for same in ["House subcommittee chairman", "Subcommittee chairman"] {
            assert_eq!(
                found(dingell, &text.replace("Senate subcommittee chairman", same)),
                vec![]
            );
        }
    }

    #[test]
    fn a_quotes_words_complete_no_title_after_it() {
        // bbc/sport/400.txt, edited: "sevens" dropped from the coach's title, the quote before
        // it speaking of the "Sevens World Cups"
        let friday = "people:\n  - name: Mike Friday\n    title: England sevens coach\n    also: [England Sevens coach, sevens coach]\n";
        let text = "\"England have the ability to hold both the 15s and Sevens World Cups at the same time,\" said England coach Mike Friday.";
        assert_eq!(found(friday, text), one("title-mismatch", "England coach"));
        assert_eq!(
            found(friday, &text.replace("England coach", "England sevens coach")),
            vec![]
        );
    }

    #[test]
    fn another_country_before_the_shared_name_of_a_side_is_another_side() {
        // bbc/sport/400.txt, edited: "Scotland sevens coach" for "England sevens coach", the
        // country-less "sevens coach" beside it
        let friday = "people:\n  - name: Mike Friday\n    title: England sevens coach\n    also: [England Sevens coach, sevens coach]\n";
        let text = "\"We can win,\" said Scotland sevens coach Mike Friday.";
        assert_eq!(found(friday, text), one("title-mismatch", "Scotland sevens coach"));
        // a country that opens a company's name, on both sides: another company
        assert!(renames_the_body(
            &title_words("British Steel chairman"),
            &title_words("U.S. Steel chairman")
        ));
        // a country where the form names a company describes the person (bbc/business/111.txt)
        assert!(!renames_the_body(
            &title_words("Dutch non-executive chairman"),
            &title_words("Unilever non-executive chairman")
        ));
    }

    #[test]
    fn a_form_extended_into_a_longer_office_is_another_office() {
        // fresh34 bbc/business/448: "US Attorney" (a district's federal prosecutor) written as
        // "US Attorney General", or as a judge
        let yaml = "people:\n  - name: Ann Roe\n    title: US Attorney\n";
        assert_eq!(found(yaml, "said US Attorney Ann Roe."), []);
        assert_eq!(found(yaml, "said prosecutor Ann Roe."), []);
        assert_eq!(
            found(yaml, "said US Attorney General Ann Roe."),
            one("title-mismatch", "US Attorney General")
        );
        assert_eq!(
            found(yaml, "said Federal Judge Ann Roe."),
            one("title-mismatch", "Federal Judge")
        );
        let m = |a: &str, b: &str| compare_form(&title_words(a), &title_words(b));
        assert_eq!(m("Acme director general", "Acme director"), FormMatch::Differs);
    }

    #[test]
    fn a_longer_phrase_for_the_forms_office_renames_no_body_inside_it() {
        // fresh34 bbc/sport/365: "head" in "Wales head coach" stands where another form writes
        // "national"; "head coach" is the office "coach", so no body is renamed and the form
        // "Wales coach" still agrees
        let coach = "people:\n  - name: Ann Cole\n    title: Wales coach\n    also: [Wales national coach]\n";
        assert_eq!(found(coach, "Wales head coach Ann Cole said."), vec![]);
        assert!(!renames_the_body(
            &title_words("Wales head coach"),
            &title_words("Wales national coach")
        ));
        // a side's name replaced inside the title still renames it
        assert!(renames_the_body(
            &title_words("Wales rugby coach"),
            &title_words("Wales cricket coach")
        ));
        assert_eq!(
            found(coach, "Wales assistant coach Ann Cole said."),
            one("title-mismatch", "Wales assistant coach")
        );
    }

    #[test]
    fn a_chief_heading_a_noun_is_no_rank_of_the_title_after_it() {
        // sweep17: reuters21578/12013.txt
        let minister = "people:\n  - name: Jane Doe\n    title: Finance Minister\n";
        let text = "Yugoslav delegation chief Finance Minister Jane Doe said so.";
        assert_eq!(flagged(minister, text), vec![]);
        assert_eq!(
            flagged(minister, "Yugoslav delegation chief Trade Minister Jane Doe said so."),
            title_flag("Trade Minister", "Finance Minister")
        );
        // a rank that heads no noun stays part of the title
        assert_eq!(
            flagged(minister, "said deputy Finance Minister Jane Doe."),
            title_flag("deputy Finance Minister", "Finance Minister")
        );
    }

    #[test]
    fn a_fix_for_a_misspelt_office_word_puts_only_that_word_right() {
        // sweep17: reuters21578/16343.txt
        let ceo = "people:\n  - name: Jane Doe\n    title: chief executive\n";
        let text = "said Jane Doe, chairman and cheif executive officer.";
        assert_eq!(
            flagged(ceo, text),
            title_flag(
                "chairman and cheif executive officer",
                "chairman and chief executive officer"
            )
        );
        assert_eq!(
            flagged(ceo, "said Acme Cheif Executive Jane Doe."),
            title_flag("Acme Cheif Executive", "Acme Chief Executive")
        );
        assert_eq!(in_the_case_of("CHEIF", "chief"), "CHIEF");
    }

    #[test]
    fn a_fix_for_another_office_keeps_the_body_the_copy_named() {
        // sweep17: reuters21578/05136, 06340, 08091, 08449
        let chair = "people:\n  - name: Jane Doe\n    title: Chairman\n";
        assert_eq!(
            flagged(chair, "said Jane Doe, president of the Bank of Montreal."),
            title_flag("president of the Bank of Montreal", "Chairman of the Bank of Montreal")
        );
        assert_eq!(
            flagged(chair, "the company of San Miguel president Jane Doe, he said."),
            title_flag("San Miguel president", "San Miguel Chairman")
        );
        assert_eq!(
            another_office_fix("San Miguel's president", "Chairman"),
            "San Miguel's Chairman"
        );
        // a portfolio after the office is part of it; a form's own body replaces the copy's
        assert_eq!(another_office_fix("minister of finance", "Chairman"), "Chairman");
        assert_eq!(
            another_office_fix("president of the Bank of Montreal", "Globex Chairman"),
            "Globex Chairman"
        );
        assert_eq!(
            another_office_fix("president of the Bank of Montreal", "chairman of Acme"),
            "chairman of Acme"
        );
    }

    #[test]
    fn a_post_held_beside_another_is_no_other_office() {
        let lukman = "people:\n  - name: Jane Doe\n    title: OPEC President\n";
        let text = "OPEC President Jane Doe, who is also Nigerian Oil Minister, said.";
        assert_eq!(flagged(lukman, text), vec![]);
        assert_eq!(
            flagged(lukman, "Jane Doe, who is Nigerian Oil Minister, said."),
            title_flag("Nigerian Oil Minister", "OPEC President")
        );
        // close to the form but wrong is still a mismatch
        assert_eq!(
            flagged(lukman, "Jane Doe, who is also OPEC Vice President, said."),
            title_flag("OPEC Vice President", "OPEC President")
        );
        // reuters21578/06994: "Leo Tindemans, current president of the EC Council"
        let text = "Jane Doe,\ncurrent president of the EC Council of Ministers, said.";
        assert_eq!(
            flagged(
                "people:\n  - name: Jane Doe\n    title: Belgian Foreign Minister\n",
                text
            ),
            vec![]
        );
        // reuters21578/05891: the facts' post named before the comma, a second one after it
        let chairman = "people:\n  - name: Jane Doe\n    title: Committee Chairman\n";
        assert_eq!(
            flagged(
                chairman,
                "The committee's bill and its chairman, Senator Jane Doe, said."
            ),
            vec![]
        );
        assert_eq!(
            flagged(chairman, "The bill and its sponsor, Senator Jane Doe, said."),
            title_flag("Senator", "Committee Chairman")
        );
        assert_eq!(
            flagged(chairman, "its chairman, Committee Chairmen Jane Doe, said."),
            title_flag("Committee Chairmen", "Committee Chairman")
        );
        // a name before the comma is no post: an apposition after it is judged as ever
        assert_eq!(
            flagged(chairman, "said Committee Chairman Jane Doe, the party's treasurer."),
            title_flag("party's treasurer", "Committee Chairman")
        );
        let mp = "people:\n  - name: Jane Doe\n    title: Conservative MP\n    also: [editor]\n";
        assert_eq!(
            flagged(mp, "the magazine's editor, Conservative MEP Jane Doe, said."),
            title_flag("Conservative MEP", "Conservative MP")
        );
    }

    #[test]
    fn a_members_rank_agrees_with_a_post_in_the_body() {
        let bentsen = "people:\n  - name: Jane Doe\n    title: Senate Finance Committee Chairman\n";
        assert_eq!(flagged(bentsen, "Texas Democratic Senator Jane Doe said."), vec![]);
        assert_eq!(
            flagged(bentsen, "Governor Jane Doe said."),
            title_flag("Governor", "Senate Finance Committee Chairman")
        );
        // a rank of another body is another office; a form naming no office holds none
        assert!(another("Congressman", "Senate Finance Committee Chairman"));
        assert!(!another("Senator", "Senate Finance Committee Chairman"));
        assert!(!another("White House chief of staff", "Senate Republican leader"));
    }

    #[test]
    fn a_title_after_a_word_of_degree_and_an_article_is_a_predicate() {
        let brown = "people:\n  - name: Gordon Brown\n    title: Chancellor\n";
        for text in [
            "just how good a prime minister Gordon Brown will make.",
            "It is such a prime minister Gordon Brown wants to be.",
        ] {
            assert_eq!(flagged(brown, text), vec![], "{text}");
        }
        // an article alone opens no predicate
        assert_eq!(
            flagged(brown, "It names a prime minister Gordon Brown."),
            title_flag("prime minister", "Chancellor")
        );
    }

    #[test]
    fn a_former_post_the_facts_do_not_know_is_judged_for_its_slips_only() {
        let baker = "people:\n  - name: Howard Baker\n    title: Senate Republican leader\n";
        assert_eq!(
            flagged(baker, "said former Senate majority leader Howard Baker."),
            vec![]
        );
        assert_eq!(
            flagged(baker, "said former deputy Senate Republican leader Howard Baker."),
            vec![]
        );
        assert_eq!(
            flagged(baker, "said former Senate Republican laeder Howard Baker."),
            title_flag("former Senate Republican laeder", "Senate Republican leader")
        );
        // a post the facts know has ended: "former" is compared with it
        let ended = "published: 2020-01-01\npeople:\n  - name: Howard Baker\n    title: Senate Republican leader\n    until: 1985-01-03\n";
        assert_eq!(
            flagged(ended, "said former Senate majority leader Howard Baker."),
            title_flag("former Senate majority leader", "former Senate Republican leader")
        );
    }

    #[test]
    fn a_title_before_a_comma_names_a_post_not_only_a_body() {
        let rod = "people:\n  - name: David Rod\n    title: USX chairman\n";
        assert_eq!(
            flagged(rod, "In a speech to the Economic Club of Detroit, David Rod said."),
            vec![]
        );
        assert_eq!(
            flagged(rod, "In a speech, the USX vice chairman, David Rod, said."),
            title_flag("USX vice chairman", "USX chairman")
        );
    }

    #[test]
    fn a_year_after_the_name_within_the_post_dates_the_title() {
        let carter = "published: 1987-06-02\npeople:\n  - name: Jimmy Carter\n    posts:\n      - title: President\n        from: 1977-01-20\n        until: 1981-01-20\n";
        assert_eq!(
            flagged(carter, "Volcker, appointed by President Jimmy Carter in 1979, said."),
            vec![]
        );
        let sitting = "published: 1980-06-02\npeople:\n  - name: Jimmy Carter\n    title: President\n";
        let codes: Vec<String> = (flagged(sitting, "a plan of former President Jimmy Carter in 1977"))
            .into_iter()
            .map(|(code, _, _)| code)
            .collect();
        assert_eq!(codes, ["stale-title"]);
        for text in [
            "Volcker, appointed by President Jimmy Carter in 1985, said.",
            "Volcker met President Jimmy Carter on Monday.",
        ] {
            let codes: Vec<String> = flagged(carter, text).into_iter().map(|(code, _, _)| code).collect();
            assert_eq!(codes, ["stale-title"], "{text}");
        }
    }

    #[test]
    fn a_fix_does_not_start_inside_a_compound_post() {
        // bbc/business/006.txt, bbc/politics/273.txt
        assert_eq!(
            form_from_story_start("economy minister", "Fiscal Policy Minister"),
            "Fiscal Policy Minister"
        );
        assert_eq!(
            form_from_story_start("courts minister", "Constitutional Affairs Minister"),
            "Constitutional Affairs Minister"
        );
        assert_eq!(
            form_from_story_start("farm minister", "Livestock Development Minister"),
            "Livestock Development Minister"
        );
        assert_eq!(
            form_from_story_start("Finance Minister", "Belgian Prime Minister"),
            "Prime Minister"
        );
    }

    #[test]
    fn a_descriptor_a_ranked_group_a_country_left_out_or_another_order_agree() {
        // sweep10b: reuters21578/12744.txt, bbc/politics/134.txt, 01270.txt, 17598.txt,
        // 09864.txt, 11437.txt, 10124.txt, 20045.txt
        let agree = [
            ("Labour opposition leader", "Labour leader"),
            ("Chief police officers spokesman", "spokesman"),
            ("Assistant Treasury Secretary", "Assistant U.S. Treasury Secretary"),
            ("U.S. Treasury Assistant Secretary", "Assistant U.S. Treasury Secretary"),
            ("Treasury Assistant Secretary", "Assistant U.S. Treasury Secretary"),
            ("British Farm Minister", "British Agriculture Minister"),
            ("French Agricultural Minister", "French Farm Minister"),
            ("Economics Minister", "Economy Minister"),
            ("Democratic committee chairman", "House Budget Committee Chairman"),
            ("PCA chairman", "Philippine Coconut Authority Chairman"),
            ("U.S. Department of Agriculture Secretary", "U.S. Agriculture Secretary"),
        ];
        for (story, form) in agree {
            assert_eq!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
        let differ = [
            ("Labour opposition deputy leader", "Labour leader"),
            ("Chief spokesman", "spokesman"),
            ("Treasury Secretary", "Assistant U.S. Treasury Secretary"),
            ("British Treasury Secretary", "U.S. Treasury Secretary"),
            ("Deputy Chief Constable", "Chief Deputy Constable"),
            ("PCB chairman", "Philippine Coconut Authority Chairman"),
            ("U.S. Treasury", "U.S. Secretary of the Treasury"),
            ("Republican committee chairman", "Democratic Budget Committee Chairman"),
            ("Democratic deputy chairman", "House Budget Committee Chairman"),
            ("Labour Minister", "Finance Minister"),
        ];
        for (story, form) in differ {
            assert_eq!(m(story, form), FormMatch::Differs, "{story} for {form}");
        }
    }

    #[test]
    fn a_function_with_a_countrys_word_is_that_countrys_office() {
        // sweep10b: bbc/politics/209.txt, bbc/business/008.txt; reuters21578/06989.txt
        let agree = [
            ("British foreign minister", "Foreign Secretary"),
            ("UK finance minister", "Chancellor"),
            ("Britain's finance minister", "Chancellor of the Exchequer"),
            ("British Defence Secretary", "U.K. Defence Minister"),
            ("U.S. foreign minister", "Secretary of State"),
        ];
        for (story, form) in agree {
            assert_eq!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
        // without the country, or with another, the function is read as written
        let not = [
            ("finance minister", "Chancellor"),
            ("West German finance minister", "Chancellor"),
            ("British foreign minister", "Home Secretary"),
            ("British deputy foreign minister", "Foreign Secretary"),
        ];
        for (story, form) in not {
            assert_ne!(m(story, form), FormMatch::Agrees, "{story} for {form}");
        }
        let brown = "people:\n  - name: Gordon Brown\n    title: Chancellor\n";
        let text = "hosted by UK finance minister Gordon Brown on Friday.";
        assert_eq!(flagged(brown, text), vec![]);
        let text = "hosted by UK foreign minister Gordon Brown on Friday.";
        assert_eq!(flagged(brown, text), title_flag("UK foreign minister", "Chancellor"));
    }

    #[test]
    fn a_role_after_a_titled_persons_possessive_is_no_post() {
        // sweep10b: reuters21578/20614.txt
        let miller = "people:\n  - name: James Miller\n    title: Budget Director\n";
        let text = "Similarly, President Reagan's budget manager, James Miller, said.";
        assert_eq!(flagged(miller, text), vec![]);
        let text = "Similarly, budget manager James Miller said.";
        assert_eq!(flagged(miller, text), title_flag("budget manager", "Budget Director"));
    }

    #[test]
    fn a_fix_keeps_the_forms_rank_and_a_bodys_whole_name() {
        // sweep10b: reuters21578/17598.txt, 20045.txt
        assert_eq!(
            form_from_story_start("U.S. Treasury Deputy Secretary", "Assistant U.S. Treasury Secretary"),
            "Assistant U.S. Treasury Secretary"
        );
        assert_eq!(
            form_from_story_start("PCB chairman", "Philippine Coconut Authority Chairman"),
            "Philippine Coconut Authority Chairman"
        );
    }

    #[test]
    fn a_fix_keeps_the_copys_owner_where_the_form_names_none() {
        assert_eq!(form_from_story_start("Acme president", "Chairman"), "Acme Chairman");
        assert_eq!(
            form_from_story_start("Acme Foods' president", "chief executive"),
            "Acme Foods' chief executive"
        );
        assert_eq!(
            form_from_story_start("Japanese Trade Minister", "Industry Minister"),
            "Japanese Industry Minister"
        );
        assert_eq!(
            form_from_story_start("French president", "Prime Minister"),
            "French Prime Minister"
        );
        assert_eq!(
            form_from_story_start("Liberal Democrat's home affairs spokesman", "Treasury spokesman"),
            "Liberal Democrat's Treasury spokesman"
        );
        // the form's own owner replaces the copy's; a portfolio is no owner
        assert_eq!(
            form_from_story_start("Acme president", "Globex Chairman"),
            "Globex Chairman"
        );
        assert_eq!(
            form_from_story_start("Acme president", "Central Bank President"),
            "Central Bank President"
        );
        assert_eq!(
            form_from_story_start("Labour Minister", "Employment Minister"),
            "Employment Minister"
        );
    }

    /// (code, flagged words) of each finding of `text` against `yaml`.
    fn found(yaml: &str, text: &str) -> Vec<(String, String)> {
        flagged(yaml, text)
            .into_iter()
            .map(|(code, words, _)| (code, words))
            .collect()
    }

    fn one(code: &str, words: &str) -> Vec<(String, String)> {
        vec![(code.into(), words.into())]
    }

    #[test]
    fn an_apposition_ends_before_a_preposition_and_a_time_phrase_dates_it() {
        // fresh10 bbc/entertainment/271.txt; fresh7 reuters-00854.txt
        let renner = "people:\n  - name: Tim Renner\n    title: head of Universal Music Germany\n";
        let text = "said Tim Renner, the deputy head of Universal Music Germany until last year.";
        assert_eq!(
            found(renner, text),
            one("title-mismatch", "deputy head of Universal Music Germany")
        );
        let text = "said Tim Renner, the head of Universal Music Germany until last year.";
        assert_eq!(found(renner, text), vec![]);
        let regan = "published: 1987-03-02\npeople:\n  - name: Donald Regan\n    aliases: [Regan]\n    posts:\n      - title: Treasury Secretary\n        from: 1981-01\n        until: 1985-02\n";
        let text = "Regan, Treasury Secretary during the first term, was formerly head of Merrill Lynch.";
        assert_eq!(found(regan, text), vec![]);
        let text = "Regan, Treasury Secretary, was formerly head of Merrill Lynch.";
        assert_eq!(found(regan, text), one("stale-title", "Treasury Secretary"));
    }

    #[test]
    fn an_apposition_ends_before_a_second_description_and_a_word_describing_the_person_is_set_aside() {
        // reuters21578/00178.txt
        let regan = "published: 1987-02-26\npeople:\n  - name: Donald Regan\n    aliases: [Regan]\n    posts:\n      \
            - title: Treasury Secretary\n        from: 1981-01-22\n        until: 1985-02-01\n      \
            - title: Wall Street executive\n        until: 1981-01\n";
        let text = "It criticised Regan, a gruff Wall Street executive and close personal friend of the President.";
        assert_eq!(found(regan, text), one("stale-title", "Wall Street executive"));
        for text in [
            "It criticised Regan, a gruff former Wall Street executive and close personal friend of the President.",
            "It criticised Regan, a gruff former Treasury Secretary, for his rule.",
        ] {
            assert_eq!(found(regan, text), vec![], "{text}");
        }
    }

    #[test]
    fn an_apposition_opening_with_a_known_persons_possessive_is_read() {
        // bbc/sport/481.txt
        let yaml = "people:\n  - name: Brad Gilbert\n    aliases: [Gilbert]\n    title: coach\n  \
            - name: Andy Roddick\n    aliases: [Roddick]\n    title: tennis player\n";
        let text = "Andy Roddick spoke. Gilbert, Roddick's hitting partner, said it was over.";
        assert_eq!(found(yaml, text), one("title-mismatch", "Roddick's hitting partner"));
        let text = "Andy Roddick spoke. Gilbert, Roddick's coach, said it was over.";
        assert_eq!(found(yaml, text), vec![]);
    }

    #[test]
    fn a_misspelt_title_before_a_comma_and_a_profession_given_an_office_disagree() {
        // fresh10 bbc/politics/141.txt, reuters21578/19285.txt
        let mansfield = "people:\n  - name: Guy Mansfield\n    title: chairman of the Bar Council\n";
        let text = "The chairmen of the Bar Council, Guy Mansfield QC, warned.";
        assert_eq!(found(mansfield, text).len(), 1, "{:?}", found(mansfield, text));
        let text = "The chairman of the Bar Council, Guy Mansfield QC, warned.";
        assert_eq!(found(mansfield, text), vec![]);
        let ilacqua =
            "people:\n  - name: Rosario Ilacqua\n    title: analyst with L.F. Rothschild\n    also: [analyst]\n";
        let text = "said Rosario Ilacqua,\nspokesman with L.F. Rothschild.";
        assert_eq!(
            found(ilacqua, text),
            one("title-mismatch", "spokesman with L.F. Rothschild")
        );
        let text = "said Rosario Ilacqua,\nanalyst with L.F. Rothschild.";
        assert_eq!(found(ilacqua, text), vec![]);
    }

    #[test]
    fn a_past_post_named_otherwise_beside_a_career_of_posts_disagrees() {
        // fresh10 bbc/politics/141.txt, bbc/sport/181.txt
        // reuters21578/03523: "Ex-Im" is the Export-Import Bank, no former post
        let tanaka = "people:\n  - name: Jane Doe\n    title: Ex-Im Bank President\n";
        assert_eq!(found(tanaka, "Ex-Im Bank President Jane Doe said."), vec![]);
        assert_eq!(found(tanaka, "Ex-Im President Jane Doe said."), vec![]);
        assert_eq!(
            found(tanaka, "Ex-Im Bank Vice President Jane Doe said."),
            one("title-mismatch", "Ex-Im Bank Vice President")
        );
        let hogg = "published: 2005-01-27\npeople:\n  - name: Douglas Hogg\n    posts:\n      - title: Agriculture Minister\n        also: [minister, ex-minister]\n        from: 1995-07-05\n        until: 1997-05-02\n";
        assert_eq!(
            found(hogg, "Tory ex-chancellor Douglas Hogg said."),
            one("title-mismatch", "ex-chancellor")
        );
        assert_eq!(found(hogg, "Tory ex-minister Douglas Hogg said."), vec![]);
        let desailly = "published: 2005-02-21\npeople:\n  - name: Marcel Desailly\n    aliases: [Desailly]\n    posts:\n      - title: Chelsea captain\n        also: [captain]\n        from: 2000-08\n        until: 2004-05-30\n";
        assert_eq!(
            found(desailly, "Former Arsenal captain Desailly said."),
            one("title-mismatch", "Former Arsenal captain")
        );
        assert_eq!(found(desailly, "Former Chelsea captain Desailly said."), vec![]);
        // reuters21578/07500.txt: "But Pentagon spokesman Fred Hoffmann said"; the White House
        // is a body as the Pentagon is, so a bare "spokesman" shields neither
        let hoffmann = "people:\n  - name: Fred Hoffmann\n    title: Pentagon spokesman\n    also: [spokesman]\n";
        assert_eq!(
            found(hoffmann, "But White House spokesman Fred Hoffmann said."),
            one("title-mismatch", "White House spokesman")
        );
        assert_eq!(found(hoffmann, "But Pentagon spokesman Fred Hoffmann said."), vec![]);
        assert_eq!(found(desailly, "Former captain Desailly said."), vec![]);
    }

    #[test]
    fn title_words_before_an_alias_that_opens_with_a_title_word_are_one_title_with_it() {
        // reuters21578/01908.txt: "Republicans in Congress hailed President Reagan's speech"
        let yaml = "published: 1987-03-04\npeople:\n  - name: Ronald Reagan\n    aliases: [Reagan, President Reagan]\n    title: President\n  - name: Robin Roe\n    aliases: [Lord Roe]\n    honorific: Lord\n    title: Cabinet Secretary\n";
        assert_eq!(
            found(yaml, "They hailed Vice President Reagan's speech."),
            one("title-mismatch", "Vice President")
        );
        assert_eq!(
            found(yaml, "They hailed former President Reagan's speech."),
            one("stale-title", "former President")
        );
        for text in [
            "They hailed President Reagan's speech.",
            "They hailed U.S. President Reagan's speech.",
            "Cabinet Secretary Lord Roe said so.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_commodity_or_a_part_of_the_play_before_the_post_is_its_domain() {
        // reuters21578/12208.txt "coffee analyst with Elders Futures"; bbc/sport/404.txt
        // "defensive coach Mike Ford"
        let yaml = "people:\n  - name: William O'Neill\n    title: coffee analyst with Elders Futures\n    also: [coffee analyst, analyst]\n  - name: Mike Ford\n    title: defensive coach\n    also: [defence coach]\norganisations:\n  - name: Elders Futures\n";
        assert_eq!(
            found(yaml, "said William O'Neill, sugar analyst with Elders Futures."),
            one("title-mismatch", "sugar analyst with Elders Futures")
        );
        assert_eq!(
            found(yaml, "Ireland, with attack coach Mike Ford taking charge, won."),
            one("title-mismatch", "attack coach")
        );
        for text in [
            "said William O'Neill, coffee analyst with Elders Futures.",
            "Ireland, with defensive coach Mike Ford taking charge, won.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn an_employer_after_the_name_is_judged_with_the_post_before_it() {
        // bbc/business/307.txt: "said analyst Jason Kenney at ING."
        let yaml = "people:\n  - name: Jason Kenney\n    aliases: [Kenney]\n    title: analyst at ING\n    also: [ING analyst, analyst]\n";
        let said = |employer: &str| {
            format!("\"I think people were over-ambitious,\" said analyst Jason Kenney at {employer}.")
        };
        for employer in ["ING", "ING Barings", "Monday's briefing"] {
            assert_eq!(found(yaml, &said(employer)), [], "{employer}");
        }
        assert_eq!(found(yaml, &said("ABN Amro")), one("title-mismatch", "at ABN Amro"));
        // reuters21578/17070.txt: "Political science professor Rei Shiratori of Dokkyo
        // University": after "of", a subject or a place as often as an employer
        let yaml = "people:\n  - name: Rei Shiratori\n    title: professor of political science\n";
        let text = "Political science professor Rei Shiratori of Dokkyo University said so.";
        assert_eq!(found(yaml, text), []);
    }

    #[test]
    fn a_sector_of_technology_before_an_analyst_is_its_beat() {
        // bbc/tech/193.txt: "said Stephen Baker, a consumer electronics analyst with retail
        // research firm NPD Group"
        let yaml = "people:\n  - name: Stephen Baker\n    aliases: [Baker]\n    title: consumer electronics analyst with retail research firm NPD Group\n    also: [consumer electronics analyst, analyst]\n";
        let said = |title: &str| {
            format!(
                "\"A lot of this is driven by it,\" said Stephen Baker, a {title} with retail research firm NPD Group."
            )
        };
        assert_eq!(found(yaml, &said("consumer electronics analyst")), []);
        assert_eq!(
            found(yaml, &said("computer games analyst")),
            one(
                "title-mismatch",
                "computer games analyst with retail research firm NPD Group"
            )
        );
    }

    #[test]
    fn an_abbreviated_rank_is_a_title_for_a_person_whose_titles_give_one() {
        // reuters21578/01908.txt: "his boss Adm. John Poindexter"
        let yaml = "people:\n  - name: John Poindexter\n    aliases: [Poindexter]\n    title: Adm.\n    also: [Admiral, Vice Admiral]\n  - name: Ann Cole\n    title: Senator\n";
        assert_eq!(found(yaml, "He and his boss Gen. John Poindexter left.").len(), 1);
        assert_eq!(
            found(yaml, "He and his boss Gen. John Poindexter left.")[0].0,
            "title-mismatch"
        );
        for text in ["He and his boss Adm. John Poindexter left.", "He met Gen. Ann Cole."] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_rank_abbreviated_in_several_words_is_read_whole_and_another_rank_disagrees() {
        // reuters21578/03590.txt: "early testimony from Lt. Col. Oliver North and John
        // Poindexter", "a third key figure, retired Air Force\nMaj. Gen. Richard Secord"
        let yaml = "people:\n  - name: Oliver North\n    aliases: [North]\n    title: Lt. Col.\n    also: [Lieutenant Colonel]\n  - name: John Poindexter\n    aliases: [Poindexter]\n  - name: Richard Secord\n    aliases: [Secord]\n    title: retired Air Force Maj. Gen.\n    also: [Air Force Maj. Gen., Maj. Gen., Major General]\n";
        let north = |rank: &str| format!("to force early testimony from {rank} Oliver North and John\nPoindexter.");
        let secord = |service: &str, rank: &str| {
            format!(
                "immunity for a third key figure, retired {service}\n{rank} Richard Secord, a close North associate."
            )
        };
        for (text, written) in [
            (north("Lt. Gen."), "Lt. Gen."),
            (north("Col."), "Col."),
            (secord("Air Force", "Brig. Gen."), "retired Air Force\nBrig. Gen."),
            (secord("Army", "Maj. Gen."), "retired Army\nMaj. Gen."),
        ] {
            assert_eq!(found(yaml, &text), one("title-mismatch", written), "{text}");
        }
        // the ranks as the facts give them, spelt out, and a general's abbreviation before a
        // person the facts give no rank
        for text in [
            north("Lt. Col."),
            north("Lieutenant Colonel"),
            secord("Air Force", "Maj. Gen."),
            "to force early testimony from Lt. Col. Oliver North and Gen. John\nPoindexter.".to_string(),
        ] {
            assert_eq!(found(yaml, &text), vec![], "{text}");
        }
    }

    #[test]
    fn a_solicitor_and_a_barrister_are_two_trades_and_each_a_lawyer() {
        // bbc/politics/160.txt: a QC, a barrister, written as a solicitor
        let yaml = "people:\n  - name: Ian Macrae\n    title: barrister\n";
        assert_eq!(
            found(yaml, "Solicitor Ian Macrae quit on Monday."),
            one("title-mismatch", "Solicitor")
        );
        assert_eq!(found(yaml, "Lawyer Ian Macrae quit on Monday."), []);
    }

    #[test]
    fn a_touch_judge_and_a_referee_are_two_offices() {
        // bbc/sport/404.txt: "Referee Jonathan Kaplan", "Simon McDowell, the touch judge who"
        let yaml = "people:\n  - name: Jonathan Kaplan\n    aliases: [Kaplan]\n    title: Referee\n  - name: Simon McDowell\n    aliases: [McDowell]\n    title: touch judge\n";
        assert_eq!(
            found(yaml, "Touch judge Jonathan Kaplan was not perfect."),
            one("title-mismatch", "Touch judge")
        );
        assert_eq!(
            found(yaml, "It was the same for Simon McDowell, the referee who missed it."),
            one("title-mismatch", "referee")
        );
        for text in [
            "Referee Jonathan Kaplan was not perfect.",
            "It was the same for Simon McDowell, the touch judge who missed it.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn another_chamber_is_another_post_and_not_shielded_by_a_form_without_one() {
        // reuters21578/01908.txt: "Senate Majority Leader Robert Byrd", "former Senate Republican
        // leader Howard Baker"
        let byrd = "published: 1987-03-04\npeople:\n  - name: Robert Byrd\n    aliases: [Byrd]\n    title: Senate Majority Leader\n    also: [Majority Leader]\n  - name: Howard Baker\n    aliases: [Baker]\n    posts:\n      - title: Senate Republican leader\n        also: [Republican leader]\n        from: 1977-01\n        until: 1985-01-03\n      - title: White House chief of staff\n        from: 1987-02-27\n";
        assert_eq!(
            found(byrd, "House Majority Leader Robert Byrd said."),
            one("title-mismatch", "House Majority Leader")
        );
        assert_eq!(
            found(byrd, "He named former House Republican leader Howard Baker."),
            one("title-mismatch", "former House Republican leader")
        );
        for text in [
            "Senate Majority Leader Robert Byrd said.",
            "Majority Leader Robert Byrd said.",
            "He named former Senate Republican leader Howard Baker.",
        ] {
            assert_eq!(found(byrd, text), vec![], "{text}");
        }
    }

    #[test]
    fn another_party_or_body_is_not_shielded_by_a_form_without_one() {
        // round 12: a party replaced before "leader" beside the facts' "opposition leader", a
        // bank replaced after "adviser at" beside a bare "currency adviser"
        let walsh = "published: 1987-03-27\npeople:\n  - name: Sean Walsh\n    aliases: [Walsh]\n    posts:\n      - title: Fine Gael leader\n        also: [leader of Fine Gael, opposition leader]\n        from: 1987-03-21\n";
        assert_eq!(
            found(walsh, "New Fianna Fail leader Sean Walsh said."),
            one("title-mismatch", "New Fianna Fail leader")
        );
        for text in [
            "New Fine Gael leader Sean Walsh said.",
            "Opposition leader Sean Walsh said.",
            "The party's new leader, Sean Walsh, said.",
        ] {
            assert_eq!(found(walsh, text), vec![], "{text}");
        }
        let hale = "people:\n  - name: Ann Hale\n    title: Tory leader\n    also: [opposition leader]\n";
        assert_eq!(
            found(hale, "Labour leader Ann Hale said."),
            one("title-mismatch", "Labour leader")
        );
        assert_eq!(found(hale, "Conservative leader Ann Hale said."), vec![]);
        // a party where the facts name another kind of body describes the person
        let reed = "people:\n  - name: Bob Reed\n    title: Kansas Senator\n    also: [Senator]\n";
        assert_eq!(found(reed, "Republican Senator Bob Reed said."), vec![]);
        assert_eq!(
            found(reed, "Iowa Senator Bob Reed said."),
            one("title-mismatch", "Iowa Senator")
        );
        let brun = "people:\n  - name: Karl Brun\n    title: currency adviser at Swiss Bank Corp\n    also: [currency adviser]\n";
        assert_eq!(
            found(brun, "said Karl Brun, currency adviser at Credit Suisse here."),
            one("title-mismatch", "currency adviser at Credit Suisse here")
        );
        for text in [
            "said Karl Brun, currency adviser at Swiss Bank Corp here.",
            "said Karl Brun, a currency adviser.",
        ] {
            assert_eq!(found(brun, text), vec![], "{text}");
        }
    }

    #[test]
    fn titles_outside_politics_are_read_to_their_employer_and_cut_short_titles_disagree() {
        // round 12 (fresh11 classes): an employer after the person's own preposition
        let kim = "people:\n  - name: Dana Kim\n    title: senior research analyst\n    also: [senior research analyst from stockbroking firm Hoare Govett]\n";
        for (text, words) in [
            (
                "said Dana Kim, senior research analyst from stockbroking firm Cazenove.",
                "senior research analyst from stockbroking firm Cazenove",
            ),
            (
                "said Dana Kim, chief investment officer from stockbroking firm Hoare Govett.",
                "chief investment officer from stockbroking firm Hoare Govett",
            ),
            (
                "said Dana Kim, senior research from stockbroking firm Hoare Govett.",
                "senior research from stockbroking firm Hoare Govett",
            ),
        ] {
            assert_eq!(found(kim, text), one("title-mismatch", words), "{text}");
        }
        assert_eq!(
            found(
                kim,
                "said Dana Kim, senior research analyst from stockbroking firm Hoare Govett."
            ),
            vec![]
        );
        let park = "people:\n  - name: Lee Park\n    title: senior manager in Nomura's equity group\n    also: [senior manager]\n";
        assert_eq!(
            found(park, "said Lee Park, senior manager in Daiwa's equity group."),
            one("title-mismatch", "senior manager in Daiwa's equity group")
        );
        assert_eq!(
            found(park, "said Lee Park, senior manager in Nomura's equity group."),
            vec![]
        );
        // an office noun dropped, leaving a word of the post, the domain or the body
        let cut = "people:\n  - name: Ruth Bell\n    title: executive producer\n  - name: Tom Hall\n    title: ITV political editor\n  - name: Ann Cole\n    title: Sky economic editor\n  - name: Joe Dunn\n    title: CNN business editor\n  - name: Lars Berg\n    title: Riksbank Governor\norganisations:\n  - name: Riksbank\n";
        for (text, words) in [
            ("The show's executive Ruth Bell said so.", "executive"),
            ("ITV political Tom Hall said so.", "ITV political"),
            ("Sky economic Ann Cole said so.", "Sky economic"),
            ("CNN business Joe Dunn said so.", "CNN business"),
            ("He said Riksbank Lars Berg would stay.", "Riksbank"),
        ] {
            assert_eq!(found(cut, text), one("title-mismatch", words), "{text}");
        }
        for text in [
            "The show's executive producer Ruth Bell said so.",
            "ITV political editor Tom Hall said so.",
            "Sky economic editor Ann Cole said so.",
            "CNN business editor Joe Dunn said so.",
            "He said Riksbank Governor Lars Berg would stay.",
        ] {
            assert_eq!(found(cut, text), vec![], "{text}");
        }
        // another office for a deputy named by the owner's possessive; an employer the run
        // cannot read to its end leaves the title before its preposition
        let dahl = "people:\n  - name: Ove Jensen\n    title: central bank governor\n  - name: Ole Dahl\n    title: central bank vice-governor\n    also: [Jensen's deputy, deputy]\n  - name: Max Weber\n    title: Finance Ministry State Secretary\n  - name: Rui Lopes\n    title: chief economist with Lopes & Filho consultancy\n    also: [chief economist]\n";
        assert_eq!(
            found(dahl, "It may go to Jensen's spokesman, Ole Dahl, a monetarist."),
            one("title-mismatch", "Jensen's spokesman")
        );
        assert_eq!(
            found(
                dahl,
                "said Rui Lopes, chief executive with Lopes & Filho consultancy in Rio."
            ),
            // the ampersand joins the employer's name, so the run reads it whole
            one("title-mismatch", "chief executive with Lopes & Filho consultancy")
        );
        for text in [
            "It may go to Jensen's deputy, Ole Dahl, a monetarist.",
            "said Rui Lopes, chief economist with Lopes & Filho consultancy in Rio.",
            "CDU member Max Weber, the current Finance Ministry State Secretary, said so.",
        ] {
            assert_eq!(found(dahl, text), vec![], "{text}");
        }
    }

    #[test]
    fn another_post_at_the_same_body_a_post_of_its_own_or_a_rank_disagrees() {
        let yaml = "people:\n  - name: Anna Berg\n    title: European Commissioner\n  - name: Tom Reid\n    title: White House Chief of Staff\n  - name: Ana Ruiz\n    title: world number two\n    also: [Wimbledon champion]\n  - name: Joe Lane\n    title: film critic\n    also: [reviews editor]\n  - name: Ken Ito\n    title: Secretary of the Treasury\n    also: [executive council chairman]\n  - name: Lea Voss\n    title: Secretary General\n";
        let cases = [
            (
                "European Commission President Anna Berg spoke.",
                "European Commission President",
            ),
            (
                "White House Press Secretary Tom Reid spoke.",
                "White House Press Secretary",
            ),
            (
                "The national security adviser Tom Reid spoke.",
                "national security adviser",
            ),
            ("He beat world number four Ana Ruiz.", "world number four"),
            ("He beat Wimbledon finalist Ana Ruiz.", "Wimbledon finalist"),
            ("The film critc Joe Lane wrote.", "film critc"),
            ("The reviews Joe Lane wrote.", "reviews"),
            ("The Treasury Ken Ito spoke.", "Treasury"),
            ("The policy council chairman Ken Ito spoke.", "policy council chairman"),
            ("Secretary Lea Voss spoke.", "Secretary"),
        ];
        let got: Vec<_> = cases.iter().map(|(text, _)| found(yaml, text)).collect();
        let want: Vec<_> = cases.iter().map(|(_, words)| one("title-mismatch", words)).collect();
        assert_eq!(got, want);
        for text in [
            "He beat world number two Ana Ruiz.",
            "The European Commissioner Anna Berg spoke.",
            "Secretary-General Lea Voss spoke.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
        let secretary = "people:\n  - name: Lea Voss\n    title: Secretary of State\n";
        assert_eq!(found(secretary, "Secretary Lea Voss spoke."), vec![]);
    }

    #[test]
    fn a_role_after_as_and_a_post_a_verb_gives_its_subject_are_read() {
        let yaml = "published: 2005-02-24\npeople:\n  - name: Ken Ito\n    aliases: [Mr Ito]\n    posts:\n      - title: chief operating officer\n      - title: chairman of Acme\n        from: 2005-04\n";
        let cases = [
            (
                "As chief financial officer, Ken Ito will run it.",
                "title-mismatch",
                "chief financial officer",
            ),
            (
                "As former chief operating officer, Ken Ito will run it.",
                "stale-title",
                "former chief operating officer",
            ),
            (
                "In his new job as Acme president, Mr Ito will run it.",
                "title-mismatch",
                "Acme president",
            ),
            (
                "Mr Ito, who built the firm, will remain president.",
                "title-mismatch",
                "president",
            ),
            (
                "Mr Ito will remain former chief operating officer.",
                "stale-title",
                "former chief operating officer",
            ),
            // bbc/business/485.txt: "Peter Tom, who will remain as Aggregate chief executive,"
            (
                "Mr Ito, who built the firm, will remain as finance director, said so.",
                "title-mismatch",
                "finance director",
            ),
            (
                "Mr Ito is to become chairman of Zeta in April.",
                "title-mismatch",
                "chairman of Zeta",
            ),
            // bbc/entertainment/117.txt: a long clause between the name and its verb
            (
                "Mr Ito, who said he would make no more music after 2003's The Black Album, will become chairman of Zeta in April.",
                "title-mismatch",
                "chairman of Zeta",
            ),
            // a verb is never bridged into a title
            (
                "One critic was Acme president Ken Ito.",
                "title-mismatch",
                "Acme president",
            ),
        ];
        let got: Vec<_> = cases.iter().map(|(text, _, _)| found(yaml, text)).collect();
        let want: Vec<_> = cases.iter().map(|(_, code, words)| one(code, words)).collect();
        assert_eq!(got, want);
        for text in [
            "As chief operating officer, Ken Ito will run it.",
            "Mr Ito, who built the firm, will remain chief operating officer.",
            "Mr Ito, who built the firm, will remain as chief operating officer, said so.",
            // a post not yet begun, taken: its words are judged, not its date
            "Mr Ito is to become chairman of Acme in April.",
            // a description, not the post
            "Mr Ito will become a director of Zeta.",
            "As expected, Ken Ito will run it.",
            // the role of another, in a clause that does not open the sentence
            "Bo Li begins his term as Acme president, Ken Ito has said.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_post_for_a_post_an_office_in_another_rank_or_another_company_disagrees() {
        let yaml = "published: 2005-01-06\npeople:\n  - name: Ann Cole\n    posts:\n      - title: Acme chief executive\n        also: [Acme chief, chief]\n        from: 1999\n  - name: Ben Hart\n    title: Liberal Democrat deputy leader\n  - name: Cy Dunn\n    title: U.S. Steel chairman\n    also: [chairman]\n  - name: Di Ross\n    title: Renault chief executive\n    also: [chairman and chief executive of Renault]\n  - name: Ed Vale\n    title: director\n";
        let cases = [
            (
                "Acme chief financial officer Ann Cole spoke.",
                "Acme chief financial officer",
            ),
            ("Acme chief exective Ann Cole spoke.", "Acme chief exective"),
            (
                "Liberal Democrat deputy chief whip Ben Hart spoke.",
                "Liberal Democrat deputy chief whip",
            ),
            ("Bethlehem Steel chairman Cy Dunn spoke.", "Bethlehem Steel chairman"),
            (
                "Di Ross is to become chairman and chief executive of Nissan.",
                "chairman and chief executive of Nissan",
            ),
            ("He met cinematographer Ed Vale.", "cinematographer"),
        ];
        let got: Vec<_> = cases.iter().map(|(text, _)| found(yaml, text)).collect();
        let want: Vec<_> = cases.iter().map(|(_, words)| one("title-mismatch", words)).collect();
        assert_eq!(got, want);
        for text in [
            "Acme chief Ann Cole spoke.",
            "Acme chief executive officer Ann Cole spoke.",
            "Steel chairman Cy Dunn spoke.",
            "Di Ross is to become chairman and chief executive of Renault.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_post_after_a_past_copula_or_a_noun_of_succession_is_judged_for_its_words() {
        let yaml = "published: 2004-12-09\npeople:\n  - name: Ann Cole\n    posts:\n      - title: chairman of Governor Ray's Council of Advisers\n        from: 1974\n        until: 1977\n      - title: Zeta chief executive\n        from: 1990\n  - name: Bo Li\n    aliases: [Lord Li]\n    honorific: Lord\n    posts:\n      - title: Cabinet Secretary\n        from: 1979\n        until: 1988\n  - name: Cy Dunn\n    title: Zeta chief executive\n";
        let cases = [
            (
                "Ann Cole was vice chairman of Governor Ray's Council of Advisers from 1974.",
                "vice chairman of Governor Ray's Council of Advisers",
            ),
            (
                "Ann Cole, who was also vice chairman of Governor Ray's Council of Advisers, spoke.",
                "vice chairman of Governor Ray's Council of Advisers",
            ),
            (
                "It was backed by his predecessor as Cabinet Secretery, Lord Li.",
                "Cabinet Secretery",
            ),
            // a title before a name after the copula is that name's, as written
            (
                "The winner was Zeta deputy chief executive Cy Dunn.",
                "Zeta deputy chief executive",
            ),
        ];
        let got: Vec<_> = cases.iter().map(|(text, _)| found(yaml, text)).collect();
        let want: Vec<_> = cases.iter().map(|(_, words)| one("title-mismatch", words)).collect();
        assert_eq!(got, want);
        for text in [
            // a post held then is not stale
            "Ann Cole was chairman of Governor Ray's Council of Advisers from 1974.",
            "It was backed by his predecessor as Cabinet Secretary, Lord Li.",
            // a past post the facts do not know, for someone they know no past post of
            "Cy Dunn was chief of staff to the mayor.",
            "Cy Dunn, who was Acme finance director, left.",
            "Cy Dunn was a director of Acme.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
        // a plain title is still judged on the story's date
        assert_eq!(
            found(yaml, "Cabinet Secretary Lord Li spoke."),
            one("stale-title", "Cabinet Secretary")
        );
    }

    #[test]
    fn a_list_of_posts_is_one_title_and_another_post_in_a_listed_form_disagrees() {
        let yaml = "published: 1987-04-01\npeople:\n  - name: Dan Roe\n    posts:\n      - title: chairman, president and chief executive\n        also: [chairman, Acme chairman]\n        until: 1986\n  - name: Eve Fox\n    posts:\n      - title: chairman\n        also: [chairman and chief executive officer, chief executive officer]\n  - name: Gus Hale\n    title: chief executive officer\n  - name: Fay Gold\n    posts:\n      - title: Acme flight attendant\n        until: 1986-11-01\n";
        let cases = [
            (
                "In 1986, Acme's former vice chairman, president and chief executive, Dan Roe, fell ill.",
                "title-mismatch",
                "Acme's former vice chairman, president and chief executive",
            ),
            (
                "In 1986, Acme's former chairman, president and chief financial officer, Dan Roe, fell ill.",
                "title-mismatch",
                "Acme's former chairman, president and chief financial officer",
            ),
            (
                "In 1986, Acme's chairman, president and chief executive, Dan Roe, fell ill.",
                "stale-title",
                "Acme's chairman, president and chief executive",
            ),
            (
                "It was said by president and chief executive officer Eve Fox.",
                "title-mismatch",
                "president and chief executive officer",
            ),
            (
                "He met former Acme pilot Fay Gold.",
                "title-mismatch",
                "former Acme pilot",
            ),
        ];
        let got: Vec<_> = cases.iter().map(|(text, _, _)| found(yaml, text)).collect();
        let want: Vec<_> = cases.iter().map(|(_, code, words)| one(code, words)).collect();
        assert_eq!(got, want);
        for text in [
            "In 1986, Acme's former chairman, president and chief executive, Dan Roe, fell ill.",
            "It was said by chairman and chief executive officer Eve Fox.",
            // a list against a single post: the form may name one of several
            "It was said by president and chief executive officer Gus Hale.",
            "He met former Acme flight attendant Fay Gold.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_teams_positions_are_offices_and_another_country_in_front_is_another_side() {
        // round 15: positions in rugby, a coach written as a manager, a country's side
        assert!(another("hooker", "Bath prop"));
        assert!(another("the Leicester lock", "Leicester flanker"));
        // baseball's positions too (bbc/sport/241.txt: "Chicago Cubs shortstop Nomar Garciaparra")
        assert!(another("Chicago Cubs pitcher", "Chicago Cubs shortstop"));
        assert!(another("catcher", "shortstop"));
        assert!(another("manager", "England coach"));
        assert!(!another("head coach", "England coach"));
        assert!(!another("prop forward", "prop"));
        // a club's chairman is of sport but not of its play: a player of that name is another
        assert!(!another("Bath prop", "Chairman"));
        assert!(another("captain", "coach"));
        let prop = "people:\n  - name: Ian Dale\n    title: Bath prop\n    also: [prop, England prop]\n";
        for (text, words) in [
            ("He joins Bath hooker Ian Dale.", "Bath hooker"),
            ("He joins Gloucester prop Ian Dale.", "Gloucester prop"),
            ("He joins Wales prop Ian Dale.", "Wales prop"),
            // a slip of a four-letter office word: two neighbours swapped
            ("He joins the injured Bath porp Ian Dale.", "Bath porp"),
        ] {
            assert_eq!(found(prop, text), one("title-mismatch", words), "{text}");
        }
        for text in ["He joins England prop Ian Dale.", "He joins prop Ian Dale."] {
            assert_eq!(found(prop, text), vec![], "{text}");
        }
        // a club the facts do not name beside a country's side is no other side
        let cap = "people:\n  - name: Ian Dale\n    title: England prop\n    also: [prop]\n";
        assert_eq!(found(cap, "He joins Bath prop Ian Dale."), vec![]);
        let coach = "people:\n  - name: Ann Cole\n    title: England coach\n    also: [coach, head coach]\n";
        assert_eq!(
            found(coach, "said Ireland coach Ann Cole."),
            one("title-mismatch", "Ireland coach")
        );
        assert_eq!(found(coach, "said England head coach Ann Cole."), vec![]);
        // bbc/sport/377.txt: a rugby wing is a winger, another position than a centre or a
        // full-back
        let centre = "people:\n  - name: Ian Dale\n    title: Ireland centre\n    also: [centre]\n";
        assert_eq!(
            found(centre, "but Ireland wing Ian Dale's pass"),
            one("title-mismatch", "Ireland wing")
        );
        assert!(another("Springbok wing", "Springbok full-back"));
        assert!(misspells_title_word("lcok", "lock"));
        assert!(!misspells_title_word("look", "lock"));
        assert!(!misspells_title_word("prep", "prop"));
    }

    #[test]
    fn an_ampersand_inside_a_bodys_name_stands_in_an_apposition() {
        // bbc/tech/099.txt: "Andrew Nachison, Director of the Media Center," given another body
        let yaml =
            "people:\n  - name: Ann Cole\n    title: Director of the Media Center\n    also: [Media Center director]\n";
        assert_eq!(
            found(yaml, "Ann Cole, Director of Pew Internet & American Life, said."),
            one("title-mismatch", "Director of Pew Internet & American Life")
        );
        assert_eq!(found(yaml, "Ann Cole, Director of the Media Center, said."), vec![]);
    }

    #[test]
    fn a_bodys_initials_in_brackets_before_a_second_post_stand_in_the_apposition() {
        // reuters21578/01724.txt: "Kenneth McCormick, co-chairman of the International Swap
        // Dealers Association (ISDA) and President of Kleinwort Benson Cross Financing Inc,"
        let yaml = "people:\n  - name: Ken Cole\n    title: co-chairman of the International Swap Dealers Association\n    also:\n      - co-chairman of the International Swap Dealers Association (ISDA) and President of Kleinwort Benson Cross Financing Inc\n      - President of Kleinwort Benson Cross Financing Inc\n";
        let text = |posts: &str| {
            format!("Ken Cole, {posts} of the International Swap Dealers Association (ISDA) and President of Kleinwort Benson Cross Financing Inc, said so.")
        };
        assert_eq!(found(yaml, &text("co-chairman")), vec![]);
        assert_eq!(found(yaml, &text("executive director")).len(), 1, "another first post");
        let vice = "Ken Cole, co-chairman of the International Swap Dealers Association (ISDA) and Vice President of Kleinwort Benson Cross Financing Inc, said so.";
        assert_eq!(
            found(yaml, vice),
            one(
                "title-mismatch",
                "co-chairman of the International Swap Dealers Association (ISDA) and Vice President of Kleinwort Benson Cross Financing Inc"
            )
        );
    }

    #[test]
    fn a_bodys_initials_in_brackets_before_the_post_stand_in_the_title_and_name_no_post() {
        // reuters21578/16144.txt, reuters21578/17477.txt
        let yaml = "published: 1987-04-13\npeople:\n  - name: Clint Dale\n    title: Australian Wheat Board chairman\n  - name: Jo Romero\n    title: Philippine Coconut Authority Chairman\n";
        assert_eq!(
            found(yaml, "former Australian Wheat Board (AWB) chairman Clint Dale said."),
            one("stale-title", "former Australian Wheat Board (AWB) chairman")
        );
        for text in [
            "Australian Wheat Board (AWB) chairman Clint Dale said.",
            "Philippine Coconut Authority (PCA) chairman Jo Romero said.",
        ] {
            assert_eq!(found(yaml, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_company_the_wire_marks_with_its_initials_stands_in_a_title_before_the_comma() {
        // reuters21578/09755.txt: "President of <International Telecom Japan Inc> (ITJ), Nobuo
        // Ito, decline to specify": the initials leave out the company's suffix
        let yaml = "people:\n  - name: Nobuo Ito\n    title: President of International Telecom Japan Inc\norganisations:\n  - name: International Telecom Japan Inc\n  - name: International Digital Communications Planning Inc\n";
        let text = |title: &str| format!("Tokyo, March 26 - Rivals met.\n    {title}, Nobuo\nIto, decline to specify.");
        assert_eq!(
            found(yaml, &text("President of <International Telecom Japan Inc> (ITJ)")),
            vec![]
        );
        for title in [
            "Chairman of <International Telecom Japan Inc> (ITJ)",
            "Vice President of <International Telecom Japan Inc> (ITJ)",
            "President of <International Digital Communications Planning Inc> (IDC)",
        ] {
            assert_eq!(found(yaml, &text(title)), one("title-mismatch", title), "{title}");
        }
        // reuters21578/17359.txt: a name inside the marks is the company's, with no title
        let yaml = "people:\n  - name: James Baker\n    aliases: [Baker]\n    title: Treasury Secretary\n";
        let text = "E.H. Clark, chairman of <Baker Hughes Inc>, said the Saudi move.";
        assert_eq!(found(yaml, text), vec![]);
    }

    #[test]
    fn a_committees_clerk_is_another_post_than_its_chairman() {
        // bbc/politics/138.txt: "Edward Leigh, chairman of the Commons public accounts
        // committee," written as its clerk
        let yaml = "people:\n  - name: Ed Lee\n    title: chairman of the Commons public accounts committee\n";
        assert_eq!(
            found(yaml, "Ed Lee, clerk of the Commons public accounts committee, said."),
            one("title-mismatch", "clerk of the Commons public accounts committee")
        );
        assert!(another("clerk", "chairman"));
    }

    #[test]
    fn seats_owners_and_advisers_disagree_with_their_own_kind() {
        // round 15: a councillor for an MP, a party's post for an MP, an accountant for a
        // business adviser, a general manager for an owner
        assert!(another("Manchester Central councillor", "Manchester Central MP"));
        assert!(another("the party's general secretary", "Labour MP"));
        assert!(another("Swansea accountant", "business adviser"));
        assert!(another(
            "the Tampa Bay Buccaneers general manager",
            "Tampa Bay Buccaneers owner"
        ));
        assert!(another("the club's owner", "Newcastle chairman"));
        // a seat is held beside an office
        assert!(!another("Labour MP", "Home Secretary"));
        assert!(!another("MP for Durham", "Europe Minister"));
    }

    #[test]
    fn words_in_front_that_join_the_post_into_another_office_disagree() {
        assert_eq!(
            m("Cheung Kong's managing director", "Cheung Kong's director"),
            FormMatch::Differs
        );
        assert_eq!(m("managing director", "director"), FormMatch::Differs);
        assert_eq!(m("executive producer", "record producer"), FormMatch::Differs);
        assert_eq!(m("Prime Minister", "Minister"), FormMatch::Differs);
        // the same office in more words, or words the form writes there itself
        assert_eq!(m("head coach", "coach"), FormMatch::Agrees);
        assert_eq!(m("non-executive director", "director"), FormMatch::Agrees);
        assert_eq!(
            m("public finance director", "Public Finances Director"),
            FormMatch::Agrees
        );
        assert_eq!(m("Acme finance director", "finance director"), FormMatch::Agrees);
        // bbc/business/140.txt: before a complement both write, the post is what joins
        assert_eq!(
            m(
                "managing director of Sheffield-based consulting group MEPS",
                "director of Sheffield-based consulting group MEPS"
            ),
            FormMatch::Differs
        );
        assert_eq!(m("head coach of Wales", "coach of Wales"), FormMatch::Agrees);
        // bbc/sport/290.txt: "Ireland head coach Eddie O'Sullivan" for "Ireland coach": a side's
        // coach is its head coach, between the side's name and the post too; an assistant, a
        // rank or another side still disagrees
        assert_eq!(m("Ireland head coach", "Ireland coach"), FormMatch::Agrees);
        assert_eq!(m("Ireland assistant coach", "Ireland head coach"), FormMatch::Differs);
        assert_eq!(m("Ireland forwards coach", "Ireland coach"), FormMatch::Differs);
        assert_eq!(m("England head coach", "Ireland coach"), FormMatch::Differs);
        assert_eq!(m("Met chief inspector", "Met inspector"), FormMatch::Differs);
        // bbc/business/479.txt: a form with nothing in front of its post needs no lining up,
        // and a post listed in front is judged against the person's list
        assert_ne!(
            m("president and chief executive officer", "chief executive"),
            FormMatch::Agrees
        );
        assert_eq!(m("research director of MEPS", "director of MEPS"), FormMatch::Agrees);
    }

    #[test]
    fn a_negation_before_a_shared_word_changes_the_office() {
        assert_eq!(m("executive director", "non-executive director"), FormMatch::Differs);
        assert_eq!(
            m("non-executive chairman of Acme", "executive chairman of Acme"),
            FormMatch::Differs
        );
        // with a word the form does not write, it only qualifies the post
        assert_eq!(m("non-executive director", "director"), FormMatch::Agrees);
        let yea = "people:\n  - name: Ann Cole\n    title: non-executive director\n";
        assert_eq!(
            found(yea, "He ousted executive director Ann Cole."),
            one("title-mismatch", "executive director")
        );
        assert_eq!(found(yea, "He ousted non-executive director Ann Cole."), vec![]);
    }

    #[test]
    fn a_member_stands_for_a_seat_of_its_body_but_not_for_its_head() {
        assert_eq!(
            m("Federal Reserve Board member", "Federal Reserve Board Governor"),
            FormMatch::Agrees
        );
        assert_eq!(m("Acme board member", "Acme director"), FormMatch::Agrees);
        assert_eq!(
            m("House Budget Committee member", "House Budget Committee chairman"),
            FormMatch::Differs
        );
        let gray = "people:\n  - name: Ann Cole\n    title: House Budget Committee chairman\n";
        assert_eq!(
            found(gray, "said House Budget Committee member Ann Cole."),
            one("title-mismatch", "House Budget Committee member")
        );
        // a party's member is an affiliation, not another body for the post
        let cdu = "people:\n  - name: Ann Cole\n    title: Finance Ministry State Secretary\norganisations:\n  - name: Christian Democratic Union\n    aliases: [CDU]\n  - name: Finance Ministry\n";
        assert_eq!(found(cdu, "It went to CDU member Ann Cole."), vec![]);
    }

    #[test]
    fn an_office_for_someone_known_only_as_a_member_is_another_post() {
        // reuters21578/17249.txt: "Gaddum, a member of the Bundesbank board and a CDU member
        // who ..."
        let yaml = "people:\n  - name: Johann Wilhelm Gaddum\n    aliases: [Gaddum]\n    title: member of the Bundesbank board\n    also: [Bundesbank board member]\n";
        let said = |title: &str| format!("Gaddum, {title} and a CDU member who sits on the council, said it.");
        assert_eq!(found(yaml, &said("a member of the Bundesbank board")), []);
        assert_eq!(
            found(yaml, &said("the vice president of the Bundesbank")),
            one("title-mismatch", "vice president of the Bundesbank")
        );
        // a seat of the body is no office besides the member's
        assert!(another(
            "vice president of the Bundesbank",
            "member of the Bundesbank board"
        ));
        assert!(!another("Senator", "member of the Senate Banking Committee"));
        assert!(!another("governor", "Federal Reserve Board member"));
    }

    #[test]
    fn an_office_after_a_form_that_names_none_is_another_post() {
        // "Welshman" describes him; "Welsh midfielder" names a position his forms do not
        let bellamy = "people:\n  - name: Ian Dale\n    title: Newcastle striker\n    also: [striker, Welshman]\n";
        assert_eq!(
            found(bellamy, "Newcastle fined their Welsh midfielder Ian Dale."),
            one("title-mismatch", "Welsh midfielder")
        );
        assert_eq!(found(bellamy, "Newcastle fined their Welsh striker Ian Dale."), vec![]);
        let posts = "people:\n  - name: Ian Dale\n    posts:\n      - title: Newcastle striker\n        also: [striker, Welshman]\n        from: 2001\n";
        assert_eq!(
            found(posts, "Newcastle fined their Welsh midfielder Ian Dale."),
            one("title-mismatch", "Welsh midfielder")
        );
    }

    #[test]
    fn positions_ranks_and_roles_of_other_walks_are_read() {
        // a back is a defender; a spinner a bowler; a midfielder is neither
        assert!(!another("England full-back", "defender"));
        assert!(!another("spinner", "bowler"));
        assert!(another("midfielder", "centre-back"));
        assert!(another("all-rounder", "wicketkeeper"));
        // a school's head is an office, a teacher's is an occupation; an executor no executive
        assert!(another("Dance school principal", "dance teacher"));
        assert!(!another("teacher", "headteacher"));
        assert_eq!(m("BT chief executor", "BT chief executive"), FormMatch::Differs);
        let dancers = "people:\n  - name: Ann Cole\n    title: Royal Ballet principal\n  - name: Eve Trew\n    title: Dance teacher\n  - name: Ben Lee\n    title: BT chief executive\n";
        for (text, words) in [
            (
                "Dancers like Royal Ballet soloist Ann Cole came.",
                "Royal Ballet soloist",
            ),
            ("Dance school principal Eve Trew said so.", "Dance school principal"),
            ("BT chief executor Ben Lee said so.", "BT chief executor"),
        ] {
            assert_eq!(found(dancers, text), one("title-mismatch", words), "{text}");
        }
        for text in [
            "Dancers like Royal Ballet principal Ann Cole came.",
            "Dance teacher Eve Trew said so.",
        ] {
            assert_eq!(found(dancers, text), vec![], "{text}");
        }
    }

    #[test]
    fn a_name_describing_the_person_does_not_end_an_apposition() {
        let yaml = "people:\n  - name: Ann Cole\n    title: deputy secretary general of the ruling party\n  - name: Ben Lee\n    aliases: [Lee]\n    title: Prime Minister\n";
        assert_eq!(
            found(
                yaml,
                "Ann Cole, a Lee faction member and secretary general of the ruling party, said."
            ),
            one(
                "title-mismatch",
                "Lee faction member and secretary general of the ruling party"
            )
        );
        assert_eq!(
            found(
                yaml,
                "Ann Cole, a Lee faction member and deputy secretary general of the ruling party, said."
            ),
            vec![]
        );
    }

    #[test]
    fn a_post_with_its_complement_joined_in_front_is_judged() {
        let bud = "people:\n  - name: Ann Cole\n    posts:\n      - title: regulatory head of the MEF\n        also: [regulatory head of the MEF and executive chairman of messaging firm MBlox]\n        from: 2004\n      - title: executive chairman of messaging firm MBlox\n        also: [executive chairman of MBlox]\n        from: 1999\n";
        assert_eq!(
            found(
                bud,
                "said Ann Cole, marketing head of the MEF and executive chairman of MBlox."
            ),
            one(
                "title-mismatch",
                "marketing head of the MEF and executive chairman of MBlox"
            )
        );
        // two posts of hers, the second shortened
        assert_eq!(
            found(
                bud,
                "said Ann Cole, regulatory head of the MEF and executive chairman of MBlox."
            ),
            vec![]
        );
    }

    #[test]
    fn a_rank_written_before_an_office_the_forms_give_unranked_is_another_post() {
        let forms = ["chairman and chief executive of Renault", "Renault chief executive"];
        let forms: Vec<Vec<String>> = forms.iter().map(|f| title_words(f)).collect();
        let forms: Vec<&[String]> = forms.iter().map(Vec::as_slice).collect();
        assert!(names_another_office(&title_words("Renault vice chairman"), &forms));
        assert!(!names_another_office(&title_words("Renault chairman"), &forms));
        // a form that ranks the office in its own words leaves the rank to the word compare
        assert!(!another("Chief Secretary to the Treasury", "Chief Treasury Secretary"));
        assert!(!another("deputy minister of trade", "Vice Minister"));
        let ghosn = "people:\n  - name: Ann Cole\n    title: Renault chief executive\n    also: [chairman and chief executive of Renault]\n";
        assert_eq!(
            found(ghosn, "In her new job as Renault vice chairman, Ann Cole will go."),
            one("title-mismatch", "Renault vice chairman")
        );
        assert_eq!(
            found(ghosn, "In her new job as Renault chairman, Ann Cole will go."),
            vec![]
        );
    }

    #[test]
    fn an_office_abbreviated_before_a_name_is_its_office() {
        // reuters21578/00136.txt: "request of Sen. Jesse Helms (R-N.C.), former chairman of the
        // senate agriculture committee"
        let yaml = "published: 1987-02-26\npeople:\n  - name: Jesse Helms\n    posts:\n      - title: Senator\n        also: [Sen.]\n        from: 1973-01-03\n      - title: chairman of the Senate Agriculture Committee\n        from: 1981-01\n        until: 1987-01\n";
        let text = "request of Sen. Jesse Helms (R-N.C.), former chairman of the\nsenate agriculture committee.";
        assert_eq!(found(yaml, text), []);
        for (text, code, words) in [
            ("request of Rep. Jesse Helms (R-N.C.) said.", "title-mismatch", "Rep."),
            ("request of Gov. Jesse Helms said.", "title-mismatch", "Gov."),
            ("request of former Sen. Jesse Helms said.", "stale-title", "former Sen."),
        ] {
            assert_eq!(found(yaml, text), one(code, words), "{text}");
        }
        // a rank kept whatever the post stays an honorific
        assert_eq!(found(yaml, "request of Gen. Jesse Helms said."), []);
        // reuters21578/03426.txt: "Nebraska Gov. Kay Orr", the form's party left out
        let orr = "people:\n  - name: Kay Orr\n    title: Nebraska Republican Governor\n";
        assert_eq!(
            found(orr, "a rumor that Nebraska\nGov. Kay Orr was considering it."),
            []
        );
        assert_eq!(
            found(orr, "a rumor that Nebraska Senator Kay Orr was."),
            one("title-mismatch", "Nebraska Senator")
        );
        // reuters21578/06006.txt: a seat beside a committee post the facts give alone
        let glickman = "people:\n  - name: Dan Glickman\n    title: Subcommittee Chairman\n";
        assert_eq!(found(glickman, "said U.S. Rep. Dan Glickman, D-Kan., on Monday."), []);
    }

    #[test]
    fn an_apposition_is_read_past_a_party_tag_in_brackets() {
        // reuters21578/00136.txt
        let yaml = "published: 1987-02-26\npeople:\n  - name: Jesse Helms\n    posts:\n      - title: Senator\n        also: [Sen.]\n        from: 1973-01-03\n      - title: chairman of the Senate Agriculture Committee\n        from: 1981-01\n        until: 1987-01\n";
        for (title, code) in [
            ("chairman of the\nsenate agriculture committee", "stale-title"),
            (
                "former vice chairman of the\nsenate agriculture committee",
                "title-mismatch",
            ),
            ("former chairman of the\nsenate finance committee", "title-mismatch"),
            ("former chairman of the\nhouse agriculture committee", "title-mismatch"),
        ] {
            let text = format!("request of Sen. Jesse Helms (R-N.C.), {title}.");
            assert_eq!(found(yaml, &text), one(code, title), "{text}");
        }
    }

    #[test]
    fn a_name_of_two_joined_by_a_slash_stands_in_a_title() {
        // bbc/tech/146.txt: "said Gabrielle Prior, Nielsen/NetRatings analyst."
        let yaml = "people:\n  - name: Gabrielle Prior\n    title: Nielsen/NetRatings analyst\n    also: [analyst]\n  - name: Olivier Beauvillian\n    title: Jupiter Research analyst\n    also: [analyst]\norganisations:\n  - name: Nielsen/NetRatings\n  - name: Jupiter Research\n";
        assert_eq!(found(yaml, "said Gabrielle Prior, Nielsen/NetRatings analyst."), []);
        for (text, code, words) in [
            (
                "said Gabrielle Prior, a former Nielsen/NetRatings analyst.",
                "stale-title",
                "former Nielsen/NetRatings analyst",
            ),
            (
                "said Gabrielle Prior, Nielsen/NetRatings spokeswoman.",
                "title-mismatch",
                "Nielsen/NetRatings spokeswoman",
            ),
            (
                "said Nielsen/NetRatings analyst Olivier Beauvillian.",
                "title-mismatch",
                "Nielsen/NetRatings analyst",
            ),
        ] {
            assert_eq!(found(yaml, text), one(code, words), "{text}");
        }
    }

    #[test]
    fn south_africa_is_a_country_whose_sides_name_is_its_word() {
        // bbc/sport/377.txt: "as captain John Smit had his back to the play"
        let yaml =
            "people:\n  - name: John Smit\n    title: South Africa captain\n    also: [Springbok captain, captain]\n";
        for text in [
            "as Springboks captain John Smit had",
            "as South African captain John Smit had",
        ] {
            assert_eq!(found(yaml, text), [], "{text}");
        }
        assert_eq!(
            found(yaml, "as Ireland captain John Smit had"),
            one("title-mismatch", "Ireland captain")
        );
    }

    #[test]
    fn new_zealand_is_a_country_before_a_coach() {
        // bbc/sport/387.txt: "he had taken soundings from Australia coach Eddie Jones"
        let yaml = "people:\n  - name: Eddie Jones\n    title: Australia coach\n";
        assert_eq!(
            found(yaml, "soundings from New Zealand coach Eddie Jones and"),
            one("title-mismatch", "New Zealand coach")
        );
        let yaml = "people:\n  - name: Graham Henry\n    title: New Zealand coach\n";
        assert_eq!(found(yaml, "said Kiwi coach Graham Henry."), []);
    }

    #[test]
    fn an_art_before_a_critic_is_its_beat_and_another_beat_disagrees() {
        // bbc/entertainment/142.txt: "The Times' music critic Paul Connolly"
        let yaml = "people:\n  - name: Paul Connolly\n    title: music critic\n    also: [Times music critic, The Times' music critic]\n";
        assert_eq!(found(yaml, "was The Times' music critic Paul Connolly, who said"), []);
        assert_eq!(
            found(yaml, "was The Times' film critic Paul Connolly, who said"),
            one("title-mismatch", "Times' film critic")
        );
    }

    #[test]
    fn a_centre_is_another_position_than_a_wing() {
        // bbc/sport/312.txt: "Diminutive wing Shane Williams fielded"
        let yaml = "people:\n  - name: Shane Williams\n    title: wing\n";
        assert_eq!(found(yaml, "Diminutive wing Shane Williams fielded the kick."), []);
        assert_eq!(
            found(yaml, "Diminutive centre Shane Williams fielded the kick."),
            one("title-mismatch", "Diminutive centre")
        );
        // a centre-back is a defender, read as its longer phrase
        let yaml = "people:\n  - name: John Terry\n    title: defender\n";
        assert_eq!(found(yaml, "Chelsea centre-back John Terry said."), []);
    }

    #[test]
    fn a_justice_is_another_office_than_a_judge_and_a_justice_minister_names_a_portfolio() {
        // bbc/business/299.txt: "Yukos lawyer Zack Clement told Judge Clark in an emergency
        // hearing"
        let yaml = "people:\n  - name: Letitia Clark\n    aliases: [Clark]\n    title: Judge\n    also: [US bankruptcy judge]\n";
        assert_eq!(found(yaml, "the lawyer told Judge Clark in an emergency hearing."), []);
        assert_eq!(
            found(yaml, "the lawyer told Justice Clark in an emergency hearing."),
            one("title-mismatch", "Justice")
        );
        // the portfolio's word before the office is no justice
        let yaml = "people:\n  - name: Jane Doe\n    title: Justice Minister\n  - name: John Roe\n    title: Attorney General\n";
        assert_eq!(found(yaml, "said Justice Minister Jane Doe."), []);
        assert_eq!(found(yaml, "said Justice Department official John Roe."), []);
    }

    #[test]
    fn a_post_placed_in_a_city_is_judged_with_its_place() {
        // reuters21578/01926.txt: "Senior EC financial expert in\nTokyo Tomas de Hora"
        let yaml = "people:\n  - name: Tomas de Hora\n    title: EC financial expert\n    also: [senior EC financial expert in Tokyo]\n";
        let said = |title: &str| format!("The pact helped. {title}\nTokyo Tomas de Hora has watched closely.");
        assert_eq!(found(yaml, &said("Senior EC financial expert in")), []);
        assert_eq!(
            found(yaml, &said("Senior EC trade expert in")),
            one("title-mismatch", "Senior EC trade expert in\nTokyo")
        );
        assert_eq!(
            found(yaml, &said("Former senior EC financial expert in")),
            one("stale-title", "Former senior EC financial expert in\nTokyo")
        );
    }

    #[test]
    fn a_stations_number_is_a_word_of_the_title() {
        // bbc/entertainment/142.txt: "BBC Radio 1 DJ Trevor Nelson", "Chris Hawkins, host of
        // BBC 6 Music's chart show, said"
        let yaml = "people:\n  - name: Trevor Nelson\n    title: BBC Radio 1 DJ\n  - name: Chris Hawkins\n    title: host of BBC 6 Music's chart show\n";
        let clean =
            "pundits included BBC Radio 1 DJ Trevor Nelson. Chris Hawkins, host of BBC 6 Music's chart show, said so.";
        assert_eq!(found(yaml, clean), []);
        assert_eq!(
            found(yaml, "pundits included BBC Radio 2 DJ Trevor Nelson."),
            one("title-mismatch", "BBC Radio 2 DJ")
        );
        assert_eq!(
            found(yaml, "Chris Hawkins, host of BBC Radio 1's chart show, said so."),
            one("title-mismatch", "host of BBC Radio 1's chart show")
        );
        assert_eq!(
            found(yaml, "Chris Hawkins, producer of BBC 6 Music's chart show, said so."),
            one("title-mismatch", "producer of BBC 6 Music's chart show")
        );
        // a day after its month is no part of a name
        let yaml = "people:\n  - name: John Smith\n    title: Acme chairman\n";
        assert_eq!(found(yaml, "On March 3 Acme chairman John Smith said."), []);
    }

    #[test]
    fn a_year_naming_an_edition_is_a_word_of_the_title() {
        // fresh34 bbc/entertainment/368: "Film 2005 presenter Jonathan Ross"; the year names the
        // programme's edition, so the title reads past it to the words and "former" in front
        let yaml = "people:\n  - name: Ann Roe\n    title: Proms 2004 presenter\n    also: [presenter]\n";
        assert_eq!(found(yaml, "It was welcomed by Proms 2004 presenter Ann Roe."), []);
        assert_eq!(
            found(yaml, "It was welcomed by former Proms 2004 presenter Ann Roe."),
            one("stale-title", "former Proms 2004 presenter")
        );
        assert_eq!(
            found(yaml, "It was welcomed by Proms 2004 producer Ann Roe."),
            one("title-mismatch", "Proms 2004 producer")
        );
        // a year opening the sentence is no part of a name
        let yaml = "people:\n  - name: John Smith\n    title: Acme chairman\n";
        assert_eq!(found(yaml, "In 2004 Acme chairman John Smith said so."), []);
    }

    #[test]
    fn a_descriptor_in_front_does_not_shield_another_station() {
        // bbc/entertainment/284.txt: "ejecting previous host Wes Butters", "who describes
        // outgoing host Butters"; a shorter form ("previous host") does not shield a station
        // renamed behind a descriptor
        let yaml = "people:\n  - name: Wes Butters\n    aliases: [Butters]\n    title: Radio 1 chart show host\n    also: [chart show host, host, previous host, outgoing host]\n";
        let said = |title: &str| format!("That change involved ejecting {title} Wes Butters.");
        for title in ["previous host", "previous Radio 1 chart show host"] {
            assert_eq!(found(yaml, &said(title)), [], "{title}");
        }
        assert_eq!(
            found(yaml, &said("previous Radio 2 chart show host")),
            one("title-mismatch", "previous Radio 2 chart show host")
        );
    }

    #[test]
    fn a_host_is_a_presenter_and_no_producer() {
        // bbc/entertainment/284.txt: "King, 30, who describes outgoing host Butters as ..."
        let yaml = "people:\n  - name: Wes Butters\n    aliases: [Butters]\n    title: Radio 1 chart show host\n    also: [host, outgoing host]\n";
        let said = |title: &str| format!("King, 30, who describes {title} Butters as a broadcaster.");
        for title in ["outgoing host", "outgoing presenter"] {
            assert_eq!(found(yaml, &said(title)), [], "{title}");
        }
        assert_eq!(
            found(yaml, &said("outgoing producer")),
            one("title-mismatch", "outgoing producer")
        );
        // bbc/entertainment/185.txt: written in copy, a host may be an event's
        let yaml = "people:\n  - name: Chris Rock\n    aliases: [Rock]\n    title: comedian\n";
        assert_eq!(found(yaml, "Oscar host Chris Rock said he will steer clear."), []);
    }

    #[test]
    fn a_publications_kind_after_its_title_is_read_into_a_title() {
        // bbc/entertainment/142.txt: "NME editor Conor McNicholas", "Q magazine reviews editor
        // Ted Kessler"
        let yaml = "people:\n  - name: Conor McNicholas\n    title: NME editor\n";
        assert_eq!(found(yaml, "pundits included NME editor Conor McNicholas."), []);
        assert_eq!(
            found(yaml, "pundits included NME magazine editor Conor McNicholas."),
            []
        );
        assert_eq!(
            found(yaml, "pundits included Q magazine editor Conor McNicholas."),
            one("title-mismatch", "Q magazine editor")
        );
    }

    #[test]
    fn a_description_standing_for_the_person_just_named_is_judged_when_close() {
        // bbc/sport/060.txt: "James McIlroy motored to the AAA's Indoor 800m title ... The
        // Larne athlete dominated the race"
        let yaml = "people:\n  - name: James McIlroy\n    aliases: [McIlroy]\n    title: Larne athlete\n";
        let said =
            |title: &str| format!("James McIlroy motored to the indoor title.\n\nThe {title} dominated the race.");
        assert_eq!(found(yaml, &said("Larne athlete")), []);
        assert_eq!(found(yaml, &said("Larne coach")), one("title-mismatch", "Larne coach"));
        // another office altogether may be another person's: quiet
        assert_eq!(found(yaml, &said("referee")), []);
        // reuters21578/06392.txt: after the sentence's first comma, the name the last before it
        let yaml = "people:\n  - name: Gerhard Stoltenberg\n    aliases: [Stoltenberg]\n    title: West German finance minister\n    also: [finance minister]\n";
        let said = |title: &str| {
            format!("According to a text of Stoltenberg's speech, the {title} also urged greater convergence.")
        };
        assert_eq!(found(yaml, &said("finance minister")), []);
        assert_eq!(
            found(yaml, &said("foreign minister")),
            one("title-mismatch", "foreign minister")
        );
        // bbc/entertainment/061.txt: a domain of the title alone names a thing, not the person
        let yaml = "people:\n  - name: Mira Nair\n    aliases: [Nair]\n    title: Indian film director\n    also: [film director]\n";
        let said = |title: &str| format!("Nair adapted Vanity Fair.\n\nThe {title} has a new ending.");
        assert_eq!(found(yaml, &said("film")), []);
        assert_eq!(
            found(yaml, &said("film producer")),
            one("title-mismatch", "film producer")
        );
    }

    #[test]
    fn a_description_naming_another_position_stands_for_the_player_just_named() {
        // bbc/sport/297.txt: "Davies, one of the stars of Saturday's RBS Six Nations win over
        // England, is only on a year contract at Kingsholm. But the hooker has proved his worth"
        let yaml =
            "people:\n  - name: Mefin Davies\n    aliases: [Davies]\n    title: Wales hooker\n    also: [hooker]\n";
        let said = |title: &str| {
            format!("Davies, one of the stars of the win, is only on a year contract. But the {title} has proved his worth.")
        };
        assert_eq!(found(yaml, &said("hooker")), []);
        assert_eq!(found(yaml, &said("prop")), one("title-mismatch", "prop"));
        // a team's coach or captain may be someone else
        assert_eq!(found(yaml, &said("coach")), []);
        // bbc/sport/312.txt: "when he off-loaded to Martyn Williams, the flanker showed his nous"
        let yaml = "people:\n  - name: Martyn Williams\n    title: flanker\n";
        let said = |title: &str| format!("When he off-loaded to Martyn Williams, the {title} showed his nous.");
        assert_eq!(found(yaml, &said("flanker")), []);
        assert_eq!(found(yaml, &said("hooker")), one("title-mismatch", "hooker"));
    }

    #[test]
    fn a_description_after_the_comma_right_after_the_name_stands_for_it() {
        // reuters21578/02190.txt: "In a wide ranging address sponsored by the Export-Import
        // Bank, Ortner, the bank's senior economist also said": the apposition's closing comma
        // left out
        let yaml = "people:\n  - name: Robert Ortner\n    aliases: [Ortner]\n    title: senior economist\n    also: [bank's senior economist]\n";
        let said = |title: &str| {
            format!("In an address sponsored by the Export-Import Bank, Ortner, the bank's {title} also said the yen was undervalued.")
        };
        assert_eq!(found(yaml, &said("senior economist")), []);
        assert_eq!(
            found(yaml, &said("chief economist")),
            one("title-mismatch", "chief economist")
        );
    }

    #[test]
    fn a_description_after_a_name_opening_its_sentence_and_a_comma_stands_for_it() {
        // bbc/business/308.txt: "Rainer Hertrich, the German co-head of EADS will also step
        // down when his contract expires next year": the apposition's closing comma left out
        let yaml = "people:\n  - name: Rainer Hertrich\n    aliases: [Hertrich]\n    title: German co-head of EADS\n    also: [co-head of EADS, co-head]\n";
        let steps_down = |title: &str| {
            format!("Rainer Hertrich, the {title} will also step down when his contract expires next year.")
        };
        assert_eq!(found(yaml, &steps_down("German co-head of EADS")), []);
        assert_eq!(
            found(yaml, &steps_down("German chairman of EADS")),
            one("title-mismatch", "German chairman of EADS")
        );
        // bbc/sport/297.txt: a clause after the comma that is no description leaves the next
        // sentence's ("Davies, one of the stars ..., is only on a year contract. But the hooker
        // has proved his worth")
        let davies = "people:\n  - name: Mefin Davies\n    aliases: [Davies]\n    title: hooker\n";
        let text =
            "Davies, one of the stars of the win, is only on a year contract. But the prop has proved his worth.";
        assert_eq!(found(davies, text), one("title-mismatch", "prop"));
    }

    #[test]
    fn a_description_after_a_subject_owned_by_a_body_is_read_past_its_owner() {
        // bbc/politics/266.txt: "The Fabian Society's Sundar Katwala said ... The political
        // reform group's general secretary told BBC Radio 4's Today Programme"
        let yaml = "people:\n  - name: Sundar Katwala\n    aliases: [Katwala]\n    title: general secretary of the Fabian Society\n    also: [general secretary]\n";
        let said = |title: &str| {
            format!("The Fabian Society's Sundar Katwala said the change was overdue. The political reform group's {title} told the BBC.")
        };
        assert_eq!(found(yaml, &said("general secretary")), []);
        assert_eq!(
            found(yaml, &said("assistant general secretary")),
            one("title-mismatch", "assistant general secretary")
        );
        // a person's possessive owns another person's post
        let coach = "The Fabian Society's Sundar Katwala said the change was overdue. The chairman's assistant general secretary told the BBC.";
        assert_eq!(found(yaml, coach), []);
    }

    #[test]
    fn a_post_and_its_complement_before_the_names_comma_are_read_forwards() {
        // reuters21578/04405.txt: "towards reaching a rubber pact, the chairman of a United
        // Nations conference on a new International Natural Rubber Agreeement, INRA, Manaspas
        // Xuto of Thailand, said"
        let yaml = "people:\n  - name: Manaspas Xuto\n    aliases: [Xuto]\n    title: chairman of a United Nations conference on a new International Natural Rubber Agreeement\n    also: [chairman of the conference]\n";
        let said = |title: &str| {
            format!("There has been slight progress towards reaching a rubber pact, the {title} on a new International Natural Rubber Agreeement, INRA, Manaspas Xuto of Thailand, said.")
        };
        assert_eq!(found(yaml, &said("chairman of a United Nations\nconference")), []);
        assert_eq!(
            found(yaml, &said("vice chairman of a United Nations\nconference")),
            one(
                "title-mismatch",
                "vice chairman of a United Nations\nconference on a new International Natural Rubber Agreeement"
            )
        );
        assert_eq!(
            found(yaml, &said("chairman of a United Nations\ncommission")),
            one(
                "title-mismatch",
                "chairman of a United Nations\ncommission on a new International Natural Rubber Agreeement"
            )
        );
        assert_eq!(
            found(yaml, &said("former chairman of a United Nations\nconference")),
            one(
                "stale-title",
                "former chairman of a United Nations\nconference on a new International Natural Rubber Agreeement"
            )
        );
        // a clause with a verb before the comma is no description
        let clause = "At the end of the talks on a new pact, Manaspas Xuto said.";
        assert_eq!(found(yaml, clause), []);
    }

    #[test]
    fn a_description_another_named_person_holds_is_theirs() {
        // bbc/politics/027.txt: "Lord Butler said ... The former cabinet secretary said"; Jack
        // Cunningham, named in the story, is a former cabinet minister
        let yaml = "people:\n  - name: Robin Butler\n    aliases: [Lord Butler]\n    title: Cabinet Secretary\n  - name: Jack Cunningham\n    title: minister\n";
        let said = |title: &str| {
            format!("Jack Cunningham spoke first. Lord Butler said the government had too much freedom. The {title} said in an interview.")
        };
        assert_eq!(found(yaml, &said("cabinet secretary")), []);
        assert_eq!(found(yaml, &said("cabinet minister")), []);
        let alone = "Lord Butler said the government had too much freedom. The cabinet minister said in an interview.";
        assert_eq!(found(yaml, alone), one("title-mismatch", "cabinet minister"));
    }

    #[test]
    fn a_lower_case_caretaker_before_a_post_changes_the_office() {
        // bbc/sport/195.txt: "talks with Martin O'Neill as", the manager given a caretaker's post
        let yaml = "people:\n  - name: Martin O'Neill\n    title: Celtic manager\n    also: [manager]\n";
        let talks = |title: &str| format!("The player wants talks with {title} Martin O'Neill as he nears the exit.");
        assert_eq!(found(yaml, &talks("manager")), []);
        assert_eq!(
            found(yaml, &talks("caretaker manager")),
            one("title-mismatch", "caretaker manager")
        );
    }

    #[test]
    fn an_apposition_ending_the_sentence_on_a_question_mark_is_read() {
        // bbc/tech/127.txt: "predicts Oliver Irish, editor of gadget magazine Stuff."
        let yaml = "people:\n  - name: Oliver Irish\n    title: editor of gadget magazine Stuff\n";
        let predicts = |magazine: &str| {
            format!("Stocks will run short, predicts Oliver Irish, editor of gadget magazine {magazine}")
        };
        assert_eq!(found(yaml, &predicts("Stuff?")), []);
        assert_eq!(
            found(yaml, &predicts("What Hi-Fi?")),
            one("title-mismatch", "editor of gadget magazine What Hi-Fi")
        );
    }
}
