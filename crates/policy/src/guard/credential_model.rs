//! The credential-prompt model: a second opinion on a prompt that names a credential file but
//! matched none of the question shapes in [`super::credential_prompt::asks_about_not_for`].
//!
//! That list of shapes keeps growing: every fresh held-out set brought new ways of talking
//! *about* a credential file (an error message that names it, a migration between two of them,
//! a check that a Dockerfile does not copy one) and blocked 4 to 10 of 35–40 such prompts. This
//! is the injection model's logistic regression over hashed character n-grams (see
//! [`super::injection::model`]), trained on `tests/data/credential_prompts.txt` (requests for a
//! credential's contents) against `tests/data/credential_benign.txt` (prompts that only talk
//! about one).
//!
//! It can only *clear* a prompt the rules would block, and only where it is confident: below
//! [`CLEAR_BELOW`] on its own, or below [`CLEAR_QUIET_BELOW`] when the prompt also has no verb
//! that reads or moves a file's contents and runs no command. It never clears a prompt whose
//! path was computed, encoded or spelled out in pieces (the caller checks), and when the model
//! file is malformed it clears nothing, so the rules' block stands.
//!
//! The weights are data (`credential_model.bin`), regenerated from the corpora by the test
//! `credential_model_is_current` (`CORTEX_ROUTE_BLESS=1`), which fails when a corpus changed and
//! the model was not retrained.

use super::injection::model::{ModelFile, score_with};
use super::normalize::Views;

/// `credential_model.bin`, in the injection model's file format under its own magic.
const FILE: ModelFile = ModelFile {
    magic: b"CRCM0001",
    bytes: include_bytes!("credential_model.bin"),
};

/// Below this probability of asking for a credential's contents, the model clears a prompt on
/// its own. Measured by training on the corpora without held-out sets 19–22 and scoring those
/// sets: no request for contents scored below 0.27 (165 of them), while 6 of the 9 legitimate
/// prompts that set 22's rules blocked, and 7 of the 10 of sets 20 and 21, scored below 0.1.
pub const CLEAR_BELOW: f32 = 0.1;
/// Below this, the model clears a prompt that also reads or moves no file's contents and runs no
/// command (the same measurement cleared one more prompt and no request for contents).
pub const CLEAR_QUIET_BELOW: f32 = 0.25;

/// The probability that `prompt` asks for a credential's contents, or `None` when the model file
/// is malformed.
pub fn probability(prompt: &str) -> Option<f32> {
    score_with(&FILE, &Views::of(prompt).words).map(|s| s.probability)
}

/// Whether the model clears `prompt`, given whether it reads or moves a file's contents or runs a
/// command (`quiet` when it does neither).
pub fn clears(prompt: &str, quiet: bool) -> bool {
    probability(prompt).is_some_and(|p| p < CLEAR_BELOW || (quiet && p < CLEAR_QUIET_BELOW))
}

#[cfg(test)]
mod tests;
