//! Suppression comments in a story: an editor's "this one is right, stop flagging it".
//!
//! - `<!-- factlint-disable-next-line CODE, CODE -->` silences the next line with text.
//! - `# factlint: ignore CODE` after text silences its own line; on a line of its own, the
//!   next line with text.
//!
//! Without codes every code is silenced. An unknown code is an error, not a silent no-op: a
//! misspelt suppression would otherwise leave a finding the editor thinks is handled.

use crate::error::InputError;
use crate::finding::{Code, Finding};
use crate::render::LineIndex;
use regex::Regex;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

#[derive(Debug, Default)]
pub struct Suppressions {
    /// (0-based line, codes; `None` for all).
    lines: Vec<(usize, Option<Vec<Code>>)>,
}

/// What reading a story's suppressions gives: the rules, and the comment text to keep out of
/// the checked prose.
pub struct Read {
    pub suppressions: Suppressions,
    pub comments: Vec<Range<usize>>,
}

fn directive_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"<!--\s*factlint-disable-next-line\b(?P<next>[^>]*?)-->|(?m:(?:^|[ \t])#[ \t]*factlint:[ \t]*ignore\b(?P<here>[^\n]*))")
            .expect("valid regex")
    })
}

impl Suppressions {
    pub fn read(path: &Path, text: &str) -> Result<Read, InputError> {
        let mut read = Read {
            suppressions: Suppressions::default(),
            comments: vec![],
        };
        // made at the first directive: most stories have none
        let mut line_index = None;
        // several directives on one line look for the same next line, so it is looked for once
        let mut next_after: Option<(usize, Option<usize>)> = None;
        // both forms name factlint: most stories have neither, and need no regex compiled
        let directives = text.contains("factlint").then(|| directive_re().captures_iter(text));
        for caps in directives.into_iter().flatten() {
            let (codes, next_line_only) = match (caps.name("next"), caps.name("here")) {
                (Some(codes), _) => (codes, true),
                (None, Some(codes)) => (codes, false),
                (None, None) => continue,
            };
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            let start = whole.start + text[whole.clone()].find(['<', '#']).unwrap_or(0);
            let lines = line_index.get_or_insert_with(|| LineIndex::new(text));
            let line = lines.line_of(start);
            let line_start = lines.line_span(line).map_or(0, |l| l.start).min(start);
            let text_before = !text[line_start..start].trim().is_empty();
            let target = if text_before && !next_line_only {
                line
            } else {
                let last = lines.line_of(whole.end);
                let next = match next_after {
                    Some((after, next)) if after == last => next,
                    _ => next_line_with_text(text, lines, last),
                };
                next_after = Some((last, next));
                next.unwrap_or(line + 1)
            };
            let codes = parse_codes(path, text, codes.as_str(), start..whole.end)?;
            read.suppressions.lines.push((target, codes));
            read.comments.push(start..whole.end);
        }
        read.suppressions.merge_by_line();
        Ok(read)
    }

    /// One entry per line, sorted, so a finding's line is a binary search away.
    fn merge_by_line(&mut self) {
        self.lines.sort_by_key(|(line, _)| *line);
        let mut merged: Vec<(usize, Option<Vec<Code>>)> = Vec::with_capacity(self.lines.len());
        for (line, codes) in self.lines.drain(..) {
            match (merged.last_mut(), codes) {
                (Some((last, all)), codes) if *last == line => match (all.as_mut(), codes) {
                    (Some(all), Some(codes)) => {
                        let new: Vec<Code> = codes.into_iter().filter(|c| !all.contains(c)).collect();
                        all.extend(new);
                    }
                    _ => *all = None,
                },
                (_, codes) => merged.push((line, codes)),
            }
        }
        self.lines = merged;
    }

    fn silences(&self, line: usize, code: Code) -> bool {
        let Ok(k) = self.lines.binary_search_by_key(&line, |(l, _)| *l) else {
            return false;
        };
        self.lines[k].1.as_ref().is_none_or(|codes| codes.contains(&code))
    }

    /// Drops the findings a comment silences (by the line the finding starts on).
    pub fn retain(&self, text: &str, findings: &mut Vec<Finding>) {
        if self.lines.is_empty() {
            return;
        }
        let lines = LineIndex::new(text);
        findings.retain(|f| !self.silences(lines.line_of(f.span.start), f.code));
    }
}

/// The first line after `line` with more than white space on it.
fn next_line_with_text(text: &str, lines: &LineIndex, line: usize) -> Option<usize> {
    (line + 1..lines.line_count()).find(|&l| lines.line_span(l).is_some_and(|span| !text[span].trim().is_empty()))
}

fn parse_codes(path: &Path, text: &str, list: &str, at: Range<usize>) -> Result<Option<Vec<Code>>, InputError> {
    let names: Vec<&str> = list.split([',', ' ', '\t', '\r']).filter(|n| !n.is_empty()).collect();
    if names.is_empty() {
        return Ok(None);
    }
    names
        .into_iter()
        .map(|n| {
            n.parse::<Code>().map_err(|e| {
                InputError::at(
                    path,
                    text,
                    at.clone(),
                    format!("suppression comment: {e}"),
                    "unknown code",
                )
                .with_help("`factlint explain CODE` lists what each code means; leave the code out to silence all")
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding_at(text: &str, needle: &str, code: Code) -> Finding {
        let start = text.find(needle).unwrap();
        Finding::new(code, start..start + needle.len(), String::new(), String::new())
    }

    fn kept(text: &str, findings: Vec<Finding>) -> Vec<Code> {
        let read = Suppressions::read(Path::new("s.md"), text).unwrap();
        let mut findings = findings;
        read.suppressions.retain(text, &mut findings);
        findings.into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn html_comment_silences_the_next_line_with_text_for_its_codes() {
        let text = "Intro.\n<!-- factlint-disable-next-line title-mismatch -->\n\nIsraeli of Strategic Affairs Ron Dermer met on Monday.\n";
        let findings = vec![
            finding_at(text, "Israeli of", Code::TitleMismatch),
            finding_at(text, "Monday", Code::WeekdayMismatch),
            finding_at(text, "Intro", Code::TitleMismatch),
        ];
        assert_eq!(kept(text, findings), vec![Code::WeekdayMismatch, Code::TitleMismatch]);
    }

    #[test]
    fn hash_comment_silences_its_own_line_or_the_next() {
        let text = "Wiliam Seidman spoke. # factlint: ignore name-misspelled\n# factlint: ignore\nOn Friday, April 3, 1986.\nWiliam again.\n";
        let findings = vec![
            finding_at(text, "Wiliam Seidman", Code::NameMisspelled),
            finding_at(text, "Friday", Code::WeekdayMismatch),
            finding_at(text, "Wiliam again", Code::NameMisspelled),
        ];
        assert_eq!(kept(text, findings), vec![Code::NameMisspelled]);
        let read = Suppressions::read(Path::new("s.txt"), text).unwrap();
        assert_eq!(&text[read.comments[0].clone()], "# factlint: ignore name-misspelled");
    }

    #[test]
    fn several_codes_and_an_unknown_one() {
        let text = "<!-- factlint-disable-next-line title-mismatch, stale-title -->\nx\n";
        let read = Suppressions::read(Path::new("s.md"), text).unwrap();
        assert!(read.suppressions.silences(1, Code::StaleTitle));
        assert!(!read.suppressions.silences(1, Code::NameMisspelled));
        let e = Suppressions::read(
            Path::new("s.md"),
            "<!-- factlint-disable-next-line title-mismach -->\nx\n",
        )
        .err()
        .unwrap();
        assert!(e.message.contains("did you mean `title-mismatch`"), "{}", e.message);
    }

    #[test]
    fn lines_end_at_lone_cr_too_and_directives_on_one_line_merge() {
        let text = "Intro.\r<!-- factlint-disable-next-line stale-title --><!-- factlint-disable-next-line title-mismatch -->\r\rWiliam, Deputy.\rWiliam.\r";
        let findings = vec![
            finding_at(text, "Wiliam,", Code::TitleMismatch),
            finding_at(text, "Deputy", Code::StaleTitle),
            finding_at(text, "Wiliam,", Code::NameMisspelled),
            finding_at(text, "Wiliam.", Code::TitleMismatch),
        ];
        assert_eq!(kept(text, findings), vec![Code::NameMisspelled, Code::TitleMismatch]);
    }

    #[test]
    fn a_hash_inside_a_word_is_not_a_directive() {
        let read = Suppressions::read(Path::new("s.txt"), "C#factlint: ignore\n").unwrap();
        assert!(read.comments.is_empty());
    }
}
