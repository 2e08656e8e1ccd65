//! Evaluation of one method's outputs: TMVA's classification figures, the
//! multiclass one-vs-rest ROC integrals and confusion matrix, regression
//! deviations.

use serde::{Deserialize, Serialize};

use super::{ClassificationReport, Roc, Scored};
use crate::data::{DataSet, Sample};
use crate::error::Result;
use crate::methods::Task;

/// Per-event outputs of one method, row-major with `n_outputs` per event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MethodOutputs {
    /// Outputs per event (classification: 1, the MVA value; multiclass: one
    /// per class; regression: one per target, in the original scale).
    pub n_outputs: usize,
    /// Test events.
    pub test: Vec<f32>,
    /// Training events.
    pub train: Vec<f32>,
}

/// Evaluation of one method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Evaluation {
    /// Two-class figures.
    Classification(ClassificationReport),
    /// Per-class one-vs-rest ROC integrals.
    Multiclass {
        /// ROC integral of class k against the rest, per class.
        roc_integrals: Vec<f64>,
        /// Confusion matrix: row = true class, column = predicted (arg max), weighted, test events.
        confusion: Vec<Vec<f64>>,
    },
    /// Per target.
    Regression(Vec<super::RegressionReport>),
}

/// The ROC curve of a two-class method's outputs on `dataset`'s test
/// events (class 0 is the signal).
pub fn test_roc(dataset: &DataSet, outputs: &MethodOutputs) -> Result<Roc> {
    let (s, b) = split_by_class(&dataset.test, &outputs.test, outputs.n_outputs, 0);
    let signal = Scored::new(&s.0, &s.1, "signal test")?;
    let background = Scored::new(&b.0, &b.1, "background test")?;
    Ok(Roc::new(signal, background))
}

/// The ROC curve of output `k` of a multiclass method on `dataset`'s test
/// events: class `k` against the rest.
pub fn class_roc(dataset: &DataSet, outputs: &MethodOutputs, k: usize) -> Result<Roc> {
    let (s, b) = split_column(&dataset.test, &outputs.test, outputs.n_outputs, k, k as u16);
    Ok(Roc::new(
        Scored::new(&s.0, &s.1, &format!("class {k} test"))?,
        Scored::new(&b.0, &b.1, &format!("rest of class {k} test"))?,
    ))
}

type ScoresWeights = (Vec<f32>, Vec<f32>);

/// Column `column` of `outputs` split into (signal, background) = (class
/// `signal_class`, the rest), each with the events' weights.
fn split_by_class(
    sample: &Sample,
    outputs: &[f32],
    n_outputs: usize,
    signal_class: u16,
) -> (ScoresWeights, ScoresWeights) {
    split_column(sample, outputs, n_outputs, 0, signal_class)
}

fn split_column(
    sample: &Sample,
    outputs: &[f32],
    n_outputs: usize,
    column: usize,
    signal_class: u16,
) -> (ScoresWeights, ScoresWeights) {
    let (mut s, mut b) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
    for i in 0..sample.len() {
        let v = outputs[i * n_outputs + column];
        let target = if sample.classes[i] == signal_class {
            &mut s
        } else {
            &mut b
        };
        target.0.push(v);
        target.1.push(sample.weights[i]);
    }
    (s, b)
}

/// The figures of one method from its outputs on `dataset`'s test and
/// training events.
pub fn evaluate(dataset: &DataSet, outputs: &MethodOutputs, task: Task) -> Result<Evaluation> {
    match task {
        Task::Classification => {
            let (ts, tb) = split_by_class(&dataset.test, &outputs.test, 1, 0);
            let (rs, rb) = split_by_class(&dataset.train, &outputs.train, 1, 0);
            Ok(Evaluation::Classification(ClassificationReport::new(
                (
                    Scored::new(&ts.0, &ts.1, "signal test")?,
                    Scored::new(&tb.0, &tb.1, "background test")?,
                ),
                (
                    Scored::new(&rs.0, &rs.1, "signal training")?,
                    Scored::new(&rb.0, &rb.1, "background training")?,
                ),
            )))
        }
        Task::Multiclass(n) => {
            let mut roc_integrals = Vec::with_capacity(n);
            for k in 0..n {
                roc_integrals.push(class_roc(dataset, outputs, k)?.integral());
            }
            let mut confusion = vec![vec![0.0; n]; n];
            for (i, row) in outputs.test.chunks(n).enumerate() {
                let predicted = row
                    .iter()
                    .enumerate()
                    .max_by(|a, b| a.1.total_cmp(b.1))
                    .map_or(0, |(k, _)| k);
                confusion[dataset.test.classes[i] as usize][predicted] +=
                    dataset.test.weights[i] as f64;
            }
            Ok(Evaluation::Multiclass {
                roc_integrals,
                confusion,
            })
        }
        Task::Regression => {
            let n = outputs.n_outputs;
            let reports = (0..n)
                .map(|t| {
                    let column = |sample: &Sample, out: &[f32]| {
                        let pred: Vec<f64> = out.chunks(n).map(|r| r[t] as f64).collect();
                        let truth: Vec<f64> = (0..sample.len())
                            .map(|i| sample.targets[i * sample.n_targets + t] as f64)
                            .collect();
                        let w: Vec<f64> = sample.weights.iter().map(|&w| w as f64).collect();
                        super::RegressionStats::new(&pred, &truth, &w)
                    };
                    super::RegressionReport {
                        target: dataset.targets[t].label.clone(),
                        test: column(&dataset.test, &outputs.test),
                        train: column(&dataset.train, &outputs.train),
                    }
                })
                .collect();
            Ok(Evaluation::Regression(reports))
        }
    }
}
