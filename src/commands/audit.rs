//! `audit verify [PATH] [--expect-head HASH]`, `audit head [PATH]`, `audit tail [-n N]` and
//! `audit ship`.
//!
//! `verify` exits 0 when the chain is intact, 1 when it is broken (the first broken line is
//! named), 2 when there is nothing it can check (no log at the path, unreadable files).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Context;
use crate::error::{Error, Result, code};
use crate::ui::{CheckLevel, Ui};
use cortex_route_runtime::audit::sink::{self, ShipSummary};
use cortex_route_runtime::audit::{self, AuditError, ChainStart, VerifyReport};

/// `audit verify [PATH]` (default: `security.audit_log_path`).
pub fn verify(ctx: &Context, path: Option<&Path>, expect_head: Option<&str>) -> Result<u8> {
    verify_path(&log_path(ctx, path), expect_head, &ctx.ui)
}

/// `audit verify PATH` with an explicit path: needs no configuration, so an auditor can check a
/// copied log on a machine whose own policy is broken or absent.
pub fn verify_path(path: &Path, expect_head: Option<&str>, ui: &Ui) -> Result<u8> {
    let path = path.to_path_buf();
    let expect_head = match expect_head {
        Some(text) => Some(audit::parse_hash(text).ok_or_else(|| {
            Error::Usage(format!(
                "--expect-head `{}` is not a hash (64 hex digits, as `cortex-route audit head` prints)",
                text.chars().take(80).collect::<String>()
            ))
        })?),
        None => None,
    };
    let report =
        audit::verify_with(&path, audit::VerifyOptions { expect_head }).map_err(cannot_read)?;
    let mut out = crate::ui::stdout();
    if ui.json {
        let value = serde_json::to_value(&report)
            .map_err(|e| Error::Internal(format!("verify report does not serialize: {e}")))?;
        writeln!(out, "{value}").map_err(stdout_err)?;
    } else {
        print_report(&mut out, &report, ui).map_err(stdout_err)?;
    }
    Ok(if report.ok { code::OK } else { code::FAILED })
}

fn print_report(out: &mut dyn Write, report: &VerifyReport, ui: &Ui) -> std::io::Result<()> {
    let files = match report.files.len() {
        1 => "1 file".to_string(),
        n => format!("{n} files"),
    };
    let records = match report.records {
        1 => "1 record".to_string(),
        n => format!("{n} records"),
    };
    match &report.problem {
        None => {
            writeln!(
                out,
                "{} {}: chain intact, {records} in {files}",
                ui.mark(CheckLevel::Ok),
                report.path.display()
            )?;
            let start = match report.start {
                ChainStart::Empty => "no records yet".to_string(),
                ChainStart::Genesis => {
                    "the chain starts with the first record ever written".to_string()
                }
                ChainStart::AfterRemovedFiles {
                    generation,
                    removed_files,
                } => format!(
                    "the chain starts at rotated generation {generation}: the {removed_files} older file(s) were removed (retention)"
                ),
            };
            writeln!(out, "     {start}")?;
            if let Some(hash) = &report.last_entry_hash {
                writeln!(out, "     last entry_hash {hash}")?;
            }
        }
        Some(problem) => {
            writeln!(
                out,
                "{} {}:{}: {}: {}",
                ui.mark(CheckLevel::Fail),
                problem.file.display(),
                problem.line,
                serde_json::to_value(problem.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                problem.message
            )?;
            writeln!(
                out,
                "     {records} in {files} checked before it; the chain is broken"
            )?;
        }
    }
    Ok(())
}

/// `audit tail [-n N]`: the newest records, oldest first.
pub fn tail(ctx: &Context, lines: u32) -> Result<u8> {
    let path = log_path(ctx, None);
    let tail = audit::tail(&path, lines as usize).map_err(cannot_read)?;
    let mut out = crate::ui::stdout();
    if ctx.ui.json {
        let value = serde_json::json!({
            "path": path,
            "records": tail.records,
            "stopped_at_byte_limit": tail.stopped_at_byte_limit,
        });
        writeln!(out, "{value}").map_err(stdout_err)?;
    } else {
        for record in &tail.records {
            writeln!(out, "{}", audit::human_line(record)).map_err(stdout_err)?;
        }
        if tail.records.is_empty() {
            ctx.ui
                .warn(format!("{} has no records yet", path.display()));
        }
    }
    if tail.stopped_at_byte_limit {
        ctx.ui.warn(format!(
            "showing {} records: reading stopped at {} MiB",
            tail.records.len(),
            audit::MAX_TAIL_BYTES >> 20
        ));
    }
    Ok(code::OK)
}

/// `audit ship [--quiet]`: ship what is not shipped yet to `security.audit_sink`. Exit 0 when
/// everything read was stored (or there was nothing to ship), 1 when shipping failed on the
/// way, 2 when the sink is off or not configured. `--quiet` prints nothing on success.
pub fn ship(ctx: &Context, quiet: bool) -> Result<u8> {
    let summary = sink::ship(&ctx.loaded.settings).map_err(Error::AuditShip)?;
    if quiet {
        return Ok(code::OK);
    }
    let mut out = crate::ui::stdout();
    if ctx.ui.json {
        let value = serde_json::to_value(&summary)
            .map_err(|e| Error::Internal(format!("ship summary does not serialize: {e}")))?;
        writeln!(out, "{value}").map_err(stdout_err)?;
    } else {
        print_ship(&mut out, &summary, &ctx.ui).map_err(stdout_err)?;
    }
    for note in &summary.notes {
        ctx.ui.warn(note);
    }
    Ok(code::OK)
}

fn print_ship(out: &mut dyn Write, s: &ShipSummary, ui: &Ui) -> std::io::Result<()> {
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let headline = if s.shipped + s.events == 0 {
        "nothing new to ship".to_string()
    } else {
        format!(
            "shipped {} and {} in {}",
            plural(s.shipped, "line", "lines"),
            plural(s.events, "event", "events"),
            plural(s.requests, "request", "requests")
        )
    };
    writeln!(out, "{} {headline}", ui.mark(CheckLevel::Ok))?;
    match &s.watermark {
        Some(w) if w.line > 0 => writeln!(
            out,
            "     watermark: generation {}, line {} ({})",
            w.generation, w.line, w.entry_hash
        )?,
        _ => writeln!(out, "     watermark: nothing shipped yet")?,
    }
    writeln!(
        out,
        "     pending: {}",
        if s.pending == 0 {
            "none".to_string()
        } else {
            plural(s.pending, "line", "lines")
        }
    )
}

/// The log to read: `PATH`, else `security.audit_log_path`.
pub fn log_path(ctx: &Context, path: Option<&Path>) -> PathBuf {
    path.map(Path::to_path_buf).unwrap_or_else(|| {
        ctx.loaded
            .settings
            .security
            .audit_log_path
            .path()
            .to_path_buf()
    })
}

/// Nothing could be checked: exit 2, kept apart from "checked and broken" (exit 1).
fn cannot_read(e: AuditError) -> Error {
    Error::Usage(e.to_string())
}

fn stdout_err(e: std::io::Error) -> Error {
    Error::io("<stdout>", e)
}

/// `audit head [PATH]`: the `entry_hash` of the newest record, checked first (a broken chain has
/// no head worth keeping).
pub fn head(path: &Path, ui: &Ui) -> Result<u8> {
    let report = audit::verify(path).map_err(cannot_read)?;
    let mut out = crate::ui::stdout();
    if ui.json {
        let obj = serde_json::json!({
            "path": path,
            "ok": report.ok,
            "head": report.last_entry_hash,
            "problem": report.problem,
        });
        writeln!(out, "{obj}").map_err(stdout_err)?;
    } else if report.ok {
        writeln!(out, "{}", report.last_entry_hash.as_deref().unwrap_or("")).map_err(stdout_err)?;
    } else {
        print_report(&mut out, &report, ui).map_err(stdout_err)?;
    }
    Ok(if report.ok { code::OK } else { code::FAILED })
}
