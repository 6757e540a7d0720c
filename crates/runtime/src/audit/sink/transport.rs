//! Getting one batch into Snowflake: the [`Transport`] trait, and [`SqlApi`], its implementation
//! over the Snowflake SQL API v2.
//!
//! The trait is small so that another transport can follow (Snowpipe Streaming: no warehouse,
//! rows committed with an offset token, for which the batch's last position is passed along).
//! The shipper persists what [`Transport::encode`] returns before the first send, and resends
//! exactly those bytes under the same request id after a crash or a lost reply.
//!
//! SQL API facts relied on (docs.snowflake.com developer-guide/sql-api: submitting-requests,
//! handling-responses, handling-errors, reference; and Snowflake's OpenAPI `sqlapi.yaml`):
//! - `POST /api/v2/statements?requestId=<uuid>`: "Unique ID of the API request. This ensures that
//!   the execution is idempotent." `retry=true` on a resubmission is documented only by
//!   secondary sources (e.g. notes.padhia.org snowflake/api/rest: "requestId=<uuid>, retry=true
//!   allow Snowflake to detect and skip duplicate query execution"); it is sent on every request,
//!   since a crash leaves no way to know whether the first one arrived. The view in
//!   `references/audit-sink.sql` removes duplicates anyway, so a retry that Snowflake does
//!   execute twice costs rows, not correctness.
//! - Headers: `Authorization: Bearer <PAT>` with `X-Snowflake-Authorization-Token-Type:
//!   PROGRAMMATIC_ACCESS_TOKEN` (as the LLM client sends them), `Accept: application/json`, and
//!   `User-Agent`, which the spec marks required.
//! - Bindings: `{"1": {"type": "TEXT", "value": "…"}}` for the one `?`.
//! - 200: executed. 202: still running (after 45 s, or always for async): poll
//!   `GET /api/v2/statements/{statementHandle}` until it is not 202. 408: the statement exceeded
//!   its timeout and was cancelled (so nothing was inserted, and a new request id is safe).
//!   422: the statement failed (`QueryFailureStatus`: `code`,
//!   `sqlState`, `message`). 429: rate limited; 503/504: "may retry with backoff. The jittered
//!   backoff is recommended." `Retry-After` is not documented for this API: it is honoured when
//!   present, and jittered backoff is used otherwise.
//!
//! Nothing here puts the PAT or a row into an error: Snowflake's own messages can quote values
//! from the statement, so only their unquoted text is kept.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use serde_json::{Value, json};

use super::ShipError;
use crate::classifier::credentials::Pat;
use crate::http::{describe, retry_after};

/// The ids a batch's SQL carries besides its rows.
pub struct BatchIds<'a> {
    pub request_id: &'a str,
    pub chain_id: &'a str,
    pub machine_id: &'a str,
}

/// What became of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Stored (now, or by an earlier send of the same request id).
    Stored,
    /// Refused. `line_related`: the data may be to blame, so a smaller batch may pass; otherwise
    /// nothing could (a missing table, a missing privilege, a syntax error). Nothing was stored.
    Rejected { line_related: bool, detail: String },
    /// The statement ran past its timeout and was cancelled (408): nothing was stored. Sent
    /// again under a new request id, since Snowflake may answer a reused one with this result.
    Cancelled,
}

/// A way to store batches of rows in Snowflake.
pub trait Transport {
    /// The request for `rows` (JSON objects), as it will be sent and, after a crash, resent.
    fn encode(&self, ids: &BatchIds<'_>, rows: &[String]) -> Result<String, ShipError>;

    /// Send a request made by [`Transport::encode`]. `offset_token` is the position of the
    /// batch's last line, for transports that commit one with the rows.
    fn deliver(
        &self,
        request_id: &str,
        payload: &str,
        offset_token: Option<&str>,
    ) -> Result<Delivery, ShipError>;
}

/// How long a statement may run in Snowflake (the request's `timeout` field).
const STATEMENT_TIMEOUT_SECS: u64 = 300;
/// Attempts for one request (the first and its retries) on network errors, 408, 429, 5xx.
pub const MAX_ATTEMPTS: u32 = 5;
/// Replies larger than this are not read (a statement result here is a few hundred bytes).
const MAX_REPLY_BYTES: usize = 1 << 20;
const BACKOFF_BASE: Duration = Duration::from_millis(500);
const BACKOFF_CAP: Duration = Duration::from_secs(10);
const POLL_FIRST: Duration = Duration::from_millis(250);
const POLL_CAP: Duration = Duration::from_secs(5);

/// The Snowflake SQL API v2 transport.
pub struct SqlApi {
    client: reqwest::Client,
    base_url: String,
    auth: HeaderValue,
    /// The `insert` section with `{table}` filled in.
    statement: String,
    warehouse: Option<String>,
    role: Option<String>,
    request_timeout: Duration,
    /// No retry or poll starts after this.
    deadline: Instant,
}

/// Where and how to connect.
pub struct SqlApiConfig {
    pub base_url: String,
    pub pat: Pat,
    pub table: String,
    pub warehouse: Option<String>,
    pub role: Option<String>,
    pub request_timeout: Duration,
    pub deadline: Instant,
}

impl SqlApi {
    pub fn new(config: SqlApiConfig) -> Result<SqlApi, ShipError> {
        let template = super::batch::sql_section("insert")
            .ok_or_else(|| ShipError::Internal("audit-sink.sql has no insert section".into()))?;
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(config.request_timeout)
            .user_agent(concat!("cortex-route/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ShipError::Internal(format!("HTTP client: {e}")))?;
        let mut auth =
            HeaderValue::from_str(&format!("Bearer {}", config.pat.expose())).map_err(|_| {
                ShipError::BadPat {
                    detail: "it cannot be sent in an HTTP header".to_string(),
                }
            })?;
        auth.set_sensitive(true);
        Ok(SqlApi {
            client,
            base_url: config.base_url.trim_end_matches('/').to_string(),
            auth,
            statement: template.replace("{table}", &config.table),
            warehouse: config.warehouse,
            role: config.role,
            request_timeout: config.request_timeout,
            deadline: config.deadline,
        })
    }

    fn request(&self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        builder
            .header(AUTHORIZATION, self.auth.clone())
            .header(
                "X-Snowflake-Authorization-Token-Type",
                "PROGRAMMATIC_ACCESS_TOKEN",
            )
            .header(ACCEPT, "application/json")
            .timeout(self.request_timeout)
    }

    async fn send(&self, request_id: &str, payload: &str) -> Result<Delivery, ShipError> {
        let url = format!(
            "{}/api/v2/statements?requestId={request_id}&retry=true",
            self.base_url
        );
        let mut attempt = 0;
        loop {
            attempt += 1;
            let sent = self
                .request(self.client.post(&url))
                .header(CONTENT_TYPE, "application/json")
                .body(payload.to_string())
                .send()
                .await;
            let outcome = match sent {
                Ok(response) => self.on_reply(response).await?,
                Err(e) => Step::Retry {
                    why: if e.is_timeout() {
                        format!("no reply within {}s", self.request_timeout.as_secs_f64())
                    } else {
                        describe(&e)
                    },
                    status: None,
                    wait: None,
                },
            };
            match outcome {
                Step::Done(d) => return Ok(d),
                Step::Poll(handle) => match self.poll(&handle).await? {
                    Step::Done(d) => return Ok(d),
                    Step::Poll(_) => return Err(ShipError::StillRunning { handle }),
                    Step::Retry { why, status, wait } => {
                        self.pause(attempt, why, status, wait).await?;
                    }
                },
                Step::Retry { why, status, wait } => {
                    self.pause(attempt, why, status, wait).await?;
                }
            }
        }
    }

    /// Wait before the next attempt, or give up.
    async fn pause(
        &self,
        attempt: u32,
        why: String,
        status: Option<u16>,
        wait: Option<Duration>,
    ) -> Result<(), ShipError> {
        let give_up = |why: String| match status {
            Some(status) => ShipError::Http {
                status,
                detail: why,
            },
            None => ShipError::Network { detail: why },
        };
        if attempt >= MAX_ATTEMPTS {
            return Err(give_up(format!("{why} (after {attempt} attempts)")));
        }
        let wait = wait.unwrap_or_else(|| backoff(attempt));
        if Instant::now() + wait > self.deadline {
            return Err(give_up(format!(
                "{why}; a retry in {:.1}s would not fit in this run",
                wait.as_secs_f64()
            )));
        }
        tokio::time::sleep(wait).await;
        Ok(())
    }

    async fn on_reply(&self, response: reqwest::Response) -> Result<Step, ShipError> {
        let status = response.status().as_u16();
        let wait = retry_after(response.headers());
        let body = read_json(response).await;
        Ok(match status {
            200 => Step::Done(Delivery::Stored),
            202 => match body.as_ref().and_then(statement_handle) {
                Some(handle) => Step::Poll(handle),
                None => Step::Retry {
                    why: "a 202 reply without a usable statementHandle".to_string(),
                    status: Some(status),
                    wait,
                },
            },
            422 => Step::Done(rejection(body.as_ref())),
            408 => Step::Done(Delivery::Cancelled),
            429 | 500 | 502 | 503 | 504 => Step::Retry {
                why: match status {
                    429 => "rate limited".to_string(),
                    _ => format!("Snowflake is unavailable ({})", failure_text(body.as_ref())),
                },
                status: Some(status),
                wait,
            },
            401 | 403 => return Err(ShipError::Unauthorized { status }),
            _ => {
                return Err(ShipError::Http {
                    status,
                    detail: failure_text(body.as_ref()),
                });
            }
        })
    }

    /// Ask about a running statement until it is done, the poll budget is spent, or it failed in
    /// a way the caller should retry (408: cancelled; resubmitting runs it again).
    async fn poll(&self, handle: &str) -> Result<Step, ShipError> {
        let url = format!("{}/api/v2/statements/{handle}", self.base_url);
        let mut interval = POLL_FIRST;
        let mut errors = 0;
        loop {
            if Instant::now() + interval > self.deadline {
                return Ok(Step::Poll(handle.to_string()));
            }
            tokio::time::sleep(interval).await;
            interval = (interval * 2).min(POLL_CAP);
            let reply = match self.request(self.client.get(&url)).send().await {
                Ok(r) => r,
                Err(e) => {
                    errors += 1;
                    if errors >= MAX_ATTEMPTS {
                        return Err(ShipError::Network {
                            detail: format!("polling statement {handle}: {}", describe(&e)),
                        });
                    }
                    continue;
                }
            };
            let status = reply.status().as_u16();
            let wait = retry_after(reply.headers());
            match status {
                202 => {}
                429 | 500 | 502 | 503 | 504 => {
                    errors += 1;
                    if errors >= MAX_ATTEMPTS {
                        return Err(ShipError::Http {
                            status,
                            detail: format!("polling statement {handle}"),
                        });
                    }
                    if let Some(wait) = wait {
                        interval = wait;
                    }
                }
                _ => {
                    return match self.on_reply(reply).await? {
                        Step::Poll(_) => Ok(Step::Poll(handle.to_string())),
                        other => Ok(other),
                    };
                }
            }
        }
    }
}

impl Transport for SqlApi {
    fn encode(&self, ids: &BatchIds<'_>, rows: &[String]) -> Result<String, ShipError> {
        for id in [ids.request_id, ids.chain_id, ids.machine_id] {
            if !super::state::is_id(id) {
                return Err(ShipError::Internal(
                    "an id is not hex digits and dashes".into(),
                ));
            }
        }
        let statement = self
            .statement
            .replace("{chain_id}", ids.chain_id)
            .replace("{machine_id}", ids.machine_id)
            .replace("{request_id}", ids.request_id);
        let mut binding =
            String::with_capacity(rows.iter().map(|r| r.len() + 1).sum::<usize>() + 2);
        binding.push('[');
        binding.push_str(&rows.join(","));
        binding.push(']');
        let mut body = json!({
            "statement": statement,
            "timeout": STATEMENT_TIMEOUT_SECS,
            "bindings": {"1": {"type": "TEXT", "value": binding}},
            "parameters": {"query_tag": "cortex-route audit ship"},
        });
        if let Some(w) = &self.warehouse {
            body["warehouse"] = json!(w);
        }
        if let Some(r) = &self.role {
            body["role"] = json!(r);
        }
        Ok(body.to_string())
    }

    fn deliver(
        &self,
        request_id: &str,
        payload: &str,
        _offset_token: Option<&str>,
    ) -> Result<Delivery, ShipError> {
        crate::rt::block_on(self.send(request_id, payload))
            .map_err(|e| ShipError::Internal(format!("async runtime: {e}")))?
    }
}

enum Step {
    Done(Delivery),
    Poll(String),
    Retry {
        why: String,
        status: Option<u16>,
        wait: Option<Duration>,
    },
}

/// Jittered exponential backoff: 0.5 s, 1 s, 2 s … capped at 10 s, each scaled by [0.5, 1).
fn backoff(attempt: u32) -> Duration {
    let exp = BACKOFF_BASE
        .saturating_mul(1 << attempt.saturating_sub(1).min(8))
        .min(BACKOFF_CAP);
    let mut b = [0u8; 2];
    let jitter = if getrandom::fill(&mut b).is_ok() {
        0.5 + f64::from(u16::from_le_bytes(b)) / f64::from(u16::MAX) / 2.0
    } else {
        0.75
    };
    exp.mul_f64(jitter)
}

async fn read_json(mut response: reqwest::Response) -> Option<Value> {
    let mut out = Vec::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        if out.len() + chunk.len() > MAX_REPLY_BYTES {
            return None;
        }
        out.extend_from_slice(&chunk);
    }
    serde_json::from_slice(&out).ok()
}

/// A statement handle safe to put in a URL path.
fn statement_handle(body: &Value) -> Option<String> {
    let handle = body.get("statementHandle")?.as_str()?;
    let ok = !handle.is_empty()
        && handle.len() <= 128
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| handle.to_string())
}

/// A 422: which kind, and what to say about it. SQL state class 42 (syntax error or access rule
/// violation: a missing table, a missing privilege) cannot be the data's fault; anything else
/// may be, and splitting the batch finds out.
fn rejection(body: Option<&Value>) -> Delivery {
    let sql_state = body.and_then(|b| short_code(b.get("sqlState")));
    let line_related = !sql_state.as_deref().is_some_and(|s| s.starts_with("42"));
    Delivery::Rejected {
        line_related,
        detail: failure_text(body),
    }
}

/// `code 002003, SQL state 42S02: Object … does not exist or not authorized.`, from a
/// `QueryFailureStatus`, with anything quoted replaced by `…`.
fn failure_text(body: Option<&Value>) -> String {
    let Some(body) = body else {
        return "no details".to_string();
    };
    let mut parts = Vec::new();
    if let Some(code) = short_code(body.get("code")) {
        parts.push(format!("code {code}"));
    }
    if let Some(state) = short_code(body.get("sqlState")) {
        parts.push(format!("SQL state {state}"));
    }
    let mut text = parts.join(", ");
    if let Some(message) = body.get("message").and_then(Value::as_str) {
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&unquoted(message));
    }
    if text.is_empty() {
        "no details".to_string()
    } else {
        text
    }
}

fn short_code(value: Option<&Value>) -> Option<String> {
    let text = value?.as_str()?;
    (!text.is_empty() && text.len() <= 12 && text.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| text.to_string())
}

/// Snowflake's message without what it quotes (values from the statement or its binding, which
/// may be record contents), control characters, or more than 200 bytes.
pub fn unquoted(message: &str) -> String {
    let mut out = String::new();
    let mut quote = None;
    for c in message.chars() {
        match quote {
            Some(q) if c == q => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some(_) => {}
            None if c == '\'' || c == '"' || c == '`' => {
                out.push(c);
                quote = Some(c);
            }
            None if c.is_control() => out.push(' '),
            None => out.push(c),
        }
        if out.len() >= 200 {
            out.push('…');
            return out;
        }
    }
    if quote.is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_never_survive_an_error_message() {
        assert_eq!(
            unquoted("Numeric value 'SECRET-1' is not recognized"),
            "Numeric value '…' is not recognized"
        );
        assert_eq!(
            unquoted("Object \"A.B\" does not exist"),
            "Object \"…\" does not exist"
        );
        assert_eq!(unquoted("cut 'SECRET"), "cut '…");
        assert!(unquoted(&"x".repeat(1000)).len() <= 204);
    }

    #[test]
    fn only_syntax_and_access_errors_are_not_the_data() {
        let reply = |state: &str| json!({"code": "002003", "sqlState": state, "message": "m"});
        assert!(matches!(
            rejection(Some(&reply("42S02"))),
            Delivery::Rejected {
                line_related: false,
                ..
            }
        ));
        assert!(matches!(
            rejection(Some(&reply("22018"))),
            Delivery::Rejected {
                line_related: true,
                ..
            }
        ));
        assert!(matches!(
            rejection(None),
            Delivery::Rejected {
                line_related: true,
                ..
            }
        ));
        assert_eq!(
            failure_text(Some(
                &json!({"code": "x y", "sqlState": "22018", "message": "bad 'v'"})
            )),
            "SQL state 22018: bad '…'"
        );
    }

    #[test]
    fn handles_must_be_plain() {
        assert_eq!(
            statement_handle(&json!({"statementHandle": "01b2-c3"})),
            Some("01b2-c3".to_string())
        );
        assert_eq!(statement_handle(&json!({"statementHandle": "../x"})), None);
    }

    #[test]
    fn backoff_is_jittered_and_capped() {
        for attempt in 1..12 {
            let b = backoff(attempt);
            assert!(b <= BACKOFF_CAP && b >= BACKOFF_BASE / 2, "{b:?}");
        }
    }
}
