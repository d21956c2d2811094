//! What CI sees: a run that could not check never looks clean in any format, SARIF as code
//! scanning reads it (URIs relative to the repository from anywhere), and the messages a
//! newsroom meets on its first day.

mod common;

use assert_cmd::Command;
use common::Output;
use serde_json::Value;
use std::fs;
use std::path::Path;

const SEED_STORY: &str = "fixtures/seed-blinken-gaza/story.txt";
const SEED_FACTS: &str = "fixtures/seed-blinken-gaza/facts.yaml";
const FORMATS: [&str; 5] = ["human", "short", "json", "sarif", "github"];

fn factlint(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("binary builds");
    cmd.current_dir(cwd).env_remove("NO_COLOR");
    cmd
}

/// A folder with the seed story and `files` written into it.
fn desk(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(SEED_STORY, dir.path().join("story.txt")).unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

const BROKEN_FACTS: &str = "people:\n  - name: Ron Dermer\n    titel: Israeli Minister of Strategic Affairs\n";

/// `check ARGS --format F` in `dir` for every format, exit status 2; stdout per format.
fn every_format_fails(dir: &Path, args: &[&str]) -> Vec<(&'static str, String)> {
    FORMATS
        .iter()
        .map(|format| {
            let out = factlint(dir)
                .args(["check"])
                .args(args)
                .args(["--format", format])
                .stdout_when(2);
            (*format, out)
        })
        .collect()
}

/// Each format says the check failed at `path:line:column`, and nothing looks clean.
fn assert_failed_everywhere(outputs: &[(&str, String)], path: &str, line: u64, column: u64) {
    for (format, out) in outputs {
        match *format {
            "human" => assert_eq!(out, "check failed: 1 input error, no story checked\n"),
            // short prints findings only; the error is on stderr as in every format
            "short" => assert_eq!(out, ""),
            "json" => {
                let json: Value = serde_json::from_str(out).unwrap();
                assert_eq!(json["findings"], serde_json::json!([]));
                let error = &json["errors"][0];
                assert_eq!(error["path"], path);
                assert_eq!((&error["line"], &error["column"]), (&line.into(), &column.into()));
                assert!(error["message"].as_str().unwrap().starts_with("invalid "), "{out}");
                assert!(error["help"].is_string(), "{out}");
            }
            "sarif" => {
                let typed: serde_sarif::sarif::Sarif = serde_json::from_str(out).expect("SARIF 2.1.0 log");
                let invocation = &typed.runs[0].invocations.as_ref().expect("invocations")[0];
                assert!(!invocation.execution_successful);
                let notes = invocation.tool_execution_notifications.as_ref().unwrap();
                assert_eq!(notes.len(), 1);
                let log: Value = serde_json::from_str(out).unwrap();
                let place = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]
                    ["physicalLocation"];
                assert_eq!(place["artifactLocation"]["uri"], path);
                assert_eq!(place["region"]["startLine"], line);
                assert_eq!(place["region"]["startColumn"], column);
                assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
            }
            "github" => {
                let first = out.lines().next().unwrap();
                let prefix =
                    format!("::error file={path},line={line},col={column},title=factlint input error::invalid ");
                assert!(first.starts_with(&prefix), "{out}");
                assert_eq!(
                    out.lines().last(),
                    Some("factlint: check failed: 1 input error, no story checked")
                );
            }
            _ => unreachable!(),
        }
    }
}

#[test]
fn broken_facts_fail_in_every_format() {
    let dir = desk(&[("facts.yaml", BROKEN_FACTS)]);
    let outputs = every_format_fails(dir.path(), &["story.txt", "--facts", "facts.yaml"]);
    assert_failed_everywhere(&outputs, "facts.yaml", 3, 5);
}

#[test]
fn a_broken_config_fails_in_every_format_with_did_you_mean() {
    let dir = desk(&[(
        "factlint.yaml",
        "facts: [facts.yaml]\nseverty:\n  figure-conflict: error\n",
    )]);
    let outputs = every_format_fails(dir.path(), &["story.txt"]);
    assert_failed_everywhere(&outputs, "factlint.yaml", 2, 1);
    let err = factlint(dir.path()).args(["check", "story.txt"]).stderr_when(2);
    assert!(
        err.contains("error: invalid config file: unknown key `severty`"),
        "{err}"
    );
    assert!(
        err.contains(
            "help: did you mean `severity`? (keys here: facts, published, include, exclude, severity, extend)"
        ),
        "{err}"
    );
}

#[test]
fn a_facts_path_that_is_a_folder_fails_in_every_format() {
    let dir = desk(&[]);
    for (format, out) in every_format_fails(dir.path(), &["story.txt", "--facts", "."]) {
        assert!(!out.contains("0 errors"), "{format}: {out}");
        match format {
            "json" => assert_eq!(serde_json::from_str::<Value>(&out).unwrap()["errors"][0]["path"], "."),
            "sarif" => assert!(out.contains("\"executionSuccessful\": false"), "{out}"),
            "github" => assert!(out.starts_with("::error file=.,title=factlint input error::"), "{out}"),
            _ => {}
        }
    }
    let err = factlint(dir.path())
        .args(["check", "story.txt", "--facts", "."])
        .stderr_when(2);
    assert!(err.contains("cannot read file: is a folder, not a file"), "{err}");
}

#[test]
fn a_missing_facts_file_named_by_the_config_is_an_error_at_the_config_line() {
    let dir = desk(&[(
        "desk/factlint.yaml",
        "# politics desk\nfacts: [../facts/politics.yaml]\n",
    )]);
    fs::rename(dir.path().join("story.txt"), dir.path().join("desk/story.txt")).unwrap();
    let out = factlint(dir.path())
        .args(["check", "desk", "--format", "github"])
        .stdout_when(2);
    assert!(
        out.starts_with("::error file=desk/factlint.yaml,line=2,col=9,title=factlint input error::facts file "),
        "{out}"
    );
    assert!(out.contains("politics.yaml: cannot read file: no such file"), "{out}");
}

#[test]
fn an_unreadable_story_in_a_walked_folder_is_an_error_beside_the_findings() {
    let dir = desk(&[]);
    fs::copy(SEED_FACTS, dir.path().join("facts.yaml")).unwrap();
    // Latin-1 copy: not UTF-8, and not binary either
    fs::write(dir.path().join("caf\u{e9}.txt"), b"Caf\xe9 society.\n").unwrap();
    let json = factlint(dir.path())
        .args(["check", ".", "--facts", "facts.yaml", "--format", "json"])
        .stdout_when(2);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["findings"].as_array().unwrap().len(), 1, "{json}");
    assert_eq!(json["errors"].as_array().unwrap().len(), 1, "{json}");
    assert!(json["errors"][0]["message"].as_str().unwrap().contains("not UTF-8"));
    let human = factlint(dir.path())
        .args(["check", ".", "--facts", "facts.yaml"])
        .stdout_when(2);
    assert_eq!(
        human.lines().last(),
        Some("1 error, 0 warnings in 1 story; check incomplete: 1 input error")
    );
}

/// A repository (a `.git` folder) with a desk's config, facts and story under `desk/`.
fn repository() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir_all(repo.path().join(".git")).unwrap();
    fs::create_dir_all(repo.path().join("desk/stories")).unwrap();
    fs::copy(SEED_STORY, repo.path().join("desk/stories/gaza.txt")).unwrap();
    fs::copy(SEED_FACTS, repo.path().join("desk/facts.yaml")).unwrap();
    fs::write(repo.path().join("desk/factlint.yaml"), "facts: [facts.yaml]\n").unwrap();
    repo
}

/// The SARIF of `check PATH` run in `cwd`: the story's and the fact's artifact locations and
/// the run's base URI.
fn sarif_locations(cwd: &Path, path: &str) -> (Value, Value, Value) {
    let out = factlint(cwd).args(["check", path, "--format", "sarif"]).stdout_when(1);
    let _: serde_sarif::sarif::Sarif = serde_json::from_str(&out).expect("SARIF 2.1.0 log");
    let log: Value = serde_json::from_str(&out).unwrap();
    let run = &log["runs"][0];
    let result = &run["results"][0];
    (
        result["locations"][0]["physicalLocation"]["artifactLocation"].clone(),
        result["relatedLocations"][0]["physicalLocation"]["artifactLocation"].clone(),
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"].clone(),
    )
}

#[test]
fn sarif_uris_are_relative_to_the_repository_from_a_subfolder_and_from_an_absolute_path() {
    let repo = repository();
    let root = fs::canonicalize(repo.path()).unwrap();
    let story = serde_json::json!({ "uri": "desk/stories/gaza.txt", "uriBaseId": "%SRCROOT%" });
    let facts = serde_json::json!({ "uri": "desk/facts.yaml", "uriBaseId": "%SRCROOT%" });
    let base = Value::from(format!("file://{}/", root.display()));
    let from_subfolder = sarif_locations(&root.join("desk/stories"), "gaza.txt");
    assert_eq!(from_subfolder, (story.clone(), facts.clone(), base.clone()));
    let absolute = root.join("desk/stories/gaza.txt");
    let from_elsewhere = sarif_locations(Path::new("/"), absolute.to_str().unwrap());
    assert_eq!(from_elsewhere, (story, facts, base));
}

#[test]
fn sarif_names_its_tool_and_links_the_facts_line_from_the_message() {
    let repo = repository();
    let out = factlint(repo.path())
        .args(["check", "desk", "--format", "sarif"])
        .stdout_when(1);
    let log: Value = serde_json::from_str(&out).unwrap();
    let driver = &log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["semanticVersion"], env!("CARGO_PKG_VERSION"));
    assert_eq!(driver["informationUri"], env!("CARGO_PKG_REPOSITORY"));
    assert!(driver["rules"][0]["helpUri"]
        .as_str()
        .unwrap()
        .starts_with(env!("CARGO_PKG_REPOSITORY")));
    let result = &log["runs"][0]["results"][0];
    assert_eq!(
        result["message"]["text"],
        "title of Ron Dermer does not match the facts ([facts.yaml:10](1))"
    );
    assert_eq!(result["relatedLocations"][0]["id"], 1);
    let fingerprint = result["partialFingerprints"]["factlint/v1"].as_str().unwrap();
    assert!(fingerprint.ends_with(":1") && fingerprint.len() == 18, "{fingerprint}");
}

#[test]
fn yaml_errors_keep_the_parsers_words_out() {
    let dir = desk(&[("facts.yaml", "people:\n  - name: Ron Dermer\n    name: Ron Dermer\n")]);
    let err = factlint(dir.path())
        .args(["check", "story.txt", "--facts", "facts.yaml"])
        .stderr_when(2);
    assert!(
        err.contains("invalid facts file: `name` is given twice in one entry"),
        "{err}"
    );
    for leak in [
        "DuplicateKeyPolicy",
        "Options",
        "configured policy",
        "at line",
        "mapping",
        "scalar",
    ] {
        assert!(!err.contains(leak), "{leak}: {err}");
    }
}

#[test]
fn a_bad_glob_points_at_its_own_line() {
    let dir = desk(&[(
        "factlint.yaml",
        "facts: [facts.yaml]\nexclude:\n  - drafts/**\n  - \"wire/[\"\n",
    )]);
    fs::copy(SEED_FACTS, dir.path().join("facts.yaml")).unwrap();
    let err = factlint(dir.path()).args(["check", "story.txt"]).stderr_when(2);
    assert!(err.contains("┌─ factlint.yaml:4:5"), "{err}");
    assert!(
        err.contains("`wire/[` is not a glob: unclosed character class"),
        "{err}"
    );
}

#[test]
fn explain_without_a_code_lists_the_codes() {
    let out = factlint(Path::new(".")).args(["explain"]).stdout_when(0);
    let listed = |code: &str, severity: &str| out.lines().any(|l| l.split_whitespace().take(2).eq([code, severity]));
    assert!(listed("title-mismatch", "error"), "{out}");
    assert!(listed("unsourced-figure", "note"), "{out}");
    assert!(listed("near-duplicate-name", "warning"), "{out}");
}

#[test]
fn init_creates_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let err = factlint(dir.path()).args(["init", "desks/politics"]).stderr_when(0);
    assert!(err.contains("wrote desks/politics/factlint.yaml"), "{err}");
    assert!(dir.path().join("desks/politics/facts.yaml").is_file());
}

#[test]
fn a_baseline_run_says_how_many_findings_it_hid() {
    let dir = desk(&[]);
    fs::copy(SEED_FACTS, dir.path().join("facts.yaml")).unwrap();
    let args = ["check", "story.txt", "--facts", "facts.yaml", "--baseline", "base.json"];
    factlint(dir.path()).args(args).arg("--update-baseline").stderr_when(0);
    let err = factlint(dir.path()).args(args).stderr_when(0);
    assert!(err.contains("note: 1 finding accepted in base.json not shown"), "{err}");
}

/// A web story's paragraph on one line, 600+ characters, with wide characters and a tab
/// before the wrong title in the middle.
fn long_paragraph() -> String {
    let before = "Speaking to reporters in Brussels on Wednesday after a long day of talks that ran late \
                  into the evening, the secretary of state said the ministers had covered the ceasefire, \
                  the aid deliveries and the reconstruction of the territory in detail, and that he had \
                  pressed the point again on Wednesday when he sat down (東京)\twith";
    let after = "Ron Dermer, who has been the prime minister's closest adviser on the war and who \
                 travelled to Washington last week for talks at the White House on what comes after \
                 the fighting, according to officials who were briefed on the meeting and who \
                 spoke on condition of anonymity because the talks were private.";
    format!("{before} Israeli of Strategic Affairs {after}\n")
}

#[test]
fn a_long_one_line_paragraph_is_windowed_with_the_caret_inside_120_columns() {
    let story = long_paragraph();
    assert!(story.chars().count() > 600);
    let dir = desk(&[("story.txt", &story)]);
    fs::copy(SEED_FACTS, dir.path().join("facts.yaml")).unwrap();
    let out = factlint(dir.path())
        .args(["check", "story.txt", "--facts", "facts.yaml"])
        .stdout_when(1);
    insta::assert_snapshot!(out);
    let lines: Vec<&str> = out.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.starts_with(" 1 │ "))
        .expect("the story's line");
    let (source, carets) = (lines[row], lines[row + 1]);
    assert!(source.contains(" … ") || source.starts_with(" 1 │ …"), "{source}");
    assert!(source.ends_with('…'), "{source}");
    let columns = |text: &str| unicode_width::UnicodeWidthStr::width(text);
    let span_at = source.find("Israeli of Strategic Affairs").unwrap();
    let caret_at = carets.find('^').unwrap();
    // the caret sits under the span: same terminal column (wide characters take two)
    assert_eq!(
        columns(&source[..span_at]),
        columns(&carets[..caret_at]),
        "\n{source}\n{carets}"
    );
    let last_caret = carets.rfind('^').unwrap() + 1;
    assert!(columns(&carets[..last_caret]) <= 120, "{carets}");
}

/// Two desks: the root config's facts (`desk/politics.yaml`) for `stories/`, and `other/` with
/// its own config and facts. Both desks have one story with a wrong title.
fn two_desks() -> tempfile::TempDir {
    let story = fs::read_to_string(SEED_STORY).unwrap();
    let facts = fs::read_to_string(SEED_FACTS).unwrap();
    desk(&[
        ("factlint.yaml", "facts: [desk/politics.yaml]\n"),
        ("desk/politics.yaml", &facts),
        ("stories/a.txt", &story),
        ("stories/clean.txt", "No news today.\n"),
        ("other/factlint.yaml", "facts: [other.yaml]\n"),
        ("other/other.yaml", &facts),
        ("other/c.txt", &story),
    ])
}

fn flagged(dir: &Path, paths: &[&str]) -> Vec<String> {
    let out = factlint(dir)
        .args(["check", "--force-exclude", "--format", "short"])
        .args(paths)
        .stdout_when(1);
    out.lines().map(|l| l.split(':').next().unwrap().to_string()).collect()
}

#[test]
fn a_changed_facts_file_or_config_rechecks_the_stories_that_use_it() {
    let dir = two_desks();
    fs::remove_file(dir.path().join("story.txt")).unwrap();
    // as pre-commit passes a staged facts file: the stories its config governs, not other desks'
    assert_eq!(flagged(dir.path(), &["desk/politics.yaml"]), ["stories/a.txt"]);
    assert_eq!(flagged(dir.path(), &["other/other.yaml"]), ["other/c.txt"]);
    assert_eq!(flagged(dir.path(), &["factlint.yaml"]), ["stories/a.txt"]);
    // a staged story is checked as before, beside those the facts file brings in
    assert_eq!(
        flagged(dir.path(), &["desk/politics.yaml", "other/c.txt"]),
        ["other/c.txt", "stories/a.txt"]
    );
    // a CI's list of changed files, as `git diff --name-only` writes it
    fs::write(dir.path().join("changed.txt"), "desk/politics.yaml\nother/c.txt\n").unwrap();
    assert_eq!(
        flagged(dir.path(), &["--files-from", "changed.txt"]),
        ["other/c.txt", "stories/a.txt"]
    );
    // a YAML file nothing uses brings in nothing
    fs::write(dir.path().join("ci.yml"), "on: push\n").unwrap();
    factlint(dir.path())
        .args(["check", "--format", "short", "ci.yml"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn file_errors_say_what_is_wrong_without_the_libraries_words() {
    let dir = desk(&[
        (
            "nan.yaml",
            "figures:\n  - id: toll\n    value: .nan\n    about: [dead]\n",
        ),
        ("quote.yaml", "people:\n  - name: \"Ron Dermer\n"),
        ("base.json", "{\"version\": 1, \"findingz\": []}\n"),
    ]);
    fs::copy(SEED_FACTS, dir.path().join("facts.yaml")).unwrap();
    let stderr = |args: &[&str]| {
        factlint(dir.path())
            .args(["check", "story.txt"])
            .args(args)
            .stderr_when(2)
    };
    let nan = stderr(&["--facts", "nan.yaml"]);
    assert!(nan.contains("┌─ nan.yaml:3:12"), "{nan}");
    let quote = stderr(&["--facts", "quote.yaml"]);
    assert!(quote.contains("invalid facts file: unclosed quote"), "{quote}");
    assert!(quote.contains("┌─ quote.yaml:2:11"), "{quote}");
    let baseline = stderr(&["--facts", "facts.yaml", "--baseline", "base.json"]);
    assert!(
        baseline.contains("invalid baseline: unknown field `findingz`, expected `version` or `findings`\n"),
        "{baseline}"
    );
    for err in [nan, quote, baseline] {
        for leak in ["configured policy", "non-finite float", " at line ", "Options"] {
            assert!(!err.contains(leak), "{leak}: {err}");
        }
    }
}
