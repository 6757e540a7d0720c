//! The signed cache: small JSON entries (discovered skills, routing decisions, approval tickets)
//! that nobody but this user can forge.
//!
//! Layout: `security.cache_dir` (0700) holds one file per entry, `cr-<name>.json`, written with
//! `security.cache_permissions` (0600 by default) through a temporary file and an atomic rename.
//! Each entry carries the SHA256 of its data and an HMAC-SHA256 over (name, times, data hash) under
//! a random 256-bit key kept in the data dir (`~/.local/share/cortex-route/cache.key`, 0600). An
//! entry whose hash or HMAC does not check out, or that does not parse, is removed and reported as
//! [`Lookup::Rejected`]; the caller rebuilds it.

use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Entries larger than this are refused on write and rejected on read.
pub const MAX_ENTRY_BYTES: u64 = 4 << 20;
const FORMAT_VERSION: u32 = 1;
const KEY_FILE: &str = "cache.key";

/// Why the cache cannot be used at all.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("cache {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cache {path} is not safe to use: {reason}\n  fix: {fix}")]
    Unsafe {
        path: PathBuf,
        reason: String,
        fix: String,
    },
    #[error("cache entry name `{0}` is invalid (lowercase letters, digits, `-`, `_`; 1 to 96)")]
    BadName(String),
    #[error("cache entry `{name}` is {size} bytes, more than the {MAX_ENTRY_BYTES}-byte limit")]
    TooLarge { name: String, size: usize },
    #[error("cannot encode cache entry `{name}`: {source}")]
    Encode {
        name: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("no randomness for the cache key: {0}")]
    Random(String),
}

/// The result of a read.
#[derive(Debug)]
pub enum Lookup<T> {
    /// A valid, unexpired entry.
    Fresh(T),
    /// No entry.
    Missing,
    /// A valid entry past its expiry (removed).
    Expired,
    /// An entry that failed its checks (removed); the reason says which.
    Rejected(String),
}

/// One signed entry on disk.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    version: u32,
    name: String,
    created_unix: i64,
    expires_unix: i64,
    /// SHA256 (hex) of `data`'s bytes.
    sha256: String,
    /// HMAC-SHA256 (hex) of the fields above under the per-user key.
    hmac: String,
    /// The payload, as JSON text, so the hashes cover exactly the bytes that are parsed.
    data: String,
}

/// An open cache directory with its key.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    key: [u8; 32],
    file_mode: u32,
}

impl Cache {
    /// Open (creating as needed) the cache at `dir` with the key kept in `key_dir`.
    ///
    /// Both folders are created 0700; an existing folder that others can read is tightened if it
    /// is ours, refused if it is not. The key file is created once with 32 random bytes.
    pub fn open(dir: &Path, key_dir: &Path, file_mode: u32) -> Result<Cache, CacheError> {
        ensure_private_dir(dir)?;
        ensure_private_dir(key_dir)?;
        let key = load_or_create_key(&key_dir.join(KEY_FILE))?;
        Ok(Cache {
            dir: dir.to_path_buf(),
            key,
            file_mode: file_mode & 0o700,
        })
    }

    /// The open cache for these settings: `security.cache_dir`, the key in the data dir.
    pub fn from_settings(
        security: &cortex_route_policy::config::Security,
    ) -> Result<Cache, CacheError> {
        let key_dir = crate::paths::data_dir().ok_or_else(|| CacheError::Unsafe {
            path: PathBuf::from("~/.local/share"),
            reason: "no data directory (HOME is not set)".to_string(),
            fix: "set HOME".to_string(),
        })?;
        Cache::open(
            security.cache_dir.path(),
            &key_dir,
            security.cache_permissions.get(),
        )
    }

    /// The folder entries live in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of entry `name`.
    pub fn entry_path(&self, name: &str) -> Result<PathBuf, CacheError> {
        validate_name(name)?;
        Ok(self.dir.join(format!("cr-{name}.json")))
    }

    /// Store `value` as `name`, valid for `ttl_secs` seconds.
    pub fn put<T: Serialize>(
        &self,
        name: &str,
        value: &T,
        ttl_secs: u64,
    ) -> Result<(), CacheError> {
        let path = self.entry_path(name)?;
        let data = serde_json::to_string(value).map_err(|source| CacheError::Encode {
            name: name.to_string(),
            source,
        })?;
        let created = jiff::Timestamp::now().as_second();
        let expires = created.saturating_add(i64::try_from(ttl_secs).unwrap_or(i64::MAX));
        let sha = hex::encode(Sha256::digest(data.as_bytes()));
        let entry = Envelope {
            version: FORMAT_VERSION,
            name: name.to_string(),
            created_unix: created,
            expires_unix: expires,
            hmac: self.sign(name, created, expires, &sha),
            sha256: sha,
            data,
        };
        let bytes = serde_json::to_vec(&entry).map_err(|source| CacheError::Encode {
            name: name.to_string(),
            source,
        })?;
        if bytes.len() as u64 > MAX_ENTRY_BYTES {
            return Err(CacheError::TooLarge {
                name: name.to_string(),
                size: bytes.len(),
            });
        }
        write_atomically(&path, &bytes, self.file_mode)
    }

    /// Read entry `name`. Expired and invalid entries are removed.
    pub fn get<T: DeserializeOwned>(&self, name: &str) -> Result<Lookup<T>, CacheError> {
        let path = self.entry_path(name)?;
        self.read_verified(&path, name, true)
    }

    /// Read entry `name` and remove it in the same step: of several processes redeeming the
    /// same entry at once, exactly one gets it (single-use approval tickets).
    pub fn take<T: DeserializeOwned>(&self, name: &str) -> Result<Lookup<T>, CacheError> {
        let path = self.entry_path(name)?;
        let claimed = self.dir.join(format!(
            ".claimed-{name}-{}-{}",
            std::process::id(),
            random_suffix()
        ));
        match std::fs::rename(&path, &claimed) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Lookup::Missing),
            Err(source) => return Err(CacheError::Io { path, source }),
        }
        let result = self.read_verified(&claimed, name, false);
        let _ = std::fs::remove_file(&claimed);
        result
    }

    /// Remove entry `name` if present.
    pub fn remove(&self, name: &str) -> Result<(), CacheError> {
        let path = self.entry_path(name)?;
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(CacheError::Io { path, source: e })
            }
            _ => Ok(()),
        }
    }

    fn sign(&self, name: &str, created: i64, expires: i64, sha: &str) -> String {
        // Invariant: HMAC-SHA256 accepts keys of any length, so `new_from_slice` cannot fail.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key)
            .expect("HMAC-SHA256 takes any key length");
        mac.update(
            format!("cortex-route cache v{FORMAT_VERSION}\0{name}\0{created}\0{expires}\0{sha}")
                .as_bytes(),
        );
        hex::encode(mac.finalize().into_bytes())
    }

    fn read_verified<T: DeserializeOwned>(
        &self,
        path: &Path,
        name: &str,
        remove_bad: bool,
    ) -> Result<Lookup<T>, CacheError> {
        let bytes = match read_bounded(path) {
            Ok(Some(b)) => b,
            Ok(None) => return Ok(Lookup::Missing),
            Err(reason) => return Ok(self.reject(path, remove_bad, reason)),
        };
        let verdict = self.verify(&bytes, name);
        match verdict {
            Ok((entry, now)) => {
                if now > entry.expires_unix {
                    if remove_bad {
                        let _ = std::fs::remove_file(path);
                    }
                    return Ok(Lookup::Expired);
                }
                match serde_json::from_str::<T>(&entry.data) {
                    Ok(value) => Ok(Lookup::Fresh(value)),
                    Err(e) => Ok(self.reject(
                        path,
                        remove_bad,
                        format!("signed data does not have the expected shape: {e}"),
                    )),
                }
            }
            Err(reason) => Ok(self.reject(path, remove_bad, reason)),
        }
    }

    fn verify(&self, bytes: &[u8], name: &str) -> Result<(Envelope, i64), String> {
        let entry: Envelope =
            serde_json::from_slice(bytes).map_err(|e| format!("not a cache entry: {e}"))?;
        if entry.version != FORMAT_VERSION {
            return Err(format!("unknown format version {}", entry.version));
        }
        if entry.name != name {
            return Err(format!("entry claims to be `{}`", entry.name));
        }
        let sha = hex::encode(Sha256::digest(entry.data.as_bytes()));
        if sha != entry.sha256 {
            return Err("data does not match its fingerprint".to_string());
        }
        let expected = self.sign(name, entry.created_unix, entry.expires_unix, &entry.sha256);
        if !constant_time_eq(expected.as_bytes(), entry.hmac.as_bytes()) {
            return Err(
                "signature does not match (tampered, or written with another key)".to_string(),
            );
        }
        Ok((entry, jiff::Timestamp::now().as_second()))
    }

    fn reject<T>(&self, path: &Path, remove: bool, reason: String) -> Lookup<T> {
        if remove {
            let _ = std::fs::remove_file(path);
        }
        Lookup::Rejected(reason)
    }
}

/// Names are used in file names: keep them to a safe alphabet.
fn validate_name(name: &str) -> Result<(), CacheError> {
    let ok = !name.is_empty()
        && name.len() <= 96
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(CacheError::BadName(name.chars().take(100).collect()))
    }
}

/// Read a file of at most [`MAX_ENTRY_BYTES`]; `Ok(None)` when it does not exist.
fn read_bounded(path: &Path) -> Result<Option<Vec<u8>>, String> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("unreadable: {e}")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_ENTRY_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("unreadable: {e}"))?;
    if bytes.len() as u64 > MAX_ENTRY_BYTES {
        return Err("larger than the entry size limit".to_string());
    }
    Ok(Some(bytes))
}

/// Create `dir` (and parents) as 0700, or tighten it if it is ours and too open.
pub fn ensure_private_dir(dir: &Path) -> Result<(), CacheError> {
    let io = |source| CacheError::Io {
        path: dir.to_path_buf(),
        source,
    };
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io)?;
    }
    let meta = std::fs::symlink_metadata(dir).map_err(io)?;
    if !meta.is_dir() {
        return Err(CacheError::Unsafe {
            path: dir.to_path_buf(),
            reason: "it is not a directory (or is a symbolic link)".to_string(),
            fix: format!(
                "remove it, or point the setting elsewhere: rm {}",
                dir.display()
            ),
        });
    }
    let me = crate::sys::effective_uid();
    if meta.uid() != me {
        return Err(CacheError::Unsafe {
            path: dir.to_path_buf(),
            reason: format!("it is owned by uid {}, not by you", meta.uid()),
            fix: "use a folder you own".to_string(),
        });
    }
    if meta.mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    }
    Ok(())
}

fn load_or_create_key(path: &Path) -> Result<[u8; 32], CacheError> {
    let io = |source| CacheError::Io {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(mut file) => {
            let mut key = [0u8; 32];
            getrandom::fill(&mut key).map_err(|e| CacheError::Random(e.to_string()))?;
            file.write_all(hex::encode(key).as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
            return Ok(key);
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(io(e)),
    }
    let meta = std::fs::symlink_metadata(path).map_err(io)?;
    if !meta.is_file() || meta.mode() & 0o077 != 0 {
        return Err(CacheError::Unsafe {
            path: path.to_path_buf(),
            reason: "the cache key is not a private regular file (mode must be 0600)".to_string(),
            fix: format!(
                "remove it so a new key is made (cached entries are rebuilt): rm {}",
                path.display()
            ),
        });
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(128).read_to_string(&mut text))
        .map_err(io)?;
    let mut key = [0u8; 32];
    // A key being written by a concurrent first run is briefly empty; treat it like a bad key.
    hex::decode_to_slice(text.trim(), &mut key).map_err(|_| CacheError::Unsafe {
        path: path.to_path_buf(),
        reason: "the cache key file is corrupt".to_string(),
        fix: format!("remove it so a new key is made: rm {}", path.display()),
    })?;
    Ok(key)
}

/// Write `bytes` to `path` with `mode` through a synced temporary file and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8], mode: u32) -> Result<(), CacheError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".tmp-{}-{}", std::process::id(), random_suffix()));
    let io = |source| CacheError::Io {
        path: path.to_path_buf(),
        source,
    };
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

fn random_suffix() -> String {
    let mut b = [0u8; 6];
    // Uniqueness only (the pid is in the name too); a failure falls back to the clock.
    if getrandom::fill(&mut b).is_err() {
        return format!("{}", jiff::Timestamp::now().as_nanosecond());
    }
    hex::encode(b)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(dir: &tempfile::TempDir) -> Cache {
        Cache::open(&dir.path().join("cache"), &dir.path().join("data"), 0o600).expect("opens")
    }

    #[test]
    fn round_trip_with_private_modes() {
        let dir = tempfile::tempdir().unwrap();
        let cache = open(&dir);
        cache.put("skills", &vec!["a", "b"], 60).unwrap();
        match cache.get::<Vec<String>>("skills").unwrap() {
            Lookup::Fresh(v) => assert_eq!(v, ["a", "b"]),
            other => panic!("{other:?}"),
        }
        let mode = |p: &Path| std::fs::metadata(p).unwrap().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("cache")), 0o700);
        assert_eq!(mode(&cache.entry_path("skills").unwrap()), 0o600);
        assert_eq!(mode(&dir.path().join("data").join(KEY_FILE)), 0o600);
    }

    #[test]
    fn flipped_byte_truncation_and_forged_data_are_rejected_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let cache = open(&dir);
        let path = cache.entry_path("x").unwrap();
        let tamper: [&dyn Fn(Vec<u8>) -> Vec<u8>; 3] = [
            &|mut b| {
                let i = b.len() - 5;
                b[i] ^= 0x01;
                b
            },
            &|b| b[..b.len() / 2].to_vec(),
            &|b| {
                let text = String::from_utf8(b).unwrap();
                text.replace("[1,2,3]", "[1,2,4]").into_bytes()
            },
        ];
        for (i, t) in tamper.iter().enumerate() {
            cache.put("x", &vec![1, 2, 3], 60).unwrap();
            let bytes = std::fs::read(&path).unwrap();
            std::fs::write(&path, t(bytes)).unwrap();
            assert!(
                matches!(cache.get::<Vec<i32>>("x").unwrap(), Lookup::Rejected(_)),
                "tamper #{i}"
            );
            assert!(!path.exists(), "tamper #{i}: rejected entry removed");
        }
    }

    #[test]
    fn re_signed_data_without_the_key_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let cache = open(&dir);
        cache.put("x", &1, 60).unwrap();
        let path = cache.entry_path("x").unwrap();
        let mut entry: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        entry["data"] = "2".into();
        entry["sha256"] = hex::encode(Sha256::digest(b"2")).into();
        std::fs::write(&path, entry.to_string()).unwrap();
        assert!(matches!(
            cache.get::<i32>("x").unwrap(),
            Lookup::Rejected(_)
        ));
    }

    #[test]
    fn expired_entries_are_reported_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let cache = open(&dir);
        cache.put("x", &1, 0).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert!(matches!(cache.get::<i32>("x").unwrap(), Lookup::Expired));
        assert!(matches!(cache.get::<i32>("x").unwrap(), Lookup::Missing));
    }

    #[test]
    fn take_is_single_use() {
        let dir = tempfile::tempdir().unwrap();
        let cache = open(&dir);
        cache.put("ticket-1", &"ok", 60).unwrap();
        assert!(matches!(
            cache.take::<String>("ticket-1").unwrap(),
            Lookup::Fresh(_)
        ));
        assert!(matches!(
            cache.take::<String>("ticket-1").unwrap(),
            Lookup::Missing
        ));
    }

    #[test]
    fn names_cannot_escape_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let cache = open(&dir);
        for bad in ["../x", "a/b", "", "X", &"a".repeat(200)] {
            assert!(cache.put(bad, &1, 1).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_open_cache_folder_is_tightened_and_a_readable_key_refused() {
        let dir = tempfile::tempdir().unwrap();
        let cache_dir = dir.path().join("cache");
        std::fs::create_dir(&cache_dir).unwrap();
        std::fs::set_permissions(&cache_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let cache = open(&dir);
        assert_eq!(
            std::fs::metadata(cache.dir()).unwrap().mode() & 0o777,
            0o700
        );
        let key = dir.path().join("data").join(KEY_FILE);
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = Cache::open(&cache_dir, &dir.path().join("data"), 0o600).unwrap_err();
        assert!(err.to_string().contains("rm "), "{err}");
    }
}
