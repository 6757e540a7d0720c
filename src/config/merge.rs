//! Layering and the security floor: the one place where the strictness of every key is written down.
//!
//! Layers apply in order: defaults, organization policy, user config, `--policy` files. The
//! organization policy is the authority: it replaces values (and may relax the defaults), and any
//! value it sets for a *pinned* key cannot be changed below it. The user config and `--policy`
//! files can only tighten: a value that would relax a setting is ignored with a warning that names
//! the key. `references/configuration.md` has the same table for people.
//!
//! | key | rule |
//! | --- | --- |
//! | approval_mode | stricter wins: prompt > auto > envelope_only |
//! | tool_prediction_confidence_threshold | higher wins |
//! | allow_tool_expansion, override_user_config | false wins / org only |
//! | audit_log_retention | longer wins (0 = forever, the longest) |
//! | sanitize_conversation_history, sanitize_session_files, deploy_envelope_confirmation | true wins |
//! | max_history_items | fewer wins (less context leaves the machine) |
//! | cache_ttl, execution_timeout_seconds | shorter wins |
//! | cache_permissions | fewer permission bits win |
//! | allowed_envelopes | intersection |
//! | credential_file_allowlist, injection/sql/shell patterns, force_*_patterns | union |
//! | audit_log_path, audit_log_rotation, cache_dir, routing.classifier/model/timeout_seconds/min_confidence, cortex.* | pinned when the org policy sets it, free otherwise |

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use super::schema::FileConfig;
use super::settings::Settings;

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
    /// `is_at_least_as_strict(new, current)`.
    Stricter(fn(&T, &T) -> bool),
}

struct Apply<'a> {
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
            Rule::Stricter(at_least_as_strict) if at_least_as_strict(new, slot) => {
                *slot = new.clone();
                self.set_source(key);
            }
            Rule::Stricter(_) => {
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

    /// Lists where every layer adds (deny rules, patterns). The authority replaces.
    fn union<T: Clone + PartialEq>(
        &mut self,
        key: &'static str,
        slot: &mut Vec<T>,
        new: Option<&Vec<T>>,
    ) {
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
        let mut a = Apply {
            origin,
            mode,
            sources: &mut self.sources,
            pinned: &mut self.pinned,
            warnings: &mut self.warnings,
        };
        let s = &mut self.settings;

        if let Some(f) = &file.security {
            let sec = &mut s.security;
            a.scalar(
                "security.approval_mode",
                &mut sec.approval_mode,
                f.approval_mode.as_ref(),
                Rule::Stricter(|new, cur| new.strictness_rank() <= cur.strictness_rank()),
            );
            a.scalar(
                "security.tool_prediction_confidence_threshold",
                &mut sec.tool_prediction_confidence_threshold,
                f.tool_prediction_confidence_threshold.as_ref(),
                Rule::Stricter(|new, cur| new >= cur),
            );
            a.scalar(
                "security.allow_tool_expansion",
                &mut sec.allow_tool_expansion,
                f.allow_tool_expansion.as_ref(),
                Rule::Stricter(|new, cur| !new | *cur),
            );
            a.scalar(
                "security.audit_log_path",
                &mut sec.audit_log_path,
                f.audit_log_path.as_ref(),
                Rule::Pinned,
            );
            a.scalar(
                "security.audit_log_rotation",
                &mut sec.audit_log_rotation,
                f.audit_log_rotation.as_ref(),
                Rule::Pinned,
            );
            a.scalar(
                "security.audit_log_retention",
                &mut sec.audit_log_retention,
                f.audit_log_retention.as_ref(),
                Rule::Stricter(|new, cur| retention_rank(*new) >= retention_rank(*cur)),
            );
            a.scalar(
                "security.sanitize_conversation_history",
                &mut sec.sanitize_conversation_history,
                f.sanitize_conversation_history.as_ref(),
                Rule::Stricter(|new, cur| *new | !cur),
            );
            a.scalar(
                "security.sanitize_session_files",
                &mut sec.sanitize_session_files,
                f.sanitize_session_files.as_ref(),
                Rule::Stricter(|new, cur| *new | !cur),
            );
            a.scalar(
                "security.max_history_items",
                &mut sec.max_history_items,
                f.max_history_items.as_ref(),
                Rule::Stricter(|new, cur| new <= cur),
            );
            a.scalar(
                "security.cache_dir",
                &mut sec.cache_dir,
                f.cache_dir.as_ref(),
                Rule::Pinned,
            );
            a.scalar(
                "security.cache_ttl",
                &mut sec.cache_ttl,
                f.cache_ttl.as_ref(),
                Rule::Stricter(|new, cur| new <= cur),
            );
            a.scalar(
                "security.cache_permissions",
                &mut sec.cache_permissions,
                f.cache_permissions.as_ref(),
                Rule::Stricter(|new, cur| new.get() & !cur.get() == 0),
            );
            a.intersection(
                "security.allowed_envelopes",
                &mut sec.allowed_envelopes,
                f.allowed_envelopes.as_ref(),
            );
            a.scalar(
                "security.deploy_envelope_confirmation",
                &mut sec.deploy_envelope_confirmation,
                f.deploy_envelope_confirmation.as_ref(),
                Rule::Stricter(|new, cur| *new | !cur),
            );
            a.scalar(
                "security.execution_timeout_seconds",
                &mut sec.execution_timeout_seconds,
                f.execution_timeout_seconds.as_ref(),
                Rule::Stricter(|new, cur| new <= cur),
            );
            a.union(
                "security.credential_file_allowlist",
                &mut sec.credential_file_allowlist,
                f.credential_file_allowlist.as_ref(),
            );
            match (mode, f.override_user_config) {
                (Mode::Authority, Some(v)) => {
                    sec.override_user_config = v;
                    a.set_source("security.override_user_config");
                }
                (Mode::TightenOnly, Some(_)) => a.warn(
                    "security.override_user_config",
                    "ignored: only meaningful in an organization policy".to_string(),
                ),
                (_, None) => {}
            }
            a.union(
                "security.injection_patterns",
                &mut sec.injection_patterns,
                f.injection_patterns.as_ref(),
            );
            a.union(
                "security.blocked_sql_patterns",
                &mut sec.blocked_sql_patterns,
                f.blocked_sql_patterns.as_ref(),
            );
            a.union(
                "security.blocked_shell_patterns",
                &mut sec.blocked_shell_patterns,
                f.blocked_shell_patterns.as_ref(),
            );
        }

        if let Some(f) = &file.routing {
            let r = &mut s.routing;
            a.scalar(
                "routing.classifier",
                &mut r.classifier,
                f.classifier.as_ref(),
                Rule::Pinned,
            );
            a.scalar(
                "routing.model",
                &mut r.model,
                f.model.as_ref(),
                Rule::Pinned,
            );
            a.scalar(
                "routing.timeout_seconds",
                &mut r.timeout_seconds,
                f.timeout_seconds.as_ref(),
                Rule::Pinned,
            );
            a.scalar(
                "routing.min_confidence",
                &mut r.min_confidence,
                f.min_confidence.as_ref(),
                Rule::Pinned,
            );
            a.union(
                "routing.force_cortex_patterns",
                &mut r.force_cortex_patterns,
                f.force_cortex_patterns.as_ref(),
            );
            a.union(
                "routing.force_coding_agent_patterns",
                &mut r.force_coding_agent_patterns,
                f.force_coding_agent_patterns.as_ref(),
            );
        }

        if let Some(f) = &file.cortex {
            let c = &mut s.cortex;
            a.scalar(
                "cortex.binary",
                &mut c.binary,
                f.binary.as_ref(),
                Rule::Pinned,
            );
            a.optional(
                "cortex.connection",
                &mut c.connection,
                f.connection.as_ref(),
            );
            a.optional(
                "cortex.account_url",
                &mut c.account_url,
                f.account_url.as_ref(),
            );
            a.scalar(
                "cortex.pat_env",
                &mut c.pat_env,
                f.pat_env.as_ref(),
                Rule::Pinned,
            );
        }
    }
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
