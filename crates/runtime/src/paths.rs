//! Where cortex-route and Cortex keep things on this machine, from the environment.

use std::path::PathBuf;

/// The home directory (`HOME`), if known.
pub fn home() -> Option<PathBuf> {
    dirs::home_dir()
}

/// Where the per-user HMAC key of the signed cache lives (0600, created on first use):
/// `$XDG_DATA_HOME/cortex-route`, i.e. `~/.local/share/cortex-route`.
pub fn data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("cortex-route"))
}
