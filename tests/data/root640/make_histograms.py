#!/usr/bin/env python3
"""Writes histograms.root with ROOT 6.40 (PyPI `root`): a TH1F with
under- and overflow and axis titles, a TH1D with Sumw2, both in a
subdirectory, compressed as ROOT's default; and histograms.json with what
ROOT reads back (contents, errors, statistics), for tests/root_files.rs.

    .venv-root/bin/python tests/data/root640/make_histograms.py
"""
import json
import os

import ROOT

HERE = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(HERE, "histograms.root")

f = ROOT.TFile(path, "RECREATE")
d = f.mkdir("plots")
d.cd()
hf = ROOT.TH1F("hf", "float hist;x axis;y axis", 5, -2.0, 3.0)
for x in (-1.5, 0.2, 0.3, 2.9, 7.0, -9.0):
    hf.Fill(x, 0.5)
hd = ROOT.TH1D("hd", "double hist", 3, 0.0, 1.0)
hd.Sumw2()
for x, w in ((0.5, 2.0), (0.1, 0.25), (0.5, 1.0)):
    hd.Fill(x, w)
hf.Write()
hd.Write()
f.Close()

f = ROOT.TFile.Open(path)
out = {}
for name in ("plots/hf", "plots/hd"):
    h = f.Get(name)
    n = h.GetNbinsX()
    stats = ROOT.std.vector("double")(4)
    h.GetStats(stats.data())
    out[name] = {
        "class": h.ClassName(),
        "title": h.GetTitle(),
        "x_title": h.GetXaxis().GetTitle(),
        "bins": n,
        "min": h.GetXaxis().GetXmin(),
        "max": h.GetXaxis().GetXmax(),
        "contents": [h.GetBinContent(i) for i in range(n + 2)],
        "sumw2": [h.GetSumw2()[i] for i in range(h.GetSumw2N())],
        "entries": h.GetEntries(),
        "stats": list(stats),
    }
with open(os.path.join(HERE, "histograms.json"), "w") as fh:
    json.dump(out, fh, indent=1)
    fh.write("\n")
print(json.dumps(out, indent=1))
