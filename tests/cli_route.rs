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
fn fullwidth_drop_is_not_proposed_read_only() {
    let home = Home::new();
    let (code, obj) = route(&home, &["Ｄｒｏｐ the PROD.SALES schema in snowflake"]);
    assert_eq!(obj["route"], "cortex", "{obj}");
    assert_ne!(obj["envelope"], "RO", "{obj}");
    assert_eq!(code, Some(0), "{obj}");
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

// ---------------------------------------------------------------------------------------------
// With the LLM classifier, against a local mock of Cortex's REST API.

mod llm {
    use std::time::{Duration, Instant};

    use serde_json::json;
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::common::{Home, json_stdout, stderr};

    const PAT: &str = "pat-e2e-SECRET-31415";

    struct Cortex {
        runtime: tokio::runtime::Runtime,
        server: MockServer,
    }

    impl Cortex {
        fn start(reply: ResponseTemplate) -> Cortex {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            let server = runtime.block_on(MockServer::start());
            runtime.block_on(
                Mock::given(method("POST"))
                    .and(path("/api/v2/cortex/inference:complete"))
                    .and(header("authorization", format!("Bearer {PAT}").as_str()))
                    .respond_with(reply)
                    .mount(&server),
            );
            Cortex { runtime, server }
        }

        fn requests(&self) -> usize {
            self.runtime
                .block_on(self.server.received_requests())
                .unwrap()
                .len()
        }

        fn home(&self, extra: &str) -> Home {
            let home = Home::new();
            home.user_config(&format!(
                "cortex:\n  account_url: '{}'\n{extra}",
                self.server.uri()
            ));
            home
        }
    }

    fn answer(route: &str, envelope: serde_json::Value) -> ResponseTemplate {
        let content = json!({"route": route, "confidence": 0.88, "envelope": envelope,
            "tools": ["snowflake_sql_execute"], "reasoning": "asks about warehouse spend"});
        ResponseTemplate::new(200)
            .set_body_json(json!({"choices": [{"message": {"content": content.to_string()}}]}))
    }

    #[test]
    fn route_uses_the_llm_when_a_pat_and_account_url_are_configured() {
        let cortex = Cortex::start(answer("cortex", json!("RO")));
        let home = cortex.home("");
        let out = home
            .cmd()
            .env("SNOWFLAKE_PAT", PAT)
            .args(["route", "--json", "how busy were we last week?"])
            .output()
            .unwrap();
        let obj = json_stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{obj} {}", stderr(&out));
        assert_eq!(obj["source"], "llm");
        assert_eq!(obj["route"], "cortex");
        assert_eq!(obj["envelope"], "RO");
        assert_eq!(obj["confidence"], 0.88);

        // The same prompt again: from the signed cache, no second call.
        let again = home
            .cmd()
            .env("SNOWFLAKE_PAT", PAT)
            .args(["route", "--json", "how busy were we last week?"])
            .output()
            .unwrap();
        assert_eq!(json_stdout(&again)["source"], "cache");
        assert_eq!(cortex.requests(), 1);
    }

    #[test]
    fn an_llm_coding_agent_answer_exits_6() {
        let cortex = Cortex::start(answer("coding_agent", serde_json::Value::Null));
        let home = cortex.home("");
        let out = home
            .cmd()
            .env("SNOWFLAKE_PAT", PAT)
            .args(["route", "--json", "tidy up the helpers"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(6));
        assert_eq!(json_stdout(&out)["source"], "llm");
    }

    #[test]
    fn a_rejected_pat_falls_back_and_is_never_printed() {
        let cortex = Cortex::start(ResponseTemplate::new(401));
        let home = cortex.home("");
        let out = home
            .cmd()
            .env("SNOWFLAKE_PAT", PAT)
            .args(["route", "--json", "-vv", "SHOW WAREHOUSES"])
            .output()
            .unwrap();
        let obj = json_stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{obj}");
        assert_eq!(obj["source"], "heuristic");
        assert!(
            obj["reason"]
                .as_str()
                .unwrap()
                .contains("LLM classifier failed (HTTP 401: check the PAT)"),
            "{obj}"
        );
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(!all.contains(PAT), "the PAT leaked: {all}");
    }

    #[test]
    fn a_hanging_cortex_costs_at_most_the_routing_timeout() {
        let cortex =
            Cortex::start(answer("cortex", json!("RO")).set_delay(Duration::from_secs(30)));
        let home = cortex.home("routing:\n  timeout_seconds: 1\n");
        let started = Instant::now();
        let out = home
            .cmd()
            .env("SNOWFLAKE_PAT", PAT)
            .args(["route", "--json", "SHOW WAREHOUSES"])
            .output()
            .unwrap();
        let took = started.elapsed();
        println!("route returned after {took:?} (timeout_seconds: 1)");
        let obj = json_stdout(&out);
        assert_eq!(obj["source"], "heuristic", "{obj}");
        assert!(
            obj["reason"].as_str().unwrap().contains("no answer within"),
            "{obj}"
        );
        assert!(
            took < Duration::from_secs(10),
            "did not wait for the 30 s reply"
        );
    }

    #[test]
    fn plain_http_to_a_remote_account_url_is_refused() {
        let home = Home::new();
        home.user_config("cortex:\n  account_url: 'http://acme.snowflakecomputing.com'\n");
        let out = home
            .cmd()
            .env("SNOWFLAKE_PAT", PAT)
            .args(["route", "--json", "SHOW WAREHOUSES"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("https"), "{}", stderr(&out));
    }
}
