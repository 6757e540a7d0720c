//! The Cortex NDJSON stream: a bounded line reader and a tolerant, typed event parser.
//!
//! Memory is constant however long the stream is: the reader keeps at most one line (up to
//! [`MAX_LINE_BYTES`]) plus one read buffer. A longer line is skipped without being stored; while it
//! streams past, the reader still looks for a `"tool_use"` marker in it, because a tool call that
//! cannot be inspected must stop the run (fail closed), not slip past the tripwire.
//!
//! Parsing never fails the run: unknown event types and fields are skipped, and a line that is not a
//! JSON object becomes [`Event::Malformed`] (again noting whether it mentioned a tool call).

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use tokio::io::{AsyncRead, AsyncReadExt};

/// Lines longer than this are skipped (with a warning) instead of parsed.
pub const MAX_LINE_BYTES: usize = 8 << 20;
const READ_CHUNK: usize = 64 << 10;
/// The marker of a tool call in the stream format (`"type":"tool_use"`); `"tool_use_id"` differs.
const TOOL_USE_MARKER: &[u8] = b"\"tool_use\"";

/// One line from the reader.
#[derive(Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// A complete line, without its `\n` (and without a trailing `\r`).
    Complete(&'a [u8]),
    /// A line longer than the limit, skipped. `mentions_tool_use`: it contained `"tool_use"`.
    Oversized { len: usize, mentions_tool_use: bool },
}

/// Reads `\n`-terminated lines from an async byte stream with a hard bound per line.
pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    max_line: usize,
    /// Inside an oversized line: bytes skipped so far, and whether the marker was seen.
    skipping: Option<(usize, bool)>,
    /// The last bytes of the skipped part, so a marker split across reads is still found.
    carry: Vec<u8>,
    eof: bool,
}

impl<R: AsyncRead + Unpin> LineReader<R> {
    pub fn new(inner: R) -> Self {
        Self::with_limit(inner, MAX_LINE_BYTES)
    }

    pub fn with_limit(inner: R, max_line: usize) -> Self {
        LineReader {
            inner,
            buf: vec![0; READ_CHUNK.min(max_line.max(1)) + 1],
            start: 0,
            end: 0,
            max_line: max_line.max(1),
            skipping: None,
            carry: Vec::new(),
            eof: false,
        }
    }

    /// The next line, or `None` at end of stream. A final line without `\n` is returned too.
    ///
    /// Cancel-safe: state changes only after a read completes, so this can sit in a `select!`.
    pub async fn next_line(&mut self) -> std::io::Result<Option<Line<'_>>> {
        loop {
            let pending = &self.buf[self.start..self.end];
            if let Some(skip) = self.skipping {
                // Discarding an oversized line: look for its end in what we have.
                let (len, seen) = skip;
                let (upto, done) = match memchr::memchr(b'\n', pending) {
                    Some(i) => (i, true),
                    None => (pending.len(), false),
                };
                let seen = seen || self.marker_in(upto);
                let len = len + upto;
                if done {
                    self.start += upto + 1;
                    self.skipping = None;
                    self.carry.clear();
                    return Ok(Some(Line::Oversized {
                        len,
                        mentions_tool_use: seen,
                    }));
                }
                self.start = 0;
                self.end = 0;
                self.skipping = Some((len, seen));
                if self.eof {
                    self.skipping = None;
                    return Ok(Some(Line::Oversized {
                        len,
                        mentions_tool_use: seen,
                    }));
                }
            } else if let Some(i) = memchr::memchr(b'\n', pending) {
                let line_start = self.start;
                self.start += i + 1;
                let mut line = &self.buf[line_start..line_start + i];
                if line.last() == Some(&b'\r') {
                    line = &line[..line.len() - 1];
                }
                return Ok(Some(Line::Complete(line)));
            } else if pending.len() > self.max_line {
                // Too long: switch to skipping, keeping nothing but a marker check.
                let len = pending.len();
                let seen = self.marker_in(len);
                self.start = 0;
                self.end = 0;
                self.skipping = Some((len, seen));
                continue;
            } else if self.eof {
                if pending.is_empty() {
                    return Ok(None);
                }
                let line_start = self.start;
                self.start = self.end;
                return Ok(Some(Line::Complete(&self.buf[line_start..self.end])));
            }
            self.fill().await?;
        }
    }

    /// Scan `self.buf[start..start+upto]` (plus the carried tail) for the tool-use marker.
    fn marker_in(&mut self, upto: usize) -> bool {
        let part = &self.buf[self.start..self.start + upto];
        let mut joined = std::mem::take(&mut self.carry);
        let head = part.len().min(TOOL_USE_MARKER.len());
        joined.extend_from_slice(&part[..head]);
        // Any case: `"TOOL_USE"` is as much a tool call to a lenient reader as `"tool_use"`.
        let found = contains_ignore_ascii_case(&joined, TOOL_USE_MARKER)
            || contains_ignore_ascii_case(part, TOOL_USE_MARKER);
        let keep = TOOL_USE_MARKER.len() - 1;
        self.carry = if part.len() >= keep {
            part[part.len() - keep..].to_vec()
        } else {
            let mut c = joined;
            let from = c.len().saturating_sub(keep);
            c.drain(..from);
            c
        };
        found
    }

    /// Read more bytes, compacting or growing the buffer within the line bound.
    async fn fill(&mut self) -> std::io::Result<()> {
        if self.start > 0 && self.start == self.end {
            self.start = 0;
            self.end = 0;
        }
        if self.end == self.buf.len() {
            if self.start > 0 {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            } else {
                // Grow geometrically, but never beyond one line plus one read.
                let want = (self.buf.len() * 2).min(self.max_line + READ_CHUNK + 1);
                let want = want.max(self.buf.len() + 1);
                self.buf.resize(want, 0);
            }
        }
        let n = self.inner.read(&mut self.buf[self.end..]).await?;
        if n == 0 {
            self.eof = true;
        }
        self.end += n;
        Ok(())
    }
}

/// `needle` (lowercase ASCII) in `haystack`, ignoring ASCII case.
fn contains_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut from = 0;
    while let Some(at) = memchr::memchr2(first, first.to_ascii_uppercase(), &haystack[from..]) {
        let at = at + from;
        if haystack[at + 1..]
            .get(..rest.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// A tool call as Cortex announced it.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolUse {
    /// Empty when the event carried none.
    pub id: String,
    /// Empty when the event carried no string name (the tripwire treats that as unknown).
    pub name: String,
    pub input: serde_json::Value,
}

/// The final `result` event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResultEvent {
    pub subtype: Option<String>,
    /// `None` when the field is missing; the outcome then falls back to the subtype.
    pub is_error: Option<bool>,
    pub result: Option<String>,
    pub num_turns: Option<u64>,
    pub duration_ms: Option<u64>,
    /// Short descriptions of `permission_denials` entries (tool name and id).
    pub permission_denials: Vec<String>,
}

/// What one stream line meant. A line holding several content blocks yields several events.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `system`/`init`.
    Init {
        session_id: Option<String>,
        model: Option<String>,
    },
    /// Any other `system` subtype.
    System {
        subtype: Option<String>,
    },
    /// Assistant text.
    Text(String),
    /// Assistant thinking (content not kept).
    Thinking,
    ToolUse(ToolUse),
    /// A tool result; `snippet` is the start of its text content, bounded.
    ToolResult {
        tool_use_id: Option<String>,
        is_error: bool,
        snippet: String,
    },
    Result(ResultEvent),
    /// `control_request` (gate mode): Cortex asks the host something, e.g. `can_use_tool`.
    ControlRequest {
        request_id: Option<String>,
        request: serde_json::Value,
    },
    /// `control_response` (gate mode): Cortex answers one of our requests (`initialize`).
    ControlResponse {
        request_id: Option<String>,
        success: bool,
        error: Option<String>,
    },
    /// A well-formed event of a type we do not know.
    Unknown {
        kind: String,
    },
    /// Not a JSON object of the expected shape.
    Malformed {
        error: String,
        mentions_tool_use: bool,
    },
}

const MAX_SNIPPET: usize = 2048;
const MAX_DENIALS: usize = 64;
/// Tool calls read from one line; a line with more is unreadable (and stops the run).
const MAX_TOOL_USES_PER_LINE: usize = 256;
/// How deep the search for tool calls goes into a line's JSON.
const MAX_SCAN_DEPTH: usize = 32;

/// Parse one stream line, calling `emit` for each event in it.
///
/// Tool calls are found wherever they are in the line, not only where the documented format
/// puts them (`assistant` → `message.content[]`): a bare top-level `tool_use`, content without the
/// `message` wrapper, an odd-case `type`, a tool call inside a `system` event or a `stream_event`
/// partial, the session-file nesting `{type: tool_use, tool_use: {…}}`. A line that mentions a tool
/// call is searched as a whole; one that cannot be searched is [`Event::Malformed`] with
/// `mentions_tool_use`, which stops the run.
pub fn parse_line(line: &[u8], emit: &mut dyn FnMut(Event)) {
    let trimmed = line.trim_ascii();
    if trimmed.is_empty() {
        return;
    }
    let mentions_tool_use = mentions_tool_use(trimmed);
    let parsed = if trimmed.first() == Some(&b'{') {
        serde_json::from_slice::<RawEvent<'_>>(trimmed).map_err(|e| e.to_string())
    } else {
        Err("not a JSON object".to_string())
    };
    let raw = match parsed {
        Ok(raw) => raw,
        Err(error) => {
            emit(Event::Malformed {
                error,
                mentions_tool_use,
            });
            return;
        }
    };
    let kind = raw.kind.as_deref().unwrap_or("").to_ascii_lowercase();
    match kind.as_str() {
        // Requests to the gate carry the model's tool input: they are judged there, and an input
        // that merely looks like a tool call must not be taken for one.
        "control_request" => {
            emit(Event::ControlRequest {
                request_id: raw.request_id.0,
                request: raw.request.unwrap_or(serde_json::Value::Null),
            });
            return;
        }
        "control_response" => {
            let response = raw.response.unwrap_or(serde_json::Value::Null);
            let field = |k: &str| response.get(k).and_then(|v| v.as_str()).map(str::to_string);
            emit(Event::ControlResponse {
                request_id: field("request_id"),
                success: field("subtype").as_deref() == Some("success"),
                error: field("error").map(|e| bounded(&e, 500)),
            });
            return;
        }
        "system" => {
            if raw.subtype.as_deref() == Some("init") {
                emit(Event::Init {
                    session_id: raw.session_id.0.map(|s| bounded(&s, 256)),
                    model: raw.model.0.map(|s| bounded(&s, 256)),
                });
            } else {
                emit(Event::System {
                    subtype: raw.subtype.map(Cow::into_owned),
                });
            }
        }
        "assistant" | "user" => {
            let blocks = raw.message.and_then(|m| m.content).or(raw.content);
            for block in blocks.map(|b| b.0).unwrap_or_default() {
                match block {
                    Block::Text(text) => emit(Event::Text(text)),
                    Block::Thinking => emit(Event::Thinking),
                    // Found by the search below, with every other tool call of the line.
                    Block::ToolUse => {}
                    Block::ToolResult {
                        tool_use_id,
                        is_error,
                        snippet,
                    } => emit(Event::ToolResult {
                        tool_use_id,
                        is_error,
                        snippet,
                    }),
                    Block::Other => {}
                }
            }
        }
        "result" => {
            let mut denials = Vec::new();
            for d in raw.permission_denials.unwrap_or_default().into_iter() {
                if denials.len() == MAX_DENIALS {
                    break;
                }
                denials.push(describe_denial(&d));
            }
            emit(Event::Result(ResultEvent {
                subtype: raw.subtype.map(Cow::into_owned),
                is_error: raw.is_error.0,
                result: raw.result.0,
                num_turns: raw.num_turns.0,
                duration_ms: raw.duration_ms.0,
                permission_denials: denials,
            }));
        }
        "tool_use" | "server_tool_use" | "mcp_tool_use" | "stream_event" => {}
        other => emit(Event::Unknown {
            kind: bounded(other, 64),
        }),
    }
    if mentions_tool_use {
        emit_tool_uses(trimmed, emit);
    }
}

/// `"tool_use"` (any case) appears as a JSON string: a key or a `type` value, never the
/// `"tool_use_id"` key.
fn mentions_tool_use(line: &[u8]) -> bool {
    // `"server_tool_use"` and `"mcp_tool_use"` end the same way.
    contains_ignore_ascii_case(line, b"tool_use\"")
        && (contains_ignore_ascii_case(line, TOOL_USE_MARKER)
            || contains_ignore_ascii_case(line, b"_tool_use\""))
}

/// Every tool call in the line, wherever it sits.
fn emit_tool_uses(line: &[u8], emit: &mut dyn FnMut(Event)) {
    let value: serde_json::Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            emit(Event::Malformed {
                error: e.to_string(),
                mentions_tool_use: true,
            });
            return;
        }
    };
    let mut found = Vec::new();
    if !find_tool_uses(&value, 0, &mut found) {
        emit(Event::Malformed {
            error: format!(
                "a line with more than {MAX_TOOL_USES_PER_LINE} tool calls or nested deeper than {MAX_SCAN_DEPTH}"
            ),
            mentions_tool_use: true,
        });
        return;
    }
    for tool in found {
        emit(Event::ToolUse(tool));
    }
}

/// Collect tool-call objects under `value`. False when a bound was hit (the line is then
/// unreadable). A tool call's own `input` is not searched: it is the model's data.
fn find_tool_uses(value: &serde_json::Value, depth: usize, out: &mut Vec<ToolUse>) -> bool {
    use serde_json::Value;
    if depth > MAX_SCAN_DEPTH {
        return false;
    }
    match value {
        Value::Array(items) => items.iter().all(|v| find_tool_uses(v, depth + 1, out)),
        Value::Object(map) => {
            let is_tool_use = map.get("type").and_then(Value::as_str).is_some_and(|t| {
                ["tool_use", "server_tool_use", "mcp_tool_use"]
                    .iter()
                    .any(|k| t.eq_ignore_ascii_case(k))
            });
            if !is_tool_use {
                return map.values().all(|v| find_tool_uses(v, depth + 1, out));
            }
            if out.len() == MAX_TOOL_USES_PER_LINE {
                return false;
            }
            // Session files nest the call one level deeper: `{type, tool_use: {tool_use_id, …}}`.
            let call = map
                .get("tool_use")
                .and_then(Value::as_object)
                .unwrap_or(map);
            let text = |k: &str| call.get(k).and_then(Value::as_str).map(str::to_string);
            // An id is only a label; a number is kept as its text.
            let id = |k: &str| match call.get(k) {
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => text(k),
            };
            out.push(ToolUse {
                id: id("id").or_else(|| id("tool_use_id")).unwrap_or_default(),
                // Only a string is a name; anything else is an unknown tool, not a missing call.
                name: text("name").unwrap_or_default(),
                input: call.get("input").cloned().unwrap_or(Value::Null),
            });
            true
        }
        _ => true,
    }
}

fn describe_denial(d: &serde_json::Value) -> String {
    let field = |k: &str| d.get(k).and_then(|v| v.as_str());
    match (field("tool_name").or(field("tool")), field("tool_use_id")) {
        (Some(tool), Some(id)) => bounded(&format!("{tool} ({id})"), 200),
        (Some(tool), None) => bounded(tool, 200),
        _ => bounded(&d.to_string(), 200),
    }
}

/// At most `max` bytes of `s`, cut at a character boundary, with `…` when cut.
pub fn bounded(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

// ---- wire types: lenient, borrowed where possible -------------------------------------------

#[derive(Deserialize)]
struct RawEvent<'a> {
    #[serde(rename = "type", borrow, default)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    subtype: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    session_id: LenientStr<'a>,
    #[serde(borrow, default)]
    model: LenientStr<'a>,
    #[serde(borrow, default)]
    message: Option<RawMessage<'a>>,
    #[serde(default)]
    result: LenientString,
    #[serde(default)]
    is_error: LenientBool,
    #[serde(default)]
    num_turns: LenientU64,
    #[serde(default)]
    duration_ms: LenientU64,
    #[serde(default)]
    permission_denials: Option<Vec<serde_json::Value>>,
    /// Content without the `message` wrapper.
    #[serde(borrow, default)]
    content: Option<Blocks<'a>>,
    #[serde(default)]
    request_id: LenientString,
    #[serde(default)]
    request: Option<serde_json::Value>,
    #[serde(default)]
    response: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct RawMessage<'a> {
    #[serde(borrow, default)]
    content: Option<Blocks<'a>>,
}

/// `message.content`: a list of blocks, or a bare string (treated as one text block).
struct Blocks<'a>(Vec<Block>, std::marker::PhantomData<&'a ()>);

enum Block {
    Text(String),
    Thinking,
    /// Read by the whole-line search instead ([`find_tool_uses`]).
    ToolUse,
    ToolResult {
        tool_use_id: Option<String>,
        is_error: bool,
        snippet: String,
    },
    Other,
}

impl<'de: 'a, 'a> Deserialize<'de> for Blocks<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct BlocksVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for BlocksVisitor<'a> {
            type Value = Blocks<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of content blocks or a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Blocks<'a>, E> {
                Ok(Blocks(vec![Block::Text(v.to_string())], self.0))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Blocks<'a>, E> {
                Ok(Blocks(Vec::new(), self.0))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Blocks<'a>, A::Error> {
                let mut out = Vec::new();
                while let Some(block) = seq.next_element::<RawBlock<'de>>()? {
                    out.push(block.into_block());
                }
                Ok(Blocks(out, self.0))
            }
        }
        d.deserialize_any(BlocksVisitor(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
struct RawBlock<'a> {
    #[serde(rename = "type", borrow, default)]
    kind: LenientStr<'a>,
    #[serde(default)]
    text: LenientString,
    #[serde(default)]
    tool_use_id: LenientString,
    #[serde(default)]
    content: ContentText,
    #[serde(default)]
    is_error: LenientBool,
}

impl RawBlock<'_> {
    fn into_block(self) -> Block {
        match self.kind.0.as_deref() {
            Some("text") => match self.text.0 {
                Some(text) => Block::Text(text),
                None => Block::Other,
            },
            Some("thinking") | Some("redacted_thinking") => Block::Thinking,
            Some("tool_use") | Some("server_tool_use") => Block::ToolUse,
            Some("tool_result") => Block::ToolResult {
                tool_use_id: self.tool_use_id.0,
                is_error: self.is_error.0 == Some(true),
                snippet: self.content.0,
            },
            _ => Block::Other,
        }
    }
}

/// A string field that borrows from the line when it can; other JSON types become `None`.
#[derive(Default)]
struct LenientStr<'a>(Option<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for LenientStr<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = LenientStr<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(Some(Cow::Owned(v))))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<LenientStr<'a>, E> {
                Ok(LenientStr(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LenientStr<'a>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(LenientStr(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LenientStr<'a>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(LenientStr(None))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A string field that tolerates other JSON types: numbers become their text, anything else
/// `None`. The flag says whether the value really was a JSON string.
#[derive(Default)]
struct LenientString(Option<String>, bool);

impl<'de> Deserialize<'de> for LenientString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LenientString;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LenientString, E> {
                Ok(LenientString(Some(v.to_string()), true))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<LenientString, E> {
                Ok(LenientString(Some(v), true))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<LenientString, E> {
                Ok(LenientString(Some(v.to_string()), false))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<LenientString, E> {
                Ok(LenientString(Some(v.to_string()), false))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<LenientString, E> {
                Ok(LenientString(Some(v.to_string()), false))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<LenientString, E> {
                Ok(LenientString::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<LenientString, E> {
                Ok(LenientString::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LenientString, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(LenientString::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LenientString, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(LenientString::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// A boolean field that also accepts `"true"`/`"false"`; anything else is `None`.
#[derive(Default)]
struct LenientBool(Option<bool>);

impl<'de> Deserialize<'de> for LenientBool {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = LenientScalar::deserialize(d)?;
        Ok(LenientBool(match s {
            LenientScalar::Bool(b) => Some(b),
            LenientScalar::Text(t) if t.eq_ignore_ascii_case("true") => Some(true),
            LenientScalar::Text(t) if t.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }))
    }
}

/// A non-negative integer field; anything else is `None`.
#[derive(Default)]
struct LenientU64(Option<u64>);

impl<'de> Deserialize<'de> for LenientU64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(LenientU64(match LenientScalar::deserialize(d)? {
            LenientScalar::Unsigned(n) => Some(n),
            _ => None,
        }))
    }
}

enum LenientScalar {
    Bool(bool),
    Unsigned(u64),
    Text(String),
    Other,
}

impl<'de> Deserialize<'de> for LenientScalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LenientScalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<LenientScalar, E> {
                Ok(LenientScalar::Bool(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<LenientScalar, E> {
                Ok(LenientScalar::Unsigned(v))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<LenientScalar, E> {
                Ok(LenientScalar::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<LenientScalar, E> {
                Ok(LenientScalar::Other)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LenientScalar, E> {
                Ok(LenientScalar::Text(bounded(v, 16)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<LenientScalar, E> {
                Ok(LenientScalar::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LenientScalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(LenientScalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LenientScalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(LenientScalar::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// A tool result's content reduced to the start of its text: a string, or the `text` of each
/// part of a list. Bounded to [`MAX_SNIPPET`].
#[derive(Default)]
struct ContentText(String);

impl<'de> Deserialize<'de> for ContentText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Part {
            #[serde(default)]
            text: LenientString,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ContentText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("tool result content")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ContentText, E> {
                Ok(ContentText(bounded(v, MAX_SNIPPET)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ContentText, A::Error> {
                let mut out = String::new();
                while let Some(part) = seq.next_element::<LenientPart<Part>>()? {
                    if let Some(Part {
                        text: LenientString(Some(t), true),
                    }) = part.0
                        && out.len() < MAX_SNIPPET
                    {
                        if !out.is_empty() {
                            out.push('\n');
                        }
                        out.push_str(&t);
                    }
                }
                Ok(ContentText(bounded(&out, MAX_SNIPPET)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ContentText, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(ContentText::default())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<ContentText, E> {
                Ok(ContentText::default())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<ContentText, E> {
                Ok(ContentText::default())
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<ContentText, E> {
                Ok(ContentText::default())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<ContentText, E> {
                Ok(ContentText::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<ContentText, E> {
                Ok(ContentText::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// A list element that is skipped when it is not an object of the expected shape.
struct LenientPart<T>(Option<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for LenientPart<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Buffering into a Value keeps a malformed part from failing the whole line.
        let value = serde_json::Value::deserialize(d)?;
        Ok(LenientPart(T::deserialize(value).ok()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(line: &str) -> Vec<Event> {
        let mut out = Vec::new();
        parse_line(line.as_bytes(), &mut |e| out.push(e));
        out
    }

    async fn lines(input: &[u8], max: usize) -> Vec<String> {
        let mut r = LineReader::with_limit(input, max);
        let mut out = Vec::new();
        while let Some(line) = r.next_line().await.unwrap() {
            out.push(match line {
                Line::Complete(b) => String::from_utf8_lossy(b).into_owned(),
                Line::Oversized {
                    len,
                    mentions_tool_use,
                } => format!("<oversized {len} {mentions_tool_use}>"),
            });
        }
        out
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn splits_lines_and_keeps_a_final_unterminated_line() {
        let got = block_on(lines(b"a\nbb\r\n\nccc", 100));
        assert_eq!(got, ["a", "bb", "", "ccc"]);
    }

    #[test]
    fn oversized_lines_are_skipped_and_reading_continues() {
        let mut input = b"short\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 5000));
        input.extend(b"\nafter\n");
        let got = block_on(lines(&input, 100));
        assert_eq!(got, ["short", "<oversized 5000 false>", "after"]);
    }

    #[test]
    fn a_tool_call_hidden_in_an_oversized_line_is_noticed_even_across_reads() {
        for pad in [0usize, 1, 7, 99, 4093, 70_000] {
            let mut input = vec![b' '; 300 + pad];
            input.extend(br#"{"type":"tool_use","name":"Bash"}"#);
            input.extend(vec![b' '; 300]);
            input.extend(b"\nnext\n");
            let got = block_on(lines(&input, 100));
            assert!(got[0].ends_with(" true>"), "pad {pad}: {got:?}");
            assert_eq!(got[1], "next");
        }
    }

    #[test]
    fn tool_use_id_alone_is_not_a_tool_call_marker() {
        let mut input = vec![b' '; 300];
        input.extend(br#"{"type":"tool_result","tool_use_id":"x"}"#);
        input.push(b'\n');
        let got = block_on(lines(&input, 100));
        assert!(got[0].ends_with(" false>"), "{got:?}");
    }

    #[test]
    fn parses_every_documented_event() {
        let init = events(
            r#"{"type":"system","subtype":"init","session_id":"s1","tools":["bash"],"model":"m","cwd":"/"}"#,
        );
        assert_eq!(
            init,
            [Event::Init {
                session_id: Some("s1".into()),
                model: Some("m".into())
            }]
        );
        let a = events(
            r#"{"type":"assistant","message":{"content":[{"type":"text","text":"hi"},{"type":"thinking","thinking":"…"},{"type":"tool_use","id":"t1","name":"bash","input":{"command":"ls"}}]}}"#,
        );
        assert_eq!(a.len(), 3);
        assert_eq!(a[0], Event::Text("hi".into()));
        assert!(
            matches!(&a[2], Event::ToolUse(t) if t.name == "bash" && t.input["command"] == "ls")
        );
        let u = events(
            r#"{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"denied"}],"is_error":true}]}}"#,
        );
        assert!(
            matches!(&u[0], Event::ToolResult { is_error: true, snippet, .. } if snippet == "denied")
        );
        let r = events(
            r#"{"type":"result","subtype":"success","is_error":true,"result":"x","num_turns":2,"permission_denials":[{"tool_name":"Write","tool_use_id":"t9"}]}"#,
        );
        match &r[0] {
            Event::Result(res) => {
                assert_eq!(res.is_error, Some(true));
                assert_eq!(res.subtype.as_deref(), Some("success"));
                assert_eq!(res.permission_denials, ["Write (t9)"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_types_fields_and_blocks_are_skipped() {
        assert_eq!(
            events(r#"{"type":"brand_new","x":1}"#),
            [Event::Unknown {
                kind: "brand_new".into()
            }]
        );
        let a = events(
            r#"{"type":"assistant","extra":{"deep":[1,2]},"message":{"content":[{"type":"widget"},{"type":"text","text":"ok","extra":1}]}}"#,
        );
        assert_eq!(a, [Event::Text("ok".into())]);
        assert_eq!(
            events(r#"{"type":"user","message":{"content":"plain string"}}"#),
            [Event::Text("plain string".into())]
        );
    }

    #[test]
    fn garbage_is_malformed_and_remembers_tool_use_mentions() {
        for junk in ["not json", "[]", "null", "{\"truncated\": ", "\u{1}\u{2}"] {
            assert!(
                matches!(
                    events(junk).as_slice(),
                    [Event::Malformed {
                        mentions_tool_use: false,
                        ..
                    }]
                ),
                "{junk}"
            );
        }
        let broken = r#"{"type":"assistant","message":{"content":[{"type":"tool_use","name":"bash","input":{"command":"rm -rf /"}"#;
        assert!(matches!(
            events(broken).as_slice(),
            [Event::Malformed {
                mentions_tool_use: true,
                ..
            }]
        ));
    }

    #[test]
    fn tool_calls_outside_the_documented_place_are_still_found() {
        // Stream shapes a lenient Cortex (or a newer one) might emit; each must reach the engine.
        for line in [
            r#"{"type":"tool_use","id":"a","name":"bash","input":{"command":"rm -rf /"}}"#,
            r#"{"type":"assistant","content":[{"type":"tool_use","id":"a","name":"bash","input":{"command":"rm -rf /"}}]}"#,
            r#"{"type":"ASSISTANT","message":{"content":[{"type":"TOOL_USE","id":"a","name":"bash","input":{"command":"rm -rf /"}}]}}"#,
            r#"{"type":"system","subtype":"note","message":{"content":[{"type":"tool_use","id":"a","name":"bash","input":{"command":"rm -rf /"}}]}}"#,
            r#"{"type":"stream_event","event":{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"a","name":"bash","input":{"command":"rm -rf /"}}}}"#,
            r#"{"role":"assistant","content":[{"type":"tool_use","tool_use":{"tool_use_id":"a","name":"bash","input":{"command":"rm -rf /"}}}]}"#,
            r#"{"type":"brand_new","payload":{"items":[{"type":"server_tool_use","id":"a","name":"bash","input":{"command":"rm -rf /"}}]}}"#,
        ] {
            let found: Vec<ToolUse> = events(line)
                .into_iter()
                .filter_map(|e| match e {
                    Event::ToolUse(t) => Some(t),
                    _ => None,
                })
                .collect();
            assert_eq!(found.len(), 1, "{line}");
            assert_eq!(found[0].name, "bash", "{line}");
            assert_eq!(found[0].id, "a", "{line}");
            assert_eq!(found[0].input["command"], "rm -rf /", "{line}");
        }
    }

    #[test]
    fn a_tool_input_that_looks_like_a_tool_call_is_one_call_not_two() {
        let line = r#"{"type":"assistant","message":{"content":[{"type":"tool_use","id":"a","name":"write","input":{"content":{"type":"tool_use","name":"bash","input":{}}}}]}}"#;
        let calls = events(line)
            .into_iter()
            .filter(|e| matches!(e, Event::ToolUse(_)))
            .count();
        assert_eq!(calls, 1);
    }

    #[test]
    fn a_stop_reason_of_tool_use_is_not_a_call_and_control_requests_are_not_scanned() {
        let e = events(
            r#"{"type":"assistant","message":{"stop_reason":"tool_use","content":[{"type":"text","text":"hi"}]}}"#,
        );
        assert_eq!(e, [Event::Text("hi".into())]);
        let e = events(
            r#"{"type":"control_request","request_id":"r1","request":{"subtype":"can_use_tool","tool_name":"Write","input":{"content":{"type":"tool_use","name":"bash"}}}}"#,
        );
        assert!(
            matches!(&e[..], [Event::ControlRequest { request_id: Some(id), .. }] if id == "r1")
        );
    }

    #[test]
    fn odd_field_types_do_not_hide_a_tool_call() {
        let e = events(
            r#"{"type":"assistant","message":{"content":[{"type":"tool_use","id":7,"name":{"x":1},"input":"rm -rf /"}]}}"#,
        );
        match &e[0] {
            Event::ToolUse(t) => {
                assert_eq!(t.id, "7");
                assert_eq!(t.name, "", "a non-string name is unknown, not dropped");
            }
            other => panic!("{other:?}"),
        }
    }
}
