//! The gate: answers Cortex's permission requests and PreToolUse hook callbacks with the policy
//! engine's verdict *before* a tool runs, and keeps the stream tripwire as a second line behind
//! it — a forbidden call announced on the stream that never reaches the gate within
//! `gate.ask_within_ms`, or that the gate let through on a different reading, stops the run
//! (`ungated_tool_call`).
//!
//! No I/O here: lines go out through the returned bytes, time comes in as arguments, so the whole
//! state machine is benchmarked and tested without a process.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::Instant;

use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::toolcall::{self, Policy, ToolCall, Verdict};
use cortex_route_policy::tools;
use serde::Serialize;
use serde_json::Value;

use super::control::{self, Request};
use super::stream::{ToolUse, bounded};

/// Rule name of a call that reached Cortex's tools without passing the gate.
pub const UNGATED_TOOL_CALL: &str = "ungated_tool_call";
/// Announced calls remembered (ids), for matching later requests and results.
const MAX_TRACKED: usize = 10_000;

/// What a model is told about a refused call, at the gate or in the Cortex hook: the rule, the
/// engine's advice (what to do instead), and not to work around it.
pub fn denial_message(rule: &str, advice: &str) -> String {
    format!("cortex-route denied this call ({rule}): {advice} Do not retry it or work around it.")
}

/// A call the gate refused (`denials` in `run --json`; one audit record each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Denial {
    pub tool: String,
    pub rule: String,
    /// The offending statement, command or path. Raw: redact before it leaves the process.
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// What the model is told to do instead (the engine's advice); not part of `denials`.
    #[serde(skip)]
    pub advice: String,
}

/// Why the gate stops the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    pub tool: String,
    pub rule: String,
    pub detail: String,
}

/// What answering one control request produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The `control_response` line to write on Cortex's stdin.
    pub line: Vec<u8>,
    /// Set when the call was refused.
    pub denial: Option<Denial>,
}

/// Whether Cortex accepted our hook registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hooks {
    /// `initialize` not answered yet.
    Pending,
    /// Every tool call comes through the PreToolUse hook (`gate+hooks`).
    Registered,
    /// `initialize` was refused: permission requests only (`gate`).
    Refused,
}

/// A forbidden call seen on the stream, waiting to be denied at the gate.
#[derive(Debug, Clone)]
struct Awaited {
    id: String,
    name: String,
    deadline: Instant,
    stop: Stop,
}

/// The gate of one run.
pub struct Gate<'a> {
    policy: &'a Policy,
    envelope: Envelope,
    disallowed: &'a [String],
    ask_within: std::time::Duration,
    pub hooks: Hooks,
    /// Ids the gate judged, and whether it allowed them.
    judged: HashMap<String, bool>,
    /// Ids announced on the stream.
    announced: HashSet<String>,
    awaited: VecDeque<Awaited>,
    /// Denials by canonical tool name of calls that came without an id, waiting to be matched
    /// with an announcement.
    anonymous_denials: HashMap<String, usize>,
    pub denials: Vec<Denial>,
}

impl<'a> Gate<'a> {
    pub fn new(
        policy: &'a Policy,
        envelope: Envelope,
        disallowed: &'a [String],
        ask_within: std::time::Duration,
    ) -> Self {
        Gate {
            policy,
            envelope,
            disallowed,
            ask_within,
            hooks: Hooks::Pending,
            judged: HashMap::new(),
            announced: HashSet::new(),
            awaited: VecDeque::new(),
            anonymous_denials: HashMap::new(),
            denials: Vec::new(),
        }
    }

    /// `gate+hooks`, `gate`: which protocol ran.
    pub fn protocol(&self) -> &'static str {
        match self.hooks {
            Hooks::Registered => "gate+hooks",
            Hooks::Pending | Hooks::Refused => "gate",
        }
    }

    /// Cortex answered our `initialize`.
    pub fn on_initialized(&mut self, success: bool) {
        self.hooks = if success {
            Hooks::Registered
        } else {
            Hooks::Refused
        };
    }

    /// Answer one `control_request`.
    pub fn on_request(&mut self, request_id: &str, request: &Value) -> Answer {
        match control::parse_request(request) {
            Request::CanUseTool {
                tool_name,
                input,
                tool_use_id,
                agent_id,
            } => {
                let denial = self.judge(&tool_name, &input, tool_use_id.as_deref(), agent_id);
                let line = match &denial {
                    None => control::allow_tool(request_id, &input),
                    Some(d) => control::deny_tool(request_id, &self.reason(d)),
                };
                Answer { line, denial }
            }
            Request::PreToolUse {
                tool_name,
                tool_input,
                tool_use_id,
                agent_id,
                ..
            } => {
                let denial = self.judge(&tool_name, &tool_input, tool_use_id.as_deref(), agent_id);
                let line = match &denial {
                    None => control::hook_pass(request_id),
                    Some(d) => control::hook_deny(request_id, &self.reason(d)),
                };
                Answer { line, denial }
            }
            Request::UnknownCallback { callback_id } => Answer {
                line: control::error(
                    request_id,
                    &format!(
                        "No hook callback found for ID: {}",
                        bounded(&callback_id, 64)
                    ),
                ),
                denial: None,
            },
            Request::Unsupported { subtype } => Answer {
                line: control::error(
                    request_id,
                    &format!("Unsupported control request subtype: {subtype}"),
                ),
                denial: None,
            },
        }
    }

    /// The engine's verdict on one call presented to the gate; `Some` when it is refused.
    fn judge(
        &mut self,
        name: &str,
        input: &Value,
        tool_use_id: Option<&str>,
        agent_id: Option<String>,
    ) -> Option<Denial> {
        let verdict = toolcall::check(
            &ToolCall { name, input },
            self.envelope,
            self.disallowed,
            self.policy,
        );
        let denial = match verdict {
            Verdict::Allow => None,
            Verdict::Trip(t) => Some(Denial {
                tool: bounded(&t.tool, 100),
                rule: t.rule.as_str().to_string(),
                detail: bounded(&t.detail, 500),
                agent_id: agent_id.map(|a| bounded(&a, 100)),
                advice: bounded(&t.advice(), 600),
            }),
        };
        let allowed = denial.is_none();
        tracing::debug!(
            tool = name,
            allowed,
            rule = denial.as_ref().map(|d| d.rule.as_str()),
            "gate decision"
        );
        match tool_use_id {
            Some(id) => {
                // Denied once is denied: a later request for the same call cannot undo it.
                let entry = self.judged.entry(id.to_string()).or_insert(allowed);
                *entry &= allowed;
                if !allowed {
                    self.awaited.retain(|a| a.id != id);
                }
            }
            None if !allowed => {
                let key = tools::canonical(name);
                if let Some(pos) = self.awaited.iter().position(|a| a.name == key) {
                    self.awaited.remove(pos);
                } else {
                    *self.anonymous_denials.entry(key).or_default() += 1;
                }
            }
            None => {}
        }
        if self.judged.len() > MAX_TRACKED {
            self.judged.clear();
        }
        if let Some(d) = &denial {
            self.denials.push(d.clone());
        }
        denial
    }

    /// What the model is told: the rule, the part that broke it, and what to do instead.
    fn reason(&self, denial: &Denial) -> String {
        denial_message(&denial.rule, &denial.advice)
    }

    /// A tool call announced on the stream. `Some` when the run must stop now: a forbidden call
    /// the gate already let through on another reading.
    pub fn on_tool_use(&mut self, tool: &ToolUse, now: Instant) -> Option<Stop> {
        if !tool.id.is_empty() && self.announced.len() < MAX_TRACKED {
            self.announced.insert(tool.id.clone());
        }
        let verdict = toolcall::check(
            &ToolCall {
                name: &tool.name,
                input: &tool.input,
            },
            self.envelope,
            self.disallowed,
            self.policy,
        );
        let Verdict::Trip(t) = verdict else {
            return None;
        };
        let stop = Stop {
            tool: bounded(&t.tool, 100),
            rule: UNGATED_TOOL_CALL.to_string(),
            detail: format!(
                "{} ({}), announced but not refused at the gate",
                bounded(&t.detail, 400),
                t.rule.as_str()
            ),
        };
        if !tool.id.is_empty() {
            match self.judged.get(&tool.id) {
                Some(false) => return None,
                // The gate saw this call and allowed it, yet the stream shows a forbidden one.
                Some(true) => return Some(stop),
                None => {}
            }
        } else {
            let key = tools::canonical(&tool.name);
            if let Some(n) = self.anonymous_denials.get_mut(&key)
                && *n > 0
            {
                *n -= 1;
                return None;
            }
        }
        self.awaited.push_back(Awaited {
            id: tool.id.clone(),
            name: tools::canonical(&tool.name),
            deadline: now + self.ask_within,
            stop,
        });
        None
    }

    /// A tool result on the stream: the call ran. `Some` when it was never allowed to.
    pub fn on_tool_result(&mut self, tool_use_id: Option<&str>) -> Option<Stop> {
        let id = tool_use_id?;
        if let Some(pos) = self.awaited.iter().position(|a| a.id == id) {
            return self.awaited.remove(pos).map(|a| a.stop);
        }
        // With the hook registered every call passes the gate; a result for an announced call
        // it never saw means one went around it.
        if self.hooks == Hooks::Registered
            && self.announced.contains(id)
            && !self.judged.contains_key(id)
        {
            return Some(Stop {
                tool: "(unknown)".to_string(),
                rule: UNGATED_TOOL_CALL.to_string(),
                detail: format!(
                    "a result for tool call {} that never passed the gate",
                    bounded(id, 100)
                ),
            });
        }
        None
    }

    /// The earliest ask-within deadline.
    pub fn deadline(&self) -> Option<Instant> {
        self.awaited.iter().map(|a| a.deadline).min()
    }

    /// Deadlines that passed: the first overdue call stops the run.
    pub fn on_deadline(&mut self, now: Instant) -> Option<Stop> {
        let pos = self.awaited.iter().position(|a| a.deadline <= now)?;
        self.awaited.remove(pos).map(|a| a.stop)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::time::Duration;

    use cortex_route_policy::config::Settings;
    use serde_json::json;

    use super::*;

    fn policy() -> Policy {
        let settings = Settings::defaults().expect("defaults");
        Policy::from_settings(&settings.security, Some(Path::new("/home/ana"))).expect("compiles")
    }

    fn request(tool: &str, input: Value, id: &str) -> Value {
        json!({"subtype": "can_use_tool", "tool_name": tool, "input": input, "tool_use_id": id})
    }

    fn hook(tool: &str, input: Value, id: &str) -> Value {
        json!({"subtype": "hook_callback", "callback_id": control::HOOK_CALLBACK_ID,
               "input": {"hook_event_name": "PreToolUse", "tool_name": tool, "tool_input": input, "tool_use_id": id}})
    }

    fn response(line: &[u8]) -> Value {
        serde_json::from_slice::<Value>(line).expect("JSON")["response"]["response"].clone()
    }

    fn tool_use(id: &str, name: &str, input: Value) -> ToolUse {
        ToolUse {
            id: id.into(),
            name: name.into(),
            input,
        }
    }

    #[test]
    fn select_then_drop_is_denied_before_it_runs_and_recorded() {
        let p = policy();
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        let a = g.on_request(
            "r1",
            &request(
                "snowflake_sql_execute",
                json!({"sql": "select 1; DROP TABLE sales"}),
                "t1",
            ),
        );
        assert_eq!(response(&a.line)["behavior"], "deny");
        assert!(
            response(&a.line)["message"]
                .as_str()
                .unwrap()
                .contains("RO envelope")
        );
        assert_eq!(g.denials.len(), 1);
        let ok = g.on_request(
            "r2",
            &request("snowflake_sql_execute", json!({"sql": "select 1"}), "t2"),
        );
        assert_eq!(response(&ok.line)["behavior"], "allow");
        assert_eq!(response(&ok.line)["updatedInput"]["sql"], "select 1");
    }

    #[test]
    fn a_hook_denial_names_the_decision_and_a_pass_leaves_the_permission_flow() {
        let p = policy();
        let mut g = Gate::new(&p, Envelope::Rw, &[], Duration::from_millis(200));
        let denied = g.on_request(
            "h1",
            &hook("Bash", json!({"command": "rm -rf ./data"}), "t1"),
        );
        assert_eq!(
            response(&denied.line)["hookSpecificOutput"]["permissionDecision"],
            "deny"
        );
        let passed = g.on_request("h2", &hook("Bash", json!({"command": "ls"}), "t2"));
        assert_eq!(response(&passed.line), json!({"continue": true}));
    }

    #[test]
    fn a_forbidden_call_that_never_reaches_the_gate_stops_the_run_at_its_deadline() {
        let p = policy();
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        let t0 = Instant::now();
        let drop = tool_use("t1", "sql_execute", json!({"sql": "DROP TABLE x"}));
        assert_eq!(g.on_tool_use(&drop, t0), None);
        assert_eq!(g.deadline(), Some(t0 + Duration::from_millis(200)));
        assert_eq!(g.on_deadline(t0 + Duration::from_millis(100)), None);
        let stop = g
            .on_deadline(t0 + Duration::from_millis(250))
            .expect("stops");
        assert_eq!(stop.rule, UNGATED_TOOL_CALL);
    }

    #[test]
    fn a_denial_in_time_cancels_the_tripwire_and_an_allowed_reading_does_not() {
        let p = policy();
        let t0 = Instant::now();
        let drop = tool_use("t1", "sql_execute", json!({"sql": "DROP TABLE x"}));
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        g.on_tool_use(&drop, t0);
        g.on_request(
            "r1",
            &request("sql_execute", json!({"sql": "DROP TABLE x"}), "t1"),
        );
        assert_eq!(g.deadline(), None);
        // The gate saw a harmless reading of call t1; the stream shows a DROP: stop at once.
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        g.on_request(
            "r1",
            &request("sql_execute", json!({"sql": "select 1"}), "t1"),
        );
        assert!(g.on_tool_use(&drop, t0).is_some());
    }

    #[test]
    fn with_hooks_a_result_for_a_call_the_gate_never_saw_stops_the_run() {
        let p = policy();
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        g.on_initialized(true);
        let read = tool_use("t9", "read", json!({"file_path": "README.md"}));
        assert_eq!(g.on_tool_use(&read, Instant::now()), None);
        assert!(g.on_tool_result(Some("t9")).is_some());
        // Without hooks, an allowed call that needed no permission is fine.
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        g.on_initialized(false);
        g.on_tool_use(&read, Instant::now());
        assert_eq!(g.on_tool_result(Some("t9")), None);
        assert_eq!(g.protocol(), "gate");
    }

    #[test]
    fn unknown_requests_and_foreign_callbacks_get_errors() {
        let p = policy();
        let mut g = Gate::new(&p, Envelope::Ro, &[], Duration::from_millis(200));
        let a = g.on_request("x", &json!({"subtype": "mcp_message"}));
        let v: Value = serde_json::from_slice(&a.line).unwrap();
        assert_eq!(v["response"]["subtype"], "error");
        let a = g.on_request(
            "y",
            &json!({"subtype": "hook_callback", "callback_id": "hook_0"}),
        );
        let v: Value = serde_json::from_slice(&a.line).unwrap();
        assert_eq!(v["response"]["subtype"], "error");
    }
}
