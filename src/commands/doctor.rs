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

    checks.push(check_cortex(settings.cortex.binary.path()));
    checks.push(check_connections());
    checks.push(check_pat(&settings));
    checks.push(check_writable_dir(
        "cache",
        settings.security.cache_dir.path(),
    ));
    checks.push(check_audit(&settings));
    checks.push(check_audit_sink(&settings));

    let failed = checks.iter().any(|c| c.level == CheckLevel::Fail);
    if ui.json {
        let obj = serde_json::json!({ "ok": !failed, "checks": checks });
        println!("{obj}");
    } else {
        let mut out = std::io::stdout().lock();
        for c in &checks {
            let _ = writeln!(out, "{} {:<14} {}", ui.mark(c.level), c.name, c.detail);
            if let Some(fix) = &c.fix {
                let _ = writeln!(out, "     {:<14} {}", "", ui.dim(&format!("fix: {fix}")));
            }
        }
    }
    Ok(if failed { code::USAGE } else { code::OK })
}

fn check_cortex(binary: &Path) -> Check {
    let name = "cortex";
    let Some(found) = proc::resolve_binary(binary) else {
        return Check::fail(
            name,
            format!("`{}` not found", binary.display()),
            "install Snowflake's Cortex Code CLI, or set `cortex.binary` to its path",
        );
    };
    let mut cmd = Command::new(&found);
    cmd.arg("--version");
    match proc::run_bounded(cmd, Duration::from_secs(5), 4096) {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let version = text.lines().next().unwrap_or("").trim().to_string();
            let lower = version.to_lowercase();
            if lower.contains("cortex") || lower.contains("snowflake") {
                Check::ok(name, format!("{} ({version})", found.display()))
            } else {
                Check::warn(
                    name,
                    format!(
                        "{} answers `--version` with `{version}`, which does not look like Snowflake's Cortex Code CLI",
                        found.display()
                    ),
                    "check that `cortex.binary` points at Snowflake's CLI (ARM's or others' `cortex` tools are different programs)",
                )
            }
        }
        Ok(out) => Check::fail(
            name,
            format!("{} --version exited with {}", found.display(), out.status),
            "run it by hand to see why; reinstall the Cortex Code CLI if needed",
        ),
        Err(err) => Check::fail(
            name,
            err.to_string(),
            "run `cortex --version` by hand to see why",
        ),
    }
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
            "create a connection (`cortex connection add`, or write connections.toml), or set cortex.account_url and SNOWFLAKE_PAT",
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
    match probe_dir(dir) {
        Ok(()) => Check::ok(name, format!("{} is writable", dir.display())),
        Err(e) => Check::fail(
            name,
            format!("{} is not writable: {e}", dir.display()),
            format!(
                "create it with `mkdir -p -m 700 {}` or change the setting",
                dir.display()
            ),
        ),
    }
}

fn check_audit(settings: &Settings) -> Check {
    let path = settings.security.audit_log_path.path();
    let auto = settings.security.approval_mode
        != cortex_route_policy::config::values::ApprovalMode::Prompt;
    let Some(dir) = path.parent() else {
        return Check::fail(
            "audit log",
            format!("{} has no directory", path.display()),
            "set security.audit_log_path to a file path",
        );
    };
    let writable = probe_dir(dir).and_then(|()| {
        if path.exists() {
            std::fs::OpenOptions::new()
                .append(true)
                .open(path)
                .map(|_| ())
        } else {
            Ok(())
        }
    });
    match writable {
        Ok(()) => Check::ok("audit log", format!("{} is writable", path.display())),
        Err(e) if auto => Check::fail(
            "audit log",
            format!(
                "{} is not writable ({e}); in {} mode nothing will run",
                path.display(),
                settings.security.approval_mode
            ),
            "fix the directory permissions or set security.audit_log_path",
        ),
        Err(e) => Check::warn(
            "audit log",
            format!("{} is not writable: {e}", path.display()),
            "fix the directory permissions or set security.audit_log_path",
        ),
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

/// Create `dir` (0700) if needed, then create and remove a probe file in it.
fn probe_dir(dir: &Path) -> std::io::Result<()> {
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    let probe = dir.join(format!(".cortex-route-probe-{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&probe)?;
    std::fs::remove_file(&probe)
}

use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
