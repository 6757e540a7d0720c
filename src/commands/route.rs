//! `route PROMPT`: pipeline steps 1–4 (settings, guards, route, envelope) and the decision, printed.
//! Nothing is executed and nothing is audited.
//!
//! Exit codes: 0 `cortex`, 6 `coding_agent`, 5 `blocked` (a guard, or an envelope outside
//! `security.allowed_envelopes`). `--json` prints exactly one object (DESIGN.md, *`--json`
//! output*); otherwise a short block for people.

use std::io::Write;

use cortex_route_policy::routing::{Decision, Route, apply_envelope};
use cortex_route_runtime::pipeline::{GuardOutcome, guard_prompt, route_prompt};

use super::Context;
use crate::cli::RouteCommand;
use crate::error::{Error, Result, code};

pub fn run(ctx: &Context, cmd: &RouteCommand) -> Result<u8> {
    let settings = &ctx.loaded.settings;
    let prompt = super::read_prompt(&cmd.prompt)?;

    // Step 2: guard the prompt. Everything after this line sees only the sanitized text.
    let sanitized = match guard_prompt(&settings.security, &prompt)? {
        GuardOutcome::Allowed { text, .. } => text,
        GuardOutcome::Blocked(blocked) => return finish(ctx, &blocked),
    };

    // Steps 3 and 4: route, then the envelope.
    let decision = route_prompt(&ctx.loaded, &sanitized, None, &ctx.ui)?;
    let decision = apply_envelope(decision, cmd.envelope, &settings.security.allowed_envelopes);
    finish(ctx, &decision)
}

/// Print the decision and map it to the exit code.
fn finish(ctx: &Context, decision: &Decision) -> Result<u8> {
    let mut out = crate::ui::stdout();
    let written = if ctx.ui.json {
        let text = serde_json::to_string(decision)
            .map_err(|e| Error::Internal(format!("cannot encode the decision: {e}")))?;
        writeln!(out, "{text}")
    } else {
        write!(out, "{}", human(ctx, decision))
    };
    written.map_err(|e| Error::io("<stdout>", e))?;
    Ok(exit_code(decision))
}

/// 0 for Cortex, 6 for the coding agent, 5 when blocked.
pub fn exit_code(decision: &Decision) -> u8 {
    match decision.route {
        Route::Cortex => code::OK,
        Route::CodingAgent => code::ROUTED_AWAY,
        Route::Blocked => code::BLOCKED,
    }
}

fn human(ctx: &Context, d: &Decision) -> String {
    let ui = &ctx.ui;
    let mut text = format!(
        "{:<10}{} {}\n",
        "route",
        ui.bold(d.route.as_str()),
        ui.dim(&format!("(confidence {:.2})", d.confidence))
    );
    if let Some(by) = d.blocked_by {
        let matched = d
            .matched
            .as_deref()
            .map(|m| format!(" ({m})"))
            .unwrap_or_default();
        text.push_str(&format!("{:<10}{by}{matched}\n", "blocked"));
    }
    let envelope = d.envelope.map_or("-", |e| e.as_str());
    text.push_str(&format!("{:<10}{envelope}\n", "envelope"));
    let tools = if d.tools.is_empty() {
        "-".to_string()
    } else {
        d.tools.join(", ")
    };
    text.push_str(&format!("{:<10}{tools}\n", "tools"));
    text.push_str(&format!("{:<10}{}\n", "source", d.source));
    if d.blocked_by.is_none()
        && let Some(m) = &d.matched
    {
        text.push_str(&format!("{:<10}{m}\n", "matched"));
    }
    text.push_str(&format!("{:<10}{}\n", "why", d.reason));
    text
}
