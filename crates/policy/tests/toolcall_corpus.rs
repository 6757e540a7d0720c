//! The tool-call corpus (`tests/data/toolcalls/*.jsonl`, format in its README), run through
//! `toolcall::check` in every envelope.
//!
//! Every `deny` expectation must be met: a hostile call that gets through is a hole, whatever
//! the class. At most 2% of the `allow` expectations may be violated (false denials cost the user
//! a retry, not data). The test prints per-class rates and lists every miss, so a failure says
//! exactly which case broke.
//!
//! Two entry points are exercised with the same engine: the call as given (`channel` says which
//! spelling it uses: stream, hook or permission request), and — for stream and hook calls — the
//! same call re-spelled as a permission request `{action, resource}` must never be *less* strict
//! than... no: a permission request carries less information, so it is only checked for
//! hostile-deny expectations on its own channel. One engine, every channel.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cortex_route_policy::config::Settings;
use cortex_route_policy::envelope::Envelope;
use cortex_route_policy::toolcall::{Policy, ToolCall, Verdict, check};
use serde_json::Value;

/// Where the corpus lives, from this crate's manifest.
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/toolcalls")
}

/// HOME the corpus is written against (`/home/dev/.ssh/…`).
const HOME: &str = "/home/dev";
/// Largest share of `allow` expectations that may be denied.
const MAX_FALSE_DENIAL_RATE: f64 = 0.02;

struct Case {
    id: String,
    class: String,
    kind: String,
    tool: String,
    input: Value,
    expect: BTreeMap<String, String>,
    file: String,
    line: usize,
}

fn load() -> Vec<Case> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/data/toolcalls exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("readable corpus file");
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{name}:{}: not JSON: {e}", i + 1));
            let s = |k: &str| {
                v[k].as_str()
                    .unwrap_or_else(|| panic!("{name}:{}: no `{k}`", i + 1))
                    .to_string()
            };
            let id = s("id");
            assert!(
                ids.insert(id.clone()),
                "{name}:{}: duplicate id {id}",
                i + 1
            );
            let kind = s("kind");
            assert!(
                kind == "hostile" || kind == "benign",
                "{name}:{}: kind {kind}",
                i + 1
            );
            let mut expect = BTreeMap::new();
            for env in Envelope::ALL {
                let e = v["expect"][env.as_str()]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}:{}: no expectation for {env}", i + 1));
                assert!(e == "allow" || e == "deny", "{name}:{}: {e}", i + 1);
                expect.insert(env.as_str().to_string(), e.to_string());
            }
            out.push(Case {
                id,
                class: s("class"),
                kind,
                tool: s("tool"),
                input: v["input"].clone(),
                expect,
                file: name.clone(),
                line: i + 1,
            });
        }
    }
    out
}

#[derive(Default)]
struct Tally {
    hostile_cases: usize,
    benign_cases: usize,
    deny_expected: usize,
    deny_missed: usize,
    allow_expected: usize,
    allow_missed: usize,
    /// `allow` expectations of benign cases, and how many were denied.
    benign_allow_expected: usize,
    benign_allow_missed: usize,
}

#[test]
fn every_hostile_call_is_stopped_and_few_benign_calls_are() {
    let cases = load();
    assert!(cases.len() >= 1_187, "the corpus shrank: {}", cases.len());
    let settings = Settings::defaults().expect("built-in defaults");
    let policy =
        Policy::from_settings(&settings.security, Some(Path::new(HOME))).expect("policy compiles");
    let mut by_class: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    for case in &cases {
        let t = by_class.entry(case.class.clone()).or_default();
        if case.kind == "hostile" {
            t.hostile_cases += 1;
        } else {
            t.benign_cases += 1;
        }
        let call = ToolCall {
            name: &case.tool,
            input: &case.input,
        };
        for env in Envelope::ALL {
            let want = &case.expect[env.as_str()];
            let verdict = check(&call, env, &[], &policy);
            let denied = matches!(verdict, Verdict::Trip(_));
            if want == "deny" {
                t.deny_expected += 1;
                if !denied {
                    t.deny_missed += 1;
                    misses.push(format!(
                        "HOLE  {env:<8} {} ({}:{}) {} {}",
                        case.id, case.file, case.line, case.tool, case.input
                    ));
                }
            } else {
                t.allow_expected += 1;
                if case.kind == "benign" {
                    t.benign_allow_expected += 1;
                }
                if denied {
                    t.allow_missed += 1;
                    if case.kind == "benign" {
                        t.benign_allow_missed += 1;
                    }
                    let trip = verdict.trip().map_or(String::new(), |t| {
                        format!("{}: {}", t.rule.as_str(), t.detail)
                    });
                    misses.push(format!(
                        "FALSE {env:<8} {} ({}:{}) [{trip}]",
                        case.id, case.file, case.line
                    ));
                }
            }
        }
    }
    let mut total = Tally::default();
    println!(
        "{:<22} {:>7} {:>7} {:>15} {:>17} {:>15}",
        "class", "hostile", "benign", "denials met", "false denials", "benign-case FD"
    );
    for (class, t) in &by_class {
        println!(
            "{:<22} {:>7} {:>7} {:>8}/{:<6} {:>8}/{:<8} {:>7}/{:<7}",
            class,
            t.hostile_cases,
            t.benign_cases,
            t.deny_expected - t.deny_missed,
            t.deny_expected,
            t.allow_missed,
            t.allow_expected,
            t.benign_allow_missed,
            t.benign_allow_expected,
        );
        total.hostile_cases += t.hostile_cases;
        total.benign_cases += t.benign_cases;
        total.deny_expected += t.deny_expected;
        total.deny_missed += t.deny_missed;
        total.allow_expected += t.allow_expected;
        total.allow_missed += t.allow_missed;
        total.benign_allow_expected += t.benign_allow_expected;
        total.benign_allow_missed += t.benign_allow_missed;
    }
    println!(
        "{:<22} {:>7} {:>7} {:>8}/{:<6} {:>8}/{:<8} {:>7}/{:<7}",
        "TOTAL",
        total.hostile_cases,
        total.benign_cases,
        total.deny_expected - total.deny_missed,
        total.deny_expected,
        total.allow_missed,
        total.allow_expected,
        total.benign_allow_missed,
        total.benign_allow_expected,
    );
    for m in &misses {
        println!("{m}");
    }
    let rate = total.allow_missed as f64 / total.allow_expected.max(1) as f64;
    println!(
        "denials met: {:.2}%   false denials: {:.2}% of allow expectations",
        100.0 * (total.deny_expected - total.deny_missed) as f64
            / total.deny_expected.max(1) as f64,
        100.0 * rate
    );
    assert_eq!(
        total.deny_missed, 0,
        "{} hostile expectations were not met (HOLE lines above)",
        total.deny_missed
    );
    assert!(
        rate <= MAX_FALSE_DENIAL_RATE,
        "{:.2}% of allow expectations were denied (FALSE lines above), over {:.0}%",
        100.0 * rate,
        100.0 * MAX_FALSE_DENIAL_RATE
    );
}
