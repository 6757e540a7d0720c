//! Typed errors and the one place where errors and outcomes become process exit codes.
//!
//! Library modules define their own `thiserror` enums; they convert into [`Error`] here, and
//! [`Error::exit_code`] / [`Status::exit_code`] are the only mapping to the documented exit codes
//! (README, `--help`, `references/exit-codes.md`).

use std::path::PathBuf;

use serde::Serialize;

/// The documented exit codes. Keep in sync with README and `references/exit-codes.md`.
pub mod code {
    /// Done.
    pub const OK: u8 = 0;
    /// Cortex ran and failed, or an internal error.
    pub const FAILED: u8 = 1;
    /// Usage or configuration error.
    pub const USAGE: u8 = 2;
    /// Awaiting approval: re-run with `--approval-ticket` once a person approves.
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

/// How a pipeline run ended. Serialized as the `status` field of `run --json`.
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

/// Errors that end a command before it produces an outcome.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flags or arguments that clap could not catch.
    #[error("{0}")]
    Usage(String),

    /// A configuration or policy file is missing, unreadable, invalid, or unsafe.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),

    /// A command that is part of the interface but not built yet.
    #[error("`{0}` is not implemented yet in this version of cortex-route")]
    NotImplemented(&'static str),

    /// The Cortex CLI could not be found or started.
    #[error(
        "Cortex CLI not found: {detail}\n  fix: install Snowflake's Cortex Code CLI, or set `cortex.binary` in your config to its path"
    )]
    CortexNotFound { detail: String },

    /// Skill discovery failed (`discover`): Cortex missing (2), hanging (124), failing (1), or an
    /// unusable cache.
    #[error(transparent)]
    Discovery(#[from] crate::discovery::skills::DiscoveryError),

    /// Refused by policy before anything ran (exit 5).
    #[error("blocked by policy: {0}")]
    Blocked(String),

    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Anything else that is our fault, not the user's.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// The exit code for this error. The only place errors map to exit codes.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::Config(_) | Error::NotImplemented(_) => code::USAGE,
            Error::CortexNotFound { .. } => code::USAGE,
            Error::Blocked(_) => code::BLOCKED,
            Error::Discovery(e) => e.exit_code(),
            Error::Io { .. } | Error::Internal(_) => code::FAILED,
        }
    }

    /// Shorthand for an I/O error on a path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Result alias for command code.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_documented_codes() {
        assert_eq!(Status::Executed.exit_code(), 0);
        assert_eq!(Status::AwaitingApproval.exit_code(), 3);
        assert_eq!(Status::Denied.exit_code(), 4);
        assert_eq!(Status::Tripped.exit_code(), 5);
        assert_eq!(Status::Blocked.exit_code(), 5);
        assert_eq!(Status::RoutedToCodingAgent.exit_code(), 6);
        assert_eq!(Status::TimedOut.exit_code(), 124);
        assert_eq!(Status::Interrupted.exit_code(), 130);
    }

    #[test]
    fn not_implemented_is_a_usage_error() {
        assert_eq!(Error::NotImplemented("discover").exit_code(), 2);
        assert_eq!(Error::Blocked("x".into()).exit_code(), 5);
    }
}
