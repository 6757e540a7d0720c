//! Layering and the security floor: the one place where the strictness of every key is written down.
//!
//! Layers apply in order: defaults, organization policy, user config, `--policy` files. The
//! organization policy is the authority: it replaces values (and may relax the defaults), and any
//! value it sets for a *pinned* key cannot be changed below it. The user config and `--policy`
//! files can only tighten: a value that would relax a setting is ignored with a warning that names
//! the key. `references/configuration.md` has the same table for people.
//!
//! Each key is declared once per place it must exist: a field of the file schema (`schema.rs`),
//! a field of the effective settings with its default (`settings.rs`), and one line below naming
//! its strictness rule. [`Layering::apply`] destructures every section without `..`, so a schema
//! field without a merge line does not compile; the key's name is derived from the field's, and
//! [`key_rules`] lists every key with its rule for `config show` and for the test that checks
//! `references/configuration.md` against the code.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use super::schema::{
    AuditFile, AuditSinkFile, CortexFile, FileConfig, GateFile, HooksFile, RoutingFile,
    SecurityFile,
};
use super::settings::Settings;
use super::values::{OnDeny, TicketApproval};

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "path", rename_all = "snake_case")]
pub enum Origin {
    Default,
    OrgPolicy(PathBuf),
    UserConfig(PathBuf),
    PolicyFile(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::OrgPolicy(p) => write!(f, "organization policy {}", p.display()),
            Origin::UserConfig(p) => write!(f, "user config {}", p.display()),
            Origin::PolicyFile(p) => write!(f, "policy file {}", p.display()),
        }
    }
}

/// How a layer combines with what came before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The organization policy: its values replace, and pin the keys it sets.
    Authority,
    /// User config and `--policy` files: only tightening is taken.
    TightenOnly,
}

/// A setting that was not applied as written, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub origin: Origin,
    pub key: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.origin, self.key, self.message)
    }
}

/// For each key (`security.approval_mode`), the layers that contributed its effective value.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Sources(BTreeMap<String, Vec<Origin>>);

impl Sources {
    /// The contributors of `key`; `[Default]` when no file set it.
    pub fn of(&self, key: &str) -> Vec<Origin> {
        self.0
            .get(key)
            .cloned()
            .unwrap_or_else(|| vec![Origin::Default])
    }
}

/// The state threaded through the layers.
pub struct Layering {
    pub settings: Settings,
    pub sources: Sources,
    pub warnings: Vec<Warning>,
    pinned: BTreeSet<&'static str>,
}

/// How one scalar key may change in a tighten-only layer.
enum Rule<T> {
    /// Free unless the organization policy set it.
    Pinned,
    /// `is_at_least_as_strict(new, current)`, and how to say it to a person.
    Stricter(fn(&T, &T) -> bool, &'static str),
}

impl<T> Rule<T> {
    fn describe(&self) -> &'static str {
        match self {
            Rule::Pinned => "pinned",
            Rule::Stricter(_, text) => text,
        }
    }
}

struct Apply<'a> {
    /// Every key this layer's merge visited, with its rule: the table [`key_rules`] returns.
    rules: &'a mut Vec<(&'static str, &'static str)>,
    origin: &'a Origin,
    mode: Mode,
    sources: &'a mut Sources,
    pinned: &'a mut BTreeSet<&'static str>,
    warnings: &'a mut Vec<Warning>,
}

impl Apply<'_> {
    fn warn(&mut self, key: &str, message: String) {
        self.warnings.push(Warning {
            origin: self.origin.clone(),
            key: key.to_string(),
            message,
        });
    }

    fn sources_text(&self, key: &str) -> String {
        self.sources
            .of(key)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" + ")
    }

    fn set_source(&mut self, key: &str) {
        self.sources
            .0
            .insert(key.to_string(), vec![self.origin.clone()]);
    }

    fn add_source(&mut self, key: &str) {
        let entry = self
            .sources
            .0
            .entry(key.to_string())
            .or_insert_with(|| vec![Origin::Default]);
        if !entry.contains(self.origin) {
            entry.push(self.origin.clone());
        }
    }

    fn scalar<T: Clone + PartialEq + fmt::Display>(
        &mut self,
        key: &'static str,
        slot: &mut T,
        new: Option<&T>,
        rule: Rule<T>,
    ) {
        self.rules.push((key, rule.describe()));
        let Some(new) = new else { return };
        if self.mode == Mode::Authority {
            *slot = new.clone();
            self.set_source(key);
            self.pinned.insert(key);
            return;
        }
        if new == slot {
            return;
        }
        match rule {
            Rule::Pinned if self.pinned.contains(key) => {
                let from = self.sources_text(key);
                self.warn(
                    key,
                    format!("`{new}` ignored: `{slot}` is set by the {from} and cannot be changed"),
                );
            }
            Rule::Pinned => {
                *slot = new.clone();
                self.set_source(key);
            }
            Rule::Stricter(at_least_as_strict, _) if at_least_as_strict(new, slot) => {
                *slot = new.clone();
                self.set_source(key);
            }
            Rule::Stricter(..) => {
                let from = self.sources_text(key);
                self.warn(
                    key,
                    format!(
                        "`{new}` ignored: it is less strict than `{slot}` from the {from}; \
                         only the organization policy can relax it"
                    ),
                );
            }
        }
    }

    /// Option-valued pinned keys (`cortex.connection`, `cortex.account_url`).
    fn optional<T: Clone + PartialEq + fmt::Display>(
        &mut self,
        key: &'static str,
        slot: &mut Option<T>,
        new: Option<&T>,
    ) {
        self.rules.push((key, "pinned"));
        let Some(new) = new else { return };
        if self.mode == Mode::TightenOnly && self.pinned.contains(key) && slot.as_ref() != Some(new)
        {
            let from = self.sources_text(key);
            self.warn(
                key,
                format!("`{new}` ignored: it is set by the {from} and cannot be changed"),
            );
            return;
        }
        *slot = Some(new.clone());
        self.set_source(key);
        if self.mode == Mode::Authority {
            self.pinned.insert(key);
        }
    }

    /// Keys only the organization policy may set (`override_user_config`).
    fn org_only(&mut self, key: &'static str, slot: &mut bool, new: Option<&bool>) {
        self.rules.push((key, "organization policy only"));
        match (self.mode, new) {
            (Mode::Authority, Some(v)) => {
                *slot = *v;
                self.set_source(key);
            }
            (Mode::TightenOnly, Some(_)) => self.warn(
                key,
                "ignored: only meaningful in an organization policy".to_string(),
            ),
            (_, None) => {}
        }
    }

    /// Lists where every layer adds (deny rules, patterns). The authority replaces.
    fn union<T: Clone + PartialEq>(
        &mut self,
        key: &'static str,
        slot: &mut Vec<T>,
        new: Option<&Vec<T>>,
    ) {
        self.rules.push((key, "union"));
        let Some(new) = new else { return };
        if self.mode == Mode::Authority {
            *slot = new.clone();
            self.set_source(key);
            return;
        }
        let before = slot.len();
        for item in new {
            if !slot.contains(item) {
                slot.push(item.clone());
            }
        }
        if slot.len() != before {
            self.add_source(key);
        }
    }

    /// Lists where a tighten-only layer can remove but never add (`allowed_envelopes`).
    fn intersection<T: Clone + PartialEq + fmt::Display>(
        &mut self,
        key: &'static str,
        slot: &mut Vec<T>,
        new: Option<&Vec<T>>,
    ) {
        self.rules.push((key, "intersection"));
        let Some(new) = new else { return };
        if self.mode == Mode::Authority {
            *slot = dedup(new);
            self.set_source(key);
            return;
        }
        let refused: Vec<String> = new
            .iter()
            .filter(|item| !slot.contains(item))
            .map(ToString::to_string)
            .collect();
        if !refused.is_empty() {
            let from = self.sources_text(key);
            self.warn(
                key,
                format!(
                    "{} ignored: not allowed by the {from}; only the organization policy can allow more",
                    refused.join(", ")
                ),
            );
        }
        let before = slot.len();
        slot.retain(|item| new.contains(item));
        if slot.len() != before {
            self.add_source(key);
        }
    }
}

fn dedup<T: Clone + PartialEq>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

impl Layering {
    pub fn new(settings: Settings) -> Self {
        Layering {
            settings,
            sources: Sources::default(),
            warnings: Vec::new(),
            pinned: BTreeSet::new(),
        }
    }

    /// Apply one file.
    pub fn apply(&mut self, file: &FileConfig, origin: &Origin, mode: Mode) {
        let mut rules = Vec::new();
        let mut a = Apply {
            rules: &mut rules,
            origin,
            mode,
            sources: &mut self.sources,
            pinned: &mut self.pinned,
            warnings: &mut self.warnings,
        };
        merge_file(&mut a, &mut self.settings, file);
    }
}

/// Every key with its strictness rule, in declaration order (`config show`, the reference docs).
pub fn key_rules() -> Vec<(&'static str, &'static str)> {
    let mut rules = Vec::new();
    let mut a = Apply {
        rules: &mut rules,
        origin: &Origin::Default,
        mode: Mode::TightenOnly,
        sources: &mut Sources::default(),
        pinned: &mut BTreeSet::new(),
        warnings: &mut Vec::new(),
    };
    if let Ok(mut settings) = Settings::defaults() {
        merge_file(&mut a, &mut settings, &FileConfig::default());
    }
    rules
}

/// `"section.field"`, from the field's own name, so a key is never spelled twice.
macro_rules! key {
    ($section:literal, $field:ident) => {
        concat!($section, ".", stringify!($field))
    };
}

/// The merge of every key. Each section is destructured without `..`: a field added to the
/// schema without a line here does not compile.
fn merge_file(a: &mut Apply<'_>, s: &mut Settings, file: &FileConfig) {
    let FileConfig {
        security,
        routing,
        cortex,
        gate,
        audit,
        hooks,
    } = file;
    let empty_security = SecurityFile::default();
    let SecurityFile {
        approval_mode,
        tool_prediction_confidence_threshold,
        allow_tool_expansion,
        audit_log_path,
        audit_log_rotation,
        audit_log_retention,
        sanitize_conversation_history,
        sanitize_session_files,
        max_history_items,
        cache_dir,
        cache_ttl,
        cache_permissions,
        allowed_envelopes,
        deploy_envelope_confirmation,
        execution_timeout_seconds,
        credential_file_allowlist,
        override_user_config,
        ticket_approval,
        allow_account_changes,
        injection_patterns,
        blocked_sql_patterns,
        blocked_shell_patterns,
        audit_sink,
    } = security.as_ref().unwrap_or(&empty_security);
    let sec = &mut s.security;
    a.scalar(
        key!("security", approval_mode),
        &mut sec.approval_mode,
        approval_mode.as_ref(),
        Rule::Stricter(
            |new, cur| new.strictness_rank() <= cur.strictness_rank(),
            "stricter wins: prompt > auto > envelope_only",
        ),
    );
    a.scalar(
        key!("security", tool_prediction_confidence_threshold),
        &mut sec.tool_prediction_confidence_threshold,
        tool_prediction_confidence_threshold.as_ref(),
        Rule::Stricter(|new, cur| new >= cur, "higher wins"),
    );
    a.scalar(
        key!("security", allow_tool_expansion),
        &mut sec.allow_tool_expansion,
        allow_tool_expansion.as_ref(),
        Rule::Stricter(|new, cur| !new | *cur, "false wins"),
    );
    a.scalar(
        key!("security", audit_log_path),
        &mut sec.audit_log_path,
        audit_log_path.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security", audit_log_rotation),
        &mut sec.audit_log_rotation,
        audit_log_rotation.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security", audit_log_retention),
        &mut sec.audit_log_retention,
        audit_log_retention.as_ref(),
        Rule::Stricter(
            |new, cur| retention_rank(*new) >= retention_rank(*cur),
            "longer wins",
        ),
    );
    a.scalar(
        key!("security", sanitize_conversation_history),
        &mut sec.sanitize_conversation_history,
        sanitize_conversation_history.as_ref(),
        Rule::Stricter(|new, cur| *new | !cur, "true wins"),
    );
    a.scalar(
        key!("security", sanitize_session_files),
        &mut sec.sanitize_session_files,
        sanitize_session_files.as_ref(),
        Rule::Stricter(|new, cur| *new | !cur, "true wins"),
    );
    a.scalar(
        key!("security", max_history_items),
        &mut sec.max_history_items,
        max_history_items.as_ref(),
        Rule::Stricter(|new, cur| new <= cur, "fewer wins"),
    );
    a.scalar(
        key!("security", cache_dir),
        &mut sec.cache_dir,
        cache_dir.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security", cache_ttl),
        &mut sec.cache_ttl,
        cache_ttl.as_ref(),
        Rule::Stricter(|new, cur| new <= cur, "shorter wins"),
    );
    a.scalar(
        key!("security", cache_permissions),
        &mut sec.cache_permissions,
        cache_permissions.as_ref(),
        Rule::Stricter(|new, cur| new.get() & !cur.get() == 0, "fewer bits win"),
    );
    a.intersection(
        key!("security", allowed_envelopes),
        &mut sec.allowed_envelopes,
        allowed_envelopes.as_ref(),
    );
    a.scalar(
        key!("security", deploy_envelope_confirmation),
        &mut sec.deploy_envelope_confirmation,
        deploy_envelope_confirmation.as_ref(),
        Rule::Stricter(|new, cur| *new | !cur, "true wins"),
    );
    a.scalar(
        key!("security", execution_timeout_seconds),
        &mut sec.execution_timeout_seconds,
        execution_timeout_seconds.as_ref(),
        Rule::Stricter(|new, cur| new <= cur, "shorter wins"),
    );
    a.union(
        key!("security", credential_file_allowlist),
        &mut sec.credential_file_allowlist,
        credential_file_allowlist.as_ref(),
    );
    a.org_only(
        key!("security", override_user_config),
        &mut sec.override_user_config,
        override_user_config.as_ref(),
    );
    a.scalar(
        key!("security", ticket_approval),
        &mut sec.ticket_approval,
        ticket_approval.as_ref(),
        Rule::Stricter(
            |new, _| *new == TicketApproval::Terminal,
            "stricter wins: terminal > agent_ui",
        ),
    );
    a.scalar(
        key!("security", allow_account_changes),
        &mut sec.allow_account_changes,
        allow_account_changes.as_ref(),
        Rule::Stricter(
            |new, cur| !new | *cur,
            "false wins; only the organization policy can set true",
        ),
    );
    a.union(
        key!("security", injection_patterns),
        &mut sec.injection_patterns,
        injection_patterns.as_ref(),
    );
    a.union(
        key!("security", blocked_sql_patterns),
        &mut sec.blocked_sql_patterns,
        blocked_sql_patterns.as_ref(),
    );
    a.union(
        key!("security", blocked_shell_patterns),
        &mut sec.blocked_shell_patterns,
        blocked_shell_patterns.as_ref(),
    );
    merge_audit_sink(a, &mut sec.audit_sink, audit_sink.as_ref());

    let empty_routing = RoutingFile::default();
    let RoutingFile {
        classifier,
        model,
        timeout_seconds,
        min_confidence,
        force_cortex_patterns,
        force_coding_agent_patterns,
    } = routing.as_ref().unwrap_or(&empty_routing);
    let r = &mut s.routing;
    a.scalar(
        key!("routing", classifier),
        &mut r.classifier,
        classifier.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("routing", model),
        &mut r.model,
        model.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("routing", timeout_seconds),
        &mut r.timeout_seconds,
        timeout_seconds.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("routing", min_confidence),
        &mut r.min_confidence,
        min_confidence.as_ref(),
        Rule::Pinned,
    );
    a.union(
        key!("routing", force_cortex_patterns),
        &mut r.force_cortex_patterns,
        force_cortex_patterns.as_ref(),
    );
    a.union(
        key!("routing", force_coding_agent_patterns),
        &mut r.force_coding_agent_patterns,
        force_coding_agent_patterns.as_ref(),
    );

    let empty_cortex = CortexFile::default();
    let CortexFile {
        binary,
        connection,
        account_url,
        pat_env,
        protocol,
        llm_endpoint,
    } = cortex.as_ref().unwrap_or(&empty_cortex);
    let c = &mut s.cortex;
    a.scalar(
        key!("cortex", binary),
        &mut c.binary,
        binary.as_ref(),
        Rule::Pinned,
    );
    a.optional(
        key!("cortex", connection),
        &mut c.connection,
        connection.as_ref(),
    );
    a.optional(
        key!("cortex", account_url),
        &mut c.account_url,
        account_url.as_ref(),
    );
    a.scalar(
        key!("cortex", pat_env),
        &mut c.pat_env,
        pat_env.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("cortex", protocol),
        &mut c.protocol,
        protocol.as_ref(),
        Rule::Stricter(
            |new, cur| new.strictness_rank() <= cur.strictness_rank(),
            "stricter wins: gate > auto > print",
        ),
    );
    a.scalar(
        key!("cortex", llm_endpoint),
        &mut c.llm_endpoint,
        llm_endpoint.as_ref(),
        Rule::Pinned,
    );

    let empty_gate = GateFile::default();
    let GateFile {
        on_deny,
        ask_within_ms,
    } = gate.as_ref().unwrap_or(&empty_gate);
    let g = &mut s.gate;
    a.scalar(
        key!("gate", on_deny),
        &mut g.on_deny,
        on_deny.as_ref(),
        Rule::Stricter(
            |new, cur| *new == OnDeny::Stop || *cur == OnDeny::Continue,
            "stricter wins: stop > continue",
        ),
    );
    a.scalar(
        key!("gate", ask_within_ms),
        &mut g.ask_within_ms,
        ask_within_ms.as_ref(),
        Rule::Stricter(|new, cur| new <= cur, "shorter wins"),
    );

    let empty_audit = AuditFile::default();
    let AuditFile { required } = audit.as_ref().unwrap_or(&empty_audit);
    a.scalar(
        key!("audit", required),
        &mut s.audit.required,
        required.as_ref(),
        Rule::Stricter(|new, cur| *new | !cur, "true wins"),
    );

    let empty_hooks = HooksFile::default();
    let HooksFile { envelope } = hooks.as_ref().unwrap_or(&empty_hooks);
    a.scalar(
        key!("hooks", envelope),
        &mut s.hooks.envelope,
        envelope.as_ref(),
        Rule::Stricter(
            |new, cur| new.get().is_within(cur.get()),
            "narrower wins: RO < RW, RESEARCH < DEPLOY",
        ),
    );
}

/// `security.audit_sink`, a nested section: destructured without `..` like the others.
fn merge_audit_sink(
    a: &mut Apply<'_>,
    sink: &mut super::settings::AuditSink,
    file: Option<&AuditSinkFile>,
) {
    let empty = AuditSinkFile::default();
    let AuditSinkFile {
        mode,
        account_url,
        database,
        schema,
        table,
        warehouse,
        role,
        pat_env,
        content,
        batch_max_records,
        batch_max_bytes,
        interval_seconds,
        request_timeout_seconds,
        max_unshipped_age,
    } = file.unwrap_or(&empty);
    a.scalar(
        key!("security.audit_sink", mode),
        &mut sink.mode,
        mode.as_ref(),
        Rule::Stricter(
            |new, cur| new.strictness_rank() <= cur.strictness_rank(),
            "stricter wins: required > best_effort > off",
        ),
    );
    a.optional(
        key!("security.audit_sink", account_url),
        &mut sink.account_url,
        account_url.as_ref(),
    );
    a.optional(
        key!("security.audit_sink", database),
        &mut sink.database,
        database.as_ref(),
    );
    a.optional(
        key!("security.audit_sink", schema),
        &mut sink.schema,
        schema.as_ref(),
    );
    a.scalar(
        key!("security.audit_sink", table),
        &mut sink.table,
        table.as_ref(),
        Rule::Pinned,
    );
    a.optional(
        key!("security.audit_sink", warehouse),
        &mut sink.warehouse,
        warehouse.as_ref(),
    );
    a.optional(
        key!("security.audit_sink", role),
        &mut sink.role,
        role.as_ref(),
    );
    a.scalar(
        key!("security.audit_sink", pat_env),
        &mut sink.pat_env,
        pat_env.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security.audit_sink", content),
        &mut sink.content,
        content.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security.audit_sink", batch_max_records),
        &mut sink.batch_max_records,
        batch_max_records.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security.audit_sink", batch_max_bytes),
        &mut sink.batch_max_bytes,
        batch_max_bytes.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security.audit_sink", interval_seconds),
        &mut sink.interval_seconds,
        interval_seconds.as_ref(),
        Rule::Stricter(|new, cur| new <= cur, "shorter wins"),
    );
    a.scalar(
        key!("security.audit_sink", request_timeout_seconds),
        &mut sink.request_timeout_seconds,
        request_timeout_seconds.as_ref(),
        Rule::Pinned,
    );
    a.scalar(
        key!("security.audit_sink", max_unshipped_age),
        &mut sink.max_unshipped_age,
        max_unshipped_age.as_ref(),
        Rule::Stricter(|new, cur| new <= cur, "shorter wins"),
    );
}

/// Retention in days where 0 means "forever", ordered so that longer is larger.
fn retention_rank(days: u32) -> u64 {
    if days == 0 { u64::MAX } else { u64::from(days) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::values::ApprovalMode;
    use crate::envelope::Envelope;

    fn parse(yaml: &str) -> FileConfig {
        crate::yaml::from_str(yaml, "test.yaml").expect("valid test yaml")
    }

    fn layering() -> Layering {
        Layering::new(Settings::defaults().expect("defaults"))
    }

    fn user() -> Origin {
        Origin::UserConfig(PathBuf::from("user.yaml"))
    }

    fn org() -> Origin {
        Origin::OrgPolicy(PathBuf::from("org.yaml"))
    }

    /// Every key of the effective settings, as `section.key` (`section.sub.key` in nested
    /// sections such as `security.audit_sink`).
    fn settings_keys() -> Vec<String> {
        fn walk(prefix: &str, value: &serde_json::Value, keys: &mut Vec<String>) {
            for (key, body) in value.as_object().expect("keys") {
                let path = format!("{prefix}.{key}");
                if body.is_object() {
                    walk(&path, body, keys);
                } else {
                    keys.push(path);
                }
            }
        }
        let value = serde_json::to_value(Settings::defaults().expect("defaults")).expect("json");
        let mut keys = Vec::new();
        for (section, body) in value.as_object().expect("sections") {
            walk(section, body, &mut keys);
        }
        keys
    }

    #[test]
    fn every_key_has_a_merge_rule_and_documentation() {
        let rules = key_rules();
        let ruled: Vec<String> = rules.iter().map(|(k, _)| k.to_string()).collect();
        let mut settings = settings_keys();
        settings.sort();
        let mut sorted = ruled.clone();
        sorted.sort();
        assert_eq!(settings, sorted, "settings keys and merge rules differ");

        // A file that sets every key (the defaults, plus samples for the unset options) must
        // leave a source on each: a key the merge visits but never writes would fail here.
        let mut full = serde_json::to_value(Settings::defaults().expect("defaults")).unwrap();
        full["cortex"]["connection"] = "prod".into();
        full["cortex"]["account_url"] = "https://acct.snowflakecomputing.com".into();
        let sink = &mut full["security"]["audit_sink"];
        sink["account_url"] = "https://org-audit.snowflakecomputing.com".into();
        for key in ["database", "schema", "warehouse", "role"] {
            sink[key] = "AUDIT".into();
        }
        let file: FileConfig = serde_json::from_value(full).expect("the defaults parse as a file");
        let mut l = layering();
        l.apply(&file, &org(), Mode::Authority);
        for key in &ruled {
            assert_eq!(l.sources.of(key), vec![org()], "{key} was not merged");
        }

        let docs = include_str!("../../../../references/configuration.md");
        for (key, rule) in &rules {
            let row = docs
                .lines()
                .find(|l| l.starts_with(&format!("| `{key}`")))
                .unwrap_or_else(|| panic!("references/configuration.md has no row for {key}"));
            let cell = row.trim_end_matches('|').rsplit('|').next().unwrap_or("");
            let cell = cell.replace('`', "");
            assert!(
                cell.trim().starts_with(rule),
                "references/configuration.md gives {key} the rule {cell:?}; the code says {rule:?}"
            );
        }
    }

    #[test]
    fn user_cannot_relax_approval_mode_below_the_default() {
        let mut l = layering();
        l.apply(
            &parse("security:\n  approval_mode: auto\n"),
            &user(),
            Mode::TightenOnly,
        );
        assert_eq!(l.settings.security.approval_mode, ApprovalMode::Prompt);
        assert_eq!(l.warnings.len(), 1);
        assert_eq!(l.warnings[0].key, "security.approval_mode");
    }

    #[test]
    fn org_can_relax_and_user_can_then_tighten_back() {
        let mut l = layering();
        l.apply(
            &parse("security:\n  approval_mode: envelope_only\n"),
            &org(),
            Mode::Authority,
        );
        l.apply(
            &parse("security:\n  approval_mode: auto\n"),
            &user(),
            Mode::TightenOnly,
        );
        assert_eq!(l.settings.security.approval_mode, ApprovalMode::Auto);
        assert!(l.warnings.is_empty());
        assert_eq!(l.sources.of("security.approval_mode"), vec![user()]);
    }

    #[test]
    fn envelopes_only_narrow_in_tighten_layers() {
        let mut l = layering();
        l.apply(
            &parse("security:\n  allowed_envelopes: [RO, DEPLOY]\n"),
            &user(),
            Mode::TightenOnly,
        );
        assert_eq!(l.settings.security.allowed_envelopes, vec![Envelope::Ro]);
        assert!(
            l.warnings[0].message.contains("DEPLOY"),
            "{}",
            l.warnings[0]
        );
    }

    #[test]
    fn credential_patterns_are_a_union() {
        let mut l = layering();
        let before = l.settings.security.credential_file_allowlist.len();
        l.apply(
            &parse("security:\n  credential_file_allowlist: ['**/prod.secret']\n"),
            &user(),
            Mode::TightenOnly,
        );
        assert_eq!(
            l.settings.security.credential_file_allowlist.len(),
            before + 1
        );
    }

    #[test]
    fn pinned_keys_cannot_be_moved_by_the_user() {
        let mut l = layering();
        l.apply(
            &parse("security:\n  audit_log_path: /srv/audit.log\n"),
            &org(),
            Mode::Authority,
        );
        l.apply(
            &parse("security:\n  audit_log_path: /tmp/mine.log\n"),
            &user(),
            Mode::TightenOnly,
        );
        assert_eq!(
            l.settings.security.audit_log_path.path(),
            std::path::Path::new("/srv/audit.log")
        );
        assert_eq!(l.warnings.len(), 1);
    }

    #[test]
    fn audit_sink_mode_only_tightens_and_its_destination_pins() {
        let mut l = layering();
        l.apply(
            &parse(
                "security:\n  audit_sink:\n    mode: required\n    account_url: https://org.snowflakecomputing.com\n    database: AUDIT\n    interval_seconds: 600\n",
            ),
            &org(),
            Mode::Authority,
        );
        l.apply(
            &parse(
                "security:\n  audit_sink:\n    mode: best_effort\n    account_url: https://mine.snowflakecomputing.com\n    schema: MINE\n    interval_seconds: 60\n",
            ),
            &user(),
            Mode::TightenOnly,
        );
        let sink = &l.settings.security.audit_sink;
        assert_eq!(sink.mode, crate::config::values::SinkMode::Required);
        assert_eq!(
            sink.account_url.as_ref().map(|u| u.as_str()),
            Some("https://org.snowflakecomputing.com")
        );
        assert_eq!(sink.schema.as_ref().map(|s| s.as_str()), Some("MINE"));
        assert_eq!(sink.interval_seconds.get(), 60, "shorter wins");
        let keys: Vec<&str> = l.warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "security.audit_sink.mode",
                "security.audit_sink.account_url"
            ]
        );
        assert_eq!(
            sink.missing_keys(),
            Vec::<&str>::new(),
            "database from the org, schema from the user"
        );
        assert_eq!(
            sink.qualified_table().as_deref(),
            Some("AUDIT.MINE.CORTEX_ROUTE_AUDIT")
        );
    }

    #[test]
    fn unknown_audit_sink_keys_are_errors() {
        let err = crate::yaml::from_str::<FileConfig>(
            "security:\n  audit_sink:\n    mode: required\n    modee: off\n",
            "x.yaml",
        )
        .unwrap_err();
        assert!(err.to_string().contains("modee"), "{err}");
    }

    #[test]
    fn shorter_timeouts_and_longer_retention_win() {
        let mut l = layering();
        l.apply(
            &parse(
                "security:\n  execution_timeout_seconds: 60\n  audit_log_retention: 0\n  cache_ttl: 200000\n",
            ),
            &user(),
            Mode::TightenOnly,
        );
        assert_eq!(l.settings.security.execution_timeout_seconds.get(), 60);
        assert_eq!(l.settings.security.audit_log_retention, 0);
        assert_eq!(
            l.settings.security.cache_ttl.get(),
            86_400,
            "longer TTL is a relaxation"
        );
    }
}
