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
    /// `data.pkl` as read (under the archive's limits) to bound the storages,
    /// kept so that it is parsed once; `None` where it did not read.
    pub data_pickle: Option<super::pickle::Pickle>,
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
        // The directory first: names, top folder and declared sizes.
        let mut listed = Vec::new();
        let mut prefix: Option<String> = None;
        for i in 0..zip.len() {
            let entry = zip
                .by_index_raw(i)
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
            listed.push((i, rest.to_string(), entry.size()));
        }
        let is_storage = |rest: &str| rest.starts_with("data/");
        // Pickles, code and constants first, then the tensor storages, each
        // bounded by what data.pkl declares: a compressed entry cannot make
        // us inflate more than the tensors the model says it holds.
        let mut entries = BTreeMap::new();
        let mut total = 0u64;
        let mut read = |index: usize, rest: &str, limit: u64, total: &mut u64| -> Result<Vec<u8>> {
            let mut entry = zip
                .by_index(index)
                .map_err(|e| fail(format!("corrupt zip entry `{rest}`: {e}")))?;
            let mut data = Vec::with_capacity(entry.size().min(limit) as usize);
            (&mut entry)
                .take(limit + 1)
                .read_to_end(&mut data)
                .map_err(|e| fail(format!("entry `{rest}` cannot be read: {e}")))?;
            *total += data.len() as u64;
            if data.len() as u64 > limit || *total > limits.max_total_bytes {
                return Err(fail(format!(
                    "entry `{rest}` takes the entries past the size limit of {} bytes in total",
                    limits.max_total_bytes
                )));
            }
            Ok(data)
        };
        for (index, rest, size) in listed.iter().filter(|(_, r, _)| !is_storage(r)) {
            let remaining = limits.max_total_bytes.saturating_sub(total);
            if *size > remaining {
                return Err(fail(format!(
                    "entry `{rest}` ({size} bytes) exceeds the size limit of {} bytes in total",
                    limits.max_total_bytes
                )));
            }
            let data = read(*index, rest, remaining, &mut total)?;
            entries.insert(rest.clone(), data);
        }
        let data_pickle = entries
            .get("data.pkl")
            .and_then(|pkl| super::pickle::read(pkl, limits.pickle()).ok());
        let declared = data_pickle.as_ref().and_then(declared_storages);
        if let Some(declared) = &declared {
            let sum: u64 = declared.values().fold(0u64, |a, &b| a.saturating_add(b));
            if sum > limits.max_total_bytes.saturating_sub(total) {
                return Err(fail(format!(
                    "data.pkl declares {sum} bytes of tensors, more than the size limit of {} \
                     bytes in total",
                    limits.max_total_bytes
                )));
            }
        }
        for (index, rest, size) in listed.iter().filter(|(_, r, _)| is_storage(r)) {
            let limit = match &declared {
                Some(declared) => match declared.get(&rest["data/".len()..]) {
                    // No tensor uses it: not read.
                    None => continue,
                    Some(&bytes) if *size > bytes => {
                        return Err(fail(format!(
                            "storage `{rest}` holds {size} bytes, but data.pkl declares a \
                             storage of {bytes} bytes"
                        )));
                    }
                    Some(&bytes) => bytes,
                },
                None => limits.max_total_bytes.saturating_sub(total),
            };
            if *size > limit {
                return Err(fail(format!(
                    "entry `{rest}` ({size} bytes) exceeds the size limit of {} bytes in total",
                    limits.max_total_bytes
                )));
            }
            let data = read(*index, rest, limit, &mut total)?;
            entries.insert(rest.clone(), data);
        }
        let prefix = prefix.ok_or_else(|| fail("empty archive".to_string()))?;
        Ok(Self {
            path: path.to_path_buf(),
            prefix,
            entries,
            data_pickle,
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

/// Bytes per storage key that the tensors in `data.pkl` declare (their
/// persistent ids: `('storage', torch.<Type>Storage, key, location,
/// elements)`), or `None` when a storage's type is not one we know: then,
/// as when `data.pkl` does not read (a whole pickled model of user
/// classes), the storages are bounded by the total limit only.
fn declared_storages(pickle: &super::pickle::Pickle) -> Option<BTreeMap<String, u64>> {
    use super::pickle::Node;
    let mut declared = BTreeMap::new();
    for node in &pickle.nodes {
        let Node::Persistent(pid) = node else {
            continue;
        };
        let Some(items) = pickle.items(*pid).filter(|items| items.len() >= 5) else {
            continue;
        };
        if pickle.str(items[0]) != Some("storage") {
            continue;
        }
        let element = match pickle.global(items[1]) {
            Some(("torch", class)) => super::tensor::StorageType::from_class(class)?.size(),
            _ => return None,
        };
        let key = pickle.str(items[2])?;
        let elements = u64::try_from(pickle.int(items[4])?).ok()?;
        let bytes = elements.saturating_mul(element as u64);
        let entry = declared.entry(key.to_string()).or_insert(0u64);
        *entry = (*entry).max(bytes);
    }
    Some(declared)
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

    /// The finished archive; `path` (where it will be written) names errors.
    pub fn into_bytes(self, path: &Path) -> Result<Vec<u8>> {
        Ok(self
            .zip
            .finish()
            .map_err(|e| Error::io(path, std::io::Error::other(e)))?
            .into_inner())
    }

    pub fn write(self, path: &Path) -> Result<()> {
        let bytes = self.into_bytes(path)?;
        crate::staging::write_atomic(path, &bytes)
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

#[cfg(test)]
mod bomb_tests {
    use super::*;

    /// An archive whose `data.pkl` declares one float tensor of `elements`
    /// in storage `0`, and whose `data/0` entry holds `stored` zero bytes,
    /// deflated (PyTorch never compresses; a zip bomb does).
    fn archive(elements: usize, stored: usize) -> Vec<u8> {
        let mut w = super::super::pickle::Writer::new();
        w.tensor("FloatStorage", "0", &[elements]);
        let pkl = w.finish();
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(stored > u32::MAX as usize / 2);
        zip.start_file("m/data.pkl", deflated).unwrap();
        zip.write_all(&pkl).unwrap();
        zip.start_file("m/data/0", deflated).unwrap();
        let zeros = vec![0u8; 1 << 20];
        let mut left = stored;
        while left > 0 {
            let n = left.min(zeros.len());
            zip.write_all(&zeros[..n]).unwrap();
            left -= n;
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_storage_larger_than_its_tensors_is_refused_before_inflating() {
        let bytes = archive(4, 64 << 20);
        assert!(bytes.len() < 1 << 20, "{}", bytes.len());
        let err = Archive::from_bytes(Path::new("bomb.pt"), bytes, &ImportLimits::default())
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("bomb.pt")
                && err.contains("storage `data/0` holds 67108864 bytes")
                && err.contains("declares a storage of 16 bytes"),
            "{err}"
        );
    }

    #[test]
    fn declared_tensors_beyond_the_limit_are_refused() {
        let limits = ImportLimits {
            max_total_bytes: 1 << 20,
            ..ImportLimits::default()
        };
        let err = Archive::from_bytes(Path::new("big.pt"), archive(1 << 20, 16), &limits)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("declares 4194304 bytes of tensors"), "{err}");
        let honest = Archive::from_bytes(Path::new("ok.pt"), archive(4, 16), &limits).unwrap();
        assert_eq!(honest.get("data/0").unwrap().len(), 16);
    }
}
