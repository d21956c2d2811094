//! Findings: what every renderer draws. One finding type serves every output format.

use crate::facts::Loc;
use std::fmt;
use std::ops::Range;

/// What a finding is: each code has a rule (`Code::rule`) and documentation
/// ([`crate::codes`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// A written title is close to, but not, an accepted title.
    TitleMismatch,
    /// A current title for someone who has left the post, "former" for someone still in it, or
    /// a post not yet begun.
    StaleTitle,
    /// A name is close to, but not, a name in the facts.
    NameMisspelled,
    /// A number tied to a figure disagrees with it.
    FigureMismatch,
    /// A date expression tied to an event disagrees with its date.
    DateMismatch,
    /// A weekday and a calendar date in the story disagree.
    WeekdayMismatch,
    /// A direct quote is close to, but not, a known quote.
    QuoteMismatch,
    /// A known quote is attributed to another known person.
    QuoteMisattributed,
    /// The story gives one figure two different values.
    FigureConflict,
    /// A number is tied to no figure in the facts (only when asked for).
    UnsourcedFigure,
    // what `factlint facts check` finds in the facts themselves
    /// A post ends before it begins.
    PostDates,
    /// A person holds one post twice at the same time.
    PostOverlap,
    /// Two people's names are one letter apart.
    NearDuplicateName,
    /// Two people hold one title at the same time.
    SharedTitle,
    /// A title or name an extraction left half-made.
    OddEntry,
    /// A `published` date or a post's start in the future.
    FutureDate,
    /// An entry not reviewed for more than a year.
    Unreviewed,
    /// A fact's own test sentence does not give what it says.
    SelfTest,
}

/// How much a finding matters: a run with errors exits 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Wrong: the story must change (or the facts).
    Error,
    /// Probably wrong, or worth a look.
    Warning,
    /// For information.
    Note,
}

impl Code {
    /// Every code, in the order they are listed.
    pub const ALL: [Code; 18] = [
        Code::TitleMismatch,
        Code::StaleTitle,
        Code::NameMisspelled,
        Code::FigureMismatch,
        Code::DateMismatch,
        Code::WeekdayMismatch,
        Code::QuoteMismatch,
        Code::QuoteMisattributed,
        Code::FigureConflict,
        Code::UnsourcedFigure,
        Code::PostDates,
        Code::PostOverlap,
        Code::NearDuplicateName,
        Code::SharedTitle,
        Code::OddEntry,
        Code::FutureDate,
        Code::Unreviewed,
        Code::SelfTest,
    ];

    /// Its name in output, configs and suppression comments.
    pub fn as_str(self) -> &'static str {
        self.rule().name
    }

    /// Its severity unless a config says otherwise.
    pub fn severity(self) -> Severity {
        self.rule().severity
    }

    /// Found by `factlint facts check` in a facts file, not in a story.
    pub(crate) fn is_facts_code(self) -> bool {
        self.rule().in_facts
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Severity {
    /// Its name in output and configs.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Whether a finding's suggested replacement may be applied without a person's judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applicability {
    /// The one right text: `--fix` applies it, editors offer it as the preferred fix.
    Certain,
    /// A choice for the editor: one of several accepted forms, or a code whose fixes need
    /// judgement (a figure may be the facts' error). Shown, never applied by `--fix`.
    Choice,
}

impl Applicability {
    /// Its name in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Certain => "certain",
            Applicability::Choice => "choice",
        }
    }
}

/// The fact a finding disagrees with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactRef {
    /// The figure or event id, or the person's name.
    pub id: String,
    /// Where the fact is written.
    pub loc: Loc,
    /// What the facts line says, for the secondary label.
    pub label: String,
}

/// Something a story (or a facts file) says that the facts say otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What kind of finding it is.
    pub code: Code,
    /// How much it matters (the code's, unless a config says otherwise).
    pub severity: Severity,
    /// The message, one line.
    pub message: String,
    /// Byte span in the story.
    pub span: Range<usize>,
    /// What the primary label under the span says.
    pub label: String,
    /// The fact it disagrees with.
    pub fact: Option<FactRef>,
    /// Suggested text for the span.
    pub replacement: Option<String>,
    /// Whether `replacement` may be applied unattended: the code's default from the
    /// registry (`Code::rule`), made a choice where the facts accept several forms.
    pub applicability: Applicability,
    /// The `help:` line: a word diff, or how to fix it.
    pub help: Option<String>,
    /// Another place in the story the finding concerns (the first value of a conflict).
    pub related: Option<(Range<usize>, String)>,
}

impl Finding {
    /// A finding of `code` at `span`, with its message and the label under the span.
    pub fn new(code: Code, span: Range<usize>, message: String, label: String) -> Finding {
        Finding {
            code,
            severity: code.severity(),
            message,
            span,
            label,
            fact: None,
            replacement: None,
            applicability: if code.rule().certain_fix {
                Applicability::Certain
            } else {
                Applicability::Choice
            },
            help: None,
            related: None,
        }
    }

    /// The fact it disagrees with, where it is written, and what that line says.
    pub(crate) fn with_fact(mut self, id: &str, loc: &Loc, label: impl Into<String>) -> Finding {
        self.fact = Some(FactRef {
            id: id.to_string(),
            loc: loc.clone(),
            label: label.into(),
        });
        self
    }

    /// The text that would fix it.
    pub(crate) fn with_replacement(mut self, text: impl Into<String>) -> Finding {
        self.replacement = Some(text.into());
        self
    }

    /// The replacement is one of several the facts accept: the editor chooses.
    pub(crate) fn as_choice(mut self) -> Finding {
        self.applicability = Applicability::Choice;
        self
    }

    /// A replacement `--fix` may apply without asking.
    pub fn has_certain_fix(&self) -> bool {
        self.replacement.is_some() && self.applicability == Applicability::Certain
    }

    /// The `help:` line.
    pub fn with_help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// The finding for copy in CAPITALS: its replacement in capitals, so a fix keeps the copy's
    /// case, and so are the forms its help quotes (between backquotes) and the word diff after
    /// a quoted form ("write `OIL MINISTER`: [-FINANCE-] [+OIL+] MINISTER").
    pub(crate) fn in_capitals(self) -> Finding {
        self.in_case(str::to_uppercase)
    }

    /// The finding for copy all in lower case, as some wire copy is: its fix and quoted forms
    /// in lower case too ("write `central bank president`").
    pub(crate) fn in_lower_case(self) -> Finding {
        self.in_case(str::to_lowercase)
    }

    fn in_case(mut self, case: fn(&str) -> String) -> Finding {
        self.replacement = self.replacement.map(|r| case(&r));
        self.help = self.help.map(|help| {
            let parts: Vec<String> = help
                .split('`')
                .enumerate()
                .map(|(k, part)| match (k % 2, part.strip_prefix(": ")) {
                    (1, _) => case(part),
                    (_, Some(diff)) if k > 0 => match diff.split_once(';') {
                        Some((words, rest)) => format!(": {};{rest}", case(words)),
                        None => format!(": {}", case(diff)),
                    },
                    _ => part.to_string(),
                })
                .collect();
            parts.join("`")
        });
        self
    }
}

impl std::str::FromStr for Code {
    type Err = String;

    /// A code by its name; the error says which names there are.
    fn from_str(name: &str) -> Result<Code, String> {
        Code::ALL.into_iter().find(|c| c.as_str() == name).ok_or_else(|| {
            let best = Code::ALL
                .into_iter()
                .min_by_key(|c| strsim::damerau_levenshtein(name, c.as_str()))
                .filter(|c| strsim::damerau_levenshtein(name, c.as_str()) <= 3);
            match best {
                Some(c) => format!("unknown code `{name}`: did you mean `{c}`?"),
                None => format!(
                    "unknown code `{name}`: the codes are {}",
                    Code::ALL.map(|c| c.as_str()).join(", ")
                ),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_from_their_names() {
        for code in Code::ALL {
            assert_eq!(code.as_str().parse::<Code>(), Ok(code));
        }
        let err = "title_mismatch".parse::<Code>().unwrap_err();
        assert!(err.contains("unknown code `title_mismatch`"), "{err}");
        assert!(err.contains("did you mean `title-mismatch`"), "{err}");
        let err = "headline".parse::<Code>().unwrap_err();
        assert!(err.contains("weekday-mismatch"), "{err}");
    }
}
