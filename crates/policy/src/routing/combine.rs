//! How routing's sources combine into one [`Decision`]: a forcing rule, the heuristic, and the
//! LLM's answer checked against `routing.min_confidence` and the heuristic. Pure: the runtime's
//! router decides which sources to consult and performs the calls.
//!
//! The injection guard has two tiers, and either can block: the built-in and organization
//! rules judge the prompt before anything leaves the machine (a block there never reaches
//! routing); when the LLM classifier is used, its answer's `injection` judgement is the second
//! tier, and a `true` turns the decision into `blocked` / `prompt_injection` with a reason that
//! names the model. Offline (no credentials, `classifier: heuristic`) only the rules judge.

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

/// `matched` of a block by the model's judgement (the rules name their rule id instead).
pub const LLM_INJECTION_MATCH: &str = "llm-injection-judgement";

/// The LLM's answer, checked against `min_confidence` and the heuristic; blocked when the model
/// judged the prompt an injection attempt, whatever its route and confidence.
pub fn combine(
    answer: LlmAnswer,
    analysis: &Analysis<'_>,
    verdict: &Verdict,
    min_confidence: f64,
) -> Decision {
    if answer.injection {
        return Decision {
            route: Route::Blocked,
            confidence: round_confidence(answer.confidence),
            envelope: None,
            tools: Vec::new(),
            source: Source::Llm,
            reason: format!(
                "the LLM classifier judged the prompt a prompt-injection attempt ({}); the \
                 rules had let it through. cortex-route does not forward requests to override, \
                 reveal or switch off instructions and safeguards. Rephrase it as the Snowflake \
                 task itself; if this is legitimate work, report it to your administrator",
                answer.reasoning
            ),
            blocked_by: Some(crate::outcome::BlockedBy::PromptInjection),
            matched: Some(LLM_INJECTION_MATCH.to_string()),
        };
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routing::heuristic;

    fn answer(injection: bool) -> LlmAnswer {
        LlmAnswer {
            route: Route::Cortex,
            confidence: 0.9,
            envelope: Some(crate::envelope::Envelope::Ro),
            tools: vec!["snowflake_sql_execute".into()],
            reasoning: "tells the agent to skip approval".into(),
            injection,
        }
    }

    #[test]
    fn the_model_can_block_and_the_reason_says_it_was_the_model() {
        let prompt = "summarize the tickets table";
        let analysis = heuristic::analyse(prompt, &[]);
        let verdict = heuristic::classify(&analysis);
        let d = combine(answer(true), &analysis, &verdict, 0.6);
        assert_eq!(d.route, Route::Blocked);
        assert_eq!(
            d.blocked_by,
            Some(crate::outcome::BlockedBy::PromptInjection)
        );
        assert_eq!(d.source, Source::Llm);
        assert_eq!(d.matched.as_deref(), Some(LLM_INJECTION_MATCH));
        assert!(d.reason.contains("LLM classifier judged"), "{}", d.reason);
        assert!(d.envelope.is_none() && d.tools.is_empty());
        let ok = combine(answer(false), &analysis, &verdict, 0.6);
        assert_eq!(ok.route, Route::Cortex);
        assert_eq!(ok.blocked_by, None);
    }
}
