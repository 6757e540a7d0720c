//! From parsed flags to an exit code: load settings (unless the command must work without them),
//! dispatch, and turn errors into messages and documented exit codes.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::error::code;

use crate::cli::{AuditCommand, Cli, Command, ConfigCommand, HooksCommand};
use crate::commands::{self, Context};
use crate::error::{Error, Result};
use crate::ui::Ui;
use cortex_route_runtime::config_files::{self as config, LoadOptions};

/// The whole program. `main.rs` calls this and nothing else.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(usage_error(&err)),
    };
    let ui = Ui::new(cli.global.json, cli.global.color, cli.global.verbose);
    crate::diagnostics::init(cli.global.verbose);
    let code = match dispatch(cli, &ui) {
        Ok(code) => code,
        Err(err) => {
            report(&ui, &err);
            err.exit_code()
        }
    };
    ExitCode::from(code)
}

/// Flags clap could not parse, or `--help`/`--version`. With `--json` anywhere before a `--`, a
/// usage error is also one JSON object on stdout, as every other outcome is.
fn usage_error(err: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    let informational = matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let code = if informational { code::OK } else { code::USAGE };
    // clap writes help to stdout and errors to stderr, with colors only on a terminal; a
    // closed pipe is an error it returns, not a panic.
    let _ = err.print();
    if informational {
        return code;
    }
    let json = std::env::args()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| a == "--json");
    if json {
        let message = err.render().to_string();
        let obj = serde_json::json!({
            "status": "error",
            "error": message.trim_end(),
            "exit_code": code,
        });
        let _ = writeln!(crate::ui::stdout(), "{obj}");
    }
    code
}

fn report(ui: &Ui, err: &Error) {
    ui.error(err);
    if ui.json {
        // Agents read stdout: give them the failure in the same channel as a result.
        let mut obj = serde_json::json!({
            "status": "error",
            "error": err.to_string(),
            "exit_code": err.exit_code(),
        });
        // A failed `audit ship` still says what it shipped before it stopped.
        if let Error::AuditShip(failure) = err
            && let (Some(map), Ok(serde_json::Value::Object(done))) =
                (obj.as_object_mut(), serde_json::to_value(&failure.summary))
        {
            for (key, value) in done {
                map.entry(key).or_insert(value);
            }
        }
        let _ = writeln!(crate::ui::stdout(), "{obj}");
    }
}

fn dispatch(cli: Cli, ui: &Ui) -> Result<u8> {
    let opts = LoadOptions {
        config: cli.global.config.clone(),
        policies: cli.global.policies.clone(),
    };
    // These must work when the configuration is broken: they are how people find out why.
    match &cli.command {
        Some(Command::Completions { shell }) => return commands::completions(*shell),
        Some(Command::Config(ConfigCommand::Check { files, layer })) => {
            return commands::config_cmd::check(&opts, files, *layer, ui);
        }
        // Hooks answer in their agent's contract, whatever the configuration says.
        Some(Command::Hook(hook)) => return Ok(commands::hook::run(*hook, &opts)),
        Some(Command::Hooks(HooksCommand::Install(target))) => {
            return commands::hooks::install(&opts, target, ui);
        }
        Some(Command::Hooks(HooksCommand::Uninstall(target))) => {
            return commands::hooks::uninstall(target, ui);
        }
        Some(Command::Doctor) => return commands::doctor::run(&opts, ui),
        Some(Command::Audit(AuditCommand::Verify {
            path: Some(path),
            expect_head,
        })) => {
            return commands::audit::verify_path(path, expect_head.as_deref(), ui);
        }
        Some(Command::Audit(AuditCommand::Head { path: Some(path) })) => {
            return commands::audit::head(path, ui);
        }
        _ => {}
    }

    let loaded = config::load(&opts)?;
    // Warnings go to stderr in every mode: a relaxation that was ignored must never be silent.
    for warning in &loaded.warnings {
        ui.warn(warning);
    }
    let ctx = Context {
        loaded,
        ui: *ui,
        opts,
    };

    match cli.command {
        None => {
            if cli.prompt.is_empty() {
                return Err(Error::Usage(
                    "no prompt given\n  try: cortex-route route \"your request\", or cortex-route --help"
                        .to_string(),
                ));
            }
            commands::run::run(&ctx, &cli.run, &cli.prompt)
        }
        Some(Command::Run(cmd)) => commands::run::run(&ctx, &cmd.run, &cmd.prompt),
        Some(Command::Route(cmd)) => commands::route::run(&ctx, &cmd),
        Some(Command::Sanitize) => commands::sanitize::run(&ctx),
        Some(Command::Discover { refresh }) => commands::discover::run(&ctx, refresh),
        Some(Command::Sessions { limit }) => commands::sessions::run(&ctx, limit),
        Some(Command::Audit(AuditCommand::Verify { path, expect_head })) => {
            commands::audit::verify(&ctx, path.as_deref(), expect_head.as_deref())
        }
        Some(Command::Audit(AuditCommand::Head { path })) => {
            commands::audit::head(&commands::audit::log_path(&ctx, path.as_deref()), &ctx.ui)
        }
        Some(Command::Audit(AuditCommand::Tail { lines })) => commands::audit::tail(&ctx, lines),
        Some(Command::Audit(AuditCommand::Ship { quiet })) => commands::audit::ship(&ctx, quiet),
        Some(Command::Config(ConfigCommand::Show)) => commands::config_cmd::show(&ctx),
        Some(Command::Approve { ticket }) => commands::approve::run(&ctx, &ticket),
        Some(Command::Config(ConfigCommand::Check { .. }))
        | Some(Command::Hook(_))
        | Some(Command::Hooks(_))
        | Some(Command::Doctor)
        | Some(Command::Completions { .. }) => {
            Err(Error::Internal("command dispatched twice".to_string()))
        }
    }
}
