//! Behaviour of the log as a whole: append, rotation, retention, the head file, verify and tail.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::*;

fn record(n: usize) -> Record {
    let mut r = Record::new(Event::Executed);
    r.decision = Some(Decision {
        route: "cortex".into(),
        confidence: Some(0.9),
        source: Some("heuristic".into()),
        reason: None,
    });
    r.envelope = Some(cortex_route_policy::envelope::Envelope::Ro);
    r.status = Some("executed".into());
    r.exit_code = Some(0);
    r.duration_ms = Some(n as u64);
    r
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/audit.log");
        Fixture { _dir: dir, path }
    }

    fn log(&self, rotation: u64, retention: u32) -> AuditLog {
        AuditLog::new(&self.path, rotation, retention)
    }

    fn dir(&self) -> &Path {
        self.path.parent().unwrap()
    }

    fn lines(&self) -> Vec<String> {
        std::fs::read_to_string(&self.path)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }

    fn write_lines(&self, lines: &[String]) {
        std::fs::write(&self.path, lines.join("\n") + "\n").unwrap();
    }

    fn rotated(&self) -> Vec<PathBuf> {
        let layout = files::Layout::new(&self.path).unwrap();
        layout
            .rotated()
            .unwrap()
            .into_iter()
            .map(|r| r.path)
            .collect()
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn is_root() -> bool {
    crate::sys::effective_uid() == 0
}

#[test]
fn first_append_creates_private_directory_log_and_head() {
    let f = Fixture::new();
    let log = f.log(1 << 20, 0);
    let appended = log.append(&record(1)).unwrap();
    assert_eq!(mode(f.dir()), 0o700);
    assert_eq!(mode(&f.path), 0o600);
    assert_eq!(mode(&f.dir().join("audit.log.head")), 0o600);

    let lines = f.lines();
    assert_eq!(lines.len(), 1);
    let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(v["audit_id"], appended.audit_id.as_str());
    assert_eq!(v["entry_hash"], appended.entry_hash.as_str());
    assert_eq!(v["prev_hash"], "0".repeat(64));
    assert_eq!(v["event"], "executed");
    assert_eq!(v["version"], 1);
    assert_eq!(v["uid"], crate::sys::effective_uid());

    let report = verify(&f.path).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.records, 1);
    assert_eq!(report.start, ChainStart::Genesis);
    assert_eq!(report.head, HeadState::Matches);
    assert_eq!(
        report.last_entry_hash.as_deref(),
        Some(appended.entry_hash.as_str())
    );
}

#[test]
fn a_too_open_existing_log_is_tightened() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.dir()).unwrap();
    std::fs::write(&f.path, "").unwrap();
    std::fs::set_permissions(&f.path, std::fs::Permissions::from_mode(0o644)).unwrap();
    f.log(1 << 20, 0).ensure_writable().unwrap();
    assert_eq!(mode(&f.path), 0o600);
}

/// Field names are public interface (`references/audit.md`): every record has every field.
#[test]
fn records_carry_every_documented_field_in_order() {
    let f = Fixture::new();
    let mut r = record(1);
    r.intent_id = Some("20260101T000000Z-000000000000".into());
    r.approved_by = Some(ApprovedBy::Ticket {
        ticket: "t-1".into(),
        via: "terminal".into(),
    });
    r.prompt_sha256 = Some(PromptDigest::of("count rows"));
    r.findings.insert("email".into(), 2);
    r.tool_calls.push(ToolCall {
        name: "snowflake_sql_execute".into(),
        summary: "SELECT 1".into(),
    });
    r.tripwire = Some(Tripwire {
        tool: "bash".into(),
        rule: "destructive_shell".into(),
        detail: "rm -rf".into(),
    });
    f.log(1 << 20, 0).append(&r).unwrap();
    let v: serde_json::Value = serde_json::from_str(&f.lines()[0]).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "version",
            "ts",
            "audit_id",
            "event",
            "intent_id",
            "user",
            "uid",
            "host",
            "cwd",
            "pid",
            "decision",
            "blocked_by",
            "envelope",
            "approval_mode",
            "approved_tools",
            "disallowed_tools",
            "approved_by",
            "prompt_sha256",
            "findings",
            "cortex_session_id",
            "resume",
            "tool_calls",
            "tool_calls_omitted",
            "tripwire",
            "denied_call",
            "protocol",
            "permission_denials",
            "status",
            "exit_code",
            "duration_ms",
            "truncated",
            "rotation",
            "removed_files",
            "prev_hash",
            "entry_hash",
        ]
    );
    assert_eq!(
        v["approved_by"],
        serde_json::json!({"by": "ticket", "ticket": "t-1", "via": "terminal"})
    );
    assert_eq!(v["prompt_sha256"], PromptDigest::of("count rows").to_hex());
    assert_eq!(v["envelope"], "RO");
    assert_eq!(v["findings"]["email"], 2);
    // The record round-trips into the caller's type.
    let back: Record = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(back, r);
}

#[test]
fn control_characters_in_summaries_never_reach_the_log() {
    let f = Fixture::new();
    let mut r = record(1);
    r.tool_calls.push(ToolCall {
        name: "bash".into(),
        summary: "echo \u{1b}]0;owned\u{7}\nrm".into(),
    });
    f.log(1 << 20, 0).append(&r).unwrap();
    let text = std::fs::read_to_string(&f.path).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains("\\u001b"),
        "{text}"
    );
    assert!(text.contains("echo \u{fffd}]0;owned\u{fffd} rm"));
}

#[test]
fn threads_appending_at_once_form_one_chain() {
    let f = Fixture::new();
    let log = f.log(1 << 20, 0);
    std::thread::scope(|s| {
        for t in 0..4 {
            let log = &log;
            s.spawn(move || {
                for i in 0..25 {
                    log.append(&record(t * 100 + i)).unwrap();
                }
            });
        }
    });
    let report = verify(&f.path).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.records, 100);
}

#[test]
fn rotation_continues_the_chain_into_new_files() {
    let f = Fixture::new();
    let log = f.log(4096, 0);
    for i in 0..40 {
        log.append(&record(i)).unwrap();
    }
    let rotated = f.rotated();
    assert!(rotated.len() >= 3, "{rotated:?}");
    for path in &rotated {
        assert!(std::fs::metadata(path).unwrap().len() <= 4096);
    }
    // The current file starts with the rotation record pointing at the last rotated file.
    let first: serde_json::Value = serde_json::from_str(&f.lines()[0]).unwrap();
    assert_eq!(first["event"], "log_rotated");
    assert_eq!(
        first["rotation"]["generation"],
        rotated.len() as u64 + 1,
        "{first}"
    );
    assert_eq!(
        first["rotation"]["previous_file"],
        rotated
            .last()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
    );
    let report = verify(&f.path).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.records, 40);
    assert_eq!(report.files.len(), rotated.len() + 1);
    assert_eq!(report.start, ChainStart::Genesis);
}

/// Give a rotated file a rotation time `days` ago, keeping its generation.
fn age(path: &Path, days: i64) -> PathBuf {
    let name = path.file_name().unwrap().to_str().unwrap();
    let generation = name.rsplit('.').next().unwrap();
    let at = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * days);
    let new = path.with_file_name(format!(
        "audit.log.{}.{generation}",
        at.strftime("%Y%m%dT%H%M%SZ")
    ));
    std::fs::rename(path, &new).unwrap();
    new
}

#[test]
fn retention_deletes_only_old_rotated_files_and_verify_accepts_the_later_start() {
    let f = Fixture::new();
    for i in 0..40 {
        f.log(4096, 30).append(&record(i)).unwrap();
    }
    let rotated = f.rotated();
    assert!(rotated.len() >= 3);
    let old1 = age(&rotated[0], 40);
    let old2 = age(&rotated[1], 31);
    let young = rotated[2].clone();
    let stranger = f.dir().join("audit.log.bak");
    std::fs::write(&stranger, "keep me").unwrap();

    // Retention 0 keeps everything.
    f.log(1 << 20, 0).append(&record(100)).unwrap();
    assert!(old1.exists() && old2.exists());

    f.log(1 << 20, 30).append(&record(101)).unwrap();
    assert!(!old1.exists() && !old2.exists());
    assert!(young.exists() && f.path.exists() && stranger.exists());

    let report = verify(&f.path).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(
        report.start,
        ChainStart::AfterRemovedFiles {
            generation: 3,
            removed_files: 2
        }
    );
}

#[test]
fn retention_never_leaves_a_gap() {
    let f = Fixture::new();
    for i in 0..40 {
        f.log(4096, 30).append(&record(i)).unwrap();
    }
    let rotated = f.rotated();
    // Only the second file looks old (a clock that jumped): it must stay.
    let middle = age(&rotated[1], 90);
    f.log(1 << 20, 30).append(&record(100)).unwrap();
    assert!(rotated[0].exists() && middle.exists());
    assert!(verify(&f.path).unwrap().ok);
}

#[test]
fn a_missing_file_between_two_others_is_a_gap() {
    let f = Fixture::new();
    for i in 0..40 {
        f.log(4096, 0).append(&record(i)).unwrap();
    }
    let rotated = f.rotated();
    std::fs::remove_file(&rotated[1]).unwrap();
    let report = verify(&f.path).unwrap();
    let problem = report.problem.unwrap();
    assert_eq!(problem.kind, ProblemKind::MissingFile);
    assert_eq!(problem.file, rotated[2]);
    assert_eq!(problem.line, 1);
}

#[test]
fn removing_the_newest_records_is_caught_by_the_head() {
    let f = Fixture::new();
    for i in 0..5 {
        f.log(1 << 20, 0).append(&record(i)).unwrap();
    }
    let lines = f.lines();
    f.write_lines(&lines[..3]);
    let report = verify(&f.path).unwrap();
    let problem = report.problem.unwrap();
    assert_eq!(problem.kind, ProblemKind::TruncatedEnd);
    assert_eq!(problem.line, 4);

    // A writer that finds the log shorter than its head chains onto the head, so the gap stays
    // visible at the new record.
    f.log(1 << 20, 0).append(&record(9)).unwrap();
    let problem = verify(&f.path).unwrap().problem.unwrap();
    assert_eq!(problem.kind, ProblemKind::Deleted);
    assert_eq!(problem.line, 4);
}

#[test]
fn a_head_left_behind_by_an_interrupted_writer_is_not_an_error() {
    let f = Fixture::new();
    for i in 0..3 {
        f.log(1 << 20, 0).append(&record(i)).unwrap();
    }
    let second: serde_json::Value = serde_json::from_str(&f.lines()[1]).unwrap();
    let head = f.dir().join("audit.log.head");
    std::fs::write(
        &head,
        format!("{}\n", second["entry_hash"].as_str().unwrap()),
    )
    .unwrap();
    let report = verify(&f.path).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.head, HeadState::Behind);
    // The next writer chains onto the real last record, not the stale head.
    f.log(1 << 20, 0).append(&record(3)).unwrap();
    let report = verify(&f.path).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.head, HeadState::Matches);
    assert_eq!(report.records, 4);
}

#[test]
fn a_deleted_log_with_its_head_left_is_reported() {
    let f = Fixture::new();
    f.log(1 << 20, 0).append(&record(1)).unwrap();
    std::fs::remove_file(&f.path).unwrap();
    let report = verify(&f.path).unwrap();
    assert_eq!(report.problem.unwrap().kind, ProblemKind::MissingLog);
    // With nothing at all, there is nothing to verify.
    let empty = Fixture::new();
    assert!(matches!(
        verify(&empty.path),
        Err(AuditError::NotFound { .. })
    ));
}

#[test]
fn duplicated_and_inserted_lines_are_told_apart() {
    let f = Fixture::new();
    for i in 0..6 {
        f.log(1 << 20, 0).append(&record(i)).unwrap();
    }
    let lines = f.lines();

    let mut dup = lines.clone();
    dup.insert(4, lines[1].clone());
    f.write_lines(&dup);
    let p = verify(&f.path).unwrap().problem.unwrap();
    assert_eq!((p.kind, p.line), (ProblemKind::Duplicated, 5), "{p:?}");
    assert!(p.message.contains("line 2"), "{}", p.message);

    // A line moved from the end to the middle: the first misplaced record is reported.
    let mut moved = lines.clone();
    let last = moved.pop().unwrap();
    moved.insert(2, last);
    f.write_lines(&moved);
    let p = verify(&f.path).unwrap().problem.unwrap();
    assert_eq!((p.kind, p.line), (ProblemKind::Reordered, 3), "{p:?}");
}

#[test]
fn a_record_spliced_in_from_a_forked_copy_is_an_insertion() {
    let f = Fixture::new();
    let log = f.log(1 << 20, 0);
    log.append(&record(0)).unwrap();
    log.append(&record(1)).unwrap();
    let fork = Fixture::new();
    std::fs::create_dir_all(fork.dir()).unwrap();
    std::fs::copy(&f.path, &fork.path).unwrap();
    log.append(&record(2)).unwrap();
    fork.log(1 << 20, 0).append(&record(99)).unwrap();

    let mut lines = f.lines();
    lines.push(fork.lines()[2].clone());
    f.write_lines(&lines);
    let p = verify(&f.path).unwrap().problem.unwrap();
    assert_eq!((p.kind, p.line), (ProblemKind::Inserted, 4), "{p:?}");
    assert!(p.message.contains("follows line 2"), "{}", p.message);
}

#[test]
fn removing_the_first_records_is_not_mistaken_for_retention() {
    let f = Fixture::new();
    for i in 0..4 {
        f.log(1 << 20, 0).append(&record(i)).unwrap();
    }
    let lines = f.lines();
    f.write_lines(&lines[2..]);
    let p = verify(&f.path).unwrap().problem.unwrap();
    assert_eq!((p.kind, p.line), (ProblemKind::TruncatedStart, 1));
}

#[test]
fn an_incomplete_last_line_stops_writers_and_is_reported() {
    let f = Fixture::new();
    let log = f.log(1 << 20, 0);
    log.append(&record(1)).unwrap();
    log.append(&record(2)).unwrap();
    let text = std::fs::read(&f.path).unwrap();
    std::fs::write(&f.path, &text[..text.len() - 20]).unwrap();

    let err = log.ensure_writable().unwrap_err();
    assert!(matches!(err, AuditError::Unchainable { .. }), "{err}");
    assert!(err.to_string().contains("incomplete"), "{err}");
    assert!(log.append(&record(3)).is_err());

    let p = verify(&f.path).unwrap().problem.unwrap();
    assert_eq!((p.kind, p.line), (ProblemKind::Incomplete, 2));
}

#[test]
fn ensure_writable_fails_when_a_parent_is_a_file() {
    // Fails for root too: no directory can be created under a regular file.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("state"), "not a directory").unwrap();
    let log = AuditLog::new(dir.path().join("state/cortex-route/audit.log"), 1 << 20, 0);
    let err = log.ensure_writable().unwrap_err();
    assert!(matches!(err, AuditError::Unwritable { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("state/cortex-route/audit.log"), "{text}");
    assert!(text.contains("fix:"), "{text}");
    assert!(log.append(&record(1)).is_err());
}

#[test]
fn ensure_writable_fails_in_a_read_only_directory() {
    if is_root() {
        eprintln!("skipped: running as root, where directory permissions do not stop writes");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o500)).unwrap();
    let err = AuditLog::new(ro.join("audit.log"), 1 << 20, 0)
        .ensure_writable()
        .unwrap_err();
    assert!(matches!(err, AuditError::Unwritable { .. }), "{err:?}");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_symlinked_log_is_refused() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.dir()).unwrap();
    let target = f.dir().join("elsewhere.log");
    std::fs::write(&target, "").unwrap();
    std::os::unix::fs::symlink(&target, &f.path).unwrap();
    let err = f.log(1 << 20, 0).ensure_writable().unwrap_err();
    assert!(matches!(err, AuditError::Unsafe { .. }), "{err:?}");
}

#[test]
fn a_held_lock_makes_writers_give_up_after_the_wait() {
    let f = Fixture::new();
    let log = f.log(1 << 20, 0);
    log.ensure_writable().unwrap();
    let holder = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(f.dir().join("audit.log.head"))
        .unwrap();
    holder.lock().unwrap();
    let err = log
        .clone()
        .with_lock_timeout(Duration::from_millis(200))
        .append(&record(1))
        .unwrap_err();
    assert!(matches!(err, AuditError::LockTimeout { .. }), "{err:?}");
    assert!(err.to_string().contains("busy"), "{err}");
    drop(holder);
    log.append(&record(2)).unwrap();
    assert_eq!(verify(&f.path).unwrap().records, 1);
}

#[test]
fn tail_reads_across_rotated_files_oldest_first() {
    let f = Fixture::new();
    let log = f.log(4096, 0);
    for i in 0..30 {
        log.append(&record(i)).unwrap();
    }
    let t = tail(&f.path, 12).unwrap();
    assert_eq!(t.records.len(), 12);
    assert!(!t.stopped_at_byte_limit);
    // The newest record is last; rotation records are part of the log and show up too.
    let durations: Vec<u64> = t
        .records
        .iter()
        .filter_map(|r| r["duration_ms"].as_u64())
        .collect();
    assert_eq!(durations.last(), Some(&29));
    assert!(
        durations.windows(2).all(|w| w[0] + 1 == w[1]),
        "{durations:?}"
    );
    assert!(
        durations.len() < 12,
        "a rotation record is among the last 12"
    );

    let all = tail(&f.path, 1000).unwrap();
    let records = all
        .records
        .iter()
        .filter(|r| r["event"] == "executed")
        .count();
    assert_eq!(records, 30);
}

#[test]
fn tail_shows_lines_that_are_not_records() {
    let f = Fixture::new();
    f.log(1 << 20, 0).append(&record(1)).unwrap();
    let mut lines = f.lines();
    lines.push("garbage \u{1b}[2J".to_string());
    f.write_lines(&lines);
    let t = tail(&f.path, 5).unwrap();
    assert_eq!(t.records.len(), 2);
    assert_eq!(t.records[1]["malformed"], true);
    assert!(!human_line(&t.records[1]).contains('\u{1b}'));
    assert!(human_line(&t.records[0]).contains("executed"));
}
