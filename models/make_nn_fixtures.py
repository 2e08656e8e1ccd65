#!/usr/bin/env python3
"""Writes the PyTorch reference values the nn parity tests compare against.

Run with torch 2.9.1 (CPU):  python3 models/make_nn_fixtures.py
Output: models/fixtures/nn_parity.json (committed; the Rust tests never need Python).

Contents
- data: none stored. Events are made from integers by a formula that float32
  arithmetic evaluates identically here and in Rust (tests/common/mod.rs):
  h_j = (31 i + 17 j + (i j mod 7)) mod 97,  x_j = h_j / 48.5 - 1,
  binary label = [h0 + h1 > h2 + h3] (one-hot, class 0 first),
  4-class label = argmax_j h_j (first maximum).
- trainings: initial state_dict, per-batch losses and final state_dict after
  one epoch (batches in order, no shuffle: TMVA's default loop) for
  (a) SGD lr 0.01 + MSE, 4-64-2 ReLU Softmax, 6400 events, batch 32;
  (b) SGD lr 0.01 momentum 0.9 nesterov weight_decay 1e-3, same net;
  (c) Adam lr 1e-3 + CrossEntropy (class indices), 4-32-4 ReLU (logits);
  (d) BatchNorm1d + Dropout(p=0), 4-16-BN-ReLU-Dropout-2 Softmax, SGD momentum 0.9,
      including the BatchNorm running statistics;
  and short runs of AdamW, RMSprop (momentum, centered) and Adagrad (lr_decay).
- losses: each loss and reduction on fixed inputs, with and without
  per-event weights (our extension: weighted sum / weighted mean).
- layers: each activation on a fixed input.

To add a layer's cases without recomputing the rest (the trainings differ in
the last bits from one CPU to another):  python3 models/make_nn_fixtures.py --layers
"""
import json
import os
import sys

import torch
from torch import nn

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)


def events(n):
    i = torch.arange(n, dtype=torch.int64)[:, None]
    j = torch.arange(4, dtype=torch.int64)[None, :]
    h = (31 * i + 17 * j + (i * j) % 7) % 97
    x = h.to(torch.float32) / torch.tensor(48.5, dtype=torch.float32) - torch.tensor(1.0, dtype=torch.float32)
    binary = (h[:, 0] + h[:, 1] > h[:, 2] + h[:, 3]).to(torch.int64)
    onehot = torch.zeros(n, 2)
    onehot[torch.arange(n), 1 - binary] = 1.0  # class 0 (signal) when the condition holds
    four = torch.argmax(h, dim=1)
    return x, onehot, four


def state(model):
    out = []
    for name, t in model.state_dict().items():
        if t.dtype != torch.float32:
            continue  # num_batches_tracked
        out.append({"name": name, "shape": list(t.shape), "values": t.flatten().tolist()})
    return out


def mlp(sizes, final):
    layers = []
    for k in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[k], sizes[k + 1]))
        if k < len(sizes) - 2:
            layers.append(nn.ReLU())
    if final is not None:
        layers.append(final)
    return nn.Sequential(*layers)


def run(name, model, optimizer, loss_fn, x, y, batch, steps=None):
    initial = state(model)
    losses = []
    model.train()
    n = len(x)
    for k, start in enumerate(range(0, n, batch)):
        if steps is not None and k >= steps:
            break
        xb, yb = x[start:start + batch], y[start:start + batch]
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return {"name": name, "batch_size": batch, "n_events": min(n, batch * len(losses)),
            "initial": initial, "batch_losses": losses, "final": state(model)}


def trainings():
    x, onehot, four = events(6400)
    out = []
    torch.manual_seed(1)
    m = mlp([4, 64, 2], nn.Softmax(dim=1))
    out.append(run("sgd_mse", m, torch.optim.SGD(m.parameters(), lr=0.01), nn.MSELoss(), x, onehot, 32))
    torch.manual_seed(2)
    m = mlp([4, 64, 2], nn.Softmax(dim=1))
    opt = torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9, nesterov=True, weight_decay=1e-3)
    out.append(run("sgd_nesterov_wd", m, opt, nn.MSELoss(), x, onehot, 32))
    torch.manual_seed(3)
    m = mlp([4, 32, 4], None)
    out.append(run("adam_ce", m, torch.optim.Adam(m.parameters(), lr=1e-3), nn.CrossEntropyLoss(), x, four, 32))
    torch.manual_seed(4)
    m = nn.Sequential(nn.Linear(4, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(p=0.0), nn.Linear(16, 2),
                      nn.Softmax(dim=1))
    opt = torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9)
    out.append(run("batchnorm_dropout", m, opt, nn.MSELoss(), x, onehot, 32))
    for k, (name, make) in enumerate([
        ("adamw", lambda p: torch.optim.AdamW(p, lr=1e-3)),
        ("rmsprop_momentum_centered", lambda p: torch.optim.RMSprop(p, lr=1e-3, momentum=0.5, centered=True)),
        ("adagrad_lr_decay", lambda p: torch.optim.Adagrad(p, lr=1e-2, lr_decay=1e-3, weight_decay=1e-4)),
    ]):
        torch.manual_seed(10 + k)
        m = mlp([4, 16, 2], nn.Softmax(dim=1))
        out.append(run(name, m, make(m.parameters()), nn.MSELoss(), x, onehot, 32, steps=20))
    return out


def losses():
    g = torch.Generator().manual_seed(5)
    out_ = torch.randn(6, 3, generator=g)
    target = torch.randn(6, 3, generator=g)
    prob = torch.sigmoid(torch.randn(6, 3, generator=g))
    labels01 = (torch.rand(6, 3, generator=g) > 0.5).to(torch.float32)
    classes = torch.tensor([0, 2, 1, 2, 0, 1])
    soft = torch.softmax(torch.randn(6, 3, generator=g), dim=1)
    weights = torch.tensor([1.0, 0.5, 2.0, 1.5, 0.25, 3.0])
    class_weights = torch.tensor([0.2, 1.0, 3.0])
    cases = []

    def add(kind, params, inp, tgt, fn, target_kind="dense"):
        for red in ["mean", "sum", "none"]:
            val = fn(red)(inp, tgt)
            cases.append({"kind": kind, "params": params, "reduction": red, "input": inp.flatten().tolist(),
                          "input_shape": list(inp.shape), "target": tgt.flatten().tolist(),
                          "target_kind": target_kind, "expected": val.flatten().tolist()})
        # per-event weights: weighted sum and weighted mean over events
        per = fn("none")(inp, tgt)
        per = per if per.dim() == 2 else per[:, None]
        k = per.shape[1]
        wsum = (per * weights[:, None]).sum()
        if kind == "CrossEntropyLoss" and params.get("class_weights") and target_kind == "classes":
            wmean = wsum / (class_weights[tgt] * weights).sum()
        else:
            wmean = wsum / (k * weights.sum())
        for red, val in [("sum", wsum), ("mean", wmean)]:
            cases.append({"kind": kind, "params": params, "reduction": red, "input": inp.flatten().tolist(),
                          "input_shape": list(inp.shape), "target": tgt.flatten().tolist(),
                          "target_kind": target_kind, "weights": weights.tolist(),
                          "expected": [val.item()]})

    add("MSELoss", {}, out_, target, lambda r: nn.MSELoss(reduction=r))
    add("L1Loss", {}, out_, target, lambda r: nn.L1Loss(reduction=r))
    add("SmoothL1Loss", {"beta": 0.5}, out_, target, lambda r: nn.SmoothL1Loss(reduction=r, beta=0.5))
    add("HuberLoss", {"delta": 0.7}, out_, target, lambda r: nn.HuberLoss(reduction=r, delta=0.7))
    add("BCELoss", {}, prob, labels01, lambda r: nn.BCELoss(reduction=r))
    add("BCEWithLogitsLoss", {}, out_, labels01, lambda r: nn.BCEWithLogitsLoss(reduction=r))
    add("CrossEntropyLoss", {}, out_, classes, lambda r: nn.CrossEntropyLoss(reduction=r), "classes")
    add("CrossEntropyLoss", {}, out_, soft, lambda r: nn.CrossEntropyLoss(reduction=r))
    add("CrossEntropyLoss", {"class_weights": class_weights.tolist()}, out_, classes,
        lambda r: nn.CrossEntropyLoss(weight=class_weights, reduction=r), "classes")
    add("CrossEntropyLoss", {"class_weights": class_weights.tolist()}, out_, soft,
        lambda r: nn.CrossEntropyLoss(weight=class_weights, reduction=r))
    return cases


def layers():
    g = torch.Generator().manual_seed(6)
    x = torch.randn(5, 4, generator=g) * 2
    specs = [
        ({"type": "ReLU"}, nn.ReLU()),
        ({"type": "LeakyReLU", "negative_slope": 0.01}, nn.LeakyReLU()),
        ({"type": "LeakyReLU", "negative_slope": 0.2}, nn.LeakyReLU(0.2)),
        ({"type": "ELU", "alpha": 1.0}, nn.ELU()),
        ({"type": "ELU", "alpha": 0.5}, nn.ELU(alpha=0.5)),
        ({"type": "GELU", "approximate": "none"}, nn.GELU()),
        ({"type": "GELU", "approximate": "tanh"}, nn.GELU(approximate="tanh")),
        ({"type": "SELU"}, nn.SELU()),
        ({"type": "Tanh"}, nn.Tanh()),
        ({"type": "Sigmoid"}, nn.Sigmoid()),
        ({"type": "Softmax", "dim": 1}, nn.Softmax(dim=1)),
        ({"type": "Softmax", "dim": 0}, nn.Softmax(dim=0)),
        ({"type": "LogSoftmax", "dim": -1}, nn.LogSoftmax(dim=-1)),
        ({"type": "Identity"}, nn.Identity()),
        ({"type": "Flatten", "start_dim": 1, "end_dim": -1}, nn.Flatten()),
        ({"type": "Dropout", "p": 0.5}, nn.Dropout(0.5).eval()),
        ({"type": "Softplus", "beta": 1.0, "threshold": 20.0}, nn.Softplus()),
        # beta x > threshold for part of the input: the linear branch.
        ({"type": "Softplus", "beta": 2.0, "threshold": 1.0}, nn.Softplus(beta=2.0, threshold=1.0)),
        ({"type": "Softplus", "beta": 0.5, "threshold": 3.0}, nn.Softplus(beta=0.5, threshold=3.0)),
    ]
    return {"input": x.flatten().tolist(), "shape": list(x.shape),
            "cases": [{"spec": s, "expected": m(x).flatten().tolist()} for s, m in specs]}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "fixtures", "nn_parity.json")
    if sys.argv[1:] == ["--layers"]:
        with open(path) as f:
            out = json.load(f)
        out["layers"] = layers()
    else:
        out = {"torch": torch.__version__, "trainings": trainings(), "losses": losses(),
               "layers": layers()}
    with open(path, "w") as f:
        json.dump(out, f)
    print(f"wrote {path} with torch {torch.__version__}")


if __name__ == "__main__":
    main()
