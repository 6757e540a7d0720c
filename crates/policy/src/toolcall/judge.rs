//! The checks, in order, over what a call would do ([`super::gather`]), and the advice sentence
//! of each rule.
//!
//! What each envelope allows (the first row that applies decides):
//!
//! | what the call does | RO | RESEARCH | RW | DEPLOY | NONE |
//! | --- | --- | --- | --- | --- | --- |
//! | SQL read | yes | yes | yes | yes | yes |
//! | SQL write, stage write (`PUT`, `COPY INTO @stage`) | `sql_write` | `sql_write` | yes | yes | yes |
//! | SQL destructive (`DROP`, whole-table `DELETE`/`UPDATE`/`MERGE`, `TRUNCATE`, …) | `sql_destructive` | `sql_destructive` | `sql_destructive` | yes | yes |
//! | SQL egress (`COPY INTO` a URL, `GET`, external functions, email) | `sql_egress` | `sql_egress` | `sql_egress` | yes | yes |
//! | SQL account-level | `sql_account_change` | same | same | `sql_account_change` unless `security.allow_account_changes` | yes |
//! | SQL dynamic (cannot be read before it runs) | `sql_dynamic` | same | same | `sql_dynamic` | yes |
//! | shell read-only command | yes | yes | yes | yes | yes |
//! | shell write (any other command, interpreter code, scripts) | `shell_not_allowed` / `file_write` | same | yes | yes | yes |
//! | network (commands, uploads, installs; a tool sending data over HTTP) | `network_access` | `network_access` | `network_access` | yes | yes |
//! | destructive shell (deletion, truncation, reverse shells, …) | `shell_destructive` | same | same | `shell_destructive` | yes |
//! | file tools writing | `file_write` | `file_write` | yes (not devices) | yes (not devices) | yes |
//! | web tools | `web_access` | yes | `web_access` | yes | yes |
//! | unknown tool whose fields say nothing | `unknown_tool` | `unknown_tool` | yes | yes | yes |

use std::borrow::Cow;

use super::gather::{self, Facts};
use super::model::{self, NameSays, Tool};
use super::pattern;
use super::shell::effects::ShellClass;
use super::sql::SqlClass;
use super::{Policy, Rule, ToolCall, Trip, sql_allowed};
use crate::envelope::Envelope;

type Denial = (Rule, String);

/// Every check, in order (see the module docs of [`super`]).
pub(super) fn decide(
    call: &ToolCall<'_>,
    envelope: Envelope,
    disallowed: &[String],
    policy: &Policy,
) -> Result<(), Denial> {
    let tool = call.name;
    let unparsable = |why: String| (Rule::UnparsableInput, why);
    let fields = gather::collect(call.input).map_err(unparsable)?;
    let entries: Vec<pattern::Entry<'_>> = disallowed
        .iter()
        .filter(|d| model::same_tool(d, tool))
        .map(|d| pattern::parse(d))
        .collect();
    // A whole-tool block needs no parsing of what the call says.
    if entries.iter().any(|e| e.pattern.is_none()) {
        let detail = fields
            .first()
            .map_or_else(|| tool.to_string(), |f| f.value.to_string());
        return Err((Rule::BlockedTool, detail));
    }
    let facts = gather::gather(tool, call.input, &fields).map_err(unparsable)?;
    check_patterns(&entries, &facts, &fields, policy).map_err(|d| (Rule::BlockedTool, d))?;
    check_credentials(&facts, policy)?;
    if let Some(s) = &facts.secret {
        return Err((Rule::SecretRead, s.clone()));
    }
    check_protected(&facts, policy)?;
    check_org_rules(&facts, policy)?;
    check_connection(&facts, policy)?;
    if envelope == Envelope::None {
        return Ok(());
    }
    check_envelope(tool, envelope, &facts, policy)
}

/// `tool(pattern)` entries, matched against every part of the call. Err: the matching part.
fn check_patterns(
    entries: &[pattern::Entry<'_>],
    facts: &Facts<'_>,
    fields: &[gather::Field<'_>],
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
        for (text, analysis) in &facts.sql {
            if pattern::matches(p, text.trim()) {
                return Err(text.to_string());
            }
            for s in &analysis.statements {
                if pattern::matches(p, &s.text) || pattern::matches(p, &s.normalized) {
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
        for path in facts.paths_read.iter().chain(&facts.paths_written) {
            let path_expanded = policy.expand_home(path);
            if pattern::matches(p, path) || pattern::matches(&expanded, &path_expanded) {
                return Err(path.to_string());
            }
        }
        if matches!(
            facts.tool,
            Some(Tool::Unknown | Tool::Agent(_) | Tool::McpRequest)
        ) {
            for f in fields {
                if pattern::matches(p, &f.value) {
                    return Err(f.value.to_string());
                }
            }
        }
    }
    Ok(())
}

/// Every place a call can name a credential, and every folder it reads whole.
fn check_credentials(facts: &Facts<'_>, policy: &Policy) -> Result<(), Denial> {
    let mut resolved = 0usize;
    let deny = |hit: String| Err((Rule::CredentialPath, hit));
    for p in facts.paths_read.iter().chain(&facts.paths_written) {
        if let Some(hit) = policy.credential_path(p, &mut resolved) {
            return deny(hit);
        }
    }
    for t in facts.texts.iter().chain(&facts.urls) {
        if let Some(hit) = policy.credential_in_text(t, true, &mut resolved) {
            return deny(hit);
        }
    }
    for t in &facts.script_texts {
        if let Some(hit) = policy.credential_in_text(t, false, &mut resolved) {
            return deny(hit);
        }
    }
    for (text, _) in &facts.sql {
        for p in local_paths(text) {
            if let Some(hit) = policy.credential_path(p, &mut resolved) {
                return deny(hit);
            }
        }
    }
    for (root, evidence) in &facts.search_roots {
        if policy.sensitive_root(root) {
            return deny(format!("{evidence} (reads every file under {root})"));
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

fn check_protected(facts: &Facts<'_>, policy: &Policy) -> Result<(), Denial> {
    let mut resolved = 0usize;
    for p in &facts.paths_written {
        if let Some(hit) = policy.protected_path(p, &mut resolved) {
            return Err((Rule::ProtectedPath, hit));
        }
    }
    for p in &facts.paths_mentioned {
        if let Some(hit) = policy.protected_path(p, &mut resolved) {
            return Err((Rule::ProtectedPath, hit));
        }
    }
    // `GET @stage file:///home/me/.claude/`: SQL that writes local files.
    for (text, _) in &facts.sql {
        for p in local_paths(text) {
            let path = p
                .get(7..)
                .filter(|_| p.len() > 7 && p[..7].eq_ignore_ascii_case("file://"));
            let path = path.map_or(p, |rest| rest.strip_prefix("localhost").unwrap_or(rest));
            if let Some(hit) = policy.protected_path(path, &mut resolved) {
                return Err((Rule::ProtectedPath, hit));
            }
        }
    }
    Ok(())
}

fn check_org_rules(facts: &Facts<'_>, policy: &Policy) -> Result<(), Denial> {
    if !policy.blocked_sql.is_empty() {
        let hit = |text: &str| policy.blocked_sql.iter().any(|r| r.is_match(text));
        for (text, analysis) in &facts.sql {
            if hit(text) {
                return Err((Rule::OrgSqlRule, text.to_string()));
            }
            for s in &analysis.statements {
                if hit(&s.text) || hit(&s.normalized) {
                    return Err((Rule::OrgSqlRule, s.text.clone()));
                }
            }
        }
    }
    if !policy.blocked_shell.is_empty() {
        let hit = |t: &str| policy.blocked_shell.iter().any(|r| r.is_match(t));
        for (text, analysis) in &facts.shell {
            if hit(text) {
                return Err((Rule::OrgShellRule, text.to_string()));
            }
            for c in analysis.commands.iter().filter(|c| !c.words.is_empty()) {
                if hit(&c.raw) || hit(&c.normalized()) {
                    return Err((Rule::OrgShellRule, c.raw.clone()));
                }
            }
        }
    }
    Ok(())
}

fn check_connection(facts: &Facts<'_>, policy: &Policy) -> Result<(), Denial> {
    let Some(run) = &policy.connection else {
        return Ok(());
    };
    for c in &facts.connections {
        let c = c.trim().trim_matches(['"', '\'']);
        if !c.is_empty() && !c.eq_ignore_ascii_case(run) {
            return Err((
                Rule::ConnectionMismatch,
                format!("connection `{c}` (this run uses `{run}`)"),
            ));
        }
    }
    Ok(())
}

fn check_envelope(
    tool: &str,
    envelope: Envelope,
    facts: &Facts<'_>,
    policy: &Policy,
) -> Result<(), Denial> {
    let read_only = matches!(envelope, Envelope::Ro | Envelope::Research);
    // SQL: the worst statement of any source.
    let mut worst: Option<(SqlClass, Cow<'_, str>)> = None;
    for (_, analysis) in &facts.sql {
        if let Some(s) = analysis.worst()
            && worst.as_ref().is_none_or(|(c, _)| s.class > *c)
        {
            worst = Some((s.class, Cow::Borrowed(s.evidence.as_str())));
        }
    }
    for (class, evidence) in &facts.sql_classes {
        if worst.as_ref().is_none_or(|(c, _)| *class > *c) {
            worst = Some((*class, Cow::Borrowed(evidence.as_str())));
        }
    }
    if let Some(says) = facts.name_says {
        let from_name = match says {
            NameSays::DestroysData => Some(SqlClass::Destructive),
            NameSays::AccountChange => Some(SqlClass::Account),
            _ => None,
        };
        if let Some(class) = from_name
            && worst.as_ref().is_none_or(|(c, _)| class > *c)
        {
            worst = Some((class, Cow::Owned(tool.to_string())));
        }
    }
    if let Some((class, evidence)) = &worst
        && *class > sql_allowed(envelope, policy.allow_account_changes)
    {
        let rule = match class {
            SqlClass::Read | SqlClass::Write => Rule::SqlWrite,
            SqlClass::Destructive => Rule::SqlDestructive,
            SqlClass::Egress => Rule::SqlEgress,
            SqlClass::Account => Rule::SqlAccountChange,
            SqlClass::Dynamic => Rule::SqlDynamic,
        };
        return Err((rule, evidence.to_string()));
    }
    // Commands and code.
    let mut shell = facts.shell_class.clone();
    if facts.name_says == Some(NameSays::Destroys)
        && shell
            .as_ref()
            .is_none_or(|(c, _, _)| *c < ShellClass::Destructive)
    {
        shell = Some((
            ShellClass::Destructive,
            "the tool announces destruction",
            tool.to_string(),
        ));
    }
    if let Some((class, _, evidence)) = &shell {
        let allowed = match envelope {
            Envelope::Ro | Envelope::Research => ShellClass::Read,
            Envelope::Rw => ShellClass::Write,
            Envelope::Deploy => ShellClass::Network,
            Envelope::None => ShellClass::Destructive,
        };
        if *class > allowed {
            return Err(match class {
                ShellClass::Destructive => (Rule::ShellDestructive, evidence.clone()),
                ShellClass::Network => (Rule::NetworkAccess, evidence.clone()),
                ShellClass::Write | ShellClass::Read => match &facts.redirect_write {
                    Some(target) => (Rule::FileWrite, target.clone()),
                    None => (Rule::ShellNotAllowed, evidence.clone()),
                },
            });
        }
    }
    if let Some(target) = &facts.file_write
        && read_only
    {
        return Err((Rule::FileWrite, target.clone()));
    }
    if let Some(p) = facts
        .paths_written
        .iter()
        .find(|p| is_device_file(p))
        .filter(|_| facts.file_write.is_some())
    {
        return Err((Rule::FileWrite, p.to_string()));
    }
    if let Some(sent) = &facts.sends
        && envelope != Envelope::Deploy
    {
        return Err((Rule::NetworkAccess, sent.clone()));
    }
    if facts.name_says == Some(NameSays::Sends) && envelope != Envelope::Deploy {
        return Err((Rule::NetworkAccess, tool.to_string()));
    }
    if let Some(url) = facts.urls.first()
        && matches!(envelope, Envelope::Ro | Envelope::Rw)
        && matches!(
            facts.tool,
            Some(Tool::WebFetch | Tool::WebSearch | Tool::Unknown | Tool::McpRequest)
        )
    {
        return Err((Rule::WebAccess, url.to_string()));
    }
    // A remote service (GitHub, Slack, a web fetcher) is the web, whatever the tool does there.
    if model::remote_service(tool) && matches!(envelope, Envelope::Ro | Envelope::Rw) {
        return Err((Rule::WebAccess, tool.to_string()));
    }
    // Unknown tools: in the read-only envelopes, a tool must say it reads, or everything it
    // carries must have been read and found harmless.
    if matches!(facts.tool, Some(Tool::Unknown | Tool::McpRequest)) {
        let says = facts.name_says.unwrap_or(NameSays::Nothing);
        if read_only {
            let trusted = says == NameSays::Reads
                || (says == NameSays::Nothing && facts.classified && facts.unclassified.is_none());
            if !trusted {
                return Err((Rule::UnknownTool, tool.to_string()));
            }
        }
        if says == NameSays::Writes && read_only {
            return Err((Rule::UnknownTool, tool.to_string()));
        }
    }
    Ok(())
}

/// A device (not `/dev/null` and friends): writing to it from a file tool is never a file edit.
fn is_device_file(path: &str) -> bool {
    let name = path.trim();
    name.starts_with("/dev/")
        && !["/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty"].contains(&name)
        && !name.starts_with("/dev/fd/")
}

/// The first words of a statement or command, for advice ("DROP TABLE", "rm -rf").
fn subject(detail: &str, words: usize) -> String {
    let s: Vec<&str> = detail
        .split_whitespace()
        .filter(|w| !w.starts_with("--") && !w.starts_with("/*"))
        .take(words)
        .collect();
    let s = s.join(" ");
    let s: String = s.chars().take(60).collect();
    if s.is_empty() {
        "this call".to_string()
    } else {
        s
    }
}

/// The sentence the model gets with a denial (see [`Trip::advice`]).
pub(super) fn advice(t: &Trip) -> String {
    let env = t.envelope.as_str();
    let sql_verb = || {
        let s = subject(&t.detail, 2);
        s.to_ascii_uppercase()
    };
    match t.rule {
        Rule::SqlWrite => format!(
            "{env} envelope: only read statements may run, and {} writes; give the user the SQL to run instead, or ask them for the RW envelope.",
            sql_verb()
        ),
        Rule::SqlDestructive => format!(
            "{env} envelope: {} is not allowed (it drops, replaces or empties data, or reaches every row of a table); add a WHERE clause that restricts the rows, or give the user the SQL to run instead.",
            sql_verb()
        ),
        Rule::SqlEgress => format!(
            "{env} envelope: {} would send data out of Snowflake (an unload to a URL, a download, an external function or email); give the user the SQL to run instead.",
            sql_verb()
        ),
        Rule::SqlAccountChange => format!(
            "{env} envelope: {} changes the account (users, roles, grants of roles, policies, integrations, shares); cortex-route never runs account-level changes unless the organization policy allows them — give the user the SQL to run instead.",
            sql_verb()
        ),
        Rule::SqlDynamic => format!(
            "{env} envelope: this SQL builds its statement at run time ({}), so it cannot be checked before it runs; write the statements out literally, or give the user the SQL to run instead.",
            subject(&t.detail, 3)
        ),
        Rule::ShellDestructive => format!(
            "{env} envelope: `{}` deletes, overwrites or takes over something and is not allowed; do not retry it in another form — tell the user what you wanted to remove and let them do it.",
            subject(&t.detail, 3)
        ),
        Rule::ShellNotAllowed => format!(
            "{env} envelope: only read-only commands may run, and `{}` is not one; use read-only commands (ls, cat, grep, git status) or give the user the command to run.",
            subject(&t.detail, 3)
        ),
        Rule::NetworkAccess => format!(
            "{env} envelope: `{}` reaches the network (uploads, downloads, remote shells, installs), which this envelope forbids; give the user the command to run instead.",
            subject(&t.detail, 3)
        ),
        Rule::FileWrite => format!(
            "{env} envelope: writing {} is not allowed here; show the user the change instead of making it.",
            subject(&t.detail, 1)
        ),
        Rule::CredentialPath => "credential files (SSH keys, cloud and Snowflake credentials, .env files) and searches over the home folder are off limits in every envelope; ask the user for the specific value you need instead.".to_string(),
        Rule::SecretRead => "printing the environment or a secret (tokens, passwords, keys) is not allowed in any envelope; refer to variables by name and never print or send their values.".to_string(),
        Rule::ProtectedPath => format!(
            "{} belongs to cortex-route, an agent's settings or a shell start-up file and cannot be changed from here in any envelope; tell the user what you wanted to change.",
            subject(&t.detail, 1)
        ),
        Rule::ConnectionMismatch => format!(
            "this run is bound to one Snowflake connection; {} — run the SQL without a `connection` argument.",
            subject(&t.detail, 8)
        ),
        Rule::WebAccess => format!(
            "{env} envelope: web access is not allowed; answer from what you have, or ask the user for the RESEARCH envelope."
        ),
        Rule::BlockedTool => format!(
            "the tool {} is blocked for this run; use another tool or give the user the command.",
            t.tool
        ),
        Rule::OrgSqlRule | Rule::OrgShellRule => {
            "the organization policy forbids this statement or command; do not retry it in another form.".to_string()
        }
        Rule::UnknownTool => format!(
            "{env} envelope: the tool {} could not be shown to only read; use the built-in read tools or SQL instead.",
            t.tool
        ),
        Rule::UnparsableInput => {
            "the call could not be read (too large, too deeply nested, or missing its command/SQL); send a smaller, plain call.".to_string()
        }
        Rule::InternalError => "the policy engine failed on this call; it was stopped.".to_string(),
    }
}
