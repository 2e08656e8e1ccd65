//! # tmva-burn
//!
//! ROOT TMVA's PyTorch interface rebuilt in pure Rust on the Burn
//! deep-learning framework: `Sequential` models, custom layers, PyTorch's
//! losses and optimizers and TMVA's training loop, on a backend chosen at run
//! time through a Burn `Device` (the pure-Rust CPU backend `flex` by default);
//! `model.pt` import and export (`pt`); and TMVA's workflow around it:
//! `DataLoader`, transformations, `Factory` with the `PyTorch` and `Fisher`
//! methods, evaluation, weight files and the `Reader`.

pub mod apply;
pub mod data;
pub mod device;
pub mod error;
pub mod eval;
pub mod factory;
pub mod interrupt;
pub mod io;
pub mod job;
pub mod methods;
pub mod nn;
pub mod options;
pub mod pt;
pub mod reader;
pub mod report;
pub mod staging;
pub mod transform;
pub mod util;
pub mod weights;

pub use error::{Error, Result};

/// The types most programs use.
pub mod prelude {
    pub use crate::data::DataLoader;
    pub use crate::device::parse_device;
    pub use crate::error::{Error, Result};
    pub use crate::factory::{Factory, MethodKind};
    pub use crate::io::RootFile;
    pub use crate::nn::{
        Criterion, CustomLayer, CustomObjects, CustomRegistry, EarlyStopping, LayerSpec, Loss,
        LossKind, LrSchedule, NoCustom, OptimizerConfig, Reduction, Sequential, SequentialSpec,
        Target, TrainingConfig, TrainingData, TrainingHistory,
    };
    pub use crate::reader::Reader;
    pub use burn::module::Module;
    pub use burn::tensor::{Device, Tensor};
}
