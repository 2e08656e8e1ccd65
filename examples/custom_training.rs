//! TMVA's `load_model_custom_objects` in Rust: a custom optimizer (Adam), a
//! custom training loop (shuffled batches and gradient-norm clipping) and a
//! custom predict function (temperature-scaled probabilities), handed to
//! `train` as `CustomObjects`.
//!
//! Run: `cargo run --release --example custom_training`

use std::sync::Arc;
use std::time::Instant;

use burn::tensor::activation::softmax;
use rand::SeedableRng;
use tmva_burn::nn::train::epoch_order;
use tmva_burn::nn::{
    CustomObjects, EpochRecord, OptimizerConfig, Sequential, TrainArgs, TrainingConfig,
    TrainingData, TrainingHistory, TrainingOutcome, clip_grad_norm, compute_gradients,
    evaluate_loss, make_batches, predict, train,
};
use tmva_burn::prelude::*;

/// Shuffled batches every epoch and the joint gradient norm clipped to 1,
/// like a PyTorch loop with `clip_grad_norm_(model.parameters(), 1.0)`.
fn shuffled_clipped_loop(args: TrainArgs<'_, NoCustom>) -> Result<TrainingOutcome> {
    let TrainArgs {
        mut model,
        train,
        validation,
        config,
        mut optimizer,
        criterion,
        device,
        progress,
    } = args;
    let mut rng = rand::rngs::StdRng::seed_from_u64(config.seed);
    let val_batches = validation
        .map(|v| make_batches(v, config.batch_size, None, &device.clone().inner()))
        .transpose()?;
    let mut history = TrainingHistory::default();
    for epoch in 1..=config.num_epochs {
        let start = Instant::now();
        let order = epoch_order(train.len(), true, &mut rng);
        let batches = make_batches(train, config.batch_size, order.as_deref(), device)?;
        let mut losses = Vec::with_capacity(batches.len());
        for batch in &batches {
            let (mut grads, loss) = compute_gradients(&model, criterion, batch)?;
            clip_grad_norm(&mut grads, &model, 1.0);
            model = optimizer.step(model, grads);
            losses.push(loss);
        }
        let train_loss = Tensor::cat(losses, 0).mean().into_scalar::<f32>() as f64;
        let val_loss = match &val_batches {
            Some(vb) => {
                Some(evaluate_loss(&model.valid(), criterion, vb)?.into_scalar::<f32>() as f64)
            }
            None => None,
        };
        let record = EpochRecord {
            epoch,
            train_loss,
            val_loss,
            lr: optimizer.lr(),
            seconds: start.elapsed().as_secs_f64(),
        };
        progress(&record);
        history.epochs.push(record);
    }
    Ok(TrainingOutcome {
        model: model.valid(),
        history,
    })
}

fn main() -> Result<()> {
    let device = parse_device("cpu")?;
    device.seed(11);
    // Logits out: the predict function below turns them into probabilities.
    let model = Sequential::builder(2)
        .linear(32)
        .relu()
        .linear(2)
        .build(&device)?;

    // Two interleaved half-moons: not linearly separable.
    let n = 3000;
    let mut x = Vec::with_capacity(2 * n);
    let mut y = Vec::with_capacity(2 * n);
    for i in 0..n {
        let t = std::f32::consts::PI * (i % 500) as f32 / 500.0;
        let signal = i % 2 == 0;
        let (px, py) = if signal {
            (t.cos(), t.sin())
        } else {
            (1.0 - t.cos(), 0.5 - t.sin())
        };
        x.extend([px, py]);
        y.extend(if signal { [1.0, 0.0] } else { [0.0, 1.0] });
    }
    let (train_set, validation) = TrainingData::new(x, 2, y, 2)?.split_validation(600)?;

    let mut objects = CustomObjects {
        optimizer: Some(OptimizerConfig::adam(0.01)),
        criterion: Some(Criterion::Loss(Loss::cross_entropy())),
        train_fn: Some(Box::new(shuffled_clipped_loop)),
        predict_fn: Some(Arc::new(|model: &Sequential, x: Tensor<2>| {
            Ok(softmax(model.forward(x).div_scalar(2.0), 1))
        })),
    };
    let config = TrainingConfig {
        num_epochs: 15,
        batch_size: 50,
        ..TrainingConfig::default()
    };
    let outcome = train(
        model,
        &train_set,
        Some(&validation),
        &config,
        &mut objects,
        &device,
        &mut |e| {
            println!(
                "epoch {:>2}  train {:.4}  validation {:.4}",
                e.epoch,
                e.train_loss,
                e.val_loss.unwrap_or(f64::NAN)
            )
        },
    )?;
    let probabilities = predict(&outcome.model, &objects, validation.features(), &device)?;
    let correct = probabilities
        .chunks(2)
        .zip(validation.targets().chunks(2))
        .filter(|(p, t)| (p[0] > p[1]) == (t[0] > t[1]))
        .count();
    println!(
        "validation accuracy with the custom predict function: {:.3}",
        correct as f64 / validation.len() as f64
    );
    Ok(())
}
