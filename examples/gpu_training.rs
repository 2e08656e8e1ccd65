//! W4 of `../shared/reference/pytorch_baseline.py`: a bigger net (4-256-256-2
//! ReLU Softmax, SGD lr 0.01, MSE) on 200,000 events, batch 256, 2 epochs, on
//! the backend given by `--device` (`cpu`, `tch-cpu`, `tch-cuda:0`, `cuda:0`,
//! `wgpu`; the non-CPU ones need their cargo feature). Prints events per
//! second and the final loss. `--data-parallel N` shares each batch among N
//! workers (`TrainingConfig::data_parallel`); `--threads N` sets the CPU
//! training's threads (`TrainingConfig::threads`, 0: the cores); `--backprop
//! tensors` or `autodiff` trains on tensors; `--hidden 512,512,512 --events
//! 1000000 --batch 1024` is the bigger GPU workload (`w4big` of
//! `benches/pytorch_baseline.py`).
//!
//! Run: `cargo run --release --example gpu_training -- --device cpu`
//!      `cargo run --release --features wgpu --example gpu_training -- --device wgpu`

use std::time::Instant;

use rand::SeedableRng;
use rand_distr::{Distribution, Normal};
use tmva_burn::nn::{Backprop, CustomObjects, Sequential, TrainingConfig, TrainingData, train};
use tmva_burn::prelude::*;

fn arg(args: &[String], name: &str, default: &str) -> String {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| default.to_string())
}

fn number(args: &[String], name: &str, default: usize) -> Result<usize> {
    let text = arg(args, name, &default.to_string());
    text.parse().map_err(|_| Error::InvalidOption {
        option: name.to_string(),
        message: format!("`{text}` is not a number"),
    })
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let device_name = arg(&args, "--device", "cpu");
    let n_events = number(&args, "--events", 200_000)?;
    let epochs = number(&args, "--epochs", 2)?;
    let batch = number(&args, "--batch", 256)?;
    // Hidden widths, e.g. `--hidden 512,512,512` for the bigger GPU workload.
    let hidden: Vec<usize> = arg(&args, "--hidden", "256,256")
        .split(',')
        .map(|w| {
            w.trim()
                .parse()
                .map_err(|_| Error::option("--hidden", format!("`{w}` is not a width")))
        })
        .collect::<Result<_>>()?;
    let backprop = match arg(&args, "--backprop", "auto").as_str() {
        "autodiff" => Backprop::Autodiff,
        "tensors" => Backprop::Tensors,
        "auto" => Backprop::Auto,
        other => {
            return Err(Error::option(
                "--backprop",
                format!("`{other}` is not auto, tensors or autodiff"),
            ));
        }
    };
    let device = parse_device(&device_name)?;

    // Two Gaussian blobs, as the baseline script's make_data.
    let total = n_events + n_events / 10;
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let unit = Normal::new(0.0f32, 1.0).expect("valid normal");
    let (mut x, mut y) = (Vec::with_capacity(total * 4), Vec::with_capacity(total * 2));
    for i in 0..total {
        let signal = i % 2 == 0;
        let shift = if signal { 0.5 } else { -0.5 };
        x.extend((0..4).map(|_| unit.sample(&mut rng) + shift));
        y.extend(if signal { [1.0, 0.0] } else { [0.0, 1.0] });
    }
    let (train_set, validation) =
        TrainingData::new(x, 4, y, 2)?.split_validation(total - n_events)?;

    let model = hidden
        .iter()
        .fold(Sequential::builder(4), |b, &width| b.linear(width).relu())
        .linear(2)
        .softmax(1)
        .seed(0)
        .build(&device)?;
    let config = TrainingConfig {
        num_epochs: epochs,
        batch_size: batch,
        save_best_only: false,
        backprop,
        data_parallel: number(&args, "--data-parallel", 1)?,
        threads: number(&args, "--threads", 0)?,
        ..TrainingConfig::default()
    };
    let start = Instant::now();
    let outcome = train(
        model,
        &train_set,
        Some(&validation),
        &config,
        &mut CustomObjects::default(),
        &device,
        &mut |e| {
            println!(
                "epoch {}: train loss {:.5}, validation loss {:.5}, {:.2} s",
                e.epoch,
                e.train_loss,
                e.val_loss.unwrap_or(f64::NAN),
                e.seconds
            )
        },
    )?;
    let seconds = start.elapsed().as_secs_f64();
    let last = outcome.history.epochs.last().expect("at least one epoch");
    println!(
        "device {device_name}: {:.0} events/s ({} events x {epochs} epochs in {seconds:.2} s), final train loss {:.5}, validation loss {:.5}",
        (n_events * epochs) as f64 / seconds,
        n_events,
        last.train_loss,
        last.val_loss.unwrap_or(f64::NAN)
    );
    Ok(())
}
