//! Base64 and hex decoding to text, shared by the guards and the shell reader: the injection
//! decoders, decoding substitutions in shell text (`cat $(echo fi8uc3No… | base64 -d)`), the
//! credential-path check of a prompt and redaction's JWT header check. Callers bound the tokens
//! they pass.

/// Standard or URL-safe base64, padding optional.
pub fn decode_base64(token: &str) -> Option<String> {
    let body = token.trim_end_matches('=');
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    for b in body.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(v);
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An even number of hex digits.
pub fn decode_hex(token: &str) -> Option<String> {
    if !token.len().is_multiple_of(2) || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let bytes: Option<Vec<u8>> = token
        .as_bytes()
        .chunks(2)
        .map(|pair| {
            let hi = char::from(pair[0]).to_digit(16)?;
            let lo = char::from(pair[1]).to_digit(16)?;
            u8::try_from(hi * 16 + lo).ok()
        })
        .collect();
    String::from_utf8(bytes?).ok()
}
