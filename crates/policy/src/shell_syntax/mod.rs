//! Shell command text → every simple command it would run, and what its words become at run
//! time where the text alone decides it. The syntax only: what the commands *do* is judged by
//! [`crate::toolcall::shell`], and the prompt-side credential guard reads run-time values
//! ([`evaluate`]).
//!
//! [`parse`] reads a POSIX/bash command line the way bash tokenizes it: quotes (`'…'`, `"…"`,
//! `$'…'` with its escapes decoded), backslashes and line continuations, comments, pipelines,
//! `;`, `&&`, `||`, `&`, newlines, subshells `( … )`, groups `{ …; }`, `$( … )`, backticks,
//! `<( … )`/`>( … )`, `$(( … ))`, `${ … }`, here-documents and here-strings, `if`/`while`/`for`/
//! `case`/`[[ … ]]`/functions, and brace expansion (`{rm,-rf,/}` is `rm -rf /`). Every simple
//! command found anywhere, including inside substitutions, is returned.
//!
//! Bounded: texts over [`MAX_SHELL_BYTES`], nesting deeper than [`MAX_SHELL_DEPTH`] or more than
//! [`MAX_COMMANDS`] commands or [`MAX_WORDS`] words are errors (the caller denies).

pub mod evaluate;
pub(crate) mod parser;

use parser::*;

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
pub(crate) const MAX_BRACE_WORDS: usize = 256;

/// Brace pairs in one word beyond which it is not expanded (and counts as computed).
pub(crate) const MAX_BRACE_PAIRS: usize = 64;

/// Bytes of a command's source text kept in [`Command::raw`].
pub(crate) const MAX_RAW_BYTES: usize = 1024;

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
    pub(crate) pipes: Vec<(u32, u16)>,
    /// The command whose words or stdin receive this command's output (substitutions).
    pub(crate) feeds: Option<usize>,
    /// The command reads the program it runs from stdin (`sh`, `python -`, `source /dev/stdin`).
    pub(crate) runs_stdin: bool,
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

/// Parse `text` into every simple command it contains (no look-through of wrappers).
pub fn parse(text: &str) -> Result<Vec<Command>, ShellError> {
    if text.len() > MAX_SHELL_BYTES {
        return Err(ShellError::TooLarge(text.len()));
    }
    let mut sink = Sink::default();
    parse_into(&mut sink, text, 0, Vec::new(), None)?;
    Ok(sink.commands)
}

/// `/dev/null`, the standard streams, the terminal and descriptors: writing there is no file.
pub(crate) fn is_harmless_device(path: &str) -> bool {
    ["/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty"].contains(&path)
        || path.starts_with("/dev/fd/")
}
