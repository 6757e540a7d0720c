//! Unit tests of the detector table (every pattern compiles, gates are implied by the
//! patterns, anchors build) and the cost report of each detector.

use super::*;

use crate::guard::required::{holds_one_of as implies, required};

#[test]
fn every_detector_compiles() {
    for index in 0..DETECTORS.len() {
        assert!(!compiled(index).as_str().is_empty());
    }
}

/// True when every match of `hir` holds an ASCII or fullwidth digit.
fn needs_a_digit(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(lit) => String::from_utf8_lossy(&lit.0).chars().any(digit),
        HirKind::Class(Class::Unicode(class)) => class.ranges().iter().all(|r| {
            (r.start().is_ascii_digit() && r.end().is_ascii_digit())
                || (('０'..='９').contains(&r.start()) && ('０'..='９').contains(&r.end()))
        }),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .all(|r| r.start().is_ascii_digit() && r.end().is_ascii_digit()),
        HirKind::Repetition(rep) => rep.min >= 1 && needs_a_digit(&rep.sub),
        HirKind::Capture(cap) => needs_a_digit(&cap.sub),
        HirKind::Concat(parts) => parts.iter().any(needs_a_digit),
        HirKind::Alternation(branches) => branches.iter().all(needs_a_digit),
    }
}

#[test]
fn detectors_skipped_without_a_digit_need_one() {
    for name in NEED_A_DIGIT {
        let detector = DETECTORS.iter().find(|d| d.name == *name);
        let Some(detector) = detector else {
            panic!("NEED_A_DIGIT names {name}, which is no detector");
        };
        let hir = regex_syntax::Parser::new()
            .parse(detector.pattern)
            .expect("parses");
        assert!(needs_a_digit(&hir), "{name} can match without a digit");
    }
    // The proof is no formality: a street name alone needs none.
    let street = regex_syntax::Parser::new()
        .parse(r"(?i:rue|via) [0-9]*\p{L}+")
        .expect("parses");
    assert!(!needs_a_digit(&street));
}

#[test]
fn an_address_word_without_a_digit_compiles_no_address_detector() {
    let wanted = gated_in("which shipping carriers had the worst on-time rate? she lives nearby");
    for (w, d) in wanted.iter().zip(DETECTORS) {
        assert!(
            !(*w && NEED_A_DIGIT.contains(&d.name)),
            "{} is wanted",
            d.name
        );
    }
    let wanted = gated_in("ship to 42 Elm Street, Springfield, IL 62704");
    assert!(
        wanted
            .iter()
            .zip(DETECTORS)
            .any(|(w, d)| *w && d.name == "address_in_context")
    );
}

#[test]
fn large_texts_run_every_detector_and_small_ones_only_the_gated() {
    let mut out = Vec::new();
    let big = format!(
        "{}AKIAIOSFODNN7EXAMPLE",
        "select 1;\n".repeat(GATE_MAX_BYTES / 10 + 1)
    );
    assert!(
        gated_in(&big)
            .iter()
            .zip(DETECTORS)
            .all(|(w, d)| *w != d.non_ascii)
    );
    scan(&big, &mut out);
    assert_eq!(out.len(), 1, "{out:?}");
    let small = "AKIAIOSFODNN7EXAMPLE";
    let wanted = gated_in(small);
    let aws = DETECTORS.iter().position(|d| d.name == "aws_access_key_id");
    let gated: Vec<usize> = (0..DETECTORS.len())
        .filter(|i| wanted[*i] && !DETECTORS[*i].gate.is_empty())
        .collect();
    assert_eq!(gated.len(), 1);
    assert_eq!(gated.first().copied(), aws);
}

#[test]
fn the_anchor_words_build_a_dfa() {
    let words: Vec<&str> = (0..DETECTORS.len() + WINDOW_SCANNERS.len())
        .flat_map(|index| anchors_of(index).words.iter().copied())
        .collect();
    let built = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .build(&words);
    assert!(built.is_ok(), "{built:?}");
}

#[test]
fn every_match_contains_its_detectors_gate() {
    let mut failures = Vec::new();
    for d in DETECTORS.iter().filter(|d| !d.gate.is_empty()) {
        let cond = required(d.pattern).expect("parses");
        if !implies(&cond, d.gate) {
            let mut lits = std::collections::BTreeSet::new();
            cond.literals(&mut lits);
            let lits: Vec<String> = lits
                .iter()
                .map(|l| String::from_utf8_lossy(l).into_owned())
                .collect();
            failures.push(format!(
                "{}: a match need not contain any of {:?} (it needs {cond:?}: {lits:?})",
                d.name, d.gate
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

mod cost {
    use super::*;

    /// `cargo test -p cortex-route-policy --release --lib detector_costs -- --ignored --nocapture`;
    /// with `COST_TEXT=FILE`, each whole-text detector on that file instead.
    #[test]
    #[ignore]
    fn detector_costs() {
        if let Ok(path) = std::env::var("COST_TEXT") {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            for (index, d) in DETECTORS.iter().enumerate() {
                let re = compiled(index);
                let t = std::time::Instant::now();
                let mut out = Vec::new();
                if d.anchors.words.is_empty() {
                    scan_one(&text, re, d.decide, &mut out);
                }
                eprintln!(
                    "{:>8.1} ms  {} {}",
                    t.elapsed().as_secs_f64() * 1e3,
                    d.name,
                    out.len()
                );
            }
            // The anchored path: every anchor hit once, then each detector in its windows.
            let Some(anchors) = anchor_scanners() else {
                return;
            };
            for (name, scanner) in [("ascii", &anchors.ascii), ("non-ascii", &anchors.non_ascii)] {
                let t = std::time::Instant::now();
                let hits: Vec<(usize, usize, usize)> = scanner
                    .words
                    .find_overlapping_iter(&text)
                    .map(|m| (m.start(), m.end(), scanner.owner[m.pattern().as_usize()]))
                    .collect();
                eprintln!(
                    "{:>8.1} ms  {name} anchor pass ({} hits)",
                    t.elapsed().as_secs_f64() * 1e3,
                    hits.len()
                );
                for index in 0..DETECTORS.len() + WINDOW_SCANNERS.len() {
                    let mine: Vec<_> = hits.iter().copied().filter(|h| h.2 == index).collect();
                    if mine.is_empty() {
                        continue;
                    }
                    let t = std::time::Instant::now();
                    let mut out = Vec::new();
                    scan_windows(&text, mine.iter().copied(), &mut out);
                    let name = DETECTORS.get(index).map_or("columns", |d| d.name);
                    eprintln!(
                        "{:>8.1} ms  windows {name} ({} hits, {} found)",
                        t.elapsed().as_secs_f64() * 1e3,
                        mine.len(),
                        out.len()
                    );
                }
            }
            return;
        }
        let line = "Contact ana.lopez@example.com or call +1 (415) 555-0100 if the dashboard for acme-prod.snowflakecomputing.com breaks. SELECT order_id, customer_id FROM PROD_DB.SALES.ORDERS WHERE order_date >= '2024-01-01' AND amount > 1000; 2024-03-15 10:32:45.123 INFO query 01b2c3d4-0000-1234-0000-00010002a0b1 finished in 1532 ms, rows=48213\nconnection: snowflake://svc_loader:Tr0ub4dor&3@acme-prod.snowflakecomputing.com/ANALYTICS?warehouse=LOAD_WH card 4111 1111 1111 1111 on 2024-02-29 SSN 078-05-1120\n";
        let text = line.repeat(2 * 1024 * 1024 / line.len());
        for (index, d) in DETECTORS.iter().enumerate() {
            let re = compiled(index);
            let t = std::time::Instant::now();
            let mut out = Vec::new();
            scan_one(&text, re, d.decide, &mut out);
            eprintln!("{:>8.1} ms  {}", t.elapsed().as_secs_f64() * 1e3, d.name);
        }
        let mut out = Vec::new();
        let t = std::time::Instant::now();
        super::super::super::assignments::scan(&text, &mut out);
        eprintln!("{:>8.1} ms  assignments", t.elapsed().as_secs_f64() * 1e3);
        let t = std::time::Instant::now();
        super::super::super::assignments::scan_prose(&text, &mut out);
        super::super::super::assignments::scan_direct(&text, &mut out);
        eprintln!("{:>8.1} ms  prose+direct", t.elapsed().as_secs_f64() * 1e3);
        let t = std::time::Instant::now();
        super::super::super::numbers::scan(&text, &mut out);
        eprintln!("{:>8.1} ms  numbers", t.elapsed().as_secs_f64() * 1e3);
        let t = std::time::Instant::now();
        super::super::super::tokens::scan(&text, &mut out);
        eprintln!("{:>8.1} ms  tokens", t.elapsed().as_secs_f64() * 1e3);
    }
}
