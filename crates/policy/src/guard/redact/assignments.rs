//! `key: value` and `key = value` assignments whose key names a secret, in YAML, JSON, TOML, env
//! files, URL queries and SQL (`PASSWORD = '…'`, `"api_key": "…"`, `?token=…&`,
//! `SNOWFLAKE_PAT=…`, `AWS_SECRET_KEY = '…'`).
//!
//! Also a key named in prose: "my password is hunter2", "the API key was AB12…", `passwd X1y2`
//! (only values shaped like a credential: "the password is expired" stays). Keys in other
//! languages (`Passwort:`, `contraseña:`, `mot de passe :`, `パスワード：`, `пароль:`) count, with
//! an ASCII or a fullwidth colon.
//!
//! Anchored on the separator (`:`, `=`, `:=`, `=>`), which `memchr` finds far faster than any
//! case-insensitive keyword search: for each separator, look back over an optional quote and
//! blanks at the identifier before it and decide whether that identifier names a secret (see
//! [`key_kind`]); only then read the value after it. The key must end right before the
//! separator, so `max_tokens: 5`, `password_policy = p` and `token_count` are not keys.

use super::decide::filled;
use super::shapes::{copula, generated_value, passphrase_shaped, some_key};
use super::{Candidate, FindingKind, contains_placeholder, is_placeholder};

/// Identifiers longer than this are judged by their tail.
const MAX_KEY_BYTES: usize = 64;
/// Longer values are redacted up to this many bytes and the rest is left to the other detectors.
const MAX_VALUE_BYTES: usize = 512;

pub(super) fn scan(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    for sep in memchr::memchr2_iter(b':', b'=', b) {
        let Some((kind, strength)) = key_before(text, sep) else {
            continue;
        };
        // `:=` and `=>` are one separator.
        let mut at = sep + 1;
        if at < b.len() && ((b[sep] == b':' && b[at] == b'=') || (b[sep] == b'=' && b[at] == b'>'))
        {
            at += 1;
        }
        push_value(text, at, kind, strength, out);
    }
    // The fullwidth colon of Chinese and Japanese text (`密码：…`), after a key in any script
    // (`AccessKey Secret：…`, `API 密钥：…`).
    if !text.is_ascii() {
        for sep in memchr::memmem::find_iter(b, "\u{ff1a}".as_bytes()) {
            let key = if foreign_password_key(text, sep) {
                Some((FindingKind::Password, Strength::Plain))
            } else {
                key_before(text, sep)
                    .or_else(|| cjk_secret_key(text, sep))
                    .or_else(|| prose_key_before(text, sep).map(|k| (k, Strength::Plain)))
            };
            if let Some((kind, strength)) = key {
                push_value(text, sep + "\u{ff1a}".len(), kind, strength, out);
            }
        }
    }
}

/// How sure the key alone makes us that its value is a secret.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// `password`, `api_key`: any value that is not a reference.
    Plain,
    /// `pass`, `pw`: also a count or a flag (`WHERE pass = 2`), so not a small number.
    Ambiguous,
    /// `DD_APPLICATION_KEY`, `MAILCHIMP_KEY`: a key of some kind; a secret only when its value
    /// looks generated (a key name alone is as often a sort or cache key).
    Generated,
    /// `auth`: a mode (`"auth": "oauth"`) as often as a password, so only a value with letters
    /// and digits mixed like a password's.
    PasswordShaped,
}

fn push_value(
    text: &str,
    at: usize,
    kind: FindingKind,
    strength: Strength,
    out: &mut Vec<Candidate>,
) {
    if let Some((value, quoted)) = value_after(text, at) {
        let v = &text[value.clone()];
        let keep = is_reference(v, !quoted)
            || short_number(v, kind, strength == Strength::Ambiguous)
            || (strength == Strength::Generated && !generated_value(v))
            || (strength == Strength::PasswordShaped
                && !(generated_value(v) || super::shapes::passphrase_shaped(v)))
            || arn_or_resource_name(v);
        if !keep {
            out.push(Candidate::new(kind, value));
        }
    }
}

/// Chinese and Japanese words for a secret key or a token before a fullwidth colon (`密钥：`,
/// `访问令牌：`, `シークレット：`), which the ASCII key reader cannot see.
fn cjk_secret_key(text: &str, sep: usize) -> Option<(FindingKind, Strength)> {
    const KEYS: &[(&str, FindingKind)] = &[
        ("\u{5bc6}\u{94a5}", FindingKind::Secret),
        ("\u{5bc6}\u{9470}", FindingKind::Secret),
        ("\u{79d8}\u{94a5}", FindingKind::Secret),
        ("\u{5bc6}\u{5319}", FindingKind::Secret),
        ("\u{4ee4}\u{724c}", FindingKind::Token),
        (
            "\u{30b7}\u{30fc}\u{30af}\u{30ec}\u{30c3}\u{30c8}",
            FindingKind::Secret,
        ),
        ("\u{30c8}\u{30fc}\u{30af}\u{30f3}", FindingKind::Token),
        (
            "\u{30a2}\u{30af}\u{30bb}\u{30b9}\u{30ad}\u{30fc}",
            FindingKind::Secret,
        ),
        ("\u{c2dc}\u{d06c}\u{b9bf}", FindingKind::Secret),
        ("\u{d1a0}\u{d070}", FindingKind::Token),
    ];
    let before = text[..sep].trim_end_matches([' ', '\t', '"', '\'']);
    KEYS.iter()
        .find(|(k, _)| before.ends_with(k))
        .map(|(_, kind)| (*kind, Strength::Plain))
}

/// `arn:aws:secretsmanager:…:secret:prod/x-Qx81Ab`, `projects/p/secrets/db-password/versions/3`:
/// where a secret is kept, named in full, is not the secret.
fn arn_or_resource_name(v: &str) -> bool {
    v.starts_with("arn:") || v.starts_with("projects/") && v.contains("/secrets/")
}

/// `passwd X1y2`, `password Tr0ub4dor`: a password word, one space, a value that has letters and
/// digits (`password policy`, `PASSWORD_POLICY` and `password 1234` stay).
///
/// Then the password words of other languages ([`PROSE_PASSWORD_WORDS`]), whose
/// sentences put the value after the word whatever the grammar: `كلمة المرور الجديدة للحساب هي
/// X`, `root şifresi X olarak değiştirildi`, `डेटाबेस का पासवर्ड X है`, `mật khẩu là X`. There
/// the value is the first word of the clause after it that looks strongly like a credential
/// (see [`password_after`]).
/// Texts up to this size are searched word by word rather than by an automaton, whose
/// building would cost more than the search (a prompt is usually a few hundred bytes).
const PROMPT_SIZED_BYTES: usize = 4096;

/// The leftmost-first matches of `words` in `text`: word by word in a prompt-sized text (the
/// DFA takes a quarter of a millisecond to build, more than a `route` process spends on its
/// prompt), else by an automaton of `kind` kept in `cell`. `None` if the automaton did not
/// build (constant words always do).
fn words_in(
    text: &str,
    words: &[&str],
    cell: &std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    kind: aho_corasick::AhoCorasickKind,
) -> Option<Vec<(usize, usize)>> {
    if text.len() <= PROMPT_SIZED_BYTES {
        return Some(leftmost_first(text, words));
    }
    let automaton = cell
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .kind(Some(kind))
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(words)
                .ok()
        })
        .as_ref()?;
    Some(
        automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect(),
    )
}

/// The matches of `words` in `text` that aho-corasick's leftmost-first search reports (at each
/// place the earliest word in the list wins, and the search goes on after it), found one word
/// at a time.
fn leftmost_first(text: &str, words: &[&str]) -> Vec<(usize, usize)> {
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    for (priority, word) in words.iter().enumerate() {
        for at in memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()) {
            hits.push((at, priority, at + word.len()));
        }
    }
    hits.sort_unstable();
    let mut out = Vec::new();
    let mut next = 0;
    for (start, _, end) in hits {
        if start >= next {
            out.push((start, end));
            next = end;
        }
    }
    out
}

pub(super) fn scan_direct(text: &str, out: &mut Vec<Candidate>) {
    scan_foreign_prose(text, out);
    use aho_corasick::{AhoCorasick, AhoCorasickKind};
    use std::sync::OnceLock;
    // One pass for all the words (six memmem passes cost a tenth of the sanitizer's budget).
    static WORDS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let Some(matches) = words_in(text, DIRECT_PASSWORD_WORDS, &WORDS, AhoCorasickKind::DFA) else {
        return;
    };
    let b = text.as_bytes();
    for (start, end) in matches {
        let (at, word_len) = (start, end - start);
        {
            if at > 0
                && (b[at - 1].is_ascii_alphanumeric()
                    || matches!(b[at - 1], b'_' | b'-' | b'$' | b'.'))
            {
                continue;
            }
            let start = at + word_len;
            let mut end = start;
            while end < b.len()
                && end - start < 64
                && (b[end].is_ascii_alphanumeric() || b"!@#$%^&*_+=~-.".contains(&b[end]))
            {
                end += 1;
            }
            if end < b.len() && !(b[end].is_ascii_whitespace() || b",;)'\"".contains(&b[end])) {
                continue;
            }
            // A sentence's full stop is not part of the value (`… is Madrid2019.Etl9.`).
            let end = start + text[start..end].trim_end_matches('.').len();
            let value = &text[start..end];
            let letters = value.bytes().filter(u8::is_ascii_alphabetic).count();
            let digits = value.bytes().filter(u8::is_ascii_digit).count();
            let identifier = value
                .bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_');
            // `Compaction pass 0x7f3a9c21`: an address or a hash in hex, not a password.
            let hex_literal = value.len() > 2
                && (value.starts_with("0x") || value.starts_with("0X"))
                && value[2..].bytes().all(|c| c.is_ascii_hexdigit());
            if value.len() >= 4
                && letters > 0
                && digits > 0
                && !identifier
                && !hex_literal
                && !is_reference(value, true)
            {
                out.push(Candidate::new(FindingKind::Password, start..end));
            }
        }
    }
}

/// The words after which `scan_direct` wants the value right away.
const DIRECT_PASSWORD_WORDS: &[&str] = &[
    "passwd ",
    "password ",
    "Password ",
    "PASSWORD ",
    "pwd ",
    "passphrase ",
    // `user acme / pass X`, `usuário bi e senha X`, `Kennwort X`.
    "pass ",
    "Pass ",
    "senha ",
    "Senha ",
    "passwort ",
    "Passwort ",
    "kennwort ",
    "Kennwort ",
    "wachtwoord ",
    "mot de passe ",
    "contraseña ",
];

/// The password words of other languages ([`PROSE_PASSWORD_WORDS`]) and the value a few words
/// after each. Like `scan_prose`'s other languages, only in prompt-sized or non-ASCII text: a
/// large ASCII log would pay a pass for words it almost never holds (and a pass over all these
/// words, most of them outside ASCII, is several times slower than the direct words' one).
fn scan_foreign_prose(text: &str, out: &mut Vec<Candidate>) {
    use aho_corasick::{AhoCorasick, AhoCorasickKind};
    use std::sync::OnceLock;
    if text.len() > 4096 && text.is_ascii() {
        return;
    }
    static WORDS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    // A contiguous NFA: large ASCII texts never get here.
    let Some(matches) = words_in(
        text,
        PROSE_PASSWORD_WORDS,
        &WORDS,
        AhoCorasickKind::ContiguousNFA,
    ) else {
        return;
    };
    for (start, end) in matches {
        if let Some(c) = password_after(text, start, end) {
            out.push(c);
        }
    }
}

/// Password words of other languages and scripts, as written (a capital first too where the
/// script has one), for prose that names a password and then gives it a few words on. Words
/// of scripts that glue articles and prepositions to the noun (Hebrew `הסיסמה`, Arabic
/// `وكلمة`) match inside a word.
const PROSE_PASSWORD_WORDS: &[&str] = &[
    "\u{15f}ifre",
    "\u{15e}ifre",
    "sifre",
    "Sifre",
    // Welsh.
    "cyfrinair",
    "Cyfrinair",
    "parola",
    "Parola",
    "\u{643}\u{644}\u{645}\u{629} \u{627}\u{644}\u{645}\u{631}\u{648}\u{631}",
    "\u{643}\u{644}\u{645}\u{647} \u{627}\u{644}\u{645}\u{631}\u{648}\u{631}",
    "\u{643}\u{644}\u{645}\u{629} \u{627}\u{644}\u{633}\u{631}",
    "\u{643}\u{644}\u{645}\u{629} \u{645}\u{631}\u{648}\u{631}",
    "\u{631}\u{645}\u{632} \u{627}\u{644}\u{645}\u{631}\u{648}\u{631}",
    "\u{631}\u{645}\u{632} \u{639}\u{628}\u{648}\u{631}",
    "\u{6af}\u{630}\u{631}\u{648}\u{627}\u{698}\u{647}",
    "\u{5e1}\u{5d9}\u{5e1}\u{5de}\u{5d4}",
    "\u{5e1}\u{5d9}\u{5e1}\u{5de}\u{5d0}",
    "\u{5e1}\u{5d9}\u{5e1}\u{5de}\u{5ea}",
    "\u{92a}\u{93e}\u{938}\u{935}\u{930}\u{94d}\u{921}",
    "\u{915}\u{942}\u{91f}\u{936}\u{92c}\u{94d}\u{926}",
    "\u{9aa}\u{9be}\u{9b8}\u{993}\u{9af}\u{9bc}\u{9be}\u{9b0}\u{9cd}\u{9a1}",
    "\u{67e}\u{627}\u{633} \u{648}\u{631}\u{688}",
    "m\u{1ead}t kh\u{1ea9}u",
    "M\u{1ead}t kh\u{1ea9}u",
    "mat khau",
    "Mat khau",
    "kata sandi",
    "Kata sandi",
    "Kata Sandi",
    "kata laluan",
    "Kata laluan",
    "katalaluan",
    "\u{3ba}\u{3c9}\u{3b4}\u{3b9}\u{3ba}",
    "\u{39a}\u{3c9}\u{3b4}\u{3b9}\u{3ba}",
    "\u{3c3}\u{3c5}\u{3bd}\u{3b8}\u{3b7}\u{3bc}\u{3b1}\u{3c4}\u{3b9}\u{3ba}",
    "\u{e23}\u{e2b}\u{e31}\u{e2a}\u{e1c}\u{e48}\u{e32}\u{e19}",
    "\u{43f}\u{430}\u{440}\u{43e}\u{43b}",
    "\u{41f}\u{430}\u{440}\u{43e}\u{43b}",
    "\u{43b}\u{43e}\u{437}\u{438}\u{43d}\u{43a}",
    "\u{41b}\u{43e}\u{437}\u{438}\u{43d}\u{43a}",
    "\u{5bc6}\u{7801}",
    "\u{5bc6}\u{78bc}",
    "\u{30d1}\u{30b9}\u{30ef}\u{30fc}\u{30c9}",
    "\u{be44}\u{bc00}\u{bc88}\u{d638}",
    "contrase\u{f1}a",
    "Contrase\u{f1}a",
    "contrasenya",
    "has\u{142}o",
    "Has\u{142}o",
    "heslo",
    "Heslo",
    "jelsz\u{f3}",
    "Jelsz\u{f3}",
    "l\u{f6}senord",
    "L\u{f6}senord",
    "salasana",
    "Salasana",
    "adgangskode",
    "Adgangskode",
    "passord",
    "Passord",
    "lozinka",
    "Lozinka",
    "geslo",
    "Geslo",
    "parool",
    "Parool",
    "slapta\u{17e}odis",
    "nenosiri",
    "pasahitza",
    "fjal\u{eb}kalimi",
];

/// How far after a password word of [`PROSE_PASSWORD_WORDS`] its value may stand.
const PROSE_VALUE_REACH: usize = 160;
/// And how many words on.
const PROSE_VALUE_WORDS: usize = 8;

/// The value a password word (ending at `end`) gives in the rest of its clause: the first word
/// that looks strongly like a credential ([`strongly_credential_shaped`]), not an identifier,
/// an address or a reference. The clause ends at a line break or a sentence's end.
fn password_after(text: &str, at: usize, end: usize) -> Option<Candidate> {
    let b = text.as_bytes();
    // A Latin word starts a word (`compassord` is none); other scripts glue articles on.
    if b[at].is_ascii_alphabetic()
        && at > 0
        && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_')
    {
        return None;
    }
    // The rest of an inflected word (`şifresi`, `şifreniz`, `salasanasi`) belongs to the word.
    let end = end
        + text[end..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .take(8)
            .map(char::len_utf8)
            .sum::<usize>();
    let mut limit = (end + PROSE_VALUE_REACH).min(b.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = &text[end..limit];
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let mut offset = end;
    let words: Vec<&str> = rest.split(' ').collect();
    for (k, word) in words.iter().enumerate() {
        let start = offset;
        offset += word.len() + 1;
        if k > PROSE_VALUE_WORDS {
            break;
        }
        let lead = word.len()
            - word
                .trim_start_matches(['"', '\'', '«', '“', '(', ':', '：'])
                .len();
        let value = word[lead..].trim_end_matches([
            '.', ',', ';', ':', '!', '?', ')', '"', '\'', '»', '”', '。', '،',
        ]);
        let value = value.trim_end_matches(|c: char| !c.is_ascii() && !c.is_alphabetic());
        // Right after the password word (`şifresi X`), or right before a copula that ends the
        // clause (`… का पासवर्ड X है`, `… X olarak`): the grammar names the value, so a
        // passphrase of lower-case words and digits is enough.
        let named = k <= 1 && words[..k].iter().all(|w| w.trim().is_empty())
            || words.get(k + 1).is_some_and(|next| copula(next));
        if password_shaped(value)
            || (!value.is_ascii() && password_shaped(&super::shapes::latin_folded(value)))
            || (named && passphrase_shaped(value))
        {
            let from = start + lead;
            return Some(Candidate::new(
                FindingKind::Password,
                from..from + value.len(),
            ));
        }
        // A sentence ends the clause (`X.` then a blank); a value's own dots do not.
        if word.ends_with(['.', '!', '?', '。']) {
            break;
        }
    }
    None
}

/// A credential rather than a name: strongly shaped, and not an identifier or a host name (one
/// case with only `_`, `-`, `.`), an address or a reference.
fn password_shaped(value: &str) -> bool {
    if !value.is_ascii() || !strongly_credential_shaped(value) || is_reference(value, true) {
        return false;
    }
    let upper = value.bytes().any(|c| c.is_ascii_uppercase());
    let lower = value.bytes().any(|c| c.is_ascii_lowercase());
    let plain_symbols = value
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'));
    let address = value.contains('@') && value.rsplit('@').next().is_some_and(|d| d.contains('.'));
    !(plain_symbols && !(upper && lower)) && !address
}

/// Words for "password" in other languages, lowercased.
const FOREIGN_PASSWORD_KEYS: &[&str] = &[
    "passwort",
    "kennwort",
    "contraseña",
    "contrasena",
    "mot de passe",
    "motdepasse",
    "mot_de_passe",
    "mot-de-passe",
    "parola",
    "parolă",
    "şifra",
    "šifra",
    "sifra",
    "kodeord",
    "lykilorð",
    "パスワード",
    "пароль",
    "senha",
    "wachtwoord",
    "hasło",
    "haslo",
    "密码",
    "密碼",
    "口令",
    "비밀번호",
    "암호",
    "şifre",
    "sifre",
    "lösenord",
    "losenord",
    "adgangskode",
    "passord",
    "salasana",
    "jelszó",
    "jelszo",
    "heslo",
    "geslo",
    "lozinka",
    "κωδικός",
    "κωδικος",
    "סיסמה",
    "كلمة المرور",
    "كلمة السر",
    "पासवर्ड",
    "รหัสผ่าน",
    "mật khẩu",
    "mat khau",
    "kata sandi",
    "katalaluan",
    "parool",
    "slaptažodis",
];

/// Does a password word in another language end right before `sep` (a colon or `=`), allowing
/// a closing quote and blanks?
fn foreign_password_key(text: &str, sep: usize) -> bool {
    let mut from = sep.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..sep].trim_end_matches([' ', '\t', '"', '\'']);
    let lower = before.to_lowercase();
    FOREIGN_PASSWORD_KEYS.iter().any(|k| {
        lower.ends_with(k)
            && lower[..lower.len() - k.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// How far before a separator the name of a secret may start (seven words of prose).
const PROSE_KEY_REACH: usize = 160;

/// Parts of secrets' names, one of which the words before ` is ` must hold (ASCII letters in
/// any case).
const KEY_PARTS: &[&str] = &[
    "pass",
    "pwd",
    "token",
    "pat",
    "secret",
    "credential",
    "key",
    "kennwort",
    "senha",
    "contrase",
    "wachtwoord",
    "pw",
    "lösenord",
    "losenord",
    "hasło",
    "haslo",
    "пароль",
    "Пароль",
    "ПАРОЛЬ",
    "şifre",
    "Şifre",
    "sifre",
    "parola",
    "salasana",
    "heslo",
];

/// Whether `before` holds one of [`KEY_PARTS`]. A prompt-sized text is searched word by word:
/// building the automaton costs more than a prompt's few searches.
fn holds_key_part(before: &str, small: bool) -> bool {
    use aho_corasick::{AhoCorasick, AhoCorasickKind};
    use std::sync::OnceLock;
    if small {
        let lower = before.to_ascii_lowercase();
        return KEY_PARTS
            .iter()
            .any(|w| memchr::memmem::find(lower.as_bytes(), w.as_bytes()).is_some());
    }
    static SCANNER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    SCANNER
        .get_or_init(|| {
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .ascii_case_insensitive(true)
                .build(KEY_PARTS)
                .ok()
        })
        .as_ref()
        // Invariant: constant words always build; without them, every name is read.
        .is_none_or(|scanner| scanner.is_match(before))
}

/// Words of time that may stand between ` is ` and a password's value (`is now`, `lautet
/// jetzt`, `es ahora`, `est maintenant`).
const PROSE_ADVERBS: &[&str] = &[
    "now",
    "still",
    "currently",
    "jetzt",
    "nun",
    "aktuell",
    "ahora",
    "maintenant",
    "désormais",
    "agora",
    "ora",
    "adesso",
    "nu",
    "teraz",
    "numera",
];

/// "… password is VALUE": anchored on ` is ` / ` was `.
pub(super) fn scan_prose(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    // English, and the same verb in the languages whose password words are recognized
    // (`la password è`, `le mot de passe est`, `das Kennwort lautet`, `a senha é`). Lowercase
    // only: prose that spells `IS` in capitals is rare. Each is one pass over the text; the
    // other languages' only in prompt-sized or non-ASCII text (a large ASCII log would pay
    // eight more passes for words it almost never holds).
    // `the admin password got reset, it's now …`: the value after `it's`.
    const ENGLISH: &[&str] = &[" is ", " was ", " it's ", " it’s "];
    const OTHER: &[&str] = &[
        " è ", " est ", " ist ", " lautet ", " é ", " es ", " jest ", " är ", " to ", ": ",
    ];
    let small = text.len() <= PROMPT_SIZED_BYTES;
    let others = text.len() <= 4096 || !text.is_ascii();
    let mut separators: Vec<(usize, usize)> = Vec::new();
    for sep in ENGLISH.iter().chain(OTHER.iter().filter(|_| others)) {
        separators.extend(memchr::memmem::find_iter(b, sep.as_bytes()).map(|at| (at, sep.len())));
    }
    separators.sort_unstable();
    // Most ` is ` in prose follow no secret's name: the words before it are only read when the
    // text just before holds part of one.
    for (at, sep_len) in separators {
        let mut from = at.saturating_sub(PROSE_KEY_REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if !holds_key_part(&text[from..at], small) {
            continue;
        }
        let (kind, distant) = match prose_key_before(text, at) {
            Some(kind) => (kind, false),
            None => match distant_password_key(text, at) {
                Some(kind) => (kind, true),
                None => continue,
            },
        };
        let mut start = at + sep_len;
        // `the password is now …`, `das Passwort lautet jetzt …`: one adverb of time before
        // the value.
        if let Some(adverb) = PROSE_ADVERBS
            .iter()
            .find(|a| text[start..].starts_with(**a) && b.get(start + a.len()) == Some(&b' '))
        {
            start += adverb.len() + 1;
        }
        if matches!(b.get(start), Some(b'"' | b'\'' | b'`')) {
            start += 1;
        }
        let mut end = start;
        while end < b.len()
            && end - start < 128
            && !b[end].is_ascii_whitespace()
            && !matches!(b[end], b'"' | b'\'' | b'`' | b'<' | b'>')
        {
            end += 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // Sentence punctuation after the value is not part of it.
        let value = text[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        let shaped = if distant {
            strongly_credential_shaped(value)
        } else {
            credential_shaped(value)
        };
        if value.len() >= 2 && shaped && !is_reference(value, true) {
            out.push(Candidate::new(kind, start..start + value.len()));
        }
    }
}

/// The secret named by the last one or two words before `at` (`password`, `API key`,
/// `access token`, `PAT`).
fn prose_key_before(text: &str, at: usize) -> Option<FindingKind> {
    let b = text.as_bytes();
    let word_before = |end: usize| -> Option<(usize, String)> {
        let mut start = end;
        // Non-ASCII bytes are letters here (`für`, `contraseña`), and a hyphen joins a word
        // (`ETL-Benutzer`); a start inside a character moves on to its boundary.
        while start > 0
            && end - start < 32
            && (b[start - 1].is_ascii_alphanumeric()
                || matches!(b[start - 1], b'_' | b'-')
                || b[start - 1] >= 0x80)
        {
            start -= 1;
        }
        while start < end && !text.is_char_boundary(start) {
            start += 1;
        }
        (start < end).then(|| (start, text[start..end].to_lowercase()))
    };
    let (start, last) = word_before(at)?;
    // The word must start there: `bypass is` is not `pass is`.
    if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'-') {
        return None;
    }
    let before = |start: usize| {
        (start > 1 && b[start - 1] == b' ')
            .then(|| word_before(start - 1))
            .flatten()
    };
    let previous = before(start).map(|(_, w)| w);
    // "the password for svc_etl is …", "the password for the shared QA account is …", "das
    // Kennwort für den Dienstbenutzer lautet …": a key followed by `for`/`of` (or another
    // language's word for them) up to six words back.
    let mut cursor = start;
    let mut next_word: Option<String> = None;
    for _ in 0..7 {
        let Some((w_start, w)) = before(cursor) else {
            break;
        };
        if next_word.as_deref().is_some_and(|n| {
            matches!(
                n,
                "for"
                    | "of"
                    | "fur"
                    | "für"
                    | "du"
                    | "de"
                    | "des"
                    | "del"
                    | "della"
                    | "do"
                    | "da"
                    | "per"
                    | "van"
                    | "voor"
            )
        }) && (w_start == 0 || !b[w_start - 1].is_ascii_alphanumeric())
        {
            let kind = match w.as_str() {
                "token" => Some(FindingKind::Token),
                "secret" => Some(FindingKind::Secret),
                "password" | "passcode" | "passphrase" | "passwort" | "kennwort" | "passe"
                | "senha" | "wachtwoord" | "contraseña" => Some(FindingKind::Password),
                _ => None,
            };
            if kind.is_some() {
                return kind;
            }
        }
        next_word = Some(w);
        cursor = w_start;
    }
    match last.as_str() {
        "password" | "passcode" | "passphrase" | "pwd" | "passwort" | "kennwort" | "passe"
        | "senha" | "wachtwoord" | "contraseña" => Some(FindingKind::Password),
        "token" => Some(FindingKind::Token),
        "pat" => Some(FindingKind::SnowflakePat),
        "secret" | "credential" | "credentials" | "apikey" | "api_key" => Some(FindingKind::Secret),
        "key" => previous
            .filter(|p| {
                matches!(
                    p.as_str(),
                    "api"
                        | "secret"
                        | "access"
                        | "private"
                        | "auth"
                        | "encryption"
                        | "master"
                        | "license"
                )
            })
            .map(|_| FindingKind::Secret),
        _ => None,
    }
}

/// Password words of several languages, in any position of a phrase (`Lösenordet till …`,
/// `Hasło do konta …`, `Пароль от учётной записи`, `pw for the staging db`).
const DISTANT_PASSWORD_WORDS: &[&str] = &[
    "password",
    "passwords",
    "passwort",
    "kennwort",
    "passe",
    "senha",
    "wachtwoord",
    "contraseña",
    "pw",
    "pwd",
    "lösenord",
    "lösenordet",
    "losenord",
    "hasło",
    "haslo",
    "пароль",
    "şifre",
    "şifresi",
    "sifre",
    "sifresi",
    "parola",
    "parolası",
    "salasana",
    "heslo",
];

/// A password word up to six words before `at`, in the same sentence: `la password dell'account
/// di servizio è …`, `mon mot de passe Snowflake est …`. The value after it must then look
/// strongly like a credential (see [`strongly_credential_shaped`]).
fn distant_password_key(text: &str, at: usize) -> Option<FindingKind> {
    let mut from = at.saturating_sub(PROSE_KEY_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    let clause = window
        .rsplit(['.', '!', '?', ';', '\n', '(', ')'])
        .next()
        .unwrap_or(window);
    let words: Vec<String> = clause
        .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | ',' | '"'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .iter()
        .rev()
        .take(7)
        .any(|w| DISTANT_PASSWORD_WORDS.contains(&w.as_str()))
        .then_some(FindingKind::Password)
}

/// A generated-looking credential: at least eight characters with a letter and a digit, and a
/// symbol or both cases (`Tundra=nimbus70`, `0DsAI+x9UrgwdDM`; not `2024-01-01` or `v2`).
fn strongly_credential_shaped(v: &str) -> bool {
    let letters = v.chars().filter(|c| c.is_alphabetic()).count();
    let digits = v.chars().filter(|c| c.is_ascii_digit()).count();
    let symbols = v.chars().filter(|c| !c.is_alphanumeric()).count();
    let upper = v.chars().any(char::is_uppercase);
    let lower = v.chars().any(char::is_lowercase);
    v.chars().count() >= 8
        && letters >= 3
        && digits > 0
        && (symbols > 0 || (upper && lower))
        && !v.contains("://")
        && !v.starts_with(['/', '<', '$', '%', '{'])
}

/// A value in prose looks like a credential when it has a digit, a symbol, or mixed case that is
/// not just a capitalized word: `hunter2`, `P@ss`, `xYzAbc`, but not `expired` or `Valid`.
fn credential_shaped(v: &str) -> bool {
    let bytes = v.as_bytes();
    if bytes.iter().any(|b| b.is_ascii_digit()) {
        return true;
    }
    if bytes.iter().any(|b| b.is_ascii_punctuation()) {
        return true;
    }
    let upper_after_first = bytes.iter().skip(1).any(|b| b.is_ascii_uppercase());
    let lower = bytes.iter().any(|b| b.is_ascii_lowercase());
    upper_after_first && lower
}

/// The kind of secret the identifier ending before the separator at `sep` names, if any, and
/// whether the key is an ordinary word too (`pass`, `pw`: `WHERE pass = 2`).
fn key_before(text: &str, sep: usize) -> Option<(FindingKind, Strength)> {
    let b = text.as_bytes();
    let mut end = sep;
    // `password = x`, and the aligned columns of HCL and YAML (`password     = "x"`).
    let mut blanks = 0;
    while end > 0 && matches!(b[end - 1], b' ' | b'\t') && blanks < MAX_ALIGN_BLANKS {
        end -= 1;
        blanks += 1;
    }
    // `"password": "x"`: the closing quote of the key.
    if end > 0 && matches!(b[end - 1], b'"' | b'\'') {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < MAX_KEY_BYTES && is_key_byte(b[start - 1]) {
        start -= 1;
    }
    if start == end {
        return (end > 0 && b[end - 1] >= 0x80 && foreign_password_key(text, end))
            .then_some((FindingKind::Password, Strength::Plain));
    }
    // `arn:aws:secretsmanager:…:secret:prod/x`: a part of a resource name, not a key.
    if start > 0 && b[start - 1] == b':' && in_arn(b, start) {
        return None;
    }
    // `${DB_PASSWORD:?must be set}`, `${PW:-}`: a shell expansion's operator, not a value.
    if start >= 2 && &b[start - 2..start] == b"${" && b[sep] == b':' {
        return None;
    }
    let at_word_start = |offset_in_key: usize| -> bool {
        let pos = start + offset_in_key;
        if pos == 0 {
            return true;
        }
        let prev = b[pos - 1];
        // `db_pass`, `x-pat`, `PAT`, or camelCase `dbPass`.
        !prev.is_ascii_alphanumeric() || (prev.is_ascii_lowercase() && b[pos].is_ascii_uppercase())
    };
    if typed_name(&text[start..end]) {
        return None;
    }
    let mut lower = [0u8; MAX_KEY_BYTES];
    let key = &mut lower[..end - start];
    key.copy_from_slice(&b[start..end]);
    key.make_ascii_lowercase();
    // A URL's signature parameter (Azure SAS `&sig=`, `?X-Amz-Signature=`).
    let in_query = start > 0 && matches!(b[start - 1], b'?' | b'&');
    if in_query && (key == b"sig" || key.ends_with(b"signature")) {
        return Some((FindingKind::Token, Strength::Plain));
    }
    // `pass=2`, `--pass=2`, `max_pass=3`: a count or a flag as often as a password.
    let flag_name = key
        .iter()
        .position(|&c| c != b'-')
        .map_or(&key[..0], |i| &key[i..]);
    let ambiguous = flag_name.ends_with(b"pass") || flag_name.ends_with(b"pw");
    if let Some(kind) = key_kind(key, at_word_start) {
        let strength = if ambiguous {
            Strength::Ambiguous
        } else {
            Strength::Plain
        };
        return Some((kind, strength));
    }
    if some_key(key, at_word_start) {
        return Some((FindingKind::Secret, Strength::Generated));
    }
    // Redis and proxy settings: `requirepass` is a password; `"auth": "rEd1s-Pr0d-9Hq2"`
    // and `masterauth` are when the value is shaped like one.
    if &key[..] == b"requirepass" {
        return Some((FindingKind::Password, Strength::Plain));
    }
    if matches!(&key[..], b"auth" | b"masterauth") {
        return Some((FindingKind::Password, Strength::PasswordShaped));
    }
    // Another language's word for password: a whole word ending the key (`senha`, `db.senha`,
    // not `resenha`; cheap: most keys are not one), or a key with non-ASCII letters next to it
    // (`contraseña`, `hasło`).
    let foreign = FOREIGN_ASCII_KEYS.iter().any(|word| {
        key.ends_with(word)
            && key[..key.len() - word.len()]
                .last()
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    }) || b[start] >= 0x80
        || (start > 0 && b[start - 1] >= 0x80);
    (foreign && foreign_password_key(text, end)).then_some((FindingKind::Password, Strength::Plain))
}

/// Blanks allowed between a key and its separator (aligned columns).
const MAX_ALIGN_BLANKS: usize = 24;

/// Is the key starting at `start` (after a `:`) part of an ARN (`arn:partition:service:…`)?
fn in_arn(b: &[u8], start: usize) -> bool {
    let low = start.saturating_sub(256);
    let from = b[low..start]
        .iter()
        .rposition(|c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'=' | b'(' | b','))
        .map_or(low, |k| low + k + 1);
    b[from..start].starts_with(b"arn:")
}

/// A type named with its API version (`*v1.Secret`, `corev1.Secret`, `v1beta1.Secret`): what a
/// Kubernetes log line says it failed to list (`failed to list *v1.Secret: secrets is
/// forbidden`), not a field holding a secret.
fn typed_name(key: &str) -> bool {
    let Some((head, _)) = key.rsplit_once('.') else {
        return false;
    };
    let version = head.rsplit('.').next().unwrap_or(head);
    let Some(at) = version.rfind('v') else {
        return false;
    };
    let (group, tail) = (&version[..at], &version[at + 1..]);
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let stage = &tail[digits..];
    group.bytes().all(|c| c.is_ascii_lowercase())
        && digits > 0
        && (stage.is_empty()
            || ["alpha", "beta"].iter().any(|s| {
                stage
                    .strip_prefix(s)
                    .is_some_and(|n| n.bytes().all(|c| c.is_ascii_digit()))
            }))
}

/// The ASCII words (or last words) of [`FOREIGN_PASSWORD_KEYS`].
const FOREIGN_ASCII_KEYS: &[&[u8]] = &[
    b"passwort",
    b"kennwort",
    b"contrasena",
    b"motdepasse",
    b"mot_de_passe",
    b"mot-de-passe",
    b"passe",
    b"parola",
    b"sifra",
    b"kodeord",
    b"senha",
    b"wachtwoord",
    b"haslo",
    b"sifre",
    b"losenord",
    b"adgangskode",
    b"passord",
    b"salasana",
    b"jelszo",
    b"heslo",
    b"geslo",
    b"lozinka",
    b"parool",
    b"sandi",
    b"khau",
    b"katalaluan",
];

/// The kind of secret a field or element name (`DB_PASSWORD`, `apiKey`, `password`) names.
pub(super) fn secret_key_kind(name: &str) -> Option<FindingKind> {
    let b = name.as_bytes();
    if b.is_empty() || b.len() > MAX_KEY_BYTES {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    key_kind(lower.as_bytes(), |i| {
        i == 0
            || !b[i - 1].is_ascii_alphanumeric()
            || (b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase())
    })
}

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// Does a lowercase identifier name a secret? `at_word_start(i)` says whether the identifier's
/// byte `i` starts a word (for the short keys `pass`, `pwd` and `pat`, which are also parts of
/// ordinary words: `bypass`, `spat`).
fn key_kind(key: &[u8], at_word_start: impl Fn(usize) -> bool) -> Option<FindingKind> {
    let ends = |suffix: &str| key.ends_with(suffix.as_bytes());
    let offset = |suffix: &str| key.len() - suffix.len();
    for suffix in ["password", "passwd", "passphrase", "passcode"] {
        if ends(suffix) {
            return Some(FindingKind::Password);
        }
    }
    for suffix in ["pass", "pwd", "pw"] {
        if ends(suffix) && at_word_start(offset(suffix)) {
            return Some(FindingKind::Password);
        }
    }
    // `SSHPASS=PW sshpass -e ssh …`: the variable `sshpass -e` reads.
    if key.eq_ignore_ascii_case(b"sshpass") {
        return Some(FindingKind::Password);
    }
    if ends("pat") && at_word_start(offset("pat")) {
        return Some(FindingKind::SnowflakePat);
    }
    if ends("token") {
        return Some(FindingKind::Token);
    }
    if ends("secret")
        || ends("credential")
        || ends("credentials")
        || ends("apikey")
        || ends("private_key_id")
    {
        return Some(FindingKind::Secret);
    }
    // `secret_string`, `secret_value`
    for suffix in ["string", "value"] {
        if ends(suffix) {
            let head = &key[..offset(suffix)];
            let head = head
                .strip_suffix(b"_")
                .or_else(|| head.strip_suffix(b"-"))
                .unwrap_or(head);
            if head.ends_with(b"secret") {
                return Some(FindingKind::Secret);
            }
        }
    }
    // `api_key`, `secret_access_key`, `private-key`, `masterKey`, `fs.s3a.secret.key`; not
    // `monkey` or `sort_key`.
    if ends("key") {
        let head = &key[..offset("key")];
        let head = head
            .strip_suffix(b"_")
            .or_else(|| head.strip_suffix(b"-"))
            .or_else(|| head.strip_suffix(b"."))
            .unwrap_or(head);
        const OWNERS: &[&str] = &[
            "api",
            "access",
            "auth",
            "private",
            "master",
            "account",
            "encryption",
            "signing",
            "session",
            "app",
            "consumer",
            "shared",
            "storage",
            "secret",
            "client",
            "license",
            "subscription",
            "admin",
        ];
        if OWNERS.iter().any(|o| head.ends_with(o.as_bytes())) {
            return Some(FindingKind::Secret);
        }
    }
    None
}

/// The value starting at `at` (after blanks): its byte range and whether it was quoted.
fn value_after(text: &str, at: usize) -> Option<(std::ops::Range<usize>, bool)> {
    let b = text.as_bytes();
    let mut i = at;
    let mut blanks = 0;
    while i < b.len() && matches!(b[i], b' ' | b'\t') && blanks < MAX_ALIGN_BLANKS {
        i += 1;
        blanks += 1;
    }
    // T-SQL's `N'…'` (a Unicode literal) and PostgreSQL's `E'…'`: the literal is the value.
    if matches!(b.get(i), Some(b'N' | b'n' | b'E' | b'e')) && b.get(i + 1) == Some(&b'\'') {
        i += 1;
    }
    let first = *b.get(i)?;
    if first == b'"' || first == b'\'' {
        let start = i + 1;
        let rest = &b[start..b.len().min(start + MAX_VALUE_BYTES + 1)];
        let close = rest
            .iter()
            .position(|&c| c == first || c == b'\n' || c == b'\r')?;
        if rest[close] != first || close == 0 {
            return None;
        }
        return Some((start..start + close, true));
    }
    // `${VAR}`: a reference, not a value.
    if b[i..].starts_with(b"${") {
        return None;
    }
    // A bare value never starts with `<`: `api_key=<SECRET>`, `password=<your password>`.
    if is_bare_stop(first) || first == b'<' {
        return None;
    }
    let start = i;
    let limit = b.len().min(start + MAX_VALUE_BYTES);
    while i < limit && !is_bare_stop(b[i]) {
        i += 1;
    }
    // The byte bound may fall inside a multi-byte character.
    while !text.is_char_boundary(i) {
        i += 1;
    }
    Some((start..i, false))
}

fn is_bare_stop(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(
            b,
            b'"' | b'\'' | b',' | b';' | b'&' | b'(' | b')' | b'{' | b'}' | b'[' | b']'
        )
}

/// `token: 5`, `secret = 0`, `WHERE pass = 2`: counts and flags, not credentials. A password key
/// that is not also an ordinary word (`password: 1234`) is always redacted.
fn short_number(value: &str, kind: FindingKind, ambiguous: bool) -> bool {
    (kind != FindingKind::Password || ambiguous)
        && value.len() < 6
        && value.bytes().all(|b| b.is_ascii_digit())
}

/// Values that stand for a secret without being one: our placeholders, templates, environment
/// references, type names and booleans, and (bare values only) dotted object names such as
/// `GIT_CREDENTIALS = db.schema.git_secret`.
pub(super) fn is_reference(value: &str, bare: bool) -> bool {
    let v = value.trim();
    // A value holding a placeholder was already redacted (what is left around it was visible
    // before, and hiding it now would make a second redaction differ from the first).
    if v.is_empty() || is_placeholder(v) || contains_placeholder(v) {
        return true;
    }
    // `$(gh auth token)`, `` `pass show x` ``: a command substitution fetches it at run time.
    // (A bare value stops at the `(`: what is left of `$(…)` is the `$`.)
    // `{{ env_var('X') }}` cut at its first blank, `{% … %}`: a template fetches it.
    if v.starts_with("{{") || v.starts_with("{%") {
        return true;
    }
    if v == "$" || v.starts_with("$(") || (v.len() > 2 && v.starts_with('`') && v.ends_with('`')) {
        return true;
    }
    if (v.starts_with('<') && v.ends_with('>'))
        || (v.starts_with("{{") && v.ends_with("}}"))
        || (v.starts_with("${") && v.ends_with('}'))
        || (v.len() > 2 && v.starts_with('%') && v.ends_with('%'))
    {
        return true;
    }
    // `${DB_PASSWORD:?must be set}` (cut at its first space), `!vault secret/data/x`, `!Ref Pw`:
    // a shell expansion or a YAML tag that fetches the secret elsewhere.
    if v.starts_with("${")
        || v.strip_prefix('!').is_some_and(|tag| {
            // A tag is a word (`!Ref`, `!GetAtt`, `!vault`); `!zveaIC45w6jK` is a password.
            tag.len() >= 2 && tag.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_')
        })
    {
        return true;
    }
    if let Some(name) = v.strip_prefix('$')
        && !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
    {
        return true;
    }
    if placeholder_or_bind(v) || powershell_call(v) {
        return true;
    }
    if v.bytes()
        .all(|b| matches!(b, b'*' | b'x' | b'X' | b'.' | b'#'))
        && !v.bytes().all(|b| b == b'.')
    {
        return true; // already masked: ****, xxxx
    }
    const WORDS: &[&str] = &[
        "true",
        "false",
        "null",
        "none",
        "nil",
        "undefined",
        "yes",
        "no",
        "on",
        "off",
        "required",
        "optional",
        "string",
        "str",
        "text",
        "varchar",
        "bool",
        "boolean",
        "int",
        "integer",
        "number",
        "redacted",
        "masked",
        "hidden",
        "omitted",
        // `MYSQL_PWD= is deprecated`: prose after an empty assignment.
        "is",
        "was",
    ];
    // `[hidden]`, `(redacted)`: a prompt's or a log's word for the value, in brackets.
    let word = v
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')']);
    if WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) || masked(v) || filled(v, false) {
        return true;
    }
    if bare {
        // An object name is one case (`db.schema.git_secret`, `DB.PUBLIC.T1`); a part that
        // mixes both cases with digits (`BG.K7ftcTytd3aNM`) is a generated secret.
        let identifier = |p: &str| {
            let mut bytes = p.bytes();
            let generated = p.bytes().any(|b| b.is_ascii_uppercase())
                && p.bytes().any(|b| b.is_ascii_lowercase())
                && p.bytes().any(|b| b.is_ascii_digit());
            !generated
                && bytes
                    .next()
                    .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
                && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
        };
        // Two parts of different cases with a digit (`Nimbus.willow5760`) are a passphrase; a
        // qualified name has three parts or one case throughout.
        let one_case = !(v.bytes().any(|b| b.is_ascii_uppercase())
            && v.bytes().any(|b| b.is_ascii_lowercase()));
        let qualified =
            v.matches('.').count() >= 2 || one_case || !v.bytes().any(|b| b.is_ascii_digit());
        if v.contains('.') && qualified && v.split('.').all(identifier) {
            return true;
        }
    }
    false
}

/// `$pw = ConvertTo-SecureString …`, `$cred = Get-Credential`, `Read-Host -AsSecureString`: a
/// PowerShell cmdlet (`Verb-Noun`) that produces the value at run time.
fn powershell_call(v: &str) -> bool {
    const VERBS: &[&str] = &[
        "Get",
        "Read",
        "ConvertTo",
        "ConvertFrom",
        "New",
        "Import",
        "Invoke",
        "Unprotect",
    ];
    v.split_once('-').is_some_and(|(verb, noun)| {
        VERBS.contains(&verb)
            && noun.starts_with(|c: char| c.is_ascii_uppercase())
            && noun.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// A value shown masked: a mask (`…`, `...`, `***`, `•••`, `[REDACTED]`) and at most a few
/// characters of it (a vendor prefix or the last four: `sk_live_…[REDACTED]`,
/// `ghp_************`, `****1234`). What is visible is not the secret.
fn masked(v: &str) -> bool {
    // Most values hold no mask: settled without allocating.
    if !v.contains(['\u{2026}', '\u{2022}', '*', '.', '[', '(', '<']) {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    let mut rest = lower.as_str().to_owned();
    for mark in [
        "[redacted]",
        "[masked]",
        "[hidden]",
        "<redacted>",
        "(redacted)",
    ] {
        rest = rest.replace(mark, "\u{2026}");
    }
    // An ellipsis ends a sentence too (`hunter2...`): it masks when something follows it or
    // it follows a prefix's `_` or `-`.
    let rest = rest.replace("...", "\u{2026}");
    let ellipsis = rest
        .find('\u{2026}')
        .is_some_and(|k| rest[k..].chars().count() > 1 || rest[..k].ends_with(['_', '-']));
    let marked = ellipsis || rest.contains("***") || rest.contains('\u{2022}');
    let visible = rest
        .chars()
        .filter(|c| c.is_alphanumeric() && *c != 'x')
        .count();
    marked && visible <= 8
}

/// What stands where a secret goes in a template, a sample or a statement: `REPLACE_ME`,
/// `YOUR_API_KEY`, `your-token-here`, `changeme`, `TODO`, and the bind parameters whose value
/// comes at run time (`SET PASSWORD = ?`, `:1`, `:pw`, `$1`, `%s`, `%(pw)s`). Words only: a
/// value with a digit in it (`changeme2024`) is someone's password.
fn placeholder_or_bind(v: &str) -> bool {
    let word = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    let bind = v == "?"
        || v == "%s"
        || v.strip_prefix(':').is_some_and(word)
        || v.strip_prefix('$')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        || v.strip_prefix("%(")
            .and_then(|n| n.strip_suffix(")s"))
            .is_some_and(word);
    if bind {
        return true;
    }
    // Letters and separators only, compared without them and in one case.
    if !v
        .bytes()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, b'_' | b'-' | b' ' | b'.'))
    {
        return false;
    }
    let folded: String = v
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|c| char::from(c.to_ascii_lowercase()))
        .collect();
    const EXACT: &[&str] = &[
        "replaceme",
        "changeme",
        "changethis",
        "placeholder",
        "todo",
        "fixme",
        "tbd",
        "dummy",
        "notset",
        "unset",
        "empty",
        "secretgoeshere",
    ];
    EXACT.contains(&folded.as_str())
        || (folded.len() > 4 && folded.starts_with("your"))
        || (folded.len() > 4 && folded.ends_with("here"))
        || folded.starts_with("replacewith")
        // `CHANGE_ME_BEFORE_DEPLOY`, `REPLACE_ME_WITH_PROD_KEY`, `SET_ME_IN_VAULT`.
        || ["changeme", "replaceme", "setme", "fillmein", "fillme", "updateme", "placeholder"]
            .iter()
            .any(|p| folded.starts_with(p))
        || folded.starts_with("insert")
        || folded.starts_with("enteryour")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_by_word_search_finds_what_the_automaton_finds() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let texts = [
            "password=pass pwd:passwd PASSWORD passphrase",
            "Пароль от админки: x; пароль: y; la contraseña es z; das Passwort lautet w",
            "passpasswordpwdpass_word db_password=1 my-pass-word",
            "",
        ];
        for words in [DIRECT_PASSWORD_WORDS, PROSE_PASSWORD_WORDS] {
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(words)
                .expect("constant words build");
            for text in texts {
                let expected: Vec<(usize, usize)> = automaton
                    .find_iter(text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                assert_eq!(leftmost_first(text, words), expected, "{text}");
            }
        }
    }

    fn kind(key: &str) -> Option<FindingKind> {
        let lower = key.to_ascii_lowercase();
        let bytes = key.as_bytes();
        key_kind(lower.as_bytes(), |i| {
            i == 0
                || !bytes[i - 1].is_ascii_alphanumeric()
                || (bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase())
        })
    }

    #[test]
    fn secret_keys_are_recognized() {
        for (key, expected) in [
            ("password", FindingKind::Password),
            ("SNOWFLAKE_PASSWORD", FindingKind::Password),
            ("db_pass", FindingKind::Password),
            ("dbPass", FindingKind::Password),
            ("PWD", FindingKind::Password),
            ("private_key_passphrase", FindingKind::Password),
            ("SNOWFLAKE_PAT", FindingKind::SnowflakePat),
            ("oauth_refresh_token", FindingKind::Token),
            ("GITHUB_TOKEN", FindingKind::Token),
            ("client_secret", FindingKind::Secret),
            ("SECRET_STRING", FindingKind::Secret),
            ("aws_secret_access_key", FindingKind::Secret),
            ("api-key", FindingKind::Secret),
            ("apiKey", FindingKind::Secret),
            ("MASTER_KEY", FindingKind::Secret),
            ("credentials", FindingKind::Secret),
        ] {
            assert_eq!(kind(key), Some(expected), "{key}");
        }
    }

    #[test]
    fn ordinary_keys_are_not_secrets() {
        for key in [
            "max_tokens",
            "token_count",
            "password_policy",
            "bypass",
            "compass",
            "spat",
            "monkey",
            "sort_key",
            "cluster_key",
            "primary_key",
            "secret_name",
            "authenticator",
            "path",
            "tokens",
        ] {
            assert_eq!(kind(key), None, "{key}");
        }
    }
}
