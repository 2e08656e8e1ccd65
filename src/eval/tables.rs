//! TMVA's text tables of the evaluation: the ROC-integral ranking, the
//! overtraining check, separation and significance, multiclass and
//! regression figures.

use super::ClassificationReport;
use super::evaluation::Evaluation;

/// One evaluated method, as the tables show it.
#[derive(Debug, Clone, Copy)]
pub struct EvaluatedMethod<'a> {
    /// The method's title.
    pub title: &'a str,
    /// Its dataset's name.
    pub dataset: &'a str,
    /// The dataset's class names (index = class id).
    pub classes: &'a [String],
    /// Its figures.
    pub evaluation: &'a Evaluation,
}

/// TMVA's evaluation tables for `rows`, as the Factory prints them.
pub fn report_text(rows: &[EvaluatedMethod<'_>]) -> String {
    let rule = "-".repeat(100);
    let mut t = String::new();
    let dataset = |title: &str| {
        rows.iter()
            .find(|m| m.title == title)
            .map_or("", |m| m.dataset)
            .to_string()
    };
    let mut classification: Vec<(&str, &ClassificationReport)> = rows
        .iter()
        .filter_map(|row| match row.evaluation {
            Evaluation::Classification(r) => Some((row.title, r)),
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
    for row in rows {
        let title = row.title;
        match row.evaluation {
            Evaluation::Multiclass {
                roc_integrals,
                confusion,
            } => {
                t += &format!(
                    "\nMulticlass evaluation of {title} ({}): ROC integral per class against the rest\n{rule}\n",
                    dataset(title)
                );
                let classes = row.classes;
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
