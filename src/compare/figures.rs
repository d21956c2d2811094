//! Do the numbers tied to a figure agree with it, and with each other?

use crate::extract::numbers::NumberMention;
use crate::facts::Figure;
use crate::finding::{Code, Finding};
use crate::quantity::format_value;
use crate::text::Doc;

/// The figure's value without its qualifier: the text that replaces a story's number, whose
/// own qualifier stays in place ("around 1,300" -> "around 1,200").
fn value_without_qualifier(figure: &Figure) -> String {
    let lex = crate::lexicon::lexicon();
    let text = figure.value_text.trim();
    let lower = text.to_lowercase();
    for (phrase, _) in &lex.qualifiers {
        let p = phrase.join(" ");
        if lower.starts_with(&p) && lower[p.len()..].starts_with(' ') {
            return text[p.len()..].trim_start().to_string();
        }
    }
    text.to_string()
}

/// The byte span of a mention from its number (not its qualifier) to its unit.
pub fn number_span(doc: &Doc, m: &NumberMention) -> std::ops::Range<usize> {
    doc.span(m.core..m.tokens.end)
}

pub fn check_figure(doc: &Doc, m: &NumberMention, figure: &Figure) -> Option<Finding> {
    if m.quantity.agrees_with(&figure.value) {
        return None;
    }
    let written = doc.words(m.core..m.tokens.end);
    let expected = value_without_qualifier(figure);
    let mut context = String::new();
    if let Some(source) = &figure.source {
        context.push_str(&format!(" according to {source}"));
    }
    if let Some(as_of) = &figure.as_of {
        context.push_str(&format!(" as of {as_of}"));
    }
    let label = format!("the facts give `{}`", figure.value_text);
    Some(
        Finding::new(Code::FigureMismatch, number_span(doc, m), format!("`{written}` disagrees with figure `{}`", figure.id), label)
            .with_fact(&figure.id, &figure.loc, format!("`{}` is {}{context}", figure.id, figure.value_text))
            .with_replacement(expected.clone())
            .with_help(format!("write `{expected}`, or correct the facts if the figure has changed")),
    )
}

/// figure-conflict: a later mention of a figure whose value cannot be the same as an earlier
/// one's, reported once, pointing back at the earlier mention.
pub fn check_conflicts(doc: &Doc, tied: &[(&NumberMention, &Figure)]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (k, (later, figure)) in tied.iter().enumerate() {
        let earlier = tied[..k].iter().find(|(e, f)| f.id == figure.id && !e.quantity.consistent_with(&later.quantity));
        if let Some((first, _)) = earlier {
            let (a, b) = (doc.words(first.core..first.tokens.end), doc.words(later.core..later.tokens.end));
            let mut f = Finding::new(
                Code::FigureConflict,
                number_span(doc, later),
                format!("the story gives figure `{}` two values: `{a}` and `{b}`", figure.id),
                format!("`{b}` here"),
            )
            .with_fact(&figure.id, &figure.loc, format!("`{}` is {}", figure.id, figure.value_text))
            .with_help(format!("use one value throughout; the facts give `{}` ({})", figure.value_text, format_value(figure.value.low)));
            f.related = Some((number_span(doc, first), format!("`{a}` earlier")));
            out.push(f);
        }
    }
    out
}
