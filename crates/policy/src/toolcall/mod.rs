//! The tripwire: the decision taken on every `tool_use` event Cortex streams, before the next line
//! is read. When it says [`Verdict::Trip`], the caller kills the Cortex process group.
//!
//! [`check`] is pure (same call, envelope, list and policy → same verdict) and denies when unsure:
//! input it cannot read trips `unparsable_input`, an unknown tool in a read-only envelope trips
//! `unknown_tool`, unknown SQL counts as a write.
//!
//! Checks, in order (the first that fails is reported):
//!
//! | # | rule | trips when | envelopes |
//! | --- | --- | --- | --- |
//! | 1 | `unparsable_input` | the input is over [`MAX_INPUT_BYTES`] of text, nests deeper than [`MAX_INPUT_DEPTH`], a shell or SQL text is over its size or nesting limit, or a shell/SQL tool has no command/SQL field | all |
//! | 2 | `blocked_tool` | the tool is in `disallowed` as a whole tool (`Bash`, `web_fetch`), or a `Tool(pattern)` entry matches any part of the call (see [`pattern`]) | all |
//! | 3 | `credential_path` | a path field, any shell word or redirect target, a `file://` path in SQL, or (unknown tools) any string names a path matching `security.credential_file_allowlist` | all |
//! | 4 | `org_sql_rule` / `org_shell_rule` | a `security.blocked_sql_patterns` / `blocked_shell_patterns` regex (case-insensitive) matches a statement (as written or with comments removed) or a command | all |
//! | 5 | `shell_not_allowed` | a shell call (or an unknown tool's `command` field); `file_write` instead when the command writes a file (a `>`/`>>` redirection other than `/dev/null`, `tee`) | RO, RESEARCH |
//! | 5 | `shell_destructive` | a destructive command anywhere in the call ([`shell`]) | RW, DEPLOY |
//! | 5 | `file_write` | a file-writing tool; in RW/DEPLOY only a write to a device file | RO, RESEARCH (RW, DEPLOY) |
//! | 5 | `web_access` | a web tool, or an unknown tool's URL field | RO, RW |
//! | 5 | `sql_write` / `sql_destructive` / `sql_account_change` | SQL (from a SQL tool, an unknown tool's SQL field, `snow sql`/`snowsql` in a shell command, SQL strings in inline code) worse than the envelope allows: RO/RESEARCH reads only, RW no destructive, DEPLOY no account-level ([`sql`]) | RO, RESEARCH, RW, DEPLOY |
//! | 5 | `unknown_tool` | a tool not in the [`kinds`] table whose name does not clearly announce a read (RO, RESEARCH), announces destruction (RW) or an account-level change (DEPLOY) | RO, RESEARCH, RW, DEPLOY |
//!
//! `NONE` checks only 1–4. `detail` is the offending statement, command, path or URL, raw but
//! bounded to [`MAX_DETAIL_CHARS`]; the caller redacts secrets before printing or auditing it.

pub mod kinds;
pub mod pattern;
pub mod shell;
pub mod sql;

use std::fmt;
use std::path::Path;

use globset::GlobBuilder;
use regex::{Regex, RegexBuilder};
use serde::Serialize;
use serde_json::Value;

use crate::config::Security;
use crate::config::values::RegexPattern;
use crate::envelope::Envelope;
use crate::guard::credentials::{CredentialMatcher, CredentialPatternError};
use crate::tools::{canonical, same_tool};
use kinds::{COMMAND_FIELDS, PATH_FIELDS, SQL_FIELDS, ToolKind, URL_FIELDS};
use sql::SqlClass;

/// Longest `detail` in a [`Trip`].
pub const MAX_DETAIL_CHARS: usize = 500;
/// Most text (all string values together) in one tool call's input.
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// Deepest nesting of objects and arrays in one tool call's input.
pub const MAX_INPUT_DEPTH: usize = 32;
/// Most string values in one tool call's input.
const MAX_INPUT_STRINGS: usize = 10_000;
/// Paths a glob in a shell word is tried as (see [`Policy`]).
const MAX_GLOB_CANDIDATES: usize = 64;

/// A `tool_use` as streamed by Cortex.
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

/// Why a call was stopped: the `tripwire` part of the JSON output and of the audit record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trip {
    /// The tool as Cortex named it.
    pub tool: String,
    pub rule: Rule,
    /// The offending statement, command, path or URL (raw, at most [`MAX_DETAIL_CHARS`]).
    pub detail: String,
}

/// The rule a call broke (see the module docs for the table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    BlockedTool,
    SqlWrite,
    SqlDestructive,
    SqlAccountChange,
    ShellDestructive,
    ShellNotAllowed,
    FileWrite,
    CredentialPath,
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
            Rule::SqlAccountChange => "sql_account_change",
            Rule::ShellDestructive => "shell_destructive",
            Rule::ShellNotAllowed => "shell_not_allowed",
            Rule::FileWrite => "file_write",
            Rule::CredentialPath => "credential_path",
            Rule::WebAccess => "web_access",
            Rule::OrgSqlRule => "org_sql_rule",
            Rule::OrgShellRule => "org_shell_rule",
            Rule::UnknownTool => "unknown_tool",
            Rule::UnparsableInput => "unparsable_input",
            Rule::InternalError => "internal_error",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A policy that cannot be compiled.
#[derive(Debug, thiserror::Error)]
pub enum TripwireError {
    #[error(transparent)]
    Credentials(#[from] CredentialPatternError),
    #[error("security.{key} pattern `{pattern}` cannot be compiled: {source}")]
    OrgPattern {
        key: &'static str,
        pattern: String,
        #[source]
        source: regex::Error,
    },
}

/// The parts of the configuration the tripwire needs, compiled once per run.
#[derive(Debug, Clone)]
pub struct Policy {
    credentials: CredentialMatcher,
    /// Literal path segments of the credential patterns (`.ssh`, `credentials.json`, and `x.pem`
    /// for `*.pem`): what a glob in a shell word (`~/.s*/id_rsa`) is tried as.
    literal_segments: Vec<String>,
    blocked_sql: Vec<Regex>,
    blocked_shell: Vec<Regex>,
    home: Option<String>,
}

impl Policy {
    /// Compile the credential patterns, with `~` meaning `home`, and the organization's extra
    /// SQL and shell rules.
    pub fn from_settings(
        security: &Security,
        home: Option<&Path>,
    ) -> Result<Policy, TripwireError> {
        let credentials = CredentialMatcher::with_home(&security.credential_file_allowlist, home)?;
        Self::build(credentials, security, home)
    }

    fn build(
        credentials: CredentialMatcher,
        security: &Security,
        home: Option<&Path>,
    ) -> Result<Policy, TripwireError> {
        let mut literal_segments: Vec<String> = Vec::new();
        for p in &security.credential_file_allowlist {
            for seg in p.as_str().split(['/', '\\']) {
                let seg = if seg.contains(['*', '?', '[']) {
                    if seg == "**" || seg.contains(['?', '[']) {
                        continue;
                    }
                    seg.replace('*', "x")
                } else {
                    seg.to_string()
                };
                if !seg.is_empty() && seg != "~" && !literal_segments.contains(&seg) {
                    literal_segments.push(seg);
                }
            }
        }
        Ok(Policy {
            credentials,
            literal_segments,
            blocked_sql: compile("blocked_sql_patterns", &security.blocked_sql_patterns)?,
            blocked_shell: compile("blocked_shell_patterns", &security.blocked_shell_patterns)?,
            home: home
                .map(|h| h.to_string_lossy().trim_end_matches('/').to_string())
                .filter(|h| !h.is_empty()),
        })
    }

    /// The credential path `value` names, if any. With `whole`, `value` is one path; otherwise
    /// it is text (a shell word, a prompt-like string) searched for paths.
    fn credential_hit(&self, value: &str, whole: bool) -> Option<String> {
        if whole && self.credentials.match_path(value).is_some() {
            return Some(value.to_string());
        }
        if let Some(hit) = self.credentials.find_in_text(value) {
            return Some(hit.token);
        }
        // A glob (`cat ~/.s*/id_rsa`) names whatever it expands to.
        value
            .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '=' | '<' | '>'))
            .filter(|t| t.contains(['*', '?', '[']))
            .find_map(|t| {
                self.glob_candidates(t)
                    .into_iter()
                    .find(|c| self.credentials.match_path(c).is_some())
                    .map(|_| t.to_string())
            })
    }

    /// `token` with each glob segment replaced by the credential segments it matches.
    fn glob_candidates(&self, token: &str) -> Vec<String> {
        let mut candidates = vec![String::new()];
        for (i, seg) in token.split('/').enumerate() {
            let mut options = vec![seg.to_string()];
            if seg.contains(['*', '?', '['])
                && let Ok(glob) = GlobBuilder::new(seg)
                    .case_insensitive(true)
                    .literal_separator(true)
                    .build()
            {
                let m = glob.compile_matcher();
                options.extend(
                    self.literal_segments
                        .iter()
                        .filter(|l| m.is_match(l.as_str()))
                        .cloned(),
                );
            }
            let mut next = Vec::new();
            'outer: for c in &candidates {
                for o in &options {
                    if next.len() >= MAX_GLOB_CANDIDATES {
                        break 'outer;
                    }
                    next.push(if i == 0 {
                        o.clone()
                    } else {
                        format!("{c}/{o}")
                    });
                }
            }
            candidates = next;
        }
        candidates
    }

    fn expand_home(&self, s: &str) -> String {
        match (&self.home, s.strip_prefix("~/")) {
            (Some(home), Some(rest)) => format!("{home}/{rest}"),
            _ => s.to_string(),
        }
    }
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

/// Decide whether `call` may run in `envelope`. `disallowed` is the exact list passed to Cortex
/// as `--disallowed-tools` (whole tools like `Bash`, `WebFetch` and patterns like
/// `Bash(rm -rf *)`). Pure; denies when unsure.
pub fn check(
    call: &ToolCall<'_>,
    envelope: Envelope,
    disallowed: &[String],
    policy: &Policy,
) -> Verdict {
    match decide(call, envelope, disallowed, policy) {
        Ok(()) => Verdict::Allow,
        Err(trip) => Verdict::Trip(trip),
    }
}

/// A string value of the input and the (canonical) name of the field that holds it.
struct Field<'a> {
    key: String,
    value: &'a str,
}

/// What a call would do, as far as the rules care.
#[derive(Default)]
struct Facts<'a> {
    shell: Vec<(&'a str, shell::Analysis)>,
    sql: Vec<(&'a str, sql::Analysis)>,
    /// Values that are paths.
    paths: Vec<&'a str>,
    /// Values searched for credential paths as text.
    texts: Vec<&'a str>,
    urls: Vec<&'a str>,
}

fn decide(
    call: &ToolCall<'_>,
    envelope: Envelope,
    disallowed: &[String],
    policy: &Policy,
) -> Result<(), Trip> {
    let tool = call.name;
    let trip = |rule: Rule, detail: &str| Trip {
        tool: tool.to_string(),
        rule,
        detail: bounded(detail),
    };
    let fields = collect(call.input).map_err(|why| trip(Rule::UnparsableInput, &why))?;
    let entries: Vec<pattern::Entry<'_>> = disallowed
        .iter()
        .filter(|d| same_tool(d, tool))
        .map(|d| pattern::parse(d))
        .collect();
    // A whole-tool block needs no parsing of what the call says.
    if entries.iter().any(|e| e.pattern.is_none()) {
        return Err(trip(Rule::BlockedTool, primary(&fields).unwrap_or(tool)));
    }
    let kind = kinds::kind_of(tool);
    let facts = gather(kind, tool, &fields).map_err(|why| trip(Rule::UnparsableInput, &why))?;
    check_patterns(&entries, kind, &facts, &fields, policy)
        .map_err(|detail| trip(Rule::BlockedTool, &detail))?;
    check_credentials(&facts, policy).map_err(|hit| trip(Rule::CredentialPath, &hit))?;
    check_org_rules(&facts, policy).map_err(|(rule, detail)| trip(rule, &detail))?;
    check_envelope(kind, tool, envelope, &facts).map_err(|(rule, detail)| trip(rule, &detail))
}

/// Every string value of the input, bounded in size, count and depth.
fn collect(input: &Value) -> Result<Vec<Field<'_>>, String> {
    fn walk<'a>(
        v: &'a Value,
        key: &str,
        depth: usize,
        out: &mut Vec<Field<'a>>,
        bytes: &mut usize,
    ) -> Result<(), String> {
        if depth > MAX_INPUT_DEPTH {
            return Err(format!(
                "tool input nests deeper than {MAX_INPUT_DEPTH} levels"
            ));
        }
        match v {
            Value::String(s) => {
                *bytes += s.len();
                if *bytes > MAX_INPUT_BYTES {
                    return Err(format!(
                        "tool input has more than {MAX_INPUT_BYTES} bytes of text"
                    ));
                }
                if out.len() >= MAX_INPUT_STRINGS {
                    return Err(format!(
                        "tool input has more than {MAX_INPUT_STRINGS} text values"
                    ));
                }
                out.push(Field {
                    key: key.to_string(),
                    value: s,
                });
            }
            Value::Array(items) => {
                for item in items {
                    walk(item, key, depth + 1, out, bytes)?;
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    *bytes += k.len();
                    walk(item, &canonical(k), depth + 1, out, bytes)?;
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
        Ok(())
    }
    let mut out = Vec::new();
    let mut bytes = 0;
    walk(input, "", 0, &mut out, &mut bytes)?;
    Ok(out)
}

/// The value that best says what a call does, for `detail`.
fn primary<'a>(fields: &[Field<'a>]) -> Option<&'a str> {
    [COMMAND_FIELDS, SQL_FIELDS, PATH_FIELDS, URL_FIELDS]
        .iter()
        .find_map(|keys| {
            fields
                .iter()
                .find(|f| keys.contains(&f.key.as_str()))
                .map(|f| f.value)
        })
        .or_else(|| fields.first().map(|f| f.value))
}

fn values_of<'a>(fields: &[Field<'a>], keys: &[&str]) -> Vec<&'a str> {
    fields
        .iter()
        .filter(|f| keys.contains(&f.key.as_str()) || f.key.is_empty())
        .map(|f| f.value)
        .collect()
}

fn analyze_shell<'a>(facts: &mut Facts<'a>, text: &'a str) -> Result<(), String> {
    let analysis = shell::analyze(text).map_err(|e| e.to_string())?;
    facts.shell.push((text, analysis));
    Ok(())
}

fn analyze_sql<'a>(facts: &mut Facts<'a>, text: &'a str) -> Result<(), String> {
    let analysis = sql::analyze(text).map_err(|e| e.to_string())?;
    facts.sql.push((text, analysis));
    Ok(())
}

fn gather<'a>(kind: ToolKind, tool: &str, fields: &[Field<'a>]) -> Result<Facts<'a>, String> {
    let mut facts = Facts::default();
    match kind {
        ToolKind::Shell => {
            let commands = values_of(fields, COMMAND_FIELDS);
            if commands.is_empty() {
                return Err("shell call without a `command` field".to_string());
            }
            for c in commands {
                analyze_shell(&mut facts, c)?;
            }
        }
        ToolKind::Sql => {
            let statements = values_of(fields, SQL_FIELDS);
            if statements.is_empty() {
                return Err("SQL call without a `sql`, `query` or `statement` field".to_string());
            }
            for s in statements {
                analyze_sql(&mut facts, s)?;
            }
        }
        ToolKind::FileRead | ToolKind::FileWrite => {
            facts.paths = values_of(fields, PATH_FIELDS);
            if canonical(tool) == "glob" {
                facts.paths.extend(values_of(fields, &["pattern"]));
            }
        }
        ToolKind::Web => facts.urls = values_of(fields, URL_FIELDS),
        ToolKind::Agent => {}
        ToolKind::Unknown => {
            for f in fields {
                let key = f.key.as_str();
                if COMMAND_FIELDS.contains(&key) {
                    analyze_shell(&mut facts, f.value)?;
                }
                if SQL_FIELDS.contains(&key) {
                    analyze_sql(&mut facts, f.value)?;
                }
                let v = f.value.trim_start();
                let is_url = v
                    .get(..8)
                    .is_some_and(|p| p.eq_ignore_ascii_case("https://"))
                    || v.get(..7)
                        .is_some_and(|p| p.eq_ignore_ascii_case("http://"));
                if URL_FIELDS.contains(&key) || is_url {
                    facts.urls.push(f.value);
                }
                if PATH_FIELDS.contains(&key) {
                    facts.paths.push(f.value);
                } else {
                    facts.texts.push(f.value);
                }
            }
        }
    }
    Ok(facts)
}

/// `Tool(pattern)` entries, matched against every part of the call. Err: the matching part.
fn check_patterns(
    entries: &[pattern::Entry<'_>],
    kind: ToolKind,
    facts: &Facts<'_>,
    fields: &[Field<'_>],
    policy: &Policy,
) -> Result<(), String> {
    for p in entries.iter().filter_map(|e| e.pattern) {
        for (text, analysis) in &facts.shell {
            if pattern::matches(p, text.trim()) {
                return Err(text.to_string());
            }
            for c in analysis.commands.iter().filter(|c| !c.words.is_empty()) {
                if pattern::matches(p, &c.normalized()) || pattern::matches(p, &c.raw) {
                    return Err(c.raw.clone());
                }
            }
        }
        let upper = p.to_ascii_uppercase();
        for (text, analysis) in &facts.sql {
            if pattern::matches(&upper, &text.trim().to_ascii_uppercase()) {
                return Err(text.to_string());
            }
            for s in &analysis.statements {
                if pattern::matches(&upper, &s.text.to_ascii_uppercase())
                    || pattern::matches(&upper, &s.normalized.to_ascii_uppercase())
                {
                    return Err(s.text.clone());
                }
            }
        }
        for url in &facts.urls {
            let hit = pattern::domain_matches(p, url).unwrap_or_else(|| pattern::matches(p, url));
            if hit {
                return Err(url.to_string());
            }
        }
        let expanded = policy.expand_home(p);
        for path in &facts.paths {
            let path_expanded = policy.expand_home(path);
            if pattern::matches(p, path) || pattern::matches(&expanded, &path_expanded) {
                return Err(path.to_string());
            }
        }
        if matches!(kind, ToolKind::Agent | ToolKind::Unknown) {
            for f in fields {
                if pattern::matches(p, f.value) {
                    return Err(f.value.to_string());
                }
            }
        }
    }
    Ok(())
}

/// Every place a call can name a file. Err: the credential path named.
fn check_credentials(facts: &Facts<'_>, policy: &Policy) -> Result<(), String> {
    let hit = |v: &str, whole: bool| policy.credential_hit(v, whole).map_or(Ok(()), Err);
    for p in &facts.paths {
        hit(p, true)?;
    }
    for t in facts.texts.iter().chain(&facts.urls) {
        hit(t, false)?;
    }
    for (_, analysis) in &facts.shell {
        for c in &analysis.commands {
            for t in c.texts() {
                hit(t, false)?;
            }
        }
        for code in &analysis.code {
            hit(code, false)?;
        }
        for e in &analysis.sql {
            if let shell::SqlSource::Text(t) = &e.source {
                for p in local_paths(t) {
                    hit(p, true)?;
                }
            }
        }
    }
    for (text, _) in &facts.sql {
        for p in local_paths(text) {
            hit(p, true)?;
        }
    }
    Ok(())
}

/// `file://…` paths in SQL text (`PUT`/`GET` read and write local files).
fn local_paths(sql: &str) -> impl Iterator<Item = &str> {
    let lower = sql.to_ascii_lowercase();
    let starts: Vec<usize> = lower.match_indices("file:").map(|(i, _)| i).collect();
    starts.into_iter().filter_map(move |i| {
        let rest = sql.get(i..)?;
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '\'' | '"' | ';' | ')'))
            .unwrap_or(rest.len());
        Some(&rest[..end])
    })
}

fn check_org_rules(facts: &Facts<'_>, policy: &Policy) -> Result<(), (Rule, String)> {
    let sql_hit = |text: &str, normalized: Option<&str>| {
        policy
            .blocked_sql
            .iter()
            .any(|r| r.is_match(text) || normalized.is_some_and(|n| r.is_match(n)))
    };
    let check_sql_text = |text: &str| -> Result<(), (Rule, String)> {
        if sql_hit(text, None) {
            return Err((Rule::OrgSqlRule, text.to_string()));
        }
        if let Ok(analysis) = sql::analyze(text) {
            for s in &analysis.statements {
                if sql_hit(&s.text, Some(&s.normalized)) {
                    return Err((Rule::OrgSqlRule, s.text.clone()));
                }
            }
        }
        Ok(())
    };
    if !policy.blocked_sql.is_empty() {
        for (text, analysis) in &facts.sql {
            if sql_hit(text, None) {
                return Err((Rule::OrgSqlRule, text.to_string()));
            }
            for s in &analysis.statements {
                if sql_hit(&s.text, Some(&s.normalized)) {
                    return Err((Rule::OrgSqlRule, s.text.clone()));
                }
            }
        }
        for (_, analysis) in &facts.shell {
            for e in &analysis.sql {
                if let shell::SqlSource::Text(t) = &e.source {
                    check_sql_text(t)?;
                }
            }
        }
    }
    if !policy.blocked_shell.is_empty() {
        let shell_hit = |t: &str| policy.blocked_shell.iter().any(|r| r.is_match(t));
        for (text, analysis) in &facts.shell {
            if shell_hit(text) {
                return Err((Rule::OrgShellRule, text.to_string()));
            }
            for c in analysis.commands.iter().filter(|c| !c.words.is_empty()) {
                if shell_hit(&c.raw) || shell_hit(&c.normalized()) {
                    return Err((Rule::OrgShellRule, c.raw.clone()));
                }
            }
        }
    }
    Ok(())
}

fn check_envelope(
    kind: ToolKind,
    tool: &str,
    envelope: Envelope,
    facts: &Facts<'_>,
) -> Result<(), (Rule, String)> {
    if envelope == Envelope::None {
        return Ok(());
    }
    let read_only = matches!(envelope, Envelope::Ro | Envelope::Research);
    match kind {
        ToolKind::Shell => check_shell(envelope, facts),
        ToolKind::Sql => check_sql(envelope, facts),
        ToolKind::FileWrite => {
            let target = facts.paths.first().copied().unwrap_or(tool);
            if read_only {
                return Err((Rule::FileWrite, target.to_string()));
            }
            match facts.paths.iter().find(|p| is_device_file(p)) {
                Some(p) => Err((Rule::FileWrite, p.to_string())),
                None => Ok(()),
            }
        }
        ToolKind::Web => {
            if matches!(envelope, Envelope::Ro | Envelope::Rw) {
                let target = facts.urls.first().copied().unwrap_or(tool);
                return Err((Rule::WebAccess, target.to_string()));
            }
            Ok(())
        }
        ToolKind::FileRead | ToolKind::Agent => Ok(()),
        ToolKind::Unknown => {
            let untrusted = match envelope {
                Envelope::Ro | Envelope::Research => !kinds::clearly_read_only(tool),
                Envelope::Rw => kinds::announces_destruction(tool),
                Envelope::Deploy => kinds::announces_account_change(tool),
                Envelope::None => false,
            };
            if untrusted {
                return Err((Rule::UnknownTool, tool.to_string()));
            }
            check_shell(envelope, facts)?;
            check_sql(envelope, facts)?;
            if matches!(envelope, Envelope::Ro | Envelope::Rw)
                && let Some(url) = facts.urls.first()
            {
                return Err((Rule::WebAccess, url.to_string()));
            }
            Ok(())
        }
    }
}

fn check_shell(envelope: Envelope, facts: &Facts<'_>) -> Result<(), (Rule, String)> {
    let Some((first, _)) = facts.shell.first() else {
        return Ok(());
    };
    match envelope {
        Envelope::None => Ok(()),
        Envelope::Ro | Envelope::Research => {
            // A write is the more specific reason: say it.
            for (_, analysis) in &facts.shell {
                if let Some(target) = analysis.writes().next() {
                    return Err((Rule::FileWrite, target.to_string()));
                }
            }
            Err((Rule::ShellNotAllowed, first.to_string()))
        }
        Envelope::Rw | Envelope::Deploy => {
            for (_, analysis) in &facts.shell {
                if let Some(f) = analysis.findings.first() {
                    return Err((Rule::ShellDestructive, f.command.clone()));
                }
            }
            for (_, analysis) in &facts.shell {
                for e in &analysis.sql {
                    let (class, detail) = match &e.source {
                        shell::SqlSource::Text(t) => match sql::analyze(t) {
                            Ok(a) => match a.worst() {
                                Some(s) => (s.class, s.evidence.clone()),
                                None => (SqlClass::Read, e.command.clone()),
                            },
                            Err(err) => {
                                return Err((
                                    Rule::UnparsableInput,
                                    format!("{err}: {}", e.command),
                                ));
                            }
                        },
                        shell::SqlSource::Unseen => (SqlClass::Write, e.command.clone()),
                        shell::SqlSource::Class(c) => (*c, e.command.clone()),
                        shell::SqlSource::Unreadable(err) => {
                            return Err((Rule::UnparsableInput, format!("{err}: {}", e.command)));
                        }
                    };
                    sql_limit(envelope, class, &detail)?;
                }
            }
            Ok(())
        }
    }
}

fn check_sql(envelope: Envelope, facts: &Facts<'_>) -> Result<(), (Rule, String)> {
    for (_, analysis) in &facts.sql {
        if let Some(worst) = analysis.worst() {
            sql_limit(envelope, worst.class, &worst.evidence)?;
        }
    }
    Ok(())
}

/// The worst SQL class each envelope allows.
pub fn sql_allowed(envelope: Envelope) -> SqlClass {
    match envelope {
        Envelope::Ro | Envelope::Research => SqlClass::Read,
        Envelope::Rw => SqlClass::Write,
        Envelope::Deploy => SqlClass::Destructive,
        Envelope::None => SqlClass::Account,
    }
}

fn sql_limit(envelope: Envelope, class: SqlClass, detail: &str) -> Result<(), (Rule, String)> {
    if class <= sql_allowed(envelope) {
        return Ok(());
    }
    let rule = match class {
        SqlClass::Read | SqlClass::Write => Rule::SqlWrite,
        SqlClass::Destructive => Rule::SqlDestructive,
        SqlClass::Account => Rule::SqlAccountChange,
    };
    Err((rule, detail.to_string()))
}

/// A device (not `/dev/null` and friends): writing to it from a file tool is never a file edit.
fn is_device_file(path: &str) -> bool {
    let name = path.trim();
    name.starts_with("/dev/")
        && !["/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty"].contains(&name)
        && !name.starts_with("/dev/fd/")
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

#[cfg(test)]
mod tests;
