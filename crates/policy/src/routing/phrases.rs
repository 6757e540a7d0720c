//! Phrase matching on tokens, cheap to build (the whole vocabulary in tens of microseconds, which
//! matters for a command that must finish in a millisecond or two).
//!
//! Text is split into tokens: runs of ASCII letters, digits and `_` are words; every other
//! non-space character is a token of its own. A phrase is tokenized the same way and matches a run
//! of equal tokens, so word boundaries come for free (`stage` does not match inside `staging`),
//! spacing around punctuation does not matter (`AT(OFFSET` = `at (offset`), and a phrase's last
//! word also matches its plural (`warehouse` matches `warehouses`).

use std::collections::HashMap;

/// `(byte offset, token)` pairs of ASCII-lowercased text.
pub fn tokenize(lower: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut chars = lower.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                if !is_word_char(next) {
                    break;
                }
                end = next_at + next.len_utf8();
                chars.next();
            }
            out.push((at, &lower[at..end]));
        } else {
            out.push((at, &lower[at..at + c.len_utf8()]));
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_word(token: &str) -> bool {
    token.chars().next().is_some_and(is_word_char)
}

/// A set of phrases, each with a value reported when it matches.
#[derive(Debug)]
pub struct PhraseSet<T> {
    /// Phrases by their first token: (the remaining tokens, value).
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T: Copy> PhraseSet<T> {
    /// Build from `(phrase, value)` pairs; phrases are lowercased. Empty phrases are skipped.
    pub fn new<'p>(phrases: impl IntoIterator<Item = (&'p str, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::new();
        for (phrase, value) in phrases {
            let lower = phrase.to_ascii_lowercase();
            let mut tokens = tokenize(&lower).into_iter().map(|(_, t)| t.to_string());
            let Some(first) = tokens.next() else { continue };
            by_first
                .entry(first)
                .or_default()
                .push((tokens.collect(), value));
        }
        PhraseSet { by_first }
    }

    /// Call `found(value, byte offset)` for every phrase occurrence in `tokens`.
    pub fn find(&self, tokens: &[(usize, &str)], mut found: impl FnMut(T, usize)) {
        for (i, &(at, token)) in tokens.iter().enumerate() {
            if let Some(candidates) = self.by_first.get(token) {
                for (rest, value) in candidates {
                    if matches_rest(rest, &tokens[i + 1..]) {
                        found(*value, at);
                    }
                }
            }
            // A one-word phrase in the plural: `warehouses` for `warehouse`.
            if let Some(singular) = token.strip_suffix('s')
                && is_word(token)
                && let Some(candidates) = self.by_first.get(singular)
            {
                for (rest, value) in candidates {
                    if rest.is_empty() {
                        found(*value, at);
                    }
                }
            }
        }
    }
}

/// The tokens after a phrase's first one; the last may be plural.
fn matches_rest(rest: &[String], tokens: &[(usize, &str)]) -> bool {
    if rest.len() > tokens.len() {
        return false;
    }
    rest.iter()
        .zip(tokens)
        .enumerate()
        .all(|(k, (want, &(_, got)))| {
            want == got
                || (k + 1 == rest.len()
                    && is_word(want)
                    && got.strip_suffix('s') == Some(want.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(phrases: &[&str], text: &str) -> Vec<(usize, usize)> {
        let set = PhraseSet::new(phrases.iter().enumerate().map(|(i, p)| (*p, i)));
        let lower = text.to_ascii_lowercase();
        let tokens = tokenize(&lower);
        let mut out = Vec::new();
        set.find(&tokens, |v, at| out.push((v, at)));
        out
    }

    #[test]
    fn words_match_on_boundaries_and_plurals() {
        assert_eq!(hits(&["stage"], "staging area"), []);
        assert_eq!(hits(&["stage"], "the stages"), [(0, 4)]);
        assert_eq!(hits(&["copy into"], "COPY  INTO t"), [(0, 0)]);
        assert_eq!(hits(&["copy into"], "copy intox"), []);
        assert_eq!(hits(&["show warehouse"], "SHOW WAREHOUSES;"), [(0, 0)]);
    }

    #[test]
    fn punctuation_is_its_own_token() {
        assert_eq!(hits(&["at(offset"], "x AT (OFFSET => -60)"), [(0, 2)]);
        assert_eq!(hits(&["system$"], "select system$wait(1)"), [(0, 7)]);
        assert_eq!(hits(&["pl/sql"], "Oracle PL/SQL"), [(0, 7)]);
        assert_eq!(
            hits(&["snowflake.cortex."], "SNOWFLAKE.CORTEX.COMPLETE"),
            [(0, 0)]
        );
        assert_eq!(hits(&["flatten("], "flatten"), []);
    }

    #[test]
    fn multibyte_text_is_fine() {
        assert_eq!(hits(&["warehouse"], "é warehouse ❄"), [(0, 3)]);
        assert_eq!(tokenize("❄x").len(), 2);
    }
}
