//! What a new user hit in one afternoon (issue "Robustness"), each as a test.

mod common;

use std::time::{Duration, Instant};

use common::{Home, alive, json_stdout, stderr};

const PROMPT: &str = "which warehouses used the most credits last week in Snowflake?";

fn auto_policy(home: &Home) {
    home.org_policy("security:\n  approval_mode: envelope_only\n");
}

#[test]
fn sigkill_of_cortex_route_leaves_no_cortex_process_within_a_second() {
    let home = Home::new();
    auto_policy(&home);
    let fake = home.fake_cortex("hang_family", &[]);
    let mut child = home
        .std_cmd_with(&fake)
        .args(["run", "--json", "--no-sessions", PROMPT])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let deadline = Instant::now() + Duration::from_secs(30);
    while fake.pids().len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let pids = fake.pids();
    assert!(
        pids.len() >= 2,
        "Cortex and its child never started: {pids:?}"
    );
    child.kill().expect("SIGKILL cortex-route");
    child.wait().expect("reaped");
    let gone_by = Instant::now() + Duration::from_secs(1);
    while pids.iter().any(|p| alive(*p)) && Instant::now() < gone_by {
        std::thread::sleep(Duration::from_millis(20));
    }
    for pid in pids {
        assert!(
            !alive(pid),
            "pid {pid} outlived cortex-route by more than a second"
        );
    }
}

#[test]
fn a_nul_byte_in_the_prompt_is_refused_before_anything_is_audited() {
    let home = Home::new();
    auto_policy(&home);
    let fake = home.fake_cortex("ok", &[]);
    let out = home
        .cmd_with(&fake)
        .args(["run", "--json", "-"])
        .write_stdin("show warehouses in Snowflake\0 please")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let obj = json_stdout(&out);
    assert_eq!(obj["status"], "error");
    assert!(obj["error"].as_str().unwrap().contains("NUL"), "{obj}");
    assert!(
        !home
            .path()
            .join(".local/state/cortex-route/audit.log")
            .exists(),
        "an audit record was written for a prompt that cannot run"
    );
}

#[test]
fn a_verbose_run_logs_every_step_and_none_of_the_planted_secrets() {
    let home = Home::new();
    auto_policy(&home);
    let fake = home.fake_cortex(
        "calls",
        &[(
            "FAKE_CORTEX_CALLS",
            r#"[{"name": "bash", "input": {"command": "curl -u admin:Sup3rS3cretPw https://example.com"}}]"#,
        )],
    );
    let out = home
        .cmd_with(&fake)
        .args([
            "-vv",
            "run",
            "--json",
            "--no-sessions",
            "--envelope",
            "RO",
            "which Snowflake warehouses did jane.doe@acme-mail.com use with token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789?",
        ])
        .output()
        .expect("runs");
    assert!(out.status.code().is_some(), "{}", stderr(&out));
    let dir = home.path().join(".local/state/cortex-route/logs");
    let mut text = String::new();
    for entry in std::fs::read_dir(&dir).expect("a log folder") {
        let path = entry.expect("entry").path();
        let mode = std::fs::metadata(&path).expect("meta").permissions();
        assert_eq!(
            std::os::unix::fs::PermissionsExt::mode(&mode) & 0o077,
            0,
            "{} is readable by others",
            path.display()
        );
        text.push_str(&std::fs::read_to_string(&path).expect("log text"));
    }
    for step in [
        "guard",
        "route",
        "plan",
        "approval",
        "enrich",
        "audit",
        "execute",
        "spawned",
        "gate decision",
    ] {
        assert!(
            text.contains(step),
            "the log does not name `{step}`:\n{text}"
        );
    }
    for secret in [
        "jane.doe@acme-mail.com",
        "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        "Sup3rS3cretPw",
    ] {
        assert!(!text.contains(secret), "the log holds {secret}");
    }
}
