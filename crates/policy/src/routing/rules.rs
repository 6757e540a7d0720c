//! `routing.force_cortex_patterns` / `routing.force_coding_agent_patterns`: regular expressions
//! (case-insensitive) that decide the route before any classifier runs, with `source: "rule"` and
//! `matched` set to the pattern.
//!
//! When both lists match, **the coding agent wins**: a rule that keeps work away from Cortex costs
//! nothing and touches no Snowflake account, so it is the safer of two contradicting rules (the
//! same "deny wins" order as the guards). Patterns are tried in configuration order; the first match
//! of the winning list is reported.

use regex::RegexBuilder;

use super::decision::Route;
use crate::config::values::RegexPattern;

/// A rule that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMatch {
    pub route: Route,
    /// The pattern as configured.
    pub pattern: String,
    /// Which setting it came from, for the reason.
    pub setting: &'static str,
}

/// Why a configured pattern could not be used. Patterns are validated when the configuration is
/// loaded, so this means a pattern passed validation but not compilation here (a bug).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{setting} pattern `{pattern}` does not compile: {detail}")]
pub struct RuleError {
    pub setting: &'static str,
    pub pattern: String,
    pub detail: String,
}

const CODING_AGENT_SETTING: &str = "routing.force_coding_agent_patterns";
const CORTEX_SETTING: &str = "routing.force_cortex_patterns";

/// The first forcing rule that matches `prompt`, coding-agent rules first. A pattern that does
/// not compile is an error, not a skipped rule: a broken deny rule must not fail open.
pub fn first_match(
    prompt: &str,
    force_cortex: &[RegexPattern],
    force_coding_agent: &[RegexPattern],
) -> Result<Option<RuleMatch>, RuleError> {
    for (setting, route, patterns) in [
        (CODING_AGENT_SETTING, Route::CodingAgent, force_coding_agent),
        (CORTEX_SETTING, Route::Cortex, force_cortex),
    ] {
        for pattern in patterns {
            let re = RegexBuilder::new(pattern.as_str())
                .case_insensitive(true)
                .size_limit(1 << 20)
                .build()
                .map_err(|e| RuleError {
                    setting,
                    pattern: pattern.as_str().to_string(),
                    detail: e.to_string(),
                })?;
            if re.is_match(prompt) {
                return Ok(Some(RuleMatch {
                    route,
                    pattern: pattern.as_str().to_string(),
                    setting,
                }));
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pats(list: &[&str]) -> Vec<RegexPattern> {
        list.iter()
            .map(|p| RegexPattern::try_from((*p).to_string()).unwrap())
            .collect()
    }

    #[test]
    fn matches_case_insensitively_and_reports_the_pattern() {
        let m = first_match("FinOps report", &pats(&[r"\bfinops\b"]), &[])
            .unwrap()
            .unwrap();
        assert_eq!(m.route, Route::Cortex);
        assert_eq!(m.pattern, r"\bfinops\b");
        assert_eq!(m.setting, "routing.force_cortex_patterns");
    }

    #[test]
    fn coding_agent_rules_win_when_both_match() {
        let m = first_match(
            "finops dashboard in React",
            &pats(&["finops"]),
            &pats(&["react"]),
        )
        .unwrap()
        .unwrap();
        assert_eq!(m.route, Route::CodingAgent);
    }

    #[test]
    fn no_rules_no_match() {
        assert_eq!(first_match("anything", &[], &[]).unwrap(), None);
        assert_eq!(
            first_match("anything", &pats(&["^nothing$"]), &[]).unwrap(),
            None
        );
    }
}
