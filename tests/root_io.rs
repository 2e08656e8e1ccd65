//! Reading ROOT files: the TMVA example files, the vendored reader's fixes
//! (each with a file made by `tests/data/make_root_fixtures.py`), every scalar
//! type, and errors on bad input.

use tmva_burn::io::RootFile;

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> String {
    format!("{}/examples/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn reference() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(data("reference.json")).unwrap()).unwrap()
}

#[test]
fn tmva_example_files_list_their_trees() {
    let class = RootFile::open(example("tmva_class_example.root")).unwrap();
    assert_eq!(class.tree_names(), ["TreeS", "TreeB"]);
    let s = class.tree("TreeS").unwrap();
    assert_eq!(s.entries(), 6000);
    let names: Vec<&str> = s.branches().iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["var1", "var2", "var3", "var4"]);
    let b = class.tree("TreeB").unwrap();
    assert!(b.has_branch("weight"));
    let multi = RootFile::open(example("tmva_multiclass_example.root")).unwrap();
    assert_eq!(multi.tree_names(), ["TreeS", "TreeB0", "TreeB1", "TreeB2"]);
}

#[test]
fn regression_rows_come_out_in_file_order() {
    // Fix 1: TreeR's last basket was never flushed and lives inside the
    // TTree; it holds the last entries and must be read last.
    let tree = RootFile::open(example("tmva_reg_example.root"))
        .unwrap()
        .tree("TreeR")
        .unwrap();
    assert_eq!(
        tree.entries(),
        reference()["reg_entries"].as_u64().unwrap() as usize
    );
    let columns = tree.read_columns(&["var1", "var2", "fvalue"]).unwrap();
    let csv = std::fs::read_to_string(data("reg_example_rows.csv")).unwrap();
    let mut rows = 0;
    for line in csv.lines().skip(1) {
        let fields: Vec<f64> = line.split(',').map(|f| f.parse().unwrap()).collect();
        let entry = fields[0] as usize;
        for (k, column) in columns.iter().enumerate() {
            // uproot's float32 printed as the exact double: bit equality.
            assert_eq!(
                column[entry],
                fields[k + 1] as f32,
                "entry {entry} column {k}"
            );
        }
        rows += 1;
    }
    assert_eq!(rows, 10);
}

fn check_tree(file: &str, key: &str) {
    let reference = &reference()[key];
    let tree = RootFile::open(data(file)).unwrap().tree("events").unwrap();
    assert_eq!(
        tree.entries() as u64,
        reference["entries"].as_u64().unwrap()
    );
    let columns = tree.read_columns(&["x", "y"]).unwrap();
    let sum: f64 = columns[0].iter().map(|&v| v as f64).sum();
    let expected = reference["x_sum"].as_f64().unwrap();
    // Summing f32 values in f64, in the same order: exact up to f64 rounding.
    assert!(
        (sum - expected).abs() < 1e-9 * expected.abs().max(1.0),
        "{sum} vs {expected}"
    );
    if let Some(first) = reference.get("y_first") {
        // y is double on file, read as f32.
        assert_eq!(columns[1][0], first.as_f64().unwrap() as f32);
    }
}

#[test]
fn a_file_with_more_than_ten_streamer_infos_opens() {
    // Fix 2.
    check_tree("many_streamers.root", "many_streamers");
}

#[test]
fn a_file_with_tattmarker_version_3_opens() {
    // Fix 3.
    check_tree("attmarker_v3.root", "attmarker_v3");
}

#[test]
fn zstd_compressed_baskets_decode() {
    // Fix 4.
    check_tree("zstd.root", "zstd");
}

#[test]
fn every_scalar_type_reads_as_f32() {
    let reference = reference();
    let tree = RootFile::open(data("all_types.root"))
        .unwrap()
        .tree("types")
        .unwrap();
    let expected = reference["all_types"].as_object().unwrap();
    for (name, values) in expected {
        let column = tree
            .read_columns(&[name])
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .remove(0);
        let values: Vec<f32> = values
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap() as f32)
            .collect();
        assert_eq!(column[..5], values[..5], "{name}");
        assert_eq!(*column.last().unwrap(), values[5], "{name}");
    }
}

#[test]
fn bad_input_is_an_error_naming_the_file_tree_or_branch() {
    let err = RootFile::open("/nonexistent/file.root")
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nonexistent/file.root"), "{err}");
    let not_root = data("reg_example_rows.csv");
    let err = RootFile::open(&not_root).unwrap_err().to_string();
    assert!(
        err.contains("reg_example_rows.csv") && err.contains("not a ROOT file"),
        "{err}"
    );
    let class = RootFile::open(example("tmva_class_example.root")).unwrap();
    let err = class.tree("TreeX").unwrap_err().to_string();
    assert!(
        err.contains("no tree `TreeX`") && err.contains("TreeS, TreeB"),
        "{err}"
    );
    let err = class
        .tree("TreeS")
        .unwrap()
        .read_columns(&["var9"])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no branch `var9`") && err.contains("TreeS"),
        "{err}"
    );
}

#[test]
fn truncated_and_corrupted_files_give_errors_not_panics() {
    let original = std::fs::read(example("tmva_class_example.root")).unwrap();
    let dir = std::env::temp_dir().join(format!("tmva_burn_root_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut damaged = Vec::new();
    for cut in [10, 100, 1000, original.len() / 2, original.len() - 100] {
        damaged.push((format!("cut{cut}"), original[..cut].to_vec()));
    }
    // Overwrite stretches with garbage at several places.
    for (k, at) in [300usize, 5_000, 60_000, 150_000, original.len() - 400]
        .into_iter()
        .enumerate()
    {
        let mut bytes = original.clone();
        for (i, b) in bytes[at..at + 64].iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37).wrapping_add(k as u8);
        }
        damaged.push((format!("garbage{at}"), bytes));
    }
    for (name, bytes) in damaged {
        let path = dir.join(format!("{name}.root"));
        std::fs::write(&path, bytes).unwrap();
        // Either a clean result or an error; a panic fails the test.
        let result = RootFile::open(&path).and_then(|f| {
            let names: Vec<String> = f.tree_names().iter().map(|s| s.to_string()).collect();
            for n in names {
                f.tree(&n)?
                    .read_columns(&["var1", "var2", "var3", "var4"])?;
            }
            Ok(())
        });
        if let Err(e) = result {
            assert!(e.to_string().contains(&name), "{name}: {e}");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
