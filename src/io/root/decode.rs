//! What a branch's bytes mean and how to turn them into numbers: scalars of
//! every leaf type (`/B /b /S /s /I /i /L /l /F /D /O`, `Long_t`,
//! `Float16_t`, `Double32_t` with or without a range), fixed-size arrays
//! (`x[3]/F`), variable-size arrays (`arr[n]/F`) and `vector<T>` of numbers.
//! Everything else is refused by name.

use oxyroot::BranchLayout;

use super::basket::BasketBytes;

/// How one element is stored (big-endian, as ROOT writes it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Element {
    F32,
    F64,
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    Bool,
    /// `Float16_t`/`Double32_t` without a range: an exponent byte and a
    /// 16-bit mantissa (sign and `bits` bits of mantissa).
    Truncated {
        bits: u32,
    },
    /// `Float16_t`/`Double32_t` with a range: a 32-bit integer scaled into
    /// `[low, high]` with `bits` bits.
    Ranged {
        low: f64,
        high: f64,
        bits: u32,
    },
}

impl Element {
    pub(crate) fn size(self) -> usize {
        match self {
            Element::F64 | Element::I64 | Element::U64 => 8,
            Element::F32 | Element::I32 | Element::U32 | Element::Ranged { .. } => 4,
            Element::Truncated { .. } => 3,
            Element::I16 | Element::U16 => 2,
            Element::I8 | Element::U8 | Element::Bool => 1,
        }
    }

    /// Appends the values of `bytes` (a whole number of elements) to `out`.
    pub(crate) fn decode(self, bytes: &[u8], out: &mut Vec<f32>) {
        let at = out.len();
        out.resize(at + bytes.len() / self.size(), 0.0);
        self.decode_into(bytes, &mut out[at..]);
    }

    /// Writes the values of `bytes` into `out`, one per element (`out` holds
    /// exactly as many values as `bytes` holds elements).
    pub(crate) fn decode_into(self, bytes: &[u8], out: &mut [f32]) {
        macro_rules! be {
            ($t:ty, $n:expr) => {
                for (o, b) in out.iter_mut().zip(bytes.chunks_exact($n)) {
                    let mut a = [0u8; $n];
                    a.copy_from_slice(b);
                    *o = <$t>::from_be_bytes(a) as f32;
                }
            };
        }
        match self {
            Element::F32 => be!(f32, 4),
            Element::F64 => be!(f64, 8),
            Element::I8 => be!(i8, 1),
            Element::U8 => be!(u8, 1),
            Element::I16 => be!(i16, 2),
            Element::U16 => be!(u16, 2),
            Element::I32 => be!(i32, 4),
            Element::U32 => be!(u32, 4),
            Element::I64 => be!(i64, 8),
            Element::U64 => be!(u64, 8),
            Element::Bool => {
                for (o, &b) in out.iter_mut().zip(bytes) {
                    *o = f32::from(u8::from(b != 0));
                }
            }
            Element::Truncated { bits } => {
                for (o, b) in out.iter_mut().zip(bytes.chunks_exact(3)) {
                    let exponent = u32::from(b[0]);
                    let mantissa = u32::from(u16::from_be_bytes([b[1], b[2]]));
                    let mut word = exponent << 23;
                    word |= (mantissa & ((1 << (bits + 1)) - 1)) << (23 - bits);
                    let value = f32::from_bits(word);
                    *o = if mantissa & (1 << (bits + 1)) != 0 {
                        -value
                    } else {
                        value
                    };
                }
            }
            Element::Ranged { low, high, bits } => {
                // As ROOT's TBufferFile::ReadWithFactor: raw / factor + low, in double.
                let factor = (1u64 << bits) as f64 / (high - low);
                for (o, b) in out.iter_mut().zip(bytes.chunks_exact(4)) {
                    let raw = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
                    *o = (f64::from(raw) / factor + low) as f32;
                }
            }
        }
    }

    fn name(self) -> &'static str {
        match self {
            Element::F32 => "float",
            Element::F64 => "double",
            Element::I8 => "int8_t",
            Element::U8 => "uint8_t",
            Element::I16 => "int16_t",
            Element::U16 => "uint16_t",
            Element::I32 => "int32_t",
            Element::U32 => "uint32_t",
            Element::I64 => "int64_t",
            Element::U64 => "uint64_t",
            Element::Bool => "bool",
            Element::Truncated { .. } | Element::Ranged { .. } => "float",
        }
    }
}

/// The shape of each entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Shape {
    /// One value.
    Scalar,
    /// `len` values (`x[3]`, `m[2][3]`).
    Fixed(usize),
    /// A variable number of values, counted by leaf `counter` (`arr[n]`).
    Counted { counter: String },
    /// `vector<T>`: each entry starts with a 10-byte header (byte count,
    /// version, length).
    Vector,
}

/// How to read a branch: element and shape, and the type name to show.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Interpretation {
    pub element: Element,
    pub shape: Shape,
    pub type_name: String,
}

impl Interpretation {
    /// Whether each entry holds one value.
    pub(crate) fn is_scalar(&self) -> bool {
        self.shape == Shape::Scalar
    }
}

/// How `layout` is to be read, or why it cannot be, in words.
pub(crate) fn interpret(layout: &BranchLayout) -> Result<Interpretation, String> {
    const SUPPORTED: &str =
        "numbers, fixed-size arrays, variable-size arrays and vectors of numbers are supported";
    if layout.class == "TBranchElement" {
        let class = layout.element_class.replace(' ', "");
        let inner = class
            .strip_prefix("vector<")
            .and_then(|c| c.strip_suffix('>'))
            .filter(|_| layout.n_sub_branches == 0);
        let element = inner.and_then(element_of_cpp);
        return match element {
            Some(element) => Ok(Interpretation {
                element,
                shape: Shape::Vector,
                type_name: format!("vector<{}>", inner.unwrap_or_default()),
            }),
            None => Err(format!(
                "is a `{}`: {SUPPORTED}",
                if class.is_empty() {
                    "TBranchElement"
                } else {
                    &class
                }
            )),
        };
    }
    if layout.class != "TBranch" {
        return Err(format!("is a `{}`: {SUPPORTED}", layout.class));
    }
    if layout.n_sub_branches > 0 {
        return Err(format!(
            "has {} sub-branches: {SUPPORTED}",
            layout.n_sub_branches
        ));
    }
    let leaf = match layout.leaves.as_slice() {
        [leaf] => leaf,
        [] => return Err(format!("has no leaves: {SUPPORTED}")),
        many => {
            return Err(format!(
                "is a leaf list of {} leaves ({}): read each as its own branch; {SUPPORTED}",
                many.len(),
                many.iter()
                    .map(|l| l.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    };
    let (dims, range) = parse_title(&leaf.title);
    let element = match (leaf.class.as_str(), leaf.unsigned) {
        ("TLeafF", _) => Element::F32,
        ("TLeafD", _) => Element::F64,
        ("TLeafB", false) => Element::I8,
        ("TLeafB", true) => Element::U8,
        ("TLeafS", false) => Element::I16,
        ("TLeafS", true) => Element::U16,
        ("TLeafI", false) => Element::I32,
        ("TLeafI", true) => Element::U32,
        ("TLeafL" | "TLeafG", false) => Element::I64,
        ("TLeafL" | "TLeafG", true) => Element::U64,
        ("TLeafO", _) => Element::Bool,
        ("TLeafF16", _) => truncated(range, true)?,
        ("TLeafD32", _) => truncated(range, false)?,
        ("TLeafC", _) => return Err(format!("holds strings (`TLeafC`): {SUPPORTED}")),
        (class, _) => return Err(format!("has a `{class}` leaf: {SUPPORTED}")),
    };
    let base = match leaf.class.as_str() {
        "TLeafF16" => "Float16_t",
        "TLeafD32" => "Double32_t",
        _ => element.name(),
    };
    let counter = dims.iter().find(|d| d.parse::<usize>().is_err()).cloned();
    let shape = match counter {
        Some(counter) => {
            if dims.len() > 1 {
                return Err(format!(
                    "is a multi-dimensional variable-size array (`{}`): {SUPPORTED}",
                    leaf.title
                ));
            }
            Shape::Counted { counter }
        }
        None => match usize::try_from(leaf.len) {
            Ok(1) if dims.is_empty() => Shape::Scalar,
            Ok(n) if n >= 1 => Shape::Fixed(n),
            _ => return Err(format!("has a leaf of length {}", leaf.len)),
        },
    };
    if leaf.has_count && !matches!(shape, Shape::Counted { .. }) {
        return Err(format!(
            "has a counted leaf whose title (`{}`) names no counter",
            leaf.title
        ));
    }
    let type_name = match &shape {
        Shape::Scalar => base.to_string(),
        Shape::Fixed(n) => format!("{base}[{n}]"),
        Shape::Counted { counter } => format!("{base}[{counter}]"),
        Shape::Vector => unreachable!("vectors are TBranchElements"),
    };
    Ok(Interpretation {
        element,
        shape,
        type_name,
    })
}

fn element_of_cpp(name: &str) -> Option<Element> {
    Some(match name {
        "float" | "Float_t" => Element::F32,
        "double" | "Double_t" => Element::F64,
        "char" | "Char_t" | "int8_t" | "signedchar" => Element::I8,
        "unsignedchar" | "UChar_t" | "uint8_t" => Element::U8,
        "short" | "Short_t" | "int16_t" => Element::I16,
        "unsignedshort" | "UShort_t" | "uint16_t" => Element::U16,
        "int" | "Int_t" | "int32_t" => Element::I32,
        "unsignedint" | "UInt_t" | "uint32_t" => Element::U32,
        "long" | "Long_t" | "Long64_t" | "int64_t" | "longlong" => Element::I64,
        "unsignedlong" | "ULong_t" | "ULong64_t" | "uint64_t" | "unsignedlonglong" => Element::U64,
        "bool" | "Bool_t" => Element::Bool,
        _ => return None,
    })
}

/// The storage of a `Float16_t` or `Double32_t` leaf from its title's range
/// (`[low, high]` or `[low, high, bits]`), as ROOT's TStreamerElement reads it.
fn truncated(range: Option<Vec<f64>>, float16: bool) -> Result<Element, String> {
    let bits_of = |b: f64| -> Result<u32, String> {
        if b.fract() == 0.0 && (2.0..=32.0).contains(&b) {
            Ok(b as u32)
        } else {
            Err(format!("has a range with {b} bits; 2 to 32 are allowed"))
        }
    };
    Ok(match range.as_deref() {
        None => {
            if float16 {
                Element::Truncated { bits: 12 }
            } else {
                Element::F32
            }
        }
        Some([low, high]) if low == high => Element::Truncated { bits: 12 },
        Some([low, high]) => Element::Ranged {
            low: *low,
            high: *high,
            bits: 32,
        },
        Some([low, high, bits]) if low == high => Element::Truncated {
            bits: bits_of(*bits)?.min(14),
        },
        Some([low, high, bits]) => Element::Ranged {
            low: *low,
            high: *high,
            bits: bits_of(*bits)?,
        },
        Some(other) => return Err(format!("has a range of {} numbers", other.len())),
    })
}

/// The dimensions (`[3]`, `[n]`) and the range (`[0,100,12]`) of a leaf title.
fn parse_title(title: &str) -> (Vec<String>, Option<Vec<f64>>) {
    let mut dims = Vec::new();
    let mut range = None;
    let mut rest = title;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        let inside = rest[open + 1..open + close].trim();
        if inside.contains(',') {
            range = inside
                .split(',')
                .map(|v| parse_range_number(v.trim()))
                .collect::<Option<Vec<f64>>>();
        } else {
            dims.push(inside.to_string());
        }
        rest = &rest[open + close + 1..];
    }
    (dims, range)
}

/// A number in a range specification; ROOT also accepts `pi`, `2*pi`, `-pi/2`.
fn parse_range_number(text: &str) -> Option<f64> {
    let text = text.to_ascii_lowercase().replace(' ', "");
    if let Ok(v) = text.parse() {
        return Some(v);
    }
    let (sign, body) = match text.strip_prefix('-') {
        Some(b) => (-1.0, b.to_string()),
        None => (1.0, text),
    };
    let pi = std::f64::consts::PI;
    let value = match body.as_str() {
        "pi" => pi,
        "twopi" => 2.0 * pi,
        _ => {
            if let Some((a, b)) = body.split_once('*') {
                let f = |s: &str| if s == "pi" { Some(pi) } else { s.parse().ok() };
                f(a)? * f(b)?
            } else if let Some((a, b)) = body.split_once('/') {
                let f = |s: &str| if s == "pi" { Some(pi) } else { s.parse().ok() };
                f(a)? / f(b)?
            } else {
                return None;
            }
        }
    };
    Some(sign * value)
}

/// Decodes entries `lo..hi` of a basket of one value per entry into `out`
/// (`hi - lo` values).
pub(crate) fn decode_scalars(
    interp: &Interpretation,
    basket: &BasketBytes<'_>,
    lo: usize,
    hi: usize,
    out: &mut [f32],
) -> Result<(), String> {
    let size = interp.element.size();
    if basket.data.len() < basket.entries * size || hi > basket.entries || out.len() != hi - lo {
        return Err(format!(
            "holds {} bytes for {} entries of {size} bytes",
            basket.data.len(),
            basket.entries
        ));
    }
    interp
        .element
        .decode_into(&basket.data[lo * size..hi * size], out);
    Ok(())
}

/// Decodes one basket's entries: appends the values to `values` and, for
/// entries of varying length, each entry's count to `counts`.
pub(crate) fn decode_basket(
    interp: &Interpretation,
    basket: &BasketBytes<'_>,
    values: &mut Vec<f32>,
    counts: &mut Vec<u32>,
) -> Result<(), String> {
    let size = interp.element.size();
    match &interp.shape {
        Shape::Scalar | Shape::Fixed(_) => {
            let per_entry = match interp.shape {
                Shape::Fixed(n) => n,
                _ => 1,
            };
            let want = basket.entries * per_entry * size;
            if basket.data.len() < want {
                return Err(format!(
                    "holds {} bytes for {} entries of {} bytes",
                    basket.data.len(),
                    basket.entries,
                    per_entry * size
                ));
            }
            interp.element.decode(&basket.data[..want], values);
        }
        Shape::Counted { .. } | Shape::Vector => {
            let header = if interp.shape == Shape::Vector { 10 } else { 0 };
            let offsets = basket
                .offsets
                .as_ref()
                .ok_or("has entries of different sizes but no entry offsets")?;
            for pair in offsets.windows(2) {
                let bytes = &basket.data[pair[0]..pair[1]];
                let body = bytes.get(header.min(bytes.len())..).unwrap_or_default();
                if bytes.len() < header && !bytes.is_empty() || body.len() % size != 0 {
                    return Err(format!(
                        "has an entry of {} bytes, not a whole number of {}-byte values",
                        bytes.len(),
                        size
                    ));
                }
                let n = body.len() / size;
                counts.push(u32::try_from(n).map_err(|_| "has an entry of over 2^32 values")?);
                interp.element.decode(body, values);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_give_dimensions_and_ranges() {
        assert_eq!(parse_title("x"), (vec![], None));
        assert_eq!(parse_title("x[3]"), (vec!["3".to_string()], None));
        assert_eq!(parse_title("arr[n]"), (vec!["n".to_string()], None));
        assert_eq!(
            parse_title("f16r[0,100,12]"),
            (vec![], Some(vec![0.0, 100.0, 12.0]))
        );
        assert_eq!(
            parse_title("phi[-pi, pi, 10]"),
            (
                vec![],
                Some(vec![-std::f64::consts::PI, std::f64::consts::PI, 10.0])
            )
        );
    }

    #[test]
    fn truncated_floats_decode_as_root_stores_them() {
        // 1.5 = exponent 127, mantissa 0.5: top mantissa bit of 12 set.
        let bits = 12;
        let mantissa: u16 = 1 << (bits - 1);
        let b = mantissa.to_be_bytes();
        let mut out = Vec::new();
        Element::Truncated { bits }.decode(&[127, b[0], b[1]], &mut out);
        assert_eq!(out, vec![1.5]);
        let negative = (mantissa | 1 << (bits + 1)).to_be_bytes();
        Element::Truncated { bits }.decode(&[127, negative[0], negative[1]], &mut out);
        assert_eq!(out, vec![1.5, -1.5]);
    }

    #[test]
    fn ranged_values_scale_into_their_range() {
        let mut out = Vec::new();
        let half = (1u32 << 11).to_be_bytes();
        Element::Ranged {
            low: 0.0,
            high: 100.0,
            bits: 12,
        }
        .decode(&half, &mut out);
        assert_eq!(out, vec![50.0]);
    }
}
