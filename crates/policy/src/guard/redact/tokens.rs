//! Secrets without a known prefix: AWS secret access keys (40 base64 characters) and other long
//! random tokens, told apart from identifiers, hashes and ids by their statistics.
//!
//! A token is a maximal run of `[A-Za-z0-9+/_-]` (plus trailing `=` padding). Hex strings
//! (hashes, UUIDs, Snowflake query ids) are never secrets here; neither are identifiers made of
//! words (`CustomerLifetimeValue2024Snapshot`: too many vowels, too little entropy). Long base64
//! blobs with `+` or `/` (public keys, certificates) are left alone unless they are exactly the
//! 40 characters of an AWS secret key. Nor are digests named as such (`SHA256:jHvQ…`, `sha512-…`)
//! or base64 literals handed to a SQL decoding function (`TO_BINARY('…', 'BASE64')`,
//! `BASE64_DECODE_STRING('…')`): data, not credentials.

use super::{Candidate, FindingKind};

/// Shorter random tokens are too often something else.
const MIN_GENERIC_LEN: usize = 32;

/// `[A-Za-z0-9+/_-]` as a lookup table: this test runs once per input byte.
static TOKEN_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'_' | b'-');
        i += 1;
    }
    table
};

fn is_token_byte(b: u8) -> bool {
    TOKEN_BYTE[usize::from(b)]
}

pub(super) fn scan(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let n = b.len();
    let public = public_blocks(b);
    // Every run of at least MIN_GENERIC_LEN token bytes covers a position k with
    // k % MIN_GENERIC_LEN == MIN_GENERIC_LEN - 1, so only those positions are looked at; a
    // token byte there is grown into its whole run. Most of the text is never touched byte by
    // byte.
    let mut k = MIN_GENERIC_LEN - 1;
    while k < n {
        if !is_token_byte(b[k]) {
            k += MIN_GENERIC_LEN;
            continue;
        }
        let mut start = k;
        while start > 0 && is_token_byte(b[start - 1]) {
            start -= 1;
        }
        let mut end = k + 1;
        while end < n && is_token_byte(b[end]) {
            end += 1;
        }
        if end - start >= MIN_GENERIC_LEN
            && !named_digest(b, start)
            && !age_recipient(&b[start..end])
            && !sql_base64_literal(b, start, end)
            && !public.iter().any(|(from, to)| *from <= start && end <= *to)
        {
            let pad = b[end..].iter().take(2).take_while(|c| **c == b'=').count();
            if let Some(kind) = classify(&b[start..end], pad)
                && !plain_data(&text[start..end])
            {
                // A key's padding goes with it (`…ij==`).
                let end = if kind == FindingKind::Secret {
                    end + pad
                } else {
                    end
                };
                out.push(Candidate::new(kind, start..end));
            }
        }
        // The next sampled position past this run.
        let next = end + 1;
        k = next + (MIN_GENERIC_LEN - 1 - next % MIN_GENERIC_LEN) % MIN_GENERIC_LEN;
    }
}

/// Byte ranges of PEM blocks that hold public material (`-----BEGIN PUBLIC KEY-----` …
/// `-----END PUBLIC KEY-----`, certificates): their base64 is no secret. At most 64 blocks.
fn public_blocks(b: &[u8]) -> Vec<(usize, usize)> {
    const BEGINS: &[&[u8]] = &[
        b"-----BEGIN PUBLIC KEY-----",
        b"-----BEGIN RSA PUBLIC KEY-----",
        b"-----BEGIN CERTIFICATE-----",
        b"-----BEGIN SSH2 PUBLIC KEY-----",
    ];
    if memchr::memmem::find(b, b"-----BEGIN ").is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for begin in BEGINS {
        for at in memchr::memmem::find_iter(b, begin).take(64) {
            let body = at + begin.len();
            // The block runs to the next `-----END`, or (pasted without its end) 8 KiB on.
            let end = memchr::memmem::find(&b[body..], b"-----END")
                .map_or((body + 8192).min(b.len()), |e| body + e);
            out.push((body, end));
        }
    }
    out
}

/// An age public key (`age1` and 58 characters of bech32): whoever it is given to can only
/// encrypt to it. (The secret half, `AGE-SECRET-KEY-1…`, is an `api_token`.)
fn age_recipient(token: &[u8]) -> bool {
    const BECH32: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    token.len() == 62 && token.starts_with(b"age1") && token[4..].iter().all(|c| BECH32.contains(c))
}

/// `SHA256:…`, `sha512-…`, `md5:…` right before the token: a fingerprint or a digest.
fn named_digest(b: &[u8], start: usize) -> bool {
    const NAMES: &[&[u8]] = &[
        b"sha256:", b"sha1:", b"sha384:", b"sha512:", b"md5:", b"sha256-", b"sha384-", b"sha512-",
    ];
    NAMES
        .iter()
        .any(|name| start >= name.len() && b[start - name.len()..start].eq_ignore_ascii_case(name))
}

/// A quoted literal inside a SQL base64 decoding call: `BASE64_DECODE_STRING('…')`,
/// `TRY_BASE64_DECODE_BINARY('…')`, `TO_BINARY('…', 'BASE64')`.
fn sql_base64_literal(b: &[u8], start: usize, mut end: usize) -> bool {
    while b.get(end) == Some(&b'=') {
        end += 1;
    }
    let quoted = start > 0
        && matches!(b[start - 1], b'\'' | b'"')
        && b.get(end).is_some_and(|c| *c == b[start - 1]);
    if !quoted {
        return false;
    }
    let before = &b[start.saturating_sub(40)..start - 1];
    let after = &b[end + 1..b.len().min(end + 24)];
    let upper = |s: &[u8]| s.to_ascii_uppercase();
    let call = upper(before);
    let call = call.trim_ascii_end();
    call.ends_with(b"(")
        && (call.windows(6).any(|w| w == b"BASE64")
            || (call.ends_with(b"TO_BINARY(") && upper(after).windows(6).any(|w| w == b"BASE64")))
}

/// Base64 that decodes to readable text (`eyJvcmRlcl9pZCI6…` is `{"order_id": …}`) is data
/// handed around, not a key: random keys decode to random bytes, never to UTF-8 text. Unless
/// the text itself names a secret (`{"password": …}`) or is a `user:password` pair.
fn plain_data(token: &str) -> bool {
    // Text starts with printable ASCII (`{"`, a letter): the first four characters (three
    // bytes) settle most random tokens without decoding them all.
    let head = token.get(..4).and_then(crate::encoding::decode_base64);
    if !head.is_some_and(|h| h.bytes().all(|c| c == b' ' || c.is_ascii_graphic())) {
        return false;
    }
    let Some(decoded) = crate::encoding::decode_base64(token) else {
        return false;
    };
    let readable = decoded.chars().count() >= 8
        && decoded
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'));
    if !readable {
        return false;
    }
    let lower = decoded.to_lowercase();
    let names_a_secret = [
        "pass",
        "pwd",
        "secret",
        "token",
        "key",
        "credential",
        "auth",
        "bearer",
        "private",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let user_and_password = !decoded.contains(char::is_whitespace) && decoded.contains(':');
    !names_a_secret && !user_and_password
}

/// 86 base64 characters and `==`: 64 random bytes, the shape of an Azure storage account key
/// (and of other 512-bit keys). SHA-512 digests have this shape too, but they come named
/// (`sha512-…`, see [`named_digest`]).
fn key_of_64_bytes(token: &[u8], pad: usize, stats: &Stats) -> bool {
    token.len() == 86
        && pad == 2
        && stats.separators == 0
        && stats.upper > 0
        && stats.lower > 0
        && stats.digits > 0
        && stats.entropy() >= 4.5
}

/// `/data/databases/ANALYTICS/schemas/PUBLIC` (a Snowsight link's fragment): words of letters
/// joined by slashes. A random 40-character key has a digit in one of its pieces all but about
/// once in a thousand, and no piece of one letter.
fn path_of_words(token: &[u8]) -> bool {
    let mut pieces = token.split(|&c| c == b'/').filter(|p| !p.is_empty());
    let all_words = pieces
        .clone()
        .all(|p| p.len() >= 2 && p.iter().all(u8::is_ascii_alphabetic));
    all_words && pieces.nth(1).is_some()
}

fn classify(token: &[u8], pad: usize) -> Option<FindingKind> {
    let stats = Stats::of(token);
    if key_of_64_bytes(token, pad, &stats) {
        return Some(FindingKind::Secret);
    }
    let has_base64_symbols = stats.symbols_b64 > 0;
    if token.len() == 40 && stats.separators == 0 {
        // AWS secret access key: 40 of [A-Za-z0-9+/], mixed case.
        if stats.upper > 0 && stats.lower > 0 && (stats.digits > 0 || has_base64_symbols) {
            let random = has_base64_symbols || stats.looks_random();
            if random && stats.entropy() >= 3.8 && !path_of_words(token) {
                return Some(FindingKind::AwsSecretKey);
            }
        }
    }
    if has_base64_symbols {
        return None;
    }
    let alnum = stats.upper + stats.lower + stats.digits;
    if alnum < MIN_GENERIC_LEN || stats.is_hex() {
        return None;
    }
    let classes = usize::from(stats.upper > 0) + usize::from(stats.lower > 0);
    if classes == 0 || stats.digits < 2 {
        return None;
    }
    (stats.looks_random() && stats.entropy() >= 3.8).then_some(FindingKind::HighEntropySecret)
}

struct Stats {
    upper: usize,
    lower: usize,
    digits: usize,
    vowels: usize,
    symbols_b64: usize,
    separators: usize,
    non_hex_letters: usize,
    histogram: [u16; 128],
    len: usize,
}

impl Stats {
    fn of(token: &[u8]) -> Stats {
        let mut s = Stats {
            upper: 0,
            lower: 0,
            digits: 0,
            vowels: 0,
            symbols_b64: 0,
            separators: 0,
            non_hex_letters: 0,
            histogram: [0; 128],
            len: token.len(),
        };
        for &c in token {
            match c {
                b'A'..=b'Z' => s.upper += 1,
                b'a'..=b'z' => s.lower += 1,
                b'0'..=b'9' => s.digits += 1,
                b'+' | b'/' => s.symbols_b64 += 1,
                _ => s.separators += 1,
            }
            if matches!(c.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u') {
                s.vowels += 1;
            }
            if c.is_ascii_alphabetic() && !c.is_ascii_hexdigit() {
                s.non_hex_letters += 1;
            }
            s.histogram[usize::from(c & 0x7f)] =
                s.histogram[usize::from(c & 0x7f)].saturating_add(1);
        }
        s
    }

    /// Hex digits only (with `-`/`_` separators): hashes, UUIDs, query ids.
    fn is_hex(&self) -> bool {
        self.non_hex_letters == 0 && self.symbols_b64 == 0
    }

    /// Words have vowels: about 40% of letters in English identifiers, 19% in random base62.
    fn looks_random(&self) -> bool {
        let letters = self.upper + self.lower;
        letters == 0 || self.vowels * 100 <= letters * 28
    }

    /// Shannon entropy in bits per character.
    fn entropy(&self) -> f64 {
        let n = self.len as f64;
        self.histogram
            .iter()
            .filter(|&&c| c > 0)
            .map(|&c| {
                let p = f64::from(c) / n;
                -p * p.log2()
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(token: &str) -> Option<FindingKind> {
        classify(token.as_bytes(), 0)
    }

    #[test]
    fn a_path_of_words_in_a_link_is_not_an_aws_secret_key() {
        assert_eq!(
            classify(b"/data/databases/ANALYTICS/schemas/PUBLIC", 0),
            None
        );
        assert_eq!(
            classify(b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", 0),
            Some(FindingKind::AwsSecretKey)
        );
    }

    #[test]
    fn aws_secret_keys_are_found() {
        assert_eq!(
            kind("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            Some(FindingKind::AwsSecretKey)
        );
        assert_eq!(
            kind("je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"),
            Some(FindingKind::AwsSecretKey)
        );
    }

    #[test]
    fn random_tokens_are_found() {
        assert_eq!(
            kind("Zx9Qm2LpR7vK4tB8nW3yH6jD1fG5sC0aE2uX"),
            Some(FindingKind::HighEntropySecret)
        );
    }

    #[test]
    fn identifiers_hashes_and_ids_are_not_secrets() {
        for t in [
            "CustomerLifetimeValue2024SnapshotDaily",
            "GetCustomerOrders2024Q1V2FinalReport",
            "FCT_ORDERS_DAILY_SNAPSHOT_2024_V2_FINAL",
            "dbt_model_customer_lifetime_value_v2_2024",
            "d41d8cd98f00b204e9800998ecf8427e",
            "01b2c3d4-0000-1234-0000-00010002a0b1",
            "a3bb189e-8bf9-3888-9912-ace4e6543002",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB",
            "analytics/raw/events/2024/01/15/part_0001",
        ] {
            assert_eq!(kind(t), None, "{t}");
        }
    }
}
