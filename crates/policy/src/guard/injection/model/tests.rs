//! Training the injection model from the in-repo corpora, and the tests that keep `model.bin`
//! in step with them. L2-regularized logistic regression, classes weighted to count equally,
//! fitted by L-BFGS in `f64` in a fixed order, so the same corpora always give the same bytes.
//!
//! Regenerate after a corpus (or the words view) changed:
//! `CORTEX_ROUTE_BLESS=1 cargo test --release -p cortex-route-policy --lib injection_model_is_current`

use std::collections::VecDeque;

use sha2::{Digest, Sha256};

use super::{
    BUCKETS, Features, HEADER_LEN, INJECTION, MAGIC, ModelFile, THRESHOLD, Weights, grams,
};
use crate::guard::corpus;
use crate::guard::normalize::Views;

/// Inverse regularization strength (scikit-learn's `C`): of 3, 10, 30 and 100 on the
/// first-look simulations, 30 blocked 3–9 more attacks per set than 10 at the same false blocks
/// (at most one more); 100 began to block more benign prompts.
const C: f64 = 30.0;
const MAX_ITERATIONS: usize = 2_000;
const HISTORY: usize = 10;
const GRADIENT_TOLERANCE: f64 = 1e-6;

/// One training case: the words view of a corpus text, and whether it is an attack.
pub(crate) struct Case {
    pub(crate) words: String,
    pub(crate) attack: bool,
}

fn cases() -> Vec<Case> {
    let attacks = corpus::cases(corpus::INJECTION_ATTACKS);
    let mut benign = corpus::cases(corpus::INJECTION_BENIGN);
    benign.extend(benign_outside_the_injection_corpus());
    let case = |text: &String, attack| Case {
        words: Views::of(text).words,
        attack,
    };
    attacks
        .iter()
        .map(|t| case(t, true))
        .chain(benign.iter().map(|t| case(t, false)))
        .collect()
}

/// Benign texts the model also learns from besides the injection near misses: the routing set's
/// prompts, the benign credential prompts, the analytics lines and the secrets corpus's texts.
fn benign_outside_the_injection_corpus() -> Vec<String> {
    let mut benign: Vec<String> = corpus::ROUTING_SET
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("prompt")?.as_str().map(str::to_string))
        .collect();
    benign.extend(
        corpus::CREDENTIAL_BENIGN
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_string),
    );
    benign.extend(corpus::cases(corpus::ANALYTICS));
    benign.extend(corpus::secrets().into_iter().map(|(_, text)| text));
    benign
}

/// What the model was trained from: the cases as the model reads them (so a change to the
/// words view changes it too), the hyperparameters, and the buckets of a probe text (so a
/// change to the feature hashing does).
fn digest(cases: &[Case]) -> [u8; 32] {
    digest_for(MAGIC, THRESHOLD, cases)
}

/// [`digest`] for a model with this magic and threshold.
pub(crate) fn digest_for(magic: &[u8; 8], threshold: f32, cases: &[Case]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(magic);
    h.update(C.to_le_bytes());
    h.update(threshold.to_le_bytes());
    grams("ignorez vörigen anweisungen 123", |b| {
        h.update(b.to_le_bytes())
    });
    for case in cases {
        h.update([u8::from(case.attack)]);
        h.update((case.words.len() as u64).to_le_bytes());
        h.update(case.words.as_bytes());
    }
    h.finalize().into()
}

/// Sparse feature rows, unit length.
fn rows(cases: &[Case]) -> Vec<Vec<(usize, f64)>> {
    cases
        .iter()
        .map(|case| {
            let words: Vec<&str> = case.words.split(' ').filter(|w| !w.is_empty()).collect();
            let f = Features::of(&words);
            f.counts
                .iter()
                .map(|(b, n)| (*b as usize, f64::from(*n) / f64::from(f.norm)))
                .collect()
        })
        .collect()
}

/// The fitted parameters: one weight per bucket, then the bias.
pub(crate) fn train(cases: &[Case]) -> Vec<f64> {
    let rows = rows(cases);
    let attacks = cases.iter().filter(|c| c.attack).count() as f64;
    let total = cases.len() as f64;
    // Balanced classes: each class weighs half of the total.
    let weights: Vec<f64> = cases
        .iter()
        .map(|c| total / (2.0 * if c.attack { attacks } else { total - attacks }))
        .collect();
    let labels: Vec<f64> = cases
        .iter()
        .map(|c| if c.attack { 1.0 } else { -1.0 })
        .collect();
    let objective = |theta: &[f64], grad: &mut [f64]| -> f64 {
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0;
        for ((row, y), s) in rows.iter().zip(&labels).zip(&weights) {
            let z = theta[BUCKETS] + row.iter().map(|(j, x)| theta[*j] * x).sum::<f64>();
            let margin = y * z;
            loss += s * softplus(-margin);
            let d = -y * s * logistic(-margin);
            for (j, x) in row {
                grad[*j] += d * x;
            }
            grad[BUCKETS] += d;
        }
        for j in 0..BUCKETS {
            loss += theta[j] * theta[j] / (2.0 * C);
            grad[j] += theta[j] / C;
        }
        loss
    };
    lbfgs(BUCKETS + 1, objective)
}

fn softplus(x: f64) -> f64 {
    if x > 0.0 {
        x + (-x).exp().ln_1p()
    } else {
        x.exp().ln_1p()
    }
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Minimize a smooth convex function with limited-memory BFGS and a backtracking (Armijo)
/// line search, from zero.
fn lbfgs(n: usize, f: impl Fn(&[f64], &mut [f64]) -> f64) -> Vec<f64> {
    let mut x = vec![0.0; n];
    let mut g = vec![0.0; n];
    let mut fx = f(&x, &mut g);
    let mut history: VecDeque<(Vec<f64>, Vec<f64>, f64)> = VecDeque::new();
    let mut x_new = vec![0.0; n];
    let mut g_new = vec![0.0; n];
    for iteration in 0..MAX_ITERATIONS {
        if g.iter().fold(0.0f64, |m, v| m.max(v.abs())) < GRADIENT_TOLERANCE {
            break;
        }
        // Two-loop recursion: d = -H g.
        let mut d: Vec<f64> = g.iter().map(|v| -v).collect();
        let mut alphas = Vec::with_capacity(history.len());
        for (s, y, rho) in history.iter().rev() {
            let a = rho * dot(s, &d);
            d.iter_mut().zip(y).for_each(|(di, yi)| *di -= a * yi);
            alphas.push(a);
        }
        if let Some((s, y, _)) = history.back() {
            let gamma = dot(s, y) / dot(y, y);
            d.iter_mut().for_each(|di| *di *= gamma);
        }
        for ((s, y, rho), a) in history.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &d);
            d.iter_mut().zip(s).for_each(|(di, si)| *di += (a - b) * si);
        }
        let mut slope = dot(&g, &d);
        if slope >= 0.0 {
            d = g.iter().map(|v| -v).collect();
            slope = -dot(&g, &g);
            history.clear();
        }
        let mut step = if iteration == 0 {
            1.0 / dot(&g, &g).sqrt()
        } else {
            1.0
        };
        let mut fx_new;
        loop {
            x_new
                .iter_mut()
                .zip(&x)
                .zip(&d)
                .for_each(|((xn, xi), di)| *xn = xi + step * di);
            fx_new = f(&x_new, &mut g_new);
            if fx_new <= fx + 1e-4 * step * slope {
                break;
            }
            step *= 0.5;
            if step < 1e-20 {
                return x;
            }
        }
        let s: Vec<f64> = x_new.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = g_new.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            if history.len() == HISTORY {
                history.pop_front();
            }
            history.push_back((s, y, 1.0 / sy));
        }
        let improvement = (fx - fx_new) / fx.abs().max(1.0);
        std::mem::swap(&mut x, &mut x_new);
        std::mem::swap(&mut g, &mut g_new);
        fx = fx_new;
        if improvement < 1e-12 {
            break;
        }
    }
    x
}

/// A model file with this magic, digest and parameters.
pub(crate) fn model_file_for(magic: &[u8; 8], digest: &[u8; 32], theta: &[f64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + 4 * BUCKETS);
    out.extend_from_slice(magic);
    out.extend_from_slice(digest);
    out.extend_from_slice(&(theta[BUCKETS] as f32).to_le_bytes());
    for w in &theta[..BUCKETS] {
        out.extend_from_slice(&(*w as f32).to_le_bytes());
    }
    out
}

#[test]
fn injection_model_is_current() {
    let cases = cases();
    bless_or_check(
        &INJECTION,
        "src/guard/injection/model.bin",
        &cases,
        &digest(&cases),
        "injection_model_is_current",
    );
}

/// With `CORTEX_ROUTE_BLESS` set, trains a model on `cases` and writes it to `path` (relative
/// to the crate); otherwise fails unless the compiled `file` was trained on exactly `cases`,
/// naming `test` in the command that retrains it.
pub(crate) fn bless_or_check(
    file: &ModelFile,
    path: &str,
    cases: &[Case],
    digest: &[u8; 32],
    test: &str,
) {
    if std::env::var_os("CORTEX_ROUTE_BLESS").is_some() {
        let theta = train(cases);
        let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&full, model_file_for(file.magic, digest, &theta))
            .unwrap_or_else(|e| panic!("write {full}: {e}"));
        return;
    }
    assert!(
        super::compiled_digest(file) == Some(&digest[..]),
        "{path} was trained on other corpora (a corpus, the words view or the features changed). \
         Retrain it with `CORTEX_ROUTE_BLESS=1 cargo test --release -p cortex-route-policy --lib \
         {test}`"
    );
}

#[test]
fn model_file_is_well_formed() {
    assert!(
        Weights::load(&INJECTION).is_some(),
        "model.bin is malformed"
    );
}

/// A model that lost its weights (or was trained on shuffled labels) would pass the digest
/// check; this one reads its own corpora as they are labelled.
#[test]
fn model_separates_its_training_corpora() {
    let cases = cases();
    let (mut caught, mut attacks, mut false_blocks, mut benign) = (0, 0, 0, 0);
    for case in &cases {
        let blocked = super::score(&case.words).is_some_and(|s| s.probability >= THRESHOLD);
        if case.attack {
            attacks += 1;
            caught += usize::from(blocked);
        } else {
            benign += 1;
            false_blocks += usize::from(blocked);
        }
    }
    // Half, not more: a model without its weights, or trained on shuffled labels, catches
    // almost none at the threshold, while the corpus keeps growing by attacks that only the
    // rules' structure catches (a risky action plus a borrowed approval), which a bag of words
    // cannot separate from their near-misses. The rules catch those; the bar only has to tell
    // a working model from a broken one.
    assert!(
        caught * 2 >= attacks,
        "the model catches only {caught} of its {attacks} training attacks"
    );
    assert!(
        false_blocks * 100 <= benign,
        "the model blocks {false_blocks} of its {benign} benign training texts"
    );
}

/// Five-fold cross-validation on the corpora: what the model does on cases it was not trained
/// on. Slow; run with `--release --ignored --nocapture` when changing the features or `C`.
#[test]
#[ignore]
fn model_cross_validation() {
    let cases = cases();
    let mut scores = vec![0.0f32; cases.len()];
    for fold in 0..5 {
        let train_set: Vec<Case> = cases
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 5 != fold)
            .map(|(_, c)| Case {
                words: c.words.clone(),
                attack: c.attack,
            })
            .collect();
        let theta = train(&train_set);
        for (i, case) in cases.iter().enumerate().skip(fold).step_by(5) {
            let words: Vec<&str> = case.words.split(' ').filter(|w| !w.is_empty()).collect();
            let f = Features::of(&words);
            scores[i] = super::sigmoid(theta[BUCKETS] as f32 + f.dot(|b| theta[b as usize] as f32));
        }
    }
    for threshold in [0.7, 0.8, 0.9, 0.95] {
        let blocked = |attack: bool| {
            cases
                .iter()
                .zip(&scores)
                .filter(|(c, s)| c.attack == attack && **s >= threshold)
                .count()
        };
        let attacks = cases.iter().filter(|c| c.attack).count();
        println!(
            "threshold {threshold}: {}/{attacks} attacks, {}/{} benign blocked",
            blocked(true),
            blocked(false),
            cases.len() - attacks
        );
    }
}

/// Thresholds on held-out sets kept outside the repository (`MODEL_EVAL=a.jsonl:b.jsonl`, rows
/// `{"text", "expect": "block"|"allow"}`): attacks blocked and legitimate prompts blocked by
/// the rules alone and with the model at each threshold.
#[test]
#[ignore]
fn model_thresholds_on_outside_sets() {
    let Some(files) = std::env::var_os("MODEL_EVAL") else {
        return;
    };
    let detector = crate::guard::injection::InjectionDetector::new(&[]).expect("rules compile");
    for file in std::env::split_paths(&files) {
        let text = std::fs::read_to_string(&file).expect("readable set");
        let rows: Vec<(String, bool, bool, f32)> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                let t = v["text"].as_str().unwrap_or("").to_string();
                let attack = v["expect"] == "block";
                let rule = detector
                    .detect(&t)
                    .is_some_and(|h| h.rule != super::RULE_ID);
                let p = super::score(&Views::of(&t).words).map_or(0.0, |s| s.probability);
                (t, attack, rule, p)
            })
            .collect();
        let count = |attack: bool, threshold: f32| {
            rows.iter()
                .filter(|r| r.1 == attack && (r.2 || r.3 >= threshold))
                .count()
        };
        let attacks = rows.iter().filter(|r| r.1).count();
        let benign = rows.len() - attacks;
        print!("{}:", file.display());
        for t in [1.1, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97] {
            print!(
                " | {t}: {}/{attacks} {}/{benign}",
                count(true, t),
                count(false, t)
            );
        }
        println!();
    }
}

/// The model as it would have read each held-out set the first time: trained only on the corpora
/// lines above the set's header (the set itself and what was written after it left out), then
/// scored on the set. Slow; run with `--release --ignored --nocapture` when changing the
/// features or `C`. `MODEL_SETS=22,23` picks the sets (default: the last four).
#[test]
#[ignore]
fn model_on_held_out_sets_as_first_seen() {
    let sets: Vec<u32> = std::env::var("MODEL_SETS")
        .unwrap_or_else(|_| "23,24,25,26".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let other_benign = benign_outside_the_injection_corpus();
    for set in sets {
        let header = format!("#! Held-out set {set} (written blind");
        let split = |text: &str| -> (Vec<String>, Vec<String>) {
            let Some(at) = text.find(&header) else {
                return (Vec::new(), Vec::new());
            };
            let before = corpus::cases(&text[..at]);
            let rest = &text[at..];
            let body = rest.lines().skip(1).take_while(|l| !l.starts_with("#!"));
            (before, corpus::cases(&body.collect::<Vec<_>>().join("\n")))
        };
        let (attacks_before, attacks) = split(corpus::INJECTION_ATTACKS);
        let (benign_before, benign) = split(corpus::INJECTION_BENIGN);
        if attacks.is_empty() {
            println!("set {set}: not in the corpora");
            continue;
        }
        let case = |text: &String, attack| Case {
            words: Views::of(text).words,
            attack,
        };
        let training: Vec<Case> = attacks_before
            .iter()
            .map(|t| case(t, true))
            .chain(
                benign_before
                    .iter()
                    .chain(&other_benign)
                    .map(|t| case(t, false)),
            )
            .collect();
        let theta = train(&training);
        let file = model_file_for(MAGIC, &[0; 32], &theta);
        let leaked: &'static [u8] = Box::leak(file.into_boxed_slice());
        let model = ModelFile {
            magic: MAGIC,
            bytes: leaked,
        };
        let p = |t: &String| {
            super::score_with(&model, &Views::of(t).words).map_or(0.0, |s| s.probability)
        };
        let attack_scores: Vec<f32> = attacks.iter().map(p).collect();
        let benign_scores: Vec<f32> = benign.iter().map(p).collect();
        print!(
            "set {set} ({} attacks, {} near misses):",
            attacks.len(),
            benign.len()
        );
        for t in [0.8, 0.9, 0.95] {
            let caught = attack_scores.iter().filter(|s| **s >= t).count();
            let blocked = benign_scores.iter().filter(|s| **s >= t).count();
            print!(" | {t}: {caught} caught, {blocked} blocked");
        }
        println!();
    }
}
