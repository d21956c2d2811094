//! Titles of people given with `posts`: the story's date picks the posts held then.
//!
//! A written title is matched to the posts whose forms it agrees with (as `titles` compares
//! one form), and then judged by when those posts were held: plainly for a post held on the
//! story's date, with "former"/"ex-" for one that has ended, "then-" for one held then or
//! since ended, and "-elect", "incoming" or "designate" for one that begins within a few months
//! (`elect_months` in `rules/honorifics.yaml`). A date given as a month or a year leaves its
//! days open, and on those days every reading is accepted.

use super::titles::{
    compare_form, extends_into_another_office, joins_a_post_in_front, mismatch, names_another_office, only_extends,
    renames_the_body, split_former, strip_former_text, yields_to_another_body, FormMatch,
};
use crate::facts::{title_words, Person, Post, PostDate, TitleForm};
use crate::finding::{Code, Finding};
use crate::lexicon::{lexicon, post_lexicon};
use crate::text::Doc;
use chrono::{Months, NaiveDate};
use std::ops::Range;

/// Where a post stands on the story's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tenure {
    Held,
    Ended,
    /// Not yet begun: it begins on this day.
    Begins(NaiveDate),
    /// The date falls inside a month or year the post began or ended in.
    Unsure,
}

/// A post's standing on `date`; with no date, every post is held except those with an `until`.
pub(crate) fn tenure(post: &Post, date: Option<NaiveDate>) -> Tenure {
    let Some(d) = date else {
        return if post.until.is_some() {
            Tenure::Ended
        } else {
            Tenure::Held
        };
    };
    if let Some(from) = &post.from {
        if d < from.range.first {
            return Tenure::Begins(from.range.first);
        }
        if d < from.range.last {
            return Tenure::Unsure;
        }
    }
    match &post.until {
        Some(until) if d >= until.range.last => Tenure::Ended,
        Some(until) if d >= until.range.first => Tenure::Unsure,
        _ => Tenure::Held,
    }
}

/// A post's standing as a title of `core`'s words must mark it: a post of being a former one
/// ("deposed leader", "ousted Prime Minister", held from the day of the ousting) is written as
/// an ended post is, with its former-word, so while held it stands as ended: "deposed leader"
/// agrees and a plain "President" (its core) needs "former". So too a held post whose forms
/// agreeing with `core` all say "former", though others do not: Raines's post of having left
/// the budget office is "head of the Office of Management and Budget under President Clinton"
/// or "former senior official in the Clinton administration" (bbc/business/326.txt), and a
/// plain "senior official in the Clinton administration" is the ended post, not that one.
fn marked_tenure(post: &Post, date: Option<NaiveDate>, core: &[String]) -> Tenure {
    match tenure(post, date) {
        Tenure::Held if written_only_as_former(post, core) => Tenure::Ended,
        standing => standing,
    }
}

/// Whether `post` is written with a former-word where `core` names it: a post of being a
/// former one, or one whose forms agreeing with `core` all say "former" (or "deposed",
/// "ousted") and one of which is `core` itself with it: "former senior official in the Clinton
/// administration" for "senior official in the Clinton administration". A form that only holds
/// the words ("former chairman Ernest Saunders and non-executive", a learner's misreading, for
/// "non-executive") says nothing of them.
fn written_only_as_former(post: &Post, core: &[String]) -> bool {
    let agreeing: Vec<&TitleForm> = (post.forms.iter())
        .filter(|f| compare_form(core, split_former(&f.words).1) == FormMatch::Agrees)
        .collect();
    let former_of_core = |f: &&TitleForm| split_former(&f.words) == (true, core);
    of_being_former(post) || (agreeing.iter().all(|f| split_former(&f.words).0) && agreeing.iter().any(former_of_core))
}

/// A post every form of which says "former" (or "deposed", "ousted").
fn of_being_former(post: &Post) -> bool {
    post.forms.iter().all(|f| split_former(&f.words).0)
}

/// Whether the written title opens with a word of how a post ended ("sacked", "ousted":
/// `ending_participles`, or a former-word) and is, that word and all, a form the facts list for
/// a post it agrees with: the facts give it as that post's title, so it agrees as the spec has a
/// title equal to a form agree. "Sacked MP Howard Flight", listed `sacked MP` under his seat,
/// names the sitting MP sacked as his party's candidate (bbc/politics/399.txt); and "a former
/// senior official in the Clinton administration", listed so under the post Raines took up when
/// he left that one (bbc/business/326.txt), is that post's title. Only a post held on the
/// story's date lends its form so (one not yet begun is still out of time), and a "former" the
/// facts do not list so is read as ever.
fn written_as_listed_with_its_ending_word(words: &[String], agreeing: &[&Post], published: Option<NaiveDate>) -> bool {
    let opens_with_ending =
        split_former(words).0 || words.first().is_some_and(|w| lexicon().ending_participles.contains(w));
    let held = |p: &&&Post| matches!(tenure(p, published), Tenure::Held | Tenure::Unsure);
    opens_with_ending && (agreeing.iter().filter(held).flat_map(|p| &p.forms)).any(|f| f.words == words)
}

/// How the story marks a title's time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    Plain,
    /// "former", "ex-", "late".
    Former,
    /// "then-": the post held at the time the sentence speaks of, past or present.
    Then,
    /// "-elect", "incoming", "designate".
    Elect,
}

/// The written title's time marker and its words without it.
fn marker_and_core(words: &[String]) -> (Marker, Vec<String>) {
    let (former, rest) = split_former(words);
    let future = &post_lexicon().future_markers;
    let core: Vec<String> = rest.iter().filter(|w| !future.contains(*w)).cloned().collect();
    let marker = if former && words[0] == "then" {
        Marker::Then
    } else if former {
        Marker::Former
    } else if core.len() < rest.len() {
        Marker::Elect
    } else {
        Marker::Plain
    };
    (marker, core)
}

/// Whether a marker fits a post's standing on the story's date.
fn fits(marker: Marker, tenure: Tenure, date: Option<NaiveDate>) -> bool {
    match (marker, tenure) {
        (_, Tenure::Unsure) => true,
        (Marker::Plain, Tenure::Held) | (Marker::Former, Tenure::Ended) => true,
        (Marker::Then, Tenure::Held | Tenure::Ended) => true,
        (Marker::Elect, Tenure::Begins(begins)) => date.is_none_or(|d| begins <= within_elect_window(d)),
        (Marker::Elect, Tenure::Held) => date.is_none(),
        _ => false,
    }
}

/// The last day a post may begin on and still be called "-elect" on `date`.
fn within_elect_window(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(post_lexicon().elect_months))
        .unwrap_or(NaiveDate::MAX)
}

/// The posts whose forms the written words agree with, those that account for the most of
/// them: "Porto boss" is the Porto post, though it also agrees with the Chelsea post's bare
/// "boss" with a word added in front. A form the title only extends ("HP chief" for "HP chief
/// exective"), or joins another post to in front ("president and chief executive" for "chief
/// executive" beside "chairman and chief executive"), does not shield it when another form is
/// close but differs.
fn agreeing_posts<'p>(person: &'p Person, core: &[String]) -> Vec<&'p Post> {
    let agreeing = posts_agreeing_at_all(person, core);
    let most = agreeing.iter().map(|&(_, covered)| covered).max().unwrap_or(0);
    agreeing
        .into_iter()
        .filter(|&(_, covered)| covered == most)
        .map(|(p, _)| p)
        .collect()
}

/// Every post a form of which the written words agree with, as [`agreeing_posts`] reads them,
/// each with the most of the words one of its forms accounts for.
fn posts_agreeing_at_all<'p>(person: &'p Person, core: &[String]) -> Vec<(&'p Post, usize)> {
    let some_form_differs = (person.posts.iter().flat_map(|p| &p.forms))
        .any(|f| compare_form(core, split_former(&f.words).1) == FormMatch::Differs);
    let all_forms: Vec<&[String]> = (person.posts.iter().flat_map(|p| &p.forms))
        .map(|f| split_former(&f.words).1)
        .collect();
    let another_office = names_another_office(core, &all_forms);
    person
        .posts
        .iter()
        .filter_map(|p| {
            // "Arsenal captain" for a post written "Chelsea captain": its bare "captain" (or
            // "club captain") does not shield the body replaced
            let renamed = p.forms.iter().any(|f| renames_the_body(core, split_former(&f.words).1));
            p.forms
                .iter()
                .map(|f| split_former(&f.words).1)
                .filter(|words| {
                    compare_form(core, words) == FormMatch::Agrees
                        && !(renamed && yields_to_another_body(words, core))
                        && !(some_form_differs
                            && (only_extends(core, words) || joins_a_post_in_front(core, words, &all_forms)))
                        && !extends_into_another_office(core, words, another_office)
                })
                .map(|words| words.iter().filter(|w| core.contains(w)).count())
                .max()
                .map(|covered| (p, covered))
        })
        .collect()
}

/// Whether the written title agrees with one of `person`'s posts held as the story marks it
/// (with `published`), or with any of their titles at any time (without): the tests that tell
/// two people of one surname apart.
pub fn title_fits(doc: &Doc, run: &Range<usize>, person: &Person, published: Option<Option<NaiveDate>>) -> bool {
    let (marker, core) = marker_and_core(&title_words(&doc.words(run.clone())));
    if person.posts.is_empty() {
        return person
            .titles
            .iter()
            .any(|f| compare_form(&core, split_former(&f.words).1) == FormMatch::Agrees);
    }
    agreeing_posts(person, &core)
        .iter()
        .any(|p| published.is_none_or(|date| fits(marker, marked_tenure(p, date, &core), date)))
}

/// The finding for a title written for a person with `posts`, if it disagrees; `past`: a
/// title of another time than the story's, read as if "former" were written.
pub fn check_posts(
    doc: &Doc,
    run: Range<usize>,
    person: &Person,
    published: Option<NaiveDate>,
    past: bool,
) -> Option<Finding> {
    let written = doc.words(run.clone());
    let (marker, core) = marker_and_core(&title_words(&written));
    let marker = if past && marker == Marker::Plain {
        Marker::Former
    } else {
        marker
    };
    let agreeing = agreeing_posts(person, &core);
    if written_as_listed_with_its_ending_word(&title_words(&written), &agreeing, published) {
        return None;
    }
    if agreeing.is_empty() {
        let held_first = with_held_forms_first(person, published);
        return mismatch(doc, &run, &written, &core, &held_first, marker == Marker::Former);
    }
    let tenures: Vec<Tenure> = agreeing.iter().map(|p| marked_tenure(p, published, &core)).collect();
    // "former" for a post held again on the story's date is wrong though an earlier term of it
    // ended (a prime minister back in office)
    let held_again = marker == Marker::Former && tenures.contains(&Tenure::Held);
    if !held_again && tenures.iter().any(|&t| fits(marker, t, published)) {
        return None;
    }
    let span = doc.span(run.clone());
    let held = |t: Tenure| matches!(t, Tenure::Held);
    let ended = agreeing.iter().zip(&tenures).find(|(_, t)| **t == Tenure::Ended);
    let current = agreeing.iter().zip(&tenures).find(|(_, t)| held(**t));
    let finding = match (marker, ended, current) {
        (Marker::Plain, Some((post, _)), _) => {
            let held = held_post_miswritten(doc, &run, &written, &core, person, published);
            held.unwrap_or_else(|| needs_former(&written, person, post, span))
        }
        (Marker::Former, _, Some((post, _))) => still_held(&written, person, post, span),
        (Marker::Elect, _, Some((post, _))) => already_begun(person, post, span),
        _ => not_yet(person, agreeing[0], published, span),
    };
    Some(finding)
}

/// A title that joins two posts with "and" agrees as a whole with the first post, the second
/// read as words added after it ("World Bank President and Congressman"); yet each post has its
/// own time. When the words after "and" agree with one of the person's posts, each post is
/// judged for its time alone: "Congressman" for a seat left needs "former", "and former
/// executive chairman of MBlox" for a sitting chairman is wrong; the first post is judged with
/// the whole list it opens. When both agree, each in its time, the list is right (a "former" of the second post's own stands inside it, which the
/// whole cannot read). A "former" in front of the whole list is both posts' ("former chairman
/// and chief executive"), so such a list is judged whole, as is one whose second part agrees
/// with no post.
pub fn check_joined_posts(
    doc: &Doc,
    run: Range<usize>,
    person: &Person,
    published: Option<NaiveDate>,
    past: bool,
) -> Option<Finding> {
    let Some((first, second)) = joined_posts(doc, &run, person) else {
        return check_posts(doc, run, person, published, past);
    };
    let second_out_of_time = check_posts(doc, second, person, published, past).filter(|f| f.code == Code::StaleTitle);
    let first_in_time =
        !posts_of(doc, &first, person).is_empty() && check_posts(doc, first, person, published, past).is_none();
    match second_out_of_time {
        Some(finding) => Some(finding),
        None if first_in_time => None,
        // the first post's finding spans the whole list, which its words open
        None => check_posts(doc, run, person, published, past),
    }
}

/// The two posts of a title joined by its last "and", when the first names a post and the
/// second, a "former" of its own aside, agrees with another of the person's posts than the
/// first ("chairman, president and chief executive" may be one post's form); not when a
/// "former" stands in front of the whole.
fn joined_posts(doc: &Doc, run: &Range<usize>, person: &Person) -> Option<(Range<usize>, Range<usize>)> {
    let lex = lexicon();
    let and = (run.start + 1..run.end).rev().find(|&k| doc.lower_at(k) == "and")?;
    let (first, second) = (run.start..and, and + 1..run.end);
    let names_a_post = (title_words(&doc.words(first.clone())).iter()).any(|w| lex.head_words.contains(w));
    let former_in_front = split_former(&title_words(&doc.words(run.clone()))).0;
    let firsts = posts_of(doc, &first, person);
    let another_post = (posts_of(doc, &second, person).iter()).any(|p| !firsts.iter().any(|f| std::ptr::eq(*f, *p)));
    (names_a_post && !former_in_front && another_post).then_some((first, second))
}

/// Every post the words of `part` agree with, their time marker aside.
fn posts_of<'p>(doc: &Doc, part: &Range<usize>, person: &'p Person) -> Vec<&'p Post> {
    let core = marker_and_core(&title_words(&doc.words(part.clone()))).1;
    posts_agreeing_at_all(person, &core)
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

/// The person with the forms of the posts held on the story's date before the others, so a
/// title that names another office is fixed to a post held then ("Microsoft chairman" in 2005,
/// not the chief executive's post left in 2000), and of forms equally near the held one wins.
fn with_held_forms_first(person: &Person, published: Option<NaiveDate>) -> Person {
    let (held, others): (Vec<&Post>, Vec<&Post>) =
        (person.posts.iter()).partition(|p| tenure(p, published) == Tenure::Held);
    let titles = held
        .iter()
        .chain(&others)
        .flat_map(|p| p.forms.iter().cloned())
        .collect();
    Person {
        titles,
        ..person.clone()
    }
}

/// A past post written plainly that is the post held on the story's date in another rank
/// ("Bundesbank Vice-President" in 1987 for the sitting Bundesbank President): a title not
/// held on the story's date, so stale-title as the spec's table has it, but the rank is what
/// is out of date, so the fix is the post held, not "former" before the old one. Another past
/// post ("Porto boss" for Chelsea's, "Senator" for a Secretary of State) only needs "former".
fn held_post_miswritten(
    doc: &Doc,
    run: &Range<usize>,
    written: &str,
    core: &[String],
    person: &Person,
    published: Option<NaiveDate>,
) -> Option<Finding> {
    let held: Vec<TitleForm> = (person.posts.iter())
        .filter(|p| tenure(p, published) == Tenure::Held)
        .flat_map(|p| p.forms.iter().cloned())
        .collect();
    let close = held.iter().any(|f| {
        let form = split_former(&f.words).1;
        compare_form(core, form) == FormMatch::Differs
            && compare_form(&unranked(core), &unranked(form)) == FormMatch::Agrees
    });
    let as_held = Person {
        titles: held,
        posts: Vec::new(),
        ..person.clone()
    };
    let finding = close.then(|| mismatch(doc, run, written, core, &as_held, false))??;
    Some(rank_out_of_date(finding, person))
}

/// The rank's finding, told as the stale title it is: the post written ended before the story.
fn rank_out_of_date(finding: Finding, person: &Person) -> Finding {
    Finding {
        code: Code::StaleTitle,
        severity: Code::StaleTitle.severity(),
        message: format!(
            "{} no longer held this post on the story's date ({} was {})",
            person.name,
            short_name(person),
            tenures_text(person)
        ),
        label: "a past post, in another rank than the one held".into(),
        ..finding
    }
}

/// A title's words without the words that change an office ("vice", "deputy", "acting").
fn unranked(words: &[String]) -> Vec<String> {
    let changing = &lexicon().office_changing;
    words.iter().filter(|w| !changing.contains(*w)).cloned().collect()
}

/// "Blinken" for "Antony Blinken": the name's last word, for messages that go on about him.
fn short_name(person: &Person) -> &str {
    person.name.split_whitespace().last().unwrap_or(&person.name)
}

/// "Deputy Secretary of State from 2015-01 to 2017-01; Secretary of State from 2021-01-26".
pub fn tenures_text(person: &Person) -> String {
    person.posts.iter().map(post_text).collect::<Vec<_>>().join("; ")
}

fn post_text(post: &Post) -> String {
    let title = post.forms.first().map_or("", |f| f.text.as_str());
    match (&post.from, &post.until) {
        (Some(from), Some(until)) => format!("{title} from {} to {}", from.text, until.text),
        (Some(from), None) => format!("{title} from {}", from.text),
        (None, Some(until)) => format!("{title} until {}", until.text),
        (None, None) => title.to_string(),
    }
}

/// The place in the facts that decides: the date named, else the post's title.
fn post_loc(post: &Post, date: Option<&PostDate>) -> crate::facts::Loc {
    date.map(|d| d.loc.clone()).unwrap_or_else(|| post.forms[0].loc.clone())
}

fn needs_former(written: &str, person: &Person, post: &Post, span: Range<usize>) -> Finding {
    let name = &person.name;
    let fixed = format!("former {written}");
    Finding::new(
        Code::StaleTitle,
        span,
        format!(
            "{name} no longer held this post on the story's date; the title needs \"former\" ({} was {})",
            short_name(person),
            tenures_text(person)
        ),
        "current title for a past post".into(),
    )
    .with_fact(name, &post_loc(post, post.until.as_ref()), post_text(post))
    .with_replacement(fixed.clone())
    .with_help(format!("write `{fixed}`"))
}

fn still_held(written: &str, person: &Person, post: &Post, span: Range<usize>) -> Finding {
    let name = &person.name;
    let fixed = strip_former_text(written);
    Finding::new(
        Code::StaleTitle,
        span,
        format!(
            "{name} still held this post on the story's date, so not a former one ({} was {})",
            short_name(person),
            tenures_text(person)
        ),
        "\"former\" here".into(),
    )
    .with_fact(name, &post_loc(post, post.from.as_ref()), post_text(post))
    .with_replacement(fixed.clone())
    .with_help(format!("write `{fixed}`"))
}

fn already_begun(person: &Person, post: &Post, span: Range<usize>) -> Finding {
    let name = &person.name;
    Finding::new(
        Code::StaleTitle,
        span,
        format!(
            "{name} had already taken up this post on the story's date; \"elect\", \"incoming\" or \"designate\" no longer fits ({} was {})",
            short_name(person),
            tenures_text(person)
        ),
        "a post already begun".into(),
    )
    .with_fact(name, &post_loc(post, post.from.as_ref()), post_text(post))
    .with_help(format!("write the title plainly: `{}`", post.forms[0].text))
}

/// A title from the future: the post begins after the story's date (or, with "-elect", more
/// than a few months after it). The suggestion is the post held then, when exactly one is.
fn not_yet(person: &Person, post: &Post, published: Option<NaiveDate>, span: Range<usize>) -> Finding {
    let name = &person.name;
    let date = published.map_or("the story's date".to_string(), |d| d.to_string());
    let held: Vec<&Post> = person
        .posts
        .iter()
        .filter(|p| tenure(p, published) == Tenure::Held)
        .collect();
    let finding = Finding::new(
        Code::StaleTitle,
        span,
        format!(
            "not {name}'s title on {date}: {} was {}",
            short_name(person),
            tenures_text(person)
        ),
        "a post not yet begun".into(),
    )
    .with_fact(name, &post_loc(post, post.from.as_ref()), post_text(post));
    match held.as_slice() {
        [only] => {
            let title = &only.forms[0].text;
            finding
                .with_replacement(title.clone())
                .with_help(format!("on {date} {name} was {title}: write `{title}`"))
        }
        _ => finding.with_help(format!(
            "name the post {name} held on {date}, or \"-elect\"/\"incoming\" within {} months of it",
            post_lexicon().elect_months
        )),
    }
}

/// People who share a surname, so that a title fitting one of them is not a mismatch for the
/// other ("President Bush" in 2004 is George W. Bush, not his father).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Namesakes {
    /// Person `k`'s group is `group_of[k]` (`NO_GROUP` for most): a group's members are
    /// `members[starts[g]..starts[g + 1]]`, in the facts' order. Held per group, not a list of
    /// the others per person, which grows as the square of a group (10,000 people of one
    /// surname would be 100 million entries).
    group_of: Vec<u32>,
    starts: Vec<u32>,
    members: Vec<u32>,
}

/// A person with no namesake.
const NO_GROUP: u32 = u32::MAX;

impl Namesakes {
    pub fn new(people: &[Person]) -> Namesakes {
        let mut by_surname: std::collections::HashMap<String, Vec<u32>> = std::collections::HashMap::new();
        for (k, person) in people.iter().enumerate() {
            if let Some(surname) = surname(&person.name) {
                by_surname.entry(surname).or_default().push(k as u32);
            }
        }
        let mut namesakes = Namesakes {
            group_of: vec![NO_GROUP; people.len()],
            starts: vec![0],
            members: Vec::new(),
        };
        // in the order of their first members, so that an index is the same from run to run
        let mut groups: Vec<Vec<u32>> = by_surname.into_values().filter(|g| g.len() > 1).collect();
        groups.sort_unstable_by_key(|g| g[0]);
        for group in groups {
            let g = namesakes.starts.len() as u32 - 1;
            for &k in &group {
                namesakes.group_of[k as usize] = g;
            }
            namesakes.members.extend(group);
            namesakes.starts.push(namesakes.members.len() as u32);
        }
        namesakes
    }

    /// The other people of `person`'s surname, in the facts' order.
    pub fn of(&self, person: usize) -> impl Iterator<Item = usize> + '_ {
        let group = self.group_of.get(person).filter(|&&g| g != NO_GROUP);
        let members = group
            .and_then(|&g| {
                let (start, end) = (self.starts.get(g as usize)?, self.starts.get(g as usize + 1)?);
                self.members.get(*start as usize..*end as usize)
            })
            .unwrap_or_default();
        members.iter().map(|&k| k as usize).filter(move |&k| k != person)
    }
}

/// The last word of a name that is not a generational suffix ("King" of "Martin Luther King
/// Jr."), lowercase.
fn surname(name: &str) -> Option<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .filter(|w| !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"))
        .last()
}

#[cfg(test)]
mod tests {
    use crate::check::{check_yaml, CheckOptions};

    const BLINKEN: &str = "people:
  - name: Antony Blinken
    aliases: [Blinken]
    posts:
      - {title: Deputy Secretary of State, from: 2015-01, until: 2017-01}
      - {title: US Secretary of State, from: 2021-01-26, until: 2025-01-20}
";

    /// (code, flagged words, replacement) for a story dated `date` against `yaml`.
    fn findings(yaml: &str, date: Option<&str>, text: &str) -> Vec<(String, String, Option<String>)> {
        let options = CheckOptions {
            published: date.map(|d| d.parse().unwrap()),
            ..Default::default()
        };
        check_yaml(yaml, text, &options)
            .into_iter()
            .map(|f| (f.code.to_string(), text[f.span].to_string(), f.replacement))
            .collect()
    }

    fn codes(yaml: &str, date: Option<&str>, text: &str) -> Vec<String> {
        findings(yaml, date, text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn each_post_of_a_list_joined_by_and_keeps_its_own_time() {
        let yaml = "people:\n  - name: Ann Roe\n    posts:\n      - {title: World Bank President, from: 1986-07-01}\n      - {title: Congressman, from: 1965-01-03, until: 1985-01-03}\n      - {title: MBlox chairman, from: 1980}\n";
        let date = Some("1987-04-09");
        for (text, flagged, fixed) in [
            (
                "World Bank President and Congressman Ann Roe said.",
                "Congressman",
                "former Congressman",
            ),
            (
                "Ann Roe, World Bank President and former MBlox chairman, said.",
                "former MBlox chairman",
                "MBlox chairman",
            ),
        ] {
            let stale = ("stale-title".to_string(), flagged.to_string(), Some(fixed.to_string()));
            assert_eq!(findings(yaml, date, text), [stale], "{text}");
        }
        for text in [
            "World Bank President and former Congressman Ann Roe said.",
            "Ann Roe, World Bank President and former Congressman, said.",
            "Ann Roe, World Bank President and MBlox chairman, said.",
        ] {
            assert_eq!(codes(yaml, date, text), Vec::<String>::new(), "{text}");
        }
        // a "former" in front is both posts': the sitting chairman's is wrong
        let text = "former Congressman and MBlox chairman Ann Roe said.";
        assert_eq!(codes(yaml, date, text), ["stale-title"], "{text}");
        // a form that joins the two posts does not make the second one the first's
        let joined = yaml.replace(
            "President, from",
            "President, also: [World Bank President and MBlox chairman], from",
        );
        let text = "Ann Roe, World Bank President and former MBlox chairman, said.";
        assert_eq!(codes(&joined, date, text), ["stale-title"], "{text}");
    }

    #[test]
    fn a_form_naming_the_body_by_a_generic_word_does_not_shield_another_body() {
        // bbc/politics/007.txt: Lord Ashcroft was "former Tory Treasurer"; the post's form
        // "party treasurer" does not make "former Labour Treasurer" agree
        let yaml = "people:\n  - name: Michael Ashcroft\n    aliases: [Lord Ashcroft]\n    honorific: Lord\n    posts:\n      - {title: Tory Treasurer, also: [party treasurer], from: 1998, until: 2001}\n";
        let date = Some("2005-02-14");
        let text = "He repaid former Labour Treasurer Lord Ashcroft.";
        assert_eq!(codes(yaml, date, text), ["title-mismatch"], "{text}");
        for text in [
            "He repaid former Tory Treasurer Lord Ashcroft.",
            "He repaid former party treasurer Lord Ashcroft.",
        ] {
            assert_eq!(codes(yaml, date, text), Vec::<String>::new(), "{text}");
        }
        // bbc/politics/373.txt: a form with a generic word, written whole, agrees beside the
        // initials of another form
        let yaml = "people:\n  - name: Roger Knapman\n    posts:\n      - {title: UK Independence Party leader, also: [UKIP leader], from: 2002-10}\n";
        let text = "UK Independence Party leader Roger Knapman said the rebate was set.";
        assert_eq!(codes(yaml, date, text), Vec::<String>::new());
    }

    #[test]
    fn the_post_whose_form_holds_the_most_written_words_is_the_one_meant() {
        // bbc/sport/159.txt: "Porto boss" also agrees with the Chelsea post's bare "boss"
        let yaml = "people:\n  - name: Jose Mourinho\n    posts:\n      - {title: Chelsea boss, also: [boss], from: 2004-06-02}\n      - {title: Porto boss, from: 2002-01-23, until: 2004-05-26}\n";
        let date = Some("2005-02-25");
        assert_eq!(codes(yaml, date, "Porto boss Jose Mourinho said."), ["stale-title"]);
        assert!(codes(yaml, date, "Chelsea boss Jose Mourinho said.").is_empty());
        assert!(codes(yaml, date, "Former Porto boss Jose Mourinho said.").is_empty());
    }

    #[test]
    fn a_past_post_in_another_rank_of_the_post_held_is_stale_with_the_held_post_as_fix() {
        // reuters21578/20038.txt: Poehl was vice-president until 1980, president in 1987
        let yaml = "people:\n  - name: Karl Otto Poehl\n    posts:\n      - {title: Bundesbank Vice-President, from: 1977-06-01, until: 1980-01-01}\n      - {title: Bundesbank President, from: 1980-01-01}\n  - name: Jose Mourinho\n    posts:\n      - {title: Chelsea boss, from: 2004-06-02}\n      - {title: Porto boss, from: 2002-01-23, until: 2004-05-26}\n";
        let date = Some("1987-10-20");
        assert_eq!(
            findings(yaml, date, "Bundesbank Vice-President Karl Otto Poehl said."),
            [(
                "stale-title".into(),
                "Bundesbank Vice-President".into(),
                Some("Bundesbank President".into())
            )]
        );
        assert!(codes(yaml, date, "former Bundesbank Vice-President Karl Otto Poehl said.").is_empty());
        // another post of the past, not the one held in another rank, needs "former"
        assert_eq!(
            codes(yaml, Some("2005-02-25"), "Porto boss Jose Mourinho said."),
            ["stale-title"]
        );
    }

    #[test]
    fn former_is_wrong_for_a_post_held_again() {
        // reuters21578/10486.txt: Haughey was Taoiseach in 1979-81 and 1982, and again from
        // March 1987
        let yaml = "people:\n  - name: Charles Haughey\n    posts:\n      - {title: Prime Minister, from: 1979-12-11, until: 1981-06-30}\n      - {title: Prime Minister, from: 1982-03-09, until: 1982-12-14}\n      - {title: Prime Minister, from: 1987-03-10}\n";
        let text = "Former Prime Minister Charles Haughey said.";
        assert_eq!(
            findings(yaml, Some("1987-03-27"), text),
            [(
                "stale-title".into(),
                "Former Prime Minister".into(),
                Some("Prime Minister".into())
            )]
        );
        assert!(codes(yaml, Some("1985-06-01"), text).is_empty());
        assert!(codes(yaml, Some("1987-03-27"), "Prime Minister Charles Haughey said.").is_empty());
        // a post of being the former one, held from the day of the ousting
        let ousted = "people:\n  - name: Garret FitzGerald\n    posts:\n      - {title: Prime Minister, from: 1982-12-14, until: 1987-03-10}\n      - {title: ousted Prime Minister, from: 1987-03-10}\n";
        assert!(codes(
            ousted,
            Some("1987-03-27"),
            "ousted Prime Minister Garret FitzGerald said."
        )
        .is_empty());
    }

    #[test]
    fn a_held_posts_form_listed_with_a_word_of_ending_agrees_as_written() {
        // bbc/politics/399.txt's shape: "sacked" says what befell the sitting MP, and the facts
        // list the whole phrase as a form of the seat he holds
        let yaml = "people:\n  - name: Ann Cole\n    posts:\n      - {title: MP for Kent, also: [MP, sacked MP], from: 1997-05-01}\n";
        let date = Some("2005-03-29");
        assert!(codes(yaml, date, "Sacked MP Ann Cole's local party met.").is_empty());
        // a word of ending the facts do not list with the post, or a plain "former", is stale
        assert_eq!(codes(yaml, date, "Ousted MP Ann Cole spoke."), ["stale-title"]);
        assert_eq!(codes(yaml, date, "Former MP Ann Cole spoke."), ["stale-title"]);
        // a listed form of a post not yet begun is still out of time
        assert_eq!(
            codes(yaml, Some("1990-01-01"), "Sacked MP Ann Cole spoke."),
            ["stale-title"]
        );
    }

    #[test]
    fn a_held_posts_form_listed_with_former_agrees_as_written_and_its_core_is_the_ended_post() {
        // bbc/business/326.txt's shape: a post of having left office, listed with "former"
        let yaml = "people:\n  - name: Ann Cole\n    posts:\n      - {title: budget director, also: [senior aide in the Smith government], from: 1990-01-01, until: 1995-01-01}\n      - {title: former budget director, also: [budget director under Smith, former senior aide in the Smith government], from: 1995-01-01}\n";
        let date = Some("2004-12-22");
        assert!(codes(
            yaml,
            date,
            "Ann Cole, a former senior aide in the Smith government, left."
        )
        .is_empty());
        assert_eq!(
            codes(yaml, date, "Ann Cole, a senior aide in the Smith government, left."),
            ["stale-title"]
        );
        // a form that only holds the words, "former" before others, says nothing of them
        let held = "people:\n  - name: Ann Cole\n    posts:\n      - {title: former aide and adviser, also: [lawyer], from: 1995-01-01}\n";
        assert!(codes(held, date, "Adviser Ann Cole spoke.").is_empty());
    }

    #[test]
    fn a_post_of_being_a_former_one_is_written_with_its_former_word() {
        // held from the day of the ousting: its own form agrees, its core alone is the ended post
        let yaml = "people:\n  - name: Ann Cole\n    posts:\n      - {title: President, from: 1990-01-01, until: 1999-02-25}\n      - {title: deposed leader, also: [deposed president], from: 1999-02-25}\n";
        let date = Some("2000-04-27");
        assert!(codes(yaml, date, "They took over from deposed\nleader Ann Cole.").is_empty());
        assert!(codes(yaml, date, "They took over from former President Ann Cole.").is_empty());
        assert_eq!(
            findings(yaml, date, "They met President Ann Cole."),
            [(
                "stale-title".into(),
                "President".into(),
                Some("former President".into())
            )]
        );
        // before the ousting the presidency is held plainly
        assert!(codes(yaml, Some("1998-04-27"), "They met President Ann Cole.").is_empty());
    }

    #[test]
    fn another_office_is_fixed_to_the_post_held_on_the_storys_date() {
        // bbc/tech/134.txt
        let yaml = "people:\n  - name: Bill Gates\n    posts:\n      - title: Microsoft chief executive\n        from: 1975\n        until: 2000-01-13\n      - title: Microsoft chairman\n        from: 1975\n        until: 2014-02-04\n";
        let text = "Yesterday Microsoft founder and chief technology officer Bill Gates spoke.";
        assert_eq!(
            findings(yaml, Some("2005-01-06"), text),
            [(
                "title-mismatch".into(),
                "Microsoft founder and chief technology officer".into(),
                Some("Microsoft chairman".into())
            )]
        );
    }

    #[test]
    fn the_date_picks_the_post() {
        let text = "Secretary of State Antony Blinken said.";
        assert!(codes(BLINKEN, Some("2022-05-01"), text).is_empty());
        let found = findings(BLINKEN, Some("2016-03-01"), text);
        assert_eq!(
            found,
            [(
                "stale-title".into(),
                "Secretary of State".into(),
                Some("Deputy Secretary of State".into())
            )]
        );
        // from 2017 to 2021 he held no post: nothing certain to suggest
        assert_eq!(findings(BLINKEN, Some("2019-03-01"), text)[0].2, None);
        assert_eq!(codes(BLINKEN, Some("2025-03-01"), text), ["stale-title"]);
        assert!(codes(
            BLINKEN,
            Some("2025-03-01"),
            "former Secretary of State Antony Blinken said."
        )
        .is_empty());
        assert_eq!(
            codes(
                BLINKEN,
                Some("2022-03-01"),
                "former Secretary of State Antony Blinken said."
            ),
            ["stale-title"]
        );
        assert!(codes(
            BLINKEN,
            Some("2022-03-01"),
            "then-Deputy Secretary of State Antony Blinken said."
        )
        .is_empty());
    }

    #[test]
    fn a_month_or_year_leaves_its_days_open() {
        let text = "Deputy Secretary of State Antony Blinken said.";
        assert!(codes(BLINKEN, Some("2017-01-10"), text).is_empty());
        assert!(codes(
            BLINKEN,
            Some("2017-01-10"),
            "former Deputy Secretary of State Antony Blinken"
        )
        .is_empty());
        assert_eq!(codes(BLINKEN, Some("2017-02-10"), text), ["stale-title"]);
    }

    #[test]
    fn elect_within_months_of_the_post() {
        let text = "Secretary of State-designate Antony Blinken said.";
        assert!(codes(BLINKEN, Some("2021-01-10"), text).is_empty());
        assert!(codes(
            BLINKEN,
            Some("2020-11-30"),
            "incoming Secretary of State Antony Blinken"
        )
        .is_empty());
        assert_eq!(
            codes(BLINKEN, Some("2020-03-01"), text),
            ["stale-title"],
            "ten months before"
        );
        assert_eq!(
            codes(BLINKEN, Some("2022-03-01"), text),
            ["stale-title"],
            "already in post"
        );
    }

    #[test]
    fn with_no_date_every_post_without_until_is_current() {
        let yaml = "people:\n  - name: Jane Roe\n    posts:\n      - {title: Finance Minister, until: 2020}\n      - {title: Prime Minister, from: 2020}\n";
        assert!(codes(yaml, None, "Prime Minister Jane Roe said.").is_empty());
        assert_eq!(codes(yaml, None, "Finance Minister Jane Roe said."), ["stale-title"]);
        assert_eq!(codes(yaml, None, "Foreign Minister Jane Roe said."), ["title-mismatch"]);
    }

    #[test]
    fn a_party_alone_is_an_affiliation_not_held_to_a_posts_time() {
        // bbc/politics/403: "who won the Tatton seat from Tory Neil Hamilton" in 2005
        let yaml = "people:\n  - name: Neil Hamilton\n    posts:\n      - {title: MP for Tatton, also: [Conservative MP for Tatton, Tory MP], from: 1983-06-09, until: 1997-05-01}\n";
        let date = Some("2005-03-19");
        assert!(codes(yaml, date, "won the seat from Tory Neil Hamilton on a platform.").is_empty());
        assert!(codes(yaml, date, "won the seat from former Tory Neil Hamilton.").is_empty());
        assert_eq!(
            codes(yaml, date, "He met Tory MP Neil Hamilton on Monday."),
            ["stale-title"]
        );
    }

    #[test]
    fn messages_name_the_posts_and_dates() {
        let options = CheckOptions {
            published: "2016-03-01".parse().ok(),
            ..Default::default()
        };
        let found = check_yaml(BLINKEN, "Secretary of State Antony Blinken", &options);
        assert_eq!(
            found[0].message,
            "not Antony Blinken's title on 2016-03-01: Blinken was Deputy Secretary of State from 2015-01 to \
             2017-01; US Secretary of State from 2021-01-26 to 2025-01-20"
        );
    }

    #[test]
    fn a_namesakes_past_post_is_judged_as_theirs() {
        let yaml = "people:
  - name: George Bush
    posts:
      - {title: Vice President, from: 1981-01-20, until: 1989-01-20}
      - {title: President, from: 1989-01-20, until: 1993-01-20}
  - name: George W. Bush
    aliases: [Bush]
    posts:
      - {title: Governor of Texas, also: [Governor], from: 1995-01-17, until: 2000-12-21}
      - {title: President, from: 2001-01-20, until: 2009-01-20}
";
        let day = Some("2005-03-01");
        assert!(codes(yaml, day, "defended President George Bush for").is_empty());
        assert!(codes(yaml, day, "as did former President George Bush.").is_empty());
        assert_eq!(codes(yaml, day, "defended Governor George Bush for"), ["stale-title"]);
        assert_eq!(
            codes(yaml, day, "defended Vice President George Bush for"),
            ["stale-title"]
        );
    }

    #[test]
    fn namesakes_are_the_other_people_of_a_surname_in_the_facts_order() {
        let yaml = "people:\n  - name: Ann Lee\n  - name: Bo Park\n  - name: Cy Lee\n  - name: Di Lee Jr.\n";
        let mut facts = crate::facts::Facts::default();
        facts.add_file(std::path::Path::new("f.yaml"), yaml.into()).unwrap();
        let namesakes = super::Namesakes::new(&facts.people);
        let of = |k| namesakes.of(k).collect::<Vec<_>>();
        assert_eq!(
            (of(0), of(1), of(2), of(3)),
            (vec![2, 3], vec![], vec![0, 3], vec![0, 2])
        );
        assert_eq!(of(4), Vec::<usize>::new(), "past the people: none");
    }

    #[test]
    fn honorifics_are_checked_only_when_given() {
        let yaml = "people:\n  - name: Jane Doe\n    honorific: Dr\n  - name: John Roe\n    honorific: none\n  - name: Ann Poe\n";
        assert_eq!(
            findings(yaml, None, "said Professor Jane Doe."),
            [("title-mismatch".into(), "Professor".into(), Some("Dr".into()))]
        );
        assert!(codes(yaml, None, "said Dr. Jane Doe and Mrs Jane Doe and Jane Doe.").is_empty());
        assert_eq!(codes(yaml, None, "said Lord John Roe."), ["title-mismatch"]);
        assert!(codes(yaml, None, "said Mr John Roe and Professor Ann Poe.").is_empty());
    }
}
