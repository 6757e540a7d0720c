//! The parts of the configuration the engine needs, compiled once per run, and the path
//! questions asked of them: is this a credential, is this cortex-route's or an agent's own
//! state, does searching this folder read credentials?
//!
//! Paths are matched as written, in every spelling and as globs (see
//! [`crate::guard::credentials`]), and, through the runtime's resolver hook
//! ([`Policy::with_path_resolver`]), as the file they resolve to (a symlink into `~/.ssh` is
//! `~/.ssh`).

use std::path::Path;
use std::sync::Arc;

use regex::{Regex, RegexBuilder};

use crate::config::Security;
use crate::config::values::{GlobPattern, RegexPattern};
use crate::guard::credentials::CredentialMatcher;

use super::TripwireError;

/// Paths (globs) that are cortex-route's own state, the agents' settings and skills, Cortex's
/// settings and hooks, and shell start-up files: never written by a tool call, in any envelope.
pub const PROTECTED_PATTERNS: &[&str] = &[
    // cortex-route: configuration, organization policy, state (audit log), data, cache, binary.
    "~/.config/cortex-route/**",
    "/etc/cortex-route/**",
    "~/.local/state/cortex-route/**",
    "~/.local/share/cortex-route/**",
    "~/.cache/cortex-route/**",
    "~/.cache/cortex-skill/**",
    "**/bin/cortex-route",
    "**/bin/cortex-route.exe",
    // Agents: settings, instructions, commands, skills, MCP servers (home and project).
    "**/.claude/**",
    "**/.cursor/**",
    "**/.codex/**",
    "**/.cortex/**",
    "~/.claude.json",
    "~/.gemini/**",
    "~/.codeium/**",
    "~/.continue/**",
    // Git hooks and repository config run commands on the next commit or pull.
    "**/.git/hooks/**",
    "**/.git/config",
    "~/.snowflake/cortex/**",
    "/etc/cortex/**",
    "/Library/Application Support/Cortex/**",
    // Shell and tool start-up files.
    "~/.bashrc",
    "~/.bash_profile",
    "~/.bash_login",
    "~/.bash_logout",
    "~/.profile",
    "~/.zshrc",
    "~/.zshenv",
    "~/.zprofile",
    "~/.zlogin",
    "~/.zlogout",
    "~/.kshrc",
    "~/.cshrc",
    "~/.tcshrc",
    "~/.config/fish/**",
    "~/.config/nushell/**",
    "~/.inputrc",
    "~/.gitconfig",
    "~/.config/git/config",
    "~/.ssh/rc",
    "~/.config/autostart/**",
    "~/.config/systemd/user/**",
    "~/.config/environment.d/**",
    "~/Library/LaunchAgents/**",
    "~/.bashrc.d/**",
    "~/.pam_environment",
    "~/.xprofile",
    "/etc/profile",
    "/etc/profile.d/**",
    "/etc/bash.bashrc",
    "/etc/bashrc",
    "/etc/zshrc",
    "/etc/zsh/**",
    "/etc/environment",
];

/// Most paths handed to the resolver per call (each may be a file-system lookup).
pub const MAX_RESOLVED_PATHS: usize = 32;

/// Resolves a path to what it points to (symbolic links, `..`), or `None` when there is nothing
/// to resolve. Supplied by the runtime; the engine does no I/O.
pub type PathResolver = Arc<ResolveFn>;

/// The resolver function itself (see [`Policy::with_path_resolver`]).
pub type ResolveFn = dyn Fn(&str) -> Option<String> + Send + Sync;

/// The compiled configuration (see the module docs).
#[derive(Clone)]
pub struct Policy {
    pub(super) credentials: CredentialMatcher,
    pub(super) protected: CredentialMatcher,
    pub(super) blocked_sql: Vec<Regex>,
    pub(super) blocked_shell: Vec<Regex>,
    home: Option<String>,
    /// Credential patterns anchored at HOME or `/`, expanded, up to their first wildcard:
    /// searching an ancestor of one reads it.
    anchored_prefixes: Vec<String>,
    pub(super) connection: Option<String>,
    pub(super) allow_account_changes: bool,
    resolver: Option<PathResolver>,
}

impl std::fmt::Debug for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Policy")
            .field("credentials", &self.credentials)
            .field("home", &self.home)
            .field("connection", &self.connection)
            .field("allow_account_changes", &self.allow_account_changes)
            .field("resolver", &self.resolver.is_some())
            .finish_non_exhaustive()
    }
}

impl Policy {
    /// Compile the credential patterns (with `~` meaning `home`), the protected paths (plus the
    /// configured audit log and cache folder), the organization's extra SQL and shell rules, and
    /// `security.allow_account_changes`.
    pub fn from_settings(
        security: &Security,
        home: Option<&Path>,
    ) -> Result<Policy, TripwireError> {
        let credentials = CredentialMatcher::with_home(&security.credential_file_allowlist, home);
        let mut protected: Vec<GlobPattern> = Vec::new();
        let mut add = |p: String| {
            if let Ok(g) = GlobPattern::try_from(p) {
                protected.push(g);
            }
        };
        for p in PROTECTED_PATTERNS {
            add((*p).to_string());
        }
        let audit = security.audit_log_path.path().to_string_lossy().to_string();
        if !audit.is_empty() {
            // The log and its rotations (`audit.log.1`, …).
            add(escape_glob(&audit));
            add(format!("{}.*", escape_glob(&audit)));
        }
        let cache = security.cache_dir.path().to_string_lossy().to_string();
        if !cache.is_empty() && cache != "/" {
            add(format!("{}/**", escape_glob(cache.trim_end_matches('/'))));
        }
        let protected = CredentialMatcher::with_home(&protected, home);
        let home_text = home
            .map(|h| h.to_string_lossy().trim_end_matches('/').to_string())
            .filter(|h| !h.is_empty());
        let mut anchored_prefixes: Vec<String> = Vec::new();
        for p in &security.credential_file_allowlist {
            let text = p.as_str().replace('\\', "/");
            let anchored = match (text.strip_prefix("~/"), &home_text) {
                (Some(rest), Some(h)) => Some(format!("{h}/{rest}")),
                (Some(rest), None) => Some(format!("~/{rest}")),
                (None, _) if text.starts_with('/') => Some(text.clone()),
                _ => None,
            };
            if let Some(a) = anchored {
                let literal: String = a
                    .split('/')
                    .take_while(|s| !s.contains(['*', '?', '[']))
                    .collect::<Vec<_>>()
                    .join("/");
                if !literal.is_empty() && !anchored_prefixes.contains(&literal) {
                    anchored_prefixes.push(literal.to_ascii_lowercase());
                }
            }
        }
        Ok(Policy {
            credentials,
            protected,
            blocked_sql: compile("blocked_sql_patterns", &security.blocked_sql_patterns)?,
            blocked_shell: compile("blocked_shell_patterns", &security.blocked_shell_patterns)?,
            home: home_text,
            anchored_prefixes,
            connection: None,
            allow_account_changes: security.allow_account_changes,
            resolver: None,
        })
    }

    /// The Snowflake connection the run uses (`--connection`, `cortex.connection`): a SQL call
    /// or `snow`/`snowsql` command naming another connection is denied (`connection_mismatch`).
    /// `None` (Cortex's default connection) checks nothing.
    pub fn with_connection(mut self, connection: Option<&str>) -> Policy {
        self.connection = connection
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        self
    }

    /// How paths are resolved (symbolic links): the runtime supplies a function that returns the
    /// target of a link, or `None`. The engine calls it for at most [`MAX_RESOLVED_PATHS`] paths
    /// per tool call and matches the result like the path itself.
    pub fn with_path_resolver(mut self, resolver: Box<ResolveFn>) -> Policy {
        self.resolver = Some(Arc::from(resolver));
        self
    }

    /// Whether account-level SQL may run in DEPLOY (`security.allow_account_changes`, which
    /// only an organization policy can turn on). Set from the settings by
    /// [`Policy::from_settings`]; this builder is for callers that build a policy by hand.
    pub fn with_account_changes(mut self, allowed: bool) -> Policy {
        self.allow_account_changes = allowed;
        self
    }

    /// `~/x` → `HOME/x`.
    pub(super) fn expand_home(&self, s: &str) -> String {
        match (&self.home, s.strip_prefix("~/")) {
            (Some(home), Some(rest)) => format!("{home}/{rest}"),
            _ => s.to_string(),
        }
    }

    /// The credential `path` (one path, maybe a glob) names, if any.
    pub(super) fn credential_path(&self, path: &str, resolved: &mut usize) -> Option<String> {
        self.path_hit(&self.credentials, path, resolved)
    }

    /// The protected path `path` names, if any (as written, resolved, or as a glob).
    pub(super) fn protected_path(&self, path: &str, resolved: &mut usize) -> Option<String> {
        self.path_hit(&self.protected, path, resolved)
    }

    fn path_hit(
        &self,
        matcher: &CredentialMatcher,
        path: &str,
        resolved: &mut usize,
    ) -> Option<String> {
        let p = path.trim();
        if p.is_empty() || p.len() > 8192 {
            return None;
        }
        if matcher.match_path(p).is_some() {
            return Some(p.to_string());
        }
        if let Some(resolver) = &self.resolver
            && *resolved < MAX_RESOLVED_PATHS
            && !p.contains(['\n', '\0'])
            && !p.contains("://")
        {
            *resolved += 1;
            if let Some(target) = resolver(p)
                && target != p
                && matcher.match_path(&target).is_some()
            {
                return Some(format!("{p} (-> {target})"));
            }
        }
        None
    }

    /// The credential path named anywhere in `text` (a shell word, a free-text field).
    pub(super) fn credential_in_text(
        &self,
        text: &str,
        globs: bool,
        resolved: &mut usize,
    ) -> Option<String> {
        if let Some(hit) = self.credentials.find_in_text_with(text, globs) {
            return Some(hit.token);
        }
        // A path with spaces in it (`~/…/Default/Login Data`) is one word of a command.
        if text.contains('/')
            && !text.contains('\n')
            && text.len() <= 4096
            && self.credentials.match_path_with(text, globs).is_some()
        {
            return Some(text.to_string());
        }
        let tokens = text
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '"' | '\'' | '=' | '<' | '>' | ',' | ';' | '(' | ')' | '`' | '|' | '&'
                    )
            })
            .filter(|t| !t.is_empty())
            .take(256);
        if self.resolver.is_some() {
            for t in tokens.filter(|t| looks_like_path(t)) {
                if let Some(hit) = self.credential_path(t, resolved) {
                    return Some(hit);
                }
            }
        }
        None
    }

    /// True when a recursive search (or a whole-folder copy) of `root` reads credentials: HOME,
    /// `/`, the folders holding homes, or an ancestor of a credential pattern anchored at HOME
    /// or `/` (`~/.config` holds `~/.config/gcloud`).
    pub(super) fn sensitive_root(&self, root: &str) -> bool {
        let r = root.trim().trim_end_matches("/*").trim_end_matches('/');
        if matches!(
            r,
            "" | "~" | "$HOME" | "${HOME}" | "/home" | "/Users" | "/root" | "/home/*" | "/Users/*"
        ) && !root.trim().is_empty()
        {
            return true;
        }
        let expanded = self
            .expand_home(&r.replace("$HOME", "~").replace("${HOME}", "~"))
            .to_ascii_lowercase();
        if let Some(h) = &self.home
            && expanded == h.to_ascii_lowercase()
        {
            return true;
        }
        if self.credentials.match_path(r).is_some() {
            return true;
        }
        self.anchored_prefixes
            .iter()
            .any(|p| p.starts_with(&format!("{expanded}/")))
    }
}

/// Glob metacharacters in a configured path, escaped so it matches itself.
fn escape_glob(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '{' | '}') {
            out.push('[');
            out.push(c);
            out.push(']');
        } else {
            out.push(c);
        }
    }
    out
}

/// A token that could be a file path (worth asking the resolver about).
pub(super) fn looks_like_path(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.len() <= 4096
        && !t.contains("://")
        && !t.starts_with('-')
        && !t.starts_with('@')
        && (t.contains('/') || t.starts_with('.') || t.starts_with('~'))
}

fn compile(key: &'static str, patterns: &[RegexPattern]) -> Result<Vec<Regex>, TripwireError> {
    patterns
        .iter()
        .map(|p| {
            RegexBuilder::new(p.as_str())
                .case_insensitive(true)
                .size_limit(1 << 20)
                .build()
                .map_err(|source| TripwireError::OrgPattern {
                    key,
                    pattern: p.as_str().to_string(),
                    source,
                })
        })
        .collect()
}
