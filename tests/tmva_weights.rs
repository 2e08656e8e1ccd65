//! ROOT-trained weight files (tests/data/tmva_weights, copied from public
//! repositories: SOURCES.md there) and ours (tests/data/tmva_weights/ours)
//! applied through our Reader and `apply`, against
//! `reference_outputs.json`, which `tmva_reference.py` computes with an
//! independent NumPy (and, for PyTorch, torch) transcription of ROOT's
//! Reader, after checking each file against what ROOT's Reader requires.
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
    /// Whether the script's check of what ROOT's Reader requires passed.
    root_accepts: bool,
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
fn every_file_gives_the_reference_outputs_through_the_reader() {
    let references = references();
    assert!(
        references.len() >= 14,
        "{} reference files",
        references.len()
    );
    for r in references {
        assert!(r.root_accepts, "{}: ROOT's Reader would refuse it", r.file);
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

/// The weight files in `ours/` (written by `ours/job.toml`, checked by
/// `tmva_reference.py` as ROOT's Reader would read them) are what the
/// writer writes today: if this fails, the writer changed, so rerun the
/// job and the reference script and read what the script says.
#[test]
fn our_committed_weight_files_are_what_the_writer_writes_today() {
    let ours = folder().join("ours");
    let mut job = tmva_burn::job::Job::read(ours.join("job.toml")).unwrap();
    for tree in &mut job.data.trees {
        let file = tree.file.as_ref().unwrap();
        tree.file = Some(ours.join(file));
    }
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ours_weights");
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(&base).unwrap();
    let evaluations = job.run(&base).unwrap();
    let committed = ours.join("dataset/weights");
    let mut compared = 0;
    for entry in std::fs::read_dir(&committed).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".weights.xml") {
            continue;
        }
        let written = base.join("dataset/weights").join(path.file_name().unwrap());
        let text = |p: &Path| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                // Paths as the run gave them.
                .filter(|l| !l.contains("\"FilenameTrainedModel\"") && !l.contains("\"UserCode\""))
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let (want, got) = (text(&path), text(&written));
        for (i, (w, g)) in want.iter().zip(&got).enumerate() {
            assert_eq!(g, w, "{} line {}", path.display(), i + 1);
        }
        assert_eq!(got.len(), want.len(), "{}", path.display());
        compared += 1;
    }
    assert_eq!(compared, 4);

    // The output file, as ROOT 6.40 saw the one this job writes
    // (ours/check_with_root.py): TMVA's layout, the same entries and sums.
    let seen: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(ours.join("root_sees.json")).unwrap())
            .unwrap();
    let output = tmva_burn::io::RootFile::open(base.join("ours.root")).unwrap();
    let mut paths = output.tree_names();
    paths.sort();
    assert_eq!(paths, ["dataset/TestTree", "dataset/TrainTree"]);
    assert_eq!(seen["compression"], 101);
    for (name, tree) in seen["trees"].as_object().unwrap() {
        let ours = output.tree(name).unwrap();
        assert_eq!(
            ours.entries() as u64,
            tree["entries"].as_u64().unwrap(),
            "{name}"
        );
        for (branch, info) in tree["branches"].as_object().unwrap() {
            let Some(want) = info.get("sum").and_then(|v| v.as_f64()) else {
                continue;
            };
            let values = ours.read_columns(&[branch.as_str()]).unwrap().remove(0);
            let got: f64 = values.iter().map(|&v| f64::from(v)).sum();
            assert!(
                (got - want).abs() <= 1e-9 * want.abs().max(1.0),
                "{name} {branch}: our reader sums {got}, ROOT {want}"
            );
        }
    }

    // TMVAGui's histograms as ROOT read them: per method the output
    // distributions with unit area over the test (training) events, and
    // the background rejection against signal efficiency, whose mean over
    // its 100 bins approximates the ROC integral we compute exactly.
    let histograms = seen["histograms"].as_object().unwrap();
    let test = output.tree("dataset/TestTree").unwrap();
    let classes = test.read_columns(&["classID"]).unwrap().remove(0);
    let signal = classes.iter().filter(|&&c| c == 0.0).count() as f64;
    for (title, evaluation) in &evaluations {
        let kind = if title.starts_with("Fisher") {
            "Fisher"
        } else {
            "PyTorch"
        };
        let h = |suffix: &str| {
            let path = format!("dataset/Method_{kind}/{title}/MVA_{title}_{suffix}");
            histograms
                .get(&path)
                .unwrap_or_else(|| panic!("ROOT saw no {path}"))
        };
        for suffix in ["S", "B", "Train_S", "Train_B"] {
            let area = h(suffix)["area"].as_f64().unwrap();
            assert!((area - 1.0).abs() < 1e-9, "{title} {suffix}: area {area}");
        }
        assert_eq!(h("S")["entries"].as_f64().unwrap(), signal, "{title}");
        assert_eq!(h("effS")["bins"], 10000);
        let tmva_burn::eval::Evaluation::Classification(report) = evaluation else {
            panic!("{title} is a classifier");
        };
        let rejection = h("rejBvsS")["sum"].as_f64().unwrap() / 100.0;
        assert!(
            (rejection - report.roc_integral).abs() < 0.01,
            "{title}: ROOT's rejBvsS gives {rejection}, our ROC integral {}",
            report.roc_integral
        );
    }
    let loss = &histograms["dataset/Method_PyTorch/PyTorchDG/TrainingHistory/trainingLoss"];
    assert_eq!(loss["bins"], 2, "one bin per epoch");
}

#[test]
fn weight_files_of_tmva_burn_0_1_still_apply() {
    // The 0.1 layout: options as text, the fitted transformations as JSON
    // (a cumulative distribution by its bin centres), a network's model in
    // its <Weights>.
    let xml = r#"<?xml version="1.0"?>
<MethodSetup Method="Fisher::Fisher">
  <GeneralInfo>
    <Info name="TMVA Release" value="tmva-burn 0.1.0"/>
    <Info name="AnalysisType" value="Classification"/>
  </GeneralInfo>
  <Options>!H:!V:VarTransform=N,U</Options>
  <Variables NVar="2">
    <Variable VarIndex="0" Expression="x" Label="x" Title="x" Unit="" Internal="x" Type="F" Min="-1e0" Max="1e0"/>
    <Variable VarIndex="1" Expression="y" Label="y" Title="y" Unit="" Internal="y" Type="F" Min="-1e0" Max="1e0"/>
  </Variables>
  <Spectators NSpec="0">
  </Spectators>
  <Classes NClass="2">
    <Class Index="0" Label="Signal" Name="Signal"/>
    <Class Index="1" Label="Background" Name="Background"/>
  </Classes>
  <Targets NTrgt="0">
  </Targets>
  <Transformations NTransformations="2">
    <Transform Name="N,U" Format="tmva-burn-json">{"definition":"N,U","steps":[{"kind":"Normalize","class":null,"inputs":[{"Variable":0},{"Variable":1}],"params":{"Normalize":{"min":[-2.0,-1.0],"max":[2.0,3.0]}}},{"kind":"Uniform","class":null,"inputs":[{"Variable":1}],"params":{"Cumulative":{"cdfs":[{"x":[-1.00005,-0.5,0.5],"y":[0.0,0.5,1.0]}]}}}]}</Transform>
  </Transformations>
  <Weights NCoeff="3" Method="Fisher">
    <Coefficient Index="0" Value="5e-1"/>
    <Coefficient Index="1" Value="1e0"/>
    <Coefficient Index="2" Value="-2e0"/>
  </Weights>
</MethodSetup>
"#;
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("legacy.weights.xml");
    std::fs::write(&path, xml).unwrap();
    let file = WeightFile::read(&path).unwrap();
    assert_eq!(file.options, "!H:!V:VarTransform=N,U");
    let mut reader = Reader::new("Silent").unwrap();
    reader.book_mva("Fisher", &path).unwrap();
    // x = 0 → N gives 0; y = 1 → N gives 0, whose cumulative fraction
    // between the centres -0.5 (0.5) and 0.5 (1.0) is 0.75.
    let got = reader.evaluate_mva("Fisher", &[0.0, 1.0]).unwrap();
    assert!((got - (0.5 + 0.0 - 2.0 * 0.75)).abs() < 1e-3, "{got}");
}
