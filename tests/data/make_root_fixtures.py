#!/usr/bin/env python3
"""Writes the small ROOT files and reference values the io::root tests use.

Run with uproot 5 (and zstandard) from the repository root:
    python3 tests/data/make_root_fixtures.py
All outputs are committed; the Rust tests never need Python.

- reg_example_rows.csv: first and last 5 rows of TreeR in
  examples/data/tmva_reg_example.root, as uproot reads them (file order).
- many_streamers.root: a tree plus histograms, so that the file's
  StreamerInfo list has more than 10 entries.
- zstd.root: a tree with ZSTD-compressed baskets.
- attmarker_v3.root: an uncompressed tree whose TAttMarker is stamped with
  class version 3, as files from recent ROOT versions have it.
- all_types.root: one branch of every scalar numeric type.
- reference.json: what the tests compare against (entries, sums, first values).
"""
import json
import os

import numpy as np
import uproot

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def write_reg_rows():
    tree = uproot.open(os.path.join(ROOT, "examples/data/tmva_reg_example.root"))["TreeR"]
    arrays = tree.arrays(["var1", "var2", "fvalue"], library="np")
    n = len(arrays["var1"])
    rows = list(range(5)) + list(range(n - 5, n))
    with open(os.path.join(HERE, "reg_example_rows.csv"), "w") as f:
        f.write("entry,var1,var2,fvalue\n")
        for i in rows:
            f.write(f"{i},{float(arrays['var1'][i])!r},{float(arrays['var2'][i])!r},{float(arrays['fvalue'][i])!r}\n")
    return n


def write_ttree(f, name, data):
    """A TTree (a plain dict assignment makes an RNTuple in uproot >= 5.7)."""
    tree = f.mktree(name, {k: v.dtype for k, v in data.items()})
    tree.extend(data)


def tree_data(n, seed):
    rng = np.random.default_rng(seed)
    return {"x": rng.normal(size=n).astype(np.float32), "y": rng.uniform(size=n).astype(np.float64)}


def main():
    ref = {"reg_entries": write_reg_rows()}

    data = tree_data(1000, 1)
    with uproot.recreate(os.path.join(HERE, "many_streamers.root")) as f:
        write_ttree(f, "events", data)
        f["h1"] = np.histogram(data["x"], bins=10)
        f["h2"] = np.histogram2d(data["x"], data["y"], bins=5)
    ref["many_streamers"] = {"entries": 1000, "x_sum": float(data["x"].astype(np.float64).sum()),
                             "y_first": float(data["y"][0])}

    data = tree_data(5000, 2)
    with uproot.recreate(os.path.join(HERE, "zstd.root"), compression=uproot.ZSTD(5)) as f:
        write_ttree(f, "events", data)
    ref["zstd"] = {"entries": 5000, "x_sum": float(data["x"].astype(np.float64).sum()),
                   "y_first": float(data["y"][0])}

    data = tree_data(100, 3)
    path = os.path.join(HERE, "attmarker_v3.root")
    with uproot.recreate(path, compression=None) as f:
        write_ttree(f, "events", data)
    raw = bytearray(open(path, "rb").read())
    # TTree streams TAttLine, TAttFill, TAttMarker after TNamed; TAttMarker's
    # header is a byte count (4 bytes, 0x40 flag) and version 2, followed by
    # colour (1), style (1) and size (1.0f) as uproot writes them.
    pattern = b"\x00\x02\x00\x01\x00\x01\x3f\x80\x00\x00"
    at = raw.find(pattern)
    assert at > 0 and raw.find(pattern, at + 1) < 0, "TAttMarker not found exactly once"
    raw[at + 1] = 3
    open(path, "wb").write(bytes(raw))
    ref["attmarker_v3"] = {"entries": 100, "x_sum": float(data["x"].astype(np.float64).sum())}

    n = 50
    types = {"b": np.bool_, "i8": np.int8, "u8": np.uint8, "i16": np.int16, "u16": np.uint16,
             "i32": np.int32, "u32": np.uint32, "i64": np.int64, "u64": np.uint64,
             "f32": np.float32, "f64": np.float64}
    data = {k: (np.arange(n) % 2 == 0) if t is np.bool_ else (np.arange(n) * 3 - (0 if k.startswith("u") else 40)).astype(t)
            for k, t in types.items()}
    with uproot.recreate(os.path.join(HERE, "all_types.root")) as f:
        write_ttree(f, "types", data)
    ref["all_types"] = {k: [float(v) for v in data[k][:5]] + [float(data[k][-1])] for k in types}

    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
    print("wrote", sorted(os.listdir(HERE)))


if __name__ == "__main__":
    main()
