#!/usr/bin/env python3
"""Reference values for the Fisher discriminant and the classifier evaluation.

Run: python3 tests/data/make_eval_reference.py   (numpy, scipy, scikit-learn, uproot)
Output: tests/data/eval_reference.json (committed; the tests never need Python)

Data: every event of examples/data/tmva_class_example.root, TreeS (signal,
weight 1) and TreeB (background, weighted by its `weight` branch),
variables var1..var4, read as float32 and computed in float64.

- fisher / mahalanobis: coefficients and offset, NumPy transcription of
  TMVA's MethodFisher (GetMean, GetCov_WithinClass, GetCov_BetweenClass,
  GetFisherCoeff), inverse by numpy.linalg.inv.
- roc: on the Fisher scores, scikit-learn's roc_auc_score with sample
  weights, and signal efficiency at background efficiency 0.01/0.10/0.30 by
  numpy.interp on scikit-learn's roc_curve (drop_intermediate=False).
- ks: first 3000 vs last 3000 signal scores (unit weights):
  scipy.stats.ks_2samp's statistic, and scipy.special.kolmogorov at
  sqrt(n1 n2 / (n1 + n2)) * D.
- significance: |mean_S - mean_B| / sqrt(var_S + var_B), weighted, by numpy.
"""
import json
import os

import numpy as np
import scipy.special
import scipy.stats
import uproot
from sklearn.metrics import roc_auc_score, roc_curve

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "examples", "data", "tmva_class_example.root")
VARS = ["var1", "var2", "var3", "var4"]


def fisher(xs, ws, xb, wb, mahalanobis):
    sw_s, sw_b = ws.sum(), wb.sum()
    ms = (xs * ws[:, None]).sum(0) / sw_s
    mb = (xb * wb[:, None]).sum(0) / sw_b
    m = ((xs * ws[:, None]).sum(0) + (xb * wb[:, None]).sum(0)) / (sw_s + sw_b)
    ds, db = xs - ms, xb - mb
    within = (ds * ws[:, None]).T @ ds / sw_s + (db * wb[:, None]).T @ db / sw_b
    between = (sw_s * np.outer(ms - m, ms - m) + sw_b * np.outer(mb - m, mb - m)) / (sw_s + sw_b)
    mat = within + between if mahalanobis else within
    coeff = np.sqrt(sw_s * sw_b) / (sw_s + sw_b) * np.linalg.inv(mat) @ (ms - mb)
    offset = -(coeff * (ms + mb)).sum() / 2
    return coeff, offset


def main():
    f = uproot.open(ROOT)
    xs = np.stack([f["TreeS"][v].array(library="np") for v in VARS], 1).astype(np.float64)
    xb = np.stack([f["TreeB"][v].array(library="np") for v in VARS], 1).astype(np.float64)
    ws = np.ones(len(xs))
    wb = f["TreeB"]["weight"].array(library="np").astype(np.float32).astype(np.float64)
    out = {}
    for name, maha in [("fisher", False), ("mahalanobis", True)]:
        c, c0 = fisher(xs, ws, xb, wb, maha)
        out[name] = {"coefficients": c.tolist(), "offset": float(c0)}

    c = np.array(out["fisher"]["coefficients"])
    c0 = out["fisher"]["offset"]
    # Scores as the Rust side computes them: f64 sums, then stored as f32.
    ss = (c0 + xs @ c).astype(np.float32).astype(np.float64)
    sb = (c0 + xb @ c).astype(np.float32).astype(np.float64)
    y = np.concatenate([np.ones(len(ss)), np.zeros(len(sb))])
    score = np.concatenate([ss, sb])
    weight = np.concatenate([ws, wb])
    fpr, tpr, _ = roc_curve(y, score, sample_weight=weight, drop_intermediate=False)
    out["roc"] = {
        "integral": float(roc_auc_score(y, score, sample_weight=weight)),
        "efficiency_at": [float(np.interp(b, fpr, tpr)) for b in (0.01, 0.10, 0.30)],
    }
    a, b = ss[:3000], ss[3000:]
    d = scipy.stats.ks_2samp(a, b).statistic
    en = np.sqrt(len(a) * len(b) / (len(a) + len(b)))
    out["ks"] = {"statistic": float(d), "probability": float(scipy.special.kolmogorov(en * d))}

    def mean_var(s, w):
        mu = (s * w).sum() / w.sum()
        return mu, (w * (s - mu) ** 2).sum() / w.sum()

    (m1, v1), (m2, v2) = mean_var(ss, ws), mean_var(sb, wb)
    out["significance"] = float(abs(m1 - m2) / np.sqrt(v1 + v2))
    with open(os.path.join(HERE, "eval_reference.json"), "w") as fh:
        json.dump(out, fh, indent=1)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
