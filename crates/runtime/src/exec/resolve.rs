//! The policy engine's window on the file system: what a path in a tool call really names
//! (symbolic links, `..`), so `ln -s ~/.ssh/id_rsa notes.txt` followed by `cat notes.txt` is
//! judged as a read of the key. The engine asks for at most `MAX_RESOLVED_PATHS` paths per call.

use std::path::{Path, PathBuf};

use cortex_route_policy::toolcall::ResolveFn;

/// A resolver for paths as a process in `cwd` sees them, with `~` meaning `home`. A path that
/// does not exist, or that is already what it names, resolves to `None`.
pub fn resolver(cwd: Option<PathBuf>, home: Option<PathBuf>) -> Box<ResolveFn> {
    Box::new(move |raw: &str| resolve(raw, cwd.as_deref(), home.as_deref()))
}

fn resolve(raw: &str, cwd: Option<&Path>, home: Option<&Path>) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 4096 || raw.contains('\0') {
        return None;
    }
    let path = match (raw.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ if raw == "~" => home?.to_path_buf(),
        _ => PathBuf::from(raw),
    };
    let path = if path.is_absolute() {
        path
    } else {
        cwd?.join(path)
    };
    let real = std::fs::canonicalize(&path).ok()?;
    (real != path).then(|| real.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_resolves_to_its_target_and_plain_paths_to_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(real.join(".ssh")).unwrap();
        std::fs::write(real.join(".ssh/id_rsa"), "key").unwrap();
        std::fs::create_dir_all(real.join("work")).unwrap();
        std::os::unix::fs::symlink(real.join(".ssh/id_rsa"), real.join("work/notes.txt")).unwrap();
        let r = resolver(Some(real.join("work")), Some(real.clone()));
        let key = real.join(".ssh/id_rsa").display().to_string();
        assert_eq!(r("notes.txt"), Some(key.clone()));
        assert_eq!(r("../work/notes.txt"), Some(key.clone()));
        assert_eq!(r("~/work/notes.txt"), Some(key.clone()));
        assert_eq!(r(&key), None, "already what it names");
        assert_eq!(r("missing.txt"), None);
        assert_eq!(r(""), None);
        let no_cwd = resolver(None, None);
        assert_eq!(no_cwd("notes.txt"), None);
    }
}
