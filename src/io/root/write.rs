//! Writing a ROOT file of flat trees (the output file), through `oxyroot`.

use std::path::Path;

use super::format_error;
use super::guard::guard;
use super::hist::Histogram;
use crate::error::{Error, Result};

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

/// Writes `trees` into a new ROOT file at `path` (zlib-compressed, ROOT's
/// default), atomically: the file is written beside `path` and renamed over
/// it when complete. A tree named `dir/name` goes into directory `dir`.
pub fn write_trees(path: &Path, trees: Vec<TreeData>) -> Result<()> {
    crate::staging::write_atomic_with(path, |tmp| write_trees_at(path, tmp, trees))
}

/// Writes `trees` into a new ROOT file at `tmp`, the temporary file of
/// `path` (which names errors).
pub fn write_trees_at(path: &Path, tmp: &Path, trees: Vec<TreeData>) -> Result<()> {
    write_output_at(path, tmp, trees, Vec::new())
}

/// An object written beside the trees.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    /// A `TH1D`.
    Histogram(Histogram),
    /// A `TObjString` called `name`.
    Text {
        /// Its key's name.
        name: String,
        /// The string.
        text: String,
    },
}

/// Writes `trees`, then `objects` (each in the directory given with it,
/// `dir/sub`, or at the top for an empty one), into a new ROOT file at
/// `tmp`, the temporary file of `path` (which names errors).
pub fn write_output_at(
    path: &Path,
    tmp: &Path,
    trees: Vec<TreeData>,
    objects: Vec<(String, Object)>,
) -> Result<()> {
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
    guard(
        path,
        "writing the ROOT file",
        "the ROOT writer failed on these trees",
        || write_file(path, tmp, trees, objects),
    )
}

/// The directories of a ROOT file being written: enters and leaves them so
/// that the next object goes where its path says.
struct Directories<'f> {
    file: &'f mut oxyroot::RootFile,
    path: &'f Path,
    current: Vec<String>,
}

impl Directories<'_> {
    fn go_to(&mut self, dir: &str) -> Result<()> {
        let parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
        let shared = self
            .current
            .iter()
            .zip(&parts)
            .take_while(|(a, b)| a == *b)
            .count();
        while self.current.len() > shared {
            self.file
                .leave_directory()
                .map_err(|e| format_error(self.path, format!("closing a directory: {e}")))?;
            self.current.pop();
        }
        for part in &parts[shared..] {
            self.file
                .enter_directory(part, part)
                .map_err(|e| format_error(self.path, format!("making directory `{part}`: {e}")))?;
            self.current.push(part.to_string());
        }
        Ok(())
    }
}

/// What goes into the file, each with its directory.
enum Item {
    Tree(TreeData),
    Object(String, Object),
}

fn write_file(
    path: &Path,
    tmp: &Path,
    trees: Vec<TreeData>,
    objects: Vec<(String, Object)>,
) -> Result<()> {
    let mut file = oxyroot::RootFile::create(tmp)
        .map_err(|e| format_error(path, format!("cannot create the ROOT file: {e}")))?;
    let mut dirs = Directories {
        file: &mut file,
        path,
        current: Vec::new(),
    };
    // Everything of one directory (and its subdirectories) together, trees
    // first and in the order given otherwise (a stable sort on the path's
    // components): each directory is entered once.
    let mut items: Vec<Item> = trees.into_iter().map(Item::Tree).collect();
    items.extend(objects.into_iter().map(|(dir, o)| Item::Object(dir, o)));
    items.sort_by_cached_key(|item| {
        let dir = match item {
            Item::Tree(t) => t.name.rsplit_once('/').map_or("", |(d, _)| d),
            Item::Object(dir, _) => dir,
        };
        dir.split('/')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    });
    for item in items {
        match item {
            Item::Tree(tree) => {
                let (dir, name) = tree.name.rsplit_once('/').unwrap_or(("", &tree.name));
                dirs.go_to(dir)?;
                let mut writer = oxyroot::WriterTree::new(name);
                for (branch, column) in tree.branches {
                    match column {
                        Column::F32(v) => writer.new_branch(branch, v.into_iter()),
                        Column::I32(v) => writer.new_branch(branch, v.into_iter()),
                        Column::Str(v) => writer.new_branch(branch, v.into_iter()),
                    }
                }
                writer.write(dirs.file).map_err(|e| {
                    format_error(path, format!("writing tree `{}`: {e}", tree.name))
                })?;
            }
            Item::Object(dir, object) => write_object(&mut dirs, path, &dir, object)?,
        }
    }
    file.close()
        .map_err(|e| format_error(path, format!("closing the ROOT file: {e}")))
}

fn write_object(dirs: &mut Directories, path: &Path, dir: &str, object: Object) -> Result<()> {
    dirs.go_to(dir)?;
    let (name, title, class, bytes) = match object {
        Object::Histogram(h) => {
            let bytes = h.streamed();
            (h.name, h.title, "TH1D", bytes)
        }
        Object::Text { name, text } => (
            name,
            String::new(),
            "TObjString",
            super::hist::streamed_string(&text),
        ),
    };
    dirs.file
        .put_streamed(&name, &title, class, bytes)
        .map_err(|e| format_error(path, format!("writing `{dir}/{name}`: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_of_one_directory_are_written_together_whatever_their_order() {
        let dir = std::env::temp_dir().join(format!("tmva_burn_dirs_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("dirs.root");
        let tree = |name: &str| TreeData {
            name: name.into(),
            branches: vec![("x".into(), Column::F32(vec![1.0, 2.0]))],
        };
        let hist = |name: &str| Object::Histogram(Histogram::new(name, name, 2, 0.0, 1.0));
        let objects = vec![
            ("b/x".to_string(), hist("h1")),
            ("a".to_string(), hist("h2")),
            ("b".to_string(), hist("h3")),
            ("a/y".to_string(), hist("h4")),
            ("a-z".to_string(), hist("h5")),
        ];
        crate::staging::write_atomic_with(&path, |tmp| {
            write_output_at(&path, tmp, vec![tree("a/T"), tree("b/T")], objects)
        })
        .unwrap();
        let file = crate::io::RootFile::open(&path).unwrap();
        assert_eq!(file.tree_names(), ["a/T", "b/T"]);
        let mut names = file.histogram_names();
        names.sort();
        assert_eq!(names, ["a-z/h5", "a/h2", "a/y/h4", "b/h3", "b/x/h1"]);
        // Each directory once in its parent's keys.
        assert_eq!(
            super::super::file::directory_names(&path).unwrap(),
            ["a", "a/y", "a-z", "b", "b/x"]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
