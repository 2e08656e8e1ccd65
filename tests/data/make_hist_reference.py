#!/usr/bin/env python3
"""Streams a TH1D with uproot's writer (uproot.writing.identify.to_TH1x,
Model.serialize: the object from its byte count on, as in a key) and writes
its bytes to hist_reference.json, for src/io/root/hist.rs's test of our
streaming of the same histogram.

    .venv-torch/bin/python tests/data/make_hist_reference.py
"""
import json
import os

import numpy as np
import uproot
from uproot.writing.identify import to_TAxis, to_TH1x

HERE = os.path.dirname(os.path.abspath(__file__))

# The histogram of the Rust test: 4 bins on [0, 2), filled with
# (-1, 1), (0, 2), (0.49, 1), (1.5, 0.5), (2, 3).
contents = np.array([1.0, 3.0, 0.0, 0.0, 0.5, 3.0])
sumw2 = np.array([1.0, 5.0, 0.0, 0.0, 0.25, 9.0])
fills = [(0.0, 2.0), (0.49, 1.0), (1.5, 0.5)]  # inside the range
tsumw = sum(w for _, w in fills)
tsumw2 = sum(w * w for _, w in fills)
tsumwx = sum(w * x for x, w in fills)
tsumwx2 = sum(w * x * x for x, w in fills)

xaxis = to_TAxis("xaxis", "output", 4, 0.0, 2.0)
yaxis = to_TAxis("yaxis", "", 1, 0.0, 1.0)
zaxis = to_TAxis("zaxis", "", 1, 0.0, 1.0)
hist = to_TH1x(
    "MVA_T_S", "MVA_T_S", contents, 5.0, tsumw, tsumw2, tsumwx, tsumwx2, sumw2, xaxis, yaxis, zaxis
)
raw = hist.serialize()
with open(os.path.join(HERE, "hist_reference.json"), "w") as f:
    json.dump({"uproot": uproot.__version__, "TH1D": raw.hex()}, f, indent=1)
    f.write("\n")
print(len(raw), "bytes")
