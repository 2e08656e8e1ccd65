//! `torch.nn.ELU(alpha=1.0)`.

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, Setting, kept_both};

pub static ELU: ActivationDef = ActivationDef {
    name: "ELU",
    torch_module: "activation",
    settings: &[Setting {
        name: "alpha",
        default: 1.0,
    }],
    check: |_| Ok(()),
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.elu"),
};

fn forward(x: Tensor<2>, s: &[f64]) -> (Tensor<2>, Saved) {
    let y = activation::elu(x.clone(), s[0]);
    (y.clone(), Saved::Both(x, y))
}

// y = alpha (e^x - 1) for x <= 0, so dy/dx = y + alpha there.
fn backward(saved: Saved, grad: Tensor<2>, s: &[f64]) -> Tensor<2> {
    let (x, y) = kept_both(saved);
    let negative = grad.clone() * y.add_scalar(s[0]);
    grad.mask_where(x.lower_equal_scalar(0.0), negative)
}

fn host(values: &mut [f32], s: &[f32]) {
    for x in values {
        if *x <= 0.0 {
            *x = s[0] * x.exp_m1();
        }
    }
}

fn host_backward(grad: &mut [f32], input: &[f32], output: &[f32], s: &[f32]) {
    for ((g, &x), &y) in grad.iter_mut().zip(input).zip(output) {
        if x <= 0.0 {
            *g *= y + s[0];
        }
    }
}
