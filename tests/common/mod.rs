//! Shared helpers for end-to-end tests: a throwaway HOME and a command for the built binary with a
//! clean environment, so the developer's own config, policy and tokens never leak into a test.

#![allow(dead_code)]

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
        let mut cmd = Command::cargo_bin("cortex-route").expect("binary built");
        for var in [
            "CORTEX_ROUTE_CONFIG",
            "CORTEX_SKILL_CONFIG",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "SNOWFLAKE_PAT",
            "NO_COLOR",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.path());
        cmd
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
