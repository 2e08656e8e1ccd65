//! The methods (TMVA's `Types::EMVA`) and the kinds of analysis they serve.

pub mod applied;
pub mod fisher;
pub mod pytorch;

use serde::{Deserialize, Serialize};

pub use applied::{AppliedMethod, BurnModel, HostModel, TrainedModel};
pub use fisher::{Fisher, FisherMethod};
pub use pytorch::{PyTorchConfig, Task, TrainedNetwork, ValidationSize, train_network};

/// The methods the factory can book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MethodKind {
    /// The neural network (TMVA's `kPyTorch`).
    PyTorch,
    /// The Fisher discriminant (TMVA's `kFisher`).
    Fisher,
}

impl MethodKind {
    /// TMVA's name of the method type.
    pub fn name(self) -> &'static str {
        match self {
            MethodKind::PyTorch => "PyTorch",
            MethodKind::Fisher => "Fisher",
        }
    }

    /// The kind TMVA calls `name`, if it is one we have.
    pub fn from_name(name: &str) -> Option<Self> {
        [MethodKind::PyTorch, MethodKind::Fisher]
            .into_iter()
            .find(|k| k.name() == name)
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
