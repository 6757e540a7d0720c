//! `run`: performs the planner's steps, from the prompt to an honest status.
//!
//! Steps: resolve `--resume` → guard the prompt → redeem a ticket or route → [`plan`] (envelope,
//! approval) → ask a person or issue a ticket → enrich → (dry run) → audit intent → execute under
//! supervision with the tool-call engine watching → audit outcome → report. Every early ending is
//! audited and reported in the same shape as a completed run. Once the intent record is written,
//! an outcome record follows whatever happens: a failed spawn, an internal error or a panic.
//!
//! A resumed run (`--resume ID|last`) is a new run in every way that matters: its prompt is
//! guarded, routed and planned like any other, and Cortex gets this run's envelope, blocked tools
//! and gate — nothing is inherited from the session it continues. `last` is resolved here, first,
//! so the ticket binds and the audit names the session that actually continues.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Serialize, Serializer};

use cortex_route_policy::config::values::{ApprovalMode, Protocol};
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::guard;
use cortex_route_policy::outcome::{ApprovedBy, BlockedBy, Status};
use cortex_route_policy::plan::{self, Answer, Approved, Ask, Facts, Grant, Step};
use cortex_route_policy::routing::{self, Decision, Route};

use super::enrich::{self, EnrichOptions};
use super::execute::{Job, check_print_prompt, choose_mode, execute};
use super::tickets::{self, Bound, Ticket};
use super::{GuardOutcome, PipelineError, guard_prompt, route_prompt};
use crate::audit::{self, AuditLog, Record};
use crate::cache::Cache;
use crate::config_files::Loaded;
use crate::exec::capability;
use crate::exec::command::{self, Mode};
use crate::exec::gate::Denial;
use crate::exec::outcome::{CortexOutcome, ToolCallSummary};
use crate::exec::stream::bounded;
use crate::progress::Progress;

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
    /// `--resume`: a session id, or `last`.
    pub resume: Option<String>,
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
    /// What the person runs in a terminal to approve (then the same `run` again with
    /// `--approval-ticket`).
    pub approve_command: String,
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
    /// `--resume`: the Cortex session this run continues (`last` resolved); null for a new one.
    pub resume: Option<String>,
    pub cortex: Option<CortexOutcome>,
    pub tripwire: Option<TripReport>,
    /// Gate mode: every call the gate refused (details redacted).
    pub denials: Vec<Denial>,
    /// How Cortex ran: `gate+hooks`, `gate` or `print` (null when it did not run).
    pub protocol: Option<&'static str>,
    /// Context items and session summaries the guards kept out of the prompt.
    pub dropped_context: Vec<enrich::Dropped>,
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
    protocol: Option<&'static str>,
    dropped_context: Vec<enrich::Dropped>,
    resume: Option<String>,
}

/// What execution produced.
pub(super) struct Executed {
    pub(super) status: Status,
    pub(super) outcome: Option<CortexOutcome>,
    pub(super) trip: Option<TripReport>,
    pub(super) denials: Vec<Denial>,
    pub(super) protocol: &'static str,
}

/// Run the pipeline for `req`.
pub fn run(
    loaded: &Loaded,
    req: &RunRequest,
    front: &mut dyn Frontend,
) -> Result<RunReport, PipelineError> {
    let security = &loaded.settings.security;
    // Before anything runs or is audited: a resume that names no usable session is a usage
    // error, and `last` must mean the same session from here to Cortex's command line.
    let resume = match &req.resume {
        Some(requested) => Some(crate::discovery::sessions::resume::resolve(
            requested,
            &crate::discovery::sessions::session_dirs(),
        )?),
        None => None,
    };
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
        protocol: None,
        dropped_context: Vec::new(),
        resume: resume.clone(),
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

    // A context file that is itself a credential file never gets read.
    let home = crate::paths::home();
    let guard = guard::Guard::from_settings(security, home.as_deref())?;
    if let Some(path) = &req.context_file
        && let Some(block) = guard.credential_block(&path.display().to_string())
    {
        run.decision = Decision::blocked_by_rule(
            BlockedBy::CredentialPath,
            Some(guard::redact(&block.matched).text),
            format!(
                "--context-file {} is a credential file ({}); it is never read or sent",
                path.display(),
                block.matched
            ),
        );
        run.blocked_by = Some(BlockedBy::CredentialPath);
        return Ok(run.finish(Status::Blocked, None, front));
    }

    // Everything a ticket binds, as this request has it (the protocol is known after planning).
    let mut bound = Bound {
        prompt_sha256: Bound::digest(sanitized.as_bytes()),
        connection: req.connection.clone().or_else(|| {
            loaded
                .settings
                .cortex
                .connection
                .as_ref()
                .map(|c| c.as_str().to_string())
        }),
        context_sha256: match &req.context_file {
            Some(path) => Some(enrich::context_digest(path)?),
            None => None,
        },
        sessions: !req.no_sessions,
        extra_disallowed: req.disallowed_tools.clone(),
        protocol: String::new(),
        resume: resume.clone(),
    };

    // An approved ticket replaces routing and approval with what the person approved. It is
    // only checked here; it is used up right before Cortex starts.
    let ticket = match &req.approval_ticket {
        Some(id) => match check_ticket(loaded, id, &bound, req.envelope) {
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

    // How Cortex will run, found out before planning (in gate mode RO and RESEARCH leave `Bash`
    // to the engine) and before anyone approves it. A missing binary or a policy that requires
    // the gate of a Cortex without it only matters if the plan runs Cortex.
    let configured = loaded.settings.cortex.binary.path();
    let mut how = (routed.route == Route::Cortex).then(|| {
        let program = match command::find_cortex(configured) {
            Ok(p) => p,
            Err(_) if req.dry_run => configured.to_path_buf(),
            Err(detail) => return Err(PipelineError::CortexNotFound { detail }),
        };
        let mode = choose_mode(loaded, &program, front)?;
        Ok((program, mode))
    });
    let gated = matches!(how, Some(Ok((_, Mode::Gate))));

    let planned = tracing::info_span!("plan").entered();
    let (decision, step) = plan::plan(&Facts {
        decision: routed,
        approved: ticket.as_ref().map(|t| Approved {
            ticket: &t.ticket,
            envelope: t.envelope,
            tools: &t.tools,
            extra_disallowed: &t.bound.extra_disallowed,
            via: t.approved.as_ref().map_or("terminal", |a| a.via.as_str()),
        }),
        requested_envelope: req.envelope,
        security,
        extra_disallowed: &req.disallowed_tools,
        dry_run: req.dry_run,
        person_here: front.person_here(),
        gated,
    });
    run.decision = decision;
    run.envelope = run.decision.envelope;
    drop(planned);
    tracing::info!(route = run.decision.route.as_str(), envelope = ?run.envelope, "planned");

    let (program, mode) = match &step {
        Step::RouteAway | Step::Block { .. } => (configured.to_path_buf(), Mode::Print),
        _ => match how.take() {
            Some(found) => found?,
            None => {
                let program = command::find_cortex(configured)
                    .map_err(|detail| PipelineError::CortexNotFound { detail })?;
                let mode = choose_mode(loaded, &program, front)?;
                (program, mode)
            }
        },
    };
    // `gated` and `mode` come from the same probe; without one (`how` was `None`), the plan
    // used print mode's whole-tool blocks, which are only stricter.
    debug_assert!(!(gated && mode == Mode::Print));

    let approval = tracing::info_span!("approval").entered();
    bound.protocol = mode.as_str().to_string();
    if let Some(t) = &ticket
        && t.bound.protocol != bound.protocol
    {
        run.decision = run.decision.clone().block(
            BlockedBy::ApprovalTicket,
            Some(bounded(&t.ticket, 64)),
            format!(
                "approval ticket `{}` was approved for {} mode and Cortex would now run in {} mode; the ticket stays usable",
                t.ticket, t.bound.protocol, bound.protocol
            ),
        );
        run.blocked_by = Some(BlockedBy::ApprovalTicket);
        return Ok(run.finish(Status::Blocked, None, front));
    }

    let grant = match step {
        Step::RouteAway => return Ok(run.finish(Status::RoutedToCodingAgent, None, front)),
        Step::Block { by, .. } => {
            run.blocked_by = Some(by);
            return Ok(run.finish(Status::Blocked, None, front));
        }
        Step::IssueTicket(ask) => return run.issue_ticket(&sanitized, bound, &ask, front),
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
    drop(approval);
    run.envelope = Some(envelope);
    run.disallowed = disallowed;
    run.approved_tools = tools;
    run.approved_by = Some(by);

    // Enrich the sanitized request with context and recent Cortex work.
    let enrich_step = tracing::info_span!("enrich").entered();
    let redact = |text: &str| guard::redact(text).text;
    let screen = |text: &str| match guard.check_prompt(text) {
        guard::PromptVerdict::Blocked(block) => Some(block.kind.as_str().to_string()),
        guard::PromptVerdict::Allowed(_) => None,
    };
    let enriched = enrich::enrich(
        &sanitized,
        &EnrichOptions {
            context_file: req.context_file.as_deref(),
            sessions: !req.no_sessions,
        },
        security,
        &redact,
        &screen,
    )?;
    if !enriched.dropped.is_empty() {
        front.notice(&format!(
            "left out of the prompt: {} piece(s) of context that failed the guards",
            enriched.dropped.len()
        ));
    }
    run.dropped_context.clone_from(&enriched.dropped);
    let connection = req.connection.as_deref().or(loaded
        .settings
        .cortex
        .connection
        .as_ref()
        .map(|c| c.as_str()));
    drop(enrich_step);
    let approved = (!run.approved_tools.is_empty()).then_some(run.approved_tools.as_slice());
    let opts = command::Options {
        connection,
        resume: resume.as_deref(),
        disallowed: &run.disallowed,
        allowed: approved,
    };
    let cmd = match mode {
        Mode::Gate => command::build_gate(program.clone(), &opts),
        Mode::Print => {
            check_print_prompt(&enriched.prompt)?;
            command::build_print(program.clone(), &enriched.prompt, &opts)
        }
    };
    run.protocol = Some(mode.as_str());

    if req.dry_run {
        let argv = std::iter::once(cmd.program.display().to_string())
            .chain(cmd.args.iter().cloned())
            .collect();
        return Ok(run.dry_run_report(argv));
    }

    // The ticket is used up now, once: of two runs redeeming it at once, exactly one goes on.
    if let Some(t) = &ticket
        && let Err(reason) = redeem_ticket(loaded, &t.ticket, &bound, req.envelope)
    {
        run.decision = run.decision.clone().block(
            BlockedBy::ApprovalTicket,
            Some(bounded(&t.ticket, 64)),
            reason,
        );
        run.blocked_by = Some(BlockedBy::ApprovalTicket);
        return Ok(run.finish(Status::Blocked, None, front));
    }

    // Audit the intent. Under `auto`/`envelope_only` (or `audit.required`) an unwritable log
    // stops everything here, whoever approved this particular run: the mode promises an audit
    // trail.
    let automatic = security.approval_mode != ApprovalMode::Prompt;
    let required = automatic || loaded.settings.audit.required;
    // `security.audit_sink.mode: required`: automatic runs wait for the backlog to be shipped.
    if let Some(why) = crate::audit::sink::backlog_blocks_run(&loaded.settings) {
        run.decision = run.decision.clone().block(
            BlockedBy::AuditLog,
            Some("security.audit_sink".to_string()),
            why,
        );
        run.blocked_by = Some(BlockedBy::AuditLog);
        return Ok(run.finish(Status::Blocked, None, front));
    }
    let audit_step = tracing::info_span!("audit", event = "intent").entered();
    let intent = run.record(audit::Event::Intent, Status::Executed, None, None);
    match run
        .audit
        .ensure_writable()
        .and_then(|()| run.audit.append(&intent))
    {
        Ok(appended) => run.intent_id = Some(appended.audit_id),
        Err(e) if required => {
            let why = if automatic {
                format!(
                    "the audit log cannot be written ({e}); `{}` mode runs nothing without it",
                    security.approval_mode
                )
            } else {
                format!(
                    "the audit log cannot be written ({e}); `audit.required` runs nothing without it"
                )
            };
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

    drop(audit_step);
    // From here on an outcome record follows the intent record, whatever happens.
    let timeout = timeout_for(loaded, req);
    let job = Job {
        loaded,
        envelope,
        disallowed: &run.disallowed,
        timeout,
        audit: &run.audit,
        intent_id: run.intent_id.as_deref(),
        connection,
    };
    let executed = catch_unwind(AssertUnwindSafe(|| {
        let first = execute(&job, &cmd, mode, &enriched.prompt, front);
        match first {
            Err(PipelineError::GateUnavailable { why })
                if loaded.settings.cortex.protocol == Protocol::Auto =>
            {
                // This Cortex does not speak the protocol after all: remember it, and run it
                // the old way. Nothing was sent to it beyond `initialize`.
                let cache = Cache::from_settings(&loaded.settings.security).ok();
                capability::record_without_gate(&program, cache.as_ref(), &why);
                front.notice(&format!(
                    "this Cortex did not accept the gate ({why}); running it in print mode with the tripwire only"
                ));
                check_print_prompt(&enriched.prompt)?;
                let print = command::build_print(program.clone(), &enriched.prompt, &opts);
                execute(&job, &print, Mode::Print, &enriched.prompt, front)
            }
            other => other,
        }
    }));
    match executed {
        Ok(Ok(done)) => {
            run.protocol = Some(done.protocol);
            Ok(run.finish_executed(done, front))
        }
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

/// Is ticket `id` approved, and for exactly this request? Leaves it usable.
fn check_ticket(
    loaded: &Loaded,
    id: &str,
    now: &Bound,
    envelope: Option<Envelope>,
) -> Result<Ticket, String> {
    let cache = Cache::from_settings(&loaded.settings.security)
        .map_err(|e| format!("cannot open the ticket store: {e}"))?;
    // The protocol is compared once it is known (after planning).
    let ticket = tickets::load(&cache, id).map_err(|e| e.to_string())?;
    let mut now = now.clone();
    now.protocol.clone_from(&ticket.bound.protocol);
    ticket.check(&now, envelope).map_err(|e| e.to_string())?;
    Ok(ticket)
}

/// Use ticket `id` up for this request.
fn redeem_ticket(
    loaded: &Loaded,
    id: &str,
    now: &Bound,
    envelope: Option<Envelope>,
) -> Result<Ticket, String> {
    let cache = Cache::from_settings(&loaded.settings.security)
        .map_err(|e| format!("cannot open the ticket store: {e}"))?;
    tickets::redeem(&cache, id, now, envelope).map_err(|e| e.to_string())
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
        r.protocol = self.protocol.map(str::to_string);
        r.resume.clone_from(&self.resume);
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
        let _step = tracing::info_span!("audit", event = status.as_str()).entered();
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
        let mut report = self.report(
            ReportStatus::Outcome(done.status),
            done.outcome,
            done.trip,
            None,
            None,
            audit_id,
        );
        report.denials = done.denials;
        report
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
            resume: self.resume,
            cortex: outcome,
            tripwire: trip,
            denials: Vec::new(),
            protocol: self.protocol,
            dropped_context: self.dropped_context,
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
        bound: Bound,
        ask: &Ask,
        front: &dyn Frontend,
    ) -> Result<RunReport, PipelineError> {
        let cache = Cache::from_settings(&self.loaded.settings.security)
            .map_err(PipelineError::TicketStore)?;
        let mut ticket =
            Ticket::issue(sanitized, bound, ask.envelope, &ask.predicted, &ask.blocked)
                .map_err(PipelineError::Internal)?;
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
            approve_command: format!("cortex-route approve {}", ticket.ticket),
            blocked: ask.blocked.clone(),
        };
        Ok(self.finish(Status::AwaitingApproval, Some(report), front))
    }
}
