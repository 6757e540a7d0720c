//! The audit trail: a hash-chained JSONL log that any number of processes append to, and that
//! anyone can verify (DESIGN *Files and state*, *Pipeline* step 8; format in `references/audit.md`).
//!
//! - [`AuditLog::append`] writes one [`Record`] per pipeline outcome under an exclusive `flock`,
//!   chained to the newest record through `prev_hash`/`entry_hash`, synced before it returns;
//!   it rotates by size (the chain continues into the next file through a `log_rotated` record)
//!   and deletes rotated files past the retention period.
//! - [`AuditLog::ensure_writable`] proves an append would succeed, before anything runs in the
//!   automatic approval modes.
//! - [`verify`] checks every hash and link across the rotated files and names the first broken
//!   line; [`tail`] reads the newest records.
//! - [`sink`] ships the log to the organization's Snowflake (`audit ship`), where the chain is
//!   checked again by SQL.
//!
//! A hash chain shows that records were edited, removed or reordered unless *every* later record
//! was rewritten too; the head file (`<log>.head`) also catches removal of the newest records.
//! Someone who can rewrite the whole log and its head can forge a consistent one: keep the
//! `last_entry_hash` of `audit verify --json` elsewhere to anchor it.

mod files;
mod host;
mod line;
mod record;
pub mod sink;
mod tail;
mod verify;
mod writer;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::time::Duration;

pub use files::{Unwritable, preflight};
pub use line::parse_hash;

/// The effective user's login name and uid, from the operating system.
pub fn current_user() -> (String, u32) {
    host::user()
}

/// Now, as the audit records write times (RFC 3339, UTC).
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now().to_string()
}
pub use record::{ApprovedBy, Decision, Event, PromptDigest, Record, ToolCall, Tripwire, limits};
pub use tail::{MAX_TAIL_BYTES, Tail, human_line, tail};
pub use verify::{
    ChainStart, FileReport, HeadState, Problem, ProblemKind, VerifyOptions, VerifyReport, verify,
    verify_with,
};
pub use writer::{Appended, AuditLog};

/// Why the audit log cannot be written or read. Every message names the file; most say how to
/// fix it.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The directory or file cannot be created or written (permissions, read-only file system,
    /// a path component that is a file, disk full).
    #[error("audit log {path} cannot be written: {source}\n  fix: {fix}")]
    Unwritable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
        fix: String,
    },

    /// The path is a symbolic link, not a regular file, or otherwise unsafe to write.
    #[error("audit log {path} is not safe to use: {reason}\n  fix: {fix}")]
    Unsafe {
        path: PathBuf,
        reason: String,
        fix: String,
    },

    /// Other writers held the lock for longer than the wait allows.
    #[error(
        "audit log {path} is busy: another cortex-route held its lock ({lock}) for more than {}s\n  fix: try again; if it persists, look for a stuck cortex-route process (e.g. `fuser {}`)",
        waited.as_secs(), lock.display()
    )]
    LockTimeout {
        path: PathBuf,
        lock: PathBuf,
        waited: Duration,
    },

    /// The log's last record cannot be chained onto (an incomplete or malformed last line).
    #[error(
        "audit log {path} cannot be appended to: {reason}\n  fix: run `cortex-route audit verify {}` to see the damage, then move the log and its .head file aside to start a new chain"
    , path.display())]
    Unchainable { path: PathBuf, reason: String },

    /// Nothing to read at the path.
    #[error(
        "no audit log at {path}: nothing has been recorded yet, or security.audit_log_path points elsewhere"
    )]
    NotFound { path: PathBuf },

    /// Reading or writing failed.
    #[error("audit log {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A record could not be encoded (a bug: records are plain data within fixed limits).
    #[error("cannot encode the audit record: {0}")]
    Encode(String),
}

#[doc(hidden)]
/// Support for the `audit_verify` benchmark: a large, valid log written without locks or syncs.
pub mod bench_support {
    use std::io::Write;
    use std::path::Path;

    use super::line::{self, GENESIS};
    use super::record::{Decision, Entry, Event, PromptDigest, Record, Stamp, ToolCall};

    /// Write `records` chained records of realistic size (about 1 KiB each) to `path`.
    pub fn write_synthetic_log(path: &Path, records: usize) -> std::io::Result<()> {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
        let mut record = Record::new(Event::Executed);
        record.decision = Some(Decision {
            route: "cortex".into(),
            confidence: Some(0.92),
            source: Some("llm".into()),
            reason: Some("asks about Snowflake tables and warehouses".into()),
        });
        record.envelope = Some(cortex_route_policy::envelope::Envelope::Ro);
        record.approval_mode = Some(cortex_route_policy::config::values::ApprovalMode::Auto);
        record.approved_tools = vec!["snowflake_sql_execute".into(), "read".into()];
        record.disallowed_tools = ["Write", "Edit", "Bash", "WebFetch", "WebSearch"]
            .map(String::from)
            .to_vec();
        record.approved_by = Some(super::ApprovedBy::Auto);
        record.prompt_sha256 = Some(PromptDigest::of("how many rows are in sales.orders?"));
        record.findings.insert("email".into(), 1);
        record.cortex_session_id = Some("3f1c9a62-5d7e-4b8a-9c0d-2e4f6a8b0c1d".into());
        record.tool_calls = vec![
            ToolCall {
                name: "snowflake_sql_execute".into(),
                summary: "SELECT COUNT(*) FROM sales.orders".into(),
            },
            ToolCall {
                name: "read".into(),
                summary: "/home/user/project/models/orders.sql".into(),
            },
        ];
        record.status = Some("executed".into());
        record.exit_code = Some(0);
        record.duration_ms = Some(8123);
        let bounded = record.bounded();
        let stamp = Stamp::now();
        let mut prev = GENESIS;
        for _ in 0..records {
            let body = serde_json::to_vec(&Entry::of_record(&stamp, &bounded, &prev))
                .map_err(std::io::Error::other)?;
            let (bytes, hash) = line::seal(&body)
                .ok_or_else(|| std::io::Error::other("record does not end with prev_hash"))?;
            out.write_all(&bytes)?;
            prev = hash;
        }
        out.flush()
    }
}
