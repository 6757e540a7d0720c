//! What `cortex-route` learns about the user's Cortex before it routes or runs: the installed
//! skills (`discover`, cached signed) and summaries of recent Cortex sessions (`sessions`, and the
//! `# Recent Cortex work` section of an enriched prompt).

pub mod folders;
pub mod listing;
pub mod sessions;
pub mod skill_md;
pub mod skills;

pub use sessions::{SessionScan, SessionSummary, recent_sessions, session_dirs};
pub use skills::{Skill, fingerprint, routing_hints, skills_for_routing};
