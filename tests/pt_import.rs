//! model.pt import: every fixture of `models/make_fixtures.py` (PyTorch
//! 2.9.1) is read on every compiled-in device and must give PyTorch's outputs
//! for the same inputs (tolerance: 1e-6 on the CPU backends, where only the
//! summation order of f32 dot products differs; the GPU tolerance of
//! `common::test_devices` elsewhere).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use tmva_burn::nn::*;
use tmva_burn::prelude::*;
use tmva_burn::pt::{self, ImportLimits};

#[derive(Deserialize)]
struct Expected {
    format: String,
    n_inputs: usize,
    input: Vec<Vec<f32>>,
    output: Vec<Vec<f32>>,
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models/fixtures")
}

fn expected() -> BTreeMap<String, Expected> {
    let text = std::fs::read_to_string(fixture_dir().join("pt_expected.json")).unwrap();
    let mut all: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    all.remove("_meta");
    all.into_iter()
        .map(|(k, v)| (k, serde_json::from_value(v).unwrap()))
        .collect()
}

fn outputs<C: CustomLayer>(model: &Sequential<C>, e: &Expected, device: &Device) -> Vec<f32> {
    let flat: Vec<f32> = e.input.iter().flatten().copied().collect();
    model.predict(&flat, device).unwrap()
}

fn max_diff(a: &[f32], e: &Expected) -> f32 {
    let b: Vec<f32> = e.output.iter().flatten().copied().collect();
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(&b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

#[test]
fn every_torchscript_fixture_matches_pytorch() {
    let all = expected();
    for (device_name, device, tol) in common::test_devices() {
        for (name, e) in all.iter().filter(|(_, e)| e.format == "torchscript") {
            let path = fixture_dir().join(format!("{name}.pt"));
            let out = if name == "custom_scale" {
                let imported = pt::load_torchscript_with(&path, &common::scale_registry(), &device)
                    .unwrap_or_else(|err| panic!("{name}: {err}"));
                outputs(&imported.model, e, &device)
            } else {
                let imported = pt::load_torchscript(&path, &device)
                    .unwrap_or_else(|err| panic!("{name}: {err}"));
                assert_eq!(imported.model.n_inputs(), e.n_inputs, "{name}");
                // Narrowed floats, and nested Sequentials whose dotted paths
                // cannot name the children of the flat model.
                let expects_warning =
                    ["float64", "float16", "bfloat16", "nested"].contains(&name.as_str());
                assert_eq!(
                    !imported.warnings.is_empty(),
                    expects_warning,
                    "{name}: {:?}",
                    imported.warnings
                );
                outputs(&imported.model, e, &device)
            };
            let diff = max_diff(&out, e);
            assert!(
                diff <= tol.max(1e-6),
                "{name} on {device_name}: max |ours - PyTorch| = {diff:e}"
            );
        }
    }
}

#[test]
fn architecture_and_settings_are_recovered() {
    let model = pt::read_torchscript(
        &fixture_dir().join("all_layers.pt"),
        &[],
        &ImportLimits::default(),
    )
    .unwrap();
    use LayerSpec as L;
    let expected = vec![
        L::Linear {
            out_features: 8,
            bias: true,
        },
        act("LeakyReLU", &[("negative_slope", 0.2)]),
        L::Linear {
            out_features: 8,
            bias: false,
        },
        act("ELU", &[("alpha", 0.7)]),
        L::BatchNorm1d {
            eps: 1e-3,
            momentum: 0.2,
        },
        act("SELU", &[]),
        L::Linear {
            out_features: 8,
            bias: true,
        },
        L::GELU {
            approximate: "none".into(),
        },
        L::Linear {
            out_features: 8,
            bias: true,
        },
        L::GELU {
            approximate: "tanh".into(),
        },
        L::Dropout { p: 0.3 },
        act("Sigmoid", &[]),
        act("Identity", &[]),
        L::Flatten {
            start_dim: 1,
            end_dim: -1,
        },
        L::Linear {
            out_features: 6,
            bias: true,
        },
        act("Tanh", &[]),
        L::Softmax { dim: -1 },
        L::Linear {
            out_features: 3,
            bias: true,
        },
        L::LogSoftmax { dim: 1 },
    ];
    assert_eq!(model.spec.n_inputs, 4);
    assert_eq!(model.spec.layers, expected);

    let traced = pt::read_torchscript(
        &fixture_dir().join("traced.pt"),
        &[],
        &ImportLimits::default(),
    )
    .unwrap();
    assert_eq!(
        traced.spec.layers[1],
        act("LeakyReLU", &[("negative_slope", 0.2)])
    );
    assert_eq!(traced.spec.layers[3], L::Softmax { dim: 1 });

    let nested = pt::read_torchscript(
        &fixture_dir().join("nested.pt"),
        &[],
        &ImportLimits::default(),
    )
    .unwrap();
    let paths: Vec<&str> = nested.layers.iter().map(|l| l.path.as_str()).collect();
    assert_eq!(paths, ["0.0", "0.1", "1.hidden", "1.act", "1.out", "2"]);
    assert_eq!(nested.spec.names, ["0", "1", "2", "3", "4", "5"]);
    assert!(
        nested.warnings.iter().any(|w| w.contains("1.hidden")),
        "{:?}",
        nested.warnings
    );
}

/// Softplus's settings come from the class constants (scripted) or from
/// the arguments of the forward's call (traced).
#[test]
fn softplus_settings_are_recovered_scripted_and_traced() {
    for name in ["softplus", "softplus_traced"] {
        let model = pt::read_torchscript(
            &fixture_dir().join(format!("{name}.pt")),
            &[],
            &ImportLimits::default(),
        )
        .unwrap();
        assert_eq!(
            model.spec.layers[1],
            act("Softplus", &[("beta", 2.0), ("threshold", 1.0)]),
            "{name}"
        );
        assert_eq!(
            model.spec.layers[3],
            act("Softplus", &[("beta", 1.0), ("threshold", 20.0)]),
            "{name}"
        );
    }
}

/// `model.add_module('linear_1', nn.Linear(4, 64))` ...: the children's
/// names survive import, name the state dict and are shown by `inspect`.
#[test]
fn child_names_survive_import() {
    let device = parse_device("cpu").unwrap();
    let path = fixture_dir().join("named.pt");
    let imported = pt::load_torchscript(&path, &device).unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let model = imported.model;
    assert_eq!(
        model.layer_names(),
        ["linear_1", "relu", "linear_2", "softmax"]
    );
    let keys: Vec<String> = model.state_dict().into_iter().map(|t| t.name).collect();
    assert_eq!(
        keys,
        [
            "linear_1.weight",
            "linear_1.bias",
            "linear_2.weight",
            "linear_2.bias"
        ]
    );
    let json = serde_json::to_value(model.spec()).unwrap();
    assert_eq!(json["layers"][0]["module_name"], "linear_1");
    assert_eq!(json["layers"][3]["module_name"], "softmax");
    let back: SequentialSpec = serde_json::from_value(json).unwrap();
    assert_eq!(back, model.spec());
}

#[test]
fn state_dict_files_load_into_a_given_model() {
    let all = expected();
    let device = parse_device("cpu").unwrap();
    for name in ["state_dict", "full_model"] {
        let e = &all[name];
        let model = Sequential::builder(4)
            .linear(64)
            .relu()
            .linear(2)
            .softmax(1)
            .build(&device)
            .unwrap();
        let imported = model
            .load_pytorch_state_dict(fixture_dir().join(format!("{name}.pt")))
            .unwrap_or_else(|err| panic!("{name}: {err}"));
        let diff = max_diff(&outputs(&imported.model, e, &device), e);
        assert!(diff <= 1e-6, "{name}: {diff:e}");
    }

    // A model of another shape: the error names the tensor and both shapes.
    let wrong = Sequential::builder(4)
        .linear(32)
        .relu()
        .linear(2)
        .build(&device)
        .unwrap();
    let err = wrong
        .load_pytorch_state_dict(fixture_dir().join("state_dict.pt"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("state_dict.pt") && err.contains("0.weight"),
        "{err}"
    );

    // A TorchScript archive is not a state dict, and the error says what to use.
    let err = pt::read_state_dict(fixture_dir().join("tutorial_classification.pt"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("TorchScript"), "{err}");
}

#[test]
fn unregistered_custom_classes_are_named() {
    let err = pt::load_torchscript(
        fixture_dir().join("custom_scale.pt"),
        &parse_device("cpu").unwrap(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("__torch__.Scale") && err.contains("Linear") && err.contains("registered"),
        "{err}"
    );
}

fn act(name: &str, settings: &[(&str, f64)]) -> LayerSpec {
    LayerSpec::activation(name, settings).unwrap()
}
