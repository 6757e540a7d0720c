//! Redaction never panics, is idempotent, and reports findings on character boundaries in order;
//! the injection detector never panics on the same input.
#![no_main]

use cortex_route_policy::guard::{InjectionDetector, redact};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let once = redact(&text);
    let mut last_end = 0;
    for f in &once.findings {
        assert!(f.start < f.end && f.end <= text.len(), "bad span");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(f.start >= last_end, "findings overlap or are out of order");
        last_end = f.end;
    }
    let twice = redact(&once.text);
    assert_eq!(once.text, twice.text, "redaction is not idempotent");
    if let Ok(detector) = InjectionDetector::new(&[]) {
        let _ = detector.detect(&text);
    }
});
