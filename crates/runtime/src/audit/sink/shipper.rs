//! One `audit ship`: resume the batch in flight, then ship every line after the watermark in
//! batches, then a heartbeat.
//!
//! For each batch: write it to `<log>.ship.pending` and name it in the state (both synced),
//! send it, and only when Snowflake confirms it move the watermark and clear the pending batch.
//! A reply that never arrives (a dropped connection, a timeout, a crash of this process) leaves
//! the batch pending; the next attempt sends the same bytes under the same request id with
//! `retry=true`, which Snowflake executes at most once.
//!
//! A batch Snowflake rejects (422) is split in halves until the line to blame is alone; that
//! line is then shipped as a `malformed` row carrying its position, its hashes and the reason,
//! never skipped. When even that row is refused the fault is not the data (a missing table, a
//! privilege) and the run stops with the error.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Map, json};

use super::batch::{self, Row, RowKind};
use super::cursor;
use super::state::{self, PendingFile, PendingRef, ShipFiles, ShipState};
use super::transport::{BatchIds, Delivery, SqlApi, SqlApiConfig, Transport};
use super::{ShipError, ShipFailure, ShipSummary};
use crate::audit::files::{self, Head};
use crate::audit::verify::Snapshot;
use crate::classifier::credentials::Pat;
use cortex_route_policy::config::values::SinkMode;
use cortex_route_policy::config::{AuditSink, Settings};

/// One run stops starting new requests after this long (it finishes the one in flight).
const MAX_RUN: Duration = Duration::from_secs(15 * 60);
/// Nor does it send more requests than this.
const MAX_REQUESTS: u64 = 10_000;
/// A batch cancelled for running too long is sent again at most this many times.
const MAX_CANCELS: u32 = 3;

/// `audit ship` with the loaded settings: ship `security.audit_log_path` to
/// `security.audit_sink`.
pub fn ship(settings: &Settings) -> Result<ShipSummary, Box<ShipFailure>> {
    let fail = |error| {
        Box::new(ShipFailure {
            summary: ShipSummary::default(),
            error,
        })
    };
    let sink = &settings.security.audit_sink;
    if sink.mode == SinkMode::Off {
        return Err(fail(ShipError::Off));
    }
    let missing = sink.missing_keys();
    if !missing.is_empty() {
        return Err(fail(ShipError::NotConfigured { missing }));
    }
    let pat = audit_pat(sink).map_err(fail)?;
    let (Some(url), Some(table)) = (&sink.account_url, sink.qualified_table()) else {
        return Err(fail(ShipError::Internal(
            "complete settings without a destination".into(),
        )));
    };
    let log = settings.security.audit_log_path.path();
    let deadline = Instant::now() + MAX_RUN;
    let transport = SqlApi::new(SqlApiConfig {
        base_url: url.as_str().to_string(),
        pat,
        table,
        warehouse: sink.warehouse.as_ref().map(|w| w.resolved()),
        role: sink.role.as_ref().map(|r| r.resolved()),
        request_timeout: Duration::from_secs(sink.request_timeout_seconds.get()),
        deadline,
    })
    .map_err(fail)?;
    ship_with(log, sink, &transport, deadline)
}

/// Ship `log` through `transport` (the seam for other transports).
pub fn ship_with(
    log: &Path,
    sink: &AuditSink,
    transport: &dyn Transport,
    deadline: Instant,
) -> Result<ShipSummary, Box<ShipFailure>> {
    let fail = |error| {
        Box::new(ShipFailure {
            summary: ShipSummary::default(),
            error,
        })
    };
    let files = ShipFiles::new(log).map_err(fail)?;
    let _lock = files.lock_exclusive().map_err(fail)?;
    let mut state = match files.load().map_err(fail)? {
        Some(s) => s,
        None => files.fresh(),
    };
    state.last_attempt_at = Some(now());
    files.save(&state).map_err(fail)?;
    let mut shipper = Shipper {
        files,
        state,
        transport,
        sink,
        summary: ShipSummary::default(),
        deadline,
    };
    let result = shipper.run(log);
    shipper.finish(result)
}

/// The audit PAT, from `security.audit_sink.pat_env` only: never the classifier's token or a
/// connection file, so the insert-only role is the only one this code can act as.
fn audit_pat(sink: &AuditSink) -> Result<Pat, ShipError> {
    let env = sink.pat_env.as_str();
    match std::env::var(env) {
        Ok(v) if !v.trim().is_empty() => Pat::new(&v).map_err(|detail| ShipError::BadPat {
            detail: format!("${env}: {detail}"),
        }),
        _ => Err(ShipError::NoPat {
            env: env.to_string(),
        }),
    }
}

fn now() -> String {
    format!("{:.3}", jiff::Timestamp::now())
}

struct Shipper<'a> {
    files: ShipFiles,
    state: ShipState,
    transport: &'a dyn Transport,
    sink: &'a AuditSink,
    summary: ShipSummary,
    deadline: Instant,
}

impl Shipper<'_> {
    fn run(&mut self, log: &Path) -> Result<(), ShipError> {
        self.resume_pending()?;
        let snapshot = Snapshot::take(log).map_err(ShipError::Audit)?;
        let chain = cursor::chain_files(&snapshot)?;
        let plan = cursor::plan(&self.state, &chain)?;
        if plan.new_chain {
            // Saved together with the first batch of the new chain (its pending state).
            self.state.chain_id = state::new_uuid();
            self.state.chain_start = None;
            self.state.watermark = None;
        }
        let mut events = plan.events;
        if let Some(mut at) = plan.cursor {
            loop {
                if self.out_of_budget() {
                    break;
                }
                let mut rows = std::mem::take(&mut events);
                cursor::read_rows(
                    &chain,
                    &mut at,
                    self.sink.content,
                    self.sink.batch_max_records.get() as usize,
                    self.sink.batch_max_bytes.bytes() as usize,
                    &mut rows,
                )?;
                if rows.is_empty() {
                    break;
                }
                self.ship_rows(rows, false)?;
            }
            self.summary.pending = cursor::count_after(&chain, at)?;
        }
        drop(chain);
        drop(snapshot);
        if self.heartbeat_due() && !self.out_of_budget() {
            let heartbeat = self.heartbeat(log);
            self.ship_rows(vec![heartbeat], false)?;
            self.state.last_heartbeat_at = Some(now());
            self.save()?;
        }
        Ok(())
    }

    fn out_of_budget(&mut self) -> bool {
        let out = self.summary.requests >= MAX_REQUESTS || Instant::now() >= self.deadline;
        if out && !self.summary.notes.iter().any(|n| n.starts_with("stopped")) {
            self.summary.notes.push(format!(
                "stopped after {} requests in this run; run `cortex-route audit ship` again for the rest",
                self.summary.requests
            ));
        }
        out
    }

    /// A heartbeat after every run that shipped something, and otherwise once per interval, so
    /// a second `audit ship` right after the first sends nothing.
    fn heartbeat_due(&self) -> bool {
        if self.summary.shipped > 0 || self.summary.events > 0 {
            return true;
        }
        let interval = Duration::from_secs(self.sink.interval_seconds.get());
        match self
            .state
            .last_heartbeat_at
            .as_deref()
            .and_then(|t| t.parse::<jiff::Timestamp>().ok())
        {
            Some(at) => {
                let age = jiff::Timestamp::now().as_second() - at.as_second();
                age < 0 || age as u64 >= interval.as_secs()
            }
            None => true,
        }
    }

    /// The head hash, what a local `audit verify` says, and the watermark.
    fn heartbeat(&self, log: &Path) -> Row {
        let mut body = Map::new();
        let head = files::Layout::new(log)
            .ok()
            .map(|layout| files::read_head_unlocked(&layout));
        body.insert(
            "head".into(),
            match head {
                Some(Head::Hash(h)) => json!(crate::audit::line::hash_str(&h)),
                _ => json!(null),
            },
        );
        let verified = match crate::audit::verify(log) {
            Ok(report) => json!({
                "ok": report.ok,
                "records": report.records,
                "files": report.files.len(),
                "head": report.head,
                "last_entry_hash": report.last_entry_hash,
                "problem": report.problem.map(|p| json!({
                    "kind": p.kind,
                    "file": p.file.file_name().map(|n| n.to_string_lossy().into_owned()),
                    "line": p.line,
                })),
            }),
            Err(e) => json!({"ok": false, "error": kind_of(&e)}),
        };
        body.insert("verify".into(), verified);
        body.insert(
            "watermark".into(),
            serde_json::to_value(&self.state.watermark).unwrap_or_default(),
        );
        body.insert("pending_lines".into(), json!(self.summary.pending));
        batch::event_row("heartbeat", body, None)
    }

    /// Resend the batch a previous run left in flight, as it was.
    fn resume_pending(&mut self) -> Result<(), ShipError> {
        let Some(named) = self.state.pending.clone() else {
            return Ok(());
        };
        let Some(pending) = self.files.load_pending(&named)? else {
            // The payload is gone or not the one named: its lines are read again and sent under
            // a new request id. Should the lost one have been stored, the view removes the
            // duplicates.
            self.summary.notes.push(format!(
                "the batch in flight (request {}) could not be read back; its lines are shipped again",
                named.request_id
            ));
            self.state.pending = None;
            return self.save();
        };
        let rows: Vec<Row> = pending
            .rows
            .iter()
            .zip(&pending.metas)
            .map(|(json, meta)| Row {
                json: json.clone(),
                meta: meta.clone(),
            })
            .collect();
        let substitute = rows.len() == 1 && is_substitute(&rows[0]);
        self.deliver_and_settle(&named, &pending, rows, substitute)
    }

    /// Ship `rows` as one batch (or, if Snowflake rejects it, as smaller ones).
    fn ship_rows(&mut self, rows: Vec<Row>, substitute: bool) -> Result<(), ShipError> {
        let (named, pending) = self.persist(&rows)?;
        self.deliver_and_settle(&named, &pending, rows, substitute)
    }

    fn deliver_and_settle(
        &mut self,
        named: &PendingRef,
        pending: &PendingFile,
        rows: Vec<Row>,
        substitute: bool,
    ) -> Result<(), ShipError> {
        let mut named = named.clone();
        let mut pending_payload = pending.payload.clone();
        let mut cancels = 0;
        loop {
            self.summary.requests += 1;
            let token = named
                .to
                .as_ref()
                .map(|p| format!("{}:{}:{}", p.generation, p.line, p.entry_hash));
            let delivery =
                self.transport
                    .deliver(&named.request_id, &pending_payload, token.as_deref())?;
            match delivery {
                Delivery::Stored => return self.commit(&named),
                Delivery::Cancelled => {
                    cancels += 1;
                    if cancels >= MAX_CANCELS {
                        self.clear_pending()?;
                        return Err(ShipError::Http {
                            status: 408,
                            detail: format!(
                                "the insert ran past its timeout {cancels} times and was cancelled each time"
                            ),
                        });
                    }
                    let (n, p) = self.persist(&rows)?;
                    named = n;
                    pending_payload = p.payload;
                }
                Delivery::Rejected {
                    line_related,
                    detail,
                } => {
                    self.clear_pending()?;
                    return self.split(rows, line_related, detail, substitute);
                }
            }
        }
    }

    /// A rejected batch: halves until the line to blame is alone, which then ships as a
    /// `malformed` row without its content.
    fn split(
        &mut self,
        mut rows: Vec<Row>,
        line_related: bool,
        detail: String,
        substitute: bool,
    ) -> Result<(), ShipError> {
        if !line_related {
            return Err(ShipError::Rejected { detail });
        }
        if substitute {
            return Err(ShipError::Rejected {
                detail: format!("even a row without the line's content was refused ({detail})"),
            });
        }
        if rows.len() == 1 {
            let row = &rows[0];
            let place = match row.meta.advance.as_ref().filter(|p| p.is_line()) {
                Some(p) => format!("line {} of generation {}", p.line, p.generation),
                None => "an event row".to_string(),
            };
            self.summary.notes.push(format!(
                "Snowflake refused {place} ({detail}); it was shipped as a malformed row with its hashes"
            ));
            let replacement = batch::rejected_row(row, &detail);
            return self.ship_rows(vec![replacement], true);
        }
        let right = rows.split_off(rows.len() / 2);
        self.ship_rows(rows, false)?;
        self.ship_rows(right, false)
    }

    /// Write the batch and name it in the state, both durably, before it is sent.
    fn persist(&mut self, rows: &[Row]) -> Result<(PendingRef, PendingFile), ShipError> {
        let request_id = state::new_uuid();
        let json: Vec<String> = rows.iter().map(|r| r.json.clone()).collect();
        let payload = self.transport.encode(
            &BatchIds {
                request_id: &request_id,
                chain_id: &self.state.chain_id,
                machine_id: &self.state.machine_id,
            },
            &json,
        )?;
        let pending = PendingFile {
            request_id: request_id.clone(),
            payload,
            rows: json,
            metas: rows.iter().map(|r| r.meta.clone()).collect(),
        };
        let sha = self.files.save_pending(&pending)?;
        let lines: Vec<_> = rows
            .iter()
            .filter(|r| r.is_line())
            .filter_map(|r| r.meta.advance.clone())
            .collect();
        let named = PendingRef {
            request_id,
            from: lines.first().cloned(),
            to: lines.last().cloned(),
            advance_to: batch::advance_of(rows),
            lines: lines.len() as u64,
            rows: rows.len() as u64,
            payload_sha256: sha,
        };
        self.state.pending = Some(named.clone());
        self.save()?;
        Ok((named, pending))
    }

    /// Snowflake has the batch: move the watermark, forget the batch.
    fn commit(&mut self, named: &PendingRef) -> Result<(), ShipError> {
        self.state.pending = None;
        if let Some(to) = &named.advance_to {
            self.state.watermark = Some(to.clone());
        }
        if self.state.chain_start.is_none() {
            self.state.chain_start = named.from.clone();
        }
        self.state.shipped_lines += named.lines;
        self.summary.shipped += named.lines;
        self.summary.events += named.rows - named.lines;
        self.save()?;
        self.files.remove_pending();
        Ok(())
    }

    fn clear_pending(&mut self) -> Result<(), ShipError> {
        self.state.pending = None;
        self.save()?;
        self.files.remove_pending();
        Ok(())
    }

    fn save(&self) -> Result<(), ShipError> {
        self.files.save(&self.state)
    }

    /// Record how the run ended, and hand back the summary.
    fn finish(mut self, result: Result<(), ShipError>) -> Result<ShipSummary, Box<ShipFailure>> {
        match &result {
            Ok(()) => {
                self.state.last_success_at = Some(now());
                self.state.last_error = None;
            }
            Err(e) => self.state.last_error = Some(e.to_string()),
        }
        let saved = self.save();
        let mut summary = self.summary;
        summary.status = if summary.shipped + summary.events > 0 {
            "shipped"
        } else {
            "up_to_date"
        };
        summary.watermark = self.state.watermark.clone();
        summary.chain_id = Some(self.state.chain_id.clone());
        summary.machine_id = Some(self.state.machine_id.clone());
        summary.last_error = self.state.last_error.clone();
        summary.last_success_at = self.state.last_success_at.clone();
        match (result, saved) {
            (Ok(()), Ok(())) => Ok(summary),
            (Err(error), _) | (Ok(()), Err(error)) => Err(Box::new(ShipFailure { summary, error })),
        }
    }
}

/// A row that already stands in for a rejected one.
fn is_substitute(row: &Row) -> bool {
    row.meta.kind == RowKind::Malformed
        && serde_json::from_str::<serde_json::Value>(&row.json)
            .ok()
            .is_some_and(|v| v["p"].get("rejected").is_some())
}

/// An audit error in a word, for the heartbeat (no paths).
fn kind_of(e: &crate::audit::AuditError) -> &'static str {
    use crate::audit::AuditError;
    match e {
        AuditError::NotFound { .. } => "no_log",
        AuditError::LockTimeout { .. } => "busy",
        AuditError::Unsafe { .. } => "unsafe",
        AuditError::Unchainable { .. } => "unchainable",
        AuditError::Unwritable { .. } | AuditError::Io { .. } => "unreadable",
        AuditError::Encode(_) => "internal",
    }
}
