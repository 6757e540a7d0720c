//! `discover [--refresh]`: list the Cortex skills installed for this user and keep them in the
//! signed cache. Without `--refresh` a valid cache entry is shown as is; a rejected entry
//! (tampered, truncated, forged) is reported and rebuilt.

use std::io::Write;

use serde::Serialize;

use super::Context;
use crate::error::{Result, code};
use cortex_route_runtime::cache::Cache;
use cortex_route_runtime::discovery::folders::Places;
use cortex_route_runtime::discovery::skills::{
    self, Cached, DiscoveryError, SKILL_LIST_TIMEOUT, Skill, Source,
};

/// `discover --json`.
#[derive(Debug, Serialize)]
struct Report<'a> {
    skills: &'a [Skill],
    source: Source,
    warnings: &'a [String],
    fingerprint: String,
}

pub fn run(ctx: &Context, refresh: bool) -> Result<u8> {
    let settings = &ctx.loaded.settings;
    let ui = &ctx.ui;
    let binary = settings.cortex.binary.path();
    let cache = Cache::from_settings(&settings.security).map_err(DiscoveryError::from)?;
    let mut warnings: Vec<String> = Vec::new();
    let places = Places::of_this_user(binary);

    let cached = if refresh {
        None
    } else {
        match skills::read_cache(&cache, &binary.display().to_string(), places.cwd.as_deref())
            .map_err(DiscoveryError::from)?
        {
            Cached::Fresh(catalog) => Some(catalog),
            Cached::Rejected(reason) => {
                // Said now, so it is not lost if the rebuild below fails.
                let message = format!("the skill cache was rejected and is rebuilt: {reason}");
                ui.warn(&message);
                warnings.push(message);
                None
            }
            Cached::Failed(_) | Cached::Miss => None,
        }
    };
    let (catalog, source) = match cached {
        Some(catalog) => (catalog, Source::Cache),
        None => {
            let catalog = skills::discover_skills(binary, SKILL_LIST_TIMEOUT, &places)?;
            skills::write_cache(&cache, &catalog, settings.security.cache_ttl.get())
                .map_err(DiscoveryError::from)?;
            (catalog, Source::Cortex)
        }
    };
    for warning in &catalog.warnings {
        ui.warn(warning);
    }
    warnings.extend(catalog.warnings.iter().cloned());

    if ui.json {
        let report = Report {
            skills: &catalog.skills,
            source,
            warnings: &warnings,
            fingerprint: skills::fingerprint(&catalog.skills),
        };
        let text = serde_json::to_string(&report)
            .map_err(|e| crate::error::Error::Internal(format!("encoding the report: {e}")))?;
        let _ = writeln!(crate::ui::stdout(), "{text}");
        return Ok(code::OK);
    }

    let mut out = crate::ui::stdout();
    let origin = match source {
        Source::Cache => "from the cache; `--refresh` asks Cortex again".to_string(),
        Source::Cortex => format!(
            "from `{} skill list`, cached for {}",
            binary.display(),
            human_duration(settings.security.cache_ttl.get())
        ),
    };
    let _ = writeln!(
        out,
        "{} ({origin})",
        ui.bold(&format!("{} Cortex skills", catalog.skills.len()))
    );
    let width = catalog
        .skills
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    for skill in &catalog.skills {
        let section = skill.section.as_deref().unwrap_or("-");
        let description = skill
            .description
            .as_deref()
            .and_then(|d| d.lines().next())
            .unwrap_or("");
        let _ = writeln!(
            out,
            "  {:<width$}  {}  {description}",
            skill.name,
            ui.dim(&format!("{section:<8}"))
        );
        for note in &skill.notes {
            let _ = writeln!(
                out,
                "  {:<width$}  {}",
                "",
                ui.dim(&format!("note: {note}"))
            );
        }
    }
    Ok(code::OK)
}

/// `86400` → `24h`, `90` → `90s`, `600` → `10m`.
fn human_duration(secs: u64) -> String {
    if secs >= 3600 && secs.is_multiple_of(3600) {
        format!("{}h", secs / 3600)
    } else if secs >= 60 && secs.is_multiple_of(60) {
        format!("{}m", secs / 60)
    } else {
        format!("{secs}s")
    }
}
