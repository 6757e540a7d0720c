//! Supervising one Cortex process: its own process group, stdin closed (print mode) or fed from a
//! queue the observer fills (gate mode), stdout parsed line by line as it arrives, stderr drained
//! into a bounded tail, a deadline, signals forwarded, and the observer's own deadlines (the gate's
//! "ask within" timer).
//!
//! Shutdown follows cargo-nextest: on timeout or a first Ctrl-C the group gets a polite signal
//! (SIGTERM / SIGINT), then SIGKILL after a grace period; a second Ctrl-C kills at once. When the
//! observer says stop (the tripwire), the group gets SIGKILL before the next line is read. Whatever
//! the ending, the whole group is killed before returning, so a grandchild cannot outlive the run,
//! and the wait for the pipes after the leader exits is bounded.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::signal::unix::{SignalKind, signal};

use super::stream::{Event, Line, LineReader, parse_line};

/// How long the pipes may stay open after the leader exits (a grandchild holding them).
pub const PIPE_GRACE: Duration = Duration::from_secs(2);
/// Bytes of stderr kept (the end of it).
pub const STDERR_TAIL_BYTES: usize = 64 << 10;

/// What to run.
#[derive(Debug, Clone)]
pub struct Spawn {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    /// The complete environment of the child (nothing else is inherited).
    pub env: Vec<(OsString, OsString)>,
    pub timeout: Duration,
    /// Time between the polite signal and SIGKILL.
    pub grace: Duration,
    /// Gate mode: stdin is a pipe fed from the observer's [`Stdin`] queue. Otherwise it is closed.
    pub stdin_piped: bool,
}

/// Bytes of stdin queued but not yet written beyond which the run is stopped: Cortex is not
/// reading its input.
pub const MAX_STDIN_QUEUE: usize = 4 << 20;

/// What the observer wants written to Cortex's stdin, in order, and whether to close it after.
#[derive(Debug, Default)]
pub struct Stdin {
    queue: VecDeque<u8>,
    close: bool,
}

impl Stdin {
    /// Queue `bytes` (a whole line) for writing.
    pub fn send(&mut self, bytes: &[u8]) {
        if !self.close {
            self.queue.extend(bytes);
        }
    }

    /// Close stdin once everything queued is written.
    pub fn close(&mut self) {
        self.close = true;
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}

/// The observer's answer to an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// Kill the process group now and read nothing more.
    Stop,
}

/// Receives the stream as it arrives.
pub trait Observer {
    /// Once, right after the process started: the first lines for stdin (gate mode).
    fn on_start(&mut self, _stdin: &mut Stdin) {}
    /// Every event, as soon as its line has been read; answers go into `stdin`.
    fn on_event(&mut self, event: Event, stdin: &mut Stdin) -> Flow;
    /// The earliest instant the observer wants [`Observer::on_deadline`] called.
    fn deadline(&self) -> Option<tokio::time::Instant> {
        None
    }
    /// Its deadline passed.
    fn on_deadline(&mut self, _stdin: &mut Stdin) -> Flow {
        Flow::Continue
    }
    /// About once a second while the process runs.
    fn on_tick(&mut self, elapsed: Duration, since_last_event: Duration);
    /// The supervisor is shutting the process down (timeout, interrupt): say so to the person.
    fn on_shutdown(&mut self, why: &str);
}

/// How the run ended, from the supervisor's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The process exited on its own.
    Exited,
    /// The deadline passed and the process was stopped.
    TimedOut,
    /// Ctrl-C (or SIGTERM/SIGHUP to us) stopped it.
    Interrupted,
    /// The observer said stop; `latency` is from the offending line's arrival to the SIGKILL.
    Stopped { latency: Duration },
}

/// The result of supervision.
#[derive(Debug)]
pub struct Supervised {
    pub ending: Ending,
    /// The exit code, when the process exited normally.
    pub exit_code: Option<i32>,
    /// The signal that ended the process, if any.
    pub signal: Option<i32>,
    /// The end of stderr (at most [`STDERR_TAIL_BYTES`]), raw: redact before showing it.
    pub stderr_tail: Vec<u8>,
    pub stderr_truncated: bool,
    pub elapsed: Duration,
}

/// Why supervision could not start.
#[derive(Debug, thiserror::Error)]
pub enum SuperviseError {
    #[error("`{program}` not found")]
    NotFound { program: String },
    #[error("cannot start `{program}`: {source}")]
    Spawn {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot watch for signals: {0}")]
    Signals(std::io::Error),
}

/// Run `spawn` to completion under supervision, feeding `observer`.
pub async fn supervise(
    spawn: &Spawn,
    observer: &mut dyn Observer,
) -> Result<Supervised, SuperviseError> {
    let program = spawn.program.display().to_string();
    let mut interrupt = signal(SignalKind::interrupt()).map_err(SuperviseError::Signals)?;
    let mut terminate = signal(SignalKind::terminate()).map_err(SuperviseError::Signals)?;
    let mut hangup = signal(SignalKind::hangup()).map_err(SuperviseError::Signals)?;

    let mut cmd = tokio::process::Command::new(&spawn.program);
    cmd.args(&spawn.args)
        .env_clear()
        .envs(spawn.env.iter().map(|(k, v)| (k, v)))
        .stdin(if spawn.stdin_piped {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    crate::sys::kill_child_with_parent(cmd.as_std_mut());
    let started = Instant::now();
    let mut child = cmd.spawn().map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            SuperviseError::NotFound {
                program: program.clone(),
            }
        } else {
            SuperviseError::Spawn {
                program: program.clone(),
                source,
            }
        }
    })?;
    // Invariant: a child that has not been waited on yet still has its pid.
    let pgid = child.id().map(|id| id as i32).unwrap_or(0);
    tracing::info!(pid = pgid, "spawned");
    // However this function is left (a panic in an observer included), the group dies; and if
    // this whole process dies (even by SIGKILL), the watchdog kills the group.
    let _group = GroupGuard {
        pgid,
        watchdog: Watchdog::start(pgid),
    };
    let mut reader = child.stdout.take().map(LineReader::new);
    let mut input = child.stdin.take();
    let mut stdin = Stdin::default();
    observer.on_start(&mut stdin);
    let mut stderr = child.stderr.take();
    let mut tail = TailBuffer::new(STDERR_TAIL_BYTES);
    let mut err_chunk = vec![0u8; 8192];

    let deadline = tokio::time::Instant::now() + spawn.timeout;
    let mut ending = Ending::Exited;
    let mut exited = false;
    let mut status: Option<std::process::ExitStatus> = None;
    let mut kill_at: Option<tokio::time::Instant> = None;
    let mut pipes_until: Option<tokio::time::Instant> = None;
    let mut interrupts = 0u32;
    let mut last_event = Instant::now();
    let mut ticker = tokio::time::interval(Duration::from_secs(1));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let far = tokio::time::Instant::now() + Duration::from_secs(86_400 * 365);

    'run: loop {
        if exited && reader.is_none() && stderr.is_none() {
            break;
        }
        if stdin.close && stdin.queue.is_empty() {
            // Dropping the pipe closes it: Cortex sees the end of its input.
            input = None;
        }
        if stdin.queue.len() > MAX_STDIN_QUEUE {
            // Cortex stopped reading its input: it cannot be told about a denial. Stop it.
            observer.on_shutdown("Cortex stopped reading its input: stopping it");
            signal_group(pgid, libc::SIGKILL);
            ending = Ending::Stopped {
                latency: Duration::ZERO,
            };
            break 'run;
        }
        tokio::select! {
            biased;
            _ = interrupt.recv() => {
                interrupts += 1;
                ending = Ending::Interrupted;
                if interrupts == 1 {
                    observer.on_shutdown("interrupted: stopping Cortex (Ctrl-C again kills it at once)");
                    signal_group(pgid, libc::SIGINT);
                    kill_at = Some(tokio::time::Instant::now() + spawn.grace);
                } else {
                    signal_group(pgid, libc::SIGKILL);
                }
            }
            _ = terminate.recv() => {
                ending = Ending::Interrupted;
                signal_group(pgid, libc::SIGTERM);
                kill_at.get_or_insert(tokio::time::Instant::now() + spawn.grace);
            }
            _ = hangup.recv() => {
                ending = Ending::Interrupted;
                signal_group(pgid, libc::SIGTERM);
                kill_at.get_or_insert(tokio::time::Instant::now() + spawn.grace);
            }
            line = next_line(&mut reader), if reader.is_some() => {
                let mut eof = false;
                let arrived = Instant::now();
                let mut flow = Flow::Continue;
                let mut deliver = |event: Event| {
                    if flow == Flow::Continue {
                        flow = observer.on_event(event, &mut stdin);
                    }
                };
                match line {
                    Ok(Some(Line::Complete(bytes))) => parse_line(bytes, &mut deliver),
                    Ok(Some(Line::Oversized { len, mentions_tool_use })) => deliver(Event::Malformed {
                        error: format!("a {len}-byte line is over the {}-byte limit; skipped", super::stream::MAX_LINE_BYTES),
                        mentions_tool_use,
                    }),
                    Ok(None) | Err(_) => eof = true,
                }
                if flow == Flow::Stop {
                    signal_group(pgid, libc::SIGKILL);
                    ending = Ending::Stopped { latency: arrived.elapsed() };
                    break 'run;
                }
                if eof {
                    reader = None;
                } else {
                    last_event = arrived;
                }
            }
            written = write_some(&mut input, &stdin.queue), if input.is_some() && !stdin.queue.is_empty() => {
                match written {
                    Ok(n) if n > 0 => {
                        stdin.queue.drain(..n);
                    }
                    // Cortex closed its stdin (or exited): nothing more can be said to it.
                    _ => {
                        input = None;
                        stdin.queue.clear();
                    }
                }
            }
            _ = tokio::time::sleep_until(observer.deadline().unwrap_or(far)), if observer.deadline().is_some() => {
                let arrived = Instant::now();
                if observer.on_deadline(&mut stdin) == Flow::Stop {
                    signal_group(pgid, libc::SIGKILL);
                    ending = Ending::Stopped { latency: arrived.elapsed() };
                    break 'run;
                }
            }
            read = read_some(&mut stderr, &mut err_chunk), if stderr.is_some() => {
                match read {
                    Ok(n) if n > 0 => tail.push(&err_chunk[..n]),
                    _ => stderr = None,
                }
            }
            waited = child.wait(), if !exited => {
                exited = true;
                status = waited.ok();
                // Anything left in the group is a leftover: end it now. Output it already wrote
                // stays readable in the pipes; the wait for their end is bounded.
                signal_group(pgid, libc::SIGKILL);
                pipes_until = Some(tokio::time::Instant::now() + PIPE_GRACE);
            }
            _ = tokio::time::sleep_until(deadline), if ending == Ending::Exited && !exited => {
                ending = Ending::TimedOut;
                observer.on_shutdown(&format!(
                    "timed out after {}s: stopping Cortex",
                    spawn.timeout.as_secs()
                ));
                signal_group(pgid, libc::SIGTERM);
                kill_at = Some(tokio::time::Instant::now() + spawn.grace);
            }
            _ = tokio::time::sleep_until(kill_at.unwrap_or(far)), if kill_at.is_some() => {
                signal_group(pgid, libc::SIGKILL);
                kill_at = None;
            }
            _ = tokio::time::sleep_until(pipes_until.unwrap_or(far)), if pipes_until.is_some() => {
                // Something outside our group still holds the pipes: stop waiting for it.
                break 'run;
            }
            _ = ticker.tick() => {
                if !exited {
                    observer.on_tick(started.elapsed(), last_event.elapsed());
                }
            }
        }
    }

    // Whatever happened, nothing of the group survives the run.
    signal_group(pgid, libc::SIGKILL);
    if !exited {
        status = tokio::time::timeout(Duration::from_secs(5), child.wait())
            .await
            .ok()
            .and_then(Result::ok);
    }
    let (stderr_tail, stderr_truncated) = tail.into_parts();
    Ok(Supervised {
        ending,
        exit_code: status.and_then(|s| s.code()),
        signal: status.and_then(|s| s.signal()),
        stderr_tail,
        stderr_truncated,
        elapsed: started.elapsed(),
    })
}

async fn next_line<R: tokio::io::AsyncRead + Unpin>(
    reader: &mut Option<LineReader<R>>,
) -> std::io::Result<Option<Line<'_>>> {
    match reader {
        Some(r) => r.next_line().await,
        None => std::future::pending().await,
    }
}

async fn write_some(
    pipe: &mut Option<tokio::process::ChildStdin>,
    queue: &VecDeque<u8>,
) -> std::io::Result<usize> {
    match pipe {
        Some(p) => {
            let (front, _) = queue.as_slices();
            let n = p.write(&front[..front.len().min(64 << 10)]).await?;
            p.flush().await?;
            Ok(n)
        }
        None => std::future::pending().await,
    }
}

async fn read_some(
    pipe: &mut Option<tokio::process::ChildStderr>,
    buf: &mut [u8],
) -> std::io::Result<usize> {
    match pipe {
        Some(p) => p.read(buf).await,
        None => std::future::pending().await,
    }
}

/// Kills the whole process group when dropped: on every return, and on unwinding. Then stops
/// the watchdog, so it never signals a process group id that could have been reused.
struct GroupGuard {
    pgid: i32,
    watchdog: Option<Watchdog>,
}

impl Drop for GroupGuard {
    fn drop(&mut self) {
        signal_group(self.pgid, libc::SIGKILL);
        if let Some(w) = self.watchdog.as_mut() {
            w.stop();
        }
    }
}

/// A tiny `sh` in its own process group that holds the read end of a pipe whose write end only
/// this process holds. When this process dies however it dies (SIGKILL included), the kernel
/// closes the write end, `read` returns, and the watchdog kills Cortex's whole group — children
/// and grandchildren too, which the Linux parent-death signal (set on the leader only) cannot
/// reach. Portable: it needs only a POSIX shell.
struct Watchdog {
    child: std::process::Child,
}

impl Watchdog {
    fn start(pgid: i32) -> Option<Watchdog> {
        use std::os::unix::process::CommandExt;
        if pgid <= 0 {
            return None;
        }
        let child = std::process::Command::new("/bin/sh")
            .args([
                "-c",
                "read _; kill -s KILL -- -\"$1\" 2>/dev/null",
                "cortex-route-watchdog",
                &pgid.to_string(),
            ])
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .ok()?;
        Some(Watchdog { child })
    }

    /// The run ended normally: the watchdog must not act any more.
    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Send `sig` to the whole process group. Errors (the group is gone) are fine.
pub fn signal_group(pgid: i32, sig: i32) {
    crate::sys::signal_group(pgid, sig);
}

/// Keeps the last `cap` bytes written to it.
struct TailBuffer {
    cap: usize,
    buf: Vec<u8>,
    truncated: bool,
}

impl TailBuffer {
    fn new(cap: usize) -> Self {
        TailBuffer {
            cap,
            buf: Vec::new(),
            truncated: false,
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() > self.cap * 2 {
            let cut = self.buf.len() - self.cap;
            self.buf.drain(..cut);
            self.truncated = true;
        }
    }

    fn into_parts(mut self) -> (Vec<u8>, bool) {
        if self.buf.len() > self.cap {
            let cut = self.buf.len() - self.cap;
            self.buf.drain(..cut);
            self.truncated = true;
        }
        (self.buf, self.truncated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Recorder {
        events: Vec<Event>,
        stop_on_tool: bool,
        shutdowns: Vec<String>,
    }

    impl Observer for Recorder {
        fn on_event(&mut self, event: Event, _: &mut Stdin) -> Flow {
            let stop = self.stop_on_tool && matches!(event, Event::ToolUse(_));
            self.events.push(event);
            if stop { Flow::Stop } else { Flow::Continue }
        }
        fn on_tick(&mut self, _: Duration, _: Duration) {}
        fn on_shutdown(&mut self, why: &str) {
            self.shutdowns.push(why.to_string());
        }
    }

    fn sh(script: &str, timeout_ms: u64) -> Spawn {
        Spawn {
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".into(), script.into()],
            env: vec![("PATH".into(), "/usr/bin:/bin".into())],
            timeout: Duration::from_millis(timeout_ms),
            grace: Duration::from_millis(300),
            stdin_piped: false,
        }
    }

    fn run(spawn: &Spawn, rec: &mut Recorder) -> Supervised {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(supervise(spawn, rec))
            .unwrap()
    }

    #[test]
    fn streams_events_and_keeps_stderr() {
        let mut rec = Recorder::default();
        let out = run(
            &sh(
                r#"echo '{"type":"assistant","message":{"content":[{"type":"text","text":"hi"}]}}'; echo oops >&2; exit 3"#,
                10_000,
            ),
            &mut rec,
        );
        assert_eq!(out.ending, Ending::Exited);
        assert_eq!(out.exit_code, Some(3));
        assert_eq!(out.stderr_tail, b"oops\n");
        assert_eq!(rec.events, [Event::Text("hi".into())]);
    }

    #[test]
    fn a_process_that_ignores_sigterm_is_killed_after_the_grace_period() {
        let mut rec = Recorder::default();
        let out = run(
            &sh("trap '' TERM; sleep 30 & wait; sleep 30", 200),
            &mut rec,
        );
        assert_eq!(out.ending, Ending::TimedOut);
        assert_eq!(out.signal, Some(libc::SIGKILL));
        assert!(out.elapsed < Duration::from_secs(20));
        assert_eq!(rec.shutdowns.len(), 1);
    }

    #[test]
    fn stop_kills_before_the_next_line_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("damage");
        let script = format!(
            r#"echo '{{"type":"assistant","message":{{"content":[{{"type":"tool_use","id":"1","name":"bash","input":{{}}}}]}}}}'; sleep 1; touch {}; echo '{{"type":"result"}}'"#,
            marker.display()
        );
        let mut rec = Recorder {
            stop_on_tool: true,
            ..Recorder::default()
        };
        let out = run(&sh(&script, 10_000), &mut rec);
        assert!(matches!(out.ending, Ending::Stopped { .. }));
        std::thread::sleep(Duration::from_millis(1500));
        assert!(!marker.exists(), "the process went on after the stop");
        assert_eq!(rec.events.len(), 1, "nothing read after the stop");
    }

    #[test]
    fn a_grandchild_holding_the_pipes_does_not_outlive_the_leader() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("late");
        let script = format!("(sleep 1; touch {}) & echo done", marker.display());
        let mut rec = Recorder::default();
        let out = run(&sh(&script, 10_000), &mut rec);
        assert_eq!(out.ending, Ending::Exited);
        assert!(out.elapsed < Duration::from_secs(1) + PIPE_GRACE);
        std::thread::sleep(Duration::from_millis(1500));
        assert!(!marker.exists(), "grandchild survived");
    }

    #[test]
    fn tail_buffer_keeps_the_end() {
        let mut t = TailBuffer::new(4);
        t.push(b"abcdef");
        t.push(b"gh");
        assert_eq!(t.into_parts(), (b"efgh".to_vec(), true));
    }
}
