//! `cortex-route`: decide whether a request is Snowflake work, run Snowflake's Cortex Code CLI inside a
//! security envelope when it is, and keep a tamper-evident audit trail.
//!
//! `main.rs` only parses flags and calls [`app::main`]; everything else lives in these modules so
//! tests can reach it.

pub mod app;
pub mod audit;
pub mod cache;
pub mod cli;
pub mod commands;
pub mod config;
pub mod discovery;
pub mod envelope;
pub mod error;
pub mod exec;
pub mod guard;
pub mod pipeline;
pub mod proc;
pub mod routing;
pub mod tools;
pub mod tripwire;
pub mod ui;
pub mod yaml;
