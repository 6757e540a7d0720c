//! The Claude Code plugin layout (`.claude-plugin/`, `hooks/`, `skills/`), the hook wrapper
//! `hooks/run-hook.sh`, and the CI example (`examples/ci/`).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::{Home, json_stdout, stderr};
use serde_json::Value;

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn json_file(rel: &str) -> Value {
    let text = std::fs::read_to_string(repo(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
}

#[test]
fn plugin_manifest_names_the_plugin_its_version_and_its_skills() {
    let plugin = json_file(".claude-plugin/plugin.json");
    assert_eq!(plugin["name"], "cortex-route");
    assert_eq!(
        plugin["version"],
        env!("CARGO_PKG_VERSION"),
        "same as Cargo.toml"
    );
    assert_eq!(plugin["license"], "Apache-2.0");
    assert!(!plugin["description"].as_str().unwrap_or("").is_empty());
    assert!(
        plugin["keywords"]
            .as_array()
            .is_some_and(|k| k.iter().any(|w| w == "snowflake")),
        "{plugin}"
    );
    let skills = plugin["skills"].as_str().expect("skills is a path");
    assert!(skills.starts_with("./"), "plugin paths start with ./");
    assert!(
        repo(skills).join("cortex-code/SKILL.md").is_file(),
        "{skills}/cortex-code/SKILL.md"
    );
    // hooks/hooks.json is loaded by convention; naming it again in the manifest would load it twice.
    assert!(plugin.get("hooks").is_none(), "{plugin}");
}

#[test]
fn marketplace_lists_this_folder_as_the_plugin() {
    let plugin = json_file(".claude-plugin/plugin.json");
    let market = json_file(".claude-plugin/marketplace.json");
    assert_eq!(market["name"], "cortex-route");
    assert!(!market["owner"]["name"].as_str().unwrap_or("").is_empty());
    let plugins = market["plugins"].as_array().expect("plugins list");
    assert_eq!(plugins.len(), 1);
    let entry = &plugins[0];
    assert_eq!(entry["name"], plugin["name"]);
    assert_eq!(entry["source"], "./");
    assert_eq!(entry["version"], plugin["version"]);
    assert!(!entry["description"].as_str().unwrap_or("").is_empty());
}

/// The command of the only hook of `event` in hooks/hooks.json.
fn hook_command(event: &str) -> String {
    let hooks = json_file("hooks/hooks.json");
    assert!(hooks["description"].is_string());
    let groups = hooks["hooks"][event].as_array().expect("event list");
    assert_eq!(groups.len(), 1, "{event}");
    let list = groups[0]["hooks"].as_array().expect("hooks list");
    assert_eq!(list.len(), 1, "{event}");
    let hook = &list[0];
    assert_eq!(hook["type"], "command");
    let timeout = hook["timeout"].as_u64().expect("timeout in seconds");
    assert!((1..=10).contains(&timeout), "{event}: timeout {timeout}");
    hook["command"].as_str().expect("command").to_string()
}

#[test]
fn hooks_run_the_wrapper_from_the_plugin_root() {
    let prompt = hook_command("UserPromptSubmit");
    let session = hook_command("SessionStart");
    assert_eq!(
        prompt,
        "/bin/sh \"${CLAUDE_PLUGIN_ROOT}/hooks/run-hook.sh\" claude-prompt"
    );
    assert_eq!(
        session,
        "/bin/sh \"${CLAUDE_PLUGIN_ROOT}/hooks/run-hook.sh\" session-start"
    );
    let events: Vec<String> = json_file("hooks/hooks.json")["hooks"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(events, ["UserPromptSubmit", "SessionStart"]);
}

/// Run a hook's command from hooks/hooks.json the way Claude Code does (a shell, the plugin root
/// in `CLAUDE_PLUGIN_ROOT`, the event's JSON on stdin), with exactly this PATH and HOME.
fn run_hook(event: &str, path: &str, home: &Path) -> Output {
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg(hook_command(event))
        .env_clear()
        .env("PATH", path)
        .env("HOME", home)
        .env("CLAUDE_PLUGIN_ROOT", env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        // A hook that does not read its stdin may be gone already (EPIPE): that is fine.
        let _ = stdin
            .write_all(br#"{"hook_event_name":"UserPromptSubmit","prompt":"show my warehouses"}"#);
    }
    child.wait_with_output().unwrap()
}

/// A fake `cortex-route` in `dir` that prints its arguments, then its stdin, and exits `code`.
fn fake_cortex_route(dir: &Path, tag: &str, code: u8) {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join("cortex-route");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nprintf '{tag} args:%s\\n' \"$*\"\nwhile IFS= read -r line || [ -n \"$line\" ]; do printf 'stdin:%s\\n' \"$line\"; done\nexit {code}\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn without_cortex_route_the_prompt_hook_prints_an_empty_object_and_never_blocks() {
    let home = tempfile::tempdir().unwrap();
    let out = run_hook("UserPromptSubmit", "", home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "{}\n");

    let out = run_hook("SessionStart", "", home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "", "the session hook says nothing");
}

#[test]
fn the_hook_runs_cortex_route_from_path_with_the_event_on_stdin() {
    let home = tempfile::tempdir().unwrap();
    let bin = home.path().join("on-path");
    fake_cortex_route(&bin, "path", 0);
    // Another copy in ~/.local/bin: PATH comes first.
    fake_cortex_route(&home.path().join(".local/bin"), "local", 0);
    let out = run_hook("UserPromptSubmit", bin.to_str().unwrap(), home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "path args:hook claude-prompt\nstdin:{\"hook_event_name\":\"UserPromptSubmit\",\"prompt\":\"show my warehouses\"}\n"
    );
    let out = run_hook("SessionStart", bin.to_str().unwrap(), home.path());
    assert!(
        text(&out.stdout).starts_with("path args:hook session-start\n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn the_hook_finds_cortex_route_in_local_bin_then_cargo_bin() {
    let home = tempfile::tempdir().unwrap();
    fake_cortex_route(&home.path().join(".cargo/bin"), "cargo", 0);
    let out = run_hook("UserPromptSubmit", "", home.path());
    assert!(
        text(&out.stdout).starts_with("cargo args:hook claude-prompt\n"),
        "{}",
        text(&out.stdout)
    );
    fake_cortex_route(&home.path().join(".local/bin"), "local", 0);
    let out = run_hook("UserPromptSubmit", "", home.path());
    assert!(
        text(&out.stdout).starts_with("local args:hook claude-prompt\n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn an_exit_2_from_cortex_route_does_not_block_the_prompt() {
    // An older binary without `hook` exits 2 (usage); Claude Code would block the prompt on 2.
    let home = tempfile::tempdir().unwrap();
    fake_cortex_route(&home.path().join(".local/bin"), "old", 2);
    let out = run_hook("UserPromptSubmit", "", home.path());
    assert_eq!(out.status.code(), Some(1));
    // Other codes pass through.
    fake_cortex_route(&home.path().join(".local/bin"), "old", 0);
    assert_eq!(
        run_hook("UserPromptSubmit", "", home.path()).status.code(),
        Some(0)
    );
}

#[test]
fn the_wrapper_refuses_an_unknown_hook_without_blocking() {
    let out = Command::new("/bin/sh")
        .arg(repo("hooks/run-hook.sh"))
        .arg("pre-tool-use")
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("unknown hook 'pre-tool-use'"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_cursor_rule_has_cursor_front_matter_and_agrees_with_the_skill() {
    let text = std::fs::read_to_string(repo("skills/cortex-code/cursor/cortex-code.mdc")).unwrap();
    let (front, body) = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .expect("front matter");
    let parsed: Value = serde_saphyr::from_str(front).expect("front matter is YAML");
    let keys: Vec<&str> = parsed
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["description", "globs", "alwaysApply"]);
    assert_eq!(parsed["alwaysApply"], false);
    assert!(parsed["description"].as_str().unwrap().contains("Use when"));
    for needle in [
        "cortex-route run --json -",
        "<<'EOF'",
        "~/.local/bin/cortex-route",
        "disallowed_tools",
        "approval.approve_command",
        "--approval-ticket",
        "execution_timeout_seconds",
    ] {
        assert!(body.contains(needle), "the rule lacks {needle:?}");
    }
}

#[test]
fn the_skill_tells_the_agent_what_a_new_user_would_have_to_guess() {
    let text = std::fs::read_to_string(repo("skills/cortex-code/SKILL.md")).unwrap();
    for needle in [
        "~/.local/bin/cortex-route",
        "install.sh",
        "Never call `cortex`",
        "cortex-route run --json --context-file <file> - <<'EOF'",
        "never put a request inside double quotes",
        "execution_timeout_seconds",
        "cortex-route config show --json",
        "top-level `disallowed_tools`",
        "approval.approve_command",
        "ticket_approval",
        "Bash(cortex-route approve:*)",
        "--approval-ticket <approval.ticket>",
        "blocked_by: approval_ticket",
    ] {
        assert!(
            text.to_lowercase().contains(&needle.to_lowercase()),
            "SKILL.md lacks {needle:?}"
        );
    }
    // The default it quotes is the shipped one.
    let example = std::fs::read_to_string(repo("config.yaml.example")).unwrap();
    assert!(example.contains("execution_timeout_seconds: 300"));
    assert!(text.contains("300 s"));
}

// ---- the CI example ----

const CI_POLICY: &str = "examples/ci/policy.yaml";

/// The workflow, parsed.
fn workflow() -> Value {
    let text = std::fs::read_to_string(repo("examples/ci/cortex-route.yml")).unwrap();
    serde_saphyr::from_str(&text).expect("the workflow is YAML")
}

/// Every step of every job, in order.
fn steps() -> Vec<Value> {
    let wf = workflow();
    wf["jobs"]
        .as_object()
        .expect("jobs")
        .values()
        .flat_map(|job| job["steps"].as_array().cloned().unwrap_or_default())
        .collect()
}

/// The index of the first step whose `run` contains `needle`.
fn step_running(steps: &[Value], needle: &str) -> usize {
    steps
        .iter()
        .position(|s| s["run"].as_str().is_some_and(|r| r.contains(needle)))
        .unwrap_or_else(|| panic!("no step runs {needle:?}"))
}

/// The prompt the workflow's run step sends on stdin (its quoted heredoc).
fn workflow_prompt() -> String {
    let steps = steps();
    let run = steps[step_running(&steps, "cortex-route run")]["run"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, rest) = run
        .split_once("<<'EOF'\n")
        .expect("the prompt is a quoted heredoc");
    let (prompt, _) = rest.split_once("\nEOF\n").expect("heredoc end");
    prompt.to_string()
}

#[test]
fn the_workflow_has_every_step_in_order() {
    let wf = workflow();
    assert_eq!(wf["permissions"]["contents"], "read");
    let steps = steps();
    let order = [
        step_running(&steps, "cargo install --locked"),
        step_running(&steps, "config check --as org .cortex-route/policy.yaml"),
        step_running(&steps, "/etc/cortex-route/policy.yaml"),
        step_running(&steps, "connections.toml"),
        step_running(
            &steps,
            "cortex-route run --json --non-interactive --no-sessions -",
        ),
        step_running(&steps, "cortex-route audit verify"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");

    let connection = steps[step_running(&steps, "connections.toml")]
        .as_object()
        .unwrap()
        .clone();
    let run = connection["run"].as_str().unwrap();
    assert!(run.starts_with("umask 077\n"), "{run}");
    assert!(run.contains("authenticator = \"PROGRAMMATIC_ACCESS_TOKEN\""));
    assert!(run.contains("token = \"$SNOWFLAKE_PAT\""));
    assert!(run.contains("[ci]"), "the connection the policy names");
    assert_eq!(
        connection["env"]["SNOWFLAKE_PAT"],
        "${{ secrets.SNOWFLAKE_PAT }}"
    );
    // The PAT is given to that step only.
    for (i, step) in steps.iter().enumerate() {
        if step["run"].as_str() != Some(run) {
            assert!(
                !step.to_string().contains("secrets.SNOWFLAKE_PAT"),
                "step {i} sees the PAT"
            );
        }
    }

    let verify = &steps[step_running(&steps, "cortex-route audit verify")];
    assert_eq!(verify["if"], "always()");
    let upload = steps
        .iter()
        .find(|s| s["uses"] == "actions/upload-artifact@v4")
        .expect("an upload step");
    assert_eq!(upload["if"], "always()");
    assert!(
        upload["with"]["path"]
            .as_str()
            .unwrap()
            .contains("cortex-route-audit/"),
        "{upload}"
    );
    let policy = std::fs::read_to_string(repo(CI_POLICY)).unwrap();
    assert!(
        policy.contains("audit_log_path: ${GITHUB_WORKSPACE}/cortex-route-audit/audit.log"),
        "the uploaded folder is the audit log's"
    );
}

/// `cortex-route` (the built binary) with HOME here, no inherited configuration, and
/// `GITHUB_WORKSPACE` as a GitHub Actions step has it.
fn ci_cmd(home: &Home, fake: Option<&common::FakeCortex>) -> Command {
    let mut cmd = match fake {
        Some(f) => home.std_cmd_with(f),
        None => home.std_cmd(),
    };
    cmd.env("GITHUB_WORKSPACE", workspace(home));
    cmd
}

fn workspace(home: &Home) -> PathBuf {
    let ws = home.path().join("workspace");
    std::fs::create_dir_all(&ws).unwrap();
    ws
}

#[test]
fn the_ci_policy_passes_config_check_and_needs_github_workspace() {
    let home = Home::new();
    let out = ci_cmd(&home, None)
        .args(["config", "check", "--json", "--as", "org"])
        .arg(repo(CI_POLICY))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json_stdout(&out);
    assert_eq!(report["ok"], true, "{report}");
    let eff = &report["effective"];
    assert_eq!(eff["security"]["approval_mode"], "envelope_only");
    assert_eq!(eff["cortex"]["protocol"], "gate");
    assert_eq!(eff["audit"]["required"], true);
    assert_eq!(
        eff["security"]["audit_log_path"],
        workspace(&home)
            .join("cortex-route-audit/audit.log")
            .display()
            .to_string()
    );

    // Outside CI the audit path cannot be placed: the file is refused, naming the variable.
    let out = home
        .std_cmd()
        .env_remove("GITHUB_WORKSPACE")
        .args(["config", "check"])
        .arg(repo(CI_POLICY))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("GITHUB_WORKSPACE"),
        "{}",
        stderr(&out)
    );
}

/// The CI policy installed where the workflow puts it (debug builds read the system policy from
/// `CORTEX_ROUTE_TEST_SYSTEM_POLICY` instead of /etc).
fn install_ci_policy(home: &Home, cmd: &mut Command) {
    let path = home.write(
        "etc/cortex-route/policy.yaml",
        &std::fs::read_to_string(repo(CI_POLICY)).unwrap(),
    );
    cmd.env("CORTEX_ROUTE_TEST_SYSTEM_POLICY", path);
}

fn run_prompt(cmd: &mut Command, prompt: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(prompt.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

const RUN_ARGS: [&str; 5] = ["run", "--json", "--non-interactive", "--no-sessions", "-"];

#[test]
fn the_ci_policy_runs_the_workflows_prompt_unattended_through_the_gate_and_audits_it() {
    let home = Home::new();
    // Permission requests in Cortex's `{action, resource}` shape (the fake's default).
    let fake = home.fake_cortex("ok", &[]);
    let mut cmd = ci_cmd(&home, Some(&fake));
    install_ci_policy(&home, &mut cmd);
    cmd.args(RUN_ARGS);
    let out = run_prompt(&mut cmd, &workflow_prompt());
    let obj = json_stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{obj} {}", stderr(&out));
    assert_eq!(obj["status"], "executed");
    assert_eq!(obj["approval_mode"], "envelope_only");
    assert_eq!(obj["approved_by"], "envelope_only");
    assert_eq!(obj["envelope"], "RO");
    assert!(
        obj["protocol"].as_str().unwrap().starts_with("gate"),
        "{obj}"
    );
    let calls = fake.prompt_calls();
    assert_eq!(calls.len(), 1);
    let args = &calls[0];
    assert!(args.iter().any(|a| a == "--input-format"), "{args:?}");
    assert!(
        args.windows(2)
            .any(|w| w[0] == "--connection" && w[1] == "ci"),
        "{args:?}"
    );

    let log = workspace(&home).join("cortex-route-audit/audit.log");
    assert!(log.is_file(), "the audit log is in the workspace");
    let mut verify = ci_cmd(&home, None);
    install_ci_policy(&home, &mut verify);
    let out = verify.args(["audit", "verify", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json_stdout(&out);
    assert_eq!(report["ok"], true, "{report}");
    assert!(
        report["records"].as_u64().unwrap() >= 2,
        "intent and outcome"
    );
}

#[test]
fn the_ci_policy_refuses_a_cortex_that_cannot_be_gated() {
    let home = Home::new();
    let fake = home.fake_cortex(
        "ok",
        &[
            ("FAKE_CORTEX_VERSION", "1.0.12"),
            ("FAKE_CORTEX_GATE", "unsupported"),
        ],
    );
    let mut cmd = ci_cmd(&home, Some(&fake));
    install_ci_policy(&home, &mut cmd);
    cmd.args(RUN_ARGS);
    let out = run_prompt(&mut cmd, &workflow_prompt());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        json_stdout(&out)["error"]
            .as_str()
            .unwrap()
            .contains("requires the gate")
    );
    assert!(fake.prompt_calls().is_empty(), "nothing ran in print mode");
}

#[test]
fn as_a_policy_file_the_ci_policy_would_wait_for_a_person() {
    // Why the workflow installs it as the organization policy: `--policy` only tightens.
    let home = Home::new();
    let fake = home.fake_cortex("ok", &[]);
    let mut cmd = ci_cmd(&home, Some(&fake));
    cmd.arg("--policy").arg(repo(CI_POLICY)).args(RUN_ARGS);
    let out = run_prompt(&mut cmd, &workflow_prompt());
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(json_stdout(&out)["status"], "awaiting_approval");
    assert!(
        stderr(&out).contains("envelope_only` ignored"),
        "{}",
        stderr(&out)
    );
    assert!(fake.prompt_calls().is_empty());
}
