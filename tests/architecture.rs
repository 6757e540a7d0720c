//! The architecture, checked: no import cycles between a crate's top-level modules, no
//! hand-written source file over 1,500 lines, and the policy crate free of I/O and of the
//! runtime's dependencies (`crates/policy` must stay a pure decision engine).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const MAX_LINES: usize = 1_500;
/// Generated files (their generator lives next to them and a test keeps them current).
const GENERATED: &[&str] = &["anchors.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its `#[cfg(test)]` tail.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable source");
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text[..],
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Top-level module → the top-level modules it names through `crate::`.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("under src");
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|s| s.trim_end_matches(".rs").to_string())
            .unwrap_or_default();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = code(&file);
        let deps = graph.entry(top.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            let name: String = text[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != top {
                deps.insert(name);
            }
        }
    }
    graph
}

fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let from = stack.iter().position(|n| n == next).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(next, graph, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node.as_str())
            && let Some(c) = visit(node, graph, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_import_cycles_between_modules() {
    for src in ["src", "crates/policy/src", "crates/runtime/src"] {
        let graph = module_graph(&Path::new(ROOT).join(src));
        assert!(graph.len() > 3, "{src}: modules not found");
        if let Some(cycle) = find_cycle(&graph) {
            panic!("{src}: import cycle {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn no_hand_written_source_file_is_over_the_limit() {
    let mut files = Vec::new();
    for dir in ["src", "crates/policy/src", "crates/runtime/src", "tests"] {
        rust_files(&Path::new(ROOT).join(dir), &mut files);
    }
    let too_long: Vec<String> = files
        .iter()
        .filter(|f| !GENERATED.iter().any(|g| f.ends_with(g)))
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).ok()?.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(too_long.is_empty(), "split these: {too_long:#?}");
}

#[test]
fn the_policy_crate_does_no_io_and_has_no_runtime_dependencies() {
    let manifest = std::fs::read_to_string(Path::new(ROOT).join("crates/policy/Cargo.toml"))
        .expect("policy manifest");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|s| s.split("\n[").next())
        .expect("a [dependencies] table");
    for banned in [
        "tokio",
        "reqwest",
        "hyper",
        "libc",
        "rustix",
        "nix",
        "dialoguer",
        "dirs",
    ] {
        assert!(
            !deps.lines().any(|l| l.trim_start().starts_with(banned)),
            "the policy crate depends on {banned}"
        );
    }
    let lib = std::fs::read_to_string(Path::new(ROOT).join("crates/policy/src/lib.rs"))
        .expect("policy lib.rs");
    assert!(lib.contains("#![forbid(unsafe_code)]"));

    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("crates/policy/src"), &mut files);
    for file in files.iter().filter(|f| !f.ends_with("tests.rs")) {
        let text = code(file);
        for io in ["std::fs", "std::process", "std::net", "std::thread::sleep"] {
            assert!(
                !text.contains(io),
                "{} uses {io} outside its tests: the policy crate does no I/O",
                file.display()
            );
        }
    }
}
