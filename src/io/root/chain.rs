//! TChain: one tree read across several files, entry after entry, with
//! file names given as paths or glob patterns (`sig_*.root`,
//! `runs/2024-??/*.root`).

use std::path::{Path, PathBuf};

use super::{ColumnData, RootFile, Tree, format_error};
use crate::error::{Error, Result};

/// The files `patterns` name, in order: a pattern with `*`, `?` or `[` is
/// expanded (sorted by name) and must match at least one file; any other
/// pattern is a path, kept as it is. Relative patterns are taken from `base`.
pub fn expand_patterns(patterns: &[impl AsRef<str>], base: Option<&Path>) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for pattern in patterns {
        let pattern = pattern.as_ref();
        let full = match base {
            Some(base) if Path::new(pattern).is_relative() => base.join(pattern),
            _ => PathBuf::from(pattern),
        };
        if !pattern.contains(['*', '?', '[']) {
            files.push(full);
            continue;
        }
        let text = full.to_string_lossy();
        let matches = glob::glob(&text).map_err(|e| {
            Error::option("files", format!("`{pattern}` is not a valid pattern: {e}"))
        })?;
        let mut found: Vec<PathBuf> = Vec::new();
        for m in matches {
            found.push(m.map_err(|e| {
                let path = e.path().to_path_buf();
                Error::io(path, e.into())
            })?);
        }
        if found.is_empty() {
            return Err(Error::option("files", format!("`{text}` matches no file")));
        }
        found.sort();
        files.extend(found);
    }
    if files.is_empty() {
        return Err(Error::option("files", "no input files given"));
    }
    Ok(files)
}

/// A tree of the same name in several files, read as one.
#[derive(Debug, Clone)]
pub struct Chain {
    trees: Vec<Tree>,
}

impl Chain {
    /// Tree `name` in each of the files `patterns` name (see
    /// [`expand_patterns`]); every file must have it.
    pub fn open(patterns: &[impl AsRef<str>], name: &str) -> Result<Self> {
        let files = expand_patterns(patterns, None)?;
        let trees = files
            .iter()
            .map(|f| RootFile::open(f)?.tree(name))
            .collect::<Result<Vec<_>>>()?;
        Self::from_trees(trees)
    }

    /// The trees, in order (at least one).
    pub fn from_trees(trees: Vec<Tree>) -> Result<Self> {
        if trees.is_empty() {
            return Err(Error::Data("a chain needs at least one tree".into()));
        }
        Ok(Self { trees })
    }

    /// The trees, in order.
    pub fn trees(&self) -> &[Tree] {
        &self.trees
    }

    /// Entries of all trees together.
    pub fn entries(&self) -> usize {
        self.trees.iter().map(Tree::entries).sum()
    }

    /// `file:tree` for one tree; the tree and its files for several.
    pub fn describe(&self) -> String {
        match self.trees.as_slice() {
            [one] => one.describe(),
            many => {
                let files: Vec<String> = many
                    .iter()
                    .map(|t| t.path().display().to_string())
                    .collect();
                let shown = if files.len() > 4 {
                    format!("{}, ... {}", files[..3].join(", "), files[files.len() - 1])
                } else {
                    files.join(", ")
                };
                format!(
                    "tree `{}` in {} files ({shown})",
                    many[0].name(),
                    many.len()
                )
            }
        }
    }

    /// Whether every tree has branch `name`.
    pub fn has_branch(&self, name: &str) -> bool {
        self.trees.iter().all(|t| t.has_branch(name))
    }

    /// Reads the named branches of every tree and joins them, tree after tree.
    /// A branch that holds one value per entry in one file and a list in
    /// another is an error naming both files.
    pub fn read_branches(&self, names: &[&str]) -> Result<Vec<ColumnData>> {
        let mut joined: Option<Vec<ColumnData>> = None;
        for tree in &self.trees {
            let columns = tree.read_branches(names)?;
            joined = Some(match joined {
                None => columns,
                Some(mut acc) => {
                    for ((name, a), b) in names.iter().zip(&mut acc).zip(columns) {
                        let (first, here) = (holds(a), holds(&b));
                        if !a.append(b) {
                            return Err(format_error(
                                tree.path(),
                                format!(
                                    "branch `{name}` of tree `{}` holds {here} per entry here \
                                     and {first} in {}",
                                    tree.name(),
                                    self.trees[0].path().display()
                                ),
                            ));
                        }
                    }
                    acc
                }
            });
        }
        Ok(joined.unwrap_or_default())
    }

    /// Reads the named branches of one value per entry, tree after tree.
    pub fn read_columns(&self, names: &[&str]) -> Result<Vec<Vec<f32>>> {
        let mut joined: Vec<Vec<f32>> = vec![Vec::new(); names.len()];
        for tree in &self.trees {
            for (a, b) in joined.iter_mut().zip(tree.read_columns(names)?) {
                a.extend(b);
            }
        }
        Ok(joined)
    }
}

impl From<Tree> for Chain {
    fn from(tree: Tree) -> Self {
        Self { trees: vec![tree] }
    }
}

fn holds(column: &ColumnData) -> &'static str {
    match column {
        ColumnData::Scalar(_) => "one value",
        ColumnData::Array { .. } => "a list",
    }
}
