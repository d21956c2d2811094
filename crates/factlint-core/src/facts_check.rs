//! `factlint facts check`: what is wrong in the facts before any story is checked against
//! them. Posts whose dates cannot be, one title twice at once, names one slip apart, a title
//! held by two people at once, entries an extraction left half-made, dates in the future,
//! entries not reviewed for long, and the facts' own self-tests. Pure: the caller gives today's
//! date and renders the findings, whose spans are in the facts files.

use crate::check::{CheckOptions, Checker};
use crate::compare::posts::tenures_text;
use crate::facts::{tenures_overlap, Facts, Loc, Organisation, Person, Post, SelfTest, TitleForm};
use crate::finding::{Code, Finding};
use crate::lexicon::lexicon;
use crate::story::Story;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

/// An entry not reviewed for this many days is `unreviewed`.
pub(crate) const REVIEW_DAYS: i64 = 365;

/// A finding in facts file `file` (an index into `Facts::files`).
#[derive(Clone, Debug)]
pub struct FactsFinding {
    /// Index into `Facts::files`.
    pub file: usize,
    /// The finding; its span is in that file.
    pub finding: Finding,
}

/// Everything `facts check` finds, in file and position order.
pub fn check_facts(facts: &Facts, today: NaiveDate) -> Vec<FactsFinding> {
    crate::lexicon::scoped(facts.lexicon(), || check_facts_with_lexicon(facts, today))
}

fn check_facts_with_lexicon(facts: &Facts, today: NaiveDate) -> Vec<FactsFinding> {
    let mut out = Vec::new();
    for person in &facts.people {
        out.extend(post_dates(person));
        out.extend(post_overlaps(person));
        out.extend(odd_entry(person));
        out.extend(future_posts(person, today));
        out.extend(unreviewed(person, today));
    }
    if let Some((published, loc)) = &facts.published {
        if *published > today {
            out.push(at(
                loc,
                Finding::new(
                    Code::FutureDate,
                    loc.span.clone(),
                    format!("`published` is {published}, after today ({today})"),
                    "a dateline in the future".into(),
                )
                .with_help("give the story's own date, or drop `published` from a desk-wide file"),
            ));
        }
    }
    out.extend(near_duplicate_names(&facts.people));
    out.extend(organisation_entries(&facts.organisations));
    out.extend(shared_titles(&facts.people));
    out.extend(self_tests(facts));
    out.sort_by_key(|f| (f.file, f.finding.span.start, f.finding.code));
    out
}

fn at(loc: &Loc, finding: Finding) -> FactsFinding {
    FactsFinding {
        file: loc.file,
        finding,
    }
}

fn title(post: &Post) -> &TitleForm {
    &post.forms[0]
}

/// A post whose `until` is not after its `from`.
fn post_dates(person: &Person) -> Vec<FactsFinding> {
    person
        .posts
        .iter()
        .filter_map(|post| {
            let (from, until) = (post.from.as_ref()?, post.until.as_ref()?);
            (until.range.last <= from.range.first).then(|| {
                at(
                    &until.loc,
                    Finding::new(
                        Code::PostDates,
                        until.loc.span.clone(),
                        format!(
                            "{}'s post `{}` ends ({}) before it begins ({})",
                            person.name,
                            title(post).text,
                            until.text,
                            from.text
                        ),
                        "ends before it begins".into(),
                    )
                    .with_fact(&person.name, &from.loc, "begins here")
                    .with_help("check both dates against the source; `until` is the first day out of the post"),
                )
            })
        })
        .collect()
}

/// Two posts of one person with the same title at overlapping times: one entry twice, or a
/// date wrong.
fn post_overlaps(person: &Person) -> Vec<FactsFinding> {
    let mut out = Vec::new();
    for (k, later) in person.posts.iter().enumerate() {
        let earlier = person.posts[..k]
            .iter()
            .find(|p| title(p).words == title(later).words && tenures_overlap(p, later));
        if let Some(earlier) = earlier {
            let loc = &title(later).loc;
            out.push(at(
                loc,
                Finding::new(
                    Code::PostOverlap,
                    loc.span.clone(),
                    format!(
                        "{} holds `{}` twice at once ({})",
                        person.name,
                        title(later).text,
                        tenures_text(person)
                    ),
                    "overlaps an earlier post of the same title".into(),
                )
                .with_fact(&person.name, &title(earlier).loc, "the same post")
                .with_help("merge the two posts, or correct the dates so one ends before the other begins"),
            ));
        }
    }
    out
}

/// Entries an extraction left half-made: a title that opens with a word no title opens with
/// ("But Pertamina President") or ends on a connector ("Minister of"), a name that opens with
/// a title's word ("Affairs Louw").
fn odd_entry(person: &Person) -> Vec<FactsFinding> {
    let lex = lexicon();
    let mut out = Vec::new();
    for form in &person.titles {
        let first = form.words.first().map(String::as_str).unwrap_or("");
        let last = form.words.last().map(String::as_str).unwrap_or("");
        let why = if lex.stop_words.contains(first) || lex.reporting_verbs.contains(first) {
            Some(format!("opens with \"{first}\", a word no title opens with"))
        } else if lex.connectors.contains(last) {
            Some(format!("ends on \"{last}\": cut short"))
        } else {
            None
        };
        if let Some(why) = why {
            out.push(at(
                &form.loc,
                Finding::new(
                    Code::OddEntry,
                    form.loc.span.clone(),
                    format!("the title `{}` of {} {why}", form.text, person.name),
                    "an odd title".into(),
                )
                .with_help("check the title against the source: it may have been read from copy with a word too many or too few"),
            ));
        }
    }
    let first_name = person.name.split_whitespace().next().unwrap_or("").to_lowercase();
    let a_title_word = lex.domains.contains(&first_name)
        || (lex.title_words.contains(&first_name) && crate::lexicon::canonical_honorific(&first_name).is_none());
    if a_title_word {
        out.push(at(
            &person.loc,
            Finding::new(
                Code::OddEntry,
                person.loc.span.clone(),
                format!(
                    "the name `{}` opens with \"{first_name}\", a word of titles, not of names",
                    person.name
                ),
                "an odd name".into(),
            )
            .with_help("check the name against the source: part of a title may have been read into it"),
        ));
    }
    out
}

fn future_posts(person: &Person, today: NaiveDate) -> Vec<FactsFinding> {
    person
        .posts
        .iter()
        .filter_map(|post| {
            let from = post.from.as_ref()?;
            (from.range.first > today).then(|| {
                at(
                    &from.loc,
                    Finding::new(
                        Code::FutureDate,
                        from.loc.span.clone(),
                        format!(
                            "{}'s post `{}` begins on {}, after today ({today})",
                            person.name,
                            title(post).text,
                            from.text
                        ),
                        "a post in the future".into(),
                    )
                    .with_help("a post not yet begun is only right for copy dated after it; check the date"),
                )
            })
        })
        .collect()
}

fn unreviewed(person: &Person, today: NaiveDate) -> Option<FactsFinding> {
    let (reviewed, loc) = person.reviewed.as_ref()?;
    let days = (today - *reviewed).num_days();
    (days > REVIEW_DAYS).then(|| {
        at(
            loc,
            Finding::new(
                Code::Unreviewed,
                loc.span.clone(),
                format!("{} was last reviewed on {reviewed}, {days} days ago", person.name),
                format!("older than {REVIEW_DAYS} days"),
            )
            .with_help("check the entry against a current source, then set `reviewed:` to today's date"),
        )
    })
}

/// The name with one character deleted at each place, and whole: two names one edit apart
/// (a letter changed, added, dropped or two swapped) share one of these.
fn deletions(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out: Vec<String> = (0..chars.len())
        .map(|k| chars[..k].iter().chain(&chars[k + 1..]).collect())
        .collect();
    out.push(name.to_string());
    out
}

/// Pairs of people whose names are one edit apart.
fn near_duplicate_names(people: &[Person]) -> Vec<FactsFinding> {
    pairs_one_edit_apart(people.iter().map(|p| p.name.as_str()))
        .into_iter()
        .map(|(a, b)| near_duplicate(&people[a], &people[b]))
        .collect()
}

/// The pairs `(a, b)`, `a < b`, of names one edit apart, ignoring case (a letter changed,
/// added, dropped or two swapped), found through shared deletions so a who's-who of 100,000
/// names costs a pass, not every pair.
fn pairs_one_edit_apart<'a>(names: impl Iterator<Item = &'a str>) -> Vec<(usize, usize)> {
    let names: Vec<String> = names.map(str::to_lowercase).collect();
    let mut by_deletion: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, name) in names.iter().enumerate() {
        for d in deletions(name) {
            by_deletion.entry(d).or_default().push(k);
        }
    }
    let mut pairs: Vec<(usize, usize)> = by_deletion
        .values()
        .filter(|g| g.len() > 1)
        .flat_map(|g| {
            g.iter()
                .flat_map(move |&a| g.iter().filter(move |&&b| a < b).map(move |&b| (a, b)))
        })
        .filter(|&(a, b)| strsim::osa_distance(&names[a], &names[b]) == 1)
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Which is more likely, a typo or two people: one person entered twice when their titles
/// agree, or when the slip is inside a long word ("Weinburger"); two people when the titles
/// differ and the slip changes a short word or a word's first letter ("Karnes", "Barnes").
fn near_duplicate(earlier: &Person, later: &Person) -> FactsFinding {
    let same_post = earlier.titles.is_empty()
        || later.titles.is_empty()
        || earlier
            .titles
            .iter()
            .any(|f| later.titles.iter().any(|g| f.words == g.words));
    let typo = same_post || slip_inside_a_long_word(&earlier.name, &later.name);
    let verdict = match (typo, same_post) {
        (true, true) => "more likely one person entered twice with a typo: their titles agree",
        (true, false) => "more likely a typo: the slip is inside a long word",
        _ => "more likely two people: their titles differ and the slip makes another name",
    };
    at(
        &later.loc,
        Finding::new(
            Code::NearDuplicateName,
            later.loc.span.clone(),
            format!("`{}` is one letter from `{}`; {verdict}", later.name, earlier.name),
            "a name one letter from another".into(),
        )
        .with_fact(&earlier.name, &earlier.loc, "the other name")
        .with_help(if typo {
            "keep one entry with the right spelling (the other spelling may go in `aliases` if copy uses it)"
        } else {
            "if they are two people, nothing to do; if one, keep one entry"
        }),
    )
}

/// The one word that differs between two names is seven letters or more and keeps its first
/// letter.
fn slip_inside_a_long_word(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    if a.len() != b.len() {
        return false;
    }
    let differing: Vec<(&str, &str)> = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    matches!(differing.as_slice(), [(x, y)] if x.chars().count().min(y.chars().count()) >= 7
        && x.chars().next() == y.chars().next())
}

/// What is wrong in the organisations' entries: two names one letter apart, one form (name or
/// alias) given to two organisations, an alias that repeats its own name, a name or alias cut
/// short ("Bank of"). A story's near name is read against the nearest entry, so each of these
/// makes a right name look misspelt or a misspelt one look right.
fn organisation_entries(orgs: &[Organisation]) -> Vec<FactsFinding> {
    let fold = |text: &str| {
        crate::text::tokens(text)
            .iter()
            .map(|t| t.lower())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = Vec::new();
    let mut owners: HashMap<String, (usize, &Loc)> = HashMap::new();
    for (k, org) in orgs.iter().enumerate() {
        let name = fold(&org.name);
        for (n, (form, loc)) in org.forms().enumerate() {
            let folded = fold(form);
            if n > 0 && folded == name {
                out.push(org_finding(
                    Code::OddEntry,
                    loc,
                    format!("the alias `{form}` of {} repeats its name", org.name),
                    "an alias that repeats the name",
                    "drop the alias: case, spacing and punctuation never make a name misspelt",
                    None,
                ));
                continue;
            }
            if let Some(last) = folded.rsplit(' ').next().filter(|w| lexicon().connectors.contains(*w)) {
                out.push(org_finding(
                    Code::OddEntry,
                    loc,
                    format!("the name `{form}` of an organisation ends on \"{last}\": cut short"),
                    "an odd name",
                    "check the name against the source: a word may have been left off",
                    None,
                ));
            }
            match owners.get(&folded) {
                Some(&(other, other_loc)) if other != k => out.push(org_finding(
                    Code::NearDuplicateName,
                    loc,
                    format!("`{form}` names both {} and {}", orgs[other].name, org.name),
                    "a name given to two organisations",
                    "give the form to the one organisation it names; a story writing it is read as the first",
                    Some((&orgs[other].name, other_loc, "also given here")),
                )),
                Some(_) => {}
                None => {
                    owners.insert(folded, (k, loc));
                }
            }
        }
    }
    out.extend(near_organisation_names(orgs));
    out
}

/// Pairs of organisations whose names are one letter apart ("Bank of Englnad").
fn near_organisation_names(orgs: &[Organisation]) -> Vec<FactsFinding> {
    pairs_one_edit_apart(orgs.iter().map(|o| o.name.as_str()))
        .into_iter()
        .map(|(a, b)| {
            let (earlier, later) = (&orgs[a], &orgs[b]);
            org_finding(
                Code::NearDuplicateName,
                &later.loc,
                format!("organisation `{}` is one letter from `{}`", later.name, earlier.name),
                "a name one letter from another",
                "keep one entry with the right spelling; if they are two organisations, nothing to do",
                Some((&earlier.name, &earlier.loc, "the other name")),
            )
        })
        .collect()
}

/// A finding at an organisation's entry, pointing at the other entry it clashes with if any.
fn org_finding(
    code: Code,
    loc: &Loc,
    message: String,
    label: &str,
    help: &str,
    other: Option<(&str, &Loc, &str)>,
) -> FactsFinding {
    let finding = Finding::new(code, loc.span.clone(), message, label.into()).with_help(help);
    let finding = match other {
        Some((id, other_loc, other_label)) => finding.with_fact(id, other_loc, other_label),
        None => finding,
    };
    at(loc, finding)
}

/// A title form of three words or more given to exactly two people at overlapping times: one
/// of them has left the post (an `until` is missing) or has the other's title. A form three or
/// more people hold is a kind of post many hold ("Central Bank Governor"), not one seat.
fn shared_titles(people: &[Person]) -> Vec<FactsFinding> {
    let posts: Vec<_> = people.iter().map(posts_of).collect();
    let mut holders: HashMap<&[String], Vec<(usize, &Post, &TitleForm)>> = HashMap::new();
    for (k, person_posts) in posts.iter().enumerate() {
        for post in person_posts.iter() {
            for form in post.forms.iter().filter(|f| f.words.len() >= 3 && !f.former) {
                let group = holders.entry(&form.words).or_default();
                if group.last().is_none_or(|&(j, _, _)| j != k) {
                    group.push((k, post, form));
                }
            }
        }
    }
    let mut out: Vec<FactsFinding> = holders
        .values()
        .filter_map(|group| match group.as_slice() {
            [(a, first, _), (b, second, form)] if a != b && tenures_overlap(first, second) => Some(at(
                &form.loc,
                Finding::new(
                    Code::SharedTitle,
                    form.loc.span.clone(),
                    format!("`{}` is also {}'s title at the same time", form.text, people[*a].name),
                    "another person's title".into(),
                )
                .with_fact(&people[*a].name, &people[*a].loc, "also holds it")
                .with_help("give the one who left the post an `until` (or `posts` with dates), or correct the title"),
            )),
            _ => None,
        })
        .collect();
    out.sort_by_key(|f| f.finding.span.start);
    out
}

/// A person's posts, the one-post shorthand read as one post held until its `until`.
fn posts_of(person: &Person) -> std::borrow::Cow<'_, [Post]> {
    if !person.posts.is_empty() {
        return std::borrow::Cow::Borrowed(&person.posts);
    }
    let until = person.until.as_ref().map(|(d, loc)| crate::facts::PostDate {
        range: crate::facts::DateRange::day(*d),
        text: d.to_string(),
        loc: loc.clone(),
    });
    let forms: Vec<TitleForm> = person.titles.iter().filter(|f| !f.former).cloned().collect();
    if forms.is_empty() {
        return std::borrow::Cow::Owned(vec![]);
    }
    std::borrow::Cow::Owned(vec![Post {
        forms,
        from: None,
        until,
    }])
}

/// Runs each fact's `tests:` sentences through the checker, dated as the facts are.
fn self_tests(facts: &Facts) -> Vec<FactsFinding> {
    if facts.self_tests.is_empty() {
        return vec![];
    }
    let checker = Checker::new(facts);
    let options = CheckOptions::default();
    facts
        .self_tests
        .iter()
        .filter_map(|test| {
            let story = Story::from_text(Path::new("test"), test.sentence.clone()).ok()?;
            let found = checker.check(&story, &options);
            failure(test, &found).map(|why| {
                at(
                    &test.loc,
                    Finding::new(
                        Code::SelfTest,
                        test.loc.span.clone(),
                        format!("self-test of {}: {why}", test.fact),
                        if test.flag { "should be flagged" } else { "should pass" }.into(),
                    )
                    .with_help("fix the fact, or the sentence if it does not say what the test means"),
                )
            })
        })
        .collect()
}

/// Why a self-test failed, if it did: a `pass` sentence with a finding, a `flag` sentence
/// with none about its fact.
fn failure(test: &SelfTest, found: &[Finding]) -> Option<String> {
    let shown = found.iter().filter(|f| f.severity != crate::finding::Severity::Note);
    if test.flag {
        let about_it = found.iter().any(|f| f.fact.as_ref().is_some_and(|r| r.id == test.fact));
        (!about_it).then(|| "the sentence should be flagged, and the checker finds nothing about this fact".into())
    } else {
        let got: Vec<String> = shown.map(|f| format!("{}: {}", f.code, f.message)).collect();
        (!got.is_empty()).then(|| format!("the sentence should pass, and the checker says {}", got.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(yaml: &str) -> Vec<(Code, String)> {
        let mut facts = Facts::default();
        facts.add_file(Path::new("f.yaml"), yaml.into()).expect("facts load");
        check_facts(&facts, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
            .into_iter()
            .map(|f| (f.finding.code, f.finding.message))
            .collect()
    }

    #[test]
    fn near_names_say_typo_or_two_people() {
        let two =
            found("people:\n  - name: David Barnes\n    title: Chairman\n  - name: David Karnes\n    title: Senator\n");
        assert_eq!(two.len(), 1);
        assert!(two[0]
            .1
            .ends_with("more likely two people: their titles differ and the slip makes another name"));
        let typo = found("people:\n  - name: Eduard Shevardnadze\n    title: Foreign Minister\n  - name: Eduard Shevardnaze\n    title: Soviet Foreign Minister\n");
        assert!(
            typo[0]
                .1
                .ends_with("more likely a typo: the slip is inside a long word"),
            "{typo:?}"
        );
        assert!(found("people:\n  - name: John Kerry\n  - name: John Terry\n  - name: Jon Kerry\n").len() == 2);
        assert!(
            found("people:\n  - name: Ann Lee\n  - name: Anne Leigh\n").is_empty(),
            "two edits apart"
        );
    }

    #[test]
    fn a_title_of_one_seat_held_twice_but_not_a_kind_of_post() {
        let seat = "people:\n  - name: Paul Volcker\n    title: Federal Reserve Board Chairman\n  - name: Alan Greenspan\n    title: Federal Reserve Board Chairman\n";
        assert_eq!(found(seat).iter().map(|f| f.0).collect::<Vec<_>>(), [Code::SharedTitle]);
        let kind = "people:\n  - name: A B\n    title: Central Bank Governor\n  - name: C D\n    title: Central Bank Governor\n  - name: E F\n    title: Central Bank Governor\n";
        assert!(found(kind).is_empty());
        let apart = "people:\n  - name: Paul Volcker\n    title: Federal Reserve Board Chairman\n    until: 1987-08-11\n  - name: Alan Greenspan\n    posts:\n      - {title: Federal Reserve Board Chairman, from: 1987-08-11}\n";
        assert!(found(apart).is_empty());
    }

    #[test]
    fn organisations_one_letter_apart_sharing_a_form_repeating_or_cut_short() {
        let found = found("organisations:\n  - name: Bank of England\n    aliases: [BoE, bank of england]\n  - name: Bank of Englnad\n  - name: Banco do Brasil\n    aliases: [BoE]\n  - name: Council of\n  - name: Opec\n  - name: Opel\n");
        assert_eq!(
            found,
            [
                (
                    Code::OddEntry,
                    "the alias `bank of england` of Bank of England repeats its name".to_string()
                ),
                (
                    Code::NearDuplicateName,
                    "organisation `Bank of Englnad` is one letter from `Bank of England`".to_string()
                ),
                (
                    Code::NearDuplicateName,
                    "`BoE` names both Bank of England and Banco do Brasil".to_string()
                ),
                (
                    Code::OddEntry,
                    "the name `Council of` of an organisation ends on \"of\": cut short".to_string()
                ),
                (
                    Code::NearDuplicateName,
                    "organisation `Opel` is one letter from `Opec`".to_string()
                ),
            ]
        );
    }

    #[test]
    fn odd_names_and_titles() {
        let odd = found("people:\n  - name: Officer James\n  - name: Michael Cote\n    title: Minister of\n  - name: An Wang\n    title: Wang Laboratories chairman\n");
        assert_eq!(odd.len(), 2, "{odd:?}");
        assert!(odd.iter().all(|f| f.0 == Code::OddEntry));
    }
}
