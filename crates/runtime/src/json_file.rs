//! Other programs' JSON settings files (Claude Code's `settings.json`, Cortex's `hooks.json`),
//! read with a size bound and replaced atomically.
//!
//! A file is replaced by writing beside it and renaming, keeping its mode, so a crash leaves the
//! old file or the new one, never half of one; the owner program may be reading it right then.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// Settings files larger than this are not edited.
pub const MAX_SETTINGS_BYTES: u64 = 4 << 20;

/// Why a settings file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a JSON object ({detail}); fix or move it, then try again")]
    Invalid { path: PathBuf, detail: String },
}

impl SettingsError {
    pub(crate) fn invalid(path: &Path, detail: impl Into<String>) -> SettingsError {
        SettingsError::Invalid {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }
}

/// The file's bytes; `None` when it does not exist.
pub fn read_bytes(path: &Path) -> Result<Option<Vec<u8>>, SettingsError> {
    let io = |source| SettingsError::Io {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_SETTINGS_BYTES => Err(SettingsError::invalid(
            path,
            format!("larger than {MAX_SETTINGS_BYTES} bytes"),
        )),
        Ok(_) => std::fs::read(path).map(Some).map_err(io),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io(e)),
    }
}

/// Bytes as a JSON object; an empty file is an empty object.
pub fn parse_object(path: &Path, bytes: &[u8]) -> Result<Value, SettingsError> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| SettingsError::invalid(path, e.to_string()))?;
    if text.trim().is_empty() {
        return Ok(Value::Object(Map::new()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| SettingsError::invalid(path, e.to_string()))?;
    if !value.is_object() {
        return Err(SettingsError::invalid(path, "not an object"));
    }
    Ok(value)
}

/// The file as a JSON object; `None` when it does not exist.
pub fn read(path: &Path) -> Result<Option<Value>, SettingsError> {
    read_bytes(path)?
        .map(|bytes| parse_object(path, &bytes))
        .transpose()
}

/// Replace `path` with `value` (pretty-printed, as the owner programs write them), atomically.
pub fn write(path: &Path, value: &Value) -> Result<(), SettingsError> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| SettingsError::invalid(path, e.to_string()))?;
    text.push('\n');
    write_bytes(path, text.as_bytes())
}

/// Replace `path` with `bytes`, atomically, keeping an existing file's mode (0600 for a new one).
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), SettingsError> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let io = |source| SettingsError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let mode = std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0o600);
    let tmp = dir.join(format!(
        ".{}.cortex-route-{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("settings"),
        std::process::id()
    ));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(&tmp)
        .map_err(io)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode)))
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_rewrite_keeps_the_mode_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, "{}").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write(&path, &serde_json::json!({"a": 1})).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(read(&path).unwrap().unwrap()["a"], 1);
    }

    #[test]
    fn arrays_huge_files_and_garbage_are_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        for bad in ["[1]", "{nope", "\u{0}"] {
            std::fs::write(&path, bad).unwrap();
            assert!(
                matches!(read(&path), Err(SettingsError::Invalid { .. })),
                "{bad}"
            );
        }
        std::fs::write(&path, vec![b' '; MAX_SETTINGS_BYTES as usize + 1]).unwrap();
        assert!(matches!(read(&path), Err(SettingsError::Invalid { .. })));
        assert!(read(&dir.path().join("missing.json")).unwrap().is_none());
    }
}
