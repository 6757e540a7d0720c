//! `run PROMPT` (and the bare form): the whole pipeline, performed by the runtime's driver; this
//! module turns the flags into a request and the report into output.

use std::io::Write;

use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::outcome::Status;
use cortex_route_runtime::audit::sink;
use cortex_route_runtime::exec::command;
use cortex_route_runtime::pipeline::driver::{
    self, ApprovalReport, ReportStatus, RunReport, RunRequest,
};

use super::Context;
use crate::cli::RunArgs;
use crate::error::{Error, Result};
use crate::frontend::Terminal;

pub fn run(ctx: &Context, args: &RunArgs, prompt: &[String]) -> Result<u8> {
    let request = RunRequest {
        prompt: super::read_prompt(prompt)?,
        envelope: args.envelope,
        connection: args.connection.clone(),
        timeout: args.timeout,
        context_file: args.context_file.clone(),
        no_sessions: args.no_sessions,
        dry_run: args.dry_run,
        approval_ticket: args.approval_ticket.clone(),
        disallowed_tools: args.disallowed_tools.clone(),
        resume: args.resume.clone(),
    };
    let mut front = Terminal::new(ctx.ui, args.non_interactive);
    let report = driver::run(&ctx.loaded, &request, &mut front)?;
    print_report(ctx, &report)?;
    ship_in_background(ctx);
    Ok(report.status.exit_code())
}

/// `security.audit_sink`: once the report is out, and when the last ship attempt is older than
/// `interval_seconds`, start `cortex-route audit ship --quiet` detached (a new session, no
/// terminal, nothing on stdio) with the same configuration flags. The run neither waits for
/// Snowflake nor changes its exit code, whatever happens to the ship.
fn ship_in_background(ctx: &Context) {
    if !sink::due(&ctx.loaded.settings) {
        return;
    }
    match super::spawn_detached(&ctx.opts, &["audit", "ship", "--quiet"]) {
        Ok(()) => ctx
            .ui
            .verbose("audit: shipping to Snowflake in the background"),
        Err(e) => ctx.ui.verbose(format!("audit ship not started: {e}")),
    }
}

/// `--json`: the one object on stdout. Otherwise a short summary on stderr (the answer itself
/// was streamed to stdout as it arrived).
fn print_report(ctx: &Context, report: &RunReport) -> Result<()> {
    if ctx.ui.json {
        let text = serde_json::to_string(report)
            .map_err(|e| Error::Internal(format!("cannot encode the report: {e}")))?;
        let mut out = crate::ui::stdout();
        writeln!(out, "{text}").map_err(|e| Error::io("<stdout>", e))?;
        return Ok(());
    }
    if let ReportStatus::DryRun = report.status {
        if let Some(argv) = &report.command {
            let mut out = crate::ui::stdout();
            writeln!(out, "{}", command::shell_words(argv))
                .map_err(|e| Error::io("<stdout>", e))?;
        }
        return Ok(());
    }
    if let Some(approval) = &report.approval {
        explain_ticket(approval);
    }
    let mut err = std::io::stderr().lock();
    let ui = &ctx.ui;
    let calls = report.cortex.as_ref().map_or(0, |c| c.tool_calls.len());
    let summary = match report.status {
        ReportStatus::Outcome(Status::Executed) => format!(
            "done in {} ({calls} tool call{}, {:.1}s)",
            report.envelope.map_or("-", Envelope::as_str),
            if calls == 1 { "" } else { "s" },
            report.duration_ms as f64 / 1000.0
        ),
        ReportStatus::Outcome(Status::RoutedToCodingAgent) => {
            format!("not Snowflake work: {}", report.reason)
        }
        ReportStatus::Outcome(Status::Blocked) => format!("blocked: {}", report.reason),
        ReportStatus::Outcome(Status::Tripped) => match &report.tripwire {
            Some(t) => format!(
                "stopped Cortex: {} broke `{}`: {}",
                t.tool, t.rule, t.detail
            ),
            None => "stopped Cortex".to_string(),
        },
        ReportStatus::Outcome(Status::AwaitingApproval) => "awaiting approval".to_string(),
        ReportStatus::Outcome(Status::Denied) => "denied: nothing was run".to_string(),
        ReportStatus::Outcome(Status::Failed) => "Cortex failed".to_string(),
        ReportStatus::Outcome(Status::TimedOut) => "Cortex timed out and was stopped".to_string(),
        ReportStatus::Outcome(Status::Interrupted) => "interrupted: Cortex was stopped".to_string(),
        ReportStatus::DryRun => return Ok(()),
    };
    let audit = report
        .audit_id
        .as_deref()
        .map(|id| format!(" [audit {id}]"))
        .unwrap_or_default();
    let _ = writeln!(
        err,
        "{}{}",
        ui.bold(&format!("cortex-route: {summary}")),
        ui.dim(&audit)
    );
    Ok(())
}

fn explain_ticket(report: &ApprovalReport) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "Approval needed ({}).\n  envelope: {}\n  tools:    {}\n  blocked:  {}\n  expires:  {}\nAsk the person to run this in their own terminal:\n\n    {}\n\nOnce they approved, run the same command again with --approval-ticket {}",
        report.reason,
        report.envelope,
        if report.tools.is_empty() {
            "(none predicted)".to_string()
        } else {
            report.tools.join(", ")
        },
        report.blocked.join(", "),
        report.expires_at,
        report.approve_command,
        report.ticket
    );
}
