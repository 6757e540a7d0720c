//! `doctor`: what is installed, configured and reachable, and what is wrong, with the fix.
//!
//! Works when the configuration is broken (that is when people need it); with a broken config it
//! reports the error and checks the rest against the defaults.

use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::error::{Error, Result, code};
use crate::ui::{CheckLevel, Ui};
use cortex_route_policy::config::Settings;
use cortex_route_runtime::config_files::{self as config, LoadOptions};
use cortex_route_runtime::proc;

#[derive(Debug, serde::Serialize)]
struct Check {
    name: &'static str,
    level: CheckLevel,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
}

impl Check {
    fn ok(name: &'static str, detail: impl Into<String>) -> Self {
        Check {
            name,
            level: CheckLevel::Ok,
            detail: detail.into(),
            fix: None,
        }
    }
    fn warn(name: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Self {
        Check {
            name,
            level: CheckLevel::Warn,
            detail: detail.into(),
            fix: Some(fix.into()),
        }
    }
    fn fail(name: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Self {
        Check {
            name,
            level: CheckLevel::Fail,
            detail: detail.into(),
            fix: Some(fix.into()),
        }
    }
}

/// Run every check; exit 0 when nothing failed, 2 otherwise (warnings do not fail).
pub fn run(opts: &LoadOptions, ui: &Ui) -> Result<u8> {
    let mut checks = Vec::new();
    let settings = match config::load(opts) {
        Ok(loaded) => {
            let files = if loaded.files.is_empty() {
                "no files; built-in defaults".to_string()
            } else {
                loaded
                    .files
                    .iter()
                    .map(|f| f.origin.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            checks.push(Check::ok("configuration", files));
            if let Some(check) = check_policy_authority(&loaded) {
                checks.push(check);
            }
            if let Some(check) = check_ticket_approval(&loaded.settings) {
                checks.push(check);
            }
            for w in &loaded.warnings {
                checks.push(Check::warn(
                    "configuration",
                    w.to_string(),
                    "remove the setting, or ask for it in the organization policy",
                ));
            }
            loaded.settings
        }
        Err(err) => {
            checks.push(Check::fail(
                "configuration",
                err.to_string(),
                "fix the file named above; `cortex-route config check` re-validates",
            ));
            Settings::defaults().map_err(|e| Error::Config(config::ConfigError::Defaults(e)))?
        }
    };

    let (cortex_check, cortex_info) = check_cortex(&settings);
    checks.push(cortex_check);
    checks.push(check_on_path());
    checks.push(match crate::diagnostics::log_dir() {
        Some(dir) => Check::ok(
            "diagnostics",
            format!(
                "{} (warnings; -v or -vv, or CORTEX_ROUTE_LOG=debug, for step timings and gate decisions)",
                dir.display()
            ),
        ),
        None => Check::warn("diagnostics", "no state folder (HOME is not set)", "set HOME"),
    });
    checks.push(check_skill());
    checks.push(check_cortex_hook(&settings));
    checks.push(check_connections());
    checks.push(check_sessions());
    checks.push(check_pat(&settings));
    checks.push(check_writable_dir(
        "cache",
        settings.security.cache_dir.path(),
    ));
    checks.push(check_audit(&settings));
    checks.push(check_audit_sink(&settings));

    let failed = checks.iter().any(|c| c.level == CheckLevel::Fail);
    if ui.json {
        let obj = serde_json::json!({ "ok": !failed, "checks": checks, "cortex": cortex_info });
        let _ = writeln!(crate::ui::stdout(), "{obj}");
    } else {
        let mut out = crate::ui::stdout();
        for c in &checks {
            let _ = writeln!(out, "{} {:<14} {}", ui.mark(c.level), c.name, c.detail);
            if let Some(fix) = &c.fix {
                let _ = writeln!(out, "     {:<14} {}", "", ui.dim(&format!("fix: {fix}")));
            }
        }
    }
    Ok(if failed { code::USAGE } else { code::OK })
}

/// What `doctor --json` says about the Cortex binary (`cortex`).
#[derive(Debug, Clone, serde::Serialize)]
struct CortexInfo {
    path: Option<String>,
    version: Option<String>,
    /// `gate` or `print`: how `run` would start it under the current settings.
    protocol: Option<&'static str>,
    /// Why that protocol.
    evidence: Option<String>,
}

fn check_cortex(settings: &Settings) -> (Check, CortexInfo) {
    use cortex_route_policy::config::values::Protocol;
    use cortex_route_runtime::exec::capability;

    let name = "cortex";
    let binary = settings.cortex.binary.path();
    let mut info = CortexInfo {
        path: None,
        version: None,
        protocol: None,
        evidence: None,
    };
    let Some(found) = proc::resolve_binary(binary) else {
        return (
            Check::fail(
                name,
                format!("`{}` not found", binary.display()),
                "install Snowflake's Cortex Code CLI, or set `cortex.binary` to its path",
            ),
            info,
        );
    };
    info.path = Some(found.display().to_string());
    // Probed fresh: `doctor` reports what the binary says today, not a cached answer.
    let cap = capability::detect(&found, None);
    info.version.clone_from(&cap.version);
    let configured = settings.cortex.protocol;
    let (protocol, evidence) = match (configured, cap.gate) {
        (Protocol::Print, _) => ("print", "cortex.protocol is `print`".to_string()),
        (_, true) => ("gate", cap.evidence.clone()),
        (_, false) => ("print", cap.evidence.clone()),
    };
    info.protocol = Some(protocol);
    info.evidence = Some(evidence.clone());
    let Some(version) = cap.version.clone() else {
        return (
            Check::warn(
                name,
                format!(
                    "{} shows no version number for `--version`",
                    found.display()
                ),
                "check that `cortex.binary` points at Snowflake's Cortex Code CLI (other programs are called `cortex` too)",
            ),
            info,
        );
    };
    // Snowflake's CLI speaks stream-json (the headless mode every client of it uses); another
    // program called `cortex` does not name it.
    let mut help = Command::new(&found);
    help.arg("--help");
    let speaks_stream_json =
        proc::run_bounded(help, Duration::from_secs(5), 64 << 10).is_ok_and(|out| {
            let text = [out.stdout, out.stderr].concat();
            memchr_find(&text, b"stream-json") || memchr_find(&text, b"--output-format")
        });
    let detail = format!(
        "{} (version {version}); runs in {protocol} mode: {evidence}",
        found.display()
    );
    let check = if !speaks_stream_json {
        Check::warn(
            name,
            format!("{detail}; but `--help` does not mention `--output-format`"),
            "check that `cortex.binary` points at Snowflake's Cortex Code CLI (other programs are called `cortex` too)",
        )
    } else if configured == Protocol::Gate && !cap.gate {
        Check::fail(
            name,
            format!("{detail}; the organization requires the gate"),
            "upgrade Cortex Code (Snowflake's SDK needs 1.0.35 or later)",
        )
    } else if protocol == "print" && configured != Protocol::Print {
        Check::warn(
            name,
            detail,
            "upgrade Cortex Code so tool calls are judged before they run (gate mode)",
        )
    } else {
        Check::ok(name, detail)
    };
    (check, info)
}

fn memchr_find(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn check_connections() -> Check {
    let name = "connections";
    let Some(home) = dirs::home_dir() else {
        return Check::warn(name, "HOME is not set", "set HOME");
    };
    let candidates = [
        home.join(".snowflake/connections.toml"),
        home.join(".snowflake/config.toml"),
    ];
    let Some(path) = candidates.iter().find(|p| p.exists()) else {
        return Check::warn(
            name,
            "no ~/.snowflake/connections.toml or config.toml",
            "create a connection with Cortex (`cortex connections --help`) or write ~/.snowflake/connections.toml; for LLM routing also set cortex.account_url and SNOWFLAKE_PAT",
        );
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return Check::fail(
                name,
                format!("{}: {e}", path.display()),
                "check permissions",
            );
        }
    };
    if meta.mode() & 0o077 != 0 {
        return Check::fail(
            name,
            format!(
                "{} is readable by group or others (mode {:04o}); it may hold tokens",
                path.display(),
                meta.mode() & 0o7777
            ),
            format!("chmod 600 {}", path.display()),
        );
    }
    match std::fs::File::open(path) {
        Ok(_) => Check::ok(
            name,
            format!("{} (mode {:04o})", path.display(), meta.mode() & 0o7777),
        ),
        Err(e) => Check::fail(
            name,
            format!("{}: {e}", path.display()),
            "make it readable by you",
        ),
    }
}

/// Where `sessions`, enrichment and `run --resume last` read Cortex's sessions.
fn check_sessions() -> Check {
    use cortex_route_runtime::discovery::sessions;
    let dirs = sessions::session_dirs();
    let Some(dir) = dirs.first() else {
        return Check::warn("sessions", "HOME is not set", "set HOME");
    };
    if !dir.is_dir() {
        return Check::ok(
            "sessions",
            format!(
                "{} does not exist yet (Cortex has not saved a session here; `--private` and forceNoHistoryMode save none)",
                dir.display()
            ),
        );
    }
    Check::ok(
        "sessions",
        format!(
            "{} ({} session(s))",
            dir.display(),
            sessions::count_sessions(&dirs)
        ),
    )
}

fn check_pat(settings: &Settings) -> Check {
    let var = settings.cortex.pat_env.as_str();
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => Check::ok("token", format!("${var} is set (value not shown)")),
        _ => Check::warn(
            "token",
            format!(
                "${var} is not set: routing uses the local heuristic unless the connection has a token"
            ),
            format!("export {var}=<programmatic access token> for LLM routing"),
        ),
    }
}

fn check_writable_dir(name: &'static str, dir: &Path) -> Check {
    // The folder itself stands in for "a file in it" in the preflight: writable folder, or one
    // that can be created. Nothing is created here.
    match cortex_route_runtime::audit::preflight(&dir.join(".probe")) {
        Ok(()) if dir.is_dir() => Check::ok(name, format!("{} is writable", dir.display())),
        Ok(()) => Check::ok(
            name,
            format!("{} will be created (0700) on first use", dir.display()),
        ),
        Err(problem) => Check::fail(name, problem.reason, problem.fix),
    }
}

fn check_audit(settings: &Settings) -> Check {
    let path = settings.security.audit_log_path.path();
    let auto = settings.security.approval_mode
        != cortex_route_policy::config::values::ApprovalMode::Prompt;
    match cortex_route_runtime::audit::preflight(path) {
        Ok(()) if path.exists() => {
            Check::ok("audit log", format!("{} is writable", path.display()))
        }
        Ok(()) => Check::ok(
            "audit log",
            format!("{} will be created on first use", path.display()),
        ),
        Err(problem) if auto => Check::fail(
            "audit log",
            format!(
                "{}; in {} mode nothing will run",
                problem.reason, settings.security.approval_mode
            ),
            problem.fix,
        ),
        Err(problem) => Check::warn("audit log", problem.reason, problem.fix),
    }
}

/// `security.audit_sink`: configuration, the PAT variable, the last success and the backlog. Reads
/// local files only; it does not call Snowflake.
fn check_audit_sink(settings: &Settings) -> Check {
    use cortex_route_policy::config::values::SinkMode;
    let name = "audit sink";
    let status = cortex_route_runtime::audit::sink::status(settings);
    let required = status.mode == SinkMode::Required;
    let trouble = |detail: String, fix: &str| {
        if required {
            Check::fail(name, detail, fix)
        } else {
            Check::warn(name, detail, fix)
        }
    };
    if status.mode == SinkMode::Off {
        return Check::ok(name, "off (records stay on this machine)");
    }
    if !status.missing.is_empty() {
        return trouble(
            format!("{} but {} not set", status.mode, status.missing.join(", ")),
            "set them under security.audit_sink (usually the organization policy does)",
        );
    }
    if !status.pat_set {
        return trouble(
            format!("{} but ${} is not set", status.mode, status.pat_env),
            &format!(
                "export {}=<PAT of the insert-only audit role>",
                status.pat_env
            ),
        );
    }
    if let Some(problem) = &status.problem {
        return trouble(
            problem.clone(),
            "see references/audit.md, Shipping to Snowflake",
        );
    }
    let last = match &status.last_success_at {
        Some(at) => format!("last shipped {at}"),
        None => "never shipped yet".to_string(),
    };
    let backlog = status.backlog.unwrap_or_default();
    let pending = match (backlog.lines, &backlog.oldest_ts) {
        (Some(0) | None, _) => "nothing pending".to_string(),
        (Some(n), Some(ts)) => format!("{n} line(s) pending since {ts}"),
        (Some(n), None) => format!("{n} line(s) pending"),
    };
    let detail = format!("{}; {last}; {pending}", status.mode);
    let too_old = backlog
        .oldest_age_seconds
        .is_some_and(|age| age > settings.security.audit_sink.max_unshipped_age.get())
        || backlog.oldest_is_unreadable;
    if required && too_old {
        return Check::fail(
            name,
            format!(
                "{detail}: older than max_unshipped_age, so auto/envelope_only runs refuse to start"
            ),
            "run `cortex-route audit ship` and fix what it reports",
        );
    }
    if let Some(err) = &status.last_error {
        return Check::warn(
            name,
            format!("{detail}; the last attempt failed: {err}"),
            "run `cortex-route audit ship` to retry and see the error",
        );
    }
    if too_old {
        return Check::warn(
            name,
            format!("{detail}: older than max_unshipped_age"),
            "run `cortex-route audit ship`",
        );
    }
    Check::ok(name, detail)
}

/// `auto`/`envelope_only` allowed by the home-relative policy alone rests on a file the user —
/// and any agent running as the user — can edit.
fn check_policy_authority(loaded: &config::Loaded) -> Option<Check> {
    use cortex_route_policy::config::Origin;
    use cortex_route_policy::config::values::ApprovalMode;
    if loaded.settings.security.approval_mode == ApprovalMode::Prompt {
        return None;
    }
    let orgs: Vec<&std::path::PathBuf> = loaded
        .files
        .iter()
        .filter_map(|f| match &f.origin {
            Origin::OrgPolicy(p) => Some(p),
            _ => None,
        })
        .collect();
    let system = orgs
        .iter()
        .any(|p| !p.ends_with(cortex_route_runtime::config_files::HOME_POLICY_PATH));
    (!system && !orgs.is_empty()).then(|| {
        Check::warn(
            "policy",
            format!(
                "`approval_mode: {}` rests on {} alone, a file you and any agent running as you can edit: it is a compatibility location, not a boundary",
                loaded.settings.security.approval_mode,
                orgs[0].display()
            ),
            format!(
                "deploy the organization policy at {} (root-owned) if runs without a person must be enforced",
                cortex_route_runtime::config_files::SYSTEM_POLICY_PATH
            ),
        )
    })
}

/// `ticket_approval: agent_ui` needs Claude Code's "ask" rule for `cortex-route approve`.
fn check_ticket_approval(settings: &Settings) -> Option<Check> {
    use cortex_route_policy::config::values::TicketApproval;
    if settings.security.ticket_approval != TicketApproval::AgentUi {
        return None;
    }
    let path = cortex_route_runtime::agents::claude_settings_path()?;
    Some(
        if cortex_route_runtime::agents::has_approve_ask_rule(&path) {
            Check::ok(
                "approval",
                format!(
                    "agent_ui: {} asks the person before `cortex-route approve` runs",
                    path.display()
                ),
            )
        } else {
            Check::fail(
                "approval",
                format!(
                    "ticket_approval is agent_ui but {} has no \"ask\" rule for `cortex-route approve`: approve will refuse to run without a terminal",
                    path.display()
                ),
                "run ./install.sh --agent claude (it adds the rule)",
            )
        },
    )
}

/// Is our Cortex PreToolUse hook installed, and does it still run this binary? A hook whose
/// program is gone fails *open*: Cortex treats any exit but 2 as "go on".
fn check_cortex_hook(settings: &Settings) -> Check {
    use cortex_route_runtime::hooks::entries;
    let name = "cortex hook";
    let Some(path) = entries::cortex_settings_file(None) else {
        return Check::warn(name, "HOME is not set", "set HOME");
    };
    let envelope =
        cortex_route_runtime::hooks::pre_tool_use::configured_envelope(settings).envelope;
    let installed = match entries::installed(&path, super::hooks::CORTEX_HOOK) {
        Ok(found) => found,
        Err(e) => {
            return Check::warn(
                name,
                format!("cannot read Cortex's hooks: {e}"),
                "fix the file, then `cortex-route hooks install --cortex`",
            );
        }
    };
    let Some(command) = installed.first() else {
        return Check::ok(
            name,
            format!(
                "not installed in {}: only Cortex sessions cortex-route starts are policed",
                path.display()
            ),
        );
    };
    let program = first_word(command).unwrap_or_default();
    let me = std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok());
    let target = Path::new(&program).canonicalize().ok();
    match target {
        None => Check::fail(
            name,
            format!(
                "{} runs `{program}`, which does not exist: Cortex lets every call through when a hook cannot run",
                path.display()
            ),
            "cortex-route hooks install --cortex (points the hook at this binary)",
        ),
        Some(t) if me.is_some() && Some(&t) != me.as_ref() => Check::warn(
            name,
            format!(
                "{} runs {}, not this binary ({})",
                path.display(),
                t.display(),
                me.as_deref()
                    .map(Path::display)
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            ),
            "cortex-route hooks install --cortex (points the hook at this binary)",
        ),
        Some(_) => Check::ok(
            name,
            format!(
                "installed in {}: sessions cortex-route did not start are judged by {envelope} \
                 (hooks.envelope); its runs keep their envelope when Cortex passes its environment \
                 to hooks (no public source says it does; if not, the stricter one applies)",
                path.display()
            ),
        ),
    }
}

/// The first word of a POSIX shell command line, unquoted (`'a b'/x` → `a b/x`).
fn first_word(command: &str) -> Option<String> {
    let mut word = String::new();
    let mut chars = command.trim_start().chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, c) if c.is_whitespace() => break,
            (None, '\'') | (None, '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '\\') | (Some('"'), '\\') => word.push(chars.next()?),
            (_, c) => word.push(c),
        }
    }
    (!word.is_empty() && quote.is_none()).then_some(word)
}

/// Is the skill installed for an agent (`install.sh --agent …`)?
fn check_skill() -> Check {
    let name = "skill";
    let Some(home) = dirs::home_dir() else {
        return Check::warn(name, "HOME is not set", "set HOME");
    };
    let agents: Vec<&str> = [
        ("claude", ".claude/skills/cortex-code/SKILL.md"),
        ("cursor", ".cursor/skills/cortex-code/SKILL.md"),
        ("codex", ".codex/skills/cortex-code/SKILL.md"),
    ]
    .into_iter()
    .filter(|(_, rel)| home.join(rel).is_file())
    .map(|(agent, _)| agent)
    .collect();
    if agents.is_empty() {
        Check::warn(
            name,
            "no agent has the cortex-code skill installed",
            "run ./install.sh (add --agent cursor or codex for those agents)",
        )
    } else {
        Check::ok(name, format!("installed for {}", agents.join(", ")))
    }
}

/// Agents call `cortex-route` by name: it must be on PATH, and be this binary.
fn check_on_path() -> Check {
    let name = "PATH";
    let me = std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok());
    match proc::resolve_binary(Path::new("cortex-route")) {
        None => Check::warn(
            name,
            "`cortex-route` is not on PATH, so agents cannot call it by name",
            "add the install folder to PATH (install.sh uses ~/.local/bin)",
        ),
        Some(found) => {
            let same = found.canonicalize().ok() == me;
            if same || me.is_none() {
                Check::ok(name, format!("cortex-route is {}", found.display()))
            } else {
                Check::warn(
                    name,
                    format!(
                        "`cortex-route` on PATH is {}, not this binary",
                        found.display()
                    ),
                    "reinstall with ./install.sh, or remove the older copy from PATH",
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::first_word;

    #[test]
    fn first_word_unquotes_what_shell_words_quoted() {
        assert_eq!(first_word("/bin/x hook y").as_deref(), Some("/bin/x"));
        assert_eq!(first_word("'/a b/x' hook").as_deref(), Some("/a b/x"));
        assert_eq!(first_word("'/it'\\''s/x' y").as_deref(), Some("/it's/x"));
        assert_eq!(first_word("\"/a b\"/x").as_deref(), Some("/a b/x"));
        assert_eq!(first_word("'unterminated"), None);
    }
}
