//! Regex classes rewritten before compiling: Unicode's `\w` and `\s` cost the injection rules
//! milliseconds to compile, and the views they read hold fewer characters than Unicode's classes
//! (see `injection::text_pattern`).
//!
//! An ASCII shadow of the prompt (one byte per character) for the credential expressions was tried
//! and withdrawn: a class widened inside a negated class (`[^\w]`) and ASCII `\b` next to a letter
//! outside ASCII dropped matches the Unicode expressions find (a review's findings, round 14).

/// `pattern` with each escape `\c` listed in `with` replaced by its class. A class inside a
/// class (`[\w.]` becoming `[[0-9a-z…].]`) is their union.
pub(crate) fn replace_escapes(pattern: &str, with: &[(char, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(next) => match with.iter().find(|(escape, _)| *escape == next) {
                Some((_, class)) => out.push_str(class),
                None => {
                    out.push('\\');
                    out.push(next);
                }
            },
            None => out.push('\\'),
        }
    }
    out
}
