//! Errors that stop a check (exit status 2): unreadable files, invalid facts, bad arguments.
//! Each carries the file and, where there is one, the span, so it renders like a compiler error.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A file that cannot be used as it is (a facts file, a config, a story): where, what is wrong
/// and a hint. A run that meets one exits 2.
#[derive(Clone, Debug)]
pub struct InputError {
    /// The file.
    pub path: PathBuf,
    /// The file's text, when the error points into it.
    pub text: Option<String>,
    /// The bytes of `text` the error is about.
    pub span: Option<Range<usize>>,
    /// What is wrong, one line.
    pub message: String,
    /// What the label under the span says (what was expected there).
    pub label: String,
    /// How to put it right.
    pub help: Option<String>,
    /// A second place the error concerns, e.g. the first of two duplicate entries.
    pub also: Option<Box<InputError>>,
}

impl InputError {
    /// An error about a whole file (missing, unreadable).
    pub fn file(path: &Path, message: impl Into<String>) -> InputError {
        InputError {
            path: path.to_path_buf(),
            text: None,
            span: None,
            message: message.into(),
            label: String::new(),
            help: None,
            also: None,
        }
    }

    /// An error at a span of a file's text.
    pub fn at(
        path: &Path,
        text: &str,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> InputError {
        InputError {
            path: path.to_path_buf(),
            text: Some(text.to_string()),
            span: Some(span),
            message: message.into(),
            label: label.into(),
            help: None,
            also: None,
        }
    }

    /// Adds the hint.
    pub fn with_help(mut self, help: impl Into<String>) -> InputError {
        self.help = Some(help.into());
        self
    }

    /// Adds a second place the error concerns.
    pub(crate) fn with_also(mut self, other: InputError) -> InputError {
        self.also = Some(Box::new(other));
        self
    }

    /// 1-based line and column (in characters) of the span start, counted as every renderer
    /// counts them (`\n`, `\r\n` and a lone `\r` end a line; a byte-order mark is no column).
    pub fn line_column(&self) -> Option<(usize, usize)> {
        let (text, span) = (self.text.as_ref()?, self.span.as_ref()?);
        Some(crate::source_map::line_column(
            text,
            floor_char_boundary(text, span.start),
        ))
    }
}

/// The largest char boundary at or below `i` (str::floor_char_boundary is not stable yet).
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line_column() {
            Some((line, column)) => write!(f, "{}:{}:{}: {}", self.path.display(), line, column, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_every_line_ending_and_skip_a_byte_order_mark() {
        for text in [
            "a: 1\nb: 2\nbad",
            "a: 1\r\nb: 2\r\nbad",
            "a: 1\rb: 2\rbad",
            "\u{feff}a: 1\nb: 2\nbad",
        ] {
            let at = text.find("bad").unwrap();
            let error = InputError::at(Path::new("f.yaml"), text, at..at + 3, "bad", "here");
            assert_eq!(error.line_column(), Some((3, 1)), "{text:?}");
        }
        let text = "\u{feff}bad";
        let error = InputError::at(Path::new("f.yaml"), text, 3..6, "bad", "here");
        assert_eq!(error.line_column(), Some((1, 1)));
    }
}
