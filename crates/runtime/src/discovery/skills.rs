//! Skill discovery: run `cortex skill list`, read the skill folders Cortex reads, read each
//! skill's `SKILL.md`, and keep the result in the signed cache.
//!
//! Where skills come from, in this order (a name seen once is not taken again):
//! - the folder `cortex skill list` prints for each skill; its *skills folder* is that folder's
//!   parent, and a skill folder (or its `SKILL.md`) that resolves outside it — through a symbolic
//!   link or `..` — is not followed: the skill is skipped with a warning;
//! - for a skill listed without a folder, the first `<root>/<name>` that exists among the
//!   fallback roots ([`super::folders::fallback_roots`]: global skills, then every version's
//!   bundled skills, newest first);
//! - then the skill folders themselves, highest priority first ([`super::folders`]: project
//!   `.cortex/skills` and `.claude/skills`, global `~/.snowflake/cortex/skills`, the installed
//!   version's `bundled_skills`), with the same containment rule, so a skill the listing missed
//!   (or a listing Cortex printed in a shape we could not read) is still known.
//!
//! A skill whose folder or `SKILL.md` is missing, or whose front matter is broken, is kept with
//! what is known and a note: one bad skill never fails the whole discovery.
//!
//! The catalog is cached as the signed entry [`CACHE_ENTRY`] for `security.cache_ttl`, for the
//! binary and the working directory it was made for (project skills differ between projects).
//! `route` and `run` read it through [`skills_for_routing`], which discovers lazily and never fails: when
//! Cortex cannot be asked it warns once and routes without skills, remembering the failure for
//! [`FAILURE_TTL_SECS`] so a hanging CLI does not slow every call.

use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::folders::{self, Places};
use super::listing::{self, ListedSkill};
use super::skill_md::{self, SkillDoc};
use crate::cache::{Cache, CacheError, Lookup};
use crate::progress::Progress;
use cortex_route_policy::config::Settings;

/// How long `cortex skill list` may take.
pub const SKILL_LIST_TIMEOUT: Duration = Duration::from_secs(10);
/// How much of its output is read (per stream).
pub const MAX_LIST_OUTPUT: usize = 1 << 20;
/// How much of a `SKILL.md` is read; front matter is at the top.
pub const MAX_SKILL_MD_BYTES: u64 = 256 << 10;
/// At most this many skills are kept (keeps the cache entry well under its size limit).
pub const MAX_SKILLS: usize = 500;
/// The cache entry name.
pub const CACHE_ENTRY: &str = "skills";
/// How long a failed discovery is remembered by `route`/`run` (capped by `cache_ttl`).
pub const FAILURE_TTL_SECS: u64 = 300;

/// One Cortex skill. Serialized in `discover --json` and in the cache.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub name: String,
    /// `bundled`, `project`, `global`, another section name Cortex printed, or null (flat list).
    pub section: Option<String>,
    /// The skill folder, resolved; null when it could not be found.
    pub path: Option<String>,
    pub description: Option<String>,
    /// The "Use when …" text.
    pub use_when: Option<String>,
    /// Keywords from a `Triggers:` list in the description.
    #[serde(default)]
    pub triggers: Vec<String>,
    /// `tools` in the front matter.
    #[serde(default)]
    pub tools: Vec<String>,
    /// `required_skills` in the front matter.
    #[serde(default)]
    pub required_skills: Vec<String>,
    /// `parent_skill` in the front matter.
    #[serde(default)]
    pub parent_skill: Option<String>,
    /// What could not be read (no `SKILL.md`, broken front matter, …).
    #[serde(default)]
    pub notes: Vec<String>,
}

/// What is cached: the skills, the discovery warnings, and what they depend on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Catalog {
    pub skills: Vec<Skill>,
    #[serde(default)]
    pub warnings: Vec<String>,
    /// The `cortex.binary` setting the catalog came from: another binary means another catalog.
    pub binary: String,
    /// The working directory it was made in: another one means other project skills.
    #[serde(default)]
    pub cwd: Option<String>,
    /// Set on the short-lived entry that records a failed discovery (see [`FAILURE_TTL_SECS`]).
    pub failure: Option<String>,
}

/// Why skills could not be discovered.
#[derive(Debug, thiserror::Error)]
pub enum DiscoveryError {
    #[error(
        "Cortex CLI not found: {detail}\n  fix: install Snowflake's Cortex Code CLI, or set `cortex.binary` in your config to its path"
    )]
    CortexNotFound { detail: String },
    #[error(
        "`{binary} skill list` did not finish within {seconds}s and was stopped\n  fix: run `{binary} skill list` by hand to see why it hangs (login prompt? network?)"
    )]
    TimedOut { binary: String, seconds: u64 },
    #[error("`{binary} skill list` failed ({status}){detail}")]
    Failed {
        binary: String,
        status: String,
        detail: String,
    },
    #[error(transparent)]
    Cache(#[from] CacheError),
}

impl DiscoveryError {
    /// The first line of the message, for one-line warnings.
    pub fn short(&self) -> String {
        first_line(&self.to_string())
    }
}

/// Where a catalog came from (`source` in `discover --json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Cache,
    Cortex,
}

/// The state of the cache entry for one binary.
#[derive(Debug)]
pub enum Cached {
    /// A valid, unexpired catalog of real skills.
    Fresh(Catalog),
    /// A remembered failure (see [`FAILURE_TTL_SECS`]).
    Failed(String),
    /// Nothing usable: missing, expired, or made by another binary.
    Miss,
    /// The entry failed its integrity checks and was removed; the reason says why.
    Rejected(String),
}

/// Read the cached catalog for `binary`, made in the working directory `cwd`.
pub fn read_cache(cache: &Cache, binary: &str, cwd: Option<&Path>) -> Result<Cached, CacheError> {
    let cwd = cwd.map(|c| c.display().to_string());
    Ok(match cache.get::<Catalog>(CACHE_ENTRY)? {
        Lookup::Fresh(catalog) if catalog.binary == binary && catalog.cwd == cwd => {
            match catalog.failure {
                Some(failure) => Cached::Failed(failure),
                None => Cached::Fresh(catalog),
            }
        }
        Lookup::Fresh(_) | Lookup::Missing | Lookup::Expired => Cached::Miss,
        Lookup::Rejected(reason) => Cached::Rejected(reason),
    })
}

/// Store a catalog for `ttl_secs`.
pub fn write_cache(cache: &Cache, catalog: &Catalog, ttl_secs: u64) -> Result<(), CacheError> {
    cache.put(CACHE_ENTRY, catalog, ttl_secs)
}

/// Run `<binary> skill list` within `timeout`, read every listed skill, then the skill folders
/// in `places`. Nothing is cached.
pub fn discover_skills(
    binary: &Path,
    timeout: Duration,
    places: &Places,
) -> Result<Catalog, DiscoveryError> {
    let shown = binary.display().to_string();
    let mut cmd = Command::new(binary);
    cmd.args(["skill", "list"]);
    let out = crate::proc::run_bounded(cmd, timeout, MAX_LIST_OUTPUT).map_err(|e| match e {
        crate::proc::ProcError::NotFound { .. } => DiscoveryError::CortexNotFound {
            detail: format!("`{shown}` is not on PATH and not a file"),
        },
        crate::proc::ProcError::Spawn { source, .. } => DiscoveryError::CortexNotFound {
            detail: format!("`{shown}` cannot be started: {source}"),
        },
        crate::proc::ProcError::TimedOut { .. } => DiscoveryError::TimedOut {
            binary: shown.clone(),
            seconds: timeout.as_secs().max(1),
        },
        crate::proc::ProcError::Wait { source, .. } => DiscoveryError::Failed {
            binary: shown.clone(),
            status: "wait failed".to_string(),
            detail: format!(": {source}"),
        },
    })?;
    if !out.status.success() {
        let stderr = skill_md::clean(&String::from_utf8_lossy(&out.stderr), 300);
        return Err(DiscoveryError::Failed {
            binary: shown,
            status: out.status.to_string(),
            detail: if stderr.is_empty() {
                String::new()
            } else {
                format!(": {}", first_line(&stderr))
            },
        });
    }
    let mut warnings = Vec::new();
    if out.truncated {
        warnings.push(format!(
            "`{shown} skill list` printed more than {MAX_LIST_OUTPUT} bytes; the rest was ignored"
        ));
    }
    let listed = listing::parse_skill_list(&String::from_utf8_lossy(&out.stdout));
    if listed.is_empty() {
        warnings.push(format!("`{shown} skill list` listed no skills"));
    }
    if listed.len() > MAX_SKILLS {
        warnings.push(format!(
            "{} skills listed; only the first {MAX_SKILLS} are kept",
            listed.len()
        ));
    }
    let home = dirs::home_dir();
    let cwd = places.cwd.as_deref();
    let mut skills = Vec::new();
    // Every name the listing named, read or skipped: the folders do not bring it back.
    let mut seen: Vec<String> = Vec::new();
    for item in listed.iter().take(MAX_SKILLS) {
        seen.push(item.name.clone());
        match resolve_skill(item, home.as_deref(), cwd, &places.roots) {
            Ok(skill) => skills.push(skill),
            Err(warning) => warnings.push(warning),
        }
    }
    for folder in &places.folders {
        for item in folders::skills_in(folder) {
            if skills.len() >= MAX_SKILLS {
                break;
            }
            // A higher-priority folder (or the listing) already has this name: Cortex uses that one.
            if seen.contains(&item.name) {
                continue;
            }
            seen.push(item.name.clone());
            match resolve_skill(&item, home.as_deref(), cwd, &places.roots) {
                Ok(skill) => skills.push(skill),
                Err(warning) => warnings.push(warning),
            }
        }
    }
    Ok(Catalog {
        skills,
        warnings,
        binary: shown,
        cwd: cwd.map(|c| c.display().to_string()),
        failure: None,
    })
}

/// Build one skill from its listing entry, or say why it is skipped.
pub fn resolve_skill(
    item: &ListedSkill,
    home: Option<&Path>,
    cwd: Option<&Path>,
    roots: &[PathBuf],
) -> Result<Skill, String> {
    let mut skill = Skill {
        name: item.name.clone(),
        section: item.section.clone(),
        path: None,
        description: None,
        use_when: None,
        triggers: Vec::new(),
        tools: Vec::new(),
        required_skills: Vec::new(),
        parent_skill: None,
        notes: Vec::new(),
    };
    let located = match &item.path {
        Some(written) => match expand(written, home, cwd) {
            Some(path) => {
                let folder = path.parent().map(Path::to_path_buf);
                Some((path, folder))
            }
            None => {
                skill
                    .notes
                    .push(format!("cannot resolve the listed folder `{written}`"));
                None
            }
        },
        // The name becomes a path component: only plain folder names are looked up.
        None if !listing::is_plausible_name(&item.name) => None,
        None => roots
            .iter()
            .map(|root| (root.join(&item.name), Some(root.clone())))
            .find(|(candidate, _)| std::fs::symlink_metadata(candidate).is_ok()),
    };
    let Some((path, folder)) = located else {
        if item.path.is_none() {
            skill.notes.push(
                "listed without a folder, and not found in the global or bundled skills folders"
                    .to_string(),
            );
        }
        return Ok(skill);
    };
    let dir = match contain(&path, folder.as_deref()) {
        Containment::Inside(dir) => dir,
        Containment::Missing(note) => {
            skill.path = Some(path.display().to_string());
            skill.notes.push(note);
            return Ok(skill);
        }
        Containment::Escapes(why) => {
            return Err(format!("skill `{}` skipped: {why}", item.name));
        }
    };
    skill.path = Some(dir.display().to_string());
    match read_skill_doc(&dir) {
        Ok(doc) => {
            let SkillDoc {
                description,
                use_when,
                triggers,
                tools,
                required_skills,
                parent_skill,
                notes,
                ..
            } = doc;
            skill.description = description;
            skill.use_when = use_when;
            skill.triggers = triggers;
            skill.tools = tools;
            skill.required_skills = required_skills;
            skill.parent_skill = parent_skill;
            skill.notes.extend(notes);
        }
        Err(note) => skill.notes.push(note),
    }
    Ok(skill)
}

/// `~/x` → HOME/x; relative paths are relative to where Cortex ran (our working directory).
fn expand(written: &str, home: Option<&Path>, cwd: Option<&Path>) -> Option<PathBuf> {
    let path = if let Some(rest) = written.strip_prefix("~/") {
        home?.join(rest)
    } else {
        let p = PathBuf::from(written);
        if p.is_absolute() { p } else { cwd?.join(p) }
    };
    Some(path)
}

enum Containment {
    Inside(PathBuf),
    Missing(String),
    Escapes(String),
}

/// Resolve `path` and check that it stays inside `folder` (its skills folder).
fn contain(path: &Path, folder: Option<&Path>) -> Containment {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return Containment::Missing(format!(
                "the skill folder {} cannot be read: {e}",
                path.display()
            ));
        }
    };
    let resolved = match std::fs::canonicalize(path) {
        Ok(r) => r,
        Err(e) => {
            let what = if meta.file_type().is_symlink() {
                "is a broken symbolic link"
            } else {
                "cannot be resolved"
            };
            return Containment::Missing(format!(
                "the skill folder {} {what}: {e}",
                path.display()
            ));
        }
    };
    let Some(folder) = folder.and_then(|f| std::fs::canonicalize(f).ok()) else {
        return Containment::Escapes(format!(
            "the skills folder of {} cannot be resolved",
            path.display()
        ));
    };
    // `resolved` must be strictly below the skills folder: the folder itself is not a skill.
    if resolved == folder || !resolved.starts_with(&folder) {
        let how = if meta.file_type().is_symlink() {
            "is a symbolic link to"
        } else {
            "resolves to"
        };
        return Containment::Escapes(format!(
            "{} {how} {}, outside its skills folder {}; not followed",
            path.display(),
            resolved.display(),
            folder.display()
        ));
    }
    if !resolved.is_dir() {
        return Containment::Missing(format!("{} is not a folder", resolved.display()));
    }
    Containment::Inside(resolved)
}

/// Read `<dir>/SKILL.md` (bounded, never through a link out of `dir`, never a FIFO or device).
fn read_skill_doc(dir: &Path) -> Result<SkillDoc, String> {
    let file = dir.join("SKILL.md");
    let shown = file.display().to_string();
    let meta = match std::fs::symlink_metadata(&file) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("no SKILL.md in {}", dir.display()));
        }
        Err(e) => return Err(format!("{shown} cannot be read: {e}")),
    };
    let target = if meta.file_type().is_symlink() {
        match std::fs::canonicalize(&file) {
            Ok(t) if t.starts_with(dir) && t.components().count() > dir.components().count() => t,
            Ok(t) => {
                return Err(format!(
                    "{shown} is a symbolic link to {}, outside the skill folder; not read",
                    t.display()
                ));
            }
            Err(e) => return Err(format!("{shown} is a broken symbolic link: {e}")),
        }
    } else {
        file.clone()
    };
    if !std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
        return Err(format!("{shown} is not a regular file; not read"));
    }
    let handle = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(&target)
        .map_err(|e| format!("{shown} cannot be opened: {e}"))?;
    let mut bytes = Vec::new();
    handle
        .take(MAX_SKILL_MD_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{shown} cannot be read: {e}"))?;
    let mut notes = Vec::new();
    if bytes.len() as u64 > MAX_SKILL_MD_BYTES {
        bytes.truncate(MAX_SKILL_MD_BYTES as usize);
        notes.push(format!(
            "{shown} is larger than {MAX_SKILL_MD_BYTES} bytes; only its beginning was read"
        ));
    }
    let mut doc = skill_md::parse_skill_md(&String::from_utf8_lossy(&bytes), &shown);
    doc.notes.splice(0..0, notes);
    Ok(doc)
}

/// A stable fingerprint of a skill set for the routing decision cache: SHA256 (hex) over the
/// sorted (name, description) pairs, length-prefixed so no two sets share an encoding.
pub fn fingerprint(skills: &[Skill]) -> String {
    let mut pairs: Vec<(&str, &str)> = skills
        .iter()
        .map(|s| (s.name.as_str(), s.description.as_deref().unwrap_or("")))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut hasher = Sha256::new();
    hasher.update(b"cortex-route skills v1\n");
    for (name, description) in pairs {
        hasher.update(format!(
            "{}:{name}\0{}:{description}\n",
            name.len(),
            description.len()
        ));
    }
    hex::encode(hasher.finalize())
}

/// Ends the warning for a failure remembered in the cache (not a new one).
const REMEMBERED_FAILURE_HINT: &str = " (`cortex-route discover --refresh` retries)";

static ROUTING_WARNED: AtomicBool = AtomicBool::new(false);

/// The skills `route` and `run` consider. Reads the signed cache; discovers when it is missing,
/// expired or rejected; never fails. When something is wrong (no Cortex, a hang, a rejected
/// cache entry) one short warning goes to stderr, once per process.
pub fn skills_for_routing(settings: &Settings, ui: &dyn Progress) -> Vec<Skill> {
    let (skills, warning) = routing_catalog(settings, SKILL_LIST_TIMEOUT);
    if let Some(warning) = warning
        && !ROUTING_WARNED.swap(true, Ordering::SeqCst)
    {
        // A remembered failure was already reported when it happened; repeat it only with -v,
        // so every `route` without Cortex installed is not a warning.
        if warning.ends_with(REMEMBERED_FAILURE_HINT) {
            ui.verbose(&format!("note: {warning}"));
        } else {
            ui.warn(&warning);
        }
    }
    skills
}

/// What routing needs of each skill: name, description (with its "Use when" text) and triggers.
pub fn routing_hints(skills: &[Skill]) -> Vec<cortex_route_policy::routing::SkillHint> {
    skills
        .iter()
        .map(|s| {
            let description = match (&s.description, &s.use_when) {
                (Some(d), Some(u)) if !d.contains(u.as_str()) => format!("{d} {u}"),
                (Some(d), _) => d.clone(),
                (None, Some(u)) => u.clone(),
                (None, None) => String::new(),
            };
            cortex_route_policy::routing::SkillHint {
                name: s.name.clone(),
                description,
                triggers: s.triggers.clone(),
            }
        })
        .collect()
}

/// [`skills_for_routing`] without the output: the skills and the warning to show, if any.
pub fn routing_catalog(settings: &Settings, timeout: Duration) -> (Vec<Skill>, Option<String>) {
    let binary = settings.cortex.binary.path();
    routing_catalog_in(
        Cache::from_settings(&settings.security),
        binary,
        settings.security.cache_ttl.get(),
        timeout,
        &Places::of_this_user(binary),
    )
}

/// The cached skills only, never a discovery: for hooks that must answer in milliseconds.
/// Empty when the cache is missing, expired or unusable.
pub fn cached_skills(settings: &Settings) -> Vec<Skill> {
    let Ok(cache) = Cache::from_settings(&settings.security) else {
        return Vec::new();
    };
    let shown = settings.cortex.binary.path().display().to_string();
    let cwd = std::env::current_dir().ok();
    match read_cache(&cache, &shown, cwd.as_deref()) {
        Ok(Cached::Fresh(catalog)) => catalog.skills,
        _ => Vec::new(),
    }
}

/// [`routing_catalog`] with its inputs spelled out (the cache as opened, or why it could not be).
pub fn routing_catalog_in(
    cache: Result<Cache, CacheError>,
    binary: &Path,
    ttl: u64,
    timeout: Duration,
    places: &Places,
) -> (Vec<Skill>, Option<String>) {
    let shown = binary.display().to_string();
    let mut problems: Vec<String> = Vec::new();
    let cache = match cache {
        Ok(cache) => Some(cache),
        Err(e) => {
            problems.push(format!(
                "skill cache unusable ({})",
                first_line(&e.to_string())
            ));
            None
        }
    };
    if let Some(cache) = &cache {
        match read_cache(cache, &shown, places.cwd.as_deref()) {
            Ok(Cached::Fresh(catalog)) => return (catalog.skills, None),
            Ok(Cached::Failed(failure)) => {
                return (
                    Vec::new(),
                    Some(format!(
                        "Cortex skills unavailable ({failure}); routing without them{REMEMBERED_FAILURE_HINT}"
                    )),
                );
            }
            Ok(Cached::Rejected(reason)) => {
                problems.push(format!(
                    "the skill cache was rejected ({reason}) and rebuilt"
                ));
            }
            Ok(Cached::Miss) => {}
            Err(e) => problems.push(format!(
                "skill cache unreadable ({})",
                first_line(&e.to_string())
            )),
        }
    }
    let skills = match discover_skills(binary, timeout, places) {
        Ok(catalog) => {
            if let Some(cache) = &cache
                && let Err(e) = write_cache(cache, &catalog, ttl)
            {
                problems.push(format!(
                    "skills not cached ({})",
                    first_line(&e.to_string())
                ));
            }
            catalog.skills
        }
        Err(err) => {
            let failure = err.short();
            if let Some(cache) = &cache {
                let remembered = Catalog {
                    skills: Vec::new(),
                    warnings: Vec::new(),
                    binary: shown,
                    cwd: places.cwd.as_ref().map(|c| c.display().to_string()),
                    failure: Some(failure.clone()),
                };
                // Best effort: without it, the next call simply tries again.
                let _ = write_cache(cache, &remembered, FAILURE_TTL_SECS.min(ttl));
            }
            problems.push(format!(
                "Cortex skills unavailable ({failure}); routing without them"
            ));
            Vec::new()
        }
    };
    let warning = (!problems.is_empty()).then(|| problems.join("; "));
    (skills, warning)
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn write_skill(dir: &Path, name: &str, md: Option<&str>) -> PathBuf {
        let folder = dir.join(name);
        std::fs::create_dir_all(&folder).unwrap();
        if let Some(md) = md {
            std::fs::write(folder.join("SKILL.md"), md).unwrap();
        }
        folder
    }

    fn listed(name: &str, path: Option<&Path>) -> ListedSkill {
        ListedSkill {
            name: name.to_string(),
            section: Some("global".to_string()),
            path: path.map(|p| p.display().to_string()),
        }
    }

    #[test]
    fn a_listed_skill_is_read_from_its_skill_md() {
        let tmp = tempfile::tempdir().unwrap();
        let folder = write_skill(
            tmp.path(),
            "cost",
            Some("---\nname: cost\ndescription: Credits. Use when asked about spend.\n---\n"),
        );
        let skill = resolve_skill(&listed("cost", Some(&folder)), None, None, &[]).unwrap();
        assert_eq!(
            skill.description.as_deref(),
            Some("Credits. Use when asked about spend.")
        );
        assert_eq!(
            skill.use_when.as_deref(),
            Some("Use when asked about spend.")
        );
        assert!(skill.notes.is_empty(), "{:?}", skill.notes);
    }

    #[test]
    fn missing_skill_md_keeps_the_skill_with_a_note() {
        let tmp = tempfile::tempdir().unwrap();
        let folder = write_skill(tmp.path(), "bare", None);
        let skill = resolve_skill(&listed("bare", Some(&folder)), None, None, &[]).unwrap();
        assert_eq!(skill.name, "bare");
        assert!(skill.notes[0].contains("no SKILL.md"), "{:?}", skill.notes);
    }

    #[test]
    fn symlink_out_of_the_skills_folder_is_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let skills = tmp.path().join("skills");
        std::fs::create_dir(&skills).unwrap();
        let outside = write_skill(
            tmp.path(),
            "secret",
            Some("---\nname: x\ndescription: leaked\n---\n"),
        );
        symlink(&outside, skills.join("evil")).unwrap();
        let err = resolve_skill(&listed("evil", Some(&skills.join("evil"))), None, None, &[])
            .unwrap_err();
        assert!(
            err.contains("symbolic link") && err.contains("not followed"),
            "{err}"
        );
    }

    #[test]
    fn symlink_inside_the_skills_folder_is_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let real = write_skill(
            tmp.path(),
            "v2",
            Some("---\nname: a\ndescription: d\n---\n"),
        );
        symlink(&real, tmp.path().join("alias")).unwrap();
        let skill = resolve_skill(
            &listed("alias", Some(&tmp.path().join("alias"))),
            None,
            None,
            &[],
        )
        .unwrap();
        assert_eq!(skill.description.as_deref(), Some("d"));
    }

    #[test]
    fn skill_md_linked_out_of_the_skill_folder_is_not_read() {
        let tmp = tempfile::tempdir().unwrap();
        let secret = tmp.path().join("secret.md");
        std::fs::write(&secret, "---\nname: x\ndescription: TOPSECRET\n---\n").unwrap();
        let folder = write_skill(&tmp.path().join("skills"), "s", None);
        symlink(&secret, folder.join("SKILL.md")).unwrap();
        let skill = resolve_skill(&listed("s", Some(&folder)), None, None, &[]).unwrap();
        assert_eq!(skill.description, None);
        assert!(
            skill.notes[0].contains("outside the skill folder"),
            "{:?}",
            skill.notes
        );
    }

    #[test]
    fn dot_dot_in_a_listed_path_cannot_climb_out() {
        let tmp = tempfile::tempdir().unwrap();
        let sub = tmp.path().join("skills/sub");
        std::fs::create_dir_all(&sub).unwrap();
        let climbing = sub.join("../../..");
        let err = resolve_skill(&listed("x", Some(&climbing)), None, None, &[]).unwrap_err();
        assert!(err.contains("outside its skills folder"), "{err}");
    }

    #[test]
    fn a_skill_without_a_path_is_found_in_the_fallback_roots() {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path();
        write_skill(
            &home.join(".local/share/cortex/1.0.9/bundled_skills"),
            "old",
            Some("---\nname: old\ndescription: from 1.0.9\n---\n"),
        );
        write_skill(
            &home.join(".local/share/cortex/1.0.10/bundled_skills"),
            "old",
            Some("---\nname: old\ndescription: from 1.0.10\n---\n"),
        );
        let roots = folders::fallback_roots(None, Some(&home.join(".local/share/cortex")));
        let skill = resolve_skill(&listed("old", None), Some(home), None, &roots).unwrap();
        assert_eq!(
            skill.description.as_deref(),
            Some("from 1.0.10"),
            "newest version first"
        );
        let missing = resolve_skill(&listed("nowhere", None), Some(home), None, &roots).unwrap();
        assert!(
            missing.notes[0].contains("not found"),
            "{:?}",
            missing.notes
        );
    }

    #[test]
    fn fingerprint_depends_on_names_and_descriptions_only() {
        let a = Skill {
            name: "a".into(),
            section: None,
            path: Some("/x".into()),
            description: Some("d".into()),
            use_when: None,
            triggers: vec![],
            tools: vec![],
            required_skills: vec![],
            parent_skill: None,
            notes: vec![],
        };
        let mut b = a.clone();
        b.name = "b".into();
        let mut moved = a.clone();
        moved.path = Some("/y".into());
        assert_eq!(
            fingerprint(&[a.clone(), b.clone()]),
            fingerprint(&[b.clone(), a.clone()])
        );
        assert_eq!(fingerprint(std::slice::from_ref(&a)), fingerprint(&[moved]));
        let mut changed = a.clone();
        changed.description = Some("e".into());
        assert_ne!(
            fingerprint(std::slice::from_ref(&a)),
            fingerprint(&[changed])
        );
        // Length prefixes: ("ab", "") and ("a", "b") differ.
        let mut x = a.clone();
        x.name = "ab".into();
        x.description = None;
        let mut y = a.clone();
        y.name = "a".into();
        y.description = Some("b".into());
        assert_ne!(fingerprint(&[x]), fingerprint(&[y]));
    }

    #[test]
    fn a_hanging_skill_list_is_stopped_at_the_deadline() {
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("cortex");
        std::fs::write(&script, "#!/bin/sh\nsleep 30\n").unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let err =
            discover_skills(&script, Duration::from_millis(300), &Places::default()).unwrap_err();
        assert!(matches!(err, DiscoveryError::TimedOut { .. }), "{err}");
    }

    fn fake_cortex(dir: &Path, body: &str) -> PathBuf {
        let script = dir.join("cortex");
        let count = dir.join("calls");
        std::fs::write(
            &script,
            format!("#!/bin/sh\necho call >> {}\n{body}\n", count.display()),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        script
    }

    fn calls(dir: &Path) -> usize {
        std::fs::read_to_string(dir.join("calls")).map_or(0, |t| t.lines().count())
    }

    fn cache_in(dir: &Path) -> Result<Cache, CacheError> {
        Cache::open(&dir.join("cache"), &dir.join("data"), 0o600)
    }

    #[test]
    fn routing_discovers_lazily_then_uses_the_cache() {
        let tmp = tempfile::tempdir().unwrap();
        let skill = write_skill(
            tmp.path(),
            "s1",
            Some("---\nname: s1\ndescription: one\n---\n"),
        );
        let bin = fake_cortex(tmp.path(), &format!("echo 's1 {}'", skill.display()));
        let (skills, warning) = routing_catalog_in(
            cache_in(tmp.path()),
            &bin,
            60,
            SKILL_LIST_TIMEOUT,
            &Places::default(),
        );
        assert_eq!((skills.len(), warning), (1, None));
        let (skills, warning) = routing_catalog_in(
            cache_in(tmp.path()),
            &bin,
            60,
            SKILL_LIST_TIMEOUT,
            &Places::default(),
        );
        assert_eq!(
            (skills[0].description.as_deref(), warning),
            (Some("one"), None)
        );
        assert_eq!(
            calls(tmp.path()),
            1,
            "the second call is served from the cache"
        );
    }

    #[test]
    fn routing_warns_and_remembers_when_cortex_hangs() {
        let tmp = tempfile::tempdir().unwrap();
        let bin = fake_cortex(tmp.path(), "sleep 30");
        let (skills, warning) = routing_catalog_in(
            cache_in(tmp.path()),
            &bin,
            60,
            Duration::from_millis(300),
            &Places::default(),
        );
        assert!(skills.is_empty());
        let warning = warning.unwrap();
        assert!(
            warning.contains("did not finish") && warning.contains("routing without"),
            "{warning}"
        );
        assert!(!warning.contains('\n'), "one short line: {warning}");
        let (_, again) = routing_catalog_in(
            cache_in(tmp.path()),
            &bin,
            60,
            Duration::from_millis(300),
            &Places::default(),
        );
        assert!(again.unwrap().contains("--refresh"));
        assert_eq!(
            calls(tmp.path()),
            1,
            "the failure is remembered; no second hang"
        );
    }

    #[test]
    fn routing_without_cortex_warns_and_returns_no_skills() {
        let tmp = tempfile::tempdir().unwrap();
        let (skills, warning) = routing_catalog_in(
            cache_in(tmp.path()),
            Path::new("/nonexistent/cortex"),
            60,
            SKILL_LIST_TIMEOUT,
            &Places::default(),
        );
        assert!(skills.is_empty());
        assert!(warning.unwrap().contains("Cortex CLI not found"));
    }

    #[test]
    fn routing_rebuilds_a_tampered_cache_and_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        let skill = write_skill(
            tmp.path(),
            "s1",
            Some("---\nname: s1\ndescription: one\n---\n"),
        );
        let bin = fake_cortex(tmp.path(), &format!("echo 's1 {}'", skill.display()));
        routing_catalog_in(
            cache_in(tmp.path()),
            &bin,
            60,
            SKILL_LIST_TIMEOUT,
            &Places::default(),
        );
        let entry = cache_in(tmp.path())
            .unwrap()
            .entry_path(CACHE_ENTRY)
            .unwrap();
        let text = std::fs::read_to_string(&entry).unwrap();
        std::fs::write(&entry, text.replace("one", "two")).unwrap();
        let (skills, warning) = routing_catalog_in(
            cache_in(tmp.path()),
            &bin,
            60,
            SKILL_LIST_TIMEOUT,
            &Places::default(),
        );
        assert_eq!(skills[0].description.as_deref(), Some("one"));
        assert!(warning.unwrap().contains("rejected"));
        assert_eq!(calls(tmp.path()), 2);
    }

    fn places_in(root: &Path) -> Places {
        let share = root.join("share");
        Places {
            roots: folders::fallback_roots(Some(&root.join("sf")), Some(&share)),
            folders: folders::skill_folders(
                Some(&root.join("proj")),
                Some(&root.join("sf")),
                Some(&share),
                None,
            ),
            cwd: Some(root.join("proj")),
        }
    }

    #[test]
    fn project_global_and_bundled_folders_are_read_by_priority() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let md = |d: &str| format!("---\nname: x\ndescription: {d}\ntools: [Bash]\n---\n");
        write_skill(
            &root.join("proj/.cortex/skills"),
            "shared",
            Some(&md("project copy")),
        );
        write_skill(
            &root.join("proj/.claude/skills"),
            "claude-side",
            Some(&md("claude folder")),
        );
        write_skill(
            &root.join("sf/cortex/skills"),
            "shared",
            Some(&md("global copy")),
        );
        write_skill(
            &root.join("sf/cortex/skills"),
            "listed",
            Some(&md("global, listed")),
        );
        write_skill(
            &root.join("share/1.0.9/bundled_skills"),
            "old-bundled",
            Some(&md("1.0.9")),
        );
        write_skill(
            &root.join("share/1.0.21+235436.342efc1ea864/bundled_skills"),
            "snowflake-sql",
            Some(&md("bundled in 1.0.21")),
        );
        // The listing names one skill, without a folder: found in the global folder.
        let bin = fake_cortex(root, "echo '[GLOBAL]'; echo '  - listed'");
        let catalog = discover_skills(&bin, SKILL_LIST_TIMEOUT, &places_in(root)).unwrap();
        let got: Vec<(&str, Option<&str>, Option<&str>)> = catalog
            .skills
            .iter()
            .map(|s| {
                (
                    s.name.as_str(),
                    s.section.as_deref(),
                    s.description.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("listed", Some("global"), Some("global, listed")),
                ("shared", Some("project"), Some("project copy")),
                ("claude-side", Some("project"), Some("claude folder")),
                ("snowflake-sql", Some("bundled"), Some("bundled in 1.0.21")),
            ],
            "the listing first, then project over global; only the newest version's bundled skills"
        );
        assert_eq!(catalog.skills[1].tools, ["Bash"]);
        assert!(catalog.warnings.is_empty(), "{:?}", catalog.warnings);
    }

    #[test]
    fn a_folder_skill_linked_out_of_its_folder_is_skipped_once() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let outside = write_skill(
            root,
            "secret",
            Some("---\nname: x\ndescription: TOPSECRET\n---\n"),
        );
        std::fs::create_dir_all(root.join("proj/.cortex/skills")).unwrap();
        symlink(&outside, root.join("proj/.cortex/skills/evil")).unwrap();
        let bin = fake_cortex(root, "true");
        let catalog = discover_skills(&bin, SKILL_LIST_TIMEOUT, &places_in(root)).unwrap();
        assert!(catalog.skills.is_empty(), "{:?}", catalog.skills);
        let evil: Vec<&String> = catalog
            .warnings
            .iter()
            .filter(|w| w.contains("`evil` skipped"))
            .collect();
        assert_eq!(evil.len(), 1, "{:?}", catalog.warnings);
        assert!(!format!("{catalog:?}").contains("TOPSECRET"));
    }

    #[test]
    fn a_catalog_made_in_another_directory_is_not_used() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = cache_in(tmp.path()).unwrap();
        let catalog = Catalog {
            skills: vec![],
            warnings: vec![],
            binary: "cortex".into(),
            cwd: Some("/proj/a".into()),
            failure: None,
        };
        write_cache(&cache, &catalog, 60).unwrap();
        assert!(matches!(
            read_cache(&cache, "cortex", Some(Path::new("/proj/a"))).unwrap(),
            Cached::Fresh(_)
        ));
        assert!(matches!(
            read_cache(&cache, "cortex", Some(Path::new("/proj/b"))).unwrap(),
            Cached::Miss
        ));
    }

    #[test]
    fn a_missing_binary_is_cortex_not_found() {
        let err = discover_skills(
            Path::new("/nonexistent/cortex"),
            SKILL_LIST_TIMEOUT,
            &Places::default(),
        )
        .unwrap_err();
        assert!(
            matches!(err, DiscoveryError::CortexNotFound { .. }),
            "{err}"
        );
        assert!(err.to_string().contains("cortex.binary"));
    }
}
