//! One seed fixes initialisation, dropout and shuffling: two runs with the
//! same seed give bit-identical weights on the CPU backend.
//!
//! Burn's flex backend keeps one random stream per process, so this check
//! lives in its own test binary, where no other test draws from it.

use tmva_burn::nn::*;
use tmva_burn::prelude::*;

fn run(seed: u64, backprop: Backprop) -> StateDict {
    let device = Device::flex();
    let model = Sequential::builder(3)
        .linear(16)
        .relu()
        .dropout(0.3)
        .linear(2)
        .softmax(1)
        .seed(seed)
        .build(&device)
        .unwrap();
    let x: Vec<f32> = (0..600)
        .map(|i| ((i * 7919 % 1000) as f32) / 500.0 - 1.0)
        .collect();
    let y: Vec<f32> = x
        .chunks(3)
        .flat_map(|e| {
            if e[0] + e[1] > e[2] {
                [1.0, 0.0]
            } else {
                [0.0, 1.0]
            }
        })
        .collect();
    let (train_set, validation) = TrainingData::new(x, 3, y, 2)
        .unwrap()
        .split_validation(40)
        .unwrap();
    let config = TrainingConfig {
        num_epochs: 3,
        batch_size: 16,
        shuffle: true,
        seed,
        backprop,
        ..TrainingConfig::default()
    };
    train(
        model,
        &train_set,
        Some(&validation),
        &config,
        &mut CustomObjects::default(),
        &device,
        &mut |_| {},
    )
    .unwrap()
    .model
    .state_dict()
}

#[test]
fn same_seed_same_weights_other_seed_other_weights() {
    for backprop in [Backprop::Auto, Backprop::Tensors, Backprop::Autodiff] {
        let a = run(5, backprop);
        let b = run(5, backprop);
        assert_eq!(a, b, "{backprop:?}: same seed, different weights");
        let c = run(6, backprop);
        assert_ne!(a, c, "{backprop:?}: the seed changed nothing");
    }
}
