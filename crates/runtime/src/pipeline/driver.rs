//! `run`: performs the planner's steps, from the prompt to an honest status.
//!
//! Steps: guard the prompt → redeem a ticket or route → [`plan`] (envelope, approval) → ask a
//! person or issue a ticket → enrich → (dry run) → audit intent → execute under supervision with
//! the tool-call engine watching → audit outcome → report. Every early ending is audited and
//! reported in the same shape as a completed run. Once the intent record is written, an outcome
//! record follows whatever happens: a failed spawn, an internal error or a panic.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Serialize, Serializer};

use cortex_route_policy::config::values::ApprovalMode;
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::guard;
use cortex_route_policy::outcome::{ApprovedBy, BlockedBy, Status};
use cortex_route_policy::plan::{self, Answer, Approved, Ask, Facts, Grant, Step};
use cortex_route_policy::routing::{self, Decision, Route};
use cortex_route_policy::toolcall;

use super::enrich::{self, EnrichOptions};
use super::tickets::{self, Ticket};
use super::{GuardOutcome, PipelineError, guard_prompt, route_prompt};
use crate::audit::{self, AuditLog, Record};
use crate::cache::Cache;
use crate::config_files::Loaded;
use crate::exec::command::{self, CortexCommand};
use crate::exec::outcome::{Collector, CortexOutcome, ToolCallSummary};
use crate::exec::stream::{Event, bounded};
use crate::exec::supervise::{self, Ending, Flow, Observer, Spawn};
use crate::progress::Progress;

/// Time between the polite signal and SIGKILL when Cortex must stop.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// What one `run` was asked to do (the run flags, already parsed).
#[derive(Debug, Clone, Default)]
pub struct RunRequest {
    pub prompt: String,
    pub envelope: Option<Envelope>,
    pub connection: Option<String>,
    pub timeout: Option<u64>,
    pub context_file: Option<PathBuf>,
    pub no_sessions: bool,
    pub dry_run: bool,
    pub approval_ticket: Option<String>,
    pub disallowed_tools: Vec<String>,
}

/// The person's side of a run: asking, and showing progress. The binary implements it on the
/// terminal; tests can script it.
pub trait Frontend: Progress {
    /// Can a person answer an approval question here?
    fn person_here(&self) -> bool;
    /// Ask the person to approve `ask` (deny is the default; any failure is a deny).
    fn ask(&mut self, ask: &Ask, decision: &Decision, threshold: f64) -> Answer;
    /// Assistant text, as it streams.
    fn text(&mut self, text: &str);
    /// A tool call Cortex made, as it streams.
    fn tool_call(&mut self, call: &ToolCallSummary, elapsed: Duration);
    /// A one-line notice during the run (skipped lines, shutdown).
    fn notice(&mut self, message: &str);
    /// About once a second while Cortex runs.
    fn tick(&mut self, elapsed: Duration, quiet: Duration);
    /// Cortex ended: the final answer (printed unless it was the last streamed text) and the
    /// end of its stderr (redacted; shown when it failed or with `-v`).
    fn finished(&mut self, result: Option<&str>, stderr_tail: &str, failed: bool);
}

/// The tool-call engine's finding as reported (`tripwire` in `run --json`).
#[derive(Debug, Clone, Serialize)]
pub struct TripReport {
    pub tool: String,
    pub rule: String,
    /// The offending statement, command or path, redacted.
    pub detail: String,
    /// From the offending line's arrival to the SIGKILL of the group.
    pub kill_latency_us: u64,
}

/// `approval` in `run --json`, when a person must approve.
#[derive(Debug, Clone, Serialize)]
pub struct ApprovalReport {
    pub ticket: String,
    pub expires_at: String,
    pub tools: Vec<String>,
    pub envelope: Envelope,
    pub reason: String,
    /// Blocked if approved as predicted (shown to the person, not serialized).
    #[serde(skip)]
    pub blocked: Vec<String>,
}

/// `status` in `run --json`: an outcome, or `dry_run` (nothing ran, nothing audited).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStatus {
    Outcome(Status),
    DryRun,
}

impl ReportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Outcome(s) => s.as_str(),
            ReportStatus::DryRun => "dry_run",
        }
    }

    /// The exit code of this report.
    pub fn exit_code(self) -> u8 {
        match self {
            ReportStatus::Outcome(s) => s.exit_code(),
            ReportStatus::DryRun => cortex_route_policy::outcome::code::OK,
        }
    }
}

impl Serialize for ReportStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The `run --json` object. Field names are a public contract (`references/json-output.md`).
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub status: ReportStatus,
    pub route: Route,
    pub confidence: f64,
    pub tools: Vec<String>,
    pub source: routing::Source,
    pub reason: String,
    pub blocked_by: Option<BlockedBy>,
    pub matched: Option<String>,
    pub envelope: Option<Envelope>,
    pub approval_mode: ApprovalMode,
    pub approved_by: Option<&'static str>,
    pub approved_tools: Vec<String>,
    pub disallowed_tools: Vec<String>,
    pub cortex: Option<CortexOutcome>,
    pub tripwire: Option<TripReport>,
    pub approval: Option<ApprovalReport>,
    pub command: Option<Vec<String>>,
    pub audit_id: Option<String>,
    pub duration_ms: u64,
}

/// Everything one run accumulates on its way to a report.
struct Run<'a> {
    loaded: &'a Loaded,
    started: Instant,
    audit: AuditLog,
    decision: Decision,
    blocked_by: Option<BlockedBy>,
    envelope: Option<Envelope>,
    approved_by: Option<ApprovedBy>,
    approved_tools: Vec<String>,
    disallowed: Vec<String>,
    findings: std::collections::BTreeMap<String, u32>,
    sanitized: Option<String>,
    intent_id: Option<String>,
}

/// What execution produced.
struct Executed {
    status: Status,
    outcome: Option<CortexOutcome>,
    trip: Option<TripReport>,
}

/// Run the pipeline for `req`.
pub fn run(
    loaded: &Loaded,
    req: &RunRequest,
    front: &mut dyn Frontend,
) -> Result<RunReport, PipelineError> {
    let security = &loaded.settings.security;
    let mut run = Run {
        loaded,
        started: Instant::now(),
        audit: AuditLog::from_settings(security),
        decision: Decision::blocked_by_rule(BlockedBy::PromptInjection, None, String::new()),
        blocked_by: None,
        envelope: None,
        approved_by: None,
        approved_tools: Vec::new(),
        disallowed: Vec::new(),
        findings: Default::default(),
        sanitized: None,
        intent_id: None,
    };

    // Guard the original prompt; everything after sees only the sanitized text.
    let sanitized = match guard_prompt(security, &req.prompt)? {
        GuardOutcome::Blocked(decision) => {
            run.blocked_by = decision.blocked_by;
            run.decision = decision;
            return Ok(run.finish(Status::Blocked, None, front));
        }
        GuardOutcome::Allowed { text, findings } => {
            run.findings = findings;
            text
        }
    };
    run.sanitized = Some(sanitized.clone());

    // A redeemed ticket replaces routing and approval with what the person approved.
    let ticket = match &req.approval_ticket {
        Some(id) => match redeem_ticket(loaded, id, &sanitized, req.envelope) {
            Ok(ticket) => Some(ticket),
            Err(reason) => {
                run.decision = Decision::blocked_by_rule(
                    BlockedBy::ApprovalTicket,
                    Some(bounded(id, 64)),
                    reason,
                );
                run.blocked_by = Some(BlockedBy::ApprovalTicket);
                return Ok(run.finish(Status::Blocked, None, front));
            }
        },
        None => None,
    };
    let routed = match &ticket {
        Some(t) => decision_from_ticket(t),
        None => route_prompt(loaded, &sanitized, req.connection.as_deref(), front)?,
    };

    let (decision, step) = plan::plan(&Facts {
        decision: routed,
        approved: ticket.as_ref().map(|t| Approved {
            ticket: &t.ticket,
            envelope: t.envelope,
            tools: &t.tools,
            extra_disallowed: &t.extra_disallowed,
        }),
        requested_envelope: req.envelope,
        security,
        extra_disallowed: &req.disallowed_tools,
        dry_run: req.dry_run,
        person_here: front.person_here(),
    });
    run.decision = decision;
    run.envelope = run.decision.envelope;

    // The binary must exist before anyone is asked to approve running it.
    let configured = loaded.settings.cortex.binary.path();
    let program = match &step {
        Step::RouteAway | Step::Block { .. } => configured.to_path_buf(),
        _ => match command::find_cortex(configured) {
            Ok(p) => p,
            Err(_) if req.dry_run => configured.to_path_buf(),
            Err(detail) => return Err(PipelineError::CortexNotFound { detail }),
        },
    };

    let grant = match step {
        Step::RouteAway => return Ok(run.finish(Status::RoutedToCodingAgent, None, front)),
        Step::Block { by, .. } => {
            run.blocked_by = Some(by);
            return Ok(run.finish(Status::Blocked, None, front));
        }
        Step::IssueTicket(ask) => return run.issue_ticket(&sanitized, &ask, front),
        Step::AskPerson(ask) => {
            let threshold = security.tool_prediction_confidence_threshold.get();
            let answer = front.ask(&ask, &run.decision, threshold);
            match plan::after_answer(&ask, answer) {
                Some(grant) => grant,
                None => {
                    run.approved_tools = ask.predicted.clone();
                    return Ok(run.finish(Status::Denied, None, front));
                }
            }
        }
        Step::Execute(grant) => grant,
    };
    let Grant {
        envelope,
        tools,
        by,
        disallowed,
    } = grant;
    run.envelope = Some(envelope);
    run.disallowed = disallowed;
    run.approved_tools = tools;
    run.approved_by = Some(by);

    // Enrich the sanitized request with context and recent Cortex work.
    let redact = |text: &str| guard::redact(text).text;
    let enriched = enrich::enrich(
        &sanitized,
        &EnrichOptions {
            context_file: req.context_file.as_deref(),
            sessions: !req.no_sessions,
        },
        security,
        &redact,
    )?;
    let connection = req.connection.as_deref().or(loaded
        .settings
        .cortex
        .connection
        .as_ref()
        .map(|c| c.as_str()));
    let cmd = command::build(program, &enriched.prompt, connection, &run.disallowed);

    if req.dry_run {
        let argv = std::iter::once(cmd.program.display().to_string())
            .chain(cmd.args.iter().cloned())
            .collect();
        return Ok(run.dry_run_report(argv));
    }

    // Audit the intent. Under `auto`/`envelope_only` an unwritable log stops everything here,
    // whoever approved this particular run: the mode promises an audit trail.
    let automatic = security.approval_mode != ApprovalMode::Prompt;
    let intent = run.record(audit::Event::Intent, Status::Executed, None, None);
    match run
        .audit
        .ensure_writable()
        .and_then(|()| run.audit.append(&intent))
    {
        Ok(appended) => run.intent_id = Some(appended.audit_id),
        Err(e) if automatic => {
            let why = format!(
                "the audit log cannot be written ({e}); `{}` mode runs nothing without it",
                security.approval_mode
            );
            run.decision = run.decision.clone().block(
                BlockedBy::AuditLog,
                Some(run.audit.path().display().to_string()),
                why,
            );
            run.blocked_by = Some(BlockedBy::AuditLog);
            return Ok(run.finish(Status::Blocked, None, front));
        }
        Err(e) => front.warn(&format!("audit: {e}")),
    }

    // From here on an outcome record follows the intent record, whatever happens.
    let timeout = timeout_for(loaded, req);
    let executed = catch_unwind(AssertUnwindSafe(|| {
        execute(loaded, &cmd, envelope, &run.disallowed, timeout, front)
    }));
    match executed {
        Ok(Ok(done)) => Ok(run.finish_executed(done, front)),
        Ok(Err(err)) => {
            run.audit_outcome(Status::Failed, None, None, front);
            Err(err)
        }
        Err(panic) => {
            run.audit_outcome(Status::Failed, None, None, front);
            std::panic::resume_unwind(panic)
        }
    }
}

fn timeout_for(loaded: &Loaded, req: &RunRequest) -> Duration {
    let limit = loaded.settings.security.execution_timeout_seconds.get();
    Duration::from_secs(req.timeout.map_or(limit, |t| t.min(limit)))
}

fn decision_from_ticket(ticket: &Ticket) -> Decision {
    let mut decision = ticket
        .decision
        .clone()
        .and_then(|v| serde_json::from_value::<Decision>(v).ok())
        .unwrap_or_else(|| Decision {
            route: Route::Cortex,
            confidence: 1.0,
            envelope: Some(ticket.envelope),
            tools: ticket.tools.clone(),
            source: routing::Source::Rule,
            reason: String::new(),
            blocked_by: None,
            matched: None,
        });
    decision.route = Route::Cortex;
    decision.envelope = Some(ticket.envelope);
    decision.blocked_by = None;
    decision.reason = format!(
        "approved by a person with ticket {}; {}",
        ticket.ticket, decision.reason
    );
    decision
}

fn redeem_ticket(
    loaded: &Loaded,
    id: &str,
    sanitized: &str,
    envelope: Option<Envelope>,
) -> Result<Ticket, String> {
    let cache = Cache::from_settings(&loaded.settings.security)
        .map_err(|e| format!("cannot open the ticket store: {e}"))?;
    tickets::redeem(&cache, id, sanitized, envelope).map_err(|e| e.to_string())
}

/// Supervise Cortex with the tool-call engine watching every call.
fn execute(
    loaded: &Loaded,
    cmd: &CortexCommand,
    envelope: Envelope,
    disallowed: &[String],
    timeout: Duration,
    front: &mut dyn Frontend,
) -> Result<Executed, PipelineError> {
    let home = crate::paths::home();
    let policy = toolcall::Policy::from_settings(&loaded.settings.security, home.as_deref())?;
    let spawn = Spawn {
        program: cmd.program.clone(),
        args: cmd.args.iter().map(Into::into).collect(),
        env: command::child_env(std::env::vars_os()),
        timeout,
        grace: SHUTDOWN_GRACE,
    };
    let redact = |text: &str| guard::redact(text).text;
    let mut observer = RunObserver {
        collector: Collector::new(&redact),
        front: &mut *front,
        policy: &policy,
        envelope,
        disallowed,
        trip: None,
        started: Instant::now(),
        skipped_notices: 0,
    };
    let supervised = crate::rt::block_on(supervise::supervise(&spawn, &mut observer))
        .map_err(PipelineError::AsyncRuntime)?
        .map_err(|e| match e {
            supervise::SuperviseError::NotFound { program } => PipelineError::CortexNotFound {
                detail: format!("`{program}` could not be started"),
            },
            other => PipelineError::Supervise(other),
        })?;
    let mut outcome = observer.collector.outcome;
    let mut trip = observer.trip;
    outcome.exit_code = supervised.exit_code;

    let status = match supervised.ending {
        Ending::Stopped { latency } => {
            if let Some(t) = trip.as_mut() {
                t.kill_latency_us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
                // Raw until the group was dead: redaction waits for after the kill.
                t.detail = guard::redact(&t.detail).text;
            }
            Status::Tripped
        }
        Ending::Interrupted => Status::Interrupted,
        Ending::TimedOut => Status::TimedOut,
        Ending::Exited
            if outcome.finished && !outcome.is_error && supervised.exit_code == Some(0) =>
        {
            Status::Executed
        }
        Ending::Exited => Status::Failed,
    };
    let stderr = guard::redact(&String::from_utf8_lossy(&supervised.stderr_tail)).text;
    front.finished(outcome.result.as_deref(), &stderr, status == Status::Failed);
    if status == Status::Failed && !outcome.finished {
        front.warn(&match supervised.exit_code {
            Some(code) => format!("Cortex exited with code {code} before reporting a result"),
            None => "Cortex ended without reporting a result".to_string(),
        });
    }
    if trip.is_none() && status == Status::Tripped {
        return Err(PipelineError::Internal(
            "stopped without a trip".to_string(),
        ));
    }
    Ok(Executed {
        status,
        outcome: Some(outcome),
        trip,
    })
}

/// Sees every event: the tool-call engine first (to kill as early as possible), then the outcome
/// and the progress display.
struct RunObserver<'a, 'f> {
    collector: Collector<'a>,
    front: &'f mut dyn Frontend,
    policy: &'a toolcall::Policy,
    envelope: Envelope,
    disallowed: &'a [String],
    trip: Option<TripReport>,
    started: Instant,
    skipped_notices: usize,
}

impl RunObserver<'_, '_> {
    /// The engine's verdict on one call. A panic while judging is a trip (`internal_error`):
    /// a call we could not judge is a call we must not let run.
    fn judge(&self, name: &str, input: &serde_json::Value) -> Option<TripReport> {
        let judged = catch_unwind(AssertUnwindSafe(|| {
            test_hooks::panic_while_judging();
            let call = toolcall::ToolCall { name, input };
            toolcall::check(&call, self.envelope, self.disallowed, self.policy)
        }));
        match judged {
            Ok(toolcall::Verdict::Allow) => None,
            Ok(toolcall::Verdict::Trip(t)) => Some(TripReport {
                tool: bounded(&t.tool, 100),
                rule: t.rule.as_str().to_string(),
                detail: bounded(&t.detail, 500),
                kill_latency_us: 0,
            }),
            Err(_) => Some(TripReport {
                tool: bounded(name, 100),
                rule: toolcall::Rule::InternalError.as_str().to_string(),
                detail: "the policy engine failed while judging this call".to_string(),
                kill_latency_us: 0,
            }),
        }
    }
}

impl Observer for RunObserver<'_, '_> {
    fn on_event(&mut self, event: Event) -> Flow {
        match &event {
            Event::ToolUse(tool) => {
                if let Some(trip) = self.judge(&tool.name, &tool.input) {
                    self.trip = Some(trip);
                    self.collector.observe(&event);
                    return Flow::Stop;
                }
                self.collector.observe(&event);
                if let Some(call) = self.collector.outcome.tool_calls.last() {
                    let call = call.clone();
                    self.front.tool_call(&call, self.started.elapsed());
                }
            }
            Event::Malformed {
                mentions_tool_use: true,
                error,
            } => {
                // A tool call we cannot read is a tool call we cannot check: stop.
                self.trip = Some(TripReport {
                    tool: "(unreadable)".to_string(),
                    rule: toolcall::Rule::UnparsableInput.as_str().to_string(),
                    detail: format!(
                        "a tool call in a line that could not be read: {}",
                        bounded(error, 200)
                    ),
                    kill_latency_us: 0,
                });
                return Flow::Stop;
            }
            Event::Malformed { error, .. } => {
                self.collector.observe(&event);
                self.skipped_notices += 1;
                if self.skipped_notices <= 3 {
                    self.front.notice(&format!(
                        "skipped a line of Cortex output: {}",
                        bounded(error, 200)
                    ));
                }
            }
            Event::Text(text) => {
                self.front.text(text);
                self.collector.observe(&event);
            }
            _ => self.collector.observe(&event),
        }
        Flow::Continue
    }

    fn on_tick(&mut self, elapsed: Duration, quiet: Duration) {
        self.front.tick(elapsed, quiet);
    }

    fn on_shutdown(&mut self, why: &str) {
        self.front.notice(why);
    }
}

/// Fault injection for the end-to-end tests, compiled into debug builds only.
mod test_hooks {
    /// `CORTEX_ROUTE_TEST_PANIC_WHILE_JUDGING=1`: panic inside the engine's call, to prove a
    /// panic there kills Cortex's group and is audited.
    pub fn panic_while_judging() {
        #[cfg(debug_assertions)]
        if std::env::var_os("CORTEX_ROUTE_TEST_PANIC_WHILE_JUDGING").is_some() {
            panic!("injected panic while judging a tool call (test hook)");
        }
    }
}

impl Run<'_> {
    /// The audit record for this run as it stands.
    fn record(
        &self,
        event: audit::Event,
        status: Status,
        outcome: Option<&CortexOutcome>,
        trip: Option<&TripReport>,
    ) -> Record {
        let mut r = Record::new(event);
        r.intent_id = self.intent_id.clone();
        r.decision = Some(audit::Decision {
            route: self.decision.route.as_str().to_string(),
            confidence: Some(self.decision.confidence),
            source: Some(self.decision.source.as_str().to_string()),
            reason: Some(guard::redact(&bounded(&self.decision.reason, 500)).text),
        });
        r.blocked_by = self.blocked_by.map(|b| b.as_str().to_string());
        r.envelope = self.envelope;
        r.approval_mode = Some(self.loaded.settings.security.approval_mode);
        r.approved_tools = self.approved_tools.clone();
        r.disallowed_tools = self.disallowed.clone();
        r.approved_by = self.approved_by.clone();
        r.prompt_sha256 = self.sanitized.as_deref().map(audit::PromptDigest::of);
        r.findings = self.findings.clone();
        if event != audit::Event::Intent {
            r.status = Some(status.as_str().to_string());
            r.exit_code = Some(i32::from(status.exit_code()));
            r.duration_ms = Some(self.elapsed_ms());
        }
        if let Some(o) = outcome {
            r.cortex_session_id = o.session_id.clone();
            r.tool_calls = o
                .tool_calls
                .iter()
                .map(|c| audit::ToolCall {
                    name: c.name.clone(),
                    summary: c.summary.clone(),
                })
                .collect();
            r.permission_denials = o.permission_denials.clone();
        }
        if let Some(t) = trip {
            r.tripwire = Some(audit::Tripwire {
                tool: t.tool.clone(),
                rule: t.rule.clone(),
                detail: t.detail.clone(),
            });
        }
        r
    }

    fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Append the outcome record; its id, or a warning when the log cannot be written.
    fn audit_outcome(
        &self,
        status: Status,
        outcome: Option<&CortexOutcome>,
        trip: Option<&TripReport>,
        front: &dyn Frontend,
    ) -> Option<String> {
        let record = self.record(audit::Event::from(status), status, outcome, trip);
        match self.audit.append(&record) {
            Ok(appended) => Some(appended.audit_id),
            Err(e) => {
                front.warn(&format!("audit: {e}"));
                None
            }
        }
    }

    /// An ending before Cortex ran: audited and reported.
    fn finish(
        self,
        status: Status,
        approval: Option<ApprovalReport>,
        front: &dyn Frontend,
    ) -> RunReport {
        let audit_id = self.audit_outcome(status, None, None, front);
        self.report(
            ReportStatus::Outcome(status),
            None,
            None,
            approval,
            None,
            audit_id,
        )
    }

    /// The ending after Cortex ran.
    fn finish_executed(self, done: Executed, front: &dyn Frontend) -> RunReport {
        let audit_id = self.audit_outcome(
            done.status,
            done.outcome.as_ref(),
            done.trip.as_ref(),
            front,
        );
        self.report(
            ReportStatus::Outcome(done.status),
            done.outcome,
            done.trip,
            None,
            None,
            audit_id,
        )
    }

    fn report(
        self,
        status: ReportStatus,
        outcome: Option<CortexOutcome>,
        trip: Option<TripReport>,
        approval: Option<ApprovalReport>,
        command: Option<Vec<String>>,
        audit_id: Option<String>,
    ) -> RunReport {
        let duration_ms = self.elapsed_ms();
        RunReport {
            status,
            route: self.decision.route,
            confidence: self.decision.confidence,
            tools: self.decision.tools,
            source: self.decision.source,
            reason: self.decision.reason,
            blocked_by: self.blocked_by,
            matched: self.decision.matched,
            envelope: self.envelope,
            approval_mode: self.loaded.settings.security.approval_mode,
            approved_by: self.approved_by.as_ref().map(ApprovedBy::as_str),
            approved_tools: self.approved_tools,
            disallowed_tools: self.disallowed,
            cortex: outcome,
            tripwire: trip,
            approval,
            command,
            audit_id,
            duration_ms,
        }
    }

    fn dry_run_report(mut self, argv: Vec<String>) -> RunReport {
        self.blocked_by = None;
        self.approved_by = None;
        self.report(ReportStatus::DryRun, None, None, None, Some(argv), None)
    }

    /// No person can be asked here: hand back a ticket they can approve (exit 3).
    fn issue_ticket(
        mut self,
        sanitized: &str,
        ask: &Ask,
        front: &dyn Frontend,
    ) -> Result<RunReport, PipelineError> {
        let cache = Cache::from_settings(&self.loaded.settings.security)
            .map_err(PipelineError::TicketStore)?;
        let mut ticket = Ticket::issue(sanitized, ask.envelope, &ask.predicted)
            .map_err(PipelineError::Internal)?;
        ticket.extra_disallowed = ask.extra_disallowed.clone();
        ticket.decision = serde_json::to_value(&self.decision).ok();
        tickets::store(&cache, &ticket).map_err(PipelineError::TicketStore)?;
        self.approved_tools = Vec::new();
        self.disallowed = ask.blocked.clone();
        let report = ApprovalReport {
            ticket: ticket.ticket.clone(),
            expires_at: ticket.expires_at.clone(),
            tools: ask.predicted.clone(),
            envelope: ask.envelope,
            reason: ask.why.clone(),
            blocked: ask.blocked.clone(),
        };
        Ok(self.finish(Status::AwaitingApproval, Some(report), front))
    }
}
