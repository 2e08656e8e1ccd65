//! A [`Tree`] over a TTree: its branches' layouts (deserialised by
//! `oxyroot`, under the guard), how each is read, and reading entries by
//! decoding every basket that holds them, in parallel and into place.

use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, Mutex};

use oxyroot::BranchLayout;

use super::decode::{self, Interpretation, Shape};
use super::file::FileBytes;
use super::guard::{describe_oxyroot_error, guard};
use super::parallel::run_parallel;
use super::{BranchInfo, ColumnData, Source, Tree, basket, format_error};
use crate::error::Result;

/// A branch's layout and how to read it (or why it cannot be read).
#[derive(Debug)]
pub(super) struct BranchPlan {
    pub(super) layout: BranchLayout,
    pub(super) interpretation: std::result::Result<Interpretation, String>,
}

/// One basket to read: which requested column, where it is, how many entries.
#[derive(Debug, Clone, Copy)]
struct BasketTask {
    column: usize,
    index: usize,
    first: usize,
    entries: usize,
    source: BasketSource,
}

#[derive(Debug, Clone, Copy)]
enum BasketSource {
    File { seek: u64, n_bytes: usize },
    Embedded(usize),
}

impl Tree {
    /// Deserialises the TTree whose key is at `seek` and plans how each
    /// branch is read.
    pub(super) fn read(path: &Path, name: String, seek: u64) -> Result<Tree> {
        let doing = format!("reading tree `{name}`");
        let damaged = "the tree's record is damaged or laid out in a way this reader does not \
                       know; is the file corrupt or truncated?";
        let (entries, layouts) = guard(path, &doing, damaged, || {
            let mut file = oxyroot::RootFile::open(path).map_err(|e| {
                format_error(path, format!("cannot open: {}", describe_oxyroot_error(&e)))
            })?;
            let tree = file.get_tree_at(seek).map_err(|e| {
                format_error(
                    path,
                    format!("cannot read tree `{name}`: {}", describe_oxyroot_error(&e)),
                )
            })?;
            let layouts: Vec<BranchLayout> = tree.branches().map(|b| b.layout()).collect();
            Ok((tree.entries(), layouts))
        })?;
        let entries = usize::try_from(entries).map_err(|_| {
            format_error(
                path,
                format!("tree `{name}` has a negative entry count ({entries})"),
            )
        })?;
        let plans: Vec<BranchPlan> = layouts
            .into_iter()
            .map(|layout| BranchPlan {
                interpretation: decode::interpret(&layout),
                layout,
            })
            .collect();
        let branches = plans
            .iter()
            .map(|p| BranchInfo {
                name: p.layout.name.clone(),
                type_name: match &p.interpretation {
                    Ok(i) => i.type_name.clone(),
                    Err(_) if !p.layout.element_class.is_empty() => p.layout.element_class.clone(),
                    Err(_) => p.layout.class.clone(),
                },
            })
            .collect();
        Ok(Tree {
            path: path.to_path_buf(),
            name,
            entries,
            branches,
            source: Source::TTree(Arc::new(plans)),
        })
    }

    /// [`Tree::read_range`] for a TTree.
    pub(super) fn read_ttree_range(
        &self,
        names: &[&str],
        range: Range<usize>,
    ) -> Result<Vec<ColumnData>> {
        let mut plans = Vec::with_capacity(names.len());
        for &name in names {
            let interpretation = self.interpretation(name)?;
            plans.push((self.plan(name).expect("checked above"), interpretation));
        }
        let n = range.len();
        // Scalars are decoded straight into their place in the column; lists
        // basket by basket, then joined.
        let mut scalars: Vec<Vec<f32>> = plans
            .iter()
            .map(|(_, i)| {
                if i.is_scalar() {
                    vec![0.0; n]
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut tasks = Vec::new();
        for (column, ((plan, interpretation), out)) in
            plans.iter().zip(scalars.iter_mut()).enumerate()
        {
            let mut rest: &mut [f32] = out;
            for task in self.basket_tasks(column, &plan.layout)? {
                if task.first >= range.end || task.first + task.entries <= range.start {
                    continue;
                }
                let lo = range.start.saturating_sub(task.first);
                let hi = (range.end - task.first).min(task.entries);
                let slot = if interpretation.is_scalar() {
                    if hi - lo > rest.len() {
                        return Err(self.error(format!(
                            "branch `{}` of tree `{}`: its baskets overlap; is the file damaged?",
                            plan.layout.name, self.name
                        )));
                    }
                    let (here, later) = std::mem::take(&mut rest).split_at_mut(hi - lo);
                    rest = later;
                    Some(here)
                } else {
                    None
                };
                tasks.push((task, lo..hi, Mutex::new(slot)));
            }
        }
        let file = FileBytes::open(&self.path)?;
        let results = run_parallel(
            &tasks,
            |(task, keep, slot), scratch: &mut basket::Scratch| {
                let (plan, interpretation) = &plans[task.column];
                let what = format!("basket {} of branch `{}`", task.index, plan.layout.name);
                let bytes = match task.source {
                    BasketSource::File { seek, n_bytes } => {
                        basket::read_basket(&file, seek, n_bytes, task.entries, &what, scratch)
                    }
                    BasketSource::Embedded(i) => basket::embedded_basket(
                        &plan.layout.embedded_baskets[i],
                        task.entries,
                        &what,
                    ),
                }
                .map_err(|m| self.error(format!("tree `{}`: {m}", self.name)))?;
                let decode_error = |m: String| {
                    self.error(format!(
                        "tree `{}`: {what} (`{}`) {m}",
                        self.name, interpretation.type_name
                    ))
                };
                let mut slot = slot.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(out) = slot.as_deref_mut() {
                    decode::decode_scalars(interpretation, &bytes, keep.start, keep.end, out)
                        .map_err(decode_error)?;
                    return Ok((Vec::new(), Vec::new()));
                }
                let mut values = Vec::new();
                let mut counts = Vec::new();
                decode::decode_basket(interpretation, &bytes, &mut values, &mut counts)
                    .map_err(decode_error)?;
                if let Shape::Fixed(n) = interpretation.shape {
                    counts = vec![n as u32; task.entries];
                }
                // Keep only the entries inside `range`.
                if keep.start > 0 || keep.end < task.entries {
                    let before: usize = counts[..keep.start].iter().map(|&c| c as usize).sum();
                    let kept: usize = counts[keep.clone()].iter().map(|&c| c as usize).sum();
                    values.truncate(before + kept);
                    values.drain(..before);
                    counts.truncate(keep.end);
                    counts.drain(..keep.start);
                }
                Ok((values, counts))
            },
        )?;
        let column_of: Vec<usize> = tasks.iter().map(|(task, ..)| task.column).collect();
        drop(tasks);
        let mut lists: Vec<(Vec<u32>, Vec<f32>)> = vec![(Vec::new(), Vec::new()); plans.len()];
        for (column, (values, counts)) in column_of.into_iter().zip(results) {
            let (c, v) = &mut lists[column];
            c.extend(counts);
            v.extend(values);
        }
        let mut columns = Vec::with_capacity(plans.len());
        for (((_, interpretation), values), (counts, list_values)) in
            plans.iter().zip(scalars).zip(lists)
        {
            columns.push(if interpretation.is_scalar() {
                ColumnData::Scalar(values)
            } else {
                ColumnData::Array {
                    counts,
                    values: list_values,
                }
            });
        }
        for (column, &name) in columns.iter().zip(names) {
            if column.len() != n {
                return Err(self.error(format!(
                    "branch `{name}` of tree `{}` has {} values for entries {}..{}",
                    self.name,
                    column.len(),
                    range.start,
                    range.end
                )));
            }
        }
        Ok(columns)
    }

    /// Entries where every named branch starts a basket (ROOT's clusters).
    pub(super) fn ttree_cluster_starts(&self, names: &[&str]) -> Result<Vec<usize>> {
        let mut common: Option<Vec<usize>> = None;
        for &name in names {
            self.interpretation(name)?;
            let layout = &self.plan(name).expect("checked above").layout;
            let starts: Vec<usize> = self
                .basket_tasks(0, layout)?
                .iter()
                .map(|t| t.first)
                .collect();
            common = Some(match common {
                None => starts,
                Some(c) => c
                    .into_iter()
                    .filter(|s| starts.binary_search(s).is_ok())
                    .collect(),
            });
        }
        Ok(common.unwrap_or_default())
    }

    pub(super) fn plan(&self, name: &str) -> Option<&BranchPlan> {
        match &self.source {
            Source::TTree(plans) => plans.iter().find(|p| p.layout.name == name),
            Source::RNTuple(_) => None,
        }
    }

    /// How branch `name` is read, or an error naming it (an RNTuple's
    /// readable fields are all one value per entry).
    pub(super) fn interpretation(&self, name: &str) -> Result<Interpretation> {
        if let Source::RNTuple(layout) = &self.source {
            self.rntuple_column(layout, name)?;
            return Ok(Interpretation {
                element: decode::Element::F32,
                shape: Shape::Scalar,
                type_name: self
                    .branches
                    .iter()
                    .find(|b| b.name == name)
                    .map(|b| b.type_name.clone())
                    .unwrap_or_default(),
            });
        }
        let plan = self.plan(name).ok_or_else(|| {
            self.error(format!(
                "tree `{}` has no branch `{name}`; it has: {}",
                self.name,
                self.branches
                    .iter()
                    .map(|b| b.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        plan.interpretation
            .clone()
            .map_err(|why| self.error(format!("branch `{name}` of tree `{}` {why}", self.name)))
    }

    /// The baskets of one branch in entry order, each with its entry count.
    fn basket_tasks(&self, column: usize, layout: &BranchLayout) -> Result<Vec<BasketTask>> {
        let bad = |why: String| {
            self.error(format!(
                "branch `{}` of tree `{}`: {why}; is the file damaged?",
                layout.name, self.name
            ))
        };
        let on_file = layout.basket_seek.len();
        if layout.basket_bytes.len() != on_file || layout.basket_entry.len() < on_file {
            return Err(bad("its basket tables differ in length".into()));
        }
        let mut tasks = Vec::new();
        let mut first = 0usize;
        for i in 0..on_file {
            let start = layout.basket_entry[i];
            let end = layout
                .basket_entry
                .get(i + 1)
                .copied()
                .unwrap_or(layout.entries);
            let (Ok(start), Ok(end)) = (usize::try_from(start), usize::try_from(end)) else {
                return Err(bad(format!("basket {i} has a negative first entry")));
            };
            if start != first || end < start || end > self.entries {
                return Err(bad(format!(
                    "basket {i} holds entries {start}..{end}, expected to start at {first}"
                )));
            }
            let (Ok(seek), Ok(n_bytes)) = (
                u64::try_from(layout.basket_seek[i]),
                usize::try_from(layout.basket_bytes[i]),
            ) else {
                return Err(bad(format!("basket {i} has a negative position or size")));
            };
            tasks.push(BasketTask {
                column,
                index: i,
                first: start,
                entries: end - start,
                source: BasketSource::File { seek, n_bytes },
            });
            first = end;
        }
        for (k, embedded) in layout.embedded_baskets.iter().enumerate() {
            let n = usize::try_from(embedded.nev_buf)
                .map_err(|_| bad("an embedded basket has a negative entry count".into()))?;
            tasks.push(BasketTask {
                column,
                index: on_file + k,
                first,
                entries: n,
                source: BasketSource::Embedded(k),
            });
            first += n;
        }
        if first != self.entries {
            return Err(bad(format!(
                "its baskets hold {first} entries, the tree {}",
                self.entries
            )));
        }
        Ok(tasks)
    }
}
