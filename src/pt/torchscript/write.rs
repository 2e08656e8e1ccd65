//! Writing TorchScript archives and `torch.save` state dicts that PyTorch
//! loads: each module's class source, `data.pkl`, constants and storages.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::super::archive::{ArchiveWriter, prefix_for};
use super::super::pickle::Writer;
use crate::error::{Error, Result};
use crate::nn::{CustomLayer, LayerSpec, NamedTensor, Sequential};

/// TorchScript source of one exported class: its unqualified name and body,
/// as `torch.jit.script` would print it.
struct ClassSource {
    module: String,
    name: String,
    body: String,
}

pub(super) fn float_literal(v: f64) -> String {
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
        LayerSpec::Linear { .. } => ("linear", "Linear"),
        LayerSpec::Activation(a) => (a.def().torch_module, a.name()),
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
        LayerSpec::Activation(a) => {
            let def = a.def();
            let call = match def.torch_function {
                Some(function) => {
                    let args: String = a
                        .settings()
                        .iter()
                        .map(|v| format!(", {}", float_literal(*v)))
                        .collect();
                    format!("{function}(input{args})")
                }
                None => "input".to_string(),
            };
            let (mut h, b) = simple(&call);
            for (setting, value) in def.settings.iter().zip(a.settings()) {
                let _ = writeln!(
                    h,
                    "  {} : Final[float] = {}",
                    setting.name,
                    float_literal(*value)
                );
            }
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
        let child = &spec.names[index];
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
                let prefix = format!("{child}.");
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
                let weight = state.iter().find(|t| t.name == format!("{child}.weight"));
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
    for (child, (class, _)) in spec.names.iter().zip(&children) {
        let _ = writeln!(body, "  __annotations__[\"{child}\"] = {class}");
    }
    let _ = writeln!(
        body,
        "  def forward(self: {top},\n    input: Tensor) -> Tensor:"
    );
    for (i, child) in spec.names.iter().enumerate() {
        let _ = writeln!(body, "    _{i} = getattr(self, \"{child}\")");
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
        let child = &spec.names[i];
        w.string(child);
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
                .find(|t| t.name == format!("{child}.{attr}"))
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
    for (layer, child) in spec.layers.iter().zip(&spec.names) {
        if matches!(layer, LayerSpec::BatchNorm1d { .. }) {
            let at = state
                .iter()
                .rposition(|t| t.name == format!("{child}.running_var"))
                .expect("BatchNorm has running_var");
            state.insert(
                at + 1,
                NamedTensor {
                    name: format!("{child}.num_batches_tracked"),
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
