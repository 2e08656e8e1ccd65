#!/usr/bin/env python3
"""Opens the output file of job.toml (ours.root) with ROOT 6.40 (PyROOT,
`pip install root`) as TMVAGui's macros do and writes what ROOT sees to
root_sees.json beside this script: the keys with their classes, the
file's compression setting, per tree its entries and per branch its type
and sum (RDataFrame), and per histogram its binning, entries, sum, area
and mean. tests/tmva_weights.rs reads the same file with
tmva-burn's reader and compares.

    cargo run --release --bin tmva-burn -- train tests/data/tmva_weights/ours/job.toml
    .venv-root/bin/python tests/data/tmva_weights/ours/check_with_root.py
"""
import json
import os

import ROOT

HERE = os.path.dirname(os.path.abspath(__file__))


def walk(directory, prefix, keys):
    for key in directory.GetListOfKeys():
        path = prefix + key.GetName()
        keys.append({"path": path, "class": key.GetClassName(), "cycle": key.GetCycle()})
        if key.GetClassName() in ("TDirectoryFile", "TDirectory"):
            walk(directory.Get(key.GetName()), path + "/", keys)


def main():
    path = os.path.join(HERE, "ours.root")
    f = ROOT.TFile.Open(path)
    if not f or f.IsZombie() or f.TestBit(ROOT.TFile.kRecovered):
        raise SystemExit(f"ROOT cannot open {path} cleanly")
    keys = []
    walk(f, "", keys)
    trees = {}
    for name in ("dataset/TrainTree", "dataset/TestTree"):
        tree = f.Get(name)
        frame = ROOT.RDataFrame(name, path)
        branches = {}
        for b in tree.GetListOfBranches():
            leaf = b.GetLeaf(b.GetName())
            entry = {"type": leaf.GetTypeName()}
            if leaf.GetTypeName() in ("Float_t", "Int_t"):
                entry["sum"] = float(frame.Sum(b.GetName()).GetValue())
            branches[b.GetName()] = entry
        trees[name] = {"entries": int(tree.GetEntries()), "branches": branches}
    # className is a C-string leaf (TLeafC) as TMVA writes it; RDataFrame
    # sees such leaves as RVec<char>, so read it through the leaf.
    test = f.Get("dataset/TestTree")
    first_classes = []
    for i in range(3):
        test.GetEntry(i)
        first_classes.append(str(test.GetLeaf("className").GetValueString()))
    histograms = {}
    for k in keys:
        if k["class"].startswith("TH1"):
            h = f.Get(k["path"])
            n = h.GetNbinsX()
            histograms[k["path"]] = {
                "class": h.ClassName(),
                "bins": n,
                "xmin": h.GetXaxis().GetXmin(),
                "xmax": h.GetXaxis().GetXmax(),
                "entries": h.GetEntries(),
                "sum": sum(h.GetBinContent(i) for i in range(1, n + 1)),
                "area": h.Integral("width"),
                "mean": h.GetMean(),
            }
    out = {
        "root_version": ROOT.gROOT.GetVersion(),
        "compression": f.GetCompressionSettings(),
        "keys": keys,
        "trees": trees,
        "histograms": histograms,
        "first_test_classes": first_classes,
    }
    with open(os.path.join(HERE, "root_sees.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
