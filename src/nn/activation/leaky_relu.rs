//! `torch.nn.LeakyReLU(negative_slope=0.01)`.

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, Setting, kept_input};

pub static LEAKY_RELU: ActivationDef = ActivationDef {
    name: "LeakyReLU",
    torch_module: "activation",
    settings: &[Setting {
        name: "negative_slope",
        default: 0.01,
    }],
    check: |_| Ok(()),
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.leaky_relu"),
};

fn forward(x: Tensor<2>, s: &[f64]) -> (Tensor<2>, Saved) {
    (activation::leaky_relu(x.clone(), s[0]), Saved::Input(x))
}

fn backward(saved: Saved, grad: Tensor<2>, s: &[f64]) -> Tensor<2> {
    let x = kept_input(saved);
    let slope = grad.clone().mul_scalar(s[0]);
    grad.mask_where(x.lower_equal_scalar(0.0), slope)
}

fn host(values: &mut [f32], s: &[f32]) {
    for x in values {
        if *x < 0.0 {
            *x *= s[0];
        }
    }
}

fn host_backward(grad: &mut [f32], input: &[f32], _: &[f32], s: &[f32]) {
    for (g, &x) in grad.iter_mut().zip(input) {
        *g *= if x <= 0.0 { s[0] } else { 1.0 };
    }
}
