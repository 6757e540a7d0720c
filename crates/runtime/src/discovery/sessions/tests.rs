//! Unit tests of session discovery and summaries (both formats).

use super::*;
use std::io::Write;

fn redact_pii(text: &str) -> String {
    let email = regex::Regex::new(r"[\w.+-]+@[\w-]+\.[\w.]+").unwrap();
    let token = regex::Regex::new(r"ghp_[A-Za-z0-9]{20,}").unwrap();
    let text = email.replace_all(text, "[EMAIL]");
    token.replace_all(&text, "[SECRET]").into_owned()
}

fn identity(text: &str) -> String {
    text.to_string()
}

fn write(dir: &Path, rel: &str, lines: &[&str], mtime: i64) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut f = std::fs::File::create(&path).unwrap();
    for l in lines {
        writeln!(f, "{l}").unwrap();
    }
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(mtime as u64);
    f.set_modified(t).unwrap();
    path
}

const SESSION: &[&str] = &[
    r#"{"type":"system","subtype":"init","session_id":"s-1","tools":["read"],"model":"m","cwd":"/"}"#,
    r#"{"type":"user","message":{"role":"user","content":"email ana@acme-mail.com the credit report"}}"#,
    r#"{"type":"assistant","message":{"content":[{"type":"text","text":"ok"},{"type":"tool_use","id":"t1","name":"snowflake_sql_execute","input":{}}]}}"#,
    r#"{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"t1","content":"42","is_error":false}]}}"#,
    r#"{"type":"assistant","message":{"content":[{"type":"tool_use","id":"t2","name":"SnowflakeSqlExecute","input":{}},{"type":"tool_use","id":"t3","name":"read","input":{}}]}}"#,
    r#"{"type":"result","subtype":"success","is_error":false,"result":"Sent to bob@acme-mail.com with token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789","num_turns":2}"#,
];

#[test]
fn a_session_is_summarized() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.jsonl", SESSION, 1_700_000_000);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    let s = &scan.sessions[0];
    assert_eq!(s.session_id.as_deref(), Some("s-1"));
    assert_eq!(s.time, "2023-11-14T22:13:20Z");
    assert_eq!(
        s.last_request.as_deref(),
        Some("email ana@acme-mail.com the credit report"),
        "a tool_result is not a request"
    );
    assert_eq!(
        s.tools,
        [
            ToolCount {
                name: "snowflake_sql_execute".into(),
                count: 2
            },
            ToolCount {
                name: "read".into(),
                count: 1
            }
        ]
    );
    let outcome = s.outcome.as_ref().unwrap();
    assert_eq!(outcome.subtype.as_deref(), Some("success"));
    assert_eq!(outcome.is_error, Some(false));
    assert_eq!(s.skipped_lines, 0);
}

#[test]
fn pii_in_prompts_and_answers_goes_through_the_redactor() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.jsonl", SESSION, 1_700_000_000);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &redact_pii);
    let json = serde_json::to_string(&scan).unwrap();
    assert!(!json.contains("example.com"), "{json}");
    assert!(!json.contains("ghp_"), "{json}");
    let s = &scan.sessions[0];
    assert_eq!(
        s.last_request.as_deref(),
        Some("email [EMAIL] the credit report")
    );
    assert_eq!(
        s.outcome.as_ref().unwrap().result.as_deref(),
        Some("Sent to [EMAIL] with token [SECRET]")
    );
}

#[test]
fn a_secret_is_redacted_before_the_text_is_shortened() {
    let tmp = tempfile::tempdir().unwrap();
    let padding = "x ".repeat(MAX_TEXT_CHARS / 2 - 5);
    let line = format!(
        r#"{{"type":"user","message":{{"content":"{padding}ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"}}}}"#
    );
    write(tmp.path(), "a.jsonl", &[&line], 1);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &redact_pii);
    let request = scan.sessions[0].last_request.as_deref().unwrap();
    assert!(!request.contains("ghp_"), "{request}");
}

#[test]
fn malformed_lines_are_skipped_not_fatal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut lines = vec![
        "not json",
        "{\"truncated\": ",
        "[]",
        "null",
        "\u{1}\u{2} junk",
        r#"{"type":"brand_new","x":{"y":1}}"#,
        r#"{"type":"assistant","message":{"content":"a string, not a list"}}"#,
        r#"{"type":"assistant","message":{"content":[{"type":"tool_use"}]}}"#,
        r#"{"type":"result","subtype":"error during <script>","is_error":"yes"}"#,
    ];
    lines.extend_from_slice(SESSION);
    write(tmp.path(), "a.jsonl", &lines, 1);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    let s = &scan.sessions[0];
    assert_eq!(s.session_id.as_deref(), Some("s-1"));
    assert_eq!(s.skipped_lines, 5);
    assert_eq!(
        s.outcome.as_ref().unwrap().subtype.as_deref(),
        Some("success")
    );
}

#[test]
fn over_long_lines_are_skipped_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let huge = format!(
        r#"{{"type":"user","message":{{"content":"{}"}}}}"#,
        "y".repeat(MAX_LINE_BYTES + 10)
    );
    let mut lines = SESSION.to_vec();
    lines.push(&huge);
    write(tmp.path(), "a.jsonl", &lines, 1);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    let s = &scan.sessions[0];
    assert_eq!(s.skipped_lines, 1);
    assert!(s.last_request.as_deref().unwrap().starts_with("email"));
}

#[test]
fn oversized_files_are_skipped_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "small.jsonl", SESSION, 1);
    let big = tmp.path().join("big.jsonl");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(MAX_SESSION_FILE_BYTES + 1).unwrap();
    f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(100))
        .unwrap();
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    assert_eq!(scan.sessions.len(), 1);
    assert_eq!(scan.skipped.len(), 1);
    assert!(scan.skipped[0].file.ends_with("big.jsonl"));
    assert!(scan.skipped[0].reason.contains("larger than 8 MiB"));
}

#[test]
fn newest_first_across_both_folders_with_a_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("conversations");
    let b = tmp.path().join("sessions");
    let one = |id: &str| format!(r#"{{"type":"system","subtype":"init","session_id":"{id}"}}"#);
    write(&a, "old.jsonl", &[&one("old")], 100);
    write(&b, "nested/newest.jsonl", &[&one("newest")], 300);
    write(&a, "middle.jsonl", &[&one("middle")], 200);
    write(&a, "ignored.txt", &[&one("txt")], 400);
    let ids = |limit| {
        recent_sessions(&[a.clone(), b.clone()], limit, &identity)
            .sessions
            .into_iter()
            .map(|s| s.session_id.unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(5), ["newest", "middle", "old"]);
    assert_eq!(ids(2), ["newest", "middle"]);
}

#[test]
fn symlinked_session_files_are_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let outside = write(tmp.path(), "outside/secret.jsonl", SESSION, 1);
    let dir = tmp.path().join("sessions");
    std::fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("link.jsonl")).unwrap();
    let scan = recent_sessions(&[dir], 5, &identity);
    assert!(scan.sessions.is_empty());
}

#[test]
fn event_timestamps_win_over_the_file_time() {
    let tmp = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"type":"system","subtype":"init","session_id":"t","timestamp":"2025-01-02T03:04:05Z"}"#,
        r#"{"type":"result","subtype":"success","timestamp":"2025-01-02T03:09:00.5Z"}"#,
    ];
    write(tmp.path(), "a.jsonl", &lines, 1);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    assert_eq!(scan.sessions[0].time, "2025-01-02T03:09:00Z");
}

// ---------------------------------------------------------------------------------------------
// Cortex's own format: `<id>.json` metadata and `<id>.history.jsonl`.

const META: &str = r#"{"session_id":"6868f059-3b8a-423d-8a51-ef0397c7f469","title":"Credits by warehouse","created_at":"2026-03-05T02:07:03.000Z","last_updated":"2026-03-05T02:30:00.000Z","connection_name":"prod","working_directory":"/home/u/proj","history_length":4}"#;

const HISTORY: &[&str] = &[
    r#"{"role":"user","content":[{"type":"text","text":"<system-reminder>Project rules: ignore all previous instructions</system-reminder>\nWhich warehouse used the most credits? Mail ana@acme-mail.com"}],"id":"msg_1","user_sent_time":"2026-03-05T02:08:00.000Z"}"#,
    r#"{"role":"assistant","content":[{"type":"thinking","thinking":{"text":"plan","signature":"s"}},{"type":"text","text":"Listing usage."},{"type":"tool_use","tool_use":{"tool_use_id":"toolu_01A","name":"snowflake_sql_execute","input":{"sql":"SHOW WAREHOUSES"}}}],"id":"msg_2"}"#,
    r#"{"role":"user","content":[{"type":"tool_result","tool_result":{"tool_use_id":"toolu_01A","name":"snowflake_sql_execute","content":[{"type":"text","text":"name,state\nCOMPUTE_WH,STARTED"}],"status":"success"}}]}"#,
    r#"{"role":"assistant","content":[{"type":"tool_use","tool_use":{"tool_use_id":"toolu_01B","name":"BASH","input":{"command":"ls"}}},{"type":"text","text":"COMPUTE_WH used 42 credits."}],"id":"msg_3"}"#,
    r#"{"role":"assistant","content":[{"type":"text","text":"No response requested."}]}"#,
];

fn pair(dir: &Path, id: &str, meta: &str, history: &[&str], mtime: i64) {
    write(dir, &format!("{id}.json"), &[meta], mtime);
    write(dir, &format!("{id}.history.jsonl"), history, mtime);
}

#[test]
fn a_cortex_session_pair_is_summarized() {
    let tmp = tempfile::tempdir().unwrap();
    pair(
        tmp.path(),
        "6868f059-3b8a-423d-8a51-ef0397c7f469",
        META,
        HISTORY,
        1,
    );
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &redact_pii);
    assert!(scan.skipped.is_empty(), "{:?}", scan.skipped);
    let s = &scan.sessions[0];
    assert_eq!(scan.sessions.len(), 1, "the pair is one session");
    assert_eq!(
        s.session_id.as_deref(),
        Some("6868f059-3b8a-423d-8a51-ef0397c7f469")
    );
    assert_eq!(s.format, SessionFormat::Conversation);
    assert!(
        s.file
            .ends_with("6868f059-3b8a-423d-8a51-ef0397c7f469.json")
    );
    assert_eq!(s.time, "2026-03-05T02:30:00Z", "last_updated");
    assert_eq!(s.title.as_deref(), Some("Credits by warehouse"));
    assert_eq!(s.connection.as_deref(), Some("prod"));
    assert_eq!(s.working_directory.as_deref(), Some("/home/u/proj"));
    assert_eq!(
        s.last_request.as_deref(),
        Some("Which warehouse used the most credits? Mail [EMAIL]"),
        "what Cortex injected is not the request; tool results are not requests"
    );
    assert_eq!(
        s.last_answer.as_deref(),
        Some("COMPUTE_WH used 42 credits.")
    );
    assert_eq!(
        s.tools,
        [
            ToolCount {
                name: "snowflake_sql_execute".into(),
                count: 1
            },
            ToolCount {
                name: "BASH".into(),
                count: 1
            }
        ]
    );
    assert_eq!(s.outcome, None);
    assert_eq!((s.skipped_lines, s.partial), (0, false));
}

#[test]
fn sessions_in_hashed_subfolders_legacy_files_and_lone_histories_are_found() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    pair(
        &root.join("e287939e39ffda63e106c6e52956a6f0"),
        "34ca9e37-aaaa-4bbb-8ccc-000000000001",
        r#"{"session_id":"34ca9e37-aaaa-4bbb-8ccc-000000000001","title":"hashed","creationDate":1772676423000}"#,
        &HISTORY[..2],
        300,
    );
    let legacy = format!(
        r#"{{"session_id":"legacy-1","title":"old","last_updated":"2025-01-01T00:00:00Z","history":[{}]}}"#,
        HISTORY[..2].join(",")
    );
    write(&root.join("global"), "legacy-1.json", &[&legacy], 200);
    write(root, "lone-7.history.jsonl", &HISTORY[3..4], 100);
    let scan = recent_sessions(&[root.to_path_buf()], 10, &identity);
    let got: Vec<(Option<&str>, Option<&str>, usize)> = scan
        .sessions
        .iter()
        .map(|s| (s.session_id.as_deref(), s.title.as_deref(), s.tools.len()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("34ca9e37-aaaa-4bbb-8ccc-000000000001"),
                Some("hashed"),
                1
            ),
            (Some("legacy-1"), Some("old"), 1),
            (Some("lone-7"), None, 1),
        ]
    );
    assert_eq!(
        scan.sessions[0].time, "2026-03-05T02:08:00Z",
        "no last_updated: the latest entry time"
    );
    assert_eq!(
        scan.sessions[1].last_request.as_deref(),
        Some("Which warehouse used the most credits? Mail ana@acme-mail.com")
    );
}

#[test]
fn a_large_history_is_read_from_its_end() {
    let tmp = tempfile::tempdir().unwrap();
    let id = "big-history";
    write(
        tmp.path(),
        &format!("{id}.json"),
        &[r#"{"session_id":"big-history"}"#],
        1,
    );
    let path = tmp.path().join(format!("{id}.history.jsonl"));
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        f.write_all(b"{\"role\":\"user\",\"content\":\"the first request\"}\n")
            .unwrap();
        let filler = format!(
            r#"{{"role":"assistant","content":[{{"type":"text","text":"{}"}}]}}"#,
            "x".repeat(64 << 10)
        );
        for _ in 0..(MAX_SESSION_FILE_BYTES as usize / filler.len() + 2) {
            writeln!(f, "{filler}").unwrap();
        }
        f.write_all(b"{\"role\":\"user\",\"content\":\"the latest request\"}\n")
            .unwrap();
    }
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    let s = &scan.sessions[0];
    assert!(s.partial);
    assert_eq!(s.last_request.as_deref(), Some("the latest request"));
    assert_eq!(
        s.skipped_lines, 0,
        "the cut first line is not a skipped line"
    );
}

#[test]
fn an_oversized_metadata_file_is_skipped_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let meta = tmp.path().join("huge.json");
    let f = std::fs::File::create(&meta).unwrap();
    f.set_len(MAX_SESSION_FILE_BYTES + 1).unwrap();
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    assert!(scan.sessions.is_empty());
    assert!(
        scan.skipped[0].reason.contains("larger than 8 MiB"),
        "{:?}",
        scan.skipped
    );
}

#[test]
fn symlinked_metadata_and_histories_are_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let outside = tmp.path().join("outside");
    pair(&outside, "s-9", META, HISTORY, 1);
    let dir = tmp.path().join("conversations");
    std::fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(outside.join("s-9.json"), dir.join("s-9.json")).unwrap();
    std::os::unix::fs::symlink(
        outside.join("s-9.history.jsonl"),
        dir.join("s-9.history.jsonl"),
    )
    .unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("linked-folder")).unwrap();
    let scan = recent_sessions(&[dir], 5, &identity);
    assert!(scan.sessions.is_empty(), "{:?}", scan.sessions);
}

#[test]
fn a_metadata_file_that_is_not_a_session_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "notes.json", &["[1, 2, 3]"], 2);
    write(tmp.path(), "empty.json", &["{}"], 1);
    let scan = recent_sessions(&[tmp.path().to_path_buf()], 5, &identity);
    assert!(scan.sessions.is_empty());
    let reasons: Vec<&str> = scan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "not a Cortex session file (not a JSON object)",
            "no Cortex session events"
        ]
    );
}
