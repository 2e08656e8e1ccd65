//! `prepare_training_and_test_tree`'s options and TMVA's `DataSetFactory`
//! algorithms: the per-class split, renormalisation and mixing.

use std::collections::HashMap;

use rand::seq::SliceRandom;

use crate::error::{Error, Result};
use crate::options::Options;

use super::sample::ClassStats;

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

    pub(super) fn lookup<T: Copy>(map: &HashMap<String, T>, class: &str) -> Option<T> {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(class))
            .map(|(_, v)| *v)
    }
}

/// All accepted events of one class: row-major rows of variables, targets,
/// spectators; weights in f64 (as TMVA sums them); origin per event. The
/// split works on indices into it, so the rows are copied once, into the
/// final samples.
#[derive(Debug, Clone, Default)]
pub(super) struct ClassEvents {
    pub rows: Vec<f32>,
    pub weights: Vec<f64>,
    pub origin: Vec<u32>,
}

impl ClassEvents {
    pub(super) fn len(&self) -> usize {
        self.weights.len()
    }
}

/// A class's events and which of them are training-only, test-only or either.
#[derive(Debug, Default)]
pub(super) struct ClassInputs {
    pub events: ClassEvents,
    pub training: Vec<u32>,
    pub testing: Vec<u32>,
    pub undefined: Vec<u32>,
}

/// TMVA's `MixEvents` split for one class: the indices of its training and
/// test events.
pub(super) fn split_class(
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
pub(super) fn renormalise(
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
pub(super) fn mix(
    lengths: Vec<usize>,
    mode: MixMode,
    rng: &mut rand::rngs::StdRng,
) -> Vec<(usize, usize)> {
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
