//! Where a class's events come from: ROOT trees and chains, CSV files,
//! columns in memory.

use std::sync::Arc;

use crate::error::{Error, Result};
use crate::io::csv::CsvTable;
use crate::io::{Chain, ColumnData, Tree};

/// Events held in memory, by column name: input for users without ROOT files.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryTable {
    name: String,
    len: usize,
    columns: Vec<(String, Vec<f32>)>,
}

impl MemoryTable {
    /// A table called `name` (for messages) with columns of equal length.
    pub fn new(name: &str, columns: Vec<(String, Vec<f32>)>) -> Result<Self> {
        let len = columns.first().map_or(0, |(_, c)| c.len());
        if let Some((col, c)) = columns.iter().find(|(_, c)| c.len() != len) {
            return Err(Error::Data(format!(
                "table `{name}`: column `{col}` has {} values, the first column {len}",
                c.len()
            )));
        }
        Ok(Self {
            name: name.to_string(),
            len,
            columns,
        })
    }
}

/// Where a class's events come from: a ROOT tree, a CSV file or memory.
#[derive(Debug, Clone)]
pub enum EventSource {
    /// A TTree, or the same tree in several files (a TChain).
    Root(Chain),
    /// A CSV file.
    Csv(Arc<CsvTable>),
    /// Columns in memory.
    Memory(Arc<MemoryTable>),
}

impl From<Tree> for EventSource {
    fn from(tree: Tree) -> Self {
        EventSource::Root(tree.into())
    }
}
impl From<Chain> for EventSource {
    fn from(chain: Chain) -> Self {
        EventSource::Root(chain)
    }
}
impl From<CsvTable> for EventSource {
    fn from(table: CsvTable) -> Self {
        EventSource::Csv(Arc::new(table))
    }
}
impl From<MemoryTable> for EventSource {
    fn from(table: MemoryTable) -> Self {
        EventSource::Memory(Arc::new(table))
    }
}

impl EventSource {
    /// `file:tree`, the CSV path or the table name.
    pub fn describe(&self) -> String {
        match self {
            EventSource::Root(tree) => tree.describe(),
            EventSource::Csv(table) => table.path().display().to_string(),
            EventSource::Memory(table) => format!("table `{}`", table.name),
        }
    }

    pub(super) fn len(&self) -> usize {
        match self {
            EventSource::Root(tree) => tree.entries(),
            EventSource::Csv(table) => table.len(),
            EventSource::Memory(table) => table.len,
        }
    }

    pub(super) fn read(&self, names: &[String]) -> Result<Vec<ColumnData>> {
        let missing = |name: &str, have: Vec<&str>| {
            Error::Data(format!(
                "{}: no column `{name}`; it has: {}",
                self.describe(),
                have.join(", ")
            ))
        };
        match self {
            EventSource::Root(tree) => {
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                tree.read_branches(&refs)
            }
            EventSource::Csv(table) => names
                .iter()
                .map(|n| Ok(ColumnData::Scalar(table.require(n)?.to_vec())))
                .collect(),
            EventSource::Memory(table) => names
                .iter()
                .map(|n| {
                    table
                        .columns
                        .iter()
                        .find(|(c, _)| c == n)
                        .map(|(_, v)| ColumnData::Scalar(v.clone()))
                        .ok_or_else(|| {
                            missing(n, table.columns.iter().map(|(c, _)| c.as_str()).collect())
                        })
                })
                .collect(),
        }
    }
}
