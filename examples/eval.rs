//! The accuracy scorer: applies each edit of eval/cases alone to its real story, checks it,
//! and scores per finding code. Exits 1 when a target is missed, so it can gate changes.
//!
//!     cargo run --release --example eval [-- CASES_DIR [CORPUS_DIR] [--verbose] [--only=PREFIX]]
//!
//! Stories are read from the corpus (default ../shared/corpus); without it, it skips.
//! `--only=PREFIX` scores only the cases whose name starts with PREFIX (one batch alone).
//! A case whose facts fail to load counts every edit as missed and prints the load error, as a
//! user would see it: the story gets no check at all.

use factlint::check::{CheckOptions, Checker};
use factlint::files::load_facts;
use factlint::finding::{Code, Finding};
use factlint::render::line_column;
use factlint::story::Story;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const RECALL_TARGET: f64 = 0.95;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edits {
    story: String,
    edits: Vec<Edit>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Edit {
    code: String,
    find: String,
    replace: String,
    #[serde(default)]
    why: String,
}

#[derive(Default)]
struct Tally {
    edits: usize,
    caught: usize,
    other_code: usize,
    missed: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let verbose = std::env::args().any(|a| a == "--verbose");
    let only = std::env::args().find_map(|a| a.strip_prefix("--only=").map(str::to_string));
    let cases = PathBuf::from(args.first().map_or("eval/cases", String::as_str));
    let corpus = PathBuf::from(args.get(1).map_or("../shared/corpus", String::as_str));
    if !corpus.is_dir() {
        println!(
            "eval: skipped, no corpus at {} (the stories are read from there)",
            corpus.display()
        );
        return ExitCode::SUCCESS;
    }
    let mut by_code: BTreeMap<String, Tally> = BTreeMap::new();
    let mut clean_alarms = Vec::new();
    let mut none_alarms = Vec::new();
    let mut stories = 0;
    let started = std::time::Instant::now();
    let mut load_errors = Vec::new();
    let mut none_edits = 0;
    let files: Vec<PathBuf> = case_files(&cases)
        .into_iter()
        .filter(|p| only.as_deref().is_none_or(|o| case_name(p).starts_with(o)))
        .collect();
    for edits_path in &files {
        let facts_path = PathBuf::from(edits_path.to_string_lossy().replace(".edits.yaml", ".facts.yaml"));
        let case: Edits = match std::fs::read_to_string(&edits_path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_saphyr::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(c) => c,
            Err(e) => return fail(&format!("{}: {e}", edits_path.display())),
        };
        let name = case_name(edits_path);
        let facts = match load_facts(std::slice::from_ref(&facts_path)) {
            Ok(f) => f,
            Err(e) => {
                // the check could not run: every error edit is missed, as a user would see it
                load_errors.push(format!("{name}: facts do not load: {e}"));
                for edit in case.edits.iter().filter(|e| e.code != "none") {
                    let tally = by_code.entry(edit.code.clone()).or_default();
                    tally.edits += 1;
                    tally.missed.push(format!(
                        "{name}: {:?} -> {:?} (facts do not load)",
                        edit.find, edit.replace
                    ));
                }
                continue;
            }
        };
        let checker = Checker::new(&facts);
        let story_path = corpus.join(&case.story);
        let Ok(original) = std::fs::read_to_string(&story_path) else {
            return fail(&format!("cannot read {}", story_path.display()));
        };
        stories += 1;
        let clean = check(&checker, &story_path, &original);
        for f in &clean {
            clean_alarms.push(format!("{name}: {}", describe(&original, f)));
        }
        for edit in &case.edits {
            if original.matches(&edit.find).count() != 1 {
                return fail(&format!("{name}: `find` must occur exactly once: {:?}", edit.find));
            }
            let at = original.find(&edit.find).unwrap_or(0);
            let edited = original.replacen(&edit.find, &edit.replace, 1);
            let line = line_column(&edited, at).0;
            let changed = at..at + edit.replace.len().max(1);
            let found = check(&checker, &story_path, &edited);
            // on the edit: the finding starts on the edited line or its span covers the edit
            let on_edit = |f: &&Finding| {
                line_column(&edited, f.span.start).0 == line
                    || (f.span.start < changed.end && changed.start < f.span.end)
            };
            let on_line: Vec<&Finding> = found.iter().filter(on_edit).collect();
            let label = format!(
                "{name}: {:?} -> {:?} ({}) found: {:?}",
                edit.find,
                edit.replace,
                edit.why,
                on_line.iter().map(|f| describe(&edited, f)).collect::<Vec<_>>()
            );
            if edit.code == "none" {
                none_edits += 1;
                if found.len() > clean.len() {
                    let new: Vec<String> = found
                        .iter()
                        .filter(|f| !clean.iter().any(|c| c.code == f.code && c.message == f.message))
                        .map(|f| describe(&edited, f))
                        .collect();
                    none_alarms.push(format!("{name}: {:?} -> {:?}: {new:?}", edit.find, edit.replace));
                }
                continue;
            }
            let tally = by_code.entry(edit.code.clone()).or_default();
            tally.edits += 1;
            if on_line.iter().any(|f| f.code.as_str() == edit.code) {
                tally.caught += 1;
            } else {
                if !on_line.is_empty() {
                    tally.other_code += 1;
                }
                tally.missed.push(label);
            }
        }
    }
    load_errors.iter().for_each(|e| println!("load error: {e}"));
    report(
        &by_code,
        stories,
        none_edits,
        &clean_alarms,
        &none_alarms,
        verbose,
        started.elapsed(),
    )
}

fn check(checker: &Checker, path: &Path, text: &str) -> Vec<Finding> {
    match Story::from_text(path, text.to_string()) {
        Ok(story) => checker.check(&story, &CheckOptions::default()),
        Err(_) => Vec::new(),
    }
}

fn describe(text: &str, f: &Finding) -> String {
    format!(
        "{}:{} {:?}",
        f.code,
        line_column(text, f.span.start).0,
        &text[f.span.clone()]
    )
}

fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".edits.yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn case_name(edits_path: &Path) -> String {
    edits_path
        .file_name()
        .map(|n| n.to_string_lossy().replace(".edits.yaml", ""))
        .unwrap_or_default()
}

fn fail(message: &str) -> ExitCode {
    eprintln!("eval: {message}");
    ExitCode::from(2)
}

fn report(
    by_code: &BTreeMap<String, Tally>,
    stories: usize,
    none_edits: usize,
    clean: &[String],
    none: &[String],
    verbose: bool,
    took: std::time::Duration,
) -> ExitCode {
    println!(
        "{:<18} {:>6} {:>7} {:>11} {:>7} {:>7}",
        "code", "edits", "caught", "other code", "missed", "recall"
    );
    let mut ok = true;
    // codes the cases expect but the checker does not know yet still get their row (all missed)
    let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let unknown = by_code.keys().map(String::as_str).filter(|c| !known.contains(c));
    for code in known.iter().copied().chain(unknown) {
        let Some(t) = by_code.get(code) else {
            println!("{code:<18} {:>6}", 0);
            continue;
        };
        let recall = t.caught as f64 / t.edits.max(1) as f64;
        ok &= recall >= RECALL_TARGET;
        println!(
            "{code:<18} {:>6} {:>7} {:>11} {:>7} {:>7.3}",
            t.edits,
            t.caught,
            t.other_code,
            t.missed.len(),
            recall
        );
    }
    println!(
        "false alarms: {} on {stories} clean stories, {} on {none_edits} `none` edits",
        clean.len(),
        none.len()
    );
    println!("({stories} cases checked in {:.2}s)", took.as_secs_f64());
    ok &= clean.is_empty() && none.is_empty();
    if verbose || !ok {
        for (code, t) in by_code {
            for m in &t.missed {
                println!("missed {code}: {m}");
            }
        }
        clean.iter().for_each(|c| println!("false alarm (clean): {c}"));
        none.iter().for_each(|n| println!("false alarm (none edit): {n}"));
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        println!("eval: a target was missed (recall >= {RECALL_TARGET} per code, no false alarms)");
        ExitCode::from(1)
    }
}
