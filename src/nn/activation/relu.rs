//! `torch.nn.ReLU()`.

use burn::tensor::{Tensor, activation};

use super::{ActivationDef, Saved, keeping_output, kept_output};

pub static RELU: ActivationDef = ActivationDef {
    name: "ReLU",
    torch_module: "activation",
    settings: &[],
    check: |_| Ok(()),
    forward,
    backward: Some(backward),
    host,
    host_backward: Some(host_backward),
    torch_function: Some("torch.relu"),
};

fn forward(x: Tensor<2>, _: &[f64]) -> (Tensor<2>, Saved) {
    keeping_output(activation::relu(x))
}

fn backward(saved: Saved, grad: Tensor<2>, _: &[f64]) -> Tensor<2> {
    // The gradient times the 0/1 mask of positive outputs: passes that
    // vectorise. `mask_fill` with the comparison's mask fills by a branch or
    // a pointer select per element on flex (a third of W4's training time),
    // and flex's `sign` calls `copysignf` per element. The values are the
    // same (up to the sign of zero gradients, which no update sees) except
    // where the output is NaN: 0 here, the incoming gradient there, and the
    // loss is NaN either way.
    grad * kept_output(saved).greater_elem(0.0).float()
}

// As PyTorch's relu: NaN stays NaN (`f32::max` would give 0).
fn host(values: &mut [f32], _: &[f32]) {
    // A select, not a branch: the compiler vectorises it, and random signs
    // cost no mispredictions. NaN stays NaN, as in PyTorch.
    for x in values {
        *x = if *x < 0.0 { 0.0 } else { *x };
    }
}

// Positive outputs pass the gradient (as `backward`: the mask of y > 0).
fn host_backward(grad: &mut [f32], _: &[f32], output: &[f32], _: &[f32]) {
    for (g, &y) in grad.iter_mut().zip(output) {
        *g *= if y > 0.0 { 1.0 } else { 0.0 };
    }
}
