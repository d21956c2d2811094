//! Honorifics: when the facts give a person's `honorific`, another one written before the name
//! disagrees ("Professor Jane Doe" for the desk's "Dr"; "Lord Smith" for `honorific: none`).
//! A courtesy title (Mr, Ms) and no honorific at all are house style, never a disagreement.

use crate::extract::honorifics::WrittenHonorifics;
use crate::facts::Person;
use crate::finding::{Code, Finding};
use crate::text::Doc;

/// `name` is the name as the story writes it after the honorific.
pub fn check_honorific(doc: &Doc, written: &WrittenHonorifics, name: &str, person: &Person) -> Option<Finding> {
    let given = person.honorific.as_ref()?;
    if written.canonical.is_empty() || written.canonical.iter().any(|w| given.words.contains(w)) {
        return None;
    }
    let text = doc.words(written.tokens.clone());
    let finding = Finding::new(
        Code::TitleMismatch,
        doc.span(written.tokens.clone()),
        format!("honorific of {} does not match the facts", person.name),
        if given.words.is_empty() {
            "the facts give no honorific".to_string()
        } else {
            format!("the facts give `{}`", given.text)
        },
    )
    .with_fact(
        &person.name,
        &given.loc,
        format!("{}'s honorific in the facts", person.name),
    );
    Some(if given.words.is_empty() {
        finding.with_help(format!("drop `{text}` before {name}"))
    } else {
        finding
            .with_replacement(given.text.clone())
            .with_help(format!("write `{} {name}`", given.text))
    })
}
