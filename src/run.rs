//! A whole run: story paths gathered, each story's config and facts found, every story
//! checked. The CLI and the tests both go through here.
//!
//! Stories are grouped by the facts they need (their config's plus `--facts`), each set loaded
//! once; loading the first set overlaps with walking the folders.

use crate::cache::Loaded;
use crate::check::{findings_for, options_for, CheckOptions, Checker};
use crate::config::Config;
use crate::discover::{ConfigSource, Configs};
use crate::error::InputError;
use crate::facts::Facts;
use crate::files::{absolute, io_reason, read_text, LexiconKey};
use crate::render::{normalize, Report, SourceRoot};
use crate::story::{decode, is_utf16, Encoding, Story};
use rayon::prelude::*;
use std::collections::hash_map::{Entry, HashMap};
use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// What to check and how.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// Story files and folders; `-` is the story on `stdin`.
    pub paths: Vec<PathBuf>,
    /// The text read from stdin, and the name to give it (`--stdin-filename`).
    pub stdin: Option<(PathBuf, String)>,
    /// `--files-from`: lists of paths, one per line, filtered like files met in a folder.
    pub files_from: Vec<PathBuf>,
    /// `--facts`, for every story on top of its config's.
    pub facts: Vec<PathBuf>,
    pub config: ConfigSource,
    /// Apply the config's `exclude` to files named on the command line too (pre-commit).
    pub force_exclude: bool,
    pub options: CheckOptions,
    /// `--max-story-size`: stories bigger than this are refused; `None` is
    /// [`DEFAULT_MAX_STORY_BYTES`].
    pub max_story_bytes: Option<u64>,
    /// Where big facts files' parsed copies are kept between runs (see [`crate::cache`]);
    /// `None` parses them every time.
    pub cache: Option<PathBuf>,
}

/// What a run produced: a report per story checked, and the inputs that could not be read.
pub struct Run {
    pub reports: Vec<Report>,
    pub errors: Vec<InputError>,
    /// Files passed over while walking folders (binary files), for a note on stderr.
    pub skipped: Vec<PathBuf>,
    /// Imported facts entries a desk's own entry replaced, for a note on stderr.
    pub overrides: Vec<String>,
    /// The checkers built for the run, each holding its facts and their indexes: a caller
    /// about to exit may forget them rather than spend milliseconds freeing a big who's-who.
    pub checkers: Vec<Checker<'static>>,
}

impl Run {
    /// A run stopped before it began (bad arguments, stdin unreadable).
    pub fn failed(error: InputError) -> Run {
        Run {
            reports: vec![],
            errors: vec![error],
            skipped: vec![],
            overrides: vec![],
            checkers: vec![],
        }
    }
}

/// A story to check: where it is, and whether the user named it (named files are checked
/// whatever their extension, and excluded only with `--force-exclude`).
struct Candidate {
    path: PathBuf,
    named: bool,
    config: Arc<Config>,
}

/// The facts files a story is checked against and the lexicon they are read with.
type FactsKey = (Vec<PathBuf>, LexiconKey);

/// The built-in lexicon's arena: it takes about 0.6 MB (below a huge page, so small pages
/// back it, and only those it touches).
const LEXICON_ARENA_BYTES: usize = 1 << 20;

pub fn run(inputs: &Inputs) -> Run {
    // the built-in lexicon lives until the process exits, like a cached who's-who: its
    // thousands of small allocations are carved from an arena as the cache's decode is
    crate::arena::decode_in_arena(LEXICON_ARENA_BYTES, || {
        crate::Lexicon::builtin();
    });
    let configs = Configs::new(inputs.config.clone());
    let mut errors = Vec::new();
    // the facts the first path needs load while the folders are walked
    let first_key = inputs
        .paths
        .first()
        .and_then(|p| configs.for_path(&stdin_aware(p, inputs)).ok())
        .map(|c| facts_key(&c, inputs));
    // the load runs on this thread: a big who's-who's many allocations are cheaper in the main
    // thread's heap than in a worker's, which grows a page at a time
    let (preloaded, (found, walk_errors)) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| gather(inputs));
        let preloaded = first_key.map(|key| (load(&key, inputs), key));
        (
            preloaded,
            walk.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        )
    });
    errors.extend(walk_errors);
    let mut skipped = Vec::new();
    let candidates = select(found, inputs, &configs, &mut errors);
    let facts_sets = load_facts_sets(&candidates, inputs, preloaded, &mut errors);
    let check = |c: &Candidate| {
        let (facts, checker) = facts_sets.get(&facts_key(&c.config, inputs))?.as_ref().ok()?;
        Some(check_candidate(c, inputs, facts, checker))
    };
    // one story (an editor's save) is checked here: starting rayon's threads would cost more
    let outcomes: Vec<Result<Option<Report>, InputError>> = match candidates.as_slice() {
        [one] => check(one).into_iter().collect(),
        many => many.par_iter().filter_map(check).collect(),
    };
    let mut reports = Vec::new();
    for (outcome, candidate) in outcomes.into_iter().zip(&candidates) {
        match outcome {
            Ok(Some(report)) => reports.push(report),
            Ok(None) => skipped.push(candidate.path.clone()),
            Err(e) => errors.push(e),
        }
    }
    let mut overrides: Vec<String> = facts_sets
        .values()
        .filter_map(|f| f.as_ref().ok())
        .flat_map(|(f, _)| f.overrides.iter().cloned())
        .collect();
    overrides.sort();
    overrides.dedup();
    let checkers = facts_sets
        .into_values()
        .filter_map(Result::ok)
        .map(|(_, c)| c)
        .collect();
    Run {
        reports,
        errors,
        skipped,
        overrides,
        checkers,
    }
}

/// A set of facts loaded (from the cache when the run has one) with its checker.
type FactsSet = Result<Loaded, Arc<InputError>>;

fn load((paths, LexiconKey(lexicon)): &FactsKey, inputs: &Inputs) -> FactsSet {
    crate::cache::load(paths, lexicon, inputs.cache.as_deref()).map_err(Arc::new)
}

/// `-` stands for the stdin story, found under its `--stdin-filename`.
fn stdin_aware(path: &Path, inputs: &Inputs) -> PathBuf {
    match &inputs.stdin {
        Some((name, _)) if path == Path::new("-") => name.clone(),
        _ => path.to_path_buf(),
    }
}

fn facts_key(config: &Config, inputs: &Inputs) -> FactsKey {
    (
        config.facts.iter().chain(&inputs.facts).cloned().collect(),
        LexiconKey(config.lexicon),
    )
}

/// Every path to consider, with whether the user named it, sorted by path.
fn gather(inputs: &Inputs) -> (Vec<(PathBuf, bool)>, Vec<InputError>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for arg in &inputs.paths {
        if arg == Path::new("-") {
            found.push((stdin_aware(arg, inputs), true));
        } else if arg.is_dir() {
            walk(arg, &mut found, &mut errors);
        } else if arg.exists() {
            found.push((arg.clone(), true));
        } else {
            errors.push(
                InputError::file(arg, "no such file or folder")
                    .with_help("give a story file (.txt, .md) or a folder of them"),
            );
        }
    }
    for list in &inputs.files_from {
        match read_text(list) {
            Ok(text) => {
                for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    let path = PathBuf::from(line);
                    if path.is_file() {
                        found.push((path, false));
                    } else {
                        errors.push(
                            InputError::file(&path, format!("listed in {} but not a file", list.display()))
                                .with_help("list existing files only, e.g. `git diff --name-only --diff-filter=d`"),
                        );
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    // one folder walked never meets a file twice, since links are not followed
    if inputs.paths.len() + inputs.files_from.len() > 1 || !inputs.files_from.is_empty() {
        found = once_each(found);
    }
    // sorted as `Path` sorts (component by component), comparing bytes: comparing the
    // components of two paths each time was a tenth of a corpus run's time before its
    // stories were checked; on every core, as no story is checked before the sort ends
    found.par_sort_by_cached_key(|(path, named)| (sort_key(path), *named));
    (found, errors)
}

/// Bytes that sort as `path` does among paths: each component's kind in `Component`'s own
/// order (the root, `.`, `..`, a name), then a name's bytes and a 0, which no name holds, so
/// a name sorts before a longer one it begins (as it does as a component).
fn sort_key(path: &Path) -> Vec<u8> {
    let mut key = Vec::with_capacity(path.as_os_str().len() + 8);
    for component in path.components() {
        let (kind, name) = match component {
            Component::Prefix(prefix) => (0, prefix.as_os_str()),
            Component::RootDir => (1, OsStr::new("")),
            Component::CurDir => (2, OsStr::new("")),
            Component::ParentDir => (3, OsStr::new("")),
            Component::Normal(name) => (4, name),
        };
        key.push(kind);
        key.extend_from_slice(name.as_encoded_bytes());
        key.push(0);
    }
    key
}

/// A story met twice (`check . a.txt`, `a.txt ./a.txt`, a link and its target, two hard links)
/// is checked, and fixed, once: under the path the user named it by, if they did.
fn once_each(found: Vec<(PathBuf, bool)>) -> Vec<(PathBuf, bool)> {
    let mut by_file: HashMap<FileKey, usize> = HashMap::new();
    let mut kept: Vec<(PathBuf, bool)> = Vec::with_capacity(found.len());
    for (path, named) in found {
        match by_file.entry(file_key(&path)) {
            Entry::Occupied(seen) => {
                let earlier = &mut kept[*seen.get()];
                if named && !earlier.1 {
                    *earlier = (path, true);
                }
            }
            Entry::Vacant(new) => {
                new.insert(kept.len());
                kept.push((path, named));
            }
        }
    }
    kept
}

/// What makes two paths one file: its device and inode where there are such (hard links
/// too), else its canonical path; a path that is not there (the stdin story's name) itself.
#[derive(PartialEq, Eq, Hash)]
enum FileKey {
    Inode(u64, u64),
    Path(PathBuf),
}

fn file_key(path: &Path) -> FileKey {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        use std::os::unix::fs::MetadataExt;
        return FileKey::Inode(meta.dev(), meta.ino());
    }
    FileKey::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Every file under `folder`, walked in parallel (the `ignore` crate, as ripgrep does),
/// honouring .gitignore and never following links; the caller sorts.
fn walk(folder: &Path, found: &mut Vec<(PathBuf, bool)>, errors: &mut Vec<InputError>) {
    let files = std::sync::Mutex::new(Vec::new());
    let failures = std::sync::Mutex::new(Vec::new());
    ignore::WalkBuilder::new(folder)
        .follow_links(false)
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        lock(&files).push((e.into_path(), false));
                    }
                    Ok(_) => {}
                    Err(e) => lock(&failures).push(InputError::file(folder, format!("cannot walk folder: {e}"))),
                }
                ignore::WalkState::Continue
            })
        });
    found.extend(files.into_inner().unwrap_or_else(|p| p.into_inner()));
    errors.extend(failures.into_inner().unwrap_or_else(|p| p.into_inner()));
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Keeps the stories each one's config includes and does not exclude.
fn select(
    found: Vec<(PathBuf, bool)>,
    inputs: &Inputs,
    configs: &Configs,
    errors: &mut Vec<InputError>,
) -> Vec<Candidate> {
    let mut bad_configs: Vec<PathBuf> = Vec::new();
    let mut candidates = Vec::new();
    let mut folder: Option<WalkedFolder> = None;
    for (path, named) in found {
        // every path found is a file (a folder is walked): a walked one needs no look
        let (config, absolute_path) = if named {
            (configs.for_path(&path), absolute(&path))
        } else {
            let walked = WalkedFolder::of(&mut folder, &path, configs);
            let name = path.file_name().unwrap_or_default();
            (walked.config.clone(), walked.absolute.join(name))
        };
        let config = match config {
            Ok(config) => config,
            Err(e) => {
                if !bad_configs.contains(&e.path) {
                    bad_configs.push(e.path.clone());
                    errors.push(e.as_ref().clone());
                }
                continue;
            }
        };
        let excluded = (!named || inputs.force_exclude) && config.excludes(&absolute_path);
        if (!named && !config.includes(&absolute_path)) || excluded {
            continue;
        }
        candidates.push(Candidate { path, named, config });
    }
    candidates
}

/// The folder of the walked files being selected, with its absolute path and its config: the
/// paths are sorted, so a folder's files come one after another and these are found once per
/// folder (each was a system call for the working directory and a hashed look-up per file).
struct WalkedFolder {
    folder: PathBuf,
    absolute: PathBuf,
    config: Result<Arc<Config>, Arc<InputError>>,
}

impl WalkedFolder {
    /// The folder of `path`, kept in `last` until a path in another folder comes.
    fn of<'a>(last: &'a mut Option<WalkedFolder>, path: &Path, configs: &Configs) -> &'a WalkedFolder {
        let folder = path.parent().unwrap_or(Path::new(""));
        last.take_if(|w| w.folder.as_os_str() != folder.as_os_str());
        // `absolute` of the folder, then the name, is `absolute` of the path: both are the
        // working directory and the path's components
        last.get_or_insert_with(|| WalkedFolder {
            folder: folder.to_path_buf(),
            absolute: absolute(folder),
            config: configs.for_walked_file(path),
        })
    }
}

/// Loads each distinct set of facts files once, in parallel.
fn load_facts_sets(
    candidates: &[Candidate],
    inputs: &Inputs,
    preloaded: Option<(FactsSet, FactsKey)>,
    errors: &mut Vec<InputError>,
) -> HashMap<FactsKey, FactsSet> {
    let mut sets: HashMap<FactsKey, FactsSet> = HashMap::new();
    if let Some((facts, key)) = preloaded {
        sets.insert(key, facts);
    }
    let mut missing: Vec<FactsKey> = candidates.iter().map(|c| facts_key(&c.config, inputs)).collect();
    missing.sort();
    missing.dedup();
    missing.retain(|k| !sets.contains_key(k));
    let load_key = |key: FactsKey| {
        let facts = load(&key, inputs);
        (key, facts)
    };
    // rayon's threads are started only for two sets or more
    let loaded: Vec<_> = match missing.len() {
        0 | 1 => missing.into_iter().map(load_key).collect(),
        _ => missing.into_par_iter().map(load_key).collect(),
    };
    sets.extend(loaded);
    let used: Vec<FactsKey> = candidates.iter().map(|c| facts_key(&c.config, inputs)).collect();
    for (key, facts) in &sets {
        if let (Err(e), true) = (facts, used.contains(key)) {
            // a facts file a config names is reported at the config's line
            let at_config = candidates.iter().find_map(|c| c.config.locate_facts_error(e));
            errors.push(at_config.unwrap_or_else(|| e.as_ref().clone()));
        }
    }
    sets
}

/// The candidate's report, or `None` for a binary file met in a folder (read once, here in
/// parallel, rather than sniffed while selecting).
fn check_candidate(
    candidate: &Candidate,
    inputs: &Inputs,
    shared: &Arc<Facts>,
    checker: &Checker,
) -> Result<Option<Report>, InputError> {
    let path = &candidate.path;
    let (text, encoding) = match &inputs.stdin {
        Some((name, text)) if name == path && candidate.named => (text.clone(), Encoding::Utf8),
        _ => {
            let limit = inputs.max_story_bytes.unwrap_or(DEFAULT_MAX_STORY_BYTES);
            let bytes = read_story_bytes(path, limit, !candidate.named)?;
            if !candidate.named && is_binary(&bytes) && !is_utf16(&bytes) {
                return Ok(None);
            }
            decode(path, bytes)?
        }
    };
    let mut story = Story::from_text(path, text)?;
    story.encoding = encoding;
    check_story(story, &candidate.config, shared, checker, &inputs.options).map(Some)
}

/// A story already read, checked as the CLI checks it: against the facts its config names
/// (`shared`, indexed by `checker`) and those its front matter adds, with its config's options,
/// suppressions and severities. The CLI and the language server both end here.
pub fn check_story(
    story: Story,
    config: &Arc<Config>,
    shared: &Arc<Facts>,
    checker: &Checker,
    cli: &CheckOptions,
) -> Result<Report, InputError> {
    let own = facts_for(&story, shared)?;
    let facts = own.clone().unwrap_or_else(|| shared.clone());
    if facts.files.is_empty() {
        return Err(no_facts(&story.path));
    }
    let options = options_for(config, cli);
    let findings = match &own {
        Some(f) => findings_for(&Checker::new(f), &story, &options, config),
        None => findings_for(checker, &story, &options, config),
    };
    Ok(Report {
        story,
        facts,
        findings,
        config: config.clone(),
    })
}

fn no_facts(path: &Path) -> InputError {
    InputError::file(path, "no facts to check this story against").with_help(
        "pass --facts FILE, list `facts:` in a factlint.yaml above the story (`factlint init` writes one), \
         or name them in the story's front matter",
    )
}

/// The largest story read unless `--max-story-size` says otherwise: far more than any article
/// or live blog, far less than would make a run crawl or a machine swap.
pub const DEFAULT_MAX_STORY_BYTES: u64 = 16 * 1024 * 1024;

/// A story file's bytes, at most `limit` of them. A device, a pipe or a socket is refused before
/// it is opened (`/dev/zero` never ends, a FIFO blocks until someone writes), unless `walked`:
/// a walk met it as a regular file, so it is opened at once (no `stat` of its path: a corpus
/// has thousands) and its metadata read from the open file; it is opened without blocking,
/// should a pipe have taken its place since.
fn read_story_bytes(path: &Path, limit: u64, walked: bool) -> Result<Vec<u8>, InputError> {
    // the checker's offsets are 32-bit: no limit goes past 4 GiB
    let limit = limit.min(crate::story::MAX_TEXT_BYTES as u64);
    let cannot = |e: std::io::Error| InputError::file(path, format!("cannot read file: {}", io_reason(&e)));
    let (file, meta) = if walked {
        let file = open_without_blocking(path).map_err(cannot)?;
        let meta = file.metadata().map_err(cannot)?;
        (Some(file), meta)
    } else {
        (None, std::fs::metadata(path).map_err(cannot)?)
    };
    if !meta.is_file() {
        return Err(InputError::file(
            path,
            "not a regular file (a device, a pipe or a socket), so not a story",
        )
        .with_help("name story files or folders; to check text from a pipe, pass `-` and pipe it to stdin"));
    }
    // sized once from the metadata: no doubling, and no probing reads for a small file
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize + 1);
    let file = match file {
        Some(file) => file,
        None => std::fs::File::open(path).map_err(cannot)?,
    };
    // the size is checked as read too: a file may grow after it was looked at
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if meta.len() > limit || bytes.len() as u64 > limit {
        return Err(InputError::file(
            path,
            format!(
                "is {}, more than the {} a story may be",
                size(meta.len().max(bytes.len() as u64)),
                size(limit)
            ),
        )
        .with_help("if it really is one story, raise the limit, e.g. `--max-story-size 64M`"));
    }
    Ok(bytes)
}

/// `path` opened for reading; on Unix without waiting for a writer, were it a pipe.
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// A size in bytes as people read it: `16 MiB`, `1.5 GiB`, `900 bytes`.
fn size(bytes: u64) -> String {
    let units = [("GiB", 1u64 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    match units.iter().find(|(_, n)| bytes >= *n) {
        Some((unit, n)) if bytes % n == 0 => format!("{} {unit}", bytes / n),
        Some((unit, n)) => format!("{:.1} {unit}", bytes as f64 / *n as f64),
        None => format!("{bytes} bytes"),
    }
}

/// A size as given to `--max-story-size`: bytes, or a number with K, M or G (KiB, MiB, GiB).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let upper = text.trim().to_ascii_uppercase();
    let number = upper.trim_end_matches("IB").trim_end_matches('B');
    let (digits, shift) = match number.char_indices().last() {
        Some((k, 'K')) => (&number[..k], 10),
        Some((k, 'M')) => (&number[..k], 20),
        Some((k, 'G')) => (&number[..k], 30),
        _ => (number, 0),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .ok_or_else(|| format!("`{text}` is not a size: expected bytes or a number with K, M or G, e.g. 64M"))
}

/// A file with a NUL byte in its first 8 KiB is not a story (an image or a program dropped in
/// a folder of copy).
fn is_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// A story whose front matter names facts files is checked against those as well: the shared
/// facts, already loaded, extended with the story's own files.
fn facts_for(story: &Story, base: &Facts) -> Result<Option<Arc<Facts>>, InputError> {
    if story.front_matter_facts.is_empty() {
        return Ok(None);
    }
    let mut facts = base.clone();
    for path in &story.front_matter_facts {
        facts.add_file(path, read_text(path)?)?;
    }
    facts.check_quote_speakers()?;
    Ok(Some(Arc::new(facts)))
}

/// The story files under `paths` as a run with no config would find them, in path order.
pub fn story_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let inputs = Inputs {
        paths: paths.to_vec(),
        config: ConfigSource::Isolated,
        ..Inputs::default()
    };
    let (found, errors) = gather(&inputs);
    let default = Config::default();
    let files = found
        .into_iter()
        .filter(|(path, named)| *named || default.includes(path))
        .map(|(path, _)| path)
        .collect();
    (files, errors)
}

/// The repository a run's files belong to, for SARIF's relative URIs: the closest folder with
/// a `.git` above the first path, else above the working directory, else the working
/// directory itself.
pub fn source_root(inputs: &Inputs) -> Option<SourceRoot> {
    let cwd = std::env::current_dir().ok()?;
    let git_root = |start: &Path| {
        normalize(&cwd.join(start))
            .ancestors()
            .find(|folder| folder.join(".git").exists())
            .map(Path::to_path_buf)
    };
    let first = inputs.paths.first().map(|p| stdin_aware(p, inputs));
    let dir = first
        .and_then(|p| git_root(&p))
        .or_else(|| git_root(&cwd))
        .unwrap_or_else(|| cwd.clone());
    Some(SourceRoot { dir, cwd })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_and_shown() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("512 kib"), Ok(512 << 10));
        assert_eq!(parse_size("1GB"), Ok(1 << 30));
        assert_eq!(parse_size("900"), Ok(900));
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999G").is_err());
        assert_eq!(size(16 << 20), "16 MiB");
        assert_eq!(size(3 << 29), "1.5 GiB");
        assert_eq!(size(900), "900 bytes");
    }

    #[test]
    fn paths_sort_by_their_keys_as_they_sort_by_components() {
        let paths: Vec<PathBuf> = [
            "a/b.txt",
            "a.txt",
            "a b/c.md",
            "ab/c.md",
            "a/b/c.md",
            "a/b",
            "./a/z.md",
            "../a/b.md",
            "-x/y.md",
            "/srv/a.md",
            "/srv/a/b.md",
            "a//b/c.md",
            "a/./b/d.md",
            "a/b/",
            "bbc/003.txt",
            "bbc/002.txt",
            "Bbc/1.txt",
            "é/1.txt",
            "e/1.txt",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let mut by_components = paths.clone();
        by_components.sort();
        let mut by_keys = paths;
        by_keys.sort_by_cached_key(|p| sort_key(p));
        assert_eq!(by_keys, by_components);
    }
}

/// A run whose paths (or `--files-from` lists) may include facts files and configs:
/// pre-commit passes every staged file, a CI every changed one. Those are not stories; the
/// stories under the current folder that use them (by their config, `--facts` or front
/// matter) are checked as well as the stories given, so a facts edit that breaks old copy
/// does not pass unseen.
pub fn run_with_changed_yaml(inputs: &Inputs) -> Run {
    let listed: Vec<PathBuf> = inputs
        .files_from
        .iter()
        .filter_map(|list| read_text(list).ok())
        .flat_map(|text| text.lines().map(|l| PathBuf::from(l.trim())).collect::<Vec<_>>())
        .collect();
    let (yaml, stories): (Vec<PathBuf>, Vec<PathBuf>) = inputs.paths.iter().cloned().partition(|p| is_yaml_file(p));
    let changed: HashSet<PathBuf> = yaml
        .iter()
        .chain(listed.iter().filter(|p| is_yaml_file(p)))
        .map(|p| same_file(p))
        .collect();
    if changed.is_empty() {
        return run(inputs);
    }
    let given: HashSet<PathBuf> = stories.iter().chain(&listed).map(|p| same_file(p)).collect();
    let widened = Inputs {
        paths: stories.into_iter().chain([PathBuf::from(".")]).collect(),
        ..inputs.clone()
    };
    let mut outcome = run(&widened);
    outcome.reports.retain(|report| {
        let mut uses = report
            .config
            .path
            .iter()
            .chain(report.facts.files.iter().map(|f| &f.path));
        given.contains(&same_file(&report.story.path)) || uses.any(|p| changed.contains(&same_file(p)))
    });
    // stories are shown as the user would name them, not under the `.` walked for them
    for report in &mut outcome.reports {
        if let Ok(relative) = report.story.path.strip_prefix(".") {
            report.story.path = relative.to_path_buf();
        }
    }
    outcome.reports.sort_by(|a, b| a.story.path.cmp(&b.story.path));
    outcome
}

/// One name per file, whatever path it was given by.
fn same_file(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn is_yaml_file(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) && path.is_file()
}
