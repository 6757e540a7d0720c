//! The LLM classifier's HTTP call: one request to Cortex's REST API (the endpoint
//! `cortex.llm_endpoint` names) within a time budget.
//!
//! The request and the reply's checks are `cortex_route_policy::routing::llm`; this module sends
//! it. The whole call, retries included, fits in one time budget (`routing.timeout_seconds`): 429,
//! 503 and 504 are retried at most [`MAX_ATTEMPTS`] times with jittered exponential backoff,
//! honouring `Retry-After` when it fits in the time left. Nothing here logs the prompt or the
//! token; errors name the status and what to check, never the request.

use std::time::{Duration, Instant};

use cortex_route_policy::routing::SkillHint;
use cortex_route_policy::routing::llm::{
    LlmAnswer, LlmError, MAX_REPLY_BYTES, parse_reply, request_for,
};

use super::credentials::Credentials;
use crate::http::{describe, retry_after};

/// Attempts in all (the first call and its retries).
pub const MAX_ATTEMPTS: u32 = 4;
const BACKOFF_BASE: Duration = Duration::from_millis(250);
const BACKOFF_CAP: Duration = Duration::from_secs(2);
// ---------------------------------------------------------------------------------------------
// The call.

/// Classify `sanitized_prompt` with the LLM, synchronously, on the shared runtime (never dropped,
/// so a DNS lookup still hanging after our time budget does not hold up the exit).
pub fn classify_blocking(
    credentials: &Credentials,
    model: &str,
    sanitized_prompt: &str,
    skills: &[SkillHint],
    budget: Duration,
) -> Result<LlmAnswer, LlmError> {
    crate::rt::block_on(classify(
        credentials,
        model,
        sanitized_prompt,
        skills,
        budget,
    ))
    .map_err(|e| LlmError::Client(e.to_string()))?
}

/// Classify `sanitized_prompt` with the LLM. Returns within `budget`, retries included.
pub async fn classify(
    credentials: &Credentials,
    model: &str,
    sanitized_prompt: &str,
    skills: &[SkillHint],
    budget: Duration,
) -> Result<LlmAnswer, LlmError> {
    let seconds = budget.as_secs_f64();
    match tokio::time::timeout(
        budget,
        call_with_retries(credentials, model, sanitized_prompt, skills, budget),
    )
    .await
    {
        Ok(result) => result,
        Err(_) => Err(LlmError::Timeout { seconds }),
    }
}

async fn call_with_retries(
    credentials: &Credentials,
    model: &str,
    sanitized_prompt: &str,
    skills: &[SkillHint],
    budget: Duration,
) -> Result<LlmAnswer, LlmError> {
    let deadline = Instant::now() + budget;
    let timeout = || LlmError::Timeout {
        seconds: budget.as_secs_f64(),
    };
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(budget)
        .user_agent(concat!("cortex-route/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| LlmError::Client(e.to_string()))?;
    let (path, body) = request_for(credentials.endpoint, model, sanitized_prompt, skills);
    let url = format!("{}{path}", credentials.base_url);
    let mut auth =
        reqwest::header::HeaderValue::from_str(&format!("Bearer {}", credentials.pat.expose()))
            .map_err(|_| LlmError::Client("the PAT cannot be sent in a header".to_string()))?;
    auth.set_sensitive(true);

    let mut attempt = 0;
    loop {
        attempt += 1;
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(timeout());
        }
        let sent = client
            .post(&url)
            .header(reqwest::header::AUTHORIZATION, auth.clone())
            .header(
                "X-Snowflake-Authorization-Token-Type",
                "PROGRAMMATIC_ACCESS_TOKEN",
            )
            .header(
                reqwest::header::ACCEPT,
                "application/json, text/event-stream",
            )
            .json(&body)
            .timeout(left)
            .send()
            .await;
        let response = match sent {
            Ok(r) => r,
            Err(e) if e.is_timeout() => return Err(timeout()),
            Err(e) => return Err(LlmError::Network(describe(&e))),
        };
        let status = response.status();
        if status.is_success() {
            let content_type = response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let bytes = read_bounded(response).await.map_err(|e| match e {
                ReadError::Timeout => timeout(),
                ReadError::Other(m) => LlmError::Network(m),
                ReadError::TooLarge => {
                    LlmError::Malformed(format!("the reply is larger than {MAX_REPLY_BYTES} bytes"))
                }
            })?;
            return parse_reply(content_type.as_deref(), &bytes);
        }
        let retryable = matches!(status.as_u16(), 429 | 503 | 504);
        if !retryable || attempt >= MAX_ATTEMPTS {
            return Err(http_error(status.as_u16(), attempt));
        }
        let wait = retry_after(response.headers()).unwrap_or_else(|| backoff(attempt));
        if Instant::now() + wait >= deadline {
            return Err(LlmError::Http {
                status: status.as_u16(),
                hint: format!(
                    "{}; a retry in {:.1}s would not fit in routing.timeout_seconds",
                    status_hint(status.as_u16()),
                    wait.as_secs_f64()
                ),
            });
        }
        tokio::time::sleep(wait).await;
    }
}

fn http_error(status: u16, attempts: u32) -> LlmError {
    let mut hint = status_hint(status).to_string();
    if attempts > 1 {
        hint.push_str(&format!(" (after {attempts} attempts)"));
    }
    LlmError::Http { status, hint }
}

/// What a status most likely means for this call.
fn status_hint(status: u16) -> &'static str {
    match status {
        400 => "the request was refused; check routing.model",
        401 => "check the PAT",
        403 => {
            "the PAT's role may lack the SNOWFLAKE.CORTEX_USER database role, or the model is not allowed"
        }
        404 => {
            "check cortex.account_url / the connection's account, cortex.llm_endpoint, and that the model is available in your region"
        }
        429 => "rate limited",
        500..=599 => "Cortex had a server error",
        _ => "unexpected status",
    }
}

/// Exponential backoff with jitter: 250 ms, 500 ms, 1 s … capped at 2 s, each scaled by a random
/// factor in [0.5, 1).
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

enum ReadError {
    Timeout,
    TooLarge,
    Other(String),
}

async fn read_bounded(mut response: reqwest::Response) -> Result<Vec<u8>, ReadError> {
    let mut out = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if out.len() + chunk.len() > MAX_REPLY_BYTES {
                    return Err(ReadError::TooLarge);
                }
                out.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(out),
            Err(e) if e.is_timeout() => return Err(ReadError::Timeout),
            Err(e) => return Err(ReadError::Other(describe(&e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_a_cap() {
        for attempt in 1..10 {
            let b = backoff(attempt);
            assert!(b <= BACKOFF_CAP, "{b:?}");
            assert!(b >= BACKOFF_BASE / 2, "{b:?}");
        }
    }
}
