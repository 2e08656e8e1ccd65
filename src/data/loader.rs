//! TMVA's `DataLoader`: which variables, spectators and targets to read,
//! from which trees for which class, with which weights and cuts; then
//! `prepare_training_and_test_tree` splits the events into training and test
//! samples, renormalises the training weights and mixes the classes, exactly
//! as TMVA's `DataSetFactory` does (the number of events per class and sample,
//! which events go where for `Alternate` and `Block`, the weight sums after
//! each `NormMode`). `Random` uses our own random stream seeded by
//! `SplitSeed`, so the same seed gives the same split here, but not the same
//! events as ROOT's `TRandom3`.

use std::collections::HashMap;
use std::sync::Arc;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

use super::expr::{Columns, Expr};
use crate::error::{Error, Result};
use crate::io::csv::CsvTable;
use crate::io::{Chain, ColumnData, Tree};
use crate::options::Options;

/// Whether a tree's events may go to training, testing or either (TMVA's `Types::ETreeType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeType {
    /// Split between training and testing by `prepare_training_and_test_tree`.
    Both,
    /// Training only.
    Training,
    /// Testing only.
    Testing,
}

/// A variable, spectator or target: its expression and TMVA's metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VariableInfo {
    /// The expression read from the input (`var1*var2`).
    pub expression: String,
    /// The name it goes by (`myvar` in `myvar := var1*var2`; else the expression).
    pub label: String,
    /// Title for plots (defaults to the label).
    pub title: String,
    /// Unit for plots (default empty).
    pub unit: String,
    /// `F` (float) or `I` (integer: values are truncated toward zero, as TMVA does).
    pub kind: char,
    /// Lower end of the expected range (0 with `max` 0: not set).
    pub min: f64,
    /// Upper end of the expected range.
    pub max: f64,
}

impl VariableInfo {
    fn new(spec: &str) -> Result<(Self, Expr)> {
        let (label, expression) = match spec.split_once(":=") {
            Some((label, expression)) => (label.trim().to_string(), expression.trim().to_string()),
            None => (spec.trim().to_string(), spec.trim().to_string()),
        };
        if label.is_empty() {
            return Err(Error::Expression(format!("`{spec}`: empty variable name")));
        }
        let expr = Expr::parse(&expression)?;
        Ok((
            Self {
                expression,
                title: label.clone(),
                label,
                unit: String::new(),
                kind: 'F',
                min: 0.0,
                max: 0.0,
            },
            expr,
        ))
    }
}

/// Events held in memory, by column name: input for users without ROOT files.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryTable {
    name: String,
    len: usize,
    columns: Vec<(String, Vec<f32>)>,
}

impl MemoryTable {
    /// A table called `name` (for messages) with columns of equal length.
    pub fn new(name: &str, columns: Vec<(String, Vec<f32>)>) -> Result<Self> {
        let len = columns.first().map_or(0, |(_, c)| c.len());
        if let Some((col, c)) = columns.iter().find(|(_, c)| c.len() != len) {
            return Err(Error::Data(format!(
                "table `{name}`: column `{col}` has {} values, the first column {len}",
                c.len()
            )));
        }
        Ok(Self {
            name: name.to_string(),
            len,
            columns,
        })
    }
}

/// Where a class's events come from: a ROOT tree, a CSV file or memory.
#[derive(Debug, Clone)]
pub enum EventSource {
    /// A TTree, or the same tree in several files (a TChain).
    Root(Chain),
    /// A CSV file.
    Csv(Arc<CsvTable>),
    /// Columns in memory.
    Memory(Arc<MemoryTable>),
}

impl From<Tree> for EventSource {
    fn from(tree: Tree) -> Self {
        EventSource::Root(tree.into())
    }
}
impl From<Chain> for EventSource {
    fn from(chain: Chain) -> Self {
        EventSource::Root(chain)
    }
}
impl From<CsvTable> for EventSource {
    fn from(table: CsvTable) -> Self {
        EventSource::Csv(Arc::new(table))
    }
}
impl From<MemoryTable> for EventSource {
    fn from(table: MemoryTable) -> Self {
        EventSource::Memory(Arc::new(table))
    }
}

impl EventSource {
    /// `file:tree`, the CSV path or the table name.
    pub fn describe(&self) -> String {
        match self {
            EventSource::Root(tree) => tree.describe(),
            EventSource::Csv(table) => table.path().display().to_string(),
            EventSource::Memory(table) => format!("table `{}`", table.name),
        }
    }

    fn len(&self) -> usize {
        match self {
            EventSource::Root(tree) => tree.entries(),
            EventSource::Csv(table) => table.len(),
            EventSource::Memory(table) => table.len,
        }
    }

    fn read(&self, names: &[String]) -> Result<Vec<ColumnData>> {
        let missing = |name: &str, have: Vec<&str>| {
            Error::Data(format!(
                "{}: no column `{name}`; it has: {}",
                self.describe(),
                have.join(", ")
            ))
        };
        match self {
            EventSource::Root(tree) => {
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                tree.read_branches(&refs)
            }
            EventSource::Csv(table) => names
                .iter()
                .map(|n| Ok(ColumnData::Scalar(table.require(n)?.to_vec())))
                .collect(),
            EventSource::Memory(table) => names
                .iter()
                .map(|n| {
                    table
                        .columns
                        .iter()
                        .find(|(c, _)| c == n)
                        .map(|(_, v)| ColumnData::Scalar(v.clone()))
                        .ok_or_else(|| {
                            missing(n, table.columns.iter().map(|(c, _)| c.as_str()).collect())
                        })
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone)]
struct ClassInput {
    source: EventSource,
    weight: f64,
    tree_type: TreeType,
}

#[derive(Debug, Clone)]
struct ClassSpec {
    name: String,
    inputs: Vec<ClassInput>,
    weight: Option<Expr>,
    cuts: Vec<Expr>,
}

/// Events of one sample (training or test): row-major `f32` variables,
/// targets and spectators, plus weight, class and origin per event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sample {
    /// Variables per event.
    pub n_variables: usize,
    /// Targets per event.
    pub n_targets: usize,
    /// Spectators per event.
    pub n_spectators: usize,
    /// `len * n_variables` values.
    pub variables: Vec<f32>,
    /// `len * n_targets` values.
    pub targets: Vec<f32>,
    /// `len * n_spectators` values.
    pub spectators: Vec<f32>,
    /// Event weights (training weights after `NormMode`).
    pub weights: Vec<f32>,
    /// Class index per event.
    pub classes: Vec<u16>,
    /// Position of the event among all events of its class, counted over the
    /// class's inputs in the order they were added (before cuts).
    pub origin: Vec<u32>,
}

impl Sample {
    /// Number of events.
    pub fn len(&self) -> usize {
        self.weights.len()
    }
    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
    /// The variables of event `i`.
    pub fn event(&self, i: usize) -> &[f32] {
        &self.variables[i * self.n_variables..(i + 1) * self.n_variables]
    }
    /// Sum of the weights of class `class`.
    pub fn weight_sum(&self, class: u16) -> f64 {
        self.classes
            .iter()
            .zip(&self.weights)
            .filter(|(c, _)| **c == class)
            .map(|(_, w)| *w as f64)
            .sum()
    }
    /// Number of events of class `class`.
    pub fn count(&self, class: u16) -> usize {
        self.classes.iter().filter(|c| **c == class).count()
    }
    /// Bytes the sample's buffers hold on the heap (their capacities).
    pub fn heap_bytes(&self) -> usize {
        4 * (self.variables.capacity()
            + self.targets.capacity()
            + self.spectators.capacity()
            + self.weights.capacity()
            + self.origin.capacity())
            + 2 * self.classes.capacity()
    }

    /// One-hot rows of the classes (`len * n_classes` values), TMVA's
    /// classification targets for its PyTorch method.
    pub fn one_hot(&self, n_classes: usize) -> Vec<f32> {
        let mut out = vec![0.0; self.len() * n_classes];
        for (i, &c) in self.classes.iter().enumerate() {
            out[i * n_classes + c as usize] = 1.0;
        }
        out
    }
}

/// What happened to a class's events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClassStats {
    /// The class name.
    pub name: String,
    /// Events read.
    pub read: usize,
    /// Events passing the cuts.
    pub after_cuts: usize,
    /// Events dropped for a NaN or infinite variable or target.
    pub dropped_non_finite: usize,
    /// Entries skipped because an input variable indexes past the end of a
    /// list (`jet_pt[2]` with two jets), as TMVA skips them.
    pub no_element: usize,
    /// Training events.
    pub training: usize,
    /// Test events.
    pub testing: usize,
    /// Factor applied to the class's training weights by `NormMode`.
    pub renormalisation: f64,
}

/// The prepared data: metadata, training and test samples, and per-class statistics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataSet {
    /// The loader's name (TMVA's dataset name, used for output paths).
    pub name: String,
    /// The variables, in order.
    pub variables: Vec<VariableInfo>,
    /// The regression targets, in order.
    pub targets: Vec<VariableInfo>,
    /// The spectators, in order.
    pub spectators: Vec<VariableInfo>,
    /// Class names; index = class id (signal first when there is one).
    pub classes: Vec<String>,
    /// Training events.
    pub train: Sample,
    /// Test events.
    pub test: Sample,
    /// Per class, in class order.
    pub stats: Vec<ClassStats>,
}

/// How undefined events are divided (`SplitMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitMode {
    /// Shuffled with `SplitSeed` (TMVA's default).
    Random,
    /// Training and test events taken in turn.
    Alternate,
    /// The first events for training, the next for testing.
    Block,
}

/// How classes are interleaved in each sample (`MixMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MixMode {
    /// Shuffled with `SplitSeed`.
    Random,
    /// Classes interleaved event by event.
    Alternate,
    /// Class after class.
    Block,
}

/// How training weights are renormalised (`NormMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NormMode {
    /// Weights as given.
    None,
    /// Each class's training weights sum to its number of training events.
    NumEvents,
    /// Each class's training weights sum to the number of training events of class 0 (TMVA's default).
    EqualNumEvents,
}

/// The options of `prepare_training_and_test_tree`, TMVA's names and defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct PrepareConfig {
    /// `nTrain_<class>` (0: TMVA's rule).
    pub n_train: HashMap<String, usize>,
    /// `nTest_<class>` (0: TMVA's rule).
    pub n_test: HashMap<String, usize>,
    /// `TrainTestSplit_<class>`: fraction for training, in (0, 1).
    pub train_fraction: HashMap<String, f64>,
    /// `SplitMode` (default Random).
    pub split_mode: SplitMode,
    /// `MixMode` (default SameAsSplitMode).
    pub mix_mode: MixMode,
    /// `SplitSeed` (default 100; 0 = a different seed every run).
    pub split_seed: u64,
    /// `NormMode` (default EqualNumEvents).
    pub norm_mode: NormMode,
    /// `ScaleWithPreselEff` (default false): scale requested numbers by the cut efficiency.
    pub scale_with_presel_eff: bool,
    /// `V` (default false): print the event counts.
    pub verbose: bool,
    /// `DropNonFinite` (our addition, default false): drop events with a NaN
    /// or infinite variable or target instead of failing.
    pub drop_non_finite: bool,
}

const PREPARE_OPTIONS: [&str; 13] = [
    "nTrain_<class>",
    "nTest_<class>",
    "TrainTestSplit_<class>",
    "SplitMode",
    "MixMode",
    "SplitSeed",
    "NormMode",
    "ScaleWithPreselEff",
    "V",
    "VerboseLevel",
    "Silent",
    "Color",
    "DropNonFinite",
];

impl PrepareConfig {
    /// Parses TMVA's option string (e.g. `nTrain_Signal=4000:SplitMode=Random:NormMode=NumEvents:!V`).
    pub fn parse(options: &str) -> Result<Self> {
        let mut o = Options::parse(options, "PrepareTrainingAndTestTree")?;
        let split_mode = match o.choice("SplitMode", &["Random", "Alternate", "Block"])? {
            Some("Alternate") => SplitMode::Alternate,
            Some("Block") => SplitMode::Block,
            _ => SplitMode::Random,
        };
        let mix_mode = match o.choice(
            "MixMode",
            &["SameAsSplitMode", "Random", "Alternate", "Block"],
        )? {
            Some("Random") => MixMode::Random,
            Some("Alternate") => MixMode::Alternate,
            Some("Block") => MixMode::Block,
            _ => match split_mode {
                SplitMode::Random => MixMode::Random,
                SplitMode::Alternate => MixMode::Alternate,
                SplitMode::Block => MixMode::Block,
            },
        };
        let norm_mode = match o.choice("NormMode", &["None", "NumEvents", "EqualNumEvents"])? {
            Some("None") => NormMode::None,
            Some("NumEvents") => NormMode::NumEvents,
            _ => NormMode::EqualNumEvents,
        };
        let split_seed = o
            .value::<u64>("SplitSeed", "a seed (an integer >= 0)")?
            .unwrap_or(100);
        let scale_with_presel_eff = o.flag("ScaleWithPreselEff", false)?;
        let verbose = o.flag("V", false)?;
        let drop_non_finite = o.flag("DropNonFinite", false)?;
        o.choice(
            "VerboseLevel",
            &["Debug", "Verbose", "Info", "Warning", "Error", "Fatal"],
        )?;
        o.flag("Silent", false)?;
        o.flag("Color", false)?;
        let mut n_train = HashMap::new();
        let mut n_test = HashMap::new();
        let mut train_fraction = HashMap::new();
        for (prefix, is_fraction) in [
            ("nTrain_", false),
            ("nTest_", false),
            ("TrainTestSplit_", true),
        ] {
            for (key, value) in o.take_prefixed(prefix) {
                let class = key[prefix.len()..].to_string();
                let value = value.ok_or_else(|| Error::option(&key, "needs a value"))?;
                if is_fraction {
                    let f: f64 = value
                        .parse()
                        .map_err(|_| Error::option(&key, format!("`{value}` is not a fraction")))?;
                    if !(f > 0.0 && f < 1.0) {
                        return Err(Error::option(&key, format!("{f} is not in (0, 1)")));
                    }
                    train_fraction.insert(class, f);
                } else {
                    let n: usize = value.parse().map_err(|_| {
                        Error::option(&key, format!("`{value}` is not a number of events"))
                    })?;
                    let map = if prefix == "nTrain_" {
                        &mut n_train
                    } else {
                        &mut n_test
                    };
                    map.insert(class, n);
                }
            }
        }
        o.finish(&PREPARE_OPTIONS)?;
        Ok(Self {
            n_train,
            n_test,
            train_fraction,
            split_mode,
            mix_mode,
            split_seed,
            norm_mode,
            scale_with_presel_eff,
            verbose,
            drop_non_finite,
        })
    }

    fn lookup<T: Copy>(map: &HashMap<String, T>, class: &str) -> Option<T> {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(class))
            .map(|(_, v)| *v)
    }
}

/// TMVA's `DataLoader`.
#[derive(Debug, Clone)]
pub struct DataLoader {
    name: String,
    variables: Vec<(VariableInfo, Expr)>,
    spectators: Vec<(VariableInfo, Expr)>,
    targets: Vec<(VariableInfo, Expr)>,
    classes: Vec<ClassSpec>,
    all_class_weight: Option<Expr>,
    all_class_cuts: Vec<Expr>,
    dataset: Option<DataSet>,
}

/// The name of the regression class.
pub const REGRESSION_CLASS: &str = "Regression";

impl DataLoader {
    /// A loader for the dataset called `name` (TMVA's default is `"default"`).
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_string(),
            variables: Vec::new(),
            spectators: Vec::new(),
            targets: Vec::new(),
            classes: Vec::new(),
            all_class_weight: None,
            all_class_cuts: Vec::new(),
            dataset: None,
        }
    }

    /// The dataset's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn check_new_label(&self, label: &str) -> Result<()> {
        let taken = self
            .variables
            .iter()
            .chain(&self.spectators)
            .chain(&self.targets)
            .any(|(v, _)| v.label == label);
        if taken {
            return Err(Error::option(
                "AddVariable",
                format!("`{label}` is already a variable, spectator or target"),
            ));
        }
        Ok(())
    }

    /// Adds an input variable: an expression, or `name := expression`.
    pub fn add_variable(&mut self, spec: &str) -> Result<()> {
        self.add_variable_with(spec, "", "", 'F', 0.0, 0.0)
    }

    /// Adds an input variable with TMVA's title, unit, type (`F` or `I`) and range.
    pub fn add_variable_with(
        &mut self,
        spec: &str,
        title: &str,
        unit: &str,
        kind: char,
        min: f64,
        max: f64,
    ) -> Result<()> {
        let (mut info, expr) = VariableInfo::new(spec)?;
        self.check_new_label(&info.label)?;
        if !matches!(kind, 'F' | 'I' | 'D') {
            return Err(Error::option(
                "AddVariable",
                format!("type `{kind}` of `{}` is not 'F' or 'I'", info.label),
            ));
        }
        if !title.is_empty() {
            info.title = title.to_string();
        }
        info.unit = unit.to_string();
        info.kind = if kind == 'I' { 'I' } else { 'F' };
        info.min = min;
        info.max = max;
        self.variables.push((info, expr));
        Ok(())
    }

    /// Adds a spectator: read and carried along, not used for training.
    pub fn add_spectator(&mut self, spec: &str) -> Result<()> {
        let (info, expr) = VariableInfo::new(spec)?;
        self.check_new_label(&info.label)?;
        self.spectators.push((info, expr));
        Ok(())
    }

    /// Adds a regression target.
    pub fn add_target(&mut self, spec: &str) -> Result<()> {
        let (info, expr) = VariableInfo::new(spec)?;
        self.check_new_label(&info.label)?;
        self.targets.push((info, expr));
        Ok(())
    }

    fn class_mut(&mut self, name: &str) -> &mut ClassSpec {
        if let Some(i) = self.classes.iter().position(|c| c.name == name) {
            return &mut self.classes[i];
        }
        self.classes.push(ClassSpec {
            name: name.to_string(),
            inputs: Vec::new(),
            weight: None,
            cuts: Vec::new(),
        });
        self.classes.last_mut().expect("just pushed")
    }

    /// Adds a tree of class `class` with a global `weight`, for training,
    /// testing or both (TMVA's `AddTree`).
    pub fn add_tree(
        &mut self,
        source: impl Into<EventSource>,
        class: &str,
        weight: f64,
        tree_type: TreeType,
    ) -> Result<()> {
        let source = source.into();
        if class.trim().is_empty() {
            return Err(Error::option("AddTree", "empty class name"));
        }
        if !weight.is_finite() {
            return Err(Error::option(
                "AddTree",
                format!("weight {weight} of {} is not finite", source.describe()),
            ));
        }
        self.dataset = None;
        self.class_mut(class).inputs.push(ClassInput {
            source,
            weight,
            tree_type,
        });
        Ok(())
    }

    /// `AddSignalTree(tree, weight)`.
    pub fn add_signal_tree(&mut self, source: impl Into<EventSource>, weight: f64) -> Result<()> {
        self.add_tree(source, "Signal", weight, TreeType::Both)
    }

    /// `AddBackgroundTree(tree, weight)`.
    pub fn add_background_tree(
        &mut self,
        source: impl Into<EventSource>,
        weight: f64,
    ) -> Result<()> {
        self.add_tree(source, "Background", weight, TreeType::Both)
    }

    /// `AddRegressionTree(tree, weight)`.
    pub fn add_regression_tree(
        &mut self,
        source: impl Into<EventSource>,
        weight: f64,
    ) -> Result<()> {
        self.add_tree(source, REGRESSION_CLASS, weight, TreeType::Both)
    }

    /// `SetWeightExpression(expr, class)`: per-event weights of class
    /// `class` (all classes when empty), multiplied by the tree's weight.
    pub fn set_weight_expression(&mut self, expression: &str, class: &str) -> Result<()> {
        let expr = Expr::parse(expression)?;
        if class.is_empty() {
            self.all_class_weight = Some(expr);
        } else {
            self.class_mut(class).weight = Some(expr);
        }
        Ok(())
    }

    /// `SetSignalWeightExpression(expr)`.
    pub fn set_signal_weight_expression(&mut self, expression: &str) -> Result<()> {
        self.set_weight_expression(expression, "Signal")
    }

    /// `SetBackgroundWeightExpression(expr)`.
    pub fn set_background_weight_expression(&mut self, expression: &str) -> Result<()> {
        self.set_weight_expression(expression, "Background")
    }

    /// `AddCut(cut, class)`: events of `class` (all classes when empty) must pass `cut`.
    pub fn add_cut(&mut self, cut: &str, class: &str) -> Result<()> {
        if cut.trim().is_empty() {
            return Ok(());
        }
        let expr = Expr::parse(cut)?;
        if class.is_empty() {
            self.all_class_cuts.push(expr);
        } else {
            self.class_mut(class).cuts.push(expr);
        }
        Ok(())
    }

    /// `PrepareTrainingAndTestTree(cut, options)`: applies `cut` to every
    /// class, then splits, renormalises and mixes (see the module docs).
    pub fn prepare_training_and_test_tree(&mut self, cut: &str, options: &str) -> Result<&DataSet> {
        self.add_cut(cut, "")?;
        let config = PrepareConfig::parse(options)?;
        self.prepare(&config)
    }

    /// `PrepareTrainingAndTestTree(sigCut, bkgCut, options)`.
    pub fn prepare_training_and_test_tree_sb(
        &mut self,
        signal_cut: &str,
        background_cut: &str,
        options: &str,
    ) -> Result<&DataSet> {
        self.add_cut(signal_cut, "Signal")?;
        self.add_cut(background_cut, "Background")?;
        let config = PrepareConfig::parse(options)?;
        self.prepare(&config)
    }

    /// The prepared data, once `prepare_training_and_test_tree` has run.
    pub fn dataset(&self) -> Option<&DataSet> {
        self.dataset.as_ref()
    }

    /// Splits, renormalises and mixes with typed options.
    pub fn prepare(&mut self, config: &PrepareConfig) -> Result<&DataSet> {
        if self.variables.is_empty() {
            return Err(Error::Data(format!(
                "dataset `{}` has no variables (add_variable)",
                self.name
            )));
        }
        if self.classes.is_empty() {
            return Err(Error::Data(format!(
                "dataset `{}` has no input trees (add_signal_tree, add_tree, ...)",
                self.name
            )));
        }
        for class in &self.classes {
            if class.inputs.is_empty() {
                return Err(Error::Data(format!(
                    "class `{}` has a weight or cut but no input tree",
                    class.name
                )));
            }
        }
        let is_regression = self.classes.iter().any(|c| c.name == REGRESSION_CLASS);
        if is_regression && self.targets.is_empty() {
            return Err(Error::Data(
                "regression trees need at least one target (add_target)".into(),
            ));
        }
        for key in config
            .n_train
            .keys()
            .chain(config.n_test.keys())
            .chain(config.train_fraction.keys())
        {
            if !self
                .classes
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case(key))
            {
                return Err(Error::option(
                    format!("nTrain_/nTest_{key}"),
                    format!(
                        "no class `{key}`; the classes are {}",
                        self.classes
                            .iter()
                            .map(|c| c.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
        // Signal first, as TMVA's methods expect class 0 to be signal.
        let mut order: Vec<usize> = (0..self.classes.len()).collect();
        order.sort_by_key(|&i| self.classes[i].name != "Signal");
        let seed = if config.split_seed == 0 {
            rand::random()
        } else {
            config.split_seed
        };
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let width = self.variables.len() + self.targets.len() + self.spectators.len();
        let mut stores = Vec::with_capacity(order.len());
        let mut splits = Vec::with_capacity(order.len());
        let mut stats = Vec::with_capacity(order.len());
        for &ci in &order {
            let (mut inputs, mut stat) = self.read_class(&self.classes[ci], config)?;
            let (train, test) = split_class(
                &mut inputs,
                &self.classes[ci].name,
                config,
                stat.read,
                &mut rng,
            )?;
            stat.training = train.len();
            stat.testing = test.len();
            stores.push(inputs.events);
            splits.push((train, test));
            stats.push(stat);
        }
        renormalise(&mut stores, &splits, &mut stats, config.norm_mode)?;
        let train = mix(
            splits.iter().map(|(t, _)| t.len()).collect(),
            config.mix_mode,
            &mut rng,
        );
        let test = mix(
            splits.iter().map(|(_, t)| t.len()).collect(),
            config.mix_mode,
            &mut rng,
        );
        // The only copy of the rows: from each class's store into the sample.
        let build = |order: Vec<(usize, usize)>, lists: Vec<&[u32]>| {
            let mut sample = Sample {
                n_variables: self.variables.len(),
                n_targets: self.targets.len(),
                n_spectators: self.spectators.len(),
                ..Sample::default()
            };
            sample
                .variables
                .reserve_exact(order.len() * self.variables.len());
            sample
                .targets
                .reserve_exact(order.len() * self.targets.len());
            sample
                .spectators
                .reserve_exact(order.len() * self.spectators.len());
            sample.weights.reserve_exact(order.len());
            sample.classes.reserve_exact(order.len());
            sample.origin.reserve_exact(order.len());
            for (class, position) in order {
                let events = &stores[class];
                let index = lists[class][position] as usize;
                let row = &events.rows[index * width..(index + 1) * width];
                let (vars, rest) = row.split_at(self.variables.len());
                let (targets, spectators) = rest.split_at(self.targets.len());
                sample.variables.extend_from_slice(vars);
                sample.targets.extend_from_slice(targets);
                sample.spectators.extend_from_slice(spectators);
                sample.weights.push(events.weights[index] as f32);
                sample.classes.push(class as u16);
                sample.origin.push(events.origin[index]);
            }
            sample
        };
        let dataset = DataSet {
            name: self.name.clone(),
            variables: self.variables.iter().map(|(v, _)| v.clone()).collect(),
            targets: self.targets.iter().map(|(v, _)| v.clone()).collect(),
            spectators: self.spectators.iter().map(|(v, _)| v.clone()).collect(),
            classes: order
                .iter()
                .map(|&i| self.classes[i].name.clone())
                .collect(),
            train: build(train, splits.iter().map(|(t, _)| t.as_slice()).collect()),
            test: build(test, splits.iter().map(|(_, t)| t.as_slice()).collect()),
            stats,
        };
        if dataset.train.is_empty() {
            return Err(Error::Data(format!(
                "dataset `{}` has no training events",
                self.name
            )));
        }
        if config.verbose {
            println!("DataSet `{}`:", dataset.name);
            for s in &dataset.stats {
                println!(
                    "  {:<12} read {:>8}  after cuts {:>8}  dropped (NaN/inf) {:>6}  training {:>8}  testing {:>8}  weight factor {:.6}",
                    s.name,
                    s.read,
                    s.after_cuts,
                    s.dropped_non_finite,
                    s.training,
                    s.testing,
                    s.renormalisation
                );
            }
        }
        Ok(self.dataset.insert(dataset))
    }

    /// Reads all inputs of one class: evaluates expressions, applies cuts
    /// and weights, and sorts the events by tree type.
    fn read_class(
        &self,
        class: &ClassSpec,
        config: &PrepareConfig,
    ) -> Result<(ClassInputs, ClassStats)> {
        let weight_expr = class.weight.as_ref().or(self.all_class_weight.as_ref());
        let cuts: Vec<&Expr> = self.all_class_cuts.iter().chain(&class.cuts).collect();
        let checked: Vec<&(VariableInfo, Expr)> =
            self.variables.iter().chain(&self.targets).collect();
        let all_exprs: Vec<&Expr> = self
            .variables
            .iter()
            .chain(&self.targets)
            .chain(&self.spectators)
            .map(|(_, e)| e)
            .chain(weight_expr)
            .chain(cuts.iter().copied())
            .collect();
        let mut branches: Vec<String> = Vec::new();
        for e in &all_exprs {
            for b in e.branches() {
                if !branches.contains(&b) {
                    branches.push(b);
                }
            }
        }
        let width = self.variables.len() + self.targets.len() + self.spectators.len();
        let mut out = ClassInputs::default();
        let mut stat = ClassStats {
            name: class.name.clone(),
            renormalisation: 1.0,
            ..ClassStats::default()
        };
        let mut origin_base = 0usize;
        for input in &class.inputs {
            let n = input.source.len();
            let columns = input.source.read(&branches)?;
            let map = Columns::new(&branches, &columns);
            let context = |e: Error| match e {
                Error::Expression(m) => {
                    Error::Expression(format!("{}: {m}", input.source.describe()))
                }
                other => other,
            };
            // As TMVA: an entry where an input variable indexes past the end
            // of a list gives no event at all (not even counted as read).
            let mut no_element = vec![false; n];
            let mut values: Vec<Vec<f64>> = Vec::with_capacity(width);
            for (k, (info, e)) in self
                .variables
                .iter()
                .chain(&self.targets)
                .chain(&self.spectators)
                .enumerate()
            {
                let evaluated = e.eval_columns(&map, n).map_err(context)?;
                if k < self.variables.len() {
                    for (d, &m) in no_element.iter_mut().zip(&evaluated.missing) {
                        *d |= m;
                    }
                }
                let mut v = evaluated.values;
                if info.kind == 'I' {
                    v.iter_mut().for_each(|x| *x = x.trunc());
                }
                values.push(v);
            }
            let weights = match weight_expr {
                Some(e) => e.eval_columns(&map, n).map_err(context)?.values,
                None => vec![1.0; n],
            };
            let mut pass = vec![true; n];
            for cut in &cuts {
                let evaluated = cut.eval_columns(&map, n).map_err(context)?;
                for (p, v) in pass.iter_mut().zip(evaluated.values) {
                    *p &= v != 0.0;
                }
            }
            let list = match input.tree_type {
                TreeType::Training => &mut out.training,
                TreeType::Testing => &mut out.testing,
                TreeType::Both => &mut out.undefined,
            };
            for i in 0..n {
                if no_element[i] {
                    stat.no_element += 1;
                    continue;
                }
                stat.read += 1;
                if !pass[i] {
                    continue;
                }
                stat.after_cuts += 1;
                if let Some(k) = (0..checked.len()).find(|&k| !(values[k][i] as f32).is_finite()) {
                    if config.drop_non_finite {
                        stat.dropped_non_finite += 1;
                        continue;
                    }
                    return Err(Error::Data(format!(
                        "{}: entry {i}: `{}` is {} (use the option DropNonFinite to drop such events)",
                        input.source.describe(),
                        checked[k].0.label,
                        values[k][i]
                    )));
                }
                let w = weights[i] * input.weight;
                if !w.is_finite() {
                    return Err(Error::Data(format!(
                        "{}: entry {i}: the event weight is {w}",
                        input.source.describe()
                    )));
                }
                let too_many =
                    || Error::Data(format!("class `{}` has more than 2^32 events", class.name));
                list.push(u32::try_from(out.events.len()).map_err(|_| too_many())?);
                out.events.rows.extend(values.iter().map(|v| v[i] as f32));
                out.events.weights.push(w);
                out.events
                    .origin
                    .push(u32::try_from(origin_base + i).map_err(|_| too_many())?);
            }
            origin_base += n;
        }
        debug_assert!(out.events.rows.len() == out.events.weights.len() * width);
        Ok((out, stat))
    }
}

/// All accepted events of one class: row-major rows of variables, targets,
/// spectators; weights in f64 (as TMVA sums them); origin per event. The
/// split works on indices into it, so the rows are copied once, into the
/// final samples.
#[derive(Debug, Clone, Default)]
struct ClassEvents {
    rows: Vec<f32>,
    weights: Vec<f64>,
    origin: Vec<u32>,
}

impl ClassEvents {
    fn len(&self) -> usize {
        self.weights.len()
    }
}

/// A class's events and which of them are training-only, test-only or either.
#[derive(Debug, Default)]
struct ClassInputs {
    events: ClassEvents,
    training: Vec<u32>,
    testing: Vec<u32>,
    undefined: Vec<u32>,
}

/// TMVA's `MixEvents` split for one class: the indices of its training and
/// test events.
fn split_class(
    inputs: &mut ClassInputs,
    class: &str,
    config: &PrepareConfig,
    read: usize,
    rng: &mut rand::rngs::StdRng,
) -> Result<(Vec<u32>, Vec<u32>)> {
    let mut training = std::mem::take(&mut inputs.training);
    let mut testing = std::mem::take(&mut inputs.testing);
    let mut undefined = std::mem::take(&mut inputs.undefined);
    if config.split_mode == SplitMode::Random {
        undefined.shuffle(rng);
    }
    let available_training = training.len();
    let available_testing = testing.len();
    let available_undefined = undefined.len();
    let all = available_training + available_testing + available_undefined;
    let presel = if config.scale_with_presel_eff && read > 0 {
        all as f64 / read as f64
    } else {
        1.0
    };
    let (mut requested_training, mut requested_testing) =
        match PrepareConfig::lookup(&config.train_fraction, class) {
            Some(f) => ((f * all as f64) as usize, 0),
            None => (
                PrepareConfig::lookup(&config.n_train, class).unwrap_or(0),
                PrepareConfig::lookup(&config.n_test, class).unwrap_or(0),
            ),
        };
    requested_training = (requested_training as f64 * presel) as usize;
    requested_testing = (requested_testing as f64 * presel) as usize;
    if requested_training + requested_testing > all {
        return Err(Error::Data(format!(
            "class `{class}`: {requested_training} training + {requested_testing} test events \
             requested, but only {all} are available after cuts"
        )));
    }
    let (use_training, use_testing);
    if requested_training == 0 && requested_testing == 0 {
        let diff = available_training.abs_diff(available_testing);
        if available_undefined >= diff {
            use_training = all / 2;
            use_testing = all / 2;
        } else if available_training < available_testing {
            use_training = available_training + available_undefined;
            use_testing = available_testing;
        } else {
            use_training = available_training;
            use_testing = available_testing + available_undefined;
        }
        requested_training = use_training;
        requested_testing = use_testing;
    } else if requested_testing == 0 {
        use_training = requested_training.max(available_training);
        use_testing = all - use_training;
        requested_testing = use_testing;
    } else if requested_training == 0 {
        use_testing = requested_testing.max(available_testing);
        use_training = all - use_testing;
        requested_training = use_training;
    } else {
        let still_training = requested_training.saturating_sub(available_training);
        let still_testing = requested_testing.saturating_sub(available_testing);
        let free = available_undefined.saturating_sub(still_training + still_testing);
        use_training = requested_training.max(available_training) + free / 2;
        use_testing = all - use_training;
    }
    if config.split_mode == SplitMode::Alternate {
        let mut n_training = available_training;
        let mut i = 0;
        while i < undefined.len() {
            n_training += 1;
            if n_training <= requested_training {
                training.push(undefined[i]);
                i += 1;
            }
            if i < undefined.len() {
                testing.push(undefined[i]);
                i += 1;
            }
        }
    } else {
        let to_training = use_training.saturating_sub(available_training);
        let to_testing = use_testing.saturating_sub(available_testing);
        if available_undefined < to_training + to_testing {
            return Err(Error::Data(format!(
                "class `{class}`: more events requested ({use_training} training, {use_testing} test) \
                 than available ({available_training} training-only, {available_testing} test-only, \
                 {available_undefined} either)"
            )));
        }
        training.extend_from_slice(&undefined[..to_training]);
        testing.extend_from_slice(&undefined[to_training..to_training + to_testing]);
    }
    let trim = |events: Vec<u32>, keep: usize, rng: &mut rand::rngs::StdRng| {
        if events.len() <= keep {
            return events;
        }
        if config.split_mode == SplitMode::Random {
            // Remove random events, keeping the order of the rest.
            let mut order: Vec<usize> = (0..events.len()).collect();
            order.shuffle(rng);
            let mut removed = vec![false; events.len()];
            for &i in &order[..events.len() - keep] {
                removed[i] = true;
            }
            events
                .into_iter()
                .zip(removed)
                .filter(|(_, r)| !r)
                .map(|(e, _)| e)
                .collect()
        } else {
            events[..keep].to_vec()
        }
    };
    let training = trim(training, requested_training, rng);
    let testing = trim(testing, requested_testing, rng);
    Ok((training, testing))
}

/// TMVA's `RenormEvents`: rescales the training weights of each class.
fn renormalise(
    stores: &mut [ClassEvents],
    splits: &[(Vec<u32>, Vec<u32>)],
    stats: &mut [ClassStats],
    mode: NormMode,
) -> Result<()> {
    if mode == NormMode::None {
        return Ok(());
    }
    let reference = splits[0].0.len() as f64;
    for ((events, (train, _)), stat) in stores.iter_mut().zip(splits).zip(stats.iter_mut()) {
        if train.is_empty() {
            continue;
        }
        let sum: f64 = train.iter().map(|&i| events.weights[i as usize]).sum();
        let target = match mode {
            NormMode::NumEvents => train.len() as f64,
            _ => reference,
        };
        if sum <= 0.0 || !sum.is_finite() {
            return Err(Error::Data(format!(
                "class `{}`: the training weights sum to {sum}; NormMode cannot rescale them",
                stat.name
            )));
        }
        let factor = target / sum;
        for &i in train {
            events.weights[i as usize] *= factor;
        }
        stat.renormalisation = factor;
    }
    Ok(())
}

/// TMVA's class mixing: the order of `(class, index)` pairs in a sample.
fn mix(lengths: Vec<usize>, mode: MixMode, rng: &mut rand::rngs::StdRng) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = (0..lengths[0]).map(|i| (0, i)).collect();
    for (class, &len) in lengths.iter().enumerate().skip(1) {
        let new: Vec<(usize, usize)> = (0..len).map(|i| (class, i)).collect();
        if mode != MixMode::Alternate {
            out.extend(new);
            continue;
        }
        // TMVA inserts one event of class `class` after every `class` events
        // already there; once fewer are left, the rest is appended.
        let old = std::mem::take(&mut out);
        let mut taken = 0;
        let mut k = 0;
        while k < new.len() && old.len() - taken >= class {
            out.extend_from_slice(&old[taken..taken + class]);
            taken += class;
            out.push(new[k]);
            k += 1;
        }
        out.extend_from_slice(&old[taken..]);
        out.extend_from_slice(&new[k..]);
    }
    if mode == MixMode::Random {
        out.shuffle(rng);
    }
    out
}
