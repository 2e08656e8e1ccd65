//! Plots as inline SVG text: line and histogram charts with axes, ticks
//! and a legend, and matrices as coloured grids. Plain SVG elements
//! only (the browser draws the text), so a report needs no fonts, scripts
//! or network.

use std::fmt::Write as _;

/// Line colours, in the order series take them.
pub const COLOURS: [&str; 8] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
];

/// Points a line keeps at most (every k-th, and the last).
const MAX_LINE_POINTS: usize = 600;

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A line through the points.
    Line,
    /// A dashed line through the points.
    Dashed,
    /// A histogram outline, filled lightly: `points` are (lower edge,
    /// content) per bin, with one more point giving the last upper edge.
    Filled,
    /// Dots at the points (test-sample markers over a training histogram).
    Dots,
}

/// One series of a chart.
#[derive(Debug, Clone)]
pub struct Series {
    /// Its name in the legend.
    pub name: String,
    /// Its points (see [`Style`] for histograms).
    pub points: Vec<(f64, f64)>,
    /// How it is drawn.
    pub style: Style,
    /// Its colour.
    pub colour: &'static str,
}

/// A chart of series on linear axes.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// Title above the plot (also the figure's caption).
    pub title: String,
    /// The x axis' title.
    pub x_label: String,
    /// The y axis' title.
    pub y_label: String,
    /// The series, drawn in order.
    pub series: Vec<Series>,
    /// Fixed axis ranges; otherwise from the data.
    pub x_range: Option<(f64, f64)>,
    /// Fixed y range.
    pub y_range: Option<(f64, f64)>,
    /// Vertical marker lines with a label.
    pub markers: Vec<(f64, String)>,
}

pub use crate::util::escape_xml as escape;

/// Round tick positions covering `[lo, hi]`, about `count` of them.
fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return vec![lo];
    }
    let raw = span / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// A tick label without trailing noise.
fn label(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let a = v.abs();
    if !(1e-3..1e5).contains(&a) {
        return format!("{v:.1e}");
    }
    let text = format!("{v:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl Chart {
    fn ranges(&self) -> ((f64, f64), (f64, f64)) {
        let finite = |f: fn(&(f64, f64)) -> f64| {
            self.series
                .iter()
                .flat_map(move |s| s.points.iter().map(f))
                .filter(|v| v.is_finite())
        };
        let span = |it: &mut dyn Iterator<Item = f64>| {
            let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
            for v in it {
                lo = lo.min(v);
                hi = hi.max(v);
            }
            if !lo.is_finite() {
                (0.0, 1.0)
            } else if hi <= lo {
                (lo - 0.5, hi + 0.5)
            } else {
                (lo, hi)
            }
        };
        let x = self.x_range.unwrap_or_else(|| span(&mut finite(|p| p.0)));
        let y = self.y_range.unwrap_or_else(|| {
            let (lo, hi) = span(&mut finite(|p| p.1));
            let lo = if lo > 0.0 { 0.0 } else { lo };
            (lo, hi + 0.08 * (hi - lo))
        });
        (x, y)
    }

    /// The legend's entries laid out in rows above the plot: (x, row) per
    /// named series, and the number of rows.
    fn legend_layout(&self, left: f64, right_edge: f64) -> (Vec<(f64, usize)>, usize) {
        let (mut x, mut row, mut out) = (left, 0usize, Vec::new());
        for series in self.series.iter().filter(|s| !s.name.is_empty()) {
            // About 6.5 px per character at 12 px.
            let width = 34.0 + 6.5 * series.name.chars().count() as f64;
            if x + width > right_edge && x > left {
                row += 1;
                x = left;
            }
            out.push((x, row));
            x += width + 10.0;
        }
        let rows = if out.is_empty() { 0 } else { row + 1 };
        (out, rows)
    }

    /// The chart as an `<svg>` element `width` × `height` pixels: title,
    /// legend, then the plot.
    pub fn to_svg(&self, width: f64, height: f64) -> String {
        let (left, right, bottom) = (70.0, 20.0, 50.0);
        let (legend, rows) = self.legend_layout(left, width - right);
        let top = 34.0 + 16.0 * rows as f64;
        let (pw, ph) = (width - left - right, height - top - bottom);
        let ((x0, x1), (y0, y1)) = self.ranges();
        let sx = |v: f64| left + (v.clamp(x0, x1) - x0) / (x1 - x0) * pw;
        let sy = |v: f64| top + (1.0 - (v.clamp(y0, y1) - y0) / (y1 - y0)) * ph;
        let mut s = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
             width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\" \
             role=\"img\" aria-label=\"{}\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
             <text x=\"{}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{}</text>\n",
            escape(&self.title),
            width / 2.0,
            escape(&self.title)
        );
        for t in ticks(x0, x1, 6) {
            let _ = writeln!(
                s,
                "<line x1=\"{0:.1}\" y1=\"{top}\" x2=\"{0:.1}\" y2=\"{1:.1}\" stroke=\"#e4e4e4\"/>\
                 <text x=\"{0:.1}\" y=\"{2:.1}\" text-anchor=\"middle\">{3}</text>",
                sx(t),
                top + ph,
                top + ph + 16.0,
                label(t)
            );
        }
        for t in ticks(y0, y1, 5) {
            let _ = writeln!(
                s,
                "<line x1=\"{left}\" y1=\"{0:.1}\" x2=\"{1:.1}\" y2=\"{0:.1}\" stroke=\"#e4e4e4\"/>\
                 <text x=\"{2:.1}\" y=\"{3:.1}\" text-anchor=\"end\">{4}</text>",
                sy(t),
                left + pw,
                left - 6.0,
                sy(t) + 4.0,
                label(t)
            );
        }
        let _ = writeln!(
            s,
            "<rect x=\"{left}\" y=\"{top}\" width=\"{pw}\" height=\"{ph}\" fill=\"none\" stroke=\"#333\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
             <text x=\"16\" y=\"{:.1}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {:.1})\">{}</text>",
            left + pw / 2.0,
            height - 12.0,
            escape(&self.x_label),
            top + ph / 2.0,
            top + ph / 2.0,
            escape(&self.y_label)
        );
        for series in &self.series {
            s += &self.draw(series, &sx, &sy, sy(y0.max(0.0).min(y1)));
        }
        for (x, text) in &self.markers {
            let _ = writeln!(
                s,
                "<line x1=\"{0:.1}\" y1=\"{top}\" x2=\"{0:.1}\" y2=\"{1:.1}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\
                 <text x=\"{2:.1}\" y=\"{3:.1}\" font-size=\"11\">{4}</text>",
                sx(*x),
                top + ph,
                sx(*x) + 4.0,
                top + ph - 6.0,
                escape(text)
            );
        }
        let named = self.series.iter().filter(|s| !s.name.is_empty());
        for (series, &(lx, row)) in named.zip(&legend) {
            let ly = 32.0 + 16.0 * row as f64;
            let mark = match series.style {
                Style::Dots => format!(
                    "<circle cx=\"{:.1}\" cy=\"{ly:.1}\" r=\"3\" fill=\"{}\"/>",
                    lx + 11.0,
                    series.colour
                ),
                style => format!(
                    "<line x1=\"{lx:.1}\" y1=\"{ly:.1}\" x2=\"{:.1}\" y2=\"{ly:.1}\" stroke=\"{}\" \
                     stroke-width=\"{}\"{}/>",
                    lx + 22.0,
                    series.colour,
                    if style == Style::Filled { 8 } else { 3 },
                    if style == Style::Dashed {
                        " stroke-dasharray=\"6 4\""
                    } else {
                        ""
                    }
                ),
            };
            let _ = writeln!(
                s,
                "{mark}<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                lx + 28.0,
                ly + 4.0,
                escape(&series.name)
            );
        }
        s += "</svg>\n";
        s
    }

    fn draw(
        &self,
        series: &Series,
        sx: &dyn Fn(f64) -> f64,
        sy: &dyn Fn(f64) -> f64,
        base: f64,
    ) -> String {
        let finite: Vec<(f64, f64)> = series
            .points
            .iter()
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .collect();
        match series.style {
            Style::Line | Style::Dashed => {
                // More points than pixels add bytes, not detail.
                let stride = finite.len().div_ceil(MAX_LINE_POINTS).max(1);
                let last = finite.len().saturating_sub(1);
                let points: Vec<String> = finite
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i % stride == 0 || i == last)
                    .map(|(_, &(x, y))| format!("{:.1},{:.1}", sx(x), sy(y)))
                    .collect();
                let dash = if series.style == Style::Dashed {
                    " stroke-dasharray=\"6 4\""
                } else {
                    ""
                };
                format!(
                    "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{dash} points=\"{}\"/>\n",
                    series.colour,
                    points.join(" ")
                )
            }
            Style::Filled => {
                let mut path = String::new();
                for w in finite.windows(2) {
                    let ((xa, ya), (xb, _)) = (w[0], w[1]);
                    if path.is_empty() {
                        let _ = write!(path, "M{:.1},{base:.1}", sx(xa));
                    }
                    let _ = write!(
                        path,
                        " L{:.1},{:.1} L{:.1},{:.1}",
                        sx(xa),
                        sy(ya),
                        sx(xb),
                        sy(ya)
                    );
                }
                if let Some(&(x, _)) = finite.last() {
                    let _ = write!(path, " L{:.1},{base:.1}", sx(x));
                }
                format!(
                    "<path d=\"{path}\" fill=\"{0}\" fill-opacity=\"0.25\" stroke=\"{0}\" \
                     stroke-width=\"1.5\"/>\n",
                    series.colour
                )
            }
            Style::Dots => {
                finite
                    .iter()
                    .map(|&(x, y)| {
                        format!(
                            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\" fill=\"{}\"/>",
                            sx(x),
                            sy(y),
                            series.colour
                        )
                    })
                    .collect::<String>()
                    + "\n"
            }
        }
    }
}

/// A square matrix (`labels` by `labels`, values in [-1, 1]) as a grid of
/// coloured cells, blue for -1 through white to red for +1, each with its
/// value in per cent, titled `title`.
pub fn matrix(title: &str, labels: &[String], values: &[Vec<f64>]) -> String {
    let n = labels.len();
    let cell = (360.0 / n.max(1) as f64).clamp(24.0, 60.0);
    let (left, top) = (110.0, 40.0);
    let size = cell * n as f64;
    let (width, height) = (left + size + 20.0, top + size + 100.0);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"{0}\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"{1}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{0}</text>\n",
        escape(title),
        width / 2.0
    );
    for (i, row) in values.iter().enumerate().take(n) {
        for (j, &v) in row.iter().enumerate().take(n) {
            let v = if v.is_finite() {
                v.clamp(-1.0, 1.0)
            } else {
                0.0
            };
            let (r, g, b) = if v >= 0.0 {
                (255.0, 255.0 * (1.0 - v), 255.0 * (1.0 - v))
            } else {
                (255.0 * (1.0 + v), 255.0 * (1.0 + v), 255.0)
            };
            let (x, y) = (left + j as f64 * cell, top + i as f64 * cell);
            let _ = writeln!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{cell:.1}\" height=\"{cell:.1}\" \
                 fill=\"rgb({r:.0},{g:.0},{b:.0})\" stroke=\"white\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{:.0}</text>",
                x + cell / 2.0,
                y + cell / 2.0 + 4.0,
                100.0 * v
            );
        }
    }
    for (k, l) in labels.iter().enumerate() {
        let c = k as f64 * cell + cell / 2.0;
        let (cx, cy) = (left + c, top + size + 14.0);
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{l}</text>\
             <text x=\"{cx:.1}\" y=\"{cy:.1}\" text-anchor=\"end\" transform=\"rotate(-45 {cx:.1} {cy:.1})\">{l}</text>",
            left - 6.0,
            top + c + 4.0,
            l = escape(l),
        );
    }
    s += "</svg>\n";
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_inside_the_range() {
        assert_eq!(
            ticks(0.0, 1.0, 5),
            [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        let t = ticks(-3.7, 12.2, 6);
        assert!(t.iter().all(|&v| (-3.7..=12.2).contains(&v)));
        assert_eq!(label(0.25), "0.25");
        assert_eq!(label(2e-5), "2.0e-5");
    }

    #[test]
    fn a_chart_is_one_svg_element_with_its_title_and_escaped_names() {
        let chart = Chart {
            title: "a < b".into(),
            series: vec![Series {
                name: "x & y".into(),
                points: vec![(0.0, 1.0), (1.0, f64::NAN), (2.0, 3.0)],
                style: Style::Line,
                colour: COLOURS[0],
            }],
            ..Default::default()
        };
        let svg = chart.to_svg(400.0, 300.0);
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("a &lt; b") && svg.contains("x &amp; y"));
        assert!(!svg.contains("NaN"));
    }
}
