//! Where Cortex skills live on disk, besides what `cortex skill list` prints.
//!
//! Skill folders, highest priority first (Snowflake's Cortex Code extensibility docs, "listed
//! from highest to lowest priority": Project `.cortex/skills/` or `.claude/skills/`, Global
//! `~/.snowflake/cortex/skills/`, …, Bundled "Built into Cortex Code"):
//! - **project**: `.cortex/skills/` and `.claude/skills/` in the working directory;
//! - **global**: `~/.snowflake/cortex/skills/` (`$SNOWFLAKE_HOME/cortex/skills/` when set);
//! - **bundled**: `~/.local/share/cortex/<version>/bundled_skills/` of the installed Cortex
//!   (Cortex installs itself as `~/.local/share/cortex/<version>/cortex`, `~/.local/bin/cortex`
//!   linking to it — public notes on Cortex Code 1.1.x; the bundled folder is where Snowflake's
//!   own plugin reads skill metadata, `Snowflake-Labs/snowflake-ai-kit`
//!   `plugins/cortex-code/…/discover_cortex.py`). The version folder the `cortex` binary resolves
//!   into is used; otherwise the newest one.
//!
//! Versions order numerically (`1.0.9` < `1.0.10`), and a build suffix such as
//! `1.0.21+235436.342efc1ea864` (what `cortex --version` prints) is read as version `1.0.21`,
//! build `235436`, not as an unreadable version. Folders that do not start with a version are
//! not version folders.
//!
//! Each skill is a folder holding a `SKILL.md`; reading it safely (symbolic links, bounds) is
//! [`super::skills`]'s job.

use std::path::{Path, PathBuf};

use super::listing::{self, ListedSkill};
use crate::exec::capability::{Version, parse_version};

/// At most this many `~/.local/share/cortex/<version>` folders are looked at.
const MAX_VERSION_DIRS: usize = 64;
/// At most this many entries of one skills folder are read.
const MAX_FOLDER_ENTRIES: usize = 1_000;

/// One folder of skills and the section its skills are listed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillFolder {
    /// `project`, `global` or `bundled` (the section names of `cortex skill list`, lowercased).
    pub section: &'static str,
    pub path: PathBuf,
}

/// Everything discovery reads on disk.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// Searched in order for a skill `cortex skill list` names without a folder.
    pub roots: Vec<PathBuf>,
    /// Read directly, highest priority first.
    pub folders: Vec<SkillFolder>,
    /// The working directory: relative listed paths and project skills are under it.
    pub cwd: Option<PathBuf>,
}

impl Places {
    /// This user's places, for the Cortex `binary` (a path or a name on PATH).
    pub fn of_this_user(binary: &Path) -> Places {
        let home = crate::paths::home();
        let snowflake = crate::paths::snowflake_dir();
        let cwd = std::env::current_dir().ok();
        let active =
            crate::proc::resolve_binary(binary).and_then(|b| std::fs::canonicalize(b).ok());
        // Canonical, so the binary's resolved path can be matched against it.
        let share = home
            .as_ref()
            .map(|h| h.join(".local/share/cortex"))
            .map(|s| std::fs::canonicalize(&s).unwrap_or(s));
        Places {
            roots: fallback_roots(snowflake.as_deref(), share.as_deref()),
            folders: skill_folders(
                cwd.as_deref(),
                snowflake.as_deref(),
                share.as_deref(),
                active.as_deref(),
            ),
            cwd,
        }
    }
}

/// The skill folders in priority order (see the module docs). `share` is
/// `~/.local/share/cortex`; `binary` the resolved Cortex binary, if any.
pub fn skill_folders(
    cwd: Option<&Path>,
    snowflake: Option<&Path>,
    share: Option<&Path>,
    binary: Option<&Path>,
) -> Vec<SkillFolder> {
    let mut out = Vec::new();
    if let Some(cwd) = cwd {
        for rel in [".cortex/skills", ".claude/skills"] {
            out.push(SkillFolder {
                section: "project",
                path: cwd.join(rel),
            });
        }
    }
    if let Some(sf) = snowflake {
        out.push(SkillFolder {
            section: "global",
            path: sf.join("cortex/skills"),
        });
    }
    if let Some(share) = share {
        let versions = bundled_versions(share);
        let active = binary.and_then(|b| {
            versions
                .iter()
                .find(|v| b.starts_with(v.path.parent().unwrap_or(&v.path)))
        });
        if let Some(v) = active.or(versions.first()) {
            out.push(SkillFolder {
                section: "bundled",
                path: v.path.clone(),
            });
        }
    }
    out
}

/// The folders searched for a skill listed without a path: global, every version's bundled
/// skills (newest first), then `~/.local/share/cortex/skills`.
pub fn fallback_roots(snowflake: Option<&Path>, share: Option<&Path>) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = snowflake
        .map(|sf| sf.join("cortex/skills"))
        .into_iter()
        .collect();
    if let Some(share) = share {
        roots.extend(bundled_versions(share).into_iter().map(|v| v.path));
        roots.push(share.join("skills"));
    }
    roots
}

/// A version folder's place in the order: version, then build number, then name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct VersionKey {
    pub version: Version,
    pub build: u64,
    pub name: String,
}

/// `1.0.21+235436.342efc1ea864` → 1.0.21, build 235436; `v1.0.9` → 1.0.9; `skills` → none.
pub fn version_key(name: &str) -> Option<VersionKey> {
    let bare = name.strip_prefix('v').unwrap_or(name);
    if !bare.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let version = parse_version(bare)?;
    let build = bare
        .split_once('+')
        .and_then(|(_, b)| b.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|b| b.parse().ok())
        .unwrap_or(0);
    Some(VersionKey {
        version,
        build,
        name: name.to_string(),
    })
}

struct Bundled {
    /// `<share>/<version>/bundled_skills`.
    path: PathBuf,
}

/// The `bundled_skills` folders under `share`, newest version first.
fn bundled_versions(share: &Path) -> Vec<Bundled> {
    let Ok(entries) = std::fs::read_dir(share) else {
        return Vec::new();
    };
    let mut found: Vec<(VersionKey, PathBuf)> = Vec::new();
    for entry in entries.flatten().take(MAX_VERSION_DIRS * 4) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(key) = version_key(&name) else {
            continue;
        };
        let bundled = entry.path().join("bundled_skills");
        if bundled.is_dir() {
            found.push((key, bundled));
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0));
    found
        .into_iter()
        .take(MAX_VERSION_DIRS)
        .map(|(_, path)| Bundled { path })
        .collect()
}

/// The skills in one folder, as listing entries (name = folder name, in name order). Entries
/// that are not plausible skill names are left out; linked entries are kept for the caller's
/// containment check.
pub fn skills_in(folder: &SkillFolder) -> Vec<ListedSkill> {
    let Ok(entries) = std::fs::read_dir(&folder.path) else {
        return Vec::new();
    };
    let mut out: Vec<ListedSkill> = entries
        .flatten()
        .take(MAX_FOLDER_ENTRIES)
        .filter_map(|entry| {
            let kind = entry.file_type().ok()?;
            if !(kind.is_dir() || kind.is_symlink()) {
                return None;
            }
            let name = entry.file_name().to_str()?.to_string();
            listing::is_plausible_name(&name).then(|| ListedSkill {
                section: Some(folder.section.to_string()),
                path: Some(entry.path().display().to_string()),
                name,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_order_numerically_and_build_suffixes_count() {
        let mut names = vec![
            "1.0.9",
            "1.0.10",
            "1.0.21+235436.342efc1ea864",
            "1.0.21+190213.c06a9c29d351",
            "v1.0.2",
            "0.26.0101",
        ];
        names.sort_by_key(|n| version_key(n));
        assert_eq!(
            names,
            [
                "0.26.0101",
                "v1.0.2",
                "1.0.9",
                "1.0.10",
                "1.0.21+190213.c06a9c29d351",
                "1.0.21+235436.342efc1ea864"
            ]
        );
        let k = version_key("1.0.21+235436.342efc1ea864").unwrap();
        assert_eq!((k.version, k.build), (Version(1, 0, 21), 235_436));
        for not_a_version in ["skills", "bin", "latest", "backup-1.0.3", ""] {
            assert_eq!(version_key(not_a_version), None, "{not_a_version}");
        }
    }

    fn mkdir(p: &Path) {
        std::fs::create_dir_all(p).unwrap();
    }

    #[test]
    fn the_bundled_folder_is_the_active_versions_else_the_newest() {
        let tmp = tempfile::tempdir().unwrap();
        let share = tmp.path().join("share");
        for v in ["1.0.9", "1.0.10", "1.0.21+235436.342efc1ea864"] {
            mkdir(&share.join(v).join("bundled_skills"));
        }
        mkdir(&share.join("skills"));
        let bundled = |binary: Option<&Path>| {
            skill_folders(None, None, Some(&share), binary)
                .into_iter()
                .find(|f| f.section == "bundled")
                .map(|f| f.path)
        };
        assert_eq!(
            bundled(None),
            Some(share.join("1.0.21+235436.342efc1ea864/bundled_skills")),
            "the newest, not 1.0.9 (a build suffix is no version 0)"
        );
        assert_eq!(
            bundled(Some(&share.join("1.0.10/cortex"))),
            Some(share.join("1.0.10/bundled_skills")),
            "the version the binary runs from"
        );
        assert_eq!(
            bundled(Some(Path::new("/usr/bin/cortex"))),
            Some(share.join("1.0.21+235436.342efc1ea864/bundled_skills"))
        );
        let roots = fallback_roots(None, Some(&share));
        assert_eq!(
            roots,
            [
                share.join("1.0.21+235436.342efc1ea864/bundled_skills"),
                share.join("1.0.10/bundled_skills"),
                share.join("1.0.9/bundled_skills"),
                share.join("skills"),
            ]
        );
    }

    #[test]
    fn folders_come_in_priority_order() {
        let folders = skill_folders(
            Some(Path::new("/work/proj")),
            Some(Path::new("/h/.snowflake")),
            None,
            None,
        );
        let got: Vec<(&str, &Path)> = folders
            .iter()
            .map(|f| (f.section, f.path.as_path()))
            .collect();
        assert_eq!(
            got,
            [
                ("project", Path::new("/work/proj/.cortex/skills")),
                ("project", Path::new("/work/proj/.claude/skills")),
                ("global", Path::new("/h/.snowflake/cortex/skills")),
            ]
        );
    }

    #[test]
    fn a_folder_lists_its_skill_folders_only() {
        let tmp = tempfile::tempdir().unwrap();
        mkdir(&tmp.path().join("b-skill"));
        mkdir(&tmp.path().join("a-skill"));
        mkdir(&tmp.path().join(".hidden"));
        std::fs::write(tmp.path().join("README.md"), "x").unwrap();
        std::os::unix::fs::symlink("/nonexistent", tmp.path().join("linked")).unwrap();
        let folder = SkillFolder {
            section: "project",
            path: tmp.path().to_path_buf(),
        };
        let names: Vec<String> = skills_in(&folder).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["a-skill", "b-skill", "linked"]);
    }
}
