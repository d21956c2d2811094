//! The language server's checks: an open document checked as `factlint check` would check the
//! saved file, with the facts kept loaded between checks.

use crate::check::{CheckOptions, Checker};
use crate::discover::{ConfigSource, Configs};
use crate::error::InputError;
use crate::facts::Facts;
use crate::files::{load_facts_with, LexiconKey};
use crate::render::Report;
use crate::run::check_story;
use crate::story::Story;
use crate::Lexicon;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// A facts file's modification time and length when it was read; `None` if it could not be
/// read (it may appear later).
type Stamp = Option<(SystemTime, u64)>;

struct Loaded {
    stamps: Vec<Stamp>,
    facts: Result<(Arc<Facts>, Checker<'static>), InputError>,
}

/// Facts per set of facts files, parsed and indexed once and again only when one of the files
/// changes on disk: a keystroke re-checks the story, not the facts (a 10,000-person who's-who
/// takes about 40 ms to load and 10 ms to index).
#[derive(Default)]
pub struct Workspace {
    /// By facts files and the lexicon they are read with.
    facts: HashMap<(Vec<PathBuf>, LexiconKey), Loaded>,
    /// The configs checks have read, stamped when they were read.
    configs: HashMap<PathBuf, Stamp>,
}

impl factlint_lsp::Workspace for Workspace {
    /// Checks `text` as the story at `path`. Configs are looked up afresh each time (a few
    /// small reads), so an edited `factlint.yaml` applies at once.
    fn check(&mut self, path: &Path, text: String) -> Result<Report, InputError> {
        let found = Configs::new(ConfigSource::Discover).for_path(path);
        // a config that fails to load is watched too, so fixing it re-checks the story
        let config_file = match &found {
            Ok(config) => config.path.clone(),
            Err(e) => Some(e.path.clone()),
        };
        if let Some(file) = config_file {
            let now = stamp(&file);
            self.configs.insert(file, now);
        }
        let config = found.map_err(|e| e.as_ref().clone())?;
        let (facts, checker) = self.facts_for(&config.facts, config.lexicon)?;
        let story = Story::from_text(path, text)?;
        check_story(story, &config, facts, checker, &CheckOptions::default())
    }

    /// Called on a timer, so a facts file edited outside the editor is noticed even by clients
    /// that watch no files.
    fn forget_changed(&mut self) -> bool {
        let (facts, configs) = (self.facts.len(), self.configs.len());
        self.facts
            .retain(|(paths, _), loaded| paths.iter().map(|p| stamp(p)).eq(loaded.stamps.iter().copied()));
        self.configs.retain(|path, then| stamp(path) == *then);
        (facts, configs) != (self.facts.len(), self.configs.len())
    }
}

impl Workspace {
    fn facts_for(
        &mut self,
        paths: &[PathBuf],
        lexicon: &'static Lexicon,
    ) -> Result<&(Arc<Facts>, Checker<'static>), InputError> {
        let stamps: Vec<Stamp> = paths.iter().map(|p| stamp(p)).collect();
        let key = (paths.to_vec(), LexiconKey(lexicon));
        let fresh = self.facts.get(&key).is_some_and(|l| l.stamps == stamps);
        if !fresh {
            let facts = load_facts_with(paths, lexicon).map(|f| {
                let facts = Arc::new(f);
                (facts.clone(), Checker::shared(facts))
            });
            self.facts.insert(key.clone(), Loaded { stamps, facts });
        }
        self.facts[&key].facts.as_ref().map_err(Clone::clone)
    }
}

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlint_lsp::Workspace as _;

    const STORY: &str = "He met Israeli of Strategic Affairs Ron Dermer.\n";
    const FACTS: &str = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n";

    #[test]
    fn facts_are_reloaded_only_when_their_file_changes() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("factlint.yaml"), "facts: [facts.yaml]\n").unwrap();
        let facts = dir.path().join("facts.yaml");
        std::fs::write(&facts, FACTS).unwrap();
        let story = dir.path().join("story.txt");
        let mut workspace = Workspace::default();
        let first = workspace.check(&story, STORY.into()).unwrap();
        assert_eq!(first.findings.len(), 1);
        let again = workspace.check(&story, STORY.into()).unwrap();
        assert!(Arc::ptr_eq(&first.facts, &again.facts), "facts parsed again");
        // a different length changes the stamp even where mtimes are coarse
        std::fs::write(&facts, FACTS.replace("Minister of ", "of ")).unwrap();
        let edited = workspace.check(&story, STORY.into()).unwrap();
        assert!(edited.findings.is_empty(), "{:?}", edited.findings);
        std::fs::write(&facts, "people: [").unwrap();
        let broken = workspace.check(&story, STORY.into()).err().expect("invalid facts");
        assert_eq!(broken.path, facts);
    }

    #[test]
    fn changes_on_disk_are_noticed_once() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("factlint.yaml");
        std::fs::write(&config, "facts: [facts.yaml]\n").unwrap();
        let facts = dir.path().join("facts.yaml");
        std::fs::write(&facts, FACTS).unwrap();
        let story = dir.path().join("story.txt");
        let mut workspace = Workspace::default();
        workspace.check(&story, STORY.into()).unwrap();
        assert!(!workspace.forget_changed(), "nothing changed yet");
        std::fs::write(&facts, FACTS.replace("Minister of ", "of ")).unwrap();
        assert!(workspace.forget_changed());
        assert!(!workspace.forget_changed(), "a change is reported once");
        workspace.check(&story, STORY.into()).unwrap();
        std::fs::write(&config, "facts: [facts.yaml]\nseverity: {title-mismatch: off}\n").unwrap();
        assert!(workspace.forget_changed(), "the config changed");
        std::fs::remove_file(&config).unwrap();
        assert!(
            workspace.check(&story, STORY.into()).is_err(),
            "no facts without the config"
        );
        assert!(!workspace.forget_changed(), "no config is watched when there is none");
    }

    #[test]
    fn no_config_means_no_facts() {
        let dir = tempfile::tempdir().unwrap();
        let e = Workspace::default()
            .check(&dir.path().join("story.txt"), STORY.into())
            .err()
            .expect("no facts");
        assert!(e.message.contains("no facts"), "{}", e.message);
    }
}
