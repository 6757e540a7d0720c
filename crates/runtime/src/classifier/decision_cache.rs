//! Cached LLM decisions, so a repeated prompt does not pay for a second LLM call.
//!
//! Entries live in the signed cache (`crate::cache::Cache`) as `decision-<first 32 hex of the key>`
//! for `security.cache_ttl` seconds. The key is the SHA256 of everything the answer depends on: the
//! sanitized prompt, the model, the account URL, `min_confidence`, the skills (names, descriptions,
//! triggers) and this program's version (a new heuristic or prompt invalidates old answers).
//!
//! Only decisions that came from a successful LLM call are stored: the heuristic is cheaper than a
//! cache read. A cache that cannot be opened, read or written never fails routing; the router
//! reports it at `-v`.

use sha2::{Digest, Sha256};

use crate::cache::{Cache, CacheError, Lookup};
use cortex_route_policy::routing::SkillHint;
use cortex_route_policy::routing::{Decision, Route, Source};

/// What the key is made of, apart from the prompt.
#[derive(Debug, Clone, Copy)]
pub struct KeyParts<'a> {
    pub model: &'a str,
    pub base_url: &'a str,
    pub min_confidence: f64,
    pub skills: &'a [SkillHint],
}

/// The cache entry name for a prompt and settings.
pub fn entry_name(sanitized_prompt: &str, parts: &KeyParts<'_>) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        // Length-prefixed, so no two different inputs hash the same way by shifting a separator.
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(b"cortex-route routing decision v1");
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(sanitized_prompt.as_bytes());
    field(parts.model.as_bytes());
    field(parts.base_url.as_bytes());
    field(&parts.min_confidence.to_le_bytes());
    field(&skills_fingerprint(parts.skills));
    let digest = hex::encode(h.finalize());
    format!("decision-{}", &digest[..32])
}

/// SHA256 over the skills as routing sees them (order-independent).
pub fn skills_fingerprint(skills: &[SkillHint]) -> [u8; 32] {
    let mut lines: Vec<String> = skills
        .iter()
        .map(|s| serde_json::to_string(&(&s.name, &s.description, &s.triggers)).unwrap_or_default())
        .collect();
    lines.sort();
    let mut h = Sha256::new();
    for line in &lines {
        h.update((line.len() as u64).to_le_bytes());
        h.update(line.as_bytes());
    }
    h.finalize().into()
}

/// A fresh cached decision, reported with `source: "cache"`. `Ok(None)` when there is none (or it
/// was expired, or rejected as tampered and removed).
pub fn lookup(cache: &Cache, name: &str) -> Result<Option<Decision>, CacheError> {
    match cache.get::<Decision>(name)? {
        Lookup::Fresh(mut d) if matches!(d.route, Route::Cortex | Route::CodingAgent) => {
            d.source = Source::Cache;
            if !d.reason.starts_with("cached ") {
                d.reason = format!("cached {}", d.reason);
            }
            Ok(Some(d))
        }
        _ => Ok(None),
    }
}

/// Store a decision made with the LLM.
pub fn store(
    cache: &Cache,
    name: &str,
    decision: &Decision,
    ttl_secs: u64,
) -> Result<(), CacheError> {
    cache.put(name, decision, ttl_secs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cortex_route_policy::envelope::Envelope;

    fn parts<'a>(skills: &'a [SkillHint], model: &'a str) -> KeyParts<'a> {
        KeyParts {
            model,
            base_url: "https://a.example",
            min_confidence: 0.6,
            skills,
        }
    }

    #[test]
    fn key_changes_with_prompt_model_and_skills_but_not_skill_order() {
        let a = SkillHint {
            name: "a".into(),
            description: "x".into(),
            triggers: vec![],
        };
        let b = SkillHint {
            name: "b".into(),
            ..a.clone()
        };
        let ab = [a.clone(), b.clone()];
        let ba = [b, a.clone()];
        let base = entry_name("p", &parts(&ab, "m"));
        assert!(base.starts_with("decision-") && base.len() == "decision-".len() + 32);
        assert_eq!(base, entry_name("p", &parts(&ba, "m")));
        assert_ne!(base, entry_name("q", &parts(&ab, "m")));
        assert_ne!(base, entry_name("p", &parts(&ab, "other-model")));
        assert_ne!(base, entry_name("p", &parts(&[a], "m")));
    }

    #[test]
    fn stored_decisions_come_back_as_cache() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(&dir.path().join("c"), &dir.path().join("k"), 0o600).unwrap();
        let d = Decision {
            route: Route::Cortex,
            confidence: 0.9,
            envelope: Some(Envelope::Ro),
            tools: vec!["snowflake_sql_execute".into()],
            source: Source::Llm,
            reason: "LLM: reads ACCOUNT_USAGE".into(),
            blocked_by: None,
            matched: None,
        };
        let name = entry_name("p", &parts(&[], "m"));
        assert!(lookup(&cache, &name).unwrap().is_none());
        store(&cache, &name, &d, 60).unwrap();
        let back = lookup(&cache, &name).unwrap().unwrap();
        assert_eq!(back.source, Source::Cache);
        assert_eq!(back.route, Route::Cortex);
        assert!(back.reason.starts_with("cached LLM:"), "{}", back.reason);
    }
}
