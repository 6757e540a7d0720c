#!/usr/bin/env bash
# Run cortex-route's cargo-fuzz targets (fuzz/) for a while each, one after the other.
#
#   scripts/fuzz.sh [-t SECONDS] [TARGET...]     default: 60 seconds, every target
#
# Works on a fresh machine with stable Rust only: installs cargo-fuzz from crates.io if it is
# missing, and sets RUSTC_BOOTSTRAP=1 so the nightly-only flags cargo-fuzz passes (-Zsanitizer)
# are accepted by the stable compiler. Crashes are written to fuzz/artifacts/TARGET/; the corpus
# grows in fuzz/corpus/TARGET/ (both ignored by git). Exit status: 0 when every target ran
# clean for the whole time, 1 otherwise.
set -euo pipefail

seconds=60
usage() {
    sed -n '2,10s/^# \{0,1\}//p' "$0"
}
while getopts "t:h" opt; do
    case "$opt" in
        t) seconds="$OPTARG" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "fuzz.sh: -t needs a whole number of seconds, got '$seconds'" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz not found; installing it from crates.io" >&2
    cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo fuzz list)
fi
known="$(cargo fuzz list)"
for t in "${targets[@]}"; do
    if ! grep -qx -- "$t" <<<"$known"; then
        echo "fuzz.sh: no fuzz target '$t' (have: $(tr '\n' ' ' <<<"$known"))" >&2
        exit 2
    fi
done

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
status=0
summary=()
for t in "${targets[@]}"; do
    echo "== $t: building" >&2
    cargo fuzz build "$t" >&2
    mkdir -p "corpus/$t"
    echo "== $t: fuzzing for ${seconds}s" >&2
    start=$(date +%s)
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb bounds memory.
    if cargo fuzz run "$t" "corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"$logs/$t.log" 2>&1; then
        result="clean"
    else
        result="FAILED (see fuzz/artifacts/$t/)"
        status=1
        tail -n 40 "$logs/$t.log" >&2
    fi
    elapsed=$(( $(date +%s) - start ))
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -n 1)"
    corpus="$(find "corpus/$t" -type f | wc -l)"
    summary+=("$t: $result, ${elapsed}s, ${execs:-?} runs, corpus $corpus inputs")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$status"
