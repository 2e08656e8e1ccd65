//! RNTuple pages: the column encodings of numbers and how a page is read,
//! checked, decompressed and decoded.

use std::ops::Range;

use super::Page;
use crate::io::root::compress::{Decoders, decompress_into};
use crate::io::root::file::FileBytes;

/// Envelopes and pages larger than this are refused.
const MAX_PAGE: usize = 1 << 30;

/// Column encodings of numbers (format 1.0 codes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum ColumnKind {
    Bit,
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Real16,
    Real32,
    Real64,
    SplitInt16,
    SplitUInt16,
    SplitInt32,
    SplitUInt32,
    SplitInt64,
    SplitUInt64,
    SplitReal32,
    SplitReal64,
}

impl ColumnKind {
    pub(super) fn from_code(code: u16) -> Option<Self> {
        use ColumnKind::*;
        Some(match code {
            0x00 => Bit,
            0x03 => Int8,
            0x04 => UInt8,
            0x05 => Int16,
            0x06 => UInt16,
            0x07 => Int32,
            0x08 => UInt32,
            0x09 => Int64,
            0x0A => UInt64,
            0x0B => Real16,
            0x0C => Real32,
            0x0D => Real64,
            0x11 => SplitInt16,
            0x12 => SplitUInt16,
            0x13 => SplitInt32,
            0x14 => SplitUInt32,
            0x15 => SplitInt64,
            0x16 => SplitUInt64,
            0x18 => SplitReal32,
            0x19 => SplitReal64,
            _ => return None,
        })
    }

    pub(super) fn bits(self) -> usize {
        use ColumnKind::*;
        match self {
            Bit => 1,
            Int8 | UInt8 => 8,
            Int16 | UInt16 | Real16 | SplitInt16 | SplitUInt16 => 16,
            Int32 | UInt32 | Real32 | SplitInt32 | SplitUInt32 | SplitReal32 => 32,
            Int64 | UInt64 | Real64 | SplitInt64 | SplitUInt64 | SplitReal64 => 64,
        }
    }

    /// Decodes `n` elements of a page into `out`.
    fn decode(self, page: &[u8], out: &mut [f32]) {
        use ColumnKind::*;
        let n = out.len();
        // Byte k of element i sits at `k * n + i` in a split page.
        let unsplit = |i: usize, width: usize| -> u64 {
            (0..width).fold(0u64, |acc, k| acc | u64::from(page[k * n + i]) << (8 * k))
        };
        let zigzag = |u: u64| (u >> 1) as i64 ^ -((u & 1) as i64);
        macro_rules! plain {
            ($t:ty, $w:expr) => {
                for (o, b) in out.iter_mut().zip(page.chunks_exact($w)) {
                    let mut a = [0u8; $w];
                    a.copy_from_slice(b);
                    *o = <$t>::from_le_bytes(a) as f32;
                }
            };
        }
        match self {
            Bit => {
                for (i, o) in out.iter_mut().enumerate() {
                    *o = f32::from((page[i >> 3] >> (i & 7)) & 1);
                }
            }
            Int8 => plain!(i8, 1),
            UInt8 => plain!(u8, 1),
            Int16 => plain!(i16, 2),
            UInt16 => plain!(u16, 2),
            Int32 => plain!(i32, 4),
            UInt32 => plain!(u32, 4),
            Int64 => plain!(i64, 8),
            UInt64 => plain!(u64, 8),
            Real16 => {
                for (o, b) in out.iter_mut().zip(page.chunks_exact(2)) {
                    *o = half::f16::from_le_bytes([b[0], b[1]]).to_f32();
                }
            }
            Real32 => plain!(f32, 4),
            Real64 => plain!(f64, 8),
            SplitUInt16 | SplitUInt32 | SplitUInt64 => {
                let width = self.bits() / 8;
                for (i, o) in out.iter_mut().enumerate() {
                    *o = unsplit(i, width) as f32;
                }
            }
            SplitInt16 | SplitInt32 | SplitInt64 => {
                let width = self.bits() / 8;
                for (i, o) in out.iter_mut().enumerate() {
                    *o = zigzag(unsplit(i, width)) as f32;
                }
            }
            SplitReal32 => {
                for (i, o) in out.iter_mut().enumerate() {
                    *o = f32::from_bits(unsplit(i, 4) as u32);
                }
            }
            SplitReal64 => {
                for (i, o) in out.iter_mut().enumerate() {
                    *o = f64::from_bits(unsplit(i, 8)) as f32;
                }
            }
        }
    }
}

/// A page to read and how to decode it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageRef {
    pub(super) page: Page,
    pub(super) kind: ColumnKind,
}

impl PageRef {
    /// Number of values in the page.
    pub(crate) fn elements(&self) -> usize {
        self.page.elements
    }

    /// Reads, checks, decompresses and decodes the page's values `keep`
    /// into `out` (`keep.len()` values), reusing `raw` and `expanded`.
    pub(crate) fn read_into(
        &self,
        file: &FileBytes,
        keep: Range<usize>,
        out: &mut [f32],
        buffers: &mut (Vec<u8>, Vec<u8>, Decoders),
        what: &str,
    ) -> Result<(), String> {
        let page = self.page;
        let expected = (page.elements * self.kind.bits()).div_ceil(8);
        if page.size > MAX_PAGE || expected > MAX_PAGE {
            return Err(format!(
                "{what} has an implausible size ({} bytes)",
                page.size
            ));
        }
        let (raw, expanded, decoders) = buffers;
        let stored = page.size + if page.checksum { 8 } else { 0 };
        file.read_into(page.offset, stored, what, raw)
            .map_err(|e| e.to_string())?;
        if page.checksum {
            let sum = u64::from_le_bytes(raw[page.size..].try_into().expect("8 bytes"));
            if xxhash_rust::xxh3::xxh3_64(&raw[..page.size]) != sum {
                return Err(format!("{what} is damaged (its checksum does not match)"));
            }
        }
        let bytes: &[u8] = if page.size == expected {
            &raw[..page.size]
        } else {
            decompress_into(&raw[..page.size], expected, expanded, what, decoders)?;
            expanded
        };
        let mut all = vec![0.0f32; page.elements];
        self.kind.decode(bytes, &mut all);
        out.copy_from_slice(&all[keep]);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_columns_are_put_back_together() {
        // Two 32-bit values, 0x04030201 and 0x08070605, byte-split.
        let page = [0x01, 0x05, 0x02, 0x06, 0x03, 0x07, 0x04, 0x08];
        let mut out = [0.0f32; 2];
        ColumnKind::SplitUInt32.decode(&page, &mut out);
        assert_eq!(out, [0x0403_0201u32 as f32, 0x0807_0605u32 as f32]);
        // Zigzag: 499 is -250, 0 is 0, 1 is -1, 2 is 1.
        let page = [0xf3, 0, 1, 2, 0x01, 0, 0, 0];
        let mut out = [0.0f32; 4];
        ColumnKind::SplitInt16.decode(&page, &mut out);
        assert_eq!(out, [-250.0, 0.0, -1.0, 1.0]);
        // Bits, least significant first; bits past the end are ignored.
        let mut out = [0.0f32; 3];
        ColumnKind::Bit.decode(&[0b1111_1101], &mut out);
        assert_eq!(out, [1.0, 0.0, 1.0]);
    }
}
