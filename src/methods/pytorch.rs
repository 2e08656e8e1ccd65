//! The neural-network method under TMVA's name `PyTorch`, so that option
//! strings of TMVA's PyTorch tutorials work unchanged.
//!
//! Options with `MethodPyTorch`'s defaults: `H`, `V`, `VarTransform`,
//! `FilenameModel`, `FilenameTrainedModel`, `NumEpochs` (10), `BatchSize`
//! (100), `ContinueTraining` (false), `SaveBestOnly` (true),
//! `LearningRateSchedule`, `ValidationSize` (`20%`), `NumThreads`. `UserCode`
//! cannot apply without Python: it is an error pointing to `CustomObjects`.
//! Our additions: `Optimizer` (SGD), `LearningRate` (0.01), `Loss` (MSE),
//! `Seed` (100), `EarlyStopping` (`patience[,min_delta]`, off), `Device`
//! (`cpu` and the compiled-in backends), `DataParallel` (1: workers that
//! share each batch, see `TrainingConfig::data_parallel`).

use std::path::{Path, PathBuf};

use burn::tensor::Device;
use serde::{Deserialize, Serialize};

use crate::data::Sample;
use crate::device::DeviceSpec;
use crate::error::{Error, Result};
use crate::nn::{
    CustomLayer, CustomObjects, EarlyStopping, Loss, LrSchedule, OptimizerConfig, Sequential,
    TrainingConfig, TrainingData, TrainingHistory, train,
};
use crate::options::Options;
use crate::transform::TransformSpec;

/// How much of the training set validates (`ValidationSize`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum ValidationSize {
    /// A fraction of the training events (`20%` or `0.2`).
    Fraction(f64),
    /// A number of events (`100`).
    Events(usize),
}

impl ValidationSize {
    /// Parses `20%`, `0.2` or `100`.
    pub fn parse(text: &str) -> Result<Self> {
        let bad = || {
            Error::option(
                "ValidationSize",
                format!("`{text}` is neither a percentage, a fraction nor a number of events"),
            )
        };
        let text = text.trim();
        if let Some(p) = text.strip_suffix('%') {
            let p: f64 = p.trim().parse().map_err(|_| bad())?;
            return Ok(Self::Fraction(p / 100.0));
        }
        if let Ok(n) = text.parse::<usize>() {
            return Ok(Self::Events(n));
        }
        let f: f64 = text.parse().map_err(|_| bad())?;
        Ok(Self::Fraction(f))
    }

    /// Validation events for `n_train` training events; ≤ 0 or ≥ `n_train`
    /// is an error, as in MethodPyTorch.
    pub fn events(&self, n_train: usize) -> Result<usize> {
        let n = match *self {
            Self::Fraction(f) if f > 0.0 && f < 1.0 => (f * n_train as f64) as usize,
            Self::Fraction(f) if f >= 1.0 && f.fract() == 0.0 => f as usize,
            Self::Fraction(f) => {
                return Err(Error::option(
                    "ValidationSize",
                    format!("{f} is not in (0, 1) nor a number of events"),
                ));
            }
            Self::Events(n) => n,
        };
        if n == 0 || n >= n_train {
            return Err(Error::option(
                "ValidationSize",
                format!(
                    "{n} validation events out of {n_train} training events; need 0 < n < {n_train}"
                ),
            ));
        }
        Ok(n)
    }
}

/// The `PyTorch` method's settings, parsed from its option string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PyTorchConfig {
    /// `VarTransform` (default none).
    pub var_transform: TransformSpec,
    /// `FilenameModel`: a model.pt made in PyTorch (default none: the model is given in code).
    pub filename_model: Option<PathBuf>,
    /// `FilenameTrainedModel` (default `<dataset>/weights/TrainedModel_<title>.pt`).
    pub filename_trained_model: Option<PathBuf>,
    /// `ValidationSize` (default 20%).
    pub validation_size: ValidationSize,
    /// `Device` (default `cpu`), parsed when the options are read.
    pub device: DeviceSpec,
    /// `ContinueTraining` (default false): start from the weights of the
    /// trained model file (`FilenameTrainedModel` or its default), which must exist.
    pub continue_training: bool,
    /// `H` (print help).
    pub help: bool,
    /// `V` (verbose).
    pub verbose: bool,
    /// The training loop's settings (`NumEpochs`, `BatchSize`, ...).
    pub training: TrainingConfig,
}

impl PyTorchConfig {
    /// Parses a TMVA option string; an unknown or malformed option is an error naming it.
    pub fn parse(options: &str) -> Result<Self> {
        let mut o = Options::parse(options, "PyTorch")?;
        if o.string("UserCode")?.is_some() {
            return Err(Error::option(
                "UserCode",
                "Python user code cannot run here; give the optimizer, criterion, train and \
                 predict functions in Rust as CustomObjects when booking the method",
            ));
        }
        let help = o.flag("H", false)?;
        let verbose = o.flag("V", false)?;
        let var_transform = TransformSpec::parse(&o.string("VarTransform")?.unwrap_or_default())?;
        let filename_model = o.string("FilenameModel")?.map(PathBuf::from);
        let filename_trained_model = o.string("FilenameTrainedModel")?.map(PathBuf::from);
        if filename_trained_model
            .as_ref()
            .is_some_and(|p| p.as_os_str().is_empty() || p.to_string_lossy().ends_with('/'))
        {
            return Err(Error::option(
                "FilenameTrainedModel",
                "is empty or a folder; give a file name (the default is \
                 <dataset>/weights/TrainedModel_<title>.pt)",
            ));
        }
        let mut training = TrainingConfig::default();
        if let Some(n) = o.value::<usize>("NumEpochs", "a number of epochs")? {
            if n == 0 {
                return Err(Error::option("NumEpochs", "must be at least 1"));
            }
            training.num_epochs = n;
        }
        if let Some(n) = o.value::<usize>("BatchSize", "a number of events")? {
            if n == 0 {
                return Err(Error::option("BatchSize", "must be at least 1"));
            }
            training.batch_size = n;
        }
        training.save_best_only = o.flag("SaveBestOnly", true)?;
        let continue_training = o.flag("ContinueTraining", false)?;
        if let Some(text) = o.string("LearningRateSchedule")? {
            training.lr_schedule = LrSchedule::parse(&text)?;
        }
        let validation_size = match o.string("ValidationSize")? {
            Some(text) => ValidationSize::parse(&text)?,
            None => ValidationSize::Fraction(0.2),
        };
        // `NumThreads` (default 0: the machine's cores): the threads of the
        // host training step, and, when the `rayon` feature is built, of
        // flex's kernels (rayon's global pool, sized by the first method
        // that asks; see `train_network`).
        training.threads = o
            .value::<usize>("NumThreads", "a number of threads")?
            .unwrap_or(0);
        let lr = o
            .value::<f64>("LearningRate", "a learning rate")?
            .unwrap_or(0.01);
        let optimizer = o.string("Optimizer")?.unwrap_or_else(|| "SGD".into());
        training.optimizer = OptimizerConfig::from_name(&optimizer, lr)?;
        training.optimizer.validate()?;
        if let Some(loss) = o.string("Loss")? {
            training.loss = Loss::from_name(&loss)?;
        }
        if let Some(n) = o.value::<usize>("DataParallel", "a number of workers")? {
            if n == 0 {
                return Err(Error::option("DataParallel", "must be at least 1"));
            }
            training.data_parallel = n;
        }
        if let Some(seed) = o.value::<u64>("Seed", "an integer seed")? {
            training.seed = seed;
        }
        if let Some(text) = o.string("EarlyStopping")? {
            let mut parts = text.split(',');
            let patience = parts
                .next()
                .and_then(|p| p.trim().parse().ok())
                .ok_or_else(|| {
                    Error::option(
                        "EarlyStopping",
                        format!("`{text}`: expected patience[,min_delta]"),
                    )
                })?;
            let min_delta = match parts.next() {
                Some(d) => d.trim().parse().map_err(|_| {
                    Error::option("EarlyStopping", format!("`{d}` is not a number"))
                })?,
                None => 0.0,
            };
            training.early_stopping = Some(EarlyStopping {
                patience,
                min_delta,
            });
        }
        let device = DeviceSpec::parse(&o.string("Device")?.unwrap_or_else(|| "cpu".into()))?;
        o.finish(&[
            "H",
            "V",
            "VarTransform",
            "FilenameModel",
            "FilenameTrainedModel",
            "NumEpochs",
            "BatchSize",
            "ContinueTraining",
            "SaveBestOnly",
            "LearningRateSchedule",
            "ValidationSize",
            "NumThreads",
            "Optimizer",
            "LearningRate",
            "Loss",
            "Seed",
            "DataParallel",
            "EarlyStopping",
            "Device",
        ])?;
        Ok(Self {
            var_transform,
            filename_model,
            filename_trained_model,
            validation_size,
            device,
            continue_training,
            help,
            verbose,
            training,
        })
    }

    /// Where the trained model goes: `FilenameTrainedModel`, or TMVA's
    /// default `<dataset>/weights/TrainedModel_<title>.pt`.
    pub fn trained_model_path(&self, dataset: &str, title: &str) -> PathBuf {
        self.filename_trained_model.clone().unwrap_or_else(|| {
            Path::new(dataset)
                .join("weights")
                .join(format!("TrainedModel_{title}.pt"))
        })
    }
}

/// The `H` text: the options and their defaults.
pub const HELP: &str = "PyTorch method (tmva-burn): trains a Sequential network.
  VarTransform=<chain>          variable transformations (default none)
  FilenameModel=<model.pt>      TorchScript model made in PyTorch (or book_network in Rust)
  FilenameTrainedModel=<path>   trained model (default <dataset>/weights/TrainedModel_<title>.pt)
  NumEpochs=10  BatchSize=100   epochs, events per batch
  ContinueTraining=False        start from FilenameTrainedModel
  SaveBestOnly=True             keep the epoch with the smallest validation loss
  LearningRateSchedule=e,lr;... learning rate after epoch e
  ValidationSize=20%            last events of the training set (20%, 0.2 or 100)
  NumThreads=0                  CPU threads (0: one per core)
  Optimizer=SGD LearningRate=0.01 Loss=MSELoss Seed=100 EarlyStopping=patience[,min_delta]
  Device=cpu                    cpu, tch-cpu, tch-cuda:N, cuda:N, wgpu (compiled-in ones)
  DataParallel=1                workers sharing each batch, gradients combined (closed-form path)
  UserCode is not available: pass CustomObjects in Rust.";

/// What the analysis asks of the network's outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Two classes, one-hot targets (class 0 = signal); the score is output 0.
    Classification,
    /// One output per class, one-hot targets.
    Multiclass(usize),
    /// The (transformed) targets.
    Regression,
}

/// A trained network with its history.
#[derive(Debug)]
pub struct TrainedNetwork<C: CustomLayer> {
    /// The network (best epoch when `SaveBestOnly`).
    pub model: Sequential<C>,
    /// Losses per epoch.
    pub history: TrainingHistory,
}

/// `model` with the weights of the trained TorchScript model at `path`
/// (`ContinueTraining`), whose layers must be the same.
fn continue_from<C: CustomLayer>(model: Sequential<C>, path: &Path) -> Result<Sequential<C>> {
    if !path.exists() {
        return Err(Error::option(
            "ContinueTraining",
            format!("no trained model to continue from at {}", path.display()),
        ));
    }
    let saved = crate::pt::inspect_torchscript(path, &crate::pt::ImportLimits::default())?;
    if saved.spec != model.spec() {
        return Err(Error::Format {
            path: path.to_path_buf(),
            message: "the trained model's layers differ from the booked model's".to_string(),
        });
    }
    model.load_state_dict(&saved.state)
}

/// Which targets [`training_data`] builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleTargets {
    /// One-hot rows of the class ids.
    OneHot {
        /// Number of classes (columns).
        n_classes: usize,
    },
    /// The regression targets.
    Regression,
}

/// A sample as training input for a network: variables as features; as
/// targets the one-hot classes (classification and multiclass, class 0
/// first, as TMVA's PyTorch method builds them) or the regression targets;
/// the event weights.
pub fn training_data(sample: &Sample, targets: SampleTargets) -> Result<TrainingData> {
    let (values, width) = match targets {
        SampleTargets::OneHot { n_classes } => (sample.one_hot(n_classes), n_classes),
        SampleTargets::Regression => (sample.targets.clone(), sample.n_targets),
    };
    TrainingData::new(sample.variables.clone(), sample.n_variables, values, width)?
        .with_weights(sample.weights.clone())
}

/// Trains `model` on `train` (already transformed) as MethodPyTorch does:
/// the last `ValidationSize` events validate, targets are one-hot classes or
/// the regression targets. With `ContinueTraining`, training starts from the
/// model at `trained_model_path`; writing the trained model is the caller's.
pub fn train_network<C: CustomLayer>(
    model: Sequential<C>,
    train_sample: &Sample,
    task: Task,
    config: &PyTorchConfig,
    custom: &mut CustomObjects<C>,
    trained_model_path: &Path,
    progress: &mut dyn FnMut(&crate::nn::EpochRecord),
) -> Result<TrainedNetwork<C>> {
    let device: Device = config.device.device().clone();
    #[cfg(feature = "rayon")]
    if config.training.threads > 0 {
        let n = config.training.threads;
        // The pool is global: the first request sizes it, later ones must agree.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
        if rayon::current_num_threads() != n {
            return Err(Error::option(
                "NumThreads",
                format!(
                    "{n} requested, but this process already runs a pool of {} threads",
                    rayon::current_num_threads()
                ),
            ));
        }
    }
    let data = training_data(
        train_sample,
        match task {
            Task::Classification => SampleTargets::OneHot { n_classes: 2 },
            Task::Multiclass(n) => SampleTargets::OneHot { n_classes: n },
            Task::Regression => SampleTargets::Regression,
        },
    )?;
    let n_validation = config.validation_size.events(train_sample.len())?;
    let (fit, validation) = data.split_validation(n_validation)?;
    let model = if config.continue_training {
        continue_from(model, trained_model_path)?
    } else {
        model
    };
    let outcome = train(
        model,
        &fit,
        Some(&validation),
        &config.training,
        custom,
        &device,
        progress,
    )?;
    Ok(TrainedNetwork {
        model: outcome.model,
        history: outcome.history,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transformation_typo_is_an_error_when_the_options_are_read() {
        let err = PyTorchConfig::parse("VarTransform=D,Q")
            .unwrap_err()
            .to_string();
        assert!(err.contains("VarTransform") && err.contains("`Q`"), "{err}");
        let err = crate::methods::fisher::FisherOptions::parse("VarTransform=Gauss_Sgnal(")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("VarTransform"), "{err}");
    }

    #[test]
    fn data_parallel_workers_are_an_option() {
        let c = PyTorchConfig::parse("DataParallel=2").unwrap();
        assert_eq!(c.training.data_parallel, 2);
        assert_eq!(PyTorchConfig::parse("").unwrap().training.data_parallel, 1);
        let err = PyTorchConfig::parse("DataParallel=0")
            .unwrap_err()
            .to_string();
        assert!(err.contains("DataParallel"), "{err}");
    }

    #[test]
    fn tutorial_options_parse_with_tmva_defaults() {
        let c = PyTorchConfig::parse(
            "H:!V:VarTransform=D,G:FilenameModel=model.pt:FilenameTrainedModel=trained.pt:NumEpochs=20:BatchSize=32",
        )
        .unwrap();
        assert_eq!(c.training.num_epochs, 20);
        assert_eq!(c.training.batch_size, 32);
        assert!(c.training.save_best_only);
        assert_eq!(c.var_transform.text(), "D,G");
        assert_eq!(c.validation_size, ValidationSize::Fraction(0.2));
        assert_eq!(c.training.optimizer, OptimizerConfig::sgd(0.01));
        assert_eq!(
            c.trained_model_path("dataset", "PyTorch"),
            PathBuf::from("trained.pt")
        );
        let d = PyTorchConfig::parse("").unwrap();
        assert_eq!((d.training.num_epochs, d.training.batch_size), (10, 100));
        assert_eq!(
            d.trained_model_path("dataset", "PyTorch"),
            Path::new("dataset/weights/TrainedModel_PyTorch.pt")
        );
    }

    #[test]
    fn validation_sizes() {
        assert_eq!(
            ValidationSize::parse("20%").unwrap().events(1000).unwrap(),
            200
        );
        assert_eq!(
            ValidationSize::parse("0.2").unwrap().events(1000).unwrap(),
            200
        );
        assert_eq!(
            ValidationSize::parse("100").unwrap().events(1000).unwrap(),
            100
        );
        for bad in ["0", "0%", "1000", "-0.1"] {
            let r = ValidationSize::parse(bad).and_then(|v| v.events(1000));
            assert!(r.is_err(), "{bad}");
        }
        assert!(ValidationSize::parse("lots").is_err());
    }

    #[test]
    fn bad_options_are_named() {
        for (options, name) in [
            ("UserCode=train.py", "UserCode"),
            ("NumEpochs=zero", "NumEpochs"),
            ("BatchSize=0", "BatchSize"),
            ("Optimizer=Magic", "Magic"),
            ("Loss=Wrong", "Wrong"),
            ("NoSuchOption=1", "NoSuchOption"),
            ("EarlyStopping=x", "EarlyStopping"),
            ("NumThreads=x", "NumThreads"),
        ] {
            let err = PyTorchConfig::parse(options).unwrap_err().to_string();
            assert!(err.contains(name), "{options}: {err}");
        }
    }
}
