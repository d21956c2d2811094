//! `factlint facts import` as a process: each source on real or spec-written data, the same
//! bytes for the same data, `--output`, errors at their line, and a desk's entry over an
//! imported one.

mod common;

use assert_cmd::Command;
use common::Output;
use std::fs;

const EXECUTIVE: &str = "fixtures/data/congress-legislators/executive.yaml";
const LEGISLATORS: &str = "fixtures/data/congress-legislators/legislators-current.yaml";
const POPOLO: &str = "fixtures/data/popolo/senate.json";
const WIKIDATA: &str = "fixtures/data/wikidata/us-presidents.json";

fn factlint() -> Command {
    Command::cargo_bin("factlint").expect("binary builds")
}

fn import(args: &[&str]) -> String {
    factlint().args(["facts", "import"]).args(args).stdout_when(0)
}

#[test]
fn congress_legislators_import_of_presidents_and_members() {
    insta::assert_snapshot!(import(&["congress-legislators", EXECUTIVE, LEGISLATORS]));
}

#[test]
fn popolo_import_of_a_spec_written_file() {
    insta::assert_snapshot!(import(&["popolo", POPOLO]));
}

#[test]
fn wikidata_import_of_query_results() {
    insta::assert_snapshot!(import(&["wikidata", WIKIDATA]));
}

#[test]
fn a_reimport_is_byte_identical_and_output_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let first = import(&["congress-legislators", EXECUTIVE, LEGISLATORS]);
    // the same data from another folder imports the same: the header names files, not paths
    let copy = dir.path().join("executive.yaml");
    fs::copy(EXECUTIVE, &copy).unwrap();
    let out = dir.path().join("congress.facts.yaml");
    let stderr = factlint()
        .args([
            "facts",
            "import",
            "congress-legislators",
            copy.to_str().unwrap(),
            LEGISLATORS,
        ])
        .args(["--output", out.to_str().unwrap()])
        .stderr_when(0);
    assert!(stderr.contains("wrote"), "{stderr}");
    assert_eq!(fs::read_to_string(&out).unwrap(), first);
}

#[test]
fn a_broken_source_is_an_error_with_its_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("executive.yaml");
    fs::write(&yaml, "- id: {bioguide: X}\n  name: {first: A, last: B}\n  terms: 3\n").unwrap();
    let stderr = factlint()
        .args(["facts", "import", "congress-legislators", yaml.to_str().unwrap()])
        .stderr_when(2);
    assert!(stderr.contains("invalid congress-legislators file"), "{stderr}");
    assert!(stderr.contains("executive.yaml:3:"), "{stderr}");
    let json = dir.path().join("results.json");
    fs::write(&json, "{\"results\": {\"bindings\": [\n  {\"personLabel\": 3}]}}").unwrap();
    let stderr = factlint()
        .args(["facts", "import", "wikidata", json.to_str().unwrap()])
        .stderr_when(2);
    assert!(stderr.contains("invalid Wikidata results file"), "{stderr}");
    assert!(stderr.contains("results.json:2:"), "{stderr}");
}

#[test]
fn a_desk_entry_wins_over_the_imported_one_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let imported = dir.path().join("imported.yaml");
    fs::write(
        &imported,
        "imported: wikidata\npeople:\n  - name: Chuck Grassley\n    title: Senator\n    also: [Sen.]\n",
    )
    .unwrap();
    let desk = dir.path().join("desk.yaml");
    fs::write(
        &desk,
        "people:\n  - name: Chuck Grassley\n    title: Senate Finance Committee Chairman\n",
    )
    .unwrap();
    let story = dir.path().join("story.txt");
    fs::write(&story, "Senate Finance Committee Chairman Chuck Grassley spoke.\n").unwrap();
    let args = |first: &std::path::Path, second: &std::path::Path| {
        let mut cmd = factlint();
        cmd.args(["check", story.to_str().unwrap(), "--format", "short"]).args([
            "--facts",
            first.to_str().unwrap(),
            "--facts",
            second.to_str().unwrap(),
        ]);
        cmd
    };
    for (first, second) in [(&imported, &desk), (&desk, &imported)] {
        let stderr = args(first, second).stderr_when(0);
        assert!(
            stderr.contains("note: Chuck Grassley at ")
                && stderr.contains("desk.yaml:2 replaces the imported entry at"),
            "{stderr}"
        );
    }
}

/// The import of the `executive.yaml` excerpt, in a temporary folder.
fn executive_facts(dir: &std::path::Path) -> String {
    let facts = dir.join("executive.facts.yaml");
    fs::write(&facts, import(&["congress-legislators", EXECUTIVE])).unwrap();
    facts.to_str().unwrap().to_string()
}

#[test]
fn two_george_bushes_are_told_apart_by_the_story_date() {
    let dir = tempfile::tempdir().unwrap();
    let facts = executive_facts(dir.path());
    let check = |story: &str, code: i32| {
        factlint()
            .args(["check", story, "--facts", &facts, "--format", "short"])
            .stdout_when(code)
    };
    // 1987: the elder Bush was vice-president, and president only from 1989
    assert_eq!(
        check("fixtures/data/stories/reuters-1987-vice-president-bush.txt", 0),
        ""
    );
    let flagged = check("fixtures/data/stories/reuters-1987-president-bush-edited.txt", 1);
    assert!(
        flagged.starts_with("fixtures/data/stories/reuters-1987-president-bush-edited.txt:8:35: error[stale-title]: not George H. W. Bush's title on 1987-03-11"),
        "{flagged}"
    );
    // 2005: "President Bush" is the younger one, in office
    assert_eq!(check("fixtures/data/stories/bbc-2005-president-bush.md", 0), "");
}

#[test]
fn learn_proposes_people_with_their_forms_counts_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    fs::create_dir(&archive).unwrap();
    let story = |name: &str, date: &str, text: &str| {
        fs::write(archive.join(name), format!("---\ndate: {date}\n---\n{text}\n")).unwrap();
    };
    story(
        "a.md",
        "1987-02-01",
        "Deputy Finance Minister Jane Roe said the budget was late.",
    );
    story(
        "b.md",
        "1987-03-01",
        "Deputy Finance Minister Jane Roe spoke on Monday.",
    );
    story("c.md", "1987-06-01", "Finance Minister Jane Roe said taxes would rise.");
    story("d.md", "1987-07-01", "Chief Economist John Doe said so once.");
    let out = factlint()
        .args(["facts", "learn", archive.to_str().unwrap()])
        .stdout_when(0);
    let expected = format!(
        "# Written by `factlint facts learn` from 4 stories in {}.
# Data as of 1987-07-01 (the latest date it gives).
# 1 people. Review before use; a desk's own facts file wins over this one for the same person.
imported: \"learn\"
people:
  # Deputy Finance Minister: 2 times, 1987-02-01 to 1987-03-01
  # Finance Minister: once, 1987-06-01
  - name: \"Jane Roe\"
    posts:
      - {{title: \"Deputy Finance Minister\", until: \"1987-06-01\"}}
      - {{title: \"Finance Minister\", from: \"1987-06-01\"}}
",
        archive.display()
    );
    assert_eq!(out, expected);
}
