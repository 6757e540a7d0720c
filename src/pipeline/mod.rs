//! The `run` pipeline: guard, route, envelope, approval, enrich, execute, audit (DESIGN *Pipeline*).

pub mod approval;
pub mod enrich;
pub mod plan;
pub mod run;
