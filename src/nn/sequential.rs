//! `Sequential`: an ordered list of layers, PyTorch's `torch.nn.Sequential`.

use std::path::Path;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::optim::GradientsParams;
use burn::tensor::{Device, Tensor, TensorData};
use serde::{Deserialize, Serialize};

use super::custom::{CustomLayer, CustomRegistry, NoCustom};
use super::layers::{Layer, LayerSpec};
use super::loss::{Loss, Target};
use crate::error::{Error, Result};

/// The serde description of a whole model: input width and layers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SequentialSpec {
    /// Number of input features.
    pub n_inputs: usize,
    /// The layers, in order.
    pub layers: Vec<LayerSpec>,
}

/// One named parameter or buffer, as PyTorch's `state_dict` has it: PyTorch
/// names (`0.weight`, `2.running_mean`) and PyTorch shapes (`Linear.weight`
/// is `[out, in]`), row-major `f32` values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedTensor {
    /// PyTorch's key, e.g. `0.weight`.
    pub name: String,
    /// PyTorch's shape.
    pub shape: Vec<usize>,
    /// Row-major values.
    pub values: Vec<f32>,
}

/// A model's parameters and buffers in module order.
pub type StateDict = Vec<NamedTensor>;

/// An ordered stack of layers mapping `[batch, n_inputs]` to `[batch, n_outputs]`.
///
/// `C` is the type of the user's custom layers ([`NoCustom`] when there are none).
#[derive(Module, Debug)]
pub struct Sequential<C: CustomLayer = NoCustom> {
    layers: Vec<Layer<C>>,
    n_inputs: usize,
    n_outputs: usize,
}

enum Item<C> {
    Spec(LayerSpec),
    Module(C),
}

/// Builds a [`Sequential`] layer by layer, PyTorch names and defaults.
pub struct SequentialBuilder<C: CustomLayer = NoCustom> {
    n_inputs: usize,
    items: Vec<Item<C>>,
}

impl Sequential<NoCustom> {
    /// A builder for a model of built-in layers with `n_inputs` input features.
    pub fn builder(n_inputs: usize) -> SequentialBuilder<NoCustom> {
        SequentialBuilder {
            n_inputs,
            items: Vec::new(),
        }
    }

    /// Builds a model of built-in layers from its description.
    pub fn from_spec(spec: &SequentialSpec, device: &Device) -> Result<Self> {
        Self::from_spec_with(spec, &CustomRegistry::new(), device)
    }

    /// Reads a model of built-in layers written by [`save`](Self::save).
    pub fn load(path: impl AsRef<Path>, device: &Device) -> Result<Self> {
        Self::load_with(path, &CustomRegistry::new(), device)
    }
}

impl<C: CustomLayer> SequentialBuilder<C> {
    /// Appends any layer by its description.
    pub fn layer(mut self, spec: LayerSpec) -> Self {
        self.items.push(Item::Spec(spec));
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
    /// `ReLU()`.
    pub fn relu(self) -> Self {
        self.layer(LayerSpec::ReLU)
    }
    /// `LeakyReLU(negative_slope)`.
    pub fn leaky_relu(self, negative_slope: f64) -> Self {
        self.layer(LayerSpec::LeakyReLU { negative_slope })
    }
    /// `ELU(alpha)`.
    pub fn elu(self, alpha: f64) -> Self {
        self.layer(LayerSpec::ELU { alpha })
    }
    /// `GELU()` (exact).
    pub fn gelu(self) -> Self {
        self.layer(LayerSpec::GELU {
            approximate: "none".into(),
        })
    }
    /// `SELU()`.
    pub fn selu(self) -> Self {
        self.layer(LayerSpec::SELU)
    }
    /// `Tanh()`.
    pub fn tanh(self) -> Self {
        self.layer(LayerSpec::Tanh)
    }
    /// `Sigmoid()`.
    pub fn sigmoid(self) -> Self {
        self.layer(LayerSpec::Sigmoid)
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
        self.layer(LayerSpec::Identity)
    }
    /// `Flatten()`.
    pub fn flatten(self) -> Self {
        self.layer(LayerSpec::Flatten {
            start_dim: 1,
            end_dim: -1,
        })
    }
    /// Appends a custom layer that is already built.
    pub fn custom(mut self, layer: C) -> Self {
        self.items.push(Item::Module(layer));
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
        let mut width = self.n_inputs;
        let mut layers = Vec::with_capacity(self.items.len());
        for (index, item) in self.items.into_iter().enumerate() {
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
        Sequential::from_layers(self.n_inputs, layers, width)
    }
}

impl<C: CustomLayer> Sequential<C> {
    /// A builder for a model whose custom layers are of type `C`.
    pub fn custom_builder(n_inputs: usize) -> SequentialBuilder<C> {
        SequentialBuilder {
            n_inputs,
            items: Vec::new(),
        }
    }

    fn from_layers(n_inputs: usize, layers: Vec<Layer<C>>, n_outputs: usize) -> Result<Self> {
        if n_inputs == 0 {
            return Err(Error::option(
                "n_inputs",
                "a model needs at least one input",
            ));
        }
        Ok(Self {
            layers,
            n_inputs,
            n_outputs,
        })
    }

    /// Builds a model from its description; custom layers come from `registry`.
    pub fn from_spec_with(
        spec: &SequentialSpec,
        registry: &CustomRegistry<C>,
        device: &Device,
    ) -> Result<Self> {
        let mut width = spec.n_inputs;
        let mut layers = Vec::with_capacity(spec.layers.len());
        for (index, layer_spec) in spec.layers.iter().enumerate() {
            let custom = |name: &str, config: &serde_json::Value, n_in: usize| {
                registry.build(index, name, config, n_in, device)
            };
            let (layer, n_out) = Layer::from_spec(layer_spec, index, width, &custom, device)?;
            layers.push(layer);
            width = n_out;
        }
        Self::from_layers(spec.n_inputs, layers, width)
    }

    /// The model's description.
    pub fn spec(&self) -> SequentialSpec {
        SequentialSpec {
            n_inputs: self.n_inputs,
            layers: self.layers.iter().map(Layer::spec).collect(),
        }
    }

    /// Number of input features.
    pub fn n_inputs(&self) -> usize {
        self.n_inputs
    }

    /// Number of outputs.
    pub fn n_outputs(&self) -> usize {
        self.n_outputs
    }

    /// The layers, in order.
    pub fn layers(&self) -> &[Layer<C>] {
        &self.layers
    }

    /// Evaluation-mode forward pass (Dropout off, BatchNorm on running
    /// statistics): `[batch, n_inputs]` → `[batch, n_outputs]`.
    ///
    /// The input width must be `n_inputs()`; [`try_forward`](Self::try_forward) checks it.
    pub fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        self.run(input, false)
    }

    /// Training-mode forward pass (Dropout active, BatchNorm on batch
    /// statistics, updating its running averages).
    pub fn forward_train(&self, input: Tensor<2>) -> Tensor<2> {
        self.run(input, true)
    }

    /// [`forward`](Self::forward) after checking the input width.
    pub fn try_forward(&self, input: Tensor<2>) -> Result<Tensor<2>> {
        self.check_width(input.dims()[1])?;
        Ok(self.forward(input))
    }

    pub(crate) fn check_width(&self, width: usize) -> Result<()> {
        if width != self.n_inputs {
            return Err(Error::shape(
                "model input",
                format!("{} features", self.n_inputs),
                format!("{width} features"),
            ));
        }
        Ok(())
    }

    fn run(&self, input: Tensor<2>, training: bool) -> Tensor<2> {
        self.layers
            .iter()
            .fold(input, |x, layer| layer.forward(x, training))
    }

    /// Whether the parameters live on an autodiff device.
    pub fn is_autodiff(&self) -> bool {
        self.devices().first().is_some_and(Device::is_autodiff)
    }

    /// Whether every layer can be differentiated in closed form (see
    /// [`analytic_gradients`](Self::analytic_gradients)).
    pub fn has_analytic_backward(&self) -> bool {
        self.layers.iter().all(Layer::has_analytic_backward)
    }

    /// Training-mode forward pass, `loss` and backward pass in closed form,
    /// layer by layer, without Burn's autodiff graph: the gradients of all
    /// parameters and the (reduced) loss. It computes the same derivatives
    /// autodiff would, with about a third of the tensor operations, which is
    /// what makes small-batch training fast. The parity tests check it
    /// against PyTorch like the autodiff path.
    pub fn analytic_gradients(
        &self,
        loss: &Loss,
        input: Tensor<2>,
        target: &Target,
        weights: Option<&Tensor<1>>,
    ) -> Result<(GradientsParams, Tensor<1>)> {
        if let Some((index, layer)) = self
            .layers
            .iter()
            .enumerate()
            .find(|(_, l)| !l.has_analytic_backward())
        {
            return Err(Error::layer(
                index,
                layer.spec().type_name(),
                "has no closed-form backward pass; train on an autodiff device",
            ));
        }
        if !loss.has_analytic_grad() {
            return Err(Error::option(
                "Loss",
                format!(
                    "{:?} has no closed-form gradient; train on an autodiff device",
                    loss
                ),
            ));
        }
        let mut saved = Vec::with_capacity(self.layers.len());
        let mut x = input;
        for layer in &self.layers {
            let (y, s) = layer.forward_saving(x, true);
            saved.push(s);
            x = y;
        }
        let (value, mut grad) = loss.value_and_grad(x, target, weights)?;
        let first_learnable = self
            .layers
            .iter()
            .position(|l| matches!(l, Layer::Linear(_)))
            .unwrap_or(0);
        let mut grads = GradientsParams::new();
        for (index, (layer, s)) in self.layers.iter().zip(saved).enumerate().rev() {
            if index < first_learnable {
                break;
            }
            match layer.backward(s, grad, index > first_learnable, &mut grads) {
                Some(g) => grad = g,
                None => break,
            }
        }
        Ok((grads, value))
    }

    /// Evaluation-mode outputs for `n_events` events given row-major in
    /// `features` (`n_events * n_inputs` values); returns row-major
    /// `n_events * n_outputs` values.
    pub fn predict(&self, features: &[f32], device: &Device) -> Result<Vec<f32>> {
        if features.is_empty() {
            return Ok(Vec::new());
        }
        tensor_values(self.forward(self.input_tensor(features, device)?))
    }

    /// `[n_events, n_inputs]` tensor of row-major `features`, checking the width.
    pub(crate) fn input_tensor(&self, features: &[f32], device: &Device) -> Result<Tensor<2>> {
        if features.is_empty() || !features.len().is_multiple_of(self.n_inputs) {
            return Err(Error::shape(
                "model input",
                format!("a non-zero multiple of {} values", self.n_inputs),
                format!("{} values", features.len()),
            ));
        }
        let n_events = features.len() / self.n_inputs;
        Ok(Tensor::from_data(
            TensorData::new(features.to_vec(), [n_events, self.n_inputs]),
            device,
        ))
    }

    /// Parameters and buffers with PyTorch's names and shapes.
    pub fn state_dict(&self) -> StateDict {
        let mut out = Vec::new();
        for (index, layer) in self.layers.iter().enumerate() {
            let named = |name: &str, shape: Vec<usize>, values: Vec<f32>| NamedTensor {
                name: format!("{index}.{name}"),
                shape,
                values,
            };
            match layer {
                Layer::Linear(linear) => {
                    let w = linear.weight.val();
                    let [n_in, n_out] = w.dims();
                    let values = host_values(w.transpose());
                    out.push(named("weight", vec![n_out, n_in], values));
                    if let Some(bias) = &linear.bias {
                        out.push(named("bias", vec![n_out], host_values(bias.val())));
                    }
                }
                Layer::BatchNorm1d(bn) => {
                    let n = bn.weight.dims()[0];
                    out.push(named("weight", vec![n], host_values(bn.weight.val())));
                    out.push(named("bias", vec![n], host_values(bn.bias.val())));
                    out.push(named(
                        "running_mean",
                        vec![n],
                        host_values(bn.running_mean.value()),
                    ));
                    out.push(named(
                        "running_var",
                        vec![n],
                        host_values(bn.running_var.value()),
                    ));
                }
                Layer::Custom(custom) => {
                    let mut visitor = CollectParams {
                        path: Vec::new(),
                        prefix: index.to_string(),
                        out: &mut out,
                    };
                    custom.visit(&mut visitor);
                }
                _ => {}
            }
        }
        out
    }

    /// Replaces parameters and buffers by those in `state` (PyTorch names and
    /// shapes). Every tensor of the model must be given exactly once.
    pub fn load_state_dict(self, state: &[NamedTensor]) -> Result<Self> {
        let expected = self.state_dict();
        for entry in &expected {
            match state.iter().find(|t| t.name == entry.name) {
                None => {
                    return Err(Error::shape(
                        "state dict",
                        format!("a tensor named `{}`", entry.name),
                        "none",
                    ));
                }
                Some(given) => check_named(given, &entry.shape)?,
            }
        }
        if let Some(extra) = state
            .iter()
            .find(|t| !expected.iter().any(|e| e.name == t.name))
        {
            return Err(Error::shape(
                "state dict",
                format!(
                    "only the model's tensors ({})",
                    expected
                        .iter()
                        .map(|e| e.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                format!("unexpected tensor `{}`", extra.name),
            ));
        }
        let find = |name: String| {
            state
                .iter()
                .find(|t| t.name == name)
                .expect("checked above")
        };
        let layers = self
            .layers
            .into_iter()
            .enumerate()
            .map(|(index, layer)| match layer {
                Layer::Linear(mut linear) => {
                    let device = linear.weight.val().device();
                    let w = find(format!("{index}.weight"));
                    let w = tensor_from::<2>(w, &device).transpose();
                    linear.weight = linear.weight.map(|_| w);
                    if let Some(bias) = linear.bias.take() {
                        let b = tensor_from::<1>(find(format!("{index}.bias")), &device);
                        linear.bias = Some(bias.map(|_| b));
                    }
                    Layer::Linear(linear)
                }
                Layer::BatchNorm1d(mut bn) => {
                    let device = bn.weight.val().device();
                    let get =
                        |name: &str| tensor_from::<1>(find(format!("{index}.{name}")), &device);
                    let (w, b) = (get("weight"), get("bias"));
                    bn.weight = bn.weight.map(|_| w);
                    bn.bias = bn.bias.map(|_| b);
                    bn.running_mean.update(get("running_mean"));
                    bn.running_var.update(get("running_var"));
                    Layer::BatchNorm1d(bn)
                }
                Layer::Custom(custom) => {
                    let mut mapper = LoadParams {
                        path: Vec::new(),
                        prefix: index.to_string(),
                        state,
                    };
                    Layer::Custom(custom.map(&mut mapper))
                }
                other => other,
            })
            .collect();
        Ok(Self {
            layers,
            n_inputs: self.n_inputs,
            n_outputs: self.n_outputs,
        })
    }

    /// Writes description and weights to `path` as one JSON document,
    /// atomically (a temporary file beside it, then a rename).
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let file = SavedModel {
            format: SAVED_MODEL_FORMAT.to_string(),
            spec: self.spec(),
            state: self.state_dict(),
        };
        let json = serde_json::to_vec(&file).map_err(|e| Error::Format {
            path: path.as_ref().to_path_buf(),
            message: e.to_string(),
        })?;
        crate::util::write_atomic(path.as_ref(), &json)
    }

    /// Reads a model written by [`save`](Self::save); custom layers come from `registry`.
    pub fn load_with(
        path: impl AsRef<Path>,
        registry: &CustomRegistry<C>,
        device: &Device,
    ) -> Result<Self> {
        let file = SavedModel::read(path.as_ref())?;
        Self::from_spec_with(&file.spec, registry, device)?.load_state_dict(&file.state)
    }

    /// Replaces the weights by those of a model written by
    /// [`save`](Self::save), whose layers must match this model's.
    pub fn load_weights(self, path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let file = SavedModel::read(path)?;
        if file.spec != self.spec() {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: "the saved model's layers differ from this model's".to_string(),
            });
        }
        self.load_state_dict(&file.state)
    }

    /// Number of learnable scalars.
    pub fn num_learnable(&self) -> usize {
        self.num_params()
    }
}

const SAVED_MODEL_FORMAT: &str = "tmva-burn-sequential-v1";

#[derive(Serialize, Deserialize)]
struct SavedModel {
    format: String,
    spec: SequentialSpec,
    state: StateDict,
}

impl SavedModel {
    fn read(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let file: SavedModel = serde_json::from_slice(&bytes).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: format!("not a tmva-burn model file: {e}"),
        })?;
        if file.format != SAVED_MODEL_FORMAT {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: format!("format `{}` is not `{SAVED_MODEL_FORMAT}`", file.format),
            });
        }
        Ok(file)
    }
}

fn check_named(given: &NamedTensor, shape: &[usize]) -> Result<()> {
    let n: usize = given.shape.iter().product();
    if given.shape != shape || n != given.values.len() {
        return Err(Error::shape(
            format!("state dict tensor `{}`", given.name),
            format!("shape {shape:?}"),
            format!("shape {:?} with {} values", given.shape, given.values.len()),
        ));
    }
    Ok(())
}

fn tensor_from<const D: usize>(t: &NamedTensor, device: &Device) -> Tensor<D> {
    Tensor::from_data(TensorData::new(t.values.clone(), t.shape.clone()), device)
}

/// The values of a tensor, row-major, on the host.
pub(crate) fn tensor_values<const D: usize>(t: Tensor<D>) -> Result<Vec<f32>> {
    t.into_data()
        .convert::<f32>()
        .try_to_vec::<f32>()
        .map_err(|e| Error::Backend(format!("{e:?}")))
}

fn host_values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    // Parameters are f32 tensors we created, so reading them back cannot fail.
    tensor_values(t).expect("f32 parameter tensor")
}

struct CollectParams<'a> {
    path: Vec<String>,
    prefix: String,
    out: &'a mut StateDict,
}

impl ModuleVisitor for CollectParams<'_> {
    fn enter_module(&mut self, name: &str, _container: &str) {
        self.path.push(name.to_string());
    }
    fn exit_module(&mut self, _name: &str, _container: &str) {
        self.path.pop();
    }
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let tensor = param.val();
        self.out.push(NamedTensor {
            name: std::iter::once(self.prefix.clone())
                .chain(self.path.iter().cloned())
                .collect::<Vec<_>>()
                .join("."),
            shape: tensor.dims().to_vec(),
            values: host_values(tensor),
        });
    }
}

struct LoadParams<'a> {
    path: Vec<String>,
    prefix: String,
    state: &'a [NamedTensor],
}

impl ModuleMapper for LoadParams<'_> {
    fn enter_module(&mut self, name: &str, _container: &str) {
        self.path.push(name.to_string());
    }
    fn exit_module(&mut self, _name: &str, _container: &str) {
        self.path.pop();
    }
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let name = std::iter::once(self.prefix.clone())
            .chain(self.path.iter().cloned())
            .collect::<Vec<_>>()
            .join(".");
        match self.state.iter().find(|t| t.name == name) {
            Some(t) => {
                let device = param.val().device();
                let value = tensor_from::<D>(t, &device);
                param.map(|_| value)
            }
            None => param,
        }
    }
}
