//! Shared helpers of the integration tests: the PyTorch fixtures and the
//! event formula of `models/make_nn_fixtures.py`.
#![allow(dead_code)]

use burn::module::{Module, Param};
use burn::tensor::{Device, Tensor};
use serde::Deserialize;
use tmva_burn::data::{DataLoader, TreeType};
use tmva_burn::io::RootFile;
use tmva_burn::nn::{CustomLayer, CustomRegistry, NamedTensor};

/// One of the TMVA example files in `examples/data/`.
pub fn example_file(name: &str) -> RootFile {
    RootFile::open(format!(
        "{}/examples/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The regression tutorial's loader: `var1`, `var2`, target `fvalue`,
/// TreeR of `tmva_reg_example.root`, weight 1.
pub fn reg_example_loader() -> DataLoader {
    let file = example_file("tmva_reg_example.root");
    let mut loader = DataLoader::new("dataset");
    loader.add_variable("var1").unwrap();
    loader.add_variable("var2").unwrap();
    loader.add_target("fvalue").unwrap();
    loader
        .add_regression_tree(file.tree("TreeR").unwrap(), 1.0)
        .unwrap();
    loader
}

/// The tutorial's loader: `var1..var4`, TreeS as signal and TreeB as
/// background of `tmva_class_example.root`, weight 1 each.
pub fn class_example_loader() -> DataLoader {
    let file = example_file("tmva_class_example.root");
    let mut loader = DataLoader::new("dataset");
    for v in ["var1", "var2", "var3", "var4"] {
        loader.add_variable(v).unwrap();
    }
    loader
        .add_signal_tree(file.tree("TreeS").unwrap(), 1.0)
        .unwrap();
    loader
        .add_background_tree(file.tree("TreeB").unwrap(), 1.0)
        .unwrap();
    loader
}

/// The multiclass tutorial's loader: `var1..var4`, classes Signal, bg0,
/// bg1, bg2 from TreeS, TreeB0, TreeB1, TreeB2 of `tmva_multiclass_example.root`.
pub fn multiclass_example_loader() -> DataLoader {
    let file = example_file("tmva_multiclass_example.root");
    let mut loader = DataLoader::new("dataset");
    for v in ["var1", "var2", "var3", "var4"] {
        loader.add_variable(v).unwrap();
    }
    for (tree, class) in [
        ("TreeS", "Signal"),
        ("TreeB0", "bg0"),
        ("TreeB1", "bg1"),
        ("TreeB2", "bg2"),
    ] {
        loader
            .add_tree(file.tree(tree).unwrap(), class, 1.0, TreeType::Both)
            .unwrap();
    }
    loader
}

/// The devices the backend-independent tests run on, with the absolute
/// tolerance each gets against PyTorch's CPU results. By default every device
/// this build has (`compiled_device_names`); `TMVA_BURN_TEST_DEVICES=cpu,cuda:0`
/// chooses others (GPU devices are only listed when asked for).
///
/// Tolerances: flex and libtorch on the CPU do f32 arithmetic with
/// different summation orders than PyTorch's kernels, ~1e-7 relative per
/// operation, 1e-5 after 200 steps. GPU backends (wgpu, CUDA) reduce in
/// parallel trees and may use fused multiply-adds: we allow 1e-4 after 200 steps.
pub fn test_devices() -> Vec<(String, Device, f32)> {
    let names: Vec<String> = match std::env::var("TMVA_BURN_TEST_DEVICES") {
        Ok(list) if !list.trim().is_empty() => {
            list.split(',').map(|s| s.trim().to_string()).collect()
        }
        _ => tmva_burn::device::compiled_device_names()
            .into_iter()
            .map(String::from)
            .collect(),
    };
    names
        .into_iter()
        .map(|name| {
            let device = tmva_burn::device::parse_device(&name)
                .unwrap_or_else(|e| panic!("TMVA_BURN_TEST_DEVICES: {e}"));
            let tolerance = if name == "cpu" || name == "tch-cpu" {
                1e-5
            } else {
                1e-4
            };
            (name, device, tolerance)
        })
        .collect()
}

/// The fixture file written by `models/make_nn_fixtures.py`.
#[derive(Deserialize)]
pub struct Fixtures {
    pub torch: String,
    pub trainings: Vec<TrainingFixture>,
    pub losses: Vec<LossFixture>,
    pub layers: LayerFixtures,
}

#[derive(Deserialize)]
pub struct TrainingFixture {
    pub name: String,
    pub batch_size: usize,
    pub n_events: usize,
    pub initial: Vec<NamedTensor>,
    pub batch_losses: Vec<f64>,
    pub r#final: Vec<NamedTensor>,
}

#[derive(Deserialize)]
pub struct LossFixture {
    pub kind: String,
    pub params: serde_json::Value,
    pub reduction: String,
    pub input: Vec<f32>,
    pub input_shape: Vec<usize>,
    pub target: Vec<f32>,
    pub target_kind: String,
    pub weights: Option<Vec<f32>>,
    pub expected: Vec<f32>,
}

#[derive(Deserialize)]
pub struct LayerFixtures {
    pub input: Vec<f32>,
    pub shape: Vec<usize>,
    pub cases: Vec<LayerCase>,
}

#[derive(Deserialize)]
pub struct LayerCase {
    pub spec: serde_json::Value,
    pub expected: Vec<f32>,
}

pub fn fixtures() -> Fixtures {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/models/fixtures/nn_parity.json"
    );
    let bytes = std::fs::read(path).expect("models/fixtures/nn_parity.json is committed");
    serde_json::from_slice(&bytes).expect("fixture file parses")
}

/// Events of the fixture script, bit for bit: features row-major
/// `[n, 4]`, one-hot binary targets `[n, 2]` and 4-class labels.
pub fn events(n: usize) -> (Vec<f32>, Vec<f32>, Vec<usize>) {
    let mut x = Vec::with_capacity(n * 4);
    let mut onehot = Vec::with_capacity(n * 2);
    let mut four = Vec::with_capacity(n);
    for i in 0..n as i64 {
        let h: Vec<i64> = (0..4)
            .map(|j| (31 * i + 17 * j + (i * j) % 7) % 97)
            .collect();
        x.extend(h.iter().map(|&v| v as f32 / 48.5 - 1.0));
        let signal = h[0] + h[1] > h[2] + h[3];
        onehot.extend(if signal { [1.0, 0.0] } else { [0.0, 1.0] });
        let mut best = 0;
        for j in 1..4 {
            if h[j] > h[best] {
                best = j;
            }
        }
        four.push(best);
    }
    (x, onehot, four)
}

pub fn one_hot(labels: &[usize], classes: usize) -> Vec<f32> {
    labels
        .iter()
        .flat_map(|&c| (0..classes).map(move |k| if k == c { 1.0 } else { 0.0 }))
        .collect()
}

/// Largest absolute difference between two state dicts with the same names.
pub fn max_state_diff(ours: &[NamedTensor], theirs: &[NamedTensor]) -> f32 {
    let mut worst = 0.0f32;
    for t in theirs {
        let o = ours
            .iter()
            .find(|o| o.name == t.name)
            .unwrap_or_else(|| panic!("our state dict lacks {}", t.name));
        assert_eq!(o.shape, t.shape, "shape of {}", t.name);
        for (a, b) in o.values.iter().zip(&t.values) {
            worst = worst.max((a - b).abs());
        }
    }
    worst
}

/// The fixtures' user module `Scale`: `input * scale`, one parameter `scale`.
#[derive(Module, Debug)]
pub struct Scale {
    scale: Param<Tensor<1>>,
}

impl CustomLayer for Scale {
    fn type_name(&self) -> &'static str {
        "Scale"
    }
    fn output_features(&self, n_in: usize) -> std::result::Result<usize, String> {
        let n = self.scale.dims()[0];
        if n == n_in {
            Ok(n)
        } else {
            Err(format!("Scale has {n} factors, its input {n_in} features"))
        }
    }
    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        input * self.scale.val().unsqueeze_dim(0)
    }
    fn torchscript_class(&self) -> Option<String> {
        Some(
            "  __parameters__ = [\"scale\", ]\n  __buffers__ = []\n  scale : Tensor\n  \
             training : bool\n  _is_full_backward_hook : Optional[bool]\n  \
             def forward(self: __torch__.Scale,\n    x: Tensor) -> Tensor:\n    \
             return torch.mul(x, self.scale)\n"
                .to_string(),
        )
    }
}

pub fn scale_registry() -> CustomRegistry<Scale> {
    CustomRegistry::new().register("Scale", |_, n_in, device| {
        Ok(Scale {
            scale: Param::from_tensor(Tensor::ones([n_in], device)),
        })
    })
}
