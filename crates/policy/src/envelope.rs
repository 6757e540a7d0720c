//! Security envelopes: the named bundles of restrictions Cortex runs under.
//!
//! This module owns the envelope names and the tools each one blocks up front. What a tool call may do
//! *inside* an envelope (SQL classes, shell commands) is the tripwire's business (`crate::toolcall`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A security envelope, from most to least restrictive in practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Envelope {
    /// Read-only: queries and reads, no writes, no shell, no web.
    #[serde(rename = "RO")]
    Ro,
    /// Read-write: reads and non-destructive writes; destructive shell blocked.
    #[serde(rename = "RW")]
    Rw,
    /// Research: reads and web access, no writes, no shell.
    #[serde(rename = "RESEARCH")]
    Research,
    /// Deploy: everything but account-level changes and destructive shell; needs confirmation.
    #[serde(rename = "DEPLOY")]
    Deploy,
    /// No envelope: only what `--disallowed-tools` lists is blocked. Refused in automatic modes.
    #[serde(rename = "NONE")]
    None,
}

impl Envelope {
    /// Every envelope, in the order used for display and for "valid choices" in errors.
    pub const ALL: [Envelope; 5] = [
        Envelope::Ro,
        Envelope::Rw,
        Envelope::Research,
        Envelope::Deploy,
        Envelope::None,
    ];

    /// The name used in config files, flags and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Envelope::Ro => "RO",
            Envelope::Rw => "RW",
            Envelope::Research => "RESEARCH",
            Envelope::Deploy => "DEPLOY",
            Envelope::None => "NONE",
        }
    }

    /// Everything `self` allows, `wider` allows too: RO is within every envelope, RW and RESEARCH
    /// within DEPLOY, and everything within NONE. RW and RESEARCH are not within each other (RW
    /// writes, RESEARCH browses).
    pub fn is_within(self, wider: Envelope) -> bool {
        match (self, wider) {
            (a, b) if a == b => true,
            (Envelope::Ro, _) | (_, Envelope::None) => true,
            (Envelope::Rw | Envelope::Research, Envelope::Deploy) => true,
            _ => false,
        }
    }

    /// The tools blocked up front: [`Envelope::blocked_tools`], except that when Cortex asks
    /// before every call (`gated`: the gate, the Cortex PreToolUse hook) RO and RESEARCH leave
    /// `Bash` to the engine, which lets read-only commands through (DESIGN: RO runs read-only
    /// shell commands). Without the gate the whole tool stays blocked: a call that is only seen
    /// as it is announced must not be a shell.
    pub fn blocked_tools_when(self, gated: bool) -> &'static [&'static str] {
        match (self, gated) {
            (Envelope::Ro, true) => &["Write", "Edit", "WebFetch", "WebSearch"],
            (Envelope::Research, true) => &["Write", "Edit"],
            _ => self.blocked_tools(),
        }
    }

    /// Tools passed to Cortex as `--disallowed-tools` for this envelope, before any approval narrowing.
    ///
    /// Written in Cortex's documented permission grammar (`/work/notes/docs.md` A.2): a bare tool
    /// name, or `type(filter)` where the filter is a case-insensitive `*`/`?` glob that, for
    /// bash, matches the command's first token — so `Bash(rm*)` stops `rm`, `rmdir`, while the
    /// older `Bash(rm -rf *)` would never match a first token. Bare names use the spelling of
    /// Snowflake's own wrapper and of permission requests (`Write`, `Bash`, `WebFetch`). These
    /// are a courtesy that saves the model a wasted call; the engine (`crate::toolcall::check`)
    /// is the boundary and judges every call whatever this list says.
    pub fn blocked_tools(self) -> &'static [&'static str] {
        match self {
            Envelope::Ro => &["Write", "Edit", "Bash", "WebFetch", "WebSearch"],
            Envelope::Rw => &[
                "Bash(rm*)",
                "Bash(unlink*)",
                "Bash(shred*)",
                "Bash(truncate*)",
                "Bash(sudo*)",
                "Bash(doas*)",
                "Bash(dd*)",
                "Bash(mkfs*)",
                "WebFetch",
                "WebSearch",
            ],
            Envelope::Research => &["Write", "Edit", "Bash"],
            Envelope::Deploy => &[
                "Bash(rm*)",
                "Bash(unlink*)",
                "Bash(shred*)",
                "Bash(truncate*)",
                "Bash(sudo*)",
                "Bash(doas*)",
                "Bash(dd*)",
                "Bash(mkfs*)",
            ],
            Envelope::None => &[],
        }
    }
}

impl fmt::Display for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for an envelope name that is not one of [`Envelope::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown envelope `{0}` (valid: RO, RW, RESEARCH, DEPLOY, NONE)")]
pub struct UnknownEnvelope(pub String);

impl FromStr for Envelope {
    type Err = UnknownEnvelope;

    /// Case-insensitive, so `--envelope ro` works on the command line.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Envelope::ALL
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownEnvelope(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_case_insensitively_and_rejects_unknown_names() {
        assert_eq!("ro".parse::<Envelope>(), Ok(Envelope::Ro));
        assert_eq!("Research".parse::<Envelope>(), Ok(Envelope::Research));
        assert!("READONLY".parse::<Envelope>().is_err());
    }

    #[test]
    fn read_only_envelopes_block_writes_and_shell() {
        for env in [Envelope::Ro, Envelope::Research] {
            for tool in ["Write", "Edit", "Bash"] {
                assert!(
                    env.blocked_tools().contains(&tool),
                    "{env} must block {tool}"
                );
            }
        }
        assert!(Envelope::None.blocked_tools().is_empty());
    }

    #[test]
    fn within_is_a_partial_order_with_ro_at_the_bottom_and_none_at_the_top() {
        use Envelope::*;
        for e in Envelope::ALL {
            assert!(e.is_within(e));
            assert!(Ro.is_within(e), "RO within {e}");
            assert!(e.is_within(None), "{e} within NONE");
        }
        assert!(Rw.is_within(Deploy) && Research.is_within(Deploy));
        assert!(!Rw.is_within(Research) && !Research.is_within(Rw));
        assert!(!Deploy.is_within(Rw) && !None.is_within(Deploy));
        // Wherever a blocked-tools list shrinks, the envelope must be wider.
        for (a, b) in [(Ro, Rw), (Rw, Deploy), (Research, Deploy), (Deploy, None)] {
            for tool in b.blocked_tools() {
                let covered = a
                    .blocked_tools()
                    .iter()
                    .any(|t| t == tool || tool.starts_with(&format!("{t}(")));
                assert!(covered, "{a} lets {tool} through but {b} blocks it");
            }
        }
    }

    /// Cortex's grammar: `type(filter)` with a glob on the first token. A filter with a space
    /// (`rm -rf *`) could never match a first token, so none may be passed.
    #[test]
    fn patterns_follow_the_documented_grammar() {
        for env in Envelope::ALL {
            for entry in env.blocked_tools() {
                let Some((tool, rest)) = entry.split_once('(') else {
                    assert!(
                        entry.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                        "{entry}"
                    );
                    continue;
                };
                let filter = rest.strip_suffix(')').expect("closed");
                assert!(!tool.is_empty(), "{entry}");
                assert!(!filter.contains(' '), "{entry}: the filter sees one token");
                assert!(
                    !filter.contains(':'),
                    "{entry}: `:*` is not in the documented grammar"
                );
            }
        }
    }
}
