//! End-to-end: many processes appending at once, and `audit verify` / `audit tail` through the
//! built binary on intact and tampered logs.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use common::{Home, json_stdout, stderr};
use cortex_route_runtime::audit::{AuditLog, Decision, Event, Record};

const WRITERS: usize = 8;
const PER_WRITER: usize = 200;
const ENV_LOG: &str = "CORTEX_ROUTE_TEST_AUDIT_LOG";
const ENV_ROTATION: &str = "CORTEX_ROUTE_TEST_AUDIT_ROTATION";
const ENV_WRITER: &str = "CORTEX_ROUTE_TEST_AUDIT_WRITER";

fn record(writer: usize, i: usize) -> Record {
    let mut r = Record::new(Event::Executed);
    r.decision = Some(Decision {
        route: "cortex".into(),
        confidence: Some(0.8),
        source: Some("heuristic".into()),
        reason: None,
    });
    r.envelope = Some(cortex_route_policy::envelope::Envelope::Ro);
    r.cortex_session_id = Some(format!("w{writer}-{i}"));
    r.status = Some("executed".into());
    r.exit_code = Some(0);
    r
}

/// Not a test on its own: the body of each writer process in the concurrency tests, which start
/// this test binary again with `--ignored --exact` and the log path in the environment.
#[test]
#[ignore = "helper process for eight_processes_appending_at_once_form_one_chain"]
fn helper_append_records() {
    let Ok(path) = std::env::var(ENV_LOG) else {
        eprintln!("helper_append_records only runs when started by a concurrency test");
        return;
    };
    let writer: usize = std::env::var(ENV_WRITER).unwrap().parse().unwrap();
    let rotation: u64 = std::env::var(ENV_ROTATION).unwrap().parse().unwrap();
    let log = AuditLog::new(path, rotation, 0);
    for i in 0..PER_WRITER {
        log.append(&record(writer, i))
            .unwrap_or_else(|e| panic!("writer {writer} record {i}: {e}"));
    }
}

fn run_writers(path: &Path, rotation: u64) {
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..WRITERS)
        .map(|writer| {
            StdCommand::new(&exe)
                .args([
                    "helper_append_records",
                    "--exact",
                    "--ignored",
                    "--nocapture",
                ])
                .env(ENV_LOG, path)
                .env(ENV_ROTATION, rotation.to_string())
                .env(ENV_WRITER, writer.to_string())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a writer process failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Every writer's records are all there, once, in the order that writer wrote them.
fn assert_all_records_present(home: &Home, path: &Path) {
    let out = home
        .cmd()
        .args(["audit", "tail", "-n", "100000", "--json"])
        .env("CORTEX_ROUTE_CONFIG", write_config(home, path))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_stdout(&out);
    let mut next = [0usize; WRITERS];
    let mut ids = std::collections::HashSet::new();
    for r in v["records"].as_array().unwrap() {
        if r["event"] == "log_rotated" {
            continue;
        }
        let session = r["cortex_session_id"].as_str().unwrap();
        let (w, i) = session[1..].split_once('-').unwrap();
        let (w, i): (usize, usize) = (w.parse().unwrap(), i.parse().unwrap());
        assert_eq!(i, next[w], "writer {w} out of order");
        next[w] += 1;
        assert!(ids.insert(r["audit_id"].as_str().unwrap().to_string()));
    }
    assert_eq!(next, [PER_WRITER; WRITERS]);
}

fn write_config(home: &Home, log: &Path) -> PathBuf {
    home.write(
        "cfg/config.yaml",
        &format!("security:\n  audit_log_path: {}\n", log.display()),
    )
}

#[test]
fn eight_processes_appending_at_once_form_one_chain() {
    let home = Home::new();
    let path = home.path().join("state/audit.log");
    run_writers(&path, 1 << 30);

    let out = home
        .cmd()
        .args(["audit", "verify", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_stdout(&out);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["records"], (WRITERS * PER_WRITER) as u64);
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_eq!(v["head"], "matches");
    assert_all_records_present(&home, &path);
}

#[test]
fn eight_processes_appending_across_rotations_form_one_chain() {
    let home = Home::new();
    let path = home.path().join("state/audit.log");
    run_writers(&path, 64 * 1024);

    let out = home
        .cmd()
        .args(["audit", "verify", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_stdout(&out);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["records"], (WRITERS * PER_WRITER) as u64);
    assert!(v["files"].as_array().unwrap().len() > 3, "{v}");
    assert_eq!(v["start"]["kind"], "genesis");
    assert_all_records_present(&home, &path);
}

/// A 20-record log, and its lines.
fn sample_log(home: &Home) -> (PathBuf, Vec<String>) {
    let path = home.path().join("state/audit.log");
    let log = AuditLog::new(&path, 1 << 30, 0);
    for i in 0..20 {
        log.append(&record(0, i)).unwrap();
    }
    let lines = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    (path, lines)
}

fn rewrite(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

fn verify_human(home: &Home, path: &Path) -> (i32, String) {
    let out = home
        .cmd()
        .args(["audit", "verify"])
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn verify_json(home: &Home, path: &Path) -> (i32, serde_json::Value) {
    let out = home
        .cmd()
        .args(["audit", "verify", "--json"])
        .arg(path)
        .output()
        .unwrap();
    (out.status.code().unwrap(), json_stdout(&out))
}

#[test]
fn an_intact_log_verifies() {
    let home = Home::new();
    let (path, lines) = sample_log(&home);
    let (code, text) = verify_human(&home, &path);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("chain intact, 20 records in 1 file"),
        "{text}"
    );
    assert!(text.contains("first record ever written"), "{text}");
    let last: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    assert!(
        text.contains(last["entry_hash"].as_str().unwrap()),
        "{text}"
    );
}

#[test]
fn a_deleted_line_is_reported_at_its_line() {
    let home = Home::new();
    let (path, mut lines) = sample_log(&home);
    lines.remove(6);
    rewrite(&path, &lines);
    let (code, text) = verify_human(&home, &path);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("audit.log:7: deleted:"), "{text}");
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 1);
    assert_eq!(v["ok"], false);
    assert_eq!(v["problem"]["line"], 7);
    assert_eq!(v["problem"]["kind"], "deleted");
    assert_eq!(v["records"], 6);
}

#[test]
fn an_edited_line_is_reported_at_its_line() {
    let home = Home::new();
    let (path, mut lines) = sample_log(&home);
    assert!(lines[11].contains("\"status\":\"executed\""));
    lines[11] = lines[11].replace("\"status\":\"executed\"", "\"status\":\"denied\"");
    rewrite(&path, &lines);
    let (code, text) = verify_human(&home, &path);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("audit.log:12: edited:"), "{text}");
}

#[test]
fn reordered_lines_are_reported_at_the_first_misplaced_line() {
    let home = Home::new();
    let (path, mut lines) = sample_log(&home);
    lines.swap(4, 5);
    rewrite(&path, &lines);
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 1);
    assert_eq!(v["problem"]["kind"], "reordered", "{v}");
    assert_eq!(v["problem"]["line"], 5);
    assert!(
        v["problem"]["message"].as_str().unwrap().contains("line 6"),
        "{v}"
    );
}

#[test]
fn a_cut_short_last_line_is_reported() {
    let home = Home::new();
    let (path, lines) = sample_log(&home);
    let text = lines.join("\n");
    std::fs::write(&path, &text[..text.len() - 30]).unwrap();
    let (code, text) = verify_human(&home, &path);
    assert_eq!(code, 1);
    assert!(text.contains("audit.log:20: incomplete:"), "{text}");
}

#[test]
fn removing_the_last_records_is_reported() {
    let home = Home::new();
    let (path, lines) = sample_log(&home);
    rewrite(&path, &lines[..17]);
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 1);
    assert_eq!(v["problem"]["kind"], "truncated_end", "{v}");
    assert_eq!(v["problem"]["line"], 18);
}

#[test]
fn a_missing_log_is_a_usage_error_not_a_broken_chain() {
    let home = Home::new();
    let missing = home.path().join("nowhere/audit.log");
    let out = home
        .cmd()
        .args(["audit", "verify"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no audit log at"), "{}", stderr(&out));
    let (code, v) = verify_json(&home, &missing);
    assert_eq!(code, 2);
    assert_eq!(v["status"], "error");
}

#[test]
fn verify_and_tail_default_to_the_configured_log() {
    let home = Home::new();
    let (path, lines) = sample_log(&home);
    let config = write_config(&home, &path);

    let out = home
        .cmd()
        .args(["audit", "verify"])
        .env("CORTEX_ROUTE_CONFIG", &config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let out = home
        .cmd()
        .args(["audit", "tail", "-n", "3"])
        .env("CORTEX_ROUTE_CONFIG", &config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let shown: Vec<&str> = text.lines().collect();
    assert_eq!(shown.len(), 3, "{text}");
    let last: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    assert!(
        shown[2].contains(last["audit_id"].as_str().unwrap()),
        "{text}"
    );
    assert!(shown[2].contains("executed"), "{text}");
    assert!(shown[2].contains("cortex/RO"), "{text}");

    let out = home
        .cmd()
        .args(["audit", "tail", "-n", "2", "--json"])
        .env("CORTEX_ROUTE_CONFIG", &config)
        .output()
        .unwrap();
    let v = json_stdout(&out);
    let records = v["records"].as_array().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[1]["audit_id"], last["audit_id"]);
    assert_eq!(records[1]["entry_hash"], last["entry_hash"]);
}

#[test]
fn a_copied_log_verifies_even_where_the_local_policy_is_broken() {
    let home = Home::new();
    let (path, _) = sample_log(&home);
    home.org_policy("security:\n  approval_mod: auto\n");
    let (code, out) = verify_human(&home, &path);
    assert_eq!(code, 0, "{out}");
    // Without an explicit path the broken policy still stops the command.
    let out = home.cmd().args(["audit", "verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn head_of(home: &Home, path: &Path) -> String {
    let out = home
        .cmd()
        .args(["audit", "head"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn cutting_the_newest_records_and_deleting_the_head_file_fails_verification() {
    let home = Home::new();
    let (path, lines) = sample_log(&home);
    rewrite(&path, &lines[..15]);
    std::fs::remove_file(path.with_file_name("audit.log.head")).unwrap();
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["problem"]["kind"], "head_missing", "{v}");

    // A garbled head is no better than none.
    let other = Home::new();
    let (path, _) = sample_log(&other);
    std::fs::write(path.with_file_name("audit.log.head"), "not a hash\n").unwrap();
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["problem"]["kind"], "head_missing", "{v}");
}

#[test]
fn expect_head_catches_a_consistent_rewrite_and_lets_a_copy_verify() {
    let home = Home::new();
    let (path, _) = sample_log(&home);
    let kept = head_of(&home, &path);
    assert_eq!(kept.len(), 64);

    // A copy without its head file verifies against the head kept elsewhere.
    let copy = home.path().join("copy/audit.log");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    std::fs::copy(&path, &copy).unwrap();
    let out = home
        .cmd()
        .args(["audit", "verify", "--json", "--expect-head", &kept])
        .arg(&copy)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", json_stdout(&out));

    // The whole log and its head rewritten consistently: the chain verifies on its own, but not
    // against the head kept elsewhere.
    std::fs::remove_file(&path).unwrap();
    std::fs::remove_file(path.with_file_name("audit.log.head")).unwrap();
    let log = AuditLog::new(&path, 1 << 30, 0);
    for i in 0..5 {
        log.append(&record(9, i)).unwrap();
    }
    assert_eq!(verify_json(&home, &path).0, 0);
    let out = home
        .cmd()
        .args(["audit", "verify", "--json", "--expect-head", &kept])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_stdout(&out)["problem"]["kind"], "unexpected_head");
}

/// A log with rotated files, the two oldest marked as rotated long ago.
fn rotated_log(home: &Home) -> PathBuf {
    let path = home.path().join("state/audit.log");
    let log = AuditLog::new(&path, 4096, 0);
    for i in 0..40 {
        log.append(&record(0, i)).unwrap();
    }
    let mut rotated: Vec<PathBuf> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.starts_with("audit.log.2") || name.starts_with("audit.log.1")
        })
        .collect();
    rotated.sort_by_key(|p| {
        p.file_name()
            .unwrap()
            .to_string_lossy()
            .rsplit('.')
            .next()
            .unwrap()
            .parse::<u32>()
            .unwrap()
    });
    assert!(rotated.len() >= 3, "{rotated:?}");
    for p in rotated.iter().take(2) {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let generation = name.rsplit('.').next().unwrap();
        std::fs::rename(
            p,
            p.with_file_name(format!("audit.log.20200101T000000Z.{generation}")),
        )
        .unwrap();
    }
    path
}

#[test]
fn files_removed_by_retention_verify_and_files_deleted_by_hand_do_not() {
    let home = Home::new();
    let path = rotated_log(&home);
    // Retention of 30 days removes the two old files and records it in the chain.
    let log = AuditLog::new(&path, 4096, 30);
    log.append(&record(1, 0)).unwrap();
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["start"]["kind"], "after_removed_files", "{v}");

    // The same old files deleted by hand instead: no retention record accounts for them.
    let home = Home::new();
    let path = rotated_log(&home);
    for entry in std::fs::read_dir(path.parent().unwrap()).unwrap() {
        let p = entry.unwrap().path();
        if p.to_string_lossy().contains("20200101T000000Z") {
            std::fs::remove_file(p).unwrap();
        }
    }
    let (code, v) = verify_json(&home, &path);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["problem"]["kind"], "truncated_start", "{v}");
}
