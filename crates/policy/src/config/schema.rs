//! The shape of a configuration or policy file, as written. Every key is optional; unknown keys are
//! errors (`deny_unknown_fields`) so a typo in a deny rule cannot fail open.
//!
//! Keys under `security:` are those of the reference skill (drop-in compatible), plus
//! `injection_patterns`, `blocked_sql_patterns`, `blocked_shell_patterns` and the `audit_sink:`
//! section. `routing:` and
//! `cortex:` are new. `references/configuration.md` documents every key.

use serde::Deserialize;

use super::values::{
    AccountUrl, ApprovalMode, BatchBytes, ByteSize, ClassifierMode, ConfigPath, EnvVarName,
    FileMode, Fraction, GlobPattern, HookEnvelope, LlmEndpoint, Millis, Name, OnDeny, Protocol,
    RecordCount, RegexPattern, Seconds, ShortTimeout, SinkContent, SinkMode, SqlIdent,
    TicketApproval,
};
use crate::envelope::Envelope;

/// A whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub security: Option<SecurityFile>,
    pub routing: Option<RoutingFile>,
    pub cortex: Option<CortexFile>,
    pub gate: Option<GateFile>,
    pub audit: Option<AuditFile>,
    pub hooks: Option<HooksFile>,
}

/// `security:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityFile {
    pub approval_mode: Option<ApprovalMode>,
    pub tool_prediction_confidence_threshold: Option<Fraction>,
    pub allow_tool_expansion: Option<bool>,
    pub audit_log_path: Option<ConfigPath>,
    pub audit_log_rotation: Option<ByteSize>,
    /// Days to keep rotated audit files; 0 keeps them forever.
    pub audit_log_retention: Option<u32>,
    pub sanitize_conversation_history: Option<bool>,
    pub sanitize_session_files: Option<bool>,
    pub max_history_items: Option<u16>,
    pub cache_dir: Option<ConfigPath>,
    pub cache_ttl: Option<Seconds>,
    pub cache_permissions: Option<FileMode>,
    pub allowed_envelopes: Option<Vec<Envelope>>,
    pub deploy_envelope_confirmation: Option<bool>,
    pub execution_timeout_seconds: Option<Seconds>,
    pub credential_file_allowlist: Option<Vec<GlobPattern>>,
    pub override_user_config: Option<bool>,
    pub ticket_approval: Option<TicketApproval>,
    /// Account-level SQL (users, roles, grants of roles, network policies, integrations, …) may
    /// run in DEPLOY. Only an organization policy can turn it on.
    pub allow_account_changes: Option<bool>,
    pub injection_patterns: Option<Vec<RegexPattern>>,
    pub blocked_sql_patterns: Option<Vec<RegexPattern>>,
    pub blocked_shell_patterns: Option<Vec<RegexPattern>>,
    pub audit_sink: Option<AuditSinkFile>,
}

/// `security.audit_sink:`: shipping the audit log to the organization's Snowflake.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSinkFile {
    pub mode: Option<SinkMode>,
    pub account_url: Option<AccountUrl>,
    pub database: Option<SqlIdent>,
    pub schema: Option<SqlIdent>,
    pub table: Option<SqlIdent>,
    pub warehouse: Option<SqlIdent>,
    pub role: Option<SqlIdent>,
    pub pat_env: Option<EnvVarName>,
    pub content: Option<SinkContent>,
    pub batch_max_records: Option<RecordCount>,
    pub batch_max_bytes: Option<BatchBytes>,
    pub interval_seconds: Option<Seconds>,
    pub request_timeout_seconds: Option<Seconds>,
    pub max_unshipped_age: Option<Seconds>,
}

/// `routing:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutingFile {
    pub classifier: Option<ClassifierMode>,
    pub model: Option<Name>,
    pub timeout_seconds: Option<ShortTimeout>,
    pub min_confidence: Option<Fraction>,
    pub force_cortex_patterns: Option<Vec<RegexPattern>>,
    pub force_coding_agent_patterns: Option<Vec<RegexPattern>>,
}

/// `cortex:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CortexFile {
    pub binary: Option<ConfigPath>,
    /// `connection_name` is accepted for the reference CLI tool's config files.
    #[serde(alias = "connection_name")]
    pub connection: Option<Name>,
    pub account_url: Option<AccountUrl>,
    pub pat_env: Option<EnvVarName>,
    pub protocol: Option<Protocol>,
    pub llm_endpoint: Option<LlmEndpoint>,
}

/// `audit:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditFile {
    pub required: Option<bool>,
}

/// `hooks:`: the hooks cortex-route installs in Cortex (`hooks install --cortex`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HooksFile {
    pub envelope: Option<HookEnvelope>,
}

/// `gate:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateFile {
    pub on_deny: Option<OnDeny>,
    pub ask_within_ms: Option<Millis>,
}
