#!/usr/bin/env python3
"""Checks that models exported by tmva-burn load and run in PyTorch.

Run from the repository root with torch 2.9.1:
    cargo test --release --test pt_export      # writes target/tmp/pt_export/
    python3 models/check_export.py | tee models/fixtures/export_check.txt

For every exported file listed in target/tmp/pt_export/rust_outputs.json:
TorchScript archives are loaded with torch.jit.load and state dicts with
torch.load(weights_only=True) into the matching torch.nn model (rebuilt from
the original fixture), run on the inputs Rust used, and compared with Rust's
outputs. The tolerance is 1e-6 (absolute), the issue's bound; the figure
printed is the largest difference found. For flat fixtures the exported
TorchScript model must have the fixture's child names (`model.linear_1`) and
the exported state dict must load with `load_state_dict(strict=True)` under
the fixture's own keys. Exits non-zero if any check fails.
"""
import json
import os
import sys

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPORTS = os.path.join(ROOT, "target", "tmp", "pt_export")
FIXTURES = os.path.join(ROOT, "models", "fixtures")
TOLERANCE = 1e-6


def main():
    with open(os.path.join(EXPORTS, "rust_outputs.json")) as f:
        listing = json.load(f)
    failures = 0
    print(f"torch {torch.__version__}; tolerance {TOLERANCE:g}")
    for name, entry in sorted(listing.items()):
        x = torch.tensor(entry["input"], dtype=torch.float32).reshape(-1, entry["n_inputs"])
        expected = torch.tensor(entry["output"], dtype=torch.float32).reshape(x.shape[0], -1)
        checks = []
        model = torch.jit.load(entry["torchscript"]).eval()
        with torch.no_grad():
            checks.append(("torch.jit.load", model(x)))
        fixture = os.path.join(FIXTURES, f"{name}.pt")
        flat = False
        if os.path.exists(fixture):
            reference = torch.jit.load(fixture).float().eval()
            flat = not any(len(list(c.children())) for c in reference.children())
            if flat:
                theirs = [n for n, _ in reference.named_children()]
                ours = [n for n, _ in model.named_children()]
                ok = theirs == ours
                failures += not ok
                print(f"{'ok  ' if ok else 'FAIL'} {name:<26} {'child names':<30} {ours}")
        if "state_dict" in entry:
            state = torch.load(entry["state_dict"], weights_only=True)
            if flat:
                reference.load_state_dict(state, strict=True)
            else:
                reference.load_state_dict(flatten_names(reference, state))
            with torch.no_grad():
                checks.append(("torch.load(weights_only=True)", reference(x)))
        for how, y in checks:
            diff = (y - expected).abs().max().item()
            ok = diff <= TOLERANCE
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name:<26} {how:<30} max|diff| = {diff:.3g}")
    print("all exported models match" if failures == 0 else f"{failures} checks failed")
    sys.exit(1 if failures else 0)


def flatten_names(module, state):
    """Our state dicts use the flat layer index (`3.weight`); map them onto the
    fixture's own (possibly nested) parameter names, in module order."""
    ours = list(state.items())
    theirs = list(module.state_dict().keys())
    if [k for k, _ in ours] == theirs:
        return state
    out = {}
    mine = iter(ours)
    for key in theirs:
        name, tensor = next(mine)
        if name.rsplit(".", 1)[1] != key.rsplit(".", 1)[1]:
            raise SystemExit(f"{key} does not match {name}")
        out[key] = tensor
    return out


if __name__ == "__main__":
    main()
