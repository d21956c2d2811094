//! `factlint facts check` as a process: what it finds in a facts file, in `check`'s formats,
//! with exit 1 on errors, 0 on clean facts and 2 on facts it cannot read.

mod common;

use assert_cmd::Command;
use common::Output;
use std::fs;

fn factlint() -> Command {
    Command::cargo_bin("factlint").expect("binary builds")
}

/// A who's-who with one of each problem `facts check` looks for, and one passing self-test.
const DESK: &str = "\
people:
  - name: Antony Blinken
    aliases: [Blinken]
    reviewed: 2021-02-01
    posts:
      - {title: Deputy Secretary of State, from: 2017-01, until: 2015-01}
      - {title: US Secretary of State, from: 2021-01-26, until: 2025-01-20}
    tests:
      pass: [Secretary of State Antony Blinken said.]
  - name: Chuck Grassley
    posts:
      - {title: Senator, from: 1981-01-03, until: 1987-01-03}
      - {title: Senator, from: 1985-01-03, until: 1993-01-03}
  - name: Caspar Weinberger
    title: Defense Secretary
  - name: Caspar Weinburger
    title: Defense Secretary
  - name: Fred Hoffmann
    title: But Pentagon spokesman
  - name: Jane Roe
    posts:
      - {title: Finance Minister, from: 2999-05-01}
published: 2024-11-14
";

fn desk_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.yaml");
    fs::write(&path, DESK).unwrap();
    (dir, path)
}

#[test]
fn each_problem_is_found_at_its_line_and_errors_exit_1() {
    let (_dir, path) = desk_file();
    let out = factlint()
        .args(["facts", "check", "--format", "short"])
        .arg(&path)
        .stdout_when(1);
    let found: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once("desk.yaml:").map(|(_, rest)| rest))
        .collect();
    let codes: Vec<String> = found
        .iter()
        .map(|l| {
            let (place, rest) = l.split_once(": ").unwrap();
            let code = rest.split(['[', ']']).nth(1).unwrap();
            format!("{}:{code}", place.split(':').next().unwrap())
        })
        .collect();
    assert_eq!(
        codes,
        [
            "4:unreviewed",
            "6:post-dates",
            "13:post-overlap",
            "16:near-duplicate-name",
            "19:odd-entry",
            "22:future-date"
        ],
        "{out}"
    );
    assert!(
        out.contains("more likely one person entered twice with a typo"),
        "{out}"
    );
    assert!(
        out.contains("Chuck Grassley holds `Senator` twice at once (Senator from 1981-01-03 to 1987-01-03;"),
        "{out}"
    );
}

#[test]
fn organisations_entries_are_warned_of_at_their_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("orgs.yaml");
    fs::write(
        &path,
        "organisations:\n  - name: World Bank\n    aliases: [world bank, IBRD]\n  - name: Wolrd Bank\n  - name: International Bank for Reconstruction and Development\n    aliases: [IBRD]\n  - name: Bank of\n",
    )
    .unwrap();
    let out = factlint()
        .args(["facts", "check", "--format", "short"])
        .arg(&path)
        .stdout_when(0);
    let found: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once("orgs.yaml:").map(|(_, rest)| rest))
        .collect();
    assert_eq!(
        found,
        [
            "3:15: warning[odd-entry]: the alias `world bank` of World Bank repeats its name",
            "4:11: warning[near-duplicate-name]: organisation `Wolrd Bank` is one letter from `World Bank`",
            "6:15: warning[near-duplicate-name]: `IBRD` names both World Bank and International Bank for Reconstruction and Development",
            "7:11: warning[odd-entry]: the name `Bank of` of an organisation ends on \"of\": cut short",
        ],
        "{out}"
    );
}

#[test]
fn a_failing_self_test_is_an_error_and_a_passing_one_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tests.yaml");
    fs::write(
        &path,
        "published: 2024-11-14\npeople:\n  - name: Yoav Gallant\n    title: Israeli Defense Minister\n    until: 2024-11-05\n    tests:\n      pass: [former Israeli Defense Minister Yoav Gallant said.]\n      flag: [Israeli Defense Minister Yoav Gallant said.]\n",
    )
    .unwrap();
    let out = factlint().args(["facts", "check"]).arg(&path).stdout_when(0);
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
    fs::write(
        &path,
        "published: 2024-11-14\npeople:\n  - name: Yoav Gallant\n    title: Israeli Defense Minister\n    tests:\n      flag: [Israeli Defense Minister Yoav Gallant said.]\n",
    )
    .unwrap();
    let out = factlint()
        .args(["facts", "check", "--format", "short"])
        .arg(&path)
        .stdout_when(1);
    assert!(
        out.contains("tests.yaml:6:14: error[self-test]: self-test of Yoav Gallant: the sentence should be flagged"),
        "{out}"
    );
}

#[test]
fn json_has_the_codes_and_a_facts_file_it_cannot_read_exits_2() {
    let (_dir, path) = desk_file();
    let out = factlint()
        .args(["facts", "check", "--format", "json"])
        .arg(&path)
        .stdout_when(1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"post-dates") && codes.contains(&"near-duplicate-name"),
        "{codes:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    fs::write(
        &bad,
        "people:\n  - name: A B\n    posts:\n      - {title: Mayor, from: 2001-13}\n",
    )
    .unwrap();
    let err = factlint().args(["facts", "check"]).arg(&bad).stderr_when(2);
    assert!(err.contains("bad.yaml:4:"), "{err}");
    assert!(err.contains("is not a date"), "{err}");
}

#[test]
fn a_quote_whose_speaker_is_no_person_of_the_set_exits_2_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let people = dir.path().join("people.yaml");
    fs::write(&people, "people:\n  - name: Liam Fox\n").unwrap();
    let quotes = dir.path().join("quotes.yaml");
    let quote =
        |speaker: &str| format!("quotes:\n  - speaker: {speaker}\n    text: We would look at that sympathetically.\n");
    fs::write(&quotes, quote("Liam Fox")).unwrap();
    // the speaker may be listed in another file of the set, before or after the quote
    factlint()
        .args(["facts", "check"])
        .arg(&quotes)
        .arg(&people)
        .assert()
        .success();
    fs::write(&quotes, quote("Liam Cox")).unwrap();
    let err = factlint()
        .args(["facts", "check"])
        .arg(&people)
        .arg(&quotes)
        .stderr_when(2);
    assert!(err.contains("quotes.yaml:2:14"), "{err}");
    assert!(
        err.contains("quote speaker `Liam Cox` is not a person of the facts"),
        "{err}"
    );
    assert!(err.contains("did you mean `Liam Fox`?"), "{err}");
}
