//! Sanitizer throughput on a 10 MB prompt of realistic analytics text: prose, SQL, logs with
//! dates, ids and numbers, and a secret or a piece of PII every few lines.
//!
//! `cargo bench --bench sanitizer`; criterion prints the throughput (MiB/s).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const TARGET_BYTES: usize = 10 * 1024 * 1024;

/// Lines cycled to build the prompt; every fifth line holds something to redact.
const LINES: &[&str] = &[
    "Which warehouses burned the most credits last week, and how does that compare with the previous quarter?",
    "SELECT order_id, customer_id, amount, order_date FROM PROD_DB.SALES.ORDERS WHERE order_date >= '2024-01-01' AND amount > 1000 ORDER BY amount DESC LIMIT 100;",
    "2024-03-15 10:32:45.123 INFO query 01b2c3d4-0000-1234-0000-00010002a0b1 finished in 1532 ms, rows=48213, bytes_scanned=1073741824",
    "The nightly task LOAD_EVENTS copies @raw_stage/events/2024/03/15/ into ANALYTICS.PUBLIC.EVENTS with ON_ERROR = CONTINUE.",
    "Contact ana.lopez@acme-mail.com or call +1 (415) 555-0100 if the dashboard for acme-prod.snowflakecomputing.com breaks.",
    "SELECT SYSTEM$CLUSTERING_INFORMATION('ANALYTICS.PUBLIC.EVENTS', '(event_date, customer_id)');",
    "Version 8.12.3 of the connector fixed the retry bug; see ticket 1234567890123 and commit a3bb189e8bf93888.",
    "WITH daily AS (SELECT DATE_TRUNC('day', ts) AS d, COUNT(*) AS n FROM EVENTS GROUP BY 1) SELECT d, n, n - LAG(n) OVER (ORDER BY d) AS delta FROM daily;",
    "Average order value by region: EU 123.45, US 98.10, APAC 77.00; null values are ignored in the average.",
    "connection: snowflake://svc_loader:Tr0ub4dor&3@acme-prod.snowflakecomputing.com/ANALYTICS?warehouse=LOAD_WH",
    "The customer paid with card 4111 1111 1111 1111 on 2024-02-29 and their SSN 078-05-1120 was stored by mistake.",
    "Grant the developer role usage on ANALYTICS_WH and review the row access policy on CUSTOMERS before Friday.",
    "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "Explain why the MERGE into DIM_CUSTOMER spilled 12.4 GB to remote storage and suggest a clustering key.",
    "token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 and api_key: \"sk_live_4eC39HqLyjWDarjtT1zdp7dc\" leaked in the log",
];

fn prompt() -> String {
    let mut text = String::with_capacity(TARGET_BYTES + 256);
    let mut i = 0;
    while text.len() < TARGET_BYTES {
        text.push_str(LINES[i % LINES.len()]);
        text.push('\n');
        i += 1;
    }
    text
}

fn sanitizer(c: &mut Criterion) {
    let text = prompt();
    let mut group = c.benchmark_group("sanitizer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("redact_10mb", |b| {
        b.iter(|| cortex_route_policy::guard::redact(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, sanitizer);
criterion_main!(benches);
