//! Credential paths in prompts (`tests/data/credential_prompts.txt`: every line must be blocked;
//! `tests/data/credential_benign.txt`: none may be) through the prompt guard's credential check
//! (`Guard::check_prompt`), with the built-in default patterns and HOME `/home/ana`.
//!
//! `cargo test -p cortex-route-policy --test credential_prompts -- --nocapture` lists every miss.

use std::path::{Path, PathBuf};

use cortex_route_policy::config::Settings;
use cortex_route_policy::guard::{BlockKind, Guard, PromptVerdict};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name)
}

/// Non-comment, non-empty lines with `\n`, `\t` and `\u{XXXX}` escapes decoded (the files'
/// header explains the format).
fn lines(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(data(name)).expect("corpus file is readable");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(unescape)
        .collect()
}

fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('n') => {
                chars.next();
                out.push('\n');
            }
            Some('t') => {
                chars.next();
                out.push('\t');
            }
            Some('u') => {
                let rest: String = chars.clone().skip(1).take(1).collect();
                if rest == "{" {
                    chars.next();
                    chars.next();
                    let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                    let code = u32::from_str_radix(&hex, 16).expect("hex escape");
                    out.push(char::from_u32(code).expect("valid char"));
                } else {
                    out.push('\\');
                }
            }
            _ => out.push('\\'),
        }
    }
    out
}

fn guard() -> Guard {
    let settings = Settings::defaults().expect("built-in defaults");
    Guard::from_settings(&settings.security, Some(Path::new("/home/ana"))).expect("guard compiles")
}

fn blocked_as_credential(guard: &Guard, prompt: &str) -> Option<String> {
    match guard.check_prompt(prompt) {
        PromptVerdict::Blocked(b) if b.kind == BlockKind::CredentialPath => Some(b.matched),
        _ => None,
    }
}

#[test]
fn every_prompt_naming_a_credential_file_is_blocked() {
    let guard = guard();
    let prompts = lines("credential_prompts.txt");
    assert!(prompts.len() >= 80, "the corpus shrank: {}", prompts.len());
    let missed: Vec<&String> = prompts
        .iter()
        .filter(|p| blocked_as_credential(&guard, p).is_none())
        .collect();
    println!(
        "credential prompts blocked: {}/{}",
        prompts.len() - missed.len(),
        prompts.len()
    );
    for m in &missed {
        println!("MISSED  {m}");
    }
    assert!(
        missed.is_empty(),
        "{} credential prompts got through",
        missed.len()
    );
}

#[test]
fn prompts_that_only_mention_credentials_are_not_blocked() {
    let guard = guard();
    let prompts = lines("credential_benign.txt");
    assert!(prompts.len() >= 60, "the corpus shrank: {}", prompts.len());
    let blocked: Vec<(String, &String)> = prompts
        .iter()
        .filter_map(|p| blocked_as_credential(&guard, p).map(|m| (m, p)))
        .collect();
    println!(
        "benign prompts passed: {}/{}",
        prompts.len() - blocked.len(),
        prompts.len()
    );
    for (matched, p) in &blocked {
        println!("BLOCKED [{matched}]  {p}");
    }
    assert!(
        blocked.is_empty(),
        "{} benign prompts were blocked",
        blocked.len()
    );
}
