//! Properties over arbitrary input: nothing panics, every span lies on character boundaries
//! inside its file, and every renderer accepts every finding.

use factlint::check::{CheckOptions, Checker};
use factlint::facts::Facts;
use factlint::fix::fix_story;
use factlint::render::{render, Format, LineIndex, Report, Unit};
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
    for format in &Format::ALL {
        let mut out = Vec::new();
        render(&reports, *format, false, &mut out).expect("renders");
    }
}

/// Text with every kind of line break (`\n`, `\r\n`, a lone `\r`), characters of one to four
/// UTF-8 bytes and one or two UTF-16 units, and sometimes a byte-order mark.
fn text_with_line_breaks() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop::sample::select(vec![
            "a", "Minister", " ", "é", "→", "😀", "\n", "\r\n", "\r", "\r\r", "\n\r",
        ]),
        0..60,
    );
    (any::<bool>(), pieces)
        .prop_map(|(bom, pieces)| format!("{}{}", if bom { "\u{feff}" } else { "" }, pieces.concat()))
}

/// Line and column of byte `k` counted the slow, obvious way: a line ends at `\r\n`, `\n` or a
/// lone `\r`; a byte-order mark is no column.
fn counted(text: &str, k: usize, unit: Unit) -> (usize, usize) {
    let first = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let (mut line, mut line_start) = (0, first);
    for (i, c) in text[first..k].char_indices() {
        let lone_cr = c == '\r' && !text[first + i + 1..].starts_with('\n');
        if c == '\n' || lone_cr {
            line += 1;
            line_start = first + i + 1;
        }
    }
    let column = &text[line_start..k];
    let units = match unit {
        Unit::Byte => column.len(),
        Unit::Char => column.chars().count(),
        Unit::Utf16 => column.encode_utf16().count(),
    };
    (line, units)
}

/// `text` as a story, `--fix`ed, and what `--fix` would do to the fixed text (`None`: nothing).
fn fixed_twice(text: String) -> Option<(String, Option<String>)> {
    let facts = seed_facts();
    let checker = Checker::new(&facts);
    let recheck = |s: &Story| checker.check(s, &CheckOptions::default());
    let story = Story::from_text(Path::new("story.txt"), text).ok()?;
    let findings = recheck(&story);
    let Some((once, left, _)) = fix_story(&story, &findings, recheck).ok()? else {
        return Some((story.text, None));
    };
    let twice = fix_story(&once, &left, recheck).ok()?.map(|(s, _, _)| s.text);
    Some((once.text, twice))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every place in the text goes to the line and column counted by hand and back, in bytes,
    /// characters and UTF-16 units, whatever its line breaks.
    #[test]
    fn positions_round_trip_for_every_line_break(text in text_with_line_breaks()) {
        let lines = LineIndex::new(&text);
        let first = if text.starts_with('\u{feff}') { 3 } else { 0 };
        for unit in [Unit::Byte, Unit::Char, Unit::Utf16] {
            for k in (first..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                if text[..k].ends_with('\r') && text[k..].starts_with('\n') {
                    continue;
                }
                let position = lines.position(k, unit);
                prop_assert_eq!(position, counted(&text, k, unit), "{:?} at {}", unit, k);
                prop_assert_eq!(lines.offset(position.0, position.1, unit), k);
            }
        }
    }

    /// `--fix` twice is `--fix` once.
    #[test]
    fn fix_is_idempotent(text in newsy_text()) {
        let Some((once, twice)) = fixed_twice(text) else { return Ok(()) };
        prop_assert_eq!(twice, None, "--fix again changed {:?}", once);
    }

    /// A round of fixes changes the story only inside the spans of the findings it fixes.
    /// (Later rounds fix what the re-check finds in the fixed copy: "Strategic former
    /// Minister" loses its "former", then "Strategic Minister" becomes "Prime Minister", so
    /// the whole run may reach past the first round's spans.)
    #[test]
    fn a_round_of_fixes_touches_only_finding_spans(text in newsy_text()) {
        let Ok(story) = Story::from_text(Path::new("story.txt"), text) else { return Ok(()) };
        let findings = Checker::new(&seed_facts()).check(&story, &CheckOptions::default());
        let one_round = fix_story(&story, &findings, |_| Vec::new()).ok().flatten();
        let once = one_round.map_or_else(|| story.text.clone(), |(fixed, _, _)| fixed.text);
        let mut spans: Vec<_> = findings
            .iter()
            .filter(|f| f.has_certain_fix())
            .map(|f| f.span.clone())
            .collect();
        spans.sort_by_key(|s| s.start);
        // overlapping spans are one stretch the fixes may rewrite
        let mut stretches: Vec<std::ops::Range<usize>> = Vec::new();
        for span in spans {
            match stretches.last_mut() {
                Some(last) if span.start < last.end => last.end = last.end.max(span.end),
                _ => stretches.push(span),
            }
        }
        let (Some(first), Some(last)) = (stretches.first(), stretches.last()) else {
            prop_assert_eq!(&once, &story.text);
            return Ok(());
        };
        prop_assert!(once.starts_with(&story.text[..first.start]));
        prop_assert!(once.ends_with(&story.text[last.end..]));
        // the copy between two stretches is there, in order
        let mut at = first.start;
        for pair in stretches.windows(2) {
            let between = &story.text[pair[0].end..pair[1].start];
            let found = once[at..].find(between);
            prop_assert!(found.is_some(), "{:?} lost from {:?}", between, once);
            at += found.unwrap_or(0) + between.len();
        }
    }

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

/// Each file in `fuzz/seeds/TARGET/`, the fuzzers' starting points and any input they found
/// failing, replayed on every test run.
fn fuzz_seeds(target: &str) -> Vec<Vec<u8>> {
    let folder = Path::new("fuzz/seeds").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

#[test]
fn fuzz_seeds_replay() {
    use factlint::lsp::transport::{read_frame, Frame};
    for seed in fuzz_seeds("lsp_transport") {
        let mut input = std::io::BufReader::new(seed.as_slice());
        while let Ok(Some(frame)) = read_frame(&mut input) {
            if let Frame::Malformed(reply) = frame {
                assert!([-32700, -32600].contains(&reply["error"]["code"].as_i64().unwrap()));
            }
        }
    }
    for seed in fuzz_seeds("fix") {
        let (once, twice) = fixed_twice(String::from_utf8(seed).unwrap()).unwrap();
        assert_eq!(twice, None, "--fix again changed {once:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("factlint.yaml");
    for seed in fuzz_seeds("config") {
        std::fs::write(&config, seed).unwrap();
        let _ = factlint::files::load_config(&config);
    }
}

/// The case the fix property once shrank to: a stale "former" inside a wrong title is fixed in
/// two rounds, the second reaching past the first round's span, and `--fix` again does nothing.
/// (It shrank to "Strategic former Minister", which is now another office than "Prime
/// Minister" written as a past post the facts do not know, so quiet: the office is kept here.)
#[test]
fn a_stale_word_inside_a_wrong_title_is_fixed_in_two_rounds() {
    let (once, twice) = fixed_twice("Strategic former Prime Minister Netanyahu said.\n".into()).unwrap();
    assert_eq!(once, "Israeli Prime Minister Netanyahu said.\n");
    assert_eq!(twice, None);
}
