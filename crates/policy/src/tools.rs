//! Cortex tool names: the tools we know of, and how names compare.
//!
//! Cortex reports tools in lowercase snake case (`bash`, `web_fetch`, `snowflake_sql_execute`);
//! rules and `--disallowed-tools` values are written capitalized (`Bash`, `WebFetch`,
//! `Bash(rm -rf *)`). Every comparison in the project goes through [`canonical`], so the two
//! spellings of one tool are always the same tool.

/// Tools Cortex Code is known to offer. In `prompt` mode every one of these the person did not
/// approve is passed to Cortex as `--disallowed-tools`.
pub const KNOWN_TOOLS: &[&str] = &[
    "Read",
    "Write",
    "Edit",
    "Bash",
    "Grep",
    "Glob",
    "WebFetch",
    "WebSearch",
    "snowflake_sql_execute",
    "snowflake_query",
    "data_diff",
];

/// The canonical form of a tool name or pattern, for comparisons: the part before any `(`,
/// lowercase ASCII, with `_`, `-` and spaces removed. `Bash(rm -rf *)` → `bash`,
/// `web_fetch` → `webfetch`, `WebFetch` → `webfetch`.
pub fn canonical(name: &str) -> String {
    let base = name.split('(').next().unwrap_or(name);
    base.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// True when `a` and `b` name the same tool (ignoring case, separators and any pattern).
pub fn same_tool(a: &str, b: &str) -> bool {
    canonical(a) == canonical(b)
}

/// True when `name` is a whole-tool entry (no `(pattern)`), i.e. it blocks every use of the tool.
pub fn is_whole_tool(name: &str) -> bool {
    !name.contains('(')
}

/// True when `list` contains `name` (compared with [`same_tool`]) as a whole-tool entry.
pub fn list_blocks_whole_tool(list: &[String], name: &str) -> bool {
    list.iter().any(|t| is_whole_tool(t) && same_tool(t, name))
}

/// Add `name` to `list` unless an entry spelled differently already means the same thing.
/// Whole-tool entries are deduplicated by tool; patterns by their exact text.
pub fn push_unique(list: &mut Vec<String>, name: &str) {
    let dup = if is_whole_tool(name) {
        list_blocks_whole_tool(list, name)
    } else {
        list.iter().any(|t| t == name)
    };
    if !dup {
        list.push(name.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cortex_and_rule_spellings_are_the_same_tool() {
        assert!(same_tool("web_fetch", "WebFetch"));
        assert!(same_tool("bash", "Bash(rm -rf *)"));
        assert!(same_tool("SNOWFLAKE_SQL_EXECUTE", "snowflake_sql_execute"));
        assert!(!same_tool("read", "ReadWrite"));
    }

    #[test]
    fn push_unique_keeps_one_entry_per_whole_tool() {
        let mut list = vec!["Bash".to_string()];
        push_unique(&mut list, "bash");
        push_unique(&mut list, "Bash(rm *)");
        push_unique(&mut list, "Bash(rm *)");
        assert_eq!(list, ["Bash", "Bash(rm *)"]);
    }
}
