//! `cortex-route-policy`: every decision cortex-route makes, as pure functions.
//!
//! - [`envelope`] and [`tools`]: what an envelope allows, and the tool model.
//! - [`config`]: the configuration schema, values, defaults and the layering with its floor.
//! - [`guard`]: the prompt guards (credential paths, injection, redaction).
//! - [`shell_syntax`]: shell command text → the commands it runs and their run-time words;
//!   [`encoding`]: base64 and hex decoding shared by the guards and the shell reader.
//! - [`toolcall`]: the decision on one tool call, shared by the gate, the hook and the tripwire.
//! - [`routing`]: the offline classifier, forcing rules, envelope and tool proposal.
//! - [`outcome`]: how a run can end and why; [`plan`]: the approval a run needs and the next step.
//!
//! No file, process, network or signal I/O happens here (the runtime crate does that); the
//! crate forbids `unsafe`. Fuzz targets and benches of the decision logic depend on it alone.

#![forbid(unsafe_code)]

pub mod config;
pub mod encoding;
pub mod envelope;
pub mod guard;
pub mod outcome;
pub mod plan;
pub mod routing;
pub mod shell_syntax;
pub mod toolcall;
pub mod tools;
pub mod yaml;
