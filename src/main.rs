//! The `factlint` command line.

use clap::{Parser, Subcommand, ValueEnum};
use factlint::check::CheckOptions;
use factlint::error::InputError;
use factlint::finding::Severity;
use factlint::fix::fix_report;
use factlint::render::{render, render_error, Format};
use factlint::run::run;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "factlint",
    version,
    about = "Checks news copy against a desk's reference facts: titles, names, figures and dates."
)]
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
    /// Apply the certain fixes (titles, names, "former", weekdays) to the story files, then
    /// report what is left. Figures and dates are never changed.
    #[arg(long)]
    fix: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date: expected YYYY-MM-DD, e.g. 2024-11-14"))
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
    let options = CheckOptions {
        published: args.published,
        unsourced: args.unsourced,
    };
    let mut outcome = match run(&args.paths, &args.facts, &options) {
        Ok(outcome) => outcome,
        Err(e) => {
            report_error(&e);
            return ExitCode::from(2);
        }
    };
    if args.fix {
        for report in &mut outcome.reports {
            match fix_report(report, &options) {
                Ok(0) => {}
                Ok(n) => eprintln!(
                    "fixed {n} finding{} in {}",
                    if n == 1 { "" } else { "s" },
                    report.story.path.display()
                ),
                Err(e) => outcome.errors.push(e),
            }
        }
    }
    outcome.errors.iter().for_each(report_error);
    for path in &outcome.skipped {
        eprintln!("note: skipped {}: binary file, not a story", path.display());
    }
    let color = use_color(args.color, std::io::stdout().is_terminal());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if render(&outcome.reports, args.format, color, &mut out)
        .and_then(|_| out.flush())
        .is_err()
    {
        return ExitCode::from(2);
    }
    let has_error = outcome
        .reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.severity == Severity::Error);
    if !outcome.errors.is_empty() {
        ExitCode::from(2)
    } else if has_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
