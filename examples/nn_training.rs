//! The TMVA PyTorch tutorial's network (4-64-2 ReLU Softmax, SGD lr 0.01,
//! MSELoss, batch 32) trained with TMVA's default loop on two Gaussian blobs,
//! then saved, reloaded and applied.
//!
//! Run: `cargo run --release --example nn_training`

use rand::SeedableRng;
use rand_distr::{Distribution, Normal};
use tmva_burn::nn::{CustomObjects, Sequential, TrainingConfig, TrainingData, train};
use tmva_burn::prelude::*;

fn blobs(n: usize, seed: u64) -> Result<TrainingData> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let unit = Normal::new(0.0f32, 1.0).expect("valid normal");
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for i in 0..n {
        let signal = i % 2 == 0;
        let shift = if signal { 0.5 } else { -0.5 };
        x.extend((0..4).map(|_| unit.sample(&mut rng) + shift));
        y.extend(if signal { [1.0, 0.0] } else { [0.0, 1.0] });
    }
    TrainingData::new(x, 4, y, 2)
}

fn main() -> Result<()> {
    let device = parse_device("cpu")?;
    device.seed(42);
    let model = Sequential::builder(4)
        .linear(64)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)?;
    println!(
        "{}",
        serde_json::to_string(&model.spec()).expect("spec serialises")
    );

    let (train_set, validation) = blobs(8000, 1)?.split_validation(1600)?;
    let config = TrainingConfig {
        num_epochs: 20,
        batch_size: 32,
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
            println!(
                "epoch {:>2}  train loss {:.5}  val loss {:.5}  lr {}  {:.1} ms",
                e.epoch,
                e.train_loss,
                e.val_loss.unwrap_or(f64::NAN),
                e.lr,
                e.seconds * 1e3
            )
        },
    )?;
    println!(
        "kept the weights of epoch {:?} (smallest validation loss)",
        outcome.history.best_epoch
    );

    let path = std::env::temp_dir().join("tmva_burn_nn_training.json");
    outcome.model.save(&path)?;
    let reloaded = Sequential::load(&path, &device)?;
    let signal_like = reloaded.predict(&[1.0, 1.0, 1.0, 1.0], &device)?;
    let background_like = reloaded.predict(&[-1.0, -1.0, -1.0, -1.0], &device)?;
    println!(
        "signal probability: {:.3} for a signal-like event, {:.3} for a background-like one",
        signal_like[0], background_like[0]
    );
    Ok(())
}
