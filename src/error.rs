//! Typed errors and the one place where errors become process exit codes.
//!
//! The library crates define their own `thiserror` enums; they convert into [`Error`] here, and
//! [`Error::exit_code`] is the only mapping of errors to the documented exit codes (README,
//! `--help`, `references/exit-codes.md`). Outcomes map in `Status::exit_code`
//! (`cortex_route_policy::outcome`), next to the code table itself.

use std::path::PathBuf;

pub use cortex_route_policy::outcome::{Status, code};

/// Errors that end a command before it produces an outcome.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flags or arguments that clap could not catch.
    #[error("{0}")]
    Usage(String),

    /// A configuration or policy file is missing, unreadable, invalid, or unsafe.
    #[error(transparent)]
    Config(#[from] cortex_route_runtime::config_files::ConfigError),

    /// A pipeline step could not reach an outcome.
    #[error(transparent)]
    Pipeline(#[from] cortex_route_runtime::pipeline::PipelineError),

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
    Discovery(#[from] cortex_route_runtime::discovery::skills::DiscoveryError),

    /// `audit ship` could not ship (with what it did before it stopped): a configuration problem
    /// (exit 2) or a failure on the way (exit 1).
    #[error(transparent)]
    AuditShip(Box<cortex_route_runtime::audit::sink::ShipFailure>),

    /// Refused by policy before anything ran (exit 5).
    #[error("blocked by policy: {0}")]
    Blocked(String),

    /// Another program's settings file (Cortex's `hooks.json`, Claude Code's `settings.json`)
    /// could not be read or written.
    #[error(transparent)]
    Settings(#[from] cortex_route_runtime::json_file::SettingsError),

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
        use cortex_route_runtime::cache::CacheError;
        use cortex_route_runtime::discovery::skills::DiscoveryError;
        use cortex_route_runtime::pipeline::PipelineError;
        match self {
            Error::Usage(_) | Error::Config(_) | Error::NotImplemented(_) => code::USAGE,
            Error::CortexNotFound { .. } => code::USAGE,
            Error::Blocked(_) => code::BLOCKED,
            Error::Settings(e) => match e {
                cortex_route_runtime::json_file::SettingsError::Invalid { .. } => code::USAGE,
                cortex_route_runtime::json_file::SettingsError::Io { .. } => code::FAILED,
            },
            Error::Discovery(e) => match e {
                DiscoveryError::CortexNotFound { .. } => code::USAGE,
                DiscoveryError::Cache(CacheError::Unsafe { .. }) => code::USAGE,
                DiscoveryError::TimedOut { .. } => code::TIMED_OUT,
                DiscoveryError::Failed { .. } | DiscoveryError::Cache(_) => code::FAILED,
            },
            Error::Pipeline(e) => match e {
                // Settings that do not compile, a bad context file, no Cortex: the user fixes
                // them; nothing ran.
                PipelineError::Guard(_)
                | PipelineError::Rule(_)
                | PipelineError::Policy(_)
                | PipelineError::Enrich(_)
                | PipelineError::Resume(_)
                | PipelineError::CortexNotFound { .. }
                | PipelineError::GateRequired { .. }
                | PipelineError::PromptTooLongForPrint { .. }
                | PipelineError::NulInPrompt => code::USAGE,
                // Only reaches the user under `cortex.protocol: gate` (auto falls back).
                PipelineError::GateUnavailable { .. } => code::USAGE,
                PipelineError::Supervise(_)
                | PipelineError::TicketStore(_)
                | PipelineError::AsyncRuntime(_)
                | PipelineError::Internal(_) => code::FAILED,
            },
            Error::AuditShip(failure) if failure.error.is_configuration() => code::USAGE,
            Error::AuditShip(_) => code::FAILED,
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
    use cortex_route_runtime::pipeline::PipelineError;

    #[test]
    fn errors_map_to_documented_codes() {
        assert_eq!(Error::NotImplemented("discover").exit_code(), 2);
        assert_eq!(Error::Blocked("x".into()).exit_code(), 5);
        let rule = cortex_route_policy::routing::rules::RuleError {
            setting: "routing.force_cortex_patterns",
            pattern: "(".into(),
            detail: "unclosed group".into(),
        };
        // The same broken rule is a configuration error whichever command meets it.
        assert_eq!(Error::from(PipelineError::from(rule)).exit_code(), 2);
        assert_eq!(
            Error::from(PipelineError::Internal("x".into())).exit_code(),
            1
        );
        use cortex_route_runtime::audit::sink::{ShipError, ShipFailure};
        let ship = |error| {
            Error::AuditShip(Box::new(ShipFailure {
                summary: Default::default(),
                error,
            }))
        };
        assert_eq!(ship(ShipError::Off).exit_code(), 2);
        assert_eq!(ship(ShipError::NoPat { env: "X".into() }).exit_code(), 2);
        assert_eq!(ship(ShipError::Unauthorized { status: 401 }).exit_code(), 1);
        assert_eq!(ship(ShipError::Busy { lock: "l".into() }).exit_code(), 1);
    }
}
