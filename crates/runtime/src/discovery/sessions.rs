//! Summaries of recent Cortex sessions, read from Cortex's own session files.
//!
//! Folders: `~/.snowflake/cortex/conversations/` (documented) and `~/.local/share/cortex/sessions/`
//! (older releases), searched up to [`MAX_DEPTH`] levels deep for `*.jsonl` files, without
//! following symbolic links. Files are taken newest first by modification time; files larger than
//! [`MAX_SESSION_FILE_BYTES`] are skipped (and reported), and every line is bounded by
//! [`MAX_LINE_BYTES`]: a longer line is skipped without being kept in memory. Lines that are not
//! JSON objects, and event types we do not know, are skipped; nothing in a session file is fatal.
//!
//! Each file is summarized from the stream format (DESIGN *Cortex facts*): the session id
//! (`system`/`init`), the time (the latest event `timestamp`, else the file's modification time),
//! the last request (the last `user` text), the tools used (`tool_use` names, counted), and the
//! outcome (the last `result` event). Free text (request, result, tool names) goes through the
//! caller's redactor — the whole text, before it is shortened, so a secret is never cut in half
//! and half-kept.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::skill_md::{clean, truncate_chars};

/// Session files larger than this are skipped.
pub const MAX_SESSION_FILE_BYTES: u64 = 8 << 20;
/// Lines longer than this are skipped.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// The last request and the result text are shortened to this many characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// How deep below a session folder files are looked for.
pub const MAX_DEPTH: usize = 4;
/// At most this many files are considered (only their metadata is read).
const MAX_CANDIDATES: usize = 10_000;
/// At most this many files are skipped (too large, unreadable, empty) before giving up.
const MAX_SKIPPED_FILES: usize = 50;
/// At most this many distinct tools are counted per session.
const MAX_TOOL_KINDS: usize = 64;
const MAX_TOOL_NAME_CHARS: usize = 64;
const MAX_ID_CHARS: usize = 128;

/// One session, summarized. Serialized in `sessions --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionSummary {
    pub session_id: Option<String>,
    pub file: String,
    /// RFC 3339, UTC, to the second.
    pub time: String,
    pub last_request: Option<String>,
    pub tools: Vec<ToolCount>,
    pub outcome: Option<Outcome>,
    /// Lines that were not usable (not JSON, not an object, too long).
    pub skipped_lines: u64,
}

/// How often a tool was called.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToolCount {
    pub name: String,
    pub count: u64,
}

/// The session's last `result` event.
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

/// The session folders under the current HOME (none without one).
pub fn session_dirs() -> Vec<PathBuf> {
    dirs::home_dir()
        .map(|home| session_dirs_in(&home))
        .unwrap_or_default()
}

/// The session folders under `home`, documented one first.
pub fn session_dirs_in(home: &Path) -> Vec<PathBuf> {
    vec![
        home.join(".snowflake/cortex/conversations"),
        home.join(".local/share/cortex/sessions"),
    ]
}

/// Summarize the `limit` newest sessions in `dirs`, passing free text through `redact`.
pub fn recent_sessions(
    dirs: &[PathBuf],
    limit: usize,
    redact: &dyn Fn(&str) -> String,
) -> SessionScan {
    let mut candidates = Vec::new();
    for dir in dirs {
        collect_files(dir, 0, &mut candidates);
    }
    // Newest first; the path breaks ties so the order is stable.
    candidates.sort_by(|a, b| b.mtime.cmp(&a.mtime).then_with(|| a.path.cmp(&b.path)));
    let mut scan = SessionScan::default();
    for candidate in candidates {
        if scan.sessions.len() >= limit || scan.skipped.len() >= MAX_SKIPPED_FILES {
            break;
        }
        let file = candidate.path.display().to_string();
        if candidate.size > MAX_SESSION_FILE_BYTES {
            scan.skipped.push(SkippedFile {
                file,
                reason: format!(
                    "larger than {} MiB ({} bytes)",
                    MAX_SESSION_FILE_BYTES >> 20,
                    candidate.size
                ),
            });
            continue;
        }
        match summarize_file(&candidate.path, candidate.mtime, redact) {
            Ok(summary) => scan.sessions.push(summary),
            Err(reason) => scan.skipped.push(SkippedFile { file, reason }),
        }
    }
    scan
}

struct Candidate {
    path: PathBuf,
    mtime: i64,
    size: u64,
}

fn collect_files(dir: &Path, depth: usize, out: &mut Vec<Candidate>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if out.len() >= MAX_CANDIDATES {
            return;
        }
        // `file_type` does not follow symbolic links: linked files and folders are not read.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() && depth + 1 < MAX_DEPTH {
            collect_files(&path, depth + 1, out);
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "jsonl") {
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| jiff::Timestamp::try_from(t).ok())
                .map_or(0, |t| t.as_second());
            out.push(Candidate {
                path,
                mtime,
                size: meta.len(),
            });
        }
    }
}

/// Summarize one session file (`mtime` in Unix seconds is its time when no event has one).
pub fn summarize_file(
    path: &Path,
    mtime: i64,
    redact: &dyn Fn(&str) -> String,
) -> Result<SessionSummary, String> {
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
    if meta.len() > MAX_SESSION_FILE_BYTES {
        return Err(format!("larger than {} MiB", MAX_SESSION_FILE_BYTES >> 20));
    }
    let reader = BufReader::with_capacity(64 << 10, file.take(MAX_SESSION_FILE_BYTES));
    let facts = scan_events(reader).map_err(|e| format!("cannot be read: {e}"))?;
    if facts.is_empty() {
        return Err("no Cortex session events".to_string());
    }
    Ok(facts.into_summary(path, mtime, redact))
}

/// What the events of one session say, before redaction.
#[derive(Debug, Default)]
struct Facts {
    session_id: Option<String>,
    latest_event: Option<i64>,
    last_request: Option<String>,
    tools: Vec<(String, String, u64)>,
    outcome: Option<(Option<String>, Option<bool>, Option<String>)>,
    skipped_lines: u64,
}

impl Facts {
    fn is_empty(&self) -> bool {
        self.session_id.is_none()
            && self.last_request.is_none()
            && self.tools.is_empty()
            && self.outcome.is_none()
    }

    fn into_summary(
        self,
        path: &Path,
        mtime: i64,
        redact: &dyn Fn(&str) -> String,
    ) -> SessionSummary {
        let time = self.latest_event.unwrap_or(mtime);
        let time = jiff::Timestamp::from_second(time)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_string();
        // Redact the whole text first, then shorten: a secret is never cut in half.
        let text = |t: &str| truncate_chars(&clean(&redact(t), usize::MAX), MAX_TEXT_CHARS);
        SessionSummary {
            session_id: self.session_id,
            file: path.display().to_string(),
            time,
            last_request: self
                .last_request
                .as_deref()
                .map(text)
                .filter(|t| !t.is_empty()),
            tools: self
                .tools
                .into_iter()
                .map(|(_, name, count)| ToolCount {
                    name: truncate_chars(&clean(&redact(&name), usize::MAX), MAX_TOOL_NAME_CHARS),
                    count,
                })
                .collect(),
            outcome: self.outcome.map(|(subtype, is_error, result)| Outcome {
                subtype,
                is_error,
                result: result.as_deref().map(text).filter(|t| !t.is_empty()),
            }),
            skipped_lines: self.skipped_lines,
        }
    }
}

fn scan_events(mut reader: impl BufRead) -> std::io::Result<Facts> {
    let mut facts = Facts::default();
    let mut line = Vec::new();
    while let Some(fits) = read_line_bounded(&mut reader, &mut line, MAX_LINE_BYTES)? {
        if !fits {
            facts.skipped_lines += 1;
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Value>(&line) {
            Ok(Value::Object(event)) => apply_event(&mut facts, &event),
            _ => facts.skipped_lines += 1,
        }
    }
    Ok(facts)
}

fn apply_event(facts: &mut Facts, event: &serde_json::Map<String, Value>) {
    let kind = event.get("type").and_then(Value::as_str).unwrap_or("");
    if let Some(ts) = event
        .get("timestamp")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<jiff::Timestamp>().ok())
    {
        let secs = ts.as_second();
        facts.latest_event = Some(facts.latest_event.map_or(secs, |t| t.max(secs)));
    }
    let id = event
        .get("session_id")
        .and_then(Value::as_str)
        .and_then(safe_token);
    let is_init = kind == "system" && event.get("subtype").and_then(Value::as_str) == Some("init");
    if let Some(id) = id
        && (is_init || facts.session_id.is_none())
    {
        facts.session_id = Some(id);
    }
    let content = event.get("message").and_then(|m| m.get("content"));
    match kind {
        "user" => {
            let text = match content {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(parts)) => parts
                    .iter()
                    .filter(|p| p.get("type").and_then(Value::as_str) == Some("text"))
                    .filter_map(|p| p.get("text").and_then(Value::as_str))
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => String::new(),
            };
            if !text.trim().is_empty() {
                facts.last_request = Some(text);
            }
        }
        "assistant" => {
            let Some(Value::Array(parts)) = content else {
                return;
            };
            for part in parts {
                if part.get("type").and_then(Value::as_str) != Some("tool_use") {
                    continue;
                }
                let Some(name) = part.get("name").and_then(Value::as_str) else {
                    continue;
                };
                let key = cortex_route_policy::tools::canonical(name);
                if key.is_empty() {
                    continue;
                }
                if let Some(entry) = facts.tools.iter_mut().find(|t| t.0 == key) {
                    entry.2 += 1;
                } else if facts.tools.len() < MAX_TOOL_KINDS {
                    let shown: String = name.chars().take(MAX_TOOL_NAME_CHARS * 2).collect();
                    facts.tools.push((key, shown, 1));
                }
            }
        }
        "result" => {
            facts.outcome = Some((
                event
                    .get("subtype")
                    .and_then(Value::as_str)
                    .and_then(safe_token),
                event.get("is_error").and_then(Value::as_bool),
                event
                    .get("result")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            ));
        }
        _ => {}
    }
}

/// Identifiers (session ids, subtypes) are shown only when they are plain tokens.
fn safe_token(text: &str) -> Option<String> {
    let ok = !text.is_empty()
        && text.chars().count() <= MAX_ID_CHARS
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    ok.then(|| text.to_string())
}

/// Read one line (without its `\n`) into `buf`, keeping at most `max` bytes.
///
/// `Ok(None)` at end of input; `Ok(Some(false))` when the line was longer than `max` (its bytes
/// were consumed and dropped as they were read, never held); `Ok(Some(true))` otherwise.
pub fn read_line_bounded(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(read_any.then_some(!too_long));
        }
        read_any = true;
        let newline = available.iter().position(|&b| b == b'\n');
        let chunk = &available[..newline.unwrap_or(available.len())];
        if !too_long {
            if buf.len() + chunk.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = newline.map_or(available.len(), |i| i + 1);
        reader.consume(used);
        if newline.is_some() {
            return Ok(Some(!too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn redact_pii(text: &str) -> String {
        let email = regex::Regex::new(r"[\w.+-]+@[\w-]+\.[\w.]+").unwrap();
        let token = regex::Regex::new(r"ghp_[A-Za-z0-9]{20,}").unwrap();
        let text = email.replace_all(text, "[EMAIL]");
        token.replace_all(&text, "[SECRET]").into_owned()
    }

    fn identity(text: &str) -> String {
        text.to_string()
    }

    fn write(dir: &Path, rel: &str, lines: &[&str], mtime: i64) -> PathBuf {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut f = std::fs::File::create(&path).unwrap();
        for l in lines {
            writeln!(f, "{l}").unwrap();
        }
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(mtime as u64);
        f.set_modified(t).unwrap();
        path
    }

    const SESSION: &[&str] = &[
        r#"{"type":"system","subtype":"init","session_id":"s-1","tools":["read"],"model":"m","cwd":"/"}"#,
        r#"{"type":"user","message":{"role":"user","content":"email ana@example.com the credit report"}}"#,
        r#"{"type":"assistant","message":{"content":[{"type":"text","text":"ok"},{"type":"tool_use","id":"t1","name":"snowflake_sql_execute","input":{}}]}}"#,
        r#"{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"t1","content":"42","is_error":false}]}}"#,
        r#"{"type":"assistant","message":{"content":[{"type":"tool_use","id":"t2","name":"SnowflakeSqlExecute","input":{}},{"type":"tool_use","id":"t3","name":"read","input":{}}]}}"#,
        r#"{"type":"result","subtype":"success","is_error":false,"result":"Sent to bob@example.com with token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789","num_turns":2}"#,
    ];

    #[test]
    fn a_session_is_summarized() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "a.jsonl", SESSION, 1_700_000_000);
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
        let s = &scan.sessions[0];
        assert_eq!(s.session_id.as_deref(), Some("s-1"));
        assert_eq!(s.time, "2023-11-14T22:13:20Z");
        assert_eq!(
            s.last_request.as_deref(),
            Some("email ana@example.com the credit report"),
            "a tool_result is not a request"
        );
        assert_eq!(
            s.tools,
            [
                ToolCount {
                    name: "snowflake_sql_execute".into(),
                    count: 2
                },
                ToolCount {
                    name: "read".into(),
                    count: 1
                }
            ]
        );
        let outcome = s.outcome.as_ref().unwrap();
        assert_eq!(outcome.subtype.as_deref(), Some("success"));
        assert_eq!(outcome.is_error, Some(false));
        assert_eq!(s.skipped_lines, 0);
    }

    #[test]
    fn pii_in_prompts_and_answers_goes_through_the_redactor() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "a.jsonl", SESSION, 1_700_000_000);
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &redact_pii);
        let json = serde_json::to_string(&scan).unwrap();
        assert!(!json.contains("example.com"), "{json}");
        assert!(!json.contains("ghp_"), "{json}");
        let s = &scan.sessions[0];
        assert_eq!(
            s.last_request.as_deref(),
            Some("email [EMAIL] the credit report")
        );
        assert_eq!(
            s.outcome.as_ref().unwrap().result.as_deref(),
            Some("Sent to [EMAIL] with token [SECRET]")
        );
    }

    #[test]
    fn a_secret_is_redacted_before_the_text_is_shortened() {
        let tmp = tempfile::tempdir().unwrap();
        let padding = "x ".repeat(MAX_TEXT_CHARS / 2 - 5);
        let line = format!(
            r#"{{"type":"user","message":{{"content":"{padding}ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"}}}}"#
        );
        write(tmp.path(), "a.jsonl", &[&line], 1);
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &redact_pii);
        let request = scan.sessions[0].last_request.as_deref().unwrap();
        assert!(!request.contains("ghp_"), "{request}");
    }

    #[test]
    fn malformed_lines_are_skipped_not_fatal() {
        let tmp = tempfile::tempdir().unwrap();
        let mut lines = vec![
            "not json",
            "{\"truncated\": ",
            "[]",
            "null",
            "\u{1}\u{2} junk",
            r#"{"type":"brand_new","x":{"y":1}}"#,
            r#"{"type":"assistant","message":{"content":"a string, not a list"}}"#,
            r#"{"type":"assistant","message":{"content":[{"type":"tool_use"}]}}"#,
            r#"{"type":"result","subtype":"error during <script>","is_error":"yes"}"#,
        ];
        lines.extend_from_slice(SESSION);
        write(tmp.path(), "a.jsonl", &lines, 1);
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
        let s = &scan.sessions[0];
        assert_eq!(s.session_id.as_deref(), Some("s-1"));
        assert_eq!(s.skipped_lines, 5);
        assert_eq!(
            s.outcome.as_ref().unwrap().subtype.as_deref(),
            Some("success")
        );
    }

    #[test]
    fn over_long_lines_are_skipped_and_the_rest_is_read() {
        let tmp = tempfile::tempdir().unwrap();
        let huge = format!(
            r#"{{"type":"user","message":{{"content":"{}"}}}}"#,
            "y".repeat(MAX_LINE_BYTES + 10)
        );
        let mut lines = SESSION.to_vec();
        lines.push(&huge);
        write(tmp.path(), "a.jsonl", &lines, 1);
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
        let s = &scan.sessions[0];
        assert_eq!(s.skipped_lines, 1);
        assert!(s.last_request.as_deref().unwrap().starts_with("email"));
    }

    #[test]
    fn oversized_files_are_skipped_and_reported() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "small.jsonl", SESSION, 1);
        let big = tmp.path().join("big.jsonl");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(MAX_SESSION_FILE_BYTES + 1).unwrap();
        f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(100))
            .unwrap();
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
        assert_eq!(scan.sessions.len(), 1);
        assert_eq!(scan.skipped.len(), 1);
        assert!(scan.skipped[0].file.ends_with("big.jsonl"));
        assert!(scan.skipped[0].reason.contains("larger than 8 MiB"));
    }

    #[test]
    fn newest_first_across_both_folders_with_a_limit() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("conversations");
        let b = tmp.path().join("sessions");
        let one = |id: &str| format!(r#"{{"type":"system","subtype":"init","session_id":"{id}"}}"#);
        write(&a, "old.jsonl", &[&one("old")], 100);
        write(&b, "nested/newest.jsonl", &[&one("newest")], 300);
        write(&a, "middle.jsonl", &[&one("middle")], 200);
        write(&a, "ignored.txt", &[&one("txt")], 400);
        let ids = |limit| {
            recent_sessions(&[a.clone(), b.clone()], limit, &identity)
                .sessions
                .into_iter()
                .map(|s| s.session_id.unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(5), ["newest", "middle", "old"]);
        assert_eq!(ids(2), ["newest", "middle"]);
    }

    #[test]
    fn symlinked_session_files_are_not_read() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = write(tmp.path(), "outside/secret.jsonl", SESSION, 1);
        let dir = tmp.path().join("sessions");
        std::fs::create_dir(&dir).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("link.jsonl")).unwrap();
        let scan = recent_sessions(&[dir], 5, &identity);
        assert!(scan.sessions.is_empty());
    }

    #[test]
    fn event_timestamps_win_over_the_file_time() {
        let tmp = tempfile::tempdir().unwrap();
        let lines = [
            r#"{"type":"system","subtype":"init","session_id":"t","timestamp":"2025-01-02T03:04:05Z"}"#,
            r#"{"type":"result","subtype":"success","timestamp":"2025-01-02T03:09:00.5Z"}"#,
        ];
        write(tmp.path(), "a.jsonl", &lines, 1);
        let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
        assert_eq!(scan.sessions[0].time, "2025-01-02T03:09:00Z");
    }

    #[test]
    fn bounded_line_reader_handles_pieces_and_endings() {
        let data = b"short\nexactly-10\nthis one is too long\nlast\n\nend";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        while let Some(ok) = read_line_bounded(&mut r, &mut buf, 10).unwrap() {
            got.push((ok, String::from_utf8(buf.clone()).unwrap()));
        }
        let want: Vec<(bool, String)> = [
            (true, "short"),
            (true, "exactly-10"),
            (false, ""),
            (true, "last"),
            (true, ""),
            (true, "end"),
        ]
        .iter()
        .map(|(ok, s)| (*ok, s.to_string()))
        .collect();
        assert_eq!(got, want);
    }
}
