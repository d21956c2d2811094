//! SARIF 2.1.0 for code scanning: one run, one rule per code (in [`Code::ALL`] order), one
//! result per finding. Columns count characters (`columnKind: unicodeCodePoints`), as
//! everywhere else in factlint; `endColumn` is the column just past the span.
//!
//! URIs are relative to the repository (`uriBaseId: %SRCROOT%`, defined in
//! `originalUriBaseIds`) whatever the working directory. Each result has a
//! `partialFingerprints` entry made of the baseline's key (story, code, text, fact), so an
//! alert keeps its identity when an edit moves it. Inputs that stopped the check make the
//! invocation unsuccessful, one `toolExecutionNotifications` entry each, so code scanning shows
//! a failed run rather than closing every alert.

use super::{normalize, slash_path, with_findings, FactsLines, LineIndex, Outcome, Report, SourceRoot};
use crate::baseline::Entry;
use crate::codes::code_doc;
use crate::error::InputError;
use crate::finding::{Code, Finding};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

const SRCROOT: &str = "%SRCROOT%";

/// The key `partialFingerprints` uses; bump the version if the key's fields change.
const FINGERPRINT_KEY: &str = "factlint/v1";

/// A SARIF 2.1.0 log: rules from the registry, results with fixes and fingerprints.
pub fn render_sarif(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let uris = Uris { root: outcome.root };
    let facts_lines = FactsLines::new(outcome.reports);
    let mut seen = HashMap::new();
    let mut results = Vec::new();
    for report in with_findings(outcome.reports) {
        let lines = LineIndex::new(&report.story.text);
        let story = uris.location(&report.story.path);
        for f in &report.findings {
            let mut result = result(report, &lines, &story, f, &uris, &facts_lines);
            let key = Entry::of(uris.relative(&report.story.path), &report.story, f);
            let occurrence = seen.entry(key.clone()).or_insert(0);
            *occurrence += 1;
            result.insert(
                "partialFingerprints".into(),
                json!({ FINGERPRINT_KEY: format!("{}:{occurrence}", key.hash_hex()) }),
            );
            results.push(Value::Object(result));
        }
    }
    let mut run = Map::new();
    run.insert("tool".into(), json!({ "driver": driver() }));
    run.insert("invocations".into(), json!([invocation(outcome.errors, &uris)]));
    if let Some(root) = outcome.root {
        run.insert(
            "originalUriBaseIds".into(),
            json!({ SRCROOT: { "uri": directory_uri(&root.dir) } }),
        );
    }
    run.insert("columnKind".into(), json!("unicodeCodePoints"));
    run.insert("results".into(), Value::Array(results));
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// Whether the check ran, and an error notification for each input that stopped it.
fn invocation(errors: &[InputError], uris: &Uris) -> Value {
    let notifications: Vec<Value> = errors
        .iter()
        .map(|e| {
            let mut location = Map::new();
            location.insert("artifactLocation".into(), uris.location(&e.path));
            if let Some((line, column)) = e.line_column() {
                location.insert("region".into(), json!({ "startLine": line, "startColumn": column }));
            }
            let text = match &e.help {
                Some(help) => format!("{}\nhelp: {help}", e.message),
                None => e.message.clone(),
            };
            json!({
                "level": "error",
                "message": { "text": text },
                "locations": [{ "physicalLocation": location }],
            })
        })
        .collect();
    json!({
        "executionSuccessful": errors.is_empty(),
        "toolExecutionNotifications": notifications,
    })
}

fn driver() -> Value {
    let mut driver = Map::new();
    driver.insert("name".into(), json!("factlint"));
    driver.insert("version".into(), json!(env!("CARGO_PKG_VERSION")));
    driver.insert("semanticVersion".into(), json!(env!("CARGO_PKG_VERSION")));
    driver.insert("informationUri".into(), json!(env!("CARGO_PKG_REPOSITORY")));
    driver.insert("rules".into(), Code::ALL.iter().map(|&c| rule(c)).collect());
    Value::Object(driver)
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
        // the README's table of codes; the full text is in `help`, as code scanning shows it
        "helpUri": concat!(env!("CARGO_PKG_REPOSITORY"), "#finding-codes"),
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

/// A result without its fingerprint. Related locations are linked from the message text
/// (`[facts.yaml:10](1)`), as code scanning shows only linked ones.
fn result<'a>(
    report: &'a Report,
    lines: &LineIndex,
    story: &Value,
    f: &Finding,
    uris: &Uris,
    facts_lines: &FactsLines<'a>,
) -> Map<String, Value> {
    let text = &report.story.text;
    let rule_index = Code::ALL.iter().position(|&c| c == f.code);
    let mut related = Vec::new();
    let mut links = Vec::new();
    if let Some(fact) = &f.fact {
        let file = &report.facts.files[fact.loc.file];
        let fact_lines = facts_lines.get(report, fact.loc.file);
        let id = related.len() + 1;
        links.push(link(&file.path, fact_lines.line_column(fact.loc.span.start).0, id));
        related.push(json!({
            "id": id,
            "physicalLocation": physical(uris.location(&file.path), fact_lines, &file.text, &fact.loc.span),
            "message": { "text": fact.label },
        }));
    }
    if let Some((span, label)) = &f.related {
        let id = related.len() + 1;
        links.push(link(&report.story.path, lines.line_column(span.start).0, id));
        related.push(json!({
            "id": id,
            "physicalLocation": physical(story.clone(), lines, text, span),
            "message": { "text": label },
        }));
    }
    let mut message = escape_message(&f.message);
    if !links.is_empty() {
        message = format!("{message} ({})", links.join(", "));
    }
    let mut obj = Map::new();
    obj.insert("ruleId".into(), json!(f.code.as_str()));
    obj.insert("ruleIndex".into(), json!(rule_index));
    obj.insert("level".into(), json!(f.severity.as_str()));
    obj.insert("message".into(), json!({ "text": message }));
    obj.insert(
        "locations".into(),
        json!([{ "physicalLocation": physical(story.clone(), lines, text, &f.span) }]),
    );
    if !related.is_empty() {
        obj.insert("relatedLocations".into(), Value::Array(related));
    }
    if let Some(replacement) = &f.replacement {
        obj.insert("fixes".into(), json!([fix(lines, story, f, replacement)]));
    }
    obj
}

/// A finding's replacement as a SARIF fix. SARIF has no field saying whether a fix may be
/// applied unattended, so a fix carries it in its property bag (§3.8), named as in the JSON
/// output: `"certain"` (what `--fix` applies) or `"choice"` (one of several accepted forms:
/// the editor decides; tools that apply SARIF fixes should leave it).
fn fix(lines: &LineIndex, story: &Value, f: &Finding, replacement: &str) -> Value {
    let description = f.help.clone().unwrap_or_else(|| format!("write `{replacement}`"));
    json!({
        "description": { "text": description },
        "artifactChanges": [{
            "artifactLocation": story,
            "replacements": [{
                "deletedRegion": region(lines, &f.span),
                "insertedContent": { "text": replacement },
            }],
        }],
        "properties": { "applicability": f.applicability.as_str() },
    })
}

/// `[facts.yaml:10](1)`: an embedded link to related location `id`.
fn link(path: &Path, line: usize, id: usize) -> String {
    let name = path
        .file_name()
        .map_or_else(|| slash_path(path), |n| n.to_string_lossy().into_owned());
    format!("[{}:{line}]({id})", escape_message(&name))
}

/// Plain message text, with the brackets SARIF would read as a link escaped.
fn escape_message(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
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

fn physical(artifact: Value, lines: &LineIndex, text: &str, span: &Range<usize>) -> Value {
    let mut region = region(lines, span);
    if let Some(snippet) = text.get(span.clone()) {
        region.insert("snippet".into(), json!({ "text": snippet }));
    }
    json!({ "artifactLocation": artifact, "region": region })
}

/// Paths as SARIF artifact locations.
struct Uris<'a> {
    root: Option<&'a SourceRoot>,
}

impl Uris<'_> {
    /// `{uri, uriBaseId: %SRCROOT%}` for a file in the repository, else an absolute `file://`
    /// URI.
    fn location(&self, path: &Path) -> Value {
        match self.under_root(path) {
            Some(relative) => json!({ "uri": encode_path(&relative, false), "uriBaseId": SRCROOT }),
            None => json!({ "uri": file_uri(&self.absolute(path)) }),
        }
    }

    /// The path relative to the repository with forward slashes, or as given when it is
    /// outside (for fingerprints).
    fn relative(&self, path: &Path) -> String {
        self.under_root(path).unwrap_or_else(|| slash_path(path))
    }

    fn under_root(&self, path: &Path) -> Option<String> {
        let Some(root) = self.root else {
            // no root known: a relative path is taken as relative to it
            return (path.is_relative() && !is_windows_absolute(&slash_path(path)))
                .then(|| slash_path(&normalize(path)));
        };
        let relative = self.absolute(path).strip_prefix(&root.dir).ok()?.to_path_buf();
        Some(slash_path(&relative))
    }

    fn absolute(&self, path: &Path) -> PathBuf {
        match self.root {
            Some(root) if path.is_relative() => normalize(&root.cwd.join(path)),
            _ => normalize(path),
        }
    }
}

fn is_windows_absolute(path_text: &str) -> bool {
    path_text.as_bytes().get(1) == Some(&b':') && path_text.as_bytes().get(2) == Some(&b'/')
}

/// An absolute path as a `file://` URI.
fn file_uri(path: &Path) -> String {
    let path_text = slash_path(path);
    let rooted = if path_text.starts_with('/') {
        path_text
    } else {
        format!("/{path_text}")
    };
    // the drive's colon is allowed in a file URI's path
    format!("file://{}", encode_path(&rooted, true))
}

/// A folder's `file://` URI, ending with `/` as a base URI must.
fn directory_uri(dir: &Path) -> String {
    let uri = file_uri(dir);
    if uri.ends_with('/') {
        uri
    } else {
        uri + "/"
    }
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
        sarif_of(&Outcome {
            reports,
            errors: &[],
            root: None,
        })
    }

    fn sarif_of(outcome: &Outcome) -> Value {
        let mut out = Vec::new();
        render_sarif(outcome, &mut out).unwrap();
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
        assert_eq!(r["fixes"][0]["properties"]["applicability"], "certain");
    }

    #[test]
    fn a_fix_among_accepted_forms_is_marked_a_choice() {
        let facts = "people:\n  - name: Maria Lopez\n    title: Minister of Finance\n    also: [Minister of Trade]\n";
        let story = "Minister of Energy Maria Lopez said on Monday.\n";
        let log = sarif(&[test_report("story.txt", story, facts)]);
        assert_required(&log);
        let fixes = &log["runs"][0]["results"][0]["fixes"];
        assert_eq!(fixes.as_array().map(Vec::len), Some(1));
        let replacement = &fixes[0]["artifactChanges"][0]["replacements"][0];
        assert_eq!(replacement["insertedContent"]["text"], "Minister of Finance");
        assert_eq!(fixes[0]["properties"]["applicability"], "choice");
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
        assert_eq!(
            log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap().len(),
            crate::finding::Code::ALL.len()
        );
    }

    #[test]
    fn rule_names_are_camel_case() {
        assert_eq!(camel_case("title-mismatch"), "TitleMismatch");
        assert_eq!(camel_case("unsourced-figure"), "UnsourcedFigure");
    }

    #[test]
    fn uris() {
        let bare = Uris { root: None };
        let uri = |path: &str| bare.location(Path::new(path))["uri"].as_str().unwrap().to_string();
        assert_eq!(uri("./news/a b%.txt"), "news/a%20b%25.txt");
        assert_eq!(uri("news/café.md"), "news/caf%C3%A9.md");
        assert_eq!(uri("a:b.txt"), "a%3Ab.txt");
        assert_eq!(bare.location(Path::new("news/a.txt"))["uriBaseId"], SRCROOT);
        if cfg!(windows) {
            assert_eq!(uri("C:\\news\\a.txt"), "file:///C:/news/a.txt");
        } else {
            // a backslash is part of a Unix file name
            assert_eq!(uri("news\\a.txt"), "news%5Ca.txt");
            assert_eq!(uri("/srv/news/a.txt"), "file:///srv/news/a.txt");
            assert!(bare.location(Path::new("/srv/a.txt")).get("uriBaseId").is_none());
        }
        let root = SourceRoot {
            dir: PathBuf::from("/srv/repo"),
            cwd: PathBuf::from("/srv/repo/desk"),
        };
        let rooted = Uris { root: Some(&root) };
        let uri = |path: &str| rooted.location(Path::new(path));
        assert_eq!(
            uri("café.md"),
            json!({ "uri": "desk/caf%C3%A9.md", "uriBaseId": SRCROOT })
        );
        assert_eq!(uri("../other/./a.md")["uri"], "other/a.md");
        assert_eq!(uri("/srv/repo/desk/a.md")["uri"], "desk/a.md");
        assert_eq!(
            uri("../../elsewhere/a.md"),
            json!({ "uri": "file:///srv/elsewhere/a.md" })
        );
        assert_eq!(directory_uri(&root.dir), "file:///srv/repo/");
    }

    #[test]
    fn fingerprints_survive_a_line_move_and_count_repeats() {
        let facts = "people:\n  - name: Ron Dermer\n    title: Israeli Minister of Strategic Affairs\n";
        let wrong = "He met Israeli of Strategic Affairs Ron Dermer.\n";
        let fingerprints = |story: &str| -> Vec<String> {
            let log = sarif(&[test_report("news/a.txt", story, facts)]);
            log["runs"][0]["results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["partialFingerprints"][FINGERPRINT_KEY].as_str().unwrap().to_string())
                .collect()
        };
        let once = fingerprints(wrong);
        let moved = fingerprints(&format!("A new first paragraph.\n\n{wrong}"));
        assert_eq!(once, moved);
        let twice = fingerprints(&format!("{wrong}\n{wrong}"));
        assert_eq!(twice.len(), 2);
        assert_eq!(twice[0], once[0]);
        assert_ne!(twice[0], twice[1]);
        assert!(twice[1].ends_with(":2"), "{twice:?}");
    }

    #[test]
    fn input_errors_make_the_invocation_unsuccessful() {
        let text = "people:\n  - name: Ron Dermer\n    titel: X\n";
        let at = text.find("titel").unwrap();
        let errors = [InputError::at(
            Path::new("facts.yaml"),
            text,
            at..at + 5,
            "invalid facts file",
            "unknown key",
        )
        .with_help("did you mean `title`?")];
        let log = sarif_of(&Outcome {
            reports: &[],
            errors: &errors,
            root: None,
        });
        assert_required(&log);
        let invocation = &log["runs"][0]["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], false);
        let notification = &invocation["toolExecutionNotifications"][0];
        assert_eq!(notification["level"], "error");
        assert_eq!(
            notification["message"]["text"],
            "invalid facts file\nhelp: did you mean `title`?"
        );
        let location = &notification["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "facts.yaml");
        assert_eq!(location["region"], json!({ "startLine": 3, "startColumn": 5 }));
        let ran = sarif(&[]);
        assert_eq!(ran["runs"][0]["invocations"][0]["executionSuccessful"], true);
    }

    #[test]
    fn messages_link_their_related_locations_and_escape_brackets() {
        assert_eq!(escape_message("a [b] c"), "a \\[b\\] c");
        let log = sarif(&seed_reports());
        assert_eq!(
            log["runs"][0]["results"][0]["message"]["text"],
            "title of Ron Dermer does not match the facts ([facts.yaml:10](1))"
        );
    }
}
