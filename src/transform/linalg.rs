//! The little linear algebra the transformations need: symmetric
//! eigen-decomposition (cyclic Jacobi, exact enough for the ≤ 200 variables
//! TMVA allows) on row-major `f64` matrices.

/// Eigenvalues and eigenvectors of the symmetric `n × n` matrix `a`
/// (row-major). Returns `(values, vectors)` with `vectors[i * n + k]` the
/// `i`-th component of eigenvector `k`, sorted by decreasing eigenvalue, each
/// vector's largest-magnitude component made positive (a fixed sign convention).
pub fn symmetric_eigen(a: &[f64], n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut m = a.to_vec();
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| m[i * n + j] * m[i * n + j])
            .sum();
        let scale: f64 = (0..n)
            .map(|i| m[i * n + i] * m[i * n + i])
            .sum::<f64>()
            .max(1e-300);
        if off <= 1e-30 * scale {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = m[p * n + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (m[q * n + q] - m[p * n + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let mkp = m[k * n + p];
                    let mkq = m[k * n + q];
                    m[k * n + p] = c * mkp - s * mkq;
                    m[k * n + q] = s * mkp + c * mkq;
                }
                for k in 0..n {
                    let mpk = m[p * n + k];
                    let mqk = m[q * n + k];
                    m[p * n + k] = c * mpk - s * mqk;
                    m[q * n + k] = s * mpk + c * mqk;
                }
                for k in 0..n {
                    let vkp = v[k * n + p];
                    let vkq = v[k * n + q];
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| m[b * n + b].total_cmp(&m[a * n + a]));
    let values: Vec<f64> = order.iter().map(|&k| m[k * n + k]).collect();
    let mut vectors = vec![0.0; n * n];
    for (new, &k) in order.iter().enumerate() {
        let largest = (0..n)
            .max_by(|&i, &j| v[i * n + k].abs().total_cmp(&v[j * n + k].abs()))
            .unwrap_or(0);
        let sign = if v[largest * n + k] < 0.0 { -1.0 } else { 1.0 };
        for i in 0..n {
            vectors[i * n + new] = sign * v[i * n + k];
        }
    }
    (values, vectors)
}

/// `U diag(f(λ)) Uᵀ` for the symmetric matrix with eigen-decomposition `(values, vectors)`.
pub fn spectral_map(values: &[f64], vectors: &[f64], n: usize, f: impl Fn(f64) -> f64) -> Vec<f64> {
    let mut out = vec![0.0; n * n];
    for k in 0..n {
        let fk = f(values[k]);
        for i in 0..n {
            for j in 0..n {
                out[i * n + j] += vectors[i * n + k] * fk * vectors[j * n + k];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eigen_decomposition_reconstructs_the_matrix() {
        let a = [4.0, 1.0, 0.5, 1.0, 3.0, 0.2, 0.5, 0.2, 2.0];
        let (values, vectors) = symmetric_eigen(&a, 3);
        assert!(values[0] >= values[1] && values[1] >= values[2]);
        let back = spectral_map(&values, &vectors, 3, |x| x);
        for (x, y) in back.iter().zip(&a) {
            assert!((x - y).abs() < 1e-12);
        }
        // Inverse square root squared times the matrix is the identity.
        let isqrt = spectral_map(&values, &vectors, 3, |x| 1.0 / x.sqrt());
        let mut prod = [0.0; 9];
        for i in 0..3 {
            for j in 0..3 {
                for k in 0..3 {
                    for l in 0..3 {
                        prod[i * 3 + j] += isqrt[i * 3 + k] * a[k * 3 + l] * isqrt[l * 3 + j];
                    }
                }
            }
        }
        for i in 0..3 {
            for j in 0..3 {
                let e = if i == j { 1.0 } else { 0.0 };
                assert!((prod[i * 3 + j] - e).abs() < 1e-12);
            }
        }
    }
}
