//! The injection rules against a corpus of attacks and near-misses (`tests/data/`), reporting
//! the detection and false-positive rates; and the redactor against a corpus of secrets and
//! ordinary analytics text.
//!
//! `cargo test --test guard_corpus -- --nocapture` prints the rates and every miss. With
//! `GUARD_CORPUS_DIR=DIR`, the same files in DIR (a set kept outside the repository:
//! `injection_attacks.txt`, `injection_benign.txt`, `secrets.txt`, `analytics.txt`, any of them)
//! are measured and printed too, without asserting.

use cortex_route_policy::guard::{InjectionDetector, redact};

/// The cases of a corpus file (the format is `cortex_route_policy::guard::corpus`'s).
fn corpus(text: &str) -> Vec<String> {
    cortex_route_policy::guard::corpus::cases(text)
}

/// A corpus file from `GUARD_CORPUS_DIR`, if set and present.
fn outside_corpus(name: &str) -> Option<Vec<String>> {
    let dir = std::env::var_os("GUARD_CORPUS_DIR")?;
    let text = std::fs::read_to_string(std::path::Path::new(&dir).join(name)).ok()?;
    Some(corpus(&text))
}

/// Detection and false-positive rates, with the misses and false positives.
fn injection_rates(
    attacks: &[String],
    benign: &[String],
) -> (f64, f64, Vec<String>, Vec<(String, String)>) {
    let detector = InjectionDetector::new(&[]).expect("rules compile");
    let missed: Vec<String> = attacks
        .iter()
        .filter(|a| detector.detect(a).is_none())
        .cloned()
        .collect();
    let flagged: Vec<(String, String)> = benign
        .iter()
        .filter_map(|b| detector.detect(b).map(|hit| (b.clone(), hit.rule)))
        .collect();
    let detection = 1.0 - missed.len() as f64 / attacks.len().max(1) as f64;
    let false_positives = flagged.len() as f64 / benign.len().max(1) as f64;
    (detection, false_positives, missed, flagged)
}

#[test]
fn outside_corpora_are_measured_when_given() {
    if let (Some(attacks), Some(benign)) = (
        outside_corpus("injection_attacks.txt"),
        outside_corpus("injection_benign.txt"),
    ) {
        let (detection, fp, missed, flagged) = injection_rates(&attacks, &benign);
        println!(
            "outside injection corpus: {} attacks, detection {:.1}%; {} benign, false positives {:.1}%",
            attacks.len(),
            detection * 100.0,
            benign.len(),
            fp * 100.0
        );
        for m in &missed {
            println!("  missed: {m:?}");
        }
        for (b, rule) in &flagged {
            println!("  false positive ({rule}): {b:?}");
        }
    }
    if let Some(secrets) = outside_corpus("secrets.txt") {
        let survived: Vec<&String> = secrets
            .iter()
            .filter(|l| {
                l.split_once(" ::: ")
                    .is_some_and(|(secret, text)| redact(text).text.contains(secret))
            })
            .collect();
        println!(
            "outside secrets: {} lines, {} survived",
            secrets.len(),
            survived.len()
        );
        for s in survived {
            println!("  survived: {s:?}");
        }
    }
    if let Some(analytics) = outside_corpus("analytics.txt") {
        let changed: Vec<&String> = analytics.iter().filter(|l| redact(l).text != **l).collect();
        println!(
            "outside analytics: {} lines, {} changed",
            analytics.len(),
            changed.len()
        );
        for c in changed {
            println!("  changed: {c:?} -> {:?}", redact(c).text);
        }
    }
}

#[test]
fn injection_corpus_detection_and_false_positive_rates() {
    let attacks = corpus(include_str!("data/injection_attacks.txt"));
    let benign = corpus(include_str!("data/injection_benign.txt"));
    assert!(attacks.len() >= 60 && benign.len() >= 60);

    let (detection, false_positives, missed, flagged) = injection_rates(&attacks, &benign);
    println!(
        "injection corpus: {} attacks, detection {:.1}%; {} near-misses, false positives {:.1}%",
        attacks.len(),
        detection * 100.0,
        benign.len(),
        false_positives * 100.0
    );
    for m in &missed {
        println!("  missed: {m:?}");
    }
    for (b, rule) in &flagged {
        println!("  false positive ({rule}): {b:?}");
    }
    assert!(
        detection >= 0.95,
        "detection {detection:.3}; missed {missed:#?}"
    );
    assert!(
        false_positives <= 0.03,
        "false positives {false_positives:.3}: {flagged:#?}"
    );
}

#[test]
fn secret_corpus_is_redacted_and_analytics_corpus_is_not() {
    let secrets = corpus(include_str!("data/secrets.txt"));
    let analytics = corpus(include_str!("data/analytics.txt"));
    assert!(secrets.len() >= 50 && analytics.len() >= 40);
    let mut failures = Vec::new();
    for line in &secrets {
        let (secret, text) = line.split_once(" ::: ").expect("secret ::: text lines");
        let out = redact(text);
        if out.text.contains(secret) {
            failures.push(format!("`{secret}` survived: {text:?} -> {:?}", out.text));
        }
    }
    for line in &analytics {
        let out = redact(line);
        if out.text != *line {
            failures.push(format!("changed: {line:?} -> {:?}", out.text));
        }
    }
    println!(
        "redaction corpus: {} secrets, {} analytics lines, {} failures",
        secrets.len(),
        analytics.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}
