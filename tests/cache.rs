//! The facts cache seen from outside: runs against a big who's-who give the same output whether
//! its entry is missing, present, corrupt or being written by another run at the same moment.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const SEED_STORY: &str = "fixtures/seed-blinken-gaza/story.txt";

/// The seed facts with `n` made-up people added: big enough to be cached.
fn big_facts(n: usize) -> String {
    let seed = std::fs::read_to_string("fixtures/seed-blinken-gaza/facts.yaml").unwrap();
    let (head, rest) = seed.split_once("people:\n").unwrap();
    let made_up: String = (0..n)
        .map(|k| format!("  - name: Person{k} Surname{k}\n    title: Deputy Minister of Affairs {k}\n"))
        .collect();
    format!("{head}people:\n{made_up}{rest}")
}

struct Setup {
    _dir: tempfile::TempDir,
    facts: PathBuf,
    cache: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("whoswho.yaml");
    std::fs::write(&facts, big_facts(2000)).unwrap();
    let cache = dir.path().join("cache");
    Setup {
        facts,
        cache,
        _dir: dir,
    }
}

fn check(setup: &Setup, extra: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .env("FACTLINT_CACHE_DIR", &setup.cache)
        .args(["check", SEED_STORY, "--facts"])
        .arg(&setup.facts)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    (out.status.code().unwrap(), stdout)
}

fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(cache)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn modified(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn a_miss_writes_an_entry_and_a_hit_reads_it_with_the_same_findings() {
    let setup = setup();
    let uncached = check(&setup, &["--no-cache"]);
    assert!(entries(&setup.cache).is_empty(), "--no-cache writes nothing");
    assert_eq!(uncached.0, 1);
    assert!(
        uncached.1.contains("\"line\": 4010"),
        "the facts line is exact: {}",
        uncached.1
    );
    assert_eq!(check(&setup, &[]), uncached, "miss");
    let written = entries(&setup.cache);
    assert_eq!(written.len(), 1);
    let then = modified(&written[0]);
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(check(&setup, &[]), uncached, "hit");
    assert_eq!(entries(&setup.cache), written);
    assert_eq!(modified(&written[0]), then, "a hit rewrites nothing");
}

#[test]
fn a_corrupt_entry_is_a_miss_and_is_written_again() {
    let setup = setup();
    let expected = check(&setup, &[]);
    let entry = entries(&setup.cache).pop().unwrap();
    let good = std::fs::read(&entry).unwrap();
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    for broken in [
        b"not an entry".to_vec(),
        good[..good.len() / 2].to_vec(),
        flipped,
        Vec::new(),
    ] {
        std::fs::write(&entry, &broken).unwrap();
        assert_eq!(check(&setup, &[]), expected);
        assert_eq!(std::fs::read(&entry).unwrap(), good, "rewritten whole");
    }
}

#[test]
fn a_changed_facts_file_is_a_new_entry_with_its_own_findings() {
    let setup = setup();
    let before = check(&setup, &[]);
    let fixed = big_facts(2000).replace(
        "title: Israeli Minister of Strategic Affairs",
        "title: Israeli of Strategic Affairs",
    );
    std::fs::write(&setup.facts, fixed).unwrap();
    let after = check(&setup, &[]);
    assert_eq!(before.0, 1);
    assert_eq!(after.0, 0, "the story now agrees with the facts: {}", after.1);
    assert_eq!(entries(&setup.cache).len(), 2);
    assert_eq!(after, check(&setup, &["--no-cache"]));
}

#[test]
fn concurrent_runs_all_succeed_and_leave_one_whole_entry() {
    let setup = setup();
    let expected = check(&setup, &["--no-cache"]);
    let runs: Vec<_> = (0..6)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("factlint"))
                .env("FACTLINT_CACHE_DIR", &setup.cache)
                .args(["check", SEED_STORY, "--format", "json", "--facts"])
                .arg(&setup.facts)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert_eq!(
            (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap()),
            expected
        );
    }
    assert_eq!(entries(&setup.cache).len(), 1, "no temporary file left behind");
    assert_eq!(check(&setup, &[]), expected, "the entry left is whole");
}

#[test]
fn an_unwritable_cache_folder_is_no_failure() {
    let setup = setup();
    std::fs::write(&setup.cache, "a file where the folder should be").unwrap();
    assert_eq!(check(&setup, &[]), check(&setup, &["--no-cache"]));
}
