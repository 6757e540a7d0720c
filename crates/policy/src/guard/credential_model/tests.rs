//! Training the credential-prompt model from the in-repo corpora, and the tests that keep
//! `credential_model.bin` in step with them. The training is the injection model's (see
//! `injection/model/tests.rs`).
//!
//! Regenerate after a credential corpus (or the words view) changed:
//! `CORTEX_ROUTE_BLESS=1 cargo test --release -p cortex-route-policy --lib credential_model_is_current`

use super::{CLEAR_BELOW, CLEAR_QUIET_BELOW, FILE, probability};
use crate::guard::corpus;
use crate::guard::credential_prompt::{reads_file_contents, runs_a_command};
use crate::guard::injection::model::tests::{Case, bless_or_check, digest_for};
use crate::guard::normalize::Views;

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn cases() -> Vec<Case> {
    let case = |text: &str, attack| Case {
        words: Views::of(text).words,
        attack,
    };
    lines(corpus::CREDENTIAL_PROMPTS)
        .map(|t| case(t, true))
        .chain(lines(corpus::CREDENTIAL_BENIGN).map(|t| case(t, false)))
        .collect()
}

/// Reads or moves no file's contents and runs no command.
fn quiet(text: &str) -> bool {
    !reads_file_contents(text) && !runs_a_command(text)
}

fn digest(cases: &[Case]) -> [u8; 32] {
    digest_for(FILE.magic, CLEAR_BELOW + CLEAR_QUIET_BELOW, cases)
}

#[test]
fn credential_model_is_current() {
    let cases = cases();
    bless_or_check(
        &FILE,
        "src/guard/credential_model.bin",
        &cases,
        &digest(&cases),
        "credential_model_is_current",
    );
}

#[test]
fn credential_model_file_is_well_formed() {
    assert!(
        probability("print ~/.aws/credentials").is_some(),
        "credential_model.bin is malformed"
    );
}

/// A model without its weights or trained on shuffled labels would clear requests for contents;
/// this one clears no request in its training corpus and most of the prompts that only talk
/// about a credential.
#[test]
fn credential_model_separates_its_training_corpora() {
    let cleared = |text: &str| super::clears(text, quiet(text));
    let requests: Vec<&str> = lines(corpus::CREDENTIAL_PROMPTS).collect();
    let talk: Vec<&str> = lines(corpus::CREDENTIAL_BENIGN).collect();
    let wrongly: Vec<&&str> = requests.iter().filter(|t| cleared(t)).collect();
    assert!(
        wrongly.is_empty(),
        "the model would clear requests for contents: {wrongly:?}"
    );
    let right = talk.iter().filter(|t| cleared(t)).count();
    assert!(
        right * 2 >= talk.len(),
        "the model clears only {right} of {} prompts that talk about a credential",
        talk.len()
    );
}
