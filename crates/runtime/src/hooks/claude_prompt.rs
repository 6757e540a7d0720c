//! The Claude Code UserPromptSubmit hook: when the router says the user's prompt is Snowflake
//! work, add a short instruction to the agent's context to use the cortex-code skill; otherwise
//! add nothing.
//!
//! Input and output follow Claude Code's hook contract, as Snowflake's own plugin uses it
//! (`Snowflake-Labs/snowflake-ai-kit`, `plugins/cortex-code/scripts/router/prompt_filter.py`): the
//! hook JSON arrives on stdin with the user's text in `prompt` (older builds: `message`, possibly a
//! list of text blocks); the answer is `{"hookSpecificOutput": {"hookEventName":
//! "UserPromptSubmit", "additionalContext": "…"}}` or `{}`. This hook never blocks a prompt:
//! every failure is `{}`.
//!
//! Only the local router runs (force rules, then the heuristic, with the cached skills): the LLM
//! classifier would cost seconds, and nothing here may touch the network.

use serde_json::{Value, json};

use cortex_route_policy::config::{Settings, values::ClassifierMode};
use cortex_route_policy::routing::Route;

use crate::classifier::{Environment, Inputs};
use crate::progress::Silent;

/// Hook input larger than this is not read (the answer is `{}`).
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// Prompts shorter than this are not routed ("ok", "yes").
const MIN_PROMPT_CHARS: usize = 5;

/// The user's prompt in Claude Code's hook input, if there is one.
pub fn prompt_of(input: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(input).ok()?;
    let prompt = value.get("prompt").or_else(|| value.get("message"))?;
    let prompt = match prompt {
        Value::Object(m) => m.get("content")?,
        other => other,
    };
    let text = match prompt {
        Value::String(s) => s.clone(),
        Value::Array(blocks) => blocks
            .iter()
            .filter_map(|b| b.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(" "),
        _ => return None,
    };
    (text.trim().chars().count() >= MIN_PROMPT_CHARS).then_some(text)
}

/// The hook's whole answer for this input: `{}` unless the prompt is Snowflake work.
pub fn answer(input: &[u8], settings: &Settings) -> Value {
    let Some(prompt) = prompt_of(input) else {
        return json!({});
    };
    let mut local = settings.clone();
    local.routing.classifier = ClassifierMode::Heuristic;
    let skills = crate::discovery::skills::cached_skills(settings);
    let hints = crate::discovery::routing_hints(&skills);
    let inputs = Inputs {
        sanitized_prompt: &prompt,
        skills: &hints,
        connection: None,
    };
    let decision =
        match crate::classifier::decide(&local, &inputs, &Environment::process(), &Silent) {
            Ok(d) => d,
            Err(_) => return json!({}),
        };
    if decision.route != Route::Cortex {
        return json!({});
    }
    let envelope = decision
        .envelope
        .map(|e| format!("; proposed envelope {e}"))
        .unwrap_or_default();
    let context = format!(
        "cortex-route: this request looks like Snowflake work (confidence {:.2}{envelope}). \
         Handle it with the cortex-code skill: pass the user's request to `cortex-route run --json -` \
         on standard input (a quoted heredoc), read the one JSON object it prints, and act on its \
         exit code as the skill says. Do not reach Snowflake any other way (no direct `cortex`, \
         `snow` or `snowsql` commands).",
        decision.confidence
    );
    json!({
        "hookSpecificOutput": {
            "hookEventName": "UserPromptSubmit",
            "additionalContext": context,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prompt_is_found_in_every_shape_claude_code_has_sent() {
        assert_eq!(
            prompt_of(
                br#"{"hook_event_name": "UserPromptSubmit", "prompt": "show my warehouses"}"#
            )
            .as_deref(),
            Some("show my warehouses")
        );
        assert_eq!(
            prompt_of(br#"{"message": {"content": [{"type": "text", "text": "list"}, {"type": "text", "text": "stages"}]}}"#)
                .as_deref(),
            Some("list stages")
        );
        for garbage in [
            &b"not json"[..],
            b"",
            b"[]",
            br#"{"prompt": 5}"#,
            br#"{"prompt": "ok"}"#,
            b"\xff\xfe",
        ] {
            assert_eq!(prompt_of(garbage), None, "{garbage:?}");
        }
    }
}
