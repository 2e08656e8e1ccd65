//! The output ROOT file of a factory, in TMVA's layout: per dataset a
//! directory named after it holding `TrainTree` and `TestTree`, with
//! `classID`, `className`, the variables, spectators and targets, `weight`,
//! and each method's output (multiclass: one branch per class,
//! `<title>_<class>`; several targets: `<title>_<target>`), as
//! `<dataset>/TestTree` in TMVAGui's macros and users' own.

use super::BookedMethod;
use crate::data::DataSet;
use crate::io::{Column, TreeData};
use crate::nn::CustomLayer;

/// The trees of the output file for the tested `methods`.
pub(super) fn trees<C: CustomLayer>(methods: &[BookedMethod<C>]) -> Vec<TreeData> {
    let mut datasets: Vec<&DataSet> = Vec::new();
    for m in methods {
        if !datasets.iter().any(|d| d.name == m.dataset.name) {
            datasets.push(&m.dataset);
        }
    }
    let mut trees = Vec::new();
    for ds in &datasets {
        let prefix = format!("{}/", ds.name);
        for (tree, sample, is_test) in [
            ("TrainTree", &ds.train, false),
            ("TestTree", &ds.test, true),
        ] {
            let mut branches = vec![
                (
                    "classID".to_string(),
                    Column::I32(sample.classes.iter().map(|&c| c as i32).collect()),
                ),
                (
                    "className".to_string(),
                    Column::Str(
                        sample
                            .classes
                            .iter()
                            .map(|&c| ds.classes.get(c as usize).cloned().unwrap_or_default())
                            .collect(),
                    ),
                ),
            ];
            let column = |values: &[f32], width: usize, k: usize| {
                Column::F32(values.chunks(width.max(1)).map(|r| r[k]).collect())
            };
            for (k, v) in ds.variables.iter().enumerate() {
                branches.push((
                    v.label.clone(),
                    column(&sample.variables, sample.n_variables, k),
                ));
            }
            for (k, v) in ds.spectators.iter().enumerate() {
                branches.push((
                    v.label.clone(),
                    column(&sample.spectators, sample.n_spectators, k),
                ));
            }
            for (k, v) in ds.targets.iter().enumerate() {
                branches.push((
                    v.label.clone(),
                    column(&sample.targets, sample.n_targets, k),
                ));
            }
            branches.push(("weight".to_string(), Column::F32(sample.weights.clone())));
            for m in methods.iter().filter(|m| m.dataset.name == ds.name) {
                let Some(out) = &m.outputs else { continue };
                let values = if is_test { &out.test } else { &out.train };
                let n = out.n_outputs;
                for (k, name) in output_branches(&m.title, ds, n).into_iter().enumerate() {
                    branches.push((name, column(values, n, k)));
                }
            }
            trees.push(TreeData {
                name: format!("{prefix}{tree}"),
                branches,
            });
        }
    }
    trees
}

/// The branches of a method's `n` outputs: its title for one output, else
/// `<title>_<class>` (multiclass) or `<title>_<target>` (several targets).
pub(super) fn output_branches(title: &str, ds: &DataSet, n: usize) -> Vec<String> {
    if n == 1 {
        return vec![title.to_string()];
    }
    (0..n)
        .map(|k| {
            let suffix = if ds.targets.is_empty() {
                ds.classes.get(k).cloned()
            } else {
                ds.targets.get(k).map(|t| t.label.clone())
            };
            format!("{title}_{}", suffix.unwrap_or_else(|| k.to_string()))
        })
        .collect()
}
