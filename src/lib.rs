//! `cortex-route`: decide whether a request is Snowflake work, run Snowflake's Cortex Code CLI inside a
//! security envelope when it is, and keep a tamper-evident audit trail.
//!
//! The binary's own modules: the CLI ([`cli`]), one module per command ([`commands`]), the
//! terminal ([`ui`], [`render`], [`frontend`]) and the one mapping of errors to exit codes
//! ([`error`]). Decisions live in `cortex-route-policy`, I/O in `cortex-route-runtime`; both are
//! re-exported here for tests and benches.

pub mod app;
pub mod cli;
pub mod commands;
pub mod diagnostics;
pub mod error;
pub mod frontend;
pub mod render;
pub mod ui;

pub use cortex_route_policy as policy;
pub use cortex_route_runtime as runtime;
