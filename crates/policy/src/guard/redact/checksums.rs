//! The check digits of national ids, for `national_id_in_context`: a number after an id's name
//! is that id only when its checksum holds (`BSN 149440620 wordt afgewezen door de elfproef`
//! names a rejected number, not a person). Ids without a checksum, or whose name several
//! countries share with different rules, pass on their name alone.

use super::numbers::luhn;

/// Does `value` (as written, with its separators) pass the checksum of the id `name` (as
/// matched, any case)? True for names whose id has no checksum we know.
pub(super) fn named_id_checks(name: &str, value: &str) -> bool {
    let name = name.to_lowercase();
    let name = name.trim();
    let d: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    let letters: Vec<char> = value
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let digits_only = letters.is_empty();
    let has = |w: &str| name.contains(w);
    if has("bsn") || has("burgerservicenummer") || has("sofinummer") {
        return digits_only && bsn(&d);
    }
    if has("cnpj") {
        return digits_only && cnpj(&d);
    }
    if has("cpf") {
        return digits_only && cpf(&d);
    }
    if has("pesel") {
        return digits_only && pesel(&d);
    }
    if has("egn") || has("\u{435}\u{433}\u{43d}") {
        return digits_only && egn(&d);
    }
    if has("kimlik") || has("tckn") {
        return digits_only && tc_kimlik(&d);
    }
    if has("nipc") {
        return digits_only && mod11_weighted(&d, &[9, 8, 7, 6, 5, 4, 3, 2]);
    }
    if has("dni") {
        // Spain: eight digits and the check letter. Argentina and Peru: seven or eight digits
        // and no letter (Peru's check digit after a dash).
        return match letters.len() {
            0 => (7..=8).contains(&d.len()) || (d.len() == 9 && value.contains('-')),
            _ => spanish_letter(value),
        };
    }
    if name == "nie" {
        return spanish_letter(value);
    }
    if name == "nif" {
        // Spain (a DNI or NIE with its letter) or Portugal (nine digits, mod 11).
        return if digits_only {
            d.len() != 9 || mod11_weighted(&d, &[9, 8, 7, 6, 5, 4, 3, 2])
        } else {
            !value.ends_with(|c: char| c.is_ascii_alphabetic()) || spanish_letter(value)
        };
    }
    if has("personnummer") || has("personnr") || has("samordningsnummer") {
        // Sweden: Luhn over the ten digits after the century.
        let ten = if d.len() == 12 { &d[2..] } else { &d[..] };
        return ten.len() == 10 && luhn_u32(ten);
    }
    if has("henkil") || has("hetu") {
        return hetu(value);
    }
    if has("amka") || has("\u{3b1}\u{3bc}\u{3ba}\u{3b1}") {
        return digits_only && d.len() == 11 && luhn_u32(&d);
    }
    if has("oib") {
        return digits_only && d.len() == 11 && iso7064_mod11_10(&d);
    }
    if has("jmbg") || has("\u{43c}\u{431}\u{433}") {
        return digits_only && d.len() == 13 && jmbg(&d);
    }
    if name == "cnp" {
        return digits_only && d.len() == 13 && cnp(&d);
    }
    if name.starts_with("\u{5ea}") {
        // Israel's teudat zehut: nine digits (leading zeros may be dropped), Luhn.
        return digits_only && (5..=9).contains(&d.len()) && luhn_u32(&d);
    }
    true
}

fn luhn_u32(d: &[u32]) -> bool {
    let bytes: Vec<u8> = d.iter().filter_map(|&x| u8::try_from(x).ok()).collect();
    luhn(&bytes)
}

fn weighted(d: &[u32], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(a, b)| a * b).sum()
}

/// The Dutch eleven-proof: weights 9…2 and -1 for the last digit (eight digits: a leading 0).
fn bsn(d: &[u32]) -> bool {
    let nine: Vec<u32> = match d.len() {
        8 => std::iter::once(0).chain(d.iter().copied()).collect(),
        9 => d.to_vec(),
        _ => return false,
    };
    let sum = weighted(&nine[..8], &[9, 8, 7, 6, 5, 4, 3, 2]);
    nine.iter().any(|&x| x != 0) && sum % 11 == nine[8] % 11 && nine[8] < 10
}

/// Brazil's CPF: two check digits, each (10 × weighted sum mod 11) mod 10.
fn cpf(d: &[u32]) -> bool {
    if d.len() != 11 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    (9..=10).all(|n| {
        let w: Vec<u32> = (2..=n as u32 + 1).rev().collect();
        weighted(&d[..n], &w) * 10 % 11 % 10 == d[n]
    })
}

/// Brazil's CNPJ: two check digits over weights 5…2, 9…2 (and 6…2, 9…2).
fn cnpj(d: &[u32]) -> bool {
    if d.len() != 14 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    const W1: [u32; 12] = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const W2: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    let check = |sum: u32| if sum % 11 < 2 { 0 } else { 11 - sum % 11 };
    check(weighted(&d[..12], &W1)) == d[12] && check(weighted(&d[..13], &W2)) == d[13]
}

/// Poland's PESEL: weights 1 3 7 9, the last digit completes the sum to a multiple of 10.
fn pesel(d: &[u32]) -> bool {
    d.len() == 11 && (10 - weighted(&d[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == d[10]
}

/// Bulgaria's EGN: weights 2 4 8 5 10 9 7 3 6, mod 11 (10 counts as 0).
fn egn(d: &[u32]) -> bool {
    d.len() == 10 && weighted(&d[..9], &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == d[9]
}

/// Turkey's T.C. Kimlik No: eleven digits, no leading zero, two check digits.
fn tc_kimlik(d: &[u32]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let odd = d[0] + d[2] + d[4] + d[6] + d[8];
    let even = d[1] + d[3] + d[5] + d[7];
    (odd * 7 + 10 * 10 - even) % 10 == d[9] && d[..10].iter().sum::<u32>() % 10 == d[10]
}

/// A check digit of 11 minus the weighted sum mod 11 (10 and 11 count as 0): Portugal's NIF.
fn mod11_weighted(d: &[u32], w: &[u32]) -> bool {
    if d.len() != w.len() + 1 {
        return false;
    }
    let c = 11 - weighted(&d[..w.len()], w) % 11;
    (if c >= 10 { 0 } else { c }) == d[w.len()]
}

/// Spain's DNI (eight digits and a letter) or NIE (`X`/`Y`/`Z`, seven digits, a letter).
fn spanish_letter(value: &str) -> bool {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let compact: Vec<u8> = value
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.len() != 9 {
        return false;
    }
    let lead = match compact[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        c if c.is_ascii_digit() => u32::from(c - b'0'),
        _ => return false,
    };
    if !compact[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = compact[1..8]
        .iter()
        .fold(lead, |a, &c| a * 10 + u32::from(c - b'0'));
    LETTERS[(n % 23) as usize] == compact[8]
}

/// Finland's henkilötunnus: `DDMMYY`, a century sign, three digits, a check character.
fn hetu(value: &str) -> bool {
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let b = value.as_bytes();
    if b.len() != 11 || !b[..6].iter().chain(&b[7..10]).all(u8::is_ascii_digit) {
        return false;
    }
    let n = b[..6]
        .iter()
        .chain(&b[7..10])
        .fold(0u64, |a, &c| a * 10 + u64::from(c - b'0'));
    CHECK[(n % 31) as usize] == b[10].to_ascii_uppercase()
}

/// ISO 7064 MOD 11,10: Croatia's OIB.
fn iso7064_mod11_10(d: &[u32]) -> bool {
    let mut p = 10;
    for &x in &d[..d.len() - 1] {
        let s = (x + p) % 10;
        p = (if s == 0 { 10 } else { s }) * 2 % 11;
    }
    (11 - p) % 10 == d[d.len() - 1]
}

/// The former Yugoslav JMBG: weights 7…2 twice, 11 minus the sum mod 11 (over 9 counts as 0).
fn jmbg(d: &[u32]) -> bool {
    let m = 11 - weighted(&d[..12], &[7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    (if m > 9 { 0 } else { m }) == d[12]
}

/// Romania's CNP: weights 2 7 9 1 4 6 3 5 8 2 7 9, mod 11 (10 counts as 1).
fn cnp(d: &[u32]) -> bool {
    let r = weighted(&d[..12], &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    (if r == 10 { 1 } else { r }) == d[12]
}

#[cfg(test)]
mod tests {
    use super::named_id_checks;

    #[test]
    fn valid_ids_pass_and_altered_ones_fail() {
        for (name, good, bad) in [
            ("BSN", "628194821", "149440620"),
            ("CPF", "123.456.789-09", "92289323920"),
            ("CNPJ", "11.222.333/0001-81", "11.222.333/0001-82"),
            ("PESEL", "76030196657", "96121012520"),
            ("EGN", "5908035875", "5908035876"),
            ("\u{415}\u{413}\u{41d}", "5908035875", "5908035870"),
            ("kimlik", "14916124828", "14916124829"),
            ("NIPC", "259970662", "259970663"),
            ("DNI", "12345678Z", "12345678A"),
            ("NIE", "X-4721903-A", "X-4721903-B"),
            ("henkil\u{f6}tunnus", "020379-207S", "020379-207T"),
            ("personnummer", "811218-9876", "19900101-1234"),
            ("OIB", "69435151530", "69435151531"),
            ("JMBG", "0101990710008", "0101990710007"),
            ("CNP", "1800101221144", "1800101221145"),
            ("AMKA", "01018012342", "01018012346"),
        ] {
            assert!(named_id_checks(name, good), "{name} {good}");
            assert!(!named_id_checks(name, bad), "{name} {bad}");
        }
        assert!(!named_id_checks("DNI", "535289500"));
        assert!(named_id_checks("DNI", "30123456"));
        assert!(named_id_checks("CURP", "anything"));
    }
}
