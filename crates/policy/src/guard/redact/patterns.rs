//! The regular-expression detectors: everything with a literal anchor (a prefix such as `AKIA`
//! or `-----BEGIN`, a separator such as `@` or `://`, or a key word such as `password`), so the
//! regex crate's literal prefilters skip most of the text.
//!
//! Each detector is a row in [`DETECTORS`]: a name (for tests), a pattern, and a decision that
//! checks what a regular expression cannot (word boundaries, Luhn-like shape checks, values that
//! are references rather than secrets) and says which span to redact.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Captures, Match, Regex};

use super::assignments::is_reference;
use super::{Candidate, FindingKind, byte_at, byte_before, is_word_byte};

type Decide = fn(&str, &Captures<'_>) -> Option<Candidate>;

struct Detector {
    name: &'static str,
    /// Every match contains one of these (a unit test proves it from the pattern): the
    /// detector is only compiled and run on text that holds one.
    gate: &'static [&'static str],
    pattern: &'static str,
    decide: Decide,
}

// No bounded repetitions with large upper bounds (`{1,512}`): each one multiplies the states
// the regex compiler builds (the `flag` detector took 13 ms to compile with them, 0.2 ms
// without). Matching is linear either way; a longer value is redacted whole.
static DETECTORS: &[Detector] = &[
    Detector {
        name: "private_key",
        gate: &["-----BEGIN"],
        // With an END line: up to it (JSON-escaped `\n` allowed). Without one (a truncated
        // paste): the base64 body that follows, failing closed.
        pattern: r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s\\:,.-]*?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\]*)",
        decide: |_, caps| whole(caps, FindingKind::PrivateKey),
    },
    Detector {
        name: "jwt",
        gate: &["eyJ"],
        // `eyJ` (base64 of `{"`) and two dotted segments are distinctive enough to need no
        // boundary on the left.
        pattern: r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+){0,3}",
        decide: |_, caps| whole(caps, FindingKind::Jwt),
    },
    Detector {
        name: "snowflake_pat",
        gate: &["ver:", "ETMsDgAAA"],
        // Snowflake programmatic access tokens and session tokens: `ver:1-hint:1234-ETMsDgAAA…`.
        pattern: r"ver:[0-9]{1,3}-hint:[A-Za-z0-9_+/=-]{4,}|ETMsDgAAA[A-Za-z0-9+/=_-]{16,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::SnowflakePat),
    },
    Detector {
        name: "github_token",
        gate: &["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
        pattern: r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::GithubToken),
    },
    Detector {
        name: "slack_token",
        gate: &["xox", "xapp-", "https://hooks.slack.com/"],
        pattern: r"xox[abposrce]-[A-Za-z0-9-]{8,}|xapp-[0-9]-[A-Za-z0-9-]{8,}|https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::SlackToken),
    },
    Detector {
        name: "aws_access_key_id",
        gate: &[
            "A3T", "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA",
            "APKA", "ASCA",
        ],
        pattern: r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::AwsAccessKeyId),
    },
    Detector {
        name: "api_token",
        gate: &[
            "sk-", "sk_", "rk_", "pk_", "AIza", "glpat-", "npm_", "hf_", "dapi", "SG.", "pypi-",
            "shp",
        ],
        // Well-known vendor prefixes: OpenAI/Anthropic, Stripe, Google, GitLab, npm, Hugging
        // Face, Databricks, SendGrid, PyPI, Shopify.
        pattern: r"sk-(?:ant-|proj-|svcacct-|live-)?[A-Za-z0-9_-]{20,}|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{30,}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,}|dapi[a-f0-9]{32}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|pypi-[A-Za-z0-9_-]{50,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::ApiToken),
    },
    Detector {
        name: "connection_password",
        gate: &["://"],
        // `scheme://user:PASS@host`. The user part may hold `@` (an email as user name); the
        // password runs to the last `@` before the host.
        pattern: r#"[A-Za-z][A-Za-z0-9+.-]{0,30}://[^\s/?#'"<>:]*:(?P<v>[^\s/?#'"<>]+)@"#,
        decide: decide_url_password,
    },
    Detector {
        name: "bearer_token",
        gate: &["earer", "EARER", "asic", "ASIC"],
        pattern: r"(?:[Bb]earer|BEARER|[Bb]asic|BASIC)[ \t]+(?P<v>[A-Za-z0-9._~+/=-]{12,})",
        decide: decide_bearer,
    },
    Detector {
        name: "flag",
        gate: &["--"],
        pattern: r#"--(?P<k>(?i-u:password|passwd|pwd|pass|token|api-key|apikey|secret|client-secret|access-token|auth-token|private-key-passphrase))[ \t]+(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s"'<-][^\s"']*))"#,
        decide: decide_flag,
    },
    Detector {
        name: "identified_by",
        gate: &["dentified", "DENTIFIED"],
        pattern: r#"(?:identified|IDENTIFIED|Identified)[ \t]+(?:by|BY|By)[ \t]+(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s;'"<][^\s;]*))"#,
        decide: |_, caps| {
            let v = value_group(caps)?;
            (!is_reference(v.as_str(), false))
                .then(|| Candidate::new(FindingKind::Password, v.range()))
        },
    },
    Detector {
        name: "email",
        gate: &["@"],
        pattern: r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}",
        decide: decide_email,
    },
];

/// The detector's regular expression, compiled on first use.
fn compiled(index: usize) -> &'static Regex {
    static COMPILED: OnceLock<Vec<OnceLock<Regex>>> = OnceLock::new();
    let slots = COMPILED.get_or_init(|| DETECTORS.iter().map(|_| OnceLock::new()).collect());
    let detector = &DETECTORS[index];
    slots[index].get_or_init(|| {
        // Invariant: the patterns are constants covered by unit tests.
        Regex::new(detector.pattern)
            .unwrap_or_else(|e| panic!("detector {} does not compile: {e}", detector.name))
    })
}

/// Above this size every detector runs: compiling them all costs about as much as one gate
/// pass over this many bytes, and a large text usually holds every gate anyway.
const GATE_MAX_BYTES: usize = 256 * 1024;

/// Which detectors' gates occur in `text`: one pass over it for all of them, which stops as
/// soon as every detector is wanted.
fn gated_in(text: &str) -> Vec<bool> {
    if text.len() > GATE_MAX_BYTES {
        return vec![true; DETECTORS.len()];
    }
    static GATES: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (scanner, owner) = GATES.get_or_init(|| {
        let mut literals = Vec::new();
        let mut owner = Vec::new();
        for (index, detector) in DETECTORS.iter().enumerate() {
            for gate in detector.gate {
                literals.push(*gate);
                owner.push(index);
            }
        }
        // Invariant: a few dozen short constant literals always build.
        let scanner = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .unwrap_or_else(|e| panic!("detector gates do not build: {e}"));
        (scanner, owner)
    });
    let mut wanted = vec![false; DETECTORS.len()];
    let mut missing = DETECTORS.len();
    for m in scanner.find_overlapping_iter(text) {
        let index = owner[m.pattern().as_usize()];
        if !wanted[index] {
            wanted[index] = true;
            missing -= 1;
            if missing == 0 {
                break;
            }
        }
    }
    wanted
}

/// Run every detector whose gate `text` holds.
pub(super) fn scan(text: &str, out: &mut Vec<Candidate>) {
    for (index, wanted) in gated_in(text).into_iter().enumerate() {
        if wanted {
            scan_one(text, compiled(index), DETECTORS[index].decide, out);
        }
    }
}

/// After a rejected match the search resumes one character after its start, not after its end:
/// a rejected match must not hide a shorter one inside it (`--password x<EMAIL> --password y`).
fn scan_one(text: &str, re: &Regex, decide: Decide, out: &mut Vec<Candidate>) {
    let mut at = 0;
    while at <= text.len() {
        let Some(caps) = re.captures_at(text, at) else {
            break;
        };
        let Some(m) = caps.get(0) else {
            break;
        };
        let next = match decide(text, &caps) {
            Some(c) => {
                out.push(c);
                m.end()
            }
            None => m.start(),
        };
        // Always move forward by at least one character.
        at = if next > m.start() || next > at {
            next
        } else {
            m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8)
        };
    }
}

fn whole(caps: &Captures<'_>, kind: FindingKind) -> Option<Candidate> {
    caps.get(0).map(|m| Candidate::new(kind, m.range()))
}

/// A token must not be glued to a longer word on either side (`xAKIA…`, `…AKIA…9` are not keys).
fn token_with_boundaries(text: &str, caps: &Captures<'_>, kind: FindingKind) -> Option<Candidate> {
    let m = caps.get(0)?;
    let glued = |b: Option<u8>| b.is_some_and(|b| is_word_byte(b) || b == b'-');
    if glued(byte_before(text, m.start())) || glued(byte_at(text, m.end())) {
        return None;
    }
    Some(Candidate::new(kind, m.range()))
}

fn value_group<'h>(caps: &Captures<'h>) -> Option<Match<'h>> {
    caps.name("v")
        .or_else(|| caps.name("v2"))
        .or_else(|| caps.name("v3"))
}

fn decide_url_password(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v")?;
    if is_reference(v.as_str(), false) {
        return None;
    }
    Some(Candidate::new(FindingKind::ConnectionPassword, v.range()))
}

fn decide_bearer(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let whole = caps.get(0)?;
    if byte_before(text, whole.start()).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let v = caps.name("v")?;
    // "Bearer authentication", "basic understanding": words, not tokens.
    let shaped = v
        .as_str()
        .bytes()
        .any(|b| b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'~' | b'+' | b'/' | b'=' | b'-'));
    shaped.then(|| Candidate::new(FindingKind::BearerToken, v.range()))
}

fn decide_flag(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let key = caps.name("k")?;
    let v = value_group(caps)?;
    let kind = kind_for_key(key.as_str());
    if is_reference(v.as_str(), false) {
        return None;
    }
    Some(Candidate::new(kind, v.range()))
}

/// Does `head` end with a URL scheme (`https`, `jdbc:snowflake`) that starts a token?
fn starts_with_scheme(head: &str) -> bool {
    // Scheme characters are ASCII, so the byte after the last other character is a boundary.
    let scheme_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let scheme = &head[scheme_start..];
    let opens_token = head[..scheme_start].chars().next_back().is_none_or(|c| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '(' | ':' | '=' | ',' | ';' | '[' | '{')
    });
    scheme.starts_with(|c: char| c.is_ascii_alphabetic()) && opens_token
}

fn decide_email(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    // `scheme://user@host` and `scheme://user:pass@host`: a user name (and a password, found
    // by its own detector) and a host, not an address; the host must stay. Placeholders hold
    // none of the characters that end a URL's user part, so redacting the password never
    // changes this decision.
    let mut from = m.start().saturating_sub(256);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..m.start()];
    if let Some(p) = before.rfind("://")
        && starts_with_scheme(&before[..p])
        && !before[p + 3..].contains(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '/' | '?'
                        | '#'
                        | '@'
                        | '['
                        | ']'
                        | '{'
                        | '}'
                        | '<'
                        | '>'
                        | '"'
                        | '\''
                        | '`'
                        | '\\'
                        | '^'
                        | '|'
                )
        })
    {
        return None;
    }
    if byte_at(text, m.end()).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    Some(Candidate::new(FindingKind::Email, m.range()))
}

fn kind_for_key(key: &str) -> FindingKind {
    let k = key.to_ascii_lowercase();
    if k.contains("pass") || k.contains("pwd") {
        FindingKind::Password
    } else if k == "pat" {
        FindingKind::SnowflakePat
    } else if k.contains("token") {
        FindingKind::Token
    } else {
        FindingKind::Secret
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::guard::required::{Cond, required};

    #[test]
    fn every_detector_compiles() {
        for index in 0..DETECTORS.len() {
            assert!(!compiled(index).as_str().is_empty());
        }
    }

    /// True when every text satisfying `cond` contains one of `gate`.
    fn implies(cond: &Cond, gate: &[&str]) -> bool {
        match cond {
            Cond::Always => false,
            Cond::Lits(set) => set.iter().all(|lit| {
                gate.iter()
                    .any(|g| lit.windows(g.len()).any(|w| w == g.as_bytes()))
            }),
            Cond::All(all) => all.iter().any(|c| implies(c, gate)),
            Cond::Any(any) => any.iter().all(|c| implies(c, gate)),
        }
    }

    #[test]
    fn large_texts_run_every_detector_and_small_ones_only_the_gated() {
        let mut out = Vec::new();
        let big = format!(
            "{}AKIAIOSFODNN7EXAMPLE",
            "select 1;\n".repeat(GATE_MAX_BYTES / 10 + 1)
        );
        assert!(gated_in(&big).iter().all(|w| *w));
        scan(&big, &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        let small = "key AKIAIOSFODNN7EXAMPLE";
        let wanted = gated_in(small);
        let aws = DETECTORS.iter().position(|d| d.name == "aws_access_key_id");
        assert_eq!(wanted.iter().filter(|w| **w).count(), 1);
        assert_eq!(wanted.iter().position(|w| *w), aws);
    }

    #[test]
    fn every_match_contains_its_detectors_gate() {
        for d in DETECTORS {
            let cond = required(d.pattern).expect("parses");
            assert!(
                implies(&cond, d.gate),
                "{}: a match need not contain any of {:?} (it needs {cond:?})",
                d.name,
                d.gate
            );
        }
    }
}
