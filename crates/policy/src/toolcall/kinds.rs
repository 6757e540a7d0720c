//! What kind of tool a `tool_use` names, and which input fields carry what.
//!
//! Names and field names are compared in [`crate::tools::canonical`] form (lowercase, `_`, `-`
//! and spaces removed), so Cortex's `web_fetch` and a rule's `WebFetch` are the same tool.
//!
//! | kind | canonical names | what is checked |
//! | --- | --- | --- |
//! | shell | `bash`, `shell`, `sh`, `zsh`, `terminal`, `runcommand`, `runshellcommand`, `executecommand`, `runterminalcmd`, `exec` | the `command` field, parsed as shell |
//! | file write | `write`, `edit`, `multiedit`, `notebookedit`, `writefile`, `editfile`, `createfile`, `deletefile`, `movefile`, `applypatch`, `strreplace`, `strreplacebasededittool` | path fields |
//! | file read | `read`, `glob`, `grep`, `ls`, `notebookread`, `readfile`, `listfiles`, `listdirectory`, `view`, `bashoutput` | path fields (and a glob's `pattern`) |
//! | web | `webfetch`, `websearch`, `fetch`, `browse`, `httprequest`, `websearchtool` | `url` fields |
//! | SQL | `snowflakesqlexecute`, `snowflakequery`, `sqlexecute`, `executesql`, `runsql`, `sql` | `sql`/`query`/`statement` fields, parsed as SQL |
//! | agent | `todowrite`, `todoread`, `exitplanmode` | nothing: they only change the agent's own notes |
//! | unknown | anything else (`datadiff` is unknown but known to be read-only) | every string field: `command` fields as shell, SQL fields as SQL, `url` fields and `http(s)://` values as web access, every value for credential paths |
//!
//! An unknown tool may do anything, so in the read-only envelopes (RO, RESEARCH) it is allowed only
//! when its name announces a read ([`clearly_read_only`]: a read verb such as `get`, `list`,
//! `describe`, `search` and no write verb such as `create`, `run`, `delete`) and its fields pass
//! the checks. RW promises "nothing destructive": an unknown tool is allowed unless its name
//! announces destruction ([`announces_destruction`]: `drop`, `delete`, `truncate`, `purge`, …) or
//! a field we can read holds something destructive. DEPLOY promises "no account-level change":
//! an unknown tool is allowed unless its name announces one ([`announces_account_change`]:
//! `user`, `role`, `account`, `grant`, `integration`, … without a read verb) or a field holds one.

use crate::tools::canonical;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolKind {
    Shell,
    FileWrite,
    FileRead,
    Web,
    Sql,
    Agent,
    Unknown,
}

const SHELL: &[&str] = &[
    "bash",
    "shell",
    "sh",
    "zsh",
    "terminal",
    "runcommand",
    "runshellcommand",
    "executecommand",
    "runterminalcmd",
    "exec",
];
const FILE_WRITE: &[&str] = &[
    "write",
    "edit",
    "multiedit",
    "notebookedit",
    "writefile",
    "editfile",
    "createfile",
    "deletefile",
    "movefile",
    "applypatch",
    "strreplace",
    "strreplacebasededittool",
];
const FILE_READ: &[&str] = &[
    "read",
    "glob",
    "grep",
    "ls",
    "notebookread",
    "readfile",
    "listfiles",
    "listdirectory",
    "view",
    "bashoutput",
];
const WEB: &[&str] = &[
    "webfetch",
    "websearch",
    "fetch",
    "browse",
    "httprequest",
    "websearchtool",
];
const SQL: &[&str] = &[
    "snowflakesqlexecute",
    "snowflakequery",
    "sqlexecute",
    "executesql",
    "runsql",
    "sql",
];
const AGENT: &[&str] = &["todowrite", "todoread", "exitplanmode"];
/// Unknown to this table but known to only read.
const KNOWN_READ_ONLY: &[&str] = &["datadiff"];

pub fn kind_of(tool: &str) -> ToolKind {
    let c = canonical(tool);
    let c = c.as_str();
    if SHELL.contains(&c) {
        ToolKind::Shell
    } else if FILE_WRITE.contains(&c) {
        ToolKind::FileWrite
    } else if FILE_READ.contains(&c) {
        ToolKind::FileRead
    } else if WEB.contains(&c) {
        ToolKind::Web
    } else if SQL.contains(&c) {
        ToolKind::Sql
    } else if AGENT.contains(&c) {
        ToolKind::Agent
    } else {
        ToolKind::Unknown
    }
}

/// Field names (canonical) and what they hold.
pub const COMMAND_FIELDS: &[&str] = &[
    "command",
    "cmd",
    "commandline",
    "script",
    "shellcommand",
    "bashcommand",
];
pub const SQL_FIELDS: &[&str] = &[
    "sql",
    "query",
    "queries",
    "statement",
    "statements",
    "sqltext",
    "sqlquery",
    "sqlstatement",
];
pub const PATH_FIELDS: &[&str] = &[
    "path",
    "paths",
    "filepath",
    "file",
    "files",
    "filename",
    "notebookpath",
    "dir",
    "directory",
    "cwd",
    "workdir",
    "workingdirectory",
    "source",
    "destination",
    "target",
    "dest",
    "src",
    "output",
    "outputpath",
    "inputpath",
    "localpath",
    "glob",
    "include",
    "root",
];
pub const URL_FIELDS: &[&str] = &["url", "uri", "urls", "href", "link", "endpoint"];

/// Verbs that announce a read, and verbs that announce anything else (see the module docs).
const READ_VERBS: &[&str] = &[
    "read", "get", "list", "ls", "show", "describe", "desc", "search", "find", "inspect", "lookup",
    "explain", "preview", "count", "diff", "info", "status", "history",
];
const WRITE_VERBS: &[&str] = &[
    "write",
    "edit",
    "create",
    "update",
    "delete",
    "drop",
    "remove",
    "rm",
    "put",
    "set",
    "exec",
    "execute",
    "run",
    "insert",
    "upload",
    "save",
    "send",
    "post",
    "move",
    "mv",
    "copy",
    "cp",
    "rename",
    "modify",
    "apply",
    "deploy",
    "grant",
    "revoke",
    "alter",
    "kill",
    "stop",
    "start",
    "truncate",
    "merge",
    "replace",
    "patch",
    "commit",
    "push",
    "install",
    "publish",
    "load",
    "import",
    "call",
    "invoke",
    "trigger",
    "submit",
    "cancel",
    "restart",
    "reset",
    "clear",
    "purge",
    "undrop",
    "bash",
    "shell",
    "command",
    "sql",
    "shutdown",
    "terminate",
    "approve",
    "enable",
    "disable",
    "add",
    "append",
    "upsert",
    "fetch",
    "download",
    "browse",
    "request",
    "task",
];

/// Verbs that announce destruction, and nouns that announce account-level objects.
const DESTRUCTIVE_VERBS: &[&str] = &[
    "drop",
    "delete",
    "remove",
    "rm",
    "truncate",
    "purge",
    "destroy",
    "wipe",
    "erase",
    "revoke",
    "grant",
    "kill",
    "terminate",
    "reset",
    "overwrite",
    "teardown",
    "uninstall",
    "shred",
    "format",
];
const ACCOUNT_NOUNS: &[&str] = &[
    "account",
    "accounts",
    "user",
    "users",
    "role",
    "roles",
    "grant",
    "grants",
    "integration",
    "integrations",
    "organization",
    "network",
];

/// True when an unknown tool's name announces destruction (`drop_table`, `purgeStage`).
pub fn announces_destruction(tool: &str) -> bool {
    name_words(tool)
        .iter()
        .any(|w| DESTRUCTIVE_VERBS.contains(&w.as_str()))
}

/// True when an unknown tool's name announces an account-level change (`create_user`,
/// `grant_role`) rather than a read (`list_users`).
pub fn announces_account_change(tool: &str) -> bool {
    name_words(tool)
        .iter()
        .any(|w| ACCOUNT_NOUNS.contains(&w.as_str()))
        && !clearly_read_only(tool)
}

/// True when an unknown tool's name says it only reads: a read verb among its words and no
/// other verb (`snowflake_object_search` yes; `cortex_analyst`, `run_query`, `get_or_create` no).
pub fn clearly_read_only(tool: &str) -> bool {
    if KNOWN_READ_ONLY.contains(&canonical(tool).as_str()) {
        return true;
    }
    let words = name_words(tool);
    words.iter().any(|w| READ_VERBS.contains(&w.as_str()))
        && !words.iter().any(|w| WRITE_VERBS.contains(&w.as_str()))
}

/// `snowflake_object_search` → [snowflake, object, search]; `getTableInfo` → [get, table, info].
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cortex_and_rule_spellings_classify_alike() {
        assert_eq!(kind_of("bash"), ToolKind::Shell);
        assert_eq!(kind_of("Bash"), ToolKind::Shell);
        assert_eq!(kind_of("web_fetch"), ToolKind::Web);
        assert_eq!(kind_of("WebFetch"), ToolKind::Web);
        assert_eq!(kind_of("snowflake_sql_execute"), ToolKind::Sql);
        assert_eq!(kind_of("SnowflakeQuery"), ToolKind::Sql);
        assert_eq!(kind_of("MultiEdit"), ToolKind::FileWrite);
        assert_eq!(kind_of("notebook_edit"), ToolKind::FileWrite);
        assert_eq!(kind_of("Glob"), ToolKind::FileRead);
        assert_eq!(kind_of("TodoWrite"), ToolKind::Agent);
        assert_eq!(kind_of("data_diff"), ToolKind::Unknown);
        assert_eq!(kind_of("frobnicate"), ToolKind::Unknown);
    }

    #[test]
    fn read_only_names_need_a_read_verb_and_no_other_verb() {
        for name in [
            "snowflake_object_search",
            "getTableInfo",
            "list-warehouses",
            "describe_view",
            "data_diff",
        ] {
            assert!(clearly_read_only(name), "{name}");
        }
        for name in [
            "cortex_analyst",
            "run_query",
            "get_or_create_table",
            "listAndDelete",
            "semantic_view",
            "fetch_url",
            "task",
        ] {
            assert!(!clearly_read_only(name), "{name}");
        }
    }

    #[test]
    fn names_that_announce_destruction_or_account_changes() {
        assert!(announces_destruction("drop_table"));
        assert!(announces_destruction("purgeStage"));
        assert!(!announces_destruction("create_table"));
        assert!(!announces_destruction("dropdown_options"));
        assert!(announces_account_change("create_user"));
        assert!(announces_account_change("grantRole"));
        assert!(!announces_account_change("list_users"));
        assert!(!announces_account_change("create_table"));
    }
}
