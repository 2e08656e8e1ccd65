//! Reading events from CSV files: one event per line of numbers separated by
//! commas, under a header line of column names (required for tables, where
//! columns are found by name; optional for rows fed to a model in order).
//!
//! Records are split by the `csv` crate: `\n`, `\r\n` and lone `\r` line
//! endings, quoted fields, and a UTF-8 byte-order mark are handled, in time
//! linear in the file's size. Empty lines are skipped.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A CSV file's columns.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvTable {
    path: PathBuf,
    names: Vec<String>,
    columns: Vec<Vec<f32>>,
}

/// The records of CSV `text`, each with its line number (from 1), empty
/// lines left out, fields trimmed.
fn records(text: &str, path: &Path) -> Result<Vec<(u64, Vec<String>)>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: format!("not CSV: {e}"),
        })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        out.push((line, record.iter().map(str::to_string).collect()));
    }
    Ok(out)
}

/// The numbers of a record, or the first field that is not one.
fn numbers(fields: &[String]) -> std::result::Result<Vec<f32>, usize> {
    fields
        .iter()
        .enumerate()
        .map(|(k, f)| f.parse::<f32>().map_err(|_| k))
        .collect()
}

/// A field for messages: quoted, invisible characters escaped.
fn shown(field: &str) -> String {
    format!("`{}`", field.escape_debug())
}

impl CsvTable {
    /// Reads `path`. A line with the wrong number of fields or a field that
    /// is not a number is an error naming file, line and column.
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
        let mut records = records(text, path)?.into_iter();
        let (_, names) = records
            .next()
            .ok_or_else(|| bad("empty file: no header line".into()))?;
        let mut seen = HashSet::with_capacity(names.len());
        for (i, n) in names.iter().enumerate() {
            if n.is_empty() || !seen.insert(n.as_str()) {
                return Err(bad(format!(
                    "header column {} {} is empty or repeated",
                    i + 1,
                    shown(n)
                )));
            }
        }
        let mut columns = vec![Vec::new(); names.len()];
        for (line, fields) in records {
            if fields.len() != names.len() {
                return Err(bad(format!(
                    "line {line}: {} fields, the header has {}",
                    fields.len(),
                    names.len()
                )));
            }
            let values = numbers(&fields).map_err(|k| {
                bad(format!(
                    "line {line}, column {}: {} is not a number",
                    shown(&names[k]),
                    shown(&fields[k])
                ))
            })?;
            for (column, v) in columns.iter_mut().zip(values) {
                column.push(v);
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
    /// The column called `name`, or an error naming the file and the columns
    /// it has.
    pub fn require(&self, name: &str) -> Result<&[f32]> {
        self.column(name).ok_or_else(|| Error::Format {
            path: self.path.clone(),
            message: format!(
                "no column {}; it has: {}",
                shown(name),
                self.names
                    .iter()
                    .map(|n| shown(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
    }
}

/// Row-major events of `width` numbers each from CSV `path`, in order. The
/// first line is a header when none of its fields is a number; a first line
/// mixing numbers and words is an error, never dropped.
pub fn read_rows(path: &Path, width: usize) -> Result<Vec<f32>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_rows(&text, path, width)
}

/// [`read_rows`] on text; `path` names the file in errors.
pub fn parse_rows(text: &str, path: &Path, width: usize) -> Result<Vec<f32>> {
    let bad = |message: String| Error::Format {
        path: path.to_path_buf(),
        message,
    };
    let mut values = Vec::new();
    for (k, (line, fields)) in records(text, path)?.into_iter().enumerate() {
        let row = match numbers(&fields) {
            Ok(row) => row,
            Err(_) if k == 0 && fields.iter().all(|f| f.parse::<f32>().is_err()) => continue,
            Err(at) => {
                return Err(bad(format!(
                    "line {line}, field {}: {} is not a number",
                    at + 1,
                    shown(&fields[at])
                )));
            }
        };
        if row.len() != width {
            return Err(bad(format!(
                "line {line}: {} values, but the model takes {width} inputs",
                row.len()
            )));
        }
        values.extend(row);
    }
    Ok(values)
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

    #[test]
    fn line_endings_bom_and_quotes_are_handled() {
        for text in [
            "\u{feff}a,b\n1,2\n3,4\n",
            "a,b\r\n1,2\r\n3,4\r\n",
            "a,b\r1,2\r3,4\r",
            "\"a\",\"b\"\n\"1\",2\n3,\"4\"\n",
        ] {
            let t = CsvTable::parse(text, Path::new("x.csv")).unwrap();
            assert_eq!(t.names(), ["a", "b"], "{text:?}");
            assert_eq!(t.column("b").unwrap(), [2.0, 4.0], "{text:?}");
        }
        let t = CsvTable::parse("a,b\r1,2\r", Path::new("x.csv")).unwrap();
        let err = t.require("c").unwrap_err().to_string();
        assert_eq!(err, "x.csv: no column `c`; it has: `a`, `b`");
    }

    #[test]
    fn a_wide_header_parses() {
        let names: Vec<String> = (0..200_000).map(|i| format!("v{i}")).collect();
        let text = names.join(",") + "\n";
        // The repeated-name check is a hash set, not a scan per column.
        let t = CsvTable::parse(&text, Path::new("wide.csv")).unwrap();
        assert_eq!(t.names().len(), 200_000);
    }

    #[test]
    fn rows_take_a_header_only_when_it_holds_no_number() {
        let p = Path::new("r.csv");
        assert_eq!(parse_rows("x,y\n1,2\n", p, 2).unwrap(), [1.0, 2.0]);
        assert_eq!(
            parse_rows("1,2\n3,4\n", p, 2).unwrap(),
            [1.0, 2.0, 3.0, 4.0]
        );
        let err = parse_rows("1,oops\n3,4\n", p, 2).unwrap_err().to_string();
        assert!(err.contains("line 1, field 2: `oops`"), "{err}");
        let err = parse_rows("x,y\n1,2,3\n", p, 2).unwrap_err().to_string();
        assert!(err.contains("line 2: 3 values"), "{err}");
    }
}
