//! RNTuple (ROOT 6.34+ on-disk format 1.0, also written by uproot >= 5.7):
//! its flat numeric fields, read like TTree branches.
//!
//! The anchor (`ROOT::RNTuple` key, big-endian) locates the header and
//! footer envelopes; the footer lists cluster groups, each with a page-list
//! envelope giving every column's pages per cluster. Envelopes are framed
//! little-endian records and lists, checked by their XXH3 checksums; pages
//! are ROOT-compressed blocks or stored as they are, decoded per column type
//! (plain, byte-split, zigzag, bit-packed). Fields of other shapes
//! (collections, records, arrays, strings) are refused by name.

mod page;

use std::ops::Range;

use self::page::ColumnKind;
pub(crate) use self::page::PageRef;
use super::compress::{Decoders, decompress_into};
use super::file::{Cursor, FileBytes, Key};

/// Envelope type ids.
const HEADER: u16 = 1;
const FOOTER: u16 = 2;
const PAGE_LIST: u16 = 3;

/// Envelopes and pages larger than this are refused (ROOT splits larger
/// blobs over several keys, which this reader does not follow).
const MAX_BLOB: usize = 1 << 30;

/// What the reader knows of an RNTuple.
#[derive(Debug)]
pub(crate) struct Layout {
    /// Entries in all clusters.
    pub entries: usize,
    /// Top-level fields, in order.
    pub fields: Vec<Field>,
    clusters: Vec<Cluster>,
}

/// A top-level field: its name and type, and its column when it can be read.
#[derive(Debug)]
pub(crate) struct Field {
    pub name: String,
    pub type_name: String,
    /// The column to read, or why the field cannot be read.
    pub column: Result<ColumnInfo, String>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct ColumnInfo {
    id: usize,
    kind: ColumnKind,
}

#[derive(Debug)]
struct Cluster {
    first: usize,
    entries: usize,
    /// Per physical column id; `None` when the column is absent or suppressed.
    columns: Vec<Option<ColumnPages>>,
}

#[derive(Debug)]
struct ColumnPages {
    element_offset: i64,
    pages: Vec<Page>,
}

#[derive(Debug, Clone, Copy)]
struct Page {
    elements: usize,
    checksum: bool,
    size: usize,
    offset: u64,
}

impl Page {
    fn to_ref(self, kind: ColumnKind) -> PageRef {
        PageRef { page: self, kind }
    }
}

/// Little-endian reads over an envelope, with record and list frames.
struct Le<'a> {
    bytes: &'a [u8],
    pos: usize,
    what: &'a str,
}

impl<'a> Le<'a> {
    fn new(bytes: &'a [u8], what: &'a str) -> Self {
        Self {
            bytes,
            pos: 0,
            what,
        }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| format!("{} is cut short at byte {}", self.what, self.pos))?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn i32(&mut self) -> Result<i32, String> {
        Ok(i32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    fn i64(&mut self) -> Result<i64, String> {
        Ok(i64::from_le_bytes(self.array()?))
    }
    fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        Ok(String::from_utf8_lossy(self.take(n)?).into_owned())
    }
    /// Feature flags: 64-bit words while bit 63 is set; any flag is refused.
    fn feature_flags(&mut self) -> Result<(), String> {
        loop {
            let word = self.u64()?;
            if word & !(1 << 63) != 0 {
                return Err(format!(
                    "{} uses format features this reader does not know (flags {word:#x})",
                    self.what
                ));
            }
            if word & (1 << 63) == 0 {
                return Ok(());
            }
        }
    }
    /// Starts a frame: `(end, Some(items))` for a list frame, `(end, None)`
    /// for a record frame.
    fn frame(&mut self) -> Result<(usize, Option<usize>), String> {
        let start = self.pos;
        let size = self.i64()?;
        let list = size < 0;
        let len = usize::try_from(size.unsigned_abs())
            .map_err(|_| format!("{}: a frame is too large", self.what))?;
        let end = start
            .checked_add(len)
            .filter(|&e| e <= self.bytes.len() && len >= if list { 12 } else { 8 })
            .ok_or_else(|| format!("{}: a frame at byte {start} does not fit", self.what))?;
        let items = if list {
            Some(self.u32()? as usize)
        } else {
            None
        };
        Ok((end, items))
    }
    fn list(&mut self) -> Result<(usize, usize), String> {
        match self.frame()? {
            (end, Some(items)) if items <= self.bytes.len() => Ok((end, items)),
            (_, Some(items)) => Err(format!("{}: a list claims {items} items", self.what)),
            (_, None) => Err(format!("{}: expected a list frame", self.what)),
        }
    }
    fn record(&mut self) -> Result<usize, String> {
        match self.frame()? {
            (end, None) => Ok(end),
            _ => Err(format!("{}: expected a record frame", self.what)),
        }
    }
    fn locator(&mut self) -> Result<(usize, u64), String> {
        let head = self.i32()?;
        if head >= 0 {
            return Ok((head as usize, self.u64()?));
        }
        let h = head.unsigned_abs();
        let kind = h >> 24;
        let size = (h & 0xFFFF) as usize;
        if kind == 1 && size == 20 {
            let n = usize::try_from(self.u64()?)
                .map_err(|_| format!("{}: a locator is too large", self.what))?;
            return Ok((n, self.u64()?));
        }
        Err(format!(
            "{}: a locator of kind {kind} (not a file offset) is not supported",
            self.what
        ))
    }
}

/// Reads an envelope of `kind` (`nbytes` on file at `seek`, `len` once
/// decompressed) and checks its type, length and checksum; returns it with
/// its checksum.
fn envelope(
    file: &FileBytes,
    seek: u64,
    nbytes: usize,
    len: usize,
    kind: u16,
    what: &str,
) -> Result<(Vec<u8>, u64), String> {
    if nbytes > MAX_BLOB || !(16..=MAX_BLOB).contains(&len) {
        return Err(format!(
            "{what} has an implausible size ({nbytes} bytes, {len} expanded)"
        ));
    }
    let raw = file.read(seek, nbytes, what).map_err(|e| e.to_string())?;
    let bytes = if nbytes == len {
        raw
    } else {
        let mut out = Vec::new();
        decompress_into(&raw, len, &mut out, what, &mut Decoders::default())?;
        out
    };
    let word = u64::from_le_bytes(bytes[..8].try_into().expect("16 bytes at least"));
    let (found, length) = ((word & 0xFFFF) as u16, (word >> 16) as usize);
    if found != kind || length != len {
        return Err(format!(
            "{what} is damaged (type {found}, length {length}; expected type {kind}, length {len})"
        ));
    }
    let checksum = u64::from_le_bytes(bytes[len - 8..].try_into().expect("8 bytes"));
    if xxhash_rust::xxh3::xxh3_64(&bytes[..len - 8]) != checksum {
        return Err(format!("{what} is damaged (its checksum does not match)"));
    }
    Ok((bytes, checksum))
}

#[derive(Debug)]
struct FieldRecord {
    name: String,
    type_name: String,
    parent: usize,
    role: u16,
    flags: u16,
}

#[derive(Debug)]
struct ColumnRecord {
    code: u16,
    bits: u16,
    field: usize,
    flags: u16,
    representation: u16,
}

/// The four lists of a schema description (header, or footer's extension).
fn schema(
    c: &mut Le,
    fields: &mut Vec<FieldRecord>,
    columns: &mut Vec<ColumnRecord>,
    aliases: &mut Vec<usize>,
) -> Result<(), String> {
    let (end, n) = c.list()?;
    for _ in 0..n {
        let record_end = c.record()?;
        let _field_version = c.u32()?;
        let _type_version = c.u32()?;
        let parent = c.u32()? as usize;
        let role = c.u16()?;
        let flags = c.u16()?;
        let name = c.string()?;
        let type_name = c.string()?;
        let _alias = c.string()?;
        let _description = c.string()?;
        fields.push(FieldRecord {
            name,
            type_name,
            parent,
            role,
            flags,
        });
        c.pos = record_end;
    }
    c.pos = end;
    let (end, n) = c.list()?;
    for _ in 0..n {
        let record_end = c.record()?;
        columns.push(ColumnRecord {
            code: c.u16()?,
            bits: c.u16()?,
            field: c.u32()? as usize,
            flags: c.u16()?,
            representation: c.u16()?,
        });
        c.pos = record_end;
    }
    c.pos = end;
    let (end, n) = c.list()?;
    for _ in 0..n {
        let record_end = c.record()?;
        let _column = c.u32()?;
        aliases.push(c.u32()? as usize);
        c.pos = record_end;
    }
    c.pos = end;
    let (end, _) = c.list()?;
    c.pos = end;
    Ok(())
}

/// Reads the anchor at key `seek`, the header, footer and page lists.
pub(crate) fn open(file: &FileBytes, seek: u64, name: &str) -> Result<Layout, String> {
    let what = format!("the anchor of RNTuple `{name}`");
    let head = file.read(seek, 18, &what).map_err(|e| e.to_string())?;
    let key_len = usize::from(u16::from_be_bytes([head[14], head[15]]));
    let key_bytes = file.read(seek, key_len, &what).map_err(|e| e.to_string())?;
    let key = Key::parse(&mut Cursor::new(&key_bytes, &what))?;
    let obj_len = usize::try_from(key.obj_len).map_err(|_| format!("{what} is damaged"))?;
    let stored = usize::try_from(key.n_bytes)
        .ok()
        .and_then(|n| n.checked_sub(key_len))
        .filter(|&n| n <= 4096 && obj_len <= 4096)
        .ok_or_else(|| format!("{what} has an implausible size"))?;
    let raw = file
        .read(seek + key_len as u64, stored, &what)
        .map_err(|e| e.to_string())?;
    let anchor = if stored == obj_len {
        raw
    } else {
        let mut out = Vec::new();
        decompress_into(&raw, obj_len, &mut out, &what, &mut Decoders::default())?;
        out
    };
    if anchor.len() < 78 {
        return Err(format!(
            "{what} is {} bytes, shorter than format 1.0's",
            anchor.len()
        ));
    }
    let checksum = u64::from_be_bytes(anchor[anchor.len() - 8..].try_into().expect("8 bytes"));
    if xxhash_rust::xxh3::xxh3_64(&anchor[6..anchor.len() - 8]) != checksum {
        return Err(format!("{what} is damaged (its checksum does not match)"));
    }
    let mut c = Cursor::new(&anchor[6..], &what);
    let epoch = u16::from_be_bytes(c.take(2)?.try_into().expect("2"));
    if epoch != 1 {
        return Err(format!(
            "RNTuple `{name}` is in format epoch {epoch}; epoch 1 (ROOT 6.34 and later) is supported"
        ));
    }
    c.take(6)?; // major, minor, patch
    let mut next = || -> Result<usize, String> {
        usize::try_from(c.i64()?).map_err(|_| format!("{what} is damaged"))
    };
    let (seek_header, nbytes_header, len_header) = (next()?, next()?, next()?);
    let (seek_footer, nbytes_footer, len_footer) = (next()?, next()?, next()?);
    let max_key = next()?;
    if max_key > 0 && (nbytes_header > max_key || nbytes_footer > max_key) {
        return Err(format!(
            "RNTuple `{name}` stores its metadata over several keys, which is not supported"
        ));
    }

    let header_what = format!("the header of RNTuple `{name}`");
    let (header, header_checksum) = envelope(
        file,
        seek_header as u64,
        nbytes_header,
        len_header,
        HEADER,
        &header_what,
    )?;
    let mut c = Le::new(&header[..len_header - 8], &header_what);
    c.take(8)?;
    c.feature_flags()?;
    let _name = c.string()?;
    let _description = c.string()?;
    let _writer = c.string()?;
    let (mut fields, mut columns, mut aliases) = (Vec::new(), Vec::new(), Vec::new());
    schema(&mut c, &mut fields, &mut columns, &mut aliases)?;

    let footer_what = format!("the footer of RNTuple `{name}`");
    let (footer, _) = envelope(
        file,
        seek_footer as u64,
        nbytes_footer,
        len_footer,
        FOOTER,
        &footer_what,
    )?;
    let mut c = Le::new(&footer[..len_footer - 8], &footer_what);
    c.take(8)?;
    c.feature_flags()?;
    if c.u64()? != header_checksum {
        return Err(format!("{footer_what} belongs to another header"));
    }
    let extension_end = c.record()?;
    if extension_end > c.pos {
        schema(&mut c, &mut fields, &mut columns, &mut aliases)?;
    }
    c.pos = extension_end;
    let mut groups = Vec::new();
    let (_, n) = c.list()?; // what follows the cluster groups is not needed
    for _ in 0..n {
        let record_end = c.record()?;
        let _min_entry = c.u64()?;
        let _span = c.u64()?;
        let _clusters = c.u32()?;
        let len = usize::try_from(c.u64()?).map_err(|_| format!("{footer_what} is damaged"))?;
        let (nbytes, offset) = c.locator()?;
        groups.push((len, nbytes, offset));
        c.pos = record_end;
    }

    let mut clusters = Vec::new();
    for (g, (len, nbytes, offset)) in groups.into_iter().enumerate() {
        let what = format!("page list {g} of RNTuple `{name}`");
        let (list, _) = envelope(file, offset, nbytes, len, PAGE_LIST, &what)?;
        let mut c = Le::new(&list[..len - 8], &what);
        c.take(8)?;
        if c.u64()? != header_checksum {
            return Err(format!("{what} belongs to another header"));
        }
        let mut summaries = Vec::new();
        let (end, n) = c.list()?;
        for _ in 0..n {
            let record_end = c.record()?;
            let first = c.u64()?;
            let v = c.u64()?;
            if v >> 56 & 1 != 0 {
                return Err(format!("{what}: sharded clusters are not supported"));
            }
            let first = usize::try_from(first).map_err(|_| format!("{what} is damaged"))?;
            summaries.push((first, (v & ((1 << 56) - 1)) as usize));
            c.pos = record_end;
        }
        c.pos = end;
        let (end, n) = c.list()?;
        if n != summaries.len() {
            return Err(format!(
                "{what} lists {n} clusters' pages for {} clusters",
                summaries.len()
            ));
        }
        for &(first, entries) in &summaries {
            let (cluster_end, n_columns) = c.list()?;
            let mut cols = Vec::with_capacity(n_columns);
            for _ in 0..n_columns {
                let (column_end, n_pages) = c.list()?;
                let mut pages = Vec::with_capacity(n_pages);
                for _ in 0..n_pages {
                    let elements = c.i32()?;
                    let (size, offset) = c.locator()?;
                    pages.push(Page {
                        elements: elements.unsigned_abs() as usize,
                        checksum: elements < 0,
                        size,
                        offset,
                    });
                }
                let element_offset = c.i64()?;
                cols.push((element_offset >= 0).then_some(ColumnPages {
                    element_offset,
                    pages,
                }));
                c.pos = column_end;
            }
            c.pos = cluster_end;
            clusters.push(Cluster {
                first,
                entries,
                columns: cols,
            });
        }
        c.pos = end;
    }
    clusters.sort_by_key(|c| c.first);
    let mut entries = 0usize;
    for cluster in &clusters {
        if cluster.first != entries {
            return Err(format!(
                "RNTuple `{name}`: its clusters do not follow each other (one starts at entry {}, \
                 expected {entries})",
                cluster.first
            ));
        }
        entries += cluster.entries;
    }

    let top: Vec<Field> = fields
        .iter()
        .enumerate()
        .filter(|(id, f)| f.parent == *id)
        .map(|(id, f)| Field {
            name: f.name.clone(),
            type_name: f.type_name.clone(),
            column: flat_column(id, f, &fields, &columns, &aliases),
        })
        .collect();
    Ok(Layout {
        entries,
        fields: top,
        clusters,
    })
}

/// The one column of a flat numeric field, or why the field cannot be read.
fn flat_column(
    id: usize,
    field: &FieldRecord,
    fields: &[FieldRecord],
    columns: &[ColumnRecord],
    aliases: &[usize],
) -> Result<ColumnInfo, String> {
    const SUPPORTED: &str =
        "flat fields of numbers (bool, float, double, integers) of RNTuples are supported";
    let numeric = matches!(
        field.type_name.as_str(),
        "bool"
            | "float"
            | "double"
            | "std::int8_t"
            | "std::uint8_t"
            | "std::int16_t"
            | "std::uint16_t"
            | "std::int32_t"
            | "std::uint32_t"
            | "std::int64_t"
            | "std::uint64_t"
    );
    let has_children = fields
        .iter()
        .enumerate()
        .any(|(other, f)| other != id && f.parent == id);
    if !numeric || field.role != 0 || field.flags != 0 || has_children {
        return Err(format!("is a `{}` field: {SUPPORTED}", field.type_name));
    }
    if aliases.contains(&id) {
        return Err(format!("is a projected field: {SUPPORTED}"));
    }
    let own: Vec<(usize, &ColumnRecord)> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.field == id)
        .collect();
    let [(column, record)] = own.as_slice() else {
        return Err(format!(
            "has {} columns (several representations), which is not supported",
            own.len()
        ));
    };
    if record.representation != 0 || record.flags != 0 {
        return Err(
            "has a deferred or ranged column (written after the first entries), which is not \
             supported"
                .into(),
        );
    }
    let kind = ColumnKind::from_code(record.code)
        .filter(|k| k.bits() == usize::from(record.bits))
        .ok_or_else(|| {
            format!(
                "is stored in a column of type {:#04x} with {} bits, which is not supported",
                record.code, record.bits
            )
        })?;
    Ok(ColumnInfo { id: *column, kind })
}

impl Layout {
    /// The first entry of every cluster, then the number of entries.
    pub(crate) fn cluster_starts(&self) -> Vec<usize> {
        self.clusters
            .iter()
            .map(|c| c.first)
            .chain(std::iter::once(self.entries))
            .collect()
    }

    /// The pages of `column` that hold entries `range`, each with its first
    /// entry, in entry order.
    pub(crate) fn pages(
        &self,
        column: ColumnInfo,
        range: &Range<usize>,
        name: &str,
    ) -> Result<Vec<(usize, PageRef)>, String> {
        let mut out = Vec::new();
        for cluster in &self.clusters {
            if cluster.first >= range.end || cluster.first + cluster.entries <= range.start {
                continue;
            }
            let pages = cluster
                .columns
                .get(column.id)
                .and_then(Option::as_ref)
                .filter(|p| p.element_offset == cluster.first as i64)
                .ok_or_else(|| {
                    format!(
                        "field `{name}` has no values in the cluster of entry {} (a deferred or \
                         suppressed column), which is not supported",
                        cluster.first
                    )
                })?;
            let total: usize = pages.pages.iter().map(|p| p.elements).sum();
            if total != cluster.entries {
                return Err(format!(
                    "field `{name}`: the cluster of entry {} holds {total} values for {} entries",
                    cluster.first, cluster.entries
                ));
            }
            let mut first = cluster.first;
            for page in &pages.pages {
                if first < range.end && first + page.elements > range.start {
                    out.push((first, page.to_ref(column.kind)));
                }
                first += page.elements;
            }
        }
        Ok(out)
    }
}
