//! The fault suite: what happens when the world misbehaves around a run. Cortex missing, hanging,
//! crashing and emitting garbage are in `cli_run.rs`; tampered caches in `cli_discover.rs`;
//! tampered audit logs in `cli_audit.rs`. Here: floods, a full disk, concurrent runs.

mod common;

use std::time::Duration;

use common::{Home, json_stdout, stderr};

const PROMPT: &str = "which warehouses used the most credits last week in SNOWFLAKE.ACCOUNT_USAGE?";

fn auto_policy(home: &Home, extra: &str) {
    home.org_policy(&format!(
        "security:\n  approval_mode: auto\n  tool_prediction_confidence_threshold: 0.0\n{extra}"
    ));
}

#[test]
fn a_flood_of_events_is_read_to_the_end() {
    let home = Home::new();
    auto_policy(&home, "");
    let fake = home.fake_cortex("flood", &[]);
    let out = home
        .cmd_with(&fake)
        .args(["run", "--json", PROMPT])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json_stdout(&out)["cortex"]["result"], "flooded");
}

#[test]
fn a_full_disk_under_the_audit_log_stops_automatic_runs() {
    let home = Home::new();
    // /dev/full accepts an open and fails every write with ENOSPC.
    auto_policy(&home, "  audit_log_path: /dev/full\n");
    let fake = home.fake_cortex("ok", &[]);
    let out = home
        .cmd_with(&fake)
        .args(["run", "--json", PROMPT])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(json_stdout(&out)["blocked_by"], "audit_log");
    assert!(fake.prompt_calls().is_empty(), "Cortex must not start");
}

#[test]
fn concurrent_runs_each_finish_and_share_one_intact_audit_chain() {
    let home = Home::new();
    auto_policy(&home, "");
    let fake = home.fake_cortex("ok", &[]);
    let children: Vec<_> = (0..4)
        .map(|_| {
            home.std_cmd_with(&fake)
                .args(["run", "--json", PROMPT])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out = home
        .cmd()
        .args(["audit", "verify", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Each run writes an intent and an outcome record.
    assert_eq!(json_stdout(&out)["records"], 8);
}
