//! `{"version": 1, "findings": [...]}` for scripts. Lines and columns are 1-based, columns in
//! characters; `end_column` is the column just past the span, as in SARIF.

use super::{line_column, LineIndex, Report};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

pub fn render_json(reports: &[Report], out: &mut dyn Write) -> io::Result<()> {
    let findings: Vec<Value> = reports
        .iter()
        .flat_map(|r| {
            let lines = LineIndex::new(&r.story.text);
            r.findings
                .iter()
                .map(|f| finding_json(r, &lines, f))
                .collect::<Vec<_>>()
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &json!({ "version": 1, "findings": findings }))?;
    writeln!(out)
}

fn finding_json(report: &Report, lines: &LineIndex, f: &crate::finding::Finding) -> Value {
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
        let (fact_line, _) = line_column(&file.text, fact.loc.span.start);
        obj.insert(
            "fact".into(),
            json!({ "id": fact.id, "path": file.path.display().to_string(), "line": fact_line }),
        );
    }
    if let Some(r) = &f.replacement {
        obj.insert("replacement".into(), json!(r));
    }
    if let Some(h) = &f.help {
        obj.insert("help".into(), json!(h));
    }
    Value::Object(obj)
}
