//! Credentials for the LLM classifier: a programmatic access token (PAT) and the account's base
//! URL.
//!
//! The PAT comes from the environment variable named by `cortex.pat_env` (default `SNOWFLAKE_PAT`),
//! else from the Snowflake connection: `--connection`, else `cortex.connection`, else
//! `$SNOWFLAKE_DEFAULT_CONNECTION_NAME`, else `default_connection_name` in `config.toml`, else
//! `default`; looked up in `~/.snowflake/connections.toml` (`[name]`) and then `config.toml`
//! (`[connections.name]`), `$SNOWFLAKE_HOME` replacing `~/.snowflake`. The connection gives
//! `token` or `token_file_path` (only with no `authenticator` or `PROGRAMMATIC_ACCESS_TOKEN`).
//! The base URL is `cortex.account_url`, else the connection's `host`, else
//! `https://<account>.snowflakecomputing.com` (lowercase, `_` → `-`). Plain `http://` only to
//! loopback.
//!
//! The token is a [`Pat`]: its `Debug` is redacted, it has no `Display`, and no error here ever
//! quotes a token or the text of a connection file (TOML errors are reduced to a line number).

use std::fmt;
use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use cortex_route_policy::config::values::{AccountUrl, LlmEndpoint};

/// Connection files and token files larger than this are refused.
const MAX_FILE_BYTES: u64 = 1 << 20;
const MAX_TOKEN_BYTES: usize = 8 * 1024;

/// A programmatic access token. Never shown: `Debug` prints `Pat(<redacted>)`, there is no
/// `Display`, and [`Pat::expose`] is meant for the `Authorization` header only.
#[derive(Clone, PartialEq, Eq)]
pub struct Pat(String);

impl Pat {
    /// Check a token's shape: printable ASCII without spaces (it goes into an HTTP header).
    pub fn new(token: &str) -> Result<Pat, &'static str> {
        let t = token.trim();
        if t.is_empty() {
            return Err("the token is empty");
        }
        if t.len() > MAX_TOKEN_BYTES {
            return Err("the token is implausibly long");
        }
        if !t.bytes().all(|b| b.is_ascii_graphic()) {
            return Err("the token contains spaces or non-printable characters");
        }
        Ok(Pat(t.to_string()))
    }

    /// The secret itself, for the `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Pat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pat(<redacted>)")
    }
}

/// What the LLM classifier needs to call Cortex: where, as whom, and which endpoint.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// `https://acme-prod.snowflakecomputing.com`, no trailing slash.
    pub base_url: String,
    /// `cortex.llm_endpoint`: which REST endpoint, and so the request's shape.
    pub endpoint: LlmEndpoint,
    pub pat: Pat,
    /// Where the token came from (`$SNOWFLAKE_PAT`, `connection prod (…/connections.toml)`).
    pub pat_source: String,
    /// Where the URL came from.
    pub url_source: String,
    /// Things the user should fix but that do not stop routing (a group-readable token file).
    pub warnings: Vec<String>,
}

/// Why there are no usable credentials. None of these quote a token or a file's contents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialError {
    #[error(
        "no PAT: ${env} is not set and {connection}\n  fix: export {env}=<programmatic access token>, or add `token` / `token_file_path` to the connection"
    )]
    NoToken { env: String, connection: String },

    #[error(
        "no account URL: cortex.account_url is not set and {connection}\n  fix: set cortex.account_url, or give the connection an `account` or `host`"
    )]
    NoAccount { connection: String },

    #[error("{path}: {detail}")]
    File { path: PathBuf, detail: String },

    #[error("connection `{name}`: {detail}")]
    Connection { name: String, detail: String },
}

/// Resolve credentials. `connection_flag` is `--connection` when the command has one; `env` reads
/// environment variables; `home` is the user's home directory.
pub fn resolve(
    cortex: &cortex_route_policy::config::Cortex,
    connection_flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Result<Credentials, CredentialError> {
    let non_empty = |name: &str| env(name).filter(|v| !v.trim().is_empty());
    let pat_env = cortex.pat_env.as_str();
    let env_pat = non_empty(pat_env);
    let mut warnings = Vec::new();

    // Both from configuration and the environment: no file is read.
    if let (Some(token), Some(url)) = (&env_pat, &cortex.account_url) {
        return Ok(Credentials {
            base_url: url.as_str().to_string(),
            endpoint: cortex.llm_endpoint,
            pat: Pat::new(token).map_err(|detail| CredentialError::Connection {
                name: format!("${pat_env}"),
                detail: detail.to_string(),
            })?,
            pat_source: format!("${pat_env}"),
            url_source: "cortex.account_url".to_string(),
            warnings,
        });
    }

    let dir = non_empty("SNOWFLAKE_HOME")
        .map(PathBuf::from)
        .or_else(|| home.map(|h| h.join(".snowflake")));
    let files = ConnectionFiles::load(dir.as_deref())?;
    let name = connection_flag
        .map(str::to_string)
        .or_else(|| cortex.connection.as_ref().map(|n| n.as_str().to_string()))
        .or_else(|| non_empty("SNOWFLAKE_DEFAULT_CONNECTION_NAME"))
        .or_else(|| files.default_name.clone())
        .unwrap_or_else(|| "default".to_string());
    let connection = files.find(&name);
    let described = match &connection {
        Some(c) => format!("connection `{name}` ({})", c.origin.display()),
        None => format!(
            "there is no connection `{name}` in {}",
            dir.as_deref()
                .map_or_else(|| "~/.snowflake".to_string(), |d| d.display().to_string())
        ),
    };

    let (pat, pat_source) = match (&env_pat, &connection) {
        (Some(token), _) => (
            Pat::new(token).map_err(|detail| CredentialError::Connection {
                name: format!("${pat_env}"),
                detail: detail.to_string(),
            })?,
            format!("${pat_env}"),
        ),
        (None, Some(c)) => match c.token(&name, home, &mut warnings)? {
            Some(pat) => (pat, described.clone()),
            None => {
                return Err(CredentialError::NoToken {
                    env: pat_env.to_string(),
                    connection: format!("{described} has no token"),
                });
            }
        },
        (None, None) => {
            return Err(CredentialError::NoToken {
                env: pat_env.to_string(),
                connection: described,
            });
        }
    };

    let (base_url, url_source) = match (&cortex.account_url, &connection) {
        (Some(url), _) => (url.as_str().to_string(), "cortex.account_url".to_string()),
        (None, Some(c)) => (c.base_url(&name)?, described.clone()),
        (None, None) => {
            return Err(CredentialError::NoAccount {
                connection: described,
            });
        }
    };
    Ok(Credentials {
        base_url,
        endpoint: cortex.llm_endpoint,
        pat,
        pat_source,
        url_source,
        warnings,
    })
}

/// One connection's fields, as read.
#[derive(Debug)]
struct Connection {
    origin: PathBuf,
    /// Permission bits of the file it came from.
    origin_mode: u32,
    table: toml::Table,
}

impl Connection {
    fn string(&self, key: &str) -> Option<&str> {
        self.table
            .get(key)
            .and_then(toml::Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn token(
        &self,
        name: &str,
        home: Option<&Path>,
        warnings: &mut Vec<String>,
    ) -> Result<Option<Pat>, CredentialError> {
        if let Some(auth) = self.string("authenticator")
            && !auth.eq_ignore_ascii_case("PROGRAMMATIC_ACCESS_TOKEN")
        {
            return Err(CredentialError::Connection {
                name: name.to_string(),
                detail: format!(
                    "uses authenticator `{}`; LLM routing needs a programmatic access token (authenticator = \"PROGRAMMATIC_ACCESS_TOKEN\")",
                    auth.chars().take(40).collect::<String>()
                ),
            });
        }
        let bad = |detail: &str| CredentialError::Connection {
            name: name.to_string(),
            detail: format!("its token is unusable: {detail}"),
        };
        if let Some(token) = self.string("token") {
            warn_if_shared(&self.origin, self.origin_mode, warnings);
            return Pat::new(token).map(Some).map_err(bad);
        }
        let Some(written) = self.string("token_file_path") else {
            return Ok(None);
        };
        let path = expand_home(written, home);
        let (text, mode) = read_bounded(&path)?;
        warn_if_shared(&path, mode, warnings);
        Pat::new(&text).map(Some).map_err(bad)
    }

    fn base_url(&self, name: &str) -> Result<String, CredentialError> {
        let err = |detail: String| CredentialError::Connection {
            name: name.to_string(),
            detail,
        };
        let candidate = if let Some(host) = self.string("host") {
            if host.contains("://") {
                host.to_string()
            } else {
                format!("https://{host}")
            }
        } else if let Some(account) = self.string("account") {
            format!(
                "https://{}.snowflakecomputing.com",
                account_host(account).map_err(err)?
            )
        } else {
            return Err(CredentialError::NoAccount {
                connection: format!(
                    "connection `{name}` ({}) has no `account` or `host`",
                    self.origin.display()
                ),
            });
        };
        AccountUrl::try_from(candidate)
            .map(|u| u.as_str().to_string())
            .map_err(err)
    }
}

/// `MyOrg-My_Account` → `myorg-my-account`; a full `….snowflakecomputing.com` is trimmed.
pub fn account_host(account: &str) -> Result<String, String> {
    let lower = account.trim().to_ascii_lowercase();
    let bare = lower
        .strip_suffix(".snowflakecomputing.com")
        .unwrap_or(&lower)
        .replace('_', "-");
    let valid = !bare.is_empty()
        && bare.len() <= 255
        && bare
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && !bare.starts_with(['-', '.'])
        && !bare.ends_with(['-', '.']);
    if valid {
        Ok(bare)
    } else {
        Err(format!(
            "account `{}` is not an account identifier (letters, digits, `-`, `_`, `.`)",
            account.chars().take(80).collect::<String>()
        ))
    }
}

/// `connections.toml` and `config.toml`, as found.
#[derive(Debug, Default)]
struct ConnectionFiles {
    /// `[name]` tables of connections.toml, with the file's mode.
    connections: Option<(PathBuf, u32, toml::Table)>,
    /// `[connections.name]` tables of config.toml, with the file's mode.
    config: Option<(PathBuf, u32, toml::Table)>,
    default_name: Option<String>,
}

impl ConnectionFiles {
    fn load(dir: Option<&Path>) -> Result<Self, CredentialError> {
        let Some(dir) = dir else {
            return Ok(ConnectionFiles::default());
        };
        let mut files = ConnectionFiles::default();
        let connections_path = dir.join("connections.toml");
        if connections_path.is_file() {
            let (table, mode) = parse_toml(&connections_path)?;
            files.connections = Some((connections_path, mode, table));
        }
        let config_path = dir.join("config.toml");
        if config_path.is_file() {
            let (table, mode) = parse_toml(&config_path)?;
            files.default_name = table
                .get("default_connection_name")
                .and_then(toml::Value::as_str)
                .map(str::to_string);
            let connections = match table.get("connections") {
                Some(toml::Value::Table(t)) => t.clone(),
                _ => toml::Table::new(),
            };
            files.config = Some((config_path, mode, connections));
        }
        if files.default_name.is_none()
            && let Some((_, _, t)) = &files.connections
        {
            files.default_name = t
                .get("default_connection_name")
                .and_then(toml::Value::as_str)
                .map(str::to_string);
        }
        Ok(files)
    }

    /// connections.toml wins over config.toml, as in Snowflake's own tools.
    fn find(&self, name: &str) -> Option<Connection> {
        [&self.connections, &self.config]
            .into_iter()
            .flatten()
            .find_map(|(path, mode, table)| match table.get(name) {
                Some(toml::Value::Table(t)) => Some(Connection {
                    origin: path.clone(),
                    origin_mode: *mode,
                    table: t.clone(),
                }),
                _ => None,
            })
    }
}

fn expand_home(written: &str, home: Option<&Path>) -> PathBuf {
    match (written.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(written),
    }
}

/// A token read from a file others can read has probably leaked; say so.
fn warn_if_shared(path: &Path, mode: u32, warnings: &mut Vec<String>) {
    if mode & 0o077 != 0 {
        warnings.push(format!(
            "{} holds a token and is readable by others (mode {:04o}); fix: chmod 600 {}",
            path.display(),
            mode & 0o7777,
            path.display()
        ));
    }
}

/// Read a small file that may hold secrets, with its permission bits.
fn read_bounded(path: &Path) -> Result<(String, u32), CredentialError> {
    let err = |detail: String| CredentialError::File {
        path: path.to_path_buf(),
        detail,
    };
    let file = std::fs::File::open(path).map_err(|e| err(format!("cannot read: {e}")))?;
    let mode = file.metadata().map(|m| m.mode()).unwrap_or(0);
    let mut text = String::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| err(format!("cannot read: {e}")))?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(err(format!("larger than {MAX_FILE_BYTES} bytes")));
    }
    Ok((text, mode))
}

/// Parse a connection file. Errors give the line only: TOML's own messages quote the source
/// line, which may be a token.
fn parse_toml(path: &Path) -> Result<(toml::Table, u32), CredentialError> {
    let (text, mode) = read_bounded(path)?;
    let table = toml::from_str::<toml::Table>(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        CredentialError::File {
            path: path.to_path_buf(),
            detail: match line {
                Some(l) => format!("invalid TOML at line {l}"),
                None => "invalid TOML".to_string(),
            },
        }
    })?;
    Ok((table, mode))
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use cortex_route_policy::config::values::{EnvVarName, Name};

    const SECRET: &str = "pat-SECRET-0123456789abcdef";

    fn cortex(url: Option<&str>, connection: Option<&str>) -> cortex_route_policy::config::Cortex {
        cortex_route_policy::config::Cortex {
            binary: cortex_route_policy::config::values::ConfigPath::new("/bin/true").unwrap(),
            connection: connection.map(Name::new_unchecked),
            account_url: url.map(|u| AccountUrl::try_from(u.to_string()).unwrap()),
            pat_env: EnvVarName::new_unchecked("SNOWFLAKE_PAT"),
            protocol: cortex_route_policy::config::values::Protocol::Auto,
            llm_endpoint: LlmEndpoint::ChatCompletions,
        }
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        p
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn env_pat_and_account_url_need_no_files() {
        let env = |n: &str| (n == "SNOWFLAKE_PAT").then(|| SECRET.to_string());
        let c = resolve(&cortex(Some("https://x.example"), None), None, &env, None).unwrap();
        assert_eq!(c.base_url, "https://x.example");
        assert_eq!(c.pat.expose(), SECRET);
        assert_eq!(c.pat_source, "$SNOWFLAKE_PAT");
        assert_eq!(
            c.endpoint,
            LlmEndpoint::ChatCompletions,
            "cortex.llm_endpoint is carried along"
        );
    }

    #[test]
    fn connection_token_and_account_with_underscores() {
        let home = tempfile::tempdir().unwrap();
        write(
            home.path(),
            ".snowflake/connections.toml",
            &format!(
                "[default]\naccount = \"MyOrg-My_Account\"\nuser = \"ana\"\nauthenticator = \"PROGRAMMATIC_ACCESS_TOKEN\"\ntoken = \"{SECRET}\"\n"
            ),
        );
        let c = resolve(&cortex(None, None), None, &no_env, Some(home.path())).unwrap();
        assert_eq!(
            c.base_url,
            "https://myorg-my-account.snowflakecomputing.com"
        );
        assert_eq!(c.endpoint, LlmEndpoint::ChatCompletions);
        assert_eq!(c.pat.expose(), SECRET);
        assert!(c.pat_source.contains("connection `default`"));
    }

    #[test]
    fn named_connection_from_config_toml_with_token_file_and_host() {
        let home = tempfile::tempdir().unwrap();
        let token_file = write(home.path(), "tok/pat.txt", &format!("{SECRET}\n"));
        write(
            home.path(),
            ".snowflake/config.toml",
            &format!(
                "default_connection_name = \"prod\"\n[connections.prod]\nhost = \"acme.privatelink.snowflakecomputing.com\"\ntoken_file_path = \"{}\"\n",
                token_file.display()
            ),
        );
        let c = resolve(&cortex(None, None), None, &no_env, Some(home.path())).unwrap();
        assert_eq!(
            c.base_url,
            "https://acme.privatelink.snowflakecomputing.com"
        );
        assert_eq!(c.pat.expose(), SECRET);
        // The flag wins over default_connection_name.
        let err =
            resolve(&cortex(None, None), Some("dev"), &no_env, Some(home.path())).unwrap_err();
        assert!(err.to_string().contains("no connection `dev`"), "{err}");
    }

    #[test]
    fn other_authenticators_are_not_used_as_pats() {
        let home = tempfile::tempdir().unwrap();
        write(
            home.path(),
            ".snowflake/connections.toml",
            &format!(
                "[default]\naccount = \"a\"\nauthenticator = \"oauth\"\ntoken = \"{SECRET}\"\n"
            ),
        );
        let err = resolve(&cortex(None, None), None, &no_env, Some(home.path())).unwrap_err();
        assert!(err.to_string().contains("authenticator `oauth`"), "{err}");
    }

    #[test]
    fn no_token_anywhere_says_how_to_fix_it() {
        let home = tempfile::tempdir().unwrap();
        let err = resolve(&cortex(None, None), None, &no_env, Some(home.path())).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("$SNOWFLAKE_PAT is not set"), "{text}");
        assert!(text.contains("fix:"), "{text}");
    }

    #[test]
    fn errors_and_debug_never_show_the_token() {
        let home = tempfile::tempdir().unwrap();
        // Broken TOML on the token's own line.
        write(
            home.path(),
            ".snowflake/connections.toml",
            &format!("[default]\ntoken = \"{SECRET}\nuser = 1\n"),
        );
        let err = resolve(&cortex(None, None), None, &no_env, Some(home.path())).unwrap_err();
        assert!(!format!("{err} {err:?}").contains("SECRET"), "{err}");
        assert!(err.to_string().contains("line"), "{err}");

        let pat = Pat::new(SECRET).unwrap();
        assert_eq!(format!("{pat:?}"), "Pat(<redacted>)");
        let env = |n: &str| (n == "SNOWFLAKE_PAT").then(|| SECRET.to_string());
        let c = resolve(&cortex(Some("https://x.example"), None), None, &env, None).unwrap();
        assert!(!format!("{c:?}").contains("SECRET"));
    }

    #[test]
    fn tokens_that_could_split_a_header_are_refused() {
        assert!(Pat::new("abc\r\nX-Evil: 1").is_err());
        assert!(Pat::new("a b").is_err());
        assert!(Pat::new("  ").is_err());
    }

    #[test]
    fn readable_token_file_is_used_with_a_warning() {
        let home = tempfile::tempdir().unwrap();
        let p = write(
            home.path(),
            ".snowflake/connections.toml",
            &format!("[default]\naccount = \"a\"\ntoken = \"{SECRET}\"\n"),
        );
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        let c = resolve(&cortex(None, None), None, &no_env, Some(home.path())).unwrap();
        assert!(
            c.warnings.iter().any(|w| w.contains("chmod 600")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn account_names_are_normalized_or_refused() {
        assert_eq!(account_host("Org-Acct_1").unwrap(), "org-acct-1");
        assert_eq!(
            account_host("xy12345.eu-west-1.snowflakecomputing.com").unwrap(),
            "xy12345.eu-west-1"
        );
        assert!(account_host("evil.com/x?").is_err());
        assert!(account_host("").is_err());
    }

    #[test]
    fn plain_http_host_is_refused_unless_loopback() {
        let home = tempfile::tempdir().unwrap();
        let env = |n: &str| (n == "SNOWFLAKE_PAT").then(|| SECRET.to_string());
        write(
            home.path(),
            ".snowflake/connections.toml",
            "[default]\nhost = \"http://acme.snowflakecomputing.com\"\n",
        );
        let err = resolve(&cortex(None, None), None, &env, Some(home.path())).unwrap_err();
        assert!(err.to_string().contains("https"), "{err}");
    }
}
