//! `torch.nn.Softplus(beta=1.0, threshold=20.0)`: log(1 + e^(beta x)) / beta,
//! and x itself where beta x > threshold (PyTorch's switch to the linear
//! function, which also keeps e^(beta x) from overflowing).

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, Setting, kept_input};

pub static SOFTPLUS: ActivationDef = ActivationDef {
    name: "Softplus",
    torch_module: "activation",
    settings: &[
        Setting {
            name: "beta",
            default: 1.0,
        },
        Setting {
            name: "threshold",
            default: 20.0,
        },
    ],
    check,
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.softplus"),
};

fn check(s: &[f64]) -> Result<(), String> {
    if s[0] == 0.0 {
        return Err("beta=0 divides by zero".to_string());
    }
    Ok(())
}

fn forward(x: Tensor<2>, s: &[f64]) -> (Tensor<2>, Saved) {
    let (beta, threshold) = (s[0], s[1]);
    let bx = x.clone().mul_scalar(beta);
    let linear = bx.clone().greater_scalar(threshold);
    // e^(beta x) is only taken where it is used, so it cannot overflow into
    // the result; the masked entries are replaced by x.
    let smooth = bx
        .mask_fill(linear.clone(), 0.0)
        .exp()
        .log1p()
        .div_scalar(beta);
    (smooth.mask_where(linear, x.clone()), Saved::Input(x))
}

// d/dx = sigmoid(beta x) on the smooth part, 1 on the linear part.
fn backward(saved: Saved, grad: Tensor<2>, s: &[f64]) -> Tensor<2> {
    let x = kept_input(saved);
    let bx = x.mul_scalar(s[0]);
    let linear = bx.clone().greater_scalar(s[1]);
    let slope = activation::sigmoid(bx).mask_fill(linear, 1.0);
    grad * slope
}

fn host(values: &mut [f32], s: &[f32]) {
    let (beta, threshold) = (s[0], s[1]);
    for x in values {
        let bx = *x * beta;
        if bx <= threshold {
            *x = bx.exp().ln_1p() / beta;
        }
    }
}

fn host_backward(grad: &mut [f32], input: &[f32], _: &[f32], s: &[f32]) {
    let (beta, threshold) = (s[0], s[1]);
    for (g, &x) in grad.iter_mut().zip(input) {
        let bx = x * beta;
        if bx <= threshold {
            *g *= 1.0 / (1.0 + (-bx).exp());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hand values: softplus(0) = ln 2; beta 2 halves it; past the threshold
    /// the input itself; NaN stays NaN.
    #[test]
    fn host_values_by_hand() {
        let mut v = [0.0f32, 0.0, 30.0, 9.0, f32::NAN];
        host(&mut v[..2], &[1.0, 20.0]);
        assert!((v[0] - std::f32::consts::LN_2).abs() < 1e-7);
        host(&mut v[2..4], &[2.0, 20.0]);
        assert_eq!(v[2], 30.0);
        let expected = ((18.0f64).exp().ln_1p() / 2.0) as f32;
        assert!((v[3] - expected).abs() < 1e-6, "{}", v[3]);
        host(&mut v[4..], &[1.0, 20.0]);
        assert!(v[4].is_nan());
    }
}
