//! Event input: ROOT files (TTrees, read by `io::root`) and CSV files.

pub mod csv;
pub mod root;

pub use root::{
    BranchInfo, Chain, Column, ColumnData, Histogram, Object, RootFile, Tree, TreeData,
    expand_patterns, write_output_at, write_trees, write_trees_at,
};
