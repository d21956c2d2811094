//! The registry of finding codes: what is fixed about each (`Code::rule`: name, severity,
//! where it is found, whether `--fix` applies it) and what each means (`rules/codes.yaml`,
//! embedded and parsed once per process). `factlint explain CODE` prints [`explain`]; the
//! SARIF renderer describes its rules from both.
//!
//! A new code is a variant of [`Code`] (and its place in [`Code::ALL`]), an arm of
//! `Code::rule`, and an entry in `rules/codes.yaml`, whose example the tests check. The
//! registry itself is crate-private: front ends use [`explain`] and [`code_list`], and the
//! renderers' SARIF rules.

use crate::finding::{Code, Severity};
use serde::Deserialize;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// What is fixed about a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rule {
    /// Its name in output, configs and suppression comments.
    pub name: &'static str,
    /// Its severity unless a config says otherwise.
    pub severity: Severity,
    /// Found by `factlint facts check` in a facts file, not in a story.
    pub in_facts: bool,
    /// `--fix` applies its replacement without a person's judgement.
    pub certain_fix: bool,
}

impl Code {
    /// The code's rule: the one place its name, severity, kind and fix are decided.
    pub(crate) const fn rule(self) -> Rule {
        use Severity::{Error, Note, Warning};
        const fn story(name: &'static str, severity: Severity, certain_fix: bool) -> Rule {
            Rule {
                name,
                severity,
                in_facts: false,
                certain_fix,
            }
        }
        const fn facts(name: &'static str, severity: Severity) -> Rule {
            Rule {
                name,
                severity,
                in_facts: true,
                certain_fix: false,
            }
        }
        // the fix follows from the facts alone: a title or name diff, "former", a weekday
        // beside its date; figures and dates are left to a person (the facts may be out of date)
        const CERTAIN: bool = true;
        const JUDGED: bool = false;
        match self {
            Code::TitleMismatch => story("title-mismatch", Error, CERTAIN),
            Code::StaleTitle => story("stale-title", Error, CERTAIN),
            Code::NameMisspelled => story("name-misspelled", Error, CERTAIN),
            Code::FigureMismatch => story("figure-mismatch", Error, JUDGED),
            Code::DateMismatch => story("date-mismatch", Error, JUDGED),
            Code::WeekdayMismatch => story("weekday-mismatch", Error, CERTAIN),
            // only the reporter knows which words were said, and by whom
            Code::QuoteMismatch => story("quote-mismatch", Error, JUDGED),
            Code::QuoteMisattributed => story("quote-misattributed", Error, JUDGED),
            Code::FigureConflict => story("figure-conflict", Warning, JUDGED),
            Code::UnsourcedFigure => story("unsourced-figure", Note, JUDGED),
            Code::PostDates => facts("post-dates", Error),
            Code::PostOverlap => facts("post-overlap", Warning),
            Code::NearDuplicateName => facts("near-duplicate-name", Warning),
            Code::SharedTitle => facts("shared-title", Warning),
            Code::OddEntry => facts("odd-entry", Warning),
            Code::FutureDate => facts("future-date", Warning),
            Code::Unreviewed => facts("unreviewed", Warning),
            Code::SelfTest => facts("self-test", Error),
        }
    }
}

/// A wrong sentence, the facts that show it wrong, and the sentence corrected.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Example {
    /// A few lines of a facts file.
    pub facts: String,
    /// A sentence that gives the finding.
    pub story: String,
    /// The same sentence corrected.
    pub fixed: String,
    /// For a code `factlint facts check` gives: the facts corrected (then `story` is its
    /// message and `fixed` says what changed).
    #[serde(default)]
    pub fixed_facts: Option<String>,
}

/// The documentation of one code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CodeDoc {
    /// One line.
    pub summary: String,
    /// What triggers it and why it matters, for a copy editor.
    pub explanation: String,
    /// A wrong sentence, the facts that show it wrong, and the sentence corrected.
    pub example: Example,
    /// How to fix it, when the facts may be out of date, and whether `--fix` applies it.
    pub fix: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    code: String,
    summary: String,
    explanation: String,
    example: Example,
    fix: String,
}

const CODES: &str = include_str!("../../../rules/codes.yaml");

/// The documentation of `code`. The embedded file is checked by the tests, so a parse failure
/// here is a build defect, not an input error.
pub(crate) fn code_doc(code: Code) -> &'static CodeDoc {
    static DOCS: OnceLock<Vec<CodeDoc>> = OnceLock::new();
    let docs = DOCS.get_or_init(|| parse(CODES).unwrap_or_else(|e| panic!("built-in rules/codes.yaml: {e}")));
    &docs[index(code)]
}

fn index(code: Code) -> usize {
    Code::ALL
        .iter()
        .position(|&c| c == code)
        .expect("Code::ALL lists every code")
}

/// The docs in [`Code::ALL`] order: exactly one entry per code, no unknown code or field.
fn parse(text: &str) -> Result<Vec<CodeDoc>, String> {
    let entries: Vec<RawEntry> = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
    let mut docs: Vec<Option<CodeDoc>> = vec![None; Code::ALL.len()];
    for e in entries {
        let code: Code = e.code.parse().map_err(|e| format!("{e}"))?;
        let slot = &mut docs[index(code)];
        if slot.is_some() {
            return Err(format!("`{code}` is documented twice"));
        }
        *slot = Some(CodeDoc {
            summary: e.summary.trim().to_string(),
            explanation: e.explanation.trim().to_string(),
            example: e.example,
            fix: e.fix.trim().to_string(),
        });
    }
    Code::ALL
        .iter()
        .zip(docs)
        .map(|(code, doc)| doc.ok_or_else(|| format!("`{code}` is not documented")))
        .collect()
}

/// Terminal width the prose is wrapped to.
const WIDTH: usize = 80;

/// The documentation of `code` for a terminal: a heading with its severity, the explanation,
/// an example and how to fix it.
pub fn explain(code: Code) -> String {
    let doc = code_doc(code);
    let mut out = String::new();
    let _ = writeln!(out, "{}[{code}]: {}", code.severity().as_str(), doc.summary);
    out.push('\n');
    wrap_into(&mut out, &doc.explanation, "");
    out.push_str("\nExample\n\n  facts:\n");
    for line in doc.example.facts.trim_end().lines() {
        let _ = writeln!(out, "    {line}");
    }
    let story_label = if code.is_facts_code() {
        "facts check says"
    } else {
        "story"
    };
    let _ = writeln!(out, "\n  {story_label}:");
    wrap_into(&mut out, &doc.example.story, "    ");
    out.push_str("\n  fixed:\n");
    wrap_into(&mut out, &doc.example.fixed, "    ");
    for line in doc.example.fixed_facts.iter().flat_map(|f| f.trim_end().lines()) {
        let _ = writeln!(out, "    {line}");
    }
    out.push_str("\nHow to fix\n\n");
    wrap_into(&mut out, &doc.fix, "");
    out
}

/// Every code with its default severity and summary, for `factlint explain` with no code.
pub fn code_list() -> String {
    let width = Code::ALL.iter().map(|c| c.as_str().len()).max().unwrap_or(0);
    let mut out = String::from("Finding codes (`factlint explain CODE` for one in full):\n\n");
    for code in Code::ALL {
        let _ = writeln!(
            out,
            "  {:width$}  {:7}  {}",
            code.as_str(),
            code.severity().as_str(),
            code_doc(code).summary
        );
    }
    out
}

/// Appends `text` with its words wrapped to [`WIDTH`] columns, each line after `indent`.
fn wrap_into(out: &mut String, text: &str, indent: &str) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        let width = indent.chars().count() + line.chars().count() + 1 + word.chars().count();
        if !line.is_empty() && width > WIDTH {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_names_every_code_once_with_its_severity() {
        let list = code_list();
        let rows: Vec<&str> = list.lines().filter(|l| l.starts_with("  ")).collect();
        assert_eq!(rows.len(), Code::ALL.len(), "{list}");
        for (row, code) in rows.iter().zip(Code::ALL) {
            let fields: Vec<&str> = row.split_whitespace().collect();
            assert_eq!(fields[0], code.as_str());
            assert_eq!(fields[1], code.severity().as_str());
            assert!(row.ends_with(&code_doc(code).summary), "{row}");
        }
    }
    use crate::check::{CheckOptions, Checker};
    use crate::facts::Facts;
    use crate::story::Story;
    use std::path::Path;

    #[test]
    fn every_code_has_exactly_one_entry() {
        let docs = parse(CODES).expect("rules/codes.yaml must parse");
        assert_eq!(docs.len(), Code::ALL.len());
        let raw: Vec<RawEntry> = serde_saphyr::from_str(CODES).unwrap();
        for code in Code::ALL {
            let n = raw.iter().filter(|e| e.code == code.as_str()).count();
            assert_eq!(n, 1, "{code} has {n} entries");
            let doc = code_doc(code);
            assert!(
                !doc.summary.is_empty() && !doc.summary.contains('\n'),
                "{code}: one-line summary"
            );
            for (what, text) in [
                ("explanation", &doc.explanation),
                ("fix", &doc.fix),
                ("facts", &doc.example.facts),
                ("story", &doc.example.story),
                ("fixed", &doc.example.fixed),
            ] {
                assert!(!text.trim().is_empty(), "{code}: empty {what}");
            }
            assert_ne!(doc.example.story, doc.example.fixed, "{code}");
        }
    }

    #[test]
    fn duplicate_missing_and_unknown_codes_are_refused() {
        let entry = |code: &str| {
            format!(
                "- code: {code}\n  summary: s\n  explanation: e\n  example: {{facts: f, story: s, fixed: x}}\n  fix: f\n"
            )
        };
        let all: String = Code::ALL.iter().map(|c| entry(c.as_str())).collect();
        assert_eq!(parse(&all).map(|d| d.len()), Ok(Code::ALL.len()));
        let twice = format!("{all}{}", entry("stale-title"));
        assert!(parse(&twice).unwrap_err().contains("`stale-title` is documented twice"));
        let missing: String = Code::ALL[1..].iter().map(|c| entry(c.as_str())).collect();
        assert!(parse(&missing)
            .unwrap_err()
            .contains("`title-mismatch` is not documented"));
        let unknown = format!("{all}{}", entry("title-mismatched"));
        assert!(parse(&unknown).unwrap_err().contains("unknown code `title-mismatched`"));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let extra_field = CODES.replacen("  summary:", "  severity: error\n  summary:", 1);
        assert!(parse(&extra_field).is_err(), "an unknown entry field must be refused");
        let extra_example_field = CODES.replacen("    story:", "    headline: x\n    story:", 1);
        assert!(
            parse(&extra_example_field).is_err(),
            "an unknown example field must be refused"
        );
    }

    #[test]
    fn fix_text_says_whether_fix_applies_it() {
        for code in Code::ALL {
            let fix = &code_doc(code).fix;
            let certain = code.rule().certain_fix;
            assert_eq!(fix.contains("`--fix` applies"), certain, "{code}: {fix}");
            assert_eq!(fix.contains("`--fix` never"), !certain, "{code}: {fix}");
        }
    }

    /// Each example gives its code, and its fixed sentence does not: the docs cannot drift
    /// from what the checker does.
    #[test]
    fn examples_give_their_code_and_fixed_sentences_do_not() {
        let options = CheckOptions {
            unsourced: true,
            ..Default::default()
        };
        for code in Code::ALL.into_iter().filter(|c| !c.is_facts_code()) {
            let ex = &code_doc(code).example;
            let mut facts = Facts::default();
            facts
                .add_file(Path::new("facts.yaml"), ex.facts.clone())
                .unwrap_or_else(|e| panic!("{code}: example facts: {e}"));
            let codes = |text: &str| -> Vec<Code> {
                let story = Story::from_text(Path::new("story.txt"), text.to_string()).unwrap();
                Checker::new(&facts)
                    .check(&story, &options)
                    .iter()
                    .map(|f| f.code)
                    .collect()
            };
            let wrong = codes(&ex.story);
            assert!(wrong.contains(&code), "{code}: the example story gives {wrong:?}");
            let fixed = codes(&ex.fixed);
            assert!(
                !fixed.contains(&code),
                "{code}: the fixed sentence still gives {fixed:?}"
            );
            assert!(
                fixed.iter().all(|c| c.severity() == crate::finding::Severity::Note),
                "{code}: the fixed sentence gives {fixed:?}"
            );
        }
    }

    /// A facts code's example facts give it, with `story` as its message, and the fixed facts
    /// do not.
    #[test]
    fn facts_examples_give_their_code_and_fixed_facts_do_not() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let found = |yaml: &str| {
            let mut facts = Facts::default();
            facts
                .add_file(Path::new("facts.yaml"), yaml.to_string())
                .unwrap_or_else(|e| panic!("example facts: {e}"));
            crate::facts_check::check_facts(&facts, today)
        };
        for code in Code::ALL.into_iter().filter(|c| c.is_facts_code()) {
            let ex = &code_doc(code).example;
            let wrong = found(&ex.facts);
            assert!(
                wrong
                    .iter()
                    .any(|f| f.finding.code == code && f.finding.message == ex.story.trim()),
                "{code}: the example facts give {:?}",
                wrong.iter().map(|f| &f.finding.message).collect::<Vec<_>>()
            );
            let fixed = found(
                ex.fixed_facts
                    .as_deref()
                    .unwrap_or_else(|| panic!("{code}: fixed_facts")),
            );
            assert!(
                fixed.iter().all(|f| f.finding.code != code),
                "{code}: the fixed facts still give it"
            );
        }
    }

    /// Whether `text` has the words of `phrase` in a row, whatever the line breaks between them.
    fn has_words(text: &str, phrase: &str) -> bool {
        let text: Vec<&str> = text.split_whitespace().collect();
        let phrase: Vec<&str> = phrase.split_whitespace().collect();
        text.windows(phrase.len()).any(|w| w == phrase)
    }

    #[test]
    fn explain_shows_the_code_its_example_and_the_fix() {
        for code in Code::ALL {
            let doc = code_doc(code);
            let text = explain(code);
            let heading = format!("{}[{code}]: {}", code.severity().as_str(), doc.summary);
            assert!(text.starts_with(&heading), "{text}");
            assert!(
                text.contains("\nExample\n") && text.contains("\nHow to fix\n"),
                "{text}"
            );
            for line in doc
                .example
                .facts
                .lines()
                .chain(doc.example.fixed_facts.iter().flat_map(|f| f.lines()))
            {
                assert!(text.contains(line), "{code}: facts line {line:?} missing");
            }
            for part in [&doc.explanation, &doc.example.story, &doc.example.fixed, &doc.fix] {
                assert!(has_words(&text, part), "{code}: {part:?} missing from\n{text}");
            }
            assert!(text.lines().skip(1).all(|l| l.chars().count() <= WIDTH), "{text}");
        }
        let text = explain(Code::TitleMismatch);
        assert!(text.starts_with("error[title-mismatch]: "), "{text}");
        assert!(
            has_words(&text, "after meeting Israeli of Strategic Affairs Ron Dermer."),
            "{text}"
        );
        assert!(text.contains("title: Israeli Minister of Strategic Affairs"), "{text}");
    }
}
