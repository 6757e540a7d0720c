//! Execution: running Cortex Code headlessly under supervision and reading its stream.
//!
//! `stream` turns stdout into typed events with bounded memory; `supervise` owns the child process
//! (process group, deadline, signals); `command` builds the exact command line and environment;
//! `outcome` folds events into what the run produced. Showing progress to people is the
//! binary's `render`.

pub mod capability;
pub mod command;
pub mod control;
pub mod gate;
pub mod outcome;
pub mod resolve;
pub mod stream;
pub mod supervise;
