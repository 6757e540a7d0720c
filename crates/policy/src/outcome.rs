//! How a pipeline run can end, and why: the vocabulary every layer reports in (`run --json`,
//! audit records, exit codes). A leaf module: it depends on nothing else in the crate.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The documented exit codes (README, `--help`, `references/exit-codes.md`). Outcomes map to them
/// in [`Status::exit_code`]; errors in the binary's one error mapping.
pub mod code {
    /// Done.
    pub const OK: u8 = 0;
    /// Cortex ran and failed, or an internal error.
    pub const FAILED: u8 = 1;
    /// Usage or configuration error.
    pub const USAGE: u8 = 2;
    /// Awaiting approval: a person runs `cortex-route approve ID`, then the caller re-runs.
    pub const AWAITING_APPROVAL: u8 = 3;
    /// Denied by the person.
    pub const DENIED: u8 = 4;
    /// Blocked by policy: credential path, injection, envelope not allowed, tripwire.
    pub const BLOCKED: u8 = 5;
    /// Routed to the coding agent: nothing was run.
    pub const ROUTED_AWAY: u8 = 6;
    /// Timed out.
    pub const TIMED_OUT: u8 = 124;
    /// Interrupted (Ctrl-C).
    pub const INTERRUPTED: u8 = 130;
}

/// How a pipeline run ended. Serialized as the `status` field of `run --json` and the audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Executed,
    RoutedToCodingAgent,
    Blocked,
    AwaitingApproval,
    Denied,
    Failed,
    TimedOut,
    Tripped,
    Interrupted,
}

impl Status {
    /// The name used in `run --json` and in audit records.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Executed => "executed",
            Status::RoutedToCodingAgent => "routed_to_coding_agent",
            Status::Blocked => "blocked",
            Status::AwaitingApproval => "awaiting_approval",
            Status::Denied => "denied",
            Status::Failed => "failed",
            Status::TimedOut => "timed_out",
            Status::Tripped => "tripped",
            Status::Interrupted => "interrupted",
        }
    }
}

impl Status {
    /// The exit code for this outcome.
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Executed => code::OK,
            Status::RoutedToCodingAgent => code::ROUTED_AWAY,
            Status::Blocked | Status::Tripped => code::BLOCKED,
            Status::AwaitingApproval => code::AWAITING_APPROVAL,
            Status::Denied => code::DENIED,
            Status::Failed => code::FAILED,
            Status::TimedOut => code::TIMED_OUT,
            Status::Interrupted => code::INTERRUPTED,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who approved a run, for the report and the audit record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum ApprovedBy {
    /// A person on this terminal.
    Terminal,
    /// A person, through a ticket issued earlier and approved with `approve` (`via`: `terminal`,
    /// or `agent_ui` when the agent's own permission prompt was the person's step).
    Ticket {
        ticket: String,
        #[serde(default)]
        via: String,
    },
    /// `approval_mode: auto`.
    Auto,
    /// `approval_mode: envelope_only`.
    EnvelopeOnly,
}

impl ApprovedBy {
    /// The short name used in `run --json` (`approved_by`).
    pub fn as_str(&self) -> &'static str {
        match self {
            ApprovedBy::Terminal => "terminal",
            ApprovedBy::Ticket { .. } => "ticket",
            ApprovedBy::Auto => "auto",
            ApprovedBy::EnvelopeOnly => "envelope_only",
        }
    }
}

/// Why a request was blocked (`blocked_by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockedBy {
    CredentialPath,
    PromptInjection,
    EnvelopeNotAllowed,
    /// `run --approval-ticket`: unknown, spent, expired, or issued for a different request.
    ApprovalTicket,
    /// `auto`/`envelope_only` and the audit log cannot be written.
    AuditLog,
}

impl BlockedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockedBy::CredentialPath => "credential_path",
            BlockedBy::PromptInjection => "prompt_injection",
            BlockedBy::EnvelopeNotAllowed => "envelope_not_allowed",
            BlockedBy::ApprovalTicket => "approval_ticket",
            BlockedBy::AuditLog => "audit_log",
        }
    }
}

impl fmt::Display for BlockedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_documented_codes() {
        assert_eq!(Status::Executed.exit_code(), 0);
        assert_eq!(Status::Failed.exit_code(), 1);
        assert_eq!(Status::AwaitingApproval.exit_code(), 3);
        assert_eq!(Status::Denied.exit_code(), 4);
        assert_eq!(Status::Tripped.exit_code(), 5);
        assert_eq!(Status::Blocked.exit_code(), 5);
        assert_eq!(Status::RoutedToCodingAgent.exit_code(), 6);
        assert_eq!(Status::TimedOut.exit_code(), 124);
        assert_eq!(Status::Interrupted.exit_code(), 130);
    }
}
