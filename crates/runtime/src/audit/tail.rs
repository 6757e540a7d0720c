//! `audit tail`: the newest records, read backwards from the end of the newest file (and on into
//! older rotated files when needed), without reading whole files.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;

use serde_json::Value;

use super::AuditError;
use super::record::{clean_text, limits};
use super::verify::Snapshot;

/// `tail` stops collecting once it holds this many bytes of records, even if fewer than the
/// requested number: a log of maximum-size lines must not make it use gigabytes.
pub const MAX_TAIL_BYTES: usize = 64 << 20;

const BLOCK: u64 = 64 * 1024;

/// The newest records, oldest first.
#[derive(Debug, Clone)]
pub struct Tail {
    /// Each record as written; a line that is not a JSON object becomes
    /// `{"malformed": true, "text": "<its first 200 bytes, control characters removed>"}`.
    pub records: Vec<Value>,
    /// `true` when [`MAX_TAIL_BYTES`] stopped the read before the requested number of records.
    pub stopped_at_byte_limit: bool,
}

/// The last `n` records of the log at `path` and its rotated files.
pub fn tail(path: &Path, n: usize) -> Result<Tail, AuditError> {
    let snapshot = Snapshot::take(path)?;
    if snapshot.files.is_empty() {
        return Err(AuditError::NotFound {
            path: path.to_path_buf(),
        });
    }
    let mut collector = Collector {
        want: n,
        bytes: 0,
        newest_first: Vec::new(),
        stopped_at_byte_limit: false,
    };
    for snap in snapshot.files.iter().rev() {
        if collector.done() {
            break;
        }
        let (file, len) = snap.open_with_len()?;
        collector
            .read_backwards(&file, len)
            .map_err(|source| AuditError::Io {
                path: snap.path.clone(),
                source,
            })?;
    }
    let mut records = collector.newest_first;
    records.reverse();
    Ok(Tail {
        records,
        stopped_at_byte_limit: collector.stopped_at_byte_limit,
    })
}

struct Collector {
    want: usize,
    bytes: usize,
    newest_first: Vec<Value>,
    stopped_at_byte_limit: bool,
}

impl Collector {
    fn done(&self) -> bool {
        self.newest_first.len() >= self.want || self.stopped_at_byte_limit
    }

    fn push(&mut self, line: &[u8]) {
        if self.bytes + line.len() > MAX_TAIL_BYTES {
            self.stopped_at_byte_limit = true;
            return;
        }
        self.bytes += line.len();
        let value = match serde_json::from_slice::<Value>(line) {
            Ok(v) if v.is_object() && line.len() <= limits::LINE_BYTES => v,
            _ => malformed(line),
        };
        self.newest_first.push(value);
    }

    /// Lines from the end of the first `len` bytes of `file` towards its start.
    fn read_backwards(&mut self, file: &File, len: u64) -> std::io::Result<()> {
        let mut end = len;
        // A file normally ends with a newline; bytes after the last one are an incomplete line.
        if end > 0 {
            let mut last = [0u8; 1];
            file.read_exact_at(&mut last, end - 1)?;
            if last[0] == b'\n' {
                end -= 1;
            }
        }
        // `pending` holds the bytes between the read position and the end of the unreported
        // region; `skipping` is set while passing over a line too long to keep.
        let mut pending: Vec<u8> = Vec::new();
        let mut skipping = false;
        let mut pos = end;
        while !self.done() {
            if pos == 0 {
                if !skipping && (end > 0 || !pending.is_empty()) {
                    self.push(&pending);
                }
                break;
            }
            let start = pos.saturating_sub(BLOCK);
            let mut block = vec![0u8; (pos - start) as usize];
            file.read_exact_at(&mut block, start)?;
            pos = start;
            if skipping {
                match memchr::memrchr(b'\n', &block) {
                    Some(i) => {
                        block.truncate(i + 1);
                        skipping = false;
                    }
                    None => continue,
                }
            }
            block.extend_from_slice(&pending);
            pending = block;
            while let Some(i) = memchr::memrchr(b'\n', &pending) {
                self.push(&pending[i + 1..]);
                pending.truncate(i);
                if self.done() {
                    return Ok(());
                }
            }
            if pending.len() > limits::LINE_BYTES {
                self.newest_first
                    .push(malformed(&pending[pending.len() - 200..]));
                pending.clear();
                skipping = true;
            }
        }
        Ok(())
    }
}

fn malformed(line: &[u8]) -> Value {
    let shown = &line[..line.len().min(200)];
    serde_json::json!({
        "malformed": true,
        "text": clean_text(&String::from_utf8_lossy(shown), 200).0,
    })
}

/// One readable line for a record: time, event, route/envelope, status and exit code, audit id.
pub fn human_line(record: &Value) -> String {
    let text = |key: &str| -> Option<String> {
        record
            .get(key)
            .and_then(Value::as_str)
            .map(|s| clean_text(s, limits::SHORT).0)
    };
    if record.get("malformed").and_then(Value::as_bool) == Some(true) {
        return format!("(not an audit record) {}", text("text").unwrap_or_default());
    }
    let ts = text("ts").unwrap_or_else(|| "?".into());
    let event = text("event").unwrap_or_else(|| "?".into());
    let id = text("audit_id").unwrap_or_else(|| "?".into());
    if let Some(rotation) = record.get("rotation").filter(|r| r.is_object()) {
        let generation = rotation.get("generation").and_then(Value::as_u64);
        let previous = rotation
            .get("previous_file")
            .and_then(Value::as_str)
            .map(|s| clean_text(s, limits::SHORT).0)
            .unwrap_or_default();
        return format!(
            "{ts}  {event:<17}  generation {} (continues {previous})  {id}",
            generation.map_or("?".to_string(), |g| g.to_string())
        );
    }
    let route = record
        .get("decision")
        .and_then(|d| d.get("route"))
        .and_then(Value::as_str)
        .map(|s| clean_text(s, limits::SHORT).0)
        .unwrap_or_else(|| "-".into());
    let envelope = text("envelope").unwrap_or_else(|| "-".into());
    let status = text("status").unwrap_or_else(|| "-".into());
    let exit = record
        .get("exit_code")
        .and_then(Value::as_i64)
        .map(|c| format!(" (exit {c})"))
        .unwrap_or_default();
    format!("{ts}  {event:<17}  {route}/{envelope}  {status}{exit}  {id}")
}
