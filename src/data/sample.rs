//! Prepared events: a `Sample` (training or test) of a `DataSet`, and the
//! per-class figures of the preparation.

use super::loader::VariableInfo;

/// Events of one sample (training or test): row-major `f32` variables,
/// targets and spectators, plus weight, class and origin per event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sample {
    /// Variables per event.
    pub n_variables: usize,
    /// Targets per event.
    pub n_targets: usize,
    /// Spectators per event.
    pub n_spectators: usize,
    /// `len * n_variables` values.
    pub variables: Vec<f32>,
    /// `len * n_targets` values.
    pub targets: Vec<f32>,
    /// `len * n_spectators` values.
    pub spectators: Vec<f32>,
    /// Event weights (training weights after `NormMode`).
    pub weights: Vec<f32>,
    /// Class index per event.
    pub classes: Vec<u16>,
    /// Position of the event among all events of its class, counted over the
    /// class's inputs in the order they were added (before cuts).
    pub origin: Vec<u32>,
}

impl Sample {
    /// Number of events.
    pub fn len(&self) -> usize {
        self.weights.len()
    }
    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
    /// The variables of event `i`.
    pub fn event(&self, i: usize) -> &[f32] {
        &self.variables[i * self.n_variables..(i + 1) * self.n_variables]
    }
    /// Sum of the weights of class `class`.
    pub fn weight_sum(&self, class: u16) -> f64 {
        self.classes
            .iter()
            .zip(&self.weights)
            .filter(|(c, _)| **c == class)
            .map(|(_, w)| *w as f64)
            .sum()
    }
    /// Number of events of class `class`.
    pub fn count(&self, class: u16) -> usize {
        self.classes.iter().filter(|c| **c == class).count()
    }
    /// Bytes the sample's buffers hold on the heap (their capacities).
    pub fn heap_bytes(&self) -> usize {
        4 * (self.variables.capacity()
            + self.targets.capacity()
            + self.spectators.capacity()
            + self.weights.capacity()
            + self.origin.capacity())
            + 2 * self.classes.capacity()
    }

    /// One-hot rows of the classes (`len * n_classes` values), TMVA's
    /// classification targets for its PyTorch method.
    pub fn one_hot(&self, n_classes: usize) -> Vec<f32> {
        let mut out = vec![0.0; self.len() * n_classes];
        for (i, &c) in self.classes.iter().enumerate() {
            out[i * n_classes + c as usize] = 1.0;
        }
        out
    }
}

/// What happened to a class's events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClassStats {
    /// The class name.
    pub name: String,
    /// Events read.
    pub read: usize,
    /// Events passing the cuts.
    pub after_cuts: usize,
    /// Events dropped for a NaN or infinite variable or target.
    pub dropped_non_finite: usize,
    /// Entries skipped because an input variable indexes past the end of a
    /// list (`jet_pt[2]` with two jets), as TMVA skips them.
    pub no_element: usize,
    /// Training events.
    pub training: usize,
    /// Test events.
    pub testing: usize,
    /// Factor applied to the class's training weights by `NormMode`.
    pub renormalisation: f64,
}

/// The prepared data: metadata, training and test samples, and per-class statistics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataSet {
    /// The loader's name (TMVA's dataset name, used for output paths).
    pub name: String,
    /// The variables, in order.
    pub variables: Vec<VariableInfo>,
    /// The regression targets, in order.
    pub targets: Vec<VariableInfo>,
    /// The spectators, in order.
    pub spectators: Vec<VariableInfo>,
    /// Class names; index = class id (signal first when there is one).
    pub classes: Vec<String>,
    /// Training events.
    pub train: Sample,
    /// Test events.
    pub test: Sample,
    /// Per class, in class order.
    pub stats: Vec<ClassStats>,
}
