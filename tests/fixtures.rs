//! Every folder in fixtures/ is a story, its facts and the findings it must give, exactly.
//! The human output of each is also snapshotted (tests/snapshots), so any change to what an
//! editor sees shows up in review.

use factlint::check::CheckOptions;
use factlint::discover::ConfigSource;
use factlint::render::{render, Format, Report};
use factlint::run::{run, Inputs};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Debug)]
struct Expected {
    findings: Vec<ExpectedFinding>,
    /// The findings with `--unsourced`, when they differ.
    with_unsourced: Option<Vec<ExpectedFinding>>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, Clone)]
struct ExpectedFinding {
    code: String,
    line: usize,
    text: String,
}

fn fixtures() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("fixtures")
        .expect("fixtures/")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        // fixtures/data/ holds source data for the importers' tests (tests/facts_cli.rs), no story
        .filter(|p| p.is_dir() && !p.ends_with("data"))
        .collect();
    dirs.sort();
    dirs
}

fn story_of(dir: &Path) -> PathBuf {
    ["story.txt", "story.md"]
        .iter()
        .map(|f| dir.join(f))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("{} has no story", dir.display()))
}

fn check(dir: &Path, unsourced: bool) -> Vec<Report> {
    let inputs = Inputs {
        paths: vec![story_of(dir)],
        facts: vec![dir.join("facts.yaml")],
        config: ConfigSource::Isolated,
        options: CheckOptions {
            unsourced,
            ..Default::default()
        },
        ..Default::default()
    };
    let outcome = run(&inputs);
    assert!(outcome.errors.is_empty(), "{}: {:?}", dir.display(), outcome.errors);
    outcome.reports
}

fn found(reports: &[Report]) -> Vec<ExpectedFinding> {
    reports
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(|f| ExpectedFinding {
                code: f.code.to_string(),
                line: factlint::render::line_column(&r.story.text, f.span.start).0,
                text: r.story.text[f.span.clone()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            })
        })
        .collect()
}

#[test]
fn every_fixture_gives_exactly_its_expected_findings() {
    let mut failures = Vec::new();
    for dir in fixtures() {
        let expected: Expected =
            serde_saphyr::from_str(&std::fs::read_to_string(dir.join("expected.yaml")).unwrap()).unwrap();
        let cases = [
            (false, Some(expected.findings.clone())),
            (true, expected.with_unsourced.clone()),
        ];
        for (unsourced, want) in cases {
            let Some(want) = want else { continue };
            let got = found(&check(&dir, unsourced));
            if got != want {
                failures.push(format!(
                    "{} (unsourced: {unsourced})\n  want: {want:?}\n   got: {got:?}",
                    dir.display()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn human_output_of_every_fixture() {
    for dir in fixtures() {
        let reports = check(&dir, false);
        let mut out = Vec::new();
        render(&reports, Format::Human, false, &mut out).unwrap();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(name, String::from_utf8(out).unwrap());
    }
}
