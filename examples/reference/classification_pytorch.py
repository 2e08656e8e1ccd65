#!/usr/bin/env python3
"""PyTorch reference figures for examples/classification.rs.

The same settings as the TMVA PyTorch classification tutorial and our
example: tmva_class_example.root, var1..var4, 4000 random training events per
class (weights 1, events mixed randomly), the rest for testing; D then G
transformations fitted on the training events (NumPy transcription in
tests/data/make_transform_reference.py); a 4-64-2 ReLU/Softmax network,
SGD lr 0.01, MSELoss, batch 32, 20 epochs in file order, the last 20% of the
training events for validation, the best validation epoch kept
(SaveBestOnly); ROC integral of output 0 on the test events (scikit-learn).

Run from the repository root (torch 2.9.1, numpy, scipy, scikit-learn, uproot):
    python3 examples/reference/classification_pytorch.py --seeds 10
Prints the ROC integral per seed, their mean and standard deviation.
"""
import argparse
import importlib.util
import json
import os

import numpy as np
import torch
import uproot
from sklearn.metrics import roc_auc_score
from torch import nn

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location(
    "transforms", os.path.join(ROOT, "tests", "data", "make_transform_reference.py"))
transforms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(transforms)
VARS = ["var1", "var2", "var3", "var4"]


def one_run(seed, sx, bx):
    rng = np.random.default_rng(seed)
    ps, pb = rng.permutation(len(sx)), rng.permutation(len(bx))
    train = np.concatenate([sx[ps[:4000]], bx[pb[:4000]]])
    labels = np.concatenate([np.zeros(4000, int), np.ones(4000, int)])
    test = np.concatenate([sx[ps[4000:]], bx[pb[4000:]]])
    test_labels = np.concatenate([np.zeros(len(sx) - 4000, int), np.ones(len(bx) - 4000, int)])
    mix = rng.permutation(len(train))
    train, labels = train[mix], labels[mix]
    w = np.ones(len(train))
    for kind in ("D", "G"):
        f, _ = transforms.fit(kind, train, w, labels, None)
        train, test = f(train), f(test)

    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 2), nn.Softmax(dim=1))
    x = torch.tensor(train, dtype=torch.float32)
    y = torch.nn.functional.one_hot(torch.tensor(labels), 2).float()
    n_val = int(0.2 * len(x))
    xt, yt, xv, yv = x[:-n_val], y[:-n_val], x[-n_val:], y[-n_val:]
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    loss_fn = nn.MSELoss()
    best, best_state = float("inf"), None
    for _ in range(20):
        model.train()
        for i in range(0, len(xt), 32):
            opt.zero_grad()
            loss = loss_fn(model(xt[i:i + 32]), yt[i:i + 32])
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            val = np.mean([loss_fn(model(xv[i:i + 32]), yv[i:i + 32]).item()
                           for i in range(0, len(xv), 32)])
        if val <= best:
            best, best_state = val, {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    with torch.no_grad():
        score = model(torch.tensor(test, dtype=torch.float32))[:, 0].numpy()
    return roc_auc_score(test_labels == 0, score)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=10)
    args = ap.parse_args()
    torch.set_num_threads(1)
    f = uproot.open(os.path.join(ROOT, "examples", "data", "tmva_class_example.root"))
    sx = np.stack([f["TreeS"][v].array(library="np") for v in VARS], 1).astype(np.float64)
    bx = np.stack([f["TreeB"][v].array(library="np") for v in VARS], 1).astype(np.float64)
    aucs = [one_run(seed, sx, bx) for seed in range(1, args.seeds + 1)]
    for seed, auc in enumerate(aucs, 1):
        print(f"seed {seed}: ROC integral {auc:.4f}")
    print(json.dumps({"torch": torch.__version__, "seeds": len(aucs),
                      "mean": float(np.mean(aucs)), "std": float(np.std(aucs))}))


if __name__ == "__main__":
    main()
