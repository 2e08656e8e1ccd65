#!/usr/bin/env bash
# W5 side by side on this machine: tmva-burn and uproot reading the same
# ROOT 6.40 files (1,000,000 entries x 20 float branches, ZLIB and ZSTD,
# written by benches/make_big_root_files.py), one right after the other.
# Prints the CPU, the medians and the ratio; the table goes to BENCHMARKS.md.
#
#   bash benches/w5_compare.sh
#
# Needs Python with ROOT 6.40 and uproot (`pip install root uproot`); it uses
# .venv-root (made by tests/data/root640/make_fixtures.py's instructions) or
# $PYTHON.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv-root/bin/python}
if [ ! -x "$PY" ]; then
  python3 -m venv .venv-root
  .venv-root/bin/pip install -q root uproot numpy zstandard lz4 xxhash
  PY=.venv-root/bin/python
fi
"$PY" benches/make_big_root_files.py target/bench-data --only w5_zlib --only w5_zstd >/dev/null
cargo bench --bench io -- root640 >/dev/null 2>&1
"$PY" benches/uproot_read.py --repeat 7 > target/bench-data/uproot_w5.jsonl
python3 - <<'PY'
import json, platform
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
import os
print(f"CPU: {cpu}, {os.cpu_count()} cores")
uproot = {}
for line in open("target/bench-data/uproot_w5.jsonl"):
    if line.startswith("{"):
        r = json.loads(line)
        uproot[r["file"]] = r
print("| file | tmva-burn (median) | uproot %s (median) | uproot / tmva-burn |" % next(iter(uproot.values()))["uproot"])
print("| --- | --- | --- | --- |")
for name in ["w5_zlib", "w5_zstd"]:
    est = json.load(open(f"target/criterion/w5/root640_{name}_1M_events_20_branches/new/estimates.json"))
    ours = est["median"]["point_estimate"] / 1e9
    theirs = uproot[f"{name}.root"]["median_s"]
    print(f"| `{name}.root` 1M x 20 floats | {ours*1e3:.1f} ms | {theirs*1e3:.1f} ms | {theirs/ours:.2f}x |")
PY
