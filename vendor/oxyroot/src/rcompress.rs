use flate2::read::ZlibDecoder;
use lz4::block::decompress_to_buffer as LZ4_decompress_to_buffer;
use std::io::Read;
use liblzma::read::XzDecoder;

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    /// tmva-burn: a compression scheme this reader cannot decode.
    Unsupported(&'static str),
    /// tmva-burn: block headers that do not fit the buffer.
    Corrupt(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "decompression failed: {e}"),
            Error::Unsupported(what) => write!(f, "unsupported compression: {what}"),
            Error::Corrupt(what) => write!(f, "corrupt compressed data: {what}"),
        }
    }
}

// Note: this contains ZL[src][dst] where src and dst are 3 bytes each.
const HEADER_SIZE: usize = 9;

// because each zipped block contains:
// - the size of the input data
// - the size of the compressed data
// where each size is saved on 3 bytes, the maximal size
// of each block can not be bigger than 16Mb.
#[allow(dead_code)]
const K_MAX_COMPRESSED_BLOCK_SIZE: usize = 0xffffff;

#[allow(dead_code)]
#[derive(PartialEq)]
enum Kind {
    #[allow(dead_code)]
    Inherit = -1,
    UseGlobal = 0,
    Zlib = 1,
    Lzma = 2,
    OldCompression = 3,
    LZ4 = 4,
    Zstd = 5,
    UndefinedCompression = 6,
}

// kindOf returns the kind of compression algorithm.
fn kind_of(buf: &[u8]) -> Kind {
    match (buf[0] as char, buf[1] as char) {
        ('Z', 'L') => Kind::Zlib,
        ('X', 'Z') => Kind::Lzma,
        ('L', '4') => Kind::LZ4,
        ('Z', 'S') => Kind::Zstd,
        ('C', 'S') => Kind::OldCompression,

        _ => Kind::UndefinedCompression,
    }
}

/// tmva-burn rewrite: decodes every compressed block into its own slice of
/// `dst` (upstream decoded only the first block and hit `unimplemented!` on
/// ZSTD and on unknown headers), with bounds checks instead of panics.
pub fn decompress(dst: &mut [u8], src: &[u8]) -> Result<usize> {
    let mut src_pos = 0usize;
    let mut dst_pos = 0usize;
    while dst_pos < dst.len() {
        if src.len() < src_pos + HEADER_SIZE {
            return Err(Error::Corrupt(format!(
                "block header at byte {src_pos} runs past the {} compressed bytes",
                src.len()
            )));
        }
        let hdr = &src[src_pos..src_pos + HEADER_SIZE];
        let srcsz = hdr[3] as usize | (hdr[4] as usize) << 8 | (hdr[5] as usize) << 16;
        let tgtsz = hdr[6] as usize | (hdr[7] as usize) << 8 | (hdr[8] as usize) << 16;
        let block_start = src_pos + HEADER_SIZE;
        if src.len() < block_start + srcsz || dst.len() < dst_pos + tgtsz {
            return Err(Error::Corrupt(format!(
                "block of {srcsz} bytes into {tgtsz} bytes does not fit ({} compressed, {} expanded)",
                src.len(),
                dst.len()
            )));
        }
        let block = &src[block_start..block_start + srcsz];
        let out = &mut dst[dst_pos..dst_pos + tgtsz];
        match kind_of(hdr) {
            Kind::Zlib => ZlibDecoder::new(block).read_exact(out)?,
            Kind::Lzma => XzDecoder::new(block).read_exact(out)?,
            Kind::LZ4 => {
                // 8 bytes of checksum precede the LZ4 block.
                if block.len() < 8 {
                    return Err(Error::Corrupt("LZ4 block shorter than its checksum".into()));
                }
                LZ4_decompress_to_buffer(&block[8..], Some(tgtsz as i32), out)?;
            }
            Kind::Zstd => {
                let mut decoder = ruzstd::decoding::StreamingDecoder::new(block)
                    .map_err(|e| Error::Corrupt(format!("ZSTD frame: {e}")))?;
                decoder.read_exact(out)?;
            }
            Kind::OldCompression => return Err(Error::Unsupported("ROOT's old (CS) compression")),
            _ => return Err(Error::Unsupported("unknown block header")),
        }
        src_pos = block_start + srcsz;
        dst_pos += tgtsz;
    }
    Ok(dst_pos)
}

fn root_compress_algo_level(algo: i32) -> (Kind, i32) {
    let kind = algo / 100;
    let level = algo % 100;
    let kind = match kind {
        0 => Kind::UseGlobal,
        1 => Kind::Zlib,
        2 => Kind::Lzma,
        3 => Kind::OldCompression,
        4 => Kind::LZ4,
        5 => Kind::Zstd,
        _ => Kind::UndefinedCompression,
    };
    (kind, level)
}

/// tmva-burn: zlib compression as ROOT's `R__zipMultipleAlgorithm` writes
/// it: blocks of at most 16 MiB - 1, each with the 9-byte header `ZL`,
/// method 8 (deflate), its compressed and uncompressed sizes (3 bytes each,
/// little-endian), then a zlib stream. A buffer that does not shrink is
/// stored as it is (readers see the sizes equal). Other algorithms are
/// refused.
pub fn compress(src: Vec<u8>, compression: i32) -> Result<Vec<u8>> {
    use std::io::Write;

    let (kind, level) = root_compress_algo_level(compression);

    if kind == Kind::UseGlobal || level == 0 || src.len() < 512 {
        return Ok(src);
    }
    if kind != Kind::Zlib {
        return Err(Error::Unsupported("writing with an algorithm other than zlib"));
    }
    const MAX_BLOCK: usize = 0xff_ffff;
    let mut out = Vec::with_capacity(src.len() / 2 + HEADER_SIZE);
    for chunk in src.chunks(MAX_BLOCK) {
        let mut encoder = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(chunk.len() / 2),
            flate2::Compression::new(level.clamp(1, 9) as u32),
        );
        encoder.write_all(chunk)?;
        let compressed = encoder.finish()?;
        if compressed.len() > MAX_BLOCK || out.len() + HEADER_SIZE + compressed.len() >= src.len() {
            return Ok(src);
        }
        let (c, u) = (compressed.len() as u32, chunk.len() as u32);
        out.extend_from_slice(b"ZL");
        out.push(8);
        out.extend_from_slice(&c.to_le_bytes()[..3]);
        out.extend_from_slice(&u.to_le_bytes()[..3]);
        out.extend_from_slice(&compressed);
    }
    Ok(out)
}
