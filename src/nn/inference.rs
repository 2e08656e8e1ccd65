//! A host-side forward pass for applying trained networks one event at a
//! time (the Reader's path): plain `f32` loops over the weights, no tensor
//! allocation or dispatch, so a 4-64-2 network answers in well under a
//! microsecond. Outputs equal [`Sequential::forward`] within 1e-6 (checked
//! in the tests for every layer type).

use super::custom::CustomLayer;
use super::layers::LayerSpec;
use super::sequential::{Sequential, StateDict};
use crate::error::{Error, Result};

#[derive(Debug, Clone)]
enum Op {
    /// weight `[out][in]` row-major, and transposed `[in][out]`, bias;
    /// `relu`: a ReLU that follows, applied as the outputs are stored.
    Linear {
        n_in: usize,
        n_out: usize,
        weight: Vec<f32>,
        weight_t: Vec<f32>,
        bias: Option<Vec<f32>>,
        relu: bool,
    },
    /// A catalogue activation's host loop and its settings.
    Activation {
        host: fn(&mut [f32], &[f32]),
        settings: Vec<f32>,
    },
    Gelu {
        tanh: bool,
    },
    Softmax {
        log: bool,
    },
    /// Eval-mode BatchNorm: y = x * scale + shift.
    Affine {
        scale: Vec<f32>,
        shift: Vec<f32>,
    },
    Identity,
}

/// A network's weights on the host, ready for single-event evaluation.
#[derive(Debug, Clone)]
pub struct HostNetwork {
    ops: Vec<Op>,
    n_inputs: usize,
    n_outputs: usize,
    width: usize,
}

impl HostNetwork {
    /// Copies a model of built-in layers; custom layers are refused (apply
    /// such models with Burn's forward pass).
    pub fn from_model<C: CustomLayer>(model: &Sequential<C>) -> Result<Self> {
        let spec = model.spec();
        Self::from_parts(
            &spec.layers,
            &spec.names,
            &model.state_dict(),
            model.n_inputs(),
        )
    }

    fn from_parts(
        layers: &[LayerSpec],
        names: &[String],
        state: &StateDict,
        n_inputs: usize,
    ) -> Result<Self> {
        let get = |index: usize, name: &str| {
            let key = format!("{}.{name}", names[index]);
            state
                .iter()
                .find(|t| t.name == key)
                .ok_or_else(|| Error::shape("network state", key.clone(), "none"))
        };
        let mut ops = Vec::with_capacity(layers.len());
        let (mut width, mut max_width) = (n_inputs, n_inputs);
        for (index, layer) in layers.iter().enumerate() {
            let op = match layer {
                LayerSpec::Linear { out_features, bias } => {
                    let w = get(index, "weight")?;
                    let (n_in, n_out) = (width, *out_features);
                    let op = Op::Linear {
                        n_in,
                        n_out,
                        weight: w.values.clone(),
                        weight_t: (0..n_in * n_out)
                            .map(|k| w.values[(k % n_out) * n_in + k / n_out])
                            .collect(),
                        bias: if *bias {
                            Some(get(index, "bias")?.values.clone())
                        } else {
                            None
                        },
                        relu: false,
                    };
                    width = *out_features;
                    op
                }
                LayerSpec::Activation(a) => match ops.last_mut() {
                    // Fused: one pass over the outputs fewer, and no call.
                    Some(Op::Linear { relu, .. }) if a.name() == "ReLU" && !*relu => {
                        *relu = true;
                        Op::Identity
                    }
                    _ => Op::Activation {
                        host: a.def().host,
                        settings: a.settings().iter().map(|&v| v as f32).collect(),
                    },
                },
                LayerSpec::GELU { approximate } => Op::Gelu {
                    tanh: approximate == "tanh",
                },
                LayerSpec::Softmax { dim } | LayerSpec::LogSoftmax { dim } => {
                    if *dim != 1 && *dim != -1 {
                        return Err(Error::layer(
                            index,
                            layer.type_name(),
                            format!("dim {dim} on [batch, features] inputs"),
                        ));
                    }
                    Op::Softmax {
                        log: matches!(layer, LayerSpec::LogSoftmax { .. }),
                    }
                }
                LayerSpec::Dropout { .. } | LayerSpec::Flatten { .. } => Op::Identity,
                LayerSpec::BatchNorm1d { eps, .. } => {
                    let (w, b) = (get(index, "weight")?, get(index, "bias")?);
                    let (m, v) = (get(index, "running_mean")?, get(index, "running_var")?);
                    let scale: Vec<f32> = w
                        .values
                        .iter()
                        .zip(&v.values)
                        .map(|(&w, &v)| w / (v + *eps as f32).sqrt())
                        .collect();
                    let shift = b
                        .values
                        .iter()
                        .zip(&m.values)
                        .zip(&scale)
                        .map(|((&b, &m), &s)| b - m * s)
                        .collect();
                    Op::Affine { scale, shift }
                }
                LayerSpec::Custom { name, .. } => {
                    return Err(Error::layer(
                        index,
                        name,
                        "custom layers have no host evaluation; use Sequential::predict",
                    ));
                }
            };
            ops.push(op);
            max_width = max_width.max(width);
        }
        Ok(Self {
            ops,
            n_inputs,
            n_outputs: width,
            width: max_width,
        })
    }

    /// Number of inputs.
    pub fn n_inputs(&self) -> usize {
        self.n_inputs
    }

    /// Number of outputs.
    pub fn n_outputs(&self) -> usize {
        self.n_outputs
    }

    /// Evaluates one event into `out` (length `n_outputs`), using `scratch`
    /// (resized as needed) so that repeated calls allocate nothing.
    pub fn evaluate_into(&self, input: &[f32], scratch: &mut Scratch, out: &mut [f32]) {
        debug_assert_eq!(input.len(), self.n_inputs);
        self.evaluate_block(input, 1, scratch, out);
    }

    /// Evaluates the events of `input` (row-major, at most
    /// [`BLOCK_EVENTS`] of them) into `out`, layer by layer over the whole
    /// block: one dispatch per layer, elementwise layers over every value
    /// at once. Each event's arithmetic is the single-event one, so the
    /// outputs do not depend on how events are grouped.
    ///
    /// Rows are cut by index, not `chunks_exact`: the integer divisions
    /// those make for their lengths were a sixth of a single event's time.
    fn evaluate_block(&self, input: &[f32], m: usize, scratch: &mut Scratch, out: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx") {
            // SAFETY: the CPU has AVX (checked above).
            unsafe { self.evaluate_block_avx(input, m, scratch, out) };
            return;
        }
        self.block(input, m, scratch, out);
    }

    /// [`block`](Self::block) compiled for AVX: the same additions and
    /// multiplications in the same order, eight lanes wide (Rust fuses no
    /// multiply-add), so the results equal the plain build's to the bit.
    /// One feature check per call, not per layer: the call into an AVX
    /// function per layer was a tenth of a single event's instructions.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx")]
    fn evaluate_block_avx(&self, input: &[f32], m: usize, scratch: &mut Scratch, out: &mut [f32]) {
        if m == 1 {
            self.block(input, 1, scratch, out);
        } else {
            self.block(input, m, scratch, out);
        }
    }

    /// See [`evaluate_block`](Self::evaluate_block).
    #[inline(always)]
    fn block(&self, input: &[f32], m: usize, scratch: &mut Scratch, out: &mut [f32]) {
        debug_assert_eq!(input.len(), m * self.n_inputs);
        let (a, b) = scratch.buffers(m * self.width);
        let (mut cur, mut next) = (a, b);
        // The values are still `input` until an operation needs them in a
        // buffer: a first Linear layer reads them where they are.
        let mut in_input = true;
        let mut n = self.n_inputs;
        for op in &self.ops {
            let values = m * n;
            if in_input && !matches!(op, Op::Linear { .. }) {
                cur[..values].copy_from_slice(input);
                in_input = false;
            }
            match op {
                Op::Linear {
                    n_in,
                    n_out,
                    weight,
                    weight_t,
                    bias,
                    relu,
                } => {
                    let source = if in_input { input } else { &cur[..m * n_in] };
                    for e in 0..m {
                        let x = &source[e * n_in..(e + 1) * n_in];
                        let y = &mut next[e * n_out..(e + 1) * n_out];
                        linear(x, weight, weight_t, bias.as_deref(), *relu, y);
                    }
                    n = *n_out;
                    in_input = false;
                    std::mem::swap(&mut cur, &mut next);
                }
                Op::Activation { host, settings } => host(&mut cur[..values], settings),
                Op::Gelu { tanh } => cur[..values].iter_mut().for_each(|x| {
                    let v = *x as f64;
                    *x = if *tanh {
                        let c = (2.0 / std::f64::consts::PI).sqrt();
                        0.5 * v * (1.0 + (c * (v + 0.044715 * v * v * v)).tanh())
                    } else {
                        0.5 * v * (1.0 + libm::erf(v / std::f64::consts::SQRT_2))
                    } as f32
                }),
                Op::Softmax { log } => {
                    for e in 0..m {
                        softmax_row(&mut cur[e * n..(e + 1) * n], *log);
                    }
                }
                Op::Affine { scale, shift } => {
                    for e in 0..m {
                        let row = &mut cur[e * n..(e + 1) * n];
                        for ((x, s), t) in row.iter_mut().zip(scale).zip(shift) {
                            *x = *x * s + t;
                        }
                    }
                }
                Op::Identity => {}
            }
        }
        // Element by element: a few outputs copied by `copy_from_slice`
        // were a `memmove` call, a twentieth of a single event.
        let result = if in_input { input } else { &cur[..m * n] };
        for (o, &v) in out.iter_mut().zip(result) {
            *o = v;
        }
    }

    /// Evaluates one event.
    pub fn evaluate(&self, input: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0; self.n_outputs];
        self.evaluate_into(input, &mut Scratch::default(), &mut out);
        out
    }

    /// Evaluates row-major `events` (a multiple of `n_inputs` values) into
    /// row-major outputs, on up to `threads` threads, each taking a
    /// contiguous share of the events (at least [`MIN_EVENTS_PER_THREAD`]).
    /// Each event's outputs are those of [`evaluate`](Self::evaluate),
    /// whatever the thread count.
    pub fn evaluate_batch(&self, events: &[f32], threads: usize) -> Vec<f32> {
        let n = events.len() / self.n_inputs.max(1);
        let mut out = vec![0.0; n * self.n_outputs];
        let threads = threads.clamp(1, n.div_ceil(MIN_EVENTS_PER_THREAD).max(1));
        let per_thread = n.div_ceil(threads).max(1);
        let run = |input: &[f32], output: &mut [f32]| {
            let mut scratch = Scratch::default();
            for (events, o) in input
                .chunks(BLOCK_EVENTS * self.n_inputs)
                .zip(output.chunks_mut(BLOCK_EVENTS * self.n_outputs))
            {
                self.evaluate_block(events, events.len() / self.n_inputs.max(1), &mut scratch, o);
            }
        };
        if threads == 1 {
            run(events, &mut out);
            return out;
        }
        std::thread::scope(|scope| {
            let inputs = events.chunks(per_thread * self.n_inputs);
            let outputs = out.chunks_mut(per_thread * self.n_outputs);
            for (input, output) in inputs.zip(outputs) {
                scope.spawn(move || run(input, output));
            }
        });
        out
    }
}

/// Softmax (or log-softmax) of one event's values, in place:
/// `exp(x - max) / sum`, or `x - (max + ln sum)`. The host network, the host
/// training step and the host cross-entropy all use this one.
pub(crate) fn softmax_row(row: &mut [f32], log: bool) {
    let max = row.iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
    if log {
        let sum: f32 = row.iter().map(|x| (x - max).exp()).sum();
        let lse = max + sum.ln();
        row.iter_mut().for_each(|x| *x -= lse);
    } else {
        let mut sum = 0.0f32;
        for x in row.iter_mut() {
            *x = (*x - max).exp();
            sum += *x;
        }
        row.iter_mut().for_each(|x| *x /= sum);
    }
}

/// Fewer events than this per thread cost more to hand out than they save.
pub const MIN_EVENTS_PER_THREAD: usize = 2048;

/// Events a batch evaluates layer by layer together: 64 events of a
/// 64-wide layer are 16 KiB, two such buffers stay in a 48 KiB L1 cache.
pub const BLOCK_EVENTS: usize = 64;

/// `out = W x + b` with `W` row-major `[out][in]` (`weight_t` is `W`
/// transposed), then `max(out, 0)` with `relu` (as the ReLU layer: NaN
/// stays NaN). Wide layers accumulate input by input over all outputs
/// (independent lanes the compiler vectorises); narrow ones split each dot
/// product into eight partial sums, so that no long chain of dependent
/// additions sets the pace.
#[inline(always)]
fn linear(
    x: &[f32],
    weight: &[f32],
    weight_t: &[f32],
    bias: Option<&[f32]>,
    relu: bool,
    out: &mut [f32],
) {
    let n_in = x.len();
    if out.len() >= 8 {
        // Up to 64 outputs at a time (eight registers of eight), kept in
        // registers across the inputs so that their additions are
        // independent chains; each output still adds its terms in input
        // order.
        let n_out = out.len();
        for (g, group) in out.chunks_mut(GROUP).enumerate() {
            let start = g * GROUP;
            let width = group.len() - group.len() % 8;
            if width == GROUP {
                accumulate::<GROUP>(x, weight_t, bias, relu, n_out, start, group);
            } else {
                for (c, chunk) in group[..width].chunks_exact_mut(8).enumerate() {
                    accumulate::<8>(x, weight_t, bias, relu, n_out, start + 8 * c, chunk);
                }
            }
            for o in width..group.len() {
                let mut acc = bias.map_or(0.0, |b| b[start + o]);
                for (i, &xi) in x.iter().enumerate() {
                    acc += weight_t[i * n_out + start + o] * xi;
                }
                group[o] = relu_if(relu, acc);
            }
        }
        return;
    }
    for (o, acc) in out.iter_mut().enumerate() {
        let row = &weight[o * n_in..(o + 1) * n_in];
        let mut partial = [0.0f32; 8];
        let chunks = row.chunks_exact(8).zip(x.chunks_exact(8));
        for (w, v) in chunks {
            for k in 0..8 {
                partial[k] += w[k] * v[k];
            }
        }
        let tail: f32 = row[n_in - n_in % 8..]
            .iter()
            .zip(&x[n_in - n_in % 8..])
            .map(|(w, v)| w * v)
            .sum();
        *acc = relu_if(
            relu,
            bias.map_or(0.0, |b| b[o]) + (partial.iter().sum::<f32>() + tail),
        );
    }
}

/// `v`, or ReLU of `v` (a select the compiler vectorises).
#[inline(always)]
fn relu_if(relu: bool, v: f32) -> f32 {
    if relu && v < 0.0 { 0.0 } else { v }
}

/// Outputs [`linear`] keeps in registers at once.
const GROUP: usize = 64;

/// `out = b + x W^T` for the `N` outputs from `start` (`weight_t` is
/// `[in][n_out]`), adding the terms to the bias in input order. The bias is
/// loaded straight into the accumulators: a copy into `out` first was a
/// `memmove` call per layer, a tenth of a single event's time.
#[inline(always)]
fn accumulate<const N: usize>(
    x: &[f32],
    weight_t: &[f32],
    bias: Option<&[f32]>,
    relu: bool,
    n_out: usize,
    start: usize,
    out: &mut [f32],
) {
    // Arrays of the constant length N, not slices: their copies are inline
    // register moves, where a slice copy is a `memcpy`/`memset` call.
    let mut acc: [f32; N] = match bias {
        Some(b) => *<&[f32; N]>::try_from(&b[start..start + N]).expect("N biases"),
        None => [0.0; N],
    };
    for (i, &xi) in x.iter().enumerate() {
        let w: &[f32; N] = weight_t[i * n_out + start..i * n_out + start + N]
            .try_into()
            .expect("N weights");
        for k in 0..N {
            acc[k] += w[k] * xi;
        }
    }
    if relu {
        acc = acc.map(|v| relu_if(true, v));
    }
    *<&mut [f32; N]>::try_from(out).expect("N outputs") = acc;
}

/// Reusable buffers of [`HostNetwork::evaluate_into`].
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    a: Vec<f32>,
    b: Vec<f32>,
}

impl Scratch {
    fn buffers(&mut self, width: usize) -> (&mut [f32], &mut [f32]) {
        if self.a.len() < width {
            self.a.resize(width, 0.0);
            self.b.resize(width, 0.0);
        }
        (&mut self.a, &mut self.b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`linear`] as the AVX build of the block compiles it, where the CPU
    /// has AVX; the plain build otherwise.
    fn linear_fast(
        x: &[f32],
        weight: &[f32],
        weight_t: &[f32],
        bias: Option<&[f32]>,
        relu: bool,
        out: &mut [f32],
    ) {
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx")]
        fn avx(x: &[f32], w: &[f32], wt: &[f32], b: Option<&[f32]>, relu: bool, out: &mut [f32]) {
            linear(x, w, wt, b, relu, out);
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx") {
            // SAFETY: the CPU has AVX (checked above).
            unsafe { avx(x, weight, weight_t, bias, relu, out) };
            return;
        }
        linear(x, weight, weight_t, bias, relu, out);
    }

    #[test]
    fn the_wide_vector_path_adds_as_the_plain_one_to_the_bit() {
        let mut state = 12345u32;
        let mut next = || {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 8) as f32 / (1 << 24) as f32 - 0.5
        };
        for (n_in, n_out) in [(4, 64), (64, 2), (13, 11), (64, 8), (3, 1), (100, 37)] {
            let x: Vec<f32> = (0..n_in).map(|_| next()).collect();
            let weight: Vec<f32> = (0..n_in * n_out).map(|_| next()).collect();
            let mut weight_t = vec![0.0; n_in * n_out];
            for o in 0..n_out {
                for i in 0..n_in {
                    weight_t[i * n_out + o] = weight[o * n_in + i];
                }
            }
            let bias: Vec<f32> = (0..n_out).map(|_| next()).collect();
            let (mut fast, mut plain) = (vec![0.0; n_out], vec![0.0; n_out]);
            linear_fast(&x, &weight, &weight_t, Some(&bias), false, &mut fast);
            linear(&x, &weight, &weight_t, Some(&bias), false, &mut plain);
            let bits = |v: &[f32]| v.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&fast), bits(&plain), "{n_in} -> {n_out}");
            // A fused ReLU is the ReLU layer's loop on the outputs.
            let mut fused = vec![0.0; n_out];
            linear_fast(&x, &weight, &weight_t, Some(&bias), true, &mut fused);
            let mut then_relu = plain.clone();
            (crate::nn::ActivationSpec::new("ReLU", &[])
                .unwrap()
                .def()
                .host)(&mut then_relu, &[]);
            assert_eq!(
                bits(&fused),
                bits(&then_relu),
                "{n_in} -> {n_out} with ReLU"
            );
            assert!(fused.contains(&0.0) || n_out < 4, "{fused:?}");
            for o in 0..n_out {
                let exact: f64 = bias[o] as f64
                    + (0..n_in)
                        .map(|i| weight[o * n_in + i] as f64 * x[i] as f64)
                        .sum::<f64>();
                assert!((plain[o] as f64 - exact).abs() < 1e-5, "{n_in} -> {n_out}");
            }
        }
    }

    #[test]
    fn batches_give_each_event_its_single_event_outputs() {
        let device = crate::device::parse_device("cpu").unwrap();
        let model = Sequential::<crate::nn::NoCustom>::builder(4)
            .linear(64)
            .relu()
            .linear(2)
            .softmax(1)
            .build(&device)
            .unwrap();
        let host = HostNetwork::from_model(&model).unwrap();
        let events: Vec<f32> = (0..4 * (3 * BLOCK_EVENTS + 5))
            .map(|i| ((i * 7919) % 1000) as f32 / 250.0 - 2.0)
            .collect();
        for threads in [1, 2] {
            let batch = host.evaluate_batch(&events, threads);
            for (e, x) in events.chunks(4).enumerate() {
                assert_eq!(host.evaluate(x), batch[2 * e..2 * e + 2], "event {e}");
            }
        }
    }

    #[test]
    fn host_evaluation_equals_the_burn_forward_for_every_layer() {
        let device = crate::device::parse_device("cpu").unwrap();
        device.seed(3);
        let model = Sequential::builder(4)
            .linear(8)
            .leaky_relu(0.2)
            .linear_no_bias(8)
            .elu(0.7)
            .batch_norm()
            .selu()
            .linear(8)
            .gelu()
            .linear(8)
            .relu()
            .linear(8)
            .layer(LayerSpec::GELU {
                approximate: "tanh".into(),
            })
            .dropout(0.3)
            .sigmoid()
            .identity()
            .flatten()
            .linear(6)
            .tanh()
            .relu()
            .softmax(-1)
            .linear(3)
            .log_softmax(1)
            .build(&device)
            .unwrap();
        let host = HostNetwork::from_model(&model).unwrap();
        // Enough events that `predict` itself takes the host path: compare
        // with Burn's forward pass directly.
        let n = 3 * MIN_EVENTS_PER_THREAD + 5;
        let x: Vec<f32> = (0..4 * n)
            .map(|i| ((i * 37) % 23) as f32 / 5.0 - 2.0)
            .collect();
        let burn = crate::nn::sequential::tensor_values(
            model.forward(model.input_tensor(&x, &device).unwrap()),
        )
        .unwrap();
        for (event, expected) in x.chunks(4).zip(burn.chunks(3)) {
            let got = host.evaluate(event);
            for (g, e) in got.iter().zip(expected) {
                assert!((g - e).abs() <= 1e-6, "{g} vs {e}");
            }
        }
        // The batch, on any number of threads, gives each event's own outputs.
        let one = host.evaluate_batch(&x, 1);
        assert_eq!(host.evaluate_batch(&x, 3), one);
        assert_eq!(model.predict(&x, &device).unwrap(), one);
        for (event, expected) in x.chunks(4).zip(one.chunks(3)).take(50) {
            assert_eq!(host.evaluate(event), expected);
        }
        // The AVX build of the block (where the CPU has AVX) adds as the
        // plain build, inlined here, to the bit.
        let bits = |v: &[f32]| v.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
        let mut scratch = Scratch::default();
        for event in x.chunks(4).take(200) {
            let mut plain = [0.0; 3];
            host.block(event, 1, &mut scratch, &mut plain);
            assert_eq!(bits(&host.evaluate(event)), bits(&plain));
        }
    }
}
