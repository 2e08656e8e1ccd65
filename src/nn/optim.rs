//! Optimizers: Burn's implementations, configured with PyTorch's names,
//! parameters and defaults.
//!
//! The update rule of each parameter is Burn's (`burn::optim::Sgd`, `Adam`,
//! ... through their `Optimizer::step`). Applying it to a model is ours:
//! Burn's `ModuleOptimizer` keeps its state in hash maps keyed by parameter,
//! captures and restores each parameter's autodiff context, and accepts
//! autodiff parameters only; on the TMVA-sized models this crate trains,
//! that bookkeeping cost about 15 µs per step, more than the arithmetic.
//! [`Optimizer::step`] keeps one state slot per parameter in visiting order
//! and works on parameters of any device.
//!
//! Burn's update rules for SGD (momentum, dampening, Nesterov, L2 weight
//! decay), Adam, AdamW, RMSprop and Adagrad are the same as PyTorch's; what
//! differs are Burn's defaults (epsilon 1e-5 where PyTorch has 1e-8 or 1e-10,
//! AdamW weight decay 1e-4 where PyTorch has 1e-2, momentum dampening 0.1
//! where PyTorch has 0), so every value is always set from the PyTorch-style
//! config below. The parity tests against PyTorch fixtures check this.

use std::any::Any;

use burn::module::{Module, ModuleMapper, Param};
use burn::optim::decay::WeightDecayConfig;
use burn::optim::momentum::MomentumConfig;
use burn::optim::{
    AdaGrad, AdaGradConfig, Adam, AdamConfig, AdamW, AdamWConfig, GradientsParams, RmsProp,
    RmsPropConfig, Sgd, SgdConfig,
};
use burn::tensor::Tensor;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// An optimizer and its hyper-parameters, PyTorch names and defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum OptimizerConfig {
    /// `torch.optim.SGD`.
    SGD {
        /// Learning rate (TMVA's PyTorch tutorials use 0.01).
        lr: f64,
        /// Momentum factor (default 0).
        #[serde(default)]
        momentum: f64,
        /// Dampening for momentum (default 0).
        #[serde(default)]
        dampening: f64,
        /// L2 penalty added to the gradient (default 0).
        #[serde(default)]
        weight_decay: f64,
        /// Nesterov momentum (default false; needs momentum > 0 and dampening 0).
        #[serde(default)]
        nesterov: bool,
    },
    /// `torch.optim.Adam`.
    Adam {
        /// Learning rate (default 1e-3).
        lr: f64,
        /// `(beta1, beta2)` (default `(0.9, 0.999)`).
        betas: (f64, f64),
        /// Added to the denominator (default 1e-8).
        eps: f64,
        /// L2 penalty added to the gradient (default 0).
        weight_decay: f64,
        /// Use the AMSGrad variant (default false).
        amsgrad: bool,
    },
    /// `torch.optim.AdamW`.
    AdamW {
        /// Learning rate (default 1e-3).
        lr: f64,
        /// `(beta1, beta2)` (default `(0.9, 0.999)`).
        betas: (f64, f64),
        /// Added to the denominator (default 1e-8).
        eps: f64,
        /// Decoupled weight decay (default 1e-2).
        weight_decay: f64,
        /// Use the AMSGrad variant (default false).
        amsgrad: bool,
    },
    /// `torch.optim.RMSprop`.
    RMSprop {
        /// Learning rate (default 1e-2).
        lr: f64,
        /// Smoothing constant (default 0.99).
        alpha: f64,
        /// Added to the denominator (default 1e-8).
        eps: f64,
        /// L2 penalty added to the gradient (default 0).
        weight_decay: f64,
        /// Momentum factor (default 0).
        momentum: f64,
        /// Normalise by the centred second moment (default false).
        centered: bool,
    },
    /// `torch.optim.Adagrad`.
    Adagrad {
        /// Learning rate (default 1e-2).
        lr: f64,
        /// Learning-rate decay (default 0).
        lr_decay: f64,
        /// L2 penalty added to the gradient (default 0).
        weight_decay: f64,
        /// Added to the denominator (default 1e-10).
        eps: f64,
    },
}

impl OptimizerConfig {
    /// `SGD(lr)`, TMVA's default optimizer.
    pub fn sgd(lr: f64) -> Self {
        OptimizerConfig::SGD {
            lr,
            momentum: 0.0,
            dampening: 0.0,
            weight_decay: 0.0,
            nesterov: false,
        }
    }
    /// `Adam(lr)` with PyTorch's other defaults.
    pub fn adam(lr: f64) -> Self {
        OptimizerConfig::Adam {
            lr,
            betas: (0.9, 0.999),
            eps: 1e-8,
            weight_decay: 0.0,
            amsgrad: false,
        }
    }
    /// `AdamW(lr)` with PyTorch's other defaults.
    pub fn adamw(lr: f64) -> Self {
        OptimizerConfig::AdamW {
            lr,
            betas: (0.9, 0.999),
            eps: 1e-8,
            weight_decay: 1e-2,
            amsgrad: false,
        }
    }
    /// `RMSprop(lr)` with PyTorch's other defaults.
    pub fn rmsprop(lr: f64) -> Self {
        OptimizerConfig::RMSprop {
            lr,
            alpha: 0.99,
            eps: 1e-8,
            weight_decay: 0.0,
            momentum: 0.0,
            centered: false,
        }
    }
    /// `Adagrad(lr)` with PyTorch's other defaults.
    pub fn adagrad(lr: f64) -> Self {
        OptimizerConfig::Adagrad {
            lr,
            lr_decay: 0.0,
            weight_decay: 0.0,
            eps: 1e-10,
        }
    }

    /// Looks an optimizer up by its PyTorch name (`SGD`, `Adam`, `AdamW`,
    /// `RMSprop`, `Adagrad`, any case) with PyTorch's defaults and learning rate `lr`.
    pub fn from_name(name: &str, lr: f64) -> Result<Self> {
        match name.to_ascii_lowercase().as_str() {
            "sgd" => Ok(Self::sgd(lr)),
            "adam" => Ok(Self::adam(lr)),
            "adamw" => Ok(Self::adamw(lr)),
            "rmsprop" => Ok(Self::rmsprop(lr)),
            "adagrad" => Ok(Self::adagrad(lr)),
            _ => Err(Error::option(
                "Optimizer",
                format!(
                    "unknown optimizer `{name}`; expected SGD, Adam, AdamW, RMSprop or Adagrad"
                ),
            )),
        }
    }

    /// The learning rate.
    pub fn lr(&self) -> f64 {
        match self {
            OptimizerConfig::SGD { lr, .. }
            | OptimizerConfig::Adam { lr, .. }
            | OptimizerConfig::AdamW { lr, .. }
            | OptimizerConfig::RMSprop { lr, .. }
            | OptimizerConfig::Adagrad { lr, .. } => *lr,
        }
    }

    /// The PyTorch name of the optimizer.
    pub fn name(&self) -> &'static str {
        match self {
            OptimizerConfig::SGD { .. } => "SGD",
            OptimizerConfig::Adam { .. } => "Adam",
            OptimizerConfig::AdamW { .. } => "AdamW",
            OptimizerConfig::RMSprop { .. } => "RMSprop",
            OptimizerConfig::Adagrad { .. } => "Adagrad",
        }
    }

    /// Checks every value the way PyTorch's constructors do.
    pub fn validate(&self) -> Result<()> {
        let name = self.name();
        let check = |what: &str, value: f64, ok: bool, expected: &str| {
            if value.is_finite() && ok {
                Ok(())
            } else {
                Err(Error::option(
                    format!("{name}.{what}"),
                    format!("{value} is invalid: expected {expected}"),
                ))
            }
        };
        let non_negative = |values: &[(&str, f64)]| {
            values
                .iter()
                .try_for_each(|&(what, v)| check(what, v, v >= 0.0, ">= 0"))
        };
        let lr = self.lr();
        check("lr", lr, lr >= 0.0, "a learning rate >= 0")?;
        match *self {
            OptimizerConfig::SGD {
                momentum,
                dampening,
                weight_decay,
                nesterov,
                ..
            } => {
                non_negative(&[("momentum", momentum), ("weight_decay", weight_decay)])?;
                check("dampening", dampening, true, "a finite value")?;
                if nesterov && (momentum <= 0.0 || dampening != 0.0) {
                    return Err(Error::option(
                        "SGD.nesterov",
                        "Nesterov momentum requires momentum > 0 and dampening = 0",
                    ));
                }
            }
            OptimizerConfig::Adam {
                betas,
                eps,
                weight_decay,
                ..
            }
            | OptimizerConfig::AdamW {
                betas,
                eps,
                weight_decay,
                ..
            } => {
                for (what, beta) in [("betas.0", betas.0), ("betas.1", betas.1)] {
                    check(what, beta, (0.0..1.0).contains(&beta), "in [0, 1)")?;
                }
                non_negative(&[("eps", eps), ("weight_decay", weight_decay)])?;
            }
            OptimizerConfig::RMSprop {
                alpha,
                eps,
                weight_decay,
                momentum,
                ..
            } => non_negative(&[
                ("alpha", alpha),
                ("eps", eps),
                ("weight_decay", weight_decay),
                ("momentum", momentum),
            ])?,
            OptimizerConfig::Adagrad {
                lr_decay,
                weight_decay,
                eps,
                ..
            } => non_negative(&[
                ("lr_decay", lr_decay),
                ("weight_decay", weight_decay),
                ("eps", eps),
            ])?,
        }
        Ok(())
    }

    /// Builds the optimizer.
    pub fn init(&self) -> Result<Optimizer> {
        self.validate()?;
        let decay = |w: f64| (w > 0.0).then(|| WeightDecayConfig::new(w as f32));
        let rule = match *self {
            OptimizerConfig::SGD {
                momentum,
                dampening,
                weight_decay,
                nesterov,
                ..
            } => SgdConfig::new()
                .with_weight_decay(decay(weight_decay))
                .with_momentum((momentum > 0.0).then(|| {
                    MomentumConfig::new()
                        .with_momentum(momentum)
                        .with_dampening(dampening)
                        .with_nesterov(nesterov)
                }))
                .build()
                .into(),
            OptimizerConfig::Adam {
                betas,
                eps,
                weight_decay,
                amsgrad,
                ..
            } => AdamConfig::new()
                .with_beta_1(betas.0 as f32)
                .with_beta_2(betas.1 as f32)
                .with_epsilon(eps as f32)
                .with_amsgrad(amsgrad)
                .with_weight_decay(decay(weight_decay))
                .build()
                .into(),
            OptimizerConfig::AdamW {
                betas,
                eps,
                weight_decay,
                amsgrad,
                ..
            } => AdamWConfig::new()
                .with_beta_1(betas.0 as f32)
                .with_beta_2(betas.1 as f32)
                .with_epsilon(eps as f32)
                .with_weight_decay(weight_decay as f32)
                .with_amsgrad(amsgrad)
                .build()
                .into(),
            OptimizerConfig::RMSprop {
                alpha,
                eps,
                weight_decay,
                momentum,
                centered,
                ..
            } => RmsPropConfig::new()
                .with_alpha(alpha as f32)
                .with_epsilon(eps as f32)
                .with_momentum(momentum as f32)
                .with_centered(centered)
                .with_weight_decay(decay(weight_decay))
                .build()
                .into(),
            OptimizerConfig::Adagrad {
                lr_decay,
                weight_decay,
                eps,
                ..
            } => AdaGradConfig::new()
                .with_lr_decay(lr_decay)
                .with_epsilon(eps as f32)
                .with_weight_decay(decay(weight_decay))
                .build()
                .into(),
        };
        Ok(Optimizer {
            config: self.clone(),
            lr: self.lr(),
            rule,
            states: Vec::new(),
        })
    }
}

/// Burn's update rule for one parameter tensor.
#[derive(Clone)]
enum Rule {
    Sgd(Sgd),
    Adam(Adam),
    AdamW(AdamW),
    RmsProp(RmsProp),
    AdaGrad(AdaGrad),
}

macro_rules! rule_from {
    ($($t:ident),*) => {$(
        impl From<$t> for Rule {
            fn from(rule: $t) -> Self {
                Rule::$t(rule)
            }
        }
    )*};
}
rule_from!(Sgd, Adam, AdamW, RmsProp, AdaGrad);

/// A ready optimizer: Burn's update rule, one state per parameter and the
/// current learning rate.
pub struct Optimizer {
    config: OptimizerConfig,
    lr: f64,
    rule: Rule,
    states: Vec<Option<Box<dyn Any + Send>>>,
}

impl std::fmt::Debug for Optimizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Optimizer")
            .field("config", &self.config)
            .field("lr", &self.lr)
            .finish()
    }
}

impl Optimizer {
    /// The configuration it was built from.
    pub fn config(&self) -> &OptimizerConfig {
        &self.config
    }
    /// The current learning rate.
    pub fn lr(&self) -> f64 {
        self.lr
    }
    /// Changes the learning rate for the following steps (the schedule does this).
    pub fn set_lr(&mut self, lr: f64) {
        self.lr = lr;
    }
    /// One update of `module`'s parameters with `grads`. Parameters without
    /// a gradient are left alone; an autodiff parameter stays one and keeps
    /// requiring gradients. The same module must be passed at every step
    /// (states are matched to parameters by visiting order).
    pub fn step<M: Module>(&mut self, module: M, mut grads: GradientsParams) -> M {
        let mut mapper = StepMapper {
            rule: &self.rule,
            lr: self.lr,
            states: &mut self.states,
            grads: &mut grads,
            position: 0,
        };
        module.map(&mut mapper)
    }
}

struct StepMapper<'a> {
    rule: &'a Rule,
    lr: f64,
    states: &'a mut Vec<Option<Box<dyn Any + Send>>>,
    grads: &'a mut GradientsParams,
    position: usize,
}

impl StepMapper<'_> {
    fn apply<const D: usize, O: burn::optim::Optimizer>(
        rule: &O,
        lr: f64,
        slot: &mut Option<Box<dyn Any + Send>>,
        tensor: Tensor<D>,
        grad: Tensor<D>,
    ) -> Tensor<D> {
        let state = slot
            .take()
            .and_then(|s| s.downcast::<O::State<D>>().ok())
            .map(|s| *s);
        let (tensor, state) = rule.step(lr, tensor, grad, state);
        *slot = state.map(|s| Box::new(s) as Box<dyn Any + Send>);
        tensor
    }
}

impl ModuleMapper for StepMapper<'_> {
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let position = self.position;
        self.position += 1;
        if self.states.len() <= position {
            self.states.resize_with(position + 1, || None);
        }
        let Some(grad) = self.grads.remove::<D>(param.id) else {
            return param;
        };
        let (rule, lr, slot) = (self.rule, self.lr, &mut self.states[position]);
        param.map(|tensor| {
            let autodiff = tensor.is_autodiff();
            let (tensor, grad) = (tensor.inner(), grad.inner());
            let updated = match rule {
                Rule::Sgd(r) => Self::apply(r, lr, slot, tensor, grad),
                Rule::Adam(r) => Self::apply(r, lr, slot, tensor, grad),
                Rule::AdamW(r) => Self::apply(r, lr, slot, tensor, grad),
                Rule::RmsProp(r) => Self::apply(r, lr, slot, tensor, grad),
                Rule::AdaGrad(r) => Self::apply(r, lr, slot, tensor, grad),
            };
            if autodiff {
                updated.autodiff().require_grad()
            } else {
                updated
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pytorch_names_and_defaults() {
        assert_eq!(
            OptimizerConfig::from_name("adam", 0.1).unwrap(),
            OptimizerConfig::Adam {
                lr: 0.1,
                betas: (0.9, 0.999),
                eps: 1e-8,
                weight_decay: 0.0,
                amsgrad: false
            }
        );
        assert_eq!(
            OptimizerConfig::from_name("RMSprop", 0.1).unwrap().name(),
            "RMSprop"
        );
        let err = OptimizerConfig::from_name("lbfgs", 0.1)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("Optimizer") && err.contains("`lbfgs`"),
            "{err}"
        );
    }

    #[test]
    fn invalid_values_name_the_parameter() {
        let bad = OptimizerConfig::Adam {
            lr: 0.1,
            betas: (1.0, 0.999),
            eps: 1e-8,
            weight_decay: 0.0,
            amsgrad: false,
        };
        let err = bad.init().unwrap_err().to_string();
        assert!(err.contains("Adam.betas.0"), "{err}");
        let err = OptimizerConfig::adagrad(f64::NAN)
            .init()
            .unwrap_err()
            .to_string();
        assert!(err.contains("Adagrad.lr"), "{err}");
    }

    #[test]
    fn sgd_step_by_hand() {
        use burn::module::Param;
        let device = burn::tensor::Device::flex();
        let param = Param::from_tensor(Tensor::<1>::from_floats([1.0, -2.0], &device));
        let mut grads = GradientsParams::new();
        grads.register(param.id, Tensor::<1>::from_floats([0.5, 1.0], &device));
        let mut sgd = OptimizerConfig::sgd(0.1).init().unwrap();
        let updated = sgd.step(param, grads);
        let values: Vec<f32> = updated.val().into_data().try_to_vec().unwrap();
        assert_eq!(values, [0.95, -2.1]);
    }
}
