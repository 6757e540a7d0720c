//! Structured diagnostics: a span per pipeline step with its duration, written by
//! `tracing-appender` to a daily file under the state folder, for when a run inside an agent goes
//! wrong and the final JSON is not enough.
//!
//! - Where: `$XDG_STATE_HOME/cortex-route/logs/` (else `~/.local/state/cortex-route/logs/`), one
//!   file per day (`cortex-route.log.YYYY-MM-DD`), the last [`KEEP_DAYS`] kept. The folder is
//!   0700 and the files 0600.
//! - How much: warnings only by default; `-v` adds step timings, `-vv` every gate decision;
//!   `CORTEX_ROUTE_LOG=error|warn|info|debug|trace|off` overrides both.
//! - What never: every line goes through the redactor before it reaches the file, so no prompt
//!   text, token or PAT is written even if a message quoted one.
//! - Cost: nothing is opened until the first line is written, so an ordinary `route` pays no file
//!   system work for logging.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

/// Days of logs kept.
pub const KEEP_DAYS: usize = 7;

/// The folder the log files are in (for `doctor`).
pub fn log_dir() -> Option<PathBuf> {
    let state = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| dirs::home_dir().map(|h| h.join(".local/state")))?;
    Some(state.join("cortex-route/logs"))
}

/// The level from `CORTEX_ROUTE_LOG`, else from `-v`.
pub fn level(verbose: u8) -> Option<tracing::Level> {
    match std::env::var("CORTEX_ROUTE_LOG")
        .ok()
        .map(|v| v.to_ascii_lowercase())
        .as_deref()
    {
        Some("off") => None,
        Some("error") => Some(tracing::Level::ERROR),
        Some("warn") => Some(tracing::Level::WARN),
        Some("info") => Some(tracing::Level::INFO),
        Some("debug") => Some(tracing::Level::DEBUG),
        Some("trace") => Some(tracing::Level::TRACE),
        _ => Some(match verbose {
            0 => tracing::Level::WARN,
            1 => tracing::Level::INFO,
            _ => tracing::Level::DEBUG,
        }),
    }
}

/// Install the subscriber. Logging problems never stop a command: without a log folder there is
/// simply no log.
pub fn init(verbose: u8) {
    let Some(level) = level(verbose) else {
        return;
    };
    let Some(dir) = log_dir() else {
        return;
    };
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_ansi(false)
        .with_target(false)
        .with_span_events(FmtSpan::CLOSE)
        .with_writer(LazyFile::new(dir))
        .finish();
    let _ = tracing::subscriber::set_global_default(subscriber);
}

/// Opens the daily file on the first write; redacts every line.
struct LazyFile {
    dir: PathBuf,
    file: OnceLock<Option<Mutex<tracing_appender::rolling::RollingFileAppender>>>,
}

impl LazyFile {
    fn new(dir: PathBuf) -> Self {
        LazyFile {
            dir,
            file: OnceLock::new(),
        }
    }

    fn open(&self) -> Option<Mutex<tracing_appender::rolling::RollingFileAppender>> {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)
            .ok()?;
        // The folder is ours alone whatever mode the appender gives its files.
        let _ = std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700));
        let appender = tracing_appender::rolling::RollingFileAppender::builder()
            .rotation(tracing_appender::rolling::Rotation::DAILY)
            .filename_prefix("cortex-route.log")
            .max_log_files(KEEP_DAYS)
            .build(&self.dir)
            .ok()?;
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            for entry in entries.flatten() {
                let _ =
                    std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600));
            }
        }
        Some(Mutex::new(appender))
    }
}

/// One formatted event: redacted, then appended.
struct Line<'a> {
    target: &'a LazyFile,
}

impl Write for Line<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let Some(file) = self.target.file.get_or_init(|| self.target.open()) else {
            return Ok(buf.len());
        };
        let text = String::from_utf8_lossy(buf);
        let redacted = cortex_route_policy::guard::redact(&text).text;
        if let Ok(mut f) = file.lock() {
            let _ = f.write_all(redacted.as_bytes());
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for LazyFile {
    type Writer = Line<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        Line { target: self }
    }
}
