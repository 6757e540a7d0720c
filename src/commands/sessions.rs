//! `sessions [--limit N]`: summaries of the newest Cortex sessions, redacted when
//! `security.sanitize_session_files` is on.

use std::io::Write;

use serde::Serialize;

use super::Context;
use crate::error::{Result, code};
use cortex_route_runtime::discovery::sessions::{self, SessionFormat, SessionScan};

/// `sessions --json`.
#[derive(Debug, Serialize)]
struct Report<'a> {
    sessions: &'a [sessions::SessionSummary],
    skipped: &'a [sessions::SkippedFile],
    folders: Vec<String>,
    sanitized: bool,
}

pub fn run(ctx: &Context, limit: u16) -> Result<u8> {
    let ui = &ctx.ui;
    let sanitize = ctx.loaded.settings.security.sanitize_session_files;
    let identity = |text: &str| text.to_string();
    let redact = |text: &str| cortex_route_policy::guard::redact(text).text;
    let redactor: &dyn Fn(&str) -> String = if sanitize { &redact } else { &identity };

    let dirs = sessions::session_dirs();
    let scan: SessionScan = sessions::recent_sessions(&dirs, usize::from(limit), redactor);
    for skipped in &scan.skipped {
        ui.verbose(format!("skipped {}: {}", skipped.file, skipped.reason));
    }

    if ui.json {
        let report = Report {
            sessions: &scan.sessions,
            skipped: &scan.skipped,
            folders: dirs.iter().map(|d| d.display().to_string()).collect(),
            sanitized: sanitize,
        };
        let text = serde_json::to_string(&report)
            .map_err(|e| crate::error::Error::Internal(format!("encoding the report: {e}")))?;
        let _ = writeln!(crate::ui::stdout(), "{text}");
        return Ok(code::OK);
    }

    let mut out = crate::ui::stdout();
    if scan.sessions.is_empty() {
        let folders: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        let folders = if folders.is_empty() {
            vec!["(no folder: neither HOME nor SNOWFLAKE_HOME is set)".to_string()]
        } else {
            folders
        };
        let _ = writeln!(out, "no Cortex sessions found in {}", folders.join(" or "));
    }
    for (i, s) in scan.sessions.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(out);
        }
        let id = s.session_id.as_deref().unwrap_or("(no session id)");
        let title = s
            .title
            .as_deref()
            .map(|t| format!("  {}", first_line(t)))
            .unwrap_or_default();
        let _ = writeln!(out, "{}  {}{title}", ui.bold(&s.time), id);
        if let Some(request) = &s.last_request {
            let _ = writeln!(out, "  request: {}", first_line(request));
        }
        if !s.tools.is_empty() {
            let tools: Vec<String> = s
                .tools
                .iter()
                .map(|t| format!("{} ×{}", t.name, t.count))
                .collect();
            let _ = writeln!(out, "  tools:   {}", tools.join(", "));
        }
        let outcome = match &s.outcome {
            // Cortex's own history records no outcome; its last answer says how it went.
            None if s.format == SessionFormat::Conversation => {
                if let Some(answer) = &s.last_answer {
                    let _ = writeln!(out, "  answer:  {}", first_line(answer));
                }
                String::new()
            }
            None => "no result (interrupted, or still running)".to_string(),
            Some(o) => {
                let status = match (o.is_error, o.subtype.as_deref()) {
                    (Some(true), Some(sub)) => format!("error ({sub})"),
                    (Some(true), None) => "error".to_string(),
                    (_, Some(sub)) => sub.to_string(),
                    (_, None) => "finished".to_string(),
                };
                match &o.result {
                    Some(result) => format!("{status}: {}", first_line(result)),
                    None => status,
                }
            }
        };
        if !outcome.is_empty() {
            let _ = writeln!(out, "  outcome: {outcome}");
        }
        let place: Vec<&str> = [s.connection.as_deref(), s.working_directory.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !place.is_empty() {
            let _ = writeln!(out, "  where:   {}", place.join(" · "));
        }
        let partial = if s.partial {
            " (a large history: only its end was read)"
        } else {
            ""
        };
        let _ = writeln!(out, "  {}", ui.dim(&format!("{}{partial}", s.file)));
    }
    if !scan.skipped.is_empty() && ui.verbose == 0 {
        let _ = writeln!(
            out,
            "{}",
            ui.dim(&format!(
                "({} file(s) skipped; -v shows which and why)",
                scan.skipped.len()
            ))
        );
    }
    Ok(code::OK)
}

/// The first line, shortened for a one-line display.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    cortex_route_runtime::discovery::skill_md::truncate_chars(line, 160)
}
