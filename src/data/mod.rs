//! TMVA's data layer: expressions, the `DataLoader`, train/test splitting and
//! normalisation, and the resulting `DataSet`.

pub mod expr;
pub mod loader;
mod prepare;
mod sample;
mod source;

pub use loader::{DataLoader, REGRESSION_CLASS, TreeType, VariableInfo};
pub use prepare::{MixMode, NormMode, PrepareConfig, SplitMode};
pub use sample::{ClassStats, DataSet, Sample};
pub use source::{EventSource, MemoryTable};
