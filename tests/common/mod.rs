//! What the CLI tests share: running the binary and reading what it printed. (Each test
//! binary uses some of it.)

#![allow(dead_code)]

use assert_cmd::Command;

pub trait Output {
    /// Runs the command, expects exit status `code`, and returns its standard output.
    fn stdout_when(&mut self, code: i32) -> String;
    /// Runs the command, expects exit status `code`, and returns its standard error.
    fn stderr_when(&mut self, code: i32) -> String;
}

impl Output for Command {
    fn stdout_when(&mut self, code: i32) -> String {
        let out = self.assert().code(code).get_output().stdout.clone();
        String::from_utf8(out).expect("UTF-8 standard output")
    }

    fn stderr_when(&mut self, code: i32) -> String {
        let out = self.assert().code(code).get_output().stderr.clone();
        String::from_utf8(out).expect("UTF-8 standard error")
    }
}
