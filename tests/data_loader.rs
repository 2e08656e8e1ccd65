//! The DataLoader on the TMVA example files: event counts, which events go
//! where, weight sums after each NormMode, expressions, cuts and bad input.

mod common;

use common::{class_example_loader as class_loader, example_file as example, reg_example_loader};
use tmva_burn::data::*;
use tmva_burn::methods::pytorch::{SampleTargets, training_data};

#[test]
fn tutorial_split_counts_and_num_events_weights() {
    let mut loader = class_loader();
    loader.set_background_weight_expression("weight").unwrap();
    let ds = loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=4000:nTrain_Background=4000:SplitMode=Random:NormMode=NumEvents:!V",
        )
        .unwrap()
        .clone();
    assert_eq!(ds.classes, ["Signal", "Background"]);
    assert_eq!((ds.train.count(0), ds.train.count(1)), (4000, 4000));
    assert_eq!((ds.test.count(0), ds.test.count(1)), (2000, 2000));
    // NumEvents: each class's training weights sum to its number of training events.
    assert!((ds.train.weight_sum(0) - 4000.0).abs() < 1e-2);
    assert!((ds.train.weight_sum(1) - 4000.0).abs() < 1e-2);
    // Test weights are not renormalised: background keeps its `weight` branch.
    let weights = example("tmva_class_example.root")
        .tree("TreeB")
        .unwrap()
        .read_columns(&["weight"])
        .unwrap()
        .remove(0);
    for (i, &o) in ds.test.origin.iter().enumerate() {
        if ds.test.classes[i] == 1 {
            assert_eq!(ds.test.weights[i], weights[o as usize]);
        }
    }
    // Every event appears once; the variables are those of its entry.
    let mut seen = vec![false; 6000];
    let columns = example("tmva_class_example.root")
        .tree("TreeS")
        .unwrap()
        .read_columns(&["var1", "var2", "var3", "var4"])
        .unwrap();
    for sample in [&ds.train, &ds.test] {
        for i in 0..sample.len() {
            if sample.classes[i] == 0 {
                let o = sample.origin[i] as usize;
                assert!(!seen[o]);
                seen[o] = true;
                let expected: Vec<f32> = columns.iter().map(|c| c[o]).collect();
                assert_eq!(sample.event(i), expected.as_slice());
            }
        }
    }
    assert!(seen.iter().all(|s| *s));
    // Random mixing: classes are interleaved, not in blocks.
    assert_ne!(ds.train.classes[..4000], [0u16; 4000][..]);
}

#[test]
fn same_seed_same_split_other_seed_other_split() {
    let split = |seed: u64| {
        let mut loader = class_loader();
        loader
            .prepare_training_and_test_tree(
                "",
                &format!("SplitSeed={seed}:nTrain_Signal=100:nTrain_Background=100"),
            )
            .unwrap()
            .train
            .origin
            .clone()
    };
    assert_eq!(split(7), split(7));
    assert_ne!(split(7), split(8));
}

#[test]
fn block_and_alternate_put_the_events_tmva_puts() {
    let mut loader = class_loader();
    let ds = loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=100:nTest_Signal=50:nTrain_Background=10:nTest_Background=20:SplitMode=Block:NormMode=None",
        )
        .unwrap();
    // Block, TMVA's case A: the free events (6000 - 100 - 50) are shared half and
    // half, so training draws from the first 100 + 5850/2 = 3025 events and
    // testing from the rest; each keeps its first requested events. Classes
    // follow one another.
    let origins = |s: &Sample, class: u16| -> Vec<u32> {
        s.origin
            .iter()
            .zip(&s.classes)
            .filter(|(_, c)| **c == class)
            .map(|(o, _)| *o)
            .collect()
    };
    assert_eq!(origins(&ds.train, 0), (0..100).collect::<Vec<u32>>());
    assert_eq!(origins(&ds.test, 0), (3025..3075).collect::<Vec<u32>>());
    assert_eq!(origins(&ds.train, 1), (0..10).collect::<Vec<u32>>());
    // 10 + (6000 - 30) / 2 = 2995.
    assert_eq!(origins(&ds.test, 1), (2995..3015).collect::<Vec<u32>>());
    assert_eq!(ds.train.classes[..100], [0u16; 100][..]);

    // Alternate with nothing requested: half and half, even entries train, odd ones test,
    // and the classes alternate event by event.
    let mut loader = class_loader();
    let ds = loader
        .prepare_training_and_test_tree("", "SplitMode=Alternate:NormMode=None")
        .unwrap();
    assert_eq!(
        origins(&ds.train, 0),
        (0..3000).map(|i| 2 * i).collect::<Vec<u32>>()
    );
    assert_eq!(
        origins(&ds.test, 0),
        (0..3000).map(|i| 2 * i + 1).collect::<Vec<u32>>()
    );
    assert_eq!(ds.train.classes[..6], [0, 1, 0, 1, 0, 1]);

    // Alternate with a training request: pairs until it is met, then all to testing.
    let mut loader = class_loader();
    let ds = loader
        .prepare_training_and_test_tree(
            "",
            "SplitMode=Alternate:nTrain_Signal=100:nTrain_Background=100",
        )
        .unwrap();
    assert_eq!(
        origins(&ds.train, 0),
        (0..100).map(|i| 2 * i).collect::<Vec<u32>>()
    );
    let test = origins(&ds.test, 0);
    assert_eq!(test.len(), 5900);
    assert_eq!(test[..3], [1, 3, 5]);
    assert_eq!(test[100..103], [200, 201, 202]);
}

#[test]
fn norm_modes_give_tmvas_weight_sums() {
    for (mode, expected_bkg) in [
        ("None", None),
        ("NumEvents", Some(300.0)),
        ("EqualNumEvents", Some(200.0)),
    ] {
        let mut loader = class_loader();
        loader.set_background_weight_expression("weight").unwrap();
        let ds = loader
            .prepare_training_and_test_tree(
                "",
                &format!("nTrain_Signal=200:nTrain_Background=300:SplitMode=Block:NormMode={mode}"),
            )
            .unwrap();
        let raw: f64 = example("tmva_class_example.root")
            .tree("TreeB")
            .unwrap()
            .read_columns(&["weight"])
            .unwrap()[0][..300]
            .iter()
            .map(|&w| w as f64)
            .sum();
        let got = ds.train.weight_sum(1);
        match expected_bkg {
            None => assert!((got - raw).abs() < 1e-3 * raw, "{mode}: {got} vs {raw}"),
            Some(e) => assert!((got - e).abs() < 1e-3, "{mode}: {got} vs {e}"),
        }
        assert!((ds.train.weight_sum(0) - 200.0).abs() < 1e-3, "{mode}");
    }
}

#[test]
fn expressions_cuts_and_spectators() {
    let file = example("tmva_class_example.root");
    let mut loader = DataLoader::new("dataset");
    loader.add_variable("myvar1 := var1+var2").unwrap();
    loader.add_variable("myvar2 := var1-var2").unwrap();
    loader
        .add_variable_with("var3", "Variable 3", "units", 'F', -1.0, 1.0)
        .unwrap();
    loader.add_variable("TMath::Abs(var4)").unwrap();
    loader.add_spectator("spec1 := var1*2").unwrap();
    loader
        .add_signal_tree(file.tree("TreeS").unwrap(), 1.0)
        .unwrap();
    loader
        .add_background_tree(file.tree("TreeB").unwrap(), 1.0)
        .unwrap();
    let ds = loader
        .prepare_training_and_test_tree(
            "var1 > 0 && abs(var2) < 2",
            "SplitMode=Block:NormMode=None",
        )
        .unwrap()
        .clone();
    let s = file
        .tree("TreeS")
        .unwrap()
        .read_columns(&["var1", "var2", "var3", "var4"])
        .unwrap();
    let passing = (0..6000)
        .filter(|&i| s[0][i] > 0.0 && s[1][i].abs() < 2.0)
        .count();
    assert_eq!(ds.stats[0].after_cuts, passing);
    assert_eq!(ds.stats[0].read, 6000);
    assert_eq!(ds.train.count(0) + ds.test.count(0), passing);
    assert_eq!(ds.variables[0].label, "myvar1");
    assert_eq!(ds.variables[0].expression, "var1+var2");
    assert_eq!(ds.variables[2].title, "Variable 3");
    for i in 0..ds.train.len() {
        if ds.train.classes[i] != 0 {
            continue;
        }
        let o = ds.train.origin[i] as usize;
        let e = ds.train.event(i);
        assert_eq!(e[0], (s[0][o] as f64 + s[1][o] as f64) as f32);
        assert_eq!(e[1], (s[0][o] as f64 - s[1][o] as f64) as f32);
        assert_eq!(e[3], s[3][o].abs());
        assert_eq!(ds.train.spectators[i], s[0][o] * 2.0);
    }
}

#[test]
fn multiclass_counts_and_alternate_mixing() {
    let mut loader = common::multiclass_example_loader();
    let ds = loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=1000:nTrain_bg0=900:nTrain_bg1=800:nTrain_bg2=700:SplitMode=Block:MixMode=Alternate:NormMode=EqualNumEvents",
        )
        .unwrap();
    assert_eq!(ds.classes, ["Signal", "bg0", "bg1", "bg2"]);
    let counts: Vec<usize> = (0..4).map(|c| ds.train.count(c)).collect();
    assert_eq!(counts, [1000, 900, 800, 700]);
    let test: Vec<usize> = (0..4).map(|c| ds.test.count(c)).collect();
    assert_eq!(test, [1000, 1100, 1200, 1300]);
    for c in 0..4 {
        assert!((ds.train.weight_sum(c) - 1000.0).abs() < 1e-3);
    }
    assert_eq!(ds.train.classes[..8], [0, 1, 2, 3, 0, 1, 2, 3]);
}

#[test]
fn regression_and_pre_split_trees() {
    let file = example("tmva_reg_example.root");
    let mut loader = reg_example_loader();
    let ds = loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Regression=1000:nTest_Regression=500:SplitMode=Block:NormMode=NumEvents",
        )
        .unwrap();
    assert_eq!((ds.train.len(), ds.test.len()), (1000, 500));
    assert_eq!(ds.train.n_targets, 1);
    let f = file
        .tree("TreeR")
        .unwrap()
        .read_columns(&["fvalue"])
        .unwrap()
        .remove(0);
    assert_eq!(ds.train.targets[..3], f[..3]);

    // A tree for training only and one for testing only.
    let class = example("tmva_class_example.root");
    let mut loader = DataLoader::new("dataset");
    loader.add_variable("var1").unwrap();
    loader
        .add_tree(
            class.tree("TreeS").unwrap(),
            "Signal",
            1.0,
            TreeType::Training,
        )
        .unwrap();
    loader
        .add_tree(
            class.tree("TreeB").unwrap(),
            "Signal",
            1.0,
            TreeType::Testing,
        )
        .unwrap();
    loader
        .add_tree(
            class.tree("TreeB").unwrap(),
            "Background",
            1.0,
            TreeType::Both,
        )
        .unwrap();
    let ds = loader
        .prepare_training_and_test_tree("", "SplitMode=Block")
        .unwrap();
    assert_eq!((ds.train.count(0), ds.test.count(0)), (6000, 6000));
    assert!(
        ds.train
            .origin
            .iter()
            .zip(&ds.train.classes)
            .all(|(o, c)| *c != 0 || *o < 6000)
    );
    assert!(
        ds.test
            .origin
            .iter()
            .zip(&ds.test.classes)
            .all(|(o, c)| *c != 0 || *o >= 6000)
    );
    assert_eq!((ds.train.count(1), ds.test.count(1)), (3000, 3000));
}

#[test]
fn csv_and_memory_inputs() {
    let dir = std::env::temp_dir().join(format!("tmva_burn_csv_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("events.csv");
    let mut text = String::from("a,b\n");
    for i in 0..20 {
        text.push_str(&format!("{i},{}\n", i * 2));
    }
    std::fs::write(&path, text).unwrap();
    let mut loader = DataLoader::new("d");
    loader.add_variable("s := a + b").unwrap();
    loader
        .add_signal_tree(tmva_burn::io::csv::CsvTable::open(&path).unwrap(), 1.0)
        .unwrap();
    let table = MemoryTable::new(
        "bkg",
        vec![("a".into(), vec![1.0; 10]), ("b".into(), vec![0.5; 10])],
    )
    .unwrap();
    loader.add_background_tree(table, 2.0).unwrap();
    let ds = loader
        .prepare_training_and_test_tree("", "SplitMode=Block:NormMode=None")
        .unwrap();
    assert_eq!((ds.train.count(0), ds.train.count(1)), (10, 5));
    assert_eq!(ds.train.event(0), [0.0]);
    assert_eq!(ds.train.event(1), [3.0]);
    let bkg = ds.train.classes.iter().position(|c| *c == 1).unwrap();
    assert_eq!(ds.train.event(bkg), [1.5]);
    assert_eq!(ds.train.weights[bkg], 2.0);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn non_finite_values_fail_or_are_dropped_and_counted() {
    let make = || {
        let mut loader = DataLoader::new("d");
        loader.add_variable("x").unwrap();
        let mut x: Vec<f32> = (0..10).map(|i| i as f32).collect();
        x[4] = f32::NAN;
        x[7] = f32::INFINITY;
        loader
            .add_signal_tree(MemoryTable::new("sig", vec![("x".into(), x)]).unwrap(), 1.0)
            .unwrap();
        loader
            .add_background_tree(
                MemoryTable::new("bkg", vec![("x".into(), vec![1.0; 10])]).unwrap(),
                1.0,
            )
            .unwrap();
        loader
    };
    let err = make()
        .prepare_training_and_test_tree("", "")
        .unwrap_err()
        .to_string();
    assert!(err.contains("table `sig`: entry 4: `x` is NaN"), "{err}");
    let mut loader = make();
    let ds = loader
        .prepare_training_and_test_tree("", "DropNonFinite")
        .unwrap();
    assert_eq!(ds.stats[0].dropped_non_finite, 2);
    assert_eq!(ds.train.count(0) + ds.test.count(0), 8);
}

#[test]
fn bad_requests_and_options_are_errors_with_the_numbers() {
    for (cut, options, needles) in [
        (
            "",
            "nTrain_Signal=5000:nTest_Signal=2000",
            &["5000 training + 2000 test", "only 6000"][..],
        ),
        ("", "nTrain_Signal=7000", &["7000 training", "6000"]),
        ("", "nTrain_Signl=10", &["no class `Signl`"]),
        ("", "SplitMod=Random", &["SplitMod", "unknown option"]),
        ("var9 > 0", "", &["no branch `var9`", "TreeS"]),
        ("var1 > (0", "", &["expected `)`", "^"]),
    ] {
        let err = class_loader()
            .prepare_training_and_test_tree(cut, options)
            .unwrap_err()
            .to_string();
        for needle in needles {
            assert!(
                err.contains(needle),
                "`{cut}`, `{options}`: `{err}` lacks `{needle}`"
            );
        }
    }
    let mut empty = DataLoader::new("d");
    assert!(empty.prepare_training_and_test_tree("", "").is_err());
    let mut loader = DataLoader::new("d");
    loader.add_variable("x").unwrap();
    let err = loader.add_variable("x").unwrap_err().to_string();
    assert!(err.contains("already"), "{err}");
}

#[test]
fn dataset_memory_stays_within_1_2_times_the_raw_f32_size() {
    // 20 variables: raw size 80 bytes per event; weights, classes and
    // origins add 10 (1.125x). The ratio does not depend on the event count.
    let n = 50_000;
    let columns: Vec<(String, Vec<f32>)> = (0..20)
        .map(|k| {
            (
                format!("x{k}"),
                (0..n).map(|i| (i * (k + 1)) as f32).collect(),
            )
        })
        .collect();
    let mut loader = DataLoader::new("d");
    for k in 0..20 {
        loader.add_variable(&format!("x{k}")).unwrap();
    }
    loader
        .add_signal_tree(MemoryTable::new("sig", columns.clone()).unwrap(), 1.0)
        .unwrap();
    loader
        .add_background_tree(MemoryTable::new("bkg", columns).unwrap(), 1.0)
        .unwrap();
    let ds = loader.prepare_training_and_test_tree("", "").unwrap();
    let raw = 4 * 20 * 2 * n;
    let held = ds.train.heap_bytes() + ds.test.heap_bytes();
    let ratio = held as f64 / raw as f64;
    assert!(ratio <= 1.2, "{held} bytes for {raw} raw: {ratio}");
}

#[test]
fn signal_and_background_cuts_and_training_data() {
    let mut loader = class_loader();
    let ds = loader
        .prepare_training_and_test_tree_sb("var1 > 0", "var1 < 0", "SplitMode=Block:NormMode=None")
        .unwrap()
        .clone();
    for s in [&ds.train, &ds.test] {
        for i in 0..s.len() {
            let v1 = s.event(i)[0];
            assert!(if s.classes[i] == 0 {
                v1 > 0.0
            } else {
                v1 < 0.0
            });
        }
    }
    let data = training_data(&ds.train, SampleTargets::OneHot { n_classes: 2 }).unwrap();
    assert_eq!(data.len(), ds.train.len());
    assert_eq!(data.n_targets(), 2);
    let first_bkg = ds.train.classes.iter().position(|c| *c == 1).unwrap();
    assert_eq!(data.targets()[2 * first_bkg..2 * first_bkg + 2], [0.0, 1.0]);
    assert_eq!(data.weights().unwrap(), ds.train.weights.as_slice());
}
