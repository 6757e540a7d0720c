//! Phone numbers, SSNs and payment cards: one byte scan over digit runs.
//!
//! A *run* is a sequence of digit groups joined by short separators (`415-555-0100`,
//! `+44 20 7946 0958`, `(415) 555-0100`, `4111 1111 1111 1111`). Each run is split into the
//! longest leftmost slices of groups that have the shape of a card (13–19 digits, a known network
//! prefix, Luhn), an SSN (`AAA-GG-SSSS`, valid ranges) or a phone (international with `+`, North
//! American `NNN-NNN-NNNN`, national with a leading 0, or any 7–15 digits right after a word
//! such as `phone:`). Everything else — dates, versions, IP addresses, decimals, order numbers,
//! numbers in predicates — is left alone. Decisions depend only on the run and the words right
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
    let b = text.as_bytes();
    let n = b.len();
    let mut done = 0;
    let mut k = STRIDE - 1;
    let mut scratch = Scratch::default();
    while k < n {
        if k >= done && near_digit(b, k) {
            let mut start = k;
            while start > done && is_run_byte(b[start - 1]) {
                start -= 1;
            }
            done = scan_from(text, start, k, &mut scratch, out);
        }
        k += STRIDE;
    }
}

/// A digit, or a separator with a digit within three bytes.
fn near_digit(b: &[u8], k: usize) -> bool {
    let c = b[k];
    if c.is_ascii_digit() {
        return true;
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
    let plus = start > 0 && b[start - 1] == b'+';
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
    if total < 7 {
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
    if !(7..=19).contains(&count) {
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

    if standalone && !plus && is_card(digits, groups, inner) {
        return Some(Candidate::new(FindingKind::PaymentCard, span));
    }
    if standalone && !plus && is_ssn(run, i, digits, groups, inner) {
        return Some(Candidate::new(FindingKind::Ssn, span));
    }
    if let Some(start) = phone_start(run, i, digits, groups, inner, before) {
        return Some(Candidate::new(FindingKind::Phone, start..last.end));
    }
    None
}

fn is_card(digits: &[u8], groups: &[Group], inner: &[&str]) -> bool {
    if !(13..=19).contains(&digits.len()) || !(2..=6).contains(&digits[0]) {
        return false;
    }
    if let Some(first_sep) = inner.first() {
        let same = inner.iter().all(|s| s == first_sep);
        if !same || !matches!(*first_sep, " " | "-") {
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

fn luhn(digits: &[u8]) -> bool {
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
                && matches!(inner[0], "-" | " ")
        }
        1 => i == 0 && ssn_context(run.text, run.start),
        _ => false,
    };
    if !shaped {
        return false;
    }
    let area = u32::from(digits[0]) * 100 + u32::from(digits[1]) * 10 + u32::from(digits[2]);
    let group = u32::from(digits[3]) * 10 + u32::from(digits[4]);
    let serial = digits[5..].iter().fold(0u32, |a, &d| a * 10 + u32::from(d));
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
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
    match lens {
        [3, 3, 4] if north_american_seps(inner) => return Some(start),
        [1, 3, 3, 4] if digits[0] == 1 && north_american_seps(inner) => return Some(start),
        _ => {}
    }
    // National formats with a trunk 0 (`020 7946 0958`, `06 12 34 56 78`) or an international
    // `00` prefix.
    if groups.len() >= 2 && digits[0] == 0 && lens.iter().all(|&l| l >= 2) {
        let national = digits[1] != 0 && (10..=11).contains(&n);
        let international = digits[1] == 0 && digits[2] != 0 && (11..=15).contains(&n);
        if national || international {
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

fn phone_context(text: &str, at: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // Invariant: a constant pattern, covered by tests.
        Regex::new(r#"(?:^|[^A-Za-z])(?i-u:(?:phone|telephone|tel|mobile|cell|cellphone|fax|whatsapp|sms|text me|call me|call us|call|ph|contact number)(?:[ \t]*(?:number|no|num|nr|#))?[ \t]*(?:is|at|on|:|=|-|\.)?)[ \t'"(:=#.-]*$"#)
            .expect("phone context pattern compiles")
    });
    re.is_match(window_before(text, at))
}

fn ssn_context(text: &str, at: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // Invariant: a constant pattern, covered by tests.
        Regex::new(r#"(?:^|[^A-Za-z])(?i-u:(?:ssn|social security(?: number| no)?|social|sin|tin|tax id|taxpayer id)(?:[ \t]*(?:number|no|num|#))?[ \t]*(?:is|:|=|-|\.)?)[ \t'"(:=#.-]*$"#)
            .expect("ssn context pattern compiles")
    });
    re.is_match(window_before(text, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_cards_and_rejects_neighbours() {
        let d = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
        assert!(luhn(&d("4111111111111111")));
        assert!(luhn(&d("378282246310005")));
        assert!(!luhn(&d("4111111111111112")));
    }
}
