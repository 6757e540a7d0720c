//! Prompt guards: what must never reach Cortex (credential paths, injection attempts) and what must
//! be removed before anything leaves the machine (PII and secrets).

pub mod credentials;
pub mod redact;

pub use redact::{Finding, FindingKind, Sanitized, finding_counts, redact};
