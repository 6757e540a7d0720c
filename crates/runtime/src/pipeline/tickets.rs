//! Approval tickets: issued when no person can be asked here (exit 3), approved by a person with
//! `cortex-route approve ID`, then redeemed once with `run --approval-ticket ID`.
//!
//! A ticket binds everything that changes what runs: the sanitized prompt (its SHA256), the
//! envelope, the approved tools, the connection, the context file (its SHA256) and whether recent
//! sessions are added, the extra `--disallowed-tools`, the protocol (gate or print) and a resumed
//! session. A redemption that differs in any of them is refused, names the field, and leaves the
//! ticket usable; so do a redemption before the person approved and a `--dry-run`. Tickets live
//! in the signed cache (tampering by another user is detected; the limit of that against a
//! process running as the same user is in README's security model).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cache::{Cache, CacheError, Lookup};
use cortex_route_policy::envelope::Envelope;

/// How long a ticket stays redeemable.
pub const TICKET_LIFETIME_SECS: i64 = 15 * 60;
/// Characters of the prompt's first line kept for the person to recognise it.
const FIRST_LINE_CHARS: usize = 160;

/// What a ticket is bound to. Built from the request at issue and again at redemption.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bound {
    /// SHA256 (hex) of the sanitized prompt.
    pub prompt_sha256: String,
    pub connection: Option<String>,
    /// SHA256 (hex) of the `--context-file` bytes.
    pub context_sha256: Option<String>,
    /// Recent Cortex sessions are added to the prompt (no `--no-sessions`).
    pub sessions: bool,
    /// `--disallowed-tools`, lowercased, sorted, without duplicates.
    pub extra_disallowed: Vec<String>,
    /// `gate` or `print`.
    pub protocol: String,
    /// `--resume`: the Cortex session continued.
    pub resume: Option<String>,
}

impl Bound {
    /// SHA256 of a prompt, hex.
    pub fn digest(text: &[u8]) -> String {
        hex::encode(Sha256::digest(text))
    }

    /// The first field that differs from `other`, by its flag's name.
    fn differs_from(&self, other: &Bound) -> Option<&'static str> {
        if self.prompt_sha256 != other.prompt_sha256 {
            Some("the prompt")
        } else if self.connection != other.connection {
            Some("--connection")
        } else if self.context_sha256 != other.context_sha256 {
            Some("--context-file")
        } else if self.sessions != other.sessions {
            Some("--no-sessions")
        } else if normalized(&self.extra_disallowed) != normalized(&other.extra_disallowed) {
            Some("--disallowed-tools")
        } else if self.protocol != other.protocol {
            Some("the protocol (gate or print mode)")
        } else if self.resume != other.resume {
            Some("--resume")
        } else {
            None
        }
    }
}

fn normalized(tools: &[String]) -> Vec<String> {
    let mut names: Vec<String> = tools
        .iter()
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    names.retain(|n| !n.is_empty());
    names.sort();
    names.dedup();
    names
}

/// How a person approved a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// `terminal` (`approve` at a terminal) or `agent_ui` (the agent's own permission prompt).
    pub via: String,
    pub at: String,
    /// The login name of the effective user who ran `approve`.
    pub user: String,
}

/// An approval ticket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub ticket: String,
    pub envelope: Envelope,
    pub tools: Vec<String>,
    pub bound: Bound,
    /// SHA256 over everything bound, the envelope and the tools: the one value a person or an
    /// audit record can compare.
    pub binding: String,
    /// The start of the sanitized prompt, for the person to recognise what they approve.
    pub prompt_first_line: String,
    /// What Cortex would be refused (`--disallowed-tools`), for the person to see.
    pub blocked: Vec<String>,
    pub issued_at: String,
    pub expires_at: String,
    /// Unix seconds, for the expiry check.
    pub expires_unix: i64,
    /// Set by `approve`; a ticket without it cannot run.
    pub approved: Option<Approval>,
    /// The routing decision the person saw (informational; the binding covers what runs).
    #[serde(default)]
    pub decision: Option<serde_json::Value>,
}

/// Why a ticket cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TicketError {
    #[error("approval ticket `{0}` is unknown, already used, or was tampered with")]
    Unknown(String),
    #[error("approval ticket `{0}` expired; run the request again to get a new one")]
    Expired(String),
    #[error(
        "approval ticket `{ticket}` was issued for another request: {field} differs; the ticket stays usable for the request it was issued for"
    )]
    Mismatch { ticket: String, field: &'static str },
    #[error(
        "approval ticket `{0}` is waiting for a person: ask them to run `cortex-route approve {0}` in a terminal, then run this again"
    )]
    NotApproved(String),
    #[error("`{0}` is not a ticket id (expected 32 hex characters)")]
    Malformed(String),
}

/// The binding hash of a request. Tools are compared case-insensitively and in any order.
pub fn binding(bound: &Bound, envelope: Envelope, tools: &[String]) -> String {
    let mut h = Sha256::new();
    h.update(b"cortex-route ticket v2\0");
    match serde_json::to_vec(bound) {
        Ok(bytes) => h.update(&bytes),
        // Invariant: `Bound` is plain strings and booleans; it always serializes.
        Err(_) => h.update(b"unserializable"),
    }
    h.update(b"\0");
    h.update(envelope.as_str().as_bytes());
    for name in normalized(tools) {
        h.update(b"\0");
        h.update(name.as_bytes());
    }
    hex::encode(h.finalize())
}

impl Ticket {
    /// A new, unapproved ticket with a random 128-bit id.
    pub fn issue(
        sanitized_prompt: &str,
        bound: Bound,
        envelope: Envelope,
        tools: &[String],
        blocked: &[String],
    ) -> Result<Ticket, String> {
        let mut id = [0u8; 16];
        getrandom::fill(&mut id).map_err(|e| format!("no randomness for a ticket id: {e}"))?;
        let now = jiff::Timestamp::now();
        let expires = now
            .checked_add(jiff::SignedDuration::from_secs(TICKET_LIFETIME_SECS))
            .map_err(|e| format!("ticket expiry: {e}"))?;
        let first_line: String = sanitized_prompt
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .take(FIRST_LINE_CHARS)
            .collect();
        Ok(Ticket {
            ticket: hex::encode(id),
            envelope,
            tools: tools.to_vec(),
            binding: binding(&bound, envelope, tools),
            bound,
            prompt_first_line: first_line,
            blocked: blocked.to_vec(),
            issued_at: now.to_string(),
            expires_at: expires.to_string(),
            expires_unix: expires.as_second(),
            approved: None,
            decision: None,
        })
    }

    fn expired(&self) -> bool {
        jiff::Timestamp::now().as_second() > self.expires_unix
    }

    /// Check the ticket against the request being run now (`envelope`: `--envelope`, when given).
    pub fn check(&self, now: &Bound, envelope: Option<Envelope>) -> Result<(), TicketError> {
        if self.expired() {
            return Err(TicketError::Expired(self.ticket.clone()));
        }
        if binding(&self.bound, self.envelope, &self.tools) != self.binding {
            return Err(TicketError::Unknown(self.ticket.clone()));
        }
        if envelope.is_some_and(|e| e != self.envelope) {
            return Err(TicketError::Mismatch {
                ticket: self.ticket.clone(),
                field: "--envelope",
            });
        }
        if let Some(field) = self.bound.differs_from(now) {
            return Err(TicketError::Mismatch {
                ticket: self.ticket.clone(),
                field,
            });
        }
        if self.approved.is_none() {
            return Err(TicketError::NotApproved(self.ticket.clone()));
        }
        Ok(())
    }
}

/// The cache entry name of a ticket.
fn entry_name(id: &str) -> String {
    format!("ticket-{id}")
}

/// Keep `ticket` in the signed cache until it expires.
pub fn store(cache: &Cache, ticket: &Ticket) -> Result<(), CacheError> {
    let left = (ticket.expires_unix - jiff::Timestamp::now().as_second()).max(1);
    cache.put(&entry_name(&ticket.ticket), ticket, left as u64)
}

/// Read ticket `id` without using it (`approve`, and the checks before a redemption).
pub fn load(cache: &Cache, id: &str) -> Result<Ticket, RedeemError> {
    validate_ticket_id(id)?;
    match cache.get::<Ticket>(&entry_name(id))? {
        Lookup::Fresh(ticket) if ticket.ticket == id => Ok(ticket),
        Lookup::Expired => Err(TicketError::Expired(id.to_string()).into()),
        Lookup::Fresh(_) | Lookup::Missing | Lookup::Rejected(_) => {
            Err(TicketError::Unknown(id.to_string()).into())
        }
    }
}

/// Check ticket `id` against this request without using it: what `--dry-run` does, and the
/// first half of a redemption.
pub fn check(
    cache: &Cache,
    id: &str,
    now: &Bound,
    envelope: Option<Envelope>,
) -> Result<Ticket, RedeemError> {
    let ticket = load(cache, id)?;
    ticket.check(now, envelope)?;
    Ok(ticket)
}

/// Use ticket `id` for this request: checked first (a mismatch leaves it usable), then taken
/// from the store in one step, so of two processes redeeming it at once exactly one runs.
pub fn redeem(
    cache: &Cache,
    id: &str,
    now: &Bound,
    envelope: Option<Envelope>,
) -> Result<Ticket, RedeemError> {
    let checked = check(cache, id, now, envelope)?;
    match cache.take::<Ticket>(&entry_name(id))? {
        Lookup::Fresh(taken) if taken == checked => Ok(taken),
        _ => Err(TicketError::Unknown(id.to_string()).into()),
    }
}

/// Record a person's approval on ticket `id`.
pub fn approve(cache: &Cache, id: &str, approval: Approval) -> Result<Ticket, RedeemError> {
    let mut ticket = load(cache, id)?;
    if ticket.expired() {
        return Err(TicketError::Expired(id.to_string()).into());
    }
    ticket.approved = Some(approval);
    store(cache, &ticket)?;
    Ok(ticket)
}

/// A person refused ticket `id`: it is gone.
pub fn discard(cache: &Cache, id: &str) -> Result<(), RedeemError> {
    validate_ticket_id(id)?;
    let _ = cache.take::<Ticket>(&entry_name(id))?;
    Ok(())
}

/// Why a ticket could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RedeemError {
    #[error(transparent)]
    Ticket(#[from] TicketError),
    #[error(transparent)]
    Cache(#[from] CacheError),
}

/// Ticket ids are 32 lowercase hex characters; anything else never reaches the file system.
pub fn validate_ticket_id(id: &str) -> Result<(), TicketError> {
    if id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        Ok(())
    } else {
        Err(TicketError::Malformed(id.chars().take(64).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tools(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn bound(prompt: &str) -> Bound {
        Bound {
            prompt_sha256: Bound::digest(prompt.as_bytes()),
            connection: Some("dev".into()),
            context_sha256: None,
            sessions: true,
            extra_disallowed: vec![],
            protocol: "gate".into(),
            resume: None,
        }
    }

    fn approval() -> Approval {
        Approval {
            via: "terminal".into(),
            at: "now".into(),
            user: "ana".into(),
        }
    }

    #[test]
    fn binding_ignores_tool_order_and_case() {
        let b = bound("p");
        let a = binding(&b, Envelope::Ro, &tools(&["Read", "snowflake_sql_execute"]));
        let c = binding(&b, Envelope::Ro, &tools(&["SNOWFLAKE_SQL_EXECUTE", "read"]));
        assert_eq!(a, c);
    }

    #[test]
    fn a_ticket_refuses_any_bound_field_that_differs_and_names_it() {
        let mut t =
            Ticket::issue("list tables", bound("list tables"), Envelope::Ro, &[], &[]).unwrap();
        t.approved = Some(approval());
        assert!(t.check(&bound("list tables"), Some(Envelope::Ro)).is_ok());
        let mismatch = |now: Bound, envelope| match t.check(&now, envelope) {
            Err(TicketError::Mismatch { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(mismatch(bound("drop tables"), None), "the prompt");
        assert_eq!(
            mismatch(bound("list tables"), Some(Envelope::Rw)),
            "--envelope"
        );
        let mut prod = bound("list tables");
        prod.connection = Some("prod".into());
        assert_eq!(mismatch(prod, None), "--connection");
        let mut ctx = bound("list tables");
        ctx.context_sha256 = Some("x".into());
        assert_eq!(mismatch(ctx, None), "--context-file");
        let mut extra = bound("list tables");
        extra.extra_disallowed = vec!["Task".into()];
        assert_eq!(mismatch(extra, None), "--disallowed-tools");
        let mut print = bound("list tables");
        print.protocol = "print".into();
        assert_eq!(mismatch(print, None), "the protocol (gate or print mode)");
        let mut resumed = bound("list tables");
        resumed.resume = Some("s-1".into());
        assert_eq!(mismatch(resumed, None), "--resume");
    }

    #[test]
    fn a_ticket_with_edited_tools_or_no_approval_does_not_run() {
        let mut t = Ticket::issue("q", bound("q"), Envelope::Ro, &tools(&["Read"]), &[]).unwrap();
        assert!(matches!(
            t.check(&bound("q"), None),
            Err(TicketError::NotApproved(_))
        ));
        t.approved = Some(approval());
        t.tools.push("Bash".to_string());
        assert!(matches!(
            t.check(&bound("q"), None),
            Err(TicketError::Unknown(_))
        ));
    }

    #[test]
    fn expired_ticket_is_refused() {
        let mut t = Ticket::issue("q", bound("q"), Envelope::Ro, &[], &[]).unwrap();
        t.expires_unix = 0;
        assert!(matches!(
            t.check(&bound("q"), None),
            Err(TicketError::Expired(_))
        ));
    }

    #[test]
    fn an_approved_ticket_redeems_once_and_a_mismatch_does_not_use_it() {
        let dir = tempfile::tempdir().unwrap();
        let cache =
            Cache::open(&dir.path().join("c"), &dir.path().join("k"), 0o600).expect("cache");
        let t = Ticket::issue("list tables", bound("list tables"), Envelope::Ro, &[], &[]).unwrap();
        store(&cache, &t).unwrap();
        assert!(matches!(
            redeem(&cache, &t.ticket, &bound("list tables"), None),
            Err(RedeemError::Ticket(TicketError::NotApproved(_)))
        ));
        approve(&cache, &t.ticket, approval()).unwrap();
        assert!(matches!(
            redeem(&cache, &t.ticket, &bound("drop tables"), None),
            Err(RedeemError::Ticket(TicketError::Mismatch { .. }))
        ));
        assert!(check(&cache, &t.ticket, &bound("list tables"), None).is_ok());
        assert!(redeem(&cache, &t.ticket, &bound("list tables"), None).is_ok());
        assert!(matches!(
            redeem(&cache, &t.ticket, &bound("list tables"), None),
            Err(RedeemError::Ticket(TicketError::Unknown(_)))
        ));
    }

    #[test]
    fn ticket_ids_cannot_smuggle_paths() {
        assert!(validate_ticket_id("../../etc/passwd").is_err());
        assert!(validate_ticket_id(&"A".repeat(32)).is_err());
        let t = Ticket::issue("q", bound("q"), Envelope::Ro, &[], &[]).unwrap();
        assert!(validate_ticket_id(&t.ticket).is_ok());
    }
}
