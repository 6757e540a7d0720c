//! Shell command text → every simple command it would run → destructive parts, embedded SQL.
//!
//! [`parse`] reads a POSIX/bash command line the way bash tokenizes it: quotes (`'…'`, `"…"`,
//! `$'…'` with its escapes decoded), backslashes and line continuations, comments, pipelines,
//! `;`, `&&`, `||`, `&`, newlines, subshells `( … )`, groups `{ …; }`, `$( … )`, backticks,
//! `<( … )`/`>( … )`, `$(( … ))`, `${ … }`, here-documents and here-strings, `if`/`while`/`for`/
//! `case`/`[[ … ]]`/functions, and brace expansion (`{rm,-rf,/}` is `rm -rf /`). Every simple
//! command found anywhere, including inside substitutions, is returned.
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
mod parser;
mod programs;
mod rules;
mod tables;
#[cfg(test)]
mod tests;

use analyzer::*;
use parser::*;
#[allow(unused_imports)]
use rules::*;
pub use rules::{destructive_reason, git_reason};

use crate::toolcall::sql::{self, SqlClass, SqlError};

/// Longest command text analyzed.
pub const MAX_SHELL_BYTES: usize = 1 << 20;
/// Deepest nesting of subshells, groups, substitutions and `sh -c` strings.
pub const MAX_SHELL_DEPTH: u8 = 24;
/// Most simple commands (found and derived) in one text.
pub const MAX_COMMANDS: usize = 10_000;
/// Most words (after brace expansion, in found and derived commands) in one text: brace
/// expansion and wrapper chains (`sudo sudo … cmd`) must not turn a small text into a huge one.
pub const MAX_WORDS: usize = 200_000;
/// Words one brace expansion may produce before the word counts as computed at run time.
const MAX_BRACE_WORDS: usize = 256;
/// Brace pairs in one word beyond which it is not expanded (and counts as computed).
const MAX_BRACE_PAIRS: usize = 64;
/// Bytes of a command's source text kept in [`Command::raw`].
const MAX_RAW_BYTES: usize = 1024;
/// String literals of inline code parsed as shell commands.
const MAX_CODE_STRINGS: usize = 64;
/// Interpreters reading a pipe whose producers are looked at (more is destructive).
const MAX_PIPED_INTERPRETERS: usize = 64;

/// A command text the analyzer refuses to read; the caller denies the call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShellError {
    #[error("shell command of {0} bytes is over the {MAX_SHELL_BYTES}-byte limit")]
    TooLarge(usize),
    #[error(
        "shell command nests deeper than {MAX_SHELL_DEPTH} levels (subshells, substitutions, `sh -c` strings)"
    )]
    TooDeep,
    #[error("shell command runs more than {MAX_COMMANDS} commands")]
    TooManyCommands,
    #[error("shell command expands to more than {MAX_WORDS} words")]
    TooManyWords,
}

/// One word after quote removal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Word {
    /// The value, with quotes removed and escapes decoded; expansions (`$HOME`, `$(…)`, `` `…` ``)
    /// stay as written.
    pub text: String,
    /// Contains an expansion whose value is only known at run time.
    pub dynamic: bool,
    /// Contains an unquoted `*`, `?` or `[` (a path glob).
    pub glob: bool,
    /// As a command name, its value is not known before it runs: an unquoted expansion anywhere
    /// (word splitting: `rm${IFS}-rf`), or any expansion after the last `/`.
    pub computed_name: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedirectKind {
    /// `<`
    Read,
    /// `>`, `>|`, `&>`, `>&file`
    Write,
    /// `>>`, `&>>`
    Append,
    /// `<>`
    ReadWrite,
    /// `>&2`, `<&0`, `>&-`
    Dup,
    /// `<<`, `<<-` (the target is the delimiter)
    HereDoc,
    /// `<<<`
    HereString,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    pub kind: RedirectKind,
    pub target: Word,
}

impl Redirect {
    /// True when the redirect writes to a file (not a descriptor, not `/dev/null`).
    pub fn writes_file(&self) -> bool {
        matches!(
            self.kind,
            RedirectKind::Write | RedirectKind::Append | RedirectKind::ReadWrite
        ) && !is_harmless_device(&self.target.text)
    }
}

/// A simple command: what one `execve` (or builtin) would get.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Command {
    /// The command name and its arguments (assignments excluded). Empty for a redirect-only
    /// command or the redirects after a compound command.
    pub words: Vec<Word>,
    /// `NAME=value` words before the command name.
    pub assignments: Vec<Word>,
    pub redirects: Vec<Redirect>,
    /// A here-document body or here-string given on stdin.
    pub stdin_text: Option<String>,
    /// `stdin_text` contains expansions (an unquoted here-document with `$…`, a here-string
    /// with `$…`): what the command reads is only known when it runs.
    pub stdin_dynamic: bool,
    /// The source text the command came from (bounded), for evidence.
    pub raw: String,
    /// Nesting depth (subshells, substitutions, `sh -c` strings).
    pub depth: u8,
    /// True when this command was found inside another one (wrapper, `sh -c`, `find -exec`, …).
    pub derived: bool,
    /// Every pipeline this command is a stage of: (pipeline id, stage index).
    pipes: Vec<(u32, u16)>,
    /// The command whose words or stdin receive this command's output (substitutions).
    feeds: Option<usize>,
    /// The command reads the program it runs from stdin (`sh`, `python -`, `source /dev/stdin`).
    runs_stdin: bool,
}

impl Command {
    /// The command name as compared by the rules: the last path segment, lowercase (`/bin/RM` →
    /// `rm`; macOS file systems ignore case).
    pub fn name(&self) -> String {
        self.words
            .first()
            .map(|w| basename(&w.text).to_ascii_lowercase())
            .unwrap_or_default()
    }

    /// Name and arguments joined by single spaces (the form Cortex patterns are matched against).
    pub fn normalized(&self) -> String {
        let mut out = self.name();
        for w in self.words.iter().skip(1) {
            out.push(' ');
            out.push_str(&w.text);
        }
        out
    }

    /// Every word, assignment value and redirect target: what credential checks look at.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .chain(self.assignments.iter())
            .map(|w| w.text.as_str())
            .chain(self.redirects.iter().map(|r| r.target.text.as_str()))
    }
}

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

/// Parse `text` into every simple command it contains (no look-through of wrappers).
pub fn parse(text: &str) -> Result<Vec<Command>, ShellError> {
    if text.len() > MAX_SHELL_BYTES {
        return Err(ShellError::TooLarge(text.len()));
    }
    let mut sink = Sink::default();
    parse_into(&mut sink, text, 0, Vec::new(), None)?;
    Ok(sink.commands)
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
