//! Event input: ROOT files (through a vendored `oxyroot`) and CSV files.

pub mod csv;
pub mod root;

pub use root::{Column, RootFile, Tree, TreeData, write_trees};
