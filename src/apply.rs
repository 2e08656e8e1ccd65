//! Applying a trained method to files: ROOT files (paths or glob patterns,
//! read as one chain, window by window) or one CSV file, with one row of
//! scores per event. The command line's `apply`, the Python package's
//! `apply_file` and the Dask example all go through [`FileApplier`].

use std::io::Write;
use std::path::Path;

use crate::data::expr::{Columns, eval_rows};
use crate::error::{Error, Result};
use crate::io::{ColumnData, RootFile, csv::CsvTable, expand_patterns};
use crate::methods::Analysis;
use crate::reader::Reader;
use crate::weights::WeightFile;

/// Entries per window when applying to ROOT files: enough to amortise the
/// per-window work, small enough to keep memory flat.
const APPLY_WINDOW: usize = 1 << 16;

/// What to do with an event whose variables are NaN or infinite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NonFinite {
    /// Stop with an error naming the event and the variable.
    #[default]
    Error,
    /// Evaluate the event as it is (the outputs are usually NaN).
    Propagate,
}

/// A method booked from its weight file, ready to apply to files.
pub struct FileApplier {
    file: WeightFile,
    reader: Reader,
    per_event: usize,
}

impl FileApplier {
    /// Books the method of `weights`.
    pub fn open(weights: &Path, non_finite: NonFinite) -> Result<Self> {
        let file = WeightFile::read(weights)?;
        let mut reader = Reader::new(match non_finite {
            NonFinite::Error => "Silent",
            NonFinite::Propagate => "Silent:NonFinite=Propagate",
        })?;
        reader.book_mva(&file.title, weights)?;
        let per_event = reader.outputs_per_event(&file.title)?;
        Ok(Self {
            file,
            reader,
            per_event,
        })
    }

    /// Scores per event: 1 for classification, else one per class or target.
    pub fn outputs_per_event(&self) -> usize {
        self.per_event
    }

    /// The score columns: the method's title, or one column per class
    /// (multiclass) or per target (regression) when there are several.
    pub fn header(&self) -> Vec<String> {
        let file = &self.file;
        match (file.analysis, self.per_event) {
            (_, 1) => vec![file.title.clone()],
            (Analysis::Multiclass, _) => file
                .classes
                .iter()
                .map(|c| format!("{}_{c}", file.title))
                .collect(),
            _ => file
                .targets
                .iter()
                .map(|t| format!("{}_{}", file.title, t.label))
                .collect(),
        }
    }

    /// Applies the method to every event of `inputs` (ROOT files with
    /// `tree`, opened one at a time as they are reached, or one CSV file),
    /// handing the scores to `sink` window by window, row-major.
    pub fn apply(
        &self,
        inputs: &[String],
        tree: Option<&str>,
        mut sink: impl FnMut(&[f32]) -> Result<()>,
    ) -> Result<()> {
        let title = &self.file.title;
        if inputs.iter().all(|i| i.ends_with(".root")) {
            let tree_name =
                tree.ok_or_else(|| Error::option("--tree", "a ROOT input needs --tree"))?;
            for path in expand_patterns(inputs, None)? {
                let tree = RootFile::open(&path)?.tree(tree_name)?;
                self.reader
                    .evaluate_chain(title, &tree.into(), APPLY_WINDOW, &mut sink)?;
            }
            return Ok(());
        }
        let [input] = inputs else {
            return Err(Error::option(
                "--input",
                "several inputs must all be ROOT files (`.root`); give one CSV file at a time",
            ));
        };
        let input = Path::new(input);
        let table = CsvTable::open(input)?;
        let (exprs, needed) = self.file.variable_expressions()?;
        let columns = needed
            .iter()
            .map(|n| Ok(ColumnData::Scalar(table.require(n)?.to_vec())))
            .collect::<Result<Vec<_>>>()?;
        let map = Columns::new(&needed, &columns);
        let events = eval_rows(&exprs, &map, table.len(), &input.display().to_string(), 0)?;
        let outputs = self
            .reader
            .evaluate_batch(title, &events)
            .map_err(|e| match e {
                Error::Data(message) => Error::Format {
                    path: input.to_path_buf(),
                    message,
                },
                other => other,
            })?;
        sink(&outputs)
    }

    /// Every score of `inputs`, row-major ([`outputs_per_event`](Self::outputs_per_event) per event).
    pub fn scores(&self, inputs: &[String], tree: Option<&str>) -> Result<Vec<f32>> {
        let mut all = Vec::new();
        self.apply(inputs, tree, |scores| {
            all.extend_from_slice(scores);
            Ok(())
        })?;
        Ok(all)
    }

    /// Writes the scores of `inputs` as CSV (the [`header`](Self::header),
    /// then one row per event) to `output`, atomically: a failed run leaves
    /// any previous file as it was. Without `output`, to standard output.
    /// Returns the number of events written.
    pub fn write_csv(
        &self,
        inputs: &[String],
        tree: Option<&str>,
        output: Option<&Path>,
    ) -> Result<usize> {
        let out_name = output.unwrap_or(Path::new("<stdout>"));
        let per_event = self.per_event.max(1);
        let write = |out: &mut dyn Write| -> Result<usize> {
            out.write_all((self.header().join(",") + "\n").as_bytes())
                .map_err(|e| Error::io(out_name, e))?;
            let mut events = 0;
            self.apply(inputs, tree, |scores| {
                let mut text = String::new();
                push_rows(&mut text, scores, self.per_event);
                events += scores.len() / per_event;
                out.write_all(text.as_bytes())
                    .map_err(|e| Error::io(out_name, e))
            })?;
            Ok(events)
        };
        match output {
            Some(path) => {
                let mut events = 0;
                crate::staging::write_atomic_with(path, |tmp| {
                    let file = std::fs::File::create(tmp).map_err(|e| Error::io(path, e))?;
                    let mut out = std::io::BufWriter::new(file);
                    events = write(&mut out)?;
                    let file = out
                        .into_inner()
                        .map_err(|e| Error::io(path, e.into_error()))?;
                    file.sync_all().map_err(|e| Error::io(path, e))
                })?;
                Ok(events)
            }
            None => {
                let stdout = std::io::stdout();
                let mut out = std::io::BufWriter::new(stdout.lock());
                let events = write(&mut out)?;
                out.flush().map_err(|e| Error::io("<stdout>", e))?;
                Ok(events)
            }
        }
    }
}

// The Python package evaluates with the GIL released, on whichever thread
// holds the applier: it must be `Send`.
const _: fn() = || {
    fn send<T: Send>() {}
    send::<FileApplier>();
    send::<Reader>();
};

/// Appends `values` as CSV rows of `width` cells (shortest round-trip
/// decimal form of each `f32`).
pub fn push_rows(text: &mut String, values: &[f32], width: usize) {
    for row in values.chunks(width) {
        let cells: Vec<String> = row.iter().map(|v| v.to_string()).collect();
        text.push_str(&cells.join(","));
        text.push('\n');
    }
}
