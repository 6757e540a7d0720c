//! Reading what a skill says about itself: the YAML front matter of its `SKILL.md` (`name`,
//! `description`, and the optional `tools`, `required_skills` and `parent_skill`) and its
//! "Use when …" trigger text.
//!
//! The keys are the ones Cortex skills are seen to carry: `name`, `description` and
//! `tools: ["Bash", "Read", "Write"]` in GitHub `dataprofessor/cortex-replay` `skill/SKILL.md`;
//! `required_skills` and `parent_skill` as the issue tracking Cortex's skill format lists them
//! (no public `SKILL.md` using them was found: they are read when present, never required).
//! A list may be written as a YAML list or as one comma-separated string.
//!
//! `SKILL.md` files are written by Snowflake and by users, not by us: unknown front-matter keys
//! are ignored, values of unexpected types are skipped, and every piece of text is bounded and
//! stripped of control characters before it is kept. Parsing is a pure function of the text;
//! opening the file safely is the caller's job ([`super::skills`]).

use serde::Deserialize;

use super::listing::strip_ansi;

/// Longest description kept (characters).
pub const MAX_DESCRIPTION_CHARS: usize = 1024;
/// Longest "Use when …" text kept (characters).
pub const MAX_USE_WHEN_CHARS: usize = 512;
/// At most this many trigger keywords, each at most [`MAX_TRIGGER_CHARS`].
pub const MAX_TRIGGERS: usize = 20;
const MAX_TRIGGER_CHARS: usize = 64;
/// At most this many `tools` and `required_skills`, each at most [`MAX_ITEM_CHARS`].
pub const MAX_LIST_ITEMS: usize = 32;
const MAX_ITEM_CHARS: usize = 128;

/// What a `SKILL.md` says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillDoc {
    pub name: Option<String>,
    pub description: Option<String>,
    /// The "Use when …" text, from the description or else from the body.
    pub use_when: Option<String>,
    /// Keywords from a `Triggers:` list in the description.
    pub triggers: Vec<String>,
    /// `tools`: the tools the skill uses.
    pub tools: Vec<String>,
    /// `required_skills`: skills this one needs.
    pub required_skills: Vec<String>,
    /// `parent_skill`: the skill this one belongs to.
    pub parent_skill: Option<String>,
    /// Problems worth telling the user about (broken front matter, …).
    pub notes: Vec<String>,
}

/// Front matter as we read it: only the keys we use; everything else is ignored. Values are
/// taken as any YAML so that `name: 123` or `description: [a, b]` do not break the whole file.
#[derive(Debug, Default, Deserialize)]
struct FrontMatter {
    #[serde(default)]
    name: Option<serde_json::Value>,
    #[serde(default)]
    description: Option<serde_json::Value>,
    #[serde(default)]
    tools: Option<serde_json::Value>,
    #[serde(default)]
    required_skills: Option<serde_json::Value>,
    #[serde(default)]
    parent_skill: Option<serde_json::Value>,
}

/// Parse the text of a `SKILL.md` (`source` names it in notes).
pub fn parse_skill_md(text: &str, source: &str) -> SkillDoc {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc = SkillDoc::default();
    let body = match split_front_matter(text) {
        FrontMatterSplit::None => {
            doc.notes
                .push(format!("{source} has no front matter (`---` block)"));
            text
        }
        FrontMatterSplit::Unterminated => {
            doc.notes.push(format!(
                "{source}: front matter is not closed by a `---` line"
            ));
            text
        }
        FrontMatterSplit::Found { yaml, body } => {
            match cortex_route_policy::yaml::from_str::<Option<FrontMatter>>(&yaml, source) {
                Ok(fm) => {
                    let fm = fm.unwrap_or_default();
                    doc.name = fm.name.as_ref().and_then(scalar_text).and_then(|n| {
                        let n = clean(&n, super::listing::MAX_NAME_CHARS);
                        (!n.is_empty()).then_some(n)
                    });
                    doc.description = fm
                        .description
                        .as_ref()
                        .and_then(scalar_text)
                        .map(|d| clean(&d, MAX_DESCRIPTION_CHARS))
                        .filter(|d| !d.is_empty());
                    doc.tools = fm.tools.as_ref().map(list_items).unwrap_or_default();
                    doc.required_skills = fm
                        .required_skills
                        .as_ref()
                        .map(list_items)
                        .unwrap_or_default();
                    doc.parent_skill = fm
                        .parent_skill
                        .as_ref()
                        .and_then(scalar_text)
                        .map(|p| clean(&p, super::listing::MAX_NAME_CHARS))
                        .filter(|p| !p.is_empty());
                    if fm.description.is_none() {
                        doc.notes
                            .push(format!("{source}: front matter has no `description`"));
                    }
                }
                Err(err) => {
                    let first = err.rendered.lines().next().unwrap_or("").to_string();
                    doc.notes.push(format!(
                        "{source}: front matter is not valid YAML ({})",
                        clean(&first, 200)
                    ));
                }
            }
            body
        }
    };
    if let Some(description) = &doc.description {
        doc.use_when = use_when_in_description(description);
        doc.triggers = triggers_in_description(description);
    }
    if doc.use_when.is_none() {
        doc.use_when = use_when_in_body(body);
    }
    doc
}

enum FrontMatterSplit<'a> {
    None,
    Unterminated,
    Found { yaml: String, body: &'a str },
}

/// The YAML between a first line `---` and the next `---` (or `...`) line.
fn split_front_matter(text: &str) -> FrontMatterSplit<'_> {
    let mut lines = text.split_inclusive('\n');
    match lines.next() {
        Some(first) if first.trim_end() == "---" => {}
        _ => return FrontMatterSplit::None,
    }
    let mut yaml = String::new();
    let mut offset = text.split_inclusive('\n').next().map_or(0, str::len);
    for line in lines {
        offset += line.len();
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return FrontMatterSplit::Found {
                yaml,
                body: &text[offset..],
            };
        }
        yaml.push_str(
            line.strip_suffix("\r\n")
                .unwrap_or(line)
                .trim_end_matches('\n'),
        );
        yaml.push('\n');
    }
    FrontMatterSplit::Unterminated
}

/// A YAML value as text: strings as is, numbers and booleans printed, lists of strings joined.
fn scalar_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        }
        _ => None,
    }
}

/// A list key: a YAML list of strings (other items skipped) or one comma-separated string;
/// each item cleaned and bounded, at most [`MAX_LIST_ITEMS`], duplicates dropped.
fn list_items(value: &serde_json::Value) -> Vec<String> {
    let raw: Vec<String> = match value {
        serde_json::Value::String(s) => s.split(',').map(str::to_string).collect(),
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    let mut out: Vec<String> = Vec::new();
    for item in raw {
        let item = clean(&item, MAX_ITEM_CHARS);
        if !item.is_empty() && !out.contains(&item) {
            out.push(item);
        }
        if out.len() >= MAX_LIST_ITEMS {
            break;
        }
    }
    out
}

/// Strip colour codes and control characters, collapse runs of spaces, trim, and bound.
pub fn clean(text: &str, max_chars: usize) -> String {
    let stripped = strip_ansi(text);
    let mut out = String::with_capacity(stripped.len().min(max_chars.saturating_mul(4)));
    let mut last_space = true;
    for c in stripped.chars() {
        let c = if c == '\t' || c == '\r' { ' ' } else { c };
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = c == '\n';
        }
        out.push(c);
    }
    truncate_chars(out.trim(), max_chars)
}

/// At most `max_chars` characters, with `…` when something was cut.
pub fn truncate_chars(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        None => text.to_string(),
        Some((cut, _)) => {
            let keep = text[..cut]
                .char_indices()
                .nth(max_chars.saturating_sub(1))
                .map_or(cut, |(i, _)| i);
            format!("{}…", &text[..keep])
        }
    }
}

/// `Purpose. Use when: situations. Triggers: a, b.` → `Use when: situations.`
fn use_when_in_description(description: &str) -> Option<String> {
    let lower = description.to_ascii_lowercase();
    let start = find_ascii_ci(&lower, "use when")?;
    let rest = &description[start..];
    let rest_lower = &lower[start..];
    let end = ["triggers:", "do not use", "don't use"]
        .iter()
        .filter_map(|stop| rest_lower.find(stop))
        .min()
        .unwrap_or(rest.len());
    let text = clean(&rest[..end], MAX_USE_WHEN_CHARS);
    (text.len() > "use when".len()).then_some(text)
}

/// `Triggers: snowflake, warehouse, SQL.` → `["snowflake", "warehouse", "SQL"]`.
fn triggers_in_description(description: &str) -> Vec<String> {
    let lower = description.to_ascii_lowercase();
    let Some(start) = find_ascii_ci(&lower, "triggers:") else {
        return Vec::new();
    };
    let list = &description[start + "triggers:".len()..];
    let list = list.split(['\n']).next().unwrap_or("");
    list.split([',', ';'])
        .map(|t| clean(t.trim().trim_end_matches('.'), MAX_TRIGGER_CHARS))
        .map(|t| t.trim_matches(|c| c == '"' || c == '\'').to_string())
        .filter(|t| !t.is_empty())
        .take(MAX_TRIGGERS)
        .collect()
}

/// A "Use when" line (and the lines that continue it), or a `## When to use` section.
fn use_when_in_body(body: &str) -> Option<String> {
    let lines: Vec<&str> = body.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let lower = line.to_ascii_lowercase();
        let heading = line.trim_start().starts_with('#');
        if heading && lower.contains("when to use") {
            let mut text = String::new();
            for next in lines.iter().skip(i + 1) {
                if next.trim_start().starts_with('#') {
                    break;
                }
                text.push_str(next);
                text.push('\n');
                if text.len() > MAX_USE_WHEN_CHARS * 4 {
                    break;
                }
            }
            let text = clean(&text, MAX_USE_WHEN_CHARS);
            if !text.is_empty() {
                return Some(format!("Use when: {text}"));
            }
        } else if !heading && let Some(start) = find_ascii_ci(&lower, "use when") {
            let mut text = line[start..].to_string();
            for next in lines.iter().skip(i + 1) {
                if next.trim().is_empty() || next.trim_start().starts_with('#') {
                    break;
                }
                text.push('\n');
                text.push_str(next);
                if text.len() > MAX_USE_WHEN_CHARS * 4 {
                    break;
                }
            }
            return Some(clean(&text, MAX_USE_WHEN_CHARS));
        }
    }
    None
}

/// Byte offset of `needle` (lowercase ASCII) in `lower`, a copy lowercased with
/// `to_ascii_lowercase`: that keeps every byte offset valid in the original text, which full
/// Unicode lowercasing would not (`İ` changes length).
fn find_ascii_ci(lower: &str, needle: &str) -> Option<usize> {
    lower.find(needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_name_description_and_triggers() {
        let text = "---\nname: snowflake-sql\ndescription: \"Run SQL. Use when: the user asks about tables or warehouses. Triggers: sql, warehouse, table.\"\ntools: [\"bash\"]\nmetadata:\n  owner: x\n---\n# Body\n";
        let doc = parse_skill_md(text, "SKILL.md");
        assert_eq!(doc.name.as_deref(), Some("snowflake-sql"));
        assert!(doc.description.as_deref().unwrap().starts_with("Run SQL."));
        assert_eq!(
            doc.use_when.as_deref(),
            Some("Use when: the user asks about tables or warehouses.")
        );
        assert_eq!(doc.triggers, ["sql", "warehouse", "table"]);
        assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    }

    #[test]
    fn optional_keys_tools_required_skills_and_parent_skill() {
        let text = "---\nname: child\ndescription: d\ntools: [\"Bash\", \"Read\", \"Write\", 7, \"Bash\"]\nrequired_skills: snowflake-sql, cost-review\nparent_skill: snowflake\n---\n";
        let doc = parse_skill_md(text, "SKILL.md");
        assert_eq!(doc.tools, ["Bash", "Read", "Write"]);
        assert_eq!(doc.required_skills, ["snowflake-sql", "cost-review"]);
        assert_eq!(doc.parent_skill.as_deref(), Some("snowflake"));
        assert!(doc.notes.is_empty(), "{:?}", doc.notes);

        let many = (0..100)
            .map(|i| format!("t{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let doc = parse_skill_md(
            &format!("---\nname: a\ndescription: d\ntools: {many}\nparent_skill: {{x: 1}}\n---\n"),
            "x",
        );
        assert_eq!(doc.tools.len(), MAX_LIST_ITEMS);
        assert_eq!(doc.parent_skill, None);
        let doc = parse_skill_md("---\nname: a\ndescription: d\n---\n", "x");
        assert!(doc.tools.is_empty() && doc.required_skills.is_empty());
    }

    #[test]
    fn windows_line_endings_and_bom() {
        let text = "\u{feff}---\r\nname: a\r\ndescription: b\r\n---\r\nUse when you need b.\r\n";
        let doc = parse_skill_md(text, "SKILL.md");
        assert_eq!(doc.name.as_deref(), Some("a"));
        assert_eq!(doc.description.as_deref(), Some("b"));
        assert_eq!(doc.use_when.as_deref(), Some("Use when you need b."));
    }

    #[test]
    fn use_when_from_a_body_section() {
        let text = "---\nname: a\ndescription: Does things.\n---\n# A\n\n## When to use\n- cost questions\n- warehouse sizing\n\n## Steps\n1. x\n";
        let doc = parse_skill_md(text, "SKILL.md");
        assert_eq!(
            doc.use_when.as_deref(),
            Some("Use when: - cost questions\n- warehouse sizing")
        );
    }

    #[test]
    fn broken_front_matter_is_a_note_not_a_failure() {
        let doc = parse_skill_md(
            "---\nname: [unclosed\ndescription: x\n---\nUse when testing.\n",
            "s/SKILL.md",
        );
        assert_eq!(doc.name, None);
        assert!(doc.notes[0].contains("not valid YAML"), "{:?}", doc.notes);
        assert_eq!(doc.use_when.as_deref(), Some("Use when testing."));

        let doc = parse_skill_md("---\nname: a\n", "s/SKILL.md");
        assert!(doc.notes[0].contains("not closed"), "{:?}", doc.notes);

        let doc = parse_skill_md("# just markdown\n", "s/SKILL.md");
        assert!(doc.notes[0].contains("no front matter"), "{:?}", doc.notes);
    }

    #[test]
    fn unexpected_value_types_are_tolerated() {
        let doc = parse_skill_md("---\nname: 42\ndescription:\n  - one\n  - two\n---\n", "x");
        assert_eq!(doc.name.as_deref(), Some("42"));
        assert_eq!(doc.description.as_deref(), Some("one two"));
        let doc = parse_skill_md("---\nname: {a: 1}\ndescription: ok\n---\n", "x");
        assert_eq!(doc.name, None);
        assert_eq!(doc.description.as_deref(), Some("ok"));
    }

    #[test]
    fn text_is_bounded_and_stripped_of_control_characters() {
        let long = "x".repeat(5000);
        let text = format!("---\nname: \"a\\e[31mb\"\ndescription: \"{long}\"\n---\n");
        let doc = parse_skill_md(&text, "x");
        assert_eq!(doc.name.as_deref(), Some("ab"));
        assert_eq!(
            doc.description.as_deref().unwrap().chars().count(),
            MAX_DESCRIPTION_CHARS
        );
    }

    #[test]
    fn non_ascii_text_around_use_when_does_not_panic() {
        let doc = parse_skill_md(
            "---\nname: a\ndescription: \"İİİ Use when İ. Triggers: İ, ß\"\n---\n",
            "x",
        );
        assert_eq!(doc.use_when.as_deref(), Some("Use when İ."));
        assert_eq!(doc.triggers, ["İ", "ß"]);
    }

    #[test]
    fn truncation_respects_character_boundaries() {
        assert_eq!(truncate_chars("héllo", 3), "hé…");
        assert_eq!(truncate_chars("héllo", 5), "héllo");
    }
}
