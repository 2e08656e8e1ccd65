//! Small helpers shared by the modules.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` so that a reader sees either the old file or the
/// whole new one: write a temporary file in the same directory, flush it to
/// disk, then rename it over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |tmp| {
        (|| {
            let mut file = std::fs::File::create(tmp)?;
            file.write_all(bytes)?;
            file.sync_all()
        })()
        .map_err(|e| Error::io(path, e))
    })
}

/// Lets `write` produce the file at a temporary path beside `path` (same
/// folder and extension, for writers that go by the extension), then renames
/// it over `path`; on any error the temporary file is removed and `path` is
/// left as it was.
pub fn write_atomic_with(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| Error::io(path, std::io::Error::other("not a file path")))?;
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{}.tmp{}{extension}",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result =
        write(&tmp).and_then(|()| std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e)));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("tmva_burn_atomic_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
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
}
