//! Once the intent record is written, an outcome record follows whatever goes wrong; a failure
//! inside the policy engine stops Cortex's whole process group instead of letting the call run.

mod common;

use std::time::Duration;

use common::{Home, alive, json_stdout, stderr};

const AUTO_POLICY: &str =
    "security:\n  approval_mode: envelope_only\n  allowed_envelopes: [RO, RW, RESEARCH]\n";

/// The audit records of `home`'s default log, parsed.
fn audit_records(home: &Home) -> Vec<serde_json::Value> {
    let log = home.path().join(".local/state/cortex-route/audit.log");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    text.lines()
        .map(|l| serde_json::from_str(l).expect("audit lines are JSON"))
        .collect()
}

/// The outcome record that follows the intent record, checked to point back at it.
fn outcome_after_intent(home: &Home) -> serde_json::Value {
    let records = audit_records(home);
    let intent = records
        .iter()
        .find(|r| r["event"] == "intent")
        .unwrap_or_else(|| panic!("no intent record in {records:#?}"));
    let outcome = records
        .iter()
        .find(|r| r["intent_id"] == intent["audit_id"] && r["event"] != "intent")
        .unwrap_or_else(|| panic!("no outcome record after the intent: {records:#?}"));
    outcome.clone()
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic is injected by a hook only debug builds compile (pipeline/execute.rs)"
)]
fn a_panic_while_judging_a_tool_call_kills_the_group_and_is_audited() {
    let home = Home::new();
    home.org_policy(AUTO_POLICY);
    let fake = home.fake_cortex("trip_sql", &[("FAKE_CORTEX_SLEEP", "2")]);
    let out = home
        .cmd_with(&fake)
        .env("CORTEX_ROUTE_TEST_PANIC_WHILE_JUDGING", "1")
        .args([
            "run",
            "--json",
            "--envelope",
            "RW",
            "tidy up the staging tables in Snowflake PROD.SALES",
        ])
        .timeout(Duration::from_secs(60))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let obj = json_stdout(&out);
    assert_eq!(obj["status"], "tripped", "{obj}");
    assert_eq!(obj["tripwire"]["rule"], "internal_error", "{obj}");

    std::thread::sleep(Duration::from_secs(3));
    assert!(
        !fake.marker.exists(),
        "the unjudged call went on to do damage"
    );
    for pid in fake.pids() {
        assert!(!alive(pid), "pid {pid} of Cortex's group survived");
    }
    let outcome = outcome_after_intent(&home);
    assert_eq!(outcome["status"], "tripped", "{outcome}");
    assert_eq!(outcome["tripwire"]["rule"], "internal_error", "{outcome}");
}

#[test]
fn a_spawn_failure_after_the_intent_record_writes_an_outcome_record() {
    let home = Home::new();
    // A Cortex that exists and is executable but cannot be started: its interpreter is missing.
    let cortex = home.write("bin/cortex", "#!/nonexistent/interpreter\n");
    std::fs::set_permissions(&cortex, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    home.org_policy(&format!(
        "{AUTO_POLICY}cortex:\n  binary: {}\n",
        cortex.display()
    ));
    let out = home
        .cmd()
        .args([
            "run",
            "--json",
            "--no-sessions",
            "which warehouses used the most credits last week in Snowflake?",
        ])
        .timeout(Duration::from_secs(60))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(json_stdout(&out)["status"], "error");
    let outcome = outcome_after_intent(&home);
    assert_eq!(outcome["status"], "failed", "{outcome}");
    assert_eq!(outcome["event"], "failed", "{outcome}");
}
