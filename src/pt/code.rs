//! The `code/` folder of TorchScript archives: where module constants live.
//!
//! Scripted modules keep settings such as `Softmax.dim` or `Dropout.p` only
//! as class constants (`dim : Final[int] = 1`); traced modules keep them only
//! as literal arguments of the forward's calls (`torch.softmax(x, 1)`). This
//! reads both from the class source, with a parser of exactly those two
//! shapes, never executing anything.

use std::collections::BTreeMap;

/// The source of each class in an archive's `code/`, by qualified name
/// (`__torch__.torch.nn.modules.linear.___torch_mangle_0.Linear`).
#[derive(Debug, Default)]
pub(crate) struct CodeIndex {
    classes: BTreeMap<String, String>,
}

/// A literal from the class source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Literal {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    None,
}

impl Literal {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Literal::Int(i) => Some(*i as f64),
            Literal::Float(f) => Some(*f),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Literal::Int(i) => Some(*i),
            _ => None,
        }
    }
}

/// Positional arguments (`None` where not a literal) and keyword arguments of a call.
pub(crate) type CallArgs = (Vec<Option<Literal>>, BTreeMap<String, Literal>);

impl CodeIndex {
    /// Indexes the `.py` files among `entries` (names below the archive's top folder).
    pub fn new<'a>(entries: impl Iterator<Item = (&'a String, &'a Vec<u8>)>) -> Self {
        let mut classes = BTreeMap::new();
        for (name, bytes) in entries {
            let Some(module) = name
                .strip_prefix("code/")
                .and_then(|n| n.strip_suffix(".py"))
            else {
                continue;
            };
            let Ok(text) = std::str::from_utf8(bytes) else {
                continue;
            };
            let module = module.replace('/', ".");
            let mut current: Option<(String, String)> = None;
            for line in text.lines() {
                if let Some(rest) = line.strip_prefix("class ") {
                    if let Some((name, body)) = current.take() {
                        classes.insert(name, body);
                    }
                    let class = rest.split(['(', ':']).next().unwrap_or("").trim();
                    current = Some((format!("{module}.{class}"), String::new()));
                } else if !line.starts_with(' ') && !line.is_empty() {
                    if let Some((name, body)) = current.take() {
                        classes.insert(name, body);
                    }
                } else if let Some((_, body)) = current.as_mut() {
                    body.push_str(line);
                    body.push('\n');
                }
            }
            if let Some((name, body)) = current.take() {
                classes.insert(name, body);
            }
        }
        Self { classes }
    }

    /// The body of class `qualified`, if the archive has its source.
    pub fn class(&self, qualified: &str) -> Option<&str> {
        self.classes.get(qualified).map(String::as_str)
    }

    /// The class constant `name` (`  name : Final[T] = value`).
    pub fn constant(&self, qualified: &str, name: &str) -> Option<Literal> {
        let body = self.class(qualified)?;
        body.lines().find_map(|line| {
            let (lhs, rhs) = line.trim().split_once('=')?;
            let (attr, ty) = lhs.split_once(':')?;
            (attr.trim() == name && ty.trim().starts_with("Final["))
                .then(|| parse_literal(rhs.trim()))
                .flatten()
        })
    }

    /// The literal arguments of the first call of `function` (e.g.
    /// `torch.softmax`) in the class's methods: positional ones in order, as
    /// `None` where an argument is not a literal, and keyword ones by name.
    pub fn call_args(&self, qualified: &str, function: &str) -> Option<CallArgs> {
        let body = self.class(qualified)?;
        let needle = format!("{function}(");
        let start = body.find(&needle)? + needle.len();
        let rest = &body[start..];
        let mut depth = 0usize;
        let mut end = rest.len();
        let mut in_string = false;
        for (i, c) in rest.char_indices() {
            match c {
                '"' => in_string = !in_string,
                '(' | '[' if !in_string => depth += 1,
                ')' | ']' if !in_string => {
                    if depth == 0 {
                        end = i;
                        break;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        let mut positional = Vec::new();
        let mut keywords = BTreeMap::new();
        for arg in split_top_level(&rest[..end]) {
            let arg = arg.trim();
            if arg.is_empty() {
                continue;
            }
            match arg.split_once('=') {
                Some((key, value)) if is_identifier(key.trim()) => {
                    if let Some(v) = parse_literal(value.trim()) {
                        keywords.insert(key.trim().to_string(), v);
                    }
                }
                _ => positional.push(parse_literal(arg)),
            }
        }
        Some((positional, keywords))
    }
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

fn split_top_level(args: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut in_string) = (0usize, 0usize, false);
    for (i, c) in args.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '(' | '[' if !in_string => depth += 1,
            ')' | ']' if !in_string => depth = depth.saturating_sub(1),
            ',' if depth == 0 && !in_string => {
                parts.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&args[start..]);
    parts
}

/// Parses a Python literal: integer, float, `True`/`False`, `None`, or a
/// double- or single-quoted string without escapes.
pub(crate) fn parse_literal(text: &str) -> Option<Literal> {
    match text {
        "True" => return Some(Literal::Bool(true)),
        "False" => return Some(Literal::Bool(false)),
        "None" => return Some(Literal::None),
        _ => {}
    }
    if text.len() >= 2
        && ((text.starts_with('"') && text.ends_with('"'))
            || (text.starts_with('\'') && text.ends_with('\'')))
    {
        return Some(Literal::Str(text[1..text.len() - 1].to_string()));
    }
    if let Ok(i) = text.parse::<i64>() {
        return Some(Literal::Int(i));
    }
    let float_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+'));
    if float_like && let Ok(f) = text.parse::<f64>() {
        return Some(Literal::Float(f));
    }
    match text {
        "inf" => Some(Literal::Float(f64::INFINITY)),
        "-inf" => Some(Literal::Float(f64::NEG_INFINITY)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "class Softmax(Module):
  __parameters__ = []
  training : bool
  dim : Final[int] = -1
  def forward(self: __torch__.torch.nn.modules.activation.Softmax,
    input: Tensor) -> Tensor:
    return torch.softmax(input, -1)
class LeakyReLU(Module):
  __parameters__ = []
  def forward(self: __torch__.torch.nn.modules.activation.LeakyReLU,
    argument_1: Tensor) -> Tensor:
    input = torch.leaky_relu(argument_1, 0.20000000000000001)
    return input
class GELU(Module):
  approximate : Final[str] = \"tanh\"
  def forward(self, input: Tensor) -> Tensor:
    return torch.gelu(input, approximate=\"tanh\")
";

    fn index() -> CodeIndex {
        let entries = [(
            "code/__torch__/torch/nn/modules/activation.py".to_string(),
            SOURCE.as_bytes().to_vec(),
        )];
        CodeIndex::new(entries.iter().map(|(k, v)| (k, v)))
    }

    #[test]
    fn reads_constants_and_call_arguments() {
        let code = index();
        let softmax = "__torch__.torch.nn.modules.activation.Softmax";
        assert_eq!(code.constant(softmax, "dim"), Some(Literal::Int(-1)));
        assert_eq!(code.constant(softmax, "training"), None);
        let leaky = "__torch__.torch.nn.modules.activation.LeakyReLU";
        let (args, _) = code.call_args(leaky, "torch.leaky_relu").unwrap();
        assert_eq!(args, vec![None, Some(Literal::Float(0.2))]);
        let gelu = "__torch__.torch.nn.modules.activation.GELU";
        assert_eq!(
            code.constant(gelu, "approximate"),
            Some(Literal::Str("tanh".into()))
        );
        let (_, kw) = code.call_args(gelu, "torch.gelu").unwrap();
        assert_eq!(kw["approximate"], Literal::Str("tanh".into()));
        assert!(code.class("__torch__.Missing").is_none());
    }
}
