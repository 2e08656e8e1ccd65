//! TMVA's `Factory`: book methods on a prepared dataset, train, test and
//! evaluate them all, and report as TMVA does.

use std::cell::RefCell;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::data::{DataLoader, DataSet, Sample};
use crate::error::{Error, Result};
use crate::eval::{ClassificationReport, Roc, Scored};
pub use crate::methods::MethodKind;
use crate::methods::pytorch::{PyTorchConfig, Task, train_network};
use crate::methods::{Analysis, Fisher, FisherMethod};
use crate::nn::{
    CustomLayer, CustomObjects, CustomRegistry, NoCustom, Sequential, TrainingHistory,
};
use crate::options::Options;
use crate::staging::Staging;
use crate::transform::Transformations;
use crate::weights::{Payload, WeightFile, WeightVariable};

/// `AnalysisType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnalysisType {
    /// Signal against background.
    Classification,
    /// Targets.
    Regression,
    /// More than two classes.
    Multiclass,
    /// From the dataset: targets → regression, more than two classes → multiclass.
    Auto,
}

/// The factory's options (TMVA's names and defaults).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactoryConfig {
    /// `V` (default false): per-epoch losses and more.
    pub verbose: bool,
    /// `Silent` (default false): print nothing.
    pub silent: bool,
    /// `Color` (default true): coloured headers.
    pub color: bool,
    /// `DrawProgressBar` (default true).
    pub draw_progress_bar: bool,
    /// `Transformations` (default `I`): the variable transformations whose
    /// per-variable summary is printed for the input data.
    pub transformations: String,
    /// `AnalysisType` (default `Auto`).
    pub analysis_type: AnalysisType,
    /// `ModelPersistence` (default true): write weight files and trained models.
    pub model_persistence: bool,
}

impl FactoryConfig {
    /// Parses the factory's option string.
    pub fn parse(options: &str) -> Result<Self> {
        let mut o = Options::parse(options, "Factory")?;
        let verbose = o.flag("V", false)?;
        let silent = o.flag("Silent", false)?;
        let color = o.flag("Color", true)?;
        let draw_progress_bar = o.flag("DrawProgressBar", true)?;
        let transformations = o.string("Transformations")?.unwrap_or_else(|| "I".into());
        // Checked here, not only when the summary is printed (never, with Silent).
        for definition in transformations.split(';').map(str::trim) {
            if !definition.is_empty() {
                crate::transform::check_definition(definition)
                    .map_err(|e| Error::option("Transformations", e.to_string()))?;
            }
        }
        let analysis_type = match o.choice(
            "AnalysisType",
            &["Classification", "Regression", "Multiclass", "Auto"],
        )? {
            Some("Classification") => AnalysisType::Classification,
            Some("Regression") => AnalysisType::Regression,
            Some("Multiclass") => AnalysisType::Multiclass,
            _ => AnalysisType::Auto,
        };
        let model_persistence = o.flag("ModelPersistence", true)?;
        o.finish(&[
            "V",
            "Silent",
            "Color",
            "DrawProgressBar",
            "Transformations",
            "AnalysisType",
            "ModelPersistence",
        ])?;
        Ok(Self {
            verbose,
            silent,
            color,
            draw_progress_bar,
            transformations,
            analysis_type,
            model_persistence,
        })
    }
}

/// A trained method's model.
#[derive(Debug)]
pub enum TrainedModel<C: CustomLayer = NoCustom> {
    /// Fisher coefficients.
    Fisher(Fisher),
    /// The network.
    Network(Sequential<C>),
}

/// Per-event outputs of one method, row-major with `n_outputs` per event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MethodOutputs {
    /// Outputs per event (classification: 1, the MVA value; multiclass: one
    /// per class; regression: one per target, in the original scale).
    pub n_outputs: usize,
    /// Test events.
    pub test: Vec<f32>,
    /// Training events.
    pub train: Vec<f32>,
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
    var_transform: String,
    fisher_method: FisherMethod,
    fisher_verbose: bool,
    pytorch: Option<PyTorchConfig>,
    untrained: Option<Sequential<C>>,
    custom: CustomObjects<C>,
    /// Fitted transformations (after training).
    pub transforms: Option<Transformations>,
    /// The trained model (after training).
    pub trained: Option<TrainedModel<C>>,
    /// The network's loss history (after training).
    pub history: Option<TrainingHistory>,
    /// Outputs on test and training events (after testing).
    pub outputs: Option<MethodOutputs>,
    /// Where the trained network was written.
    pub trained_model_path: Option<PathBuf>,
}

/// Evaluation of one method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Evaluation {
    /// Two-class figures.
    Classification(ClassificationReport),
    /// Per-class one-vs-rest ROC integrals.
    Multiclass {
        /// ROC integral of class k against the rest, per class.
        roc_integrals: Vec<f64>,
        /// Confusion matrix: row = true class, column = predicted (arg max), weighted, test events.
        confusion: Vec<Vec<f64>>,
    },
    /// Per target.
    Regression(Vec<crate::eval::RegressionReport>),
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
        for definition in self.config.transformations.split(';').map(str::trim) {
            if definition.is_empty() {
                continue;
            }
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
                let parsed = parse_fisher_options(options)?;
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
                m.trained = Some(TrainedModel::Fisher(fisher));
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
                m.trained = Some(TrainedModel::Network(trained.model));
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
            TrainedModel::Fisher(f) => Payload::Fisher(f.clone()),
            TrainedModel::Network(net) => {
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
            let custom = &m.custom;
            let outputs = |sample: &Sample| -> Result<(Vec<f32>, usize)> {
                apply_method(trained, transforms, custom, sample, task)
            };
            let (test, n_outputs) = outputs(&m.dataset.test)?;
            let (train, _) = outputs(&m.dataset.train)?;
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
            let text = report_text(&self.methods, &results);
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        let written = self.write_output_file();
        self.finish_phase(written)?;
        Ok(results)
    }

    /// Writes the output ROOT file: per dataset a `TrainTree` and a
    /// `TestTree` with `classID`, `className`, the variables, spectators and
    /// targets, `weight`, and each method's output (multiclass: one branch
    /// per class, `<title>_<class>`; several targets: `<title>_<target>`).
    /// The writer makes no directories, so with one dataset the trees are at
    /// the top of the file (TMVA puts them in a folder named after the
    /// dataset), and with several their names start with `<dataset>_`.
    fn write_output_file(&self) -> Result<()> {
        use crate::io::{Column, TreeData};
        let mut datasets: Vec<&DataSet> = Vec::new();
        for m in &self.methods {
            if !datasets.iter().any(|d| d.name == m.dataset.name) {
                datasets.push(&m.dataset);
            }
        }
        let mut trees = Vec::new();
        for ds in &datasets {
            let prefix = if datasets.len() > 1 {
                format!("{}_", ds.name)
            } else {
                String::new()
            };
            for (tree, sample, is_test) in [
                ("TrainTree", &ds.train, false),
                ("TestTree", &ds.test, true),
            ] {
                let mut branches = vec![
                    (
                        "classID".to_string(),
                        Column::I32(sample.classes.iter().map(|&c| c as i32).collect()),
                    ),
                    (
                        "className".to_string(),
                        Column::Str(
                            sample
                                .classes
                                .iter()
                                .map(|&c| ds.classes.get(c as usize).cloned().unwrap_or_default())
                                .collect(),
                        ),
                    ),
                ];
                let column = |values: &[f32], width: usize, k: usize| {
                    Column::F32(values.chunks(width.max(1)).map(|r| r[k]).collect())
                };
                for (k, v) in ds.variables.iter().enumerate() {
                    branches.push((
                        v.label.clone(),
                        column(&sample.variables, sample.n_variables, k),
                    ));
                }
                for (k, v) in ds.spectators.iter().enumerate() {
                    branches.push((
                        v.label.clone(),
                        column(&sample.spectators, sample.n_spectators, k),
                    ));
                }
                for (k, v) in ds.targets.iter().enumerate() {
                    branches.push((
                        v.label.clone(),
                        column(&sample.targets, sample.n_targets, k),
                    ));
                }
                branches.push(("weight".to_string(), Column::F32(sample.weights.clone())));
                for m in self.methods.iter().filter(|m| m.dataset.name == ds.name) {
                    let Some(out) = &m.outputs else { continue };
                    let values = if is_test { &out.test } else { &out.train };
                    let n = out.n_outputs;
                    if n == 1 {
                        branches.push((m.title.clone(), Column::F32(values.clone())));
                    } else {
                        let names: &[String] = if ds.targets.is_empty() {
                            &ds.classes
                        } else {
                            &[]
                        };
                        for k in 0..n {
                            let suffix = names
                                .get(k)
                                .cloned()
                                .or_else(|| ds.targets.get(k).map(|t| t.label.clone()))
                                .unwrap_or_else(|| k.to_string());
                            branches.push((format!("{}_{suffix}", m.title), column(values, n, k)));
                        }
                    }
                }
                trees.push(TreeData {
                    name: format!("{prefix}{tree}"),
                    branches,
                });
            }
        }
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
        let (s, b) = split_by_class(&m.dataset.test, &outputs.test, 1, 0);
        let sig = Scored::new(&s.0, &s.1, "signal test")?;
        let bkg = Scored::new(&b.0, &b.1, "background test")?;
        Ok(Roc::new(sig, bkg))
    }
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn task_of(dataset: &DataSet, analysis: AnalysisType) -> Result<Task> {
    let n = dataset.classes.len();
    Ok(match analysis {
        AnalysisType::Classification => Task::Classification,
        AnalysisType::Regression => Task::Regression,
        AnalysisType::Multiclass => Task::Multiclass(n),
        AnalysisType::Auto if !dataset.targets.is_empty() => Task::Regression,
        AnalysisType::Auto if n > 2 => Task::Multiclass(n),
        AnalysisType::Auto => Task::Classification,
    })
}

/// The Fisher method's options: `H`, `V`, `VarTransform`, `Method` (or the
/// flags `Fisher` / `Mahalanobis`).
struct FisherOptions {
    var_transform: String,
    method: FisherMethod,
    help: bool,
    verbose: bool,
}

/// The `H` text of the Fisher method.
const FISHER_HELP: &str = "Fisher method: y = F0 + sum_i c_i x_i.
  Method=Fisher|Mahalanobis   within-class (default) or full covariance (also as flags)
  VarTransform=<chain>        variable transformations (default none)
  V                           print the coefficients after training";

fn parse_fisher_options(options: &str) -> Result<FisherOptions> {
    let mut o = Options::parse(options, "Fisher")?;
    let help = o.flag("H", false)?;
    let verbose = o.flag("V", false)?;
    let vt = o.string("VarTransform")?.unwrap_or_default();
    let mut method = match o.choice("Method", &["Fisher", "Mahalanobis"])? {
        Some("Mahalanobis") => FisherMethod::Mahalanobis,
        _ => FisherMethod::Fisher,
    };
    if o.flag("Mahalanobis", false)? {
        method = FisherMethod::Mahalanobis;
    }
    o.flag("Fisher", false)?;
    o.finish(&["H", "V", "VarTransform", "Method", "Fisher", "Mahalanobis"])?;
    Ok(FisherOptions {
        var_transform: vt,
        method,
        help,
        verbose,
    })
}

/// Outputs of a trained method on `sample` (original variables): the
/// method's transformations first; regression outputs mapped back to the
/// targets' scale.
pub(crate) fn apply_method<C: CustomLayer>(
    trained: &TrainedModel<C>,
    transforms: &Transformations,
    custom: &CustomObjects<C>,
    sample: &Sample,
    task: Task,
) -> Result<(Vec<f32>, usize)> {
    let transformed = transforms.apply_sample(sample)?;
    match trained {
        TrainedModel::Fisher(f) => Ok((
            (0..transformed.len())
                .map(|i| f.evaluate(transformed.event(i)) as f32)
                .collect(),
            1,
        )),
        TrainedModel::Network(model) => {
            let device = model_device(model);
            let out = crate::nn::predict(model, custom, &transformed.variables, &device)?;
            let n_out = model.n_outputs();
            match task {
                Task::Classification => Ok((out.chunks(n_out).map(|r| r[0]).collect(), 1)),
                Task::Multiclass(_) => Ok((out, n_out)),
                Task::Regression => {
                    let mut values: Vec<f64> = out.iter().map(|&v| v as f64).collect();
                    for row in values.chunks_mut(n_out) {
                        transforms.inverse_targets(row)?;
                    }
                    Ok((values.into_iter().map(|v| v as f32).collect(), n_out))
                }
            }
        }
    }
}

fn model_device<C: CustomLayer>(model: &Sequential<C>) -> burn::tensor::Device {
    use burn::module::Module;
    model
        .devices()
        .into_iter()
        .next()
        .unwrap_or_else(|| crate::device::parse_device("cpu").expect("the CPU backend is built in"))
}

type ScoresWeights = (Vec<f32>, Vec<f32>);

/// Column `column` of `outputs` split into (signal, background) = (class
/// `signal_class`, the rest), each with the events' weights.
fn split_by_class(
    sample: &Sample,
    outputs: &[f32],
    n_outputs: usize,
    signal_class: u16,
) -> (ScoresWeights, ScoresWeights) {
    split_column(sample, outputs, n_outputs, 0, signal_class)
}

fn split_column(
    sample: &Sample,
    outputs: &[f32],
    n_outputs: usize,
    column: usize,
    signal_class: u16,
) -> (ScoresWeights, ScoresWeights) {
    let (mut s, mut b) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
    for i in 0..sample.len() {
        let v = outputs[i * n_outputs + column];
        let target = if sample.classes[i] == signal_class {
            &mut s
        } else {
            &mut b
        };
        target.0.push(v);
        target.1.push(sample.weights[i]);
    }
    (s, b)
}

fn evaluate(dataset: &DataSet, outputs: &MethodOutputs, task: Task) -> Result<Evaluation> {
    match task {
        Task::Classification => {
            let (ts, tb) = split_by_class(&dataset.test, &outputs.test, 1, 0);
            let (rs, rb) = split_by_class(&dataset.train, &outputs.train, 1, 0);
            Ok(Evaluation::Classification(ClassificationReport::new(
                (
                    Scored::new(&ts.0, &ts.1, "signal test")?,
                    Scored::new(&tb.0, &tb.1, "background test")?,
                ),
                (
                    Scored::new(&rs.0, &rs.1, "signal training")?,
                    Scored::new(&rb.0, &rb.1, "background training")?,
                ),
            )))
        }
        Task::Multiclass(n) => {
            let mut roc_integrals = Vec::with_capacity(n);
            for k in 0..n {
                let (s, b) = split_column(&dataset.test, &outputs.test, n, k, k as u16);
                roc_integrals.push(
                    Roc::new(
                        Scored::new(&s.0, &s.1, &format!("class {k} test"))?,
                        Scored::new(&b.0, &b.1, &format!("rest of class {k} test"))?,
                    )
                    .integral(),
                );
            }
            let mut confusion = vec![vec![0.0; n]; n];
            for (i, row) in outputs.test.chunks(n).enumerate() {
                let predicted = row
                    .iter()
                    .enumerate()
                    .max_by(|a, b| a.1.total_cmp(b.1))
                    .map_or(0, |(k, _)| k);
                confusion[dataset.test.classes[i] as usize][predicted] +=
                    dataset.test.weights[i] as f64;
            }
            Ok(Evaluation::Multiclass {
                roc_integrals,
                confusion,
            })
        }
        Task::Regression => {
            let n = outputs.n_outputs;
            let reports = (0..n)
                .map(|t| {
                    let column = |sample: &Sample, out: &[f32]| {
                        let pred: Vec<f64> = out.chunks(n).map(|r| r[t] as f64).collect();
                        let truth: Vec<f64> = (0..sample.len())
                            .map(|i| sample.targets[i * sample.n_targets + t] as f64)
                            .collect();
                        let w: Vec<f64> = sample.weights.iter().map(|&w| w as f64).collect();
                        crate::eval::RegressionStats::new(&pred, &truth, &w)
                    };
                    crate::eval::RegressionReport {
                        target: dataset.targets[t].label.clone(),
                        test: column(&dataset.test, &outputs.test),
                        train: column(&dataset.train, &outputs.train),
                    }
                })
                .collect();
            Ok(Evaluation::Regression(reports))
        }
    }
}

fn report_text<C: CustomLayer>(
    methods: &[BookedMethod<C>],
    results: &[(String, Evaluation)],
) -> String {
    let rule = "-".repeat(100);
    let mut t = String::new();
    let dataset = |title: &str| {
        methods
            .iter()
            .find(|m| m.title == title)
            .map_or("", |m| m.dataset.name.as_str())
            .to_string()
    };
    let mut classification: Vec<(&String, &ClassificationReport)> = results
        .iter()
        .filter_map(|(title, e)| match e {
            Evaluation::Classification(r) => Some((title, r)),
            _ => None,
        })
        .collect();
    if !classification.is_empty() {
        classification.sort_by(|a, b| b.1.roc_integral.total_cmp(&a.1.roc_integral));
        t += "\nFactory                  : Evaluation results ranked by best signal efficiency and purity (area)\n";
        t += &format!(
            "{rule}\n{:<14}{:<16}{:>10}\n{:<14}{:<16}{:>10}\n",
            "DataSet", "MVA", "", "Name:", "Method:", "ROC-integ"
        );
        for (title, r) in &classification {
            t += &format!(
                "{:<14}{:<16}: {:.4}\n",
                dataset(title),
                title,
                r.roc_integral
            );
        }
        t += &format!(
            "{rule}\n\nTesting efficiency compared to training efficiency (overtraining check)\n{rule}\n"
        );
        t += &format!(
            "{:<14}{:<16}  Signal efficiency: from test sample (from training sample)\n{:<14}{:<16}  {:<20}{:<20}{:<20}\n{rule}\n",
            "DataSet", "MVA", "Name:", "Method:", "@B=0.01", "@B=0.10", "@B=0.30"
        );
        for (title, r) in &classification {
            t += &format!("{:<14}{:<16}: ", dataset(title), title);
            for k in 0..3 {
                t += &format!(
                    "{:<20}",
                    format!("{:.3} ({:.3})", r.efficiency_test[k], r.efficiency_train[k])
                );
            }
            t += "\n";
        }
        t += &format!(
            "{rule}\n\n{:<14}{:<16}  {:>10} {:>12} {:>14} {:>14}\n",
            "DataSet", "Method", "Separation", "Significance", "KS signal", "KS background"
        );
        for (title, r) in &classification {
            t += &format!(
                "{:<14}{:<16}: {:>10.4} {:>12.4} {:>14.4} {:>14.4}\n",
                dataset(title),
                title,
                r.separation,
                r.significance,
                r.ks_signal,
                r.ks_background
            );
        }
        t += &format!("{rule}\n");
    }
    for (title, e) in results {
        match e {
            Evaluation::Multiclass {
                roc_integrals,
                confusion,
            } => {
                t += &format!(
                    "\nMulticlass evaluation of {title} ({}): ROC integral per class against the rest\n{rule}\n",
                    dataset(title)
                );
                let classes = methods
                    .iter()
                    .find(|m| &m.title == title)
                    .map(|m| m.dataset.classes.clone())
                    .unwrap_or_default();
                for (k, auc) in roc_integrals.iter().enumerate() {
                    t += &format!(
                        "  {:<16}: {:.4}\n",
                        classes.get(k).map_or("?", |s| s.as_str()),
                        auc
                    );
                }
                t += "Confusion matrix (rows: true class, columns: predicted, weighted test events)\n";
                for (k, row) in confusion.iter().enumerate() {
                    t += &format!("  {:<16}", classes.get(k).map_or("?", |s| s.as_str()));
                    for v in row {
                        t += &format!("{v:>12.1}");
                    }
                    t += "\n";
                }
                t += &format!("{rule}\n");
            }
            Evaluation::Regression(reports) => {
                t += &format!(
                    "\nRegression evaluation of {title} ({}): deviations on test (training) events\n{rule}\n",
                    dataset(title)
                );
                t += &format!(
                    "  {:<12}{:>22}{:>22}{:>22}{:>22}\n",
                    "Target", "Bias", "Dev", "RMS", "Bias(trunc)"
                );
                for r in reports {
                    t += &format!(
                        "  {:<12}{:>22}{:>22}{:>22}{:>22}\n",
                        r.target,
                        format!("{:.4} ({:.4})", r.test.bias, r.train.bias),
                        format!("{:.4} ({:.4})", r.test.deviation, r.train.deviation),
                        format!("{:.4} ({:.4})", r.test.rms, r.train.rms),
                        format!(
                            "{:.4} ({:.4})",
                            r.test.bias_truncated, r.train.bias_truncated
                        ),
                    );
                }
                t += &format!("{rule}\n");
            }
            Evaluation::Classification(_) => {}
        }
    }
    t
}

#[cfg(test)]
mod config_tests {
    use super::*;

    #[test]
    fn a_bad_transformation_is_an_error_even_when_silent() {
        for options in ["Silent:Transformations=Q", "Transformations=I;D,Q"] {
            let err = FactoryConfig::parse(options).unwrap_err().to_string();
            assert!(err.contains("Transformations"), "{err}");
        }
        assert!(FactoryConfig::parse("Silent:Transformations=I;D;P;G,D").is_ok());
    }
}
