//! `audit verify`: walk every record of every file in chain order, check each line's hash and its
//! link to the line before, and name the first line that breaks, with what is wrong with it.
//!
//! The fast path reads each line once and hashes its exact bytes (no JSON parsing except for the
//! first line of each file). Only when a link is broken does a second pass look for the two hashes
//! involved, to tell a deleted record from a reordered, duplicated or inserted one.

use std::fs::File;
use std::io::{self, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

use super::AuditError;
use super::files::{self, Head, HeadLock, Layout, LineItem};
use super::line::{self, GENESIS, Hash};
use super::record::limits;

/// How long `verify` and `tail` wait for writers before reading.
const READ_LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// The result of checking a log. `problem` is `None` when every check passed.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// The log that was checked (its rotated files sit next to it).
    pub path: PathBuf,
    /// `true` when nothing is wrong.
    pub ok: bool,
    /// Records checked (up to the first problem), not counting the `log_rotated` records that
    /// start rotated files.
    pub records: u64,
    /// The files, oldest first.
    pub files: Vec<FileReport>,
    /// Where the chain starts.
    pub start: ChainStart,
    /// What the head file says about the end of the chain.
    pub head: HeadState,
    /// The `entry_hash` of the last record checked: keep it elsewhere to prove later that
    /// nothing up to here changed.
    pub last_entry_hash: Option<String>,
    /// The first thing that is wrong.
    pub problem: Option<Problem>,
}

/// One file of the chain.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: PathBuf,
    /// From the rotated file's name, or the current file's first record; `None` when unknown.
    pub generation: Option<u32>,
    pub records: u64,
}

/// Where the chain begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ChainStart {
    /// No records at all.
    Empty,
    /// With the first record ever written (`prev_hash` all zeros).
    Genesis,
    /// With the rotation record of a later file: the `removed_files` files before it were
    /// deleted (by retention, or by hand).
    AfterRemovedFiles { generation: u32, removed_files: u32 },
}

/// The head file's verdict on the end of the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadState {
    /// It names the last record.
    Matches,
    /// It names an earlier record: a writer stopped between writing and updating the head.
    Behind,
    /// There is no head file (a copied log): removal of the newest records cannot be detected.
    Absent,
    /// Empty or unreadable: removal of the newest records cannot be detected.
    Unusable,
    /// Not compared, because the chain broke before its end.
    NotChecked,
}

/// What is wrong, and where.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based line in `file` (for `truncated_end`, the line after the last one).
    pub line: u64,
    pub kind: ProblemKind,
    pub message: String,
}

/// The kinds of damage `verify` tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The line's content does not match its `entry_hash`.
    Edited,
    /// The record this one points at is nowhere in the log.
    Deleted,
    /// The record this one points at comes later in the log.
    Reordered,
    /// This record appears earlier in the log too.
    Duplicated,
    /// This record points at an earlier record, not the line before: the lines between do not
    /// belong there.
    Inserted,
    /// The last line has no newline: a cut-short write, or a truncated file.
    Incomplete,
    /// Not an audit record (or an unsupported format version, or longer than the limit).
    Malformed,
    /// The oldest file does not start the chain: its first records were removed.
    TruncatedStart,
    /// The head file names a record that is not in the log: the newest records were removed.
    TruncatedEnd,
    /// A rotated file between two others is missing.
    MissingFile,
    /// No log file, but the head file says records were written.
    MissingLog,
    /// The head file is missing or damaged, so a cut at the end cannot be ruled out (pass
    /// `--expect-head` with a head kept elsewhere to check a copied log).
    HeadMissing,
    /// The head given with `--expect-head` is not a record of this log: it was cut short or
    /// rewritten.
    UnexpectedHead,
}

/// What `verify` is asked to prove besides the chain itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct VerifyOptions {
    /// `--expect-head`: an `entry_hash` kept elsewhere that must be a record of this log.
    pub expect_head: Option<Hash>,
}

/// Check the log at `path` and its rotated files. `Err` only when the log cannot be read at all
/// (missing, unreadable); damage is reported in [`VerifyReport::problem`].
pub fn verify(path: &Path) -> Result<VerifyReport, AuditError> {
    verify_with(path, VerifyOptions::default())
}

/// [`verify`], also proving `opts`.
pub fn verify_with(path: &Path, opts: VerifyOptions) -> Result<VerifyReport, AuditError> {
    let snapshot = Snapshot::take(path)?;
    let mut walk = Walk::new(path, &snapshot);
    walk.opts = opts;
    for index in 0..snapshot.files.len() {
        walk.file(index)?;
        if walk.problem.is_some() {
            break;
        }
    }
    walk.finish()
}

/// The files to check, found under the (shared) lock so no rotation happens half-seen.
pub(crate) struct Snapshot {
    pub layout: Layout,
    pub files: Vec<SnapFile>,
    pub head: Head,
}

pub(crate) struct SnapFile {
    pub path: PathBuf,
    /// From the name of a rotated file; `None` for the current file.
    pub generation: Option<u32>,
    /// The current file, opened under the lock (it may be renamed by a rotation right after).
    pub open: Option<(File, u64)>,
}

impl SnapFile {
    /// A reader over the file's bytes as they were when the snapshot was taken.
    pub fn reader(&self) -> Result<Box<dyn Read + '_>, AuditError> {
        match &self.open {
            Some((file, len)) => Ok(Box::new(files::ReadAt::new(file, *len))),
            None => {
                let file = File::open(&self.path).map_err(|source| AuditError::Io {
                    path: self.path.clone(),
                    source,
                })?;
                Ok(Box::new(file))
            }
        }
    }

    /// Open it (again) with its snapshot length.
    pub fn open_with_len(&self) -> Result<(File, u64), AuditError> {
        let io = |source| AuditError::Io {
            path: self.path.clone(),
            source,
        };
        match &self.open {
            Some((file, len)) => Ok((file.try_clone().map_err(io)?, *len)),
            None => {
                let file = File::open(&self.path).map_err(io)?;
                let len = file.metadata().map_err(io)?.len();
                Ok((file, len))
            }
        }
    }
}

impl Snapshot {
    pub fn take(path: &Path) -> Result<Snapshot, AuditError> {
        let layout = Layout::new(path)?;
        let lock = HeadLock::shared(&layout, READ_LOCK_TIMEOUT)?;
        let head = match &lock {
            Some(lock) => lock.read(),
            None => files::read_head_unlocked(&layout),
        };
        let mut files: Vec<SnapFile> = layout
            .rotated()?
            .into_iter()
            .map(|r| SnapFile {
                path: r.path,
                generation: Some(r.generation),
                open: None,
            })
            .collect();
        match File::open(path) {
            Ok(file) => {
                let meta = file.metadata().map_err(|source| AuditError::Io {
                    path: path.to_path_buf(),
                    source,
                })?;
                if !meta.is_file() {
                    return Err(AuditError::Unsafe {
                        path: path.to_path_buf(),
                        reason: "it is not a regular file".to_string(),
                        fix: "give the path of an audit log file".to_string(),
                    });
                }
                files.push(SnapFile {
                    path: path.to_path_buf(),
                    generation: None,
                    open: Some((file, meta.len())),
                });
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(AuditError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
        drop(lock);
        Ok(Snapshot {
            layout,
            files,
            head,
        })
    }
}

/// A line's place: (file index, 1-based line).
type Pos = (usize, u64);

struct Walk<'a> {
    snapshot: &'a Snapshot,
    report: VerifyReport,
    /// The entry hash of the last good line, and where it is.
    last: Option<(Hash, Pos)>,
    generation: Option<u32>,
    problem: Option<Problem>,
    opts: VerifyOptions,
    /// Retention records seen: (through generation, that generation's last entry hash).
    removals: Vec<(u32, String)>,
    /// The `prev_hash` of the oldest remaining record, when the oldest file is not generation 1.
    first_prev: Option<Hash>,
}

impl<'a> Walk<'a> {
    fn new(path: &Path, snapshot: &'a Snapshot) -> Walk<'a> {
        Walk {
            snapshot,
            report: VerifyReport {
                path: path.to_path_buf(),
                ok: false,
                records: 0,
                files: Vec::new(),
                start: ChainStart::Empty,
                head: HeadState::NotChecked,
                last_entry_hash: None,
                problem: None,
            },
            last: None,
            generation: None,
            problem: None,
            opts: VerifyOptions::default(),
            removals: Vec::new(),
            first_prev: None,
        }
    }

    fn flag(&mut self, index: usize, line: u64, kind: ProblemKind, message: String) {
        self.problem = Some(Problem {
            file: self.snapshot.files[index].path.clone(),
            line,
            kind,
            message,
        });
    }

    fn file(&mut self, index: usize) -> Result<(), AuditError> {
        let snapshot = self.snapshot;
        let snap = &snapshot.files[index];
        self.report.files.push(FileReport {
            path: snap.path.clone(),
            generation: snap.generation,
            records: 0,
        });
        let reader = snap.reader()?;
        let mut records = 0u64;
        let mut lines = 0u64;
        let mut broken_link: Option<(Pos, line::Link)> = None;
        let result = files::scan_lines(reader, |number, item| {
            lines = number;
            let text = match item {
                LineItem::Line(text) => text,
                LineItem::Incomplete => {
                    self.flag(
                        index,
                        number,
                        ProblemKind::Incomplete,
                        "the last line is incomplete (no newline): a write was cut short or the file was truncated".to_string(),
                    );
                    return ControlFlow::Break(());
                }
                LineItem::TooLong => {
                    self.flag(
                        index,
                        number,
                        ProblemKind::Malformed,
                        format!(
                            "the line is longer than the {}-byte record limit",
                            limits::LINE_BYTES
                        ),
                    );
                    return ControlFlow::Break(());
                }
            };
            let link = match line::link_of(text) {
                Ok(link) => link,
                Err(why) => {
                    self.flag(index, number, ProblemKind::Malformed, why.to_string());
                    return ControlFlow::Break(());
                }
            };
            if line::body_hash(text) != link.entry {
                self.flag(
                    index,
                    number,
                    ProblemKind::Edited,
                    "the record was changed after it was written: its content does not match its entry_hash".to_string(),
                );
                return ControlFlow::Break(());
            }
            if number == 1 {
                if self.check_file_start(index, text, &link).is_break() {
                    return ControlFlow::Break(());
                }
            } else if self.last.map(|(h, _)| h) != Some(link.prev) {
                broken_link = Some(((index, number), link));
                return ControlFlow::Break(());
            }
            self.last = Some((link.entry, (index, number)));
            if memchr::memmem::find(text, br#""event":"retention_removed""#).is_some()
                && let Some(removal) = removal_of(text)
            {
                self.removals.push(removal);
            }
            let rotation_record = number == 1 && self.generation.is_some_and(|g| g >= 2);
            if !rotation_record {
                records += 1;
            }
            ControlFlow::Continue(())
        });
        result.map_err(|source| AuditError::Io {
            path: snap.path.clone(),
            source,
        })?;
        if let Some((pos, link)) = broken_link {
            let (kind, message) = self.diagnose(pos, &link)?;
            self.flag(index, pos.1, kind, message);
        }
        if lines == 0 && snap.generation.is_some() && self.problem.is_none() {
            self.flag(
                index,
                1,
                ProblemKind::Deleted,
                "the rotated file is empty: its records were removed".to_string(),
            );
        }
        self.report.records += records;
        if let Some(f) = self.report.files.last_mut() {
            f.records = records;
            if lines > 0 {
                // The current file's generation is known from its first record.
                f.generation = f.generation.or(self.generation);
            }
        }
        Ok(())
    }

    /// The first line of a file: it starts the chain (oldest file) or continues it from the
    /// previous file through the rotation record.
    fn check_file_start(
        &mut self,
        index: usize,
        text: &[u8],
        link: &line::Link,
    ) -> ControlFlow<()> {
        let Some(generation) = files::generation_of_first_line(text) else {
            self.flag(
                index,
                1,
                ProblemKind::Malformed,
                "the line is not a JSON audit record".to_string(),
            );
            return ControlFlow::Break(());
        };
        if !line::is_hex(&link.prev) {
            self.flag(
                index,
                1,
                ProblemKind::Malformed,
                "its prev_hash is not 64 lowercase hex digits".to_string(),
            );
            return ControlFlow::Break(());
        }
        let named = self.snapshot.files[index].generation;
        if let Some(named) = named
            && named != generation
        {
            self.flag(
                index,
                1,
                ProblemKind::Malformed,
                format!(
                    "the file is named as generation {named} but its first record says generation {generation}: it was renamed"
                ),
            );
            return ControlFlow::Break(());
        }
        match self.generation {
            None => {
                // The oldest file we have.
                if generation == 1 {
                    if link.prev != GENESIS {
                        self.flag(
                            index,
                            1,
                            ProblemKind::TruncatedStart,
                            "the first record follows records that are not in the log: the start of the log was removed".to_string(),
                        );
                        return ControlFlow::Break(());
                    }
                    self.report.start = ChainStart::Genesis;
                } else {
                    self.report.start = ChainStart::AfterRemovedFiles {
                        generation,
                        removed_files: generation - 1,
                    };
                    self.first_prev = Some(link.prev);
                }
            }
            Some(before) => {
                if generation == 1 {
                    self.flag(
                        index,
                        1,
                        ProblemKind::TruncatedStart,
                        "the file does not start with its rotation record: its first records were removed".to_string(),
                    );
                    return ControlFlow::Break(());
                }
                if generation != before + 1 {
                    let missing = if generation > before + 1 {
                        format!(
                            "the rotated file(s) of generation {} to {} are missing",
                            before + 1,
                            generation - 1
                        )
                    } else {
                        format!("generation {generation} comes after generation {before}")
                    };
                    self.flag(index, 1, ProblemKind::MissingFile, missing);
                    return ControlFlow::Break(());
                }
                if self.last.map(|(h, _)| h) != Some(link.prev) {
                    let previous = self.snapshot.files[index - 1].path.display().to_string();
                    self.flag(
                        index,
                        1,
                        ProblemKind::Deleted,
                        format!(
                            "the file does not continue from the last record of {previous}: records were removed at the end of that file"
                        ),
                    );
                    return ControlFlow::Break(());
                }
            }
        }
        self.generation = Some(generation);
        ControlFlow::Continue(())
    }

    /// Why the record at `pos` does not point at the line before it.
    fn diagnose(&self, pos: Pos, link: &line::Link) -> Result<(ProblemKind, String), AuditError> {
        let [own, target] = self.locate([link.entry, link.prev])?;
        let at = |p: Pos| self.describe(p, pos.0);
        if let Some(first) = own
            && first < pos
        {
            return Ok((
                ProblemKind::Duplicated,
                format!("the record is a copy of {}", at(first)),
            ));
        }
        Ok(match target {
            Some(p) if p > pos => (
                ProblemKind::Reordered,
                format!(
                    "the record is out of order: the record it follows is {}, after it",
                    at(p)
                ),
            ),
            Some(p) => (
                ProblemKind::Inserted,
                format!(
                    "the record follows {}, not the line before it: the lines in between were inserted or moved",
                    at(p)
                ),
            ),
            None if link.prev == GENESIS => (
                ProblemKind::Deleted,
                "a new chain starts here: the records before it were replaced".to_string(),
            ),
            None => (
                ProblemKind::Deleted,
                "the record it follows is not in the log: a record was deleted just before this line (or the line before it was edited and re-hashed)".to_string(),
            ),
        })
    }

    fn describe(&self, p: Pos, here: usize) -> String {
        if p.0 == here {
            format!("line {}", p.1)
        } else {
            format!("{}:{}", self.snapshot.files[p.0].path.display(), p.1)
        }
    }

    /// The first position of each hash among the records' entry hashes.
    fn locate<const N: usize>(&self, targets: [Hash; N]) -> Result<[Option<Pos>; N], AuditError> {
        let mut found = [None; N];
        for (index, snap) in self.snapshot.files.iter().enumerate() {
            let reader = snap.reader()?;
            files::scan_lines(reader, |number, item| {
                if let LineItem::Line(text) = item
                    && let Some(link) = line::suffix_link(text)
                {
                    for (slot, target) in found.iter_mut().zip(&targets) {
                        if slot.is_none() && link.entry == *target {
                            *slot = Some((index, number));
                        }
                    }
                }
                if found.iter().all(Option::is_some) {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            })
            .map_err(|source| AuditError::Io {
                path: snap.path.clone(),
                source,
            })?;
        }
        Ok(found)
    }

    fn finish(mut self) -> Result<VerifyReport, AuditError> {
        let snap = self.snapshot;
        if snap.files.is_empty() {
            if let Head::Hash(_) = snap.head {
                self.report.problem = Some(Problem {
                    file: snap.layout.log.clone(),
                    line: 1,
                    kind: ProblemKind::MissingLog,
                    message: format!(
                        "the log file is gone, but its head file {} says records were written",
                        snap.layout.head().display()
                    ),
                });
                return Ok(self.report);
            }
            return Err(AuditError::NotFound {
                path: snap.layout.log.clone(),
            });
        }
        if self.problem.is_none()
            && let ChainStart::AfterRemovedFiles { generation, .. } = self.report.start
        {
            let accounted = self.first_prev.is_some_and(|prev| {
                let prev = line::hash_str(&prev);
                self.removals
                    .iter()
                    .any(|(through, last)| *through == generation - 1 && *last == prev)
            });
            if !accounted {
                self.flag(
                    0,
                    1,
                    ProblemKind::TruncatedStart,
                    format!(
                        "the files before generation {generation} are gone and no retention record accounts for them: they were deleted, not expired"
                    ),
                );
            }
        }
        if self.problem.is_none() {
            self.report.head = match snap.head {
                Head::Absent | Head::Empty | Head::Damaged if self.opts.expect_head.is_some() => {
                    HeadState::NotChecked
                }
                Head::Absent | Head::Empty | Head::Damaged => {
                    let index = snap.files.len() - 1;
                    let next = self.report.files[index].records + 1;
                    let what = if matches!(snap.head, Head::Absent) {
                        "is missing"
                    } else {
                        "is empty or damaged"
                    };
                    self.flag(
                        index,
                        next,
                        ProblemKind::HeadMissing,
                        format!(
                            "the head file {} {what}, so records removed from the end would go unnoticed; for a copied log, pass --expect-head with a head kept elsewhere",
                            snap.layout.head().display()
                        ),
                    );
                    if matches!(snap.head, Head::Absent) {
                        HeadState::Absent
                    } else {
                        HeadState::Unusable
                    }
                }
                Head::Hash(h) if self.last.map(|(l, _)| l) == Some(h) => HeadState::Matches,
                Head::Hash(h) => {
                    if self.locate([h])?[0].is_some() {
                        HeadState::Behind
                    } else {
                        let index = snap.files.len() - 1;
                        let after = self.report.files[index].records;
                        let next = match self.last {
                            Some((_, (i, line))) if i == index => line + 1,
                            _ => after + 1,
                        };
                        self.flag(
                            index,
                            next,
                            ProblemKind::TruncatedEnd,
                            format!(
                                "the log ends early: its head file names a newer record ({}) that is not here: the newest records were removed",
                                line::hash_str(&h)
                            ),
                        );
                        HeadState::NotChecked
                    }
                }
            };
        }
        if self.problem.is_none()
            && let Some(expected) = self.opts.expect_head
            && self.locate([expected])?[0].is_none()
        {
            let index = snap.files.len() - 1;
            let next = self.report.files[index].records + 1;
            self.flag(
                index,
                next,
                ProblemKind::UnexpectedHead,
                format!(
                    "the expected head {} is not a record of this log: it was cut short or rewritten",
                    line::hash_str(&expected)
                ),
            );
        }
        self.report.last_entry_hash = self.last.map(|(h, _)| line::hash_str(&h));
        self.report.ok = self.problem.is_none();
        self.report.problem = self.problem;
        Ok(self.report)
    }
}

/// `(through_generation, last_entry_hash)` of a retention record.
fn removal_of(text: &[u8]) -> Option<(u32, String)> {
    #[derive(serde::Deserialize)]
    struct Line {
        removed_files: Option<Removed>,
    }
    #[derive(serde::Deserialize)]
    struct Removed {
        through_generation: u32,
        last_entry_hash: String,
    }
    let parsed: Line = serde_json::from_slice(text).ok()?;
    parsed
        .removed_files
        .map(|r| (r.through_generation, r.last_entry_hash))
}
