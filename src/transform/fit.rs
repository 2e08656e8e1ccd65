//! Fitting a chain of transformations on the training events: TMVA's
//! algorithms for each step.

use super::linalg;
use super::spec::resolve_inputs;
use super::{ApplyScratch, Cumulative, Input, Kind, Params, Step, TransformSpec, Transformations};
use crate::data::{DataSet, Sample};
use crate::error::{Error, Result};

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
            definition: spec.text().to_string(),
            steps,
        })
    }
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
                .collect::<Result<_>>()?,
        },
    })
}

/// TMVA's `VariableGaussTransform::GetCumulativeDist` for one input: bins of
/// about equal weight (at most 2000, at least 10 times the smallest weight),
/// a weighted histogram, its running sum over positive bins normalised to
/// one (read as TMVA's PDF, see [`Cumulative`]).
fn cumulative(mut pairs: Vec<(f64, f64)>) -> Result<Cumulative> {
    if let Some(&(v, _)) = pairs.iter().find(|(v, w)| !v.is_finite() || !w.is_finite()) {
        return Err(Error::Data(format!(
            "the Gaussian/uniform transformation got the value {v} with a non-finite value or weight"
        )));
    }
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let total_weight: f64 = pairs.iter().map(|p| p.1).sum();
    let min_weight = pairs.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let per_bin = (total_weight / 2000.0).max(min_weight * 10.0);
    // TMVA works in single precision here.
    let eps = 1e-4f32 as f64;
    let first = pairs[0].0;
    // TMVA's first edge sits 1e-4 below the smallest value; where that is
    // below f64's resolution, the next number down.
    let below = if first - eps < first {
        first - eps
    } else {
        first.next_down()
    };
    let mut edges = vec![below, first];
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
    let fractions = content
        .iter()
        .map(|&c| {
            if c > 0.0 {
                running += c;
            }
            if positive > 0.0 {
                (running / positive).min(1.0)
            } else {
                0.0
            }
        })
        .collect();
    Cumulative::new(edges, fractions).map_err(|e| {
        Error::Data(format!(
            "the Gaussian/uniform transformation's distribution: {e}"
        ))
    })
}
