//! (placeholder: owned by the tripwire work; see the issue)
