//! The pipeline as decisions: the approval a run needs, the blocked-tool list, and the planner
//! that turns what the driver found out into the next step. Everything here is a pure function
//! of its inputs; the runtime's driver performs the steps.

pub mod approval;

use crate::config::Security;
use crate::config::values::ApprovalMode;
use crate::envelope::Envelope;
use crate::outcome::{ApprovedBy, BlockedBy};
use crate::routing::{Decision, Route, apply_envelope};
use crate::tools;

use approval::{Need, Request, approvable, approval_need, disallowed_tools};

/// What a person approved earlier, through an approval ticket the driver has redeemed.
#[derive(Debug, Clone, PartialEq)]
pub struct Approved<'a> {
    pub ticket: &'a str,
    pub envelope: Envelope,
    pub tools: &'a [String],
    /// `--disallowed-tools` given when the ticket was issued.
    pub extra_disallowed: &'a [String],
    /// How the person approved: `terminal` or `agent_ui`.
    pub via: &'a str,
}

/// Everything the planner needs, gathered by the driver.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// Routing's decision (or the one a ticket carries).
    pub decision: Decision,
    /// A redeemed ticket: replaces the approval step.
    pub approved: Option<Approved<'a>>,
    /// `--envelope`.
    pub requested_envelope: Option<Envelope>,
    pub security: &'a Security,
    /// `--disallowed-tools`.
    pub extra_disallowed: &'a [String],
    /// `--dry-run`: show what would run, ask nobody.
    pub dry_run: bool,
    /// A person can answer here (terminal, and not `--non-interactive`).
    pub person_here: bool,
    /// Cortex will ask before every tool call (gate mode): RO and RESEARCH then leave `Bash` to
    /// the engine instead of blocking it whole ([`Envelope::blocked_tools_when`]).
    pub gated: bool,
}

/// What to ask a person, on the terminal or through a ticket.
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    pub envelope: Envelope,
    /// The predicted tools the envelope permits: what "Approve" approves.
    pub predicted: Vec<String>,
    /// What "Choose tools" offers (with `allow_tool_expansion`, every known tool the envelope
    /// does not block).
    pub offered: Vec<String>,
    /// The blocked list if the prediction is approved.
    pub blocked: Vec<String>,
    /// `--disallowed-tools`, kept with a ticket.
    pub extra_disallowed: Vec<String>,
    pub why: String,
    /// As [`Facts::gated`].
    pub gated: bool,
}

/// Permission to run Cortex.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    pub envelope: Envelope,
    pub tools: Vec<String>,
    pub by: ApprovedBy,
    /// The exact `--disallowed-tools` values.
    pub disallowed: Vec<String>,
}

/// The next thing the driver does.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Not Snowflake work: hand it back (exit 6).
    RouteAway,
    /// Refused by policy before anything runs (exit 5).
    Block {
        by: BlockedBy,
        matched: Option<String>,
        reason: String,
    },
    /// Ask the person on this terminal, then [`after_answer`].
    AskPerson(Ask),
    /// Nobody to ask here: issue an approval ticket (exit 3).
    IssueTicket(Ask),
    /// Run Cortex.
    Execute(Grant),
}

/// The person's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Approve(Vec<String>),
    Deny,
}

/// Decide the next step from what routing (or a ticket) said. Returns the decision as it will be
/// reported (the envelope applied, a block recorded) and the step. Denies by default: a run
/// executes only when an approval path grants it.
pub fn plan(facts: &Facts<'_>) -> (Decision, Step) {
    let mut decision = facts.decision.clone();
    match decision.route {
        Route::CodingAgent => return (decision, Step::RouteAway),
        Route::Blocked => {
            let step = Step::Block {
                by: decision.blocked_by.unwrap_or(BlockedBy::EnvelopeNotAllowed),
                matched: decision.matched.clone(),
                reason: decision.reason.clone(),
            };
            return (decision, step);
        }
        Route::Cortex => {}
    }
    let requested = facts
        .approved
        .as_ref()
        .map(|a| a.envelope)
        .or(facts.requested_envelope);
    decision = apply_envelope(decision, requested, &facts.security.allowed_envelopes);
    let Some(envelope) = decision
        .envelope
        .filter(|_| decision.route == Route::Cortex)
    else {
        let step = Step::Block {
            by: decision.blocked_by.unwrap_or(BlockedBy::EnvelopeNotAllowed),
            matched: decision.matched.clone(),
            reason: decision.reason.clone(),
        };
        return (decision, step);
    };

    let mut extra = facts.extra_disallowed.to_vec();
    if let Some(a) = &facts.approved {
        for tool in a.extra_disallowed {
            tools::push_unique(&mut extra, tool);
        }
        let grant = Grant {
            envelope,
            tools: a.tools.to_vec(),
            by: ApprovedBy::Ticket {
                ticket: a.ticket.to_string(),
                via: a.via.to_string(),
            },
            disallowed: disallowed_tools(envelope, facts.gated, Some(a.tools), &extra),
        };
        return (decision, Step::Execute(grant));
    }

    let security = facts.security;
    let predicted = approvable(envelope, facts.gated, &decision.tools);
    let need = if facts.dry_run {
        Need::Granted {
            tools: predicted.clone(),
            by: ApprovedBy::Auto,
            envelope_only: security.approval_mode == ApprovalMode::EnvelopeOnly,
        }
    } else {
        approval_need(&Request {
            mode: security.approval_mode,
            envelope,
            deploy_confirmation: security.deploy_envelope_confirmation,
            predicted: &predicted,
            confidence: decision.confidence,
            threshold: security.tool_prediction_confidence_threshold.get(),
        })
    };
    let step = match need {
        Need::Granted {
            tools,
            by,
            envelope_only,
        } => {
            let disallowed = disallowed_tools(
                envelope,
                facts.gated,
                (!envelope_only).then_some(tools.as_slice()),
                &extra,
            );
            Step::Execute(Grant {
                envelope,
                tools,
                by,
                disallowed,
            })
        }
        Need::Refused { why } => {
            decision = decision.block(
                BlockedBy::EnvelopeNotAllowed,
                Some(envelope.to_string()),
                why.clone(),
            );
            Step::Block {
                by: BlockedBy::EnvelopeNotAllowed,
                matched: Some(envelope.to_string()),
                reason: why,
            }
        }
        Need::AskPerson { why } => {
            let ask = Ask {
                envelope,
                offered: offered_tools(
                    envelope,
                    facts.gated,
                    &predicted,
                    security.allow_tool_expansion,
                ),
                blocked: disallowed_tools(envelope, facts.gated, Some(&predicted), &extra),
                gated: facts.gated,
                predicted,
                extra_disallowed: extra,
                why,
            };
            if facts.person_here {
                Step::AskPerson(ask)
            } else {
                Step::IssueTicket(ask)
            }
        }
    };
    (decision, step)
}

/// After the person answered [`Step::AskPerson`]: run what they approved, or nothing.
pub fn after_answer(ask: &Ask, answer: Answer) -> Option<Grant> {
    match answer {
        Answer::Deny => None,
        Answer::Approve(tools) if tools.is_empty() => None,
        Answer::Approve(tools) => Some(Grant {
            envelope: ask.envelope,
            disallowed: disallowed_tools(
                ask.envelope,
                ask.gated,
                Some(&tools),
                &ask.extra_disallowed,
            ),
            tools,
            by: ApprovedBy::Terminal,
        }),
    }
}

/// Tools a person may pick from: the prediction, plus (with `allow_tool_expansion`) every known
/// tool the envelope does not block.
fn offered_tools(
    envelope: Envelope,
    gated: bool,
    predicted: &[String],
    expansion: bool,
) -> Vec<String> {
    let mut all = predicted.to_vec();
    if expansion {
        for known in tools::KNOWN_TOOLS {
            tools::push_unique(&mut all, known);
        }
    }
    approvable(envelope, gated, &all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::routing::heuristic_decision;

    fn security(mode: ApprovalMode) -> Security {
        let mut s = Settings::defaults().expect("defaults").security;
        s.approval_mode = mode;
        s.allowed_envelopes = vec![Envelope::Ro, Envelope::Rw, Envelope::Deploy];
        s
    }

    fn facts<'a>(prompt: &str, security: &'a Security, person_here: bool) -> Facts<'a> {
        Facts {
            decision: heuristic_decision(prompt, &[]),
            approved: None,
            requested_envelope: None,
            security,
            extra_disallowed: &[],
            dry_run: false,
            person_here,
            gated: false,
        }
    }

    #[test]
    fn coding_work_is_routed_away_whatever_the_mode() {
        let s = security(ApprovalMode::Auto);
        let (_, step) = plan(&facts("refactor src/main.rs into modules", &s, true));
        assert_eq!(step, Step::RouteAway);
    }

    #[test]
    fn prompt_mode_asks_a_person_here_and_issues_a_ticket_otherwise() {
        let s = security(ApprovalMode::Prompt);
        let prompt = "show the 10 largest tables in PROD_DB";
        assert!(matches!(
            plan(&facts(prompt, &s, true)).1,
            Step::AskPerson(_)
        ));
        assert!(matches!(
            plan(&facts(prompt, &s, false)).1,
            Step::IssueTicket(_)
        ));
    }

    #[test]
    fn an_envelope_outside_the_allowed_list_blocks() {
        let mut s = security(ApprovalMode::Auto);
        s.allowed_envelopes = vec![Envelope::Ro];
        let mut f = facts("show the 10 largest tables in PROD_DB", &s, false);
        f.requested_envelope = Some(Envelope::Rw);
        let (decision, step) = plan(&f);
        assert_eq!(decision.route, Route::Blocked);
        assert!(matches!(
            step,
            Step::Block {
                by: BlockedBy::EnvelopeNotAllowed,
                ..
            }
        ));
    }

    #[test]
    fn a_ticket_executes_exactly_what_the_person_approved() {
        let s = security(ApprovalMode::Prompt);
        let tools = vec!["snowflake_sql_execute".to_string()];
        let mut f = facts("show the 10 largest tables in PROD_DB", &s, false);
        f.approved = Some(Approved {
            ticket: "t",
            envelope: Envelope::Ro,
            tools: &tools,
            extra_disallowed: &[],
            via: "terminal",
        });
        match plan(&f).1 {
            Step::Execute(g) => {
                assert_eq!(g.tools, tools);
                assert_eq!(g.envelope, Envelope::Ro);
                assert!(g.disallowed.iter().any(|t| t == "Bash"));
                assert_eq!(g.by.as_str(), "ticket");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn denying_or_approving_nothing_runs_nothing() {
        let ask = Ask {
            envelope: Envelope::Ro,
            predicted: vec!["Read".into()],
            offered: vec!["Read".into()],
            blocked: vec![],
            extra_disallowed: vec![],
            why: String::new(),
            gated: false,
        };
        assert_eq!(after_answer(&ask, Answer::Deny), None);
        assert_eq!(after_answer(&ask, Answer::Approve(vec![])), None);
        assert!(after_answer(&ask, Answer::Approve(vec!["Read".into()])).is_some());
    }

    #[test]
    fn none_is_refused_in_auto_mode() {
        let mut s = security(ApprovalMode::Auto);
        s.allowed_envelopes.push(Envelope::None);
        let mut f = facts("show the 10 largest tables in PROD_DB", &s, false);
        f.requested_envelope = Some(Envelope::None);
        assert!(matches!(
            plan(&f).1,
            Step::Block {
                by: BlockedBy::EnvelopeNotAllowed,
                ..
            }
        ));
    }
}
