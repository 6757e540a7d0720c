//! `doctor`: what it says about the installed Cortex.

mod common;

use common::{Home, json_stdout};

fn cortex_check(home: &Home, fake: &common::FakeCortex) -> (serde_json::Value, serde_json::Value) {
    let out = home
        .cmd_with(fake)
        .args(["doctor", "--json"])
        .output()
        .expect("runs");
    let obj = json_stdout(&out);
    let check = obj["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["name"] == "cortex")
        .cloned()
        .expect("a cortex check");
    (check, obj["cortex"].clone())
}

#[test]
fn a_bare_build_version_is_snowflakes_cortex_and_is_reported() {
    let home = Home::new();
    let fake = home.fake_cortex("ok", &[]);
    let (check, info) = cortex_check(&home, &fake);
    assert_eq!(check["level"], "ok", "{check}");
    assert_eq!(info["version"], "1.0.42+235436.342efc1ea864");
    assert_eq!(info["protocol"], "gate");
}

#[test]
fn an_old_cortex_is_reported_as_print_mode_with_the_fix() {
    let home = Home::new();
    let fake = home.fake_cortex(
        "ok",
        &[
            ("FAKE_CORTEX_VERSION", "1.0.12+1.abc"),
            ("FAKE_CORTEX_GATE", "unsupported"),
        ],
    );
    let (check, info) = cortex_check(&home, &fake);
    assert_eq!(check["level"], "warn", "{check}");
    assert_eq!(info["protocol"], "print");
    assert!(check["fix"].as_str().unwrap().contains("upgrade"));
}

#[test]
fn doctor_changes_nothing_on_disk() {
    let home = Home::new();
    let fake = home.fake_cortex("ok", &[]);
    let state = home.path().join(".local/state");
    let cache = home.path().join(".cache/cortex-skill");
    let _ = cortex_check(&home, &fake);
    assert!(!state.exists(), "doctor created {}", state.display());
    assert!(!cache.exists(), "doctor created {}", cache.display());
}

#[test]
fn an_audit_folder_that_is_a_file_gets_the_right_fix() {
    let home = Home::new();
    home.write("blocker", "x");
    home.org_policy(&format!(
        "security:\n  approval_mode: auto\n  audit_log_path: {}/blocker/audit.log\n",
        home.path().display()
    ));
    let fake = home.fake_cortex("ok", &[]);
    let out = home
        .cmd_with(&fake)
        .args(["doctor", "--json"])
        .output()
        .expect("runs");
    let obj = json_stdout(&out);
    let audit = obj["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "audit log")
        .cloned()
        .unwrap();
    assert_eq!(audit["level"], "fail", "{audit}");
    assert!(
        audit["detail"]
            .as_str()
            .unwrap()
            .contains("is a file, not a folder"),
        "{audit}"
    );
    assert!(!audit["fix"].as_str().unwrap().contains("mkdir"), "{audit}");
}

#[test]
fn doctor_says_when_no_skill_is_installed_and_when_cortex_route_is_not_on_path() {
    let home = Home::new();
    let fake = home.fake_cortex("ok", &[]);
    let out = home
        .cmd_with(&fake)
        .args(["doctor", "--json"])
        .output()
        .expect("runs");
    let obj = json_stdout(&out);
    let level = |name: &str| {
        obj["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .map(|c| c["level"].clone())
    };
    assert_eq!(level("skill"), Some("warn".into()));
    home.write(
        ".claude/skills/cortex-code/SKILL.md",
        "---\nname: cortex-code\n---\n",
    );
    let out = home
        .cmd_with(&fake)
        .args(["doctor", "--json"])
        .output()
        .expect("runs");
    let obj = json_stdout(&out);
    let skill = obj["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "skill")
        .cloned()
        .unwrap();
    assert_eq!(skill["level"], "ok", "{skill}");
    assert!(
        obj["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "PATH")
    );
}
