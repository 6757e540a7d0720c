//! (placeholder: owned by the guard work; see the issue)
