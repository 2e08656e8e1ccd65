//! TorchScript archives (`torch.jit.save`): architecture and weights in, and out.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::archive::{Archive, ArchiveWriter, ImportLimits, prefix_for};
use super::code::{CodeIndex, Literal};
use super::pickle::{self, Id, Node, Pickle, Writer};
use super::tensor::{self, DecodedTensor, StorageType};
use crate::error::{Error, Result};
use crate::nn::{
    CustomLayer, CustomRegistry, LayerSpec, NamedTensor, Sequential, SequentialSpec, StateDict,
};

/// The built-in module classes the importer maps, by unmangled name.
pub const SUPPORTED_CLASSES: &[&str] = &[
    "torch.nn.modules.container.Sequential",
    "torch.nn.modules.linear.Linear",
    "torch.nn.modules.linear.Identity",
    "torch.nn.modules.activation.ReLU",
    "torch.nn.modules.activation.LeakyReLU",
    "torch.nn.modules.activation.ELU",
    "torch.nn.modules.activation.GELU",
    "torch.nn.modules.activation.SELU",
    "torch.nn.modules.activation.Tanh",
    "torch.nn.modules.activation.Sigmoid",
    "torch.nn.modules.activation.Softmax",
    "torch.nn.modules.activation.LogSoftmax",
    "torch.nn.modules.dropout.Dropout",
    "torch.nn.modules.batchnorm.BatchNorm1d",
    "torch.nn.modules.flatten.Flatten",
];

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
    let pickle = pickle::read(data, limits.pickle()).map_err(|m| fail(format!("data.pkl: {m}")))?;
    let code = CodeIndex::new(archive.entries.iter());
    // Every stored element takes at least one byte, so no honest tensor has
    // more elements than the archive has bytes; this bounds what a hostile
    // shape with zero strides could make us allocate.
    let max_elements = archive.entries.values().map(Vec::len).sum::<usize>();
    let mut leaves = Vec::new();
    collect_leaves(&pickle, pickle.root, String::new(), 0, &mut leaves).map_err(fail)?;
    if leaves.is_empty() {
        return Err(fail("the model has no layers".to_string()));
    }

    let mut layers = Vec::new();
    let mut state = Vec::new();
    let mut warnings = Vec::new();
    let mut narrowed = BTreeMap::new();
    for (index, (module_path, object)) in leaves.iter().enumerate() {
        let (qualified, attrs) = object_parts(&pickle, *object).map_err(&fail)?;
        let class = unmangle(&qualified);
        let mut tensors = BTreeMap::new();
        for (name, &value) in &attrs {
            if tensor::is_tensor(&pickle, value) {
                let what = join(module_path, name);
                let t = tensor::decode(&pickle, value, archive, big_endian, max_elements, &what)
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
            pickle: &pickle,
            attrs: &attrs,
            tensors: &tensors,
            layer: index,
            path: module_path,
        };
        let (spec, params) = match builtin_spec(&context, &mut warnings).map_err(&fail)? {
            Some(found) => found,
            None if registered.is_none_or(|r| r.contains(&class.as_str())) => {
                let config = scalar_config(&pickle, &attrs);
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
                let builtin: Vec<&str> = SUPPORTED_CLASSES
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
                name: format!("{index}.{name}"),
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
        },
        state,
        layers,
        warnings,
    })
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
        "linear.Identity" => LayerSpec::Identity,
        "activation.ReLU" => LayerSpec::ReLU,
        "activation.SELU" => LayerSpec::SELU,
        "activation.Tanh" => LayerSpec::Tanh,
        "activation.Sigmoid" => LayerSpec::Sigmoid,
        "activation.LeakyReLU" => LayerSpec::LeakyReLU {
            negative_slope: c.float("negative_slope", "torch.leaky_relu", 1)?,
        },
        "activation.ELU" => LayerSpec::ELU {
            alpha: c.float("alpha", "torch.elu", 1)?,
        },
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
// Export

/// TorchScript source of one exported class: its unqualified name and body,
/// as `torch.jit.script` would print it.
struct ClassSource {
    module: String,
    name: String,
    body: String,
}

fn float_literal(v: f64) -> String {
    if v.is_finite() && v == v.trunc() && v.abs() < 1e15 {
        format!("{v:.1}")
    } else {
        format!("{v:?}")
    }
}

fn class_header(params: &[&str], buffers: &[&str]) -> String {
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("\"{n}\", "))
            .collect::<String>()
    };
    let mut s = format!(
        "  __parameters__ = [{}]\n  __buffers__ = [{}]\n",
        list(params),
        list(buffers)
    );
    for n in params.iter().chain(buffers) {
        let _ = writeln!(s, "  {n} : Tensor");
    }
    s.push_str("  training : bool\n  _is_full_backward_hook : Optional[bool]\n");
    s
}

fn builtin_source(
    spec: &LayerSpec,
    index: usize,
    n_in: usize,
) -> Option<(ClassSource, Vec<&'static str>)> {
    let (file, name) = match spec {
        LayerSpec::Linear { .. } | LayerSpec::Identity => ("linear", spec.type_name()),
        LayerSpec::Dropout { .. } => ("dropout", "Dropout"),
        LayerSpec::BatchNorm1d { .. } => ("batchnorm", "BatchNorm1d"),
        LayerSpec::Flatten { .. } => ("flatten", "Flatten"),
        LayerSpec::Custom { .. } => return None,
        _ => ("activation", spec.type_name()),
    };
    let module = format!("__torch__.torch.nn.modules.{file}.___torch_mangle_{index}");
    let qualified = format!("{module}.{name}");
    let forward = |body: &str| {
        format!("  def forward(self: {qualified},\n    input: Tensor) -> Tensor:\n{body}")
    };
    let simple = |call: &str| {
        (
            class_header(&[], &[]),
            forward(&format!("    return {call}\n")),
        )
    };
    let mut params: Vec<&'static str> = Vec::new();
    let (header, body) = match spec {
        LayerSpec::Linear { out_features, bias } => {
            params.push("weight");
            let mut header = if *bias {
                params.push("bias");
                class_header(&["weight", "bias"], &[])
            } else {
                class_header(&["weight"], &[]).replace(
                    "  training : bool\n",
                    "  bias : NoneType\n  training : bool\n",
                )
            };
            let _ = write!(
                header,
                "  in_features : Final[int] = {n_in}\n  out_features : Final[int] = {out_features}\n"
            );
            let bias_arg = if *bias { "self.bias" } else { "None" };
            (
                header,
                forward(&format!(
                    "    return torch.linear(input, self.weight, {bias_arg})\n"
                )),
            )
        }
        LayerSpec::ReLU => simple("torch.relu(input)"),
        LayerSpec::SELU => simple("torch.selu(input)"),
        LayerSpec::Tanh => simple("torch.tanh(input)"),
        LayerSpec::Sigmoid => simple("torch.sigmoid(input)"),
        LayerSpec::Identity => simple("input"),
        LayerSpec::LeakyReLU { negative_slope } => {
            let (mut h, b) = simple(&format!(
                "torch.leaky_relu(input, {})",
                float_literal(*negative_slope)
            ));
            let _ = writeln!(
                h,
                "  negative_slope : Final[float] = {}",
                float_literal(*negative_slope)
            );
            (h, b)
        }
        LayerSpec::ELU { alpha } => {
            let (mut h, b) = simple(&format!("torch.elu(input, {})", float_literal(*alpha)));
            let _ = writeln!(h, "  alpha : Final[float] = {}", float_literal(*alpha));
            (h, b)
        }
        LayerSpec::GELU { approximate } => {
            let (mut h, b) = simple(&format!("torch.gelu(input, approximate=\"{approximate}\")"));
            let _ = writeln!(h, "  approximate : Final[str] = \"{approximate}\"");
            (h, b)
        }
        LayerSpec::Softmax { dim } => {
            let (mut h, b) = simple(&format!("torch.softmax(input, {dim})"));
            let _ = writeln!(h, "  dim : Final[int] = {dim}");
            (h, b)
        }
        LayerSpec::LogSoftmax { dim } => {
            let (mut h, b) = simple(&format!("torch.log_softmax(input, {dim})"));
            let _ = writeln!(h, "  dim : Final[int] = {dim}");
            (h, b)
        }
        LayerSpec::Dropout { p } => {
            let (mut h, b) = simple(&format!(
                "torch.dropout(input, {}, self.training)",
                float_literal(*p)
            ));
            let _ = writeln!(h, "  p : Final[float] = {}", float_literal(*p));
            (h, b)
        }
        LayerSpec::BatchNorm1d { eps, momentum } => {
            params.extend(["weight", "bias", "running_mean", "running_var"]);
            let mut h = class_header(
                &["weight", "bias"],
                &["running_mean", "running_var", "num_batches_tracked"],
            );
            let _ = write!(
                h,
                "  momentum : Final[float] = {}\n  eps : Final[float] = {}\n  num_features : Final[int] = {n_in}\n",
                float_literal(*momentum),
                float_literal(*eps)
            );
            let b = forward(&format!(
                "    return torch.batch_norm(input, self.weight, self.bias, self.running_mean, \
                 self.running_var, self.training, {}, {}, True)\n",
                float_literal(*momentum),
                float_literal(*eps)
            ));
            (h, b)
        }
        LayerSpec::Flatten { start_dim, end_dim } => {
            let (mut h, b) = simple(&format!("torch.flatten(input, {start_dim}, {end_dim})"));
            let _ = write!(
                h,
                "  start_dim : Final[int] = {start_dim}\n  end_dim : Final[int] = {end_dim}\n"
            );
            (h, b)
        }
        LayerSpec::Custom { .. } => return None,
    };
    Some((
        ClassSource {
            module,
            name: name.to_string(),
            body: format!("{header}{body}"),
        },
        params,
    ))
}

/// Writes `model` as a TorchScript archive that `torch.jit.load` reads.
pub fn write_torchscript<C: CustomLayer>(model: &Sequential<C>, path: &Path) -> Result<()> {
    crate::staging::write_atomic(path, &torchscript_bytes(model, path)?)
}

/// The TorchScript archive of `model` as it will be written at `path`
/// (whose stem names the archive's top folder).
pub fn torchscript_bytes<C: CustomLayer>(model: &Sequential<C>, path: &Path) -> Result<Vec<u8>> {
    let spec = model.spec();
    let state = model.state_dict();
    let mut sources: Vec<ClassSource> = Vec::new();
    let mut children: Vec<(String, Vec<String>)> = Vec::new(); // qualified class, tensor attrs
    for (index, (layer_spec, layer)) in spec.layers.iter().zip(model.layers()).enumerate() {
        match layer_spec {
            LayerSpec::Custom { name, .. } => {
                let crate::nn::Layer::Custom(custom) = layer else {
                    unreachable!("a Custom spec belongs to a custom layer");
                };
                let source = custom.torchscript_class().ok_or_else(|| {
                    Error::layer(
                        index,
                        name,
                        "this custom layer has no TorchScript source (implement \
                         CustomLayer::torchscript_class to export it)",
                    )
                })?;
                let prefix = format!("{index}.");
                let attrs: Vec<String> = state
                    .iter()
                    .filter_map(|t| t.name.strip_prefix(&prefix).map(str::to_string))
                    .collect();
                if !sources
                    .iter()
                    .any(|s| s.module == "__torch__" && s.name == *name)
                {
                    sources.push(ClassSource {
                        module: "__torch__".to_string(),
                        name: name.clone(),
                        body: source,
                    });
                }
                children.push((format!("__torch__.{name}"), attrs));
            }
            _ => {
                // Linear's input width and BatchNorm's feature count, from the weight.
                let weight = state.iter().find(|t| t.name == format!("{index}.weight"));
                let n_in = match layer_spec {
                    LayerSpec::BatchNorm1d { .. } => weight.map_or(0, |w| w.shape[0]),
                    _ => weight.map_or(0, |w| w.shape.get(1).copied().unwrap_or(0)),
                };
                let (source, params) =
                    builtin_source(layer_spec, index, n_in).expect("built-in layer");
                let mut attrs: Vec<String> = params.iter().map(|s| s.to_string()).collect();
                if matches!(layer_spec, LayerSpec::BatchNorm1d { .. }) {
                    attrs.push("num_batches_tracked".to_string());
                }
                children.push((format!("{}.{}", source.module, source.name), attrs));
                sources.push(source);
            }
        }
    }

    // The Sequential itself.
    let top = "__torch__.torch.nn.modules.container.Sequential";
    let mut body = class_header(&[], &[]);
    for (i, (class, _)) in children.iter().enumerate() {
        let _ = writeln!(body, "  __annotations__[\"{i}\"] = {class}");
    }
    let _ = writeln!(
        body,
        "  def forward(self: {top},\n    input: Tensor) -> Tensor:"
    );
    for i in 0..children.len() {
        let _ = writeln!(body, "    _{i} = getattr(self, \"{i}\")");
    }
    let mut input = "input".to_string();
    for i in 0..children.len() {
        let _ = writeln!(body, "    input{i} = (_{i}).forward({input}, )");
        input = format!("input{i}");
    }
    let _ = writeln!(body, "    return {input}");
    let _ = writeln!(
        body,
        "  def __len__(self: {top}) -> int:\n    return {}",
        children.len()
    );
    sources.push(ClassSource {
        module: "__torch__.torch.nn.modules.container".to_string(),
        name: "Sequential".to_string(),
        body,
    });

    // data.pkl: the module tree with its tensors.
    let prefix = prefix_for(path);
    let mut archive = ArchiveWriter::new(&prefix);
    let mut storages: Vec<Vec<u8>> = Vec::new();
    let mut w = Writer::new();
    w.global("__torch__.torch.nn.modules.container", "Sequential");
    w.empty_tuple();
    w.new_obj();
    w.empty_dict();
    w.mark();
    module_flags(&mut w);
    for (i, (class, attrs)) in children.iter().enumerate() {
        w.string(&i.to_string());
        let (module, name) = class.rsplit_once('.').expect("qualified class");
        w.global(module, name);
        w.empty_tuple();
        w.new_obj();
        w.empty_dict();
        w.mark();
        module_flags(&mut w);
        for attr in attrs {
            w.string(attr);
            let key = storages.len().to_string();
            if attr == "num_batches_tracked" {
                w.tensor("LongStorage", &key, &[]);
                storages.push(0i64.to_le_bytes().to_vec());
                continue;
            }
            let t = state
                .iter()
                .find(|t| t.name == format!("{i}.{attr}"))
                .expect("every exported tensor is in the state dict");
            w.tensor("FloatStorage", &key, &t.shape);
            storages.push(t.values.iter().flat_map(|v| v.to_le_bytes()).collect());
        }
        if matches!(spec.layers[i], LayerSpec::Linear { bias: false, .. }) {
            w.string("bias");
            w.none();
        }
        w.set_items();
        w.build();
    }
    w.set_items();
    w.build();
    archive.add("data.pkl", &w.finish())?;

    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for s in &sources {
        let file = format!("code/{}.py", s.module.replace('.', "/"));
        let _ = write!(
            files.entry(file).or_default(),
            "class {}(Module):\n{}",
            s.name,
            s.body
        );
    }
    for (file, text) in &files {
        archive.add(file, text.as_bytes())?;
    }
    let mut constants = Writer::new();
    constants.empty_tuple();
    archive.add("constants.pkl", &constants.finish())?;
    for (key, bytes) in storages.iter().enumerate() {
        archive.add(&format!("data/{key}"), bytes)?;
    }
    // File format 10 (PyTorch 1.12 and later, where `gelu` takes
    // `approximate`); PyTorch keeps it in `.data/version` from that version on.
    archive.add(".data/version", b"10\n")?;
    archive.add("byteorder", b"little")?;
    archive.into_bytes(path)
}

fn module_flags(w: &mut Writer) {
    w.string("training");
    w.bool(false);
    w.string("_is_full_backward_hook");
    w.none();
}

/// Writes `model`'s weights as a `torch.save(model.state_dict())` file that
/// `torch.load(path, weights_only=True)` reads (BatchNorm layers get the
/// `num_batches_tracked` PyTorch expects, as 0).
pub fn write_state_dict<C: CustomLayer>(model: &Sequential<C>, path: &Path) -> Result<()> {
    let spec = model.spec();
    let mut state = model.state_dict();
    for (i, layer) in spec.layers.iter().enumerate() {
        if matches!(layer, LayerSpec::BatchNorm1d { .. }) {
            let at = state
                .iter()
                .rposition(|t| t.name == format!("{i}.running_var"))
                .expect("BatchNorm has running_var");
            state.insert(
                at + 1,
                NamedTensor {
                    name: format!("{i}.num_batches_tracked"),
                    shape: vec![],
                    values: vec![],
                },
            );
        }
    }
    let mut archive = ArchiveWriter::new(&prefix_for(path));
    let mut w = Writer::new();
    w.global("collections", "OrderedDict");
    w.empty_tuple();
    w.reduce();
    w.mark();
    let mut storages = Vec::new();
    for t in &state {
        w.string(&t.name);
        let key = storages.len().to_string();
        if t.name.ends_with(".num_batches_tracked") {
            w.tensor("LongStorage", &key, &[]);
            storages.push(0i64.to_le_bytes().to_vec());
        } else {
            w.tensor("FloatStorage", &key, &t.shape);
            storages.push(
                t.values
                    .iter()
                    .flat_map(|v| v.to_le_bytes())
                    .collect::<Vec<u8>>(),
            );
        }
    }
    w.set_items();
    archive.add("data.pkl", &w.finish())?;
    archive.add(".format_version", b"1")?;
    archive.add(".storage_alignment", b"64")?;
    archive.add("byteorder", b"little")?;
    for (key, bytes) in storages.iter().enumerate() {
        archive.add(&format!("data/{key}"), bytes)?;
    }
    archive.add("version", b"3\n")?;
    archive.write(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    use rand::{Rng, SeedableRng};

    fn fixture_archives() -> Vec<(String, Vec<u8>)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/fixtures");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "pt") {
                out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
        out.sort();
        out
    }

    fn mutate(rng: &mut rand::rngs::StdRng, bytes: &mut Vec<u8>) {
        match rng.random_range(0..4) {
            0 => {
                for _ in 0..rng.random_range(1..8) {
                    let i = rng.random_range(0..bytes.len());
                    bytes[i] = rng.random();
                }
            }
            1 => {
                let n = rng.random_range(0..bytes.len());
                bytes.truncate(n);
            }
            2 => {
                let i = rng.random_range(0..=bytes.len());
                let junk: Vec<u8> = (0..rng.random_range(1..16)).map(|_| rng.random()).collect();
                bytes.splice(i..i, junk);
            }
            _ => {
                // Small integers where lengths, indices and shapes live.
                let i = rng.random_range(0..bytes.len());
                bytes[i] = [0u8, 1, 0x7f, 0x80, 0xff][rng.random_range(0..5)];
            }
        }
    }

    /// Random and mutated files (whole archives, and pickles and code inside
    /// valid archives) give errors or models, never panics or runaway allocations.
    #[test]
    fn hostile_archives_give_errors_not_panics() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(17);
        let limits = ImportLimits::default();
        let path = Path::new("fuzz.pt");
        for _ in 0..200 {
            let n = rng.random_range(0..512);
            let junk: Vec<u8> = (0..n).map(|_| rng.random()).collect();
            assert!(Archive::from_bytes(path, junk, &limits).is_err());
        }
        for (name, bytes) in fixture_archives() {
            for _ in 0..150 {
                let mut copy = bytes.clone();
                if copy.is_empty() {
                    continue;
                }
                mutate(&mut rng, &mut copy);
                if let Ok(archive) = Archive::from_bytes(path, copy, &limits) {
                    let _ = from_archive(&archive, Some(&["Scale"]), &limits);
                }
            }
            let Ok(archive) = Archive::from_bytes(path, bytes.clone(), &limits) else {
                panic!("{name} does not open");
            };
            if !is_torchscript(&archive) {
                continue;
            }
            let targets: Vec<String> = archive
                .entries
                .keys()
                .filter(|k| *k == "data.pkl" || k.ends_with(".py"))
                .cloned()
                .collect();
            for _ in 0..300 {
                let mut a = Archive {
                    path: archive.path.clone(),
                    prefix: archive.prefix.clone(),
                    entries: archive.entries.clone(),
                };
                let target = &targets[rng.random_range(0..targets.len())];
                let entry = a.entries.get_mut(target).unwrap();
                if entry.is_empty() {
                    continue;
                }
                mutate(&mut rng, entry);
                let _ = from_archive(&a, Some(&["Scale"]), &limits);
            }
        }
    }

    #[test]
    fn limits_refuse_oversized_archives() {
        let (_, bytes) = fixture_archives()
            .into_iter()
            .find(|(n, _)| n.ends_with("tutorial_classification.pt"))
            .unwrap();
        let tiny = ImportLimits {
            max_total_bytes: 1000,
            ..ImportLimits::default()
        };
        let err = Archive::from_bytes(Path::new("m.pt"), bytes.clone(), &tiny)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("size limit"), "{err}");
        let few = ImportLimits {
            max_entries: 3,
            ..ImportLimits::default()
        };
        let err = Archive::from_bytes(Path::new("m.pt"), bytes.clone(), &few)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("entries"), "{err}");
        let small_pickle = ImportLimits {
            max_pickle_values: 20,
            ..ImportLimits::default()
        };
        let archive = Archive::from_bytes(Path::new("m.pt"), bytes, &small_pickle).unwrap();
        let err = from_archive(&archive, Some(&[]), &small_pickle)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("data.pkl") && err.contains("limit"), "{err}");
    }

    #[test]
    fn unmangles_class_names() {
        assert_eq!(
            unmangle("__torch__.torch.nn.modules.linear.___torch_mangle_27.Linear"),
            "torch.nn.modules.linear.Linear"
        );
        assert_eq!(unmangle("__torch__.Scale"), "Scale");
        assert_eq!(unmangle("__torch__.___torch_mangle_3.Scale"), "Scale");
    }

    #[test]
    fn float_literals_keep_a_decimal_point() {
        assert_eq!(float_literal(1.0), "1.0");
        assert_eq!(float_literal(0.2), "0.2");
        assert_eq!(float_literal(1e-5), "1e-5");
    }
}
