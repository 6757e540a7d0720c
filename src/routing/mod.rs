//! (placeholder: owned by the routing work; see the issue)
