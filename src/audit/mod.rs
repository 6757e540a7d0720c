//! (placeholder: owned by the audit work; see the issue)
