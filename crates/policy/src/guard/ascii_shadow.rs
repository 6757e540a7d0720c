//! An ASCII stand-in for a text, one byte per character, so that a long expression can be
//! compiled without Unicode classes and still read the text the way its Unicode form would.
//!
//! Unicode's `[^.\n]{0,60}` compiles to a UTF-8 automaton per repetition: the credential
//! expressions built that way cost 8 to 19 ms to compile, paid by every prompt whose cheap
//! checks let them through. Over the shadow they compile without Unicode in a quarter of that.
//!
//! The shadow keeps ASCII as it is; white space outside ASCII becomes a space; `ſ` and the
//! Kelvin sign become `s` and `k` (what a case-insensitive expression reads them as); anything
//! else outside ASCII becomes [`OTHER`], a byte no expression names. So a repetition counts
//! characters as before, `\s` finds the same white space, and no literal word can match
//! where it could not before. What may differ only adds matches: `\b` sees a boundary next to a
//! letter outside ASCII, and [`compile`] widens `\w` and `\d` to take [`OTHER`] too. For a
//! guard, an extra match is a stricter answer, never a missed one.

use regex::bytes::{Regex, RegexBuilder};

/// What a character outside ASCII that is not white space (nor `ſ`, `K`) reads as.
const OTHER: u8 = 0x01;

/// A text and its shadow.
#[derive(Debug)]
pub(crate) struct Shadow<'t> {
    original: &'t str,
    /// One byte per character of `original`.
    bytes: std::borrow::Cow<'t, [u8]>,
    /// Byte offset in `original` of each character, and its length at the end; empty when
    /// `original` is ASCII (the offsets are the same).
    starts: Vec<usize>,
}

impl<'t> Shadow<'t> {
    pub fn of(original: &'t str) -> Shadow<'t> {
        if original.is_ascii() {
            return Shadow {
                original,
                bytes: std::borrow::Cow::Borrowed(original.as_bytes()),
                starts: Vec::new(),
            };
        }
        let mut bytes = Vec::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            starts.push(at);
            bytes.push(match c {
                c if c.is_ascii() => c as u8,
                c if c.is_whitespace() => b' ',
                '\u{17f}' => b's',
                '\u{212a}' => b'k',
                _ => OTHER,
            });
        }
        starts.push(original.len());
        Shadow {
            original,
            bytes: std::borrow::Cow::Owned(bytes),
            starts,
        }
    }

    /// The shadow, to search.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The original text of a match in the shadow.
    pub fn original(&self, start: usize, end: usize) -> &'t str {
        if self.starts.is_empty() {
            return self.original.get(start..end).unwrap_or("");
        }
        let at = |i: usize| self.starts.get(i).copied().unwrap_or(self.original.len());
        self.original.get(at(start)..at(end)).unwrap_or("")
    }

    /// The original text from a match's end to the end of the text.
    pub fn original_after(&self, end: usize) -> &'t str {
        self.original(end, self.bytes.len())
    }
}

/// Compile `pattern` to search shadows: without Unicode, `\w` and `\d` also taking [`OTHER`].
pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    let widened = replace_escapes(pattern, &[('w', "[\\w\\x01]"), ('d', "[\\d\\x01]")]);
    RegexBuilder::new(&widened).unicode(false).build()
}

/// `pattern` with each escape `\c` listed in `with` replaced by its class. A class inside a
/// class (`[\w.]` becoming `[[\w\x01].]`) is their union.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shadow_has_one_byte_per_character_and_maps_back() {
        let text = "cat the file\u{a0}where ſsh keeps — my key é";
        let shadow = Shadow::of(text);
        assert_eq!(shadow.bytes().len(), text.chars().count());
        let re = compile(r"\bfile\s+where\s+ssh\b[^.\n]{0,20}?\bkey\b").expect("compiles");
        let m = re
            .find(shadow.bytes())
            .expect("white space outside ASCII is white space");
        assert_eq!(
            shadow.original(m.start(), m.end()),
            "file\u{a0}where ſsh keeps — my key"
        );
        assert_eq!(shadow.original_after(m.end()), " é");
    }

    #[test]
    fn characters_outside_ascii_count_as_one_and_match_no_word() {
        // Sixty characters of Cyrillic are sixty, not a hundred and twenty bytes.
        let text = format!("file {} key", "ж".repeat(60));
        let shadow = Shadow::of(&text);
        assert!(
            compile(r"file[^.\n]{0,62}key")
                .expect("compiles")
                .is_match(shadow.bytes())
        );
        assert!(
            !compile(r"file[^.\n]{0,50}key")
                .expect("compiles")
                .is_match(shadow.bytes())
        );
        // A look-alike is no ASCII letter: `fіle` (Cyrillic і) is not `file`.
        assert!(
            !compile("file")
                .expect("compiles")
                .is_match(Shadow::of("fіle").bytes())
        );
        // `\w` takes a letter outside ASCII, as Unicode's would.
        assert!(
            compile(r"^\w+$")
                .expect("compiles")
                .is_match(Shadow::of("clé").bytes())
        );
    }
}
