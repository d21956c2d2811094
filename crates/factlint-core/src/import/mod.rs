//! `factlint facts import`: real reference data turned into a facts file a desk can review.
//!
//! One module per source, each a pure function from the source's text to a [`Document`];
//! [`Document::render`] writes it sorted and commented, the same bytes for the same data (the
//! date in its header is the data's own, never the clock's), so a re-import diffs cleanly.

pub mod congress;
pub mod popolo;
pub mod wikidata;

use std::collections::BTreeSet;

/// A facts file being built: people with their posts over time.
#[derive(Debug, Default)]
pub struct Document {
    /// The command that wrote it, for the header: "facts import congress-legislators".
    pub command: String,
    /// What the data is, for the file's `imported:` key: "congress-legislators".
    pub source: String,
    /// What it was read from (file names only: a copy elsewhere imports the same).
    pub files: Vec<String>,
    /// The latest date the data gives, as its "as of".
    pub as_of: Option<String>,
    /// The people, each with their posts.
    pub people: Vec<Entry>,
    /// Organisations (from `factlint facts learn`), written after the people.
    pub organisations: Vec<OrgEntry>,
}

/// An organisation of a facts file being built.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct OrgEntry {
    /// Lines written as comments above the entry, for the reviewer.
    pub comments: Vec<String>,
    /// The name in the spelling the copy writes most.
    pub name: String,
    /// Other forms (the acronym the copy gives in brackets).
    pub aliases: Vec<String>,
}

/// One person as the source gives them.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Entry {
    /// Lines written as comments above the entry, for the reviewer.
    pub comments: Vec<String>,
    /// The name as the source writes it.
    pub name: String,
    /// Other names a story may use.
    pub aliases: Vec<String>,
    /// Their posts, earliest first.
    pub posts: Vec<Post>,
}

/// One post, with its tenure as the source dates it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Post {
    /// The title, as a desk writes it.
    pub title: String,
    /// Other forms of the title.
    pub also: Vec<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub from: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` while the post is held.
    pub until: Option<String>,
    /// Written as a comment after the post, for the reviewer ("R-Iowa").
    pub note: Option<String>,
}

impl Document {
    /// The facts file: a header saying where it came from, `imported:`, then the people by name,
    /// each with aliases and posts in date order.
    pub fn render(mut self) -> String {
        self.people.sort_by(|a, b| a.name.cmp(&b.name));
        let mut out = String::new();
        out.push_str(&format!(
            "# Written by `factlint {}` from {}.\n",
            self.command,
            self.files.join(", ")
        ));
        if let Some(as_of) = &self.as_of {
            out.push_str(&format!("# Data as of {as_of} (the latest date it gives).\n"));
        }
        out.push_str(&format!(
            "# {} people. Review before use; a desk's own facts file wins over this one for the same person.\n",
            self.people.len()
        ));
        out.push_str(&format!("imported: {}\n", quote(&self.source)));
        out.push_str("people:\n");
        for person in &self.people {
            render_entry(&mut out, person);
        }
        render_organisations(&mut out, &mut self.organisations);
        out
    }
}

fn render_entry(out: &mut String, person: &Entry) {
    for line in &person.comments {
        out.push_str(&format!("  # {line}\n"));
    }
    out.push_str(&format!("  - name: {}\n", quote(&person.name)));
    if !person.aliases.is_empty() {
        out.push_str(&format!("    aliases: {}\n", flow_list(&person.aliases)));
    }
    // one post held at no known dates is written in the one-post shorthand
    if let [post] = person.posts.as_slice() {
        if post.from.is_none() && post.until.is_none() && post.note.is_none() {
            out.push_str(&format!("    title: {}\n", quote(&post.title)));
            if !post.also.is_empty() {
                out.push_str(&format!("    also: {}\n", flow_list(&post.also)));
            }
            return;
        }
    }
    out.push_str("    posts:\n");
    let mut posts = person.posts.clone();
    posts.sort_by(|a, b| (&a.from, &a.until, &a.title).cmp(&(&b.from, &b.until, &b.title)));
    for post in &posts {
        let mut fields = vec![format!("title: {}", quote(&post.title))];
        if !post.also.is_empty() {
            fields.push(format!("also: {}", flow_list(&post.also)));
        }
        fields.extend(post.from.as_ref().map(|d| format!("from: {}", quote(d))));
        fields.extend(post.until.as_ref().map(|d| format!("until: {}", quote(d))));
        let note = post.note.as_ref().map_or(String::new(), |n| format!("  # {n}"));
        out.push_str(&format!("      - {{{}}}{note}\n", fields.join(", ")));
    }
}

/// The `organisations:` list, by name; nothing when there are none.
fn render_organisations(out: &mut String, organisations: &mut [OrgEntry]) {
    if organisations.is_empty() {
        return;
    }
    organisations.sort_by(|a, b| a.name.cmp(&b.name));
    out.push_str("organisations:\n");
    for org in organisations.iter() {
        for line in &org.comments {
            out.push_str(&format!("  # {line}\n"));
        }
        out.push_str(&format!("  - name: {}\n", quote(&org.name)));
        if !org.aliases.is_empty() {
            out.push_str(&format!("    aliases: {}\n", flow_list(&org.aliases)));
        }
    }
}

fn flow_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A YAML double-quoted string: always quoted, so "No", "1987" or "Sen.: x" stay text.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Joins consecutive posts with the same title whose dates touch (a senator re-elected is one
/// post from the first term's start to the last term's end). `gap_days` is how far apart an end
/// and the next start may be and still touch (a new Congress sits a few days after the last).
pub(crate) fn join_touching(mut posts: Vec<Post>, gap_days: i64) -> Vec<Post> {
    posts.sort_by(|a, b| (&a.title, &a.from).cmp(&(&b.title, &b.from)));
    let mut out: Vec<Post> = Vec::new();
    for post in posts {
        if let Some(last) = out.last_mut() {
            let touches = last.title == post.title
                && last.note == post.note
                && match (&last.until, &post.from) {
                    (Some(end), Some(start)) => days_between(end, start).is_some_and(|d| d <= gap_days),
                    _ => false,
                };
            if touches {
                last.until = post.until;
                continue;
            }
        }
        out.push(post);
    }
    out
}

/// Days from `a` to `b` (both `YYYY-MM-DD`); negative when `b` is earlier.
fn days_between(a: &str, b: &str) -> Option<i64> {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    Some((day(b)? - day(a)?).num_days())
}

/// A date as the facts format writes it (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), from a source's
/// date that may carry a time ("2021-01-20T00:00:00Z"); None when it is none of those.
pub(crate) fn facts_date(s: &str) -> Option<String> {
    let s = s.trim();
    let date = s.split('T').next().unwrap_or(s);
    let ok = match date.len() {
        10 => chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
        7 => chrono::NaiveDate::parse_from_str(&format!("{date}-01"), "%Y-%m-%d").is_ok(),
        4 => date.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    };
    ok.then(|| date.to_string())
}

/// "Speaker of the House" is also written "House Speaker" and "Speaker"; "President of the
/// United States" "United States President" and "President". Titles written body-first
/// ("Senate Majority Leader") need nothing: a form with leading words dropped already agrees.
pub(crate) fn shorter_forms(title: &str) -> Vec<String> {
    match title.split_once(" of the ") {
        Some((office, body)) => vec![format!("{body} {office}"), office.to_string()],
        None => Vec::new(),
    }
}

/// A JSON file that did not parse or fit the source's shape, at serde_json's line and column.
pub(crate) fn json_error(
    path: &std::path::Path,
    text: &str,
    e: &serde_json::Error,
    kind: &str,
    help: &str,
) -> crate::error::InputError {
    let message = format!(
        "invalid {kind}: {}",
        e.to_string().split(" at line ").next().unwrap_or_default()
    );
    // serde_json's columns count bytes
    let err = match crate::source_map::offset_of(text, e.line(), e.column(), crate::source_map::Unit::Byte) {
        Some(at) => {
            let at = crate::error::floor_char_boundary(text, at.min(text.len()));
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            crate::error::InputError::at(path, text, at..end, message, "here")
        }
        _ => crate::error::InputError::file(path, message),
    };
    err.with_help(help.to_string())
}

/// A file's name without its folder, for the header: a copy elsewhere imports the same.
pub(crate) fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// The latest of the dates, as the data's "as of".
pub(crate) fn latest<'a>(dates: impl Iterator<Item = &'a str>) -> Option<String> {
    dates.max().map(str::to_string)
}

/// Other forms of a name, without the name itself and without repeats, in order.
pub(crate) fn other_forms(name: &str, forms: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = BTreeSet::from([name.to_string()]);
    forms
        .into_iter()
        .map(|f| f.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|f| !f.is_empty() && seen.insert(f.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(title: &str, from: &str, until: &str) -> Post {
        Post {
            title: title.into(),
            from: Some(from.into()),
            until: Some(until.into()),
            ..Post::default()
        }
    }

    #[test]
    fn terms_that_touch_become_one_post_and_a_gap_splits_them() {
        let posts = join_touching(
            vec![
                post("Senator", "2015-01-06", "2021-01-03"),
                post("Senator", "2009-01-06", "2015-01-03"),
                post("Senator", "2023-01-03", "2029-01-03"),
            ],
            31,
        );
        assert_eq!(
            posts,
            vec![
                post("Senator", "2009-01-06", "2021-01-03"),
                post("Senator", "2023-01-03", "2029-01-03")
            ]
        );
    }

    #[test]
    fn dates_keep_their_precision_and_lose_a_time() {
        assert_eq!(facts_date("2021-01-20T00:00:00Z").as_deref(), Some("2021-01-20"));
        assert_eq!(facts_date("1987-03").as_deref(), Some("1987-03"));
        assert_eq!(facts_date("1987").as_deref(), Some("1987"));
        assert_eq!(facts_date("1987-13-01"), None);
        assert_eq!(facts_date("soon"), None);
    }

    #[test]
    fn quoting_keeps_yaml_words_text() {
        assert_eq!(quote("No"), "\"No\"");
        assert_eq!(quote("a \"b\" \\"), "\"a \\\"b\\\" \\\\\"");
    }
}
