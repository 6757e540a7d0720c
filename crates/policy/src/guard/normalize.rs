//! Views of a prompt for detection, with the usual disguises undone. The prompt itself is never
//! changed: these copies are only matched against, and a match is reported as the phrase it
//! found in the view.
//!
//! - [`Views::text`]: Unicode compatibility forms folded (NFKD: fullwidth, math alphanumerics,
//!   ligatures, circled letters), accents dropped (`ìgnöre`), invisible characters
//!   dropped (zero-width, bidi controls, variation selectors), Unicode tag characters decoded to
//!   the ASCII they smuggle, Cyrillic and Greek look-alikes folded to Latin in words that mix
//!   scripts or are made only of look-alikes, digits inside words read as letters (`1gn0re`),
//!   lowercased. Punctuation and line breaks are kept (role tags, `system:` turns).
//! - [`Views::words`]: `text` with apostrophes removed (`don't` → `dont`) and every other run of
//!   non-alphanumeric characters turned into one space: `ignore,  all_previous` → `ignore all
//!   previous`.
//! - [`Views::squashed`]: `words` without spaces, so spacing tricks (`i g n o r e`, `ig-nore`,
//!   `ign.ore`) read as the word they hide; [`Views::squashed_il`] also reads `l` as `i`.

use unicode_normalization::UnicodeNormalization;

use super::credentials::is_invisible;

/// The detection views of one prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Views {
    pub text: String,
    pub words: String,
    pub squashed: String,
    /// `squashed` with `l` read as `i`: leetspeak's `1` stands for either (`a11`, `1gnore`).
    pub squashed_il: String,
}

impl Views {
    pub fn of(input: &str) -> Views {
        let text = text_view(input);
        let words = words_view(&text);
        let squashed: String = words.chars().filter(|c| *c != ' ').collect();
        let squashed_il = squashed.replace('l', "i");
        Views {
            text,
            words,
            squashed,
            squashed_il,
        }
    }
}

fn text_view(input: &str) -> String {
    // 1. Decode tag characters, drop invisible ones; 2. compatibility-decompose and drop marks.
    let visible = input.chars().filter_map(|c| match c {
        '\u{e0020}'..='\u{e007e}' => char::from_u32(c as u32 - 0xe0000),
        c if is_hidden(c) => None,
        c => Some(c),
    });
    // Diacritics go (`ìgnöre`); other marks (kana voicing, Hangul jamo) are composed back.
    // ASCII is already in every normal form.
    let decomposed: Vec<char> = if input.is_ascii() {
        visible.collect()
    } else {
        visible.nfkd().filter(|c| !is_diacritic(*c)).nfc().collect()
    };
    // 3. Word by word: fold look-alikes and leetspeak, lowercase.
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    while i < decomposed.len() {
        if !is_word_char(decomposed[i]) {
            out.extend(decomposed[i].to_lowercase());
            i += 1;
            continue;
        }
        let start = i;
        while i < decomposed.len() && is_word_char(decomposed[i]) {
            i += 1;
        }
        push_word(&decomposed[start..i], &mut out);
    }
    out
}

/// Combining accents that decorate Latin, Greek and Cyrillic letters.
fn is_diacritic(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// Characters that render as nothing: zero-width and bidi controls, variation selectors, tag
/// delimiters, Hangul fillers.
fn is_hidden(c: char) -> bool {
    is_invisible(c)
        || matches!(
            c,
            '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{2065}'..='\u{2069}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e001f}'
                | '\u{e007f}'
                | '\u{e0100}'..='\u{e01ef}'
        )
}

/// Letters, digits, and the `@` / `$` / `!` that leetspeak puts inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '$' | '!')
}

fn push_word(word: &[char], out: &mut String) {
    let has_latin = word.iter().any(|c| c.is_ascii_alphabetic());
    let letters = word.iter().filter(|c| c.is_alphabetic()).count();
    let lookalikes = word.iter().filter(|c| lookalike(**c).is_some()).count();
    // Mixed scripts (`Іgnore`) or nothing but look-alikes (`рор`): fold. A Russian word with
    // letters that have no Latin twin stays Russian.
    let fold = lookalikes > 0 && (has_latin || lookalikes == letters);
    let has_letter = has_latin || letters > 0;
    let has_digit = word.iter().any(|c| c.is_ascii_digit());
    // Leetspeak only inside words that also have letters: `1gn0re` but not `2024`.
    let leet = has_letter && has_digit;
    for (k, &c) in word.iter().enumerate() {
        let c = if fold { lookalike(c).unwrap_or(c) } else { c };
        // A sigil at a word edge (`@stage`) or between capitals (`SYSTEM$CLUSTERING`) is not
        // a letter; inside a lowercase word (`pa$$word`, `p@ss`) it is.
        let sigil_is_letter = |k: usize| {
            k > 0
                && k + 1 < word.len()
                && (word[k - 1].is_lowercase() || word[k + 1].is_lowercase())
        };
        let c = match c {
            // `!gn0re`, `prev!ous`; but `Hello!` ends a sentence.
            '!' if word.get(k + 1).is_some_and(|n| n.is_alphabetic()) => 'i',
            '!' => {
                out.push(c);
                continue;
            }
            '@' | '$' if !sigil_is_letter(k) => {
                out.push(c);
                continue;
            }
            '@' => 'a',
            '$' => 's',
            '0' if leet => 'o',
            '1' if leet => 'i',
            '3' if leet => 'e',
            '4' if leet => 'a',
            '5' if leet => 's',
            '7' if leet => 't',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
}

/// The Latin letter a Cyrillic, Greek or other look-alike stands for.
fn lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'А' | 'α' | 'Α' => 'a',
        'в' | 'В' | 'β' | 'Β' | 'Ь' => 'b',
        'с' | 'С' | 'ϲ' | 'Ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'ё' | 'Ё' | 'ε' | 'Ε' => 'e',
        'ɡ' | 'ց' => 'g',
        'н' | 'Н' | 'һ' | 'Η' => 'h',
        'і' | 'І' | 'ї' | 'Ї' | 'ι' | 'Ι' | 'ı' | 'ɩ' | 'Ӏ' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'ӏ' | 'ǀ' => 'l',
        'м' | 'М' | 'Μ' => 'm',
        'ո' | 'Ν' | 'п' => 'n',
        'о' | 'О' | 'ο' | 'Ο' | 'օ' | 'σ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'г' => 'r',
        'ѕ' | 'Ѕ' => 's',
        'т' | 'Т' | 'τ' | 'Τ' => 't',
        'υ' | 'ս' | 'μ' => 'u',
        'ν' | 'ѵ' => 'v',
        'ԝ' | 'ω' | 'ш' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'γ' | 'Υ' | 'ү' => 'y',
        'Ζ' => 'z',
        _ => return None,
    })
}

fn words_view(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ') {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> String {
        Views::of(s).words
    }

    #[test]
    fn disguises_are_undone() {
        assert_eq!(words("ig\u{200b}nore prev\u{200b}ious"), "ignore previous");
        assert_eq!(words("Ｉｇｎｏｒｅ ａｌｌ"), "ignore all");
        assert_eq!(words("Іgnore аll рrevious"), "ignore all previous");
        assert_eq!(words("1gn0r3 4ll pr3v10us"), "ignore all previous");
        assert_eq!(words("!gn0re prev!ous, ok!"), "ignore previous ok");
        assert_eq!(words("ìgnörè"), "ignore");
        assert_eq!(words("𝐢𝐠𝐧𝐨𝐫𝐞"), "ignore");
        assert_eq!(words("IGNORE,   all_previous!"), "ignore all previous");
        assert_eq!(words("don't"), "dont");
        assert_eq!(Views::of("i g n o r e").squashed, "ignore");
        assert_eq!(Views::of("ig-nore ign.ore").squashed, "ignoreignore");
        // Tag characters smuggle ASCII.
        let smuggled: String = "hi"
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xe0000).expect("tag char"))
            .collect();
        assert_eq!(words(&format!("a{smuggled}")), "ahi");
    }

    #[test]
    fn ordinary_text_keeps_its_meaning() {
        assert_eq!(
            words("SYSTEM$CLUSTERING_INFORMATION"),
            "system clustering information"
        );
        assert_eq!(
            words("WHERE id = 1000 AND d = '2024-01-15'"),
            "where id 1000 and d 2024 01 15"
        );
        assert_eq!(words("@my_stage/path"), "my stage path");
        // A Russian word with letters that have no Latin twin is not folded.
        assert_eq!(words("игнорируй"), "игнорируи");
        assert_eq!(Views::of("<|im_start|>system").text, "<|im_start|>system");
    }
}
