//! Execution: running Cortex Code headlessly under supervision and reading its stream.
//!
//! `stream` turns stdout into typed events with bounded memory; `supervise` owns the child process
//! (process group, deadline, signals); `command` builds the exact command line and environment;
//! `outcome` folds events into what the run produced; `render` shows progress to people.

pub mod command;
pub mod outcome;
pub mod render;
pub mod stream;
pub mod supervise;
