//! SARIF 2.1.0 for code scanning: one run, one rule per code (in [`Code::ALL`] order), one
//! result per finding. Columns count characters (`columnKind: unicodeCodePoints`), as
//! everywhere else in factlint; `endColumn` is the column just past the span.

use super::{slash_path, LineIndex, Report};
use crate::codes::code_doc;
use crate::finding::{Code, Finding};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::Path;

pub fn render_sarif(reports: &[Report], out: &mut dyn Write) -> io::Result<()> {
    let mut facts_lines = FactsLines::default();
    let mut results = Vec::new();
    for report in reports {
        let lines = LineIndex::new(&report.story.text);
        let uri = artifact_uri(&report.story.path);
        for f in &report.findings {
            results.push(result(report, &lines, &uri, f, &mut facts_lines));
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver() },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn driver() -> Value {
    let mut driver = Map::new();
    driver.insert("name".into(), json!("factlint"));
    driver.insert("version".into(), json!(env!("CARGO_PKG_VERSION")));
    if let Some(uri) = information_uri() {
        driver.insert("informationUri".into(), json!(uri));
    }
    driver.insert("rules".into(), Code::ALL.iter().map(|&c| rule(c)).collect());
    Value::Object(driver)
}

/// The project's homepage or repository from Cargo.toml, when it gives one.
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty())
}

fn rule(code: Code) -> Value {
    let doc = code_doc(code);
    let ex = &doc.example;
    let markdown = format!(
        "{}\n\n**Example**\n\nFacts:\n\n```yaml\n{}\n```\n\nStory: {}\n\nFixed: {}",
        doc.fix,
        ex.facts.trim_end(),
        ex.story.trim(),
        ex.fixed.trim()
    );
    json!({
        "id": code.as_str(),
        "name": camel_case(code.as_str()),
        "shortDescription": { "text": doc.summary },
        "fullDescription": { "text": doc.explanation },
        "help": { "text": doc.fix, "markdown": markdown },
        "defaultConfiguration": { "level": code.severity().as_str() },
    })
}

/// `title-mismatch` -> `TitleMismatch`.
fn camel_case(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn result<'a>(
    report: &'a Report,
    lines: &LineIndex,
    uri: &str,
    f: &Finding,
    facts_lines: &mut FactsLines<'a>,
) -> Value {
    let text = &report.story.text;
    let rule_index = Code::ALL.iter().position(|&c| c == f.code);
    let mut obj = Map::new();
    obj.insert("ruleId".into(), json!(f.code.as_str()));
    obj.insert("ruleIndex".into(), json!(rule_index));
    obj.insert("level".into(), json!(f.severity.as_str()));
    obj.insert("message".into(), json!({ "text": f.message }));
    obj.insert(
        "locations".into(),
        json!([{ "physicalLocation": physical(uri, lines, text, &f.span) }]),
    );
    let mut related = Vec::new();
    if let Some(fact) = &f.fact {
        let file = &report.facts.files[fact.loc.file];
        let fact_lines = facts_lines.get(report, fact.loc.file);
        related.push(json!({
            "id": related.len() + 1,
            "physicalLocation": physical(&artifact_uri(&file.path), fact_lines, &file.text, &fact.loc.span),
            "message": { "text": fact.label },
        }));
    }
    if let Some((span, label)) = &f.related {
        related.push(json!({
            "id": related.len() + 1,
            "physicalLocation": physical(uri, lines, text, span),
            "message": { "text": label },
        }));
    }
    if !related.is_empty() {
        obj.insert("relatedLocations".into(), Value::Array(related));
    }
    if let Some(replacement) = &f.replacement {
        let description = f.help.clone().unwrap_or_else(|| format!("write `{replacement}`"));
        obj.insert(
            "fixes".into(),
            json!([{
                "description": { "text": description },
                "artifactChanges": [{
                    "artifactLocation": { "uri": uri },
                    "replacements": [{
                        "deletedRegion": region(lines, &f.span),
                        "insertedContent": { "text": replacement },
                    }],
                }],
            }]),
        );
    }
    Value::Object(obj)
}

fn region(lines: &LineIndex, span: &Range<usize>) -> Map<String, Value> {
    let (start_line, start_column) = lines.line_column(span.start);
    let (end_line, end_column) = lines.line_column(span.end);
    let mut region = Map::new();
    region.insert("startLine".into(), json!(start_line));
    region.insert("startColumn".into(), json!(start_column));
    region.insert("endLine".into(), json!(end_line));
    region.insert("endColumn".into(), json!(end_column));
    region
}

fn physical(uri: &str, lines: &LineIndex, text: &str, span: &Range<usize>) -> Value {
    let mut region = region(lines, span);
    if let Some(snippet) = text.get(span.clone()) {
        region.insert("snippet".into(), json!({ "text": snippet }));
    }
    json!({ "artifactLocation": { "uri": uri }, "region": region })
}

/// Line indexes of the facts files findings point into, built once per file and shared by the
/// stories checked against the same facts.
#[derive(Default)]
struct FactsLines<'a> {
    by_file: HashMap<(*const crate::facts::Facts, usize), LineIndex<'a>>,
}

impl<'a> FactsLines<'a> {
    fn get(&mut self, report: &'a Report, file: usize) -> &LineIndex<'a> {
        let key = (std::sync::Arc::as_ptr(&report.facts), file);
        self.by_file
            .entry(key)
            .or_insert_with(|| LineIndex::new(&report.facts.files[file].text))
    }
}

/// A path as a URI reference: relative paths stay relative (with forward slashes), absolute
/// ones become `file://` URIs; anything outside the characters a URI path allows is
/// percent-encoded.
fn artifact_uri(path: &Path) -> String {
    let path_text = slash_path(path);
    let is_windows_absolute = path_text.as_bytes().get(1) == Some(&b':') && path_text.as_bytes().get(2) == Some(&b'/');
    if path.is_absolute() || path_text.starts_with('/') || is_windows_absolute {
        let rooted = if path_text.starts_with('/') {
            path_text
        } else {
            format!("/{path_text}")
        };
        // the drive's colon is allowed in a file URI's path
        return format!("file://{}", encode_path(&rooted, true));
    }
    // a colon before the first slash would read as a scheme
    encode_path(&path_text, false)
}

fn encode_path(path: &str, colon_ok: bool) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&byte) || (byte == b':' && colon_ok);
        if keep {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{seed_reports, test_report};
    use super::*;

    fn sarif(reports: &[Report]) -> Value {
        let mut out = Vec::new();
        render_sarif(reports, &mut out).unwrap();
        serde_json::from_slice(&out).expect("SARIF output is JSON")
    }

    /// The properties SARIF 2.1.0 requires of each object factlint writes.
    fn assert_required(log: &Value) {
        assert_eq!(log["version"], "2.1.0");
        assert_eq!(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
        let runs = log["runs"].as_array().expect("sarifLog.runs");
        assert_eq!(runs.len(), 1, "exactly one run");
        let run = &runs[0];
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "factlint", "toolComponent.name");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let rules = driver["rules"].as_array().unwrap();
        let ids: Vec<&str> = rules
            .iter()
            .map(|r| r["id"].as_str().expect("reportingDescriptor.id"))
            .collect();
        let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(ids, names);
        for (rule, code) in rules.iter().zip(Code::ALL) {
            let doc = code_doc(code);
            assert_eq!(rule["shortDescription"]["text"], doc.summary.as_str());
            assert_eq!(rule["fullDescription"]["text"], doc.explanation.as_str());
            assert_eq!(rule["help"]["text"], doc.fix.as_str());
            assert!(rule["help"]["markdown"].as_str().unwrap().contains(&doc.fix));
            assert_eq!(rule["defaultConfiguration"]["level"], code.severity().as_str());
        }
        for result in run["results"].as_array().expect("run.results") {
            assert!(result["message"]["text"].is_string(), "result.message.text");
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
            for location in result["locations"]
                .as_array()
                .unwrap()
                .iter()
                .chain(result["relatedLocations"].as_array().into_iter().flatten())
            {
                let region = &location["physicalLocation"]["region"];
                assert!(location["physicalLocation"]["artifactLocation"]["uri"].is_string());
                for key in ["startLine", "startColumn", "endLine", "endColumn"] {
                    assert!(region[key].as_u64().is_some_and(|n| n >= 1), "region.{key}");
                }
            }
            for fix in result["fixes"].as_array().into_iter().flatten() {
                let changes = fix["artifactChanges"].as_array().expect("fix.artifactChanges");
                assert!(!changes.is_empty());
                for change in changes {
                    assert!(
                        change["artifactLocation"]["uri"].is_string(),
                        "artifactChange.artifactLocation"
                    );
                    for replacement in change["replacements"].as_array().expect("artifactChange.replacements") {
                        assert!(replacement["deletedRegion"].is_object(), "replacement.deletedRegion");
                        assert!(replacement["deletedRegion"]["startLine"].is_u64());
                    }
                }
            }
        }
    }

    #[test]
    fn seed_title_mismatch_with_its_fix() {
        let reports = seed_reports();
        let log = sarif(&reports);
        assert_required(&log);
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 1);
        let r = &results[0];
        assert_eq!(r["ruleId"], "title-mismatch");
        assert_eq!(r["ruleIndex"], 0);
        assert_eq!(r["level"], "error");
        let location = &r["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"],
            "fixtures/seed-blinken-gaza/story.txt"
        );
        let region = &location["region"];
        assert_eq!(region["startLine"], 1);
        assert_eq!(region["endLine"], 1);
        assert_eq!(region["snippet"]["text"], "Israeli of Strategic Affairs");
        let (start, end) = (
            region["startColumn"].as_u64().unwrap(),
            region["endColumn"].as_u64().unwrap(),
        );
        assert_eq!(end - start, "Israeli of Strategic Affairs".chars().count() as u64);
        let related = &r["relatedLocations"][0];
        assert_eq!(related["id"], 1);
        assert_eq!(
            related["physicalLocation"]["artifactLocation"]["uri"],
            "fixtures/seed-blinken-gaza/facts.yaml"
        );
        assert_eq!(related["physicalLocation"]["region"]["startLine"], 10);
        assert_eq!(related["message"]["text"], "Ron Dermer's title in the facts");
        let change = &r["fixes"][0]["artifactChanges"][0];
        assert_eq!(
            change["artifactLocation"]["uri"],
            "fixtures/seed-blinken-gaza/story.txt"
        );
        let replacement = &change["replacements"][0];
        assert_eq!(
            replacement["insertedContent"]["text"],
            "Israeli Minister of Strategic Affairs"
        );
        assert_eq!(&replacement["deletedRegion"]["startColumn"], &region["startColumn"]);
        assert_eq!(&replacement["deletedRegion"]["endColumn"], &region["endColumn"]);
        assert!(r["fixes"][0]["description"]["text"]
            .as_str()
            .unwrap()
            .contains("Minister"));
    }

    #[test]
    fn columns_count_code_points_not_bytes() {
        let facts = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n";
        let story = "Café talks in Zürich: he met Israeli of Strategic Affairs Ron Dermer.\n";
        let log = sarif(&[test_report("story.txt", story, facts)]);
        assert_required(&log);
        let region = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
        let byte = story.find("Israeli").unwrap();
        let column = story[..byte].chars().count() + 1;
        assert_ne!(
            column,
            byte + 1,
            "the test needs a multi-byte character before the span"
        );
        assert_eq!(region["startColumn"], column);
        assert_eq!(region["endColumn"], column + "Israeli of Strategic Affairs".len());
    }

    #[test]
    fn conflicts_relate_the_other_value() {
        let facts = "figures:\n  - id: rover-job-cuts\n    value: 2,000\n    about: [jobs]\n";
        let story = "Rover deal 'may cost 2,000 jobs'\n\nSome 3,000 jobs at MG Rover may be cut.\n";
        let log = sarif(&[test_report("news/rover.txt", story, facts)]);
        assert_required(&log);
        let results = log["runs"][0]["results"].as_array().unwrap();
        let conflict = results.iter().find(|r| r["ruleId"] == "figure-conflict").unwrap();
        assert_eq!(conflict["level"], "warning");
        assert!(conflict.get("fixes").is_none(), "a conflict has no single fix");
        let related = conflict["relatedLocations"].as_array().unwrap();
        assert_eq!(related.len(), 2);
        assert_eq!(related[1]["id"], 2);
        assert_eq!(
            related[1]["physicalLocation"]["artifactLocation"]["uri"],
            "news/rover.txt"
        );
        assert_eq!(related[1]["physicalLocation"]["region"]["startLine"], 1);
        assert_eq!(related[1]["physicalLocation"]["region"]["snippet"]["text"], "2,000");
    }

    #[test]
    fn no_reports_give_a_valid_empty_run() {
        let log = sarif(&[]);
        assert_required(&log);
        assert_eq!(log["runs"][0]["results"], json!([]));
        assert_eq!(log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap().len(), 8);
    }

    #[test]
    fn rule_names_are_camel_case() {
        assert_eq!(camel_case("title-mismatch"), "TitleMismatch");
        assert_eq!(camel_case("unsourced-figure"), "UnsourcedFigure");
    }

    #[test]
    fn uris() {
        assert_eq!(artifact_uri(Path::new("./news/a b%.txt")), "news/a%20b%25.txt");
        assert_eq!(artifact_uri(Path::new("news/café.md")), "news/caf%C3%A9.md");
        assert_eq!(artifact_uri(Path::new("a:b.txt")), "a%3Ab.txt");
        if cfg!(windows) {
            assert_eq!(artifact_uri(Path::new("C:\\news\\a.txt")), "file:///C:/news/a.txt");
        } else {
            // a backslash is part of a Unix file name
            assert_eq!(artifact_uri(Path::new("news\\a.txt")), "news%5Ca.txt");
            assert_eq!(artifact_uri(Path::new("/srv/news/a.txt")), "file:///srv/news/a.txt");
        }
    }
}
