//! A newsroom repository checked by the binary as CI and pre-commit would: config discovery,
//! include/exclude, .gitignore, stdin, --files-from, severities, --fail-on, suppressions,
//! baselines, --diff, init and explain.

mod common;

use assert_cmd::Command;
use common::Output;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const SEED_STORY: &str = "fixtures/seed-blinken-gaza/story.txt";
const SEED_FACTS: &str = "fixtures/seed-blinken-gaza/facts.yaml";
const CONFIG: &str = "facts: [desks/world.yaml]\nexclude: [\"drafts/**\"]\n";

fn factlint(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("binary builds");
    cmd.current_dir(cwd).env_remove("NO_COLOR");
    cmd
}

fn seed() -> String {
    fs::read_to_string(SEED_STORY).unwrap()
}

/// The seed story with its one error corrected.
fn clean() -> String {
    seed().replace("Israeli of Strategic", "Israeli Minister of Strategic")
}

/// A git repository: a config, a desk's facts, stories in folders (one wrong, one clean), a
/// draft the config excludes and a scratch folder .gitignore leaves out.
fn newsroom() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in [".git", "desks", "stories/world/gaza", "drafts", "scratch"] {
        fs::create_dir_all(root.join(folder)).unwrap();
    }
    fs::write(root.join("factlint.yaml"), CONFIG).unwrap();
    fs::copy(SEED_FACTS, root.join("desks/world.yaml")).unwrap();
    fs::write(root.join("stories/world/gaza/blinken.md"), seed()).unwrap();
    fs::write(root.join("stories/world/clean.md"), clean()).unwrap();
    fs::write(root.join("stories/world/notes.yaml"), "not: a story\n").unwrap();
    fs::write(root.join("drafts/blinken.md"), seed()).unwrap();
    fs::write(root.join("scratch/blinken.md"), seed()).unwrap();
    fs::write(root.join(".gitignore"), "scratch/\n").unwrap();
    dir
}

fn short(cwd: &Path, args: &[&str], code: i32) -> String {
    factlint(cwd)
        .args(["check", "--format", "short"])
        .args(args)
        .stdout_when(code)
}

fn stderr_of(cwd: &Path, args: &[&str], code: i32) -> String {
    factlint(cwd).args(args).stderr_when(code)
}

const SEED_FINDING: &str = "1:467: error[title-mismatch]: title of Ron Dermer does not match the facts\n";

#[test]
fn config_is_found_from_a_nested_folder_and_excludes_drafts_and_ignored_files() {
    let repo = newsroom();
    let text = short(repo.path(), &["."], 1);
    assert_eq!(text, format!("./stories/world/gaza/blinken.md:{SEED_FINDING}"));
    let nested = repo.path().join("stories/world");
    assert_eq!(short(&nested, &["."], 1), format!("./gaza/blinken.md:{SEED_FINDING}"));
    assert_eq!(short(&nested, &["clean.md"], 0), "");
}

#[test]
fn a_named_file_is_checked_even_if_excluded_unless_force_exclude() {
    let repo = newsroom();
    assert_eq!(
        short(repo.path(), &["drafts/blinken.md"], 1),
        format!("drafts/blinken.md:{SEED_FINDING}")
    );
    assert_eq!(short(repo.path(), &["--force-exclude", "drafts/blinken.md"], 0), "");
}

#[test]
fn isolated_ignores_the_config_and_config_names_one() {
    let repo = newsroom();
    let err = stderr_of(repo.path(), &["check", "--isolated", "stories"], 2);
    assert!(err.contains("no facts to check this story against"), "{err}");
    fs::write(
        repo.path().join("other.yaml"),
        "facts: desks/world.yaml\nseverity: {title-mismatch: off}\n",
    )
    .unwrap();
    assert_eq!(short(repo.path(), &["--config", "other.yaml", "stories"], 0), "");
}

#[test]
fn stdin_story_takes_its_config_and_name_from_stdin_filename() {
    let repo = newsroom();
    let out = factlint(repo.path())
        .args([
            "check",
            "--format",
            "short",
            "-",
            "--stdin-filename",
            "stories/world/new.md",
        ])
        .write_stdin(seed())
        .stdout_when(1);
    assert_eq!(out, format!("stories/world/new.md:{SEED_FINDING}"));
    factlint(repo.path())
        .args(["check", "--fix", "-"])
        .write_stdin(seed())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--fix cannot write a story read from stdin"));
}

#[test]
fn files_from_filters_like_a_walk_and_refuses_missing_files() {
    let repo = newsroom();
    let list = "stories/world/gaza/blinken.md\nstories/world/notes.yaml\ndrafts/blinken.md\n\n";
    fs::write(repo.path().join("changed.txt"), list).unwrap();
    assert_eq!(
        short(repo.path(), &["--files-from", "changed.txt"], 1),
        format!("stories/world/gaza/blinken.md:{SEED_FINDING}")
    );
    fs::write(repo.path().join("changed.txt"), "stories/world/deleted.md\n").unwrap();
    let err = stderr_of(repo.path(), &["check", "--files-from", "changed.txt"], 2);
    assert!(
        err.contains("stories/world/deleted.md: listed in changed.txt but not a file"),
        "{err}"
    );
}

#[test]
fn severities_from_the_config_and_fail_on() {
    let repo = newsroom();
    fs::write(
        repo.path().join("factlint.yaml"),
        format!("{CONFIG}severity:\n  title-mismatch: warning\n"),
    )
    .unwrap();
    let warning = "stories/world/gaza/blinken.md:1:467: warning[title-mismatch]";
    assert!(short(repo.path(), &["stories"], 0).starts_with(warning));
    short(repo.path(), &["--fail-on", "warning", "stories"], 1);
    fs::write(repo.path().join("factlint.yaml"), CONFIG).unwrap();
    short(repo.path(), &["--fail-on", "never", "stories"], 0);
    short(repo.path(), &["--fail-on", "warning", "stories/world/clean.md"], 0);
}

#[test]
fn an_invalid_config_is_exit_2_with_its_line_and_a_suggestion() {
    let repo = newsroom();
    fs::write(
        repo.path().join("factlint.yaml"),
        "facts: [desks/world.yaml]\nexcludes: [drafts]\n",
    )
    .unwrap();
    let err = stderr_of(repo.path(), &["check", "--color", "never", "stories"], 2);
    assert!(err.contains("invalid config file"), "{err}");
    assert!(err.contains("factlint.yaml:2:1"), "{err}");
    assert!(err.contains("did you mean `exclude`?"), "{err}");
}

#[test]
fn suppression_comments_silence_a_line_and_a_misspelt_code_is_an_error() {
    let repo = newsroom();
    let story = repo.path().join("stories/world/gaza/blinken.md");
    fs::write(
        &story,
        format!("<!-- factlint-disable-next-line title-mismatch -->\n{}", seed()),
    )
    .unwrap();
    assert_eq!(short(repo.path(), &["stories"], 0), "");
    fs::write(
        &story,
        format!("<!-- factlint-disable-next-line name-misspelled -->\n{}", seed()),
    )
    .unwrap();
    assert!(short(repo.path(), &["stories"], 1).contains(":2:467: error[title-mismatch]"));
    fs::write(&story, seed().replacen('\n', " # factlint: ignore title-mismatch\n", 1)).unwrap();
    assert_eq!(short(repo.path(), &["stories"], 0), "");
    fs::write(
        &story,
        format!("<!-- factlint-disable-next-line title-mismach -->\n{}", seed()),
    )
    .unwrap();
    let err = stderr_of(repo.path(), &["check", "--color", "never", "stories"], 2);
    assert!(err.contains("did you mean `title-mismatch`?"), "{err}");
    assert!(err.contains("blinken.md:1:1"), "{err}");
}

#[test]
fn a_baseline_accepts_known_findings_wherever_they_move_and_reports_new_ones() {
    let repo = newsroom();
    let root = repo.path();
    let err = stderr_of(
        root,
        &["check", ".", "--baseline", "baseline.json", "--update-baseline"],
        0,
    );
    assert!(err.contains("wrote 1 accepted finding to baseline.json"), "{err}");
    let baseline = fs::read_to_string(root.join("baseline.json")).unwrap();
    assert!(
        baseline.contains("\"path\": \"stories/world/gaza/blinken.md\""),
        "{baseline}"
    );
    assert_eq!(short(root, &[".", "--baseline", "baseline.json"], 0), "");
    // moved down two lines: still the accepted finding
    let story = root.join("stories/world/gaza/blinken.md");
    fs::write(&story, format!("Intro.\n\n{}", seed())).unwrap();
    assert_eq!(short(root, &[".", "--baseline", "baseline.json"], 0), "");
    // the same slip in another story is new
    fs::write(root.join("stories/world/clean.md"), seed()).unwrap();
    assert_eq!(
        short(root, &[".", "--baseline", "baseline.json"], 1),
        format!("./stories/world/clean.md:{SEED_FINDING}")
    );
    let err = stderr_of(root, &["check", ".", "--baseline", "missing.json"], 2);
    assert!(err.contains("--update-baseline"), "{err}");
}

#[test]
fn diff_shows_the_certain_fixes_and_writes_nothing() {
    let repo = newsroom();
    let story = repo.path().join("stories/world/gaza/blinken.md");
    let diff = factlint(repo.path())
        .args(["check", "--diff", "stories"])
        .stdout_when(1);
    assert!(
        diff.starts_with("--- a/stories/world/gaza/blinken.md\n+++ b/stories/world/gaza/blinken.md\n@@ -1,2 +1,2 @@\n"),
        "{diff}"
    );
    assert!(
        diff.contains("+ date 2024-11-14") && diff.contains("with Israeli Minister of Strategic Affairs Ron Dermer.")
    );
    assert_eq!(fs::read_to_string(&story).unwrap(), seed());
    factlint(repo.path())
        .args(["check", "--fix", "stories"])
        .assert()
        .code(0);
    factlint(repo.path())
        .args(["check", "--diff", "stories"])
        .assert()
        .code(0)
        .stdout("");
    assert_eq!(fs::read_to_string(&story).unwrap(), clean());
}

#[test]
fn init_writes_a_config_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let err = stderr_of(dir.path(), &["init"], 0);
    assert!(err.contains("wrote ./factlint.yaml"), "{err}");
    fs::write(
        dir.path().join("story.md"),
        "Israeli of Strategic Affairs Ron Dermer spoke.\n",
    )
    .unwrap();
    assert!(short(dir.path(), &["."], 1).contains("error[title-mismatch]"));
    let err = stderr_of(dir.path(), &["init"], 2);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn completions_for_each_shell() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        factlint(dir.path())
            .args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("fail-on"));
    }
}

/// A desk's own words: an office, a unit and a currency the built-in lexicons lack.
const EXTENDED_CONFIG: &str = "facts: [facts.yaml]
extend:
  title_words: [sheriff, alderman]
  offices: [[sheriff], [alderman]]
  measures:
    length: {furlong: 200, furlongs: 200}
  currency_words: {bucks: USD}
";

#[test]
fn a_config_extends_the_lexicon_with_an_office_a_unit_and_a_currency() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("facts.yaml"),
        "people:\n  - name: Jane Doe\n    title: Alderman\nfigures:\n  - id: tunnel\n    value: 1.5 km\n    about: [tunnel]\n  - id: grant\n    value: $5 million\n    about: [grant]\n",
    )
    .unwrap();
    fs::write(
        root.join("story.txt"),
        "Sheriff Jane Doe said the tunnel runs for 9 furlongs. The grant was 7 million bucks.\n",
    )
    .unwrap();
    let built_in = short(root, &["--isolated", "--facts", "facts.yaml", "story.txt"], 0);
    assert_eq!(built_in, "", "without the config, none of the three words is known");
    fs::write(root.join("factlint.yaml"), EXTENDED_CONFIG).unwrap();
    assert_eq!(
        short(root, &["story.txt"], 1),
        "story.txt:1:1: error[title-mismatch]: title of Jane Doe does not match the facts\n\
         story.txt:1:43: error[figure-mismatch]: `9 furlongs` disagrees with figure `tunnel` (tied by `tunnel`)\n\
         story.txt:1:69: error[figure-mismatch]: `7 million bucks` disagrees with figure `grant` (tied by `grant`)\n"
    );
}

#[test]
fn an_unknown_lexicon_in_extend_is_exit_2_at_its_name() {
    let repo = newsroom();
    fs::write(
        repo.path().join("factlint.yaml"),
        "facts: [desks/world.yaml]\nextend:\n  titel_words: [sheriff]\n",
    )
    .unwrap();
    let err = stderr_of(repo.path(), &["check", "--color", "never", "stories"], 2);
    assert!(err.contains("`titel_words` is not a lexicon factlint knows"), "{err}");
    assert!(err.contains("factlint.yaml:3:3"), "{err}");
    assert!(err.contains("did you mean `title_words`?"), "{err}");
    fs::write(
        repo.path().join("factlint.yaml"),
        "facts: [desks/world.yaml]\nextend:\n  offices: {sheriff: 1}\n",
    )
    .unwrap();
    let err = stderr_of(repo.path(), &["check", "--color", "never", "stories"], 2);
    assert!(
        err.contains("`offices` is not written as in rules/titles.yaml"),
        "{err}"
    );
    assert!(err.contains("factlint.yaml:3:3"), "{err}");
}
