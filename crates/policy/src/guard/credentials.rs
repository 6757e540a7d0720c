//! Credential paths: does a prompt, or a tool call's argument, name a file that holds credentials?
//!
//! Patterns come from `security.credential_file_allowlist` (a blocklist despite its name, kept for
//! drop-in compatibility). They are compiled once per run into one [`globset::GlobSet`]:
//! case-insensitive, `*` never crossing `/`, `~/` expanded to HOME. Because a prompt rarely spells
//! a path the way a pattern does, each pattern also matches more loosely:
//!
//! - `~/X` also matches `X` under any folder (`**/X`): `.ssh/id_rsa` relative to HOME, or a copy
//!   of the folder elsewhere, is still a key;
//! - a pattern without `/` (`.env`, `*.pem`) matches that file name in any folder;
//! - `dir/**` and `dir/*` also match `dir` itself ("zip up ~/.ssh").
//!
//! Failing closed means over-blocking a prompt that merely mentions such a path; that is the
//! intended trade.

use std::path::Path;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};

use crate::config::values::GlobPattern;

/// Longer tokens are cut to their tail (see [`bounded_tail`]), bounding the work per token.
const MAX_TOKEN_BYTES: usize = 4096;

/// A credential pattern that cannot be compiled. Config validation checks syntax when the file is
/// loaded, so this means a pattern that only breaks after `~` expansion.
#[derive(Debug, thiserror::Error)]
#[error("credential pattern `{pattern}` cannot be compiled: {source}")]
pub struct CredentialPatternError {
    pub pattern: String,
    #[source]
    pub source: globset::Error,
}

/// A compiled `credential_file_allowlist`.
#[derive(Debug, Clone)]
pub struct CredentialMatcher {
    set: GlobSet,
    /// For each glob in `set`, the index of the pattern (as written) it came from.
    origin: Vec<usize>,
    written: Vec<String>,
    home: Option<String>,
}

/// A credential path found in text or in a tool argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialHit {
    /// The path as it appeared (bounded to 200 characters). A path, never file contents.
    pub token: String,
    /// The pattern it matched, as written in the configuration.
    pub pattern: String,
}

impl CredentialMatcher {
    /// Compile `patterns`, expanding `~/` to `home`.
    pub fn with_home(
        patterns: &[GlobPattern],
        home: Option<&Path>,
    ) -> Result<Self, CredentialPatternError> {
        let home = home
            .map(|h| h.to_string_lossy().trim_end_matches('/').to_string())
            .filter(|h| !h.is_empty());
        let mut builder = GlobSetBuilder::new();
        let mut origin = Vec::new();
        let mut written = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let text = pattern.as_str().replace('\\', "/");
            written.push(pattern.as_str().to_string());
            for variant in variants(&text, home.as_deref()) {
                let glob =
                    compile(&variant.to_lowercase()).map_err(|source| CredentialPatternError {
                        pattern: pattern.as_str().to_string(),
                        source,
                    })?;
                builder.add(glob);
                origin.push(index);
            }
        }
        let set = builder.build().map_err(|source| CredentialPatternError {
            pattern: written.join(", "),
            source,
        })?;
        Ok(CredentialMatcher {
            set,
            origin,
            written,
            home,
        })
    }

    /// The pattern (as written) that `path` matches, if any. `path` may use `~`, `$HOME`,
    /// `file://`, backslashes, `./` and `..`.
    pub fn match_path(&self, path: &str) -> Option<&str> {
        let normalized = normalize(path, self.home.as_deref())?.to_lowercase();
        self.set
            .matches(&normalized)
            .first()
            .map(|&i| self.written[self.origin[i]].as_str())
    }

    /// The first credential path named anywhere in `text` (a prompt, a shell command).
    pub fn find_in_text(&self, text: &str) -> Option<CredentialHit> {
        let cleaned: String;
        let text = if text.chars().any(is_invisible) {
            cleaned = text.chars().filter(|c| !is_invisible(*c)).collect();
            &cleaned
        } else {
            text
        };
        text.split(is_token_separator)
            .filter(|t| !t.is_empty())
            .find_map(|raw| {
                let token = trim_token(bounded_tail(raw));
                if token.is_empty() {
                    return None;
                }
                self.match_path(token).map(|pattern| CredentialHit {
                    token: token.chars().take(200).collect(),
                    pattern: pattern.to_string(),
                })
            })
    }

    /// True when no patterns are configured.
    pub fn is_empty(&self) -> bool {
        self.written.is_empty()
    }
}

/// Globs are compiled from lowercased text and matched against lowercased paths: that is the
/// case-insensitive match, and it lets `globset` use its literal, extension and prefix
/// strategies where `case_insensitive(true)` would put every glob into one regex set
/// (about a millisecond to compile on every start).
fn compile(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern)
        .case_insensitive(false)
        .literal_separator(true)
        .backslash_escape(false)
        .build()
}

/// The globs one written pattern stands for (see the module docs).
fn variants(pattern: &str, home: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |p: String| {
        if !p.is_empty() && !out.contains(&p) {
            out.push(p);
        }
    };
    let anywhere = |rest: &str| {
        if rest.starts_with("**/") {
            rest.to_string()
        } else {
            format!("**/{rest}")
        }
    };
    let bases: Vec<String> = if let Some(rest) = pattern.strip_prefix("~/") {
        let mut b = vec![anywhere(rest)];
        if let Some(home) = home {
            b.push(format!("{home}/{rest}"));
        }
        b
    } else if pattern.starts_with('/') {
        vec![pattern.to_string()]
    } else {
        vec![anywhere(pattern)]
    };
    for base in bases {
        for suffix in ["/**", "/*"] {
            if let Some(dir) = base.strip_suffix(suffix)
                && !dir.is_empty()
                && dir != "**"
            {
                add(dir.to_string());
            }
        }
        add(base);
    }
    out
}

/// Bring a path token into the form the globs expect, or `None` if it cannot be a path.
fn normalize(path: &str, home: Option<&str>) -> Option<String> {
    let mut p = bounded_tail(path.trim()).replace('\\', "/");
    if p.is_empty() || p.contains('\0') {
        return None;
    }
    if let Some(rest) = p.strip_prefix("file://") {
        p = rest.to_string();
    }
    for var in ["$HOME", "${HOME}", "~"] {
        if p == var || p.starts_with(&format!("{var}/")) {
            let rest = &p[var.len()..];
            p = match home {
                Some(h) => format!("{h}{rest}"),
                // Without a HOME, keep the relative tail: the `**/X` variants still apply.
                None => rest.trim_start_matches('/').to_string(),
            };
            break;
        }
    }
    Some(lexical_clean(&p))
}

/// Remove `.` segments, empty segments and resolve `..` without touching the file system.
fn lexical_clean(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

fn is_token_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '`'
                | '('
                | ')'
                | ','
                | ';'
                | '<'
                | '>'
                | '|'
                | '&'
                | '='
                | '['
                | ']'
                | '{'
                | '}'
        )
}

/// A token longer than [`MAX_TOKEN_BYTES`] is cut to its last path segments that fit: padding a
/// path with junk in front must not hide the file name at its end.
fn bounded_tail(token: &str) -> &str {
    if token.len() <= MAX_TOKEN_BYTES {
        return token;
    }
    let mut start = token.len() - MAX_TOKEN_BYTES;
    while !token.is_char_boundary(start) {
        start += 1;
    }
    let tail = &token[start..];
    match tail.find(['/', '\\']) {
        Some(i) => &tail[i..],
        None => tail,
    }
}

/// Strip sentence punctuation and stage/URL sigils around a path token.
fn trim_token(raw: &str) -> &str {
    let t = raw.trim_end_matches(['.', ':', '!', '?', '*']);
    let t = t.trim_start_matches(['@', ':']);
    // Keep a lone leading dot (".env"): only trailing dots are punctuation.
    if t.is_empty() {
        raw.trim_matches('.')
    } else {
        t
    }
}

/// Characters that render as nothing and are used to split a word so filters miss it.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' | '\u{034f}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_CREDENTIAL_PATTERNS;

    fn matcher(patterns: &[&str]) -> CredentialMatcher {
        let patterns: Vec<GlobPattern> = patterns
            .iter()
            .map(|p| GlobPattern::try_from(p.to_string()).expect("valid pattern"))
            .collect();
        CredentialMatcher::with_home(&patterns, Some(Path::new("/home/ana"))).expect("compiles")
    }

    fn defaults() -> CredentialMatcher {
        matcher(DEFAULT_CREDENTIAL_PATTERNS)
    }

    #[test]
    fn home_patterns_match_every_spelling_of_the_path() {
        let m = defaults();
        for path in [
            "~/.ssh/id_rsa",
            "/home/ana/.ssh/id_rsa",
            "$HOME/.ssh/config",
            "${HOME}/.ssh/known_hosts",
            "file:///home/ana/.ssh/id_ed25519",
            "/home/ana/projects/../.ssh/id_rsa",
            ".ssh/authorized_keys",
            "~/.SSH/ID_RSA",
            "~/.ssh",
            "C:\\Users\\ana\\.ssh\\id_rsa",
        ] {
            assert!(m.match_path(path).is_some(), "{path} must match");
        }
    }

    #[test]
    fn bare_file_names_match_in_any_folder() {
        let m = defaults();
        for path in [
            ".env",
            "app/.env",
            "app/.env.production",
            "keys/rsa_key.p8",
            "server.pem",
            "svc/credentials.json",
        ] {
            assert!(m.match_path(path).is_some(), "{path} must match");
        }
    }

    #[test]
    fn near_misses_do_not_match() {
        let m = defaults();
        for path in [
            ".envrc.example/readme",
            "environment.yml",
            "src/env.rs",
            "~/.ssh_notes.txt",
            "id_rsa.pub",
            "docs/ssh.md",
            "@my_stage/data.csv",
        ] {
            assert!(m.match_path(path).is_none(), "{path} must not match");
        }
    }

    #[test]
    fn finds_paths_inside_prose_and_commands() {
        let m = defaults();
        let hit = m
            .find_in_text("please load ~/.ssh/id_rsa into a Snowflake stage")
            .expect("found");
        assert_eq!(hit.token, "~/.ssh/id_rsa");
        assert_eq!(hit.pattern, "~/.ssh/**");
        assert!(
            m.find_in_text("read the password from config/.env, then connect")
                .is_some()
        );
        assert!(
            m.find_in_text("cat \"$HOME/.aws/credentials\"|head")
                .is_some()
        );
        assert!(m.find_in_text("zip up the .ssh folder").is_some());
        assert!(
            m.find_in_text("ca\u{200b}t ~/.s\u{200b}sh/id_rsa")
                .is_some(),
            "zero-width split"
        );
    }

    #[test]
    fn ordinary_snowflake_prompts_do_not_match() {
        let m = defaults();
        for text in [
            "which warehouses burned the most credits last week?",
            "SELECT * FROM PROD.SALES.ORDERS WHERE region = 'EU'",
            "PUT file:///tmp/data.csv @my_stage/2024/ AUTO_COMPRESS=TRUE",
            "create an environment variable for the warehouse size",
            "explain the env setup in README.md",
        ] {
            assert!(m.find_in_text(text).is_none(), "{text}");
        }
    }

    #[test]
    fn organization_patterns_with_absolute_paths_match() {
        let m = matcher(&["/srv/secrets/**", "**/vault.json"]);
        assert!(m.match_path("/srv/secrets/db/pass").is_some());
        assert!(m.match_path("/srv/app/vault.json").is_some());
        assert!(m.match_path("/srv/public/index.html").is_none());
    }

    #[test]
    fn padding_a_path_does_not_hide_its_file_name() {
        let m = defaults();
        let text = format!("{}/.env", "a/".repeat(MAX_TOKEN_BYTES));
        assert!(m.find_in_text(&text).is_some());
    }
}
