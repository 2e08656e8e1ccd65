//! A user-defined layer inside a Sequential: `Scale`, one learnable factor
//! per feature (`y = x * weight`), registered under the name `Scale` so that
//! a saved model (and the model.pt converter) can find it again.
//!
//! Run: `cargo run --release --example custom_layer`

use burn::module::{Module, Param};
use tmva_burn::nn::{
    CustomLayer, CustomObjects, CustomRegistry, Sequential, TrainingConfig, TrainingData, train,
};
use tmva_burn::prelude::*;

/// `y = x * weight`, one learnable factor per feature, initialised to one.
#[derive(Module, Debug)]
pub struct Scale {
    /// The factors, PyTorch name `weight`.
    pub weight: Param<Tensor<1>>,
}

impl Scale {
    pub fn new(features: usize, device: &Device) -> Self {
        Self {
            weight: Param::from_tensor(Tensor::ones([features], device)),
        }
    }
}

impl CustomLayer for Scale {
    fn type_name(&self) -> &'static str {
        "Scale"
    }
    fn output_features(&self, n_in: usize) -> std::result::Result<usize, String> {
        let n = self.weight.dims()[0];
        if n == n_in {
            Ok(n)
        } else {
            Err(format!(
                "Scale has {n} factors but its input has {n_in} features"
            ))
        }
    }
    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        input * self.weight.val().unsqueeze_dim(0)
    }
}

fn main() -> Result<()> {
    let device = parse_device("cpu")?;
    device.seed(7);
    let model = Sequential::<Scale>::custom_builder(2)
        .custom(Scale::new(2, &device))
        .linear(16)
        .tanh()
        .linear(1)
        .build(&device)?;

    // Regression target y = 3 x0 - x1: the Scale factors have something to learn.
    let x: Vec<f32> = (0..2000)
        .map(|i| ((i * 7919 % 1000) as f32) / 500.0 - 1.0)
        .collect();
    let y: Vec<f32> = x.chunks(2).map(|e| 3.0 * e[0] - e[1]).collect();
    let (train_set, validation) = TrainingData::new(x, 2, y, 1)?.split_validation(200)?;
    let config = TrainingConfig {
        num_epochs: 30,
        batch_size: 20,
        ..TrainingConfig::default()
    };
    let outcome = train(
        model,
        &train_set,
        Some(&validation),
        &config,
        &mut CustomObjects::default(),
        &device,
        &mut |e| {
            if e.epoch % 10 == 0 {
                println!(
                    "epoch {:>2}: validation loss {:.5}",
                    e.epoch,
                    e.val_loss.unwrap_or(f64::NAN)
                );
            }
        },
    )?;
    let scale = outcome
        .model
        .state_dict()
        .into_iter()
        .find(|t| t.name == "0.weight")
        .expect("the Scale layer's factors");
    println!("learned Scale factors: {:?}", scale.values);

    // Save, then rebuild through the registry by the layer's registered name.
    let registry = CustomRegistry::new().register("Scale", |_config, n_in, device| {
        Ok(Scale::new(n_in, device))
    });
    let path = std::env::temp_dir().join("tmva_burn_custom_layer.json");
    outcome.model.save(&path)?;
    let reloaded = Sequential::load_with(&path, &registry, &device)?;
    let event = [0.5, -0.25];
    println!(
        "prediction for {event:?}: {:?} (target {})",
        reloaded.predict(&event, &device)?,
        3.0 * event[0] - event[1]
    );
    Ok(())
}
