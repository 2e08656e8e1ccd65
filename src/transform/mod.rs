//! TMVA's variable transformations (`VarTransform=` / `Transformations=`):
//! `I` identity, `N` normalisation to [-1, 1], `D` decorrelation, `P`
//! principal components, `G` Gaussianisation and `U` uniformisation, chained
//! left to right (`D,G`), each with an optional reference class (`D_Signal`,
//! `G_AllClasses`; all classes by default, as in TMVA) and input selection
//! (`N(var1,var2)`, `N(_V0_,_T0_)`; TMVA's defaults: variables for I, D, P, G;
//! variables and targets for N and U).
//!
//! Each step is fitted on the training events after the previous steps;
//! weight files carry the fitted numbers in TMVA's own XML elements. Applied
//! as TMVA applies them (outputs rounded to `f32` after every step, `N` in
//! single precision, `G` and `U` through TMVA's PDF, see [`Cumulative`]), so
//! a ROOT-trained chain gives ROOT's numbers. Fitted as TMVA fits them, with
//! two documented differences:
//! - `P`: eigenvectors follow a fixed sign convention (largest component
//!   positive); TMVA inherits whatever sign ROOT's eigen-solver returns.
//! - `G`/`U`: the cumulative distribution uses TMVA's adaptive equal-weight
//!   binning but not the `TH1::Smooth` pass ROOT applies to the histogram
//!   first.
//!
//! Inverses are exact for `I`, `N`, `D`, `P` and, inside the fitted range,
//! `G` and `U` (TMVA has none for `D` and `P`); regression targets use them.

mod fit;
mod gauss;
mod linalg;
mod pdf;
mod spec;

pub use gauss::erf_inv;
pub(crate) use linalg::{spectral_map, symmetric_eigen};
pub use pdf::Cumulative;
pub use spec::TransformSpec;

use serde::{Deserialize, Serialize};

use crate::data::Sample;
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

impl Transformations {
    /// Checks fitted transformations read from a file against themselves
    /// and against the method's `n_variables` and `n_targets`: the steps
    /// match the definition, every input exists once, every parameter array
    /// has its input count's length and holds finite numbers, and every
    /// cumulative distribution is increasing, within [0, 1] and not empty.
    /// The message says which step and what is wrong.
    pub fn check(&self, n_variables: usize, n_targets: usize) -> std::result::Result<(), String> {
        let specs = spec::parse_definition(&self.definition).map_err(|e| e.to_string())?;
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
        let Some(targets) = targets else {
            if self.steps.iter().any(Step::reads_targets) {
                // Restricted (or refused) before anything changes. Callers
                // applying many events restrict once with `for_variables`.
                return self.for_variables()?.apply_with(variables, None, scratch);
            }
            for step in &self.steps {
                step.forward(variables, nv, scratch)?;
            }
            return Ok(());
        };
        let mut row = std::mem::take(&mut scratch.row);
        row.clear();
        row.extend_from_slice(variables);
        row.extend_from_slice(targets);
        for step in &self.steps {
            step.forward(&mut row, nv, scratch)?;
        }
        variables.copy_from_slice(&row[..nv]);
        targets.copy_from_slice(&row[nv..]);
        scratch.row = row;
        Ok(())
    }

    /// The same chain for events without targets: steps that read targets
    /// keep only their variables. An error for a step that mixes variables
    /// and targets in one linear map (D, P).
    pub fn for_variables(&self) -> Result<Transformations> {
        Ok(Transformations {
            definition: self.definition.clone(),
            steps: self
                .steps
                .iter()
                .map(Step::variables_only)
                .collect::<Result<_>>()?,
        })
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
                true
            }
            _ => false,
        };
        if !matching {
            return Err("its parameters belong to another kind of transformation".into());
        }
        Ok(())
    }

    fn reads_targets(&self) -> bool {
        self.inputs.iter().any(|i| matches!(i, Input::Target(_)))
    }

    /// The step on its variables alone; an error for D and P when they
    /// read targets, which their linear map mixes with the variables.
    fn variables_only(&self) -> Result<Step> {
        if self.reads_targets() && matches!(self.kind, Kind::Decorrelate | Kind::Pca) {
            return Err(Error::option(
                "VarTransform",
                format!(
                    "`{}` mixes variables and targets and needs the targets",
                    self.kind.letter()
                ),
            ));
        }
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
        Ok(Step {
            kind: self.kind,
            class: self.class.clone(),
            inputs: keep.iter().map(|&k| self.inputs[k]).collect(),
            params,
        })
    }

    fn forward(&self, row: &mut [f64], n_vars: usize, scratch: &mut ApplyScratch) -> Result<()> {
        let index = |input: &Input| match *input {
            Input::Variable(v) => v,
            Input::Target(t) => n_vars + t,
        };
        let ApplyScratch { x, y, .. } = scratch;
        // The usual step (every variable, in order) maps the row's first
        // values where they are: the gather and scatter by index, and the
        // output buffer, were a third of a D,G event's transformations.
        let k = self.inputs.len();
        if k <= row.len()
            && self
                .inputs
                .iter()
                .enumerate()
                .all(|(j, i)| *i == Input::Variable(j))
        {
            self.map_in_place(&mut row[..k], y);
            return Ok(());
        }
        if let Some(bad) = self.inputs.iter().map(index).find(|&i| i >= row.len()) {
            return Err(Error::shape(
                "transformation input",
                format!("index < {}", row.len()),
                bad,
            ));
        }
        x.clear();
        x.extend(self.inputs.iter().map(|i| row[index(i)]));
        self.map_in_place(x, y);
        for (i, &v) in self.inputs.iter().zip(x.iter()) {
            row[index(i)] = v;
        }
        Ok(())
    }

    /// The step's map of its inputs `x`, in place, each output rounded to
    /// `f32` as every TMVA transformation stores it (`Float_t`). `copy`
    /// holds the inputs while D and P combine them (no allocation once it
    /// has the capacity).
    fn map_in_place(&self, x: &mut [f64], copy: &mut Vec<f64>) {
        let n = x.len();
        match &self.params {
            Params::Identity => x.iter_mut().for_each(|v| *v = *v as f32 as f64),
            // TMVA's single-precision arithmetic
            // (`VariableNormalizeTransform::Transform`); an input that had
            // one value in training maps to 0 rather than to TMVA's NaN or
            // infinity.
            Params::Normalize { min, max } => {
                for (k, v) in x.iter_mut().enumerate() {
                    let (lo, hi) = (min[k] as f32, max[k] as f32);
                    *v = if hi != lo {
                        let scale = (1.0 / (hi - lo) as f64) as f32;
                        (((*v as f32 - lo) * scale) * 2.0 - 1.0) as f64
                    } else {
                        0.0
                    };
                }
            }
            Params::Decorrelate { matrix, .. } => {
                copy.clear();
                copy.extend_from_slice(x);
                for (v, row) in x.iter_mut().zip(matrix.chunks_exact(n.max(1))) {
                    *v = row.iter().zip(copy.iter()).map(|(m, v)| m * v).sum::<f64>() as f32 as f64;
                }
            }
            Params::Pca { mean, axes } => {
                copy.clear();
                copy.extend_from_slice(x);
                for (k, v) in x.iter_mut().enumerate() {
                    *v = (0..n)
                        .map(|j| (copy[j] - mean[j]) * axes[j * n + k])
                        .sum::<f64>() as f32 as f64;
                }
            }
            Params::Cumulative { cdfs } if self.kind == Kind::Gauss => {
                for (v, cdf) in x.iter_mut().zip(cdfs) {
                    // The pieces answer all but a few values in 10,000.
                    *v = match cdf.gauss_pieces().value(*v) {
                        Some(value) => value,
                        None => gauss::exact_f32(gauss::argument(cdf.eval(*v))),
                    };
                }
            }
            Params::Cumulative { cdfs } => {
                // U: four lookups at a time (see `eval_lanes`).
                let finish = |c: f64| clamped_fraction(c) as f32 as f64;
                let (mut xs, mut cs) = (x.chunks_exact_mut(4), cdfs.chunks_exact(4));
                for (x, c) in xs.by_ref().zip(cs.by_ref()) {
                    let lanes = Cumulative::eval_lanes(
                        [&c[0], &c[1], &c[2], &c[3]],
                        [x[0], x[1], x[2], x[3]],
                    );
                    for (v, c) in x.iter_mut().zip(lanes) {
                        *v = finish(c);
                    }
                }
                for (v, cdf) in xs.into_remainder().iter_mut().zip(cs.remainder()) {
                    *v = finish(cdf.eval(*v));
                }
            }
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

/// A cumulative fraction as `G` and `U` use it: clamped within
/// [1e-9, 1 - 1e-9] (`VariableGaussTransform::Transform`; NaN stays NaN).
fn clamped_fraction(c: f64) -> f64 {
    c.clamp(1e-9, 1.0 - 1e-9)
}

fn mat_vec(m: &[f64], x: &[f64], n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| (0..n).map(|j| m[i * n + j] * x[j]).sum())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::spec::parse_definition;
    use super::*;

    #[test]
    fn a_linear_map_over_targets_is_refused_without_them_and_changes_nothing() {
        let chain = Transformations {
            definition: "N,D(_V0_,_T0_)".into(),
            steps: vec![
                Step {
                    kind: Kind::Normalize,
                    class: None,
                    inputs: vec![Input::Variable(0), Input::Variable(1)],
                    params: Params::Normalize {
                        min: vec![0.0, 0.0],
                        max: vec![2.0, 4.0],
                    },
                },
                Step {
                    kind: Kind::Decorrelate,
                    class: None,
                    inputs: vec![Input::Variable(0), Input::Target(0)],
                    params: Params::Decorrelate {
                        matrix: vec![1.0, 0.5, 0.5, 1.0],
                        inverse: vec![1.0, 0.0, 0.0, 1.0],
                    },
                },
            ],
        };
        let mut variables = [1.0, 3.0];
        let error = chain.apply(&mut variables, None).unwrap_err();
        assert!(error.to_string().contains("needs the targets"), "{error}");
        assert_eq!(variables, [1.0, 3.0]);
        let mut targets = [2.0];
        chain.apply(&mut variables, Some(&mut targets)).unwrap();
        // N: 2 (x - min) / (max - min) - 1; then D mixes variable 0 and the target.
        assert_eq!(variables, [0.0 + 0.5 * 2.0, 0.5]);
        assert_eq!(targets, [0.5 * 0.0 + 2.0]);
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
}
