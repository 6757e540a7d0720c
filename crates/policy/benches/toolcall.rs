//! How long `toolcall::check` takes: it runs on every tool call, at the gate before the tool
//! runs and on the stream between one line and the next.
//!
//! Three parts:
//! - `check/*`: criterion timings of typical calls;
//! - `corpus`: every call of the tool-call corpus (`tests/data/toolcalls/*.jsonl`, hostile and
//!   benign, every channel) in every envelope, each timed on its own; the report prints the
//!   p50/p90/p99/max per call and fails the run when p99 is over [`P99_BUDGET_US`];
//! - `worst/*`: inputs near the size limits, built to make the classifiers work hardest (the
//!   limits bound time as well as memory).
//!
//! `cargo bench -p cortex-route-policy --bench toolcall` (add `-- corpus` for the report only).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cortex_route_policy::config::Settings;
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::toolcall::{Policy, ToolCall, check};
use criterion::{Criterion, criterion_group};
use serde_json::{Value, json};

/// The p99 a call may take over the mixed corpus (issue 15: ≤ 100 µs).
const P99_BUDGET_US: f64 = 100.0;
/// Timed passes over the whole corpus (after one warm-up pass).
const PASSES: usize = 5;

fn policy() -> Policy {
    let settings = Settings::defaults().expect("built-in defaults are valid");
    Policy::from_settings(&settings.security, Some(Path::new("/home/dev")))
        .expect("default policy compiles")
}

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
            "sql_merge",
            "sql_execute",
            json!({"sql": "MERGE INTO prod.sales.orders t USING staging.orders s ON t.order_id = s.order_id \
                WHEN MATCHED THEN UPDATE SET t.status = s.status WHEN NOT MATCHED THEN INSERT (order_id) VALUES (s.order_id)"}),
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
        (
            "notebook",
            "notebook_execute",
            json!({"code": "df = session.sql('select * from prod.sales.orders limit 1000').to_pandas()\ndf.describe()"}),
        ),
        (
            "mcp_unknown",
            "mcp__snowflake__run_query",
            json!({"query": "SELECT * FROM prod.sales.orders LIMIT 100", "warehouse": "ETL_WH"}),
        ),
        ("read_file", "Read", json!({"file_path": "src/main.rs"})),
        (
            "permission_request",
            "SQL",
            json!({"action": "execute_sql", "resource": "select 1; drop table t"}),
        ),
    ]
}

fn bench(c: &mut Criterion) {
    let policy = policy();
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

/// Every corpus call, as (tool, input).
fn corpus() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/toolcalls");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/toolcalls exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable corpus");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).expect("corpus line is JSON");
            let tool = v["tool"].as_str().unwrap_or("").to_string();
            out.push((tool, v["input"].clone()));
        }
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let k = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[k.min(sorted.len() - 1)].as_secs_f64() * 1e6
}

/// Time every corpus call in every envelope, one call at a time, and report percentiles.
fn corpus_report() {
    let policy = policy();
    let calls = corpus();
    let run = |samples: &mut Vec<Duration>| {
        for (tool, input) in &calls {
            let call = ToolCall { name: tool, input };
            for env in Envelope::ALL {
                let start = Instant::now();
                let v = check(black_box(&call), env, &[], &policy);
                let took = start.elapsed();
                black_box(v);
                samples.push(took);
            }
        }
    };
    let mut warm = Vec::new();
    run(&mut warm);
    let mut samples = Vec::with_capacity(calls.len() * 5 * PASSES);
    for _ in 0..PASSES {
        run(&mut samples);
    }
    samples.sort();
    let p99 = percentile(&samples, 0.99);
    println!(
        "corpus: {} calls x {} envelopes x {PASSES} passes = {} checks; per call: \
         p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, max {:.1} µs (budget p99 ≤ {P99_BUDGET_US} µs)",
        calls.len(),
        Envelope::ALL.len(),
        samples.len(),
        percentile(&samples, 0.50),
        percentile(&samples, 0.90),
        p99,
        percentile(&samples, 1.0),
    );
    assert!(
        p99 <= P99_BUDGET_US,
        "p99 of {p99:.1} µs is over the {P99_BUDGET_US} µs budget"
    );
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
    let sql_conditions = format!(
        "DELETE FROM t WHERE {}",
        "(a = 1 OR NOT (b BETWEEN 1 AND 2)) AND ".repeat((1 << 20) / 45) + "TRUE"
    );
    let shell_words = format!("echo {}", "\"a b\" $x 'c' ".repeat(190_000 / 3));
    let shell_nested = format!("{}rm x{}", "$(echo ".repeat(20), ")".repeat(20)).repeat(2_000);
    let code = "x = session.sql('select 1').collect()\n".repeat((1 << 20) / 40);
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
            "sql_1mib_conditions",
            "snowflake_sql_execute",
            json!({ "sql": sql_conditions }),
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
        ("notebook_1mib", "notebook_execute", json!({ "code": code })),
    ]
}

fn bench_worst(c: &mut Criterion) {
    let policy = policy();
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

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if filter.is_empty() || filter.iter().any(|f| "corpus".contains(f.as_str())) {
        corpus_report();
    }
    if filter.iter().all(|f| f != "corpus") {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}
