//! The one path from a trained method to TMVA's outputs, shared by the
//! Factory's test phase and the Reader: the method's variable
//! transformations, its model, then classification's signal output or
//! regression's targets mapped back to their scale.
//!
//! A method kind plugs in by implementing [`TrainedModel`] (how it turns
//! transformed variables into outputs) and by how the Reader rebuilds it
//! from its weight file (`reader::method_of`: weight files name methods, so
//! they sit above this module).

use std::borrow::Cow;
use std::cell::RefCell;

use super::{Analysis, Fisher};
use crate::error::{Error, Result};
use crate::nn::inference::{HostNetwork, Scratch};
use crate::nn::{CustomLayer, CustomObjects, NoCustom, PredictFn, Sequential};
use crate::transform::{ApplyScratch, Transformations};

/// What a trained method computes from transformed input variables.
pub trait TrainedModel: Send {
    /// Outputs per event.
    fn n_outputs(&self) -> usize;

    /// Appends the outputs of the events in `events` (row-major, the
    /// transformed variables) to `out`, `n_outputs` per event.
    fn evaluate(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()>;
}

impl TrainedModel for Fisher {
    fn n_outputs(&self) -> usize {
        1
    }

    fn evaluate(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()> {
        let width = self.coefficients.len().max(1);
        out.extend(
            events
                .chunks(width)
                .map(|x| Fisher::evaluate(self, x) as f32),
        );
        Ok(())
    }
}

/// A network of built-in layers evaluated on the host, event by event,
/// without Burn's per-call overhead (the Reader's per-event path).
pub struct HostModel {
    network: HostNetwork,
    scratch: RefCell<Scratch>,
}

impl HostModel {
    /// The host form of `model`, if all its layers have one.
    pub fn new<C: CustomLayer>(model: &Sequential<C>) -> Result<Self> {
        Ok(Self {
            network: HostNetwork::from_model(model)?,
            scratch: RefCell::default(),
        })
    }
}

impl TrainedModel for HostModel {
    fn n_outputs(&self) -> usize {
        self.network.n_outputs()
    }

    fn evaluate(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()> {
        let scratch = &mut *self.scratch.borrow_mut();
        let n_outputs = self.network.n_outputs();
        for x in events.chunks(self.network.n_inputs().max(1)) {
            // Straight into `out`: a row buffer copied over was a `memmove`
            // call per event, and so was `resize`'s fill for a few outputs.
            let start = out.len();
            out.extend(std::iter::repeat_n(0.0, n_outputs));
            self.network.evaluate_into(x, scratch, &mut out[start..]);
        }
        Ok(())
    }
}

/// A network evaluated by Burn's forward pass (or the custom objects'
/// predict function), batch by batch.
pub struct BurnModel<'a, C: CustomLayer = NoCustom> {
    model: Cow<'a, Sequential<C>>,
    predict_fn: Option<PredictFn<C>>,
    device: burn::tensor::Device,
}

impl<'a, C: CustomLayer> BurnModel<'a, C> {
    /// `model` on the device it lives on, through `custom`'s predict
    /// function when it has one.
    pub fn new(model: Cow<'a, Sequential<C>>, custom: Option<&'a CustomObjects<C>>) -> Self {
        use burn::module::Module;
        let device = model.devices().into_iter().next().unwrap_or_else(|| {
            crate::device::parse_device("cpu").expect("the CPU backend is built in")
        });
        Self {
            model,
            predict_fn: custom.and_then(|c| c.predict_fn.clone()),
            device,
        }
    }
}

impl<C: CustomLayer> TrainedModel for BurnModel<'_, C> {
    fn n_outputs(&self) -> usize {
        self.model.n_outputs()
    }

    fn evaluate(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        out.extend(crate::nn::predict_with(
            &self.model,
            self.predict_fn.as_ref(),
            events,
            &self.device,
        )?);
        Ok(())
    }
}

#[derive(Default)]
struct Buffers {
    x: Vec<f64>,
    transformed: Vec<f32>,
    raw: Vec<f32>,
    transform: ApplyScratch,
}

/// A trained method ready to apply: transformations, model and analysis.
pub struct AppliedMethod<'m> {
    analysis: Analysis,
    n_variables: usize,
    transforms: Transformations,
    /// `transforms` for events without targets (the inputs' side).
    variable_transforms: Transformations,
    model: Box<dyn TrainedModel + 'm>,
    buffers: RefCell<Buffers>,
}

impl<'m> AppliedMethod<'m> {
    /// `model` after `transforms`, for `n_variables` input variables.
    pub fn new(
        analysis: Analysis,
        n_variables: usize,
        transforms: Transformations,
        model: Box<dyn TrainedModel + 'm>,
    ) -> Self {
        Self {
            analysis,
            n_variables,
            // A chain that cannot run without targets stays whole, and
            // applying it gives that error.
            variable_transforms: transforms
                .for_variables()
                .unwrap_or_else(|_| transforms.clone()),
            transforms,
            model,
            buffers: RefCell::default(),
        }
    }

    /// What the method computes.
    pub fn analysis(&self) -> Analysis {
        self.analysis
    }

    /// Outputs per event of [`apply`](Self::apply): 1 for classification
    /// (the signal output), otherwise one per class or target.
    pub fn outputs_per_event(&self) -> usize {
        match self.analysis {
            Analysis::Classification => 1,
            _ => self.model.n_outputs(),
        }
    }

    /// Appends the outputs of `events` (row-major, the original input
    /// variables) to `out`: classification's signal output, multiclass's
    /// class outputs, regression's targets in their original scale.
    pub fn apply(&self, events: &[f32], out: &mut Vec<f32>) -> Result<()> {
        let n = self.n_variables;
        // One event (the Reader's case) needs no division to check.
        if n == 0 || (events.len() != n && !events.len().is_multiple_of(n)) {
            return Err(Error::shape(
                "events",
                format!("a multiple of {n} values"),
                events.len(),
            ));
        }
        let mut guard = self.buffers.borrow_mut();
        let Buffers {
            x,
            transformed,
            raw,
            transform,
        } = &mut *guard;
        let input: &[f32] = if self.transforms.is_empty() {
            events
        } else {
            transformed.clear();
            for event in events.chunks(n) {
                x.clear();
                x.extend(event.iter().map(|&v| v as f64));
                self.variable_transforms.apply_with(x, None, transform)?;
                transformed.extend(x.iter().map(|&v| v as f32));
            }
            transformed
        };
        let n_outputs = self.model.n_outputs();
        match self.analysis {
            Analysis::Multiclass => self.model.evaluate(input, out),
            Analysis::Classification => {
                raw.clear();
                self.model.evaluate(input, raw)?;
                // The first output of each event, by index: `chunks` and
                // `step_by` divide for their lengths, once per event here.
                let step = n_outputs.max(1);
                let mut first = 0;
                while first < raw.len() {
                    out.push(raw[first]);
                    first += step;
                }
                Ok(())
            }
            Analysis::Regression => {
                raw.clear();
                self.model.evaluate(input, raw)?;
                for row in raw.chunks(n_outputs.max(1)) {
                    x.clear();
                    x.extend(row.iter().map(|&v| v as f64));
                    self.transforms.inverse_targets(x)?;
                    out.extend(x.iter().map(|&v| v as f32));
                }
                Ok(())
            }
        }
    }
}
