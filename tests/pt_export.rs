//! model.pt export: every fixture imported, exported as TorchScript and as a
//! state dict, and read back gives bit-identical outputs; a model imported
//! from PyTorch and trained in Rust exports too. The exported files are left
//! in `target/tmp/pt_export/` with `rust_outputs.json`, which
//! `models/check_export.py` loads in PyTorch (its result is committed as
//! `models/fixtures/export_check.txt`).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use burn::module::Param;
use serde_json::json;
use tmva_burn::nn::*;
use tmva_burn::prelude::*;
use tmva_burn::pt;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models/fixtures")
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pt_export");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Fixed inputs: the formula events of the parity fixtures.
fn inputs(width: usize) -> Vec<f32> {
    let (x, _, _) = common::events(8);
    x.chunks(4)
        .flat_map(|row| (0..width).map(move |j| row[j % 4]))
        .collect()
}

#[test]
fn exported_files_read_back_identically_and_are_listed_for_pytorch() {
    let device = parse_device("cpu").unwrap();
    let mut listing = BTreeMap::new();
    let names = [
        "tutorial_classification",
        "tutorial_regression",
        "tutorial_multiclass",
        "all_layers",
        "nested",
        "traced",
        "float64",
        "named",
        "softplus",
        "softplus_traced",
    ];
    for name in names {
        let model = pt::load_torchscript(fixtures().join(format!("{name}.pt")), &device)
            .unwrap()
            .model;
        let x = inputs(model.n_inputs());
        let ours = model.predict(&x, &device).unwrap();

        let ts = out_dir().join(format!("{name}.pt"));
        model.save_torchscript(&ts).unwrap();
        let back = pt::load_torchscript(&ts, &device).unwrap();
        assert!(back.warnings.is_empty(), "{name}: {:?}", back.warnings);
        assert_eq!(back.model.spec(), model.spec(), "{name}");
        assert_eq!(back.model.predict(&x, &device).unwrap(), ours, "{name}");

        let sd = out_dir().join(format!("{name}_state_dict.pt"));
        model.save_pytorch_state_dict(&sd).unwrap();
        let fresh = Sequential::from_spec(&model.spec(), &device).unwrap();
        let loaded = fresh.load_pytorch_state_dict(&sd).unwrap().model;
        assert_eq!(loaded.predict(&x, &device).unwrap(), ours, "{name}");

        let bpk = out_dir().join(format!("{name}.bpk"));
        model.save_burnpack(&bpk).unwrap();
        let from_burn =
            Sequential::<NoCustom>::load_burnpack(&bpk, &CustomRegistry::new(), &device).unwrap();
        assert_eq!(from_burn.predict(&x, &device).unwrap(), ours, "{name}");

        listing.insert(
            name.to_string(),
            json!({"torchscript": ts, "state_dict": sd, "n_inputs": model.n_inputs(),
                   "input": x, "output": ours}),
        );
    }

    // A custom layer exports with the TorchScript class its type provides.
    let registry = common::scale_registry();
    let custom = pt::load_torchscript_with(fixtures().join("custom_scale.pt"), &registry, &device)
        .unwrap()
        .model;
    let x = inputs(4);
    let ours = custom.predict(&x, &device).unwrap();
    let path = out_dir().join("custom_scale.pt");
    custom.save_torchscript(&path).unwrap();
    let back = pt::load_torchscript_with(&path, &registry, &device).unwrap();
    assert_eq!(back.model.predict(&x, &device).unwrap(), ours);
    listing.insert(
        "custom_scale".into(),
        json!({"torchscript": path, "n_inputs": 4, "input": x, "output": ours}),
    );

    // PyTorch → import → train in Rust → export: PyTorch must give the Rust-trained outputs.
    let model = pt::load_torchscript(fixtures().join("tutorial_classification.pt"), &device)
        .unwrap()
        .model;
    let (features, labels, _) = common::events(640);
    let data = TrainingData::new(features, 4, labels, 2).unwrap();
    let config = TrainingConfig {
        num_epochs: 3,
        batch_size: 32,
        save_best_only: false,
        ..TrainingConfig::default()
    };
    let before = model.predict(&inputs(4), &device).unwrap();
    let trained = train(
        model,
        &data,
        None,
        &config,
        &mut CustomObjects::default(),
        &device,
        &mut |_| {},
    )
    .unwrap()
    .model;
    let x = inputs(4);
    let ours = trained.predict(&x, &device).unwrap();
    assert_ne!(ours, before, "training changed nothing");
    let path = out_dir().join("trained_classification.pt");
    trained.save_torchscript(&path).unwrap();
    listing.insert(
        "trained_classification".into(),
        json!({"torchscript": path, "n_inputs": 4, "input": x, "output": ours}),
    );

    let text = serde_json::to_string_pretty(&listing).unwrap();
    std::fs::write(out_dir().join("rust_outputs.json"), text).unwrap();
}

/// A custom layer that gives no TorchScript source.
#[derive(Module, Debug)]
struct Plain {
    w: Param<Tensor<1>>,
}

impl CustomLayer for Plain {
    fn type_name(&self) -> &'static str {
        "Plain"
    }
    fn output_features(&self, n_in: usize) -> std::result::Result<usize, String> {
        Ok(n_in)
    }
    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        input * self.w.val().unsqueeze_dim(0)
    }
}

#[test]
fn export_refuses_what_pytorch_could_not_run_and_never_leaves_half_files() {
    let device = parse_device("cpu").unwrap();
    let model = Sequential::<Plain>::custom_builder(3)
        .custom(Plain {
            w: Param::from_tensor(Tensor::ones([3], &device)),
        })
        .linear(2)
        .build(&device)
        .unwrap();
    let path = out_dir().join("plain.pt");
    let _ = std::fs::remove_file(&path);
    let err = model.save_torchscript(&path).unwrap_err().to_string();
    assert!(
        err.contains("Plain") && err.contains("torchscript_class"),
        "{err}"
    );
    assert!(!path.exists());

    // An unwritable destination: an error naming it, and the old file untouched.
    let model = Sequential::builder(2).linear(1).build(&device).unwrap();
    let err = model
        .save_torchscript(out_dir().join("missing-dir/model.pt"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing-dir"), "{err}");
    let existing = out_dir().join("existing.pt");
    std::fs::write(&existing, b"old contents").unwrap();
    model.save_torchscript(&existing).unwrap();
    assert!(pt::load_torchscript(&existing, &device).is_ok());
}
