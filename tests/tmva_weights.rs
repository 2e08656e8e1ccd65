//! ROOT-trained weight files (tests/data/tmva_weights, copied from public
//! repositories: SOURCES.md there) applied through our Reader and `apply`,
//! against `reference_outputs.json`, which `tmva_reference.py` computes
//! with an independent NumPy transcription of ROOT's Reader.
//!
//! Tolerance: both sides follow ROOT's arithmetic (f32 events and
//! transformation outputs, f32 weights, the f32 fast tanh) and differ only
//! in that our Reader returns `f32` where the reference keeps the `f64`:
//! two `f32` steps (2.4e-7) relative, or absolute below 1.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use tmva_burn::apply::{FileApplier, NonFinite};
use tmva_burn::reader::Reader;
use tmva_burn::weights::WeightFile;

#[derive(Deserialize)]
struct References {
    files: Vec<Reference>,
}

#[derive(Deserialize)]
struct Reference {
    file: String,
    analysis_type: String,
    inputs: Vec<Vec<f64>>,
    outputs: Vec<serde_json::Value>,
    input_source: String,
}

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tmva_weights")
}

fn references() -> Vec<Reference> {
    let text = std::fs::read_to_string(folder().join("reference_outputs.json")).unwrap();
    serde_json::from_str::<References>(&text).unwrap().files
}

fn expected(value: &serde_json::Value) -> Vec<f64> {
    match value {
        serde_json::Value::Array(values) => values.iter().map(|v| v.as_f64().unwrap()).collect(),
        v => vec![v.as_f64().unwrap()],
    }
}

fn close(got: f64, want: f64) -> bool {
    (got - want).abs() <= 2.4e-7 * want.abs().max(1.0)
}

#[test]
fn every_root_trained_file_gives_the_reference_outputs_through_the_reader() {
    let references = references();
    assert!(
        references.len() >= 10,
        "{} reference files",
        references.len()
    );
    for r in references {
        let path = folder().join(&r.file);
        let mut reader = Reader::new("Silent").unwrap();
        reader
            .book_mva("m", &path)
            .unwrap_or_else(|e| panic!("{}: {e}", r.file));
        let mut worst = (0.0f64, 0usize);
        for (i, (input, output)) in r.inputs.iter().zip(&r.outputs).enumerate() {
            let event: Vec<f32> = input.iter().map(|&v| v as f32).collect();
            let got: Vec<f64> = match r.analysis_type.as_str() {
                "Classification" => vec![reader.evaluate_mva("m", &event).unwrap()],
                "Regression" => reader.evaluate_regression("m", &event).unwrap(),
                _ => reader.evaluate_multiclass("m", &event).unwrap(),
            }
            .into_iter()
            .map(f64::from)
            .collect();
            let want = expected(output);
            assert_eq!(got.len(), want.len(), "{} event {i}", r.file);
            for (g, w) in got.iter().zip(&want) {
                let off = (g - w).abs() / w.abs().max(1.0);
                if off > worst.0 {
                    worst = (off, i);
                }
                assert!(
                    close(*g, *w),
                    "{} event {i} {input:?}: ours {g}, ROOT's Reader {w}",
                    r.file
                );
            }
        }
        println!(
            "{}: worst relative difference {:.1e} (event {})",
            r.file, worst.0, worst.1
        );
    }
}

#[test]
fn tutorial_files_apply_to_the_tutorial_tree_as_the_reader_does() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/tmva_class_example.root");
    let mut checked = 0;
    for r in references()
        .iter()
        .filter(|r| r.input_source.starts_with("tmva_class_example.root"))
    {
        let path = folder().join(&r.file);
        let applier = FileApplier::open(&path, NonFinite::Error).unwrap();
        let scores = applier
            .scores(&[data.to_string_lossy().into_owned()], Some("TreeS"))
            .unwrap();
        // The references hold the first 200 events of TreeS, then of TreeB.
        for (i, output) in r.outputs.iter().take(200).enumerate() {
            let want = expected(output)[0];
            assert!(
                close(scores[i] as f64, want),
                "{} TreeS event {i}: apply {}, ROOT's Reader {want}",
                r.file,
                scores[i]
            );
        }
        checked += 1;
    }
    assert!(checked >= 4, "{checked} tutorial files");
}

#[test]
fn root_files_describe_themselves() {
    let bdt = WeightFile::read(folder().join("aprozo_cernroot_training_BDT.weights.xml")).unwrap();
    assert_eq!(bdt.kind.name(), "BDT");
    assert_eq!(bdt.variables.len(), 3);
    let mlp = WeightFile::read(folder().join("Bilokin_BelleII_MLPBNN.weights.xml")).unwrap();
    assert_eq!(mlp.transforms.definition, "N");
    assert_eq!(mlp.variables[0].expression, "var1+var2");
    assert_eq!(mlp.variables[0].label, "myvar1");
}
