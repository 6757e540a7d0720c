//! The effective settings every command runs with, and the built-in secure defaults.
//!
//! Serialized (`config show --json`) in the same shape as the YAML files, so the output of one
//! machine can be pasted into a policy file.

use serde::Serialize;

use super::values::{
    AccountUrl, ApprovalMode, ByteSize, ClassifierMode, ConfigPath, EnvVarName, FileMode, Fraction,
    GlobPattern, Name, RegexPattern, Seconds, ShortTimeout,
};
use crate::envelope::Envelope;

/// Everything a command needs to know from configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub security: Security,
    pub routing: Routing,
    pub cortex: Cortex,
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
    pub allow_account_changes: bool,
    pub injection_patterns: Vec<RegexPattern>,
    pub blocked_sql_patterns: Vec<RegexPattern>,
    pub blocked_shell_patterns: Vec<RegexPattern>,
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
}

/// Credential patterns blocked by default: the reference skill's list, widened to whole folders
/// and the common key and credential file names.
pub const DEFAULT_CREDENTIAL_PATTERNS: &[&str] = &[
    "~/.ssh/**",
    "~/.snowflake/**",
    "~/.snowsql/**",
    "~/.config/snowflake/**",
    "~/.aws/**",
    "~/.kube/**",
    "~/.dbt/profiles.yml",
    "**/.streamlit/secrets.toml",
    "**/.git-credentials",
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
    "**/.npmrc",
    "**/.pypirc",
    "**/connections.toml",
];

impl Settings {
    /// The built-in secure defaults. Paths use `~` and are expanded with the current HOME.
    pub fn defaults() -> Result<Settings, String> {
        let credential_file_allowlist = DEFAULT_CREDENTIAL_PATTERNS
            .iter()
            .map(|p| GlobPattern::try_from((*p).to_string()))
            .collect::<Result<Vec<_>, _>>()?;
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
                allow_account_changes: false,
                injection_patterns: Vec::new(),
                blocked_sql_patterns: Vec::new(),
                blocked_shell_patterns: Vec::new(),
            },
            routing: Routing {
                classifier: ClassifierMode::Auto,
                model: Name::new_unchecked("claude-3-5-sonnet"),
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
