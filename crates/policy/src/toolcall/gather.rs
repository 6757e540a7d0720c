//! From a tool call to what it would do ([`Facts`]): which fields hold SQL, commands, code,
//! paths or URLs, and what those would run, read, write and send.
//!
//! Known tools are read by their documented fields; a permission request's `resource` is read as
//! the tool's one field. Unknown tools (MCP tools included) are read field by field, by key when
//! the key says what it holds (`sql`, `command`, `code`, `path`, `url`) and by content otherwise
//! ([`sniff`]): text shaped like a SQL statement is SQL, text starting with a known program is a
//! command, text shaped like a path is a path, `http(s)://…` is a URL. Short values that announce
//! destruction (`"purge"`) count like the tool's name.

use std::borrow::Cow;

use serde_json::Value;

use super::code::{self, CodeFacts, DataFrameEffect, SqlCall};
use super::model::{
    self, AgentTool, BODY_FIELDS, CODE_FIELDS, COMMAND_FIELDS, NameSays, PATH_FIELDS,
    SCRIPT_FIELDS, SQL_FIELDS, Tool, URL_FIELDS,
};
use super::shell::effects::{self as shell_effects, ShellClass};
use super::shell::{self, SqlSource};
use super::sql::{self, SqlClass};
use super::{MAX_INPUT_BYTES, MAX_INPUT_DEPTH};
use crate::tools::canonical;

/// Most string values in one tool call's input.
const MAX_INPUT_STRINGS: usize = 10_000;
/// Most code programs, SQL texts and shell texts analyzed per call.
const MAX_PIECES: usize = 256;

/// A string value of the input and the (canonical) name of the field that holds it.
pub(super) struct Field<'a> {
    pub key: String,
    pub value: Cow<'a, str>,
}

/// What a call would do, as far as the rules care.
#[derive(Default)]
pub(super) struct Facts<'a> {
    pub tool: Option<Tool>,
    /// Shell texts and their analyses (for `tool(pattern)` entries and organization rules).
    pub shell: Vec<(Cow<'a, str>, shell::Analysis)>,
    /// SQL texts and their analyses.
    pub sql: Vec<(Cow<'a, str>, sql::Analysis)>,
    /// SQL effects known without text: (class, evidence).
    pub sql_classes: Vec<(SqlClass, String)>,
    /// The worst shell-like effect (commands, interpreter code): class, reason, evidence.
    pub shell_class: Option<(ShellClass, &'static str, String)>,
    /// The first file an output redirection writes (RO/RESEARCH report `file_write`).
    pub redirect_write: Option<String>,
    /// Paths read; paths written (moved, deleted, changed).
    pub paths_read: Vec<Cow<'a, str>>,
    pub paths_written: Vec<Cow<'a, str>>,
    /// A file tool writes (`Write`, `Edit`, `NotebookEdit`, an MCP write): its target.
    pub file_write: Option<String>,
    /// Text searched for credential paths.
    pub texts: Vec<Cow<'a, str>>,
    /// Scripts and patterns (`sed '/.*/d'`, `grep -E 'a.*'`): searched for credential paths as
    /// written, their wildcards not expanded as globs.
    pub script_texts: Vec<Cow<'a, str>>,
    /// Paths named in instructions handed to a sub-agent or a skill: refused when protected.
    pub paths_mentioned: Vec<String>,
    /// Folders read recursively: (root, evidence).
    pub search_roots: Vec<(String, String)>,
    pub secret: Option<String>,
    /// URLs fetched and web searches (web tools).
    pub urls: Vec<Cow<'a, str>>,
    /// Data sent over HTTP by a tool (a POST body).
    pub sends: Option<String>,
    pub connections: Vec<String>,
    /// What an unknown tool's name (or its short argument values) says.
    pub name_says: Option<NameSays>,
    /// An unknown tool's field that could not be classified (RO/RESEARCH deny).
    pub unclassified: Option<String>,
    /// Something was classified (an unknown tool is not judged only by its name).
    pub classified: bool,
}

impl<'a> Facts<'a> {
    fn shell_raise(&mut self, class: ShellClass, reason: &'static str, evidence: &str) {
        let worse = self.shell_class.as_ref().is_none_or(|(c, _, _)| class > *c);
        if worse {
            self.shell_class = Some((class, reason, evidence.to_string()));
        }
    }

    fn sql_text(&mut self, text: Cow<'a, str>) -> Result<(), String> {
        if self.sql.len() >= MAX_PIECES {
            return Err(format!("more than {MAX_PIECES} SQL texts in one call"));
        }
        let analysis = sql::analyze(&text).map_err(|e| e.to_string())?;
        self.sql.push((text, analysis));
        Ok(())
    }
}

/// Every string value of the input, bounded in size, count and depth. Arrays of strings under a
/// command-like key (`argv`, `args`, `cmd`) also yield the words joined into one command.
pub(super) fn collect(input: &Value) -> Result<Vec<Field<'_>>, String> {
    fn walk<'a>(
        v: &'a Value,
        key: &str,
        depth: usize,
        out: &mut Vec<Field<'a>>,
        bytes: &mut usize,
    ) -> Result<(), String> {
        if depth > MAX_INPUT_DEPTH {
            return Err(format!(
                "tool input nests deeper than {MAX_INPUT_DEPTH} levels"
            ));
        }
        match v {
            Value::String(s) => {
                *bytes += s.len();
                if *bytes > MAX_INPUT_BYTES {
                    return Err(format!(
                        "tool input has more than {MAX_INPUT_BYTES} bytes of text"
                    ));
                }
                if out.len() >= MAX_INPUT_STRINGS {
                    return Err(format!(
                        "tool input has more than {MAX_INPUT_STRINGS} text values"
                    ));
                }
                out.push(Field {
                    key: key.to_string(),
                    value: Cow::Borrowed(s),
                });
            }
            Value::Array(items) => {
                let words: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                let argv_key = ["argv", "args", "cmd", "command", "arguments"].contains(&key);
                if argv_key && words.len() == items.len() && words.len() > 1 {
                    let joined: Vec<String> = words.iter().map(|w| shell_quote(w)).collect();
                    out.push(Field {
                        key: "argv".to_string(),
                        value: Cow::Owned(joined.join(" ")),
                    });
                }
                for item in items {
                    walk(item, key, depth + 1, out, bytes)?;
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    *bytes += k.len();
                    walk(item, &canonical(k), depth + 1, out, bytes)?;
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
        Ok(())
    }
    let mut out = Vec::new();
    let mut bytes = 0;
    walk(input, "", 0, &mut out, &mut bytes)?;
    Ok(out)
}

fn shell_quote(w: &str) -> String {
    if !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:@%+,~".contains(c))
    {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

fn values<'a>(fields: &[Field<'a>], keys: &[&str]) -> Vec<Cow<'a, str>> {
    // A bare string input (no field name) is the tool's one field.
    fields
        .iter()
        .filter(|f| keys.contains(&f.key.as_str()) || f.key.is_empty())
        .map(|f| f.value.clone())
        .collect()
}

/// What `call` would do. Err: why its input cannot be read.
pub(super) fn gather<'a>(
    name: &str,
    input: &'a Value,
    fields: &[Field<'a>],
) -> Result<Facts<'a>, String> {
    let tool = model::identify(name);
    let mut facts = Facts {
        tool: Some(tool),
        ..Facts::default()
    };
    // A permission request carries one `resource` text: judge it as the tool's one field.
    let request = model::permission_request(input).map(|(_, r)| Cow::Borrowed(r));
    let action = model::permission_request(input).map_or("", |(a, _)| a);
    match tool {
        Tool::Sql => {
            let mut texts = values(fields, SQL_FIELDS);
            texts.extend(request);
            if texts.is_empty() {
                return Err("SQL call without a `sql`, `query` or `statement` field".into());
            }
            for t in texts {
                facts.sql_text(t)?;
            }
            for c in values(fields, &["connection", "connectionname"]) {
                facts.connections.push(c.into_owned());
            }
        }
        Tool::Shell => {
            let mut texts = values(fields, COMMAND_FIELDS);
            texts.extend(request);
            if texts.is_empty() {
                return Err("shell call without a `command` field".into());
            }
            for t in texts {
                shell_text(&mut facts, t)?;
            }
        }
        Tool::Read => {
            facts.paths_read.extend(values(fields, PATH_FIELDS));
            facts.paths_read.extend(request);
        }
        Tool::Write | Tool::Edit | Tool::NotebookEdit => {
            let mut targets = values(fields, PATH_FIELDS);
            targets.extend(request);
            facts.file_write = Some(
                targets
                    .first()
                    .map_or_else(|| name.to_string(), |t| t.to_string()),
            );
            facts.paths_written.extend(targets);
        }
        Tool::Glob => {
            let base = values(fields, &["path", "cwd", "directory", "dir", "root"]);
            let mut patterns = values(fields, &["pattern", "glob", "include"]);
            patterns.extend(request);
            for p in &patterns {
                match base.first() {
                    Some(b) if !p.starts_with('/') && !p.starts_with('~') => facts
                        .paths_read
                        .push(Cow::Owned(format!("{}/{}", b.trim_end_matches('/'), p))),
                    _ => facts.paths_read.push(p.clone()),
                }
            }
            facts.paths_read.extend(base);
        }
        Tool::Grep => {
            for p in values(
                fields,
                &["path", "paths", "cwd", "directory", "dir", "root"],
            ) {
                facts
                    .search_roots
                    .push((p.to_string(), format!("grep in {p}")));
                facts.paths_read.push(p);
            }
            for g in values(fields, &["glob", "include", "file", "files"]) {
                facts.paths_read.push(g);
            }
            if let Some(r) = request {
                // The request names the search (a pattern, maybe with a folder): read it as text.
                facts.texts.push(r);
            }
        }
        Tool::WebFetch => {
            let mut urls = values(fields, URL_FIELDS);
            urls.extend(request);
            for u in &urls {
                if let Some(path) = file_url_path(u) {
                    facts.paths_read.push(Cow::Owned(path));
                }
            }
            if urls.is_empty() {
                urls.push(Cow::Owned(name.to_string()));
            }
            facts.urls.extend(urls);
        }
        Tool::WebSearch => {
            let mut queries = values(fields, &["query", "q", "search"]);
            queries.extend(request);
            if queries.is_empty() {
                queries.push(Cow::Owned(name.to_string()));
            }
            facts.urls.extend(queries);
        }
        Tool::NotebookExecute => {
            facts
                .paths_read
                .extend(values(fields, &["notebookpath", "path"]));
            let skip = [
                "notebookpath",
                "path",
                "cellid",
                "celltype",
                "language",
                "kernel",
                "description",
            ];
            let mut programs: Vec<Cow<'a, str>> = fields
                .iter()
                .filter(|f| !skip.contains(&f.key.as_str()))
                .map(|f| f.value.clone())
                .collect();
            programs.extend(request);
            for p in programs {
                notebook_code(&mut facts, &p)?;
            }
        }
        Tool::McpRequest => {
            if let Some(r) = request {
                mcp_request(&mut facts, &r, action)?;
            }
        }
        Tool::Agent(agent) => {
            // Cortex's own read-only tools: their text (a search, a question, a plan) is never
            // run; only an explicit file reference is checked.
            if agent != AgentTool::Memory {
                facts.paths_read.extend(values(fields, PATH_FIELDS));
            }
            if matches!(agent, AgentTool::Task | AgentTool::Skill) {
                // Instructions for a sub-agent or a skill: judged by what they ask for.
                delegated(&mut facts, fields);
            }
            if agent == AgentTool::Memory {
                let command = values(fields, &["command", "action", "operation"]);
                let writes = command.iter().any(|c| {
                    !["view", "read", "list", "get", "search"]
                        .contains(&c.to_ascii_lowercase().as_str())
                });
                if writes {
                    facts.file_write = Some("memory".to_string());
                }
            }
            facts.classified = true;
        }
        Tool::Unknown => unknown(&mut facts, name, fields, request, action)?,
    }
    Ok(facts)
}

/// Most code pieces taken from one delegated instruction.
const MAX_DELEGATED_PIECES: usize = 32;

/// What a `task` prompt or a skill's arguments ask for: every credential path in them, every
/// path (checked against the protected ones), and the SQL statements and shell commands they
/// quote or introduce (`Run this SQL: …`, `` `rm -rf x` ``, a line that is a statement). A piece
/// that does not parse as SQL or shell is prose, not a reason to refuse.
fn delegated<'a>(facts: &mut Facts<'a>, fields: &[Field<'a>]) {
    for f in fields {
        let text = f.value.as_ref();
        facts.texts.push(f.value.clone());
        for token in text.split(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '`' | ',' | ';' | '(' | ')')
        }) {
            let token = token.trim_end_matches(['.', ':', '!', '?']);
            if super::policy::looks_like_path(token) && facts.paths_mentioned.len() < 64 {
                facts.paths_mentioned.push(token.to_string());
            }
        }
        for piece in code_pieces(text).into_iter().take(MAX_DELEGATED_PIECES) {
            if sql::statement_shaped(&piece) {
                // Unreadable SQL in prose is prose.
                let _ = facts.sql_text(Cow::Owned(piece));
            } else if command_shaped(&piece) {
                let _ = shell_text(facts, Cow::Owned(piece));
            }
        }
    }
}

/// Candidate code in prose: backtick spans, the rest of a line after a cue (`SQL:`, `run:`,
/// `command:`, `execute in the shell:`), and lines that start like a statement or a command.
fn code_pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let after = &rest[start..];
        let ticks = after.chars().take_while(|c| *c == '`').count();
        let body = &after[ticks..];
        let Some(end) = body.find(&"`".repeat(ticks)) else {
            break;
        };
        let mut code = &body[..end];
        if ticks >= 3 {
            // ```sql\n…: drop the language tag.
            code = code.split_once('\n').map_or(code, |(tag, body)| {
                if tag.trim().chars().all(|c| c.is_ascii_alphanumeric()) {
                    body
                } else {
                    code
                }
            });
        }
        out.push(code.trim().to_string());
        rest = &body[end + ticks..];
    }
    const CUES: &[&str] = &[
        "sql",
        "query",
        "statement",
        "command",
        "shell",
        "run",
        "execute",
        "bash",
        "terminal",
    ];
    for line in text.lines() {
        let line = line.trim().trim_start_matches(['-', '*', '>', ' ']);
        if sql::statement_shaped(line) || command_shaped(line) {
            out.push(line.to_string());
            continue;
        }
        if let Some((before, after)) = line.split_once(':') {
            let cue = before.to_ascii_lowercase();
            if CUES.iter().any(|c| {
                cue.split(|ch: char| !ch.is_ascii_alphanumeric())
                    .any(|w| w == *c)
            }) {
                out.push(after.trim().to_string());
            }
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// `file:///home/x/.ssh/id_rsa`, `file://localhost/…` → the path.
fn file_url_path(url: &str) -> Option<String> {
    let t = url.trim();
    let rest = t
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("file://"))
        .map(|_| &t[7..])?;
    Some(rest.strip_prefix("localhost").unwrap_or(rest).to_string())
}

/// A shell command text: its analysis, effects, SQL, paths and secrets.
pub(super) fn shell_text<'a>(facts: &mut Facts<'a>, text: Cow<'a, str>) -> Result<(), String> {
    if facts.shell.len() >= MAX_PIECES {
        return Err(format!("more than {MAX_PIECES} shell texts in one call"));
    }
    let analysis = shell::analyze(&text).map_err(|e| e.to_string())?;
    let effects = shell_effects::effects(&analysis);
    if effects.class > ShellClass::Read || !effects.client_sql.is_empty() {
        // A command that may write (`sqlite3 ~/.local/share/cortex-route/x.db …`, an editor, a
        // script given a settings file) must not be handed a protected file at all.
        // Copies, archives and comparisons read their operands; their destinations are in
        // `effects.writes` already.
        const READS_OPERANDS: &[&str] = &[
            "cp",
            "rsync",
            "scp",
            "tar",
            "zip",
            "7z",
            "diff",
            "cmp",
            "ln",
            "install",
            "gzip",
            "bzip2",
            "xz",
            "zstd",
            "sha256sum",
            "md5sum",
        ];
        for c in analysis
            .commands
            .iter()
            .filter(|c| !READS_OPERANDS.contains(&c.name().as_str()))
        {
            for w in c.words.iter().skip(1) {
                let t = w.text.split_once('=').map_or(w.text.as_str(), |(_, v)| v);
                // Search patterns and scripts (`sed '/.*/d'`) name no file.
                let not_a_file = effects.pattern_words.iter().any(|p| p == &w.text)
                    || effects.script_words.iter().any(|p| p == &w.text);
                if !not_a_file
                    && super::policy::looks_like_path(t)
                    && facts.paths_mentioned.len() < 64
                {
                    facts.paths_mentioned.push(t.to_string());
                }
            }
        }
    }
    facts.classified = true;
    facts.shell_raise(ShellClass::Read, "", &text);
    facts.shell_raise(effects.class, effects.reason, &effects.evidence);
    if facts.redirect_write.is_none() {
        facts.redirect_write = effects.redirect_write.clone();
    }
    if facts.secret.is_none() {
        facts.secret = effects.secret.clone();
    }
    facts
        .connections
        .extend(effects.connections.iter().cloned());
    facts
        .search_roots
        .extend(effects.search_roots.iter().cloned());
    facts
        .paths_written
        .extend(effects.writes.iter().map(|w| Cow::Owned(w.clone())));
    // Words that are SQL handed to a client are judged as SQL (their `file://` paths included),
    // not searched as text: `select t.key` is not a key file.
    let sql_words: Vec<String> = analysis
        .sql
        .iter()
        .filter_map(|e| match &e.source {
            SqlSource::Text(t) => Some(t.clone()),
            _ => None,
        })
        .chain(effects.client_sql.iter().filter_map(|c| c.text.clone()))
        .collect();
    for c in &analysis.commands {
        for t in c.texts() {
            if sql_words.iter().any(|s| s == t) {
                continue;
            }
            if effects.pattern_words.iter().any(|p| p == t) {
                continue;
            }
            if effects.script_words.iter().any(|p| p == t) {
                facts.script_texts.push(Cow::Owned(t.to_string()));
            } else {
                facts.texts.push(Cow::Owned(t.to_string()));
            }
        }
    }
    for code in &analysis.code {
        facts.texts.push(Cow::Owned(code.clone()));
    }
    for p in &analysis.programs {
        for s in &p.facts.strings {
            facts.texts.push(Cow::Owned(s.clone()));
        }
    }
    for e in &analysis.sql {
        match &e.source {
            SqlSource::Text(t) => facts.sql_text(Cow::Owned(t.clone()))?,
            SqlSource::Unseen => facts
                .sql_classes
                .push((SqlClass::Dynamic, e.command.clone())),
            SqlSource::Class(c) => facts.sql_classes.push((*c, e.command.clone())),
            SqlSource::Unreadable(err) => return Err(format!("{err}: {}", e.command)),
        }
    }
    for c in &effects.client_sql {
        match &c.text {
            Some(t) => facts.sql_text(Cow::Owned(t.clone()))?,
            None => facts
                .sql_classes
                .push((SqlClass::Dynamic, c.command.clone())),
        }
    }
    facts.shell.push((text, analysis));
    Ok(())
}

/// Program text of a general-purpose language (see [`code`]): never read-only.
fn program<'a>(facts: &mut Facts<'a>, text: &str, evidence: &str) -> Result<(), String> {
    let f: CodeFacts = code::analyze(text);
    facts.classified = true;
    facts.shell_raise(ShellClass::Write, "runs interpreter code", evidence);
    if let Some(why) = f.destructive {
        facts.shell_raise(ShellClass::Destructive, why, evidence);
    }
    if f.computed_commands {
        facts.shell_raise(
            ShellClass::Destructive,
            "runs commands built at run time",
            evidence,
        );
    }
    if let Some(why) = f.network {
        facts.shell_raise(ShellClass::Network, why, evidence);
    }
    if let Some(e) = &f.env_read
        && facts.secret.is_none()
    {
        facts.secret = Some(e.clone());
    }
    for c in f.commands.iter().take(64) {
        shell_text(facts, Cow::Owned(c.clone()))?;
    }
    for call in &f.sql_calls {
        match call {
            SqlCall::Literal(t) => facts.sql_text(Cow::Owned(t.clone()))?,
            SqlCall::Computed(site) => facts.sql_classes.push((SqlClass::Dynamic, site.clone())),
        }
    }
    for (effect, what) in &f.dataframe {
        let class = match effect {
            DataFrameEffect::WholeTable => SqlClass::Destructive,
            DataFrameEffect::Write => SqlClass::Write,
            DataFrameEffect::Download => SqlClass::Egress,
        };
        facts.sql_classes.push((class, what.clone()));
    }
    for s in &f.strings {
        facts.texts.push(Cow::Owned(s.clone()));
        if f.writes_files && shell_effects::looks_like_path(s) {
            facts.paths_written.push(Cow::Owned(s.clone()));
        }
    }
    Ok(())
}

/// A notebook cell: `!cmd` and `%%bash` are shell, `%sql`/`%%sql` SQL, the rest Python.
pub(super) fn notebook_code<'a>(facts: &mut Facts<'a>, cell: &str) -> Result<(), String> {
    let trimmed = cell.trim_start();
    for magic in ["%%bash", "%%sh", "%%script bash", "%%script sh", "%%shell"] {
        if let Some(rest) = trimmed.strip_prefix(magic) {
            return shell_text(facts, Cow::Owned(rest.to_string()));
        }
    }
    if let Some(rest) = trimmed.strip_prefix("%%writefile") {
        // `%%writefile [-a] PATH` writes the rest of the cell to PATH.
        let header = rest.lines().next().unwrap_or("");
        if let Some(path) = header.split_whitespace().find(|w| !w.starts_with('-')) {
            facts.paths_written.push(Cow::Owned(path.to_string()));
            facts.shell_raise(ShellClass::Write, "writes a file", cell);
            if facts.redirect_write.is_none() {
                facts.redirect_write = Some(path.to_string());
            }
        }
        return Ok(());
    }
    let mut python = String::new();
    for line in cell.lines() {
        let l = line.trim_start();
        let magic_shell = ["%sx ", "%system ", "%sh ", "%bash "]
            .iter()
            .find_map(|m| l.strip_prefix(m))
            .map(str::to_string)
            .or_else(|| {
                // `%pip install x`, `%conda install x` run the package manager.
                ["%pip ", "%conda ", "%mamba ", "%uv "]
                    .iter()
                    .find(|m| l.starts_with(**m))
                    .map(|m| format!("{} {}", m.trim_start_matches('%').trim(), &l[m.len()..]))
            });
        let env_magic = l == "%env"
            || l.starts_with("%env ") && !l.contains('=') && l.split_whitespace().count() <= 2;
        if env_magic {
            // `%env` lists the environment; `%env NAME` prints one variable.
            let name = l.split_whitespace().nth(1).unwrap_or("");
            if name.is_empty() || code::secret_variable(name) {
                facts.secret.get_or_insert_with(|| l.to_string());
            }
            continue;
        }
        if let Some(cmd) = l.strip_prefix('!') {
            shell_text(facts, Cow::Owned(cmd.to_string()))?;
        } else if let Some(cmd) = magic_shell {
            shell_text(facts, Cow::Owned(cmd))?;
        } else {
            python.push_str(line);
            python.push('\n');
        }
    }
    program(facts, &python, cell)
}

/// A permission request for an MCP tool: `resource` is the tool's name and its arguments
/// (`mcp__snowflake__execute_query: DROP TABLE …`, `mcp__fs__read_file /x`, or JSON).
fn mcp_request<'a>(facts: &mut Facts<'a>, resource: &str, action: &str) -> Result<(), String> {
    let r = resource.trim();
    let (name, rest) = match r.find(|c: char| c.is_whitespace() || c == ':' || c == '(' || c == '{')
    {
        Some(k) if r.starts_with("mcp__") => {
            let rest = r[k..].trim_start_matches([':', ' ', '\t', '\n']);
            let rest = rest
                .strip_prefix('(')
                .and_then(|x| x.strip_suffix(')'))
                .unwrap_or(rest);
            (&r[..k], rest)
        }
        _ if r.starts_with("mcp__") => (r, ""),
        _ => ("", r),
    };
    let says = if name.is_empty() {
        NameSays::Nothing
    } else {
        model::name_says(name)
    };
    raise_name(facts, says);
    if let Ok(Value::Object(map)) = serde_json::from_str::<Value>(rest) {
        let v = Value::Object(map);
        let fields: Vec<Field<'_>> = collect(&v)?;
        let owned: Vec<Field<'a>> = fields
            .into_iter()
            .map(|f| Field {
                key: f.key,
                value: Cow::Owned(f.value.into_owned()),
            })
            .collect();
        return unknown_fields(facts, name, &owned, action);
    }
    if !rest.is_empty() {
        let f = Field {
            key: String::new(),
            value: Cow::Owned(rest.to_string()),
        };
        unknown_fields(facts, name, &[f], action)?;
    }
    Ok(())
}

fn raise_name(facts: &mut Facts<'_>, says: NameSays) {
    if facts.name_says.is_none_or(|s| says > s) {
        facts.name_says = Some(says);
    }
}

/// An unknown tool: its name, then every field.
fn unknown<'a>(
    facts: &mut Facts<'a>,
    name: &str,
    fields: &[Field<'a>],
    request: Option<Cow<'a, str>>,
    action: &str,
) -> Result<(), String> {
    raise_name(facts, model::name_says(name));
    match request {
        Some(r) => {
            let f = Field {
                key: String::new(),
                value: r,
            };
            unknown_fields(facts, name, &[f], action)
        }
        None => unknown_fields(facts, name, fields, action),
    }
}

/// Keys whose text describes rather than acts.
const PROSE_FIELDS: &[&str] = &[
    "description",
    "title",
    "summary",
    "comment",
    "message",
    "prompt",
    "question",
    "reason",
    "explanation",
    "notes",
    "note",
    "label",
    "plan",
    "rationale",
    "goal",
    "instructions",
    "name",
];

fn unknown_fields<'a>(
    facts: &mut Facts<'a>,
    name: &str,
    fields: &[Field<'a>],
    action: &str,
) -> Result<(), String> {
    let name_reads = facts.name_says == Some(NameSays::Reads);
    let name_writes = matches!(
        facts.name_says,
        Some(NameSays::Writes | NameSays::Destroys | NameSays::DestroysData)
    ) || ["write_file", "edit_file", "file_write"].contains(&action);
    let method_sends = fields.iter().any(|f| {
        f.key == "method"
            && ["post", "put", "patch", "delete"].contains(&f.value.to_ascii_lowercase().as_str())
    });
    let has_body = fields
        .iter()
        .any(|f| BODY_FIELDS.contains(&f.key.as_str()) || f.key == "files");
    let mut short_words: Vec<String> = Vec::new();
    for f in fields {
        let key = f.key.as_str();
        let v = f.value.as_ref();
        if v.trim().is_empty() {
            continue;
        }
        if SQL_FIELDS.contains(&key) || key == "argv" || COMMAND_FIELDS.contains(&key) {
            if key == "argv" || COMMAND_FIELDS.contains(&key) {
                // A tool that wraps a program (`kubectl`, `gh`) takes its subcommand here:
                // `delete ns prod` announces destruction like a tool name would.
                if let Some(first) = v.split_whitespace().next() {
                    short_words.extend(model::name_words(first));
                }
                shell_text(facts, f.value.clone())?;
            } else if name_reads && !sql::statement_shaped(v) {
                // A search tool's `query`: a search string.
                facts.classified = true;
            } else {
                facts.classified = true;
                facts.sql_text(f.value.clone())?;
            }
            continue;
        }
        if SCRIPT_FIELDS.contains(&key) {
            if command_shaped(v.trim()) {
                shell_text(facts, f.value.clone())?;
            } else {
                notebook_code(facts, v)?;
            }
            continue;
        }
        if CODE_FIELDS.contains(&key) && sniff(v) != Sniffed::Path {
            notebook_code(facts, v)?;
            continue;
        }
        if URL_FIELDS.contains(&key) || is_url(v) {
            facts.classified = true;
            if let Some(path) = file_url_path(v) {
                facts.paths_read.push(Cow::Owned(path));
            } else if method_sends || has_body {
                facts.sends = Some(v.to_string());
            } else {
                facts.urls.push(f.value.clone());
            }
            continue;
        }
        if PATH_FIELDS.contains(&key) || key == "source" {
            facts.classified = true;
            let search = matches!(key, "root" | "directory" | "dir")
                && model::name_words(name)
                    .iter()
                    .any(|w| ["search", "find", "grep"].contains(&w.as_str()));
            if search {
                facts
                    .search_roots
                    .push((v.to_string(), format!("{name} in {v}")));
            }
            let written = name_writes
                || matches!(
                    key,
                    "destination" | "dest" | "target" | "to" | "newpath" | "targetpath"
                );
            if written {
                facts.paths_written.push(f.value.clone());
                if facts.file_write.is_none() {
                    facts.file_write = Some(v.to_string());
                }
            } else {
                facts.paths_read.push(f.value.clone());
            }
            continue;
        }
        if BODY_FIELDS.contains(&key) || PROSE_FIELDS.contains(&key) {
            // Content written or sent, or prose: searched for credential paths only.
            facts.texts.push(f.value.clone());
            continue;
        }
        match sniff(v) {
            Sniffed::Sql => {
                facts.classified = true;
                facts.sql_text(f.value.clone())?;
            }
            Sniffed::Command => shell_text(facts, f.value.clone())?,
            Sniffed::Path => {
                facts.classified = true;
                if name_writes {
                    facts.paths_written.push(f.value.clone());
                } else {
                    facts.paths_read.push(f.value.clone());
                }
            }
            Sniffed::Word => {
                short_words.extend(model::name_words(v));
                facts.texts.push(f.value.clone());
            }
            Sniffed::Text => {
                facts.texts.push(f.value.clone());
                if facts.unclassified.is_none() {
                    facts.unclassified = Some(v.chars().take(200).collect());
                }
            }
        }
    }
    if !short_words.is_empty() {
        let mut domain = model::name_words(name);
        for f in fields {
            domain.extend(model::name_words(&f.key));
        }
        domain.extend(short_words.iter().cloned());
        let says = model::words_say(&short_words, &domain);
        if says > NameSays::Reads {
            raise_name(facts, says);
        }
    }
    Ok(())
}

fn is_url(v: &str) -> bool {
    let t = v.trim_start();
    [
        "https://", "http://", "ftp://", "file://", "s3://", "gs://", "wss://", "ws://",
    ]
    .iter()
    .any(|p| t.get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p)))
}

/// What a free-text value reads as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sniffed {
    Sql,
    Command,
    Path,
    /// A short identifier-like value (`"purge"`, `"prod"`).
    Word,
    Text,
}

/// Classify free text by its shape (see the module docs).
pub(super) fn sniff(v: &str) -> Sniffed {
    let t = v.trim();
    if sql::statement_shaped(t) {
        return Sniffed::Sql;
    }
    if command_shaped(t) {
        return Sniffed::Command;
    }
    if shell_effects::looks_like_path(t) && !t.contains(char::is_whitespace) {
        return Sniffed::Path;
    }
    if t.len() <= 64
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
        && t.split_whitespace().count() <= 3
    {
        return Sniffed::Word;
    }
    Sniffed::Text
}

/// Text starting with a program we know (`rm -rf x`, `curl …`, `#!/bin/sh`).
fn command_shaped(t: &str) -> bool {
    if t.starts_with("#!") {
        return true;
    }
    let first = t.split_whitespace().next().unwrap_or("");
    let name = first
        .rsplit('/')
        .next()
        .unwrap_or(first)
        .to_ascii_lowercase();
    if name.is_empty() {
        return false;
    }
    const PROGRAMS: &[&str] = &[
        "rm",
        "rmdir",
        "unlink",
        "shred",
        "truncate",
        "dd",
        "mkfs",
        "curl",
        "wget",
        "nc",
        "ncat",
        "socat",
        "ssh",
        "scp",
        "rsync",
        "sudo",
        "doas",
        "su",
        "chmod",
        "chown",
        "chgrp",
        "mv",
        "cp",
        "ln",
        "bash",
        "sh",
        "zsh",
        "dash",
        "python",
        "python3",
        "node",
        "perl",
        "ruby",
        "php",
        "git",
        "snow",
        "snowsql",
        "psql",
        "mysql",
        "sqlite3",
        "kill",
        "pkill",
        "killall",
        "crontab",
        "find",
        "xargs",
        "eval",
        "exec",
        "source",
        "env",
        "printenv",
        "export",
        "cat",
        "ls",
        "tar",
        "zip",
        "docker",
        "kubectl",
        "terraform",
        "aws",
        "gcloud",
        "gsutil",
        "az",
        "pip",
        "npm",
        "dbt",
        "make",
        "echo",
        "printf",
        "tee",
        "sed",
        "awk",
        "touch",
        "mkdir",
        "dig",
        "nslookup",
        "telnet",
        "ftp",
        "openssl",
        "base64",
        "chattr",
        "systemctl",
        "service",
        "reboot",
        "shutdown",
        "mount",
        "umount",
        "useradd",
        "userdel",
        "passwd",
        "nohup",
        "timeout",
        "watch",
        "script",
        "parallel",
        "redis-cli",
        "mongo",
        "dropdb",
        "createdb",
        "head",
        "tail",
        "grep",
        "rg",
        "security",
        "keychain",
        "history",
    ];
    PROGRAMS.contains(&name.as_str())
        && (t.split_whitespace().count() > 1
            || ["ls", "env", "printenv", "history", "export"].contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_is_read_by_its_shape() {
        assert_eq!(sniff("DROP TABLE prod.sales.orders"), Sniffed::Sql);
        assert_eq!(sniff("select 1; delete from t"), Sniffed::Sql);
        assert_eq!(sniff("rm -rf data"), Sniffed::Command);
        assert_eq!(sniff("~/.aws/credentials"), Sniffed::Path);
        assert_eq!(sniff("purge"), Sniffed::Word);
        assert_eq!(sniff("update the docs before the release"), Sniffed::Text);
        assert_eq!(sniff("drop me a line when done"), Sniffed::Text);
    }
}
