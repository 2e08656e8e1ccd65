#!/usr/bin/env python3
"""Ours and PyTorch back to back on this machine, one ratio table.

    .venv-torch/bin/python benches/compare.py            # or: bash benches/compare.sh

Each workload runs in its own process, so the table has its peak resident
memory (the whole process, from `wait4`: for ours the criterion harness,
for PyTorch the interpreter and torch). Ours: the criterion benches, run directly
(`--bench training`: W1, W2 `predict`, W3; `--bench workflow`: W2 through
the Reader with D,G and without transformations),
`examples/gpu_training --device cpu` (W4, median of --repeat runs). PyTorch:
`benches/pytorch_baseline.py` (W1-W4, --repeat runs, 2 threads). Ratios are
PyTorch's time over ours: above 1, ours is faster. Figures from one run are
what count; machines differ from day to day.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, env=None):
    """Runs `cmd`; (stdout, its peak RSS in MiB, from the kernel's rusage of that child)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        if child.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{stdout[-2000:]}\n{stderr[-2000:]}")
        return stdout, usage.ru_maxrss / 1024


def criterion(binary, group, name):
    """Runs one criterion benchmark of the bench `binary`; (median seconds,
    peak RSS MiB). The binary runs directly, not under cargo, so that the
    memory is its own."""
    _, mib = timed([binary, "--bench", f"^{group}/{name}$"])
    path = os.path.join(REPO, "target", "criterion", group, name, "new", "estimates.json")
    with open(path) as f:
        return json.load(f)["median"]["point_estimate"] * 1e-9, mib


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--python", default=sys.executable, help="interpreter with torch 2.9.1")
    ap.add_argument("--bin-dir", help="prebuilt `training` and `workflow` bench binaries and "
                    "`gpu_training` here (a machine without cargo); built by cargo otherwise")
    args = ap.parse_args()

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                if l.startswith("model name")), "unknown CPU")
    if args.bin_dir:
        bench = {b: os.path.join(args.bin_dir, b) for b in ("training", "workflow")}
        gpu_training = os.path.join(args.bin_dir, "gpu_training")
    else:
        built = subprocess.run(
            ["cargo", "bench", "--no-run", "--bench", "training", "--bench", "workflow"],
            cwd=REPO, check=True, capture_output=True, text=True)
        bench = dict(re.findall(r"benches/(\w+)\.rs \(([^)]+)\)", built.stderr))
        subprocess.run(["cargo", "build", "--release", "--example", "gpu_training"], cwd=REPO,
                       check=True, capture_output=True)
        gpu_training = os.path.join(REPO, "target", "release", "examples", "gpu_training")

    ours = {
        "w1": criterion(bench["training"], "w1", "tmva_tutorial_training_20_epochs"),
        "w2": criterion(bench["training"], "inference", "w2_single_event"),
        "w2_reader": criterion(bench["workflow"], "w2", "reader_single_event_PyTorch_DG"),
        "w2_plain": criterion(bench["workflow"], "w2", "reader_single_event_PyTorch_no_transform"),
        "w3": criterion(bench["training"], "inference", "w3_100k_events"),
    }
    runs, mib = [], 0.0
    for _ in range(args.repeat):
        out, m = timed([gpu_training, "--device", "cpu"])
        runs.append(float(re.search(r"in ([0-9.]+) s\)", out).group(1)))
        mib = max(mib, m)
    ours["w4"] = (statistics.median(runs), mib)

    theirs = {}
    baseline = os.path.join(REPO, "benches", "pytorch_baseline.py")
    for w in ("w1", "w2", "w3", "w4"):
        out, mib = timed([args.python, baseline, "--workload", w, "--repeat", str(args.repeat)])
        row = json.loads(out.strip().splitlines()[-1])
        theirs[w] = (row["median_s"], mib)
        torch_version = row.get("torch", "?")

    def fmt(seconds):
        if seconds < 1e-3:
            return f"{seconds * 1e6:.3g} us"
        if seconds < 1:
            return f"{seconds * 1e3:.3g} ms"
        return f"{seconds:.3g} s"

    rows = [
        ("W1 tutorial training (4-64-2, 20 epochs)", "w1", "w1"),
        ("W2 one event, `predict`", "w2", "w2"),
        ("W2 one event, Reader with D,G", "w2_reader", "w2"),
        ("W2 one event, Reader, no transformation", "w2_plain", "w2"),
        ("W3 100,000 events, one call", "w3", "w3"),
        ("W4 4-256-256-2, 200k events, batch 256, 2 epochs", "w4", "w4"),
    ]
    print(f"{cpu}, {len(os.sched_getaffinity(0))} of {os.cpu_count()} cores; PyTorch {torch_version} (2 threads), "
          f"ours: flex (default features); medians of {args.repeat} runs or criterion's samples")
    print()
    print("| workload | ours | PyTorch | PyTorch / ours | peak RSS ours | peak RSS PyTorch |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, key, their_key in rows:
        (t_ours, m_ours), (t_theirs, m_theirs) = ours[key], theirs[their_key]
        print(f"| {label} | {fmt(t_ours)} | {fmt(t_theirs)} | {t_theirs / t_ours:.2f}x | "
              f"{m_ours:.0f} MiB | {m_theirs:.0f} MiB |")


if __name__ == "__main__":
    main()
