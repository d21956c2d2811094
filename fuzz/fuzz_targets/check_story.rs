//! Any bytes as a Markdown story, checked against the seed facts and rendered in every format.
#![no_main]
use factlint::check::{CheckOptions, Checker};
use factlint::config::Config;
use factlint::facts::Facts;
use factlint::render::{render, Format, Report};
use factlint::story::Story;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn facts() -> Arc<Facts> {
    static FACTS: OnceLock<Arc<Facts>> = OnceLock::new();
    FACTS
        .get_or_init(|| {
            let mut f = Facts::default();
            let text = include_str!("../../fixtures/seed-blinken-gaza/facts.yaml");
            f.add_file(Path::new("facts.yaml"), text.to_string()).expect("seed facts load");
            Arc::new(f)
        })
        .clone()
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let Ok(story) = Story::from_text(Path::new("story.md"), text) else { return };
    let facts = facts();
    let findings = Checker::new(&facts).check(&story, &CheckOptions { unsourced: true, ..Default::default() });
    let reports = vec![Report { story, facts, findings, config: Arc::new(Config::default()) }];
    for format in &Format::ALL {
        render(&reports, *format, false, &mut std::io::sink()).expect("renders");
    }
});
