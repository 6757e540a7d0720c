//! Program text in a general-purpose language (Python, JavaScript, Ruby, Perl, PHP, Java, Scala,
//! awk, notebook cells): what it would do, as far as a lexical scan can tell.
//!
//! Used for inline interpreter code (`python3 -c`, `node -e`, here-documents fed to an
//! interpreter), notebook cells (`notebook_execute`), unknown tools' `code` fields, and stored
//! procedure bodies written in those languages. The scan never parses the language; it looks for
//! the calls that matter and for the signs of code assembled at run time:
//!
//! - **SQL it runs**: each call of an executor (`execute(`, `.sql(`, `createStatement(`,
//!   `sqlText:`, `executeQuery(`, …) whose argument is one plain string literal is that SQL;
//!   any other argument (concatenation, an f-string, a variable, a decoder) is SQL computed at
//!   run time ([`SqlCall::Computed`]). Snowpark calls that reach every row (`.delete()` with no
//!   condition, `mode('overwrite')`) or move data (`session.file.get`) have their own class.
//! - **Commands it runs** (`os.system`, `subprocess`, `child_process`, backticks, `system(` …):
//!   string literals and lists of string literals, to be parsed as shell.
//! - **Destruction**: deleting files or trees, killing processes; and code that builds names or
//!   code from strings (`__import__`, `getattr` with concatenation, `exec`/`eval`, base64 and
//!   character-code decoders), which is treated as destructive because it hides what it does.
//! - **Network** (HTTP clients, sockets, servers) and **reverse shells** (a socket handed to a
//!   shell or a process).
//! - **Environment reads** (`os.environ`, `process.env`, `getenv`) of the whole environment or of
//!   a secret-looking variable.
//! - **File writes** (`open(…, 'w')`, `.write(`, `writeFile`, renames, copies).
//!
//! Bounded: the caller bounds the text; every scan is linear in it, and at most
//! [`MAX_CODE_ITEMS`] strings, SQL calls and commands are kept.

/// Most string literals, SQL calls and command strings kept from one program.
pub const MAX_CODE_ITEMS: usize = 256;

/// A statement the code hands to Snowflake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlCall {
    /// The argument is one string literal: this text.
    Literal(String),
    /// The argument is built at run time: the call site's text, for evidence.
    Computed(String),
}

/// A Snowpark call with a SQL effect of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFrameEffect {
    /// Reaches every row of a table (`Table.delete()`, `Table.update({…})` without a
    /// condition, `save_as_table` with `mode('overwrite')`).
    WholeTable,
    /// Writes rows (`save_as_table`, `Table.delete(cond)`, `merge`, `copy_into_location`).
    Write,
    /// Downloads staged files to the local machine (`session.file.get`).
    Download,
}

/// What a program would do (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeFacts {
    pub sql_calls: Vec<SqlCall>,
    pub dataframe: Vec<(DataFrameEffect, String)>,
    /// Why the code is destructive by itself, if it is.
    pub destructive: Option<&'static str>,
    /// Command strings handed to a shell or `exec` (literals, and argv lists joined by spaces).
    pub commands: Vec<String>,
    /// It runs commands built at run time.
    pub computed_commands: bool,
    /// Why it reaches the network, if it does.
    pub network: Option<&'static str>,
    /// It reads the whole environment or a secret-looking variable: the evidence.
    pub env_read: Option<String>,
    /// It writes, moves or changes files.
    pub writes_files: bool,
    /// Its string literals (paths are judged by the caller).
    pub strings: Vec<String>,
}

/// Calls that hand a statement to Snowflake (lowercase, matched before `(`).
const SQL_EXECUTORS: &[&str] = &[
    "execute",
    "executemany",
    "execute_string",
    "execute_stream",
    "execute_async",
    "executeasync",
    "executequery",
    "executeupdate",
    "executelargeupdate",
    "sql",
    "createstatement",
    "run_query",
    "runquery",
    "execute_query",
    "exec_sql",
    "execsql",
    "query",
];

/// Markers of code that runs commands.
const COMMAND_RUNNERS: &[&str] = &[
    "os.system",
    "system(",
    "system \"",
    "system '",
    "exec \"",
    "exec '",
    "popen",
    "subprocess",
    "child_process",
    "execsync",
    "execfilesync",
    "spawn",
    "shell_exec",
    "passthru",
    "proc_open",
    "getruntime().exec",
    "processbuilder",
    "%x(",
    "%x{",
    "qx(",
    "qx{",
    "open3",
    "os.exec",
    "pty.spawn",
    "commands.getoutput",
    "sh.run",
];

/// Markers of code deleting files, trees or processes.
const DELETERS: &[(&str, &str)] = &[
    ("rmtree", "deletes a directory tree"),
    ("remove_tree", "deletes a directory tree"),
    ("rm_rf", "deletes a directory tree"),
    ("rm_r(", "deletes a directory tree"),
    ("rimraf", "deletes a directory tree"),
    ("removedirs", "deletes directories"),
    ("os.remove", "deletes files"),
    ("os.unlink", "deletes files"),
    ("os.rmdir", "deletes directories"),
    (".unlink(", "deletes files"),
    ("unlink(", "deletes files"),
    ("unlink glob", "deletes files"),
    ("\"unlink\"", "deletes files"),
    ("'unlink'", "deletes files"),
    ("unlinksync", "deletes files"),
    ("rmsync", "deletes files"),
    ("rmdirsync", "deletes directories"),
    ("fs.rm(", "deletes files"),
    ("fs.rmdir(", "deletes directories"),
    ("fs.promises.rm", "deletes files"),
    ("fileutils.rm", "deletes files"),
    ("file.delete(", "deletes files"),
    ("files.delete", "deletes files"),
    ("fileutils.remove", "deletes files"),
    ("send2trash", "deletes files"),
    ("os.truncate", "truncates files"),
    (".truncate(", "truncates files"),
    ("os.kill(-1", "kills every process"),
    ("killpg", "kills a process group"),
    ("shred", "overwrites files"),
];

/// Markers of code assembled at run time.
const BUILDERS: &[&str] = &[
    "__import__",
    "importlib",
    "exec(",
    "eval(",
    "compile(",
    "fromcharcode",
    "atob(",
    "new function(",
    "b64decode",
    "decodebytes",
    "base64.decode",
    "fromhex(",
    "codecs.decode",
    "marshal.loads",
    "pickle.loads",
    "unpack(\"m",
    "unpack('m",
    "base64_decode",
    "decode_base64",
    "getdecoder",
    "buffer.from(",
    "instance_eval",
    "class_eval",
    "send(:",
];

/// Markers of network access.
const NETWORK: &[&str] = &[
    "requests.",
    "urllib",
    "urlopen",
    "http.client",
    "httplib",
    "httpx",
    "aiohttp",
    "socket",
    "fetch(",
    "axios",
    "http.request",
    "https.request",
    "http.get",
    "https.get",
    "net.connect",
    "xmlhttprequest",
    "smtplib",
    "ftplib",
    "paramiko",
    "websocket",
    "net::http",
    "lwp::",
    "io::socket",
    "curl_exec",
    "curl_init",
    "file_get_contents('http",
    "file_get_contents(\"http",
    "open-uri",
    "http.server",
    "simplehttpserver",
    "socketserver",
    "urlconnection",
    "httpclient",
    "pycurl",
    "wget.download",
    "require('http",
    "require(\"http",
    "require('net')",
    "require(\"net\")",
    "require('dgram')",
    "fsockopen",
    "stream_socket_client",
    "lwp::simple",
    "http::tiny",
    "getstore(",
    "open-uri",
    "tcpsocket",
    "udpsocket",
    "java.net.",
];

/// Markers of file writes.
const WRITERS: &[&str] = &[
    ".write(",
    "writefile",
    "write_text",
    "write_bytes",
    "appendfile",
    "file.write",
    "file.open(",
    "fopen(",
    "file_put_contents",
    "shutil.copy",
    "shutil.move",
    "os.rename",
    "os.replace",
    "os.symlink",
    "os.chmod",
    "os.makedirs",
    "os.mkdir",
    "to_csv(",
    "to_parquet(",
    "to_json(",
    "copyfile",
    "renamesync",
    "symlinksync",
    "fileutils.",
    "print >",
    "printf >",
];

/// Environment access: the whole environment or the variable named after it.
const ENV_MARKERS: &[&str] = &[
    "os.environ",
    "os.getenv",
    "getenv",
    "process.env",
    "env[",
    "%env",
    "$env{",
    "system.getenv",
    "environ",
    "$_env",
    "$_server",
];

/// Lives with the credential lists: the prompt guard reads variable names the same way.
pub use crate::guard::credentials::secret_variable;

/// Scan `code` (see the module docs).
pub fn analyze(code: &str) -> CodeFacts {
    let lower = code.to_ascii_lowercase();
    let mut facts = CodeFacts {
        strings: literals(code)
            .into_iter()
            .map(|l| l.value)
            .take(MAX_CODE_ITEMS)
            .collect(),
        ..CodeFacts::default()
    };
    facts.sql_calls = sql_calls(code, &lower);
    facts.dataframe = dataframe_effects(&lower);
    facts.destructive = DELETERS
        .iter()
        .find(|(marker, _)| lower.contains(marker))
        .map(|(_, why)| *why);
    let builds = BUILDERS.iter().any(|m| lower.contains(m))
        || (lower.contains("getattr(") && concatenates(code));
    if builds && facts.destructive.is_none() {
        facts.destructive = Some("runs code or names assembled at run time");
    }
    let runs_commands = COMMAND_RUNNERS.iter().any(|m| lower.contains(m))
        || code.contains('`') && !lower.contains("${");
    if runs_commands {
        facts.commands = command_strings(code);
        facts.computed_commands = concatenates(code) || formats(code);
    }
    let network = NETWORK.iter().find(|m| lower.contains(**m));
    if let Some(m) = network {
        facts.network = Some(if m.contains("server") {
            "serves files to the network"
        } else {
            "opens a network connection"
        });
        let hands_over = [
            "subprocess",
            "pty",
            "dup2",
            "/bin/sh",
            "/bin/bash",
            "cmd.exe",
        ]
        .iter()
        .any(|k| lower.contains(k));
        if (lower.contains("socket") || lower.contains("net.connect")) && hands_over {
            facts.destructive = Some("reverse shell: hands a process to a remote host");
        }
    }
    facts.env_read = env_read(code, &lower).or_else(|| ruby_env(code));
    facts.writes_files = WRITERS.iter().any(|m| lower.contains(m)) || opens_for_writing(&lower);
    // `open(f, 'w')` with nothing written to it only empties the file.
    let writes_something = [
        ".write",
        "dump(",
        "to_csv",
        "to_parquet",
        "to_json",
        "print(",
        "writelines",
        "copyfileobj",
    ]
    .iter()
    .any(|m| lower.contains(m));
    if opens_truncating(&lower) && !writes_something && facts.destructive.is_none() {
        facts.destructive = Some("opens a file for writing and writes nothing: empties it");
    }
    facts
}

/// A string literal and where its opening quote is.
struct Literal {
    value: String,
    start: usize,
    end: usize,
    /// An f-string, a template with `${}`, or a literal followed by `%`/`.format(`: its value
    /// is formatted at run time.
    formatted: bool,
}

/// String literals of C-like, Python-like or shell-like code (`'…'`, `"…"`, `` `…` ``, Python
/// triple quotes, with backslash escapes).
fn literals(code: &str) -> Vec<Literal> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < 4 * MAX_CODE_ITEMS {
        let c = b[i];
        if !matches!(c, b'\'' | b'"' | b'`') {
            i += 1;
            continue;
        }
        let prefix_f = i > 0
            && matches!(b[i - 1], b'f' | b'F')
            && (i < 2 || !b[i - 2].is_ascii_alphanumeric());
        let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c) && c != b'`';
        let open = if triple { 3 } else { 1 };
        let mut j = i + open;
        let mut value = String::new();
        let mut closed = false;
        while j < b.len() {
            if b[j] == b'\\' {
                // Skip the escaped character whole: it may be several bytes long.
                let next = code.get(j + 1..).and_then(|r| r.chars().next());
                match next {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some(x) => value.push(x),
                    None => {}
                }
                j += 1 + next.map_or(0, char::len_utf8);
                continue;
            }
            if b[j] == c && (!triple || (b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c))) {
                closed = true;
                break;
            }
            // Keep multi-byte characters whole.
            let ch_len = code[j..].chars().next().map_or(1, char::len_utf8);
            value.push_str(&code[j..j + ch_len]);
            j += ch_len;
        }
        let end = if closed { j + open } else { b.len() };
        let after = code[end.min(code.len())..].trim_start();
        let formatted = prefix_f
            || (c == b'`' && value.contains("${"))
            || after.starts_with('%') && !after.starts_with("%%")
            || after.starts_with(".format(");
        out.push(Literal {
            value,
            start: i,
            end,
            formatted,
        });
        i = end.max(i + 1);
    }
    out
}

/// String literals of code, values only (bounded).
pub fn strings(code: &str) -> Vec<String> {
    literals(code)
        .into_iter()
        .map(|l| l.value)
        .filter(|v| !v.trim().is_empty())
        .take(MAX_CODE_ITEMS)
        .collect()
}

/// `'a' + 'b'`, `'a' . 'b'`, `"a" "b"` (awk), `'a' || 'b'`: strings glued at run time.
fn concatenates(code: &str) -> bool {
    let lits = literals(code);
    lits.windows(2).any(|w| {
        let between = code.get(w[0].end..w[1].start).unwrap_or("x").trim();
        matches!(between, "+" | "." | "" | "||" | "<<" | "..")
    }) || lits.iter().any(|l| {
        let after = code.get(l.end..).unwrap_or("").trim_start();
        let before = code.get(..l.start).unwrap_or("").trim_end();
        after.starts_with('+') || before.ends_with('+') || after.starts_with(".join")
    })
}

fn formats(code: &str) -> bool {
    literals(code).iter().any(|l| l.formatted)
}

/// Index of the `)` closing the `(` at `open`, skipping string literals; bounded by the text.
fn closing_paren(code: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = open;
    let mut quote: Option<u8> = None;
    while i < code.len() {
        let c = code[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'\'' | b'"' | b'`' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// The first top-level argument of a call's argument text (up to a top-level `,`).
fn first_argument(args: &str) -> &str {
    let b = args.as_bytes();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'\'' | b'"' | b'`' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b',' if depth == 0 => return &args[..i],
                _ => {}
            },
        }
        i += 1;
    }
    args
}

/// The value of `expr` when it is exactly one plain string literal (optionally with a `r`, `b`
/// or `u` prefix), else `None`.
fn plain_literal(expr: &str) -> Option<String> {
    let e = expr.trim();
    let e = e
        .strip_prefix(['r', 'R', 'b', 'B', 'u', 'U'])
        .filter(|rest| rest.starts_with(['\'', '"']))
        .unwrap_or(e);
    let lits = literals(e);
    match lits.as_slice() {
        [one] if one.start == 0 && one.end == e.len() && !one.formatted => {
            let quote = e.as_bytes()[0];
            if quote == b'`' && one.value.contains("${") {
                return None;
            }
            Some(one.value.clone())
        }
        _ => None,
    }
}

/// Every call that hands SQL to Snowflake, with its argument (see the module docs).
fn sql_calls(code: &str, lower: &str) -> Vec<SqlCall> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    // `%sql` line magics and `%%sql` cells.
    for (n, line) in code.lines().enumerate() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("%%sql") {
            let body: Vec<&str> = code.lines().skip(n + 1).collect();
            let header_rest = rest.trim();
            let mut text = body.join("\n");
            if !header_rest.is_empty() && !header_rest.starts_with('-') {
                text = format!("{header_rest}\n{text}");
            }
            out.push(SqlCall::Literal(text));
            break;
        }
        if let Some(rest) = t.strip_prefix("%sql") {
            out.push(SqlCall::Literal(rest.trim().to_string()));
        }
    }
    // `sqlText: <expr>` in JavaScript option objects.
    let mut from = 0;
    while let Some(k) = lower[from..].find("sqltext") {
        let at = from + k;
        from = at + 7;
        let rest = &code[from..];
        let Some(colon) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let value_end = colon
            .find(['}', '\n'])
            .map_or(colon.len(), |e| e.min(colon.len()));
        let expr = first_argument(&colon[..value_end]);
        out.push(match plain_literal(expr) {
            Some(sql) => SqlCall::Literal(sql),
            None => SqlCall::Computed(bounded(clip(code, at, from + 80))),
        });
        if out.len() >= MAX_CODE_ITEMS {
            return out;
        }
    }
    // `name(<arg>)` for each executor name, as a whole identifier.
    let mut i = 0;
    while let Some(k) = lower[i..].find('(') {
        let open = i + k;
        i = open + 1;
        let name_start = lower[..open]
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_'))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let name = &lower[name_start..open];
        if !SQL_EXECUTORS.contains(&name) {
            continue;
        }
        let Some(close) = closing_paren(b, open) else {
            out.push(SqlCall::Computed(bounded(&code[name_start..])));
            continue;
        };
        let args = code[open + 1..close].trim();
        if args.is_empty() || args.trim_start().starts_with('{') {
            // A prepared statement run again, or an option object (`sqlText:` above).
            continue;
        }
        let arg = first_argument(args);
        out.push(match plain_literal(arg) {
            Some(sql) => SqlCall::Literal(sql),
            None => SqlCall::Computed(bounded(&code[name_start..=close])),
        });
        if out.len() >= MAX_CODE_ITEMS {
            break;
        }
    }
    out
}

/// Snowpark DataFrame and Table calls with a SQL effect (see [`DataFrameEffect`]).
fn dataframe_effects(lower: &str) -> Vec<(DataFrameEffect, String)> {
    let mut out = Vec::new();
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.contains(".delete()") {
        out.push((
            DataFrameEffect::WholeTable,
            "Table.delete() without a condition".into(),
        ));
    } else if compact.contains(".delete(") && compact.contains("session.table") {
        out.push((DataFrameEffect::Write, "Table.delete(condition)".into()));
    }
    if (compact.contains("mode('overwrite')")
        || compact.contains("mode(\"overwrite\")")
        || compact.contains("mode='overwrite'")
        || compact.contains("mode=\"overwrite\""))
        && (compact.contains("save_as_table") || compact.contains("saveastable"))
    {
        out.push((
            DataFrameEffect::WholeTable,
            "save_as_table in overwrite mode".into(),
        ));
    } else if compact.contains("save_as_table") || compact.contains("saveastable") {
        out.push((DataFrameEffect::Write, "save_as_table".into()));
    }
    if compact.contains("session.table(") && compact.contains(".update({") {
        // `update(assignments)` alone reaches every row; a condition follows the dict.
        let whole = compact.split(".update({").skip(1).any(|rest| {
            rest.find("})")
                .is_some_and(|e| rest.get(e..e + 2) == Some("})"))
        });
        out.push((
            if whole {
                DataFrameEffect::WholeTable
            } else {
                DataFrameEffect::Write
            },
            "Table.update".into(),
        ));
    }
    if compact.contains(".merge(") || compact.contains("copy_into_location") {
        out.push((DataFrameEffect::Write, "merge or unload to a stage".into()));
    }
    if compact.contains("session.file.get") || compact.contains("file.get_stream") {
        out.push((DataFrameEffect::Download, "session.file.get".into()));
    }
    out
}

/// Command strings handed to a shell: each string literal, and each list of string literals
/// joined by spaces (`['rm', '-rf', 'data']`).
fn command_strings(code: &str) -> Vec<String> {
    let lits = literals(code);
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < lits.len() && out.len() < MAX_CODE_ITEMS {
        // A run of literals separated only by commas, inside brackets: an argv list.
        let mut j = k;
        while j + 1 < lits.len()
            && code
                .get(lits[j].end..lits[j + 1].start)
                .is_some_and(|s| s.trim() == ",")
        {
            j += 1;
        }
        if j > k {
            let joined: Vec<String> = lits[k..=j].iter().map(|l| quote_word(&l.value)).collect();
            out.push(joined.join(" "));
        }
        out.push(lits[k].value.clone());
        k += 1;
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

/// A word for a shell command line, quoted when it needs to be.
fn quote_word(w: &str) -> String {
    if !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:@%+,~".contains(c))
    {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

/// `open(path, 'w')`, `open(path, "a")`, `File.open(p, 'w')`: a file opened for writing.
fn opens_for_writing(lower: &str) -> bool {
    let mut from = 0;
    let mut seen = 0usize;
    while let Some(k) = lower[from..].find("open(") {
        // Bounded: each call scans to its closing parenthesis.
        seen += 1;
        if seen > MAX_CODE_ITEMS {
            return true;
        }
        let at = from + k + 4;
        from = at + 1;
        let Some(close) = closing_paren(lower.as_bytes(), at) else {
            return true;
        };
        let args = &lower[at + 1..close];
        for mode in [
            "'w", "\"w", "'a", "\"a", "'x", "\"x", "'r+", "\"r+", "mode='w", "mode=\"w",
        ] {
            if args.contains(mode) {
                return true;
            }
        }
    }
    false
}

/// `open(path, 'w')`: a file opened for overwriting.
fn opens_truncating(lower: &str) -> bool {
    let mut from = 0;
    let mut seen = 0usize;
    while let Some(k) = lower[from..].find("open(") {
        // Bounded: each call scans to its closing parenthesis.
        seen += 1;
        if seen > MAX_CODE_ITEMS {
            return true;
        }
        let at = from + k + 4;
        from = at + 1;
        if let Some(close) = closing_paren(lower.as_bytes(), at) {
            let args = &lower[at + 1..close];
            if ["'w'", "\"w\"", "'wb'", "\"wb\"", "mode='w'", "mode=\"w\""]
                .iter()
                .any(|m| args.contains(m))
            {
                return true;
            }
        }
    }
    false
}

/// The evidence of an environment read of the whole environment or a secret variable.
fn env_read(code: &str, lower: &str) -> Option<String> {
    for marker in ENV_MARKERS {
        let mut from = 0;
        while let Some(k) = lower[from..].find(marker) {
            let at = from + k;
            from = at + marker.len();
            let rest = &code[from..];
            let trimmed = rest.trim_start_matches(['.', '[', '(', ' ', '{']);
            let trimmed = trimmed
                .strip_prefix("get(")
                .or_else(|| trimmed.strip_prefix("get ("))
                .unwrap_or(trimmed);
            let name: String = trimmed
                .trim_start_matches(['\'', '"', ':'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let evidence = || bounded(clip(code, at, from + 40));
            if name.is_empty()
                || ["items", "keys", "values", "copy", "to_h", "to_a", "each"]
                    .contains(&name.as_str())
            {
                return Some(evidence());
            }
            if secret_variable(&name) {
                return Some(evidence());
            }
        }
    }
    None
}

/// Ruby's `ENV` (case-sensitive): the whole environment, or `ENV['NAME']`.
fn ruby_env(code: &str) -> Option<String> {
    let mut from = 0;
    while let Some(k) = code[from..].find("ENV") {
        let at = from + k;
        from = at + 3;
        let before = code[..at].chars().next_back();
        let after = code[from..].chars().next();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '%')
            || after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '{')
        {
            continue;
        }
        let rest = code[from..].trim_start_matches(['[', '.', '(']);
        let name: String = rest
            .trim_start_matches(['\'', '"', ':'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !code[from..].starts_with('[') || secret_variable(&name) {
            return Some(bounded(clip(code, at, from + 40)));
        }
    }
    None
}

/// `s[a..b]`, with both ends moved inward to character boundaries (and `b` capped at the end).
fn clip(s: &str, a: usize, b: usize) -> &str {
    let mut b = b.min(s.len());
    while b > 0 && !s.is_char_boundary(b) {
        b -= 1;
    }
    let mut a = a.min(b);
    while a < b && !s.is_char_boundary(a) {
        a += 1;
    }
    &s[a..b]
}

fn bounded(s: &str) -> String {
    s.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_sql_is_read_and_computed_sql_is_flagged() {
        let f = analyze("cur.execute('DROP TABLE t')");
        assert_eq!(f.sql_calls, [SqlCall::Literal("DROP TABLE t".into())]);
        for code in [
            "cur.execute('DR' + 'OP TABLE t')",
            "session.sql(f\"DROP TABLE {name}\").collect()",
            "session.sql(' '.join(['TRUNCATE', 'TABLE', 'x']))",
            "snowflake.execute({sqlText: 'DR' + 'OP TABLE t'})",
            "c.cursor().execute(base64.b64decode('RFJPUA==').decode())",
            "session.sql(q)",
        ] {
            let f = analyze(code);
            assert!(
                f.sql_calls
                    .iter()
                    .any(|c| matches!(c, SqlCall::Computed(_))),
                "{code}: {:?}",
                f.sql_calls
            );
        }
        let f = analyze("snowflake.execute({sqlText: \"DELETE FROM t WHERE id = 1\"})");
        assert_eq!(
            f.sql_calls,
            [SqlCall::Literal("DELETE FROM t WHERE id = 1".into())]
        );
    }

    #[test]
    fn deletion_and_assembled_code_are_destructive() {
        for code in [
            "import shutil; shutil.rmtree('models')",
            "getattr(__import__('shu'+'til'),'rm'+'tree')('data')",
            "exec(__import__('base64').b64decode('aW1wb3J0'))",
            "require('fs').rmSync('data',{recursive:true})",
            "array_map(\"unlink\", glob(\"*\"));",
            "unlink glob \"*\"",
        ] {
            assert!(analyze(code).destructive.is_some(), "{code}");
        }
        for code in [
            "print(1+1)",
            "import pandas as pd\npd.read_csv('x.csv').head()",
        ] {
            assert!(analyze(code).destructive.is_none(), "{code}");
        }
    }

    #[test]
    fn commands_in_argv_lists_are_joined() {
        let f = analyze("import subprocess\nsubprocess.run(['rm', '-rf', 'data'], check=True)");
        assert!(
            f.commands.iter().any(|c| c == "rm -rf data"),
            "{:?}",
            f.commands
        );
    }

    #[test]
    fn environment_dumps_and_secret_variables_are_reads_of_secrets() {
        for code in [
            "import os; print(os.environ)",
            "print(dict(os.environ))",
            "console.log(JSON.stringify(process.env))",
            "os.environ['SNOWFLAKE_PAT']",
            "os.getenv(\"AWS_SECRET_ACCESS_KEY\")",
            "process.env.GITHUB_TOKEN",
        ] {
            assert!(analyze(code).env_read.is_some(), "{code}");
        }
        for code in [
            "os.environ['HOME']",
            "os.getenv('PATH')",
            "print('environment')",
        ] {
            assert!(analyze(code).env_read.is_none(), "{code}");
        }
    }

    #[test]
    fn secret_variable_names() {
        for v in [
            "SNOWFLAKE_PAT",
            "SNOWFLAKE_PASSWORD",
            "AWS_SECRET_ACCESS_KEY",
            "GITHUB_TOKEN",
            "DB_PASS",
            "api_key",
        ] {
            assert!(secret_variable(v), "{v}");
        }
        for v in [
            "PATH",
            "HOME",
            "SNOWFLAKE_ACCOUNT",
            "DATABASE_URL",
            "PAGER",
            "EDITOR",
        ] {
            assert!(!secret_variable(v), "{v}");
        }
    }
}
