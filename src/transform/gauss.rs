//! The last step of TMVA's `G` transformation: a cumulative fraction `c`
//! becomes `sqrt(2) erf_inv(2c - 1)`, stored as `f32`.
//!
//! The exact path ([`exact_f32`] of [`argument`] of the distribution's
//! value) is accurate to a few units in the last place of an `f64` but
//! costs about 60 ns per value (the distribution's lookup with two
//! divisions, then a logarithm, `erf` and `exp`), and the Reader takes it
//! once per variable and event. [`GaussPieces`] replaces the whole chain,
//! lookup included, by one quadratic in `x` between each two neighbouring
//! fine-bin centres of the distribution, where it is a smooth function of
//! `x`, with a bound on its difference from the exact path; when every
//! value within that bound rounds to the same `f32`, that `f32` is the
//! exact path's too. Only values near an `f32` rounding boundary, beyond
//! 4.3 standard deviations or outside the distribution's fine bins take the
//! exact path. The results are the exact path's to the bit.

use super::Cumulative;

/// `VariableGaussTransform::Transform`'s `sqrt(2)`, to the digits it
/// writes: ROOT's outputs are reproduced, not the exact constant's.
#[allow(clippy::approx_constant)]
pub(super) const GAUSS_SCALE: f64 = 1.414213562;

/// The inverse error function: a rational first guess refined by a Halley
/// step on `libm::erf`.
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
    // One Halley step, x - f / (f' - f f'' / (2 f')) with f = erf(x) - y
    // and f'' = -2x f': it triples the correct digits, so the
    // approximation's ~1e-7 becomes machine precision.
    let err = libm::erf(x) - y;
    let slope = 2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp();
    x -= err / (slope + x * err);
    x
}

/// The argument of `erf_inv` for cumulative fraction `c`: `2c - 1` of the
/// clamped fraction, itself within ±0.99999999
/// (`VariableGaussTransform::Transform`; NaN stays NaN).
pub(super) fn argument(c: f64) -> f64 {
    (2.0 * super::clamped_fraction(c) - 1.0).clamp(-0.99999999, 0.99999999)
}

/// The exact path's output for argument `y`: `GAUSS_SCALE * erf_inv(y)`
/// rounded to `f32` (returned as `f64`).
pub(super) fn exact_f32(y: f64) -> f64 {
    (GAUSS_SCALE * erf_inv(y)) as f32 as f64
}

/// The `G` step of one input, `x -> GAUSS_SCALE * erf_inv(argument(cdf(x)))`,
/// by pieces: between two neighbouring fine-bin centres the distribution is
/// linear in `x` (see [`Cumulative`]), so the step is a smooth function of
/// `x` there, and a quadratic through its exact values at both centres and
/// midway follows it within a bound computed for the piece. A piece whose
/// distribution reaches the clamps, or whose argument passes 1 - 2^-16
/// (4.3 standard deviations, where `erf_inv`'s own accuracy falls off),
/// has no bound and leaves its values to the exact path.
#[derive(Debug, Clone)]
pub struct GaussPieces {
    /// The first piece's left end (the first fine-bin centre).
    first: f64,
    /// 1 / the fine bins' width.
    inverse_width: f64,
    /// Per piece: its left and right ends, the quadratic's coefficients in
    /// `x - left` (constant first), and the bound (infinite for none).
    pieces: Vec<[f64; 6]>,
}

impl GaussPieces {
    /// The pieces of `cdf`: two exact evaluations per fine bin, about 3 ms
    /// for the 10,000.
    pub(super) fn new(cdf: &Cumulative) -> Self {
        let fine = cdf.fine();
        let exact = |x: f64| (x, GAUSS_SCALE * erf_inv(argument(cdf.eval(x))));
        let first = cdf.fine_centre(1);
        let mut pieces = Vec::with_capacity(fine.len().saturating_sub(1));
        let mut left = exact(first);
        for (bin, pair) in (1..).zip(fine.windows(2)) {
            let right = exact(cdf.fine_centre(bin + 1));
            let middle = exact(0.5 * (left.0 + right.0));
            pieces.push(piece(
                [left, middle, right],
                [pair[0] as f64, pair[1] as f64],
            ));
            left = right;
        }
        Self {
            first,
            inverse_width: 1.0 / cdf.fine_width(),
            pieces,
        }
    }

    /// The step's output for `x`, to the bit the exact path's, when the
    /// piece of `x` is certain of its `f32`; `None` when the exact path
    /// must answer (NaN, outside the pieces, no bound, near a rounding
    /// boundary).
    #[inline]
    pub(super) fn value(&self, x: f64) -> Option<f64> {
        // NaN and negative values convert to 0; the ends below decide.
        let index = ((x - self.first) * self.inverse_width) as usize;
        let &[left, right, a, b, c, bound] = self.pieces.get(index)?;
        if !(x >= left && x <= right) {
            return None;
        }
        let t = x - left;
        let r = a + t * (b + c * t);
        // Rounding is monotonic: if both ends of the interval that holds
        // the exact value round alike, the exact value rounds so too.
        let (low, high) = ((r - bound) as f32, (r + bound) as f32);
        (low == high).then_some(low as f64)
    }
}

/// The quadratic through `nodes` (`(x, exact value)`: left end, middle,
/// right end) and its bound, for a piece whose distribution goes from
/// `ends[0]` to `ends[1]`.
///
/// The bound adds, each with at least a factor 2 to spare:
/// - interpolation: the step is `S u(Y(x))` with `u = erf_inv` and `Y`
///   linear, rising by `dy = 2 |ends[1] - ends[0]|` over the piece; three
///   equally spaced nodes leave at most `max|f'''| h^3 sqrt(3) / 216`, that
///   is `S max|u'''| dy^3 / 124.7`, with `u''' = u'^3 (2 + 8 u^2)` and
///   `u' = sqrt(pi) / 2 exp(u^2)`, both largest at the end with the larger
///   `|u|`;
/// - `erf_inv`'s own relative error, at the nodes and at `x`: about 1e-15,
///   and near `|y| = 1` what its Halley step inherits from `erf`'s
///   rounding (an ulp of 1/2 over the slope), about 5.5e-17 / (x^2 q) for
///   `q = 1 - |y|` (the test `erf_inv_is_as_accurate_as_the_pieces_bound_assumes`);
///   taken as 4e-15 + 1e-17 / q, which covers both where the pieces reach;
/// - the exact path's rounding of `Y` (the distribution's interpolation
///   and `2c - 1`, within 1e-15 of `Y`), through the slope `S u'`;
/// - the rounding of the coefficients, of `x - left` (within an ulp of the
///   piece's width) and of the evaluation: 8 units of 2^-52 of the value
///   and of its change over the piece. (The exact path's own `x - centre`
///   is exact, and its interpolation uses the piece's ends whichever bin
///   its division picks near a bin edge.)
fn piece(nodes: [(f64, f64); 3], ends: [f64; 2]) -> [f64; 6] {
    let [(x0, g0), (x1, g1), (x2, g2)] = nodes;
    // Newton's divided differences, then the power form in t = x - x0.
    let d01 = (g1 - g0) / (x1 - x0);
    let d12 = (g2 - g1) / (x2 - x1);
    let d012 = (d12 - d01) / (x2 - x0);
    let (a, b, c) = (g0, d01 - (x1 - x0) * d012, d012);
    let y_most = (2.0 * ends[0] - 1.0).abs().max((2.0 * ends[1] - 1.0).abs());
    let q = 1.0 - y_most;
    let valid = x0 < x1
        && x1 < x2
        && ends[0].min(ends[1]) >= 2e-9
        && ends[0].max(ends[1]) <= 1.0 - 2e-9
        && q >= TAIL_END;
    let g_most = g0.abs().max(g2.abs());
    let u = g_most / GAUSS_SCALE + 1e-9;
    let slope_u = std::f64::consts::PI.sqrt() / 2.0 * (u * u).exp();
    let third_u = slope_u.powi(3) * (2.0 + 8.0 * u * u);
    let dy = 2.0 * (ends[1] - ends[0]).abs();
    let interpolation = GAUSS_SCALE * third_u * dy.powi(3) / 124.0;
    let slope_x = GAUSS_SCALE * slope_u * dy / (x2 - x0);
    let rounding = 8.0 * f64::EPSILON * (g_most + slope_x * (x2 - x0));
    let erf_inv_error = (4e-15 + 1e-17 / q) * g_most;
    let input_error = GAUSS_SCALE * slope_u * 2e-15;
    let bound = 2.0 * interpolation + rounding + 3.0 * (erf_inv_error + input_error);
    let bound = if valid && bound.is_finite() {
        bound
    } else {
        f64::INFINITY
    };
    [x0, x2, a, b, c, bound]
}

/// `1 - |y|` where the pieces end: 2^-16.
const TAIL_END: f64 = 1.0 / 65536.0;

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    #[test]
    fn erf_inv_inverts_erf() {
        for y in [
            -0.999999, -0.9, -0.5, -1e-6, 0.0, 0.3, 0.7, 0.99, 0.99999999,
        ] {
            let x = erf_inv(y);
            assert!((libm::erf(x) - y).abs() < 1e-14, "{y}: {x}");
        }
    }

    /// `erf_inv`'s relative error at `y = erf(x)` for `x` within the
    /// pieces' range stays within 1e-15 + 2.5e-18 / q, a quarter of what
    /// `piece`'s bound takes, beside what `erf`'s rounding (an ulp of `y`)
    /// moves the inverse by. (Before its Halley step was mended it was a
    /// Newton step, and the error reached 3e-14 at |x| = 1.7.)
    #[test]
    fn erf_inv_is_as_accurate_as_the_pieces_bound_assumes() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for _ in 0..200_000 {
            let x: f64 = rng.random_range(-4.5..4.5);
            let y = libm::erf(x);
            let q = 1.0 - y.abs();
            if q < TAIL_END || x.abs() < 1e-3 {
                continue;
            }
            let slope = 2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp();
            let from_erf = f64::EPSILON * y.abs() / slope / x.abs();
            let error = ((erf_inv(y) - x) / x).abs();
            assert!(
                error <= 1e-15 + 2.5e-18 / q + from_erf,
                "x = {x}: relative error {error:e}"
            );
        }
    }

    /// Distributions of several shapes: a normal's, a skewed one, one with
    /// plateaus and jumps, one far from 0 with narrow fine bins, and one of
    /// a single coarse bin.
    fn distributions() -> Vec<Cumulative> {
        let normal = |x: f64| 0.5 * (1.0 + libm::erf(x / std::f64::consts::SQRT_2));
        let mut shapes: Vec<(Vec<f64>, Vec<f64>)> = Vec::new();
        let edges: Vec<f64> = (0..=60).map(|i| -4.0 + 8.0 * i as f64 / 60.0).collect();
        shapes.push((
            edges.clone(),
            edges[1..].iter().map(|&e| normal(e)).collect(),
        ));
        let edges: Vec<f64> = (0..=40).map(|i| (i as f64 / 8.0).powi(2)).collect();
        let skewed = edges[1..].iter().map(|&e| 1.0 - (-e / 3.0).exp()).collect();
        shapes.push((edges, skewed));
        let edges: Vec<f64> = (0..=10).map(|i| i as f64).collect();
        let steps = vec![0.0, 0.1, 0.1, 0.1, 0.5, 0.5, 0.9, 0.95, 0.95, 1.0];
        shapes.push((edges, steps));
        let edges: Vec<f64> = (0..=30).map(|i| 1000.0 + i as f64 * 1e-6).collect();
        shapes.push((edges, (1..=30).map(|i| i as f64 / 30.0).collect()));
        shapes.push((vec![-1.0, 1.0], vec![1.0]));
        shapes
            .into_iter()
            .map(|(edges, fractions)| Cumulative::new(edges, fractions).expect("valid"))
            .collect()
    }

    /// The exact path's output for `x`.
    fn exact(cdf: &Cumulative, x: f64) -> f64 {
        exact_f32(argument(cdf.eval(x)))
    }

    #[test]
    fn pieces_give_the_exact_paths_bits() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(15);
        for (shape, cdf) in distributions().iter().enumerate() {
            let pieces = GaussPieces::new(cdf);
            let (mut tried, mut answered) = (0usize, 0usize);
            let mut check = |x: f64| {
                tried += 1;
                if let Some(v) = pieces.value(x) {
                    answered += 1;
                    let expected = exact(cdf, x);
                    assert_eq!(v.to_bits(), expected.to_bits(), "shape {shape}, x = {x:e}");
                }
            };
            for piece in &pieces.pieces {
                let (left, right) = (piece[0], piece[1]);
                check(left);
                check(right);
                check(0.5 * (left + right));
                for _ in 0..6 {
                    check(rng.random_range(left..=right));
                    // As the Reader's events give them: single precision.
                    check(rng.random_range(left..=right) as f32 as f64);
                }
            }
            let (first, last) = (pieces.first, pieces.pieces[pieces.pieces.len() - 1][1]);
            let span = last - first;
            for _ in 0..20_000 {
                check(rng.random_range(first - 0.2 * span..last + 0.2 * span));
            }
            for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0] {
                check(x);
            }
            // Shapes 0 and 1 rise smoothly: the pieces answer nearly all.
            // (Shape 3's bins are narrower than an f32's step at 1000.)
            if [0, 1].contains(&shape) {
                assert!(
                    answered * 10 > tried * 7,
                    "shape {shape}: {answered} of {tried}"
                );
            }
        }
    }

    #[test]
    fn a_normal_distribution_leaves_few_values_to_the_exact_path() {
        let pieces = GaussPieces::new(&distributions()[0]);
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        let normal = rand_distr::Normal::new(0.0, 1.0).expect("valid");
        let n = 200_000;
        let fallbacks = (0..n)
            .filter(|_| pieces.value(rng.sample(normal)).is_none())
            .count();
        // Beyond the last fine-bin centres (3.9 standard deviations) lie
        // 1e-4 of the values; values near a rounding boundary are about
        // 2e-3, most of them near 0, where an f32's steps are finest and
        // the bound (interpolation's, absolute) is not.
        assert!(fallbacks * 200 < n, "{fallbacks} of {n}");
    }
}
