//! SQL text → statements → read, write, destructive, egress, account-level or dynamic.
//!
//! A lexical classifier, on purpose: it never has to understand a statement to split it, it
//! never rejects SQL it does not know, and "unknown" is a class of its own (it counts as a write).
//! A full parser would add compile time and would still need a lexical fallback for Snowflake
//! Scripting, `->>` chains and the statements it cannot parse.
//!
//! **Splitting** follows Snowflake's lexer (`lex.rs`): `'…'` strings (`''` and backslash escapes),
//! `"…"` identifiers (`""`), `$$…$$` bodies (no escapes), `--` and `//` line comments, `/* */`
//! block comments; statements end at `;` and at the `->>` flow operator. Comments separate
//! tokens, so `DR/**/OP` is two words (not `DROP`), and `/* */DROP` is `DROP`. Where lexers
//! disagree (do block comments nest? is `//` a comment inside `PUT file://…`? does a backslash
//! escape a quote? does `/*/` close at once?) the text is split under every interpretation that
//! its content makes relevant and the strictest result wins, so text cannot hide a statement by
//! relying on the interpretation we did not pick.
//!
//! **Classes** (ordered; a text's class is its worst statement's; see `classify.rs`):
//!
//! | class | statements |
//! | --- | --- |
//! | read | `SELECT`, `WITH … SELECT`, `SHOW`, `DESCRIBE`/`DESC`, `EXPLAIN`, `LIST`/`LS`, `USE` (not an administrator role), `VALUES`, `SET`/`UNSET` (session variables), `ALTER SESSION`, `BEGIN`/`START TRANSACTION`/`COMMIT`/`ROLLBACK`, `SYSTEM$` information functions |
//! | write | `INSERT`, `UPDATE`/`DELETE` restricted by a real condition, `MERGE` on a key, `COPY INTO <table>`, `COPY INTO @stage` and `PUT` (stage writes), `CREATE` (not `OR REPLACE`), `ALTER`, `COMMENT`, `CALL` (the body is not visible), `UNDROP`, `EXECUTE TASK`, Snowflake Scripting blocks of readable statements, other `SYSTEM$` functions, and **anything unknown** |
//! | destructive | `DROP`, `TRUNCATE`, `CREATE OR REPLACE`/`OR ALTER`, `GRANT`/`REVOKE` of object privileges, `DELETE`/`UPDATE`/`MERGE` that reach every row (no condition, an always-true condition, a join condition that never names the target: [`conditions`]), `INSERT OVERWRITE`, `REMOVE`/`RM`, `ALTER … DROP …`, `ALTER … SWAP WITH`, `DATA_RETENTION_TIME_IN_DAYS = 0` |
//! | egress | data leaving Snowflake: `COPY INTO '<url>'`, `GET`, stages with a `URL`, external functions and functions with external access, `SYSTEM$SEND_EMAIL` |
//! | account | users, roles (`GRANT ROLE`, `USE ROLE ACCOUNTADMIN`), `GRANT OWNERSHIP`, account privileges, `ALTER ACCOUNT`, network rules and policies, password/session/authentication policies, removing masking or row-access policies, integrations, resource monitors, replication and failover, shares, connections, account-changing `SYSTEM$` functions |
//! | dynamic | SQL whose text is only known when it runs: `EXECUTE IMMEDIATE` of anything but one literal, `EXECUTE IMMEDIATE FROM @stage`, procedure bodies (JavaScript, Python, Java, Scala, Scripting) that run a statement they build, `CALL` of a helper with a computed statement |
//!
//! Bodies are classified where they can be seen: `EXECUTE IMMEDIATE '<sql>'`/`$$<sql>$$` is the
//! class of its body, at least a write; a SQL procedure body raises the class of its `CREATE`; a
//! body in another language is searched for the calls that run SQL (`toolcall::code`):
//! a literal statement is classified, anything else is dynamic; statements embedded in
//! Snowflake Scripting (`IF … THEN DROP …`), tasks (`AS …`) and alerts (`THEN …`) are found by
//! scanning after the keywords that introduce them.
//!
//! Bounded: texts over [`MAX_SQL_BYTES`], bodies nested deeper than [`MAX_SQL_DEPTH`] or work over
//! a fixed budget are refused with an error (the caller trips `unparsable_input`).

use std::fmt;

use serde::Serialize;

/// Longest SQL text the classifier reads.
pub const MAX_SQL_BYTES: usize = 1 << 20;
/// How deep `EXECUTE IMMEDIATE` and procedure bodies may nest inside each other.
pub const MAX_SQL_DEPTH: u8 = 8;
/// Statements per text (a `;` is one byte, so this is far above any real script).
const MAX_STATEMENTS: usize = 50_000;
/// Sub-statements examined inside one statement (scripting blocks, task bodies) before the
/// statement is treated as destructive without looking further.
const MAX_EMBEDDED_SCANS: usize = 64;
/// Recursion guard across statements and their bodies (`BEGIN BEGIN …`, bodies in bodies): it
/// bounds the stack, which may be a small async worker's.
const MAX_NEST: u16 = 64;
/// Total bytes lexed per top-level call, across interpretations and bodies.
const WORK_BUDGET: usize = 64 * MAX_SQL_BYTES;

/// What a statement can do, from harmless to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SqlClass {
    Read,
    Write,
    Destructive,
    /// Data leaves Snowflake (same envelopes as destructive, reported apart).
    Egress,
    Account,
    /// SQL whose text cannot be read before it runs: the most dangerous class.
    Dynamic,
}

impl SqlClass {
    pub fn as_str(self) -> &'static str {
        match self {
            SqlClass::Read => "read",
            SqlClass::Write => "write",
            SqlClass::Destructive => "destructive",
            SqlClass::Egress => "egress",
            SqlClass::Account => "account",
            SqlClass::Dynamic => "dynamic",
        }
    }
}

impl fmt::Display for SqlClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// SQL the classifier refuses to read; the caller denies the call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SqlError {
    #[error("SQL text of {0} bytes is over the {MAX_SQL_BYTES}-byte limit")]
    TooLarge(usize),
    #[error("SQL bodies nest deeper than {MAX_SQL_DEPTH} levels")]
    TooDeep,
    #[error("SQL text has more than {MAX_STATEMENTS} statements")]
    TooManyStatements,
    #[error("SQL text is too complex to classify within the work limit")]
    TooComplex,
}

/// One statement of a text, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The statement as written, comments inside kept, without the `;`.
    pub text: String,
    /// The statement's tokens joined by single spaces: comments gone, whitespace collapsed.
    pub normalized: String,
    pub class: SqlClass,
    /// What decided the class: the statement itself, or the inner statement of a body that is
    /// worse than the statement that carries it.
    pub evidence: String,
}

/// Every statement of a text (under every relevant interpretation, without duplicates).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    pub statements: Vec<Statement>,
}

impl Analysis {
    /// The first statement of the worst class, if there is any statement.
    pub fn worst(&self) -> Option<&Statement> {
        let mut worst: Option<&Statement> = None;
        for s in &self.statements {
            if worst.is_none_or(|w| s.class > w.class) {
                worst = Some(s);
            }
        }
        worst
    }

    /// The class of the whole text: its worst statement's, `Read` when there is nothing to run.
    pub fn class(&self) -> SqlClass {
        self.worst().map_or(SqlClass::Read, |s| s.class)
    }
}

/// Split `sql` into statements (Snowflake's documented lexing) and return their texts.
pub fn split(sql: &str) -> Result<Vec<&str>, SqlError> {
    check_size(sql)?;
    let mut budget = WORK_BUDGET;
    let lexed = lex(sql, Dialect::from_bits(0), &mut budget)?;
    Ok(lexed
        .statements
        .iter()
        .map(|s| &sql[s.start..s.end])
        .collect())
}

/// Split and classify `sql`.
pub fn analyze(sql: &str) -> Result<Analysis, SqlError> {
    check_size(sql)?;
    let mut work = Work {
        budget: WORK_BUDGET,
        nest: 0,
        embedded: 0,
    };
    let mut out = Analysis::default();
    analyze_into(sql, 0, &mut work, &mut out)?;
    if sql.chars().any(crate::guard::credentials::is_invisible) {
        // A zero-width character may split a keyword for us and not for Snowflake.
        let cleaned: String = sql
            .chars()
            .filter(|c| !crate::guard::credentials::is_invisible(*c))
            .collect();
        analyze_into(&cleaned, 0, &mut work, &mut out)?;
    }
    Ok(out)
}

/// Convenience: the class of the whole text.
pub fn classify(sql: &str) -> Result<SqlClass, SqlError> {
    analyze(sql).map(|a| a.class())
}

fn check_size(sql: &str) -> Result<(), SqlError> {
    if sql.len() > MAX_SQL_BYTES {
        return Err(SqlError::TooLarge(sql.len()));
    }
    Ok(())
}

struct Work {
    budget: usize,
    nest: u16,
    embedded: usize,
}

/// Analyze `sql` under every interpretation its content makes relevant, appending statements.
fn analyze_into(sql: &str, depth: u8, work: &mut Work, out: &mut Analysis) -> Result<(), SqlError> {
    if depth > MAX_SQL_DEPTH {
        return Err(SqlError::TooDeep);
    }
    let mut seen = 0u8;
    let mut kept: std::collections::HashSet<(usize, usize, SqlClass)> = Default::default();
    let mut done: Vec<u8> = Vec::new();
    let mut queue: Vec<u8> = vec![0];
    while let Some(bits) = queue.pop() {
        if done.contains(&bits) {
            continue;
        }
        done.push(bits);
        let dialect = Dialect::from_bits(bits);
        let lexed = lex(sql, dialect, &mut work.budget)?;
        seen |= lexed.seen;
        for s in &lexed.statements {
            let toks = Toks::new(sql, &s.tokens, dialect);
            work.embedded = 0;
            let mut found = classify_statement(&toks, depth, work)?;
            if runs_computed_sql(&toks) {
                // Whatever else it says, this statement runs text we cannot read.
                found.raise(Found::of(SqlClass::Dynamic));
            }
            let text = &sql[s.start..s.end];
            let normalized = toks.normalized();
            let evidence = found.inner.unwrap_or_else(|| text.to_string());
            let stmt = Statement {
                text: text.to_string(),
                normalized,
                class: found.class,
                evidence,
            };
            // The same span and class under another interpretation is the same statement.
            if kept.insert((s.start, s.end, stmt.class)) {
                if out.statements.len() >= MAX_STATEMENTS {
                    return Err(SqlError::TooManyStatements);
                }
                out.statements.push(stmt);
            }
        }
        // Every combination of the ambiguities seen so far, including ones only a later
        // interpretation revealed.
        for sub in 0..16u8 {
            if sub & !seen == 0 && !done.contains(&sub) && !queue.contains(&sub) {
                queue.push(sub);
            }
        }
    }
    Ok(())
}

/// Text shaped like a SQL statement: a statement verb followed by what that verb takes.
pub fn statement_shaped(t: &str) -> bool {
    let words: Vec<String> = t
        .split(|c: char| c.is_whitespace() || c == '(' || c == ';')
        .filter(|w| !w.is_empty() && !w.starts_with("--") && !w.starts_with("/*"))
        .take(4)
        .map(str::to_ascii_uppercase)
        .collect();
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    const OBJECTS: &[&str] = &[
        "TABLE",
        "VIEW",
        "SCHEMA",
        "DATABASE",
        "WAREHOUSE",
        "STAGE",
        "USER",
        "ROLE",
        "FUNCTION",
        "PROCEDURE",
        "TASK",
        "STREAM",
        "PIPE",
        "SEQUENCE",
        "INTEGRATION",
        "SHARE",
        "ACCOUNT",
        "NETWORK",
        "DYNAMIC",
        "MATERIALIZED",
        "EXTERNAL",
        "TEMPORARY",
        "TEMP",
        "TRANSIENT",
        "OR",
        "IF",
        "SECURE",
        "FILE",
        "MASKING",
        "ROW",
        "RESOURCE",
        "ALERT",
        "NOTEBOOK",
        "SECRET",
        "API",
        "STORAGE",
        "SECURITY",
        "NOTIFICATION",
        "PASSWORD",
        "SESSION",
        "FAILOVER",
        "REPLICATION",
        "CONNECTION",
        "COLUMN",
        "INDEX",
        "TAG",
        "POLICY",
        "AUTHENTICATION",
        "DATABASES",
        "TABLES",
        "SCHEMAS",
        "VIEWS",
        "USERS",
        "ROLES",
        "GRANTS",
        "WAREHOUSES",
        "STAGES",
        "TASKS",
        "INTEGRATIONS",
        "SHARES",
        "PARAMETERS",
        "OBJECTS",
        "COLUMNS",
        "FUNCTIONS",
        "PROCEDURES",
        "STREAMS",
        "PIPES",
        "TERSE",
        "ALERTS",
        "SECRETS",
        "ORGANIZATION",
        "MANAGED",
        "APPLICATION",
        "COMPUTE",
        "IMAGE",
        "SERVICE",
        "PACKAGES",
    ];
    match w(0) {
        "SELECT" => !w(1).is_empty(),
        "WITH" => t.to_ascii_uppercase().contains(" AS "),
        "INSERT" => matches!(w(1), "INTO" | "OVERWRITE"),
        "UPDATE" => t.to_ascii_uppercase().contains(" SET "),
        "DELETE" => w(1) == "FROM",
        "MERGE" | "COPY" => w(1) == "INTO",
        "DROP" | "CREATE" | "ALTER" | "UNDROP" | "SHOW" | "DESCRIBE" | "DESC" | "TRUNCATE" => {
            OBJECTS.contains(&w(1)) || (w(0) == "TRUNCATE" && !w(1).is_empty())
        }
        "GRANT" | "REVOKE" => {
            t.to_ascii_uppercase().contains(" TO ") || t.to_ascii_uppercase().contains(" FROM ")
        }
        "CALL" => t.contains('('),
        "EXECUTE" | "EXEC" => matches!(w(1), "IMMEDIATE" | "TASK" | "ALERT" | "NOTEBOOK"),
        "USE" => matches!(
            w(1),
            "ROLE" | "WAREHOUSE" | "DATABASE" | "SCHEMA" | "SECONDARY"
        ),
        "PUT" => w(1).starts_with("FILE:") || w(1).starts_with("'FILE:"),
        "GET" | "LIST" | "LS" | "REMOVE" | "RM" => w(1).starts_with('@') || w(1).starts_with("'@"),
        "BEGIN" | "DECLARE" => t.to_ascii_uppercase().contains("END"),
        "EXPLAIN" => !w(1).is_empty(),
        _ => false,
    }
}

mod classify;
mod conditions;
mod lex;

pub(crate) use classify::code_strings;
use classify::*;
use lex::*;

#[cfg(test)]
mod tests;
