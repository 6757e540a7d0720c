//! Validated value types for configuration keys.
//!
//! Each type checks itself while the YAML is parsed (`TryFrom` / custom `Deserialize`), so a bad
//! value is reported with the file, line and column where it was written, and the valid choices.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::envelope::Envelope;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// `security.approval_mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalMode {
    /// Ask a person (terminal) or hand back an approval ticket. The strictest.
    Prompt,
    /// Approve the predicted tools automatically; requires a writable audit log.
    Auto,
    /// Skip tool prediction and rely on the envelope; requires a writable audit log. The loosest.
    EnvelopeOnly,
}

impl ApprovalMode {
    /// 0 is strictest. Used by the floor rule in `merge`.
    pub fn strictness_rank(self) -> u8 {
        match self {
            ApprovalMode::Prompt => 0,
            ApprovalMode::Auto => 1,
            ApprovalMode::EnvelopeOnly => 2,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ApprovalMode::Prompt => "prompt",
            ApprovalMode::Auto => "auto",
            ApprovalMode::EnvelopeOnly => "envelope_only",
        }
    }
}

impl fmt::Display for ApprovalMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `cortex.protocol`: how Cortex is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    /// The gate when the installed Cortex supports it, print mode otherwise.
    Auto,
    /// Only the gate: a Cortex without it is refused.
    Gate,
    /// Only print mode (`cortex -p`, the stream tripwire alone).
    Print,
}

impl Protocol {
    /// 0 is strictest: requiring the gate, then preferring it, then print mode only.
    pub fn strictness_rank(self) -> u8 {
        match self {
            Protocol::Gate => 0,
            Protocol::Auto => 1,
            Protocol::Print => 2,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protocol::Auto => "auto",
            Protocol::Gate => "gate",
            Protocol::Print => "print",
        })
    }
}

/// `hooks.envelope`: the envelope the Cortex PreToolUse hook judges sessions cortex-route did not
/// start by. Any envelope but `NONE`: a hook that lets everything through is no hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct HookEnvelope(Envelope);

impl HookEnvelope {
    pub const fn new_unchecked(envelope: Envelope) -> Self {
        HookEnvelope(envelope)
    }

    pub fn get(self) -> Envelope {
        self.0
    }
}

impl fmt::Display for HookEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> Deserialize<'de> for HookEnvelope {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Envelope::deserialize(d)? {
            Envelope::None => Err(de::Error::custom(
                "`NONE` cannot be the hook's envelope (it would allow every call); valid: RO, RW, RESEARCH, DEPLOY",
            )),
            other => Ok(HookEnvelope(other)),
        }
    }
}

/// `cortex.llm_endpoint`: which Cortex REST endpoint the LLM classifier calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LlmEndpoint {
    /// `POST /api/v2/cortex/inference:complete`, with a structured-output schema.
    Complete,
    /// `POST /api/v2/cortex/v1/chat/completions`, the OpenAI-shaped endpoint.
    ChatCompletions,
}

impl LlmEndpoint {
    pub fn as_str(self) -> &'static str {
        match self {
            LlmEndpoint::Complete => "complete",
            LlmEndpoint::ChatCompletions => "chat_completions",
        }
    }
}

impl fmt::Display for LlmEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `security.ticket_approval`: who may approve an approval ticket, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketApproval {
    /// `cortex-route approve` needs a terminal (a person at the keyboard).
    Terminal,
    /// `approve` may run without a terminal when the agent's own permission prompt asks a person
    /// first (Claude Code's "ask" rule for `cortex-route approve`).
    AgentUi,
}

impl fmt::Display for TicketApproval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TicketApproval::Terminal => "terminal",
            TicketApproval::AgentUi => "agent_ui",
        })
    }
}

/// `gate.on_deny`: what a denial at the gate does to the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnDeny {
    /// Cortex is told why and goes on (the run can still finish, exit 0).
    Continue,
    /// The run ends at the first denial (exit 5).
    Stop,
}

impl fmt::Display for OnDeny {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OnDeny::Continue => "continue",
            OnDeny::Stop => "stop",
        })
    }
}

/// `TryFrom` (which serde uses) keeping a number newtype within its range, with the error a
/// config check prints; `From` back to the number; `Display` as the number.
macro_rules! bounded_number {
    ($name:ident($inner:ty), $v:ident in $range:expr, $($msg:tt)+) => {
        impl TryFrom<$inner> for $name {
            type Error = String;
            fn try_from($v: $inner) -> Result<Self, String> {
                if ($range).contains(&$v) {
                    Ok($name($v))
                } else {
                    Err(format!($($msg)+))
                }
            }
        }

        impl From<$name> for $inner {
            fn from(n: $name) -> $inner {
                n.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

/// Milliseconds within which an announced tool call must reach the gate (`gate.ask_within_ms`):
/// 10 to 60,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u64")]
pub struct Millis(u64);

impl Millis {
    pub const fn new_unchecked(v: u64) -> Self {
        Millis(v)
    }
    pub fn duration(self) -> std::time::Duration {
        std::time::Duration::from_millis(self.0)
    }
}

bounded_number!(Millis(u64), v in 10..=60_000, "must be from 10 to 60000 milliseconds, got {v}");

/// `routing.classifier`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassifierMode {
    /// The LLM when credentials are configured, the heuristic otherwise or on failure.
    Auto,
    /// Always try the LLM first (still falls back to the heuristic on failure).
    Llm,
    /// Never call the network.
    Heuristic,
}

impl fmt::Display for ClassifierMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClassifierMode::Auto => "auto",
            ClassifierMode::Llm => "llm",
            ClassifierMode::Heuristic => "heuristic",
        })
    }
}

/// A number between 0 and 1 inclusive (confidences, thresholds).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Fraction(f64);

impl Fraction {
    pub const fn new_unchecked(v: f64) -> Self {
        Fraction(v)
    }
    pub fn get(self) -> f64 {
        self.0
    }
}

bounded_number!(Fraction(f64), v in 0.0..=1.0, "must be a number from 0.0 to 1.0, got {v}");

/// Whole seconds, 1 to 86 400 (timeouts, TTLs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u64")]
pub struct Seconds(u64);

impl Seconds {
    pub const MAX: u64 = 86_400 * 7;
    pub const fn new_unchecked(v: u64) -> Self {
        Seconds(v)
    }
    pub fn get(self) -> u64 {
        self.0
    }
}

bounded_number!(Seconds(u64), v in 1..=Self::MAX, "must be from 1 to {} seconds, got {v}", Self::MAX);

/// Fractional seconds for short network timeouts (`routing.timeout_seconds`): 0.1 to 120.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct ShortTimeout(f64);

impl ShortTimeout {
    pub const fn new_unchecked(v: f64) -> Self {
        ShortTimeout(v)
    }
    pub fn duration(self) -> std::time::Duration {
        std::time::Duration::from_secs_f64(self.0)
    }
}

bounded_number!(ShortTimeout(f64), v in 0.1..=120.0, "must be from 0.1 to 120 seconds, got {v}");

/// A size such as `10MB`, `512KiB` or a plain number of bytes. KB/MB/GB are binary (1024-based),
/// like the reference skill's rotation setting. Between 1 KiB and 1 TiB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByteSize {
    bytes: u64,
    text: String,
}

impl ByteSize {
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        let split = t
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len());
        let (number, unit) = t.split_at(split);
        let number: f64 = number.parse().map_err(|_| {
            format!("`{text}` is not a size; write a number with an optional unit, e.g. \"10MB\"")
        })?;
        let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
            "" | "b" => 1,
            "k" | "kb" | "kib" => 1 << 10,
            "m" | "mb" | "mib" => 1 << 20,
            "g" | "gb" | "gib" => 1 << 30,
            other => {
                return Err(format!(
                    "unknown size unit `{other}` (valid: B, KB, MB, GB, KiB, MiB, GiB)"
                ));
            }
        };
        let bytes = number * multiplier as f64;
        if !(1024.0..=(1u64 << 40) as f64).contains(&bytes) {
            return Err(format!("`{text}` is out of range: from 1KB to 1024GB"));
        }
        Ok(ByteSize {
            bytes: bytes as u64,
            text: t.to_string(),
        })
    }
}

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for ByteSize {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for ByteSize {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct SizeVisitor;
        impl Visitor<'_> for SizeVisitor {
            type Value = ByteSize;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a size such as \"10MB\" or a number of bytes")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ByteSize, E> {
                ByteSize::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<ByteSize, E> {
                ByteSize::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ByteSize, E> {
                ByteSize::parse(&v.to_string()).map_err(E::custom)
            }
        }
        d.deserialize_any(SizeVisitor)
    }
}

/// File permissions for cache entries, written as an octal string (`"0600"`). Only owner bits are
/// allowed, and the owner must be able to read: a cache that others can read is a leak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileMode(u32);

impl FileMode {
    pub const fn new_unchecked(mode: u32) -> Self {
        FileMode(mode)
    }
    pub fn get(self) -> u32 {
        self.0
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        let digits = t.strip_prefix("0o").unwrap_or(t);
        let mode = u32::from_str_radix(digits, 8).map_err(|_| {
            format!("`{text}` is not an octal mode; write it quoted, e.g. \"0600\"")
        })?;
        if mode & 0o077 != 0 {
            return Err(format!(
                "`{text}` gives group or other users access; use \"0600\" or \"0400\""
            ));
        }
        if mode & 0o400 == 0 || mode > 0o700 {
            return Err(format!("`{text}` is not usable; use \"0600\" or \"0400\""));
        }
        Ok(FileMode(mode))
    }
}

impl fmt::Display for FileMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04o}", self.0)
    }
}

impl Serialize for FileMode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for FileMode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ModeVisitor;
        impl Visitor<'_> for ModeVisitor {
            type Value = FileMode;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an octal file mode string such as \"0600\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FileMode, E> {
                FileMode::parse(v).map_err(E::custom)
            }
            // An unquoted 0600 may arrive as the decimal 600 (YAML 1.2) or as 384 (YAML 1.1).
            // Guessing is how a typo becomes world-readable; insist on quotes instead.
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FileMode, E> {
                Err(E::custom(format!(
                    "file modes must be quoted strings, e.g. \"0{v:o}\" or \"0600\" (got the number {v})"
                )))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FileMode, E> {
                Err(E::custom(format!(
                    "file modes must be quoted strings such as \"0600\" (got the number {v})"
                )))
            }
        }
        d.deserialize_any(ModeVisitor)
    }
}

/// A path as written (`~/x`, `$HOME/x`, `${XDG_STATE_HOME}/x`) and as expanded when loaded.
///
/// An undefined variable is an error, not an empty string: `$UNSET/audit.log` must not quietly
/// become `/audit.log`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigPath {
    written: String,
    expanded: PathBuf,
}

impl ConfigPath {
    pub fn new(written: &str) -> Result<Self, String> {
        let expanded = expand_path(written, &|name| std::env::var(name).ok())?;
        Ok(ConfigPath {
            written: written.to_string(),
            expanded,
        })
    }

    pub fn path(&self) -> &Path {
        &self.expanded
    }

    pub fn written(&self) -> &str {
        &self.written
    }
}

impl fmt::Display for ConfigPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.expanded.display())
    }
}

impl Serialize for ConfigPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.expanded.to_string_lossy())
    }
}

impl<'de> Deserialize<'de> for ConfigPath {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ConfigPath::new(&s).map_err(de::Error::custom)
    }
}

/// Expand a leading `~` and `$VAR` / `${VAR}` anywhere. `lookup` resolves variables (and `HOME`).
pub fn expand_path(
    written: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<PathBuf, String> {
    if written.trim().is_empty() {
        return Err("a path cannot be empty".to_string());
    }
    if written.contains('\0') {
        return Err("a path cannot contain NUL".to_string());
    }
    let home = || {
        lookup("HOME")
            .filter(|h| !h.is_empty())
            .ok_or_else(|| "`~` used but HOME is not set".to_string())
    };
    let mut out = String::with_capacity(written.len() + 16);
    let rest = if written == "~" {
        out.push_str(&home()?);
        ""
    } else if let Some(rest) = written.strip_prefix("~/") {
        out.push_str(&home()?);
        out.push('/');
        rest
    } else if written.starts_with('~') {
        return Err(format!(
            "`{written}`: only `~/` (your own home) is supported, not `~user`"
        ));
    } else {
        written
    };
    let mut chars = rest.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '$' {
            out.push(c);
            continue;
        }
        let braced = chars.peek().is_some_and(|&(_, n)| n == '{');
        if braced {
            chars.next();
        }
        let mut name = String::new();
        while let Some(&(_, n)) = chars.peek() {
            if n.is_ascii_alphanumeric() || n == '_' {
                name.push(n);
                chars.next();
            } else {
                break;
            }
        }
        if braced && chars.next().map(|(_, n)| n) != Some('}') {
            return Err(format!("`{written}`: unclosed `${{` in path"));
        }
        if name.is_empty() {
            return Err(format!(
                "`{written}`: `$` must be followed by a variable name"
            ));
        }
        match lookup(&name) {
            Some(v) if !v.is_empty() => out.push_str(&v),
            _ => {
                return Err(format!(
                    "`{written}`: environment variable `{name}` is not set"
                ));
            }
        }
    }
    Ok(PathBuf::from(out))
}

/// A glob for `credential_file_allowlist`, checked for syntax when loaded (the guard compiles the
/// set once per run, with `~` expanded and case folded).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct GlobPattern(String);

impl GlobPattern {
    /// A built-in pattern, not parsed again: checking every default by building its glob cost
    /// a tenth of a millisecond on each start. Callers pass only constants that the test
    /// `every_default_credential_pattern_is_a_valid_glob` parses.
    pub(crate) fn built_in(pattern: &'static str) -> Self {
        GlobPattern(pattern.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for GlobPattern {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let t = s.trim();
        if t.is_empty() {
            return Err("a credential pattern cannot be empty".to_string());
        }
        if t.len() > 1024 {
            return Err("a credential pattern is limited to 1024 characters".to_string());
        }
        let probe = t.strip_prefix("~/").unwrap_or(t);
        globset::Glob::new(probe).map_err(|e| format!("invalid glob `{t}`: {e}"))?;
        Ok(GlobPattern(t.to_string()))
    }
}

impl From<GlobPattern> for String {
    fn from(g: GlobPattern) -> String {
        g.0
    }
}

impl fmt::Display for GlobPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A regular expression from configuration (routing rules, extra guard and tripwire rules),
/// checked for syntax and size when loaded. Matching is case-insensitive where it is used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RegexPattern(String);

impl RegexPattern {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for RegexPattern {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        if s.is_empty() {
            return Err("a pattern cannot be empty (it would match everything)".to_string());
        }
        if s.len() > 4096 {
            return Err("a pattern is limited to 4096 characters".to_string());
        }
        regex::RegexBuilder::new(&s)
            .case_insensitive(true)
            .size_limit(1 << 20)
            .build()
            .map_err(|e| format!("invalid regular expression: {e}"))?;
        Ok(RegexPattern(s))
    }
}

impl From<RegexPattern> for String {
    fn from(r: RegexPattern) -> String {
        r.0
    }
}

impl fmt::Display for RegexPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A short identifier-like string (model names, connection names, binary names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Name(String);

impl Name {
    pub fn new_unchecked(s: &str) -> Self {
        Name(s.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Name {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        if s.trim().is_empty() {
            return Err("cannot be empty".to_string());
        }
        if s.len() > 256 || s.chars().any(char::is_control) {
            return Err("must be at most 256 printable characters".to_string());
        }
        Ok(Name(s))
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An environment variable name (`cortex.pat_env`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EnvVarName(String);

impl EnvVarName {
    pub fn new_unchecked(s: &str) -> Self {
        EnvVarName(s.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EnvVarName {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let mut chars = s.chars();
        let ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
            && s.len() <= 128;
        if ok {
            Ok(EnvVarName(s))
        } else {
            Err(format!(
                "`{s}` is not an environment variable name (letters, digits, `_`)"
            ))
        }
    }
}

impl From<EnvVarName> for String {
    fn from(n: EnvVarName) -> String {
        n.0
    }
}

impl fmt::Display for EnvVarName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `cortex.account_url`: `https://…`, or `http://` to a loopback address only (tests, proxies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AccountUrl(String);

impl AccountUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AccountUrl {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let url = url::Url::parse(s.trim()).map_err(|e| format!("`{s}` is not a URL: {e}"))?;
        let loopback = matches!(url.host(), Some(url::Host::Domain("localhost")))
            || match url.host() {
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                _ => false,
            };
        match url.scheme() {
            "https" => {}
            "http" if loopback => {}
            "http" => {
                return Err(format!(
                    "`{s}`: plain http is allowed only for loopback; use https://"
                ));
            }
            other => return Err(format!("`{s}`: unsupported scheme `{other}`; use https://")),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(
                "the account URL must not contain credentials; use cortex.pat_env".to_string(),
            );
        }
        Ok(AccountUrl(s.trim().trim_end_matches('/').to_string()))
    }
}

impl From<AccountUrl> for String {
    fn from(u: AccountUrl) -> String {
        u.0
    }
}

impl fmt::Display for AccountUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `security.audit_sink.mode`: whether audit records are shipped to the organization's Snowflake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SinkMode {
    /// Nothing is shipped.
    Off,
    /// Shipped after runs and by `audit ship`; a failure never changes an exit code.
    BestEffort,
    /// As `best_effort`, and `auto`/`envelope_only` runs refuse to start while the unshipped
    /// backlog is older than `max_unshipped_age`; retention never deletes unshipped files.
    Required,
}

impl SinkMode {
    /// 0 is strictest. Used by the floor rule in `merge`.
    pub fn strictness_rank(self) -> u8 {
        match self {
            SinkMode::Required => 0,
            SinkMode::BestEffort => 1,
            SinkMode::Off => 2,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SinkMode::Off => "off",
            SinkMode::BestEffort => "best_effort",
            SinkMode::Required => "required",
        }
    }
}

impl fmt::Display for SinkMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `security.audit_sink.content`: what of each line leaves the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SinkContent {
    /// The exact line: Snowflake can recompute every `entry_hash`.
    Full,
    /// Only the line's `prev_hash` and `entry_hash` (its last 160 bytes): links and gaps can be
    /// checked there, edits to a line's content cannot.
    HashesOnly,
}

impl fmt::Display for SinkContent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SinkContent::Full => "full",
            SinkContent::HashesOnly => "hashes_only",
        })
    }
}

/// A Snowflake identifier written without quotes (`AUDIT_DB`, `cortex_route_audit`): a letter or
/// `_`, then letters, digits, `_` or `$`, at most 255 characters. Only this form is accepted
/// because the table name is written into the SQL text of every shipment: anything that needs
/// quoting could also end the identifier early.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SqlIdent(String);

impl SqlIdent {
    pub fn new_unchecked(s: &str) -> Self {
        SqlIdent(s.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// How Snowflake stores an unquoted identifier (upper case), which is how the SQL API's
    /// `warehouse` and `role` fields must spell it ("case-sensitive and must match the case of
    /// the field returned by a SQL SHOW command", docs.snowflake.com developer-guide/sql-api/
    /// submitting-requests).
    pub fn resolved(&self) -> String {
        self.0.to_ascii_uppercase()
    }
}

impl TryFrom<String> for SqlIdent {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let mut chars = s.chars();
        let ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
            && s.len() <= 255;
        if ok {
            Ok(SqlIdent(s))
        } else {
            Err(format!(
                "`{}` is not an unquoted Snowflake identifier (a letter or `_`, then letters, digits, `_`, `$`)",
                s.chars().take(80).collect::<String>()
            ))
        }
    }
}

impl From<SqlIdent> for String {
    fn from(n: SqlIdent) -> String {
        n.0
    }
}

impl fmt::Display for SqlIdent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Records in one shipment (`security.audit_sink.batch_max_records`): 1 to 10 000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u64")]
pub struct RecordCount(u32);

impl RecordCount {
    pub const MAX: u32 = 10_000;
    pub const fn new_unchecked(v: u32) -> Self {
        RecordCount(v)
    }
    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<u64> for RecordCount {
    type Error = String;
    fn try_from(v: u64) -> Result<Self, String> {
        match u32::try_from(v) {
            Ok(n) if (1..=Self::MAX).contains(&n) => Ok(RecordCount(n)),
            _ => Err(format!("must be from 1 to {}, got {v}", Self::MAX)),
        }
    }
}

impl From<RecordCount> for u64 {
    fn from(c: RecordCount) -> u64 {
        u64::from(c.0)
    }
}

impl fmt::Display for RecordCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The size of one shipment (`security.audit_sink.batch_max_bytes`): a [`ByteSize`] from 1 KiB to
/// 8 MiB. The whole batch travels as one JSON text that Snowflake parses into one VARIANT, whose
/// documented limit is 16 MB; 8 MiB leaves room for JSON escaping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchBytes(ByteSize);

impl BatchBytes {
    pub const MAX: u64 = 8 << 20;
    pub fn parse(text: &str) -> Result<Self, String> {
        let size = ByteSize::parse(text)?;
        if size.bytes() > Self::MAX {
            return Err(format!("`{text}` is too large: at most 8MiB"));
        }
        Ok(BatchBytes(size))
    }
    pub fn bytes(&self) -> u64 {
        self.0.bytes()
    }
}

impl fmt::Display for BatchBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for BatchBytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for BatchBytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let size = ByteSize::deserialize(d)?;
        if size.bytes() > Self::MAX {
            return Err(de::Error::custom(format!(
                "`{size}` is too large: at most 8MiB"
            )));
        }
        Ok(BatchBytes(size))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_numbers_keep_their_range_and_say_it() {
        assert_eq!(
            Millis::try_from(5).unwrap_err(),
            "must be from 10 to 60000 milliseconds, got 5"
        );
        assert_eq!(u64::from(Millis::try_from(10).unwrap()), 10);
        assert_eq!(
            Seconds::try_from(0).unwrap_err(),
            format!("must be from 1 to {} seconds, got 0", Seconds::MAX)
        );
        assert!(Seconds::try_from(Seconds::MAX).is_ok());
        assert_eq!(
            Fraction::try_from(1.5).unwrap_err(),
            "must be a number from 0.0 to 1.0, got 1.5"
        );
        assert_eq!(ShortTimeout::try_from(0.5).unwrap().to_string(), "0.5");
        assert!(ShortTimeout::try_from(121.0).is_err());
    }

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn expands_tilde_and_variables() {
        let lookup = env(&[("HOME", "/home/ana"), ("LOGS", "/var/log")]);
        assert_eq!(
            expand_path("~/a", &lookup).unwrap(),
            PathBuf::from("/home/ana/a")
        );
        assert_eq!(
            expand_path("$LOGS/x/${HOME}/y", &lookup).unwrap(),
            PathBuf::from("/var/log/x//home/ana/y")
        );
    }

    #[test]
    fn unset_variable_is_an_error_not_an_empty_string() {
        let err = expand_path("$NOPE/audit.log", &env(&[])).unwrap_err();
        assert!(err.contains("NOPE"), "{err}");
    }

    #[test]
    fn other_users_home_is_refused() {
        assert!(expand_path("~root/x", &env(&[("HOME", "/h")])).is_err());
    }

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(ByteSize::parse("10MB").unwrap().bytes(), 10 << 20);
        assert_eq!(ByteSize::parse("512 KiB").unwrap().bytes(), 512 << 10);
        assert_eq!(ByteSize::parse("2048").unwrap().bytes(), 2048);
        assert!(
            ByteSize::parse("10XB")
                .unwrap_err()
                .contains("valid: B, KB")
        );
        assert!(ByteSize::parse("12").is_err(), "below 1KB");
    }

    #[test]
    fn file_modes_must_not_open_the_cache_to_others() {
        assert_eq!(FileMode::parse("0600").unwrap().get(), 0o600);
        assert!(FileMode::parse("0644").is_err());
        assert!(FileMode::parse("0200").is_err());
        assert!(FileMode::parse("rw").is_err());
    }

    #[test]
    fn account_url_requires_https_except_loopback() {
        assert!(
            AccountUrl::try_from("https://acme-prod.snowflakecomputing.com".to_string()).is_ok()
        );
        assert!(AccountUrl::try_from("http://127.0.0.1:8080".to_string()).is_ok());
        assert!(AccountUrl::try_from("http://localhost:8080".to_string()).is_ok());
        assert!(AccountUrl::try_from("http://acme.snowflakecomputing.com".to_string()).is_err());
        assert!(AccountUrl::try_from("https://u:p@acme.example".to_string()).is_err());
    }

    #[test]
    fn bad_regex_and_glob_are_rejected() {
        assert!(RegexPattern::try_from("(unclosed".to_string()).is_err());
        assert!(RegexPattern::try_from(String::new()).is_err());
        assert!(GlobPattern::try_from("**/[.env".to_string()).is_err());
        assert!(GlobPattern::try_from("~/.ssh/**".to_string()).is_ok());
    }

    #[test]
    fn every_default_credential_pattern_is_a_valid_glob() {
        for p in crate::config::DEFAULT_CREDENTIAL_PATTERNS {
            let parsed = GlobPattern::try_from((*p).to_string());
            assert_eq!(parsed, Ok(GlobPattern::built_in(p)), "{p}");
        }
    }

    #[test]
    fn sink_values_are_checked() {
        assert!(SqlIdent::try_from("AUDIT_DB".to_string()).is_ok());
        assert!(SqlIdent::try_from("_x$1".to_string()).is_ok());
        for bad in ["", "1abc", "a.b", "a;drop table x", "\"q\"", "a b"] {
            assert!(SqlIdent::try_from(bad.to_string()).is_err(), "{bad}");
        }
        assert_eq!(SqlIdent::new_unchecked("Audit_wh").resolved(), "AUDIT_WH");
        assert!(RecordCount::try_from(0).is_err());
        assert!(RecordCount::try_from(10_001).is_err());
        assert_eq!(BatchBytes::parse("1MiB").unwrap().bytes(), 1 << 20);
        assert!(BatchBytes::parse("9MB").is_err());
        assert!(SinkMode::Required.strictness_rank() < SinkMode::BestEffort.strictness_rank());
    }
}
