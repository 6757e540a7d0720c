//! The ship state beside the log, and the one-shipper lock.
//!
//! - `<log>.ship` (0600, JSON): the machine id and chain id the rows carry, how far the chain is
//!   in Snowflake (the watermark: the last line shipped, or a place to resume), and the batch in
//!   flight (its request id and range), plus times and the last error for `doctor`.
//! - `<log>.ship.pending` (0600, JSON): that batch's exact payload and rows, so a resend after a
//!   crash is byte for byte the request that may already have been executed.
//! - `<log>.ship.lock`: `flock`ed by the one running shipper, never waited for.
//!
//! Both files are replaced atomically (write a temporary file, `fsync`, rename, `fsync` the
//! directory): after a crash each is either the old or the new version. The pending file is
//! written before the state that names it, and the state names its SHA-256, so a state never
//! points at a payload it cannot prove is the one it meant.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ShipError;
use crate::audit::files::{self, Layout};

/// State files larger than this are refused (the state is a few hundred bytes).
const MAX_STATE_BYTES: u64 = 64 * 1024;
/// A pending file holds one batch (at most 8 MiB of rows) twice: as payload and as rows.
const MAX_PENDING_BYTES: u64 = 40 << 20;

/// Where a line is, and the hash that identifies it. For a record, `entry_hash` is its
/// `entry_hash`; for a line that is not a record, `sha256:` and the SHA-256 of its bytes.
///
/// `line: 0` is not a line but a place to resume: the start of `generation` (after a rewrite,
/// a deletion or a new chain, see `cursor.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub generation: u32,
    pub line: u64,
    /// Where the line starts in its file.
    pub offset: u64,
    /// Where the next line starts.
    pub next_offset: u64,
    pub entry_hash: String,
}

impl Position {
    /// The start of a file, before its first line.
    pub fn start_of(generation: u32) -> Position {
        Position {
            generation,
            line: 0,
            offset: 0,
            next_offset: 0,
            entry_hash: String::new(),
        }
    }

    pub fn is_line(&self) -> bool {
        self.line > 0
    }
}

/// The batch in flight, as named in the state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingRef {
    /// The SQL API `requestId`: reused, with `retry=true`, for every resend of this batch.
    pub request_id: String,
    /// The first and last line the batch ships (`None` for a batch of events only).
    pub from: Option<Position>,
    pub to: Option<Position>,
    /// Where the watermark goes when the batch is stored.
    pub advance_to: Option<Position>,
    /// Lines (not events) in the batch.
    pub lines: u64,
    pub rows: u64,
    /// SHA-256 (hex) of the pending file.
    pub payload_sha256: String,
}

/// What `<log>.ship` holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShipState {
    pub version: u32,
    pub machine_id: String,
    pub chain_id: String,
    /// The first line shipped of this chain: a chain whose files no longer start here has been
    /// replaced by a new one.
    pub chain_start: Option<Position>,
    pub watermark: Option<Position>,
    pub pending: Option<PendingRef>,
    pub last_attempt_at: Option<String>,
    pub last_success_at: Option<String>,
    pub last_heartbeat_at: Option<String>,
    pub last_error: Option<String>,
    /// Lines shipped under this state, all chains.
    pub shipped_lines: u64,
}

/// The exact batch in flight (`<log>.ship.pending`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingFile {
    pub request_id: String,
    /// The request as the transport sends it.
    pub payload: String,
    /// The rows in it, each a JSON object, for splitting the batch if Snowflake rejects it.
    pub rows: Vec<String>,
    pub metas: Vec<super::batch::RowMeta>,
}

const STATE_VERSION: u32 = 1;

/// The paths of the ship files of one log.
#[derive(Debug, Clone)]
pub struct ShipFiles {
    pub layout: Layout,
}

impl ShipFiles {
    pub fn new(log: &Path) -> Result<ShipFiles, ShipError> {
        Ok(ShipFiles {
            layout: Layout::new(log).map_err(ShipError::Audit)?,
        })
    }

    pub fn state(&self) -> PathBuf {
        self.sibling("ship")
    }

    pub fn pending(&self) -> PathBuf {
        self.sibling("ship.pending")
    }

    fn lock(&self) -> PathBuf {
        self.sibling("ship.lock")
    }

    fn sibling(&self, suffix: &str) -> PathBuf {
        self.layout
            .dir
            .join(format!("{}.{suffix}", self.layout.name))
    }

    /// The state, or `None` when nothing was ever shipped from this log.
    pub fn load(&self) -> Result<Option<ShipState>, ShipError> {
        let path = self.state();
        let Some(text) = read_private(&path, MAX_STATE_BYTES)? else {
            return Ok(None);
        };
        let state: ShipState = serde_json::from_slice(&text).map_err(|e| ShipError::State {
            path: path.clone(),
            detail: format!("it is not a ship state ({e})"),
        })?;
        if state.version != STATE_VERSION
            || !is_id(&state.machine_id)
            || !is_id(&state.chain_id)
            || state
                .pending
                .as_ref()
                .is_some_and(|p| !is_id(&p.request_id))
        {
            return Err(ShipError::State {
                path,
                detail: "it has an unknown version or malformed ids".to_string(),
            });
        }
        Ok(Some(state))
    }

    /// A state for a log that was never shipped: this machine's id and a new chain id.
    pub fn fresh(&self) -> ShipState {
        ShipState {
            version: STATE_VERSION,
            machine_id: machine_id(),
            chain_id: new_uuid(),
            chain_start: None,
            watermark: None,
            pending: None,
            last_attempt_at: None,
            last_success_at: None,
            last_heartbeat_at: None,
            last_error: None,
            shipped_lines: 0,
        }
    }

    pub fn save(&self, state: &ShipState) -> Result<(), ShipError> {
        let bytes = serde_json::to_vec_pretty(state).map_err(|e| ShipError::State {
            path: self.state(),
            detail: format!("cannot encode: {e}"),
        })?;
        write_atomic(&self.layout.dir, &self.state(), &bytes)
    }

    /// Write the pending batch; returns the SHA-256 the state must name.
    pub fn save_pending(&self, pending: &PendingFile) -> Result<String, ShipError> {
        let bytes = serde_json::to_vec(pending).map_err(|e| ShipError::State {
            path: self.pending(),
            detail: format!("cannot encode: {e}"),
        })?;
        write_atomic(&self.layout.dir, &self.pending(), &bytes)?;
        Ok(hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes)))
    }

    /// The pending batch the state names, if its file is there and is the one named.
    pub fn load_pending(&self, named: &PendingRef) -> Result<Option<PendingFile>, ShipError> {
        let path = self.pending();
        let Some(bytes) = read_private(&path, MAX_PENDING_BYTES)? else {
            return Ok(None);
        };
        let digest = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
        if digest != named.payload_sha256 {
            return Ok(None);
        }
        let pending: PendingFile =
            serde_json::from_slice(&bytes).map_err(|e| ShipError::State {
                path: path.clone(),
                detail: format!("it is not a pending batch ({e})"),
            })?;
        if pending.request_id != named.request_id || pending.rows.len() != pending.metas.len() {
            return Ok(None);
        }
        Ok(Some(pending))
    }

    pub fn remove_pending(&self) {
        let _ = std::fs::remove_file(self.pending());
    }

    /// Take the one-shipper lock without waiting.
    pub fn lock_exclusive(&self) -> Result<ShipLock, ShipError> {
        files::ensure_dir(&self.layout).map_err(ShipError::Audit)?;
        let path = self.lock();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(|source| ShipError::Io {
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(ShipLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(ShipError::Busy { lock: path }),
            Err(std::fs::TryLockError::Error(source)) => Err(ShipError::Io { path, source }),
        }
    }
}

/// Held while shipping; dropping it releases the lock.
#[derive(Debug)]
pub struct ShipLock {
    _file: File,
}

/// The generation below which rotated files are fully shipped, for retention in `required`
/// mode: files of a lower generation may go, the rest must stay. `None` (keep everything) when
/// nothing was shipped, the state cannot be read, or it describes a chain newer than the files
/// (a log started over).
pub(crate) fn shipped_below(layout: &Layout, newest_generation: u32) -> Option<u32> {
    let files = ShipFiles {
        layout: layout.clone(),
    };
    let state = files.load().ok()??;
    let watermark = state.watermark?;
    (watermark.generation <= newest_generation).then_some(watermark.generation)
}

/// Read a small private file: `None` when it does not exist. Refuses links, non-regular files
/// and files larger than `max`.
fn read_private(path: &Path, max: u64) -> Result<Option<Vec<u8>>, ShipError> {
    let file = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(ShipError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let meta = file.metadata().map_err(|source| ShipError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if !meta.is_file() || meta.len() > max {
        return Err(ShipError::State {
            path: path.to_path_buf(),
            detail: format!("it is not a regular file of at most {max} bytes"),
        });
    }
    if meta.uid() != crate::sys::effective_uid() {
        return Err(ShipError::State {
            path: path.to_path_buf(),
            detail: "it belongs to another user".to_string(),
        });
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ShipError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(Some(bytes))
}

/// Replace `path` with `bytes`: temporary file (0600), `fsync`, rename, `fsync` the directory.
fn write_atomic(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), ShipError> {
    let io = |source| ShipError::Io {
        path: path.to_path_buf(),
        source,
    };
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    files::sync_dir(dir);
    Ok(())
}

/// A random (version 4) UUID, lowercase.
pub fn new_uuid() -> String {
    let mut b = [0u8; 16];
    if getrandom::fill(&mut b).is_err() {
        // Uniqueness, not secrecy: the clock and the pid, hashed.
        let seed = format!(
            "{}-{}",
            jiff::Timestamp::now().as_nanosecond(),
            std::process::id()
        );
        let digest = <sha2::Sha256 as sha2::Digest>::digest(seed.as_bytes());
        b.copy_from_slice(&digest[..16]);
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// This machine, without giving away its machine-id: an application-specific hash of
/// `/etc/machine-id` (as machine-id(5) asks), or a random id when there is none.
fn machine_id() -> String {
    for path in ["/etc/machine-id", "/var/lib/dbus/machine-id"] {
        if let Ok(text) = std::fs::read_to_string(path) {
            let id = text.trim();
            if id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
                let digest = <sha2::Sha256 as sha2::Digest>::digest(
                    format!("cortex-route audit sink machine id\n{id}").as_bytes(),
                );
                return hex::encode(&digest[..16]);
            }
        }
    }
    new_uuid().replace('-', "")
}

/// Ids go into SQL text as literals: lowercase hex digits and dashes only.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b) || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn uuids_and_machine_ids_are_safe_literals() {
        let u = new_uuid();
        assert_eq!(u.len(), 36);
        assert!(is_id(&u), "{u}");
        assert_eq!(&u[14..15], "4");
        assert_ne!(new_uuid(), u);
        assert!(is_id(&machine_id()));
        assert!(!is_id("x'; drop table t; --"));
        assert!(!is_id(""));
    }

    #[test]
    fn state_round_trips_privately_and_refuses_junk() {
        let dir = tempfile::tempdir().unwrap();
        let files = ShipFiles::new(&dir.path().join("audit.log")).unwrap();
        assert!(files.load().unwrap().is_none());
        let mut state = files.fresh();
        state.watermark = Some(Position {
            generation: 2,
            line: 7,
            offset: 100,
            next_offset: 180,
            entry_hash: "ab".repeat(32),
        });
        files.save(&state).unwrap();
        let mode = std::fs::metadata(files.state())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let back = files.load().unwrap().unwrap();
        assert_eq!(back.watermark, state.watermark);
        assert_eq!(back.chain_id, state.chain_id);

        std::fs::write(files.state(), b"{\"version\":1}").unwrap();
        assert!(matches!(files.load(), Err(ShipError::State { .. })));
    }

    #[test]
    fn a_pending_file_that_is_not_the_one_named_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let files = ShipFiles::new(&dir.path().join("audit.log")).unwrap();
        let pending = PendingFile {
            request_id: new_uuid(),
            payload: "{}".into(),
            rows: vec![],
            metas: vec![],
        };
        let sha = files.save_pending(&pending).unwrap();
        let mut named = PendingRef {
            request_id: pending.request_id.clone(),
            from: None,
            to: None,
            advance_to: None,
            lines: 0,
            rows: 0,
            payload_sha256: sha,
        };
        assert!(files.load_pending(&named).unwrap().is_some());
        named.payload_sha256 = "00".repeat(32);
        assert!(files.load_pending(&named).unwrap().is_none());
    }

    #[test]
    fn a_second_shipper_is_told_the_first_is_running() {
        let dir = tempfile::tempdir().unwrap();
        let files = ShipFiles::new(&dir.path().join("audit.log")).unwrap();
        let held = files.lock_exclusive().unwrap();
        assert!(matches!(
            files.lock_exclusive(),
            Err(ShipError::Busy { .. })
        ));
        drop(held);
        assert!(files.lock_exclusive().is_ok());
    }
}
