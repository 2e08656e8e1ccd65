//! The test and evaluation phases: methods applied to the test and
//! training events, evaluated, the output file written.

use std::borrow::Cow;
use std::io::Write as _;

use super::{BookedMethod, Factory, Trained, config::task_of};
use crate::data::DataLoader;
use crate::error::{Error, Result};
use crate::eval::{EvaluatedMethod, Roc, evaluate, report_text, test_roc};
use crate::eval::{Evaluation, MethodOutputs};
use crate::methods::pytorch::Task;
use crate::methods::{Analysis, AppliedMethod, BurnModel, TrainedModel};
use crate::nn::CustomLayer;

impl<C: CustomLayer> Factory<C> {
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
        let trees = super::output::trees(&self.methods);
        let objects = super::histograms::objects(&self.methods);
        let path = self.output_dir.join(&self.output_file);
        self.staging.borrow_mut().stage_with(&path, |tmp| {
            crate::io::write_output_at(&path, tmp, trees, objects)
        })?;
        self.log(&format!(
            "Factory                  : Output file written to {}",
            path.display()
        ));
        if let Some(report) = &self.config.report {
            let html_path = self.output_dir.join(report);
            let html = {
                let staging = self.staging.borrow();
                let staged = staging.staged(&path).unwrap_or(&path);
                crate::report::html::report_named(staged, &path)?
            };
            self.staging
                .borrow_mut()
                .stage(&html_path, html.as_bytes())?;
            self.log(&format!(
                "Factory                  : Report written to {}",
                html_path.display()
            ));
        }
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
