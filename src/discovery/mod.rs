//! (placeholder: owned by the discovery work; see the issue)
