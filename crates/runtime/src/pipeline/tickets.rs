//! Approval tickets: issued when no person can be asked here, redeemed with `--approval-ticket`.
//! A ticket is bound to the SHA256 of (sanitized prompt, envelope, tools), single use, expiring,
//! and kept in the signed cache. Asking on a terminal is the binary's business.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cache::{Cache, CacheError, Lookup};
use cortex_route_policy::envelope::Envelope;

/// How long a ticket stays redeemable.
pub const TICKET_LIFETIME_SECS: i64 = 15 * 60;

/// An approval ticket: issued when no person can be asked here, redeemed once after they approve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub ticket: String,
    pub envelope: Envelope,
    pub tools: Vec<String>,
    /// SHA256 of (sanitized prompt, envelope, tools): the ticket is valid for exactly this.
    pub binding: String,
    pub issued_at: String,
    pub expires_at: String,
    /// Unix seconds, for the expiry check.
    pub expires_unix: i64,
    /// `--disallowed-tools` given when the ticket was issued; redeeming adds them again.
    #[serde(default)]
    pub extra_disallowed: Vec<String>,
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
        "approval ticket `{0}` was issued for a different request (prompt, envelope or tools differ); it cannot be reused"
    )]
    Mismatch(String),
    #[error("`{0}` is not a ticket id (expected 32 hex characters)")]
    Malformed(String),
}

/// The binding hash of a request. Tools are compared case-insensitively and in any order.
pub fn binding(sanitized_prompt: &str, envelope: Envelope, tools: &[String]) -> String {
    let mut names: Vec<String> = tools.iter().map(|t| t.to_ascii_lowercase()).collect();
    names.sort();
    names.dedup();
    let mut h = Sha256::new();
    h.update(b"cortex-route ticket v1\0");
    h.update(sanitized_prompt.as_bytes());
    h.update(b"\0");
    h.update(envelope.as_str().as_bytes());
    for name in &names {
        h.update(b"\0");
        h.update(name.as_bytes());
    }
    hex::encode(h.finalize())
}

impl Ticket {
    /// A new ticket with a random 128-bit id.
    pub fn issue(
        sanitized_prompt: &str,
        envelope: Envelope,
        tools: &[String],
    ) -> Result<Ticket, String> {
        let mut id = [0u8; 16];
        getrandom::fill(&mut id).map_err(|e| format!("no randomness for a ticket id: {e}"))?;
        let now = jiff::Timestamp::now();
        let expires = now
            .checked_add(jiff::SignedDuration::from_secs(TICKET_LIFETIME_SECS))
            .map_err(|e| format!("ticket expiry: {e}"))?;
        Ok(Ticket {
            ticket: hex::encode(id),
            envelope,
            tools: tools.to_vec(),
            binding: binding(sanitized_prompt, envelope, tools),
            issued_at: now.to_string(),
            expires_at: expires.to_string(),
            expires_unix: expires.as_second(),
            extra_disallowed: Vec::new(),
            decision: None,
        })
    }

    /// Check a redeemed ticket against the request being run now.
    pub fn check(
        &self,
        sanitized_prompt: &str,
        envelope: Option<Envelope>,
    ) -> Result<(), TicketError> {
        if jiff::Timestamp::now().as_second() > self.expires_unix {
            return Err(TicketError::Expired(self.ticket.clone()));
        }
        if envelope.is_some_and(|e| e != self.envelope) {
            return Err(TicketError::Mismatch(self.ticket.clone()));
        }
        if binding(sanitized_prompt, self.envelope, &self.tools) != self.binding {
            return Err(TicketError::Mismatch(self.ticket.clone()));
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
    cache.put(
        &entry_name(&ticket.ticket),
        ticket,
        TICKET_LIFETIME_SECS as u64,
    )
}

/// Redeem ticket `id` for this request: single use (it is consumed even when it does not match,
/// so a ticket cannot be probed), unexpired, untampered, and bound to exactly this sanitized
/// prompt and (when given) envelope.
pub fn redeem(
    cache: &Cache,
    id: &str,
    sanitized_prompt: &str,
    envelope: Option<Envelope>,
) -> Result<Ticket, RedeemError> {
    validate_ticket_id(id)?;
    let ticket = match cache.take::<Ticket>(&entry_name(id))? {
        Lookup::Fresh(ticket) => ticket,
        Lookup::Expired => return Err(TicketError::Expired(id.to_string()).into()),
        Lookup::Missing | Lookup::Rejected(_) => {
            return Err(TicketError::Unknown(id.to_string()).into());
        }
    };
    if ticket.ticket != id {
        return Err(TicketError::Unknown(id.to_string()).into());
    }
    ticket.check(sanitized_prompt, envelope)?;
    Ok(ticket)
}

/// Why a ticket could not be redeemed.
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

    #[test]
    fn binding_ignores_tool_order_and_case() {
        let a = binding(
            "p",
            Envelope::Ro,
            &tools(&["Read", "snowflake_sql_execute"]),
        );
        let b = binding(
            "p",
            Envelope::Ro,
            &tools(&["SNOWFLAKE_SQL_EXECUTE", "read"]),
        );
        assert_eq!(a, b);
    }

    #[test]
    fn ticket_refuses_an_altered_prompt_or_envelope() {
        let t = Ticket::issue("list tables", Envelope::Ro, &tools(&["Read"])).unwrap();
        assert!(t.check("list tables", None).is_ok());
        assert!(t.check("list tables", Some(Envelope::Ro)).is_ok());
        assert_eq!(
            t.check("drop tables", None),
            Err(TicketError::Mismatch(t.ticket.clone()))
        );
        assert_eq!(
            t.check("list tables", Some(Envelope::Rw)),
            Err(TicketError::Mismatch(t.ticket.clone()))
        );
    }

    #[test]
    fn ticket_with_edited_tools_no_longer_matches() {
        let mut t = Ticket::issue("q", Envelope::Ro, &tools(&["Read"])).unwrap();
        t.tools.push("Bash".to_string());
        assert!(matches!(t.check("q", None), Err(TicketError::Mismatch(_))));
    }

    #[test]
    fn expired_ticket_is_refused() {
        let mut t = Ticket::issue("q", Envelope::Ro, &[]).unwrap();
        t.expires_unix = 0;
        assert!(matches!(t.check("q", None), Err(TicketError::Expired(_))));
    }

    #[test]
    fn stored_ticket_redeems_once_and_only_for_its_request() {
        let dir = tempfile::tempdir().unwrap();
        let cache =
            Cache::open(&dir.path().join("c"), &dir.path().join("k"), 0o600).expect("cache");
        let t = Ticket::issue("list tables", Envelope::Ro, &tools(&["Read"])).unwrap();
        store(&cache, &t).unwrap();
        let again = Ticket::issue("list tables", Envelope::Ro, &tools(&["Read"])).unwrap();
        store(&cache, &again).unwrap();
        assert!(redeem(&cache, &t.ticket, "list tables", None).is_ok());
        assert!(matches!(
            redeem(&cache, &t.ticket, "list tables", None),
            Err(RedeemError::Ticket(TicketError::Unknown(_)))
        ));
        assert!(matches!(
            redeem(&cache, &again.ticket, "drop tables", None),
            Err(RedeemError::Ticket(TicketError::Mismatch(_)))
        ));
        assert!(
            redeem(&cache, &again.ticket, "list tables", None).is_err(),
            "a mismatched redemption consumed the ticket"
        );
    }

    #[test]
    fn ticket_ids_cannot_smuggle_paths() {
        assert!(validate_ticket_id("../../etc/passwd").is_err());
        assert!(validate_ticket_id(&"A".repeat(32)).is_err());
        let t = Ticket::issue("q", Envelope::Ro, &[]).unwrap();
        assert!(validate_ticket_id(&t.ticket).is_ok());
    }
}
