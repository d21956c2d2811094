//! How long `factlint lsp` takes to re-check a 5,000-word story after a keystroke: the time
//! from sending didChange to receiving publishDiagnostics, with the debounce set to 0 so only
//! the edit, the check and the round trip are measured; and, as the baseline in the same run,
//! `factlint check` on the same story and facts. Not run in CI.
//!
//!     cargo build --release
//!     cargo run --release --example lsp_recheck -- [FACTS.yaml ...]
//!
//! The facts default to the seed story's; the story is the seed story's paragraphs repeated.

// the tests' client: this timing uses only part of it (not the raw frames nor stderr)
#[allow(dead_code)]
#[path = "../tests/support/lsp_client.rs"]
mod lsp_client;

use lsp_client::{uri_of, Client};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SEED: &str = "fixtures/seed-blinken-gaza";
const WORDS: usize = 5_000;
const EDITS: usize = 40;
const CLI_RUNS: usize = 9;

fn main() {
    let facts: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let facts = if facts.is_empty() {
        vec![Path::new(SEED).join("facts.yaml")]
    } else {
        facts
    };
    let binary = std::path::absolute("target/release/factlint").expect("a path");
    assert!(binary.exists(), "build the server first: cargo build --release");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let absolute: Vec<String> = facts
        .iter()
        .map(|f| std::path::absolute(f).expect("facts path").display().to_string())
        .collect();
    std::fs::write(dir.path().join("factlint.yaml"), format!("facts: {absolute:?}\n")).expect("config");
    let story = long_story();
    let path = dir.path().join("story.txt");
    std::fs::write(&path, &story).expect("story");
    let uri = uri_of(&path);

    let mut client = Client::start(&binary, dir.path(), json!({}), json!({"debounceMs": 0}));
    let started = Instant::now();
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": story}}),
    );
    let findings = client.diagnostics(&uri).len();
    println!(
        "{} words, {} bytes, facts {:?}: open (loads the facts) {:.1} ms, {findings} findings",
        story.split_whitespace().count(),
        story.len(),
        facts,
        ms(started.elapsed())
    );

    // type a word into the middle of the story and take it out again, one change at a time
    let middle = story[..story.len() / 2].matches('\n').count();
    let mut times = Vec::new();
    for version in 2..2 + EDITS as i32 {
        let at = json!({"line": middle, "character": 0});
        let change = if version % 2 == 0 {
            json!({"range": {"start": at, "end": at}, "text": "Word "})
        } else {
            json!({"range": {"start": at, "end": {"line": middle, "character": 5}}, "text": ""})
        };
        let sent = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
        );
        client.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == version);
        times.push(sent.elapsed());
    }
    times.sort();
    let recheck = times[EDITS / 2];
    println!(
        "re-check after an edit, {EDITS} edits: median {:.2} ms, max {:.2} ms",
        ms(recheck),
        ms(times[EDITS - 1])
    );
    assert!(client.shutdown().success());

    // the baseline, measured in the same run: `factlint check` on the same story and facts
    let mut runs: Vec<Duration> = (0..CLI_RUNS)
        .map(|_| {
            let started = Instant::now();
            let status = std::process::Command::new(&binary)
                .args(["check", "--format", "short"])
                .arg(&path)
                .current_dir(dir.path())
                .stdout(std::process::Stdio::null())
                .status()
                .expect("factlint check runs");
            assert!(status.code().is_some_and(|c| c < 2), "factlint check failed: {status}");
            started.elapsed()
        })
        .collect();
    runs.sort();
    let cli = runs[CLI_RUNS / 2];
    println!(
        "baseline, `factlint check` on the same story (loads the facts each time): median {:.1} ms over {CLI_RUNS} runs; a re-check takes {:.3} of it",
        ms(cli),
        recheck.as_secs_f64() / cli.as_secs_f64()
    );
}

/// The seed story's paragraphs, repeated until the story has `WORDS` words.
fn long_story() -> String {
    let seed = std::fs::read_to_string(Path::new(SEED).join("story.txt")).expect("seed story");
    let paragraphs: Vec<&str> = seed.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    let mut story = String::new();
    for paragraph in paragraphs.iter().cycle() {
        if story.split_whitespace().count() >= WORDS {
            break;
        }
        story.push_str(paragraph);
        story.push_str("\n\n");
    }
    story
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
