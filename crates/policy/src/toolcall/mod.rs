//! The decision on one tool call, shared by every enforcement point: the gate (Cortex asks before
//! a tool runs), Cortex's PreToolUse hook, and the stream tripwire (a call Cortex announced).
//!
//! [`check`] is pure (same call, envelope, list and policy → same verdict; no I/O: symbolic
//! links are resolved through the runtime's hook, [`Policy::with_path_resolver`]) and denies
//! when unsure: input it cannot read trips `unparsable_input`, SQL it cannot read is dynamic,
//! an unknown tool whose fields say nothing trips `unknown_tool` in the read-only envelopes.
//!
//! A call is first turned into what it would do ([`gather`]): the tool is identified in any
//! spelling ([`model`]); its fields are read by what they hold (SQL, shell, code, paths, URLs),
//! and for unknown and MCP tools by content, whatever the field is called. Then the checks run,
//! in this order (the first that fails is reported; `judge` has the envelope table):
//!
//! | # | rule | trips when | envelopes |
//! | --- | --- | --- | --- |
//! | 1 | `unparsable_input` | the input is over [`MAX_INPUT_BYTES`] of text, nests deeper than [`MAX_INPUT_DEPTH`], a shell or SQL text is over its limits, or a shell/SQL tool has no command/SQL field | all |
//! | 2 | `blocked_tool` | the tool is in `disallowed` as a whole tool, or a `tool(pattern)` entry matches any part of the call ([`pattern`]) | all |
//! | 3 | `credential_path` | a path, shell word, redirect, code string or URL names a credential file (`security.credential_file_allowlist`), as written, as a glob, percent-encoded or through a symbolic link; or a recursive search or whole-folder copy of HOME, `/` or a folder holding credentials | all |
//! | 4 | `secret_read` | printing the environment (`env`, `printenv`, `export -p`, `os.environ`), expanding a secret-looking variable (`$SNOWFLAKE_PAT`), or a command that prints stored credentials | all |
//! | 5 | `protected_path` | a write, move, delete or permission change of cortex-route's config, policy, audit log, cache or binary, the agents' settings and skills, Cortex's settings and hooks, or a shell start-up file | all |
//! | 6 | `org_sql_rule` / `org_shell_rule` | a `security.blocked_sql_patterns` / `blocked_shell_patterns` regex matches a statement or a command | all |
//! | 7 | `connection_mismatch` | SQL or `snow`/`snowsql` names another connection than the run's | all |
//! | 8 | the envelope: `sql_write`, `sql_destructive`, `sql_egress`, `sql_account_change`, `sql_dynamic`, `shell_not_allowed`, `shell_destructive`, `network_access`, `file_write`, `web_access`, `unknown_tool` | what the call does is more than the envelope allows | RO, RW, RESEARCH, DEPLOY |
//!
//! `NONE` checks only 1–7. `detail` is the offending statement, command, path or URL, raw but
//! bounded to [`MAX_DETAIL_CHARS`]; the caller redacts secrets before printing or auditing it.
//! [`Trip::advice`] is a sentence the model can act on.

pub mod code;
mod gather;
mod judge;
pub mod model;
pub mod pattern;
mod policy;
pub mod shell;
pub mod sql;

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::envelope::Envelope;

pub use policy::{MAX_RESOLVED_PATHS, PROTECTED_PATTERNS, PathResolver, Policy, ResolveFn};

/// Longest `detail` in a [`Trip`].
pub const MAX_DETAIL_CHARS: usize = 500;
/// Most text (all string values together) in one tool call's input.
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// Deepest nesting of objects and arrays in one tool call's input.
pub const MAX_INPUT_DEPTH: usize = 32;

/// A tool call as Cortex presents it: a `tool_use` event, a hook's `tool_name`/`tool_input`, or
/// a permission request's `tool_name`/`input` (`{action, resource}`). Calls from a `task`
/// sub-agent are judged exactly like the main agent's: an `agent_id` never relaxes a verdict.
#[derive(Debug, Clone, Copy)]
pub struct ToolCall<'a> {
    pub name: &'a str,
    pub input: &'a Value,
}

/// What to do with a tool call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    Trip(Trip),
}

impl Verdict {
    pub fn trip(&self) -> Option<&Trip> {
        match self {
            Verdict::Allow => None,
            Verdict::Trip(t) => Some(t),
        }
    }
}

/// Why a call was stopped: the `tripwire`/`denials` part of the JSON output and the audit record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trip {
    /// The tool as Cortex named it.
    pub tool: String,
    pub rule: Rule,
    /// The offending statement, command, path or URL (raw, at most [`MAX_DETAIL_CHARS`]).
    pub detail: String,
    /// The envelope the call was judged in (for [`Trip::advice`]; not serialized).
    #[serde(skip)]
    pub envelope: Envelope,
}

impl Trip {
    /// A sentence the model can act on ("RO envelope: DROP TABLE is not allowed; give the user
    /// the SQL to run instead."). It names the rule's subject from `detail`'s first words, never
    /// more of `detail` than that (the caller redacts `detail` itself).
    pub fn advice(&self) -> String {
        judge::advice(self)
    }
}

/// The rule a call broke (see the module docs for the table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    BlockedTool,
    SqlWrite,
    SqlDestructive,
    /// Data leaving Snowflake (`COPY INTO` a URL, `GET`, external functions, email).
    SqlEgress,
    SqlAccountChange,
    /// SQL whose text is only known when it runs.
    SqlDynamic,
    ShellDestructive,
    ShellNotAllowed,
    /// A command or tool that reaches the network where the envelope forbids it.
    NetworkAccess,
    FileWrite,
    CredentialPath,
    /// Printing or sending the environment or a stored secret.
    SecretRead,
    /// Changing cortex-route's own state, an agent's settings or a shell start-up file.
    ProtectedPath,
    /// SQL aimed at another Snowflake connection than the run's.
    ConnectionMismatch,
    WebAccess,
    OrgSqlRule,
    OrgShellRule,
    UnknownTool,
    UnparsableInput,
    /// The engine itself failed (a panic while judging): the call is stopped.
    InternalError,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::BlockedTool => "blocked_tool",
            Rule::SqlWrite => "sql_write",
            Rule::SqlDestructive => "sql_destructive",
            Rule::SqlEgress => "sql_egress",
            Rule::SqlAccountChange => "sql_account_change",
            Rule::SqlDynamic => "sql_dynamic",
            Rule::ShellDestructive => "shell_destructive",
            Rule::ShellNotAllowed => "shell_not_allowed",
            Rule::NetworkAccess => "network_access",
            Rule::FileWrite => "file_write",
            Rule::CredentialPath => "credential_path",
            Rule::SecretRead => "secret_read",
            Rule::ProtectedPath => "protected_path",
            Rule::ConnectionMismatch => "connection_mismatch",
            Rule::WebAccess => "web_access",
            Rule::OrgSqlRule => "org_sql_rule",
            Rule::OrgShellRule => "org_shell_rule",
            Rule::UnknownTool => "unknown_tool",
            Rule::UnparsableInput => "unparsable_input",
            Rule::InternalError => "internal_error",
        }
    }

    /// Every rule, for documentation and tests.
    pub const ALL: [Rule; 20] = [
        Rule::BlockedTool,
        Rule::SqlWrite,
        Rule::SqlDestructive,
        Rule::SqlEgress,
        Rule::SqlAccountChange,
        Rule::SqlDynamic,
        Rule::ShellDestructive,
        Rule::ShellNotAllowed,
        Rule::NetworkAccess,
        Rule::FileWrite,
        Rule::CredentialPath,
        Rule::SecretRead,
        Rule::ProtectedPath,
        Rule::ConnectionMismatch,
        Rule::WebAccess,
        Rule::OrgSqlRule,
        Rule::OrgShellRule,
        Rule::UnknownTool,
        Rule::UnparsableInput,
        Rule::InternalError,
    ];
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A policy that cannot be compiled.
#[derive(Debug, thiserror::Error)]
pub enum TripwireError {
    #[error("security.{key} pattern `{pattern}` cannot be compiled: {source}")]
    OrgPattern {
        key: &'static str,
        pattern: String,
        #[source]
        source: regex::Error,
    },
}

/// Decide whether `call` may run in `envelope`. `disallowed` is the exact list passed to Cortex
/// as `--disallowed-tools` (whole tools like `Bash`, `WebFetch` and patterns like `Bash(rm*)`).
/// Pure; denies when unsure.
pub fn check(
    call: &ToolCall<'_>,
    envelope: Envelope,
    disallowed: &[String],
    policy: &Policy,
) -> Verdict {
    match judge::decide(call, envelope, disallowed, policy) {
        Ok(()) => Verdict::Allow,
        Err((rule, detail)) => Verdict::Trip(Trip {
            tool: bounded(call.name),
            rule,
            detail: bounded(&detail),
            envelope,
        }),
    }
}

/// `s` trimmed and cut to [`MAX_DETAIL_CHARS`] characters (an ellipsis marks a cut).
fn bounded(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= MAX_DETAIL_CHARS {
        return s.to_string();
    }
    let mut out: String = s.chars().take(MAX_DETAIL_CHARS - 1).collect();
    out.push('…');
    out
}

/// The worst SQL class each envelope allows.
pub fn sql_allowed(envelope: Envelope, allow_account_changes: bool) -> sql::SqlClass {
    use sql::SqlClass;
    match envelope {
        Envelope::Ro | Envelope::Research => SqlClass::Read,
        Envelope::Rw => SqlClass::Write,
        Envelope::Deploy if allow_account_changes => SqlClass::Account,
        Envelope::Deploy => SqlClass::Egress,
        Envelope::None => SqlClass::Dynamic,
    }
}

#[cfg(test)]
mod tests;
