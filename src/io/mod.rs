//! Event input: ROOT files (through a vendored `oxyroot`) and CSV files.

pub mod csv;
pub mod root;

pub use root::{RootFile, Tree};
