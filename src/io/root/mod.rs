//! Reading TTrees from ROOT files, as current ROOT (6.20-6.40) and uproot 5
//! write them.
//!
//! The file's structure (header, directories, keys, cycles) is read by
//! [`file`], each basket (decompression, entry offsets) by [`basket`], and
//! the meaning of the bytes (leaf types, arrays, vectors) by [`decode`]. The
//! vendored `oxyroot` is used for one thing only: deserialising the TTree
//! object itself (its branches, leaves and where their baskets are). Its
//! handles are not `Send` and it panics on input it does not expect, so that
//! call runs under a guard that turns a panic into an [`Error::Format`]
//! naming the file; the tree's layout is then kept as plain data, and reading
//! decodes baskets in parallel, several at a time across branches.

mod basket;
mod chain;
mod compress;
mod decode;
mod file;
mod rntuple;
mod write;

use std::cell::Cell;
use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Once};

use oxyroot::BranchLayout;

use self::decode::{Interpretation, Shape};
use self::file::{FileBytes, ObjectEntry};
use crate::error::{Error, Result};
pub use chain::{Chain, expand_patterns};
pub use write::{Column, TreeData, write_trees};

/// One branch of a tree: its name and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchInfo {
    /// Branch name.
    pub name: String,
    /// The type per entry (`float`, `int32_t`, `Float16_t`, `float[3]`,
    /// `float[n]`, `vector<float>`), or what the branch is when it cannot be
    /// read (`TClonesArray`, `a leaf list`).
    pub type_name: String,
}

/// A branch's values: one per entry, or a list per entry.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnData {
    /// One value per entry.
    Scalar(Vec<f32>),
    /// A list per entry (fixed-size arrays, variable-size arrays, vectors):
    /// the number of values of each entry, and all values back to back.
    Array {
        /// Values per entry.
        counts: Vec<u32>,
        /// The values, entry after entry.
        values: Vec<f32>,
    },
}

impl ColumnData {
    /// Number of entries.
    pub fn len(&self) -> usize {
        match self {
            ColumnData::Scalar(v) => v.len(),
            ColumnData::Array { counts, .. } => counts.len(),
        }
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An opened ROOT file: its path and the trees it holds (in every directory).
#[derive(Debug, Clone)]
pub struct RootFile {
    path: PathBuf,
    objects: Vec<ObjectEntry>,
}

/// A TTree, or an RNTuple read the same way, in a file: path, name, number
/// of entries and branches (an RNTuple's top-level fields).
#[derive(Debug, Clone)]
pub struct Tree {
    path: PathBuf,
    name: String,
    entries: usize,
    branches: Vec<BranchInfo>,
    source: Source,
}

/// What the tree's entries are read from.
#[derive(Debug, Clone)]
enum Source {
    TTree(Arc<Vec<BranchPlan>>),
    RNTuple(Arc<rntuple::Layout>),
}

/// A branch's layout and how to read it (or why it cannot be read).
#[derive(Debug)]
struct BranchPlan {
    layout: BranchLayout,
    interpretation: std::result::Result<Interpretation, String>,
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}
static QUIET_HOOK: Once = Once::new();

/// Runs `f` (which calls into `oxyroot`), turning a panic into a format error
/// about `path` that says what was being done (`doing`) and what went wrong
/// in words (`on_panic`); the panic message itself is internal.
fn guard<T>(path: &Path, doing: &str, on_panic: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let outcome = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    match outcome {
        Ok(result) => result,
        Err(_) => Err(Error::Format {
            path: path.to_path_buf(),
            message: format!("{doing}: {on_panic}"),
        }),
    }
}

fn format_error(path: &Path, message: String) -> Error {
    Error::Format {
        path: path.to_path_buf(),
        message,
    }
}

impl RootFile {
    /// Opens `path` and lists its trees, in every directory. A missing file
    /// is an I/O error, a file that is not ROOT (or is damaged) a format
    /// error, both naming it.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let bytes = FileBytes::open(&path)?;
        let objects = file::list_objects(&bytes)?;
        Ok(Self { path, objects })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Names of the trees in the file (`dir/name` for a tree in a
    /// directory), each once, in the order of the file's keys.
    pub fn tree_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for o in &self.objects {
            if !names.contains(&o.path.as_str()) {
                names.push(&o.path);
            }
        }
        names
    }

    /// The tree called `name`: `tree`, `dir/tree`, or with a cycle
    /// (`tree;2`); without one, the highest cycle. An error naming the file
    /// and the trees it has otherwise.
    pub fn tree(&self, name: &str) -> Result<Tree> {
        let (base, cycle) = file::split_cycle(name.trim_start_matches('/'));
        let entry = self
            .objects
            .iter()
            .filter(|o| o.path == base && cycle.is_none_or(|c| c == o.cycle))
            .max_by_key(|o| o.cycle)
            .ok_or_else(|| self.no_such_tree(name))?;
        let display = match cycle {
            Some(c) => format!("{base};{c}"),
            None => base.to_string(),
        };
        if entry.class.contains("RNTuple") {
            return Tree::read_rntuple(&self.path, display, entry.seek);
        }
        Tree::read(&self.path, display, entry.seek)
    }

    fn no_such_tree(&self, name: &str) -> Error {
        let mut listed: Vec<String> = Vec::new();
        for o in &self.objects {
            let cycles = self.objects.iter().filter(|p| p.path == o.path).count();
            let shown = if cycles > 1 {
                format!("{};{}", o.path, o.cycle)
            } else {
                o.path.clone()
            };
            if !listed.contains(&shown) {
                listed.push(shown);
            }
        }
        format_error(
            &self.path,
            format!(
                "no tree `{name}`; the file has: {}",
                if listed.is_empty() {
                    "no trees".to_string()
                } else {
                    listed.join(", ")
                }
            ),
        )
    }
}

impl Tree {
    /// Deserialises the TTree whose key is at `seek` and plans how each
    /// branch is read.
    fn read(path: &Path, name: String, seek: u64) -> Result<Tree> {
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

    /// Reads the RNTuple whose anchor key is at `seek`.
    fn read_rntuple(path: &Path, name: String, seek: u64) -> Result<Tree> {
        let file = FileBytes::open(path)?;
        let layout = rntuple::open(&file, seek, &name).map_err(|m| format_error(path, m))?;
        let branches = layout
            .fields
            .iter()
            .map(|f| BranchInfo {
                name: f.name.clone(),
                type_name: f.type_name.clone(),
            })
            .collect();
        Ok(Tree {
            path: path.to_path_buf(),
            name,
            entries: layout.entries,
            branches,
            source: Source::RNTuple(Arc::new(layout)),
        })
    }

    /// The file it lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The tree's name (`dir/name`, with `;cycle` when one was asked for).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Number of entries.
    pub fn entries(&self) -> usize {
        self.entries
    }
    /// Its branches.
    pub fn branches(&self) -> &[BranchInfo] {
        &self.branches
    }
    /// Whether it has a branch called `name`.
    pub fn has_branch(&self, name: &str) -> bool {
        self.branches.iter().any(|b| b.name == name)
    }
    /// Whether branch `name` holds one value per entry (false for arrays,
    /// vectors and missing branches).
    pub fn is_scalar(&self, name: &str) -> bool {
        match &self.source {
            Source::TTree(_) => self.plan(name).is_some_and(|p| {
                p.interpretation
                    .as_ref()
                    .is_ok_and(Interpretation::is_scalar)
            }),
            Source::RNTuple(layout) => layout
                .fields
                .iter()
                .any(|f| f.name == name && f.column.is_ok()),
        }
    }

    /// `file:tree`, for messages.
    pub fn describe(&self) -> String {
        format!("{}:{}", self.path.display(), self.name)
    }

    fn plan(&self, name: &str) -> Option<&BranchPlan> {
        match &self.source {
            Source::TTree(plans) => plans.iter().find(|p| p.layout.name == name),
            Source::RNTuple(_) => None,
        }
    }

    /// Reads the named branches of one value per entry, each converted to
    /// `f32`, in entry order. A missing branch, an array branch or one we
    /// cannot read is an error naming file, tree, branch and type.
    pub fn read_columns(&self, names: &[&str]) -> Result<Vec<Vec<f32>>> {
        for &name in names {
            if let Ok(i) = self.interpretation(name)
                && !i.is_scalar()
            {
                return Err(self.error(format!(
                    "branch `{name}` of tree `{}` holds `{}` per entry: index it \
                     (`{name}[0]`) or reduce it (`Length$({name})`, `Sum$({name})`, \
                     `Min$({name})`, `Max$({name})`)",
                    self.name, i.type_name
                )));
            }
        }
        Ok(self
            .read_branches(names)?
            .into_iter()
            .map(|c| match c {
                ColumnData::Scalar(v) => v,
                ColumnData::Array { values, .. } => values,
            })
            .collect())
    }

    /// Reads the named branches, scalars and lists alike, in entry order.
    /// Baskets are read and decoded in parallel.
    pub fn read_branches(&self, names: &[&str]) -> Result<Vec<ColumnData>> {
        self.read_range(names, 0..self.entries)
    }

    /// Reads entries `range` of the named branches: only the baskets that
    /// hold them are read. With ranges from [`Tree::entry_windows`] a tree
    /// is read window by window, each basket once.
    pub fn read_range(&self, names: &[&str], range: Range<usize>) -> Result<Vec<ColumnData>> {
        if range.start > range.end || range.end > self.entries {
            return Err(self.error(format!(
                "tree `{}`: entries {}..{} asked for, it has {}",
                self.name, range.start, range.end, self.entries
            )));
        }
        if let Source::RNTuple(layout) = &self.source {
            return self.read_rntuple_range(layout, names, range);
        }
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

    /// Consecutive entry ranges covering the tree, each ending where every
    /// named branch starts a new basket (ROOT's clusters), each of at least
    /// `target` entries where the clusters allow: reading the tree window by
    /// window with [`Tree::read_range`] reads every basket once and holds
    /// about one window in memory.
    pub fn entry_windows(&self, names: &[&str], target: usize) -> Result<Vec<Range<usize>>> {
        if let Source::RNTuple(layout) = &self.source {
            for &name in names {
                self.rntuple_column(layout, name)?;
            }
            return Ok(windows(layout.cluster_starts(), self.entries, target));
        }
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
        Ok(windows(common.unwrap_or_default(), self.entries, target))
    }

    /// The column of RNTuple field `name`, or an error naming it.
    fn rntuple_column(&self, layout: &rntuple::Layout, name: &str) -> Result<rntuple::ColumnInfo> {
        let field = layout
            .fields
            .iter()
            .find(|f| f.name == name)
            .ok_or_else(|| {
                self.error(format!(
                    "RNTuple `{}` has no field `{name}`; it has: {}",
                    self.name,
                    layout
                        .fields
                        .iter()
                        .map(|f| f.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
        field
            .column
            .clone()
            .map_err(|why| self.error(format!("field `{name}` of RNTuple `{}` {why}", self.name)))
    }

    /// [`Tree::read_range`] for an RNTuple: its pages read in parallel and
    /// decoded into place.
    fn read_rntuple_range(
        &self,
        layout: &rntuple::Layout,
        names: &[&str],
        range: Range<usize>,
    ) -> Result<Vec<ColumnData>> {
        let n = range.len();
        let mut columns: Vec<Vec<f32>> = vec![vec![0.0; n]; names.len()];
        let mut tasks = Vec::new();
        for (&name, out) in names.iter().zip(columns.iter_mut()) {
            let column = self.rntuple_column(layout, name)?;
            let pages = layout
                .pages(column, &range, name)
                .map_err(|m| self.error(format!("RNTuple `{}`: {m}", self.name)))?;
            let mut rest: &mut [f32] = out;
            for (k, (first, page)) in pages.into_iter().enumerate() {
                let lo = range.start.saturating_sub(first);
                let hi = (range.end - first).min(page.elements());
                if hi - lo > rest.len() {
                    return Err(self.error(format!(
                        "field `{name}` of RNTuple `{}`: its pages overlap; is the file damaged?",
                        self.name
                    )));
                }
                let (here, later) = std::mem::take(&mut rest).split_at_mut(hi - lo);
                rest = later;
                tasks.push((name, k, page, lo..hi, Mutex::new(here)));
            }
            if !rest.is_empty() {
                return Err(self.error(format!(
                    "field `{name}` of RNTuple `{}`: its pages do not cover entries {}..{}",
                    self.name, range.start, range.end
                )));
            }
        }
        let file = FileBytes::open(&self.path)?;
        run_parallel(
            &tasks,
            |(name, k, page, keep, out), buffers: &mut (Vec<u8>, Vec<u8>, compress::Decoders)| {
                let what = format!("page {k} of field `{name}`");
                let mut out = out.lock().unwrap_or_else(|p| p.into_inner());
                page.read_into(&file, keep.clone(), &mut out, buffers, &what)
                    .map_err(|m| self.error(format!("RNTuple `{}`: {m}", self.name)))
            },
        )?;
        drop(tasks);
        Ok(columns.into_iter().map(ColumnData::Scalar).collect())
    }

    fn interpretation(&self, name: &str) -> Result<Interpretation> {
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

    fn error(&self, message: String) -> Error {
        format_error(&self.path, message)
    }
}

/// Consecutive ranges of `0..entries` that end at `starts` (cluster starts),
/// each of at least `target` entries where the starts allow.
fn windows(starts: Vec<usize>, entries: usize, target: usize) -> Vec<Range<usize>> {
    let mut boundaries = starts;
    boundaries.retain(|&b| b > 0 && b < entries);
    boundaries.push(entries);
    let mut out = Vec::new();
    let mut start = 0;
    for b in boundaries {
        if b - start >= target.max(1) || b == entries {
            out.push(start..b);
            start = b;
        }
    }
    out
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

/// Runs `work` on every task, on up to as many threads as the machine has
/// cores, each thread with its own `S` to reuse, and returns the results in
/// task order; the first error wins.
fn run_parallel<T: Sync, R: Send, S: Default>(
    tasks: &[T],
    work: impl Fn(&T, &mut S) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(tasks.len());
    if threads <= 1 {
        let mut state = S::default();
        return tasks.iter().map(|t| work(t, &mut state)).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<Result<R>>>> =
        Mutex::new(std::iter::repeat_with(|| None).take(tasks.len()).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut state = S::default();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(task) = tasks.get(i) else { break };
                    let result = work(task, &mut state);
                    let failed = result.is_err();
                    slots.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(result);
                    if failed {
                        // Stop handing out work; the others finish their task.
                        next.store(tasks.len(), Ordering::Relaxed);
                        break;
                    }
                }
            });
        }
    });
    let slots = slots.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut out = Vec::with_capacity(tasks.len());
    for slot in slots {
        match slot {
            Some(Ok(r)) => out.push(r),
            Some(Err(e)) => return Err(e),
            None => {}
        }
    }
    // Tasks skipped after an error only happen when an error is in `slots`.
    Ok(out)
}

/// `oxyroot`'s errors print as debug dumps; this says them in words.
fn describe_oxyroot_error(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    let text = text.strip_prefix("IO/Root Error: ").unwrap_or(&text);
    // The value of `name: value` in a debug dump.
    let field = |name: &str| {
        text.split(&format!("{name}: "))
            .nth(1)
            .and_then(|r| r.split([',', ' ', '}']).next())
            .unwrap_or("?")
            .trim_matches('"')
            .to_string()
    };
    // The message inside a debug dump: an `error: "..."` field, the first
    // quoted text, or what the innermost parentheses hold.
    let inner = || {
        let quoted = |t: &str| t.split('"').nth(1).map(str::to_string);
        text.split("error: ")
            .nth(1)
            .and_then(quoted)
            .or_else(|| quoted(text))
            .unwrap_or_else(|| {
                text.rsplit('(')
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches(')')
                    .to_string()
            })
    };
    if text.contains("UnexpectedEof") || text.contains("failed to fill whole buffer") {
        "the file ends early; is it truncated?".to_string()
    } else if text.contains("VersionTooHigh") {
        format!(
            "it holds a `{}` of class version {}, newer than this reader knows (up to {}); \
             is the file damaged?",
            field("class"),
            field("version_read"),
            field("max_expected")
        )
    } else if text.contains("InvalidPointerToStreamerInfo") {
        format!(
            "its streamer information is said to be at byte {}, outside the file ({} bytes); \
             is it truncated?",
            field("seek"),
            field("max_allowed")
        )
    } else if text.contains("RCompress") {
        format!("a compressed record is damaged ({})", inner())
    } else if text.contains("EnumNamedFromInteger") || text.contains("FromInteger") {
        format!(
            "its streamer information is damaged (unknown type code {})",
            inner()
        )
    } else if text.contains("ClassNameNotRegisteredInFactory") {
        format!(
            "it holds an object of class `{}`, which this reader does not know; is the file damaged?",
            inner()
        )
    } else if text.contains("tag == 1") {
        "the tree's record is damaged (it refers to itself)".to_string()
    } else {
        let detail = inner();
        format!(
            "the file's metadata is damaged ({})",
            detail.strip_prefix("rbytes: ").unwrap_or(&detail)
        )
    }
}
