//! `config show` and `config check`.

use std::io::Write;
use std::path::PathBuf;

use serde_json::Value;

use super::Context;
use crate::cli::ConfigLayer;
use crate::error::{Error, Result, code};
use crate::ui::{CheckLevel, Ui};
use cortex_route_policy::config::{Mode, Origin, Sources};
use cortex_route_runtime::config_files::{self as config, LoadOptions, Loaded};

/// `config show`: every effective value with where it came from; `--json`: the settings alone, in
/// the same shape as the YAML files.
pub fn show(ctx: &Context) -> Result<u8> {
    print_effective(&ctx.loaded, &ctx.ui)?;
    Ok(code::OK)
}

fn print_effective(loaded: &Loaded, ui: &Ui) -> Result<()> {
    let value = serde_json::to_value(&loaded.settings)
        .map_err(|e| Error::Internal(format!("settings do not serialize: {e}")))?;
    let mut out = crate::ui::stdout();
    if ui.json {
        writeln!(out, "{value}").map_err(stdout_err)?;
        return Ok(());
    }
    if loaded.files.is_empty() {
        writeln!(
            out,
            "{}",
            ui.dim("# no configuration files found: built-in defaults only")
        )
        .map_err(stdout_err)?;
    }
    for file in &loaded.files {
        let note = if file.applied {
            ""
        } else {
            " (ignored: override_user_config)"
        };
        writeln!(out, "{}", ui.dim(&format!("# {}{note}", file.origin))).map_err(stdout_err)?;
    }
    render_human(&mut out, &value, &loaded.sources, ui).map_err(stdout_err)
}

fn render_human(
    out: &mut dyn Write,
    value: &Value,
    sources: &Sources,
    ui: &Ui,
) -> std::io::Result<()> {
    let Value::Object(sections) = value else {
        return Ok(());
    };
    for (section, body) in sections {
        writeln!(out, "{}", ui.bold(&format!("{section}:")))?;
        let Value::Object(keys) = body else { continue };
        render_keys(out, section, keys, 1, sources, ui)?;
    }
    Ok(())
}

/// The keys of one section at `depth` (a nested section such as `security.audit_sink` is shown
/// indented under its name).
fn render_keys(
    out: &mut dyn Write,
    prefix: &str,
    keys: &serde_json::Map<String, Value>,
    depth: usize,
    sources: &Sources,
    ui: &Ui,
) -> std::io::Result<()> {
    let indent = "  ".repeat(depth);
    let width = 40usize.saturating_sub(indent.len());
    for (key, v) in keys {
        let path = format!("{prefix}.{key}");
        if let Value::Object(nested) = v {
            writeln!(out, "{indent}{key}:")?;
            render_keys(out, &path, nested, depth + 1, sources, ui)?;
            continue;
        }
        let origin = sources
            .of(&path)
            .iter()
            .map(short_origin)
            .collect::<Vec<_>>()
            .join(" + ");
        match v {
            Value::Array(items) if items.len() > 3 => {
                writeln!(out, "{indent}{key:<width$} {}", ui.dim(&origin))?;
                for item in items {
                    writeln!(out, "{indent}  - {}", scalar_text(item))?;
                }
            }
            _ => writeln!(
                out,
                "{indent}{key:<width$} {:<24} {}",
                scalar_text(v),
                ui.dim(&origin)
            )?,
        }
    }
    Ok(())
}

fn short_origin(origin: &Origin) -> String {
    match origin {
        Origin::Default => "default".to_string(),
        Origin::OrgPolicy(p) => format!("org policy {}", p.display()),
        Origin::UserConfig(p) => format!("user config {}", p.display()),
        Origin::PolicyFile(p) => format!("--policy {}", p.display()),
    }
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::Null => "(unset)".to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(scalar_text).collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string(),
    }
}

fn stdout_err(e: std::io::Error) -> Error {
    Error::io("<stdout>", e)
}

/// One finding of `config check`.
#[derive(Debug, serde::Serialize)]
struct Finding {
    level: CheckLevel,
    file: Option<PathBuf>,
    message: String,
}

/// `config check [FILES]`.
///
/// Without FILES: every file this machine would load is validated on its own (so all problems are
/// reported at once), then the effective result is printed; warnings (ignored relaxations) count
/// as problems, because a config that does not do what it says is a bug.
/// With FILES: each file is validated, then the effective result of applying them over the
/// defaults as an organization policy is printed (for CI on the policy repository).
pub fn check(opts: &LoadOptions, files: &[PathBuf], layer: ConfigLayer, ui: &Ui) -> Result<u8> {
    let mut findings = Vec::new();
    let to_check: Vec<(PathBuf, &'static str)> = if files.is_empty() {
        machine_files(opts, &mut findings)
    } else {
        let what = match layer {
            ConfigLayer::Org => "organization policy",
            ConfigLayer::User => "user config",
            ConfigLayer::Policy => "--policy file",
        };
        files.iter().map(|f| (f.clone(), what)).collect()
    };

    let mut parsed = Vec::new();
    for (path, what) in &to_check {
        if !path.exists() {
            findings.push(Finding {
                level: CheckLevel::Fail,
                file: Some(path.clone()),
                message: format!("{what} does not exist"),
            });
            continue;
        }
        let read = if *what == "organization policy" {
            config::read_org_policy(path)
        } else {
            config::read_file(path, what)
        };
        match read {
            Ok(file) => {
                for d in &file.duplicates {
                    findings.push(Finding {
                        level: CheckLevel::Fail,
                        file: Some(path.clone()),
                        message: format!(
                            "{} is set twice (lines {} and {}); only the last one counts: remove one",
                            d.key, d.first_line, d.last_line
                        ),
                    });
                }
                findings.push(Finding {
                    level: CheckLevel::Ok,
                    file: Some(path.clone()),
                    message: format!("valid {what}"),
                });
                parsed.push((path.clone(), file.config));
            }
            Err(err) => findings.push(Finding {
                level: CheckLevel::Fail,
                file: Some(path.clone()),
                message: err.to_string(),
            }),
        }
    }

    let failed = findings.iter().any(|f| f.level == CheckLevel::Fail);
    let effective = if failed {
        None
    } else if files.is_empty() {
        match config::load(opts) {
            Ok(loaded) => Some(loaded),
            Err(err) => {
                findings.push(Finding {
                    level: CheckLevel::Fail,
                    file: None,
                    message: err.to_string(),
                });
                None
            }
        }
    } else {
        Some(as_layer(&parsed, layer)?)
    };
    // A setting that was not applied as written is a problem: the file does not say what runs.
    for w in effective.iter().flat_map(|l| &l.warnings) {
        findings.push(Finding {
            level: CheckLevel::Fail,
            file: origin_path(&w.origin),
            message: format!("{}: {}", w.key, w.message),
        });
    }

    let problems = findings.iter().any(|f| f.level == CheckLevel::Fail);
    if ui.json {
        let obj = serde_json::json!({
            "ok": !problems,
            "findings": findings,
            "effective": effective.as_ref().map(|l| serde_json::to_value(&l.settings).ok()),
        });
        let _ = writeln!(crate::ui::stdout(), "{obj}");
    } else {
        let mut err = std::io::stderr().lock();
        for f in &findings {
            let file = f
                .file
                .as_ref()
                .map(|p| format!("{}: ", p.display()))
                .unwrap_or_default();
            let _ = writeln!(err, "{} {file}{}", ui.mark(f.level), f.message);
        }
        if let Some(loaded) = &effective {
            print_effective(loaded, ui)?;
        }
        let _ = writeln!(
            err,
            "{}",
            if problems {
                "config check: problems found"
            } else {
                "config check: ok"
            }
        );
    }
    Ok(if problems { code::USAGE } else { code::OK })
}

fn machine_files(opts: &LoadOptions, findings: &mut Vec<Finding>) -> Vec<(PathBuf, &'static str)> {
    let mut out = Vec::new();
    for path in config::org_policy_paths() {
        if path.exists() {
            out.push((path, "organization policy"));
        }
    }
    match config::user_config_paths(opts) {
        Ok(paths) => out.extend(paths.into_iter().map(|p| (p, "user config"))),
        Err(err) => findings.push(Finding {
            level: CheckLevel::Fail,
            file: None,
            message: err.to_string(),
        }),
    }
    for path in &opts.policies {
        out.push((path.clone(), "--policy file"));
    }
    out
}

/// FILES layered over the defaults as `layer`: the organization policy's first file is the
/// authority and the others tighten it; user configs and `--policy` files only tighten.
fn as_layer(
    parsed: &[(PathBuf, cortex_route_policy::config::FileConfig)],
    layer: ConfigLayer,
) -> Result<Loaded> {
    let defaults = cortex_route_policy::config::Settings::defaults()
        .map_err(|e| Error::Config(config::ConfigError::Defaults(e)))?;
    let mut layering = cortex_route_policy::config::Layering::new(defaults);
    let mut files = Vec::new();
    for (i, (path, file)) in parsed.iter().enumerate() {
        let (origin, mode) = match layer {
            ConfigLayer::Org if i == 0 => (Origin::OrgPolicy(path.clone()), Mode::Authority),
            ConfigLayer::Org => (Origin::OrgPolicy(path.clone()), Mode::TightenOnly),
            ConfigLayer::User => (Origin::UserConfig(path.clone()), Mode::TightenOnly),
            ConfigLayer::Policy => (Origin::PolicyFile(path.clone()), Mode::TightenOnly),
        };
        layering.apply(file, &origin, mode);
        files.push(config::LoadedFile {
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

fn origin_path(origin: &Origin) -> Option<PathBuf> {
    match origin {
        Origin::Default => None,
        Origin::OrgPolicy(p) | Origin::UserConfig(p) | Origin::PolicyFile(p) => Some(p.clone()),
    }
}
