//! Transformation definitions as options give them (`D,G`, `N(var1)`,
//! `D_Signal`), parsed before any data is seen, and resolved against a
//! dataset's variables and targets.

use serde::{Deserialize, Serialize};

use super::{Input, Kind};
use crate::data::DataSet;
use crate::error::{Error, Result};

/// A parsed, not yet fitted step.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct StepSpec {
    pub kind: Kind,
    pub class: Option<String>,
    pub selection: Vec<String>,
}

/// A parsed transformation definition (`D,G`, `N(var1)`, `D_Signal`),
/// not yet fitted: options parse it when they are read, so that a typo is
/// an error at booking rather than at training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TransformSpec {
    text: String,
    pub(super) steps: Vec<StepSpec>,
}

impl TransformSpec {
    /// Parses `definition`; errors name the option `VarTransform`.
    pub fn parse(definition: &str) -> Result<Self> {
        Ok(Self {
            text: definition.trim().to_string(),
            steps: parse_definition(definition)?,
        })
    }

    /// The definition as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether it has no step (`""`, `None`).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

impl std::str::FromStr for TransformSpec {
    type Err = Error;
    fn from_str(definition: &str) -> Result<Self> {
        Self::parse(definition)
    }
}

impl TryFrom<String> for TransformSpec {
    type Error = Error;
    fn try_from(definition: String) -> Result<Self> {
        Self::parse(&definition)
    }
}

impl From<TransformSpec> for String {
    fn from(spec: TransformSpec) -> String {
        spec.text
    }
}

impl std::fmt::Display for TransformSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

pub(super) fn parse_definition(definition: &str) -> Result<Vec<StepSpec>> {
    let text = definition.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("None") {
        return Ok(Vec::new());
    }
    // Split on top-level ',' or '+'.
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | '+' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return Err(Error::option(
                "VarTransform",
                format!("unbalanced `)` in `{text}`"),
            ));
        }
    }
    if depth != 0 {
        return Err(Error::option(
            "VarTransform",
            format!("unbalanced `(` in `{text}`"),
        ));
    }
    parts.push(&text[start..]);
    parts
        .into_iter()
        .map(|part| {
            let part = part.trim();
            let (head, selection) = match part.find('(') {
                Some(open) => {
                    let close = part.rfind(')').unwrap_or(part.len());
                    let inner = &part[open + 1..close];
                    let rest = format!("{}{}", &part[..open], &part[(close + 1).min(part.len())..]);
                    (
                        rest,
                        inner
                            .split(',')
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty())
                            .collect(),
                    )
                }
                None => (part.to_string(), Vec::new()),
            };
            let (name, class) = match head.split_once('_') {
                Some((n, c)) => (n.to_string(), Some(c.to_string())),
                None => (head.clone(), None),
            };
            let kind = Kind::parse(name.trim()).ok_or_else(|| {
                Error::option(
                    "VarTransform",
                    format!(
                        "unknown transformation `{name}` in `{text}`; expected I, N, D, P, G or U"
                    ),
                )
            })?;
            let class = class.filter(|c| c != "AllClasses");
            Ok(StepSpec {
                kind,
                class,
                selection,
            })
        })
        .collect()
}

pub(super) fn resolve_inputs(spec: &StepSpec, ds: &DataSet) -> Result<Vec<Input>> {
    let default: Vec<String> = if spec.kind.includes_targets_by_default() {
        vec!["_V_".into(), "_T_".into()]
    } else {
        vec!["_V_".into()]
    };
    let tokens = if spec.selection.is_empty() {
        &default
    } else {
        &spec.selection
    };
    let mut out = Vec::new();
    let mut push = |input: Input| {
        if !out.contains(&input) {
            out.push(input);
        }
    };
    for token in tokens {
        let indexed = |prefix: &str| {
            token
                .strip_prefix(prefix)
                .and_then(|r| r.strip_suffix('_'))
                .and_then(|r| r.parse::<usize>().ok())
        };
        if token == "_V_" {
            (0..ds.variables.len()).for_each(|i| push(Input::Variable(i)));
        } else if token == "_T_" {
            (0..ds.targets.len()).for_each(|i| push(Input::Target(i)));
        } else if let Some(i) = indexed("_V") {
            if i >= ds.variables.len() {
                return Err(Error::option(
                    "VarTransform",
                    format!("`{token}`: there are {} variables", ds.variables.len()),
                ));
            }
            push(Input::Variable(i));
        } else if let Some(i) = indexed("_T") {
            if i >= ds.targets.len() {
                return Err(Error::option(
                    "VarTransform",
                    format!("`{token}`: there are {} targets", ds.targets.len()),
                ));
            }
            push(Input::Target(i));
        } else if let Some(i) = ds
            .variables
            .iter()
            .position(|v| &v.label == token || &v.expression == token)
        {
            push(Input::Variable(i));
        } else if let Some(i) = ds
            .targets
            .iter()
            .position(|v| &v.label == token || &v.expression == token)
        {
            push(Input::Target(i));
        } else {
            return Err(Error::option(
                "VarTransform",
                format!(
                    "`{token}` is not a variable or target; the variables are {}",
                    ds.variables
                        .iter()
                        .map(|v| v.label.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    if out.is_empty() {
        return Err(Error::option(
            "VarTransform",
            format!("`{}` selects no inputs", spec.kind.letter()),
        ));
    }
    Ok(out)
}
