//! `run`: the whole pipeline (DESIGN *Pipeline*), from the prompt to an honest status.
//!
//! Steps: guard the prompt → redeem a ticket or route → envelope → approval → enrich → (dry run) →
//! audit intent → execute under supervision with the tripwire → audit outcome → report. Every
//! early ending (blocked, routed away, awaiting approval, denied) is audited and reported in the
//! same `run --json` shape as a completed run.

use std::io::Write;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::audit::{self, AuditLog, Record};
use crate::cache::Cache;
use crate::cli::RunArgs;
use crate::commands::Context;
use crate::config::values::ApprovalMode;
use crate::envelope::Envelope;
use crate::error::{Error, Result, Status};
use crate::exec::command::{self, CortexCommand};
use crate::exec::outcome::{Collector, CortexOutcome};
use crate::exec::render::Renderer;
use crate::exec::stream::{Event, bounded};
use crate::exec::supervise::{self, Ending, Flow, Observer, Spawn};
use crate::guard::{self, Guard, PromptVerdict};
use crate::pipeline::approval::{self, ApprovalRequest, ApprovedBy, TerminalAnswer, Ticket};
use crate::pipeline::enrich::{self, EnrichOptions};
use crate::pipeline::plan::{self, Need};
use crate::routing::{self, BlockedBy, Decision, Route};
use crate::tripwire;

/// Time between the polite signal and SIGKILL when Cortex must stop.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);
/// Lines of Cortex's stderr shown when it fails.
const STDERR_LINES_SHOWN: usize = 20;

/// The tripwire's finding as reported (`tripwire` in `run --json`).
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
}

/// The `run --json` object. Field names are a public contract (`references/json-output.md`).
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub status: &'static str,
    pub route: Route,
    pub confidence: f64,
    pub tools: Vec<String>,
    pub source: routing::Source,
    pub reason: String,
    pub blocked_by: Option<&'static str>,
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
    ctx: &'a Context,
    started: Instant,
    audit: AuditLog,
    decision: Decision,
    blocked_by: Option<&'static str>,
    envelope: Option<Envelope>,
    approved_by: Option<ApprovedBy>,
    approved_tools: Vec<String>,
    disallowed: Vec<String>,
    findings: std::collections::BTreeMap<String, u32>,
    sanitized: Option<String>,
    intent_id: Option<String>,
}

/// Run the pipeline for `words` (the prompt) with `args`.
pub fn run(ctx: &Context, args: &RunArgs, words: &[String]) -> Result<u8> {
    let started = Instant::now();
    let prompt = crate::commands::read_prompt(words)?;
    let security = &ctx.loaded.settings.security;
    let guard = Guard::from_settings(security).map_err(|e| Error::Usage(e.to_string()))?;
    let mut run = Run {
        ctx,
        started,
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

    // 2. Guard the original prompt; everything after sees only the sanitized text.
    let sanitized = match guard.check_prompt(&prompt) {
        PromptVerdict::Blocked(block) => {
            let by = BlockedBy::from(block.kind);
            run.decision = Decision::blocked_by_rule(by, Some(block.matched), block.reason);
            run.blocked_by = Some(by.as_str());
            return run.finish(Status::Blocked, None, None, None, None);
        }
        PromptVerdict::Allowed(s) => s,
    };
    run.findings = guard::finding_counts(&sanitized.findings)
        .into_iter()
        .map(|(k, v)| (k, u32::try_from(v).unwrap_or(u32::MAX)))
        .collect();
    let sanitized = sanitized.text;
    run.sanitized = Some(sanitized.clone());

    // 3. A redeemed ticket replaces routing and approval with what the person approved.
    let ticket = match &args.approval_ticket {
        Some(id) => match redeem_ticket(ctx, id, &sanitized, args.envelope) {
            Ok(ticket) => Some(ticket),
            Err(reason) => {
                run.decision = Decision::blocked_by_rule(
                    BlockedBy::ApprovalTicket,
                    Some(bounded(id, 64)),
                    reason,
                );
                run.blocked_by = Some(BlockedBy::ApprovalTicket.as_str());
                return run.finish(Status::Blocked, None, None, None, None);
            }
        },
        None => None,
    };

    run.decision = match &ticket {
        Some(t) => decision_from_ticket(t),
        None => route(ctx, args, &sanitized)?,
    };
    if run.decision.route == Route::CodingAgent {
        return run.finish(Status::RoutedToCodingAgent, None, None, None, None);
    }

    // 4. Envelope: the ticket's, `--envelope`, or the proposal; it must be allowed now.
    let requested = ticket.as_ref().map(|t| t.envelope).or(args.envelope);
    run.decision =
        routing::apply_envelope(run.decision.clone(), requested, &security.allowed_envelopes);
    if run.decision.route == Route::Blocked {
        run.blocked_by = run.decision.blocked_by.map(BlockedBy::as_str);
        run.envelope = run.decision.envelope;
        return run.finish(Status::Blocked, None, None, None, None);
    }
    let Some(envelope) = run.decision.envelope else {
        return Err(Error::Internal(
            "an allowed decision without an envelope".to_string(),
        ));
    };
    run.envelope = Some(envelope);

    // The binary must exist before anyone is asked to approve running it.
    let program = match command::find_cortex(security_binary(ctx)) {
        Ok(p) => p,
        Err(_) if args.dry_run => security_binary(ctx).to_path_buf(),
        Err(detail) => return Err(Error::CortexNotFound { detail }),
    };

    // 5. Approval.
    let mut extra: Vec<String> = args.disallowed_tools.clone();
    if let Some(t) = &ticket {
        for tool in &t.extra_disallowed {
            crate::tools::push_unique(&mut extra, tool);
        }
    }
    let threshold = security.tool_prediction_confidence_threshold.get();
    let predicted = plan::approvable(envelope, &run.decision.tools);
    let need = match &ticket {
        Some(t) => Need::Granted {
            tools: t.tools.clone(),
            by: ApprovedBy::Ticket {
                ticket: t.ticket.clone(),
            },
            envelope_only: false,
        },
        None if args.dry_run => Need::Granted {
            tools: predicted.clone(),
            by: ApprovedBy::Auto,
            envelope_only: security.approval_mode == ApprovalMode::EnvelopeOnly,
        },
        None => plan::approval_need(&plan::Request {
            mode: security.approval_mode,
            envelope,
            deploy_confirmation: security.deploy_envelope_confirmation,
            predicted: &predicted,
            confidence: run.decision.confidence,
            threshold,
        }),
    };
    let (tools, by, envelope_only) = match need {
        Need::Granted {
            tools,
            by,
            envelope_only,
        } => (tools, by, envelope_only),
        Need::Refused { why } => {
            run.decision = run.decision.clone().block(
                BlockedBy::EnvelopeNotAllowed,
                Some(envelope.to_string()),
                why,
            );
            run.blocked_by = Some(BlockedBy::EnvelopeNotAllowed.as_str());
            return run.finish(Status::Blocked, None, None, None, None);
        }
        Need::AskPerson { why } => {
            let offered = offered_tools(envelope, &predicted, security.allow_tool_expansion);
            if !approval::can_ask() {
                return run.issue_ticket(&sanitized, envelope, &predicted, &extra, why);
            }
            let preview = plan::disallowed_tools(envelope, Some(&predicted), &extra);
            let request = ApprovalRequest {
                envelope,
                tools: &predicted,
                choices: &offered,
                confidence: run.decision.confidence,
                threshold,
                blocked: &preview,
                reason: &run.decision.reason,
            };
            match approval::ask_on_terminal(&request) {
                TerminalAnswer::Approve(tools) => (tools, ApprovedBy::Terminal, false),
                TerminalAnswer::Deny => {
                    run.approved_tools = predicted.clone();
                    return run.finish(Status::Denied, None, None, None, None);
                }
            }
        }
    };
    run.disallowed = plan::disallowed_tools(
        envelope,
        (!envelope_only).then_some(tools.as_slice()),
        &extra,
    );
    run.approved_tools = tools;
    run.approved_by = Some(by);

    // 6. Enrich the sanitized request with context and recent Cortex work.
    let redact = |text: &str| guard::redact(text).text;
    let enriched = enrich::enrich(&sanitized, &EnrichOptions::from(args), security, &redact)
        .map_err(Error::from)?;
    let connection = args.connection.as_deref().or(ctx
        .loaded
        .settings
        .cortex
        .connection
        .as_ref()
        .map(|c| c.as_str()));
    let cmd = command::build(program, &enriched.prompt, connection, &run.disallowed);

    if args.dry_run {
        let argv = std::iter::once(cmd.program.display().to_string())
            .chain(cmd.args.iter().cloned())
            .collect();
        if !ctx.ui.json {
            println!("{}", command::shell_line(&cmd));
        }
        return run.finish_dry_run(argv);
    }

    // 7. Audit the intent. Under `auto`/`envelope_only` an unwritable log stops everything here,
    // whoever approved this particular run: the mode promises an audit trail.
    let automatic = security.approval_mode != ApprovalMode::Prompt;
    let intent = run.record(audit::Event::Intent, Status::Executed, None, None);
    let intent_result = run
        .audit
        .ensure_writable()
        .and_then(|()| run.audit.append(&intent));
    match intent_result {
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
            run.blocked_by = Some(BlockedBy::AuditLog.as_str());
            return run.finish(Status::Blocked, None, None, None, None);
        }
        Err(e) => ctx.ui.warn(format!("audit: {e}")),
    }

    // 8. Execute under supervision, with the tripwire on every tool call.
    let timeout = timeout_for(ctx, args);
    let (status, outcome, trip) = execute(ctx, &cmd, envelope, &run.disallowed, timeout)?;
    run.finish(status, Some(outcome), trip, None, None)
}

fn security_binary(ctx: &Context) -> &std::path::Path {
    ctx.loaded.settings.cortex.binary.path()
}

fn timeout_for(ctx: &Context, args: &RunArgs) -> Duration {
    let limit = ctx.loaded.settings.security.execution_timeout_seconds.get();
    Duration::from_secs(args.timeout.map_or(limit, |t| t.min(limit)))
}

/// Tools a person may pick from: the prediction, plus (with `allow_tool_expansion`) every known
/// tool the envelope does not block.
fn offered_tools(envelope: Envelope, predicted: &[String], expansion: bool) -> Vec<String> {
    let mut all = predicted.to_vec();
    if expansion {
        for known in crate::tools::KNOWN_TOOLS {
            crate::tools::push_unique(&mut all, known);
        }
    }
    plan::approvable(envelope, &all)
}

/// Route the sanitized prompt, with the discovered skills.
fn route(ctx: &Context, args: &RunArgs, sanitized: &str) -> Result<Decision> {
    let skills = crate::discovery::skills_for_routing(&ctx.loaded.settings, &ctx.ui);
    let hints = crate::discovery::routing_hints(&skills);
    let inputs = routing::Inputs {
        sanitized_prompt: sanitized,
        skills: &hints,
        connection: args.connection.as_deref(),
    };
    routing::decide(
        &ctx.loaded.settings,
        &inputs,
        &routing::Environment::process(),
        &ctx.ui,
    )
    .map_err(|e| Error::Usage(e.to_string()))
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
    decision.reason = format!(
        "approved by a person with ticket {}; {}",
        ticket.ticket, decision.reason
    );
    decision
}

fn redeem_ticket(
    ctx: &Context,
    id: &str,
    sanitized: &str,
    envelope: Option<Envelope>,
) -> std::result::Result<Ticket, String> {
    let cache = Cache::from_settings(&ctx.loaded.settings.security)
        .map_err(|e| format!("cannot open the ticket store: {e}"))?;
    approval::redeem(&cache, id, sanitized, envelope).map_err(|e| e.to_string())
}

/// Supervise Cortex; returns the status, what it produced, and the trip if there was one.
fn execute(
    ctx: &Context,
    cmd: &CortexCommand,
    envelope: Envelope,
    disallowed: &[String],
    timeout: Duration,
) -> Result<(Status, CortexOutcome, Option<TripReport>)> {
    let policy = tripwire::Policy::from_settings(&ctx.loaded.settings.security)
        .map_err(|e| Error::Usage(e.to_string()))?;
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
        renderer: Renderer::new(ctx.ui),
        policy: &policy,
        envelope,
        disallowed,
        trip: None,
        started: Instant::now(),
        skipped_notices: 0,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Internal(format!("cannot start the async runtime: {e}")))?;
    let supervised = runtime
        .block_on(supervise::supervise(&spawn, &mut observer))
        .map_err(|e| match e {
            supervise::SuperviseError::NotFound { program } => Error::CortexNotFound {
                detail: format!("`{program}` could not be started"),
            },
            other => Error::Internal(other.to_string()),
        })?;
    observer.renderer.finish();
    let mut outcome = observer.collector.outcome;
    // The answer was streamed as it came; print the final result too unless it was the last text.
    if !ctx.ui.json
        && let Some(result) = &outcome.result
        && observer.renderer.last_text.as_deref() != Some(result.trim())
        && !result.trim().is_empty()
    {
        println!("{}", result.trim_end());
    }
    outcome.exit_code = supervised.exit_code;

    let mut trip = observer.trip;
    let status = match supervised.ending {
        Ending::Stopped { latency } => {
            if let Some(t) = trip.as_mut() {
                t.kill_latency_us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
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
    if status == Status::Failed || ctx.ui.verbose > 0 {
        show_stderr(ctx, &supervised.stderr_tail, supervised.stderr_truncated);
    }
    if status == Status::Failed && !outcome.finished {
        ctx.ui.warn(match supervised.exit_code {
            Some(code) => format!("Cortex exited with code {code} before reporting a result"),
            None => "Cortex ended without reporting a result".to_string(),
        });
    }
    if trip.is_none() && status == Status::Tripped {
        return Err(Error::Internal("stopped without a trip".to_string()));
    }
    Ok((status, outcome, trip))
}

/// Cortex's stderr, redacted, last lines only.
fn show_stderr(ctx: &Context, tail: &[u8], truncated: bool) {
    let text = String::from_utf8_lossy(tail);
    let redacted = guard::redact(&text).text;
    let lines: Vec<&str> = redacted.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return;
    }
    let from = lines.len().saturating_sub(STDERR_LINES_SHOWN);
    let mut err = std::io::stderr().lock();
    let more = if truncated || from > 0 {
        " (last lines)"
    } else {
        ""
    };
    let _ = writeln!(err, "{}", ctx.ui.dim(&format!("Cortex stderr{more}:")));
    for line in &lines[from..] {
        let _ = writeln!(err, "  {}", bounded(line, 500));
    }
}

/// Sees every event: the tripwire first (to kill as early as possible), then the outcome and
/// the progress display.
struct RunObserver<'a> {
    collector: Collector<'a>,
    renderer: Renderer,
    policy: &'a tripwire::Policy,
    envelope: Envelope,
    disallowed: &'a [String],
    trip: Option<TripReport>,
    started: Instant,
    skipped_notices: usize,
}

impl Observer for RunObserver<'_> {
    fn on_event(&mut self, event: Event) -> Flow {
        match &event {
            Event::ToolUse(tool) => {
                let call = tripwire::ToolCall {
                    name: &tool.name,
                    input: &tool.input,
                };
                if let tripwire::Verdict::Trip(t) =
                    tripwire::check(&call, self.envelope, self.disallowed, self.policy)
                {
                    self.trip = Some(TripReport {
                        tool: bounded(&t.tool, 100),
                        rule: t.rule.as_str().to_string(),
                        // Raw until the group is dead: redaction waits for after the kill.
                        detail: bounded(&t.detail, 500),
                        kill_latency_us: 0,
                    });
                    self.collector.observe(&event);
                    return Flow::Stop;
                }
                self.collector.observe(&event);
                if let Some(call) = self.collector.outcome.tool_calls.last() {
                    let call = call.clone();
                    self.renderer.tool_call(&call, self.started.elapsed());
                }
            }
            Event::Malformed {
                mentions_tool_use: true,
                error,
            } => {
                // A tool call we cannot read is a tool call we cannot check: stop.
                self.trip = Some(TripReport {
                    tool: "(unreadable)".to_string(),
                    rule: tripwire::Rule::UnparsableInput.as_str().to_string(),
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
                    self.renderer.notice(&format!(
                        "skipped a line of Cortex output: {}",
                        bounded(error, 200)
                    ));
                }
            }
            Event::Text(text) => {
                self.renderer.text(text);
                self.collector.observe(&event);
            }
            _ => self.collector.observe(&event),
        }
        Flow::Continue
    }

    fn on_tick(&mut self, elapsed: Duration, quiet: Duration) {
        self.renderer.tick(elapsed, quiet);
    }

    fn on_shutdown(&mut self, why: &str) {
        self.renderer.notice(why);
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
        r.blocked_by = self.blocked_by.map(str::to_string);
        r.envelope = self.envelope;
        r.approval_mode = Some(self.ctx.loaded.settings.security.approval_mode);
        r.approved_tools = self.approved_tools.clone();
        r.disallowed_tools = self.disallowed.clone();
        r.approved_by = self.approved_by.as_ref().map(Into::into);
        r.prompt_sha256 = self.sanitized.as_deref().map(audit::PromptDigest::of);
        r.findings = self.findings.clone();
        if event != audit::Event::Intent {
            r.status = Some(status_name(status).to_string());
            r.exit_code = Some(i32::from(status.exit_code()));
            r.duration_ms = Some(self.started.elapsed().as_millis() as u64);
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

    /// Audit the outcome, print the report, return the exit code.
    fn finish(
        self,
        status: Status,
        outcome: Option<CortexOutcome>,
        trip: Option<TripReport>,
        approval: Option<ApprovalReport>,
        command: Option<Vec<String>>,
    ) -> Result<u8> {
        let record = self.record(
            audit::Event::from(status),
            status,
            outcome.as_ref(),
            trip.as_ref(),
        );
        let audit_id = match self.audit.append(&record) {
            Ok(appended) => Some(appended.audit_id),
            Err(e) => {
                self.ctx.ui.warn(format!("audit: {e}"));
                None
            }
        };
        let report = RunReport {
            status: status_name(status),
            route: self.decision.route,
            confidence: self.decision.confidence,
            tools: self.decision.tools.clone(),
            source: self.decision.source,
            reason: self.decision.reason.clone(),
            blocked_by: self.blocked_by,
            matched: self.decision.matched.clone(),
            envelope: self.envelope,
            approval_mode: self.ctx.loaded.settings.security.approval_mode,
            approved_by: self.approved_by.as_ref().map(approved_by_name),
            approved_tools: self.approved_tools.clone(),
            disallowed_tools: self.disallowed.clone(),
            cortex: outcome,
            tripwire: trip,
            approval,
            command,
            audit_id,
            duration_ms: self.started.elapsed().as_millis() as u64,
        };
        print_report(self.ctx, &report);
        Ok(status.exit_code())
    }

    fn finish_dry_run(self, argv: Vec<String>) -> Result<u8> {
        let report = RunReport {
            status: "dry_run",
            route: self.decision.route,
            confidence: self.decision.confidence,
            tools: self.decision.tools.clone(),
            source: self.decision.source,
            reason: self.decision.reason.clone(),
            blocked_by: None,
            matched: self.decision.matched.clone(),
            envelope: self.envelope,
            approval_mode: self.ctx.loaded.settings.security.approval_mode,
            approved_by: None,
            approved_tools: self.approved_tools.clone(),
            disallowed_tools: self.disallowed.clone(),
            cortex: None,
            tripwire: None,
            approval: None,
            command: Some(argv),
            audit_id: None,
            duration_ms: self.started.elapsed().as_millis() as u64,
        };
        if self.ctx.ui.json {
            print_report(self.ctx, &report);
        }
        Ok(crate::error::code::OK)
    }

    /// No person can be asked here: hand back a ticket they can approve (exit 3).
    fn issue_ticket(
        mut self,
        sanitized: &str,
        envelope: Envelope,
        predicted: &[String],
        extra: &[String],
        why: String,
    ) -> Result<u8> {
        let cache = Cache::from_settings(&self.ctx.loaded.settings.security)
            .map_err(|e| Error::Internal(format!("cannot store an approval ticket: {e}")))?;
        let mut ticket = Ticket::issue(sanitized, envelope, predicted).map_err(Error::Internal)?;
        ticket.extra_disallowed = extra.to_vec();
        ticket.decision = serde_json::to_value(&self.decision).ok();
        approval::store(&cache, &ticket)
            .map_err(|e| Error::Internal(format!("cannot store an approval ticket: {e}")))?;
        self.approved_tools = Vec::new();
        self.disallowed = plan::disallowed_tools(envelope, Some(predicted), extra);
        let report = ApprovalReport {
            ticket: ticket.ticket.clone(),
            expires_at: ticket.expires_at.clone(),
            tools: predicted.to_vec(),
            envelope,
            reason: why,
        };
        if !self.ctx.ui.json {
            explain_ticket(&report, &self.disallowed);
        }
        self.finish(Status::AwaitingApproval, None, None, Some(report), None)
    }
}

fn explain_ticket(report: &ApprovalReport, blocked: &[String]) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "Approval needed ({}).\n  envelope: {}\n  tools:    {}\n  blocked:  {}\n  expires:  {}\nIf a person approves, run the same command again with --approval-ticket {}",
        report.reason,
        report.envelope,
        if report.tools.is_empty() {
            "(none predicted)".to_string()
        } else {
            report.tools.join(", ")
        },
        blocked.join(", "),
        report.expires_at,
        report.ticket
    );
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Executed => "executed",
        Status::RoutedToCodingAgent => "routed_to_coding_agent",
        Status::Blocked => "blocked",
        Status::AwaitingApproval => "awaiting_approval",
        Status::Denied => "denied",
        Status::Failed => "failed",
        Status::TimedOut => "timed_out",
        Status::Tripped => "tripped",
        Status::Interrupted => "interrupted",
    }
}

fn approved_by_name(by: &ApprovedBy) -> &'static str {
    match by {
        ApprovedBy::Terminal => "terminal",
        ApprovedBy::Ticket { .. } => "ticket",
        ApprovedBy::Auto => "auto",
        ApprovedBy::EnvelopeOnly => "envelope_only",
    }
}

/// `--json`: the one object on stdout. Otherwise a short summary on stderr (the answer itself
/// was streamed to stdout as it arrived).
fn print_report(ctx: &Context, report: &RunReport) {
    if ctx.ui.json {
        match serde_json::to_string(report) {
            Ok(text) => println!("{text}"),
            Err(e) => ctx.ui.error(format!("cannot encode the report: {e}")),
        }
        return;
    }
    let mut err = std::io::stderr().lock();
    let summary = match report.status {
        "executed" => format!(
            "done in {} ({} tool call{}, {:.1}s)",
            report.envelope.map_or("-", Envelope::as_str),
            report.cortex.as_ref().map_or(0, |c| c.tool_calls.len()),
            if report.cortex.as_ref().map_or(0, |c| c.tool_calls.len()) == 1 {
                ""
            } else {
                "s"
            },
            report.duration_ms as f64 / 1000.0
        ),
        "routed_to_coding_agent" => format!("not Snowflake work: {}", report.reason),
        "blocked" => format!("blocked: {}", report.reason),
        "tripped" => match &report.tripwire {
            Some(t) => format!(
                "stopped Cortex: {} broke `{}`: {}",
                t.tool, t.rule, t.detail
            ),
            None => "stopped Cortex".to_string(),
        },
        "awaiting_approval" => "awaiting approval".to_string(),
        "denied" => "denied: nothing was run".to_string(),
        "timed_out" => "Cortex timed out and was stopped".to_string(),
        "interrupted" => "interrupted: Cortex was stopped".to_string(),
        other => other.to_string(),
    };
    let audit = report
        .audit_id
        .as_deref()
        .map(|id| format!(" [audit {id}]"))
        .unwrap_or_default();
    let _ = writeln!(
        err,
        "{}{}",
        ctx.ui.bold(&format!("cortex-route: {summary}")),
        ctx.ui.dim(&audit)
    );
}
