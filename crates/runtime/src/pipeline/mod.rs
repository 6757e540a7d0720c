//! The `run` pipeline's I/O half (DESIGN *Pipeline*): the steps `route` and `run` share (guard,
//! route), the driver that performs the planner's steps, approval tickets, and enrichment.

pub mod driver;
pub mod enrich;
mod execute;
pub mod tickets;

use std::collections::BTreeMap;

use cortex_route_policy::guard::{self, Guard, GuardError, PromptVerdict};
use cortex_route_policy::outcome::BlockedBy;
use cortex_route_policy::routing::Decision;
use cortex_route_policy::routing::rules::RuleError;

use crate::config_files::Loaded;
use crate::progress::Progress;

/// Why a pipeline could not reach an outcome. The binary maps each to an exit code.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The guards could not be compiled (a bad pattern, an inconsistent build): nothing runs
    /// unguarded.
    #[error("{0}\n  {fix}", fix = .0.fix())]
    Guard(#[from] GuardError),
    /// A `routing.force_*_patterns` rule does not compile: a broken rule must not be skipped.
    #[error("{0}")]
    Rule(#[from] RuleError),
    /// The tool-call engine's settings do not compile.
    #[error("{0}")]
    Policy(#[from] cortex_route_policy::toolcall::TripwireError),
    /// `--context-file` cannot be used.
    #[error(transparent)]
    Enrich(#[from] enrich::EnrichError),
    /// `--resume` names no usable session.
    #[error(transparent)]
    Resume(#[from] crate::discovery::sessions::resume::ResumeError),
    #[error(
        "Cortex CLI not found: {detail}\n  fix: install Snowflake's Cortex Code CLI, or set `cortex.binary` in your config to its path"
    )]
    CortexNotFound { detail: String },
    #[error(transparent)]
    Supervise(#[from] crate::exec::supervise::SuperviseError),
    #[error("cannot use the approval ticket store: {0}")]
    TicketStore(crate::cache::CacheError),
    #[error("cannot start the async runtime: {0}")]
    AsyncRuntime(std::io::Error),
    #[error(
        "the organization policy requires the gate (`cortex.protocol: gate`), and {program} cannot be gated: {evidence}\n  fix: upgrade Cortex Code (Snowflake's SDK needs 1.0.35 or later), or ask your administrator about `cortex.protocol`"
    )]
    GateRequired { program: String, evidence: String },
    /// Gate mode was tried and Cortex did not speak the protocol (the driver falls back to print
    /// mode under `cortex.protocol: auto`).
    #[error(
        "Cortex did not accept the gate: {why}\n  fix: upgrade Cortex Code, or set `cortex.protocol: print` if your organization allows it"
    )]
    GateUnavailable { why: String },
    #[error(
        "the prompt with its context is {bytes} bytes, over the {} KiB a command-line argument can hold, and this Cortex runs in print mode (no gate)\n  fix: shorten the prompt or the --context-file, or upgrade Cortex Code so the prompt goes on stdin",
        crate::exec::command::MAX_ARG_BYTES >> 10
    )]
    PromptTooLongForPrint { bytes: usize },
    #[error(
        "the prompt contains a NUL byte, which cannot be passed to Cortex\n  fix: remove binary data from the prompt or the --context-file"
    )]
    NulInPrompt,
    #[error("internal error: {0}")]
    Internal(String),
}

/// The prompt after the guards.
#[derive(Debug, Clone)]
pub enum GuardOutcome {
    /// The decision that blocks it (exit 5).
    Blocked(Decision),
    /// The redacted text, and how many findings of each kind were redacted.
    Allowed {
        text: String,
        findings: BTreeMap<String, u32>,
    },
}

/// Pipeline step 2, shared by `route` and `run`: the credential-path and injection checks on the
/// original prompt, then redaction.
pub fn guard_prompt(
    security: &cortex_route_policy::config::Security,
    prompt: &str,
) -> Result<GuardOutcome, PipelineError> {
    let _step = tracing::info_span!("guard").entered();
    let home = crate::paths::home();
    let guard = Guard::from_settings(security, home.as_deref())?;
    Ok(match guard.check_prompt(prompt) {
        // What matched is quoted back to the caller: it goes through the redactor like
        // everything else that leaves the process (a path can carry a URL password).
        PromptVerdict::Blocked(block) => GuardOutcome::Blocked(Decision::blocked_by_rule(
            BlockedBy::from(block.kind),
            Some(guard::redact(&block.matched).text),
            guard::redact(&block.reason).text,
        )),
        PromptVerdict::Allowed(sanitized) => GuardOutcome::Allowed {
            findings: guard::finding_counts(&sanitized.findings)
                .into_iter()
                .map(|(k, v)| (k, u32::try_from(v).unwrap_or(u32::MAX)))
                .collect(),
            text: sanitized.text,
        },
    })
}

/// Pipeline step 3, shared by `route` and `run`: route the sanitized prompt with the discovered
/// skills (from the signed cache; discovered lazily when it is missing or expired).
pub fn route_prompt(
    loaded: &Loaded,
    sanitized: &str,
    connection: Option<&str>,
    progress: &dyn Progress,
) -> Result<Decision, PipelineError> {
    let _step = tracing::info_span!("route").entered();
    let skills = crate::discovery::skills_for_routing(&loaded.settings, progress);
    let hints = crate::discovery::routing_hints(&skills);
    let inputs = crate::classifier::Inputs {
        sanitized_prompt: sanitized,
        skills: &hints,
        connection,
    };
    Ok(crate::classifier::decide(
        &loaded.settings,
        &inputs,
        &crate::classifier::Environment::process(),
        progress,
    )?)
}
