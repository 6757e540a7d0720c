//! End-to-end tests of install.sh with a prebuilt binary (`--binary`), in a throwaway HOME.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use common::Home;

fn install(home: &Home, extra: &[&str]) -> std::process::Output {
    Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/install.sh"))
        .args(["--binary", env!("CARGO_BIN_EXE_cortex-route")])
        .arg("--prefix")
        .arg(home.path().join("prefix"))
        .args(extra)
        .env("HOME", home.path())
        .env_remove("CORTEX_ROUTE_CONFIG")
        .env_remove("CORTEX_SKILL_CONFIG")
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SNOWFLAKE_HOME")
        .output()
        .expect("bash runs")
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o7777
}

#[test]
fn installs_binary_skill_and_private_config_and_is_idempotent() {
    let home = Home::new();
    let out = install(&home, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let skill = home.path().join(".claude/skills/cortex-code");
    assert!(home.path().join("prefix/bin/cortex-route").is_file());
    assert_eq!(mode(&skill), 0o700);
    assert_eq!(mode(&skill.join("SKILL.md")), 0o600);
    assert_eq!(mode(&skill.join("config.yaml")), 0o600);

    // A second run keeps the user's edits.
    std::fs::write(
        skill.join("config.yaml"),
        "security:\n  max_history_items: 1\n",
    )
    .unwrap();
    let out = install(&home, &[]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("kept existing"));
    let text = std::fs::read_to_string(skill.join("config.yaml")).unwrap();
    assert!(text.contains("max_history_items: 1"));
}

#[test]
fn other_agents_get_their_own_folder_and_uninstall_keeps_config() {
    let home = Home::new();
    assert!(install(&home, &["--agent", "cursor"]).status.success());
    let skill = home.path().join(".cursor/skills/cortex-code");
    assert!(skill.join("SKILL.md").is_file());

    let out = install(&home, &["--agent", "cursor", "--uninstall"]);
    assert!(out.status.success());
    assert!(!skill.join("SKILL.md").exists());
    assert!(!home.path().join("prefix/bin/cortex-route").exists());
    assert!(skill.join("config.yaml").exists(), "config is the user's");
}

#[test]
fn unknown_agent_is_a_usage_error() {
    let home = Home::new();
    let out = install(&home, &["--agent", "emacs"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn installed_skill_has_the_front_matter_claude_code_needs() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/skills/cortex-code/SKILL.md"
    ))
    .unwrap();
    let front = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map(|(front, _)| front)
        .expect("front matter");
    let parsed: serde_json::Value = serde_saphyr::from_str(front).expect("front matter is YAML");
    assert_eq!(parsed["name"], "cortex-code");
    assert!(parsed["description"].as_str().unwrap().contains("Use when"));
}

/// install.sh without `--binary` (so it runs `cargo`), with `fake_bin` first on PATH.
fn install_with_path(home: &Home, path: &str, extra: &[&str]) -> std::process::Output {
    Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/install.sh"))
        .arg("--prefix")
        .arg(home.path().join("prefix"))
        .args(extra)
        .env("HOME", home.path())
        .env("PATH", path)
        .env_remove("CORTEX_ROUTE_CONFIG")
        .env_remove("CORTEX_SKILL_CONFIG")
        .output()
        .expect("bash runs")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `removed …` lines of an uninstall, in order.
fn removed(out: &std::process::Output) -> Vec<String> {
    stdout(out)
        .lines()
        .filter(|l| l.starts_with("removed "))
        .map(str::to_string)
        .collect()
}

fn ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        stdout(out),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn two_agents_share_the_binary_until_the_last_one_is_uninstalled() {
    let home = Home::new();
    let h = home.path();
    let bin = h.join("prefix/bin/cortex-route");
    let claude = h.join(".claude/skills/cortex-code");
    let cursor = h.join(".cursor/skills/cortex-code");
    let rule = h.join(".cursor/rules/cortex-code.mdc");

    ok(&install(&home, &["--agent", "claude"]));
    let out = install(&home, &["--agent", "cursor"]);
    ok(&out);
    assert!(
        stdout(&out).contains(&format!(
            "note: {}/config.yaml exists too: cortex-route reads both; the stricter setting of each key wins",
            claude.display()
        )),
        "{}",
        stdout(&out)
    );
    assert_eq!(mode(&rule), 0o600, "the Cursor rule is private");
    assert_eq!(
        std::fs::read(&rule).unwrap(),
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/skills/cortex-code/cursor/cortex-code.mdc"
        ))
        .unwrap()
    );

    // Claude goes: its SKILL.md only; the binary stays for Cursor, and says why.
    let out = install(&home, &["--agent", "claude", "--uninstall"]);
    ok(&out);
    assert_eq!(
        removed(&out),
        [format!("removed {}/SKILL.md", claude.display())]
    );
    assert!(
        stdout(&out).contains(&format!(
            "kept {}: still used by the cursor skill",
            bin.display()
        )),
        "{}",
        stdout(&out)
    );
    assert!(bin.is_file(), "the binary is still used by Cursor");
    assert!(!claude.join("SKILL.md").exists());
    assert!(claude.join("config.yaml").exists(), "config is the user's");
    assert!(
        cursor.join("SKILL.md").is_file(),
        "Cursor's skill is intact"
    );
    assert!(rule.is_file(), "Cursor's rule is intact");

    // Cursor goes last: its skill, its rule and the binary, each said once.
    let out = install(&home, &["--agent", "cursor", "--uninstall"]);
    ok(&out);
    assert_eq!(
        removed(&out),
        [
            format!("removed {}/SKILL.md", cursor.display()),
            format!("removed {}", rule.display()),
            format!("removed {}", bin.display()),
        ]
    );
    assert!(!bin.exists() && !rule.exists() && !cursor.join("SKILL.md").exists());
    assert!(
        !stdout(&out).contains(&format!("kept {}", bin.display())),
        "{}",
        stdout(&out)
    );

    // Nothing left to remove: nothing is said to be removed.
    let out = install(&home, &["--agent", "cursor", "--uninstall"]);
    ok(&out);
    assert_eq!(removed(&out), Vec::<String>::new(), "{}", stdout(&out));
}

#[test]
fn a_skill_folder_left_empty_is_removed_and_said() {
    let home = Home::new();
    ok(&install(&home, &["--agent", "codex"]));
    let skill = home.path().join(".codex/skills/cortex-code");
    std::fs::remove_file(skill.join("config.yaml")).unwrap();
    let out = install(&home, &["--agent", "codex", "--uninstall"]);
    ok(&out);
    assert_eq!(
        removed(&out),
        [
            format!("removed {}/SKILL.md", skill.display()),
            format!("removed {}/", skill.display()),
            format!(
                "removed {}",
                home.path().join("prefix/bin/cortex-route").display()
            ),
        ]
    );
    assert!(!skill.exists());
}

/// A fake `cargo` (Python, like the fake Cortex) that records its arguments in `$HOME/cargo-args`
/// and, like cargo 1.95, keeps `ROOT/.crates.toml` and `ROOT/.crates2.json`: `install --root ROOT`
/// writes `ROOT/bin/cortex-route` and one entry per file; `uninstall --root ROOT cortex-route`
/// removes both and leaves `[v1]` / `{"installs":{}}` when no package is left, and refuses
/// ("corrupt metadata", exit 101) when the binary it tracks is missing.
const FAKE_CARGO: &str = r##"#!/usr/bin/env python3
import json, os, sys
args = sys.argv[1:]
with open(os.path.join(os.environ["HOME"], "cargo-args"), "a") as f:
    f.write(" ".join(args) + "\n")
if os.environ.get("FAKE_CARGO_FAIL"):
    sys.stderr.write("error: " + os.environ["FAKE_CARGO_FAIL"] + "\n")
    sys.exit(101)
root = args[args.index("--root") + 1]
toml_path, json_path = os.path.join(root, ".crates.toml"), os.path.join(root, ".crates2.json")
key = "cortex-route 0.1.0 (path+file:///src/cortex-route)"
def load():
    entries = {}
    if os.path.exists(toml_path):
        for line in open(toml_path):
            if line.startswith('"'):
                k, v = line.split(" = ", 1)
                entries[json.loads(k)] = json.loads(v)
    installs = json.load(open(json_path))["installs"] if os.path.exists(json_path) else {}
    return entries, installs
def save(entries, installs):
    with open(toml_path, "w") as f:
        f.write("[v1]\n" + "".join("%s = %s\n" % (json.dumps(k), json.dumps(v)) for k, v in entries.items()))
    with open(json_path, "w") as f:
        json.dump({"installs": installs}, f, separators=(",", ":"))
entries, installs = load()
bin_path = os.path.join(root, "bin", "cortex-route")
if args[0] == "install":
    os.makedirs(os.path.dirname(bin_path), exist_ok=True)
    with open(bin_path, "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(bin_path, 0o755)
    entries[key] = ["cortex-route"]
    installs[key] = {"version_req": None, "bins": ["cortex-route"], "profile": "release"}
    save(entries, installs)
elif args[0] == "uninstall":
    if args[-1] != "cortex-route" or key not in entries:
        sys.stderr.write("error: package ID specification `%s` did not match any packages\n" % args[-1])
        sys.exit(101)
    if not os.path.exists(bin_path):
        sys.stderr.write("error: corrupt metadata, `%s` does not exist when it should\n" % bin_path)
        sys.exit(101)
    os.remove(bin_path)
    del entries[key]
    del installs[key]
    save(entries, installs)
else:
    sys.exit(2)
"##;

/// A folder holding the fake `cargo`, and PATH with it first.
fn fake_cargo(home: &Home) -> String {
    let dir = home.path().join("fake-cargo-bin");
    std::fs::create_dir_all(&dir).unwrap();
    let cargo = dir.join("cargo");
    std::fs::write(&cargo, FAKE_CARGO).unwrap();
    std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn cargo_args(home: &Home) -> Vec<String> {
    std::fs::read_to_string(home.path().join("cargo-args"))
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn uninstall_runs_cargo_uninstall_for_a_cargo_installed_binary_and_drops_empty_records() {
    let home = Home::new();
    let path = fake_cargo(&home);
    let prefix = home.path().join("prefix");
    ok(&install_with_path(&home, &path, &[]));
    let args = cargo_args(&home);
    assert_eq!(args.len(), 1, "{args:?}");
    assert!(args[0].starts_with("install --path "), "{args:?}");
    assert!(
        std::fs::read_to_string(prefix.join(".crates.toml"))
            .unwrap()
            .contains("\"cortex-route ")
    );

    let out = install_with_path(&home, &path, &["--uninstall"]);
    ok(&out);
    assert_eq!(
        cargo_args(&home)[1],
        format!("uninstall --quiet --root {} cortex-route", prefix.display())
    );
    let skill = home.path().join(".claude/skills/cortex-code");
    assert_eq!(
        removed(&out),
        [
            format!("removed {}/SKILL.md", skill.display()),
            format!("removed {}", prefix.join("bin/cortex-route").display()),
            format!(
                "removed cortex-route from cargo's records in {} (cargo uninstall)",
                prefix.display()
            ),
            format!("removed {}", prefix.join(".crates.toml").display()),
            format!("removed {}", prefix.join(".crates2.json").display()),
        ]
    );
    assert!(!prefix.join("bin/cortex-route").exists());
    assert!(!prefix.join(".crates.toml").exists());
    assert!(!prefix.join(".crates2.json").exists());
}

#[test]
fn cargo_records_of_other_packages_are_kept() {
    let home = Home::new();
    let path = fake_cargo(&home);
    let prefix = home.path().join("prefix");
    std::fs::create_dir_all(&prefix).unwrap();
    let other = "ripgrep 14.1.1 (registry+https://github.com/rust-lang/crates.io-index)";
    std::fs::write(
        prefix.join(".crates.toml"),
        format!("[v1]\n\"{other}\" = [\"rg\"]\n"),
    )
    .unwrap();
    std::fs::write(
        prefix.join(".crates2.json"),
        format!("{{\"installs\":{{\"{other}\":{{\"bins\":[\"rg\"]}}}}}}"),
    )
    .unwrap();
    ok(&install_with_path(&home, &path, &[]));
    let out = install_with_path(&home, &path, &["--uninstall"]);
    ok(&out);
    let toml = std::fs::read_to_string(prefix.join(".crates.toml")).unwrap();
    let json = std::fs::read_to_string(prefix.join(".crates2.json")).unwrap();
    assert!(
        toml.contains("ripgrep") && !toml.contains("cortex-route"),
        "{toml}"
    );
    assert!(
        json.contains("ripgrep") && !json.contains("cortex-route"),
        "{json}"
    );
    assert!(
        !removed(&out).iter().any(|l| l.contains(".crates")),
        "{:?}",
        removed(&out)
    );
}

#[test]
fn a_binary_deleted_by_hand_still_leaves_cargos_records_clean() {
    let home = Home::new();
    let path = fake_cargo(&home);
    let prefix = home.path().join("prefix");
    ok(&install_with_path(&home, &path, &[]));
    std::fs::remove_file(prefix.join("bin/cortex-route")).unwrap();
    let out = install_with_path(&home, &path, &["--uninstall"]);
    ok(&out);
    let lines = removed(&out);
    assert!(
        !lines.contains(&format!(
            "removed {}",
            prefix.join("bin/cortex-route").display()
        )),
        "the binary was not there, so it was not removed: {lines:?}"
    );
    assert!(!prefix.join(".crates.toml").exists(), "{lines:?}");
    assert!(
        !prefix.join("bin/cortex-route").exists(),
        "no placeholder left behind"
    );
}

#[test]
fn a_failing_cargo_uninstall_is_an_error_that_says_so() {
    let home = Home::new();
    let path = fake_cargo(&home);
    let prefix = home.path().join("prefix");
    ok(&install_with_path(&home, &path, &[]));
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/install.sh"))
        .arg("--prefix")
        .arg(&prefix)
        .arg("--uninstall")
        .env("HOME", home.path())
        .env("PATH", &path)
        .env("FAKE_CARGO_FAIL", "could not lock the package cache")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cargo uninstall --root"), "{err}");
    assert!(err.contains("could not lock the package cache"), "{err}");
    assert!(
        prefix.join("bin/cortex-route").exists(),
        "nothing is removed behind cargo's back"
    );
}

#[test]
fn a_binary_installed_with_binary_has_no_cargo_records_and_cargo_is_not_called() {
    let home = Home::new();
    let path = fake_cargo(&home);
    ok(&install(&home, &[]));
    let out = install_with_path(&home, &path, &["--uninstall"]);
    ok(&out);
    assert_eq!(cargo_args(&home), Vec::<String>::new());
    assert!(!home.path().join("prefix/bin/cortex-route").exists());
}

#[test]
fn help_names_every_agent_and_what_uninstall_keeps() {
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/install.sh"))
        .arg("--help")
        .output()
        .unwrap();
    ok(&out);
    let text = stdout(&out);
    for needle in [
        "~/.claude/skills/cortex-code/",
        "~/.cursor/rules/cortex-code.mdc",
        "~/.codex/skills/cortex-code/",
        "cargo uninstall",
        "another agent's skill still uses it",
        "Keeps config.yaml",
    ] {
        assert!(text.contains(needle), "--help lacks {needle:?}:\n{text}");
    }
}

#[test]
fn claude_gets_its_hooks_and_the_ask_rule_and_uninstall_takes_them_back() {
    let home = Home::new();
    let settings = home.path().join(".claude/settings.json");
    let original = "{\n  \"model\": \"opus\"\n}\n";
    home.write(".claude/settings.json", original);
    let cortex_hooks = home.path().join(".snowflake/cortex/hooks.json");
    let out = install(&home, &["--cortex-hook"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(
        text.contains("hook claude-prompt") && text.contains("Bash(cortex-route approve:*)"),
        "{text}"
    );
    let bin = home.path().join("prefix/bin/cortex-route");
    let hooks = std::fs::read_to_string(&cortex_hooks).unwrap();
    assert!(
        hooks.contains(&format!("{} hook cortex-pre-tool-use", bin.display())),
        "{hooks}"
    );

    let out = install(&home, &["--uninstall"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("claude: removed") && said.contains("cortex: removed"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), original);
    assert!(
        !cortex_hooks.exists(),
        "the install created it and nothing else is in it"
    );
    assert!(!bin.exists());
}

#[test]
fn no_hooks_leaves_claude_settings_alone() {
    let home = Home::new();
    let out = install(&home, &["--no-hooks"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!home.path().join(".claude/settings.json").exists());
    assert!(!home.path().join(".snowflake/cortex/hooks.json").exists());
}
