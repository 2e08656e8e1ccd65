#!/usr/bin/env python3
"""Writes ROOT files made by real ROOT 6.40 (PyROOT) and by uproot 5, plus
reference.json, so that the Rust ROOT reader can be tested against files it
did not write itself.

Run from the repository root, in a virtual environment that has the PyPI
`root` wheel (ROOT 6.40 with PyROOT) and uproot:

    python3 -m venv .venv-root
    .venv-root/bin/pip install root uproot awkward numpy zstandard lz4 xxhash
    .venv-root/bin/python tests/data/root640/make_fixtures.py

All outputs are committed; the Rust tests never need Python.  Values are
deterministic (fixed seeds, fixed formulas), but the files are not
byte-for-byte reproducible: ROOT and uproot stamp dates and UUIDs into them.
The script reads every file back with both uproot and PyROOT, compares the
two, and exits with status 1 if they disagree anywhere.

Files (all in tests/data/root640/; "setting" is ROOT's compression setting,
100 * algorithm + level: 1 ZLIB, 2 LZMA, 4 LZ4, 5 ZSTD, 0 uncompressed):

Compression matrix, written by ROOT: tree `TreeS`, the first 1000 entries of
TreeS in examples/data/tmva_class_example.root, float branches var1..var4,
filled event by event into a fresh tree.
- class_zlib.root (101), class_lzma.root (207), class_lz4.root (404),
  class_zstd.root (505), class_none.root (0): one basket per branch.
- class_small_baskets.root (101, SetBasketSize("*", 256)): 23 baskets per
  branch.  These small baskets of noise-like floats do not shrink under ZLIB,
  so ROOT stores them uncompressed (the TTree metadata is still ZLIB).
- class_mixed.root (file 101; TBranch::SetCompressionSettings per branch:
  var1 101, var2 207, var3 404, var4 505).
  Note: LZ4 cannot shrink 4000 bytes of noise-like floats, so ROOT stores the
  LZ4 baskets of class_lz4.root and var3 of class_mixed.root uncompressed;
  only the TTree metadata and streamer infos of class_lz4.root are LZ4.
- compressible.root (ROOT): tree `t`, 1000 entries, float branches zl, xz,
  l4, zs, raw with repetitive values and per-branch settings 101, 207, 404,
  505, 0, basket size 1024 (5 baskets per branch), so that every algorithm
  really appears in basket data, LZ4 included.

Other ROOT-written files (file setting 101 unless said otherwise):
- leaf_types.root: tree `types`, 50 entries, one leaf-list branch per type:
  b/B ub/b s/S us/s i/I ui/i l/L ul/l f/F d/D o/O, f16/f (Float16_t),
  d32/d (Double32_t), and range-specified f16r/f[0,100,12] and
  d32r/d[0,100,20] (the range is kept in the leaf's title).  Entries 0 and 1
  hold each type's extremes.
- dirs_cycles.root: `dir/events` (20 entries: i/I, x/D), `a/b/deep`
  (7 entries: v/F), and top-level `cyc` written twice: `cyc;1` has 10 entries
  (c/I = 0..9), `cyc;2` has 15 (c = 0..14; it shares cyc;1's first basket).
- arrays.root: tree `arrays`, 100 entries: w/F, x[3]/F, vector<float> jet_pt,
  vector<double> vd, vector<int> vi (lengths 0..5, entry 0 all empty), and
  n/I with arr[n]/F.
- big_basket.root (106, ZLIB level 6): tree `big`, branch v/F with 5,000,000
  entries float(i % 1000), AutoFlush off and a 32 MiB basket buffer, so the
  branch has a single basket of 20,000,000 bytes, which ROOT compresses as
  two blocks (<= 16 MiB - 1 each).
- root_rntuple.root (505): RNTuple `ntuple`, 500 entries, written by
  RDataFrame::Snapshot with fOutputFormat = kRNTuple: x float (0.5 * i),
  y double (i / 3), n int32 (i - 250).  ROOT writes split (byte-shuffled)
  columns: SplitReal32, SplitReal64, SplitInt32.
- rntuple_types_zstd.root (505) and rntuple_types_none.root (0):
  RNTuple `nt`, 40 entries, written with ROOT::RNTupleWriter (a C++ helper,
  SetCompression(setting)): one field per type, b bool, i8/u8 std::[u]int8_t,
  i16/u16, i32/u32, i64/u64 std::[u]int{16,32,64}_t, f float, d double.
  Entries 0 and 1 hold each type's extremes (64-bit ones limited to
  +-(2^53 - 1), so that JSON stays exact; float and double: max and -tiny);
  the others mix signs and magnitudes (f and d: 1e-30..1e30, 1e-200..1e200).
  Columns in the ZSTD file: Bit, Int8, UInt8, then the split (byte-shuffled)
  SplitInt16 .. SplitReal64 (signed ones zigzag-encoded); pages that ZSTD
  cannot shrink (b, i8, u8, i16, u16 here) are stored raw.  With setting 0
  ROOT picks the plain columns Int16 .. Real64 instead of the split ones.
- rntuple_clusters.root (505): RNTuple `nt`, 5000 entries, x float
  (0.25 * i - 300), n std::int64_t ((i - 2500) * 1000003), d double
  (1000 sin(0.01 i)), written by RNTupleWriter with
  SetMaxUnzippedPageSize(1024) and SetApproxZippedClusterSize =
  SetMaxUnzippedClusterSize = 20000 bytes: 5 clusters of 1000 entries, and
  per cluster 4 pages of x (256, 256, 256, 232 elements), 8 of n and 8 of d
  (7 x 128 + 104).
- unsupported.root: tree `events`, 20 entries, with one plain branch ok/F
  (0.25 * i - 2) beside branches that a numbers-only reader cannot read:
  a leaf list pair/"a/F:b/I" (one TBranch, leaves TLeafF and TLeafI), a
  C string name/C (TLeafC), a TString tstr, a std::string str, a
  vector<vector<float>> vvf (these three TBranchElement, unsplit), a
  TClonesArray of TVector3 `tracks` and one of TLorentzVector `jets` (split:
  sub-branches tracks.fX, jets.fP, ...), a TVector3 v3 (splitlevel 99, but
  ROOT keeps it in one TBranchElement), a TLorentzVector p4 written with
  splitlevel 0 (a TBranchObject with a TLeafObject), and `hit.`, a split
  object of an interpreted struct {float x; float y; int id;} (sub-branches
  hit.x, hit.y, hit.id).  Listed under "unsupported" in reference.json, not
  under "files": classes and typenames for every branch, values for ok only.
- rntuple_unsupported.root (505): RNTuple `nt`, 10 entries, written by
  RNTupleWriter: ok float (0.25 * i - 2), vf std::vector<float> (i % 4
  values: an Index64 offset column plus the sub-field vf._0), s std::string
  (Index64 + Char columns), and late double (1.5 * i), added through
  CreateModelUpdater at entry 5, so its column is deferred (first element
  5; entries 0..4 read as 0).  Listed under "unsupported" like
  unsupported.root: types and columns of every field, values for ok and
  late (uproot reads all four fields).

uproot-written files (uproot.recreate + mktree; two extend() calls of 250,
so two baskets per branch): tree `events`, 500 entries, x float32, y float64,
n int32 (-5..4, repetitive), l int64:
- uproot_ttree.root (ZLIB level 1), uproot_ttree_lz4.root (LZ4 level 1),
  uproot_ttree_zstd.root (ZSTD level 5).
- uproot_rntuple.root: RNTuple `ntuple` (f["ntuple"] = {...}), 500 entries,
  x float32, y float64, n int32.  uproot stores the fields in the order
  n, x, y, with plain columns (Int32, Real32, Real64), pages ZLIB level 1.
- uproot_jagged.root (ZLIB level 1; mktree with an awkward array, two
  extend() calls of 150): tree `events`, 300 entries, w float32 and a
  jagged float32 branch pt (0..4 values per entry, entries 0 and 1 empty),
  which uproot writes as a counter branch npt/I plus pt[npt]/F.

Not made: a file from an older ROOT (6.2x): the PyPI `root` wheels are all
recent ROOT (0.1a8..0.1a12), and neither PyPI nor Debian has an older one.

reference.json: see its "schema" entry and write_reference() below.
"""
import json
import os
import struct
import sys
import time
import warnings

warnings.filterwarnings("ignore", message=r"(?s).*alpha stage")

import numpy as np  # noqa: E402
import uproot  # noqa: E402
import ROOT  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SOURCE = os.path.join(REPO, "examples/data/tmva_class_example.root")
CLASS_BRANCHES = ["var1", "var2", "var3", "var4"]
N_CLASS = 1000

ROOT.gROOT.SetBatch(True)
ROOT_VERSION = ROOT.gROOT.GetVersion()
WRITER_ROOT = f"ROOT {ROOT_VERSION}"
WRITER_UPROOT = f"uproot {uproot.__version__}"

ALGORITHMS = {0: "none", 1: "ZLIB", 2: "LZMA", 4: "LZ4", 5: "ZSTD"}
TAGS = {"ZL": "ZLIB", "XZ": "LZMA", "L4": "LZ4", "ZS": "ZSTD", "CS": "old ROOT", "raw": "none"}


def path(name):
    return os.path.join(HERE, name)


def algorithm(setting):
    return ALGORITHMS[setting // 100] if setting else "none"


# --------------------------------------------------------------------------
# Raw inspection of records (TKey header + compressed blocks)
# --------------------------------------------------------------------------

def record_blocks(raw, seek):
    """Compression blocks of the record (TKey) at `seek`.

    Returns [(tag, compressed_bytes, uncompressed_bytes), ...]; a record that
    is stored uncompressed gives [("raw", objlen, objlen)].
    """
    nbytes, _version, objlen, _datime, keylen = struct.unpack(">iHiIH", raw[seek:seek + 16])
    if nbytes - keylen == objlen:
        return [("raw", objlen, objlen)]
    out = []
    pos, end = seek + keylen, seek + nbytes
    while pos < end:
        h = raw[pos:pos + 9]
        c = h[3] | h[4] << 8 | h[5] << 16
        u = h[6] | h[7] << 8 | h[8] << 16
        out.append((h[:2].decode("ascii"), c, u))
        pos += 9 + c
    assert pos == end, (seek, pos, end)
    return out


def basket_info(raw, branch):
    """{count, tags, uncompressed_bytes} for an uproot TBranch."""
    n = branch.num_baskets
    seeks = branch.member("fBasketSeek")[:n]
    blocks = [record_blocks(raw, int(s)) for s in seeks]
    return {
        "count": n,
        "tags": sorted({b[0] for bl in blocks for b in bl}),
        "uncompressed_bytes": [sum(b[2] for b in bl) for bl in blocks],
        "blocks": blocks,
    }


# --------------------------------------------------------------------------
# ROOT writing helpers
# --------------------------------------------------------------------------

def new_file(name, setting):
    f = ROOT.TFile(path(name), "RECREATE", "", setting)
    assert f and not f.IsZombie(), name
    return f


def new_tree(name, title=""):
    t = ROOT.TTree(name, title or name)
    ROOT.SetOwnership(t, False)  # the file owns it
    return t


def leaf_branches(tree, specs):
    """specs: [(name, numpy dtype, leaflist, buffer length)]; returns {name: buffer}."""
    bufs = {}
    for name, dtype, leaflist, size in specs:
        bufs[name] = np.zeros(size, dtype)
        tree.Branch(name, bufs[name], leaflist)
    return bufs


# --------------------------------------------------------------------------
# 1. Compression matrix
# --------------------------------------------------------------------------

CLASS_FILES = [
    # name, file setting, per-branch settings, basket size
    ("class_zlib.root", 101, None, None),
    ("class_lzma.root", 207, None, None),
    ("class_lz4.root", 404, None, None),
    ("class_zstd.root", 505, None, None),
    ("class_none.root", 0, None, None),
    ("class_small_baskets.root", 101, None, 256),
    ("class_mixed.root", 101, {"var1": 101, "var2": 207, "var3": 404, "var4": 505}, None),
]


def class_source():
    tree = uproot.open(SOURCE)["TreeS"]
    return tree.arrays(CLASS_BRANCHES, entry_stop=N_CLASS, library="np")


def write_class_file(name, setting, per_branch, basket, src):
    f = new_file(name, setting)
    t = new_tree("TreeS")
    bufs = {}
    for k in CLASS_BRANCHES:
        bufs[k] = np.zeros(1, np.float32)
        br = t.Branch(k, bufs[k], f"{k}/F")
        if per_branch:
            br.SetCompressionSettings(per_branch[k])
    if basket:
        t.SetBasketSize("*", basket)
    for i in range(N_CLASS):
        for k in CLASS_BRANCHES:
            bufs[k][0] = src[k][i]
        t.Fill()
    t.Write()
    f.Close()


def write_compressible():
    settings = {"zl": 101, "xz": 207, "l4": 404, "zs": 505, "raw": 0}
    f = new_file("compressible.root", 101)
    t = new_tree("t")
    bufs = {}
    for k, s in settings.items():
        bufs[k] = np.zeros(1, np.float32)
        t.Branch(k, bufs[k], f"{k}/F").SetCompressionSettings(s)
    t.SetBasketSize("*", 1024)
    for i in range(1000):
        for j, k in enumerate(settings):
            bufs[k][0] = ((i // 4 + j) % 16) * 0.5
        t.Fill()
    t.Write()
    f.Close()
    return settings


# --------------------------------------------------------------------------
# 2. Leaf types
# --------------------------------------------------------------------------

def leaf_type_values(n=50):
    i = np.arange(n, dtype=np.int64)
    rng = np.random.default_rng(640)
    v = {
        "b": ((i * 37) % 256) - 128,
        "ub": (i * 53) % 256,
        "s": ((i * 1237) % 65536) - 32768,
        "us": (i * 4099) % 65536,
        "i": (i - 25) * 85899345,
        "ui": i * 85899345,
        "l": (i - 25) * 123456789012,
        "ul": i * 98765432109 + 2**32,
        "f": (rng.normal(size=n) * 1e3).astype(np.float32),
        "d": rng.normal(size=n) * 1e6,
        "o": (i % 3) == 0,
        "f16": (i * 1.7 - 40.0).astype(np.float32),
        "d32": rng.normal(size=n) * 100.0,
        "f16r": (i * (100.0 / 49.0)).astype(np.float32),
        "d32r": i * (100.0 / 49.0),
    }
    extremes = {
        "b": (-128, 127), "ub": (0, 255), "s": (-32768, 32767), "us": (0, 65535),
        "i": (-2**31, 2**31 - 1), "ui": (0, 2**32 - 1),
        "l": (-(2**53 - 1), 2**53 - 1), "ul": (0, 2**53 - 1),
        "f": (np.finfo(np.float32).max, -np.finfo(np.float32).tiny),
        "d": (1e300, -np.finfo(np.float64).tiny),
    }
    for k, (a, b) in extremes.items():
        v[k] = v[k].copy()
        v[k][0], v[k][1] = a, b
    return v


LEAF_SPECS = [
    ("b", np.int8, "b/B"), ("ub", np.uint8, "ub/b"),
    ("s", np.int16, "s/S"), ("us", np.uint16, "us/s"),
    ("i", np.int32, "i/I"), ("ui", np.uint32, "ui/i"),
    ("l", np.int64, "l/L"), ("ul", np.uint64, "ul/l"),
    ("f", np.float32, "f/F"), ("d", np.float64, "d/D"),
    ("o", np.bool_, "o/O"),
    ("f16", np.float32, "f16/f"), ("d32", np.float64, "d32/d"),
    ("f16r", np.float32, "f16r/f[0,100,12]"), ("d32r", np.float64, "d32r/d[0,100,20]"),
]


def write_leaf_types():
    values = leaf_type_values()
    f = new_file("leaf_types.root", 101)
    t = new_tree("types")
    bufs = leaf_branches(t, [(n, dt, ll, 1) for n, dt, ll in LEAF_SPECS])
    for e in range(50):
        for n, dt, _ in LEAF_SPECS:
            bufs[n][0] = values[n][e]
        t.Fill()
    t.Write()
    f.Close()


# --------------------------------------------------------------------------
# 3. Directories and cycles
# --------------------------------------------------------------------------

def write_dirs_cycles():
    f = new_file("dirs_cycles.root", 101)
    d = f.mkdir("dir")
    d.cd()
    t = new_tree("events")
    b = leaf_branches(t, [("i", np.int32, "i/I", 1), ("x", np.float64, "x/D", 1)])
    for e in range(20):
        b["i"][0] = e * 3 - 10
        b["x"][0] = e * 0.125 - 1.0
        t.Fill()
    t.Write()

    deep = f.mkdir("a").mkdir("b")
    deep.cd()
    t = new_tree("deep")
    b = leaf_branches(t, [("v", np.float32, "v/F", 1)])
    for e in range(7):
        b["v"][0] = 100.0 + e * 0.25
        t.Fill()
    t.Write()

    f.cd()
    t = new_tree("cyc")
    b = leaf_branches(t, [("c", np.int32, "c/I", 1)])
    for e in range(10):
        b["c"][0] = e
        t.Fill()
    t.Write()  # cyc;1
    for e in range(10, 15):
        b["c"][0] = e
        t.Fill()
    t.Write()  # cyc;2 (no kOverwrite: a new cycle)
    f.Close()


# --------------------------------------------------------------------------
# 4. Arrays
# --------------------------------------------------------------------------

def write_arrays():
    rng = np.random.default_rng(4)
    n = 100
    f = new_file("arrays.root", 101)
    t = new_tree("arrays")
    b = leaf_branches(t, [("w", np.float32, "w/F", 1), ("x", np.float32, "x[3]/F", 3)])
    jet_pt = ROOT.std.vector["float"]()
    vd = ROOT.std.vector["double"]()
    vi = ROOT.std.vector["int"]()
    t.Branch("jet_pt", jet_pt)
    t.Branch("vd", vd)
    t.Branch("vi", vi)
    nb = np.zeros(1, np.int32)
    arr = np.zeros(5, np.float32)
    t.Branch("n", nb, "n/I")
    t.Branch("arr", arr, "arr[n]/F")
    for e in range(n):
        b["w"][0] = np.float32(rng.uniform(0.5, 2.0))
        b["x"][:] = rng.normal(size=3).astype(np.float32)
        lens = [0, 0, 0, 0] if e == 0 else rng.integers(0, 6, size=4)
        jet_pt.clear()
        for v in np.sort(rng.exponential(30.0, size=lens[0]).astype(np.float32))[::-1]:
            jet_pt.push_back(float(v))
        vd.clear()
        for v in rng.normal(size=lens[1]):
            vd.push_back(float(v))
        vi.clear()
        for v in rng.integers(-1000, 1000, size=lens[2]):
            vi.push_back(int(v))
        nb[0] = lens[3]
        arr[:] = 0
        arr[:lens[3]] = rng.normal(size=lens[3]).astype(np.float32)
        t.Fill()
    t.Write()
    f.Close()


# --------------------------------------------------------------------------
# 5. A basket over 16 MiB
# --------------------------------------------------------------------------

BIG_N = 5_000_000
BIG_SETTING = 106


def write_big_basket():
    ROOT.gInterpreter.Declare(r"""
    void tmva_burn_fill_big(TTree* t, float* v, Long64_t n) {
       for (Long64_t i = 0; i < n; i++) { *v = float(i % 1000); t->Fill(); }
    }""")
    f = new_file("big_basket.root", BIG_SETTING)
    t = new_tree("big")
    t.SetAutoFlush(0)
    v = np.zeros(1, np.float32)
    t.Branch("v", v, "v/F", 32 * 1024 * 1024)
    ROOT.tmva_burn_fill_big(t, v, BIG_N)
    t.Write()
    f.Close()


# --------------------------------------------------------------------------
# 6. RNTuple from ROOT, and uproot-written files
# --------------------------------------------------------------------------

def write_root_rntuple():
    opts = ROOT.RDF.RSnapshotOptions()
    opts.fOutputFormat = ROOT.RDF.ESnapshotOutputFormat.kRNTuple
    opts.fCompressionAlgorithm = ROOT.RCompressionSetting.EAlgorithm.kZSTD
    opts.fCompressionLevel = 5
    df = (ROOT.RDataFrame(500)
          .Define("x", "float(rdfentry_) * 0.5f")
          .Define("y", "double(rdfentry_) / 3.0")
          .Define("n", "int(rdfentry_) - 250"))
    df.Snapshot("ntuple", path("root_rntuple.root"), ["x", "y", "n"], opts)


RNTUPLE_WRITER_DECLARED = []


def declare_rntuple_writers():
    """C++ writers that use ROOT::RNTupleWriter directly (RDataFrame cannot
    set page and cluster sizes, nor add a field late).  cppyy does not pass
    an int8 numpy array as std::int8_t*, so integers and bools come in as
    int64 arrays and floats as double arrays, and are cast in C++."""
    if RNTUPLE_WRITER_DECLARED:
        return
    RNTUPLE_WRITER_DECLARED.append(True)
    ROOT.gInterpreter.Declare(r"""
    #include <cstdint>
    #include <memory>
    #include <string>
    #include <vector>
    #include <ROOT/RNTupleModel.hxx>
    #include <ROOT/RNTupleWriteOptions.hxx>
    #include <ROOT/RNTupleWriter.hxx>

    void tmva_burn_write_rntuple_types(const char* path, int setting, int n, const std::int64_t* b,
                                       const std::int64_t* i8, const std::int64_t* u8, const std::int64_t* i16,
                                       const std::int64_t* u16, const std::int64_t* i32, const std::int64_t* u32,
                                       const std::int64_t* i64, const std::int64_t* u64, const double* f,
                                       const double* d) {
       auto model = ROOT::RNTupleModel::Create();
       auto pb = model->MakeField<bool>("b");
       auto pi8 = model->MakeField<std::int8_t>("i8");
       auto pu8 = model->MakeField<std::uint8_t>("u8");
       auto pi16 = model->MakeField<std::int16_t>("i16");
       auto pu16 = model->MakeField<std::uint16_t>("u16");
       auto pi32 = model->MakeField<std::int32_t>("i32");
       auto pu32 = model->MakeField<std::uint32_t>("u32");
       auto pi64 = model->MakeField<std::int64_t>("i64");
       auto pu64 = model->MakeField<std::uint64_t>("u64");
       auto pf = model->MakeField<float>("f");
       auto pd = model->MakeField<double>("d");
       ROOT::RNTupleWriteOptions opts;
       opts.SetCompression(setting);
       auto w = ROOT::RNTupleWriter::Recreate(std::move(model), "nt", path, opts);
       for (int e = 0; e < n; e++) {
          *pb = b[e] != 0;
          *pi8 = std::int8_t(i8[e]);
          *pu8 = std::uint8_t(u8[e]);
          *pi16 = std::int16_t(i16[e]);
          *pu16 = std::uint16_t(u16[e]);
          *pi32 = std::int32_t(i32[e]);
          *pu32 = std::uint32_t(u32[e]);
          *pi64 = i64[e];
          *pu64 = std::uint64_t(u64[e]);
          *pf = float(f[e]);
          *pd = d[e];
          w->Fill();
       }
    }

    // The setters check each value against the others, so page sizes come first.
    void tmva_burn_write_rntuple_clusters(const char* path, int n, std::size_t page, std::size_t cluster) {
       auto model = ROOT::RNTupleModel::Create();
       auto x = model->MakeField<float>("x");
       auto nn = model->MakeField<std::int64_t>("n");
       auto d = model->MakeField<double>("d");
       ROOT::RNTupleWriteOptions opts;
       opts.SetCompression(505);
       opts.SetInitialUnzippedPageSize(64);
       opts.SetMaxUnzippedPageSize(page);
       opts.SetApproxZippedClusterSize(cluster);
       opts.SetMaxUnzippedClusterSize(cluster);
       auto w = ROOT::RNTupleWriter::Recreate(std::move(model), "nt", path, opts);
       for (int e = 0; e < n; e++) {
          *x = 0.25f * e - 300.0f;
          *nn = (std::int64_t(e) - n / 2) * 1000003;
          *d = std::sin(e * 0.01) * 1000.0;
          w->Fill();
       }
    }

    void tmva_burn_write_rntuple_unsupported(const char* path, int n) {
       auto model = ROOT::RNTupleModel::Create();
       auto ok = model->MakeField<float>("ok");
       auto vf = model->MakeField<std::vector<float>>("vf");
       auto s = model->MakeField<std::string>("s");
       ROOT::RNTupleWriteOptions opts;
       opts.SetCompression(505);
       auto w = ROOT::RNTupleWriter::Recreate(std::move(model), "nt", path, opts);
       std::shared_ptr<double> late;
       for (int e = 0; e < n; e++) {
          if (e == n / 2) {  // added late: its column is deferred, entries before it read as 0
             auto u = w->CreateModelUpdater();
             u->BeginUpdate();
             u->AddField(std::make_unique<ROOT::RField<double>>("late"));
             u->CommitUpdate();
             late = w->GetModel().GetDefaultEntry().GetPtr<double>("late");
          }
          *ok = 0.25f * e - 2.0f;
          vf->clear();
          for (int j = 0; j < e % 4; j++) vf->push_back(e + 0.5f * j);
          *s = std::string(e % 5, 'x') + std::to_string(e);
          if (late) *late = 1.5 * e;
          w->Fill();
       }
    }""")


RNTUPLE_TYPES_N = 40
RNTUPLE_TYPES = [
    # field, numpy dtype, RNTuple type name
    ("b", np.bool_, "bool"),
    ("i8", np.int8, "std::int8_t"), ("u8", np.uint8, "std::uint8_t"),
    ("i16", np.int16, "std::int16_t"), ("u16", np.uint16, "std::uint16_t"),
    ("i32", np.int32, "std::int32_t"), ("u32", np.uint32, "std::uint32_t"),
    ("i64", np.int64, "std::int64_t"), ("u64", np.uint64, "std::uint64_t"),
    ("f", np.float32, "float"), ("d", np.float64, "double"),
]
RNTUPLE_TYPES_FILES = [("rntuple_types_zstd.root", 505), ("rntuple_types_none.root", 0)]


def rntuple_type_values(n=RNTUPLE_TYPES_N):
    """Entries 0 and 1 hold each type's extremes (|64-bit| < 2^53, so JSON
    stays exact); the others mix signs and magnitudes."""
    i = np.arange(n, dtype=np.int64)
    rng = np.random.default_rng(641)
    step64 = (2**53 - 1) // n
    v = {
        "b": (i % 3) == 0,
        "i8": ((i * 37) % 256) - 128,
        "u8": (i * 53) % 256,
        "i16": ((i * 1237) % 65536) - 32768,
        "u16": (i * 4099) % 65536,
        "i32": (i - n // 2) * ((2**31 - 1) // (n // 2)),
        "u32": i * ((2**32 - 1) // n),
        "i64": (i - n // 2) * step64 * 2 + i % 7,
        "u64": i * step64 + i,
        "f": (rng.normal(size=n) * 10.0 ** rng.integers(-30, 30, size=n)).astype(np.float32),
        "d": rng.normal(size=n) * 10.0 ** rng.integers(-200, 200, size=n),
    }
    extremes = {
        "b": (True, False),
        "i8": (-128, 127), "u8": (0, 255), "i16": (-32768, 32767), "u16": (0, 65535),
        "i32": (-2**31, 2**31 - 1), "u32": (0, 2**32 - 1),
        "i64": (-(2**53 - 1), 2**53 - 1), "u64": (0, 2**53 - 1),
        "f": (np.finfo(np.float32).max, -np.finfo(np.float32).tiny),
        "d": (np.finfo(np.float64).max, -np.finfo(np.float64).tiny),
    }
    out = {}
    for name, dtype, _ in RNTUPLE_TYPES:
        out[name] = np.asarray(v[name]).astype(dtype)
        out[name][0], out[name][1] = extremes[name]
    return out


def write_rntuple_types():
    declare_rntuple_writers()
    v = rntuple_type_values()
    args = [v[name].astype(np.float64 if name in ("f", "d") else np.int64) for name, _, _ in RNTUPLE_TYPES]
    for name, setting in RNTUPLE_TYPES_FILES:
        ROOT.tmva_burn_write_rntuple_types(path(name), setting, RNTUPLE_TYPES_N, *args)


RNTUPLE_CLUSTERS_N = 5000
RNTUPLE_PAGE_BYTES = 1024  # SetMaxUnzippedPageSize: 256 floats or 128 int64/doubles per page
RNTUPLE_CLUSTER_BYTES = 20000  # Set{ApproxZipped,MaxUnzipped}ClusterSize: 1000 entries of 4 + 8 + 8 bytes


def write_rntuple_clusters():
    declare_rntuple_writers()
    ROOT.tmva_burn_write_rntuple_clusters(path("rntuple_clusters.root"), RNTUPLE_CLUSTERS_N,
                                          RNTUPLE_PAGE_BYTES, RNTUPLE_CLUSTER_BYTES)


def rntuple_clusters_values(n=RNTUPLE_CLUSTERS_N):
    """What tmva_burn_write_rntuple_clusters writes (d only approximately:
    C++ std::sin may differ from numpy in the last bit)."""
    e = np.arange(n, dtype=np.int64)
    return {
        "x": (np.float32(0.25) * e.astype(np.float32) - np.float32(300.0)).astype(np.float32),
        "n": (e - n // 2) * 1000003,
        "d": np.sin(e * 0.01) * 1000.0,
    }


UPROOT_TTREES = [
    ("uproot_ttree.root", uproot.ZLIB(1), 101),
    ("uproot_ttree_lz4.root", uproot.LZ4(1), 401),
    ("uproot_ttree_zstd.root", uproot.ZSTD(5), 505),
]


def uproot_data(n=500, seed=6):
    rng = np.random.default_rng(seed)
    return {
        "x": rng.normal(size=n).astype(np.float32),
        "y": rng.uniform(-1, 1, size=n).astype(np.float64),
        "n": (np.arange(n) % 10 - 5).astype(np.int32),
        "l": (np.arange(n, dtype=np.int64) - 250) * 10_000_000_000,
    }


def write_uproot_files():
    data = uproot_data()
    for name, comp, _ in UPROOT_TTREES:
        with uproot.recreate(path(name), compression=comp) as f:
            tree = f.mktree("events", {k: v.dtype for k, v in data.items()})
            tree.extend({k: v[:250] for k, v in data.items()})
            tree.extend({k: v[250:] for k, v in data.items()})
    rng = np.random.default_rng(7)
    with uproot.recreate(path("uproot_rntuple.root")) as f:
        f["ntuple"] = {
            "x": rng.normal(size=500).astype(np.float32),
            "y": rng.normal(size=500).astype(np.float64),
            "n": rng.integers(-1000, 1000, size=500).astype(np.int32),
        }


JAGGED_N = 300


def uproot_jagged_data(n=JAGGED_N, seed=8):
    """w: float32; pt: lists of float32 of length 0..4 (entries 0 and 1 empty)."""
    import awkward as ak
    rng = np.random.default_rng(seed)
    counts = rng.integers(0, 5, size=n)
    counts[:2] = 0
    flat = np.round(rng.exponential(20.0, size=int(counts.sum())), 3).astype(np.float32)
    return {
        "w": rng.uniform(0.5, 1.5, size=n).astype(np.float32),
        "pt": ak.unflatten(flat, counts),
    }


def write_uproot_jagged():
    data = uproot_jagged_data()
    half = JAGGED_N // 2
    with uproot.recreate(path("uproot_jagged.root"), compression=uproot.ZLIB(1)) as f:
        tree = f.mktree("events", {"w": np.float32, "pt": "var * float32"})
        tree.extend({k: v[:half] for k, v in data.items()})
        tree.extend({k: v[half:] for k, v in data.items()})
    return data


# --------------------------------------------------------------------------
# 7. Branches that a numbers-only reader cannot read (ROOT)
# --------------------------------------------------------------------------

UNSUPPORTED_N = 20


def write_unsupported():
    ROOT.gInterpreter.Declare(r"""
    #include <string>
    #include <vector>
    #include "TClonesArray.h"
    #include "TLorentzVector.h"
    #include "TString.h"
    #include "TVector3.h"
    struct TmvaBurnHit { float x; float y; int id; };
    void tmva_burn_write_unsupported(const char* path, int n) {
       TFile f(path, "RECREATE", "", 101);
       TTree* t = new TTree("events", "events");
       float ok = 0;
       t->Branch("ok", &ok, "ok/F");
       struct { float a; int b; } pair;
       t->Branch("pair", &pair, "a/F:b/I");
       char name[16];
       t->Branch("name", name, "name/C");
       TString* tstr = new TString();
       t->Branch("tstr", &tstr);
       std::string* str = new std::string();
       t->Branch("str", &str);
       std::vector<std::vector<float>>* vvf = new std::vector<std::vector<float>>();
       t->Branch("vvf", &vvf);
       TClonesArray* tracks = new TClonesArray("TVector3", 8);
       t->Branch("tracks", &tracks, 32000, 99);
       TClonesArray* jets = new TClonesArray("TLorentzVector", 8);
       t->Branch("jets", &jets, 32000, 99);
       TVector3* v3 = new TVector3();
       t->Branch("v3", &v3, 32000, 99);
       TLorentzVector* p4 = new TLorentzVector();
       t->Branch("p4", &p4, 32000, 0);
       TmvaBurnHit* hit = new TmvaBurnHit();
       t->Branch("hit.", &hit, 32000, 99);
       for (int i = 0; i < n; i++) {
          ok = 0.25f * i - 2.0f;
          pair.a = 1.5f * i;
          pair.b = 7 * i - 3;
          snprintf(name, sizeof name, "ev%d", i);
          *tstr = TString::Format("t%d", i * i);
          *str = std::string(i % 5, 'x') + std::to_string(i);
          vvf->clear();
          for (int j = 0; j < i % 4; j++) {
             vvf->emplace_back();
             for (int k = 0; k < j + i % 3; k++) vvf->back().push_back(i + 0.5f * j + 0.125f * k);
          }
          tracks->Clear();
          for (int j = 0; j < i % 3; j++) new ((*tracks)[j]) TVector3(i, j, i - j);
          jets->Clear();
          for (int j = 0; j < (i + 1) % 3; j++) new ((*jets)[j]) TLorentzVector(i, -j, 0.5 * i, 10 + i + j);
          v3->SetXYZ(i, 2.0 * i, -i);
          p4->SetPxPyPzE(i, 1, 2, 20 + i);
          hit->x = 0.5f * i;
          hit->y = -0.5f * i;
          hit->id = 100 + i;
          t->Fill();
       }
       t->Write();
       f.Close();
    }""")
    ROOT.tmva_burn_write_unsupported(path("unsupported.root"), UNSUPPORTED_N)


RNTUPLE_UNSUPPORTED_N = 10


def write_rntuple_unsupported():
    declare_rntuple_writers()
    ROOT.tmva_burn_write_rntuple_unsupported(path("rntuple_unsupported.root"), RNTUPLE_UNSUPPORTED_N)


# --------------------------------------------------------------------------
# Reading back: uproot -> JSON values; PyROOT -> the same form
# --------------------------------------------------------------------------

def py(x):
    if isinstance(x, (bool, np.bool_)):
        return int(x)
    if isinstance(x, (np.integer, int)):
        return int(x)
    return float(x)


def to_json(arr):
    if arr.dtype == object:
        return [[py(x) for x in np.asarray(sub).ravel()] for sub in arr]
    if arr.ndim > 1:
        return [[py(x) for x in row.ravel()] for row in arr]
    return [py(x) for x in arr]


def root_read_tree(tree):
    """{branch: values} read event by event with PyROOT."""
    out = {}
    branches = list(tree.GetListOfBranches())
    kinds = {}
    for br in branches:
        name = br.GetName()
        out[name] = []
        leaf = br.GetListOfLeaves()[0]
        if br.ClassName() == "TBranchElement":
            kinds[name] = ("vector", leaf)
        elif leaf.GetLeafCount() or leaf.GetLenStatic() > 1:
            kinds[name] = ("array", leaf)
        else:
            kinds[name] = ("scalar", leaf)
    for e in range(tree.GetEntries()):
        tree.GetEntry(e)
        for br in branches:
            name = br.GetName()
            kind, leaf = kinds[name]
            if kind == "vector":
                out[name].append([py(x) for x in getattr(tree, name)])
                continue
            integer = leaf.GetTypeName() not in ("Float_t", "Double_t", "Float16_t", "Double32_t")
            vals = [leaf.GetValueLong64(j) if integer else leaf.GetValue(j) for j in range(leaf.GetLen())]
            vals = [int(x) if integer else float(x) for x in vals]
            out[name].append(vals if kind == "array" else vals[0])
    return out


def root_leaf_types(tree):
    types = {}
    for br in tree.GetListOfBranches():
        leaf = br.GetListOfLeaves()[0]
        types[br.GetName()] = (leaf.GetTypeName(), br.GetTitle())
    return types


def same(a, b):
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b or (a != a and b != b)


MISMATCHES = []


def compare(where, uproot_values, root_values):
    for name, vals in uproot_values.items():
        if name not in root_values:
            MISMATCHES.append(f"{where}: branch {name} missing in PyROOT")
        elif not same(vals, root_values[name]):
            bad = next(i for i, (a, b) in enumerate(zip(vals, root_values[name])) if not same(a, b)) \
                if len(vals) == len(root_values[name]) else "length"
            MISMATCHES.append(f"{where}:{name}: uproot and PyROOT differ (first at {bad})")
    for name in root_values:
        if name not in uproot_values:
            MISMATCHES.append(f"{where}: branch {name} missing in uproot")


def describe_ttree(fname, key, raw, summary_only=False):
    """Reference record of one TTree, checked against PyROOT."""
    tree = uproot.open(path(fname))[key]
    rf = ROOT.TFile.Open(path(fname))
    rtree = rf.Get(key)
    assert rtree, (fname, key)
    assert rtree.GetEntries() == tree.num_entries, (fname, key)
    leaf_types = root_leaf_types(rtree)
    rec = {"class": "TTree", "entries": int(tree.num_entries), "branches": {}}
    uvals = {}
    for name in tree.keys():
        branch = tree[name]
        arr = branch.array(library="np")
        info = basket_info(raw, branch)
        b = {
            "typename": branch.typename,
            "root_type": leaf_types[name][0],
            "title": leaf_types[name][1],
            "baskets": {"count": info["count"], "tags": info["tags"]},
        }
        if summary_only:
            b["sum"] = float(arr.astype(np.float64).sum())
            b["first10"] = to_json(arr[:10])
            b["last10"] = to_json(arr[-10:])
            b["baskets"]["uncompressed_bytes"] = info["uncompressed_bytes"]
            b["baskets"]["blocks"] = [
                [{"tag": t, "compressed": c, "uncompressed": u} for t, c, u in bl] for bl in info["blocks"]
            ]
            rarr = np.asarray(ROOT.RDataFrame(rtree).AsNumpy([name])[name])
            if not np.array_equal(arr, rarr):
                MISMATCHES.append(f"{fname}:{key}:{name}: uproot and PyROOT differ")
        else:
            b["values"] = to_json(arr)
            uvals[name] = b["values"]
        rec["branches"][name] = b
    if not summary_only:
        compare(f"{fname}:{key}", uvals, root_read_tree(rtree))
    rf.Close()
    return rec


def column_type(col):
    return str(ROOT.ROOT.Internal.RColumnElementBase.GetColumnTypeName(col.GetType()))


def root_rntuple_pages(desc, entries):
    """([[first entry, entries] per cluster], {field: [pages per cluster]}) from
    ROOT's descriptor, clusters in entry order; each field has one column."""
    cluster_entries, pages = [], {}
    fields = [desc.GetFieldDescriptor(desc.GetColumnDescriptor(c).GetFieldId()).GetFieldName()
              for c in range(desc.GetNPhysicalColumns())]
    assert len(set(fields)) == len(fields), fields
    entry = 0
    while entry < entries:
        cluster = desc.GetClusterDescriptor(desc.FindClusterId(0, entry))
        cluster_entries.append([int(cluster.GetFirstEntryIndex()), int(cluster.GetNEntries())])
        for c, field in enumerate(fields):
            pages.setdefault(field, []).append(len(cluster.GetPageRange(c).GetPageInfos()))
        entry += cluster.GetNEntries()
    return cluster_entries, pages


def uproot_rntuple_pages(nt):
    """The same from uproot's cluster summaries and page lists."""
    cluster_entries = [[int(cs.num_first_entry), int(cs.num_entries)] for cs in nt.cluster_summaries]
    fields = [nt.field_records[cr.field_id].field_name for cr in nt.column_records]
    pages = {}
    for cluster in nt.page_link_list:
        for c, col in enumerate(cluster):
            pages.setdefault(fields[c], []).append(len(col.pages))
    return cluster_entries, pages


def describe_rntuple(fname, key):
    nt = uproot.open(path(fname))[key]
    assert type(nt).__name__ == "Model_ROOT_3a3a_RNTuple", type(nt)
    reader = ROOT.RNTupleReader.Open(key, path(fname))
    desc = reader.GetDescriptor()
    root_types = {fd.GetFieldName(): fd.GetTypeName() for fd in desc.GetTopLevelFields()}
    assert reader.GetNEntries() == nt.num_entries
    columns = {}
    cluster = desc.GetClusterDescriptor(desc.FindClusterId(0, 0))
    for c in range(desc.GetNPhysicalColumns()):
        col = desc.GetColumnDescriptor(c)
        field = desc.GetFieldDescriptor(col.GetFieldId()).GetFieldName()
        cs = cluster.GetColumnRange(c).GetCompressionSettings()
        pages = [{"elements": int(p.GetNElements()), "bytes_on_storage": int(p.GetLocator().GetNBytesOnStorage())}
                 for p in cluster.GetPageRange(c).GetPageInfos()]
        columns.setdefault(field, []).append({
            "type": column_type(col),
            "compression": int(cs.value()) if cs.has_value() else None,
            "pages": pages,
        })
    cluster_entries, pages = root_rntuple_pages(desc, nt.num_entries)
    u_entries, u_pages = uproot_rntuple_pages(nt)
    if u_entries != cluster_entries:
        MISMATCHES.append(f"{fname}:{key}: clusters: uproot {u_entries}, ROOT {cluster_entries}")
    if u_pages != pages:
        MISMATCHES.append(f"{fname}:{key}: pages per cluster: uproot {u_pages}, ROOT {pages}")
    rec = {"class": "ROOT::RNTuple", "entries": int(nt.num_entries), "clusters": int(desc.GetNClusters()),
           "cluster_entries": cluster_entries, "pages": pages, "branches": {}}
    arrays = nt.arrays(library="np")
    rdf = ROOT.RDataFrame(key, path(fname)).AsNumpy(list(root_types))
    for name in nt.keys():
        arr = arrays[name]
        rec["branches"][name] = {
            "typename": nt[name].typename,
            "root_type": root_types[name],
            "columns": columns[name],
            "values": to_json(arr),
        }
        if not np.array_equal(arr, np.asarray(rdf[name])):
            MISMATCHES.append(f"{fname}:{key}:{name}: uproot and PyROOT (RDataFrame) differ")
    del reader
    return rec


def describe_unsupported_rntuple(fname, key, values_for):
    """Like describe_unsupported, for an RNTuple: every top-level field with its
    types and its columns (those of its sub-fields included), values only for
    `values_for`; uproot's values of every field are checked against PyROOT."""
    raw = open(path(fname), "rb").read()
    nt = uproot.open(path(fname))[key]
    reader = ROOT.RNTupleReader.Open(key, path(fname))
    desc = reader.GetDescriptor()
    assert reader.GetNEntries() == nt.num_entries, fname
    top = {fd.GetFieldName(): fd for fd in desc.GetTopLevelFields()}
    if list(top) != nt.keys():
        MISMATCHES.append(f"{fname}:{key}: uproot fields {nt.keys()}, ROOT {list(top)}")

    def field_columns(fd):
        cols = []
        for c in fd.GetLogicalColumnIds():
            col = desc.GetColumnDescriptor(c)
            cols.append({"field": str(desc.GetQualifiedFieldName(fd.GetId())), "type": column_type(col),
                         "first_element_index": int(col.GetFirstElementIndex())})
        for sub in fd.GetLinkIds():
            cols += field_columns(desc.GetFieldDescriptor(sub))
        return cols

    rdf = ROOT.RDataFrame(key, path(fname)).AsNumpy(list(top))
    branches = {}
    for name, fd in top.items():
        rec = {"typename": nt[name].typename, "root_type": str(fd.GetTypeName()), "columns": field_columns(fd)}
        try:
            arr = nt[name].array(library="ak").tolist()
            rec["uproot_reads"] = True
        except Exception as e:  # noqa: BLE001 - record, do not fail
            arr = None
            rec["uproot_reads"] = False
            rec["uproot_error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"
        rvals = [str(x) if isinstance(x, (str, ROOT.std.string)) else
                 [py(y) for y in x] if hasattr(x, "__len__") else py(x) for x in rdf[name]]
        if arr is not None and not same(arr, rvals):
            MISMATCHES.append(f"{fname}:{key}:{name}: uproot and PyROOT (RDataFrame) differ")
        if name in values_for and arr is not None:
            rec["values"] = arr
        branches[name] = rec
    del reader
    return {
        "writer": WRITER_ROOT,
        "compression": 505,
        "algorithm": algorithm(505),
        "bytes": len(raw),
        "keys": file_keys(fname),
        "objects": {key: {"class": "ROOT::RNTuple", "entries": int(nt.num_entries),
                          "clusters": int(desc.GetNClusters()), "branches": branches}},
    }


def file_keys(fname):
    f = uproot.open(path(fname))
    return {k: v for k, v in f.classnames(recursive=True, cycle=True).items()}


def describe_file(fname, writer, setting, objects):
    raw = open(path(fname), "rb").read()
    rec = {
        "writer": writer,
        "compression": setting,
        "algorithm": algorithm(setting),
        "bytes": len(raw),
        "keys": file_keys(fname),
        "objects": {},
    }
    for key, kind in objects:
        if kind == "rntuple":
            rec["objects"][key] = describe_rntuple(fname, key)
        else:
            rec["objects"][key] = describe_ttree(fname, key, raw, summary_only=(kind == "summary"))
    return rec


def describe_unsupported_branch(where, ubranch, rbranch):
    """{root_class, class_name, leaf_classes, leaf_types, title, typename, uproot_reads, branches}
    of one branch and its sub-branches, ROOT's view checked against uproot's."""
    leaves = list(rbranch.GetListOfLeaves())
    rec = {
        "root_class": rbranch.IsA().GetName(),
        "class_name": str(rbranch.GetClassName()),
        "leaf_classes": [lf.IsA().GetName() for lf in leaves],
        "leaf_types": [str(lf.GetTypeName()) for lf in leaves],
        "title": str(rbranch.GetTitle()),
        "typename": ubranch.typename,
    }
    if ubranch.classname != rec["root_class"]:
        MISMATCHES.append(f"{where}: uproot class {ubranch.classname}, ROOT {rec['root_class']}")
    uleaves = [lf.classname for lf in ubranch.member("fLeaves")]
    if uleaves != rec["leaf_classes"]:
        MISMATCHES.append(f"{where}: uproot leaves {uleaves}, ROOT {rec['leaf_classes']}")
    try:
        ubranch.array(library="ak")
        rec["uproot_reads"] = True
    except Exception as e:  # noqa: BLE001 - record, do not fail
        rec["uproot_reads"] = False
        rec["uproot_error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"
    rsubs = {b.GetName(): b for b in rbranch.GetListOfBranches()}
    usubs = {b.name: b for b in ubranch.branches}
    if sorted(rsubs) != sorted(usubs):
        MISMATCHES.append(f"{where}: sub-branches: uproot {sorted(usubs)}, ROOT {sorted(rsubs)}")
    if rsubs:
        rec["branches"] = {n: describe_unsupported_branch(f"{where}/{n}", usubs[n], b)
                           for n, b in rsubs.items() if n in usubs}
    return rec


def describe_unsupported(fname, key, values_for):
    """Like describe_file, but the branches carry classes rather than values
    (values only for `values_for`, checked against PyROOT)."""
    raw = open(path(fname), "rb").read()
    tree = uproot.open(path(fname))[key]
    rf = ROOT.TFile.Open(path(fname))
    rtree = rf.Get(key)
    assert rtree.GetEntries() == tree.num_entries, fname
    rbranches = {b.GetName(): b for b in rtree.GetListOfBranches()}
    if list(rbranches) != tree.keys(recursive=False):
        MISMATCHES.append(f"{fname}: uproot branches {tree.keys(recursive=False)}, ROOT {list(rbranches)}")
    branches = {}
    for name, rb in rbranches.items():
        branches[name] = describe_unsupported_branch(f"{fname}:{key}:{name}", tree[name], rb)
        info = basket_info(raw, tree[name])
        branches[name]["baskets"] = {"count": info["count"], "tags": info["tags"]}
    rvals = {n: [] for n in values_for}
    for e in range(rtree.GetEntries()):
        rtree.GetEntry(e)
        for n in values_for:
            rvals[n].append(float(rbranches[n].GetLeaf(n).GetValue(0)))
    uvals = {}
    for n in values_for:
        branches[n]["values"] = uvals[n] = to_json(tree[n].array(library="np"))
    compare(f"{fname}:{key}", uvals, rvals)
    rf.Close()
    return {
        "writer": WRITER_ROOT,
        "compression": 101,
        "algorithm": algorithm(101),
        "bytes": len(raw),
        "keys": file_keys(fname),
        "objects": {key: {"class": "TTree", "entries": int(tree.num_entries), "branches": branches}},
    }


# --------------------------------------------------------------------------
# Compression checks
# --------------------------------------------------------------------------

def tree_key_tag(fname, key, raw):
    f = ROOT.TFile.Open(path(fname))
    k = f.GetKey(key)
    seek_key, seek_info = k.GetSeekKey(), f.GetSeekInfo()
    f.Close()
    return record_blocks(raw, seek_key)[0][0], record_blocks(raw, seek_info)[0][0]


def matrix_entry(name, setting, per_branch, basket, rows):
    raw = open(path(name), "rb").read()
    tree = uproot.open(path(name))["TreeS"]
    tree_tag, info_tag = tree_key_tag(name, "TreeS", raw)
    settings = per_branch or {k: setting for k in CLASS_BRANCHES}
    branches = {}
    for k in CLASS_BRANCHES:
        br = tree[k]
        info = basket_info(raw, br)
        comp = br.compression
        uproot_alg = type(comp).__name__ if comp is not None else "none"
        expected = algorithm(settings[k])
        if uproot_alg != expected:
            MISMATCHES.append(f"{name}:{k}: uproot says {uproot_alg}, expected {expected}")
        bad = [t for t in info["tags"] if t not in ("raw", {"ZLIB": "ZL", "LZMA": "XZ", "LZ4": "L4", "ZSTD": "ZS",
                                                          "none": "raw"}[expected])]
        if bad:
            MISMATCHES.append(f"{name}:{k}: basket tags {info['tags']} for {expected}")
        branches[k] = {
            "setting": settings[k],
            "algorithm": expected,
            "baskets": {"count": info["count"], "tags": info["tags"]},
        }
        rows.append((name, k, settings[k], uproot_alg, info["count"], ",".join(info["tags"]), tree_tag))
    if tree.num_entries != N_CLASS:
        MISMATCHES.append(f"{name}: {tree.num_entries} entries")
    return {
        "tree": "TreeS",
        "entries": N_CLASS,
        "values": "class_first_1000",
        "setting": setting,
        "algorithm": "mixed" if per_branch else algorithm(setting),
        "basket_size": basket,
        "bytes": len(raw),
        "tree_key_tag": tree_tag,
        "streamer_info_tag": info_tag,
        "branches": branches,
    }


def check_class_values(name, src):
    """Both readers give exactly the source values."""
    arrays = uproot.open(path(name))["TreeS"].arrays(CLASS_BRANCHES, library="np")
    f = ROOT.TFile.Open(path(name))
    rvals = root_read_tree(f.Get("TreeS"))
    f.Close()
    for k in CLASS_BRANCHES:
        if not np.array_equal(arrays[k], src[k]):
            MISMATCHES.append(f"{name}:{k}: uproot values differ from the source")
        if not same(to_json(src[k]), rvals[k]):
            MISMATCHES.append(f"{name}:{k}: PyROOT values differ from the source")


# --------------------------------------------------------------------------

SCHEMA = {
    "root_version": "ROOT version that wrote the ROOT files (gROOT->GetVersion())",
    "uproot_version": "uproot version that wrote the uproot files and read every file",
    "class_first_1000": "{tree, entries, source, branches: {name: branch}} shared by compression_matrix",
    "compression_matrix": "{file: {tree, entries, values ('class_first_1000'), setting, algorithm, basket_size,"
                          " bytes, tree_key_tag, streamer_info_tag, branches: {name: {setting, algorithm,"
                          " baskets: {count, tags}}}}}",
    "files": "{file: {writer, compression, algorithm, bytes, keys: {'path;cycle': class},"
             " objects: {'path' or 'path;cycle': {class ('TTree' | 'ROOT::RNTuple'), entries,"
             " branches: {name: branch}}}}}",
    "branch": "{typename (uproot), root_type (TLeaf::GetTypeName or RNTuple field type), title (TTree only:"
              " branch title = leaf list), baskets (TTree only: {count, tags}), values} or, for big_basket.root,"
              " sum/first10/last10 and baskets.uncompressed_bytes/blocks instead of values; RNTuple fields"
              " also have columns: [{type, compression, pages: [{elements, bytes_on_storage}]}]"
              " (first cluster), and the RNTuple object has clusters (count), cluster_entries"
              " ([[first entry, entries]] per cluster, in entry order) and pages ({field: [pages of its"
              " one column in each cluster]}), checked against uproot's cluster summaries and page lists",
    "unsupported": "{file: {writer, compression, algorithm, bytes, keys, objects: {'path': {class ('TTree'),"
                   " entries, branches: {name: unsupported_branch}} or {class ('ROOT::RNTuple'), entries,"
                   " clusters, branches: {name: unsupported_field}}}}}: branches and fields a numbers-only"
                   " reader cannot read, kept apart from files so that every branch under files stays readable",
    "unsupported_branch": "{root_class (TBranch::IsA()->GetName(): TBranch | TBranchElement | TBranchObject),"
                          " class_name (TBranch::GetClassName(), '' for a leaf-list TBranch), leaf_classes"
                          " (TLeaf::IsA()->GetName() of each leaf), leaf_types (TLeaf::GetTypeName()), title,"
                          " typename (uproot), uproot_reads (uproot 5 + awkward reads it; else uproot_error),"
                          " baskets (top-level branches only: {count, tags}), branches (sub-branches, same"
                          " form, when split), values (only for the plain ok/F branch)}",
    "unsupported_field": "{typename (uproot), root_type (RNTuple field type), columns: [{field (qualified"
                         " name: the field or a sub-field such as vf._0), type, first_element_index (> 0:"
                         " a deferred column, its field was added late; earlier entries read as 0)}],"
                         " uproot_reads (uproot 5 + awkward reads it; else uproot_error), values (only for ok"
                         " and late)}",
    "values": "one per entry: a number, or a list of numbers for arrays and jagged branches (bool as 0/1)",
    "tags": "first two bytes of each compressed block: ZL ZLIB, XZ LZMA, L4 LZ4, ZS ZSTD; 'raw' = stored"
            " uncompressed (ROOT does so when compression does not shrink a basket)",
}


def main():
    t0 = time.time()
    src = class_source()
    rows = []
    ref = {
        "generator": "tests/data/root640/make_fixtures.py",
        "root_version": ROOT_VERSION,
        "uproot_version": uproot.__version__,
        "numpy_version": np.__version__,
        "schema": SCHEMA,
        "class_first_1000": {
            "source": "examples/data/tmva_class_example.root",
            "tree": "TreeS",
            "entries": N_CLASS,
            "branches": {k: {"typename": "float", "root_type": "Float_t", "values": to_json(src[k])}
                         for k in CLASS_BRANCHES},
        },
        "compression_matrix": {},
        "files": {},
        "unsupported": {},
    }

    for name, setting, per_branch, basket in CLASS_FILES:
        write_class_file(name, setting, per_branch, basket, src)
        ref["compression_matrix"][name] = matrix_entry(name, setting, per_branch, basket, rows)
        check_class_values(name, src)

    settings = write_compressible()
    write_leaf_types()
    write_dirs_cycles()
    write_arrays()
    write_big_basket()
    write_root_rntuple()
    write_rntuple_types()
    write_rntuple_clusters()
    write_uproot_files()
    jagged = write_uproot_jagged()
    write_unsupported()
    write_rntuple_unsupported()
    t_write = time.time() - t0

    files = ref["files"]
    files["compressible.root"] = describe_file("compressible.root", WRITER_ROOT, 101, [("t", "tree")])
    files["compressible.root"]["branch_settings"] = settings
    raw = open(path("compressible.root"), "rb").read()
    tree = uproot.open(path("compressible.root"))["t"]
    for k, s in settings.items():
        info = basket_info(raw, tree[k])
        rows.append(("compressible.root", k, s, algorithm(s), info["count"], ",".join(info["tags"]), ""))
        want = {"ZLIB": "ZL", "LZMA": "XZ", "LZ4": "L4", "ZSTD": "ZS", "none": "raw"}[algorithm(s)]
        if info["tags"] != [want]:
            MISMATCHES.append(f"compressible.root:{k}: tags {info['tags']}, expected [{want}]")
    files["leaf_types.root"] = describe_file("leaf_types.root", WRITER_ROOT, 101, [("types", "tree")])
    files["dirs_cycles.root"] = describe_file(
        "dirs_cycles.root", WRITER_ROOT, 101,
        [("dir/events", "tree"), ("a/b/deep", "tree"), ("cyc;1", "tree"), ("cyc;2", "tree")])
    files["arrays.root"] = describe_file("arrays.root", WRITER_ROOT, 101, [("arrays", "tree")])
    files["big_basket.root"] = describe_file("big_basket.root", WRITER_ROOT, BIG_SETTING, [("big", "summary")])
    files["root_rntuple.root"] = describe_file("root_rntuple.root", WRITER_ROOT, 505, [("ntuple", "rntuple")])
    for name, setting in RNTUPLE_TYPES_FILES:
        files[name] = describe_file(name, WRITER_ROOT, setting, [("nt", "rntuple")])
    files["rntuple_clusters.root"] = describe_file("rntuple_clusters.root", WRITER_ROOT, 505, [("nt", "rntuple")])
    for name, _, setting in UPROOT_TTREES:
        files[name] = describe_file(name, WRITER_UPROOT, setting, [("events", "tree")])
        raw = open(path(name), "rb").read()
        tree = uproot.open(path(name))["events"]
        for k in tree.keys():
            info = basket_info(raw, tree[k])
            rows.append((name, k, setting, type(tree.file.compression).__name__, info["count"],
                         ",".join(info["tags"]), ""))
    files["uproot_rntuple.root"] = describe_file("uproot_rntuple.root", WRITER_UPROOT, 101,
                                                 [("ntuple", "rntuple")])
    files["uproot_jagged.root"] = describe_file("uproot_jagged.root", WRITER_UPROOT, 101, [("events", "tree")])
    ref["unsupported"]["unsupported.root"] = describe_unsupported("unsupported.root", "events", ["ok"])
    ref["unsupported"]["rntuple_unsupported.root"] = describe_unsupported_rntuple(
        "rntuple_unsupported.root", "nt", ["ok", "late"])

    # Checks specific to some files.
    keys = files["dirs_cycles.root"]["keys"]
    for k in ("dir/events;1", "a/b/deep;1", "cyc;1", "cyc;2"):
        if k not in keys:
            MISMATCHES.append(f"dirs_cycles.root: key {k} missing ({sorted(keys)})")
    big = files["big_basket.root"]["objects"]["big"]
    bb = big["branches"]["v"]["baskets"]
    if big["entries"] != BIG_N or bb["count"] != 1 or bb["uncompressed_bytes"][0] <= 16 * 1024 * 1024:
        MISMATCHES.append(f"big_basket.root: not one basket over 16 MiB: {bb['count']} {bb['uncompressed_bytes']}")
    jb = files["uproot_jagged.root"]["objects"]["events"]["branches"]
    if list(jb) != ["w", "npt", "pt"] or jb["pt"]["title"] != "pt[npt]/F":
        MISMATCHES.append(f"uproot_jagged.root: branches {list(jb)}, pt title {jb['pt']['title']}")
    if jb["pt"]["values"] != jagged["pt"].tolist() or jb["npt"]["values"] != [len(x) for x in jagged["pt"]] \
            or not same(jb["w"]["values"], to_json(jagged["w"])):
        MISMATCHES.append("uproot_jagged.root: values differ from what was written")
    ok = ref["unsupported"]["unsupported.root"]["objects"]["events"]["branches"]["ok"]["values"]
    if ok != [0.25 * i - 2.0 for i in range(UNSUPPORTED_N)]:
        MISMATCHES.append("unsupported.root: ok values differ from what was written")
    expect = rntuple_type_values()
    for name, setting in RNTUPLE_TYPES_FILES:
        nt = files[name]["objects"]["nt"]
        for n, _, typename in RNTUPLE_TYPES:
            b = nt["branches"][n]
            if b["typename"] != typename or b["root_type"] != typename:
                MISMATCHES.append(f"{name}:{n}: types {b['typename']}, {b['root_type']}, expected {typename}")
            if not same(b["values"], to_json(expect[n])):
                MISMATCHES.append(f"{name}:{n}: values differ from what was written")
            if [c["compression"] for c in b["columns"]] != [setting]:
                MISMATCHES.append(f"{name}:{n}: column compression {b['columns']}, expected {setting}")
    cl = files["rntuple_clusters.root"]["objects"]["nt"]
    expect = rntuple_clusters_values()
    if cl["entries"] != RNTUPLE_CLUSTERS_N or cl["clusters"] < 3 \
            or min(min(p) for p in cl["pages"].values()) < 2:
        MISMATCHES.append(f"rntuple_clusters.root: want >= 3 clusters, >= 2 pages per column and cluster:"
                          f" {cl['clusters']} {cl['pages']}")
    if cl["branches"]["x"]["values"] != to_json(expect["x"]) or cl["branches"]["n"]["values"] != to_json(expect["n"]) \
            or not np.allclose(cl["branches"]["d"]["values"], expect["d"], rtol=0, atol=1e-9):
        MISMATCHES.append("rntuple_clusters.root: values differ from what was written")
    ru = ref["unsupported"]["rntuple_unsupported.root"]["objects"]["nt"]["branches"]
    if ru["ok"]["values"] != [0.25 * i - 2.0 for i in range(RNTUPLE_UNSUPPORTED_N)]:
        MISMATCHES.append("rntuple_unsupported.root: ok values differ from what was written")
    half = RNTUPLE_UNSUPPORTED_N // 2
    late = [0.0] * half + [1.5 * i for i in range(half, RNTUPLE_UNSUPPORTED_N)]
    if "values" in ru["late"] and ru["late"]["values"] != late:
        MISMATCHES.append(f"rntuple_unsupported.root: late values {ru['late'].get('values')}")
    ut = files["leaf_types.root"]["objects"]["types"]["branches"]
    expect = leaf_type_values()
    for n in ("b", "ub", "s", "us", "i", "ui", "l", "ul", "f", "d", "o"):
        if not same(ut[n]["values"], to_json(np.asarray(expect[n], dtype=dict((a, b) for a, b, _ in LEAF_SPECS)[n]))):
            MISMATCHES.append(f"leaf_types.root:{n}: values differ from what was written")

    with open(path("reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
        f.write("\n")

    print(f"ROOT {ROOT_VERSION}, uproot {uproot.__version__}, numpy {np.__version__}")
    print(f"{'file':28} {'branch':6} {'setting':>7} {'uproot says':11} {'baskets':>7} {'block tags':10} tree key")
    for r in rows:
        print(f"{r[0]:28} {r[1]:6} {r[2]:>7} {r[3]:11} {r[4]:>7} {r[5]:10} {r[6]}")
    def show(branches, indent):
        for n, b in branches.items():
            print(f"{' ' * indent}{n:{28 - indent}} {b['root_class']:15} {','.join(b['leaf_classes']):18}"
                  f" {b['typename']:34} uproot reads: {'yes' if b['uproot_reads'] else 'no'}")
            show(b.get("branches", {}), indent + 2)
    print("unsupported.root:events")
    show(ref["unsupported"]["unsupported.root"]["objects"]["events"]["branches"], 2)
    print("rntuple_unsupported.root:nt")
    for n, b in ru.items():
        cols = ", ".join(f"{c['field']} {c['type']}" + (f" from {c['first_element_index']}"
                                                        if c["first_element_index"] else "") for c in b["columns"])
        print(f"  {n:26} {b['root_type']:20} {cols:48} uproot reads: {'yes' if b['uproot_reads'] else 'no'}")
    print(f"rntuple_clusters.root: {cl['clusters']} clusters {cl['cluster_entries']}, pages per cluster {cl['pages']}")
    print(f"big_basket.root: 1 basket, {bb['uncompressed_bytes'][0]} bytes uncompressed, blocks "
          f"{[(b['tag'], b['compressed'], b['uncompressed']) for b in bb['blocks'][0]]}")
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".root") or name.endswith(".json"):
            print(f"  {name:28} {os.path.getsize(path(name)):>9} bytes")
    print(f"written in {t_write:.1f} s, total {time.time() - t0:.1f} s")
    if MISMATCHES:
        print("MISMATCHES:")
        for m in MISMATCHES:
            print("  " + m)
        sys.exit(1)
    print("uproot and PyROOT agree on every file")


if __name__ == "__main__":
    main()
