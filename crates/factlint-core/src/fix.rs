//! `--fix`: applies the replacements that are certain, as edits to a story's text, and
//! re-checks it; the command line writes the result back (`files::fix_report`).
//!
//! Which codes' fixes are certain is decided in the registry (`Code::rule`); a finding whose
//! replacement is one of several accepted forms is a choice ([`Applicability`]) and is left.

use crate::check::{CheckOptions, Checker};
use crate::error::InputError;
use crate::finding::{Applicability, Finding};
use crate::render::Report;
use crate::story::Story;

/// The text with every certain replacement applied (later ones first; overlaps skipped), and
/// how many were applied.
pub fn apply(text: &str, findings: &[Finding]) -> (String, usize) {
    let mut fixes: Vec<(&Finding, &str)> = findings
        .iter()
        .filter(|f| f.applicability == Applicability::Certain)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Code;

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
