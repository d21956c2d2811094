//! Between factlint's byte spans and LSP positions, and from findings and input errors to
//! LSP diagnostics, quick fixes and hovers.

use factlint_core::error::InputError;
use factlint_core::finding::{Finding, Severity};
use factlint_core::render::{LineIndex, Report, Unit};
use lsp_types::{
    CodeAction, CodeActionKind, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Hover, HoverContents,
    Location, MarkupContent, MarkupKind, NumberOrString, Position, PositionEncodingKind, TextEdit, Url, WorkspaceEdit,
};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

/// The encoding to use: UTF-8 if the client offers it (no counting at all), else UTF-16, which
/// every client must understand.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncodingKind {
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => PositionEncodingKind::UTF8,
        _ => PositionEncodingKind::UTF16,
    }
}

pub fn unit_of(encoding: &PositionEncodingKind) -> Unit {
    if *encoding == PositionEncodingKind::UTF8 {
        Unit::Byte
    } else {
        Unit::Utf16
    }
}

/// A text's positions in the client's encoding.
pub struct Positions<'a> {
    lines: LineIndex<'a>,
    unit: Unit,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str, unit: Unit) -> Positions<'a> {
        Positions {
            lines: LineIndex::new(text),
            unit,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let (line, column) = self.lines.position(offset, self.unit);
        Position::new(saturate(line), saturate(column))
    }

    pub fn range(&self, span: &Range<usize>) -> lsp_types::Range {
        lsp_types::Range::new(self.position(span.start), self.position(span.end))
    }

    pub fn offset(&self, position: Position) -> usize {
        self.lines
            .offset(position.line as usize, position.character as usize, self.unit)
    }

    /// The byte span of a client's range; a range given end first is read forwards.
    pub fn span(&self, range: &lsp_types::Range) -> Range<usize> {
        let (a, b) = (self.offset(range.start), self.offset(range.end));
        a.min(b)..a.max(b)
    }
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A file's URI, if its path can be made absolute.
pub fn file_url(path: &Path) -> Option<Url> {
    Url::from_file_path(std::path::absolute(path).ok()?).ok()
}

/// The diagnostics of a checked story, in `story`'s positions.
pub fn diagnostics(report: &Report, uri: &Url, unit: Unit) -> Vec<Diagnostic> {
    let story = Positions::new(&report.story.text, unit);
    // a facts file is indexed once per check, and only if a finding points into it
    let mut facts_files: HashMap<usize, Positions> = HashMap::new();
    report
        .findings
        .iter()
        .map(|f| {
            let mut related = Vec::new();
            if let Some(fact) = &f.fact {
                let file = &report.facts.files[fact.loc.file];
                let lines = facts_files
                    .entry(fact.loc.file)
                    .or_insert_with(|| Positions::new(&file.text, unit));
                if let Some(uri) = file_url(&file.path) {
                    related.push(DiagnosticRelatedInformation {
                        location: Location::new(uri, lines.range(&fact.loc.span)),
                        message: fact.label.clone(),
                    });
                }
            }
            if let Some((span, label)) = &f.related {
                related.push(DiagnosticRelatedInformation {
                    location: Location::new(uri.clone(), story.range(span)),
                    message: label.clone(),
                });
            }
            diagnostic(f, story.range(&f.span), related)
        })
        .collect()
}

fn diagnostic(f: &Finding, range: lsp_types::Range, related: Vec<DiagnosticRelatedInformation>) -> Diagnostic {
    // the label and help lines of the human format, since editors show only the message
    let mut message = f.message.clone();
    if !f.label.is_empty() {
        message += &format!("\n{}", f.label);
    }
    if let Some(help) = &f.help {
        message += &format!("\nhelp: {help}");
    }
    Diagnostic {
        range,
        severity: Some(match f.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Note => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(f.code.as_str().to_string())),
        source: Some("factlint".to_string()),
        message,
        related_information: Some(related).filter(|r| !r.is_empty()),
        ..Diagnostic::default()
    }
}

/// An error that stopped the check (invalid facts or config, no facts) as a diagnostic on the
/// story: at its place when it is in the story itself (front matter), else on the first line,
/// naming the file and pointing at it.
pub fn error_diagnostic(e: &InputError, story: &Path, unit: Unit) -> Diagnostic {
    let in_story = e.path == story;
    let place = e.text.as_deref().zip(e.span.as_ref());
    let range = match place {
        Some((text, span)) if in_story => Positions::new(text, unit).range(span),
        _ => lsp_types::Range::default(),
    };
    // another file is named with its line and column, and linked
    let message = if in_story { e.message.clone() } else { e.to_string() };
    let related = match place {
        Some((text, span)) if !in_story => file_url(&e.path).map(|uri| {
            vec![DiagnosticRelatedInformation {
                location: Location::new(uri, Positions::new(text, unit).range(span)),
                message: e.label.clone(),
            }]
        }),
        _ => None,
    };
    Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some("factlint".to_string()),
        message: match &e.help {
            Some(help) => format!("{message}\nhelp: {help}"),
            None => message,
        },
        related_information: related,
        ..Diagnostic::default()
    }
}

/// Quick fixes for the findings with a replacement that touch `range`; the certain ones (those
/// `--fix` would apply) are preferred.
pub fn code_actions(report: &Report, uri: &Url, range: &lsp_types::Range, unit: Unit) -> Vec<CodeAction> {
    let story = Positions::new(&report.story.text, unit);
    let wanted = story.span(range);
    let diagnostics = diagnostics(report, uri, unit);
    report
        .findings
        .iter()
        .zip(diagnostics)
        .filter(|(f, _)| f.span.start <= wanted.end && wanted.start <= f.span.end)
        .filter_map(|(f, diagnostic)| {
            let replacement = f.replacement.as_ref()?;
            let edit = TextEdit::new(story.range(&f.span), replacement.clone());
            Some(CodeAction {
                title: format!("Replace with `{replacement}`"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic]),
                edit: Some(WorkspaceEdit::new(HashMap::from([(uri.clone(), vec![edit])]))),
                is_preferred: Some(f.has_certain_fix()),
                ..CodeAction::default()
            })
        })
        .collect()
}

/// What the facts say about the finding under `position`: the fact's line, the suggested
/// text and the help.
pub fn hover(report: &Report, position: Position, unit: Unit) -> Option<Hover> {
    let story = Positions::new(&report.story.text, unit);
    let at = story.offset(position);
    let f = report.findings.iter().find(|f| f.span.contains(&at))?;
    let mut text = format!("**factlint** `{}`: {}", f.code, f.message);
    if let Some(fact) = &f.fact {
        let file = &report.facts.files[fact.loc.file];
        let lines = LineIndex::new(&file.text);
        let (line, _) = lines.line_column(fact.loc.span.start);
        let line_text = lines.line_span(line - 1).map_or("", |span| file.text[span].trim());
        text += &format!(
            "\n\n{} ({}:{line}):\n```yaml\n{line_text}\n```",
            fact.label,
            file.path.display()
        );
    }
    if let Some(replacement) = &f.replacement {
        text += &format!("\n\nsuggested: `{replacement}`");
    }
    if let Some(help) = &f.help {
        text += &format!("\n\nhelp: {help}");
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: text,
        }),
        range: Some(story.range(&f.span)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlint_core::check::{CheckOptions, Checker};
    use factlint_core::config::Config;
    use factlint_core::facts::Facts;
    use factlint_core::story::Story;
    use std::sync::Arc;

    /// `story_text` checked against `facts_text`, unsourced figures included.
    fn test_report(story_path: &str, story_text: &str, facts_text: &str) -> Report {
        let mut facts = Facts::default();
        facts
            .add_file(Path::new("facts.yaml"), facts_text.to_string())
            .expect("test facts");
        let story = Story::from_text(Path::new(story_path), story_text.to_string()).expect("test story");
        let options = CheckOptions {
            unsourced: true,
            ..Default::default()
        };
        let findings = Checker::new(&facts).check(&story, &options);
        Report {
            story,
            facts: Arc::new(facts),
            findings,
            config: Arc::new(Config::default()),
        }
    }

    const FACTS: &str = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n";

    #[test]
    fn utf8_only_when_offered() {
        assert_eq!(negotiate(None), PositionEncodingKind::UTF16);
        let offered = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(negotiate(Some(&offered)), PositionEncodingKind::UTF8);
        assert_eq!(unit_of(&PositionEncodingKind::UTF32), Unit::Utf16);
    }

    #[test]
    fn finding_after_accents_and_emoji_in_utf16_and_utf8() {
        let story = "Café 😀 talks: Israeli of Strategic Affairs Ron Dermer spoke.\n";
        let report = test_report("story.txt", story, FACTS);
        let start = story.find("Israeli").unwrap();
        let end = start + "Israeli of Strategic Affairs".len();
        let uri = Url::parse("file:///story.txt").unwrap();
        let utf16 = &diagnostics(&report, &uri, Unit::Utf16)[0];
        // "Café " is 5 units, "😀" 2, " talks: " 8
        assert_eq!(
            utf16.range,
            lsp_types::Range::new(Position::new(0, 15), Position::new(0, 43))
        );
        assert_eq!(utf16.code, Some(NumberOrString::String("title-mismatch".into())));
        assert!(
            utf16.message.contains("help: write `Israeli Minister"),
            "{}",
            utf16.message
        );
        let fact = &utf16.related_information.as_ref().unwrap()[0];
        assert_eq!(fact.location.range.start, Position::new(2, 11));
        let utf8 = &diagnostics(&report, &uri, Unit::Byte)[0];
        assert_eq!(utf8.range.start, Position::new(0, start as u32));
        assert_eq!(utf8.range.end, Position::new(0, end as u32));
    }

    #[test]
    fn quick_fix_replaces_the_span_and_is_preferred() {
        let story = "He met Israeli of Strategic Affairs Ron Dermer.\n";
        let report = test_report("story.txt", story, FACTS);
        let uri = Url::parse("file:///story.txt").unwrap();
        let cursor = lsp_types::Range::new(Position::new(0, 10), Position::new(0, 10));
        let actions = code_actions(&report, &uri, &cursor, Unit::Utf16);
        assert_eq!(actions.len(), 1);
        assert_eq!(actions[0].is_preferred, Some(true));
        let edits = &actions[0].edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri];
        assert_eq!(edits[0].new_text, "Israeli Minister of Strategic Affairs");
        assert_eq!(edits[0].range.start, Position::new(0, 7));
        let elsewhere = lsp_types::Range::new(Position::new(0, 0), Position::new(0, 3));
        assert!(code_actions(&report, &uri, &elsewhere, Unit::Utf16).is_empty());
    }

    #[test]
    fn hover_shows_the_facts_line() {
        let story = "He met Israeli of Strategic Affairs Ron Dermer.\n";
        let report = test_report("story.txt", story, FACTS);
        let Some(HoverContents::Markup(m)) = hover(&report, Position::new(0, 12), Unit::Utf16).map(|h| h.contents)
        else {
            panic!("no hover on the finding");
        };
        assert!(
            m.value.contains("title: Israeli Minister of Strategic Affairs"),
            "{}",
            m.value
        );
        assert!(m.value.contains("facts.yaml:3"), "{}", m.value);
        assert!(hover(&report, Position::new(0, 2), Unit::Utf16).is_none());
    }

    #[test]
    fn a_misquote_hovers_with_the_speakers_words_and_offers_no_quick_fix() {
        let facts = "people:\n  - name: Liam Fox\nquotes:\n  - speaker: Liam Fox\n    text: We would look at that sympathetically.\n    source: BBC One\n";
        let story = "\"We would look at that very sympathetically,\" said Liam Fox.\n";
        let report = test_report("story.txt", story, facts);
        assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
        let Some(HoverContents::Markup(m)) = hover(&report, Position::new(0, 5), Unit::Utf16).map(|h| h.contents)
        else {
            panic!("no hover on the quote");
        };
        assert!(m.value.contains("`quote-mismatch`"), "{}", m.value);
        assert!(
            m.value.contains("said by Liam Fox, BBC One (facts.yaml:5)"),
            "{}",
            m.value
        );
        assert!(
            m.value.contains("help: We would look at that [-very-] sympathetically"),
            "{}",
            m.value
        );
        let uri = Url::parse("file:///story.txt").unwrap();
        let whole = lsp_types::Range::new(Position::new(0, 0), Position::new(1, 0));
        assert!(code_actions(&report, &uri, &whole, Unit::Utf16).is_empty());
    }

    #[test]
    fn hover_finds_the_facts_line_in_a_file_with_lone_cr_line_ends() {
        let story = "He met Israeli of Strategic Affairs Ron Dermer.\n";
        let report = test_report("story.txt", story, &FACTS.replace('\n', "\r"));
        let Some(HoverContents::Markup(m)) = hover(&report, Position::new(0, 12), Unit::Utf16).map(|h| h.contents)
        else {
            panic!("no hover on the finding");
        };
        assert!(
            m.value.contains("(facts.yaml:3):\n```yaml\ntitle: Israeli Minister"),
            "{}",
            m.value
        );
    }

    #[test]
    fn errors_elsewhere_sit_on_the_first_line_and_point_at_their_file() {
        let e = InputError::at(
            Path::new("facts.yaml"),
            "people:\n  - nme: X\n",
            12..15,
            "unknown key",
            "here",
        )
        .with_help("did you mean `name`?");
        let d = error_diagnostic(&e, Path::new("story.txt"), Unit::Utf16);
        assert_eq!(d.range, lsp_types::Range::default());
        assert!(
            d.message.starts_with("facts.yaml:2:5: unknown key\nhelp: did you mean"),
            "{}",
            d.message
        );
        let at = &d.related_information.unwrap()[0].location;
        assert_eq!(at.range.start, Position::new(1, 4));
        let own = InputError::at(
            Path::new("story.txt"),
            "---\ndate: x\n---\n",
            10..11,
            "bad date",
            "here",
        );
        let d = error_diagnostic(&own, Path::new("story.txt"), Unit::Utf16);
        assert_eq!(d.range.start, Position::new(1, 6));
        assert_eq!(d.message, "bad date");
        let no_facts = InputError::file(Path::new("story.txt"), "no facts to check this story against");
        let d = error_diagnostic(&no_facts, Path::new("story.txt"), Unit::Utf16);
        assert_eq!(
            (d.range, d.message.as_str()),
            (lsp_types::Range::default(), "no facts to check this story against")
        );
    }
}
