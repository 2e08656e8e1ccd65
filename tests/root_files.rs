//! Reading what real ROOT 6.40 and uproot 5 write: the fixture matrix of
//! `tests/data/root640/` (made by `tests/data/root640/make_fixtures.py`,
//! which checks every value with both uproot and PyROOT) compared cell by
//! cell with the values uproot reads, as exact `f32`s (the reader's output
//! type; every value on file converts to `f32` the same way in both).

use serde_json::Value;
use tmva_burn::io::{ColumnData, RootFile};

fn fixture(name: &str) -> String {
    format!("{}/tests/data/root640/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn reference() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture("reference.json")).unwrap()).unwrap()
}

fn as_f32(v: &Value) -> f32 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}")) as f32
}

/// Compares a column with the reference's values (numbers, or lists of numbers).
fn assert_column(column: &ColumnData, expected: &[Value], what: &str) {
    assert_eq!(column.len(), expected.len(), "{what}: entries");
    match column {
        ColumnData::Scalar(values) => {
            for (i, (got, want)) in values.iter().zip(expected).enumerate() {
                assert_eq!(
                    got.to_bits(),
                    as_f32(want).to_bits(),
                    "{what}[{i}]: {got} vs {want}"
                );
            }
        }
        ColumnData::Array { counts, values } => {
            let mut at = 0usize;
            for (i, (&count, want)) in counts.iter().zip(expected).enumerate() {
                let want = want
                    .as_array()
                    .unwrap_or_else(|| panic!("{what}[{i}] is a list"));
                assert_eq!(count as usize, want.len(), "{what}[{i}]: length");
                for (k, w) in want.iter().enumerate() {
                    let got = values[at + k];
                    assert_eq!(
                        got.to_bits(),
                        as_f32(w).to_bits(),
                        "{what}[{i}][{k}]: {got} vs {w}"
                    );
                }
                at += count as usize;
            }
            assert_eq!(at, values.len(), "{what}: values left over");
        }
    }
}

#[test]
fn every_compression_setting_root_writes_reads_the_same_values() {
    let reference = reference();
    let values = &reference["class_first_1000"]["branches"];
    let matrix = reference["compression_matrix"].as_object().unwrap();
    assert!(matrix.len() >= 7, "the matrix has {} files", matrix.len());
    for (file, spec) in matrix {
        let tree = RootFile::open(fixture(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .tree("TreeS")
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(tree.entries(), spec["entries"].as_u64().unwrap() as usize);
        let names = ["var1", "var2", "var3", "var4"];
        let columns = tree
            .read_branches(&names)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        for (name, column) in names.iter().zip(&columns) {
            let expected = values[name]["values"].as_array().unwrap();
            assert_column(column, expected, &format!("{file}:{name}"));
        }
    }
}

/// Every tree of every ROOT- and uproot-written file, every branch, every cell.
#[test]
fn every_tree_and_branch_of_the_fixture_files_matches_uproot() {
    let reference = reference();
    let mut checked = 0;
    for (file, spec) in reference["files"].as_object().unwrap() {
        let root = RootFile::open(fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (object, ospec) in spec["objects"].as_object().unwrap() {
            // TTrees and RNTuples alike.
            assert!(
                ospec["class"] == "TTree" || ospec["class"] == "ROOT::RNTuple",
                "{file}:{object}: {}",
                ospec["class"]
            );
            let tree = root
                .tree(object)
                .unwrap_or_else(|e| panic!("{file}:{object}: {e}"));
            assert_eq!(
                tree.entries() as u64,
                ospec["entries"].as_u64().unwrap(),
                "{file}:{object}"
            );
            for (branch, bspec) in ospec["branches"].as_object().unwrap() {
                let what = format!("{file}:{object}:{branch}");
                let column = tree
                    .read_branches(&[branch])
                    .unwrap_or_else(|e| panic!("{what}: {e}"))
                    .remove(0);
                match bspec.get("values") {
                    Some(values) => assert_column(&column, values.as_array().unwrap(), &what),
                    None => check_summary(&column, bspec, &what),
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 40, "only {checked} branches checked");
}

/// For the 5,000,000-entry file: the sum and the first and last ten values.
fn check_summary(column: &ColumnData, spec: &Value, what: &str) {
    let ColumnData::Scalar(values) = column else {
        panic!("{what}: expected scalars");
    };
    let first: Vec<f32> = spec["first10"]
        .as_array()
        .unwrap()
        .iter()
        .map(as_f32)
        .collect();
    let last: Vec<f32> = spec["last10"]
        .as_array()
        .unwrap()
        .iter()
        .map(as_f32)
        .collect();
    assert_eq!(values[..10], first[..], "{what}");
    assert_eq!(values[values.len() - 10..], last[..], "{what}");
    // Integers below 2^24 summed in f64: exact.
    let sum: f64 = values.iter().map(|&v| f64::from(v)).sum();
    assert_eq!(sum, spec["sum"].as_f64().unwrap(), "{what}");
}

#[test]
fn a_basket_over_16_mib_is_decompressed_block_by_block() {
    let reference = reference();
    let blocks = &reference["files"]["big_basket.root"]["objects"]["big"]["branches"]["v"]["baskets"]
        ["blocks"][0];
    assert!(
        blocks.as_array().unwrap().len() >= 2,
        "the fixture has one block"
    );
    let tree = RootFile::open(fixture("big_basket.root"))
        .unwrap()
        .tree("big")
        .unwrap();
    assert_eq!(tree.entries(), 5_000_000);
    let v = tree.read_columns(&["v"]).unwrap().remove(0);
    assert!(v.iter().enumerate().all(|(i, &x)| x == (i % 1000) as f32));
}

#[test]
fn trees_in_directories_and_every_cycle_are_found() {
    let file = RootFile::open(fixture("dirs_cycles.root")).unwrap();
    assert_eq!(file.tree_names(), ["dir/events", "a/b/deep", "cyc"]);
    assert_eq!(file.tree("cyc").unwrap().entries(), 15, "the highest cycle");
    assert_eq!(file.tree("cyc;2").unwrap().entries(), 15);
    assert_eq!(file.tree("cyc;1").unwrap().entries(), 10);
    assert_eq!(file.tree("/dir/events").unwrap().entries(), 20);
    let err = file.tree("cyc;3").unwrap_err().to_string();
    assert!(err.contains("no tree `cyc;3`"), "{err}");
    assert!(
        err.contains("cyc;1") && err.contains("cyc;2") && err.contains("a/b/deep"),
        "{err}"
    );
}

#[test]
fn leaf_types_are_named_as_root_declares_them() {
    let tree = RootFile::open(fixture("leaf_types.root"))
        .unwrap()
        .tree("types")
        .unwrap();
    let types: Vec<(String, String)> = tree
        .branches()
        .iter()
        .map(|b| (b.name.clone(), b.type_name.clone()))
        .collect();
    let expect = [
        ("b", "int8_t"),
        ("ub", "uint8_t"),
        ("s", "int16_t"),
        ("us", "uint16_t"),
        ("i", "int32_t"),
        ("ui", "uint32_t"),
        ("l", "int64_t"),
        ("ul", "uint64_t"),
        ("f", "float"),
        ("d", "double"),
        ("o", "bool"),
        ("f16", "Float16_t"),
        ("d32", "Double32_t"),
        ("f16r", "Float16_t"),
        ("d32r", "Double32_t"),
    ];
    for (name, ty) in expect {
        assert!(
            types.iter().any(|(n, t)| n == name && t == ty),
            "{name} should be {ty}: {types:?}"
        );
    }
    let arrays = RootFile::open(fixture("arrays.root"))
        .unwrap()
        .tree("arrays")
        .unwrap();
    let ty = |n: &str| {
        arrays
            .branches()
            .iter()
            .find(|b| b.name == n)
            .unwrap()
            .type_name
            .clone()
    };
    assert_eq!(ty("x"), "float[3]");
    assert_eq!(ty("arr"), "float[n]");
    assert_eq!(ty("jet_pt"), "vector<float>");
    assert_eq!(ty("vi"), "vector<int>");
}

#[test]
fn lists_read_as_scalars_are_an_error_that_says_how_to_use_them() {
    let tree = RootFile::open(fixture("arrays.root"))
        .unwrap()
        .tree("arrays")
        .unwrap();
    let err = tree.read_columns(&["jet_pt"]).unwrap_err().to_string();
    assert!(err.contains("arrays.root"), "{err}");
    assert!(
        err.contains("`jet_pt[0]`") && err.contains("Sum$(jet_pt)"),
        "{err}"
    );
}

#[test]
fn rntuples_read_like_trees_window_by_window() {
    for file in ["uproot_rntuple.root", "root_rntuple.root"] {
        let root = RootFile::open(fixture(file)).unwrap();
        assert_eq!(root.tree_names(), ["ntuple"]);
        let ntuple = root.tree("ntuple").unwrap();
        assert_eq!(ntuple.entries(), 500);
        let whole = ntuple.read_branches(&["x", "y", "n"]).unwrap();
        let part = ntuple.read_range(&["n", "y"], 123..321).unwrap();
        for (p, w) in part.iter().zip([&whole[2], &whole[1]]) {
            let (ColumnData::Scalar(p), ColumnData::Scalar(w)) = (p, w) else {
                panic!("scalars")
            };
            assert_eq!(p[..], w[123..321], "{file}");
        }
        let err = ntuple.read_columns(&["nope"]).unwrap_err().to_string();
        assert!(
            err.contains("has no field `nope`") && err.contains(file),
            "{err}"
        );
    }
}

/// The DataLoader on `arrays.root` with TTreeFormula's array syntax in
/// variables, weight and cut. The expected events are computed here from
/// uproot's values in reference.json, not by our expression code.
#[test]
fn array_expressions_in_variables_weights_and_cuts_follow_ttreeformula() {
    use tmva_burn::data::DataLoader;
    let reference = reference();
    let branches = &reference["files"]["arrays.root"]["objects"]["arrays"]["branches"];
    let list = |name: &str, i: usize| -> Vec<f64> {
        branches[name]["values"][i]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect()
    };
    let entries = reference["files"]["arrays.root"]["objects"]["arrays"]["entries"]
        .as_u64()
        .unwrap() as usize;
    // Expected: entries with a first jet and a third `x` element (always),
    // passing `Max$(vd) > 0`; variables jet_pt[0], Length$(jet_pt),
    // Sum$(vi > 0), x[2], Min$(arr); weight w * Length$(arr).
    let mut expected: Vec<(u32, [f32; 5], f32)> = Vec::new();
    let mut skipped = 0;
    for i in 0..entries {
        let jets = list("jet_pt", i);
        if jets.is_empty() {
            skipped += 1;
            continue;
        }
        let vd = list("vd", i);
        let max_vd = vd.iter().copied().reduce(f64::max).unwrap_or(0.0);
        if max_vd <= 0.0 {
            continue;
        }
        let arr = list("arr", i);
        let min_arr = arr.iter().copied().reduce(f64::min).unwrap_or(0.0);
        let vi_positive = list("vi", i).iter().filter(|&&v| v > 0.0).count();
        let w = branches["w"]["values"][i].as_f64().unwrap();
        expected.push((
            i as u32,
            [
                jets[0] as f32,
                jets.len() as f32,
                vi_positive as f32,
                list("x", i)[2] as f32,
                min_arr as f32,
            ],
            (w * arr.len() as f64) as f32,
        ));
    }
    assert!(
        skipped > 0 && expected.len() > 20,
        "the fixture exercises both cases"
    );

    let tree = RootFile::open(fixture("arrays.root"))
        .unwrap()
        .tree("arrays")
        .unwrap();
    let mut loader = DataLoader::new("arrays");
    for v in [
        "jet_pt[0]",
        "Length$(jet_pt)",
        "Sum$(vi > 0)",
        "x[2]",
        "Min$(arr)",
    ] {
        loader.add_variable(v).unwrap();
    }
    loader.add_signal_tree(tree.clone(), 1.0).unwrap();
    loader.add_background_tree(tree, 1.0).unwrap();
    loader
        .set_weight_expression("w * Length$(arr)", "Signal")
        .unwrap();
    loader.add_cut("Max$(vd) > 0", "Signal").unwrap();
    let ds = loader
        .prepare_training_and_test_tree("", "SplitMode=Block:NormMode=None:!V")
        .unwrap()
        .clone();
    assert_eq!(ds.stats[0].no_element, skipped);
    assert_eq!(ds.stats[0].after_cuts, expected.len());
    let mut got: Vec<(Vec<f32>, f32, u32)> = Vec::new();
    for sample in [&ds.train, &ds.test] {
        for i in 0..sample.len() {
            if sample.classes[i] == 0 {
                got.push((
                    sample.event(i).to_vec(),
                    sample.weights[i],
                    sample.origin[i],
                ));
            }
        }
    }
    // TMVA's default split of an odd count leaves one event out.
    assert_eq!(got.len(), ds.stats[0].training + ds.stats[0].testing);
    assert!(got.len() + 1 >= expected.len());
    for (vars, weight, origin) in &got {
        let (_, want, want_weight) = expected
            .iter()
            .find(|e| e.0 == *origin)
            .unwrap_or_else(|| panic!("entry {origin} should not be an event"));
        assert_eq!(vars.as_slice(), want.as_slice(), "entry {origin}");
        assert_eq!(weight, want_weight, "entry {origin}");
    }
}

#[test]
fn ranges_and_windows_read_what_the_whole_read_gives() {
    let tree = RootFile::open(fixture("class_small_baskets.root"))
        .unwrap()
        .tree("TreeS")
        .unwrap();
    let names = ["var1", "var4"];
    let whole = tree.read_branches(&names).unwrap();
    let windows = tree.entry_windows(&names, 100).unwrap();
    assert!(windows.len() > 3, "{windows:?}");
    assert_eq!(windows[0].start, 0);
    assert_eq!(windows.last().unwrap().end, 1000);
    for pair in windows.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
        assert!(pair[0].len() >= 100, "{windows:?}");
    }
    let mut joined = [Vec::new(), Vec::new()];
    for w in &windows {
        for (j, c) in joined
            .iter_mut()
            .zip(tree.read_range(&names, w.clone()).unwrap())
        {
            let ColumnData::Scalar(v) = c else { panic!() };
            j.extend(v);
        }
    }
    for (j, w) in joined.iter().zip(&whole) {
        assert_eq!(&ColumnData::Scalar(j.clone()), w);
    }
    // Any range, across basket boundaries.
    let part = tree.read_range(&names, 37..512).unwrap();
    let ColumnData::Scalar(all) = &whole[1] else {
        panic!()
    };
    assert_eq!(part[1], ColumnData::Scalar(all[37..512].to_vec()));
    assert!(tree.read_range(&names, 900..1001).is_err());

    // Lists: counts and values sliced together.
    let arrays = RootFile::open(fixture("arrays.root"))
        .unwrap()
        .tree("arrays")
        .unwrap();
    for name in ["jet_pt", "arr", "x", "vi"] {
        let ColumnData::Array { counts, values } = arrays.read_branches(&[name]).unwrap().remove(0)
        else {
            panic!("{name} is a list")
        };
        let before: usize = counts[..10].iter().map(|&c| c as usize).sum();
        let inside: usize = counts[10..50].iter().map(|&c| c as usize).sum();
        let part = arrays.read_range(&[name], 10..50).unwrap().remove(0);
        assert_eq!(
            part,
            ColumnData::Array {
                counts: counts[10..50].to_vec(),
                values: values[before..before + inside].to_vec()
            },
            "{name}"
        );
    }
}

#[test]
fn a_chain_reads_the_files_a_pattern_matches_in_order() {
    use tmva_burn::io::{Chain, expand_patterns};
    let reference = reference();
    let first: Vec<f32> = reference["class_first_1000"]["branches"]["var2"]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(as_f32)
        .collect();
    let pattern = fixture("class_*.root");
    let files = expand_patterns(&[&pattern], None).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "class_lz4.root",
            "class_lzma.root",
            "class_mixed.root",
            "class_none.root",
            "class_small_baskets.root",
            "class_zlib.root",
            "class_zstd.root"
        ]
    );
    let chain = Chain::open(&[pattern.as_str(), &fixture("class_zlib.root")], "TreeS").unwrap();
    assert_eq!(chain.entries(), 8000);
    assert!(
        chain.describe().contains("in 8 files"),
        "{}",
        chain.describe()
    );
    let var2 = chain.read_columns(&["var2"]).unwrap().remove(0);
    for (k, part) in var2.chunks(1000).enumerate() {
        assert_eq!(part, first.as_slice(), "file {k}");
    }
    // A pattern that matches nothing, and a file without the tree, are named.
    let err = expand_patterns(&[fixture("nothing_*.root")], None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("nothing_*.root") && err.contains("matches no file"),
        "{err}"
    );
    let err = Chain::open(
        &[fixture("class_zlib.root"), fixture("arrays.root")],
        "TreeS",
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("arrays.root") && err.contains("no tree `TreeS`"),
        "{err}"
    );
}

/// Truncated and bit-flipped copies of a ROOT 6.40 file: every failure is an
/// error that names the file and says what is wrong in words, never a panic
/// and never a debug dump of an internal error.
#[test]
fn damaged_files_give_errors_in_words() {
    let source = std::fs::read(fixture("class_zlib.root")).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("damaged_root640");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("damaged.root");
    let mut cases: Vec<Vec<u8>> = (0..source.len())
        .step_by(97)
        .map(|cut| source[..cut].to_vec())
        .collect();
    for at in (0..source.len()).step_by(13) {
        let mut bytes = source.clone();
        bytes[at] ^= 0x5a;
        cases.push(bytes);
    }
    let mut errors = 0;
    for bytes in cases {
        std::fs::write(&path, &bytes).unwrap();
        let result = RootFile::open(&path).and_then(|f| {
            f.tree("TreeS")?
                .read_columns(&["var1", "var2", "var3", "var4"])
        });
        if let Err(e) = result {
            errors += 1;
            let message = e.to_string();
            assert!(message.contains("damaged.root"), "{message}");
            for dump in [
                "Rbytes(",
                "RCompress(",
                "Custom {",
                "EnumNamed",
                "Some(",
                "Err(",
            ] {
                assert!(!message.contains(dump), "{message}");
            }
        }
    }
    assert!(errors > 100, "only {errors} of the damaged files failed");
}

/// Branches and fields we cannot read are errors that name the file, the
/// tree, the branch and what it is, in words.
#[test]
fn unsupported_branches_and_fields_are_named_in_words() {
    let reference = reference();
    for (file, spec) in reference["unsupported"].as_object().unwrap() {
        let root = RootFile::open(fixture(file)).unwrap();
        for (object, ospec) in spec["objects"].as_object().unwrap() {
            let tree = root
                .tree(object)
                .unwrap_or_else(|e| panic!("{file}:{object}: {e}"));
            let ok = tree.read_columns(&["ok"]).unwrap().remove(0);
            let want: Vec<f32> = ospec["branches"]["ok"]["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(as_f32)
                .collect();
            assert_eq!(ok, want, "{file}");
            for branch in ospec["branches"].as_object().unwrap().keys() {
                if branch == "ok" {
                    continue;
                }
                let err = tree
                    .read_branches(&[branch])
                    .err()
                    .unwrap_or_else(|| panic!("{file}:{branch} should be refused"))
                    .to_string();
                assert!(err.contains(file.as_str()), "{err}");
                assert!(err.contains(&format!("`{branch}`")), "{err}");
                assert!(err.contains("supported"), "{err}");
                for dump in ["Some(", "Err(", "{ ", "Rbytes"] {
                    assert!(!err.contains(dump), "{err}");
                }
            }
        }
    }
    let tree = RootFile::open(fixture("unsupported.root"))
        .unwrap()
        .tree("events")
        .unwrap();
    let err = |b: &str| tree.read_branches(&[b]).unwrap_err().to_string();
    assert!(err("tracks").contains("TClonesArray"), "{}", err("tracks"));
    assert!(err("pair").contains("leaf list"), "{}", err("pair"));
    assert!(err("name").contains("strings"), "{}", err("name"));
    let ntuple = RootFile::open(fixture("rntuple_unsupported.root"))
        .unwrap()
        .tree("nt")
        .unwrap();
    let err = ntuple.read_branches(&["late"]).unwrap_err().to_string();
    assert!(err.contains("deferred"), "{err}");
}

/// A job file's `files` patterns make a chain: the signal class here is two
/// ROOT 6.40 files of 1,000 entries found by a glob.
#[test]
fn job_files_take_chains_of_files_by_pattern() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("job_chain");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("parts")).unwrap();
    for (k, f) in ["class_zlib.root", "class_zstd.root"].iter().enumerate() {
        std::fs::copy(fixture(f), dir.join(format!("parts/sig_{k}.root"))).unwrap();
    }
    let background = format!(
        "{}/examples/data/tmva_class_example.root",
        env!("CARGO_MANIFEST_DIR")
    );
    let job = format!(
        r#"
[factory]
job = "Chain"
output = "out.root"
options = "Silent:!DrawProgressBar:AnalysisType=Classification"

[data]
variables = ["var1", "var2", "var3", "var4"]
options = "SplitMode=Block:NormMode=None:!V"

[[data.trees]]
files = ["parts/sig_*.root"]
tree = "TreeS"
class = "Signal"

[[data.trees]]
file = "{background}"
tree = "TreeB"
class = "Background"

[[methods]]
kind = "Fisher"
title = "Fisher"
options = "!H:!V"
"#
    );
    let parsed: tmva_burn::job::Job = toml::from_str(&job).unwrap();
    parsed.run(&dir).unwrap();
    let test = RootFile::open(dir.join("out.root"))
        .unwrap()
        .tree("dataset/TestTree")
        .unwrap()
        .read_columns(&["classID"])
        .unwrap()
        .remove(0);
    // Block split, TMVA's default halves: 1,000 of the 2,000 signal events.
    assert_eq!(test.iter().filter(|&&c| c == 0.0).count(), 1000);

    let both = job.replace(
        "files = [\"parts/sig_*.root\"]",
        "files = [\"parts/sig_*.root\"]\nfile = \"x.root\"",
    );
    let parsed: tmva_burn::job::Job = toml::from_str(&both).unwrap();
    let err = parsed.run(&dir).unwrap_err().to_string();
    assert!(err.contains("either `file` or `files`"), "{err}");
    let none = job.replace("files = [\"parts/nothing_*.root\"]", "");
    let none = none.replace("parts/sig_*.root", "parts/nothing_*.root");
    let parsed: tmva_burn::job::Job = toml::from_str(&none).unwrap();
    let err = parsed.run(&dir).unwrap_err().to_string();
    assert!(
        err.contains("nothing_*.root") && err.contains("matches no file"),
        "{err}"
    );
}

/// A file over 2 GiB, whose keys and baskets use 64-bit offsets. It is 2.6
/// GB, so it is made, not committed: `benches/make_big_root_files.py --only
/// over_2gib` writes it with ROOT 6.40 and `over_2gib.json` beside it with
/// uproot's sums and end values. Run with
/// `cargo test --release --test root_files -- --ignored`.
#[test]
#[ignore = "needs target/bench-data/over_2gib.root from benches/make_big_root_files.py"]
fn a_file_over_2_gib_reads_past_32_bit_offsets() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    let summary: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("over_2gib.json"))
            .expect("run benches/make_big_root_files.py --only over_2gib first"),
    )
    .unwrap();
    assert!(summary["max_basket_seek"].as_u64().unwrap() > 1 << 31);
    let tree = RootFile::open(dir.join("over_2gib.root"))
        .unwrap()
        .tree("events")
        .unwrap();
    assert_eq!(tree.entries() as u64, summary["entries"].as_u64().unwrap());
    for (name, spec) in summary["branches"].as_object().unwrap() {
        let v = tree.read_columns(&[name]).unwrap().remove(0);
        let first: Vec<f32> = spec["first5"]
            .as_array()
            .unwrap()
            .iter()
            .map(as_f32)
            .collect();
        let last: Vec<f32> = spec["last5"]
            .as_array()
            .unwrap()
            .iter()
            .map(as_f32)
            .collect();
        assert_eq!(v[..5], first[..], "{name}");
        assert_eq!(v[v.len() - 5..], last[..], "{name}");
        // Multiples of 2^-23: the f64 sum is exact in any order.
        let sum: f64 = v.iter().map(|&x| f64::from(x)).sum();
        assert_eq!(sum, spec["sum"].as_f64().unwrap(), "{name}");
    }
}

/// Histograms ROOT 6.40 wrote (`root640/make_histograms.py`): contents
/// (with under- and overflow), squared weights, entries, statistics and
/// titles as ROOT reads them back (`histograms.json`).
#[test]
fn histograms_root_writes_read_as_root_reads_them() {
    let file = RootFile::open(fixture("histograms.root")).unwrap();
    assert_eq!(file.histogram_names(), ["plots/hf", "plots/hd"]);
    assert!(file.tree_names().is_empty());
    let text = std::fs::read_to_string(fixture("histograms.json")).unwrap();
    let reference: Value = serde_json::from_str(&text).unwrap();
    for (name, want) in reference.as_object().unwrap() {
        let h = file.histogram(name).unwrap();
        let numbers = |v: &Value| -> Vec<f64> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap())
                .collect()
        };
        assert_eq!(h.contents, numbers(&want["contents"]), "{name}");
        assert_eq!(h.sumw2, numbers(&want["sumw2"]), "{name}");
        assert_eq!(h.bins as u64, want["bins"].as_u64().unwrap());
        assert_eq!(h.min, want["min"].as_f64().unwrap());
        assert_eq!(h.max, want["max"].as_f64().unwrap());
        assert_eq!(h.entries, want["entries"].as_f64().unwrap());
        assert_eq!(h.stats.to_vec(), numbers(&want["stats"]), "{name}");
        assert_eq!(h.title, want["title"].as_str().unwrap());
        assert_eq!(h.x_title, want["x_title"].as_str().unwrap());
    }
    let err = file.histogram("plots/none").unwrap_err().to_string();
    assert!(
        err.contains("no histogram `plots/none`") && err.contains("plots/hf"),
        "{err}"
    );
}
