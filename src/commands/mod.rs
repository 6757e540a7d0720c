//! One module per command. Each takes the loaded [`Context`] and returns an exit code, or an
//! [`Error`] that `app` reports.

pub mod approve;
pub mod audit;
pub mod config_cmd;
pub mod discover;
pub mod doctor;
pub mod hook;
pub mod hooks;
pub mod route;
pub mod run;
pub mod sanitize;
pub mod sessions;

use std::io::Read;
use std::process::Stdio;

use crate::error::{Error, Result, code};
use crate::ui::Ui;
use cortex_route_runtime::config_files::{LoadOptions, Loaded};

/// What every command that runs with settings gets.
pub struct Context {
    pub loaded: Loaded,
    pub ui: Ui,
    /// The `--config` / `--policy` flags, for a child `cortex-route` that must load the same.
    pub opts: LoadOptions,
}

/// Prompts larger than this are refused: nothing legitimate is this long, and every later step
/// (guards, routing, the Cortex command line) is bounded by it.
pub const MAX_PROMPT_BYTES: usize = 1 << 20;

/// Join the prompt words, or read standard input for `-`. Empty prompts are usage errors.
pub fn read_prompt(words: &[String]) -> Result<String> {
    let prompt = if words.len() == 1 && words[0] == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(MAX_PROMPT_BYTES as u64 + 1)
            .read_to_string(&mut text)
            .map_err(|e| {
                Error::Usage(format!("cannot read the prompt from standard input: {e}"))
            })?;
        text
    } else {
        words.join(" ")
    };
    if prompt.len() > MAX_PROMPT_BYTES {
        return Err(Error::Usage(format!(
            "the prompt is larger than {MAX_PROMPT_BYTES} bytes; shorten it or pass context with --context-file"
        )));
    }
    if prompt.trim().is_empty() {
        return Err(Error::Usage("the prompt is empty".to_string()));
    }
    if prompt.contains('\0') {
        return Err(Error::Usage(
            "the prompt contains a NUL byte, which cannot be passed to Cortex\n  fix: remove binary data from the prompt"
                .to_string(),
        ));
    }
    Ok(prompt)
}

/// `completions SHELL`.
pub fn completions(shell: clap_complete::Shell) -> Result<u8> {
    let mut cmd = <crate::cli::Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut cmd, "cortex-route", &mut crate::ui::stdout());
    Ok(code::OK)
}

/// Start `cortex-route ARGS` (with the same `--config`/`--policy`) in its own session, not
/// waited for, all output discarded.
pub fn spawn_detached(opts: &LoadOptions, args: &[&str]) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let mut cmd = std::process::Command::new(exe);
    if let Some(config) = &opts.config {
        cmd.arg("--config").arg(config);
    }
    for policy in &opts.policies {
        cmd.arg("--policy").arg(policy);
    }
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cortex_route_runtime::sys::new_session(&mut cmd);
    // Not waited for: it belongs to its own session and outlives this process.
    cmd.spawn().map(drop)
}
