//! TMVA's `Factory`: book methods on a prepared dataset, train them
//! (`train`), test and evaluate them (`test`) and report as TMVA does; the
//! outputs of a job are staged here and committed together.

mod config;
mod histograms;
mod output;
mod test;
mod train;

use config::task_of;
pub use config::{AnalysisType, FactoryConfig};

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use crate::data::{DataLoader, DataSet};
use crate::error::{Error, Result};
pub use crate::eval::{Evaluation, MethodOutputs};
pub use crate::methods::MethodKind;
use crate::methods::fisher::{FISHER_HELP, FisherOptions};
use crate::methods::pytorch::{PyTorchConfig, Task};
use crate::methods::{Fisher, FisherMethod};
use crate::nn::{
    CustomLayer, CustomObjects, CustomRegistry, NoCustom, Sequential, TrainingHistory,
};
use crate::staging::Staging;
use crate::transform::{TransformSpec, Transformations};

/// A trained method's model.
#[derive(Debug)]
pub enum Trained<C: CustomLayer = NoCustom> {
    /// Fisher coefficients.
    Fisher(Fisher),
    /// The network.
    Network(Sequential<C>),
}

/// One booked method.
pub struct BookedMethod<C: CustomLayer = NoCustom> {
    /// Its title (`PyTorch`, `Fisher`, ...).
    pub title: String,
    /// Its type.
    pub kind: MethodKind,
    /// The option string as booked.
    pub options: String,
    dataset: DataSet,
    var_transform: TransformSpec,
    fisher_method: FisherMethod,
    fisher_verbose: bool,
    pytorch: Option<PyTorchConfig>,
    untrained: Option<Sequential<C>>,
    custom: CustomObjects<C>,
    /// Fitted transformations (after training).
    pub transforms: Option<Transformations>,
    /// The trained model (after training).
    pub trained: Option<Trained<C>>,
    /// The network's loss history (after training).
    pub history: Option<TrainingHistory>,
    /// Outputs on test and training events (after testing).
    pub outputs: Option<MethodOutputs>,
    /// Where the trained network was written.
    pub trained_model_path: Option<PathBuf>,
}

/// The factory.
pub struct Factory<C: CustomLayer = NoCustom> {
    job_name: String,
    output_file: PathBuf,
    /// Its options.
    pub config: FactoryConfig,
    methods: Vec<BookedMethod<C>>,
    registry: CustomRegistry<C>,
    output_dir: PathBuf,
    /// Outputs written but not yet moved into place.
    staging: RefCell<Staging>,
    /// Whether [`commit_outputs`](Factory::commit_outputs) is left to the caller.
    holding_outputs: bool,
}

impl Factory<NoCustom> {
    /// `Factory(jobName, outputFile, options)`.
    pub fn new(job_name: &str, output_file: impl AsRef<Path>, options: &str) -> Result<Self> {
        Self::with_registry(job_name, output_file, options, CustomRegistry::new())
    }
}

impl<C: CustomLayer> Factory<C> {
    /// A factory whose networks may hold the custom layers of `registry`
    /// (used when a `FilenameModel` names them).
    pub fn with_registry(
        job_name: &str,
        output_file: impl AsRef<Path>,
        options: &str,
        registry: CustomRegistry<C>,
    ) -> Result<Self> {
        crate::util::check_file_name_part("jobName", job_name)?;
        Ok(Self {
            job_name: job_name.to_string(),
            output_file: output_file.as_ref().to_path_buf(),
            config: FactoryConfig::parse(options)?,
            methods: Vec::new(),
            registry,
            output_dir: PathBuf::from("."),
            staging: RefCell::default(),
            holding_outputs: false,
        })
    }

    /// The folder that relative output paths (`<dataset>/weights/...`,
    /// `FilenameTrainedModel`) are taken from; the working directory by
    /// default, as in TMVA.
    pub fn set_output_dir(&mut self, dir: impl AsRef<Path>) {
        self.output_dir = dir.as_ref().to_path_buf();
    }

    /// Keeps every output (weight files, trained models, the output file)
    /// staged until [`commit_outputs`](Self::commit_outputs), so that a job
    /// that fails or is interrupted at any point leaves all of the previous
    /// run's outputs as they were. Without it, each of
    /// [`train_all_methods`](Self::train_all_methods) (all weight files and
    /// models together) and [`evaluate_all_methods`](Self::evaluate_all_methods)
    /// (the output file) moves its outputs into place when it succeeds.
    pub fn hold_outputs(&mut self) {
        self.holding_outputs = true;
    }

    /// Moves the staged outputs into place and returns their paths.
    pub fn commit_outputs(&self) -> Result<Vec<PathBuf>> {
        let mut staging = self.staging.borrow_mut();
        let targets = staging.targets().map(Path::to_path_buf).collect();
        staging.commit()?;
        Ok(targets)
    }

    /// Stages `write`'s new version of `path` with the factory's other
    /// outputs (for a caller's own files, such as a plot).
    pub fn stage_output(&self, path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
        self.staging.borrow_mut().stage_with(path, write)
    }

    /// Commits unless the caller holds the outputs; on error discards them.
    fn finish_phase<T>(&self, result: Result<T>) -> Result<T> {
        match result {
            Ok(value) => {
                if !self.holding_outputs {
                    self.commit_outputs()?;
                }
                Ok(value)
            }
            Err(e) => {
                self.staging.borrow_mut().discard();
                Err(e)
            }
        }
    }

    /// The job name.
    pub fn job_name(&self) -> &str {
        &self.job_name
    }

    /// The output file's path.
    pub fn output_file(&self) -> &Path {
        &self.output_file
    }

    /// The booked methods.
    pub fn methods(&self) -> &[BookedMethod<C>] {
        &self.methods
    }

    fn log(&self, text: &str) {
        if !self.config.silent {
            println!("{text}");
        }
    }

    /// `text` in bold when the `Color` option is on.
    fn paint(&self, text: &str) -> String {
        if self.config.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// TMVA's input-variable summary for each transformation of the
    /// `Transformations` option (`;` separates them, `,` chains steps): mean,
    /// RMS, minimum and maximum of each variable on the training events.
    fn print_transformations(&self, ds: &DataSet) -> Result<()> {
        if self.config.silent {
            return Ok(());
        }
        for definition in &self.config.transformations {
            let transforms = Transformations::fit(definition, ds)?;
            let sample = transforms.apply_sample(&ds.train)?;
            println!(
                "{}",
                self.paint(&format!(
                    "DataSetFactory           : Input variables of `{}` after transformation {definition}",
                    ds.name
                ))
            );
            println!(
                "{:>14}{:>14}{:>14}{:>14}{:>14}",
                "Variable", "Mean", "RMS", "[Min", "Max]"
            );
            for (k, v) in ds.variables.iter().enumerate() {
                let column: Vec<f64> = (0..sample.len())
                    .map(|i| sample.event(i)[k] as f64)
                    .collect();
                let w: Vec<f64> = sample.weights.iter().map(|&w| w as f64).collect();
                let total: f64 = w.iter().sum();
                let mean = column.iter().zip(&w).map(|(x, w)| x * w).sum::<f64>() / total;
                let rms = (column
                    .iter()
                    .zip(&w)
                    .map(|(x, w)| w * (x - mean).powi(2))
                    .sum::<f64>()
                    / total)
                    .sqrt();
                let (lo, hi) = column
                    .iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| {
                        (a.min(x), b.max(x))
                    });
                println!("{:>14}{mean:>14.5}{rms:>14.5}{lo:>14.5}{hi:>14.5}", v.label);
            }
        }
        Ok(())
    }

    fn dataset(loader: &DataLoader) -> Result<DataSet> {
        loader.dataset().cloned().ok_or_else(|| {
            Error::option(
                "BookMethod",
                format!(
                    "dataset `{}` is not prepared: call prepare_training_and_test_tree first",
                    loader.name()
                ),
            )
        })
    }

    /// Books a method from its TMVA option string. A `PyTorch` method takes
    /// its network from `FilenameModel` (a TorchScript `model.pt`); use
    /// [`book_network`](Self::book_network) to give it in Rust instead.
    pub fn book_method(
        &mut self,
        loader: &DataLoader,
        kind: MethodKind,
        title: &str,
        options: &str,
    ) -> Result<()> {
        self.book(loader, kind, title, options, None, CustomObjects::default())
    }

    /// Books the `PyTorch` method with a network built in Rust and optional
    /// custom objects (optimizer, criterion, train and predict functions).
    pub fn book_network(
        &mut self,
        loader: &DataLoader,
        title: &str,
        options: &str,
        model: Sequential<C>,
        custom: CustomObjects<C>,
    ) -> Result<()> {
        self.book(
            loader,
            MethodKind::PyTorch,
            title,
            options,
            Some(model),
            custom,
        )
    }

    fn book(
        &mut self,
        loader: &DataLoader,
        kind: MethodKind,
        title: &str,
        options: &str,
        model: Option<Sequential<C>>,
        custom: CustomObjects<C>,
    ) -> Result<()> {
        crate::util::check_file_name_part("method title", title)?;
        if self.methods.iter().any(|m| m.title == title) {
            return Err(Error::option(
                "BookMethod",
                format!("a method titled `{title}` is already booked"),
            ));
        }
        let dataset = Self::dataset(loader)?;
        crate::util::check_file_name_part("dataset name", &dataset.name)?;
        let task = self.task(&dataset)?;
        let mut fisher_verbose = false;
        let (var_transform, fisher_method, pytorch, untrained) = match kind {
            MethodKind::Fisher => {
                if task != Task::Classification {
                    return Err(Error::option(
                        "BookMethod",
                        "Fisher handles two-class classification only",
                    ));
                }
                let parsed = FisherOptions::parse(options)?;
                if parsed.help {
                    self.log(FISHER_HELP);
                }
                fisher_verbose = parsed.verbose;
                (parsed.var_transform, parsed.method, None, None)
            }
            MethodKind::Bdt | MethodKind::Mlp => {
                return Err(Error::option(
                    "BookMethod",
                    "BDT and MLP methods are applied from ROOT's weight files (Reader, `tmva-burn \
                     apply`), not trained here",
                ));
            }
            MethodKind::PyTorch => {
                let config = PyTorchConfig::parse(options)?;
                let device = config.device.device().clone();
                let model = match (model, &config.filename_model) {
                    (Some(m), None) => m,
                    (Some(_), Some(path)) => {
                        return Err(Error::option(
                            "FilenameModel",
                            format!(
                                "`{}` given, but a network was also passed in code; give one",
                                path.display()
                            ),
                        ));
                    }
                    (None, Some(path)) => {
                        let imported =
                            crate::pt::load_torchscript_with(path, &self.registry, &device)?;
                        for w in &imported.warnings {
                            self.log(&format!("<WARNING> {}: {w}", path.display()));
                        }
                        imported.model
                    }
                    (None, None) => {
                        return Err(Error::option(
                            "FilenameModel",
                            "the PyTorch method needs a model: FilenameModel=model.pt, or \
                             book_network with a Sequential",
                        ));
                    }
                };
                let n_vars = dataset.variables.len();
                if model.n_inputs() != n_vars {
                    return Err(Error::shape(
                        format!("model of method `{title}`"),
                        format!("{n_vars} inputs (the dataset's variables)"),
                        model.n_inputs(),
                    ));
                }
                let n_out = match task {
                    Task::Classification => 2,
                    Task::Multiclass(n) => n,
                    Task::Regression => dataset.targets.len(),
                };
                if model.n_outputs() != n_out {
                    return Err(Error::shape(
                        format!("model of method `{title}`"),
                        format!("{n_out} outputs"),
                        model.n_outputs(),
                    ));
                }
                (
                    config.var_transform.clone(),
                    FisherMethod::Fisher,
                    Some(config),
                    Some(model),
                )
            }
        };
        self.log(&format!(
            "Factory                  : Booking method: {}",
            self.paint(&format!("{title} ({})", kind.name()))
        ));
        if let Some(config) = &pytorch
            && config.help
        {
            self.log(crate::methods::pytorch::HELP);
        }
        self.methods.push(BookedMethod {
            title: title.to_string(),
            kind,
            options: options.to_string(),
            dataset,
            var_transform,
            fisher_method,
            fisher_verbose,
            pytorch,
            untrained,
            custom,
            transforms: None,
            trained: None,
            history: None,
            outputs: None,
            trained_model_path: None,
        });
        Ok(())
    }

    fn task(&self, dataset: &DataSet) -> Result<Task> {
        let n_classes = dataset.classes.len();
        match task_of(dataset, self.config.analysis_type)? {
            Task::Classification if n_classes != 2 => Err(Error::option(
                "AnalysisType",
                format!("classification needs two classes, the dataset has {n_classes}"),
            )),
            Task::Regression if dataset.targets.is_empty() => Err(Error::option(
                "AnalysisType",
                "regression needs targets (DataLoader::add_target)",
            )),
            task => Ok(task),
        }
    }
}
