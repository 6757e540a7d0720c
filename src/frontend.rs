//! The person's side of a run, on the terminal: the approval menu (deny is the default; any
//! prompt error is a deny), progress while Cortex works, the final answer and Cortex's stderr.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::plan::{Answer, Ask};
use cortex_route_policy::routing::Decision;
use cortex_route_runtime::exec::outcome::ToolCallSummary;
use cortex_route_runtime::exec::stream::bounded;
use cortex_route_runtime::pipeline::driver::Frontend;
use cortex_route_runtime::progress::Progress;

use crate::render::Renderer;
use crate::ui::Ui;

/// Lines of Cortex's stderr shown when it fails.
const STDERR_LINES_SHOWN: usize = 20;

/// [`Progress`] for commands that only warn.
impl Progress for Ui {
    fn warn(&self, message: &str) {
        Ui::warn(self, message);
    }
    fn verbose(&self, message: &str) {
        Ui::verbose(self, message);
    }
}

/// The terminal frontend of one run.
pub struct Terminal {
    ui: Ui,
    renderer: Renderer,
    /// `--non-interactive`: never ask here, even on a terminal.
    non_interactive: bool,
}

impl Terminal {
    pub fn new(ui: Ui, non_interactive: bool) -> Self {
        Terminal {
            ui,
            renderer: Renderer::new(ui),
            non_interactive,
        }
    }
}

impl Progress for Terminal {
    fn warn(&self, message: &str) {
        self.ui.warn(message);
    }
    fn verbose(&self, message: &str) {
        self.ui.verbose(message);
    }
}

impl Frontend for Terminal {
    fn person_here(&self) -> bool {
        !self.non_interactive && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    fn ask(&mut self, ask: &Ask, decision: &Decision, threshold: f64) -> Answer {
        ask_on_terminal(ask, decision, threshold)
    }

    fn text(&mut self, text: &str) {
        self.renderer.text(text);
    }

    fn tool_call(&mut self, call: &ToolCallSummary, elapsed: Duration) {
        self.renderer.tool_call(call, elapsed);
    }

    fn notice(&mut self, message: &str) {
        self.renderer.notice(message);
    }

    fn tick(&mut self, elapsed: Duration, quiet: Duration) {
        self.renderer.tick(elapsed, quiet);
    }

    fn finished(&mut self, result: Option<&str>, stderr_tail: &str, failed: bool) {
        self.renderer.finish();
        // The answer was streamed as it came; print the final result too unless it was the
        // last text.
        if !self.ui.json
            && let Some(result) = result
            && self.renderer.last_text.as_deref() != Some(result.trim())
            && !result.trim().is_empty()
        {
            let _ = writeln!(crate::ui::stdout(), "{}", result.trim_end());
        }
        if failed || self.ui.verbose > 0 {
            self.show_stderr(stderr_tail);
        }
    }
}

impl Terminal {
    /// Cortex's stderr (already redacted), last lines only.
    fn show_stderr(&self, text: &str) {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            return;
        }
        let from = lines.len().saturating_sub(STDERR_LINES_SHOWN);
        let mut err = std::io::stderr().lock();
        let more = if from > 0 { " (last lines)" } else { "" };
        let _ = writeln!(err, "{}", self.ui.dim(&format!("Cortex stderr{more}:")));
        for line in &lines[from..] {
            let _ = writeln!(err, "  {}", bounded(line, 500));
        }
    }
}

/// Ask on the terminal: approve, choose tools, or deny (the default). Errors count as deny.
fn ask_on_terminal(ask: &Ask, decision: &Decision, threshold: f64) -> Answer {
    use dialoguer::{MultiSelect, Select};

    let mut text = String::new();
    text.push_str("\nCortex Code wants to run\n");
    text.push_str(&format!("  envelope:   {}\n", ask.envelope));
    text.push_str(&format!(
        "  tools:      {}\n",
        if ask.predicted.is_empty() {
            "(none predicted)".to_string()
        } else {
            ask.predicted.join(", ")
        }
    ));
    text.push_str(&format!(
        "  confidence: {:.0}%\n",
        decision.confidence * 100.0
    ));
    if decision.confidence < threshold {
        text.push_str(&format!(
            "  WARNING: confidence is below the {:.0}% threshold; the tools may be incomplete\n",
            threshold * 100.0
        ));
    }
    if ask.envelope == Envelope::Deploy {
        text.push_str("  WARNING: DEPLOY can change production objects\n");
    }
    text.push_str(&format!("  blocked:    {}\n", ask.blocked.join(", ")));
    text.push_str(&format!("  why:        {}\n", decision.reason));
    eprint!("{text}");

    // Ctrl-C denies (and the run audits the denial) instead of killing the process with the
    // cursor hidden.
    let _interrupts = cortex_route_runtime::sys::ignore_interrupts();
    let choice = Select::new()
        .with_prompt("Approve?")
        .items(["Deny", "Approve these tools", "Choose tools..."])
        .default(0)
        .interact_opt();
    let _ = dialoguer::console::Term::stderr().show_cursor();
    match choice {
        Ok(Some(1)) => Answer::Approve(ask.predicted.clone()),
        Ok(Some(2)) => {
            let preselected: Vec<bool> = ask
                .offered
                .iter()
                .map(|c| {
                    ask.predicted
                        .iter()
                        .any(|t| cortex_route_policy::tools::same_tool(t, c))
                })
                .collect();
            let picked = MultiSelect::new()
                .with_prompt("Tools to allow (space toggles, enter confirms)")
                .items(&ask.offered)
                .defaults(&preselected)
                .interact_opt();
            let _ = dialoguer::console::Term::stderr().show_cursor();
            match picked {
                Ok(Some(indices)) if !indices.is_empty() => Answer::Approve(
                    indices
                        .into_iter()
                        .filter_map(|i| ask.offered.get(i).cloned())
                        .collect(),
                ),
                _ => Answer::Deny,
            }
        }
        _ => Answer::Deny,
    }
}
