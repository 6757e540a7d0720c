//! What has not been shipped yet, and what follows from it: `required` mode's refusal to start
//! automatic runs, `doctor`'s report, and whether a background ship is due after a run.

use std::path::Path;

use serde::Serialize;

use super::ShipError;
use super::cursor::{self, ChainFile, Cursor};
use super::state::{ShipFiles, ShipState};
use crate::audit::verify::Snapshot;
use cortex_route_policy::config::Settings;
use cortex_route_policy::config::values::{ApprovalMode, SinkMode};

/// The lines after the watermark.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Backlog {
    /// Complete lines not shipped yet (counted only when asked for).
    pub lines: Option<u64>,
    /// The `ts` of the first of them, when it is a record.
    pub oldest_ts: Option<String>,
    /// How long ago that was, in seconds.
    pub oldest_age_seconds: Option<u64>,
    /// The first unshipped line is there but is not a record with a time.
    pub oldest_is_unreadable: bool,
}

/// The sink as `doctor` reports it.
#[derive(Debug, Clone, Serialize)]
pub struct SinkStatus {
    pub mode: SinkMode,
    pub missing: Vec<&'static str>,
    /// The PAT variable is set (its value is never read here).
    pub pat_set: bool,
    pub pat_env: String,
    pub last_attempt_at: Option<String>,
    pub last_success_at: Option<String>,
    pub last_error: Option<String>,
    /// A batch was sent and not confirmed yet.
    pub in_flight: bool,
    pub backlog: Option<Backlog>,
    /// Why the state or the backlog could not be read.
    pub problem: Option<String>,
}

/// In `required` mode, why an `auto` or `envelope_only` run must not start: shipping cannot
/// work (incomplete settings, no PAT, an unreadable ship state), or the oldest unshipped record
/// is older than `max_unshipped_age`. `None` when the run may start. Fails closed: anything
/// that cannot be checked is a reason.
///
/// Meant to be called by the pipeline before anything runs, next to the audit log's own
/// writability check; the caller blocks with exit 5 and shows the reason.
pub fn backlog_blocks_run(settings: &Settings) -> Option<String> {
    backlog_blocks_run_with(settings, &|name| std::env::var(name).ok())
}

/// [`backlog_blocks_run`] with the environment given (`env` looks up a variable).
pub fn backlog_blocks_run_with(
    settings: &Settings,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let sink = &settings.security.audit_sink;
    if sink.mode != SinkMode::Required || settings.security.approval_mode == ApprovalMode::Prompt {
        return None;
    }
    let missing = sink.missing_keys();
    if !missing.is_empty() {
        return Some(format!(
            "security.audit_sink.mode is required but {} not set, so nothing can be shipped",
            missing.join(", ")
        ));
    }
    let var = sink.pat_env.as_str();
    if env(var).is_none_or(|v| v.trim().is_empty()) {
        return Some(format!(
            "security.audit_sink.mode is required but ${var} (the audit PAT) is not set"
        ));
    }
    let limit = sink.max_unshipped_age.get();
    match backlog(settings.security.audit_log_path.path(), false) {
        Err(e) => Some(format!(
            "security.audit_sink.mode is required and the unshipped backlog cannot be checked: {e}"
        )),
        Ok(b) if b.oldest_is_unreadable => Some(
            "security.audit_sink.mode is required and the oldest unshipped line is not a readable record; run `cortex-route audit ship`".to_string(),
        ),
        Ok(b) => match b.oldest_age_seconds {
            Some(age) if age > limit => Some(format!(
                "security.audit_sink.mode is required and audit records from {} ({}) are not shipped yet, more than max_unshipped_age ({limit}s); run `cortex-route audit ship` and check `cortex-route doctor`",
                b.oldest_ts.as_deref().unwrap_or("?"),
                ago(age)
            )),
            _ => None,
        },
    }
}

/// Whether a background `audit ship` should start now: shipping is configured and the last
/// attempt (or none) is older than `interval_seconds`.
pub fn due(settings: &Settings) -> bool {
    let sink = &settings.security.audit_sink;
    if sink.mode == SinkMode::Off || !sink.missing_keys().is_empty() {
        return false;
    }
    let Ok(files) = ShipFiles::new(settings.security.audit_log_path.path()) else {
        return false;
    };
    let last = match files.load() {
        Ok(Some(state)) => state.last_attempt_at,
        Ok(None) => None,
        // `audit ship` reports the unreadable state itself; starting one says so where it counts.
        Err(_) => None,
    };
    match last.and_then(|t| t.parse::<jiff::Timestamp>().ok()) {
        None => true,
        Some(at) => {
            let age = jiff::Timestamp::now().as_second() - at.as_second();
            age < 0 || age as u64 >= sink.interval_seconds.get()
        }
    }
}

/// Everything `doctor` shows about the sink. Reads files only; never calls Snowflake.
pub fn status(settings: &Settings) -> SinkStatus {
    let sink = &settings.security.audit_sink;
    let env = sink.pat_env.as_str().to_string();
    let mut status = SinkStatus {
        mode: sink.mode,
        missing: sink.missing_keys(),
        pat_set: std::env::var_os(&env).is_some_and(|v| !v.is_empty()),
        pat_env: env,
        last_attempt_at: None,
        last_success_at: None,
        last_error: None,
        in_flight: false,
        backlog: None,
        problem: None,
    };
    if sink.mode == SinkMode::Off {
        return status;
    }
    let log = settings.security.audit_log_path.path();
    match ShipFiles::new(log).and_then(|f| f.load()) {
        Ok(Some(state)) => {
            status.last_attempt_at = state.last_attempt_at;
            status.last_success_at = state.last_success_at;
            status.last_error = state.last_error;
            status.in_flight = state.pending.is_some();
        }
        Ok(None) => {}
        Err(e) => status.problem = Some(e.to_string()),
    }
    match backlog(log, true) {
        Ok(b) => status.backlog = Some(b),
        Err(e) => status.problem = Some(e.to_string()),
    }
    status
}

/// The unshipped lines of the log at `log`: where shipping would resume, the first line there
/// and its age, and (when `count`) how many there are.
pub fn backlog(log: &Path, count: bool) -> Result<Backlog, ShipError> {
    let files = ShipFiles::new(log)?;
    let state = match files.load()? {
        Some(s) => s,
        None => ShipState {
            watermark: None,
            chain_start: None,
            ..files.fresh()
        },
    };
    let snapshot = Snapshot::take(log).map_err(ShipError::Audit)?;
    let chain = cursor::chain_files(&snapshot)?;
    let plan = cursor::plan(&state, &chain)?;
    let mut backlog = Backlog::default();
    let Some(at) = plan.cursor else {
        if count {
            backlog.lines = Some(0);
        }
        return Ok(backlog);
    };
    if let Some(first) = first_line(&chain, at)? {
        match record_time(&first.bytes) {
            Some((ts, at)) => {
                let age = jiff::Timestamp::now().as_second() - at.as_second();
                backlog.oldest_ts = Some(ts);
                backlog.oldest_age_seconds = Some(u64::try_from(age).unwrap_or(0));
            }
            None => backlog.oldest_is_unreadable = true,
        }
    }
    if count {
        backlog.lines = Some(cursor::count_after(&chain, at)?);
    }
    Ok(backlog)
}

/// The first complete line at or after `at` (an unfinished last line is being written now).
fn first_line(
    chain: &[ChainFile<'_>],
    at: Cursor,
) -> Result<Option<super::batch::RawLine>, ShipError> {
    for (index, file) in chain.iter().enumerate().skip(at.file) {
        let offset = if index == at.file { at.offset } else { 0 };
        match cursor::read_at(file.snap, offset)? {
            Some(raw) if raw.complete => return Ok(Some(raw)),
            Some(_) if index + 1 == chain.len() => return Ok(None),
            Some(raw) => return Ok(Some(raw)),
            None => {}
        }
    }
    Ok(None)
}

/// A record's `ts`, as written and as a time.
fn record_time(line: &[u8]) -> Option<(String, jiff::Timestamp)> {
    #[derive(serde::Deserialize)]
    struct Stamped {
        ts: String,
    }
    crate::audit::line::link_of(line).ok()?;
    let stamped: Stamped = serde_json::from_slice(line).ok()?;
    let at = stamped.ts.parse::<jiff::Timestamp>().ok()?;
    Some((stamped.ts, at))
}

fn ago(seconds: u64) -> String {
    match seconds {
        s if s < 120 => format!("{s}s ago"),
        s if s < 7200 => format!("{} min ago", s / 60),
        s if s < 172_800 => format!("{} h ago", s / 3600),
        s => format!("{} days ago", s / 86_400),
    }
}
