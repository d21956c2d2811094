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

/// The seed story's one finding, as `--format short` prints it at `line`.
fn seed_finding_at(line: usize) -> String {
    format!("{line}:467: error[title-mismatch]")
}

fn seed_text() -> String {
    fs::read_to_string(SEED_STORY).unwrap()
}

#[test]
fn lines_ended_by_cr_or_crlf_are_counted_in_findings_and_input_errors() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.txt");
    for ending in ["\r", "\r\n"] {
        fs::write(&story, format!("Headline{ending}Second line.{ending}{}", seed_text())).unwrap();
        for format in ["short", "human"] {
            let out = factlint()
                .args(["check", "--isolated", "--format", format, "--facts", SEED_FACTS])
                .arg(&story)
                .stdout_when(1);
            assert!(out.contains("story.txt:3:467"), "{ending:?} {format}: {out}");
        }
    }
    let facts = dir.path().join("facts.yaml");
    fs::write(&facts, "people:\r  - name: Ron Dermer\r    titel: Minister\r").unwrap();
    let err = factlint()
        .args(["check", "--isolated", "--facts"])
        .arg(&facts)
        .arg(&story)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&err.get_output().stderr).to_string();
    assert!(stderr.contains("facts.yaml:3:5"), "{stderr}");
}

#[test]
fn a_byte_order_mark_is_no_column_and_front_matter_after_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(SEED_FACTS, dir.path().join("facts.yaml")).unwrap();
    let story = dir.path().join("story.md");
    fs::write(
        &story,
        format!("\u{feff}---\nfacts: [facts.yaml]\n---\n{}", seed_text()),
    )
    .unwrap();
    let out = factlint()
        .args(["check", "--isolated", "--format", "short"])
        .arg(&story)
        .stdout_when(1);
    assert!(out.contains(&seed_finding_at(4)), "{out}");
    fs::write(&story, format!("\u{feff}{}", seed_text())).unwrap();
    let out = factlint()
        .args(["check", "--isolated", "--format", "short", "--facts", SEED_FACTS])
        .arg(&story)
        .stdout_when(1);
    assert!(out.contains(&seed_finding_at(1)), "{out}");
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let units = "\u{feff}".encode_utf16().chain(text.encode_utf16());
    if little_endian {
        units.flat_map(u16::to_le_bytes).collect()
    } else {
        units.flat_map(u16::to_be_bytes).collect()
    }
}

#[test]
fn utf16_stories_in_a_folder_are_read_checked_and_fixed_as_utf16() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("le.txt"), utf16(&seed_text(), true)).unwrap();
    fs::write(dir.path().join("be.txt"), utf16(&seed_text(), false)).unwrap();
    let out = factlint()
        .args(["check", "--isolated", "--format", "short", "--facts", SEED_FACTS])
        .arg(dir.path())
        .stdout_when(1);
    assert_eq!(out.matches(&seed_finding_at(1)).count(), 2, "{out}");
    factlint()
        .args(["check", "--isolated", "--fix", "--facts", SEED_FACTS])
        .arg(dir.path())
        .assert()
        .code(0);
    let fixed = seed_text().replace("Israeli of", "Israeli Minister of");
    assert_eq!(fs::read(dir.path().join("le.txt")).unwrap(), utf16(&fixed, true));
    assert_eq!(fs::read(dir.path().join("be.txt")).unwrap(), utf16(&fixed, false));
}

#[test]
fn a_utf16_story_on_stdin_is_decoded_and_latin1_is_refused_with_its_offset() {
    let out = factlint()
        .args(["check", "--isolated", "--format", "short", "--facts", SEED_FACTS, "-"])
        .write_stdin(utf16(&seed_text(), true))
        .stdout_when(1);
    assert!(out.contains(&format!("<stdin>:{}", seed_finding_at(1))), "{out}");
    let err = factlint()
        .args(["check", "--isolated", "--facts", SEED_FACTS, "-"])
        .write_stdin(b"Caf\xe9 talks".to_vec())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&err.get_output().stderr).to_string();
    assert!(stderr.contains("<stdin>") && stderr.contains("offset 3"), "{stderr}");
}

#[test]
fn utf16_without_a_byte_order_mark_is_refused_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = utf16(&seed_text(), true);
    fs::write(dir.path().join("story.txt"), &bytes[2..]).unwrap();
    factlint()
        .args(["check", "--isolated", "--facts", SEED_FACTS])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "story.txt: looks like UTF-16 text without a byte-order mark",
        ));
}

/// A folder with a copy of the seed story (one certain fix) and its facts.
fn desk() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.txt");
    fs::copy(SEED_STORY, &story).unwrap();
    (dir, story)
}

fn fix(path: &std::path::Path) -> Command {
    let mut cmd = factlint();
    cmd.args(["check", "--isolated", "--fix", "--facts", SEED_FACTS])
        .arg(path);
    cmd
}

#[cfg(unix)]
#[test]
fn fix_refuses_a_read_only_file_and_leaves_it_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, story) = desk();
    fs::set_permissions(&story, fs::Permissions::from_mode(0o444)).unwrap();
    fix(&story).assert().code(2).stderr(predicate::str::contains(
        "story.txt: cannot fix a file that is read-only",
    ));
    assert_eq!(fs::read_to_string(&story).unwrap(), seed_text());
    assert_eq!(fs::metadata(&story).unwrap().permissions().mode() & 0o777, 0o444);
}

#[cfg(unix)]
#[test]
fn fix_through_a_symlink_fixes_the_target_and_keeps_the_link() {
    let (dir, story) = desk();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink("story.txt", &link).unwrap();
    fix(&link).assert().code(0);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(fs::read_to_string(&story)
        .unwrap()
        .contains("Israeli Minister of Strategic Affairs"));
}

#[cfg(unix)]
#[test]
fn fix_keeps_hard_links_to_one_file() {
    use std::os::unix::fs::MetadataExt;
    let (dir, story) = desk();
    let other = dir.path().join("other-name.txt");
    fs::hard_link(&story, &other).unwrap();
    // named by both its names, it is still one file, fixed once
    fix(&story)
        .arg(&other)
        .assert()
        .code(0)
        .stderr("fixed 1 finding in ".to_string() + &story.display().to_string() + "\n");
    assert_eq!(fs::metadata(&story).unwrap().ino(), fs::metadata(&other).unwrap().ino());
    assert!(fs::read_to_string(&other)
        .unwrap()
        .contains("Israeli Minister of Strategic Affairs"));
}

#[test]
fn a_story_named_twice_is_checked_and_fixed_once() {
    let (dir, _story) = desk();
    let out = factlint()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--format", "short", "--facts"])
        .arg(std::path::absolute(SEED_FACTS).unwrap())
        .args([".", "story.txt", "./story.txt"])
        .stdout_when(1);
    assert_eq!(out.lines().filter(|l| l.contains("title-mismatch")).count(), 1, "{out}");
    let err = factlint()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--fix", "--facts"])
        .arg(std::path::absolute(SEED_FACTS).unwrap())
        .args([".", "story.txt"])
        .stderr_when(0);
    assert_eq!(err, "fixed 1 finding in story.txt\n");
}

#[cfg(unix)]
#[test]
fn a_backslash_in_a_unix_file_name_is_a_character_in_every_path() {
    let (dir, story) = desk();
    fs::rename(&story, dir.path().join("a\\b.txt")).unwrap();
    let facts = std::path::absolute(SEED_FACTS).unwrap();
    let run = |args: &[&str], code: i32| {
        factlint()
            .current_dir(dir.path())
            .args(["check", "--isolated", "--facts"])
            .arg(&facts)
            .args(args)
            .arg("a\\b.txt")
            .stdout_when(code)
    };
    assert!(run(&["--format", "github"], 1).contains("file=a\\b.txt,"));
    assert!(run(&["--format", "sarif"], 1).contains("\"uri\": \"a%5Cb.txt\""));
    assert!(run(&["--diff"], 1).contains("--- a/a\\b.txt"));
    run(&["--baseline", "baseline.json", "--update-baseline"], 0);
    let baseline = fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    assert!(baseline.contains(r#""path": "a\\b.txt""#), "{baseline}");
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_and_stderr_end_the_run_quietly() {
    let (dir, story) = desk();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("factlint"))
        .args(["check", "--isolated", "--fix", "--facts", SEED_FACTS])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // the reading ends close before factlint writes anything, as `| head -0` would
    drop(child.stdout.take());
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "no panic (101), the fix made and nothing left");
    assert!(fs::read_to_string(&story)
        .unwrap()
        .contains("Israeli Minister of Strategic Affairs"));
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_named_as_stories_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for path in [
        std::path::Path::new("/dev/zero"),
        std::path::Path::new("/dev/urandom"),
        &fifo,
    ] {
        factlint()
            .args(["check", "--isolated", "--facts", SEED_FACTS])
            .arg(path)
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{}: not a regular file (a device, a pipe or a socket)",
                path.display()
            )));
    }
}

#[test]
fn a_story_over_the_size_cap_is_refused_and_the_cap_can_be_raised() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    // sparse: the size is looked at before anything is read
    fs::File::create(&huge).unwrap().set_len(17 << 20).unwrap();
    factlint()
        .args(["check", "--isolated", "--facts", SEED_FACTS])
        .arg(&huge)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "huge.txt: is 17 MiB, more than the 16 MiB a story may be",
        ))
        .stderr(predicate::str::contains("--max-story-size"));
    let check_seed_with_cap = |cap: &str, code: i32| {
        factlint()
            .args([
                "check",
                "--isolated",
                "--facts",
                SEED_FACTS,
                "--max-story-size",
                cap,
                SEED_STORY,
            ])
            .assert()
            .code(code)
    };
    check_seed_with_cap("1K", 2).stderr(predicate::str::contains("more than the 1 KiB a story may be"));
    check_seed_with_cap("64K", 1);
    check_seed_with_cap("lots", 2).stderr(predicate::str::contains("`lots` is not a size"));
}

#[test]
fn fix_applies_overlapping_fixes_in_rounds_so_a_second_fix_finds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.txt");
    fs::copy("fuzz/seeds/fix/crash-stale-title-around-a-misspelt-name.txt", &story).unwrap();
    let diff = factlint()
        .args(["check", "--isolated", "--diff", "--facts", SEED_FACTS])
        .arg(&story)
        .stdout_when(1);
    assert!(diff.contains("+Secretary of State Antony Blinken"), "{diff}");
    fix(&story).assert().code(0);
    factlint()
        .args(["check", "--isolated", "--diff", "--facts", SEED_FACTS])
        .arg(&story)
        .assert()
        .code(0)
        .stdout("");
}
