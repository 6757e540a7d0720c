//! The shell parser: bash tokenization, quoting, substitutions, here-documents, brace expansion.

use super::*;

#[derive(Default)]
pub(crate) struct Sink {
    pub(crate) commands: Vec<Command>,
    pub(crate) next_pipe: u32,
    pub(crate) words: usize,
}

impl Sink {
    pub(crate) fn count_words(&mut self, n: usize) -> Result<(), ShellError> {
        self.words += n;
        if self.words > MAX_WORDS {
            return Err(ShellError::TooManyWords);
        }
        Ok(())
    }

    pub(crate) fn reserve(&mut self) -> Result<usize, ShellError> {
        if self.commands.len() >= MAX_COMMANDS {
            return Err(ShellError::TooManyCommands);
        }
        self.commands.push(Command::default());
        Ok(self.commands.len() - 1)
    }
}

pub(crate) fn parse_into(
    sink: &mut Sink,
    text: &str,
    depth: u8,
    pipes: Vec<(u32, u16)>,
    feed: Option<usize>,
) -> Result<(), ShellError> {
    if depth > MAX_SHELL_DEPTH {
        return Err(ShellError::TooDeep);
    }
    let mut p = Parser {
        src: text,
        b: text.as_bytes(),
        pos: 0,
        depth,
        sink,
        pipes,
        feed,
        heredocs: Vec::new(),
    };
    while !p.eof() {
        let before = p.pos;
        p.parse_list(Term::None)?;
        if p.pos == before {
            p.bump();
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Term {
    /// Top level: stray closers are skipped.
    None,
    /// `)` of a subshell or substitution.
    Paren,
    /// `}` of a group.
    Brace,
    /// `;;`, `;&`, `;;&` or `esac` in a `case`.
    Case,
}

pub(crate) struct PendingHeredoc {
    pub(crate) cmd: usize,
    pub(crate) delimiter: String,
    pub(crate) strip_tabs: bool,
    pub(crate) expand: bool,
}

/// A word being built: bytes, plus brace-expansion marks for unquoted `{`, `,`, `}`.
#[derive(Default)]
pub(crate) struct RawWord {
    pub(crate) units: Vec<u16>,
    pub(crate) dynamic: bool,
    pub(crate) glob: bool,
    pub(crate) quoted: bool,
    /// An unquoted expansion (its value is split into words).
    pub(crate) split: bool,
    /// An expansion after the last literal `/`.
    pub(crate) dynamic_tail: bool,
}

pub(crate) const OPEN: u16 = 256;
pub(crate) const COMMA: u16 = 257;
pub(crate) const CLOSE: u16 = 258;

impl RawWord {
    pub(crate) fn push(&mut self, b: u8) {
        self.units.push(u16::from(b));
    }

    pub(crate) fn push_str(&mut self, s: &str) {
        self.units.extend(s.bytes().map(u16::from));
    }

    pub(crate) fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.push_str(c.encode_utf8(&mut buf));
    }

    pub(crate) fn last_is_unquoted(&self, set: &[u8]) -> bool {
        // Extglob operators are plain bytes in the buffer; quoted ones were pushed the same way,
        // which only makes us treat a quoted `@(` as a glob: harmless.
        self.units
            .last()
            .is_some_and(|&u| u < 256 && set.contains(&(u as u8)))
    }

    pub(crate) fn bytes(units: &[u16]) -> Vec<u8> {
        units
            .iter()
            .map(|&u| match u {
                OPEN => b'{',
                COMMA => b',',
                CLOSE => b'}',
                b => b as u8,
            })
            .collect()
    }

    /// `NAME=` or `NAME+=` (the start of an assignment or array assignment).
    pub(crate) fn is_assignment(&self) -> bool {
        let bytes = Self::bytes(&self.units);
        let Some(eq) = bytes.iter().position(|&b| b == b'=') else {
            return false;
        };
        let name = bytes[..eq].strip_suffix(b"+").unwrap_or(&bytes[..eq]);
        let name = match name.iter().position(|&b| b == b'[') {
            Some(k) if name.ends_with(b"]") => &name[..k],
            _ => name,
        };
        !name.is_empty()
            && (name[0].is_ascii_alphabetic() || name[0] == b'_')
            && name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
    }

    /// Record an expansion (`$x`, `$(…)`, `` `…` ``) just pushed.
    pub(crate) fn expansion(&mut self, quoted: bool) {
        self.dynamic = true;
        self.dynamic_tail = true;
        self.split |= !quoted;
    }

    pub(crate) fn into_word(self) -> Word {
        Word {
            text: String::from_utf8_lossy(&Self::bytes(&self.units)).into_owned(),
            dynamic: self.dynamic,
            glob: self.glob,
            computed_name: self.split || self.dynamic_tail,
        }
    }

    /// The words this word becomes after brace expansion.
    pub(crate) fn expand(self) -> Vec<Word> {
        if !self.units.contains(&OPEN) {
            return vec![self.into_word()];
        }
        let pairs = self.units.iter().filter(|&&u| u == OPEN).count();
        let mut out = Vec::new();
        let mut budget = MAX_BRACE_WORDS;
        let mut dynamic = self.dynamic;
        let mut computed_name = self.split || self.dynamic_tail;
        if pairs > MAX_BRACE_PAIRS || !brace_expand(&self.units, &mut out, &mut budget) {
            dynamic = true;
            computed_name = true;
            out = vec![self.units.clone()];
        }
        // `{1..9}` or `{a..z}`: a sequence we do not expand; its value is not the text.
        let bytes = Self::bytes(&self.units);
        if bytes.windows(2).any(|w| w == b"..") && self.units.contains(&OPEN) {
            dynamic = true;
            computed_name = true;
        }
        out.into_iter()
            .map(|units| Word {
                text: String::from_utf8_lossy(&Self::bytes(&units)).into_owned(),
                dynamic,
                glob: self.glob,
                computed_name,
            })
            .collect()
    }
}

/// Bash brace expansion of `{a,b}` forms. False when the budget ran out.
pub(crate) fn brace_expand(w: &[u16], out: &mut Vec<Vec<u16>>, budget: &mut usize) -> bool {
    for a in (0..w.len()).filter(|&i| w[i] == OPEN) {
        let mut depth = 0usize;
        let mut commas = Vec::new();
        let mut close = None;
        for (j, &u) in w.iter().enumerate().skip(a + 1) {
            match u {
                OPEN => depth += 1,
                CLOSE if depth == 0 => {
                    close = Some(j);
                    break;
                }
                CLOSE => depth -= 1,
                COMMA if depth == 0 => commas.push(j),
                _ => {}
            }
        }
        let Some(b) = close else { continue };
        if commas.is_empty() {
            continue;
        }
        let mut bounds = vec![a];
        bounds.extend(&commas);
        bounds.push(b);
        for pair in bounds.windows(2) {
            let mut next = w[..a].to_vec();
            next.extend_from_slice(&w[pair[0] + 1..pair[1]]);
            next.extend_from_slice(&w[b + 1..]);
            if !brace_expand(&next, out, budget) {
                return false;
            }
        }
        return true;
    }
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    out.push(w.to_vec());
    true
}

pub(crate) struct Parser<'s, 'k> {
    pub(crate) src: &'s str,
    pub(crate) b: &'s [u8],
    pub(crate) pos: usize,
    pub(crate) depth: u8,
    pub(crate) sink: &'k mut Sink,
    pub(crate) pipes: Vec<(u32, u16)>,
    /// The command whose words are being read: substitutions inside them feed it.
    pub(crate) feed: Option<usize>,
    pub(crate) heredocs: Vec<PendingHeredoc>,
}

pub(crate) fn is_delimiter(b: Option<u8>) -> bool {
    matches!(
        b,
        None | Some(b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'(' | b')' | b'<' | b'>')
    )
}

impl<'s, 'k> Parser<'s, 'k> {
    pub(crate) fn eof(&self) -> bool {
        self.pos >= self.b.len()
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    pub(crate) fn peek_at(&self, k: usize) -> Option<u8> {
        self.b.get(self.pos + k).copied()
    }

    pub(crate) fn at(&self, s: &str) -> bool {
        self.b
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(s.as_bytes()))
    }

    /// `kw` as a whole unquoted word at the current position.
    pub(crate) fn at_keyword(&self, kw: &str) -> bool {
        self.at(kw) && is_delimiter(self.b.get(self.pos + kw.len()).copied())
    }

    /// Move past one character (not one byte), so positions stay on character boundaries.
    pub(crate) fn bump(&mut self) {
        let len = self
            .src
            .get(self.pos..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
        self.pos = (self.pos + len).min(self.b.len());
    }

    pub(crate) fn slice(&self, a: usize, b: usize) -> &'s str {
        let mut a = a.min(self.b.len());
        let mut b = b.min(self.b.len());
        while !self.src.is_char_boundary(a) {
            a -= 1;
        }
        while !self.src.is_char_boundary(b) {
            b += 1;
        }
        self.src.get(a..b.max(a)).unwrap_or("")
    }

    pub(crate) fn nested<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, ShellError>,
    ) -> Result<T, ShellError> {
        if self.depth >= MAX_SHELL_DEPTH {
            return Err(ShellError::TooDeep);
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    pub(crate) fn skip_blanks(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\r') => self.pos += 1,
                Some(b'\\') if self.peek_at(1) == Some(b'\n') => self.pos += 2,
                _ => return,
            }
        }
    }

    pub(crate) fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == b'\n' {
                return;
            }
            self.pos += 1;
        }
    }

    pub(crate) fn skip_blanks_and_newlines(&mut self) -> Result<(), ShellError> {
        loop {
            self.skip_blanks();
            match self.peek() {
                Some(b'\n') => self.newline()?,
                Some(b'#') => self.skip_comment(),
                _ => return Ok(()),
            }
        }
    }

    pub(crate) fn newline(&mut self) -> Result<(), ShellError> {
        self.pos += 1;
        self.read_heredocs()
    }

    pub(crate) fn read_heredocs(&mut self) -> Result<(), ShellError> {
        for h in std::mem::take(&mut self.heredocs) {
            let mut body = String::new();
            while !self.eof() {
                let start = self.pos;
                let end = self.b[start..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(self.b.len(), |k| start + k);
                let line = self.slice(start, end);
                self.pos = (end + 1).min(self.b.len());
                let cmp = if h.strip_tabs {
                    line.trim_start_matches('\t')
                } else {
                    line
                };
                if cmp.trim_end_matches('\r') == h.delimiter {
                    break;
                }
                body.push_str(line);
                body.push('\n');
            }
            if h.expand {
                // `$(…)` and backticks in an unquoted here-document run.
                let sink = &mut *self.sink;
                let mut sub = Parser {
                    src: &body,
                    b: body.as_bytes(),
                    pos: 0,
                    depth: self.depth,
                    sink,
                    pipes: self.pipes.clone(),
                    feed: Some(h.cmd),
                    heredocs: Vec::new(),
                };
                let mut scratch = RawWord::default();
                sub.nested(|p| p.parse_dquote(&mut scratch, true))?;
            }
            if let Some(cmd) = self.sink.commands.get_mut(h.cmd) {
                // An unquoted here-document expands `$x`, `$(…)` and backticks: its text is
                // only known when it runs.
                cmd.stdin_dynamic = h.expand && (body.contains('$') || body.contains('`'));
                cmd.stdin_text = Some(body);
            }
        }
        Ok(())
    }

    pub(crate) fn parse_list(&mut self, term: Term) -> Result<(), ShellError> {
        loop {
            self.skip_blanks();
            let Some(c) = self.peek() else {
                return Ok(());
            };
            match c {
                b'\n' => {
                    self.newline()?;
                    continue;
                }
                b'#' => {
                    self.skip_comment();
                    continue;
                }
                b';' => {
                    if term == Term::Case && (self.at(";;") || self.at(";&")) {
                        return Ok(());
                    }
                    self.pos += 1;
                    continue;
                }
                b'&' | b'|' => {
                    self.pos += 1;
                    continue;
                }
                b')' => {
                    if matches!(term, Term::Paren | Term::Case) {
                        return Ok(());
                    }
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            if term == Term::Brace && self.at_keyword("}") {
                return Ok(());
            }
            if term == Term::Case && self.at_keyword("esac") {
                return Ok(());
            }
            let before = self.pos;
            self.parse_and_or(term)?;
            if self.pos == before {
                self.bump();
            }
        }
    }

    pub(crate) fn parse_and_or(&mut self, term: Term) -> Result<(), ShellError> {
        loop {
            self.parse_pipeline(term)?;
            self.skip_blanks();
            if self.at("&&") || self.at("||") {
                self.pos += 2;
                self.skip_blanks_and_newlines()?;
                continue;
            }
            return Ok(());
        }
    }

    pub(crate) fn parse_pipeline(&mut self, term: Term) -> Result<(), ShellError> {
        let id = self.sink.next_pipe;
        self.sink.next_pipe = self.sink.next_pipe.wrapping_add(1);
        let mut stage = 0u16;
        loop {
            self.pipes.push((id, stage));
            let r = self.parse_command(term);
            self.pipes.pop();
            r?;
            self.skip_blanks();
            if self.at("||") {
                return Ok(());
            }
            if self.at("|&") {
                self.pos += 2;
            } else if self.peek() == Some(b'|') {
                self.pos += 1;
            } else {
                return Ok(());
            }
            self.skip_blanks_and_newlines()?;
            stage = stage.saturating_add(1);
        }
    }

    pub(crate) fn parse_command(&mut self, term: Term) -> Result<(), ShellError> {
        // Reserved words that only introduce the next command.
        loop {
            self.skip_blanks();
            let kw = [
                "if", "then", "elif", "else", "while", "until", "do", "!", "coproc", "time",
            ]
            .into_iter()
            .find(|kw| self.at_keyword(kw));
            match kw {
                Some("time") => {
                    self.pos += 4;
                    self.skip_blanks();
                    if self.at_keyword("-p") {
                        self.pos += 2;
                    }
                }
                Some(kw) => self.pos += kw.len(),
                None => break,
            }
        }
        if self.eof() {
            return Ok(());
        }
        if self.at("((") {
            self.pos += 2;
            self.nested(|p| p.arith_body())?;
            return self.trailing_redirects();
        }
        if self.peek() == Some(b'(') {
            self.pos += 1;
            self.nested(|p| p.parse_list(Term::Paren))?;
            if self.peek() == Some(b')') {
                self.pos += 1;
            }
            return self.trailing_redirects();
        }
        if self.at_keyword("{") {
            self.pos += 1;
            self.nested(|p| p.parse_list(Term::Brace))?;
            if self.at_keyword("}") {
                self.pos += 1;
            }
            return self.trailing_redirects();
        }
        for closer in ["fi", "done", "esac", "}"] {
            let ours =
                (closer == "}" && term == Term::Brace) || (closer == "esac" && term == Term::Case);
            if !ours && self.at_keyword(closer) {
                self.pos += closer.len();
                return self.trailing_redirects();
            }
        }
        if self.at_keyword("case") {
            self.pos += 4;
            self.nested(|p| p.parse_case())?;
            return self.trailing_redirects();
        }
        if self.at_keyword("[[") {
            self.pos += 2;
            self.parse_test()?;
            return self.trailing_redirects();
        }
        if self.at_keyword("function") {
            self.pos += 8;
            self.skip_blanks();
            let mut name = RawWord::default();
            self.parse_word_into(&mut name)?;
            self.skip_blanks();
            if self.peek() == Some(b'(') {
                self.pos += 1;
                self.skip_blanks();
                if self.peek() == Some(b')') {
                    self.pos += 1;
                }
            }
            self.skip_blanks_and_newlines()?;
            return self.nested(|p| p.parse_command(term));
        }
        if self.at_keyword("for") || self.at_keyword("select") {
            let save = self.pos;
            self.pos += if self.at_keyword("for") { 3 } else { 6 };
            self.skip_blanks();
            if self.at("((") {
                self.pos += 2;
                return self.nested(|p| p.arith_body());
            }
            self.pos = save;
        }
        self.parse_simple(term)
    }

    pub(crate) fn trailing_redirects(&mut self) -> Result<(), ShellError> {
        self.skip_blanks();
        let idx = self.sink.reserve()?;
        let mut redirects = Vec::new();
        let start = self.pos;
        loop {
            self.skip_blanks();
            match self.try_redirect(idx)? {
                Some(r) => redirects.push(r),
                None => break,
            }
        }
        let raw = bounded(self.slice(start, self.pos));
        let cmd = &mut self.sink.commands[idx];
        cmd.redirects = redirects;
        cmd.raw = raw;
        cmd.depth = self.depth;
        cmd.pipes = self.pipes.clone();
        cmd.feeds = self.feed;
        Ok(())
    }

    pub(crate) fn parse_simple(&mut self, term: Term) -> Result<(), ShellError> {
        let idx = self.sink.reserve()?;
        let outer_feed = self.feed.replace(idx);
        let start = self.pos;
        let mut words: Vec<Word> = Vec::new();
        let mut assignments = Vec::new();
        let mut redirects = Vec::new();
        let result = (|| -> Result<(), ShellError> {
            loop {
                self.skip_blanks();
                let Some(c) = self.peek() else { break };
                if (c == b'<' || c == b'>') && self.peek_at(1) == Some(b'(') {
                    let mut w = RawWord::default();
                    self.parse_word_into(&mut w)?;
                    words.extend(w.expand());
                    continue;
                }
                if let Some(r) = self.try_redirect(idx)? {
                    redirects.push(r);
                    continue;
                }
                match c {
                    b'\n' | b';' | b'&' | b'|' | b')' => break,
                    b'#' => {
                        self.skip_comment();
                        break;
                    }
                    b'(' => {
                        if words.len() == 1 && assignments.is_empty() && self.empty_parens_ahead() {
                            // `name() body`: the body runs when the function is called.
                            self.skip_empty_parens();
                            self.skip_blanks_and_newlines()?;
                            self.nested(|p| p.parse_command(term))?;
                            break;
                        }
                        // Stray `(`: parse what it holds so nothing inside is hidden.
                        self.pos += 1;
                        self.nested(|p| p.parse_list(Term::Paren))?;
                        if self.peek() == Some(b')') {
                            self.pos += 1;
                        }
                        continue;
                    }
                    _ => {}
                }
                let before = self.pos;
                let mut w = RawWord::default();
                self.parse_word_into(&mut w)?;
                if self.pos == before {
                    self.bump();
                    continue;
                }
                if words.is_empty() && w.is_assignment() {
                    assignments.push(w.into_word());
                } else {
                    words.extend(w.expand());
                }
            }
            Ok(())
        })();
        self.feed = outer_feed;
        result?;
        let herestring = redirects
            .iter()
            .find(|r: &&Redirect| r.kind == RedirectKind::HereString)
            .map(|r| (r.target.text.clone(), r.target.dynamic));
        self.sink.count_words(words.len() + assignments.len())?;
        let raw = bounded(self.slice(start, self.pos));
        let depth = self.depth;
        let pipes = self.pipes.clone();
        let cmd = &mut self.sink.commands[idx];
        let stdin_dynamic = match (&cmd.stdin_text, &herestring) {
            (Some(_), _) => cmd.stdin_dynamic,
            (None, Some((_, dynamic))) => *dynamic,
            (None, None) => false,
        };
        let stdin_text = cmd.stdin_text.take().or(herestring.map(|(t, _)| t));
        *cmd = Command {
            words,
            assignments,
            redirects,
            stdin_text,
            stdin_dynamic,
            raw,
            depth,
            derived: false,
            pipes,
            feeds: outer_feed,
            runs_stdin: false,
        };
        Ok(())
    }

    pub(crate) fn empty_parens_ahead(&self) -> bool {
        let rest = &self.b[self.pos..];
        let mut k = 1;
        while rest.get(k).is_some_and(|c| *c == b' ' || *c == b'\t') {
            k += 1;
        }
        rest.get(k) == Some(&b')')
    }

    pub(crate) fn skip_empty_parens(&mut self) {
        self.pos += 1;
        self.skip_blanks();
        if self.peek() == Some(b')') {
            self.pos += 1;
        }
    }

    /// A redirection at the current position, or `None` (position unchanged).
    pub(crate) fn try_redirect(&mut self, cmd: usize) -> Result<Option<Redirect>, ShellError> {
        let save = self.pos;
        let mut p = self.pos;
        while self.b.get(p).is_some_and(u8::is_ascii_digit) {
            p += 1;
        }
        if p == self.pos && self.b.get(p) == Some(&b'{') {
            let close = self.b[p..].iter().take(64).position(|&c| c == b'}');
            if let Some(k) = close
                && matches!(self.b.get(p + k + 1), Some(b'<' | b'>'))
            {
                p += k + 1;
            }
        }
        const OPS: [(&str, RedirectKind); 12] = [
            ("&>>", RedirectKind::Append),
            ("&>", RedirectKind::Write),
            ("<<<", RedirectKind::HereString),
            ("<<-", RedirectKind::HereDoc),
            ("<<", RedirectKind::HereDoc),
            ("<>", RedirectKind::ReadWrite),
            ("<&", RedirectKind::Dup),
            (">>", RedirectKind::Append),
            (">|", RedirectKind::Write),
            (">&", RedirectKind::Dup),
            ("<", RedirectKind::Read),
            (">", RedirectKind::Write),
        ];
        let rest = &self.b[p.min(self.b.len())..];
        let Some((op, kind)) = OPS.iter().find(|(op, _)| rest.starts_with(op.as_bytes())) else {
            self.pos = save;
            return Ok(None);
        };
        if op.starts_with('&') && p != self.pos {
            self.pos = save;
            return Ok(None);
        }
        self.pos = p + op.len();
        self.skip_blanks();
        let mut target = RawWord::default();
        self.parse_word_into(&mut target)?;
        let quoted = target.quoted;
        let target = target.into_word();
        let kind = match *kind {
            RedirectKind::HereDoc => {
                self.heredocs.push(PendingHeredoc {
                    cmd,
                    delimiter: target.text.clone(),
                    strip_tabs: *op == "<<-",
                    expand: !quoted,
                });
                RedirectKind::HereDoc
            }
            RedirectKind::Dup
                if !(target.text == "-" || target.text.bytes().all(|c| c.is_ascii_digit()))
                    && op.starts_with('>') =>
            {
                RedirectKind::Write
            }
            k => k,
        };
        Ok(Some(Redirect { kind, target }))
    }

    /// Read one word into `w` (stops at a delimiter).
    pub(crate) fn parse_word_into(&mut self, w: &mut RawWord) -> Result<(), ShellError> {
        loop {
            let Some(c) = self.peek() else { return Ok(()) };
            match c {
                b'<' | b'>' if self.peek_at(1) == Some(b'(') && w.units.is_empty() => {
                    let start = self.pos;
                    self.pos += 2;
                    self.nested(|p| p.parse_list(Term::Paren))?;
                    if self.peek() == Some(b')') {
                        self.pos += 1;
                    }
                    w.push_str(self.slice(start, self.pos));
                    w.expansion(false);
                }
                b' ' | b'\t' | b'\r' | b'\n' | b';' | b'&' | b'|' | b'<' | b'>' | b')' => {
                    return Ok(());
                }
                b'(' => {
                    if w.last_is_unquoted(b"@!+*?") {
                        let start = self.pos;
                        self.skip_balanced_parens();
                        w.push_str(self.slice(start, self.pos));
                        w.glob = true;
                    } else if w.is_assignment() && w.units.last() == Some(&u16::from(b'=')) {
                        self.array_elements(w)?;
                    } else {
                        return Ok(());
                    }
                }
                b'\\' => match self.peek_at(1) {
                    Some(b'\n') => self.pos += 2,
                    Some(_) => {
                        self.pos += 1;
                        let start = self.pos;
                        self.bump();
                        w.push_str(self.slice(start, self.pos));
                        w.quoted = true;
                    }
                    None => {
                        self.pos += 1;
                        w.push(b'\\');
                    }
                },
                b'\'' => {
                    self.pos += 1;
                    let start = self.pos;
                    while self.peek().is_some_and(|c| c != b'\'') {
                        self.pos += 1;
                    }
                    w.push_str(self.slice(start, self.pos));
                    if !self.eof() {
                        self.pos += 1;
                    }
                    w.quoted = true;
                }
                b'"' => {
                    self.pos += 1;
                    self.parse_dquote(w, false)?;
                    w.quoted = true;
                }
                b'$' => self.dollar(w, false)?,
                b'`' => self.backtick(w, false)?,
                b'{' => {
                    w.units.push(OPEN);
                    self.pos += 1;
                }
                b',' => {
                    w.units.push(COMMA);
                    self.pos += 1;
                }
                b'}' => {
                    w.units.push(CLOSE);
                    self.pos += 1;
                }
                b'*' | b'?' | b'[' => {
                    w.glob = true;
                    w.push(c);
                    self.pos += 1;
                }
                _ => {
                    if c == b'/' {
                        w.dynamic_tail = false;
                    }
                    w.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    pub(crate) fn skip_balanced_parens(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'(' => depth += 1,
                b')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                b'\\' => self.pos = (self.pos + 1).min(self.b.len()),
                _ => {}
            }
        }
    }

    /// `NAME=( a b "c" )`: the elements are words (substitutions in them run).
    pub(crate) fn array_elements(&mut self, w: &mut RawWord) -> Result<(), ShellError> {
        self.pos += 1;
        w.push(b'(');
        loop {
            self.skip_blanks_and_newlines()?;
            match self.peek() {
                None => return Ok(()),
                Some(b')') => {
                    self.pos += 1;
                    w.push(b')');
                    return Ok(());
                }
                _ => {}
            }
            let before = self.pos;
            let mut e = RawWord::default();
            self.parse_word_into(&mut e)?;
            if self.pos == before {
                self.bump();
                continue;
            }
            w.dynamic |= e.dynamic;
            w.units.extend(e.units.iter().map(|&u| match u {
                OPEN => u16::from(b'{'),
                COMMA => u16::from(b','),
                CLOSE => u16::from(b'}'),
                u => u,
            }));
            w.push(b' ');
        }
    }

    /// The inside of `"…"` (or of an unquoted here-document when `heredoc`).
    pub(crate) fn parse_dquote(
        &mut self,
        w: &mut RawWord,
        heredoc: bool,
    ) -> Result<(), ShellError> {
        loop {
            let Some(c) = self.peek() else { return Ok(()) };
            match c {
                b'"' if !heredoc => {
                    self.pos += 1;
                    return Ok(());
                }
                b'\\' => match self.peek_at(1) {
                    Some(e @ (b'$' | b'`' | b'"' | b'\\')) => {
                        w.push(e);
                        self.pos += 2;
                    }
                    Some(b'\n') => self.pos += 2,
                    _ => {
                        w.push(b'\\');
                        self.pos += 1;
                    }
                },
                b'$' => self.dollar(w, true)?,
                b'`' => self.backtick(w, true)?,
                _ => {
                    if c == b'/' {
                        w.dynamic_tail = false;
                    }
                    w.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    pub(crate) fn dollar(&mut self, w: &mut RawWord, in_dquote: bool) -> Result<(), ShellError> {
        let start = self.pos;
        match self.peek_at(1) {
            Some(b'\'') if !in_dquote => {
                self.pos += 2;
                self.ansi_c(w);
                w.quoted = true;
            }
            Some(b'"') if !in_dquote => {
                // `$"…"`: a translated string, otherwise a double-quoted one.
                self.pos += 1;
            }
            Some(b'(') if self.peek_at(2) == Some(b'(') => {
                self.pos += 3;
                self.nested(|p| p.arith_body())?;
                w.push_str(self.slice(start, self.pos));
                w.expansion(in_dquote);
            }
            Some(b'(') => {
                self.pos += 2;
                self.nested(|p| p.parse_list(Term::Paren))?;
                if self.peek() == Some(b')') {
                    self.pos += 1;
                }
                w.push_str(self.slice(start, self.pos));
                w.expansion(in_dquote);
            }
            Some(b'{') => {
                self.pos += 2;
                self.nested(|p| p.param_body())?;
                w.push_str(self.slice(start, self.pos));
                w.expansion(in_dquote);
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                self.pos += 1;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    self.pos += 1;
                }
                w.push_str(self.slice(start, self.pos));
                w.expansion(in_dquote);
            }
            Some(c) if c.is_ascii_digit() || b"@*#?$!-".contains(&c) => {
                self.pos += 2;
                w.push_str(self.slice(start, self.pos));
                w.expansion(in_dquote);
            }
            _ => {
                w.push(b'$');
                self.pos += 1;
            }
        }
        Ok(())
    }

    /// `$'…'` with its escapes decoded (`$'\x72\x6d'` is `rm`).
    pub(crate) fn ansi_c(&mut self, w: &mut RawWord) {
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\'' => return,
                b'\\' => {
                    let Some(e) = self.peek() else {
                        w.push(b'\\');
                        return;
                    };
                    self.pos += 1;
                    match e {
                        b'a' => w.push(7),
                        b'b' => w.push(8),
                        b'e' | b'E' => w.push(27),
                        b'f' => w.push(12),
                        b'n' => w.push(b'\n'),
                        b'r' => w.push(b'\r'),
                        b't' => w.push(b'\t'),
                        b'v' => w.push(11),
                        b'c' => {
                            if let Some(x) = self.peek() {
                                self.pos += 1;
                                w.push(x & 0x1f);
                            }
                        }
                        b'x' => {
                            let v = self.hex_digits(2);
                            if let Some(v) = v {
                                w.push(v as u8);
                            }
                        }
                        b'u' | b'U' => {
                            let max = if e == b'u' { 4 } else { 8 };
                            if let Some(v) = self.hex_digits(max) {
                                w.push_char(char::from_u32(v).unwrap_or('\u{fffd}'));
                            }
                        }
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            w.push((v & 0xff) as u8);
                        }
                        other => w.push(other),
                    }
                }
                other => w.push(other),
            }
        }
    }

    pub(crate) fn hex_digits(&mut self, max: usize) -> Option<u32> {
        let mut v = 0u32;
        let mut any = false;
        for _ in 0..max {
            match self.peek().and_then(|c| (c as char).to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    any = true;
                    self.pos += 1;
                }
                None => break,
            }
        }
        any.then_some(v)
    }

    pub(crate) fn backtick(&mut self, w: &mut RawWord, quoted: bool) -> Result<(), ShellError> {
        let start = self.pos;
        self.pos += 1;
        let mut inner = String::new();
        loop {
            match self.peek() {
                None => break,
                Some(b'`') => {
                    self.pos += 1;
                    break;
                }
                Some(b'\\') => match self.peek_at(1) {
                    Some(e @ (b'`' | b'\\' | b'$')) => {
                        inner.push(e as char);
                        self.pos += 2;
                    }
                    _ => {
                        inner.push('\\');
                        self.pos += 1;
                    }
                },
                Some(_) => {
                    let s = self.pos;
                    self.bump();
                    inner.push_str(self.slice(s, self.pos));
                }
            }
        }
        w.push_str(self.slice(start, self.pos));
        w.expansion(quoted);
        if self.depth >= MAX_SHELL_DEPTH {
            return Err(ShellError::TooDeep);
        }
        parse_into(
            self.sink,
            &inner,
            self.depth + 1,
            self.pipes.clone(),
            self.feed,
        )
    }

    /// After `${`: up to the matching `}`; substitutions inside still run.
    pub(crate) fn param_body(&mut self) -> Result<(), ShellError> {
        let mut depth = 0usize;
        loop {
            let Some(c) = self.peek() else { return Ok(()) };
            match c {
                b'}' => {
                    self.pos += 1;
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                b'{' => {
                    depth += 1;
                    self.pos += 1;
                }
                b'\\' => self.pos = (self.pos + 2).min(self.b.len()),
                b'\'' => {
                    self.pos += 1;
                    while self.peek().is_some_and(|c| c != b'\'') {
                        self.pos += 1;
                    }
                    if !self.eof() {
                        self.pos += 1;
                    }
                }
                b'"' => {
                    self.pos += 1;
                    let mut scratch = RawWord::default();
                    self.parse_dquote(&mut scratch, false)?;
                }
                b'$' => {
                    let mut scratch = RawWord::default();
                    self.dollar(&mut scratch, true)?;
                }
                b'`' => {
                    let mut scratch = RawWord::default();
                    self.backtick(&mut scratch, true)?;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// After `((` or `$((`: up to the matching `))`; substitutions inside still run
    /// (`$(( a[$(cmd)] ))`).
    pub(crate) fn arith_body(&mut self) -> Result<(), ShellError> {
        let mut depth = 0usize;
        loop {
            let Some(c) = self.peek() else { return Ok(()) };
            match c {
                b')' => {
                    self.pos += 1;
                    if depth == 0 {
                        if self.peek() == Some(b')') {
                            self.pos += 1;
                        }
                        return Ok(());
                    }
                    depth -= 1;
                }
                b'(' => {
                    depth += 1;
                    self.pos += 1;
                }
                b'$' => {
                    let mut scratch = RawWord::default();
                    self.dollar(&mut scratch, true)?;
                }
                b'`' => {
                    let mut scratch = RawWord::default();
                    self.backtick(&mut scratch, true)?;
                }
                b'"' => {
                    self.pos += 1;
                    let mut scratch = RawWord::default();
                    self.parse_dquote(&mut scratch, false)?;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// After `case`: subject, `in`, then `pattern) list ;;` clauses up to `esac`.
    pub(crate) fn parse_case(&mut self) -> Result<(), ShellError> {
        let outer_feed = self.feed.take();
        let result = (|| -> Result<(), ShellError> {
            self.skip_blanks();
            let mut subject = RawWord::default();
            self.parse_word_into(&mut subject)?;
            self.skip_blanks_and_newlines()?;
            if self.at_keyword("in") {
                self.pos += 2;
            }
            loop {
                self.skip_blanks_and_newlines()?;
                if self.eof() {
                    return Ok(());
                }
                if self.at_keyword("esac") {
                    self.pos += 4;
                    return Ok(());
                }
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                }
                loop {
                    self.skip_blanks();
                    match self.peek() {
                        None => return Ok(()),
                        Some(b')') => {
                            self.pos += 1;
                            break;
                        }
                        Some(b'|') => self.pos += 1,
                        Some(b'\n') => self.newline()?,
                        _ => {
                            let before = self.pos;
                            let mut pattern = RawWord::default();
                            self.parse_word_into(&mut pattern)?;
                            if self.pos == before {
                                self.bump();
                            }
                        }
                    }
                }
                self.parse_list(Term::Case)?;
                if self.at(";;&") {
                    self.pos += 3;
                } else if self.at(";;") || self.at(";&") {
                    self.pos += 2;
                }
            }
        })();
        self.feed = outer_feed;
        result
    }

    /// After `[[`: words and operators up to `]]`.
    pub(crate) fn parse_test(&mut self) -> Result<(), ShellError> {
        loop {
            self.skip_blanks();
            match self.peek() {
                None => return Ok(()),
                Some(b'\n') => self.newline()?,
                _ if self.at_keyword("]]") => {
                    self.pos += 2;
                    return Ok(());
                }
                Some(c) if b"&|<>()!;".contains(&c) => self.pos += 1,
                _ => {
                    let before = self.pos;
                    let mut w = RawWord::default();
                    self.parse_word_into(&mut w)?;
                    if self.pos == before {
                        self.bump();
                    }
                }
            }
        }
    }
}

pub(crate) fn bounded(s: &str) -> String {
    if s.len() <= MAX_RAW_BYTES {
        return s.trim().to_string();
    }
    let mut end = MAX_RAW_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].trim().to_string()
}

pub(crate) fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}
