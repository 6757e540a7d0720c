//! The routing decision: the one JSON shape `route --json` prints and the pipeline reuses.
//!
//! Field names and values are a public contract (DESIGN.md, *`--json` output*):
//! `route`, `confidence`, `envelope`, `tools`, `source`, `reason`, `blocked_by`, `matched`, in
//! that order. The classifiers only ever produce `cortex` / `coding_agent`; the pipeline turns a
//! decision into `blocked` with [`Decision::block`] when a guard or the envelope policy refuses it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::envelope::Envelope;
pub use crate::outcome::BlockedBy;

/// Where a request goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Snowflake work: hand it to Cortex Code.
    Cortex,
    /// Everything else: the calling agent keeps it (exit 6).
    CodingAgent,
    /// Refused by a guard or by policy (exit 5). Set by the pipeline, never by a classifier.
    Blocked,
}

impl Route {
    pub fn as_str(self) -> &'static str {
        match self {
            Route::Cortex => "cortex",
            Route::CodingAgent => "coding_agent",
            Route::Blocked => "blocked",
        }
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which part of the router made the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The LLM classifier on Cortex answered.
    Llm,
    /// The local heuristic decided (classifier off, no credentials, or the LLM failed).
    Heuristic,
    /// An earlier LLM answer for the same prompt and settings, from the signed cache.
    Cache,
    /// A `routing.force_*_patterns` rule, or a guard / policy rule for blocks.
    Rule,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Llm => "llm",
            Source::Heuristic => "heuristic",
            Source::Cache => "cache",
            Source::Rule => "rule",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A routing decision, serialized exactly as `route --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub route: Route,
    /// 0 to 1. Rules say 1.0; the heuristic never does.
    pub confidence: f64,
    /// The proposed envelope for `cortex`; `null` for `coding_agent`. For `blocked` by
    /// `envelope_not_allowed`, the envelope that was refused.
    pub envelope: Option<Envelope>,
    /// Predicted Cortex tools, in Cortex's spelling (`snowflake_sql_execute`, `Read`, …).
    pub tools: Vec<String>,
    pub source: Source,
    /// One or two human sentences: why.
    pub reason: String,
    pub blocked_by: Option<BlockedBy>,
    /// The rule, pattern or envelope that decided, when one did.
    pub matched: Option<String>,
}

impl Decision {
    /// Turn this decision into a block, keeping what the classifier said (confidence, tools,
    /// source) so the output shows what was refused.
    pub fn block(
        mut self,
        by: BlockedBy,
        matched: Option<String>,
        reason: impl Into<String>,
    ) -> Decision {
        self.route = Route::Blocked;
        self.blocked_by = Some(by);
        self.matched = matched;
        self.reason = reason.into();
        self
    }

    /// A block before any classification (guards): nothing was classified, so confidence is 1
    /// (a rule decided), no envelope, no tools.
    pub fn blocked_by_rule(
        by: BlockedBy,
        matched: Option<String>,
        reason: impl Into<String>,
    ) -> Self {
        Decision {
            route: Route::Blocked,
            confidence: 1.0,
            envelope: None,
            tools: Vec::new(),
            source: Source::Rule,
            reason: reason.into(),
            blocked_by: Some(by),
            matched,
        }
    }
}

/// Round a confidence for output: three decimals are plenty, and stable JSON helps caching.
pub fn round_confidence(c: f64) -> f64 {
    if c.is_nan() {
        return 0.0;
    }
    (c.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Decision {
        Decision {
            route: Route::Cortex,
            confidence: 0.91,
            envelope: Some(Envelope::Ro),
            tools: vec!["snowflake_sql_execute".into()],
            source: Source::Heuristic,
            reason: "why".into(),
            blocked_by: None,
            matched: None,
        }
    }

    #[test]
    fn serializes_exactly_the_contract_fields_in_order() {
        let text = serde_json::to_string(&sample()).unwrap();
        assert_eq!(
            text,
            r#"{"route":"cortex","confidence":0.91,"envelope":"RO","tools":["snowflake_sql_execute"],"source":"heuristic","reason":"why","blocked_by":null,"matched":null}"#
        );
    }

    #[test]
    fn block_keeps_the_classification_and_names_the_rule() {
        let d = sample().block(
            BlockedBy::EnvelopeNotAllowed,
            Some("DEPLOY".into()),
            "not allowed",
        );
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["route"], "blocked");
        assert_eq!(v["blocked_by"], "envelope_not_allowed");
        assert_eq!(v["matched"], "DEPLOY");
        assert_eq!(v["source"], "heuristic");
    }

    #[test]
    fn round_trips_for_the_cache() {
        let d = sample();
        let back: Decision = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn confidence_is_clamped_and_rounded() {
        assert_eq!(round_confidence(0.123_456), 0.123);
        assert_eq!(round_confidence(7.0), 1.0);
        assert_eq!(round_confidence(f64::NAN), 0.0);
    }
}
