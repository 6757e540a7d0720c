//! The Cortex PreToolUse command hook (`cortex-route hook cortex-pre-tool-use`): every tool call
//! of every Cortex session, judged before it runs by the same engine as the gate.
//!
//! Cortex runs the hook with the call as JSON on stdin (`tool_name`, `tool_input`, `session_id`,
//! `cwd`, `hook_event_name`, …) and reads the exit code: 0 lets the call go on, 2 blocks it and
//! hands stderr to the model; any other code is a non-blocking error (Cortex Code hooks guide).
//! So every doubt here is a 2: unreadable input, a missing tool name, a policy that cannot be
//! compiled, a session that claims to be a cortex-route run and is not.
//!
//! The envelope: a run cortex-route started keeps its own ([`super::registration`]); any other
//! session is judged by `hooks.envelope` (default RW), or RO when that envelope is not in
//! `security.allowed_envelopes`. Every denial is an audit record (`tool_denied`, protocol `hook`).

use serde_json::Value;

use cortex_route_policy::config::Settings;
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::guard;
use cortex_route_policy::plan::approval::disallowed_tools;
use cortex_route_policy::toolcall::{self, Policy, ToolCall, Verdict};

use super::registration::{self, Claim};
use crate::audit::{self, AuditLog, Record};
use crate::cache::Cache;
use crate::exec::gate::denial_message;
use crate::exec::resolve;
use crate::exec::stream::bounded;

/// Hook input larger than this is refused: a `write` of a large file is still far below it.
pub const MAX_INPUT_BYTES: usize = 8 << 20;
/// Protocol name in audit records of the hook's denials.
pub const PROTOCOL: &str = "hook";

/// One call as Cortex hands it to the hook.
#[derive(Debug, Clone, PartialEq)]
pub struct HookCall {
    pub tool_name: String,
    pub tool_input: Value,
    pub session_id: Option<String>,
    /// The session's working folder (relative paths in the call are relative to it).
    pub cwd: Option<std::path::PathBuf>,
}

/// Parse the hook's stdin. Anything but an object with a string `tool_name` is an error.
pub fn parse(input: &[u8]) -> Result<HookCall, String> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "the hook input is larger than {MAX_INPUT_BYTES} bytes"
        ));
    }
    let value: Value =
        serde_json::from_slice(input).map_err(|e| format!("the hook input is not JSON ({e})"))?;
    let Value::Object(mut map) = value else {
        return Err("the hook input is not a JSON object".to_string());
    };
    let tool_name = match map.remove("tool_name") {
        Some(Value::String(name)) if !name.trim().is_empty() => name,
        _ => return Err("the hook input names no tool (`tool_name`)".to_string()),
    };
    let tool_input = match map.remove("tool_input") {
        None | Some(Value::Null) => Value::Object(serde_json::Map::new()),
        Some(v) => v,
    };
    let session_id = match map.remove("session_id") {
        Some(Value::String(s)) => Some(bounded(&s, 100)),
        _ => None,
    };
    let cwd = match map.remove("cwd") {
        Some(Value::String(c)) if c.starts_with('/') && c.len() <= 4096 => Some(c.into()),
        _ => None,
    };
    Ok(HookCall {
        tool_name,
        tool_input,
        session_id,
        cwd,
    })
}

/// What the hook decided, and what to tell Cortex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HookVerdict {
    Allow,
    /// Exit 2 with this message on stderr (the model reads it).
    Deny(String),
}

/// The envelope a session is judged by, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEnvelope {
    pub envelope: Envelope,
    pub disallowed: Vec<String>,
    /// The run's intent record, for a session cortex-route started.
    pub intent_id: Option<String>,
    /// The run's connection: SQL naming another one is denied.
    pub connection: Option<String>,
    /// `run` or `hooks.envelope`.
    pub source: &'static str,
}

/// The envelope for a session cortex-route did not start: `hooks.envelope`, or RO outside
/// `allowed_envelopes`.
pub fn configured_envelope(settings: &Settings) -> SessionEnvelope {
    let wanted = settings.hooks.envelope.get();
    let envelope = if settings.security.allowed_envelopes.contains(&wanted) {
        wanted
    } else {
        Envelope::Ro
    };
    SessionEnvelope {
        envelope,
        // Cortex asks the hook before every call: the gated list.
        disallowed: disallowed_tools(envelope, true, None, &[]),
        intent_id: None,
        connection: None,
        source: "hooks.envelope",
    }
}

/// Judge one call by the session's envelope: `Some` when it is refused.
pub fn judge(
    call: &HookCall,
    session: &SessionEnvelope,
    policy: &Policy,
) -> Option<toolcall::Trip> {
    match toolcall::check(
        &ToolCall {
            name: &call.tool_name,
            input: &call.tool_input,
        },
        session.envelope,
        &session.disallowed,
        policy,
    ) {
        Verdict::Allow => None,
        Verdict::Trip(t) => Some(t),
    }
}

/// The whole hook after the settings are loaded: parse, pick the envelope, judge, audit.
pub fn handle(
    input: &[u8],
    settings: &Settings,
    var: &dyn Fn(&str) -> Option<String>,
) -> HookVerdict {
    let call = match parse(input) {
        Ok(c) => c,
        Err(why) => {
            return HookVerdict::Deny(format!("cortex-route hook: {why}; the call is denied"));
        }
    };
    let session = match registration::claim(var, || Cache::from_settings(&settings.security)) {
        Claim::None => configured_envelope(settings),
        Claim::Run(r) => SessionEnvelope {
            envelope: r.envelope,
            disallowed: r.disallowed,
            intent_id: r.intent_id,
            connection: r.connection,
            source: "run",
        },
        Claim::Invalid(why) => {
            let detail = format!("this session claims to be a cortex-route run, but {why}");
            let mut message = format!("cortex-route denied this call: {detail}.");
            if let Err(e) = audit_denial(settings, &call, None, None, "unregistered_run", &detail) {
                message.push_str(&format!(" (audit: {e})"));
            }
            return HookVerdict::Deny(message);
        }
    };
    let home = crate::paths::home();
    let policy = match Policy::from_settings(&settings.security, home.as_deref()) {
        Ok(p) => p
            .with_connection(session.connection.as_deref())
            .with_path_resolver(resolve::resolver(
                call.cwd.clone().or_else(|| std::env::current_dir().ok()),
                home.clone(),
            )),
        Err(e) => {
            return HookVerdict::Deny(format!(
                "cortex-route hook: the policy cannot be compiled ({e}); the call is denied"
            ));
        }
    };
    let Some(trip) = judge(&call, &session, &policy) else {
        tracing::debug!(tool = %call.tool_name, envelope = %session.envelope, "hook allowed");
        return HookVerdict::Allow;
    };
    let shown = guard::redact(&trip.detail).text;
    let rule = trip.rule.as_str();
    let audited = audit_denial(
        settings,
        &call,
        Some(session.envelope),
        session.intent_id.clone(),
        rule,
        &shown,
    );
    let mut message = denial_message(rule, &bounded(&trip.advice(), 600));
    message.push_str(&if session.source == "run" {
        format!(
            " (The {} envelope of the cortex-route run.)",
            session.envelope
        )
    } else {
        format!(
            " (The {} envelope of hooks.envelope: cortex-route did not start this Cortex session.)",
            session.envelope
        )
    });
    if let Err(e) = audited {
        message.push_str(&format!(" (audit: {e})"));
    }
    HookVerdict::Deny(message)
}

fn audit_denial(
    settings: &Settings,
    call: &HookCall,
    envelope: Option<Envelope>,
    intent_id: Option<String>,
    rule: &str,
    detail: &str,
) -> Result<(), audit::AuditError> {
    let mut r = Record::new(audit::Event::ToolDenied);
    r.intent_id = intent_id;
    r.envelope = envelope;
    r.protocol = Some(PROTOCOL.to_string());
    r.cortex_session_id = call.session_id.clone();
    r.denied_call = Some(audit::Tripwire {
        tool: bounded(&call.tool_name, 100),
        rule: rule.to_string(),
        detail: bounded(detail, 500),
    });
    AuditLog::from_settings(&settings.security)
        .append(&r)
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_an_object_naming_a_tool_is_a_call() {
        let call = parse(br#"{"session_id": "s1", "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": "ls"}}"#).unwrap();
        assert_eq!(call.tool_name, "Bash");
        assert_eq!(call.tool_input, json!({"command": "ls"}));
        assert_eq!(call.session_id.as_deref(), Some("s1"));
        for bad in [
            &b""[..],
            b"null",
            b"[]",
            br#"{"tool_input": {}}"#,
            br#"{"tool_name": ""}"#,
            br#"{"tool_name": 7}"#,
            b"{\"tool_name\": \"Bash\"",
        ] {
            assert!(parse(bad).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
        assert!(parse(&vec![b' '; MAX_INPUT_BYTES + 1]).is_err());
    }

    #[test]
    fn an_envelope_outside_allowed_envelopes_falls_back_to_ro() {
        let mut settings = Settings::defaults().unwrap();
        assert_eq!(configured_envelope(&settings).envelope, Envelope::Rw);
        settings.security.allowed_envelopes = vec![Envelope::Ro, Envelope::Research];
        let session = configured_envelope(&settings);
        assert_eq!(session.envelope, Envelope::Ro);
        assert!(session.disallowed.iter().any(|t| t == "Write"));
        // Cortex asks the hook first: shell commands are judged, not blocked whole.
        assert!(!session.disallowed.iter().any(|t| t == "Bash"));
    }
}
