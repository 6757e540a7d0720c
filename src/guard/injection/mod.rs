//! Prompt-injection detection: the built-in rules in [`rules`] plus the organization's
//! `security.injection_patterns`, matched against normalized views of the prompt (see
//! [`crate::guard::normalize`]) so that zero-width characters, homoglyphs, fullwidth letters,
//! leetspeak and odd spacing do not hide an attack. Base64 blobs in the prompt are decoded and
//! checked too.
//!
//! Compiled once: the built-in rules per process, the organization's patterns per
//! [`InjectionDetector`].

pub mod rules;

use std::sync::OnceLock;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use super::normalize::Views;
use crate::config::values::RegexPattern;
use rules::{RULES, Rule, VOCABULARY, View};

/// Longest phrase reported in a block (characters).
const MAX_PHRASE_CHARS: usize = 80;
/// Base64 blobs decoded per prompt, and the longest one decoded.
const MAX_DECODED_BLOBS: usize = 32;
const MAX_BLOB_BYTES: usize = 16 * 1024;
/// Shorter blobs are too often ordinary identifiers.
const MIN_BLOB_BYTES: usize = 16;

/// Why an injection pattern could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum InjectionPatternError {
    #[error("security.injection_patterns[{index}] `{pattern}` cannot be compiled: {source}")]
    Custom {
        index: usize,
        pattern: String,
        #[source]
        source: regex::Error,
    },
    #[error("built-in injection rules cannot be compiled: {0}")]
    Builtin(String),
}

/// An injection attempt found in a prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InjectionHit {
    /// The rule id (`override-earlier-instructions`), or `injection_patterns[N]` for an
    /// organization rule; `+base64` when found inside a decoded blob.
    pub rule: String,
    /// What the rule says it catches.
    pub description: String,
    /// The matched phrase as normalized (bounded, and redacted so it never carries a secret).
    pub phrase: String,
}

/// The compiled rules.
#[derive(Debug)]
pub struct InjectionDetector {
    builtin: &'static Builtin,
    custom: Vec<(usize, Regex)>,
}

impl InjectionDetector {
    /// Compile the organization's patterns (case-insensitive, like every configured pattern)
    /// next to the built-in rules.
    pub fn new(custom: &[RegexPattern]) -> Result<Self, InjectionPatternError> {
        let builtin = builtin().map_err(InjectionPatternError::Builtin)?;
        let custom = custom
            .iter()
            .enumerate()
            .map(|(index, p)| {
                RegexBuilder::new(p.as_str())
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                    .map(|re| (index, re))
                    .map_err(|source| InjectionPatternError::Custom {
                        index,
                        pattern: p.as_str().to_string(),
                        source,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(InjectionDetector { builtin, custom })
    }

    /// The first injection attempt in `prompt`, if any.
    pub fn detect(&self, prompt: &str) -> Option<InjectionHit> {
        let views = Views::of(prompt);
        if let Some(hit) = self.builtin.detect(&views) {
            return Some(hit);
        }
        for (index, re) in &self.custom {
            for haystack in [prompt, views.text.as_str(), views.words.as_str()] {
                if let Some(m) = re.find(haystack) {
                    return Some(InjectionHit {
                        rule: format!("injection_patterns[{index}]"),
                        description: "matches a pattern in security.injection_patterns".into(),
                        phrase: phrase(m.as_str()),
                    });
                }
            }
        }
        for blob in base64_blobs(prompt) {
            if let Some(mut hit) = self.builtin.detect(&Views::of(&blob)) {
                hit.rule.push_str("+base64");
                return Some(hit);
            }
        }
        None
    }
}

/// One built-in rule, compiled for the views it reads.
#[derive(Debug)]
struct CompiledRule {
    rule: &'static Rule,
    text: Option<Regex>,
    words: Option<Regex>,
    squashed: Option<Regex>,
    squashed_il: Option<Regex>,
    unless_words: Option<Regex>,
    unless_squashed: Option<Regex>,
    unless_squashed_il: Option<Regex>,
}

/// The rules of one view in one set (a single pass over the view), and the rule each set entry
/// belongs to.
type ViewSet = (RegexSet, Vec<usize>);

#[derive(Debug)]
struct Builtin {
    rules: Vec<CompiledRule>,
    text_set: ViewSet,
    words_set: ViewSet,
    squashed_set: ViewSet,
    squashed_il_set: ViewSet,
}

fn builtin() -> Result<&'static Builtin, String> {
    static BUILTIN: OnceLock<Result<Builtin, String>> = OnceLock::new();
    BUILTIN
        .get_or_init(compile_builtin)
        .as_ref()
        .map_err(Clone::clone)
}

fn compile_builtin() -> Result<Builtin, String> {
    let mut rules = Vec::new();
    let mut sets: [(Vec<String>, Vec<usize>); 4] = Default::default();
    for (i, rule) in RULES.iter().enumerate() {
        let expanded = expand(rule.pattern)?;
        let unless = rule.unless_after.map(expand).transpose()?;
        let mut compiled = CompiledRule {
            rule,
            text: None,
            words: None,
            squashed: None,
            squashed_il: None,
            unless_words: None,
            unless_squashed: None,
            unless_squashed_il: None,
        };
        match rule.view {
            View::Text => {
                compiled.text = Some(build(rule.id, &expanded)?);
                sets[0].0.push(expanded.clone());
                sets[0].1.push(i);
            }
            View::Words | View::WordsAndSquashed => {
                let words = format!("(?:^| )(?:{expanded})(?: |$)");
                compiled.words = Some(build(rule.id, &words)?);
                compiled.unless_words = unless
                    .as_deref()
                    .map(|u| build(rule.id, &format!("^(?:{u})(?: |$)")))
                    .transpose()?;
                sets[1].0.push(words);
                sets[1].1.push(i);
                if rule.view == View::WordsAndSquashed {
                    let squashed = squash(&expanded);
                    compiled.squashed = Some(build(rule.id, &squashed)?);
                    compiled.unless_squashed = unless
                        .as_deref()
                        .map(|u| build(rule.id, &format!("^(?:{})", squash(u))))
                        .transpose()?;
                    // Word patterns hold no regex escapes, so `l` only ever means the letter.
                    let squashed_il = squashed.replace('l', "i");
                    compiled.squashed_il = Some(build(rule.id, &squashed_il)?);
                    compiled.unless_squashed_il = unless
                        .as_deref()
                        .map(|u| build(rule.id, &format!("^(?:{})", squash(u).replace('l', "i"))))
                        .transpose()?;
                    sets[2].0.push(squashed);
                    sets[2].1.push(i);
                    sets[3].0.push(squashed_il);
                    sets[3].1.push(i);
                }
            }
        }
        rules.push(compiled);
    }
    let [text, words, squashed, squashed_il] = sets;
    Ok(Builtin {
        rules,
        text_set: (build_set(&text.0)?, text.1),
        words_set: (build_set(&words.0)?, words.1),
        squashed_set: (build_set(&squashed.0)?, squashed.1),
        squashed_il_set: (build_set(&squashed_il.0)?, squashed_il.1),
    })
}

fn build(id: &str, pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .size_limit(32 << 20)
        .dfa_size_limit(32 << 20)
        .build()
        .map_err(|e| format!("rule {id}: {e}"))
}

fn build_set(patterns: &[String]) -> Result<RegexSet, String> {
    RegexSetBuilder::new(patterns)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .map_err(|e| e.to_string())
}

/// Replace `@name` with `(?:…)` from [`VOCABULARY`].
fn expand(pattern: &str) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() * 4);
    let mut rest = pattern;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let len = tail
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(tail.len());
        let name = &tail[..len];
        let words = VOCABULARY
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, w)| *w)
            .ok_or_else(|| format!("unknown word list @{name}"))?;
        out.push_str("(?:");
        out.push_str(words);
        out.push(')');
        rest = &tail[len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The squashed-view form of a words pattern: the same words with no spaces between them.
fn squash(pattern: &str) -> String {
    pattern.chars().filter(|c| *c != ' ').collect()
}

impl Builtin {
    fn detect(&self, views: &Views) -> Option<InjectionHit> {
        let passes: [(&ViewSet, &str, Pick); 4] = [
            (&self.words_set, &views.words, Pick::Words),
            (&self.squashed_set, &views.squashed, Pick::Squashed),
            (&self.squashed_il_set, &views.squashed_il, Pick::SquashedIl),
            (&self.text_set, &views.text, Pick::Text),
        ];
        for ((set, owners), haystack, pick) in passes {
            for index in set.matches(haystack).iter() {
                let rule = &self.rules[owners[index]];
                if let Some(found) = rule.find(haystack, pick) {
                    return Some(InjectionHit {
                        rule: rule.rule.id.to_string(),
                        description: rule.rule.description.to_string(),
                        phrase: phrase(found),
                    });
                }
            }
        }
        None
    }
}

#[derive(Debug, Clone, Copy)]
enum Pick {
    Text,
    Words,
    Squashed,
    SquashedIl,
}

impl CompiledRule {
    /// The first match in `haystack` that is not cancelled by what follows it.
    fn find<'h>(&self, haystack: &'h str, pick: Pick) -> Option<&'h str> {
        let (re, unless) = match pick {
            Pick::Text => (self.text.as_ref()?, None),
            Pick::Words => (self.words.as_ref()?, self.unless_words.as_ref()),
            Pick::Squashed => (self.squashed.as_ref()?, self.unless_squashed.as_ref()),
            Pick::SquashedIl => (self.squashed_il.as_ref()?, self.unless_squashed_il.as_ref()),
        };
        re.find_iter(haystack)
            .find(|m| unless.is_none_or(|u| !u.is_match(&haystack[m.end()..])))
            .map(|m| m.as_str())
    }
}

/// A matched phrase fit to print: trimmed, bounded, and redacted.
fn phrase(matched: &str) -> String {
    let trimmed: String = matched.trim().chars().take(MAX_PHRASE_CHARS).collect();
    super::redact::redact(&trimmed).text
}

/// Decoded base64 blobs in `prompt` that read as text.
fn base64_blobs(prompt: &str) -> Vec<String> {
    let is_b64 = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '-' | '_' | '=');
    prompt
        .split(|c: char| !is_b64(c))
        .filter(|t| (MIN_BLOB_BYTES..=MAX_BLOB_BYTES).contains(&t.len()))
        .filter_map(decode_base64)
        .filter(|text| looks_like_text(text))
        .take(MAX_DECODED_BLOBS)
        .collect()
}

/// Standard or URL-safe base64, padding optional.
fn decode_base64(token: &str) -> Option<String> {
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

fn looks_like_text(text: &str) -> bool {
    let total = text.chars().count();
    let readable = text
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || c.is_ascii_punctuation())
        .count();
    let spaces = text.chars().filter(|c| *c == ' ').count();
    total >= 8 && readable * 100 >= total * 90 && spaces >= 1
}

#[cfg(test)]
mod tests;
