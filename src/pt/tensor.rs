//! Tensors inside `.pt` archives: storages in `data/<key>`, rebuilt with
//! dtype, offset, shape, strides and byte order as `torch._utils._rebuild_tensor_v2` does.

use super::archive::Archive;
use super::pickle::{Id, Node, Pickle};

/// Element types of storages, by PyTorch's storage class name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageType {
    Float32,
    Float64,
    Float16,
    BFloat16,
    Int64,
    Int32,
    Int16,
    Int8,
    UInt8,
    Bool,
}

impl StorageType {
    pub(crate) fn from_class(name: &str) -> Option<Self> {
        Some(match name {
            "FloatStorage" => Self::Float32,
            "DoubleStorage" => Self::Float64,
            "HalfStorage" => Self::Float16,
            "BFloat16Storage" => Self::BFloat16,
            "LongStorage" => Self::Int64,
            "IntStorage" => Self::Int32,
            "ShortStorage" => Self::Int16,
            "CharStorage" => Self::Int8,
            "ByteStorage" => Self::UInt8,
            "BoolStorage" => Self::Bool,
            _ => return None,
        })
    }

    /// PyTorch's name of the element type (`float32`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Self::Float32 => "float32",
            Self::Float64 => "float64",
            Self::Float16 => "float16",
            Self::BFloat16 => "bfloat16",
            Self::Int64 => "int64",
            Self::Int32 => "int32",
            Self::Int16 => "int16",
            Self::Int8 => "int8",
            Self::UInt8 => "uint8",
            Self::Bool => "bool",
        }
    }

    pub(crate) fn size(self) -> usize {
        match self {
            Self::Float64 | Self::Int64 => 8,
            Self::Float32 | Self::Int32 => 4,
            Self::Float16 | Self::BFloat16 | Self::Int16 => 2,
            Self::Int8 | Self::UInt8 | Self::Bool => 1,
        }
    }

    fn decode(self, b: &[u8], big_endian: bool) -> f32 {
        macro_rules! num {
            ($t:ty, $n:literal) => {{
                let mut a = [0u8; $n];
                a.copy_from_slice(b);
                if big_endian {
                    <$t>::from_be_bytes(a)
                } else {
                    <$t>::from_le_bytes(a)
                }
            }};
        }
        match self {
            Self::Float32 => num!(f32, 4),
            Self::Float64 => num!(f64, 8) as f32,
            Self::Float16 => half::f16::from_bits(num!(u16, 2)).to_f32(),
            Self::BFloat16 => half::bf16::from_bits(num!(u16, 2)).to_f32(),
            Self::Int64 => num!(i64, 8) as f32,
            Self::Int32 => num!(i32, 4) as f32,
            Self::Int16 => num!(i16, 2) as f32,
            Self::Int8 => b[0] as i8 as f32,
            Self::UInt8 | Self::Bool => b[0] as f32,
        }
    }
}

/// A tensor read from an archive, converted to `f32`.
#[derive(Debug, Clone)]
pub struct DecodedTensor {
    /// Element type in the file.
    pub dtype: StorageType,
    /// PyTorch's shape.
    pub shape: Vec<usize>,
    /// Row-major values.
    pub values: Vec<f32>,
}

/// Whether node `id` is a tensor (a `_rebuild_tensor_v2` or `_rebuild_parameter` call).
pub(crate) fn is_tensor(p: &Pickle, id: Id) -> bool {
    match p.node(id) {
        Node::Call { func, .. } => matches!(
            p.global(*func),
            Some(("torch._utils", "_rebuild_tensor_v2" | "_rebuild_parameter"))
        ),
        _ => false,
    }
}

/// Rebuilds the tensor at node `id`; errors name `what` (the parameter).
pub(crate) fn decode(
    p: &Pickle,
    id: Id,
    archive: &Archive,
    big_endian: bool,
    max_elements: usize,
    what: &str,
) -> Result<DecodedTensor, String> {
    let Node::Call { func, args, .. } = p.node(id) else {
        return Err(format!("`{what}` is not a tensor"));
    };
    let args = p
        .items(*args)
        .ok_or_else(|| format!("`{what}`: tensor arguments are not a tuple"))?;
    if p.global(*func) == Some(("torch._utils", "_rebuild_parameter")) {
        let inner = *args
            .first()
            .ok_or_else(|| format!("`{what}`: parameter without data"))?;
        return decode(p, inner, archive, big_endian, max_elements, what);
    }
    if args.len() < 4 {
        return Err(format!("`{what}`: tensor with {} arguments", args.len()));
    }
    let Node::Persistent(pid) = p.node(args[0]) else {
        return Err(format!("`{what}`: tensor data is not a storage reference"));
    };
    let pid = p
        .items(*pid)
        .filter(|items| items.len() >= 5)
        .ok_or_else(|| format!("`{what}`: malformed storage reference"))?;
    if p.str(pid[0]) != Some("storage") {
        return Err(format!("`{what}`: persistent id is not a storage"));
    }
    let dtype = match p.global(pid[1]) {
        Some(("torch", class)) => StorageType::from_class(class)
            .ok_or_else(|| format!("`{what}`: unsupported storage type torch.{class}"))?,
        _ => {
            return Err(format!(
                "`{what}`: storage type is not a torch storage class"
            ));
        }
    };
    let key = p
        .str(pid[2])
        .ok_or_else(|| format!("`{what}`: storage key is not a string"))?;
    let bytes = archive
        .get(&format!("data/{key}"))
        .ok_or_else(|| format!("`{what}`: storage `data/{key}` is missing from the archive"))?;
    let storage_len = bytes.len() / dtype.size();
    let offset = non_negative(p.int(args[1]), what, "storage offset")?;
    let shape = int_list(p, args[2], what, "shape")?;
    let strides = int_list(p, args[3], what, "strides")?;
    if shape.len() != strides.len() {
        return Err(format!(
            "`{what}`: shape {shape:?} and strides {strides:?} differ in rank"
        ));
    }
    let numel = shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .filter(|&n| n <= max_elements)
        .ok_or_else(|| format!("`{what}`: shape {shape:?} is too large"))?;
    if numel > 0 {
        let last = shape
            .iter()
            .zip(&strides)
            .try_fold(offset, |acc, (&d, &s)| {
                (d - 1).checked_mul(s).and_then(|x| acc.checked_add(x))
            })
            .ok_or_else(|| format!("`{what}`: strides {strides:?} overflow"))?;
        if last >= storage_len {
            return Err(format!(
                "`{what}`: shape {shape:?}, strides {strides:?} and offset {offset} reach element \
                 {last} of a storage of {storage_len} {} elements",
                dtype.name()
            ));
        }
    }
    let size = dtype.size();
    let mut values = Vec::with_capacity(numel);
    let mut index = vec![0usize; shape.len()];
    for _ in 0..numel {
        let at = offset
            + index
                .iter()
                .zip(&strides)
                .map(|(&i, &s)| i * s)
                .sum::<usize>();
        values.push(dtype.decode(&bytes[at * size..(at + 1) * size], big_endian));
        for d in (0..shape.len()).rev() {
            index[d] += 1;
            if index[d] < shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
    Ok(DecodedTensor {
        dtype,
        shape,
        values,
    })
}

fn non_negative(v: Option<i64>, what: &str, field: &str) -> Result<usize, String> {
    v.and_then(|v| usize::try_from(v).ok())
        .ok_or_else(|| format!("`{what}`: {field} is not a non-negative integer"))
}

fn int_list(p: &Pickle, id: Id, what: &str, field: &str) -> Result<Vec<usize>, String> {
    p.items(id)
        .ok_or_else(|| format!("`{what}`: {field} is not a tuple"))?
        .iter()
        .map(|&i| non_negative(p.int(i), what, field))
        .collect()
}
