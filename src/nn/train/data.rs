//! Training input: events with targets and weights, cut into batches on a device.

use burn::tensor::{Device, Tensor, TensorData};

use super::super::loss::Target;
use crate::error::{Error, Result};

/// Events for training or validation: row-major features and targets, and
/// optional per-event weights.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingData {
    n_features: usize,
    n_targets: usize,
    features: Vec<f32>,
    targets: Vec<f32>,
    weights: Option<Vec<f32>>,
}

impl TrainingData {
    /// `features` holds `n_events * n_features` values, `targets`
    /// `n_events * n_targets` (one-hot rows for classification).
    pub fn new(
        features: Vec<f32>,
        n_features: usize,
        targets: Vec<f32>,
        n_targets: usize,
    ) -> Result<Self> {
        if n_features == 0 || n_targets == 0 {
            return Err(Error::Data(format!(
                "events need at least one feature and one target (got {n_features} features, \
                 {n_targets} targets)"
            )));
        }
        if !features.len().is_multiple_of(n_features) {
            return Err(Error::shape(
                "training features",
                format!("a multiple of {n_features} values"),
                features.len(),
            ));
        }
        let n_events = features.len() / n_features;
        if targets.len() != n_events * n_targets {
            return Err(Error::shape(
                "training targets",
                format!(
                    "{} values ({n_events} events x {n_targets})",
                    n_events * n_targets
                ),
                targets.len(),
            ));
        }
        if let Some(i) = features.iter().position(|v| !v.is_finite()) {
            return Err(Error::Data(format!(
                "feature {} of event {} is {}",
                i % n_features,
                i / n_features,
                features[i]
            )));
        }
        if let Some(i) = targets.iter().position(|v| !v.is_finite()) {
            return Err(Error::Data(format!(
                "target {} of event {} is {}",
                i % n_targets,
                i / n_targets,
                targets[i]
            )));
        }
        Ok(Self {
            n_features,
            n_targets,
            features,
            targets,
            weights: None,
        })
    }

    /// Attaches one weight per event (used by the loss; see `loss`).
    pub fn with_weights(mut self, weights: Vec<f32>) -> Result<Self> {
        if weights.len() != self.len() {
            return Err(Error::shape("event weights", self.len(), weights.len()));
        }
        if let Some(i) = weights.iter().position(|w| !w.is_finite()) {
            return Err(Error::Data(format!(
                "weight of event {i} is {}",
                weights[i]
            )));
        }
        self.weights = Some(weights);
        Ok(self)
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.features.len() / self.n_features
    }
    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }
    /// Features per event.
    pub fn n_features(&self) -> usize {
        self.n_features
    }
    /// Targets per event.
    pub fn n_targets(&self) -> usize {
        self.n_targets
    }
    /// Row-major features.
    pub fn features(&self) -> &[f32] {
        &self.features
    }
    /// Row-major targets.
    pub fn targets(&self) -> &[f32] {
        &self.targets
    }
    /// Event weights, if any.
    pub fn weights(&self) -> Option<&[f32]> {
        self.weights.as_deref()
    }

    /// Splits off the last `n_validation` events, as MethodPyTorch does:
    /// returns `(training, validation)`.
    pub fn split_validation(&self, n_validation: usize) -> Result<(Self, Self)> {
        if n_validation == 0 || n_validation >= self.len() {
            return Err(Error::option(
                "ValidationSize",
                format!(
                    "{n_validation} validation events must be > 0 and smaller than the training \
                     set ({} events)",
                    self.len()
                ),
            ));
        }
        let n_train = self.len() - n_validation;
        Ok((self.rows(0..n_train), self.rows(n_train..self.len())))
    }

    fn rows(&self, range: std::ops::Range<usize>) -> Self {
        Self {
            n_features: self.n_features,
            n_targets: self.n_targets,
            features: self.features[range.start * self.n_features..range.end * self.n_features]
                .to_vec(),
            targets: self.targets[range.start * self.n_targets..range.end * self.n_targets]
                .to_vec(),
            weights: self.weights.as_ref().map(|w| w[range].to_vec()),
        }
    }

    fn permuted(&self, order: &[usize]) -> Self {
        let (nf, nt) = (self.n_features, self.n_targets);
        Self {
            n_features: nf,
            n_targets: nt,
            features: order
                .iter()
                .flat_map(|&i| self.features[i * nf..(i + 1) * nf].iter().copied())
                .collect(),
            targets: order
                .iter()
                .flat_map(|&i| self.targets[i * nt..(i + 1) * nt].iter().copied())
                .collect(),
            weights: self
                .weights
                .as_ref()
                .map(|w| order.iter().map(|&i| w[i]).collect()),
        }
    }
}

/// One batch on the device.
#[derive(Debug, Clone)]
pub struct Batch {
    /// Features `[batch, n_features]`.
    pub features: Tensor<2>,
    /// Targets `[batch, n_targets]`.
    pub target: Target,
    /// Event weights `[batch]`, if the data has them.
    pub weights: Option<Tensor<1>>,
}

/// Cuts `data` into batches of `batch_size` events (the last one may be
/// smaller) on `device`, in the order given by `order` (all events in file
/// order when `None`). The data is uploaded once and sliced.
pub fn make_batches(
    data: &TrainingData,
    batch_size: usize,
    order: Option<&[usize]>,
    device: &Device,
) -> Result<Vec<Batch>> {
    if batch_size == 0 {
        return Err(Error::option("BatchSize", "must be at least 1"));
    }
    if data.is_empty() {
        return Err(Error::Data("no events to cut into batches".into()));
    }
    let permuted;
    let data = match order {
        Some(order) => {
            permuted = data.permuted(order);
            &permuted
        }
        None => data,
    };
    let n = data.len();
    let x = Tensor::<2>::from_data(
        TensorData::new(data.features.clone(), [n, data.n_features]),
        device,
    );
    let y = Tensor::<2>::from_data(
        TensorData::new(data.targets.clone(), [n, data.n_targets]),
        device,
    );
    let w = data
        .weights
        .as_ref()
        .map(|w| Tensor::<1>::from_data(TensorData::new(w.clone(), [n]), device));
    if n <= batch_size {
        return Ok(vec![Batch {
            features: x,
            target: Target::Dense(y),
            weights: w,
        }]);
    }
    Ok((0..n)
        .step_by(batch_size)
        .map(|start| {
            let end = (start + batch_size).min(n);
            Batch {
                features: x.clone().narrow(0, start, end - start),
                target: Target::Dense(y.clone().narrow(0, start, end - start)),
                weights: w.as_ref().map(|w| w.clone().narrow(0, start, end - start)),
            }
        })
        .collect())
}
