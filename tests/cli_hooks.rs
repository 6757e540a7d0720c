//! The hooks end to end: Claude Code's prompt hook, the Cortex PreToolUse hook (exit codes, the
//! envelope it judges by, its audit records), `hooks install/uninstall` in settings files that
//! already hold other hooks, and the fake Cortex running the installed hook the way Cortex runs
//! command hooks (tests/fake-cortex/cortex, `command_hooks`).

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Home, json_stdout, stderr};
use serde_json::{Value, json};

/// Run `cortex-route ARGS` with `input` on stdin.
fn with_stdin(home: &Home, args: &[&str], input: &[u8]) -> std::process::Output {
    with_stdin_env(home, args, input, &[])
}

fn with_stdin_env(
    home: &Home,
    args: &[&str],
    input: &[u8],
    env: &[(&str, &str)],
) -> std::process::Output {
    let mut cmd = home.std_cmd();
    cmd.args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    // The hook may stop reading early (an oversized input): a broken pipe is fine.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().expect("waits")
}

fn hook_call(tool: &str, input: Value) -> Vec<u8> {
    json!({
        "session_id": "s-123",
        "transcript_path": "/tmp/t.jsonl",
        "cwd": "/tmp",
        "permission_mode": "default",
        "hook_event_name": "PreToolUse",
        "tool_name": tool,
        "tool_input": input,
        "tool_use_id": "toolu_1",
    })
    .to_string()
    .into_bytes()
}

const PRE_TOOL_USE: [&str; 2] = ["hook", "cortex-pre-tool-use"];

// ---- Claude Code: the prompt hook ------------------------------------------------------------

#[test]
fn prompt_hook_points_snowflake_work_at_the_skill() {
    let home = Home::new();
    let input = json!({
        "session_id": "abc", "hook_event_name": "UserPromptSubmit",
        "prompt": "which warehouses burned the most credits last week?"
    });
    let out = with_stdin(
        &home,
        &["hook", "claude-prompt"],
        input.to_string().as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let obj = json_stdout(&out);
    assert_eq!(
        obj["hookSpecificOutput"]["hookEventName"],
        "UserPromptSubmit"
    );
    let context = obj["hookSpecificOutput"]["additionalContext"]
        .as_str()
        .expect("context");
    assert!(context.contains("cortex-code skill"), "{context}");
    assert!(context.contains("cortex-route run --json -"), "{context}");
}

#[test]
fn prompt_hook_stays_silent_for_coding_work_and_never_blocks_on_garbage() {
    let home = Home::new();
    let coding = json!({"prompt": "refactor src/main.rs to use anyhow for errors"});
    let out = with_stdin(
        &home,
        &["hook", "claude-prompt"],
        coding.to_string().as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json_stdout(&out), json!({}));

    let huge = vec![b'{'; 2 << 20];
    for input in [
        &b"not json at all"[..],
        b"",
        b"[1,2]",
        br#"{"prompt": 42}"#,
        &huge,
    ] {
        let out = with_stdin(&home, &["hook", "claude-prompt"], input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(json_stdout(&out), json!({}));
    }
}

#[test]
fn prompt_hook_ignores_a_broken_configuration() {
    let home = Home::new();
    home.org_policy("security:\n  approval_mode: [nonsense\n");
    let input = json!({"prompt": "show the top 10 tables by storage in ANALYTICS_DB on Snowflake"});
    let out = with_stdin(
        &home,
        &["hook", "claude-prompt"],
        input.to_string().as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(json_stdout(&out)["hookSpecificOutput"].is_object());
}

#[test]
fn session_start_hook_returns_at_once_and_refreshes_skills_in_the_background() {
    let home = Home::new();
    let fake = home.fake_cortex("ok", &[]);
    let started = Instant::now();
    let out = home
        .std_cmd_with(&fake)
        .args(["hook", "session-start"])
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.is_empty(),
        "SessionStart output reaches the model"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    let cache = home.path().join(".cache/cortex-skill/cr-skills.json");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !cache.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        cache.exists(),
        "the background discovery wrote no skill cache"
    );
}

// ---- Cortex: the PreToolUse hook -------------------------------------------------------------

#[test]
fn cortex_hook_denies_a_drop_under_ro_with_exit_2_and_an_audit_record() {
    let home = Home::new();
    home.user_config("hooks:\n  envelope: RO\n");
    let out = with_stdin(
        &home,
        &PRE_TOOL_USE,
        &hook_call(
            "snowflake_sql_execute",
            json!({"sql": "DROP TABLE prod.sales.orders"}),
        ),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("RO envelope") && err.contains("DROP TABLE"),
        "{err}"
    );
    let records = home.audit_records();
    let denied = records.last().expect("an audit record");
    assert_eq!(denied["event"], "tool_denied");
    assert_eq!(denied["protocol"], "hook");
    assert_eq!(denied["envelope"], "RO");
    assert_eq!(denied["cortex_session_id"], "s-123");
    assert_eq!(denied["denied_call"]["tool"], "snowflake_sql_execute");
}

#[test]
fn cortex_hook_allows_a_select_silently() {
    let home = Home::new();
    home.user_config("hooks:\n  envelope: RO\n");
    let out = with_stdin(
        &home,
        &PRE_TOOL_USE,
        &hook_call(
            "SQL",
            json!({"sql": "SELECT count(*) FROM prod.sales.orders"}),
        ),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    assert!(
        home.audit_records().is_empty(),
        "allowed calls are not audited"
    );
}

#[test]
fn cortex_hook_fails_closed_on_garbage_input() {
    let home = Home::new();
    let huge = vec![b' '; (8 << 20) + 10];
    for input in [
        &b"garbage"[..],
        b"",
        b"[]",
        br#"{"tool_input": {"command": "rm -rf /"}}"#,
        br#"{"tool_name": 12}"#,
        &huge,
    ] {
        let out = with_stdin(&home, &PRE_TOOL_USE, input);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{:?}",
            String::from_utf8_lossy(&input[..input.len().min(40)])
        );
        assert!(stderr(&out).contains("denied"), "{}", stderr(&out));
    }
}

#[test]
fn cortex_hook_fails_closed_on_a_broken_policy() {
    let home = Home::new();
    home.org_policy("security:\n  approval_mode: [nonsense\n");
    let select = hook_call("SQL", json!({"sql": "SELECT 1"}));
    let out = with_stdin(&home, &PRE_TOOL_USE, &select);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("configuration"), "{}", stderr(&out));

    // A hook told to use a policy file that is gone denies too.
    let home = Home::new();
    let gone = home.path().join("gone.yaml");
    let gone = gone.to_str().expect("utf-8");
    let out = with_stdin(
        &home,
        &["--policy", gone, "hook", "cortex-pre-tool-use"],
        &select,
    );
    assert_eq!(out.status.code(), Some(2));

    // An envelope that would allow everything is refused as configuration.
    let home = Home::new();
    home.user_config("hooks:\n  envelope: NONE\n");
    let out = with_stdin(&home, &PRE_TOOL_USE, &select);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("NONE"), "{}", stderr(&out));
}

#[test]
fn cortex_hook_refuses_a_session_that_forges_a_cortex_route_run() {
    let home = Home::new();
    let select = hook_call("SQL", json!({"sql": "SELECT 1"}));
    let out = with_stdin_env(
        &home,
        &PRE_TOOL_USE,
        &select,
        &[
            ("CORTEX_ROUTE_RUN_ID", "0123456789abcdef01234567"),
            ("CORTEX_ROUTE_RUN_TOKEN", "guess"),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("claims to be a cortex-route run"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        home.audit_records().last().expect("audited")["denied_call"]["rule"],
        "unregistered_run"
    );
}

#[test]
fn cortex_hook_uses_ro_when_the_configured_envelope_is_not_allowed() {
    let home = Home::new();
    home.org_policy("security:\n  allowed_envelopes: [RO, RESEARCH]\n");
    let out = with_stdin(
        &home,
        &PRE_TOOL_USE,
        &hook_call("Bash", json!({"command": "touch notes.txt"})),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("RO envelope"), "{}", stderr(&out));
}

// ---- hooks install / uninstall ---------------------------------------------------------------

const OTHER_HOOKS: &str = r#"{
  "hooks": {
    "PreToolUse": [
      { "matcher": "Bash", "hooks": [ { "type": "command", "command": "/opt/acme/validate.sh", "timeout": 30 } ] }
    ],
    "SessionEnd": [ { "hooks": [ { "type": "command", "command": "notify-send bye" } ] } ]
  },
  "theme": "dark"
}
"#;

#[test]
fn cortex_hook_install_twice_keeps_other_hooks_and_uninstall_restores_the_file_byte_for_byte() {
    let home = Home::new();
    let hooks = home.write(".snowflake/cortex/hooks.json", OTHER_HOOKS);
    for round in 0..2 {
        let out = home
            .cmd()
            .args(["hooks", "install", "--cortex", "--json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let change = &json_stdout(&out)["files"][0]["change"];
        assert_eq!(change, if round == 0 { "changed" } else { "unchanged" });
    }
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&hooks).unwrap()).unwrap();
    let pre = v["hooks"]["PreToolUse"].as_array().unwrap();
    assert_eq!(pre.len(), 2, "{v}");
    assert_eq!(pre[0]["hooks"][0]["command"], "/opt/acme/validate.sh");
    assert_eq!(pre[1]["matcher"], ".*");
    let ours = pre[1]["hooks"][0]["command"].as_str().unwrap();
    assert!(ours.ends_with(" hook cortex-pre-tool-use"), "{ours}");
    assert_eq!(
        v["hooks"]["SessionEnd"][0]["hooks"][0]["command"],
        "notify-send bye"
    );
    assert_eq!(v["theme"], "dark");

    let doctor = home.cmd().args(["doctor", "--json"]).output().unwrap();
    let checks = json_stdout(&doctor)["checks"].clone();
    let hook = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "cortex hook")
        .unwrap()
        .clone();
    assert_eq!(hook["level"], "ok", "{hook}");
    assert!(
        hook["detail"].as_str().unwrap().starts_with("installed"),
        "{hook}"
    );

    let out = home
        .cmd()
        .args(["hooks", "uninstall", "--cortex"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&hooks).unwrap(), OTHER_HOOKS);
}

#[test]
fn doctor_fails_when_the_installed_hook_runs_a_binary_that_is_gone() {
    let home = Home::new();
    home.write(
        ".snowflake/cortex/hooks.json",
        r#"{"hooks": {"PreToolUse": [{"matcher": ".*", "hooks": [{"type": "command", "command": "/nowhere/cortex-route hook cortex-pre-tool-use"}]}]}}"#,
    );
    let doctor = home.cmd().args(["doctor", "--json"]).output().unwrap();
    let obj = json_stdout(&doctor);
    let hook = obj["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "cortex hook")
        .unwrap()
        .clone();
    assert_eq!(hook["level"], "fail", "{hook}");
    assert!(
        hook["detail"]
            .as_str()
            .unwrap()
            .contains("/nowhere/cortex-route")
    );
}

#[test]
fn project_hooks_go_into_the_projects_cortex_settings() {
    let home = Home::new();
    let project = home.path().join("proj");
    std::fs::create_dir_all(&project).unwrap();
    let out = home
        .cmd()
        .args(["hooks", "install", "--cortex", "--project"])
        .arg(&project)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let settings = project.join(".cortex/settings.json");
    assert!(
        std::fs::read_to_string(&settings)
            .unwrap()
            .contains("hook cortex-pre-tool-use")
    );
    let out = home
        .cmd()
        .args(["hooks", "uninstall", "--cortex", "--project"])
        .arg(&project)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !settings.exists(),
        "the install created it and nothing else is in it"
    );
}

#[test]
fn claude_hooks_and_the_ask_rule_install_and_uninstall_together() {
    let home = Home::new();
    let original = "{\n  \"model\": \"opus\"\n}\n";
    let settings = home.write(".claude/settings.json", original);
    let out = home
        .cmd()
        .args(["hooks", "install", "--claude"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&settings).unwrap()).unwrap();
    assert!(
        v["hooks"]["UserPromptSubmit"][0]["hooks"][0]["command"]
            .as_str()
            .unwrap()
            .ends_with("hook claude-prompt")
    );
    assert!(
        v["hooks"]["SessionStart"][0]["hooks"][0]["command"]
            .as_str()
            .unwrap()
            .ends_with("hook session-start")
    );
    assert_eq!(
        v["permissions"]["ask"],
        json!(["Bash(cortex-route approve:*)"])
    );
    assert_eq!(v["model"], "opus");
    let out = home
        .cmd()
        .args(["hooks", "uninstall", "--claude"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), original);
}

#[test]
fn hooks_install_refuses_a_settings_file_it_cannot_read_as_json() {
    let home = Home::new();
    let hooks = home.write(".snowflake/cortex/hooks.json", "{ this is not json");
    let out = home
        .cmd()
        .args(["hooks", "install", "--cortex"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a JSON object"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&hooks).unwrap(),
        "{ this is not json"
    );
    let out = home.cmd().args(["hooks", "install"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "an agent must be named");
}

// ---- the installed hook, run by (the fake) Cortex -------------------------------------------

const CREATE: &str = "CREATE TABLE analytics.scratch.t (a int)";

fn install_cortex_hook(home: &Home) {
    let out = home
        .cmd()
        .args(["hooks", "install", "--cortex"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_session_cortex_route_did_not_start_is_judged_by_hooks_envelope() {
    let home = Home::new();
    home.user_config("hooks:\n  envelope: RO\n");
    install_cortex_hook(&home);
    let calls = json!([{"name": "snowflake_sql_execute", "input": {"sql": CREATE}}]).to_string();
    let hook_log = home.path().join("hook-log.txt");
    let hook_log_s = hook_log.display().to_string();
    let fake = home.fake_cortex(
        "calls",
        &[
            ("FAKE_CORTEX_CALLS", &calls),
            ("FAKE_CORTEX_HOOK_LOG", &hook_log_s),
        ],
    );
    // The agent runs Cortex itself, without cortex-route.
    let out = Command::new(fake.bin.join("cortex"))
        .args([
            "-p",
            "make a scratch table",
            "--output-format",
            "stream-json",
        ])
        .env("HOME", home.path())
        .env_remove("CORTEX_ROUTE_RUN_ID")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("PreToolUse hook blocked this call"));
    assert!(
        fake.executed().is_empty(),
        "the CREATE ran: {:?}",
        fake.executed()
    );
    let log = std::fs::read_to_string(&hook_log).unwrap();
    assert!(log.starts_with("SQL\t2\t"), "{log}");
}

#[test]
fn a_run_cortex_route_started_keeps_its_own_envelope_in_the_hook() {
    let home = Home::new();
    home.org_policy(
        "security:\n  approval_mode: envelope_only\n  allowed_envelopes: [RO, RW]\ncortex:\n  protocol: print\n",
    );
    home.user_config("hooks:\n  envelope: RO\n");
    install_cortex_hook(&home);
    let calls = json!([{"name": "snowflake_sql_execute", "input": {"sql": CREATE}}]).to_string();
    let hook_log = home.path().join("hook-log.txt");
    let hook_log_s = hook_log.display().to_string();
    let fake = home.fake_cortex(
        "calls",
        &[
            ("FAKE_CORTEX_CALLS", &calls),
            ("FAKE_CORTEX_HOOK_LOG", &hook_log_s),
        ],
    );
    let out = home
        .cmd_with(&fake)
        .args([
            "run",
            "--json",
            "--no-sessions",
            "--envelope",
            "RW",
            "create a scratch table in Snowflake ANALYTICS.SCRATCH",
        ])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let obj = json_stdout(&out);
    assert_eq!(obj["status"], "executed", "{obj} {}", stderr(&out));
    let log = std::fs::read_to_string(&hook_log).unwrap();
    assert!(
        log.starts_with("SQL\t0\t"),
        "the hook judged the RW run by RO: {log}"
    );
    assert_eq!(fake.executed().len(), 1);
    // The registration is gone with the run.
    let leftovers: Vec<_> = std::fs::read_dir(home.path().join(".cache/cortex-skill"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("cr-run-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// ---- config check --as ------------------------------------------------------------------------

#[test]
fn config_check_as_names_the_layer_a_file_is_checked_as() {
    let home = Home::new();
    let relaxing = home.write("policy.yaml", "security:\n  approval_mode: auto\n");
    let check = |layer: &str| {
        home.cmd()
            .args(["config", "check", "--json", "--as", layer])
            .arg(&relaxing)
            .output()
            .unwrap()
    };
    // The organization may relax the defaults; a user config or a --policy file may not.
    let org = check("org");
    assert_eq!(
        org.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&org.stdout)
    );
    assert_eq!(
        json_stdout(&org)["effective"]["security"]["approval_mode"],
        "auto"
    );
    for layer in ["user", "policy"] {
        let out = check(layer);
        assert_eq!(out.status.code(), Some(2), "{layer}");
        let text = json_stdout(&out)["findings"].to_string();
        assert!(text.contains("security.approval_mode"), "{layer}: {text}");
    }
    // Without --as, FILES are checked as --policy files, as the help says.
    let default = home
        .cmd()
        .args(["config", "check"])
        .arg(&relaxing)
        .output()
        .unwrap();
    assert_eq!(default.status.code(), Some(2));

    // An organization policy others can write is refused as one.
    use std::os::unix::fs::PermissionsExt;
    let open = home.write("open.yaml", "security:\n  approval_mode: prompt\n");
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = home
        .cmd()
        .args(["config", "check", "--as", "org"])
        .arg(&open)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn every_installed_agents_config_is_read_and_the_stricter_value_wins() {
    let home = Home::new();
    home.write(
        ".claude/skills/cortex-code/config.yaml",
        "security:\n  max_history_items: 2\n",
    );
    home.write(
        ".cursor/skills/cortex-code/config.yaml",
        "security:\n  max_history_items: 1\nhooks:\n  envelope: RO\n",
    );
    let out = home
        .cmd()
        .args(["config", "show", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_stdout(&out);
    assert_eq!(v["security"]["max_history_items"], 1);
    assert_eq!(v["hooks"]["envelope"], "RO");
}

// ---- hostile calls through the hook ----------------------------------------------------------

#[test]
fn a_link_to_a_key_in_the_sessions_folder_is_read_as_the_key() {
    let home = Home::new();
    let key = home.write(".ssh/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n");
    let project = home.path().join("project");
    std::fs::create_dir_all(&project).unwrap();
    std::os::unix::fs::symlink(&key, project.join("notes.txt")).unwrap();
    let mut call: Value =
        serde_json::from_slice(&hook_call("Read", json!({"file_path": "notes.txt"}))).unwrap();
    call["cwd"] = project.display().to_string().into();
    let out = with_stdin(&home, &PRE_TOOL_USE, call.to_string().as_bytes());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("credential"), "{}", stderr(&out));
    // The same name, not a link: an ordinary read.
    std::fs::remove_file(project.join("notes.txt")).unwrap();
    std::fs::write(project.join("notes.txt"), "hello").unwrap();
    let out = with_stdin(&home, &PRE_TOOL_USE, call.to_string().as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_session_cannot_edit_the_hook_out_of_its_own_settings() {
    let home = Home::new();
    let hooks = home
        .path()
        .join(".snowflake/cortex/hooks.json")
        .display()
        .to_string();
    let attempts = [
        ("Write", json!({"file_path": hooks, "content": "{}"})),
        (
            "Edit",
            json!({"file_path": "~/.snowflake/cortex/hooks.json", "old_string": "cortex-route", "new_string": "true"}),
        ),
        (
            "Bash",
            json!({"command": "echo '{}' > ~/.snowflake/cortex/hooks.json"}),
        ),
        (
            "Bash",
            json!({"command": "rm -f $HOME/.snowflake/cortex/hooks.json"}),
        ),
        (
            "Write",
            json!({"file_path": "/work/proj/.cortex/settings.json", "content": "{}"}),
        ),
        (
            "Write",
            json!({"file_path": "/work/proj/.claude/settings.json", "content": "{}"}),
        ),
        (
            "Bash",
            json!({"command": "sed -i 's/cortex-route/true/' .cortex/settings.json"}),
        ),
    ];
    for (tool, input) in attempts {
        let out = with_stdin(&home, &PRE_TOOL_USE, &hook_call(tool, input.clone()));
        assert_eq!(out.status.code(), Some(2), "{tool} {input} was allowed");
    }
}
