//! Which Cortex sessions cortex-route started, and under what envelope.
//!
//! Before it starts Cortex, a run stores a signed registration in the cache (`run-<id>`: the
//! envelope, the exact blocked-tools list, the SHA256 of a random token, the intent record) and
//! passes the id and the token to Cortex in its environment ([`RUN_ID_VAR`], [`RUN_TOKEN_VAR`]).
//! The PreToolUse hook, started by Cortex, inherits them and judges the call by the run's envelope
//! instead of `hooks.envelope`. The registration is removed when the run ends and expires with the
//! run's timeout.
//!
//! Evidence: no public source says whether Cortex passes its own environment to command hooks
//! (Claude Code does, and Cortex's hooks follow Claude Code's design). If it does not, the hook of
//! a run cortex-route started sees no id and judges by `hooks.envelope`; the run's own gate and
//! tripwire still judge by the run's envelope, so the stricter of the two wins — never the looser.
//!
//! A session that *claims* to be a run (the variables are set) but whose registration is missing,
//! expired, forged or does not match the token is refused outright: a forged claim must not
//! borrow a wider envelope.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use cortex_route_policy::envelope::Envelope;

use crate::cache::{Cache, CacheError, Lookup};

/// The run id, in Cortex's environment.
pub const RUN_ID_VAR: &str = "CORTEX_ROUTE_RUN_ID";
/// The run's secret token, in Cortex's environment; the registration holds only its SHA256.
pub const RUN_TOKEN_VAR: &str = "CORTEX_ROUTE_RUN_TOKEN";

/// What a run registered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunRegistration {
    pub envelope: Envelope,
    /// The exact `--disallowed-tools` list of the run.
    pub disallowed: Vec<String>,
    /// The run's `intent` record, for the hook's audit records.
    pub intent_id: Option<String>,
    /// The Snowflake connection the run uses (`None`: Cortex's default).
    pub connection: Option<String>,
    /// Set by [`register`].
    token_sha256: String,
}

impl RunRegistration {
    pub fn new(
        envelope: Envelope,
        disallowed: &[String],
        intent_id: Option<&str>,
        connection: Option<&str>,
    ) -> RunRegistration {
        RunRegistration {
            envelope,
            disallowed: disallowed.to_vec(),
            intent_id: intent_id.map(str::to_string),
            connection: connection.map(str::to_string),
            token_sha256: String::new(),
        }
    }
}

/// A live registration; removed from the cache when dropped.
#[derive(Debug)]
pub struct Registered {
    cache: Cache,
    id: String,
    token: String,
}

impl Registered {
    /// The variables to add to Cortex's environment.
    pub fn env(&self) -> [(&'static str, String); 2] {
        [
            (RUN_ID_VAR, self.id.clone()),
            (RUN_TOKEN_VAR, self.token.clone()),
        ]
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        let _ = self.cache.remove(&entry_name(&self.id));
    }
}

fn entry_name(id: &str) -> String {
    format!("run-{id}")
}

fn random_hex(bytes: usize) -> Result<String, CacheError> {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b).map_err(|e| CacheError::Random(e.to_string()))?;
    Ok(hex::encode(b))
}

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Register a run that may last `ttl_secs`.
pub fn register(
    cache: &Cache,
    run: &RunRegistration,
    ttl_secs: u64,
) -> Result<Registered, CacheError> {
    let id = random_hex(12)?;
    let token = random_hex(32)?;
    let registration = RunRegistration {
        token_sha256: digest(&token),
        ..run.clone()
    };
    cache.put(&entry_name(&id), &registration, ttl_secs)?;
    Ok(Registered {
        cache: cache.clone(),
        id,
        token,
    })
}

/// What the hook's environment says about its session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// Not started by cortex-route (no run id).
    None,
    /// A registered run, verified.
    Run(RunRegistration),
    /// A run id that does not check out; the reason says why. Refuse.
    Invalid(String),
}

/// Check the run id and token in `var` against the cache. `cache` is `Err` when it cannot be
/// opened; that only matters when a run is claimed.
pub fn claim(
    var: &dyn Fn(&str) -> Option<String>,
    cache: impl FnOnce() -> Result<Cache, CacheError>,
) -> Claim {
    let Some(id) = var(RUN_ID_VAR).filter(|v| !v.is_empty()) else {
        return Claim::None;
    };
    let valid_id = id.len() == 24
        && id
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    if !valid_id {
        return Claim::Invalid(format!("{RUN_ID_VAR} is not a run id"));
    }
    let Some(token) = var(RUN_TOKEN_VAR).filter(|v| !v.is_empty()) else {
        return Claim::Invalid(format!("{RUN_ID_VAR} is set without {RUN_TOKEN_VAR}"));
    };
    let cache = match cache() {
        Ok(c) => c,
        Err(e) => return Claim::Invalid(format!("the run registry cannot be read: {e}")),
    };
    match cache.get::<RunRegistration>(&entry_name(&id)) {
        Ok(Lookup::Fresh(reg)) if reg.token_sha256 == digest(&token) => Claim::Run(reg),
        Ok(Lookup::Fresh(_)) => Claim::Invalid("the run token does not match".to_string()),
        Ok(Lookup::Missing) => Claim::Invalid("no such run is registered (it ended?)".to_string()),
        Ok(Lookup::Expired) => Claim::Invalid("the run's registration expired".to_string()),
        Ok(Lookup::Rejected(why)) => {
            Claim::Invalid(format!("the run's registration was rejected: {why}"))
        }
        Err(e) => Claim::Invalid(format!("the run registry cannot be read: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(dir: &std::path::Path) -> Cache {
        Cache::open(&dir.join("cache"), &dir.join("data"), 0o600).unwrap()
    }

    fn vars<'a>(pairs: &'a [(&'static str, String)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn a_registered_run_is_recognised_until_it_ends() {
        let dir = tempfile::tempdir().unwrap();
        let c = cache(dir.path());
        let run = RunRegistration::new(
            Envelope::Ro,
            &["Bash".to_string()],
            Some("intent-1"),
            Some("dev"),
        );
        let reg = register(&c, &run, 60).unwrap();
        let env = reg.env();
        match claim(&vars(&env), || Ok(c.clone())) {
            Claim::Run(r) => {
                assert_eq!(r.envelope, Envelope::Ro);
                assert_eq!(r.disallowed, ["Bash"]);
                assert_eq!(r.intent_id.as_deref(), Some("intent-1"));
                assert_eq!(r.connection.as_deref(), Some("dev"));
                assert_eq!(r.connection.as_deref(), Some("dev"));
            }
            other => panic!("{other:?}"),
        }
        drop(reg);
        assert!(matches!(
            claim(&vars(&env), || Ok(c.clone())),
            Claim::Invalid(_)
        ));
    }

    #[test]
    fn forged_claims_are_refused_not_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let c = cache(dir.path());
        let reg = register(
            &c,
            &RunRegistration::new(Envelope::Deploy, &[], None, None),
            60,
        )
        .unwrap();
        let [(_, id), _] = reg.env();
        let wrong_token = [(RUN_ID_VAR, id.clone()), (RUN_TOKEN_VAR, "0".repeat(64))];
        assert!(matches!(
            claim(&vars(&wrong_token), || Ok(c.clone())),
            Claim::Invalid(_)
        ));
        let no_token = [(RUN_ID_VAR, id)];
        assert!(matches!(
            claim(&vars(&no_token), || Ok(c.clone())),
            Claim::Invalid(_)
        ));
        let traversal = [
            (RUN_ID_VAR, "../../etc/passwd".to_string()),
            (RUN_TOKEN_VAR, "x".to_string()),
        ];
        assert!(matches!(
            claim(&vars(&traversal), || Ok(c.clone())),
            Claim::Invalid(_)
        ));
        assert_eq!(claim(&vars(&[]), || Ok(c.clone())), Claim::None);
        // A registry that cannot be opened refuses a claimed run.
        let [(_, id), (_, token)] = reg.env();
        let claimed = [(RUN_ID_VAR, id), (RUN_TOKEN_VAR, token)];
        let broken = || Err(CacheError::Random("no".to_string()));
        assert!(matches!(claim(&vars(&claimed), broken), Claim::Invalid(_)));
    }
}
