//! Where shipping resumes, and reading the lines after it.
//!
//! The watermark names the last line Snowflake has (generation, line, offset, hash). Rotation
//! renames a file without changing its bytes, so a position stays valid in the rotated file of
//! the same generation. Before reading on, the line at the watermark is checked; when the log no
//! longer continues the shipped chain, an event row says why and shipping goes on from a place
//! that loses nothing:
//!
//! - `chain_restarted`: the log started over (its files are older than the shipped ones, or the
//!   chain's first shipped line is gone). A new chain id; everything is shipped from the oldest
//!   file. A log rewritten from its very first record looks the same, and is reported the same.
//! - `history_rewritten`: the line at the watermark no longer has its hash. The whole file is
//!   shipped again: unchanged lines are duplicates the view removes, changed ones show in
//!   Snowflake as `conflict` and `fork` next to what was shipped before.
//! - `unshipped_deleted`: the watermark's file is gone and the next file does not continue from
//!   it (retention or a person removed lines that were never shipped), or files are missing
//!   between two that are here. Shipping goes on with the next file; Snowflake shows a `gap`.

use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::FileExt;

use serde_json::{Map, Value, json};

use super::ShipError;
use super::batch::{self, LineReader, RawLine, Row};
use super::state::{Position, ShipState};
use crate::audit::files;
use crate::audit::verify::{SnapFile, Snapshot};
use cortex_route_policy::config::values::SinkContent;

/// One file of the chain, with its generation.
pub struct ChainFile<'a> {
    pub generation: u32,
    pub snap: &'a SnapFile,
}

/// The snapshot's files in chain order, each with its generation (the current file's from its
/// first line). An empty current file is left out: it has nothing to ship yet.
pub fn chain_files(snapshot: &Snapshot) -> Result<Vec<ChainFile<'_>>, ShipError> {
    let mut out = Vec::with_capacity(snapshot.files.len());
    let mut newest_rotated = 0;
    for snap in &snapshot.files {
        let generation = match snap.generation {
            Some(g) => {
                newest_rotated = newest_rotated.max(g);
                g
            }
            None => {
                let (file, len) = snap.open_with_len().map_err(ShipError::Audit)?;
                if len == 0 {
                    continue;
                }
                let first = files::first_line(&file).map_err(|source| ShipError::Io {
                    path: snap.path.clone(),
                    source,
                })?;
                // A current file whose first line is damaged still comes after the rotated ones.
                first
                    .as_deref()
                    .and_then(files::generation_of_first_line)
                    .unwrap_or(newest_rotated + 1)
            }
        };
        out.push(ChainFile { generation, snap });
    }
    Ok(out)
}

/// The next line to read: file index (in [`chain_files`] order), its line number, its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub file: usize,
    pub line: u64,
    pub offset: u64,
}

/// Where to start, and the events to ship first.
#[derive(Debug)]
pub struct Plan {
    pub cursor: Option<Cursor>,
    pub events: Vec<Row>,
    /// The log started over: the rows from here on belong to a new chain id.
    pub new_chain: bool,
}

/// Decide where shipping resumes (see the module docs).
pub fn plan(state: &ShipState, chain: &[ChainFile<'_>]) -> Result<Plan, ShipError> {
    let (Some(first), Some(last)) = (chain.first(), chain.last()) else {
        return Ok(Plan {
            cursor: None,
            events: Vec::new(),
            new_chain: false,
        });
    };
    let from_start = Cursor {
        file: 0,
        line: 1,
        offset: 0,
    };
    let Some(w) = &state.watermark else {
        return Ok(Plan {
            cursor: Some(from_start),
            events: Vec::new(),
            new_chain: false,
        });
    };

    if let Some(reason) = restarted(state, chain, first.generation, last.generation)? {
        let mut body = Map::new();
        body.insert("previous_chain_id".into(), json!(state.chain_id));
        body.insert("previous_watermark".into(), position_json(w));
        body.insert("reason".into(), json!(reason));
        let event = batch::event_row(
            "chain_restarted",
            body,
            Some(Position::start_of(first.generation)),
        );
        return Ok(Plan {
            cursor: Some(from_start),
            events: vec![event],
            new_chain: true,
        });
    }

    if let Some(index) = chain.iter().position(|f| f.generation == w.generation) {
        let at_start = Cursor {
            file: index,
            line: 1,
            offset: 0,
        };
        if !w.is_line() {
            return Ok(Plan {
                cursor: Some(at_start),
                events: Vec::new(),
                new_chain: false,
            });
        }
        let found = read_at(chain[index].snap, w.offset)?;
        let same = found.as_ref().is_some_and(|raw| {
            raw.complete
                && raw.next_offset() == w.next_offset
                && batch::line_identity(raw) == w.entry_hash
        });
        if same {
            return Ok(Plan {
                cursor: Some(Cursor {
                    file: index,
                    line: w.line + 1,
                    offset: w.next_offset,
                }),
                events: Vec::new(),
                new_chain: false,
            });
        }
        let mut body = Map::new();
        body.insert("watermark".into(), position_json(w));
        body.insert(
            "found".into(),
            match &found {
                Some(raw) if raw.complete => json!(batch::line_identity(raw)),
                _ => Value::Null,
            },
        );
        body.insert(
            "action".into(),
            json!("the whole file is shipped again; changed lines show as conflicts"),
        );
        let event = batch::event_row(
            "history_rewritten",
            body,
            Some(Position::start_of(w.generation)),
        );
        return Ok(Plan {
            cursor: Some(at_start),
            events: vec![event],
            new_chain: false,
        });
    }

    // The watermark's file is gone; `restarted` made sure a newer one exists.
    let Some(index) = chain.iter().position(|f| f.generation > w.generation) else {
        return Err(ShipError::Internal(
            "no file after the watermark's generation".to_string(),
        ));
    };
    let next = &chain[index];
    let at_next = Cursor {
        file: index,
        line: 1,
        offset: 0,
    };
    let continues = w.is_line()
        && next.generation == w.generation + 1
        && read_at(next.snap, 0)?.is_some_and(|raw| {
            raw.complete
                && crate::audit::line::link_of(&raw.bytes)
                    .is_ok_and(|l| crate::audit::line::hash_str(&l.prev) == w.entry_hash)
        });
    if continues {
        return Ok(Plan {
            cursor: Some(at_next),
            events: Vec::new(),
            new_chain: false,
        });
    }
    let mut body = Map::new();
    body.insert("after".into(), position_json(w));
    body.insert("resumed_at_generation".into(), json!(next.generation));
    let event = batch::event_row(
        "unshipped_deleted",
        body,
        Some(Position::start_of(next.generation)),
    );
    Ok(Plan {
        cursor: Some(at_next),
        events: vec![event],
        new_chain: false,
    })
}

/// Why the files are not the shipped chain any more, if they are not.
fn restarted(
    state: &ShipState,
    chain: &[ChainFile<'_>],
    oldest: u32,
    newest: u32,
) -> Result<Option<String>, ShipError> {
    let Some(w) = &state.watermark else {
        return Ok(None);
    };
    if newest < w.generation {
        return Ok(Some(format!(
            "the newest file is generation {newest}, but generation {} was shipped",
            w.generation
        )));
    }
    let Some(start) = &state.chain_start else {
        return Ok(None);
    };
    if oldest < start.generation {
        return Ok(Some(format!(
            "a file of generation {oldest} appeared, older than the chain's first shipped line (generation {})",
            start.generation
        )));
    }
    if let Some(file) = chain.iter().find(|f| f.generation == start.generation) {
        let found = read_at(file.snap, start.offset)?;
        let same = found
            .as_ref()
            .is_some_and(|raw| raw.complete && batch::line_identity(raw) == start.entry_hash);
        if !same {
            return Ok(Some(
                "the chain's first shipped line is no longer in its file".to_string(),
            ));
        }
    }
    Ok(None)
}

fn position_json(p: &Position) -> Value {
    json!({"generation": p.generation, "line": p.line, "offset": p.offset, "entry_hash": p.entry_hash})
}

/// Read the rows after `cursor`, advancing it, until `max_rows` rows or `max_bytes` of JSON
/// (a single row larger than that is still taken alone), or the end of the log. A line without
/// a newline at the end of the newest file is left for later: a writer may be writing it.
pub fn read_rows(
    chain: &[ChainFile<'_>],
    cursor: &mut Cursor,
    content: SinkContent,
    max_rows: usize,
    max_bytes: usize,
    rows: &mut Vec<Row>,
) -> Result<(), ShipError> {
    let mut bytes = batch::array_len(rows);
    while cursor.file < chain.len() {
        let file = &chain[cursor.file];
        let last = cursor.file + 1 == chain.len();
        let mut reader = open_at(file.snap, cursor.offset)?;
        loop {
            if rows.len() >= max_rows {
                return Ok(());
            }
            let raw = reader.next_line().map_err(|source| ShipError::Io {
                path: file.snap.path.clone(),
                source,
            })?;
            let Some(raw) = raw else { break };
            if !raw.complete && last {
                return Ok(());
            }
            let row = batch::line_row(file.generation, cursor.line, &raw, content);
            if !rows.is_empty() && bytes + row.json.len() + 1 > max_bytes {
                return Ok(());
            }
            bytes += row.json.len() + 1;
            rows.push(row);
            cursor.line += 1;
            cursor.offset = raw.next_offset();
        }
        if last {
            return Ok(());
        }
        // On to the next file; a generation missing in between is reported where it is.
        let next = &chain[cursor.file + 1];
        if next.generation > file.generation + 1 {
            let mut body = Map::new();
            body.insert("after_generation".into(), json!(file.generation));
            body.insert("resumed_at_generation".into(), json!(next.generation));
            let event = batch::event_row("unshipped_deleted", body, None);
            bytes += event.json.len() + 1;
            rows.push(event);
        }
        *cursor = Cursor {
            file: cursor.file + 1,
            line: 1,
            offset: 0,
        };
    }
    Ok(())
}

/// Lines from `cursor` to the end of the log (complete ones), without keeping them.
pub fn count_after(chain: &[ChainFile<'_>], cursor: Cursor) -> Result<u64, ShipError> {
    let mut count = 0;
    for (index, file) in chain.iter().enumerate().skip(cursor.file) {
        let offset = if index == cursor.file {
            cursor.offset
        } else {
            0
        };
        let mut slice = FileSlice::open(file.snap, offset)?;
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = slice.read(&mut buf).map_err(|source| ShipError::Io {
                path: file.snap.path.clone(),
                source,
            })?;
            if n == 0 {
                break;
            }
            count += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
        }
    }
    Ok(count)
}

/// The line that starts at `offset` in a file, if there is one.
pub fn read_at(snap: &SnapFile, offset: u64) -> Result<Option<RawLine>, ShipError> {
    open_at(snap, offset)?
        .next_line()
        .map_err(|source| ShipError::Io {
            path: snap.path.clone(),
            source,
        })
}

fn open_at(snap: &SnapFile, offset: u64) -> Result<LineReader<FileSlice>, ShipError> {
    Ok(LineReader::new(FileSlice::open(snap, offset)?, offset))
}

/// A file's bytes from an offset to its length when the snapshot was taken, read by position.
pub struct FileSlice {
    file: File,
    pos: u64,
    end: u64,
}

impl FileSlice {
    fn open(snap: &SnapFile, offset: u64) -> Result<FileSlice, ShipError> {
        let (file, end) = snap.open_with_len().map_err(ShipError::Audit)?;
        Ok(FileSlice {
            file,
            pos: offset.min(end),
            end,
        })
    }
}

impl Read for FileSlice {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = (buf.len() as u64).min(self.end - self.pos) as usize;
        if want == 0 {
            return Ok(0);
        }
        let n = self.file.read_at(&mut buf[..want], self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}
