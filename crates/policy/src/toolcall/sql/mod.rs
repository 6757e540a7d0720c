//! SQL text → statements → read, write, destructive or account-level.
//!
//! A lexical classifier, on purpose: it never has to understand a statement to split it, it
//! never rejects SQL it does not know, and "unknown" is a class of its own (it counts as a write).
//! A full parser would add compile time and would still need a lexical fallback for Snowflake
//! Scripting, `->>` chains and the statements it cannot parse.
//!
//! **Splitting** follows Snowflake's lexer: `'…'` strings (`''` and backslash escapes), `"…"`
//! identifiers (`""`), `$$…$$` bodies (no escapes), `--` and `//` line comments, `/* */` block
//! comments; statements end at `;` and at the `->>` flow operator. Comments separate tokens, so
//! `DR/**/OP` is two words (not `DROP`), and `/* */DROP` is `DROP`. Where lexers disagree (do
//! block comments nest? is `//` a comment inside `PUT file://…`? does a backslash escape a quote?
//! does `/*/` close at once?) the text is split under every interpretation that its content makes
//! relevant and the strictest result wins, so text cannot hide a statement by relying on the
//! interpretation we did not pick.
//!
//! **Classes** (ordered; a text's class is its worst statement's):
//!
//! | class | statements |
//! | --- | --- |
//! | read | `SELECT`, `WITH … SELECT`, `SHOW`, `DESCRIBE`/`DESC`, `EXPLAIN`, `LIST`/`LS`, `USE`, `VALUES`, `SET`/`UNSET` (session variables), `ALTER SESSION`, `BEGIN`/`START TRANSACTION`/`COMMIT`/`ROLLBACK` |
//! | write | `INSERT`, `UPDATE`/`DELETE` with a `WHERE`, `MERGE`, `COPY`, `CREATE` (not `OR REPLACE`), `ALTER`, `COMMENT`, `PUT`, `GET` (writes local files), `CALL` (the procedure body is not visible), `UNDROP` (restores), `EXECUTE IMMEDIATE` of any visible body (worse if the body is), `EXECUTE IMMEDIATE FROM <file>`, `EXECUTE TASK`, Snowflake Scripting blocks, a `SELECT` calling a `SYSTEM$` function not known to be read-only, and **anything unknown** |
//! | destructive | `DROP`, `TRUNCATE`, `CREATE OR REPLACE`, `CREATE OR ALTER` (may drop columns), `GRANT`/`REVOKE`, `DELETE`/`UPDATE` without `WHERE` (or with `WHERE TRUE`/`1=1`), `INSERT OVERWRITE`, `REMOVE`/`RM`, `ALTER … DROP …`, `ALTER … SWAP WITH`, `ALTER … SET DATA_RETENTION_TIME_IN_DAYS = 0`, `EXECUTE IMMEDIATE` of a computed string |
//! | account | `CREATE`/`ALTER`/`DROP`/`UNDROP` of `ACCOUNT`, `MANAGED ACCOUNT`, `ORGANIZATION …`, `USER`, `ROLE` (not database/application roles), `NETWORK POLICY`, `RESOURCE MONITOR`, `FAILOVER GROUP`, `REPLICATION GROUP`, `CONNECTION`, `SHARE`, any `… INTEGRATION`; `GRANT`/`REVOKE` naming `ACCOUNT`, `USER`, an integration or a system administrator role; `SYSTEM$` functions that change account settings |
//!
//! Bodies are classified where they can be seen: `EXECUTE IMMEDIATE '<sql>'`/`$$<sql>$$` is the
//! class of its body, at least a write; a SQL procedure body raises the class of its `CREATE`; a JavaScript, Python,
//! Java or Scala body is scanned for SQL strings and destructive keywords; statements embedded in
//! Snowflake Scripting (`IF … THEN DROP …`), tasks (`AS …`) and alerts (`THEN …`) are found by
//! scanning after the keywords that introduce them. When a script runs computed SQL (`EXECUTE
//! IMMEDIATE :stmt`), every string literal in the text is classified too, since any of them may be
//! the statement.
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
    Account,
}

impl SqlClass {
    pub fn as_str(self) -> &'static str {
        match self {
            SqlClass::Read => "read",
            SqlClass::Write => "write",
            SqlClass::Destructive => "destructive",
            SqlClass::Account => "account",
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
        let dynamic = lexed
            .statements
            .iter()
            .any(|s| runs_computed_sql(&Toks::new(sql, &s.tokens, dialect)));
        let sweep = if dynamic {
            Some(sweep_literals(sql, &lexed, dialect, depth, work)?)
        } else {
            None
        };
        for s in &lexed.statements {
            let toks = Toks::new(sql, &s.tokens, dialect);
            work.embedded = 0;
            let mut found = classify_statement(&toks, depth, work)?;
            if let Some(sweep) = &sweep
                && runs_computed_sql(&toks)
            {
                found.raise(sweep.clone());
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

// ---------------------------------------------------------------------------------------------
// Lexing

/// Interpretation bits: each flips one lexing choice away from Snowflake's documented one.
const NESTED: u8 = 1;
const NO_SLASH_COMMENT: u8 = 2;
const NO_BACKSLASH: u8 = 4;
const OVERLAP: u8 = 8;

#[derive(Debug, Clone, Copy)]
struct Dialect {
    nested_comments: bool,
    slash_comments: bool,
    backslash_escapes: bool,
    /// `/*/` opens and closes a comment at once.
    overlap_close: bool,
}

impl Dialect {
    fn from_bits(bits: u8) -> Dialect {
        Dialect {
            nested_comments: bits & NESTED != 0,
            slash_comments: bits & NO_SLASH_COMMENT == 0,
            backslash_escapes: bits & NO_BACKSLASH == 0,
            overlap_close: bits & OVERLAP != 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    QuotedIdent,
    Str,
    Dollar,
    Number,
    Punct(u8),
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
    terminated: bool,
}

struct RawStatement {
    start: usize,
    end: usize,
    tokens: Vec<Token>,
}

struct Lexed {
    statements: Vec<RawStatement>,
    /// Ambiguity bits whose constructs occur in the text.
    seen: u8,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

fn lex(src: &str, d: Dialect, budget: &mut usize) -> Result<Lexed, SqlError> {
    *budget = budget.checked_sub(src.len()).ok_or(SqlError::TooComplex)?;
    let b = src.as_bytes();
    let n = b.len();
    let mut seen = 0u8;
    let mut statements = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let finish = |current: &mut Vec<Token>, statements: &mut Vec<RawStatement>| {
        if let (Some(first), Some(last)) = (current.first(), current.last()) {
            let (start, end) = (first.start, last.end);
            statements.push(RawStatement {
                start,
                end,
                tokens: std::mem::take(current),
            });
        }
        statements.len() <= MAX_STATEMENTS
    };
    let mut i = 0;
    while i < n {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c.is_ascii_whitespace() {
            i += 1;
        } else if let Some(len) = unicode_space(src, i) {
            // Treating a non-ASCII space as a separator can only reveal more keywords.
            i += len;
        } else if c == b'-' && next == Some(b'-') {
            i = line_end(b, i);
        } else if c == b'-' && next == Some(b'>') && b.get(i + 2) == Some(&b'>') {
            if !finish(&mut current, &mut statements) {
                return Err(SqlError::TooManyStatements);
            }
            i += 3;
        } else if c == b'/' && next == Some(b'/') {
            seen |= NO_SLASH_COMMENT;
            if d.slash_comments {
                i = line_end(b, i);
            } else {
                current.push(tok(Kind::Punct(b'/'), i, i + 1));
                i += 1;
            }
        } else if c == b'/' && next == Some(b'*') {
            if b.get(i + 2) == Some(&b'/') {
                seen |= OVERLAP;
                if d.overlap_close {
                    i += 3;
                    continue;
                }
            }
            let mut depth = 1u32;
            let mut j = i + 2;
            while j < n {
                if b[j] == b'*' && b.get(j + 1) == Some(&b'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else if b[j] == b'/' && b.get(j + 1) == Some(&b'*') {
                    seen |= NESTED;
                    if d.nested_comments {
                        depth += 1;
                    }
                    j += 2;
                } else {
                    j += 1;
                }
            }
            i = j.min(n);
        } else if c == b'\'' {
            let mut j = i + 1;
            let mut terminated = false;
            while j < n {
                match b[j] {
                    b'\\' => {
                        seen |= NO_BACKSLASH;
                        j += if d.backslash_escapes { 2 } else { 1 };
                    }
                    b'\'' if b.get(j + 1) == Some(&b'\'') => j += 2,
                    b'\'' => {
                        j += 1;
                        terminated = true;
                        break;
                    }
                    _ => j += 1,
                }
            }
            let end = j.min(n);
            current.push(Token {
                kind: Kind::Str,
                start: i,
                end,
                terminated,
            });
            i = end;
        } else if c == b'"' {
            let mut j = i + 1;
            let mut terminated = false;
            while j < n {
                if b[j] == b'"' {
                    if b.get(j + 1) == Some(&b'"') {
                        j += 2;
                        continue;
                    }
                    j += 1;
                    terminated = true;
                    break;
                }
                j += 1;
            }
            let end = j.min(n);
            current.push(Token {
                kind: Kind::QuotedIdent,
                start: i,
                end,
                terminated,
            });
            i = end;
        } else if c == b'$' && next == Some(b'$') {
            let (end, terminated) = match find(b, i + 2, b"$$") {
                Some(k) => (k + 2, true),
                None => (n, false),
            };
            current.push(Token {
                kind: Kind::Dollar,
                start: i,
                end,
                terminated,
            });
            i = end;
        } else if is_ident_start(c) {
            let mut j = i + 1;
            while j < n && is_ident_char(b[j]) && unicode_space(src, j).is_none() {
                j += 1;
            }
            current.push(tok(Kind::Word, i, j));
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'.' || b[j] == b'_') {
                j += 1;
            }
            current.push(tok(Kind::Number, i, j));
            i = j;
        } else if c == b';' {
            if !finish(&mut current, &mut statements) {
                return Err(SqlError::TooManyStatements);
            }
            i += 1;
        } else {
            current.push(tok(Kind::Punct(c), i, i + 1));
            i += 1;
        }
    }
    if !finish(&mut current, &mut statements) {
        return Err(SqlError::TooManyStatements);
    }
    Ok(Lexed { statements, seen })
}

/// The byte length of a non-ASCII whitespace character starting at `i`, if there is one.
fn unicode_space(src: &str, i: usize) -> Option<usize> {
    if src.as_bytes().get(i).is_none_or(|&b| b < 0xC0) {
        return None;
    }
    let c = src.get(i..)?.chars().next()?;
    c.is_whitespace().then(|| c.len_utf8())
}

fn tok(kind: Kind, start: usize, end: usize) -> Token {
    Token {
        kind,
        start,
        end,
        terminated: true,
    }
}

fn line_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .map_or(b.len(), |k| from + k)
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|k| from + k)
}

/// The value of a `'…'` literal's body.
fn unescape_single(body: &str, backslash: bool) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' if chars.peek() == Some(&'\'') => {
                chars.next();
                out.push('\'');
            }
            '\\' if backslash => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('0') if !chars.peek().is_some_and(|c| c.is_digit(8)) => out.push('\0'),
                Some('x') => push_code(&mut out, &mut chars, 16, 2),
                Some('u') => push_code(&mut out, &mut chars, 16, 4),
                Some(d) if d.is_digit(8) => {
                    let mut v = d.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match chars.peek().and_then(|c| c.to_digit(8)) {
                            Some(x) => {
                                v = v * 8 + x;
                                chars.next();
                            }
                            None => break,
                        }
                    }
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            other => out.push(other),
        }
    }
    out
}

fn push_code(
    out: &mut String,
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    radix: u32,
    max: usize,
) {
    let mut v = 0u32;
    let mut any = false;
    for _ in 0..max {
        match chars.peek().and_then(|c| c.to_digit(radix)) {
            Some(x) => {
                v = v * radix + x;
                any = true;
                chars.next();
            }
            None => break,
        }
    }
    if any {
        out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
    }
}

// ---------------------------------------------------------------------------------------------
// Token views

#[derive(Clone, Copy)]
struct Toks<'a> {
    src: &'a str,
    t: &'a [Token],
    d: Dialect,
}

impl<'a> Toks<'a> {
    fn new(src: &'a str, t: &'a [Token], d: Dialect) -> Self {
        Toks { src, t, d }
    }

    fn len(&self) -> usize {
        self.t.len()
    }

    fn from(&self, i: usize) -> Toks<'a> {
        Toks {
            t: self.t.get(i..).unwrap_or(&[]),
            ..*self
        }
    }

    fn range(&self, i: usize, j: usize) -> Toks<'a> {
        let j = j.min(self.t.len());
        Toks {
            t: self.t.get(i..j).unwrap_or(&[]),
            ..*self
        }
    }

    fn text_of(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |k| &self.src[k.start..k.end])
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let k = self.t.get(i)?;
        (k.kind == Kind::Word).then(|| &self.src[k.start..k.end])
    }

    fn is(&self, i: usize, kw: &str) -> bool {
        self.word(i).is_some_and(|w| w.eq_ignore_ascii_case(kw))
    }

    fn is_any(&self, i: usize, kws: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| kws.iter().any(|k| w.eq_ignore_ascii_case(k)))
    }

    fn punct(&self, i: usize) -> Option<u8> {
        match self.t.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn has_word(&self, kws: &[&str]) -> bool {
        (0..self.len()).any(|i| self.is_any(i, kws))
    }

    /// The value of a string or `$$` literal at `i`.
    fn literal(&self, i: usize) -> Option<String> {
        let k = self.t.get(i)?;
        let raw = &self.src[k.start..k.end];
        match k.kind {
            Kind::Str => {
                let body = raw.get(1..).unwrap_or("");
                let body = if k.terminated {
                    body.get(..body.len().saturating_sub(1)).unwrap_or("")
                } else {
                    body
                };
                Some(unescape_single(body, self.d.backslash_escapes))
            }
            Kind::Dollar => {
                let body = raw.get(2..).unwrap_or("");
                let body = if k.terminated {
                    body.get(..body.len().saturating_sub(2)).unwrap_or("")
                } else {
                    body
                };
                Some(body.to_string())
            }
            _ => None,
        }
    }

    fn is_literal(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|k| matches!(k.kind, Kind::Str | Kind::Dollar))
    }

    fn span_text(&self) -> &'a str {
        match (self.t.first(), self.t.last()) {
            (Some(a), Some(z)) => &self.src[a.start..z.end],
            _ => "",
        }
    }

    fn normalized(&self) -> String {
        let mut out = String::new();
        for i in 0..self.len() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(self.text_of(i));
        }
        out
    }

    /// Index just past the group opened by the `(` at `i`.
    fn skip_parens(&self, i: usize) -> usize {
        let mut depth = 0i64;
        let mut j = i;
        while j < self.len() {
            match self.punct(j) {
                Some(b'(') => depth += 1,
                Some(b')') => {
                    depth -= 1;
                    if depth <= 0 {
                        return j + 1;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        j
    }

    /// Index of the first `)` that closes a group opened before `i`, or the end.
    fn sub_end(&self, i: usize) -> usize {
        let mut depth = 0i64;
        for j in i..self.len() {
            match self.punct(j) {
                Some(b'(') => depth += 1,
                Some(b')') => {
                    depth -= 1;
                    if depth < 0 {
                        return j;
                    }
                }
                _ => {}
            }
        }
        self.len()
    }
}

// ---------------------------------------------------------------------------------------------
// Classification

#[derive(Debug, Clone)]
struct Found {
    class: SqlClass,
    /// The inner statement that decided the class, when it is not the statement itself.
    inner: Option<String>,
}

impl Found {
    fn of(class: SqlClass) -> Found {
        Found { class, inner: None }
    }

    fn raise(&mut self, other: Found) {
        if other.class > self.class {
            *self = other;
        }
    }

    fn at_least(mut self, class: SqlClass) -> Found {
        if class > self.class {
            self.class = class;
        }
        self
    }
}

/// Verbs whose statements can be worse than a plain write, or that carry bodies.
const RISKY_VERBS: &[&str] = &[
    "DELETE", "UPDATE", "DROP", "TRUNCATE", "CREATE", "ALTER", "GRANT", "REVOKE", "REMOVE", "RM",
    "EXECUTE", "EXEC", "INSERT", "UNDROP", "BEGIN", "WITH",
];

/// `SYSTEM$` functions (by prefix) known to only read.
const READ_SYSTEM_FUNCTIONS: &[&str] = &[
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
];

/// Roles whose grant is an account-level change.
const ADMIN_ROLES: &[&str] = &[
    "ACCOUNTADMIN",
    "SECURITYADMIN",
    "USERADMIN",
    "ORGADMIN",
    "GLOBALORGADMIN",
];

fn classify_statement(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    work.nest += 1;
    if work.nest > MAX_NEST {
        return Err(SqlError::TooComplex);
    }
    let result = classify_inner(t, depth, work);
    work.nest = work.nest.saturating_sub(1);
    result
}

fn classify_inner(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
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
        "SHOW" | "DESCRIBE" | "DESC" | "EXPLAIN" | "LIST" | "LS" | "USE" | "VALUES" | "COMMIT"
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
        "DROP" => Found::of(if account_object(&t.from(1)) {
            SqlClass::Account
        } else {
            SqlClass::Destructive
        }),
        "UNDROP" => Found::of(if account_object(&t.from(1)) {
            SqlClass::Account
        } else {
            SqlClass::Write
        }),
        "TRUNCATE" | "REMOVE" | "RM" => Found::of(SqlClass::Destructive),
        "GRANT" | "REVOKE" => Found::of(grant_class(&t)),
        "DELETE" | "UPDATE" => Found::of(if has_effective_where(&t) {
            SqlClass::Write
        } else {
            SqlClass::Destructive
        }),
        "INSERT" => Found::of(if t.is(1, "OVERWRITE") {
            SqlClass::Destructive
        } else {
            SqlClass::Write
        }),
        "MERGE" | "COPY" | "PUT" | "GET" | "COMMENT" | "CALL" => Found::of(SqlClass::Write),
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

fn select_class(t: &Toks<'_>) -> SqlClass {
    let mut class = SqlClass::Read;
    for i in 0..t.len() {
        let Some(w) = t.word(i) else { continue };
        if !w
            .get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("SYSTEM$"))
        {
            continue;
        }
        let upper = w.to_ascii_uppercase();
        if READ_SYSTEM_FUNCTIONS.iter().any(|p| upper.starts_with(p)) {
            continue;
        }
        let this = if upper.contains("ACCOUNT") || upper.contains("BEHAVIOR_CHANGE") {
            SqlClass::Account
        } else {
            SqlClass::Write
        };
        class = class.max(this);
    }
    class
}

fn with_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
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

fn alter_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    if t.is(1, "SESSION") {
        return Ok(Found::of(SqlClass::Read));
    }
    if account_object(&t.from(1)) {
        return Ok(Found::of(SqlClass::Account));
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

fn create_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let replaces = t.is(1, "OR") && t.is_any(2, &["REPLACE", "ALTER"]);
    if account_object(&t.from(1)) {
        return Ok(Found::of(SqlClass::Account));
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
fn procedure_body_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
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

fn execute_class(t: &Toks<'_>, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    if !t.is(1, "IMMEDIATE") {
        // EXECUTE TASK / ALERT / NOTEBOOK …: runs something defined elsewhere.
        return Ok(Found::of(SqlClass::Write));
    }
    if t.is(2, "FROM") {
        // A file on a stage: cannot be seen from here.
        return Ok(Found::of(SqlClass::Write));
    }
    let single_literal = t.is_literal(2) && (t.len() == 3 || t.is(3, "USING"));
    if single_literal && let Some(body) = t.literal(2) {
        // Dynamic SQL is at least a write even when its text is a read.
        return Ok(body_class(&body, depth, work)?.at_least(SqlClass::Write));
    }
    // Computed SQL: destructive unless the pieces we can see say worse.
    let mut found = Found::of(SqlClass::Destructive);
    let pieces: Vec<String> = (2..t.len()).filter_map(|i| t.literal(i)).collect();
    if !pieces.is_empty() {
        found.raise(body_class(&pieces.concat(), depth, work)?);
        found.raise(body_class(&pieces.join(" "), depth, work)?);
    }
    Ok(found)
}

/// True when `t` executes SQL computed at run time.
fn runs_computed_sql(t: &Toks<'_>) -> bool {
    (0..t.len()).any(|i| {
        t.is_any(i, &["EXECUTE", "EXEC"])
            && t.is(i + 1, "IMMEDIATE")
            && !t.is(i + 2, "FROM")
            && !(t.is_literal(i + 2) && (i + 3 == t.len() || t.is(i + 3, "USING")))
    })
}

/// Classify every string literal of a text that runs computed SQL: any may be the statement.
fn sweep_literals(
    src: &str,
    lexed: &Lexed,
    d: Dialect,
    depth: u8,
    work: &mut Work,
) -> Result<Found, SqlError> {
    let mut found = Found::of(SqlClass::Destructive);
    for s in &lexed.statements {
        let toks = Toks::new(src, &s.tokens, d);
        for i in 0..toks.len() {
            if let Some(body) = toks.literal(i) {
                found.raise(body_class(&body, depth, work)?);
                found.raise(keyword_class(&body));
            }
        }
    }
    Ok(found)
}

/// The worst class of a SQL body, with the inner statement that decided it.
fn body_class(body: &str, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
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

/// A body in another language (JavaScript, Python, …): at least a write; SQL in its string
/// literals and destructive keywords anywhere make it worse.
pub(crate) fn classify_code(code: &str) -> Result<SqlClass, SqlError> {
    check_size(code)?;
    let mut work = Work {
        budget: WORK_BUDGET,
        nest: 0,
        embedded: 0,
    };
    code_class(code, 0, &mut work).map(|f| f.class)
}

fn code_class(code: &str, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    let mut found = Found::of(SqlClass::Write);
    for s in code_strings(code) {
        if starts_with_sql_verb(&s) {
            found.raise(body_class(&s, depth, work)?);
        }
    }
    found.raise(keyword_class(code));
    Ok(found)
}

/// String literals of code in a C-like or Python-like language (`'…'`, `"…"`, `` `…` ``, with
/// backslash escapes). Bounded by the code's length.
pub(crate) fn code_strings(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        if !matches!(c, '\'' | '"' | '`') {
            continue;
        }
        let mut s = String::new();
        while let Some(x) = chars.next() {
            match x {
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some(y) => s.push(y),
                    None => break,
                },
                x if x == c => break,
                x => s.push(x),
            }
        }
        if !s.trim().is_empty() {
            out.push(s);
        }
    }
    out
}

fn starts_with_sql_verb(s: &str) -> bool {
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
fn keyword_class(text: &str) -> Found {
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
fn account_words(words: &[&str]) -> bool {
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
        "ACCOUNT" | "ORGANIZATION" | "USER" | "ROLE" | "CONNECTION" | "SHARE" | "INTEGRATION" => {
            true
        }
        "MANAGED" => at(1) == "ACCOUNT",
        "NETWORK" => at(1) == "POLICY",
        "RESOURCE" => at(1) == "MONITOR",
        "FAILOVER" | "REPLICATION" => at(1) == "GROUP",
        "STORAGE" | "SECURITY" | "API" | "NOTIFICATION" | "CATALOG" => at(1) == "INTEGRATION",
        "EXTERNAL" => at(1) == "ACCESS" && at(2) == "INTEGRATION",
        _ => false,
    }
}

/// True when the tokens after CREATE/ALTER/DROP/UNDROP name an account-level object type.
fn account_object(t: &Toks<'_>) -> bool {
    let words: Vec<&str> = (0..t.len().min(8)).map_while(|i| t.word(i)).collect();
    account_words(&words)
}

fn grant_class(t: &Toks<'_>) -> SqlClass {
    let mut words = vec!["ACCOUNT", "USER", "INTEGRATION"];
    words.extend_from_slice(ADMIN_ROLES);
    if t.has_word(&words) {
        SqlClass::Account
    } else {
        SqlClass::Destructive
    }
}

/// True when a DELETE/UPDATE has a top-level WHERE that is not trivially true.
fn has_effective_where(t: &Toks<'_>) -> bool {
    let mut depth = 0i64;
    for i in 1..t.len() {
        match t.punct(i) {
            Some(b'(') => depth += 1,
            Some(b')') => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
        if depth == 0 && t.is(i, "WHERE") {
            return !tautology(&t.from(i + 1));
        }
    }
    false
}

/// `TRUE`, `NOT FALSE`, `1=1`, `'a'='a'`: conditions that select every row.
fn tautology(t: &Toks<'_>) -> bool {
    let n = t.len();
    if n == 1 && t.is(0, "TRUE") {
        return true;
    }
    if n == 2 && t.is(0, "NOT") && t.is(1, "FALSE") {
        return true;
    }
    n == 3
        && t.punct(1) == Some(b'=')
        && t.text_of(0) == t.text_of(2)
        && t.t
            .first()
            .is_some_and(|k| matches!(k.kind, Kind::Number | Kind::Str))
}

/// Statements embedded after keywords that introduce one (`AS`, `THEN`, `ELSE`, `DO`, `BEGIN`,
/// …; with `in_script`, also after `(` and `:=`). Returns the worst (at least `Read`).
fn embedded(t: &Toks<'_>, in_script: bool, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
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

fn sub_statement(t: &Toks<'_>, j: usize, depth: u8, work: &mut Work) -> Result<Found, SqlError> {
    work.embedded += 1;
    if work.embedded > MAX_EMBEDDED_SCANS {
        return Ok(Found::of(SqlClass::Destructive));
    }
    let end = t.sub_end(j);
    let sub = t.range(j, end);
    let mut found = classify_statement(&sub, depth, work)?;
    if found.inner.is_none() && found.class > SqlClass::Write {
        found.inner = Some(sub.span_text().to_string());
    }
    Ok(found)
}

#[cfg(test)]
mod tests;
