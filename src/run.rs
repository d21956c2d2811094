//! A whole run: facts loaded once, story paths walked, every story checked. The CLI and the
//! tests both go through here.

use crate::check::{CheckOptions, Checker};
use crate::error::InputError;
use crate::facts::{load_facts, read_text, Facts};

use crate::render::Report;
use crate::story::{load_story, Story};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a run produced: a report per story checked, and the inputs that could not be read.
pub struct Run {
    pub reports: Vec<Report>,
    pub errors: Vec<InputError>,
    /// Files passed over while walking folders (binary files), for a note on stderr.
    pub skipped: Vec<PathBuf>,
}

/// Checks every story under `paths` against `facts` (plus any a story's front matter names).
/// Err only when the shared facts cannot be loaded: nothing can be checked then.
pub fn run(paths: &[PathBuf], facts: &[PathBuf], options: &CheckOptions) -> Result<Run, InputError> {
    // loading a big who's-who and walking a big archive overlap
    let (loaded, (files, mut errors)) = rayon::join(|| load_facts(facts), || story_paths(paths));
    let base = Arc::new(loaded?);
    let base_checker = Checker::new(&base);
    // stories are checked in parallel; collecting keeps them in path order
    let outcomes: Vec<Outcome> = files
        .par_iter()
        .map(|path| {
            let walked = !paths.contains(path);
            if walked && is_binary(path) {
                return Outcome::Skipped(path.clone());
            }
            match load_story(path).and_then(|s| facts_for(s, &base)) {
                Ok((story, own)) => {
                    let findings = match &own {
                        Some(f) => Checker::new(f).check(&story, options),
                        None => base_checker.check(&story, options),
                    };
                    Outcome::Checked(Report {
                        story,
                        facts: own.unwrap_or_else(|| base.clone()),
                        findings,
                    })
                }
                Err(e) => Outcome::Failed(e),
            }
        })
        .collect();
    let (mut reports, mut skipped) = (Vec::new(), Vec::new());
    for outcome in outcomes {
        match outcome {
            Outcome::Checked(report) => reports.push(report),
            Outcome::Failed(e) => errors.push(e),
            Outcome::Skipped(path) => skipped.push(path),
        }
    }
    Ok(Run {
        reports,
        errors,
        skipped,
    })
}

/// A file with a NUL byte in its first 8 KiB is not a story (an image or a program dropped in
/// a folder of copy).
fn is_binary(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 8192];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    head[..read].contains(&0)
}

enum Outcome {
    Checked(Report),
    Failed(InputError),
    Skipped(PathBuf),
}

/// A story whose front matter names facts files is checked against those as well: the shared
/// facts, already loaded, extended with the story's own files.
fn facts_for(story: Story, base: &Facts) -> Result<(Story, Option<Arc<Facts>>), InputError> {
    if story.front_matter_facts.is_empty() {
        return Ok((story, None));
    }
    let mut facts = base.clone();
    for path in &story.front_matter_facts {
        facts.add_file(path, read_text(path)?)?;
    }
    Ok((story, Some(Arc::new(facts))))
}

fn is_story_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown")
    )
}

/// Files as given; folders walked (honouring .gitignore) for story files, in path order.
pub fn story_paths(args: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let mut found: Vec<PathBuf> = Vec::new();
            for entry in ignore::WalkBuilder::new(arg).follow_links(false).build() {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && is_story_file(e.path()) => {
                        found.push(e.into_path())
                    }
                    Ok(_) => {}
                    Err(e) => errors.push(InputError::file(arg, format!("cannot walk folder: {e}"))),
                }
            }
            found.sort();
            files.extend(found);
        } else if arg.exists() {
            files.push(arg.clone());
        } else {
            errors.push(
                InputError::file(arg, "no such file or folder")
                    .with_help("give a story file (.txt, .md) or a folder of them"),
            );
        }
    }
    (files, errors)
}
