//! How long the tripwire takes to decide on typical tool calls (it runs on every `tool_use`
//! event, between reading one stream line and the next).

use std::hint::black_box;
use std::path::Path;

use cortex_route::config::Settings;
use cortex_route::envelope::Envelope;
use cortex_route::tripwire::{Policy, ToolCall, check};
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
    let policy = Policy::with_home(&settings.security, Some(Path::new("/home/ana")))
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

criterion_group!(benches, bench);
criterion_main!(benches);
