//! One basket of one branch: read from its key, decompressed and split into
//! the entries' bytes and, where entries differ in size, where each entry
//! starts. The file bytes and the decompressed bytes go into buffers that
//! the caller reuses from basket to basket.

use oxyroot::EmbeddedBasket;

use super::compress::{Decoders, decompress_into};
use super::file::{Cursor, FileBytes, Key};

/// Baskets larger than this once decompressed are refused: ROOT's own limit
/// on a basket buffer is 1 GiB (`TBuffer::kMaxBufferSize`).
const MAX_BASKET_BYTES: usize = 1 << 30;

/// Buffers reused from basket to basket.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    raw: Vec<u8>,
    expanded: Vec<u8>,
    decoders: Decoders,
}

/// A basket's entries: their bytes back to back and, for entries of
/// different sizes, the start of each entry in `data` plus the end of the
/// last one.
#[derive(Debug)]
pub(crate) struct BasketBytes<'a> {
    pub data: &'a [u8],
    pub offsets: Option<Vec<usize>>,
    pub entries: usize,
}

/// Reads basket `seek` (`n_bytes` on file) holding `entries` entries.
pub(crate) fn read_basket<'a>(
    file: &FileBytes,
    seek: u64,
    n_bytes: usize,
    entries: usize,
    what: &str,
    scratch: &'a mut Scratch,
) -> Result<BasketBytes<'a>, String> {
    file.read_into(seek, n_bytes, what, &mut scratch.raw)
        .map_err(|e| strip_path(&e.to_string(), file))?;
    let raw = &scratch.raw;
    let mut c = Cursor::new(raw, what);
    let key = Key::parse(&mut c)?;
    if key.class != "TBasket" {
        return Err(format!(
            "{what} at byte {seek} is a `{}`, not a TBasket",
            key.class
        ));
    }
    let _version = c.i16()?;
    let _buffer_size = c.i32()?;
    let _nev_size = c.i32()?;
    let nev_buf = c.i32()?;
    let last = c.i32()?;
    let key_len =
        usize::try_from(key.key_len).map_err(|_| format!("{what}: negative key length"))?;
    let obj_len = usize::try_from(key.obj_len)
        .ok()
        .filter(|&n| n <= MAX_BASKET_BYTES)
        .ok_or_else(|| format!("{what} claims {} bytes once decompressed", key.obj_len))?;
    let stored = usize::try_from(key.n_bytes)
        .ok()
        .filter(|&n| n == n_bytes && n >= key_len)
        .ok_or_else(|| {
            format!(
                "{what}: its key says {} bytes, the branch says {n_bytes}",
                key.n_bytes
            )
        })?;
    let payload = &scratch.raw[key_len..stored];
    let data: &[u8] = if payload.len() == obj_len {
        payload
    } else {
        decompress_into(
            payload,
            obj_len,
            &mut scratch.expanded,
            what,
            &mut scratch.decoders,
        )?;
        &scratch.expanded
    };
    split_entries(data, key_len, last, nev_buf, entries, what)
}

/// A basket kept inside its branch: its buffer has `key_len` bytes of room
/// for the header, the data up to `last` and the entry offsets beside it.
pub(crate) fn embedded_basket<'a>(
    basket: &'a EmbeddedBasket,
    entries: usize,
    what: &str,
) -> Result<BasketBytes<'a>, String> {
    let key_len =
        usize::try_from(basket.key_len).map_err(|_| format!("{what}: negative key length"))?;
    let last = usize::try_from(basket.last)
        .ok()
        .filter(|&l| l >= key_len && l <= basket.buffer.len())
        .ok_or_else(|| {
            format!(
                "{what}: its data end ({}) lies outside its buffer ({} bytes)",
                basket.last,
                basket.buffer.len()
            )
        })?;
    let data = &basket.buffer[key_len..last];
    let offsets = if basket.offsets.is_empty() {
        None
    } else {
        Some(entry_offsets(
            basket.offsets.iter().copied(),
            key_len,
            data.len(),
            entries,
            what,
        )?)
    };
    Ok(BasketBytes {
        data,
        offsets,
        entries,
    })
}

/// Splits a decompressed basket into the entries' bytes and their offsets.
/// ROOT writes the offsets after the data (at `last - key_len`): a count,
/// then one offset per entry counted from the key's start.
fn split_entries<'a>(
    data: &'a [u8],
    key_len: usize,
    last: i32,
    nev_buf: i32,
    entries: usize,
    what: &str,
) -> Result<BasketBytes<'a>, String> {
    let border = usize::try_from(last)
        .ok()
        .and_then(|l| l.checked_sub(key_len))
        .filter(|&b| b <= data.len())
        .ok_or_else(|| format!("{what}: its data end ({last}) lies outside the basket"))?;
    if usize::try_from(nev_buf).ok() != Some(entries) {
        return Err(format!(
            "{what} holds {nev_buf} entries, the branch says {entries}"
        ));
    }
    let (data, tail) = data.split_at(border);
    if tail.is_empty() {
        return Ok(BasketBytes {
            data,
            offsets: None,
            entries,
        });
    }
    let mut c = Cursor::new(tail, what);
    let count = usize::try_from(c.i32()?).map_err(|_| format!("{what}: negative offset count"))?;
    if count < entries || count > tail.len() / 4 {
        return Err(format!(
            "{what}: {count} entry offsets for {entries} entries"
        ));
    }
    let mut raw = Vec::with_capacity(entries);
    for _ in 0..entries {
        raw.push(c.i32()?);
    }
    let offsets = entry_offsets(raw.into_iter(), key_len, border, entries, what)?;
    Ok(BasketBytes {
        data,
        offsets: Some(offsets),
        entries,
    })
}

/// Turns ROOT's entry offsets (from the key's start) into starts in the
/// data, plus the end; they must rise and stay inside the data.
fn entry_offsets(
    raw: impl Iterator<Item = i32>,
    key_len: usize,
    data_len: usize,
    entries: usize,
    what: &str,
) -> Result<Vec<usize>, String> {
    let mut out = Vec::with_capacity(entries + 1);
    for offset in raw.take(entries) {
        let start = usize::try_from(offset)
            .ok()
            .and_then(|o| o.checked_sub(key_len))
            .filter(|&s| s <= data_len && out.last().is_none_or(|&p| p <= s))
            .ok_or_else(|| format!("{what}: entry offset {offset} is out of order or range"))?;
        out.push(start);
    }
    if out.len() != entries {
        return Err(format!(
            "{what}: {} entry offsets for {entries} entries",
            out.len()
        ));
    }
    out.push(data_len);
    Ok(out)
}

fn strip_path(message: &str, file: &FileBytes) -> String {
    let prefix = format!("{}: ", file.path().display());
    message.strip_prefix(&prefix).unwrap_or(message).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_must_rise_and_stay_inside() {
        assert_eq!(
            entry_offsets([10, 12, 12].into_iter(), 10, 5, 3, "b").unwrap(),
            vec![0, 2, 2, 5]
        );
        assert!(entry_offsets([10, 9].into_iter(), 10, 5, 2, "b").is_err());
        assert!(entry_offsets([10, 99].into_iter(), 10, 5, 2, "b").is_err());
        assert!(entry_offsets([10].into_iter(), 10, 5, 2, "b").is_err());
    }
}
