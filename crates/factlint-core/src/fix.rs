//! `--fix`: applies the replacements that are certain and writes the story back safely.
//!
//! Certain means the fix follows from the facts alone: a title or name diff, "former", a
//! weekday beside its date. Figures and dates are left to a person (the facts may be the ones
//! out of date). Writes are atomic (a temporary file in the same folder, then a rename),
//! keep the file's permissions, and refuse a file that changed since it was read.

use crate::check::{CheckOptions, Checker};
use crate::error::InputError;
use crate::facts::io_reason;
use crate::finding::{Code, Finding};
use crate::render::Report;
use crate::story::Story;
use std::io::Write;
use std::path::Path;

/// Codes whose replacement can be applied without a person's judgement.
pub fn is_certain(code: Code) -> bool {
    matches!(
        code,
        Code::TitleMismatch | Code::StaleTitle | Code::NameMisspelled | Code::WeekdayMismatch
    )
}

/// The text with every certain replacement applied (later ones first; overlaps skipped), and
/// how many were applied.
pub fn apply(text: &str, findings: &[Finding]) -> (String, usize) {
    let mut fixes: Vec<(&Finding, &str)> = findings
        .iter()
        .filter(|f| is_certain(f.code))
        .filter_map(|f| Some((f, f.replacement.as_deref()?)))
        .collect();
    fixes.sort_by_key(|(f, _)| std::cmp::Reverse(f.span.start));
    let mut out = text.to_string();
    let mut applied = 0;
    let mut floor = usize::MAX;
    for (f, replacement) in fixes {
        if f.span.end > floor || &text[f.span.clone()] == replacement {
            continue;
        }
        out.replace_range(f.span.clone(), replacement);
        floor = f.span.start;
        applied += 1;
    }
    (out, applied)
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
    use crate::finding::Finding;

    fn finding(code: Code, span: std::ops::Range<usize>, replacement: &str) -> Finding {
        Finding::new(code, span, String::new(), String::new()).with_replacement(replacement)
    }

    #[test]
    fn applies_certain_fixes_from_the_end_and_skips_overlaps_and_figures() {
        let text = "Deputy Finance Minister Wilson borrowed 60 mln dlrs, said Wilsen.";
        let findings = [
            finding(Code::TitleMismatch, 0..23, "Finance Minister"),
            finding(Code::TitleMismatch, 7..23, "Trade Minister"),
            finding(Code::FigureMismatch, 40..51, "600 mln dlrs"),
            finding(Code::NameMisspelled, 58..64, "Wilson"),
        ];
        let (fixed, n) = apply(text, &findings);
        assert_eq!(
            fixed, "Deputy Trade Minister Wilson borrowed 60 mln dlrs, said Wilson.",
            "one of two overlapping fixes"
        );
        assert_eq!(n, 2);
    }

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

/// Most rounds of fixing for one story. Of two fixes that overlap, one is applied per round
/// and the re-check finds the other again (a stale "Former" around a misspelt name); real
/// copy settles in two or three.
const MAX_ROUNDS: usize = 8;

/// A story with its certain fixes applied, round after round until a re-check (`recheck`)
/// finds nothing more to fix, so `--fix` twice does what `--fix` once did: the fixed story,
/// its findings, and how many fixes were applied; `None` when there was nothing to fix.
pub fn fix_story(
    story: &Story,
    findings: &[Finding],
    recheck: impl Fn(&Story) -> Vec<Finding>,
) -> Result<Option<(Story, Vec<Finding>, usize)>, InputError> {
    let mut fixed: Option<(Story, Vec<Finding>, usize)> = None;
    for _ in 0..MAX_ROUNDS {
        let (text, findings) = fixed.as_ref().map_or((story, findings), |(s, f, _)| (s, f.as_slice()));
        let (new_text, applied) = apply(&text.text, findings);
        if applied == 0 {
            break;
        }
        let mut new = Story::from_text(&story.path, new_text)?;
        new.encoding = story.encoding;
        let left = recheck(&new);
        let total = fixed.as_ref().map_or(0, |(_, _, n)| *n) + applied;
        fixed = Some((new, left, total));
    }
    Ok(fixed)
}

/// A report's story fixed as `--fix` would fix it, re-checked as the run checked it.
pub fn fixed_report(
    report: &Report,
    options: &CheckOptions,
) -> Result<Option<(Story, Vec<Finding>, usize)>, InputError> {
    let checker = Checker::new(&report.facts);
    let options = crate::check::options_for(&report.config, options);
    fix_story(&report.story, &report.findings, |story| {
        crate::check::findings_for(&checker, story, &options, &report.config)
    })
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
