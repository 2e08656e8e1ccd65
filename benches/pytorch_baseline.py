#!/usr/bin/env python3
"""PyTorch baseline for tmva-burn's benchmarks (CPU, or CUDA with --device cuda).

The shared reference script with one addition: --device, so that W4 can be
timed on the same GPU as `examples/gpu_training.rs`.

Runs the same workloads as the Rust benchmarks so both can be timed in one
session, on one machine. Prints one JSON object per workload with the median
of --repeat runs, e.g.:

    python3 pytorch_baseline.py --workload w1 --repeat 3
    {"workload": "w1", "median_s": 1.23, "runs_s": [...], "torch": "2.9.1", "threads": 2}

Workloads:
  w1  TMVA tutorial training: Sequential 4-64-2 ReLU Softmax, SGD lr 0.01,
      MSELoss, 6,400 events, batch 32, 20 epochs, no shuffle (TMVA's default
      train loop), validation loss after each epoch on 1,600 more events.
  w2  single-event inference latency of the w1 model (mean seconds per call
      over --calls calls of model(x) with x of shape (1, 4), no_grad).
  w3  batched inference: 100,000 events through the w1 model, one call.
  w4  bigger net: 4-256-256-2 ReLU Softmax, SGD + MSE, 200,000 events,
      batch 256, 2 epochs.
"""
import argparse
import json
import statistics
import time

import numpy as np
import torch
from torch import nn


def make_data(n_events, n_inputs=4, seed=1):
    rng = np.random.default_rng(seed)
    half = n_events // 2
    sig = rng.normal(0.5, 1.0, size=(half, n_inputs))
    bkg = rng.normal(-0.5, 1.0, size=(n_events - half, n_inputs))
    x = np.concatenate([sig, bkg]).astype(np.float32)
    y = np.zeros((n_events, 2), dtype=np.float32)
    y[:half, 0] = 1.0
    y[half:, 1] = 1.0
    order = rng.permutation(n_events)
    return torch.from_numpy(x[order]), torch.from_numpy(y[order])


def mlp(sizes):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        layers.append(nn.ReLU() if i < len(sizes) - 2 else nn.Softmax(dim=1))
    return nn.Sequential(*layers)


def train(model, x, y, x_val, y_val, batch, epochs, lr=0.01):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    for _ in range(epochs):
        model.train()
        for i in range(0, len(x), batch):
            xb, yb = x[i:i + batch], y[i:i + batch]
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            loss_fn(model(x_val), y_val).item()


DEVICE = torch.device("cpu")


def sync():
    if DEVICE.type == "cuda":
        torch.cuda.synchronize()


def run(workload, calls):
    if workload == "w1":
        x, y = make_data(8000)
        model = mlp([4, 64, 2])
        t = time.perf_counter()
        train(model, x[:6400], y[:6400], x[6400:], y[6400:], 32, 20)
        return time.perf_counter() - t
    if workload == "w2":
        model = mlp([4, 64, 2]).eval()
        x = torch.randn(1, 4)
        with torch.no_grad():
            for _ in range(100):
                model(x)
            t = time.perf_counter()
            for _ in range(calls):
                model(x)
        return (time.perf_counter() - t) / calls
    if workload == "w3":
        model = mlp([4, 64, 2]).eval()
        x, _ = make_data(100_000)
        with torch.no_grad():
            model(x[:1000])
            t = time.perf_counter()
            model(x)
        return time.perf_counter() - t
    if workload == "w4":
        x, y = make_data(220_000)
        x, y = x.to(DEVICE), y.to(DEVICE)
        model = mlp([4, 256, 256, 2]).to(DEVICE)
        sync()
        t = time.perf_counter()
        train(model, x[:200_000], y[:200_000], x[200_000:], y[200_000:], 256, 2)
        sync()
        return time.perf_counter() - t
    if workload == "w4big":
        # Issue-16 GPU workload: 4-512-512-512-2, 1M events, batch 1024, 2 epochs.
        x, y = make_data(1_100_000)
        x, y = x.to(DEVICE), y.to(DEVICE)
        model = mlp([4, 512, 512, 512, 2]).to(DEVICE)
        sync()
        t = time.perf_counter()
        train(model, x[:1_000_000], y[:1_000_000], x[1_000_000:], y[1_000_000:], 1024, 2)
        sync()
        return time.perf_counter() - t
    raise SystemExit(f"unknown workload {workload!r}: choose w1, w2, w3, w4 or w4big")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workload", default="w1", help="w1, w2, w3, w4 or all")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--calls", type=int, default=10_000, help="calls for w2")
    ap.add_argument("--device", default="cpu", help="cpu or cuda[:N] (w4 and w4big; the others stay on the CPU)")
    args = ap.parse_args()
    global DEVICE
    DEVICE = torch.device(args.device)
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    workloads = ["w1", "w2", "w3", "w4"] if args.workload == "all" else [args.workload]
    for w in workloads:
        runs = [run(w, args.calls) for _ in range(args.repeat)]
        print(json.dumps({"workload": w, "median_s": statistics.median(runs), "runs_s": runs,
                          "torch": torch.__version__, "threads": args.threads,
                          "device": str(DEVICE) if w.startswith("w4") else "cpu"}), flush=True)


if __name__ == "__main__":
    main()
