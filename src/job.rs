//! Job files: the whole TMVA workflow described in TOML, run by
//! `tmva-burn train JOB.toml` (see `examples/*.toml`).
//!
//! ```toml
//! [factory]
//! job = "TMVAClassification"
//! output = "TMVA_Classification.root"
//! options = "!V:!Silent:DrawProgressBar:AnalysisType=Classification"
//!
//! [data]
//! name = "dataset"
//! variables = ["var1", "var2", "var3", "var4"]
//! options = "nTrain_Signal=4000:nTrain_Background=4000:SplitMode=Random:NormMode=NumEvents:!V"
//!
//! [[data.trees]]
//! file = "data/tmva_class_example.root"   # relative to the job file
//! tree = "TreeS"
//! class = "Signal"
//!
//! [[data.trees]]
//! files = ["data/bkg_*.root", "data/extra.root"]   # a chain (TChain)
//! tree = "TreeB"
//! class = "Background"
//!
//! [[methods]]
//! kind = "PyTorch"
//! title = "PyTorch"
//! options = "H:!V:VarTransform=D,G:NumEpochs=20:BatchSize=32"
//! network = { n_inputs = 4, layers = [{ type = "Linear", out_features = 64 }, { type = "ReLU" },
//!             { type = "Linear", out_features = 2 }, { type = "Softmax", dim = 1 }] }
//! ```
//!
//! Relative paths (input files, `model`, the output file and the weights
//! folder) are taken from the job file's folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::data::{DataLoader, TreeType};
use crate::error::{Error, Result};
use crate::factory::{Evaluation, Factory, MethodKind};
use crate::io::{Chain, RootFile, expand_patterns};
use crate::nn::{CustomObjects, Sequential, SequentialSpec};

/// A job file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Job {
    /// The factory.
    pub factory: FactorySection,
    /// The data.
    pub data: DataSection,
    /// The methods to book.
    pub methods: Vec<MethodSection>,
}

/// `[factory]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactorySection {
    /// Job name (weight files are `<job>_<title>.weights.xml`).
    pub job: String,
    /// Output ROOT file.
    pub output: PathBuf,
    /// Factory option string.
    #[serde(default)]
    pub options: String,
}

/// `[data]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataSection {
    /// Dataset name (default `dataset`).
    #[serde(default = "default_dataset")]
    pub name: String,
    /// Variables (`name` or `label := expression`).
    pub variables: Vec<String>,
    /// Spectators.
    #[serde(default)]
    pub spectators: Vec<String>,
    /// Regression targets.
    #[serde(default)]
    pub targets: Vec<String>,
    /// Weight expression per class (`{ Background = "weight" }`).
    #[serde(default)]
    pub weights: BTreeMap<String, String>,
    /// Cut per class (`{ Signal = "var1 > 0" }`).
    #[serde(default)]
    pub cuts: BTreeMap<String, String>,
    /// `PrepareTrainingAndTestTree` options.
    #[serde(default)]
    pub options: String,
    /// Input trees.
    pub trees: Vec<TreeSection>,
}

fn default_dataset() -> String {
    "dataset".to_string()
}

/// `[[data.trees]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreeSection {
    /// One ROOT file (or use `files`).
    #[serde(default)]
    pub file: Option<PathBuf>,
    /// Several ROOT files or glob patterns, read as one chain (TChain).
    #[serde(default)]
    pub files: Vec<String>,
    /// Tree name.
    pub tree: String,
    /// Class (`Signal`, `Background`, any name; `Regression` for regression).
    pub class: String,
    /// Global weight of the tree (default 1).
    #[serde(default = "one")]
    pub weight: f64,
    /// `both` (default), `training` or `testing`.
    #[serde(default)]
    pub use_for: Option<String>,
}

fn one() -> f64 {
    1.0
}

/// `[[methods]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodSection {
    /// `PyTorch` or `Fisher`.
    pub kind: String,
    /// Title.
    pub title: String,
    /// TMVA option string.
    #[serde(default)]
    pub options: String,
    /// A model.pt for the PyTorch method (same as `FilenameModel`).
    #[serde(default)]
    pub model: Option<PathBuf>,
    /// The network described inline (PyTorch method).
    #[serde(default)]
    pub network: Option<SequentialSpec>,
    /// Initialisation seed of an inline network (default 100).
    #[serde(default)]
    pub seed: Option<u64>,
}

impl Job {
    /// Reads a job file.
    pub fn read(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        toml::from_str(&text).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Runs the job: load, split, book, train, test, evaluate. Relative
    /// paths are taken from `base` (the job file's folder).
    pub fn run(&self, base: &Path) -> Result<Vec<(String, Evaluation)>> {
        let resolve = |p: &Path| {
            if p.is_absolute() {
                p.to_path_buf()
            } else {
                base.join(p)
            }
        };
        let d = &self.data;
        let mut loader = DataLoader::new(&d.name);
        for (i, v) in d.variables.iter().enumerate() {
            loader
                .add_variable(v)
                .map_err(within(format!("[data] variables[{i}]")))?;
        }
        for (i, s) in d.spectators.iter().enumerate() {
            loader
                .add_spectator(s)
                .map_err(within(format!("[data] spectators[{i}]")))?;
        }
        for (i, t) in d.targets.iter().enumerate() {
            loader
                .add_target(t)
                .map_err(within(format!("[data] targets[{i}]")))?;
        }
        let mut files: BTreeMap<PathBuf, RootFile> = BTreeMap::new();
        for t in &d.trees {
            let paths = match (&t.file, t.files.is_empty()) {
                (Some(file), true) => vec![resolve(file)],
                (None, false) => expand_patterns(&t.files, Some(base))?,
                _ => {
                    return Err(Error::option(
                        "file",
                        format!(
                            "tree `{}` of class `{}` needs either `file` or `files`",
                            t.tree, t.class
                        ),
                    ));
                }
            };
            let mut trees = Vec::with_capacity(paths.len());
            for path in paths {
                if !files.contains_key(&path) {
                    files.insert(path.clone(), RootFile::open(&path)?);
                }
                trees.push(files[&path].tree(&t.tree)?);
            }
            let tree = Chain::from_trees(trees)?;
            let use_for = match t.use_for.as_deref().unwrap_or("both") {
                "both" => TreeType::Both,
                "training" => TreeType::Training,
                "testing" => TreeType::Testing,
                other => {
                    return Err(Error::option(
                        "use_for",
                        format!("`{other}`: expected both, training or testing"),
                    ));
                }
            };
            if t.class == crate::data::REGRESSION_CLASS && use_for == TreeType::Both {
                loader.add_regression_tree(tree, t.weight)?;
            } else {
                loader.add_tree(tree, &t.class, t.weight, use_for)?;
            }
        }
        for (class, expression) in &d.weights {
            loader
                .set_weight_expression(expression, class)
                .map_err(within(format!("[data] weights.{class}")))?;
        }
        for (class, cut) in &d.cuts {
            loader
                .add_cut(cut, class)
                .map_err(within(format!("[data] cuts.{class}")))?;
        }
        loader.prepare_training_and_test_tree("", &d.options)?;

        let mut factory = Factory::new(
            &self.factory.job,
            &self.factory.output,
            &self.factory.options,
        )?;
        factory.set_output_dir(base);
        // Weight files, trained models and the output file change together.
        factory.hold_outputs();
        for m in &self.methods {
            let kind = MethodKind::from_name(&m.kind).ok_or_else(|| {
                Error::option(
                    "kind",
                    format!(
                        "method `{}`: `{}` is not PyTorch or Fisher",
                        m.title, m.kind
                    ),
                )
            })?;
            match (&m.network, &m.model) {
                (Some(_), Some(_)) => {
                    return Err(Error::option(
                        "network",
                        format!("method `{}` gives both `network` and `model`", m.title),
                    ));
                }
                (Some(spec), None) => {
                    let device = crate::device::parse_device("cpu")?;
                    device.seed(m.seed.unwrap_or(100));
                    let model = Sequential::from_spec(spec, &device)
                        .map_err(within(format!("[[methods]] `{}` network", m.title)))?;
                    factory.book_network(
                        &loader,
                        &m.title,
                        &m.options,
                        model,
                        CustomObjects::default(),
                    )?;
                }
                (None, Some(model)) => {
                    let options =
                        format!("{}:FilenameModel={}", m.options, resolve(model).display());
                    factory.book_method(&loader, kind, &m.title, &options)?;
                }
                (None, None) => factory.book_method(&loader, kind, &m.title, &m.options)?,
            }
        }
        factory.train_all_methods()?;
        factory.test_all_methods()?;
        let results = factory.evaluate_all_methods()?;
        factory.commit_outputs()?;
        Ok(results)
    }
}

/// Names the job-file field an error came from (`[data] variables[2]`);
/// errors about files keep their own file.
fn within(field: String) -> impl FnOnce(Error) -> Error {
    move |e| match e {
        Error::Io { .. } | Error::Format { .. } => e,
        other => Error::option(field, other.to_string()),
    }
}
