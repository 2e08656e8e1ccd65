//! A model's description (`SequentialSpec`, the JSON and job-file form)
//! and the builder that makes a `Sequential` layer by layer.

use burn::tensor::Device;
use serde::{Deserialize, Serialize};

use super::super::custom::{CustomLayer, NoCustom};
use super::super::layers::{Layer, LayerSpec};
use super::Sequential;
use crate::error::{Error, Result};

/// The serde description of a whole model: input width and layers, each
/// layer with an optional `"module_name"` (PyTorch's `add_module` name;
/// `"0"`, `"1"`, ... when absent; not `"name"`, which a custom layer's
/// registered type already uses). Unknown keys, in the model or in any layer, are
/// errors naming them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "RawSequentialSpec")]
pub struct SequentialSpec {
    /// Number of input features.
    pub n_inputs: usize,
    /// The layers, in order.
    pub layers: Vec<LayerSpec>,
    /// Each layer's name, in order: PyTorch's child names, which prefix its
    /// `state_dict` keys (`linear_1.weight`).
    pub names: Vec<String>,
}

/// The layer key that carries a layer's name in JSON and job files.
const MODULE_NAME: &str = "module_name";

impl SequentialSpec {
    /// A model whose layers carry PyTorch's default names `0`, `1`, ...
    pub fn new(n_inputs: usize, layers: Vec<LayerSpec>) -> Self {
        let names = (0..layers.len()).map(|i| i.to_string()).collect();
        Self {
            n_inputs,
            layers,
            names,
        }
    }
}

/// Checks a child name as PyTorch's `add_module` would, narrowed to the
/// names TorchScript code can spell: non-empty, ASCII letters, digits and
/// `_` (a `.` would split the `state_dict` key).
pub(crate) fn check_layer_name(index: usize, name: &str) -> std::result::Result<(), String> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Err(format!(
            "layer {index}: name `{name}` must be non-empty ASCII letters, digits and `_`"
        ));
    }
    Ok(())
}

/// Checks that every layer has one valid name and no two share one.
pub(crate) fn check_layer_names(
    names: &[String],
    n_layers: usize,
) -> std::result::Result<(), String> {
    if names.len() != n_layers {
        return Err(format!("{} layer names for {n_layers} layers", names.len()));
    }
    for (index, name) in names.iter().enumerate() {
        check_layer_name(index, name)?;
        if let Some(first) = names[..index].iter().position(|n| n == name) {
            return Err(format!(
                "layers {first} and {index} are both named `{name}`; names must be unique"
            ));
        }
    }
    Ok(())
}

impl Serialize for SequentialSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeStruct};
        let mut layers = Vec::with_capacity(self.layers.len());
        for (index, layer) in self.layers.iter().enumerate() {
            let mut value = serde_json::to_value(layer).map_err(S::Error::custom)?;
            if let (Some(name), Some(object)) = (self.names.get(index), value.as_object_mut())
                && *name != index.to_string()
            {
                object.insert(
                    MODULE_NAME.to_string(),
                    serde_json::Value::String(name.clone()),
                );
            }
            layers.push(value);
        }
        let mut out = serializer.serialize_struct("SequentialSpec", 2)?;
        out.serialize_field("n_inputs", &self.n_inputs)?;
        out.serialize_field("layers", &layers)?;
        out.end()
    }
}

/// [`SequentialSpec`] as written, its layers not yet typed: each layer's
/// name is taken out before the layer is read, and errors name the layer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSequentialSpec {
    n_inputs: usize,
    layers: Vec<serde_json::Value>,
}

impl TryFrom<RawSequentialSpec> for SequentialSpec {
    type Error = String;

    fn try_from(raw: RawSequentialSpec) -> std::result::Result<Self, String> {
        let mut layers = Vec::with_capacity(raw.layers.len());
        let mut names = Vec::with_capacity(raw.layers.len());
        for (index, mut value) in raw.layers.into_iter().enumerate() {
            let name = match value.as_object_mut().and_then(|m| m.remove(MODULE_NAME)) {
                None => index.to_string(),
                Some(serde_json::Value::String(name)) => name,
                Some(other) => {
                    return Err(format!(
                        "layer {index}: {MODULE_NAME} {other} is not a string"
                    ));
                }
            };
            names.push(name);
            layers.push(serde_json::from_value(value).map_err(|e| format!("layer {index}: {e}"))?);
        }
        check_layer_names(&names, layers.len())?;
        Ok(Self {
            n_inputs: raw.n_inputs,
            layers,
            names,
        })
    }
}

enum Item<C> {
    Spec(LayerSpec),
    Module(C),
}

/// Builds a [`Sequential`] layer by layer, PyTorch names and defaults.
/// Layers are named `0`, `1`, ... unless [`name`](Self::name) names them, as
/// `model.add_module('linear_1', nn.Linear(4, 64))` does in PyTorch.
pub struct SequentialBuilder<C: CustomLayer = NoCustom> {
    n_inputs: usize,
    items: Vec<(Item<C>, Option<String>)>,
    seed: Option<u64>,
    misplaced_name: Option<String>,
    error: Option<Error>,
}

impl<C: CustomLayer> SequentialBuilder<C> {
    pub(super) fn new(n_inputs: usize) -> Self {
        Self {
            n_inputs,
            items: Vec::new(),
            seed: None,
            misplaced_name: None,
            error: None,
        }
    }

    /// Appends any layer by its description.
    pub fn layer(mut self, spec: LayerSpec) -> Self {
        self.items.push((Item::Spec(spec), None));
        self
    }
    /// Names the layer appended last (PyTorch's `add_module` name): its
    /// parameters become `name.weight`, ... in the `state_dict`, and the
    /// exported TorchScript model has a child `name`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        match self.items.last_mut() {
            Some((_, slot)) => *slot = Some(name.into()),
            None => self.misplaced_name = Some(name.into()),
        }
        self
    }
    /// `Linear(in, out_features)` with bias.
    pub fn linear(self, out_features: usize) -> Self {
        self.layer(LayerSpec::Linear {
            out_features,
            bias: true,
        })
    }
    /// `Linear(in, out_features, bias=False)`.
    pub fn linear_no_bias(self, out_features: usize) -> Self {
        self.layer(LayerSpec::Linear {
            out_features,
            bias: false,
        })
    }
    /// A catalogue activation (`"ELU"`) with the given settings and
    /// PyTorch's defaults for the others; an unknown name or setting is an
    /// error at [`build`](Self::build).
    pub fn activation(mut self, name: &str, settings: &[(&str, f64)]) -> Self {
        match LayerSpec::activation(name, settings) {
            Ok(spec) => self.layer(spec),
            Err(e) => {
                self.error.get_or_insert(e);
                self
            }
        }
    }
    /// `ReLU()`.
    pub fn relu(self) -> Self {
        self.activation("ReLU", &[])
    }
    /// `LeakyReLU(negative_slope)`.
    pub fn leaky_relu(self, negative_slope: f64) -> Self {
        self.activation("LeakyReLU", &[("negative_slope", negative_slope)])
    }
    /// `ELU(alpha)`.
    pub fn elu(self, alpha: f64) -> Self {
        self.activation("ELU", &[("alpha", alpha)])
    }
    /// `Softplus(beta, threshold)`.
    pub fn softplus(self, beta: f64, threshold: f64) -> Self {
        self.activation("Softplus", &[("beta", beta), ("threshold", threshold)])
    }
    /// `GELU()` (exact).
    pub fn gelu(self) -> Self {
        self.layer(LayerSpec::GELU {
            approximate: "none".into(),
        })
    }
    /// `SELU()`.
    pub fn selu(self) -> Self {
        self.activation("SELU", &[])
    }
    /// `Tanh()`.
    pub fn tanh(self) -> Self {
        self.activation("Tanh", &[])
    }
    /// `Sigmoid()`.
    pub fn sigmoid(self) -> Self {
        self.activation("Sigmoid", &[])
    }
    /// `Softmax(dim)`.
    pub fn softmax(self, dim: i64) -> Self {
        self.layer(LayerSpec::Softmax { dim })
    }
    /// `LogSoftmax(dim)`.
    pub fn log_softmax(self, dim: i64) -> Self {
        self.layer(LayerSpec::LogSoftmax { dim })
    }
    /// `Dropout(p)`.
    pub fn dropout(self, p: f64) -> Self {
        self.layer(LayerSpec::Dropout { p })
    }
    /// `BatchNorm1d(num_features)` with PyTorch's defaults (eps 1e-5, momentum 0.1).
    pub fn batch_norm(self) -> Self {
        self.layer(LayerSpec::BatchNorm1d {
            eps: 1e-5,
            momentum: 0.1,
        })
    }
    /// `Identity()`.
    pub fn identity(self) -> Self {
        self.activation("Identity", &[])
    }
    /// `Flatten()`.
    pub fn flatten(self) -> Self {
        self.layer(LayerSpec::Flatten {
            start_dim: 1,
            end_dim: -1,
        })
    }
    /// Seeds the device's random stream before the parameters are
    /// initialised, so that the same seed gives the same initial weights.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }
    /// Appends a custom layer that is already built.
    pub fn custom(mut self, layer: C) -> Self {
        self.items.push((Item::Module(layer), None));
        self
    }

    /// Builds the model on `device`, checking every layer's settings and the
    /// widths between layers.
    pub fn build(self, device: &Device) -> Result<Sequential<C>> {
        let refuse = |name: &str, _: &serde_json::Value, _: usize| -> Result<C> {
            Err(Error::UnknownLayer {
                name: name.to_string(),
                registered: "none (append built custom layers with SequentialBuilder::custom)"
                    .to_string(),
            })
        };
        if let Some(error) = self.error {
            return Err(error);
        }
        if let Some(name) = self.misplaced_name {
            return Err(Error::option(
                "name",
                format!("`{name}` names no layer: call name() after the layer it names"),
            ));
        }
        let names: Vec<String> = self
            .items
            .iter()
            .enumerate()
            .map(|(index, (_, name))| name.clone().unwrap_or_else(|| index.to_string()))
            .collect();
        if let Some(seed) = self.seed {
            device.seed(seed);
        }
        let mut width = self.n_inputs;
        let mut layers = Vec::with_capacity(self.items.len());
        for (index, (item, _)) in self.items.into_iter().enumerate() {
            let (layer, n_out) = match item {
                Item::Spec(spec) => Layer::from_spec(&spec, index, width, &refuse, device)?,
                Item::Module(custom) => {
                    let n_out = custom
                        .output_features(width)
                        .map_err(|m| Error::layer(index, custom.type_name(), m))?;
                    (Layer::Custom(custom), n_out)
                }
            };
            layers.push(layer);
            width = n_out;
        }
        Sequential::from_layers(self.n_inputs, layers, names, width)
    }
}
