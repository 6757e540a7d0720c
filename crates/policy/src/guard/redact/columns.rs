//! Values under a sensitive column: CSV, TSV, semicolon-separated and pipe-table text (a query
//! result pasted into a prompt) whose header line names a column such as `phone`, `dob`,
//! `email`, `ssn`, `nric`, `cf_cliente` or `iban`. The rows below the header lose the values in
//! those columns, and only those: `K. Brooks,07/21/1993,60614` under `applicant,dob,zip` keeps
//! the name and the zip code.
//!
//! Headers may be written in any script: `ИНН`, `電話番号`, `주민등록번호`, `رقم الهوية`,
//! `Teléfono`. An id column is recognised by the same names `national_id_in_context` reads in
//! prose (`decide::national_id_names`); phone, birth-date and e-mail columns by the words below.
//!
//! Run in the windows around a header word (the anchored pass of `patterns` finds them, so text
//! without one pays nothing). Each line is read at most once as a header and at most once as a
//! row, so the work is linear in the text.

use std::ops::Range;

use std::sync::OnceLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::decide::{national_id_names, reserved_domain};
use super::numbers::ssn_issuable;
use super::{Candidate, FindingKind};
use crate::guard::normalize::name_words;

/// The words a sensitive column's name contains (the scanner's anchors, lowercase ASCII).
pub(super) const HEADER_WORDS: &[&str] = &[
    "phone",
    "mobile",
    "cell",
    "tel",
    "fax",
    "msisdn",
    "dob",
    "birth",
    "bday",
    "geburtsdatum",
    "nacimiento",
    "nascita",
    "nascimento",
    "naissance",
    "ssn",
    "social",
    "nric",
    "cf",
    "codice",
    "fiscal",
    "cpf",
    "pesel",
    "bsn",
    "personnummer",
    "national",
    "nid",
    "tax",
    "tin",
    "dni",
    "nie",
    "nif",
    "curp",
    "aadhaar",
    "passport",
    "email",
    "e-mail",
    "e_mail",
    "mail",
    "iban",
    "account",
    "acct",
    "routing",
    "aba",
    "clabe",
    "sort",
    "hetu",
    "tfn",
    "ahv",
    "pps",
];

/// Phone columns named outside ASCII (each script's word for telephone or mobile; letter case
/// written out where the script has it, the anchor search folds ASCII only).
pub(super) const PHONE_HEADER_WORDS: &[&str] = &[
    "\u{442}\u{435}\u{43b}",                      // тел(ефон)
    "\u{422}\u{435}\u{43b}",                      // Тел
    "\u{422}\u{415}\u{41b}",                      // ТЕЛ
    "\u{43c}\u{43e}\u{431}",                      // моб(ильный)
    "\u{41c}\u{43e}\u{431}",                      // Моб
    "\u{3c4}\u{3b7}\u{3bb}",                      // τηλ(έφωνο)
    "\u{3a4}\u{3b7}\u{3bb}",                      // Τηλ
    "\u{3a4}\u{397}\u{39b}",                      // ΤΗΛ
    "\u{3ba}\u{3b9}\u{3bd}\u{3b7}\u{3c4}",        // κινητ(ό)
    "\u{39a}\u{3b9}\u{3bd}\u{3b7}\u{3c4}",        // Κινητ
    "\u{96fb}\u{8a71}",                           // 電話
    "\u{7535}\u{8bdd}",                           // 电话
    "\u{624b}\u{673a}",                           // 手机
    "\u{643a}\u{5e2f}",                           // 携帯
    "\u{c804}\u{d654}",                           // 전화
    "\u{d734}\u{b300}\u{d3f0}",                   // 휴대폰
    "\u{647}\u{627}\u{62a}\u{641}",               // هاتف
    "\u{62c}\u{648}\u{627}\u{644}",               // جوال
    "\u{5d8}\u{5dc}\u{5e4}\u{5d5}\u{5df}",        // טלפון
    "\u{5e0}\u{5d9}\u{5d9}\u{5d3}",               // נייד
    "\u{e42}\u{e17}\u{e23}",                      // โทร(ศัพท์)
    "\u{92b}\u{93c}\u{94b}\u{928}",               // फ़ोन
    "\u{92b}\u{94b}\u{928}",                      // फोन
    "\u{92e}\u{94b}\u{92c}\u{93e}\u{907}\u{932}", // मोबाइल
];

/// Birth-date columns named outside ASCII.
pub(super) const BIRTH_HEADER_WORDS: &[&str] = &[
    "\u{440}\u{43e}\u{436}\u{434}", // (дата) рожд(ения)
    "\u{420}\u{43e}\u{436}\u{434}",
    "\u{3b3}\u{3ad}\u{3bd}\u{3bd}\u{3b7}\u{3c3}", // (ημερομηνία) γέννησ(ης)
    "\u{393}\u{3ad}\u{3bd}\u{3bd}\u{3b7}\u{3c3}",
    "\u{751f}\u{5e74}\u{6708}\u{65e5}",    // 生年月日
    "\u{51fa}\u{751f}",                    // 出生(日期)
    "\u{c0dd}\u{b144}\u{c6d4}\u{c77c}",    // 생년월일
    "\u{645}\u{64a}\u{644}\u{627}\u{62f}", // (تاريخ ال)ميلاد
    "\u{5dc}\u{5d9}\u{5d3}\u{5d4}",        // (תאריך) לידה
    "\u{e27}\u{e31}\u{e19}\u{e40}\u{e01}\u{e34}\u{e14}", // วันเกิด
    "\u{91c}\u{928}\u{94d}\u{92e}",        // जन्म (तिथि)
];

/// E-mail columns named outside ASCII.
pub(super) const EMAIL_HEADER_WORDS: &[&str] = &[
    "\u{43f}\u{43e}\u{447}\u{442}", // (электронная) почт(а)
    "\u{41f}\u{43e}\u{447}\u{442}",
    "\u{3b7}\u{3bb}\u{3b5}\u{3ba}\u{3c4}\u{3c1}", // ηλεκτρ(ονικό ταχυδρομείο)
    "\u{30e1}\u{30fc}\u{30eb}",                   // メール
    "\u{90ae}\u{7bb1}",                           // 邮箱
    "\u{90f5}\u{4ef6}",                           // 郵件
    "\u{7535}\u{5b50}\u{90ae}\u{4ef6}",           // 电子邮件
    "\u{c774}\u{BA54}\u{c77c}",                   // 이메일
    "\u{628}\u{631}\u{64a}\u{62f}",               // (ال)بريد (الإلكتروني)
    "\u{5d3}\u{5d5}\u{5d0}\u{22}\u{5dc}",         // דוא"ל
    "\u{5d0}\u{5d9}\u{5de}\u{5d9}\u{5d9}\u{5dc}", // אימייל
    "\u{e2d}\u{e35}\u{e40}\u{e21}\u{e25}",        // อีเมล
    "\u{908}\u{92e}\u{947}\u{932}",               // ईमेल
];

/// Header lines longer than this are not looked at; nor are headers with more fields.
const MAX_HEADER_BYTES: usize = 2048;
const MAX_FIELDS: usize = 64;
/// A field name longer than this is prose, not a column name.
const MAX_NAME_BYTES: usize = 48;
/// A value longer than this is not one of the values we look for.
const MAX_VALUE_BYTES: usize = 64;

/// Scan the header lines that the windows (byte ranges around header words, in text order)
/// touch, and the rows below each header.
pub(super) fn scan(text: &str, windows: &[(usize, usize)], out: &mut Vec<Candidate>) {
    // Where the last table read ended: a line is read as a header or a row once.
    let mut done = 0;
    for &(start, _) in windows {
        if start < done {
            continue;
        }
        let Some(line) = line_around(text, start) else {
            continue;
        };
        if line.start < done {
            continue;
        }
        if let Some(end) = scan_insert(text, start, out) {
            done = end;
            continue;
        }
        done = line.end;
        if let Some(header) = Header::parse(&text[line.clone()]) {
            done = scan_rows(text, line.end, &header, out);
        }
    }
}

/// The line holding `at`, unless its start is further back than a header can be long.
fn line_around(text: &str, at: usize) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let low = at.saturating_sub(MAX_HEADER_BYTES);
    let start = match memchr::memrchr(b'\n', &b[low..at]) {
        Some(k) => low + k + 1,
        None if low == 0 => 0,
        None => return None,
    };
    let high = (at + MAX_HEADER_BYTES).min(b.len());
    let end = memchr::memchr(b'\n', &b[at..high]).map_or(high, |k| at + k);
    Some(start..end)
}

struct Header {
    delimiter: u8,
    fields: usize,
    /// The sensitive columns: index and kind.
    sensitive: Vec<(usize, FindingKind)>,
}

impl Header {
    /// A header line: two or more fields split by its most frequent delimiter, each a column
    /// name (a letter first, no `@`, no long prose), and at least one naming a sensitive
    /// column.
    fn parse(line: &str) -> Option<Header> {
        let line = line.trim_end_matches('\r');
        if line.len() > MAX_HEADER_BYTES {
            return None;
        }
        let delimiter = [b',', b';', b'\t', b'|']
            .into_iter()
            .map(|d| (line.bytes().filter(|&c| c == d).count(), d))
            .max()
            .filter(|(n, _)| *n > 0)?
            .1;
        let fields = split(line, delimiter);
        if fields.len() < 2 || fields.len() > MAX_FIELDS {
            return None;
        }
        let mut sensitive = Vec::new();
        for (index, field) in fields.iter().enumerate() {
            let name = unquote(&line[field.clone()]);
            if !column_name(name) {
                return None;
            }
            if let Some(kind) = column_kind(name) {
                sensitive.push((index, kind));
            }
        }
        (!sensitive.is_empty()).then_some(Header {
            delimiter,
            fields: fields.len(),
            sensitive,
        })
    }
}

/// Read the rows after a header (starting at the header's line end): each line with the
/// header's number of fields, rules of a pipe table skipped, until a line that is not a row.
/// Returns where the table ended.
fn scan_rows(text: &str, mut at: usize, header: &Header, out: &mut Vec<Candidate>) -> usize {
    let b = text.as_bytes();
    while at < b.len() {
        let start = at + 1;
        let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
        let line = text[start..end].trim_end_matches('\r');
        if is_rule(line) {
            at = end;
            continue;
        }
        let fields = split(line, header.delimiter);
        if line.trim().is_empty() || fields.len() != header.fields {
            return at;
        }
        for &(index, kind) in &header.sensitive {
            if let Some(field) = fields.get(index)
                && let Some(value) = value_range(line, field.clone())
                && value_of_kind(&line[value.clone()], kind)
            {
                out.push(Candidate::new(kind, start + value.start..start + value.end));
            }
        }
        at = end;
    }
    at
}

/// An INSERT's keyword and column list are looked for this far around a header word.
const MAX_INSERT_HEAD_BYTES: usize = 1024;
/// An INSERT statement's text after its column list is read this far at most.
const MAX_INSERT_BYTES: usize = 1 << 20;

/// `INSERT INTO applicants (id, ssn) VALUES (1042, '523819047'), (…)`: when the header word at
/// `at` sits in an INSERT's column list, that list is the header and each tuple after `VALUES`
/// a row. Returns where the statement's tuples ended, or `None` when `at` is not in one.
fn scan_insert(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    static HEAD: OnceLock<Option<Regex>> = OnceLock::new();
    let mut low = at.saturating_sub(MAX_INSERT_HEAD_BYTES);
    while !text.is_char_boundary(low) {
        low += 1;
    }
    let mut high = (at + MAX_INSERT_HEAD_BYTES).min(text.len());
    while !text.is_char_boundary(high) {
        high -= 1;
    }
    let region = text.get(low..high)?;
    // Most header words sit in tables and prose: the keyword is looked for before the regex.
    let before = region
        .as_bytes()
        .get(..at.saturating_sub(low))
        .unwrap_or(region.as_bytes());
    if !memchr::memchr2_iter(b'i', b'I', before).any(|i| {
        before
            .get(i..i + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"insert"))
    }) {
        return None;
    }
    let head = HEAD
        .get_or_init(|| {
            Regex::new(r"(?i)\binsert\s+(?:overwrite\s+)?into\s+[^\s(]+\s*\(([^()]+)\)\s*values\s*")
                .ok()
        })
        .as_ref()?;
    let caps = head.captures_iter(region).find(|c| {
        c.get(1)
            .is_some_and(|g| (low + g.start()..low + g.end()).contains(&at))
    })?;
    let (list, statement) = (caps.get(1)?, caps.get(0)?);
    let mut columns = Vec::new();
    for field in split(list.as_str(), b',') {
        let name = unquote(&list.as_str()[field]);
        if !column_name(name) {
            return None;
        }
        columns.push(column_kind(name));
    }
    let values_at = low + statement.end();
    let end = (values_at + MAX_INSERT_BYTES).min(text.len());
    let mut at = values_at;
    for row in tuples(text.as_bytes(), &mut at, end) {
        if row.len() != columns.len() {
            continue;
        }
        for (field, kind) in row.into_iter().zip(&columns) {
            let Some(kind) = *kind else { continue };
            if let Some(value) = sql_value(text, field)
                && value_of_kind(&text[value.clone()], kind)
            {
                out.push(Candidate::new(kind, value));
            }
        }
    }
    Some(at)
}

/// The tuples `(a, 'b', f(c, d)), (…)` from `*at`, each as its fields' byte ranges (commas
/// inside quotes and parentheses do not split). Stops at the first thing that is not a tuple,
/// or at `end`; `*at` is left after the last tuple read.
fn tuples(b: &[u8], at: &mut usize, end: usize) -> Vec<Vec<Range<usize>>> {
    let mut rows = Vec::new();
    let skip_blanks = |i: &mut usize| {
        while *i < end && b[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    let mut i = *at;
    loop {
        skip_blanks(&mut i);
        if i >= end || b[i] != b'(' {
            break;
        }
        i += 1;
        let (mut fields, mut start, mut depth, mut quote) = (Vec::new(), i, 0usize, None);
        let closed = loop {
            let Some(&c) = b.get(i).filter(|_| i < end) else {
                break false;
            };
            match (quote, c) {
                (Some(q), c) if c == q => {
                    // `''` inside a quote is a quote character.
                    if b.get(i + 1) == Some(&q) {
                        i += 1;
                    } else {
                        quote = None;
                    }
                }
                (Some(_), _) => {}
                (None, b'\'' | b'"') => quote = Some(c),
                (None, b'(') => depth += 1,
                (None, b')') if depth == 0 => {
                    fields.push(start..i);
                    break true;
                }
                (None, b')') => depth -= 1,
                (None, b',') if depth == 0 => {
                    fields.push(start..i);
                    start = i + 1;
                }
                _ => {}
            }
            i += 1;
        };
        if !closed {
            break;
        }
        i += 1;
        rows.push(fields);
        *at = i;
        skip_blanks(&mut i);
        if i >= end || b[i] != b',' {
            break;
        }
        i += 1;
    }
    rows
}

/// A SQL literal's value: trimmed, without its quotes.
fn sql_value(text: &str, field: Range<usize>) -> Option<Range<usize>> {
    let raw = text.get(field.clone())?;
    let lead = raw.len() - raw.trim_start().len();
    let inner = raw.trim();
    let unquoted = ['\'', '"']
        .into_iter()
        .find_map(|q| inner.strip_prefix(q).and_then(|s| s.strip_suffix(q)));
    let (q, inner) = match unquoted {
        Some(s) => (1, s),
        None => (0, inner),
    };
    let start = field.start + lead + q;
    (!inner.is_empty() && inner.len() <= MAX_VALUE_BYTES).then(|| start..start + inner.len())
}

/// `+----+----+`, `|----|----|`, `|:---|`: the rules of a pipe table.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.contains('-')
        && t.bytes()
            .all(|c| matches!(c, b'-' | b'+' | b'|' | b'=' | b':' | b' '))
}

/// The fields of a line split by `delimiter`, double quotes respected; a pipe table's outer
/// pipes open and close the row rather than separate empty fields.
fn split(line: &str, delimiter: u8) -> Vec<Range<usize>> {
    let b = line.as_bytes();
    let (mut from, mut to) = (0, b.len());
    if delimiter == b'|' {
        let trimmed_start = b
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(to);
        let trimmed_end = b
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())
            .map_or(0, |k| k + 1);
        if b.get(trimmed_start) == Some(&b'|') {
            from = trimmed_start + 1;
        }
        if trimmed_end > from && b[trimmed_end - 1] == b'|' {
            to = trimmed_end - 1;
        }
    }
    let mut fields = Vec::new();
    let mut start = from;
    let mut quoted = false;
    for (i, &c) in b.iter().enumerate().take(to).skip(from) {
        match c {
            b'"' => quoted = !quoted,
            c if c == delimiter && !quoted => {
                fields.push(start..i);
                start = i + 1;
                if fields.len() > MAX_FIELDS {
                    return fields;
                }
            }
            _ => {}
        }
    }
    fields.push(start..to);
    fields
}

fn unquote(field: &str) -> &str {
    field
        .trim()
        .trim_matches(|c| matches!(c, '"' | '\'' | '`' | '[' | ']'))
        .trim()
}

/// A column name: a letter first, then letters, digits, blanks and `_-.()#/`, and short.
fn column_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_BYTES
        && name.chars().next().is_some_and(char::is_alphabetic)
        && name.chars().all(|c| {
            // Marks too: Devanagari's virama and nukta, Thai vowels and tones (`फ़ोन नंबर`).
            c.is_alphanumeric()
                || is_combining_mark(c)
                || matches!(c, '_' | '-' | '.' | ' ' | '(' | ')' | '#' | '/' | '"')
        })
}

/// What a column named `name` holds, when it is personal data or a bank detail.
fn column_kind(name: &str) -> Option<FindingKind> {
    // Accents folded (`Teléfono` is `telefono`, `Téléphone` holds `phone`).
    let folded = fold(name);
    let words = name_words(&folded);
    let has = |w: &str| words.iter().any(|x| x == w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    let joined = words.concat();
    // Counts, flags and ids about a sensitive thing are not the thing (`phone_verified`,
    // `email_count`, `account_id`, `dob_year`).
    if any(&[
        "id",
        "ids",
        "key",
        "type",
        "count",
        "counts",
        "cnt",
        "total",
        "checks",
        "checked",
        "attempts",
        "lookups",
        "errors",
        "rate",
        "pct",
        "score",
        "verified",
        "valid",
        "flag",
        "status",
        "opt",
        "optin",
        "domain",
        "hash",
        "hashed",
        "md5",
        "sha",
        "sha256",
        "year",
        "month",
        "name",
        "country",
        "prefix",
        "ext",
        "extension",
        "masked",
        "last4",
        "len",
        "length",
        "format",
    ]) && !any(&["national", "tax", "card", "nric", "personal", "citizen"])
    {
        return None;
    }
    if any(&[
        "phone",
        "mobile",
        "cell",
        "cellphone",
        "telephone",
        "tel",
        "fax",
        "msisdn",
        "whatsapp",
        "telefono",
        "telefone",
        "handy",
        "gsm",
        "mobil",
    ]) || joined.contains("phone")
    {
        return Some(FindingKind::Phone);
    }
    if any(&[
        "dob",
        "birthdate",
        "birthday",
        "bday",
        "geburtsdatum",
        "nacimiento",
        "nascita",
        "nascimento",
        "naissance",
        "geboortedatum",
    ]) || joined.contains("birth")
    {
        return Some(FindingKind::DateOfBirth);
    }
    if has("ssn") || (has("social") && has("security")) {
        return Some(FindingKind::Ssn);
    }
    if has("passport") {
        return Some(FindingKind::Passport);
    }
    if any(&["email", "mail", "emailaddress"]) || joined.starts_with("email") {
        return Some(FindingKind::Email);
    }
    if has("iban") {
        return Some(FindingKind::Iban);
    }
    if any(&[
        "routing",
        "aba",
        "clabe",
        "bsb",
        "kontonummer",
        "rekeningnummer",
    ]) || (any(&["account", "acct"])
        && (words.len() == 1 || any(&["number", "no", "nr", "num", "bank"])))
        || (has("sort") && has("code"))
    {
        return Some(FindingKind::BankAccount);
    }
    let first = words.first().map(String::as_str);
    if any(&[
        "nric",
        "cpf",
        "pesel",
        "bsn",
        "personnummer",
        "dni",
        "nie",
        "nif",
        "curp",
        "aadhaar",
        "hetu",
        "tfn",
        "ahv",
        "avs",
        "pps",
        "ppsn",
        "nid",
        "nino",
        "tin",
        "hkid",
        "cpr",
        "codicefiscale",
        "steuerid",
        "idnr",
        "tckn",
    ]) || first == Some("cf")
        || (has("codice") && has("fiscale"))
        || (any(&["national", "tax", "citizen", "personal"]) && any(&["id", "number", "no"]))
        || (has("id") && has("card"))
    {
        return Some(FindingKind::NationalId);
    }
    foreign_column_kind(name, &folded)
}

/// Lower case without accents or other marks.
fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A column named in a script of its own (`電話番号`, `ИНН`, `주민등록번호`): by the id names of
/// `national_id_in_context`, else by the phone, birth and e-mail words above.
fn foreign_column_kind(name: &str, folded: &str) -> Option<FindingKind> {
    if name.is_ascii() {
        return None;
    }
    if id_column_name(name) {
        return Some(FindingKind::NationalId);
    }
    let holds = |words: &[&str]| words.iter().any(|w| folded.contains(fold(w).as_str()));
    if holds(PHONE_HEADER_WORDS) {
        Some(FindingKind::Phone)
    } else if holds(BIRTH_HEADER_WORDS) {
        Some(FindingKind::DateOfBirth)
    } else if holds(EMAIL_HEADER_WORDS) {
        Some(FindingKind::Email)
    } else {
        None
    }
}

/// The column name is (or holds) an id's name, not glued to more ASCII letters (`cfg`).
fn id_column_name(name: &str) -> bool {
    static NAMES: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(re) = NAMES
        .get_or_init(|| Regex::new(concat!("(?:", national_id_names!(), ")")).ok())
        .as_ref()
    else {
        return false;
    };
    let b = name.as_bytes();
    re.find_iter(name).any(|m| {
        !b.get(m.end()).is_some_and(u8::is_ascii_alphabetic)
            && !m
                .start()
                .checked_sub(1)
                .and_then(|i| b.get(i))
                .is_some_and(u8::is_ascii_alphabetic)
    })
}

/// The value of a field, unquoted and trimmed, if it is one.
fn value_range(line: &str, field: Range<usize>) -> Option<Range<usize>> {
    let raw = &line[field.clone()];
    let lead = raw.len() - raw.trim_start().len();
    let inner = raw.trim();
    let (q_start, inner) = match inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(s) => (1, s),
        None => (0, inner),
    };
    let start = field.start + lead + q_start;
    (!inner.is_empty() && inner.len() <= MAX_VALUE_BYTES).then(|| start..start + inner.len())
}

/// Does the value look like what its column holds? Empty cells, `NULL`, `N/A` and masked
/// values have too few digits; placeholders have none.
fn value_of_kind(value: &str, kind: FindingKind) -> bool {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    match kind {
        FindingKind::Email => value.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !reserved_domain(domain)
        }),
        FindingKind::Phone => {
            (7..=15).contains(&digits)
                && value.bytes().all(|c| {
                    c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'+')
                })
        }
        // An SSN column's values are SSNs only when they could have been issued (test rows
        // hold `000-00-0000` and `987-65-4321`).
        FindingKind::Ssn => {
            let d: Vec<u8> = value
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            ssn_issuable(&d)
                && value
                    .bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.'))
        }
        FindingKind::DateOfBirth => {
            (4..=8).contains(&digits)
                && value.len() <= 32
                && value
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '/' | ','))
        }
        _ => {
            digits >= 5
                && value
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'-' | b'.' | b'/'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insert_values(text: &str) -> Vec<&str> {
        let at = text
            .find("ssn")
            .or_else(|| text.find("phone"))
            .expect("header word");
        let mut out = Vec::new();
        scan_insert(text, at, &mut out);
        out.iter().map(|c| &text[c.span.0..c.span.1]).collect()
    }

    #[test]
    fn insert_column_lists_are_headers_and_tuples_rows() {
        assert_eq!(
            insert_values("INSERT INTO a (id, ssn) VALUES (1042, '523819047');"),
            ["523819047"]
        );
        // Commas and doubled quotes inside literals and calls do not shift the columns.
        assert_eq!(
            insert_values(
                "insert into c (note, f, phone) values ('O''Brien, J.', coalesce(1, 2), '415 555 0134'),\n  ('x', 3, '+44 20 7946 0958')"
            ),
            ["415 555 0134", "+44 20 7946 0958"]
        );
        // A tuple of another width, and a column list the word is not in, are left alone.
        assert!(insert_values("INSERT INTO a (id, ssn) VALUES (1, 2, '523819047')").is_empty());
        assert!(insert_values("-- ssn\nINSERT INTO a (id, x) VALUES (1, '523819047')").is_empty());
        // An unterminated tuple reads nothing, and does not run past the text.
        assert!(insert_values("INSERT INTO a (ssn) VALUES ('523819047").is_empty());
    }

    #[test]
    fn sensitive_column_names_are_recognized() {
        for (name, kind) in [
            ("phone", FindingKind::Phone),
            ("mobile_no", FindingKind::Phone),
            ("customerPhone", FindingKind::Phone),
            ("dob", FindingKind::DateOfBirth),
            ("Date of Birth", FindingKind::DateOfBirth),
            ("birth_date", FindingKind::DateOfBirth),
            ("ssn", FindingKind::Ssn),
            ("nric_no", FindingKind::NationalId),
            ("cf_cliente", FindingKind::NationalId),
            ("national_id", FindingKind::NationalId),
            ("tax_id", FindingKind::NationalId),
            ("email", FindingKind::Email),
            ("iban", FindingKind::Iban),
            ("account_number", FindingKind::BankAccount),
            ("Teléfono", FindingKind::Phone),
            ("ИНН", FindingKind::NationalId),
            ("СНИЛС", FindingKind::NationalId),
            ("身份证号", FindingKind::NationalId),
            ("주민등록번호", FindingKind::NationalId),
            ("رقم الهوية", FindingKind::NationalId),
            ("เลขบัตรประชาชน", FindingKind::NationalId),
            ("電話番号", FindingKind::Phone),
            ("טלפון", FindingKind::Phone),
            ("फ़ोन नंबर", FindingKind::Phone),
            ("Τηλέφωνο", FindingKind::Phone),
            ("Дата рождения", FindingKind::DateOfBirth),
            ("生年月日", FindingKind::DateOfBirth),
            ("メールアドレス", FindingKind::Email),
        ] {
            assert_eq!(column_kind(name), Some(kind), "{name}");
        }
        for name in [
            "phone_verified",
            "email_count",
            "ssn_checks",
            "phone_lookups_total",
            "account_id",
            "dob_year",
            "amount",
            "order_date",
            "cfg",
            "telemetry_ms",
            "account_name",
            "رقم الطلب",
            "注文番号",
            "Город",
        ] {
            assert_eq!(column_kind(name), None, "{name}");
        }
    }
}
