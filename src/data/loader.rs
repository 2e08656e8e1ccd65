//! TMVA's `DataLoader`: which variables, spectators and targets to read,
//! from which trees for which class, with which weights and cuts; then
//! `prepare_training_and_test_tree` splits the events into training and test
//! samples, renormalises the training weights and mixes the classes, exactly
//! as TMVA's `DataSetFactory` does (the number of events per class and sample,
//! which events go where for `Alternate` and `Block`, the weight sums after
//! each `NormMode`). `Random` uses our own random stream seeded by
//! `SplitSeed`, so the same seed gives the same split here, but not the same
//! events as ROOT's `TRandom3`.

use rand::SeedableRng;
use serde::{Deserialize, Serialize};

use super::expr::{Columns, Expr};
use crate::error::{Error, Result};

use super::prepare::{ClassInputs, PrepareConfig, mix, renormalise, split_class};
use super::sample::{ClassStats, DataSet, Sample};
use super::source::EventSource;

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
