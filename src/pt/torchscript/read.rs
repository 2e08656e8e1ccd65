//! Reading TorchScript archives: the module tree of `data.pkl`, each
//! module's class and constants (from its code), its tensors.

use std::collections::BTreeMap;
use std::path::Path;

use super::super::archive::{Archive, ImportLimits};
use super::super::code::{CodeIndex, Literal};
use super::super::pickle::{self, Id, Node, Pickle};
use super::super::tensor::{self, DecodedTensor, StorageType};
use crate::error::{Error, Result};
use crate::nn::{
    ActivationDef, ActivationSpec, CustomLayer, CustomRegistry, LayerSpec, NamedTensor, Sequential,
    SequentialSpec, StateDict,
};

use super::supported_classes;

/// One layer found in an archive.
#[derive(Debug, Clone)]
pub struct ImportedLayer {
    /// Path of the module in the file's module tree (`1.hidden`).
    pub path: String,
    /// TorchScript class, mangling removed (`torch.nn.modules.linear.Linear`, `Scale`).
    pub class: String,
    /// What it became.
    pub spec: LayerSpec,
    /// Its tensors: PyTorch name in the file, shape, element type in the file.
    pub tensors: Vec<(String, Vec<usize>, StorageType)>,
}

/// What a TorchScript archive holds, ready to build a [`Sequential`].
#[derive(Debug, Clone)]
pub struct TorchScriptModel {
    /// The architecture (nested Sequentials flattened).
    pub spec: SequentialSpec,
    /// Weights under the flat model's names (`3.weight`).
    pub state: StateDict,
    /// Per layer: where it came from.
    pub layers: Vec<ImportedLayer>,
    /// Conversions worth telling the user about (dtype narrowing, defaults assumed).
    pub warnings: Vec<String>,
}

impl TorchScriptModel {
    /// Builds the model; custom layers come from `registry`.
    pub fn build<C: CustomLayer>(
        &self,
        registry: &CustomRegistry<C>,
        device: &burn::tensor::Device,
    ) -> Result<Sequential<C>> {
        Sequential::from_spec_with(&self.spec, registry, device)?.load_state_dict(&self.state)
    }
}

/// Removes TorchScript's `___torch_mangle_N` components and the `__torch__.` root.
pub fn unmangle(qualified: &str) -> String {
    let parts: Vec<&str> = qualified
        .split('.')
        .filter(|p| !p.starts_with("___torch_mangle_"))
        .collect();
    let joined = parts.join(".");
    joined
        .strip_prefix("__torch__.")
        .unwrap_or(&joined)
        .to_string()
}

/// Reads a TorchScript archive. `registered` lists the custom-layer names a
/// registry can build (a class `__torch__.Scale` needs `Scale`).
pub fn read_torchscript(
    path: &Path,
    registered: &[&str],
    limits: &ImportLimits,
) -> Result<TorchScriptModel> {
    let archive = Archive::read(path, limits)?;
    from_archive(&archive, Some(registered), limits)
}

/// Reads a TorchScript archive for display: a class that is neither built in
/// nor registered is described as a custom layer of its own name instead of
/// refused (the result may not build without a registry).
pub fn inspect_torchscript(path: &Path, limits: &ImportLimits) -> Result<TorchScriptModel> {
    let archive = Archive::read(path, limits)?;
    from_archive(&archive, None, limits)
}

pub(crate) fn is_torchscript(archive: &Archive) -> bool {
    archive.entries.keys().any(|k| k.starts_with("code/"))
}

pub(crate) fn from_archive(
    archive: &Archive,
    registered: Option<&[&str]>,
    limits: &ImportLimits,
) -> Result<TorchScriptModel> {
    let fail = |message: String| Error::Format {
        path: archive.path.clone(),
        message,
    };
    if !is_torchscript(archive) {
        return Err(fail(
            "not a TorchScript archive (no code/ folder): a torch.save file, read it as a state dict"
                .to_string(),
        ));
    }
    let big_endian = match archive.get("byteorder") {
        None => false,
        Some(b) => match std::str::from_utf8(b).map(str::trim) {
            Ok("little") => false,
            Ok("big") => true,
            _ => return Err(fail("byteorder is neither `little` nor `big`".to_string())),
        },
    };
    let data = archive.require("data.pkl")?;
    let parsed;
    let pickle = match &archive.data_pickle {
        Some(pickle) => pickle,
        None => {
            parsed =
                pickle::read(data, limits.pickle()).map_err(|m| fail(format!("data.pkl: {m}")))?;
            &parsed
        }
    };
    let code = CodeIndex::new(archive.entries.iter());
    // Every stored element takes at least one byte, so no honest tensor has
    // more elements than the archive has bytes; this bounds what a hostile
    // shape with zero strides could make us allocate.
    let max_elements = archive.entries.values().map(Vec::len).sum::<usize>();
    let mut leaves = Vec::new();
    collect_leaves(pickle, pickle.root, String::new(), 0, &mut leaves).map_err(fail)?;
    if leaves.is_empty() {
        return Err(fail("the model has no layers".to_string()));
    }

    let mut warnings = Vec::new();
    let names = layer_names(&leaves, &mut warnings);
    let mut layers = Vec::new();
    let mut state = Vec::new();
    let mut narrowed = BTreeMap::new();
    for (index, (module_path, object)) in leaves.iter().enumerate() {
        let (qualified, attrs) = object_parts(pickle, *object).map_err(&fail)?;
        let class = unmangle(&qualified);
        let mut tensors = BTreeMap::new();
        for (name, &value) in &attrs {
            if tensor::is_tensor(pickle, value) {
                let what = join(module_path, name);
                let t = tensor::decode(pickle, value, archive, big_endian, max_elements, &what)
                    .map_err(&fail)?;
                if t.dtype != StorageType::Float32 && name != "num_batches_tracked" {
                    narrowed.insert(t.dtype.name(), ());
                }
                tensors.insert(name.clone(), t);
            }
        }
        let context = Context {
            code: &code,
            qualified: &qualified,
            class: &class,
            pickle,
            attrs: &attrs,
            tensors: &tensors,
            layer: index,
            path: module_path,
        };
        let (spec, params) = match builtin_spec(&context, &mut warnings).map_err(&fail)? {
            Some(found) => found,
            None if registered.is_none_or(|r| r.contains(&class.as_str())) => {
                let config = scalar_config(pickle, &attrs);
                let params: Vec<String> = tensors.keys().cloned().collect();
                (
                    LayerSpec::Custom {
                        name: class.clone(),
                        config,
                    },
                    params,
                )
            }
            None => {
                let classes = supported_classes();
                let builtin: Vec<&str> = classes
                    .iter()
                    .map(|c| c.rsplit('.').next().unwrap_or(c))
                    .collect();
                return Err(fail(format!(
                    "layer {index} (`{}`) has class `{qualified}`, which is neither built in ({}) \
                     nor a registered custom layer (registered: {}); register `{class}` in a \
                     CustomRegistry to import it",
                    display_path(module_path),
                    builtin.join(", "),
                    match registered {
                        Some(r) if !r.is_empty() => r.join(", "),
                        _ => "none".to_string(),
                    }
                )));
            }
        };
        for name in &params {
            let t = tensors.get(name).ok_or_else(|| {
                fail(format!(
                    "layer {index} (`{}`, {class}) has no tensor `{name}`",
                    display_path(module_path)
                ))
            })?;
            state.push(NamedTensor {
                name: format!("{}.{name}", names[index]),
                shape: t.shape.clone(),
                values: t.values.clone(),
            });
        }
        layers.push(ImportedLayer {
            path: module_path.clone(),
            class,
            spec,
            tensors: tensors
                .iter()
                .map(|(n, t)| (join(module_path, n), t.shape.clone(), t.dtype))
                .collect(),
        });
    }
    for dtype in narrowed.keys() {
        warnings.push(format!(
            "tensors stored as {dtype} were converted to float32"
        ));
    }
    let n_inputs = input_width(&layers).ok_or_else(|| {
        fail(
            "cannot tell the input width: the model has no Linear or BatchNorm1d layer".to_string(),
        )
    })?;
    Ok(TorchScriptModel {
        spec: SequentialSpec {
            n_inputs,
            layers: layers.iter().map(|l| l.spec.clone()).collect(),
            names,
        },
        state,
        layers,
        warnings,
    })
}

/// The flat model's layer names: the children's own names (`linear_1`) when
/// the file's Sequential is flat; PyTorch's `0`, `1`, ... when nested
/// Sequentials were flattened (their dotted paths name no child of a flat
/// Sequential) or a name could not be written back.
fn layer_names(leaves: &[(String, Id)], warnings: &mut Vec<String>) -> Vec<String> {
    let paths: Vec<String> = leaves.iter().map(|(path, _)| path.clone()).collect();
    let indices: Vec<String> = (0..leaves.len()).map(|i| i.to_string()).collect();
    if paths == indices || (paths.len() == 1 && paths[0].is_empty()) {
        return indices;
    }
    match crate::nn::check_layer_names(&paths, paths.len()) {
        Ok(()) => paths,
        Err(why) => {
            warnings.push(format!(
                "layers renamed 0..{}: the file's module paths ({}) are not the names of one \
                 flat Sequential ({why})",
                leaves.len() - 1,
                paths
                    .iter()
                    .map(|p| display_path(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            indices
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn display_path(path: &str) -> &str {
    if path.is_empty() { "<root>" } else { path }
}

fn input_width(layers: &[ImportedLayer]) -> Option<usize> {
    layers.iter().find_map(|l| {
        let shape = |name: &str| {
            l.tensors
                .iter()
                .find(|(n, _, _)| n.rsplit('.').next() == Some(name))
                .map(|(_, s, _)| s.clone())
        };
        match l.spec {
            LayerSpec::Linear { .. } => shape("weight").and_then(|s| s.get(1).copied()),
            LayerSpec::BatchNorm1d { .. } => shape("weight").and_then(|s| s.first().copied()),
            _ => None,
        }
    })
}

const MAX_NESTING: usize = 64;

/// The leaf modules in forward order; Sequentials are flattened.
fn collect_leaves(
    p: &Pickle,
    object: Id,
    path: String,
    depth: usize,
    out: &mut Vec<(String, Id)>,
) -> std::result::Result<(), String> {
    if depth > MAX_NESTING {
        return Err(format!("modules nested deeper than {MAX_NESTING}"));
    }
    let (qualified, attrs) = object_parts(p, object)?;
    if unmangle(&qualified) != "torch.nn.modules.container.Sequential" {
        out.push((path, object));
        return Ok(());
    }
    let Some(Node::Object {
        state: Some(state), ..
    }) = Some(p.node(object))
    else {
        return Err("Sequential without state".to_string());
    };
    let Node::Dict(entries) = p.node(*state) else {
        return Err("Sequential state is not a dict".to_string());
    };
    let _ = attrs;
    for (key, value) in entries {
        if matches!(p.node(*value), Node::Object { .. }) {
            let name = p
                .str(*key)
                .ok_or_else(|| "module attribute name is not a string".to_string())?;
            collect_leaves(p, *value, join(&path, name), depth + 1, out)?;
        }
    }
    Ok(())
}

/// The qualified class name and the attributes of a module object.
fn object_parts(
    p: &Pickle,
    object: Id,
) -> std::result::Result<(String, BTreeMap<String, Id>), String> {
    let Node::Object { class, state } = p.node(object) else {
        return Err("the model's root is not a TorchScript module object".to_string());
    };
    let (module, name) = p
        .global(*class)
        .ok_or_else(|| "module class is not a global".to_string())?;
    let mut attrs = BTreeMap::new();
    if let Some(state) = state {
        let Node::Dict(entries) = p.node(*state) else {
            return Err(format!("state of `{module}.{name}` is not a dict"));
        };
        for (k, v) in entries {
            let key = p
                .str(*k)
                .ok_or_else(|| format!("attribute of `{module}.{name}` not named by a string"))?;
            attrs.insert(key.to_string(), *v);
        }
    }
    Ok((format!("{module}.{name}"), attrs))
}

fn scalar_config(p: &Pickle, attrs: &BTreeMap<String, Id>) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (name, &id) in attrs {
        if name == "training" || name.starts_with('_') {
            continue;
        }
        let value = match p.node(id) {
            Node::Int(i) => serde_json::json!(i),
            Node::Float(f) => serde_json::json!(f),
            Node::Bool(b) => serde_json::json!(b),
            Node::Str(s) => serde_json::json!(s),
            _ => continue,
        };
        map.insert(name.clone(), value);
    }
    if map.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::Value::Object(map)
    }
}

struct Context<'a> {
    code: &'a CodeIndex,
    qualified: &'a str,
    class: &'a str,
    pickle: &'a Pickle,
    attrs: &'a BTreeMap<String, Id>,
    tensors: &'a BTreeMap<String, DecodedTensor>,
    layer: usize,
    path: &'a str,
}

impl Context<'_> {
    fn err(&self, message: impl std::fmt::Display) -> String {
        format!(
            "layer {} (`{}`, {}): {message}",
            self.layer,
            display_path(self.path),
            self.class
        )
    }

    /// A setting: class constant, else a plain attribute, else argument
    /// `position` (or keyword `name`) of the traced forward's `call`.
    fn setting(&self, name: &str, call: &str, position: usize) -> Option<Literal> {
        if let Some(v) = self.code.constant(self.qualified, name) {
            return Some(v);
        }
        if let Some(&id) = self.attrs.get(name) {
            match self.pickle.node(id) {
                Node::Int(i) => return Some(Literal::Int(*i)),
                Node::Float(f) => return Some(Literal::Float(*f)),
                Node::Bool(b) => return Some(Literal::Bool(*b)),
                Node::Str(s) => return Some(Literal::Str(s.clone())),
                _ => {}
            }
        }
        let (positional, keywords) = self.code.call_args(self.qualified, call)?;
        keywords
            .get(name)
            .cloned()
            .or_else(|| positional.get(position).cloned().flatten())
    }

    fn float(&self, name: &str, call: &str, position: usize) -> std::result::Result<f64, String> {
        self.setting(name, call, position)
            .and_then(|v| v.as_f64())
            .ok_or_else(|| {
                self.err(format!(
                    "cannot find `{name}` in the archive (neither a constant of the class nor an \
                     argument of `{call}` in its code)"
                ))
            })
    }

    fn int(&self, name: &str, call: &str, position: usize) -> std::result::Result<i64, String> {
        self.setting(name, call, position)
            .and_then(|v| v.as_i64())
            .ok_or_else(|| {
                self.err(format!(
                    "cannot find `{name}` in the archive (neither a constant of the class nor an \
                     argument of `{call}` in its code)"
                ))
            })
    }

    fn is_none(&self, name: &str) -> bool {
        self.attrs
            .get(name)
            .is_some_and(|&id| matches!(self.pickle.node(id), Node::None))
    }
}

/// The layer description and parameter names of a built-in class, or `None`
/// when the class is not built in.
fn builtin_spec(
    c: &Context<'_>,
    warnings: &mut Vec<String>,
) -> std::result::Result<Option<(LayerSpec, Vec<String>)>, String> {
    if let Some(def) = ActivationDef::find_class(c.class) {
        let call = def.torch_function.unwrap_or_default();
        let mut given = Vec::with_capacity(def.settings.len());
        for (position, setting) in def.settings.iter().enumerate() {
            given.push((setting.name, c.float(setting.name, call, position + 1)?));
        }
        let spec = ActivationSpec::new(def.name, &given).map_err(|m| c.err(m))?;
        return Ok(Some((LayerSpec::Activation(spec), Vec::new())));
    }
    let short = match c.class.strip_prefix("torch.nn.modules.") {
        Some(rest) => rest,
        None => return Ok(None),
    };
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let spec = match short {
        "linear.Linear" => {
            let weight = c
                .tensors
                .get("weight")
                .ok_or_else(|| c.err("Linear without a weight tensor"))?;
            if weight.shape.len() != 2 {
                return Err(c.err(format!("weight of shape {:?} is not 2-D", weight.shape)));
            }
            let bias = c.tensors.contains_key("bias");
            if !bias && !c.is_none("bias") && c.attrs.contains_key("bias") {
                return Err(c.err("bias is neither a tensor nor None"));
            }
            let params = if bias {
                names(&["weight", "bias"])
            } else {
                names(&["weight"])
            };
            return Ok(Some((
                LayerSpec::Linear {
                    out_features: weight.shape[0],
                    bias,
                },
                params,
            )));
        }
        "activation.GELU" => {
            let approximate = match c.setting("approximate", "torch.gelu", usize::MAX) {
                Some(Literal::Str(s)) => s,
                Some(other) => return Err(c.err(format!("approximate = {other:?}"))),
                // Traced exact GELU: `torch.gelu(x)` with no keyword.
                None if c.code.call_args(c.qualified, "torch.gelu").is_some() => "none".to_string(),
                None => return Err(c.err("cannot find `approximate` in the archive")),
            };
            LayerSpec::GELU { approximate }
        }
        "activation.Softmax" => LayerSpec::Softmax {
            dim: c.int("dim", "torch.softmax", 1)?,
        },
        "activation.LogSoftmax" => LayerSpec::LogSoftmax {
            dim: c.int("dim", "torch.log_softmax", 1)?,
        },
        "dropout.Dropout" => {
            let p = match c.setting("p", "torch.dropout", 1).and_then(|v| v.as_f64()) {
                Some(p) => p,
                None => {
                    warnings.push(format!(
                        "layer {} (Dropout): the traced archive does not record p; assuming \
                         PyTorch's default 0.5 (it matters only when training continues)",
                        c.layer
                    ));
                    0.5
                }
            };
            LayerSpec::Dropout { p }
        }
        "batchnorm.BatchNorm1d" => {
            if !c.tensors.contains_key("weight") {
                return Err(c.err("BatchNorm1d(affine=False) is not supported"));
            }
            if !c.tensors.contains_key("running_mean") {
                return Err(c.err("BatchNorm1d(track_running_stats=False) is not supported"));
            }
            if c.setting("momentum", "torch.batch_norm", 6) == Some(Literal::None) {
                return Err(c.err("BatchNorm1d(momentum=None) is not supported"));
            }
            let spec = LayerSpec::BatchNorm1d {
                eps: c.float("eps", "torch.batch_norm", 7)?,
                momentum: c.float("momentum", "torch.batch_norm", 6)?,
            };
            return Ok(Some((
                spec,
                names(&["weight", "bias", "running_mean", "running_var"]),
            )));
        }
        "flatten.Flatten" => LayerSpec::Flatten {
            start_dim: c.int("start_dim", "torch.flatten", 1).unwrap_or(1),
            end_dim: c.int("end_dim", "torch.flatten", 2).unwrap_or(-1),
        },
        _ => return Ok(None),
    };
    Ok(Some((spec, Vec::new())))
}

// ---------------------------------------------------------------------------
