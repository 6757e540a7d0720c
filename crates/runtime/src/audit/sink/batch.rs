//! Rows: what one shipped line or event looks like in the batch, how lines are read from the
//! log's files from a position, and the SQL the rows are inserted with.
//!
//! A batch is a JSON array bound to the one `?` of the `insert` section of
//! `references/audit-sink.sql`; each element is an object with
//! `k` (row kind: `record`, `hashes`, `malformed`, `event`), `g` (generation), `n` (line
//! number), `o` (byte offset), `l` (the raw line, or its last 160 characters for `hashes`),
//! and `p` (what the shipper says about a row that is not a full record). The raw line is
//! shipped as a JSON string so Snowflake stores it as VARCHAR, character for character.

use std::io::{self, BufRead, BufReader, Read};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::state::Position;
use crate::audit::line;
use crate::audit::record::limits;
use cortex_route_policy::config::values::SinkContent;

/// The SQL file: the `insert` section is what every batch executes.
pub const AUDIT_SINK_SQL: &str = include_str!("../../../../../references/audit-sink.sql");

/// A section of [`AUDIT_SINK_SQL`] (`-- @section NAME` up to the next one), trimmed.
pub fn sql_section(name: &str) -> Option<String> {
    let marker = format!("-- @section {name}");
    let mut lines = AUDIT_SINK_SQL.lines();
    lines.by_ref().find(|l| l.trim_end() == marker)?;
    let body: Vec<&str> = lines
        .take_while(|l| !l.starts_with("-- @section "))
        .collect();
    Some(body.join("\n").trim().to_string())
}

/// What a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    Record,
    Hashes,
    Malformed,
    Event,
}

/// What the shipper knows about a row besides its JSON: where the watermark goes once it is
/// stored, and what to ship instead if Snowflake rejects it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowMeta {
    pub kind: RowKind,
    /// For a line: its position. For the event that opens a new stretch (a rewrite, a deletion,
    /// a new chain): the place the next line is read from. `None` for a heartbeat.
    pub advance: Option<Position>,
    /// The line's last 160 characters when it ends with the two hashes.
    pub suffix: Option<String>,
    /// SHA-256 (hex) of the line's bytes, or of the event's JSON.
    pub sha256: String,
}

/// One row: its JSON object and what the shipper keeps about it.
#[derive(Debug, Clone)]
pub struct Row {
    pub json: String,
    pub meta: RowMeta,
}

impl Row {
    pub fn is_line(&self) -> bool {
        self.meta.kind != RowKind::Event
    }
}

/// One line read from a file: its bytes (up to the line limit), where it starts, how long it
/// is, and whether it ended with a newline.
#[derive(Debug)]
pub struct RawLine {
    pub offset: u64,
    /// Bytes without the newline (the whole line, even past the limit).
    pub len: u64,
    pub bytes: Vec<u8>,
    pub complete: bool,
    pub too_long: bool,
    pub sha256: [u8; 32],
}

impl RawLine {
    pub fn next_offset(&self) -> u64 {
        self.offset + self.len + u64::from(self.complete)
    }
}

/// Reads lines one at a time from an offset, keeping at most [`limits::LINE_BYTES`] of each.
pub struct LineReader<R: Read> {
    inner: BufReader<R>,
    offset: u64,
}

impl<R: Read> LineReader<R> {
    /// `reader` must start at `offset` in its file.
    pub fn new(reader: R, offset: u64) -> Self {
        LineReader {
            inner: BufReader::with_capacity(256 * 1024, reader),
            offset,
        }
    }

    pub fn next_line(&mut self) -> io::Result<Option<RawLine>> {
        let start = self.offset;
        let mut bytes = Vec::new();
        let mut len = 0u64;
        let mut hasher = Sha256::new();
        let mut too_long = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if len == 0 {
                    return Ok(None);
                }
                return Ok(Some(RawLine {
                    offset: start,
                    len,
                    bytes,
                    complete: false,
                    too_long,
                    sha256: hasher.finalize().into(),
                }));
            }
            let (part, newline) = match memchr::memchr(b'\n', buf) {
                Some(at) => (&buf[..at], true),
                None => (buf, false),
            };
            hasher.update(part);
            let room = limits::LINE_BYTES.saturating_sub(bytes.len());
            if part.len() > room {
                too_long = true;
            }
            bytes.extend_from_slice(&part[..part.len().min(room)]);
            let used = part.len() + usize::from(newline);
            len += part.len() as u64;
            self.offset += used as u64;
            self.inner.consume(used);
            if newline {
                return Ok(Some(RawLine {
                    offset: start,
                    len,
                    bytes,
                    complete: true,
                    too_long: too_long || len as usize >= limits::LINE_BYTES,
                    sha256: hasher.finalize().into(),
                }));
            }
        }
    }
}

/// What identifies a line in a [`Position`]: a record's `entry_hash`, else `sha256:` and the
/// SHA-256 of its bytes. The same rule as [`line_row`], without building the row.
pub fn line_identity(raw: &RawLine) -> String {
    if raw.complete
        && !raw.too_long
        && std::str::from_utf8(&raw.bytes).is_ok()
        && let Ok(link) = line::link_of(&raw.bytes)
    {
        return line::hash_str(&link.entry);
    }
    format!("sha256:{}", hex::encode(raw.sha256))
}

/// The row for line `number` of file `generation`.
pub fn line_row(generation: u32, number: u64, raw: &RawLine, content: SinkContent) -> Row {
    let sha256 = hex::encode(raw.sha256);
    let record = if raw.too_long || !raw.complete {
        Err(if raw.too_long {
            format!("longer than the {}-byte line limit", limits::LINE_BYTES)
        } else {
            "the last line of a rotated file has no newline".to_string()
        })
    } else {
        match std::str::from_utf8(&raw.bytes) {
            Err(_) => Err("not UTF-8".to_string()),
            Ok(text) => match line::link_of(text.as_bytes()) {
                Ok(link) => Ok((text, link)),
                Err(why) => Err(why.to_string()),
            },
        }
    };
    let mut obj = Map::new();
    obj.insert("g".into(), json!(generation));
    obj.insert("n".into(), json!(number));
    obj.insert("o".into(), json!(raw.offset));
    let (kind, entry_hash, suffix) = match record {
        Ok((text, link)) => {
            let suffix = text[text.len() - line::SUFFIX_LEN..].to_string();
            match content {
                SinkContent::Full => {
                    obj.insert("k".into(), json!("record"));
                    obj.insert("l".into(), json!(text));
                    (RowKind::Record, line::hash_str(&link.entry), Some(suffix))
                }
                SinkContent::HashesOnly => {
                    obj.insert("k".into(), json!("hashes"));
                    obj.insert("l".into(), json!(suffix));
                    obj.insert(
                        "p".into(),
                        json!({"prev_hash": line::hash_str(&link.prev),
                               "entry_hash": line::hash_str(&link.entry)}),
                    );
                    (RowKind::Hashes, line::hash_str(&link.entry), Some(suffix))
                }
            }
        }
        Err(reason) => {
            obj.insert("k".into(), json!("malformed"));
            if content == SinkContent::Full {
                obj.insert(
                    "l".into(),
                    json!(String::from_utf8_lossy(&raw.bytes).into_owned()),
                );
            }
            obj.insert(
                "p".into(),
                json!({"reason": reason, "sha256": sha256, "bytes": raw.len}),
            );
            (RowKind::Malformed, format!("sha256:{sha256}"), None)
        }
    };
    Row {
        json: Value::Object(obj).to_string(),
        meta: RowMeta {
            kind,
            advance: Some(Position {
                generation,
                line: number,
                offset: raw.offset,
                next_offset: raw.next_offset(),
                entry_hash,
            }),
            suffix,
            sha256,
        },
    }
}

/// An event row (`chain_restarted`, `history_rewritten`, `unshipped_deleted`, `heartbeat`):
/// `body` gets the event's name, a unique id and the time.
pub fn event_row(event: &str, mut body: Map<String, Value>, advance: Option<Position>) -> Row {
    body.insert("event".into(), json!(event));
    body.insert("id".into(), json!(super::state::new_uuid()));
    body.insert("ts".into(), json!(format!("{:.3}", jiff::Timestamp::now())));
    body.insert("cortex_route".into(), json!(env!("CARGO_PKG_VERSION")));
    let p = Value::Object(body);
    let json =
        json!({"k": "event", "g": null, "n": null, "o": null, "l": null, "p": p}).to_string();
    let sha256 = hex::encode(Sha256::digest(json.as_bytes()));
    Row {
        json,
        meta: RowMeta {
            kind: RowKind::Event,
            advance,
            suffix: None,
            sha256,
        },
    }
}

/// What to ship instead of a row Snowflake rejected on its own: its place and hashes (so the
/// chain can still be followed past it) and why, never its content.
pub fn rejected_row(row: &Row, detail: &str) -> Row {
    let position = row.meta.advance.clone().filter(Position::is_line);
    let json = json!({
        "k": "malformed",
        "g": position.as_ref().map(|p| p.generation),
        "n": position.as_ref().map(|p| p.line),
        "o": position.as_ref().map(|p| p.offset),
        "l": row.meta.suffix,
        "p": {"rejected": detail, "was": row.meta.kind, "sha256": row.meta.sha256},
    })
    .to_string();
    Row {
        json,
        meta: RowMeta {
            kind: RowKind::Malformed,
            ..row.meta.clone()
        },
    }
}

/// Bytes the rows take in the bound JSON array.
pub fn array_len(rows: &[Row]) -> usize {
    rows.iter().map(|r| r.json.len() + 1).sum::<usize>() + 1
}

/// Where the watermark goes once `rows` are stored: the last row that says.
pub fn advance_of(rows: &[Row]) -> Option<Position> {
    rows.iter().rev().find_map(|r| r.meta.advance.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::line::{GENESIS, hash_str, seal};

    fn record_line() -> Vec<u8> {
        let body = format!(
            "{{\"version\":1,\"event\":\"executed\",\"cwd\":\"/tmp/é\",\"prev_hash\":\"{}\"}}",
            hash_str(&GENESIS)
        );
        seal(body.as_bytes()).unwrap().0
    }

    #[test]
    fn the_sql_file_has_every_section_and_one_placeholder() {
        for name in ["setup", "table", "view", "insert"] {
            assert!(sql_section(name).is_some_and(|s| !s.is_empty()), "{name}");
        }
        let insert = sql_section("insert").unwrap();
        assert_eq!(insert.matches('?').count(), 1);
        for placeholder in ["{table}", "{chain_id}", "{machine_id}", "{request_id}"] {
            assert!(insert.contains(placeholder), "{placeholder}");
        }
        assert!(insert.contains("FLATTEN(INPUT => PARSE_JSON(?))"));
    }

    #[test]
    fn lines_are_read_with_offsets_and_a_cut_off_end() {
        let mut data = record_line();
        let first_len = data.len() as u64;
        data.extend_from_slice(b"garbage\n{\"partial");
        let mut r = LineReader::new(&data[..], 0);
        let a = r.next_line().unwrap().unwrap();
        assert!(a.complete && a.offset == 0 && a.next_offset() == first_len);
        let b = r.next_line().unwrap().unwrap();
        assert_eq!((b.offset, b.len, b.complete), (first_len, 7, true));
        let c = r.next_line().unwrap().unwrap();
        assert!(!c.complete);
        assert_eq!(c.bytes, b"{\"partial");
        assert!(r.next_line().unwrap().is_none());
    }

    #[test]
    fn overlong_lines_are_hashed_whole_but_kept_bounded() {
        let mut data = vec![b'x'; limits::LINE_BYTES + 5000];
        data.push(b'\n');
        let raw = LineReader::new(&data[..], 10).next_line().unwrap().unwrap();
        assert!(raw.too_long);
        assert_eq!(raw.bytes.len(), limits::LINE_BYTES);
        assert_eq!(raw.len, (limits::LINE_BYTES + 5000) as u64);
        let expect: [u8; 32] = Sha256::digest(&data[..data.len() - 1]).into();
        assert_eq!(raw.sha256, expect);
        let row = line_row(1, 1, &raw, SinkContent::Full);
        assert_eq!(row.meta.kind, RowKind::Malformed);
    }

    #[test]
    fn records_ship_whole_or_as_hashes_and_keep_their_bytes() {
        let line = record_line();
        let raw = LineReader::new(&line[..], 0).next_line().unwrap().unwrap();
        let full = line_row(3, 9, &raw, SinkContent::Full);
        let v: Value = serde_json::from_str(&full.json).unwrap();
        assert_eq!(v["k"], "record");
        assert_eq!(
            v["l"].as_str().unwrap().as_bytes(),
            &line[..line.len() - 1],
            "the raw line survives JSON"
        );
        assert_eq!(full.meta.advance.as_ref().unwrap().line, 9);
        let hashes = line_row(3, 9, &raw, SinkContent::HashesOnly);
        let v: Value = serde_json::from_str(&hashes.json).unwrap();
        assert_eq!(v["k"], "hashes");
        assert_eq!(v["l"].as_str().unwrap().len(), line::SUFFIX_LEN);
        assert!(
            !hashes.json.contains("executed"),
            "no content: {}",
            hashes.json
        );

        let rejected = rejected_row(&full, "SQL state 22000");
        let v: Value = serde_json::from_str(&rejected.json).unwrap();
        assert_eq!(v["k"], "malformed");
        assert_eq!(v["l"].as_str().unwrap().len(), line::SUFFIX_LEN);
        assert!(!rejected.json.contains("executed"));
    }
}
