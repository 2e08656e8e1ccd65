//! The last step of TMVA's `G` transformation: a cumulative fraction `c`
//! becomes `sqrt(2) erf_inv(2c - 1)`, stored as `f32`.
//!
//! [`erf_inv`] is accurate to a few units in the last place of an `f64`
//! but costs about 50 ns (a logarithm, `erf` and `exp`), and the Reader
//! calls it once per variable and event. [`gauss_f32`] first tries a cheap
//! polynomial whose error is bounded by [`FAST_BOUND`]; when every value
//! within that bound rounds to the same `f32`, that `f32` is the exact
//! path's too, and only values near an `f32` rounding boundary (about one
//! in 2,000) or in the far tails (|y| > 0.999) take the exact path. The
//! results are the exact path's to the bit.

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
    // One Halley step (f = erf(x) - y, f'' = -2x f'): it triples the correct
    // digits, so the approximation's ~1e-7 becomes machine precision.
    let err = libm::erf(x) - y;
    let slope = 2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp();
    x -= err / (slope * (1.0 + x * err));
    x
}

/// Replaces each `y` of `values` by `GAUSS_SCALE * erf_inv(y)` rounded to
/// `f32` (returned as `f64`), equal to the bit to computing exactly that, in
/// about a fifth of the time. Values are taken [`LANES`] at a time: in
/// 256-bit registers where the CPU has AVX2 and FMA, otherwise through
/// straight-line code whose independent chains of multiplications overlap.
pub(super) fn gauss_f32(values: &mut [f64]) {
    let mut chunks = values.chunks_exact_mut(LANES);
    for chunk in &mut chunks {
        let lanes: &mut [f64; LANES] = chunk.try_into().expect("LANES values");
        gauss_lanes(lanes);
    }
    let tail = chunks.into_remainder();
    if !tail.is_empty() {
        let mut lanes = [0.0; LANES];
        lanes[..tail.len()].copy_from_slice(tail);
        gauss_lanes(&mut lanes);
        tail.copy_from_slice(&lanes[..tail.len()]);
    }
}

/// Values evaluated together by [`gauss_f32`].
const LANES: usize = 4;

/// Each lane's fast value, and whether the lane is inside the polynomial's
/// range (the value is garbage where not).
type FastLanes = ([f64; LANES], [bool; LANES]);

fn gauss_lanes(y: &mut [f64; LANES]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU has AVX2 and FMA (checked above).
        let fast = unsafe { avx2::fast_gauss(*y) };
        finish(y, fast);
        return;
    }
    finish(y, fast_gauss(*y));
}

/// Each lane's fast value where it is certain to round as the exact one,
/// the exact path's otherwise.
#[inline(always)]
fn finish(y: &mut [f64; LANES], (fast, inside): FastLanes) {
    for l in 0..LANES {
        y[l] = match round_if_certain(fast[l]) {
            Some(v) if inside[l] => v,
            _ => (GAUSS_SCALE * erf_inv(y[l])) as f32 as f64,
        };
    }
}

/// The relative error of [`fast_gauss`] against `GAUSS_SCALE * erf_inv`,
/// with margin: the polynomial's own worst case is 2.5e-12
/// (`tests/data/make_erf_inv_polynomial.py`), the logarithm's and the
/// evaluation's are near 1e-16, and the test
/// `the_fast_path_stays_within_its_bound` checks a quarter of this.
const FAST_BOUND: f64 = 2e-11;

/// `exp(-6.25)`: the polynomial covers `w = -ln(1 - y^2)` within [0, 6.25],
/// that is |y| up to 0.999 (3.3 standard deviations).
const Q_MIN: f64 = 0.001_930_454_136_227_709;

/// `p(t)` with `erf_inv(y) = y p(t)`, `t = w / 3.125 - 1`: constant term
/// first, from `tests/data/make_erf_inv_polynomial.py`.
const POLYNOMIAL: [f64; 17] = [
    1.653_654_562_683_102_7,
    0.750_494_320_058_96,
    -0.058_922_567_086_275_12,
    -0.022_604_446_448_116_065,
    0.017_808_360_975_967_82,
    -0.004_137_328_354_293_833,
    -0.001_271_680_401_278_072,
    0.001_232_572_315_749_644_9,
    -0.000_264_469_070_882_172_9,
    -0.000_117_171_658_162_818_09,
    9.362_303_514_683_493e-5,
    -1.451_437_800_011_567e-5,
    -1.175_375_716_662_743_4e-5,
    6.623_529_285_109_895e-6,
    -1.251_372_384_452_990_4e-7,
    -8.358_877_382_815_253e-7,
    1.933_912_965_819_836_4e-7,
];

/// `GAUSS_SCALE * erf_inv(y)` of each lane by the polynomial, within
/// [`FAST_BOUND`] (relative), and whether the lane is inside the
/// polynomial's range (not for NaN); lanes outside hold garbage.
#[inline(always)]
fn fast_gauss(y: [f64; LANES]) -> FastLanes {
    let q = y.map(|y| (1.0 - y) * (1.0 + y));
    let inside = q.map(|q| q >= Q_MIN);
    // Lanes outside compute on q = 1 (harmless) and are dropped by the caller.
    let ln = ln_unit(std::array::from_fn(|l| if inside[l] { q[l] } else { 1.0 }));
    let t = ln.map(|ln| -ln * 0.32 - 1.0);
    // Two halves of the polynomial as independent chains: p = low + t^9 high.
    let (low, high) = POLYNOMIAL.split_at(9);
    let t9 = t.map(|t| {
        let t2 = t * t;
        let t4 = t2 * t2;
        t4 * t4 * t
    });
    let low = estrin(low, t);
    let high = estrin(high, t);
    let p: [f64; LANES] = std::array::from_fn(|l| low[l] + t9[l] * high[l]);
    (std::array::from_fn(|l| GAUSS_SCALE * (y[l] * p[l])), inside)
}

/// Most coefficients [`estrin`] takes.
const MAX_TERMS: usize = 16;

/// `coefficients` (constant first, at most [`MAX_TERMS`]) at each lane's
/// `x`, by Estrin's scheme: `c0 + c1 x`, `c2 + c3 x`, ..., then pairs of
/// those with `x^2`, and so on. The longest chain of dependent operations
/// grows with the logarithm of the degree, not with the degree as in
/// Horner's rule: an event's four values wait on it.
#[inline(always)]
fn estrin(coefficients: &[f64], x: [f64; LANES]) -> [f64; LANES] {
    let mut terms = [[0.0; LANES]; MAX_TERMS];
    for (term, &c) in terms.iter_mut().zip(coefficients) {
        *term = [c; LANES];
    }
    let (mut n, mut power) = (coefficients.len(), x);
    while n > 1 {
        for i in 0..n / 2 {
            let (low, high) = (terms[2 * i], terms[2 * i + 1]);
            terms[i] = std::array::from_fn(|l| low[l] + high[l] * power[l]);
        }
        if n % 2 == 1 {
            terms[n / 2] = terms[n - 1];
        }
        n = n.div_ceil(2);
        power = power.map(|p| p * p);
    }
    terms[0]
}

/// `r` rounded to `f32` when every value within [`FAST_BOUND`] of it
/// rounds to that same `f32` (rounding is monotonic, so checking the two
/// ends suffices); `None` when the exact path must decide.
fn round_if_certain(r: f64) -> Option<f64> {
    let margin = r.abs() * FAST_BOUND;
    let (low, high) = ((r - margin) as f32, (r + margin) as f32);
    (low == high).then_some(low as f64)
}

/// The mantissa bits of an `f64`.
const MANTISSA: u64 = (1 << 52) - 1;
/// The bits of 1.0: a mantissa with them is within [1, 2).
const ONE_BITS: u64 = 1023 << 52;
/// 2^52, and its bits: `TWO_52_BITS | k` is 2^52 + k for k < 2^52, which
/// turns the biased exponent k into a float without an integer conversion.
const TWO_52: f64 = 4_503_599_627_370_496.0;
const TWO_52_BITS: u64 = 0x4330_0000_0000_0000;
/// The series of `atanh(s) / s` in `s^2`, in two halves (see [`ln_unit`]).
const SERIES_LOW: [f64; 5] = [1.0, 1.0 / 3.0, 1.0 / 5.0, 1.0 / 7.0, 1.0 / 9.0];
const SERIES_HIGH: [f64; 5] = [1.0 / 11.0, 1.0 / 13.0, 1.0 / 15.0, 1.0 / 17.0, 1.0 / 19.0];

/// `ln(q)` of each lane, for normal positive `q` (here within [`Q_MIN`],
/// 1]), to about 1e-16: `q = 2^e m` with `m` within [sqrt(1/2), sqrt(2)),
/// and `ln m = 2 atanh(s)`, `s = (m - 1) / (m + 1)`, |s| <= 0.172, by its
/// series to `s^19` (the next term is below 3e-17 relative), in two
/// independent halves.
#[inline(always)]
fn ln_unit(q: [f64; LANES]) -> [f64; LANES] {
    let mut e = [0.0; LANES];
    let mut m = [0.0; LANES];
    for l in 0..LANES {
        let bits = q[l].to_bits();
        let biased = f64::from_bits(TWO_52_BITS | ((bits >> 52) & 0x7ff)) - TWO_52;
        let mantissa = f64::from_bits((bits & MANTISSA) | ONE_BITS);
        let big = mantissa > std::f64::consts::SQRT_2;
        m[l] = if big { mantissa * 0.5 } else { mantissa };
        e[l] = biased - 1023.0 + if big { 1.0 } else { 0.0 };
    }
    let s = std::array::from_fn::<f64, LANES, _>(|l| (m[l] - 1.0) / (m[l] + 1.0));
    let s2 = s.map(|s| s * s);
    let s10 = s2.map(|s2| {
        let s4 = s2 * s2;
        s4 * s4 * s2
    });
    let (low, high) = (estrin(&SERIES_LOW, s2), estrin(&SERIES_HIGH, s2));
    std::array::from_fn(|l| {
        let series = low[l] + s10[l] * high[l];
        e[l] * std::f64::consts::LN_2 + 2.0 * s[l] * series
    })
}

/// [`fast_gauss`] four lanes wide in 256-bit registers, with fused
/// multiply-adds: the same steps, rounded differently, within the same
/// bound (the tests check both).
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::{
        FastLanes, GAUSS_SCALE, LANES, MANTISSA, MAX_TERMS, ONE_BITS, POLYNOMIAL, Q_MIN,
        SERIES_HIGH, SERIES_LOW, TWO_52, TWO_52_BITS,
    };
    use std::arch::x86_64::*;

    /// See [`super::estrin`].
    #[target_feature(enable = "avx2,fma")]
    fn estrin(coefficients: &[f64], x: __m256d) -> __m256d {
        let mut terms = [_mm256_setzero_pd(); MAX_TERMS];
        for (term, &c) in terms.iter_mut().zip(coefficients) {
            *term = _mm256_set1_pd(c);
        }
        let (mut n, mut power) = (coefficients.len(), x);
        while n > 1 {
            for i in 0..n / 2 {
                terms[i] = _mm256_fmadd_pd(terms[2 * i + 1], power, terms[2 * i]);
            }
            if n % 2 == 1 {
                terms[n / 2] = terms[n - 1];
            }
            n = n.div_ceil(2);
            power = _mm256_mul_pd(power, power);
        }
        terms[0]
    }

    /// See [`super::ln_unit`].
    #[target_feature(enable = "avx2,fma")]
    fn ln_unit(q: __m256d) -> __m256d {
        let one = _mm256_set1_pd(1.0);
        let bits = _mm256_castpd_si256(q);
        let exponent = _mm256_or_si256(
            _mm256_srli_epi64::<52>(bits),
            _mm256_set1_epi64x(TWO_52_BITS as i64),
        );
        let biased = _mm256_sub_pd(_mm256_castsi256_pd(exponent), _mm256_set1_pd(TWO_52));
        let mantissa = _mm256_castsi256_pd(_mm256_or_si256(
            _mm256_and_si256(bits, _mm256_set1_epi64x(MANTISSA as i64)),
            _mm256_set1_epi64x(ONE_BITS as i64),
        ));
        let big = _mm256_cmp_pd::<_CMP_GT_OQ>(mantissa, _mm256_set1_pd(std::f64::consts::SQRT_2));
        let m = _mm256_blendv_pd(mantissa, _mm256_mul_pd(mantissa, _mm256_set1_pd(0.5)), big);
        let e = _mm256_add_pd(
            _mm256_sub_pd(biased, _mm256_set1_pd(1023.0)),
            _mm256_and_pd(big, one),
        );
        let s = _mm256_div_pd(_mm256_sub_pd(m, one), _mm256_add_pd(m, one));
        let s2 = _mm256_mul_pd(s, s);
        let s4 = _mm256_mul_pd(s2, s2);
        let s10 = _mm256_mul_pd(_mm256_mul_pd(s4, s4), s2);
        let low = estrin(&SERIES_LOW, s2);
        let high = estrin(&SERIES_HIGH, s2);
        let series = _mm256_fmadd_pd(s10, high, low);
        let two_s = _mm256_add_pd(s, s);
        _mm256_fmadd_pd(
            e,
            _mm256_set1_pd(std::f64::consts::LN_2),
            _mm256_mul_pd(two_s, series),
        )
    }

    /// See [`super::fast_gauss`].
    #[target_feature(enable = "avx2,fma")]
    pub(super) fn fast_gauss(y: [f64; LANES]) -> FastLanes {
        let one = _mm256_set1_pd(1.0);
        // SAFETY: `y` holds four f64.
        let yv = unsafe { _mm256_loadu_pd(y.as_ptr()) };
        let q = _mm256_mul_pd(_mm256_sub_pd(one, yv), _mm256_add_pd(one, yv));
        // Ordered comparison: false for NaN.
        let inside = _mm256_cmp_pd::<_CMP_GE_OQ>(q, _mm256_set1_pd(Q_MIN));
        let ln = ln_unit(_mm256_blendv_pd(one, q, inside));
        let t = _mm256_fnmadd_pd(ln, _mm256_set1_pd(0.32), _mm256_set1_pd(-1.0));
        let (low, high) = POLYNOMIAL.split_at(9);
        let t2 = _mm256_mul_pd(t, t);
        let t4 = _mm256_mul_pd(t2, t2);
        let t9 = _mm256_mul_pd(_mm256_mul_pd(t4, t4), t);
        let p = _mm256_fmadd_pd(t9, estrin(high, t), estrin(low, t));
        let r = _mm256_mul_pd(_mm256_set1_pd(GAUSS_SCALE), _mm256_mul_pd(yv, p));
        let mut values = [0.0; LANES];
        // SAFETY: `values` holds four f64.
        unsafe { _mm256_storeu_pd(values.as_mut_ptr(), r) };
        let mask = _mm256_movemask_pd(inside);
        (values, std::array::from_fn(|l| mask & (1 << l) != 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    fn exact(y: f64) -> f64 {
        GAUSS_SCALE * erf_inv(y)
    }

    /// The fast paths this CPU has: the plain one, and the AVX2 one.
    type FastPath = fn([f64; LANES]) -> FastLanes;

    fn fast_paths() -> Vec<(&'static str, FastPath)> {
        let mut paths: Vec<(&str, FastPath)> = vec![("plain", fast_gauss)];
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: the CPU has AVX2 and FMA (checked above).
            paths.push(("avx2", |y| unsafe { avx2::fast_gauss(y) }));
        }
        paths
    }

    /// The fast path of one value.
    fn fast_one(path: FastPath, y: f64) -> Option<f64> {
        let (value, inside) = path([y; LANES]);
        inside[0].then_some(value[0])
    }

    /// Values across the polynomial's range: evenly spaced, crowded towards
    /// both ends of it, and random.
    fn arguments() -> Vec<f64> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(15);
        let edge = (1.0 - Q_MIN * (1.0 + 1e-9)).sqrt();
        let mut ys: Vec<f64> = (0..=200_000)
            .map(|i| -edge + 2.0 * edge * i as f64 / 200_000.0)
            .collect();
        ys.extend((1..2000).flat_map(|i| {
            let y = edge * (1.0 - (i as f64 * 1e-3).powi(3) * 1e-6);
            [y, -y]
        }));
        ys.extend((0..300_000).map(|_| rng.random_range(-edge..edge)));
        ys.extend([0.0, -0.0, 1e-300, -1e-300, 1e-9, -1e-9, edge, -edge]);
        ys
    }

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
    fn the_logarithm_is_good_to_the_last_bits() {
        let mut worst = 0.0f64;
        for i in 0..=100_000 {
            let q = Q_MIN + (1.0 - Q_MIN) * i as f64 / 100_000.0;
            let (ours, libm) = (ln_unit([q; LANES])[0], q.ln());
            worst = worst.max((ours - libm).abs() / libm.abs().max(1e-3));
        }
        for q in [
            1.0,
            0.5,
            0.25,
            std::f64::consts::FRAC_1_SQRT_2,
            0.999_999_999,
        ] {
            assert!((ln_unit([q; LANES])[0] - q.ln()).abs() <= 2e-16 * q.ln().abs().max(1e-9));
        }
        assert!(worst < 1e-15, "worst relative error {worst:e}");
    }

    #[test]
    fn the_fast_path_stays_within_its_bound() {
        for (name, path) in fast_paths() {
            let mut worst = 0.0f64;
            for y in arguments() {
                let fast = fast_one(path, y).expect("inside the polynomial's range");
                let exact = exact(y);
                if exact != 0.0 {
                    worst = worst.max(((fast - exact) / exact).abs());
                } else {
                    assert_eq!(fast, 0.0);
                }
            }
            assert!(
                worst < FAST_BOUND / 4.0,
                "{name}: worst relative error {worst:e}, bound {FAST_BOUND:e}"
            );
        }
    }

    #[test]
    fn the_result_is_the_exact_paths_to_the_bit() {
        let ys = arguments();
        let expected: Vec<u64> = ys
            .iter()
            .map(|&y| (exact(y) as f32 as f64).to_bits())
            .collect();
        for (name, path) in fast_paths() {
            let fallbacks = ys
                .iter()
                .filter(|&&y| fast_one(path, y).and_then(round_if_certain).is_none())
                .count();
            // About 2 * FAST_BOUND / 2^-24 of the values lie near a boundary.
            assert!(
                fallbacks * 500 < ys.len(),
                "{name}: {fallbacks} of {} took the exact path",
                ys.len()
            );
            for (chunk, e) in ys.chunks(LANES).zip(expected.chunks(LANES)) {
                let mut lanes = [0.0; LANES];
                lanes[..chunk.len()].copy_from_slice(chunk);
                let fast = path(lanes);
                finish(&mut lanes, fast);
                for (k, (v, e)) in lanes.iter().zip(e).enumerate() {
                    assert_eq!(v.to_bits(), *e, "{name}, y = {:e}", chunk[k]);
                }
            }
        }
        // The dispatching entry, at every length so that each lane and the
        // tail are exercised.
        for length in [ys.len(), 1, 2, 3, 5, 7] {
            let mut values = ys[..length].to_vec();
            gauss_f32(&mut values);
            assert!(values.iter().zip(&expected).all(|(v, e)| v.to_bits() == *e));
        }
        // Outside the polynomial's range, and NaN, the exact path answers.
        let far = [0.9995, -0.9995, 0.99999999, -0.99999999];
        let mut outside = [far[0], far[1], far[2], far[3], f64::NAN];
        for (_, path) in fast_paths() {
            assert!(outside.iter().all(|&y| fast_one(path, y).is_none()));
        }
        gauss_f32(&mut outside);
        for (y, v) in far.into_iter().zip(outside) {
            assert_eq!(v.to_bits(), (exact(y) as f32 as f64).to_bits());
        }
        assert!(outside[4].is_nan());
    }
}
