//! Configuration files: where they are, how they are checked before they are trusted, and how
//! they combine into the effective [`Settings`] (the layering itself is
//! `cortex_route_policy::config`).

use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use cortex_route_policy::config::{FileConfig, Layering, Mode, Origin, Settings, Sources, Warning};

/// The system-wide organization policy.
pub const SYSTEM_POLICY_PATH: &str = "/etc/cortex-route/policy.yaml";
/// The per-user organization policy location the reference skill uses (deployed by config
/// management). Relative to HOME.
pub const HOME_POLICY_PATH: &str = ".snowflake/cortex/claude-skill-policy.yaml";
/// Config and policy files larger than this are refused: no legitimate policy is this big.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Problems that stop a command (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {what} {path}: {source}")]
    Read {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{what} {path} does not exist")]
    Missing { what: &'static str, path: PathBuf },

    #[error("{what} {path} is not safe to trust: {reason}\n  fix: {fix}")]
    Unsafe {
        what: &'static str,
        path: PathBuf,
        reason: String,
        fix: String,
    },

    #[error("invalid {what}:\n{detail}")]
    Invalid { what: &'static str, detail: String },

    #[error(
        "organization policy {path} is invalid, so every command is stopped until it is fixed:\n{detail}"
    )]
    InvalidOrgPolicy { path: PathBuf, detail: String },

    #[error("cannot build the default settings: {0}")]
    Defaults(String),
}

/// Which files to read, from the global flags and the environment.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--config`.
    pub config: Option<PathBuf>,
    /// `--policy`, in order.
    pub policies: Vec<PathBuf>,
}

/// A file that took part, and in which role.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LoadedFile {
    pub origin: Origin,
    /// False when the file was read but ignored (user config under `override_user_config`).
    pub applied: bool,
}

/// The result of loading: the settings, where each value came from, and what was ignored.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub settings: Settings,
    pub sources: Sources,
    pub warnings: Vec<Warning>,
    pub files: Vec<LoadedFile>,
}

/// Load defaults, organization policy, user config and `--policy` files, in that order.
pub fn load(opts: &LoadOptions) -> Result<Loaded, ConfigError> {
    let defaults = Settings::defaults().map_err(ConfigError::Defaults)?;
    let mut layering = Layering::new(defaults);
    let mut files = Vec::new();

    for (index, path) in org_policy_paths().into_iter().enumerate() {
        if !path.exists() {
            continue;
        }
        let file = read_org_policy(&path)?;
        let origin = Origin::OrgPolicy(path);
        layering.warnings.extend(file.warnings(&origin));
        let file = file.config;
        // The first policy found is the authority; a second one (the per-user location, when the
        // system one exists) can only tighten it, since its owner may not be the organization.
        let mode = if files.is_empty() && index <= 1 {
            Mode::Authority
        } else {
            Mode::TightenOnly
        };
        layering.apply(&file, &origin, mode);
        files.push(LoadedFile {
            origin,
            applied: true,
        });
    }

    for path in user_config_paths(opts)? {
        let file = read_file(&path, "user config")?;
        let origin = Origin::UserConfig(path);
        layering.warnings.extend(file.warnings(&origin));
        let file = file.config;
        if layering.settings.security.override_user_config {
            layering.warnings.push(Warning {
                origin: origin.clone(),
                key: "security.override_user_config".to_string(),
                message: "the whole user config is ignored: the organization policy sets override_user_config"
                    .to_string(),
            });
            files.push(LoadedFile {
                origin,
                applied: false,
            });
        } else {
            // Several agents' configs: each only tightens, so the stricter value of every key wins.
            layering.apply(&file, &origin, Mode::TightenOnly);
            files.push(LoadedFile {
                origin,
                applied: true,
            });
        }
    }

    for path in &opts.policies {
        if !path.exists() {
            return Err(ConfigError::Missing {
                what: "--policy file",
                path: path.clone(),
            });
        }
        let file = read_file(path, "--policy file")?;
        let origin = Origin::PolicyFile(path.clone());
        layering.warnings.extend(file.warnings(&origin));
        let file = file.config;
        layering.apply(&file, &origin, Mode::TightenOnly);
        files.push(LoadedFile {
            origin,
            applied: true,
        });
    }

    Ok(Loaded {
        settings: layering.settings,
        sources: layering.sources,
        warnings: layering.warnings,
        files,
    })
}

/// The organization policy locations, system first. Fixed: no flag or variable can move them.
pub fn org_policy_paths() -> Vec<PathBuf> {
    let mut paths = vec![system_policy_path()];
    if let Some(home) = dirs::home_dir() {
        paths.push(home.join(HOME_POLICY_PATH));
    }
    paths
}

/// `/etc/cortex-route/policy.yaml`. Debug builds (the test suite) let
/// `CORTEX_ROUTE_TEST_SYSTEM_POLICY` stand in for it, so tests never write to `/etc`; release
/// builds have no way to move it.
fn system_policy_path() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(p) = std::env::var_os("CORTEX_ROUTE_TEST_SYSTEM_POLICY").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    PathBuf::from(SYSTEM_POLICY_PATH)
}

/// The user config files: `--config`, else `$CORTEX_ROUTE_CONFIG`, else `$CORTEX_SKILL_CONFIG`
/// (one file, which must exist); else every installed agent's skill config (Claude Code, Cursor,
/// Codex, in that order), all of them, since each agent's skill reads its own; else
/// `$XDG_CONFIG_HOME/cortex-route/config.yaml`.
pub fn user_config_paths(opts: &LoadOptions) -> Result<Vec<PathBuf>, ConfigError> {
    let explicit = opts
        .config
        .clone()
        .map(|p| (p, "--config file"))
        .or_else(|| env_path("CORTEX_ROUTE_CONFIG").map(|p| (p, "$CORTEX_ROUTE_CONFIG file")))
        .or_else(|| env_path("CORTEX_SKILL_CONFIG").map(|p| (p, "$CORTEX_SKILL_CONFIG file")));
    if let Some((path, what)) = explicit {
        if !path.exists() {
            return Err(ConfigError::Missing { what, path });
        }
        return Ok(vec![path]);
    }
    let (agents, xdg): (Vec<PathBuf>, Vec<PathBuf>) = user_config_candidates()
        .into_iter()
        .filter(|p| p.is_file())
        .partition(|p| p.ends_with("skills/cortex-code/config.yaml"));
    Ok(if agents.is_empty() { xdg } else { agents })
}

/// Where a user config is looked for when none is named, in order.
pub fn user_config_candidates() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(home) = dirs::home_dir() {
        for agent in [".claude", ".cursor", ".codex"] {
            out.push(home.join(agent).join("skills/cortex-code/config.yaml"));
        }
    }
    if let Some(config) = dirs::config_dir() {
        out.push(config.join("cortex-route/config.yaml"));
    }
    out
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// A file as read: its settings, and the keys it wrote twice (the last value won).
#[derive(Debug, Default)]
pub struct ReadFile {
    pub config: FileConfig,
    pub duplicates: Vec<cortex_route_policy::yaml::DuplicateKey>,
}

impl ReadFile {
    /// One warning per duplicate key, naming both lines.
    pub fn warnings(&self, origin: &Origin) -> Vec<Warning> {
        self.duplicates
            .iter()
            .map(|d| Warning {
                origin: origin.clone(),
                key: d.key.clone(),
                message: format!(
                    "set twice (lines {} and {}); the value on line {} is used",
                    d.first_line, d.last_line, d.last_line
                ),
            })
            .collect()
    }
}

/// Read and validate an organization policy. Any problem is fatal for every command.
pub fn read_org_policy(path: &Path) -> Result<ReadFile, ConfigError> {
    read_file(path, "organization policy").map_err(|err| match err {
        ConfigError::Invalid { detail, .. } => ConfigError::InvalidOrgPolicy {
            path: path.to_path_buf(),
            detail,
        },
        other => other,
    })
}

/// Read a config or policy file: safety checks first, then a bounded read, then strict parsing.
/// Keys written twice take the last value (as the reference skill's loader does) and are
/// reported: the caller warns, `config check` fails.
pub fn read_file(path: &Path, what: &'static str) -> Result<ReadFile, ConfigError> {
    check_trustworthy(path, what)?;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_CONFIG_BYTES + 1).read_to_string(&mut text))
        .map_err(|source| ConfigError::Read {
            what,
            path: path.to_path_buf(),
            source,
        })?;
    if text.len() as u64 > MAX_CONFIG_BYTES {
        return Err(ConfigError::Invalid {
            what,
            detail: format!("{}: larger than {} bytes", path.display(), MAX_CONFIG_BYTES),
        });
    }
    cortex_route_policy::yaml::from_str_last_wins::<FileConfig>(&text, &path.display().to_string())
        .map(|(config, duplicates)| ReadFile { config, duplicates })
        .map_err(|e| ConfigError::Invalid {
            what,
            detail: e.rendered,
        })
}

/// Refuse files that someone other than their owner (or root) could have changed: world-writable
/// files, files in world-writable directories without the sticky bit, files owned by other users.
pub fn check_trustworthy(path: &Path, what: &'static str) -> Result<(), ConfigError> {
    let meta = std::fs::metadata(path).map_err(|source| ConfigError::Read {
        what,
        path: path.to_path_buf(),
        source,
    })?;
    let unsafe_err = |reason: String, fix: String| ConfigError::Unsafe {
        what,
        path: path.to_path_buf(),
        reason,
        fix,
    };
    if !meta.is_file() {
        return Err(unsafe_err(
            "it is not a regular file".to_string(),
            "point to a regular YAML file".to_string(),
        ));
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o002 != 0 {
        return Err(unsafe_err(
            format!("it is world-writable (mode {mode:04o}), so anyone could loosen it"),
            format!("chmod o-w {}", path.display()),
        ));
    }
    let me = crate::sys::effective_uid();
    if meta.uid() != 0 && meta.uid() != me {
        return Err(unsafe_err(
            format!("it is owned by uid {}, neither you nor root", meta.uid()),
            format!(
                "chown it to yourself or root: chown $(id -u) {}",
                path.display()
            ),
        ));
    }
    if let Some(parent) = std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        && let Ok(dir) = std::fs::metadata(&parent)
    {
        let dmode = dir.mode();
        if dmode & 0o002 != 0 && dmode & 0o1000 == 0 {
            return Err(unsafe_err(
                format!(
                    "its directory {} is world-writable, so anyone could replace it",
                    parent.display()
                ),
                format!("chmod o-w {}", parent.display()),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn world_writable_file_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("policy.yaml");
        std::fs::write(&path, "security: {}\n").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).expect("chmod");
        let err = read_org_policy(&path).expect_err("must refuse");
        assert!(err.to_string().contains("world-writable"), "{err}");
        assert!(err.to_string().contains("chmod o-w"), "{err}");
    }

    #[test]
    fn typo_in_org_policy_names_line_and_column() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("policy.yaml");
        std::fs::write(&path, "security:\n  allowed_envelope: [RO]\n").expect("write");
        let err = read_org_policy(&path).expect_err("must refuse");
        let text = err.to_string();
        assert!(text.contains(":2:3"), "{text}");
        assert!(
            text.contains("allowed_envelopes"),
            "valid choices listed: {text}"
        );
        assert!(matches!(err, ConfigError::InvalidOrgPolicy { .. }));
    }

    #[test]
    fn oversized_file_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("big.yaml");
        let mut text = String::from("security:\n  credential_file_allowlist:\n");
        while text.len() < (MAX_CONFIG_BYTES as usize) + 10 {
            text.push_str("    - '**/x'\n");
        }
        std::fs::write(&path, text).expect("write");
        assert!(read_file(&path, "user config").is_err());
    }
}
