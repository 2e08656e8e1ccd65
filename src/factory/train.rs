//! The training phase: transformations fitted, methods trained, weight
//! files and trained models staged.

use std::path::PathBuf;

use super::{BookedMethod, Factory, Trained};
use crate::error::{Error, Result};
use crate::methods::MethodKind;
use crate::methods::pytorch::train_network;
use crate::methods::{Analysis, Fisher};
use crate::nn::CustomLayer;
use crate::transform::Transformations;
use crate::weights::{Payload, WeightFile, WeightVariable};

impl<C: CustomLayer> Factory<C> {
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
            MethodKind::Bdt | MethodKind::Mlp => {
                unreachable!("booking refuses methods it cannot train")
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
            Trained::Network(_) => {
                let model = m
                    .trained_model_path
                    .clone()
                    .expect("persistent training writes the model");
                let user_code = model.with_extension("usercode.py");
                self.staging
                    .borrow_mut()
                    .stage(&user_code, ROOT_USER_CODE.as_bytes())?;
                Payload::Network {
                    model,
                    user_code: Some(user_code),
                }
            }
        };
        let train = &m.dataset.train;
        let described = |infos: &[crate::data::VariableInfo], width: usize, values: &[f32]| {
            infos
                .iter()
                .enumerate()
                .map(|(k, v)| {
                    let column = (0..train.len()).map(|e| values[e * width + k] as f64);
                    WeightVariable {
                        expression: v.expression.clone(),
                        label: v.label.clone(),
                        min: column.clone().fold(f64::INFINITY, f64::min),
                        max: column.fold(f64::NEG_INFINITY, f64::max),
                    }
                })
                .collect::<Vec<_>>()
        };
        let file = WeightFile {
            kind: m.kind,
            title: m.title.clone(),
            job: self.job_name.clone(),
            analysis: Analysis::from(self.task(&m.dataset)?),
            options: m.options.clone(),
            variables: described(&m.dataset.variables, train.n_variables, &train.variables),
            spectators: described(&m.dataset.spectators, train.n_spectators, &train.spectators),
            classes: m.dataset.classes.clone(),
            targets: described(&m.dataset.targets, train.n_targets, &train.targets),
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
}

/// The `UserCode` file written beside a trained model: ROOT's MethodPyTorch
/// runs it before applying the model and looks up these entries (the
/// predict function is the model's own output, as ours).
const ROOT_USER_CODE: &str = r#""""Run by ROOT's MethodPyTorch (option UserCode) before it applies the model
trained by tmva-burn beside this file: its Reader looks these entries up."""
import torch


def train(*args, **kwargs):
    raise RuntimeError("trained by tmva-burn: this file serves ROOT's Reader only")


def predict(model, test_X, batch_size=32):
    model.eval()
    with torch.no_grad():
        return model(torch.as_tensor(test_X, dtype=torch.float32)).numpy()


load_model_custom_objects = {
    "optimizer": torch.optim.SGD,
    "criterion": torch.nn.MSELoss(),
    "train_func": train,
    "predict_func": predict,
}
"#;
