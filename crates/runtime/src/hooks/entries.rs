//! Our entries in hook settings files. Cortex (`~/.snowflake/cortex/hooks.json`, a project's
//! `.cortex/settings.json`) and Claude Code (`~/.claude/settings.json`) share one shape:
//! `{"hooks": {"<Event>": [{"matcher": "…", "hooks": [{"type": "command", "command": "…",
//! "timeout": N}]}]}}`.
//!
//! An entry is ours when its command runs a `cortex-route` binary with `hook <name>`: installing
//! again changes nothing (or points an old entry at this binary), and uninstalling removes only
//! ours. Before the first change to a file its original bytes are kept in cortex-route's data
//! folder, so an uninstall that leaves the settings as they were restores the file byte for byte,
//! formatting included.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::json_file::{self, SettingsError};

/// One hook we install.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookEntry {
    /// `PreToolUse`, `UserPromptSubmit`, `SessionStart`.
    pub event: &'static str,
    /// Tool-name regex for tool events (`.*`: every tool); `None` for the others.
    pub matcher: Option<&'static str>,
    /// The `cortex-route hook` subcommand: what makes an entry ours.
    pub name: &'static str,
    /// The whole command line the agent runs.
    pub command: String,
    pub timeout_secs: u64,
}

/// What an install or uninstall did to one file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The file was created.
    Created,
    /// Our entries were added or updated.
    Changed,
    /// The file was put back exactly as it was before the install.
    Restored,
    /// The file was removed: the install had created it and nothing else is in it.
    Removed,
    /// Nothing to do.
    Unchanged,
}

/// Cortex's user hook file: `~/.snowflake/cortex/hooks.json` (`$SNOWFLAKE_HOME/cortex/hooks.json`),
/// or a project's `.cortex/settings.json` (Cortex Code hooks guide; project settings files are
/// read by CLI 1.1.8x and later, the user file by every version we found described).
pub fn cortex_settings_file(project: Option<&Path>) -> Option<PathBuf> {
    match project {
        Some(dir) => Some(dir.join(".cortex/settings.json")),
        None => crate::paths::snowflake_dir().map(|d| d.join("cortex/hooks.json")),
    }
}

/// Claude Code's settings: `~/.claude/settings.json`, or a project's `.claude/settings.json`.
pub fn claude_settings_file(project: Option<&Path>) -> Option<PathBuf> {
    match project {
        Some(dir) => Some(dir.join(".claude/settings.json")),
        None => crate::agents::claude_settings_path(),
    }
}

/// Where the original bytes of files we edit are kept.
pub fn backup_dir() -> Option<PathBuf> {
    crate::paths::data_dir().map(|d| d.join("hook-backups"))
}

/// Is `command` a run of a `cortex-route` binary with `hook <name>`?
pub fn is_ours(command: &str, name: &str) -> bool {
    let words: Vec<&str> = command
        .split_whitespace()
        .map(|w| w.trim_matches(|c| c == '\'' || c == '"'))
        .collect();
    let Some(start) = words.iter().position(|w| {
        Path::new(w)
            .file_name()
            .is_some_and(|f| f == "cortex-route")
    }) else {
        return false;
    };
    words[start..]
        .windows(2)
        .any(|p| p[0] == "hook" && p[1] == name)
}

/// The commands of our `name` entries in `path` (empty when the file or the entry is missing).
pub fn installed(path: &Path, name: &str) -> Result<Vec<String>, SettingsError> {
    let Some(value) = json_file::read(path)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    if let Some(events) = value.get("hooks").and_then(Value::as_object) {
        for groups in events.values().filter_map(Value::as_array) {
            for hook in groups
                .iter()
                .filter_map(|g| g.get("hooks").and_then(Value::as_array))
                .flatten()
            {
                if let Some(cmd) = hook.get("command").and_then(Value::as_str)
                    && is_ours(cmd, name)
                {
                    out.push(cmd.to_string());
                }
            }
        }
    }
    Ok(out)
}

/// Add `entries` to `path` (created if missing), or update ours in place.
pub fn install(
    path: &Path,
    entries: &[HookEntry],
    backups: Option<&Path>,
) -> Result<Change, SettingsError> {
    let original = json_file::read_bytes(path)?;
    let mut value = match &original {
        Some(bytes) => json_file::parse_object(path, bytes)?,
        None => Value::Object(Map::new()),
    };
    let had_ours = entries.iter().any(|e| contains(&value, e.name));
    let mut changed = false;
    for entry in entries {
        changed |= upsert(path, &mut value, entry)?;
    }
    if !changed {
        return Ok(Change::Unchanged);
    }
    if !had_ours && let Some(dir) = backups {
        save_backup(dir, path, original.as_deref())?;
    }
    json_file::write(path, &value)?;
    Ok(if original.is_none() {
        Change::Created
    } else {
        Change::Changed
    })
}

/// Remove our `names` entries from `path`, leaving everything else.
pub fn uninstall(
    path: &Path,
    names: &[&str],
    backups: Option<&Path>,
) -> Result<Change, SettingsError> {
    let Some(bytes) = json_file::read_bytes(path)? else {
        return Ok(Change::Unchanged);
    };
    let mut value = json_file::parse_object(path, &bytes)?;
    let mut removed = false;
    for name in names {
        removed |= remove(&mut value, name);
    }
    if !removed {
        return Ok(Change::Unchanged);
    }
    let backup = backups.map(|dir| backup_path(dir, path));
    let saved = match &backup {
        Some(b) => read_backup(b),
        None => None,
    };
    let change = match saved {
        Some(Saved::Bytes(before))
            if json_file::parse_object(path, &before)
                .is_ok_and(|b| without_empty(&b) == without_empty(&value)) =>
        {
            json_file::write_bytes(path, &before)?;
            Change::Restored
        }
        Some(Saved::Absent) if is_empty_settings(&value) => {
            std::fs::remove_file(path).map_err(|source| SettingsError::Io {
                path: path.to_path_buf(),
                source,
            })?;
            Change::Removed
        }
        _ => {
            json_file::write(path, &value)?;
            Change::Changed
        }
    };
    if let Some(b) = backup {
        let _ = std::fs::remove_file(b);
    }
    Ok(change)
}

fn contains(value: &Value, name: &str) -> bool {
    value
        .get("hooks")
        .and_then(Value::as_object)
        .is_some_and(|events| {
            events
                .values()
                .filter_map(Value::as_array)
                .flatten()
                .any(|g| {
                    g.get("hooks")
                        .and_then(Value::as_array)
                        .is_some_and(|hs| hs.iter().any(|h| hook_is_ours(h, name)))
                })
        })
}

fn hook_is_ours(hook: &Value, name: &str) -> bool {
    hook.get("command")
        .and_then(Value::as_str)
        .is_some_and(|c| is_ours(c, name))
}

/// Add `entry`, or bring our existing one up to date. `true` when `value` changed.
fn upsert(path: &Path, value: &mut Value, entry: &HookEntry) -> Result<bool, SettingsError> {
    let root = value
        .as_object_mut()
        .ok_or_else(|| SettingsError::invalid(path, "not an object"))?;
    let events = root
        .entry("hooks")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| SettingsError::invalid(path, "`hooks` is not an object"))?;
    let groups = events
        .entry(entry.event)
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or_else(|| {
            SettingsError::invalid(path, format!("`hooks.{}` is not a list", entry.event))
        })?;
    let wanted =
        json!({"type": "command", "command": entry.command, "timeout": entry.timeout_secs});
    let mut found = false;
    let mut changed = false;
    for group in groups.iter_mut() {
        let Some(hooks) = group.get_mut("hooks").and_then(Value::as_array_mut) else {
            continue;
        };
        let before = hooks.len();
        let mut keep = Vec::with_capacity(before);
        for hook in hooks.drain(..) {
            if !hook_is_ours(&hook, entry.name) {
                keep.push(hook);
            } else if !found {
                found = true;
                if hook != wanted {
                    changed = true;
                }
                keep.push(wanted.clone());
            } else {
                // A second copy of ours would run the hook twice.
                changed = true;
            }
        }
        *hooks = keep;
    }
    groups.retain(|g| {
        g.get("hooks")
            .and_then(Value::as_array)
            .is_none_or(|h| !h.is_empty())
    });
    if !found {
        let mut group = Map::new();
        if let Some(matcher) = entry.matcher {
            group.insert("matcher".to_string(), Value::String(matcher.to_string()));
        }
        group.insert("hooks".to_string(), Value::Array(vec![wanted]));
        groups.push(Value::Object(group));
        changed = true;
    }
    Ok(changed)
}

/// Remove every hook of ours named `name`, and the groups and events that leaves empty.
fn remove(value: &mut Value, name: &str) -> bool {
    let Some(events) = value.get_mut("hooks").and_then(Value::as_object_mut) else {
        return false;
    };
    let mut removed = false;
    for groups in events.values_mut().filter_map(Value::as_array_mut) {
        for group in groups.iter_mut() {
            if let Some(hooks) = group.get_mut("hooks").and_then(Value::as_array_mut) {
                let before = hooks.len();
                hooks.retain(|h| !hook_is_ours(h, name));
                removed |= hooks.len() != before;
            }
        }
        if removed {
            groups.retain(|g| {
                g.get("hooks")
                    .and_then(Value::as_array)
                    .is_none_or(|h| !h.is_empty())
            });
        }
    }
    if removed {
        events.retain(|_, groups| groups.as_array().is_none_or(|g| !g.is_empty()));
    }
    removed
}

/// `value` without empty objects and lists, at any depth: what our edits may leave behind
/// (`"hooks": {}`, `"ask": []`) does not make a file different from its original.
fn without_empty(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), without_empty(v)))
                .filter(|(_, v)| !is_empty_container(v))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_empty).collect()),
        other => other.clone(),
    }
}

fn is_empty_container(value: &Value) -> bool {
    match value {
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// `{}` or `{"hooks": {}}`: what an install into a missing file leaves after an uninstall.
fn is_empty_settings(value: &Value) -> bool {
    is_empty_container(&without_empty(value))
}

enum Saved {
    Bytes(Vec<u8>),
    Absent,
}

fn backup_path(dir: &Path, path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let digest = Sha256::digest(absolute.as_os_str().as_encoded_bytes());
    dir.join(format!("{}.json", &hex::encode(digest)[..24]))
}

/// Keep `original` (or the fact that there was no file) for the uninstall.
fn save_backup(dir: &Path, path: &Path, original: Option<&[u8]>) -> Result<(), SettingsError> {
    crate::cache::ensure_private_dir(dir).map_err(|e| SettingsError::Io {
        path: dir.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })?;
    let record = json!({
        "path": path.display().to_string(),
        "original": original.map(|b| String::from_utf8_lossy(b).into_owned()),
    });
    json_file::write(&backup_path(dir, path), &record)
}

fn read_backup(path: &Path) -> Option<Saved> {
    let value = json_file::read(path).ok()??;
    match value.get("original")? {
        Value::Null => Some(Saved::Absent),
        Value::String(text) => Some(Saved::Bytes(text.as_bytes().to_vec())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(command: &str) -> HookEntry {
        HookEntry {
            event: "PreToolUse",
            matcher: Some(".*"),
            name: "cortex-pre-tool-use",
            command: command.to_string(),
            timeout_secs: 10,
        }
    }

    const OTHERS: &str = "{\n    \"hooks\": {\n        \"PreToolUse\": [\n            {\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"/opt/validate.sh\", \"timeout\": 30}]}\n        ],\n        \"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"notify-send done\"}]}]\n    },\n    \"other\": true\n}\n";

    #[test]
    fn recognises_our_commands_in_any_spelling_of_the_path() {
        assert!(is_ours(
            "/usr/bin/cortex-route hook cortex-pre-tool-use",
            "cortex-pre-tool-use"
        ));
        assert!(is_ours(
            "'/home/a b/cortex-route' hook cortex-pre-tool-use",
            "cortex-pre-tool-use"
        ));
        assert!(is_ours(
            "cortex-route --config /x.yaml hook cortex-pre-tool-use",
            "cortex-pre-tool-use"
        ));
        assert!(!is_ours(
            "/opt/validate.sh cortex-route hook",
            "cortex-pre-tool-use"
        ));
        assert!(!is_ours(
            "my-cortex-route hook cortex-pre-tool-use",
            "cortex-pre-tool-use"
        ));
        assert!(!is_ours(
            "cortex-route hook claude-prompt",
            "cortex-pre-tool-use"
        ));
    }

    #[test]
    fn install_twice_then_uninstall_restores_the_file_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let backups = dir.path().join("backups");
        let path = dir.path().join("hooks.json");
        std::fs::write(&path, OTHERS).unwrap();
        let entry = ours("/bin/cortex-route hook cortex-pre-tool-use");
        assert_eq!(
            install(&path, std::slice::from_ref(&entry), Some(&backups)).unwrap(),
            Change::Changed
        );
        assert_eq!(
            install(&path, &[entry], Some(&backups)).unwrap(),
            Change::Unchanged
        );
        let v = json_file::read(&path).unwrap().unwrap();
        assert_eq!(v["hooks"]["PreToolUse"].as_array().unwrap().len(), 2);
        assert_eq!(
            v["hooks"]["PreToolUse"][0]["hooks"][0]["command"],
            "/opt/validate.sh"
        );
        assert_eq!(v["other"], true);
        assert_eq!(
            installed(&path, "cortex-pre-tool-use").unwrap(),
            ["/bin/cortex-route hook cortex-pre-tool-use"]
        );
        assert_eq!(
            uninstall(&path, &["cortex-pre-tool-use"], Some(&backups)).unwrap(),
            Change::Restored
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), OTHERS);
        assert_eq!(
            uninstall(&path, &["cortex-pre-tool-use"], Some(&backups)).unwrap(),
            Change::Unchanged
        );
    }

    #[test]
    fn a_moved_binary_is_updated_in_place_and_duplicates_collapse() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hooks.json");
        let stale = "/old/cortex-route hook cortex-pre-tool-use";
        std::fs::write(
            &path,
            json!({"hooks": {"PreToolUse": [
                {"matcher": ".*", "hooks": [{"type": "command", "command": stale}]},
                {"matcher": "Bash", "hooks": [{"type": "command", "command": stale}, {"type": "command", "command": "keep-me"}]}
            ]}})
            .to_string(),
        )
        .unwrap();
        let entry = ours("/new/cortex-route hook cortex-pre-tool-use");
        assert_eq!(install(&path, &[entry], None).unwrap(), Change::Changed);
        assert_eq!(
            installed(&path, "cortex-pre-tool-use").unwrap(),
            ["/new/cortex-route hook cortex-pre-tool-use"]
        );
        let v = json_file::read(&path).unwrap().unwrap();
        assert_eq!(
            v["hooks"]["PreToolUse"][1]["hooks"],
            json!([{"type": "command", "command": "keep-me"}])
        );
    }

    #[test]
    fn a_file_the_install_created_is_removed_again_and_edits_survive_uninstall() {
        let dir = tempfile::tempdir().unwrap();
        let backups = dir.path().join("backups");
        let path = dir.path().join("new/hooks.json");
        let entry = ours("/bin/cortex-route hook cortex-pre-tool-use");
        assert_eq!(
            install(&path, std::slice::from_ref(&entry), Some(&backups)).unwrap(),
            Change::Created
        );
        assert_eq!(
            uninstall(&path, &["cortex-pre-tool-use"], Some(&backups)).unwrap(),
            Change::Removed
        );
        assert!(!path.exists());

        // Someone added a hook of their own after our install: it stays.
        install(&path, &[entry], Some(&backups)).unwrap();
        let mut v = json_file::read(&path).unwrap().unwrap();
        v["hooks"]["Stop"] = json!([{"hooks": [{"type": "command", "command": "mine"}]}]);
        json_file::write(&path, &v).unwrap();
        assert_eq!(
            uninstall(&path, &["cortex-pre-tool-use"], Some(&backups)).unwrap(),
            Change::Changed
        );
        let v = json_file::read(&path).unwrap().unwrap();
        assert_eq!(
            v,
            json!({"hooks": {"Stop": [{"hooks": [{"type": "command", "command": "mine"}]}]}})
        );
    }

    #[test]
    fn a_settings_file_of_the_wrong_shape_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hooks.json");
        for bad in [
            r#"{"hooks": []}"#,
            r#"{"hooks": {"PreToolUse": {}}}"#,
            "[]",
            "{oops",
        ] {
            std::fs::write(&path, bad).unwrap();
            let entry = ours("/bin/cortex-route hook cortex-pre-tool-use");
            assert!(install(&path, &[entry], None).is_err(), "{bad}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), bad);
        }
    }
}
