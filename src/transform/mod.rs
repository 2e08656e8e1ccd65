//! TMVA's variable transformations (`VarTransform=` / `Transformations=`):
//! `I` identity, `N` normalisation to [-1, 1], `D` decorrelation, `P`
//! principal components, `G` Gaussianisation and `U` uniformisation, chained
//! left to right (`D,G`), each with an optional reference class (`D_Signal`,
//! `G_AllClasses`; all classes by default, as in TMVA) and input selection
//! (`N(var1,var2)`, `N(_V0_,_T0_)`; TMVA's defaults: variables for I, D, P, G;
//! variables and targets for N and U).
//!
//! Each step is fitted on the training events after the previous steps, and
//! stored as plain data (serde) so weight files can carry it. TMVA's
//! algorithms, with two documented differences:
//! - `P`: eigenvectors follow a fixed sign convention (largest component
//!   positive); TMVA inherits whatever sign ROOT's eigen-solver returns.
//! - `G`/`U`: the cumulative distribution uses TMVA's adaptive equal-weight
//!   binning and linear interpolation between bin centres, but not the
//!   `TH1::Smooth` pass ROOT applies to the histogram first.
//!
//! Inverses are exact for `I`, `N`, `D`, `P` and, inside the fitted range,
//! `G` and `U` (TMVA has none for `D` and `P`); regression targets use them.

mod linalg;

use serde::{Deserialize, Serialize};

use crate::data::{DataSet, Sample};
use crate::error::{Error, Result};

/// One input of a transformation step: a variable or a target, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Input {
    /// Variable `i`.
    Variable(usize),
    /// Target `i`.
    Target(usize),
}

/// Which transformation a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// `I`
    Identity,
    /// `N`
    Normalize,
    /// `D`
    Decorrelate,
    /// `P`
    Pca,
    /// `G`
    Gauss,
    /// `U`
    Uniform,
}

impl Kind {
    fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "I" | "Ident" | "Identity" => Kind::Identity,
            "N" | "Norm" | "Normalise" | "Normalize" => Kind::Normalize,
            "D" | "Deco" | "Decorrelate" => Kind::Decorrelate,
            "P" | "PCA" => Kind::Pca,
            "G" | "Gauss" => Kind::Gauss,
            "U" | "Uniform" => Kind::Uniform,
            _ => return None,
        })
    }

    /// TMVA's one-letter name.
    pub fn letter(self) -> &'static str {
        match self {
            Kind::Identity => "I",
            Kind::Normalize => "N",
            Kind::Decorrelate => "D",
            Kind::Pca => "P",
            Kind::Gauss => "G",
            Kind::Uniform => "U",
        }
    }

    fn includes_targets_by_default(self) -> bool {
        matches!(self, Kind::Normalize | Kind::Uniform)
    }
}

/// A piecewise-linear cumulative distribution: increasing `x`, `y` in [0, 1].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cumulative {
    /// Bin centres.
    pub x: Vec<f64>,
    /// Cumulative fraction at each centre.
    pub y: Vec<f64>,
}

impl Cumulative {
    fn check(&self) -> std::result::Result<(), String> {
        if self.x.is_empty() || self.x.len() != self.y.len() {
            return Err(format!(
                "{} bin centres and {} cumulative fractions (both must be equal and at least 1)",
                self.x.len(),
                self.y.len()
            ));
        }
        if let Some(i) = self.x.iter().position(|v| !v.is_finite()) {
            return Err(format!("bin centre {i} is {}", self.x[i]));
        }
        if let Some(i) = self.y.iter().position(|v| !(0.0..=1.0).contains(v)) {
            return Err(format!("fraction {i} is {}, not within [0, 1]", self.y[i]));
        }
        let decreasing = |v: &[f64]| v.windows(2).position(|w| w[1] < w[0]);
        if let Some(i) = decreasing(&self.x) {
            return Err(format!("bin centres decrease at {}", i + 1));
        }
        if let Some(i) = decreasing(&self.y) {
            return Err(format!("fractions decrease at {}", i + 1));
        }
        Ok(())
    }

    fn eval(&self, v: f64) -> f64 {
        interpolate(&self.x, &self.y, v)
    }
    fn inverse(&self, c: f64) -> f64 {
        interpolate(&self.y, &self.x, c)
    }
}

/// Linear interpolation in the increasing table `xs` → `ys`, clamped at the
/// ends; NaN stays NaN.
fn interpolate(xs: &[f64], ys: &[f64], v: f64) -> f64 {
    let n = xs.len();
    if v.is_nan() {
        return v;
    }
    if n == 1 || v <= xs[0] {
        return ys[0];
    }
    if v >= xs[n - 1] {
        return ys[n - 1];
    }
    let k = xs.partition_point(|&x| x <= v);
    let (x0, x1, y0, y1) = (xs[k - 1], xs[k], ys[k - 1], ys[k]);
    if x1 == x0 {
        y1
    } else {
        y0 + (y1 - y0) * (v - x0) / (x1 - x0)
    }
}

/// The fitted parameters of one step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Params {
    /// Nothing to fit.
    Identity,
    /// `x' = 2 (x - min) / (max - min) - 1` per input.
    Normalize {
        /// Minimum per input.
        min: Vec<f64>,
        /// Maximum per input.
        max: Vec<f64>,
    },
    /// `x' = C^{-1/2} x` with `C` the weighted covariance (no centring, as TMVA).
    Decorrelate {
        /// `C^{-1/2}`, row-major.
        matrix: Vec<f64>,
        /// `C^{1/2}`, row-major (the inverse).
        inverse: Vec<f64>,
    },
    /// `p_k = Σ_j (x_j - mean_j) e_jk` with `e_·k` the k-th principal axis.
    Pca {
        /// Mean per input.
        mean: Vec<f64>,
        /// Eigenvectors as columns, row-major, by decreasing eigenvalue.
        axes: Vec<f64>,
    },
    /// Cumulative distribution per input; `G` maps it through the inverse
    /// normal CDF, `U` outputs it.
    Cumulative {
        /// One per input.
        cdfs: Vec<Cumulative>,
    },
}

/// One fitted transformation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Which transformation.
    pub kind: Kind,
    /// Reference class name, or `None` for all classes.
    pub class: Option<String>,
    /// The inputs it reads and writes.
    pub inputs: Vec<Input>,
    /// The fitted parameters.
    pub params: Params,
}

/// Reusable buffers of [`Transformations::apply_with`].
#[derive(Debug, Clone, Default)]
pub struct ApplyScratch {
    row: Vec<f64>,
    idx: Vec<usize>,
    x: Vec<f64>,
    y: Vec<f64>,
}

/// A chain of fitted transformations, applied in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Transformations {
    /// The definition it was fitted from (e.g. `D,G`).
    pub definition: String,
    /// The steps.
    pub steps: Vec<Step>,
}

/// A parsed, not yet fitted step.
#[derive(Debug, Clone, PartialEq)]
struct StepSpec {
    kind: Kind,
    class: Option<String>,
    selection: Vec<String>,
}

/// A parsed transformation definition (`D,G`, `N(var1)`, `D_Signal`),
/// not yet fitted: options parse it when they are read, so that a typo is
/// an error at booking rather than at training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TransformSpec {
    text: String,
    steps: Vec<StepSpec>,
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

fn parse_definition(definition: &str) -> Result<Vec<StepSpec>> {
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

fn resolve_inputs(spec: &StepSpec, ds: &DataSet) -> Result<Vec<Input>> {
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

/// The training events as `f64` rows of `[variables | targets]`, with weights and classes.
struct Rows {
    n_vars: usize,
    width: usize,
    values: Vec<f64>,
    weights: Vec<f64>,
    classes: Vec<u16>,
}

impl Rows {
    fn from_sample(sample: &Sample) -> Self {
        let (nv, nt) = (sample.n_variables, sample.n_targets);
        let mut values = Vec::with_capacity(sample.len() * (nv + nt));
        for i in 0..sample.len() {
            values.extend(
                sample.variables[i * nv..(i + 1) * nv]
                    .iter()
                    .map(|&v| v as f64),
            );
            values.extend(
                sample.targets[i * nt..(i + 1) * nt]
                    .iter()
                    .map(|&v| v as f64),
            );
        }
        Self {
            n_vars: nv,
            width: nv + nt,
            values,
            weights: sample.weights.iter().map(|&w| w as f64).collect(),
            classes: sample.classes.clone(),
        }
    }
    fn len(&self) -> usize {
        self.weights.len()
    }
    fn column(&self, input: Input) -> usize {
        match input {
            Input::Variable(i) => i,
            Input::Target(i) => self.n_vars + i,
        }
    }
}

impl Transformations {
    /// Fits the chain `spec` on the training events of `dataset`.
    pub fn fit(spec: &TransformSpec, dataset: &DataSet) -> Result<Self> {
        let specs = spec.steps.clone();
        let mut rows = Rows::from_sample(&dataset.train);
        let mut steps = Vec::with_capacity(specs.len());
        for spec in specs {
            let class_index = match &spec.class {
                None => None,
                Some(name) => Some(dataset.classes.iter().position(|c| c == name).ok_or_else(
                    || {
                        Error::option(
                            "VarTransform",
                            format!(
                                "class `{name}` of `{}_{name}` is not one of {}",
                                spec.kind.letter(),
                                dataset.classes.join(", ")
                            ),
                        )
                    },
                )? as u16),
            };
            let inputs = resolve_inputs(&spec, dataset)?;
            let params = fit_step(spec.kind, &inputs, &rows, class_index)?;
            let step = Step {
                kind: spec.kind,
                class: spec.class.clone(),
                inputs,
                params,
            };
            let mut scratch = ApplyScratch::default();
            for r in rows.values.chunks_mut(rows.width) {
                step.forward(r, rows.n_vars, &mut scratch)?;
            }
            steps.push(step);
        }
        Ok(Self {
            definition: spec.text.clone(),
            steps,
        })
    }

    /// Checks fitted transformations read from a file against themselves
    /// and against the method's `n_variables` and `n_targets`: the steps
    /// match the definition, every input exists once, every parameter array
    /// has its input count's length and holds finite numbers, and every
    /// cumulative distribution is increasing, within [0, 1] and not empty.
    /// The message says which step and what is wrong.
    pub fn check(&self, n_variables: usize, n_targets: usize) -> std::result::Result<(), String> {
        let specs = parse_definition(&self.definition).map_err(|e| e.to_string())?;
        let letters = |kinds: &mut dyn Iterator<Item = Kind>| {
            kinds.map(Kind::letter).collect::<Vec<_>>().join(",")
        };
        let expected = letters(&mut specs.iter().map(|s| s.kind));
        let stored = letters(&mut self.steps.iter().map(|s| s.kind));
        if expected != stored {
            return Err(format!(
                "the definition `{}` has the steps [{expected}] but the fitted data has [{stored}]",
                self.definition
            ));
        }
        for (number, step) in self.steps.iter().enumerate() {
            step.check(n_variables, n_targets)
                .map_err(|e| format!("step {} (`{}`): {e}", number + 1, step.kind.letter()))?;
        }
        Ok(())
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Transforms one event in place: `variables`, and `targets` when known.
    /// A step that mixes variables and targets in one linear map (D, P)
    /// needs the targets.
    pub fn apply(&self, variables: &mut [f64], targets: Option<&mut [f64]>) -> Result<()> {
        self.apply_with(variables, targets, &mut ApplyScratch::default())
    }

    /// [`apply`](Self::apply) with reusable buffers: no allocation per event
    /// once `scratch` has grown (the Reader's per-event path).
    pub fn apply_with(
        &self,
        variables: &mut [f64],
        targets: Option<&mut [f64]>,
        scratch: &mut ApplyScratch,
    ) -> Result<()> {
        let nv = variables.len();
        let mut row = std::mem::take(&mut scratch.row);
        row.clear();
        row.extend_from_slice(variables);
        let has_targets = targets.is_some();
        if let Some(t) = &targets {
            row.extend_from_slice(t);
        }
        for step in &self.steps {
            if !has_targets && step.inputs.iter().any(|i| matches!(i, Input::Target(_))) {
                if matches!(step.kind, Kind::Decorrelate | Kind::Pca) {
                    return Err(Error::option(
                        "VarTransform",
                        format!(
                            "`{}` mixes variables and targets and needs the targets",
                            step.kind.letter()
                        ),
                    ));
                }
                let only_vars = step.restricted_to_variables();
                only_vars.forward(&mut row, nv, scratch)?;
            } else {
                step.forward(&mut row, nv, scratch)?;
            }
        }
        variables.copy_from_slice(&row[..nv]);
        if let Some(t) = targets {
            t.copy_from_slice(&row[nv..]);
        }
        scratch.row = row;
        Ok(())
    }

    /// Transforms every event of `sample` (variables and targets) and returns the result.
    pub fn apply_sample(&self, sample: &Sample) -> Result<Sample> {
        let mut out = sample.clone();
        let (nv, nt) = (sample.n_variables, sample.n_targets);
        let mut vars = vec![0.0f64; nv];
        let mut targets = vec![0.0f64; nt];
        let mut scratch = ApplyScratch::default();
        for i in 0..sample.len() {
            for (d, s) in vars.iter_mut().zip(&sample.variables[i * nv..(i + 1) * nv]) {
                *d = *s as f64;
            }
            for (d, s) in targets
                .iter_mut()
                .zip(&sample.targets[i * nt..(i + 1) * nt])
            {
                *d = *s as f64;
            }
            self.apply_with(&mut vars, Some(&mut targets), &mut scratch)?;
            for (d, s) in out.variables[i * nv..(i + 1) * nv].iter_mut().zip(&vars) {
                *d = *s as f32;
            }
            for (d, s) in out.targets[i * nt..(i + 1) * nt].iter_mut().zip(&targets) {
                *d = *s as f32;
            }
        }
        Ok(out)
    }

    /// Maps transformed regression targets back to the original scale
    /// (steps in reverse order). Steps that mix targets with variables in a
    /// linear map cannot be undone from the targets alone: an error.
    pub fn inverse_targets(&self, targets: &mut [f64]) -> Result<()> {
        for step in self.steps.iter().rev() {
            let target_inputs: Vec<(usize, usize)> = step
                .inputs
                .iter()
                .enumerate()
                .filter_map(|(k, i)| match i {
                    Input::Target(t) => Some((k, *t)),
                    Input::Variable(_) => None,
                })
                .collect();
            if target_inputs.is_empty() {
                continue;
            }
            if target_inputs.len() != step.inputs.len()
                && matches!(step.kind, Kind::Decorrelate | Kind::Pca)
            {
                return Err(Error::option(
                    "VarTransform",
                    format!(
                        "`{}` mixes variables and targets; its inverse needs the variables too",
                        step.kind.letter()
                    ),
                ));
            }
            let mut x: Vec<f64> = target_inputs.iter().map(|(_, t)| targets[*t]).collect();
            step.inverse_subset(
                &mut x,
                &target_inputs.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            );
            for ((_, t), v) in target_inputs.iter().zip(x) {
                targets[*t] = v;
            }
        }
        Ok(())
    }
}

impl Step {
    fn check(&self, n_variables: usize, n_targets: usize) -> std::result::Result<(), String> {
        if self.inputs.is_empty() {
            return Err("it has no inputs".into());
        }
        for (k, input) in self.inputs.iter().enumerate() {
            match *input {
                Input::Variable(i) if i >= n_variables => {
                    return Err(format!(
                        "input {k} is variable {i}, but there are {n_variables} variables"
                    ));
                }
                Input::Target(i) if i >= n_targets => {
                    return Err(format!(
                        "input {k} is target {i}, but there are {n_targets} targets"
                    ));
                }
                _ => {}
            }
            if self.inputs[..k].contains(input) {
                return Err(format!("input {k} ({input:?}) appears twice"));
            }
        }
        let n = self.inputs.len();
        let sized = |name: &str, values: &[f64], len: usize| {
            if values.len() != len {
                return Err(format!(
                    "`{name}` has {} values; {n} inputs need {len}",
                    values.len()
                ));
            }
            match values.iter().position(|v| !v.is_finite()) {
                Some(i) => Err(format!("`{name}`[{i}] is {}", values[i])),
                None => Ok(()),
            }
        };
        let matching = match (&self.params, self.kind) {
            (Params::Identity, Kind::Identity) => true,
            (Params::Normalize { min, max }, Kind::Normalize) => {
                sized("min", min, n)?;
                sized("max", max, n)?;
                true
            }
            (Params::Decorrelate { matrix, inverse }, Kind::Decorrelate) => {
                sized("matrix", matrix, n * n)?;
                sized("inverse", inverse, n * n)?;
                true
            }
            (Params::Pca { mean, axes }, Kind::Pca) => {
                sized("mean", mean, n)?;
                sized("axes", axes, n * n)?;
                true
            }
            (Params::Cumulative { cdfs }, Kind::Gauss | Kind::Uniform) => {
                if cdfs.len() != n {
                    return Err(format!(
                        "{} cumulative distributions for {n} inputs",
                        cdfs.len()
                    ));
                }
                for (k, cdf) in cdfs.iter().enumerate() {
                    cdf.check()
                        .map_err(|e| format!("cumulative distribution {k}: {e}"))?;
                }
                true
            }
            _ => false,
        };
        if !matching {
            return Err("its parameters belong to another kind of transformation".into());
        }
        Ok(())
    }

    fn restricted_to_variables(&self) -> Step {
        let keep: Vec<usize> = (0..self.inputs.len())
            .filter(|&k| matches!(self.inputs[k], Input::Variable(_)))
            .collect();
        let pick = |v: &Vec<f64>| keep.iter().map(|&k| v[k]).collect::<Vec<f64>>();
        let params = match &self.params {
            Params::Normalize { min, max } => Params::Normalize {
                min: pick(min),
                max: pick(max),
            },
            Params::Cumulative { cdfs } => Params::Cumulative {
                cdfs: keep.iter().map(|&k| cdfs[k].clone()).collect(),
            },
            other => other.clone(),
        };
        Step {
            kind: self.kind,
            class: self.class.clone(),
            inputs: keep.iter().map(|&k| self.inputs[k]).collect(),
            params,
        }
    }

    fn forward(&self, row: &mut [f64], n_vars: usize, scratch: &mut ApplyScratch) -> Result<()> {
        let ApplyScratch { idx, x, y, .. } = scratch;
        idx.clear();
        idx.extend(self.inputs.iter().map(|i| match i {
            Input::Variable(v) => *v,
            Input::Target(t) => n_vars + t,
        }));
        if let Some(&bad) = idx.iter().find(|&&i| i >= row.len()) {
            return Err(Error::shape(
                "transformation input",
                format!("index < {}", row.len()),
                bad,
            ));
        }
        x.clear();
        x.extend(idx.iter().map(|&i| row[i]));
        self.map_into(x, y);
        for (&i, &v) in idx.iter().zip(y.iter()) {
            row[i] = v;
        }
        Ok(())
    }

    /// The step's map of its inputs `x`, written to `out` (no allocation
    /// once `out` has the capacity).
    fn map_into(&self, x: &[f64], out: &mut Vec<f64>) {
        out.clear();
        let n = x.len();
        match &self.params {
            Params::Identity => out.extend_from_slice(x),
            Params::Normalize { min, max } => out.extend(x.iter().enumerate().map(|(k, &v)| {
                let range = max[k] - min[k];
                if range > 0.0 {
                    2.0 * (v - min[k]) / range - 1.0
                } else {
                    0.0
                }
            })),
            Params::Decorrelate { matrix, .. } => {
                out.extend((0..n).map(|i| (0..n).map(|j| matrix[i * n + j] * x[j]).sum::<f64>()))
            }
            Params::Pca { mean, axes } => out.extend((0..n).map(|k| {
                (0..n)
                    .map(|j| (x[j] - mean[j]) * axes[j * n + k])
                    .sum::<f64>()
            })),
            Params::Cumulative { cdfs } => out.extend(x.iter().zip(cdfs).map(|(&v, cdf)| {
                let c = cdf.eval(v).clamp(1e-9, 1.0 - 1e-9);
                if self.kind == Kind::Uniform {
                    c
                } else {
                    let arg = (2.0 * c - 1.0).clamp(-0.99999999, 0.99999999);
                    std::f64::consts::SQRT_2 * erf_inv(arg)
                }
            })),
        }
    }

    /// Inverts the components `ks` of the step's inputs (all of them for D and P).
    fn inverse_subset(&self, x: &mut [f64], ks: &[usize]) {
        match &self.params {
            Params::Identity => {}
            Params::Normalize { min, max } => {
                for (v, &k) in x.iter_mut().zip(ks) {
                    *v = (*v + 1.0) / 2.0 * (max[k] - min[k]) + min[k];
                }
            }
            Params::Decorrelate { inverse, .. } => {
                let y = mat_vec(inverse, x, x.len());
                x.copy_from_slice(&y);
            }
            Params::Pca { mean, axes } => {
                let n = x.len();
                let y: Vec<f64> = (0..n)
                    .map(|j| mean[j] + (0..n).map(|k| axes[j * n + k] * x[k]).sum::<f64>())
                    .collect();
                x.copy_from_slice(&y);
            }
            Params::Cumulative { cdfs } => {
                for (v, &k) in x.iter_mut().zip(ks) {
                    let c = if self.kind == Kind::Uniform {
                        *v
                    } else {
                        (libm::erf(*v / std::f64::consts::SQRT_2) + 1.0) / 2.0
                    };
                    *v = cdfs[k].inverse(c);
                }
            }
        }
    }
}

fn mat_vec(m: &[f64], x: &[f64], n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| (0..n).map(|j| m[i * n + j] * x[j]).sum())
        .collect()
}

fn fit_step(kind: Kind, inputs: &[Input], rows: &Rows, class: Option<u16>) -> Result<Params> {
    let cols: Vec<usize> = inputs.iter().map(|&i| rows.column(i)).collect();
    let selected: Vec<usize> = (0..rows.len())
        .filter(|&e| class.is_none_or(|c| rows.classes[e] == c))
        .collect();
    if selected.is_empty() {
        return Err(Error::Data(format!(
            "transformation `{}` has no training events of its reference class to fit on",
            kind.letter()
        )));
    }
    let value = |e: usize, k: usize| rows.values[e * rows.width + cols[k]];
    let n = cols.len();
    Ok(match kind {
        Kind::Identity => Params::Identity,
        Kind::Normalize => {
            let mut min = vec![f64::INFINITY; n];
            let mut max = vec![f64::NEG_INFINITY; n];
            for &e in &selected {
                for k in 0..n {
                    min[k] = min[k].min(value(e, k));
                    max[k] = max[k].max(value(e, k));
                }
            }
            Params::Normalize { min, max }
        }
        Kind::Decorrelate => {
            let mut sum = vec![0.0; n];
            let mut sum2 = vec![0.0; n * n];
            let mut total = 0.0;
            for &e in &selected {
                let w = rows.weights[e];
                total += w;
                for i in 0..n {
                    sum[i] += w * value(e, i);
                    for j in 0..n {
                        sum2[i * n + j] += w * value(e, i) * value(e, j);
                    }
                }
            }
            let cov: Vec<f64> = (0..n * n)
                .map(|ij| sum2[ij] / total - sum[ij / n] * sum[ij % n] / (total * total))
                .collect();
            let (values, vectors) = linalg::symmetric_eigen(&cov, n);
            if let Some(bad) = values.iter().find(|&&v| v.is_nan() || v <= 0.0) {
                return Err(Error::Data(format!(
                    "decorrelation: the covariance matrix is not positive definite (eigenvalue {bad}); \
                     are two inputs identical or constant?"
                )));
            }
            Params::Decorrelate {
                matrix: linalg::spectral_map(&values, &vectors, n, |v| 1.0 / v.sqrt()),
                inverse: linalg::spectral_map(&values, &vectors, n, f64::sqrt),
            }
        }
        Kind::Pca => {
            let count = selected.len() as f64;
            let mean: Vec<f64> = (0..n)
                .map(|k| selected.iter().map(|&e| value(e, k)).sum::<f64>() / count)
                .collect();
            let mut cov = vec![0.0; n * n];
            for &e in &selected {
                for i in 0..n {
                    for j in 0..n {
                        cov[i * n + j] += (value(e, i) - mean[i]) * (value(e, j) - mean[j]);
                    }
                }
            }
            cov.iter_mut().for_each(|c| *c /= count);
            let (_, axes) = linalg::symmetric_eigen(&cov, n);
            Params::Pca { mean, axes }
        }
        Kind::Gauss | Kind::Uniform => Params::Cumulative {
            cdfs: (0..n)
                .map(|k| {
                    let pairs: Vec<(f64, f64)> = selected
                        .iter()
                        .map(|&e| (value(e, k) as f32 as f64, rows.weights[e]))
                        .collect();
                    cumulative(pairs)
                })
                .collect(),
        },
    })
}

/// TMVA's `VariableGaussTransform::GetCumulativeDist` for one input: bins of
/// about equal weight (at most 2000, at least 10 times the smallest weight),
/// a weighted histogram, its running sum over positive bins normalised to
/// one, read at the bin centres.
fn cumulative(mut pairs: Vec<(f64, f64)>) -> Cumulative {
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let total_weight: f64 = pairs.iter().map(|p| p.1).sum();
    let min_weight = pairs.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let per_bin = (total_weight / 2000.0).max(min_weight * 10.0);
    // TMVA works in single precision here.
    let eps = 1e-4f32 as f64;
    let first = pairs[0].0;
    let mut edges = vec![first - eps, first];
    let mut sum = 0.0;
    let mut last = first;
    for &(v, w) in &pairs {
        sum += w;
        if sum >= per_bin && v > last {
            edges.push(v);
            sum = 0.0;
            last = v;
        }
    }
    if sum != 0.0 && pairs[pairs.len() - 1].0 > *edges.last().expect("two edges") {
        edges.push(pairs[pairs.len() - 1].0);
    }
    // Histogram fill: a value on an edge belongs to the bin it opens, and the
    // last edge is an overflow boundary (ROOT's TH1 convention).
    let bins = edges.len() - 1;
    let mut content = vec![0.0; bins];
    for &(v, w) in &pairs {
        if v < edges[0] || v >= edges[bins] {
            continue;
        }
        let b = edges.partition_point(|&e| e <= v) - 1;
        content[b] += w;
    }
    let positive: f64 = content.iter().filter(|&&c| c > 0.0).sum();
    let mut running = 0.0;
    let mut x = Vec::with_capacity(bins);
    let mut y = Vec::with_capacity(bins);
    for b in 0..bins {
        if content[b] > 0.0 {
            running += content[b];
        }
        x.push(0.5 * (edges[b] + edges[b + 1]));
        y.push(if positive > 0.0 {
            running / positive
        } else {
            0.0
        });
    }
    Cumulative { x, y }
}

/// The inverse error function: a rational first guess refined by Newton steps on `libm::erf`.
pub fn erf_inv(y: f64) -> f64 {
    if y <= -1.0 {
        return f64::NEG_INFINITY;
    }
    if y >= 1.0 {
        return f64::INFINITY;
    }
    // Giles (2010), single-precision approximation, then Newton.
    let w = -((1.0 - y) * (1.0 + y)).ln();
    let mut x = if w < 5.0 {
        let w = w - 2.5;
        let mut p = 2.810_226_36e-08;
        for c in [
            3.432_739_39e-07,
            -3.523_387_7e-06,
            -4.391_506_54e-06,
            0.000_218_580_87,
            -0.001_253_725_03,
            -0.004_177_681_64,
            0.246_640_727,
            1.501_409_41,
        ] {
            p = c + p * w;
        }
        p * y
    } else {
        let w = w.sqrt() - 3.0;
        let mut p = -0.000_200_214_257;
        for c in [
            0.000_100_950_558,
            0.001_349_343_22,
            -0.003_673_428_44,
            0.005_739_507_73,
            -0.007_622_461_3,
            0.009_438_870_47,
            1.001_674_06,
            2.832_976_82,
        ] {
            p = c + p * w;
        }
        p * y
    };
    // One Halley step (f = erf(x) - y, f'' = -2x f'): it triples the correct
    // digits, so the approximation's ~1e-7 becomes machine precision.
    let err = libm::erf(x) - y;
    let slope = 2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp();
    x -= err / (slope * (1.0 + x * err));
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_inv_inverts_erf() {
        for y in [
            -0.999999, -0.9, -0.5, -1e-6, 0.0, 0.3, 0.7, 0.99, 0.99999999,
        ] {
            let x = erf_inv(y);
            assert!((libm::erf(x) - y).abs() < 1e-14, "{y}: {x}");
        }
    }

    #[test]
    fn definitions_parse_with_classes_and_selections() {
        let steps = parse_definition("D_Signal,G(var1,_V2_)+N_AllClasses").unwrap();
        assert_eq!(steps.len(), 3);
        assert_eq!(steps[0].kind, Kind::Decorrelate);
        assert_eq!(steps[0].class.as_deref(), Some("Signal"));
        assert_eq!(steps[1].selection, ["var1", "_V2_"]);
        assert_eq!(steps[2].class, None);
        assert!(parse_definition("None").unwrap().is_empty());
        let err = parse_definition("D,X").unwrap_err().to_string();
        assert!(err.contains("unknown transformation `X`"), "{err}");
        assert!(parse_definition("N(var1").is_err());
    }

    #[test]
    fn interpolation_is_clamped_and_linear() {
        let xs = [0.0, 1.0, 3.0];
        let ys = [0.0, 0.5, 1.0];
        assert_eq!(interpolate(&xs, &ys, -1.0), 0.0);
        assert_eq!(interpolate(&xs, &ys, 0.5), 0.25);
        assert_eq!(interpolate(&xs, &ys, 2.0), 0.75);
        assert_eq!(interpolate(&xs, &ys, 5.0), 1.0);
    }
}
