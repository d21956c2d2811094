//! The `unitedstates/congress-legislators` data (CC0): `executive.yaml` (presidents and
//! vice-presidents) and `legislators-*.yaml` (members of Congress with their terms and
//! leadership roles). A person in several files (a senator who became vice-president) is one
//! entry, joined by their bioguide or govtrack id.

use super::{join_touching, other_forms, shorter_forms, Document, Entry, Post};
use crate::error::InputError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
struct Legislator {
    id: Ids,
    name: Name,
    bio: Option<Bio>,
    terms: Vec<Term>,
    #[serde(default)]
    leadership_roles: Vec<Role>,
}

#[derive(Deserialize)]
struct Ids {
    bioguide: Option<String>,
    govtrack: Option<u64>,
}

#[derive(Deserialize, Clone)]
struct Name {
    first: String,
    middle: Option<String>,
    last: String,
    suffix: Option<String>,
    nickname: Option<String>,
    official_full: Option<String>,
}

#[derive(Deserialize)]
struct Bio {
    gender: Option<String>,
}

#[derive(Deserialize)]
struct Term {
    #[serde(rename = "type")]
    kind: String,
    start: String,
    end: Option<String>,
    state: Option<String>,
    party: Option<String>,
}

#[derive(Deserialize)]
struct Role {
    title: String,
    start: String,
    end: Option<String>,
}

/// One person as read from the files, before the names are chosen.
struct Member {
    name: Name,
    posts: Vec<Post>,
}

/// The files' text (file name, text), in the order given, as one facts document.
pub fn import(files: &[(&Path, &str)]) -> Result<Document, InputError> {
    let mut members: BTreeMap<String, Member> = BTreeMap::new();
    let mut starts: Vec<String> = Vec::new();
    for (path, text) in files {
        let legislators: Vec<Legislator> = serde_saphyr::from_str_with_options(text, crate::facts::parse_options())
            .map_err(|e| {
                crate::facts::yaml_error_in(
                    path,
                    text,
                    &e,
                    "congress-legislators file",
                    "expected a list of people with `id`, `name` and `terms` (see the project's README)",
                )
            })?;
        for person in legislators {
            starts.extend(person.terms.iter().map(|t| t.start.clone()));
            starts.extend(person.leadership_roles.iter().map(|r| r.start.clone()));
            let key = person
                .id
                .bioguide
                .clone()
                .or(person.id.govtrack.map(|g| g.to_string()))
                .unwrap_or_else(|| plain_name(&person.name));
            let posts = posts_of(&person);
            let member = members.entry(key).or_insert_with(|| Member {
                name: person.name.clone(),
                posts: Vec::new(),
            });
            member.posts.extend(posts);
        }
    }
    let names = chosen_names(members.values().map(|m| &m.name).collect());
    let people = members
        .into_values()
        .zip(names)
        .map(|(member, name)| Entry {
            comments: Vec::new(),
            aliases: other_forms(&name, name_forms(&member.name, is_executive(&member.posts))),
            name,
            posts: join_touching(member.posts, 31),
        })
        .collect();
    Ok(Document {
        command: "facts import congress-legislators".into(),
        source: "congress-legislators".into(),
        files: files.iter().map(|(p, _)| super::file_name(p)).collect(),
        as_of: super::latest(starts.iter().map(String::as_str)),
        people,
        organisations: Vec::new(),
    })
}

/// Each term and leadership role as a post; the terms of one office join in `import`.
fn posts_of(person: &Legislator) -> Vec<Post> {
    let gender = person.bio.as_ref().and_then(|b| b.gender.as_deref());
    let terms = person.terms.iter().filter_map(|term| {
        let (title, also) = office(&term.kind, term.state.as_deref(), gender)?;
        let note = match term.kind.as_str() {
            "sen" | "rep" => party_state(term.party.as_deref(), term.state.as_deref()),
            _ => None,
        };
        Some(Post {
            title,
            also,
            from: super::facts_date(&term.start),
            until: term.end.as_deref().and_then(super::facts_date),
            note,
        })
    });
    let roles = person.leadership_roles.iter().map(|role| Post {
        title: role.title.clone(),
        also: shorter_forms(&role.title),
        from: super::facts_date(&role.start),
        until: role.end.as_deref().and_then(super::facts_date),
        note: None,
    });
    terms.chain(roles).collect()
}

/// The title and the other forms a wire desk writes for a term's office. A territory's member
/// of the House is a delegate (Puerto Rico's a resident commissioner), not a representative.
fn office(kind: &str, state: Option<&str>, gender: Option<&str>) -> Option<(String, Vec<String>)> {
    let forms = |title: &str, also: &[&str]| Some((title.to_string(), also.iter().map(|s| s.to_string()).collect()));
    match kind {
        "prez" => forms("President", &["U.S. President", "US President"]),
        "viceprez" => forms(
            "Vice President",
            &["U.S. Vice President", "US Vice President", "Vice-President"],
        ),
        "sen" => forms("Senator", &["Sen.", "U.S. Senator", "US Senator"]),
        "rep" if state == Some("PR") => forms("Resident Commissioner", &[]),
        "rep" if state.is_some_and(|s| TERRITORIES.contains(&s)) => forms("Delegate", &["Del."]),
        "rep" => {
            let congress = match gender {
                Some("M") => vec!["Congressman"],
                Some("F") => vec!["Congresswoman"],
                _ => vec!["Congressman", "Congresswoman"],
            };
            let also: Vec<&str> = ["Rep.", "U.S. Representative", "US Representative"]
                .into_iter()
                .chain(congress)
                .collect();
            forms("Representative", &also)
        }
        _ => None,
    }
}

/// The tag a wire desk writes after a member's name: "R-Iowa", "D-Texas".
fn party_state(party: Option<&str>, state: Option<&str>) -> Option<String> {
    let party = match party? {
        "Democrat" => "D".to_string(),
        "Republican" => "R".to_string(),
        "Independent" => "I".to_string(),
        other => other.chars().next()?.to_string(),
    };
    let state = state?;
    let state = STATES
        .iter()
        .find(|(code, _)| *code == state)
        .map_or(state, |(_, name)| name);
    Some(format!("{party}-{state}"))
}

/// "Mitch McConnell": the official name when given, else the nickname or first name and the
/// last name, with the suffix ("Al Gore Jr." is written "Al Gore", so no suffix there).
fn plain_name(name: &Name) -> String {
    if let Some(full) = &name.official_full {
        return full.clone();
    }
    let first = name.nickname.as_ref().unwrap_or(&name.first);
    format!("{first} {}", name.last)
}

/// The names of all people, each the plain name unless two share it: then each of those takes
/// the initials of their middle names ("George H. W. Bush", "George W. Bush").
fn chosen_names(names: Vec<&Name>) -> Vec<String> {
    let plain: Vec<String> = names.iter().map(|n| plain_name(n)).collect();
    let shared = |p: &String| plain.iter().filter(|q| *q == p).count() > 1;
    names
        .iter()
        .zip(&plain)
        .map(|(name, p)| match &name.middle {
            Some(middle) if shared(p) => format!("{} {} {}", name.first, initials(middle), name.last),
            _ => p.clone(),
        })
        .collect()
}

/// "Herbert Walker" -> "H. W."; "J." stays "J.".
fn initials(middle: &str) -> String {
    let letters: Vec<String> = middle
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    letters.join(" ")
}

/// Every way a desk writes the person's name: first and last, nickname and last, with the
/// middle name or its initial, the official form, and the last name alone ("President Reagan",
/// "Sen. Grassley").
/// Presidents and vice-presidents, whom copy names by surname alone ("Reagan", "Bush").
fn is_executive(posts: &[Post]) -> bool {
    posts
        .iter()
        .any(|p| p.title == "President" || p.title == "Vice President")
}

/// The forms copy writes a person's name in. The surname alone only for the executive: as an
/// alias of all 537 members it makes every capitalised word one letter from a surname ("Grand"
/// for Grant) a near miss, thousands of false alarms on the corpus.
fn name_forms(name: &Name, with_surname_alone: bool) -> Vec<String> {
    let mut forms = Vec::new();
    forms.extend(name.official_full.clone());
    if let Some(nick) = &name.nickname {
        forms.push(format!("{nick} {}", name.last));
    }
    forms.push(format!("{} {}", name.first, name.last));
    if let Some(middle) = &name.middle {
        forms.push(format!("{} {} {}", name.first, initials(middle), name.last));
        forms.push(format!("{} {middle} {}", name.first, name.last));
    }
    if let Some(suffix) = &name.suffix {
        forms.push(format!("{} {} {suffix}", name.first, name.last));
    }
    if with_surname_alone {
        forms.push(name.last.clone());
    }
    forms
}

/// Territories that send a delegate to the House.
const TERRITORIES: &[&str] = &["AS", "DC", "GU", "MP", "VI"];

/// State and territory codes as the wire writes them in a party-state tag.
const STATES: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AS", "American Samoa"),
    ("DC", "D.C."),
    ("GU", "Guam"),
    ("MP", "Northern Mariana Islands"),
    ("PR", "Puerto Rico"),
    ("VI", "Virgin Islands"),
];

#[cfg(test)]
mod tests {
    use super::*;

    const BUSHES: &str = "\
- id: {bioguide: B001166}
  name: {first: George, middle: Herbert Walker, last: Bush}
  terms:
  - {type: viceprez, start: '1981-01-20', end: '1985-01-20', party: Republican}
  - {type: viceprez, start: '1985-01-20', end: '1989-01-20', party: Republican}
  - {type: prez, start: '1989-01-20', end: '1993-01-20', party: Republican}
- id: {govtrack: 412375}
  name: {first: George, middle: Walker, last: Bush}
  terms:
  - {type: prez, start: '2001-01-20', end: '2005-01-20', party: Republican}
  - {type: prez, start: '2005-01-20', end: '2009-01-20', party: Republican}
";

    #[test]
    fn two_george_bushes_get_their_initials_and_their_own_posts() {
        let doc = import(&[(Path::new("executive.yaml"), BUSHES)]).unwrap();
        let father = doc.people.iter().find(|p| p.name == "George H. W. Bush").unwrap();
        let son = doc.people.iter().find(|p| p.name == "George W. Bush").unwrap();
        let spans = |e: &Entry| -> Vec<(String, String, String)> {
            e.posts
                .iter()
                .map(|p| (p.title.clone(), p.from.clone().unwrap(), p.until.clone().unwrap()))
                .collect()
        };
        assert_eq!(
            spans(father),
            vec![
                ("President".into(), "1989-01-20".into(), "1993-01-20".into()),
                ("Vice President".into(), "1981-01-20".into(), "1989-01-20".into()),
            ]
        );
        assert_eq!(
            spans(son),
            vec![("President".into(), "2001-01-20".into(), "2009-01-20".into())]
        );
        assert!(son.aliases.contains(&"George Bush".to_string()) && son.aliases.contains(&"Bush".to_string()));
        assert_eq!(doc.as_of.as_deref(), Some("2005-01-20"));
    }

    #[test]
    fn a_member_has_wire_forms_and_a_party_state_tag() {
        let text = "- id: {bioguide: G000386}\n  name: {first: Charles, middle: E., last: Grassley, nickname: Chuck, official_full: Chuck Grassley}\n  bio: {gender: M}\n  terms:\n  - {type: rep, start: '1975-01-14', end: '1977-01-03', state: IA, district: 3, party: Republican}\n  - {type: sen, start: '1981-01-05', end: '1987-01-03', state: IA, party: Republican}\n  leadership_roles:\n  - {title: President Pro Tempore of the Senate, chamber: senate, start: '2019-01-03', end: '2021-01-03'}\n";
        let doc = import(&[(Path::new("legislators-current.yaml"), text)]).unwrap();
        let person = &doc.people[0];
        assert_eq!(person.name, "Chuck Grassley");
        assert_eq!(person.aliases, vec!["Charles Grassley", "Charles E. Grassley"]);
        let rep = person.posts.iter().find(|p| p.title == "Representative").unwrap();
        assert!(rep.also.contains(&"Congressman".to_string()) && rep.also.contains(&"Rep.".to_string()));
        assert_eq!(rep.note.as_deref(), Some("R-Iowa"));
        let pro_tem = person
            .posts
            .iter()
            .find(|p| p.title.starts_with("President Pro"))
            .unwrap();
        assert_eq!(
            pro_tem.also,
            vec!["Senate President Pro Tempore", "President Pro Tempore"]
        );
    }

    #[test]
    fn a_broken_file_is_an_error_at_its_place() {
        let err = import(&[(Path::new("x.yaml"), "- id: {bioguide: X}\n  name: {first: A}\n")]).unwrap_err();
        assert!(err.message.contains("congress-legislators file"), "{}", err.message);
        assert!(err.line_column().is_some());
    }
}
