//! ROOT's compressed blocks, as TTree baskets and RNTuple envelopes and
//! pages store them: a 9-byte header (algorithm `ZL`, `XZ`, `L4`, `ZS`, a
//! method byte, the compressed and the uncompressed size as 3-byte
//! little-endian numbers) and the data; objects over 16 MiB take several
//! blocks. The block sizes are checked to add up before anything is
//! allocated or decoded.

use std::io::Read;

/// One block: its algorithm, where its data lies in the payload, and how
/// many bytes it expands to.
struct Block {
    algorithm: Algorithm,
    data: std::ops::Range<usize>,
    expanded: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Algorithm {
    Zlib,
    Lzma,
    Lz4,
    Zstd,
}

impl Algorithm {
    fn name(self) -> &'static str {
        match self {
            Algorithm::Zlib => "ZLIB",
            Algorithm::Lzma => "LZMA",
            Algorithm::Lz4 => "LZ4",
            Algorithm::Zstd => "ZSTD",
        }
    }
}

/// The blocks of `payload`, which must expand to exactly `expanded` bytes.
fn blocks(payload: &[u8], expanded: usize, what: &str) -> Result<Vec<Block>, String> {
    let mut out = Vec::new();
    let mut declared = 0usize;
    let mut at = 0usize;
    while at < payload.len() {
        let header = payload
            .get(at..at + 9)
            .ok_or_else(|| format!("{what}: a compressed block header is cut short"))?;
        let algorithm = match &header[..2] {
            b"ZL" => Algorithm::Zlib,
            b"XZ" => Algorithm::Lzma,
            b"L4" => Algorithm::Lz4,
            b"ZS" => Algorithm::Zstd,
            b"CS" => {
                return Err(format!(
                    "{what} uses ROOT's old (pre-2004, `CS`) compression, which is not supported"
                ));
            }
            other => {
                return Err(format!(
                    "{what} has an unknown compression header `{}`",
                    other.escape_ascii()
                ));
            }
        };
        let size = |b: &[u8]| usize::from(b[0]) | usize::from(b[1]) << 8 | usize::from(b[2]) << 16;
        let compressed = size(&header[3..6]);
        let block_expanded = size(&header[6..9]);
        let start = at + 9;
        at = start + compressed;
        if at > payload.len() {
            return Err(format!(
                "{what}: a {} block of {compressed} bytes runs past the data",
                algorithm.name()
            ));
        }
        declared += block_expanded;
        out.push(Block {
            algorithm,
            data: start..at,
            expanded: block_expanded,
        });
    }
    if declared != expanded {
        return Err(format!(
            "{what}: its compressed blocks expand to {declared} bytes, its header says {expanded}"
        ));
    }
    Ok(out)
}

/// Decompression contexts kept from block to block (creating a ZSTD or
/// libdeflate context per block costs as much as a small block itself).
#[derive(Default)]
pub(crate) struct Decoders {
    zlib: Option<libdeflater::Decompressor>,
    zstd: Option<zstd::bulk::Decompressor<'static>>,
}

impl std::fmt::Debug for Decoders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Decoders")
    }
}

/// Decompresses `payload` into `out`, resized to `expanded` bytes (its
/// allocation is reused from call to call).
pub(crate) fn decompress_into(
    payload: &[u8],
    expanded: usize,
    out: &mut Vec<u8>,
    what: &str,
    decoders: &mut Decoders,
) -> Result<(), String> {
    let blocks = blocks(payload, expanded, what)?;
    // Every byte is written below (each block must fill its share), so a
    // reused buffer is only resized, not cleared.
    out.resize(expanded, 0);
    let mut at = 0usize;
    for block in blocks {
        let src = &payload[block.data];
        let dst = &mut out[at..at + block.expanded];
        let fail = |e: &dyn std::fmt::Display| {
            format!(
                "{what}: a {} block is damaged ({e})",
                block.algorithm.name()
            )
        };
        match block.algorithm {
            Algorithm::Zlib => {
                let n = decoders
                    .zlib
                    .get_or_insert_with(libdeflater::Decompressor::new)
                    .zlib_decompress(src, dst)
                    .map_err(|e| fail(&e))?;
                if n != block.expanded {
                    return Err(fail(&format!("{n} bytes instead of {}", block.expanded)));
                }
            }
            Algorithm::Lzma => liblzma::read::XzDecoder::new(src)
                .read_exact(dst)
                .map_err(|e| fail(&e))?,
            Algorithm::Lz4 => {
                // An 8-byte checksum of the compressed data precedes the LZ4 block.
                let data = src
                    .get(8..)
                    .ok_or_else(|| fail(&"shorter than its checksum"))?;
                let size = i32::try_from(block.expanded).map_err(|e| fail(&e))?;
                let n = lz4::block::decompress_to_buffer(data, Some(size), dst)
                    .map_err(|e| fail(&e))?;
                if n != block.expanded {
                    return Err(fail(&format!("{n} bytes instead of {}", block.expanded)));
                }
            }
            Algorithm::Zstd => {
                let context = match &mut decoders.zstd {
                    Some(context) => context,
                    empty => empty.insert(zstd::bulk::Decompressor::new().map_err(|e| fail(&e))?),
                };
                let n = context
                    .decompress_to_buffer(src, dst)
                    .map_err(|e| fail(&e))?;
                if n != block.expanded {
                    return Err(fail(&format!("{n} bytes instead of {}", block.expanded)));
                }
            }
        }
        at += block.expanded;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(tag: &[u8; 2], data: &[u8], expanded: usize) -> Vec<u8> {
        let mut out = tag.to_vec();
        out.push(0);
        for n in [data.len(), expanded] {
            out.extend_from_slice(&[n as u8, (n >> 8) as u8, (n >> 16) as u8]);
        }
        out.extend_from_slice(data);
        out
    }

    #[test]
    fn blocks_that_do_not_add_up_are_refused_before_allocating() {
        let payload = block(b"ZL", &[1, 2, 3], 0xff_ffff);
        let mut out = Vec::new();
        let err = decompress_into(
            &payload,
            100,
            &mut out,
            "basket 0",
            &mut Decoders::default(),
        )
        .unwrap_err();
        assert!(err.contains("expand to 16777215 bytes"), "{err}");
        assert!(out.capacity() < 1000);
        let err = decompress_into(
            &payload[..10],
            100,
            &mut out,
            "basket 0",
            &mut Decoders::default(),
        )
        .unwrap_err();
        assert!(err.contains("runs past the data"), "{err}");
        let err = decompress_into(
            &block(b"QQ", &[], 0),
            0,
            &mut out,
            "b",
            &mut Decoders::default(),
        )
        .unwrap_err();
        assert!(err.contains("unknown compression header `QQ`"), "{err}");
    }

    #[test]
    fn every_algorithm_round_trips_across_several_blocks() {
        let plain: Vec<u8> = (0..3000u32).flat_map(|i| (i % 251).to_le_bytes()).collect();
        let (a, b) = plain.split_at(5000);
        let zlib = |d: &[u8]| {
            let mut c = vec![0; d.len() + 64];
            let n = libdeflater::Compressor::new(libdeflater::CompressionLvl::default())
                .zlib_compress(d, &mut c)
                .unwrap();
            c.truncate(n);
            c
        };
        let zstd = |d: &[u8]| zstd::bulk::compress(d, 3).unwrap();
        let lz4 = |d: &[u8]| {
            let mut c = vec![0u8; 8];
            c.extend(lz4::block::compress(d, None, false).unwrap());
            c
        };
        for (name, f) in [
            ("zlib", &zlib as &dyn Fn(&[u8]) -> Vec<u8>),
            ("zstd", &zstd),
            ("lz4", &lz4),
        ] {
            let tag = match name {
                "zlib" => b"ZL",
                "zstd" => b"ZS",
                _ => b"L4",
            };
            let mut payload = block(tag, &f(a), a.len());
            payload.extend(block(tag, &f(b), b.len()));
            let mut out = Vec::new();
            decompress_into(
                &payload,
                plain.len(),
                &mut out,
                name,
                &mut Decoders::default(),
            )
            .unwrap();
            assert_eq!(out, plain, "{name}");
        }
    }
}
