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
//! Paths are matched however they are spelled: `~`, `$HOME`, `file://` (with or without
//! `localhost`), backslashes, `.`/`..` segments, repeated separators, percent-encoding
//! (`%7E%2F.ssh%2Fid_rsa`), and `a:b` pairs (`HEAD:.env`, `-v ~/.ssh:/root/.ssh`) part by part.
//! Symbolic links are not resolved here (this crate does no I/O): the tool-call engine asks the
//! runtime's resolver (`toolcall::Policy::with_path_resolver`) and matches the target too.
//!
//! Two kinds of files match the default patterns by name but hold no secret, and never match:
//! public keys (`id_rsa.pub`), environment templates (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`,
//! `.env.defaults`) and certificate bundles (`ca-bundle.pem`, `cacert.pem`, `fullchain.pem`, …:
//! [`is_public_certificate`]).
//!
//! A glob (`~/.s?h/id_*`, `/home/*/.aws/*`, `**/.env`) names every credential it could expand
//! to: each glob segment is tried as each literal segment of the patterns it matches, with
//! bash's rule that `*` and `?` do not match a leading dot. A segment that is only wildcards
//! (`ls *`, `du -sh *`) stands for credential names only inside a folder that itself holds
//! credentials (`~/.aws/*`), so listing a project folder is not a credential read. Text shaped
//! like a regular expression or code (`s/.*//s`, `f(*args)`) is not expanded.
//!
//! Failing closed means over-blocking a prompt that merely mentions such a path; that is the
//! intended trade.

use std::path::Path;
use std::sync::OnceLock;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use regex::Regex;

use crate::config::values::GlobPattern;

/// Longer tokens are cut to their tail (see [`bounded_tail`]), bounding the work per token.
const MAX_TOKEN_BYTES: usize = 4096;

/// The longest run of a glob's text that every match holds literally: no wildcard, class,
/// alternation or path separator in it (`.ssh` in `~/.ssh/**`, `.pem` in `**/*.pem`). `None`
/// when the glob has none (`**/*`).
fn longest_literal(glob: &str) -> Option<String> {
    glob.split(['*', '?', '[', ']', '{', '}', ',', '/', '~', '!'])
        .max_by_key(|piece| piece.len())
        .filter(|piece| !piece.is_empty())
        .map(str::to_string)
}

/// Most glob candidates tried per path.
const MAX_GLOB_CANDIDATES: usize = 64;

/// A compiled `credential_file_allowlist`.
#[derive(Debug, Clone)]
pub struct CredentialMatcher {
    /// The patterns' spellings (with `~` expanded, lowercased), compiled into one set on first
    /// use: most prompts name no path, and compiling the globs and the set's regex costs a
    /// `route` half a millisecond. The patterns were checked when the configuration was read
    /// (`GlobPattern`); the built-in ones by a test.
    globs: Vec<String>,
    /// `Err(i)` when the set failed to build: glob `i` does not compile, or the set as a whole
    /// hits a regex size limit (then `i` is 0). Every path is then refused, naming that pattern.
    set: OnceLock<Result<GlobSet, usize>>,
    /// A piece of literal text each pattern's matches hold (`.ssh`, `.pem`): a path holding
    /// none of them matches no pattern, without building the set. `None` when some pattern has
    /// no literal text (`**/*`).
    required: Option<Vec<String>>,
    /// For each glob in `globs`, the index of the pattern (as written) it came from.
    origin: Vec<usize>,
    written: Vec<String>,
    home: Option<String>,
    /// Literal path segments of the patterns (`.ssh`, `credentials`, `x.pem` for `*.pem`):
    /// what a glob segment is tried as.
    segments: Vec<Segment>,
}

/// A literal path segment of a pattern, whether it names a folder, and whether it stands for
/// a family of names (`x.pem` for `*.pem`) rather than one name (`secrets.yml`).
#[derive(Debug, Clone)]
struct Segment {
    text: String,
    folder: bool,
    generic: bool,
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
    /// Prepare `patterns`, expanding `~/` to `home`. Cannot fail: the patterns were checked
    /// when the configuration was read, and the globs are compiled on first use (a glob that
    /// still fails then refuses every path; see `match_one`).
    pub fn with_home(patterns: &[GlobPattern], home: Option<&Path>) -> Self {
        let home = home
            .map(|h| h.to_string_lossy().trim_end_matches('/').to_string())
            .filter(|h| !h.is_empty());
        let mut globs = Vec::new();
        let mut required = Some(Vec::new());
        let mut origin = Vec::new();
        let mut written = Vec::new();
        let mut segments: Vec<Segment> = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let text = pattern.as_str().replace('\\', "/");
            written.push(pattern.as_str().to_string());
            match longest_literal(&text.to_lowercase()) {
                Some(lit) => {
                    if let Some(list) = required.as_mut() {
                        list.push(lit);
                    }
                }
                None => required = None,
            }
            let parts: Vec<&str> = text.split('/').collect();
            for (i, seg) in parts.iter().enumerate() {
                if seg.is_empty() || *seg == "~" || *seg == "**" || seg.contains('[') {
                    continue;
                }
                let folder = i + 1 < parts.len();
                let generic = seg.contains(['*', '?']);
                let literal = seg.replace(['*', '?'], "x");
                match segments.iter_mut().find(|s| s.text == literal) {
                    Some(s) => {
                        s.folder |= folder;
                        s.generic |= generic;
                    }
                    None => segments.push(Segment {
                        text: literal,
                        folder,
                        generic,
                    }),
                }
            }
            for variant in variants(&text, home.as_deref()) {
                globs.push(variant.to_lowercase());
                origin.push(index);
            }
        }
        CredentialMatcher {
            globs,
            set: OnceLock::new(),
            required,
            origin,
            written,
            home,
            segments,
        }
    }

    /// The pattern (as written) that `path` matches, if any. `path` may use `~`, `$HOME`,
    /// `file://`, backslashes, `./` and `..`.
    pub fn match_path(&self, path: &str) -> Option<&str> {
        self.match_path_with(path, true)
    }

    /// [`CredentialMatcher::match_path`], with glob expansion only when `globs` (a word known to
    /// be a regular expression or a script, `sed '/.*/d'`, is matched as written).
    pub fn match_path_with(&self, path: &str, globs: bool) -> Option<&str> {
        if let Some(hit) = self.match_one(path) {
            return Some(hit);
        }
        if path.contains('%')
            && let Some(decoded) = percent_decode(path)
            && let Some(hit) = self.match_one(&decoded)
        {
            return Some(hit);
        }
        // `HEAD:.env`, `~/.ssh:/root/.ssh`, `host:~/.aws/credentials`: each side is a path.
        if path.contains(':') && !path.contains("://") {
            let hit = path
                .split(':')
                .filter(|p| !p.is_empty() && *p != path)
                .take(8)
                .find_map(|p| self.match_one(p));
            if hit.is_some() {
                return hit;
            }
        }
        if globs && path.contains(['*', '?', '[']) && glob_path_shaped(path) {
            return self
                .glob_candidates(path)
                .iter()
                .find_map(|c| self.match_one(c));
        }
        None
    }

    /// `token` with each glob segment replaced by what it could match (see the module docs).
    fn glob_candidates(&self, token: &str) -> Vec<String> {
        let token = token.replace('\\', "/");
        let mut candidates: Vec<String> = vec![String::new()];
        let mut credential_folder = false;
        for (i, seg) in token.split('/').enumerate() {
            let mut options: Vec<String> = Vec::new();
            if seg == "**" {
                options.push(String::new());
                options.push("x".to_string());
            } else if seg.contains(['*', '?', '[']) {
                let only_wild = seg.chars().all(|c| matches!(c, '*' | '?'));
                // `*.yml` names every YAML file, not `secrets.yml` in particular: a glob that
                // is only a wildcard and an extension stands for the families of names
                // (`*.pem`), not for one credential file that happens to share the extension.
                let extension_only = !only_wild
                    && seg.starts_with(['*', '?'])
                    && seg
                        .trim_start_matches(['*', '?'])
                        .strip_prefix('.')
                        .is_some_and(|ext| !ext.contains(['.', '*', '?', '[']));
                if !only_wild || credential_folder {
                    options.extend(
                        self.segments
                            .iter()
                            .filter(|s| {
                                (credential_folder || !extension_only || s.generic)
                                    && segment_matches(seg, &s.text)
                            })
                            .map(|s| s.text.clone()),
                    );
                }
                options.push(seg.replace(['*', '?'], "x").replace(['[', ']'], ""));
            } else {
                options.push(seg.to_string());
                if self
                    .segments
                    .iter()
                    .any(|s| s.folder && s.text.eq_ignore_ascii_case(seg))
                {
                    credential_folder = true;
                }
            }
            let mut next = Vec::new();
            'outer: for c in &candidates {
                for o in &options {
                    if next.len() >= MAX_GLOB_CANDIDATES {
                        break 'outer;
                    }
                    next.push(match (i, o.is_empty()) {
                        (0, _) => o.clone(),
                        (_, true) => c.clone(),
                        (_, false) => format!("{c}/{o}"),
                    });
                }
            }
            candidates = next;
        }
        candidates
    }

    fn match_one(&self, path: &str) -> Option<&str> {
        let normalized = normalize(path, self.home.as_deref())?.to_lowercase();
        let name = normalized.rsplit('/').next().unwrap_or("");
        if is_env_template(name) || is_public_certificate(name) || name.ends_with(".pub") {
            return None;
        }
        if let Some(required) = &self.required
            && !required.iter().any(|lit| normalized.contains(lit.as_str()))
        {
            return None;
        }
        let set = self.set.get_or_init(|| {
            let mut builder = GlobSetBuilder::new();
            for (i, glob) in self.globs.iter().enumerate() {
                builder.add(compile(glob).map_err(|_| i)?);
            }
            builder.build().map_err(|_| 0)
        });
        let set = match set {
            Ok(set) => set,
            // Fail closed: a set that cannot be built matches every path, naming the pattern
            // that broke it (there is one: an empty list builds).
            Err(bad) => {
                return self
                    .origin
                    .get(*bad)
                    .and_then(|&i| self.written.get(i))
                    .map(String::as_str);
            }
        };
        set.matches(&normalized)
            .first()
            .map(|&i| self.written[self.origin[i]].as_str())
    }

    /// The first credential path named anywhere in `text` (a prompt, a shell command).
    pub fn find_in_text(&self, text: &str) -> Option<CredentialHit> {
        self.find_in_text_with(text, true)
    }

    /// [`CredentialMatcher::find_in_text`], expanding globs only when `globs`.
    pub fn find_in_text_with(&self, text: &str, globs: bool) -> Option<CredentialHit> {
        let cleaned: String;
        let text = if text.chars().any(is_invisible) {
            cleaned = text.chars().filter(|c| !is_invisible(*c)).collect();
            &cleaned
        } else {
            text
        };
        let found = self.find_in_tokens(text.split(is_token_separator), globs);
        if found.is_some() || !globs || !text.contains('[') {
            return found;
        }
        // `~/.[s]sh/id_[re]*`: brackets split words everywhere else (markdown, arrays), but a
        // glob's character class belongs to its path.
        self.find_in_tokens(
            text.split(|c| is_token_separator(c) && c != '[' && c != ']')
                .filter(|t| t.contains('[')),
            globs,
        )
    }

    /// The first credential path among `tokens`.
    fn find_in_tokens<'t>(
        &self,
        tokens: impl Iterator<Item = &'t str>,
        globs: bool,
    ) -> Option<CredentialHit> {
        tokens.filter(|t| !t.is_empty()).find_map(|raw| {
            let token = trim_token(bounded_tail(raw));
            if token.is_empty() {
                return None;
            }
            self.match_path_with(token, globs)
                .or_else(|| {
                    // `~/.a"ws"/cre"dentials"`, `~/.n\etrc`: the shell removes the quotes
                    // and the backslashes before letters.
                    let unquoted = shell_unquoted(token)?;
                    self.match_path_with(&unquoted, globs)
                })
                .map(|pattern| CredentialHit {
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
        p = rest.strip_prefix("localhost").unwrap_or(rest).to_string();
    }
    // Windows names the home folder too (`%USERPROFILE%\.snowsql\config`, `$env:USERPROFILE`).
    for var in [
        "$HOME",
        "${HOME}",
        "~",
        "%USERPROFILE%",
        "%userprofile%",
        "%HOMEPATH%",
        "%HOME%",
        "$env:USERPROFILE",
        "${env:USERPROFILE}",
    ] {
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

/// A glob in free text worth expanding: shaped like a path (`~/.s?h/*`, `/home/*/.aws/*`,
/// `.env*`), not like a regular expression or code (`s/.*//s`, `f(*args)`).
fn glob_path_shaped(t: &str) -> bool {
    !t.contains("//")
        && !t.contains(['(', ')', '{', '}', '\\', '^', '+', '|'])
        && (t.starts_with(['/', '~', '.', '*', '?', '['])
            || t.starts_with("$HOME")
            || t.starts_with("${HOME}")
            || t.contains('/')
            || t.contains('.'))
}

/// Does the glob segment `pat` match the name `name`? `*`, `?` and `[…]` (with `!`/`^` and
/// ranges), case-insensitive, and a leading `.` must be matched literally (bash's rule).
fn segment_matches(pat: &str, name: &str) -> bool {
    let p: Vec<char> = pat.to_lowercase().chars().collect();
    let n: Vec<char> = name.to_lowercase().chars().collect();
    if n.first() == Some(&'.') && p.first() != Some(&'.') {
        return false;
    }
    let (mut pi, mut ni) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ni));
            pi += 1;
            continue;
        }
        if pi < p.len() {
            if p[pi] == '?' {
                pi += 1;
                ni += 1;
                continue;
            }
            if p[pi] == '['
                && let Some((matched, len)) = class_match(&p[pi..], n[ni])
            {
                if matched {
                    pi += len;
                    ni += 1;
                    continue;
                }
            } else if p[pi] == n[ni] {
                pi += 1;
                ni += 1;
                continue;
            }
        }
        match star {
            Some((sp, sn)) => {
                pi = sp + 1;
                ni = sn + 1;
                star = Some((sp, sn + 1));
            }
            None => return false,
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// `[abc]`, `[a-z]`, `[!x]` at the start of `p`: (does `c` match, length of the class).
fn class_match(p: &[char], c: char) -> Option<(bool, usize)> {
    let mut i = 1;
    let negate = matches!(p.get(1), Some('!' | '^'));
    if negate {
        i += 1;
    }
    let start = i;
    let mut matched = false;
    while i < p.len() && (p[i] != ']' || i == start) {
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|e| *e != ']') {
            if p[i] <= c && c <= p[i + 2] {
                matched = true;
            }
            i += 3;
        } else {
            if p[i] == c {
                matched = true;
            }
            i += 1;
        }
    }
    (i < p.len()).then_some((matched != negate, i + 1))
}

/// Commands that print or handle stored credentials: (program, words that must all appear). A
/// shell command naming one reads credentials (tool calls); a prompt naming one of those that
/// print them asks for them ([`prompt_names_secret_command`]).
#[rustfmt::skip]
pub const SECRET_COMMANDS: &[(&str, &[&str])] = &[
    ("security", &["find-generic-password"]),
    ("security", &["find-internet-password"]),
    ("security", &["dump-keychain"]),
    ("security", &["export"]),
    ("aws", &["configure", "export-credentials"]),
    ("aws", &["configure", "get", "aws_secret_access_key"]),
    ("aws", &["configure", "get", "aws_session_token"]),
    ("aws", &["sts", "get-session-token"]),
    ("aws", &["sts", "assume-role"]),
    ("aws", &["ecr", "get-login-password"]),
    ("aws", &["secretsmanager", "get-secret-value"]),
    ("aws", &["ssm", "get-parameter"]),
    ("aws", &["ssm", "get-parameters"]),
    ("gcloud", &["auth", "print-access-token"]),
    ("gcloud", &["auth", "print-identity-token"]),
    ("gcloud", &["secrets", "access"]),
    ("az", &["account", "get-access-token"]),
    ("az", &["keyvault", "secret", "show"]),
    ("gh", &["auth", "token"]),
    ("gh", &["auth", "status", "--show-token"]),
    ("glab", &["auth", "status", "-t"]),
    ("kubectl", &["config", "view", "--raw"]),
    ("kubectl", &["get", "secret"]),
    ("kubectl", &["get", "secrets"]),
    ("kubectl", &["describe", "secret"]),
    ("git", &["credential", "fill"]),
    ("git", &["credential-store", "get"]),
    ("pass", &["show"]),
    ("op", &["read"]),
    ("op", &["item", "get"]),
    ("vault", &["read"]),
    ("vault", &["kv", "get"]),
    ("secret-tool", &["lookup"]),
    ("keyring", &["get"]),
    ("bw", &["get"]),
    ("bw", &["export"]),
    ("lpass", &["show"]),
    ("lpass", &["export"]),
    ("keepassxc-cli", &["show"]),
    ("keepassxc-cli", &["export"]),
    ("gopass", &["show"]),
    ("gopass", &["cat"]),
    ("doppler", &["secrets", "get"]),
    ("doppler", &["secrets", "download"]),
    ("infisical", &["export"]),
    ("heroku", &["config"]),
    ("gpg", &["--export-secret-keys"]),
    ("gpg", &["--export-secret-subkeys"]),
    ("az", &["storage", "account", "keys", "list"]),
    ("heroku", &["auth:token"]),
    ("npm", &["token"]),
    ("snow", &["connection", "add"]),
    ("snow", &["connection", "remove"]),
    ("snow", &["connection", "set-default"]),
    ("snow", &["connection", "generate-jwt"]),
    ("docker", &["login"]),
    ("sops", &["-d"]),
    ("sops", &["--decrypt"]),
    ("sops", &["decrypt"]),
    ("sops", &["exec-env"]),
    ("gopass", &["show"]),
    ("gopass", &["cat"]),
    ("airflow", &["connections", "get"]),
    ("airflow", &["connections", "export"]),
    ("chamber", &["read"]),
    ("chamber", &["export"]),
    ("berglas", &["access"]),
    // Docker's credential helpers print the stored password for a registry given on stdin.
    ("docker-credential-desktop", &["get"]),
    ("docker-credential-osxkeychain", &["get"]),
    ("docker-credential-wincred", &["get"]),
    ("docker-credential-secretservice", &["get"]),
    ("docker-credential-pass", &["get"]),
    ("docker-credential-gcloud", &["get"]),
    ("docker-credential-ecr-login", &["get"]),
];

/// Variable names that only locate things; reading them exposes no secret.
const HARMLESS_VARIABLES: &[&str] = &[
    "HOME",
    "PATH",
    "USER",
    "LOGNAME",
    "PWD",
    "SHELL",
    "LANG",
    "LC_ALL",
    "TERM",
    "TMPDIR",
    "TZ",
    "HOSTNAME",
    "EDITOR",
    "PAGER",
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
    "PYTHONPATH",
    "NODE_ENV",
    "CI",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "SNOWFLAKE_ACCOUNT",
    "SNOWFLAKE_USER",
    "SNOWFLAKE_WAREHOUSE",
    "SNOWFLAKE_DATABASE",
    "SNOWFLAKE_SCHEMA",
    "SNOWFLAKE_ROLE",
];

/// True when an environment variable's name suggests it holds a secret (`SNOWFLAKE_PAT`,
/// `AWS_SECRET_ACCESS_KEY`, `GITHUB_TOKEN`, `DB_PASSWORD`).
pub fn secret_variable(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    if HARMLESS_VARIABLES.contains(&upper.as_str()) {
        return false;
    }
    // `RSA_PUBLIC_KEY_FP`, `SSH_KEY_FINGERPRINT`: a public key or its fingerprint is meant to
    // be shown; a name that also says private, password, secret or token still counts.
    let public_half = upper.contains("PUBLIC_KEY")
        || ["_FP", "_FINGERPRINT", "_PUB"]
            .iter()
            .any(|end| upper.ends_with(end));
    if public_half
        && !["PRIVATE", "PASSWORD", "SECRET", "TOKEN", "PASSPHRASE"]
            .iter()
            .any(|p| upper.contains(p))
    {
        return false;
    }
    const PARTS: &[&str] = &[
        "PAT",
        "TOKEN",
        "PASSWORD",
        "PASSWD",
        "PASS",
        "PWD",
        "SECRET",
        "PRIVATE",
        "CREDENTIAL",
        "CREDENTIALS",
        "APIKEY",
        "PASSPHRASE",
        "AUTH",
        "SESSION",
        "COOKIE",
        "KEY",
        "JWT",
        "BEARER",
    ];
    let parts: Vec<&str> = upper.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    parts.iter().any(|p| PARTS.contains(p))
        || [
            "PASSWORD",
            "SECRET",
            "TOKEN",
            "APIKEY",
            "PRIVATE_KEY",
            "ACCESS_KEY",
        ]
        .iter()
        .any(|p| upper.contains(p))
}

/// Programs in [`SECRET_COMMANDS`] that change stored credentials rather than print them: a
/// prompt may ask for those (`snow connection add`).
const CHANGES_CREDENTIALS: &[&str] = &["snow", "docker"];

/// The secret-printing command a prompt names (`pass show snowflake/prod`, `op read op://…`,
/// `git credential fill`), as written: the program, then its first required word next (options
/// may come between), and the others within a few words.
pub fn prompt_names_secret_command(prompt: &str) -> Option<String> {
    let tokens: Vec<&str> = prompt
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '`' | '"' | '\'' | '(' | ')' | ',' | ';' | '|' | '&')
        })
        .filter(|t| !t.is_empty())
        .collect();
    for (k, token) in tokens.iter().enumerate() {
        let program = token.rsplit('/').next().unwrap_or(token);
        // `k`: the usual alias for kubectl.
        let program = if program == "k" { "kubectl" } else { program };
        for (name, need) in SECRET_COMMANDS {
            if CHANGES_CREDENTIALS.contains(name) || !program.eq_ignore_ascii_case(name) {
                continue;
            }
            let rest: Vec<&str> = tokens[k + 1..]
                .iter()
                .take(8)
                .copied()
                .filter(|t| !t.starts_with('-') || need.iter().any(|w| w.eq_ignore_ascii_case(t)))
                .collect();
            let first_next = match (need.first(), rest.first()) {
                (Some(w), Some(t)) => t.eq_ignore_ascii_case(w),
                _ => false,
            };
            // `kubectl get secrets` lists names; only an output format shows the values
            // (`-o yaml`, `-o jsonpath=…`), and `describe` shows sizes only. (Tool calls keep
            // treating both as secret reads: the gate cannot see what the output holds.)
            let shows_values = name != &"kubectl"
                || need.first() == Some(&"config")
                || (need.first() == Some(&"get")
                    && tokens[k + 1..].iter().take(12).any(|t| {
                        let t = t.to_ascii_lowercase();
                        t.starts_with("-o") || t.starts_with("--output") || t.contains("base64")
                    }));
            if first_next
                && shows_values
                && need
                    .iter()
                    .all(|w| rest.iter().any(|t| t.eq_ignore_ascii_case(w)))
            {
                return Some(format!("{name} {}", need.join(" ")));
            }
        }
        // `terraform output -raw svc_private_key`: an output whose name says it holds a secret
        // is printed in clear (other outputs are ordinary values).
        if program.eq_ignore_ascii_case("terraform")
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.eq_ignore_ascii_case("output"))
            && let Some(output) = tokens[k + 2..]
                .iter()
                .take(4)
                .find(|t| !t.starts_with('-') && secret_variable(t))
        {
            return Some(format!("terraform output {output}"));
        }
    }
    None
}

/// Environment-file templates: named like `.env.*`, hold no secret.
const ENV_TEMPLATES: &[&str] = &[
    ".env.example",
    ".env.sample",
    ".env.template",
    ".env.dist",
    ".env.defaults",
    // 1Password's `op run --env-file=.env.tpl` and Go-template conventions: references to
    // secrets (`op://vault/item/field`), not secrets.
    ".env.tpl",
    ".env.tmpl",
];

/// An environment-file template by name (`.env.example`, `config/.env.sample`).
pub fn is_env_template_name(path: &str) -> bool {
    let name = path
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(path)
        .to_ascii_lowercase();
    is_env_template(&name)
}

/// `.env.example`, and its copies (`.env.example.bak`, `.env.sample.orig`): a template with
/// more suffixes is still a template. `.env.bak.example` is not (a backup of `.env`).
fn is_env_template(name: &str) -> bool {
    ENV_TEMPLATES.iter().any(|t| {
        name == *t
            || name.strip_prefix(t).is_some_and(|rest| {
                // `.env.example.bak`, or a word glued on (`.env.example-Datei`).
                (rest.starts_with('.') || rest.starts_with('-')) && !rest.contains("env")
            })
    })
}

/// A certificate bundle or public certificate (`ca-bundle.pem`, `cacert.pem`, `fullchain.pem`,
/// `root-ca.pem`, `server-ca.crt`): public by nature. A name mentioning a key never is.
pub fn is_public_certificate(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    if n.contains("key") || n.contains("priv") || n.contains("secret") {
        return false;
    }
    let Some(stem) = n
        .strip_suffix(".pem")
        .or_else(|| n.strip_suffix(".crt"))
        .or_else(|| n.strip_suffix(".cer"))
    else {
        return false;
    };
    const PUBLIC: &[&str] = &[
        "ca",
        "cacert",
        "cacerts",
        "ca-bundle",
        "ca_bundle",
        "cabundle",
        "ca-certificates",
        "ca-certs",
        "chain",
        "fullchain",
        "cert",
        "certificate",
        "rootca",
        "root-ca",
        "root_ca",
        "intermediate",
        "trust",
        "truststore",
    ];
    PUBLIC.contains(&stem)
        || [
            "-ca", "_ca", "-chain", "_chain", "-bundle", "_bundle", "-cert", "_cert",
        ]
        .iter()
        .any(|suffix| stem.ends_with(suffix))
}

/// `token` as the shell reads it: quotes removed, a backslash before a letter or a dot
/// dropped. `None` when there is nothing to remove (a Windows path keeps its backslashes: the
/// caller matched it as written first).
fn shell_unquoted(token: &str) -> Option<String> {
    if !token.contains(['"', '\'', '\\']) {
        return None;
    }
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {}
            '\\' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '.') => {}
            c => out.push(c),
        }
    }
    (out != token).then_some(out)
}

/// `text` with every word that has a quote or an escaped letter inside it read as the shell
/// reads it (`cat ~/.a"ws"/cre"dentials"` → `cat ~/.aws/credentials`); `None` when no word has.
pub fn shell_unquoted_text(text: &str) -> Option<String> {
    if !text.contains(['"', '\'', '\\']) {
        return None;
    }
    let mut changed = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|word| {
            let inner = word.trim_matches(['"', '\'']);
            let quoted_inside =
                inner.contains(['"', '\'']) || (inner.len() < word.len() && word.contains('/'));
            let escaped = word.contains('\\') && !word.contains(":\\");
            match (quoted_inside || escaped)
                .then(|| shell_unquoted(word))
                .flatten()
            {
                Some(w) => {
                    changed = true;
                    w
                }
                None => word.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// `%7E%2F.ssh` → `~/.ssh`; `None` when nothing was encoded or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut changed = false;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).and_then(|c| (*c as char).to_digit(16)),
                b.get(i + 2).and_then(|c| (*c as char).to_digit(16)),
            )
        {
            out.push((h * 16 + l) as u8);
            changed = true;
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    if !changed {
        return None;
    }
    let decoded = String::from_utf8(out).ok()?;
    // Doubly encoded (`%257E`): decode once more.
    Some(percent_decode(&decoded).unwrap_or(decoded))
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

/// `text` with quoted fragments joined where code concatenates them (`'~/.s' + 'sh/id_rsa'`,
/// `'.git-' || 'credentials'`, `".env" . ".local"`), when it does: the path is assembled at run
/// time.
///
/// Unquoted pieces joined by ` + ` are joined too (`~/.snow + flake/ + connections + .toml (join
/// those pieces)`): the joined text is only searched for credential paths, so joining pieces that
/// were never meant as one finds nothing new.
pub fn joined_fragments(text: &str) -> Option<String> {
    if !text.contains(['+', '|', '.', '&']) {
        return None;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    static BARE: OnceLock<Option<Regex>> = OnceLock::new();
    let quoted = RE
        .get_or_init(|| Regex::new(r#"["']\s*(?:\+|\|\||\.\.|\.|&)\s*["']"#).ok())
        .as_ref()?;
    let bare = BARE
        .get_or_init(|| Regex::new(r"(\S)[ \t]+\+[ \t]+(\S)").ok())
        .as_ref()?;
    let text = if text.contains(['\'', '"']) && quoted.is_match(text) {
        std::borrow::Cow::Owned(quoted.replace_all(text, "").into_owned())
    } else if bare.is_match(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        return None;
    };
    // Matches overlap (`a + b + c` at `b`), so join until nothing is left, a bounded number of
    // times (each round halves the pieces).
    let mut joined = text.into_owned();
    for _ in 0..8 {
        if !bare.is_match(&joined) {
            break;
        }
        joined = bare.replace_all(&joined, "$1$2").into_owned();
    }
    Some(joined)
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
        CredentialMatcher::with_home(&patterns, Some(Path::new("/home/ana")))
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
    fn the_literal_prefilter_never_hides_a_match() {
        assert_eq!(longest_literal("~/.ssh/**").as_deref(), Some(".ssh"));
        assert_eq!(longest_literal("**/*.pem").as_deref(), Some(".pem"));
        assert_eq!(longest_literal("**/*"), None);
        // A pattern with no literal text turns the prefilter off: it matches everything.
        let m = matcher(&["**/*", "~/.ssh/**"]);
        assert!(m.required.is_none());
        assert!(m.match_path("notes/todo.txt").is_some());
        let m = matcher(&["**/secret{s,}.y*ml", "~/.aws/**"]);
        assert!(m.match_path("deploy/secrets.yaml").is_some());
        assert!(m.match_path("/home/ana/.aws/config").is_some());
        assert!(m.match_path("deploy/values.yaml").is_none());
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
    fn a_glob_that_does_not_compile_refuses_every_path_and_names_itself() {
        // Unreachable through configuration (`GlobPattern::try_from` rejects it first); the
        // matcher must still fail closed if a pattern ever gets past that check.
        let patterns = [
            GlobPattern::built_in("~/.ssh/**"),
            GlobPattern::built_in("**/x[.pem"),
        ];
        let m = CredentialMatcher::with_home(&patterns, Some(Path::new("/home/ana")));
        assert_eq!(m.match_path("/srv/app/x.pem"), Some("**/x[.pem"));
        assert_eq!(m.match_path("/home/ana/.ssh/id_rsa"), Some("**/x[.pem"));
    }

    #[test]
    fn globs_name_what_they_could_expand_to() {
        let m = defaults();
        for path in [
            "~/.s?h/id_*",
            "~/.aws/cred*",
            "/home/*/.aws/*",
            "/home/ana/**/.env",
            "~/**/*.p8",
            "~/.ssh/*",
        ] {
            assert!(m.match_path(path).is_some(), "{path} must match");
        }
        for path in [
            "*",
            "**/*.sql",
            "models/**/*.yml",
            "*.md",
            "s/.*//s",
            "data/*",
        ] {
            assert!(m.match_path(path).is_none(), "{path} must not match");
        }
    }

    #[test]
    fn glob_segments_follow_bash() {
        assert!(segment_matches(".s?h", ".ssh"));
        assert!(segment_matches("id_*", "id_rsa"));
        assert!(segment_matches("cred*", "credentials"));
        assert!(segment_matches("[ab]c", "bc"));
        assert!(segment_matches("[!a]c", "bc"));
        assert!(
            !segment_matches("*", ".ssh"),
            "a leading dot needs a literal dot"
        );
        assert!(segment_matches(".*", ".ssh"));
        assert!(!segment_matches("*.sql", "x.pem"));
    }

    #[test]
    fn encoded_and_paired_spellings_match() {
        let m = defaults();
        for path in [
            "%7E%2F.ssh%2Fid_rsa",
            "%257E%252F.ssh%252Fid_rsa",
            "HEAD:.env",
            "~/.ssh:/root/.ssh",
            "file://localhost/home/ana/.aws/credentials",
            "~/.snowsql/config",
            "~/.config/snowflake/config.toml",
            "~/.dbt/profiles.yml",
            ".streamlit/secrets.toml",
            "~/.git-credentials",
            "~/.docker/config.json",
            "certs/client.p12",
            "C:\\deploy\\signing.pfx",
            "secrets/server.key",
            "/proc/self/environ",
            "/proc/4242/environ",
        ] {
            assert!(m.match_path(path).is_some(), "{path} must match");
        }
    }

    #[test]
    fn templates_and_public_certificates_do_not_match() {
        let m = defaults();
        for path in [
            ".env.example",
            "config/.env.sample",
            "docker/.env.template",
            ".env.example.bak",
            "deploy/.env.sample.orig",
            "certs/ca-bundle.pem",
            "/etc/ssl/cacert.pem",
            "live/fullchain.pem",
            "terraform/kms_key.tf",
        ] {
            assert!(m.match_path(path).is_none(), "{path} must not match");
        }
        assert!(m.match_path("certs/ca-key.pem").is_some());
        assert!(m.match_path("certs/server.pem").is_some());
        // A backup of the real file, named to look like a template, is still the real file.
        for path in [
            ".env.bak",
            ".env.example-env",
            ".env.production",
            ".env.local",
        ] {
            assert!(m.match_path(path).is_some(), "{path} must match");
        }
    }

    #[test]
    fn padding_a_path_does_not_hide_its_file_name() {
        let m = defaults();
        let text = format!("{}/.env", "a/".repeat(MAX_TOKEN_BYTES));
        assert!(m.find_in_text(&text).is_some());
    }
}
