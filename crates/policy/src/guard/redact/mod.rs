//! PII and secret redaction: everything that leaves the machine (the prompt, conversation context,
//! Cortex session summaries, Cortex's stderr) goes through [`redact`] first.
//!
//! Each finding is replaced by a placeholder that names its kind, never by a partial value:
//!
//! | kind (`FindingKind`, JSON name) | placeholder |
//! | --- | --- |
//! | `private_key` (PEM block, bare key body, PuTTY private lines and MAC) | `<PRIVATE_KEY>` |
//! | `jwt` | `<JWT>` |
//! | `snowflake_pat` (`ver:1-hint:…`, `SNOWFLAKE_PAT=…`), `github_token`, `slack_token`, `api_token` (well-known vendor prefixes), `bearer_token`, `token` (`token: …` assignments) | `<TOKEN>` |
//! | `aws_access_key_id` (`AKIA…`) | `<AWS_KEY>` |
//! | `aws_secret_key`, `secret` (`api_key=…`, `client_secret: …`), `high_entropy_secret` | `<SECRET>` |
//! | `password` (`password: …`, `PWD=…`, `IDENTIFIED BY '…'`, "my password is …", "la password è …", `Passwort:`, `senha X`, `<password>…</password>`, name/value pairs, PHP `define('DB_PASSWORD', …)`, command lines: `mysql -pPW`, `curl -u user:PW`, `sshpass -p PW`, `sqlplus user/PW@db`, `net use`, `psexec -p`, `schtasks /rp`; PowerShell `ConvertTo-SecureString 'PW' -AsPlainText`, `NetworkCredential("u", "PW")`, `-Password PW`), `connection_password` (`scheme://user:PASS@host`) | `<PASSWORD>` |
//! | `email` (also IDN, quoted local parts, `%40`, `＠`, `ana (at) example (dot) com`; not at the reserved domains of RFC 2606/6761 nor no-reply addresses, which hold nobody's mailbox) | `<EMAIL>` |
//! | `payment_card` (Luhn-valid, known network prefix; any separators, fullwidth digits) | `<CARD>` |
//! | `iban` (mod-97 checked, length by country) | `<IBAN>` |
//! | `bank_account` (ABA routing numbers by checksum, account numbers next to bank words: sort code, BSB, IFSC, transit, 口座番号, 계좌번호, 账号) | `<BANK_ACCOUNT>` |
//! | `ssn` (dashed, or after a label: `(SSN)`, `[SSN]:`, `soc. sec. no.`; issuable ranges only) | `<SSN>` |
//! | `national_id` (UK NI, Aadhaar/Verhoeff, Canadian SIN/Luhn, Spanish DNI/NIE letter, French NIR key; any country's id right after its name, in its own words and scripts, and only when its checksum holds where it has one: `checksums`) | `<NATIONAL_ID>` |
//! | `passport` (next to a passport word) | `<PASSPORT>` |
//! | `date_of_birth` (a date next to a birth word) | `<DOB>` |
//! | `address` (a home or postal address: house number, a street word of several languages, and a postcode, a city and state, or a word such as "lives at", "ship to", `Anschrift`, `住所` before it; `addresses`) | `<ADDRESS>` |
//! | `phone` (US and international) | `<PHONE>` |
//!
//! A pasted table whose header names a sensitive column (`phone`, `dob`, `nric`, `email`, …, in
//! any script: `ИНН`, `電話番号`, `주민등록번호`) loses that column's values in the rows below
//! (`columns`).
//!
//! Assignments keep their key (`password: <PASSWORD>`), URLs keep user and host
//! (`snowflake://ana:<PASSWORD>@acme.snowflakecomputing.com`).
//!
//! Design, for speed (the reference's Python does 1.7 MB/s; this does well over 100 MB/s):
//! literal-anchored regular expressions (one pass each, found by the regex crate's literal
//! prefilters), `memchr` over `:`/`=` for assignments, and sampled byte scans for digit runs
//! (phones, SSNs, cards) and long tokens (entropy); no allocation per character. Candidates from
//! all detectors are then merged once: overlapping candidates become one finding with the most
//! specific kind ([`FindingKind`] order), so no fragment of a secret is left behind. A text of
//! 1 MiB or more is scanned by three threads, one per family of detectors; the merge does not
//! depend on the order candidates arrive in, so the findings are the same.
//!
//! Guarantees (property-tested): `redact(redact(x)) == redact(x)`; placeholders contain no digits,
//! no `@` and no characters the detectors could take for a value; spans are char boundaries, in
//! order, not overlapping; arbitrary Unicode never panics.

mod addresses;
mod assignments;
mod birth_words;
mod calls;
mod checksums;
mod columns;
mod decide;
mod numbers;
mod patterns;
mod shapes;
mod tokens;
mod vendor;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use serde::Serialize;

/// What was found. The declaration order is the priority when two detectors claim the same text:
/// earlier (more specific) wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    PrivateKey,
    Jwt,
    SnowflakePat,
    GithubToken,
    SlackToken,
    AwsAccessKeyId,
    ApiToken,
    AwsSecretKey,
    ConnectionPassword,
    BearerToken,
    Password,
    Token,
    Secret,
    Email,
    PaymentCard,
    Iban,
    BankAccount,
    Ssn,
    NationalId,
    Passport,
    DateOfBirth,
    Address,
    Phone,
    HighEntropySecret,
}

impl FindingKind {
    /// The JSON / audit name (`snake_case`).
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::PrivateKey => "private_key",
            FindingKind::Jwt => "jwt",
            FindingKind::SnowflakePat => "snowflake_pat",
            FindingKind::GithubToken => "github_token",
            FindingKind::SlackToken => "slack_token",
            FindingKind::AwsAccessKeyId => "aws_access_key_id",
            FindingKind::ApiToken => "api_token",
            FindingKind::AwsSecretKey => "aws_secret_key",
            FindingKind::ConnectionPassword => "connection_password",
            FindingKind::BearerToken => "bearer_token",
            FindingKind::Password => "password",
            FindingKind::Token => "token",
            FindingKind::Secret => "secret",
            FindingKind::Email => "email",
            FindingKind::PaymentCard => "payment_card",
            FindingKind::Iban => "iban",
            FindingKind::BankAccount => "bank_account",
            FindingKind::Ssn => "ssn",
            FindingKind::NationalId => "national_id",
            FindingKind::Passport => "passport",
            FindingKind::DateOfBirth => "date_of_birth",
            FindingKind::Address => "address",
            FindingKind::Phone => "phone",
            FindingKind::HighEntropySecret => "high_entropy_secret",
        }
    }

    /// The text that replaces a finding of this kind.
    pub fn placeholder(self) -> &'static str {
        match self {
            FindingKind::PrivateKey => "<PRIVATE_KEY>",
            FindingKind::Jwt => "<JWT>",
            FindingKind::SnowflakePat
            | FindingKind::GithubToken
            | FindingKind::SlackToken
            | FindingKind::ApiToken
            | FindingKind::BearerToken
            | FindingKind::Token => "<TOKEN>",
            FindingKind::AwsAccessKeyId => "<AWS_KEY>",
            FindingKind::AwsSecretKey | FindingKind::Secret | FindingKind::HighEntropySecret => {
                "<SECRET>"
            }
            FindingKind::ConnectionPassword | FindingKind::Password => "<PASSWORD>",
            FindingKind::Email => "<EMAIL>",
            FindingKind::PaymentCard => "<CARD>",
            FindingKind::Iban => "<IBAN>",
            FindingKind::BankAccount => "<BANK_ACCOUNT>",
            FindingKind::Ssn => "<SSN>",
            FindingKind::NationalId => "<NATIONAL_ID>",
            FindingKind::Passport => "<PASSPORT>",
            FindingKind::DateOfBirth => "<DOB>",
            FindingKind::Address => "<ADDRESS>",
            FindingKind::Phone => "<PHONE>",
        }
    }
}

impl std::fmt::Display for FindingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every placeholder [`redact`] can write.
pub const PLACEHOLDERS: &[&str] = &[
    "<PRIVATE_KEY>",
    "<JWT>",
    "<TOKEN>",
    "<AWS_KEY>",
    "<SECRET>",
    "<PASSWORD>",
    "<EMAIL>",
    "<CARD>",
    "<IBAN>",
    "<BANK_ACCOUNT>",
    "<SSN>",
    "<NATIONAL_ID>",
    "<PASSPORT>",
    "<DOB>",
    "<ADDRESS>",
    "<PHONE>",
];

/// One redacted span of the input: its kind and byte range, never its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// Byte offset of the first redacted byte in the input.
    pub start: usize,
    /// Byte offset just past the last redacted byte in the input.
    pub end: usize,
}

/// Redacted text and what was removed from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sanitized {
    pub text: String,
    /// In input order, not overlapping.
    pub findings: Vec<Finding>,
}

impl Sanitized {
    /// True when nothing was redacted.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

/// A detector's claim on a span, before overlaps are resolved.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    kind: FindingKind,
    span: (usize, usize),
}

impl Candidate {
    fn new(kind: FindingKind, span: Range<usize>) -> Self {
        Candidate {
            kind,
            span: (span.start, span.end),
        }
    }
}

/// Redact PII and secrets from `text`. The detectors are compiled once per process.
pub fn redact(text: &str) -> Sanitized {
    let findings = find(text);
    let text = render(text, &findings).0;
    Sanitized { text, findings }
}

/// The findings in `text` without building the redacted copy.
///
/// Detectors look at a value's neighbours (word boundaries, the key before a `=`, the word
/// before a number), and a neighbour can itself be a finding: `ghp_…` glued to a JWT hides the
/// JWT's start, and a long secret between a card word and a card keeps the card out of the
/// word's reach until the secret is a short placeholder. So the redacted copy is scanned again
/// where that can matter (all of it when a finding is glued to other text, the neighbourhood of
/// a finding that shortens a context otherwise) and what that pass finds is merged back, until
/// nothing new appears: redacting twice never finds more than redacting once. Text where
/// findings stand apart (the usual case) is scanned once.
pub fn find(text: &str) -> Vec<Finding> {
    let mut findings = find_once(text);
    for _ in 0..MAX_ROUNDS {
        let mut candidates: Vec<Candidate> = findings
            .iter()
            .map(|f| Candidate::new(f.kind, f.start..f.end))
            .collect();
        let known = candidates.len();
        if findings.iter().any(|f| glued(text, f)) {
            rescan(text, 0..text.len(), &findings, &mut candidates);
        } else {
            for region in context_regions(text, &findings) {
                rescan(text, region, &findings, &mut candidates);
            }
        }
        if candidates.len() == known {
            break;
        }
        let widened = resolve(candidates);
        if widened == findings {
            break;
        }
        findings = widened;
    }
    findings
}

/// Scan `region` of `text` again with `findings` replaced by their placeholders; what is found
/// goes to `out` in input offsets. `region` never cuts a finding.
fn rescan(text: &str, region: Range<usize>, findings: &[Finding], out: &mut Vec<Candidate>) {
    let inside: Vec<Finding> = findings
        .iter()
        .filter(|f| f.start >= region.start && f.end <= region.end)
        .map(|f| Finding {
            start: f.start - region.start,
            end: f.end - region.start,
            ..*f
        })
        .collect();
    let (rendered, map) = render(&text[region.clone()], &inside);
    for f in find_once(&rendered) {
        let span = map.to_input(f.start, f.end);
        out.push(Candidate::new(
            f.kind,
            span.start + region.start..span.end + region.start,
        ));
    }
}

/// The neighbourhoods (whole lines where they are short, else whole words) of the findings that
/// shorten a context, merged, none cutting a finding.
fn context_regions(text: &str, findings: &[Finding]) -> Vec<Range<usize>> {
    let mut regions: Vec<Range<usize>> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if !shortens_a_context(text, findings, i) {
            continue;
        }
        let mut start = region_start(text, f.start.saturating_sub(CONTEXT_REACH));
        let mut end = region_end(text, f.end.saturating_add(CONTEXT_REACH));
        let k = findings.partition_point(|g| g.end <= start);
        if let Some(g) = findings.get(k).filter(|g| g.start < start) {
            start = g.start;
        }
        let k = findings.partition_point(|g| g.end <= end);
        if let Some(g) = findings.get(k).filter(|g| g.start < end) {
            end = g.end;
        }
        match regions.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => regions.push(start..end),
        }
    }
    regions
}

/// Context detectors only look so far past their word. A finding that is longer than its
/// placeholder and followed closely by an uncovered run of digits as long as a card or a bank
/// account number brings that run closer to whatever word stands before it once it is
/// replaced, so the redacted copy could show a match this text did not.
fn shortens_a_context(text: &str, findings: &[Finding], i: usize) -> bool {
    let f = findings[i];
    if f.end - f.start <= f.kind.placeholder().len() {
        return false;
    }
    let limit = patterns::floor_boundary(text, (f.end + DIGITS_REACH).min(text.len()));
    let next = findings
        .get(i + 1)
        .map_or(limit, |n| n.start.clamp(f.end, limit));
    let tail = &text[f.end..next];
    // This runs for every finding: most tails are plain ASCII with few digits, settled by one
    // count over their bytes.
    let ascii_digits = tail.bytes().filter(u8::is_ascii_digit).count();
    if ascii_digits < MIN_CONTEXT_DIGITS && tail.is_ascii() {
        return false;
    }
    // Digits with at most a few separators between them, as the context detectors read them.
    let (mut run, mut gap) = (0, 0);
    for c in tail.chars() {
        if c.is_numeric() {
            run += 1;
            gap = 0;
            if run >= MIN_CONTEXT_DIGITS {
                return context_word_before(text, f.start);
            }
        } else if c.is_alphanumeric() || gap == 3 {
            run = 0;
        } else {
            gap += 1;
        }
    }
    false
}

/// A context word (not glued to letters) within `WORD_REACH` bytes before `at`.
fn context_word_before(text: &str, at: usize) -> bool {
    static WORDS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let Some(words) = WORDS
        .get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(decide::CARD_WORDS.iter().chain(ACCOUNT_WORDS))
                .ok()
        })
        .as_ref()
    else {
        // Invariant: constant words always build; without them, assume a word is there.
        return true;
    };
    let from = patterns::floor_boundary(text, at.saturating_sub(WORD_REACH));
    let b = text.as_bytes();
    words.find_overlapping_iter(&text[from..at]).any(|m| {
        let (s, e) = (from + m.start(), from + m.end());
        let glued_before = s > 0 && b[s - 1].is_ascii_alphabetic();
        !glued_before && !b.get(e).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// Besides the card words, words after which a context detector reads a long run of digits as
/// a bank account or a national id (the anchor words of those detectors, lower-cased).
const ACCOUNT_WORDS: &[&str] = &[
    "account",
    "acct",
    "a/c",
    "routing",
    "aba",
    "rtn",
    "iban",
    "swift",
    "bic",
    "sort code",
    "wire",
    "bank",
    "aadhaar",
    "national",
    "id",
];

/// How far a context detector looks from its word (its widest window is 160 bytes), and so how
/// far around a shortened finding the copy is scanned again.
const CONTEXT_REACH: usize = 256;
/// How far before a finding its context word can stand and still reach past it (the card
/// detector allows 48 bytes from its word to the card).
const WORD_REACH: usize = 64;
/// How far past a finding a digit run can sit and still be pulled into a context word's view
/// by the finding's replacement (the card detector allows 48 bytes from its word to the card,
/// the bank account detector 100).
const DIGITS_REACH: usize = 128;
/// A run a context detector could still take for a card or an account number after its word;
/// shorter runs (dates, amounts, times) are left to the single pass, whose windows reach them.
const MIN_CONTEXT_DIGITS: usize = 12;
/// A rescan region grows to a line start or end this close, else to a blank this close, so
/// that detectors see whole lines or at least whole words.
const LINE_SLACK: usize = 1024;
const WORD_SLACK: usize = 4096;

fn region_start(text: &str, at: usize) -> usize {
    let at = patterns::floor_boundary(text, at);
    let low = at.saturating_sub(LINE_SLACK);
    match text.as_bytes()[low..at].iter().rposition(|&c| c == b'\n') {
        Some(k) => low + k + 1,
        None => patterns::word_start(text, at, WORD_SLACK),
    }
}

fn region_end(text: &str, at: usize) -> usize {
    let at = patterns::ceil_boundary(text, at.min(text.len()));
    let high = (at + LINE_SLACK).min(text.len());
    match text.as_bytes()[at..high].iter().position(|&c| c == b'\n') {
        Some(k) => at + k,
        None => patterns::word_end(text, at, WORD_SLACK),
    }
}

/// Rescans are bounded; each one only ever widens the findings.
const MAX_ROUNDS: usize = 8;

fn find_once(text: &str) -> Vec<Finding> {
    find_once_in(text, text.len() >= PARALLEL_MIN_BYTES)
}

/// [`find_once`], with the detector families in threads or not.
fn find_once_in(text: &str, parallel: bool) -> Vec<Finding> {
    let wanted = patterns::gated_in(text);
    let mut candidates = Vec::new();
    if !parallel {
        patterns::scan_whole_text(text, &wanted, &mut candidates);
        patterns::scan_anchored(text, &wanted, &mut candidates);
        scan_without_regexes(text, &mut candidates);
        return resolve(candidates);
    }
    // Three independent families of detectors, each over the whole text: on a large text they
    // run side by side. The findings do not depend on it: `resolve` merges candidates the same
    // whatever order they come in.
    std::thread::scope(|scope| {
        let anchored = std::thread::Builder::new()
            .name("redact-anchored".into())
            .spawn_scoped(scope, || {
                let mut found = Vec::new();
                patterns::scan_anchored(text, &wanted, &mut found);
                found
            });
        let others = std::thread::Builder::new()
            .name("redact-scans".into())
            .spawn_scoped(scope, || {
                let mut found = Vec::new();
                scan_without_regexes(text, &mut found);
                found
            });
        patterns::scan_whole_text(text, &wanted, &mut candidates);
        // A thread that could not be started leaves its share to this one.
        match anchored {
            Ok(handle) => candidates.extend(joined(handle)),
            Err(_) => patterns::scan_anchored(text, &wanted, &mut candidates),
        }
        match others {
            Ok(handle) => candidates.extend(joined(handle)),
            Err(_) => scan_without_regexes(text, &mut candidates),
        }
    });
    resolve(candidates)
}

/// Texts this large are scanned by three threads (see [`find_once`]); starting them costs tens
/// of microseconds, which only pays on large texts.
const PARALLEL_MIN_BYTES: usize = 1024 * 1024;

/// The detectors that scan bytes themselves: assignments, prose, command lines, digit runs and
/// long tokens.
fn scan_without_regexes(text: &str, out: &mut Vec<Candidate>) {
    assignments::scan(text, out);
    assignments::scan_prose(text, out);
    assignments::scan_direct(text, out);
    numbers::scan(text, out);
    tokens::scan(text, out);
}

/// A scan thread's candidates; a panic in it (a detector bug) goes on in the caller's thread.
fn joined(handle: std::thread::ScopedJoinHandle<'_, Vec<Candidate>>) -> Vec<Candidate> {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// A finding whose neighbour could be read differently once the finding is a placeholder: it is
/// glued to other text, or it spans a line break (line-based detectors see different lines).
/// Neighbours that end every detector's view (blanks, quotes, brackets, list separators, and
/// the `=`, `:` before a value or the `@` after a URL password) are safe.
fn glued(text: &str, f: &Finding) -> bool {
    let b = text.as_bytes();
    if b[f.start..f.end].iter().any(|&c| c == b'\n' || c == b'\r') {
        return true;
    }
    let closes = |c: u8| {
        c.is_ascii_whitespace()
            || matches!(
                c,
                b'"' | b'\'' | b'`' | b')' | b']' | b'}' | b'>' | b',' | b';' | b'&' | b'@' | b'|'
            )
    };
    let safe_before = match byte_before(text, f.start) {
        None => true,
        Some(c) => {
            c.is_ascii_whitespace()
                || matches!(
                    c,
                    b'"' | b'\''
                        | b'`'
                        | b'('
                        | b'['
                        | b'{'
                        | b'<'
                        | b','
                        | b';'
                        | b'='
                        | b':'
                        | b'|'
                )
        }
    };
    let safe_after = match byte_at(text, f.end) {
        None => true,
        Some(c) if closes(c) => true,
        // Sentence punctuation: safe when nothing is glued after it.
        Some(b'.' | b':' | b'!' | b'?') => byte_at(text, f.end + 1).is_none_or(closes),
        Some(_) => false,
    };
    !(safe_before && safe_after)
}

/// The redacted text and where each of its placeholders came from.
fn render(text: &str, findings: &[Finding]) -> (String, OffsetMap) {
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut at = 0;
    for f in findings {
        out.push_str(&text[at..f.start]);
        let placeholder = f.kind.placeholder();
        map.placeholders
            .push((out.len(), out.len() + placeholder.len(), *f));
        out.push_str(placeholder);
        at = f.end;
    }
    out.push_str(&text[at..]);
    (out, map)
}

/// Output offsets back to input offsets: text outside placeholders was copied as it is, and a
/// placeholder stands for its whole finding.
#[derive(Default)]
struct OffsetMap {
    /// (output start, output end, finding) for each placeholder, in order.
    placeholders: Vec<(usize, usize, Finding)>,
}

impl OffsetMap {
    fn to_input(&self, start: usize, end: usize) -> Range<usize> {
        self.point(start, true)..self.point(end, false)
    }

    /// `start`: an offset inside a placeholder maps to its finding's start; otherwise to its end.
    fn point(&self, out: usize, start: bool) -> usize {
        // Placeholders before `out` shift it by (input length - placeholder length) each.
        let idx = self.placeholders.partition_point(|(s, _, _)| *s < out);
        let Some(&(_, e, f)) = idx.checked_sub(1).and_then(|i| self.placeholders.get(i)) else {
            return out;
        };
        if out < e {
            return if start { f.start } else { f.end };
        }
        f.end + (out - e)
    }
}

/// Kinds and how often each was found: what the audit record keeps (never values or spans).
pub fn finding_counts(findings: &[Finding]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for f in findings {
        *counts.entry(f.kind.as_str().to_string()).or_insert(0) += 1;
    }
    counts
}

/// Merge candidates into findings: overlapping candidates become one finding that covers them
/// all (no part of a secret stays visible, and nothing left over can be read as a new secret)
/// with the most specific kind among them.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Finding> {
    candidates.retain(|c| c.span.0 < c.span.1);
    candidates.sort_unstable_by_key(|c| c.span.0);
    let mut out: Vec<Finding> = Vec::with_capacity(candidates.len());
    for c in candidates {
        match out.last_mut() {
            Some(last) if c.span.0 < last.end => {
                last.end = last.end.max(c.span.1);
                last.kind = last.kind.min(c.kind);
            }
            _ => out.push(Finding {
                kind: c.kind,
                start: c.span.0,
                end: c.span.1,
            }),
        }
    }
    out
}

/// True when `value` (trimmed of surrounding quotes and sentence punctuation) is one of our
/// placeholders: already redacted, must stay as it is.
pub(crate) fn is_placeholder(value: &str) -> bool {
    let v = value
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '`'))
        .trim_end_matches(|c: char| {
            matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}')
        });
    PLACEHOLDERS.contains(&v)
}

/// True when `value` holds one of our placeholders anywhere.
pub(crate) fn contains_placeholder(value: &str) -> bool {
    value.contains('<') && PLACEHOLDERS.iter().any(|p| value.contains(p))
}

/// ASCII letters, digits and `_`: the characters that glue a match to a longer word.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The byte before `at`, if any.
fn byte_before(text: &str, at: usize) -> Option<u8> {
    at.checked_sub(1).map(|i| text.as_bytes()[i])
}

/// The byte at `at`, if any.
fn byte_at(text: &str, at: usize) -> Option<u8> {
    text.as_bytes().get(at).copied()
}

#[cfg(test)]
mod tests;
