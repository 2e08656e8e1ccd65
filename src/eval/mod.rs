//! Classifier evaluation as TMVA reports it: ROC curve and integral, signal
//! efficiency at fixed background efficiency, separation, significance, and
//! the Kolmogorov–Smirnov overtraining test. All take per-event scores and
//! weights; signal is the class whose scores should be high.
//!
//! The ROC curve is the exact weighted one (every distinct score is a
//! threshold, ties move together), so its integral equals scikit-learn's
//! `roc_auc_score(y, score, sample_weight=w)`. TMVA samples its curve at a
//! fixed number of cuts instead; on the tutorial's 2,000+ test events the
//! two differ in the fourth decimal.

mod evaluation;
mod tables;

pub use evaluation::{Evaluation, MethodOutputs, class_roc, evaluate, test_roc};
pub use tables::{EvaluatedMethod, report_text};

use crate::error::{Error, Result};

/// Scores and weights of one class.
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    /// The classifier output per event.
    pub scores: &'a [f32],
    /// The event weights (same length as `scores`).
    pub weights: &'a [f32],
}

impl<'a> Scored<'a> {
    /// Checks that scores and weights match and the total weight is positive.
    pub fn new(scores: &'a [f32], weights: &'a [f32], what: &str) -> Result<Self> {
        if scores.len() != weights.len() {
            return Err(Error::shape(
                format!("{what} events"),
                format!("{} weights", scores.len()),
                weights.len(),
            ));
        }
        if let Some(i) = scores.iter().position(|s| !s.is_finite()) {
            return Err(Error::Data(format!(
                "{what} event {i} has a non-finite score {}",
                scores[i]
            )));
        }
        let total: f64 = weights.iter().map(|&w| w as f64).sum();
        if total.is_nan() || total <= 0.0 {
            return Err(Error::Data(format!(
                "{what} events have a total weight of {total}; need a positive one"
            )));
        }
        Ok(Self { scores, weights })
    }

    fn total(&self) -> f64 {
        self.weights.iter().map(|&w| w as f64).sum()
    }

    fn mean_rms(&self) -> (f64, f64) {
        let total = self.total();
        let mean = self
            .scores
            .iter()
            .zip(self.weights)
            .map(|(&s, &w)| s as f64 * w as f64)
            .sum::<f64>()
            / total;
        let var = self
            .scores
            .iter()
            .zip(self.weights)
            .map(|(&s, &w)| w as f64 * (s as f64 - mean).powi(2))
            .sum::<f64>()
            / total;
        (mean, var.max(0.0).sqrt())
    }
}

/// A ROC curve: background efficiency (x) against signal efficiency (y),
/// from (0, 0) to (1, 1), one point per distinct score.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Roc {
    /// Background efficiency at each threshold, increasing.
    pub background_efficiency: Vec<f64>,
    /// Signal efficiency at each threshold.
    pub signal_efficiency: Vec<f64>,
}

impl Roc {
    /// The weighted ROC curve of `signal` against `background`.
    pub fn new(signal: Scored<'_>, background: Scored<'_>) -> Self {
        let mut events: Vec<(f32, f64, f64)> = signal
            .scores
            .iter()
            .zip(signal.weights)
            .map(|(&s, &w)| (s, w as f64, 0.0))
            .chain(
                background
                    .scores
                    .iter()
                    .zip(background.weights)
                    .map(|(&s, &w)| (s, 0.0, w as f64)),
            )
            .collect();
        events.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (ts, tb) = (signal.total(), background.total());
        let (mut s, mut b) = (0.0, 0.0);
        let mut roc = Roc {
            background_efficiency: vec![0.0],
            signal_efficiency: vec![0.0],
        };
        let mut i = 0;
        while i < events.len() {
            let score = events[i].0;
            while i < events.len() && events[i].0 == score {
                s += events[i].1;
                b += events[i].2;
                i += 1;
            }
            roc.background_efficiency.push(b / tb);
            roc.signal_efficiency.push(s / ts);
        }
        roc
    }

    /// Area under the curve (trapezoids): 1 for perfect separation, 0.5 for none.
    pub fn integral(&self) -> f64 {
        self.background_efficiency
            .windows(2)
            .zip(self.signal_efficiency.windows(2))
            .map(|(x, y)| (x[1] - x[0]) * (y[1] + y[0]) / 2.0)
            .sum()
    }

    /// Signal efficiency where the background efficiency is `background`
    /// (linear between the curve's points), TMVA's "@B=0.01/0.10/0.30".
    pub fn signal_efficiency_at(&self, background: f64) -> f64 {
        let x = &self.background_efficiency;
        let y = &self.signal_efficiency;
        // The first point at or beyond the target; the curve is monotone in x.
        let k = x.partition_point(|&v| v < background);
        if k == 0 {
            return y[0];
        }
        if k >= x.len() {
            return *y.last().expect("a curve has points");
        }
        let (x0, x1, y0, y1) = (x[k - 1], x[k], y[k - 1], y[k]);
        if x1 == x0 {
            return y1;
        }
        y0 + (y1 - y0) * (background - x0) / (x1 - x0)
    }
}

/// TMVA's separation ⟨S²⟩ = ½ Σ (ŝᵢ − b̂ᵢ)² / (ŝᵢ + b̂ᵢ) of the two score
/// distributions, each histogrammed in `bins` bins over the common range
/// and normalised to unit area: 0 for identical shapes, 1 for disjoint.
pub fn separation(signal: Scored<'_>, background: Scored<'_>, bins: usize) -> f64 {
    let lo = signal
        .scores
        .iter()
        .chain(background.scores)
        .fold(f32::INFINITY, |a, &b| a.min(b)) as f64;
    let hi = signal
        .scores
        .iter()
        .chain(background.scores)
        .fold(f32::NEG_INFINITY, |a, &b| a.max(b)) as f64;
    let bins = bins.max(1);
    let histogram = |c: &Scored<'_>| {
        let mut h = vec![0.0f64; bins];
        for (&s, &w) in c.scores.iter().zip(c.weights) {
            let i = if hi > lo {
                (((s as f64 - lo) / (hi - lo)) * bins as f64) as usize
            } else {
                0
            };
            h[i.min(bins - 1)] += w as f64;
        }
        let total: f64 = h.iter().sum();
        h.iter_mut().for_each(|v| *v /= total);
        h
    };
    let (hs, hb) = (histogram(&signal), histogram(&background));
    hs.iter()
        .zip(&hb)
        .filter(|(s, b)| *s + *b > 0.0)
        .map(|(s, b)| 0.5 * (s - b).powi(2) / (s + b))
        .sum()
}

/// TMVA's significance |⟨S⟩ − ⟨B⟩| / √(σ_S² + σ_B²) of the weighted score distributions.
pub fn significance(signal: Scored<'_>, background: Scored<'_>) -> f64 {
    let (ms, rs) = signal.mean_rms();
    let (mb, rb) = background.mean_rms();
    let denominator = (rs * rs + rb * rb).sqrt();
    if denominator > 0.0 {
        (ms - mb).abs() / denominator
    } else {
        0.0
    }
}

/// The two-sample Kolmogorov–Smirnov test: the largest distance between
/// the weighted empirical distribution functions, and its probability under
/// the hypothesis that both samples come from one distribution (Kolmogorov's
/// asymptotic distribution at √(n₁n₂/(n₁+n₂))·D, with effective event
/// counts (Σw)²/Σw²). TMVA's overtraining check compares training and test
/// outputs this way, per class.
pub fn kolmogorov_smirnov(a: Scored<'_>, b: Scored<'_>) -> (f64, f64) {
    let ecdf = |c: &Scored<'_>| {
        let mut v: Vec<(f32, f64)> = c
            .scores
            .iter()
            .zip(c.weights)
            .map(|(&s, &w)| (s, w as f64))
            .collect();
        v.sort_by(|x, y| x.0.total_cmp(&y.0));
        v
    };
    let (va, vb) = (ecdf(&a), ecdf(&b));
    let (ta, tb) = (a.total(), b.total());
    let (mut i, mut j) = (0, 0);
    let (mut fa, mut fb, mut d) = (0.0f64, 0.0f64, 0.0f64);
    while i < va.len() || j < vb.len() {
        let x = match (va.get(i), vb.get(j)) {
            (Some(p), Some(q)) => p.0.min(q.0),
            (Some(p), None) => p.0,
            (None, Some(q)) => q.0,
            (None, None) => unreachable!(),
        };
        while i < va.len() && va[i].0 == x {
            fa += va[i].1 / ta;
            i += 1;
        }
        while j < vb.len() && vb[j].0 == x {
            fb += vb[j].1 / tb;
            j += 1;
        }
        d = d.max((fa - fb).abs());
    }
    let effective = |c: &Scored<'_>| {
        let s2: f64 = c.weights.iter().map(|&w| (w as f64).powi(2)).sum();
        c.total().powi(2) / s2
    };
    let (na, nb) = (effective(&a), effective(&b));
    let z = (na * nb / (na + nb)).sqrt() * d;
    (d, kolmogorov_probability(z))
}

/// Q_KS(z) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²z²}, the probability that the
/// Kolmogorov statistic exceeds z (1 at z = 0).
pub fn kolmogorov_probability(z: f64) -> f64 {
    if z < 0.2 {
        return 1.0;
    }
    if z < 0.755 {
        // The alternating series converges slowly here; use the dual form
        // 1 − (√(2π)/z) Σ_{k≥1} e^{−(2k−1)²π²/(8z²)}.
        let w = (2.0 * std::f64::consts::PI).sqrt() / z;
        let s: f64 = (1..=8)
            .map(|k| {
                let m = (2 * k - 1) as f64;
                (-(m * m) * std::f64::consts::PI.powi(2) / (8.0 * z * z)).exp()
            })
            .sum();
        return (1.0 - w * s).clamp(0.0, 1.0);
    }
    let mut sum = 0.0;
    for k in 1..=100 {
        let term = (-2.0 * (k as f64).powi(2) * z * z).exp();
        sum += if k % 2 == 1 { term } else { -term };
        if term < 1e-16 {
            break;
        }
    }
    (2.0 * sum).clamp(0.0, 1.0)
}

/// TMVA's classification summary for one method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClassificationReport {
    /// Area under the ROC curve on the test events.
    pub roc_integral: f64,
    /// Signal efficiency at background efficiency 0.01, 0.10, 0.30 on test events.
    pub efficiency_test: [f64; 3],
    /// The same on training events (overtraining check).
    pub efficiency_train: [f64; 3],
    /// Separation ⟨S²⟩ on test events (40 bins, TMVA's MVA-output binning).
    pub separation: f64,
    /// Significance on test events.
    pub significance: f64,
    /// KS probability train vs test, signal.
    pub ks_signal: f64,
    /// KS probability train vs test, background.
    pub ks_background: f64,
}

/// Background efficiencies TMVA quotes signal efficiencies at.
pub const BACKGROUND_EFFICIENCIES: [f64; 3] = [0.01, 0.10, 0.30];

impl ClassificationReport {
    /// Evaluates one method from its test and training scores.
    pub fn new(
        test: (Scored<'_>, Scored<'_>),
        train: (Scored<'_>, Scored<'_>),
    ) -> ClassificationReport {
        let roc_test = Roc::new(test.0, test.1);
        let roc_train = Roc::new(train.0, train.1);
        let at = |roc: &Roc| BACKGROUND_EFFICIENCIES.map(|b| roc.signal_efficiency_at(b));
        ClassificationReport {
            roc_integral: roc_test.integral(),
            efficiency_test: at(&roc_test),
            efficiency_train: at(&roc_train),
            separation: separation(test.0, test.1, 40),
            significance: significance(test.0, test.1),
            ks_signal: kolmogorov_smirnov(train.0, test.0).1,
            ks_background: kolmogorov_smirnov(train.1, test.1).1,
        }
    }
}

/// Regression figures of one target on one sample, TMVA's definitions
/// (`MethodBase::TestRegression`): with d = prediction − truth, weighted,
/// `bias` = ⟨d⟩, `deviation` = ⟨|d|⟩, `rms` = √⟨(d − bias)²⟩, and the same
/// three on the events with |d − bias| ≤ 2·rms ("truncated").
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RegressionStats {
    /// ⟨d⟩.
    pub bias: f64,
    /// ⟨|d|⟩.
    pub deviation: f64,
    /// √⟨(d − bias)²⟩.
    pub rms: f64,
    /// `bias` of the events within 2 rms.
    pub bias_truncated: f64,
    /// `deviation` of the events within 2 rms.
    pub deviation_truncated: f64,
    /// `rms` of the events within 2 rms.
    pub rms_truncated: f64,
}

impl RegressionStats {
    /// Figures for predictions `pred` of `truth` with event weights `w`.
    pub fn new(pred: &[f64], truth: &[f64], w: &[f64]) -> Self {
        let d: Vec<f64> = pred.iter().zip(truth).map(|(p, t)| p - t).collect();
        let moments = |keep: &dyn Fn(f64) -> bool| {
            let (mut sw, mut sd, mut sa) = (0.0, 0.0, 0.0);
            for (&di, &wi) in d.iter().zip(w) {
                if keep(di) {
                    sw += wi;
                    sd += wi * di;
                    sa += wi * di.abs();
                }
            }
            if sw <= 0.0 {
                return (0.0, 0.0, 0.0);
            }
            let bias = sd / sw;
            let var = d
                .iter()
                .zip(w)
                .filter(|(di, _)| keep(**di))
                .map(|(di, wi)| wi * (di - bias).powi(2))
                .sum::<f64>()
                / sw;
            (bias, sa / sw, var.max(0.0).sqrt())
        };
        let (bias, deviation, rms) = moments(&|_| true);
        let (bias_truncated, deviation_truncated, rms_truncated) =
            moments(&|di| (di - bias).abs() <= 2.0 * rms);
        Self {
            bias,
            deviation,
            rms,
            bias_truncated,
            deviation_truncated,
            rms_truncated,
        }
    }
}

/// Regression figures of one target on test and training events.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegressionReport {
    /// The target's label.
    pub target: String,
    /// On test events.
    pub test: RegressionStats,
    /// On training events.
    pub train: RegressionStats,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored<'a>(s: &'a [f32], w: &'a [f32]) -> Scored<'a> {
        Scored::new(s, w, "test").unwrap()
    }

    #[test]
    fn roc_of_hand_made_cases() {
        let ones = [1.0f32; 4];
        // Perfect separation: area 1; reversed: 0; identical: 0.5.
        let roc = Roc::new(
            scored(&[3.0, 4.0, 5.0, 6.0], &ones),
            scored(&[0.0, 1.0, 2.0, 2.5], &ones),
        );
        assert_eq!(roc.integral(), 1.0);
        assert_eq!(roc.signal_efficiency_at(0.01), 1.0);
        let roc = Roc::new(
            scored(&[0.0, 1.0, 2.0, 2.5], &ones),
            scored(&[3.0, 4.0, 5.0, 6.0], &ones),
        );
        assert_eq!(roc.integral(), 0.0);
        let same = [1.0f32, 2.0, 3.0, 4.0];
        assert_eq!(
            Roc::new(scored(&same, &ones), scored(&same, &ones)).integral(),
            0.5
        );
        // Weights count like repeated events: S = {2 (w=3), 0}, B = {1}.
        // Pairs (s > b): 3 of 4 weighted pairs → 0.75.
        let roc = Roc::new(scored(&[2.0, 0.0], &[3.0, 1.0]), scored(&[1.0], &[1.0]));
        assert!((roc.integral() - 0.75).abs() < 1e-12);
    }

    #[test]
    fn separation_and_significance_by_hand() {
        let w = [1.0f32; 2];
        // Disjoint distributions: separation 1.
        assert!(
            (separation(scored(&[0.0, 0.1], &w), scored(&[0.9, 1.0], &w), 10) - 1.0).abs() < 1e-12
        );
        // Identical: 0.
        assert_eq!(
            separation(scored(&[0.0, 1.0], &w), scored(&[0.0, 1.0], &w), 10),
            0.0
        );
        // Means 1 and 3, RMS 1 each: |1-3|/sqrt(2).
        let s = significance(scored(&[0.0, 2.0], &w), scored(&[2.0, 4.0], &w));
        assert!((s - 2.0 / 2f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn kolmogorov_probability_matches_known_values() {
        // scipy.special.kolmogorov(z), SciPy 1.x.
        for (z, q) in [
            (0.3, 0.999_990_694_198_665_5),
            (0.5, 0.963_945_243_664_875_1),
            (1.0, 0.269_999_671_677_354_56),
            (1.36, 0.049_485_876_755_377_876),
            (2.0, 0.000_670_925_255_779_695_3),
        ] {
            assert!((kolmogorov_probability(z) - q).abs() < 1e-9, "{z}");
        }
        assert_eq!(kolmogorov_probability(0.0), 1.0);
    }

    #[test]
    fn regression_figures_by_hand() {
        // d = five (1, -1) pairs and 30: bias 30/11, deviation 40/11,
        // rms² = ⟨d²⟩ − bias² = 910/11 − 900/121 = 9110/121.
        let mut pred: Vec<f64> = [1.0, -1.0].repeat(5);
        pred.push(30.0);
        let truth = vec![0.0; 11];
        let r = RegressionStats::new(&pred, &truth, &[1.0; 11]);
        assert!((r.bias - 30.0 / 11.0).abs() < 1e-12);
        assert!((r.deviation - 40.0 / 11.0).abs() < 1e-12);
        assert!((r.rms - 9110f64.sqrt() / 11.0).abs() < 1e-12);
        // Truncated: |d − bias| ≤ 2 rms ≈ 17.4 drops the 30: bias 0, deviation 1, rms 1.
        assert!(r.bias_truncated.abs() < 1e-12);
        assert!((r.deviation_truncated - 1.0).abs() < 1e-12);
        assert!((r.rms_truncated - 1.0).abs() < 1e-12);
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert!(Scored::new(&[1.0], &[1.0, 2.0], "signal").is_err());
        assert!(Scored::new(&[f32::NAN], &[1.0], "signal").is_err());
        let err = Scored::new(&[1.0], &[0.0], "background").unwrap_err();
        assert!(err.to_string().contains("background"));
    }
}
