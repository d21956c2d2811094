//! `--baseline FILE`: the findings an archive has accepted, so it can adopt factlint without
//! fixing years of copy first; only new findings are reported.
//!
//! A finding is known by its story (relative to the baseline's folder), code, the text it
//! flags and the fact it concerns, never by line: an edit above it does not make it new.
//! Entries count: two identical slips in one story need two entries.
//!
//! The core resolves no path against the process's working directory: the front end passes
//! it in (`working_dir`), and relative story and baseline paths are taken from there.

use crate::error::InputError;
use crate::finding::Finding;
use crate::render::{normalize, slash_path, Report};
use crate::source_map::{offset_of, Unit};
use crate::story::Story;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// What a finding is known by, across edits that move it: its story, code, the text it flags
/// and its fact. SARIF's fingerprints are made of the same key.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
pub(crate) struct Entry {
    path: String,
    code: String,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fact: Option<String>,
}

/// The findings a baseline file accepts, counted per key, so each is dropped only as often as
/// it was accepted.
pub struct Baseline {
    /// The folder story paths are relative to (the baseline file's), absolute.
    folder: PathBuf,
    /// The absolute folder relative story paths are relative to.
    working_dir: PathBuf,
    accepted: HashMap<Entry, usize>,
}

impl Baseline {
    /// The baseline file at `path` (story paths in it are relative to its folder), whose
    /// contents are `text`; a relative `path`, and the stories' relative paths, are relative
    /// to `working_dir`, an absolute folder.
    pub fn from_text(path: &Path, text: &str, working_dir: &Path) -> Result<Baseline, InputError> {
        let file: BaselineFile = serde_json::from_str(text).map_err(|e| {
            // serde_json's columns count bytes
            let at = offset_of(text, e.line(), e.column(), Unit::Byte).unwrap_or(text.len());
            // the place is shown under the message; serde_json's text repeats it
            let full = e.to_string();
            let message = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m);
            InputError::at(path, text, at..at, format!("invalid baseline: {message}"), "here")
                .with_help("a baseline is written by `--update-baseline`; write it again rather than by hand")
        })?;
        let mut accepted = HashMap::new();
        for entry in file.findings {
            *accepted.entry(entry).or_insert(0) += 1;
        }
        Ok(Baseline {
            folder: folder_of(path, working_dir),
            working_dir: working_dir.to_path_buf(),
            accepted,
        })
    }

    /// Drops the accepted findings from the reports; returns how many were dropped.
    pub fn filter(&self, reports: &mut [Report]) -> usize {
        let mut left = self.accepted.clone();
        let mut dropped = 0;
        for report in reports {
            let story = &report.story;
            report.findings.retain(|f| {
                let entry = entry(&self.folder, &self.working_dir, story, f);
                match left.get_mut(&entry) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        dropped += 1;
                        false
                    }
                    _ => true,
                }
            });
        }
        dropped
    }
}

/// The baseline file at `path` that accepts every finding of the reports, and how many;
/// relative paths are relative to `working_dir`, an absolute folder.
pub fn baseline_json(path: &Path, reports: &[Report], working_dir: &Path) -> Result<(String, usize), InputError> {
    let folder = folder_of(path, working_dir);
    let mut findings: Vec<Entry> = reports
        .iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .map(|f| entry(&folder, working_dir, &r.story, f))
                .collect::<Vec<_>>()
        })
        .collect();
    findings.sort();
    let count = findings.len();
    let json = serde_json::to_string_pretty(&BaselineFile { version: 1, findings })
        .map_err(|e| InputError::file(path, format!("cannot write baseline: {e}")))?;
    Ok((json + "\n", count))
}

fn entry(folder: &Path, working_dir: &Path, story: &Story, f: &Finding) -> Entry {
    let absolute_path = normalize(&working_dir.join(&story.path));
    let path = absolute_path.strip_prefix(folder).unwrap_or(&absolute_path);
    Entry::of(slash_path(path), story, f)
}

impl Entry {
    /// The key of `f` in `story`, whose path (relative to wherever the key is used) is `path`.
    pub(crate) fn of(path: String, story: &Story, f: &Finding) -> Entry {
        Entry {
            path,
            code: f.code.to_string(),
            text: story.text.get(f.span.clone()).unwrap_or("").to_string(),
            fact: f.fact.as_ref().map(|fact| fact.id.clone()),
        }
    }

    /// A stable hash of the key (64-bit FNV-1a, the same on every platform and Rust release,
    /// unlike std's hasher), as 16 hex digits.
    pub(crate) fn hash_hex(&self) -> String {
        let fact = self.fact.as_deref().unwrap_or("");
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for part in [self.path.as_str(), self.code.as_str(), self.text.as_str(), fact] {
            for byte in part.bytes().chain([0]) {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}")
    }
}

fn folder_of(path: &Path, working_dir: &Path) -> PathBuf {
    normalize(&working_dir.join(path))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::test_report;

    const FACTS: &str = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n";
    const STORY: &str = "He met Israeli of Strategic Affairs Ron Dermer.\n";

    #[test]
    fn stories_are_keyed_from_the_baseline_folder_whatever_the_working_dir() {
        let written = [test_report("desk/story.txt", STORY, FACTS)];
        let (json, count) = baseline_json(Path::new("baseline.json"), &written, Path::new("/srv/news")).unwrap();
        assert_eq!(count, 1);
        assert!(json.contains(r#""path": "desk/story.txt""#), "{json}");
        // the same files named from the desk's folder, one with `..`
        let baseline = Baseline::from_text(Path::new("../baseline.json"), &json, Path::new("/srv/news/desk")).unwrap();
        let mut again = [test_report("./sub/../story.txt", STORY, FACTS)];
        assert_eq!(baseline.filter(&mut again), 1);
        assert!(again[0].findings.is_empty());
        // elsewhere the key differs and the finding is new
        let elsewhere = Baseline::from_text(Path::new("/srv/news/baseline.json"), &json, Path::new("/tmp")).unwrap();
        let mut other = [test_report("story.txt", STORY, FACTS)];
        assert_eq!(elsewhere.filter(&mut other), 0);
    }
}
