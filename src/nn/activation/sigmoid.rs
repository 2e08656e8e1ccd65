//! `torch.nn.Sigmoid()`.

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, keeping_output, kept_output};

pub static SIGMOID: ActivationDef = ActivationDef {
    name: "Sigmoid",
    torch_module: "activation",
    settings: &[],
    check: |_| Ok(()),
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.sigmoid"),
};

fn forward(x: Tensor<2>, _: &[f64]) -> (Tensor<2>, Saved) {
    keeping_output(activation::sigmoid(x))
}

fn backward(saved: Saved, grad: Tensor<2>, _: &[f64]) -> Tensor<2> {
    let y = kept_output(saved);
    grad * (y.clone() * y.neg().add_scalar(1.0))
}

fn host(values: &mut [f32], _: &[f32]) {
    for x in values {
        *x = 1.0 / (1.0 + (-*x).exp());
    }
}

fn host_backward(grad: &mut [f32], _: &[f32], output: &[f32], _: &[f32]) {
    for (g, &y) in grad.iter_mut().zip(output) {
        *g *= y * (1.0 - y);
    }
}
