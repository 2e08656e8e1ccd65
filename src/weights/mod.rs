//! Weight files: `<dataset>/weights/<job>_<title>.weights.xml`, in TMVA's
//! XML (`MethodBase::WriteStateToXML` / `ReadStateFromXML`; the format is
//! described in docs/tmva-weight-files.md), both ways: files written here
//! are ROOT's layout to the element, and ROOT-trained Fisher, BDT and
//! PyTorch files read here.
//!
//! Options are TMVA's `<Option>` elements; the transformations TMVA's own
//! `<Transform>` elements; Fisher's coefficients its `<Weights>`. A PyTorch
//! method has no `<Weights>` (as ROOT's MethodPyTorch): its TorchScript
//! model is the `FilenameTrainedModel` option. Files written by tmva-burn
//! 0.1 (options as text, transformations as JSON) still read.

mod bdt;
mod mlp;
mod transforms;
pub mod xml;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use self::xml::{Doc, escape, sci};
use crate::data::expr::Expr;
use crate::error::{Error, Result};
use crate::methods::bdt::Forest;
use crate::methods::mlp::Mlp;
use crate::methods::{Analysis, Fisher, FisherMethod, MethodKind};
use crate::options::Options;
use crate::transform::Transformations;

/// Elements nest at most this deep in a weight file (TMVA's are about 5
/// deep, a BDT's trees as deep as they grow); the XML parser recurses, so
/// deeper files are refused up front.
const MAX_XML_DEPTH: usize = 256;

/// The release codes ROOT's Reader parses from `GeneralInfo` (the number in
/// brackets): TMVA 4.2.1 and ROOT 6.40/00, the versions whose format the
/// files follow, so no reader takes them for an older format.
const TMVA_RELEASE: &str = "4.2.1 [262657]";
const ROOT_RELEASE: &str = "6.40/00 [403456]";

/// A variable, target or spectator as the weight file records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightVariable {
    /// The expression (`var1+var2` for `myvar1 := var1+var2`).
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
    /// A network saved as TorchScript (`FilenameTrainedModel`: as given at
    /// training, relative to the working directory as in TMVA; see
    /// [`WeightFile::model_candidates`]).
    Network {
        /// The trained model file.
        model: PathBuf,
        /// `UserCode`: the Python file ROOT's MethodPyTorch runs before
        /// applying the model (its `load_model_custom_objects`). Not run
        /// here: the output is the model's.
        user_code: Option<PathBuf>,
    },
    /// A ROOT-trained boosted decision tree forest.
    Bdt(Forest),
    /// A ROOT-trained multilayer perceptron.
    Mlp(Mlp),
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
    /// The booking options, `Key=Value` joined by `:`.
    pub options: String,
    /// Input variables, in order.
    pub variables: Vec<WeightVariable>,
    /// Spectators.
    pub spectators: Vec<WeightVariable>,
    /// Class names (index = class id).
    pub classes: Vec<String>,
    /// Regression targets.
    pub targets: Vec<WeightVariable>,
    /// The fitted variable transformations.
    pub transforms: Transformations,
    /// The method's own part.
    pub payload: Payload,
}

fn write_variables(
    x: &mut String,
    outer: &str,
    count: &str,
    inner: &str,
    index: &str,
    list: &[WeightVariable],
) {
    if list.is_empty() {
        let _ = writeln!(x, "  <{outer} {count}=\"0\"/>");
        return;
    }
    let _ = writeln!(x, "  <{outer} {count}=\"{}\">", list.len());
    for (i, v) in list.iter().enumerate() {
        let _ = writeln!(
            x,
            "    <{inner} {index}=\"{i}\" Expression=\"{}\" Label=\"{}\" Title=\"{}\" Unit=\"\" \
             Internal=\"{}\" Type=\"F\" Min=\"{}\" Max=\"{}\"/>",
            escape(&v.expression),
            escape(&v.label),
            escape(&v.label),
            escape(&internal_name(&v.label)),
            sci(v.min),
            sci(v.max)
        );
    }
    let _ = writeln!(x, "  </{outer}>");
}

/// TMVA's internal name of a label (`Tools::ReplaceRegularExpressions`):
/// characters a branch name cannot hold become `_`.
fn internal_name(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

impl WeightFile {
    /// The `<Option>` elements: every option ROOT declares for the method
    /// (`MethodBase::DeclareBaseOptions`, then the method's
    /// `DeclareOptions`), valued from the booking options or TMVA's default,
    /// and for a network the trained model's path (`FilenameTrainedModel`,
    /// which ROOT's MethodPyTorch loads). ROOT's Reader refuses names it did
    /// not declare, so options of our own stay in the booking string.
    fn option_values(&self) -> Result<Vec<(&'static str, String, bool)>> {
        let given = Options::parse(&self.options, "weight file")?.tmva_values();
        let method: &[(&str, &str)] = match self.kind {
            MethodKind::Fisher => &[("Method", "Fisher")],
            MethodKind::PyTorch => &[
                ("FilenameModel", ""),
                ("FilenameTrainedModel", ""),
                ("BatchSize", "100"),
                ("NumEpochs", "10"),
                ("ContinueTraining", "False"),
                ("SaveBestOnly", "True"),
                ("LearningRateSchedule", ""),
                ("ValidationSize", "20%"),
                ("UserCode", ""),
            ],
            MethodKind::Bdt | MethodKind::Mlp => &[],
        };
        let base: &[(&str, &str)] = &[
            ("V", "False"),
            ("VerbosityLevel", "Default"),
            ("VarTransform", "None"),
            ("H", "False"),
            ("CreateMVAPdfs", "False"),
            ("IgnoreNegWeightsInTraining", "False"),
        ];
        Ok(base
            .iter()
            .chain(method)
            .map(|&(name, default)| {
                let value = match (&self.payload, name) {
                    (Payload::Network { model, .. }, "FilenameTrainedModel") => {
                        Some(model.to_string_lossy().into_owned())
                    }
                    (Payload::Network { user_code, .. }, "UserCode") => {
                        user_code.as_ref().map(|p| p.to_string_lossy().into_owned())
                    }
                    _ => given
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(name))
                        .map(|(_, v)| v.clone()),
                };
                match value {
                    Some(v) => (name, v, true),
                    None => (name, default.to_string(), false),
                }
            })
            .collect())
    }

    /// The XML text.
    pub fn to_xml(&self) -> Result<String> {
        let mut x = String::from("<?xml version=\"1.0\"?>\n");
        let _ = writeln!(
            x,
            "<MethodSetup Method=\"{}::{}\">",
            self.kind.name(),
            escape(&self.title)
        );
        let _ = writeln!(x, "  <GeneralInfo>");
        for (name, value) in [
            ("TMVA Release", TMVA_RELEASE.to_string()),
            ("ROOT Release", ROOT_RELEASE.to_string()),
            (
                "Creator",
                format!("tmva-burn {}", env!("CARGO_PKG_VERSION")),
            ),
            ("Job", self.job.clone()),
            ("Booking options", self.options.clone()),
            ("AnalysisType", self.analysis.name().to_string()),
        ] {
            let _ = writeln!(
                x,
                "    <Info name=\"{name}\" value=\"{}\"/>",
                escape(&value)
            );
        }
        let _ = writeln!(x, "  </GeneralInfo>");
        let _ = writeln!(x, "  <Options>");
        for (name, value, modified) in self.option_values()? {
            let _ = writeln!(
                x,
                "    <Option name=\"{name}\" modified=\"{}\">{}</Option>",
                if modified { "Yes" } else { "No" },
                escape(&value)
            );
        }
        let _ = writeln!(x, "  </Options>");
        write_variables(
            &mut x,
            "Variables",
            "NVar",
            "Variable",
            "VarIndex",
            &self.variables,
        );
        write_variables(
            &mut x,
            "Spectators",
            "NSpec",
            "Spectator",
            "SpecIndex",
            &self.spectators,
        );
        let _ = writeln!(x, "  <Classes NClass=\"{}\">", self.classes.len());
        for (i, c) in self.classes.iter().enumerate() {
            let _ = writeln!(x, "    <Class Name=\"{}\" Index=\"{i}\"/>", escape(c));
        }
        let _ = writeln!(x, "  </Classes>");
        if self.analysis == Analysis::Regression {
            write_variables(
                &mut x,
                "Targets",
                "NTrgt",
                "Target",
                "TargetIndex",
                &self.targets,
            );
        }
        transforms::write(&mut x, &self.transforms, &self.inputs());
        let _ = writeln!(x, "  <MVAPdfs/>");
        match &self.payload {
            Payload::Fisher(f) => {
                let _ = writeln!(x, "  <Weights NCoeff=\"{}\">", f.coefficients.len() + 1);
                let _ = writeln!(
                    x,
                    "    <Coefficient Index=\"0\" Value=\"{}\"/>",
                    sci(f.offset)
                );
                for (i, c) in f.coefficients.iter().enumerate() {
                    let _ = writeln!(
                        x,
                        "    <Coefficient Index=\"{}\" Value=\"{}\"/>",
                        i + 1,
                        sci(*c)
                    );
                }
                let _ = writeln!(x, "  </Weights>");
            }
            Payload::Network { .. } => {}
            Payload::Bdt(_) | Payload::Mlp(_) => {
                return Err(Error::option(
                    "weight file",
                    format!(
                        "{} weight files are read from ROOT, not written",
                        self.kind.name()
                    ),
                ));
            }
        }
        x.push_str("</MethodSetup>\n");
        Ok(x)
    }

    fn inputs(&self) -> transforms::Inputs<'_> {
        transforms::Inputs {
            variables: &self.variables,
            targets: &self.targets,
            n_classes: self.classes.len(),
        }
    }

    /// Writes the XML file atomically.
    pub fn write(&self, path: impl AsRef<Path>) -> Result<()> {
        crate::staging::write_atomic(path.as_ref(), self.to_xml()?.as_bytes())
    }

    /// Reads a weight file, written here or by ROOT.
    pub fn read(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text, path)
    }

    /// Where a network's model file may be, in the order looked at: a
    /// relative `FilenameTrainedModel` against the weight file's folder
    /// (files written by tmva-burn 0.1 name the model beside them), then
    /// against the working directory (TMVA's meaning), then the file of that
    /// name beside the weight file (a weights folder moved as a whole).
    pub fn model_candidates(model: &Path, weight_file: &Path) -> Vec<PathBuf> {
        let folder = weight_file.parent().unwrap_or(Path::new("."));
        if model.is_absolute() {
            let mut paths = vec![model.to_path_buf()];
            if let Some(name) = model.file_name() {
                paths.push(folder.join(name));
            }
            return paths;
        }
        let mut paths = vec![folder.join(model), model.to_path_buf()];
        if let Some(name) = model.file_name() {
            paths.push(folder.join(name));
        }
        paths.dedup();
        paths
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
        let doc = Doc::new(path);
        crate::util::check_xml_depth(text, MAX_XML_DEPTH).map_err(|e| doc.fail(e))?;
        let parsed =
            roxmltree::Document::parse(text).map_err(|e| doc.fail(format!("not XML: {e}")))?;
        let root = parsed.root_element();
        if root.tag_name().name() != "MethodSetup" {
            return Err(doc.fail(format!(
                "root element is <{}>, not <MethodSetup>",
                root.tag_name().name()
            )));
        }
        let method = doc.attr(root, "Method")?;
        let (kind_name, title) = method
            .split_once("::")
            .ok_or_else(|| doc.fail(format!("Method `{method}` is not `Type::Title`")))?;
        let kind = MethodKind::from_name(kind_name).ok_or_else(|| {
            doc.fail(format!(
                "method type `{kind_name}` is not supported; weight files of {} apply here",
                MethodKind::ALL
                    .iter()
                    .map(|k| k.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        let child = |name: &str| doc.child(root, name);
        let optional = |name: &str| root.children().find(|n| n.has_tag_name(name));
        let info = |name: &str| {
            optional("GeneralInfo").and_then(|g| {
                Doc::children(g, "Info")
                    .find(|n| n.attribute("name") == Some(name))
                    .and_then(|n| n.attribute("value"))
                    .map(str::to_string)
            })
        };
        let read_list = |outer: &str, inner: &str| -> Result<Vec<WeightVariable>> {
            let Some(list) = optional(outer) else {
                return Ok(Vec::new());
            };
            Doc::children(list, inner)
                .map(|v| {
                    let label = doc.attr(v, "Label")?.to_string();
                    let bound = |name: &str| match v.attribute(name) {
                        Some(_) => doc.number(v, name),
                        None => Ok(0.0),
                    };
                    Ok(WeightVariable {
                        expression: v.attribute("Expression").unwrap_or(&label).to_string(),
                        min: bound("Min")?,
                        max: bound("Max")?,
                        label,
                    })
                })
                .collect()
        };
        let variables = read_list("Variables", "Variable")?;
        let spectators = read_list("Spectators", "Spectator")?;
        let targets = read_list("Targets", "Target")?;
        let classes: Vec<String> = match optional("Classes") {
            Some(list) => Doc::children(list, "Class")
                .map(|c| {
                    c.attribute("Name")
                        .or(c.attribute("Label"))
                        .map(str::to_string)
                        .ok_or_else(|| doc.fail("<Class> without Name"))
                })
                .collect::<Result<_>>()?,
            None => Vec::new(),
        };
        let analysis =
            info("AnalysisType").ok_or_else(|| doc.fail("<GeneralInfo> has no AnalysisType"))?;
        let analysis = Analysis::from_name(&analysis).ok_or_else(|| {
            doc.fail(format!(
                "AnalysisType `{analysis}` is not Classification, Regression or Multiclass"
            ))
        })?;
        let options_node = child("Options")?;
        let option_list: Vec<(String, String)> = Doc::children(options_node, "Option")
            .map(|o| {
                Ok((
                    doc.attr(o, "name")?.to_string(),
                    o.text().unwrap_or_default().trim().to_string(),
                ))
            })
            .collect::<Result<_>>()?;
        let options = if let Some(booking) = info("Booking options") {
            booking
        } else if option_list.is_empty() {
            // tmva-burn 0.1: the booking string as the element's text.
            options_node.text().unwrap_or_default().trim().to_string()
        } else {
            option_list
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(":")
        };
        let option = |name: &str| -> Option<String> {
            option_list
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        let n_classes = classes.len();
        let inputs = transforms::Inputs {
            variables: &variables,
            targets: &targets,
            n_classes,
        };
        let transformations = child("Transformations")?;
        let legacy = Doc::children(transformations, "Transform")
            .find(|t| t.attribute("Format") == Some("tmva-burn-json"));
        let transforms = match legacy {
            Some(node) => {
                let transforms: Transformations =
                    serde_json::from_str(node.text().unwrap_or_default())
                        .map_err(|e| doc.fail(format!("transformations: {e}")))?;
                if let Some(count) = transformations.attribute("NTransformations")
                    && count.parse::<usize>().ok() != Some(transforms.steps.len())
                {
                    return Err(doc.fail(format!(
                        "NTransformations is {count} but {} fitted steps are stored",
                        transforms.steps.len()
                    )));
                }
                transforms
            }
            None => transforms::read(doc, transformations, &inputs)?,
        };
        let weights = optional("Weights");
        let payload = match kind {
            MethodKind::Fisher => {
                let weights = weights.ok_or_else(|| doc.fail("no <Weights> element"))?;
                Payload::Fisher(read_fisher(doc, weights, variables.len(), &option)?)
            }
            MethodKind::PyTorch => {
                let model = option("FilenameTrainedModel")
                    .filter(|m| !m.is_empty())
                    .or_else(|| {
                        weights
                            .and_then(|w| w.attribute("FilenameTrainedModel"))
                            .map(str::to_string)
                    })
                    .ok_or_else(|| {
                        doc.fail("no FilenameTrainedModel option naming the trained model")
                    })?;
                Payload::Network {
                    model: PathBuf::from(model),
                    user_code: option("UserCode")
                        .filter(|c| !c.is_empty())
                        .map(PathBuf::from),
                }
            }
            MethodKind::Bdt => {
                let weights = weights.ok_or_else(|| doc.fail("no <Weights> element"))?;
                Payload::Bdt(bdt::read(
                    doc,
                    weights,
                    &option,
                    analysis,
                    variables.len(),
                    n_classes,
                )?)
            }
            MethodKind::Mlp => {
                let weights = weights.ok_or_else(|| doc.fail("no <Weights> element"))?;
                let n_outputs = match analysis {
                    Analysis::Classification => 1,
                    Analysis::Regression => targets.len(),
                    Analysis::Multiclass => n_classes,
                };
                let version = mlp::release_code(&info("TMVA Release").unwrap_or_default());
                Payload::Mlp(mlp::read(
                    doc,
                    weights,
                    &option,
                    version,
                    analysis,
                    variables.len(),
                    n_outputs,
                )?)
            }
        };
        let file = Self {
            kind,
            title: title.to_string(),
            job: info("Job").unwrap_or_default(),
            analysis,
            options,
            variables,
            spectators,
            classes,
            targets,
            transforms,
            payload,
        };
        file.check().map_err(|e| doc.fail(e))?;
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
        if let (MethodKind::Fisher, other @ (Analysis::Regression | Analysis::Multiclass)) =
            (self.kind, self.analysis)
        {
            return Err(format!("a Fisher method cannot be a {other} method"));
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
        Ok(())
    }
}

/// `MethodFisher::ReadWeightsFromXML`: `NCoeff` coefficients, index 0 the
/// offset, then one per variable.
fn read_fisher(
    doc: Doc,
    weights: roxmltree::Node,
    n_variables: usize,
    option: &dyn Fn(&str) -> Option<String>,
) -> Result<Fisher> {
    let mut coefficients = vec![None; n_variables + 1];
    for c in Doc::children(weights, "Coefficient") {
        let index = c.attribute("Index").unwrap_or_default();
        let slot = index
            .parse::<usize>()
            .ok()
            .and_then(|i| coefficients.get_mut(i))
            .ok_or_else(|| {
                doc.fail(format!(
                    "coefficient Index `{index}` is not one of 0..={n_variables} \
                     (0 is the offset, then one per variable)"
                ))
            })?;
        let value = doc.number(c, "Value")?;
        if !value.is_finite() {
            return Err(doc.fail(format!("coefficient {index} is {value}")));
        }
        if slot.replace(value).is_some() {
            return Err(doc.fail(format!("coefficient {index} is given twice")));
        }
    }
    if let Some(missing) = coefficients.iter().position(Option::is_none) {
        return Err(doc.fail(format!(
            "coefficient {missing} is missing ({n_variables} variables need Index 0..={n_variables})"
        )));
    }
    let mut coefficients: Vec<f64> = coefficients.into_iter().flatten().collect();
    let offset = coefficients.remove(0);
    if let Some(count) = weights.attribute("NCoeff")
        && count.parse::<usize>().ok() != Some(n_variables + 1)
    {
        return Err(doc.fail(format!(
            "NCoeff is `{count}` but {n_variables} variables need {} coefficients",
            n_variables + 1
        )));
    }
    // The option, or tmva-burn 0.1's attribute; it does not change the output.
    let method = option("Method").or(weights.attribute("Method").map(str::to_string));
    let method = match method.as_deref() {
        None | Some("Fisher") => FisherMethod::Fisher,
        Some("Mahalanobis") => FisherMethod::Mahalanobis,
        Some(other) => {
            return Err(doc.fail(format!(
                "Fisher Method `{other}` is not Fisher or Mahalanobis"
            )));
        }
    };
    Ok(Fisher {
        method,
        offset,
        coefficients,
        discriminating_power: Vec::new(),
    })
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

    fn variable(name: &str) -> WeightVariable {
        WeightVariable {
            expression: name.into(),
            label: name.into(),
            min: -1.0,
            max: 1.0,
        }
    }

    fn fisher_file() -> WeightFile {
        let cdf = Cumulative::new(vec![-1.5, -0.5, 0.5, 1.5], vec![0.1, 0.5, 0.9]).unwrap();
        let both = vec![Input::Variable(0), Input::Variable(1)];
        WeightFile {
            kind: MethodKind::Fisher,
            title: "Fisher".into(),
            job: "job".into(),
            analysis: Analysis::Classification,
            options: "!H:V:VarTransform=N,D,P,G,U".into(),
            variables: vec![variable("var1"), variable("var2")],
            spectators: vec![variable("spec1")],
            classes: vec!["Signal".into(), "Background".into()],
            targets: Vec::new(),
            transforms: Transformations {
                definition: "N,D,P,G,U".into(),
                steps: vec![
                    Step {
                        kind: Kind::Normalize,
                        class: None,
                        inputs: both.clone(),
                        params: Params::Normalize {
                            min: vec![-2.0, -3.0],
                            max: vec![2.5, 3.0],
                        },
                    },
                    Step {
                        kind: Kind::Decorrelate,
                        class: None,
                        inputs: both.clone(),
                        params: Params::Decorrelate {
                            matrix: vec![2.0, 0.5, 0.5, 1.0],
                            inverse: vec![4.0 / 7.0, -2.0 / 7.0, -2.0 / 7.0, 8.0 / 7.0],
                        },
                    },
                    Step {
                        kind: Kind::Pca,
                        class: None,
                        inputs: both.clone(),
                        params: Params::Pca {
                            mean: vec![0.25, -0.5],
                            axes: vec![0.6, -0.8, 0.8, 0.6],
                        },
                    },
                    Step {
                        kind: Kind::Gauss,
                        class: None,
                        inputs: both.clone(),
                        params: Params::Cumulative {
                            cdfs: vec![cdf.clone(), cdf.clone()],
                        },
                    },
                    Step {
                        kind: Kind::Uniform,
                        class: None,
                        inputs: vec![Input::Variable(1)],
                        params: Params::Cumulative { cdfs: vec![cdf] },
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

    #[test]
    fn a_file_reads_back_with_the_same_numbers_and_the_same_text() {
        let file = fisher_file();
        let xml = file.to_xml().unwrap();
        let back = WeightFile::parse(&xml, Path::new("w.xml")).unwrap();
        assert_eq!(back.to_xml().unwrap(), xml);
        assert_eq!(back.payload, file.payload);
        assert_eq!(back.variables, file.variables);
        assert_eq!(back.spectators, file.spectators);
        assert_eq!(back.options, "!H:V:VarTransform=N,D,P,G,U");
        for (a, b) in back.transforms.steps.iter().zip(&file.transforms.steps) {
            assert_eq!((a.kind, &a.inputs), (b.kind, &b.inputs));
            if let (
                Params::Decorrelate { inverse: a, .. },
                Params::Decorrelate { inverse: b, .. },
            ) = (&a.params, &b.params)
            {
                for (x, y) in a.iter().zip(b) {
                    assert!((x - y).abs() < 1e-12, "{a:?} {b:?}");
                }
            } else {
                assert_eq!(a.params, b.params);
            }
        }
        let mut event = [0.3, -0.7];
        let mut again = event;
        file.transforms.apply(&mut event, None).unwrap();
        back.transforms.apply(&mut again, None).unwrap();
        assert_eq!(event, again);
    }

    #[test]
    fn the_layout_is_tmvas() {
        let xml = fisher_file().to_xml().unwrap();
        for needle in [
            "<Info name=\"TMVA Release\" value=\"4.2.1 [262657]\"/>",
            "<Option name=\"VarTransform\" modified=\"Yes\">N,D,P,G,U</Option>",
            "<Variable VarIndex=\"1\" Expression=\"var2\" Label=\"var2\" Title=\"var2\" Unit=\"\" \
             Internal=\"var2\" Type=\"F\" Min=\"-1.0000000000000000e+00\" Max=\"1.0000000000000000e+00\"/>",
            "<Spectator SpecIndex=\"0\" Expression=\"spec1\"",
            "<Class Name=\"Background\" Index=\"1\"/>",
            "<Transformations NTransformations=\"5\">",
            "<Transform Name=\"Gauss\" FlatOrGauss=\"Flat\">",
            "<Input Type=\"Variable\" Label=\"var2\" Expression=\"var2\"/>",
            "<Class ClassIndex=\"2\">",
            "<Range Index=\"1\" Min=\"-3.0000000000000000e+00\" Max=\"3.0000000000000000e+00\"/>",
            "<Matrix Rows=\"2\" Columns=\"2\">2.0000000000000000e+00 5.0000000000000000e-01 ",
            "<Eigenvectors Class=\"Combined\" ClassIndex=\"2\" NRows=\"2\" NCols=\"2\">",
            "<CumulativePDF_cls2>",
            "HasEquidistantBins=\"0\">1.0000000149011612e-01 5.0000000000000000e-01 ",
            "<HistogramBinning NBins=\"3\">-1.5000000000000000e+00 ",
            "<Weights NCoeff=\"3\">",
            "<Coefficient Index=\"2\" Value=\"-2.0000000000000000e+00\"/>",
        ] {
            assert!(xml.contains(needle), "{needle}\nnot in\n{xml}");
        }
        assert!(!xml.contains("<Targets"), "targets only for regression");
    }

    #[test]
    fn inconsistent_transformation_data_is_refused_naming_the_transformation() {
        let xml = fisher_file().to_xml().unwrap();
        for (from, to, expected) in [
            (
                "<Matrix Rows=\"2\" Columns=\"2\">2.0000000000000000e+00 ",
                "<Matrix Rows=\"2\" Columns=\"2\">",
                "transformation 2: <Matrix> holds 3 numbers; 4 expected",
            ),
            (
                "<Matrix Rows=\"2\" Columns=\"2\">2.0000000000000000e+00 ",
                "<Matrix Rows=\"2\" Columns=\"2\">nan ",
                "variable expressions",
            ),
            (
                "Label=\"var2\" Expression=\"var2\"/>\n        </Input>",
                "Label=\"var7\" Expression=\"var7\"/>\n        </Input>",
                "reads variable `var7`, which the file does not declare",
            ),
            (
                "<Transform Name=\"PCA\">",
                "<Transform Name=\"Rearrange\">",
                "Name=\"Rearrange\"> is not supported",
            ),
            (
                "NTransformations=\"5\"",
                "NTransformations=\"4\"",
                "NTransformations is `4`",
            ),
            (
                "5.0000000000000000e-01 8.9999997615814209e-01 ",
                "5.0000000000000000e-01 1.9 ",
                "not within [0, 1]",
            ),
            (
                "InterpolMethod=\"1\"",
                "InterpolMethod=\"3\"",
                "InterpolMethod 3",
            ),
            (
                "<Range Index=\"1\"",
                "<Range Index=\"5\"",
                "Index 5 is beyond the 2 inputs",
            ),
        ] {
            assert!(xml.contains(from), "{from}\nnot in\n{xml}");
            // Every class block alike: TMVA reads only the last.
            let err = parse_error(&xml.replace(from, to));
            assert!(err.contains("edited.weights.xml"), "{err}");
            if expected != "variable expressions" {
                assert!(err.contains(expected), "{from} -> {to}: {err}");
            }
        }
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
            (
                "Value=\"-2.0000000000000000e+00\"",
                "Value=\"nan\"",
                "coefficient 2 is NaN",
            ),
            ("t Index=\"2\"", "t Index=\"3\"", "Index `3`"),
            ("NCoeff=\"3\"", "NCoeff=\"4\"", "NCoeff is `4`"),
            (
                "<Option name=\"H\"",
                "<Option name=\"Method\" modified=\"Yes\">Fischer</Option><Option name=\"H\"",
                "`Fischer`",
            ),
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
    fn analysis_type_and_method_type_are_checked() {
        let xml = fisher_file().to_xml().unwrap();
        let err = parse_error(&xml.replace("\"Classification\"", "\"Foo\""));
        assert!(err.contains("AnalysisType `Foo`"), "{err}");
        let err = parse_error(&xml.replace("\"Classification\"", "\"Regression\""));
        assert!(
            err.contains("Fisher method cannot be a Regression"),
            "{err}"
        );
        let err = parse_error(&xml.replace("Fisher::Fisher", "Likelihood::Likelihood"));
        assert!(err.contains("`Likelihood` is not supported"), "{err}");
        assert!(err.contains("PyTorch, Fisher, BDT"), "{err}");
    }

    #[test]
    fn a_network_names_its_model_in_the_option_roots_methodpytorch_reads() {
        let mut file = fisher_file();
        file.kind = MethodKind::PyTorch;
        file.options = "NumEpochs=2:FilenameTrainedModel=old.pt".into();
        file.payload = Payload::Network {
            model: "dataset/weights/TrainedModel_Fisher.pt".into(),
            user_code: Some("dataset/weights/TrainedModel_Fisher.usercode.py".into()),
        };
        let xml = file.to_xml().unwrap();
        assert!(!xml.contains("<Weights"), "{xml}");
        assert!(xml.contains(
            "<Option name=\"FilenameTrainedModel\" modified=\"Yes\">dataset/weights/TrainedModel_Fisher.pt</Option>"
        ));
        let back = WeightFile::parse(&xml, Path::new("w.xml")).unwrap();
        assert_eq!(back.payload, file.payload);
        let err = parse_error(&xml.replace("FilenameTrainedModel", "Other"));
        assert!(err.contains("no FilenameTrainedModel option"), "{err}");
        let candidates = WeightFile::model_candidates(
            Path::new("dataset/weights/m.pt"),
            Path::new("/w/x.weights.xml"),
        );
        assert_eq!(
            candidates,
            [
                PathBuf::from("/w/dataset/weights/m.pt"),
                PathBuf::from("dataset/weights/m.pt"),
                PathBuf::from("/w/m.pt")
            ]
        );
    }

    #[test]
    fn a_bad_variable_expression_is_refused_when_the_file_is_read() {
        let mut file = fisher_file();
        file.variables[0].expression = "var1 +* 2".into();
        let err = parse_error(&file.to_xml().unwrap());
        assert!(err.contains("variable expressions"), "{err}");
    }
}
