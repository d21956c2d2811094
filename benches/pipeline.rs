//! Per-stage benchmarks on real copy: load facts, load story, extract, tie and compare, render.
//! Uses the bundled fixtures, and the bench who's-who and corpus when `../shared` is present.

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::check::{CheckOptions, Checker};
use factlint::facts::Facts;
use factlint::render::{render, Format, Report};
use factlint::story::Story;
use factlint_core::internals::{doc, extract_dates, extract_numbers, NameIndex};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

const SEED_STORY: &str = "fixtures/seed-blinken-gaza/story.txt";
const SEED_FACTS: &str = "fixtures/seed-blinken-gaza/facts.yaml";
const WHOSWHO: &str = "../shared/bench/whoswho-10k.yaml";
const LONG_STORY: &str = "../shared/corpus/bbc/politics/001.txt";

fn facts(path: &str) -> Facts {
    let mut f = Facts::default();
    f.add_file(Path::new(path), std::fs::read_to_string(path).expect("facts file"))
        .expect("facts load");
    f
}

fn story_text() -> String {
    std::fs::read_to_string(LONG_STORY)
        .or_else(|_| std::fs::read_to_string(SEED_STORY))
        .expect("a story")
}

fn stages(c: &mut Criterion) {
    let facts_text = std::fs::read_to_string(SEED_FACTS).unwrap();
    c.bench_function("load facts: seed", |b| {
        b.iter(|| Facts::default().add_file(Path::new(SEED_FACTS), black_box(facts_text.clone())))
    });
    if let Ok(big) = std::fs::read_to_string(WHOSWHO) {
        c.bench_function("load facts: 10k who's-who", |b| {
            b.iter(|| Facts::default().add_file(Path::new(WHOSWHO), black_box(big.clone())))
        });
        let f = facts(WHOSWHO);
        c.bench_function("index names: 10k who's-who", |b| {
            b.iter(|| NameIndex::new(black_box(&f.people)))
        });
    }
    let text = story_text();
    c.bench_function("load story", |b| {
        b.iter(|| Story::from_text(Path::new("s.txt"), black_box(text.clone())))
    });
    let story = Story::from_text(Path::new("s.txt"), text.clone()).unwrap();
    c.bench_function("tokenize", |b| b.iter(|| doc(black_box(&story))));
    let doc = doc(&story);
    c.bench_function("extract numbers", |b| b.iter(|| extract_numbers(black_box(&doc))));
    c.bench_function("extract dates", |b| b.iter(|| extract_dates(black_box(&doc))));
    let seed = Arc::new(facts(SEED_FACTS));
    let names = NameIndex::new(&seed.people);
    c.bench_function("extract people", |b| b.iter(|| names.extract(black_box(&doc))));
    let checker = Checker::new(&seed);
    let options = CheckOptions::default();
    c.bench_function("check (extract, tie, compare)", |b| {
        b.iter(|| checker.check(black_box(&story), &options))
    });
    let seed_story = Story::from_text(Path::new(SEED_STORY), std::fs::read_to_string(SEED_STORY).unwrap()).unwrap();
    let findings = checker.check(&seed_story, &options);
    let reports = vec![Report {
        story: seed_story,
        facts: seed.clone(),
        findings,
        config: Default::default(),
    }];
    for (name, format) in [("render human", Format::Human), ("render json", Format::Json)] {
        c.bench_function(name, |b| {
            b.iter(|| render(black_box(&reports), format, false, &mut std::io::sink()))
        });
    }
}

/// Figures at scale: a live blog restating one figure 20,000 times, and 20,000 figures against
/// 40,000 numbers written as one long sentence. Both must stay linear.
fn figures_at_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("figures at scale");
    group.sample_size(10);
    let blog: String = (0..20_000)
        .map(|k| format!("Update {k}: the death toll rose to {}.\n\n", 1_000 + 3 * k))
        .collect();
    let toll = "figures:\n  - id: toll\n    value: 61,000\n    about: [death toll]\n";
    let many_figures: String = std::iter::once("figures:\n".to_string())
        .chain((0..20_000).map(|k| format!("  - id: f{k}\n    value: {},000\n    about: [widget{k}]\n", k + 1)))
        .collect();
    let one_sentence: String = (0..40_000)
        .map(|k| format!("sales of widget{} reached {},000 units, ", k % 20_000, k + 7))
        .collect();
    for (name, facts_text, story_text) in [
        ("20,000 toll updates", toll.to_string(), blog),
        (
            "20,000 figures, 40,000 numbers in one sentence",
            many_figures,
            one_sentence,
        ),
    ] {
        let mut facts = Facts::default();
        facts.add_file(Path::new("facts.yaml"), facts_text).expect("facts load");
        let checker = Checker::new(&facts);
        let story = Story::from_text(Path::new("s.txt"), story_text).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| checker.check(black_box(&story), &CheckOptions::default()))
        });
    }
    group.finish();
}

/// Quotes at scale: a story of 400 quotes (each a known quote's words, half of them with a word
/// changed) against 1,000 and 10,000 known quotes that all open with the same common words. The
/// two must cost about the same: a story quote is aligned only with the few known quotes that
/// share its rarer word pairs.
fn quotes_at_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("quotes at scale");
    group.sample_size(10);
    // words of a quote: common ones first, then six that few quotes share
    let words = |k: usize| {
        let rare: Vec<String> = (0..6)
            .map(|w| format!("w{}x{}", (k * 7 + w * 13) % 997, k % 89 + w))
            .collect();
        format!("I think that we will {}", rare.join(" "))
    };
    let story: String = (0..400)
        .map(|k| {
            let said = words(k * 2);
            let said = if k % 2 == 0 {
                said
            } else {
                said.replacen("will", "shall", 1)
            };
            format!("\"{said},\" Jane Doe said.\n\n")
        })
        .collect();
    let story = Story::from_text(Path::new("s.txt"), story).unwrap();
    for known in [1_000, 10_000] {
        let quotes: String = (0..known)
            .map(|k| format!("  - speaker: Jane Doe\n    text: \"{}.\"\n", words(k)))
            .collect();
        let mut facts = Facts::default();
        facts
            .add_file(
                Path::new("facts.yaml"),
                format!("people:\n  - name: Jane Doe\nquotes:\n{quotes}"),
            )
            .expect("facts load");
        let checker = Checker::new(&facts);
        group.bench_function(format!("400 story quotes, {known} known"), |b| {
            b.iter(|| checker.check(black_box(&story), &CheckOptions::default()))
        });
    }
    group.finish();
}

criterion_group!(benches, stages, figures_at_scale, quotes_at_scale);
criterion_main!(benches);
