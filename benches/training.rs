//! The workloads of `../shared/reference/pytorch_baseline.py` on the default
//! CPU backend:
//! - W1: the TMVA tutorial training (Sequential 4-64-2 ReLU Softmax, SGD lr
//!   0.01, MSELoss, 6,400 training events, batch 32, 20 epochs, validation
//!   loss on 1,600 more events after every epoch). One iteration is the
//!   whole `train()` call, model copy included.
//! - W2: one event through the W1 model (`Sequential::predict`, from host
//!   slice to host values).
//! - W3: 100,000 events through the W1 model in one call.
//!
//! Run: `cargo bench --bench training`.

use criterion::{Criterion, criterion_group, criterion_main};
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, Normal};
use tmva_burn::nn::{Backprop, CustomObjects, Sequential, TrainingConfig, TrainingData, train};
use tmva_burn::prelude::Device;

/// Two Gaussian blobs like the baseline script's `make_data`.
fn make_data(n_events: usize, seed: u64) -> (Vec<f32>, Vec<f32>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let unit = Normal::new(0.0f32, 1.0).expect("valid normal");
    let mut rows: Vec<(Vec<f32>, [f32; 2])> = (0..n_events)
        .map(|i| {
            let signal = i < n_events / 2;
            let shift = if signal { 0.5 } else { -0.5 };
            let x = (0..4).map(|_| unit.sample(&mut rng) + shift).collect();
            (x, if signal { [1.0, 0.0] } else { [0.0, 1.0] })
        })
        .collect();
    for i in (1..rows.len()).rev() {
        rows.swap(i, rng.random_range(0..=i));
    }
    let x = rows.iter().flat_map(|(x, _)| x.iter().copied()).collect();
    let y = rows.iter().flat_map(|(_, y)| y.iter().copied()).collect();
    (x, y)
}

fn w1(c: &mut Criterion) {
    let device = Device::flex();
    let (x, y) = make_data(8000, 1);
    let data = TrainingData::new(x, 4, y, 2).expect("valid data");
    let (train_set, val_set) = data.split_validation(1600).expect("split");
    let model = Sequential::builder(4)
        .linear(64)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)
        .expect("valid model");
    let mut group = c.benchmark_group("w1");
    group.sample_size(10);
    // The default (closed-form steps on host buffers), the same closed-form
    // steps on the backend's tensors, then the loop through Burn's autodiff.
    for (name, backprop) in [
        ("tmva_tutorial_training_20_epochs", Backprop::Auto),
        (
            "tmva_tutorial_training_20_epochs_tensors",
            Backprop::Tensors,
        ),
        (
            "tmva_tutorial_training_20_epochs_autodiff",
            Backprop::Autodiff,
        ),
    ] {
        let config = TrainingConfig {
            num_epochs: 20,
            batch_size: 32,
            backprop,
            ..TrainingConfig::default()
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                let outcome = train(
                    model.clone(),
                    &train_set,
                    Some(&val_set),
                    &config,
                    &mut CustomObjects::default(),
                    &device,
                    &mut |_| {},
                )
                .expect("training runs");
                assert_eq!(outcome.history.epochs.len(), 20);
            })
        });
    }
    group.finish();
}

fn inference(c: &mut Criterion) {
    let device = Device::flex();
    let model = Sequential::builder(4)
        .linear(64)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)
        .expect("valid model");
    let (x, _) = make_data(100_000, 2);
    let mut group = c.benchmark_group("inference");
    group.bench_function("w2_single_event", |b| {
        b.iter(|| model.predict(&x[..4], &device).expect("predicts"))
    });
    group.sample_size(20);
    group.bench_function("w3_100k_events", |b| {
        b.iter(|| model.predict(&x, &device).expect("predicts"))
    });
    group.finish();
}

criterion_group!(benches, w1, inference);
criterion_main!(benches);
