//! End-to-end tests of install.sh with a prebuilt binary (`--binary`), in a throwaway HOME.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use common::Home;

fn install(home: &Home, extra: &[&str]) -> std::process::Output {
    Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/install.sh"))
        .args(["--binary", env!("CARGO_BIN_EXE_cortex-route")])
        .arg("--prefix")
        .arg(home.path().join("prefix"))
        .args(extra)
        .env("HOME", home.path())
        .env_remove("CORTEX_ROUTE_CONFIG")
        .env_remove("CORTEX_SKILL_CONFIG")
        .output()
        .expect("bash runs")
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o7777
}

#[test]
fn installs_binary_skill_and_private_config_and_is_idempotent() {
    let home = Home::new();
    let out = install(&home, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let skill = home.path().join(".claude/skills/cortex-code");
    assert!(home.path().join("prefix/bin/cortex-route").is_file());
    assert_eq!(mode(&skill), 0o700);
    assert_eq!(mode(&skill.join("SKILL.md")), 0o600);
    assert_eq!(mode(&skill.join("config.yaml")), 0o600);

    // A second run keeps the user's edits.
    std::fs::write(
        skill.join("config.yaml"),
        "security:\n  max_history_items: 1\n",
    )
    .unwrap();
    let out = install(&home, &[]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("kept existing"));
    let text = std::fs::read_to_string(skill.join("config.yaml")).unwrap();
    assert!(text.contains("max_history_items: 1"));
}

#[test]
fn other_agents_get_their_own_folder_and_uninstall_keeps_config() {
    let home = Home::new();
    assert!(install(&home, &["--agent", "cursor"]).status.success());
    let skill = home.path().join(".cursor/skills/cortex-code");
    assert!(skill.join("SKILL.md").is_file());

    let out = install(&home, &["--agent", "cursor", "--uninstall"]);
    assert!(out.status.success());
    assert!(!skill.join("SKILL.md").exists());
    assert!(!home.path().join("prefix/bin/cortex-route").exists());
    assert!(skill.join("config.yaml").exists(), "config is the user's");
}

#[test]
fn unknown_agent_is_a_usage_error() {
    let home = Home::new();
    let out = install(&home, &["--agent", "emacs"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn installed_skill_has_the_front_matter_claude_code_needs() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/skills/cortex-code/SKILL.md"
    ))
    .unwrap();
    let front = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map(|(front, _)| front)
        .expect("front matter");
    let parsed: serde_json::Value = serde_saphyr::from_str(front).expect("front matter is YAML");
    assert_eq!(parsed["name"], "cortex-code");
    assert!(parsed["description"].as_str().unwrap().contains("Use when"));
}
