//! Fisher discriminant and classifier evaluation on the TMVA class example,
//! against `tests/data/eval_reference.json` (NumPy transcription of TMVA's
//! MethodFisher, scikit-learn's ROC, SciPy's KS; see
//! `tests/data/make_eval_reference.py`). Tolerances: 1e-9 relative on the
//! Fisher coefficients (both sides sum f32 inputs in f64; only summation
//! order differs), 1e-9 on ROC integral, efficiencies, KS and significance
//! (same scores, f64 arithmetic).

mod common;

use serde_json::Value;
use tmva_burn::eval::{Roc, Scored, kolmogorov_smirnov, significance};
use tmva_burn::methods::{Fisher, FisherMethod};

fn reference() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/eval_reference.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Rows of var1..var4 and their weights.
type Rows = (Vec<Vec<f32>>, Vec<f32>);

/// Signal and background rows (weights 1 for signal, `weight` for background).
fn class_events() -> (Rows, Rows) {
    let file = common::example_file("tmva_class_example.root");
    let rows = |tree: &str| {
        let cols = file
            .tree(tree)
            .unwrap()
            .read_columns(&["var1", "var2", "var3", "var4"])
            .unwrap();
        (0..cols[0].len())
            .map(|i| cols.iter().map(|c| c[i]).collect())
            .collect::<Vec<Vec<f32>>>()
    };
    let signal = rows("TreeS");
    let background = rows("TreeB");
    let wb = file
        .tree("TreeB")
        .unwrap()
        .read_columns(&["weight"])
        .unwrap()
        .remove(0);
    let ws = vec![1.0; signal.len()];
    ((signal, ws), (background, wb))
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

#[test]
fn fisher_and_evaluation_match_numpy_sklearn_scipy() {
    let r = reference();
    let ((s, ws), (b, wb)) = class_events();
    let events = || {
        s.iter()
            .zip(&ws)
            .map(|(x, &w)| (x.as_slice(), w, true))
            .chain(b.iter().zip(&wb).map(|(x, &w)| (x.as_slice(), w, false)))
    };
    let mut trained = None;
    for (name, method) in [
        ("fisher", FisherMethod::Fisher),
        ("mahalanobis", FisherMethod::Mahalanobis),
    ] {
        let f = Fisher::train(4, events(), method).unwrap();
        let want: Vec<f64> = serde_json::from_value(r[name]["coefficients"].clone()).unwrap();
        for (got, want) in f.coefficients.iter().zip(&want) {
            assert!(close(*got, *want, 1e-9), "{name}: {got} vs {want}");
        }
        let offset = r[name]["offset"].as_f64().unwrap();
        assert!(
            close(f.offset, offset, 1e-9),
            "{name}: {} vs {offset}",
            f.offset
        );
        if method == FisherMethod::Fisher {
            trained = Some(f);
        }
    }
    let f = trained.unwrap();
    let ss: Vec<f32> = s.iter().map(|x| f.evaluate(x) as f32).collect();
    let sb: Vec<f32> = b.iter().map(|x| f.evaluate(x) as f32).collect();
    let sig = Scored::new(&ss, &ws, "signal").unwrap();
    let bkg = Scored::new(&sb, &wb, "background").unwrap();
    let roc = Roc::new(sig, bkg);
    let auc = r["roc"]["integral"].as_f64().unwrap();
    assert!(
        close(roc.integral(), auc, 1e-9),
        "{} vs {auc}",
        roc.integral()
    );
    for (i, bkg_eff) in [0.01, 0.10, 0.30].into_iter().enumerate() {
        let want = r["roc"]["efficiency_at"][i].as_f64().unwrap();
        let got = roc.signal_efficiency_at(bkg_eff);
        assert!(close(got, want, 1e-9), "@B={bkg_eff}: {got} vs {want}");
    }
    let sig_sig = significance(sig, bkg);
    assert!(close(sig_sig, r["significance"].as_f64().unwrap(), 1e-9));

    let ones = vec![1.0f32; 3000];
    let first = Scored::new(&ss[..3000], &ones, "first half").unwrap();
    let second = Scored::new(&ss[3000..], &ones, "second half").unwrap();
    let (d, p) = kolmogorov_smirnov(first, second);
    assert!(
        close(d, r["ks"]["statistic"].as_f64().unwrap(), 1e-9),
        "{d}"
    );
    assert!(
        close(p, r["ks"]["probability"].as_f64().unwrap(), 1e-9),
        "{p}"
    );
}
