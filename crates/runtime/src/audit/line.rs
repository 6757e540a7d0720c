//! The byte format of one audit line, and the hash that chains lines together.
//!
//! A line is a JSON object whose last two members are always, byte for byte,
//!
//! ```text
//! ...,"prev_hash":"<64 hex>","entry_hash":"<64 hex>"}\n
//! ```
//!
//! `entry_hash` is the SHA256 of the line *without* its `entry_hash` member, that is of the bytes
//! `{...,"prev_hash":"<64 hex>"}`. Because that member is last and fixed-size, a verifier finds
//! both hashes at fixed offsets from the end of the line and hashes the exact bytes on disk: no
//! JSON parsing, no re-serialization, no canonicalization question. The first record of a chain
//! has a `prev_hash` of 64 zeros ([`GENESIS`]).

use sha2::{Digest, Sha256};

/// A SHA256 digest as the 64 lowercase hex digits it is stored as. Hashes are compared in this
/// form, so checking a line never decodes hex.
pub type Hash = [u8; 64];

/// The `prev_hash` of the first record of a chain.
pub const GENESIS: Hash = [b'0'; 64];

/// Every line starts with this: the format version comes first so readers can dispatch on it.
pub const VERSION_PREFIX: &[u8] = b"{\"version\":";

/// The only format version this build writes and verifies.
pub const FORMAT_VERSION: u32 = 1;
const FORMAT_VERSION_DIGITS: &[u8] = b"1";

const PREV_KEY: &[u8] = b",\"prev_hash\":\"";
const ENTRY_KEY: &[u8] = b"\",\"entry_hash\":\"";
const CLOSE: &[u8] = b"\"}";

/// Bytes from the start of the `prev_hash` member to the end of the line (newline excluded).
pub const SUFFIX_LEN: usize = PREV_KEY.len() + 64 + ENTRY_KEY.len() + 64 + CLOSE.len();

/// Bytes of `"},"entry_hash":"<64>"}` that are not part of the hashed body
/// (the body keeps the closing quote of `prev_hash` and gets a `}` appended).
const ENTRY_TAIL_LEN: usize = ENTRY_KEY.len() - 1 + 64 + CLOSE.len();

/// The hashes found at the end of one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub prev: Hash,
    pub entry: Hash,
}

/// Why a line is not an audit record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    #[error("it is not an audit record (it does not start with {{\"version\":)")]
    NoVersion,
    #[error("it has format version {0}, which this cortex-route does not understand")]
    UnsupportedVersion(String),
    #[error("it does not end with the \"prev_hash\" and \"entry_hash\" members")]
    NoHashes,
}

/// Read the version and both hashes from a line (without its newline). Cheap: touches only the
/// first dozen and the last 160 bytes.
pub fn link_of(line: &[u8]) -> Result<Link, Malformed> {
    let rest = line
        .strip_prefix(VERSION_PREFIX)
        .ok_or(Malformed::NoVersion)?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let version = &rest[..digits];
    if version != FORMAT_VERSION_DIGITS || rest.get(digits) != Some(&b',') {
        let shown = String::from_utf8_lossy(&version[..version.len().min(12)]).into_owned();
        return Err(Malformed::UnsupportedVersion(shown));
    }
    if line.len() < VERSION_PREFIX.len() + 2 + SUFFIX_LEN {
        return Err(Malformed::NoHashes);
    }
    suffix_link(line).ok_or(Malformed::NoHashes)
}

/// Only the two hashes at the end of a line (without its newline): enough to chain onto the last
/// record of a file without reading the whole line. The hashes are not checked to be hex here: an
/// `entry_hash` is compared with one computed in hex, and a `prev_hash` with an `entry_hash`.
pub fn suffix_link(line: &[u8]) -> Option<Link> {
    let suffix = line.get(line.len().checked_sub(SUFFIX_LEN)?..)?;
    let (prev_key, rest) = suffix.split_at(PREV_KEY.len());
    let (prev_hex, rest) = rest.split_at(64);
    let (entry_key, rest) = rest.split_at(ENTRY_KEY.len());
    let (entry_hex, close) = rest.split_at(64);
    if prev_key != PREV_KEY || entry_key != ENTRY_KEY || close != CLOSE {
        return None;
    }
    Some(Link {
        prev: prev_hex.try_into().ok()?,
        entry: entry_hex.try_into().ok()?,
    })
}

/// The SHA256 (in hex) of a line as it was before its `entry_hash` member was added. `line` must
/// have passed [`link_of`].
pub fn body_hash(line: &[u8]) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update(&line[..line.len() - ENTRY_TAIL_LEN]);
    hasher.update(b"}");
    to_hex(&hasher.finalize().into())
}

/// SHA256 of `bytes`, in hex.
pub fn sha256_hex(bytes: &[u8]) -> Hash {
    to_hex(&Sha256::digest(bytes).into())
}

fn to_hex(digest: &[u8; 32]) -> Hash {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; 64];
    for (i, b) in digest.iter().enumerate() {
        out[2 * i] = DIGITS[usize::from(b >> 4)];
        out[2 * i + 1] = DIGITS[usize::from(b & 0xf)];
    }
    out
}

/// The hash as text.
/// A hash written as 64 hex digits (any case), as `audit head` prints it.
pub fn parse_hash(text: &str) -> Option<Hash> {
    let text = text.trim().to_ascii_lowercase();
    let bytes: Hash = text.as_bytes().try_into().ok()?;
    is_hex(&bytes).then_some(bytes)
}

pub fn hash_str(hash: &Hash) -> String {
    // Always ASCII: built by `to_hex` or checked by `is_hex` / compared with such a hash.
    String::from_utf8_lossy(hash).into_owned()
}

/// Turn a serialized record that ends with its `prev_hash` member into a full line (with the
/// newline) and its entry hash. `None` when `body` does not end the way [`link_of`] expects,
/// which would be a bug in the record's field order.
pub fn seal(body: &[u8]) -> Option<(Vec<u8>, Hash)> {
    let tail_len = PREV_KEY.len() + 64 + CLOSE.len();
    if body.len() < tail_len
        || !body.ends_with(CLOSE)
        || &body[body.len() - tail_len..body.len() - tail_len + PREV_KEY.len()] != PREV_KEY
    {
        return None;
    }
    let hash = sha256_hex(body);
    let mut line = Vec::with_capacity(body.len() + ENTRY_TAIL_LEN + 1);
    line.extend_from_slice(&body[..body.len() - 1]);
    line.extend_from_slice(&ENTRY_KEY[1..]);
    line.extend_from_slice(&hash);
    line.extend_from_slice(CLOSE);
    line.push(b'\n');
    Some((line, hash))
}

/// 64 lowercase hex digits: one spelling per hash, so an edited letter case is an edit.
pub fn is_hex(text: &[u8]) -> bool {
    text.len() == 64 && text.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The digest bytes of a hash given as 64 lowercase hex digits.
pub fn decode_hex(text: &[u8]) -> Option<[u8; 32]> {
    if !is_hex(text) {
        return None;
    }
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(prev: &Hash) -> Vec<u8> {
        format!(
            "{{\"version\":1,\"event\":\"executed\",\"prev_hash\":\"{}\"}}",
            hash_str(prev)
        )
        .into_bytes()
    }

    #[test]
    fn sealed_lines_link_and_hash_back_to_their_body() {
        let (line, hash) = seal(&body(&GENESIS)).unwrap();
        assert!(line.ends_with(b"\"}\n"));
        let text = &line[..line.len() - 1];
        let link = link_of(text).unwrap();
        assert_eq!(link.prev, GENESIS);
        assert_eq!(link.entry, hash);
        assert_eq!(body_hash(text), hash);
        // The line is still JSON a reader can parse.
        let value: serde_json::Value = serde_json::from_slice(text).unwrap();
        assert_eq!(value["entry_hash"], hash_str(&hash));
        assert!(is_hex(&hash));
    }

    #[test]
    fn any_changed_byte_changes_the_hash() {
        let (line, hash) = seal(&body(&GENESIS)).unwrap();
        let mut edited = line[..line.len() - 1].to_vec();
        let at = edited.iter().position(|&b| b == b'x').unwrap();
        edited[at] = b'X';
        assert_ne!(body_hash(&edited), hash);
    }

    #[test]
    fn unknown_versions_and_missing_hashes_are_malformed() {
        let (line, _) = seal(&body(&GENESIS)).unwrap();
        let text = String::from_utf8(line[..line.len() - 1].to_vec()).unwrap();
        assert!(!is_hex(&[b'A'; 64]) && is_hex(&[b'a'; 64]));
        assert_eq!(
            link_of(text.replace("\"version\":1", "\"version\":2").as_bytes()),
            Err(Malformed::UnsupportedVersion("2".into()))
        );
        assert_eq!(link_of(b"{\"v\":1}"), Err(Malformed::NoVersion));
        assert_eq!(
            link_of(b"{\"version\":1,\"event\":\"x\"}"),
            Err(Malformed::NoHashes)
        );
        assert!(seal(b"{\"version\":1}").is_none());
    }
}
