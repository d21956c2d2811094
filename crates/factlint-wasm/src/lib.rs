//! factlint for JavaScript: facts loaded once, then any number of stories checked, each to the
//! CLI's JSON (`factlint check --format json`) with UTF-16 offsets added for the browser.
//!
//! This module is plain Rust (tested natively); [`js`] is the thin wasm-bindgen layer over it.
//! Every failure (facts that do not load, a story whose front matter is bad, options of the
//! wrong shape) comes back in the output's `errors`, as the CLI reports it, never as a panic.

mod js;

use factlint_core::check::{findings_for, options_for, CheckOptions, Checker};
use factlint_core::config::Config;
use factlint_core::error::InputError;
use factlint_core::facts::Facts;
use factlint_core::render::{render_json, Outcome, Report};
use factlint_core::story::Story;
use serde::Deserialize;
use serde_json::{json, Value};
use std::path::Path;
use std::sync::Arc;

/// One facts file as the page has it: the name findings point to, and its YAML.
#[derive(Clone, Debug, Deserialize)]
pub struct FactsFile {
    pub name: String,
    pub text: String,
}

/// What `factlint check` takes on its command line, for one story.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The story's name: `.md` is read as Markdown. Default `story.txt`.
    pub path: Option<String>,
    /// `--published YYYY-MM-DD`.
    pub published: Option<String>,
    /// `--unsourced`.
    pub unsourced: bool,
}

/// A set of facts files loaded and indexed once, or the error that stopped loading them.
pub struct LoadedFacts {
    loaded: Result<(Arc<Facts>, Checker<'static>), InputError>,
}

impl LoadedFacts {
    /// The files merged in order, as `--facts` given several times merges them.
    pub fn load(files: &[FactsFile]) -> LoadedFacts {
        let mut facts = Facts::default();
        let loaded = files
            .iter()
            .try_for_each(|f| facts.add_file(Path::new(&f.name), f.text.clone()))
            .map(|()| {
                let facts = Arc::new(facts);
                (facts.clone(), Checker::shared(facts))
            });
        LoadedFacts { loaded }
    }

    /// Facts that could not even be read as a list of files.
    pub fn failed(error: InputError) -> LoadedFacts {
        LoadedFacts { loaded: Err(error) }
    }

    /// `{"version", "findings": [], "errors"}`: the load's error, if any, in the CLI's shape.
    pub fn errors_json(&self) -> Value {
        outcome_json(&[], self.loaded.as_ref().err().into_iter().cloned().collect())
    }

    /// `story` checked as `factlint check --isolated --format json` checks it: the CLI's JSON,
    /// each finding with `start_utf16` and `end_utf16`, its span in JavaScript string indexes.
    pub fn check_json(&self, story: &str, options: &Options) -> Value {
        let path = Path::new(options.path.as_deref().unwrap_or("story.txt"));
        let checked = self
            .loaded
            .as_ref()
            .map_err(InputError::clone)
            .and_then(|(facts, checker)| {
                let cli = check_options(options)?;
                let story = Story::from_text(path, story.to_string())?;
                let config = Config::default();
                let findings = findings_for(checker, &story, &options_for(&config, &cli), &config);
                Ok(Report {
                    story,
                    facts: facts.clone(),
                    findings,
                    config: Arc::new(config),
                })
            });
        match checked {
            Ok(report) => outcome_json(&[report], vec![]),
            Err(error) => outcome_json(&[], vec![error]),
        }
    }
}

/// The options as the CLI's, or the error its argument parser would give.
fn check_options(options: &Options) -> Result<CheckOptions, InputError> {
    let published = match options.published.as_deref().filter(|p| !p.is_empty()) {
        None => None,
        Some(text) => Some(chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            InputError::file(Path::new("options"), format!("`published: {text}` is not a date"))
                .with_help("expected YYYY-MM-DD, e.g. 2024-11-14")
        })?),
    };
    Ok(CheckOptions {
        published,
        unsourced: options.unsourced,
        ..CheckOptions::default()
    })
}

/// The CLI's JSON for these reports and errors, with UTF-16 spans added to the findings.
fn outcome_json(reports: &[Report], errors: Vec<InputError>) -> Value {
    let outcome = Outcome {
        reports,
        errors: &errors,
        root: None,
    };
    let mut out = Vec::new();
    let mut value: Value = render_json(&outcome, &mut out)
        .ok()
        .and_then(|()| serde_json::from_slice(&out).ok())
        // writing to memory and reading back what serde_json wrote cannot fail
        .unwrap_or_else(|| json!({ "version": 1, "findings": [], "errors": [] }));
    let spans = reports.iter().flat_map(|r| {
        r.findings
            .iter()
            .map(move |f| utf16_span(&r.story.text, f.span.clone()))
    });
    if let Some(findings) = value["findings"].as_array_mut() {
        for (finding, (start, end)) in findings.iter_mut().zip(spans) {
            finding["start_utf16"] = json!(start);
            finding["end_utf16"] = json!(end);
        }
    }
    value
}

/// A byte span of `text` in UTF-16 code units, JavaScript's string indexes.
fn utf16_span(text: &str, span: std::ops::Range<usize>) -> (usize, usize) {
    let start = text[..span.start].encode_utf16().count();
    (start, start + text[span].encode_utf16().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_FACTS: &str = include_str!("../../../fixtures/seed-blinken-gaza/facts.yaml");
    const SEED_STORY: &str = include_str!("../../../fixtures/seed-blinken-gaza/story.txt");

    fn seed() -> LoadedFacts {
        LoadedFacts::load(&[FactsFile {
            name: "facts.yaml".into(),
            text: SEED_FACTS.into(),
        }])
    }

    fn utf16_slice(text: &str, start: &Value, end: &Value) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        let (start, end) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn the_seed_story_gives_the_dermer_finding_with_its_utf16_span() {
        // the story has curly quotes before the finding: UTF-16 and byte offsets differ
        let out = seed().check_json(SEED_STORY, &Options::default());
        assert_eq!(out["errors"], json!([]));
        let findings = out["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1);
        let f = &findings[0];
        assert_eq!(f["code"], "title-mismatch");
        assert_eq!(f["path"], "story.txt");
        assert_eq!(
            f["fact"],
            json!({ "id": "Ron Dermer", "path": "facts.yaml", "line": 10 })
        );
        assert_eq!(f["replacement"], "Israeli Minister of Strategic Affairs");
        assert_eq!(
            utf16_slice(SEED_STORY, &f["start_utf16"], &f["end_utf16"]),
            "Israeli of Strategic Affairs"
        );
    }

    #[test]
    fn one_loaded_set_checks_many_stories() {
        let facts = seed();
        let fixed = SEED_STORY.replace("Israeli of Strategic", "Israeli Minister of Strategic");
        assert_eq!(facts.check_json(&fixed, &Options::default())["findings"], json!([]));
        let again = facts.check_json(SEED_STORY, &Options::default());
        assert_eq!(again["findings"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn bad_facts_come_back_as_errors_at_their_line() {
        let facts = LoadedFacts::load(&[FactsFile {
            name: "desk.yaml".into(),
            text: "people:\n  - name: A\n    titel: B\n".into(),
        }]);
        let errors = facts.errors_json()["errors"].clone();
        assert_eq!(errors[0]["path"], "desk.yaml");
        assert_eq!(errors[0]["line"], 3);
        let out = facts.check_json("A story.", &Options::default());
        assert_eq!(out["findings"], json!([]));
        assert_eq!(out["errors"], errors);
    }

    #[test]
    fn a_bad_date_or_front_matter_is_an_error_not_a_panic() {
        let options = Options {
            published: Some("14 November".into()),
            ..Options::default()
        };
        let out = seed().check_json(SEED_STORY, &options);
        assert_eq!(out["errors"][0]["message"], "`published: 14 November` is not a date");
        let markdown = Options {
            path: Some("story.md".into()),
            ..Options::default()
        };
        let out = seed().check_json("---\ndate: soon\n---\nText.\n", &markdown);
        assert_eq!(out["errors"][0]["path"], "story.md");
        assert_eq!(out["errors"][0]["line"], 2);
    }

    #[test]
    fn published_and_unsourced_are_the_cli_options() {
        // the seed facts are published on Thursday 2024-11-14; 2025-11-14 is a Friday
        let story = "On Thursday, November 14, Ron Dermer said 922 mln dlrs was spent.";
        let options = Options {
            published: Some("2025-11-14".into()),
            unsourced: true,
            ..Options::default()
        };
        let codes: Vec<Value> = seed().check_json(story, &options)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].clone())
            .collect();
        assert_eq!(codes, [json!("weekday-mismatch"), json!("unsourced-figure")]);
        assert_eq!(seed().check_json(story, &Options::default())["findings"], json!([]));
    }
}
