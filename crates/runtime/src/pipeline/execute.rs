//! Running Cortex for one run: choosing the mode (gate or print), supervising the process, and
//! the observer that puts the policy engine in front of every tool call — answering the gate's
//! requests before a tool runs, and watching the stream as the second line behind it.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use cortex_route_policy::config::values::{OnDeny, Protocol};
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::guard;
use cortex_route_policy::outcome::Status;
use cortex_route_policy::toolcall;

use super::PipelineError;
use super::driver::{Executed, Frontend, TripReport};
use crate::audit::{self, AuditLog, Record};
use crate::cache::Cache;
use crate::config_files::Loaded;
use crate::exec::capability;
use crate::exec::command::{self, CortexCommand, Mode};
use crate::exec::control;
use crate::exec::gate::{Denial, Gate};
use crate::exec::outcome::Collector;
use crate::exec::resolve;
use crate::exec::stream::{Event, bounded};
use crate::exec::supervise::{self, Ending, Flow, Observer, Spawn, Stdin};
use crate::hooks::registration::{self, Registered};

/// Time between the polite signal and SIGKILL when Cortex must stop.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);
/// How long Cortex may take to answer `initialize` before it is taken not to speak the
/// protocol (Snowflake's SDK waits at least 60 s; a Cortex that ignores the request would
/// otherwise hold the run until its timeout).
const INITIALIZE_TIMEOUT: Duration = Duration::from_secs(20);

/// `cortex.protocol` and what this Cortex supports decide the mode.
pub(super) fn choose_mode(
    loaded: &Loaded,
    program: &std::path::Path,
    front: &mut dyn Frontend,
) -> Result<Mode, PipelineError> {
    let protocol = loaded.settings.cortex.protocol;
    if protocol == Protocol::Print {
        return Ok(Mode::Print);
    }
    let cache = Cache::from_settings(&loaded.settings.security).ok();
    let found = capability::detect(program, cache.as_ref());
    match (protocol, found.gate) {
        (_, true) => Ok(Mode::Gate),
        (Protocol::Gate, false) => Err(PipelineError::GateRequired {
            program: program.display().to_string(),
            evidence: found.evidence,
        }),
        _ => {
            front.notice(&format!(
                "this Cortex cannot be gated ({}); running it in print mode: tool calls are checked as Cortex announces them, not before",
                found.evidence
            ));
            Ok(Mode::Print)
        }
    }
}

/// A print-mode prompt travels in argv: refuse what `execve` would refuse, before anything is
/// audited.
pub(super) fn check_print_prompt(prompt: &str) -> Result<(), PipelineError> {
    if prompt.len() >= command::MAX_ARG_BYTES {
        return Err(PipelineError::PromptTooLongForPrint {
            bytes: prompt.len(),
        });
    }
    if prompt.contains('\0') {
        return Err(PipelineError::NulInPrompt);
    }
    Ok(())
}

/// What every execution of one run shares.
pub(super) struct Job<'a> {
    pub(super) loaded: &'a Loaded,
    pub(super) envelope: Envelope,
    pub(super) disallowed: &'a [String],
    pub(super) timeout: Duration,
    pub(super) audit: &'a AuditLog,
    pub(super) intent_id: Option<&'a str>,
    /// The Snowflake connection Cortex runs with (`None`: Cortex's default).
    pub(super) connection: Option<&'a str>,
}

/// Tell cortex-route's own Cortex hook (`hook cortex-pre-tool-use`, when installed) which
/// envelope this session runs under. Without the cache, the hook judges by `hooks.envelope`
/// while the gate and the tripwire still judge by the run's: the stricter wins.
fn register_run(job: &Job<'_>, front: &mut dyn Frontend) -> Option<Registered> {
    let ttl = job
        .timeout
        .saturating_add(SHUTDOWN_GRACE)
        .as_secs()
        .saturating_add(60);
    let registered = Cache::from_settings(&job.loaded.settings.security).and_then(|cache| {
        registration::register(
            &cache,
            &registration::RunRegistration::new(
                job.envelope,
                job.disallowed,
                job.intent_id,
                job.connection,
            ),
            ttl,
        )
    });
    match registered {
        Ok(r) => Some(r),
        Err(e) => {
            front.verbose(&format!("the run is not registered for Cortex hooks: {e}"));
            None
        }
    }
}

/// Supervise Cortex with the policy engine judging every call: at the gate before it runs
/// (gate mode), and on the stream as it is announced (both modes).
pub(super) fn execute(
    job: &Job<'_>,
    cmd: &CortexCommand,
    mode: Mode,
    prompt: &str,
    front: &mut dyn Frontend,
) -> Result<Executed, PipelineError> {
    let _step = tracing::info_span!("execute", mode = mode.as_str()).entered();
    let home = crate::paths::home();
    let policy = toolcall::Policy::from_settings(&job.loaded.settings.security, home.as_deref())?
        .with_connection(job.connection)
        .with_path_resolver(resolve::resolver(
            std::env::current_dir().ok(),
            home.clone(),
        ));
    // Held until Cortex is gone: its hooks judge this session by this run's envelope.
    let registration = register_run(job, front);
    let mut env = command::child_env(std::env::vars_os());
    if let Some(r) = &registration {
        env.extend(r.env().map(|(k, v)| (k.into(), v.into())));
    }
    let spawn = Spawn {
        program: cmd.program.clone(),
        args: cmd.args.iter().map(Into::into).collect(),
        env,
        timeout: job.timeout,
        grace: SHUTDOWN_GRACE,
        stdin_piped: mode == Mode::Gate,
    };
    let gate_settings = &job.loaded.settings.gate;
    let redact = |text: &str| guard::redact(text).text;
    let mut observer = RunObserver {
        collector: Collector::new(&redact),
        front: &mut *front,
        policy: &policy,
        envelope: job.envelope,
        disallowed: job.disallowed,
        gate: (mode == Mode::Gate).then(|| {
            Gate::new(
                &policy,
                job.envelope,
                job.disallowed,
                gate_settings.ask_within_ms.duration(),
            )
        }),
        prompt: (mode == Mode::Gate).then(|| control::user_message(prompt)),
        init: Init::Waiting(tokio::time::Instant::now() + INITIALIZE_TIMEOUT),
        stop_on_deny: gate_settings.on_deny == OnDeny::Stop,
        job,
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
    let RunObserver {
        collector,
        gate,
        init,
        mut trip,
        ..
    } = observer;
    let stderr = guard::redact(&String::from_utf8_lossy(&supervised.stderr_tail)).text;
    let gate_never_started = gate.is_some()
        && !matches!(init, Init::Done)
        && trip.is_none()
        && supervised.ending != Ending::Interrupted
        && supervised.ending != Ending::TimedOut;
    if gate_never_started {
        // Cortex never answered `initialize`: it does not speak the protocol (it exited over an
        // unknown flag, or ignored the request).
        let why = match init {
            Init::TimedOut => format!(
                "no answer to `initialize` within {}s",
                INITIALIZE_TIMEOUT.as_secs()
            ),
            _ => match stderr.lines().find(|l| !l.trim().is_empty()) {
                Some(line) => format!("it exited: {}", bounded(line.trim(), 200)),
                None => "it exited before answering `initialize`".to_string(),
            },
        };
        return Err(PipelineError::GateUnavailable { why });
    }
    let mut outcome = collector.outcome;
    outcome.exit_code = supervised.exit_code;
    let protocol = match &gate {
        Some(g) => g.protocol(),
        None => "print",
    };
    let denials: Vec<Denial> = gate
        .map(|g| g.denials)
        .unwrap_or_default()
        .into_iter()
        .map(|mut d| {
            d.detail = guard::redact(&d.detail).text;
            d
        })
        .collect();

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
        denials,
        protocol,
    })
}

/// Where the `initialize` exchange stands (gate mode).
enum Init {
    Waiting(tokio::time::Instant),
    Done,
    TimedOut,
}

/// Sees every event: the policy engine first (to deny or kill as early as possible), then the
/// outcome and the progress display.
struct RunObserver<'a, 'f> {
    collector: Collector<'a>,
    front: &'f mut dyn Frontend,
    policy: &'a toolcall::Policy,
    envelope: Envelope,
    disallowed: &'a [String],
    /// Gate mode.
    gate: Option<Gate<'a>>,
    /// The first user message, sent once `initialize` is answered.
    prompt: Option<Vec<u8>>,
    init: Init,
    stop_on_deny: bool,
    job: &'a Job<'a>,
    trip: Option<TripReport>,
    started: Instant,
    skipped_notices: usize,
}

impl RunObserver<'_, '_> {
    /// The engine's verdict on one call announced on the stream (print mode). A panic while
    /// judging is a trip (`internal_error`): a call we could not judge is a call we must not let
    /// run.
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
            Err(_) => Some(internal_error(name)),
        }
    }

    /// Gate mode: a tool call announced on the stream.
    fn gate_tool_use(&mut self, tool: &crate::exec::stream::ToolUse) -> Option<TripReport> {
        let gate = self.gate.as_mut()?;
        let judged = catch_unwind(AssertUnwindSafe(|| {
            test_hooks::panic_while_judging();
            gate.on_tool_use(tool, Instant::now())
        }));
        match judged {
            Ok(stop) => stop.map(trip_of),
            Err(_) => Some(internal_error(&tool.name)),
        }
    }

    /// Gate mode: answer a control request. `Some` when the run must stop.
    fn answer(
        &mut self,
        request_id: Option<&str>,
        request: &serde_json::Value,
        stdin: &mut Stdin,
    ) -> Option<TripReport> {
        let gate = self.gate.as_mut()?;
        // A request without an id cannot be answered; Snowflake's SDK drops it too.
        let id = request_id?;
        let answered = catch_unwind(AssertUnwindSafe(|| {
            test_hooks::panic_while_judging();
            gate.on_request(id, request)
        }));
        let answer = match answered {
            Ok(a) => a,
            Err(_) => {
                stdin.send(&control::deny_tool(
                    id,
                    "cortex-route could not judge this call; it is denied",
                ));
                return Some(internal_error("(gate)"));
            }
        };
        stdin.send(&answer.line);
        let denial = answer.denial?;
        let shown = guard::redact(&denial.detail).text;
        self.front.notice(&format!(
            "denied {}: `{}`: {}",
            denial.tool,
            denial.rule,
            bounded(&shown, 200)
        ));
        self.audit_denial(&denial, &shown);
        self.stop_on_deny.then(|| TripReport {
            tool: denial.tool.clone(),
            rule: denial.rule.clone(),
            detail: denial.detail.clone(),
            kill_latency_us: 0,
        })
    }

    /// One audit record per denial, as it happens.
    fn audit_denial(&self, denial: &Denial, shown: &str) {
        let mut r = Record::new(audit::Event::ToolDenied);
        r.intent_id = self.job.intent_id.map(str::to_string);
        r.envelope = Some(self.envelope);
        r.protocol = self.gate.as_ref().map(|g| g.protocol().to_string());
        r.denied_call = Some(audit::Tripwire {
            tool: denial.tool.clone(),
            rule: denial.rule.clone(),
            detail: shown.to_string(),
        });
        if let Err(e) = self.job.audit.append(&r) {
            self.front.warn(&format!("audit: {e}"));
        }
    }
}

fn trip_of(stop: crate::exec::gate::Stop) -> TripReport {
    TripReport {
        tool: stop.tool,
        rule: stop.rule,
        detail: stop.detail,
        kill_latency_us: 0,
    }
}

fn internal_error(name: &str) -> TripReport {
    TripReport {
        tool: bounded(name, 100),
        rule: toolcall::Rule::InternalError.as_str().to_string(),
        detail: "the policy engine failed while judging this call".to_string(),
        kill_latency_us: 0,
    }
}

impl Observer for RunObserver<'_, '_> {
    fn on_start(&mut self, stdin: &mut Stdin) {
        if self.gate.is_some() {
            stdin.send(&control::initialize());
        }
    }

    fn on_event(&mut self, event: Event, stdin: &mut Stdin) -> Flow {
        let stop = match &event {
            Event::ControlResponse {
                request_id,
                success,
                error,
            } if request_id.as_deref() == Some(control::INITIALIZE_REQUEST_ID) => {
                if let Some(gate) = self.gate.as_mut()
                    && matches!(self.init, Init::Waiting(_))
                {
                    self.init = Init::Done;
                    gate.on_initialized(*success);
                    if !*success {
                        self.front.notice(&format!(
                            "Cortex refused the hook registration ({}); every permission request is still judged",
                            bounded(error.as_deref().unwrap_or("no reason given"), 200)
                        ));
                    }
                    if let Some(prompt) = self.prompt.take() {
                        stdin.send(&prompt);
                    }
                }
                None
            }
            Event::ControlRequest {
                request_id,
                request,
            } => self.answer(request_id.as_deref(), request, stdin),
            Event::ToolUse(tool) => {
                let stop = if self.gate.is_some() {
                    self.gate_tool_use(tool)
                } else {
                    self.judge(&tool.name, &tool.input)
                };
                if stop.is_none() {
                    self.collector.observe(&event);
                    if let Some(call) = self.collector.outcome.tool_calls.last() {
                        let call = call.clone();
                        self.front.tool_call(&call, self.started.elapsed());
                    }
                    return Flow::Continue;
                }
                stop
            }
            Event::ToolResult { tool_use_id, .. } => self
                .gate
                .as_mut()
                .and_then(|g| g.on_tool_result(tool_use_id.as_deref()))
                .map(trip_of),
            Event::Malformed {
                mentions_tool_use: true,
                error,
            } => {
                // A tool call we cannot read is a tool call we cannot check: stop.
                Some(TripReport {
                    tool: "(unreadable)".to_string(),
                    rule: toolcall::Rule::UnparsableInput.as_str().to_string(),
                    detail: format!(
                        "a tool call in a line that could not be read: {}",
                        bounded(error, 200)
                    ),
                    kill_latency_us: 0,
                })
            }
            Event::Malformed { error, .. } => {
                self.skipped_notices += 1;
                if self.skipped_notices <= 3 {
                    self.front.notice(&format!(
                        "skipped a line of Cortex output: {}",
                        bounded(error, 200)
                    ));
                }
                None
            }
            Event::Text(text) => {
                self.front.text(text);
                None
            }
            Event::Result(_) => {
                // The answer is complete: close stdin so Cortex can exit.
                if self.gate.is_some() {
                    stdin.close();
                }
                None
            }
            _ => None,
        };
        self.collector.observe(&event);
        match stop {
            Some(trip) => {
                self.trip = Some(trip);
                Flow::Stop
            }
            None => Flow::Continue,
        }
    }

    fn deadline(&self) -> Option<tokio::time::Instant> {
        let init = match self.init {
            Init::Waiting(at) if self.gate.is_some() => Some(at),
            _ => None,
        };
        let ask = self
            .gate
            .as_ref()
            .and_then(Gate::deadline)
            .map(tokio::time::Instant::from_std);
        match (init, ask) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn on_deadline(&mut self, _stdin: &mut Stdin) -> Flow {
        if let Init::Waiting(at) = self.init
            && self.gate.is_some()
            && tokio::time::Instant::now() >= at
        {
            self.init = Init::TimedOut;
            return Flow::Stop;
        }
        let stop = self
            .gate
            .as_mut()
            .and_then(|g| g.on_deadline(Instant::now()));
        match stop {
            Some(s) => {
                self.trip = Some(trip_of(s));
                Flow::Stop
            }
            None => Flow::Continue,
        }
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
