//! Regex classes rewritten before compiling: Unicode's `\w` and `\s` cost the injection rules
//! milliseconds to compile, and the views they read hold fewer characters than Unicode's classes
//! (see `injection::text_pattern`).
//!
//! A replacement class must be a superset of the escape it replaces on the text it is matched
//! against, and a superset only widens a match where the class is not complemented: inside
//! `[^…]` (or on the right of a class difference `--` or symmetric difference `~~`) it narrows
//! it. There the escape is left as Unicode's exact class.
//!
//! An ASCII shadow of the prompt (one byte per character) for the credential expressions was tried
//! and withdrawn: a class widened inside a negated class (`[^\w]`) and ASCII `\b` next to a letter
//! outside ASCII dropped matches the Unicode expressions find (a review's findings, round 14).

/// `pattern` with each escape `\c` listed in `with` replaced by its class, except inside a
/// complemented class (see the module docs), where it is kept. A class inside a class
/// (`[\w.]` becoming `[[0-9a-z…].]`) is their union.
pub(crate) fn replace_escapes(pattern: &str, with: &[(char, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    // One entry per open class: true when a match of this class may not be widened (it or a
    // class around it is complemented, or a difference has begun in it).
    let mut classes: Vec<bool> = Vec::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let complemented = classes.last().copied().unwrap_or(false);
                match with.iter().find(|(escape, _)| *escape == next) {
                    Some((_, class)) if !complemented => out.push_str(class),
                    _ => {
                        out.push('\\');
                        out.push(next);
                    }
                }
            }
            '[' => {
                out.push('[');
                // `[:alpha:]` inside a class is an ASCII class, not a nested one.
                if !classes.is_empty() && chars.peek() == Some(&':') {
                    for d in chars.by_ref() {
                        out.push(d);
                        if d == ']' {
                            break;
                        }
                    }
                    continue;
                }
                let outer = classes.last().copied().unwrap_or(false);
                let negated = chars.peek() == Some(&'^');
                if negated {
                    out.push('^');
                    chars.next();
                }
                classes.push(outer || negated);
                // A `]` first in a class is a literal.
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if !classes.is_empty() => {
                out.push(']');
                classes.pop();
            }
            '-' | '~' if !classes.is_empty() && chars.peek() == Some(&c) => {
                out.push(c);
                out.push(c);
                chars.next();
                if let Some(last) = classes.last_mut() {
                    *last = true;
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::replace_escapes;

    const WIDE: &[(char, &str)] = &[('w', "[a-z\\x{80}-\\x{10FFFF}]"), ('s', "[ \\n]")];

    #[test]
    fn escapes_outside_classes_and_in_plain_classes_are_replaced() {
        assert_eq!(
            replace_escapes(r"a\w+\sb", WIDE),
            r"a[a-z\x{80}-\x{10FFFF}]+[ \n]b"
        );
        assert_eq!(
            replace_escapes(r"[\w.]", WIDE),
            r"[[a-z\x{80}-\x{10FFFF}].]"
        );
        assert_eq!(replace_escapes(r"\d\b\.", WIDE), r"\d\b\.");
    }

    #[test]
    fn complemented_classes_keep_the_exact_unicode_class() {
        // Widened there, `[^.\w]` would stop matching punctuation outside ASCII (`’`).
        assert_eq!(replace_escapes(r"x[^.\[\w]y", WIDE), r"x[^.\[\w]y");
        assert_eq!(replace_escapes(r"[a[^\s]]", WIDE), r"[a[^\s]]");
        assert_eq!(
            replace_escapes(r"[\w--\s]", WIDE),
            r"[[a-z\x{80}-\x{10FFFF}]--\s]"
        );
        // After the class closes, replacement resumes.
        assert_eq!(
            replace_escapes(r"[^\w]\w", WIDE),
            r"[^\w][a-z\x{80}-\x{10FFFF}]"
        );
        // A literal `]` first in a class and an ASCII class do not close it early.
        assert_eq!(
            replace_escapes(r"[^][:alpha:]\s]\s", WIDE),
            r"[^][:alpha:]\s][ \n]"
        );
    }

    #[test]
    fn the_rewritten_pattern_matches_what_the_unicode_one_matches() {
        let unicode = regex::Regex::new(r"os\.environ(?:$|[^.\[\w])").unwrap();
        let rewritten =
            regex::Regex::new(&replace_escapes(r"os\.environ(?:$|[^.\[\w])", WIDE)).unwrap();
        for text in [
            "os.environ’s",
            "os.environ—all",
            "os.environ",
            "os.environ x",
        ] {
            assert_eq!(unicode.is_match(text), rewritten.is_match(text), "{text}");
        }
    }
}
