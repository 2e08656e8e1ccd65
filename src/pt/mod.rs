//! `model.pt` files in pure Rust: PyTorch models in, PyTorch models out.
//!
//! - TorchScript archives (`torch.jit.save` of scripted or traced modules):
//!   architecture and weights, read with our own small safe unpickler
//!   ([`pickle`]) and the class sources in the archive's `code/` folder;
//!   written back as archives `torch.jit.load` runs ([`Sequential::save_torchscript`]).
//! - `torch.save` files (a `state_dict`, or a whole pickled model): weights
//!   only, read by Burn's `pytorch-reader` (which has its own safety limits)
//!   into a model whose architecture is given; written as state dicts
//!   `torch.load(weights_only=True)` reads ([`Sequential::save_pytorch_state_dict`]).
//!
//! Everything is converted to `f32`; narrower or wider floats produce a warning.

mod archive;
mod code;
mod pickle;
mod tensor;
mod torchscript;

use std::path::Path;

use burn::module::Module;
use burn::tensor::Device;
use serde::Serialize;

pub use archive::ImportLimits;
pub use tensor::StorageType;
pub use torchscript::{
    ImportedLayer, TorchScriptModel, inspect_torchscript, read_torchscript, supported_classes,
    unmangle,
};

use crate::error::{Error, Result};
use crate::nn::{CustomLayer, CustomRegistry, NamedTensor, NoCustom, Sequential, StateDict};

/// The flavours of `.pt` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PtFormat {
    /// `torch.jit.save`: architecture and weights.
    Torchscript,
    /// `torch.save`: a `state_dict` or a whole pickled model; weights only.
    TorchSave,
}

impl std::fmt::Display for PtFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PtFormat::Torchscript => "TorchScript archive (torch.jit.save)",
            PtFormat::TorchSave => "torch.save file (state dict or pickled model)",
        })
    }
}

/// Tells a TorchScript archive from a `torch.save` file.
pub fn detect_format(path: &Path) -> Result<PtFormat> {
    let mut head = [0u8; 4];
    {
        use std::io::Read;
        let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let n = file.read(&mut head).map_err(|e| Error::io(path, e))?;
        if n >= 2 && head[0] == 0x80 {
            // A legacy (pre-1.6) torch.save file starts with a pickle.
            return Ok(PtFormat::TorchSave);
        }
        if n < 4 || &head != b"PK\x03\x04" {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: "not a PyTorch model file (neither a zip archive nor a pickle)"
                    .to_string(),
            });
        }
    }
    let archive = archive::Archive::read(path, &ImportLimits::default())?;
    if torchscript::is_torchscript(&archive) {
        Ok(PtFormat::Torchscript)
    } else if archive.get("data.pkl").is_some() {
        Ok(PtFormat::TorchSave)
    } else {
        Err(Error::Format {
            path: path.to_path_buf(),
            message: "zip archive without data.pkl: not a PyTorch model file".to_string(),
        })
    }
}

/// A model read from a `.pt` file, with what the reader had to tell.
#[derive(Debug)]
pub struct Imported<C: CustomLayer = NoCustom> {
    /// The model.
    pub model: Sequential<C>,
    /// Conversions worth telling the user about (e.g. float64 → float32).
    pub warnings: Vec<String>,
}

/// Reads a TorchScript archive of built-in layers.
pub fn load_torchscript(path: impl AsRef<Path>, device: &Device) -> Result<Imported> {
    load_torchscript_with(path, &CustomRegistry::<NoCustom>::new(), device)
}

/// Reads a TorchScript archive; a module class `__torch__.Name` that is not
/// built in is built by the custom layer registered as `Name`, its tensors
/// under their attribute names.
pub fn load_torchscript_with<C: CustomLayer>(
    path: impl AsRef<Path>,
    registry: &CustomRegistry<C>,
    device: &Device,
) -> Result<Imported<C>> {
    let model = read_torchscript(path.as_ref(), &registry.names(), &ImportLimits::default())?;
    Ok(Imported {
        model: model.build(registry, device)?,
        warnings: model.warnings,
    })
}

/// Reads the tensors of a `torch.save` file (a `state_dict`, a checkpoint
/// dictionary or a whole pickled model) with Burn's `pytorch-reader`,
/// converted to `f32`, sorted by name. BatchNorm's `num_batches_tracked`
/// counters are left out: the models here do not use them.
pub fn read_state_dict(path: impl AsRef<Path>) -> Result<(StateDict, Vec<String>)> {
    let path = path.as_ref();
    let fail = |message: String| Error::Format {
        path: path.to_path_buf(),
        message,
    };
    if detect_format(path)? == PtFormat::Torchscript {
        return Err(fail(
            "this is a TorchScript archive (torch.jit.save), not a state dict: import it with \
             pt::load_torchscript"
                .to_string(),
        ));
    }
    let reader = pytorch_reader::PytorchReader::new(path).map_err(|e| fail(e.to_string()))?;
    let mut tensors: Vec<_> = reader.into_tensors().into_values().collect();
    tensors.sort_by_key(|t| natural_key(&t.name));
    let mut state = Vec::with_capacity(tensors.len());
    let mut narrowed = std::collections::BTreeSet::new();
    for t in tensors {
        if t.name.ends_with("num_batches_tracked") {
            continue;
        }
        let bytes = t.read().map_err(|e| fail(e.to_string()))?;
        let values = to_f32(t.dtype(), &bytes);
        if t.dtype() != pytorch_reader::DType::F32 {
            narrowed.insert(format!("{:?}", t.dtype()).to_lowercase());
        }
        state.push(NamedTensor {
            name: t.name.clone(),
            shape: t.shape().to_vec(),
            values,
        });
    }
    let warnings = narrowed
        .into_iter()
        .map(|d| format!("tensors stored as {d} were converted to float32"))
        .collect();
    Ok((state, warnings))
}

/// Where [`Sequential::save_burnpack`] puts the architecture.
pub fn burnpack_spec_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".spec.json");
    name.into()
}

fn natural_key(name: &str) -> Vec<(u64, String)> {
    name.split('.')
        .map(|part| match part.parse::<u64>() {
            Ok(n) => (n, String::new()),
            Err(_) => (u64::MAX, part.to_string()),
        })
        .collect()
}

fn to_f32(dtype: pytorch_reader::DType, bytes: &[u8]) -> Vec<f32> {
    use pytorch_reader::DType as D;
    macro_rules! each {
        ($n:literal, $f:expr) => {
            bytes
                .chunks_exact($n)
                .map(|c| {
                    let mut a = [0u8; $n];
                    a.copy_from_slice(c);
                    $f(a)
                })
                .collect()
        };
    }
    match dtype {
        D::F32 => each!(4, f32::from_ne_bytes),
        D::F64 => each!(8, |a| f64::from_ne_bytes(a) as f32),
        D::F16 => each!(2, |a| half::f16::from_bits(u16::from_ne_bytes(a)).to_f32()),
        D::BF16 => each!(2, |a| half::bf16::from_bits(u16::from_ne_bytes(a)).to_f32()),
        D::I64 => each!(8, |a| i64::from_ne_bytes(a) as f32),
        D::I32 => each!(4, |a| i32::from_ne_bytes(a) as f32),
        D::I16 => each!(2, |a| i16::from_ne_bytes(a) as f32),
        D::U64 => each!(8, |a| u64::from_ne_bytes(a) as f32),
        D::U32 => each!(4, |a| u32::from_ne_bytes(a) as f32),
        D::U16 => each!(2, |a| u16::from_ne_bytes(a) as f32),
        D::I8 => bytes.iter().map(|&b| b as i8 as f32).collect(),
        D::U8 | D::Bool => bytes.iter().map(|&b| b as f32).collect(),
    }
}

impl<C: CustomLayer> Sequential<C> {
    /// Writes the model as a TorchScript archive (`model.pt`) that PyTorch
    /// loads with `torch.jit.load`; written atomically.
    pub fn save_torchscript(&self, path: impl AsRef<Path>) -> Result<()> {
        torchscript::write_torchscript(self, path.as_ref())
    }

    /// The TorchScript archive [`save_torchscript`](Self::save_torchscript)
    /// writes at `path`, as bytes (for outputs staged with others).
    pub fn torchscript_bytes(&self, path: impl AsRef<Path>) -> Result<Vec<u8>> {
        torchscript::torchscript_bytes(self, path.as_ref())
    }

    /// Writes the weights as a `torch.save(model.state_dict())` file that
    /// `torch.load(path, weights_only=True)` reads; written atomically.
    pub fn save_pytorch_state_dict(&self, path: impl AsRef<Path>) -> Result<()> {
        torchscript::write_state_dict(self, path.as_ref())
    }

    /// Writes the weights as a Burn record (burnpack, `Module::into_record`)
    /// at `path`, and the architecture beside it at `<path>.spec.json`, which
    /// the record itself does not hold; both written atomically.
    pub fn save_burnpack(&self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        let bytes = self
            .clone()
            .into_record()
            .into_bytes()
            .map_err(|e| Error::Backend(format!("burnpack record: {e}")))?;
        let spec = serde_json::to_vec_pretty(&self.spec()).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        crate::staging::write_atomic(&burnpack_spec_path(path), &spec)?;
        crate::staging::write_atomic(path, &bytes)
    }

    /// Reads a model written by [`save_burnpack`](Self::save_burnpack).
    pub fn load_burnpack(
        path: impl AsRef<Path>,
        registry: &CustomRegistry<C>,
        device: &Device,
    ) -> Result<Self> {
        let path = path.as_ref();
        let spec_path = burnpack_spec_path(path);
        let text = std::fs::read(&spec_path).map_err(|e| Error::io(&spec_path, e))?;
        let spec = serde_json::from_slice(&text).map_err(|e| Error::Format {
            path: spec_path.clone(),
            message: e.to_string(),
        })?;
        let model = Self::from_spec_with(&spec, registry, device)?;
        let record = burn::store::ModuleRecord::load(path).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        model.try_load_record(record).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Loads weights from a `torch.save` file (see [`read_state_dict`]); the
    /// names and shapes must be this model's (PyTorch's `0.weight`, `[out,
    /// in]`); a missing, unexpected or misshapen tensor is an error naming it.
    pub fn load_pytorch_state_dict(self, path: impl AsRef<Path>) -> Result<Imported<C>> {
        let path = path.as_ref();
        let (state, warnings) = read_state_dict(path)?;
        let model = self.load_state_dict(&state).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        Ok(Imported { model, warnings })
    }
}
