//! TMVA's `Reader`: applies trained methods from their weight files, one
//! event or a batch at a time, with no Python and no training code.
//!
//! Networks of built-in layers are evaluated by [`HostNetwork`] (plain
//! loops over the weights, no per-call tensor overhead); others by Burn's
//! forward pass.

use std::borrow::Cow;
use std::path::Path;

use crate::data::expr::{Columns, eval_rows};
use crate::error::{Error, Result};
use crate::io::Chain;
use crate::methods::{Analysis, AppliedMethod, BurnModel, HostModel, TrainedModel};
use crate::nn::NoCustom;
use crate::options::Options;
use crate::weights::{Payload, WeightFile};

struct Booked {
    title: String,
    file: WeightFile,
    method: AppliedMethod<'static>,
    /// One event's outputs, kept so that evaluating allocates nothing.
    outputs: std::cell::RefCell<Vec<f32>>,
}

/// The method a weight file describes (`path` is where it was read, for
/// the network's model file beside it). Networks of built-in layers run
/// on the host; others through Burn on the CPU.
fn method_of(file: &WeightFile, path: &Path) -> Result<AppliedMethod<'static>> {
    let n_variables = file.variables.len();
    let model: Box<dyn TrainedModel> = match &file.payload {
        Payload::Fisher(f) => Box::new(f.clone()),
        Payload::Bdt(forest) => Box::new(forest.clone()),
        Payload::Mlp(mlp) => Box::new(mlp.clone()),
        Payload::Network { model, .. } => {
            let candidates = WeightFile::model_candidates(model, path);
            let model_path =
                candidates
                    .iter()
                    .find(|p| p.is_file())
                    .ok_or_else(|| Error::Format {
                        path: path.to_path_buf(),
                        message: format!(
                            "the trained model `{}` (FilenameTrainedModel) is not at {}",
                            model.display(),
                            candidates
                                .iter()
                                .map(|p| p.display().to_string())
                                .collect::<Vec<_>>()
                                .join(" or ")
                        ),
                    })?;
            let device = crate::device::parse_device("cpu")?;
            let imported = crate::pt::load_torchscript(model_path, &device)?;
            let (n_in, n_out) = (imported.model.n_inputs(), imported.model.n_outputs());
            let expected_outputs = match file.analysis {
                Analysis::Classification => None,
                Analysis::Regression => Some(file.targets.len()),
                Analysis::Multiclass => Some(file.classes.len()),
            };
            if n_in != n_variables || n_out == 0 || expected_outputs.is_some_and(|e| e != n_out) {
                return Err(Error::Format {
                    path: model_path.clone(),
                    message: format!(
                        "model maps {n_in} inputs to {n_out} outputs; the weight file {} has {} \
                         variables and needs {} outputs",
                        path.display(),
                        n_variables,
                        expected_outputs.map_or("at least 1".to_string(), |e| e.to_string())
                    ),
                });
            }
            match HostModel::new(&imported.model) {
                Ok(host) => Box::new(host),
                Err(_) => Box::new(BurnModel::<NoCustom>::new(Cow::Owned(imported.model), None)),
            }
        }
    };
    Ok(AppliedMethod::new(
        file.analysis,
        n_variables,
        file.transforms.clone(),
        model,
    ))
}

/// Applies trained methods.
///
/// An event with a NaN or infinite variable is an error naming the event and
/// the variable (option `NonFinite=Error`, the default); with
/// `NonFinite=Propagate` it is evaluated as it is and its outputs are
/// usually NaN.
pub struct Reader {
    silent: bool,
    propagate_non_finite: bool,
    variables: Vec<String>,
    spectators: Vec<String>,
    methods: Vec<Booked>,
}

impl Reader {
    /// `Reader(options)`: `V`, `Silent`, `Color` as TMVA, and our
    /// `NonFinite=Error|Propagate` (default `Error`).
    pub fn new(options: &str) -> Result<Self> {
        let mut o = Options::parse(options, "Reader")?;
        o.flag("V", false)?;
        o.flag("Color", true)?;
        let silent = o.flag("Silent", false)?;
        let propagate_non_finite =
            o.choice("NonFinite", &["Error", "Propagate"])? == Some("Propagate");
        o.finish(&["V", "Color", "Silent", "NonFinite"])?;
        Ok(Self {
            silent,
            propagate_non_finite,
            variables: Vec::new(),
            spectators: Vec::new(),
            methods: Vec::new(),
        })
    }

    /// Declares the next input variable (the label used at training).
    pub fn add_variable(&mut self, label: &str) -> Result<()> {
        if !self.methods.is_empty() {
            return Err(Error::option(
                "AddVariable",
                "variables must be added before methods are booked",
            ));
        }
        self.variables.push(label.trim().to_string());
        Ok(())
    }

    /// Declares a spectator (not used to evaluate; checked against the file).
    pub fn add_spectator(&mut self, label: &str) -> Result<()> {
        self.spectators.push(label.trim().to_string());
        Ok(())
    }

    /// Books the method in `weights` under `title`. When no variable was
    /// added, the file's variables are taken; otherwise they must match the
    /// file's, in order.
    pub fn book_mva(&mut self, title: &str, weights: impl AsRef<Path>) -> Result<()> {
        let path = weights.as_ref();
        let file = WeightFile::read(path)?;
        let labels: Vec<String> = file.variables.iter().map(|v| v.label.clone()).collect();
        if self.variables.is_empty() {
            self.variables = labels.clone();
        }
        if self.variables != labels {
            let at = self.variables.iter().zip(&labels).position(|(a, b)| a != b);
            let message = match at {
                Some(i) => format!(
                    "variable {i} is `{}` in the weight file but `{}` in the Reader",
                    labels[i], self.variables[i]
                ),
                None => format!(
                    "the weight file has {} variables ({}), the Reader {} ({})",
                    labels.len(),
                    labels.join(", "),
                    self.variables.len(),
                    self.variables.join(", ")
                ),
            };
            return Err(Error::Format {
                path: path.to_path_buf(),
                message,
            });
        }
        let file_spectators: Vec<&str> = file.spectators.iter().map(|s| s.label.as_str()).collect();
        if !self.spectators.is_empty() && self.spectators != file_spectators {
            return Err(Error::Format {
                path: path.to_path_buf(),
                message: format!(
                    "spectators are ({}) in the weight file, ({}) in the Reader",
                    file_spectators.join(", "),
                    self.spectators.join(", ")
                ),
            });
        }
        if self.methods.iter().any(|m| m.title == title) {
            return Err(Error::option(
                "BookMVA",
                format!("a method titled `{title}` is already booked"),
            ));
        }
        let method = method_of(&file, path)?;
        if !self.silent
            && let Payload::Network {
                user_code: Some(code),
                ..
            } = &file.payload
        {
            println!(
                "Reader                   : {title}: UserCode {} (ROOT's Python hooks) is not run; \
                 the outputs are the model's own",
                code.display()
            );
        }
        if !self.silent {
            println!(
                "Reader                   : Booked {} ({}) from {}",
                title,
                file.kind.name(),
                path.display()
            );
        }
        self.methods.push(Booked {
            title: title.to_string(),
            file,
            method,
            outputs: Default::default(),
        });
        Ok(())
    }

    fn method(&self, title: &str) -> Result<&Booked> {
        self.methods
            .iter()
            .find(|m| m.title == title)
            .ok_or_else(|| {
                Error::option(
                    "method",
                    format!(
                        "no method `{title}` booked (booked: {})",
                        self.methods
                            .iter()
                            .map(|m| m.title.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })
    }

    /// Checks `events` (row-major) and appends method `m`'s outputs to `out`;
    /// errors about an event name it by its number when `numbered`.
    fn run(&self, m: &Booked, events: &[f32], out: &mut Vec<f32>, numbered: bool) -> Result<()> {
        let n = self.variables.len();
        // One event (evaluate_mva's case) needs no division to check.
        if n == 0 || (events.len() != n && !events.len().is_multiple_of(n)) {
            return Err(Error::shape(
                format!("events for `{}`", m.title),
                format!("a multiple of {n} values"),
                events.len(),
            ));
        }
        if !self.propagate_non_finite
            && let Some(k) = events.iter().position(|v| !v.is_finite())
        {
            let prefix = if numbered {
                format!("event {}: ", k / n)
            } else {
                String::new()
            };
            return Err(Error::Data(format!(
                "{prefix}variable `{}` is {} (the Reader option NonFinite=Propagate evaluates \
                 such events as they are)",
                self.variables[k % n],
                events[k]
            )));
        }
        m.method.apply(events, out)
    }

    /// The MVA value of the only booked method (classification: the
    /// signal output).
    pub fn evaluate(&self, event: &[f32]) -> Result<f32> {
        match self.methods.as_slice() {
            [m] => self.evaluate_mva(&m.title, event),
            _ => Err(Error::option(
                "EvaluateMVA",
                format!(
                    "{} methods are booked; name one with evaluate_mva",
                    self.methods.len()
                ),
            )),
        }
    }

    /// The MVA value of method `title` for one event (classification: the
    /// signal output; Fisher: its discriminant).
    pub fn evaluate_mva(&self, title: &str, event: &[f32]) -> Result<f32> {
        let m = self.method(title)?;
        self.check_one_event(m, event)?;
        let mut out = m.outputs.borrow_mut();
        out.clear();
        self.run(m, event, &mut out, false)?;
        Ok(out[0])
    }

    /// Regression outputs (one per target, in the targets' scale).
    pub fn evaluate_regression(&self, title: &str, event: &[f32]) -> Result<Vec<f32>> {
        self.evaluate_all_outputs(title, event, Analysis::Regression)
    }

    /// Multiclass outputs (one per class).
    pub fn evaluate_multiclass(&self, title: &str, event: &[f32]) -> Result<Vec<f32>> {
        self.evaluate_all_outputs(title, event, Analysis::Multiclass)
    }

    fn evaluate_all_outputs(
        &self,
        title: &str,
        event: &[f32],
        analysis: Analysis,
    ) -> Result<Vec<f32>> {
        let m = self.method(title)?;
        if m.file.analysis != analysis {
            return Err(Error::option(
                title,
                format!("is a {} method, not a {analysis} one", m.file.analysis),
            ));
        }
        self.check_one_event(m, event)?;
        let mut out = Vec::new();
        self.run(m, event, &mut out, false)?;
        Ok(out)
    }

    fn check_one_event(&self, m: &Booked, event: &[f32]) -> Result<()> {
        if event.len() != self.variables.len() {
            return Err(Error::shape(
                format!("event for `{}`", m.title),
                format!("{} variables", self.variables.len()),
                event.len(),
            ));
        }
        Ok(())
    }

    /// Every output of method `title` for row-major `events`
    /// (classification: one value per event; otherwise all outputs).
    pub fn evaluate_batch(&self, title: &str, events: &[f32]) -> Result<Vec<f32>> {
        let m = self.method(title)?;
        let n = self.variables.len().max(1);
        let mut all = Vec::with_capacity(events.len() / n * m.method.outputs_per_event());
        self.run(m, events, &mut all, true)?;
        Ok(all)
    }

    /// Evaluates method `title` on every entry of `chain`, its variables
    /// computed from the branches by the weight file's expressions, window
    /// by window along ROOT's clusters (about `window` entries each), and
    /// hands each window's outputs (as [`Reader::evaluate_batch`] gives them)
    /// to `sink`. Memory stays about one window, whatever the files' size.
    pub fn evaluate_chain(
        &self,
        title: &str,
        chain: &Chain,
        window: usize,
        mut sink: impl FnMut(&[f32]) -> Result<()>,
    ) -> Result<()> {
        let (exprs, needed) = self.method(title)?.file.variable_expressions()?;
        let names: Vec<&str> = needed.iter().map(String::as_str).collect();
        // One thread reads and decodes the next window while this one
        // evaluates the current: at most two windows are held at a time.
        type Window = (Vec<f32>, usize, String);
        let (windows, events) = std::sync::mpsc::sync_channel::<Result<Window>>(0);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let send = |events: Result<Window>| {
                    let failed = events.is_err();
                    windows.send(events).is_ok() && !failed
                };
                for tree in chain.trees() {
                    let ranges = match tree.entry_windows(&names, window) {
                        Ok(ranges) => ranges,
                        Err(e) => {
                            send(Err(e));
                            return;
                        }
                    };
                    for range in ranges {
                        let rows = tree.read_range(&names, range.clone()).and_then(|columns| {
                            let map = Columns::new(&needed, &columns);
                            let rows = eval_rows(
                                &exprs,
                                &map,
                                range.len(),
                                &tree.describe(),
                                range.start,
                            )?;
                            Ok((rows, range.start, tree.describe()))
                        });
                        if !send(rows) {
                            return;
                        }
                    }
                }
                drop(windows);
            });
            for rows in events {
                let (rows, first, source) = rows?;
                crate::interrupt::check(|| format!("{source}, entry {first}"))?;
                let outputs = self.evaluate_batch(title, &rows).map_err(|e| match e {
                    Error::Data(message) => {
                        Error::Data(format!("{source}: {}", renumber_event(&message, first)))
                    }
                    other => other,
                })?;
                sink(&outputs)?;
            }
            Ok(())
        })
    }

    /// Outputs per event of method `title` as [`Reader::evaluate_batch`]
    /// gives them: 1 for classification, else one per class or target.
    pub fn outputs_per_event(&self, title: &str) -> Result<usize> {
        Ok(self.method(title)?.method.outputs_per_event())
    }

    /// The input variables, in order.
    pub fn variables(&self) -> &[String] {
        &self.variables
    }

    /// The analysis type of method `title`.
    pub fn analysis_type(&self, title: &str) -> Result<Analysis> {
        Ok(self.method(title)?.file.analysis)
    }
}

/// `event K: ...` with K counted from `first` instead of from the batch's start.
fn renumber_event(message: &str, first: usize) -> String {
    message
        .strip_prefix("event ")
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(k, rest)| k.parse::<usize>().ok().map(|k| (k, rest)))
        .map_or_else(
            || message.to_string(),
            |(k, rest)| format!("entry {}:{rest}", first + k),
        )
}
