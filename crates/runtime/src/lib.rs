//! `cortex-route-runtime`: everything that touches the world, on behalf of the pure policy crate.
//!
//! - [`exec`]: the Cortex command line, process supervision, the stream reader.
//! - [`audit`]: the hash-chained audit log.
//! - [`cache`]: the signed per-user cache (skills, decisions, approval tickets).
//! - [`discovery`]: Cortex skills and sessions on disk.
//! - [`classifier`]: the LLM classifier call and the routing order.
//! - [`config_files`]: finding, checking and reading configuration files.
//! - [`pipeline`]: the driver that performs the planner's steps, tickets and enrichment.
//! - [`hooks`]: the hook commands Claude Code and Cortex run, and our entries in their settings.
//! - [`json_file`], [`agents`]: other programs' JSON settings files, edited in place.
//! - [`http`]: helpers shared by the HTTP clients.
//! - [`proc`]: short bounded child processes; [`sys`]: the only `unsafe`; [`rt`]: the one async
//!   runtime.

pub mod agents;
pub mod audit;
pub mod cache;
pub mod classifier;
pub mod config_files;
pub mod discovery;
pub mod exec;
pub mod hooks;
pub mod http;
pub mod json_file;
pub mod paths;
pub mod pipeline;
pub mod proc;
pub mod progress;
pub mod rt;
pub mod sys;
