//! Human-facing output on stderr: warnings, errors, notes, with color when it helps.
//!
//! Results go to stdout (text or the single JSON object); everything for people goes to stderr so
//! `--json` consumers can read stdout as-is.

use std::io::{IsTerminal, Write};

use crate::cli::ColorChoice;

/// Output settings shared by every command.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub json: bool,
    pub color: bool,
    pub verbose: u8,
}

impl Ui {
    /// Decide colors from `--color`, `NO_COLOR` and whether stderr is a terminal.
    pub fn new(json: bool, choice: ColorChoice, verbose: u8) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !no_color && std::io::stderr().is_terminal(),
        };
        Ui {
            json,
            color,
            verbose,
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// `warning: …` on stderr.
    pub fn warn(&self, message: impl std::fmt::Display) {
        let label = self.paint("1;33", "warning");
        let _ = writeln!(std::io::stderr(), "{label}: {message}");
    }

    /// `error: …` on stderr.
    pub fn error(&self, message: impl std::fmt::Display) {
        let label = self.paint("1;31", "error");
        let _ = writeln!(std::io::stderr(), "{label}: {message}");
    }

    /// A note shown only with `-v`.
    pub fn verbose(&self, message: impl std::fmt::Display) {
        if self.verbose > 0 {
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                self.paint("2", &message.to_string())
            );
        }
    }

    /// Bold text for headings in human output.
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Dim text for secondary details in human output.
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// Green "ok" / red "FAIL" / yellow "warn" markers for check lists.
    pub fn mark(&self, level: CheckLevel) -> String {
        match level {
            CheckLevel::Ok => self.paint("32", "ok  "),
            CheckLevel::Warn => self.paint("33", "warn"),
            CheckLevel::Fail => self.paint("31", "FAIL"),
        }
    }
}

/// The outcome of one check in `doctor` / `config check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckLevel {
    Ok,
    Warn,
    Fail,
}
