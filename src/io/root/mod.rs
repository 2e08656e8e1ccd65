//! Reading TTrees and RNTuples from ROOT files, as current ROOT (6.20-6.40)
//! and uproot 5 write them: [`RootFile`] lists what a file holds, [`Tree`]
//! reads entries of one tree or RNTuple, [`Chain`] of several files.
//!
//! By job: the file's structure (header, directories, keys, cycles) in
//! `file`; a TTree's branches and how they are read in `ttree`, each basket
//! (entry offsets) in `basket`, decompression of ROOT's blocks in `compress`,
//! the meaning of the bytes (leaf types, arrays, vectors) in `decode`;
//! RNTuples in `rntuple`; tasks on every core in `parallel`. The vendored
//! `oxyroot` is used for one thing only, deserialising the TTree object
//! (branches, leaves, basket positions), under the guard of `guard`, which
//! turns its panics and debug dumps into errors in words naming the file.

mod basket;
mod chain;
mod compress;
mod decode;
mod file;
mod guard;
mod hist;
mod parallel;
mod rntuple;
mod ttree;
mod write;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use self::decode::Interpretation;
use self::file::{FileBytes, ObjectEntry};
use self::parallel::run_parallel;
use self::ttree::BranchPlan;
use crate::error::{Error, Result};
pub use chain::{Chain, expand_patterns};
pub use hist::Histogram;
pub use write::{Column, Object, TreeData, write_output_at, write_trees, write_trees_at};

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

    /// Appends the entries of `more`; false (and nothing appended) when one
    /// holds lists and the other scalars.
    pub(crate) fn append(&mut self, more: ColumnData) -> bool {
        match (self, more) {
            (ColumnData::Scalar(v), ColumnData::Scalar(w)) => v.extend(w),
            (
                ColumnData::Array { counts, values },
                ColumnData::Array {
                    counts: c,
                    values: w,
                },
            ) => {
                counts.extend(c);
                values.extend(w);
            }
            _ => return false,
        }
        true
    }
}

/// Output bytes a read allocates at once. The output of a read is sized
/// from the entry counts the file claims, before its baskets show how many
/// entries they hold; a longer read goes chunk by chunk, so that a damaged
/// file that claims 10^18 entries costs one chunk, not an abort.
const CHUNK_BYTES: usize = 256 << 20;

/// An opened ROOT file: its path and the trees it holds (in every directory).
#[derive(Debug, Clone)]
pub struct RootFile {
    path: PathBuf,
    objects: Vec<ObjectEntry>,
    /// Histograms and strings.
    others: Vec<ObjectEntry>,
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
        let (objects, others) = file::list_objects(&bytes)?
            .into_iter()
            .partition(ObjectEntry::is_tree);
        Ok(Self {
            path,
            objects,
            others,
        })
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

    /// Paths of the one-dimensional histograms (TH1D, TH1F) in the file,
    /// each once, in the order of the file's keys.
    pub fn histogram_names(&self) -> Vec<&str> {
        self.names_of(|class| class.starts_with("TH1"))
    }

    fn names_of(&self, class: impl Fn(&str) -> bool) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for o in self.others.iter().filter(|o| class(&o.class)) {
            if !names.contains(&o.path.as_str()) {
                names.push(&o.path);
            }
        }
        names
    }

    /// The histogram at `path` (`dir/name`, the highest cycle): a TH1D or
    /// TH1F with equal bins, its contents as doubles.
    pub fn histogram(&self, path: &str) -> Result<Histogram> {
        let (bytes, class) = self.object_bytes(path, "histogram", |c| c.starts_with("TH1"))?;
        hist::parse(&bytes, &class)
            .map_err(|m| format_error(&self.path, format!("histogram `{path}`: {m}")))
    }

    /// The text of the `TObjString` at `path`.
    pub fn string(&self, path: &str) -> Result<String> {
        let (bytes, _) = self.object_bytes(path, "string", |c| c == "TObjString")?;
        hist::parse_string(&bytes)
            .map_err(|m| format_error(&self.path, format!("string `{path}`: {m}")))
    }

    /// The decompressed payload and class of the key at `path` (highest
    /// cycle) whose class `wanted` accepts; `what` names it in errors.
    fn object_bytes(
        &self,
        path: &str,
        what: &str,
        wanted: impl Fn(&str) -> bool + Copy,
    ) -> Result<(Vec<u8>, String)> {
        let base = path.trim_start_matches('/');
        let entry = self
            .others
            .iter()
            .filter(|o| o.path == base && wanted(&o.class))
            .max_by_key(|o| o.cycle)
            .ok_or_else(|| {
                format_error(
                    &self.path,
                    format!(
                        "no {what} `{path}`; the file has: {}",
                        self.names_of(wanted).join(", ")
                    ),
                )
            })?;
        let file = FileBytes::open(&self.path)?;
        let what = format!("{what} `{base}`");
        // A key's header holds three strings of up to 255 bytes (longer ones
        // take 4 more bytes each): read enough for any title.
        let head = file.read(entry.seek, (1 << 16).min(file.remaining(entry.seek)), &what)?;
        let key =
            file::Key::parse(&mut file::Cursor::new(&head, &what)).map_err(|m| file.corrupt(m))?;
        let stored = (key.n_bytes - i32::from(key.key_len)).max(0) as usize;
        let payload = file.read(entry.seek + key.key_len.max(0) as u64, stored, &what)?;
        let expanded = key.obj_len.max(0) as usize;
        if expanded <= stored {
            return Ok((payload, entry.class.clone()));
        }
        let mut out = Vec::new();
        compress::decompress_into(
            &payload,
            expanded,
            &mut out,
            &what,
            &mut compress::Decoders::default(),
        )
        .map_err(|m| file.corrupt(m))?;
        Ok((out, entry.class.clone()))
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
        let chunk = (CHUNK_BYTES / (4 * names.len().max(1))).max(1);
        let mut columns: Option<Vec<ColumnData>> = None;
        let mut start = range.start;
        loop {
            let end = range.end.min(start.saturating_add(chunk));
            let part = match &self.source {
                Source::RNTuple(layout) => self.read_rntuple_range(layout, names, start..end)?,
                Source::TTree(_) => self.read_ttree_range(names, start..end)?,
            };
            match &mut columns {
                None => columns = Some(part),
                Some(columns) => {
                    for (column, more) in columns.iter_mut().zip(part) {
                        if !column.append(more) {
                            return Err(self.error(format!(
                                "tree `{}`: a branch changed from scalars to lists between \
                                 entries; is the file damaged?",
                                self.name
                            )));
                        }
                    }
                }
            }
            if end == range.end {
                return Ok(columns.unwrap_or_default());
            }
            start = end;
        }
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
        Ok(windows(
            self.ttree_cluster_starts(names)?,
            self.entries,
            target,
        ))
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
