//! The methods (TMVA's `Types::EMVA`) and the kinds of analysis they serve.

pub mod applied;
pub mod bdt;
pub mod fisher;
pub mod mlp;
pub mod pytorch;

use serde::{Deserialize, Serialize};

pub use applied::{AppliedMethod, BurnModel, HostModel, TrainedModel};
pub use fisher::{Fisher, FisherMethod};
pub use pytorch::{PyTorchConfig, Task, TrainedNetwork, ValidationSize, train_network};

/// Runs `f` on each event of `events` (row-major, `width` values each);
/// `method` names the method in the error when they do not divide evenly.
fn for_each_event(
    events: &[f32],
    width: usize,
    method: &str,
    mut f: impl FnMut(&[f32]),
) -> crate::error::Result<()> {
    if width == 0 || !events.len().is_multiple_of(width) {
        return Err(crate::error::Error::shape(
            format!("{method} events"),
            format!("a multiple of {width} values"),
            events.len(),
        ));
    }
    events.chunks(width).for_each(&mut f);
    Ok(())
}

/// The methods: those the factory books and trains, and those trained by
/// ROOT whose weight files the Reader applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MethodKind {
    /// The neural network (TMVA's `kPyTorch`).
    PyTorch,
    /// The Fisher discriminant (TMVA's `kFisher`).
    Fisher,
    /// Boosted decision trees (TMVA's `kBDT`): applied, not trained.
    Bdt,
    /// TMVA's multilayer perceptron (`kMLP`): applied, not trained.
    Mlp,
}

impl MethodKind {
    /// Every kind.
    pub const ALL: [MethodKind; 4] = [
        MethodKind::PyTorch,
        MethodKind::Fisher,
        MethodKind::Bdt,
        MethodKind::Mlp,
    ];

    /// TMVA's name of the method type.
    pub fn name(self) -> &'static str {
        match self {
            MethodKind::PyTorch => "PyTorch",
            MethodKind::Fisher => "Fisher",
            MethodKind::Bdt => "BDT",
            MethodKind::Mlp => "MLP",
        }
    }

    /// The kind TMVA calls `name`, if it is one we have.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// What a trained method computes, as a weight file's `AnalysisType` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Analysis {
    /// Signal against background: one MVA value per event.
    Classification,
    /// One output per target, in the targets' scale.
    Regression,
    /// One output per class.
    Multiclass,
}

impl Analysis {
    /// TMVA's name (`Classification`, `Regression`, `Multiclass`).
    pub fn name(self) -> &'static str {
        match self {
            Analysis::Classification => "Classification",
            Analysis::Regression => "Regression",
            Analysis::Multiclass => "Multiclass",
        }
    }

    /// The analysis TMVA calls `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        [
            Analysis::Classification,
            Analysis::Regression,
            Analysis::Multiclass,
        ]
        .into_iter()
        .find(|a| a.name() == name)
    }
}

impl From<Task> for Analysis {
    fn from(task: Task) -> Self {
        match task {
            Task::Classification => Analysis::Classification,
            Task::Regression => Analysis::Regression,
            Task::Multiclass(_) => Analysis::Multiclass,
        }
    }
}

impl std::fmt::Display for Analysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
