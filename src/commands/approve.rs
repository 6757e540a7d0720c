//! `approve ID`: the person's step for an approval ticket. Shows what would run — the start of
//! the prompt and its digest, envelope, tools, connection, what stays blocked, the protocol and
//! the expiry — and asks Approve or Deny, Deny being the default (Esc and Ctrl-C deny too).
//!
//! It needs a terminal on stdin and stdout: the caller that got exit 3 must not be able to
//! approve its own request by running a command. Under `security.ticket_approval: agent_ui` it
//! may run without one, when the agent asks the person first through its own permission prompt
//! (Claude Code's "ask" rule for `cortex-route approve`, which `install.sh --agent claude` adds).
//! A process running as the user can forge a terminal: this makes self-approval deliberate and
//! visible in the audit trail, not impossible.
//!
//! Exit codes: 0 approved, 4 denied, 2 when it cannot ask (no terminal, unknown ticket).

use std::io::{IsTerminal, Write};

use cortex_route_policy::config::values::TicketApproval;
use cortex_route_policy::outcome::ApprovedBy;
use cortex_route_runtime::audit::{self, AuditLog, Record};
use cortex_route_runtime::cache::Cache;
use cortex_route_runtime::pipeline::tickets::{self, Approval, Ticket};

use super::Context;
use crate::error::{Error, Result, code};

pub fn run(ctx: &Context, id: &str) -> Result<u8> {
    let security = &ctx.loaded.settings.security;
    let cache = Cache::from_settings(security)
        .map_err(|e| Error::Internal(format!("cannot open the ticket store: {e}")))?;
    let ticket = tickets::load(&cache, id).map_err(|e| Error::Usage(e.to_string()))?;
    if ticket.approved.is_some() {
        writeln!(
            crate::ui::stdout(),
            "ticket {id} is already approved; it runs with `--approval-ticket {id}`"
        )
        .map_err(|e| Error::io("<stdout>", e))?;
        return Ok(code::OK);
    }
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let via = match (security.ticket_approval, terminal) {
        (_, true) => "terminal",
        (TicketApproval::Terminal, false) => {
            return Err(Error::Usage(format!(
                "`cortex-route approve` needs a person at a terminal (stdin and stdout must be a terminal)\n  fix: ask the person to run `cortex-route approve {id}` in their own terminal"
            )));
        }
        (TicketApproval::AgentUi, false) => {
            let rule = cortex_route_runtime::agents::claude_settings_path()
                .is_some_and(|p| cortex_route_runtime::agents::has_approve_ask_rule(&p));
            if !rule {
                return Err(Error::Usage(format!(
                    "`security.ticket_approval: agent_ui` needs the agent to ask the person first, and ~/.claude/settings.json has no \"ask\" rule for `cortex-route approve`\n  fix: run `./install.sh --agent claude` (it adds the rule), or ask the person to run `cortex-route approve {id}` in a terminal"
                )));
            }
            "agent_ui"
        }
    };

    show(&ticket);
    let approved = if terminal {
        ask()
    } else {
        // The agent's permission prompt asked the person before this command could run.
        true
    };
    let log = AuditLog::from_settings(security);
    let (user, _) = cortex_route_runtime::audit::current_user();
    if !approved {
        tickets::discard(&cache, id).map_err(|e| Error::Internal(e.to_string()))?;
        audit_answer(&log, &ticket, audit::Event::TicketDenied, via, ctx);
        eprintln!("denied: ticket {id} is discarded and nothing runs");
        return Ok(code::DENIED);
    }
    let approval = Approval {
        via: via.to_string(),
        at: jiff_now(),
        user,
    };
    tickets::approve(&cache, id, approval).map_err(|e| Error::Usage(e.to_string()))?;
    audit_answer(&log, &ticket, audit::Event::TicketApproved, via, ctx);
    writeln!(
        crate::ui::stdout(),
        "approved: the same run with `--approval-ticket {id}` runs exactly this, once, until {}",
        ticket.expires_at
    )
    .map_err(|e| Error::io("<stdout>", e))?;
    Ok(code::OK)
}

fn jiff_now() -> String {
    cortex_route_runtime::audit::now_rfc3339()
}

/// What the person is approving, on stderr (stdout stays for the result line).
fn show(t: &Ticket) {
    let list = |items: &[String]| {
        if items.is_empty() {
            "(none)".to_string()
        } else {
            items.join(", ")
        }
    };
    eprintln!(
        "\nApproval ticket {}\n  request:    {}\n  digest:     sha256 {}\n  envelope:   {}\n  tools:      {}\n  connection: {}\n  blocked:    {}\n  context:    {}\n  session:    {}\n  runs in:    {} mode\n  expires:    {}\n",
        t.ticket,
        t.prompt_first_line,
        t.bound.prompt_sha256,
        t.envelope,
        list(&t.tools),
        t.bound
            .connection
            .as_deref()
            .unwrap_or("(Cortex's default)"),
        list(&t.blocked),
        match (&t.bound.context_sha256, t.bound.sessions) {
            (Some(_), true) => "a context file, and recent Cortex sessions",
            (Some(_), false) => "a context file",
            (None, true) => "recent Cortex sessions",
            (None, false) => "none",
        },
        t.bound.resume.as_deref().map_or_else(
            || "a new Cortex session".to_string(),
            |id| format!("continues Cortex session {id}")
        ),
        t.bound.protocol,
        t.expires_at,
    );
}

/// Deny is the default; Esc, Ctrl-C and any terminal error deny.
fn ask() -> bool {
    let _interrupts = cortex_route_runtime::sys::ignore_interrupts();
    let answer = dialoguer::Select::new()
        .with_prompt("Approve this run?")
        .items(["Deny", "Approve"])
        .default(0)
        .interact_opt();
    let _ = dialoguer::console::Term::stderr().show_cursor();
    matches!(answer, Ok(Some(1)))
}

fn audit_answer(log: &AuditLog, t: &Ticket, event: audit::Event, via: &str, ctx: &Context) {
    let mut r = Record::new(event);
    r.envelope = Some(t.envelope);
    r.approved_tools = t.tools.clone();
    r.disallowed_tools = t.blocked.clone();
    r.approval_mode = Some(ctx.loaded.settings.security.approval_mode);
    r.protocol = Some(t.bound.protocol.clone());
    r.resume.clone_from(&t.bound.resume);
    r.prompt_sha256 = audit::PromptDigest::from_hex(&t.bound.prompt_sha256);
    r.approved_by = Some(ApprovedBy::Ticket {
        ticket: t.ticket.clone(),
        via: via.to_string(),
    });
    if let Err(e) = log.append(&r) {
        ctx.ui.warn(format!("audit: {e}"));
    }
}
