//! Classifying one statement: read, write, destructive, egress, account-level or dynamic.

use super::*;

// ---------------------------------------------------------------------------------------------
// Classification

#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) class: SqlClass,
    /// The inner statement that decided the class, when it is not the statement itself.
    pub(super) inner: Option<String>,
}

impl Found {
    pub(super) fn of(class: SqlClass) -> Found {
        Found { class, inner: None }
    }

    pub(super) fn raise(&mut self, other: Found) {
        if other.class > self.class {
            *self = other;
        }
    }

    pub(super) fn at_least(mut self, class: SqlClass) -> Found {
        if class > self.class {
            self.class = class;
        }
        self
    }
}

/// Verbs whose statements can be worse than a plain write, or that carry bodies.
pub(super) const RISKY_VERBS: &[&str] = &[
    "DELETE", "UPDATE", "DROP", "TRUNCATE", "CREATE", "ALTER", "GRANT", "REVOKE", "REMOVE", "RM",
    "EXECUTE", "EXEC", "INSERT", "UNDROP", "BEGIN", "WITH", "COPY", "GET", "CALL", "USE", "MERGE",
    "SELECT",
];

/// `SYSTEM$` functions (by prefix) known to only read.
pub(super) const READ_SYSTEM_FUNCTIONS: &[&str] = &[
    "SYSTEM$GET_",
    "SYSTEM$CLUSTERING_",
    "SYSTEM$TYPEOF",
    "SYSTEM$EXPLAIN_",
    "SYSTEM$ALLOWLIST",
    "SYSTEM$WHITELIST",
    "SYSTEM$ESTIMATE_",
    "SYSTEM$SHOW_",
    "SYSTEM$LAST_",
    "SYSTEM$PIPE_STATUS",
    "SYSTEM$TASK_DEPENDENTS",
    "SYSTEM$CURRENT_",
    "SYSTEM$STREAM_HAS_DATA",
    "SYSTEM$STREAM_GET_",
    "SYSTEM$VERIFY_",
    "SYSTEM$BEHAVIOR_CHANGE_BUNDLE_STATUS",
    "SYSTEM$LIST_",
    "SYSTEM$IS_",
    "SYSTEM$DATABASE_REFRESH_PROGRESS",
    "SYSTEM$AUTO_REFRESH_STATUS",
    "SYSTEM$EXTERNAL_TABLE_PIPE_STATUS",
    "SYSTEM$QUERY_REFERENCE",
    "SYSTEM$REFERENCE",
    "SYSTEM$WAIT",
    "SYSTEM$LOG",
    "SYSTEM$CLIENT_VERSION_INFO",
];

/// `SYSTEM$` functions that send data out of Snowflake.
const EGRESS_SYSTEM_FUNCTIONS: &[&str] = &[
    "SYSTEM$SEND_EMAIL",
    "SYSTEM$SEND_SNOWFLAKE_NOTIFICATION",
    "SYSTEM$NOTIFY",
];

/// Words in a `SYSTEM$` function's name that mean it changes the account.
const ACCOUNT_SYSTEM_WORDS: &[&str] = &[
    "ACCOUNT",
    "PRIVATELINK",
    "BEHAVIOR_CHANGE",
    "NETWORK",
    "AUTHORIZE",
    "ENFORCE",
    "REPLICATION",
    "FAILOVER",
    "ORGANIZATION",
    "USER",
    "ROLE",
    "INTEGRATION",
    "MIGRATE",
];

/// Functions that assemble a statement's text at run time when used on a `CALL` argument.
const STRING_BUILDERS: &[&str] = &[
    "CONCAT",
    "CONCAT_WS",
    "BASE64_DECODE_STRING",
    "TRY_BASE64_DECODE_STRING",
    "HEX_DECODE_STRING",
    "TRY_HEX_DECODE_STRING",
    "REVERSE",
    "REPLACE",
    "TRANSLATE",
    "CHR",
    "CHAR",
    "REPEAT",
    "LISTAGG",
    "ARRAY_TO_STRING",
    "DECRYPT",
    "DECRYPT_RAW",
    "UPPER",
    "LOWER",
    "INITCAP",
    "REGEXP_REPLACE",
];

/// The class of calling `SYSTEM$…` (see `/work/notes/docs.md` D.5: allow-list the known
/// information functions, everything else changes state).
pub(super) fn system_function_class(name: &str) -> SqlClass {
    let upper = name.to_ascii_uppercase();
    if READ_SYSTEM_FUNCTIONS.iter().any(|p| upper.starts_with(p)) {
        return SqlClass::Read;
    }
    if EGRESS_SYSTEM_FUNCTIONS.iter().any(|p| upper.starts_with(p)) {
        return SqlClass::Egress;
    }
    if ACCOUNT_SYSTEM_WORDS.iter().any(|w| upper.contains(w)) {
        return SqlClass::Account;
    }
    SqlClass::Write
}

/// Roles whose grant is an account-level change.
pub(super) const ADMIN_ROLES: &[&str] = &[
    "ACCOUNTADMIN",
    "SECURITYADMIN",
    "USERADMIN",
    "ORGADMIN",
    "GLOBALORGADMIN",
];

pub(super) fn classify_statement(
    t: &Toks<'_>,
    depth: u8,
    work: &mut Work,
) -> Result<Found, SqlError> {
    work.nest += 1;
    if work.nest > MAX_NEST {
        return Err(SqlError::TooComplex);
    }
    let result = classify_inner(t, depth, work);
    work.nest = work.nest.saturating_sub(1);
    result
}

pub(super) fn classify_inner(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let mut i = 0;
    while t.punct(i) == Some(b'(') {
        i += 1;
    }
    let t = t.from(i);
    let Some(verb) = t.word(0) else {
        // No leading keyword: nothing we know, so a write.
        return Ok(Found::of(SqlClass::Write));
    };
    let verb = verb.to_ascii_uppercase();
    let found = match verb.as_str() {
        "SELECT" => Found::of(select_class(&t)),
        "WITH" => with_class(&t, depth, work)?,
        "USE" => Found::of(use_class(&t)),
        "SHOW" | "DESCRIBE" | "DESC" | "EXPLAIN" | "LIST" | "LS" | "VALUES" | "COMMIT"
        | "ROLLBACK" | "SET" | "UNSET" => Found::of(SqlClass::Read),
        "START" if t.is(1, "TRANSACTION") => Found::of(SqlClass::Read),
        "BEGIN" => {
            if t.len() == 1 || t.is_any(1, &["TRANSACTION", "WORK", "NAME"]) {
                Found::of(SqlClass::Read)
            } else {
                // A scripting block: at least a write, and whatever its first statement is.
                classify_statement(&t.from(1), depth, work)?.at_least(SqlClass::Write)
            }
        }
        "ALTER" => alter_class(&t, depth, work)?,
        "CREATE" => create_class(&t, depth, work)?,
        "DROP" => Found::of(
            if account_object(&t.from(1)) || protection_policy(&t.from(1)) {
                SqlClass::Account
            } else {
                SqlClass::Destructive
            },
        ),
        "UNDROP" => Found::of(if account_object(&t.from(1)) {
            SqlClass::Account
        } else {
            SqlClass::Write
        }),
        "TRUNCATE" | "REMOVE" | "RM" => Found::of(SqlClass::Destructive),
        "GRANT" | "REVOKE" => Found::of(grant_class(&t)),
        "DELETE" => Found::of(if conditions::delete_reaches_every_row(&t) {
            SqlClass::Destructive
        } else {
            SqlClass::Write
        }),
        "UPDATE" => Found::of(if conditions::update_reaches_every_row(&t) {
            SqlClass::Destructive
        } else {
            SqlClass::Write
        }),
        "MERGE" => Found::of(if conditions::merge_reaches_every_row(&t) {
            SqlClass::Destructive
        } else {
            SqlClass::Write
        }),
        "INSERT" => Found::of(if t.is(1, "OVERWRITE") {
            SqlClass::Destructive
        } else {
            SqlClass::Write
        }),
        "COPY" => Found::of(copy_class(&t)),
        // GET downloads staged files to this machine: data leaves Snowflake.
        "GET" => Found::of(SqlClass::Egress),
        "PUT" | "COMMENT" => Found::of(SqlClass::Write),
        "CALL" => call_class(&t, depth, work)?,
        "EXECUTE" | "EXEC" => execute_class(&t, depth, work)?,
        _ => {
            // Unknown (Snowflake Scripting pieces, DECLARE, LET, IF …, typos): a write, made
            // worse by any statement embedded after a keyword that introduces one.
            let mut found = Found::of(SqlClass::Write);
            found.raise(embedded(&t, true, depth, work)?);
            found
        }
    };
    Ok(found)
}

pub(super) fn select_class(t: &Toks<'_>) -> SqlClass {
    let mut class = SqlClass::Read;
    for i in 0..t.len() {
        let Some(w) = t.word(i) else { continue };
        if w.get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("SYSTEM$"))
        {
            class = class.max(system_function_class(w));
        }
    }
    class
}

/// `USE ROLE ACCOUNTADMIN` (and the other administrator roles), `USE SECONDARY ROLES ALL`:
/// the session gains account-level powers. Other `USE` only picks a context.
fn use_class(t: &Toks<'_>) -> SqlClass {
    if t.is(1, "ROLE") {
        // `USE ROLE ACCOUNTADMIN`, `USE ROLE "SECURITYADMIN"`, `USE ROLE IDENTIFIER('…')`.
        let names_admin = (2..t.len()).any(|i| {
            let text = t
                .literal(i)
                .unwrap_or_else(|| t.text_of(i).trim_matches('"').to_string());
            ADMIN_ROLES.contains(&text.trim().to_ascii_uppercase().as_str())
        });
        let computed = t.is(2, "IDENTIFIER") && !(3..t.len()).any(|i| t.is_literal(i));
        if names_admin || computed {
            return SqlClass::Account;
        }
    }
    if t.is(1, "SECONDARY") && t.is(2, "ROLES") && !t.is(3, "NONE") {
        return SqlClass::Account;
    }
    SqlClass::Read
}

/// `COPY INTO '<url>'` unloads out of Snowflake; `COPY INTO @stage` writes a stage; `COPY INTO
/// <table>` loads rows.
fn copy_class(t: &Toks<'_>) -> SqlClass {
    let i = if t.is(1, "INTO") { 2 } else { 1 };
    if t.is_literal(i)
        && let Some(target) = t.literal(i)
    {
        let lower = target.trim().to_ascii_lowercase();
        if !lower.starts_with('@') {
            return SqlClass::Egress;
        }
    }
    SqlClass::Write
}

/// `CALL proc(args)`: a write whose body we cannot see; a `SYSTEM$` function by its own class;
/// an argument that is SQL text by that text's class; an argument assembled at run time
/// (`'DR' || 'OP …'`, `BASE64_DECODE_STRING(…)`) is dynamic SQL.
fn call_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let mut found = Found::of(SqlClass::Write);
    let open = (1..t.len()).find(|&i| t.punct(i) == Some(b'('));
    let name_end = open.unwrap_or(t.len());
    for i in 1..name_end {
        if let Some(w) = t.word(i)
            && w.get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("SYSTEM$"))
        {
            found.raise(Found::of(system_function_class(w).max(SqlClass::Write)));
        }
    }
    let Some(open) = open else {
        return Ok(found);
    };
    let close = t.skip_parens(open).min(t.len());
    let args = t.range(open + 1, close.saturating_sub(1));
    let concatenated = (0..args.len()).any(|i| {
        (args.punct(i) == Some(b'|') && args.punct(i + 1) == Some(b'|'))
            || (args.is_any(i, STRING_BUILDERS) && args.punct(i + 1) == Some(b'('))
    });
    if concatenated {
        found.raise(Found {
            class: SqlClass::Dynamic,
            inner: Some(t.span_text().to_string()),
        });
        return Ok(found);
    }
    for i in 0..args.len() {
        if let Some(text) = args.literal(i)
            && statement_shaped(&text)
        {
            found.raise(body_class(&text, depth, work)?);
        }
    }
    Ok(found)
}

pub(super) fn with_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let mut i = 1;
    if t.is(i, "RECURSIVE") {
        i += 1;
    }
    let structured = loop {
        let name = t.t.get(i).map(|k| k.kind);
        if !matches!(name, Some(Kind::Word | Kind::QuotedIdent)) {
            break false;
        }
        i += 1;
        if t.punct(i) == Some(b'(') {
            i = t.skip_parens(i);
        }
        if !t.is(i, "AS") {
            break false;
        }
        i += 1;
        if t.punct(i) != Some(b'(') {
            break false;
        }
        i = t.skip_parens(i);
        if t.punct(i) == Some(b',') {
            i += 1;
            continue;
        }
        break true;
    };
    if structured && i < t.len() {
        return classify_statement(&t.from(i), depth, work);
    }
    // Not the plain CTE shape (e.g. `WITH p AS PROCEDURE … CALL p()`): a write, made worse by
    // any procedure body or statement it carries.
    let mut found = Found::of(SqlClass::Write);
    if t.has_word(&["PROCEDURE"]) {
        found.raise(procedure_body_class(t, depth, work)?);
    }
    let mut depth0 = 0i64;
    for j in 1..t.len() {
        match t.punct(j) {
            Some(b'(') => depth0 += 1,
            Some(b')') => depth0 -= 1,
            _ => {}
        }
        if depth0 == 0
            && t.is_any(
                j,
                &[
                    "INSERT", "UPDATE", "DELETE", "MERGE", "CALL", "DROP", "TRUNCATE",
                ],
            )
        {
            found.raise(sub_statement(t, j, depth, work)?);
        }
    }
    Ok(found)
}

pub(super) fn alter_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    if t.is(1, "SESSION") {
        return Ok(Found::of(SqlClass::Read));
    }
    if account_object(&t.from(1)) || protection_policy(&t.from(1)) {
        return Ok(Found::of(SqlClass::Account));
    }
    if let Some(i) = (2..t.len()).find(|&i| weakens_account_controls(t, i)) {
        return Ok(Found {
            class: SqlClass::Account,
            inner: Some(t.range(i, t.len()).span_text().to_string()),
        });
    }
    // `ALTER STAGE … SET URL = '…'` points a stage (and every unload to it) outside.
    if t.is(1, "STAGE") && (2..t.len()).any(|i| t.is(i, "URL")) {
        return Ok(Found::of(SqlClass::Egress));
    }
    let mut found = Found::of(SqlClass::Write);
    for i in 2..t.len() {
        let destructive = t.is(i, "DROP")
            || (t.is(i, "SWAP") && t.is(i + 1, "WITH"))
            || (t.is(i, "DATA_RETENTION_TIME_IN_DAYS")
                && t.punct(i + 1) == Some(b'=')
                && t.text_of(i + 2).trim_start_matches('0').is_empty()
                && t.t.get(i + 2).is_some_and(|k| k.kind == Kind::Number));
        if destructive {
            found.raise(Found::of(SqlClass::Destructive));
        }
    }
    found.raise(embedded(t, false, depth, work)?);
    Ok(found)
}

pub(super) fn create_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let replaces = t.is(1, "OR") && t.is_any(2, &["REPLACE", "ALTER"]);
    if account_object(&t.from(1)) || (replaces && protection_policy(&t.from(1))) {
        return Ok(Found::of(SqlClass::Account));
    }
    let head_words: Vec<String> = (1..t.len().min(12))
        .map_while(|i| t.word(i))
        .map(str::to_ascii_uppercase)
        .collect();
    let head = |w: &str| head_words.iter().any(|h| h == w);
    // A stage with a URL, an external function, a function or procedure with external
    // access: data can leave through it.
    let sends_out = (head("STAGE") && t.has_word(&["URL"]))
        || (head("EXTERNAL") && head("FUNCTION"))
        || ((head("FUNCTION") || head("PROCEDURE"))
            && t.has_word(&["EXTERNAL_ACCESS_INTEGRATIONS", "API_INTEGRATION"]));
    if sends_out {
        return Ok(Found::of(SqlClass::Egress));
    }
    let mut found = Found::of(if replaces {
        SqlClass::Destructive
    } else {
        SqlClass::Write
    });
    // The object type comes before the first `(` or literal; a procedure's body runs later
    // with whatever it says.
    let head_end = (0..t.len())
        .find(|&i| t.punct(i) == Some(b'(') || t.is_literal(i))
        .unwrap_or(t.len());
    if t.range(0, head_end).has_word(&["PROCEDURE"]) {
        found.raise(procedure_body_class(t, depth, work)?);
    }
    found.raise(embedded(t, false, depth, work)?);
    Ok(found)
}

/// The class of the body of a procedure defined in `t` (at least a write).
pub(super) fn procedure_body_class(
    t: &Toks<'_>,
    depth: u8,
    work: &mut Work,
) -> Result<Found, SqlError> {
    let language = (0..t.len())
        .find(|&i| t.is(i, "LANGUAGE"))
        .and_then(|i| t.word(i + 1))
        .map(str::to_ascii_uppercase);
    let mut found = Found::of(SqlClass::Write);
    for i in 1..t.len() {
        if !t.is_literal(i) || !t.is(i - 1, "AS") {
            continue;
        }
        let Some(body) = t.literal(i) else { continue };
        let inner = match language.as_deref() {
            None | Some("SQL") => body_class(&body, depth, work)?,
            Some(_) => code_class(&body, depth, work)?,
        };
        found.raise(inner);
    }
    Ok(found)
}

pub(super) fn execute_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    if !t.is(1, "IMMEDIATE") {
        // EXECUTE TASK / ALERT / NOTEBOOK …: runs something defined elsewhere.
        return Ok(Found::of(SqlClass::Write));
    }
    if t.is(2, "FROM") {
        // Statements in a staged file or a Git repository stage: cannot be read from here.
        return Ok(Found {
            class: SqlClass::Dynamic,
            inner: Some(t.span_text().to_string()),
        });
    }
    let single_literal = t.is_literal(2) && (t.len() == 3 || t.is(3, "USING"));
    if single_literal && let Some(body) = t.literal(2) {
        // One literal: it runs exactly what it says.
        return body_class(&body, depth, work);
    }
    // Computed SQL: only known when it runs.
    Ok(Found {
        class: SqlClass::Dynamic,
        inner: Some(t.span_text().to_string()),
    })
}

/// True when `t` executes SQL computed at run time.
pub(super) fn runs_computed_sql(t: &Toks<'_>) -> bool {
    (0..t.len()).any(|i| {
        t.is_any(i, &["EXECUTE", "EXEC"])
            && t.is(i + 1, "IMMEDIATE")
            && !t.is(i + 2, "FROM")
            && !(t.is_literal(i + 2) && (i + 3 == t.len() || t.is(i + 3, "USING")))
    })
}

/// The worst class of a SQL body, with the inner statement that decided it.
pub(super) fn body_class(body: &str, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let mut inner = Analysis::default();
    let saved = work.embedded;
    let result = analyze_into(body, depth + 1, work, &mut inner);
    work.embedded = saved;
    result?;
    Ok(match inner.worst() {
        Some(s) => Found {
            class: s.class,
            inner: Some(s.evidence.clone()),
        },
        None => Found::of(SqlClass::Read),
    })
}

/// A body in another language (JavaScript, Python, …): at least a write; worse by the SQL it
/// runs (see `toolcall::code`). A statement assembled at run time makes it dynamic.
pub(super) fn code_class(code: &str, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    use crate::toolcall::code::{self, DataFrameEffect, SqlCall};
    let facts = code::analyze(code);
    let mut found = Found::of(SqlClass::Write);
    for call in &facts.sql_calls {
        match call {
            SqlCall::Literal(text) => found.raise(body_class(text, depth, work)?),
            SqlCall::Computed(site) => found.raise(Found {
                class: SqlClass::Dynamic,
                inner: Some(site.clone()),
            }),
        }
    }
    for (effect, what) in &facts.dataframe {
        let class = match effect {
            DataFrameEffect::WholeTable => SqlClass::Destructive,
            DataFrameEffect::Write => SqlClass::Write,
            DataFrameEffect::Download => SqlClass::Egress,
        };
        found.raise(Found {
            class,
            inner: Some(what.clone()),
        });
    }
    if facts.network.is_some() {
        found.raise(Found::of(SqlClass::Egress));
    }
    if facts.sql_calls.is_empty() {
        // No call we recognise: any SQL-looking string may still be run some other way.
        for s in code::strings(code) {
            if starts_with_sql_verb(&s) {
                found.raise(body_class(&s, depth, work)?);
            }
        }
        found.raise(keyword_class(code));
    } else if facts.destructive.is_some() {
        // SQL runs and the code assembles text at run time: the statement may be that text.
        found.raise(Found::of(SqlClass::Dynamic));
    }
    Ok(found)
}

/// String literals of code (see `toolcall::code::strings`).
pub(crate) fn code_strings(code: &str) -> Vec<String> {
    crate::toolcall::code::strings(code)
}

pub(super) fn starts_with_sql_verb(s: &str) -> bool {
    let first: String = s
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    const VERBS: &[&str] = &[
        "SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "MERGE", "DROP", "TRUNCATE", "CREATE",
        "ALTER", "GRANT", "REVOKE", "REMOVE", "RM", "PUT", "GET", "COPY", "CALL", "EXECUTE",
        "UNDROP", "USE", "SHOW", "DESCRIBE", "DESC", "BEGIN", "DECLARE",
    ];
    VERBS.iter().any(|v| first.eq_ignore_ascii_case(v))
}

/// Destructive and account-level keywords anywhere in a text we cannot lex as SQL.
pub(super) fn keyword_class(text: &str) -> Found {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .filter(|w| !w.is_empty())
        .take(200_000)
        .collect();
    let is = |i: usize, kw: &str| words.get(i).is_some_and(|w| w.eq_ignore_ascii_case(kw));
    let mut class = SqlClass::Write;
    for i in 0..words.len() {
        if ["CREATE", "ALTER", "DROP", "UNDROP", "GRANT", "REVOKE"]
            .iter()
            .any(|v| is(i, v))
            && account_words(&words[i + 1..])
        {
            return Found::of(SqlClass::Account);
        }
        if ["DROP", "TRUNCATE", "GRANT", "REVOKE"]
            .iter()
            .any(|v| is(i, v))
            || (is(i, "OR") && is(i + 1, "REPLACE"))
        {
            class = SqlClass::Destructive;
        }
    }
    Found::of(class)
}

/// True when the words after a verb start with an account-level object type.
pub(super) fn account_words(words: &[&str]) -> bool {
    let up: Vec<String> = words
        .iter()
        .take(8)
        .map(|w| w.to_ascii_uppercase())
        .collect();
    let mut k = 0;
    while up.get(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "OR" | "REPLACE"
                | "IF"
                | "NOT"
                | "EXISTS"
                | "SECURE"
                | "TEMP"
                | "TEMPORARY"
                | "VOLATILE"
                | "TRANSIENT"
                | "LOCAL"
                | "GLOBAL"
        ) || (w == "ALTER" && k > 0 && up[k - 1] == "OR")
    }) {
        k += 1;
    }
    let at = |j: usize| up.get(k + j).map_or("", String::as_str);
    match at(0) {
        "ACCOUNT" | "ORGANIZATION" | "USER" | "ROLE" | "CONNECTION" | "SHARE" | "INTEGRATION"
        | "LISTING" => true,
        "MANAGED" => at(1) == "ACCOUNT",
        "NETWORK" => matches!(at(1), "POLICY" | "RULE"),
        "PASSWORD" | "SESSION" | "AUTHENTICATION" => at(1) == "POLICY",
        "EXTERNAL" if at(1) == "VOLUME" => true,
        "RESOURCE" => at(1) == "MONITOR",
        "FAILOVER" | "REPLICATION" => at(1) == "GROUP",
        "STORAGE" | "SECURITY" | "API" | "NOTIFICATION" | "CATALOG" => at(1) == "INTEGRATION",
        "EXTERNAL" => at(1) == "ACCESS" && at(2) == "INTEGRATION",
        _ => false,
    }
}

/// True when the tokens after CREATE/ALTER/DROP/UNDROP name an account-level object type.
pub(super) fn account_object(t: &Toks<'_>) -> bool {
    let words: Vec<&str> = (0..t.len().min(8)).map_while(|i| t.word(i)).collect();
    account_words(&words)
}

/// `ALTER/DROP/CREATE OR REPLACE MASKING|ROW ACCESS|AGGREGATION|PROJECTION POLICY`: a data
/// protection policy changed or removed.
pub(super) fn protection_policy(t: &Toks<'_>) -> bool {
    let words: Vec<String> = (0..t.len().min(8))
        .map_while(|i| t.word(i))
        .map(str::to_ascii_uppercase)
        .collect();
    let k = words
        .iter()
        .position(|w| {
            !matches!(
                w.as_str(),
                "OR" | "REPLACE" | "ALTER" | "IF" | "EXISTS" | "NOT"
            )
        })
        .unwrap_or(words.len());
    let at = |j: usize| words.get(k + j).map_or("", String::as_str);
    match at(0) {
        "MASKING" | "AGGREGATION" | "PROJECTION" | "JOIN" => at(1) == "POLICY",
        "ROW" => at(1) == "ACCESS" && at(2) == "POLICY",
        _ => false,
    }
}

/// At `i`, an `ALTER` clause that weakens account-level controls: removing a masking or
/// row-access policy from a table or column, attaching or detaching a resource monitor,
/// replicating or failing over to other accounts, changing a user's or the account's network,
/// session, password or authentication policy.
fn weakens_account_controls(t: &Toks<'_>, i: usize) -> bool {
    let removes_policy = t.is_any(i, &["UNSET", "DROP"])
        && (1..5).any(|k| t.is(i + k, "POLICY") || t.is(i + k, "POLICIES"))
        && (1..4).any(|k| {
            t.is_any(
                i + k,
                &["MASKING", "ROW", "AGGREGATION", "PROJECTION", "ALL"],
            )
        });
    let monitor = t.is_any(i, &["SET", "UNSET"]) && t.is(i + 1, "RESOURCE_MONITOR");
    let replication =
        t.is_any(i, &["ENABLE", "DISABLE"]) && t.is_any(i + 1, &["REPLICATION", "FAILOVER"]);
    let to_accounts = t.is(i, "TO") && t.is(i + 1, "ACCOUNTS");
    let account_policy = t.is_any(i, &["SET", "UNSET"])
        && (t.is(i + 1, "NETWORK_POLICY")
            || ((1..3).any(|k| t.is_any(i + k, &["AUTHENTICATION", "SESSION", "PASSWORD"]))
                && (1..4).any(|k| t.is(i + k, "POLICY"))));
    removes_policy || monitor || replication || to_accounts || account_policy
}

pub(super) fn grant_class(t: &Toks<'_>) -> SqlClass {
    // `GRANT ROLE r …`, `GRANT OWNERSHIP …`, `… ON ACCOUNT`, `… TO SHARE`, `… TO USER`,
    // anything naming an integration or an administrator role.
    let role_grant = t.is(1, "ROLE");
    let mut words = vec![
        "ACCOUNT",
        "USER",
        "INTEGRATION",
        "OWNERSHIP",
        "SHARE",
        "MANAGE",
    ];
    words.extend_from_slice(ADMIN_ROLES);
    if role_grant || t.has_word(&words) {
        SqlClass::Account
    } else {
        SqlClass::Destructive
    }
}

/// Statements embedded after keywords that introduce one (`AS`, `THEN`, `ELSE`, `DO`, `BEGIN`,
/// …; with `in_script`, also after `(` and `:=`). Returns the worst (at least `Read`).
pub(super) fn embedded(
    t: &Toks<'_>,
    in_script: bool,
    depth: u8,
    work: &mut Work,
) -> Result<Found, SqlError> {
    let mut found = Found::of(SqlClass::Read);
    for j in 1..t.len() {
        let starter = t.is_any(
            j - 1,
            &[
                "AS",
                "THEN",
                "ELSE",
                "DO",
                "BEGIN",
                "LOOP",
                "REPEAT",
                "EXCEPTION",
            ],
        ) || (in_script
            && (t.punct(j - 1) == Some(b'(')
                || (t.punct(j - 1) == Some(b'=') && j >= 2 && t.punct(j - 2) == Some(b':'))));
        if !starter || !t.is_any(j, RISKY_VERBS) {
            continue;
        }
        found.raise(sub_statement(t, j, depth, work)?);
    }
    Ok(found)
}

pub(super) fn sub_statement(
    t: &Toks<'_>,
    j: usize,
    depth: u8,
    work: &mut Work,
) -> Result<Found, SqlError> {
    work.embedded += 1;
    if work.embedded > MAX_EMBEDDED_SCANS {
        // Too many statements to look at: what we did not read could be anything.
        return Ok(Found {
            class: SqlClass::Dynamic,
            inner: Some(t.span_text().chars().take(200).collect()),
        });
    }
    let end = t.sub_end(j);
    let sub = t.range(j, end);
    let mut found = classify_statement(&sub, depth, work)?;
    if found.inner.is_none() && found.class > SqlClass::Write {
        found.inner = Some(sub.span_text().to_string());
    }
    Ok(found)
}
