#!/usr/bin/env python3
"""NumPy re-implementation of TMVA's variable transformations, run on
examples/data/tmva_class_example.root, writing transform_reference.json for
tests/transforms.rs (the Rust tests never need Python).

Run from the repository root:  python3 tests/data/make_transform_reference.py

The events are those of the DataLoader with
  variables var1..var4, background weight expression `weight`,
  options nTrain_Signal=3000:nTrain_Background=3000:SplitMode=Block:NormMode=None
so training = the first 3000 entries of TreeS then of TreeB, testing = the
next 3000 of each, in that order (TMVA's Block split and mixing).

Algorithms (TMVA's, see src/transform/mod.rs for the two documented
differences, which this script shares):
  N  x' = 2 (x - min) / (max - min) - 1, min/max over training events
  D  x' = C^{-1/2} x, C the weighted (biased) covariance, no centring
  P  p = E^T (x - mean), unweighted covariance, axes by decreasing
     eigenvalue, each axis' largest component positive
  G  adaptive equal-weight binning, weighted histogram, cumulative over
     positive bins, evaluated as TMVA's PDF (a linear spline through the
     bin centres sampled on 10000 float32 fine bins, interpolated between
     them), clamped to [1e-9, 1 - 1e-9], then 1.414213562 erfinv(2c - 1)
     with |2c - 1| <= 0.99999999
  U  the same cumulative, output directly
  N  in float32 arithmetic, as VariableNormalizeTransform::Transform
Each step's outputs are rounded to float32 (TMVA's events hold Float_t);
each step of a chain is fitted on the training events after the previous steps.
"""
import json
import os

import numpy as np
import uproot
from scipy.special import erfinv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VARS = ["var1", "var2", "var3", "var4"]


def load():
    f = uproot.open(os.path.join(ROOT, "examples/data/tmva_class_example.root"))
    s = f["TreeS"].arrays(VARS, library="np")
    b = f["TreeB"].arrays(VARS + ["weight"], library="np")
    sx = np.stack([s[v] for v in VARS], axis=1).astype(np.float64)
    bx = np.stack([b[v] for v in VARS], axis=1).astype(np.float64)
    bw = b["weight"].astype(np.float64)
    train = np.concatenate([sx[:3000], bx[:3000]])
    test = np.concatenate([sx[3000:6000], bx[3000:6000]])
    wtrain = np.concatenate([np.ones(3000), bw[:3000].astype(np.float32).astype(np.float64)])
    ctrain = np.concatenate([np.zeros(3000, int), np.ones(3000, int)])
    return train, wtrain, ctrain, test


def cumulative(values, weights):
    order = np.lexsort((weights, values))
    v, w = values[order], weights[order]
    per_bin = max(w.sum() / 2000.0, w.min() * 10.0)
    eps = float(np.float32(1e-4))
    edges = [v[0] - eps, v[0]]
    s, last = 0.0, v[0]
    for x, wt in zip(v, w):
        s += wt
        if s >= per_bin and x > last:
            edges.append(x)
            s, last = 0.0, x
    if s != 0 and v[-1] > edges[-1]:
        edges.append(v[-1])
    edges = np.array(edges)
    inside = (v >= edges[0]) & (v < edges[-1])
    idx = np.searchsorted(edges, v[inside], side="right") - 1
    content = np.bincount(idx, weights=w[inside], minlength=len(edges) - 1)
    pos = np.where(content > 0, content, 0.0)
    fractions = np.minimum(np.cumsum(pos) / pos.sum(), 1.0)
    return tmva_pdf(edges, fractions)


FINE_BINS = 10000


def tmva_pdf(edges, fractions):
    """TMVA's PDF of a coarse cumulative histogram (PDF.cxx, kSpline1, no
    smoothing): TSpline1 through the bin centres (linear extrapolation),
    sampled on 10000 fine bins as float32, read back by linear
    interpolation between the fine bins' centres, floored at 1e-12."""
    frac = fractions.astype(np.float32).astype(np.float64)
    centres = edges[:-1] + 0.5 * (edges[1:] - edges[:-1])
    n = len(frac)

    def spline(x):
        i = np.clip(np.searchsorted(centres, x, side="right") - 1, 0, n - 1)
        j = np.where(((x > centres[i]) & (i != n - 1)) | (i == 0), i + 1, i - 1)
        return frac[i] + (x - centres[i]) * (frac[i] - frac[j]) / (centres[i] - centres[j])

    lo, hi = edges[0], edges[-1]
    width = (hi - lo) / FINE_BINS
    fine_centres = lo + np.arange(FINE_BINS) * width + 0.5 * width
    y = spline(fine_centres)
    coarse = np.clip(np.searchsorted(edges, fine_centres, side="right"), 1, n) - 1
    y = np.where(y <= 1e-12, frac[coarse], y)
    fine = np.maximum(y, 1e-12).astype(np.float32).astype(np.float64)

    def value(x):
        inside = np.clip(1 + np.floor(FINE_BINS * (np.clip(x, lo, hi) - lo) / (hi - lo)), 1, FINE_BINS)
        b = np.where(x < lo, 1, np.where(x >= hi, FINE_BINS, inside)).astype(int)
        cb = lo + (b - 1) * width + 0.5 * width
        nb = np.where(((x > cb) & (b != FINE_BINS)) | (b == 1), b + 1, b - 1)
        cn = lo + (nb - 1) * width + 0.5 * width
        return np.maximum(fine[b - 1] + (x - cb) * (fine[b - 1] - fine[nb - 1]) / (cb - cn), 1e-12)

    return value


def fit(kind, x, w, cls, ref):
    sel = np.ones(len(x), bool) if ref is None else (cls == ref)
    xs, ws = x[sel], w[sel]
    if kind == "N":
        lo, hi = xs.min(axis=0), xs.max(axis=0)
        lo32, hi32 = lo.astype(np.float32), hi.astype(np.float32)
        # VariableNormalizeTransform::Transform works in float32.
        scale = (1.0 / (hi32 - lo32).astype(np.float64)).astype(np.float32)
        return (lambda z: ((z.astype(np.float32) - lo32) * scale) * np.float32(2) - np.float32(1),
                {"min": lo.tolist(), "max": hi.tolist()})
    if kind == "D":
        tot = ws.sum()
        m = (ws[:, None] * xs).sum(0)
        c = (ws[:, None, None] * xs[:, :, None] * xs[:, None, :]).sum(0) / tot - np.outer(m, m) / tot**2
        val, vec = np.linalg.eigh(c)
        isq = vec @ np.diag(1 / np.sqrt(val)) @ vec.T
        return lambda z: z @ isq.T, {"matrix": isq.flatten().tolist()}
    if kind == "P":
        mean = xs.mean(0)
        c = (xs - mean).T @ (xs - mean) / len(xs)
        val, vec = np.linalg.eigh(c)
        vec = vec[:, np.argsort(-val)]
        for k in range(vec.shape[1]):
            if vec[np.argmax(np.abs(vec[:, k])), k] < 0:
                vec[:, k] *= -1
        return lambda z: (z - mean) @ vec, {"mean": mean.tolist(), "axes": vec.flatten().tolist()}
    if kind in ("G", "U"):
        cdfs = [cumulative(xs[:, k].astype(np.float32).astype(np.float64), ws) for k in range(xs.shape[1])]

        def apply(z):
            out = np.empty_like(z)
            for k, cdf in enumerate(cdfs):
                c = np.clip(cdf(z[:, k]), 1e-9, 1 - 1e-9)
                out[:, k] = c if kind == "U" else 1.414213562 * erfinv(np.clip(2 * c - 1, -0.99999999, 0.99999999))
            return out
        return apply, {}
    raise ValueError(kind)


def split_top(definition):
    parts, depth, cur = [], 0, ""
    for ch in definition:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return parts + [cur]


def run(definition, train, w, cls, test):
    tr, te = train.copy(), test.copy()
    for part in split_top(definition):
        name, _, sub = part.partition("(")
        cols = [VARS.index(v) for v in sub.rstrip(")").split(",")] if sub else list(range(4))
        kind, _, cl = name.partition("_")
        ref = {"": None, "Signal": 0, "Background": 1}[cl]
        f, params = fit(kind, tr[:, cols], w, cls, ref)
        # Every transformation stores its outputs as float32.
        tr[:, cols] = f(tr[:, cols]).astype(np.float32).astype(np.float64)
        te[:, cols] = f(te[:, cols]).astype(np.float32).astype(np.float64)
    return te, params


def main():
    train, w, cls, test = load()
    out = {"cases": []}
    rows = list(range(5)) + list(range(2998, 3003)) + list(range(5995, 6000))
    for definition in ["N", "D", "P", "G", "U", "D,G", "N(var1,var3)", "D_Signal", "G_Background", "P,N", "G,D"]:
        te, params = run(definition, train, w, cls, test)
        out["cases"].append({"definition": definition, "rows": rows,
                             "expected": te[rows].tolist(), "params": params})
    # Statistical check: Gaussianised training variables are close to N(0, 1).
    tr = train.copy()
    f, _ = fit("G", tr, w, cls, None)
    g = f(tr)
    out["gauss_train_mean"] = np.average(g, axis=0, weights=w).tolist()
    with open(os.path.join(HERE, "transform_reference.json"), "w") as fh:
        json.dump(out, fh)
    print("wrote transform_reference.json")


if __name__ == "__main__":
    main()
