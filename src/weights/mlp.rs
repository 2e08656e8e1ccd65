//! `MethodANNBase`'s `<Weights>` (`ReadWeightsFromXML`, `BuildNetwork`,
//! `BuildLayer`), read into an [`Mlp`]: every layer but the output ends in
//! a bias neuron, neuron `j`'s text lists its weights to the next layer's
//! neurons, and ROOT reads each weight into a `Float_t`.

use roxmltree::Node as XmlNode;

use super::xml::Doc;
use crate::error::Result;
use crate::methods::Analysis;
use crate::methods::mlp::{Activation, Connection, Mlp, MlpOutput, NeuronInput};

/// TMVA 4.2.1's version code: older files were trained with the exact tanh.
const FAST_TANH_SINCE: u32 = 262_657;

/// The network in `weights`; `option` gives the file's `<Option>` values
/// (NeuronType, NeuronInputType, EstimatorType), `tmva_version` the code
/// of the file's `TMVA Release`, `n_outputs` what the analysis needs.
pub fn read(
    doc: Doc,
    weights: XmlNode,
    option: &dyn Fn(&str) -> Option<String>,
    tmva_version: u32,
    analysis: Analysis,
    n_variables: usize,
    n_outputs: usize,
) -> Result<Mlp> {
    let named = |name: &str, default: &str| option(name).unwrap_or_else(|| default.to_string());
    let neuron_type = named("NeuronType", "sigmoid");
    let mut hidden = Activation::from_name(&neuron_type).ok_or_else(|| {
        doc.fail(format!(
            "NeuronType `{neuron_type}` is not linear, sigmoid, tanh, ReLU or radial"
        ))
    })?;
    if hidden == (Activation::Tanh { fast: true }) && tmva_version < FAST_TANH_SINCE {
        hidden = Activation::Tanh { fast: false };
    }
    let input_type = named("NeuronInputType", "sum");
    let neuron_input = NeuronInput::from_name(&input_type).ok_or_else(|| {
        doc.fail(format!(
            "NeuronInputType `{input_type}` is not sum, sqsum or abssum"
        ))
    })?;
    let estimator = named("EstimatorType", "MSE");
    let output_activation = match estimator.to_ascii_uppercase().as_str() {
        "CE" => Activation::Sigmoid,
        "MSE" => Activation::Linear,
        _ => {
            return Err(doc.fail(format!("EstimatorType `{estimator}` is not MSE or CE")));
        }
    };
    let layout = weights
        .children()
        .find(|n| n.has_tag_name("Layout"))
        // Older files keep the layers directly under <Weights>.
        .unwrap_or(weights);
    let n_layers = doc.count(layout, "NLayers")?;
    let listed = Doc::children(layout, "Layer").count();
    if n_layers != listed {
        return Err(doc.fail(format!(
            "NLayers is {n_layers} but {listed} <Layer> elements follow"
        )));
    }
    let mut layers: Vec<Option<XmlNode>> = vec![None; n_layers];
    for layer in Doc::children(layout, "Layer") {
        let index = doc.count(layer, "Index")?;
        let slot = layers.get_mut(index).ok_or_else(|| {
            doc.fail(format!(
                "<Layer> Index {index} is not below NLayers {n_layers}"
            ))
        })?;
        if slot.replace(layer).is_some() {
            return Err(doc.fail(format!("two <Layer> elements with Index {index}")));
        }
    }
    let layers = layers
        .into_iter()
        .enumerate()
        .map(|(i, l)| l.ok_or_else(|| doc.fail(format!("no <Layer> with Index {i}"))))
        .collect::<Result<Vec<_>>>()?;
    if layers.len() < 2 {
        return Err(doc.fail(format!("an MLP with {} layers", layers.len())));
    }
    // Neurons without the bias neuron every layer but the last has.
    let sizes = layers
        .iter()
        .enumerate()
        .map(|(i, &l)| {
            let n = doc.count(l, "NNeurons")?;
            let bias = usize::from(i + 1 < layers.len());
            if n <= bias {
                return Err(doc.fail(format!("<Layer> {i} has {n} neurons")));
            }
            Ok(n - bias)
        })
        .collect::<Result<Vec<usize>>>()?;
    if sizes[0] != n_variables {
        return Err(doc.fail(format!(
            "the input layer has {} neurons and a bias; the file has {n_variables} variables",
            sizes[0]
        )));
    }
    let last = *sizes.last().expect("two layers");
    if last != n_outputs {
        return Err(doc.fail(format!(
            "the output layer has {last} neurons; a {analysis} method here needs {n_outputs}"
        )));
    }
    let mut connections = Vec::with_capacity(layers.len() - 1);
    for (i, pair) in layers.windows(2).enumerate() {
        let (n_from, n_to) = (sizes[i], sizes[i + 1]);
        let neurons: Vec<XmlNode> = Doc::children(pair[0], "Neuron").collect();
        if neurons.len() != n_from + 1 {
            return Err(doc.fail(format!(
                "<Layer> {i} lists {} <Neuron> elements; {n_from} neurons and a bias expected",
                neurons.len()
            )));
        }
        // Grown from the numbers read, not sized from the counts claimed.
        let mut weights = Vec::new();
        for neuron in neurons {
            let synapses = doc.count(neuron, "NSynapses")?;
            if synapses != n_to {
                return Err(doc.fail(format!(
                    "a neuron of layer {i} has {synapses} synapses; layer {} has {n_to} neurons",
                    i + 1
                )));
            }
            weights.extend(
                doc.numbers(neuron, n_to)?
                    .into_iter()
                    .map(|w| w as f32 as f64),
            );
        }
        if let Some(w) = weights.iter().find(|w| !w.is_finite()) {
            return Err(doc.fail(format!("layer {i} has a weight {w}")));
        }
        connections.push(Connection {
            n_from,
            n_to,
            weights,
        });
    }
    let mlp = Mlp {
        connections,
        hidden,
        output_activation,
        neuron_input,
        output: match analysis {
            Analysis::Classification => MlpOutput::Classification,
            Analysis::Regression => MlpOutput::Regression,
            Analysis::Multiclass => MlpOutput::Multiclass,
        },
    };
    mlp.check().map_err(|e| doc.fail(e))?;
    Ok(mlp)
}

/// The number in brackets of a `TMVA Release` value (`4.2.1 [262657]`),
/// 0 where there is none, as ROOT reads it.
pub fn release_code(value: &str) -> u32 {
    value
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(code, _)| code.trim().parse().ok())
        .unwrap_or(0)
}
