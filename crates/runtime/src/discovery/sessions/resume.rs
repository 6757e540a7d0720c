//! `run --resume ID|last`: which Cortex session a run continues.
//!
//! Cortex continues a session with `--resume <session_id>` (Snowflake's Cortex Code CLI
//! reference: "Resume specific session by ID, or last for last session"; Snowflake's SDK,
//! PyPI `cortex-code-agent-sdk`, passes its `resume` option the same way). cortex-route
//! resolves `last` itself, before anything runs, so that an approval ticket binds — and the
//! audit record names — the session that actually continues, not whatever is last when Cortex
//! starts: Cortex's `.last-session` pointer in the conversations folder (one session id; GitHub
//! `dataprofessor/cortex-replay` reads it the same way), else the newest session found there.
//!
//! A session id is accepted only as a plain token (letters, digits, `-`, `_`; at most
//! [`MAX_SESSION_ID_CHARS`]; starting with a letter or digit): it becomes a command-line
//! argument of Cortex and a file name, so it can neither read as a flag nor name another folder.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Files, candidates, open_regular};

/// The longest session id accepted (Cortex's are UUIDs: 36 characters).
pub const MAX_SESSION_ID_CHARS: usize = 128;
/// `--resume last`.
pub const LAST: &str = "last";
/// Cortex's pointer to its last session, in the conversations folder.
pub const POINTER_FILE: &str = ".last-session";
const MAX_POINTER_BYTES: u64 = 4096;
/// How many of the newest sessions are looked at for an id when there is no pointer.
const MAX_NEWEST_LOOKED_AT: usize = 20;

/// Why `--resume` cannot be used. Usage errors (exit 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResumeError {
    #[error(
        "--resume: {0}\n  fix: pass a session id as `cortex-route sessions` lists it, or `last`"
    )]
    Invalid(String),
    #[error(
        "--resume last: no Cortex session found in {folders}\n  fix: run without --resume to start a new session"
    )]
    NoSession { folders: String },
}

/// `id` if it is a plain session id, else why not (never quoting more than a bounded start).
pub fn check_session_id(id: &str) -> Result<&str, String> {
    let shown = || {
        let start: String = id.chars().take(40).filter(|c| !c.is_control()).collect();
        if id.chars().count() > 40 {
            format!("`{start}…`")
        } else {
            format!("`{start}`")
        }
    };
    if id.is_empty() {
        return Err("the session id is empty".to_string());
    }
    if id.chars().count() > MAX_SESSION_ID_CHARS {
        return Err(format!(
            "{} is longer than {MAX_SESSION_ID_CHARS} characters",
            shown()
        ));
    }
    if !id.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(format!("{} must start with a letter or digit", shown()));
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
    {
        return Err(format!(
            "{} may hold only letters, digits, `-` and `_`",
            shown()
        ));
    }
    Ok(id)
}

/// The session `requested` names: `last` resolved in `dirs`, or a checked id.
pub fn resolve(requested: &str, dirs: &[PathBuf]) -> Result<String, ResumeError> {
    if requested == LAST {
        return last_session(dirs).ok_or_else(|| ResumeError::NoSession {
            folders: if dirs.is_empty() {
                "(no session folder: HOME is not set)".to_string()
            } else {
                dirs.iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        });
    }
    check_session_id(requested)
        .map(str::to_string)
        .map_err(ResumeError::Invalid)
}

/// Cortex's last session: its `.last-session` pointer, else the newest session with an id.
pub fn last_session(dirs: &[PathBuf]) -> Option<String> {
    dirs.iter()
        .find_map(|dir| read_pointer(&dir.join(POINTER_FILE)))
        .or_else(|| newest_session(dirs))
}

/// The id in a pointer file, when it holds exactly one plain id.
fn read_pointer(path: &Path) -> Option<String> {
    let (file, len) = open_regular(path).ok()?;
    if len > MAX_POINTER_BYTES {
        return None;
    }
    let mut text = String::new();
    file.take(MAX_POINTER_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    check_session_id(text.trim()).ok().map(str::to_string)
}

fn newest_session(dirs: &[PathBuf]) -> Option<String> {
    let identity = |t: &str| t.to_string();
    candidates(dirs)
        .into_iter()
        .take(MAX_NEWEST_LOOKED_AT)
        .find_map(|c| {
            let id = match &c.files {
                Files::Conversation { .. } => c
                    .id_from_name()
                    .or_else(|| c.summarize(&identity).ok().and_then(|s| s.session_id)),
                Files::Stream(_) => c.summarize(&identity).ok().and_then(|s| s.session_id),
            }?;
            check_session_id(&id).ok().map(str::to_string)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(path: &Path, text: &str, mtime: u64) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(mtime))
            .unwrap();
    }

    #[test]
    fn session_ids_are_plain_tokens() {
        assert!(check_session_id("6868f059-3b8a-423d-8a51-ef0397c7f469").is_ok());
        assert!(check_session_id("sess_01").is_ok());
        for bad in [
            "",
            "-p",
            "--help",
            "../x",
            "a/b",
            "a b",
            "a.b",
            "ünï",
            "x\n",
            &"a".repeat(129),
        ] {
            assert!(check_session_id(bad).is_err(), "{bad:?}");
        }
        let long = check_session_id(&"z".repeat(500)).unwrap_err();
        assert!(long.len() < 120, "{long}");
    }

    #[test]
    fn last_is_the_pointer_else_the_newest_session() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("conversations");
        touch(&dir.join("older.json"), r#"{"session_id":"older"}"#, 100);
        touch(
            &dir.join("e287939e39ffda63e106c6e52956a6f0/newer.history.jsonl"),
            r#"{"role":"user","content":"hi"}"#,
            200,
        );
        let dirs = [dir.clone()];
        assert_eq!(resolve(LAST, &dirs).unwrap(), "newer");
        touch(&dir.join(POINTER_FILE), "older\n", 300);
        assert_eq!(resolve(LAST, &dirs).unwrap(), "older", "the pointer wins");
        // A pointer that is not a plain id is not followed.
        touch(&dir.join(POINTER_FILE), "../../etc/passwd", 300);
        assert_eq!(resolve(LAST, &dirs).unwrap(), "newer");
    }

    #[test]
    fn a_symlinked_pointer_is_not_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("conversations");
        touch(&tmp.path().join("elsewhere"), "planted", 1);
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::symlink(tmp.path().join("elsewhere"), dir.join(POINTER_FILE)).unwrap();
        let err = resolve(LAST, &[dir]).unwrap_err();
        assert!(matches!(err, ResumeError::NoSession { .. }), "{err}");
    }

    #[test]
    fn explicit_ids_are_checked_not_looked_up() {
        assert_eq!(resolve("abc-1", &[]).unwrap(), "abc-1");
        let err = resolve("--dangerously", &[]).unwrap_err();
        assert!(err.to_string().contains("start with a letter"), "{err}");
        let err = resolve(LAST, &[]).unwrap_err();
        assert!(err.to_string().contains("no Cortex session"), "{err}");
    }
}
