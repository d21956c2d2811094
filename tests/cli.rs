//! The binary as a process: exit statuses, formats, colour, errors a person can act on.

mod common;

use assert_cmd::Command;
use common::Output;
use predicates::prelude::*;
use std::fs;

const SEED_STORY: &str = "fixtures/seed-blinken-gaza/story.txt";
const SEED_FACTS: &str = "fixtures/seed-blinken-gaza/facts.yaml";

/// Runs `factlint` with `args`, expects exit status `code`, returns standard output.
fn stdout_of(args: &[&str], code: i32) -> String {
    factlint().args(args).stdout_when(code)
}

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("binary builds");
    cmd.env_remove("NO_COLOR");
    cmd
}

#[test]
fn seed_story_gives_one_title_mismatch_and_exit_1() {
    factlint()
        .args(["check", SEED_STORY, "--facts", SEED_FACTS])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[title-mismatch]"))
        .stdout(predicate::str::contains("Israeli [+Minister+] of Strategic Affairs"))
        .stdout(predicate::str::contains("facts.yaml:10:12"))
        .stdout(predicate::str::contains("1 error, 0 warnings in 1 story"))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn short_format_is_one_line_per_finding() {
    let text = stdout_of(&["check", SEED_STORY, "--facts", SEED_FACTS, "--format", "short"], 1);
    assert_eq!(text, "fixtures/seed-blinken-gaza/story.txt:1:467: error[title-mismatch]: title of Ron Dermer does not match the facts\n");
}

#[test]
fn json_format_has_the_fields_of_the_spec() {
    let text = stdout_of(&["check", SEED_STORY, "--facts", SEED_FACTS, "--format", "json"], 1);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 1);
    let f = &v["findings"][0];
    assert_eq!(f["code"], "title-mismatch");
    assert_eq!(f["severity"], "error");
    assert_eq!((f["line"].as_u64(), f["column"].as_u64()), (Some(1), Some(467)));
    assert_eq!((f["end_line"].as_u64(), f["end_column"].as_u64()), (Some(1), Some(495)));
    assert_eq!(f["fact"]["id"], "Ron Dermer");
    assert_eq!(f["fact"]["line"], 10);
    assert_eq!(f["replacement"], "Israeli Minister of Strategic Affairs");
    assert_eq!(f["fix"], "certain", "one nearest accepted form: --fix may apply it");
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let args = ["check", SEED_STORY, "--facts", SEED_FACTS, "--color", "always"];
    factlint()
        .args(args)
        .assert()
        .stdout(predicate::str::contains("\u{1b}["));
    factlint()
        .args(["check", SEED_STORY, "--facts", SEED_FACTS])
        .env("NO_COLOR", "1")
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn a_clean_story_exits_0() {
    factlint()
        .args([
            "check",
            "fixtures/reuters-clean-sogenal/story.txt",
            "--facts",
            "fixtures/reuters-clean-sogenal/facts.yaml",
        ])
        .assert()
        .code(0)
        .stdout("0 errors, 0 warnings in 1 story\n");
}

#[test]
fn a_missing_story_is_exit_2_naming_the_path() {
    factlint()
        .args(["check", "no/such/story.txt", "--facts", SEED_FACTS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/story.txt"))
        .stderr(predicate::str::contains("no such file or folder"));
}

#[test]
fn an_unknown_facts_key_is_exit_2_with_position_and_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.yaml");
    fs::write(&facts, "published: 2024-11-14\nfiguers:\n  - id: x\n").unwrap();
    factlint()
        .args(["check", SEED_STORY, "--facts"])
        .arg(&facts)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("facts.yaml:2:1"))
        .stderr(predicate::str::contains("did you mean `figures`?"));
}

#[test]
fn a_typo_inside_a_figure_value_is_exit_2_at_its_line_with_the_accepted_forms() {
    for (value, column) in [("£76mm", 12), ("abuot £76m", 12)] {
        let dir = tempfile::tempdir().unwrap();
        let facts = dir.path().join("facts.yaml");
        fs::write(
            &facts,
            format!("figures:\n  - id: debt\n    value: {value}\n    about: [debt]\n"),
        )
        .unwrap();
        factlint()
            .args(["check", SEED_STORY, "--facts"])
            .arg(&facts)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("facts.yaml:3:{column}")))
            .stderr(predicate::str::contains(format!("cannot read figure value `{value}`")))
            .stderr(predicate::str::contains("`between 20 and 25 dlrs a share`"))
            .stderr(predicate::str::contains("`$12 an hour`"));
    }
}

#[test]
fn a_bad_published_flag_is_exit_2() {
    factlint()
        .args(["check", SEED_STORY, "--facts", SEED_FACTS, "--published", "14/11/2024"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected YYYY-MM-DD"));
}

#[test]
fn the_published_flag_wins_over_the_facts() {
    // Read against a dateline a week later, "on Wednesday" is 2024-11-20, not the 13th.
    factlint()
        .args([
            "check",
            SEED_STORY,
            "--facts",
            SEED_FACTS,
            "--published",
            "2024-11-21",
            "--format",
            "short",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[date-mismatch]: `Wednesday` (here Wednesday 2024-11-20) disagrees with event `blinken-in-brussels`",
        ));
}

#[test]
fn folders_are_walked_in_path_order_honouring_gitignore() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("desk/b")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    let story = fs::read_to_string(SEED_STORY).unwrap();
    fs::write(root.join("desk/b/two.txt"), &story).unwrap();
    fs::write(root.join("desk/a.md"), &story).unwrap();
    fs::write(root.join("desk/ignored.txt"), &story).unwrap();
    fs::write(root.join("desk/notes.json"), "{}").unwrap();
    fs::write(root.join(".gitignore"), "ignored.txt\n").unwrap();
    let text = factlint()
        .args(["check", "--format", "short", "--facts", SEED_FACTS])
        .arg(root.join("desk"))
        .stdout_when(1);
    let files: Vec<&str> = text.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(files.len(), 2, "{text}");
    assert!(
        files[0].ends_with("desk/a.md") && files[1].ends_with("desk/b/two.txt"),
        "{text}"
    );
}

#[test]
fn front_matter_names_facts_beside_the_story() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(SEED_FACTS, dir.path().join("gaza.yaml")).unwrap();
    let story = fs::read_to_string(SEED_STORY).unwrap();
    fs::write(
        dir.path().join("story.md"),
        format!("---\ntitle: Blinken\nfacts: [gaza.yaml]\n---\n{story}"),
    )
    .unwrap();
    factlint()
        .args(["check", "--format", "short"])
        .arg(dir.path().join("story.md"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(":5:467: error[title-mismatch]"));
}

#[test]
fn fix_applies_the_title_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.txt");
    fs::copy(SEED_STORY, &story).unwrap();
    factlint()
        .args(["check", "--fix", "--facts", SEED_FACTS])
        .arg(&story)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("fixed 1 finding in"))
        .stdout("0 errors, 0 warnings in 1 story\n");
    let fixed = fs::read_to_string(&story).unwrap();
    assert!(fixed.contains("after meeting with Israeli Minister of Strategic Affairs Ron Dermer."));
    assert_eq!(
        fixed.len(),
        fs::read_to_string(SEED_STORY).unwrap().len() + "Minister ".len()
    );
    factlint()
        .args(["check", "--fix", "--facts", SEED_FACTS])
        .arg(&story)
        .assert()
        .code(0)
        .stderr("");
    assert_eq!(fs::read_to_string(&story).unwrap(), fixed);
}

/// What an outside reader can see of an atomic write: the story is replaced by a rename (a new
/// inode, so a reader holding the old file never sees half of the new one), its permissions
/// are kept, and no temporary file is left beside it.
#[cfg(unix)]
#[test]
fn fix_replaces_the_story_by_rename_keeping_its_permissions() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.txt");
    fs::copy(SEED_STORY, &story).unwrap();
    fs::set_permissions(&story, fs::Permissions::from_mode(0o640)).unwrap();
    let before = fs::metadata(&story).unwrap();
    factlint()
        .args(["check", "--fix", "--facts", SEED_FACTS])
        .arg(&story)
        .assert()
        .code(0);
    let after = fs::metadata(&story).unwrap();
    assert_ne!(before.ino(), after.ino(), "written in place, not renamed over");
    assert_eq!(after.permissions().mode() & 0o777, 0o640);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["story.txt"]);
}
