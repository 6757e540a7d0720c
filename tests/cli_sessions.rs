//! End-to-end tests of `sessions`: both session folders, newest first, `--limit`, malformed lines,
//! oversized files, and the JSON contract. (The redaction itself is exercised with an injected
//! redactor in the unit tests of `discovery::sessions` and `pipeline::enrich`.)

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use common::{Home, json_stdout, stderr, test_data};

fn conversations(home: &Home) -> PathBuf {
    home.path().join(".snowflake/cortex/conversations")
}

fn old_sessions(home: &Home) -> PathBuf {
    home.path().join(".local/share/cortex/sessions")
}

/// Copy fixture `name` to `dir/rel` with modification time `mtime` (Unix seconds).
fn place(fixture: &str, dir: &Path, rel: &str, mtime: u64) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(test_data(fixture), &path).unwrap();
    set_mtime(&path, mtime);
    path
}

fn set_mtime(path: &Path, secs: u64) {
    let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_modified(UNIX_EPOCH + Duration::from_secs(secs))
        .unwrap();
}

/// Three sessions: the malformed one newest, then the cost one, then an old-folder one.
fn home_with_sessions() -> Home {
    let home = Home::new();
    place(
        "sessions/malformed.jsonl",
        &conversations(&home),
        "b/malformed.jsonl",
        3_000,
    );
    place(
        "sessions/warehouse-costs.jsonl",
        &conversations(&home),
        "costs.jsonl",
        2_000,
    );
    let older = old_sessions(&home).join("2024/old.jsonl");
    std::fs::create_dir_all(older.parent().unwrap()).unwrap();
    std::fs::write(
        &older,
        "{\"type\":\"system\",\"subtype\":\"init\",\"session_id\":\"sess-old-0003\"}\n{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"result\":\"old work\"}\n",
    )
    .unwrap();
    set_mtime(&older, 1_000);
    home
}

fn sessions_json(home: &Home, args: &[&str]) -> serde_json::Value {
    let out = home
        .cmd()
        .args(["sessions", "--json"])
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    json_stdout(&out)
}

fn ids(obj: &serde_json::Value) -> Vec<String> {
    obj["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["session_id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn newest_first_across_both_folders_and_limited() {
    let home = home_with_sessions();
    let obj = sessions_json(&home, &[]);
    assert_eq!(
        ids(&obj),
        ["sess-malformed-0002", "sess-costs-0001", "sess-old-0003"]
    );
    let obj = sessions_json(&home, &["--limit", "2"]);
    assert_eq!(ids(&obj), ["sess-malformed-0002", "sess-costs-0001"]);
    let obj = sessions_json(&home, &["--limit", "1"]);
    assert_eq!(ids(&obj), ["sess-malformed-0002"]);
}

#[test]
fn each_session_is_summarized_in_the_documented_shape() {
    let home = home_with_sessions();
    let obj = sessions_json(&home, &[]);
    let costs = &obj["sessions"][1];
    assert_eq!(costs["session_id"], "sess-costs-0001");
    assert!(
        costs["file"]
            .as_str()
            .unwrap()
            .ends_with("conversations/costs.jsonl")
    );
    assert_eq!(
        costs["time"], "2025-03-04T10:02:30Z",
        "the latest event time"
    );
    assert!(
        costs["last_request"]
            .as_str()
            .unwrap()
            .starts_with("Which warehouses burned the most credits?")
    );
    assert_eq!(
        costs["tools"],
        serde_json::json!([
            {"name": "snowflake_sql_execute", "count": 2},
            {"name": "read", "count": 1}
        ])
    );
    assert_eq!(costs["outcome"]["subtype"], "success");
    assert_eq!(costs["outcome"]["is_error"], false);
    assert!(
        costs["outcome"]["result"]
            .as_str()
            .unwrap()
            .starts_with("ANALYTICS_WH used 42 credits.")
    );
    assert_eq!(costs["skipped_lines"], 0);
    assert_eq!(
        obj["sanitized"], true,
        "sanitize_session_files is on by default"
    );
    assert_eq!(obj["folders"].as_array().unwrap().len(), 2);
    assert_eq!(obj["skipped"], serde_json::json!([]));

    let old = &obj["sessions"][2];
    assert_eq!(
        old["time"], "1970-01-01T00:16:40Z",
        "no event time: the file time"
    );
    assert!(old["last_request"].is_null());
}

#[test]
fn malformed_lines_are_skipped_and_counted() {
    let home = home_with_sessions();
    let obj = sessions_json(&home, &[]);
    let bad = &obj["sessions"][0];
    assert_eq!(bad["skipped_lines"], 5, "{bad}");
    assert_eq!(bad["last_request"], "drop the staging schema");
    assert_eq!(
        bad["tools"],
        serde_json::json!([{"name": "Bash", "count": 1}])
    );
    assert_eq!(bad["outcome"]["subtype"], "error_during_execution");
    assert_eq!(bad["outcome"]["is_error"], true);
}

#[test]
fn an_oversized_session_file_is_skipped_and_reported() {
    let home = home_with_sessions();
    let big = conversations(&home).join("huge.jsonl");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len((8 << 20) + 1).unwrap();
    drop(file);
    set_mtime(&big, 9_000);
    let obj = sessions_json(&home, &[]);
    assert_eq!(ids(&obj).len(), 3, "the other sessions are still read");
    assert!(
        obj["skipped"][0]["file"]
            .as_str()
            .unwrap()
            .ends_with("huge.jsonl")
    );
    assert!(
        obj["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("larger than 8 MiB")
    );
}

#[test]
fn human_output_shows_request_tools_and_outcome() {
    let home = home_with_sessions();
    let out = home.cmd().arg("sessions").output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("sess-costs-0001"), "{text}");
    assert!(
        text.contains("tools:   snowflake_sql_execute ×2, read ×1"),
        "{text}"
    );
    assert!(
        text.contains("outcome: error (error_during_execution): Cortex could not finish"),
        "{text}"
    );
    assert!(text.contains("request: drop the staging schema"), "{text}");
}

#[test]
fn no_session_folders_is_not_an_error() {
    let home = Home::new();
    let out = home.cmd().arg("sessions").output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no Cortex sessions found"));
    let obj = sessions_json(&home, &[]);
    assert_eq!(obj["sessions"], serde_json::json!([]));
}

#[test]
fn sanitized_reports_the_setting() {
    let home = home_with_sessions();
    home.org_policy("security:\n  sanitize_session_files: false\n");
    let obj = sessions_json(&home, &[]);
    assert_eq!(obj["sanitized"], false);
}

#[test]
fn pii_in_session_prompts_and_answers_is_redacted() {
    let home = home_with_sessions();
    let obj = sessions_json(&home, &[]);
    let text = obj.to_string();
    assert!(!text.contains("ana.lopez@example.com"), "{text}");
    assert!(
        !text.contains("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"),
        "{text}"
    );
    assert!(text.contains("Which warehouses burned the most credits?"));
}
