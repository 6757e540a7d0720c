//! Routing: is a request Snowflake work (`cortex`) or not (`coding_agent`), how sure are we, which
//! envelope and tools would it need.
//!
//! Submodules: `decision` (the output shape), `rules` (`routing.force_*_patterns`), `heuristic` and
//! `lexicon` (the offline classifier), `intent` (envelope and tool proposal), `credentials` (PAT and
//! account URL), `llm` (the classifier on Cortex's REST API), `decision_cache` (signed cache of LLM
//! answers), `router` (the order in which they are tried, and the fallbacks).

pub mod decision;
pub mod heuristic;
pub mod intent;
pub mod lexicon;

pub use decision::{BlockedBy, Decision, Route, Source, round_confidence};

/// What routing needs to know about one discovered Cortex skill. Discovery fills these in; routing
/// only reads them (the LLM sees names and descriptions; the heuristic matches triggers).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SkillHint {
    pub name: String,
    pub description: String,
    /// Phrases from the skill's "Use when …" text.
    pub triggers: Vec<String>,
}

/// The heuristic's decision for a (sanitized) prompt: route, calibrated confidence, and for
/// `cortex` the proposed envelope and tools. Never touches the network or the disk.
pub fn heuristic_decision(prompt: &str, skills: &[SkillHint]) -> Decision {
    let analysis = heuristic::analyse(prompt, skills);
    let verdict = heuristic::classify(&analysis);
    let (envelope, tools) = match verdict.route {
        Route::Cortex => {
            let p = intent::propose(&analysis);
            (Some(p.envelope), p.tools)
        }
        _ => (None, Vec::new()),
    };
    Decision {
        route: verdict.route,
        confidence: round_confidence(verdict.confidence),
        envelope,
        tools,
        source: Source::Heuristic,
        reason: format!("heuristic: {}", verdict.explain()),
        blocked_by: None,
        matched: None,
    }
}
