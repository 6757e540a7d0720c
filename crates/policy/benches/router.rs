//! Routing speed: the heuristic decision per prompt (ns/op). The whole `cortex-route route`
//! process is the root package's `route_process` bench.
//!
//! `cargo bench -p cortex-route-policy --bench router`.

use std::hint::black_box;

use cortex_route_policy::routing::heuristic_decision;
use criterion::{Criterion, criterion_group, criterion_main};

const PROMPTS: &[(&str, &str)] = &[
    ("sql", "SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))"),
    (
        "question",
        "which warehouses used the most credits last week in SNOWFLAKE.ACCOUNT_USAGE?",
    ),
    (
        "coding",
        "refactor the parser in src/main.rs to use iterators",
    ),
    ("hard", "explain Snowflake ID generation in Twitter"),
];

fn heuristic(c: &mut Criterion) {
    let mut group = c.benchmark_group("heuristic_decision");
    for (name, prompt) in PROMPTS {
        group.bench_function(*name, |b| {
            b.iter(|| heuristic_decision(black_box(prompt), &[]))
        });
    }
    let long = PROMPTS
        .iter()
        .map(|(_, p)| *p)
        .cycle()
        .take(40)
        .collect::<Vec<_>>()
        .join(". ");
    group.bench_function("long_2kb", |b| {
        b.iter(|| heuristic_decision(black_box(&long), &[]))
    });
    group.finish();
}

criterion_group!(benches, heuristic);
criterion_main!(benches);
