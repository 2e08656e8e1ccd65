#!/usr/bin/env bash
# The long fuzzing run: tests/fuzz.rs with 100,000 cases per input family
# (FUZZ_CASES to change, FUZZ_SEED for another seed), each family in its own
# process so that a crash or an abort in one is counted and the others run.
# Prints RELIABILITY.md's table (one row per family).
#   bash benches/fuzz_long.sh            # 100,000 cases per family
#   FUZZ_CASES=20000 bash benches/fuzz_long.sh
set -u
cd "$(dirname "$0")/.."
export FUZZ_CASES="${FUZZ_CASES:-100000}" FUZZ_SEED="${FUZZ_SEED:-2026}"
# A family that runs this long is counted as a hang.
limit_s="${FUZZ_LIMIT_S:-3600}"
# The test binary itself, so that edits made meanwhile trigger no rebuild.
binary=$(cargo test --release --test fuzz --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
[ -x "$binary" ] || {
    echo "build failed" >&2
    exit 1
}
echo "| family | cases | accepted | panics | crashes | hangs | aborts | slowest case | time |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
status=0
for test in model_files root_files job_files option_strings expressions csv_files weight_files_xml; do
    log="target/tmp/fuzz_${test}.log"
    mkdir -p target/tmp
    start=$(date +%s)
    timeout "$limit_s" "$binary" "$test" --exact --nocapture >"$log" 2>&1
    rc=$?
    seconds=$(($(date +%s) - start))
    line=$(grep -a '^FUZZ\|FUZZ ' "$log" | sed 's/.*FUZZ //' | tail -1)
    family=${line%%:*}
    cases=$(sed -n 's/.*: \([0-9]*\) cases.*/\1/p' <<<"$line")
    accepted=$(sed -n 's/.* \([0-9]*\) accepted.*/\1/p' <<<"$line")
    panics=$(sed -n 's/.* \([0-9]*\) panics.*/\1/p' <<<"$line")
    slowest=$(sed -n 's/.*slowest \([0-9.]* s\).*/\1/p' <<<"$line")
    crashes=0 hangs=0 aborts=0
    case $rc in
        0 | 101) ;;               # passed, or failed on panics (counted above)
        124) hangs=1 ;;           # timeout
        134) aborts=1 ;;          # SIGABRT: allocation failure, stack overflow
        *) crashes=1 ;;           # any other signal
    esac
    [ "$rc" = 0 ] || status=1
    echo "| ${family:-$test} | ${cases:-?} | ${accepted:-?} | ${panics:-?} | $crashes | $hangs | $aborts | ${slowest:-?} | ${seconds} s |"
done
exit $status
