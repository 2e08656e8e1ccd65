//! Reading TTrees from ROOT files.
//!
//! Everything that touches `oxyroot` lives here. Its handles are not `Send`,
//! so [`RootFile`] and [`Tree`] keep only the path and the tree's layout, and
//! reading opens the file once per call. `oxyroot` panics on input it does not
//! expect (corrupt, truncated or foreign files); every call into it runs
//! under a guard that turns a panic into an [`Error::Format`] naming the
//! file and keeps the panic message off the terminal.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Once;

use oxyroot::Named;

use crate::error::{Error, Result};

/// The scalar branch types we read, by the type name `oxyroot` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BranchType {
    /// `float`
    F32,
    /// `double`
    F64,
    /// `int8_t` / `char`
    I8,
    /// `uint8_t`
    U8,
    /// `int16_t`
    I16,
    /// `uint16_t`
    U16,
    /// `int32_t`
    I32,
    /// `uint32_t`
    U32,
    /// `int64_t`
    I64,
    /// `uint64_t`
    U64,
    /// `bool`
    Bool,
}

impl BranchType {
    fn from_type_name(name: &str) -> Option<Self> {
        Some(match name {
            "float" | "Float_t" => Self::F32,
            "double" | "Double_t" => Self::F64,
            "int8_t" | "char" | "Char_t" => Self::I8,
            "uint8_t" | "unsigned char" | "UChar_t" => Self::U8,
            "int16_t" | "short" | "Short_t" => Self::I16,
            "uint16_t" | "unsigned short" | "UShort_t" => Self::U16,
            "int32_t" | "int" | "Int_t" => Self::I32,
            "uint32_t" | "unsigned int" | "UInt_t" => Self::U32,
            "int64_t" | "long" | "Long64_t" => Self::I64,
            "uint64_t" | "unsigned long" | "ULong64_t" => Self::U64,
            "bool" | "Bool_t" => Self::Bool,
            _ => return None,
        })
    }
}

/// One branch of a tree: its name and the C++ type ROOT stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchInfo {
    /// Branch name.
    pub name: String,
    /// C++ type name as stored (`float`, `int32_t`, `vector<float>`, ...).
    pub type_name: String,
}

/// An opened ROOT file: its path and the trees it holds.
#[derive(Debug, Clone)]
pub struct RootFile {
    path: PathBuf,
    trees: Vec<Tree>,
}

/// A TTree in a file: path, name, number of entries and branches.
#[derive(Debug, Clone)]
pub struct Tree {
    path: PathBuf,
    name: String,
    entries: usize,
    branches: Vec<BranchInfo>,
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}
static QUIET_HOOK: Once = Once::new();

/// Runs `f` (which calls into `oxyroot`), turning a panic into a format error
/// about `path` whose message says what was being done.
fn guard<T>(path: &Path, doing: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
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
        Err(payload) => {
            let detail = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("unknown cause");
            Err(Error::Format {
                path: path.to_path_buf(),
                message: format!(
                    "{doing}: the ROOT reader failed ({detail}); is the file corrupt or truncated?"
                ),
            })
        }
    }
}

fn format_error(path: &Path, message: String) -> Error {
    Error::Format {
        path: path.to_path_buf(),
        message,
    }
}

impl RootFile {
    /// Opens `path` and lists its trees. A missing file is an I/O error, a
    /// file that is not ROOT (or is damaged) a format error, both naming it.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        // Check existence and the magic bytes ourselves: clearer errors than the reader's.
        let mut magic = [0u8; 4];
        {
            use std::io::Read;
            let mut file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
            file.read_exact(&mut magic).map_err(|_| {
                format_error(&path, "not a ROOT file (shorter than its header)".into())
            })?;
        }
        if &magic != b"root" {
            return Err(format_error(
                &path,
                "not a ROOT file (no `root` magic bytes)".into(),
            ));
        }
        let trees = guard(&path, "reading the list of keys", || {
            let mut file = oxyroot::RootFile::open(&path)
                .map_err(|e| format_error(&path, format!("cannot open: {e}")))?;
            let names: Vec<String> = file
                .keys()
                .iter()
                .filter(|k| k.class_name() == "TTree")
                .map(|k| k.name().to_string())
                .collect();
            let mut trees: Vec<Tree> = Vec::with_capacity(names.len());
            for name in names {
                if trees.iter().any(|t| t.name == name) {
                    continue; // an older cycle of the same tree
                }
                let tree = file
                    .get_tree(&name)
                    .map_err(|e| format_error(&path, format!("cannot read tree `{name}`: {e}")))?;
                let branches = tree
                    .branches()
                    .map(|b| BranchInfo {
                        name: b.name().to_string(),
                        type_name: b.item_type_name(),
                    })
                    .collect();
                let entries = usize::try_from(tree.entries()).map_err(|_| {
                    format_error(&path, format!("tree `{name}` has a negative entry count"))
                })?;
                trees.push(Tree {
                    path: path.clone(),
                    name,
                    entries,
                    branches,
                });
            }
            Ok(trees)
        })?;
        Ok(Self { path, trees })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Names of the trees in the file.
    pub fn tree_names(&self) -> Vec<&str> {
        self.trees.iter().map(|t| t.name.as_str()).collect()
    }

    /// The tree called `name`; an error naming the file and the trees it has otherwise.
    pub fn tree(&self, name: &str) -> Result<Tree> {
        self.trees
            .iter()
            .find(|t| t.name == name)
            .cloned()
            .ok_or_else(|| {
                format_error(
                    &self.path,
                    format!(
                        "no tree `{name}`; the file has: {}",
                        if self.trees.is_empty() {
                            "no trees".to_string()
                        } else {
                            self.tree_names().join(", ")
                        }
                    ),
                )
            })
    }
}

impl Tree {
    /// The file it lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The tree's name.
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

    /// `file:tree`, for messages.
    pub fn describe(&self) -> String {
        format!("{}:{}", self.path.display(), self.name)
    }

    /// Reads the named scalar branches, each converted to `f32`, in entry
    /// order. A missing branch or one of a type we do not read is an error
    /// naming file, tree, branch and type.
    pub fn read_columns(&self, names: &[&str]) -> Result<Vec<Vec<f32>>> {
        let mut kinds = Vec::with_capacity(names.len());
        for &name in names {
            let info = self
                .branches
                .iter()
                .find(|b| b.name == name)
                .ok_or_else(|| {
                    format_error(
                        &self.path,
                        format!(
                            "tree `{}` has no branch `{name}`; it has: {}",
                            self.name,
                            self.branches
                                .iter()
                                .map(|b| b.name.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                })?;
            let kind = BranchType::from_type_name(&info.type_name).ok_or_else(|| {
                format_error(
                    &self.path,
                    format!(
                        "branch `{name}` of tree `{}` has type `{}`; only scalar numeric \
                         branches (float, double, integers, bool) can be read",
                        self.name, info.type_name
                    ),
                )
            })?;
            kinds.push(kind);
        }
        let doing = format!("reading tree `{}`", self.name);
        guard(&self.path, &doing, || {
            let mut file = oxyroot::RootFile::open(&self.path)
                .map_err(|e| format_error(&self.path, format!("cannot open: {e}")))?;
            let tree = file.get_tree(&self.name).map_err(|e| {
                format_error(&self.path, format!("cannot read tree `{}`: {e}", self.name))
            })?;
            let mut columns = Vec::with_capacity(names.len());
            for (&name, &kind) in names.iter().zip(&kinds) {
                let branch = tree.branch(name).ok_or_else(|| {
                    format_error(
                        &self.path,
                        format!("tree `{}` lost branch `{name}`", self.name),
                    )
                })?;
                let column = read_branch(branch, kind, self.entries).map_err(|e| {
                    format_error(
                        &self.path,
                        format!("branch `{name}` of tree `{}`: {e}", self.name),
                    )
                })?;
                if column.len() != self.entries {
                    return Err(format_error(
                        &self.path,
                        format!(
                            "branch `{name}` of tree `{}` has {} values for {} entries",
                            self.name,
                            column.len(),
                            self.entries
                        ),
                    ));
                }
                columns.push(column);
            }
            Ok(columns)
        })
    }
}

fn read_branch(
    branch: &oxyroot::Branch,
    kind: BranchType,
    entries: usize,
) -> oxyroot::Result<Vec<f32>> {
    if let Some(values) = read_fixed_size(branch, kind, entries) {
        return Ok(values);
    }
    let mut out = Vec::with_capacity(entries);
    macro_rules! collect {
        ($t:ty) => {
            out.extend(branch.as_iter::<$t>()?.map(|v| v as f32))
        };
    }
    match kind {
        BranchType::F32 => out.extend(branch.as_iter::<f32>()?),
        BranchType::F64 => collect!(f64),
        BranchType::I8 => collect!(i8),
        BranchType::U8 => collect!(u8),
        BranchType::I16 => collect!(i16),
        BranchType::U16 => collect!(u16),
        BranchType::I32 => collect!(i32),
        BranchType::U32 => collect!(u32),
        BranchType::I64 => collect!(i64),
        BranchType::U64 => collect!(u64),
        BranchType::Bool => out.extend(branch.as_iter::<bool>()?.map(|v| f32::from(u8::from(v)))),
    }
    Ok(out)
}

/// Decodes a flat branch of fixed-size scalars straight from its basket
/// bytes (ROOT stores them big-endian, back to back): an order of magnitude
/// faster than decoding value by value. `None` when the baskets do not have
/// exactly `entries` values of the expected size; the caller then takes the
/// general path.
fn read_fixed_size(branch: &oxyroot::Branch, kind: BranchType, entries: usize) -> Option<Vec<f32>> {
    let size = match kind {
        BranchType::F64 | BranchType::I64 | BranchType::U64 => 8,
        BranchType::F32 | BranchType::I32 | BranchType::U32 => 4,
        BranchType::I16 | BranchType::U16 => 2,
        BranchType::I8 | BranchType::U8 | BranchType::Bool => 1,
    };
    let baskets = branch.raw_fixed_size_baskets()?;
    let mut out = Vec::with_capacity(entries);
    for (n, bytes) in &baskets {
        if bytes.len() < n * size {
            return None;
        }
        let bytes = &bytes[..n * size];
        macro_rules! decode {
            ($t:ty, $n:expr) => {
                out.extend(bytes.chunks_exact($n).map(|b| {
                    let mut a = [0u8; $n];
                    a.copy_from_slice(b);
                    <$t>::from_be_bytes(a) as f32
                }))
            };
        }
        match kind {
            BranchType::F32 => decode!(f32, 4),
            BranchType::F64 => decode!(f64, 8),
            BranchType::I8 => decode!(i8, 1),
            BranchType::U8 => decode!(u8, 1),
            BranchType::I16 => decode!(i16, 2),
            BranchType::U16 => decode!(u16, 2),
            BranchType::I32 => decode!(i32, 4),
            BranchType::U32 => decode!(u32, 4),
            BranchType::I64 => decode!(i64, 8),
            BranchType::U64 => decode!(u64, 8),
            BranchType::Bool => out.extend(bytes.iter().map(|&b| f32::from(u8::from(b != 0)))),
        }
    }
    (out.len() == entries).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulk_decoding_equals_value_by_value_decoding() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/");
        for (file, tree) in [
            ("examples/data/tmva_reg_example.root", "TreeR"),
            ("examples/data/tmva_class_example.root", "TreeB"),
            ("tests/data/all_types.root", "types"),
            ("tests/data/zstd.root", "events"),
        ] {
            let mut f = oxyroot::RootFile::open(format!("{dir}{file}")).unwrap();
            let t = f.get_tree(tree).unwrap();
            let entries = t.entries() as usize;
            for b in t.branches() {
                let kind = BranchType::from_type_name(&b.item_type_name()).unwrap();
                let fast = read_fixed_size(b, kind, entries)
                    .unwrap_or_else(|| panic!("{file}:{tree}:{} has no fast path", b.name()));
                let mut slow = Vec::new();
                macro_rules! each {
                    ($t:ty) => {
                        slow.extend(b.as_iter::<$t>().unwrap().map(|v| v as f32))
                    };
                }
                match kind {
                    BranchType::F32 => each!(f32),
                    BranchType::F64 => each!(f64),
                    BranchType::I8 => each!(i8),
                    BranchType::U8 => each!(u8),
                    BranchType::I16 => each!(i16),
                    BranchType::U16 => each!(u16),
                    BranchType::I32 => each!(i32),
                    BranchType::U32 => each!(u32),
                    BranchType::I64 => each!(i64),
                    BranchType::U64 => each!(u64),
                    BranchType::Bool => {
                        slow.extend(b.as_iter::<bool>().unwrap().map(|v| f32::from(u8::from(v))))
                    }
                }
                assert_eq!(fast, slow, "{file}:{tree}:{}", b.name());
            }
        }
    }
}

/// One branch's values for [`write_trees`].
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    /// `float` (`F`).
    F32(Vec<f32>),
    /// `int` (`I`).
    I32(Vec<i32>),
    /// A string per entry (`TString`-like, as TMVA's `className`).
    Str(Vec<String>),
}

impl Column {
    fn len(&self) -> usize {
        match self {
            Column::F32(v) => v.len(),
            Column::I32(v) => v.len(),
            Column::Str(v) => v.len(),
        }
    }
}

/// A tree to write: its name and its branches in order.
#[derive(Debug, Clone, PartialEq)]
pub struct TreeData {
    /// The tree's name.
    pub name: String,
    /// Branch names and values; all of one length.
    pub branches: Vec<(String, Column)>,
}

/// Writes `trees` into a new (uncompressed) ROOT file at `path`, atomically:
/// the file is written beside `path` and renamed over it when complete.
pub fn write_trees(path: &Path, trees: Vec<TreeData>) -> Result<()> {
    for tree in &trees {
        let n = tree.branches.first().map_or(0, |(_, c)| c.len());
        if let Some((name, c)) = tree.branches.iter().find(|(_, c)| c.len() != n) {
            return Err(Error::shape(
                format!("branch `{name}` of tree `{}`", tree.name),
                format!("{n} entries"),
                c.len(),
            ));
        }
    }
    crate::util::write_atomic_with(path, |tmp| {
        guard(path, "writing the ROOT file", || {
            write_file(path, tmp, trees)
        })
    })
}

fn write_file(path: &Path, tmp: &Path, trees: Vec<TreeData>) -> Result<()> {
    {
        let mut file = oxyroot::RootFile::create(tmp)
            .map_err(|e| format_error(path, format!("cannot create the ROOT file: {e}")))?;
        for tree in trees {
            let mut writer = oxyroot::WriterTree::new(&tree.name);
            for (name, column) in tree.branches {
                match column {
                    Column::F32(v) => writer.new_branch(name, v.into_iter()),
                    Column::I32(v) => writer.new_branch(name, v.into_iter()),
                    Column::Str(v) => writer.new_branch(name, v.into_iter()),
                }
            }
            writer
                .write(&mut file)
                .map_err(|e| format_error(path, format!("writing tree `{}`: {e}", tree.name)))?;
        }
        file.close()
            .map_err(|e| format_error(path, format!("closing the ROOT file: {e}")))
    }
}
