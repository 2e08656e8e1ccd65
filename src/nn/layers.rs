//! Built-in layers with PyTorch's semantics, parameter names and defaults.
//!
//! Every layer is a Burn module. Elementwise activations come from the
//! catalogue in `activation` (one file each: a new activation touches
//! nothing here); `Linear` and `BatchNorm1d` own parameters; `Layer` is the
//! set a `Sequential` holds, plus one `Custom` variant for the user's own
//! modules (see `custom`).
//!
//! Between layers, events are `[batch, features]`, the shape TMVA hands a
//! method. A new kind of structured layer (Conv1d, Conv2d, pooling, LSTM) is
//! one new struct, one new `LayerSpec` and `Layer` variant and one arm in
//! each `match` below (spec, build, forward, backward: a layer without a
//! closed-form backward pass simply reports so and trains through autodiff),
//! plus its tensors in the state dict, host network and TorchScript reader
//! and writer; the other layers stay untouched. Such a layer carries its input shape in
//! its settings (`in_channels`, `length`, as the TMVA CNN methods'
//! `InputLayout` does), reshapes the flat features to `[batch, channels,
//! length]` itself and hands flat features on, so `Flatten` stays the identity
//! it is here.

use burn::module::{Module, Param, RunningState};
use burn::nn::{Linear, LinearConfig};
use burn::optim::GradientsParams;
use burn::tensor::activation;
use burn::tensor::{Device, Distribution, Tensor};
use serde::{Deserialize, Serialize};

use super::activation::{ActivationDef, ActivationSpec};
use super::custom::{CustomLayer, NoCustom};
use crate::error::{Error, Result};

/// The most weights one Linear layer may have (2^28, 1 GiB of `f32`): far
/// beyond any TMVA network, and refused before allocating.
pub const MAX_LINEAR_WEIGHTS: usize = 1 << 28;

/// The serde description of one layer: what a job file or a model.pt import
/// writes to make a `Sequential`. Field names and defaults are PyTorch's.
/// Elementwise activations (`ReLU`, `LeakyReLU`, `ELU`, ...) are
/// [`LayerSpec::Activation`], described by the same `{"type": ...}` form.
// `remote = "Self"` derives serde's code as inherent functions, which the
// trait impls below call for the structured layers after sending the
// catalogue's activations to `ActivationSpec`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", tag = "type", deny_unknown_fields)]
pub enum LayerSpec {
    /// `torch.nn.Linear(in_features, out_features, bias=True)`; `in_features`
    /// is the width of the previous layer.
    Linear {
        /// Output width.
        out_features: usize,
        /// Add a learnable bias (PyTorch default: true).
        #[serde(default = "default_true")]
        bias: bool,
    },
    /// `torch.nn.GELU(approximate='none')`.
    GELU {
        /// `"none"` (exact, erf) or `"tanh"`.
        #[serde(default = "default_gelu_approximate")]
        approximate: String,
    },
    /// `torch.nn.Softmax(dim)`.
    Softmax {
        /// Dimension to normalise over; negative counts from the end.
        dim: i64,
    },
    /// `torch.nn.LogSoftmax(dim)`.
    LogSoftmax {
        /// Dimension to normalise over; negative counts from the end.
        dim: i64,
    },
    /// `torch.nn.Dropout(p=0.5)`: zeroes each input with probability `p` in
    /// training mode and scales the rest by `1/(1-p)`; identity in eval mode.
    Dropout {
        /// Drop probability in [0, 1] (default 0.5).
        #[serde(default = "default_dropout")]
        p: f64,
    },
    /// `torch.nn.BatchNorm1d(num_features, eps=1e-5, momentum=0.1)` on
    /// `[batch, features]`; `num_features` is the previous layer's width.
    BatchNorm1d {
        /// Added to the variance for stability (default 1e-5).
        #[serde(default = "default_eps")]
        eps: f64,
        /// Weight of the batch statistics in the running averages (default 0.1).
        #[serde(default = "default_momentum")]
        momentum: f64,
    },
    /// `torch.nn.Flatten(start_dim=1, end_dim=-1)`.
    Flatten {
        /// First dimension to flatten (default 1).
        #[serde(default = "default_start_dim")]
        start_dim: i64,
        /// Last dimension to flatten (default -1).
        #[serde(default = "default_end_dim")]
        end_dim: i64,
    },
    /// A user layer found by its registered name (see `CustomRegistry`).
    Custom {
        /// The registered name, e.g. `Scale`.
        name: String,
        /// Layer-specific settings, passed to the registered constructor.
        #[serde(default)]
        config: serde_json::Value,
    },
    /// An elementwise activation of the catalogue (`ReLU`, `LeakyReLU`, ...:
    /// all of `crate::nn::activation::CATALOGUE`), with PyTorch's settings
    /// and defaults.
    #[serde(skip)]
    Activation(ActivationSpec),
}

impl Serialize for LayerSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            LayerSpec::Activation(activation) => activation.serialize(serializer),
            structured => LayerSpec::serialize(structured, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for LayerSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        use serde::de::Error as _;
        let value = serde_json::Value::deserialize(deserializer)?;
        let kind = value
            .get("type")
            .and_then(|t| t.as_str())
            .unwrap_or_default();
        if ActivationDef::find(kind).is_some() {
            return ActivationSpec::deserialize(value)
                .map(LayerSpec::Activation)
                .map_err(D::Error::custom);
        }
        if !STRUCTURED_LAYERS.contains(&kind) && kind != "Custom" {
            return Err(D::Error::custom(format!(
                "unknown layer type `{kind}` (built in: {}, {}; user layers are \
                 {{\"type\": \"Custom\", \"name\": ...}})",
                STRUCTURED_LAYERS.join(", "),
                super::activation::names().join(", ")
            )));
        }
        LayerSpec::deserialize(value).map_err(D::Error::custom)
    }
}

/// The layer types with their own `LayerSpec` variant (the activations
/// are listed by the catalogue).
pub(crate) const STRUCTURED_LAYERS: &[&str] = &[
    "Linear",
    "GELU",
    "Softmax",
    "LogSoftmax",
    "Dropout",
    "BatchNorm1d",
    "Flatten",
];

impl LayerSpec {
    /// The catalogue activation `name` with the given settings (PyTorch's
    /// defaults for the others): `LayerSpec::activation("ELU",
    /// &[("alpha", 0.7)])`.
    pub fn activation(name: &str, settings: &[(&str, f64)]) -> Result<Self> {
        ActivationSpec::new(name, settings)
            .map(LayerSpec::Activation)
            .map_err(|m| Error::option(name, m))
    }
}

fn default_true() -> bool {
    true
}
fn default_gelu_approximate() -> String {
    "none".to_string()
}
fn default_dropout() -> f64 {
    0.5
}
fn default_eps() -> f64 {
    1e-5
}
fn default_momentum() -> f64 {
    0.1
}
fn default_start_dim() -> i64 {
    1
}
fn default_end_dim() -> i64 {
    -1
}

impl LayerSpec {
    /// PyTorch's class name for this layer (`Linear`, `ReLU`, ...; the
    /// registered name for custom layers).
    pub fn type_name(&self) -> &str {
        match self {
            LayerSpec::Linear { .. } => "Linear",
            LayerSpec::GELU { .. } => "GELU",
            LayerSpec::Softmax { .. } => "Softmax",
            LayerSpec::LogSoftmax { .. } => "LogSoftmax",
            LayerSpec::Dropout { .. } => "Dropout",
            LayerSpec::BatchNorm1d { .. } => "BatchNorm1d",
            LayerSpec::Flatten { .. } => "Flatten",
            LayerSpec::Custom { name, .. } => name,
            LayerSpec::Activation(a) => a.name(),
        }
    }
}

/// Resolves a PyTorch dimension index (negative counts from the end) for a
/// `[batch, features]` input.
fn resolve_dim(dim: i64, index: usize, layer: &str) -> Result<usize> {
    match dim {
        0 | -2 => Ok(0),
        1 | -1 => Ok(1),
        _ => Err(Error::layer(
            index,
            layer,
            format!("dim={dim} is out of range for a [batch, features] input (expected -2..=1)"),
        )),
    }
}

/// An elementwise activation of the catalogue; no parameters.
#[derive(Module, Debug)]
pub struct Activation {
    /// Which activation, with its settings.
    #[module(skip)]
    pub spec: ActivationSpec,
}

/// `GELU(approximate)`.
#[derive(Module, Debug)]
pub struct Gelu {
    /// Use the tanh approximation instead of the exact erf form.
    pub tanh_approximation: bool,
}

/// `Softmax(dim)` or `LogSoftmax(dim)`.
#[derive(Module, Debug)]
pub struct Softmax {
    /// Resolved dimension (0 or 1).
    pub dim: usize,
    /// Whether to return log-probabilities.
    pub log: bool,
}

/// `Dropout(p)`: active only in training mode.
#[derive(Module, Debug)]
pub struct Dropout {
    /// Drop probability.
    pub p: f64,
}

/// `Flatten(start_dim, end_dim)`. On `[batch, features]` data with the
/// default dims it is the identity; kept so models with it import unchanged.
#[derive(Module, Debug)]
pub struct Flatten {
    /// First flattened dim as written.
    pub start_dim: i64,
    /// Last flattened dim as written.
    pub end_dim: i64,
}

/// `BatchNorm1d` with PyTorch's parameter names and update rule: in training
/// mode it normalises by the biased batch variance and updates
/// `running_var` with the unbiased one; in eval mode it uses the running
/// statistics.
#[derive(Module, Debug)]
pub struct BatchNorm1d {
    /// Scale (PyTorch `weight`, initialised to ones).
    pub weight: Param<Tensor<1>>,
    /// Shift (PyTorch `bias`, initialised to zeros).
    pub bias: Param<Tensor<1>>,
    /// Running mean (initialised to zeros).
    pub running_mean: RunningState<Tensor<1>>,
    /// Running variance (initialised to ones).
    pub running_var: RunningState<Tensor<1>>,
    /// Added to the variance.
    pub eps: f64,
    /// Weight of the newest batch in the running statistics.
    pub momentum: f64,
}

impl BatchNorm1d {
    fn new(num_features: usize, eps: f64, momentum: f64, device: &Device) -> Self {
        Self {
            weight: Param::from_tensor(Tensor::ones([num_features], device)),
            bias: Param::from_tensor(Tensor::zeros([num_features], device)),
            running_mean: RunningState::new(Tensor::zeros([num_features], device)),
            running_var: RunningState::new(Tensor::ones([num_features], device)),
            eps,
            momentum,
        }
    }

    /// `[batch, features]` → `[batch, features]`.
    fn forward(&self, x: Tensor<2>, training: bool) -> Tensor<2> {
        let device = x.device();
        let weight = self.weight.val().unsqueeze_dim(0);
        let bias = self.bias.val().unsqueeze_dim(0);
        if training {
            let n = x.dims()[0];
            let mean = x.clone().mean_dim(0);
            let centered = x - mean.clone();
            let var = centered.clone().square().mean_dim(0);
            let normed = centered / var.clone().add_scalar(self.eps).sqrt();
            let unbiased = if n > 1 {
                var.clone().detach().mul_scalar(n as f64 / (n as f64 - 1.0))
            } else {
                var.clone().detach()
            };
            let m = self.momentum;
            let rm = self.running_mean.value_sync().to_device(&device);
            let rv = self.running_var.value_sync().to_device(&device);
            self.running_mean.update(
                (rm.mul_scalar(1.0 - m) + mean.detach().squeeze_dim(0).mul_scalar(m)).detach(),
            );
            self.running_var
                .update((rv.mul_scalar(1.0 - m) + unbiased.squeeze_dim(0).mul_scalar(m)).detach());
            normed * weight + bias
        } else {
            let rm = self
                .running_mean
                .value()
                .to_device(&device)
                .unsqueeze_dim(0);
            let rv = self.running_var.value().to_device(&device).unsqueeze_dim(0);
            (x - rm) / rv.add_scalar(self.eps).sqrt() * weight + bias
        }
    }
}

/// One layer of a [`Sequential`](super::Sequential): a built-in PyTorch layer
/// or the user's own module `C`.
#[derive(Module, Debug)]
pub enum Layer<C: CustomLayer = NoCustom> {
    /// `Linear`; Burn stores the weight as `[in, out]`, PyTorch as `[out, in]`.
    Linear(Linear),
    /// An elementwise activation of the catalogue.
    Activation(Activation),
    /// `GELU`.
    Gelu(Gelu),
    /// `Softmax` / `LogSoftmax`.
    Softmax(Softmax),
    /// `Dropout`.
    Dropout(Dropout),
    /// `BatchNorm1d`.
    BatchNorm1d(BatchNorm1d),
    /// `Flatten`.
    Flatten(Flatten),
    /// A user-defined layer.
    Custom(C),
}

impl<C: CustomLayer> Layer<C> {
    /// Builds the layer described by `spec` for inputs of width `n_in`;
    /// `index` is its position, for error messages. Returns the layer and its
    /// output width.
    pub(crate) fn from_spec(
        spec: &LayerSpec,
        index: usize,
        n_in: usize,
        custom: &dyn Fn(&str, &serde_json::Value, usize) -> Result<C>,
        device: &Device,
    ) -> Result<(Self, usize)> {
        let name = spec.type_name();
        match spec {
            LayerSpec::Linear { out_features, bias } => {
                if *out_features == 0 {
                    return Err(Error::layer(index, name, "out_features must be at least 1"));
                }
                // Checked before anything is allocated: a typo of a few
                // digits would otherwise abort the process on allocation.
                let weights = n_in
                    .checked_mul(*out_features)
                    .and_then(|w| w.checked_add(*out_features))
                    .filter(|&w| w <= MAX_LINEAR_WEIGHTS);
                if weights.is_none() {
                    return Err(Error::layer(
                        index,
                        name,
                        format!(
                            "{n_in} x {out_features} weights ({:.1} GiB of f32) exceed the limit \
                             of {MAX_LINEAR_WEIGHTS} weights (1 GiB)",
                            n_in as f64 * *out_features as f64 * 4.0 / (1u64 << 30) as f64
                        ),
                    ));
                }
                let linear = LinearConfig::new(n_in, *out_features)
                    .with_bias(*bias)
                    .init(device);
                Ok((Layer::Linear(linear), *out_features))
            }
            LayerSpec::Activation(activation) => {
                activation
                    .check()
                    .map_err(|message| Error::layer(index, name, message))?;
                Ok((
                    Layer::Activation(Activation {
                        spec: activation.clone(),
                    }),
                    n_in,
                ))
            }
            LayerSpec::GELU { approximate } => {
                let tanh_approximation = match approximate.as_str() {
                    "none" => false,
                    "tanh" => true,
                    other => {
                        return Err(Error::layer(
                            index,
                            name,
                            format!("approximate='{other}' is not 'none' or 'tanh'"),
                        ));
                    }
                };
                Ok((Layer::Gelu(Gelu { tanh_approximation }), n_in))
            }
            LayerSpec::Softmax { dim } | LayerSpec::LogSoftmax { dim } => Ok((
                Layer::Softmax(Softmax {
                    dim: resolve_dim(*dim, index, name)?,
                    log: matches!(spec, LayerSpec::LogSoftmax { .. }),
                }),
                n_in,
            )),
            LayerSpec::Dropout { p } => {
                if !(0.0..=1.0).contains(p) {
                    return Err(Error::layer(
                        index,
                        name,
                        format!("p={p} is not a probability in [0, 1]"),
                    ));
                }
                Ok((Layer::Dropout(Dropout { p: *p }), n_in))
            }
            LayerSpec::BatchNorm1d { eps, momentum } => {
                if !(eps.is_finite() && *eps > 0.0) {
                    return Err(Error::layer(index, name, format!("eps={eps} must be > 0")));
                }
                if !(0.0..=1.0).contains(momentum) {
                    return Err(Error::layer(
                        index,
                        name,
                        format!("momentum={momentum} is not in [0, 1]"),
                    ));
                }
                Ok((
                    Layer::BatchNorm1d(BatchNorm1d::new(n_in, *eps, *momentum, device)),
                    n_in,
                ))
            }
            LayerSpec::Flatten { start_dim, end_dim } => {
                let start = resolve_dim(*start_dim, index, name)?;
                let end = resolve_dim(*end_dim, index, name)?;
                if start != 1 || end != 1 {
                    return Err(Error::layer(
                        index,
                        name,
                        format!(
                            "Flatten(start_dim={start_dim}, end_dim={end_dim}) would merge the \
                             batch dimension; only start_dim=1 is supported on [batch, features] data"
                        ),
                    ));
                }
                Ok((
                    Layer::Flatten(Flatten {
                        start_dim: *start_dim,
                        end_dim: *end_dim,
                    }),
                    n_in,
                ))
            }
            LayerSpec::Custom { name, config } => {
                let layer = custom(name, config, n_in)?;
                let n_out = layer
                    .output_features(n_in)
                    .map_err(|message| Error::layer(index, name, message))?;
                Ok((Layer::Custom(layer), n_out))
            }
        }
    }

    /// The serde description of this layer.
    pub fn spec(&self) -> LayerSpec {
        match self {
            Layer::Linear(linear) => LayerSpec::Linear {
                out_features: linear.weight.dims()[1],
                bias: linear.bias.is_some(),
            },
            Layer::Activation(a) => LayerSpec::Activation(a.spec.clone()),
            Layer::Gelu(l) => LayerSpec::GELU {
                approximate: if l.tanh_approximation { "tanh" } else { "none" }.to_string(),
            },
            Layer::Softmax(s) if s.log => LayerSpec::LogSoftmax { dim: s.dim as i64 },
            Layer::Softmax(s) => LayerSpec::Softmax { dim: s.dim as i64 },
            Layer::Dropout(d) => LayerSpec::Dropout { p: d.p },
            Layer::BatchNorm1d(b) => LayerSpec::BatchNorm1d {
                eps: b.eps,
                momentum: b.momentum,
            },
            Layer::Flatten(f) => LayerSpec::Flatten {
                start_dim: f.start_dim,
                end_dim: f.end_dim,
            },
            Layer::Custom(c) => LayerSpec::Custom {
                name: c.type_name().to_string(),
                config: c.config(),
            },
        }
    }

    /// `[batch, n_in]` → `[batch, n_out]`. `training` switches Dropout and
    /// BatchNorm1d between their training and evaluation behaviour.
    pub fn forward(&self, x: Tensor<2>, training: bool) -> Tensor<2> {
        self.forward_saving(x, training).0
    }

    /// Whether [`backward`](Self::backward) can differentiate this layer
    /// without Burn's autodiff graph.
    pub(crate) fn has_analytic_backward(&self) -> bool {
        match self {
            Layer::Activation(a) => a.spec.def().backward.is_some(),
            Layer::Gelu(_) | Layer::BatchNorm1d(_) | Layer::Custom(_) => false,
            _ => true,
        }
    }

    /// The forward pass, plus what the analytic backward pass needs.
    pub(crate) fn forward_saving(&self, x: Tensor<2>, training: bool) -> (Tensor<2>, Saved) {
        match self {
            Layer::Linear(linear) => (linear.forward(x.clone()), Saved::Input(x)),
            Layer::Activation(a) => (a.spec.def().forward)(x, a.spec.settings()),
            Layer::Gelu(l) if l.tanh_approximation => {
                (activation::gelu_approximate(x), Saved::Nothing)
            }
            Layer::Gelu(_) => (activation::gelu(x), Saved::Nothing),
            Layer::Softmax(s) => {
                let y = if s.log {
                    activation::log_softmax(x, s.dim)
                } else {
                    activation::softmax(x, s.dim)
                };
                (y.clone(), Saved::Output(y))
            }
            Layer::Dropout(d) => {
                if !training || d.p == 0.0 {
                    (x, Saved::Nothing)
                } else if d.p >= 1.0 {
                    let zeros = x.zeros_like();
                    (zeros.clone(), Saved::Mask(zeros))
                } else {
                    let keep = 1.0 - d.p;
                    let mask = x
                        .random_like(Distribution::Bernoulli(keep))
                        .mul_scalar(1.0 / keep);
                    (x * mask.clone(), Saved::Mask(mask))
                }
            }
            Layer::BatchNorm1d(b) => (b.forward(x, training), Saved::Nothing),
            Layer::Flatten(_) => (x, Saved::Nothing),
            Layer::Custom(c) => (c.forward(x), Saved::Nothing),
        }
    }

    /// The analytic backward pass: from the gradient of the loss with respect
    /// to this layer's output, registers the gradients of its parameters in
    /// `grads` and returns the gradient with respect to its input (`None`
    /// when `need_input_grad` is false). Only for layers with
    /// [`has_analytic_backward`](Self::has_analytic_backward).
    pub(crate) fn backward(
        &self,
        saved: Saved,
        grad: Tensor<2>,
        need_input_grad: bool,
        grads: &mut GradientsParams,
    ) -> Option<Tensor<2>> {
        match (self, saved) {
            (Layer::Linear(linear), Saved::Input(x)) => {
                // Burn keeps the weight as [in, out]: y = x W + b.
                grads.register(linear.weight.id, x.transpose().matmul(grad.clone()));
                if let Some(bias) = &linear.bias {
                    grads.register(bias.id, grad.clone().sum_dim(0).squeeze_dim::<1>(0));
                }
                need_input_grad.then(|| grad.matmul(linear.weight.val().transpose()))
            }
            (Layer::Activation(a), saved) => {
                let def = a.spec.def();
                let backward = def.backward.expect("has_analytic_backward was checked");
                Some(backward(saved, grad, a.spec.settings()))
            }
            (Layer::Softmax(s), Saved::Output(y)) if s.log => {
                Some(grad.clone() - y.exp() * grad.sum_dim(s.dim))
            }
            (Layer::Softmax(s), Saved::Output(y)) => {
                let dot = (grad.clone() * y.clone()).sum_dim(s.dim);
                Some(y * (grad - dot))
            }
            (Layer::Dropout(_), Saved::Mask(mask)) => Some(grad * mask),
            (_, _) => Some(grad),
        }
    }
}

/// What a layer's forward pass keeps for its analytic backward pass.
// Lives for one training step; boxing the tensors would cost an allocation
// per layer and step.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Saved {
    /// Nothing is needed (identity-like layers, or no analytic backward).
    Nothing,
    /// The layer's input.
    Input(Tensor<2>),
    /// The layer's output.
    Output(Tensor<2>),
    /// Input and output.
    Both(Tensor<2>, Tensor<2>),
    /// Dropout's scaled keep-mask.
    Mask(Tensor<2>),
}

#[cfg(test)]
mod spec_tests {
    use crate::nn::{Sequential, SequentialSpec};

    fn spec(layers: serde_json::Value) -> serde_json::Result<SequentialSpec> {
        serde_json::from_value(serde_json::json!({ "n_inputs": 4, "layers": layers }))
    }

    #[test]
    fn oversized_linear_layers_are_refused_before_allocating() {
        let device = crate::device::parse_device("cpu").unwrap();
        for out in [1_000_000_000u64, 9_223_372_036_854_775_807, u64::MAX] {
            let s = spec(serde_json::json!([{ "type": "Linear", "out_features": out }])).unwrap();
            let err = Sequential::from_spec(&s, &device).unwrap_err().to_string();
            assert!(
                err.contains("layer 0 (Linear)") && err.contains("exceed the limit"),
                "{err}"
            );
        }
        let s = spec(serde_json::json!([{ "type": "Linear", "out_features": 64 }])).unwrap();
        assert!(Sequential::from_spec(&s, &device).is_ok());
    }

    #[test]
    fn unknown_keys_in_a_layer_are_refused_by_name() {
        for layer in [
            serde_json::json!({ "type": "Linear", "out_features": 4, "foo": 1 }),
            serde_json::json!({ "type": "ReLU", "num_features": 3 }),
            serde_json::json!({ "type": "ELU", "alfa": 2.0 }),
        ] {
            let err = spec(serde_json::json!([layer])).unwrap_err().to_string();
            assert!(err.contains("unknown field"), "{err}");
        }
        let err = spec(serde_json::json!([{ "type": "Mish" }]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown layer type `Mish`") && err.contains("SELU"),
            "{err}"
        );
        let err = spec(serde_json::json!([{ "type": "ELU", "alpha": "big" }]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("not a number"), "{err}");
    }
}
