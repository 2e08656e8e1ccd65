//! One TMVA tutorial run on every device the build has (see
//! `common::test_devices`): DataLoader on the classification example, `N`
//! transformation, a 4-32-2 network trained with TMVA's default loop, applied
//! to the test events. Every device must separate signal from background, and
//! match the CPU backend's outputs.

mod common;

use common::{class_example_loader, test_devices};
use tmva_burn::methods::pytorch::{SampleTargets, training_data};
use tmva_burn::nn::{CustomObjects, Sequential, TrainingConfig, train};
use tmva_burn::transform::Transformations;

#[test]
fn tutorial_classification_on_every_device() {
    let mut loader = class_example_loader();
    let ds = loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=2000:nTrain_Background=2000:SplitMode=Alternate:NormMode=None",
        )
        .unwrap()
        .clone();
    let transforms = Transformations::fit(&"N".parse().unwrap(), &ds).unwrap();
    let train_sample = transforms.apply_sample(&ds.train).unwrap();
    let test_sample = transforms.apply_sample(&ds.test).unwrap();
    let data = training_data(&train_sample, SampleTargets::OneHot { n_classes: 2 }).unwrap();
    let (train_set, validation) = data.split_validation(800).unwrap();

    // The same initial weights everywhere.
    let cpu = tmva_burn::device::parse_device("cpu").unwrap();
    let template = Sequential::builder(4)
        .linear(32)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&cpu)
        .unwrap();
    let mut state = template.state_dict();
    for (k, t) in state.iter_mut().enumerate() {
        for (i, v) in t.values.iter_mut().enumerate() {
            *v = 0.3 * ((11 * i + 5 * k) as f32).sin();
        }
    }
    let config = TrainingConfig {
        num_epochs: 5,
        batch_size: 32,
        optimizer: tmva_burn::nn::OptimizerConfig::adam(0.01),
        ..TrainingConfig::default()
    };
    let events = &test_sample.variables[..400 * 4];
    let mut reference: Option<Vec<f32>> = None;
    for (name, device, tolerance) in test_devices() {
        let model = Sequential::from_spec(&template.spec(), &device)
            .unwrap()
            .load_state_dict(&state)
            .unwrap();
        let outcome = train(
            model,
            &train_set,
            Some(&validation),
            &config,
            &mut CustomObjects::default(),
            &device,
            &mut |_| {},
        )
        .unwrap();
        let out = outcome
            .model
            .predict(&test_sample.variables, &device)
            .unwrap();
        let correct = out
            .chunks(2)
            .zip(&test_sample.classes)
            .filter(|(p, c)| (p[0] > 0.5) == (**c == 0))
            .count();
        let accuracy = correct as f64 / test_sample.len() as f64;
        assert!(accuracy > 0.8, "{name}: accuracy {accuracy}");
        let first = outcome.model.predict(events, &device).unwrap();
        match &reference {
            None => reference = Some(first),
            Some(cpu_out) => {
                // Five epochs of f32 SGD on another backend: the tolerance of
                // the parity tests, times ten for the longer run.
                for (a, b) in first.iter().zip(cpu_out) {
                    assert!((a - b).abs() < 10.0 * tolerance, "{name}: {a} vs cpu {b}");
                }
            }
        }
    }
}
