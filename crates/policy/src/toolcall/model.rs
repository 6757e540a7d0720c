//! The tool model: one alias table for every spelling of every Cortex tool, and what each tool's
//! input fields hold.
//!
//! Names differ by channel (sources: `/work/notes/plugin.md` §10, `/work/notes/sdk.md` §5,
//! DESIGN.md "Cortex facts"): `tool_use` events and history files use lowercase snake case
//! (`bash`, `snowflake_sql_execute`, and since CLI 1.1.8 `sql_execute`), hooks and SDK callbacks
//! PascalCase (`Bash`, `Edit`), permission requests PascalCase with `input` = `{action,
//! resource}` only (`SQL`, `Bash`, `Read`, `Write`, `Edit`, `WebFetch`, `WebSearch`, `MCP`,
//! `NotebookExecute`, `NotebookEdit`, `Glob`, `Grep`), one source saw `BASH`. Every name is
//! compared in [`crate::tools::canonical`] form (lowercase, `_`, `-` and spaces removed), so all
//! of these are the same tool; `sql_execute`, `snowflake_sql_execute` and `SQL` are one tool.
//!
//! | tool | canonical spellings | judged by |
//! | --- | --- | --- |
//! | SQL | `snowflakesqlexecute`, `sqlexecute`, `sql`, `executesql`, `runsql` | `sql` (`query`, `statement`), `connection` |
//! | shell | `bash`, `shell`, `sh`, `zsh`, `terminal`, `runcommand`, `runshellcommand`, `executecommand`, `runterminalcmd` | `command` |
//! | read | `read`, `readfile`, `view`, `notebookread`, `fileread` | `file_path` |
//! | write / edit | `write`, `writefile`, `createfile`, `filewrite`, `movefile`; `edit`, `multiedit`, `editfile`, `fileedit`, `strreplace`, `strreplacebasededittool`, `applypatch` | `file_path` |
//! | glob / grep | `glob`, `ls`, `listfiles`, `listdirectory`; `grep` | `pattern`, `path` |
//! | web | `webfetch`, `fetch`, `browse`; `websearch`, `websearchtool` | `url`; `query` |
//! | notebook | `notebookexecute` (code: judged like an interpreter), `notebookedit` (a file write) | `code`/cell source; `notebook_path` |
//! | MCP request | `mcp` (permission request for an MCP tool) | `resource` = `mcp__server__tool` + arguments |
//! | Cortex's own read-only tools | `skill`, `task`, `agent`, `askuserquestion`, `snowflakeobjectsearch`, `snowflakeproductdocs`, `snowflakemulticortexanalyst`, `cortexanalyst`, `cortexsearch`, `reflectsemanticmodel`, `bashoutput`, `killshell`, `killbash`, `enterplanmode`, `exitplanmode`, `todowrite`, `todoread`, `datadiff`, `memory` | path fields only (a search `query` is never SQL) |
//! | unknown (MCP `mcp__server__tool` and anything else) | — | every string field by content ([`crate::toolcall`]) |

use serde_json::Value;

use crate::tools::canonical;

/// A tool, whatever it was called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tool {
    Sql,
    Shell,
    Read,
    Write,
    Edit,
    Glob,
    Grep,
    WebFetch,
    WebSearch,
    NotebookExecute,
    NotebookEdit,
    /// A permission request for an MCP tool (`MCP`, `{action, resource}`).
    McpRequest,
    /// Cortex's own tools that only read or only steer the agent.
    Agent(AgentTool),
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgentTool {
    Skill,
    Task,
    AskUserQuestion,
    ObjectSearch,
    ProductDocs,
    MultiCortexAnalyst,
    CortexAnalyst,
    CortexSearch,
    ReflectSemanticModel,
    BashOutput,
    KillShell,
    PlanMode,
    Todo,
    Memory,
    DataDiff,
}

/// The one alias table: canonical spelling → tool.
const ALIASES: &[(&str, Tool)] = &[
    ("snowflakesqlexecute", Tool::Sql),
    ("sqlexecute", Tool::Sql),
    ("sql", Tool::Sql),
    ("executesql", Tool::Sql),
    ("runsql", Tool::Sql),
    ("bash", Tool::Shell),
    ("shell", Tool::Shell),
    ("sh", Tool::Shell),
    ("zsh", Tool::Shell),
    ("terminal", Tool::Shell),
    ("runcommand", Tool::Shell),
    ("runshellcommand", Tool::Shell),
    ("executecommand", Tool::Shell),
    ("runterminalcmd", Tool::Shell),
    ("read", Tool::Read),
    ("readfile", Tool::Read),
    ("view", Tool::Read),
    ("notebookread", Tool::Read),
    ("fileread", Tool::Read),
    ("write", Tool::Write),
    ("writefile", Tool::Write),
    ("createfile", Tool::Write),
    ("filewrite", Tool::Write),
    ("movefile", Tool::Write),
    ("edit", Tool::Edit),
    ("multiedit", Tool::Edit),
    ("editfile", Tool::Edit),
    ("fileedit", Tool::Edit),
    ("strreplace", Tool::Edit),
    ("strreplacebasededittool", Tool::Edit),
    ("applypatch", Tool::Edit),
    ("glob", Tool::Glob),
    ("ls", Tool::Glob),
    ("listfiles", Tool::Glob),
    ("listdirectory", Tool::Glob),
    ("grep", Tool::Grep),
    ("webfetch", Tool::WebFetch),
    ("fetch", Tool::WebFetch),
    ("browse", Tool::WebFetch),
    ("websearch", Tool::WebSearch),
    ("websearchtool", Tool::WebSearch),
    ("notebookexecute", Tool::NotebookExecute),
    ("notebookedit", Tool::NotebookEdit),
    ("mcp", Tool::McpRequest),
    ("skill", Tool::Agent(AgentTool::Skill)),
    ("task", Tool::Agent(AgentTool::Task)),
    ("agent", Tool::Agent(AgentTool::Task)),
    ("askuserquestion", Tool::Agent(AgentTool::AskUserQuestion)),
    (
        "snowflakeobjectsearch",
        Tool::Agent(AgentTool::ObjectSearch),
    ),
    ("snowflakeproductdocs", Tool::Agent(AgentTool::ProductDocs)),
    (
        "snowflakemulticortexanalyst",
        Tool::Agent(AgentTool::MultiCortexAnalyst),
    ),
    ("cortexanalyst", Tool::Agent(AgentTool::CortexAnalyst)),
    ("cortexsearch", Tool::Agent(AgentTool::CortexSearch)),
    (
        "reflectsemanticmodel",
        Tool::Agent(AgentTool::ReflectSemanticModel),
    ),
    ("bashoutput", Tool::Agent(AgentTool::BashOutput)),
    ("killshell", Tool::Agent(AgentTool::KillShell)),
    ("killbash", Tool::Agent(AgentTool::KillShell)),
    ("enterplanmode", Tool::Agent(AgentTool::PlanMode)),
    ("exitplanmode", Tool::Agent(AgentTool::PlanMode)),
    ("todowrite", Tool::Agent(AgentTool::Todo)),
    ("todoread", Tool::Agent(AgentTool::Todo)),
    ("memory", Tool::Agent(AgentTool::Memory)),
    ("datadiff", Tool::Agent(AgentTool::DataDiff)),
];

/// The tool `name` means, in any spelling.
pub fn identify(name: &str) -> Tool {
    let c = canonical(name);
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == c)
        .map_or(Tool::Unknown, |(_, tool)| *tool)
}

/// True when `a` and `b` (tool names or `Tool(pattern)` entries) name the same tool: the same
/// known tool under any alias, or the same canonical name.
pub fn same_tool(a: &str, b: &str) -> bool {
    let (ta, tb) = (identify(a), identify(b));
    if ta != Tool::Unknown && ta == tb {
        return true;
    }
    canonical(a) == canonical(b)
}

/// `mcp__server__tool` → (`server`, `tool`).
pub fn mcp_name(name: &str) -> Option<(&str, &str)> {
    let rest = name.strip_prefix("mcp__")?;
    let (server, tool) = rest.split_once("__")?;
    Some((server, tool))
}

/// A permission request's input: exactly `{action, resource}` (either may be missing, nothing
/// else present). Returns the action and the resource text.
pub fn permission_request(input: &Value) -> Option<(&str, &str)> {
    let map = input.as_object()?;
    if map.is_empty()
        || !map.keys().all(|k| k == "action" || k == "resource")
        || !map.contains_key("resource")
    {
        return None;
    }
    let action = map.get("action").and_then(Value::as_str).unwrap_or("");
    let resource = map.get("resource").and_then(Value::as_str)?;
    Some((action, resource))
}

/// Field names (canonical) and what they hold.
pub const COMMAND_FIELDS: &[&str] = &[
    "command",
    "cmd",
    "commandline",
    "shellcommand",
    "bashcommand",
    "argv",
];
pub const SCRIPT_FIELDS: &[&str] = &["script", "shellscript", "bashscript"];
pub const SQL_FIELDS: &[&str] = &[
    "sql",
    "query",
    "queries",
    "statement",
    "statements",
    "sqltext",
    "sqlquery",
    "sqlstatement",
    "querytext",
    "stmt",
    "stmts",
];
pub const CODE_FIELDS: &[&str] = &[
    "code",
    "source",
    "cell",
    "cells",
    "program",
    "python",
    "javascript",
    "js",
    "snippet",
    "newsource",
    "expression",
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
    "semanticmodelfile",
    "from",
    "to",
    "newpath",
    "oldpath",
    "sourcepath",
    "targetpath",
];
pub const URL_FIELDS: &[&str] = &["url", "uri", "urls", "href", "link", "endpoint", "webhook"];
/// Fields that carry data sent somewhere (an HTTP body).
pub const BODY_FIELDS: &[&str] = &["body", "data", "payload", "json", "form", "content"];

/// Verbs that announce a read.
const READ_VERBS: &[&str] = &[
    "read",
    "get",
    "list",
    "ls",
    "show",
    "describe",
    "desc",
    "search",
    "find",
    "inspect",
    "lookup",
    "explain",
    "preview",
    "count",
    "diff",
    "info",
    "status",
    "history",
    "view",
    "check",
    "validate",
    "fetchdocs",
    "docs",
    "help",
    "query",
    "select",
];
/// Verbs that only say "something runs": what runs is judged from the fields.
const EXECUTOR_VERBS: &[&str] = &[
    "run",
    "exec",
    "execute",
    "call",
    "invoke",
    "query",
    "sql",
    "command",
    "bash",
    "shell",
    "do",
    "process",
    "eval",
    "evaluate",
    "cell",
    "script",
    "code",
    "statement",
    "batch",
];
/// Verbs that announce a change.
const WRITE_VERBS: &[&str] = &[
    "write", "edit", "create", "update", "put", "set", "insert", "upload", "save", "send", "post",
    "move", "mv", "copy", "cp", "rename", "modify", "apply", "deploy", "alter", "stop", "start",
    "merge", "replace", "patch", "commit", "push", "install", "publish", "load", "import",
    "trigger", "submit", "cancel", "restart", "approve", "enable", "disable", "add", "append",
    "upsert", "task", "mkdir", "touch", "chmod", "clone", "sync", "share", "email", "mail",
    "notify", "http", "attach", "grant",
];
/// Verbs that announce data sent to someone else.
const SEND_VERBS: &[&str] = &[
    "send", "post", "upload", "email", "mail", "notify", "publish", "tweet", "sms", "webhook",
    "share", "forward", "invite", "push",
];
/// Verbs that announce destruction.
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
    "kill",
    "terminate",
    "reset",
    "overwrite",
    "teardown",
    "uninstall",
    "shred",
    "format",
    "clear",
    "flush",
    "unlink",
    "rmdir",
    "revoke",
    "prune",
    "nuke",
    "clean",
    "cleanup",
    "discard",
];
/// Nouns that announce account-level objects.
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
    "share",
    "shares",
    "policy",
    "policies",
    "privilege",
    "privileges",
    "password",
    "mfa",
];
/// Words that put a tool's destruction in SQL's domain (a `drop_table` of a Snowflake server is
/// destructive SQL, allowed in DEPLOY; a `delete_file` is not).
const SQL_DOMAIN: &[&str] = &[
    "snowflake",
    "sql",
    "db",
    "database",
    "databases",
    "table",
    "tables",
    "schema",
    "schemas",
    "warehouse",
    "query",
    "stage",
    "view",
    "views",
    "row",
    "rows",
    "column",
    "columns",
    "dbt",
    "postgres",
    "mysql",
    "bigquery",
    "duckdb",
];

pub use crate::guard::normalize::name_words;

/// What an unknown tool's name says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameSays {
    /// Nothing specific (or only "runs something": its fields decide).
    Nothing,
    Reads,
    Writes,
    /// Sends data to another party (`send_message`, `post_tweet`, `upload_file`, `email`).
    Sends,
    /// Destruction in SQL's domain (`drop_table`, `truncate_table` of a Snowflake server).
    DestroysData,
    /// Destruction of files, processes or infrastructure.
    Destroys,
    /// An account-level change (`create_user`, `grant_role`).
    AccountChange,
}

/// Judge words (a tool's name words, or short argument values such as `"purge"`).
pub fn words_say(words: &[String], domain: &[String]) -> NameSays {
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    let sql_domain = domain.iter().any(|w| SQL_DOMAIN.contains(&w.as_str()));
    let reads = has(READ_VERBS);
    let writes = has(WRITE_VERBS);
    let destroys = has(DESTRUCTIVE_VERBS);
    if has(ACCOUNT_NOUNS) && (writes || destroys) {
        return NameSays::AccountChange;
    }
    if destroys {
        return if sql_domain {
            NameSays::DestroysData
        } else {
            NameSays::Destroys
        };
    }
    if has(SEND_VERBS) {
        return NameSays::Sends;
    }
    if writes {
        return NameSays::Writes;
    }
    let runs = words
        .iter()
        .any(|w| EXECUTOR_VERBS.contains(&w.as_str()) && !READ_VERBS.contains(&w.as_str()));
    if reads && !runs {
        return NameSays::Reads;
    }
    NameSays::Nothing
}

/// MCP servers that are remote services on the internet: reading from one is web access,
/// changing anything there sends data out.
const REMOTE_SERVICES: &[&str] = &[
    "github",
    "gitlab",
    "bitbucket",
    "slack",
    "discord",
    "teams",
    "gmail",
    "google",
    "gdrive",
    "drive",
    "notion",
    "linear",
    "jira",
    "confluence",
    "atlassian",
    "asana",
    "trello",
    "sentry",
    "stripe",
    "twilio",
    "sendgrid",
    "mailgun",
    "fetch",
    "http",
    "web",
    "browser",
    "puppeteer",
    "playwright",
    "brave",
    "tavily",
    "exa",
    "firecrawl",
    "perplexity",
    "cloudflare",
    "vercel",
    "netlify",
    "heroku",
    "huggingface",
    "openai",
    "twitter",
    "reddit",
    "youtube",
    "figma",
    "airtable",
    "hubspot",
    "salesforce",
    "zendesk",
    "intercom",
    "pagerduty",
    "datadog",
    "grafana",
    "dropbox",
    "box",
    "onedrive",
    "sharepoint",
    "outlook",
    "calendar",
    "zoom",
    "webhook",
    "internet",
    "websearch",
    "scraper",
    "crawl",
    "crawler",
];

/// True when an MCP tool's server is a remote service (see [`REMOTE_SERVICES`]).
pub fn remote_service(name: &str) -> bool {
    mcp_name(name).is_some_and(|(server, _)| {
        name_words(server)
            .iter()
            .any(|w| REMOTE_SERVICES.contains(&w.as_str()))
    })
}

/// What an unknown tool's name says (MCP names: the server is the domain, the tool the verbs).
pub fn name_says(name: &str) -> NameSays {
    match mcp_name(name) {
        Some((server, tool)) => {
            let mut domain = name_words(server);
            let words = name_words(tool);
            domain.extend(words.iter().cloned());
            let says = words_say(&words, &domain);
            if remote_service(name) && says == NameSays::Writes {
                // A change made on a remote service is data sent there.
                return NameSays::Sends;
            }
            says
        }
        None => {
            let words = name_words(name);
            words_say(&words, &words)
        }
    }
}

/// True when an unknown tool's name says it only reads (`list_databases`, `describe_table`).
pub fn clearly_read_only(name: &str) -> bool {
    name_says(name) == NameSays::Reads
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_channel_spelling_is_one_tool() {
        for name in [
            "sql_execute",
            "snowflake_sql_execute",
            "SQL",
            "SnowflakeSqlExecute",
        ] {
            assert_eq!(identify(name), Tool::Sql, "{name}");
        }
        for name in ["bash", "Bash", "BASH"] {
            assert_eq!(identify(name), Tool::Shell, "{name}");
        }
        assert_eq!(identify("web_fetch"), Tool::WebFetch);
        assert_eq!(identify("WebFetch"), Tool::WebFetch);
        assert_eq!(identify("NotebookExecute"), Tool::NotebookExecute);
        assert_eq!(identify("notebook_edit"), Tool::NotebookEdit);
        assert_eq!(identify("MCP"), Tool::McpRequest);
        assert_eq!(
            identify("snowflake_object_search"),
            Tool::Agent(AgentTool::ObjectSearch)
        );
        assert_eq!(identify("mcp__snowflake__run"), Tool::Unknown);
        assert!(same_tool("sql_execute", "snowflake_sql_execute"));
        assert!(same_tool("SQL", "sql_execute"));
        assert!(same_tool("bash", "Bash(rm*)"));
        assert!(!same_tool("read", "ReadWrite"));
        // `snowflake_query` (in Snowflake's wrapper's block list) is another tool: blocking it
        // must not block the SQL tool.
        assert!(!same_tool("snowflake_query", "snowflake_sql_execute"));
    }

    #[test]
    fn permission_requests_carry_only_action_and_resource() {
        let v = json!({"action": "execute_sql", "resource": "select 1"});
        assert_eq!(permission_request(&v), Some(("execute_sql", "select 1")));
        let v = json!({"resource": "ls"});
        assert_eq!(permission_request(&v), Some(("", "ls")));
        assert_eq!(permission_request(&json!({"command": "ls"})), None);
        assert_eq!(
            permission_request(&json!({"action": "x", "resource": "y", "extra": 1})),
            None
        );
    }

    #[test]
    fn names_say_what_tools_do() {
        assert_eq!(name_says("mcp__snowflake__list_databases"), NameSays::Reads);
        assert_eq!(name_says("mcp__snowflake__describe_table"), NameSays::Reads);
        assert_eq!(name_says("mcp__snowflake__run_query"), NameSays::Nothing);
        assert_eq!(
            name_says("mcp__snowflake__drop_table"),
            NameSays::DestroysData
        );
        assert_eq!(name_says("mcp__fs__delete_file"), NameSays::Destroys);
        assert_eq!(
            name_says("mcp__snowflake_admin__create_user"),
            NameSays::AccountChange
        );
        assert_eq!(
            name_says("mcp__snowflake__grant_role"),
            NameSays::AccountChange
        );
        assert_eq!(name_says("mcp__fs__write_file"), NameSays::Writes);
        assert_eq!(name_says("list_users"), NameSays::Reads);
        assert_eq!(name_says("dropdown_options"), NameSays::Nothing);
    }
}
