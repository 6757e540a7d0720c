//! `hooks install` / `hooks uninstall`: our entries in Cortex's and Claude Code's settings.
//!
//! `--cortex`: the PreToolUse hook (`hook cortex-pre-tool-use`, every tool: matcher `.*`) in
//! `~/.snowflake/cortex/hooks.json` or a project's `.cortex/settings.json`. `--claude`: the
//! UserPromptSubmit and SessionStart hooks and the ask rule for `cortex-route approve` in Claude
//! Code's `settings.json`. The command lines name this binary by its absolute path, with the
//! `--config`/`--policy` flags given here, so the hook loads what this command loaded.

use std::io::Write;
use std::path::{Path, PathBuf};

use cortex_route_runtime::agents;
use cortex_route_runtime::config_files::LoadOptions;
use cortex_route_runtime::exec::command::shell_words;
use cortex_route_runtime::hooks::entries::{self, Change, HookEntry};

use crate::cli::HooksTarget;
use crate::error::{Error, Result, code};
use crate::ui::Ui;

/// The Cortex hook's `timeout` (seconds). A hook that times out does not block the call (only
/// exit 2 does), so this is generous: the hook itself answers in milliseconds.
pub const CORTEX_HOOK_TIMEOUT_SECS: u64 = 30;
/// Claude Code hooks' `timeout` (seconds).
const CLAUDE_HOOK_TIMEOUT_SECS: u64 = 10;

/// The Cortex hook subcommand, as it appears in settings files.
pub const CORTEX_HOOK: &str = "cortex-pre-tool-use";
const CLAUDE_HOOKS: [&str; 2] = ["claude-prompt", "session-start"];

/// One settings file and what happened to it.
#[derive(Debug, serde::Serialize)]
struct Edited {
    agent: &'static str,
    path: PathBuf,
    change: Change,
    /// What changed, for people.
    what: String,
}

/// The command line of `cortex-route hook NAME` for this binary and these flags.
pub fn hook_command(exe: &Path, opts: &LoadOptions, name: &str) -> String {
    let mut argv = vec![exe.display().to_string()];
    if let Some(config) = &opts.config {
        argv.push("--config".to_string());
        argv.push(absolute(config).display().to_string());
    }
    for policy in &opts.policies {
        argv.push("--policy".to_string());
        argv.push(absolute(policy).display().to_string());
    }
    argv.push("hook".to_string());
    argv.push(name.to_string());
    shell_words(&argv)
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// This binary, as hooks should run it.
pub fn this_binary() -> Result<PathBuf> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::Internal(format!("cannot find the path of this program: {e}")))?;
    Ok(exe.canonicalize().unwrap_or(exe))
}

/// Cortex's hook file for this project, or the user's.
fn cortex_file(project: Option<&Path>) -> Result<PathBuf> {
    settings_file(
        entries::cortex_settings_file(project),
        "Cortex's hooks.json",
    )
}

/// Claude Code's settings for this project, or the user's.
fn claude_file(project: Option<&Path>) -> Result<PathBuf> {
    settings_file(
        entries::claude_settings_file(project),
        "Claude Code's settings.json",
    )
}

fn settings_file(found: Option<PathBuf>, what: &str) -> Result<PathBuf> {
    found.ok_or_else(|| {
        Error::Usage(format!(
            "cannot find {what}: HOME is not set\n  fix: set HOME, or pass --project DIR"
        ))
    })
}

fn project_dir(target: &HooksTarget) -> Result<Option<PathBuf>> {
    match &target.project {
        Some(dir) if !dir.is_dir() => Err(Error::Usage(format!(
            "--project {}: not a folder",
            dir.display()
        ))),
        Some(dir) => Ok(Some(absolute(dir))),
        None => Ok(None),
    }
}

pub fn install(opts: &LoadOptions, target: &HooksTarget, ui: &Ui) -> Result<u8> {
    let exe = this_binary()?;
    let project = project_dir(target)?;
    let backups = entries::backup_dir();
    let mut edited = Vec::new();
    if target.cortex {
        let path = cortex_file(project.as_deref())?;
        let entry = HookEntry {
            event: "PreToolUse",
            matcher: Some(".*"),
            name: CORTEX_HOOK,
            command: hook_command(&exe, opts, CORTEX_HOOK),
            timeout_secs: CORTEX_HOOK_TIMEOUT_SECS,
        };
        let change = entries::install(&path, &[entry], backups.as_deref())?;
        edited.push(Edited {
            agent: "cortex",
            what: "the PreToolUse hook (every tool call of every Cortex session)".to_string(),
            path,
            change,
        });
    }
    if target.claude {
        let path = claude_file(project.as_deref())?;
        let hooks = [
            HookEntry {
                event: "UserPromptSubmit",
                matcher: None,
                name: CLAUDE_HOOKS[0],
                command: hook_command(&exe, opts, CLAUDE_HOOKS[0]),
                timeout_secs: CLAUDE_HOOK_TIMEOUT_SECS,
            },
            HookEntry {
                event: "SessionStart",
                matcher: None,
                name: CLAUDE_HOOKS[1],
                command: hook_command(&exe, opts, CLAUDE_HOOKS[1]),
                timeout_secs: CLAUDE_HOOK_TIMEOUT_SECS,
            },
        ];
        let mut change = entries::install(&path, &hooks, backups.as_deref())?;
        if agents::add_approve_ask_rule(&path)? && change == Change::Unchanged {
            change = Change::Changed;
        }
        edited.push(Edited {
            agent: "claude",
            what: format!(
                "the UserPromptSubmit and SessionStart hooks and the ask rule `{}`",
                agents::APPROVE_ASK_RULE
            ),
            path,
            change,
        });
    }
    report(ui, "install", &edited, &exe)
}

pub fn uninstall(target: &HooksTarget, ui: &Ui) -> Result<u8> {
    let project = project_dir(target)?;
    let backups = entries::backup_dir();
    let mut edited = Vec::new();
    if target.cortex {
        let path = cortex_file(project.as_deref())?;
        let change = entries::uninstall(&path, &[CORTEX_HOOK], backups.as_deref())?;
        edited.push(Edited {
            agent: "cortex",
            what: "the PreToolUse hook".to_string(),
            path,
            change,
        });
    }
    if target.claude {
        let path = claude_file(project.as_deref())?;
        // The rule first: restoring the original bytes needs everything of ours gone.
        let rule_removed = agents::remove_approve_ask_rule(&path)?;
        let mut change = entries::uninstall(&path, &CLAUDE_HOOKS, backups.as_deref())?;
        if rule_removed && change == Change::Unchanged {
            change = Change::Changed;
        }
        edited.push(Edited {
            agent: "claude",
            what: "the UserPromptSubmit and SessionStart hooks and the ask rule".to_string(),
            path,
            change,
        });
    }
    report(ui, "uninstall", &edited, Path::new(""))
}

fn report(ui: &Ui, verb: &str, edited: &[Edited], exe: &Path) -> Result<u8> {
    let mut out = crate::ui::stdout();
    let written = if ui.json {
        let mut obj = serde_json::json!({ "files": edited });
        if !exe.as_os_str().is_empty() {
            obj["binary"] = exe.display().to_string().into();
        }
        writeln!(out, "{obj}")
    } else {
        edited.iter().try_for_each(|e| {
            let path = e.path.display();
            let line = match (verb, &e.change) {
                (_, Change::Unchanged) if verb == "install" => {
                    format!("{}: already installed in {path}", e.agent)
                }
                (_, Change::Unchanged) => format!("{}: nothing of ours in {path}", e.agent),
                ("install", Change::Created) => {
                    format!("{}: created {path} with {}", e.agent, e.what)
                }
                ("install", _) => format!("{}: added {} to {path}", e.agent, e.what),
                (_, Change::Restored) => format!(
                    "{}: removed {}; {path} is back as it was before the install",
                    e.agent, e.what
                ),
                (_, Change::Removed) => format!(
                    "{}: removed {path} (the install had created it, and nothing else is in it)",
                    e.agent
                ),
                _ => format!("{}: removed {} from {path}", e.agent, e.what),
            };
            writeln!(out, "{line}")
        })
    };
    written.map_err(|e| Error::io("<stdout>", e))?;
    if verb == "install" && edited.iter().any(|e| e.agent == "cortex") {
        ui.verbose(format!(
            "the Cortex hook runs {} before every tool call; `cortex-route doctor` checks it",
            exe.display()
        ));
    }
    Ok(code::OK)
}
