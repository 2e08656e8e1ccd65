//! `torch.nn.Tanh()`.

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, keeping_output, kept_output};

pub static TANH: ActivationDef = ActivationDef {
    name: "Tanh",
    torch_module: "activation",
    settings: &[],
    check: |_| Ok(()),
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.tanh"),
};

fn forward(x: Tensor<2>, _: &[f64]) -> (Tensor<2>, Saved) {
    keeping_output(activation::tanh(x))
}

fn backward(saved: Saved, grad: Tensor<2>, _: &[f64]) -> Tensor<2> {
    let y = kept_output(saved);
    grad * y.square().neg().add_scalar(1.0)
}

fn host(values: &mut [f32], _: &[f32]) {
    for x in values {
        *x = x.tanh();
    }
}

fn host_backward(grad: &mut [f32], _: &[f32], output: &[f32], _: &[f32]) {
    for (g, &y) in grad.iter_mut().zip(output) {
        *g *= 1.0 - y * y;
    }
}
