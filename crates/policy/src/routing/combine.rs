//! How routing's sources combine into one [`Decision`]: a forcing rule, the heuristic, and the
//! LLM's answer checked against `routing.min_confidence` and the heuristic. Pure: the runtime's
//! router decides which sources to consult and performs the calls.

use super::decision::{Decision, Route, Source, round_confidence};
use super::heuristic::{Analysis, Verdict};
use super::intent;
use super::llm::LlmAnswer;
use super::rules::RuleMatch;

/// The decision when a `routing.force_*_patterns` rule matched.
pub fn forced_decision(rule: RuleMatch, analysis: &Analysis<'_>) -> Decision {
    let (envelope, tools) = proposal(rule.route, analysis);
    Decision {
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
    }
}

/// The LLM's answer, checked against `min_confidence` and the heuristic.
pub fn combine(
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
pub fn heuristic_decision(
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

fn one_line(text: &str, max: usize) -> String {
    let line: String = text.chars().filter(|c| !c.is_control()).take(max).collect();
    if text.chars().count() > max {
        line + "…"
    } else {
        line
    }
}
