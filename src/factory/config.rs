//! The factory's options (TMVA's names and defaults) and the analysis
//! type they select.

use serde::{Deserialize, Serialize};

use crate::data::DataSet;
use crate::error::{Error, Result};
use crate::methods::Task;
use crate::options::Options;
use crate::transform::TransformSpec;

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
    /// `Transformations` (default `I`; `;` separates several): the variable
    /// transformations whose per-variable summary is printed for the input data.
    pub transformations: Vec<TransformSpec>,
    /// `AnalysisType` (default `Auto`).
    pub analysis_type: AnalysisType,
    /// `ModelPersistence` (default true): write weight files and trained models.
    pub model_persistence: bool,
    /// `Report=report.html` (tmva-burn's; default none): the HTML report of
    /// the output file, written beside it (relative to the output folder).
    pub report: Option<std::path::PathBuf>,
}

impl FactoryConfig {
    /// Parses the factory's option string.
    pub fn parse(options: &str) -> Result<Self> {
        let mut o = Options::parse(options, "Factory")?;
        let verbose = o.flag("V", false)?;
        let silent = o.flag("Silent", false)?;
        let color = o.flag("Color", true)?;
        let draw_progress_bar = o.flag("DrawProgressBar", true)?;
        // Parsed here, not only when the summary is printed (never, with Silent).
        let transformations = o
            .string("Transformations")?
            .unwrap_or_else(|| "I".into())
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|d| {
                TransformSpec::parse(d).map_err(|e| Error::option("Transformations", e.to_string()))
            })
            .collect::<Result<Vec<_>>>()?;
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
        let report = match o.string("Report")? {
            Some(path) if path.trim().is_empty() => {
                return Err(Error::option(
                    "Report",
                    "needs a file name (`Report=report.html`)",
                ));
            }
            path => path.map(std::path::PathBuf::from),
        };
        o.finish(&[
            "V",
            "Silent",
            "Color",
            "DrawProgressBar",
            "Transformations",
            "AnalysisType",
            "ModelPersistence",
            "Report",
        ])?;
        Ok(Self {
            verbose,
            silent,
            color,
            draw_progress_bar,
            transformations,
            analysis_type,
            model_persistence,
            report,
        })
    }
}

/// The task of `dataset` under `analysis`: `Auto` takes regression when
/// there are targets, multiclass for more than two classes.
pub(crate) fn task_of(dataset: &DataSet, analysis: AnalysisType) -> Result<Task> {
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
