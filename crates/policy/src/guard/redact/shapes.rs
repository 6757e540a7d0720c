//! Value and key shapes for the assignment and prose detectors: a generated-looking value
//! (`generated_value`), a key of some kind that needs one (`some_key`), and the passphrase and
//! copula of verb-final sentences (`passphrase_shaped`, `copula`).

use super::assignments::is_reference;

/// A value that looks generated rather than written: long enough, letters and digits mixed
/// throughout (`4f3c2b1a0e9d…`, `Zx81kPq2Lm9v…`), not a word-built identifier
/// (`customer_id_2024`) or a dotted name.
pub(super) fn generated_value(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < 16
        || !b.iter().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=' | b'_' | b'-' | b'.' | b'~')
        })
    {
        return false;
    }
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    // Changes between a digit and a letter: a random string has one every few characters, a
    // name made of words and a number has one or two.
    let changes = b
        .windows(2)
        .filter(|w| {
            w[0].is_ascii_digit() != w[1].is_ascii_digit()
                && w[0].is_ascii_alphanumeric()
                && w[1].is_ascii_alphanumeric()
        })
        .count();
    digits >= 3 && letters >= 3 && changes * 6 >= b.len()
}

/// A key of some kind (`DD_APPLICATION_KEY`, `mailchimpKey`, `APPKEY`) that `key_kind` does not
/// name: its value is a secret only when it looks generated. Keys that index data rather than
/// open anything (`sort_key`, `cache_key`, `public_key`) are not.
pub(super) fn some_key(key: &[u8], at_word_start: impl Fn(usize) -> bool) -> bool {
    let Some(head) = key.strip_suffix(b"key") else {
        return false;
    };
    // `key` must be a word of its own (`MAILCHIMP_KEY`, `ddAppKey`; not `monkey`).
    if head.is_empty() || !at_word_start(head.len()) {
        return false;
    }
    let head = head
        .strip_suffix(b"_")
        .or_else(|| head.strip_suffix(b"-"))
        .or_else(|| head.strip_suffix(b"."))
        .unwrap_or(head);
    const DATA_KEYS: &[&str] = &[
        "sort",
        "cache",
        "partition",
        "primary",
        "foreign",
        "cluster",
        "clustering",
        "object",
        "routing",
        "dedup",
        "dedupe",
        "idempotency",
        "row",
        "lookup",
        "join",
        "hash",
        "unique",
        "surrogate",
        "business",
        "natural",
        "shard",
        "dist",
        "distribution",
        "composite",
        "public",
        "pub",
        "message",
        "event",
        "record",
        "group",
        "s3",
        "blob",
        "file",
        "map",
        "index",
        "range",
        "order",
        "entity",
        "host",
        "registry",
        "trace",
        "request",
        "correlation",
        "session_cache",
    ];
    head.len() >= 2 && !DATA_KEYS.iter().any(|d| head.ends_with(d.as_bytes()))
}

/// A word that ends a verb-final clause after its value: Hindi `है`, `था`, Japanese `です`,
/// Korean `입니다`, Turkish `dir`/`olarak`, Bengali `হল`, Urdu `ہے`.
pub(super) fn copula(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',', '।', '。', '!', ')']);
    matches!(
        w,
        "\u{939}\u{948}"
            | "\u{939}\u{948}\u{902}"
            | "\u{925}\u{93e}"
            | "\u{925}\u{940}"
            | "\u{930}\u{916}\u{93e}"
            | "\u{3067}\u{3059}"
            | "\u{3067}\u{3057}\u{305f}"
            | "\u{c785}\u{b2c8}\u{b2e4}"
            | "\u{c774}\u{b2e4}"
            | "\u{c608}\u{c694}"
            | "\u{c774}\u{c5d0}\u{c694}"
            | "dir"
            | "d\u{131}r"
            | "dur"
            | "d\u{fc}r"
            | "tir"
            | "t\u{131}r"
            | "olarak"
            | "\u{6c1}\u{6d2}"
            | "\u{9b9}\u{9b2}"
    )
}

/// A passphrase where the grammar names the value: eight or more ASCII characters, letters and
/// digits (`ember-copper-bramble-falcon92`, `kestrel-birch-58`), not an address, a path, a
/// date or a version.
pub(super) fn passphrase_shaped(value: &str) -> bool {
    let letters = value.bytes().filter(u8::is_ascii_alphabetic).count();
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    value.is_ascii()
        && value.len() >= 8
        && letters >= 4
        && digits >= 1
        && value.starts_with(|c: char| c.is_ascii_alphanumeric())
        && !value.contains(['/', '@', ':'])
        && !is_reference(value, true)
}

/// `value` with each letter of another alphabet read as a Latin one of the same case
/// (`Ąžuolas!2024` reads `Aauolas!2024`), so that a password written in it is judged by its
/// shape like any other.
pub(super) fn latin_folded(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            c if c.is_ascii() || !c.is_alphabetic() => c,
            c if c.is_uppercase() => 'A',
            _ => 'a',
        })
        .collect()
}
