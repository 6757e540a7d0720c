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
//!
//! Routing never fails because of the LLM or the cache. It fails (as a configuration error) only
//! when a forcing rule cannot be compiled: a broken deny rule must not be skipped.

use std::path::PathBuf;

use super::SkillHint;
use super::credentials::{self, Credentials};
use super::decision::{Decision, Route, Source, round_confidence};
use super::decision_cache::{self, KeyParts};
use super::heuristic::{self, Analysis, Verdict};
use super::intent;
use super::llm::{self, LlmAnswer};
use super::rules::{self, RuleError};
use crate::cache::Cache;
use crate::config::Settings;
use crate::config::values::ClassifierMode;
use crate::ui::Ui;

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
            data_dir: Settings::data_dir(),
        }
    }
}

/// Decide where `inputs.sanitized_prompt` goes.
pub fn decide(
    settings: &Settings,
    inputs: &Inputs<'_>,
    env: &Environment<'_>,
    ui: &Ui,
) -> Result<Decision, RuleError> {
    let routing = &settings.routing;
    if let Some(rule) = rules::first_match(
        inputs.sanitized_prompt,
        &routing.force_cortex_patterns,
        &routing.force_coding_agent_patterns,
    )? {
        let analysis = heuristic::analyse(inputs.sanitized_prompt, inputs.skills);
        let (envelope, tools) = proposal(rule.route, &analysis);
        return Ok(Decision {
            route: rule.route,
            confidence: 1.0,
            envelope,
            tools,
            source: Source::Rule,
            reason: format!(
                "{} matched `{}`",
                rule.setting,
                one_line(&rule.pattern, 120)
            ),
            blocked_by: None,
            matched: Some(rule.pattern),
        });
    }

    let analysis = heuristic::analyse(inputs.sanitized_prompt, inputs.skills);
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
            ui.verbose(format!("LLM classifier not used: {e}"));
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
        ui.warn(warning);
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
    ui: &Ui,
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
                ui.verbose(format!("decision cache not used: {e}"));
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
            Err(e) => ui.verbose(format!("decision cache not read: {e}")),
        }
    }

    ui.verbose(format!(
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
            ui.verbose(format!("LLM classifier failed: {e}"));
            return heuristic_decision(
                analysis,
                verdict,
                min_confidence,
                Some(&format!("LLM classifier failed ({e})")),
            );
        }
    };
    if let Some(cache) = &cache
        && let Err(e) =
            decision_cache::store(cache, &name, &decision, settings.security.cache_ttl.get())
    {
        ui.verbose(format!("decision cache not written: {e}"));
    }
    decision
}

/// The LLM's answer, checked against `min_confidence` and the heuristic.
fn combine(
    answer: LlmAnswer,
    analysis: &Analysis<'_>,
    verdict: &Verdict,
    min_confidence: f64,
) -> Decision {
    if answer.confidence < min_confidence && answer.route != verdict.route {
        let note = format!(
            "LLM unsure ({:.2} < min_confidence {min_confidence:.2}) and said {}",
            answer.confidence,
            answer.route.as_str()
        );
        return heuristic_decision(analysis, verdict, min_confidence, Some(&note));
    }
    let (confidence, agreement) = if answer.confidence < min_confidence {
        (
            answer.confidence.max(verdict.confidence),
            format!(
                " (LLM unsure at {:.2}; the heuristic agrees)",
                answer.confidence
            ),
        )
    } else {
        (answer.confidence, String::new())
    };
    let (envelope, tools) = match answer.route {
        Route::Cortex => {
            let fallback = intent::propose(analysis);
            let envelope = answer.envelope.unwrap_or(fallback.envelope);
            let tools = if answer.tools.is_empty() && answer.envelope.is_none() {
                fallback.tools
            } else {
                answer.tools
            };
            (Some(envelope), tools)
        }
        _ => (None, Vec::new()),
    };
    Decision {
        route: answer.route,
        confidence: round_confidence(confidence),
        envelope,
        tools,
        source: Source::Llm,
        reason: format!("LLM: {}{agreement}", answer.reasoning),
        blocked_by: None,
        matched: None,
    }
}

/// The heuristic's decision, with an optional note in front (why the LLM was not used).
pub(crate) fn heuristic_decision(
    analysis: &Analysis<'_>,
    verdict: &Verdict,
    min_confidence: f64,
    note: Option<&str>,
) -> Decision {
    let (envelope, tools) = proposal(verdict.route, analysis);
    let mut reason = String::new();
    if let Some(note) = note {
        reason.push_str(note);
        reason.push_str("; ");
    }
    if verdict.confidence < min_confidence {
        reason.push_str(&format!(
            "low confidence ({:.2} < min_confidence {min_confidence:.2}); ",
            verdict.confidence
        ));
    }
    reason.push_str("heuristic: ");
    reason.push_str(&verdict.explain());
    Decision {
        route: verdict.route,
        confidence: round_confidence(verdict.confidence),
        envelope,
        tools,
        source: Source::Heuristic,
        reason,
        blocked_by: None,
        matched: None,
    }
}

fn proposal(
    route: Route,
    analysis: &Analysis<'_>,
) -> (Option<crate::envelope::Envelope>, Vec<String>) {
    match route {
        Route::Cortex => {
            let p = intent::propose(analysis);
            (Some(p.envelope), p.tools)
        }
        _ => (None, Vec::new()),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

fn one_line(text: &str, max: usize) -> String {
    let line: String = text.chars().filter(|c| !c.is_control()).take(max).collect();
    if text.chars().count() > max {
        line + "…"
    } else {
        line
    }
}
