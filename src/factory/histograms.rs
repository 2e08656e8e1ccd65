//! The histograms TMVA writes beside the trees, under
//! `<dataset>/Method_<Kind>/<title>/`, as `MethodBase::TestClassification`
//! and `GetEfficiency` make them, so TMVAGui's macros find them:
//! - `MVA_<title>_S`, `_B`: the test events' outputs per class, 40 bins on
//!   TMVA's range (the outputs' range, narrowed to the class means ± 10
//!   RMS), weighted and normalised to unit area (`Tools::NormHist`);
//! - `MVA_<title>_Train_S`, `_Train_B`: the same for the training events;
//! - `MVA_<title>_effS`, `_effB`: the fraction of each class's test weight
//!   passing a cut at each bin's lower edge (upper edge when the background
//!   lies above), 10,000 bins on the same range, scaled to a maximum of 1;
//! - `MVA_<title>_effBvsS`, `_rejBvsS`: background efficiency and rejection
//!   at the centres of 100 signal-efficiency bins, the cut found on the
//!   linear spline through the `effS` bin centres, `effB` read on its own.
//!
//! A network's training also leaves `TrainingHistory/trainingLoss` and
//! `validationLoss` there: one bin per epoch (bin k = epoch k).
//!
//! Per dataset, as TMVA: `InputVariables_Id/<label>__<class>_Id` (the
//! training events per class, 40 bins) and the same after each method's
//! chain of transformations (`InputVariables_Deco_Gauss/..._Deco_Gauss`);
//! and, for the report, `Description`: what the trees do not say (which
//! branches are variables, spectators, targets, which are each method's
//! outputs), as JSON in a `TObjString`.

use super::BookedMethod;
use crate::data::{DataSet, Sample};
use crate::io::{Histogram, Object};
use crate::nn::CustomLayer;
use crate::report::{DescribedMethod, Description};
use crate::transform::{Kind, Transformations};

/// `fNbinsMVAoutput`.
const OUTPUT_BINS: usize = 40;
/// `fNbinsH`, the efficiency histograms' bins.
const EFFICIENCY_BINS: usize = 10_000;
/// `fNbins`, the signal-efficiency axis' bins.
const ROC_BINS: usize = 100;

/// One sample's outputs with their classes (0 = signal) and weights.
pub(super) struct Scored<'a> {
    pub values: &'a [f32],
    pub classes: &'a [u16],
    pub weights: &'a [f32],
}

impl<'a> Scored<'a> {
    fn of(sample: &'a crate::data::Sample, values: &'a [f32]) -> Self {
        Self {
            values,
            classes: &sample.classes,
            weights: &sample.weights,
        }
    }
}

/// Bins of the input-variable histograms (`fNbins1D`).
const VARIABLE_BINS: usize = 40;

/// TMVA's name of a transformation chain (`InputVariables_<name>`): `Id`
/// for none, else the steps' names joined by `_` (`Deco_Gauss`).
pub(crate) fn chain_name(transforms: &Transformations) -> String {
    if transforms.steps.is_empty() {
        return "Id".into();
    }
    transforms
        .steps
        .iter()
        .map(|s| match s.kind {
            Kind::Identity => "Id",
            Kind::Normalize => "Norm",
            Kind::Decorrelate => "Deco",
            Kind::Pca => "PCA",
            Kind::Gauss => "Gauss",
            Kind::Uniform => "Uniform",
        })
        .collect::<Vec<_>>()
        .join("_")
}

/// Everything the output file holds beside the trees, with its directory:
/// per dataset its [`Description`] and input-variable histograms per
/// transformation chain, per method its histograms (see the module).
pub(super) fn objects<C: CustomLayer>(methods: &[BookedMethod<C>]) -> Vec<(String, Object)> {
    let mut out = Vec::new();
    let mut datasets: Vec<&str> = Vec::new();
    for m in methods {
        if datasets.contains(&m.dataset.name.as_str()) {
            continue;
        }
        datasets.push(&m.dataset.name);
        let ds = &m.dataset;
        let mine: Vec<&BookedMethod<C>> = methods
            .iter()
            .filter(|o| o.dataset.name == ds.name)
            .collect();
        let mut chains: Vec<(String, String, Option<&Transformations>)> =
            vec![("Id".into(), String::new(), None)];
        for o in &mine {
            if let Some(t) = &o.transforms
                && !t.steps.is_empty()
            {
                let name = chain_name(t);
                if !chains.iter().any(|(n, _, _)| *n == name) {
                    chains.push((name, t.definition.clone(), Some(t)));
                }
            }
        }
        for (name, _, transforms) in &chains {
            let sample = match transforms {
                None => Some(ds.train.clone()),
                Some(t) => t.apply_sample(&ds.train).ok(),
            };
            if let Some(sample) = sample {
                for h in variable_histograms(ds, &sample, name) {
                    out.push((
                        format!("{}/InputVariables_{name}", ds.name),
                        Object::Histogram(h),
                    ));
                }
            }
        }
        let first_outputs = mine
            .iter()
            .find_map(|o| o.outputs.as_ref())
            .map_or(1, |o| o.n_outputs);
        let analysis = if !ds.targets.is_empty() {
            "Regression"
        } else if first_outputs == 1 {
            "Classification"
        } else {
            "Multiclass"
        };
        let description = Description {
            analysis: analysis.into(),
            variables: ds.variables.iter().map(|v| v.label.clone()).collect(),
            spectators: ds.spectators.iter().map(|v| v.label.clone()).collect(),
            targets: ds.targets.iter().map(|v| v.label.clone()).collect(),
            classes: ds.classes.clone(),
            methods: mine
                .iter()
                .filter_map(|o| {
                    o.outputs.as_ref().map(|out| DescribedMethod {
                        title: o.title.clone(),
                        kind: o.kind.name().into(),
                        outputs: super::output::output_branches(&o.title, ds, out.n_outputs),
                    })
                })
                .collect(),
            transformations: chains
                .iter()
                .map(|(n, d, _)| (n.clone(), d.clone()))
                .collect(),
        };
        if let Ok(text) = serde_json::to_string(&description) {
            out.push((
                ds.name.clone(),
                Object::Text {
                    name: "Description".into(),
                    text,
                },
            ));
        }
    }
    for (dir, h) in histograms(methods) {
        out.push((dir, Object::Histogram(h)));
    }
    out
}

/// Per variable and class, the training events' values (after a chain of
/// transformations, `suffix` its name): 40 bins on the variable's range
/// over all classes, weighted, named `<label>__<class>_<suffix>`.
fn variable_histograms(ds: &DataSet, sample: &Sample, suffix: &str) -> Vec<Histogram> {
    let n = sample.n_variables;
    let mut out = Vec::new();
    for (k, v) in ds.variables.iter().enumerate() {
        let values = || (0..sample.len()).map(move |e| sample.variables[e * n + k] as f64);
        let finite = || values().filter(|x| x.is_finite());
        let lo = finite().fold(f64::INFINITY, f64::min);
        let mut hi = finite().fold(f64::NEG_INFINITY, f64::max);
        if !(lo.is_finite() && hi.is_finite()) {
            continue;
        }
        if hi <= lo {
            hi = lo + 1.0;
        }
        for (c, class) in ds.classes.iter().enumerate() {
            let name = format!("{}__{class}_{suffix}", v.label);
            let mut h = Histogram::new(&name, &v.label, VARIABLE_BINS, lo, hi + (hi - lo) * 1e-6);
            h.x_title = v.label.clone();
            for (e, x) in values().enumerate() {
                if sample.classes[e] as usize == c {
                    h.fill(x, sample.weights[e] as f64);
                }
            }
            out.push(h);
        }
    }
    out
}

/// Every histogram of the tested methods, with its directory: the
/// classifiers' distributions and efficiencies, the networks' losses.
fn histograms<C: CustomLayer>(methods: &[BookedMethod<C>]) -> Vec<(String, Histogram)> {
    let mut out = Vec::new();
    for m in methods {
        let dir = format!("{}/Method_{}/{}", m.dataset.name, m.kind.name(), m.title);
        if let Some(outputs) = &m.outputs
            && outputs.n_outputs == 1
            && m.dataset.classes.len() == 2
            && m.dataset.targets.is_empty()
        {
            let test = Scored::of(&m.dataset.test, &outputs.test);
            let train = Scored::of(&m.dataset.train, &outputs.train);
            for h in classifier_histograms(&m.title, &test, &train) {
                out.push((dir.clone(), h));
            }
        }
        if let Some(history) = &m.history
            && !history.epochs.is_empty()
        {
            // One bin per epoch; the validation loss only when every epoch had one.
            let n = history.epochs.len();
            let per_epoch = |name: &str, title: &str, values: Vec<f64>| {
                let mut h = Histogram::new(name, title, n, 1.0, (n + 1) as f64);
                h.set_contents(&values);
                (format!("{dir}/TrainingHistory"), h)
            };
            let train = history.epochs.iter().map(|e| e.train_loss).collect();
            out.push(per_epoch("trainingLoss", "training loss", train));
            let val: Option<Vec<f64>> = history.epochs.iter().map(|e| e.val_loss).collect();
            if let Some(val) = val {
                out.push(per_epoch("validationLoss", "validation loss", val));
            }
        }
    }
    out
}

/// Weighted mean and RMS of the class's values.
fn mean_rms(s: &Scored, class: u16) -> (f64, f64) {
    let (mut sw, mut swx, mut swxx) = (0.0, 0.0, 0.0);
    for ((&v, &c), &w) in s.values.iter().zip(s.classes).zip(s.weights) {
        if c == class {
            let (v, w) = (v as f64, w as f64);
            sw += w;
            swx += w * v;
            swxx += w * v * v;
        }
    }
    if sw == 0.0 {
        return (0.0, 0.0);
    }
    let mean = swx / sw;
    (mean, (swxx / sw - mean * mean).max(0.0).sqrt())
}

/// The histograms of one classifier (see the module's list).
pub(super) fn classifier_histograms(title: &str, test: &Scored, train: &Scored) -> Vec<Histogram> {
    let name = format!("MVA_{title}");
    let finite = test
        .values
        .iter()
        .filter(|v| v.is_finite())
        .map(|&v| v as f64);
    let lo = finite.clone().fold(f64::INFINITY, f64::min);
    let hi = finite.fold(f64::NEG_INFINITY, f64::max);
    if !(lo.is_finite() && hi.is_finite()) {
        return Vec::new();
    }
    let (mean_s, rms_s) = mean_rms(test, 0);
    let (mean_b, rms_b) = mean_rms(test, 1);
    let xmin = (mean_s - 10.0 * rms_s).min(mean_b - 10.0 * rms_b).max(lo);
    let mut xmax = (mean_s + 10.0 * rms_s).max(mean_b + 10.0 * rms_b).min(hi);
    if xmax <= xmin {
        xmax = xmin + 1.0;
    }
    let distribution = |suffix: &str, s: &Scored, class: u16| {
        let full = format!("{name}_{suffix}");
        let mut h = Histogram::new(&full, &full, OUTPUT_BINS, xmin, xmax + 0.00001);
        for ((&v, &c), &w) in s.values.iter().zip(s.classes).zip(s.weights) {
            if c == class {
                h.fill(v as f64, w as f64);
            }
        }
        // Tools::NormHist: unit area.
        let area =
            h.contents[1..=OUTPUT_BINS].iter().sum::<f64>() * (h.max - h.min) / OUTPUT_BINS as f64;
        if area > 0.0 {
            h.scale(1.0 / area);
        }
        h
    };
    let mut out = vec![
        distribution("S", test, 0),
        distribution("B", test, 1),
        distribution("Train_S", train, 0),
        distribution("Train_B", train, 1),
    ];
    // Cut efficiencies: a cut at a bin's lower edge keeps the events at or
    // above it (signal above background); the other way round otherwise.
    let signal_above = mean_s > mean_b;
    let efficiency = |suffix: &str, class: u16| {
        let mut cumulative = vec![0.0; EFFICIENCY_BINS];
        let width = (xmax - xmin) / EFFICIENCY_BINS as f64;
        for ((&v, &c), &w) in test.values.iter().zip(test.classes).zip(test.weights) {
            if c != class || !v.is_finite() {
                continue;
            }
            let position = ((v as f64 - xmin) / width).clamp(-2.0, EFFICIENCY_BINS as f64 + 2.0);
            let last = position as i64 + 1;
            if signal_above {
                if last > EFFICIENCY_BINS as i64 {
                    continue;
                }
                let last = last.max(1) as usize;
                cumulative[last - 1] += w as f64;
            } else if last >= 1 {
                let first = (last as usize).min(EFFICIENCY_BINS);
                if first < EFFICIENCY_BINS {
                    cumulative[first] += w as f64;
                }
            }
        }
        // Each event counts in every bin from the first to `last` (above),
        // or from `last + 1` to the end (below): running sums.
        let mut contents = vec![0.0; EFFICIENCY_BINS];
        if signal_above {
            let mut run = 0.0;
            for b in (0..EFFICIENCY_BINS).rev() {
                run += cumulative[b];
                contents[b] = run;
            }
        } else {
            let mut run = 0.0;
            for b in 0..EFFICIENCY_BINS {
                run += cumulative[b];
                contents[b] = run;
            }
        }
        let maximum = contents.iter().fold(0.0f64, |a, &b| a.max(b));
        let full = format!("{name}_{suffix}");
        let mut h = Histogram::new(&full, &full, EFFICIENCY_BINS, xmin, xmax);
        h.set_contents(&contents);
        if maximum > 0.0 {
            h.scale(1.0 / maximum);
        }
        h
    };
    let eff_s = efficiency("effS", 0);
    let eff_b = efficiency("effB", 1);
    let spline = |h: &Histogram, x: f64| -> f64 {
        // TSpline1 through the bin centres: linear, extrapolated at the ends.
        let pos = ((x - h.min) / (h.max - h.min) * h.bins as f64 - 0.5).floor();
        let i = (pos.max(0.0) as usize).min(h.bins - 2) + 1;
        let (x0, x1) = (h.centre(i), h.centre(i + 1));
        let (y0, y1) = (h.contents[i], h.contents[i + 1]);
        y0 + (x - x0) * (y1 - y0) / (x1 - x0)
    };
    let mut eff_b_vs_s = vec![0.0; ROC_BINS];
    for (k, slot) in eff_b_vs_s.iter_mut().enumerate() {
        let target = (k as f64 + 0.5) / ROC_BINS as f64;
        // effS falls with the cut when the signal lies above, rises otherwise.
        let (mut a, mut b) = (xmin, xmax);
        for _ in 0..100 {
            let mid = 0.5 * (a + b);
            let passes = spline(&eff_s, mid);
            if (passes > target) == signal_above {
                a = mid;
            } else {
                b = mid;
            }
        }
        *slot = spline(&eff_b, 0.5 * (a + b)).clamp(0.0, 1.0);
    }
    let mut effb = Histogram::new(&format!("{name}_effBvsS"), &name, ROC_BINS, 0.0, 1.0);
    effb.set_contents(&eff_b_vs_s);
    let mut rejb = Histogram::new(&format!("{name}_rejBvsS"), &name, ROC_BINS, 0.0, 1.0);
    rejb.set_contents(&eff_b_vs_s.iter().map(|e| 1.0 - e).collect::<Vec<_>>());
    out.extend([eff_s, eff_b, effb, rejb]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Signal uniform on [0, 1), background on [-1, 0), weight 1 each.
    fn separated(n: usize) -> (Vec<f32>, Vec<u16>, Vec<f32>) {
        let mut values = Vec::new();
        let mut classes = Vec::new();
        for i in 0..n {
            values.push(i as f32 / n as f32);
            classes.push(0);
            values.push(-1.0 + i as f32 / n as f32);
            classes.push(1);
        }
        let weights = vec![1.0; values.len()];
        (values, classes, weights)
    }

    #[test]
    fn distributions_have_unit_area_and_efficiencies_fall_from_one() {
        let (v, c, w) = separated(1000);
        let s = Scored {
            values: &v,
            classes: &c,
            weights: &w,
        };
        let hs = classifier_histograms("T", &s, &s);
        let names: Vec<&str> = hs.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "MVA_T_S",
                "MVA_T_B",
                "MVA_T_Train_S",
                "MVA_T_Train_B",
                "MVA_T_effS",
                "MVA_T_effB",
                "MVA_T_effBvsS",
                "MVA_T_rejBvsS"
            ]
        );
        let area = |h: &Histogram| {
            h.contents[1..=h.bins].iter().sum::<f64>() * (h.max - h.min) / h.bins as f64
        };
        assert!((area(&hs[0]) - 1.0).abs() < 1e-12);
        // The signal fills [0, 1) evenly: its density there is about 1.
        assert!(
            (hs[0].contents[30] - 1.0).abs() < 0.1,
            "{}",
            hs[0].contents[30]
        );
        let eff_s = &hs[4];
        assert_eq!(eff_s.contents[1], 1.0);
        // A cut at 0.5 keeps half the signal and no background.
        let at_half = eff_s.cell(0.5);
        assert!((eff_s.contents[at_half] - 0.5).abs() < 2e-3);
        assert_eq!(hs[5].contents[at_half], 0.0);
        // Fully separated: no background at any signal efficiency below 1.
        assert!(
            hs[7].contents[1..=99].iter().all(|&r| r > 0.99),
            "{:?}",
            &hs[7].contents
        );
    }

    #[test]
    fn background_above_signal_turns_the_cut_around() {
        let (mut v, c, w) = separated(1000);
        v.iter_mut().for_each(|x| *x = -*x);
        let s = Scored {
            values: &v,
            classes: &c,
            weights: &w,
        };
        let hs = classifier_histograms("T", &s, &s);
        let eff_s = &hs[4];
        assert_eq!(eff_s.contents[eff_s.bins], 1.0);
        assert!(eff_s.contents[1] < 0.01);
        assert!(hs[7].contents[1..=99].iter().all(|&r| r > 0.99));
    }
}
