//! `hook …`: the commands agents run as hooks. Each reads the agent's hook JSON on standard
//! input and answers through its exit code and output, in the agent's own contract — so none of
//! them reports errors the way other commands do.
//!
//! - `claude-prompt` never blocks the user's prompt: any failure prints `{}` and exits 0.
//! - `session-start` starts a background skill discovery and returns at once.
//! - `cortex-pre-tool-use` fails closed: any failure, even a panic, exits 2 (the only code with
//!   which a Cortex hook blocks a call), never 1.
//!
//! They run before the configuration is loaded by `app`, since a broken configuration must not
//! turn into the generic error path (and its exit code).

use std::io::{Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use cortex_route_runtime::config_files::{self as config, LoadOptions};
use cortex_route_runtime::hooks::{claude_prompt, pre_tool_use};

use crate::cli::HookCommand;
use crate::error::code;

/// The only exit code with which a Cortex hook blocks a call.
const CORTEX_HOOK_DENY: u8 = 2;

pub fn run(command: HookCommand, opts: &LoadOptions) -> u8 {
    match command {
        HookCommand::ClaudePrompt => claude_prompt(opts),
        HookCommand::SessionStart => session_start(opts),
        HookCommand::CortexPreToolUse => cortex_pre_tool_use(opts),
    }
}

/// Standard input, up to `max` bytes; `None` when it is larger or unreadable.
fn read_stdin(max: usize) -> Option<Vec<u8>> {
    let mut input = Vec::new();
    std::io::stdin()
        .lock()
        .take(max as u64 + 1)
        .read_to_end(&mut input)
        .ok()?;
    (input.len() <= max).then_some(input)
}

fn claude_prompt(opts: &LoadOptions) -> u8 {
    let answer = catch_unwind(AssertUnwindSafe(|| {
        let input = read_stdin(claude_prompt::MAX_INPUT_BYTES)?;
        // A broken configuration is for `doctor` to report; the hint needs only the router.
        let settings = match config::load(opts) {
            Ok(loaded) => loaded.settings,
            Err(_) => cortex_route_policy::config::Settings::defaults().ok()?,
        };
        Some(claude_prompt::answer(&input, &settings))
    }))
    .ok()
    .flatten()
    .unwrap_or_else(|| serde_json::json!({}));
    let _ = writeln!(crate::ui::stdout(), "{answer}");
    code::OK
}

fn session_start(opts: &LoadOptions) -> u8 {
    // Claude Code shows SessionStart output to the model: say nothing, and never wait for
    // `cortex skill list`.
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let _ = std::io::copy(
            &mut std::io::stdin().lock().take(1 << 20),
            &mut std::io::sink(),
        );
        let _ = super::spawn_detached(opts, &["discover", "--refresh"]);
    }));
    code::OK
}

fn cortex_pre_tool_use(opts: &LoadOptions) -> u8 {
    let verdict = catch_unwind(AssertUnwindSafe(|| {
        let Some(input) = read_stdin(pre_tool_use::MAX_INPUT_BYTES) else {
            return pre_tool_use::HookVerdict::Deny(format!(
                "cortex-route hook: the hook input is unreadable or larger than {} bytes; the call is denied",
                pre_tool_use::MAX_INPUT_BYTES
            ));
        };
        let loaded = match config::load(opts) {
            Ok(loaded) => loaded,
            Err(e) => {
                return pre_tool_use::HookVerdict::Deny(format!(
                    "cortex-route hook: the configuration cannot be used, so every call is denied until it is fixed: {e}"
                ));
            }
        };
        let var = |name: &str| std::env::var(name).ok();
        pre_tool_use::handle(&input, &loaded.settings, &var)
    }))
    .unwrap_or_else(|_| {
        pre_tool_use::HookVerdict::Deny(
            "cortex-route hook: internal error while judging this call; it is denied".to_string(),
        )
    });
    match verdict {
        pre_tool_use::HookVerdict::Allow => code::OK,
        pre_tool_use::HookVerdict::Deny(message) => {
            let _ = writeln!(std::io::stderr(), "{message}");
            CORTEX_HOOK_DENY
        }
    }
}
