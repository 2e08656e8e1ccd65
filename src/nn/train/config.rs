//! What a training run is told: criterion, schedule, early stopping and the
//! loop's settings, and what it reports per epoch.

use std::path::PathBuf;
use std::sync::Arc;

use burn::tensor::Tensor;
use serde::{Deserialize, Serialize};

use super::super::loss::{Loss, Target};
use super::super::optim::OptimizerConfig;
use super::data::Batch;
use crate::error::{Error, Result};

/// A user loss: `(output, target, weights) -> loss` with the same shapes as [`Loss::forward`].
pub type LossFn =
    Arc<dyn Fn(Tensor<2>, &Target, Option<&Tensor<1>>) -> Result<Tensor<1>> + Send + Sync>;

/// The criterion of a training: a built-in loss or the user's own.
#[derive(Clone)]
pub enum Criterion {
    /// A built-in PyTorch loss.
    Loss(Loss),
    /// A user function.
    Custom(LossFn),
}

impl std::fmt::Debug for Criterion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Criterion::Loss(loss) => loss.fmt(f),
            Criterion::Custom(_) => f.write_str("Criterion::Custom"),
        }
    }
}

impl Criterion {
    /// The loss of `output` on `batch`.
    pub fn compute(&self, output: Tensor<2>, batch: &Batch) -> Result<Tensor<1>> {
        match self {
            Criterion::Loss(loss) => loss.forward(output, &batch.target, batch.weights.as_ref()),
            Criterion::Custom(f) => f(output, &batch.target, batch.weights.as_ref()),
        }
    }
}

/// Learning-rate changes at given epochs, TMVA's `LearningRateSchedule`
/// (`"50,0.01;70,0.005"`): after 0-based epoch `e` ends, the rate becomes `lr`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LrSchedule {
    /// `(epoch, lr)` pairs.
    pub steps: Vec<(usize, f64)>,
}

impl LrSchedule {
    /// Parses TMVA's syntax; an empty string is no schedule.
    pub fn parse(text: &str) -> Result<Self> {
        let mut steps = Vec::new();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let bad = || {
                Error::option(
                    "LearningRateSchedule",
                    format!(
                        "`{part}` in \"{text}\" is not `epoch,rate` (e.g. \"50,0.01;70,0.005\")"
                    ),
                )
            };
            let (epoch, lr) = part.split_once(',').ok_or_else(bad)?;
            let epoch: usize = epoch.trim().parse().map_err(|_| bad())?;
            let lr: f64 = lr.trim().parse().map_err(|_| bad())?;
            if !(lr.is_finite() && lr >= 0.0) {
                return Err(bad());
            }
            steps.push((epoch, lr));
        }
        Ok(Self { steps })
    }

    /// The rate set at the end of 0-based `epoch`, if any (the last entry wins).
    pub fn rate_after(&self, epoch: usize) -> Option<f64> {
        self.steps
            .iter()
            .rev()
            .find(|(e, _)| *e == epoch)
            .map(|(_, lr)| *lr)
    }
}

/// Stop when the validation loss has not improved by more than `min_delta`
/// for `patience` epochs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EarlyStopping {
    /// Epochs without improvement before stopping.
    pub patience: usize,
    /// Smallest decrease that counts as an improvement.
    pub min_delta: f64,
}

/// Settings of the default training loop. Defaults are MethodPyTorch's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingConfig {
    /// Passes over the training data (`NumEpochs`, default 10).
    pub num_epochs: usize,
    /// Events per batch (`BatchSize`, default 100).
    pub batch_size: usize,
    /// Optimizer when `CustomObjects` has none (default `SGD(lr=0.01)`).
    pub optimizer: OptimizerConfig,
    /// Loss when `CustomObjects` has none (default `MSELoss`).
    pub loss: Loss,
    /// `LearningRateSchedule` (default none).
    pub lr_schedule: LrSchedule,
    /// Return the weights of the epoch with the smallest validation loss
    /// (`SaveBestOnly`, default true; needs validation data).
    pub save_best_only: bool,
    /// Early stopping (default off; needs validation data).
    pub early_stopping: Option<EarlyStopping>,
    /// Shuffle the training events every epoch (default false, as TMVA).
    pub shuffle: bool,
    /// Seeds dropout and shuffling (default 100, TMVA's `SplitSeed` default).
    pub seed: u64,
    /// Start from the weights of a model saved by `Sequential::save`
    /// (`ContinueTraining`, default none).
    pub continue_from: Option<PathBuf>,
    /// How gradients are computed (default `Auto`).
    pub backprop: Backprop,
    /// Data-parallel workers (default 1): each batch is cut into this many
    /// contiguous shares whose gradients are computed on their own threads
    /// and combined into the whole batch's, as a single worker would compute
    /// it up to the order of floating-point sums. Closed-form gradients only
    /// (the CPU default); with autodiff the shares run one after the other.
    #[serde(default = "one")]
    pub data_parallel: usize,
    /// Threads of the host training step (default 0: the machine's cores).
    /// Its large matrix products are cut into two halves of rows by their
    /// shapes alone, which run side by side on two threads or one after the
    /// other on one: the same numbers either way (`NumThreads`).
    #[serde(default)]
    pub threads: usize,
}

fn one() -> usize {
    1
}

/// How the training loop computes gradients.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Backprop {
    /// The closed-form backward pass when every layer and the loss have one
    /// (all built-ins except GELU, BatchNorm1d and cross-entropy with class
    /// weights; no custom layers or criteria), Burn's autodiff otherwise. On
    /// the embedded CPU backend the default loop runs the closed-form steps
    /// on host buffers where it can (see `default_train_loop`).
    #[default]
    Auto,
    /// As `Auto`, but always on the backend's tensors, never on the host.
    Tensors,
    /// Always Burn's autodiff.
    Autodiff,
}

impl Default for TrainingConfig {
    fn default() -> Self {
        Self {
            num_epochs: 10,
            batch_size: 100,
            optimizer: OptimizerConfig::sgd(0.01),
            loss: Loss::mse(),
            lr_schedule: LrSchedule::default(),
            save_best_only: true,
            early_stopping: None,
            shuffle: false,
            seed: 100,
            continue_from: None,
            backprop: Backprop::Auto,
            data_parallel: 1,
            threads: 0,
        }
    }
}

impl TrainingConfig {
    /// Checks the values that can be checked without data.
    pub fn validate(&self) -> Result<()> {
        if self.num_epochs == 0 {
            return Err(Error::option("NumEpochs", "must be at least 1"));
        }
        if self.batch_size == 0 {
            return Err(Error::option("BatchSize", "must be at least 1"));
        }
        if self.data_parallel == 0 {
            return Err(Error::option("data_parallel", "must be at least 1"));
        }
        self.optimizer.validate()?;
        self.loss.validate()?;
        if let Some(es) = &self.early_stopping
            && !(es.min_delta.is_finite() && es.min_delta >= 0.0)
        {
            return Err(Error::option(
                "EarlyStopping",
                format!("min_delta={} must be >= 0", es.min_delta),
            ));
        }
        Ok(())
    }
}

/// What happened in one epoch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpochRecord {
    /// 1-based epoch number.
    pub epoch: usize,
    /// Mean of the batch losses.
    pub train_loss: f64,
    /// Mean of the validation batch losses, if there is validation data.
    pub val_loss: Option<f64>,
    /// Learning rate used in this epoch.
    pub lr: f64,
    /// Wall-clock seconds of the epoch.
    pub seconds: f64,
}

/// The per-epoch record of a training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrainingHistory {
    /// One entry per epoch run.
    pub epochs: Vec<EpochRecord>,
    /// 1-based epoch whose weights were kept (`SaveBestOnly`), if any.
    pub best_epoch: Option<usize>,
    /// Whether early stopping ended the training.
    pub stopped_early: bool,
}
