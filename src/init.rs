//! `factlint init`: a commented `factlint.yaml` and a starter facts file, so a desk starts
//! from something that runs.

use crate::config::CONFIG_FILE;
use crate::error::InputError;
use crate::files::{io_reason, replace_file};
use std::path::{Path, PathBuf};

const CONFIG_TEMPLATE: &str = include_str!("../templates/factlint.yaml");
const FACTS_TEMPLATE: &str = include_str!("../templates/facts.yaml");

/// Writes both files into `folder`, creating it (and its parents) if needed; refuses
/// (writing neither) if either file exists.
pub fn init(folder: &Path) -> Result<Vec<PathBuf>, InputError> {
    std::fs::create_dir_all(folder).map_err(|e| {
        InputError::file(folder, format!("cannot create folder: {}", io_reason(&e)))
            .with_help("give a folder you can write to, or run `factlint init` inside one")
    })?;
    let files = [
        (folder.join(CONFIG_FILE), CONFIG_TEMPLATE),
        (folder.join("facts.yaml"), FACTS_TEMPLATE),
    ];
    if let Some((existing, _)) = files.iter().find(|(path, _)| path.exists()) {
        return Err(InputError::file(existing, "already exists; nothing written")
            .with_help("factlint init never overwrites: move the file aside, or edit it"));
    }
    files
        .into_iter()
        .map(|(path, text)| replace_file(&path, text).map(|_| path))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::{load_config, load_facts_with};

    #[test]
    fn writes_a_config_and_facts_that_load_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(dir.path()).unwrap();
        assert_eq!(written.len(), 2);
        let config = load_config(&dir.path().join(CONFIG_FILE)).unwrap();
        let facts = load_facts_with(&config.facts, config.lexicon).unwrap();
        assert_eq!(facts.people.len(), 3);
        let err = init(dir.path()).unwrap_err();
        assert!(err.message.contains("already exists"));
    }

    #[test]
    fn creates_a_missing_folder_and_refuses_a_file_in_the_way() {
        let dir = tempfile::tempdir().unwrap();
        let desk = dir.path().join("desks/politics");
        init(&desk).unwrap();
        assert!(desk.join(CONFIG_FILE).is_file());
        let file = dir.path().join("story.txt");
        std::fs::write(&file, "copy").unwrap();
        let err = init(&file).unwrap_err();
        assert!(err.message.starts_with("cannot create folder"), "{}", err.message);
    }
}
