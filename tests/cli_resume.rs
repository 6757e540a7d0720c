//! `run --resume ID|last`: Cortex gets `--resume <id>` in both modes, `last` is resolved from
//! Cortex's `.last-session` (else the newest session) before anything runs, the session is in
//! `run --json` and the audit, a resume gets this run's envelope and nothing more, and an
//! approval ticket issued for one session does not run another.
//! (Session fixtures: tests/fixtures/cortex-sessions/, sources in its README.)

mod common;

use std::path::Path;
use std::process::Command as StdCommand;
use std::time::Duration;

use common::{FakeCortex, Home, conversations, json_stdout, place_cortex_sessions, stderr};

const PROMPT: &str = "which warehouses used the most credits last week in SNOWFLAKE.ACCOUNT_USAGE?";
/// The session `.last-session` names (older than the newest one).
const POINTED: &str = "34ca9e37-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
/// The newest session.
const NEWEST: &str = "6868f059-3b8a-423d-8a51-ef0397c7f469";
/// In the `approve` menu: the cursor down to "Approve", then Enter.
const APPROVE_KEYS: &str = "\\x1b[B\\r";

fn auto_policy(home: &Home, extra: &str) {
    home.org_policy(&format!(
        "security:\n  approval_mode: auto\n  tool_prediction_confidence_threshold: 0.0\n{extra}"
    ));
}

fn run_json(home: &Home, fake: &FakeCortex, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = home
        .cmd_with(fake)
        .args(["run", "--json", "--no-sessions"])
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("runs");
    let obj = json_stdout(&out);
    (out.status.code(), obj)
}

/// The value after `--resume` in a call's argv.
fn resumed(args: &[String]) -> Option<&str> {
    args.windows(2)
        .find(|w| w[0] == "--resume")
        .map(|w| w[1].as_str())
}

#[test]
fn resume_last_passes_the_pointed_session_in_both_modes_and_records_it() {
    for (mode, extra) in [("gate", ""), ("print", "cortex:\n  protocol: print\n")] {
        let home = Home::new();
        place_cortex_sessions(&home);
        auto_policy(&home, extra);
        let fake = home.fake_cortex("ok", &[]);
        let (code, obj) = run_json(&home, &fake, &["--resume", "last", PROMPT]);
        assert_eq!(code, Some(0), "{mode}: {obj}");
        assert_eq!(
            obj["protocol"].as_str().unwrap().split('+').next(),
            Some(mode)
        );
        let calls = fake.prompt_calls();
        assert_eq!(calls.len(), 1, "{mode}");
        assert_eq!(resumed(&calls[0]), Some(POINTED), "{mode}: {:?}", calls[0]);
        assert_eq!(obj["resume"], POINTED, "{mode}: {obj}");
        assert_eq!(
            obj["cortex"]["session_id"], POINTED,
            "{mode}: Cortex's init names the continued session"
        );
        let records = home.audit_records();
        let intent = records.iter().find(|r| r["event"] == "intent").unwrap();
        let done = records.iter().find(|r| r["event"] == "executed").unwrap();
        assert_eq!(intent["resume"], POINTED, "{mode}");
        assert_eq!(done["resume"], POINTED, "{mode}");
        assert_eq!(done["cortex_session_id"], POINTED, "{mode}");
    }
}

#[test]
fn resume_last_without_a_pointer_is_the_newest_session_and_an_id_passes_as_given() {
    let home = Home::new();
    let dir = place_cortex_sessions(&home);
    std::fs::remove_file(dir.join(".last-session")).unwrap();
    auto_policy(&home, "");
    let fake = home.fake_cortex("ok", &[]);
    let (code, obj) = run_json(&home, &fake, &["--resume", "last", PROMPT]);
    assert_eq!(code, Some(0), "{obj}");
    assert_eq!(obj["resume"], NEWEST);
    let (code, obj) = run_json(&home, &fake, &["--resume", "abc-123", PROMPT]);
    assert_eq!(code, Some(0), "{obj}");
    assert_eq!(obj["resume"], "abc-123");
    let (code, obj) = run_json(&home, &fake, &[PROMPT]);
    assert_eq!(code, Some(0), "{obj}");
    assert!(obj["resume"].is_null());
    let calls = fake.prompt_calls();
    let got: Vec<Option<&str>> = calls.iter().map(|c| resumed(c)).collect();
    assert_eq!(got, [Some(NEWEST), Some("abc-123"), None]);
}

#[test]
fn a_bad_or_unresolvable_resume_stops_before_anything_runs() {
    let home = Home::new();
    auto_policy(&home, "");
    let fake = home.fake_cortex("ok", &[]);
    for (value, says) in [
        ("--help", "start with a letter or digit"),
        ("../../etc", "start with a letter or digit"),
        ("a/b", "only letters, digits"),
        ("last", "no Cortex session found"),
    ] {
        // `=` lets a value that looks like a flag through clap, to the check behind it.
        let flag = format!("--resume={value}");
        let (code, obj) = run_json(&home, &fake, &[&flag, PROMPT]);
        assert_eq!(code, Some(2), "{value}: {obj}");
        assert_eq!(obj["status"], "error");
        assert!(
            obj["error"].as_str().unwrap().contains(says),
            "{value}: {obj}"
        );
    }
    assert!(fake.calls().is_empty(), "Cortex was started");
    assert!(
        home.audit_records().is_empty(),
        "a usage error is not a run"
    );
}

#[test]
fn a_resume_gets_this_runs_envelope_and_nothing_more() {
    let home = Home::new();
    place_cortex_sessions(&home);
    auto_policy(&home, "");
    let fake = home.fake_cortex("ok", &[]);
    let args = ["--dry-run", "--envelope", "RO", PROMPT];
    let (_, fresh) = run_json(&home, &fake, &args);
    let (_, resumed_run) = run_json(&home, &fake, &[&["--resume", "last"][..], &args].concat());
    assert_eq!(resumed_run["status"], "dry_run", "{resumed_run}");
    assert_eq!(resumed_run["envelope"], "RO");
    assert_eq!(resumed_run["envelope"], fresh["envelope"]);
    assert_eq!(resumed_run["disallowed_tools"], fresh["disallowed_tools"]);
    assert_eq!(resumed_run["approved_tools"], fresh["approved_tools"]);
    let mut command: Vec<String> = resumed_run["command"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    let at = command.iter().position(|a| a == "--resume").unwrap();
    assert_eq!(command[at + 1], POINTED);
    command.drain(at..at + 2);
    assert_eq!(
        serde_json::json!(command),
        fresh["command"],
        "the only difference is --resume"
    );
}

/// `cortex-route ARGS` inside a pseudo-terminal, answering the first menu with `keys`.
fn in_terminal(home: &Home, fake: &FakeCortex, keys: &str, args: &[&str]) -> (i32, String) {
    let pty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/pty_run.py");
    let inner = home.std_cmd_with(fake);
    let mut cmd = StdCommand::new("python3");
    cmd.arg(pty).arg("this run?").arg(keys).arg("--");
    cmd.arg(inner.get_program()).args(args);
    for (k, v) in inner.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let out = cmd.output().expect("python3 runs the pty helper");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn a_ticket_for_one_session_does_not_run_another() {
    let home = Home::new();
    let dir = place_cortex_sessions(&home);
    let fake = home.fake_cortex("ok", &[]);

    // Issued (no terminal, `prompt` mode) for `last`, which is POINTED now.
    let out = home
        .cmd_with(&fake)
        .args(["run", "--json", "--no-sessions", "--resume", "last", PROMPT])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let obj = json_stdout(&out);
    assert_eq!(obj["resume"], POINTED);
    let id = obj["approval"]["ticket"].as_str().unwrap().to_string();

    let (code, screen) = in_terminal(&home, &fake, APPROVE_KEYS, &["approve", &id]);
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains(&format!("continues Cortex session {POINTED}")),
        "the person did not see which session: {screen}"
    );

    // Cortex's last session changes: `last` now means another session, and the ticket refuses.
    std::fs::write(dir.join(".last-session"), format!("{NEWEST}\n")).unwrap();
    let redeem = |extra: &[&str]| {
        let out = home
            .cmd_with(&fake)
            .args(["run", "--json", "--no-sessions", "--approval-ticket", &id])
            .args(extra)
            .arg(PROMPT)
            .output()
            .expect("runs");
        (out.status.code(), json_stdout(&out))
    };
    for other in [&["--resume", "last"][..], &["--resume", NEWEST], &[]] {
        let (code, obj) = redeem(other);
        assert_eq!(code, Some(5), "{other:?}: {obj}");
        assert_eq!(obj["blocked_by"], "approval_ticket");
        assert!(
            obj["reason"].as_str().unwrap().contains("--resume"),
            "{obj}"
        );
    }
    assert!(fake.prompt_calls().is_empty(), "another session ran");

    // The session it was issued for runs, once.
    let (code, obj) = redeem(&["--resume", POINTED]);
    assert_eq!(code, Some(0), "{obj}");
    assert_eq!(obj["approved_by"], "ticket");
    let calls = fake.prompt_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(resumed(&calls[0]), Some(POINTED));
    let records = home.audit_records();
    let approved = records
        .iter()
        .find(|r| r["event"] == "ticket_approved")
        .unwrap();
    assert_eq!(approved["resume"], POINTED);
    assert!(conversations(&home).join(".last-session").exists());
}
