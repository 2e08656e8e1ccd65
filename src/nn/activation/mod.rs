//! Elementwise activations, one file each, listed once in [`CATALOGUE`].
//!
//! An [`ActivationDef`] holds everything about one activation: PyTorch's
//! class name and settings with their defaults, the check of the settings,
//! Burn's forward pass (keeping what the closed-form backward pass needs),
//! that backward pass, the host loop the Reader runs, and the TorchScript
//! function it calls. The layer description (`LayerSpec::Activation`), the
//! built layer, the host network and the TorchScript reader and writer all
//! look activations up here, so a new activation is one file in this folder
//! and one line in [`CATALOGUE`].

use std::fmt;

use burn::tensor::Tensor;
use serde::de::Error as _;
use serde::{Deserialize, Serialize};

use super::layers::Saved;

mod elu;
mod identity;
mod leaky_relu;
mod relu;
mod selu;
mod sigmoid;
mod softplus;
mod tanh;

/// Every built-in elementwise activation.
pub static CATALOGUE: &[&ActivationDef] = &[
    &relu::RELU,
    &leaky_relu::LEAKY_RELU,
    &elu::ELU,
    &selu::SELU,
    &tanh::TANH,
    &sigmoid::SIGMOID,
    &softplus::SOFTPLUS,
    &identity::IDENTITY,
];

/// One setting of an activation: PyTorch's argument name and default.
#[derive(Debug)]
pub struct Setting {
    /// PyTorch's name (`negative_slope`).
    pub name: &'static str,
    /// PyTorch's default.
    pub default: f64,
}

/// The closed-form backward pass of an activation: what it saved, the
/// gradient with respect to its output, its settings.
pub(crate) type Backward = fn(Saved, Tensor<2>, &[f64]) -> Tensor<2>;

/// The host backward pass of an activation: the gradient with respect to
/// its output (turned in place into the one with respect to its input), its
/// inputs, its outputs, its settings.
pub(crate) type HostBackward = fn(&mut [f32], &[f32], &[f32], &[f32]);

/// Everything about one elementwise activation (see the module comment).
/// Settings are passed to each function in the order of `settings`.
pub struct ActivationDef {
    /// PyTorch's class name, also the layer's `type` in JSON and job files.
    pub name: &'static str,
    /// The file of `torch.nn.modules` that defines the class (`activation`).
    pub torch_module: &'static str,
    /// The settings, in PyTorch's argument order.
    pub settings: &'static [Setting],
    /// Refuses settings PyTorch would refuse or that make no sense.
    pub(crate) check: fn(&[f64]) -> Result<(), String>,
    /// Burn's forward pass and what [`backward`](Self::backward) needs.
    pub(crate) forward: fn(Tensor<2>, &[f64]) -> (Tensor<2>, Saved),
    /// The gradient with respect to the input from the gradient with respect
    /// to the output; `None` trains through Burn's autodiff instead.
    pub(crate) backward: Option<Backward>,
    /// The host forward pass over one event's values, in place.
    pub(crate) host: fn(&mut [f32], &[f32]),
    /// The host backward pass of the training loop: multiplies the gradient
    /// with respect to the output, in place, by the derivative at the given
    /// inputs and outputs (the same values as [`backward`](Self::backward));
    /// `None` trains through Burn's tensors instead.
    #[cfg_attr(not(feature = "flex"), allow(dead_code))]
    pub(crate) host_backward: Option<HostBackward>,
    /// The TorchScript function called with the input and the settings in
    /// order (`torch.elu`); `None` returns the input unchanged.
    pub torch_function: Option<&'static str>,
}

impl fmt::Debug for ActivationDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl ActivationDef {
    /// The activation of PyTorch class `name` (`ELU`).
    pub fn find(name: &str) -> Option<&'static ActivationDef> {
        CATALOGUE.iter().copied().find(|d| d.name == name)
    }

    /// The activation of TorchScript class `class`
    /// (`torch.nn.modules.activation.ELU`, mangling removed).
    pub fn find_class(class: &str) -> Option<&'static ActivationDef> {
        CATALOGUE.iter().copied().find(|d| d.torch_class() == class)
    }

    /// The fully qualified TorchScript class (`torch.nn.modules.activation.ELU`).
    pub fn torch_class(&self) -> String {
        format!("torch.nn.modules.{}.{}", self.torch_module, self.name)
    }
}

/// `y`, keeping it for the backward pass.
fn keeping_output(y: Tensor<2>) -> (Tensor<2>, Saved) {
    (y.clone(), Saved::Output(y))
}

/// What [`keeping_output`] kept.
fn kept_output(saved: Saved) -> Tensor<2> {
    match saved {
        Saved::Output(y) => y,
        _ => unreachable!("the forward pass keeps the output"),
    }
}

/// The input and output kept by a forward pass.
fn kept_both(saved: Saved) -> (Tensor<2>, Tensor<2>) {
    match saved {
        Saved::Both(x, y) => (x, y),
        _ => unreachable!("the forward pass keeps input and output"),
    }
}

/// The input kept by a forward pass.
fn kept_input(saved: Saved) -> Tensor<2> {
    match saved {
        Saved::Input(x) => x,
        _ => unreachable!("the forward pass keeps the input"),
    }
}

/// The names of all catalogue activations, for messages.
pub fn names() -> Vec<&'static str> {
    CATALOGUE.iter().map(|d| d.name).collect()
}

/// A described activation: which one, and its settings (defaults filled in).
/// In JSON: `{"type": "LeakyReLU", "negative_slope": 0.2}`.
#[derive(Clone)]
pub struct ActivationSpec {
    def: &'static ActivationDef,
    settings: Vec<f64>,
}

impl ActivationSpec {
    /// Activation `name` with the given settings; the others take PyTorch's
    /// defaults. Unknown activations and settings are errors naming them.
    pub fn new(name: &str, given: &[(&str, f64)]) -> Result<Self, String> {
        let def = ActivationDef::find(name).ok_or_else(|| {
            format!(
                "unknown activation `{name}` (built in: {})",
                names().join(", ")
            )
        })?;
        let mut settings: Vec<f64> = def.settings.iter().map(|s| s.default).collect();
        for (key, value) in given {
            let slot = def
                .settings
                .iter()
                .position(|s| s.name == *key)
                .ok_or_else(|| unknown_setting(def, key))?;
            settings[slot] = *value;
        }
        Ok(Self { def, settings })
    }

    /// The activation's definition.
    pub fn def(&self) -> &'static ActivationDef {
        self.def
    }

    /// PyTorch's class name.
    pub fn name(&self) -> &'static str {
        self.def.name
    }

    /// The settings, in the definition's order.
    pub fn settings(&self) -> &[f64] {
        &self.settings
    }

    /// One setting by name.
    pub fn setting(&self, name: &str) -> Option<f64> {
        let slot = self.def.settings.iter().position(|s| s.name == name)?;
        Some(self.settings[slot])
    }

    /// Checks the settings, as the layer is built.
    pub fn check(&self) -> Result<(), String> {
        if let Some((setting, value)) = self
            .def
            .settings
            .iter()
            .zip(&self.settings)
            .find(|(_, v)| !v.is_finite())
        {
            return Err(format!("{}={value} is not finite", setting.name));
        }
        (self.def.check)(&self.settings)
    }
}

fn unknown_setting(def: &ActivationDef, key: &str) -> String {
    if def.settings.is_empty() {
        format!("unknown field `{key}`; {} takes no settings", def.name)
    } else {
        let known: Vec<&str> = def.settings.iter().map(|s| s.name).collect();
        format!(
            "unknown field `{key}` of {} (settings: {})",
            def.name,
            known.join(", ")
        )
    }
}

impl PartialEq for ActivationSpec {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.def, other.def) && self.settings == other.settings
    }
}

impl fmt::Debug for ActivationSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct(self.def.name);
        for (setting, value) in self.def.settings.iter().zip(&self.settings) {
            s.field(setting.name, value);
        }
        s.finish()
    }
}

impl Serialize for ActivationSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1 + self.settings.len()))?;
        map.serialize_entry("type", self.def.name)?;
        for (setting, value) in self.def.settings.iter().zip(&self.settings) {
            map.serialize_entry(setting.name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ActivationSpec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
        let name = map
            .get("type")
            .and_then(|t| t.as_str())
            .ok_or_else(|| D::Error::custom("a layer needs a `type`"))?;
        let mut given = Vec::new();
        for (key, value) in &map {
            if key == "type" {
                continue;
            }
            let number = value.as_f64().ok_or_else(|| {
                D::Error::custom(format!("{name}: `{key}` = {value} is not a number"))
            })?;
            given.push((key.as_str(), number));
        }
        Self::new(name, &given).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_activation_is_listed_once_with_its_defaults() {
        let mut seen = std::collections::BTreeSet::new();
        for def in CATALOGUE {
            assert!(seen.insert(def.name), "{} listed twice", def.name);
            let spec = ActivationSpec::new(def.name, &[]).unwrap();
            spec.check().unwrap();
            let json = serde_json::to_value(&spec).unwrap();
            let back: ActivationSpec = serde_json::from_value(json).unwrap();
            assert_eq!(back, spec);
        }
    }

    #[test]
    fn settings_are_checked_by_name() {
        let err = ActivationSpec::new("ReLU", &[("alpha", 1.0)]).unwrap_err();
        assert!(err.contains("ReLU takes no settings"), "{err}");
        let err = ActivationSpec::new("ELU", &[("alfa", 1.0)]).unwrap_err();
        assert!(err.contains("settings: alpha"), "{err}");
        let s = ActivationSpec::new("LeakyReLU", &[]).unwrap();
        assert_eq!(s.setting("negative_slope"), Some(0.01));
        let err = ActivationSpec::new("ELU", &[("alpha", f64::NAN)])
            .unwrap()
            .check()
            .unwrap_err();
        assert!(err.contains("alpha=NaN"), "{err}");
    }

    #[test]
    fn softplus_settings_are_checked_by_name() {
        let err = ActivationSpec::new("Softplus", &[("betta", 1.0)]).unwrap_err();
        assert!(err.contains("settings: beta, threshold"), "{err}");
        let s = ActivationSpec::new("Softplus", &[("beta", 2.0)]).unwrap();
        assert_eq!(s.setting("beta"), Some(2.0));
        assert_eq!(s.setting("threshold"), Some(20.0));
        let err = ActivationSpec::new("Softplus", &[("beta", 0.0)])
            .unwrap()
            .check()
            .unwrap_err();
        assert!(err.contains("beta"), "{err}");
    }
}
