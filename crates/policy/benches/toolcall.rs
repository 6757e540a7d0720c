//! How long the tripwire takes to decide on typical tool calls (it runs on every `tool_use`
//! event, between reading one stream line and the next).

use std::hint::black_box;
use std::path::Path;

use cortex_route_policy::config::Settings;
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::toolcall::{Policy, ToolCall, check};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};

fn cases() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "sql_select",
            "snowflake_sql_execute",
            json!({"sql": "SELECT region, SUM(amount) AS revenue FROM sales.public.orders \
                WHERE order_date >= DATEADD(day, -7, CURRENT_DATE()) GROUP BY region ORDER BY 2 DESC"}),
        ),
        (
            "sql_script",
            "snowflake_sql_execute",
            json!({"sql": "USE WAREHOUSE analytics_wh;\n-- refresh the staging table\n\
                CREATE TABLE IF NOT EXISTS stg.orders AS SELECT * FROM raw.orders WHERE 1 = 0;\n\
                INSERT INTO stg.orders SELECT * FROM raw.orders WHERE loaded_at > $last_load;\n\
                UPDATE stg.orders SET status = 'ok' WHERE status IS NULL;\n\
                SELECT COUNT(*) FROM stg.orders;"}),
        ),
        (
            "shell_simple",
            "bash",
            json!({"command": "ls -la src", "description": "list"}),
        ),
        (
            "shell_pipeline",
            "bash",
            json!({"command": "cd app && npm ci --silent && npm test 2>&1 | tail -n 50; echo \"exit: $?\""}),
        ),
        (
            "shell_snow_sql",
            "bash",
            json!({"command": "snow sql -c prod -q \"SELECT * FROM sales.orders LIMIT 10\" --format json | jq '.[0]'"}),
        ),
        ("read_file", "Read", json!({"file_path": "src/main.rs"})),
    ]
}

fn bench(c: &mut Criterion) {
    let settings = Settings::defaults().expect("built-in defaults are valid");
    let policy = Policy::from_settings(&settings.security, Some(Path::new("/home/ana")))
        .expect("default policy compiles");
    let disallowed: Vec<String> = Envelope::Rw
        .blocked_tools()
        .iter()
        .map(|s| s.to_string())
        .collect();
    for (name, tool, input) in cases() {
        let call = ToolCall {
            name: tool,
            input: &input,
        };
        c.bench_function(&format!("check/{name}"), |b| {
            b.iter(|| check(black_box(&call), Envelope::Rw, &disallowed, &policy))
        });
    }
}

/// Inputs near the size limits, built to make the classifiers work hardest: they show the limits
/// bound time as well as memory.
fn worst_cases() -> Vec<(&'static str, &'static str, Value)> {
    let sql_literals = format!(
        "EXECUTE IMMEDIATE :stmt; SELECT {}1",
        "'a', ".repeat((1 << 20) / 6 - 10)
    );
    let sql_ambiguous = "SELECT '\\' /* /*/ // x\n".repeat((1 << 20) / 26);
    let sql_scripting = format!(
        "BEGIN {} END",
        "IF (x) THEN (DELETE FROM t WHERE a = 1) ".repeat((1 << 20) / 45)
    );
    let shell_words = format!("echo {}", "\"a b\" $x 'c' ".repeat(190_000 / 3));
    let shell_nested = format!("{}rm x{}", "$(echo ".repeat(20), ")".repeat(20)).repeat(2_000);
    vec![
        (
            "sql_1mib_literals_dynamic",
            "snowflake_sql_execute",
            json!({ "sql": sql_literals }),
        ),
        (
            "sql_1mib_ambiguous_lexing",
            "snowflake_sql_execute",
            json!({ "sql": sql_ambiguous }),
        ),
        (
            "sql_1mib_scripting",
            "snowflake_sql_execute",
            json!({ "sql": sql_scripting }),
        ),
        (
            "shell_190k_words",
            "bash",
            json!({ "command": shell_words }),
        ),
        (
            "shell_nested_substitutions",
            "bash",
            json!({ "command": shell_nested }),
        ),
    ]
}

fn bench_worst(c: &mut Criterion) {
    let settings = Settings::defaults().expect("built-in defaults are valid");
    let policy = Policy::from_settings(&settings.security, Some(Path::new("/home/ana")))
        .expect("default policy compiles");
    let mut group = c.benchmark_group("worst");
    group.sample_size(10);
    for (name, tool, input) in worst_cases() {
        let call = ToolCall {
            name: tool,
            input: &input,
        };
        group.bench_function(name, |b| {
            b.iter(|| check(black_box(&call), Envelope::Rw, &[], &policy))
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_worst);
criterion_main!(benches);
