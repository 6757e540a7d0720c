//! cortex-route as the agents' hook: the commands Claude Code and Cortex run at points of their
//! own lifecycle, and our entries in their settings files.
//!
//! - [`entries`]: adding and removing our hook entries in Cortex's `hooks.json` (or a project's
//!   `.cortex/settings.json`) and Claude Code's `settings.json`, leaving everything else as it was.
//! - [`pre_tool_use`]: the Cortex PreToolUse command hook, judged by the same engine as the gate.
//! - [`registration`]: which Cortex sessions cortex-route itself started, and with what envelope.
//! - [`claude_prompt`]: the Claude Code UserPromptSubmit hook's routing hint.
//!
//! Sources: the hook configuration shape, events, stdin fields and exit codes are from the Cortex
//! Code hooks guide bundled with the CLI (`cortex-code-guide/HOOKS.md`) and the Snowflake AI Kit's
//! Claude Code plugin (`Snowflake-Labs/snowflake-ai-kit`, `plugins/cortex-code/hooks/hooks.json`,
//! `scripts/router/prompt_filter.py`); see `references/hooks.md`.

pub mod claude_prompt;
pub mod entries;
pub mod pre_tool_use;
pub mod registration;
