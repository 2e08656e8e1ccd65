//! A ROOT file's own structure, read without `oxyroot`: the header, the
//! directories and their keys (every cycle, every subdirectory), and
//! positional reads bounded by the file's size. Everything here checks the
//! numbers it reads against the file before it uses them, so a damaged file
//! is an error in words, never a huge allocation or a panic.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How deep directories may nest before the file is refused (a loop in a
/// damaged file would otherwise recurse forever).
const MAX_DIRECTORY_DEPTH: usize = 64;

/// A ROOT file opened for positional reads.
#[derive(Debug)]
pub(crate) struct FileBytes {
    path: PathBuf,
    file: File,
    len: u64,
}

impl FileBytes {
    pub(crate) fn open(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
        Ok(Self {
            path: path.to_path_buf(),
            file,
            len,
        })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// `len` bytes at `offset`, or an error saying what was being read.
    /// Bytes from `offset` to the end of the file.
    pub(crate) fn remaining(&self, offset: u64) -> usize {
        self.len.saturating_sub(offset) as usize
    }

    pub(crate) fn read(&self, offset: u64, len: usize, what: &str) -> Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.read_into(offset, len, what, &mut buf)?;
        Ok(buf)
    }

    /// `len` bytes at `offset` into `buf` (resized; its allocation reused).
    pub(crate) fn read_into(
        &self,
        offset: u64,
        len: usize,
        what: &str,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        let end = offset.checked_add(len as u64);
        if end.is_none_or(|end| end > self.len) {
            return Err(self.corrupt(format!(
                "{what} at byte {offset} ({len} bytes) runs past the end of the file ({} bytes); \
                 is it truncated?",
                self.len
            )));
        }
        // `read_exact_at` fills every byte, so a reused buffer is only resized.
        buf.resize(len, 0);
        self.file
            .read_exact_at(buf, offset)
            .map_err(|e| Error::io(&self.path, e))
    }

    pub(crate) fn corrupt(&self, message: String) -> Error {
        Error::Format {
            path: self.path.clone(),
            message,
        }
    }
}

/// Big-endian reads from a byte slice; running off its end is an error
/// naming what was being read.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    what: &'a str,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(bytes: &'a [u8], what: &'a str) -> Self {
        Self {
            bytes,
            pos: 0,
            what,
        }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// The length of the whole buffer.
    pub(crate) fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Moves forward to `to` (the end of an object its byte count gave).
    pub(crate) fn skip_to(&mut self, to: usize) -> std::result::Result<(), String> {
        if to < self.pos || to > self.bytes.len() {
            return Err(format!("{}: a byte count points to byte {to}", self.what));
        }
        self.pos = to;
        Ok(())
    }

    pub(crate) fn take(&mut self, n: usize) -> std::result::Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        match end {
            Some(end) => {
                let out = &self.bytes[self.pos..end];
                self.pos = end;
                Ok(out)
            }
            None => Err(format!(
                "{} is cut short (wanted {n} bytes at byte {} of {})",
                self.what,
                self.pos,
                self.bytes.len()
            )),
        }
    }

    fn array<const N: usize>(&mut self) -> std::result::Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    pub(crate) fn u8(&mut self) -> std::result::Result<u8, String> {
        Ok(self.array::<1>()?[0])
    }
    pub(crate) fn i16(&mut self) -> std::result::Result<i16, String> {
        Ok(i16::from_be_bytes(self.array()?))
    }
    pub(crate) fn i32(&mut self) -> std::result::Result<i32, String> {
        Ok(i32::from_be_bytes(self.array()?))
    }
    pub(crate) fn u32(&mut self) -> std::result::Result<u32, String> {
        Ok(u32::from_be_bytes(self.array()?))
    }
    pub(crate) fn f32(&mut self) -> std::result::Result<f32, String> {
        Ok(f32::from_be_bytes(self.array()?))
    }
    pub(crate) fn f64(&mut self) -> std::result::Result<f64, String> {
        Ok(f64::from_be_bytes(self.array()?))
    }
    pub(crate) fn i64(&mut self) -> std::result::Result<i64, String> {
        Ok(i64::from_be_bytes(self.array()?))
    }
    /// A 32-bit or (`wide`) 64-bit file offset.
    pub(crate) fn seek(&mut self, wide: bool) -> std::result::Result<i64, String> {
        if wide {
            self.i64()
        } else {
            self.i32().map(i64::from)
        }
    }
    /// A `TString`: one length byte, or 255 and a 32-bit length, then the bytes.
    pub(crate) fn string(&mut self) -> std::result::Result<String, String> {
        let short = self.u8()?;
        let len = if short == 255 {
            usize::try_from(self.i32()?)
                .map_err(|_| format!("{}: negative string length", self.what))?
        } else {
            usize::from(short)
        };
        Ok(String::from_utf8_lossy(self.take(len)?).into_owned())
    }
}

/// A `TKey` header: where an object is and how it is stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Key {
    /// `fNbytes`: the key's size on file (header and data).
    pub n_bytes: i32,
    /// `fObjlen`: the object's size once decompressed.
    pub obj_len: i32,
    /// `fKeylen`: the header's size.
    pub key_len: i16,
    /// `fCycle`.
    pub cycle: i16,
    /// `fSeekKey`: where the key starts.
    pub seek: i64,
    /// `fClassName`.
    pub class: String,
    /// `fName`.
    pub name: String,
}

impl Key {
    /// Reads a key header from `c`; `what` names it in errors.
    pub(crate) fn parse(c: &mut Cursor) -> std::result::Result<Self, String> {
        let n_bytes = c.i32()?;
        let version = c.i16()?;
        let obj_len = c.i32()?;
        let _datime = c.u32()?;
        let key_len = c.i16()?;
        let cycle = c.i16()?;
        let wide = version > 1000;
        let seek = c.seek(wide)?;
        let _seek_parent = c.seek(wide)?;
        let class = c.string()?;
        let name = c.string()?;
        let _title = c.string()?;
        Ok(Self {
            n_bytes,
            obj_len,
            key_len,
            cycle,
            seek,
            class,
            name,
        })
    }
}

/// A TTree (or RNTuple) found in the file: its path (`dir/name`), cycle and key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ObjectEntry {
    /// Directories and name, `/`-separated, without the cycle.
    pub path: String,
    /// The key's cycle.
    pub cycle: i16,
    /// The key's class (`TTree`, `TNtuple`, `ROOT::RNTuple`, `TH1D`, `TH1F`).
    pub class: String,
    /// Where the key starts.
    pub seek: u64,
}

impl ObjectEntry {
    /// Whether it is a tree (or an RNTuple, read as one).
    pub(crate) fn is_tree(&self) -> bool {
        !self.class.starts_with("TH1")
            && !matches!(self.class.as_str(), "TObjString" | "TDirectory")
    }
}

/// The file's header fields that reading needs.
struct Header {
    begin: u64,
    n_bytes_name: u64,
}

fn header(file: &FileBytes) -> Result<Header> {
    if file.len < 4 {
        return Err(file.corrupt(format!(
            "not a ROOT file (shorter than its header: {} bytes)",
            file.len
        )));
    }
    let head = file.read(0, 64.min(file.len as usize), "the file header")?;
    let mut c = Cursor::new(&head, "the file header");
    let fail = |m: String| file.corrupt(m);
    let magic = c.take(4).map_err(fail)?;
    if magic != b"root" {
        return Err(file.corrupt("not a ROOT file (no `root` magic bytes)".into()));
    }
    let version = c.i32().map_err(fail)?;
    let begin = c.i32().map_err(fail)?;
    let wide = version >= 1_000_000;
    let _end = c.seek(wide).map_err(fail)?;
    let _seek_free = c.seek(wide).map_err(fail)?;
    let _n_bytes_free = c.i32().map_err(fail)?;
    let _n_free = c.i32().map_err(fail)?;
    let n_bytes_name = c.i32().map_err(fail)?;
    if begin <= 0 || n_bytes_name <= 0 {
        return Err(file.corrupt(format!(
            "the file header is damaged (first record at byte {begin}, name record of {n_bytes_name} bytes)"
        )));
    }
    Ok(Header {
        begin: begin as u64,
        n_bytes_name: n_bytes_name as u64,
    })
}

/// A directory record: where its list of keys is.
fn directory_keys_at(bytes: &[u8], what: &str) -> std::result::Result<(u64, usize), String> {
    let mut c = Cursor::new(bytes, what);
    let version = c.i16()?;
    let _ctime = c.u32()?;
    let _mtime = c.u32()?;
    let n_bytes_keys = c.i32()?;
    let _n_bytes_name = c.i32()?;
    let wide = version > 1000;
    let _seek_dir = c.seek(wide)?;
    let _seek_parent = c.seek(wide)?;
    let seek_keys = c.seek(wide)?;
    if seek_keys <= 0 || n_bytes_keys <= 0 {
        return Err(format!(
            "{what} has no list of keys (at byte {seek_keys}, {n_bytes_keys} bytes)"
        ));
    }
    Ok((seek_keys as u64, n_bytes_keys as usize))
}

/// Every TTree, TNtuple, RNTuple, one-dimensional histogram (TH1D, TH1F)
/// and string (TObjString) in the file, and the directories themselves,
/// with subdirectories walked.
pub(crate) fn list_objects(file: &FileBytes) -> Result<Vec<ObjectEntry>> {
    let header = header(file)?;
    // The top directory's record follows the file's own key and name.
    let at = header.begin + header.n_bytes_name;
    let record = file.read(
        at,
        42.min(file.len.saturating_sub(at) as usize),
        "the top directory record",
    )?;
    let keys_at = directory_keys_at(&record, "the top directory").map_err(|m| file.corrupt(m))?;
    let mut out = Vec::new();
    walk(file, keys_at, "", 0, &mut out)?;
    Ok(out)
}

fn walk(
    file: &FileBytes,
    (seek_keys, n_bytes_keys): (u64, usize),
    prefix: &str,
    depth: usize,
    out: &mut Vec<ObjectEntry>,
) -> Result<()> {
    if depth > MAX_DIRECTORY_DEPTH {
        return Err(file.corrupt(format!(
            "directories nest more than {MAX_DIRECTORY_DEPTH} deep at `{prefix}`; is the file damaged?"
        )));
    }
    let what = if prefix.is_empty() {
        "the top directory's list of keys".to_string()
    } else {
        format!(
            "the list of keys of directory `{}`",
            prefix.trim_end_matches('/')
        )
    };
    let bytes = file.read(seek_keys, n_bytes_keys, &what)?;
    let mut c = Cursor::new(&bytes, &what);
    let fail = |m: String| file.corrupt(m);
    let own = Key::parse(&mut c).map_err(fail)?;
    c.take((own.key_len as usize).saturating_sub(c.pos()))
        .map_err(fail)?;
    let n_keys = c.i32().map_err(fail)?;
    if n_keys < 0 || n_keys as usize > bytes.len() / 16 {
        return Err(file.corrupt(format!("{what} claims {n_keys} keys")));
    }
    for _ in 0..n_keys {
        let key = Key::parse(&mut c).map_err(fail)?;
        if key.seek < 0 || key.key_len < 0 || key.n_bytes < i32::from(key.key_len) {
            return Err(file.corrupt(format!(
                "{what}: key `{}` is damaged (at byte {}, {} bytes)",
                key.name, key.seek, key.n_bytes
            )));
        }
        let path = format!("{prefix}{}", key.name);
        match key.class.as_str() {
            "TDirectoryFile" | "TDirectory" => {
                let what = format!("the record of directory `{path}`");
                let record = file.read(
                    key.seek as u64 + key.key_len as u64,
                    (key.n_bytes - i32::from(key.key_len)) as usize,
                    &what,
                )?;
                let keys_at = directory_keys_at(&record, &what).map_err(fail)?;
                out.push(ObjectEntry {
                    path: path.clone(),
                    cycle: key.cycle,
                    class: "TDirectory".into(),
                    seek: key.seek as u64,
                });
                walk(file, keys_at, &format!("{path}/"), depth + 1, out)?;
            }
            "TTree"
            | "TNtuple"
            | "TNtupleD"
            | "ROOT::RNTuple"
            | "ROOT::Experimental::RNTuple"
            | "TH1D"
            | "TH1F"
            | "TObjString" => out.push(ObjectEntry {
                path,
                cycle: key.cycle,
                class: key.class,
                seek: key.seek as u64,
            }),
            _ => {}
        }
    }
    Ok(())
}

/// The directories of the file at `path`, as their keys list them (a
/// directory written twice shows twice).
#[cfg(test)]
pub(crate) fn directory_names(path: &Path) -> Result<Vec<String>> {
    Ok(list_objects(&FileBytes::open(path)?)?
        .into_iter()
        .filter(|o| o.class == "TDirectory")
        .map(|o| o.path)
        .collect())
}

/// Splits `name;cycle` into the name and the cycle, if one is given.
pub(crate) fn split_cycle(name: &str) -> (&str, Option<i16>) {
    match name.rsplit_once(';') {
        Some((base, cycle)) => match cycle.parse() {
            Ok(c) => (base, Some(c)),
            Err(_) => (name, None),
        },
        None => (name, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_name_and_cycle() {
        assert_eq!(split_cycle("tree"), ("tree", None));
        assert_eq!(split_cycle("dir/tree;2"), ("dir/tree", Some(2)));
        assert_eq!(split_cycle("odd;name"), ("odd;name", None));
    }

    #[test]
    fn cursor_reports_short_input_in_words() {
        let mut c = Cursor::new(&[0, 1], "a test record");
        let err = c.i32().unwrap_err();
        assert!(err.contains("a test record is cut short"), "{err}");
    }
}
