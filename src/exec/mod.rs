//! (placeholder: owned by the execution work; see issue 7)
