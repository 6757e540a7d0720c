//! End-to-end tests of `route` through the binary: the decision contract and exit codes, offline.

mod common;

use common::{Home, json_stdout, stderr};

fn route(home: &Home, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = home
        .cmd()
        .arg("route")
        .arg("--json")
        .args(args)
        .output()
        .expect("runs");
    (out.status.code(), json_stdout(&out))
}

#[test]
fn snowflake_question_routes_to_cortex_with_every_contract_field() {
    let home = Home::new();
    let (code, obj) = route(
        &home,
        &["which warehouses used the most credits last week in SNOWFLAKE.ACCOUNT_USAGE?"],
    );
    assert_eq!(code, Some(0), "{obj}");
    assert_eq!(obj["route"], "cortex");
    assert_eq!(obj["envelope"], "RO");
    assert_eq!(
        obj["source"], "heuristic",
        "no token configured: offline heuristic"
    );
    assert!(obj["confidence"].as_f64().unwrap() > 0.5);
    assert!(obj["tools"].is_array());
    assert!(obj["reason"].as_str().is_some_and(|r| !r.is_empty()));
    assert!(obj["blocked_by"].is_null());
    assert!(obj.get("matched").is_some());
}

#[test]
fn non_snowflake_work_routes_to_the_coding_agent_with_exit_6() {
    let home = Home::new();
    let (code, obj) = route(
        &home,
        &["refactor the parser in src/main.rs to use iterators"],
    );
    assert_eq!(code, Some(6), "{obj}");
    assert_eq!(obj["route"], "coding_agent");
}

#[test]
fn envelope_outside_allowed_envelopes_is_blocked() {
    let home = Home::new();
    let (code, obj) = route(
        &home,
        &[
            "--envelope",
            "DEPLOY",
            "deploy the Streamlit app to Snowflake",
        ],
    );
    assert_eq!(code, Some(5), "{obj}");
    assert_eq!(obj["blocked_by"], "envelope_not_allowed");
}

#[test]
fn force_patterns_from_config_decide_with_source_rule() {
    let home = Home::new();
    home.user_config("routing:\n  force_cortex_patterns: ['\\bfinops\\b']\n");
    let (code, obj) = route(&home, &["finops report for the team"]);
    assert_eq!(code, Some(0), "{obj}");
    assert_eq!(obj["source"], "rule");
    assert_eq!(obj["route"], "cortex");
}

#[test]
fn human_output_explains_the_decision() {
    let home = Home::new();
    let out = home
        .cmd()
        .args(["route", "SHOW TABLES IN SCHEMA ANALYTICS.PUBLIC"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("cortex") && text.contains("RO"), "{text}");
}

#[test]
fn prompt_can_come_from_stdin() {
    let home = Home::new();
    let out = home
        .cmd()
        .args(["route", "--json", "-"])
        .write_stdin("SELECT * FROM SNOWFLAKE.ACCOUNT_USAGE.QUERY_HISTORY LIMIT 10")
        .output()
        .unwrap();
    assert_eq!(json_stdout(&out)["route"], "cortex");
}
