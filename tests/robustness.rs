//! The catalogue of bad inputs: each gets a clear error naming the file (and line and column
//! where there is one) and exit status 2, or is skipped with a note; nothing panics or hangs.

mod common;

use assert_cmd::Command;
use common::Output;
use predicates::prelude::*;
use std::fs;

const SEED_STORY: &str = "fixtures/seed-blinken-gaza/story.txt";
const SEED_FACTS: &str = "fixtures/seed-blinken-gaza/facts.yaml";

fn factlint() -> Command {
    Command::cargo_bin("factlint").expect("binary builds")
}

fn facts_error(yaml: &str) -> assert_cmd::assert::Assert {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.yaml");
    fs::write(&facts, yaml).unwrap();
    let assert = factlint()
        .args(["check", SEED_STORY, "--facts"])
        .arg(&facts)
        .assert()
        .code(2);
    drop(dir);
    assert
}

#[test]
fn yaml_syntax_error() {
    facts_error("people:\n  - name: [Ron Dermer\n").stderr(predicate::str::contains("facts.yaml:2:"));
}

#[test]
fn wrong_type() {
    facts_error("people: 3\n")
        .stderr(predicate::str::contains("facts.yaml:1:9"))
        .stderr(predicate::str::contains("expected"));
}

#[test]
fn unknown_key_in_an_entry_suggests_the_right_one() {
    facts_error("people:\n  - name: Ron Dermer\n    titel: Minister\n")
        .stderr(predicate::str::contains("facts.yaml:3:5"))
        .stderr(predicate::str::contains("did you mean `title`?"));
}

#[test]
fn impossible_date() {
    facts_error("published: 2024-02-30\n")
        .stderr(predicate::str::contains("facts.yaml:1:12"))
        .stderr(predicate::str::contains("`2024-02-30` is not a date"));
}

#[test]
fn unreadable_figure_value() {
    facts_error("figures:\n  - id: toll\n    value: a great many\n    about: [dead]\n")
        .stderr(predicate::str::contains("facts.yaml:3:12"))
        .stderr(predicate::str::contains("cannot read figure value `a great many`"));
}

#[test]
fn a_person_in_two_facts_files_names_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("desk.yaml"), dir.path().join("story.yaml"));
    fs::write(&a, "people:\n  - name: Ron Dermer\n").unwrap();
    fs::write(&b, "published: 2024-11-14\npeople:\n  - name: Ron Dermer\n").unwrap();
    factlint()
        .args(["check", SEED_STORY, "--facts"])
        .arg(&a)
        .arg("--facts")
        .arg(&b)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("duplicate person `Ron Dermer`"))
        .stderr(predicate::str::contains("story.yaml:3:11"))
        .stderr(predicate::str::contains("desk.yaml:2:11"));
}

#[test]
fn missing_facts_file_and_a_folder_given_as_facts() {
    factlint()
        .args(["check", SEED_STORY, "--facts", "no/such.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such.yaml: cannot read file: no such file"));
    factlint()
        .args(["check", SEED_STORY, "--facts", "fixtures"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fixtures"));
}

#[test]
fn empty_story_and_empty_facts_check_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (story, facts) = (dir.path().join("empty.txt"), dir.path().join("empty.yaml"));
    fs::write(&story, "").unwrap();
    fs::write(&facts, "").unwrap();
    factlint()
        .arg("check")
        .arg(&story)
        .arg("--facts")
        .arg(&facts)
        .assert()
        .code(0)
        .stdout("0 errors, 0 warnings in 1 story\n");
    factlint()
        .arg("check")
        .arg(SEED_STORY)
        .arg("--facts")
        .arg(&facts)
        .assert()
        .code(0);
}

#[test]
fn a_story_that_is_not_utf8_is_refused_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("latin1.txt");
    fs::write(&story, b"Cafe\nCaf\xe9 owner said").unwrap();
    factlint()
        .arg("check")
        .arg(&story)
        .args(["--facts", SEED_FACTS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "not UTF-8 text: invalid byte at offset 8 (line 2, column 4)",
        ));
}

#[test]
fn binary_files_in_a_folder_are_skipped_with_a_note_and_symlink_loops_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::copy(SEED_STORY, root.join("story.txt")).unwrap();
    fs::write(root.join("photo.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
    factlint()
        .args(["check", "--format", "short", "--facts", SEED_FACTS])
        .arg(root)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("story.txt:1:467: error[title-mismatch]"))
        .stderr(predicate::str::contains("note: skipped").and(predicate::str::contains("photo.txt: binary file")));
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused_fast() {
    let mut bomb = String::from("people:\n  - name: x\n    aliases: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let mut prev = "a".to_string();
    for k in 0..9 {
        let name = format!("b{k}");
        let refs = vec![format!("*{prev}"); 10].join(", ");
        bomb.push_str(&format!("  - name: y{k}\n    aliases: &{name} [{refs}]\n"));
        prev = name;
    }
    facts_error(&bomb).stderr(predicate::str::contains("facts.yaml"));
    let deep = format!("people: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    facts_error(&deep).stderr(predicate::str::contains("nests too deeply"));
}

#[test]
fn a_long_story_on_one_line_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("long.txt");
    let line = fs::read_to_string(SEED_STORY).unwrap().replace('\n', " ");
    fs::write(&story, line.repeat(300)).unwrap();
    let out = factlint()
        .arg("check")
        .arg(&story)
        .args(["--facts", SEED_FACTS, "--format", "short"])
        .stdout_when(1);
    assert_eq!(out.lines().filter(|l| l.contains("title-mismatch")).count(), 300);
}
