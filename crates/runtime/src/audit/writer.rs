//! Appending: one locked, synced, chained line per record; rotation and retention on the way.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::AuditError;
use super::files::{self, Head, HeadLock, Layout, TailProblem};
use super::line::{self, GENESIS, Hash};
use super::record::{Entry, Record, RemovedFiles, Rotation, Stamp, limits};

/// The audit log named by `security.audit_log_path`, with its rotation and retention settings.
#[derive(Debug, Clone)]
pub struct AuditLog {
    path: PathBuf,
    rotation_bytes: u64,
    retention_days: u32,
    lock_timeout: Duration,
    /// `security.audit_sink.mode: required`: retention keeps files not fully shipped.
    keep_unshipped: bool,
}

/// What [`AuditLog::append`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appended {
    pub audit_id: String,
    /// Hex SHA256 of the record (its `entry_hash`).
    pub entry_hash: String,
}

impl AuditLog {
    /// How long a writer waits for the lock before giving up with [`AuditError::LockTimeout`].
    pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);

    /// `rotation_bytes`: rotate before a record would take the file past this size.
    /// `retention_days`: delete rotated files rotated longer ago than this; 0 keeps them forever.
    pub fn new(path: impl Into<PathBuf>, rotation_bytes: u64, retention_days: u32) -> AuditLog {
        AuditLog {
            path: path.into(),
            rotation_bytes,
            retention_days,
            lock_timeout: Self::DEFAULT_LOCK_TIMEOUT,
            keep_unshipped: false,
        }
    }

    /// `security.audit_log_path`, `audit_log_rotation`, `audit_log_retention`, and whether
    /// `audit_sink.mode: required` keeps unshipped files from retention.
    pub fn from_settings(security: &cortex_route_policy::config::Security) -> AuditLog {
        AuditLog::new(
            security.audit_log_path.path(),
            security.audit_log_rotation.bytes(),
            security.audit_log_retention,
        )
        .keeping_unshipped(
            security.audit_sink.mode == cortex_route_policy::config::values::SinkMode::Required,
        )
    }

    /// Never let retention delete a rotated file that is not fully shipped to the audit sink
    /// (`security.audit_sink.mode: required`).
    pub fn keeping_unshipped(mut self, keep: bool) -> AuditLog {
        self.keep_unshipped = keep;
        self
    }

    pub fn with_lock_timeout(mut self, timeout: Duration) -> AuditLog {
        self.lock_timeout = timeout;
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Everything an append does short of writing: create the directory (0700), the log (0600)
    /// and its head file if needed, take the lock, and check the last record can be chained onto.
    /// In `auto` and `envelope_only` nothing may run unless this succeeds.
    pub fn ensure_writable(&self) -> Result<(), AuditError> {
        self.open_chain().map(|_| ())
    }

    /// Append one record: under the exclusive lock, chained to the newest record, written with a
    /// single `write` and synced to disk before returning. Rotates first when the record would
    /// take the file past the rotation size, and applies retention.
    pub fn append(&self, record: &Record) -> Result<Appended, AuditError> {
        let bounded = record.bounded();
        let stamp = Stamp::now();
        let mut chain = self.open_chain()?;

        let encode = |prev: &Hash| -> Result<(Vec<u8>, Hash), AuditError> {
            seal(&Entry::of_record(&stamp, &bounded, prev))
        };
        let (mut line, mut hash) = encode(&chain.prev)?;
        if chain.len > 0 && chain.len + line.len() as u64 > self.rotation_bytes {
            self.rotate(&mut chain)?;
        }

        let mut out = Vec::with_capacity(line.len() * 2);
        if let Some(rotation) = &chain.starts_generation {
            let marker_stamp = Stamp::now();
            let (marker, marker_hash) = seal(&Entry::rotation_marker(
                &marker_stamp,
                rotation,
                &chain.prev,
            ))?;
            out.extend_from_slice(&marker);
            (line, hash) = encode(&marker_hash)?;
        }
        out.extend_from_slice(&line);

        write_synced(&mut chain.file, chain.len, &out, &self.path)?;
        chain.lock.write(&hash)?;
        chain.len += out.len() as u64;
        self.apply_retention(&mut chain, hash);
        Ok(Appended {
            audit_id: stamp.audit_id,
            entry_hash: line::hash_str(&hash),
        })
    }

    /// Lock, open the current file and find the hash the next record must point at.
    fn open_chain(&self) -> Result<Chain, AuditError> {
        let layout = Layout::new(&self.path)?;
        files::ensure_dir(&layout)?;
        let lock = HeadLock::exclusive(&layout, self.lock_timeout)?;
        let file = files::open_for_append(&self.path)?;
        let len = file
            .metadata()
            .map_err(|source| AuditError::Io {
                path: self.path.clone(),
                source,
            })?
            .len();
        let head = lock.read();
        let last = last_link_of(&file, len, &self.path)?;
        let (prev, starts_generation) = match last {
            Some(link) => {
                let prev = match head {
                    Head::Hash(h)
                        if h != link.entry && !self.head_is_behind(&layout, &file, len, &h)? =>
                    {
                        // The newest records were removed since the head was written: chain
                        // onto the head anyway, so `audit verify` shows the gap here.
                        h
                    }
                    _ => link.entry,
                };
                (prev, None)
            }
            None => {
                // A new current file: after a rotation (maybe one interrupted before its first
                // record), or the very first record.
                let rotated = layout.rotated()?;
                let newest = rotated.last();
                let newest_last = match newest {
                    Some(r) => {
                        let f = File::open(&r.path).map_err(|source| AuditError::Io {
                            path: r.path.clone(),
                            source,
                        })?;
                        let len = f
                            .metadata()
                            .map_err(|source| AuditError::Io {
                                path: r.path.clone(),
                                source,
                            })?
                            .len();
                        last_link_of(&f, len, &r.path)?.map(|l| l.entry)
                    }
                    None => None,
                };
                let prev = match head {
                    Head::Hash(h) => h,
                    _ => newest_last.unwrap_or(GENESIS),
                };
                let starts = newest.map(|r| Rotation {
                    generation: r.generation + 1,
                    previous_file: file_name(&r.path),
                });
                (prev, starts)
            }
        };
        Ok(Chain {
            layout,
            lock,
            file,
            len,
            prev,
            starts_generation,
        })
    }

    /// True when the head names an older record that is still in the log: a writer stopped
    /// between syncing its record and updating the head (which is not synced on its own: after a
    /// crash it may lag behind). Only checked when the two disagree, newest file first.
    fn head_is_behind(
        &self,
        layout: &Layout,
        file: &File,
        len: u64,
        head: &Hash,
    ) -> Result<bool, AuditError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| AuditError::Io { path, source }
        };
        if files::contains_entry(file, len, head).map_err(io(&self.path))? {
            return Ok(true);
        }
        for rotated in layout.rotated()?.iter().rev() {
            let f = File::open(&rotated.path).map_err(io(&rotated.path))?;
            let flen = f.metadata().map_err(io(&rotated.path))?.len();
            if files::contains_entry(&f, flen, head).map_err(io(&rotated.path))? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Rename the full current file to the next rotated name and start an empty one; the next
    /// record written is the new file's rotation record.
    fn rotate(&self, chain: &mut Chain) -> Result<(), AuditError> {
        let first = files::first_line(&chain.file).map_err(|source| AuditError::Io {
            path: self.path.clone(),
            source,
        })?;
        let generation = first
            .as_deref()
            .and_then(files::generation_of_first_line)
            .ok_or_else(|| AuditError::Unchainable {
                path: self.path.clone(),
                reason: "its first line is not an audit record, so it cannot be rotated"
                    .to_string(),
            })?;
        let rotated = chain
            .layout
            .rotated_path(jiff::Timestamp::now(), generation);
        if rotated.exists() {
            return Err(AuditError::Unsafe {
                path: rotated.clone(),
                reason: "a rotated file with this name already exists".to_string(),
                fix: "move it away; cortex-route never overwrites audit files".to_string(),
            });
        }
        std::fs::rename(&self.path, &rotated).map_err(|source| AuditError::Unwritable {
            path: self.path.clone(),
            source,
            fix: format!(
                "make {} writable by you so the log can be rotated",
                chain.layout.dir.display()
            ),
        })?;
        files::sync_dir(&chain.layout.dir);
        chain.file = files::open_for_append(&self.path)?;
        chain.len = 0;
        chain.starts_generation = Some(Rotation {
            generation: generation + 1,
            previous_file: file_name(&rotated),
        });
        Ok(())
    }

    /// Delete rotated files rotated more than `retention_days` ago, oldest first, stopping at the
    /// first one still kept so the remaining files always form one unbroken chain (in `required`
    /// sink mode also at the first one not fully shipped). Never the current file. Best effort: a
    /// file that cannot be removed is kept (longer is safe).
    ///
    /// Every removal is recorded in the chain (`retention_removed`: through which generation, and
    /// that generation's last `entry_hash`), so `audit verify` can tell files retention removed
    /// from files someone deleted.
    fn apply_retention(&self, chain: &mut Chain, prev: Hash) {
        if self.retention_days == 0 {
            return;
        }
        let cutoff = jiff::Timestamp::now().as_second() - i64::from(self.retention_days) * 86_400;
        let Ok(rotated) = chain.layout.rotated() else {
            return;
        };
        // Files below the watermark's generation are in Snowflake; when unsure, keep them all.
        let shipped_below = if self.keep_unshipped {
            let newest = rotated.last().map_or(0, |r| r.generation).saturating_add(1);
            Some(super::sink::state::shipped_below(&chain.layout, newest).unwrap_or(0))
        } else {
            None
        };
        let mut removed: Option<(u32, Hash)> = None;
        let mut count = 0u32;
        for file in rotated {
            if file.rotated_at >= cutoff
                || shipped_below.is_some_and(|below| file.generation >= below)
            {
                break;
            }
            // Its last record, read before it goes: the chain continues from it.
            let last = File::open(&file.path).ok().and_then(|f| {
                let len = f.metadata().ok()?.len();
                files::last_link(&f, len).ok()?.ok().flatten()
            });
            let Some(last) = last else { break };
            if std::fs::remove_file(&file.path).is_err() {
                break;
            }
            removed = Some((file.generation, last.entry));
            count += 1;
        }
        let Some((generation, last)) = removed else {
            return;
        };
        let marker = RemovedFiles {
            through_generation: generation,
            last_entry_hash: line::hash_str(&last),
            files: count,
        };
        let stamp = Stamp::now();
        let Ok((bytes, hash)) = seal(&Entry::retention_marker(&stamp, &marker, &prev)) else {
            return;
        };
        // A marker that cannot be written leaves the removal unrecorded: `audit verify` will then
        // report the missing files, which is the safe side.
        if write_synced(&mut chain.file, chain.len, &bytes, &self.path).is_ok() {
            let _ = chain.lock.write(&hash);
            chain.len += bytes.len() as u64;
        }
    }
}

struct Chain {
    layout: Layout,
    lock: HeadLock,
    file: File,
    /// Bytes in the current file when the lock was taken.
    len: u64,
    /// The hash the next line must carry as `prev_hash`.
    prev: Hash,
    /// Set when the next line starts a new file: its rotation record goes first.
    starts_generation: Option<Rotation>,
}

fn seal(entry: &Entry<'_>) -> Result<(Vec<u8>, Hash), AuditError> {
    let body = serde_json::to_vec(entry).map_err(|e| AuditError::Encode(e.to_string()))?;
    let (line, hash) = line::seal(&body).ok_or_else(|| {
        AuditError::Encode("the record does not end with prev_hash (field order)".to_string())
    })?;
    if line.len() > limits::LINE_BYTES {
        return Err(AuditError::Encode(format!(
            "the record is {} bytes, more than the {}-byte limit",
            line.len(),
            limits::LINE_BYTES
        )));
    }
    Ok((line, hash))
}

fn last_link_of(file: &File, len: u64, path: &Path) -> Result<Option<line::Link>, AuditError> {
    let found = files::last_link(file, len).map_err(|source| AuditError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    found.map_err(|problem| AuditError::Unchainable {
        path: path.to_path_buf(),
        reason: match problem {
            TailProblem::Incomplete => {
                "it ends with an incomplete record (a write was cut short or the file was truncated)"
            }
            TailProblem::Malformed => "its last line is not an audit record",
        }
        .to_string(),
    })
}

/// One write of the whole buffer, then `fsync`. On failure the file is cut back to `len`, so a
/// failed append leaves no partial line behind for the next writer to trip on.
fn write_synced(file: &mut File, len: u64, bytes: &[u8], path: &Path) -> Result<(), AuditError> {
    let result = file.write_all(bytes).and_then(|()| file.sync_data());
    if let Err(source) = result {
        let _ = file.set_len(len);
        let _ = file.sync_data();
        return Err(AuditError::Unwritable {
            path: path.to_path_buf(),
            source,
            fix: "free disk space or fix the file's permissions, then try again".to_string(),
        });
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
