//! `torch.nn.SELU()`: scale (x > 0 ? x : alpha (e^x - 1)) with the fixed
//! constants of Klambauer et al., as in PyTorch.

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, kept_both};

const ALPHA: f64 = 1.673_263_242_354_377_3;
const SCALE: f64 = 1.050_700_987_355_480_5;

pub static SELU: ActivationDef = ActivationDef {
    name: "SELU",
    torch_module: "activation",
    settings: &[],
    check: |_| Ok(()),
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.selu"),
};

fn forward(x: Tensor<2>, _: &[f64]) -> (Tensor<2>, Saved) {
    let y = activation::selu(x.clone());
    (y.clone(), Saved::Both(x, y))
}

// dy/dx = scale for x > 0, y + scale alpha otherwise.
fn backward(saved: Saved, grad: Tensor<2>, _: &[f64]) -> Tensor<2> {
    let (x, y) = kept_both(saved);
    let negative = y.add_scalar(SCALE * ALPHA);
    grad.clone()
        .mul_scalar(SCALE)
        .mask_where(x.lower_equal_scalar(0.0), grad * negative)
}

fn host(values: &mut [f32], _: &[f32]) {
    let (alpha, scale) = (ALPHA as f32, SCALE as f32);
    for x in values {
        *x = scale * if *x > 0.0 { *x } else { alpha * x.exp_m1() };
    }
}

fn host_backward(grad: &mut [f32], input: &[f32], output: &[f32], _: &[f32]) {
    let (scale, scale_alpha) = (SCALE as f32, (SCALE * ALPHA) as f32);
    for ((g, &x), &y) in grad.iter_mut().zip(input).zip(output) {
        *g *= if x <= 0.0 { y + scale_alpha } else { scale };
    }
}
