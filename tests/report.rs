//! The HTML report (`Report=` option, `tmva-burn report`), made from the
//! output file alone: every plot of each analysis is there, the page needs
//! nothing from outside, and the figures it reads back from the file agree
//! with the Factory's own evaluation.

use std::path::{Path, PathBuf};

use tmva_burn::eval::Evaluation;
use tmva_burn::job::Job;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name)
}

/// Runs `job` (TOML text, trees from the example files) in its own folder
/// and returns the folder, the report's text and the evaluations.
fn run(name: &str, job: &str) -> (PathBuf, String, Vec<(String, Evaluation)>) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("report_{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let job: Job = toml::from_str(job).unwrap();
    let evaluations = job.run(&dir).unwrap();
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    (dir, html, evaluations)
}

fn assert_self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"));
    for fetch in [
        "<script",
        "<link",
        "<img",
        "src=",
        "url(",
        "@import",
        "href=\"http",
    ] {
        assert!(!html.contains(fetch), "the page has `{fetch}`");
    }
}

#[test]
fn a_classification_report_has_tmvaguis_plots_and_the_factorys_figures() {
    let file = data("tmva_class_example.root");
    let (dir, html, evaluations) = run(
        "classification",
        &format!(
            r#"
[factory]
job = "R"
output = "out.root"
options = "Silent:!DrawProgressBar:AnalysisType=Classification:Report=report.html"
[data]
variables = ["var1", "var2", "var3", "var4"]
options = "nTrain_Signal=1000:nTrain_Background=1000:nTest_Signal=1000:nTest_Background=1000:SplitMode=Block:!V"
[[data.trees]]
file = "{0}"
tree = "TreeS"
class = "Signal"
[[data.trees]]
file = "{0}"
tree = "TreeB"
class = "Background"
[[methods]]
kind = "Fisher"
title = "Fisher"
options = "VarTransform=D"
[[methods]]
kind = "PyTorch"
title = "Net"
options = "NumEpochs=3:BatchSize=50"
network = {{ n_inputs = 4, layers = [{{ type = "Linear", out_features = 8 }}, {{ type = "ReLU" }}, {{ type = "Linear", out_features = 2 }}, {{ type = "Softmax", dim = 1 }}] }}
"#,
            file.display()
        ),
    );
    assert_self_contained(&html);
    for title in [
        "var1 (Id)",
        "var4 (Deco)",
        "Correlation matrix (Signal)",
        "Correlation matrix (Background)",
        "Classifier output: Fisher",
        "Classifier output: Net",
        "Cut efficiencies: Fisher",
        "ROC curves (test events)",
        "Training history: Net",
        "Kolmogorov-Smirnov probability",
        "Evaluation results ranked by best signal efficiency",
    ] {
        assert!(html.contains(title), "no `{title}` in the report");
    }
    // The ROC areas in the legend are read back from the output file; they
    // are the Factory's own.
    for (title, evaluation) in &evaluations {
        let Evaluation::Classification(r) = evaluation else {
            panic!("{title}");
        };
        let legend = format!("{title} (area {:.4})", r.roc_integral);
        assert!(html.contains(&legend), "no `{legend}`");
    }
    // The command's report of the same file is the same page.
    let again = tmva_burn::report::html::report(&dir.join("out.root")).unwrap();
    assert_eq!(again, html);
}

#[test]
fn regression_and_multiclass_reports_have_their_own_plots() {
    let reg = data("tmva_reg_example.root");
    let (_, html, _) = run(
        "regression",
        &format!(
            r#"
[factory]
job = "R"
output = "out.root"
options = "Silent:!DrawProgressBar:AnalysisType=Regression:Report=report.html"
[data]
variables = ["var1", "var2"]
targets = ["fvalue"]
options = "nTrain_Regression=500:nTest_Regression=500:SplitMode=Block:!V"
[[data.trees]]
file = "{}"
tree = "TreeR"
class = "Regression"
[[methods]]
kind = "PyTorch"
title = "Net"
options = "VarTransform=N:NumEpochs=2:BatchSize=50"
network = {{ n_inputs = 2, layers = [{{ type = "Linear", out_features = 8 }}, {{ type = "Tanh" }}, {{ type = "Linear", out_features = 1 }}] }}
"#,
            reg.display()
        ),
    );
    assert_self_contained(&html);
    for title in [
        "Regression deviation: Net, fvalue",
        "Training history: Net",
        "var2 (Norm)",
        "Regression evaluation",
    ] {
        assert!(
            html.contains(title),
            "no `{title}` in the regression report"
        );
    }
    let multi = data("tmva_multiclass_example.root");
    let trees: String = ["Signal", "bg0", "bg1", "bg2"]
        .iter()
        .map(|c| {
            let tree = if *c == "Signal" {
                "TreeS".to_string()
            } else {
                format!("TreeB{}", &c[2..])
            };
            format!(
                "[[data.trees]]\nfile = \"{}\"\ntree = \"{tree}\"\nclass = \"{c}\"\n",
                multi.display()
            )
        })
        .collect();
    let (_, html, _) = run(
        "multiclass",
        &format!(
            r#"
[factory]
job = "R"
output = "out.root"
options = "Silent:!DrawProgressBar:AnalysisType=Multiclass:Report=report.html"
[data]
variables = ["var1", "var2", "var3", "var4"]
options = "nTrain_Signal=300:nTrain_bg0=300:nTrain_bg1=300:nTrain_bg2=300:SplitMode=Block:!V"
{trees}
[[methods]]
kind = "PyTorch"
title = "Net"
options = "NumEpochs=2:BatchSize=50"
network = {{ n_inputs = 4, layers = [{{ type = "Linear", out_features = 8 }}, {{ type = "ReLU" }}, {{ type = "Linear", out_features = 4 }}, {{ type = "Softmax", dim = 1 }}] }}
"#
        ),
    );
    assert_self_contained(&html);
    for title in [
        "One against the rest: Net",
        "Correlation matrix (bg2)",
        "Confusion matrix",
    ] {
        assert!(
            html.contains(title),
            "no `{title}` in the multiclass report"
        );
    }
}

#[test]
fn a_file_that_is_not_an_output_file_is_refused_by_name() {
    let err = tmva_burn::report::html::report(&data("tmva_class_example.root"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("tmva_class_example.root"), "{err}");
    assert!(err.contains("not an output file"), "{err}");
    let err = tmva_burn::report::html::report(Path::new("/nonexistent/out.root"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nonexistent/out.root"), "{err}");
}
