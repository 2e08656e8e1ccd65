//! The HTML report of an output file: one self-contained page (inline SVG
//! and CSS, no scripts, nothing fetched) with TMVAGui's standard plots,
//! made from the output file alone (`tmva-burn report OUTPUT.root`, or the
//! Factory option `Report=report.html`):
//! - input variables per class, for each transformation chain the methods
//!   used (the `InputVariables_*` histograms), and the correlation matrices
//!   of the training events per class;
//! - per classifier its output on test events over the training events
//!   (overtraining check, with the Kolmogorov-Smirnov probabilities), the
//!   ROC curves, and the cut efficiencies with the optimal significance;
//! - per network its training and validation loss per epoch;
//! - per regression target the deviation of the output from the target;
//! - per multiclass method its one-against-the-rest ROC curves;
//! - TMVA's evaluation tables.

use std::fmt::Write as _;
use std::path::Path;

use super::Description;
use super::svg::{COLOURS, Chart, Series, Style, escape, matrix};
use crate::data::{DataSet, Sample, VariableInfo};
use crate::error::{Error, Result};
use crate::eval::{EvaluatedMethod, report_text};
use crate::eval::{Evaluation, MethodOutputs, Roc, class_roc, evaluate};
use crate::io::{Histogram, RootFile};
use crate::methods::Task;

/// Plot size in pixels.
const WIDTH: f64 = 460.0;
const HEIGHT: f64 = 330.0;
/// Test events drawn in a regression's scatter plot, at most.
const SCATTER_POINTS: usize = 2000;

/// Writes the report of `output` to `html`, atomically.
pub fn write_report(output: &Path, html: &Path) -> Result<()> {
    let text = report(output)?;
    crate::staging::write_atomic(html, text.as_bytes())
}

/// The report of the output file at `output`, as HTML text.
pub fn report(output: &Path) -> Result<String> {
    report_named(output, output)
}

/// The report of the output file read from `read`, named `output` in the
/// page (the file it will be once moved into place).
pub fn report_named(read: &Path, output: &Path) -> Result<String> {
    let file = RootFile::open(read)?;
    let datasets: Vec<String> = file
        .tree_names()
        .iter()
        .filter_map(|n| n.strip_suffix("/TestTree").map(str::to_string))
        .collect();
    if datasets.is_empty() {
        return Err(Error::Format {
            path: output.to_path_buf(),
            message: "no `<dataset>/TestTree`: not an output file of a Factory".into(),
        });
    }
    let name = output.file_name().map_or_else(
        || output.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut body = String::new();
    let mut contents = String::new();
    for ds in &datasets {
        let section = DatasetReport::read(&file, ds)?;
        let _ = writeln!(contents, "<li><a href=\"#{0}\">{0}</a></li>", escape(ds));
        body += &section.html()?;
    }
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>TMVA report: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>TMVA report: {title}</h1>\n<p class=\"meta\">Output file <code>{path}</code>, written by \
         tmva-burn {version}.</p>\n<ul class=\"toc\">{contents}</ul>\n{body}</body>\n</html>\n",
        title = escape(&name),
        path = escape(&output.display().to_string()),
        version = env!("CARGO_PKG_VERSION"),
    ))
}

const STYLE: &str = "body{font-family:sans-serif;margin:24px;color:#222;max-width:1500px}\
h1{font-size:22px}h2{font-size:19px;border-bottom:2px solid #ccc;padding-bottom:4px;margin-top:36px}\
h3{font-size:16px;margin-top:24px}.plots{display:flex;flex-wrap:wrap;gap:12px}\
figure{margin:0;border:1px solid #ddd;padding:4px;background:#fff}\
figcaption{font-size:12px;color:#555;text-align:center}\
pre{background:#f6f6f6;padding:10px;overflow-x:auto;font-size:12px}.meta{color:#555}";

/// One dataset's trees, description and evaluation.
struct DatasetReport<'f> {
    file: &'f RootFile,
    name: String,
    description: Description,
    dataset: DataSet,
    /// Per described method: its outputs and evaluation.
    methods: Vec<(MethodOutputs, Evaluation)>,
}

fn figure(svg: &str, caption: &str) -> String {
    figure_with(svg, caption, &[])
}

/// A figure whose caption adds `notes`, one per line.
fn figure_with(svg: &str, caption: &str, notes: &[String]) -> String {
    let mut text = escape(caption);
    for n in notes {
        text += "<br>";
        text += &escape(n);
    }
    format!("<figure>{svg}<figcaption>{text}</figcaption></figure>\n")
}

/// A histogram's bins as the points of a histogram series (lower edges,
/// then the last upper edge), scaled by `factor`.
fn bins(h: &Histogram, factor: f64) -> Vec<(f64, f64)> {
    let width = (h.max - h.min) / h.bins as f64;
    let mut points: Vec<(f64, f64)> = (1..=h.bins)
        .map(|b| (h.min + (b - 1) as f64 * width, h.contents[b] * factor))
        .collect();
    points.push((h.max, 0.0));
    points
}

/// `1 / (area)`: the factor drawing `h` with unit area.
fn unit_area(h: &Histogram) -> f64 {
    let area = h.contents[1..=h.bins].iter().sum::<f64>() * (h.max - h.min) / h.bins as f64;
    if area > 0.0 { 1.0 / area } else { 1.0 }
}

impl<'f> DatasetReport<'f> {
    fn read(file: &'f RootFile, name: &str) -> Result<Self> {
        let fail = |message: String| Error::Format {
            path: file.path().to_path_buf(),
            message,
        };
        let text = file.string(&format!("{name}/Description")).map_err(|_| {
            fail(format!(
                "no `{name}/Description`: the output file was not written by tmva-burn's \
                 Factory (0.2 or later), so which branches are variables and outputs is unknown"
            ))
        })?;
        let description: Description =
            serde_json::from_str(&text).map_err(|e| fail(format!("`{name}/Description`: {e}")))?;
        let info = |labels: &[String]| -> Vec<VariableInfo> {
            labels
                .iter()
                .map(|l| VariableInfo {
                    expression: l.clone(),
                    label: l.clone(),
                    title: l.clone(),
                    unit: String::new(),
                    kind: 'F',
                    min: 0.0,
                    max: 0.0,
                })
                .collect()
        };
        let read_sample = |tree: &str| -> Result<(Sample, Vec<Vec<f32>>)> {
            let tree = file.tree(&format!("{name}/{tree}"))?;
            let mut names: Vec<&str> = vec!["classID", "weight"];
            names.extend(description.variables.iter().map(String::as_str));
            names.extend(description.targets.iter().map(String::as_str));
            let outputs: Vec<&str> = description
                .methods
                .iter()
                .flat_map(|m| m.outputs.iter().map(String::as_str))
                .collect();
            names.extend(&outputs);
            let columns = tree.read_columns(&names)?;
            let (nv, nt) = (description.variables.len(), description.targets.len());
            let rows = |from: usize, width: usize| -> Vec<f32> {
                let n = columns[0].len();
                let mut out = Vec::with_capacity(n * width);
                for e in 0..n {
                    for c in &columns[from..from + width] {
                        out.push(c[e]);
                    }
                }
                out
            };
            let sample = Sample {
                n_variables: nv,
                n_targets: nt,
                variables: rows(2, nv),
                targets: rows(2 + nv, nt),
                weights: columns[1].clone(),
                classes: columns[0].iter().map(|&c| c as u16).collect(),
                ..Default::default()
            };
            Ok((sample, columns[2 + nv + nt..].to_vec()))
        };
        let (train, train_outputs) = read_sample("TrainTree")?;
        let (test, test_outputs) = read_sample("TestTree")?;
        let dataset = DataSet {
            name: name.to_string(),
            variables: info(&description.variables),
            targets: info(&description.targets),
            spectators: info(&description.spectators),
            classes: description.classes.clone(),
            train,
            test,
            stats: Vec::new(),
        };
        let task = match description.analysis.as_str() {
            "Regression" => Task::Regression,
            "Multiclass" => Task::Multiclass(description.classes.len()),
            _ => Task::Classification,
        };
        let mut methods = Vec::new();
        let mut column = 0;
        for m in &description.methods {
            let n = m.outputs.len();
            let interleave = |columns: &[Vec<f32>]| -> Vec<f32> {
                let events = columns.first().map_or(0, Vec::len);
                let mut out = Vec::with_capacity(events * n);
                for e in 0..events {
                    for c in columns {
                        out.push(c[e]);
                    }
                }
                out
            };
            let outputs = MethodOutputs {
                n_outputs: n,
                test: interleave(&test_outputs[column..column + n]),
                train: interleave(&train_outputs[column..column + n]),
            };
            column += n;
            let evaluation = evaluate(&dataset, &outputs, task)?;
            methods.push((outputs, evaluation));
        }
        Ok(Self {
            file,
            name: name.to_string(),
            description,
            dataset,
            methods,
        })
    }

    fn histogram(&self, path: &str) -> Option<Histogram> {
        self.file.histogram(&format!("{}/{path}", self.name)).ok()
    }

    fn html(&self) -> Result<String> {
        let d = &self.description;
        let mut s = format!(
            "<h2 id=\"{0}\">Dataset {0}: {1}</h2>\n<p>{2} training and {3} test events; \
             variables {4}; classes {5}; methods {6}.</p>\n",
            escape(&self.name),
            escape(&d.analysis),
            self.dataset.train.len(),
            self.dataset.test.len(),
            escape(&d.variables.join(", ")),
            escape(&d.classes.join(", ")),
            escape(
                &d.methods
                    .iter()
                    .map(|m| format!("{} ({})", m.title, m.kind))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        let rows: Vec<EvaluatedMethod> = d
            .methods
            .iter()
            .zip(&self.methods)
            .map(|(m, (_, evaluation))| EvaluatedMethod {
                title: &m.title,
                dataset: &self.name,
                classes: &d.classes,
                evaluation,
            })
            .collect();
        let _ = writeln!(
            s,
            "<h3>Evaluation</h3>\n<pre>{}</pre>",
            escape(report_text(&rows).trim_matches('\n'))
        );
        s += &self.input_variables();
        s += &self.correlations();
        match d.analysis.as_str() {
            "Regression" => s += &self.regression(),
            "Multiclass" => s += &self.multiclass()?,
            _ => s += &self.classification()?,
        }
        s += &self.training_histories();
        Ok(s)
    }

    fn input_variables(&self) -> String {
        let d = &self.description;
        let mut s = String::new();
        for (name, definition) in &d.transformations {
            let heading = if definition.is_empty() {
                "Input variables".to_string()
            } else {
                format!("Input variables after {definition} ({name})")
            };
            let _ = writeln!(s, "<h3>{}</h3>\n<div class=\"plots\">", escape(&heading));
            for v in &d.variables {
                let series: Vec<Series> = d
                    .classes
                    .iter()
                    .enumerate()
                    .filter_map(|(k, class)| {
                        let h =
                            self.histogram(&format!("InputVariables_{name}/{v}__{class}_{name}"))?;
                        Some(Series {
                            name: class.clone(),
                            points: bins(&h, unit_area(&h)),
                            style: Style::Filled,
                            colour: COLOURS[k % COLOURS.len()],
                        })
                    })
                    .collect();
                if series.is_empty() {
                    continue;
                }
                let title = format!("{v} ({name})");
                let chart = Chart {
                    title: title.clone(),
                    x_label: v.clone(),
                    y_label: "normalised".into(),
                    series,
                    ..Default::default()
                };
                s += &figure(&chart.to_svg(WIDTH, HEIGHT), &title);
            }
            s += "</div>\n";
        }
        s
    }

    fn correlations(&self) -> String {
        let ds = &self.dataset;
        let n = ds.train.n_variables;
        if n < 2 {
            return String::new();
        }
        let mut s =
            "<h3>Correlation matrices (training events)</h3>\n<div class=\"plots\">\n".to_string();
        for (k, class) in ds.classes.iter().enumerate() {
            let events: Vec<usize> = (0..ds.train.len())
                .filter(|&e| ds.train.classes[e] as usize == k)
                .collect();
            let (mut sw, mut mean) = (0.0, vec![0.0; n]);
            for &e in &events {
                let w = ds.train.weights[e] as f64;
                sw += w;
                for (m, &x) in mean.iter_mut().zip(&ds.train.variables[e * n..(e + 1) * n]) {
                    *m += w * x as f64;
                }
            }
            if sw <= 0.0 {
                continue;
            }
            mean.iter_mut().for_each(|m| *m /= sw);
            let mut cov = vec![vec![0.0; n]; n];
            for &e in &events {
                let w = ds.train.weights[e] as f64;
                let x = &ds.train.variables[e * n..(e + 1) * n];
                for i in 0..n {
                    for j in 0..n {
                        cov[i][j] += w * (x[i] as f64 - mean[i]) * (x[j] as f64 - mean[j]);
                    }
                }
            }
            let corr: Vec<Vec<f64>> = (0..n)
                .map(|i| {
                    (0..n)
                        .map(|j| cov[i][j] / (cov[i][i] * cov[j][j]).sqrt())
                        .collect()
                })
                .collect();
            let title = format!("Correlation matrix ({class})");
            s += &figure(&matrix(&title, &self.description.variables, &corr), &title);
        }
        s + "</div>\n"
    }

    fn classification(&self) -> Result<String> {
        let d = &self.description;
        let mut s = "<h3>Classifier outputs: test (filled) over training (dots) events</h3>\n<div class=\"plots\">\n".to_string();
        let mut rocs = Vec::new();
        for (m, (outputs, evaluation)) in d.methods.iter().zip(&self.methods) {
            let Evaluation::Classification(report) = evaluation else {
                continue;
            };
            let dir = format!("Method_{}/{}/MVA_{}", m.kind, m.title, m.title);
            let h = |suffix: &str| self.histogram(&format!("{dir}_{suffix}"));
            if let (Some(ts), Some(tb), Some(rs), Some(rb)) =
                (h("S"), h("B"), h("Train_S"), h("Train_B"))
            {
                let centres = |h: &Histogram| -> Vec<(f64, f64)> {
                    (1..=h.bins).map(|b| (h.centre(b), h.contents[b])).collect()
                };
                let title = format!("Classifier output: {}", m.title);
                let chart = Chart {
                    title: title.clone(),
                    x_label: format!("{} output", m.title),
                    y_label: "normalised".into(),
                    series: vec![
                        Series {
                            name: "signal (test)".into(),
                            points: bins(&ts, 1.0),
                            style: Style::Filled,
                            colour: COLOURS[0],
                        },
                        Series {
                            name: "background (test)".into(),
                            points: bins(&tb, 1.0),
                            style: Style::Filled,
                            colour: COLOURS[1],
                        },
                        Series {
                            name: "signal (training)".into(),
                            points: centres(&rs),
                            style: Style::Dots,
                            colour: COLOURS[0],
                        },
                        Series {
                            name: "background (training)".into(),
                            points: centres(&rb),
                            style: Style::Dots,
                            colour: COLOURS[1],
                        },
                    ],
                    ..Default::default()
                };
                let ks = format!(
                    "Kolmogorov-Smirnov probability, test against training: signal {:.3}, \
                     background {:.3}",
                    report.ks_signal, report.ks_background
                );
                s += &figure_with(&chart.to_svg(WIDTH, HEIGHT), &title, &[ks]);
            }
            if let (Some(eff_s), Some(eff_b)) = (h("effS"), h("effB")) {
                s += &self.cut_efficiencies(&m.title, &eff_s, &eff_b);
            }
            let roc = crate::eval::test_roc(&self.dataset, outputs)?;
            rocs.push((m.title.clone(), roc));
        }
        s += "</div>\n<h3>ROC curves</h3>\n<div class=\"plots\">\n";
        s += &figure(
            &roc_chart("ROC curves (test events)", &rocs),
            "ROC curves (test events)",
        );
        s += "</div>\n";
        Ok(s)
    }

    /// Signal and background efficiency of a cut on the output, and the
    /// significance S/√(S+B) of the events it keeps (S, B the classes' test
    /// weights), with its best cut marked.
    fn cut_efficiencies(&self, title: &str, eff_s: &Histogram, eff_b: &Histogram) -> String {
        let test = &self.dataset.test;
        let total = |class: u16| -> f64 {
            (0..test.len())
                .filter(|&e| test.classes[e] == class)
                .map(|e| test.weights[e] as f64)
                .sum()
        };
        let (signal, background) = (total(0), total(1));
        let points = |h: &Histogram| -> Vec<(f64, f64)> {
            (1..=h.bins).map(|b| (h.centre(b), h.contents[b])).collect()
        };
        let (ps, pb) = (points(eff_s), points(eff_b));
        let significance: Vec<(f64, f64)> = ps
            .iter()
            .zip(&pb)
            .map(|(&(x, es), &(_, eb))| {
                let (s, b) = (es * signal, eb * background);
                (x, if s + b > 0.0 { s / (s + b).sqrt() } else { 0.0 })
            })
            .collect();
        let best = significance
            .iter()
            .copied()
            .enumerate()
            .max_by(|a, b| a.1.1.total_cmp(&b.1.1));
        let peak = best.map_or(1.0, |(_, (_, v))| v).max(f64::MIN_POSITIVE);
        let mut notes = vec![format!(
            "S = {signal:.0}, B = {background:.0} (test weights)"
        )];
        let mut markers = Vec::new();
        if let Some((k, (x, v))) = best {
            notes.push(format!(
                "best cut {x:.4}: S/\u{221a}(S+B) = {v:.2}, eff. S {:.3}, B {:.3}",
                ps[k].1, pb[k].1
            ));
            markers.push((x, format!("cut {x:.3}")));
        }
        let chart_title = format!("Cut efficiencies: {title}");
        let chart = Chart {
            title: chart_title.clone(),
            x_label: format!("cut on {title} output"),
            y_label: "efficiency".into(),
            series: vec![
                Series {
                    name: "signal efficiency".into(),
                    points: ps,
                    style: Style::Line,
                    colour: COLOURS[0],
                },
                Series {
                    name: "background efficiency".into(),
                    points: pb,
                    style: Style::Line,
                    colour: COLOURS[1],
                },
                Series {
                    name: format!("S/\u{221a}(S+B) / {peak:.2}"),
                    points: significance.iter().map(|&(x, v)| (x, v / peak)).collect(),
                    style: Style::Dashed,
                    colour: COLOURS[2],
                },
            ],
            y_range: Some((0.0, 1.1)),
            markers,
            ..Default::default()
        };
        figure_with(&chart.to_svg(WIDTH, HEIGHT), &chart_title, &notes)
    }

    fn regression(&self) -> String {
        let d = &self.description;
        let test = &self.dataset.test;
        let nt = test.n_targets;
        let mut s = "<h3>Regression: output minus target against the target (test events)</h3>\n<div class=\"plots\">\n".to_string();
        for (m, (outputs, _)) in d.methods.iter().zip(&self.methods) {
            let n = outputs.n_outputs;
            for (t, target) in d.targets.iter().enumerate().take(n) {
                let pairs: Vec<(f64, f64)> = (0..test.len())
                    .map(|e| {
                        let truth = test.targets[e * nt + t] as f64;
                        (truth, outputs.test[e * n + t] as f64 - truth)
                    })
                    .collect();
                let stride = pairs.len().div_ceil(SCATTER_POINTS).max(1);
                let scatter: Vec<(f64, f64)> = pairs.iter().step_by(stride).copied().collect();
                let profile = profile(&pairs, 20);
                let title = format!("Regression deviation: {}, {target}", m.title);
                let chart = Chart {
                    title: title.clone(),
                    x_label: target.clone(),
                    y_label: format!("{} − {target}", m.title),
                    series: vec![
                        Series {
                            name: "events".into(),
                            points: scatter,
                            style: Style::Dots,
                            colour: "#9bbbd9",
                        },
                        Series {
                            name: "mean per bin".into(),
                            points: profile,
                            style: Style::Line,
                            colour: COLOURS[1],
                        },
                    ],
                    ..Default::default()
                };
                s += &figure(&chart.to_svg(WIDTH, HEIGHT), &title);
            }
        }
        s + "</div>\n"
    }

    fn multiclass(&self) -> Result<String> {
        let d = &self.description;
        let mut s = "<h3>One against the rest: ROC curves per class (test events)</h3>\n<div class=\"plots\">\n".to_string();
        for (m, (outputs, _)) in d.methods.iter().zip(&self.methods) {
            let n = outputs.n_outputs;
            let rocs = d
                .classes
                .iter()
                .enumerate()
                .take(n)
                .map(|(k, class)| Ok((class.clone(), class_roc(&self.dataset, outputs, k)?)))
                .collect::<Result<Vec<_>>>()?;
            let title = format!("One against the rest: {}", m.title);
            s += &figure(&roc_chart(&title, &rocs), &title);
        }
        Ok(s + "</div>\n")
    }

    fn training_histories(&self) -> String {
        let mut s = String::new();
        for m in &self.description.methods {
            let dir = format!("Method_{}/{}/TrainingHistory", m.kind, m.title);
            let Some(train) = self.histogram(&format!("{dir}/trainingLoss")) else {
                continue;
            };
            let per_epoch = |h: &Histogram| -> Vec<(f64, f64)> {
                (1..=h.bins).map(|b| (b as f64, h.contents[b])).collect()
            };
            let mut series = vec![Series {
                name: "training loss".into(),
                points: per_epoch(&train),
                style: Style::Line,
                colour: COLOURS[0],
            }];
            if let Some(val) = self.histogram(&format!("{dir}/validationLoss")) {
                series.push(Series {
                    name: "validation loss".into(),
                    points: per_epoch(&val),
                    style: Style::Dashed,
                    colour: COLOURS[1],
                });
            }
            if s.is_empty() {
                s += "<h3>Training history</h3>\n<div class=\"plots\">\n";
            }
            let title = format!("Training history: {}", m.title);
            let chart = Chart {
                title: title.clone(),
                x_label: "epoch".into(),
                y_label: "loss".into(),
                series,
                ..Default::default()
            };
            s += &figure(&chart.to_svg(WIDTH, HEIGHT), &title);
        }
        if !s.is_empty() {
            s += "</div>\n";
        }
        s
    }
}

/// Mean of `y` in `bins` equal bins of `x` (empty bins left out).
fn profile(pairs: &[(f64, f64)], bins: usize) -> Vec<(f64, f64)> {
    let finite = pairs.iter().filter(|(x, y)| x.is_finite() && y.is_finite());
    let lo = finite.clone().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let hi = finite
        .clone()
        .map(|p| p.0)
        .fold(f64::NEG_INFINITY, f64::max);
    if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return Vec::new();
    }
    let mut sums = vec![(0.0, 0usize); bins];
    for &(x, y) in finite {
        let b = (((x - lo) / (hi - lo)) * bins as f64) as usize;
        let cell = &mut sums[b.min(bins - 1)];
        cell.0 += y;
        cell.1 += 1;
    }
    sums.iter()
        .enumerate()
        .filter(|(_, (_, n))| *n > 0)
        .map(|(b, &(sum, n))| {
            (
                lo + (b as f64 + 0.5) * (hi - lo) / bins as f64,
                sum / n as f64,
            )
        })
        .collect()
}

/// Background rejection against signal efficiency, one curve per entry with
/// its area in the legend.
fn roc_chart(title: &str, rocs: &[(String, Roc)]) -> String {
    let chart = Chart {
        title: title.to_string(),
        x_label: "signal efficiency".into(),
        y_label: "background rejection".into(),
        series: rocs
            .iter()
            .enumerate()
            .map(|(k, (name, roc))| Series {
                name: format!("{name} (area {:.4})", roc.integral()),
                points: roc
                    .signal_efficiency
                    .iter()
                    .zip(&roc.background_efficiency)
                    .map(|(&s, &b)| (s, 1.0 - b))
                    .collect(),
                style: Style::Line,
                colour: COLOURS[k % COLOURS.len()],
            })
            .collect(),
        x_range: Some((0.0, 1.0)),
        y_range: Some((0.0, 1.05)),
        ..Default::default()
    };
    chart.to_svg(WIDTH, HEIGHT)
}
