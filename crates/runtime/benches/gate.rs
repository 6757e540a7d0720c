//! The gate answering permission requests and hook callbacks: from the request line read to the
//! response line written (parse the line, judge the call with the policy engine, serialize the
//! answer), 10,000 mixed requests. Prints p50/p99/max per request, then criterion's figure.
//!
//! `cargo bench -p cortex-route-runtime --bench gate`

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cortex_route_policy::config::Settings;
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::toolcall::Policy;
use cortex_route_runtime::exec::control::HOOK_CALLBACK_ID;
use cortex_route_runtime::exec::gate::Gate;
use cortex_route_runtime::exec::stream::{Event, parse_line};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;

/// A mix of what an analytics session asks: mostly reads, some writes and shell, a few hostile.
fn requests() -> Vec<Vec<u8>> {
    let calls = [
        (
            "SQL",
            json!({"action": "execute_sql", "resource": "SELECT region, SUM(amount) FROM PROD.SALES.ORDERS WHERE order_date >= '2024-01-01' GROUP BY 1 ORDER BY 2 DESC"}),
        ),
        (
            "SQL",
            json!({"action": "execute_sql", "resource": "select 1; DROP TABLE sales"}),
        ),
        (
            "Bash",
            json!({"action": "execute_command", "resource": "git status && ls -la models/"}),
        ),
        (
            "Bash",
            json!({"action": "execute_command", "resource": "cd /tmp && rm -rf ./build"}),
        ),
        (
            "Read",
            json!({"action": "read_file", "resource": "models/staging/orders.sql"}),
        ),
        (
            "Read",
            json!({"action": "read_file", "resource": "~/.ssh/id_rsa"}),
        ),
    ];
    let hooks = [
        (
            "snowflake_sql_execute",
            json!({"sql": "WITH t AS (SELECT * FROM ANALYTICS.PUBLIC.EVENTS) SELECT COUNT(*) FROM t", "description": "count"}),
        ),
        (
            "bash",
            json!({"command": "snow sql -q \"select * from orders limit 10\""}),
        ),
        (
            "write",
            json!({"file_path": "models/marts/revenue.sql", "content": "select 1"}),
        ),
    ];
    let mut out = Vec::new();
    for i in 0..10_000usize {
        let line = if i % 3 == 0 {
            let (tool, input) = &hooks[i % hooks.len()];
            json!({"type": "control_request", "request_id": format!("cli_{i}"), "request": {
                "subtype": "hook_callback", "callback_id": HOOK_CALLBACK_ID,
                "input": {"hook_event_name": "PreToolUse", "tool_name": tool, "tool_input": input,
                          "tool_use_id": format!("toolu_{i}")}}})
        } else {
            let (tool, input) = &calls[i % calls.len()];
            json!({"type": "control_request", "request_id": format!("cli_{i}"), "request": {
                "subtype": "can_use_tool", "tool_name": tool, "input": input,
                "tool_use_id": format!("toolu_{i}")}})
        };
        out.push(line.to_string().into_bytes());
    }
    out
}

/// Read one request line, answer it; the response bytes are "written" into `sink`.
fn answer(gate: &mut Gate<'_>, line: &[u8], sink: &mut Vec<u8>) {
    parse_line(line, &mut |event| {
        if let Event::ControlRequest {
            request_id: Some(id),
            request,
        } = event
        {
            let a = gate.on_request(&id, &request);
            sink.extend_from_slice(&a.line);
        }
    });
}

fn percentiles(c: &mut Criterion) {
    let settings = Settings::defaults().expect("defaults");
    let policy =
        Policy::from_settings(&settings.security, Some(Path::new("/home/ana"))).expect("policy");
    let lines = requests();
    let mut gate = Gate::new(&policy, Envelope::Ro, &[], Duration::from_millis(200));
    let mut sink = Vec::with_capacity(1 << 20);
    // Warm up (lazy regex compilation happens once per process).
    for line in lines.iter().take(200) {
        answer(&mut gate, line, &mut sink);
    }
    let mut took: Vec<Duration> = Vec::with_capacity(lines.len());
    for line in &lines {
        sink.clear();
        let start = Instant::now();
        answer(&mut gate, black_box(line), &mut sink);
        took.push(start.elapsed());
    }
    took.sort();
    let at = |q: f64| took[((took.len() as f64 * q) as usize).min(took.len() - 1)];
    println!(
        "gate: {} requests, p50 {:?}, p99 {:?}, max {:?}",
        took.len(),
        at(0.50),
        at(0.99),
        took[took.len() - 1]
    );

    let mut i = 0;
    c.bench_function("gate_request_to_response", |b| {
        b.iter(|| {
            sink.clear();
            answer(&mut gate, &lines[i % lines.len()], &mut sink);
            i += 1;
        })
    });
}

criterion_group!(benches, percentiles);
criterion_main!(benches);
