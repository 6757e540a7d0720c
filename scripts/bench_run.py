#!/usr/bin/env python3
"""Time whole cortex-route commands, and the reference Python skill on the same inputs, then write a
Markdown report. scripts/bench.sh builds the binary, prepares the reference and calls this; run that.

Every command runs with a throwaway HOME, a minimal PATH and nothing else from the caller's
environment, so no user config, policy or credential is read. Cortex is the repository's fake
(`tests/fake-cortex/cortex`) behind a wrapper that sets its `FAKE_CORTEX_*` variables, the way the
end-to-end tests install it. Skill discovery is warmed before timing (both sides cache it), and the
report says how many `cortex skill list` calls happened while timing (it must be none).

Timing: hyperfine when given (absolute figures only), else a built-in loop. Comparisons always use the
built-in loop, because it interleaves: round i runs ours then theirs, round i+1 theirs then ours, so
both see the same machine load. Figures are medians; p95 is nearest-rank. Standard library only.
"""

import argparse
import json
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

SNOWFLAKE_PROMPT = "which warehouses burned the most credits last week?"
CODING_PROMPT = "refactor the React login form to use hooks and add a jest test for the error state"
SANITIZER_SIZES = [("4 KiB prompt", 4 * 1024), ("1 MiB", 1024 * 1024), ("10 MiB", 10 * 1024 * 1024)]
ORG_POLICY_AUTO = (
    "security:\n  approval_mode: auto\n  tool_prediction_confidence_threshold: 0.0\n"
)
REF_SANITIZE = (
    "from security.prompt_sanitizer import PromptSanitizer; import sys; "
    "sys.stdout.write(PromptSanitizer().sanitize(sys.stdin.read()))"
)
BASE_PATH = "/usr/local/bin:/usr/bin:/bin"


class BenchError(Exception):
    """Something the benchmark needs is missing or misbehaves; the message says what to do."""


@dataclass
class Cmd:
    label: str
    argv: list
    env: dict
    cwd: str
    stdin: str | None = None
    ok_codes: tuple = (0,)


@dataclass
class Row:
    name: str
    times_ns: list
    bytes_in: int | None = None
    note: str = ""


@dataclass
class Comparison:
    name: str
    ours: list
    theirs: list
    bytes_in: int | None = None
    decisions: str = ""
    paired: list = field(default_factory=list)


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- set-up


def write_private(path: Path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)


def make_home(work: Path, name: str, repo: Path, policy: str | None = None) -> dict:
    """A throwaway HOME with the bench skills, a fake `cortex` on PATH, and an optional org policy."""
    home = work / name
    home.mkdir(mode=0o700)
    skills = home / ".local/share/cortex/1.0.12/bundled_skills"
    shutil.copytree(repo / "bench/skills", skills)
    fake_bin = home / "fake-bin"
    fake_bin.mkdir()
    counter = home / "skill-list-calls"
    wrapper = fake_bin / "cortex"
    wrapper.write_text(
        "#!/bin/sh\n"
        "export FAKE_CORTEX_SCENARIO=ok\n"
        f"export FAKE_CORTEX_SKILL_DIR={shlex.quote(str(skills))}\n"
        f"export FAKE_CORTEX_SKILLS_COUNT={shlex.quote(str(counter))}\n"
        f"exec {shlex.quote(str(repo / 'tests/fake-cortex/cortex'))} \"$@\"\n",
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    if policy is not None:
        write_private(home / ".snowflake/cortex/claude-skill-policy.yaml", policy)
    env = {"HOME": str(home), "PATH": f"{fake_bin}:{BASE_PATH}", "LC_ALL": "C.UTF-8"}
    return {"home": home, "env": env, "counter": counter}


def skill_list_calls(h: dict) -> int:
    try:
        return len(h["counter"].read_text().splitlines())
    except FileNotFoundError:
        return 0


def run_once(cmd: Cmd) -> subprocess.CompletedProcess:
    stdin = open(cmd.stdin, "rb") if cmd.stdin else subprocess.DEVNULL
    try:
        proc = subprocess.run(cmd.argv, stdin=stdin, capture_output=True, env=cmd.env,
                              cwd=cmd.cwd, timeout=600)
    finally:
        if cmd.stdin:
            stdin.close()
    return proc


def check(cmd: Cmd) -> subprocess.CompletedProcess:
    proc = run_once(cmd)
    if proc.returncode not in cmd.ok_codes:
        err = proc.stderr.decode("utf-8", "replace").strip()[-800:]
        raise BenchError(f"`{cmd.label}` exited {proc.returncode} (expected "
                         f"{' or '.join(map(str, cmd.ok_codes))}):\n{err}")
    return proc


def json_out(cmd: Cmd, proc) -> dict:
    try:
        return json.loads(proc.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BenchError(f"`{cmd.label}` did not print JSON ({e}): {proc.stdout[:300]!r}") from e


# ---------------------------------------------------------------- timing


def time_one(cmd: Cmd) -> int:
    stdin = open(cmd.stdin, "rb") if cmd.stdin else subprocess.DEVNULL
    try:
        start = time.perf_counter_ns()
        proc = subprocess.run(cmd.argv, stdin=stdin, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=cmd.env, cwd=cmd.cwd, timeout=600)
        elapsed = time.perf_counter_ns() - start
    finally:
        if cmd.stdin:
            stdin.close()
    if proc.returncode not in cmd.ok_codes:
        raise BenchError(f"`{cmd.label}` exited {proc.returncode} while being timed")
    return elapsed


def interleaved(cmds: list, runs: int, warmup: int) -> list:
    """Times per command; round i runs the commands in order, round i+1 in reverse order."""
    for _ in range(warmup):
        for c in cmds:
            time_one(c)
    times = [[] for _ in cmds]
    for i in range(runs):
        order = list(range(len(cmds)))
        if i % 2:
            order.reverse()
        for k in order:
            times[k].append(time_one(cmds[k]))
    return times


def with_hyperfine(hyperfine: str, cmd: Cmd, runs: int, warmup: int, work: Path) -> list:
    """Times of one command by hyperfine: without a shell, or through `sh -c` (whose start-up
    hyperfine measures and subtracts) when standard input comes from a file."""
    shell_cmd = " ".join(shlex.quote(a) for a in cmd.argv)
    shell = []
    if cmd.stdin:
        shell_cmd += f" < {shlex.quote(cmd.stdin)}"
    else:
        shell = ["--shell=none"]
    export = work / "hyperfine.json"
    export.unlink(missing_ok=True)
    argv = [hyperfine, "--style", "basic", *shell, f"--warmup={warmup}", f"--runs={runs}", "-i",
            f"--export-json={export}", f"--command-name={cmd.label}", "--", shell_cmd]
    proc = subprocess.run(argv, env=cmd.env, cwd=cmd.cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=3600)
    if proc.returncode != 0:
        raise BenchError(f"hyperfine failed on `{cmd.label}`: "
                         f"{proc.stderr.decode('utf-8', 'replace')[-500:]}")
    try:
        result = json.loads(export.read_text())["results"][0]
    except (OSError, ValueError, KeyError, IndexError) as e:
        raise BenchError(f"hyperfine left no usable --export-json for `{cmd.label}` ({e})") from e
    bad = [c for c in result.get("exit_codes", []) if c not in cmd.ok_codes]
    if bad:
        raise BenchError(f"`{cmd.label}` exited {bad[0]} while hyperfine timed it")
    return [int(t * 1e9) for t in result["times"]]


# ---------------------------------------------------------------- statistics and report


def pct(xs, q):
    """The q-quantile (nearest rank) of xs."""
    s = sorted(xs)
    return s[max(0, math.ceil(q * len(s)) - 1)]


def ms(ns):
    v = ns / 1e6
    return f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"


def mib_s(nbytes, ns):
    return f"{nbytes / (1024 * 1024) / (ns / 1e9):.1f} MiB/s"


def ratio(x):
    return f"{x:.2f}×" if x < 10 else f"{x:.1f}×"


def sh(argv, cwd=None):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, cwd=cwd, timeout=60)
        return out.stdout.strip() if out.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine():
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu or platform.processor() or "unknown",
        "mem": mem or "unknown",
        "kernel": f"{platform.system()} {platform.release()}",
    }


def load():
    a, b, c = os.getloadavg()
    return f"{a:.2f} {b:.2f} {c:.2f}"


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, type=Path)
    ap.add_argument("--repo", required=True, type=Path)
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--hyperfine", default="")
    ap.add_argument("--reference", type=Path)
    ap.add_argument("--ref-python", default="")
    ap.add_argument("--ref-route-skip", default="", help="why the routing comparison is skipped")
    ap.add_argument("--ref-rev", default="")
    ap.add_argument("--prompts", type=Path, help="time `route` on each prompt of this file")
    args = ap.parse_args()
    try:
        report = bench(args)
    except BenchError as e:
        log(f"error: {e}")
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    log(f"report written to {args.out}")
    print(report)
    return 0


def bench(args) -> str:
    repo, work, b = args.repo, args.work, str(args.bin)
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    load_start = load()
    timer = "hyperfine" if args.hyperfine else "built-in loop"
    log(f"load average {load_start}; {args.runs} runs after {args.warmup} warm-ups each; "
        f"absolute figures by {timer}")

    # Inputs: realistic sanitizer text, generated here (not committed).
    sys.dont_write_bytecode = True  # no __pycache__ in the checkout
    sys.path.insert(0, str(repo / "bench"))
    import corpus  # noqa: E402  (bench/corpus.py, found through the path set just above)

    inputs = []
    for label, size in SANITIZER_SIZES:
        data, planted = corpus.generate(size, 20240315)
        path = work / f"input-{size}.txt"
        path.write_bytes(data)
        inputs.append((label, size, str(path), planted))

    # Ours: one HOME for route and sanitize (no policy), one for run (auto approval).
    ours = make_home(work, "home-ours", repo)
    ours_run = make_home(work, "home-run", repo, ORG_POLICY_AUTO)
    cwd = str(work)

    def ours_cmd(label, argv, stdin=None, ok=(0,), h=ours):
        return Cmd(label, [b, *argv], h["env"], cwd, stdin, ok)

    route_sf = ours_cmd("route snowflake", ["route", "--json", SNOWFLAKE_PROMPT])
    route_code = ours_cmd("route coding", ["route", "--json", CODING_PROMPT], ok=(6,))
    run_cmd = ours_cmd("run", ["run", "--json", SNOWFLAKE_PROMPT], h=ours_run)
    version = ours_cmd("--version", ["--version"])

    # The hooks, whole process as the agents run them: JSON on stdin, answer on stdout/exit code.
    def hook_input(name, obj):
        path = work / f"hook-{name}.json"
        path.write_text(json.dumps(obj))
        return str(path)

    hook_sf = ours_cmd("hook claude-prompt snowflake", ["hook", "claude-prompt"],
                       stdin=hook_input("sf", {"hook_event_name": "UserPromptSubmit",
                                               "prompt": SNOWFLAKE_PROMPT}))
    hook_code = ours_cmd("hook claude-prompt coding", ["hook", "claude-prompt"],
                         stdin=hook_input("code", {"hook_event_name": "UserPromptSubmit",
                                                   "prompt": CODING_PROMPT}))
    pre_tool = {"session_id": "bench", "hook_event_name": "PreToolUse", "tool_use_id": "t1"}
    hook_allow = ours_cmd("hook cortex-pre-tool-use allow", ["hook", "cortex-pre-tool-use"],
                          stdin=hook_input("allow", {**pre_tool, "tool_name": "SQL", "tool_input": {
                              "sql": "SELECT warehouse_name, SUM(credits_used) FROM "
                                     "snowflake.account_usage.warehouse_metering_history "
                                     "GROUP BY 1 ORDER BY 2 DESC LIMIT 10"}}))
    hook_deny = ours_cmd("hook cortex-pre-tool-use deny", ["hook", "cortex-pre-tool-use"], ok=(2,),
                         stdin=hook_input("deny", {**pre_tool, "tool_name": "Bash", "tool_input": {
                             "command": "cat ~/.snowflake/connections.toml"}}))

    # Warm skill discovery (it is lazy and cached, failures included), then check the decisions.
    decisions = {}
    for cmd, want in [(route_sf, "cortex"), (route_code, "coding_agent")]:
        obj = json_out(cmd, check(cmd))
        decisions[cmd.label] = obj.get("route")
        if obj.get("route") != want:
            log(f"note: ours routed `{cmd.label}` to {obj.get('route')}, expected {want}")
    obj = json_out(run_cmd, check(run_cmd))
    if obj.get("status") != "executed":
        raise BenchError(f"`run` against the fake Cortex ended `{obj.get('status')}`, not "
                         f"`executed`: {json.dumps(obj)[:400]}")
    warm_calls = (skill_list_calls(ours), skill_list_calls(ours_run))
    if warm_calls[0] < 1:
        raise BenchError("route never listed Cortex skills: is tests/fake-cortex/cortex runnable?")

    # Sanitize may not exist yet in this build: skip it with the reason, fail on anything else.
    sanitize_skip = ""
    probe = run_once(ours_cmd("sanitize", ["sanitize"], stdin=inputs[0][2]))
    if probe.returncode != 0:
        err = probe.stderr.decode("utf-8", "replace").strip()
        if "not implemented" in err:
            sanitize_skip = f"`cortex-route sanitize` in this build says: {err.splitlines()[-1]}"
            log(f"skipping sanitizer benchmarks: {sanitize_skip}")
        else:
            raise BenchError(f"`cortex-route sanitize` exited {probe.returncode}: {err[-500:]}")
    sanitize_cmds = [] if sanitize_skip else [
        (label, size, ours_cmd(f"sanitize {label}", ["sanitize"], stdin=path), path, planted)
        for label, size, path, planted in inputs
    ]

    # Absolute figures for ours.
    rows = []
    singles = [(version, None, "process start-up floor"),
               (route_sf, None, "heuristic route, skills cache warm"),
               (route_code, None, "heuristic route, skills cache warm; exit 6"),
               (run_cmd, None, "fake Cortex `ok` scenario, `approval_mode: auto`, audit written"),
               (hook_sf, None, "Claude Code prompt hook: routing context printed"),
               (hook_code, None, "Claude Code prompt hook: `{}`"),
               (hook_allow, None, "Cortex PreToolUse hook, a SELECT under RW: exit 0"),
               (hook_deny, None, "Cortex PreToolUse hook, a credential read: exit 2, audit record written")]
    singles += [(c, size, "stdin → stdout") for label, size, c, _, _ in sanitize_cmds]
    for cmd, size, note in singles:
        log(f"timing {cmd.label}")
        if args.hyperfine:
            t = with_hyperfine(args.hyperfine, cmd, args.runs, args.warmup, work)
        else:
            t = interleaved([cmd], args.runs, args.warmup)[0]
        rows.append(Row(cmd.label, t, size, note))

    # Each prompt of a set, a few runs each: what routing costs over the start-up floor.
    prompt_set = None
    if args.prompts:
        prompt_set = time_prompt_set(args.prompts, ours_cmd, version, args.warmup)

    # The reference, side by side.
    comparisons, ref_notes, leaks = [], [], []
    if args.reference:
        ref = str(args.reference)
        py = args.ref_python
        theirs = make_home(work, "home-ref", repo)
        tenv = theirs["env"]
        pairs = []
        if args.ref_route_skip:
            ref_notes.append(f"Routing not compared: {args.ref_route_skip}")
        else:
            disc = Cmd("reference discover", [py, "scripts/discover_cortex.py"], tenv, ref)
            check(disc)
            if skill_list_calls(theirs) < 1:
                raise BenchError("the reference's discover_cortex.py never called `cortex skill list`")
            for label, prompt, mine in [("route, Snowflake prompt", SNOWFLAKE_PROMPT, route_sf),
                                        ("route, coding prompt", CODING_PROMPT, route_code)]:
                tc = Cmd(f"reference {label}", [py, "scripts/route_request.py", "--prompt", prompt],
                         tenv, ref)
                tdec = json_out(tc, check(tc)).get("route")
                pairs.append((label, mine, tc, None,
                              f"ours → {decisions[mine.label]}, theirs → {tdec}"))
        ref_calls = skill_list_calls(theirs)
        if sanitize_skip:
            ref_notes.append(f"Sanitizer not compared: {sanitize_skip}")
        else:
            for label, size, mine, path, planted in sanitize_cmds:
                tc = Cmd(f"reference sanitize {label}", [py, "-c", REF_SANITIZE], tenv, ref, path)
                pairs.append((f"sanitize {label}", mine, tc, size, ""))
                if size == 1024 * 1024:
                    o, t = check(mine).stdout, check(tc).stdout
                    leaks.append((label, len(planted),
                                  sum(1 for v in planted if v.encode() in o),
                                  sum(1 for v in planted if v.encode() in t)))
        for label, mine, tc, size, dec in pairs:
            log(f"comparing {label} (interleaved)")
            o, t = interleaved([mine, tc], args.runs, args.warmup)
            comparisons.append(Comparison(label, o, t, size, dec,
                                          [tt / oo for oo, tt in zip(o, t)]))
        if skill_list_calls(theirs) != ref_calls:
            ref_notes.append("warning: the reference listed Cortex skills while being timed")

    after_calls = (skill_list_calls(ours), skill_list_calls(ours_run))
    load_end = load()
    log(f"load average at the end {load_end}")

    # ------------------------------------------------------------ the report
    m = machine()
    commit = sh(["git", "rev-parse", "--short", "HEAD"], cwd=repo) or "unknown"
    if sh(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo):
        commit += " (with uncommitted changes)"
    out = []
    out.append("# cortex-route benchmark report\n")
    out.append(f"- When: {started}; cortex-route {commit}")
    out.append(f"- Machine: {m['nproc']} CPUs ({m['cpu']}), {m['mem']} RAM, {m['kernel']}")
    out.append(f"- Load average (1/5/15 min): {load_start} at start, {load_end} at end")
    out.append(f"- Toolchain: {sh(['rustc', '-V']) or 'rustc ?'}; {sh(['cargo', '-V']) or 'cargo ?'}; "
               f"release profile")
    hf = sh([args.hyperfine, "--version"]) if args.hyperfine else ""
    warm = f"{args.warmup} warm-up run{'' if args.warmup == 1 else 's'}"
    out.append(f"- Method: {args.runs} timed runs after {warm} per command; absolute "
               f"figures by {hf or 'a built-in loop (Python perf_counter_ns around subprocess.run)'}; "
               "comparisons by the built-in loop, interleaved. Each command gets a throwaway HOME, "
               "PATH, LC_ALL and nothing else.")
    out.append(f"- Skills: 3 (bench/skills), listed by the fake Cortex and cached before timing; "
               f"`cortex skill list` calls while timing: "
               f"{(after_calls[0] - warm_calls[0]) + (after_calls[1] - warm_calls[1])}")
    out.append("")
    out.append("## cortex-route\n")
    out.append("| command | median | p95 | min | throughput | notes |")
    out.append("| --- | ---: | ---: | ---: | ---: | --- |")
    sized = {}
    for r in rows:
        med = statistics.median(r.times_ns)
        # Throughput of a prompt-sized input would only restate the start-up time.
        tp = mib_s(r.bytes_in, med) if r.bytes_in and r.bytes_in >= 1 << 20 else ""
        if r.bytes_in:
            sized[r.bytes_in] = med
        out.append(f"| `{shown(r.name)}` | {ms(med)} | {ms(pct(r.times_ns, 0.95))} | "
                   f"{ms(min(r.times_ns))} | {tp} | {r.note} |")
    small, big = 1 << 20, 10 << 20
    if small in sized and big in sized and sized[big] > sized[small]:
        out.append(f"\nSanitizer throughput without the start-up cost (the 9 MiB between the 1 and "
                   f"10 MiB inputs over their time difference): "
                   f"{mib_s(big - small, sized[big] - sized[small])}.")
    if sanitize_skip:
        out.append(f"\nSanitizer not measured: {sanitize_skip}")
    out.append("")
    if prompt_set:
        out.extend(prompt_set)
    if args.reference:
        rev = args.ref_rev or "unknown revision"
        out.append(f"## Against the reference skill (Snowflake-Labs/subagent-cortex-code {rev})\n")
        out.append(f"Theirs runs with `{sh([args.ref_python, '-V']) or 'python3'}` "
                   f"({args.ref_python}) from the reference's directory: "
                   "`python3 scripts/route_request.py --prompt PROMPT` and "
                   "`python3 -c 'from security.prompt_sanitizer import PromptSanitizer; …' < FILE`, "
                   "its skills cache warmed first by `scripts/discover_cortex.py` against the same "
                   "fake Cortex and skills. Ratio = theirs / ours (above 1: ours is faster); "
                   "paired = median of the per-round ratios.\n")
        if comparisons:
            out.append("| case | ours median | theirs median | theirs/ours | paired | notes |")
            out.append("| --- | ---: | ---: | ---: | ---: | --- |")
            for c in comparisons:
                om, tm = statistics.median(c.ours), statistics.median(c.theirs)
                note = c.decisions
                if c.bytes_in and c.bytes_in >= 1 << 20:
                    note = f"ours {mib_s(c.bytes_in, om)}, theirs {mib_s(c.bytes_in, tm)}"
                out.append(f"| {c.name} | {ms(om)} | {ms(tm)} | {ratio(tm / om)} | "
                           f"{ratio(statistics.median(c.paired))} | {note} |")
        for label, n, lo, lt in leaks:
            out.append(f"\nPlanted secrets and PII left verbatim in the {label} output: ours {lo} of "
                       f"{n}, theirs {lt} of {n}.")
        out.append("")
    else:
        out.append("## Against the reference skill\n")
        out.append("Not compared: no `--reference DIR` given.\n")
    for n in ref_notes:
        out.append(f"- {n}")
    out.append("")
    out.append("## Not measured\n")
    out.append("- The LLM classifier: it needs a Snowflake account and token; every routing figure "
               "here is the local heuristic.")
    out.append("- Cortex itself: `run` talks to the repository's fake Cortex, which prints a fixed "
               "stream, so its figure is cortex-route's own cost around Cortex (guard, route, "
               "approval, enrichment, supervision, audit).")
    out.append("- A cold skills cache: the first `route` lists Cortex skills once (a `cortex skill "
               "list` process) and caches the result, failures included; only the warm path is timed.")
    out.append("")
    return "\n".join(out)


PROMPT_SET_RUNS = 3
MAX_PROMPTS = 2000


def time_prompt_set(path: Path, ours_cmd, version: Cmd, warmup: int) -> list:
    """`route` on every prompt of `path` (best of PROMPT_SET_RUNS), minus the median `--version`:
    report lines."""
    prompts = [line for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#!")]
    if not prompts:
        raise BenchError(f"--prompts {path} holds no prompt")
    if len(prompts) > MAX_PROMPTS:
        raise BenchError(f"--prompts {path} holds {len(prompts)} prompts; at most {MAX_PROMPTS}")
    log(f"timing route on {len(prompts)} prompts of {path.name}")
    floor = statistics.median(interleaved([version], 30, warmup)[0])
    over = []
    for prompt in prompts:
        # Exit 6 (not Snowflake work) and 5 (blocked) are answers, not failures; `--` keeps a
        # prompt that starts with `-` from reading as an option.
        cmd = ours_cmd("route", ["route", "--", prompt], ok=(0, 5, 6))
        check(cmd)
        best = min(time_one(cmd) for _ in range(PROMPT_SET_RUNS))
        over.append((best - floor, prompt))
    over.sort()
    costs = [c for c, _ in over]
    within = sum(1 for c in costs if c <= 2_000_000)
    out = [f"## `route` over a prompt set ({path.name})\n",
           f"{len(prompts)} prompts, best of {PROMPT_SET_RUNS} runs each, minus the median "
           f"`--version` ({ms(floor)}): median {ms(pct(costs, 0.5))}, p90 {ms(pct(costs, 0.9))}, "
           f"p99 {ms(pct(costs, 0.99))}, max {ms(costs[-1])}; within 2 ms: {within} of "
           f"{len(prompts)}.\n",
           "Slowest:\n"]
    for cost, prompt in over[-5:][::-1]:
        out.append(f"- {ms(cost)}: `{prompt[:100]}`")
    out.append("")
    return out


def shown(label):
    return {
        "--version": "cortex-route --version",
        "route snowflake": f"route --json \"{SNOWFLAKE_PROMPT}\"",
        "route coding": f"route --json \"{CODING_PROMPT}\"",
        "run": f"run --json \"{SNOWFLAKE_PROMPT}\"",
    }.get(label, label.replace("sanitize ", "sanitize < ", 1))


if __name__ == "__main__":
    sys.exit(main())
