#!/usr/bin/env python3
"""Run a command in a pseudo-terminal, answer a menu, report what happened.

    pty_run.py WAIT_FOR KEYS -- COMMAND [ARGS...]

Waits (at most 20 s) until WAIT_FOR appears in the output, sends KEYS (Python escapes allowed:
"\\r", "\\x1b[B", "\\x03"), reads the rest, then prints the whole output on stdout and exits with
the command's exit code (128+N when a signal N ended it). Used by the tests for `approve` and the
in-run approval menu, which need a real terminal.
"""
import os
import pty
import select
import sys
import time


def main():
    sep = sys.argv.index("--")
    wait_for, keys = sys.argv[1], sys.argv[2].encode().decode("unicode_escape").encode("latin-1")
    cmd = sys.argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    out = b""
    sent = False
    deadline = time.time() + 20
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        if not sent and wait_for.encode() in out:
            time.sleep(0.2)
            os.write(fd, keys)
            sent = True
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(out.decode("utf-8", "replace"))
    if os.WIFSIGNALED(status):
        sys.exit(128 + os.WTERMSIG(status))
    sys.exit(os.WEXITSTATUS(status))


main()
