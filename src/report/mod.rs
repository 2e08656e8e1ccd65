//! Plots of the evaluation: the ROC curves of one dataset (PNG, SVG) and
//! the HTML report of a whole output file ([`html`]).

pub mod html;
mod svg;

use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::util::escape_xml as escape;

use crate::error::{Error, Result};
use crate::eval::Roc;

/// What the report needs to know of a dataset that the trees do not say,
/// stored as `<dataset>/Description` (a `TObjString` of JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Description {
    /// `Classification`, `Regression` or `Multiclass`.
    pub analysis: String,
    /// Variable labels, in order.
    pub variables: Vec<String>,
    /// Spectator labels.
    pub spectators: Vec<String>,
    /// Target labels.
    pub targets: Vec<String>,
    /// Class names (index = `classID`).
    pub classes: Vec<String>,
    /// The tested methods.
    pub methods: Vec<DescribedMethod>,
    /// The `InputVariables_<name>` folders: name and definition (`D,G`).
    pub transformations: Vec<(String, String)>,
}

/// One method of a [`Description`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DescribedMethod {
    /// Its title.
    pub title: String,
    /// TMVA's type name (`PyTorch`, `Fisher`).
    pub kind: String,
    /// Its output branches in `TestTree` and `TrainTree`.
    pub outputs: Vec<String>,
}

/// ROC curves of the methods booked on one dataset.
#[derive(Debug, Clone)]
pub struct RocPlot {
    /// The dataset's name.
    pub dataset: String,
    /// Method title and its curve.
    pub curves: Vec<(String, Roc)>,
}

/// Size of the PNG's axis titles and legend: plotters' glyph rasteriser
/// drops the parts of letters that reach left of their origin (`j`, the `y`
/// before a `T`) below about 14 px; from 16 px it draws them whole.
const TEXT_PX: f64 = 16.0;

const COLOURS: [&str; 6] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
];

impl RocPlot {
    /// Writes the curves as a PNG image (800x600; background rejection
    /// against signal efficiency, one coloured curve per method with its
    /// area in the legend), atomically. Text is drawn with the system's
    /// fonts (fontconfig, loaded at run time); without them this is an error.
    pub fn save_png(&self, path: impl AsRef<Path>) -> Result<()> {
        use plotters::prelude::*;
        let path = path.as_ref();
        let fail = |e: &dyn std::fmt::Display| Error::Format {
            path: path.to_path_buf(),
            message: format!("drawing the ROC plot: {e}"),
        };
        let draw = |tmp: &Path| -> std::result::Result<(), Box<dyn std::error::Error>> {
            let root = BitMapBackend::new(tmp, (800, 600)).into_drawing_area();
            root.fill(&WHITE)?;
            let mut chart = ChartBuilder::on(&root)
                .caption(format!("ROC curves: {}", self.dataset), ("sans-serif", 24))
                .margin(15)
                .x_label_area_size(45)
                .y_label_area_size(60)
                .build_cartesian_2d(0f64..1f64, 0f64..1.02f64)?;
            chart
                .configure_mesh()
                .x_desc("Signal efficiency")
                .y_desc("Background rejection")
                .axis_desc_style(("sans-serif", TEXT_PX))
                .draw()?;
            for (k, (title, roc)) in self.curves.iter().enumerate() {
                let colour = Palette99::pick(k).to_rgba();
                let points = roc
                    .signal_efficiency
                    .iter()
                    .zip(&roc.background_efficiency)
                    .map(|(&se, &be)| (se, 1.0 - be));
                chart
                    .draw_series(LineSeries::new(points, colour.stroke_width(2)))?
                    .label(format!("{title} (area {:.3})", roc.integral()))
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(3))
                    });
            }
            chart
                .configure_series_labels()
                .label_font(("sans-serif", TEXT_PX))
                .position(SeriesLabelPosition::LowerLeft)
                .border_style(BLACK)
                .background_style(WHITE.mix(0.8))
                .draw()?;
            root.present()?;
            Ok(())
        };
        crate::staging::write_atomic_with(path, |tmp| draw(tmp).map_err(|e| fail(&e)))
    }

    /// Writes the curves as an SVG image (background rejection against
    /// signal efficiency, as TMVA draws them), atomically.
    pub fn save_svg(&self, path: impl AsRef<Path>) -> Result<()> {
        let (w, h, m) = (640.0, 520.0, 70.0);
        let (pw, ph) = (w - 1.6 * m, h - 2.0 * m);
        let x = |v: f64| m + v * pw;
        let y = |v: f64| m + (1.0 - v) * ph;
        let mut s = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"13\">\n\
             <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
             <text x=\"{}\" y=\"30\" text-anchor=\"middle\" font-size=\"16\">ROC curves, dataset {}</text>\n\
             <rect x=\"{m}\" y=\"{m}\" width=\"{pw}\" height=\"{ph}\" fill=\"none\" stroke=\"black\"/>\n",
            w / 2.0,
            escape(&self.dataset)
        );
        for i in 0..=10 {
            let v = i as f64 / 10.0;
            let _ = writeln!(
                s,
                "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#ddd\"/><text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{v:.1}</text>\
                 <line x1=\"{4}\" y1=\"{5}\" x2=\"{6}\" y2=\"{5}\" stroke=\"#ddd\"/><text x=\"{7}\" y=\"{8}\" text-anchor=\"end\">{v:.1}</text>",
                x(v),
                m,
                m + ph,
                m + ph + 18.0,
                m,
                y(v),
                m + pw,
                m - 6.0,
                y(v) + 4.0
            );
        }
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">Signal efficiency</text>\
             <text x=\"20\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 20 {})\">Background rejection</text>",
            m + pw / 2.0,
            h - 25.0,
            m + ph / 2.0,
            m + ph / 2.0
        );
        for (k, (title, roc)) in self.curves.iter().enumerate() {
            let colour = COLOURS[k % COLOURS.len()];
            let points: Vec<String> = roc
                .signal_efficiency
                .iter()
                .zip(&roc.background_efficiency)
                .map(|(&se, &be)| format!("{:.2},{:.2}", x(se), y(1.0 - be)))
                .collect();
            let row = 20.0 * (self.curves.len() - 1 - k) as f64;
            let (lx, ly) = (m + 15.0, m + ph - 20.0 - row);
            let _ = writeln!(
                s,
                "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"/>\
                 <line x1=\"{lx}\" y1=\"{ly}\" x2=\"{lx2}\" y2=\"{ly}\" stroke=\"{colour}\" stroke-width=\"3\"/>\
                 <text x=\"{tx}\" y=\"{ty}\">{title} (area {area:.3})</text>",
                points = points.join(" "),
                lx2 = lx + 30.0,
                tx = lx + 40.0,
                ty = ly + 4.0,
                title = escape(title),
                area = roc.integral()
            );
        }
        s.push_str("</svg>\n");
        crate::staging::write_atomic(path.as_ref(), s.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::TEXT_PX;

    /// Dark pixels of `text` drawn at `px` by the PNG's text renderer.
    fn ink(text: &str, px: f64) -> usize {
        use plotters::prelude::*;
        let (w, h) = (64u32, 48u32);
        let mut buffer = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
            let style = ("sans-serif", px).into_font().color(&BLACK);
            root.draw_text(text, &style, (16, 8)).unwrap();
            root.present().unwrap();
        }
        buffer.chunks(3).filter(|p| p[0] < 128).count()
    }

    /// The missing-glyph bug ("Background re ection"): a `j` at the PNG's
    /// text size has at least the ink of an `l` (stem, plus dot and hook);
    /// the clipped one had a fifth of it.
    #[test]
    fn letters_reaching_left_of_their_origin_are_drawn_whole() {
        let (j, l) = (ink("j", TEXT_PX), ink("l", TEXT_PX));
        assert!(
            l > 0,
            "no font found: install fontconfig and a sans-serif font"
        );
        assert!(j >= l, "j has {j} dark pixels, l {l}");
    }
}
