//! Routing: is a request Snowflake work (`cortex`) or not (`coding_agent`), how sure are we, which
//! envelope and tools would it need.
//!
//! Submodules: `decision` (the output shape), `rules` (`routing.force_*_patterns`), `heuristic`,
//! `lexicon` and `phrases` (the offline classifier), `intent` (envelope and tool proposal), `llm`
//! (the LLM classifier's request and reply checks), `combine` (how the sources make one
//! decision). The order in which sources are consulted, the network call and the decision cache
//! are the runtime's `classifier`.

pub mod combine;
pub mod decision;
pub mod heuristic;
pub mod intent;
pub mod lexicon;
pub mod llm;
mod phrases;
pub mod rules;

pub use decision::{BlockedBy, Decision, Route, Source, round_confidence};

use crate::envelope::Envelope;

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
/// `cortex` the proposed envelope and tools. Never touches the network or the disk. Letters in
/// disguise are read as the letters they show ([`crate::guard::normalize::undisguised`]).
pub fn heuristic_decision(prompt: &str, skills: &[SkillHint]) -> Decision {
    let undisguised = crate::guard::normalize::undisguised(prompt);
    let analysis = heuristic::analyse(undisguised.as_deref().unwrap_or(prompt), skills);
    let verdict = heuristic::classify(&analysis);
    combine::heuristic_decision(&analysis, &verdict, 0.0, None)
}

/// Pipeline step 4: the envelope is `requested` (`--envelope`) or the proposed one, and it must be
/// in `allowed` (`security.allowed_envelopes`); otherwise the decision becomes `blocked` by
/// `envelope_not_allowed` with `matched` naming the envelope. Decisions that are not `cortex` pass
/// through unchanged (a `coding_agent` decision ends the run before envelopes matter).
pub fn apply_envelope(
    mut decision: Decision,
    requested: Option<Envelope>,
    allowed: &[Envelope],
) -> Decision {
    if decision.route != Route::Cortex {
        return decision;
    }
    let proposed = decision.envelope;
    let Some(envelope) = requested.or(proposed) else {
        // A Cortex decision always carries a proposal; if not, refuse rather than run unbounded.
        return decision.block(
            BlockedBy::EnvelopeNotAllowed,
            None,
            "no envelope was proposed or requested; pass --envelope",
        );
    };
    decision.envelope = Some(envelope);
    if let (Some(r), Some(p)) = (requested, proposed)
        && r != p
    {
        decision.reason = format!(
            "{} [envelope {r} from --envelope; proposed {p}]",
            decision.reason
        );
    }
    if allowed.contains(&envelope) {
        return decision;
    }
    let names = allowed
        .iter()
        .map(|e| e.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let how = if requested.is_some() {
        "choose an allowed one with --envelope"
    } else {
        "pass --envelope with an allowed one if it fits the request"
    };
    decision.block(
        BlockedBy::EnvelopeNotAllowed,
        Some(envelope.as_str().to_string()),
        format!(
            "envelope {envelope} is not in security.allowed_envelopes ({}); {how}, or ask for {envelope} to be allowed",
            if names.is_empty() { "none" } else { &names }
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_not_allowed_blocks_and_names_it() {
        let d = heuristic_decision("deploy the Streamlit app to Snowflake", &[]);
        assert_eq!(d.envelope, Some(Envelope::Deploy));
        let out = apply_envelope(d, None, &[Envelope::Ro, Envelope::Rw]);
        assert_eq!(out.route, Route::Blocked);
        assert_eq!(out.blocked_by, Some(BlockedBy::EnvelopeNotAllowed));
        assert_eq!(out.matched.as_deref(), Some("DEPLOY"));
        assert!(out.reason.contains("RO, RW"), "{}", out.reason);
    }

    #[test]
    fn requested_envelope_overrides_the_proposal() {
        let d = heuristic_decision("SHOW WAREHOUSES", &[]);
        let out = apply_envelope(d, Some(Envelope::Rw), &[Envelope::Ro, Envelope::Rw]);
        assert_eq!(out.route, Route::Cortex);
        assert_eq!(out.envelope, Some(Envelope::Rw));
        assert!(out.reason.contains("from --envelope"));
    }

    #[test]
    fn disguised_letters_route_as_the_letters_they_show() {
        // Fullwidth `Ｄｒｏｐ` was proposed RO (no `drop` was seen); Cyrillic `ѕ` and the Roman
        // numeral `ⅾ` hid Snowflake work from the router.
        for (disguised, plain) in [
            (
                "Ｄｒｏｐ the PROD.SALES schema in snowflake",
                "drop the PROD.SALES schema in snowflake",
            ),
            (
                "ⅾrop the ѕales schema in ѕnowflake",
                "drop the sales schema in snowflake",
            ),
            (
                "ЅЕLЕСТ * FROM t1; ＤＲＯＰ TABLE t1",
                "SELECT * FROM t1; DROP TABLE t1",
            ),
        ] {
            let seen = heuristic_decision(disguised, &[]);
            let expected = heuristic_decision(plain, &[]);
            assert_eq!(seen.route, Route::Cortex, "{disguised}: {}", seen.reason);
            assert_eq!(seen.envelope, expected.envelope, "{disguised}");
            assert_ne!(seen.envelope, Some(Envelope::Ro), "{disguised}");
        }
        // Accented words are not disguise: routed as written.
        let d = heuristic_decision("résumé of the café sales in Snowflake", &[]);
        assert_eq!(d.route, Route::Cortex);
    }

    #[test]
    fn coding_agent_decisions_ignore_envelopes() {
        let d = heuristic_decision("refactor src/main.rs", &[]);
        let out = apply_envelope(d.clone(), Some(Envelope::Deploy), &[]);
        assert_eq!(out, d);
    }
}
