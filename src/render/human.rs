//! rustc-style diagnostics with codespan-reporting: the story's line underlined, the facts
//! line it disagrees with, and a `help:` line.

use super::{summary_line, Outcome};
use crate::error::InputError;
use crate::finding::{Finding, Severity};
use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
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

fn emit(
    files: &SimpleFiles<String, &str>,
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
    for report in outcome.reports {
        let mut files = SimpleFiles::new();
        let story = files.add(report.story.path.display().to_string(), report.story.text.as_str());
        let facts: Vec<usize> = report
            .facts
            .files
            .iter()
            .map(|f| files.add(f.path.display().to_string(), f.text.as_str()))
            .collect();
        for f in &report.findings {
            emit(&files, &diagnostic(f, story, &facts), color, out)?;
        }
    }
    // notes are counted only when there are some: most runs ask for none (`--unsourced`)
    writeln!(out, "{}", summary_line(outcome, false))
}

fn diagnostic(f: &Finding, story: usize, facts: &[usize]) -> Diagnostic<usize> {
    let mut labels = vec![Label::primary(story, f.span.clone()).with_message(&f.label)];
    if let Some((span, label)) = &f.related {
        labels.push(Label::secondary(story, span.clone()).with_message(label));
    }
    if let Some(fact) = &f.fact {
        labels.push(Label::secondary(facts[fact.loc.file], fact.loc.span.clone()).with_message(&fact.label));
    }
    let notes = f.help.iter().map(|h| format!("help: {h}")).collect();
    Diagnostic::new(severity(f.severity))
        .with_code(f.code.as_str())
        .with_message(&f.message)
        .with_labels(labels)
        .with_notes(notes)
}

/// An error that stopped the check, as a compiler error pointing into the file.
pub fn render_error(e: &InputError, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut files = SimpleFiles::new();
    let mut labels = Vec::new();
    let mut notes = Vec::new();
    for err in std::iter::once(e).chain(e.also.as_deref()) {
        match (&err.text, &err.span) {
            (Some(text), Some(span)) => {
                let id = files.add(err.path.display().to_string(), text.as_str());
                let label = if labels.is_empty() {
                    Label::primary(id, span.clone())
                } else {
                    Label::secondary(id, span.clone())
                };
                labels.push(label.with_message(&err.label));
            }
            _ if labels.is_empty() && std::ptr::eq(err, e) => {}
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
    emit(&files, &diagnostic, color, out)
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
        let dir = std::path::Path::new("fixtures/reuters-unsourced-figure");
        let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
        // test_report asks for unsourced figures
        let report = test_report("story.txt", &read("story.txt"), &read("facts.yaml"));
        assert_eq!(last_line(&[report]), "0 errors, 0 warnings, 1 note in 1 story");
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
