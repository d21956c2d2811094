//! The files the command line reads and writes: facts, configs, baselines and stories in,
//! fixed stories, baselines and starter files out. Writes are atomic (a temporary file in the
//! same folder, then a rename), keep the file's permissions, and `--fix` refuses a file that
//! changed since it was read. The checker (`factlint-core`) only sees text.

use crate::baseline::{baseline_json, Baseline};
use crate::check::CheckOptions;
use crate::config::Config;
use crate::error::InputError;
use crate::facts::{utf8_text, Facts};
use crate::fix::fixed_report;
use crate::render::Report;
use crate::Lexicon;
use std::io::Write;
use std::path::{Path, PathBuf};

// --- reading ------------------------------------------------------------------------------

/// Reads and merges facts files with the built-in lexicon. Two entries with one id, or two
/// people with one name, are an error naming both places.
pub fn load_facts(paths: &[PathBuf]) -> Result<Facts, InputError> {
    load_facts_with(paths, Lexicon::builtin())
}

/// A config's lexicon as part of a map key: keys are equal when their lexicons were built
/// from the same `extend:`.
#[derive(Clone, Copy, Debug)]
pub struct LexiconKey(pub &'static Lexicon);

impl PartialEq for LexiconKey {
    fn eq(&self, other: &LexiconKey) -> bool {
        self.0.fingerprint() == other.0.fingerprint()
    }
}

impl Eq for LexiconKey {}

impl std::hash::Hash for LexiconKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.fingerprint().hash(state);
    }
}

impl PartialOrd for LexiconKey {
    fn partial_cmp(&self, other: &LexiconKey) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LexiconKey {
    fn cmp(&self, other: &LexiconKey) -> std::cmp::Ordering {
        self.0.fingerprint().cmp(other.0.fingerprint())
    }
}

/// Reads and merges facts files with `lexicon` (a config's), as [`load_facts`].
pub fn load_facts_with(paths: &[PathBuf], lexicon: &'static Lexicon) -> Result<Facts, InputError> {
    let mut facts = Facts::with_lexicon(lexicon);
    for path in paths {
        let text = read_text(path)?;
        facts.add_file(path, text)?;
    }
    facts.check_quote_speakers()?;
    Ok(facts)
}

/// Reads a file as UTF-8, or says where it is not.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    utf8_text(path, read_bytes(path)?)
}

/// Reads a file's bytes, or says why it cannot.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, InputError> {
    std::fs::read(path).map_err(|e| InputError::file(path, format!("cannot read file: {}", io_reason(&e))))
}

/// What went wrong with a file, in the user's words rather than the system's.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a folder, not a file".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

/// The config file at `path`, its globs matched from its folder as an absolute path (walked
/// paths are made absolute too: see `absolute`).
pub fn load_config(path: &Path) -> Result<Config, InputError> {
    let folder = path.parent().unwrap_or(Path::new(""));
    Ok(Config::from_text(path, read_text(path)?)?.rooted_at(absolute(folder)))
}

/// `path` from the working directory, without looking at the disk beyond it (links are not
/// followed): the core resolves no path, so the CLI hands it absolute ones.
pub fn absolute(path: &Path) -> PathBuf {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The working directory, which relative paths are relative to.
pub fn working_dir() -> PathBuf {
    absolute(Path::new("."))
}

/// The baseline file at `path`.
pub fn load_baseline(path: &Path) -> Result<Baseline, InputError> {
    let text = read_text(path)
        .map_err(|e| e.with_help("create it with `factlint check PATHS --baseline FILE --update-baseline`"))?;
    Baseline::from_text(path, &text, &working_dir())
}

// --- writing ------------------------------------------------------------------------------

/// Writes every finding of the reports as accepted; returns how many.
pub fn write_baseline(path: &Path, reports: &[Report]) -> Result<usize, InputError> {
    let (json, count) = baseline_json(path, reports, &working_dir())?;
    replace_file(path, &json)?;
    Ok(count)
}

/// Fixes one checked story in place on disk and re-checks it, so the report shows what is
/// left. Returns how many fixes were applied.
pub fn fix_report(report: &mut Report, options: &CheckOptions) -> Result<usize, InputError> {
    let Some((story, findings, applied)) = fixed_report(report, options)? else {
        return Ok(0);
    };
    // a UTF-16 story is written back as UTF-16
    let encoding = report.story.encoding;
    write_atomically(
        &report.story.path,
        &encoding.encode(&report.story.text),
        &encoding.encode(&story.text),
    )?;
    report.story = story;
    report.findings = findings;
    Ok(applied)
}

/// Replaces `path`'s contents with `new`, only if the file still holds `original` and its
/// user may write it.
pub fn write_atomically(path: &Path, original: &[u8], new: &[u8]) -> Result<(), InputError> {
    let current = std::fs::read(path)
        .map_err(|e| InputError::file(path, format!("cannot read file again: {}", io_reason(&e))))?;
    if current != original {
        return Err(InputError::file(path, "changed since it was read; not fixed")
            .with_help("run factlint again on the saved file"));
    }
    refuse_read_only(path)?;
    write_bytes(path, new)
}

/// `--fix` leaves alone a file its user may not write, as ruff, black and prettier do. A file
/// with no write permission for anyone is refused even to root, who could write it anyway:
/// someone marked it read-only.
fn refuse_read_only(path: &Path) -> Result<(), InputError> {
    let read_only = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    // opening for writing, without truncating, changes nothing and asks the system the question
    if read_only || std::fs::OpenOptions::new().write(true).open(path).is_err() {
        return Err(InputError::file(path, "cannot fix a file that is read-only; not fixed")
            .with_help("make it writable (e.g. `chmod u+w`) to fix it, or see the fixes with --diff"));
    }
    Ok(())
}

/// Writes `contents` to a file, replacing what it held: see [`write_bytes`].
pub fn replace_file(path: &Path, contents: &str) -> Result<(), InputError> {
    write_bytes(path, contents.as_bytes())
}

/// Writes `contents` to the file `path` names. Through a symbolic link, its target is written
/// and the link stays a link. A file with other hard links, or one whose owner cannot be kept
/// (another user's file, writable to its group), is written in place, so every name sees the
/// new text and the owner stays. Any other file is written to a temporary file beside it and
/// renamed over it, so a reader never sees half a file and a failed write leaves the old one;
/// its permissions, owner and group are kept.
fn write_bytes(path: &Path, contents: &[u8]) -> Result<(), InputError> {
    // a file not there yet (`init`, a first baseline) is written where it is named
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let existing = std::fs::metadata(&target).ok();
    let written = match &existing {
        Some(meta) if hard_links(meta) > 1 => write_in_place(&target, contents),
        _ => write_and_rename(&target, contents, existing.as_ref()),
    };
    written.map_err(|e| {
        InputError::file(
            path,
            format!("cannot write the file: {}; the original is untouched", io_reason(&e)),
        )
    })
}

fn write_and_rename(path: &Path, contents: &[u8], existing: Option<&std::fs::Metadata>) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = folder.join(format!(".{name}.factlint-{}", std::process::id()));
    // Ok(false): the old owner cannot be given to the new file
    let renamed = (|| -> std::io::Result<bool> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(contents)?;
        if let Some(meta) = existing {
            file.set_permissions(meta.permissions())?;
            if keep_owner(&file, meta).is_err() {
                return Ok(false);
            }
        }
        file.sync_all()?;
        std::fs::rename(&temp, path)?;
        Ok(true)
    })();
    if renamed.as_ref().is_ok_and(|done| *done) {
        return Ok(());
    }
    let _ = std::fs::remove_file(&temp);
    renamed.and_then(|_| write_in_place(path, contents))
}

/// Truncates and rewrites the file itself (same inode, owner and links); not atomic.
fn write_in_place(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).truncate(true).open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(unix)]
fn hard_links(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn hard_links(_: &std::fs::Metadata) -> u64 {
    1
}

/// Gives the new file the old one's owner and group; refused unless we are root or they are
/// already ours.
#[cfg(unix)]
fn keep_owner(file: &std::fs::File, old: &std::fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let new = file.metadata()?;
    if (new.uid(), new.gid()) == (old.uid(), old.gid()) {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()))
}

#[cfg(not(unix))]
fn keep_owner(_: &std::fs::File, _: &std::fs::Metadata) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_file_changed_since_it_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.txt");
        std::fs::write(&path, "edited meanwhile").unwrap();
        let err = write_atomically(&path, b"as read", b"fixed").unwrap_err();
        assert!(err.message.contains("changed since it was read"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "edited meanwhile");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_leaves_no_temporary_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.txt");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, b"old", b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.txt");
        std::fs::write(&path, "old").unwrap();
        // a folder where the temporary file should go makes the write fail
        let pid = std::process::id();
        std::fs::create_dir(dir.path().join(format!(".story.txt.factlint-{pid}"))).unwrap();
        let err = write_atomically(&path, b"old", b"new").unwrap_err();
        assert!(err.message.contains("the original is untouched"), "{}", err.message);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    }
}
