//! TMVA's data layer: expressions, the `DataLoader`, train/test splitting and
//! normalisation, and the resulting `DataSet`.

pub mod expr;
pub mod loader;

pub use loader::{
    ClassStats, DataLoader, DataSet, EventSource, MemoryTable, MixMode, NormMode, PrepareConfig,
    REGRESSION_CLASS, Sample, SplitMode, TreeType, VariableInfo,
};
