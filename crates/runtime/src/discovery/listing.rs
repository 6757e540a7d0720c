//! Parsing the output of `cortex skill list`, which comes in two shapes:
//!
//! ```text
//! snowflake-sql /home/ana/.local/share/cortex/1.0.12/bundled_skills/snowflake-sql
//! ```
//!
//! or sections with dashed entries:
//!
//! ```text
//! [BUNDLED]
//!   - snowflake-sql: /home/ana/.local/share/cortex/1.0.12/bundled_skills/snowflake-sql
//! [GLOBAL]
//!   - my-skill: /home/ana/.snowflake/cortex/skills/my-skill
//! ```
//!
//! The parser is a pure function and lenient on purpose: the CLI is not ours and its format has
//! changed before. It strips ANSI colour codes and `\r`, accepts any `[SECTION]` name, entries
//! with or without a dash, with or without a path, and ignores lines it does not understand
//! rather than losing every skill because of one banner line.

/// One skill as `cortex skill list` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedSkill {
    pub name: String,
    /// The section it was listed under, lowercased (`bundled`, `project`, `global`, or any other
    /// name Cortex prints); `None` in the flat `name /path` format.
    pub section: Option<String>,
    /// The folder as printed, when one was printed.
    pub path: Option<String>,
}

/// Longest skill name we accept; anything longer is not a skill name.
pub const MAX_NAME_CHARS: usize = 128;
/// Longest path we accept from the listing.
const MAX_PATH_CHARS: usize = 4096;

/// Parse the whole listing. Exact duplicates (same name, section and path) are kept once.
pub fn parse_skill_list(text: &str) -> Vec<ListedSkill> {
    let clean = strip_ansi(text);
    let mut section: Option<String> = None;
    let mut out: Vec<ListedSkill> = Vec::new();
    for raw in clean.split(['\n', '\r']) {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = section_header(line) {
            section = Some(name);
            continue;
        }
        let entry = if let Some(rest) = line.strip_prefix(['-', '*', '•']) {
            parse_entry(rest.trim_start(), true)
        } else {
            // Inside a section Cortex uses `name: path`; the flat format uses `name path`.
            parse_entry(line, false)
        };
        if let Some((name, path)) = entry {
            let skill = ListedSkill {
                name,
                section: section.clone(),
                path,
            };
            if !out.contains(&skill) {
                out.push(skill);
            }
        }
    }
    out
}

/// `[BUNDLED]` → `bundled`; any bracketed word is a section.
fn section_header(line: &str) -> Option<String> {
    let inner = line.strip_prefix('[')?.strip_suffix(']')?.trim();
    let ok = !inner.is_empty()
        && inner.len() <= 64
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '-'));
    ok.then(|| inner.to_ascii_lowercase())
}

/// `name: /path`, `name /path`, `name:` or `name` → the name and the path, if any.
///
/// A line whose first word is not a plausible skill name, or whose remainder does not look like
/// a path (`Available skills:`, `No skills found`), is not an entry.
fn parse_entry(line: &str, dashed: bool) -> Option<(String, Option<String>)> {
    let (name, rest) = match line.find(|c: char| c == ':' || c.is_whitespace()) {
        Some(i) => {
            let sep = line[i..].chars().next()?;
            let rest = line[i + sep.len_utf8()..].trim();
            // `name : /path` (a space before the colon) is the same entry.
            (&line[..i], rest.strip_prefix(':').unwrap_or(rest).trim())
        }
        None => (line, ""),
    };
    if !is_plausible_name(name) {
        return None;
    }
    if rest.is_empty() {
        // A bare word outside a dashed list is most likely prose ("none"), unless it is
        // clearly a skill-style identifier.
        if !dashed && !name.contains(['-', '_']) {
            return None;
        }
        return Some((name.to_string(), None));
    }
    let path = rest.trim_matches(|c| c == '"' || c == '\'' || c == '(' || c == ')');
    if looks_like_path(path) && path.chars().count() <= MAX_PATH_CHARS {
        Some((name.to_string(), Some(path.to_string())))
    } else {
        None
    }
}

/// Skill names are folder names: letters, digits, `-`, `_`, `.`, starting with a letter or digit
/// (so never `.`, `..`, a dot file or a `----` rule).
pub fn is_plausible_name(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_alphanumeric)
        && name.chars().count() <= MAX_NAME_CHARS
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn looks_like_path(text: &str) -> bool {
    let b = text.as_bytes();
    text.starts_with('/')
        || text.starts_with("~/")
        || text.starts_with("./")
        || text.starts_with("../")
        || (b.len() > 2
            && b[0].is_ascii_alphabetic()
            && b[1] == b':'
            && matches!(b[2], b'\\' | b'/'))
        || (text.contains('/') && !text.contains(' '))
}

/// Remove ANSI escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \`, and two-byte
/// escapes) and any other control characters except newlines and tabs.
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => match chars.next() {
                Some('[') => {
                    // Parameters and intermediates, then one final byte in @..~.
                    for n in chars.by_ref() {
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    while let Some(n) = chars.next() {
                        if n == '\x07' {
                            break;
                        }
                        if n == '\x1b' {
                            if chars.peek() == Some(&'\\') {
                                chars.next();
                            }
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\u{9b}' => {
                for n in chars.by_ref() {
                    if ('@'..='~').contains(&n) {
                        break;
                    }
                }
            }
            '\n' | '\r' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, section: Option<&str>, path: Option<&str>) -> ListedSkill {
        ListedSkill {
            name: name.into(),
            section: section.map(Into::into),
            path: path.map(Into::into),
        }
    }

    #[test]
    fn flat_lines_format() {
        let text = "snowflake-sql /opt/cortex/skills/snowflake-sql\nmy_skill   /home/a/.snowflake/cortex/skills/my_skill  \n";
        assert_eq!(
            parse_skill_list(text),
            [
                entry(
                    "snowflake-sql",
                    None,
                    Some("/opt/cortex/skills/snowflake-sql")
                ),
                entry(
                    "my_skill",
                    None,
                    Some("/home/a/.snowflake/cortex/skills/my_skill")
                ),
            ]
        );
    }

    #[test]
    fn sections_format_with_every_section_kind() {
        let text = "[BUNDLED]\n  - a-skill: /b/a-skill\n\n[PROJECT]\n  - p: ./.cortex/skills/p\n[GLOBAL]\n  - g: ~/.snowflake/cortex/skills/g\n[REMOTE]\n  - r: /cache/r\n";
        assert_eq!(
            parse_skill_list(text),
            [
                entry("a-skill", Some("bundled"), Some("/b/a-skill")),
                entry("p", Some("project"), Some("./.cortex/skills/p")),
                entry("g", Some("global"), Some("~/.snowflake/cortex/skills/g")),
                entry("r", Some("remote"), Some("/cache/r")),
            ]
        );
    }

    #[test]
    fn windows_line_endings_colours_and_extra_whitespace_are_tolerated() {
        let text = "\x1b[1;34m[BUNDLED]\x1b[0m\r\n\t-   \x1b[32mcolour-skill\x1b[0m :   /s/colour-skill   \r\n\x1b]8;;http://x\x07link\x1b]8;;\x07\r\n";
        let parsed = parse_skill_list(text);
        assert_eq!(
            parsed[0],
            entry("colour-skill", Some("bundled"), Some("/s/colour-skill"))
        );
    }

    #[test]
    fn entries_without_a_path_are_kept() {
        let text = "[BUNDLED]\n  - lonely\n  - also-lonely:\n";
        assert_eq!(
            parse_skill_list(text),
            [
                entry("lonely", Some("bundled"), None),
                entry("also-lonely", Some("bundled"), None)
            ]
        );
    }

    #[test]
    fn banner_and_prose_lines_are_not_skills() {
        let text = "Available skills:\nNo project skills found\n   \n----\nsnowflake-sql /x/snowflake-sql\n";
        assert_eq!(
            parse_skill_list(text),
            [entry("snowflake-sql", None, Some("/x/snowflake-sql"))]
        );
    }

    #[test]
    fn hostile_names_are_refused() {
        let text = "[GLOBAL]\n  - ../../etc: /etc\n  - .hidden: /x/.hidden\n  - a/b: /x/a/b\n";
        assert!(parse_skill_list(text).is_empty());
    }

    #[test]
    fn exact_duplicates_are_kept_once() {
        let text = "a-b /x/a-b\na-b /x/a-b\n";
        assert_eq!(parse_skill_list(text).len(), 1);
    }

    #[test]
    fn ansi_stripping_keeps_text_and_drops_controls() {
        assert_eq!(strip_ansi("a\x1b[31mb\x1b[0mc\x07d\u{9b}2Je"), "abcde");
    }
}
