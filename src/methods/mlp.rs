//! TMVA's multilayer perceptron (`MethodMLP`), applied from weight files
//! trained by ROOT: the network `MethodANNBase::BuildNetwork` rebuilds and
//! the forward pass of `ForceNetworkCalculations` (docs/tmva-weight-files.md,
//! section 5). tmva-burn does not train MLPs; its networks are PyTorch
//! methods.

use crate::error::Result;

/// A neuron's activation (`NeuronType`, `TActivationChooser`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// `x`.
    Linear,
    /// `1 / (1 + exp(-x))`.
    Sigmoid,
    /// `TActivationTanh`: the single-precision rational approximation
    /// (`fast_tanh`), or the exact `tanh` for files older than TMVA 4.2.1.
    Tanh {
        /// Whether the approximation is used.
        fast: bool,
    },
    /// `max(x, 0)`.
    Relu,
    /// `exp(-x²/2)`.
    Radial,
}

impl Activation {
    /// TMVA's name (`NeuronType`), case-insensitive.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "linear" => Activation::Linear,
            "sigmoid" => Activation::Sigmoid,
            "tanh" => Activation::Tanh { fast: true },
            "relu" => Activation::Relu,
            "radial" => Activation::Radial,
            _ => return None,
        })
    }

    fn eval(self, x: f64) -> f64 {
        match self {
            Activation::Linear => x,
            Activation::Sigmoid => 1.0 / (1.0 + (-x).exp()),
            Activation::Tanh { fast: true } => fast_tanh(x),
            Activation::Tanh { fast: false } => x.tanh(),
            Activation::Relu => {
                if x > 0.0 {
                    x
                } else {
                    0.0
                }
            }
            Activation::Radial => ((-x) * x * 0.5).exp(),
        }
    }
}

/// `TActivationTanh::fast_tanh`: a Padé approximant in single precision,
/// exactly ±1 beyond ±4.97.
fn fast_tanh(x: f64) -> f64 {
    if x > 4.97 {
        return 1.0;
    }
    if x < -4.97 {
        return -1.0;
    }
    let x2 = (x * x) as f32;
    let a = (x * (135135.0f32 + x2 * (17325.0f32 + x2 * (378.0f32 + x2))) as f64) as f32;
    let b = 135135.0f32 + x2 * (62370.0f32 + x2 * (3150.0f32 + x2 * 28.0f32));
    (a / b) as f64
}

/// How a neuron combines its weighted inputs (`NeuronInputType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeuronInput {
    /// `Σ w·a`.
    Sum,
    /// `Σ (w·a)²`.
    SquareSum,
    /// `Σ |w·a|`.
    AbsoluteSum,
}

impl NeuronInput {
    /// TMVA's name, case-insensitive.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "sum" => NeuronInput::Sum,
            "sqsum" => NeuronInput::SquareSum,
            "abssum" => NeuronInput::AbsoluteSum,
            _ => return None,
        })
    }

    fn term(self, weighted: f64) -> f64 {
        match self {
            NeuronInput::Sum => weighted,
            NeuronInput::SquareSum => weighted * weighted,
            NeuronInput::AbsoluteSum => weighted.abs(),
        }
    }
}

/// The links from one layer (and its bias neuron) to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Connection {
    /// Neurons of the layer below, without its bias neuron.
    pub n_from: usize,
    /// Neurons of the layer above, without its bias neuron.
    pub n_to: usize,
    /// `(n_from + 1) × n_to`, row `j` the weights from neuron `j` (the bias
    /// neuron last), each rounded to `f32` as ROOT reads them.
    pub weights: Vec<f64>,
}

/// What the network's outputs are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MlpOutput {
    /// Output neuron 0's activation.
    Classification,
    /// One output per target, rounded to `f32`.
    Regression,
    /// The outputs rounded to `f32`, through a softmax.
    Multiclass,
}

/// A trained perceptron.
#[derive(Debug, Clone, PartialEq)]
pub struct Mlp {
    /// The links, input layer first.
    pub connections: Vec<Connection>,
    /// The hidden neurons' activation.
    pub hidden: Activation,
    /// The output neurons' activation: sigmoid for `EstimatorType=CE`,
    /// linear for `MSE`.
    pub output_activation: Activation,
    /// How every neuron combines its inputs.
    pub neuron_input: NeuronInput,
    /// What the outputs are.
    pub output: MlpOutput,
}

impl Mlp {
    /// Input variables.
    pub fn n_inputs(&self) -> usize {
        self.connections.first().map_or(0, |c| c.n_from)
    }

    /// Checks that consecutive layers fit; the message says where not.
    pub fn check(&self) -> std::result::Result<(), String> {
        if self.connections.is_empty() {
            return Err("the network has no layers after its inputs".into());
        }
        for (l, c) in self.connections.iter().enumerate() {
            if c.n_from == 0 || c.n_to == 0 {
                return Err(format!("layer {l} or {} has no neurons", l + 1));
            }
            if Some(c.weights.len()) != (c.n_from + 1).checked_mul(c.n_to) {
                return Err(format!(
                    "{} weights from layer {l} ({} neurons and a bias) to layer {} ({} neurons)",
                    c.weights.len(),
                    c.n_from,
                    l + 1,
                    c.n_to
                ));
            }
            if let Some(next) = self.connections.get(l + 1)
                && next.n_from != c.n_to
            {
                return Err(format!(
                    "layer {} has {} neurons as a target and {} as a source",
                    l + 1,
                    c.n_to,
                    next.n_from
                ));
            }
        }
        Ok(())
    }

    fn forward(&self, x: &[f32], out: &mut Vec<f32>) {
        let mut values: Vec<f64> = x.iter().map(|&v| v as f64).collect();
        let last = self.connections.len() - 1;
        for (l, c) in self.connections.iter().enumerate() {
            let activation = if l == last {
                self.output_activation
            } else {
                self.hidden
            };
            let next: Vec<f64> = (0..c.n_to)
                .map(|k| {
                    let mut sum = 0.0;
                    for (j, &a) in values.iter().enumerate() {
                        sum += self.neuron_input.term(c.weights[j * c.n_to + k] * a);
                    }
                    sum += self.neuron_input.term(c.weights[c.n_from * c.n_to + k]);
                    activation.eval(sum)
                })
                .collect();
            values = next;
        }
        match self.output {
            MlpOutput::Classification => out.push(values[0] as f32),
            MlpOutput::Regression => out.extend(values.iter().map(|&v| v as f32)),
            MlpOutput::Multiclass => {
                let rounded: Vec<f64> = values.iter().map(|&v| v as f32 as f64).collect();
                for (i, &oi) in rounded.iter().enumerate() {
                    let others: f64 = rounded
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .map(|(_, &oj)| (oj - oi).exp())
                        .sum();
                    out.push((1.0 / (1.0 + others)) as f32);
                }
            }
        }
    }
}

impl super::TrainedModel for Mlp {
    fn n_outputs(&self) -> usize {
        match self.output {
            MlpOutput::Classification => 1,
            _ => self.connections.last().map_or(0, |c| c.n_to),
        }
    }

    fn evaluate(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()> {
        super::for_each_event(events, self.n_inputs(), "MLP", |x| self.forward(x, out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methods::TrainedModel;

    #[test]
    fn fast_tanh_is_close_to_tanh_and_saturates_where_tmva_does() {
        for x in [-4.9, -2.0, -0.3, 0.0, 0.1, 1.0, 3.0, 4.96] {
            assert!((fast_tanh(x) - f64::tanh(x)).abs() < 2e-4, "{x}");
        }
        assert_eq!(fast_tanh(4.971), 1.0);
        assert_eq!(fast_tanh(-5.0), -1.0);
        assert_eq!(fast_tanh(0.0), 0.0);
    }

    fn net(output: MlpOutput, n_out: usize) -> Mlp {
        Mlp {
            connections: vec![
                // 2 inputs → 2 hidden: rows x0, x1, bias.
                Connection {
                    n_from: 2,
                    n_to: 2,
                    weights: vec![1.0, -1.0, 0.5, 2.0, 0.25, 0.0],
                },
                Connection {
                    n_from: 2,
                    n_to: n_out,
                    weights: [1.0, -2.0, 0.5]
                        .iter()
                        .flat_map(|&w| vec![w; n_out])
                        .collect(),
                },
            ],
            hidden: Activation::Sigmoid,
            output_activation: Activation::Linear,
            neuron_input: NeuronInput::Sum,
            output,
        }
    }

    #[test]
    fn the_forward_pass_adds_each_layers_bias_neuron_last() {
        let m = net(MlpOutput::Classification, 1);
        let x = [0.5f32, -1.0];
        let sig = |v: f64| 1.0 / (1.0 + (-v).exp());
        let h0 = sig(0.5 - 0.5 + 0.25);
        let h1 = sig(-0.5 - 2.0);
        let want = h0 - 2.0 * h1 + 0.5;
        let mut out = Vec::new();
        m.evaluate(&x, &mut out).unwrap();
        assert_eq!(out, [want as f32]);
        let squares = Mlp {
            neuron_input: NeuronInput::SquareSum,
            hidden: Activation::Linear,
            ..m
        };
        out.clear();
        squares.evaluate(&x, &mut out).unwrap();
        let (h0, h1) = (0.25 + 0.25 + 0.0625, 0.25 + 4.0);
        let t = -2.0 * h1;
        assert_eq!(out, [(h0 * h0 + t * t + 0.25) as f32]);
    }

    #[test]
    fn multiclass_outputs_are_a_softmax() {
        let m = net(MlpOutput::Multiclass, 3);
        let mut out = Vec::new();
        m.evaluate(&[0.5, -1.0], &mut out).unwrap();
        assert_eq!(out.len(), 3);
        assert!((out.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert_eq!(m.n_outputs(), 3);
    }

    #[test]
    fn layers_that_do_not_fit_are_refused() {
        let mut m = net(MlpOutput::Classification, 1);
        m.connections[1].n_from = 3;
        assert!(m.check().unwrap_err().contains("layer 1 has 2 neurons"));
        let mut m = net(MlpOutput::Classification, 1);
        m.connections[0].weights.pop();
        assert!(m.check().unwrap_err().contains("5 weights from layer 0"));
    }
}
