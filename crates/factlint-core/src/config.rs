//! `factlint.yaml`: a desk's settings, read from its text (the command line finds the file:
//! the closest one above each story wins). Paths and globs in it are relative to its folder.

use crate::error::InputError;
use crate::facts::{byte_span, parse_options, yaml_error_in};
use crate::finding::{Code, Finding, Severity};
use crate::lexicon::{ExtendError, Extension, Lexicon};
use chrono::NaiveDate;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The config file's name, looked for in a story's folder and each folder above it.
pub const CONFIG_FILE: &str = "factlint.yaml";

const KEYS_HELP: &str =
    "see `factlint init` for a commented example: keys facts, published, include, exclude, severity, extend";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    facts: OneOrMany,
    published: Option<Spanned<String>>,
    #[serde(default)]
    include: OneOrMany,
    #[serde(default)]
    exclude: OneOrMany,
    #[serde(default)]
    severity: HashMap<Spanned<String>, Spanned<String>>,
    /// Entries added to the built-in lexicons, by lexicon name (`title_words: [alderman]`).
    #[serde(default)]
    extend: HashMap<Spanned<String>, serde_json::Value>,
}

/// A path or glob, or a list of them. Read by hand rather than as an untagged enum, which
/// would lose each item's place in the file (and word its errors in Rust's terms).
#[derive(Default)]
struct OneOrMany(Vec<Spanned<String>>);

enum OneOrList {
    One(String),
    List(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for OneOrList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<OneOrList, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = OneOrList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a path or a list of paths")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<OneOrList, E> {
                Ok(OneOrList::One(text.to_string()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<OneOrList, E> {
                Ok(OneOrList::List(vec![]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrList, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrList::List(items))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<OneOrMany, D::Error> {
        // one item takes the whole value's place; a list's items have their own
        let whole: Spanned<OneOrList> = Deserialize::deserialize(deserializer)?;
        Ok(OneOrMany(match whole.value {
            OneOrList::One(text) => vec![Spanned::new(text, whole.referenced, whole.defined)],
            OneOrList::List(items) => items,
        }))
    }
}

impl OneOrMany {
    fn into_vec(self) -> Vec<Spanned<String>> {
        self.0
    }
}

/// A loaded config, or the defaults when there is none.
#[derive(Debug)]
pub struct Config {
    /// The config file, if there is one.
    pub path: Option<PathBuf>,
    /// Facts files, resolved against the config's folder.
    pub facts: Vec<PathBuf>,
    /// Where each of `facts` is named in the config's text.
    facts_named_at: Vec<Range<usize>>,
    /// The config's text, for errors that point into it after loading.
    text: String,
    /// The publication date for stories that give none of their own.
    pub published: Option<NaiveDate>,
    /// The folder globs are relative to: the config's folder as its path gives it, or the
    /// absolute one [`Config::rooted_at`] sets.
    root: PathBuf,
    /// Story files to check when walking folders; `None` means .txt, .md and .markdown.
    include: Option<GlobSet>,
    exclude: GlobSet,
    /// Per-code severity; `None` turns the code off.
    severity: HashMap<Code, Option<Severity>>,
    /// The built-in lexicon with the config's `extend:`, to read and check its facts with.
    pub lexicon: &'static Lexicon,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            path: None,
            facts: vec![],
            facts_named_at: vec![],
            text: String::new(),
            published: None,
            root: PathBuf::new(),
            include: None,
            exclude: GlobSet::empty(),
            severity: HashMap::new(),
            lexicon: Lexicon::builtin(),
        }
    }
}

impl Config {
    /// The config file at `path`, whose contents are `text`; paths in it are relative to its
    /// folder.
    pub fn from_text(path: &Path, text: String) -> Result<Config, InputError> {
        let raw: RawConfig = if text.trim().is_empty() {
            RawConfig::default()
        } else {
            // `extend:` is read untyped: a word such as `on` must stay a word
            let mut options = parse_options();
            options.strict_booleans = true;
            serde_saphyr::from_str_with_options(&text, options)
                .map_err(|e| yaml_error_in(path, &text, &e, "config file", KEYS_HELP))?
        };
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let error = |at: &Spanned<String>, message: String, label: &str| {
            InputError::at(path, &text, byte_span(at, &text), message, label)
        };
        let published = match raw.published {
            None => None,
            Some(p) => Some(NaiveDate::parse_from_str(p.value.trim(), "%Y-%m-%d").map_err(|_| {
                error(
                    &p,
                    format!("`published: {}` is not a date", p.value),
                    "expected YYYY-MM-DD",
                )
                .with_help("write the day stories are published, e.g. `published: 2024-11-14`, or leave it out")
            })?),
        };
        let globs = |list: OneOrMany| -> Result<Option<GlobSet>, InputError> {
            let list = list.into_vec();
            if list.is_empty() {
                return Ok(None);
            }
            let mut set = GlobSetBuilder::new();
            for g in &list {
                set.add(glob(&g.value).map_err(|e| {
                    error(g, format!("`{}` is not a glob: {}", g.value, e.kind()), "invalid glob")
                        .with_help("globs are relative to the config's folder, e.g. `drafts/**` or `*.md`")
                })?);
            }
            set.build()
                .map(Some)
                .map_err(|e| InputError::file(path, format!("invalid globs: {e}")))
        };
        let mut severity = HashMap::new();
        for (code, level) in raw.severity {
            let parsed: Code = code
                .value
                .parse()
                .map_err(|e: String| error(&code, e, "not a finding code"))?;
            severity.insert(
                parsed,
                parse_level(&level.value).ok_or_else(|| {
                    error(
                        &level,
                        format!("`{}` is not a severity", level.value),
                        "expected error, warning, note or off",
                    )
                    .with_help(format!("e.g. `{code}: warning`", code = code.value))
                })?,
            );
        }
        let lexicon = extended_lexicon(raw.extend).map_err(|(at, e)| {
            let error = match at {
                Some(name) => error(&name, e.message, "not a lexicon or its entries"),
                None => InputError::file(path, e.message),
            };
            error.with_help(e.help)
        })?;
        let (facts, facts_named_at) = raw
            .facts
            .into_vec()
            .into_iter()
            .map(|f| (folder.join(&f.value), byte_span(&f, &text)))
            .unzip();
        Ok(Config {
            path: Some(path.to_path_buf()),
            facts,
            facts_named_at,
            published,
            include: globs(raw.include)?,
            exclude: globs(raw.exclude)?.unwrap_or_else(GlobSet::empty),
            severity,
            root: folder,
            text,
            lexicon,
        })
    }

    /// A facts file this config names that could not be read (missing, a folder) is an error
    /// at the config's line that names it, where the fix is.
    pub fn locate_facts_error(&self, e: &InputError) -> Option<InputError> {
        let config = self.path.as_ref()?;
        let k = self.facts.iter().position(|f| *f == e.path)?;
        if e.span.is_some() {
            return None;
        }
        Some(
            InputError::at(
                config,
                &self.text,
                self.facts_named_at[k].clone(),
                format!("facts file {}: {}", e.path.display(), e.message),
                "named here",
            )
            .with_help("paths in `facts:` are relative to this config's folder; name a YAML facts file there"),
        )
    }

    /// The config with its globs matched from `folder`, the config's folder as an absolute
    /// path: the core resolves no path against a working directory, so a front end that
    /// matches paths of any form (`../desk/a.md`, `/srv/desk/a.md`) makes both sides absolute.
    pub fn rooted_at(self, folder: PathBuf) -> Config {
        Config { root: folder, ..self }
    }

    /// Whether a file met while walking a folder is a story to check; `path` is in the form
    /// of the config's root (both relative to one folder, or both absolute).
    pub fn includes(&self, path: &Path) -> bool {
        match &self.include {
            Some(set) => set.is_match(self.relative(path).as_path()),
            None => is_story_file(path),
        }
    }

    /// Whether a file met while walking a folder is left out (`exclude:`); `path` as for
    /// [`Config::includes`].
    pub fn excludes(&self, path: &Path) -> bool {
        // most configs exclude nothing: no path is made relative for them
        if self.exclude.is_empty() {
            return false;
        }
        let relative = self.relative(path);
        // a folder glob (`drafts/**` or `drafts`) excludes everything under it
        relative
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| self.exclude.is_match(a))
    }

    fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }

    /// Whether `unsourced-figure` notes are wanted: a config that gives the code a severity
    /// asks for them.
    pub(crate) fn wants_unsourced(&self) -> bool {
        matches!(self.severity.get(&Code::UnsourcedFigure), Some(Some(_)))
    }

    /// Sets each finding's severity as configured and drops the codes turned off.
    pub fn apply_severity(&self, findings: &mut Vec<Finding>) {
        findings.retain_mut(|f| match self.severity.get(&f.code) {
            None => true,
            Some(None) => false,
            Some(Some(level)) => {
                f.severity = *level;
                true
            }
        });
    }
}

/// The built-in lexicon with `extend:`'s entries, or what is wrong with them and the name
/// under `extend:` where it is.
fn extended_lexicon(
    extend: HashMap<Spanned<String>, serde_json::Value>,
) -> Result<&'static Lexicon, (Option<Spanned<String>>, ExtendError)> {
    let extension: Extension = extend
        .iter()
        .map(|(name, entries)| (name.value.clone(), entries.clone()))
        .collect();
    Lexicon::extended(&extension).map_err(|e| (extend.into_keys().find(|name| name.value == e.name), e))
}

/// A glob relative to the config's folder; one without a `/` matches at any depth, as in
/// .gitignore.
fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    let pattern = pattern.trim_start_matches("./");
    let anchored = if pattern.contains('/') {
        pattern.trim_start_matches('/').to_string()
    } else {
        format!("**/{pattern}")
    };
    globset::GlobBuilder::new(&anchored).literal_separator(true).build()
}

fn parse_level(level: &str) -> Option<Option<Severity>> {
    match level {
        "error" => Some(Some(Severity::Error)),
        "warning" => Some(Some(Severity::Warning)),
        "note" => Some(Some(Severity::Note)),
        "off" => Some(None),
        _ => None,
    }
}

/// Whether the path is a story by its extension (`.txt`, `.md`, `.markdown`).
pub(crate) fn is_story_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(yaml: &str) -> Result<Config, InputError> {
        Config::from_text(&Path::new("/desk").join(CONFIG_FILE), yaml.to_string())
    }

    #[test]
    fn reads_every_key_relative_to_its_folder() {
        let c = config(
            "facts: desks/politics.yaml\npublished: 2024-11-14\nexclude: [\"drafts/**\", \"*.tmp.md\"]\nseverity:\n  figure-conflict: error\n  unsourced-figure: note\n",
        )
        .unwrap();
        let root = c.path.as_ref().unwrap().parent().unwrap().to_path_buf();
        assert_eq!(c.facts, vec![root.join("desks/politics.yaml")]);
        assert_eq!(c.published, NaiveDate::from_ymd_opt(2024, 11, 14));
        assert!(c.excludes(&root.join("drafts/a/story.md")));
        assert!(c.excludes(&root.join("politics/x.tmp.md")));
        assert!(!c.excludes(&root.join("politics/drafts.md")));
        assert!(c.wants_unsourced());
        let mut findings = vec![Finding::new(Code::FigureConflict, 0..1, String::new(), String::new())];
        c.apply_severity(&mut findings);
        assert_eq!(findings[0].severity, Severity::Error);
    }

    #[test]
    fn include_replaces_the_story_extensions() {
        let c = config("include: [\"stories/**/*.md\"]\n").unwrap();
        let root = c.path.as_ref().unwrap().parent().unwrap().to_path_buf();
        assert!(c.includes(&root.join("stories/politics/a.md")));
        assert!(!c.includes(&root.join("notes/a.md")));
        assert!(!c.includes(&root.join("stories/a.txt")));
        assert!(Config::default().includes(Path::new("x/a.txt")));
    }

    #[test]
    fn globs_match_paths_in_the_form_of_the_root() {
        let exclude = "exclude: [\"drafts/**\"]\n".to_string();
        let relative = Config::from_text(Path::new("desk/factlint.yaml"), exclude.clone()).unwrap();
        assert!(relative.excludes(Path::new("desk/drafts/a.md")));
        assert!(!relative.excludes(Path::new("desk/a.md")));
        // the core resolves nothing against a working directory: the front end roots both
        let rooted = relative.rooted_at(PathBuf::from("/srv/desk"));
        assert!(rooted.excludes(Path::new("/srv/desk/drafts/a.md")));
        assert!(!rooted.excludes(Path::new("/srv/desk/a.md")));
        let at_top = Config::from_text(Path::new("factlint.yaml"), exclude).unwrap();
        assert!(at_top.excludes(Path::new("drafts/a.md")));
    }

    #[test]
    fn off_drops_a_code() {
        let c = config("severity: {weekday-mismatch: off}\n").unwrap();
        let mut findings = vec![Finding::new(Code::WeekdayMismatch, 0..1, String::new(), String::new())];
        c.apply_severity(&mut findings);
        assert!(findings.is_empty());
    }

    #[test]
    fn bad_values_point_at_their_line() {
        let e = config("severity:\n  title-mismach: warning\n").unwrap_err();
        assert!(e.message.contains("did you mean `title-mismatch`"), "{}", e.message);
        assert_eq!(e.span.as_ref().map(|s| s.start), Some(12));
        let e = config("severity:\n  title-mismatch: loud\n").unwrap_err();
        assert_eq!(e.label, "expected error, warning, note or off");
        let e = config("published: next week\n").unwrap_err();
        assert!(e.message.contains("not a date"));
        let e = config("excludes: [drafts]\n").unwrap_err();
        assert!(
            e.help.as_deref().unwrap_or("").contains("did you mean `exclude`"),
            "{:?}",
            e.help
        );
        let e = config("exclude: [\"drafts/[\"]\n").unwrap_err();
        assert!(e.message.contains("is not a glob"));
    }
}
