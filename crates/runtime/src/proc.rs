//! Short, bounded child processes (`cortex --version`, `cortex skill list`): own process group,
//! stdin closed, output capped, a deadline after which the whole group is killed.
//!
//! Long-running supervised Cortex sessions are the execution module's business, not this one.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a bounded run produced.
#[derive(Debug)]
pub struct BoundedOutput {
    pub status: std::process::ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// True when output beyond the cap was discarded.
    pub truncated: bool,
}

/// Why a bounded run failed.
#[derive(Debug, thiserror::Error)]
pub enum ProcError {
    #[error("`{program}` not found (not on PATH and not a file)")]
    NotFound { program: String },
    #[error("cannot start `{program}`: {source}")]
    Spawn {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("`{program}` did not finish within {seconds:.1}s and was stopped")]
    TimedOut { program: String, seconds: f64 },
    #[error("waiting for `{program}` failed: {source}")]
    Wait {
        program: String,
        #[source]
        source: std::io::Error,
    },
}

/// Run `cmd` with stdin closed, in its own process group, for at most `timeout`, keeping at most
/// `max_output` bytes of each of stdout and stderr. On timeout the whole group gets SIGKILL.
pub fn run_bounded(
    mut cmd: Command,
    timeout: Duration,
    max_output: usize,
) -> Result<BoundedOutput, ProcError> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = cmd.spawn().map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            ProcError::NotFound {
                program: program.clone(),
            }
        } else {
            ProcError::Spawn {
                program: program.clone(),
                source,
            }
        }
    })?;
    let pgid = child.id() as i32;
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            let mut truncated = false;
            if let Some(mut pipe) = pipe {
                let mut buf = [0u8; 8192];
                // Keep draining past the cap so the child never blocks on a full pipe.
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    let room = max_output.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                    truncated |= n > room;
                }
            }
            (kept, truncated)
        })
    };
    let out_thread = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_thread = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                kill_group(pgid);
                let _ = child.wait();
                // Grandchildren may still hold the pipes open; the group kill closed them.
                let _ = out_thread.join();
                let _ = err_thread.join();
                return Err(ProcError::TimedOut {
                    program,
                    seconds: timeout.as_secs_f64(),
                });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(source) => {
                kill_group(pgid);
                return Err(ProcError::Wait { program, source });
            }
        }
    };
    // The leader exited; anything left in its group would keep our pipes open forever.
    kill_group(pgid);
    let (stdout, t1) = out_thread.join().unwrap_or_default();
    let (stderr, t2) = err_thread.join().unwrap_or_default();
    Ok(BoundedOutput {
        status,
        stdout,
        stderr,
        truncated: t1 || t2,
    })
}

/// Find `binary` the way a shell would: a path as is, a bare name on PATH (executable files only).
pub fn resolve_binary(binary: &std::path::Path) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &std::path::Path| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if binary.components().count() > 1 {
        return executable(binary).then(|| binary.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(binary))
        .find(|candidate| executable(candidate))
}

/// SIGKILL a whole process group. Errors (already gone) are fine.
pub fn kill_group(pgid: i32) {
    crate::sys::signal_group(pgid, libc::SIGKILL);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_and_status() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo out; echo err >&2; exit 3"]);
        let out = run_bounded(cmd, Duration::from_secs(10), 1024).expect("runs");
        assert_eq!(out.status.code(), Some(3));
        assert_eq!(out.stdout, b"out\n");
        assert_eq!(out.stderr, b"err\n");
    }

    #[test]
    fn hung_child_and_its_grandchild_are_killed_at_the_deadline() {
        let dir = tempfile::tempdir().expect("tempdir");
        let marker = dir.path().join("grandchild-alive");
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!("(sleep 1; touch {}) & sleep 30", marker.display()));
        let err = run_bounded(cmd, Duration::from_millis(200), 1024).expect_err("must time out");
        assert!(matches!(err, ProcError::TimedOut { .. }));
        std::thread::sleep(Duration::from_millis(1500));
        assert!(!marker.exists(), "grandchild survived the group kill");
    }

    #[test]
    fn output_is_capped_without_blocking_the_child() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "head -c 1000000 /dev/zero"]);
        let out = run_bounded(cmd, Duration::from_secs(10), 100).expect("runs");
        assert_eq!(out.stdout.len(), 100);
        assert!(out.truncated);
    }

    #[test]
    fn missing_program_is_not_found() {
        let cmd = Command::new("/nonexistent/cortex");
        assert!(matches!(
            run_bounded(cmd, Duration::from_secs(1), 10),
            Err(ProcError::NotFound { .. })
        ));
    }
}
