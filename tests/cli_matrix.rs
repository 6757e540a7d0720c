//! Every subcommand, four ways: with `--json`, with `--json` and a closed stdout, with a bad flag,
//! and with `--help`. Never a panic, always an exit code from the documented table, and with
//! `--json` always exactly one JSON object on stdout.

mod common;

use std::io::{Read, Write};
use std::process::Stdio;
use std::time::Duration;

use common::Home;

/// The documented exit codes (README, `references/exit-codes.md`).
const DOCUMENTED: &[i32] = &[0, 1, 2, 3, 4, 5, 6, 124, 130];

/// Each command's arguments, and what it reads on stdin.
fn commands() -> Vec<(Vec<&'static str>, &'static str)> {
    vec![
        (
            vec![
                "run",
                "--no-sessions",
                "which warehouses used the most credits in Snowflake?",
            ],
            "",
        ),
        (
            vec![
                "run",
                "--dry-run",
                "which warehouses used the most credits in Snowflake?",
            ],
            "",
        ),
        (vec!["route", "show the largest tables in Snowflake"], ""),
        (vec!["sanitize"], "mail jane.doe@acme-mail.com the report\n"),
        (vec!["discover"], ""),
        (vec!["sessions"], ""),
        (vec!["audit", "verify"], ""),
        (vec!["audit", "tail"], ""),
        (vec!["config", "show"], ""),
        (vec!["config", "check"], ""),
        (vec!["doctor"], ""),
    ]
}

fn setup() -> (Home, common::FakeCortex) {
    let home = Home::new();
    home.org_policy("security:\n  approval_mode: envelope_only\n");
    let fake = home.fake_cortex("ok", &[]);
    (home, fake)
}

/// Run and return (exit code, stdout, stderr); `close_stdout` drops our end of the pipe first.
fn run(
    home: &Home,
    fake: &common::FakeCortex,
    args: &[&str],
    input: &str,
    close_stdout: bool,
) -> (i32, String, String) {
    let mut child = home
        .std_cmd_with(fake)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    if close_stdout {
        drop(child.stdout.take());
    }
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let mut stderr = String::new();
    let mut stdout = String::new();
    if let Some(mut out) = child.stdout.take() {
        let _ = out.read_to_string(&mut stdout);
    }
    if let Some(mut err) = child.stderr.take() {
        let _ = err.read_to_string(&mut stderr);
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        assert!(std::time::Instant::now() < deadline, "{args:?} hung");
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code().unwrap_or(-1), stdout, stderr)
}

fn assert_sane(args: &[&str], code: i32, stderr: &str) {
    assert!(
        DOCUMENTED.contains(&code),
        "{args:?} exited {code}, not a documented code; stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
}

#[test]
fn every_command_with_json_prints_one_json_object() {
    let (home, fake) = setup();
    for (args, input) in commands() {
        let mut with_json = args.clone();
        with_json.insert(1.min(args.len()), "--json");
        let (code, stdout, stderr) = run(&home, &fake, &with_json, input, false);
        assert_sane(&with_json, code, &stderr);
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(stdout.trim());
        assert!(
            parsed.as_ref().is_ok_and(|v| v.is_object()),
            "{with_json:?}: stdout is not one JSON object: {stdout:?}"
        );
    }
}

#[test]
fn every_command_with_a_closed_stdout_ends_quietly() {
    let (home, fake) = setup();
    for (args, input) in commands() {
        for json in [true, false] {
            let mut args = args.clone();
            if json {
                args.insert(1, "--json");
            }
            let (code, _, stderr) = run(&home, &fake, &args, input, true);
            assert_sane(&args, code, &stderr);
            assert!(
                !stderr.contains("Broken pipe"),
                "{args:?} complained about the closed pipe: {stderr}"
            );
        }
    }
    let (code, _, stderr) = run(&home, &fake, &["completions", "bash"], "", true);
    assert_sane(&["completions"], code, &stderr);
    assert_eq!(code, 0);
}

#[test]
fn every_command_with_a_bad_flag_is_a_usage_error_in_json_too() {
    let (home, fake) = setup();
    for (args, input) in commands() {
        let mut bad = args.clone();
        bad.insert(1, "--no-such-flag");
        bad.insert(1, "--json");
        let (code, stdout, stderr) = run(&home, &fake, &bad, input, false);
        assert_eq!(code, 2, "{bad:?}: {stderr}");
        let obj: serde_json::Value = serde_json::from_str(stdout.trim())
            .unwrap_or_else(|e| panic!("{bad:?}: not JSON ({e}): {stdout:?}"));
        assert_eq!(obj["status"], "error", "{bad:?}");
        assert_eq!(obj["exit_code"], 2, "{bad:?}");
    }
}

#[test]
fn every_command_has_help() {
    let (home, fake) = setup();
    for (args, _) in commands() {
        let mut help = args[..args.len().min(2)].to_vec();
        help.retain(|a| !a.contains(' ') && !a.starts_with("--"));
        help.push("--help");
        let (code, stdout, stderr) = run(&home, &fake, &help, "", false);
        assert_eq!(code, 0, "{help:?}: {stderr}");
        assert!(stdout.contains("Usage"), "{help:?}: {stdout}");
    }
}
