#!/usr/bin/env python3
"""uproot's side of W5 (benches/io.rs): median seconds to read the same
branches into NumPy arrays, for BENCHMARKS.md. Run after `cargo bench --bench io`
(which writes the large file):

    python3 benches/uproot_read.py --repeat 5
"""
import argparse
import json
import os
import statistics
import time

import uproot

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(path, tree, branches, repeat):
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        with uproot.open(path) as f:
            arrays = f[tree].arrays(branches, library="np")
        runs.append(time.perf_counter() - t)
        n = len(arrays[branches[0]])
    return {"file": os.path.basename(path), "events": n, "median_s": statistics.median(runs),
            "events_per_s": n / statistics.median(runs), "uproot": uproot.__version__}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(json.dumps(timed(os.path.join(ROOT, "examples/data/tmva_class_example.root"), "TreeS",
                           ["var1", "var2", "var3", "var4"], args.repeat)))
    large = os.path.join(ROOT, "target/bench-data/large_1M_20.root")
    if os.path.exists(large):
        print(json.dumps(timed(large, "events", [f"x{b:02}" for b in range(20)], args.repeat)))
    else:
        print("no", large, "- run `cargo bench --bench io` first")
    for name in ["w5_zlib", "w5_zstd"]:
        path = os.path.join(ROOT, "target/bench-data", name + ".root")
        if os.path.exists(path):
            print(json.dumps(timed(path, "events", [f"x{b}" for b in range(20)], args.repeat)))
        else:
            print("no", path, "- run benches/make_big_root_files.py first")


if __name__ == "__main__":
    main()
