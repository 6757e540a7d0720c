//! Identifiers and paths in the prompt: `*_WH` warehouse names, `DB.SCHEMA.TABLE` names,
//! upper-case object names, `@stage` references, local files and paths, a leading SQL statement.

use std::borrow::Cow;

use super::{Analysis, Evidence, ev, prefix};
use crate::routing::lexicon::{
    CODE_EXTENSIONS, DATA_EXTENSIONS, Group, NOT_OBJECT_NAMES, SQL_NAME_CONTEXT, SQL_STARTERS,
};

/// The label of the upper-case object name evidence (checked by `combinations`).
pub(super) const UPPER_CASE_NAMES: &str = "upper-case object names";

/// Identifiers and paths: `*_WH`, `DB.SCHEMA.TABLE`, `@stage/path`, `src/main.rs`, `data.csv`.
pub(super) fn read_tokens(a: &mut Analysis<'_>) {
    let text = a.text;
    let mut found: Vec<Evidence> = Vec::new();
    let mut concrete = false;
    let mut local_files = false;
    let mut code_files = false;
    let mut prev_lower = String::new();

    let first_word = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    if SQL_STARTERS.contains(&first_word.as_str())
        && text.trim_start().len() > first_word.len()
        && text.split_whitespace().next().is_some_and(|w| {
            w.chars()
                .all(|c| c.is_ascii_uppercase() || !c.is_alphabetic())
        })
    {
        found.push(ev(Group::DataWord, 0.6, "a SQL statement"));
    }

    // All-caps text (SQL, or shouting) says nothing through its case.
    let (upper, letters) = text
        .chars()
        .filter(char::is_ascii_alphabetic)
        .fold((0, 0), |(u, l), c| {
            (u + usize::from(c.is_ascii_uppercase()), l + 1)
        });
    let mostly_upper = letters > 0 && upper * 10 > letters * 6;

    let tokens: Vec<&str> = text
        .split(|c: char| {
            c.is_whitespace()
                || matches!(c, ',' | ';' | '(' | ')' | '"' | '`' | '=' | '<' | '>' | '|')
        })
        .map(|raw| {
            raw.trim_start_matches('\'')
                .trim_end_matches(['.', ',', '?', '!', ':', ';', '\''])
        })
        .filter(|t| !t.is_empty())
        .collect();
    for (i, &token) in tokens.iter().enumerate() {
        let lower = token.to_ascii_lowercase();

        if let Some(rest) = token.strip_prefix('@') {
            if stage_reference(rest, &prev_lower) {
                concrete = true;
                found.push(Evidence {
                    group: Group::SqlOnly,
                    weight: 3.5,
                    label: Cow::Owned(format!("stage reference {}", bounded(token))),
                });
            }
            prev_lower = lower;
            continue;
        }
        if let Some(scheme_end) = lower.find("://") {
            match &lower[..scheme_end] {
                "file" => found.push(ev(Group::Object, 1.0, "local file for PUT/GET")),
                "s3" | "gcs" | "azure" | "gs" => {
                    found.push(ev(Group::Weak, 0.6, "cloud storage location"));
                }
                _ => {}
            }
            prev_lower = lower;
            continue;
        }
        if token.contains('@') {
            // An email address, a package@version: not Snowflake evidence either way.
            prev_lower = lower;
            continue;
        }
        if let Some(e) = file_evidence(token, &lower) {
            local_files = true;
            code_files |= e.group == Group::CodeWork;
            found.push(e);
            prev_lower = lower;
            continue;
        }
        let ident_like = token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.'));
        if ident_like {
            if lower.len() > 3
                && lower.ends_with("_wh")
                && !lower.contains('.')
                && lower.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                concrete = true;
                found.push(Evidence {
                    group: Group::Object,
                    weight: 3.5,
                    label: Cow::Owned(format!("warehouse name {}", bounded(token))),
                });
            } else if let Some(e) = qualified_name(token, &prev_lower) {
                concrete = true;
                found.push(e);
            } else if lower.len() > 3
                && lower.ends_with("_db")
                && token.chars().all(|c| !c.is_ascii_lowercase())
            {
                found.push(ev(Group::Weak, 0.8, "database name"));
            } else if upper_case_name(token)
                && !mostly_upper
                && (token.contains('_')
                    || SQL_NAME_CONTEXT.contains(&prev_lower.as_str())
                    || OBJECT_KINDS.contains(&prev_lower.as_str())
                    || tokens
                        .get(i + 1)
                        .is_some_and(|n| OBJECT_KINDS.contains(&n.to_ascii_lowercase().as_str())))
            {
                // Unquoted Snowflake identifiers are upper case: `ORDERS`, `the SCRATCH schema`.
                // A lone capitalized word (`NASA`) is more often a name than an object.
                found.push(ev(Group::Weak, 0.7, UPPER_CASE_NAMES));
            }
        }
        prev_lower = lower;
    }
    a.found.extend(found);
    a.concrete_ids |= concrete;
    a.local_files |= local_files;
    a.code_files |= code_files;
}

/// Words next to an object name that say what kind of object it is.
const OBJECT_KINDS: &[&str] = &[
    "table",
    "tables",
    "schema",
    "database",
    "db",
    "view",
    "warehouse",
    "role",
    "user",
    "stage",
    "pipe",
    "stream",
    "task",
    "column",
    "columns",
    "share",
    "account",
    "procedure",
    "function",
    "dashboard",
    "mart",
];

/// `ORDERS`, `CUSTOMERS_DIM`, `JSMITH`: upper case, at least three letters, not an acronym or a
/// SQL keyword.
fn upper_case_name(token: &str) -> bool {
    let letters = token.chars().filter(char::is_ascii_alphabetic).count();
    letters >= 3
        && token.len() <= 64
        && token.starts_with(|c: char| c.is_ascii_uppercase())
        && token
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !NOT_OBJECT_NAMES.contains(&token)
}

/// Identifiers quoted in reasons are cut short: the reason is for people, not a copy of the prompt.
fn bounded(token: &str) -> String {
    prefix(token, 48).to_string()
}

/// `@~`, `@%orders`, `@raw_stage/2024/`, `@db.schema.stage`, or `@name` after `FROM`/`LIST`/….
/// Not `@decorator`, `@mention` or `@scope/package` alone.
fn stage_reference(rest: &str, prev_lower: &str) -> bool {
    if rest.starts_with('~') || rest.starts_with('%') {
        return true;
    }
    let name_end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.')))
        .unwrap_or(rest.len());
    let name = &rest[..name_end];
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    lower.contains("stage")
        || matches!(
            prev_lower,
            "from"
                | "list"
                | "ls"
                | "into"
                | "put"
                | "get"
                | "copy"
                | "remove"
                | "rm"
                | "in"
                | "at"
                // `our S3 stage @CORP_EXPORT`: the word before names what it is.
                | "stage"
                | "stages"
        )
        || (rest[name_end..].starts_with('/') && !lower.contains('.'))
}

/// A local file or path: `src/main.rs`, `tests/`, `utils/dates.py`, `data.csv`.
fn file_evidence(token: &str, lower: &str) -> Option<Evidence> {
    let ext = lower.rsplit_once('.');
    let has_slash = token.contains('/') && token.len() > 1;
    if let Some((stem, ext)) = ext
        && !stem.is_empty()
        && stem.chars().any(|c| c.is_ascii_alphabetic())
    {
        if ext == "sql" {
            return Some(ev(Group::Weak, 0.3, "a .sql file"));
        }
        if DATA_EXTENSIONS.contains(&ext) {
            return Some(ev(Group::LocalData, 0.8, "a local data file"));
        }
        if CODE_EXTENSIONS.contains(&ext) && !token.chars().all(|c| !c.is_ascii_lowercase()) {
            return Some(Evidence {
                group: Group::CodeWork,
                weight: 1.8,
                label: Cow::Owned(format!("local file {}", bounded(token))),
            });
        }
    }
    if has_slash
        && token.split('/').filter(|s| !s.is_empty()).all(|s| {
            s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
        && token.chars().any(|c| c.is_ascii_lowercase())
        && !token.starts_with("//")
    {
        return Some(Evidence {
            group: Group::CodeWork,
            weight: 1.5,
            label: Cow::Owned(format!("local path {}", bounded(token))),
        });
    }
    None
}

/// `ANALYTICS.MARTS.ORDERS` (upper case, Snowflake's convention), `RAW.EVENTS`, or a lower-case
/// three-part name right after `FROM` / `JOIN` / `INTO` ….
fn qualified_name(token: &str, prev_lower: &str) -> Option<Evidence> {
    let parts: Vec<&str> = token.split('.').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let is_ident = |p: &&str| {
        !p.is_empty()
            && p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    };
    if !parts.iter().all(is_ident) {
        return None;
    }
    let upper = parts.iter().all(|p| {
        p.chars().any(|c| c.is_ascii_alphabetic()) && !p.chars().any(|c| c.is_ascii_lowercase())
    });
    let last = parts[parts.len() - 1].to_ascii_lowercase();
    if CODE_EXTENSIONS.contains(&last.as_str()) || DATA_EXTENSIONS.contains(&last.as_str()) {
        return None;
    }
    let label = |what: &str| Cow::Owned(format!("{what} {}", bounded(token)));
    match (parts.len(), upper) {
        (3, true) => Some(Evidence {
            group: Group::Object,
            weight: 2.5,
            label: label("qualified name"),
        }),
        (2, true) if parts.iter().all(|p| p.len() >= 2) => Some(Evidence {
            group: Group::Object,
            weight: 1.2,
            label: label("qualified name"),
        }),
        (3, false) if SQL_NAME_CONTEXT.contains(&prev_lower) => Some(Evidence {
            group: Group::Object,
            weight: 1.5,
            label: label("qualified name"),
        }),
        _ => None,
    }
}
