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

/// Snowflake's per-user folder: `$SNOWFLAKE_HOME` when set (it moves connections, Cortex's
/// settings, skills and conversations together — public notes on Cortex Code 1.1.x), else
/// `~/.snowflake`.
pub fn snowflake_dir() -> Option<PathBuf> {
    snowflake_dir_in(
        std::env::var_os("SNOWFLAKE_HOME").map(PathBuf::from),
        home(),
    )
}

/// [`snowflake_dir`] from explicit inputs (an empty `SNOWFLAKE_HOME` counts as unset).
pub fn snowflake_dir_in(snowflake_home: Option<PathBuf>, home: Option<PathBuf>) -> Option<PathBuf> {
    snowflake_home
        .filter(|p| !p.as_os_str().is_empty())
        .or_else(|| home.map(|h| h.join(".snowflake")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowflake_home_moves_the_folder() {
        let home = Some(PathBuf::from("/h"));
        assert_eq!(
            snowflake_dir_in(None, home.clone()),
            Some(PathBuf::from("/h/.snowflake"))
        );
        assert_eq!(
            snowflake_dir_in(Some(PathBuf::from("")), home.clone()),
            Some(PathBuf::from("/h/.snowflake"))
        );
        assert_eq!(
            snowflake_dir_in(Some(PathBuf::from("/sf")), home),
            Some(PathBuf::from("/sf"))
        );
        assert_eq!(snowflake_dir_in(None, None), None);
    }
}
