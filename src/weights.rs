//! Weight files: `<dataset>/weights/<job>_<title>.weights.xml`, in TMVA's
//! layout (`MethodSetup` with `GeneralInfo`, `Options`, `Variables`,
//! `Spectators`, `Classes`, `Targets`, `Transformations`, `Weights`).
//!
//! Two parts differ from TMVA's files, and say so in their attributes: the
//! fitted transformations are stored as one JSON document
//! (`<Transform Format="tmva-burn-json">`) rather than TMVA's per-step
//! elements, and a network's `Weights` element points at the trained
//! TorchScript `.pt` beside the XML file, as MethodPyTorch's does.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::data::expr::Expr;
use crate::error::{Error, Result};
use crate::factory::MethodKind;
use crate::methods::{Fisher, FisherMethod};
use crate::transform::Transformations;

/// Elements nest at most this deep in a weight file (TMVA's are about 5
/// deep); the XML parser recurses, so deeper files are refused up front.
const MAX_XML_DEPTH: usize = 256;

/// One input variable as the weight file records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightVariable {
    /// The expression (`var1`, `myvar := var3*var4`'s label).
    pub expression: String,
    /// The label the Reader's `add_variable` must use.
    pub label: String,
    /// Smallest value in the training data.
    pub min: f64,
    /// Largest value in the training data.
    pub max: f64,
}

/// What a method needs to be applied again.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// Fisher coefficients.
    Fisher(Fisher),
    /// A network saved as TorchScript at `model` (relative to the XML file's folder).
    Network {
        /// The trained model file.
        model: PathBuf,
        /// Inputs.
        n_inputs: usize,
        /// Outputs.
        n_outputs: usize,
    },
}

/// The contents of a weight file.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightFile {
    /// The method's type.
    pub kind: MethodKind,
    /// The method's title.
    pub title: String,
    /// The factory's job name.
    pub job: String,
    /// `Classification`, `Regression` or `Multiclass`.
    pub analysis: String,
    /// The booking option string.
    pub options: String,
    /// Input variables, in order.
    pub variables: Vec<WeightVariable>,
    /// Spectator labels.
    pub spectators: Vec<String>,
    /// Class names (index = class id).
    pub classes: Vec<String>,
    /// Target labels.
    pub targets: Vec<String>,
    /// The fitted variable transformations.
    pub transforms: Transformations,
    /// The method's own part.
    pub payload: Payload,
}

fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl WeightFile {
    /// The XML text.
    pub fn to_xml(&self) -> Result<String> {
        let mut x = String::from("<?xml version=\"1.0\"?>\n");
        let _ = writeln!(
            x,
            "<MethodSetup Method=\"{}::{}\">",
            self.kind.name(),
            attr(&self.title)
        );
        let _ = writeln!(x, "  <GeneralInfo>");
        for (name, value) in [
            (
                "TMVA Release",
                format!("tmva-burn {}", env!("CARGO_PKG_VERSION")),
            ),
            ("Creator", "tmva-burn".to_string()),
            ("Job", self.job.clone()),
            ("AnalysisType", self.analysis.clone()),
        ] {
            let _ = writeln!(x, "    <Info name=\"{name}\" value=\"{}\"/>", attr(&value));
        }
        let _ = writeln!(x, "  </GeneralInfo>");
        let _ = writeln!(x, "  <Options>{}</Options>", attr(&self.options));
        let _ = writeln!(x, "  <Variables NVar=\"{}\">", self.variables.len());
        for (i, v) in self.variables.iter().enumerate() {
            let _ = writeln!(
                x,
                "    <Variable VarIndex=\"{i}\" Expression=\"{}\" Label=\"{}\" Title=\"{}\" Unit=\"\" Internal=\"{}\" Type=\"F\" Min=\"{:e}\" Max=\"{:e}\"/>",
                attr(&v.expression),
                attr(&v.label),
                attr(&v.label),
                attr(&v.label),
                v.min,
                v.max
            );
        }
        let _ = writeln!(x, "  </Variables>");
        let list = |x: &mut String, outer: &str, count: &str, inner: &str, names: &[String]| {
            let _ = writeln!(x, "  <{outer} {count}=\"{}\">", names.len());
            for (i, n) in names.iter().enumerate() {
                let _ = writeln!(
                    x,
                    "    <{inner} Index=\"{i}\" Label=\"{}\" Name=\"{}\"/>",
                    attr(n),
                    attr(n)
                );
            }
            let _ = writeln!(x, "  </{outer}>");
        };
        list(&mut x, "Spectators", "NSpec", "Spectator", &self.spectators);
        list(&mut x, "Classes", "NClass", "Class", &self.classes);
        list(&mut x, "Targets", "NTrgt", "Target", &self.targets);
        let transforms = serde_json::to_string(&self.transforms)
            .map_err(|e| Error::Backend(format!("transformations to JSON: {e}")))?;
        let _ = writeln!(
            x,
            "  <Transformations NTransformations=\"{}\">\n    <Transform Name=\"{}\" Format=\"tmva-burn-json\">{}</Transform>\n  </Transformations>",
            self.transforms.steps.len(),
            attr(&self.transforms.definition),
            attr(&transforms)
        );
        match &self.payload {
            Payload::Fisher(f) => {
                let _ = writeln!(
                    x,
                    "  <Weights NCoeff=\"{}\" Method=\"{}\">",
                    f.coefficients.len() + 1,
                    match f.method {
                        FisherMethod::Fisher => "Fisher",
                        FisherMethod::Mahalanobis => "Mahalanobis",
                    }
                );
                let _ = writeln!(x, "    <Coefficient Index=\"0\" Value=\"{:e}\"/>", f.offset);
                for (i, c) in f.coefficients.iter().enumerate() {
                    let _ = writeln!(x, "    <Coefficient Index=\"{}\" Value=\"{c:e}\"/>", i + 1);
                }
                let _ = writeln!(x, "  </Weights>");
            }
            Payload::Network {
                model,
                n_inputs,
                n_outputs,
            } => {
                let _ = writeln!(
                    x,
                    "  <Weights Format=\"TorchScript\" FilenameTrainedModel=\"{}\" NInputs=\"{n_inputs}\" NOutputs=\"{n_outputs}\"/>",
                    attr(&model.to_string_lossy())
                );
            }
        }
        x.push_str("</MethodSetup>\n");
        Ok(x)
    }

    /// Writes the XML file atomically.
    pub fn write(&self, path: impl AsRef<Path>) -> Result<()> {
        crate::util::write_atomic(path.as_ref(), self.to_xml()?.as_bytes())
    }

    /// Reads a weight file written by [`write`](Self::write).
    pub fn read(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text, path)
    }

    /// The variables as expressions (the label where no expression is
    /// stored), and the branches they read, each once, sorted.
    pub fn variable_expressions(&self) -> Result<(Vec<Expr>, Vec<String>)> {
        let exprs = self
            .variables
            .iter()
            .map(|v| {
                Expr::parse(if v.expression.is_empty() {
                    &v.label
                } else {
                    &v.expression
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut branches: Vec<String> = exprs.iter().flat_map(Expr::branches).collect();
        branches.sort();
        branches.dedup();
        Ok((exprs, branches))
    }

    /// Parses XML text; `path` names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        let fail = |message: String| Error::Format {
            path: path.to_path_buf(),
            message,
        };
        crate::util::check_xml_depth(text, MAX_XML_DEPTH).map_err(fail)?;
        let doc = roxmltree::Document::parse(text).map_err(|e| fail(format!("not XML: {e}")))?;
        let root = doc.root_element();
        if root.tag_name().name() != "MethodSetup" {
            return Err(fail(format!(
                "root element is <{}>, not <MethodSetup>",
                root.tag_name().name()
            )));
        }
        let method = root
            .attribute("Method")
            .ok_or_else(|| fail("<MethodSetup> has no Method".into()))?;
        let (kind, title) = method
            .split_once("::")
            .ok_or_else(|| fail(format!("Method `{method}` is not `Type::Title`")))?;
        let kind = match kind {
            "PyTorch" => MethodKind::PyTorch,
            "Fisher" => MethodKind::Fisher,
            other => return Err(fail(format!("method type `{other}` is not supported"))),
        };
        let child = |name: &str| {
            root.children()
                .find(|n| n.has_tag_name(name))
                .ok_or_else(|| fail(format!("no <{name}> element")))
        };
        let info = |name: &str| {
            child("GeneralInfo").ok().and_then(|g| {
                g.children()
                    .find(|n| n.has_tag_name("Info") && n.attribute("name") == Some(name))
                    .and_then(|n| n.attribute("value"))
                    .map(str::to_string)
            })
        };
        let number = |node: roxmltree::Node, name: &str| -> Result<f64> {
            node.attribute(name)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| {
                    fail(format!(
                        "<{}> without a numeric {name}",
                        node.tag_name().name()
                    ))
                })
        };
        let mut variables = Vec::new();
        for v in child("Variables")?
            .children()
            .filter(|n| n.has_tag_name("Variable"))
        {
            variables.push(WeightVariable {
                expression: v.attribute("Expression").unwrap_or_default().to_string(),
                label: v
                    .attribute("Label")
                    .ok_or_else(|| fail("<Variable> without Label".into()))?
                    .to_string(),
                min: number(v, "Min")?,
                max: number(v, "Max")?,
            });
        }
        let names = |outer: &str, inner: &str| -> Result<Vec<String>> {
            Ok(child(outer)?
                .children()
                .filter(|n| n.has_tag_name(inner))
                .map(|n| n.attribute("Label").unwrap_or_default().to_string())
                .collect())
        };
        let transforms_node = child("Transformations")?
            .children()
            .find(|n| n.has_tag_name("Transform"));
        let transforms = match transforms_node {
            None => Transformations::default(),
            Some(node) => {
                if node.attribute("Format") != Some("tmva-burn-json") {
                    return Err(fail(
                        "transformations in TMVA's own format cannot be read; only files \
                         written by tmva-burn"
                            .into(),
                    ));
                }
                serde_json::from_str(node.text().unwrap_or_default())
                    .map_err(|e| fail(format!("transformations: {e}")))?
            }
        };
        let weights = child("Weights")?;
        let payload = match kind {
            MethodKind::Fisher => {
                let mut coefficients = vec![0.0; variables.len()];
                let mut offset = None;
                for c in weights.children().filter(|n| n.has_tag_name("Coefficient")) {
                    let index = number(c, "Index")? as usize;
                    let value = number(c, "Value")?;
                    match index {
                        0 => offset = Some(value),
                        i if i <= coefficients.len() => coefficients[i - 1] = value,
                        i => return Err(fail(format!("coefficient index {i} out of range"))),
                    }
                }
                let method = match weights.attribute("Method") {
                    Some("Mahalanobis") => FisherMethod::Mahalanobis,
                    _ => FisherMethod::Fisher,
                };
                Payload::Fisher(Fisher {
                    method,
                    offset: offset.ok_or_else(|| fail("no Fisher offset (Index 0)".into()))?,
                    coefficients,
                    discriminating_power: Vec::new(),
                })
            }
            MethodKind::PyTorch => Payload::Network {
                model: PathBuf::from(
                    weights
                        .attribute("FilenameTrainedModel")
                        .ok_or_else(|| fail("<Weights> without FilenameTrainedModel".into()))?,
                ),
                n_inputs: number(weights, "NInputs")? as usize,
                n_outputs: number(weights, "NOutputs")? as usize,
            },
        };
        Ok(Self {
            kind,
            title: title.to_string(),
            job: info("Job").unwrap_or_default(),
            analysis: info("AnalysisType").unwrap_or_else(|| "Classification".into()),
            options: child("Options")?.text().unwrap_or_default().to_string(),
            variables,
            spectators: names("Spectators", "Spectator")?,
            classes: names("Classes", "Class")?,
            targets: names("Targets", "Target")?,
            transforms,
            payload,
        })
    }
}

#[cfg(test)]
mod depth_tests {
    use super::*;

    #[test]
    fn deeply_nested_xml_is_an_error_not_a_stack_overflow() {
        let text = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
        // Run where a stack overflow would show: a test thread's small stack.
        let result = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || WeightFile::parse(&text, Path::new("deep.xml")).map(|_| ()))
            .unwrap()
            .join()
            .expect("no stack overflow");
        let err = result.unwrap_err().to_string();
        assert!(err.contains("deep.xml"), "{err}");
    }
}
