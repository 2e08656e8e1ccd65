//! A model's weights by PyTorch's names (`state_dict`), and models saved
//! as tmva-burn's own JSON file.

use std::path::Path;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param, RunningState};
use burn::tensor::{Device, Tensor, TensorData};
use serde::{Deserialize, Serialize};

use super::super::custom::{CustomLayer, CustomRegistry};
use super::super::layers::Layer;
use super::{Sequential, SequentialSpec};
use crate::error::{Error, Result};

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

impl<C: CustomLayer> Sequential<C> {
    /// Parameters and buffers with PyTorch's names and shapes.
    pub fn state_dict(&self) -> StateDict {
        let mut out = Vec::new();
        for (layer, prefix) in self.layers.iter().zip(&self.names) {
            let named = |name: &str, shape: Vec<usize>, values: Vec<f32>| NamedTensor {
                name: format!("{prefix}.{name}"),
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
                        host_values(bn.running_mean.value_sync()),
                    ));
                    out.push(named(
                        "running_var",
                        vec![n],
                        host_values(bn.running_var.value_sync()),
                    ));
                }
                Layer::Custom(custom) => {
                    let mut visitor = CollectParams {
                        path: ParamPath::new(prefix),
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
            .zip(&self.names)
            .map(|(layer, prefix)| match layer {
                Layer::Linear(mut linear) => {
                    let device = linear.weight.val().device();
                    // PyTorch's [out, in] transposed on the host, so that the
                    // weight is a contiguous [in, out] tensor like a trained one.
                    let w = find(format!("{prefix}.weight"));
                    let (n_out, n_in) = (w.shape[0], w.shape[1]);
                    let values = (0..n_in)
                        .flat_map(|i| (0..n_out).map(move |o| w.values[o * n_in + i]))
                        .collect::<Vec<f32>>();
                    let w = Tensor::<2>::from_data(TensorData::new(values, [n_in, n_out]), &device);
                    linear.weight = linear.weight.map(|_| w);
                    if let Some(bias) = linear.bias.take() {
                        let b = tensor_from::<1>(find(format!("{prefix}.bias")), &device);
                        linear.bias = Some(bias.map(|_| b));
                    }
                    Layer::Linear(linear)
                }
                Layer::BatchNorm1d(mut bn) => {
                    let device = bn.weight.val().device();
                    let get =
                        |name: &str| tensor_from::<1>(find(format!("{prefix}.{name}")), &device);
                    let (w, b) = (get("weight"), get("bias"));
                    bn.weight = bn.weight.map(|_| w);
                    bn.bias = bn.bias.map(|_| b);
                    bn.running_mean = RunningState::new(get("running_mean"));
                    bn.running_var = RunningState::new(get("running_var"));
                    Layer::BatchNorm1d(bn)
                }
                Layer::Custom(custom) => {
                    let mut mapper = LoadParams {
                        path: ParamPath::new(prefix),
                        state,
                    };
                    Layer::Custom(custom.map(&mut mapper))
                }
                other => other,
            })
            .collect();
        Ok(Self {
            layers,
            names: self.names,
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
        crate::staging::write_atomic(path.as_ref(), &json)
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

/// PyTorch-style names of a custom layer's parameters: the layer's name,
/// then its field names (`3.weight`, `scale.inner.bias`). The variant level of a
/// `#[derive(Module)] enum` has no counterpart in PyTorch and is left out.
struct ParamPath {
    prefix: String,
    names: Vec<Option<String>>,
}

impl ParamPath {
    fn new(layer: &str) -> Self {
        Self {
            prefix: layer.to_string(),
            names: Vec::new(),
        }
    }
    fn enter(&mut self, name: &str, container: &str) {
        self.names
            .push((!container.starts_with("Enum:")).then(|| name.to_string()));
    }
    fn exit(&mut self) {
        self.names.pop();
    }
    fn current(&self) -> String {
        std::iter::once(self.prefix.as_str())
            .chain(self.names.iter().flatten().map(String::as_str))
            .collect::<Vec<_>>()
            .join(".")
    }
}

struct CollectParams<'a> {
    path: ParamPath,
    out: &'a mut StateDict,
}

impl ModuleVisitor for CollectParams<'_> {
    fn enter_module(&mut self, name: &str, container: &str) {
        self.path.enter(name, container);
    }
    fn exit_module(&mut self, _name: &str, _container: &str) {
        self.path.exit();
    }
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let tensor = param.val();
        self.out.push(NamedTensor {
            name: self.path.current(),
            shape: tensor.dims().to_vec(),
            values: host_values(tensor),
        });
    }
}

struct LoadParams<'a> {
    path: ParamPath,
    state: &'a [NamedTensor],
}

impl ModuleMapper for LoadParams<'_> {
    fn enter_module(&mut self, name: &str, container: &str) {
        self.path.enter(name, container);
    }
    fn exit_module(&mut self, _name: &str, _container: &str) {
        self.path.exit();
    }
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let name = self.path.current();
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
