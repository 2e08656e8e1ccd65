#!/usr/bin/env python3
"""Applies a trained TMVA method to many ROOT files with Dask.

One task per input file: the worker applies the method (tmva_burn.apply_file,
no Python per event) and writes `<out>/<file stem>.scores.csv` atomically (a
temporary file renamed into place, so a killed or retried task never leaves a
half-written output). Dask retries a failed task (`--retries`); a file that
still fails is reported with its error, the others are kept. A summary goes to
standard output and to `<out>/summary.json`; the exit status is 1 if any file
failed.

    # on this machine, 2 worker processes
    python examples/dask_apply.py --weights dataset/weights/Job_PyTorch.weights.xml \\
        --tree TreeS --out scores/ 'runs/*.root'
    # on a running cluster (dask-scheduler, dask-jobqueue, coffea-casa, ...)
    python examples/dask_apply.py --scheduler tcp://scheduler:8786 ... 'runs/*.root'

Every worker needs `tmva_burn` installed and the weight file (and the model
file beside it) at the same path, as for any Dask task reading files.
"""

import argparse
import glob
import json
import os
import sys
import time


def apply_one(weights, path, tree, out_dir):
    """Applies the method to one file; (input, output, events, seconds)."""
    import tmva_burn

    start = time.perf_counter()
    stem = os.path.basename(path)
    stem = stem[: -len(".root")] if stem.endswith(".root") else stem
    output = os.path.join(out_dir, f"{stem}.scores.csv")
    events = tmva_burn.apply_file(weights, path, tree=tree, output=output)
    return path, output, events, time.perf_counter() - start


def expand(patterns):
    """Paths and glob patterns to a sorted list of files, each once."""
    files = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matches:
            raise SystemExit(f"dask_apply: `{pattern}` matches no file")
        files.extend(m for m in matches if m not in files)
    return files


def run(files, weights, tree, out_dir, client, retries=2):
    """Applies `weights` to every file on `client`; the summary as a dict."""
    from dask.distributed import as_completed

    os.makedirs(out_dir, exist_ok=True)
    weights = os.path.abspath(weights)
    out_dir = os.path.abspath(out_dir)
    start = time.perf_counter()
    futures = {
        client.submit(apply_one, weights, os.path.abspath(f), tree, out_dir,
                      key=f"apply-{i}-{os.path.basename(f)}", retries=retries, pure=False): f
        for i, f in enumerate(files)
    }
    done, failed = [], []
    for future in as_completed(futures):
        path = futures[future]
        try:
            _, output, events, seconds = future.result()
            done.append({"input": path, "output": output, "events": events, "seconds": seconds})
        except Exception as err:  # reported per file; the others go on
            failed.append({"input": path, "error": f"{type(err).__name__}: {err}"})
    wall = time.perf_counter() - start
    events = sum(d["events"] for d in done)
    summary = {
        "weights": weights,
        "tree": tree,
        "files": len(files),
        "succeeded": sorted(done, key=lambda d: d["input"]),
        "failed": sorted(failed, key=lambda d: d["input"]),
        "events": events,
        "wall_seconds": wall,
        "events_per_second": events / wall if wall > 0 else None,
    }
    tmp = os.path.join(out_dir, f".summary.json.{os.getpid()}.tmp")
    with open(tmp, "w") as f:
        json.dump(summary, f, indent=1)
    os.replace(tmp, os.path.join(out_dir, "summary.json"))
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="ROOT files or quoted glob patterns")
    parser.add_argument("--weights", required=True, help="the method's .weights.xml")
    parser.add_argument("--tree", required=True, help="the tree to read in every file")
    parser.add_argument("--out", required=True, help="folder for the score files")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2,
                        help="local worker processes when no scheduler is given (default 2)")
    parser.add_argument("--retries", type=int, default=2, help="retries per failed file")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    files = expand(args.inputs)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        summary = run(files, args.weights, args.tree, args.out, client, args.retries)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    rate = summary["events_per_second"]
    print(f"{len(summary['succeeded'])}/{summary['files']} files, {summary['events']} events "
          f"in {summary['wall_seconds']:.2f} s ({rate:,.0f} events/s)" if rate else "no events")
    for f in summary["failed"]:
        print(f"FAILED {f['input']}: {f['error']}", file=sys.stderr)
    return 1 if summary["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
