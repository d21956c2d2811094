//! `factlint facts ...`: commands that work on facts files rather than stories. Reading the
//! files and writing the output live here; what they compute is pure, in the library.

use factlint::config::Config;
use factlint::error::InputError;
use factlint::facts::Facts;
use factlint::facts_check::check_facts;
use factlint::finding::Severity;
use factlint::import::Document;
use factlint::render::{render_error, render_outcome, Format, Outcome, Report};
use factlint::story::Story;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(clap::Subcommand)]
pub enum FactsCommand {
    /// Turn real reference data into a facts file for review (sorted, commented, the same bytes
    /// for the same data).
    Import {
        #[command(subcommand)]
        source: ImportSource,
        /// Write the facts file here (atomically) instead of to stdout.
        #[arg(long, short, value_name = "FILE", global = true)]
        output: Option<PathBuf>,
    },
    /// Find what is wrong in facts files before any story: impossible or overlapping posts,
    /// near-duplicate names, one title held by two people, odd entries, future dates, entries
    /// not reviewed for a year, and the facts' own `tests:`.
    Check(CheckArgs),
    /// Propose a who's-who from a desk's own published copy: every person named with a title,
    /// each title form with its count and dates, for review.
    Learn(LearnArgs),
}

/// `factlint facts learn`'s arguments.
#[derive(clap::Args)]
pub struct LearnArgs {
    /// Published stories: files or folders (walked for .txt and .md files, honouring .gitignore).
    #[arg(required = true)]
    archive: Vec<PathBuf>,
    /// Leave out a person the copy names with a title fewer times than this.
    #[arg(long, value_name = "N", default_value_t = 2)]
    min_count: usize,
    /// Leave out a title form the copy gives a person fewer times than this.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_form_count: usize,
    /// Write the facts file here (atomically) instead of to stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(clap::Subcommand)]
pub enum ImportSource {
    /// The unitedstates/congress-legislators YAML: executive.yaml, legislators-*.yaml.
    CongressLegislators {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// A Popolo JSON file (persons, organizations, posts, memberships).
    Popolo { file: PathBuf },
    /// The JSON results of the Wikidata query in the README (positions held with dates).
    Wikidata { file: PathBuf },
}

/// Runs a `facts` command and says how it went.
pub fn run(command: FactsCommand) -> ExitCode {
    match command {
        FactsCommand::Import { source, output } => crate::report_outcome(
            import(source).and_then(|doc| emit(&doc.render(), output.as_deref())),
            crate::use_color(crate::ColorChoice::Auto, std::io::stderr().is_terminal()),
        ),
        FactsCommand::Check(args) => check(args),
        FactsCommand::Learn(args) => crate::report_outcome(
            learn(&args).and_then(|doc| emit(&doc.render(), args.output.as_deref())),
            crate::use_color(crate::ColorChoice::Auto, std::io::stderr().is_terminal()),
        ),
    }
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Facts files to check, together as `check` would merge them.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, visible_alias = "output-format", value_parser = crate::format_parser(), default_value = "human")]
    format: Format,
    /// Colour in `human` output: only on a terminal without NO_COLOR, by default.
    #[arg(long, value_enum, default_value = "auto")]
    color: crate::ColorChoice,
}

/// `factlint facts check`: the findings in each facts file, in `check`'s formats; exit 1 on an
/// error-level finding, 2 when the files cannot be read.
fn check(args: CheckArgs) -> ExitCode {
    let color = crate::use_color(args.color, std::io::stdout().is_terminal());
    let (reports, errors) = match factlint::files::load_facts(&args.files) {
        Ok(facts) => (facts_reports(facts), vec![]),
        Err(e) => (vec![], vec![e]),
    };
    let err_color = crate::use_color(args.color, std::io::stderr().is_terminal());
    for e in &errors {
        let _ = render_error(e, err_color, &mut std::io::stderr().lock());
    }
    let outcome = Outcome {
        reports: &reports,
        errors: &errors,
        root: None,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // a reader that stopped early (`| head`) is no failure: the status still says what was found
    match render_outcome(&outcome, args.format, color, &mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            crate::note(format_args!("error: cannot write the report: {e}"));
            return ExitCode::from(2);
        }
        _ => {}
    }
    let failed = reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.severity == Severity::Error);
    match (errors.is_empty(), failed) {
        (false, _) => ExitCode::from(2),
        (true, true) => ExitCode::from(1),
        (true, false) => ExitCode::SUCCESS,
    }
}

/// One report per facts file, the file shown as the "story" its findings point into.
fn facts_reports(facts: Facts) -> Vec<Report> {
    let today = today();
    let found = check_facts(&facts, today);
    let facts = Arc::new(facts);
    let config = Arc::new(Config::default());
    facts
        .files
        .iter()
        .enumerate()
        .map(|(k, file)| Report {
            story: Story::plain(&file.path, file.text.clone()),
            facts: facts.clone(),
            findings: found
                .iter()
                .filter(|f| f.file == k)
                .map(|f| f.finding.clone())
                .collect(),
            config: config.clone(),
        })
        .collect()
}

/// Today's date (UTC) from the system clock.
fn today() -> chrono::NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default() + chrono::Days::new(days)
}

/// Reads every story of the archive (an unreadable one stops the run: a who's-who from part of
/// the copy would look whole) and learns from their checked text and dates.
fn learn(args: &LearnArgs) -> Result<Document, InputError> {
    let (paths, mut errors) = factlint::run::story_paths(&args.archive);
    if !errors.is_empty() {
        return Err(errors.remove(0));
    }
    let stories = paths
        .iter()
        .map(|path| {
            let (text, _) = factlint::story::decode(path, factlint::files::read_bytes(path)?)?;
            factlint::story::Story::from_text(path, text)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let checkables: Vec<_> = stories.iter().map(|s| s.checkable()).collect();
    let copies: Vec<factlint::learn::Copy> = stories
        .iter()
        .zip(&checkables)
        .map(|(s, text)| factlint::learn::Copy {
            text,
            date: s.front_matter_date.or(s.dateline),
        })
        .collect();
    let from: Vec<String> = args.archive.iter().map(|p| p.display().to_string()).collect();
    let from = format!("{} stories in {}", stories.len(), from.join(", "));
    let thresholds = factlint::learn::Thresholds {
        person: args.min_count,
        form: args.min_form_count,
    };
    // the archive's words as built in: a desk's `extend:` belongs to a config, and learning
    // reads no config
    Ok(factlint::learn::learn(
        &copies,
        &from,
        thresholds,
        factlint::Lexicon::builtin(),
    ))
}

fn import(source: ImportSource) -> Result<Document, InputError> {
    match source {
        ImportSource::CongressLegislators { files } => {
            let texts = files
                .iter()
                .map(|p| factlint::files::read_text(p))
                .collect::<Result<Vec<_>, _>>()?;
            let named: Vec<(&Path, &str)> = files
                .iter()
                .map(PathBuf::as_path)
                .zip(texts.iter().map(String::as_str))
                .collect();
            factlint::import::congress::import(&named)
        }
        ImportSource::Popolo { file } => factlint::import::popolo::import(&file, &factlint::files::read_text(&file)?),
        ImportSource::Wikidata { file } => {
            factlint::import::wikidata::import(&file, &factlint::files::read_text(&file)?)
        }
    }
}

/// The text on stdout, or in `output` written atomically.
pub fn emit(text: &str, output: Option<&Path>) -> Result<Vec<PathBuf>, InputError> {
    match output {
        Some(path) => factlint::files::replace_file(path, text).map(|()| vec![path.to_path_buf()]),
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map(|()| Vec::new())
                .map_err(|e| InputError::file(Path::new("<stdout>"), format!("cannot write: {e}")))
        }
    }
}
