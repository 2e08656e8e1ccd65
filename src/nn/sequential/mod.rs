//! `Sequential`: an ordered list of layers, PyTorch's `torch.nn.Sequential`.

use std::path::Path;

use burn::module::Module;
use burn::optim::GradientsParams;
use burn::tensor::{Device, Tensor, TensorData};

use super::custom::{CustomLayer, CustomRegistry, NoCustom};
use super::layers::Layer;
use super::loss::{Loss, Target};
use crate::error::{Error, Result};

mod spec;
mod state;

pub(crate) use spec::check_layer_names;
pub use spec::{SequentialBuilder, SequentialSpec};
pub(crate) use state::tensor_values;
pub use state::{NamedTensor, StateDict};

/// Batches from this size on are predicted on the host network on the
/// embedded CPU backend (see [`Sequential::predict`]); below it, copying the
/// weights out costs more than it saves.
pub const HOST_PREDICT_MIN_EVENTS: usize = 1024;

pub(crate) fn is_embedded_cpu(device: &Device) -> bool {
    #[cfg(feature = "flex")]
    {
        *device == Device::flex()
    }
    #[cfg(not(feature = "flex"))]
    {
        let _ = device;
        false
    }
}

/// An ordered stack of layers mapping `[batch, n_inputs]` to `[batch, n_outputs]`.
///
/// `C` is the type of the user's custom layers ([`NoCustom`] when there are none).
#[derive(Module, Debug)]
pub struct Sequential<C: CustomLayer = NoCustom> {
    layers: Vec<Layer<C>>,
    /// PyTorch's child names, one per layer.
    #[module(skip)]
    names: Vec<String>,
    n_inputs: usize,
    n_outputs: usize,
}

impl Sequential<NoCustom> {
    /// A builder for a model of built-in layers with `n_inputs` input features.
    pub fn builder(n_inputs: usize) -> SequentialBuilder<NoCustom> {
        SequentialBuilder::new(n_inputs)
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

impl<C: CustomLayer> Sequential<C> {
    /// A builder for a model whose custom layers are of type `C`.
    pub fn custom_builder(n_inputs: usize) -> SequentialBuilder<C> {
        SequentialBuilder::new(n_inputs)
    }

    fn from_layers(
        n_inputs: usize,
        layers: Vec<Layer<C>>,
        names: Vec<String>,
        n_outputs: usize,
    ) -> Result<Self> {
        if n_inputs == 0 {
            return Err(Error::option(
                "n_inputs",
                "a model needs at least one input",
            ));
        }
        spec::check_layer_names(&names, layers.len()).map_err(|m| Error::option("name", m))?;
        Ok(Self {
            layers,
            names,
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
        Self::from_layers(spec.n_inputs, layers, spec.names.clone(), width)
    }

    /// The model's description.
    pub fn spec(&self) -> SequentialSpec {
        SequentialSpec {
            n_inputs: self.n_inputs,
            layers: self.layers.iter().map(Layer::spec).collect(),
            names: self.names.clone(),
        }
    }

    /// Each layer's name (PyTorch's child names: `0`, `1`, ... unless named).
    pub fn layer_names(&self) -> &[String] {
        &self.names
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
    ///
    /// On the embedded CPU backend, batches of at least
    /// [`HOST_PREDICT_MIN_EVENTS`] events through built-in layers run on the
    /// host network (`nn::inference`: plain loops, the cores shared out),
    /// about three times as fast as the tensor path there; outputs agree
    /// with [`forward`](Self::forward) to float rounding (1e-6).
    pub fn predict(&self, features: &[f32], device: &Device) -> Result<Vec<f32>> {
        if features.is_empty() {
            return Ok(Vec::new());
        }
        let n_events = features.len() / self.n_inputs;
        if n_events >= HOST_PREDICT_MIN_EVENTS
            && features.len().is_multiple_of(self.n_inputs)
            && is_embedded_cpu(device)
            && let Ok(host) = super::inference::HostNetwork::from_model(self)
        {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            return Ok(host.evaluate_batch(features, threads));
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::LayerSpec;
    use crate::nn::loss::{LossKind, Reduction};
    use burn::tensor::Distribution;

    fn device() -> Device {
        Device::flex()
    }

    /// Gradients of every parameter through Burn's autodiff, by PyTorch name.
    fn autodiff_grads(
        model: &Sequential,
        loss: &Loss,
        x: &Tensor<2>,
        target: &Tensor<2>,
        weights: Option<&Tensor<1>>,
    ) -> Vec<(String, Vec<f32>)> {
        let ad = device().autodiff();
        let m = model.clone().fork(&ad).train();
        let out = m.forward_train(x.clone().autodiff());
        let w = weights.map(|w| w.clone().autodiff());
        let value = loss
            .forward(out, &Target::Dense(target.clone().autodiff()), w.as_ref())
            .unwrap();
        let grads = GradientsParams::from_grads(value.backward(), &m);
        named_grads(&m, &grads)
    }

    fn named_grads(model: &Sequential, grads: &GradientsParams) -> Vec<(String, Vec<f32>)> {
        let mut out = Vec::new();
        for (index, layer) in model.layers.iter().enumerate() {
            if let Layer::Linear(linear) = layer {
                let w = grads.get::<2>(linear.weight.id).unwrap();
                out.push((format!("{index}.weight"), tensor_values(w).unwrap()));
                let b = grads.get::<1>(linear.bias.as_ref().unwrap().id).unwrap();
                out.push((format!("{index}.bias"), tensor_values(b).unwrap()));
            }
        }
        out
    }

    fn assert_close(a: &[(String, Vec<f32>)], b: &[(String, Vec<f32>)], what: &str) {
        assert_eq!(a.len(), b.len(), "{what}");
        for ((na, va), (nb, vb)) in a.iter().zip(b) {
            assert_eq!(na, nb);
            for (x, y) in va.iter().zip(vb) {
                // Same derivative, different operation order: f32 rounding only.
                assert!(
                    (x - y).abs() <= 1e-5 * y.abs().max(1.0),
                    "{what} {na}: {x} vs {y}"
                );
            }
        }
    }

    #[test]
    fn closed_form_backward_matches_autodiff_for_every_layer_and_loss() {
        let device = device();
        let act =
            |name: &str, settings: &[(&str, f64)]| LayerSpec::activation(name, settings).unwrap();
        // Every catalogue activation with its defaults, and with settings
        // that reach both branches (Softplus's linear part from beta x > 1).
        let catalogue = crate::nn::activation::CATALOGUE
            .iter()
            .map(|def| act(def.name, &[]))
            .chain([
                act("LeakyReLU", &[("negative_slope", 0.2)]),
                act("ELU", &[("alpha", 0.7)]),
                act("Softplus", &[("beta", 2.0), ("threshold", 1.0)]),
            ]);
        let layers: Vec<LayerSpec> = catalogue
            .chain([
                LayerSpec::Softmax { dim: 1 },
                LayerSpec::Softmax { dim: 0 },
                LayerSpec::LogSoftmax { dim: 1 },
                LayerSpec::LogSoftmax { dim: -2 },
                LayerSpec::Flatten {
                    start_dim: 1,
                    end_dim: -1,
                },
                LayerSpec::Dropout { p: 0.0 },
            ])
            .collect();
        let losses = [
            Loss::mse(),
            Loss::mse().with_reduction(Reduction::Sum),
            Loss::new(LossKind::L1Loss),
            Loss::new(LossKind::L1Loss).with_reduction(Reduction::Sum),
            Loss::cross_entropy(),
            Loss::cross_entropy().with_reduction(Reduction::Sum),
        ];
        let x = Tensor::<2>::random([6, 4], Distribution::Normal(0.0, 1.5), &device);
        let raw = Tensor::<2>::random([6, 3], Distribution::Default, &device);
        // Probability rows: valid targets for every loss here.
        let target = raw.clone() / raw.sum_dim(1);
        let weights = Tensor::<1>::from_floats([1.0, 0.5, 2.0, 0.0, 1.5, 3.0], &device);
        for spec in &layers {
            let model = Sequential::builder(4)
                .linear(5)
                .layer(spec.clone())
                .linear(3)
                .tanh()
                .build(&device)
                .unwrap();
            assert!(model.has_analytic_backward());
            for loss in &losses {
                for w in [None, Some(&weights)] {
                    let reference = autodiff_grads(&model, loss, &x, &target, w);
                    let (grads, value) = model
                        .analytic_gradients(loss, x.clone(), &Target::Dense(target.clone()), w)
                        .unwrap();
                    let what = format!("{spec:?} {loss:?} weighted={}", w.is_some());
                    assert_close(&named_grads(&model, &grads), &reference, &what);
                    let expected = loss
                        .forward(model.forward(x.clone()), &Target::Dense(target.clone()), w)
                        .unwrap();
                    let (a, b) = (
                        tensor_values(value).unwrap()[0],
                        tensor_values(expected).unwrap()[0],
                    );
                    assert!(
                        (a - b).abs() <= 1e-5 * b.abs().max(1.0),
                        "{what}: {a} vs {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn dropout_gradient_follows_its_mask() {
        // With p > 0 the closed form must use the same mask as the forward
        // pass: dropped units get no gradient at all.
        let device = device();
        let model = Sequential::builder(4)
            .linear(64)
            .dropout(0.5)
            .linear(1)
            .build(&device)
            .unwrap();
        let x = Tensor::<2>::random([1, 4], Distribution::Default, &device);
        let (grads, _) = model
            .analytic_gradients(
                &Loss::mse(),
                x,
                &Target::Dense(Tensor::ones([1, 1], &device)),
                None,
            )
            .unwrap();
        let named = named_grads(&model, &grads);
        let last_w = &named[2].1;
        let first_b = &named[1].1;
        let dropped = last_w.iter().filter(|g| **g == 0.0).count();
        assert!((16..=48).contains(&dropped), "{dropped} of 64 dropped");
        for (wg, bg) in last_w.iter().zip(first_b) {
            assert_eq!(*wg == 0.0, *bg == 0.0);
        }
    }

    #[test]
    fn layers_without_a_closed_form_are_named() {
        let device = device();
        let model = Sequential::builder(2)
            .linear(3)
            .batch_norm()
            .linear(1)
            .build(&device)
            .unwrap();
        assert!(!model.has_analytic_backward());
        let err = model
            .analytic_gradients(
                &Loss::mse(),
                Tensor::zeros([2, 2], &device),
                &Target::Dense(Tensor::zeros([2, 1], &device)),
                None,
            )
            .unwrap_err()
            .to_string();
        assert!(err.contains("layer 1 (BatchNorm1d)"), "{err}");
    }

    #[test]
    fn linear_initialisation_is_pytorchs() {
        // PyTorch: weight and bias uniform in ±1/sqrt(fan_in).
        let device = device();
        let model = Sequential::builder(16).linear(256).build(&device).unwrap();
        let bound = 1.0 / 16f32.sqrt();
        for t in model.state_dict() {
            let max = t.values.iter().fold(0f32, |m, v| m.max(v.abs()));
            assert!(max <= bound, "{}: {max} > {bound}", t.name);
            // Uniform on [-b, b]: the largest of n draws is close to b, the mean near 0.
            assert!(max > 0.95 * bound, "{}: {max}", t.name);
            let mean = t.values.iter().sum::<f32>() / t.values.len() as f32;
            assert!(mean.abs() < 0.2 * bound, "{}: mean {mean}", t.name);
        }
        assert_eq!(model.num_learnable(), 16 * 256 + 256);
    }

    #[test]
    fn dropout_and_batch_norm_switch_with_the_mode() {
        let device = device();
        let model = Sequential::builder(3)
            .batch_norm()
            .dropout(0.5)
            .build(&device)
            .unwrap();
        let x = Tensor::<2>::from_floats([[1.0, 2.0, 3.0], [3.0, 6.0, 9.0]], &device);
        // Eval: running stats are mean 0, var 1, so BatchNorm is x / sqrt(1 + eps); no dropout.
        let eval = tensor_values(model.forward(x.clone())).unwrap();
        let scale = 1.0 / (1.0f32 + 1e-5).sqrt();
        for (o, i) in eval.iter().zip([1.0, 2.0, 3.0, 3.0, 6.0, 9.0]) {
            assert!((o - i * scale).abs() < 1e-6);
        }
        // Training: batch statistics (±1 per column before dropout), each value
        // dropped to 0 or scaled by 2, and the running averages move by momentum 0.1.
        let train = tensor_values(model.forward_train(x)).unwrap();
        assert!(
            train
                .iter()
                .all(|v| v.abs() < 1e-6 || (v.abs() - 2.0).abs() < 1e-3),
            "{train:?}"
        );
        let state = model.state_dict();
        let mean = &state
            .iter()
            .find(|t| t.name == "0.running_mean")
            .unwrap()
            .values;
        let var = &state
            .iter()
            .find(|t| t.name == "0.running_var")
            .unwrap()
            .values;
        assert!((mean[1] - 0.1 * 4.0).abs() < 1e-6, "{mean:?}");
        // Unbiased batch variance of (2, 6) is 8: 0.9 * 1 + 0.1 * 8.
        assert!((var[1] - 1.7).abs() < 1e-6, "{var:?}");
    }

    #[test]
    fn spec_round_trips_and_uses_pytorch_defaults() {
        let json = r#"{"n_inputs": 4, "layers": [
            {"type": "Linear", "out_features": 8},
            {"type": "LeakyReLU"},
            {"type": "Dropout"},
            {"type": "BatchNorm1d"},
            {"type": "GELU"},
            {"type": "Linear", "out_features": 2, "bias": false},
            {"type": "Softmax", "dim": -1}
        ]}"#;
        let spec: SequentialSpec = serde_json::from_str(json).unwrap();
        assert_eq!(
            spec.layers[1],
            LayerSpec::activation("LeakyReLU", &[("negative_slope", 0.01)]).unwrap()
        );
        assert_eq!(spec.layers[2], LayerSpec::Dropout { p: 0.5 });
        let model = Sequential::from_spec(&spec, &device()).unwrap();
        assert_eq!((model.n_inputs(), model.n_outputs()), (4, 2));
        let back = model.spec();
        // Negative dims are stored resolved.
        assert_eq!(back.layers[6], LayerSpec::Softmax { dim: 1 });
        assert_eq!(back.layers[..6], spec.layers[..6]);
        assert!(!model.state_dict().iter().any(|t| t.name == "5.bias"));
    }

    #[test]
    fn load_state_dict_names_missing_unexpected_and_misshapen_tensors() {
        let device = device();
        let model = Sequential::builder(2).linear(3).build(&device).unwrap();
        let state = model.state_dict();
        let err = model
            .clone()
            .load_state_dict(&state[..1])
            .unwrap_err()
            .to_string();
        assert!(err.contains("`0.bias`"), "{err}");
        let mut extra = state.clone();
        extra.push(NamedTensor {
            name: "1.weight".into(),
            shape: vec![1],
            values: vec![0.0],
        });
        let err = model
            .clone()
            .load_state_dict(&extra)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unexpected tensor `1.weight`"), "{err}");
        let mut bad = state.clone();
        bad[0].shape = vec![2, 3];
        let err = model.load_state_dict(&bad).unwrap_err().to_string();
        assert!(
            err.contains("`0.weight`") && err.contains("[3, 2]"),
            "{err}"
        );
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    fn device() -> Device {
        crate::device::parse_device("cpu").unwrap()
    }

    #[test]
    fn the_builder_names_layers_like_add_module() {
        let model = Sequential::builder(3)
            .linear(4)
            .name("linear_1")
            .relu()
            .linear(2)
            .name("out")
            .build(&device())
            .unwrap();
        assert_eq!(model.layer_names(), ["linear_1", "1", "out"]);
        let keys: Vec<String> = model.state_dict().into_iter().map(|t| t.name).collect();
        assert_eq!(
            keys,
            ["linear_1.weight", "linear_1.bias", "out.weight", "out.bias"]
        );
        // The state dict loads back by those names, and only by them.
        let state = model.state_dict();
        let copy = Sequential::from_spec(&model.spec(), &device()).unwrap();
        let copy = copy.load_state_dict(&state).unwrap();
        assert_eq!(copy.state_dict(), state);
        let unnamed = Sequential::builder(3).linear(4).relu().linear(2);
        let err = unnamed
            .build(&device())
            .unwrap()
            .load_state_dict(&state)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`0.weight`"), "{err}");
    }

    #[test]
    fn bad_names_are_refused_naming_the_layer() {
        let dup = Sequential::builder(3)
            .linear(4)
            .name("a")
            .relu()
            .name("a")
            .build(&device());
        let err = dup.unwrap_err().to_string();
        assert!(
            err.contains("layers 0 and 1") && err.contains("`a`"),
            "{err}"
        );
        let dotted = Sequential::builder(3)
            .linear(4)
            .name("x.y")
            .build(&device());
        assert!(dotted.unwrap_err().to_string().contains("`x.y`"));
        let early = Sequential::builder(3)
            .name("first")
            .linear(4)
            .build(&device());
        assert!(
            early
                .unwrap_err()
                .to_string()
                .contains("`first` names no layer")
        );
        let json = r#"{"n_inputs": 2, "layers": [{"type": "ReLU", "module_name": "a"}, {"type": "Tanh", "module_name": "a"}]}"#;
        let err = serde_json::from_str::<SequentialSpec>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("both named `a`"), "{err}");
        let json = r#"{"n_inputs": 2, "layers": [{"type": "ReLU", "module_name": 3}]}"#;
        let err = serde_json::from_str::<SequentialSpec>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("not a string"), "{err}");
        // Default names are not written, so existing files stay as they were.
        let spec = SequentialSpec::new(
            2,
            vec![crate::nn::LayerSpec::activation("ReLU", &[]).unwrap()],
        );
        assert_eq!(
            serde_json::to_string(&spec).unwrap(),
            r#"{"n_inputs":2,"layers":[{"type":"ReLU"}]}"#
        );
    }
}
