//! Shipping the audit log to the organization's Snowflake (`security.audit_sink`;
//! `references/audit.md` *Shipping to Snowflake*; the Snowflake side in
//! `references/audit-sink.sql`).
//!
//! - [`ship`] (`audit ship`): every line after the watermark, exactly once, in batches of at
//!   most `batch_max_records` / `batch_max_bytes`, each written to disk before it is sent and
//!   resent under the same request id until Snowflake confirms it; then a heartbeat. One
//!   shipper at a time.
//! - [`backlog_blocks_run`]: in `required` mode, why an `auto`/`envelope_only` run must not
//!   start (the oldest unshipped record is older than `max_unshipped_age`, or shipping cannot
//!   work).
//! - [`status`] (`doctor`) and [`due`] (a background ship after `run`).
//!
//! Modules: `state` (the ship state and pending batch beside the log, the lock), `cursor`
//! (where to resume, and the events when the log no longer continues what was shipped),
//! `batch` (rows and the SQL they are inserted with), `transport` (the [`Transport`] trait and
//! the SQL API), `shipper` (sending, splitting a rejected batch, heartbeats), `backlog`.
//!
//! The PAT and the records' contents never appear in a summary or an error.

mod backlog;
mod batch;
mod cursor;
mod shipper;
pub(crate) mod state;
mod transport;

use std::path::PathBuf;

use serde::Serialize;

use super::AuditError;

pub use backlog::{
    Backlog, SinkStatus, backlog, backlog_blocks_run, backlog_blocks_run_with, due, status,
};
pub use batch::{AUDIT_SINK_SQL, sql_section};
pub use shipper::{ship, ship_with};
pub use state::Position;
pub use transport::{BatchIds, Delivery, SqlApi, SqlApiConfig, Transport};

/// Why shipping did not happen or did not finish. None of these quote the PAT or a record.
#[derive(Debug, thiserror::Error)]
pub enum ShipError {
    #[error(
        "security.audit_sink.mode is off: nothing is shipped\n  fix: set security.audit_sink (mode, account_url, database, schema; see references/audit.md)"
    )]
    Off,

    #[error(
        "security.audit_sink is incomplete: {} not set\n  fix: set them (usually in the organization policy)",
        missing.join(", ")
    )]
    NotConfigured { missing: Vec<&'static str> },

    #[error(
        "no audit PAT: ${env} is not set\n  fix: export {env}=<PAT of the insert-only audit role> (not the classifier's token)"
    )]
    NoPat { env: String },

    #[error("the audit PAT is unusable: {detail}")]
    BadPat { detail: String },

    #[error(
        "another `cortex-route audit ship` is running (it holds {})",
        lock.display()
    )]
    Busy { lock: PathBuf },

    #[error(
        "Snowflake refused the audit PAT (HTTP {status})\n  fix: check the token in security.audit_sink.pat_env: expired or revoked, restricted to a role without INSERT on the table, or used from an address the user's network policy does not allow"
    )]
    Unauthorized { status: u16 },

    #[error(
        "Snowflake refused the insert: {detail}\n  fix: check that the table of references/audit-sink.sql exists at security.audit_sink's database.schema.table and that the PAT's role may insert into it"
    )]
    Rejected { detail: String },

    #[error("Snowflake answered HTTP {status}: {detail}")]
    Http { status: u16, detail: String },

    #[error("cannot reach Snowflake: {detail}")]
    Network { detail: String },

    #[error(
        "Snowflake is still running the insert (statement {handle}); the next `audit ship` asks again under the same request id"
    )]
    StillRunning { handle: String },

    #[error(
        "audit ship state {}: {detail}\n  fix: move it aside to ship this log again from its start (Snowflake's view removes the duplicates)",
        path.display()
    )]
    State { path: PathBuf, detail: String },

    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(transparent)]
    Audit(AuditError),

    #[error("internal error while shipping: {0}")]
    Internal(String),
}

impl ShipError {
    /// A configuration problem (the user fixes settings or the environment), as opposed to a
    /// failure while shipping.
    pub fn is_configuration(&self) -> bool {
        matches!(
            self,
            ShipError::Off
                | ShipError::NotConfigured { .. }
                | ShipError::NoPat { .. }
                | ShipError::BadPat { .. }
                | ShipError::State { .. }
        )
    }
}

/// What one `audit ship` did (`--json`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ShipSummary {
    /// `shipped` when something was stored, `up_to_date` when there was nothing to ship.
    pub status: &'static str,
    /// Lines stored in Snowflake by this run.
    pub shipped: u64,
    /// Event rows stored by this run (heartbeat, chain_restarted, history_rewritten,
    /// unshipped_deleted).
    pub events: u64,
    /// HTTP requests that carried a batch (polls not counted).
    pub requests: u64,
    /// Lines in the log after the watermark, not shipped yet.
    pub pending: u64,
    /// The last line Snowflake has.
    pub watermark: Option<Position>,
    pub chain_id: Option<String>,
    pub machine_id: Option<String>,
    /// The error that ended this run (on failure), else the one that ended the previous run.
    pub last_error: Option<String>,
    pub last_success_at: Option<String>,
    /// Things worth knowing that are not failures.
    pub notes: Vec<String>,
}

/// A run that failed, with what it had done before.
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct ShipFailure {
    pub summary: ShipSummary,
    #[source]
    pub error: ShipError,
}
