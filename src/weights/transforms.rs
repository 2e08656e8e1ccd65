//! The `<Transformations>` element in TMVA's own form, both ways
//! (`VariableTransformBase::AttachXMLTo`/`ReadFromXML` and each
//! transformation's; docs/tmva-weight-files.md, section 1.1).
//!
//! TMVA keeps one block of numbers per class and one for all classes, and
//! applies the last block whatever the reference class; a fitted step here
//! has one set of numbers, written into every block, and reading takes the
//! last block.

use std::fmt::Write as _;

use roxmltree::Node;

use super::WeightVariable;
use super::xml::{Doc, escape, sci, sci_list};
use crate::error::Result;
use crate::transform::{Cumulative, Input, Kind, Params, Step, Transformations, spectral_map};

/// What the transformations' inputs refer to.
pub struct Inputs<'a> {
    /// The method's variables, in order.
    pub variables: &'a [WeightVariable],
    /// The regression targets, in order.
    pub targets: &'a [WeightVariable],
    /// How many classes the method has (1 for regression).
    pub n_classes: usize,
}

impl Inputs<'_> {
    fn info(&self, input: Input) -> (&'static str, &WeightVariable) {
        match input {
            Input::Variable(i) => ("Variable", &self.variables[i]),
            Input::Target(i) => ("Target", &self.targets[i]),
        }
    }

    /// TMVA's number of class blocks: one per class and one for all, or a
    /// single one when there is one class.
    fn blocks(&self) -> usize {
        if self.n_classes <= 1 {
            1
        } else {
            self.n_classes + 1
        }
    }

    /// The input a `<Selection>` entry names: the first variable (or
    /// target) whose label or expression is `label` or `expression`.
    fn resolve(&self, doc: Doc, node: Node) -> Result<Input> {
        let kind = doc.attr(node, "Type")?;
        let label = doc.attr(node, "Label")?;
        let expression = node.attribute("Expression").unwrap_or(label);
        let matches = |v: &WeightVariable| {
            v.label == label || v.expression == expression || v.expression == label
        };
        let found = match kind {
            "Variable" => self.variables.iter().position(matches).map(Input::Variable),
            "Target" => self.targets.iter().position(matches).map(Input::Target),
            "Spectator" => {
                return Err(doc.fail(format!(
                    "a transformation reads spectator `{label}`; spectators as \
                     transformation inputs are not supported"
                )));
            }
            other => {
                return Err(doc.fail(format!(
                    "a transformation input of Type `{other}` (Variable, Target or Spectator)"
                )));
            }
        };
        found.ok_or_else(|| {
            doc.fail(format!(
                "a transformation reads {} `{label}`, which the file does not declare",
                kind.to_lowercase()
            ))
        })
    }
}

/// The `<Transformations>` element of `transforms`.
pub fn write(out: &mut String, transforms: &Transformations, inputs: &Inputs) {
    let steps: Vec<&Step> = transforms
        .steps
        .iter()
        .filter(|s| s.kind != Kind::Identity)
        .collect();
    if steps.is_empty() {
        let _ = writeln!(out, "  <Transformations NTransformations=\"0\"/>");
        return;
    }
    let _ = writeln!(
        out,
        "  <Transformations NTransformations=\"{}\">",
        steps.len()
    );
    for step in steps {
        write_step(out, step, inputs);
    }
    let _ = writeln!(out, "  </Transformations>");
}

fn write_step(out: &mut String, step: &Step, inputs: &Inputs) {
    let (name, extra) = match step.kind {
        Kind::Normalize => ("Normalize", ""),
        Kind::Decorrelate => ("Decorrelation", ""),
        Kind::Pca => ("PCA", ""),
        Kind::Gauss => ("Gauss", " FlatOrGauss=\"Gauss\""),
        Kind::Uniform => ("Gauss", " FlatOrGauss=\"Flat\""),
        Kind::Identity => unreachable!("identity steps are not written"),
    };
    let _ = writeln!(out, "    <Transform Name=\"{name}\"{extra}>");
    let _ = writeln!(out, "      <Selection>");
    for (outer, count) in [("Input", "NInputs"), ("Output", "NOutputs")] {
        let _ = writeln!(out, "        <{outer} {count}=\"{}\">", step.inputs.len());
        for &input in &step.inputs {
            let (kind, v) = inputs.info(input);
            let _ = writeln!(
                out,
                "          <{outer} Type=\"{kind}\" Label=\"{}\" Expression=\"{}\"/>",
                escape(&v.label),
                escape(&v.expression)
            );
        }
        let _ = writeln!(out, "        </{outer}>");
    }
    let _ = writeln!(out, "      </Selection>");
    let n = step.inputs.len();
    let blocks = inputs.blocks();
    match &step.params {
        Params::Identity => {}
        Params::Normalize { min, max } => {
            for class in 0..blocks {
                let _ = writeln!(
                    out,
                    "      <Class ClassIndex=\"{class}\">\n        <Ranges>"
                );
                for k in 0..n {
                    let _ = writeln!(
                        out,
                        "          <Range Index=\"{k}\" Min=\"{}\" Max=\"{}\"/>",
                        sci(min[k]),
                        sci(max[k])
                    );
                }
                let _ = writeln!(out, "        </Ranges>\n      </Class>");
            }
        }
        Params::Decorrelate { matrix, .. } => {
            for _ in 0..blocks {
                let _ = writeln!(
                    out,
                    "      <Matrix Rows=\"{n}\" Columns=\"{n}\">{}</Matrix>",
                    sci_list(matrix.iter().copied())
                );
            }
        }
        Params::Pca { mean, axes } => {
            let label = |class: usize| match class {
                0 => "Signal",
                1 => "Background",
                _ => "Combined",
            };
            for class in 0..blocks {
                let _ = writeln!(
                    out,
                    "      <Statistics Class=\"{}\" ClassIndex=\"{class}\" NRows=\"{n}\">{}</Statistics>",
                    label(class),
                    sci_list(mean.iter().copied())
                );
            }
            for class in 0..blocks {
                let _ = writeln!(
                    out,
                    "      <Eigenvectors Class=\"{}\" ClassIndex=\"{class}\" NRows=\"{n}\" NCols=\"{n}\">{}</Eigenvectors>",
                    label(class),
                    sci_list(axes.iter().copied())
                );
            }
        }
        Params::Cumulative { cdfs } => {
            for (k, cdf) in cdfs.iter().enumerate() {
                let _ = writeln!(out, "      <Variable VarIndex=\"{k}\">");
                for class in 0..blocks {
                    write_pdf(out, cdf, k, class);
                }
                let _ = writeln!(out, "      </Variable>");
            }
        }
    }
    let _ = writeln!(out, "    </Transform>");
}

/// One `<CumulativePDF_cls*>` with its `<PDF>` as `PDF::AddXMLTo` writes it
/// for the Gauss transformation (kSpline1, no smoothing, no KDE).
fn write_pdf(out: &mut String, cdf: &Cumulative, var: usize, class: usize) {
    let edges = cdf.edges();
    let bins = cdf.fractions().len();
    let _ = writeln!(out, "        <CumulativePDF_cls{class}>");
    let _ = writeln!(
        out,
        "          <PDF Name=\"GaussTransform var{var} cls{class}\" MinNSmooth=\"0\" MaxNSmooth=\"0\" \
         InterpolMethod=\"1\" KDE_type=\"0\" KDE_iter=\"1\" KDE_border=\"1\" KDE_finefactor=\"{}\">",
        sci(0.0)
    );
    let _ = writeln!(
        out,
        "            <Histogram Name=\"Cumulative_Var{var}_cls{class}_original\" NBins=\"{bins}\" \
         XMin=\"{}\" XMax=\"{}\" HasEquidistantBins=\"0\">{}</Histogram>",
        sci(edges[0]),
        sci(edges[bins]),
        sci_list(cdf.fractions().iter().copied())
    );
    let _ = writeln!(
        out,
        "            <HistogramBinning NBins=\"{bins}\">{}</HistogramBinning>",
        sci_list(edges.iter().copied())
    );
    let _ = writeln!(out, "          </PDF>\n        </CumulativePDF_cls{class}>");
}

/// The steps of a `<Transformations>` element in TMVA's form.
pub fn read(doc: Doc, node: Node, inputs: &Inputs) -> Result<Transformations> {
    let mut steps = Vec::new();
    for (number, t) in Doc::children(node, "Transform").enumerate() {
        let step = read_step(doc, t, inputs).map_err(|e| match e {
            crate::error::Error::Format { path, message } => crate::error::Error::Format {
                path,
                message: format!("transformation {}: {message}", number + 1),
            },
            other => other,
        })?;
        steps.push(step);
    }
    if let Some(count) = node.attribute("NTransformations")
        && count.trim().parse::<usize>().ok() != Some(steps.len())
    {
        return Err(doc.fail(format!(
            "NTransformations is `{count}` but {} <Transform> elements follow",
            steps.len()
        )));
    }
    let definition = steps
        .iter()
        .map(|s: &Step| s.kind.letter())
        .collect::<Vec<_>>()
        .join(",");
    Ok(Transformations { definition, steps })
}

/// The elements of `node` named `name` with the highest `ClassIndex`
/// attribute (TMVA's all-classes block), or the last one when they have no
/// such attribute.
fn last_block<'a, 'i>(doc: Doc, node: Node<'a, 'i>, name: &'a str) -> Result<Node<'a, 'i>> {
    let mut best: Option<(usize, Node)> = None;
    for (k, n) in Doc::children(node, name).enumerate() {
        let index = match n.attribute("ClassIndex") {
            Some(_) => doc.count(n, "ClassIndex")?,
            None => k,
        };
        if best.is_none_or(|(b, _)| index >= b) {
            best = Some((index, n));
        }
    }
    best.map(|(_, n)| n)
        .ok_or_else(|| doc.fail(format!("<Transform> has no <{name}> element")))
}

fn read_step(doc: Doc, node: Node, inputs: &Inputs) -> Result<Step> {
    let name = doc.attr(node, "Name")?;
    let kind = match name {
        "Normalize" => Kind::Normalize,
        "Decorrelation" => Kind::Decorrelate,
        "PCA" => Kind::Pca,
        "Uniform" => Kind::Uniform,
        "Gauss" => match node.attribute("FlatOrGauss") {
            Some("Flat") => Kind::Uniform,
            _ => Kind::Gauss,
        },
        other => {
            return Err(doc.fail(format!(
                "<Transform Name=\"{other}\"> is not supported (Normalize, Decorrelation, \
                 PCA, Gauss and Uniform are)"
            )));
        }
    };
    let step_inputs: Vec<Input> = match node.children().find(|n| n.has_tag_name("Selection")) {
        Some(selection) => {
            let list = doc.child(selection, "Input")?;
            Doc::children(list, "Input")
                .map(|i| inputs.resolve(doc, i))
                .collect::<Result<_>>()?
        }
        // Files older than the <Selection> element: all variables, then all targets.
        None => (0..inputs.variables.len())
            .map(Input::Variable)
            .chain((0..inputs.targets.len()).map(Input::Target))
            .collect(),
    };
    let n = step_inputs.len();
    if n == 0 {
        return Err(doc.fail(format!("<Transform Name=\"{name}\"> has no inputs")));
    }
    let params = match kind {
        Kind::Normalize => {
            let ranges = doc.child(last_block(doc, node, "Class")?, "Ranges")?;
            let (mut min, mut max) = (vec![None; n], vec![None; n]);
            for r in Doc::children(ranges, "Range") {
                let k = doc.count(r, "Index")?;
                if k >= n {
                    return Err(doc.fail(format!(
                        "<Range> Index {k} is beyond the {n} inputs of the transformation"
                    )));
                }
                // Stored in `Float_t`.
                min[k] = Some(doc.number(r, "Min")? as f32 as f64);
                max[k] = Some(doc.number(r, "Max")? as f32 as f64);
            }
            let complete = |v: Vec<Option<f64>>| -> Result<Vec<f64>> {
                v.iter()
                    .enumerate()
                    .map(|(k, x)| x.ok_or_else(|| doc.fail(format!("no <Range> for input {k}"))))
                    .collect()
            };
            Params::Normalize {
                min: complete(min)?,
                max: complete(max)?,
            }
        }
        Kind::Decorrelate => {
            let m = last_block(doc, node, "Matrix")?;
            let (rows, cols) = (doc.count(m, "Rows")?, doc.count(m, "Columns")?);
            if rows != n || cols != n {
                return Err(doc.fail(format!(
                    "a {rows} x {cols} decorrelation matrix for {n} inputs"
                )));
            }
            let matrix = doc.numbers(m, n * n)?;
            let inverse = inverse_of_symmetric(&matrix, n)
                .ok_or_else(|| doc.fail("the decorrelation matrix is not invertible"))?;
            Params::Decorrelate { matrix, inverse }
        }
        Kind::Pca => {
            let stats = last_block(doc, node, "Statistics")?;
            let vectors = last_block(doc, node, "Eigenvectors")?;
            let (rows, cols) = (doc.count(vectors, "NRows")?, doc.count(vectors, "NCols")?);
            if doc.count(stats, "NRows")? != n || rows != n || cols != n {
                return Err(doc.fail(format!(
                    "PCA statistics or a {rows} x {cols} eigenvector matrix for {n} inputs"
                )));
            }
            Params::Pca {
                mean: doc.numbers(stats, n)?,
                axes: doc.numbers(vectors, n * n)?,
            }
        }
        Kind::Gauss | Kind::Uniform => {
            let mut cdfs = vec![None; n];
            for v in Doc::children(node, "Variable") {
                let k = doc.count(v, "VarIndex")?;
                if k >= n {
                    return Err(doc.fail(format!(
                        "<Variable> VarIndex {k} is beyond the {n} inputs of the transformation"
                    )));
                }
                cdfs[k] = Some(read_pdf(doc, v, k)?);
            }
            Params::Cumulative {
                cdfs: cdfs
                    .into_iter()
                    .enumerate()
                    .map(|(k, c)| {
                        c.ok_or_else(|| {
                            doc.fail(format!("no cumulative distribution for input {k}"))
                        })
                    })
                    .collect::<Result<_>>()?,
            }
        }
        Kind::Identity => unreachable!("not a TMVA transform name"),
    };
    let step = Step {
        kind,
        class: None,
        inputs: step_inputs,
        params,
    };
    Ok(step)
}

/// The all-classes `<CumulativePDF_cls*>` of one `<Variable>`, read as
/// `PDF::ReadXML` does.
fn read_pdf(doc: Doc, variable: Node, k: usize) -> Result<Cumulative> {
    let mut best: Option<(usize, Node)> = None;
    for c in variable.children().filter(Node::is_element) {
        let class = c
            .tag_name()
            .name()
            .strip_prefix("CumulativePDF_cls")
            .and_then(|s| s.parse::<usize>().ok());
        if let Some(class) = class
            && best.is_none_or(|(b, _)| class >= b)
        {
            best = Some((class, c));
        }
    }
    let (_, block) =
        best.ok_or_else(|| doc.fail(format!("input {k} has no <CumulativePDF_cls*> element")))?;
    let pdf = doc.child(block, "PDF")?;
    if let Some(method) = pdf.attribute("InterpolMethod")
        && method.trim() != "1"
    {
        return Err(doc.fail(format!(
            "input {k}'s PDF has InterpolMethod {method}; the Gauss transformation uses 1 \
             (linear spline), the only one supported"
        )));
    }
    let hist = doc.child(pdf, "Histogram")?;
    let bins = doc.count(hist, "NBins")?;
    if bins == 0 {
        return Err(doc.fail(format!("input {k}'s PDF histogram has no bins")));
    }
    let fractions = doc.numbers(hist, bins)?;
    let equidistant = hist.attribute("HasEquidistantBins").map(str::trim) == Some("1");
    let edges = if equidistant {
        let (lo, hi) = (doc.number(hist, "XMin")?, doc.number(hist, "XMax")?);
        (0..=bins)
            .map(|b| lo + b as f64 * (hi - lo) / bins as f64)
            .collect()
    } else {
        // NBins counts the bins, not the edges (`PDF::ReadXML` insists).
        let binning = doc.child(pdf, "HistogramBinning")?;
        let counted = doc.count(binning, "NBins")?;
        if counted != bins {
            return Err(doc.fail(format!(
                "input {k}'s PDF has {bins} bins but its <HistogramBinning> NBins is {counted}"
            )));
        }
        doc.numbers(binning, bins + 1)?
    };
    Cumulative::new(edges, fractions)
        .map_err(|e| doc.fail(format!("input {k}'s cumulative distribution: {e}")))
}

/// The inverse of a symmetric matrix through its eigen-decomposition, if
/// no eigenvalue is zero.
fn inverse_of_symmetric(m: &[f64], n: usize) -> Option<Vec<f64>> {
    if m.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let (values, vectors) = crate::transform::symmetric_eigen(m, n);
    let largest = values.iter().fold(0.0f64, |a, v| a.max(v.abs()));
    if values.iter().any(|v| v.abs() <= largest * 1e-14) {
        return None;
    }
    Some(spectral_map(&values, &vectors, n, |v| 1.0 / v))
}
