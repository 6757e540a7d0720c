//! The one async runtime: a current-thread tokio runtime, built on first use, so commands that
//! never wait on a process or the network never start one.

use std::future::Future;
use std::sync::OnceLock;

static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();

/// Run `future` to completion on the shared runtime. The error is the runtime's own failure to
/// start (no file descriptors, no timer), not the future's.
pub fn block_on<F: Future>(future: F) -> std::io::Result<F::Output> {
    let runtime = match RUNTIME.get() {
        Some(rt) => rt,
        None => {
            let built = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            RUNTIME.get_or_init(|| built)
        }
    };
    Ok(runtime.block_on(future))
}
