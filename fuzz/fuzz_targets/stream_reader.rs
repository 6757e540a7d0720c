//! The Cortex stream reader and parser never panic, keep lines bounded, and fold any byte soup
//! into an outcome.
#![no_main]

use cortex_route_runtime::exec::outcome::Collector;
use cortex_route_runtime::exec::stream::{Line, LineReader, parse_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let redact = |s: &str| s.to_string();
        let mut collector = Collector::new(&redact);
        // A small line limit so oversized-line handling is exercised too.
        let mut reader = LineReader::with_limit(data, 256);
        while let Ok(Some(line)) = reader.next_line().await {
            match line {
                Line::Complete(bytes) => {
                    assert!(bytes.len() <= 256 + 64 * 1024, "line over the bound");
                    parse_line(bytes, &mut |e| collector.observe(&e));
                }
                Line::Oversized { len, .. } => assert!(len > 0),
            }
        }
        // The same bytes as one line must not panic either.
        parse_line(data, &mut |e| collector.observe(&e));
    });
});
