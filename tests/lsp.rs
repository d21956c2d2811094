//! `factlint lsp` as an editor drives it: a process spoken to in JSON-RPC over stdio.

#[path = "support/lsp_client.rs"]
mod lsp_client;

use lsp_client::{uri_of, Client};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

const SEED: &str = "fixtures/seed-blinken-gaza";
const WRONG_TITLE: &str = "Israeli of Strategic Affairs";
const FACTS_TITLE: &str = "Israeli Minister of Strategic Affairs";

/// A desk folder: the seed facts, a factlint.yaml naming them, and a story with `text`.
struct Desk {
    dir: tempfile::TempDir,
    story: PathBuf,
    uri: String,
}

fn desk(text: &str) -> Desk {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(Path::new(SEED).join("facts.yaml"), dir.path().join("facts.yaml")).unwrap();
    fs::write(dir.path().join("factlint.yaml"), "facts: [facts.yaml]\n").unwrap();
    let story = dir.path().join("story.txt");
    fs::write(&story, text).unwrap();
    let uri = uri_of(&story);
    Desk { dir, story, uri }
}

fn seed_story() -> String {
    fs::read_to_string(Path::new(SEED).join("story.txt")).unwrap()
}

fn start(desk: &Desk) -> Client {
    start_with(desk, json!({}), json!({}))
}

/// The server for `desk`, with the client's capabilities and initialization options.
fn start_with(desk: &Desk, capabilities: Value, options: Value) -> Client {
    Client::start(
        Path::new(env!("CARGO_BIN_EXE_factlint")),
        desk.dir.path(),
        capabilities,
        options,
    )
}

fn open(client: &mut Client, desk: &Desk) {
    let text = fs::read_to_string(&desk.story).unwrap();
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": desk.uri, "languageId": "plaintext", "version": 1, "text": text}}),
    );
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics.iter().filter_map(|d| d["code"].as_str()).collect()
}

/// The LSP position of byte `offset` in `text`, in UTF-16 units.
fn utf16_position(text: &str, offset: usize) -> Value {
    let line_start = text[..offset].rfind('\n').map_or(0, |k| k + 1);
    let line = text[..offset].matches('\n').count();
    json!({"line": line, "character": text[line_start..offset].encode_utf16().count()})
}

fn range_of(text: &str, needle: &str) -> Value {
    let start = text.find(needle).expect("the needle is in the text");
    json!({"start": utf16_position(text, start), "end": utf16_position(text, start + needle.len())})
}

#[test]
fn seed_story_title_mismatch_is_fixed_by_its_quick_fix() {
    let text = seed_story();
    let desk = desk(&text);
    let mut client = start(&desk);
    assert_eq!(client.initialized["capabilities"]["positionEncoding"], "utf-16");
    open(&mut client, &desk);
    let diagnostics = client.diagnostics(&desk.uri);
    assert_eq!(codes(&diagnostics), ["title-mismatch"]);
    let mismatch = &diagnostics[0];
    assert_eq!(mismatch["range"], range_of(&text, WRONG_TITLE));
    assert_eq!(mismatch["range"]["start"]["line"], 0);
    assert_eq!(mismatch["severity"], 1);
    assert_eq!(mismatch["source"], "factlint");
    let fact = &mismatch["relatedInformation"][0]["location"];
    assert_eq!(fact["uri"], uri_of(&desk.dir.path().join("facts.yaml")));
    assert_eq!(fact["range"]["start"], json!({"line": 9, "character": 11}));

    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": desk.uri}, "position": mismatch["range"]["start"]}),
    );
    let shown = hover["result"]["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        shown.contains("title: Israeli Minister of Strategic Affairs"),
        "{hover}"
    );

    let answer = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": desk.uri}, "range": mismatch["range"], "context": {"diagnostics": [mismatch]}}),
    );
    let actions = answer["result"].as_array().expect("code actions");
    assert_eq!(actions.len(), 1, "{answer}");
    assert_eq!(actions[0]["kind"], "quickfix");
    assert_eq!(actions[0]["isPreferred"], true);
    let edit = &actions[0]["edit"]["changes"][&desk.uri][0];
    assert_eq!(edit["newText"], FACTS_TITLE);

    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": desk.uri, "version": 2}, "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    let after = client.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 2);
    assert_eq!(after["params"]["diagnostics"], json!([]), "{after}");
    assert!(client.shutdown().success());
}

#[test]
fn positions_count_utf16_units_after_accents_and_emoji() {
    let text = "Café talks 😀 go on, said Israeli of Strategic Affairs Ron Dermer.\n";
    let desk = desk(text);
    let mut client = start(&desk);
    open(&mut client, &desk);
    let diagnostics = client.diagnostics(&desk.uri);
    assert_eq!(codes(&diagnostics), ["title-mismatch"]);
    // é is one UTF-16 unit and 😀 two: 26 units before the title, against 29 bytes
    assert_eq!(diagnostics[0]["range"]["start"], json!({"line": 0, "character": 26}));
    assert_eq!(diagnostics[0]["range"], range_of(text, WRONG_TITLE));

    // an incremental edit in UTF-16 units after the emoji lands where it should
    let of = text.find("of Strategic").unwrap();
    let at = utf16_position(text, of);
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": desk.uri, "version": 2}, "contentChanges": [{"range": {"start": at, "end": at}, "text": "Minister "}]}),
    );
    let after = client.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 2);
    assert_eq!(
        after["params"]["diagnostics"],
        json!([]),
        "the edit missed its place: {after}"
    );
    assert!(client.shutdown().success());
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let text = "Café talks 😀 go on, said Israeli of Strategic Affairs Ron Dermer.\n";
    let desk = desk(text);
    let mut client = start_with(
        &desk,
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
        json!({}),
    );
    assert_eq!(client.initialized["capabilities"]["positionEncoding"], "utf-8");
    open(&mut client, &desk);
    let diagnostics = client.diagnostics(&desk.uri);
    let start = text.find(WRONG_TITLE).unwrap();
    assert_eq!(diagnostics[0]["range"]["start"], json!({"line": 0, "character": start}));
    assert!(client.shutdown().success());
}

#[test]
fn closing_a_story_clears_its_diagnostics() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    open(&mut client, &desk);
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);
    client.notify("textDocument/didClose", json!({"textDocument": {"uri": desk.uri}}));
    assert_eq!(client.diagnostics(&desk.uri), Vec::<Value>::new());
    assert!(client.shutdown().success());
}

#[test]
fn invalid_facts_are_a_diagnostic_and_the_server_keeps_serving() {
    let desk = desk(&seed_story());
    let facts = desk.dir.path().join("facts.yaml");
    let good = fs::read_to_string(&facts).unwrap();
    fs::write(&facts, good.replace("  - name: Ron Dermer", "  - nmae: Ron Dermer")).unwrap();
    let mut client = start(&desk);
    open(&mut client, &desk);
    let diagnostics = client.diagnostics(&desk.uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["range"]["start"], json!({"line": 0, "character": 0}));
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(message.contains("facts.yaml:9"), "{message}");
    let at = &diagnostics[0]["relatedInformation"][0]["location"];
    assert_eq!(at["uri"], uri_of(&facts));

    // the facts mended on disk: the watched-files notice re-checks the story
    fs::write(&facts, good).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri_of(&facts), "type": 2}]}),
    );
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);
    assert!(client.shutdown().success());
}

#[test]
fn bad_requests_get_errors_not_a_crash() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    let answer = client.request("textDocument/hover", json!({"textDocument": 7}));
    assert_eq!(answer["error"]["code"], -32602, "{answer}");
    let answer = client.request("textDocument/definition", json!({}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    // a notification with nonsense parameters is dropped; a change to a story never opened too
    client.notify("textDocument/didOpen", json!({"textDocument": "x"}));
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": desk.uri, "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    // a hover past the end of the text and on a story never opened
    open(&mut client, &desk);
    let far = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": desk.uri}, "position": {"line": 999, "character": 999}}),
    );
    assert_eq!(far["result"], Value::Null, "{far}");
    let unknown = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": "file:///nowhere/x.txt"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
    );
    assert_eq!(unknown["result"], json!([]), "{unknown}");
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);
    assert!(client.shutdown().success());
}

/// Rewrites the desk's facts so they give the story's wrong title as the right one; returns
/// the facts file and its original text.
fn accept_the_written_title(desk: &Desk) -> (PathBuf, String) {
    let facts = desk.dir.path().join("facts.yaml");
    let original = fs::read_to_string(&facts).unwrap();
    fs::write(&facts, original.replace(FACTS_TITLE, WRONG_TITLE)).unwrap();
    (facts, original)
}

#[test]
fn changed_facts_on_disk_recheck_open_stories() {
    let desk = desk(&seed_story());
    // the server's own look at the disk is off: only the client's notices can re-check
    let mut client = start_with(
        &desk,
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
        json!({"lookAtDiskMs": 0}),
    );
    let registration = client.wait_for(|m| m["method"] == "client/registerCapability");
    let registered = &registration["params"]["registrations"][0];
    assert_eq!(registered["method"], "workspace/didChangeWatchedFiles");
    open(&mut client, &desk);
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);

    // the facts now give the story's title: a watched-files notice clears the finding
    let (facts, original) = accept_the_written_title(&desk);
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri_of(&facts), "type": 2}]}),
    );
    assert_eq!(client.diagnostics(&desk.uri), Vec::<Value>::new());

    // and back, saved in the editor: didSave of the YAML file brings it back
    fs::write(&facts, &original).unwrap();
    client.notify("textDocument/didSave", json!({"textDocument": {"uri": uri_of(&facts)}}));
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);
    assert!(client.shutdown().success());
}

#[test]
fn facts_changed_by_another_program_are_noticed_without_a_notice_from_the_client() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    open(&mut client, &desk);
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);
    // e.g. a `git pull` brings facts that give the story's title; the client says nothing
    accept_the_written_title(&desk);
    assert_eq!(client.diagnostics(&desk.uri), Vec::<Value>::new());
    assert!(client.shutdown().success());
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

#[test]
fn malformed_messages_get_parse_errors_and_the_server_keeps_serving() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    client.send_raw(&framed(b"{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": "));
    client.send_raw(&framed(b"\xff\xfe not UTF-8"));
    client.send_raw(&framed(
        br#"{"jsonrpc": "2.0", "id": 41, "method": ["not", "a", "name"]}"#,
    ));
    for expected in [json!([-32700, null]), json!([-32700, null]), json!([-32600, 41])] {
        let reply = client.wait_for(|m| m.get("error").is_some());
        assert_eq!(json!([reply["error"]["code"], reply["id"]]), expected, "{reply}");
    }
    open(&mut client, &desk);
    assert_eq!(codes(&client.diagnostics(&desk.uri)), ["title-mismatch"]);
    assert!(client.shutdown().success());
}

#[test]
fn a_terabyte_content_length_is_refused_not_allocated() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    client.send_raw(b"Content-Length: 1099511627776\r\n\r\n{}");
    assert_eq!(client.exit_status().code(), Some(1));
    let stderr = client.stderr();
    assert!(
        stderr.contains("a message of 1099511627776 bytes, more than the 67108864 the server accepts"),
        "{stderr}"
    );
    assert!(!stderr.contains("closed the connection"), "{stderr}");
}

#[test]
fn a_request_after_shutdown_is_invalid_and_exit_still_exits_0() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    assert_eq!(client.request("shutdown", Value::Null)["result"], Value::Null);
    let late = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": desk.uri}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(late["error"]["code"], -32600, "{late}");
    client.notify("exit", Value::Null);
    assert_eq!(client.exit_status().code(), Some(0));
}

#[test]
fn the_shutdown_answer_is_written_before_the_server_exits() {
    let desk = desk(&seed_story());
    let mut client = start(&desk);
    let mut burst = framed(br#"{"jsonrpc": "2.0", "id": 99, "method": "shutdown"}"#);
    burst.extend(framed(br#"{"jsonrpc": "2.0", "method": "exit"}"#));
    client.send_raw(&burst);
    assert_eq!(client.exit_status().code(), Some(0));
    let answer = client.wait_for(|m| m["id"] == 99);
    assert_eq!(answer["result"], Value::Null, "{answer}");
}

#[test]
fn lone_cr_and_crlf_line_ends_count_as_lines_in_positions() {
    for (intro, line) in [("Intro.\rMore.\r", 2), ("Intro.\r\nMore.\r\n", 2), ("Intro.\n", 1)] {
        let text = format!("{intro}{}", seed_story());
        let desk = desk(&text);
        let mut client = start(&desk);
        open(&mut client, &desk);
        let diagnostics = client.diagnostics(&desk.uri);
        let start = &diagnostics[0]["range"]["start"];
        let seed = seed_story();
        let column = seed[..seed.find(WRONG_TITLE).unwrap()].encode_utf16().count();
        assert_eq!(*start, json!({"line": line, "character": column}), "{intro:?}");
        assert!(client.shutdown().success());
    }
}
