//! Routing speed: the heuristic decision per prompt (ns/op), and the whole `cortex-route route`
//! process on the heuristic path (the reference skill takes about 200 ms per step).
//!
//! `cargo bench --bench router`; the process figures use the bench-profile (release) binary.

use std::hint::black_box;
use std::process::{Command, Stdio};

use cortex_route::routing::heuristic_decision;
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

fn process(c: &mut Criterion) {
    let home = tempfile::tempdir().expect("temp HOME");
    let run = |prompt: &str| {
        let status = Command::new(env!("CARGO_BIN_EXE_cortex-route"))
            .args(["route", "--json", prompt])
            .env_clear()
            .env("HOME", home.path())
            .env("PATH", "/usr/bin:/bin")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("cortex-route runs");
        assert!(matches!(status.code(), Some(0 | 6)), "{status:?}");
    };
    let mut group = c.benchmark_group("route_process");
    group.sample_size(50);
    group.bench_function("heuristic_cortex", |b| {
        b.iter(|| run("which warehouses used the most credits last week?"))
    });
    group.bench_function("heuristic_coding_agent", |b| {
        b.iter(|| run("refactor the parser in src/main.rs to use iterators"))
    });
    group.finish();
}

criterion_group!(benches, heuristic, process);
criterion_main!(benches);
