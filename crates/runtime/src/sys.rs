//! The only place in cortex-route with `unsafe`: thin wrappers over the few system calls the
//! standard library does not offer. Each block says why it is sound.

#![allow(unsafe_code)]

/// The effective user id.
pub fn effective_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// The login name of `uid` from the password database (thread-safe variant).
pub fn login_name(uid: u32) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: an all-zero passwd is a valid value for a plain C struct of pointers and integers.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call; `buf` outlives every use of `pwd`'s pointers,
    // which point into it; getpwuid_r is the thread-safe variant.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() || pwd.pw_name.is_null() {
        return None;
    }
    // SAFETY: on success pw_name is a NUL-terminated string inside `buf`, still alive here.
    let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
    Some(name.to_string_lossy().into_owned())
}

/// This machine's host name, or `?`.
pub fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for `buf.len()` bytes; gethostname writes at most that many.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return "?".to_string();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

/// This process's peak resident set size in KiB (the memory bench).
pub fn peak_rss_kib() -> i64 {
    // SAFETY: an all-zero rusage is a valid value of a plain C struct; getrusage fills the
    // struct we pass and touches no other memory.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage.ru_maxrss
    }
}

/// Whether this user may write `path` (an existing file or directory), as the kernel decides.
pub fn writable(path: &std::path::Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call; access(2) only reads
    // it.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// While alive, Ctrl-C does not kill this process: a terminal menu then sees it as a key (and
/// treats it as "deny"), restores the cursor and lets the caller audit the answer.
pub struct IgnoreInterrupts {
    previous: libc::sighandler_t,
}

/// Ignore SIGINT until the returned guard is dropped.
pub fn ignore_interrupts() -> IgnoreInterrupts {
    // SAFETY: installing SIG_IGN for SIGINT has no preconditions; the previous disposition is
    // kept and put back by the guard.
    let previous = unsafe { libc::signal(libc::SIGINT, libc::SIG_IGN) };
    IgnoreInterrupts { previous }
}

impl Drop for IgnoreInterrupts {
    fn drop(&mut self) {
        if self.previous != libc::SIG_ERR {
            // SAFETY: puts back the disposition `signal` returned; no memory is involved.
            unsafe {
                libc::signal(libc::SIGINT, self.previous);
            }
        }
    }
}

/// Send `sig` to the process group `pgid`. Errors (the group is gone) are fine: callers use it
/// to make sure nothing is left.
pub fn signal_group(pgid: i32, sig: i32) {
    if pgid > 0 {
        // SAFETY: kill(2) with a negative pid signals a process group; no memory is involved.
        unsafe {
            libc::kill(-pgid, sig);
        }
    }
}

/// Make the kernel SIGKILL the child when this process dies, however it dies (Linux only; other
/// platforms rely on the supervisor's own cleanup). Set between fork and exec.
pub fn kill_child_with_parent(cmd: &mut std::process::Command) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: the closure runs in the forked child before exec and only calls
        // async-signal-safe functions (prctl, getppid, kill on itself); it touches no memory
        // of the parent beyond the copied `parent` integer.
        let parent = std::process::id() as libc::pid_t;
        unsafe {
            cmd.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The parent may have died before prctl took effect: then we were re-parented
                // already and must not run.
                if libc::getppid() != parent {
                    libc::kill(libc::getpid(), libc::SIGKILL);
                }
                Ok(())
            });
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = cmd;
}

/// Start the child in a new session (`setsid`): no controlling terminal and a process group of
/// its own, so it outlives us and a Ctrl-C aimed at our group does not reach it. Set between
/// fork and exec.
pub fn new_session(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs in the forked child before exec and only calls setsid(2), which
    // is async-signal-safe; it touches no memory of the parent.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}
