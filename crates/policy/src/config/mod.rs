//! Configuration as values: the file schema, the validated value types, the effective settings
//! with their secure defaults, and the layering with its security floor. Nothing here reads a
//! file; `cortex_route_runtime::config_files` finds, checks and reads them.
//!
//! The one exception to "no I/O" in this crate: a configured path (`~/…`, `$VAR`) is expanded
//! with the process environment when it is parsed, so that every layer sees the same path.

pub mod merge;
mod schema;
mod settings;
pub mod values;

pub use merge::{Layering, Mode, Origin, Sources, Warning, key_rules};
pub use schema::{
    AuditFile, AuditSinkFile, CortexFile, FileConfig, GateFile, HooksFile, RoutingFile,
    SecurityFile,
};
pub use settings::{
    Audit, AuditSink, Cortex, DEFAULT_CREDENTIAL_PATTERNS, Gate, Hooks, Routing, Security, Settings,
};
