//! The `factlint` command line.

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use factlint::check::CheckOptions;
use factlint::codes::{code_list, explain};
use factlint::discover::ConfigSource;
use factlint::error::InputError;
use factlint::files::{fix_report, load_baseline, write_baseline};
use factlint::finding::{Code, Severity};
use factlint::fix::fixed_report;
use factlint::init::init;
use factlint::render::{plural, render_error, render_outcome, slash_path, Format, Outcome, Report};
use factlint::run::{parse_size, run_with_changed_yaml, source_root, Inputs, Run};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod cli_facts;

// the system's allocator, with an arena for a cached who's-who's decoding (src/arena.rs)
#[global_allocator]
static ALLOCATOR: factlint::arena::CliAllocator = factlint::arena::CliAllocator;

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
    /// Write a commented factlint.yaml and a starter facts file in a folder.
    Init {
        /// The folder to set up (the current one by default; created if missing).
        #[arg(default_value = ".")]
        folder: PathBuf,
    },
    /// Explain a finding code: what it means, an example, and how to fix it (with no code,
    /// list the codes).
    Explain {
        /// A code, e.g. title-mismatch.
        code: Option<Code>,
    },
    /// Work on facts files: import them from real sources, check them.
    Facts {
        #[command(subcommand)]
        command: cli_facts::FactsCommand,
    },
    /// Run the language server on stdin and stdout: diagnostics, quick fixes and hovers for
    /// editors (see the README for VS Code, Neovim and Helix).
    Lsp,
    /// Print a completion script for a shell, e.g. `factlint completions bash > /etc/bash_completion.d/factlint`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Story files or folders (folders are walked for .txt and .md files, honouring
    /// .gitignore); `-` reads a story from stdin.
    #[arg(required_unless_present = "files_from")]
    paths: Vec<PathBuf>,
    /// A facts file (YAML), on top of the config's; repeat to merge several.
    #[arg(long = "facts", value_name = "FILE")]
    facts: Vec<PathBuf>,
    /// The story's publication date, YYYY-MM-DD; wins over front matter, config, facts and dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// How to print findings.
    #[arg(long, visible_alias = "output-format", value_parser = format_parser(), default_value = "human")]
    format: Format,
    /// Also report numbers tied to no figure (unsourced-figure notes).
    #[arg(long)]
    unsourced: bool,
    /// Colour in `human` output: only on a terminal without NO_COLOR, by default.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
    /// Apply the certain fixes (titles, names, "former", weekdays) to the story files, then
    /// report what is left. Figures and dates are never changed.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Show the certain fixes as a unified diff instead of writing them; exit 1 if there are any.
    #[arg(long)]
    diff: bool,
    /// The name of the story read from stdin (`-`): where its config is looked for, whether it
    /// is Markdown, and the path in the output.
    #[arg(long, value_name = "PATH")]
    stdin_filename: Option<PathBuf>,
    /// Check the files listed in FILE, one per line (e.g. a CI's changed files); they are
    /// filtered like files met in a folder.
    #[arg(long, value_name = "FILE")]
    files_from: Vec<PathBuf>,
    /// Use this config for every story instead of the closest factlint.yaml.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Ignore every factlint.yaml.
    #[arg(long)]
    isolated: bool,
    /// Apply the config's `exclude` to files named on the command line too (for pre-commit).
    #[arg(long)]
    force_exclude: bool,
    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Report only findings not accepted in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write this run's findings to the --baseline file as accepted, instead of reporting them.
    #[arg(long, requires = "baseline")]
    update_baseline: bool,
    /// Refuse stories bigger than SIZE (bytes, or a number with K, M or G); 16M by default.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_story_size: Option<u64>,
    /// Parse big facts files afresh instead of reading their cached copy (kept in
    /// FACTLINT_CACHE_DIR, else $XDG_CACHE_HOME/factlint, else ~/.cache/factlint).
    #[arg(long)]
    no_cache: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// `--format`: the core's formats by name, offered and checked as clap offers an enum's values.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(Format::ALL.map(Format::name)).try_map(|name| name.parse::<Format>())
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date: expected YYYY-MM-DD, e.g. 2024-11-14"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Init { folder } => report_outcome(
            init(&folder),
            use_color(ColorChoice::Auto, std::io::stderr().is_terminal()),
        ),
        Command::Explain { code } => {
            let _ = write!(std::io::stdout(), "{}", code.map_or_else(code_list, explain));
            ExitCode::SUCCESS
        }
        Command::Facts { command } => cli_facts::run(command),
        Command::Lsp => match factlint::lsp::serve(&mut factlint::workspace::Workspace::default()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                note(format_args!("factlint lsp: {e}"));
                ExitCode::FAILURE
            }
        },
        Command::Completions { shell } => {
            // generated whole first: the generator panics on a write error such as a closed pipe
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "factlint", &mut script);
            let _ = std::io::stdout().write_all(&script);
            ExitCode::SUCCESS
        }
    }
}

/// A line on stderr. A closed stderr (`2>&1 | head -1`) is no reason to stop, let alone panic
/// as `eprintln!` does: the fixes are still written and the status still tells.
fn note(line: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr(), "{line}");
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
    // an error in the arguments is an input error like any other: every format shows it
    let (inputs, mut outcome) = match inputs_of(&args) {
        Ok(inputs) => {
            let outcome = run_with_changed_yaml(&inputs);
            (inputs, outcome)
        }
        Err(e) => (Inputs::default(), Run::failed(e)),
    };
    let status = report_run(&args, &inputs, &mut outcome);
    // the process ends here: freeing a big who's-who's facts and indexes would only cost time
    std::mem::forget(outcome);
    status
}

/// Shows a run's input errors, notes and findings (after the baseline, fixes or diffs asked
/// for), and gives the exit status.
fn report_run(args: &CheckArgs, inputs: &Inputs, outcome: &mut Run) -> ExitCode {
    let err_color = use_color(args.color, std::io::stderr().is_terminal());
    let report_error = |e: &InputError| {
        let _ = render_error(e, err_color, &mut std::io::stderr().lock());
    };
    outcome.errors.iter().for_each(report_error);
    for path in &outcome.skipped {
        note(format_args!(
            "note: skipped {}: binary file, not a story",
            path.display()
        ));
    }
    for line in &outcome.overrides {
        note(format_args!("note: {line}"));
    }
    if let Some(baseline) = &args.baseline {
        if let Err(e) = apply_baseline(baseline, args.update_baseline, &mut outcome.reports) {
            report_error(&e);
            outcome.errors.push(e);
        }
    }
    if args.diff {
        let reported = outcome.errors.len();
        let changed = print_diffs(&outcome.reports, &inputs.options, &mut outcome.errors);
        outcome.errors[reported..].iter().for_each(report_error);
        return if !outcome.errors.is_empty() {
            ExitCode::from(2)
        } else if changed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    if args.fix {
        for report in &mut outcome.reports {
            match fix_report(report, &inputs.options) {
                Ok(0) => {}
                Ok(n) => note(format_args!(
                    "fixed {} in {}",
                    plural(n, "finding"),
                    report.story.path.display()
                )),
                Err(e) => {
                    report_error(&e);
                    outcome.errors.push(e);
                }
            }
        }
    }
    let color = use_color(args.color, std::io::stdout().is_terminal());
    let root = (args.format == Format::Sarif).then(|| source_root(inputs)).flatten();
    let rendered = Outcome {
        reports: &outcome.reports,
        errors: &outcome.errors,
        root: root.as_ref(),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Err(e) = render_outcome(&rendered, args.format, color, &mut out).and_then(|_| out.flush()) {
        // a reader that stopped early (`| head`) is no failure: the status still says what
        // was found
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            note(format_args!("error: cannot write the report: {e}"));
            return ExitCode::from(2);
        }
    }
    if !outcome.errors.is_empty() {
        return ExitCode::from(2);
    }
    let worst = outcome
        .reports
        .iter()
        .flat_map(|r| &r.findings)
        .map(|f| f.severity)
        .min();
    let fails = match (args.fail_on, worst) {
        (FailOn::Never, _) | (_, None) => false,
        (FailOn::Error, Some(worst)) => worst == Severity::Error,
        (FailOn::Warning, Some(worst)) => worst <= Severity::Warning,
    };
    if fails {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `--baseline`: records the findings as accepted (`--update-baseline`), or hides those
/// already accepted; says on stderr how many either way, so a quiet run is never a mystery.
fn apply_baseline(path: &Path, update: bool, reports: &mut [Report]) -> Result<(), InputError> {
    if update {
        let n = write_baseline(path, reports)?;
        note(format_args!(
            "wrote {} to {}",
            plural(n, "accepted finding"),
            path.display()
        ));
        reports.iter_mut().for_each(|r| r.findings.clear());
    } else {
        let hidden = load_baseline(path)?.filter(reports);
        note(format_args!(
            "note: {} accepted in {} not shown",
            plural(hidden, "finding"),
            path.display()
        ));
    }
    Ok(())
}

/// The run's inputs from the arguments; reads the stdin story when `-` is given.
fn inputs_of(args: &CheckArgs) -> Result<Inputs, InputError> {
    let reads_stdin = args.paths.iter().any(|p| p == Path::new("-"));
    let stdin_name = args.stdin_filename.clone().unwrap_or_else(|| PathBuf::from("<stdin>"));
    if reads_stdin && args.fix {
        return Err(
            InputError::file(&stdin_name, "--fix cannot write a story read from stdin")
                .with_help("use --diff to see the fixes, or pass the file's path"),
        );
    }
    let stdin = if reads_stdin {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| InputError::file(&stdin_name, format!("cannot read stdin: {e}")))?;
        // PowerShell 5 pipes UTF-16: the stdin story is decoded as a story file is
        let (text, _) = factlint::story::decode(&stdin_name, bytes)?;
        Some((stdin_name, text))
    } else {
        None
    };
    let config = match (&args.config, args.isolated) {
        (Some(file), _) => ConfigSource::File(file.clone()),
        (None, true) => ConfigSource::Isolated,
        (None, false) => ConfigSource::Discover,
    };
    Ok(Inputs {
        paths: args.paths.clone(),
        stdin,
        files_from: args.files_from.clone(),
        facts: args.facts.clone(),
        config,
        force_exclude: args.force_exclude,
        max_story_bytes: args.max_story_size,
        cache: if args.no_cache {
            None
        } else {
            factlint::cache::default_dir()
        },
        options: CheckOptions {
            published: args.published,
            config_published: None,
            unsourced: args.unsourced,
        },
    })
}

/// Prints the certain fixes of each story as a unified diff; true if there was any.
fn print_diffs(reports: &[Report], options: &CheckOptions, errors: &mut Vec<InputError>) -> bool {
    let mut out = std::io::stdout().lock();
    let mut changed = false;
    for report in reports {
        let fixed = match fixed_report(report, options) {
            Ok(Some((story, _, _))) => story.text,
            Ok(None) => continue,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        changed = true;
        let path = slash_path(&report.story.path);
        let diff = similar::TextDiff::from_lines(report.story.text.as_str(), fixed.as_str());
        let _ = write!(
            out,
            "{}",
            diff.unified_diff()
                .context_radius(1)
                .header(&format!("a/{path}"), &format!("b/{path}"))
        );
    }
    changed
}

fn report_outcome(result: Result<Vec<PathBuf>, InputError>, color: bool) -> ExitCode {
    match result {
        Ok(written) => {
            for path in written {
                note(format_args!("wrote {}", path.display()));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = render_error(&e, color, &mut std::io::stderr().lock());
            ExitCode::from(2)
        }
    }
}
