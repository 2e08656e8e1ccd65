#!/usr/bin/env python3
"""Writes the large benchmark inputs with real ROOT (RDataFrame Snapshot,
single-threaded) into a directory, each file only if it is not there yet.
Not run by the tests or CI; the benches that read these files skip them when
they are missing.

Needs the virtual environment of tests/data/root640/make_fixtures.py (PyPI
`root` wheel = ROOT 6.40 with PyROOT, uproot, numpy):

    python3 -m venv .venv-root
    .venv-root/bin/pip install root uproot numpy
    .venv-root/bin/python benches/make_big_root_files.py [DIR] [--only NAME]... [--entries N] [--force]

DIR defaults to target/bench-data/ in the repository.  --only (repeatable;
with or without .root) makes just the named files; --entries N overrides
every file's entry count (to try the code paths quickly: do it in another
DIR, since an existing file is never rewritten without --force, and the
benches would then read the small file).  Each file's time and size are
printed.

Files (tree `events`; "setting" is ROOT's compression setting, 100 *
algorithm + level):
- w5_zlib.root: 1,000,000 entries, float branches x0..x19, setting 101
  (ZLIB level 1).  Read by benches/io.rs and benches/uproot_read.py (W5).
- w5_zstd.root: the same values, setting 505 (ZSTD level 5).
- apply_10m.root: 10,000,000 entries, float branches var0..var19, setting 101.
- over_2gib.root: 110,000,000 entries, float branches u0..u5, uncompressed
  (setting 0): 2.64e9 bytes of data, so the file is over 2.2 GiB and ROOT
  uses 64-bit seeks (checked: the last baskets start past 2^31).  Written
  next to it, over_2gib.json holds the entries, the file size, the largest
  basket seek, and for each branch the float64 sum and the first and last 5
  values, as uproot reads them back (one branch at a time).

Values are deterministic and independent of the order of evaluation: each
cell is a function of (file seed, entry number rdfentry_, column) through
the splitmix64 hash.  x*/var* are standard normal (Box-Muller on two hashed
uniforms, rounded to float).  u* are k * 2^-23 - 1 for a hashed 24-bit k,
so uniform in [-1, 1) and exact in float32; their float64 sum is then exact
in any order (every partial sum is a multiple of 2^-23 below 2^53 * 2^-23),
so a reader can compare sums with ==.
"""
import argparse
import json
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore", message=r"(?s).*alpha stage")

import numpy as np  # noqa: E402
import uproot  # noqa: E402
import ROOT  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GiB = 1024 ** 3

ROOT.gROOT.SetBatch(True)
ROOT.gInterpreter.Declare(r"""
#include <cmath>
#include <cstdint>
namespace tmva_burn_bench {
inline std::uint64_t mix(std::uint64_t z) {  // splitmix64
   z += 0x9e3779b97f4a7c15ULL;
   z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
   z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
   return z ^ (z >> 31);
}
inline std::uint64_t cell(std::uint64_t seed, std::uint64_t entry, unsigned col, unsigned draw) {
   return mix(mix(seed * 0x100000001b3ULL + col * 4 + draw) ^ entry);
}
// Standard normal, rounded to float.
inline float normal(std::uint64_t seed, std::uint64_t entry, unsigned col) {
   double u1 = ((cell(seed, entry, col, 0) >> 11) + 1) * 0x1p-53;  // (0, 1]
   double u2 = (cell(seed, entry, col, 1) >> 11) * 0x1p-53;        // [0, 1)
   return float(std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2));
}
// Uniform in [-1, 1), a multiple of 2^-23: exact in float32.
inline float uniform24(std::uint64_t seed, std::uint64_t entry, unsigned col) {
   long k = long(cell(seed, entry, col, 0) >> 40);  // 24 bits
   return float(k - (1L << 23)) * 0x1p-23f;
}
}
""")

ALG = ROOT.RCompressionSetting.EAlgorithm
# name: (entries, branch prefix, branches, generator, seed, algorithm, level)
FILES = {
    "w5_zlib": (1_000_000, "x", 20, "normal", 5, ALG.kZLIB, 1),
    "w5_zstd": (1_000_000, "x", 20, "normal", 5, ALG.kZSTD, 5),
    "apply_10m": (10_000_000, "var", 20, "normal", 10, ALG.kZLIB, 1),
    # kUseGlobal (0) with level 0 gives setting 0; kZLIB with level 0 gives 100 (also stored
    # uncompressed), and Snapshot takes kUndefined as its default, 101.
    "over_2gib": (110_000_000, "u", 6, "uniform24", 2, ALG.kUseGlobal, 0),
}


def snapshot(path, entries, prefix, nbranches, generator, seed, algorithm, level):
    names = [f"{prefix}{j}" for j in range(nbranches)]
    df = ROOT.RDataFrame(entries)
    for j, name in enumerate(names):
        df = df.Define(name, f"tmva_burn_bench::{generator}({seed}ULL, rdfentry_, {j})")
    opts = ROOT.RDF.RSnapshotOptions()
    opts.fCompressionAlgorithm = algorithm
    opts.fCompressionLevel = level
    tmp = path + ".part"
    df.Snapshot("events", tmp, names, opts)
    os.replace(tmp, path)
    return names


def check(path, entries, names, algorithm, level):
    """Entry count, file compression setting and basket compression, as ROOT and uproot see them."""
    f = ROOT.TFile.Open(path)
    setting = f.GetCompressionSettings()
    n = f.Get("events").GetEntries()
    f.Close()
    want = 100 * int(algorithm) + level if level else 0
    with uproot.open(path) as uf:
        tree = uf["events"]
        comp = tree[names[0]].compression
        seeks = [int(s) for b in names for s in tree[b].member("fBasketSeek")[:tree[b].num_baskets]]
        assert tree.num_entries == entries and n == entries, (path, tree.num_entries, n)
        assert tree.keys() == names, tree.keys()
    uproot_says = f"{type(comp).__name__}({comp.level})" if comp is not None else "none"
    if setting != want:
        sys.exit(f"{path}: compression setting {setting}, wanted {want}")
    return setting, uproot_says, max(seeks)


def over_2gib_summary(path, names, max_seek, small):
    out = {
        "file": os.path.basename(path),
        "tree": "events",
        "writer": f"ROOT {ROOT.gROOT.GetVersion()}",
        "reader": f"uproot {uproot.__version__}",
        "bytes": os.path.getsize(path),
        "max_basket_seek": max_seek,
        "note": "values are k * 2^-23 - 1 (k < 2^24): float64 sums are exact in any order",
        "branches": {},
    }
    with uproot.open(path) as f:
        tree = f["events"]
        out["entries"] = int(tree.num_entries)
        for name in names:
            arr = tree[name].array(library="np")
            out["branches"][name] = {
                "typename": tree[name].typename,
                "sum": float(arr.astype(np.float64).sum()),
                "first5": [float(x) for x in arr[:5]],
                "last5": [float(x) for x in arr[-5:]],
            }
            del arr
    if not small and (out["bytes"] <= 2.2 * GiB or max_seek < 2 ** 31):
        sys.exit(f"{path}: {out['bytes']} bytes, largest basket seek {max_seek}: not a 64-bit-seek file")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=os.path.join(REPO, "target", "bench-data"))
    ap.add_argument("--only", action="append", metavar="NAME", help=f"one of {', '.join(FILES)} (repeatable)")
    ap.add_argument("--entries", type=int, help="override every file's entry count (for trying the code paths)")
    ap.add_argument("--force", action="store_true", help="rewrite files that exist")
    args = ap.parse_args()
    only = [n[:-5] if n.endswith(".root") else n for n in (args.only or FILES)]
    unknown = [n for n in only if n not in FILES]
    if unknown:
        ap.error(f"unknown file(s) {unknown}; known: {list(FILES)}")
    os.makedirs(args.dir, exist_ok=True)
    if ROOT.ROOT.IsImplicitMTEnabled():
        ROOT.ROOT.DisableImplicitMT()  # one thread: entries in rdfentry_ order
    print(f"ROOT {ROOT.gROOT.GetVersion()}, uproot {uproot.__version__}, into {os.path.abspath(args.dir)}")
    for name in only:
        entries, prefix, nbranches, generator, seed, algorithm, level = FILES[name]
        if args.entries:
            entries = args.entries
        path = os.path.join(args.dir, name + ".root")
        if os.path.exists(path) and not args.force:
            print(f"{name + '.root':16} exists ({os.path.getsize(path) / 1e6:.1f} MB), skipped")
            continue
        t0 = time.perf_counter()
        names = snapshot(path, entries, prefix, nbranches, generator, seed, algorithm, level)
        t_write = time.perf_counter() - t0
        setting, uproot_says, max_seek = check(path, entries, names, algorithm, level)
        size = os.path.getsize(path)
        print(f"{name + '.root':16} {entries:>11,} entries x {nbranches} floats, setting {setting} "
              f"(uproot: {uproot_says}), {size:>14,} bytes ({size / 2**20:,.1f} MiB), "
              f"written in {t_write:.1f} s", flush=True)
        if name == "over_2gib":
            t0 = time.perf_counter()
            summary = over_2gib_summary(path, names, max_seek, small=bool(args.entries))
            with open(os.path.join(args.dir, "over_2gib.json"), "w") as f:
                json.dump(summary, f, indent=1)
                f.write("\n")
            print(f"{'over_2gib.json':16} largest basket seek {max_seek:,}, "
                  f"read back by uproot in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
