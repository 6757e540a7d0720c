//! Stream reader throughput: one million Cortex events (a realistic mix of text, tool calls and
//! tool results) read from memory through the bounded line reader, parsed, and folded into an
//! outcome, as `run` does. Reports bytes per second.
//!
//! `cargo bench --bench stream_reader`; peak memory against stream length is `stream_memory`.

use std::time::Duration;

use cortex_route_runtime::exec::outcome::Collector;
use cortex_route_runtime::exec::stream::{Line, LineReader, parse_line};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The i-th event of a synthetic but realistic session.
pub fn event_line(i: u64, out: &mut Vec<u8>) {
    use std::io::Write;
    let _ = match i % 4 {
        0 => writeln!(
            out,
            r#"{{"type":"assistant","session_id":"s-1","message":{{"role":"assistant","content":[{{"type":"text","text":"Checking warehouse usage for step {i}, looking at WAREHOUSE_METERING_HISTORY and QUERY_HISTORY."}}]}}}}"#
        ),
        1 => writeln!(
            out,
            r#"{{"type":"assistant","session_id":"s-1","message":{{"role":"assistant","content":[{{"type":"tool_use","id":"tu_{i}","name":"snowflake_sql_execute","input":{{"sql":"SELECT warehouse_name, SUM(credits_used) FROM SNOWFLAKE.ACCOUNT_USAGE.WAREHOUSE_METERING_HISTORY WHERE start_time > DATEADD(day, -7, CURRENT_TIMESTAMP()) GROUP BY 1 ORDER BY 2 DESC"}}}}]}}}}"#
        ),
        2 => writeln!(
            out,
            r#"{{"type":"user","session_id":"s-1","message":{{"role":"user","content":[{{"type":"tool_result","tool_use_id":"tu_{i}","content":"ANALYTICS_WH | 42.0\nETL_WH | 17.5","is_error":false}}]}}}}"#
        ),
        _ => writeln!(
            out,
            r#"{{"type":"system","subtype":"status","session_id":"s-1","detail":{{"turn":{i},"tokens":1234}}}}"#
        ),
    };
}

fn stream(n: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(n as usize * 220);
    for i in 0..n {
        event_line(i, &mut out);
    }
    out
}

fn read_all(data: &[u8]) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let redact = |s: &str| s.to_string();
        let mut collector = Collector::new(&redact);
        let mut reader = LineReader::new(data);
        let mut events = 0usize;
        while let Ok(Some(line)) = reader.next_line().await {
            if let Line::Complete(bytes) = line {
                parse_line(bytes, &mut |e| {
                    events += 1;
                    collector.observe(&e);
                });
            }
        }
        events + collector.outcome.tool_calls_total
    })
}

fn bench(c: &mut Criterion) {
    let data = stream(1_000_000);
    let mut group = c.benchmark_group("stream_reader");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("one_million_events", |b| b.iter(|| read_all(&data)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
