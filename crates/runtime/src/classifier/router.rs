//! The order in which the router consults its sources, and what happens when one fails.
//!
//! 1. `routing.force_coding_agent_patterns`, then `routing.force_cortex_patterns` (`source: rule`).
//! 2. `routing.classifier`:
//!    - `heuristic`: the local classifier only; never touches the network or the cache.
//!    - `auto`: the LLM when credentials resolve (a PAT and an account URL), else the heuristic.
//!    - `llm`: the LLM; without credentials, the heuristic, with the reason saying why.
//! 3. On the LLM path: a cached answer for the same key (`source: cache`), else one call within
//!    `routing.timeout_seconds` (retries included). Any failure falls back to the heuristic and the
//!    reason says so: `LLM classifier failed (HTTP 401: check the PAT); heuristic: …`.
//! 4. `routing.min_confidence`: an LLM answer below it is not trusted alone. If the heuristic
//!    agrees on the route, the LLM's answer stands (`source: llm`, the higher confidence of the
//!    two); if it disagrees, the heuristic decides (`source: heuristic`) and the reason gives both.
//!    A heuristic decision below it keeps its route and says `low confidence` in the reason, so
//!    callers can ask the person; the confidence itself is the signal.
//! 5. The injection guard's second tier: the LLM's answer also says whether the prompt tries to
//!    manipulate an AI agent. `true` blocks (`route: blocked`, `blocked_by: prompt_injection`,
//!    `source: llm`, `matched: llm-injection-judgement`, a reason that names the model). The
//!    rules ran first, before anything left the machine, and block on their own; so either can
//!    block. Without the LLM (offline, `classifier: heuristic`, a failed call) only the rules
//!    judge. A model block is not cached: the next try asks again.
//!
//! Routing never fails because of the LLM or the cache. It fails (as a configuration error) only
//! when a forcing rule cannot be compiled: a broken deny rule must not be skipped.

use std::path::PathBuf;

use cortex_route_policy::config::Settings;
use cortex_route_policy::config::values::ClassifierMode;
use cortex_route_policy::guard::normalize::undisguised;
use cortex_route_policy::routing::combine::{combine, forced_decision, heuristic_decision};
use cortex_route_policy::routing::heuristic::{self, Analysis, Verdict};
use cortex_route_policy::routing::rules::{self, RuleError};
use cortex_route_policy::routing::{Decision, Route, SkillHint};

use super::credentials::{self, Credentials};
use super::decision_cache::{self, KeyParts};
use super::llm;
use crate::cache::Cache;
use crate::progress::Progress;

/// What one routing call is about.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The prompt after the guards: redacted, never the original.
    pub sanitized_prompt: &'a str,
    /// Discovered Cortex skills (empty when discovery has not run).
    pub skills: &'a [SkillHint],
    /// `--connection`, for commands that have it.
    pub connection: Option<&'a str>,
}

/// Where the router looks for environment variables, the home directory (connection files) and
/// the data directory (the cache key). Tests pass their own; commands use
/// [`Environment::process`].
pub struct Environment<'a> {
    pub var: &'a dyn Fn(&str) -> Option<String>,
    pub home: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
}

impl Environment<'_> {
    /// The real process environment.
    pub fn process() -> Environment<'static> {
        fn process_var(name: &str) -> Option<String> {
            std::env::var(name).ok()
        }
        Environment {
            var: &process_var,
            home: dirs::home_dir(),
            data_dir: crate::paths::data_dir(),
        }
    }
}

/// Decide where `inputs.sanitized_prompt` goes.
pub fn decide(
    settings: &Settings,
    inputs: &Inputs<'_>,
    env: &Environment<'_>,
    ui: &dyn Progress,
) -> Result<Decision, RuleError> {
    let routing = &settings.routing;
    // Letters in disguise are read as the letters they show, by the forcing rules and the
    // heuristic alike; the LLM reads the prompt as written.
    let undisguised = undisguised(inputs.sanitized_prompt);
    let text = undisguised.as_deref().unwrap_or(inputs.sanitized_prompt);
    if let Some(rule) = rules::first_match(
        text,
        &routing.force_cortex_patterns,
        &routing.force_coding_agent_patterns,
    )? {
        let analysis = heuristic::analyse(text, inputs.skills);
        return Ok(forced_decision(rule, &analysis));
    }

    let analysis = heuristic::analyse(text, inputs.skills);
    let verdict = heuristic::classify(&analysis);
    let min_confidence = routing.min_confidence.get();

    if routing.classifier == ClassifierMode::Heuristic {
        return Ok(heuristic_decision(
            &analysis,
            &verdict,
            min_confidence,
            None,
        ));
    }
    let credentials = match credentials::resolve(
        &settings.cortex,
        inputs.connection,
        env.var,
        env.home.as_deref(),
    ) {
        Ok(c) => c,
        Err(e) => {
            let text = e.to_string();
            let why = first_line(&text);
            ui.verbose(&format!("LLM classifier not used: {e}"));
            let note = (routing.classifier == ClassifierMode::Llm)
                .then(|| format!("LLM classifier unavailable ({why})"));
            return Ok(heuristic_decision(
                &analysis,
                &verdict,
                min_confidence,
                note.as_deref(),
            ));
        }
    };
    for warning in &credentials.warnings {
        ui.warn(&warning.to_string());
    }
    Ok(llm_path(
        settings,
        inputs,
        env,
        &credentials,
        &analysis,
        &verdict,
        ui,
    ))
}

fn llm_path(
    settings: &Settings,
    inputs: &Inputs<'_>,
    env: &Environment<'_>,
    credentials: &Credentials,
    analysis: &Analysis<'_>,
    verdict: &Verdict,
    ui: &dyn Progress,
) -> Decision {
    let routing = &settings.routing;
    let min_confidence = routing.min_confidence.get();
    let name = decision_cache::entry_name(
        inputs.sanitized_prompt,
        &KeyParts {
            model: routing.model.as_str(),
            base_url: &credentials.base_url,
            min_confidence,
            skills: inputs.skills,
        },
    );
    let cache = match &env.data_dir {
        Some(data_dir) => match Cache::open(
            settings.security.cache_dir.path(),
            data_dir,
            settings.security.cache_permissions.get(),
        ) {
            Ok(c) => Some(c),
            Err(e) => {
                ui.verbose(&format!("decision cache not used: {e}"));
                None
            }
        },
        None => {
            ui.verbose("decision cache not used: no data directory (HOME is not set)");
            None
        }
    };
    if let Some(cache) = &cache {
        match decision_cache::lookup(cache, &name) {
            Ok(Some(hit)) => return hit,
            Ok(None) => {}
            Err(e) => ui.verbose(&format!("decision cache not read: {e}")),
        }
    }

    ui.verbose(&format!(
        "asking {} ({}) with model {} via {}",
        credentials.base_url, credentials.url_source, routing.model, credentials.pat_source
    ));
    let answer = llm::classify_blocking(
        credentials,
        routing.model.as_str(),
        inputs.sanitized_prompt,
        inputs.skills,
        routing.timeout_seconds.duration(),
    );
    let decision = match answer {
        Ok(answer) => combine(answer, analysis, verdict, min_confidence),
        Err(e) => {
            ui.verbose(&format!("LLM classifier failed: {e}"));
            return heuristic_decision(
                analysis,
                verdict,
                min_confidence,
                Some(&format!("LLM classifier failed ({e})")),
            );
        }
    };
    if let Some(cache) = &cache
        && decision.route != Route::Blocked
        && let Err(e) =
            decision_cache::store(cache, &name, &decision, settings.security.cache_ttl.get())
    {
        ui.verbose(&format!("decision cache not written: {e}"));
    }
    decision
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}
