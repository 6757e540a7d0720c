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

/// Standard output that treats a reader going away (a closed pipe: `| head`, `| true`) as the
/// quiet end of the output rather than an error: the command still finishes and exits with its
/// own code, and nothing complains on stderr.
pub struct Stdout {
    inner: std::io::StdoutLock<'static>,
    closed: bool,
}

/// The process's standard output, quiet on a closed pipe.
pub fn stdout() -> Stdout {
    Stdout {
        inner: std::io::stdout().lock(),
        closed: false,
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
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
