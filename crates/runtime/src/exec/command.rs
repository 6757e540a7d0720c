//! The exact Cortex command lines and the environment they run in.
//!
//! - Gate mode (Snowflake's SDK, `cortex-code-agent-sdk` 1.0.7 `subprocess_cli.py` l.130-305):
//!   `cortex --output-format stream-json --input-format stream-json --permission-prompt-tool stdio
//!   [--connection C] [--resume ID]` plus one `--disallowed-tools VALUE` per blocked tool. No
//!   prompt in argv: it goes on stdin as the first user message, so its size is not limited by
//!   the kernel's argument limit.
//! - Print mode: `cortex -p PROMPT --output-format stream-json [-c C] [--resume ID]`, the
//!   `--disallowed-tools` values, and one `--allowed-tools VALUE` per approved tool (headless `-p`
//!   denies permission-checked tools not allowed explicitly). Never `--input-format`: stdin is
//!   closed, and a prompt must only ever come from `-p`.
//!
//! The environment is an allowlist, not a copy of ours: Cortex gets what it needs to find its
//! config, connections, certificates and proxies, and nothing else — no cloud keys, no tokens of
//! other tools the calling agent happens to have, not cortex-route's own PAT. Everything Cortex gets
//! the model can read back (`env`), which the policy engine denies, but what is not passed cannot
//! leak at all. `CORTEX_CODE_ENTRYPOINT=cortex-route` attributes the usage, as Snowflake's SDK
//! (`sdk-python`) and Claude Code plugin (`Claude Code Plugin`) name themselves.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The single-argument limit of Linux `execve` (`MAX_ARG_STRLEN`, 32 pages): a print-mode
/// prompt at or above it cannot be started.
pub const MAX_ARG_BYTES: usize = 128 << 10;

/// Variables passed through by exact name, and why.
const ENV_NAMES: &[&str] = &[
    // Finding programs, the home folder (Cortex's config, connections, sessions) and the user.
    "PATH",
    "HOME",
    "USER",
    "LOGNAME",
    "SHELL",
    // Language, terminal and time zone of the output.
    "LANG",
    "LANGUAGE",
    "TERM",
    "TZ",
    "TMPDIR",
    "NO_COLOR",
    // Corporate certificates and proxies, without which Cortex cannot reach Snowflake.
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "NODE_EXTRA_CA_CERTS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
    // Moves `~/.snowflake` (connections, Cortex settings, skills, sessions).
    "SNOWFLAKE_HOME",
    // Which connection is used when none is named (Snowflake connector convention).
    "SNOWFLAKE_DEFAULT_CONNECTION_NAME",
    // Moves Cortex's own folder (seen in public notes on Cortex Code; harmless when unused).
    "CORTEX_HOME",
];
/// Variables passed through by prefix: locale, XDG folders, and connection parameters given the
/// Snowflake connector's way (`SNOWFLAKE_CONNECTIONS_<NAME>_<KEY>`), which Cortex needs to connect
/// when the user keeps them out of `connections.toml`.
const ENV_PREFIXES: &[&str] = &["LC_", "XDG_", "SNOWFLAKE_CONNECTIONS_"];
/// Set for Cortex, whatever our environment says.
pub const ENTRYPOINT: (&str, &str) = ("CORTEX_CODE_ENTRYPOINT", "cortex-route");

/// The program and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CortexCommand {
    pub program: PathBuf,
    pub args: Vec<String>,
}

/// Find the Cortex binary: `cortex.binary` as a path, or a bare name on PATH.
pub fn find_cortex(configured: &Path) -> Result<PathBuf, String> {
    crate::proc::resolve_binary(configured).ok_or_else(|| {
        if configured.components().count() > 1 {
            format!(
                "{} does not exist or is not executable",
                configured.display()
            )
        } else {
            format!("`{}` is not on PATH", configured.display())
        }
    })
}

/// How Cortex is run: through the gate, or in print mode with the tripwire alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Gate,
    Print,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Gate => "gate",
            Mode::Print => "print",
        }
    }
}

/// What goes on the command line besides the mode's own flags.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    pub connection: Option<&'a str>,
    pub resume: Option<&'a str>,
    pub disallowed: &'a [String],
    /// Print mode: the approved tools (`--allowed-tools`); `None` when only the envelope limits.
    pub allowed: Option<&'a [String]>,
}

/// Gate mode: the prompt is not on the command line.
pub fn build_gate(program: PathBuf, opts: &Options<'_>) -> CortexCommand {
    let mut args: Vec<String> = [
        "--output-format",
        "stream-json",
        "--input-format",
        "stream-json",
        "--permission-prompt-tool",
        "stdio",
    ]
    .map(String::from)
    .to_vec();
    if let Some(connection) = opts.connection {
        args.extend(["--connection".to_string(), connection.to_string()]);
    }
    if let Some(id) = opts.resume {
        args.extend(["--resume".to_string(), id.to_string()]);
    }
    for tool in opts.disallowed {
        args.extend(["--disallowed-tools".to_string(), tool.clone()]);
    }
    CortexCommand { program, args }
}

/// Print mode: `-p PROMPT`, stdin closed.
pub fn build_print(program: PathBuf, prompt: &str, opts: &Options<'_>) -> CortexCommand {
    // A prompt starting with `-` would be read as a flag by Cortex's argument parser.
    let prompt = if prompt.starts_with('-') {
        format!(" {prompt}")
    } else {
        prompt.to_string()
    };
    let mut args = vec![
        "-p".to_string(),
        prompt,
        "--output-format".to_string(),
        "stream-json".to_string(),
    ];
    if let Some(connection) = opts.connection {
        args.extend(["-c".to_string(), connection.to_string()]);
    }
    if let Some(id) = opts.resume {
        args.extend(["--resume".to_string(), id.to_string()]);
    }
    for tool in opts.disallowed {
        args.extend(["--disallowed-tools".to_string(), tool.clone()]);
    }
    for tool in opts.allowed.unwrap_or_default() {
        args.extend(["--allowed-tools".to_string(), tool.clone()]);
    }
    CortexCommand { program, args }
}

/// The environment for Cortex: the allowlisted part of `vars`, plus the entry point.
pub fn child_env(vars: impl Iterator<Item = (OsString, OsString)>) -> Vec<(OsString, OsString)> {
    let mut env: Vec<(OsString, OsString)> = vars
        .filter(|(name, _)| {
            let Some(name) = name.to_str() else {
                return false;
            };
            name != ENTRYPOINT.0
                && (ENV_NAMES.contains(&name) || ENV_PREFIXES.iter().any(|p| name.starts_with(p)))
        })
        .collect();
    env.push((ENTRYPOINT.0.into(), ENTRYPOINT.1.into()));
    env
}

/// The command as a line a person can paste into a POSIX shell.
pub fn shell_line(cmd: &CortexCommand) -> String {
    let program = cmd.program.to_string_lossy().into_owned();
    shell_words(
        &std::iter::once(program)
            .chain(cmd.args.iter().cloned())
            .collect::<Vec<_>>(),
    )
}

/// `argv` quoted for a POSIX shell, space-separated.
pub fn shell_words(argv: &[String]) -> String {
    argv.iter()
        .map(|a| shell_quote(a))
        .collect::<Vec<_>>()
        .join(" ")
}

fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:@%+,".contains(&b));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts<'a>(disallowed: &'a [String], allowed: Option<&'a [String]>) -> Options<'a> {
        Options {
            connection: Some("prod"),
            resume: None,
            disallowed,
            allowed,
        }
    }

    #[test]
    fn print_mode_has_one_flag_per_tool_and_never_input_format() {
        let blocked = ["Bash".to_string(), "bash(rm*)".to_string()];
        let allowed = ["snowflake_sql_execute".to_string()];
        let cmd = build_print(
            PathBuf::from("cortex"),
            "show tables",
            &opts(&blocked, Some(&allowed)),
        );
        assert_eq!(
            cmd.args,
            [
                "-p",
                "show tables",
                "--output-format",
                "stream-json",
                "-c",
                "prod",
                "--disallowed-tools",
                "Bash",
                "--disallowed-tools",
                "bash(rm*)",
                "--allowed-tools",
                "snowflake_sql_execute"
            ]
        );
        assert!(!cmd.args.iter().any(|a| a == "--input-format"));
    }

    #[test]
    fn gate_mode_keeps_the_prompt_off_the_command_line() {
        let blocked = ["Bash".to_string()];
        let cmd = build_gate(PathBuf::from("cortex"), &opts(&blocked, None));
        assert_eq!(
            cmd.args,
            [
                "--output-format",
                "stream-json",
                "--input-format",
                "stream-json",
                "--permission-prompt-tool",
                "stdio",
                "--connection",
                "prod",
                "--disallowed-tools",
                "Bash"
            ]
        );
    }

    #[test]
    fn a_prompt_that_looks_like_a_flag_stays_a_prompt() {
        let cmd = build_print(PathBuf::from("cortex"), "--help me", &Options::default());
        assert_eq!(cmd.args[1], " --help me");
    }

    #[test]
    fn environment_is_an_allowlist_without_our_own_pat() {
        let vars = [
            ("PATH", "/bin"),
            ("HOME", "/h"),
            ("SNOWFLAKE_PAT", "x"),
            ("SNOWFLAKE_HOME", "/h/sf"),
            ("SNOWFLAKE_CONNECTIONS_PROD_ACCOUNT", "acme"),
            ("CORTEX_CODE_ENTRYPOINT", "forged"),
            ("LC_ALL", "C"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
            ("GITHUB_TOKEN", "t"),
            ("ANTHROPIC_API_KEY", "k"),
        ]
        .map(|(k, v)| (OsString::from(k), OsString::from(v)));
        let env = child_env(vars.into_iter());
        let names: Vec<_> = env.iter().map(|(k, _)| k.to_str().unwrap()).collect();
        assert_eq!(
            names,
            [
                "PATH",
                "HOME",
                "SNOWFLAKE_HOME",
                "SNOWFLAKE_CONNECTIONS_PROD_ACCOUNT",
                "LC_ALL",
                "CORTEX_CODE_ENTRYPOINT"
            ]
        );
        assert_eq!(env.last().unwrap().1, "cortex-route");
    }

    #[test]
    fn shell_line_quotes_what_needs_it() {
        let cmd = build_print(
            PathBuf::from("/usr/bin/cortex"),
            "it's \"x\"",
            &Options::default(),
        );
        assert_eq!(
            shell_line(&cmd),
            r#"/usr/bin/cortex -p 'it'\''s "x"' --output-format stream-json"#
        );
    }
}
