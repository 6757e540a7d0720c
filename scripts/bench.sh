#!/usr/bin/env bash
# Time whole cortex-route commands (route, sanitize, run against the fake Cortex) and write a small
# Markdown report; with --reference, also time the reference Python skill on the same inputs, side
# by side, and report the ratios.
#
#   scripts/bench.sh [--reference DIR] [--runs N] [--warmup N] [--out FILE] [--no-hyperfine]
#                    [--prompts FILE]
#
#   --reference DIR  a checkout of Snowflake-Labs/subagent-cortex-code (for example
#                    `git clone https://github.com/Snowflake-Labs/subagent-cortex-code DIR`);
#                    without it the comparison is skipped. Nothing of it is written to: it is
#                    copied into a scratch folder first.
#   --runs N         timed runs per command (default 20)
#   --warmup N       untimed runs per command before timing (default 3)
#   --out FILE       where the report goes (default target/bench-report.md)
#   --no-hyperfine   use the built-in timing loop even when hyperfine is installed
#   --prompts FILE   also time `route` on every prompt of FILE (one per line, `#!` lines are
#                    comments; e.g. tests/data/ordinary_prompts.txt) and report its cost over
#                    `--version`: median, p90, p99, the slowest prompts
#
# Needs cargo and python3 (3.10 or newer). It builds the release binary itself
# (cargo build --release --locked). The reference's router imports PyYAML: when the python3 found
# here cannot import it, it is installed from PyPI into a throwaway venv; when that fails, the
# routing comparison is skipped and the report says why. The timing and the report are done by
# scripts/bench_run.py (standard library only); inputs come from bench/.
set -euo pipefail

usage() {
    sed -n '2,21s/^# \{0,1\}//p' "$0"
}
die() {
    echo "bench.sh: $*" >&2
    exit 2
}

reference=""
runs=20
prompts=""
warmup=3
out=""
use_hyperfine=1
while [ "$#" -gt 0 ]; do
    case "$1" in
        --reference) [ "$#" -ge 2 ] || die "--reference needs a folder"; reference="$2"; shift 2 ;;
        --runs) [ "$#" -ge 2 ] || die "--runs needs a number"; runs="$2"; shift 2 ;;
        --warmup) [ "$#" -ge 2 ] || die "--warmup needs a number"; warmup="$2"; shift 2 ;;
        --out) [ "$#" -ge 2 ] || die "--out needs a file name"; out="$2"; shift 2 ;;
        --no-hyperfine) use_hyperfine=0; shift ;;
        --prompts) [ "$#" -ge 2 ] || die "--prompts needs a file"; prompts="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument '$1'" ;;
    esac
done
if ! [[ "$runs" =~ ^[0-9]{1,5}$ ]] || [ "$runs" -lt 3 ] || [ "$runs" -gt 10000 ]; then
    die "--runs needs a whole number from 3 to 10000, got '$runs'"
fi
if ! [[ "$warmup" =~ ^[0-9]{1,4}$ ]] || [ "$warmup" -gt 1000 ]; then
    die "--warmup needs a whole number from 0 to 1000, got '$warmup'"
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -n "$out" ] || out="$root/target/bench-report.md"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

command -v cargo >/dev/null 2>&1 \
    || die "cargo not found on PATH: install Rust (https://rustup.rs) and retry"
command -v python3 >/dev/null 2>&1 \
    || die "python3 not found on PATH: install Python 3.10 or newer and retry"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
    || die "python3 is $(python3 -V 2>&1); the bench needs 3.10 or newer"
[ -x "$root/tests/fake-cortex/cortex" ] \
    || die "tests/fake-cortex/cortex is missing or not executable (git checkout it, chmod +x)"

prompt_args=()
if [ -n "$prompts" ]; then
    [ -f "$prompts" ] || die "--prompts '$prompts' is not a file"
    prompt_args=(--prompts "$(cd "$(dirname "$prompts")" && pwd)/$(basename "$prompts")")
fi

ref_args=()
if [ -n "$reference" ]; then
    [ -d "$reference" ] || die "--reference '$reference' is not a folder"
    reference="$(cd "$reference" && pwd)"
    for f in scripts/route_request.py scripts/discover_cortex.py security/prompt_sanitizer.py \
        security/config_manager.py security/cache_manager.py; do
        [ -f "$reference/$f" ] || die "--reference '$reference' has no $f: is it a checkout of Snowflake-Labs/subagent-cortex-code?"
    done
    if ! grep -q '^class PromptSanitizer' "$reference/security/prompt_sanitizer.py" \
        || ! grep -q 'def sanitize(self, text' "$reference/security/prompt_sanitizer.py"; then
        die "the reference's security/prompt_sanitizer.py has no PromptSanitizer.sanitize(text): its layout changed; adapt REF_SANITIZE in scripts/bench_run.py"
    fi
fi

echo "== cargo build --release --locked" >&2
(cd "$root" && cargo build --release --locked)
bin="$root/target/release/cortex-route"
[ -x "$bin" ] || die "the build finished but $bin is missing"

work="$(mktemp -d "${TMPDIR:-/tmp}/cortex-route-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ -n "$reference" ]; then
    # A private copy: its byte-code cache lands there (as in a real install after the first run)
    # and the caller's checkout stays untouched.
    mkdir "$work/reference"
    tar -C "$reference" --exclude=.git --exclude=__pycache__ -cf - . | tar -C "$work/reference" -xf -
    rev="$(git -C "$reference" rev-parse --short HEAD 2>/dev/null || true)"
    # The interpreter itself, not a version-manager shim, so its start-up is Python's alone.
    py="$(python3 -c 'import sys; print(sys.executable)')"
    route_skip=""
    if ! env -i HOME="$work" PATH=/usr/bin:/bin "$py" -c 'import yaml' 2>/dev/null; then
        echo "== $py cannot import yaml (PyYAML, needed by the reference's router); installing it into a throwaway venv from PyPI" >&2
        if "$py" -m venv "$work/ref-venv" >&2 \
            && "$work/ref-venv/bin/python" -m pip install --quiet --disable-pip-version-check PyYAML >&2; then
            py="$work/ref-venv/bin/python"
        else
            route_skip="PyYAML, which the reference's route_request.py imports, is not importable by $py and could not be installed into a venv from PyPI"
            echo "bench.sh: $route_skip; comparing the sanitizer only" >&2
        fi
    fi
    ref_args=(--reference "$work/reference" --ref-python "$py" --ref-rev "${rev:-}")
    [ -z "$route_skip" ] || ref_args+=(--ref-route-skip "$route_skip")
else
    echo "== no --reference given: timing cortex-route only" >&2
fi

hyperfine_args=()
if [ "$use_hyperfine" = 1 ] && command -v hyperfine >/dev/null 2>&1; then
    hyperfine_args=(--hyperfine "$(command -v hyperfine)")
fi

python3 -B "$root/scripts/bench_run.py" --bin "$bin" --repo "$root" --work "$work" \
    --runs "$runs" --warmup "$warmup" --out "$out" \
    ${hyperfine_args[@]+"${hyperfine_args[@]}"} ${ref_args[@]+"${ref_args[@]}"} \
    ${prompt_args[@]+"${prompt_args[@]}"}
