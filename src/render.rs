//! Showing a run while it happens, so neither people nor agents think it hung.
//!
//! People: assistant text on stdout as it arrives, one dim line per tool call on stderr, and during
//! long silences a spinner with the elapsed time (on a terminal) or a heartbeat line every
//! [`HEARTBEAT_EVERY`] (otherwise). `--json`: stdout is kept for the one final object; stderr gets
//! one JSON progress line per tool call and a periodic heartbeat line.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use crate::ui::Ui;

use cortex_route_runtime::exec::outcome::ToolCallSummary;

/// Silence longer than this shows the spinner / heartbeat.
pub const QUIET_AFTER: Duration = Duration::from_secs(3);
/// Heartbeat interval when stderr is not a terminal (and in `--json` mode).
pub const HEARTBEAT_EVERY: Duration = Duration::from_secs(10);
const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// Progress output for one run.
pub struct Renderer {
    ui: Ui,
    tty: bool,
    spinner_shown: bool,
    frame: usize,
    last_heartbeat: Duration,
    /// The last assistant text printed, to avoid printing the final result twice.
    pub last_text: Option<String>,
    pub printed_text: bool,
}

impl Renderer {
    pub fn new(ui: Ui) -> Self {
        Renderer {
            ui,
            tty: std::io::stderr().is_terminal(),
            spinner_shown: false,
            frame: 0,
            last_heartbeat: Duration::ZERO,
            last_text: None,
            printed_text: false,
        }
    }

    fn clear_spinner(&mut self) {
        if self.spinner_shown {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            self.spinner_shown = false;
        }
    }

    /// Assistant text, as it arrives.
    pub fn text(&mut self, text: &str) {
        if self.ui.json {
            return;
        }
        self.clear_spinner();
        let mut out = crate::ui::stdout();
        let _ = writeln!(out, "{}", text.trim_end());
        let _ = out.flush();
        self.last_text = Some(text.trim().to_string());
        self.printed_text = true;
    }

    /// A tool call, as it is announced.
    pub fn tool_call(&mut self, call: &ToolCallSummary, elapsed: Duration) {
        if self.ui.json {
            let line = serde_json::json!({
                "progress": "tool_call",
                "elapsed_ms": elapsed.as_millis() as u64,
                "tool": call.name,
                "summary": call.summary,
            });
            let _ = writeln!(std::io::stderr(), "{line}");
            return;
        }
        self.clear_spinner();
        let text = format!("  → {}: {}", call.name, call.summary);
        let _ = writeln!(std::io::stderr(), "{}", self.ui.dim(&text));
    }

    /// A notice that is not part of the answer (skipped lines, shutdown).
    pub fn notice(&mut self, message: &str) {
        self.clear_spinner();
        if self.ui.json {
            let line = serde_json::json!({"progress": "notice", "message": message});
            let _ = writeln!(std::io::stderr(), "{line}");
        } else {
            self.ui.warn(message);
        }
    }

    /// Called about once a second.
    pub fn tick(&mut self, elapsed: Duration, quiet: Duration) {
        let secs = elapsed.as_secs();
        if self.ui.json {
            if elapsed >= self.last_heartbeat + HEARTBEAT_EVERY {
                self.last_heartbeat = elapsed;
                let line = serde_json::json!({"progress": "heartbeat", "elapsed_ms": elapsed.as_millis() as u64});
                let _ = writeln!(std::io::stderr(), "{line}");
            }
            return;
        }
        if quiet < QUIET_AFTER {
            return;
        }
        if self.tty {
            self.frame = (self.frame + 1) % SPINNER.len();
            let _ = write!(
                std::io::stderr(),
                "\r\x1b[2K{} Cortex is working… {secs}s",
                SPINNER[self.frame]
            );
            self.spinner_shown = true;
        } else if elapsed >= self.last_heartbeat + HEARTBEAT_EVERY {
            self.last_heartbeat = elapsed;
            let _ = writeln!(std::io::stderr(), "… Cortex is still working ({secs}s)");
        }
    }

    /// End of the stream: leave the terminal clean.
    pub fn finish(&mut self) {
        self.clear_spinner();
    }
}
