//! Does a `DELETE`, `UPDATE` or `MERGE` reach every row of its table?
//!
//! A condition reaches every row when it is always true: a constant that is true or cannot be
//! evaluated (`TRUE`, `NOT FALSE`, `1 < 2`, `'x' LIKE '%'`, `1 IN (1)`, `COALESCE(NULL, TRUE)`,
//! `CURRENT_DATE() = CURRENT_DATE()`: no column, so the same for every row), a comparison of
//! an expression with itself (`id = id`), any `OR` branch that is, or an `AND` of nothing but
//! such conditions. `x IN (SELECT x FROM <the same table>)` selects every row too. A join
//! (`DELETE … USING`, `UPDATE … FROM`, `MERGE … ON`) whose condition never names the target
//! table matches every target row. Bind variables (`:id`) and session variables (`$id`) are
//! values, not columns: a condition made only of them is constant.
//!
//! The evaluation is three-valued plus "constant but unknown" ([`Cond`]); unknown constants count
//! as true (deny when unsure). Recursion is bounded by [`MAX_COND_DEPTH`].

use super::*;

/// Deepest nesting of parentheses and `NOT`s evaluated; deeper counts as constant (reaches
/// every row: deny when unsure).
const MAX_COND_DEPTH: u8 = 32;

/// Most `OR` branches compared pairwise for complements.
const MAX_COMPLEMENT_BRANCHES: usize = 16;

/// What a condition selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cond {
    /// Every row.
    True,
    /// No row.
    False,
    /// The same for every row, value unknown (counts as every row).
    Const,
    /// Depends on the row.
    Rows,
}

impl Cond {
    fn and(self, o: Cond) -> Cond {
        use Cond::*;
        match (self, o) {
            (False, _) | (_, False) => False,
            (Rows, _) | (_, Rows) => Rows,
            (Const, _) | (_, Const) => Const,
            _ => True,
        }
    }

    fn or(self, o: Cond) -> Cond {
        use Cond::*;
        match (self, o) {
            (True, _) | (_, True) => True,
            (Const, _) | (_, Const) => Const,
            (Rows, _) | (_, Rows) => Rows,
            _ => False,
        }
    }

    fn not(self) -> Cond {
        match self {
            Cond::True => Cond::False,
            Cond::False => Cond::True,
            c => c,
        }
    }

    fn every_row(self) -> bool {
        matches!(self, Cond::True | Cond::Const)
    }
}

/// The table a statement changes: lowercase spellings that refer to it (full name, last part,
/// alias).
pub(super) struct Target {
    names: Vec<String>,
    full: String,
}

/// A value of a constant operand.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Num(f64),
    Str(String),
    Bool(bool),
    Null,
    /// Constant, not evaluated.
    Const,
    /// Depends on the row.
    Rows,
}

/// Words that are neither columns nor function names.
const NOT_COLUMNS: &[&str] = &[
    "TRUE",
    "FALSE",
    "NULL",
    "AND",
    "OR",
    "NOT",
    "IS",
    "IN",
    "LIKE",
    "ILIKE",
    "RLIKE",
    "REGEXP",
    "BETWEEN",
    "CASE",
    "WHEN",
    "THEN",
    "ELSE",
    "END",
    "ESCAPE",
    "DISTINCT",
    "FROM",
    "EXISTS",
    "ANY",
    "ALL",
    "SOME",
    "AS",
    "INTERVAL",
    "DATE",
    "TIME",
    "TIMESTAMP",
    "CURRENT_DATE",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "LOCALTIME",
    "LOCALTIMESTAMP",
    "SYSDATE",
    "CURRENT_USER",
    "CURRENT_ROLE",
    "COLLATE",
    "INT",
    "INTEGER",
    "NUMBER",
    "VARCHAR",
    "STRING",
    "TEXT",
    "BOOLEAN",
    "FLOAT",
    "DOUBLE",
    "DECIMAL",
    "NUMERIC",
    "VARIANT",
];

// ---------------------------------------------------------------------------------------------
// Statements

/// `DELETE FROM t [alias] [USING …] [WHERE cond]`.
pub(super) fn delete_reaches_every_row(t: &Toks<'_>) -> bool {
    let Some(from) = (1..t.len()).find(|&i| t.is(i, "FROM")) else {
        return true;
    };
    let (target, _) = target_at(t, from + 1);
    let using = top_level(t, from + 1, t.len(), &["USING"]);
    reaches_every_row(t, &target, using.is_some())
}

/// `UPDATE t [alias] SET … [FROM …] [WHERE cond]`.
pub(super) fn update_reaches_every_row(t: &Toks<'_>) -> bool {
    let (target, _) = target_at(t, 1);
    let set = top_level(t, 1, t.len(), &["SET"]).unwrap_or(t.len());
    let joined = top_level(t, set, t.len(), &["FROM"]).is_some();
    reaches_every_row(t, &target, joined)
}

fn reaches_every_row(t: &Toks<'_>, target: &Target, joined: bool) -> bool {
    let Some(w) = top_level(t, 1, t.len(), &["WHERE"]) else {
        return true;
    };
    let (a, b) = (w + 1, t.len());
    if a >= b || eval(t, a, b, target, 0).every_row() {
        return true;
    }
    joined && !names_target(t, a, b, target)
}

/// `MERGE INTO t [alias] USING src [alias] ON cond WHEN MATCHED … THEN UPDATE|DELETE …`.
pub(super) fn merge_reaches_every_row(t: &Toks<'_>) -> bool {
    let start = if t.is(1, "INTO") { 2 } else { 1 };
    let (target, _) = target_at(t, start);
    let changes_matched = (0..t.len()).any(|i| {
        t.is(i, "MATCHED")
            && !t.is(i.wrapping_sub(1), "NOT")
            && (i + 1..t.len())
                .take_while(|&j| !t.is(j, "WHEN"))
                .any(|j| t.is(j, "THEN") && t.is_any(j + 1, &["UPDATE", "DELETE"]))
    });
    if !changes_matched {
        return false;
    }
    let Some(on) = top_level(t, start, t.len(), &["ON"]) else {
        return true;
    };
    let end = top_level(t, on + 1, t.len(), &["WHEN"]).unwrap_or(t.len());
    if on + 1 >= end || eval(t, on + 1, end, &target, 0).every_row() {
        return true;
    }
    !names_target(t, on + 1, end, &target)
}

/// The name (and alias) of the table at `i`; returns the index after them.
fn target_at(t: &Toks<'_>, mut i: usize) -> (Target, usize) {
    let mut parts: Vec<String> = Vec::new();
    if t.is(i, "IDENTIFIER") && t.punct(i + 1) == Some(b'(') {
        i = t.skip_parens(i + 1);
        parts.push("identifier()".into());
    } else {
        while i < t.len() {
            match t.t.get(i).map(|k| k.kind) {
                Some(Kind::Word | Kind::QuotedIdent) => parts.push(ident(t, i)),
                _ => break,
            }
            i += 1;
            if t.punct(i) == Some(b'.') {
                i += 1;
            } else {
                break;
            }
        }
    }
    let full = parts.join(".");
    let mut names = vec![full.clone()];
    if let Some(last) = parts.last() {
        names.push(last.clone());
    }
    if t.is(i, "AS") {
        i += 1;
    }
    const CLAUSES: &[&str] = &["USING", "WHERE", "SET", "FROM", "ON", "WHEN"];
    if matches!(
        t.t.get(i).map(|k| k.kind),
        Some(Kind::Word | Kind::QuotedIdent)
    ) && !t.is_any(i, CLAUSES)
    {
        names.push(ident(t, i));
        i += 1;
    }
    (Target { names, full }, i)
}

/// An identifier as compared: unquoted ones lowercase, quoted ones without quotes, lowercase
/// (case differences between quoted names are not worth a false "joined" verdict).
fn ident(t: &Toks<'_>, i: usize) -> String {
    t.text_of(i).trim_matches('"').to_ascii_lowercase()
}

/// The first index in `a..b` at parenthesis depth 0 holding one of `words`.
fn top_level(t: &Toks<'_>, a: usize, b: usize, words: &[&str]) -> Option<usize> {
    let mut depth = 0i64;
    for i in a..b.min(t.len()) {
        match t.punct(i) {
            Some(b'(') => depth += 1,
            Some(b')') => depth -= 1,
            _ => {}
        }
        if depth == 0 && t.is_any(i, words) {
            return Some(i);
        }
    }
    None
}

/// True when `a..b` may refer to the target: a column qualified with its name or alias, or an
/// unqualified column (it may be the target's).
fn names_target(t: &Toks<'_>, a: usize, b: usize, target: &Target) -> bool {
    let mut i = a;
    while i < b {
        let is_name = matches!(
            t.t.get(i).map(|k| k.kind),
            Some(Kind::Word | Kind::QuotedIdent)
        );
        if !is_name {
            i += 1;
            continue;
        }
        if t.punct(i + 1) == Some(b'.') {
            // `q.col` or `db.schema.table.col`: the qualifier is everything before the column.
            let mut j = i;
            let mut quals = vec![ident(t, j)];
            while t.punct(j + 1) == Some(b'.')
                && matches!(
                    t.t.get(j + 2).map(|k| k.kind),
                    Some(Kind::Word | Kind::QuotedIdent)
                )
            {
                j += 2;
                quals.push(ident(t, j));
            }
            quals.pop();
            if let Some(last) = quals.last()
                && (target.names.contains(last) || target.names.contains(&quals.join(".")))
            {
                return true;
            }
            i = j + 1;
            continue;
        }
        if is_column(t, i) {
            return true;
        }
        i += 1;
    }
    false
}

/// True when the token at `i` reads as a column reference.
fn is_column(t: &Toks<'_>, i: usize) -> bool {
    match t.t.get(i).map(|k| k.kind) {
        Some(Kind::QuotedIdent) => true,
        Some(Kind::Word) => {
            let prev = i.checked_sub(1).and_then(|p| t.punct(p));
            let cast = i >= 2 && t.punct(i - 1) == Some(b':') && t.punct(i - 2) == Some(b':');
            let after_as = i >= 1 && t.is(i - 1, "AS");
            let function = t.punct(i + 1) == Some(b'(');
            let parameter = matches!(prev, Some(b':' | b'$'));
            !(t.is_any(i, NOT_COLUMNS) || function || parameter || cast || after_as)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Conditions

/// Evaluate the condition in `a..b`.
fn eval(t: &Toks<'_>, a: usize, b: usize, target: &Target, depth: u8) -> Cond {
    if depth > MAX_COND_DEPTH || a >= b {
        return Cond::Const;
    }
    // OR binds loosest.
    let ors = split_top(t, a, b, "OR");
    if ors.len() > 1 {
        // Pairwise: bounded to a handful of branches (more is not a hand-written trick).
        if ors.len() <= MAX_COMPLEMENT_BRANCHES && complementary(t, &ors) {
            return Cond::True;
        }
        return ors
            .iter()
            .map(|&(x, y)| eval(t, x, y, target, depth + 1))
            .fold(Cond::False, Cond::or);
    }
    let ands = split_top(t, a, b, "AND");
    if ands.len() > 1 {
        return ands
            .iter()
            .map(|&(x, y)| eval(t, x, y, target, depth + 1))
            .fold(Cond::True, Cond::and);
    }
    if t.is(a, "NOT") {
        return eval(t, a + 1, b, target, depth + 1).not();
    }
    if wraps(t, a, b) && !is_subquery(t, a) {
        return eval(t, a + 1, b - 1, target, depth + 1);
    }
    atom(t, a, b, target, depth)
}

/// Two `OR` branches that cover every row between them: `p OR NOT p`, `x IS NULL OR x IS NOT
/// NULL`, `x = v OR x <> v`, `x < v OR x >= v`.
fn complementary(t: &Toks<'_>, ors: &[(usize, usize)]) -> bool {
    let text = |a: usize, b: usize| -> Vec<String> {
        (a..b).map(|i| t.text_of(i).to_ascii_uppercase()).collect()
    };
    let texts: Vec<Vec<String>> = ors.iter().map(|&(a, b)| text(a, b)).collect();
    let strip = |v: &[String]| -> Vec<String> {
        let mut v = v.to_vec();
        while v.first().is_some_and(|s| s == "(") && v.last().is_some_and(|s| s == ")") {
            v = v[1..v.len() - 1].to_vec();
        }
        v
    };
    let normalized: Vec<Vec<String>> = texts.iter().map(|v| strip(v)).collect();
    // Opposite comparison operators, as they appear in token text (`<>` is two tokens); the
    // longer spellings are tried first.
    let opposite = |v: &[String]| -> Option<Vec<String>> {
        let joined = format!(" {} ", v.join(" "));
        for (from, to) in [
            (" IS NOT NULL ", " IS NULL "),
            (" IS NULL ", " IS NOT NULL "),
            (" NOT LIKE ", " LIKE "),
            (" LIKE ", " NOT LIKE "),
            (" NOT IN ", " IN "),
            (" IN ", " NOT IN "),
            (" < = ", " > "),
            (" > = ", " < "),
            (" < > ", " = "),
            (" ! = ", " = "),
            (" = ", " < > "),
            (" < ", " > = "),
            (" > ", " < = "),
        ] {
            if joined.contains(from) {
                let flipped = joined.replacen(from, to, 1);
                return Some(flipped.split_whitespace().map(str::to_string).collect());
            }
        }
        None
    };
    let same = |a: &[String], b: &[String]| {
        a == b || opposite(b).and_then(|o| opposite(&o)).as_deref() == Some(a)
    };
    for (i, x) in normalized.iter().enumerate() {
        for y in normalized.iter().skip(i + 1) {
            let negates = |p: &[String], q: &[String]| {
                p.first().is_some_and(|s| s == "NOT") && strip(&p[1..]) == *q
            };
            if negates(x, y) || negates(y, x) {
                return true;
            }
            if x.len() > 2 && opposite(x).is_some_and(|o| same(&o, y)) {
                return true;
            }
        }
    }
    false
}

/// `a..b` split at top-level `word` (an `AND` that belongs to `BETWEEN` is not a split).
fn split_top(t: &Toks<'_>, a: usize, b: usize, word: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i64;
    let mut case = 0u32;
    let mut start = a;
    let mut between = false;
    for i in a..b {
        match t.punct(i) {
            Some(b'(') => depth += 1,
            Some(b')') => depth -= 1,
            _ => {}
        }
        if depth != 0 {
            continue;
        }
        // `CASE … WHEN a AND b … END` stays whole.
        if t.is(i, "CASE") {
            case += 1;
            continue;
        }
        if case > 0 {
            if t.is(i, "END") {
                case -= 1;
            }
            continue;
        }
        if t.is(i, "BETWEEN") {
            between = true;
        } else if t.is(i, "AND") && between {
            between = false;
            continue;
        }
        if t.is(i, word) {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, b));
    out
}

/// True when the `(` at `a` closes at `b - 1`.
fn wraps(t: &Toks<'_>, a: usize, b: usize) -> bool {
    t.punct(a) == Some(b'(') && t.skip_parens(a) == b && t.punct(b - 1) == Some(b')')
}

fn is_subquery(t: &Toks<'_>, open: usize) -> bool {
    t.is_any(open + 1, &["SELECT", "WITH"])
}

/// A comparison, a predicate or a lone operand.
fn atom(t: &Toks<'_>, a: usize, b: usize, target: &Target, depth: u8) -> Cond {
    if t.is(a, "EXISTS") {
        // Correlated only through a column qualified with the target's name or alias.
        return if qualified_target_ref(t, a + 1, b, target) {
            Cond::Rows
        } else {
            Cond::Const
        };
    }
    let mut d = 0i64;
    for i in a..b {
        match t.punct(i) {
            Some(b'(') => d += 1,
            Some(b')') => d -= 1,
            _ => {}
        }
        if d != 0 {
            continue;
        }
        if let Some(op_len) = comparison_at(t, i, b) {
            let left = value(t, a, i, target, depth);
            let right_start = i + op_len;
            let right = value(t, right_start, b, target, depth);
            let op = t.text_of(i).to_string() + if op_len > 1 { t.text_of(i + 1) } else { "" };
            if left == Val::Rows || right == Val::Rows {
                let reflexive = matches!(op.as_str(), "=" | "==" | "<=" | ">=");
                if reflexive && same_tokens(t, a, i, right_start, b) {
                    return Cond::True;
                }
                return Cond::Rows;
            }
            return compare(&left, &op, &right);
        }
        let negated = t.is(i, "NOT");
        let k = if negated { i + 1 } else { i };
        if t.is(k, "IS") {
            let left = value(t, a, i, target, depth);
            let mut j = k + 1;
            let not = t.is(j, "NOT");
            if not {
                j += 1;
            }
            let result = match left {
                Val::Rows => Cond::Rows,
                Val::Const => Cond::Const,
                v if t.is(j, "NULL") => truth(v == Val::Null),
                Val::Bool(x) if t.is(j, "TRUE") => truth(x),
                Val::Bool(x) if t.is(j, "FALSE") => truth(!x),
                _ => Cond::Const,
            };
            return if not { result.not() } else { result };
        }
        if t.is_any(k, &["RLIKE", "REGEXP"]) {
            // A pattern that matches anything: `.*`, `^.*$`, ``.
            let right = value(t, k + 1, b, target, depth);
            let result = match right {
                Val::Str(p)
                    if matches!(p.as_str(), "" | ".*" | "^.*$" | ".*$" | "^.*" | "(.*)") =>
                {
                    Cond::True
                }
                _ if value(t, a, i, target, depth) == Val::Rows => Cond::Rows,
                _ => Cond::Const,
            };
            return if negated { result.not() } else { result };
        }
        if t.is_any(k, &["LIKE", "ILIKE"]) {
            let left = value(t, a, i, target, depth);
            let right = value(t, k + 1, b, target, depth);
            let result = match (&left, &right) {
                (Val::Str(s), Val::Str(p)) => truth(like(s, p, t.is(k, "ILIKE"))),
                (_, Val::Str(p)) if !p.is_empty() && p.chars().all(|c| c == '%') => {
                    if left == Val::Null {
                        Cond::False
                    } else {
                        Cond::True
                    }
                }
                (Val::Rows, _) | (_, Val::Rows) => Cond::Rows,
                _ => Cond::Const,
            };
            return if negated { result.not() } else { result };
        }
        if t.is(k, "IN") && t.punct(k + 1) == Some(b'(') {
            let left = value(t, a, i, target, depth);
            let close = t.skip_parens(k + 1);
            let result = if is_subquery(t, k + 1) {
                if left == Val::Rows && same_table_subquery(t, a, i, k + 2, close - 1, target) {
                    Cond::True
                } else if left == Val::Rows {
                    Cond::Rows
                } else {
                    Cond::Const
                }
            } else {
                let items = split_commas(t, k + 2, close.saturating_sub(1));
                let vals: Vec<Val> = items
                    .iter()
                    .map(|&(x, y)| value(t, x, y, target, depth))
                    .collect();
                if left == Val::Rows || vals.contains(&Val::Rows) {
                    Cond::Rows
                } else if vals.iter().any(|v| compare(&left, "=", v) == Cond::True) {
                    Cond::True
                } else if left == Val::Const || vals.contains(&Val::Const) {
                    Cond::Const
                } else {
                    Cond::False
                }
            };
            return if negated { result.not() } else { result };
        }
        if t.is(k, "BETWEEN") {
            let left = value(t, a, i, target, depth);
            let and = (k + 1..b).find(|&j| t.is(j, "AND")).unwrap_or(b);
            let low = value(t, k + 1, and, target, depth);
            let high = value(t, and + 1, b, target, depth);
            let result = if [&left, &low, &high].contains(&&Val::Rows) {
                Cond::Rows
            } else {
                compare(&left, ">=", &low).and(compare(&left, "<=", &high))
            };
            return if negated { result.not() } else { result };
        }
    }
    // A lone operand used as a condition.
    match value(t, a, b, target, depth) {
        Val::Bool(x) => truth(x),
        Val::Null => Cond::False,
        Val::Rows => Cond::Rows,
        Val::Num(n) => truth(n != 0.0),
        _ => Cond::Const,
    }
}

fn truth(b: bool) -> Cond {
    if b { Cond::True } else { Cond::False }
}

/// Length of a comparison operator at `i` (`=`, `==`, `!=`, `<>`, `<`, `>`, `<=`, `>=`).
fn comparison_at(t: &Toks<'_>, i: usize, b: usize) -> Option<usize> {
    let c = t.punct(i)?;
    let next = if i + 1 < b { t.punct(i + 1) } else { None };
    // `:=` and `=>` are not comparisons; `::` is a cast.
    if c == b'=' && next == Some(b'>') {
        return None;
    }
    if i > 0 && matches!(t.punct(i - 1), Some(b':' | b'<' | b'>' | b'!' | b'=')) {
        return None;
    }
    match (c, next) {
        (b'=', Some(b'=')) | (b'!', Some(b'=')) | (b'<', Some(b'>')) => Some(2),
        (b'<', Some(b'=')) | (b'>', Some(b'=')) => Some(2),
        (b'=' | b'<' | b'>', _) => Some(1),
        _ => None,
    }
}

/// The value of the operand in `a..b`.
fn value(t: &Toks<'_>, a: usize, b: usize, target: &Target, depth: u8) -> Val {
    if a >= b {
        return Val::Const;
    }
    if wraps(t, a, b) && !is_subquery(t, a) {
        let inner = (a + 1, b - 1);
        let has_predicate = (inner.0..inner.1).any(|i| {
            comparison_at(t, i, inner.1).is_some()
                || t.is_any(i, &["AND", "OR", "NOT", "IS", "LIKE", "IN", "BETWEEN"])
        });
        if has_predicate {
            return match eval(t, inner.0, inner.1, target, depth + 1) {
                Cond::True => Val::Bool(true),
                Cond::False => Val::Bool(false),
                Cond::Const => Val::Const,
                Cond::Rows => Val::Rows,
            };
        }
        return value(t, inner.0, inner.1, target, depth + 1);
    }
    if b - a == 1 {
        let k = t.t[a];
        return match k.kind {
            Kind::Number => t.text_of(a).parse::<f64>().map_or(Val::Const, Val::Num),
            Kind::Str | Kind::Dollar => t.literal(a).map_or(Val::Const, Val::Str),
            Kind::QuotedIdent => Val::Rows,
            Kind::Word if t.is(a, "TRUE") => Val::Bool(true),
            Kind::Word if t.is(a, "FALSE") => Val::Bool(false),
            Kind::Word if t.is(a, "NULL") => Val::Null,
            Kind::Word if is_column(t, a) => Val::Rows,
            _ => Val::Const,
        };
    }
    if b - a == 2 && t.punct(a) == Some(b'-') && t.t[a + 1].kind == Kind::Number {
        return t
            .text_of(a + 1)
            .parse::<f64>()
            .map_or(Val::Const, |n| Val::Num(-n));
    }
    if row_dependent(t, a, b, target) {
        Val::Rows
    } else {
        Val::Const
    }
}

/// True when `a..b` names a column outside subqueries, or the target inside one.
fn row_dependent(t: &Toks<'_>, a: usize, b: usize, target: &Target) -> bool {
    let mut i = a;
    while i < b {
        if t.punct(i) == Some(b'(') && is_subquery(t, i) {
            let close = t.skip_parens(i).min(b);
            if qualified_target_ref(t, i, close, target) {
                return true;
            }
            i = close;
            continue;
        }
        if is_column(t, i) {
            return true;
        }
        i += 1;
    }
    false
}

fn qualified_target_ref(t: &Toks<'_>, a: usize, b: usize, target: &Target) -> bool {
    (a..b).any(|i| {
        t.punct(i + 1) == Some(b'.')
            && matches!(
                t.t.get(i).map(|k| k.kind),
                Some(Kind::Word | Kind::QuotedIdent)
            )
            && target.names.iter().skip(1).any(|n| *n == ident(t, i))
    })
}

/// `x IN (SELECT x FROM <target> [alias])` with no condition: every row of the target.
fn same_table_subquery(
    t: &Toks<'_>,
    la: usize,
    lb: usize,
    a: usize,
    b: usize,
    target: &Target,
) -> bool {
    let Some(from) = (a..b).find(|&i| t.is(i, "FROM")) else {
        return false;
    };
    let (sub, end) = target_at(t, from + 1);
    let same = sub.full == target.full
        || (sub.names.get(1).is_some() && sub.names.get(1) == target.names.get(1));
    // A restriction limits the rows; a subquery `WHERE` that is itself always true does not.
    let restricted = (end..b).any(|i| {
        t.is_any(
            i,
            &[
                "LIMIT", "QUALIFY", "HAVING", "JOIN", "SAMPLE", "TOP", "FETCH",
            ],
        )
    }) || (end..b)
        .find(|&i| t.is(i, "WHERE"))
        .is_some_and(|w| !eval(t, w + 1, b, &sub, 1).every_row());
    // The selected column: one name, the same as the left side's last part.
    let selected = a + 1..from;
    let col = selected.clone().rev().find(|&i| {
        matches!(
            t.t.get(i).map(|k| k.kind),
            Some(Kind::Word | Kind::QuotedIdent)
        )
    });
    let left_col = (la..lb).rev().find(|&i| {
        matches!(
            t.t.get(i).map(|k| k.kind),
            Some(Kind::Word | Kind::QuotedIdent)
        )
    });
    let same_col = match (col, left_col) {
        (Some(c), Some(l)) => ident(t, c) == ident(t, l),
        _ => false,
    };
    same && !restricted && same_col
}

fn split_commas(t: &Toks<'_>, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i64;
    let mut start = a;
    for i in a..b {
        match t.punct(i) {
            Some(b'(') => depth += 1,
            Some(b')') => depth -= 1,
            Some(b',') if depth == 0 => {
                out.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < b {
        out.push((start, b));
    }
    out
}

/// The tokens `a..b` and `c..d` spell the same expression (case-insensitive).
fn same_tokens(t: &Toks<'_>, a: usize, b: usize, c: usize, d: usize) -> bool {
    b - a == d - c
        && b > a
        && (0..b - a).all(|k| t.text_of(a + k).eq_ignore_ascii_case(t.text_of(c + k)))
}

fn compare(l: &Val, op: &str, r: &Val) -> Cond {
    use std::cmp::Ordering;
    let ord = match (l, r) {
        (Val::Rows, _) | (_, Val::Rows) => return Cond::Rows,
        (Val::Null, _) | (_, Val::Null) => return Cond::False,
        (Val::Const, _) | (_, Val::Const) => return Cond::Const,
        (Val::Num(a), Val::Num(b)) => a.partial_cmp(b),
        (Val::Str(a), Val::Str(b)) => Some(a.cmp(b)),
        (Val::Num(a), Val::Str(b)) | (Val::Str(b), Val::Num(a)) => match b.trim().parse::<f64>() {
            Ok(bn) if matches!(l, Val::Num(_)) => a.partial_cmp(&bn),
            Ok(bn) => bn.partial_cmp(a),
            Err(_) => return Cond::Const,
        },
        (Val::Bool(a), Val::Bool(b)) => Some(a.cmp(b)),
        _ => return Cond::Const,
    };
    let Some(ord) = ord else {
        return Cond::Const;
    };
    truth(match op {
        "=" | "==" => ord == Ordering::Equal,
        "!=" | "<>" => ord != Ordering::Equal,
        "<" => ord == Ordering::Less,
        ">" => ord == Ordering::Greater,
        "<=" => ord != Ordering::Greater,
        ">=" => ord != Ordering::Less,
        _ => return Cond::Const,
    })
}

/// SQL `LIKE`: `%` any run, `_` one character.
fn like(s: &str, p: &str, insensitive: bool) -> bool {
    let (s, p): (Vec<char>, Vec<char>) = if insensitive {
        (
            s.to_lowercase().chars().collect(),
            p.to_lowercase().chars().collect(),
        )
    } else {
        (s.chars().collect(), p.chars().collect())
    };
    let (mut si, mut pi) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        if pi < p.len() && p[pi] == '%' {
            star = Some((pi, si));
            pi += 1;
        } else if pi < p.len() && (p[pi] == '_' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if let Some((sp, ss)) = star {
            pi = sp + 1;
            si = ss + 1;
            star = Some((sp, ss + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '%')
}
