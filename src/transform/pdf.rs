//! The cumulative distributions of the `G` and `U` transformations, stored
//! and evaluated as TMVA's `PDF` does (`PDF.cxx: BuildSplinePDF`,
//! `FillSplineToHist`, `GetVal`; `TSpline1::Eval`), so a weight file
//! written by ROOT gives ROOT's numbers here and ours give ours in ROOT:
//!
//! 1. a coarse histogram (`edges`, the running fraction per bin, rounded to
//!    `f32` as ROOT's `TH1F` holds it);
//! 2. a linear spline through the bin centres, extrapolated linearly past
//!    the outer ones;
//! 3. sampled at the centres of [`FINE_BINS`] equal bins spanning the
//!    coarse histogram (values at or below 1e-12 replaced by the coarse
//!    bin's content, floored at 1e-12, rounded to `f32`);
//! 4. read by linear interpolation between the fine bins' centres, again
//!    extrapolated at the ends and floored at 1e-12.

use serde::{Deserialize, Serialize};

use super::gauss::GaussPieces;

/// Bins of the fine histogram (`PDF::fgNbin_PdfHist`).
pub const FINE_BINS: usize = 10_000;

/// The smallest value the PDF returns (`PDF::fgEpsilon`).
const EPSILON: f64 = 1e-12;

/// One input's cumulative distribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "CumulativeData", into = "CumulativeData")]
pub struct Cumulative {
    edges: Vec<f64>,
    fractions: Vec<f64>,
    fine: Vec<f32>,
    /// The first and last edge, and the fine bins' width: kept beside
    /// `fine` because every evaluation reads them.
    low: f64,
    high: f64,
    fine_width: f64,
    /// The `G` step through this distribution, by pieces (built on first
    /// use, about 3 ms and 480 KB: the `U` step never needs it).
    gauss: Derived<GaussPieces>,
}

/// A value computed from its owner on first use: a cache, so owners that
/// differ only in it are equal, and `Debug` does not print it.
#[derive(Clone)]
struct Derived<T>(std::sync::OnceLock<T>);

impl<T> Default for Derived<T> {
    fn default() -> Self {
        Self(std::sync::OnceLock::new())
    }
}

impl<T> PartialEq for Derived<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> std::fmt::Debug for Derived<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "built"
        } else {
            "not built"
        })
    }
}

/// The serialised form. `x` (bin centres) is how files written before the
/// edges were stored kept the histogram; its edges follow from the centres
/// and the first edge, which the fit always puts 1e-4 below the second.
#[derive(Serialize, Deserialize)]
struct CumulativeData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    edges: Option<Vec<f64>>,
    #[serde(default, skip_serializing)]
    x: Option<Vec<f64>>,
    y: Vec<f64>,
}

impl TryFrom<CumulativeData> for Cumulative {
    type Error = String;

    fn try_from(data: CumulativeData) -> Result<Self, String> {
        match (data.edges, data.x) {
            (Some(edges), _) => Cumulative::new(edges, data.y),
            (None, Some(centres)) => Cumulative::new(edges_of_centres(&centres), data.y),
            (None, None) => Err("a cumulative distribution without `edges`".into()),
        }
    }
}

impl From<Cumulative> for CumulativeData {
    fn from(c: Cumulative) -> Self {
        CumulativeData {
            edges: Some(c.edges),
            x: None,
            y: c.fractions,
        }
    }
}

/// Edges whose midpoints are `centres`, the first half of the fit's
/// 1e-4-wide first bin below the first centre.
fn edges_of_centres(centres: &[f64]) -> Vec<f64> {
    let half_first = 0.5 * (1e-4f32 as f64);
    let mut edges = Vec::with_capacity(centres.len() + 1);
    if let Some(&first) = centres.first() {
        edges.push(first - half_first);
        for &c in centres {
            let last = *edges.last().expect("one edge");
            edges.push(2.0 * c - last);
        }
    }
    edges
}

impl Cumulative {
    /// The distribution of a coarse histogram: `edges` (one more than
    /// `fractions`, increasing) and the running fraction of the weight up to
    /// and including each bin (within [0, 1], not decreasing). The message
    /// says what is wrong.
    pub fn new(edges: Vec<f64>, fractions: Vec<f64>) -> Result<Self, String> {
        if fractions.is_empty() || edges.len() != fractions.len() + 1 {
            return Err(format!(
                "{} bin edges and {} cumulative fractions (there must be one more edge than \
                 fractions, and at least one fraction)",
                edges.len(),
                fractions.len()
            ));
        }
        if let Some(i) = edges.iter().position(|v| !v.is_finite()) {
            return Err(format!("bin edge {i} is {}", edges[i]));
        }
        if let Some(i) = fractions.iter().position(|v| !(0.0..=1.0).contains(v)) {
            return Err(format!(
                "fraction {i} is {}, not within [0, 1]",
                fractions[i]
            ));
        }
        if let Some(i) = edges.windows(2).position(|w| w[1] <= w[0]) {
            return Err(format!("bin edge {} is not above edge {i}", i + 1));
        }
        if let Some(i) = fractions.windows(2).position(|w| w[1] < w[0]) {
            return Err(format!("fraction {} is below fraction {i}", i + 1));
        }
        let fractions: Vec<f64> = fractions.iter().map(|&f| f as f32 as f64).collect();
        let fine = fine_histogram(&edges, &fractions);
        let (low, high) = (edges[0], edges[edges.len() - 1]);
        Ok(Self {
            edges,
            fractions,
            fine,
            low,
            high,
            fine_width: (high - low) / FINE_BINS as f64,
            gauss: Derived::default(),
        })
    }

    /// The coarse histogram's bin edges.
    pub fn edges(&self) -> &[f64] {
        &self.edges
    }

    /// The running fraction per coarse bin (`f32` values).
    pub fn fractions(&self) -> &[f64] {
        &self.fractions
    }

    /// The fine histogram's values, bin 1 first.
    pub(super) fn fine(&self) -> &[f32] {
        &self.fine
    }

    /// The fine bins' width.
    pub(super) fn fine_width(&self) -> f64 {
        self.fine_width
    }

    /// The `G` step through this distribution, by pieces.
    pub(super) fn gauss_pieces(&self) -> &GaussPieces {
        self.gauss.0.get_or_init(|| GaussPieces::new(self))
    }

    /// The centre of fine bin `bin` (from 1).
    pub(super) fn fine_centre(&self, bin: usize) -> f64 {
        self.low + (bin - 1) as f64 * self.fine_width + 0.5 * self.fine_width
    }

    /// `PDF::GetVal`: the cumulative fraction at `x` (NaN stays NaN).
    #[inline]
    pub fn eval(&self, x: f64) -> f64 {
        Self::eval_lanes([self], [x])[0]
    }

    /// [`eval`](Self::eval) of each lane's `x` on the lane's distribution,
    /// with `eval`'s arithmetic: the `U` step looks an event's variables up
    /// four at a time without an iterator between them. (The `G` step goes
    /// through [`GaussPieces`] instead.)
    #[inline(always)]
    pub fn eval_lanes<const L: usize>(cdfs: [&Self; L], x: [f64; L]) -> [f64; L] {
        let bin: [usize; L] = std::array::from_fn(|l| {
            let (x, lo, hi) = (x[l], cdfs[l].low, cdfs[l].high);
            if x < lo {
                1
            } else if x >= hi {
                FINE_BINS
            } else {
                // NaN lands in bin 1 and is put back below.
                (1 + (FINE_BINS as f64 * (x - lo) / (hi - lo)) as usize).clamp(1, FINE_BINS)
            }
        });
        std::array::from_fn(|l| {
            let (cdf, x, bin) = (cdfs[l], x[l], bin[l]);
            let centre = cdf.fine_centre(bin);
            // Without short-circuits, so that the side (about as often one
            // as the other) is a select rather than a mispredicted branch.
            let upwards = (x > centre) & (bin != FINE_BINS) | (bin == 1);
            let next = if upwards { bin + 1 } else { bin - 1 };
            let (v, vn) = (cdf.fine[bin - 1] as f64, cdf.fine[next - 1] as f64);
            let cn = cdf.fine_centre(next);
            let value = (v + (x - centre) * (v - vn) / (centre - cn)).max(EPSILON);
            if x.is_nan() { x } else { value }
        })
    }

    /// The `x` where [`eval`](Self::eval) reaches `c`, within the fine
    /// histogram's centres (clamped to the outer ones): exact where the
    /// distribution rises, the lowest such `x` on a plateau.
    pub fn inverse(&self, c: f64) -> f64 {
        if c.is_nan() {
            return c;
        }
        let values = &self.fine;
        let k = values.partition_point(|&v| (v as f64) < c);
        if k == 0 {
            return self.fine_centre(1);
        }
        if k == FINE_BINS {
            return self.fine_centre(FINE_BINS);
        }
        let (v0, v1) = (values[k - 1] as f64, values[k] as f64);
        let (x0, x1) = (self.fine_centre(k), self.fine_centre(k + 1));
        x0 + (x1 - x0) * (c - v0) / (v1 - v0)
    }
}

/// `TSpline1::Eval` through the coarse bin centres, then sampled at the
/// fine bins' centres (`PDF::FillSplineToHist`).
fn fine_histogram(edges: &[f64], fractions: &[f64]) -> Vec<f32> {
    let n = fractions.len();
    let centres: Vec<f64> = edges
        .windows(2)
        .map(|w| w[0] + 0.5 * (w[1] - w[0]))
        .collect();
    let spline = |x: f64| -> f64 {
        if n == 1 {
            return fractions[0];
        }
        let i = centres.partition_point(|&c| c <= x).saturating_sub(1);
        let j = if (x > centres[i] && i != n - 1) || i == 0 {
            i + 1
        } else {
            i - 1
        };
        fractions[i] + (x - centres[i]) * (fractions[i] - fractions[j]) / (centres[i] - centres[j])
    };
    let (lo, hi) = (edges[0], edges[n]);
    let width = (hi - lo) / FINE_BINS as f64;
    (1..=FINE_BINS)
        .map(|b| {
            let x = lo + (b - 1) as f64 * width + 0.5 * width;
            let mut y = spline(x);
            if y <= EPSILON {
                let coarse = edges.partition_point(|&e| e <= x).clamp(1, n) - 1;
                y = fractions[coarse];
            }
            y.max(EPSILON) as f32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linear_distribution_is_read_back_linearly_inside_and_extrapolated_outside() {
        // Four bins of width 1 on [0, 4], fractions at the centres 0.5..3.5.
        let c = Cumulative::new(vec![0.0, 1.0, 2.0, 3.0, 4.0], vec![0.25, 0.5, 0.75, 1.0]).unwrap();
        // The spline through (0.5, .25) .. (3.5, 1) is x / 4 + 0.125.
        for x in [0.7, 1.0, 2.3, 3.4] {
            assert!((c.eval(x) - (x / 4.0 + 0.125)).abs() < 1e-6, "{x}");
            assert!((c.inverse(x / 4.0 + 0.125) - x).abs() < 1e-5, "{x}");
        }
        // Outside the histogram the outer fine bins are extrapolated, then
        // floored at 1e-12 (the transformation clamps to [1e-9, 1 - 1e-9]);
        // the slope comes from two neighbouring single-precision values
        // 4e-4 apart, so it is good to about 1e-4.
        assert!((c.eval(4.4) - 1.225).abs() < 1e-3, "{}", c.eval(4.4));
        assert!((c.eval(-0.3) - 0.05).abs() < 1e-3, "{}", c.eval(-0.3));
        assert_eq!(c.eval(-5.0), EPSILON);
        assert!(c.eval(f64::NAN).is_nan());
    }

    #[test]
    fn lanes_give_each_lane_its_own_distributions_value() {
        let cdfs = [
            Cumulative::new(vec![0.0, 1.0, 2.0, 3.0, 4.0], vec![0.25, 0.5, 0.75, 1.0]).unwrap(),
            Cumulative::new(vec![-3.0, 0.0, 5.0], vec![0.1, 1.0]).unwrap(),
            Cumulative::new(vec![10.0, 10.5, 11.0, 20.0], vec![0.3, 0.31, 1.0]).unwrap(),
            Cumulative::new(vec![-1.0, 1.0], vec![1.0]).unwrap(),
        ];
        // Inside, below, above, at the edges, NaN, in every lane.
        let xs = [
            0.7,
            -0.2,
            10.49,
            0.0,
            -9.0,
            25.0,
            4.0,
            f64::NAN,
            3.99,
            5.0,
            10.0,
            -1.0,
        ];
        for shift in 0..xs.len() {
            let x: [f64; 4] = std::array::from_fn(|l| xs[(shift + 3 * l) % xs.len()]);
            let lanes = Cumulative::eval_lanes([&cdfs[0], &cdfs[1], &cdfs[2], &cdfs[3]], x);
            for l in 0..4 {
                let one = cdfs[l].eval(x[l]);
                assert!(
                    lanes[l] == one || (lanes[l].is_nan() && one.is_nan()),
                    "lane {l} at {}: {} against {one}",
                    x[l],
                    lanes[l]
                );
            }
        }
    }

    #[test]
    fn fractions_are_held_in_single_precision_as_roots_th1f() {
        let c = Cumulative::new(vec![0.0, 1.0, 2.0], vec![0.1, 1.0]).unwrap();
        assert_eq!(c.fractions()[0], 0.1f32 as f64);
    }

    #[test]
    fn older_files_with_bin_centres_give_the_fits_edges_back() {
        let edges = vec![1.0 - 1e-4f32 as f64, 1.0, 1.5, 2.25, 4.0];
        let centres: Vec<f64> = edges.windows(2).map(|w| 0.5 * (w[0] + w[1])).collect();
        let rebuilt = edges_of_centres(&centres);
        for (a, b) in rebuilt.iter().zip(&edges) {
            assert!((a - b).abs() < 1e-12, "{rebuilt:?}");
        }
        let json = format!("{{\"x\":{centres:?},\"y\":[0.1,0.4,0.7,1.0]}}");
        let c: Cumulative = serde_json::from_str(&json).unwrap();
        assert_eq!(c.edges().len(), 5);
    }

    #[test]
    fn malformed_histograms_are_refused_with_the_reason() {
        let err = |e: Vec<f64>, f: Vec<f64>| Cumulative::new(e, f).unwrap_err();
        assert!(err(vec![0.0, 1.0], vec![]).contains("at least one"));
        assert!(err(vec![0.0, 1.0, 1.0], vec![0.5, 1.0]).contains("edge 2 is not above edge 1"));
        assert!(
            err(vec![0.0, 1.0, 2.0], vec![0.6, 0.5]).contains("fraction 1 is below fraction 0")
        );
        assert!(err(vec![0.0, 1.0, 2.0], vec![0.5, 1.5]).contains("not within [0, 1]"));
        assert!(err(vec![0.0, f64::NAN], vec![0.5]).contains("edge 1 is NaN"));
    }
}
