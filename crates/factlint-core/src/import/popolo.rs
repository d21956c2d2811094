//! Popolo JSON (popoloproject.com): `persons` with `other_names`, `organizations`, `posts` and
//! `memberships` with `start_date`/`end_date`, as EveryPolitician, OpenSanctions and many
//! parliaments publish them. A membership is a post: its `label`, else its post's `label`,
//! else its role and organisation ("Member of the Senate").

use super::{other_forms, shorter_forms, Document, Entry, Post};
use crate::error::InputError;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Deserialize)]
struct Popolo {
    #[serde(default)]
    persons: Vec<Person>,
    #[serde(default)]
    organizations: Vec<Organization>,
    #[serde(default)]
    posts: Vec<PopoloPost>,
    #[serde(default)]
    memberships: Vec<Membership>,
}

#[derive(Deserialize)]
struct Person {
    id: String,
    name: String,
    #[serde(default)]
    other_names: Vec<OtherName>,
}

#[derive(Deserialize)]
struct OtherName {
    name: String,
}

#[derive(Deserialize)]
struct Organization {
    id: String,
    name: String,
}

#[derive(Deserialize)]
struct PopoloPost {
    id: String,
    label: Option<String>,
}

#[derive(Deserialize)]
struct Membership {
    person_id: String,
    organization_id: Option<String>,
    post_id: Option<String>,
    role: Option<String>,
    label: Option<String>,
    start_date: Option<String>,
    end_date: Option<String>,
}

/// A Popolo export as one facts document; people with no membership are left out (they have
/// no title to check).
pub fn import(path: &Path, text: &str) -> Result<Document, InputError> {
    let data: Popolo = serde_json::from_str(text).map_err(|e| {
        super::json_error(
            path,
            text,
            &e,
            "Popolo file",
            "expected a JSON object with `persons`, `organizations` and `memberships` (popoloproject.com)",
        )
    })?;
    let organizations: HashMap<&str, &str> = data
        .organizations
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str()))
        .collect();
    let post_labels: HashMap<&str, &str> = data
        .posts
        .iter()
        .filter_map(|p| Some((p.id.as_str(), p.label.as_deref()?)))
        .collect();
    let mut posts: BTreeMap<&str, Vec<Post>> = BTreeMap::new();
    let mut dates = Vec::new();
    for m in &data.memberships {
        let organization = m
            .organization_id
            .as_deref()
            .and_then(|id| organizations.get(id).copied());
        let title = m
            .label
            .clone()
            .or_else(|| {
                m.post_id
                    .as_deref()
                    .and_then(|id| post_labels.get(id))
                    .map(|l| l.to_string())
            })
            .or_else(|| Some(role_title(m.role.as_deref()?, organization)));
        let Some(title) = title else { continue };
        let from = m.start_date.as_deref().and_then(super::facts_date);
        let until = m.end_date.as_deref().and_then(super::facts_date);
        dates.extend(from.clone().into_iter().chain(until.clone()));
        posts.entry(m.person_id.as_str()).or_default().push(Post {
            also: shorter_forms(&title),
            title,
            from,
            until,
            note: None,
        });
    }
    let people = data
        .persons
        .iter()
        .filter_map(|p| {
            let posts = posts.remove(p.id.as_str())?;
            Some(Entry {
                comments: Vec::new(),
                aliases: other_forms(&p.name, p.other_names.iter().map(|o| o.name.clone())),
                name: p.name.clone(),
                posts: super::join_touching(posts, 1),
            })
        })
        .collect();
    Ok(Document {
        command: "facts import popolo".into(),
        source: "popolo".into(),
        files: vec![super::file_name(path)],
        as_of: super::latest(dates.iter().map(String::as_str)),
        people,
        organisations: Vec::new(),
    })
}

/// "member" of "Senate" -> "Member of the Senate"; a role with no organisation is the title.
fn role_title(role: &str, organization: Option<&str>) -> String {
    let mut chars = role.chars();
    let role: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    match organization {
        Some(org) if !org.starts_with("the ") && !org.starts_with("The ") => format!("{role} of the {org}"),
        Some(org) => format!("{role} of {org}"),
        None => role,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memberships_become_dated_posts() {
        let text = r#"{"persons": [{"id": "p1", "name": "Jane Roe", "other_names": [{"name": "J. Roe"}]},
                       {"id": "p2", "name": "No Post"}],
            "organizations": [{"id": "o1", "name": "Senate"}],
            "posts": [{"id": "s1", "label": "Senator for Utopia", "organization_id": "o1"}],
            "memberships": [
              {"person_id": "p1", "organization_id": "o1", "role": "member", "start_date": "2001-05", "end_date": "2005-05-02"},
              {"person_id": "p1", "post_id": "s1", "start_date": "2010"}]}"#;
        let doc = import(Path::new("p.json"), text).unwrap();
        assert_eq!(doc.people.len(), 1);
        let jane = &doc.people[0];
        assert_eq!(jane.aliases, vec!["J. Roe"]);
        let titles: Vec<(&str, Option<&str>)> = jane
            .posts
            .iter()
            .map(|p| (p.title.as_str(), p.from.as_deref()))
            .collect();
        assert_eq!(
            titles,
            vec![
                ("Member of the Senate", Some("2001-05")),
                ("Senator for Utopia", Some("2010"))
            ]
        );
        assert_eq!(doc.as_of.as_deref(), Some("2010"));
    }

    #[test]
    fn broken_json_is_an_error_at_its_line() {
        let err = import(Path::new("p.json"), "{\"persons\": [\n  {\"id\": 1}]}").unwrap_err();
        assert_eq!(err.line_column().map(|(l, _)| l), Some(2), "{err:?}");
    }
}
