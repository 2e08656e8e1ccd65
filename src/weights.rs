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
use crate::methods::{Analysis, Fisher, FisherMethod, MethodKind};
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
    /// What the method computes (`AnalysisType`).
    pub analysis: Analysis,
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
            ("AnalysisType", self.analysis.name().to_string()),
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
        crate::staging::write_atomic(path.as_ref(), self.to_xml()?.as_bytes())
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
        let kind = MethodKind::from_name(kind)
            .ok_or_else(|| fail(format!("method type `{kind}` is not supported")))?;
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
        let count = |node: roxmltree::Node, name: &str| -> Result<usize> {
            let text = node.attribute(name).unwrap_or_default();
            text.parse().map_err(|_| {
                fail(format!(
                    "<{}> {name} `{text}` is not a count",
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
        let transformations = child("Transformations")?;
        let transforms_node = transformations
            .children()
            .find(|n| n.has_tag_name("Transform"));
        let transforms: Transformations = match transforms_node {
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
        if let Some(count) = transformations.attribute("NTransformations") {
            let count = count
                .parse::<usize>()
                .map_err(|_| fail(format!("NTransformations `{count}` is not a count")))?;
            if count != transforms.steps.len() {
                return Err(fail(format!(
                    "NTransformations is {count} but {} fitted steps are stored",
                    transforms.steps.len()
                )));
            }
        }
        let weights = child("Weights")?;
        let payload = match kind {
            MethodKind::Fisher => {
                let mut coefficients = vec![None; variables.len() + 1];
                for c in weights.children().filter(|n| n.has_tag_name("Coefficient")) {
                    let index = c.attribute("Index").unwrap_or_default();
                    let slot = index
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| coefficients.get_mut(i))
                        .ok_or_else(|| {
                            fail(format!(
                                "coefficient Index `{index}` is not one of 0..={} \
                                 (0 is the offset, then one per variable)",
                                variables.len()
                            ))
                        })?;
                    let value = number(c, "Value")?;
                    if !value.is_finite() {
                        return Err(fail(format!("coefficient {index} is {value}")));
                    }
                    if slot.replace(value).is_some() {
                        return Err(fail(format!("coefficient {index} is given twice")));
                    }
                }
                if let Some(missing) = coefficients.iter().position(Option::is_none) {
                    return Err(fail(format!(
                        "coefficient {missing} is missing ({} variables need Index 0..={})",
                        variables.len(),
                        variables.len()
                    )));
                }
                let mut coefficients: Vec<f64> = coefficients.into_iter().flatten().collect();
                let offset = coefficients.remove(0);
                if let Some(count) = weights.attribute("NCoeff")
                    && count.parse::<usize>().ok() != Some(variables.len() + 1)
                {
                    return Err(fail(format!(
                        "NCoeff is `{count}` but {} variables need {} coefficients",
                        variables.len(),
                        variables.len() + 1
                    )));
                }
                let method = match weights.attribute("Method") {
                    None | Some("Fisher") => FisherMethod::Fisher,
                    Some("Mahalanobis") => FisherMethod::Mahalanobis,
                    Some(other) => {
                        return Err(fail(format!(
                            "Fisher Method `{other}` is not Fisher or Mahalanobis"
                        )));
                    }
                };
                Payload::Fisher(Fisher {
                    method,
                    offset,
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
                n_inputs: count(weights, "NInputs")?,
                n_outputs: count(weights, "NOutputs")?,
            },
        };
        let analysis =
            info("AnalysisType").ok_or_else(|| fail("<GeneralInfo> has no AnalysisType".into()))?;
        let analysis = Analysis::from_name(&analysis).ok_or_else(|| {
            fail(format!(
                "AnalysisType `{analysis}` is not Classification, Regression or Multiclass"
            ))
        })?;
        let file = Self {
            kind,
            title: title.to_string(),
            job: info("Job").unwrap_or_default(),
            analysis,
            options: child("Options")?.text().unwrap_or_default().to_string(),
            variables,
            spectators: names("Spectators", "Spectator")?,
            classes: names("Classes", "Class")?,
            targets: names("Targets", "Target")?,
            transforms,
            payload,
        };
        file.check().map_err(fail)?;
        Ok(file)
    }

    /// Checks that the parts of a weight file agree with each other: a
    /// file edited by hand or cut short is refused rather than giving
    /// different scores.
    fn check(&self) -> std::result::Result<(), String> {
        let (n_variables, n_targets) = (self.variables.len(), self.targets.len());
        if n_variables == 0 {
            return Err("no input variables".into());
        }
        self.variable_expressions()
            .map_err(|e| format!("variable expressions: {e}"))?;
        self.transforms
            .check(n_variables, n_targets)
            .map_err(|e| format!("transformation `{}`: {e}", self.transforms.definition))?;
        match (self.kind, self.analysis) {
            (MethodKind::Fisher, Analysis::Classification) => {}
            (MethodKind::Fisher, other) => {
                return Err(format!("a Fisher method cannot be a {other} method"));
            }
            _ => {}
        }
        if self.analysis == Analysis::Regression && n_targets == 0 {
            return Err("a regression without targets".into());
        }
        if self.analysis == Analysis::Multiclass && self.classes.len() < 2 {
            return Err(format!(
                "a multiclass method with {} classes",
                self.classes.len()
            ));
        }
        if let Payload::Network {
            n_inputs,
            n_outputs,
            ..
        } = &self.payload
        {
            if *n_inputs != n_variables {
                return Err(format!(
                    "NInputs is {n_inputs} but there are {n_variables} variables"
                ));
            }
            let expected = match self.analysis {
                Analysis::Classification => None,
                Analysis::Regression => Some(n_targets),
                Analysis::Multiclass => Some(self.classes.len()),
            };
            if *n_outputs == 0 || expected.is_some_and(|e| e != *n_outputs) {
                return Err(format!(
                    "NOutputs is {n_outputs}; a {} method with {} needs {}",
                    self.analysis,
                    match self.analysis {
                        Analysis::Regression => format!("{n_targets} targets"),
                        _ => format!("{} classes", self.classes.len()),
                    },
                    expected.map_or("at least 1".to_string(), |e| e.to_string())
                ));
            }
        }
        Ok(())
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

#[cfg(test)]
mod consistency_tests {
    use super::*;
    use crate::transform::{Cumulative, Input, Kind, Params, Step};

    fn fisher_file() -> WeightFile {
        let variables = (1..=2)
            .map(|i| WeightVariable {
                expression: format!("var{i}"),
                label: format!("var{i}"),
                min: -1.0,
                max: 1.0,
            })
            .collect();
        let cdf = Cumulative {
            x: vec![-1.0, 0.0, 1.0],
            y: vec![0.1, 0.5, 0.9],
        };
        WeightFile {
            kind: MethodKind::Fisher,
            title: "Fisher".into(),
            job: "job".into(),
            analysis: Analysis::Classification,
            options: String::new(),
            variables,
            spectators: Vec::new(),
            classes: vec!["Signal".into(), "Background".into()],
            targets: Vec::new(),
            transforms: Transformations {
                definition: "D,G".into(),
                steps: vec![
                    Step {
                        kind: Kind::Decorrelate,
                        class: None,
                        inputs: vec![Input::Variable(0), Input::Variable(1)],
                        params: Params::Decorrelate {
                            matrix: vec![1.0, 0.0, 0.0, 1.0],
                            inverse: vec![1.0, 0.0, 0.0, 1.0],
                        },
                    },
                    Step {
                        kind: Kind::Gauss,
                        class: None,
                        inputs: vec![Input::Variable(0), Input::Variable(1)],
                        params: Params::Cumulative {
                            cdfs: vec![cdf.clone(), cdf],
                        },
                    },
                ],
            },
            payload: Payload::Fisher(Fisher {
                method: FisherMethod::Fisher,
                offset: 0.5,
                coefficients: vec![1.0, -2.0],
                discriminating_power: Vec::new(),
            }),
        }
    }

    fn parse_error(xml: &str) -> String {
        match WeightFile::parse(xml, Path::new("edited.weights.xml")) {
            Ok(_) => panic!("accepted:\n{xml}"),
            Err(e) => e.to_string(),
        }
    }

    fn edited(edit: impl FnOnce(&mut WeightFile)) -> String {
        let mut file = fisher_file();
        edit(&mut file);
        parse_error(&file.to_xml().unwrap())
    }

    #[test]
    fn a_consistent_file_reads_back_equal() {
        let file = fisher_file();
        let back = WeightFile::parse(&file.to_xml().unwrap(), Path::new("w.xml")).unwrap();
        assert_eq!(back, file);
    }

    #[test]
    fn inconsistent_transformation_data_is_refused_naming_the_step() {
        let short_matrix = edited(|f| {
            f.transforms.steps[0].params = Params::Decorrelate {
                matrix: vec![1.0, 0.0, 0.0],
                inverse: vec![1.0, 0.0, 0.0, 1.0],
            }
        });
        assert!(
            short_matrix.contains("edited.weights.xml"),
            "{short_matrix}"
        );
        assert!(short_matrix.contains("step 1 (`D`)"), "{short_matrix}");
        assert!(
            short_matrix.contains("`matrix` has 3 values"),
            "{short_matrix}"
        );
        let empty_cdf = edited(|f| {
            f.transforms.steps[1].params = Params::Cumulative {
                cdfs: vec![
                    Cumulative {
                        x: vec![],
                        y: vec![],
                    };
                    2
                ],
            }
        });
        assert!(empty_cdf.contains("step 2 (`G`)"), "{empty_cdf}");
        let missing_cdf = edited(|f| {
            if let Params::Cumulative { cdfs } = &mut f.transforms.steps[1].params {
                cdfs.pop();
            }
        });
        assert!(
            missing_cdf.contains("1 cumulative distributions for 2 inputs"),
            "{missing_cdf}"
        );
        // JSON has no NaN: serde writes null, which does not read as a number.
        let nan = edited(|f| {
            f.transforms.steps[0].params = Params::Decorrelate {
                matrix: vec![1.0, f64::NAN, 0.0, 1.0],
                inverse: vec![1.0, 0.0, 0.0, 1.0],
            }
        });
        assert!(nan.contains("transformations: invalid type: null"), "{nan}");
        let mut file = fisher_file();
        file.transforms.steps[0].params = Params::Decorrelate {
            matrix: vec![1.0, f64::INFINITY, 0.0, 1.0],
            inverse: vec![1.0, 0.0, 0.0, 1.0],
        };
        let err = file.check().unwrap_err();
        assert!(err.contains("`matrix`[1] is inf"), "{err}");
        let out_of_range = edited(|f| f.transforms.steps[0].inputs[1] = Input::Variable(7));
        assert!(out_of_range.contains("variable 7"), "{out_of_range}");
        let wrong_kind = edited(|f| f.transforms.steps[0].params = Params::Identity);
        assert!(wrong_kind.contains("another kind"), "{wrong_kind}");
        let decreasing = edited(|f| {
            if let Params::Cumulative { cdfs } = &mut f.transforms.steps[1].params {
                cdfs[0].y = vec![0.5, 0.4, 0.9];
            }
        });
        assert!(decreasing.contains("fractions decrease"), "{decreasing}");
    }

    #[test]
    fn steps_that_do_not_match_the_definition_are_refused() {
        let dropped = edited(|f| f.transforms.steps.pop().map(|_| ()).unwrap());
        assert!(dropped.contains("[D,G]"), "{dropped}");
        let xml = fisher_file().to_xml().unwrap();
        let start = xml.find("    <Transform ").unwrap();
        let end = xml.find("</Transform>").unwrap() + "</Transform>\n".len();
        let without = format!("{}{}", &xml[..start], &xml[end..]);
        let err = parse_error(&without);
        assert!(err.contains("NTransformations is 2"), "{err}");
    }

    #[test]
    fn fisher_coefficients_must_be_complete_unique_and_finite() {
        let xml = fisher_file().to_xml().unwrap();
        for (from, to, expected) in [
            ("t Index=\"1\"", "t Index=\"-1\"", "Index `-1`"),
            (
                "t Index=\"2\"",
                "t Index=\"1\"",
                "coefficient 1 is given twice",
            ),
            ("Value=\"-2e0\"", "Value=\"nan\"", "coefficient 2 is NaN"),
            ("t Index=\"2\"", "t Index=\"3\"", "Index `3`"),
            ("NCoeff=\"3\"", "NCoeff=\"4\"", "NCoeff is `4`"),
            ("Method=\"Fisher\"", "Method=\"Fischer\"", "`Fischer`"),
        ] {
            assert!(xml.contains(from), "{from} in\n{xml}");
            let err = parse_error(&xml.replacen(from, to, 1));
            assert!(err.contains(expected), "{from} -> {to}: {err}");
        }
        let start = xml.find("    <Coefficient Index=\"2\"").unwrap();
        let end = start + xml[start..].find('\n').unwrap() + 1;
        let err = parse_error(&format!("{}{}", &xml[..start], &xml[end..]));
        assert!(err.contains("coefficient 2 is missing"), "{err}");
    }

    #[test]
    fn analysis_type_and_network_sizes_are_checked() {
        let xml = fisher_file().to_xml().unwrap();
        let err = parse_error(&xml.replace("\"Classification\"", "\"Foo\""));
        assert!(err.contains("AnalysisType `Foo`"), "{err}");
        let err = edited(|f| f.analysis = Analysis::Regression);
        assert!(
            err.contains("Fisher method cannot be a Regression"),
            "{err}"
        );
        let network = |n_inputs, n_outputs, analysis| {
            edited(|f| {
                f.kind = MethodKind::PyTorch;
                f.analysis = analysis;
                f.payload = Payload::Network {
                    model: "m.pt".into(),
                    n_inputs,
                    n_outputs,
                };
            })
        };
        assert!(network(3, 2, Analysis::Classification).contains("NInputs is 3"));
        let err = network(2, 3, Analysis::Multiclass);
        assert!(err.contains("NOutputs is 3"), "{err}");
        assert!(network(2, 0, Analysis::Classification).contains("NOutputs is 0"));
        let mut file = fisher_file();
        file.kind = MethodKind::PyTorch;
        file.payload = Payload::Network {
            model: "m.pt".into(),
            n_inputs: 2,
            n_outputs: 2,
        };
        let xml = file.to_xml().unwrap();
        let err = parse_error(&xml.replace("NInputs=\"2\"", "NInputs=\"-2\""));
        assert!(err.contains("NInputs `-2` is not a count"), "{err}");
    }

    #[test]
    fn a_bad_variable_expression_is_refused_when_the_file_is_read() {
        let err = edited(|f| f.variables[0].expression = "var1 +* 2".into());
        assert!(err.contains("variable expressions"), "{err}");
    }
}
