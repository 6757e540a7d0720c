//! Shell command text → every simple command it would run → destructive parts, embedded SQL.
//!
//! [`parse`] (from [`crate::shell_syntax`]) reads a command line the way bash tokenizes it and
//! returns every simple command found anywhere, including inside substitutions.
//!
//! [`analyze`] then looks through commands that run other commands and adds what they run:
//! `sh -c`/`bash -c`/`zsh -c` strings, scripts fed on stdin by here-documents, `eval`, `trap`,
//! `alias`, `watch`, `ssh host CMD`, `su -c`, `flock -c`, `script -c`, `parallel`, `at`, `tar
//! --checkpoint-action=exec`, `find -exec`, `xargs CMD`, `env VAR=x CMD`, `sudo`/`doas`, `nohup`,
//! `time`, `nice`, `timeout N`, `command`, `exec`, `busybox`, `sshpass`, `systemd-run`, …; scripts
//! written earlier in the same text and then run (`echo '…' > x.sh && bash x.sh`); absolute paths
//! (`/bin/rm`) and `\rm` are the same command. It flags destructive commands anywhere (see
//! [`destructive_reason`] and the pipeline rules), finds SQL handed to `snow sql` and `snowsql`
//! (a statement in a file, a pipe or a shell variable is unseen: dynamic SQL), and reads inline
//! interpreter code (`python -c`, `node -e`, …) with [`crate::toolcall::code`].
//!
//! [`effects::effects`] turns the analysis into what the envelopes judge: the worst class of any
//! command (read-only, write, network, destructive), the files written, secrets printed, folders
//! searched, connections named and SQL given to other database clients.
//!
//! Deny when unsure: a command whose *name* is computed at run time (`$CMD`, `$(…)`, a glob, a
//! brace sequence) is destructive, and so is `rm`, `git push`/`reset` or a recursive `chmod`/`chown`
//! with an argument computed at run time. Not seen: the content of script files (`bash x.sh`,
//! `python x.py`), downloads saved and run later, commands run inside containers or by other
//! programs; the envelope's shell permission is what governs those.
//!
//! Bounded: texts over [`MAX_SHELL_BYTES`], nesting deeper than [`MAX_SHELL_DEPTH`] or more than
//! [`MAX_COMMANDS`] commands or [`MAX_WORDS`] words are errors (the caller trips `unparsable_input`).

mod analyzer;
pub mod effects;
mod programs;
mod rules;
mod tables;
#[cfg(test)]
mod tests;

use crate::shell_syntax::is_harmless_device;
use crate::shell_syntax::parser::*;
pub use crate::shell_syntax::{
    Command, MAX_COMMANDS, MAX_SHELL_BYTES, MAX_SHELL_DEPTH, MAX_WORDS, Redirect, RedirectKind,
    ShellError, Word, parse,
};
use analyzer::*;
#[allow(unused_imports)]
use rules::*;
pub use rules::{destructive_reason, git_reason};

use crate::toolcall::sql::{self, SqlClass, SqlError};

/// String literals of inline code parsed as shell commands.
const MAX_CODE_STRINGS: usize = 64;
/// Interpreters reading a pipe whose producers are looked at (more is destructive).
const MAX_PIPED_INTERPRETERS: usize = 64;

/// A destructive part of a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub reason: &'static str,
    /// The command it was found in (source text).
    pub command: String,
}

/// SQL a command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlSource {
    /// The SQL text itself (`snow sql -q "…"`, a here-document to `snowsql`).
    Text(String),
    /// SQL that cannot be seen (`snowsql -f file.sql`, stdin from a pipe, a statement in a
    /// shell variable, a statement computed by inline code): dynamic SQL.
    Unseen,
    /// Already classified (other `snow` commands, SQL strings in inline code).
    Class(SqlClass),
    /// SQL in inline code that the SQL classifier refused.
    Unreadable(SqlError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedSql {
    pub source: SqlSource,
    /// The command that runs it (source text).
    pub command: String,
}

/// Everything a command line would run, and what of it is dangerous.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    pub commands: Vec<Command>,
    pub findings: Vec<Finding>,
    pub sql: Vec<EmbeddedSql>,
    /// Program text run by interpreters from here-documents (for credential checks).
    pub code: Vec<String>,
    /// Inline programs (`python3 -c`, here-documents fed to interpreters) and what they do.
    pub programs: Vec<Program>,
}

/// Inline program text of another language, and what it would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// The command that runs it (source text).
    pub command: String,
    pub facts: crate::toolcall::code::CodeFacts,
}

impl Analysis {
    /// Files the command line writes: output redirections (not `/dev/null` or descriptors) and
    /// `tee` operands.
    pub fn writes(&self) -> impl Iterator<Item = &str> {
        self.commands.iter().flat_map(|c| {
            let redirects = c
                .redirects
                .iter()
                .filter(|r| r.writes_file())
                .map(|r| r.target.text.as_str());
            let tee = (c.name() == "tee")
                .then(|| c.words[1..].iter().filter(|w| !w.text.starts_with('-')))
                .into_iter()
                .flatten()
                .map(|w| w.text.as_str())
                .filter(|t| !is_harmless_device(t));
            redirects.chain(tee)
        })
    }
}

/// Parse `text`, look through commands that run other commands, and flag what is destructive.
pub fn analyze(text: &str) -> Result<Analysis, ShellError> {
    if text.len() > MAX_SHELL_BYTES {
        return Err(ShellError::TooLarge(text.len()));
    }
    let mut a = Analyzer::default();
    a.parse_script(text, 0, Vec::new(), None)?;
    let mut i = 0;
    loop {
        while i < a.sink.commands.len() {
            a.inspect(i)?;
            i += 1;
        }
        // Programs piped into interpreters may add commands to inspect.
        a.piped_programs()?;
        if i == a.sink.commands.len() {
            break;
        }
    }
    a.pipeline_rules();
    Ok(Analysis {
        commands: a.sink.commands,
        findings: a.findings,
        sql: a.sql,
        code: a.code,
        programs: a.programs,
    })
}
