//! Where the log's files are, how they are opened, locked and scanned.
//!
//! Next to the log (`audit.log`) live
//! - rotated files `audit.log.<UTC yyyymmddThhmmssZ>.<generation>`: the generation counts files
//!   from the start of the chain (1) and orders them; the time is when the file was rotated;
//! - the head file `audit.log.head`: every writer takes an exclusive `flock` on it (it is never
//!   renamed, unlike the log), and it holds the `entry_hash` of the newest record, so removing
//!   records from the end of the log is detectable.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::ops::ControlFlow;
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::AuditError;
use super::line::{self, Hash, Link};
use super::record::limits;

/// The log's path split into what the other files are named after.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub log: PathBuf,
    pub dir: PathBuf,
    pub name: String,
}

/// A rotated file found next to the log.
#[derive(Debug, Clone)]
pub(crate) struct RotatedFile {
    pub path: PathBuf,
    pub generation: u32,
    /// When it was rotated (Unix seconds, from its name).
    pub rotated_at: i64,
}

impl Layout {
    pub fn new(log: &Path) -> Result<Layout, AuditError> {
        let name = log
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| AuditError::Unsafe {
                path: log.to_path_buf(),
                reason: "it does not end in a UTF-8 file name".to_string(),
                fix: "set security.audit_log_path to a file path such as ~/.local/state/cortex-route/audit.log".to_string(),
            })?
            .to_string();
        let dir = match log.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Ok(Layout {
            log: log.to_path_buf(),
            dir,
            name,
        })
    }

    pub fn head(&self) -> PathBuf {
        self.dir.join(format!("{}.head", self.name))
    }

    pub fn rotated_path(&self, at: jiff::Timestamp, generation: u32) -> PathBuf {
        self.dir.join(format!(
            "{}.{}.{generation}",
            self.name,
            at.strftime("%Y%m%dT%H%M%SZ")
        ))
    }

    /// `(rotated at, generation)` when `file_name` is one of this log's rotated files.
    pub fn parse_rotated(&self, file_name: &str) -> Option<(i64, u32)> {
        let rest = file_name.strip_prefix(&self.name)?.strip_prefix('.')?;
        let (stamp, generation) = rest.split_once('.')?;
        if stamp.len() != 16
            || generation.is_empty()
            || generation.len() > 9
            || generation.starts_with('0')
            || !generation.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let at = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", stamp)
            .ok()?
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()?
            .timestamp()
            .as_second();
        Some((at, generation.parse().ok()?))
    }

    /// This log's rotated files, oldest generation first.
    pub fn rotated(&self) -> Result<Vec<RotatedFile>, AuditError> {
        let io = |source| AuditError::Io {
            path: self.dir.clone(),
            source,
        };
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(e)),
        };
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io)?;
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if let Some((rotated_at, generation)) = self.parse_rotated(&name) {
                found.push(RotatedFile {
                    path: entry.path(),
                    generation,
                    rotated_at,
                });
            }
        }
        found.sort_by_key(|r| r.generation);
        Ok(found)
    }
}

/// Create the log's directory (and missing parents) with mode 0700.
pub(crate) fn ensure_dir(layout: &Layout) -> Result<(), AuditError> {
    let dir = &layout.dir;
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(_) => {
            return Err(AuditError::Unwritable {
                path: layout.log.clone(),
                source: io::Error::from(io::ErrorKind::NotADirectory),
                fix: format!(
                    "{} is not a directory; set security.audit_log_path to a file in a directory you can write",
                    dir.display()
                ),
            });
        }
        Err(_) => {}
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|source| AuditError::Unwritable {
            path: layout.log.clone(),
            source,
            fix: match preflight(&layout.log) {
                Err(problem) => problem.fix,
                Ok(()) => format!(
                    "create the directory yourself (`mkdir -p -m 700 {}`) or set security.audit_log_path to a writable location",
                    dir.display()
                ),
            },
        })
}

/// Why an audit log could not be written, found without writing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unwritable {
    pub reason: String,
    pub fix: String,
}

/// Could `log` be written (created, with its folders) by this user? Checked without creating or
/// changing anything (`doctor` must have no side effects), and with the fix that fits the cause.
pub fn preflight(log: &Path) -> Result<(), Unwritable> {
    let to_fix = "or set security.audit_log_path to a file you can write";
    if let Ok(meta) = std::fs::symlink_metadata(log) {
        if !meta.is_file() {
            return Err(Unwritable {
                reason: format!("{} is not a regular file", log.display()),
                fix: format!("move {} away, {to_fix}", log.display()),
            });
        }
        if !crate::sys::writable(log) {
            return Err(Unwritable {
                reason: format!("{} is not writable by you", log.display()),
                fix: format!("chmod u+w {}, {to_fix}", log.display()),
            });
        }
        return Ok(());
    }
    let mut ancestor = log.parent();
    while let Some(dir) = ancestor {
        match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => {
                return if crate::sys::writable(dir) {
                    Ok(())
                } else {
                    Err(Unwritable {
                        reason: format!("{} is not writable by you", dir.display()),
                        fix: format!("fix the permissions of {}, {to_fix}", dir.display()),
                    })
                };
            }
            Ok(_) => {
                return Err(Unwritable {
                    reason: format!("{} is a file, not a folder", dir.display()),
                    fix: format!("move {} away, {to_fix}", dir.display()),
                });
            }
            Err(_) => ancestor = dir.parent(),
        }
    }
    Err(Unwritable {
        reason: format!("{} has no existing folder above it", log.display()),
        fix: to_fix.trim_start_matches("or ").to_string(),
    })
}

fn unwritable(path: &Path, source: io::Error) -> AuditError {
    let dir = path.parent().unwrap_or(Path::new("."));
    AuditError::Unwritable {
        path: path.to_path_buf(),
        source,
        fix: format!(
            "make {} writable by you, or set security.audit_log_path to a file you can write",
            dir.display()
        ),
    }
}

/// Refuse anything but a regular file (a symlink would be renamed instead of its target at
/// rotation; a FIFO would block), and tighten a file of ours that others can read.
fn check_regular_private(file: &File, path: &Path) -> Result<(), AuditError> {
    let meta = file.metadata().map_err(|source| AuditError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if !meta.is_file() {
        return Err(AuditError::Unsafe {
            path: path.to_path_buf(),
            reason: "it is not a regular file".to_string(),
            fix: "remove it, or set security.audit_log_path to another file".to_string(),
        });
    }
    let me = crate::sys::effective_uid();
    if meta.uid() == me && meta.mode() & 0o077 != 0 {
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|source| unwritable(path, source))?;
    }
    Ok(())
}

fn open_error(path: &Path, source: io::Error) -> AuditError {
    if source.raw_os_error() == Some(libc::ELOOP) {
        return AuditError::Unsafe {
            path: path.to_path_buf(),
            reason: "it is a symbolic link".to_string(),
            fix: "set security.audit_log_path to the real file, not a link to it".to_string(),
        };
    }
    unwritable(path, source)
}

/// Open (creating it 0600) the current log for appending.
pub(crate) fn open_for_append(path: &Path) -> Result<File, AuditError> {
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_file()
    {
        // Checked before opening: opening a FIFO for writing would block.
        return Err(AuditError::Unsafe {
            path: path.to_path_buf(),
            reason: "it is not a regular file".to_string(),
            fix: "remove it, or set security.audit_log_path to another file".to_string(),
        });
    }
    let file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .map_err(|e| open_error(path, e))?;
    check_regular_private(&file, path)?;
    Ok(file)
}

/// What the head file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// No head file (a copied log, or a log from before the head was written).
    Absent,
    /// Created but never written.
    Empty,
    /// Not 64 lowercase hex and a newline.
    Damaged,
    Hash(Hash),
}

const HEAD_LEN: usize = 65;

/// A held lock on the head file; dropping it closes the file, which releases the lock.
#[derive(Debug)]
pub(crate) struct HeadLock {
    file: File,
    path: PathBuf,
}

#[derive(Clone, Copy)]
enum LockKind {
    Exclusive,
    Shared,
}

impl HeadLock {
    /// Create the head file if needed (0600) and lock it exclusively, waiting at most `timeout`.
    pub fn exclusive(layout: &Layout, timeout: Duration) -> Result<HeadLock, AuditError> {
        let path = layout.head();
        let open = || {
            OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
                .map_err(|e| open_error(&path, e))
                .and_then(|f| check_regular_private(&f, &path).map(|()| f))
        };
        Self::acquire(layout, path.clone(), LockKind::Exclusive, timeout, open)
    }

    /// Lock an existing head file shared (readers), waiting at most `timeout`. `None` when there
    /// is no head file or it cannot be opened: readers then go on without the lock.
    pub fn shared(layout: &Layout, timeout: Duration) -> Result<Option<HeadLock>, AuditError> {
        let path = layout.head();
        let open = || {
            OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
                .map_err(|e| open_error(&path, e))
        };
        if open().is_err() {
            return Ok(None);
        }
        Self::acquire(layout, path.clone(), LockKind::Shared, timeout, open).map(Some)
    }

    fn acquire(
        layout: &Layout,
        path: PathBuf,
        kind: LockKind,
        timeout: Duration,
        open: impl Fn() -> Result<File, AuditError>,
    ) -> Result<HeadLock, AuditError> {
        let deadline = Instant::now() + timeout;
        loop {
            let file = open()?;
            let file = match lock_until(file, kind, deadline) {
                Ok(file) => file,
                Err(LockFailure::TimedOut) => {
                    return Err(AuditError::LockTimeout {
                        path: layout.log.clone(),
                        lock: path,
                        waited: timeout,
                    });
                }
                Err(LockFailure::Io(source)) => return Err(AuditError::Io { path, source }),
            };
            // Someone may have removed or replaced the head file while we waited: a lock on an
            // unlinked file excludes nobody, so lock whatever the path names now.
            let same = match (file.metadata(), std::fs::metadata(&path)) {
                (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
                _ => false,
            };
            if same {
                return Ok(HeadLock { file, path });
            }
            if Instant::now() >= deadline {
                return Err(AuditError::LockTimeout {
                    path: layout.log.clone(),
                    lock: path,
                    waited: timeout,
                });
            }
        }
    }

    pub fn read(&self) -> Head {
        let mut buf = [0u8; HEAD_LEN + 1];
        let mut filled = 0;
        while filled < buf.len() {
            match self.file.read_at(&mut buf[filled..], filled as u64) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Head::Damaged,
            }
        }
        parse_head(&buf[..filled])
    }

    /// Record the newest entry hash. Not synced: the record itself already is, and a head left
    /// behind by a crash names an older record that is still in the log, which readers and
    /// writers accept.
    pub fn write(&self, hash: &Hash) -> Result<(), AuditError> {
        let mut text = hash.to_vec();
        text.push(b'\n');
        let io = |source| AuditError::Io {
            path: self.path.clone(),
            source,
        };
        self.file.write_all_at(&text, 0).map_err(io)?;
        self.file.set_len(HEAD_LEN as u64).map_err(io)
    }
}

fn parse_head(bytes: &[u8]) -> Head {
    match bytes {
        [] => Head::Empty,
        [hex @ .., b'\n'] if bytes.len() == HEAD_LEN && line::is_hex(hex) => {
            Hash::try_from(hex).map_or(Head::Damaged, Head::Hash)
        }
        _ => Head::Damaged,
    }
}

/// Read the head of a log without locking (for reports on a log whose head cannot be locked).
pub(crate) fn read_head_unlocked(layout: &Layout) -> Head {
    let mut buf = Vec::new();
    match File::open(layout.head()) {
        Ok(f) => match f.take(HEAD_LEN as u64 + 1).read_to_end(&mut buf) {
            Ok(_) => parse_head(&buf),
            Err(_) => Head::Damaged,
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Head::Absent,
        Err(_) => Head::Damaged,
    }
}

enum LockFailure {
    TimedOut,
    Io(io::Error),
}

/// Lock `file`, waiting until `deadline`. A blocking `flock` in a helper thread keeps the kernel's
/// wake-up order among waiters (polling would let one busy writer starve the others); if the
/// deadline passes first, the thread's late result is dropped, which closes the file and so
/// releases a lock obtained after we gave up.
fn lock_until(file: File, kind: LockKind, deadline: Instant) -> Result<File, LockFailure> {
    let tried = match kind {
        LockKind::Exclusive => file.try_lock(),
        LockKind::Shared => file.try_lock_shared(),
    };
    match tried {
        Ok(()) => return Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {}
        Err(std::fs::TryLockError::Error(e)) => return Err(LockFailure::Io(e)),
    }
    let (tx, rx) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name("audit-lock".to_string())
        .spawn(move || {
            let locked = match kind {
                LockKind::Exclusive => file.lock(),
                LockKind::Shared => file.lock_shared(),
            };
            let _ = tx.send(locked.map(|()| file));
        })
        .map_err(LockFailure::Io)?;
    match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        Ok(Ok(file)) => Ok(file),
        Ok(Err(e)) => Err(LockFailure::Io(e)),
        Err(_) => Err(LockFailure::TimedOut),
    }
}

/// Why the end of a file cannot be chained onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TailProblem {
    /// The last line has no newline: a write was cut short, or the file was truncated.
    Incomplete,
    /// The last line does not end with the two hashes.
    Malformed,
}

/// The hashes of the last record of the first `len` bytes of `file`, `None` when empty.
pub(crate) fn last_link(file: &File, len: u64) -> io::Result<Result<Option<Link>, TailProblem>> {
    if len == 0 {
        return Ok(Ok(None));
    }
    let want = (line::SUFFIX_LEN as u64 + 1).min(len);
    let mut buf = vec![0u8; want as usize];
    file.read_exact_at(&mut buf, len - want)?;
    let Some((b'\n', text)) = buf.split_last() else {
        return Ok(Err(TailProblem::Incomplete));
    };
    Ok(line::suffix_link(text)
        .filter(|l| line::is_hex(&l.prev) && line::is_hex(&l.entry))
        .map(Some)
        .ok_or(TailProblem::Malformed))
}

/// The first line of `file` (without its newline), if it has a complete one within the limit.
pub(crate) fn first_line(file: &File) -> io::Result<Option<Vec<u8>>> {
    let mut buf = vec![0u8; limits::LINE_BYTES];
    let mut filled = 0;
    while filled < buf.len() {
        match file.read_at(&mut buf[filled..], filled as u64) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(memchr::memchr(b'\n', &buf[..filled]).map(|end| {
        buf.truncate(end);
        buf
    }))
}

/// The generation a first line declares: its `rotation.generation` for the record the log writes
/// at rotation, 1 for any other record. `None` when the line is not a JSON object.
pub(crate) fn generation_of_first_line(first: &[u8]) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct First {
        event: String,
        rotation: Option<Rotation>,
    }
    #[derive(serde::Deserialize)]
    struct Rotation {
        generation: u32,
    }
    let parsed: First = serde_json::from_slice(first).ok()?;
    if parsed.event == super::record::LOG_ROTATED {
        parsed.rotation.map(|r| r.generation).filter(|g| *g >= 2)
    } else {
        Some(1)
    }
}

/// One item of a line scan.
pub(crate) enum LineItem<'a> {
    /// A complete line, without its newline.
    Line(&'a [u8]),
    /// Bytes after the last newline at the end of the data.
    Incomplete,
    /// A line longer than [`limits::LINE_BYTES`]; the scan stops there.
    TooLong,
}

const CHUNK: usize = 4 << 20;

/// Call `f` with each line of `reader` and its 1-based number, until it breaks or the data ends.
pub(crate) fn scan_lines<R: Read>(
    mut reader: R,
    mut f: impl FnMut(u64, LineItem<'_>) -> ControlFlow<()>,
) -> io::Result<()> {
    let mut buf = vec![0u8; CHUNK + limits::LINE_BYTES];
    let mut start = 0; // first byte not yet handed out
    let mut end = 0; // end of valid data
    let mut number = 0u64;
    loop {
        // Keep the partial line at the front, then fill the rest.
        if start > 0 {
            buf.copy_within(start..end, 0);
            end -= start;
            start = 0;
        }
        let read = loop {
            match reader.read(&mut buf[end..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        if read == 0 {
            if end > start {
                number += 1;
                let _ = f(number, LineItem::Incomplete);
            }
            return Ok(());
        }
        end += read;
        let base = start;
        for newline in memchr::memchr_iter(b'\n', &buf[base..end]) {
            let at = base + newline;
            number += 1;
            let (line_start, line_end) = (start, at);
            start = at + 1;
            if line_end - line_start >= limits::LINE_BYTES {
                let _ = f(number, LineItem::TooLong);
                return Ok(());
            }
            if f(number, LineItem::Line(&buf[line_start..line_end])).is_break() {
                return Ok(());
            }
        }
        // Re-scanning from `start` next time is fine: no newline was found after it.
        if end - start >= limits::LINE_BYTES {
            let _ = f(number + 1, LineItem::TooLong);
            return Ok(());
        }
    }
}

/// Whether `hash` is the entry hash of any record in the first `len` bytes of `file`.
pub(crate) fn contains_entry(file: &File, len: u64, hash: &Hash) -> io::Result<bool> {
    let mut found = false;
    let reader = ReadAt::new(file, len);
    scan_lines(reader, |_, item| {
        if let LineItem::Line(text) = item
            && line::suffix_link(text).is_some_and(|l| l.entry == *hash)
        {
            found = true;
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    })?;
    Ok(found)
}

/// Reads the first `len` bytes of a file by position, leaving the file's offset alone (the log is
/// opened for appending by the same handle).
pub(crate) struct ReadAt<'a> {
    file: &'a File,
    pos: u64,
    len: u64,
}

impl<'a> ReadAt<'a> {
    pub fn new(file: &'a File, len: u64) -> Self {
        ReadAt { file, pos: 0, len }
    }
}

impl Read for ReadAt<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.len - self.pos;
        let want = (buf.len() as u64).min(left) as usize;
        if want == 0 {
            return Ok(0);
        }
        let n = self.file.read_at(&mut buf[..want], self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Sync a directory so a rename in it survives a crash. Best effort: some file systems refuse.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> Layout {
        Layout::new(Path::new("/var/log/x/audit.log")).unwrap()
    }

    #[test]
    fn rotated_names_round_trip_and_strangers_are_ignored() {
        let l = layout();
        let at = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        let path = l.rotated_path(at, 12);
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_eq!(name, "audit.log.20231114T221320Z.12");
        assert_eq!(l.parse_rotated(name), Some((1_700_000_000, 12)));
        for stranger in [
            "audit.log",
            "audit.log.head",
            "audit.log.20231114T221320Z.012",
            "audit.log.20231114T221320Z.",
            "audit.log.20231114T221320Z.1.gz",
            "audit.log.2023-11-14.1",
            "audit.log.20231314T221320Z.1",
            "other.log.20231114T221320Z.1",
            "audit.logx.20231114T221320Z.1",
        ] {
            assert_eq!(l.parse_rotated(stranger), None, "{stranger}");
        }
    }

    #[test]
    fn head_file_contents() {
        assert_eq!(parse_head(b""), Head::Empty);
        let hash = [b'a'; 64];
        let text = format!("{}\n", line::hash_str(&hash));
        assert_eq!(parse_head(text.as_bytes()), Head::Hash(hash));
        assert_eq!(parse_head(&text.as_bytes()[..64]), Head::Damaged);
        assert_eq!(parse_head(text.to_uppercase().as_bytes()), Head::Damaged);
    }

    #[test]
    fn scan_reports_lines_a_partial_end_and_overlong_lines() {
        let mut seen = Vec::new();
        scan_lines(&b"a\nbb\n\nccc"[..], |n, item| {
            seen.push(match item {
                LineItem::Line(l) => format!("{n}:{}", String::from_utf8_lossy(l)),
                LineItem::Incomplete => format!("{n}:partial"),
                LineItem::TooLong => format!("{n}:long"),
            });
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(seen, ["1:a", "2:bb", "3:", "4:partial"]);

        let mut data = b"ok\n".to_vec();
        data.extend(vec![b'x'; limits::LINE_BYTES + 10]);
        data.push(b'\n');
        let mut items = Vec::new();
        scan_lines(&data[..], |n, item| {
            items.push((n, matches!(item, LineItem::TooLong)));
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(items, [(1, false), (2, true)]);
    }

    #[test]
    fn scan_handles_lines_across_chunk_boundaries() {
        let line = "y".repeat(1000);
        let count = CHUNK / 1000 * 3;
        let data = format!("{line}\n").repeat(count);
        let mut n_lines = 0;
        scan_lines(data.as_bytes(), |_, item| {
            match item {
                LineItem::Line(l) => assert_eq!(l.len(), 1000),
                _ => panic!("unexpected item"),
            }
            n_lines += 1;
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(n_lines, count);
    }
}
