//! Finding each story's `factlint.yaml`: the closest one above it wins (no merging with
//! configs further up, as in ruff and typos), so a desk's folder can carry its own facts.

use crate::config::{Config, CONFIG_FILE};
use crate::error::InputError;
use crate::files::load_config;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// How a run finds its config.
#[derive(Clone, Debug, Default)]
pub enum ConfigSource {
    /// The closest `factlint.yaml` above each story.
    #[default]
    Discover,
    /// `--config FILE` for every story.
    File(PathBuf),
    /// `--isolated`: no config at all.
    Isolated,
}

/// Finds and loads configs, each folder and each file once, from many threads.
pub struct Configs {
    source: ConfigSource,
    default: Arc<Config>,
    /// Folder -> the config file governing it.
    folders: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    /// Config file -> what loading it gave (an error is kept to report it once).
    loaded: Mutex<HashMap<PathBuf, Result<Arc<Config>, Arc<InputError>>>>,
}

impl Configs {
    pub fn new(source: ConfigSource) -> Configs {
        Configs {
            source,
            default: Arc::new(Config::default()),
            folders: Mutex::new(HashMap::new()),
            loaded: Mutex::new(HashMap::new()),
        }
    }

    /// The config governing a story (or a folder about to be walked).
    pub fn for_path(&self, path: &Path) -> Result<Arc<Config>, Arc<InputError>> {
        self.governing(|| if path.is_dir() { path } else { folder_of(path) })
    }

    /// The config governing a story file met in a folder's walk (or listed), known to be a
    /// file: its folder's, with no look at the file itself (a corpus has thousands).
    pub fn for_walked_file(&self, path: &Path) -> Result<Arc<Config>, Arc<InputError>> {
        self.governing(|| folder_of(path))
    }

    /// The config governing `folder` (asked only when configs are discovered).
    fn governing<'p>(&self, folder: impl FnOnce() -> &'p Path) -> Result<Arc<Config>, Arc<InputError>> {
        let file = match &self.source {
            ConfigSource::Isolated => None,
            ConfigSource::File(file) => Some(file.clone()),
            ConfigSource::Discover => self.config_file_above(folder()),
        };
        match file {
            None => Ok(self.default.clone()),
            Some(file) => self.load(&file),
        }
    }

    fn config_file_above(&self, folder: &Path) -> Option<PathBuf> {
        let absolute = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        if let Some(found) = lock(&self.folders).get(&absolute) {
            return found.clone();
        }
        let candidate = absolute.join(CONFIG_FILE);
        let found = if candidate.is_file() {
            Some(display_path(folder, &candidate))
        } else {
            absolute.parent().and_then(|up| self.config_file_above(up))
        };
        lock(&self.folders).insert(absolute, found.clone());
        found
    }

    fn load(&self, file: &Path) -> Result<Arc<Config>, Arc<InputError>> {
        if let Some(done) = lock(&self.loaded).get(file) {
            return done.clone();
        }
        let result = load_config(file).map(Arc::new).map_err(Arc::new);
        lock(&self.loaded).insert(file.to_path_buf(), result.clone());
        result
    }
}

/// The folder holding file `path` ("." for a bare file name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A config found above a relative folder is shown relative too (`desk/factlint.yaml`), as
/// the user wrote the story's path.
fn display_path(folder: &Path, config: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    match config.strip_prefix(&cwd) {
        Ok(relative) if folder.is_relative() => relative.to_path_buf(),
        _ => config.to_path_buf(),
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // a panic elsewhere cannot leave these caches half-written, so poisoning is ignored
    m.lock().unwrap_or_else(|p| p.into_inner())
}
