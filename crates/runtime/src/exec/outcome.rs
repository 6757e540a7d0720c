//! Folding the event stream into what a run produced: the session, the answer, the tool calls, the
//! permission denials, and whether Cortex succeeded.
//!
//! Success is decided by `is_error` on the final `result` event, whatever its `subtype` says
//! (Cortex can report `is_error: true` with `subtype: success`). No `result` event at all means the
//! run did not finish and is a failure.

use std::collections::HashMap;

use serde::Serialize;

use super::stream::{Event, bounded};

/// Tool calls kept in the outcome (the total is counted beyond it).
pub const MAX_TOOL_CALLS: usize = 200;
/// Characters of each tool-call summary.
pub const MAX_SUMMARY: usize = 200;
const MAX_DENIALS: usize = 64;
const MAX_RESULT: usize = 256 << 10;

/// One tool call, as shown to people and written to the audit log (already redacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToolCallSummary {
    pub name: String,
    pub summary: String,
}

/// What Cortex did, for `run --json` (`cortex` object) and the audit record.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CortexOutcome {
    pub session_id: Option<String>,
    pub result: Option<String>,
    pub is_error: bool,
    pub num_turns: Option<u64>,
    pub tool_calls: Vec<ToolCallSummary>,
    pub permission_denials: Vec<String>,
    pub exit_code: Option<i32>,
    #[serde(skip)]
    pub model: Option<String>,
    /// A `result` event arrived.
    #[serde(skip)]
    pub finished: bool,
    #[serde(skip)]
    pub result_subtype: Option<String>,
    #[serde(skip)]
    pub tool_calls_total: usize,
    /// Lines skipped as malformed or oversized, and events of unknown types.
    #[serde(skip)]
    pub skipped_lines: usize,
    #[serde(skip)]
    pub unknown_events: usize,
}

/// Builds a [`CortexOutcome`] event by event.
pub struct Collector<'r> {
    pub outcome: CortexOutcome,
    /// Tool names by tool-use id, to name the tool behind an error result.
    names: HashMap<String, String>,
    redact: &'r dyn Fn(&str) -> String,
}

impl<'r> Collector<'r> {
    /// `redact` removes secrets from tool-call summaries and denial text before they are kept.
    pub fn new(redact: &'r dyn Fn(&str) -> String) -> Self {
        Collector {
            outcome: CortexOutcome::default(),
            names: HashMap::new(),
            redact,
        }
    }

    pub fn observe(&mut self, event: &Event) {
        let o = &mut self.outcome;
        match event {
            Event::Init { session_id, model } => {
                if session_id.is_some() {
                    o.session_id.clone_from(session_id);
                }
                o.model.clone_from(model);
            }
            Event::ToolUse(tool) => {
                o.tool_calls_total += 1;
                if self.names.len() < 10_000 {
                    self.names.insert(tool.id.clone(), tool.name.clone());
                }
                if o.tool_calls.len() < MAX_TOOL_CALLS {
                    o.tool_calls.push(ToolCallSummary {
                        name: bounded(&tool.name, 100),
                        summary: (self.redact)(&summarize_input(&tool.input)),
                    });
                }
            }
            Event::ToolResult {
                tool_use_id,
                is_error: true,
                snippet,
            } if looks_like_denial(snippet) && o.permission_denials.len() < MAX_DENIALS => {
                let tool = tool_use_id
                    .as_ref()
                    .and_then(|id| self.names.get(id))
                    .map(String::as_str)
                    .unwrap_or("a tool");
                let text = (self.redact)(&bounded(snippet.lines().next().unwrap_or(""), 160));
                o.permission_denials.push(format!("{tool}: {text}"));
            }
            Event::Result(r) => {
                o.finished = true;
                o.result_subtype.clone_from(&r.subtype);
                o.is_error = match r.is_error {
                    Some(flag) => flag,
                    None => r.subtype.as_deref() != Some("success"),
                };
                o.result = r.result.as_deref().map(|t| bounded(t, MAX_RESULT));
                o.num_turns = r.num_turns;
                for d in &r.permission_denials {
                    if o.permission_denials.len() < MAX_DENIALS
                        && !o
                            .permission_denials
                            .iter()
                            .any(|x| x.starts_with(d.as_str()))
                    {
                        o.permission_denials.push((self.redact)(d));
                    }
                }
            }
            Event::Malformed { .. } => o.skipped_lines += 1,
            Event::Unknown { .. } => o.unknown_events += 1,
            Event::System { .. }
            | Event::Text(_)
            | Event::Thinking
            | Event::ToolResult { .. }
            | Event::ControlRequest { .. }
            | Event::ControlResponse { .. } => {}
        }
    }
}

fn looks_like_denial(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "permission",
        "denied",
        "not allowed",
        "disallowed",
        "blocked",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A one-line summary of a tool's input: its SQL, command, path or pattern, else compact JSON.
pub fn summarize_input(input: &serde_json::Value) -> String {
    const KEYS: &[&str] = &[
        "sql",
        "query",
        "statement",
        "command",
        "file_path",
        "path",
        "notebook_path",
        "url",
        "pattern",
        "prompt",
    ];
    let text = KEYS
        .iter()
        .find_map(|k| input.get(*k).and_then(|v| v.as_str()))
        .map(str::to_string)
        .unwrap_or_else(|| match input {
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        });
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    bounded(&one_line, MAX_SUMMARY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exec::stream::{ResultEvent, ToolUse};

    fn collect(events: &[Event]) -> CortexOutcome {
        let redact = |s: &str| s.replace("SECRET", "<SECRET>");
        let mut c = Collector::new(&redact);
        for e in events {
            c.observe(e);
        }
        c.outcome
    }

    #[test]
    fn is_error_wins_over_a_success_subtype() {
        let o = collect(&[Event::Result(ResultEvent {
            subtype: Some("success".into()),
            is_error: Some(true),
            ..ResultEvent::default()
        })]);
        assert!(o.finished && o.is_error);
    }

    #[test]
    fn a_missing_is_error_falls_back_to_the_subtype() {
        let ok = collect(&[Event::Result(ResultEvent {
            subtype: Some("success".into()),
            ..ResultEvent::default()
        })]);
        assert!(!ok.is_error);
        let bad = collect(&[Event::Result(ResultEvent {
            subtype: Some("error_max_turns".into()),
            ..ResultEvent::default()
        })]);
        assert!(bad.is_error);
    }

    #[test]
    fn tool_calls_are_summarized_redacted_and_bounded() {
        let mut events = vec![Event::ToolUse(ToolUse {
            id: "t1".into(),
            name: "bash".into(),
            input: serde_json::json!({"command": "curl -H 'x: SECRET'\n  https://x"}),
        })];
        for i in 0..300 {
            events.push(Event::ToolUse(ToolUse {
                id: format!("n{i}"),
                name: "read".into(),
                input: serde_json::json!({"file_path": "/tmp/a"}),
            }));
        }
        let o = collect(&events);
        assert_eq!(o.tool_calls[0].summary, "curl -H 'x: <SECRET>' https://x");
        assert_eq!(o.tool_calls.len(), MAX_TOOL_CALLS);
        assert_eq!(o.tool_calls_total, 301);
    }

    #[test]
    fn denials_come_from_error_results_and_the_result_event() {
        let o = collect(&[
            Event::ToolUse(ToolUse {
                id: "t3".into(),
                name: "Write".into(),
                input: serde_json::json!({}),
            }),
            Event::ToolResult {
                tool_use_id: Some("t3".into()),
                is_error: true,
                snippet: "Permission denied: Write is not allowed".into(),
            },
            Event::ToolResult {
                tool_use_id: Some("t4".into()),
                is_error: true,
                snippet: "syntax error near FROM".into(),
            },
            Event::Result(ResultEvent {
                permission_denials: vec!["Edit (t5)".into()],
                ..ResultEvent::default()
            }),
        ]);
        assert_eq!(
            o.permission_denials,
            [
                "Write: Permission denied: Write is not allowed",
                "Edit (t5)"
            ]
        );
    }

    #[test]
    fn no_result_event_means_not_finished() {
        let o = collect(&[Event::Text("partial".into())]);
        assert!(!o.finished);
    }
}
