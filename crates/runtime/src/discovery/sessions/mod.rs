//! Summaries of recent Cortex sessions, read from Cortex's own session files.
//!
//! Where: `~/.snowflake/cortex/conversations/` (Snowflake's Cortex Code CLI reference: "Session
//! IDs are … stored in ~/.snowflake/cortex/conversations/"; `$SNOWFLAKE_HOME` replaces
//! `~/.snowflake`), searched up to [`MAX_DEPTH`] levels deep (Cortex keeps many sessions in
//! subfolders named by a 32-hex hash or `global`), without following symbolic links. The
//! `~/.local/share/cortex/sessions/` folder an older reference skill read is not searched: no
//! public material about Cortex Code shows sessions there.
//!
//! What: Cortex keeps each session as a metadata file `<id>.json` and a history sidecar
//! `<id>.history.jsonl` (older metadata files embed the history as a `history` array; see
//! [`metadata`] and [`lines`] for the formats and their sources). Files in the stream format of
//! `cortex -p --output-format stream-json` (`*.jsonl` without `.history`) are read too.
//!
//! Bounds: files are taken newest first by modification time; at most [`MAX_CANDIDATES`] are
//! considered. A metadata or stream file larger than [`MAX_SESSION_FILE_BYTES`] is skipped (and
//! reported); of a larger history sidecar only the last [`MAX_SESSION_FILE_BYTES`] are read (the
//! summary is about the latest work; `partial` says so). Every line is bounded by
//! [`MAX_LINE_BYTES`]: a longer line is skipped without being kept in memory. Lines that are
//! not JSON objects, and shapes we do not know, are skipped; nothing in a session file is fatal.
//!
//! Each session is summarized: its id, title, connection and working directory, its time (the
//! metadata's `last_updated`, else the latest event time, else its creation, else the file's
//! modification time), the last request (the last user text, without what Cortex injected), the
//! last answer, the tools used (counted), and the outcome (stream files' last `result` event).
//! Free text goes through the caller's redactor — the whole text, before it is shortened, so a
//! secret is never cut in half and half-kept.

mod lines;
mod metadata;
pub mod resume;

use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::skill_md::{clean, truncate_chars};
pub use lines::read_line_bounded;
use lines::{LineKind, MAX_TOOL_NAME_CHARS, apply_line};

/// Metadata and stream files larger than this are skipped; history sidecars are read from here
/// to their end.
pub const MAX_SESSION_FILE_BYTES: u64 = 8 << 20;
/// Lines longer than this are skipped.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// The last request, the last answer and the result text are shortened to this many characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Titles, connection names and working directories are shortened to this many characters.
pub const MAX_LABEL_CHARS: usize = 200;
/// How deep below a session folder files are looked for.
pub const MAX_DEPTH: usize = 4;
/// At most this many files are considered (only their metadata is read).
pub const MAX_CANDIDATES: usize = 10_000;
/// At most this many files are skipped (too large, unreadable, empty) before giving up.
const MAX_SKIPPED_FILES: usize = 50;

/// Which of Cortex's formats a session was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionFormat {
    /// Cortex's own files: `<id>.json` metadata and `<id>.history.jsonl`.
    Conversation,
    /// A `stream-json` event file.
    Stream,
}

/// One session, summarized. Serialized in `sessions --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionSummary {
    pub session_id: Option<String>,
    /// The metadata file (or the only file the session has).
    pub file: String,
    pub format: SessionFormat,
    /// RFC 3339, UTC, to the second.
    pub time: String,
    pub title: Option<String>,
    /// `connection_name` in Cortex's metadata.
    pub connection: Option<String>,
    pub working_directory: Option<String>,
    pub last_request: Option<String>,
    pub last_answer: Option<String>,
    pub tools: Vec<ToolCount>,
    pub outcome: Option<Outcome>,
    /// Lines that were not usable (not JSON, not an object, too long, unknown shape).
    pub skipped_lines: u64,
    /// Only the end of a large history was read.
    pub partial: bool,
}

/// How often a tool was called.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToolCount {
    pub name: String,
    pub count: u64,
}

/// The session's last `result` event (stream files; Cortex's history has none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub subtype: Option<String>,
    pub is_error: Option<bool>,
    pub result: Option<String>,
}

/// A session file that was not summarized, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedFile {
    pub file: String,
    pub reason: String,
}

/// The result of a scan: summaries newest first, and the files passed over.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SessionScan {
    pub sessions: Vec<SessionSummary>,
    pub skipped: Vec<SkippedFile>,
}

/// The session folders of this user (none without a HOME or `SNOWFLAKE_HOME`).
pub fn session_dirs() -> Vec<PathBuf> {
    crate::paths::snowflake_dir()
        .map(|dir| vec![conversations_dir(&dir)])
        .unwrap_or_default()
}

/// Cortex's conversations folder under a Snowflake folder (`~/.snowflake`).
pub fn conversations_dir(snowflake_dir: &Path) -> PathBuf {
    snowflake_dir.join("cortex/conversations")
}

/// How many sessions `dirs` hold (file names and times only; at most [`MAX_CANDIDATES`]).
pub fn count_sessions(dirs: &[PathBuf]) -> usize {
    candidates(dirs).len()
}

/// Summarize the `limit` newest sessions in `dirs`, passing free text through `redact`.
pub fn recent_sessions(
    dirs: &[PathBuf],
    limit: usize,
    redact: &dyn Fn(&str) -> String,
) -> SessionScan {
    let mut scan = SessionScan::default();
    for candidate in candidates(dirs) {
        if scan.sessions.len() >= limit || scan.skipped.len() >= MAX_SKIPPED_FILES {
            break;
        }
        match candidate.summarize(redact) {
            Ok(summary) => scan.sessions.push(summary),
            Err(reason) => scan.skipped.push(SkippedFile {
                file: candidate.shown().display().to_string(),
                reason,
            }),
        }
    }
    scan
}

/// The files of one session.
#[derive(Debug, Clone)]
enum Files {
    Stream(PathBuf),
    Conversation {
        meta: Option<PathBuf>,
        history: Option<PathBuf>,
    },
}

/// One session found on disk, not read yet.
#[derive(Debug, Clone)]
struct Candidate {
    files: Files,
    /// The newest modification time of its files, Unix seconds.
    mtime: i64,
}

impl Candidate {
    fn shown(&self) -> &Path {
        match &self.files {
            Files::Stream(p) => p,
            Files::Conversation { meta: Some(p), .. } => p,
            Files::Conversation {
                history: Some(p), ..
            } => p,
            Files::Conversation { .. } => Path::new(""),
        }
    }

    /// The session id its file names give, without reading them (Cortex names both files
    /// after the session).
    fn id_from_name(&self) -> Option<String> {
        let Files::Conversation { meta, history } = &self.files else {
            return None;
        };
        let name = meta
            .as_deref()
            .or(history.as_deref())?
            .file_name()?
            .to_str()?;
        let stem = name
            .strip_suffix(".history.jsonl")
            .or_else(|| name.strip_suffix(".json"))?;
        resume::check_session_id(stem).ok().map(str::to_string)
    }

    fn summarize(&self, redact: &dyn Fn(&str) -> String) -> Result<SessionSummary, String> {
        let mut facts = Facts::default();
        let format = match &self.files {
            Files::Stream(path) => {
                read_lines(path, &mut facts, Tail::Refuse)?;
                SessionFormat::Stream
            }
            Files::Conversation { meta, history } => {
                if let Some(meta) = meta {
                    let bytes = read_bounded(meta)?;
                    metadata::apply_metadata(&bytes, &mut facts)?;
                }
                if let Some(history) = history {
                    read_lines(history, &mut facts, Tail::Read)?;
                }
                if facts.is_empty() {
                    return Err("no Cortex session events".to_string());
                }
                if facts.session_id.is_none() {
                    facts.session_id = self.id_from_name();
                }
                SessionFormat::Conversation
            }
        };
        if facts.is_empty() {
            return Err("no Cortex session events".to_string());
        }
        Ok(facts.into_summary(self.shown(), format, self.mtime, redact))
    }
}

/// Every session in `dirs`, newest first (the path breaks ties, so the order is stable).
fn candidates(dirs: &[PathBuf]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for dir in dirs {
        collect(dir, 0, &mut out);
    }
    out.sort_by(|a, b| b.mtime.cmp(&a.mtime).then_with(|| a.shown().cmp(b.shown())));
    out
}

/// A file found in one folder: its path and modification time.
struct Found {
    path: PathBuf,
    mtime: i64,
}

fn collect(dir: &Path, depth: usize, out: &mut Vec<Candidate>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut metas: Vec<(String, Found)> = Vec::new();
    let mut histories: Vec<(String, Found)> = Vec::new();
    let mut subdirs = Vec::new();
    for entry in entries.flatten() {
        if out.len() + metas.len() + histories.len() >= MAX_CANDIDATES {
            break;
        }
        // `file_type` does not follow symbolic links: linked files and folders are not read.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            if depth + 1 < MAX_DEPTH {
                subdirs.push(path);
            }
            continue;
        }
        if !kind.is_file() {
            continue;
        }
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        let mtime = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| jiff::Timestamp::try_from(t).ok())
            .map_or(0, |t| t.as_second());
        let found = Found { path, mtime };
        if let Some(stem) = name.strip_suffix(".history.jsonl") {
            histories.push((stem.to_string(), found));
        } else if name.ends_with(".jsonl") {
            out.push(Candidate {
                files: Files::Stream(found.path),
                mtime: found.mtime,
            });
        } else if let Some(stem) = name.strip_suffix(".json") {
            metas.push((stem.to_string(), found));
        }
    }
    for (stem, meta) in metas {
        let history = histories
            .iter()
            .position(|(s, _)| *s == stem)
            .map(|i| histories.swap_remove(i).1);
        let mtime = meta.mtime.max(history.as_ref().map_or(0, |h| h.mtime));
        out.push(Candidate {
            files: Files::Conversation {
                meta: Some(meta.path),
                history: history.map(|h| h.path),
            },
            mtime,
        });
    }
    // A history whose metadata was not written (yet).
    for (_, history) in histories {
        out.push(Candidate {
            files: Files::Conversation {
                meta: None,
                history: Some(history.path),
            },
            mtime: history.mtime,
        });
    }
    for sub in subdirs {
        collect(&sub, depth + 1, out);
    }
}

/// Open `path` for reading: never through a symbolic link, never a FIFO or device.
fn open_regular(path: &Path) -> Result<(std::fs::File, u64), String> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| format!("cannot be opened: {e}"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot be read: {e}"))?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    Ok((file, meta.len()))
}

/// A whole file of at most [`MAX_SESSION_FILE_BYTES`].
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let (file, len) = open_regular(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let too_large = || {
        format!(
            "{} is larger than {} MiB ({len} bytes)",
            path.display(),
            MAX_SESSION_FILE_BYTES >> 20
        )
    };
    if len > MAX_SESSION_FILE_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(MAX_SESSION_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    if bytes.len() as u64 > MAX_SESSION_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// What to do with a line file larger than [`MAX_SESSION_FILE_BYTES`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// Skip the file.
    Refuse,
    /// Read its last [`MAX_SESSION_FILE_BYTES`].
    Read,
}

fn read_lines(path: &Path, facts: &mut Facts, tail: Tail) -> Result<(), String> {
    let (mut file, len) = open_regular(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut partial = false;
    if len > MAX_SESSION_FILE_BYTES {
        if tail == Tail::Refuse {
            return Err(format!(
                "larger than {} MiB ({len} bytes)",
                MAX_SESSION_FILE_BYTES >> 20
            ));
        }
        file.seek(SeekFrom::Start(len - MAX_SESSION_FILE_BYTES))
            .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        partial = true;
    }
    let mut reader = BufReader::with_capacity(64 << 10, file.take(MAX_SESSION_FILE_BYTES));
    let mut line = Vec::new();
    if partial {
        // The first line read from the middle of the file is a fragment.
        read_line_bounded(&mut reader, &mut line, 0)
            .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        facts.partial = true;
    }
    scan_lines(&mut reader, facts).map_err(|e| format!("{}: cannot be read: {e}", path.display()))
}

fn scan_lines(reader: &mut impl BufRead, facts: &mut Facts) -> std::io::Result<()> {
    let mut line = Vec::new();
    while let Some(fits) = read_line_bounded(reader, &mut line, MAX_LINE_BYTES)? {
        if !fits {
            facts.skipped_lines += 1;
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let used = match serde_json::from_slice::<Value>(&line) {
            Ok(Value::Object(fields)) => matches!(apply_line(facts, &fields), LineKind::Used),
            _ => false,
        };
        if !used {
            facts.skipped_lines += 1;
        }
    }
    Ok(())
}

/// What the files of one session say, before redaction.
#[derive(Debug, Default)]
pub(super) struct Facts {
    session_id: Option<String>,
    title: Option<String>,
    connection: Option<String>,
    working_directory: Option<String>,
    /// Metadata `last_updated`, Unix seconds.
    updated: Option<i64>,
    /// Metadata `created_at` / `creationDate`, Unix seconds.
    created: Option<i64>,
    latest_event: Option<i64>,
    last_request: Option<String>,
    last_answer: Option<String>,
    /// (canonical name, name as first seen, count)
    tools: Vec<(String, String, u64)>,
    outcome: Option<(Option<String>, Option<bool>, Option<String>)>,
    skipped_lines: u64,
    partial: bool,
}

impl Facts {
    fn is_empty(&self) -> bool {
        self.session_id.is_none()
            && self.title.is_none()
            && self.last_request.is_none()
            && self.last_answer.is_none()
            && self.tools.is_empty()
            && self.outcome.is_none()
    }

    fn into_summary(
        self,
        path: &Path,
        format: SessionFormat,
        mtime: i64,
        redact: &dyn Fn(&str) -> String,
    ) -> SessionSummary {
        let time = self
            .updated
            .or(self.latest_event)
            .or(self.created)
            .unwrap_or(mtime);
        let time = jiff::Timestamp::from_second(time)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_string();
        // Redact the whole text first, then shorten: a secret is never cut in half.
        let text = |t: &str, max: usize| truncate_chars(&clean(&redact(t), usize::MAX), max);
        let long = |t: Option<String>| {
            t.as_deref()
                .map(|t| text(t, MAX_TEXT_CHARS))
                .filter(|t| !t.is_empty())
        };
        let label = |t: Option<String>| {
            t.as_deref()
                .map(|t| text(t, MAX_LABEL_CHARS))
                .filter(|t| !t.is_empty())
        };
        SessionSummary {
            session_id: self.session_id,
            file: path.display().to_string(),
            format,
            time,
            title: label(self.title),
            connection: label(self.connection),
            working_directory: label(self.working_directory),
            last_request: long(self.last_request),
            last_answer: long(self.last_answer),
            tools: self
                .tools
                .into_iter()
                .map(|(_, name, count)| ToolCount {
                    name: text(&name, MAX_TOOL_NAME_CHARS),
                    count,
                })
                .collect(),
            outcome: self.outcome.map(|(subtype, is_error, result)| Outcome {
                subtype,
                is_error,
                result: long(result),
            }),
            skipped_lines: self.skipped_lines,
            partial: self.partial,
        }
    }
}

#[cfg(test)]
mod tests;
