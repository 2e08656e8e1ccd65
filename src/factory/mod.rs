//! TMVA's `Factory`: book methods on a prepared dataset, train, test and
//! evaluate them all, and report as TMVA does.

mod config;
mod output;

use config::task_of;
pub use config::{AnalysisType, FactoryConfig};

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::data::{DataLoader, DataSet};
use crate::error::{Error, Result};
use crate::eval::{EvaluatedMethod, Roc, evaluate, report_text, test_roc};
pub use crate::eval::{Evaluation, MethodOutputs};
pub use crate::methods::MethodKind;
use crate::methods::fisher::{FISHER_HELP, FisherOptions};
use crate::methods::pytorch::{PyTorchConfig, Task, train_network};
use crate::methods::{Analysis, AppliedMethod, BurnModel, Fisher, FisherMethod, TrainedModel};
use crate::nn::{
    CustomLayer, CustomObjects, CustomRegistry, NoCustom, Sequential, TrainingHistory,
};
use crate::staging::Staging;
use crate::transform::{TransformSpec, Transformations};
use crate::weights::{Payload, WeightFile, WeightVariable};

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
            MethodKind::PyTorch => {
                let config = PyTorchConfig::parse(options)?;
                let device = crate::device::parse_device(&config.device)?;
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

    /// Trains every booked method: fits its transformations on the training
    /// events, trains, and (with `ModelPersistence`) writes the trained network.
    pub fn train_all_methods(&mut self) -> Result<()> {
        let mut seen: Vec<&str> = Vec::new();
        for m in &self.methods {
            if !seen.contains(&m.dataset.name.as_str()) {
                seen.push(&m.dataset.name);
                self.print_transformations(&m.dataset)?;
            }
        }
        let mut methods = std::mem::take(&mut self.methods);
        let result = methods.iter_mut().try_for_each(|m| {
            crate::interrupt::check(|| format!("the start of training `{}`", m.title))?;
            self.train_one(m)
        });
        self.methods = methods;
        self.finish_phase(result)
    }

    fn train_one(&self, m: &mut BookedMethod<C>) -> Result<()> {
        self.log(&format!(
            "Factory                  : Train method: {} for {}",
            m.title,
            Analysis::from(self.task(&m.dataset)?).name()
        ));
        let transforms = Transformations::fit(&m.var_transform, &m.dataset)?;
        let train = transforms.apply_sample(&m.dataset.train)?;
        match m.kind {
            MethodKind::Fisher => {
                let n = train.n_variables;
                let fisher = Fisher::train(
                    n,
                    (0..train.len())
                        .map(|i| (train.event(i), train.weights[i], train.classes[i] == 0)),
                    m.fisher_method,
                )?;
                if (self.config.verbose || m.fisher_verbose) && !self.config.silent {
                    for (v, c) in m.dataset.variables.iter().zip(&fisher.coefficients) {
                        println!("Fisher                   : {:>12}: {c:+.6}", v.label);
                    }
                    println!(
                        "Fisher                   : {:>12}: {:+.6}",
                        "(offset)", fisher.offset
                    );
                }
                m.trained = Some(Trained::Fisher(fisher));
            }
            MethodKind::PyTorch => {
                let config = m.pytorch.as_ref().expect("PyTorch methods have a config");
                let model = m
                    .untrained
                    .take()
                    .ok_or_else(|| Error::option(&m.title, "method was already trained"))?;
                let task = self.task(&m.dataset)?;
                let path = self
                    .output_dir
                    .join(config.trained_model_path(&m.dataset.name, &m.title));
                let bar = self.progress_bar(config.training.num_epochs, &m.title);
                let verbose = (self.config.verbose || config.verbose) && !self.config.silent;
                let mut progress = |e: &crate::nn::EpochRecord| {
                    let line = format!(
                        "{:<25}: Epoch {:>3}: train loss {:.6}, validation loss {}",
                        m.title,
                        e.epoch,
                        e.train_loss,
                        e.val_loss.map(|v| format!("{v:.6}")).unwrap_or("-".into())
                    );
                    match &bar {
                        Some(bar) => {
                            if verbose {
                                bar.println(line);
                            }
                            bar.set_message(format!(
                                "loss {:.5}{}",
                                e.train_loss,
                                e.val_loss
                                    .map(|v| format!(", val {v:.5}"))
                                    .unwrap_or_default()
                            ));
                            bar.inc(1);
                        }
                        None if verbose => println!("{line}"),
                        None => {}
                    }
                };
                let trained = train_network(
                    model,
                    &train,
                    task,
                    config,
                    &mut m.custom,
                    &path,
                    &mut progress,
                )?;
                if let Some(bar) = bar {
                    bar.finish_and_clear();
                }
                if self.config.model_persistence {
                    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                    }
                    let bytes = trained.model.torchscript_bytes(&path)?;
                    self.staging.borrow_mut().stage(&path, &bytes)?;
                    self.log(&format!(
                        "{:<25}: Trained model written to {}",
                        m.title,
                        path.display()
                    ));
                    m.trained_model_path = Some(path);
                }
                m.history = Some(trained.history);
                m.trained = Some(Trained::Network(trained.model));
            }
        }
        m.transforms = Some(transforms);
        if self.config.model_persistence {
            let path = self.write_weights(m)?;
            self.log(&format!(
                "{:<25}: Weight file written to {}",
                m.title,
                path.display()
            ));
        }
        Ok(())
    }

    /// The weight file of method `title`: `<dataset>/weights/<job>_<title>.weights.xml`.
    pub fn weight_file_path(&self, dataset: &str, title: &str) -> PathBuf {
        self.output_dir
            .join(dataset)
            .join("weights")
            .join(format!("{}_{title}.weights.xml", self.job_name))
    }

    fn write_weights(&self, m: &BookedMethod<C>) -> Result<PathBuf> {
        let path = self.weight_file_path(&m.dataset.name, &m.title);
        let dir = path.parent().expect("weight files live in a folder");
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let payload = match m.trained.as_ref().expect("trained above") {
            Trained::Fisher(f) => Payload::Fisher(f.clone()),
            Trained::Network(net) => {
                let model = m
                    .trained_model_path
                    .as_ref()
                    .expect("persistent training writes the model");
                // Relative to the XML file when it lies in the same folder,
                // so that the folder can be moved as a whole.
                let relative = match (model.parent(), model.file_name()) {
                    (Some(parent), Some(name)) if same_dir(parent, dir) => PathBuf::from(name),
                    _ => std::path::absolute(model).map_err(|e| Error::io(model, e))?,
                };
                Payload::Network {
                    model: relative,
                    n_inputs: net.n_inputs(),
                    n_outputs: net.n_outputs(),
                }
            }
        };
        let file = WeightFile {
            kind: m.kind,
            title: m.title.clone(),
            job: self.job_name.clone(),
            analysis: Analysis::from(self.task(&m.dataset)?),
            options: m.options.clone(),
            variables: m
                .dataset
                .variables
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let train = &m.dataset.train;
                    let column = (0..train.len()).map(|e| train.event(e)[i] as f64);
                    WeightVariable {
                        expression: v.expression.clone(),
                        label: v.label.clone(),
                        min: column.clone().fold(f64::INFINITY, f64::min),
                        max: column.fold(f64::NEG_INFINITY, f64::max),
                    }
                })
                .collect(),
            spectators: m
                .dataset
                .spectators
                .iter()
                .map(|v| v.label.clone())
                .collect(),
            classes: m.dataset.classes.clone(),
            targets: m.dataset.targets.iter().map(|v| v.label.clone()).collect(),
            transforms: m.transforms.clone().unwrap_or_default(),
            payload,
        };
        self.staging
            .borrow_mut()
            .stage(&path, file.to_xml()?.as_bytes())?;
        Ok(path)
    }

    fn progress_bar(&self, epochs: usize, title: &str) -> Option<indicatif::ProgressBar> {
        if self.config.silent || !self.config.draw_progress_bar {
            return None;
        }
        let bar = indicatif::ProgressBar::new(epochs as u64);
        let style = indicatif::ProgressStyle::with_template(&format!(
            "{title:<25}: [{{bar:30}}] epoch {{pos}}/{{len}} {{msg}} ({{elapsed}})"
        ))
        .map(|s| s.progress_chars("=> "));
        if let Ok(style) = style {
            bar.set_style(style);
        }
        Some(bar)
    }

    /// Applies every trained method to the test and training events.
    pub fn test_all_methods(&mut self) -> Result<()> {
        for m in &mut self.methods {
            let task = task_of(&m.dataset, self.config.analysis_type)?;
            let (Some(transforms), Some(trained)) = (&m.transforms, &m.trained) else {
                return Err(Error::option(
                    &m.title,
                    "method is not trained: call train_all_methods first",
                ));
            };
            // The Reader's path: what is tested is what a weight file gives.
            let model: Box<dyn TrainedModel + '_> = match trained {
                Trained::Fisher(f) => Box::new(f.clone()),
                Trained::Network(net) => {
                    Box::new(BurnModel::new(Cow::Borrowed(net), Some(&m.custom)))
                }
            };
            let applied = AppliedMethod::new(
                Analysis::from(task),
                m.dataset.variables.len(),
                transforms.clone(),
                model,
            );
            let (mut test, mut train) = (Vec::new(), Vec::new());
            applied.apply(&m.dataset.test.variables, &mut test)?;
            applied.apply(&m.dataset.train.variables, &mut train)?;
            let n_outputs = applied.outputs_per_event();
            drop(applied);
            m.outputs = Some(MethodOutputs {
                n_outputs,
                test,
                train,
            });
        }
        Ok(())
    }

    /// Evaluates every tested method, prints TMVA's tables (unless
    /// `Silent`) and returns the figures per method title.
    pub fn evaluate_all_methods(&mut self) -> Result<Vec<(String, Evaluation)>> {
        let mut results = Vec::new();
        for m in &self.methods {
            let outputs = m.outputs.as_ref().ok_or_else(|| {
                Error::option(
                    &m.title,
                    "method is not tested: call test_all_methods first",
                )
            })?;
            let task = task_of(&m.dataset, self.config.analysis_type)?;
            let evaluation = evaluate(&m.dataset, outputs, task)?;
            results.push((m.title.clone(), evaluation));
        }
        if !self.config.silent {
            let rows: Vec<EvaluatedMethod> = self
                .methods
                .iter()
                .zip(&results)
                .map(|(m, (title, evaluation))| EvaluatedMethod {
                    title,
                    dataset: &m.dataset.name,
                    classes: &m.dataset.classes,
                    evaluation,
                })
                .collect();
            let text = report_text(&rows);
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        let written = self.write_output_file();
        self.finish_phase(written)?;
        Ok(results)
    }

    /// Writes the output ROOT file (see [`output`]), staged with the other outputs.
    fn write_output_file(&self) -> Result<()> {
        let trees = output::trees(&self.methods);
        let path = self.output_dir.join(&self.output_file);
        self.staging
            .borrow_mut()
            .stage_with(&path, |tmp| crate::io::write_trees_at(&path, tmp, trees))?;
        self.log(&format!(
            "Factory                  : Output file written to {}",
            path.display()
        ));
        Ok(())
    }

    /// The ROC curves (test events) of every tested classification method on `loader`'s dataset.
    pub fn roc_curve(&self, loader: &DataLoader) -> Result<crate::report::RocPlot> {
        let mut curves = Vec::new();
        for m in self
            .methods
            .iter()
            .filter(|m| m.dataset.name == loader.name())
        {
            curves.push((m.title.clone(), self.roc_of(m)?));
        }
        if curves.is_empty() {
            return Err(Error::option(
                "ROC curve",
                format!("no method is booked on dataset `{}`", loader.name()),
            ));
        }
        Ok(crate::report::RocPlot {
            dataset: loader.name().to_string(),
            curves,
        })
    }

    /// The ROC integral of method `title` on `loader`'s test events.
    pub fn roc_integral(&self, loader: &DataLoader, title: &str) -> Result<f64> {
        let m = self
            .methods
            .iter()
            .find(|m| m.title == title && m.dataset.name == loader.name())
            .ok_or_else(|| {
                Error::option(
                    "method",
                    format!("no method `{title}` on dataset `{}`", loader.name()),
                )
            })?;
        Ok(self.roc_of(m)?.integral())
    }

    fn roc_of(&self, m: &BookedMethod<C>) -> Result<Roc> {
        let outputs = m.outputs.as_ref().ok_or_else(|| {
            Error::option(
                &m.title,
                "method is not tested: call test_all_methods first",
            )
        })?;
        if task_of(&m.dataset, self.config.analysis_type)? != Task::Classification {
            return Err(Error::option(
                &m.title,
                "ROC curves are for two-class classification",
            ));
        }
        test_roc(&m.dataset, outputs)
    }
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
