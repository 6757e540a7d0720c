//! `audit verify` speed on a large log (target: a million records in under 3 s).
//!
//! `cargo bench --bench audit_verify` writes a synthetic chain of `AUDIT_BENCH_RECORDS` records
//! (default 1,000,000, about 1 KiB each) to a temporary directory once, then times `verify` over
//! it. The first line printed gives the log's size.

use std::time::Duration;

use cortex_route_runtime::audit::{bench_support, verify};
use criterion::{Criterion, criterion_group, criterion_main};

fn records() -> usize {
    std::env::var("AUDIT_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

fn bench_verify(c: &mut Criterion) {
    let n = records();
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("audit.log");
    bench_support::write_synthetic_log(&path, n).expect("write the synthetic log");
    let bytes = std::fs::metadata(&path).expect("log written").len();
    eprintln!(
        "audit_verify: {n} records, {:.1} MiB ({} bytes per record)",
        bytes as f64 / (1 << 20) as f64,
        bytes / n.max(1) as u64
    );

    let mut group = c.benchmark_group("audit_verify");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.throughput(criterion::Throughput::Elements(n as u64));
    group.bench_function(format!("verify_{n}_records"), |b| {
        b.iter(|| {
            let report = verify(&path).expect("verify runs");
            assert!(report.ok && report.records == n as u64, "{report:?}");
        })
    });
    group.finish();
}

criterion_group!(benches, bench_verify);
criterion_main!(benches);
