//! Routing with I/O: the order in which forcing rules, the LLM classifier on Cortex's REST API,
//! the signed decision cache and the offline heuristic are consulted (`router`), the PAT and
//! account URL (`credentials`), the HTTP call (`llm`) and the cache (`decision_cache`). The
//! decisions themselves are `cortex_route_policy::routing`.

pub mod credentials;
pub mod decision_cache;
pub mod llm;
mod router;

pub use router::{Environment, Inputs, decide};
