//! ROOT's one-dimensional histogram of doubles (`TH1D`), streamed as ROOT
//! 6.40 streams it, for the histograms TMVAGui's macros read from the
//! output file: `TH1D` v3 = `TH1` v8 (`TNamed`, `TAttLine`, `TAttFill`,
//! `TAttMarker`, the number of cells, three `TAxis` v10, bar settings,
//! statistics, contour and `fSumw2` arrays, option, an empty function
//! `TList`, no buffer, error options) then the contents as a `TArrayD`.
//! Checked byte for byte against uproot's writer of the same histogram
//! (`tests/data/make_hist_reference.py`) and read back by ROOT.

use super::file::Cursor;

/// `kByteCountMask`: marks the 4 bytes before a version as a byte count.
const BYTE_COUNT: u32 = 0x4000_0000;
/// `kIsOnHeap | kNotDeleted`, as ROOT's objects in memory carry them.
const ON_HEAP: u32 = 0x0300_0000;
/// `kMustCleanup`, set on histograms.
const MUST_CLEANUP: u32 = 1 << 3;

/// A histogram with equal bins on `[min, max)`, filled like ROOT's `TH1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Histogram {
    /// Key and object name.
    pub name: String,
    /// Title.
    pub title: String,
    /// The x axis' title.
    pub x_title: String,
    /// The y axis' title.
    pub y_title: String,
    /// Number of bins.
    pub bins: usize,
    /// Lower edge of the first bin.
    pub min: f64,
    /// Upper edge of the last bin.
    pub max: f64,
    /// `bins + 2` contents: underflow, the bins, overflow.
    pub contents: Vec<f64>,
    /// Sums of squared weights per cell (`TH1::Sumw2`), or empty.
    pub sumw2: Vec<f64>,
    /// `fEntries`.
    pub entries: f64,
    /// Σw, Σw², Σwx, Σwx² over the bins (not under- or overflow).
    pub stats: [f64; 4],
}

impl Histogram {
    /// An empty histogram with `bins` bins on `[min, max)`, keeping the
    /// squared weights.
    pub fn new(name: &str, title: &str, bins: usize, min: f64, max: f64) -> Self {
        Self {
            name: name.to_string(),
            title: title.to_string(),
            x_title: String::new(),
            y_title: String::new(),
            bins,
            min,
            max,
            contents: vec![0.0; bins + 2],
            sumw2: vec![0.0; bins + 2],
            entries: 0.0,
            stats: [0.0; 4],
        }
    }

    /// The cell `x` falls in: 0 below `min`, `bins + 1` at or above `max`
    /// (`TAxis::FindBin`).
    pub fn cell(&self, x: f64) -> usize {
        if x.is_nan() || x < self.min {
            0
        } else if x >= self.max {
            self.bins + 1
        } else {
            let b = 1 + (self.bins as f64 * (x - self.min) / (self.max - self.min)) as usize;
            b.min(self.bins)
        }
    }

    /// The centre of bin `b` (1-based).
    pub fn centre(&self, b: usize) -> f64 {
        let width = (self.max - self.min) / self.bins as f64;
        self.min + (b as f64 - 0.5) * width
    }

    /// `TH1::Fill(x, w)`.
    pub fn fill(&mut self, x: f64, w: f64) {
        let b = self.cell(x);
        self.contents[b] += w;
        if !self.sumw2.is_empty() {
            self.sumw2[b] += w * w;
        }
        self.entries += 1.0;
        if (1..=self.bins).contains(&b) {
            self.stats[0] += w;
            self.stats[1] += w * w;
            self.stats[2] += w * x;
            self.stats[3] += w * x * x;
        }
    }

    /// Sets the bin contents (1-based, `bins` values) as `SetBinContent`
    /// for each bin, then `ResetStats`: no squared weights, one entry per
    /// bin set, the statistics from the contents at the bin centres.
    pub fn set_contents(&mut self, values: &[f64]) {
        self.sumw2.clear();
        self.contents = std::iter::once(0.0)
            .chain(values.iter().copied())
            .chain(std::iter::once(0.0))
            .collect();
        self.entries = values.len() as f64;
        self.stats = [0.0; 4];
        for (i, &v) in values.iter().enumerate() {
            let x = self.centre(i + 1);
            self.stats[0] += v;
            self.stats[1] += v * v;
            self.stats[2] += v * x;
            self.stats[3] += v * x * x;
        }
    }

    /// `TH1::Scale(factor)` of the contents and squared weights.
    pub fn scale(&mut self, factor: f64) {
        self.contents.iter_mut().for_each(|c| *c *= factor);
        self.sumw2.iter_mut().for_each(|c| *c *= factor * factor);
        self.stats[0] *= factor;
        self.stats[1] *= factor * factor;
        self.stats[2] *= factor;
        self.stats[3] *= factor;
    }

    /// The object as ROOT streams it (the payload of its key).
    pub fn streamed(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.versioned(3, |w| {
            w.versioned(8, |w| {
                w.named(&self.name, &self.title, ON_HEAP | MUST_CLEANUP);
                w.versioned(2, |w| w.shorts(&[602, 1, 1])); // TAttLine
                w.versioned(2, |w| w.shorts(&[0, 1001])); // TAttFill
                w.versioned(2, |w| {
                    w.shorts(&[1, 1]); // TAttMarker
                    w.f32(1.0);
                });
                w.i32((self.bins + 2) as i32);
                w.axis("xaxis", &self.x_title, self.bins, self.min, self.max);
                w.axis("yaxis", &self.y_title, 1, 0.0, 1.0);
                w.axis("zaxis", "", 1, 0.0, 1.0);
                w.shorts(&[0, 1000]); // fBarOffset, fBarWidth
                for v in [
                    self.entries,
                    self.stats[0],
                    self.stats[1],
                    self.stats[2],
                    self.stats[3],
                    -1111.0, // fMaximum
                    -1111.0, // fMinimum
                    0.0,     // fNormFactor
                ] {
                    w.f64(v);
                }
                w.doubles(&[]); // fContour
                w.doubles(&self.sumw2);
                w.string(""); // fOption
                // fFunctions: an empty TList, streamed in place.
                w.versioned(5, |w| {
                    w.object(ON_HEAP | (1 << 16));
                    w.string("");
                    w.i32(0);
                });
                w.i32(0); // fBufferSize
                w.bytes(&[0]); // fBuffer: no array
                w.i32(0); // fBinStatErrOpt
                w.i32(2); // fStatOverflows: kNeutral
            });
            w.doubles(&self.contents); // TArrayD
        });
        w.out
    }
}

/// A `TObjString` holding `text`, streamed as ROOT streams it (v1: the
/// `TObject`, then the string).
pub(crate) fn streamed_string(text: &str) -> Vec<u8> {
    let mut w = Writer::default();
    w.versioned(1, |w| {
        w.object(ON_HEAP);
        w.string(text);
    });
    w.out
}

/// Reads a `TObjString`'s text.
pub(crate) fn parse_string(bytes: &[u8]) -> Result<String, String> {
    let mut c = Cursor::new(bytes, "the string object");
    let (_, end) = versioned(&mut c, &[1], "TObjString")?;
    object(&mut c)?;
    let text = c.string()?;
    if c.pos() != end {
        return Err(format!(
            "the string ends at byte {}, its byte count at {end}",
            c.pos()
        ));
    }
    Ok(text)
}

/// Reads a `TH1D` or `TH1F` (`class`) streamed as [`Histogram::streamed`]
/// writes it and ROOT 6 does (`TH1` v8, `TAxis` v10): equal bins only.
pub(crate) fn parse(bytes: &[u8], class: &str) -> Result<Histogram, String> {
    let mut c = Cursor::new(bytes, "the histogram");
    let (_, outer_end) = versioned(&mut c, &[1, 2, 3], class)?;
    let (_, th1_end) = versioned(&mut c, &[8], "TH1")?;
    let (name, title) = named(&mut c)?;
    for what in ["TAttLine", "TAttFill", "TAttMarker"] {
        let (_, end) = versioned(&mut c, &[1, 2, 3], what)?;
        c.skip_to(end)?;
    }
    let cells = c.i32()?;
    let mut axes = Vec::new();
    for _ in 0..3 {
        let (_, end) = versioned(&mut c, &[9, 10], "TAxis")?;
        let (_, axis_title) = named(&mut c)?;
        let (_, att_end) = versioned(&mut c, &[4], "TAttAxis")?;
        c.skip_to(att_end)?;
        let bins = c.i32()?;
        let (min, max) = (c.f64()?, c.f64()?);
        let edges = c.i32()?;
        if edges != 0 {
            return Err("variable bin widths are not supported".into());
        }
        c.skip_to(end)?;
        axes.push((axis_title, bins, min, max));
    }
    let (x_title, bins, min, max) = axes[0].clone();
    let bins = usize::try_from(bins)
        .ok()
        .filter(|&b| b > 0 && i32::try_from(b).ok().and_then(|b| b.checked_add(2)) == Some(cells))
        .ok_or_else(|| format!("{bins} bins in {cells} cells"))?;
    c.take(4)?; // fBarOffset, fBarWidth
    let entries = c.f64()?;
    let stats = [c.f64()?, c.f64()?, c.f64()?, c.f64()?];
    c.take(24)?; // fMaximum, fMinimum, fNormFactor
    let contour = c.i32()?.max(0) as usize;
    c.take(contour * 8)?;
    let sumw2 = doubles(&mut c, bins + 2, "fSumw2")?;
    c.skip_to(th1_end)?;
    let n = c.i32()?;
    if usize::try_from(n).ok() != Some(bins + 2) {
        return Err(format!("{n} contents for {} cells", bins + 2));
    }
    let contents = if class == "TH1F" {
        (0..bins + 2)
            .map(|_| c.f32().map(f64::from))
            .collect::<Result<_, _>>()?
    } else {
        (0..bins + 2).map(|_| c.f64()).collect::<Result<_, _>>()?
    };
    if c.pos() != outer_end {
        return Err(format!(
            "its contents end at byte {}, its byte count at {outer_end}",
            c.pos()
        ));
    }
    Ok(Histogram {
        name,
        title,
        x_title,
        y_title: axes[1].0.clone(),
        bins,
        min,
        max,
        contents,
        sumw2,
        entries,
        stats,
    })
}

/// A `TArrayD` of `expected` values, or empty.
fn doubles(c: &mut Cursor, expected: usize, what: &str) -> Result<Vec<f64>, String> {
    let n = c.i32()?;
    if n != 0 && n as usize != expected {
        return Err(format!("{what} has {n} values for {expected} cells"));
    }
    (0..n.max(0)).map(|_| c.f64()).collect()
}

/// A byte count and version (one of `versions`): the version and where
/// the object ends.
fn versioned(c: &mut Cursor, versions: &[i16], what: &str) -> Result<(i16, usize), String> {
    let count = c.u32()?;
    if count & BYTE_COUNT == 0 {
        return Err(format!("{what} has no byte count"));
    }
    let end = c.pos() + (count & !BYTE_COUNT) as usize;
    let version = c.i16()?;
    if !versions.contains(&version) {
        return Err(format!("{what} version {version} is not supported"));
    }
    if end > c.len() {
        return Err(format!("{what} runs past the end of its buffer"));
    }
    Ok((version, end))
}

/// A `TObject`: version, unique id, bits (and the process id of a
/// referenced object).
fn object(c: &mut Cursor) -> Result<(), String> {
    c.take(6)?;
    let bits = c.u32()?;
    if bits & (1 << 4) != 0 {
        c.take(2)?;
    }
    Ok(())
}

/// A `TNamed`: name and title.
fn named(c: &mut Cursor) -> Result<(String, String), String> {
    let (_, end) = versioned(c, &[1], "TNamed")?;
    object(c)?;
    let name = c.string()?;
    let title = c.string()?;
    c.skip_to(end)?;
    Ok((name, title))
}

/// Big-endian output with ROOT's byte-count headers.
#[derive(Default)]
struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn bytes(&mut self, b: &[u8]) {
        self.out.extend_from_slice(b);
    }
    fn i32(&mut self, v: i32) {
        self.bytes(&v.to_be_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.bytes(&v.to_be_bytes());
    }
    fn f64(&mut self, v: f64) {
        self.bytes(&v.to_be_bytes());
    }
    fn shorts(&mut self, values: &[i16]) {
        for v in values {
            self.bytes(&v.to_be_bytes());
        }
    }

    /// A length-prefixed string (`TString`).
    fn string(&mut self, s: &str) {
        let b = s.as_bytes();
        if b.len() < 255 {
            self.out.push(b.len() as u8);
        } else {
            self.out.push(255);
            self.i32(b.len() as i32);
        }
        self.bytes(b);
    }

    /// A `TArrayD` without its own header: the count, then the values.
    fn doubles(&mut self, values: &[f64]) {
        self.i32(values.len() as i32);
        for &v in values {
            self.f64(v);
        }
    }

    /// `TObject` v1: version, unique id, bits.
    fn object(&mut self, bits: u32) {
        self.bytes(&1u16.to_be_bytes());
        self.bytes(&0u32.to_be_bytes());
        self.bytes(&bits.to_be_bytes());
    }

    /// `TNamed` v1.
    fn named(&mut self, name: &str, title: &str, bits: u32) {
        self.versioned(1, |w| {
            w.object(bits);
            w.string(name);
            w.string(title);
        });
    }

    /// `TAxis` v10 with `TAttAxis` v4's defaults.
    fn axis(&mut self, name: &str, title: &str, bins: usize, min: f64, max: f64) {
        self.versioned(10, |w| {
            w.named(name, title, ON_HEAP);
            w.versioned(4, |w| {
                w.i32(510); // fNdivisions
                w.shorts(&[1, 1, 42]); // axis colour, label colour, label font
                for v in [0.005f32, 0.035, 0.03, 1.0, 0.035] {
                    w.f32(v); // label offset, label size, tick length, title offset, title size
                }
                w.shorts(&[1, 42]); // title colour, title font
            });
            w.i32(bins as i32);
            w.f64(min);
            w.f64(max);
            w.doubles(&[]); // fXbins: equal bins
            w.i32(0); // fFirst
            w.i32(0); // fLast
            w.bytes(&0u16.to_be_bytes()); // fBits2
            w.bytes(&[0]); // fTimeDisplay
            w.string(""); // fTimeFormat
            w.i32(0); // fLabels: none
            w.i32(0); // fModLabs: none
        });
    }

    /// A byte count and `version`, then what `body` writes.
    fn versioned(&mut self, version: i16, body: impl FnOnce(&mut Writer)) {
        let at = self.out.len();
        self.bytes(&[0; 4]);
        self.bytes(&version.to_be_bytes());
        body(self);
        let count = (self.out.len() - at - 4) as u32 | BYTE_COUNT;
        self.out[at..at + 4].copy_from_slice(&count.to_be_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_go_to_roots_cells_and_statistics_skip_under_and_overflow() {
        let mut h = Histogram::new("h", "h", 4, 0.0, 2.0);
        for (x, w) in [(-1.0, 1.0), (0.0, 2.0), (0.49, 1.0), (1.5, 0.5), (2.0, 3.0)] {
            h.fill(x, w);
        }
        assert_eq!(h.contents, [1.0, 3.0, 0.0, 0.0, 0.5, 3.0]);
        assert_eq!(h.sumw2, [1.0, 5.0, 0.0, 0.0, 0.25, 9.0]);
        assert_eq!(h.entries, 5.0);
        assert_eq!(h.stats[0], 3.5);
        assert!((h.stats[2] - (0.49 + 0.75)).abs() < 1e-12);
        assert_eq!(h.cell(f64::NAN), 0);
    }

    #[test]
    fn the_stream_is_uproots_byte_for_byte() {
        // tests/data/make_hist_reference.py streams the same histogram
        // with uproot's writer.
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/hist_reference.json"
        ))
        .unwrap();
        let reference: serde_json::Value = serde_json::from_str(&text).unwrap();
        let hex = reference["TH1D"].as_str().unwrap();
        let want: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        let mut h = Histogram::new("MVA_T_S", "MVA_T_S", 4, 0.0, 2.0);
        h.x_title = "output".into();
        for (x, w) in [(-1.0, 1.0), (0.0, 2.0), (0.49, 1.0), (1.5, 0.5), (2.0, 3.0)] {
            h.fill(x, w);
        }
        let got = h.streamed();
        let first = got.iter().zip(&want).position(|(a, b)| a != b);
        assert_eq!(first, None, "first difference at byte {first:?}");
        assert_eq!(got.len(), want.len());
    }

    #[test]
    fn what_is_streamed_parses_back() {
        let mut h = Histogram::new("h", "a title", 3, -1.0, 2.0);
        h.x_title = "x".into();
        h.fill(0.5, 2.0);
        h.fill(5.0, 1.0);
        assert_eq!(parse(&h.streamed(), "TH1D").unwrap(), h);
        let bytes = h.streamed();
        assert!(parse(&bytes[..bytes.len() - 3], "TH1D").is_err());
        assert!(parse(&bytes, "TH1F").is_err());
    }

    #[test]
    fn strings_stream_and_parse_back_long_or_short() {
        for text in ["", "short", &"x".repeat(300)] {
            assert_eq!(parse_string(&streamed_string(text)).unwrap(), text);
        }
    }

    #[test]
    fn byte_counts_cover_what_follows_them() {
        let bytes = Histogram::new("h", "t", 2, 0.0, 1.0).streamed();
        let count = u32::from_be_bytes(bytes[0..4].try_into().unwrap());
        assert_eq!(count & BYTE_COUNT, BYTE_COUNT);
        assert_eq!((count & !BYTE_COUNT) as usize, bytes.len() - 4);
        assert_eq!(&bytes[4..6], &3i16.to_be_bytes());
    }
}
