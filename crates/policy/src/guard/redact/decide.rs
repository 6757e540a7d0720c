//! The decisions of the regular-expression detectors in [`super::patterns`]: what a pattern
//! cannot check by itself (word boundaries, checksums, reserved domains, references rather than
//! secrets), and which span of a match to redact.

use regex::{Captures, Match};

use super::assignments::{is_reference, secret_key_kind};
use super::checksums::{named_id_checks, pan_shape};
use super::numbers::luhn;
use super::shapes::generated_value;
use super::{Candidate, FindingKind, byte_at, byte_before, is_word_byte};

pub(super) fn whole(caps: &Captures<'_>, kind: FindingKind) -> Option<Candidate> {
    caps.get(0).map(|m| Candidate::new(kind, m.range()))
}

/// The whole match, an address, unless its domain is reserved (see [`reserved_domain`]).
pub(super) fn whole_email(caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    (!reserved_domain(email_domain(m.as_str())) && !no_reply(m.as_str()))
        .then(|| Candidate::new(FindingKind::Email, m.range()))
}

/// An address nobody reads: a `noreply@` / `no-reply@` / `donotreply@` local part, or a no-reply
/// domain (`ci-bot@users.noreply.github.com`, `…@noreply.gitlab.com`). Commit identities and
/// notification senders, not a person's mailbox.
pub(super) fn no_reply(address: &str) -> bool {
    let Some(at) = address.rfind('@') else {
        return false;
    };
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '-' | '_' | '.'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let local = address[..at].split('+').next().unwrap_or("");
    let local = fold(local);
    let quiet = |w: &str| matches!(w, "noreply" | "donotreply" | "noreplies" | "nepasrepondre");
    quiet(&local)
        || address[at + 1..]
            .split('.')
            .any(|label| quiet(&fold(label)))
}

/// The domain of an address as written: after its `@`, escaped `@` (`%40`, `&#64;`) or
/// fullwidth `＠`.
pub(super) fn email_domain(address: &str) -> &str {
    let cut = ["@", "%40", ";", "\u{ff20}"]
        .iter()
        .filter_map(|sep| address.rfind(sep).map(|i| i + sep.len()))
        .max()
        .unwrap_or(0);
    &address[cut..]
}

/// Domains that can never hold a mailbox (RFC 2606, RFC 6761): `example.com`, `.org`, `.net`
/// and their subdomains, and the `.example`, `.test`, `.invalid` and `.localhost` names. An
/// address there is documentation or a test fixture, nobody's address.
pub(super) fn reserved_domain(domain: &str) -> bool {
    let d = domain
        .replace('\u{ff0e}', ".")
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let under = |name: &str| d == name || d.strip_suffix(name).is_some_and(|h| h.ends_with('.'));
    [
        "example.com",
        "example.org",
        "example.net",
        "example",
        "test",
        "invalid",
        "localhost",
    ]
    .iter()
    .any(|name| under(name))
}

/// A token must not be glued to a longer word on either side (`xAKIA…`, `…AKIA…9` are not keys).
pub(super) fn token_with_boundaries(
    text: &str,
    caps: &Captures<'_>,
    kind: FindingKind,
) -> Option<Candidate> {
    let m = caps.get(0)?;
    let glued = |b: Option<u8>| b.is_some_and(|b| is_word_byte(b) || b == b'-');
    if glued(byte_before(text, m.start())) || glued(byte_at(text, m.end())) {
        return None;
    }
    if filler(m.as_str()) {
        return None;
    }
    Some(Candidate::new(kind, m.range()))
}

/// A template's stand-in for a token: a vendor prefix and filler (`sk_live_xxxxxxxxxxxx`,
/// `AKIAXXXXXXXXXXXXXXXX`, `hooks.slack.com/services/XXXXX/XXXXX/XXXXXXXX`, `ghp_000000…`).
/// Random tokens never hold six equal characters in a row, let alone a third of their length.
pub(super) fn filler(token: &str) -> bool {
    filled(token, true)
}

/// [`filler`], with or without `0` as a filler character (a value with no vendor prefix may be
/// a weak password of zeros, but not of `x`).
pub(super) fn filled(token: &str, zeros: bool) -> bool {
    let b = token.as_bytes();
    let (mut longest, mut run, mut fill) = (0, 0, 0);
    for (i, &c) in b.iter().enumerate() {
        let filling = matches!(c, b'x' | b'X' | b'*' | b'#') || zeros && c == b'0';
        fill += usize::from(filling);
        run = if i > 0 && b[i - 1] == c && filling {
            run + 1
        } else {
            1
        };
        if filling {
            longest = longest.max(run);
        }
    }
    longest >= 6 && fill * 3 >= b.len()
}

pub(super) fn value_group<'h>(caps: &Captures<'h>) -> Option<Match<'h>> {
    caps.name("v")
        .or_else(|| caps.name("v2"))
        .or_else(|| caps.name("v3"))
}

pub(super) fn decide_url_password(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v")?;
    if is_reference(v.as_str(), false) || template_word(v.as_str()) {
        return None;
    }
    Some(Candidate::new(FindingKind::ConnectionPassword, v.range()))
}

/// `postgresql://USER:PASSWORD@HOST:5432/DBNAME`: a capitalised word that names what goes
/// there (`PASSWORD`, `DB_PASS`, `YOUR_SECRET`, `PWD`), in a template, not a password.
pub(super) fn template_word(v: &str) -> bool {
    let folded: String = v
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|c| char::from(c.to_ascii_lowercase()))
        .collect();
    v.len() >= 3
        && v.bytes()
            .all(|c| c.is_ascii_uppercase() || matches!(c, b'_' | b'-'))
        && ["pass", "pwd", "secret", "token", "key", "credential"]
            .iter()
            .any(|w| folded.contains(w))
}

pub(super) fn decide_bearer(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
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

pub(super) fn decide_flag(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let key = caps.name("k")?;
    let v = value_group(caps)?;
    let kind = kind_for_key(key.as_str());
    // `--password-stdin`, `--token-file PATH`, `--secret-env NAME`, `--password-prompt`: the
    // flag says where the secret comes from; the word after it is not the secret.
    let k = key.as_str().to_ascii_lowercase();
    let names_a_source = [
        "stdin", "file", "path", "env", "prompt", "cmd", "command", "fd",
    ]
    .iter()
    .any(|s| k.ends_with(&format!("-{s}")));
    if names_a_source || is_reference(v.as_str(), false) {
        return None;
    }
    // `--pass 2`, `--pw 3`: a word that also counts passes; a small number is a count.
    let ambiguous = k == "pass" || k == "pw";
    let small = v.as_str().len() < 6 && v.as_str().bytes().all(|b| b.is_ascii_digit());
    if ambiguous && small {
        return None;
    }
    Some(Candidate::new(kind, v.range()))
}

/// Does `head` end with a URL scheme (`https`, `jdbc:snowflake`) that starts a token?
pub(super) fn starts_with_scheme(head: &str) -> bool {
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

pub(super) fn decide_email(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
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
    // `git@github.com:acme/repo.git`: an scp-style remote (user, host, path), not an address.
    // The path must hold a `/` or end in `.git` (`a@b.com:c@d.com` is two addresses).
    if byte_at(text, m.end()) == Some(b':') {
        let rest = &text[m.end() + 1..];
        let path_len = rest
            .find(|c: char| {
                !(c.is_ascii_alphanumeric() || matches!(c, '/' | '~' | '_' | '.' | '-'))
            })
            .unwrap_or(rest.len());
        let path = &rest[..path_len];
        if !path.is_empty() && (path.contains('/') || path.ends_with(".git")) {
            return None;
        }
    }
    // The whole local part: a match may be the tail of a rejected one (`oreply@…` after
    // `noreply@…`).
    let mut local_start = m.start();
    while byte_before(text, local_start)
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'))
    {
        local_start -= 1;
    }
    if reserved_domain(email_domain(m.as_str())) || no_reply(&text[local_start..m.end()]) {
        return None;
    }
    Some(Candidate::new(FindingKind::Email, m.range()))
}

/// A JWT: its first segment decodes to a JSON header with `alg` (or `typ`).
pub(super) fn decide_jwt(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    // A header is a few dozen bytes; a longer first segment is not read.
    let header = m.as_str().split('.').next().filter(|h| h.len() <= 4096)?;
    let decoded = crate::encoding::decode_base64(header)?;
    let json = decoded.trim_start();
    (json.starts_with('{') && (json.contains("\"alg\"") || json.contains("\"typ\"")))
        .then_some(())?;
    token_with_boundaries(text, caps, FindingKind::Jwt)
}

/// A PEM private key block with a body: at least 16 base64 characters in a row between its
/// lines. `-----BEGIN PRIVATE KEY----- <contents of rsa_key.p8> -----END PRIVATE KEY-----` and
/// `…-----\n...\n-----END…` show where a key goes, not a key.
pub(super) fn decide_private_key(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    let s = m.as_str();
    // Past the header's closing dashes; before the END line if there is one.
    let body_start = s[10..].find("-----").map_or(s.len(), |k| k + 15);
    let body_end = s.rfind("-----END").unwrap_or(s.len());
    let body = s.get(body_start..body_end.max(body_start))?;
    let mut run = 0;
    let keyed = body.bytes().any(|c| {
        run = if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/') {
            run + 1
        } else {
            0
        };
        run >= 16
    });
    keyed.then(|| Candidate::new(FindingKind::PrivateKey, m.range()))
}

/// An Azure AD client secret, not glued to more of a token; a sentence's full stop is not part
/// of it.
pub(super) fn decide_azure_client_secret(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    let end = m.start() + m.as_str().trim_end_matches('.').len();
    let glued = |b: Option<u8>| b.is_some_and(|b| is_word_byte(b) || matches!(b, b'-' | b'~'));
    if glued(byte_before(text, m.start()))
        || glued(byte_at(text, end))
        || byte_at(text, end) == Some(b'.') && byte_at(text, end + 1).is_some_and(is_word_byte)
        || filler(m.as_str())
        || end - m.start() < 37
    {
        return None;
    }
    Some(Candidate::new(FindingKind::ApiToken, m.start()..end))
}

/// The password of an `account is USER / PASSWORD` pair: shaped like a generated credential
/// (eight characters or more, letters and a digit, a symbol or both cases; no path).
pub(super) fn decide_account_password(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v")?;
    let value = v.as_str().trim_end_matches(['.', ',', ';', ':', ')']);
    let letters = value.chars().filter(char::is_ascii_alphabetic).count();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let symbols = value.chars().any(|c| !c.is_ascii_alphanumeric());
    let cases = value.chars().any(|c| c.is_ascii_uppercase())
        && value.chars().any(|c| c.is_ascii_lowercase());
    let shaped = value.len() >= 8
        && letters >= 3
        && digits > 0
        && (symbols || cases)
        && !value.contains('/')
        && !value.starts_with(['<', '$', '%', '{', '('])
        && !is_reference(value, true);
    shaped.then(|| Candidate::new(FindingKind::Password, v.start()..v.start() + value.len()))
}

/// The password group of a command line, unless it is a reference (`$PASS`, `${X}`).
pub(super) fn decide_command_password(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = value_group(caps)?;
    (!is_reference(v.as_str(), true)).then(|| Candidate::new(FindingKind::Password, v.range()))
}

/// A PuTTY key file's private lines or its MAC, without the line break after the last line.
pub(super) fn decide_putty_private(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v").or_else(|| caps.name("v2"))?;
    let body = v
        .as_str()
        .trim_end_matches(['\r', '\n'])
        .trim_end_matches("\\n")
        .trim_end_matches("\\r");
    (!body.is_empty())
        .then(|| Candidate::new(FindingKind::PrivateKey, v.start()..v.start() + body.len()))
}

/// A quoted (or bare) plain-text password in one of up to five groups, unless it is a reference.
pub(super) fn decide_quoted_password(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = ["v", "v2", "v3", "v4", "v5"]
        .iter()
        .find_map(|g| caps.name(g))?;
    let bare = caps.name("v3").is_some();
    (!is_reference(v.as_str(), bare)).then(|| Candidate::new(FindingKind::Password, v.range()))
}

/// `-Password 'PW'`, `-Secret PW`: a bare value must look like a credential (a digit or a
/// symbol, or long), not an English word (`use -Token to pass the PAT`).
pub(super) fn decide_single_dash_parameter(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    if let Some(v3) = caps.name("v3") {
        let v = v3.as_str();
        let plain_word = v.bytes().all(|b| b.is_ascii_alphabetic()) && v.len() < 12;
        if plain_word {
            return None;
        }
    }
    decide_flag(text, caps)
}

/// A key in a call's argument or a JSON field (Algolia's client, kaggle.json), unless it is a
/// reference or a placeholder.
pub(super) fn decide_command_password_as_secret(
    _text: &str,
    caps: &Captures<'_>,
) -> Option<Candidate> {
    let v = value_group(caps)?;
    (!is_reference(v.as_str(), true)).then(|| Candidate::new(FindingKind::Secret, v.range()))
}

/// `<password>PW</password>`: the same element name on both sides, and a secret's name.
pub(super) fn decide_xml_element(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let (k, k2, v) = (caps.name("k")?, caps.name("k2")?, caps.name("v")?);
    if k.as_str() != k2.as_str() || is_reference(v.as_str(), false) {
        return None;
    }
    let kind = secret_key_kind(k.as_str())?;
    Some(Candidate::new(kind, v.range()))
}

/// A name field that names a secret, and the value field next to it.
pub(super) fn decide_named_value(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let k = caps.name("k")?;
    let v = value_group(caps)?;
    let value = v.as_str().trim();
    let kind = match secret_key_kind(k.as_str()) {
        Some(kind) => kind,
        None => name_part_kind(k.as_str(), value)?,
    };
    if is_reference(value, !value.contains(' ')) || value.is_empty() || redaction_label(value) {
        return None;
    }
    Some(Candidate::new(kind, v.range()))
}

/// `<TOKEN>` (or `<TOKEN` where the value's pattern stops before `>`): a label this redactor
/// wrote, read again on a second pass.
fn redaction_label(value: &str) -> bool {
    value.strip_prefix('<').is_some_and(|rest| {
        let rest = rest.strip_suffix('>').unwrap_or(rest);
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
    })
}

/// A variable named for a secret by one of its parts rather than its end (`MAILCHIMP_KEY`,
/// `SECRET_MAILCHIMP`, `DB_PWD_PROD`, `STRIPE_TOKEN_LIVE`): the kind of its secret part, unless
/// a later part says the value is about the secret rather than the secret (`_FILE`, `_PATH`,
/// `_URL`, `_NAME`, `_TTL`). A bare `KEY` part needs a generated-looking value.
fn name_part_kind(name: &str, value: &str) -> Option<FindingKind> {
    const ABOUT: &[&str] = &[
        "file", "path", "url", "uri", "name", "id", "env", "length", "len", "count", "ttl",
        "expiry", "expires", "type", "header", "policy", "endpoint", "host", "port", "user",
        "username", "arn", "ref", "dir", "hash", "version", "enabled", "required", "rotation",
        "format", "prefix", "field", "param", "location", "source", "provider",
    ];
    let lower = name.to_ascii_lowercase();
    let parts: Vec<&str> = lower
        .split(['_', '-', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let mut found = None;
    for (i, part) in parts.iter().enumerate() {
        let kind = match *part {
            "password" | "passwd" | "pwd" | "passphrase" => Some(FindingKind::Password),
            "secret" | "credential" | "credentials" | "apikey" => Some(FindingKind::Secret),
            "token" => Some(FindingKind::Token),
            "key" if generated_value(value) => Some(FindingKind::Secret),
            _ => None,
        };
        if let Some(kind) = kind {
            if parts[i + 1..].iter().any(|p| ABOUT.contains(p)) {
                return None;
            }
            found = found.or(Some(kind));
        }
    }
    found
}

/// `ana (at) example (dot) com`: needs the spelled-out `at` and a last part that is a top-level
/// domain; a trailing part that is not one (`….com .a`) is cut off.
pub(super) fn decide_obfuscated_email(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    let mut end = m.end();
    // Each round drops one part; a match holds at most a window's worth of them.
    for _ in 0..64 {
        let s = &text[m.start()..end];
        let last = s
            .rsplit(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .next()?;
        if byte_before(text, m.start()).is_some_and(is_word_byte) {
            return None;
        }
        // A top-level domain glued to more of a word (`ghp_…`) is no end: try a shorter one.
        if (2..=24).contains(&last.len())
            && last.bytes().all(|b| b.is_ascii_alphabetic())
            && !byte_at(text, end).is_some_and(is_word_byte)
        {
            return Some(Candidate::new(FindingKind::Email, m.start()..end));
        }
        // Drop the last part and the separator before it.
        let cut = s.len() - last.len();
        let trimmed = s[..cut].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>')
        });
        let trimmed = trimmed
            .strip_suffix("dot")
            .or_else(|| trimmed.strip_suffix("DOT"))
            .unwrap_or(trimmed)
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '<'));
        if trimmed.len() >= s.len() || !trimmed.contains("at") && !trimmed.contains("AT") {
            return None;
        }
        end = m.start() + trimmed.len();
    }
    None
}

/// `ana at contoso dot com`: a known top-level domain last, and neither the local part nor the
/// domain a word prose puts around `at` (`look at the dot com era`, `meet me at home dot com`).
pub(super) fn decide_spelled_email(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    const TLDS: &[&str] = &[
        "com", "org", "net", "io", "co", "ai", "dev", "app", "edu", "gov", "info", "biz", "us",
        "uk", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt",
        "ie", "ca", "au", "nz", "in", "jp", "br", "mx", "ar", "za", "eu", "cloud", "tech", "me",
    ];
    const PROSE: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "his", "her",
        "their", "its", "home", "work", "least", "most", "all", "once", "first", "last", "night",
        "noon", "it", "me", "us", "them", "him", "look", "looking", "looked", "meet", "arrive",
        "arrived", "stop", "stay", "here", "there", "where", "what", "which", "who", "one", "end",
        "best", "worst", "times", "time", "start", "point", "scale",
    ];
    let m = caps.get(0)?;
    let words: Vec<&str> = m
        .as_str()
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .collect();
    let (local, domain, tld) = (words.first()?, words.get(2)?, words.last()?);
    let is_prose = |w: &str| PROSE.iter().any(|p| p.eq_ignore_ascii_case(w));
    let tld_ok = TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld));
    (tld_ok && !is_prose(local) && !is_prose(domain))
        .then(|| Candidate::new(FindingKind::Email, m.range()))
}

/// An address with letters outside ASCII (ASCII ones are the `email` detector's).
pub(super) fn decide_idn_email(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    if m.as_str().is_ascii() {
        return None;
    }
    decide_email(text, caps)
}

/// The names of national, tax and personal ids in every language and script the redactor knows
/// (a regex alternation, no captures): `national_id_in_context` reads a value after one, and the
/// column scanner takes a header that is one for an id column. One grammar, so a name added
/// here is recognised in prose and as a column header alike.
macro_rules! national_id_names {
    () => {
        r#"(?i:\bcpf|\bcnpj|\bbsn|burgerservicenummer|sofinummer|personnummer|personnr|samordningsnummer|f[øo]dselsnummer|personal identity number|henkil[öo]tunnus|\bhetu|isikukood|kennitala(?:n|nn|nni)?|inombolo[ \t]+(?:ka|yo)mazisi|asmens kodas|personas kods|\bpesel|\bnip|\bregon|\bnric(?:[ \t]*/[ \t]*fin)?|\bfin\b(?:[ \t]+no)?|codice[ \t_-]?fiscale|\bcf|\bcurp|\brut|\bclabe|\bdni|\bnie|\bnif|\bnipc|\bcuit|\bcuil|c[ée]dula|steuer[ \t_-]?id|steuer[ \t_-]?identifikationsnummer|steuerliche[ \t]+identifikationsnummer|steuernummer|\bidnr|\bahv(?:[ \t_-]?n(?:r|ummer))?|\bavs|sozialversicherungsnummer|\bsvnr|\btfn|tax[ \t_-]?file[ \t_-]?number|\bppsn?|\bird[ \t_-]?number|\bhkid|\bid[ \t_-]?card(?:[ \t_-]?(?:no|nr|number|num))?|rijksregisternummer|registre[ \t]+national|num[ée]ro[ \t]+national|\binsz|(?:t\.?[ \t]?c\.?[ \t]*)?kimlik(?:[ \t]*(?:no|numaras[ıi]))?|\btckn|emirates[ \t]+id|\biqama|\bnin\b|\begn|\bcnp|\boib|\bjmbg|\bamka|rodn[ée][ \t_-]+[čc][íi]slo|tax[ \t_-]?code|national[ \t_-]?id(?:entity)?(?:[ \t_-]?card)?(?:[ \t_-]?(?:number|no|nr))?|national[ \t]+identi(?:fication|ty)[ \t]+number|\bid[ \t_-]?number|identity[ \t_-]?(?:number|card(?:[ \t_-]?(?:number|no))?)|personal[ \t_-]?id(?:entification)?(?:[ \t_-]?(?:number|no|code))?|personal[ \t_-]?number|citizen[ \t_-]?id|tax[ \t_-]?id|tax[ \t_-]?number|taxpayer[ \t_-]?identification(?:[ \t_-]+number)?|taxpayer[ \t_-]?id|\bitin\b|nomor[ \t]+induk[ \t]+kependudukan|\bnik\b|\bmykad|\bem[šs]o\b|\bnir\b|num[ée]ro[ \t]+de[ \t]+s[ée]curit[ée][ \t]+sociale|\btin|identification[ \t]+number|\bcpr(?:[ \t_-]*(?:nr|nummer|no))?|permanent[ \t]+account[ \t]+number|\bpan(?:[ \t_-]*(?:card|no|number|nr))?)|身份证号(?:码)?|居民身份证|身份證(?:號碼|号码)?|身分證(?:字號)?|マイナンバー|個人番号|주민등록번호|주민번호|외국인등록번호|תעודת[ \t]+(?:ה)?זהות|מספר[ \t]+(?:ה)?זהות|ת\.ז\.?|ת"ז|(?i:\bегн|\bжсн|\bлнч|\b[ејe]мбг|\bинн|\bснилс|\bиин|\bрнокпп|\bαμκα|\bαφμ)|الرقم[ \t]+(?:الوطني|القومي)|رقم[ \t]+(?:الهوية|الهويه)|เลขประจำตัวประชาชน|เลขบัตรประชาชน|เลขบัตรประจำตัวประชาชน|आधार[ \t]+(?:संख्या|नंबर|क्रमांक)|ஆதார்(?:[ \t]+எண்)?|पहचान[ \t]+संख्या|আধার[ \t]+(?:নম্বর|সংখ্যা)|شناختی[ \t]+کارڈ(?:[ \t]+نمبر)?|کد[ \t]+ملی|کارت[ \t]+ملی|(?i:\btaj(?:[ \t_-]*sz[áa]m)?)"#
    };
}
pub(super) use national_id_names;

/// The anchors of `national_id_in_context`: the first word of each id's name.
pub(super) const NATIONAL_ID_WORDS: &[&str] = &[
    "cpf",
    "cnpj",
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "personnummer",
    "personnr",
    "samordningsnummer",
    "f\u{f8}dselsnummer",
    "fodselsnummer",
    "personal",
    "henkil\u{f6}tunnus",
    "henkilotunnus",
    "hetu",
    "isikukood",
    "kennitala",
    "asmens",
    "personas",
    "pesel",
    "nip",
    "regon",
    "nric",
    // `FIN is …`, `FIN: …` (not `finished`, `final`: the regex is costly to run after every one).
    "fin ",
    "fin:",
    "fin\t",
    "codice",
    "cf",
    "curp",
    "rut",
    "clabe",
    "dni",
    "nie",
    "nif",
    "cuit",
    "cuil",
    "c\u{e9}dula",
    "cedula",
    "steuer",
    "idnr",
    "ahv",
    "avs",
    "sozialversicherungsnummer",
    "svnr",
    "tfn",
    "tax",
    "pps",
    "ird",
    "hkid",
    "id card",
    "id_card",
    "id-card",
    "idcard",
    "id number",
    "id_number",
    "id-number",
    "idnumber",
    "rijksregisternummer",
    "registre",
    "num\u{e9}ro national",
    "numero national",
    "insz",
    "kimlik",
    "tckn",
    "emirates",
    "iqama",
    "nin",
    "egn",
    "cnp",
    "oib",
    "jmbg",
    "amka",
    "rodn",
    "national",
    "identity",
    "identification",
    "citizen",
    "tin",
    "cpr",
    // ITIN (US), NIK (Indonesia), MyKad (Malaysia), EMŠO (Slovenia), NIR (France), מספר זהות.
    "itin",
    "nomor induk",
    "nik",
    "mykad",
    "em\u{161}o",
    "EM\u{160}O",
    "Em\u{161}o",
    "emso",
    "nir",
    "num\u{e9}ro de s\u{e9}curit\u{e9}",
    "numero de securite",
    "\u{5de}\u{5e1}\u{5e4}\u{5e8}",
    "\u{8eab}\u{4efd}\u{8bc1}",
    "\u{8eab}\u{4efd}\u{8b49}",
    "\u{8eab}\u{5206}\u{8b49}",
    "\u{30de}\u{30a4}\u{30ca}\u{30f3}\u{30d0}\u{30fc}",
    "\u{500b}\u{4eba}\u{756a}\u{53f7}",
    "\u{c8fc}\u{bbfc}",
    "\u{c678}\u{ad6d}\u{c778}\u{b4f1}\u{b85d}\u{bc88}\u{d638}",
    "\u{5ea}\u{5e2}\u{5d5}\u{5d3}\u{5ea}",
    "\u{5ea}.\u{5d6}",
    "\u{5ea}\"\u{5d6}",
    // Cyrillic: ЕГН (Bulgaria), ЛНЧ, ЕМБГ/ЈМБГ, ИНН, СНИЛС, ИИН, РНОКПП; Greek ΑΜΚΑ, ΑΦΜ; Arabic
    // الرقم الوطني / القومي, رقم الهوية; Thai เลขประจำตัวประชาชน; Hindi पहचान संख्या.
    "\u{415}\u{413}\u{41d}",
    "\u{435}\u{433}\u{43d}",
    "\u{41b}\u{41d}\u{427}",
    "\u{43b}\u{43d}\u{447}",
    "\u{415}\u{41c}\u{411}\u{413}",
    "\u{435}\u{43c}\u{431}\u{433}",
    "\u{408}\u{41c}\u{411}\u{413}",
    "\u{458}\u{43c}\u{431}\u{433}",
    "\u{418}\u{41d}\u{41d}",
    "\u{438}\u{43d}\u{43d}",
    "\u{421}\u{41d}\u{418}\u{41b}\u{421}",
    "\u{441}\u{43d}\u{438}\u{43b}\u{441}",
    "\u{418}\u{418}\u{41d}",
    "\u{438}\u{438}\u{43d}",
    "\u{420}\u{41d}\u{41e}\u{41a}\u{41f}\u{41f}",
    "\u{440}\u{43d}\u{43e}\u{43a}\u{43f}\u{43f}",
    "\u{391}\u{39c}\u{39a}\u{391}",
    "\u{3b1}\u{3bc}\u{3ba}\u{3b1}",
    "\u{391}\u{3a6}\u{39c}",
    "\u{3b1}\u{3c6}\u{3bc}",
    "\u{627}\u{644}\u{631}\u{642}\u{645}",
    "\u{631}\u{642}\u{645}",
    "\u{e40}\u{e25}\u{e02}\u{e1b}\u{e23}\u{e30}\u{e08}\u{e33}\u{e15}\u{e31}\u{e27}",
    "\u{92a}\u{939}\u{91a}\u{93e}\u{928}",
    // Thai เลขบัตร(ประจำตัว)ประชาชน (id card number), Hindi आधार (Aadhaar); India's PAN.
    "\u{e40}\u{e25}\u{e02}\u{e1a}\u{e31}\u{e15}\u{e23}",
    "\u{906}\u{927}\u{93e}\u{930}",
    "pan ",
    "pan:",
    "pan#",
    "pan_",
    "pan-",
    "pan=",
    "permanent account",
    // Bengali আধার (Aadhaar), Urdu شناختی کارڈ (CNIC), Persian کد ملی / کارت ملی, Hungarian TAJ.
    "আধার",
    "شناختی",
    "کد",
    "کارت",
    "taj",
    "TAJ",
    // Kazakh ЖСН (IIN), Tamil ஆதார் (Aadhaar), Zulu `inombolo kamazisi` (id number).
    "\u{416}\u{421}\u{41d}",
    "\u{436}\u{441}\u{43d}",
    "\u{b86}\u{ba4}\u{bbe}\u{bb0}\u{bcd}",
    "inombolo",
    "Inombolo",
];

/// A value after an id's name: six digits, or the id's own shape for the names that are also
/// ordinary words or abbreviations (`cf.`, `pps`, `nie`); a CLABE is a bank account.
pub(super) fn decide_named_id(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let name = caps.name("n")?.as_str().to_ascii_lowercase();
    let v = caps.name("v")?;
    // A value glued to more of a word (`_`) is not the whole value.
    if byte_at(text, v.end()).is_some_and(|b| b == b'_') {
        return None;
    }
    let value = v.as_str();
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let alnum = value.bytes().filter(u8::is_ascii_alphanumeric).count();
    let shaped = match name.as_str() {
        "cf" => codice_fiscale(value),
        "pps" | "ppsn" => {
            let b = value.as_bytes();
            (8..=9).contains(&b.len())
                && b[..7].iter().all(u8::is_ascii_digit)
                && b[7..].iter().all(u8::is_ascii_alphabetic)
        }
        "nie" => {
            let compact: Vec<u8> = value.bytes().filter(|b| *b != b'-').collect();
            compact.len() == 9
                && matches!(compact[0].to_ascii_uppercase(), b'X' | b'Y' | b'Z')
                && compact[1..8].iter().all(u8::is_ascii_digit)
        }
        n if n.starts_with("pan") || n.starts_with("permanent") => pan_shape(value),
        _ => digits >= 6 || codice_fiscale(value),
    };
    if !shaped || alnum > 24 || !named_id_checks(caps.name("n")?.as_str(), value) {
        return None;
    }
    let kind = if name.starts_with("clabe") {
        FindingKind::BankAccount
    } else {
        FindingKind::NationalId
    };
    Some(Candidate::new(kind, v.range()))
}

/// An Italian codice fiscale: six letters, the birth date and place in their letter-and-digit
/// shape (digits may be replaced by `LMNPQRSTUV` for homonyms), and its check letter.
pub(super) fn codice_fiscale(value: &str) -> bool {
    const ODD: [u32; 36] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23, // A-Z
    ];
    let b: Vec<u8> = value.bytes().map(|c| c.to_ascii_uppercase()).collect();
    if b.len() != 16 {
        return false;
    }
    let digitish = |c: u8| c.is_ascii_digit() || b"LMNPQRSTUV".contains(&c);
    let letters = [0, 1, 2, 3, 4, 5, 8, 11, 15];
    let digit_slots = [6, 7, 9, 10, 12, 13, 14];
    if !letters.iter().all(|&i| b[i].is_ascii_uppercase())
        || !digit_slots.iter().all(|&i| digitish(b[i]))
        || !b"ABCDEHLMPRST".contains(&b[8])
    {
        return false;
    }
    let index = |c: u8| {
        if c.is_ascii_digit() {
            usize::from(c - b'0')
        } else {
            usize::from(c - b'A') + 10
        }
    };
    let sum: u32 = b[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i % 2 == 0 {
                ODD[index(c)]
            } else if c.is_ascii_digit() {
                u32::from(c - b'0')
            } else {
                u32::from(c - b'A')
            }
        })
        .sum();
    u32::from(b[15] - b'A') == sum % 26
}

/// A passport number: at least two digits (`PASSPORT POLICY` is not one).
pub(super) fn decide_passport(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v")?;
    let digits = v.as_str().bytes().filter(u8::is_ascii_digit).count();
    (digits >= 2).then(|| Candidate::new(FindingKind::Passport, v.range()))
}

/// The words after which `card_in_context` reads digits as a card (its anchors).
pub(super) const CARD_WORDS: &[&str] = &[
    "card",
    "cc",
    "visa",
    "mastercard",
    "mc",
    "amex",
    "american express",
    "discover",
    "jcb",
    "maestro",
    "unionpay",
    "union pay",
    "diners",
    "pan",
    "paid with",
    "pay with",
    "charged",
    "tarjeta",
    "carte",
    "karte",
    "cart\u{e3}o",
    "Cart\u{e3}o",
    "cartao",
    "carta",
    "kaart",
    "karta",
    "\u{30ab}\u{30fc}\u{30c9}",
    "\u{5361}\u{53f7}",
    "\u{5361}\u{865f}",
    "\u{ce74}\u{b4dc}",
    "\u{628}\u{637}\u{627}\u{642}\u{629}",
    "\u{628}\u{637}\u{627}\u{642}\u{647}",
    "\u{6a9}\u{627}\u{631}\u{62a}",
    "\u{915}\u{93e}\u{930}\u{94d}\u{921}",
];

/// Digits (ASCII or fullwidth) with separators: the longest leading 13–19 digits that are a
/// card (Luhn, a network's first digit). `card_grouped` matches also need one separator
/// throughout.
pub(super) fn decide_card_digits(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v")?;
    // The card word must be close to the digits (the pattern's gap is unbounded for speed),
    // and not be a placeholder this redaction wrote (`<CARD> 5425…` on a second pass).
    if caps.get(0).is_some_and(|m| {
        v.start() - m.start() > 48 || text[m.start()..v.start()].contains("<CARD>")
    }) {
        return None;
    }
    let mut digits: Vec<(u8, usize)> = Vec::with_capacity(19);
    let mut separators: Vec<&str> = Vec::new();
    let mut last_end = None;
    for (k, c) in v.as_str().char_indices() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{ff10}'..='\u{ff19}' => c as u32 - 0xff10,
            '\u{660}'..='\u{669}' => c as u32 - 0x660,
            '\u{6f0}'..='\u{6f9}' => c as u32 - 0x6f0,
            '\u{966}'..='\u{96f}' => c as u32 - 0x966,
            _ => continue,
        };
        if let Some(end) = last_end {
            let sep = &v.as_str()[end..k];
            if !sep.is_empty() {
                separators.push(sep);
            }
        }
        digits.push((u8::try_from(d).ok()?, v.start() + k + c.len_utf8()));
        last_end = Some(k + c.len_utf8());
    }
    let grouped = caps
        .get(0)
        .is_some_and(|m| m.as_str().len() > v.as_str().len())
        && !separators.is_empty();
    if grouped && separators.iter().any(|s| *s != separators[0]) {
        return None;
    }
    // A shorter card ends where a group does: the 14 leading digits of a 16-digit number that
    // fails Luhn are no card.
    let bytes = text.as_bytes();
    let group_end =
        |n: usize| n == digits.len() || !bytes.get(digits[n - 1].1).is_some_and(u8::is_ascii_digit);
    (13..=digits.len().min(19))
        .rev()
        .filter(|&n| group_end(n))
        .find_map(|n| {
            let ds: Vec<u8> = digits[..n].iter().map(|(d, _)| *d).collect();
            ((2..=6).contains(&ds[0]) && luhn(&ds))
                .then(|| Candidate::new(FindingKind::PaymentCard, v.start()..digits[n - 1].1))
        })
}

/// A UK National Insurance number: a prefix that is issued, spaces all or nothing. `QQ`, the
/// prefix HMRC prints in its examples, is kept: forms and test data fill it in for real people.
pub(super) fn decide_uk_ni(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = caps.name("v")?;
    let s = v.as_str();
    let prefix = s.get(..2)?;
    let spaces = s.bytes().filter(|b| *b == b' ').count();
    let issued = !matches!(prefix, "BG" | "GB" | "KN" | "NK" | "NT" | "TN" | "ZZ");
    // `AB123456C`, `AB 12 34 56 C`, `AB 123456 C`, `AB123456 C`.
    let b = s.as_bytes();
    let spaced_at = |i: usize| b.get(i) == Some(&b' ');
    let shaped = match spaces {
        0 | 4 => true,
        1 => spaced_at(s.len() - 2),
        2 => spaced_at(2) && spaced_at(s.len() - 2),
        _ => false,
    };
    (issued && shaped).then(|| Candidate::new(FindingKind::NationalId, v.range()))
}

pub(super) fn kind_for_key(key: &str) -> FindingKind {
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
