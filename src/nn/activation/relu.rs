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
    torch_function: Some("torch.relu"),
};

fn forward(x: Tensor<2>, _: &[f64]) -> (Tensor<2>, Saved) {
    keeping_output(activation::relu(x))
}

fn backward(saved: Saved, grad: Tensor<2>, _: &[f64]) -> Tensor<2> {
    let y = kept_output(saved);
    // Handing `mask_fill` a second handle on `grad` keeps it from filling in
    // place: flex's in-place fill branches on every element, which the
    // random signs of a ReLU's inputs mispredict half the time (a sixth of
    // the tutorial's training time); its copying fill is a select. Same
    // values either way.
    let shared = grad.clone();
    let masked = grad.mask_fill(y.lower_equal_scalar(0.0), 0.0);
    drop(shared);
    masked
}

// As PyTorch's relu: NaN stays NaN (`f32::max` would give 0).
fn host(values: &mut [f32], _: &[f32]) {
    // A select, not a branch: the compiler vectorises it, and random signs
    // cost no mispredictions. NaN stays NaN, as in PyTorch.
    for x in values {
        *x = if *x < 0.0 { 0.0 } else { *x };
    }
}
