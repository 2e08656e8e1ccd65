//! User-defined layers.
//!
//! A custom layer is an ordinary Burn module (`#[derive(Module)]`) that also
//! implements [`CustomLayer`]: a registered name, a forward pass and its
//! settings. A `Sequential<C>` holds built-in layers and layers of type `C`;
//! several custom types go into one `#[derive(Module)] enum` that implements
//! `CustomLayer` by delegation. The name is what a serde description and the
//! model.pt converter use to find the layer (TorchScript class `__torch__.<name>`).

use std::collections::BTreeMap;
use std::fmt;

use burn::module::{Module, ModuleDisplay};
use burn::tensor::{Device, Tensor};

use crate::error::{Error, Result};

/// A user layer that can live inside a [`Sequential`](super::Sequential).
/// `Sync`, as Burn's own modules are, so that a trained model can be applied
/// from another thread (the Python package evaluates without the GIL).
pub trait CustomLayer: Module + ModuleDisplay + Sync + 'static {
    /// The registered name, e.g. `"Scale"`.
    fn type_name(&self) -> &'static str;

    /// The layer's settings, stored in the model description and handed back
    /// to the registered constructor when the model is rebuilt.
    fn config(&self) -> serde_json::Value {
        serde_json::Value::Null
    }

    /// Output width for an input of width `n_in`, or a message saying why
    /// that input width does not fit this layer.
    fn output_features(&self, n_in: usize) -> std::result::Result<usize, String>;

    /// `[batch, n_in]` → `[batch, output_features(n_in)]`.
    fn forward(&self, input: Tensor<2>) -> Tensor<2>;

    /// The TorchScript class that PyTorch runs for this layer when a model
    /// is exported with `save_torchscript`: the class body as
    /// `torch.jit.script` prints it (the lines after `class Name(Module):`,
    /// indented by two spaces), for class `__torch__.<type_name>`. Its
    /// parameters are the layer's own, under the names `state_dict` gives
    /// them. `None` (the default) makes export refuse the model.
    fn torchscript_class(&self) -> Option<String> {
        None
    }
}

/// The custom-layer type of a model with built-in layers only. No registry
/// builds it, so a description naming a custom layer is refused.
#[derive(Module, Debug)]
pub struct NoCustom;

impl CustomLayer for NoCustom {
    fn type_name(&self) -> &'static str {
        "NoCustom"
    }
    fn output_features(&self, n_in: usize) -> std::result::Result<usize, String> {
        Ok(n_in)
    }
    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        input
    }
}

/// Builds a custom layer from its settings and input width.
pub type CustomConstructor<C> =
    Box<dyn Fn(&serde_json::Value, usize, &Device) -> std::result::Result<C, String> + Send + Sync>;

/// Maps registered names to constructors for the custom layers of type `C`.
pub struct CustomRegistry<C: CustomLayer = NoCustom> {
    constructors: BTreeMap<String, CustomConstructor<C>>,
}

impl<C: CustomLayer> Default for CustomRegistry<C> {
    fn default() -> Self {
        Self {
            constructors: BTreeMap::new(),
        }
    }
}

impl<C: CustomLayer> fmt::Debug for CustomRegistry<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.constructors.keys()).finish()
    }
}

impl<C: CustomLayer> CustomRegistry<C> {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `name`; a second registration under the same name replaces the first.
    pub fn register(
        mut self,
        name: &str,
        constructor: impl Fn(&serde_json::Value, usize, &Device) -> std::result::Result<C, String>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        self.constructors
            .insert(name.to_string(), Box::new(constructor));
        self
    }

    /// The registered names, sorted.
    pub fn names(&self) -> Vec<&str> {
        self.constructors.keys().map(String::as_str).collect()
    }

    /// Builds the layer registered as `name`, the `index`-th of its model.
    pub fn build(
        &self,
        index: usize,
        name: &str,
        config: &serde_json::Value,
        n_in: usize,
        device: &Device,
    ) -> Result<C> {
        let constructor = self
            .constructors
            .get(name)
            .ok_or_else(|| Error::UnknownLayer {
                name: name.to_string(),
                registered: if self.constructors.is_empty() {
                    "none".to_string()
                } else {
                    self.names().join(", ")
                },
            })?;
        constructor(config, n_in, device).map_err(|message| Error::layer(index, name, message))
    }
}
