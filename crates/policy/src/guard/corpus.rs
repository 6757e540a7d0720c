//! The in-repo corpora (`tests/data/*.txt`) for the guards' unit and property tests, parsed the
//! way `tests/guard_corpus.rs` parses them: one case per line, `#!` lines are comments (a line
//! that starts with `#` alone is a case), `\n`, `\t` and `\u{XXXX}` escapes decoded.

#[cfg(test)]
pub const INJECTION_ATTACKS: &str = include_str!("../../../../tests/data/injection_attacks.txt");
#[cfg(test)]
pub const INJECTION_BENIGN: &str = include_str!("../../../../tests/data/injection_benign.txt");
#[cfg(test)]
pub const SECRETS: &str = include_str!("../../../../tests/data/secrets.txt");
#[cfg(test)]
pub const ANALYTICS: &str = include_str!("../../../../tests/data/analytics.txt");
/// `#` starts a comment line here (no prompt in it starts with one).
#[cfg(test)]
pub const CREDENTIAL_BENIGN: &str = include_str!("../../../../tests/data/credential_benign.txt");
pub const CREDENTIAL_PROMPTS: &str = include_str!("../../../../tests/data/credential_prompts.txt");
/// Ordinary work prompts (no attack, no credential), one per line.
#[cfg(test)]
pub const ORDINARY_PROMPTS: &str = include_str!("../../../../tests/data/ordinary_prompts.txt");
/// JSON lines with a `prompt` each.
#[cfg(test)]
pub const ROUTING_SET: &str = include_str!("../../../../tests/data/routing_set.jsonl");

/// The cases of one corpus file.
pub fn cases(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("#!"))
        .map(unescape)
        .collect()
}

#[cfg(test)]
/// `secret ::: text` pairs of `secrets.txt`.
pub fn secrets() -> Vec<(String, String)> {
    cases(SECRETS)
        .into_iter()
        .filter_map(|l| {
            let (secret, text) = l.split_once(" ::: ")?;
            Some((secret.to_string(), text.to_string()))
        })
        .collect()
}

fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('u') if chars.peek() == Some(&'{') => {
                chars.next();
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => panic!("bad \\u{{{hex}}} escape in a corpus line: {line}"),
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[test]
fn comments_are_only_hash_bang_lines() {
    let cases = cases("#! a comment\n### SYSTEM: x\n\n# SYSTEM OVERRIDE\\nAll\nplain\\u{41}\n");
    assert_eq!(cases, ["### SYSTEM: x", "# SYSTEM OVERRIDE\nAll", "plainA"]);
}
