//! Does this Cortex speak the control protocol (gate mode)?
//!
//! Cortex's public `--help` listing and docs do not name the protocol flags, so the decision rests
//! on evidence that can be checked:
//! 1. `cortex --version` at least [`MINIMUM_GATE_VERSION`], the minimum Snowflake's own SDK
//!    requires of the CLI it drives with `--input-format stream-json --permission-prompt-tool
//!    stdio` (PyPI `cortex-code-agent-sdk` 1.0.0–1.0.7, `subprocess_cli.py` l.37
//!    `MINIMUM_CLI_VERSION = "1.0.35"`). The version is the first `X.Y.Z` in the output, so a
//!    bare `1.0.21+235436.342efc1ea864` and a `Cortex Code v1.1.84` both read.
//! 2. Otherwise `cortex --help` naming `--permission-prompt-tool`.
//!
//! Being wrong fails closed: a Cortex that turns out not to speak the protocol exits complaining
//! about a flag or does not answer `initialize`, and the driver records that here
//! ([`record_without_gate`]) and runs it in print mode (or refuses, when `cortex.protocol: gate`).
//! Outcomes are kept in the signed cache keyed by the binary's path, size and modification time,
//! so an upgrade is noticed.

use std::cmp::Ordering;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cache::{Cache, Lookup};

/// `MINIMUM_CLI_VERSION` of `cortex-code-agent-sdk`.
pub const MINIMUM_GATE_VERSION: Version = Version(1, 0, 35);
/// `--version` and `--help` get this long.
const PROBE_TIMEOUT: Duration = Duration::from_secs(5);
const PROBE_OUTPUT: usize = 64 << 10;
/// How long a probe's outcome is trusted for the same binary.
const CACHE_TTL_SECS: u64 = 7 * 86_400;

/// A version number `major.minor.patch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Version(pub u32, pub u32, pub u32);

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// The first `X.Y.Z` in `text` (a build suffix such as `+235436.342efc1ea864` is ignored).
pub fn parse_version(text: &str) -> Option<Version> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let mut parts = [0u32; 3];
            let mut j = i;
            let mut ok = true;
            for (n, part) in parts.iter_mut().enumerate() {
                let start = j;
                while j < bytes.len() && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                match text[start..j].parse::<u32>() {
                    Ok(v) if j > start => *part = v,
                    _ => {
                        ok = false;
                        break;
                    }
                }
                if n < 2 {
                    if bytes.get(j) != Some(&b'.') {
                        ok = false;
                        break;
                    }
                    j += 1;
                }
            }
            if ok {
                return Some(Version(parts[0], parts[1], parts[2]));
            }
        }
        i += 1;
    }
    None
}

/// What the probe found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capability {
    /// `--version` output's version, when it had one.
    pub version: Option<String>,
    /// Gate mode is expected to work.
    pub gate: bool,
    /// Why, in a sentence (`doctor` shows it).
    pub evidence: String,
}

/// Probe `program` (or read the cached outcome).
pub fn detect(program: &Path, cache: Option<&Cache>) -> Capability {
    let key = cache_key(program);
    if let (Some(cache), Some(key)) = (cache, &key)
        && let Ok(Lookup::Fresh(found)) = cache.get::<Capability>(key)
    {
        return found;
    }
    let found = probe(program);
    if let (Some(cache), Some(key)) = (cache, &key) {
        // A cache that cannot be written costs one probe per run; nothing else.
        let _ = cache.put(key, &found, CACHE_TTL_SECS);
    }
    found
}

/// A gate-mode start failed: remember that this binary needs print mode.
pub fn record_without_gate(program: &Path, cache: Option<&Cache>, why: &str) {
    let mut found = probe_version_only(program);
    found.gate = false;
    found.evidence = format!("a gate-mode start failed: {why}");
    if let (Some(cache), Some(key)) = (cache, cache_key(program)) {
        let _ = cache.put(&key, &found, CACHE_TTL_SECS);
    }
}

fn probe(program: &Path) -> Capability {
    let mut found = probe_version_only(program);
    let version = found.version.as_deref().and_then(parse_version);
    if let Some(v) = version
        && v.cmp(&MINIMUM_GATE_VERSION) != Ordering::Less
    {
        found.gate = true;
        found.evidence = format!(
            "version {v} is at least {MINIMUM_GATE_VERSION}, the minimum Snowflake's Cortex Code SDK drives with the control protocol"
        );
        return found;
    }
    if help_names_the_gate(program) {
        found.gate = true;
        found.evidence = "`--help` names --permission-prompt-tool".to_string();
        return found;
    }
    found.evidence = match version {
        Some(v) => format!(
            "version {v} is below {MINIMUM_GATE_VERSION} and `--help` does not name --permission-prompt-tool"
        ),
        None => "`--version` shows no version and `--help` does not name --permission-prompt-tool"
            .to_string(),
    };
    found
}

fn probe_version_only(program: &Path) -> Capability {
    let mut cmd = Command::new(program);
    cmd.arg("--version");
    let version = crate::proc::run_bounded(cmd, PROBE_TIMEOUT, PROBE_OUTPUT)
        .ok()
        .and_then(|out| {
            let text = String::from_utf8_lossy(&out.stdout);
            parse_version(&text).map(|_| {
                text.lines()
                    .find(|l| parse_version(l).is_some())
                    .unwrap_or("")
                    .trim()
                    .chars()
                    .take(120)
                    .collect()
            })
        });
    Capability {
        version,
        gate: false,
        evidence: String::new(),
    }
}

fn help_names_the_gate(program: &Path) -> bool {
    let mut cmd = Command::new(program);
    cmd.arg("--help");
    crate::proc::run_bounded(cmd, PROBE_TIMEOUT, PROBE_OUTPUT).is_ok_and(|out| {
        let text = [out.stdout, out.stderr].concat();
        memchr::memmem::find(&text, b"--permission-prompt-tool").is_some()
    })
}

/// `cortex-capability-<sha256(path, size, mtime)>`; `None` when the binary cannot be read.
fn cache_key(program: &Path) -> Option<String> {
    let meta = std::fs::metadata(program).ok()?;
    let mut h = Sha256::new();
    h.update(program.as_os_str().as_encoded_bytes());
    h.update(meta.size().to_le_bytes());
    h.update(meta.mtime().to_le_bytes());
    h.update(meta.mtime_nsec().to_le_bytes());
    Some(format!(
        "cortex-capability-{}",
        &hex::encode(h.finalize())[..32]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_read_with_build_suffixes_and_prefixes() {
        assert_eq!(
            parse_version("1.0.21+235436.342efc1ea864"),
            Some(Version(1, 0, 21))
        );
        assert_eq!(
            parse_version("Cortex Code v1.1.84"),
            Some(Version(1, 1, 84))
        );
        assert_eq!(
            parse_version("cortex 1.0.12 (Snowflake Cortex Code CLI)"),
            Some(Version(1, 0, 12))
        );
        assert_eq!(parse_version("no version here"), None);
        assert_eq!(parse_version("1.2"), None);
        assert_eq!(
            parse_version("build 20260101 1.0.9"),
            Some(Version(1, 0, 9))
        );
    }

    #[test]
    fn versions_order_numerically() {
        assert!(Version(1, 0, 9) < Version(1, 0, 10));
        assert!(Version(1, 0, 35) <= Version(1, 0, 35));
        assert!(Version(1, 1, 0) > Version(1, 0, 99));
        assert!(parse_version("1.0.35+1.abc") >= Some(MINIMUM_GATE_VERSION));
        assert!(parse_version("1.0.34") < Some(MINIMUM_GATE_VERSION));
    }
}
