//! `--fix`: applies the replacements that are certain and writes the story back safely.
//!
//! Certain means the fix follows from the facts alone: a title or name diff, "former", a
//! weekday beside its date. Figures and dates are left to a person (the facts may be the ones
//! out of date). Writes are atomic (a temporary file in the same folder, then a rename),
//! keep the file's permissions, and refuse a file that changed since it was read.

use crate::error::InputError;
use crate::facts::io_reason;
use crate::finding::{Code, Finding};
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

/// Replaces `path`'s contents with `new`, only if the file still holds `original`.
pub fn write_atomically(path: &Path, original: &str, new: &str) -> Result<(), InputError> {
    let current = std::fs::read(path)
        .map_err(|e| InputError::file(path, format!("cannot read file again: {}", io_reason(&e))))?;
    if current != original.as_bytes() {
        return Err(InputError::file(path, "changed since it was read; not fixed")
            .with_help("run factlint again on the saved file"));
    }
    replace_file(path, new)
}

/// Writes `contents` to a temporary file beside `path` and renames it over `path`, so a
/// reader never sees half a file and a failed write leaves the old one. An existing file's
/// permissions are kept.
pub fn replace_file(path: &Path, contents: &str) -> Result<(), InputError> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = folder.join(format!(".{name}.factlint-{}", std::process::id()));
    let written = (|| -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(contents.as_bytes())?;
        if let Ok(meta) = std::fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        InputError::file(
            path,
            format!("cannot write the file: {}; the original is untouched", io_reason(&e)),
        )
    })
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
        let err = write_atomically(&path, "as read", "fixed").unwrap_err();
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
        write_atomically(&path, "old", "new").unwrap();
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
        let err = write_atomically(&path, "old", "new").unwrap_err();
        assert!(err.message.contains("the original is untouched"), "{}", err.message);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    }
}

/// Fixes one checked story in place on disk and re-checks it, so the report shows what is
/// left. Returns how many fixes were applied.
pub fn fix_report(
    report: &mut crate::render::Report,
    options: &crate::check::CheckOptions,
) -> Result<usize, InputError> {
    let (fixed, applied) = apply(&report.story.text, &report.findings);
    if applied == 0 {
        return Ok(0);
    }
    write_atomically(&report.story.path, &report.story.text, &fixed)?;
    let story = crate::story::Story::from_text(&report.story.path, fixed)?;
    let options = crate::run::options_for(&report.config, options);
    report.findings = crate::run::findings_for(
        &crate::check::Checker::new(&report.facts),
        &story,
        &options,
        &report.config,
    );
    report.story = story;
    Ok(applied)
}
