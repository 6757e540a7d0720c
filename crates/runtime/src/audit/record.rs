//! What one audit record holds, the limits that keep it small, and its JSON field order.
//!
//! Callers fill a [`Record`] with plain data (no types from the other pipeline stages, so the
//! audit trail does not move when they do); [`AuditLog::append`](super::AuditLog::append) bounds
//! it, stamps it (version, time, id, user, host, working directory, process) and chains it.
//! Field names are public interface, documented in `references/audit.md`.
//!
//! Never in a record: the prompt (only [`PromptDigest`], the SHA256 of the *sanitized* prompt),
//! a token or a PAT. Tool-call summaries, reasons and denials must already be redacted by the
//! caller; this module only bounds them and removes control characters.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use cortex_route_policy::config::values::ApprovalMode;
use cortex_route_policy::envelope::Envelope;

/// Size limits applied to every record before it is written (`references/audit.md`). A longer
/// string is cut at a character boundary and ends with `…`; a longer list keeps its first items;
/// either way the record's `truncated` field is `true`.
pub mod limits {
    /// Identifiers: ids, route, source, status, `blocked_by`, the tripwire's rule.
    pub const SHORT: usize = 128;
    /// Tool names and finding kinds.
    pub const NAME: usize = 64;
    /// Free text: the decision's reason, the tripwire's detail.
    pub const TEXT: usize = 512;
    /// One permission denial.
    pub const DENIAL: usize = 256;
    /// One tool call's (already redacted) summary.
    pub const SUMMARY: usize = 256;
    /// The working directory.
    pub const PATH: usize = 1024;
    /// `approved_tools`, `disallowed_tools`.
    pub const TOOLS: usize = 64;
    /// `tool_calls` (the number left out is in `tool_calls_omitted`).
    pub const TOOL_CALLS: usize = 64;
    /// `permission_denials`.
    pub const DENIALS: usize = 16;
    /// Distinct kinds in `findings`.
    pub const FINDING_KINDS: usize = 32;
    /// A whole line, newline included. The limits above keep a record under about 80 KiB even
    /// when every string is full of characters JSON escapes; the writer refuses anything longer
    /// and readers treat a longer line as malformed.
    pub const LINE_BYTES: usize = 128 * 1024;
}

/// What happened. One record per pipeline outcome, plus `intent` before Cortex starts in the
/// automatic approval modes (the outcome record then points at it through `intent_id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// Stopped by a guard or the policy before anything ran.
    Blocked,
    /// Routed to the coding agent: nothing ran.
    RoutedAway,
    /// An approval ticket was issued; nothing ran yet.
    AwaitingApproval,
    /// A person said no.
    Denied,
    /// About to start Cortex (written, and synced, before it starts).
    Intent,
    /// Cortex ran and finished.
    Executed,
    /// The tripwire stopped Cortex.
    Tripped,
    /// Cortex ran past the timeout and was stopped.
    TimedOut,
    /// Cortex failed, or could not be started.
    Failed,
    /// Interrupted (Ctrl-C).
    Interrupted,
    /// The gate refused one tool call before it ran (`denied_call`); the run goes on unless
    /// `gate.on_deny: stop`.
    ToolDenied,
    /// A person approved an approval ticket (`approve`); `approved_by` says how.
    TicketApproved,
    /// A person refused an approval ticket; it is gone.
    TicketDenied,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Blocked => "blocked",
            Event::RoutedAway => "routed_away",
            Event::AwaitingApproval => "awaiting_approval",
            Event::Denied => "denied",
            Event::Intent => "intent",
            Event::Executed => "executed",
            Event::Tripped => "tripped",
            Event::TimedOut => "timed_out",
            Event::Failed => "failed",
            Event::Interrupted => "interrupted",
            Event::ToolDenied => "tool_denied",
            Event::TicketApproved => "ticket_approved",
            Event::TicketDenied => "ticket_denied",
        }
    }
}

impl From<cortex_route_policy::outcome::Status> for Event {
    /// The outcome record's event for a run that ended with `status`.
    fn from(status: cortex_route_policy::outcome::Status) -> Event {
        use cortex_route_policy::outcome::Status;
        match status {
            Status::Executed => Event::Executed,
            Status::RoutedToCodingAgent => Event::RoutedAway,
            Status::Blocked => Event::Blocked,
            Status::AwaitingApproval => Event::AwaitingApproval,
            Status::Denied => Event::Denied,
            Status::Failed => Event::Failed,
            Status::TimedOut => Event::TimedOut,
            Status::Tripped => Event::Tripped,
            Status::Interrupted => Event::Interrupted,
        }
    }
}

/// The `event` of the record the log writes itself as the first line of a file it starts at
/// rotation.
pub const LOG_ROTATED: &str = "log_rotated";

/// The routing decision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// `cortex`, `coding_agent` or `blocked`.
    pub route: String,
    /// 0 to 1; not finite values are dropped.
    pub confidence: Option<f64>,
    /// `llm`, `heuristic`, `cache` or `rule`.
    pub source: Option<String>,
    /// Why, in a sentence (redacted by the caller).
    pub reason: Option<String>,
}

/// Who or what approved the run (the same type the planner decides with).
pub use cortex_route_policy::outcome::ApprovedBy;

/// One tool call Cortex made: its name and a short summary the caller has already redacted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolCall {
    pub name: String,
    pub summary: String,
}

/// The tripwire's verdict: which call broke which rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tripwire {
    pub tool: String,
    pub rule: String,
    pub detail: String,
}

/// The SHA256 of the sanitized prompt. The only way to make one is from the prompt text, so the
/// prompt itself cannot end up in a record by mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PromptDigest([u8; 32]);

impl PromptDigest {
    /// Digest of the sanitized prompt (the text Cortex gets).
    pub fn of(sanitized_prompt: &str) -> Self {
        PromptDigest(Sha256::digest(sanitized_prompt.as_bytes()).into())
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// A digest written as 64 hex digits.
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = hex::decode(text).ok()?;
        Some(PromptDigest(bytes.try_into().ok()?))
    }
}

impl Serialize for PromptDigest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for PromptDigest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        super::line::decode_hex(text.as_bytes())
            .map(PromptDigest)
            .ok_or_else(|| serde::de::Error::custom("prompt_sha256 must be 64 lowercase hex"))
    }
}

/// What the caller knows about one outcome. Everything is optional or empty by default except
/// the event: `Record { status: Some("executed".into()), ..Record::new(Event::Executed) }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub event: Event,
    /// For an outcome that followed an `intent` record: that record's `audit_id`.
    pub intent_id: Option<String>,
    pub decision: Option<Decision>,
    /// `credential_path`, `prompt_injection`, `envelope_not_allowed`, `audit_log_unwritable`, …
    pub blocked_by: Option<String>,
    pub envelope: Option<Envelope>,
    pub approval_mode: Option<ApprovalMode>,
    pub approved_tools: Vec<String>,
    pub disallowed_tools: Vec<String>,
    pub approved_by: Option<ApprovedBy>,
    pub prompt_sha256: Option<PromptDigest>,
    /// Guard findings: kind → how many (never the matched text).
    pub findings: BTreeMap<String, u32>,
    pub cortex_session_id: Option<String>,
    /// `run --resume`: the Cortex session the run continues (already resolved from `last`).
    #[serde(default)]
    pub resume: Option<String>,
    pub tool_calls: Vec<ToolCall>,
    pub tripwire: Option<Tripwire>,
    /// `tool_denied` records: the call the gate refused.
    pub denied_call: Option<Tripwire>,
    /// How Cortex was run: `gate+hooks`, `gate` or `print`.
    pub protocol: Option<String>,
    pub permission_denials: Vec<String>,
    /// The run's status, as in `run --json`.
    pub status: Option<String>,
    pub exit_code: Option<i32>,
    pub duration_ms: Option<u64>,
}

impl Record {
    pub fn new(event: Event) -> Self {
        Record {
            event,
            intent_id: None,
            decision: None,
            blocked_by: None,
            envelope: None,
            approval_mode: None,
            approved_tools: Vec::new(),
            disallowed_tools: Vec::new(),
            approved_by: None,
            prompt_sha256: None,
            findings: BTreeMap::new(),
            cortex_session_id: None,
            resume: None,
            tool_calls: Vec::new(),
            tripwire: None,
            denied_call: None,
            protocol: None,
            permission_denials: Vec::new(),
            status: None,
            exit_code: None,
            duration_ms: None,
        }
    }

    /// A copy within [`limits`], without control characters; the flag says whether anything was
    /// cut, and how many tool calls were left out.
    pub(crate) fn bounded(&self) -> Bounded {
        let mut cut = Cutter::default();
        let record = Record {
            event: self.event,
            intent_id: cut.opt(&self.intent_id, limits::SHORT),
            decision: self.decision.as_ref().map(|d| Decision {
                route: cut.text(&d.route, limits::SHORT),
                confidence: d.confidence.filter(|c| c.is_finite()),
                source: cut.opt(&d.source, limits::SHORT),
                reason: cut.opt(&d.reason, limits::TEXT),
            }),
            blocked_by: cut.opt(&self.blocked_by, limits::SHORT),
            envelope: self.envelope,
            approval_mode: self.approval_mode,
            approved_tools: cut.list(&self.approved_tools, limits::TOOLS, limits::NAME),
            disallowed_tools: cut.list(&self.disallowed_tools, limits::TOOLS, limits::NAME),
            approved_by: self.approved_by.as_ref().map(|by| match by {
                ApprovedBy::Ticket { ticket, via } => ApprovedBy::Ticket {
                    ticket: cut.text(ticket, limits::SHORT),
                    via: cut.text(via, limits::SHORT),
                },
                other => other.clone(),
            }),
            prompt_sha256: self.prompt_sha256,
            findings: {
                if self.findings.len() > limits::FINDING_KINDS {
                    cut.truncated = true;
                }
                self.findings
                    .iter()
                    .take(limits::FINDING_KINDS)
                    .map(|(k, v)| (cut.text(k, limits::NAME), *v))
                    .collect()
            },
            cortex_session_id: cut.opt(&self.cortex_session_id, limits::SHORT),
            resume: cut.opt(&self.resume, limits::SHORT),
            tool_calls: {
                if self.tool_calls.len() > limits::TOOL_CALLS {
                    cut.truncated = true;
                }
                self.tool_calls
                    .iter()
                    .take(limits::TOOL_CALLS)
                    .map(|c| ToolCall {
                        name: cut.text(&c.name, limits::NAME),
                        summary: cut.text(&c.summary, limits::SUMMARY),
                    })
                    .collect()
            },
            tripwire: self.tripwire.as_ref().map(|t| Tripwire {
                tool: cut.text(&t.tool, limits::NAME),
                rule: cut.text(&t.rule, limits::SHORT),
                detail: cut.text(&t.detail, limits::TEXT),
            }),
            denied_call: self.denied_call.as_ref().map(|t| Tripwire {
                tool: cut.text(&t.tool, limits::NAME),
                rule: cut.text(&t.rule, limits::SHORT),
                detail: cut.text(&t.detail, limits::TEXT),
            }),
            protocol: cut.opt(&self.protocol, limits::SHORT),
            permission_denials: cut.list(&self.permission_denials, limits::DENIALS, limits::DENIAL),
            status: cut.opt(&self.status, limits::SHORT),
            exit_code: self.exit_code,
            duration_ms: self.duration_ms,
        };
        Bounded {
            tool_calls_omitted: self.tool_calls.len().saturating_sub(limits::TOOL_CALLS),
            truncated: cut.truncated,
            record,
        }
    }
}

/// A record after [`Record::bounded`].
pub(crate) struct Bounded {
    pub record: Record,
    pub tool_calls_omitted: usize,
    pub truncated: bool,
}

#[derive(Default)]
struct Cutter {
    truncated: bool,
}

impl Cutter {
    fn text(&mut self, text: &str, max: usize) -> String {
        let (clean, cut) = clean_text(text, max);
        self.truncated |= cut;
        clean
    }

    fn opt(&mut self, text: &Option<String>, max: usize) -> Option<String> {
        text.as_deref().map(|t| self.text(t, max))
    }

    fn list(&mut self, items: &[String], max_items: usize, max_len: usize) -> Vec<String> {
        if items.len() > max_items {
            self.truncated = true;
        }
        items
            .iter()
            .take(max_items)
            .map(|t| self.text(t, max_len))
            .collect()
    }
}

/// Control characters become spaces (line breaks, tabs) or U+FFFD (the rest), so a record cannot
/// carry terminal escapes; then the text is cut to at most `max` bytes, ending with `…` when cut.
pub(crate) fn clean_text(text: &str, max: usize) -> (String, bool) {
    let clean = |c: char| match c {
        '\n' | '\r' | '\t' => ' ',
        c if c.is_control() => char::REPLACEMENT_CHARACTER,
        c => c,
    };
    let mut total = 0;
    let fits = text.chars().all(|c| {
        total += clean(c).len_utf8();
        total <= max
    });
    if fits {
        return (text.chars().map(clean).collect(), false);
    }
    let budget = max.saturating_sub('…'.len_utf8());
    let mut out = String::with_capacity(max);
    for c in text.chars().map(clean) {
        if out.len() + c.len_utf8() > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    (out, true)
}

/// Who and where: filled by the writer for every record.
#[derive(Debug, Clone)]
pub(crate) struct Stamp {
    pub ts: String,
    pub audit_id: String,
    pub user: String,
    pub uid: u32,
    pub host: String,
    pub cwd: String,
    pub pid: u32,
}

impl Stamp {
    pub fn now() -> Stamp {
        let now = jiff::Timestamp::now();
        let (user, uid) = super::host::user();
        Stamp {
            ts: format!("{now:.3}"),
            audit_id: new_audit_id(now),
            user: clean_text(&user, limits::SHORT).0,
            uid,
            host: clean_text(&super::host::hostname(), limits::SHORT).0,
            cwd: clean_text(
                &std::env::current_dir()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| "?".to_string()),
                limits::PATH,
            )
            .0,
            pid: std::process::id(),
        }
    }
}

/// `20260412T101500Z-3f9a1c2b7d4e`: sortable by time, unique through 48 random bits.
fn new_audit_id(now: jiff::Timestamp) -> String {
    let mut random = [0u8; 6];
    if getrandom::fill(&mut random).is_err() {
        // Uniqueness only, not secrecy: fall back to the clock's nanoseconds and the pid.
        let n = now.as_nanosecond() as u64 ^ (u64::from(std::process::id()) << 32);
        random.copy_from_slice(&n.to_le_bytes()[..6]);
    }
    format!("{}-{}", now.strftime("%Y%m%dT%H%M%SZ"), hex::encode(random))
}

/// The first record of a file the log started at rotation.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Rotation {
    /// This file's generation: 1 for the file that starts the chain, +1 at each rotation.
    pub generation: u32,
    /// The file name the previous generation was renamed to.
    pub previous_file: String,
}

/// The record retention writes after deleting rotated files: the chain now starts after
/// generation `through_generation`, whose last record was `last_entry_hash`. `audit verify` accepts
/// missing old files only when such a record accounts for them.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RemovedFiles {
    pub through_generation: u32,
    pub last_entry_hash: String,
    pub files: u32,
}

/// The `event` of a retention record.
pub const RETENTION_REMOVED: &str = "retention_removed";

/// The serialized shape of a line, in field order. `prev_hash` must stay last: the line format
/// (`line.rs`) appends `entry_hash` after it and finds both at fixed offsets from the end.
#[derive(Serialize)]
pub(crate) struct Entry<'a> {
    pub version: u32,
    pub ts: &'a str,
    pub audit_id: &'a str,
    pub event: &'a str,
    pub intent_id: Option<&'a str>,
    pub user: &'a str,
    pub uid: u32,
    pub host: &'a str,
    pub cwd: &'a str,
    pub pid: u32,
    pub decision: Option<&'a Decision>,
    pub blocked_by: Option<&'a str>,
    pub envelope: Option<Envelope>,
    pub approval_mode: Option<ApprovalMode>,
    pub approved_tools: &'a [String],
    pub disallowed_tools: &'a [String],
    pub approved_by: Option<&'a ApprovedBy>,
    pub prompt_sha256: Option<&'a PromptDigest>,
    pub findings: &'a BTreeMap<String, u32>,
    pub cortex_session_id: Option<&'a str>,
    pub resume: Option<&'a str>,
    pub tool_calls: &'a [ToolCall],
    pub tool_calls_omitted: usize,
    pub tripwire: Option<&'a Tripwire>,
    pub denied_call: Option<&'a Tripwire>,
    pub protocol: Option<&'a str>,
    pub permission_denials: &'a [String],
    pub status: Option<&'a str>,
    pub exit_code: Option<i32>,
    pub duration_ms: Option<u64>,
    pub truncated: bool,
    pub rotation: Option<&'a Rotation>,
    pub removed_files: Option<&'a RemovedFiles>,
    pub prev_hash: String,
}

impl<'a> Entry<'a> {
    pub fn of_record(stamp: &'a Stamp, b: &'a Bounded, prev: &super::line::Hash) -> Entry<'a> {
        let r = &b.record;
        Entry {
            event: r.event.as_str(),
            intent_id: r.intent_id.as_deref(),
            decision: r.decision.as_ref(),
            blocked_by: r.blocked_by.as_deref(),
            envelope: r.envelope,
            approval_mode: r.approval_mode,
            approved_tools: &r.approved_tools,
            disallowed_tools: &r.disallowed_tools,
            approved_by: r.approved_by.as_ref(),
            prompt_sha256: r.prompt_sha256.as_ref(),
            findings: &r.findings,
            cortex_session_id: r.cortex_session_id.as_deref(),
            resume: r.resume.as_deref(),
            tool_calls: &r.tool_calls,
            tool_calls_omitted: b.tool_calls_omitted,
            tripwire: r.tripwire.as_ref(),
            denied_call: r.denied_call.as_ref(),
            protocol: r.protocol.as_deref(),
            permission_denials: &r.permission_denials,
            status: r.status.as_deref(),
            exit_code: r.exit_code,
            duration_ms: r.duration_ms,
            truncated: b.truncated,
            ..Entry::blank(stamp, LOG_ROTATED, prev)
        }
    }

    pub fn rotation_marker(
        stamp: &'a Stamp,
        rotation: &'a Rotation,
        prev: &super::line::Hash,
    ) -> Entry<'a> {
        Entry {
            rotation: Some(rotation),
            ..Entry::blank(stamp, LOG_ROTATED, prev)
        }
    }

    /// The record retention writes after removing files.
    pub fn retention_marker(
        stamp: &'a Stamp,
        removed: &'a RemovedFiles,
        prev: &super::line::Hash,
    ) -> Entry<'a> {
        Entry {
            removed_files: Some(removed),
            ..Entry::blank(stamp, RETENTION_REMOVED, prev)
        }
    }

    fn blank(stamp: &'a Stamp, event: &'a str, prev: &super::line::Hash) -> Entry<'a> {
        const NONE: &[String] = &[];
        static NO_FINDINGS: BTreeMap<String, u32> = BTreeMap::new();
        Entry {
            version: super::line::FORMAT_VERSION,
            ts: &stamp.ts,
            audit_id: &stamp.audit_id,
            event,
            intent_id: None,
            user: &stamp.user,
            uid: stamp.uid,
            host: &stamp.host,
            cwd: &stamp.cwd,
            pid: stamp.pid,
            decision: None,
            blocked_by: None,
            envelope: None,
            approval_mode: None,
            approved_tools: NONE,
            disallowed_tools: NONE,
            approved_by: None,
            prompt_sha256: None,
            findings: &NO_FINDINGS,
            cortex_session_id: None,
            resume: None,
            tool_calls: &[],
            tool_calls_omitted: 0,
            tripwire: None,
            denied_call: None,
            protocol: None,
            permission_denials: NONE,
            status: None,
            exit_code: None,
            duration_ms: None,
            truncated: false,
            rotation: None,
            removed_files: None,
            prev_hash: super::line::hash_str(prev),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_removed_and_long_text_is_cut_on_a_char_boundary() {
        assert_eq!(
            clean_text("a\nb\x1b[31mc", 100),
            ("a b\u{fffd}[31mc".to_string(), false)
        );
        let (cut, was_cut) = clean_text(&"é".repeat(100), 11);
        assert!(was_cut);
        assert!(cut.len() <= 11, "{cut:?}");
        assert!(cut.ends_with('…'));
        // Exactly at the limit is not cut.
        assert_eq!(clean_text("abcd", 4), ("abcd".to_string(), false));
        assert_eq!(clean_text("abcde", 4), ("a…".to_string(), true));
    }

    #[test]
    fn hostile_record_is_bounded_and_flagged() {
        let huge = "\"\\".repeat(5_000);
        let mut r = Record::new(Event::Executed);
        r.decision = Some(Decision {
            route: huge.clone(),
            confidence: Some(f64::NAN),
            source: Some(huge.clone()),
            reason: Some(huge.clone()),
        });
        r.intent_id = Some(huge.clone());
        r.blocked_by = Some(huge.clone());
        r.approved_tools = vec![huge.clone(); 1000];
        r.disallowed_tools = vec![huge.clone(); 1000];
        r.approved_by = Some(ApprovedBy::Ticket {
            ticket: huge.clone(),
            via: huge.clone(),
        });
        r.findings = (0..100).map(|i| (format!("{i}{huge}"), i)).collect();
        r.cortex_session_id = Some(huge.clone());
        r.tool_calls = vec![
            ToolCall {
                name: huge.clone(),
                summary: huge.clone(),
            };
            200
        ];
        r.tripwire = Some(Tripwire {
            tool: huge.clone(),
            rule: huge.clone(),
            detail: huge.clone(),
        });
        r.permission_denials = vec![huge.clone(); 1000];
        r.status = Some(huge.clone());
        let b = r.bounded();
        assert!(b.truncated);
        assert_eq!(b.tool_calls_omitted, 200 - limits::TOOL_CALLS);
        assert_eq!(b.record.decision.as_ref().unwrap().confidence, None);
        let mut stamp = Stamp::now();
        stamp.cwd = "/".repeat(limits::PATH);
        let body = serde_json::to_vec(&Entry::of_record(&stamp, &b, &[b'7'; 64])).unwrap();
        assert!(
            body.len() + 100 < 80 * 1024 && 80 * 1024 < limits::LINE_BYTES,
            "a bounded record is {} bytes",
            body.len()
        );
    }

    #[test]
    fn a_small_record_is_not_flagged() {
        let mut r = Record::new(Event::Blocked);
        r.blocked_by = Some("credential_path".into());
        let b = r.bounded();
        assert!(!b.truncated);
        assert_eq!(b.record, r);
    }

    #[test]
    fn every_run_status_has_an_outcome_event_of_the_same_name() {
        use cortex_route_policy::outcome::Status;
        for (status, event) in [
            (Status::Executed, "executed"),
            (Status::RoutedToCodingAgent, "routed_away"),
            (Status::Blocked, "blocked"),
            (Status::AwaitingApproval, "awaiting_approval"),
            (Status::Denied, "denied"),
            (Status::Failed, "failed"),
            (Status::TimedOut, "timed_out"),
            (Status::Tripped, "tripped"),
            (Status::Interrupted, "interrupted"),
        ] {
            let e = Event::from(status);
            assert_eq!(e.as_str(), event);
            assert_eq!(serde_json::to_value(e).unwrap(), event);
        }
    }

    #[test]
    fn prompt_digest_is_the_sha256_of_the_sanitized_prompt() {
        assert_eq!(
            PromptDigest::of("abc").to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn approved_by_is_tagged_in_records() {
        let ours = ApprovedBy::Ticket {
            ticket: "t1".into(),
            via: "terminal".into(),
        };
        assert_eq!(
            serde_json::to_value(&ours).unwrap(),
            serde_json::json!({"by": "ticket", "ticket": "t1", "via": "terminal"})
        );
    }
}
