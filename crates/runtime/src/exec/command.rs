//! The exact Cortex command line and the environment it runs in.
//!
//! `cortex -p PROMPT --output-format stream-json [-c CONNECTION]` followed by one
//! `--disallowed-tools VALUE` pair per blocked tool. Never `--input-format`: stdin is closed, and a
//! prompt must only ever come from `-p`.
//!
//! The environment is an allowlist, not a copy of ours: Cortex gets what it needs to find its
//! config, connections, certificates and proxies, and nothing else (no cloud keys, no tokens of
//! other tools the calling agent happens to have).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Variables passed through by exact name.
const ENV_NAMES: &[&str] = &[
    "PATH",
    "HOME",
    "USER",
    "LOGNAME",
    "SHELL",
    "LANG",
    "LANGUAGE",
    "TERM",
    "TZ",
    "TMPDIR",
    "NO_COLOR",
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
];
/// Variables passed through by prefix: locale, XDG folders, Snowflake's and Cortex's own settings.
const ENV_PREFIXES: &[&str] = &["LC_", "XDG_", "SNOWFLAKE_", "CORTEX_"];

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

/// Build the command line.
pub fn build(
    program: PathBuf,
    prompt: &str,
    connection: Option<&str>,
    disallowed: &[String],
) -> CortexCommand {
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
    if let Some(connection) = connection {
        args.push("-c".to_string());
        args.push(connection.to_string());
    }
    for tool in disallowed {
        args.push("--disallowed-tools".to_string());
        args.push(tool.clone());
    }
    CortexCommand { program, args }
}

/// The environment for Cortex: the allowlisted part of `vars`.
pub fn child_env(vars: impl Iterator<Item = (OsString, OsString)>) -> Vec<(OsString, OsString)> {
    vars.filter(|(name, _)| {
        let Some(name) = name.to_str() else {
            return false;
        };
        ENV_NAMES.contains(&name) || ENV_PREFIXES.iter().any(|p| name.starts_with(p))
    })
    .collect()
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

    #[test]
    fn one_flag_per_disallowed_tool_and_never_input_format() {
        let cmd = build(
            PathBuf::from("cortex"),
            "show tables",
            Some("prod"),
            &["Bash".to_string(), "Bash(rm -rf *)".to_string()],
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
                "Bash(rm -rf *)"
            ]
        );
        assert!(!cmd.args.iter().any(|a| a == "--input-format"));
    }

    #[test]
    fn a_prompt_that_looks_like_a_flag_stays_a_prompt() {
        let cmd = build(PathBuf::from("cortex"), "--help me", None, &[]);
        assert_eq!(cmd.args[1], " --help me");
    }

    #[test]
    fn environment_is_an_allowlist() {
        let vars = [
            ("PATH", "/bin"),
            ("HOME", "/h"),
            ("SNOWFLAKE_PAT", "x"),
            ("LC_ALL", "C"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
            ("GITHUB_TOKEN", "t"),
            ("ANTHROPIC_API_KEY", "k"),
        ]
        .map(|(k, v)| (OsString::from(k), OsString::from(v)));
        let env = child_env(vars.into_iter());
        let names: Vec<_> = env.iter().map(|(k, _)| k.to_str().unwrap()).collect();
        assert_eq!(names, ["PATH", "HOME", "SNOWFLAKE_PAT", "LC_ALL"]);
    }

    #[test]
    fn shell_line_quotes_what_needs_it() {
        let cmd = build(PathBuf::from("/usr/bin/cortex"), "it's \"x\"", None, &[]);
        assert_eq!(
            shell_line(&cmd),
            r#"/usr/bin/cortex -p 'it'\''s "x"' --output-format stream-json"#
        );
    }
}
