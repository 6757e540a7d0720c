//! Shared helpers for end-to-end tests: a throwaway HOME and a command for the built binary with a
//! clean environment, so the developer's own config, policy and tokens never leak into a test.

#![allow(dead_code)]

pub mod snowflake;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A temporary HOME with helpers to place config and policy files in it.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Self {
        Home {
            dir: tempfile::tempdir().expect("create temp HOME"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Write `rel` under HOME (creating folders) with mode 0600 and return its path.
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("file has a parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write file");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        path
    }

    /// The per-user organization policy location.
    pub fn org_policy(&self, text: &str) -> PathBuf {
        self.write(".snowflake/cortex/claude-skill-policy.yaml", text)
    }

    /// The Claude Code skill's user config location.
    pub fn user_config(&self, text: &str) -> PathBuf {
        self.write(".claude/skills/cortex-code/config.yaml", text)
    }

    /// `cortex-route` with HOME here and no inherited configuration or credentials.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as [`Home::cmd`], as a plain `std::process::Command` (to spawn and signal it).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("cortex-route"));
        for var in [
            "CORTEX_ROUTE_CONFIG",
            "CORTEX_ROUTE_TEST_SYSTEM_POLICY",
            "CORTEX_ROUTE_LOG",
            "CORTEX_SKILL_CONFIG",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "SNOWFLAKE_PAT",
            "SNOWFLAKE_HOME",
            "NO_COLOR",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.path());
        cmd
    }
}

impl Home {
    /// The records of the default audit log (`~/.local/state/cortex-route/audit.log`), oldest
    /// first; empty when there is none.
    pub fn audit_records(&self) -> Vec<serde_json::Value> {
        let log = self.path().join(".local/state/cortex-route/audit.log");
        std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("an audit line is JSON"))
            .collect()
    }
}

/// Parse stdout as one JSON object.
pub fn json_stdout(output: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {text}"))
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The fake Cortex CLI shipped in `tests/fake-cortex/`.
pub fn fake_cortex_path() -> PathBuf {
    fake_cortex_dir().join("cortex")
}

/// A `cortex` on PATH that runs the fake with these `FAKE_CORTEX_*` settings. The settings live in
/// a wrapper script, not in our environment, because `cortex-route` gives Cortex an allowlisted
/// environment only.
pub struct FakeCortex {
    pub bin: PathBuf,
    pub argv: PathBuf,
    pub prompt: PathBuf,
    pub marker: PathBuf,
    pub pids: PathBuf,
    /// One line per tool call the fake ran: `name<TAB>input`.
    pub executed: PathBuf,
    /// Every line the fake read on stdin (gate mode).
    pub stdin_log: PathBuf,
}

impl Home {
    /// Install a fake `cortex` for `scenario` (see the fake's header) with extra settings.
    pub fn fake_cortex(&self, scenario: &str, extra: &[(&str, &str)]) -> FakeCortex {
        let bin = self.path().join("fake-bin");
        std::fs::create_dir_all(&bin).expect("mkdir fake-bin");
        let fake = FakeCortex {
            argv: self.path().join("fake-argv.txt"),
            prompt: self.path().join("fake-prompt.txt"),
            marker: self.path().join("fake-damage-marker"),
            pids: self.path().join("fake-pids.txt"),
            executed: self.path().join("fake-executed.txt"),
            stdin_log: self.path().join("fake-stdin.txt"),
            bin: bin.clone(),
        };
        let mut script = String::from("#!/bin/sh\n");
        let mut vars = vec![
            ("FAKE_CORTEX_SCENARIO", scenario.to_string()),
            ("FAKE_CORTEX_ARGV", fake.argv.display().to_string()),
            ("FAKE_CORTEX_PROMPT_FILE", fake.prompt.display().to_string()),
            ("FAKE_CORTEX_MARKER", fake.marker.display().to_string()),
            ("FAKE_CORTEX_PIDFILE", fake.pids.display().to_string()),
            ("FAKE_CORTEX_EXECUTED", fake.executed.display().to_string()),
            (
                "FAKE_CORTEX_STDIN_LOG",
                fake.stdin_log.display().to_string(),
            ),
        ];
        for (k, v) in extra {
            vars.push((k, v.to_string()));
        }
        for (k, v) in vars {
            let quoted = v.replace('\'', "'\\''");
            script.push_str(&format!("export {k}='{quoted}'\n"));
        }
        script.push_str(&format!("exec '{}' \"$@\"\n", fake_cortex_path().display()));
        let path = bin.join("cortex");
        std::fs::write(&path, script).expect("write fake wrapper");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        fake
    }

    /// `cmd()` with the fake's folder first on PATH.
    pub fn cmd_with(&self, fake: &FakeCortex) -> Command {
        Command::from_std(self.std_cmd_with(fake))
    }

    /// `std_cmd()` with the fake's folder first on PATH.
    pub fn std_cmd_with(&self, fake: &FakeCortex) -> std::process::Command {
        let mut cmd = self.std_cmd();
        let path = std::env::var("PATH").unwrap_or_default();
        cmd.env("PATH", format!("{}:{path}", fake.bin.display()));
        cmd
    }
}

impl FakeCortex {
    /// The arguments of each call to the fake, in order.
    pub fn calls(&self) -> Vec<Vec<String>> {
        let Ok(text) = std::fs::read_to_string(&self.argv) else {
            return Vec::new();
        };
        let mut calls = Vec::new();
        for line in text.lines() {
            if line == "--- call" {
                calls.push(Vec::new());
            } else if let Some(last) = calls.last_mut() {
                last.push(line.to_string());
            }
        }
        calls
    }

    /// The calls that ran a prompt (`-p`, or gate mode's `--input-format`), ignoring
    /// `skill list`, `--version` and `--help`.
    pub fn prompt_calls(&self) -> Vec<Vec<String>> {
        self.calls()
            .into_iter()
            .filter(|c| {
                c.first().map(String::as_str) == Some("-p")
                    || c.iter().any(|a| a == "--input-format")
            })
            .collect()
    }

    /// The tool calls the fake ran, as `(name, input)`.
    pub fn executed(&self) -> Vec<(String, serde_json::Value)> {
        std::fs::read_to_string(&self.executed)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let (name, input) = l.split_once('\t')?;
                Some((name.to_string(), serde_json::from_str(input).ok()?))
            })
            .collect()
    }

    /// The prompt Cortex received (from `-p` or the first user message).
    pub fn prompt(&self) -> String {
        std::fs::read_to_string(&self.prompt).unwrap_or_default()
    }

    /// Pids the fake recorded (itself and any helper it started).
    pub fn pids(&self) -> Vec<i32> {
        std::fs::read_to_string(&self.pids)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }
}

/// True when a process with this pid exists (and is not a zombie we could still reap).
pub fn alive(pid: i32) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Field 3 is the state; `Z` (zombie) and `X` (dead) are not running.
    let state = stat
        .rsplit(')')
        .next()
        .and_then(|rest| rest.split_whitespace().next());
    matches!(state, Some(s) if s != "Z" && s != "X")
}

/// The values following each `--disallowed-tools` flag in `args`.
pub fn disallowed_in(args: &[String]) -> Vec<String> {
    args.windows(2)
        .filter(|w| w[0] == "--disallowed-tools")
        .map(|w| w[1].clone())
        .collect()
}

/// The folder holding the fake Cortex CLI (`tests/fake-cortex/cortex`).
pub fn fake_cortex_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fake-cortex")
}

/// `PATH` with the fake Cortex first, then the inherited one (for `sh`, `sleep`, …).
pub fn path_with_fake_cortex() -> std::ffi::OsString {
    let mut dirs = vec![fake_cortex_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).expect("PATH entries join")
}

/// A fixture under `tests/data/`.
pub fn test_data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

/// A fixture under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Cortex's conversations folder under this HOME (`~/.snowflake/cortex/conversations`).
pub fn conversations(home: &Home) -> PathBuf {
    home.path().join(".snowflake/cortex/conversations")
}

/// Copy the Cortex session fixtures (`tests/fixtures/cortex-sessions/`) into this HOME's
/// conversations folder, the injected session newest.
pub fn place_cortex_sessions(home: &Home) -> PathBuf {
    let dir = conversations(home);
    copy_dir(&fixture("cortex-sessions"), &dir);
    std::fs::remove_file(dir.join("README.md")).expect("the fixture README was copied");
    let mtimes = [
        ("6868f059-3b8a-423d-8a51-ef0397c7f469.json", 5_000),
        ("6868f059-3b8a-423d-8a51-ef0397c7f469.history.jsonl", 5_000),
        (
            "e287939e39ffda63e106c6e52956a6f0/34ca9e37-1c2d-4e5f-8a9b-0c1d2e3f4a5b.json",
            4_000,
        ),
        (
            "e287939e39ffda63e106c6e52956a6f0/34ca9e37-1c2d-4e5f-8a9b-0c1d2e3f4a5b.history.jsonl",
            4_000,
        ),
    ];
    for (rel, secs) in mtimes {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(dir.join(rel))
            .expect("fixture file");
        file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
            .expect("set mtime");
    }
    dir
}

/// Copy the folder `src` into `dst` (created), recursively; symbolic links are not expected.
pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for entry in std::fs::read_dir(src).expect("read fixture dir") {
        let entry = entry.expect("dir entry");
        let target = dst.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture");
        }
    }
}
