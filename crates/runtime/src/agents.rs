//! The coding agents' own settings files, where cortex-route adds (and removes) the one entry it
//! needs: Claude Code's "ask" permission rule for `cortex-route approve`, which makes the agent's
//! permission prompt the person's step under `security.ticket_approval: agent_ui`.
//!
//! Edits are merges: every other key and rule stays as it was, a second install changes nothing,
//! and the file is replaced atomically ([`crate::json_file`]).

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

pub use crate::json_file::SettingsError;
use crate::json_file::{read, write};

/// Claude Code's permission rule that asks the person before `cortex-route approve …` runs
/// (Claude Code settings: `permissions.ask`, `Tool(prefix:*)` rules).
pub const APPROVE_ASK_RULE: &str = "Bash(cortex-route approve:*)";
/// `~/.claude/settings.json`.
pub fn claude_settings_path() -> Option<PathBuf> {
    crate::paths::home().map(|h| h.join(".claude/settings.json"))
}

/// Does `path` hold the ask rule?
pub fn has_approve_ask_rule(path: &Path) -> bool {
    read(path)
        .ok()
        .flatten()
        .is_some_and(|v| ask_rules(&v).iter().any(|r| r == APPROVE_ASK_RULE))
}

/// Add the ask rule to `path` (created if missing). `true` when the file changed.
pub fn add_approve_ask_rule(path: &Path) -> Result<bool, SettingsError> {
    let mut value = read(path)?.unwrap_or_else(|| Value::Object(Map::new()));
    if ask_rules(&value).iter().any(|r| r == APPROVE_ASK_RULE) {
        return Ok(false);
    }
    let invalid = |detail: &str| SettingsError::Invalid {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    };
    let root = value
        .as_object_mut()
        .ok_or_else(|| invalid("not an object"))?;
    let permissions = root
        .entry("permissions")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| invalid("`permissions` is not an object"))?;
    permissions
        .entry("ask")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or_else(|| invalid("`permissions.ask` is not a list"))?
        .push(Value::String(APPROVE_ASK_RULE.to_string()));
    write(path, &value)?;
    Ok(true)
}

/// Remove the ask rule from `path`, leaving everything else. `true` when the file changed.
pub fn remove_approve_ask_rule(path: &Path) -> Result<bool, SettingsError> {
    let Some(mut value) = read(path)? else {
        return Ok(false);
    };
    let Some(ask) = value
        .get_mut("permissions")
        .and_then(|p| p.get_mut("ask"))
        .and_then(Value::as_array_mut)
    else {
        return Ok(false);
    };
    let before = ask.len();
    ask.retain(|r| r.as_str() != Some(APPROVE_ASK_RULE));
    if ask.len() == before {
        return Ok(false);
    }
    write(path, &value)?;
    Ok(true)
}

fn ask_rules(value: &Value) -> Vec<String> {
    value
        .get("permissions")
        .and_then(|p| p.get("ask"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|r| r.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_is_merged_once_and_removed_leaving_everything_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let original = r#"{"model": "opus", "permissions": {"allow": ["Bash(ls:*)"], "ask": ["Bash(git push:*)"]}, "hooks": {}}"#;
        std::fs::write(&path, original).unwrap();
        assert!(add_approve_ask_rule(&path).unwrap());
        assert!(
            !add_approve_ask_rule(&path).unwrap(),
            "a second install changed the file"
        );
        assert!(has_approve_ask_rule(&path));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(v["model"], "opus");
        assert_eq!(v["permissions"]["allow"][0], "Bash(ls:*)");
        assert_eq!(
            v["permissions"]["ask"],
            serde_json::json!(["Bash(git push:*)", APPROVE_ASK_RULE])
        );
        assert!(remove_approve_ask_rule(&path).unwrap());
        assert!(!has_approve_ask_rule(&path));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            v["permissions"]["ask"],
            serde_json::json!(["Bash(git push:*)"])
        );
    }

    #[test]
    fn a_missing_file_is_created_and_a_broken_one_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/settings.json");
        assert!(add_approve_ask_rule(&path).unwrap());
        assert!(has_approve_ask_rule(&path));
        let broken = dir.path().join("broken.json");
        std::fs::write(&broken, "{not json").unwrap();
        assert!(matches!(
            add_approve_ask_rule(&broken),
            Err(SettingsError::Invalid { .. })
        ));
        assert_eq!(std::fs::read_to_string(&broken).unwrap(), "{not json");
    }
}
