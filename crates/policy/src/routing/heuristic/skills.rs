//! Discovered Cortex skills' trigger phrases as evidence.

use std::borrow::Cow;

use super::{Evidence, prefix};
use crate::routing::SkillHint;
use crate::routing::lexicon::Group;
use crate::routing::phrases::PhraseSet;

/// At most this many triggers are matched, each at most this long.
const MAX_SKILL_TRIGGERS: usize = 1024;
const MAX_TRIGGER_BYTES: usize = 120;
const SKILL_TRIGGER_WEIGHT: f32 = 2.0;

/// Discovered Cortex skills say when they apply; a prompt that uses a skill's trigger phrase is
/// evidence for Cortex. Generic one-word triggers ("data", "sql") are ignored: they would route
/// everything.
pub(super) fn skill_trigger_evidence(
    tokens: &[(usize, &str)],
    skills: &[SkillHint],
) -> Vec<Evidence> {
    if skills.is_empty() {
        return Vec::new();
    }
    let triggers = skills
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.triggers.iter().map(move |t| (t.trim(), i)))
        .filter(|(t, _)| t.len() <= MAX_TRIGGER_BYTES && specific_enough(&t.to_ascii_lowercase()))
        .take(MAX_SKILL_TRIGGERS);
    let set = PhraseSet::new(triggers);
    let mut seen: Vec<usize> = Vec::new();
    set.find(tokens, |skill, _| {
        if !seen.contains(&skill) {
            seen.push(skill);
        }
    });
    seen.into_iter()
        .map(|i| Evidence {
            group: Group::Product,
            weight: SKILL_TRIGGER_WEIGHT,
            label: Cow::Owned(format!(
                "Cortex skill {}",
                prefix(skills[i].name.trim(), 48)
            )),
        })
        .collect()
}

/// Single common words are too generic to be triggers; phrases and rare words are fine.
fn specific_enough(trigger: &str) -> bool {
    const GENERIC: &[&str] = &[
        "data", "sql", "query", "queries", "table", "tables", "code", "file", "files", "help",
        "python", "script", "database", "analysis", "analyze", "report", "reports", "create",
        "build", "write", "run", "test", "tests", "use", "when", "user", "users", "model",
        "models", "app", "apps", "schema", "view", "views", "list", "show", "find", "search",
    ];
    let trimmed = trigger.trim();
    if trimmed.len() < 4 {
        return false;
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    match words.as_slice() {
        [] => false,
        [one] => !GENERIC.contains(one),
        _ => words.iter().any(|w| !GENERIC.contains(w) && w.len() > 2),
    }
}
