//! `factlint facts ...`: commands that work on facts files rather than stories. Reading the
//! files and writing the output live here; what they compute is pure, in the library.

use factlint::error::InputError;
use factlint::import::Document;
use std::path::{Path, PathBuf};

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

/// Runs a `facts` command: the files it wrote (none when it wrote to stdout), or why it could not.
pub fn run(command: FactsCommand) -> Result<Vec<PathBuf>, InputError> {
    match command {
        FactsCommand::Import { source, output } => {
            let doc = import(source)?;
            emit(&doc.render(), output.as_deref())
        }
    }
}

fn import(source: ImportSource) -> Result<Document, InputError> {
    match source {
        ImportSource::CongressLegislators { files } => {
            let texts = files
                .iter()
                .map(|p| factlint::facts::read_text(p))
                .collect::<Result<Vec<_>, _>>()?;
            let named: Vec<(&Path, &str)> = files
                .iter()
                .map(PathBuf::as_path)
                .zip(texts.iter().map(String::as_str))
                .collect();
            factlint::import::congress::import(&named)
        }
        ImportSource::Popolo { file } => factlint::import::popolo::import(&file, &factlint::facts::read_text(&file)?),
        ImportSource::Wikidata { file } => {
            factlint::import::wikidata::import(&file, &factlint::facts::read_text(&file)?)
        }
    }
}

/// The text on stdout, or in `output` written atomically.
pub fn emit(text: &str, output: Option<&Path>) -> Result<Vec<PathBuf>, InputError> {
    match output {
        Some(path) => factlint::fix::replace_file(path, text).map(|()| vec![path.to_path_buf()]),
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
