//! Renderers: each turns the findings of checked stories into one output format.

mod github;
mod human;
mod json;
mod sarif;
mod short;
mod window;

use crate::config::Config;
use crate::error::InputError;
use crate::facts::Facts;
use crate::finding::{Finding, Severity};
use crate::story::Story;
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::source_map::{line_column, LineIndex, Unit};
use github::render_github;
pub use human::render_error;
use human::render_human;
pub use json::render_json;
use sarif::render_sarif;
use short::render_short;

/// The findings of one story, with what is needed to show them.
pub struct Report {
    /// The story checked.
    pub story: Story,
    /// The facts the story was checked against (shared between stories).
    pub facts: Arc<Facts>,
    /// What the check found, with suppressions and severities applied.
    pub findings: Vec<Finding>,
    /// The config that governed the story (for re-checking after a fix).
    pub config: Arc<Config>,
}

/// An output format, named as `--format` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// For a terminal: each finding with its lines quoted and labelled.
    Human,
    /// A line per finding.
    Short,
    /// One JSON document.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 5] = [
        Format::Human,
        Format::Short,
        Format::Json,
        Format::Sarif,
        Format::Github,
    ];

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Short => "short",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    /// A format by its name.
    fn from_str(name: &str) -> Result<Format, String> {
        Format::ALL.into_iter().find(|f| f.name() == name).ok_or_else(|| {
            let names = Format::ALL.map(Format::name).join(", ");
            format!("unknown format `{name}`: the formats are {names}")
        })
    }
}

/// A run as the renderers see it: the stories checked, and the inputs that stopped the check
/// (a run with any of those did not run fully, and no format may look clean).
#[derive(Clone, Copy)]
pub struct Outcome<'a> {
    /// The stories checked.
    pub reports: &'a [Report],
    /// The inputs that stopped a check.
    pub errors: &'a [InputError],
    /// What SARIF's URIs are relative to; without it, paths as given.
    pub root: Option<&'a SourceRoot>,
}

/// The repository a run's files belong to, for SARIF's `%SRCROOT%`: URIs are relative to
/// `dir`, and relative paths are read from `cwd`. Found by the caller (it looks at the disk).
#[derive(Clone, Debug)]
pub struct SourceRoot {
    /// Absolute.
    pub dir: PathBuf,
    /// The working directory, absolute.
    pub cwd: PathBuf,
}

/// Findings of stories that all ran; see [`render_outcome`] for a run with input errors.
pub fn render(reports: &[Report], format: Format, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let outcome = Outcome {
        reports,
        errors: &[],
        root: None,
    };
    render_outcome(&outcome, format, color, out)
}

/// Renders a run, its input errors included, in `format` (`color` for a terminal).
pub fn render_outcome(outcome: &Outcome, format: Format, color: bool, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => render_human(outcome, color, out),
        Format::Short => render_short(outcome.reports, out),
        Format::Json => render_json(outcome, out),
        Format::Sarif => render_sarif(outcome, out),
        Format::Github => render_github(outcome, out),
    }
}

/// Line indexes of the facts files findings point into, built once per file for the whole
/// run: a 10,000-person who's-who is indexed once, not once per story or finding.
pub(crate) struct FactsLines<'a> {
    by_file: HashMap<(*const Facts, usize), LineIndex<'a>>,
}

impl<'a> FactsLines<'a> {
    pub(crate) fn new(reports: &'a [Report]) -> FactsLines<'a> {
        let mut by_file = HashMap::new();
        for report in reports {
            for fact in report.findings.iter().filter_map(|f| f.fact.as_ref()) {
                by_file
                    .entry((Arc::as_ptr(&report.facts), fact.loc.file))
                    .or_insert_with(|| LineIndex::new(&report.facts.files[fact.loc.file].text));
            }
        }
        FactsLines { by_file }
    }

    /// The index of a facts file one of `report`'s findings points into.
    pub(crate) fn get(&self, report: &Report, file: usize) -> &LineIndex<'a> {
        &self.by_file[&(Arc::as_ptr(&report.facts), file)]
    }
}

/// How many findings of each severity a run gave, and in how many stories.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Findings that are errors.
    pub errors: usize,
    /// Findings that are warnings.
    pub warnings: usize,
    /// Findings that are notes.
    pub notes: usize,
    /// Stories with at least one finding.
    pub stories_with_findings: usize,
    /// Stories checked, with findings or not.
    pub stories: usize,
}

/// The reports with findings, the only ones a renderer writes lines for: most stories of a
/// folder have none, and their lines need no index.
pub(crate) fn with_findings(reports: &[Report]) -> impl Iterator<Item = &Report> {
    reports.iter().filter(|r| !r.findings.is_empty())
}

/// How many findings of each severity the reports hold, and in how many stories.
pub(crate) fn summary_counts(reports: &[Report]) -> Counts {
    let mut counts = Counts {
        stories: reports.len(),
        ..Counts::default()
    };
    for report in reports {
        if !report.findings.is_empty() {
            counts.stories_with_findings += 1;
        }
        for f in &report.findings {
            match f.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Note => counts.notes += 1,
            }
        }
    }
    counts
}

/// The summary of a run, `7 errors, 0 warnings in 12 stories` (notes counted when asked or
/// when there are some), and what input errors left unchecked.
pub(crate) fn summary_line(outcome: &Outcome, always_count_notes: bool) -> String {
    let counts = summary_counts(outcome.reports);
    let notes = match counts.notes {
        0 if !always_count_notes => String::new(),
        n => format!(", {}", plural(n, "note")),
    };
    let findings = format!(
        "{}, {}{notes} in {}",
        plural(counts.errors, "error"),
        plural(counts.warnings, "warning"),
        plural(counts.stories, "story")
    );
    match (outcome.errors.len(), counts.stories) {
        (0, _) => findings,
        (n, 0) => format!("check failed: {}, no story checked", plural(n, "input error")),
        (n, _) => format!("{findings}; check incomplete: {}", plural(n, "input error")),
    }
}

/// `n word` or `n words` ("story" -> "stories").
pub fn plural(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("{n} {word}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {word}s"),
    }
}

/// A path as given, with forward slashes and without a leading `./`, for CI tools, diffs and
/// baselines. Only on Windows is a backslash a separator; elsewhere it is a character of the
/// file's name and stays.
pub fn slash_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let text = if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    };
    let mut rest = text.as_str();
    while let Some(r) = rest.strip_prefix("./") {
        rest = r;
    }
    rest.to_string()
}

/// `a/./b/../c` -> `a/c`, without looking at the disk (a story's path is not resolved through
/// links: it stays as the user gave it).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir
                if matches!(out.components().next_back(), Some(std::path::Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A report of `story_text` checked against `facts_text`, for the renderers' tests.
#[cfg(test)]
pub(crate) fn test_report(story_path: &str, story_text: &str, facts_text: &str) -> Report {
    let mut facts = Facts::default();
    facts
        .add_file(Path::new("facts.yaml"), facts_text.to_string())
        .expect("test facts");
    let story = Story::from_text(Path::new(story_path), story_text.to_string()).expect("test story");
    let options = crate::check::CheckOptions {
        unsourced: true,
        ..Default::default()
    };
    let findings = crate::check::Checker::new(&facts).check(&story, &options);
    Report {
        story,
        facts: Arc::new(facts),
        findings,
        config: Arc::new(Config::default()),
    }
}

/// The seed fixture, checked as the CLI checks it with no config.
#[cfg(test)]
pub(crate) fn seed_reports() -> Vec<Report> {
    let mut facts = Facts::default();
    facts
        .add_file(
            Path::new("fixtures/seed-blinken-gaza/facts.yaml"),
            include_str!("../../../../fixtures/seed-blinken-gaza/facts.yaml").to_string(),
        )
        .expect("seed facts");
    let story = Story::from_text(
        Path::new("fixtures/seed-blinken-gaza/story.txt"),
        include_str!("../../../../fixtures/seed-blinken-gaza/story.txt").to_string(),
    )
    .expect("seed story");
    let config = Config::default();
    let options = crate::check::options_for(&config, &Default::default());
    let findings = crate::check::findings_for(&crate::check::Checker::new(&facts), &story, &options, &config);
    vec![Report {
        story,
        facts: Arc::new(facts),
        findings,
        config: Arc::new(config),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_plurals() {
        let reports = seed_reports();
        let counts = summary_counts(&reports);
        assert_eq!(
            counts,
            Counts {
                errors: 1,
                warnings: 0,
                notes: 0,
                stories_with_findings: 1,
                stories: 1
            }
        );
        assert_eq!(plural(1, "story"), "1 story");
        assert_eq!(plural(2, "story"), "2 stories");
        assert_eq!(plural(0, "warning"), "0 warnings");
    }

    #[test]
    fn slash_paths() {
        assert_eq!(slash_path(Path::new("./news/a b.txt")), "news/a b.txt");
        let backslashed = slash_path(Path::new("news\\today\\story.txt"));
        let expected = if cfg!(windows) {
            "news/today/story.txt"
        } else {
            "news\\today\\story.txt"
        };
        assert_eq!(backslashed, expected);
        assert_eq!(slash_path(Path::new("/abs/story.md")), "/abs/story.md");
    }

    #[test]
    fn columns_count_characters_across_checkpoints() {
        let text = format!("é\n{}é→x", "a".repeat(3000));
        let x = text.find('x').unwrap();
        assert_eq!(LineIndex::new(&text).line_column(x), (2, 3003));
        assert_eq!(line_column(&text, 0), (1, 1));
        assert_eq!(line_column(&text, text.len()), (2, 3004));
    }

    #[test]
    fn lone_cr_and_crlf_end_lines_and_a_byte_order_mark_is_no_column() {
        let text = "\u{feff}one\rtwo\r\nthree\n\rfour";
        let lines = LineIndex::new(text);
        assert_eq!(lines.line_count(), 5);
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(lines.position(at("one"), Unit::Utf16), (0, 0));
        assert_eq!(
            lines.position(0, Unit::Char),
            (0, 0),
            "inside the mark: the first column"
        );
        assert_eq!(lines.position(at("two"), Unit::Utf16), (1, 0));
        assert_eq!(lines.position(at("three"), Unit::Utf16), (2, 0));
        assert_eq!(lines.position(at("four"), Unit::Utf16), (4, 0));
        assert_eq!(lines.line_column(at("ne")), (1, 2));
        // a column past a line's end stops before its line break, whichever it is
        assert_eq!(lines.offset(0, 9, Unit::Utf16), at("\rtwo"));
        assert_eq!(lines.offset(1, 9, Unit::Utf16), at("\r\nthree"));
        assert_eq!(lines.offset(3, 9, Unit::Utf16), at("\rfour"));
        assert_eq!(lines.line_span(3), Some(at("\rfour")..at("\rfour")));
        assert_eq!(lines.offset(0, 0, Unit::Byte), at("one"));
    }

    #[test]
    fn positions_in_each_unit_and_back() {
        // "é" is 2 bytes, 1 UTF-16 unit; "😀" is 4 bytes, 2 UTF-16 units; past a checkpoint too
        let text = format!("ab\r\n{}é😀x\nlast", "😀".repeat(400));
        let lines = LineIndex::new(&text);
        let x = text.find('x').unwrap();
        assert_eq!(lines.position(x, Unit::Utf16), (1, 803));
        assert_eq!(lines.position(x, Unit::Char), (1, 402));
        assert_eq!(lines.position(x, Unit::Byte), (1, 1606));
        for unit in [Unit::Byte, Unit::Char, Unit::Utf16] {
            let (line, column) = lines.position(x, unit);
            assert_eq!(lines.offset(line, column, unit), x, "{unit:?}");
        }
        // inside the emoji's surrogate pair: the emoji's start
        let emoji = text.find("😀x").unwrap();
        assert_eq!(lines.offset(1, 802, Unit::Utf16), emoji);
        // past a line's end: before its line break (\r\n too); past the text: its end
        assert_eq!(lines.offset(0, 99, Unit::Utf16), 2);
        assert_eq!(lines.offset(1, 9999, Unit::Utf16), x + 1);
        assert_eq!(lines.offset(2, 4, Unit::Utf16), text.len());
        assert_eq!(lines.offset(7, 0, Unit::Utf16), text.len());
    }
}
