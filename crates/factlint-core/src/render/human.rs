//! rustc-style diagnostics with codespan-reporting: the story's line underlined, the facts
//! line it disagrees with, and a `help:` line. Long lines are windowed (`window.rs`), in
//! findings and input errors alike.

use super::window::{Shown, ShownFiles};
use super::{summary_line, with_findings, FactsLines, LineIndex, Outcome, Report};
use crate::error::InputError;
use crate::finding::{Finding, Severity};
use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::Files;
use codespan_reporting::term::{self, termcolor::Buffer, Config};
use std::io::{self, Write};

fn severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Note => CsSeverity::Note,
    }
}

fn buffer(color: bool) -> Buffer {
    if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    }
}

fn emit<'f>(
    files: &'f impl Files<'f, FileId = usize>,
    diagnostic: &Diagnostic<usize>,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut buf = buffer(color);
    term::emit_to_write_style(&mut buf, &Config::default(), files, diagnostic).map_err(io::Error::other)?;
    out.write_all(buf.as_slice())
}

/// The findings, then the summary line. Input errors are not repeated here: the caller shows
/// them on stderr as they happen; the summary says the check did not run fully.
pub fn render_human(outcome: &Outcome, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let facts_lines = FactsLines::new(outcome.reports);
    for report in with_findings(outcome.reports) {
        let story_lines = LineIndex::new(&report.story.text);
        for f in &report.findings {
            let (files, diagnostic) = shown_diagnostic(report, f, &story_lines, &facts_lines);
            emit(&files, &diagnostic, color, out)?;
        }
    }
    // notes are counted only when there are some: most runs ask for none (`--unsourced`)
    writeln!(out, "{}", summary_line(outcome, false))
}

/// A finding's diagnostic over the lines it points at, long lines windowed around its spans.
fn shown_diagnostic<'a>(
    report: &'a Report,
    f: &Finding,
    story_lines: &'a LineIndex<'a>,
    facts_lines: &'a FactsLines<'a>,
) -> (ShownFiles<'a>, Diagnostic<usize>) {
    let story = &report.story;
    let mut story_spans = vec![f.span.clone()];
    story_spans.extend(f.related.as_ref().map(|(span, _)| span.clone()));
    let shown_story = Shown::new(story.path.display().to_string(), &story.text, story_lines, &story_spans);
    let mut labels = vec![Label::primary(0, shown_story.map(&f.span)).with_message(&f.label)];
    if let Some((span, label)) = &f.related {
        labels.push(Label::secondary(0, shown_story.map(span)).with_message(label));
    }
    let mut files = vec![shown_story];
    if let Some(fact) = &f.fact {
        let file = &report.facts.files[fact.loc.file];
        let lines = facts_lines.get(report, fact.loc.file);
        let shown = Shown::new(
            file.path.display().to_string(),
            &file.text,
            lines,
            &[fact.loc.span.clone()],
        );
        labels.push(Label::secondary(1, shown.map(&fact.loc.span)).with_message(&fact.label));
        files.push(shown);
    }
    let notes = f.help.iter().map(|h| format!("help: {h}")).collect();
    let diagnostic = Diagnostic::new(severity(f.severity))
        .with_code(f.code.as_str())
        .with_message(&f.message)
        .with_labels(labels)
        .with_notes(notes);
    (ShownFiles(files), diagnostic)
}

/// An error that stopped the check, as a compiler error pointing into the file.
pub fn render_error(e: &InputError, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let both: Vec<&InputError> = std::iter::once(e).chain(e.also.as_deref()).collect();
    // a line index for each error that points into its file's text, in order
    let indexes: Vec<LineIndex> = both
        .iter()
        .filter(|err| err.span.is_some())
        .filter_map(|err| err.text.as_deref().map(LineIndex::new))
        .collect();
    let mut files = Vec::new();
    let mut labels = Vec::new();
    let mut notes = Vec::new();
    for err in &both {
        match (&err.text, &err.span) {
            (Some(text), Some(span)) => {
                let id = files.len();
                let shown = Shown::new(err.path.display().to_string(), text, &indexes[id], &[span.clone()]);
                let label = if labels.is_empty() {
                    Label::primary(id, shown.map(span))
                } else {
                    Label::secondary(id, shown.map(span))
                };
                labels.push(label.with_message(&err.label));
                files.push(shown);
            }
            _ if labels.is_empty() && std::ptr::eq(*err, e) => {}
            _ => notes.push(format!("also in {}: {}", err.path.display(), err.message)),
        }
    }
    let message = if labels.is_empty() {
        format!("{}: {}", e.path.display(), e.message)
    } else {
        e.message.clone()
    };
    notes.extend(e.help.iter().map(|h| format!("help: {h}")));
    let diagnostic = Diagnostic::error()
        .with_message(message)
        .with_labels(labels)
        .with_notes(notes);
    emit(&ShownFiles(files), &diagnostic, color, out)
}

#[cfg(test)]
mod tests {
    use super::super::{seed_reports, test_report, Report};
    use super::*;

    fn last_line(reports: &[Report]) -> String {
        last_line_of(&Outcome {
            reports,
            errors: &[],
            root: None,
        })
    }

    fn last_line_of(outcome: &Outcome) -> String {
        let mut out = Vec::new();
        render_human(outcome, false, &mut out).unwrap();
        String::from_utf8(out).unwrap().lines().last().unwrap().to_string()
    }

    #[test]
    fn the_summary_counts_notes_only_when_there_are_some() {
        assert_eq!(last_line(&seed_reports()), "1 error, 0 warnings in 1 story");
        let story = include_str!("../../../../fixtures/reuters-unsourced-figure/story.txt");
        let facts = include_str!("../../../../fixtures/reuters-unsourced-figure/facts.yaml");
        // test_report asks for unsourced figures
        let report = test_report("story.txt", story, facts);
        assert_eq!(last_line(&[report]), "0 errors, 0 warnings, 1 note in 1 story");
    }

    #[test]
    fn an_input_error_on_a_long_line_is_windowed_too() {
        let text = format!("{} <!-- factlint-disable-next-line titel -->\n", "word ".repeat(150));
        let at = text.find("titel").unwrap();
        let e = InputError::at(
            std::path::Path::new("story.txt"),
            &text,
            at..at + 5,
            "unknown code",
            "here",
        );
        let mut out = Vec::new();
        render_error(&e, false, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("┌─ story.txt:1:"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() <= 120), "{out}");
        assert!(out.contains("… word word"), "{out}");
    }

    #[test]
    fn a_run_with_input_errors_never_sums_up_as_clean() {
        let error = InputError::file(std::path::Path::new("facts.yaml"), "cannot read file: no such file");
        let errors = [error];
        let failed = Outcome {
            reports: &[],
            errors: &errors,
            root: None,
        };
        assert_eq!(last_line_of(&failed), "check failed: 1 input error, no story checked");
        let reports = seed_reports();
        let partial = Outcome {
            reports: &reports,
            ..failed
        };
        assert_eq!(
            last_line_of(&partial),
            "1 error, 0 warnings in 1 story; check incomplete: 1 input error"
        );
    }
}
