//! The training loop of TMVA's PyTorch method, and the pieces a custom
//! training function is made of.
//!
//! The default loop is MethodPyTorch's tutorial `train` function: per epoch,
//! batches in order (no shuffle, like its `DataLoader`), zero grads, forward,
//! loss, backward, step; then the validation loss (mean of the batch losses,
//! batches of the same size) in evaluation mode; keep the weights with the
//! smallest validation loss (`SaveBestOnly`, ties go to the later epoch); after
//! 0-based epoch `e` a `LearningRateSchedule` entry `e,lr` sets the rate for
//! the epochs that follow.
//!
//! Speed: batches are cut once (per epoch when shuffling), and the loop never
//! reads a value back from the device inside an epoch: the batch losses stay
//! on the device and are read once at the end of the epoch, which is also
//! where a NaN or infinite loss is found and reported with its batch.
//! On the embedded CPU backend the default loop runs its steps on host
//! buffers instead (`host.rs`, see [`default_train_loop`]): a third to a
//! fifth of the tensor path's time on TMVA-sized networks.
mod config;
mod data;
#[cfg(feature = "flex")]
mod host;
#[cfg(feature = "flex")]
mod pair;

pub use config::{
    Backprop, Criterion, EarlyStopping, EpochRecord, LossFn, LrSchedule, TrainingConfig,
    TrainingHistory,
};
pub use data::{Batch, TrainingData, make_batches};

use std::sync::Arc;
use std::time::Instant;

use burn::module::{Module, ModuleVisitor, Param, ParamId};
use burn::optim::GradientsParams;
use burn::tensor::{Device, Tensor};
use rand::SeedableRng;
use rand::seq::SliceRandom;

use super::custom::{CustomLayer, NoCustom};
use super::loss::{Reduction, Target};
use super::optim::{Optimizer, OptimizerConfig};
use super::sequential::{Sequential, tensor_values};
use crate::error::{Error, Result};

/// A trained model and its history.
#[derive(Debug)]
pub struct TrainingOutcome<C: CustomLayer = NoCustom> {
    /// The trained model, on the plain (non-autodiff) device.
    pub model: Sequential<C>,
    /// What happened.
    pub history: TrainingHistory,
}

/// What a training function receives.
pub struct TrainArgs<'a, C: CustomLayer = NoCustom> {
    /// The model, on `device`.
    pub model: Sequential<C>,
    /// Training events.
    pub train: &'a TrainingData,
    /// Validation events.
    pub validation: Option<&'a TrainingData>,
    /// The settings.
    pub config: &'a TrainingConfig,
    /// The optimizer (from `CustomObjects` or the config).
    pub optimizer: Optimizer,
    /// The criterion (from `CustomObjects` or the config).
    pub criterion: &'a Criterion,
    /// The device of the model and the batches: an autodiff device, or the
    /// plain one when the closed-form backward pass is used (see
    /// [`compute_gradients`]).
    pub device: &'a Device,
    /// Call once per epoch with its record.
    pub progress: &'a mut dyn FnMut(&EpochRecord),
}

/// A user training loop (TMVA's `train_func`).
pub type TrainFn<C> = Box<dyn FnMut(TrainArgs<'_, C>) -> Result<TrainingOutcome<C>> + Send>;

/// A user predict function (TMVA's `predict_func`): model and `[batch,
/// n_inputs]` features to `[batch, n_outputs]` outputs.
pub type PredictFn<C> = Arc<dyn Fn(&Sequential<C>, Tensor<2>) -> Result<Tensor<2>> + Send + Sync>;

/// TMVA's `load_model_custom_objects`: each part optional, falling back to
/// the defaults (SGD, MSE, the default loop, a plain forward pass).
pub struct CustomObjects<C: CustomLayer = NoCustom> {
    /// Replaces `TrainingConfig::optimizer`.
    pub optimizer: Option<OptimizerConfig>,
    /// Replaces `TrainingConfig::loss`.
    pub criterion: Option<Criterion>,
    /// Replaces the default training loop.
    pub train_fn: Option<TrainFn<C>>,
    /// Replaces the evaluation-mode forward pass when predicting.
    pub predict_fn: Option<PredictFn<C>>,
}

impl<C: CustomLayer> Default for CustomObjects<C> {
    fn default() -> Self {
        Self {
            optimizer: None,
            criterion: None,
            train_fn: None,
            predict_fn: None,
        }
    }
}

impl<C: CustomLayer> std::fmt::Debug for CustomObjects<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomObjects")
            .field("optimizer", &self.optimizer)
            .field("criterion", &self.criterion)
            .field("train_fn", &self.train_fn.is_some())
            .field("predict_fn", &self.predict_fn.is_some())
            .finish()
    }
}

/// Trains `model` on `train` (validating on `validation`) with the default
/// loop or `objects.train_fn`. `progress` is called once per epoch.
pub fn train<C: CustomLayer>(
    model: Sequential<C>,
    train: &TrainingData,
    validation: Option<&TrainingData>,
    config: &TrainingConfig,
    objects: &mut CustomObjects<C>,
    device: &Device,
    progress: &mut dyn FnMut(&EpochRecord),
) -> Result<TrainingOutcome<C>> {
    config.validate()?;
    for (what, data) in std::iter::once(("training", Some(train)))
        .chain(std::iter::once(("validation", validation)))
    {
        let Some(data) = data else { continue };
        if data.is_empty() {
            return Err(Error::Data(format!("the {what} set has no events")));
        }
        model.check_width(data.n_features())?;
        if data.n_targets() != model.n_outputs() {
            return Err(Error::shape(
                format!("{what} targets"),
                format!("{} targets (the model's outputs)", model.n_outputs()),
                format!("{} targets", data.n_targets()),
            ));
        }
    }
    if validation.is_none() && (config.save_best_only || config.early_stopping.is_some()) {
        return Err(Error::option(
            "SaveBestOnly/EarlyStopping",
            "need validation data (ValidationSize)",
        ));
    }
    let model = match &config.continue_from {
        Some(path) => model.load_weights(path)?,
        None => model,
    };
    let plain = device.clone().inner();
    plain.seed(config.seed);
    let optimizer = objects
        .optimizer
        .as_ref()
        .unwrap_or(&config.optimizer)
        .init()?;
    let criterion = objects
        .criterion
        .clone()
        .unwrap_or_else(|| Criterion::Loss(config.loss.clone()));
    let analytic = config.backprop != Backprop::Autodiff
        && model.has_analytic_backward()
        && matches!(&criterion, Criterion::Loss(loss) if loss.has_analytic_grad());
    // A model that never enters an autodiff graph stays off the autodiff
    // device: its parameters would otherwise be registered as graph leaves
    // every step and never released.
    let (model, device) = if analytic {
        (model.fork(&plain), plain)
    } else {
        let ad = plain.autodiff();
        (model.fork(&ad).train(), ad)
    };
    let args = TrainArgs {
        model,
        train,
        validation,
        config,
        optimizer,
        criterion: &criterion,
        device: &device,
        progress,
    };
    match objects.train_fn.as_mut() {
        Some(train_fn) => train_fn(args),
        None => default_train_loop(args),
    }
}

/// The gradients of the criterion on one batch, and the batch loss (detached).
///
/// The device of the batch picks the mechanism: on an autodiff device Burn
/// records the graph and differentiates it; on a plain device the
/// closed-form backward pass of [`Sequential::analytic_gradients`] runs
/// (built-in layers and losses that have one; see [`train`]), on a plain
/// view of the model if the model is on an autodiff device.
pub fn compute_gradients<C: CustomLayer>(
    model: &Sequential<C>,
    criterion: &Criterion,
    batch: &Batch,
) -> Result<(GradientsParams, Tensor<1>)> {
    if batch.features.device().is_autodiff() {
        let output = model.forward_train(batch.features.clone());
        let loss = criterion.compute(output, batch)?;
        let grads = loss.backward();
        return Ok((GradientsParams::from_grads(grads, model), loss.detach()));
    }
    match criterion {
        Criterion::Loss(loss) => {
            let plain;
            let model = if model.is_autodiff() {
                plain = model.valid();
                &plain
            } else {
                model
            };
            model.analytic_gradients(
                loss,
                batch.features.clone(),
                &batch.target,
                batch.weights.as_ref(),
            )
        }
        Criterion::Custom(_) => Err(Error::option(
            "criterion",
            "a custom criterion needs an autodiff device (device.autodiff())",
        )),
    }
}

/// The gradients and loss of `batch` computed by `workers` threads, each on
/// a contiguous share of the events, combined into the whole batch's: a
/// share's mean-reduced gradient counts with its share of the events (of
/// the event weights, when weighted), a sum-reduced one as it is. Equal to
/// [`compute_gradients`] on the whole batch up to the order of sums.
pub fn data_parallel_gradients<C: CustomLayer>(
    model: &Sequential<C>,
    criterion: &Criterion,
    batch: &Batch,
    workers: usize,
) -> Result<(GradientsParams, Tensor<1>)> {
    let n = batch.features.dims()[0];
    let workers = workers.min(n).max(1);
    let Criterion::Loss(loss) = criterion else {
        return compute_gradients(model, criterion, batch);
    };
    if workers == 1 || batch.features.device().is_autodiff() {
        return compute_gradients(model, criterion, batch);
    }
    let share = n.div_ceil(workers);
    let shares: Vec<Batch> = (0..n)
        .step_by(share)
        .map(|start| {
            let len = share.min(n - start);
            Batch {
                features: batch.features.clone().narrow(0, start, len),
                target: match &batch.target {
                    Target::Dense(y) => Target::Dense(y.clone().narrow(0, start, len)),
                    Target::Classes(c) => Target::Classes(c.clone().narrow(0, start, len)),
                },
                weights: batch
                    .weights
                    .as_ref()
                    .map(|w| w.clone().narrow(0, start, len)),
            }
        })
        .collect();
    let results: Vec<Result<(GradientsParams, Tensor<1>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .iter()
            .map(|part| {
                let model = model.clone();
                scope.spawn(move || compute_gradients(&model, criterion, part))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(Error::Backend("a data-parallel worker panicked".into()))
                })
            })
            .collect()
    });
    // Each share's factor in the whole batch's reduction, kept on the device:
    // the loop reads nothing back inside an epoch.
    let device = batch.features.device();
    let constant = |f: f64| Tensor::<1>::from_floats([f as f32], &device);
    let factors: Vec<Tensor<1>> = match (loss.reduction, &batch.weights) {
        (Reduction::Sum, _) => shares.iter().map(|_| constant(1.0)).collect(),
        (_, None) => shares
            .iter()
            .map(|p| constant(p.features.dims()[0] as f64 / n as f64))
            .collect(),
        (_, Some(w)) => {
            let total = w.clone().sum();
            shares
                .iter()
                .map(|p| {
                    let part = p
                        .weights
                        .as_ref()
                        .expect("shares of weighted batches are weighted");
                    part.clone().sum() / total.clone()
                })
                .collect()
        }
    };
    let mut parts = Vec::with_capacity(results.len());
    for result in results {
        parts.push(result?);
    }
    combine_gradients(model, parts, &factors)
}

/// `Σ factor_k · gradient_k` for every parameter of `model`, and the same
/// combination of the losses.
fn combine_gradients<C: CustomLayer>(
    model: &Sequential<C>,
    parts: Vec<(GradientsParams, Tensor<1>)>,
    factors: &[Tensor<1>],
) -> Result<(GradientsParams, Tensor<1>)> {
    struct Combine<'a> {
        parts: Vec<GradientsParams>,
        factors: &'a [Tensor<1>],
        out: GradientsParams,
    }
    impl ModuleVisitor for Combine<'_> {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let mut sum: Option<Tensor<D>> = None;
            for (grads, f) in self.parts.iter_mut().zip(self.factors) {
                if let Some(g) = grads.remove::<D>(param.id) {
                    let g = g * f.clone().reshape([1; D]);
                    sum = Some(match sum {
                        None => g,
                        Some(s) => s + g,
                    });
                }
            }
            if let Some(sum) = sum {
                self.out.register(param.id, sum);
            }
        }
    }
    let mut losses = Vec::with_capacity(parts.len());
    let mut combine = Combine {
        parts: Vec::with_capacity(parts.len()),
        factors,
        out: GradientsParams::new(),
    };
    for ((grads, loss), f) in parts.into_iter().zip(factors) {
        combine.parts.push(grads);
        losses.push(loss * f.clone());
    }
    model.visit(&mut combine);
    Ok((combine.out, Tensor::cat(losses, 0).sum()))
}

/// One optimizer step on one batch; returns the updated model and the batch loss.
pub fn train_step<C: CustomLayer>(
    model: Sequential<C>,
    optimizer: &mut Optimizer,
    criterion: &Criterion,
    batch: &Batch,
) -> Result<(Sequential<C>, Tensor<1>)> {
    crate::interrupt::check(|| "a training step".into())?;
    let (grads, loss) = compute_gradients(&model, criterion, batch)?;
    Ok((optimizer.step(model, grads), loss))
}

/// Mean of the batch losses of `model` in evaluation mode (no graph is recorded).
pub fn evaluate_loss<C: CustomLayer>(
    model: &Sequential<C>,
    criterion: &Criterion,
    batches: &[Batch],
) -> Result<Tensor<1>> {
    let mut losses = Vec::with_capacity(batches.len());
    for batch in batches {
        losses.push(criterion.compute(model.forward(batch.features.clone()), batch)?);
    }
    Ok(Tensor::cat(losses, 0).mean())
}

/// Scales all gradients together so that their joint L2 norm is at most
/// `max_norm` (PyTorch's `clip_grad_norm_`); returns the norm before
/// clipping, as a device tensor.
pub fn clip_grad_norm<C: CustomLayer>(
    grads: &mut GradientsParams,
    model: &Sequential<C>,
    max_norm: f64,
) -> Tensor<1> {
    struct Ids(Vec<(ParamId, usize)>);
    impl ModuleVisitor for Ids {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            self.0.push((param.id, D));
        }
    }
    struct Scale<'a> {
        grads: &'a mut GradientsParams,
        factor: Option<Tensor<1>>,
        squares: Vec<Tensor<1>>,
    }
    impl ModuleVisitor for Scale<'_> {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            match &self.factor {
                None => {
                    if let Some(g) = self.grads.get::<D>(param.id) {
                        self.squares.push(g.square().sum());
                    }
                }
                Some(factor) => {
                    if let Some(g) = self.grads.remove::<D>(param.id) {
                        let f = factor.clone().reshape([1; D]);
                        self.grads.register(param.id, g * f);
                    }
                }
            }
        }
    }
    let mut ids = Ids(Vec::new());
    model.visit(&mut ids);
    let mut pass = Scale {
        grads,
        factor: None,
        squares: Vec::new(),
    };
    model.visit(&mut pass);
    if pass.squares.is_empty() {
        return Tensor::zeros([1], &model.devices()[0].clone().inner());
    }
    let norm = Tensor::cat(std::mem::take(&mut pass.squares), 0)
        .sum()
        .sqrt();
    pass.factor = Some(
        norm.clone()
            .add_scalar(1e-6)
            .recip()
            .mul_scalar(max_norm)
            .clamp_max(1.0),
    );
    model.visit(&mut pass);
    norm
}

/// The events' outputs through `objects.predict_fn`, or the evaluation-mode
/// forward pass; row-major `[n_events, n_outputs]`.
pub fn predict<C: CustomLayer>(
    model: &Sequential<C>,
    objects: &CustomObjects<C>,
    features: &[f32],
    device: &Device,
) -> Result<Vec<f32>> {
    predict_with(model, objects.predict_fn.as_ref(), features, device)
}

/// [`predict`] with only the predict function (`None`: the model's own
/// forward pass).
pub fn predict_with<C: CustomLayer>(
    model: &Sequential<C>,
    predict_fn: Option<&PredictFn<C>>,
    features: &[f32],
    device: &Device,
) -> Result<Vec<f32>> {
    match predict_fn {
        None => model.predict(features, device),
        Some(f) => {
            let x = model.input_tensor(features, device)?;
            let n = x.dims()[0];
            let out = f(model, x)?;
            if out.dims()[0] != n {
                return Err(Error::shape(
                    "predict_fn output",
                    format!("{n} rows"),
                    out.dims()[0],
                ));
            }
            tensor_values(out)
        }
    }
}

/// Reads the batch losses of one epoch back and checks them.
fn epoch_loss(losses: Vec<Tensor<1>>, epoch: usize, which: &'static str) -> Result<f64> {
    mean_loss(&tensor_values(Tensor::cat(losses, 0))?, epoch, which)
}

/// The mean of one epoch's batch losses; a NaN or infinite one is an error
/// naming its batch.
fn mean_loss(values: &[f32], epoch: usize, which: &'static str) -> Result<f64> {
    if let Some(batch) = values.iter().position(|v| !v.is_finite()) {
        return Err(Error::NonFiniteLoss {
            which,
            epoch,
            batch,
            value: values[batch],
        });
    }
    Ok(values.iter().map(|&v| v as f64).sum::<f64>() / values.len() as f64)
}

/// Shuffle order for one epoch, or `None` for file order.
pub fn epoch_order(n: usize, shuffle: bool, rng: &mut rand::rngs::StdRng) -> Option<Vec<usize>> {
    shuffle.then(|| {
        let mut order: Vec<usize> = (0..n).collect();
        order.shuffle(rng);
        order
    })
}

/// The default loop (MethodPyTorch's tutorial `train`), see the module docs.
///
/// On the embedded CPU backend, with `Backprop::Auto`, one worker and a
/// model, loss and optimizer the host trainer takes (built-in layers other
/// than GELU, BatchNorm1d and active Dropout; MSE, L1 or cross-entropy; SGD),
/// the steps run on host buffers (`host.rs`); otherwise on the device's
/// tensors. Both follow the same epochs, batches and bookkeeping.
pub fn default_train_loop<C: CustomLayer>(args: TrainArgs<'_, C>) -> Result<TrainingOutcome<C>> {
    let TrainArgs {
        model,
        train,
        validation,
        config,
        optimizer,
        criterion,
        device,
        progress,
    } = args;
    #[cfg(feature = "flex")]
    if config.backprop == Backprop::Auto
        && config.data_parallel == 1
        && let Some(trainer) = host::HostTrainer::new(
            &model,
            &optimizer,
            criterion,
            device,
            config.batch_size,
            config.threads,
        )
    {
        let epochs = HostEpochs {
            trainer,
            model,
            train,
            validation,
            batch_size: config.batch_size,
            file_order: (0..train.len()).collect(),
        };
        return run_epochs(epochs, config, train.len(), progress);
    }
    let epochs = TensorEpochs {
        batches: make_batches(train, config.batch_size, None, device)?,
        val_batches: validation
            .map(|v| make_batches(v, config.batch_size, None, &device.clone().inner()))
            .transpose()?,
        model: Some(model),
        optimizer,
        criterion,
        train,
        config,
        device,
    };
    run_epochs(epochs, config, train.len(), progress)
}

/// One way of running the default loop's epochs: on the device's tensors or
/// on the host. [`run_epochs`] does the rest (order, schedule, records,
/// `SaveBestOnly`, early stopping) the same for both.
trait Epochs<C: CustomLayer> {
    /// The weights `SaveBestOnly` keeps.
    type Snapshot;
    fn lr(&self) -> f64;
    fn set_lr(&mut self, lr: f64);
    /// One pass over the training batches, in `order` (file order when
    /// `None`); the mean batch loss.
    fn train_epoch(&mut self, epoch: usize, order: Option<&[usize]>) -> Result<f64>;
    /// The mean validation batch loss, in evaluation mode.
    fn validation_loss(&mut self, epoch: usize) -> Result<Option<f64>>;
    fn snapshot(&self) -> Result<Self::Snapshot>;
    /// The trained model on the plain device: `best` if given, else the
    /// current weights.
    fn finish(self, best: Option<Self::Snapshot>) -> Result<Sequential<C>>;
}

fn run_epochs<C: CustomLayer, E: Epochs<C>>(
    mut epochs: E,
    config: &TrainingConfig,
    n_train: usize,
    progress: &mut dyn FnMut(&EpochRecord),
) -> Result<TrainingOutcome<C>> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(config.seed);
    let mut history = TrainingHistory::default();
    let mut best: Option<(f64, E::Snapshot)> = None;
    let mut since_improvement = 0usize;
    let mut best_for_stopping = f64::INFINITY;
    for epoch in 0..config.num_epochs {
        let start = Instant::now();
        let order = epoch_order(n_train, config.shuffle, &mut rng);
        let lr = epochs.lr();
        let train_loss = epochs.train_epoch(epoch + 1, order.as_deref())?;
        let val_loss = epochs.validation_loss(epoch + 1)?;
        if let Some(lr) = config.lr_schedule.rate_after(epoch) {
            epochs.set_lr(lr);
        }
        let record = EpochRecord {
            epoch: epoch + 1,
            train_loss,
            val_loss,
            lr,
            seconds: start.elapsed().as_secs_f64(),
        };
        progress(&record);
        history.epochs.push(record);
        if let Some(val) = val_loss {
            if config.save_best_only && best.as_ref().is_none_or(|(b, _)| val <= *b) {
                best = Some((val, epochs.snapshot()?));
                history.best_epoch = Some(epoch + 1);
            }
            if let Some(es) = &config.early_stopping {
                if val < best_for_stopping - es.min_delta {
                    best_for_stopping = val;
                    since_improvement = 0;
                } else {
                    since_improvement += 1;
                    if since_improvement >= es.patience {
                        history.stopped_early = true;
                        break;
                    }
                }
            }
        }
    }
    let model = epochs.finish(best.map(|(_, snapshot)| snapshot))?;
    Ok(TrainingOutcome { model, history })
}

/// The epochs on the device's tensors: batches cut once (per epoch when
/// shuffling), [`train_step`] or [`data_parallel_gradients`] per batch.
struct TensorEpochs<'a, C: CustomLayer> {
    /// Taken out while an epoch runs, so that each step owns the only
    /// reference to the parameters (flex then updates them in place).
    model: Option<Sequential<C>>,
    optimizer: Optimizer,
    criterion: &'a Criterion,
    train: &'a TrainingData,
    config: &'a TrainingConfig,
    device: &'a Device,
    batches: Vec<Batch>,
    val_batches: Option<Vec<Batch>>,
}

impl<C: CustomLayer> Epochs<C> for TensorEpochs<'_, C> {
    type Snapshot = Sequential<C>;

    fn lr(&self) -> f64 {
        self.optimizer.lr()
    }

    fn set_lr(&mut self, lr: f64) {
        self.optimizer.set_lr(lr);
    }

    fn train_epoch(&mut self, epoch: usize, order: Option<&[usize]>) -> Result<f64> {
        if let Some(order) = order {
            self.batches =
                make_batches(self.train, self.config.batch_size, Some(order), self.device)?;
        }
        let mut losses = Vec::with_capacity(self.batches.len());
        let mut model = self.model.take().ok_or_else(Self::no_model)?;
        for (k, batch) in self.batches.iter().enumerate() {
            crate::interrupt::check(|| format!("epoch {epoch}, batch {k}"))?;
            let (updated, loss) = if self.config.data_parallel > 1 {
                let (grads, loss) = data_parallel_gradients(
                    &model,
                    self.criterion,
                    batch,
                    self.config.data_parallel,
                )?;
                (self.optimizer.step(model, grads), loss)
            } else {
                train_step(model, &mut self.optimizer, self.criterion, batch)?
            };
            model = updated;
            losses.push(loss);
        }
        self.model = Some(model);
        epoch_loss(losses, epoch, "training")
    }

    fn validation_loss(&mut self, epoch: usize) -> Result<Option<f64>> {
        let Some(batches) = &self.val_batches else {
            return Ok(None);
        };
        let model = self.model.as_ref().ok_or_else(Self::no_model)?;
        let loss = evaluate_loss(&model.valid(), self.criterion, batches)?;
        Ok(Some(epoch_loss(vec![loss], epoch, "validation")?))
    }

    fn snapshot(&self) -> Result<Sequential<C>> {
        Ok(self.model.as_ref().ok_or_else(Self::no_model)?.valid())
    }

    fn finish(self, best: Option<Sequential<C>>) -> Result<Sequential<C>> {
        match best {
            Some(best) => Ok(best),
            None => Ok(self.model.ok_or_else(Self::no_model)?.valid()),
        }
    }
}

impl<C: CustomLayer> TensorEpochs<'_, C> {
    /// The model is missing only after an epoch failed, which ends training.
    fn no_model() -> Error {
        Error::Backend("the model was lost in a failed epoch".into())
    }
}

/// The epochs on the host trainer: batches are rows of the training data,
/// gathered into the trainer's buffers.
#[cfg(feature = "flex")]
struct HostEpochs<'a, C: CustomLayer> {
    trainer: host::HostTrainer,
    /// The model the weights go back into.
    model: Sequential<C>,
    train: &'a TrainingData,
    validation: Option<&'a TrainingData>,
    batch_size: usize,
    file_order: Vec<usize>,
}

#[cfg(feature = "flex")]
impl<C: CustomLayer> Epochs<C> for HostEpochs<'_, C> {
    type Snapshot = Vec<Vec<f32>>;

    fn lr(&self) -> f64 {
        self.trainer.lr()
    }

    fn set_lr(&mut self, lr: f64) {
        self.trainer.set_lr(lr);
    }

    fn train_epoch(&mut self, epoch: usize, order: Option<&[usize]>) -> Result<f64> {
        let order = order.unwrap_or(&self.file_order);
        let mut losses = Vec::with_capacity(order.len().div_ceil(self.batch_size));
        for (k, rows) in order.chunks(self.batch_size).enumerate() {
            crate::interrupt::check(|| format!("epoch {epoch}, batch {k}"))?;
            losses.push(self.trainer.step(self.train, rows));
        }
        mean_loss(&losses, epoch, "training")
    }

    fn validation_loss(&mut self, epoch: usize) -> Result<Option<f64>> {
        let Some(validation) = self.validation else {
            return Ok(None);
        };
        let rows: Vec<usize> = (0..validation.len()).collect();
        let losses: Vec<f32> = rows
            .chunks(self.batch_size)
            .map(|rows| self.trainer.loss(validation, rows))
            .collect();
        Ok(Some(mean_loss(&losses, epoch, "validation")?))
    }

    fn snapshot(&self) -> Result<Vec<Vec<f32>>> {
        Ok(self.trainer.parameters())
    }

    fn finish(self, best: Option<Vec<Vec<f32>>>) -> Result<Sequential<C>> {
        let parameters = best.unwrap_or_else(|| self.trainer.parameters());
        self.trainer.load_into(self.model, parameters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_parses_tmva_syntax() {
        let s = LrSchedule::parse("50,0.01; 70,0.005").unwrap();
        assert_eq!(s.steps, [(50, 0.01), (70, 0.005)]);
        assert_eq!(s.rate_after(50), Some(0.01));
        assert_eq!(s.rate_after(51), None);
        assert!(LrSchedule::parse("").unwrap().steps.is_empty());
        for bad in ["50", "a,0.1", "5,-1", "5,x"] {
            let err = LrSchedule::parse(bad).unwrap_err().to_string();
            assert!(err.contains("LearningRateSchedule"), "{bad}: {err}");
        }
    }

    #[test]
    fn batches_cover_every_event_once_in_order() {
        let device = Device::flex();
        let x: Vec<f32> = (0..10).map(|i| i as f32).collect();
        let data = TrainingData::new(x, 1, vec![0.0; 10], 1).unwrap();
        let batches = make_batches(&data, 4, None, &device).unwrap();
        let sizes: Vec<usize> = batches.iter().map(|b| b.features.dims()[0]).collect();
        assert_eq!(sizes, [4, 4, 2]);
        let order = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
        let batches = make_batches(&data, 4, Some(&order), &device).unwrap();
        let first: Vec<f32> = batches[0]
            .features
            .clone()
            .into_data()
            .try_to_vec()
            .unwrap();
        assert_eq!(first, [9.0, 8.0, 7.0, 6.0]);
    }

    #[test]
    fn validation_is_the_last_events() {
        let x: Vec<f32> = (0..10).map(|i| i as f32).collect();
        let data = TrainingData::new(x, 2, vec![0.0; 5], 1)
            .unwrap()
            .with_weights(vec![1.0, 2.0, 3.0, 4.0, 5.0])
            .unwrap();
        let (t, v) = data.split_validation(2).unwrap();
        assert_eq!(t.len(), 3);
        assert_eq!(v.features(), [6.0, 7.0, 8.0, 9.0]);
        assert_eq!(v.weights().unwrap(), [4.0, 5.0]);
        for n in [0, 5] {
            let err = data.split_validation(n).unwrap_err().to_string();
            assert!(err.contains("ValidationSize"), "{err}");
        }
    }
}
