//! Properties over arbitrary input: nothing panics, every span lies on character boundaries
//! inside its file, and every renderer accepts every finding.

use clap::ValueEnum;
use factlint::check::{CheckOptions, Checker};
use factlint::facts::Facts;
use factlint::render::{render, Format, Report};
use factlint::story::Story;
use proptest::prelude::*;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// The seed facts: real people, figures and events, so arbitrary text has things to match.
fn seed_facts() -> Arc<Facts> {
    static FACTS: OnceLock<Arc<Facts>> = OnceLock::new();
    FACTS
        .get_or_init(|| {
            let mut f = Facts::default();
            let text = std::fs::read_to_string("fixtures/seed-blinken-gaza/facts.yaml").unwrap();
            f.add_file(Path::new("fixtures/seed-blinken-gaza/facts.yaml"), text)
                .unwrap();
            Arc::new(f)
        })
        .clone()
}

/// Text built from the words the checker reacts to, so cases reach deep into the pipeline.
fn newsy_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Ron",
        "Dermer",
        "Israeli",
        "Minister",
        "of",
        "Strategic",
        "Affairs",
        "former",
        "Deputy",
        "Blinken",
        "Antony",
        "Netanyahu",
        "killed",
        "hostages",
        "dead",
        "Gaza",
        "death",
        "toll",
        "Lebanon",
        "at",
        "least",
        "over",
        "about",
        "1,200",
        "251",
        "43,000",
        "$2.5bn",
        "3,200",
        "to",
        "pct",
        "on",
        "Wednesday",
        "Oct.",
        "7",
        "October",
        "2023",
        "last",
        "week",
        "next",
        "Brussels",
        "attack",
        "said",
        "will",
        ",",
        ".",
        "\n",
        "\n\n",
        "é",
        "’s",
        "(",
        ")",
        "-",
        "—",
        "“",
        "Monday,",
        "Nov.",
        "14,",
        "2024",
        "between",
        "and",
        "forty-three",
        "thousand",
        "a",
        "dozen",
        "#",
        "`code`",
        "<!--",
        "-->",
        "http://x.y/z",
        "---\n",
        "date: 2024-11-14\n",
    ]);
    prop::collection::vec(words, 0..80).prop_map(|w| w.join(" "))
}

fn check_all_formats(text: String) {
    let facts = seed_facts();
    let Ok(story) = Story::from_text(Path::new("story.md"), text) else {
        return;
    };
    let findings = Checker::new(&facts).check(
        &story,
        &CheckOptions {
            unsourced: true,
            ..Default::default()
        },
    );
    for f in &findings {
        for span in std::iter::once(&f.span).chain(f.related.as_ref().map(|r| &r.0)) {
            assert!(
                span.start <= span.end && span.end <= story.text.len(),
                "{span:?} outside the story"
            );
            assert!(story.text.is_char_boundary(span.start) && story.text.is_char_boundary(span.end));
        }
        if let Some(fact) = &f.fact {
            let file = &facts.files[fact.loc.file].text;
            assert!(fact.loc.span.end <= file.len() && file.is_char_boundary(fact.loc.span.start));
        }
    }
    let reports = vec![Report {
        story,
        facts,
        findings,
        config: Default::default(),
    }];
    for format in Format::value_variants() {
        let mut out = Vec::new();
        render(&reports, *format, false, &mut out).expect("renders");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check_all_formats(text);
    }

    #[test]
    fn arbitrary_bytes_as_a_story_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_all_formats(String::from_utf8_lossy(&bytes).into_owned());
    }

    #[test]
    fn newsy_text_never_panics_and_spans_are_sound(text in newsy_text()) {
        check_all_formats(text);
    }

    #[test]
    fn arbitrary_facts_never_panic(text in "\\PC{0,300}") {
        let _ = Facts::default().add_file(Path::new("f.yaml"), text);
    }

    #[test]
    fn facts_shaped_yaml_never_panics(
        keys in prop::collection::vec(prop::sample::select(vec![
            "published: ", "people:\n  - name: ", "    title: ", "    until: ", "figures:\n  - id: ", "    value: ",
            "    about: [", "events:\n  - id: ", "    date: ", "    also: [", "    near: [",
        ]), 0..12),
        values in prop::collection::vec("[a-z0-9 ,.$%:-]{0,12}", 12),
    ) {
        let yaml: String = keys.iter().zip(&values).map(|(k, v)| format!("{k}{v}\n")).collect();
        let _ = Facts::default().add_file(Path::new("f.yaml"), yaml);
    }
}
