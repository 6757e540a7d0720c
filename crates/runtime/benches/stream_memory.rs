//! Peak memory of the stream reader against the length of the stream: the same pipeline as `run`
//! (bounded line reader → parser → outcome collector) fed by a generator through a pipe, for
//! streams of 10 thousand to 5 million events, each in a fresh process. Flat peak RSS is the
//! point; the numbers are printed as a table.
//!
//! `cargo bench --bench stream_memory`

use std::process::Command;

use cortex_route_runtime::exec::outcome::Collector;
use cortex_route_runtime::exec::stream::{Line, LineReader, parse_line};
use tokio::io::AsyncWriteExt;

#[path = "stream_reader.rs"]
#[allow(dead_code)]
mod events;

fn peak_rss_kib() -> i64 {
    cortex_route_runtime::sys::peak_rss_kib()
}

fn child(n: u64) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let (bytes, events) = rt.block_on(async {
        let (mut tx, rx) = tokio::io::duplex(64 << 10);
        let writer = async move {
            let mut buf = Vec::with_capacity(64 << 10);
            let mut total = 0u64;
            for i in 0..n {
                events::event_line(i, &mut buf);
                if buf.len() > 60 << 10 {
                    total += buf.len() as u64;
                    let _ = tx.write_all(&buf).await;
                    buf.clear();
                }
            }
            total += buf.len() as u64;
            let _ = tx.write_all(&buf).await;
            total
        };
        let reader = async move {
            let redact = |s: &str| s.to_string();
            let mut collector = Collector::new(&redact);
            let mut reader = LineReader::new(rx);
            let mut count = 0u64;
            while let Ok(Some(line)) = reader.next_line().await {
                if let Line::Complete(bytes) = line {
                    parse_line(bytes, &mut |e| {
                        count += 1;
                        collector.observe(&e);
                    });
                }
            }
            count
        };
        tokio::join!(writer, reader)
    });
    println!("{n} {bytes} {events} {}", peak_rss_kib());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--child") {
        let n = args
            .get(pos + 1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1000);
        child(n);
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing to run for long.
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    println!(
        "{:>10} {:>14} {:>10} {:>14}",
        "events", "stream bytes", "parsed", "peak RSS KiB"
    );
    for n in [10_000u64, 100_000, 1_000_000, 5_000_000] {
        let out = Command::new(&exe)
            .args(["--child", &n.to_string()])
            .output()
            .expect("child runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let f: Vec<&str> = text.split_whitespace().collect();
        if f.len() == 4 {
            println!("{:>10} {:>14} {:>10} {:>14}", f[0], f[1], f[2], f[3]);
        }
    }
}
