//! The newsroom example repository (`examples/newsroom`) checked with the one command its
//! README gives, in every output format, as CI would run it; and `factlint explain`.

mod common;

use assert_cmd::Command;
use common::Output;
use serde_json::Value;
use std::fs;
use std::path::Path;

const EXAMPLE: &str = "examples/newsroom";

/// The errors seeded in the example (its README's table): path under `stories/`, line, column
/// and code. Everything else in the example is clean, excluded or git-ignored.
const SEEDED: [(&str, usize, usize, &str); 7] = [
    ("business/2025-10-15-hartmann-takeover.md", 12, 170, "figure-conflict"),
    ("business/2025-10-23-rate-rise.md", 8, 57, "figure-mismatch"),
    ("business/2025-10-24-norvapower-results.md", 12, 79, "weekday-mismatch"),
    ("business/2025-10-30-mortgage-lending.md", 12, 23, "name-misspelled"),
    ("politics/2025-10-20-defence-budget.md", 8, 1, "title-mismatch"),
    ("politics/2025-10-27-holm-inquiry.md", 6, 24, "stale-title"),
    ("politics/2025-11-08-border-summit.md", 8, 115, "date-mismatch"),
];

/// Stories the example's config lets through: 6 politics, 5 business, 1 in a nested folder.
const STORIES_CHECKED: usize = 12;

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("binary builds");
    cmd.env_remove("NO_COLOR");
    cmd
}

/// `factlint check examples/newsroom --format FORMAT`: exit status 1, stdout.
fn check_example(format: &str) -> String {
    factlint().args(["check", EXAMPLE, "--format", format]).stdout_when(1)
}

fn seeded_path(file: &str) -> String {
    format!("{EXAMPLE}/stories/{file}")
}

#[test]
fn short_lists_exactly_the_seeded_errors_in_path_order() {
    let expected: Vec<String> = SEEDED
        .iter()
        .map(|(file, line, column, code)| format!("{}:{line}:{column}: error[{code}]:", seeded_path(file)))
        .collect();
    let out = check_example("short");
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), expected.len(), "{out}");
    for (line, prefix) in got.iter().zip(&expected) {
        assert!(
            line.starts_with(prefix.as_str()),
            "{line}\nexpected it to start {prefix}"
        );
    }
}

#[test]
fn output_format_is_an_alias_of_format() {
    let aliased = factlint()
        .args(["check", EXAMPLE, "--output-format", "short"])
        .stdout_when(1);
    assert_eq!(aliased, check_example("short"));
}

#[test]
fn human_ends_with_a_summary_line() {
    let out = check_example("human");
    assert_eq!(out.matches("error[").count(), SEEDED.len(), "{out}");
    assert_eq!(
        out.lines().last(),
        Some(format!("7 errors, 0 warnings in {STORIES_CHECKED} stories").as_str())
    );
}

#[test]
fn sarif_is_a_valid_2_1_0_log_of_the_seeded_errors() {
    let out = check_example("sarif");
    // serde-sarif's types are generated from the SARIF 2.1.0 schema: a property the schema
    // requires is a field the log must have to deserialize.
    let typed: serde_sarif::sarif::Sarif = serde_json::from_str(&out).expect("SARIF 2.1.0 log");
    assert_eq!(typed.runs.len(), 1);
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("one rule per code");
    assert_eq!(rules.len(), factlint::finding::Code::ALL.len());
    assert!(rules
        .iter()
        .all(|r| r["help"]["text"].as_str().is_some_and(|t| !t.is_empty())));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), SEEDED.len());
    for (result, (file, line, column, code)) in results.iter().zip(SEEDED) {
        assert_eq!(result["ruleId"], code);
        assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"], code);
        // the config raises figure-conflict to an error; SARIF says what the run decided
        assert_eq!(result["level"], "error", "{code}");
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], seeded_path(file));
        assert_eq!(location["region"]["startLine"], line);
        assert_eq!(location["region"]["startColumn"], column);
        let related = &result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        // a weekday is checked against the calendar, not a fact
        let expected = match code {
            "weekday-mismatch" => None,
            _ => Some(true),
        };
        assert_eq!(
            related.as_str().map(|u| u.starts_with("examples/newsroom/desks/")),
            expected,
            "{code}"
        );
    }
    let title = &results[4];
    let replacement = &title["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "Deputy Finance Minister");
    assert_eq!(replacement["deletedRegion"]["startLine"], 8);
}

#[test]
fn github_annotates_each_error_and_sums_up() {
    let out = check_example("github");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), SEEDED.len() + 1, "{out}");
    for (annotation, (file, line, column, code)) in lines.iter().zip(SEEDED) {
        let head = format!("::error file={},line={line},col={column},", seeded_path(file));
        assert!(annotation.starts_with(&head), "{annotation}\nexpected {head}");
        assert!(
            annotation.contains(&format!(",title=factlint {code}::")),
            "{annotation}"
        );
    }
    assert_eq!(
        lines[SEEDED.len()],
        format!("factlint: 7 errors, 0 warnings, 0 notes in {STORIES_CHECKED} stories")
    );
}

#[test]
fn github_says_when_annotations_go_past_what_a_step_shows() {
    let dir = tempfile::tempdir().unwrap();
    let story = fs::read_to_string("fixtures/seed-blinken-gaza/story.txt").unwrap();
    for n in 0..11 {
        fs::write(dir.path().join(format!("story-{n:02}.txt")), &story).unwrap();
    }
    let facts = Path::new("fixtures/seed-blinken-gaza/facts.yaml")
        .canonicalize()
        .unwrap();
    let out = factlint()
        .current_dir(dir.path())
        .args(["check", ".", "--isolated", "--format", "github", "--facts"])
        .arg(&facts)
        .stdout_when(1);
    assert_eq!(out.matches("::error ").count(), 11);
    let summary = out.lines().last().unwrap();
    assert!(summary.starts_with("factlint: 11 errors, 0 warnings, 0 notes in 11 stories"));
    assert!(summary.contains("GitHub shows at most 10 annotations"), "{summary}");
}

#[test]
fn json_gives_the_seeded_errors_with_their_facts_lines() {
    let log: Value = serde_json::from_str(&check_example("json")).unwrap();
    let findings = log["findings"].as_array().unwrap();
    assert_eq!(findings.len(), SEEDED.len());
    for (finding, (file, line, column, code)) in findings.iter().zip(SEEDED) {
        assert_eq!(finding["code"], code);
        assert_eq!(finding["path"], seeded_path(file));
        assert_eq!(
            (finding["line"].as_u64(), finding["column"].as_u64()),
            (Some(line as u64), Some(column as u64))
        );
        let calendar = code == "weekday-mismatch";
        assert_eq!(
            finding["fact"]["line"].as_u64().is_some(),
            !calendar,
            "{code}: the facts line"
        );
    }
}

#[test]
fn explain_documents_every_code_and_refuses_an_unknown_one() {
    for code in [
        "title-mismatch",
        "stale-title",
        "name-misspelled",
        "figure-mismatch",
        "date-mismatch",
        "weekday-mismatch",
        "figure-conflict",
        "unsourced-figure",
    ] {
        let out = factlint().args(["explain", code]).stdout_when(0);
        assert!(out.lines().next().unwrap().contains(&format!("[{code}]: ")), "{out}");
        for heading in ["Example", "How to fix"] {
            assert!(out.lines().any(|l| l == heading), "{code}: no {heading}\n{out}");
        }
    }
    let err = factlint().args(["explain", "title_mismatch"]).stderr_when(2);
    assert!(err.contains("did you mean `title-mismatch`"), "{err}");
}
