//! Variable transformations against the NumPy re-implementation of TMVA's
//! algorithms (`tests/data/make_transform_reference.py`), on the TMVA
//! classification example; inverse transforms on the regression example.
//!
//! Tolerances: I/N/D/P are closed-form maps of f32 inputs computed in f64 on
//! both sides, so they agree to ~1e-12; we ask 1e-5 as the issue does. G and
//! U share the algorithm exactly (same bin edges from the same sorted
//! values), so their values agree to rounding as well, except that the
//! inverse normal CDF amplifies differences near the clamp at 1e-9; 1e-6
//! absolute covers erfinv implementations (scipy's vs ours, both to ~1e-15
//! relative) with room to spare.

mod common;

use common::{class_example_loader, reg_example_loader};
use tmva_burn::transform::{TransformSpec, Transformations};

fn dataset() -> tmva_burn::data::DataSet {
    let mut loader = class_example_loader();
    loader.set_background_weight_expression("weight").unwrap();
    loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=3000:nTrain_Background=3000:SplitMode=Block:NormMode=None",
        )
        .unwrap()
        .clone()
}

#[test]
fn transformations_match_the_numpy_reference() {
    let reference: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/transform_reference.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let ds = dataset();
    let cases = reference["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 11);
    for case in cases {
        let definition = case["definition"].as_str().unwrap();
        let chain = Transformations::fit(&definition.parse().unwrap(), &ds).unwrap();
        let tolerance = if definition.contains('G') || definition.contains('U') {
            1e-6
        } else {
            1e-5
        };
        let rows = case["rows"].as_array().unwrap();
        for (row, expected) in rows.iter().zip(case["expected"].as_array().unwrap()) {
            let i = row.as_u64().unwrap() as usize;
            let mut x: Vec<f64> = ds.test.event(i).iter().map(|&v| v as f64).collect();
            chain.apply(&mut x, None).unwrap();
            for (k, (got, want)) in x.iter().zip(expected.as_array().unwrap()).enumerate() {
                let want = want.as_f64().unwrap();
                assert!(
                    (got - want).abs() <= tolerance,
                    "{definition}: test event {i}, input {k}: {got} vs {want}"
                );
            }
        }
        // The fitted parameters are stored as data: serde round trip.
        let json = serde_json::to_string(&chain).unwrap();
        let back: Transformations = serde_json::from_str(&json).unwrap();
        assert_eq!(back, chain);
    }
    // Gaussianised training variables are centred (weighted mean near 0).
    let g = Transformations::fit(&"G".parse().unwrap(), &ds).unwrap();
    let t = g.apply_sample(&ds.train).unwrap();
    for k in 0..4 {
        let (mut sum, mut total) = (0.0f64, 0.0f64);
        for i in 0..t.len() {
            sum += t.event(i)[k] as f64 * t.weights[i] as f64;
            total += t.weights[i] as f64;
        }
        let want = reference["gauss_train_mean"][k].as_f64().unwrap();
        assert!(
            (sum / total - want).abs() < 1e-5,
            "{} vs {want}",
            sum / total
        );
        assert!((sum / total).abs() < 0.02);
    }
}

#[test]
fn regression_targets_transform_and_invert_exactly() {
    let mut loader = reg_example_loader();
    let ds = loader
        .prepare_training_and_test_tree("", "nTrain_Regression=4000:SplitMode=Block:NormMode=None")
        .unwrap()
        .clone();
    for definition in ["N", "U", "N,U", "G(_T0_)", "P(_T0_),N", "D(fvalue)"] {
        let chain = Transformations::fit(&definition.parse().unwrap(), &ds).unwrap();
        for i in [0usize, 17, 1234, ds.test.len() - 1] {
            let original = ds.test.targets[i] as f64;
            let mut vars: Vec<f64> = ds.test.event(i).iter().map(|&v| v as f64).collect();
            let mut target = [original];
            chain.apply(&mut vars, Some(&mut target)).unwrap();
            assert_ne!(
                target[0], original,
                "{definition}: the target was transformed"
            );
            chain.inverse_targets(&mut target).unwrap();
            // Inside the fitted range the inverse is exact up to rounding of the
            // piecewise-linear CDF; outside it G/U clamp (TMVA does the same).
            let tol = 1e-6 * original.abs().max(1.0);
            let in_range = definition.contains('G') || definition.contains('U');
            if !in_range || (original > 1.0 && original < 250.0) {
                assert!(
                    (target[0] - original).abs() <= tol.max(if in_range { 1e-3 } else { 0.0 }),
                    "{definition}: event {i}: {} vs {original}",
                    target[0]
                );
            }
        }
    }
    let err = Transformations::fit(&"D".parse().unwrap(), &ds).unwrap();
    assert!(
        err.steps[0].inputs.len() == 2,
        "D defaults to the variables only"
    );
}

#[test]
fn bad_definitions_are_errors_naming_the_fault() {
    let ds = dataset();
    for (definition, needle) in [
        ("X", "unknown transformation `X`"),
        ("D_Sgnal", "class `Sgnal`"),
        ("N(var9)", "`var9` is not a variable"),
        ("N(_V7_)", "there are 4 variables"),
        ("N(var1", "unbalanced"),
    ] {
        let err = TransformSpec::parse(definition)
            .and_then(|spec| Transformations::fit(&spec, &ds))
            .unwrap_err()
            .to_string();
        assert!(err.contains(needle), "{definition}: {err}");
    }
}
