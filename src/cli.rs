//! The command-line surface: every command and flag, documented where it is defined.
//!
//! Parsing only. What each command does lives in `crate::commands`; `crate::app` glues the two.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use cortex_route_policy::envelope::Envelope;

const AFTER_HELP: &str = "\
Examples:
  cortex-route route \"which warehouses burned the most credits last week?\"
  cortex-route route --json \"refactor src/main.rs\"          # exit 6: not Snowflake work
  cortex-route \"show the top 10 tables by storage in ANALYTICS_DB\"
  echo 'mail bob@example.com' | cortex-route sanitize
  cortex-route config show
  cortex-route doctor

Exit codes:
  0 done                      1 Cortex ran and failed, or an internal error
  2 usage or configuration    3 awaiting approval (a person runs `approve ID`)
  4 denied by the person      5 blocked by policy (credential path, injection,
  6 routed to the coding        envelope not allowed, tripwire)
    agent, nothing run        124 timed out    130 interrupted

A bare prompt is the same as `run`: `cortex-route PROMPT` == `cortex-route run PROMPT`.
If your prompt starts with a command name, write `cortex-route run -- PROMPT`.";

/// Route Snowflake work from coding agents to Snowflake Cortex Code, inside a security envelope,
/// with a tamper-evident audit trail.
#[derive(Debug, Parser)]
#[command(
    name = "cortex-route",
    version,
    about,
    after_help = AFTER_HELP,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Run flags for the bare `cortex-route PROMPT` form.
    #[command(flatten)]
    pub run: RunArgs,

    /// The prompt for the bare form (same as `run PROMPT`). `-` reads it from standard input.
    #[arg(value_name = "PROMPT")]
    pub prompt: Vec<String>,
}

/// Flags accepted before or after any command.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// User config file. Default: $CORTEX_ROUTE_CONFIG, $CORTEX_SKILL_CONFIG, else every installed
    /// agent's skill config (~/.claude/skills/cortex-code/config.yaml, and cursor's, codex's: the
    /// stricter value of each key wins), else $XDG_CONFIG_HOME/cortex-route/config.yaml.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Extra policy file, applied after the user config. Tighten-only: it can never relax a
    /// setting below the defaults plus the organization policy. Repeatable.
    #[arg(long = "policy", global = true, value_name = "PATH")]
    pub policies: Vec<PathBuf>,

    /// Machine-readable output: one JSON object on stdout (progress, if any, on stderr).
    #[arg(long, global = true)]
    pub json: bool,

    /// More detail on stderr (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// When to use colors. `NO_COLOR` in the environment means `never` unless this is `always`.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The commands. See DESIGN.md *Commands*.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The whole pipeline: guard, route, approve, enrich, execute in Cortex, audit.
    Run(RunCommand),

    /// The routing decision only (guards, route, envelope): nothing executed, nothing audited.
    Route(RouteCommand),

    /// Redact PII and secrets: standard input to standard output. `--json` lists the findings.
    Sanitize,

    /// Enumerate the Cortex skills installed for this user into the signed cache.
    Discover {
        /// Ignore the cache and run `cortex skill list` again.
        #[arg(long)]
        refresh: bool,
    },

    /// Summaries of recent Cortex sessions (sanitized).
    Sessions {
        /// How many sessions to show.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=100))]
        limit: u16,
    },

    /// Inspect the audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),

    /// Inspect and validate configuration and policy.
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Check what is installed, configured and reachable, and say what is wrong.
    Doctor,

    /// A person approves (or refuses) an approval ticket from an exit-3 run. Needs a terminal
    /// (stdin and stdout), unless `security.ticket_approval: agent_ui`.
    Approve {
        /// The ticket id the run printed.
        #[arg(value_name = "ID")]
        ticket: String,
    },

    /// The commands agents run as hooks (Claude Code, Cortex). Not for people: see `hooks`.
    #[command(subcommand)]
    Hook(HookCommand),

    /// Add or remove cortex-route's hooks in Cortex's and Claude Code's settings.
    #[command(subcommand)]
    Hooks(HooksCommand),

    /// Print shell completions for SHELL to standard output.
    Completions {
        /// The shell to generate completions for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// `run` arguments.
#[derive(Debug, Args)]
pub struct RunCommand {
    #[command(flatten)]
    pub run: RunArgs,

    /// The request. `-` reads it from standard input.
    #[arg(value_name = "PROMPT", required = true)]
    pub prompt: Vec<String>,
}

/// `route` arguments.
#[derive(Debug, Args)]
pub struct RouteCommand {
    /// Use this envelope instead of the proposed one (must be in `allowed_envelopes`).
    #[arg(long, value_name = "ENVELOPE")]
    pub envelope: Option<Envelope>,

    /// The request. `-` reads it from standard input.
    #[arg(value_name = "PROMPT", required = true)]
    pub prompt: Vec<String>,
}

/// Flags of the pipeline (`run`, and the bare form).
#[derive(Debug, Clone, Default, Args)]
pub struct RunArgs {
    /// Run under this envelope instead of the proposed one (RO, RW, RESEARCH, DEPLOY, NONE).
    #[arg(long, value_name = "ENVELOPE")]
    pub envelope: Option<Envelope>,

    /// Snowflake connection name from ~/.snowflake/connections.toml (passed to Cortex as
    /// `--connection` in gate mode, as the SDK does; `-c` in print mode, as the older skill does).
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,

    /// Kill Cortex after this many seconds (never longer than `execution_timeout_seconds`).
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub timeout: Option<u64>,

    /// The calling agent's recent conversation: a JSON list of {role, content}, or plain text.
    #[arg(long, value_name = "PATH")]
    pub context_file: Option<PathBuf>,

    /// Do not add summaries of recent Cortex sessions to the prompt.
    #[arg(long)]
    pub no_sessions: bool,

    /// Do everything up to the exact Cortex command line, print it, run nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Execute what a person approved earlier (the ticket from an exit-3 run).
    #[arg(long, value_name = "ID")]
    pub approval_ticket: Option<String>,

    /// Block this tool too, on top of the envelope's list. One value per flag (repeat it), or a
    /// comma-separated list: `--disallowed-tools Task --disallowed-tools WebFetch`.
    #[arg(long, value_name = "TOOL", num_args = 1, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub disallowed_tools: Vec<String>,

    /// Never ask on this terminal: issue an approval ticket instead (exit 3), as without one.
    #[arg(long)]
    pub non_interactive: bool,

    /// Continue a Cortex session (Cortex's `--resume`): a session id from `cortex-route
    /// sessions`, or `last` (Cortex's last session, resolved before anything runs). The run is
    /// guarded, routed, approved and enveloped like a new one; nothing of the old session's
    /// permissions carries over.
    #[arg(long, value_name = "ID|last")]
    pub resume: Option<String>,
}

/// `audit` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain across rotated files; report the first broken record.
    Verify {
        /// The audit log (default: `audit_log_path` from the configuration).
        path: Option<PathBuf>,
        /// An `entry_hash` kept elsewhere (`audit head` printed it earlier): it must be a record
        /// of this log, proving nothing up to it was cut off or rewritten. Also what lets a
        /// copied log without its head file verify.
        #[arg(long, value_name = "HASH")]
        expect_head: Option<String>,
    },
    /// Print the hash of the newest record (the head). Keep it somewhere the agent cannot
    /// write; `audit verify --expect-head HASH` later proves nothing before it was removed.
    Head {
        /// The audit log (default: `audit_log_path` from the configuration).
        path: Option<PathBuf>,
    },
    /// Show the last records.
    Tail {
        /// How many records.
        #[arg(short = 'n', long = "lines", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        lines: u32,
    },
    /// Send the records not yet shipped to the organization's Snowflake (`security.audit_sink`),
    /// each exactly once, then a heartbeat. `--json`: shipped, pending, watermark, last error.
    Ship {
        /// Print nothing (the background ship after a run); the exit code still tells.
        #[arg(long)]
        quiet: bool,
    },
}

/// `hook` subcommands: each reads the agent's hook JSON on standard input.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum HookCommand {
    /// Claude Code UserPromptSubmit: prints routing context for Snowflake work, else `{}`.
    /// Never blocks the prompt: always exit 0.
    ClaudePrompt,
    /// Claude Code SessionStart: refreshes the Cortex skill cache in the background and returns
    /// at once. Always exit 0, prints nothing.
    SessionStart,
    /// Cortex PreToolUse: exit 0 allows the call, exit 2 denies it (the reason on stderr). Fails
    /// closed: unreadable input, a broken policy or an internal error all exit 2.
    CortexPreToolUse,
}

/// `hooks` subcommands.
#[derive(Debug, Subcommand)]
pub enum HooksCommand {
    /// Add our hooks, keeping every other hook and setting as it was. Running it again changes
    /// nothing, or points our entries at this binary.
    Install(HooksTarget),
    /// Remove our hooks, and nothing else. A file left as it was before `install` is restored
    /// byte for byte.
    Uninstall(HooksTarget),
}

/// Which agents' settings `hooks install`/`uninstall` edit.
#[derive(Debug, Clone, Args)]
#[command(group = clap::ArgGroup::new("agent").required(true).multiple(true))]
pub struct HooksTarget {
    /// Cortex's PreToolUse hook, judging every Cortex session by the organization policy:
    /// `~/.snowflake/cortex/hooks.json` (`$SNOWFLAKE_HOME/cortex/hooks.json`), or with
    /// `--project` that project's `.cortex/settings.json`.
    #[arg(long, group = "agent")]
    pub cortex: bool,

    /// Claude Code's UserPromptSubmit and SessionStart hooks and the ask rule for
    /// `cortex-route approve`: `~/.claude/settings.json`, or with `--project` that project's
    /// `.claude/settings.json`. Not needed with the Claude Code plugin, which brings the hooks.
    #[arg(long, group = "agent")]
    pub claude: bool,

    /// A project folder instead of the user's settings.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

/// What `config check --as` validates files as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConfigLayer {
    /// The organization policy: the first file is the authority, the rest can only tighten it;
    /// ownership and permissions are checked as for `/etc/cortex-route/policy.yaml`.
    Org,
    /// A user config: tighten-only over the defaults; a relaxation it would need is a problem.
    User,
    /// A `--policy` file: tighten-only over the defaults; a relaxation is a problem.
    Policy,
}

/// `config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// The effective settings, each with where it came from (`--json`: the same shape as the YAML).
    Show,
    /// Validate configuration and policy files (for CI): non-zero exit on any problem.
    ///
    /// Without FILES, checks the files this machine would load. With FILES, each is validated on
    /// its own as the layer `--as` names (default: `--policy` files), and the effective result is
    /// shown; a setting a file would relax is a problem too.
    Check {
        /// Files to validate.
        files: Vec<PathBuf>,
        /// Check FILES as this layer.
        #[arg(long = "as", value_enum, value_name = "LAYER", default_value_t = ConfigLayer::Policy, requires = "files")]
        layer: ConfigLayer,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn bare_prompt_is_accepted_with_run_flags() {
        let cli = Cli::try_parse_from(["cortex-route", "--envelope", "ro", "show", "tables"])
            .expect("bare form parses");
        assert!(cli.command.is_none());
        assert_eq!(cli.prompt, ["show", "tables"]);
        assert_eq!(cli.run.envelope, Some(Envelope::Ro));
    }

    #[test]
    fn subcommand_wins_over_bare_prompt() {
        let cli = Cli::try_parse_from(["cortex-route", "route", "--json", "hi"]).expect("parses");
        assert!(matches!(cli.command, Some(Command::Route(_))));
        assert!(cli.global.json);
    }

    #[test]
    fn disallowed_tools_take_one_value_per_flag_and_leave_the_prompt_alone() {
        let cli = Cli::try_parse_from([
            "cortex-route",
            "run",
            "--disallowed-tools",
            "Foo",
            "--disallowed-tools",
            "Bar,Baz",
            "show tables",
        ])
        .expect("parses");
        match cli.command {
            Some(Command::Run(r)) => {
                assert_eq!(r.run.disallowed_tools, ["Foo", "Bar", "Baz"]);
                assert_eq!(r.prompt, ["show tables"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_envelope_is_a_usage_error() {
        let err = Cli::try_parse_from(["cortex-route", "route", "--envelope", "ADMIN", "x"])
            .expect_err("must fail");
        assert!(
            err.to_string().contains("RO, RW, RESEARCH, DEPLOY, NONE"),
            "{err}"
        );
    }
}
