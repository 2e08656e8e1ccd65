//! Outputs that change together or not at all.
//!
//! Every output file is first written to a temporary file beside its target
//! (`.<name>.tmp<PID><.ext>`, same folder, so the final rename cannot cross
//! file systems) and renamed into place only when the whole job has
//! succeeded. A job that fails or is interrupted leaves the previous
//! outputs as they were and removes its temporaries; temporaries of a run
//! that was killed outright are removed by the next write beside them.
//! The renames, one per file in the order staged, are the one step a kill
//! can split: they take microseconds, and every file is then whole, either
//! the old version or the new one.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Files written but not yet moved into place; see the module docs.
/// Dropped without [`commit`](Self::commit), its temporaries are removed.
#[derive(Debug, Default)]
pub struct Staging {
    /// (temporary, target) in the order staged.
    pending: Vec<(PathBuf, PathBuf)>,
}

impl Staging {
    /// An empty staging area.
    pub fn new() -> Self {
        Self::default()
    }

    /// Lets `write` produce the new version of `path` at a temporary path
    /// (same folder and extension, for writers that go by the extension).
    /// A second version of the same target replaces the first.
    pub fn stage_with(
        &mut self,
        path: &Path,
        write: impl FnOnce(&Path) -> Result<()>,
    ) -> Result<()> {
        let tmp = temporary_path(path)?;
        self.pending.retain(|(_, target)| target != path);
        match write(&tmp) {
            Ok(()) => {
                self.pending.push((tmp, path.to_path_buf()));
                Ok(())
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(e)
            }
        }
    }

    /// Where the staged new contents of `path` are, until they are moved
    /// into place.
    pub fn staged(&self, path: &Path) -> Option<&Path> {
        self.pending
            .iter()
            .find(|(_, target)| target == path)
            .map(|(tmp, _)| tmp.as_path())
    }

    /// Stages `bytes` as the new contents of `path`, flushed to disk.
    pub fn stage(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        self.stage_with(path, |tmp| {
            (|| {
                let mut file = std::fs::File::create(tmp)?;
                file.write_all(bytes)?;
                file.sync_all()
            })()
            .map_err(|e| Error::io(path, e))
        })
    }

    /// The targets staged so far, in order.
    pub fn targets(&self) -> impl Iterator<Item = &Path> {
        self.pending.iter().map(|(_, target)| target.as_path())
    }

    /// Whether nothing is staged.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Moves every staged file into place, in the order staged. The renames
    /// are the only step left, so a failure here (the folder was removed
    /// meanwhile) is rare; it is reported with the file, and the remaining
    /// temporaries are removed.
    pub fn commit(&mut self) -> Result<()> {
        let pending = std::mem::take(&mut self.pending);
        let mut renames = pending.iter();
        for (tmp, target) in renames.by_ref() {
            if let Err(e) = std::fs::rename(tmp, target) {
                let _ = std::fs::remove_file(tmp);
                for (rest, _) in renames {
                    let _ = std::fs::remove_file(rest);
                }
                return Err(Error::io(target, e));
            }
        }
        Ok(())
    }

    /// Removes every staged temporary; the targets stay as they were.
    pub fn discard(&mut self) {
        for (tmp, _) in self.pending.drain(..) {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        self.discard();
    }
}

/// Writes `bytes` to `path` so that a reader sees either the old file or the
/// whole new one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut staging = Staging::new();
    staging.stage(path, bytes)?;
    staging.commit()
}

/// Lets `write` produce the file at a temporary path beside `path`, then
/// renames it over `path`; on any error the temporary file is removed and
/// `path` is left as it was.
pub fn write_atomic_with(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let mut staging = Staging::new();
    staging.stage_with(path, write)?;
    staging.commit()
}

/// `.<name>.tmp<PID><.ext>` beside `path`, after removing the temporaries
/// that killed runs left there.
fn temporary_path(path: &Path) -> Result<PathBuf> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| Error::io(path, std::io::Error::other("not a file path")))?
        .to_string_lossy();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    remove_stale_temporaries(dir, &file_name);
    Ok(dir.join(format!(".{file_name}.tmp{}{extension}", std::process::id())))
}

/// Removes temporary files that an earlier, killed run left beside
/// `file_name` in `dir` (`.<file_name>.tmp<PID>...` of a process that no
/// longer runs). Best effort: what cannot be read or removed is left.
fn remove_stale_temporaries(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.tmp");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let pid: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if !alive {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tmva_burn_{name}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn temporaries_of_dead_runs_are_removed_at_the_next_write() {
        let dir = scratch_dir("stale");
        let path = dir.join("out.root");
        // A PID above Linux's limit (2^22) never runs; our own PID does.
        let stale = dir.join(".out.root.tmp4999999.root");
        let ours = dir.join(format!(".out.root.tmp{}.partial", std::process::id()));
        let other = dir.join(".other.root.tmp4999999.root");
        for p in [&stale, &ours, &other] {
            std::fs::write(p, b"x").unwrap();
        }
        write_atomic(&path, b"new").unwrap();
        assert!(!stale.exists());
        assert!(ours.exists() && other.exists());
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn atomic_write_replaces_whole_and_leaves_no_temporary() {
        let dir = scratch_dir("atomic");
        let path = dir.join("file.txt");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        // A directory that does not exist: an error naming the file, nothing written.
        let missing = dir.join("no/such/dir/file.txt");
        let err = write_atomic(&missing, b"x").unwrap_err().to_string();
        assert!(err.contains("no/such/dir/file.txt"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn staged_files_change_together_or_not_at_all() {
        let dir = scratch_dir("staged");
        let (a, b) = (dir.join("a.xml"), dir.join("b.pt"));
        write_atomic(&a, b"old a").unwrap();
        write_atomic(&b, b"old b").unwrap();
        let contents = |p: &Path| std::fs::read(p).unwrap();
        {
            // A later output fails: neither target changes, nothing is left.
            let mut staging = Staging::new();
            staging.stage(&a, b"new a").unwrap();
            let failed = staging.stage_with(&b, |tmp| {
                std::fs::write(tmp, b"half").unwrap();
                Err(Error::Data("diverged".into()))
            });
            assert!(failed.is_err());
            assert_eq!(contents(&a), b"old a");
        }
        assert_eq!(contents(&b), b"old b");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
        let mut staging = Staging::new();
        staging.stage(&a, b"new a").unwrap();
        staging.stage(&b, b"first b").unwrap();
        staging.stage(&b, b"new b").unwrap();
        assert_eq!(staging.targets().count(), 2);
        assert_eq!(contents(&a), b"old a");
        staging.commit().unwrap();
        assert_eq!(
            (contents(&a), contents(&b)),
            (b"new a".to_vec(), b"new b".to_vec())
        );
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
