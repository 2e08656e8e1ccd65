#!/usr/bin/env python3
"""Throughput of applying a trained network to many ROOT files on one Dask
cluster: tmva_burn (examples/dask_apply.py) beside uproot + PyTorch doing the
same per file, back to back on the same LocalCluster shape.

    .venv-torch/bin/pip install dask distributed <the tmva_burn wheel>
    .venv-torch/bin/python benches/dask_throughput.py [--files 20] [--events 50000] [--workers 2]

Workload: the network of a job trained here (PyTorch method, 4-64-64-2 ReLU
Softmax, no variable transformation, so that `model(x)[:, 0]` on the raw
variables is exactly the method's output), applied to `--files` files of
`--events` entries each (TMVA's example signal events, repeated), written
with uproot. Per file, tmva_burn reads the four branches, evaluates and
writes a CSV of scores; the baseline reads them with uproot, evaluates with
the TorchScript model (torch.jit.load, no_grad, 1 thread per worker) and
writes `np.save` (faster than any CSV writer in Python); a third line
gives tmva_burn's scores saved the same way. Each side runs
twice; the second (warm) run counts. Both sides' scores are compared.
"""

import argparse
import os
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "examples"))

JOB = """
[factory]
job = "Bench"
output = "Bench.root"
options = "Silent:!DrawProgressBar:AnalysisType=Classification"
[data]
name = "dataset"
variables = ["var1", "var2", "var3", "var4"]
options = "nTrain_Signal=2000:nTrain_Background=2000:SplitMode=Random:!V"
[[data.trees]]
file = "{data}"
tree = "TreeS"
class = "Signal"
[[data.trees]]
file = "{data}"
tree = "TreeB"
class = "Background"
[[methods]]
kind = "PyTorch"
title = "PyTorch"
options = "!H:!V:NumEpochs=3:BatchSize=64:Optimizer=Adam:LearningRate=0.01:Seed=3:FilenameTrainedModel=dataset/weights/bench.pt"
network = {{ n_inputs = 4, layers = [
    {{ type = "Linear", out_features = 64 }}, {{ type = "ReLU" }},
    {{ type = "Linear", out_features = 64 }}, {{ type = "ReLU" }},
    {{ type = "Linear", out_features = 2 }}, {{ type = "Softmax", dim = 1 }},
] }}
"""


def torch_one(model_path, path, tree, out_dir):
    """The baseline task: uproot + TorchScript, scores saved with np.save."""
    import torch
    import uproot

    torch.set_num_threads(1)
    start = time.perf_counter()
    model = torch.jit.load(model_path).eval()
    with uproot.open(path) as f:
        arrays = f[tree].arrays(["var1", "var2", "var3", "var4"], library="np")
    x = torch.from_numpy(np.column_stack([arrays[v] for v in ("var1", "var2", "var3", "var4")]))
    with torch.no_grad():
        scores = model(x)[:, 0].numpy()
    stem = os.path.basename(path)[: -len(".root")]
    tmp = os.path.join(out_dir, f".{stem}.npy.tmp")
    with open(tmp, "wb") as f:
        np.save(f, scores)
    os.replace(tmp, os.path.join(out_dir, f"{stem}.npy"))
    return path, len(scores), time.perf_counter() - start


def burn_npy(weights, path, tree, out_dir):
    """tmva_burn's scores as an array, saved like the baseline's."""
    import tmva_burn

    scores = tmva_burn.apply_file(weights, path, tree=tree)
    stem = os.path.basename(path)[: -len(".root")]
    tmp = os.path.join(out_dir, f".{stem}.npy.tmp")
    with open(tmp, "wb") as f:
        np.save(f, scores)
    os.replace(tmp, os.path.join(out_dir, f"{stem}.npy"))
    return path, len(scores)


def timed(client, task, first, files, tree, out):
    from dask.distributed import as_completed

    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    futures = [client.submit(task, first, f, tree, out, pure=False) for f in files]
    for future in as_completed(futures):
        future.result()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--events", type=int, default=50000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import platform

    import torch
    import uproot
    from dask.distributed import Client, LocalCluster

    import dask_apply
    import tmva_burn

    data = os.path.join(REPO, "examples", "data", "tmva_class_example.root")
    work = tempfile.mkdtemp(prefix="dask_throughput_")
    with open(os.path.join(work, "job.toml"), "w") as f:
        f.write(JOB.format(data=data))
    tmva_burn.train(os.path.join(work, "job.toml"))
    weights = os.path.join(work, "dataset", "weights", "Bench_PyTorch.weights.xml")
    model = os.path.join(work, "dataset", "weights", "bench.pt")

    with uproot.open(data) as f:
        events = f["TreeS"].arrays(["var1", "var2", "var3", "var4"], library="np")
    reps = -(-args.events // len(events["var1"]))
    block = {k: np.tile(v, reps)[: args.events] for k, v in events.items()}
    files = []
    for i in range(args.files):
        path = os.path.join(work, f"in{i:03d}.root")
        with uproot.recreate(path) as out:
            out["T"] = block
        files.append(path)
    total = args.files * args.events

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")),
               platform.processor())
    print(f"{cpu}, {os.cpu_count()} cores; torch {torch.__version__}; "
          f"{args.files} files x {args.events} events, LocalCluster {args.workers} workers x 1 thread")
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        rates = {}
        for run in range(2):
            out = os.path.join(work, f"burn{run}")
            s = dask_apply.run(files, weights, "T", out, client, retries=0)
            assert not s["failed"], s["failed"]
            rates["tmva_burn"] = total / s["wall_seconds"]

            seconds = timed(client, burn_npy, weights, files, "T", os.path.join(work, f"burnnpy{run}"))
            rates["tmva_burn, np.save"] = total / seconds
            seconds = timed(client, torch_one, model, files, "T", os.path.join(work, f"torch{run}"))
            rates["uproot + PyTorch"] = total / seconds
        ours = np.loadtxt(os.path.join(work, "burn1", "in000.scores.csv"), skiprows=1, dtype=np.float32)
        theirs = np.load(os.path.join(work, "torch1", "in000.npy"))
        diff = float(np.abs(ours - theirs).max())
    for name, rate in rates.items():
        print(f"{name:<20} {rate / 1e6:6.2f} M events/s")
    print(f"ratio tmva_burn / (uproot + PyTorch): {rates['tmva_burn'] / rates['uproot + PyTorch']:.2f}; "
          f"max |score difference| {diff:.2g}")


if __name__ == "__main__":
    main()
