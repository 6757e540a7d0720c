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
