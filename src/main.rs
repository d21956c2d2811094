//! The `factlint` command line.

use clap::{Parser, Subcommand, ValueEnum};
use factlint::check::{CheckOptions, Checker};
use factlint::error::InputError;
use factlint::facts::{load_facts, Facts};
use factlint::finding::Severity;
use factlint::render::{render, render_error, Format, Report};
use factlint::story::{load_story, Story};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "factlint", version, about = "Checks news copy against a desk's reference facts: titles, names, figures and dates.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check stories against facts files.
    Check(CheckArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Story files or folders (folders are walked for .txt and .md files, honouring .gitignore).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// A facts file (YAML); repeat to merge several.
    #[arg(long = "facts", value_name = "FILE")]
    facts: Vec<PathBuf>,
    /// The story's publication date, YYYY-MM-DD; wins over front matter, facts and dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Also report numbers tied to no figure (unsourced-figure notes).
    #[arg(long)]
    unsourced: bool,
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date: expected YYYY-MM-DD, e.g. 2024-11-14"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => run_check(args),
    }
}

/// Colour only on a terminal, and never with NO_COLOR set.
fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && !no_color,
    }
}

fn run_check(args: CheckArgs) -> ExitCode {
    let err_color = use_color(args.color, std::io::stderr().is_terminal());
    let report_error = |e: &InputError| {
        let _ = render_error(e, err_color, &mut std::io::stderr().lock());
    };
    let base = match load_facts(&args.facts) {
        Ok(f) => f,
        Err(e) => {
            report_error(&e);
            return ExitCode::from(2);
        }
    };
    let (paths, walk_errors) = story_paths(&args.paths);
    let mut failed = !walk_errors.is_empty();
    walk_errors.iter().for_each(|e| report_error(e));
    let options = CheckOptions { published: args.published, unsourced: args.unsourced };
    let base_checker = Checker::new(&base);
    let mut stories: Vec<(Story, Option<Facts>)> = Vec::new();
    for path in paths {
        match load_story(&path).and_then(|s| with_own_facts(s, &args.facts)) {
            Ok(loaded) => stories.push(loaded),
            Err(e) => {
                report_error(&e);
                failed = true;
            }
        }
    }
    let reports: Vec<Report> = stories
        .iter()
        .map(|(story, own)| match own {
            Some(facts) => Report { story, facts, findings: Checker::new(facts).check(story, &options) },
            None => Report { story, facts: &base, findings: base_checker.check(story, &options) },
        })
        .collect();
    let color = use_color(args.color, std::io::stdout().is_terminal());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if render(&reports, args.format, color, &mut out).and_then(|_| out.flush()).is_err() {
        return ExitCode::from(2);
    }
    let has_error = reports.iter().flat_map(|r| &r.findings).any(|f| f.severity == Severity::Error);
    if failed {
        ExitCode::from(2)
    } else if has_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A story whose front matter names facts files is checked against those as well.
fn with_own_facts(story: Story, base: &[PathBuf]) -> Result<(Story, Option<Facts>), InputError> {
    if story.front_matter_facts.is_empty() {
        return Ok((story, None));
    }
    let all: Vec<PathBuf> = base.iter().chain(&story.front_matter_facts).cloned().collect();
    let facts = load_facts(&all)?;
    Ok((story, Some(facts)))
}

fn is_story_file(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md" | "markdown"))
}

/// Files as given; folders walked (honouring .gitignore) for story files, in path order.
fn story_paths(args: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let mut found: Vec<PathBuf> = Vec::new();
            for entry in ignore::WalkBuilder::new(arg).follow_links(false).build() {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && is_story_file(e.path()) => found.push(e.into_path()),
                    Ok(_) => {}
                    Err(e) => errors.push(InputError::file(arg, format!("cannot walk folder: {e}"))),
                }
            }
            found.sort();
            files.extend(found);
        } else if arg.exists() {
            files.push(arg.clone());
        } else {
            errors.push(InputError::file(arg, "no such file or folder").with_help("check the path; give a story file (.txt, .md) or a folder"));
        }
    }
    (files, errors)
}
