//! Renderers: each turns the findings of checked stories into one output format.

mod github;
mod human;
mod json;
mod sarif;
mod short;

use crate::config::Config;
use crate::facts::Facts;
use crate::finding::{Finding, Severity};
use crate::story::Story;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

pub use github::render_github;
pub use human::{render_error, render_human};
pub use json::render_json;
pub use sarif::render_sarif;
pub use short::render_short;

/// The findings of one story, with what is needed to show them.
pub struct Report {
    pub story: Story,
    /// The facts the story was checked against (shared between stories).
    pub facts: Arc<Facts>,
    pub findings: Vec<Finding>,
    /// The config that governed the story (for re-checking after a fix).
    pub config: Arc<Config>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Short,
    Json,
    // SARIF 2.1.0, for code scanning (a `///` comment would become clap help for this value only)
    Sarif,
    // GitHub Actions workflow commands (annotations)
    Github,
}

pub fn render(reports: &[Report], format: Format, color: bool, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => render_human(reports, color, out),
        Format::Short => render_short(reports, out),
        Format::Json => render_json(reports, out),
        Format::Sarif => render_sarif(reports, out),
        Format::Github => render_github(reports, out),
    }
}

/// How many findings of each severity a run gave, and in how many stories.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Stories with at least one finding.
    pub stories_with_findings: usize,
    /// Stories checked, with findings or not.
    pub stories: usize,
}

pub fn summary_counts(reports: &[Report]) -> Counts {
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

/// `n word` or `n words` ("story" -> "stories").
fn plural(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("{n} {word}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {word}s"),
    }
}

/// A path as given, with forward slashes and without a leading `./`, for CI tools.
fn slash_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut rest = text.as_str();
    while let Some(r) = rest.strip_prefix("./") {
        rest = r;
    }
    rest.to_string()
}

/// 1-based line and column (in characters) of a byte offset. For many offsets into one text,
/// build a [`LineIndex`] once instead.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

/// Line starts of a text and character counts every KiB, so each position costs a binary
/// search and at most a KiB of counting: a story with thousands of findings on one long line
/// stays linear.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it), every KiB or so.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 1024;

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(k, _)| k + 1));
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while at + CHECKPOINT_EVERY < text.len() {
            let next = crate::error::floor_char_boundary(text, at + CHECKPOINT_EVERY);
            chars += text[at..next].chars().count();
            at = next;
            checkpoints.push((at, chars));
        }
        LineIndex {
            text,
            starts,
            checkpoints,
        }
    }

    /// Characters before byte `offset` (a char boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (byte, chars) = self.checkpoints[k];
        chars + self.text[byte..offset].chars().count()
    }

    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = crate::error::floor_char_boundary(self.text, offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.chars_before(offset) - self.chars_before(self.starts[line]);
        (line + 1, column + 1)
    }
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

/// The seed fixture, checked as the CLI checks it.
#[cfg(test)]
pub(crate) fn seed_reports() -> Vec<Report> {
    let dir = Path::new("fixtures/seed-blinken-gaza");
    let run = crate::run::run(&crate::run::Inputs {
        paths: vec![dir.join("story.txt")],
        facts: vec![dir.join("facts.yaml")],
        config: crate::config::ConfigSource::Isolated,
        ..Default::default()
    });
    assert!(run.errors.is_empty(), "seed fixture: {:?}", run.errors);
    run.reports
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
        assert_eq!(slash_path(Path::new("news\\today\\story.txt")), "news/today/story.txt");
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
}
