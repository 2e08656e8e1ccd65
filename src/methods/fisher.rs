//! TMVA's Fisher discriminant (`MethodFisher`): a linear function of the
//! input variables, y = F₀ + Σᵢ cᵢ xᵢ, with coefficients
//! c = √(W_S W_B)/(W_S + W_B) · M⁻¹ (μ_S − μ_B) and F₀ = −c·(μ_S + μ_B)/2,
//! where M is the within-class covariance (option `Fisher`, the default) or
//! the full covariance, within plus between class (`Mahalanobis`), all
//! weighted by the event weights exactly as TMVA computes them.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::options::Options;
use crate::transform::TransformSpec;

/// Which matrix is inverted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum FisherMethod {
    /// Within-class covariance (TMVA's default, option `Fisher`).
    #[default]
    Fisher,
    /// Full covariance (option `Mahalanobis`).
    Mahalanobis,
}

/// A trained Fisher discriminant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fisher {
    /// Which matrix was inverted.
    pub method: FisherMethod,
    /// F₀.
    pub offset: f64,
    /// cᵢ, one per variable.
    pub coefficients: Vec<f64>,
    /// Per variable: between-class over full variance, TMVA's ranking.
    pub discriminating_power: Vec<f64>,
}

impl Fisher {
    /// Trains on `events`: (variables, weight, is signal). Both classes must
    /// have positive total weight; a singular covariance matrix (variables
    /// that are linear combinations of others) is an error.
    pub fn train<'a>(
        n_vars: usize,
        events: impl IntoIterator<Item = (&'a [f32], f32, bool)> + Clone,
        method: FisherMethod,
    ) -> Result<Self> {
        if n_vars == 0 {
            return Err(Error::Data("Fisher needs at least one variable".into()));
        }
        // Means per class (0 signal, 1 background) and overall.
        let (mut sum_s, mut sum_b) = (vec![0.0f64; n_vars], vec![0.0f64; n_vars]);
        let (mut w_s, mut w_b) = (0.0f64, 0.0f64);
        for (x, w, signal) in events.clone() {
            if x.len() != n_vars {
                return Err(Error::shape("Fisher event", n_vars, x.len()));
            }
            let (sum, total) = if signal {
                (&mut sum_s, &mut w_s)
            } else {
                (&mut sum_b, &mut w_b)
            };
            *total += w as f64;
            for (s, &v) in sum.iter_mut().zip(x) {
                *s += v as f64 * w as f64;
            }
        }
        if w_s <= 0.0 || w_b <= 0.0 {
            return Err(Error::Data(format!(
                "Fisher needs signal and background events with positive total weight \
                 (signal {w_s}, background {w_b})"
            )));
        }
        let mean_s: Vec<f64> = sum_s.iter().map(|s| s / w_s).collect();
        let mean_b: Vec<f64> = sum_b.iter().map(|s| s / w_b).collect();
        let mean: Vec<f64> = sum_s
            .iter()
            .zip(&sum_b)
            .map(|(s, b)| (s + b) / (w_s + w_b))
            .collect();

        let n2 = n_vars * n_vars;
        let (mut cov_s, mut cov_b) = (vec![0.0f64; n2], vec![0.0f64; n2]);
        for (x, w, signal) in events {
            let (m, cov) = if signal {
                (&mean_s, &mut cov_s)
            } else {
                (&mean_b, &mut cov_b)
            };
            for i in 0..n_vars {
                let di = x[i] as f64 - m[i];
                for j in 0..n_vars {
                    cov[i * n_vars + j] += di * (x[j] as f64 - m[j]) * w as f64;
                }
            }
        }
        let within: Vec<f64> = (0..n2).map(|k| cov_s[k] / w_s + cov_b[k] / w_b).collect();
        let between: Vec<f64> = (0..n2)
            .map(|k| {
                let (i, j) = (k / n_vars, k % n_vars);
                (w_s * (mean_s[i] - mean[i]) * (mean_s[j] - mean[j])
                    + w_b * (mean_b[i] - mean[i]) * (mean_b[j] - mean[j]))
                    / (w_s + w_b)
            })
            .collect();
        let full: Vec<f64> = within.iter().zip(&between).map(|(a, b)| a + b).collect();
        let matrix = match method {
            FisherMethod::Fisher => &within,
            FisherMethod::Mahalanobis => &full,
        };
        let inverse = invert(matrix, n_vars).ok_or_else(|| {
            Error::Data(
                "Fisher: the covariance matrix is singular; are some variables linear \
                 combinations of others?"
                    .into(),
            )
        })?;
        let scale = (w_s * w_b).sqrt() / (w_s + w_b);
        let coefficients: Vec<f64> = (0..n_vars)
            .map(|i| {
                scale
                    * (0..n_vars)
                        .map(|j| inverse[i * n_vars + j] * (mean_s[j] - mean_b[j]))
                        .sum::<f64>()
            })
            .collect();
        let offset = -coefficients
            .iter()
            .enumerate()
            .map(|(i, c)| c * (mean_s[i] + mean_b[i]))
            .sum::<f64>()
            / 2.0;
        let discriminating_power = (0..n_vars)
            .map(|i| {
                let c = full[i * n_vars + i];
                if c != 0.0 {
                    between[i * n_vars + i] / c
                } else {
                    0.0
                }
            })
            .collect();
        Ok(Self {
            method,
            offset,
            coefficients,
            discriminating_power,
        })
    }

    /// The discriminant for one event.
    pub fn evaluate(&self, x: &[f32]) -> f64 {
        self.offset
            + self
                .coefficients
                .iter()
                .zip(x)
                .map(|(c, &v)| c * v as f64)
                .sum::<f64>()
    }
}

/// Inverse of a row-major n×n matrix by Gauss–Jordan elimination with
/// partial pivoting; `None` when a pivot vanishes relative to the matrix scale.
fn invert(m: &[f64], n: usize) -> Option<Vec<f64>> {
    let mut a = m.to_vec();
    let mut inv: Vec<f64> = (0..n * n)
        .map(|k| if k / n == k % n { 1.0 } else { 0.0 })
        .collect();
    let scale = m.iter().fold(0.0f64, |s, v| s.max(v.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return None;
    }
    for col in 0..n {
        let pivot =
            (col..n).max_by(|&r, &s| a[r * n + col].abs().total_cmp(&a[s * n + col].abs()))?;
        if a[pivot * n + col].abs() <= scale * 1e-13 {
            return None;
        }
        for k in 0..n {
            a.swap(col * n + k, pivot * n + k);
            inv.swap(col * n + k, pivot * n + k);
        }
        let p = a[col * n + col];
        for k in 0..n {
            a[col * n + k] /= p;
            inv[col * n + k] /= p;
        }
        for r in 0..n {
            if r != col {
                let f = a[r * n + col];
                if f != 0.0 {
                    for k in 0..n {
                        a[r * n + k] -= f * a[col * n + k];
                        inv[r * n + k] -= f * inv[col * n + k];
                    }
                }
            }
        }
    }
    Some(inv)
}

/// The Fisher method's options: `H`, `V`, `VarTransform`, `Method` (or the
/// flags `Fisher` / `Mahalanobis`).
pub(crate) struct FisherOptions {
    pub var_transform: TransformSpec,
    pub method: FisherMethod,
    pub help: bool,
    pub verbose: bool,
}

/// The `H` text of the Fisher method.
pub(crate) const FISHER_HELP: &str = "Fisher method: y = F0 + sum_i c_i x_i.
  Method=Fisher|Mahalanobis   within-class (default) or full covariance (also as flags)
  VarTransform=<chain>        variable transformations (default none)
  V                           print the coefficients after training";

impl FisherOptions {
    /// Parses the Fisher method's option string.
    pub(crate) fn parse(options: &str) -> Result<Self> {
        let mut o = Options::parse(options, "Fisher")?;
        let help = o.flag("H", false)?;
        let verbose = o.flag("V", false)?;
        let vt = o.string("VarTransform")?.unwrap_or_default();
        let mut method = match o.choice("Method", &["Fisher", "Mahalanobis"])? {
            Some("Mahalanobis") => FisherMethod::Mahalanobis,
            _ => FisherMethod::Fisher,
        };
        if o.flag("Mahalanobis", false)? {
            method = FisherMethod::Mahalanobis;
        }
        o.flag("Fisher", false)?;
        o.finish(&["H", "V", "VarTransform", "Method", "Fisher", "Mahalanobis"])?;
        Ok(FisherOptions {
            var_transform: TransformSpec::parse(&vt)?,
            method,
            help,
            verbose,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverse_of_a_known_matrix() {
        let m = [4.0, 7.0, 2.0, 6.0];
        let inv = invert(&m, 2).unwrap();
        let want = [0.6, -0.7, -0.2, 0.4];
        for (a, b) in inv.iter().zip(want) {
            assert!((a - b).abs() < 1e-12);
        }
        assert!(invert(&[1.0, 2.0, 2.0, 4.0], 2).is_none());
    }

    #[test]
    fn one_variable_by_hand() {
        // Signal {1, 3}, background {-1, -3}: means ±2, within variance 1+1=2,
        // c = sqrt(2*2)/4 * (2-(-2))/2 = 1, offset 0.
        let events: Vec<(Vec<f32>, f32, bool)> = vec![
            (vec![1.0], 1.0, true),
            (vec![3.0], 1.0, true),
            (vec![-1.0], 1.0, false),
            (vec![-3.0], 1.0, false),
        ];
        let f = Fisher::train(
            1,
            events.iter().map(|(x, w, s)| (x.as_slice(), *w, *s)),
            FisherMethod::Fisher,
        )
        .unwrap();
        assert!((f.coefficients[0] - 1.0).abs() < 1e-12);
        assert!(f.offset.abs() < 1e-12);
        assert_eq!(f.evaluate(&[2.0]), 2.0);
        // Collinear variables are refused.
        let bad: Vec<(Vec<f32>, f32, bool)> = events
            .iter()
            .map(|(x, w, s)| (vec![x[0], 2.0 * x[0]], *w, *s))
            .collect();
        let err = Fisher::train(
            2,
            bad.iter().map(|(x, w, s)| (x.as_slice(), *w, *s)),
            FisherMethod::Fisher,
        )
        .unwrap_err();
        assert!(err.to_string().contains("singular"));
    }
}
