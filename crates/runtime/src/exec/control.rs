//! The Cortex control protocol (gate mode): the lines cortex-route writes on Cortex's stdin and
//! the typed form of the requests Cortex sends back.
//!
//! Source: PyPI `cortex-code-agent-sdk` 1.0.7 (Snowflake's SDK), `_internal/query.py`
//! (`initialize` l.116-193, `_handle_control_request` l.259-394), `client.py` l.194-227 (the user
//! message), `types.py` l.256-262 and l.360-367 (PreToolUse input and output). The fixtures in
//! `tests/fixtures/cortex-protocol/` hold each shape with the line it was taken from.
//!
//! - `initialize` registers one PreToolUse hook callback for every tool (matcher `null`, as the
//!   SDK sends for a hook without a matcher) and says the host answers permission requests
//!   (`sdkManagedPermissions`).
//! - `can_use_tool` is answered `{behavior: "allow", updatedInput}` (the input echoed unchanged,
//!   as the SDK does) or `{behavior: "deny", message}`.
//! - `hook_callback` is answered with `hookSpecificOutput.permissionDecision: "deny"` and a reason,
//!   or `{continue: true}` without a decision, which leaves Cortex's own permission flow (and so
//!   our `can_use_tool` answer) in place: a call is judged at every door it passes.
//! - Any other request gets an error response, as the SDK answers unsupported subtypes.

use serde_json::{Value, json};

/// The one hook callback id cortex-route registers.
pub const HOOK_CALLBACK_ID: &str = "cortex_route_pre_tool_use";
/// The request id of our `initialize`.
pub const INITIALIZE_REQUEST_ID: &str = "cortex_route_init_1";

/// A request from Cortex, as far as the gate needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// A permission request: `tool_name` and `input` (often only `{action, resource}`).
    CanUseTool {
        tool_name: String,
        input: Value,
        tool_use_id: Option<String>,
        agent_id: Option<String>,
    },
    /// Our PreToolUse hook: the real tool name and input.
    PreToolUse {
        callback_id: String,
        tool_name: String,
        tool_input: Value,
        tool_use_id: Option<String>,
        agent_id: Option<String>,
    },
    /// A hook callback for an id we never registered, or for another event.
    UnknownCallback { callback_id: String },
    /// Anything else (`mcp_message`, …): answered with an error.
    Unsupported { subtype: String },
}

/// Read the `request` object of a `control_request`.
pub fn parse_request(request: &Value) -> Request {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let subtype = text(request, "subtype").unwrap_or_default();
    match subtype.as_str() {
        "can_use_tool" => Request::CanUseTool {
            // A missing name is an unknown tool, which the engine judges strictly.
            tool_name: text(request, "tool_name").unwrap_or_default(),
            input: request.get("input").cloned().unwrap_or(Value::Null),
            tool_use_id: text(request, "tool_use_id").filter(|s| !s.is_empty()),
            agent_id: text(request, "agent_id"),
        },
        "hook_callback" => {
            let callback_id = text(request, "callback_id").unwrap_or_default();
            let input = request.get("input").cloned().unwrap_or(Value::Null);
            let event = text(&input, "hook_event_name");
            if callback_id != HOOK_CALLBACK_ID
                || event.as_deref().is_some_and(|e| e != "PreToolUse")
            {
                return Request::UnknownCallback { callback_id };
            }
            Request::PreToolUse {
                callback_id,
                tool_name: text(&input, "tool_name").unwrap_or_default(),
                tool_input: input.get("tool_input").cloned().unwrap_or(Value::Null),
                tool_use_id: text(&input, "tool_use_id")
                    .or_else(|| text(request, "tool_use_id"))
                    .filter(|s| !s.is_empty()),
                agent_id: text(&input, "agent_id"),
            }
        }
        other => Request::Unsupported {
            subtype: other.chars().take(64).collect(),
        },
    }
}

/// Our `initialize` request (one line, with its newline).
pub fn initialize() -> Vec<u8> {
    line(&json!({
        "type": "control_request",
        "request_id": INITIALIZE_REQUEST_ID,
        "request": {
            "subtype": "initialize",
            "hooks": {
                "PreToolUse": [{"matcher": null, "hookCallbackIds": [HOOK_CALLBACK_ID]}]
            },
            "sdkManagedPermissions": true,
        }
    }))
}

/// The prompt as the first user message.
pub fn user_message(prompt: &str) -> Vec<u8> {
    line(&json!({
        "type": "user",
        "session_id": "default",
        "message": {"role": "user", "content": [{"type": "text", "text": prompt}]},
        "parent_tool_use_id": null,
    }))
}

/// `can_use_tool` allowed: the input goes back unchanged.
pub fn allow_tool(request_id: &str, input: &Value) -> Vec<u8> {
    success(
        request_id,
        json!({"behavior": "allow", "updatedInput": input}),
    )
}

/// `can_use_tool` denied, with a reason the model can act on.
pub fn deny_tool(request_id: &str, message: &str) -> Vec<u8> {
    success(request_id, json!({"behavior": "deny", "message": message}))
}

/// The PreToolUse hook found nothing wrong: no decision, Cortex's permission flow goes on.
pub fn hook_pass(request_id: &str) -> Vec<u8> {
    success(request_id, json!({"continue": true}))
}

/// The PreToolUse hook denies the call.
pub fn hook_deny(request_id: &str, reason: &str) -> Vec<u8> {
    success(
        request_id,
        json!({
            "continue": true,
            "hookSpecificOutput": {
                "hookEventName": "PreToolUse",
                "permissionDecision": "deny",
                "permissionDecisionReason": reason,
            }
        }),
    )
}

/// An error response (unsupported request, unknown callback).
pub fn error(request_id: &str, message: &str) -> Vec<u8> {
    line(&json!({
        "type": "control_response",
        "response": {"subtype": "error", "request_id": request_id, "error": message}
    }))
}

fn success(request_id: &str, response: Value) -> Vec<u8> {
    line(&json!({
        "type": "control_response",
        "response": {"subtype": "success", "request_id": request_id, "response": response}
    }))
}

fn line(value: &Value) -> Vec<u8> {
    let mut out = value.to_string().into_bytes();
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(line: &[u8]) -> Value {
        serde_json::from_slice(line).expect("one JSON line")
    }

    #[test]
    fn initialize_registers_one_pre_tool_use_hook_for_every_tool() {
        let v = parsed(&initialize());
        assert_eq!(v["type"], "control_request");
        assert_eq!(v["request"]["subtype"], "initialize");
        let hooks = &v["request"]["hooks"]["PreToolUse"];
        assert_eq!(hooks[0]["matcher"], Value::Null);
        assert_eq!(hooks[0]["hookCallbackIds"][0], HOOK_CALLBACK_ID);
        assert_eq!(v["request"]["sdkManagedPermissions"], true);
    }

    #[test]
    fn allow_echoes_the_input_and_deny_carries_the_reason() {
        let input = json!({"action": "execute_sql", "resource": "select 1"});
        let v = parsed(&allow_tool("r1", &input));
        assert_eq!(v["response"]["request_id"], "r1");
        assert_eq!(v["response"]["response"]["behavior"], "allow");
        assert_eq!(v["response"]["response"]["updatedInput"], input);
        let v = parsed(&deny_tool("r2", "read-only envelope"));
        assert_eq!(v["response"]["response"]["behavior"], "deny");
        assert_eq!(v["response"]["response"]["message"], "read-only envelope");
        let v = parsed(&hook_deny("r3", "no"));
        let out = &v["response"]["response"]["hookSpecificOutput"];
        assert_eq!(out["permissionDecision"], "deny");
        assert_eq!(out["hookEventName"], "PreToolUse");
    }

    #[test]
    fn requests_are_typed_and_foreign_callbacks_are_not_trusted() {
        let r = parse_request(&json!({
            "subtype": "hook_callback", "callback_id": HOOK_CALLBACK_ID,
            "input": {"hook_event_name": "PreToolUse", "tool_name": "Bash",
                      "tool_input": {"command": "ls"}, "tool_use_id": "t1", "agent_id": "a1"}
        }));
        assert_eq!(
            r,
            Request::PreToolUse {
                callback_id: HOOK_CALLBACK_ID.into(),
                tool_name: "Bash".into(),
                tool_input: json!({"command": "ls"}),
                tool_use_id: Some("t1".into()),
                agent_id: Some("a1".into()),
            }
        );
        assert!(matches!(
            parse_request(&json!({"subtype": "hook_callback", "callback_id": "hook_9"})),
            Request::UnknownCallback { .. }
        ));
        assert!(matches!(
            parse_request(&json!({"subtype": "mcp_message"})),
            Request::Unsupported { .. }
        ));
        match parse_request(&json!({"subtype": "can_use_tool", "input": {"resource": "x"}})) {
            Request::CanUseTool { tool_name, .. } => assert_eq!(tool_name, ""),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_prompt_with_newlines_and_quotes_stays_one_line() {
        let out = user_message("a\n\"b\"\u{2028}");
        assert_eq!(out.iter().filter(|b| **b == b'\n').count(), 1);
        assert_eq!(
            parsed(&out)["message"]["content"][0]["text"],
            "a\n\"b\"\u{2028}"
        );
    }
}
