//! The `run` pipeline: guard, route, envelope, approval, enrich, execute, audit (DESIGN *Pipeline*).

pub mod approval;
pub mod plan;
pub mod enrich;
