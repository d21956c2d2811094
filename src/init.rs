//! `factlint init`: a commented `factlint.yaml` and a starter facts file, so a desk starts
//! from something that runs.

use crate::config::CONFIG_FILE;
use crate::error::InputError;
use crate::fix::replace_file;
use std::path::{Path, PathBuf};

const CONFIG_TEMPLATE: &str = include_str!("../templates/factlint.yaml");
const FACTS_TEMPLATE: &str = include_str!("../templates/facts.yaml");

/// Writes both files into `folder`; refuses (writing neither) if either exists.
pub fn init(folder: &Path) -> Result<Vec<PathBuf>, InputError> {
    if !folder.is_dir() {
        return Err(
            InputError::file(folder, "no such folder").with_help("create it first, or run `factlint init` inside it")
        );
    }
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
    use crate::config::Config;
    use crate::facts::load_facts;

    #[test]
    fn writes_a_config_and_facts_that_load_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(dir.path()).unwrap();
        assert_eq!(written.len(), 2);
        let config = Config::load(&dir.path().join(CONFIG_FILE)).unwrap();
        let facts = load_facts(&config.facts).unwrap();
        assert_eq!(facts.people.len(), 3);
        let err = init(dir.path()).unwrap_err();
        assert!(err.message.contains("already exists"));
    }
}
