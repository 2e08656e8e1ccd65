//! The default loop's training step on the host, for the embedded CPU
//! backend: forward pass, loss, closed-form backward pass and SGD update as
//! plain loops and matrix products over buffers that live for the whole
//! training, with no tensor dispatch or allocation per step.
//!
//! On TMVA-sized networks (4-64-2, batch 32) the tensor path spends most of
//! a step on bookkeeping (a dozen tensor allocations, copies and dispatches
//! per layer); here the arithmetic is most of it. On wide layers the matrix
//! products are `gemm`'s, as in Burn's CPU backend, and the elementwise
//! passes (bias, activation, its derivative) run once per layer instead of
//! one tensor operation each.
//!
//! It takes the models, losses and optimizers it can train exactly as the
//! tensor path does (see [`HostTrainer::new`]); anything else (dropout in
//! training, BatchNorm1d, GELU, custom layers or criteria, optimizers other
//! than SGD) trains on the tensors. The gradients are the same derivatives
//! as [`Sequential::analytic_gradients`]' up to the order of floating-point
//! sums; the parity tests against PyTorch check both paths.

use burn::tensor::Device;

use super::super::activation::HostBackward;
use super::super::custom::CustomLayer;
use super::super::inference::softmax_row;
use super::super::layers::Layer;
use super::super::loss::Loss;
use super::super::optim::{Optimizer, OptimizerConfig};
use super::super::sequential::{Sequential, StateDict, is_embedded_cpu};
use super::pair::Pair;
use super::{Criterion, TrainingData};
use crate::error::{Error, Result};

/// A matrix view: `data[row * row_stride + col * col_stride]`.
#[derive(Clone, Copy)]
struct MatRef<'a> {
    data: &'a [f32],
    row_stride: usize,
    col_stride: usize,
}

impl<'a> MatRef<'a> {
    fn rows(data: &'a [f32], cols: usize) -> Self {
        Self {
            data,
            row_stride: cols,
            col_stride: 1,
        }
    }

    /// The transpose of the row-major `[rows, cols]` matrix `data`.
    fn transposed(data: &'a [f32], cols: usize) -> Self {
        Self {
            data,
            row_stride: 1,
            col_stride: cols,
        }
    }

    fn covers(&self, rows: usize, cols: usize) -> bool {
        rows == 0
            || cols == 0
            || (rows - 1) * self.row_stride + (cols - 1) * self.col_stride < self.data.len()
    }
}

/// Multiply-adds from which a product is cut into two halves of rows that
/// run side by side on the trainer's two threads: W4's 256 x 256 x 256
/// products take about half the time. A join with the spinning helper costs
/// a few microseconds, so W4's 256 x 4 x 256 and 256 x 256 x 2 products
/// gain too (W4 3% faster than with 2^21). The cut depends on the shapes
/// alone, never on the threads, so one thread (`NumThreads=1`) runs the
/// same halves one after the other: the same numbers.
const SPLIT_MIN_MULTIPLY_ADDS: usize = 1 << 17;

/// Whether [`matmul`] cuts an `[m, k] x [k, n]` product in two.
fn is_split(m: usize, n: usize, k: usize) -> bool {
    m >= 16 && m * n * k >= SPLIT_MIN_MULTIPLY_ADDS
}

/// `out = lhs · rhs` (`out += lhs · rhs` with `accumulate`) for row-major
/// `out` of `[m, n]`, `lhs` of `[m, k]`, `rhs` of `[k, n]`; the halves of a
/// large product run side by side on `pair` when there is one.
#[allow(clippy::too_many_arguments)]
fn matmul(
    pair: Option<&Pair>,
    out: &mut [f32],
    m: usize,
    n: usize,
    k: usize,
    lhs: MatRef,
    rhs: MatRef,
    accumulate: bool,
) {
    if is_split(m, n, k) {
        let top = m / 2;
        assert!(
            out.len() >= m * n && lhs.covers(m, k),
            "matrix product shapes"
        );
        let (out_top, out_bottom) = out[..m * n].split_at_mut(top * n);
        let lhs_bottom = MatRef {
            data: &lhs.data[top * lhs.row_stride..],
            ..lhs
        };
        let mut top_half = move || matmul_one(out_top, top, n, k, lhs, rhs, accumulate);
        let mut bottom_half =
            move || matmul_one(out_bottom, m - top, n, k, lhs_bottom, rhs, accumulate);
        match pair {
            Some(pair) => pair.join(top_half, bottom_half),
            None => {
                top_half();
                bottom_half();
            }
        }
        return;
    }
    matmul_one(out, m, n, k, lhs, rhs, accumulate)
}

/// [`matmul`] in one call to gemm.
fn matmul_one(
    out: &mut [f32],
    m: usize,
    n: usize,
    k: usize,
    lhs: MatRef,
    rhs: MatRef,
    accumulate: bool,
) {
    assert!(
        out.len() >= m * n && lhs.covers(m, k) && rhs.covers(k, n),
        "matrix product shapes"
    );
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        if !accumulate {
            out[..m * n].fill(0.0);
        }
        return;
    }
    // SAFETY: the assertion keeps every element gemm reads or writes inside
    // the three slices, and `out` is borrowed mutably alone.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            out.as_mut_ptr(),
            1,
            n as isize,
            accumulate,
            lhs.data.as_ptr(),
            lhs.col_stride as isize,
            lhs.row_stride as isize,
            rhs.data.as_ptr(),
            rhs.col_stride as isize,
            rhs.row_stride as isize,
            1.0,
            1.0,
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
}

/// One layer of the host network.
#[derive(Clone)]
enum HostLayer {
    /// `weight` is PyTorch's `[out, in]`.
    Linear {
        n_in: usize,
        n_out: usize,
        weight: Vec<f32>,
        bias: Option<Vec<f32>>,
    },
    Activation {
        forward: fn(&mut [f32], &[f32]),
        backward: HostBackward,
        settings: Vec<f32>,
    },
    Softmax {
        log: bool,
    },
    Identity,
}

/// PyTorch's SGD (momentum, dampening, Nesterov, L2 weight decay), with
/// Burn's operation order: the same update as the tensor path's `Sgd`.
struct HostSgd {
    lr: f64,
    momentum: f32,
    dampening: f32,
    weight_decay: f32,
    nesterov: bool,
    /// One velocity per parameter, in the order of the state dict; empty
    /// before the first step.
    velocity: Vec<Vec<f32>>,
}

impl HostSgd {
    fn step(&mut self, param: &mut [f32], grad: &mut [f32], slot: usize) {
        let lr = self.lr as f32;
        if self.weight_decay > 0.0 {
            for (g, p) in grad.iter_mut().zip(param.iter()) {
                *g += p * self.weight_decay;
            }
        }
        if self.momentum > 0.0 {
            if self.velocity.len() <= slot {
                // First step: the velocity is the gradient.
                self.velocity.push(grad.to_vec());
            } else {
                let (m, keep) = (self.momentum, 1.0 - self.dampening);
                for (v, g) in self.velocity[slot].iter_mut().zip(grad.iter()) {
                    *v = g * keep + *v * m;
                }
            }
            let velocity = &self.velocity[slot];
            if self.nesterov {
                for (g, v) in grad.iter_mut().zip(velocity) {
                    *g += v * self.momentum;
                }
            } else {
                grad.copy_from_slice(velocity);
            }
        }
        for (p, g) in param.iter_mut().zip(grad.iter()) {
            *p -= g * lr;
        }
    }
}

/// A network, its loss and SGD on host buffers (see the module docs).
pub(super) struct HostTrainer {
    layers: Vec<HostLayer>,
    /// The model's state dict (names and shapes), filled from `layers` when
    /// the weights go back to the model.
    state: StateDict,
    loss: Loss,
    sgd: HostSgd,
    n_inputs: usize,
    n_outputs: usize,
    /// Index of the first Linear layer: nothing below it needs gradients.
    first_learnable: usize,
    /// `values[0]` is the batch's input, `values[i + 1]` layer `i`'s output.
    values: Vec<Vec<f32>>,
    /// Gradients of the parameters, in the order of the state dict.
    grads: Vec<Vec<f32>>,
    grad_out: Vec<f32>,
    grad_in: Vec<f32>,
    target: Vec<f32>,
    weights: Vec<f32>,
    /// Two threads for the halves of large products; `None` on one thread.
    pair: Option<Pair>,
}

impl HostTrainer {
    /// The host trainer of `model`, or `None` when some part of the
    /// training has no host version: a layer other than Linear, a catalogue
    /// activation with a host derivative, Softmax/LogSoftmax over features,
    /// Flatten or Dropout that drops nothing; a criterion other than a
    /// built-in loss with a closed-form gradient; an optimizer other than
    /// SGD; or a `device` (the model's) other than the embedded CPU backend.
    /// `batch_size` and `threads` as in `TrainingConfig` (threads 0: the
    /// machine's cores).
    pub(super) fn new<C: CustomLayer>(
        model: &Sequential<C>,
        optimizer: &Optimizer,
        criterion: &Criterion,
        device: &Device,
        batch_size: usize,
        threads: usize,
    ) -> Option<Self> {
        if device.is_autodiff() || !is_embedded_cpu(device) {
            return None;
        }
        let Criterion::Loss(loss) = criterion else {
            return None;
        };
        if !loss.has_analytic_grad() {
            return None;
        }
        let OptimizerConfig::SGD {
            momentum,
            dampening,
            weight_decay,
            nesterov,
            ..
        } = *optimizer.config()
        else {
            return None;
        };
        let state = model.state_dict();
        let names = model.layer_names();
        let find = |key: String| {
            state
                .iter()
                .find(|t| t.name == key)
                .map(|t| t.values.clone())
        };
        let mut layers = Vec::with_capacity(model.layers().len());
        let mut width = model.n_inputs();
        for (layer, name) in model.layers().iter().zip(names) {
            layers.push(match layer {
                Layer::Linear(linear) => {
                    let [n_in, n_out] = linear.weight.dims();
                    if n_in != width {
                        return None;
                    }
                    width = n_out;
                    HostLayer::Linear {
                        n_in,
                        n_out,
                        weight: find(format!("{name}.weight"))?,
                        bias: match &linear.bias {
                            Some(_) => Some(find(format!("{name}.bias"))?),
                            None => None,
                        },
                    }
                }
                Layer::Activation(a) => HostLayer::Activation {
                    forward: a.spec.def().host,
                    backward: a.spec.def().host_backward?,
                    settings: a.spec.settings().iter().map(|&v| v as f32).collect(),
                },
                Layer::Softmax(s) if s.dim == 1 => HostLayer::Softmax { log: s.log },
                Layer::Dropout(d) if d.p == 0.0 => HostLayer::Identity,
                Layer::Flatten(_) => HostLayer::Identity,
                _ => return None,
            });
        }
        let first_learnable = layers
            .iter()
            .position(|l| matches!(l, HostLayer::Linear { .. }))
            .unwrap_or(layers.len());
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        // The second thread only where some product of a full batch is cut
        // in two: the forward and input-gradient products have the batch's
        // rows, the weight gradient the layer's outputs. Without it (one
        // thread asked, or refused by the system) the training runs on one:
        // the same numbers, later.
        let splits = layers.iter().any(|l| match *l {
            HostLayer::Linear { n_in, n_out, .. } => {
                is_split(batch_size, n_out, n_in)
                    || is_split(batch_size, n_in, n_out)
                    || is_split(n_out, n_in, batch_size)
            }
            _ => false,
        });
        let pair = if threads > 1 && splits {
            Pair::new()
        } else {
            None
        };
        let grads = state.iter().map(|t| vec![0.0; t.values.len()]).collect();
        Some(Self {
            n_inputs: model.n_inputs(),
            n_outputs: width,
            values: vec![Vec::new(); layers.len() + 1],
            layers,
            state,
            loss: loss.clone(),
            sgd: HostSgd {
                lr: optimizer.lr(),
                momentum: momentum as f32,
                dampening: dampening as f32,
                weight_decay: weight_decay as f32,
                nesterov,
                velocity: Vec::new(),
            },
            first_learnable,
            grads,
            grad_out: Vec::new(),
            grad_in: Vec::new(),
            target: Vec::new(),
            weights: Vec::new(),
            pair,
        })
    }

    pub(super) fn lr(&self) -> f64 {
        self.sgd.lr
    }

    pub(super) fn set_lr(&mut self, lr: f64) {
        self.sgd.lr = lr;
    }

    /// Copies the events `rows` of `data` (in that order) into the input,
    /// target and weight buffers.
    fn gather(&mut self, data: &TrainingData, rows: &[usize]) {
        let (nf, nt) = (data.n_features(), data.n_targets());
        let (x, y) = (data.features(), data.targets());
        let input = &mut self.values[0];
        input.clear();
        self.target.clear();
        self.weights.clear();
        for &i in rows {
            input.extend_from_slice(&x[i * nf..(i + 1) * nf]);
            self.target.extend_from_slice(&y[i * nt..(i + 1) * nt]);
        }
        if let Some(w) = data.weights() {
            self.weights.extend(rows.iter().map(|&i| w[i]));
        }
    }

    /// The forward pass of the gathered batch of `n` events, keeping every
    /// layer's output.
    fn forward(&mut self, n: usize) {
        let mut width = self.n_inputs;
        let pair = self.pair.as_ref();
        for (index, layer) in self.layers.iter().enumerate() {
            let (before, after) = self.values.split_at_mut(index + 1);
            let (input, output) = (&before[index], &mut after[0]);
            match layer {
                HostLayer::Linear {
                    n_in,
                    n_out,
                    weight,
                    bias,
                } => {
                    output.resize(n * n_out, 0.0);
                    if let Some(bias) = bias {
                        for row in output.chunks_exact_mut(*n_out) {
                            row.copy_from_slice(bias);
                        }
                    }
                    matmul(
                        pair,
                        output,
                        n,
                        *n_out,
                        *n_in,
                        MatRef::rows(input, *n_in),
                        MatRef::transposed(weight, *n_in),
                        bias.is_some(),
                    );
                    width = *n_out;
                }
                HostLayer::Activation {
                    forward, settings, ..
                } => {
                    output.clear();
                    output.extend_from_slice(input);
                    forward(output, settings);
                }
                HostLayer::Softmax { log } => {
                    output.clear();
                    output.extend_from_slice(input);
                    for row in output.chunks_exact_mut(width) {
                        softmax_row(row, *log);
                    }
                }
                HostLayer::Identity => {
                    output.clear();
                    output.extend_from_slice(input);
                }
            }
        }
    }

    /// One SGD step on the events `rows` of `data`; returns the batch loss.
    pub(super) fn step(&mut self, data: &TrainingData, rows: &[usize]) -> f32 {
        let n = rows.len();
        let loss = self.loss(data, rows);
        // Backward, from the last layer down to the first learnable one; the
        // parameters' slots run backwards through the state dict.
        let mut slot = self.grads.len();
        let mut width = self.n_outputs;
        for index in (self.first_learnable..self.layers.len()).rev() {
            let (input, output) = (&self.values[index], &self.values[index + 1]);
            match &self.layers[index] {
                HostLayer::Linear {
                    n_in,
                    n_out,
                    weight,
                    bias,
                } => {
                    let g = &self.grad_out;
                    if bias.is_some() {
                        slot -= 1;
                        let gb = &mut self.grads[slot];
                        gb.fill(0.0);
                        for row in g.chunks_exact(*n_out) {
                            for (s, v) in gb.iter_mut().zip(row) {
                                *s += v;
                            }
                        }
                    }
                    slot -= 1;
                    matmul(
                        self.pair.as_ref(),
                        &mut self.grads[slot],
                        *n_out,
                        *n_in,
                        n,
                        MatRef::transposed(g, *n_out),
                        MatRef::rows(input, *n_in),
                        false,
                    );
                    if index > self.first_learnable {
                        self.grad_in.resize(n * n_in, 0.0);
                        matmul(
                            self.pair.as_ref(),
                            &mut self.grad_in,
                            n,
                            *n_in,
                            *n_out,
                            MatRef::rows(g, *n_out),
                            MatRef::rows(weight, *n_in),
                            false,
                        );
                        std::mem::swap(&mut self.grad_in, &mut self.grad_out);
                    }
                    width = *n_in;
                }
                HostLayer::Activation {
                    backward, settings, ..
                } => backward(&mut self.grad_out, input, output, settings),
                HostLayer::Softmax { log } => {
                    for (g, y) in self
                        .grad_out
                        .chunks_exact_mut(width)
                        .zip(output.chunks_exact(width))
                    {
                        softmax_row_backward(g, y, *log);
                    }
                }
                HostLayer::Identity => {}
            }
        }
        // The update, in the state dict's order (as the tensor path visits).
        let mut slot = 0;
        for layer in &mut self.layers {
            if let HostLayer::Linear { weight, bias, .. } = layer {
                self.sgd.step(weight, &mut self.grads[slot], slot);
                slot += 1;
                if let Some(bias) = bias {
                    self.sgd.step(bias, &mut self.grads[slot], slot);
                    slot += 1;
                }
            }
        }
        loss
    }

    /// The loss of the events `rows` of `data`, leaving every layer's output
    /// and the loss's gradient with respect to the network's output in the
    /// buffers; updates nothing.
    pub(super) fn loss(&mut self, data: &TrainingData, rows: &[usize]) -> f32 {
        self.gather(data, rows);
        self.forward(rows.len());
        let output = &self.values[self.layers.len()];
        self.grad_out.resize(output.len(), 0.0);
        let weights = (!self.weights.is_empty()).then_some(self.weights.as_slice());
        self.loss.host_value_and_grad(
            output,
            &self.target,
            weights,
            self.n_outputs,
            &mut self.grad_out,
        )
    }

    /// The current parameters, in the state dict's order.
    pub(super) fn parameters(&self) -> Vec<Vec<f32>> {
        let mut out = Vec::with_capacity(self.state.len());
        for layer in &self.layers {
            if let HostLayer::Linear { weight, bias, .. } = layer {
                out.push(weight.clone());
                out.extend(bias.clone());
            }
        }
        out
    }

    /// `model` with `parameters` (from [`parameters`](Self::parameters)).
    pub(super) fn load_into<C: CustomLayer>(
        &self,
        model: Sequential<C>,
        parameters: Vec<Vec<f32>>,
    ) -> Result<Sequential<C>> {
        if parameters.len() != self.state.len() {
            return Err(Error::Backend(format!(
                "host training kept {} tensors for a model of {}",
                parameters.len(),
                self.state.len()
            )));
        }
        let mut state = self.state.clone();
        for (entry, values) in state.iter_mut().zip(parameters) {
            entry.values = values;
        }
        model.load_state_dict(&state)
    }
}

/// The softmax's backward pass over one row, as the tensor path's:
/// `y (g - Σ g y)`, or `g - exp(y) Σ g` for log-softmax.
fn softmax_row_backward(grad: &mut [f32], output: &[f32], log: bool) {
    if log {
        let sum: f32 = grad.iter().sum();
        for (g, y) in grad.iter_mut().zip(output) {
            *g -= y.exp() * sum;
        }
    } else {
        let dot: f32 = grad.iter().zip(output).map(|(g, y)| g * y).sum();
        for (g, y) in grad.iter_mut().zip(output) {
            *g = y * (*g - dot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Backprop, CustomObjects, TrainingConfig, train};
    use super::*;
    use crate::nn::loss::{LossKind, Reduction};
    use burn::module::Module;

    fn data(n: usize, n_targets: usize, weighted: bool) -> TrainingData {
        // Deterministic, varied values: no generator needed.
        let x: Vec<f32> = (0..n * 4)
            .map(|i| ((i * 7919 % 1009) as f32 / 1009.0 - 0.5) * 3.0)
            .collect();
        let y: Vec<f32> = (0..n)
            .flat_map(|e| (0..n_targets).map(move |c| if e % n_targets == c { 1.0 } else { 0.0 }))
            .collect();
        let data = TrainingData::new(x, 4, y, n_targets).unwrap();
        if weighted {
            data.with_weights((0..n).map(|e| 0.5 + (e % 5) as f32 * 0.3).collect())
                .unwrap()
        } else {
            data
        }
    }

    fn max_diff(a: &StateDict, b: &StateDict) -> f32 {
        a.iter()
            .zip(b)
            .flat_map(|(a, b)| a.values.iter().zip(&b.values).map(|(x, y)| (x - y).abs()))
            .fold(0.0, f32::max)
    }

    /// Every layer, loss and SGD option the host trainer takes: three epochs
    /// with validation, shuffling and `SaveBestOnly` on the host and on the
    /// tensors (whose closed-form pass the parity tests check against
    /// PyTorch) end in the same weights and losses, up to the order of sums.
    #[test]
    fn host_training_matches_the_tensor_path() {
        let device = Device::flex();
        let sgd = |momentum, dampening, weight_decay, nesterov| OptimizerConfig::SGD {
            lr: 0.05,
            momentum,
            dampening,
            weight_decay,
            nesterov,
        };
        let cases: Vec<(&str, Sequential, Loss, OptimizerConfig, bool)> = vec![
            (
                "relu softmax mse",
                Sequential::builder(4)
                    .linear(16)
                    .relu()
                    .linear(2)
                    .softmax(1)
                    .build(&device)
                    .unwrap(),
                Loss::mse(),
                sgd(0.0, 0.0, 0.0, false),
                false,
            ),
            (
                "tanh sigmoid, momentum dampening, weighted sum L1",
                Sequential::builder(4)
                    .linear(8)
                    .activation("Tanh", &[])
                    .linear_no_bias(8)
                    .activation("Sigmoid", &[])
                    .linear(3)
                    .build(&device)
                    .unwrap(),
                Loss::new(LossKind::L1Loss).with_reduction(Reduction::Sum),
                sgd(0.9, 0.3, 0.0, false),
                true,
            ),
            (
                "elu selu leaky softplus, nesterov decay, weighted cross-entropy",
                Sequential::builder(4)
                    .linear(8)
                    .activation("ELU", &[("alpha", 0.7)])
                    .linear(8)
                    .activation("SELU", &[])
                    .dropout(0.0)
                    .linear(8)
                    .activation("LeakyReLU", &[("negative_slope", 0.2)])
                    .linear(8)
                    .activation("Softplus", &[("beta", 2.0), ("threshold", 1.0)])
                    .flatten()
                    .linear(3)
                    .build(&device)
                    .unwrap(),
                Loss::cross_entropy(),
                sgd(0.5, 0.0, 1e-2, true),
                true,
            ),
            (
                "identity log-softmax, mse",
                Sequential::builder(4)
                    .activation("Identity", &[])
                    .linear(6)
                    .log_softmax(1)
                    .build(&device)
                    .unwrap(),
                Loss::mse(),
                sgd(0.0, 0.0, 1e-3, false),
                false,
            ),
        ];
        for (name, model, loss, optimizer, weighted) in cases {
            let criterion = Criterion::Loss(loss.clone());
            let host = HostTrainer::new(
                &model,
                &optimizer.init().unwrap(),
                &criterion,
                &device,
                32,
                0,
            );
            assert!(host.is_some(), "{name}: not trained on the host");
            let n_targets = model.n_outputs();
            let all = data(300, n_targets, weighted);
            let (train_set, validation) = all.split_validation(60).unwrap();
            let run = |backprop| {
                let config = TrainingConfig {
                    num_epochs: 3,
                    batch_size: 32,
                    optimizer: optimizer.clone(),
                    loss: loss.clone(),
                    shuffle: true,
                    backprop,
                    ..TrainingConfig::default()
                };
                train(
                    model.clone(),
                    &train_set,
                    Some(&validation),
                    &config,
                    &mut CustomObjects::default(),
                    &device,
                    &mut |_| {},
                )
                .unwrap()
            };
            let (host, tensors) = (run(Backprop::Auto), run(Backprop::Tensors));
            let diff = max_diff(&host.model.state_dict(), &tensors.model.state_dict());
            assert!(diff < 1e-5, "{name}: weights differ by {diff}");
            assert!(
                max_diff(&host.model.state_dict(), &model.state_dict()) > 1e-2,
                "{name}: nothing trained"
            );
            assert_eq!(
                host.history.best_epoch, tensors.history.best_epoch,
                "{name}"
            );
            for (h, t) in host.history.epochs.iter().zip(&tensors.history.epochs) {
                assert!(
                    (h.train_loss - t.train_loss).abs() < 1e-5 * t.train_loss.abs().max(1.0),
                    "{name}: {h:?} {t:?}"
                );
                let (hv, tv) = (h.val_loss.unwrap(), t.val_loss.unwrap());
                assert!(
                    (hv - tv).abs() < 1e-5 * tv.abs().max(1.0),
                    "{name}: {hv} {tv}"
                );
            }
        }
    }

    /// A product cut in two halves of rows equals the one-call product to
    /// the bit, for plain and transposed operands.
    #[test]
    fn split_products_equal_whole_ones() {
        let (m, n, k) = (256, 96, 128);
        assert!(m * n * k >= SPLIT_MIN_MULTIPLY_ADDS);
        let value = |i: usize| ((i * 7919 % 1013) as f32 - 506.0) / 97.0;
        let a: Vec<f32> = (0..m * k).map(value).collect();
        let b: Vec<f32> = (0..k * n).map(|i| value(i + 5)).collect();
        for (lhs, rhs) in [
            (MatRef::rows(&a, k), MatRef::rows(&b, n)),
            (MatRef::transposed(&a, m), MatRef::transposed(&b, k)),
        ] {
            for accumulate in [false, true] {
                let start: Vec<f32> = (0..m * n).map(|i| value(i + 11)).collect();
                let (mut split, mut whole) = (start.clone(), start);
                let pair = Pair::new().unwrap();
                matmul(Some(&pair), &mut split, m, n, k, lhs, rhs, accumulate);
                let mut one_thread = whole.clone();
                matmul(None, &mut one_thread, m, n, k, lhs, rhs, accumulate);
                assert_eq!(split, one_thread);
                matmul_one(&mut whole, m, n, k, lhs, rhs, accumulate);
                assert_eq!(split, whole);
            }
        }
    }

    /// A network whose products are cut in two trains to the same weights
    /// on one thread and on two.
    #[test]
    fn one_thread_and_two_give_the_same_weights() {
        let device = Device::flex();
        let model = Sequential::builder(4)
            .linear(256)
            .relu()
            .linear(256)
            .relu()
            .linear(2)
            .softmax(1)
            .build(&device)
            .unwrap();
        let all = data(640, 2, false);
        let run = |threads| {
            let config = TrainingConfig {
                num_epochs: 1,
                batch_size: 64,
                save_best_only: false,
                threads,
                ..TrainingConfig::default()
            };
            let optimizer = config.optimizer.init().unwrap();
            let trainer = HostTrainer::new(
                &model,
                &optimizer,
                &Criterion::Loss(config.loss.clone()),
                &device,
                config.batch_size,
                threads,
            )
            .unwrap();
            assert_eq!(trainer.pair.is_some(), threads == 2);
            train(
                model.clone(),
                &all,
                None,
                &config,
                &mut CustomObjects::default(),
                &device,
                &mut |_| {},
            )
            .unwrap()
            .model
            .state_dict()
        };
        let (one, two) = (run(1), run(2));
        assert_eq!(one, two);
        assert!(
            max_diff(&one, &model.state_dict()) > 1e-4,
            "nothing trained"
        );
    }

    /// What the host trainer does not take trains on the tensors.
    #[test]
    fn host_trainer_refuses_what_it_cannot_train() {
        let device = Device::flex();
        let optimizer = OptimizerConfig::sgd(0.01).init().unwrap();
        let mse = Criterion::Loss(Loss::mse());
        let model = |b: crate::nn::SequentialBuilder| b.build(&device).unwrap();
        let plain = model(Sequential::builder(4).linear(4).relu().linear(2));
        assert!(HostTrainer::new(&plain, &optimizer, &mse, &device, 32, 0).is_some());
        let adam = OptimizerConfig::adam(1e-3).init().unwrap();
        assert!(HostTrainer::new(&plain, &adam, &mse, &device, 32, 0).is_none());
        let smooth = Criterion::Loss(Loss::new(LossKind::SmoothL1Loss { beta: 1.0 }));
        assert!(HostTrainer::new(&plain, &optimizer, &smooth, &device, 32, 0).is_none());
        for unsupported in [
            model(Sequential::builder(4).linear(4).dropout(0.5).linear(2)),
            model(Sequential::builder(4).linear(4).gelu().linear(2)),
            model(Sequential::builder(4).linear(4).batch_norm().linear(2)),
        ] {
            assert!(HostTrainer::new(&unsupported, &optimizer, &mse, &device, 32, 0).is_none());
        }
        let autodiff = device.clone().autodiff();
        let on_autodiff = plain.clone().fork(&autodiff);
        assert!(HostTrainer::new(&on_autodiff, &optimizer, &mse, &autodiff, 32, 0).is_none());
    }
}
