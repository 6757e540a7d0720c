//! The effective settings every command runs with, and the built-in secure defaults.
//!
//! Serialized (`config show --json`) in the same shape as the YAML files, so the output of one
//! machine can be pasted into a policy file.

use serde::Serialize;

use super::values::{
    AccountUrl, ApprovalMode, BatchBytes, ByteSize, ClassifierMode, ConfigPath, EnvVarName,
    FileMode, Fraction, GlobPattern, HookEnvelope, LlmEndpoint, Millis, Name, OnDeny, Protocol,
    RecordCount, RegexPattern, Seconds, ShortTimeout, SinkContent, SinkMode, SqlIdent,
    TicketApproval,
};
use crate::envelope::Envelope;

/// Everything a command needs to know from configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub security: Security,
    pub routing: Routing,
    pub cortex: Cortex,
    pub gate: Gate,
    pub audit: Audit,
    pub hooks: Hooks,
}

/// `hooks:` after layering.
#[derive(Debug, Clone, Serialize)]
pub struct Hooks {
    /// What `hook cortex-pre-tool-use` judges a Cortex session by when cortex-route did not start
    /// it (a session it started keeps its run's envelope).
    pub envelope: HookEnvelope,
}

/// `audit:` after layering.
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    /// Nothing runs unless its intent record is written. Always so in `auto`/`envelope_only`;
    /// this makes `prompt` mode require it too.
    pub required: bool,
}

/// `security:` after layering.
#[derive(Debug, Clone, Serialize)]
pub struct Security {
    pub approval_mode: ApprovalMode,
    pub tool_prediction_confidence_threshold: Fraction,
    pub allow_tool_expansion: bool,
    pub audit_log_path: ConfigPath,
    pub audit_log_rotation: ByteSize,
    pub audit_log_retention: u32,
    pub sanitize_conversation_history: bool,
    pub sanitize_session_files: bool,
    pub max_history_items: u16,
    pub cache_dir: ConfigPath,
    pub cache_ttl: Seconds,
    pub cache_permissions: FileMode,
    pub allowed_envelopes: Vec<Envelope>,
    pub deploy_envelope_confirmation: bool,
    pub execution_timeout_seconds: Seconds,
    pub credential_file_allowlist: Vec<GlobPattern>,
    pub override_user_config: bool,
    pub ticket_approval: TicketApproval,
    pub allow_account_changes: bool,
    pub injection_patterns: Vec<RegexPattern>,
    pub blocked_sql_patterns: Vec<RegexPattern>,
    pub blocked_shell_patterns: Vec<RegexPattern>,
    pub audit_sink: AuditSink,
}

/// `security.audit_sink:` after layering: where and how audit records are shipped
/// (`references/audit.md`, *Shipping to Snowflake*).
#[derive(Debug, Clone, Serialize)]
pub struct AuditSink {
    pub mode: SinkMode,
    pub account_url: Option<AccountUrl>,
    pub database: Option<SqlIdent>,
    pub schema: Option<SqlIdent>,
    pub table: SqlIdent,
    pub warehouse: Option<SqlIdent>,
    pub role: Option<SqlIdent>,
    /// The variable holding the shipping PAT; deliberately not `cortex.pat_env`: the audit PAT
    /// belongs to an insert-only role.
    pub pat_env: EnvVarName,
    pub content: SinkContent,
    pub batch_max_records: RecordCount,
    pub batch_max_bytes: BatchBytes,
    pub interval_seconds: Seconds,
    pub request_timeout_seconds: Seconds,
    pub max_unshipped_age: Seconds,
}

impl AuditSink {
    /// The keys shipping cannot do without, when they are unset (`security.audit_sink.database`,
    /// …). Empty when the destination is complete.
    pub fn missing_keys(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.account_url.is_none() {
            missing.push("security.audit_sink.account_url");
        }
        if self.database.is_none() {
            missing.push("security.audit_sink.database");
        }
        if self.schema.is_none() {
            missing.push("security.audit_sink.schema");
        }
        missing
    }

    /// `DATABASE.SCHEMA.TABLE`, when the database and schema are set.
    pub fn qualified_table(&self) -> Option<String> {
        Some(format!(
            "{}.{}.{}",
            self.database.as_ref()?,
            self.schema.as_ref()?,
            self.table
        ))
    }
}

/// `routing:` after layering.
#[derive(Debug, Clone, Serialize)]
pub struct Routing {
    pub classifier: ClassifierMode,
    pub model: Name,
    pub timeout_seconds: ShortTimeout,
    pub min_confidence: Fraction,
    pub force_cortex_patterns: Vec<RegexPattern>,
    pub force_coding_agent_patterns: Vec<RegexPattern>,
}

/// `cortex:` after layering.
#[derive(Debug, Clone, Serialize)]
pub struct Cortex {
    pub binary: ConfigPath,
    pub connection: Option<Name>,
    pub account_url: Option<AccountUrl>,
    pub pat_env: EnvVarName,
    pub protocol: Protocol,
    pub llm_endpoint: LlmEndpoint,
}

/// `gate:` after layering.
#[derive(Debug, Clone, Serialize)]
pub struct Gate {
    pub on_deny: OnDeny,
    pub ask_within_ms: Millis,
}

/// Credential patterns blocked by default: the reference skill's list, widened to whole folders
/// and the common key and credential file names.
pub const DEFAULT_CREDENTIAL_PATTERNS: &[&str] = &[
    "~/.ssh/**",
    "~/.snowflake/**",
    "~/.snowsql/**",
    "~/.config/snowflake/**",
    "**/snowflake/config.toml",
    "**/snowflake/connections.toml",
    "~/.aws/**",
    "~/.kube/**",
    "~/.dbt/profiles.yml",
    "**/.streamlit/secrets.toml",
    "**/.git-credentials",
    "~/.config/git/credentials",
    "~/.docker/config.json",
    "~/.config/gh/hosts.yml",
    "~/.terraform.d/credentials.tfrc.json",
    "~/.cargo/credentials*",
    "~/.gem/credentials",
    "~/.password-store/**",
    "~/.vault-token",
    "~/.boto",
    "~/.s3cfg",
    "~/.gnupg/**",
    "~/.config/gcloud/**",
    "**/gcloud/application_default_credentials.json",
    "**/gcloud/credentials.db",
    "**/gcloud/access_tokens.db",
    "**/gcloud/legacy_credentials/**",
    "~/.azure/**",
    "**/.env",
    "**/.env.*",
    "**/credentials.json",
    "**/credentials.yaml",
    "**/secrets.json",
    "**/secrets.yaml",
    "**/*_key.p8",
    "**/*.p8",
    "**/*.pem",
    "**/*_key.pem",
    "**/*.p12",
    "**/*.pfx",
    "**/?*.key",
    "**/_netrc",
    "**/*.jks",
    "**/*.keystore",
    "**/id_rsa",
    "**/id_ed25519",
    "**/id_ecdsa",
    "**/id_dsa",
    "/proc/**/environ",
    "/etc/shadow",
    "/run/secrets/**",
    "/var/run/secrets/**",
    "**/.envrc",
    "**/secrets.yml",
    "**/credentials.yml",
    "**/*.tfstate",
    "~/.local/share/keyrings/**",
    "~/Library/Keychains/**",
    "**/logins.json",
    "**/key4.db",
    "**/Login Data",
    "/etc/gshadow",
    "/etc/master.passwd",
    "**/.netrc",
    "**/.pgpass",
    "**/pgpass.conf",
    "**/.npmrc",
    "**/.pypirc",
    "**/connections.toml",
    "~/.my.cnf",
    "~/.mylogin.cnf",
    "**/rclone.conf",
    "~/.kaggle/kaggle.json",
    "~/.databrickscfg",
    "~/.config/doctl/config.yaml",
    "~/.m2/settings-security.xml",
    // Maven's <server> passwords, Gradle's and Ivy's repository logins, OCI's API keys,
    // Podman's and Composer's registry logins, Hugging Face's token.
    "~/.m2/settings.xml",
    "~/.gradle/gradle.properties",
    "~/.ivy2/.credentials",
    "~/.oci/**",
    "**/containers/auth.json",
    "~/.composer/auth.json",
    "~/.config/composer/auth.json",
    "**/huggingface/token",
    "**/.htpasswd",
];

impl Settings {
    /// The built-in secure defaults. Paths use `~` and are expanded with the current HOME.
    pub fn defaults() -> Result<Settings, String> {
        let credential_file_allowlist = DEFAULT_CREDENTIAL_PATTERNS
            .iter()
            .map(|p| GlobPattern::built_in(p))
            .collect();
        Ok(Settings {
            security: Security {
                approval_mode: ApprovalMode::Prompt,
                tool_prediction_confidence_threshold: Fraction::new_unchecked(0.7),
                allow_tool_expansion: true,
                audit_log_path: ConfigPath::new(&default_audit_path())?,
                audit_log_rotation: ByteSize::parse("10MB")?,
                audit_log_retention: 30,
                sanitize_conversation_history: true,
                sanitize_session_files: true,
                max_history_items: 3,
                cache_dir: ConfigPath::new("~/.cache/cortex-skill")?,
                cache_ttl: Seconds::new_unchecked(86_400),
                cache_permissions: FileMode::new_unchecked(0o600),
                allowed_envelopes: vec![Envelope::Ro, Envelope::Rw, Envelope::Research],
                deploy_envelope_confirmation: true,
                execution_timeout_seconds: Seconds::new_unchecked(300),
                credential_file_allowlist,
                override_user_config: false,
                ticket_approval: TicketApproval::Terminal,
                allow_account_changes: false,
                injection_patterns: Vec::new(),
                blocked_sql_patterns: Vec::new(),
                blocked_shell_patterns: Vec::new(),
                audit_sink: AuditSink {
                    mode: SinkMode::Off,
                    account_url: None,
                    database: None,
                    schema: None,
                    table: SqlIdent::new_unchecked("CORTEX_ROUTE_AUDIT"),
                    warehouse: None,
                    role: None,
                    pat_env: EnvVarName::new_unchecked("CORTEX_AUDIT_PAT"),
                    content: SinkContent::Full,
                    batch_max_records: RecordCount::new_unchecked(500),
                    batch_max_bytes: BatchBytes::parse("1MiB")?,
                    interval_seconds: Seconds::new_unchecked(300),
                    request_timeout_seconds: Seconds::new_unchecked(30),
                    max_unshipped_age: Seconds::new_unchecked(86_400),
                },
            },
            routing: Routing {
                classifier: ClassifierMode::Auto,
                // The model Snowflake's own Cortex REST API quickstart and SDK default use.
                model: Name::new_unchecked("claude-sonnet-4-5"),
                timeout_seconds: ShortTimeout::new_unchecked(8.0),
                min_confidence: Fraction::new_unchecked(0.6),
                force_cortex_patterns: Vec::new(),
                force_coding_agent_patterns: Vec::new(),
            },
            cortex: Cortex {
                binary: ConfigPath::new("cortex")?,
                connection: None,
                account_url: None,
                pat_env: EnvVarName::new_unchecked("SNOWFLAKE_PAT"),
                protocol: Protocol::Auto,
                // The endpoint whose structured-output request and reply are documented
                // (Snowflake's `cortex-inference.yaml`); `chat_completions` is opt-in.
                llm_endpoint: LlmEndpoint::Complete,
            },
            gate: Gate {
                on_deny: OnDeny::Continue,
                ask_within_ms: Millis::new_unchecked(200),
            },
            audit: Audit { required: false },
            hooks: Hooks {
                envelope: HookEnvelope::new_unchecked(Envelope::Rw),
            },
        })
    }
}

/// `$XDG_STATE_HOME/cortex-route/audit.log`, i.e. `~/.local/state/cortex-route/audit.log`.
fn default_audit_path() -> String {
    match std::env::var("XDG_STATE_HOME") {
        Ok(v) if v.starts_with('/') => format!("{v}/cortex-route/audit.log"),
        _ => "~/.local/state/cortex-route/audit.log".to_string(),
    }
}
