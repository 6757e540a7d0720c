//! A stateful fake of Snowflake's SQL API statements endpoint (wiremock, in this process, on its
//! own thread and runtime so tests can run the binary synchronously).
//!
//! It behaves as the SQL API is documented to (and, for `retry=true`, as secondary sources
//! describe it): `POST /api/v2/statements?requestId=…&retry=true` executes the statement once per
//! request id and answers a resubmission of an executed id with `retry=true` from memory,
//! without executing again; without `retry=true` it executes again (so a shipper that forgets
//! the flag stores duplicates, and the tests see them). Executing the audit sink's INSERT means
//! storing each element of the bound JSON array as a row. Faults can be scripted per request:
//! a status with `Retry-After`, a reply lost after the rows were stored, a 202 that must be
//! polled, a 422 for any batch holding a marker.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sha2::Digest;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// What the next POST gets instead of normal execution.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer with this status (and `Retry-After`, when given); execute nothing.
    Status {
        status: u16,
        retry_after: Option<&'static str>,
        body: Value,
    },
    /// Execute (store the rows), then hold the reply this long: longer than the client waits,
    /// the reply is lost after the commit.
    LoseReply(Duration),
    /// Execute, answer 202 with a statement handle, and answer that many polls with 202 before
    /// the 200.
    Running { polls: u32 },
}

/// One request as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub at: Instant,
    pub method: String,
    pub path: String,
    pub query: HashMap<String, String>,
    pub headers: HashMap<String, String>,
    pub body: Value,
}

/// A stored row, with the request id that inserted it.
#[derive(Debug, Clone)]
pub struct StoredRow {
    pub request_id: String,
    pub row: Value,
}

#[derive(Default)]
pub struct FakeState {
    pub requests: Vec<Received>,
    pub rows: Vec<StoredRow>,
    /// Bodies of the statements executed, in order (what the table saw).
    pub executed: Vec<Value>,
    pub script: VecDeque<Fault>,
    /// A batch whose binding contains this is refused with 422 (SQL state 22P02), its message
    /// quoting the marker.
    pub poison: Option<String>,
    /// The token expected after `Bearer `.
    pub pat: String,
    done: HashMap<String, String>,
    running: HashMap<String, u32>,
}

pub struct FakeSnowflake {
    pub uri: String,
    state: Arc<Mutex<FakeState>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl FakeSnowflake {
    pub fn start(pat: &str) -> FakeSnowflake {
        let state = Arc::new(Mutex::new(FakeState {
            pat: pat.to_string(),
            ..FakeState::default()
        }));
        let (uri_tx, uri_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let shared = state.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime for the fake");
            rt.block_on(async move {
                let server = MockServer::start().await;
                Mock::given(method("POST"))
                    .and(path("/api/v2/statements"))
                    .respond_with(Post(shared.clone()))
                    .mount(&server)
                    .await;
                Mock::given(method("GET"))
                    .and(path_regex(r"^/api/v2/statements/[^/]+$"))
                    .respond_with(Poll(shared))
                    .mount(&server)
                    .await;
                uri_tx.send(server.uri()).expect("send uri");
                let _ = stop_rx.await;
            });
        });
        let uri = uri_rx
            .recv_timeout(Duration::from_secs(30))
            .expect("fake Snowflake started");
        FakeSnowflake {
            uri,
            state,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    pub fn state(&self) -> MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn script(&self, faults: impl IntoIterator<Item = Fault>) {
        self.state().script.extend(faults);
    }

    /// The POSTs received, in order.
    pub fn posts(&self) -> Vec<Received> {
        self.state()
            .requests
            .iter()
            .filter(|r| r.method == "POST")
            .cloned()
            .collect()
    }

    pub fn polls(&self) -> usize {
        self.state()
            .requests
            .iter()
            .filter(|r| r.method == "GET")
            .count()
    }

    pub fn rows(&self) -> Vec<Value> {
        self.state().rows.iter().map(|r| r.row.clone()).collect()
    }

    /// Stored rows of one kind (`record`, `hashes`, `malformed`, `event`).
    pub fn rows_of(&self, kind: &str) -> Vec<Value> {
        self.rows().into_iter().filter(|r| r["k"] == kind).collect()
    }

    /// Stored event rows named `event`.
    pub fn events(&self, event: &str) -> Vec<Value> {
        self.rows_of("event")
            .into_iter()
            .filter(|r| r["p"]["event"] == event)
            .collect()
    }

    pub fn executed(&self) -> Vec<Value> {
        self.state().executed.clone()
    }

    /// Wait until `f` holds (or panic after `timeout`).
    pub fn wait_for(&self, timeout: Duration, f: impl Fn(&FakeState) -> bool) {
        let end = Instant::now() + timeout;
        while Instant::now() < end {
            if f(&self.state()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the fake Snowflake did not see what the test waited for");
    }
}

impl Drop for FakeSnowflake {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn received(req: &Request) -> Received {
    Received {
        at: Instant::now(),
        method: req.method.to_string(),
        path: req.url.path().to_string(),
        query: req.url.query_pairs().into_owned().collect(),
        headers: req
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_ascii_lowercase(),
                    v.to_str().unwrap_or("").to_string(),
                )
            })
            .collect(),
        body: serde_json::from_slice(&req.body).unwrap_or(Value::Null),
    }
}

fn success(handle: &str, rows: usize) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "resultSetMetaData": {"numRows": 1, "format": "jsonv2"},
        "data": [[rows.to_string()]],
        "code": "090001",
        "statementStatusUrl": format!("/api/v2/statements/{handle}"),
        "sqlState": "00000",
        "statementHandle": handle,
        "message": "Statement executed successfully.",
        "createdOn": 1_700_000_000_000u64,
        "stats": {"numRowsInserted": rows}
    }))
}

struct Post(Arc<Mutex<FakeState>>);

impl Respond for Post {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut s = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let got = received(req);
        s.requests.push(got.clone());
        if got.headers.get("authorization") != Some(&format!("Bearer {}", s.pat)) {
            return ResponseTemplate::new(401).set_body_json(json!({
                "code": "390303", "message": "Invalid OAuth access token. "
            }));
        }
        let request_id = got.query.get("requestId").cloned().unwrap_or_default();
        let retry = got.query.get("retry").map(String::as_str) == Some("true");
        if retry && let Some(handle) = s.done.get(&request_id).cloned() {
            return success(&handle, 0);
        }
        let fault = s.script.pop_front();
        if let Some(Fault::Status {
            status,
            retry_after,
            body,
        }) = &fault
        {
            let mut t = ResponseTemplate::new(*status).set_body_json(body.clone());
            if let Some(after) = retry_after {
                t = t.insert_header("Retry-After", *after);
            }
            return t;
        }
        let binding = got.body["bindings"]["1"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string();
        if let Some(marker) = &s.poison
            && binding.contains(marker.as_str())
        {
            let marker = marker.clone();
            return ResponseTemplate::new(422).set_body_json(json!({
                "code": "100069",
                "sqlState": "22P02",
                "message": format!("Error parsing JSON: unknown keyword '{marker}', pos 7"),
                "statementHandle": "01b00000-0000-0000-0000-000000000422",
            }));
        }
        // Execute: each element of the bound array becomes a row.
        let rows: Vec<Value> = serde_json::from_str(&binding).unwrap_or_default();
        let count = rows.len();
        for row in rows {
            s.rows.push(StoredRow {
                request_id: request_id.clone(),
                row,
            });
        }
        s.executed.push(got.body.clone());
        let handle = format!("01b0-{:04}-{}", s.executed.len(), &request_id);
        s.done.insert(request_id, handle.clone());
        match fault {
            Some(Fault::LoseReply(delay)) => success(&handle, count).set_delay(delay),
            Some(Fault::Running { polls }) => {
                s.running.insert(handle.clone(), polls);
                ResponseTemplate::new(202).set_body_json(json!({
                    "code": "333334",
                    "message": "Asynchronous execution in progress.",
                    "statementHandle": handle,
                    "statementStatusUrl": format!("/api/v2/statements/{handle}"),
                }))
            }
            _ => success(&handle, count),
        }
    }
}

struct Poll(Arc<Mutex<FakeState>>);

impl Respond for Poll {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut s = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let got = received(req);
        s.requests.push(got.clone());
        let handle = got.path.rsplit('/').next().unwrap_or("").to_string();
        match s.running.get_mut(&handle) {
            Some(left) if *left > 0 => {
                *left -= 1;
                ResponseTemplate::new(202).set_body_json(json!({
                    "code": "333334",
                    "message": "Asynchronous execution in progress.",
                    "statementHandle": handle,
                }))
            }
            Some(_) => success(&handle, 0),
            None => ResponseTemplate::new(404).set_body_json(json!({"message": "unknown handle"})),
        }
    }
}

/// Rewrite line `index` (0-based) of `lines` with `edit` and re-seal it and every line after, as
/// someone covering their tracks would: `audit verify` still passes.
pub fn forge(lines: &mut [String], index: usize, edit: impl Fn(&str) -> String) -> String {
    lines[index] = edit(&lines[index]);
    let mut prev: Option<String> = None;
    for line in lines.iter_mut().skip(index) {
        let mut body = line[..line.len() - 81].to_string();
        if let Some(p) = &prev {
            let at = body.len() - 65;
            body.replace_range(at..at + 64, p);
        }
        body.push('}');
        let hash = hex::encode(sha2::Sha256::digest(body.as_bytes()));
        *line = format!("{}\",\"entry_hash\":\"{hash}\"}}", &body[..body.len() - 2]);
        prev = Some(hash);
    }
    prev.unwrap()
}
