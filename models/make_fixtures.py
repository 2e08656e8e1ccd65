#!/usr/bin/env python3
"""Writes the model.pt fixtures the converter tests import, and what they must output.

Run with torch 2.9.1 (CPU):  python3 models/make_fixtures.py
Output (committed; the Rust tests never need Python):
  models/fixtures/<name>.pt        the model files, listed below
  models/fixtures/pt_expected.json for each file: format, input width, the
                                   fixed input events and PyTorch's outputs
                                   (model.eval(), float32)

Files
- tutorial_classification.pt  scripted 4-64-2 ReLU Softmax (TMVA PyTorch classification tutorial)
- tutorial_regression.pt      scripted 2-64-1 Tanh (regression tutorial)
- tutorial_multiclass.pt      scripted 4-32-4 ReLU Softmax (multiclass tutorial)
- all_layers.pt               scripted: every built-in layer type with non-default
                              settings (LeakyReLU slope, ELU alpha, Linear without bias,
                              BatchNorm1d eps/momentum with trained running statistics,
                              GELU exact and tanh, Dropout p, SELU, Sigmoid, Identity,
                              Flatten, Softmax(dim=-1), LogSoftmax)
- nested.pt                   scripted Sequential of Sequentials, one with named children
- traced.pt                   torch.jit.trace of a 4-16-3 LeakyReLU(0.2) Softmax net
- custom_scale.pt             scripted net with a user module `Scale` (class __torch__.Scale,
                              one parameter `scale`, forward input * scale)
- float64.pt                  the classification net in float64 (converted to f32 on import)
- float16.pt, bfloat16.pt     the same in half precision
- named.pt                    scripted 4-64-2 built with add_module('linear_1', ...), 'relu',
                              'linear_2', 'softmax' (the seed's own model): child names kept
- softplus.pt                 scripted 4-8-2 with Softplus(beta=2, threshold=1) and Softplus()
- softplus_traced.pt          the same, traced (settings only in the forward's call)
- state_dict.pt               torch.save(model.state_dict()) of tutorial_classification
- full_model.pt               torch.save(model) of tutorial_classification

Outputs of the reduced-precision files are computed from their weights cast to
float32, which is what the importer does.
"""
import collections
import json
import os

import torch
from torch import nn

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")


class Scale(nn.Module):
    """Multiplies each feature by a learnable factor."""

    def __init__(self, n):
        super().__init__()
        self.scale = nn.Parameter(torch.linspace(0.5, 1.5, n))

    def forward(self, x):
        return x * self.scale


def events(n, width, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, width, generator=g)


def tutorial_classification():
    return nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 2), nn.Softmax(dim=1))


def models():
    torch.manual_seed(7)
    yield "tutorial_classification", torch.jit.script(tutorial_classification()), 4
    yield "tutorial_regression", torch.jit.script(
        nn.Sequential(nn.Linear(2, 64), nn.Tanh(), nn.Linear(64, 1))), 2
    yield "tutorial_multiclass", torch.jit.script(
        nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 4), nn.Softmax(dim=1))), 4

    all_layers = nn.Sequential(
        nn.Linear(4, 8), nn.LeakyReLU(0.2),
        nn.Linear(8, 8, bias=False), nn.ELU(alpha=0.7),
        nn.BatchNorm1d(8, eps=1e-3, momentum=0.2), nn.SELU(),
        nn.Linear(8, 8), nn.GELU(),
        nn.Linear(8, 8), nn.GELU(approximate="tanh"),
        nn.Dropout(p=0.3), nn.Sigmoid(), nn.Identity(), nn.Flatten(),
        nn.Linear(8, 6), nn.Tanh(), nn.Softmax(dim=-1),
        nn.Linear(6, 3), nn.LogSoftmax(dim=1))
    with torch.no_grad():  # non-trivial BatchNorm statistics and affine parameters
        all_layers.train()
        for seed in range(5):
            all_layers(events(64, 4, 100 + seed) * 2 + 1)
        all_layers[4].weight.uniform_(0.5, 1.5)
        all_layers[4].bias.uniform_(-0.5, 0.5)
    all_layers.eval()
    yield "all_layers", torch.jit.script(all_layers), 4

    nested = nn.Sequential(
        nn.Sequential(nn.Linear(4, 16), nn.ReLU()),
        nn.Sequential(collections.OrderedDict([
            ("hidden", nn.Linear(16, 8)), ("act", nn.Sigmoid()), ("out", nn.Linear(8, 2))])),
        nn.Softmax(dim=1))
    yield "nested", torch.jit.script(nested), 4

    traced = nn.Sequential(nn.Linear(4, 16), nn.LeakyReLU(0.2), nn.Linear(16, 3), nn.Softmax(dim=1))
    yield "traced", torch.jit.trace(traced.eval(), events(8, 4, 3)), 4

    custom = nn.Sequential(nn.Linear(4, 8), Scale(8), nn.ReLU(), nn.Linear(8, 2))
    yield "custom_scale", torch.jit.script(custom), 4

    base = tutorial_classification()
    for name, dtype in [("float64", torch.float64), ("float16", torch.float16),
                        ("bfloat16", torch.bfloat16)]:
        yield name, torch.jit.script(
            nn.Sequential(*[m for m in __import__("copy").deepcopy(base)]).to(dtype)), 4

    named = nn.Sequential()
    named.add_module("linear_1", nn.Linear(4, 64))
    named.add_module("relu", nn.ReLU())
    named.add_module("linear_2", nn.Linear(64, 2))
    named.add_module("softmax", nn.Softmax(dim=1))
    yield "named", torch.jit.script(named), 4

    softplus = nn.Sequential(nn.Linear(4, 8), nn.Softplus(beta=2.0, threshold=1.0),
                             nn.Linear(8, 2), nn.Softplus())
    yield "softplus", torch.jit.script(softplus), 4
    yield "softplus_traced", torch.jit.trace(softplus.eval(), events(8, 4, 5)), 4


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for i, (name, model, width) in enumerate(models()):
        model.eval()
        path = os.path.join(OUT, f"{name}.pt")
        torch.jit.save(model, path)
        x = events(5, width, 1000 + i)
        reference = torch.jit.load(path)  # what was written, read back
        if name in ("float64", "float16", "bfloat16"):
            reference = reference.float()
        with torch.no_grad():
            y = reference(x)
        expected[name] = {
            "format": "torchscript",
            "n_inputs": width,
            "input": x.tolist(),
            "output": y.tolist(),
        }

    torch.manual_seed(11)
    model = tutorial_classification().eval()
    x = events(5, 4, 2000)
    with torch.no_grad():
        y = model(x)
    torch.save(model.state_dict(), os.path.join(OUT, "state_dict.pt"))
    torch.save(model, os.path.join(OUT, "full_model.pt"))
    for name, fmt in [("state_dict", "state-dict"), ("full_model", "full-model")]:
        expected[name] = {"format": fmt, "n_inputs": 4, "input": x.tolist(), "output": y.tolist()}

    expected["_meta"] = {"torch": torch.__version__, "script": "models/make_fixtures.py"}
    with open(os.path.join(OUT, "pt_expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
    print(f"wrote {len(expected) - 1} fixtures to {OUT} with torch {torch.__version__}")


if __name__ == "__main__":
    main()
