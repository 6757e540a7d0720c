//! End-to-end tripwire tests: a fake Cortex announces a forbidden tool call and then, after a pause,
//! "does the damage" (writes a marker file). The run must stop first: exit 5, no marker, no process.

mod common;

use std::time::Duration;

use common::{Home, alive, json_stdout, stderr};

fn tripped(scenario: &str, envelope: &str) -> (serde_json::Value, common::FakeCortex, Home) {
    let home = Home::new();
    home.org_policy(
        "security:\n  approval_mode: envelope_only\n  allowed_envelopes: [RO, RW, RESEARCH, DEPLOY]\n  deploy_envelope_confirmation: false\ncortex:\n  protocol: print\n",
    );
    let fake = home.fake_cortex(scenario, &[("FAKE_CORTEX_SLEEP", "2")]);
    let out = home
        .cmd_with(&fake)
        .args([
            "run",
            "--json",
            "--envelope",
            envelope,
            "tidy up the staging tables in Snowflake PROD.SALES",
        ])
        .timeout(Duration::from_secs(60))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let obj = json_stdout(&out);
    assert_eq!(obj["status"], "tripped", "{obj}");
    (obj, fake, home)
}

fn assert_no_damage(fake: &common::FakeCortex) {
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        !fake.marker.exists(),
        "the forbidden call went on to do damage"
    );
    for pid in fake.pids() {
        assert!(!alive(pid), "pid {pid} survived the trip");
    }
}

#[test]
fn drop_table_after_a_select_trips_in_read_write() {
    let (obj, fake, _home) = tripped("trip_sql", "RW");
    assert_eq!(obj["tripwire"]["tool"], "snowflake_sql_execute");
    assert_eq!(obj["tripwire"]["rule"], "sql_destructive");
    assert!(
        obj["tripwire"]["detail"]
            .as_str()
            .unwrap()
            .to_uppercase()
            .contains("DROP TABLE"),
        "{obj}"
    );
    assert!(obj["tripwire"]["kill_latency_us"].is_u64(), "{obj}");
    assert_no_damage(&fake);
}

#[test]
fn rm_rf_behind_and_and_trips_in_deploy() {
    let (obj, fake, _home) = tripped("trip_shell", "DEPLOY");
    // Either the envelope's `Bash(rm*)` pattern (checked on every command of the chain,
    // not only the first word) or the destructive-shell rule may name it.
    let rule = obj["tripwire"]["rule"].as_str().unwrap();
    assert!(
        rule == "blocked_tool" || rule == "shell_destructive",
        "{obj}"
    );
    assert!(
        obj["tripwire"]["detail"]
            .as_str()
            .unwrap()
            .contains("rm -rf"),
        "{obj}"
    );
    assert_no_damage(&fake);
}

#[test]
fn reading_a_key_file_trips_in_every_envelope() {
    for envelope in ["RO", "RW"] {
        let (obj, fake, _home) = tripped("trip_credential", envelope);
        assert_eq!(
            obj["tripwire"]["rule"], "credential_path",
            "{envelope}: {obj}"
        );
        assert_no_damage(&fake);
    }
}

#[test]
fn the_trip_is_in_the_audit_log() {
    let (obj, _fake, home) = tripped("trip_sql", "RW");
    let out = home
        .cmd()
        .args(["audit", "tail", "--json", "-n", "5"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("tripped"), "{text}");
    assert!(text.contains("sql_destructive"), "{text}");
    assert!(text.contains(obj["audit_id"].as_str().unwrap()), "{text}");
}
