//! GitHub Actions workflow commands: one annotation per finding,
//! `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=factlint CODE::MESSAGE`,
//! then a plain summary line. An input that stopped the check gets an `::error` annotation at
//! its file, line and column (`title=factlint input error`). Escaping follows @actions/core:
//! data escapes `%`, CR and LF; property values also `:` and `,`.

use super::{slash_path, summary_counts, summary_line, with_findings, LineIndex, Outcome};
use crate::error::InputError;
use crate::finding::Severity;
use std::io::{self, Write};

/// GitHub shows at most this many annotations of each level per step.
const SHOWN_PER_LEVEL: usize = 10;

/// GitHub Actions workflow commands: an annotation per finding and input error, then a summary.
pub fn render_github(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    for e in outcome.errors {
        error_annotation(e, out)?;
    }
    for report in with_findings(outcome.reports) {
        let lines = LineIndex::new(&report.story.text);
        let file = escape_property(&slash_path(&report.story.path));
        for f in &report.findings {
            let (line, col) = lines.line_column(f.span.start);
            let (end_line, end_column) = lines.line_column(f.span.end);
            let message = match &f.help {
                Some(help) => format!("{}\nhelp: {help}", f.message),
                None => f.message.clone(),
            };
            writeln!(
                out,
                "::{} file={file},line={line},col={col},endLine={end_line},endColumn={end_column},title={}::{}",
                level(f.severity),
                escape_property(&format!("factlint {}", f.code)),
                escape_data(&message)
            )?;
        }
    }
    let counts = summary_counts(outcome.reports);
    let over_limit = [counts.errors + outcome.errors.len(), counts.warnings, counts.notes]
        .iter()
        .any(|&n| n > SHOWN_PER_LEVEL);
    write!(out, "factlint: {}", summary_line(outcome, true))?;
    if over_limit {
        write!(
            out,
            " (GitHub shows at most {SHOWN_PER_LEVEL} annotations of each level per step; the log above lists them all)"
        )?;
    }
    writeln!(out)
}

/// `::error file=F,line=L,col=C,title=factlint input error::MESSAGE` (no line for an error
/// about a whole file), with the second place it concerns and its help in the message.
fn error_annotation(e: &InputError, out: &mut dyn Write) -> io::Result<()> {
    let mut properties = format!("file={}", escape_property(&slash_path(&e.path)));
    if let Some((line, col)) = e.line_column() {
        properties.push_str(&format!(",line={line},col={col}"));
    }
    let mut message = e.message.clone();
    if let Some(also) = &e.also {
        message.push_str(&format!("\nalso: {also}"));
    }
    if let Some(help) = &e.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    writeln!(
        out,
        "::error {properties},title={}::{}",
        escape_property("factlint input error"),
        escape_data(&message)
    )
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// A command's message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value (`file=`, `title=`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::super::{seed_reports, test_report, Report};
    use super::*;

    fn github(reports: &[Report]) -> String {
        github_of(&Outcome {
            reports,
            errors: &[],
            root: None,
        })
    }

    fn github_of(outcome: &Outcome) -> String {
        let mut out = Vec::new();
        render_github(outcome, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn input_errors_are_error_annotations_and_the_summary_says_the_check_failed() {
        let text = "people:\n  - name: Ron Dermer\n    titel: X\n";
        let at = text.find("titel").unwrap();
        let errors = [
            InputError::at(
                std::path::Path::new("desk/facts, 2.yaml"),
                text,
                at..at + 5,
                "invalid facts file: unknown key `titel`",
                "unknown key",
            )
            .with_help("did you mean `title`?"),
            InputError::file(std::path::Path::new("missing.yaml"), "cannot read file: no such file"),
        ];
        let out = github_of(&Outcome {
            reports: &[],
            errors: &errors,
            root: None,
        });
        assert_eq!(
            out,
            "::error file=desk/facts%2C 2.yaml,line=3,col=5,title=factlint input error::invalid facts file: \
             unknown key `titel`%0Ahelp: did you mean `title`?\n\
             ::error file=missing.yaml,title=factlint input error::cannot read file: no such file\n\
             factlint: check failed: 2 input errors, no story checked\n"
        );
    }

    #[test]
    fn seed_gives_one_error_annotation_with_its_help() {
        let out = github(&seed_reports());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        let text = "Israeli of Strategic Affairs";
        let story = include_str!("../../../../fixtures/seed-blinken-gaza/story.txt");
        let col = story[..story.find(text).unwrap()].chars().count() + 1;
        let end = col + text.chars().count();
        assert_eq!(
            lines[0],
            format!(
                "::error file=fixtures/seed-blinken-gaza/story.txt,line=1,col={col},endLine=1,endColumn={end},\
                 title=factlint title-mismatch::title of Ron Dermer does not match the facts%0A\
                 help: write `Israeli Minister of Strategic Affairs`: Israeli [+Minister+] of Strategic Affairs"
            )
        );
        assert_eq!(lines[1], "factlint: 1 error, 0 warnings, 0 notes in 1 story");
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_data("100% sure\r\nnext: a, b"), "100%25 sure%0D%0Anext: a, b");
        assert_eq!(escape_property("a,b:c%d\ne"), "a%2Cb%3Ac%25d%0Ae");
        let facts = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n";
        let story = "He met Israeli of Strategic Affairs Ron Dermer.\n";
        let out = github(&[test_report("news/gaza, day 2: 50%.txt", story, facts)]);
        let first = out.lines().next().unwrap();
        assert!(
            first.starts_with("::error file=news/gaza%2C day 2%3A 50%25.txt,line=1,"),
            "{first}"
        );
        // the message keeps `:` and `,` (only properties escape them) and shows its help on a new line
        let message = first.rsplit_once("title=factlint title-mismatch::").unwrap().1;
        assert!(message.starts_with("title of Ron Dermer does not match the facts%0Ahelp: write `"));
        assert!(message.contains("`: Israeli [+Minister+]"), "{message}");
        assert!(!message.contains('\n'));
    }

    #[test]
    fn levels_map_to_error_warning_notice() {
        assert_eq!(level(Severity::Error), "error");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Note), "notice");
        let facts = "figures:\n  - id: rover-job-cuts\n    value: 2,000\n    about: [jobs]\n";
        let story = "Rover deal 'may cost 2,000 jobs'\n\nSome 3,000 jobs may be cut. Shares rose 4% to 120 pence.\n";
        let out = github(&[test_report("rover.txt", story, facts)]);
        let starts: Vec<&str> = out
            .lines()
            .filter_map(|l| l.strip_prefix("::"))
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        assert!(starts.contains(&"error"), "{out}");
        assert!(starts.contains(&"warning"), "{out}");
        assert!(starts.contains(&"notice"), "{out}");
        assert!(out.contains("title=factlint figure-conflict::"), "{out}");
        assert!(out.contains("title=factlint unsourced-figure::"), "{out}");
    }

    #[test]
    fn summary_mentions_the_limit_only_past_ten_of_a_level() {
        assert_eq!(github(&[]), "factlint: 0 errors, 0 warnings, 0 notes in 0 stories\n");
        let facts = "people:\n  - name: Paul Volcker\n    title: Federal Reserve Board chairman\n";
        let wrong = "Federal Reserve Board chairman Paul Volker told Congress.\n";
        let stories = |n: usize| -> Vec<Report> {
            (0..n)
                .map(|k| test_report(&format!("story-{k}.txt"), wrong, facts))
                .collect()
        };
        let mut ten = stories(10);
        ten.push(test_report("clean.txt", "No news.\n", facts));
        let out = github(&ten);
        assert_eq!(out.lines().filter(|l| l.starts_with("::error ")).count(), 10);
        let summary = out.lines().last().unwrap();
        assert_eq!(summary, "factlint: 10 errors, 0 warnings, 0 notes in 11 stories");
        let out = github(&stories(11));
        assert_eq!(out.lines().filter(|l| l.starts_with("::error ")).count(), 11);
        let summary = out.lines().last().unwrap();
        assert_eq!(
            summary,
            "factlint: 11 errors, 0 warnings, 0 notes in 11 stories (GitHub shows at most 10 annotations of \
             each level per step; the log above lists them all)"
        );
    }
}
