//! What Cortex will be allowed to do: the approval a run needs, and the exact `--disallowed-tools`
//! list. Pure functions, so the rules are tested without a terminal or a process.
//!
//! | mode | NONE | DEPLOY (confirmation on) | otherwise |
//! | --- | --- | --- | --- |
//! | `prompt` | ask a person | ask a person | ask a person |
//! | `auto` | refused | ask a person | predicted tools approved; ask when the prediction's confidence is under `tool_prediction_confidence_threshold` |
//! | `envelope_only` | refused | ask a person | approved without prediction |
//!
//! The blocked list is the envelope's list, plus (when a person or `auto` approved specific tools)
//! every known tool that was not approved, plus `--disallowed-tools`.

use crate::envelope::Envelope;
use crate::tools;

use crate::config::values::ApprovalMode;
use crate::outcome::ApprovedBy;

/// What the approval step must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    /// Approved without asking.
    Granted {
        tools: Vec<String>,
        by: ApprovedBy,
        /// True when only the envelope limits the tools (no per-tool narrowing).
        envelope_only: bool,
    },
    /// A person must approve (terminal, or an approval ticket).
    AskPerson { why: String },
    /// Not allowed in this mode at all.
    Refused { why: String },
}

/// Inputs of the approval decision.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub mode: ApprovalMode,
    pub envelope: Envelope,
    pub deploy_confirmation: bool,
    /// Predicted tools, already limited to what the envelope permits.
    pub predicted: &'a [String],
    pub confidence: f64,
    pub threshold: f64,
}

/// Decide what approval a run needs. Denies by default: only the listed cases are granted.
pub fn approval_need(req: &Request<'_>) -> Need {
    let automatic = matches!(req.mode, ApprovalMode::Auto | ApprovalMode::EnvelopeOnly);
    if automatic && req.envelope == Envelope::None {
        return Need::Refused {
            why: format!(
                "the NONE envelope is refused in `{}` approval mode; pick an envelope or use `prompt` mode",
                req.mode
            ),
        };
    }
    if automatic && req.envelope == Envelope::Deploy && req.deploy_confirmation {
        return Need::AskPerson {
            why: "DEPLOY needs a person's confirmation (deploy_envelope_confirmation)".to_string(),
        };
    }
    match req.mode {
        ApprovalMode::Prompt => Need::AskPerson {
            why: "approval_mode is `prompt`".to_string(),
        },
        ApprovalMode::Auto if req.confidence < req.threshold => Need::AskPerson {
            why: format!(
                "the tool prediction's confidence {:.2} is under the {:.2} threshold",
                req.confidence, req.threshold
            ),
        },
        ApprovalMode::Auto => Need::Granted {
            tools: req.predicted.to_vec(),
            by: ApprovedBy::Auto,
            envelope_only: false,
        },
        ApprovalMode::EnvelopeOnly => Need::Granted {
            tools: Vec::new(),
            by: ApprovedBy::EnvelopeOnly,
            envelope_only: true,
        },
    }
}

/// The predicted tools the envelope does not block outright (what can be offered for approval).
/// `gated`: Cortex asks before every call (see [`Envelope::blocked_tools_when`]).
pub fn approvable(envelope: Envelope, gated: bool, predicted: &[String]) -> Vec<String> {
    let blocked: Vec<String> = envelope
        .blocked_tools_when(gated)
        .iter()
        .map(|t| t.to_string())
        .collect();
    let mut out = Vec::new();
    for tool in predicted {
        if !tools::list_blocks_whole_tool(&blocked, tool) {
            tools::push_unique(&mut out, tool);
        }
    }
    out
}

/// The exact `--disallowed-tools` values, in a stable order.
///
/// `approved` is `Some` when specific tools were approved (a person, a ticket, `auto`): every
/// known tool outside it is blocked too. `None` means the envelope alone limits the tools.
/// `gated`: Cortex asks before every call (see [`Envelope::blocked_tools_when`]).
pub fn disallowed_tools(
    envelope: Envelope,
    gated: bool,
    approved: Option<&[String]>,
    extra: &[String],
) -> Vec<String> {
    let mut out = Vec::new();
    for tool in envelope.blocked_tools_when(gated) {
        tools::push_unique(&mut out, tool);
    }
    if let Some(approved) = approved {
        for known in tools::KNOWN_TOOLS {
            if !approved.iter().any(|a| tools::same_tool(a, known)) {
                tools::push_unique(&mut out, known);
            }
        }
    }
    for tool in extra {
        let tool = tool.trim();
        if !tool.is_empty() {
            tools::push_unique(&mut out, tool);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn req(mode: ApprovalMode, envelope: Envelope, confidence: f64) -> Need {
        approval_need(&Request {
            mode,
            envelope,
            deploy_confirmation: true,
            predicted: &s(&["snowflake_sql_execute"]),
            confidence,
            threshold: 0.7,
        })
    }

    #[test]
    fn none_is_refused_and_deploy_needs_a_person_in_automatic_modes() {
        for mode in [ApprovalMode::Auto, ApprovalMode::EnvelopeOnly] {
            assert!(matches!(
                req(mode, Envelope::None, 0.9),
                Need::Refused { .. }
            ));
            assert!(matches!(
                req(mode, Envelope::Deploy, 0.9),
                Need::AskPerson { .. }
            ));
        }
        assert!(matches!(
            req(ApprovalMode::Prompt, Envelope::None, 0.9),
            Need::AskPerson { .. }
        ));
    }

    #[test]
    fn auto_asks_when_the_prediction_is_unsure() {
        assert!(matches!(
            req(ApprovalMode::Auto, Envelope::Ro, 0.5),
            Need::AskPerson { .. }
        ));
        match req(ApprovalMode::Auto, Envelope::Ro, 0.8) {
            Need::Granted { tools, by, .. } => {
                assert_eq!(tools, ["snowflake_sql_execute"]);
                assert_eq!(by, ApprovedBy::Auto);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn prompt_mode_blocks_every_known_tool_that_was_not_approved_whatever_its_case() {
        let list = disallowed_tools(
            Envelope::Rw,
            false,
            Some(&s(&["SNOWFLAKE_SQL_EXECUTE", "read"])),
            &s(&["Task"]),
        );
        assert!(list.contains(&"Write".to_string()));
        assert!(list.contains(&"Bash".to_string()));
        assert!(list.contains(&"Bash(rm*)".to_string()));
        assert!(
            !list
                .iter()
                .any(|t| tools::same_tool(t, "snowflake_sql_execute"))
        );
        assert!(!list.iter().any(|t| t == "Read"));
        assert_eq!(list.last().map(String::as_str), Some("Task"));
    }

    #[test]
    fn envelope_only_uses_the_envelope_list_and_extras_without_duplicates() {
        let list = disallowed_tools(Envelope::Ro, false, None, &s(&["bash", " ", "Grep"]));
        assert_eq!(
            list,
            ["Write", "Edit", "Bash", "WebFetch", "WebSearch", "Grep"]
        );
        assert!(disallowed_tools(Envelope::None, false, None, &[]).is_empty());
        let gated = disallowed_tools(Envelope::Ro, true, None, &[]);
        assert_eq!(gated, ["Write", "Edit", "WebFetch", "WebSearch"]);
    }

    #[test]
    fn predicted_tools_the_envelope_blocks_are_not_offered() {
        assert_eq!(
            approvable(
                Envelope::Ro,
                false,
                &s(&["snowflake_sql_execute", "write", "Bash"])
            ),
            ["snowflake_sql_execute"]
        );
        assert_eq!(
            approvable(
                Envelope::Ro,
                true,
                &s(&["snowflake_sql_execute", "write", "Bash"])
            ),
            ["snowflake_sql_execute", "Bash"],
            "with the gate, RO leaves Bash to the engine (read-only commands)"
        );
        assert_eq!(
            approvable(Envelope::Rw, false, &s(&["Bash", "Write"])),
            ["Bash", "Write"],
            "RW blocks only destructive Bash patterns"
        );
    }
}
