//! Reading events from CSV files: a header line of column names, then one
//! event per line of numbers, separated by commas.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A CSV file's columns.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvTable {
    path: PathBuf,
    names: Vec<String>,
    columns: Vec<Vec<f32>>,
}

impl CsvTable {
    /// Reads `path`. Empty lines are skipped; a line with the wrong number of
    /// fields or a field that is not a number is an error naming file, line
    /// and column.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        Self::parse(&text, &path)
    }

    /// Parses CSV text; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        let bad = |message: String| Error::Format {
            path: path.to_path_buf(),
            message,
        };
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        let (_, header) = lines
            .next()
            .ok_or_else(|| bad("empty file: no header line".into()))?;
        let names: Vec<String> = header.split(',').map(|s| s.trim().to_string()).collect();
        if let Some(dup) = names
            .iter()
            .enumerate()
            .find(|(i, n)| n.is_empty() || names[..*i].contains(n))
        {
            return Err(bad(format!(
                "header column {} `{}` is empty or repeated",
                dup.0 + 1,
                dup.1
            )));
        }
        let mut columns = vec![Vec::new(); names.len()];
        for (number, line) in lines {
            let fields: Vec<&str> = line.split(',').collect();
            if fields.len() != names.len() {
                return Err(bad(format!(
                    "line {}: {} fields, the header has {}",
                    number + 1,
                    fields.len(),
                    names.len()
                )));
            }
            for ((column, field), name) in columns.iter_mut().zip(fields).zip(&names) {
                let value: f32 = field.trim().parse().map_err(|_| {
                    bad(format!(
                        "line {}, column `{name}`: `{}` is not a number",
                        number + 1,
                        field.trim()
                    ))
                })?;
                column.push(value);
            }
        }
        Ok(Self {
            path: path.to_path_buf(),
            names,
            columns,
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// Column names, in file order.
    pub fn names(&self) -> &[String] {
        &self.names
    }
    /// Number of events.
    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, Vec::len)
    }
    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&[f32]> {
        self.names
            .iter()
            .position(|n| n == name)
            .map(|i| self.columns[i].as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports_bad_lines() {
        let t = CsvTable::parse("a, b\n1,2\n\n3.5,-4e1\n", Path::new("x.csv")).unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t.column("b").unwrap(), [2.0, -40.0]);
        let err = CsvTable::parse("a,b\n1,x\n", Path::new("x.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("x.csv") && err.contains("line 2, column `b`"),
            "{err}"
        );
        let err = CsvTable::parse("a,b\n1\n", Path::new("x.csv"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2: 1 fields"), "{err}");
        let err = CsvTable::parse("a,a\n", Path::new("x.csv"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("repeated"), "{err}");
    }
}
