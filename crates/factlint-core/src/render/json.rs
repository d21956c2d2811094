//! `{"version": 1, "findings": [...], "errors": [...]}` for scripts. Lines and columns are
//! 1-based, columns in characters; `end_column` is the column just past the span, as in SARIF.
//! `errors` lists the inputs that stopped the check (empty when it ran fully).

use super::{with_findings, FactsLines, LineIndex, Outcome, Report};
use crate::error::InputError;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// One JSON document: every finding with its lines and columns, and every input error.
pub fn render_json(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let facts_lines = FactsLines::new(outcome.reports);
    let findings: Vec<Value> = with_findings(outcome.reports)
        .flat_map(|r| {
            let lines = LineIndex::new(&r.story.text);
            r.findings
                .iter()
                .map(|f| finding_json(r, &lines, &facts_lines, f))
                .collect::<Vec<_>>()
        })
        .collect();
    let errors: Vec<Value> = outcome.errors.iter().map(error_json).collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &json!({ "version": 1, "findings": findings, "errors": errors }),
    )?;
    writeln!(out)
}

/// `{path, line, column, message, help}`, line and column null for an error about a whole
/// file; `also` for the second place it concerns (the first of two duplicates).
fn error_json(e: &InputError) -> Value {
    let (line, column) = e.line_column().unzip();
    let mut obj = Map::new();
    obj.insert("path".into(), json!(e.path.display().to_string()));
    obj.insert("line".into(), json!(line));
    obj.insert("column".into(), json!(column));
    obj.insert("message".into(), json!(e.message));
    obj.insert("help".into(), json!(e.help));
    if let Some(also) = &e.also {
        let (line, column) = also.line_column().unzip();
        obj.insert(
            "also".into(),
            json!({ "path": also.path.display().to_string(), "line": line, "column": column, "message": also.message }),
        );
    }
    Value::Object(obj)
}

fn finding_json(report: &Report, lines: &LineIndex, facts_lines: &FactsLines, f: &crate::finding::Finding) -> Value {
    let text = &report.story.text;
    let (line, column) = lines.line_column(f.span.start);
    let (end_line, end_column) = lines.line_column(f.span.end);
    let mut obj = Map::new();
    obj.insert("code".into(), json!(f.code.as_str()));
    obj.insert("severity".into(), json!(f.severity.as_str()));
    obj.insert("message".into(), json!(f.message));
    obj.insert("path".into(), json!(report.story.path.display().to_string()));
    obj.insert("line".into(), json!(line));
    obj.insert("column".into(), json!(column));
    obj.insert("end_line".into(), json!(end_line));
    obj.insert("end_column".into(), json!(end_column));
    obj.insert("text".into(), json!(text[f.span.clone()].to_string()));
    if let Some(fact) = &f.fact {
        let file = &report.facts.files[fact.loc.file];
        let (fact_line, _) = facts_lines.get(report, fact.loc.file).line_column(fact.loc.span.start);
        obj.insert(
            "fact".into(),
            json!({ "id": fact.id, "path": file.path.display().to_string(), "line": fact_line }),
        );
    }
    if let Some(r) = &f.replacement {
        obj.insert("replacement".into(), json!(r));
        obj.insert("fix".into(), json!(f.applicability.as_str()));
    }
    if let Some(h) = &f.help {
        obj.insert("help".into(), json!(h));
    }
    Value::Object(obj)
}
