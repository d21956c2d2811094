//! The JSON results of a Wikidata SPARQL query for positions held (P39) with their start
//! (P580) and end (P582) qualifiers; the query is in the README. Rows are bound as `person`
//! (the item), `personLabel`, `positionLabel`, and optionally `start`, `end` and `aliases`
//! (alternative names joined by `|`).

use super::{other_forms, shorter_forms, Document, Entry, Post};
use crate::error::InputError;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Deserialize)]
struct Results {
    results: Bindings,
}

#[derive(Deserialize)]
struct Bindings {
    bindings: Vec<HashMap<String, Value>>,
}

#[derive(Deserialize)]
struct Value {
    value: String,
}

/// One row's text under a variable, if bound.
fn get<'a>(row: &'a HashMap<String, Value>, var: &str) -> Option<&'a str> {
    row.get(var).map(|v| v.value.trim()).filter(|v| !v.is_empty())
}

/// A query's results as one facts document: one person per label (Wikidata's labels tell
/// namesakes apart: "George H. W. Bush", "George W. Bush"), one post per row.
pub fn import(path: &Path, text: &str) -> Result<Document, InputError> {
    let data: Results = serde_json::from_str(text).map_err(|e| {
        super::json_error(
            path,
            text,
            &e,
            "Wikidata results file",
            "expected SPARQL results as JSON (`{\"results\": {\"bindings\": [...]}}`), as query.wikidata.org downloads them",
        )
    })?;
    let mut people: BTreeMap<String, Entry> = BTreeMap::new();
    let mut dates = Vec::new();
    for (row, k) in data.results.bindings.iter().zip(1..) {
        let (Some(name), Some(title)) = (get(row, "personLabel"), get(row, "positionLabel")) else {
            return Err(
                InputError::file(path, format!("result {k} has no `personLabel` or no `positionLabel`"))
                    .with_help("run the query in the README: it binds ?personLabel and ?positionLabel"),
            );
        };
        // an item with no English label comes back as its id ("Q123"): no name to check
        if is_item_id(name) || is_item_id(title) {
            continue;
        }
        let from = get(row, "start").and_then(super::facts_date);
        let until = get(row, "end").and_then(super::facts_date);
        dates.extend(from.clone().into_iter().chain(until.clone()));
        let entry = people.entry(name.to_string()).or_insert_with(|| Entry {
            name: name.to_string(),
            ..Entry::default()
        });
        let aliases = get(row, "aliases").unwrap_or("").split('|').map(str::to_string);
        entry.aliases = other_forms(name, entry.aliases.drain(..).chain(aliases));
        let post = Post {
            also: shorter_forms(title),
            title: title.to_string(),
            from,
            until,
            note: None,
        };
        if !entry.posts.contains(&post) {
            entry.posts.push(post);
        }
    }
    Ok(Document {
        command: "facts import wikidata".into(),
        source: "wikidata".into(),
        files: vec![super::file_name(path)],
        as_of: super::latest(dates.iter().map(String::as_str)),
        people: people.into_values().collect(),
        organisations: Vec::new(),
    })
}

fn is_item_id(s: &str) -> bool {
    s.strip_prefix('Q')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_posts_of_one_person_per_label() {
        let text = r#"{"head": {"vars": ["person", "personLabel", "positionLabel", "start", "end"]},
          "results": {"bindings": [
            {"personLabel": {"type": "literal", "value": "George H. W. Bush"},
             "positionLabel": {"type": "literal", "value": "Vice President of the United States"},
             "start": {"type": "literal", "value": "1981-01-20T00:00:00Z"},
             "end": {"type": "literal", "value": "1989-01-20T00:00:00Z"},
             "aliases": {"type": "literal", "value": "George Bush|Bush"}},
            {"personLabel": {"type": "literal", "value": "George H. W. Bush"},
             "positionLabel": {"type": "literal", "value": "President of the United States"},
             "start": {"type": "literal", "value": "1989-01-20T00:00:00Z"}},
            {"personLabel": {"type": "literal", "value": "Q999"},
             "positionLabel": {"type": "literal", "value": "mayor"}}]}}"#;
        let doc = import(Path::new("w.json"), text).unwrap();
        assert_eq!(doc.people.len(), 1);
        let bush = &doc.people[0];
        assert_eq!(bush.aliases, vec!["George Bush", "Bush"]);
        assert_eq!(
            bush.posts[0].also,
            vec!["United States Vice President", "Vice President"]
        );
        assert_eq!(bush.posts[1].until, None);
        assert_eq!(doc.as_of.as_deref(), Some("1989-01-20"));
    }

    #[test]
    fn a_row_without_labels_is_an_error() {
        let text = r#"{"results": {"bindings": [{"person": {"value": "x"}}]}}"#;
        let err = import(Path::new("w.json"), text).unwrap_err();
        assert!(err.message.contains("result 1"), "{}", err.message);
    }
}
