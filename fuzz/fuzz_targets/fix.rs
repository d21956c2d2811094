//! Any text as a story checked against the seed facts, then `--fix`ed: the fixes touch only
//! their findings' spans, and the fixed story re-checks to nothing left to fix.
#![no_main]
use factlint::check::{CheckOptions, Checker};
use factlint::facts::Facts;
use factlint::fix::{apply, fix_story};
use factlint::story::Story;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn checker() -> &'static Checker<'static> {
    static CHECKER: OnceLock<Checker<'static>> = OnceLock::new();
    CHECKER.get_or_init(|| {
        let mut f = Facts::default();
        let text = include_str!("../../fixtures/seed-blinken-gaza/facts.yaml");
        f.add_file(Path::new("facts.yaml"), text.to_string()).expect("seed facts load");
        Checker::shared(Arc::new(f))
    })
}

fuzz_target!(|text: String| {
    let options = CheckOptions::default();
    let Ok(story) = Story::from_text(Path::new("story.txt"), text) else { return };
    let findings = checker().check(&story, &options);
    let recheck = |s: &Story| checker().check(s, &options);
    let Some((fixed, left, _)) = fix_story(&story, &findings, recheck).expect("the fixed story loads") else {
        assert_eq!(apply(&story.text, &findings).1, 0);
        return;
    };
    let (refixed, reapplied) = apply(&fixed.text, &left);
    assert_eq!(reapplied, 0, "still to fix after --fix: {:?} -> {refixed:?}", fixed.text);
});
