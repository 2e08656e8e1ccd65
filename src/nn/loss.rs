//! Loss functions with PyTorch's semantics: input and target shapes,
//! `reduction` (`mean`, `sum`, `none`) and PyTorch's numerical guards.
//!
//! Our addition: optional per-event weights `w` (shape `[batch]`, TMVA's
//! event weights). With them, `sum` is `Σ_i w_i l_i` and `mean` is
//! `Σ_i w_i l_i / (k Σ_i w_i)` for an elementwise loss over `k` outputs per
//! event (`Σ_i w_i l_i / Σ_i w_i` for cross-entropy), which equals PyTorch's
//! mean when every weight is 1.

use burn::tensor::activation;
use burn::tensor::{Int, Tensor};
use serde::{Deserialize, Serialize};

use super::inference::softmax_row;
use crate::error::{Error, Result};

/// How per-element losses are combined (PyTorch's `reduction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reduction {
    /// The (weighted) mean: PyTorch's default.
    #[default]
    Mean,
    /// The (weighted) sum.
    Sum,
    /// No reduction: one value per element (per event for cross-entropy).
    None,
}

/// The loss functions, PyTorch names and defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum LossKind {
    /// `MSELoss`: `(x - y)^2`.
    MSELoss,
    /// `L1Loss`: `|x - y|`.
    L1Loss,
    /// `SmoothL1Loss(beta=1.0)`: `0.5 d^2 / beta` if `|d| < beta`, else `|d| - 0.5 beta`.
    SmoothL1Loss {
        /// Threshold between the quadratic and linear parts (default 1.0).
        beta: f64,
    },
    /// `HuberLoss(delta=1.0)`: `0.5 d^2` if `|d| <= delta`, else `delta (|d| - 0.5 delta)`.
    HuberLoss {
        /// Threshold between the quadratic and linear parts (default 1.0).
        delta: f64,
    },
    /// `BCELoss`: `-(y log p + (1-y) log(1-p))` on probabilities, each log
    /// clamped at -100 as PyTorch does.
    BCELoss,
    /// `BCEWithLogitsLoss`: binary cross-entropy on logits, computed stably.
    BCEWithLogitsLoss,
    /// `CrossEntropyLoss(weight=None)` on logits `[batch, classes]`, with
    /// probability targets `[batch, classes]` or class-index targets.
    CrossEntropyLoss {
        /// Optional per-class weights (PyTorch's `weight`).
        #[serde(default)]
        class_weights: Option<Vec<f32>>,
    },
}

/// A loss function and its reduction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Loss {
    /// Which function.
    pub kind: LossKind,
    /// How to reduce (default mean).
    #[serde(default)]
    pub reduction: Reduction,
}

/// Targets for a loss: dense values shaped like the output, or class indices.
#[derive(Debug, Clone)]
pub enum Target {
    /// Same shape as the model output (regression targets, one-hot or
    /// probability targets, 0/1 labels for BCE).
    Dense(Tensor<2>),
    /// Class indices `[batch]` (cross-entropy only).
    Classes(Tensor<1, Int>),
}

impl Loss {
    /// `MSELoss()`, the default criterion of TMVA's PyTorch method.
    pub fn mse() -> Self {
        Self::new(LossKind::MSELoss)
    }
    /// `CrossEntropyLoss()`.
    pub fn cross_entropy() -> Self {
        Self::new(LossKind::CrossEntropyLoss {
            class_weights: None,
        })
    }
    /// The loss `kind` with mean reduction.
    pub fn new(kind: LossKind) -> Self {
        Self {
            kind,
            reduction: Reduction::Mean,
        }
    }
    /// The same loss with another reduction.
    pub fn with_reduction(mut self, reduction: Reduction) -> Self {
        self.reduction = reduction;
        self
    }

    /// Looks a loss up by its PyTorch name (`MSELoss`, `mse`, `CrossEntropyLoss`, ...).
    pub fn from_name(name: &str) -> Result<Self> {
        let key = name.to_ascii_lowercase().replace(['_', '-'], "");
        let kind = match key.as_str() {
            "mseloss" | "mse" => LossKind::MSELoss,
            "l1loss" | "l1" | "mae" => LossKind::L1Loss,
            "smoothl1loss" | "smoothl1" => LossKind::SmoothL1Loss { beta: 1.0 },
            "huberloss" | "huber" => LossKind::HuberLoss { delta: 1.0 },
            "bceloss" | "bce" => LossKind::BCELoss,
            "bcewithlogitsloss" | "bcewithlogits" => LossKind::BCEWithLogitsLoss,
            "crossentropyloss" | "crossentropy" => LossKind::CrossEntropyLoss {
                class_weights: None,
            },
            _ => {
                return Err(Error::option(
                    "Loss",
                    format!(
                        "unknown loss `{name}`; expected one of MSELoss, L1Loss, SmoothL1Loss, \
                         HuberLoss, BCELoss, BCEWithLogitsLoss, CrossEntropyLoss"
                    ),
                ));
            }
        };
        Ok(Self::new(kind))
    }

    /// Checks the settings (positive `beta`/`delta`, finite class weights).
    pub fn validate(&self) -> Result<()> {
        match &self.kind {
            LossKind::SmoothL1Loss { beta } if !(beta.is_finite() && *beta >= 0.0) => Err(
                Error::option("SmoothL1Loss.beta", format!("{beta} must be >= 0")),
            ),
            LossKind::HuberLoss { delta } if !(delta.is_finite() && *delta > 0.0) => Err(
                Error::option("HuberLoss.delta", format!("{delta} must be > 0")),
            ),
            LossKind::CrossEntropyLoss {
                class_weights: Some(w),
            } if w.iter().any(|v| !v.is_finite() || *v < 0.0) => Err(Error::option(
                "CrossEntropyLoss.weight",
                "class weights must be finite and >= 0",
            )),
            _ => Ok(()),
        }
    }

    /// The loss of `output` (`[batch, k]`) against `target`, optionally with
    /// per-event `weights` (`[batch]`). Mean and sum give a `[1]` tensor,
    /// `none` gives `[batch, k]` (`[batch, 1]` for cross-entropy).
    pub fn forward(
        &self,
        output: Tensor<2>,
        target: &Target,
        weights: Option<&Tensor<1>>,
    ) -> Result<Tensor<1>> {
        let [batch, k] = output.dims();
        let elements = self.elementwise(output, target)?;
        let per_row = elements.dims()[1];
        if let Some(w) = weights
            && w.dims()[0] != batch
        {
            return Err(Error::shape(
                "loss weights",
                format!("[{batch}]"),
                format!("{:?}", w.dims()),
            ));
        }
        let weighted = match weights {
            Some(w) => elements * w.clone().unsqueeze_dim(1),
            None => elements,
        };
        Ok(match self.reduction {
            Reduction::None => weighted.flatten(0, 1),
            Reduction::Sum => weighted.sum(),
            Reduction::Mean => {
                let ce = per_row == 1 && k > 1;
                match (weights, &self.kind, target) {
                    // PyTorch's class-weighted mean divides by the weights of the
                    // target classes, not by the batch size.
                    (
                        _,
                        LossKind::CrossEntropyLoss {
                            class_weights: Some(cw),
                        },
                        Target::Classes(idx),
                    ) => {
                        let cw = Tensor::<1>::from_floats(cw.as_slice(), &weighted.device());
                        let mut denominator = cw.select(0, idx.clone());
                        if let Some(w) = weights {
                            denominator = denominator * w.clone();
                        }
                        weighted.sum() / denominator.sum()
                    }
                    (Some(w), _, _) => {
                        let per_event = if ce { 1.0 } else { per_row as f64 };
                        weighted.sum() / w.clone().sum().mul_scalar(per_event)
                    }
                    (None, _, _) => weighted.mean(),
                }
            }
        })
    }

    /// Whether [`value_and_grad`](Self::value_and_grad) handles this loss.
    pub(crate) fn has_analytic_grad(&self) -> bool {
        self.reduction != Reduction::None
            && matches!(
                self.kind,
                LossKind::MSELoss
                    | LossKind::L1Loss
                    | LossKind::CrossEntropyLoss {
                        class_weights: None
                    }
            )
    }

    /// The reduced loss and its gradient with respect to `output`, computed
    /// in closed form without an autodiff graph. Only for losses with
    /// [`has_analytic_grad`](Self::has_analytic_grad) and dense targets.
    pub(crate) fn value_and_grad(
        &self,
        output: Tensor<2>,
        target: &Target,
        weights: Option<&Tensor<1>>,
    ) -> Result<(Tensor<1>, Tensor<2>)> {
        let [batch, k] = output.dims();
        let Target::Dense(y) = target else {
            return Err(Error::option(
                "Loss",
                "class-index targets are not supported by the training loop; use one-hot rows",
            ));
        };
        if y.dims() != output.dims() {
            return Err(Error::shape(
                "loss target",
                format!("{:?} (the output's shape)", output.dims()),
                format!("{:?}", y.dims()),
            ));
        }
        // Per-element loss and its derivative, then one factor per event
        // that turns the reduction into a weighted sum.
        let (elements, derivative, per_event) = match &self.kind {
            LossKind::MSELoss => {
                let d = output - y.clone();
                (d.clone().square(), d.mul_scalar(2.0), k)
            }
            LossKind::L1Loss => {
                let d = output - y.clone();
                (d.clone().abs(), d.sign(), k)
            }
            _ => {
                // Cross-entropy with probability targets: l = -sum_c y log softmax(z).
                let log_p = activation::log_softmax(output, 1);
                let mass = y.clone().sum_dim(1);
                let elements = (log_p.clone() * y.clone()).sum_dim(1).neg();
                (elements, log_p.exp() * mass - y.clone(), 1)
            }
        };
        let weights = match weights {
            Some(w) if w.dims()[0] != batch => {
                return Err(Error::shape(
                    "loss weights",
                    format!("[{batch}]"),
                    format!("{:?}", w.dims()),
                ));
            }
            Some(w) => Some(w.clone().unsqueeze_dim::<2>(1)),
            None => None,
        };
        Ok(match (self.reduction, weights) {
            (Reduction::Sum, None) => (elements.sum(), derivative),
            (Reduction::Sum, Some(w)) => ((elements * w.clone()).sum(), derivative * w),
            (_, None) => {
                let n = (batch * per_event) as f64;
                (elements.mean(), derivative.div_scalar(n))
            }
            (_, Some(w)) => {
                let total = w.clone().sum().mul_scalar(per_event as f64);
                let loss = (elements * w.clone()).sum() / total.clone();
                (loss, derivative * w / total.unsqueeze_dim::<2>(1))
            }
        })
    }

    /// [`value_and_grad`](Self::value_and_grad) on host rows: `output` and
    /// `target` are row-major `[batch, k]`, `weights` one per event. Writes
    /// the gradient with respect to `output` into `grad` (same shape) and
    /// returns the reduced loss. Sums run in `f64`.
    #[cfg_attr(not(feature = "flex"), allow(dead_code))]
    pub(crate) fn host_value_and_grad(
        &self,
        output: &[f32],
        target: &[f32],
        weights: Option<&[f32]>,
        k: usize,
        grad: &mut [f32],
    ) -> f32 {
        let batch = output.len() / k;
        debug_assert!(target.len() == output.len() && grad.len() == output.len());
        debug_assert!(weights.is_none_or(|w| w.len() == batch));
        let mut total = 0.0f64;
        let per_event = match self.kind {
            LossKind::CrossEntropyLoss { .. } => 1,
            _ => k,
        };
        for event in 0..batch {
            let rows = event * k..(event + 1) * k;
            let (o, y, g) = (
                &output[rows.clone()],
                &target[rows.clone()],
                &mut grad[rows],
            );
            let element_sum = match self.kind {
                LossKind::MSELoss | LossKind::L1Loss => {
                    // The element's loss and its derivative in `d = o - y`.
                    let element: fn(f32) -> (f32, f32) = match self.kind {
                        LossKind::MSELoss => |d| (d * d, d * 2.0),
                        _ => |d| {
                            let sign = if d > 0.0 {
                                1.0
                            } else if d < 0.0 {
                                -1.0
                            } else {
                                d * 0.0
                            };
                            (d.abs(), sign)
                        },
                    };
                    let mut sum = 0.0f64;
                    for ((o, y), g) in o.iter().zip(y).zip(g.iter_mut()) {
                        let (value, derivative) = element(o - y);
                        *g = derivative;
                        sum += value as f64;
                    }
                    sum
                }
                _ => {
                    // Cross-entropy with probability targets, as
                    // `value_and_grad`: the log-softmax goes into `g` first.
                    g.copy_from_slice(o);
                    softmax_row(g, true);
                    let mass: f32 = y.iter().sum();
                    let mut element = 0.0f32;
                    for (log_p, y) in g.iter_mut().zip(y) {
                        element -= *log_p * y;
                        *log_p = log_p.exp() * mass - y;
                    }
                    element as f64
                }
            };
            let w = weights.map_or(1.0, |w| w[event]);
            if weights.is_some() {
                grad[event * k..(event + 1) * k]
                    .iter_mut()
                    .for_each(|g| *g *= w);
            }
            total += element_sum * w as f64;
        }
        let denominator = match (self.reduction, weights) {
            (Reduction::Sum, _) => return total as f32,
            (_, None) => (batch * per_event) as f64,
            (_, Some(w)) => w.iter().map(|&w| w as f64).sum::<f64>() * per_event as f64,
        };
        let divisor = denominator as f32;
        grad.iter_mut().for_each(|g| *g /= divisor);
        (total / denominator) as f32
    }

    /// Unreduced loss: `[batch, k]`, or `[batch, 1]` for cross-entropy.
    fn elementwise(&self, output: Tensor<2>, target: &Target) -> Result<Tensor<2>> {
        let dense = |target: &Target| -> Result<Tensor<2>> {
            match target {
                Target::Dense(t) if t.dims() == output.dims() => Ok(t.clone()),
                Target::Dense(t) => Err(Error::shape(
                    "loss target",
                    format!("{:?} (the output's shape)", output.dims()),
                    format!("{:?}", t.dims()),
                )),
                Target::Classes(_) => Err(Error::option(
                    "Loss",
                    "class-index targets need CrossEntropyLoss",
                )),
            }
        };
        Ok(match &self.kind {
            LossKind::MSELoss => (output.clone() - dense(target)?).square(),
            LossKind::L1Loss => (output.clone() - dense(target)?).abs(),
            LossKind::SmoothL1Loss { beta } => {
                let d = (output.clone() - dense(target)?).abs();
                if *beta == 0.0 {
                    d
                } else {
                    let quadratic = d.clone().square().mul_scalar(0.5 / beta);
                    let linear = d.clone().sub_scalar(0.5 * beta);
                    quadratic.mask_where(d.greater_equal_scalar(*beta), linear)
                }
            }
            LossKind::HuberLoss { delta } => {
                let d = (output.clone() - dense(target)?).abs();
                let quadratic = d.clone().square().mul_scalar(0.5);
                let linear = d.clone().sub_scalar(0.5 * delta).mul_scalar(*delta);
                quadratic.mask_where(d.greater_scalar(*delta), linear)
            }
            LossKind::BCELoss => {
                let y = dense(target)?;
                let log_p = output.clone().log().clamp_min(-100.0);
                let log_1mp = output.neg().add_scalar(1.0).log().clamp_min(-100.0);
                (y.clone() * log_p + y.neg().add_scalar(1.0) * log_1mp).neg()
            }
            LossKind::BCEWithLogitsLoss => {
                let y = dense(target)?;
                // max(x, 0) - x*y + log(1 + exp(-|x|))
                let softplus = output.clone().abs().neg().exp().log1p();
                output.clone().clamp_min(0.0) - output * y + softplus
            }
            LossKind::CrossEntropyLoss { class_weights } => {
                let [_, classes] = output.dims();
                let device = output.device();
                let log_p = activation::log_softmax(output.clone(), 1);
                let cw = match class_weights {
                    Some(w) if w.len() != classes => {
                        return Err(Error::shape(
                            "CrossEntropyLoss weight",
                            format!("{classes} class weights"),
                            w.len(),
                        ));
                    }
                    Some(w) => Some(Tensor::<1>::from_floats(w.as_slice(), &device)),
                    None => None,
                };
                match target {
                    Target::Classes(idx) => {
                        let picked = log_p.gather(1, idx.clone().unsqueeze_dim(1)).neg();
                        match cw {
                            Some(cw) => picked * cw.select(0, idx.clone()).unsqueeze_dim(1),
                            None => picked,
                        }
                    }
                    Target::Dense(_) => {
                        let y = dense(target)?;
                        let terms = match cw {
                            Some(cw) => log_p * y * cw.unsqueeze_dim(0),
                            None => log_p * y,
                        };
                        terms.sum_dim(1).neg()
                    }
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_pytorchs_in_any_spelling() {
        assert_eq!(Loss::from_name("MSELoss").unwrap(), Loss::mse());
        assert_eq!(Loss::from_name("mse").unwrap(), Loss::mse());
        assert_eq!(
            Loss::from_name("cross_entropy").unwrap(),
            Loss::cross_entropy()
        );
        let err = Loss::from_name("hinge").unwrap_err().to_string();
        assert!(err.contains("Loss") && err.contains("`hinge`"), "{err}");
    }

    #[test]
    fn settings_are_validated() {
        assert!(
            Loss::new(LossKind::HuberLoss { delta: 0.0 })
                .validate()
                .is_err()
        );
        assert!(
            Loss::new(LossKind::SmoothL1Loss { beta: -1.0 })
                .validate()
                .is_err()
        );
        assert!(
            Loss::new(LossKind::CrossEntropyLoss {
                class_weights: Some(vec![1.0, f32::NAN])
            })
            .validate()
            .is_err()
        );
        assert!(Loss::mse().validate().is_ok());
    }

    #[test]
    fn mse_by_hand() {
        let device = burn::tensor::Device::flex();
        let out = Tensor::<2>::from_floats([[1.0, 2.0], [3.0, 5.0]], &device);
        let y = Target::Dense(Tensor::<2>::from_floats([[0.0, 2.0], [1.0, 1.0]], &device));
        // (1 + 0 + 4 + 16) / 4
        let mean = Loss::mse().forward(out.clone(), &y, None).unwrap();
        assert_eq!(mean.into_scalar::<f32>(), 5.25);
        // Event weights 1 and 3: (1 + 0 + 3 * 20) / (2 * 4)
        let w = Tensor::<1>::from_floats([1.0, 3.0], &device);
        let weighted = Loss::mse().forward(out.clone(), &y, Some(&w)).unwrap();
        assert_eq!(weighted.into_scalar::<f32>(), 61.0 / 8.0);
        let bad = Target::Dense(Tensor::<2>::zeros([2, 3], &device));
        let err = Loss::mse()
            .forward(out, &bad, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("loss target"), "{err}");
    }
}
