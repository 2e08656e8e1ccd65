//! The zip container of `.pt` files: read with size limits, written the way
//! PyTorch writes it (stored, not compressed; one top folder; 64-byte aligned data).

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use zip::read::{ArchiveOffset, Config};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::error::{Error, Result};

/// Bounds on what reading one model file may cost.
#[derive(Debug, Clone, Copy)]
pub struct ImportLimits {
    /// Largest total uncompressed size of all entries (default 2 GiB).
    pub max_total_bytes: u64,
    /// Most entries in the archive (default 100,000).
    pub max_entries: usize,
    /// Most values one pickle may create (default 5,000,000).
    pub max_pickle_values: usize,
    /// Largest pickle memo (default 1,000,000 entries).
    pub max_pickle_memo: usize,
    /// Deepest pickle stack (default 100,000).
    pub max_pickle_stack: usize,
}

impl Default for ImportLimits {
    fn default() -> Self {
        let pickle = super::pickle::Limits::default();
        Self {
            max_total_bytes: 2 << 30,
            max_entries: 100_000,
            max_pickle_values: pickle.max_nodes,
            max_pickle_memo: pickle.max_memo,
            max_pickle_stack: pickle.max_stack,
        }
    }
}

impl ImportLimits {
    pub(crate) fn pickle(&self) -> super::pickle::Limits {
        super::pickle::Limits {
            max_nodes: self.max_pickle_values,
            max_memo: self.max_pickle_memo,
            max_stack: self.max_pickle_stack,
            ..super::pickle::Limits::default()
        }
    }
}

/// A read archive: entries by their name below the top folder.
pub(crate) struct Archive {
    pub path: PathBuf,
    pub prefix: String,
    pub entries: BTreeMap<String, Vec<u8>>,
}

impl Archive {
    pub fn read(path: &Path, limits: &ImportLimits) -> Result<Self> {
        let bytes = read_bounded(path, limits.max_total_bytes)?;
        Self::from_bytes(path, bytes, limits)
    }

    pub fn from_bytes(path: &Path, bytes: Vec<u8>, limits: &ImportLimits) -> Result<Self> {
        let fail = |message: String| Error::Format {
            path: path.to_path_buf(),
            message,
        };
        // PyTorch writes the archive from byte 0; automatic offset detection
        // misreads some zip64 directories, so it is not used.
        let config = Config {
            archive_offset: ArchiveOffset::Known(0),
        };
        let mut zip = ZipArchive::with_config(config, Cursor::new(bytes))
            .map_err(|e| fail(format!("not a PyTorch model file (no zip archive: {e})")))?;
        if zip.len() > limits.max_entries {
            return Err(fail(format!(
                "archive has {} entries, more than the limit of {}",
                zip.len(),
                limits.max_entries
            )));
        }
        let mut entries = BTreeMap::new();
        let mut prefix: Option<String> = None;
        let mut total = 0u64;
        for i in 0..zip.len() {
            let mut entry = zip
                .by_index(i)
                .map_err(|e| fail(format!("corrupt zip entry {i}: {e}")))?;
            if entry.is_dir() {
                continue;
            }
            let name = entry
                .name()
                .map_err(|e| fail(format!("zip entry {i} has an unreadable name: {e}")))?
                .to_string();
            let (top, rest) = name
                .split_once('/')
                .ok_or_else(|| fail(format!("entry `{name}` is not inside a top folder")))?;
            match &prefix {
                None => prefix = Some(top.to_string()),
                Some(p) if p == top => {}
                Some(p) => {
                    return Err(fail(format!(
                        "entries in two top folders (`{p}` and `{top}`)"
                    )));
                }
            }
            let remaining = limits.max_total_bytes.saturating_sub(total);
            if entry.size() > remaining {
                return Err(fail(format!(
                    "entry `{name}` ({} bytes) exceeds the size limit of {} bytes in total",
                    entry.size(),
                    limits.max_total_bytes
                )));
            }
            let mut data = Vec::with_capacity(entry.size() as usize);
            (&mut entry)
                .take(remaining + 1)
                .read_to_end(&mut data)
                .map_err(|e| fail(format!("entry `{name}` cannot be read: {e}")))?;
            total += data.len() as u64;
            if total > limits.max_total_bytes {
                return Err(fail(format!(
                    "entries exceed the size limit of {} bytes in total",
                    limits.max_total_bytes
                )));
            }
            entries.insert(rest.to_string(), data);
        }
        let prefix = prefix.ok_or_else(|| fail("empty archive".to_string()))?;
        Ok(Self {
            path: path.to_path_buf(),
            prefix,
            entries,
        })
    }

    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.entries.get(name).map(Vec::as_slice)
    }

    pub fn require(&self, name: &str) -> Result<&[u8]> {
        self.get(name).ok_or_else(|| Error::Format {
            path: self.path.clone(),
            message: format!("archive has no `{}/{name}`", self.prefix),
        })
    }
}

fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
    // The zip directory adds to the entries' size; allow it generously.
    let cap = max.saturating_add(max / 8 + (1 << 20));
    if len > cap {
        return Err(Error::Format {
            path: path.to_path_buf(),
            message: format!("file of {len} bytes exceeds the import size limit of {max} bytes"),
        });
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    Ok(bytes)
}

/// Collects entries and writes the archive in one atomic step.
pub(crate) struct ArchiveWriter {
    prefix: String,
    zip: ZipWriter<Cursor<Vec<u8>>>,
}

impl ArchiveWriter {
    pub fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_string(),
            zip: ZipWriter::new(Cursor::new(Vec::new())),
        }
    }

    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .with_alignment(64);
        let full = format!("{}/{name}", self.prefix);
        self.zip
            .start_file(full.as_str(), options)
            .and_then(|()| self.zip.write_all(bytes).map_err(Into::into))
            .map_err(|e| Error::Backend(format!("writing zip entry `{full}`: {e}")))
    }

    pub fn write(self, path: &Path) -> Result<()> {
        let bytes = self
            .zip
            .finish()
            .map_err(|e| Error::io(path, std::io::Error::other(e)))?
            .into_inner();
        crate::util::write_atomic(path, &bytes)
    }
}

/// The archive's top-folder name for a file path: its stem, restricted to
/// characters PyTorch's reader is happy with.
pub(crate) fn prefix_for(path: &Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("archive");
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() {
        "archive".to_string()
    } else {
        clean
    }
}
