//! Lexing SQL text the way Snowflake does, under each interpretation where lexers disagree,
//! and the token views the classifier reads.

use super::*;

// ---------------------------------------------------------------------------------------------
// Lexing

/// Interpretation bits: each flips one lexing choice away from Snowflake's documented one.
pub(super) const NESTED: u8 = 1;
pub(super) const NO_SLASH_COMMENT: u8 = 2;
pub(super) const NO_BACKSLASH: u8 = 4;
pub(super) const OVERLAP: u8 = 8;

#[derive(Debug, Clone, Copy)]
pub(super) struct Dialect {
    pub(super) nested_comments: bool,
    pub(super) slash_comments: bool,
    pub(super) backslash_escapes: bool,
    /// `/*/` opens and closes a comment at once.
    pub(super) overlap_close: bool,
}

impl Dialect {
    pub(super) fn from_bits(bits: u8) -> Dialect {
        Dialect {
            nested_comments: bits & NESTED != 0,
            slash_comments: bits & NO_SLASH_COMMENT == 0,
            backslash_escapes: bits & NO_BACKSLASH == 0,
            overlap_close: bits & OVERLAP != 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    QuotedIdent,
    Str,
    Dollar,
    Number,
    Punct(u8),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) terminated: bool,
}

pub(super) struct RawStatement {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) tokens: Vec<Token>,
}

pub(super) struct Lexed {
    pub(super) statements: Vec<RawStatement>,
    /// Ambiguity bits whose constructs occur in the text.
    pub(super) seen: u8,
}

pub(super) fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

pub(super) fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

pub(super) fn lex(src: &str, d: Dialect, budget: &mut usize) -> Result<Lexed, SqlError> {
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
pub(super) fn unicode_space(src: &str, i: usize) -> Option<usize> {
    if src.as_bytes().get(i).is_none_or(|&b| b < 0xC0) {
        return None;
    }
    let c = src.get(i..)?.chars().next()?;
    c.is_whitespace().then(|| c.len_utf8())
}

pub(super) fn tok(kind: Kind, start: usize, end: usize) -> Token {
    Token {
        kind,
        start,
        end,
        terminated: true,
    }
}

pub(super) fn line_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .map_or(b.len(), |k| from + k)
}

pub(super) fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|k| from + k)
}

/// The value of a `'…'` literal's body.
pub(super) fn unescape_single(body: &str, backslash: bool) -> String {
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

pub(super) fn push_code(
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
pub(super) struct Toks<'a> {
    pub(super) src: &'a str,
    pub(super) t: &'a [Token],
    pub(super) d: Dialect,
}

impl<'a> Toks<'a> {
    pub(super) fn new(src: &'a str, t: &'a [Token], d: Dialect) -> Self {
        Toks { src, t, d }
    }

    pub(super) fn len(&self) -> usize {
        self.t.len()
    }

    pub(super) fn from(&self, i: usize) -> Toks<'a> {
        Toks {
            t: self.t.get(i..).unwrap_or(&[]),
            ..*self
        }
    }

    pub(super) fn range(&self, i: usize, j: usize) -> Toks<'a> {
        let j = j.min(self.t.len());
        Toks {
            t: self.t.get(i..j).unwrap_or(&[]),
            ..*self
        }
    }

    pub(super) fn text_of(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |k| &self.src[k.start..k.end])
    }

    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        let k = self.t.get(i)?;
        (k.kind == Kind::Word).then(|| &self.src[k.start..k.end])
    }

    pub(super) fn is(&self, i: usize, kw: &str) -> bool {
        self.word(i).is_some_and(|w| w.eq_ignore_ascii_case(kw))
    }

    pub(super) fn is_any(&self, i: usize, kws: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| kws.iter().any(|k| w.eq_ignore_ascii_case(k)))
    }

    pub(super) fn punct(&self, i: usize) -> Option<u8> {
        match self.t.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    pub(super) fn has_word(&self, kws: &[&str]) -> bool {
        (0..self.len()).any(|i| self.is_any(i, kws))
    }

    /// The value of a string or `$$` literal at `i`.
    pub(super) fn literal(&self, i: usize) -> Option<String> {
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

    pub(super) fn is_literal(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|k| matches!(k.kind, Kind::Str | Kind::Dollar))
    }

    pub(super) fn span_text(&self) -> &'a str {
        match (self.t.first(), self.t.last()) {
            (Some(a), Some(z)) => &self.src[a.start..z.end],
            _ => "",
        }
    }

    pub(super) fn normalized(&self) -> String {
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
    pub(super) fn skip_parens(&self, i: usize) -> usize {
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
    pub(super) fn sub_end(&self, i: usize) -> usize {
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
