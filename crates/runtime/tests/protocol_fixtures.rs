//! Every message shape in `tests/fixtures/cortex-protocol/` (each with its public source) against
//! the code: what Cortex writes is read as the right event, what cortex-route writes has the
//! fixture's shape.

use std::path::Path;

use cortex_route_runtime::exec::control;
use cortex_route_runtime::exec::stream::{Event, parse_line};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/cortex-protocol")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let v: Value = serde_json::from_str(&text).expect("fixture JSON");
    assert!(
        v["source"].as_str().is_some_and(|s| s.len() > 20),
        "{name} names no public source"
    );
    v["line"].clone()
}

fn events(line: &Value) -> Vec<Event> {
    let text = line.to_string();
    let mut out = Vec::new();
    parse_line(text.as_bytes(), &mut |e| out.push(e));
    out
}

fn written(bytes: &[u8]) -> Value {
    assert_eq!(bytes.last(), Some(&b'\n'), "one line");
    serde_json::from_slice(bytes).expect("JSON")
}

#[test]
fn what_cortex_writes_is_read_as_the_right_event() {
    match &events(&fixture("in_initialize_success.json"))[..] {
        [
            Event::ControlResponse {
                request_id: Some(id),
                success: true,
                ..
            },
        ] => assert_eq!(id, control::INITIALIZE_REQUEST_ID),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        &events(&fixture("in_initialize_error.json"))[..],
        [Event::ControlResponse {
            success: false,
            error: Some(_),
            ..
        }]
    ));
    for name in [
        "in_can_use_tool_action_resource.json",
        "in_can_use_tool_full_input.json",
        "in_hook_callback_pre_tool_use.json",
    ] {
        match &events(&fixture(name))[..] {
            [
                Event::ControlRequest {
                    request_id: Some(_),
                    request,
                },
            ] => match control::parse_request(request) {
                control::Request::CanUseTool { tool_name, .. }
                | control::Request::PreToolUse { tool_name, .. } => {
                    assert!(!tool_name.is_empty(), "{name}")
                }
                other => panic!("{name}: {other:?}"),
            },
            other => panic!("{name}: {other:?}"),
        }
    }
    assert!(matches!(
        &events(&fixture("in_system_init.json"))[..],
        [Event::Init {
            session_id: Some(_),
            ..
        }]
    ));
    let e = events(&fixture("in_assistant_tool_use.json"));
    assert!(
        e.iter()
            .any(|e| matches!(e, Event::Text(t) if t == "Running it"))
    );
    assert!(
        e.iter()
            .any(|e| matches!(e, Event::ToolUse(t) if t.name == "bash" && t.id == "toolu_1"))
    );
    assert!(matches!(
        &events(&fixture("in_user_tool_result_list.json"))[..],
        [Event::ToolResult { snippet, .. }] if snippet == "a\nb"
    ));
    match &events(&fixture("in_result_with_denials.json"))[..] {
        [Event::Result(r)] => assert_eq!(r.permission_denials.len(), 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn what_cortex_route_writes_has_the_fixture_shape() {
    assert_eq!(
        written(&control::initialize()),
        fixture("out_initialize.json")
    );
    assert_eq!(
        written(&control::user_message(
            "which warehouses used the most credits?"
        )),
        fixture("out_user_message.json")
    );
    assert_eq!(
        written(&control::allow_tool(
            "cli_1",
            &serde_json::json!({"command": "ls"})
        )),
        fixture("out_can_use_tool_allow.json")
    );
    assert_eq!(
        written(&control::deny_tool(
            "cli_7",
            "cortex-route denied this call"
        )),
        fixture("out_can_use_tool_deny.json")
    );
    assert_eq!(
        written(&control::hook_deny(
            "cli_2",
            "cortex-route denied this call"
        )),
        fixture("out_hook_callback_deny.json")
    );
    assert_eq!(
        written(&control::error(
            "cli_3",
            "Unsupported control request subtype: bogus"
        )),
        fixture("out_unsupported_request.json")
    );
}
