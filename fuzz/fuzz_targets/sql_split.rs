//! The SQL splitter and classifier never panic, never loop, and keep their invariants.
#![no_main]

use cortex_route_policy::toolcall::sql;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(parts) = sql::split(&text) {
        for part in parts {
            assert!(!part.is_empty(), "empty statement");
            assert!(text.contains(part), "statement is not a slice of the text");
        }
    }
    if let Ok(analysis) = sql::analyze(&text) {
        let class = analysis.class();
        for statement in &analysis.statements {
            assert!(statement.class <= class, "worst class is not the maximum");
            assert!(!statement.text.is_empty(), "empty statement");
            assert!(!statement.evidence.is_empty(), "empty evidence");
        }
    }
});
