//! The whole `cortex-route route` process on the heuristic path (the reference skill takes about
//! 200 ms per step). `cargo bench --bench route_process` uses the bench-profile (release) binary.

use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};

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

criterion_group!(benches, process);
criterion_main!(benches);
