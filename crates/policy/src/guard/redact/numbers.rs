//! Phone numbers, SSNs, payment cards, IBANs, bank routing and account numbers and national ids:
//! one byte scan over digit runs.
//!
//! A *run* is a sequence of digit groups joined by short separators (`415-555-0100`,
//! `+44 20 7946 0958`, `(415) 555-0100`, `4111 1111 1111 1111`). Each run is split into the
//! longest leftmost slices of groups that have the shape of a card (13–19 digits, a known network
//! prefix, Luhn), an SSN (`AAA-GG-SSSS`, valid ranges) or a phone (international with `+`, North
//! American `NNN-NNN-NNNN`, national with a leading 0, or any 7–15 digits right after a word
//! such as `phone:`). Where a run starts, an IBAN (`DE89 3704 …`, mod-97 and the country's
//! length) or a Spanish DNI/NIE (`12345678Z`, the check letter) is looked for first. Numbers
//! that are only identifiable by a checksum and a word before them: ABA routing numbers
//! (`routing`, `ABA`), bank account numbers (`account number`, `口座番号`, `계좌번호`, or `account`/`acc`/`a/c` near a bank word: a sort code, BSB, IFSC, transit),
//! Canadian SINs (Luhn), Aadhaar numbers (Verhoeff), French NIRs (the key). Everything else —
//! dates, versions, IP addresses, decimals, order numbers, numbers in predicates — is left alone. Decisions depend only on the run and the words right
//! before it, so redacting one slice never changes what the rest of the text means.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, FindingKind, is_word_byte};

/// Nothing we redact has more groups or bytes than this.
const MAX_SLICE_GROUPS: usize = 8;
const MAX_SLICE_BYTES: usize = 48;
/// Runs are cut after this many groups (only adversarial input gets there).
const MAX_RUN_GROUPS: usize = 1024;

#[derive(Clone, Copy, Default)]
struct Group {
    start: usize,
    end: usize,
}

impl Group {
    fn len(self) -> usize {
        self.end - self.start
    }
}

/// One parsed run: digit groups and the separators between them (`seps[k]` joins groups `k` and
/// `k + 1`).
struct Run<'t, 's> {
    text: &'t str,
    groups: &'s [Group],
    seps: &'s [Group],
    count: usize,
    /// The run starts with `+` (international format).
    plus: bool,
    /// Byte offset of the run including a leading `+` or `(`.
    start: usize,
    /// Whether a word that names a bank or national number comes before the run (computed
    /// once per run, on first need: most runs never need it).
    named: std::cell::OnceCell<bool>,
    /// Whether the run holds a date (computed once per run, on first need).
    dated: std::cell::OnceCell<bool>,
}

/// Buffers reused from run to run.
#[derive(Default)]
struct Scratch {
    groups: Vec<Group>,
    seps: Vec<Group>,
}

impl<'t> Run<'t, '_> {
    fn sep(&self, k: usize) -> &'t str {
        let s = self.seps[k];
        &self.text[s.start..s.end]
    }
}

/// Every run we redact spans at least 7 bytes from its first to its last digit, so it covers a
/// position `k` with `k % STRIDE == STRIDE - 1`. Only those positions are looked at; one that
/// is a digit, or a separator next to a digit, is traced back to where a left-to-right scan would
/// start and scanned from there. Most of the text is never touched byte by byte.
const STRIDE: usize = 7;

pub(super) fn scan(text: &str, out: &mut Vec<Candidate>) {
    scan_pgpass(text, out);
    let b = text.as_bytes();
    let n = b.len();
    let mut done = 0;
    let mut k = STRIDE - 1;
    let mut scratch = Scratch::default();
    while k < n {
        if k >= done && near_digit(b, k) {
            // A capital right before digits (`PS163279A`, `EH 05 30 34 A`): scan from it, a
            // few bytes on, so the digits after it are looked at.
            let until = if b[k].is_ascii_uppercase() { k + 3 } else { k };
            let mut start = k;
            while start > done && is_run_byte(b[start - 1]) {
                start -= 1;
            }
            done = scan_from(text, start, until, &mut scratch, out);
        }
        k += STRIDE;
    }
}

/// A digit, a separator with a digit within three bytes, or a capital with a digit within three
/// bytes after it or two before it (the letters of a UK National Insurance number).
fn near_digit(b: &[u8], k: usize) -> bool {
    let c = b[k];
    if c.is_ascii_digit() {
        return true;
    }
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if c.is_ascii_uppercase() {
        // Only where a National Insurance number could be: `AB` before digits (blank or not),
        // or a final `A`–`D` after them.
        let upper_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_uppercase);
        let blank_at = |i: usize| b.get(i) == Some(&b' ');
        let before = |d: usize| k.checked_sub(d);
        let first = upper_at(k + 1) && (digit_at(k + 2) || (blank_at(k + 2) && digit_at(k + 3)));
        let second = before(1).is_some_and(upper_at)
            && (digit_at(k + 1) || (blank_at(k + 1) && digit_at(k + 2)));
        let suffix = (b'A'..=b'D').contains(&c)
            && (before(1).is_some_and(digit_at)
                || (before(1).is_some_and(blank_at) && before(2).is_some_and(digit_at)));
        return first || second || suffix;
    }
    if !is_run_byte(c) {
        return false;
    }
    let lo = k.saturating_sub(3);
    let hi = (k + 4).min(b.len());
    b[lo..hi].iter().any(u8::is_ascii_digit)
}

/// Bytes a run can hold: digits, separators, and the `+` / `(` that may open it.
fn is_run_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'+')
}

/// Scan left to right from `from` (a position where no run or word is in progress) until past
/// `until`, reporting runs; returns where it stopped, again outside any run or word.
fn scan_from(
    text: &str,
    from: usize,
    until: usize,
    scratch: &mut Scratch,
    out: &mut Vec<Candidate>,
) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = from;
    while i < n && i <= until {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        if let Some((start, end, checks)) = iban_span(text, i) {
            if checks {
                out.push(Candidate::new(FindingKind::Iban, start..end));
            }
            i = end.max(i + 1);
            continue;
        }
        if let Some(end) = ups_tracking_end(text, i) {
            i = end;
            continue;
        }
        if let Some(c) = dni_at(text, i)
            .or_else(|| slash_card_at(text, i))
            .or_else(|| uk_ni_at(text, i))
        {
            i = c.span.1.max(i + 1);
            out.push(c);
            continue;
        }
        // Inside a word (`id_4111…`, `v2`, `1.2` or `ab-12` after a word) a digit starts no run.
        let glued = i > 0
            && (is_word_byte(b[i - 1])
                || (matches!(b[i - 1], b'.' | b'-') && i > 1 && is_word_byte(b[i - 2])));
        if glued {
            while i < n && is_glue(b[i]) {
                i += 1;
            }
            continue;
        }
        let run = parse_run(text, i, scratch);
        if run.count == 0 {
            // Digits glued to a word on the right (`2024abc`), or too long to be anything.
            while i < n && is_glue(b[i]) {
                i += 1;
            }
            continue;
        }
        let end = run.groups[run.count - 1].end;
        classify(&run, out);
        i = end.max(i + 1);
    }
    i
}

/// Bytes of one word-like token that digits inside it belong to (`01b2c3d4-0000-1234`).
fn is_glue(b: u8) -> bool {
    is_word_byte(b) || b == b'.' || b == b'-'
}

fn parse_run<'t, 's>(text: &'t str, first_digit: usize, scratch: &'s mut Scratch) -> Run<'t, 's> {
    let b = text.as_bytes();
    let n = b.len();
    let mut start = first_digit;
    if start > 0 && b[start - 1] == b'(' {
        start -= 1;
    }
    // A `+` glued to a word is build metadata or arithmetic (`1.24.3-rc.2+20240611`), not the
    // start of an international number.
    let plus = start > 0 && b[start - 1] == b'+' && !(start > 1 && is_glue(b[start - 2]));
    if plus {
        start -= 1;
    }
    scratch.groups.clear();
    scratch.seps.clear();
    let mut j = first_digit;
    loop {
        let gs = j;
        while j < n && b[j].is_ascii_digit() {
            j += 1;
        }
        scratch.groups.push(Group { start: gs, end: j });
        if scratch.groups.len() == MAX_RUN_GROUPS {
            break;
        }
        let ss = j;
        let mut k = j;
        while k < n && k - ss < 3 && matches!(b[k], b' ' | b'-' | b'.' | b'(' | b')') {
            k += 1;
        }
        if k == ss || k >= n || !b[k].is_ascii_digit() || !separator_ok(&b[ss..k]) {
            break;
        }
        scratch.seps.push(Group { start: ss, end: k });
        j = k;
    }
    // A last group glued to letters (`2024abc`) is part of a word, not of the number.
    let mut count = scratch.groups.len();
    if j < n && is_word_byte(b[j]) {
        count -= 1;
    }
    Run {
        text,
        groups: &scratch.groups,
        seps: &scratch.seps,
        count,
        plus,
        start,
        named: std::cell::OnceCell::new(),
        dated: std::cell::OnceCell::new(),
    }
}

fn separator_ok(sep: &[u8]) -> bool {
    let dots = sep.iter().filter(|&&c| c == b'.').count();
    let dashes = sep.iter().filter(|&&c| c == b'-').count();
    let spaces = sep.iter().filter(|&&c| c == b' ').count();
    let opens = sep.iter().filter(|&&c| c == b'(').count();
    let closes = sep.iter().filter(|&&c| c == b')').count();
    (dots == 0 || sep.len() == 1) && dashes <= 1 && spaces <= 2 && opens <= 1 && closes <= 1
}

/// Split the run into the longest leftmost slices that are something, and report those.
fn classify(run: &Run<'_, '_>, out: &mut Vec<Candidate>) {
    let total: usize = run.groups[..run.count].iter().map(|g| g.len()).sum();
    if total < 6 {
        return;
    }
    if let Some(c) = card_digit_by_digit(run) {
        out.push(c);
        return;
    }
    let mut i = 0;
    while i < run.count {
        let mut found = false;
        let mut j_max = i + 1;
        while j_max < run.count
            && j_max - i < MAX_SLICE_GROUPS
            && run.groups[j_max].end - run.groups[i].start <= MAX_SLICE_BYTES
        {
            j_max += 1;
        }
        for j in (i + 1..=j_max).rev() {
            if let Some(c) = classify_slice(run, i, j) {
                out.push(c);
                i = j;
                found = true;
                break;
            }
        }
        if !found {
            i += 1;
        }
    }
}

fn classify_slice(run: &Run<'_, '_>, i: usize, j: usize) -> Option<Candidate> {
    let groups = &run.groups[i..j];
    let count: usize = groups.iter().map(|g| g.len()).sum();
    if !(6..=19).contains(&count) {
        return None;
    }
    let mut digits = [0u8; 19];
    let mut d = 0;
    for g in groups {
        for &c in &run.text.as_bytes()[g.start..g.end] {
            digits[d] = c - b'0';
            d += 1;
        }
    }
    let digits = &digits[..d];
    let mut inner_buf = [""; MAX_SLICE_GROUPS];
    for (slot, k) in inner_buf.iter_mut().zip(i..j - 1) {
        *slot = run.sep(k);
    }
    let inner = &inner_buf[..j - 1 - i];
    let before = (i > 0).then(|| run.sep(i - 1));
    let after = (j < run.count).then(|| run.sep(j - 1));
    // Cards and SSNs stand alone: not the tail of a decimal or a part of a dashed or dotted
    // number (a separator with a blank or a parenthesis detaches).
    let attached = |s: &str| s == "." || s == "-";
    let standalone = !before.is_some_and(attached) && !after.is_some_and(attached);
    let plus = i == 0 && run.plus;
    let first = groups[0];
    let last = groups[groups.len() - 1];
    let span = first.start..last.end;

    // Six digits are only ever a short bank account (`conta corrente 84005-1`), right after
    // its word.
    if count == 6 {
        // The whole run (a date's first groups are six digits too, and numerous).
        let whole_run = j == run.count && digits_in(run) == 6;
        let short_account = whole_run
            && standalone
            && !plus
            && i == 0
            && names_an_account(window_before(run.text, run.start))
            && identified_number(run, digits, groups, inner) == Some(FindingKind::BankAccount);
        return short_account.then(|| Candidate::new(FindingKind::BankAccount, span));
    }
    if standalone && !plus && is_card(digits, groups, inner) {
        return Some(Candidate::new(FindingKind::PaymentCard, span));
    }
    if standalone && !plus && is_ssn(run, i, digits, groups, inner) {
        return Some(Candidate::new(FindingKind::Ssn, span));
    }
    if standalone
        && !plus
        && i == 0
        && let Some(kind) = identified_number(run, digits, groups, inner)
    {
        return Some(Candidate::new(kind, span));
    }
    if !*run
        .dated
        .get_or_init(|| contains_date(run, &run.groups[..run.count]))
        && let Some(start) = phone_start(run, i, digits, groups, inner, before)
    {
        return Some(Candidate::new(FindingKind::Phone, start..last.end));
    }
    None
}

/// A card read out one digit at a time (`4 0 2 5 2 1 7 1 …`): the whole run is 13–19 single
/// digits with one separator throughout, a network's first digit, and Luhn.
fn card_digit_by_digit(run: &Run<'_, '_>) -> Option<Candidate> {
    let groups = &run.groups[..run.count];
    if !(13..=19).contains(&groups.len()) || run.plus || groups.iter().any(|g| g.len() != 1) {
        return None;
    }
    let first_sep = run.sep(0);
    if !matches!(first_sep, " " | "-" | "  ")
        || (1..groups.len() - 1).any(|k| run.sep(k) != first_sep)
    {
        return None;
    }
    let bytes = run.text.as_bytes();
    let digits: Vec<u8> = groups.iter().map(|g| bytes[g.start] - b'0').collect();
    ((2..=6).contains(&digits[0]) && luhn(&digits)).then(|| {
        Candidate::new(
            FindingKind::PaymentCard,
            groups[0].start..groups[groups.len() - 1].end,
        )
    })
}

fn is_card(digits: &[u8], groups: &[Group], inner: &[&str]) -> bool {
    if !(13..=19).contains(&digits.len()) || !(2..=6).contains(&digits[0]) {
        return false;
    }
    if let Some(first_sep) = inner.first() {
        // Any of these separators, the same throughout: `4111 1111`, `4111-1111`, `4111.1111`,
        // `4111  1111`, `4111 - 1111` (`_`, `/` and non-ASCII ones: the `card_grouped` detector).
        // A person typing a card may mix blanks and dashes (`5623-2887-1112 3791`): allowed
        // when every group has four digits.
        let same = inner.iter().all(|s| s == first_sep);
        let typed = |s: &&str| matches!(*s, " " | "-" | "  " | " - ");
        let mixed_fours = inner.iter().all(typed) && groups.iter().all(|g| g.len() == 4);
        if !(same && matches!(*first_sep, " " | "-" | "." | "  " | " - ") || mixed_fours) {
            return false;
        }
        let (head, rest) = groups.split_at(1);
        let middle = &rest[..rest.len() - 1];
        let last = rest[rest.len() - 1];
        if head[0].len() != 4
            || !middle.iter().all(|g| (4..=6).contains(&g.len()))
            || !(1..=6).contains(&last.len())
        {
            return false;
        }
    }
    luhn(digits)
}

pub(super) fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(k, &d)| {
            let d = u32::from(d);
            if k % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn is_ssn(run: &Run<'_, '_>, i: usize, digits: &[u8], groups: &[Group], inner: &[&str]) -> bool {
    if digits.len() != 9 {
        return false;
    }
    let shaped = match groups.len() {
        3 => {
            groups[0].len() == 3
                && groups[1].len() == 2
                && groups[2].len() == 4
                && inner[0] == inner[1]
                && matches!(inner[0], "-" | " " | ".")
        }
        1 => i == 0 && ssn_context(run.text, run.start),
        _ => false,
    };
    if !shaped {
        return false;
    }
    ssn_issuable(digits)
}

/// Nine digits an SSN can be: area not 000, 666 or 9xx, group not 00, serial not 0000.
pub(super) fn ssn_issuable(digits: &[u8]) -> bool {
    if digits.len() != 9 {
        return false;
    }
    let area = u32::from(digits[0]) * 100 + u32::from(digits[1]) * 10 + u32::from(digits[2]);
    let group = u32::from(digits[3]) * 10 + u32::from(digits[4]);
    let serial = digits[5..].iter().fold(0u32, |a, &d| a * 10 + u32::from(d));
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// A date among the groups (`2024-06-09`, `01.04.2024`): a run holding one is a date range or
/// a timestamp, not a phone number.
fn contains_date(run: &Run<'_, '_>, groups: &[Group]) -> bool {
    let b = run.text.as_bytes();
    let value = |g: &Group| {
        b[g.start..g.end]
            .iter()
            .fold(0u32, |a, &d| a * 10 + u32::from(d - b'0'))
    };
    let year = |g: &Group| g.len() == 4 && (1900..=2099).contains(&value(g));
    let month = |g: &Group| g.len() <= 2 && (1..=12).contains(&value(g));
    let day = |g: &Group| g.len() <= 2 && (1..=31).contains(&value(g));
    groups.windows(3).any(|w| {
        (year(&w[0]) && month(&w[1]) && day(&w[2]))
            || (day(&w[0]) && month(&w[1]) && year(&w[2]))
            || (month(&w[0]) && day(&w[1]) && year(&w[2]))
    })
}

/// Where the phone number starts (including `+` or `(`), if the slice is one.
fn phone_start(
    run: &Run<'_, '_>,
    i: usize,
    digits: &[u8],
    groups: &[Group],
    inner: &[&str],
    before: Option<&str>,
) -> Option<usize> {
    let n = digits.len();
    if n > 15 {
        return None;
    }
    let first = groups[0];
    if i == 0 && run.plus {
        return (n >= 8).then_some(run.start);
    }
    let opens_paren = if i == 0 {
        run.start < first.start && run.text.as_bytes()[first.start - 1] == b'('
    } else {
        before.is_some_and(|s| s.ends_with('('))
    };
    let start = if opens_paren {
        first.start - 1
    } else {
        first.start
    };
    let mut lens_buf = [0usize; MAX_SLICE_GROUPS];
    for (slot, g) in lens_buf.iter_mut().zip(groups) {
        *slot = g.len();
    }
    let lens = &lens_buf[..groups.len()];
    let north_american_seps = |seps: &[&str]| {
        seps.iter()
            .all(|s| matches!(*s, "-" | "." | " " | ") " | ")" | ")-" | " (" | "(" | " - "))
    };
    // Brazil's `(11) 93653-3811` (mobile, a 9 first) and `(11) 3653-3811` (landline).
    let brazilian = opens_paren
        && matches!(inner, [") " | ")", "-"])
        && (lens == [2, 5, 4] && digits[2] == 9
            || lens == [2, 4, 4] && (2..=5).contains(&digits[2]));
    if brazilian {
        return Some(start);
    }
    match lens {
        [3, 3, 4] if north_american_seps(inner) => return Some(start),
        [1, 3, 3, 4] if digits[0] == 1 && north_american_seps(inner) => return Some(start),
        _ => {}
    }
    // National formats with a trunk 0 (`020 7946 0958`, `06 12 34 56 78`) or an international
    // `00` prefix.
    // Not one labelled as a part, case or order number (`part no. 0800-4471-22`).
    if groups.len() >= 2 && digits[0] == 0 && lens.iter().all(|&l| l >= 2) {
        let national = digits[1] != 0 && (10..=11).contains(&n);
        let international = digits[1] == 0 && digits[2] != 0 && (11..=15).contains(&n);
        if (national || international) && !identifier_label(run.text, run.start) {
            return Some(start);
        }
    }
    if i == 0 && phone_context(run.text, run.start) {
        return Some(start);
    }
    None
}

/// Up to 48 bytes before `at`, cut at a char boundary.
fn window_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The words just before a number name it as an identifier, not a phone (`part no.`, `case
/// ref`, `order #`).
fn identifier_label(text: &str, at: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // Invariant: a constant pattern, covered by tests.
        Regex::new(r"(?:^|[^A-Za-z])(?i:part|item|order|invoice|serial|sku|ref|reference|case|ticket|po|model|lot|batch|asset|tracking|policy|claim|article|product|catalog|catalogue|rack|position|build|version|release|job|run|shipment|container|pallet)(?:[ \t]*(?i:no|nr|number|num|#|id|ref|code))?\.?[ \t]*[:#=-]?[ \t]*$")
            .expect("identifier label pattern compiles")
    });
    re.is_match(window_before(text, at))
}

fn phone_context(text: &str, at: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // Invariant: a constant pattern, covered by tests.
        // A phone word, or (unambiguous nouns only: English `mobile sessions total:` is no
        // phone) a phone word with a few words after it and a colon:
        // `Celular do contato: (11) …`, `Handy von Frau Weber: …`, `電話番号：…`.
        Regex::new(r#"(?:^|[^A-Za-z])(?i:(?:phone|telephone|tel|mobile|cell|cellphone|fax|whatsapp|signal|telegram|sms|text|texting|text me|call me|call us|call|dial|ring|ring me|reach me|reach us|contact me|contact us|ph|contact number|celular|cel|telefone|tel[eé]fono|telefono|handy|portable|gsm|m[óo]vil|telem[óo]vel|handynummer|mobil|mobilnummer|telefon|telefonnummer|t[ée]l[ée]phone|cellulare|telefoon|telefoonnummer|mobiel|телефон|тел|моб|мобильный|電話|電話番号|携帯|手机|手机号|电话|전화|전화번호|휴대폰|هاتف|جوال)(?:[ \t]*(?:number|no|num|nr|#|n[º°]))?[ \t]*(?:is|at|on|:|=|-|\.|：)?|(?:celular|telefone|tel[eé]fono|telefono|handy|m[óo]vil|telem[óo]vel|telefon|t[ée]l[ée]phone|cellulare|telefoon|mobiel|телефон|мобильный)(?:[ \t]+[\p{L}.'’]{1,16}){1,3}[ \t]*[:：=])[ \t'"(:=#.-]*$"#)
            .expect("phone context pattern compiles")
    });
    re.is_match(window_before(text, at))
}

fn ssn_context(text: &str, at: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // Invariant: a constant pattern, covered by tests.
        // The label may be abbreviated (`soc. sec. no.`), closed by a parenthesis or a bracket
        // (`John Smith (SSN) …`, `[SSN]: …`) or followed by a short remark in parentheses
        // (`SSN (on file): …`).
        Regex::new(r#"(?:^|[^A-Za-z])(?i-u:(?:ssn|soc(?:ial)?\.?[ \t]*sec(?:urity)?\.?|social|sin|tin|tax id|taxpayer id)(?:[ \t]*(?:number|no|num|nr|#))?\.?[ \t]*[)\]]?[ \t]*(?u:\([^)\n]{1,32}\))?[ \t]*(?:is|:|=|-|\.)?)[ \t'"(:=#.-]*$"#)
            .expect("ssn context pattern compiles")
    });
    re.is_match(window_before(text, at))
}

// ---- Identified by a checksum and the words before them -------------------------------------

/// A bank or national number that only its checksum and the word before it identify.
fn identified_number(
    run: &Run<'_, '_>,
    digits: &[u8],
    groups: &[Group],
    inner: &[&str],
) -> Option<FindingKind> {
    let n = digits.len();
    if !(6..=18).contains(&n) {
        return None;
    }
    let before = window_before(run.text, run.start);
    // Most numbers have no word before them at all: skip the rest (checked once per run).
    let named = *run
        .named
        .get_or_init(|| before.bytes().any(|c| c.is_ascii_alphabetic() || c >= 0x80));
    if !named {
        return None;
    }
    let same_sep =
        inner.windows(2).all(|w| w[0] == w[1]) && inner.iter().all(|s| matches!(*s, " " | "-"));
    let mut lens_buf = [0usize; MAX_SLICE_GROUPS];
    for (slot, g) in lens_buf.iter_mut().zip(groups) {
        *slot = g.len();
    }
    let lens = &lens_buf[..groups.len().min(MAX_SLICE_GROUPS)];
    if n == 9 && groups.len() == 1 && aba(digits) && context(Context::Routing, before) {
        return Some(FindingKind::BankAccount);
    }
    if n == 9
        && (groups.len() == 1 || (lens == [3, 3, 3] && same_sep))
        && luhn(digits)
        && context(Context::Sin, before)
    {
        return Some(FindingKind::NationalId);
    }
    if n == 12
        && digits[0] >= 2
        && (groups.len() == 1 || (lens == [4, 4, 4] && same_sep))
        && context(Context::Aadhaar, before)
        // A mistyped or made-up number in the card's own 4-4-4 grouping, right after the word
        // Aadhaar (not the looser `uid`), is still written as one: hidden too.
        && (verhoeff(digits)
            || (lens == [4, 4, 4] && same_sep && context(Context::AadhaarNamed, before)))
    {
        return Some(FindingKind::NationalId);
    }
    if n == 15 && matches!(digits[0], 1 | 2) && nir_key(digits) {
        let grouped = lens == [1, 2, 2, 2, 3, 3, 2] && inner.iter().all(|s| *s == " ");
        if grouped || context(Context::Nir, before) {
            return Some(FindingKind::NationalId);
        }
    }
    // Up to 18 digits: Indian account numbers run that long.
    if groups.len() <= 4
        && (groups.len() == 1 || same_sep)
        && (context(Context::Account, before)
            || (mentions_account(before)
                && (bank_account_nearby(run.text, run.start)
                    || bank_word_after(run.text, groups[groups.len() - 1].end))))
    {
        return Some(FindingKind::BankAccount);
    }
    None
}

/// How many digits the run holds.
fn digits_in(run: &Run<'_, '_>) -> usize {
    run.groups[..run.count].iter().map(|g| g.len()).sum()
}

/// An account word among the bytes before a number (cheap: most six-digit numbers have none).
fn names_an_account(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    [
        "account", "acct", "a/c", "conta", "konto", "cuenta", "compte", "conto", "rekening",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// `account` (any case) right before a number: worth the wider look for a bank word.
fn mentions_account(before: &str) -> bool {
    let tail = before.trim_end_matches([' ', '\t', ':', '#', '=', '"', '\'']);
    let lower = tail
        .get(tail.len().saturating_sub(8)..)
        .unwrap_or("")
        .to_ascii_lowercase();
    lower.ends_with("account")
        || lower.ends_with("acct")
        || lower.ends_with("a/c")
        || lower.ends_with(" acc")
        || lower.ends_with(" acc.")
        || lower == "acc"
}

/// A bank's branch code right after an account number: `Account 000401234567 (IFSC
/// ICIC0000004)`, `… 70872490, sort code 40-47-84`, `… BSB 062-000`.
fn bank_word_after(text: &str, at: usize) -> bool {
    let mut to = (at + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text[at..to].to_ascii_lowercase();
    [
        "ifsc",
        "sort code",
        "bsb",
        "swift",
        "bic",
        "routing",
        "transit",
    ]
    .iter()
    .any(|w| after.contains(w))
}

/// `account 000123456789` right after a routing number or an IBAN word.
fn bank_account_nearby(text: &str, at: usize) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            // Canadian cheques name a transit and an institution number before the account,
            // Australian ones a BSB, Brazilian ones an agência.
            // UK ones a sort code (`s/c`), Indian ones an IFSC.
            Regex::new(r#"(?i:routing|aba|rtn|iban|swift|bic|sort code|s/c|ifsc|wire|bank|transit|institution|branch|bsb|ag[eê]ncia)\b[^\n]{0,100}\b(?i:account|acct|acc|a/c)[ \t]*(?i:#|no\.?|nr\.?)?[ \t'"(:=#.-]*$"#).ok()
        })
        .as_ref()
    else {
        return false;
    };
    let mut from = at.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    re.is_match(&text[from..at])
}

#[derive(Clone, Copy)]
enum Context {
    Routing,
    Account,
    Sin,
    Aadhaar,
    Nir,
    AadhaarNamed,
}

/// Does the text right before a number (`before`, up to 48 bytes) name what it is?
fn context(which: Context, before: &str) -> bool {
    static RES: OnceLock<Vec<Option<Regex>>> = OnceLock::new();
    let res = RES.get_or_init(|| {
        [
            r#"(?:^|[^A-Za-z])(?i-u:routing|aba|rtn|ach|transit|ach_routing|routing_number|routing_no)(?i-u:[ \t_-]*(?:number|no|num|nr|#|code))?(?:[ \t]*\([^)\n]{1,16}\))?[ \t'"(:=#._-]*$"#,
            r#"(?:^|[^A-Za-z])(?i-u:(?:bank|checking|savings|deposit|chequing|current|beneficiary|dda)[ \t_-]+(?:account|acct)(?:[ \t_-]*(?:number|no|num|nr|#))?|(?:account|acct|a/c)[ \t_-]*(?:number|no|num|nr|#)|accountnumber|kontonummer|numer konta|numero de cuenta|numero de compte|numero di conto|konto|cuenta|rekening|rekeningnummer)(?:[ \t]+(?i-u:is|was))?[ \t'"(:=#._-]*$|(?:口座番号|口座|普通預金|当座預金|账号|帐号|账户|帳號|帳戶|계좌번호|계좌)(?:[ \t]*(?:番号|号码|號碼|번호))?[ \t:：#]*$|(?:^|[^A-Za-z])(?i:conta(?:[ \t]+corrente|[ \t]+poupan[çc]a|[ \t]+banc[aá]ria)?|n[úu]mero da conta|c/c)(?:[ \t]*(?i:n[º°o]\.?|#))?[ \t'"(:=#._-]*$|(?i-u:deposit|transfer|wire|send|pay|credit|debit|remit|move)(?i-u:s|d|ed|ing)?\b[^\n.;]{0,24}\b(?i-u:to|into|from|in)[ \t]+(?i-u:(?:my|our|the|his|her|their|your|this|that|same|checking|savings)[ \t]+)?(?i-u:account|acct|a/c)(?i-u:[ \t]*(?:number|no|num|nr|#))?[ \t'"(:=#._-]*$"#,
            r#"(?:(?:^|[^A-Za-z])(?i-u:sin|social insurance(?: number| no)?|nas)|(?i:num[ée]ro d[’']assurance sociale))(?i:[ \t]+(?:de|du|des|of|the|d[’'])[ \t]*(?:l[’'])?[a-zà-ÿ-]{2,20})?(?:[ \t]*\([^)\n]{1,40}\))?(?i-u:[ \t]*(?:number|no|num|#))?[ \t]*(?i-u:is|est|es|ist|:|=|-|\.)?[ \t'"(:=#./-]*$"#,
            r#"(?i:aadhaar|aadhar|adhaar|uidai|uid|आधार(?:[ \t]*संख्या)?)(?i-u:[ \t_-]*(?:number|no|num|#|card))?[ \t'"(:=#._-]*$"#,
            r#"(?i:s[ée]curit[ée] sociale|num[ée]ro de s[ée]cu|\bnir\b|\binsee\b|\bs[ée]cu\b)[^\n0-9]{0,12}$"#,
            r#"(?i:aadhaar|aadhar|adhaar|आधार(?:[ \t]*संख्या)?)(?i-u:[ \t_-]*(?:number|no|num|#|card))?[ \t'"(:=#._-]*$"#,
        ]
        .into_iter()
        .map(|p| Regex::new(p).ok())
        .collect()
    });
    let index = which as usize;
    res.get(index)
        .and_then(Option::as_ref)
        .is_some_and(|re| re.is_match(before))
}

/// The ABA routing-number checksum.
fn aba(d: &[u8]) -> bool {
    let w = |i: usize| u32::from(d[i]);
    let sum = 3 * (w(0) + w(3) + w(6)) + 7 * (w(1) + w(4) + w(7)) + (w(2) + w(5) + w(8));
    d.len() == 9 && sum.is_multiple_of(10)
}

/// The Verhoeff check (Aadhaar).
pub(super) fn verhoeff(digits: &[u8]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    for (i, &d) in digits.iter().rev().enumerate() {
        c = D[usize::from(c)][usize::from(P[i % 8][usize::from(d)])];
    }
    c == 0
}

/// The French NIR key: 97 minus the first 13 digits modulo 97.
fn nir_key(d: &[u8]) -> bool {
    let body = d[..13].iter().fold(0u64, |a, &x| a * 10 + u64::from(x));
    let key = u64::from(d[13]) * 10 + u64::from(d[14]);
    97 - body % 97 == key
}

// ---- IBANs and Spanish DNIs, where a run starts ---------------------------------------------

/// IBAN lengths by country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NL", 18),
    (b"NO", 15),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"SA", 24),
    (b"SC", 31),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
];

/// The IBAN-shaped string that the digit at `digit` belongs to: its start is at most 40 bytes back (`GB82
/// WEST 1234…`), two letters and two check digits at a word start, then the country's length
/// of letters and digits (single spaces allowed between groups), mod 97 equal to 1. Letters
/// are all capitals or all small (`gb36avpk…`, typed by hand), never mixed. Returns where it
/// starts and ends and whether mod 97 holds: one that fails is still no card or phone (its
/// digit groups are an account written in IBAN form).
fn iban_span(text: &str, digit: usize) -> Option<(usize, usize, bool)> {
    let b = text.as_bytes();
    // Back over capitals, digits and blanks (`GB82 WEST 1234 …`); a small-letter IBAN is
    // only recognized written as one word, so prose before a number is not walked through.
    let mut s = digit;
    while s > 0
        && digit - s < 40
        && (b[s - 1].is_ascii_uppercase() || b[s - 1].is_ascii_digit() || b[s - 1] == b' ')
    {
        s -= 1;
    }
    let mut lower = digit;
    while lower > 0
        && digit - lower < 40
        && (b[lower - 1].is_ascii_lowercase() || b[lower - 1].is_ascii_digit())
    {
        lower -= 1;
    }
    let s = s.min(lower);
    (s..=digit).find_map(|p| {
        let starts = p + 4 <= b.len()
            && b[p].is_ascii_alphabetic()
            && b[p + 1].is_ascii_alphabetic()
            && b[p].is_ascii_uppercase() == b[p + 1].is_ascii_uppercase()
            && b[p + 2].is_ascii_digit()
            && b[p + 3].is_ascii_digit()
            && (p == 0 || !is_word_byte(b[p - 1]));
        if !starts {
            return None;
        }
        let upper = b[p].is_ascii_uppercase();
        let country = [b[p].to_ascii_uppercase(), b[p + 1].to_ascii_uppercase()];
        let len = IBAN_LENGTHS
            .iter()
            .find(|(cc, _)| cc[..] == country[..])
            .map(|(_, l)| *l)?;
        let mut chars = [0u8; 34];
        let mut count = 0;
        let mut i = p;
        while i < b.len() && count < len {
            let c = b[i];
            let letter = if upper {
                c.is_ascii_uppercase()
            } else {
                c.is_ascii_lowercase()
            };
            if letter || c.is_ascii_digit() {
                chars[count] = c.to_ascii_uppercase();
                count += 1;
                i += 1;
            } else if c == b' ' && count >= 4 && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                i += 1;
            } else {
                break;
            }
        }
        let ends = i >= b.len() || !b[i].is_ascii_alphanumeric();
        // An IBAN that ends before `digit` was reported already; the digits here start a run
        // of their own (a card right after an IBAN).
        if count == len && ends && i > digit {
            return Some((p, i, iban_checks(&chars[..len])));
        }
        labelled_iban_end(b, p, digit).map(|end| (p, end, true))
    })
}

/// Where an IBAN of the wrong length for its country ends, when it is one word of digits
/// after the country and check digits (`EE58382200221020145685`), 15 to 34 characters long,
/// mod 97 holds and `iban` is written just before it (`"iban": "…"`). Typed by hand or
/// made up for a test, such a number is still an account; without the label a 1-in-97
/// checksum is too weak to tell it from an order number.
fn labelled_iban_end(b: &[u8], p: usize, digit: usize) -> Option<usize> {
    let label_from = p.saturating_sub(24);
    let labelled = b[label_from..p]
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"iban"));
    if !labelled {
        return None;
    }
    let mut end = p + 4;
    while end < b.len() && end - p < 34 && b[end].is_ascii_digit() {
        end += 1;
    }
    let ends = end >= b.len() || !b[end].is_ascii_alphanumeric();
    let mut chars = [0u8; 34];
    for (k, c) in b[p..end].iter().enumerate() {
        chars[k] = c.to_ascii_uppercase();
    }
    (ends && end - p >= 15 && end > digit && iban_checks(&chars[..end - p])).then_some(end)
}

/// A UPS tracking number (`1Z`, 16 letters and digits, blanks allowed between groups: `1Z 999
/// AA1 01 2345 6784`) that the digit at `digit` belongs to: where it ends. Its digit groups are
/// no phone number.
fn ups_tracking_end(text: &str, digit: usize) -> Option<usize> {
    let b = text.as_bytes();
    let low = digit.saturating_sub(24);
    // Cheap: most digits have no `Z` before them.
    memchr::memchr(b'Z', &b[low..digit.min(b.len())])?;
    (low..digit.min(b.len())).find_map(|p| {
        let starts =
            b[p] == b'1' && b.get(p + 1) == Some(&b'Z') && (p == 0 || !is_word_byte(b[p - 1]));
        if !starts {
            return None;
        }
        let (mut i, mut count) = (p + 2, 0);
        while i < b.len() && count < 16 {
            if b[i].is_ascii_uppercase() || b[i].is_ascii_digit() {
                count += 1;
                i += 1;
            } else if b[i] == b' ' && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            } else {
                break;
            }
        }
        let ends = i >= b.len() || !is_word_byte(b[i]);
        (count == 16 && ends && i > digit).then_some(i)
    })
}

/// A card written `4532_0151_1283_0366` or `6011/0009/9013/9424` (four groups of four, one
/// separator throughout) that the digits at `digit` belong to (the scan may land on any group).
fn slash_card_at(text: &str, digit: usize) -> Option<Candidate> {
    let b = text.as_bytes();
    let is_sep = |c: u8| c == b'_' || c == b'/';
    let four = |at: usize| at + 4 <= b.len() && b[at..at + 4].iter().all(u8::is_ascii_digit);
    // Back to the first group.
    let mut start = digit;
    for _ in 0..3 {
        if start >= 5 && is_sep(b[start - 1]) && four(start - 5) {
            start -= 5;
        } else {
            break;
        }
    }
    if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'.') {
        return None;
    }
    let sep = *b.get(start + 4)?;
    if !is_sep(sep) {
        return None;
    }
    let mut digits = [0u8; 16];
    for g in 0..4 {
        let at = start + g * 5;
        if !four(at) || (g < 3 && b.get(at + 4) != Some(&sep)) {
            return None;
        }
        for k in 0..4 {
            digits[g * 4 + k] = b[at + k] - b'0';
        }
    }
    let end = start + 19;
    if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    ((2..=6).contains(&digits[0]) && luhn(&digits))
        .then(|| Candidate::new(FindingKind::PaymentCard, start..end))
}

/// The IBAN checksum: the first four characters moved to the end, letters as 10–35, mod 97 = 1.
fn iban_checks(chars: &[u8]) -> bool {
    let mut rem = 0u32;
    for &c in chars[4..].iter().chain(&chars[..4]) {
        let v = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A') + 10
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// A Spanish DNI (`12345678Z`) or NIE (`X1234567L`) whose digits start at `digit`: the letter
/// is `TRWAGMYFPDXBNJZSQVHLCKE[number % 23]` (an NIE's X, Y, Z count as 0, 1, 2).
fn dni_at(text: &str, digit: usize) -> Option<Candidate> {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let b = text.as_bytes();
    // `X1234567L`, or written `X-1234567-L`.
    let dashed_nie =
        digit > 1 && b[digit - 1] == b'-' && matches!(b[digit - 2], b'X' | b'Y' | b'Z');
    let nie = dashed_nie || (digit > 0 && matches!(b[digit - 1], b'X' | b'Y' | b'Z'));
    let start = if dashed_nie {
        digit - 2
    } else if nie {
        digit - 1
    } else {
        digit
    };
    if start > 0 && is_word_byte(b[start - 1]) {
        return None;
    }
    let want = if nie { 7 } else { 8 };
    let mut end = digit;
    while end < b.len() && b[end].is_ascii_digit() && end - digit <= want {
        end += 1;
    }
    if end - digit != want {
        return None;
    }
    let letter_at = if b.get(end) == Some(&b'-') {
        end + 1
    } else {
        end
    };
    let letter = *b.get(letter_at)?;
    if !letter.is_ascii_uppercase() || b.get(letter_at + 1).is_some_and(|c| is_word_byte(*c)) {
        return None;
    }
    let mut number = text[digit..end].parse::<u32>().ok()?;
    if nie {
        number += u32::from(b[start] - b'X') * 10_000_000;
    }
    if dashed_nie && letter_at == end {
        return None;
    }
    (LETTERS[(number % 23) as usize] == letter)
        .then(|| Candidate::new(FindingKind::NationalId, start..letter_at + 1))
}

/// A UK National Insurance number whose digits start at `digit`: `PS163279A` or
/// `EH 05 30 34 A` (blanks all or nothing), an issued prefix (no D, F, I, Q, U, V; no O second;
/// not BG, GB, KN, NK, NT, TN, ZZ) and a final A–D. The shape is rare enough outside NI numbers
/// to need no word before it.
fn uk_ni_at(text: &str, digit: usize) -> Option<Candidate> {
    let b = text.as_bytes();
    let spaced = digit >= 3 && b[digit - 1] == b' ';
    let start = if spaced {
        digit.checked_sub(3)?
    } else {
        digit.checked_sub(2)?
    };
    let (first, second) = (b[start], b[start + 1]);
    let first_ok = first.is_ascii_uppercase() && !b"DFIQUV".contains(&first);
    let second_ok = second.is_ascii_uppercase() && !b"DFIQUVO".contains(&second);
    let issued = !matches!(
        &[first, second],
        b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
    );
    if !(first_ok && second_ok && issued) || (start > 0 && is_word_byte(b[start - 1])) {
        return None;
    }
    let shape: &[u8] = if spaced { b"dd dd dd L" } else { b"ddddddL" };
    let end = digit + shape.len();
    let body = b.get(digit..end)?;
    let fits = shape.iter().zip(body).all(|(want, got)| match want {
        b'd' => got.is_ascii_digit(),
        b'L' => (b'A'..=b'D').contains(got),
        _ => got == want,
    });
    (fits && !b.get(end).is_some_and(|c| is_word_byte(*c)))
        .then(|| Candidate::new(FindingKind::NationalId, start..end))
}

/// `.pgpass` lines: every `:digits:` (a port between colons) is looked at.
fn scan_pgpass(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let mut after = 0;
    for colon in memchr::memchr_iter(b':', b) {
        if colon < after || !b.get(colon + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if let Some(c) = pgpass_password_at(text, colon + 1) {
            after = c.span.1;
            out.push(c);
        }
    }
}

/// The password of a `.pgpass` line (`host:port:database:user:password`) whose port starts at
/// `digit`: one token of five non-empty fields, a host name or address first, a port second, a
/// database and a user with a letter or `*`. Only the last field is redacted.
fn pgpass_password_at(text: &str, digit: usize) -> Option<Candidate> {
    let b = text.as_bytes();
    if digit == 0 || b[digit - 1] != b':' {
        return None;
    }
    let mut port_end = digit;
    while port_end < b.len() && b[port_end].is_ascii_digit() && port_end - digit < 6 {
        port_end += 1;
    }
    if b.get(port_end) != Some(&b':') || port_end - digit > 5 {
        return None;
    }
    let delimits = |c: u8| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'`');
    let mut start = digit - 1;
    while start > 0 && !delimits(b[start - 1]) && digit - start < 256 {
        start -= 1;
    }
    let mut end = port_end;
    while end < b.len() && !delimits(b[end]) && end - port_end < 512 {
        end += 1;
    }
    let token = text.get(start..end)?;
    // The password is everything after the fourth colon (`.pgpass` escapes its own colons,
    // but people paste lines with bare ones).
    let fields: Vec<&str> = token.splitn(5, ':').collect();
    if fields.len() != 5 || fields.iter().any(|f| f.is_empty()) || token.contains("//") {
        return None;
    }
    let named = |f: &str| f == "*" || f.bytes().any(|c| c.is_ascii_alphabetic());
    if !named(fields[2]) || !named(fields[3]) {
        return None;
    }
    let host = fields[0];
    let host_ok = host == "*"
        || (host
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
            && host.bytes().any(|c| c.is_ascii_alphabetic() || c == b'.'));
    let password = fields[4];
    if !host_ok || password.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let password_start = end - password.len();
    Some(Candidate::new(FindingKind::Password, password_start..end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_context_pattern_compiles_and_matches_its_word() {
        for (which, before) in [
            (Context::Routing, "routing number "),
            (Context::Account, "checking account number: "),
            (Context::Sin, "SIN: "),
            (Context::Aadhaar, "Aadhaar: "),
            (Context::Nir, "sécurité sociale : "),
        ] {
            assert!(context(which, before), "{before}");
        }
        let text = "routing 021000021, account ";
        assert!(bank_account_nearby(text, text.len()));
    }

    #[test]
    fn luhn_accepts_test_cards_and_rejects_neighbours() {
        let d = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
        assert!(luhn(&d("4111111111111111")));
        assert!(luhn(&d("378282246310005")));
        assert!(!luhn(&d("4111111111111112")));
    }
}
