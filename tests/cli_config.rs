//! End-to-end tests of configuration layering, the security floor and policy checks, driving the
//! built binary with a throwaway HOME.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{Home, json_stdout, stderr};

fn effective(home: &Home, extra: &[&str]) -> (serde_json::Value, String) {
    let mut cmd = home.cmd();
    cmd.args(extra).args(["config", "show", "--json"]);
    let out = cmd.output().expect("runs");
    assert!(out.status.success(), "config show failed: {}", stderr(&out));
    (json_stdout(&out), stderr(&out))
}

#[test]
fn user_config_cannot_switch_to_auto_without_an_org_policy() {
    let home = Home::new();
    home.user_config("security:\n  approval_mode: auto\n");
    let (settings, err) = effective(&home, &[]);
    assert_eq!(settings["security"]["approval_mode"], "prompt");
    assert!(
        err.contains("security.approval_mode"),
        "warning names the key: {err}"
    );
}

#[test]
fn org_policy_that_allows_auto_lets_the_user_choose_it() {
    let home = Home::new();
    home.org_policy("security:\n  approval_mode: envelope_only\n");
    home.user_config("security:\n  approval_mode: auto\n");
    let (settings, err) = effective(&home, &[]);
    assert_eq!(settings["security"]["approval_mode"], "auto");
    assert!(!err.contains("warning"), "no warning expected: {err}");

    let home = Home::new();
    home.org_policy("security:\n  approval_mode: auto\n");
    let (settings, _) = effective(&home, &[]);
    assert_eq!(settings["security"]["approval_mode"], "auto");
}

#[test]
fn policy_flag_narrows_envelopes_but_never_widens_them() {
    let home = Home::new();
    let narrow = home.write("narrow.yaml", "security:\n  allowed_envelopes: [RO]\n");
    let (settings, _) = effective(&home, &["--policy", narrow.to_str().unwrap()]);
    assert_eq!(
        settings["security"]["allowed_envelopes"],
        serde_json::json!(["RO"])
    );

    let wide = home.write(
        "wide.yaml",
        "security:\n  allowed_envelopes: [RO, RW, DEPLOY, NONE]\n",
    );
    let (settings, err) = effective(&home, &["--policy", wide.to_str().unwrap()]);
    assert_eq!(
        settings["security"]["allowed_envelopes"],
        serde_json::json!(["RO", "RW"])
    );
    assert!(err.contains("DEPLOY, NONE ignored"), "{err}");
}

#[test]
fn policy_flag_cannot_relax_the_user_config_either() {
    let home = Home::new();
    home.org_policy("security:\n  approval_mode: envelope_only\n");
    home.user_config("security:\n  approval_mode: prompt\n");
    let loose = home.write("loose.yaml", "security:\n  approval_mode: envelope_only\n");
    let (settings, err) = effective(&home, &["--policy", loose.to_str().unwrap()]);
    assert_eq!(settings["security"]["approval_mode"], "prompt");
    assert!(err.contains("security.approval_mode"), "{err}");
}

#[test]
fn override_user_config_ignores_the_user_file() {
    let home = Home::new();
    home.org_policy("security:\n  override_user_config: true\n  max_history_items: 5\n");
    home.user_config("security:\n  max_history_items: 1\n  execution_timeout_seconds: 10\n");
    let (settings, err) = effective(&home, &[]);
    assert_eq!(settings["security"]["max_history_items"], 5);
    assert_eq!(settings["security"]["execution_timeout_seconds"], 300);
    assert!(err.contains("override_user_config"), "{err}");
}

#[test]
fn misspelled_key_fails_with_line_column_and_choices() {
    let home = Home::new();
    let path = home.user_config("security:\n  aproval_mode: prompt\n");
    let out = home.cmd().args(["config", "show"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:2:3", path.display())), "{err}");
    assert!(err.contains("approval_mode"), "lists the valid keys: {err}");
}

#[test]
fn invalid_value_lists_the_valid_choices() {
    let home = Home::new();
    home.user_config("security:\n  allowed_envelopes: [RO, READONLY]\n");
    let out = home.cmd().args(["config", "show"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("READONLY") && err.contains("RESEARCH"),
        "{err}"
    );
}

#[test]
fn world_writable_org_policy_stops_everything_but_doctor_and_help() {
    let home = Home::new();
    let policy = home.org_policy("security:\n  approval_mode: prompt\n");
    std::fs::set_permissions(&policy, std::fs::Permissions::from_mode(0o666)).unwrap();

    let out = home.cmd().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("world-writable"), "{}", stderr(&out));

    let out = home
        .cmd()
        .args(["route", "show warehouses"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "route must not run: {}",
        stderr(&out)
    );

    let out = home.cmd().args(["doctor", "--json"]).output().unwrap();
    let report = json_stdout(&out);
    assert_eq!(report["checks"][0]["name"], "configuration");
    assert_eq!(report["checks"][0]["level"], "fail");
    assert!(
        report["checks"].as_array().unwrap().len() > 3,
        "doctor kept checking"
    );

    let out = home.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("world-writable"));

    home.cmd().arg("--help").assert().success();
}

#[test]
fn invalid_org_policy_is_fatal_not_ignored() {
    let home = Home::new();
    home.org_policy("security:\n  allowed_envelopes: [RO\n");
    let out = home
        .cmd()
        .args(["sanitize"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("organization policy"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn shipped_example_config_loads_cleanly() {
    let home = Home::new();
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/config.yaml.example");
    let out = home
        .cmd()
        .args(["--config", example, "config", "check"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("FAIL"), "{}", stderr(&out));
}

#[test]
fn every_reference_skill_key_is_accepted() {
    // The key set of the reference skill's config.yaml.example and default_policy.yaml.
    let home = Home::new();
    home.org_policy(
        "security:\n  approval_mode: \"prompt\"\n  tool_prediction_confidence_threshold: 0.7\n  \
         allow_tool_expansion: true\n  audit_log_path: \"~/.claude/skills/cortex-code/audit.log\"\n  \
         audit_log_rotation: \"10MB\"\n  audit_log_retention: 30\n  sanitize_conversation_history: true\n  \
         sanitize_session_files: true\n  max_history_items: 3\n  cache_dir: \"~/.cache/cortex-skill\"\n  \
         cache_ttl: 86400\n  cache_permissions: \"0600\"\n  allowed_envelopes:\n    - \"RO\"\n    - \"RW\"\n    \
         - \"RESEARCH\"\n    - \"DEPLOY\"\n  deploy_envelope_confirmation: true\n  execution_timeout_seconds: 300\n  \
         credential_file_allowlist:\n    - \"~/.ssh/**\"\n    - \"**/.env\"\n    - \"**/*_key\"\n  \
         override_user_config: false\n",
    );
    let (settings, err) = effective(&home, &[]);
    assert!(!err.contains("warning"), "{err}");
    assert_eq!(
        settings["security"]["audit_log_path"],
        format!(
            "{}/.claude/skills/cortex-code/audit.log",
            home.path().display()
        )
    );
    assert_eq!(
        settings["security"]["allowed_envelopes"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn config_show_names_the_source_of_each_value() {
    let home = Home::new();
    let user = home.user_config("security:\n  execution_timeout_seconds: 60\n");
    let out = home.cmd().args(["config", "show"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("execution_timeout_seconds"))
        .expect("key shown");
    assert!(
        line.contains("60") && line.contains(&user.display().to_string()),
        "{line}"
    );
    let line = text.lines().find(|l| l.contains("approval_mode")).unwrap();
    assert!(line.contains("default"), "{line}");
}

#[test]
fn config_check_on_files_reports_every_bad_file() {
    let home = Home::new();
    let good = home.write("good.yaml", "security:\n  allowed_envelopes: [RO]\n");
    let bad = home.write("bad.yaml", "routing:\n  classifier: magic\n");
    let out = home
        .cmd()
        .args(["config", "check"])
        .arg(&good)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("valid --policy file"), "{err}");
    assert!(
        err.contains("bad.yaml:2:15") && err.contains("heuristic"),
        "{err}"
    );

    let out = home
        .cmd()
        .args(["config", "check"])
        .arg(&good)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn missing_explicit_config_is_an_error() {
    let home = Home::new();
    let out = home
        .cmd()
        .args(["--config", "/nonexistent/c.yaml", "config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/c.yaml"));
}

#[test]
fn environment_variable_cannot_move_the_org_policy() {
    let home = Home::new();
    let lax = home.write("lax.yaml", "security:\n  approval_mode: auto\n");
    let out = home
        .cmd()
        .env("CORTEX_SKILL_ORG_POLICY", &lax)
        .args(["config", "show", "--json"])
        .output()
        .unwrap();
    assert_eq!(json_stdout(&out)["security"]["approval_mode"], "prompt");
}

#[test]
fn undefined_variable_in_a_path_is_an_error() {
    let home = Home::new();
    home.user_config("security:\n  audit_log_path: $NO_SUCH_VAR_X/audit.log\n");
    let out = home.cmd().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("NO_SUCH_VAR_X"));
}

#[test]
fn json_errors_are_reported_on_stdout_too() {
    let home = Home::new();
    home.user_config("nonsense: 1\n");
    let out = home
        .cmd()
        .args(["config", "show", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let obj = json_stdout(&out);
    assert_eq!(obj["status"], "error");
    assert_eq!(obj["exit_code"], 2);
}

#[test]
fn completions_and_version_work_without_config() {
    let home = Home::new();
    home.org_policy("garbage: [");
    let out = home.cmd().args(["completions", "bash"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("cortex-route"));
    home.cmd().arg("--version").assert().success();
}

#[test]
fn duplicate_keys_take_the_last_value_with_a_warning_and_fail_config_check() {
    // The reference skill's loader (PyYAML) keeps the last of two equal keys; configs written
    // for it, examples pasted twice included, must load here too.
    let home = Home::new();
    let cfg = home.user_config(
        "security:\n  approval_mode: \"prompt\"\n  cache_ttl: 3600\n  cache_ttl: 600\n",
    );
    let out = home
        .cmd()
        .args(["config", "show", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json_stdout(&out)["security"]["cache_ttl"], 600);
    let err = stderr(&out);
    assert!(
        err.contains("security.cache_ttl") && err.contains("lines 3 and 4"),
        "{err}"
    );
    assert!(
        !err.contains("DuplicateKeyPolicy"),
        "a library hint reached the user: {err}"
    );

    let out = home
        .cmd()
        .args(["config", "check", "--json"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    let text = json_stdout(&out).to_string();
    assert!(text.contains("set twice"), "{text}");
}
