//! The training loop's options and its answers to bad input.

use std::cell::RefCell;

use tmva_burn::nn::*;
use tmva_burn::prelude::*;

fn device() -> Device {
    Device::flex()
}

/// Events of a linearly separable problem with 3 features, one-hot targets.
fn data(n: usize) -> TrainingData {
    let x: Vec<f32> = (0..n * 3)
        .map(|i| ((i * 7919 % 1000) as f32) / 500.0 - 1.0)
        .collect();
    let y: Vec<f32> = x
        .chunks(3)
        .flat_map(|e| {
            if e[0] - e[1] + 0.5 * e[2] > 0.0 {
                [1.0, 0.0]
            } else {
                [0.0, 1.0]
            }
        })
        .collect();
    TrainingData::new(x, 3, y, 2).unwrap()
}

/// The test model with fixed weights. Burn's flex backend has one random
/// stream per process and tests run in parallel, so initial weights drawn
/// from it would differ from call to call.
fn model() -> Sequential {
    let model = Sequential::builder(3)
        .linear(8)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device())
        .unwrap();
    let mut state = model.state_dict();
    for (k, t) in state.iter_mut().enumerate() {
        for (i, v) in t.values.iter_mut().enumerate() {
            *v = 0.5 * ((7 * i + 3 * k) as f32).sin();
        }
    }
    model.load_state_dict(&state).unwrap()
}

fn run(
    model: Sequential,
    train_set: &TrainingData,
    validation: Option<&TrainingData>,
    config: &TrainingConfig,
) -> Result<TrainingOutcome> {
    train(
        model,
        train_set,
        validation,
        config,
        &mut CustomObjects::default(),
        &device(),
        &mut |_| {},
    )
}

#[test]
fn learning_rate_schedule_changes_the_rate_after_the_named_epoch() {
    let (t, v) = data(300).split_validation(60).unwrap();
    let config = TrainingConfig {
        num_epochs: 5,
        batch_size: 30,
        lr_schedule: LrSchedule::parse("1,0.05;3,0.001").unwrap(),
        ..TrainingConfig::default()
    };
    let history = run(model(), &t, Some(&v), &config).unwrap().history;
    let rates: Vec<f64> = history.epochs.iter().map(|e| e.lr).collect();
    assert_eq!(rates, [0.01, 0.01, 0.05, 0.05, 0.001]);
}

#[test]
fn save_best_only_returns_the_epoch_with_the_smallest_validation_loss() {
    let (t, v) = data(300).split_validation(60).unwrap();
    // A large rate makes the validation loss go up and down.
    let config = TrainingConfig {
        num_epochs: 8,
        batch_size: 10,
        optimizer: OptimizerConfig::sgd(3.0),
        ..TrainingConfig::default()
    };
    let outcome = run(model(), &t, Some(&v), &config).unwrap();
    let h = &outcome.history;
    let best = h
        .epochs
        .iter()
        .map(|e| e.val_loss.unwrap())
        .fold(f64::INFINITY, f64::min);
    let best_epoch = h.best_epoch.unwrap();
    assert_eq!(h.epochs[best_epoch - 1].val_loss.unwrap(), best);
    // The returned model is the one of that epoch: its validation loss is the best one.
    let outputs = outcome.model.predict(v.features(), &device()).unwrap();
    let mse: f64 = outputs
        .iter()
        .zip(v.targets())
        .map(|(o, t)| ((o - t) as f64).powi(2))
        .sum::<f64>()
        / outputs.len() as f64;
    // Batch-mean of equal batches equals the overall mean up to f32 rounding.
    assert!((mse - best).abs() < 1e-5, "{mse} vs {best}");
}

#[test]
fn early_stopping_stops_after_patience_epochs_without_improvement() {
    let (t, v) = data(300).split_validation(60).unwrap();
    let config = TrainingConfig {
        num_epochs: 50,
        batch_size: 30,
        // A zero rate: the loss never improves after the first epoch.
        optimizer: OptimizerConfig::sgd(0.0),
        early_stopping: Some(EarlyStopping {
            patience: 3,
            min_delta: 0.0,
        }),
        ..TrainingConfig::default()
    };
    let h = run(model(), &t, Some(&v), &config).unwrap().history;
    assert!(h.stopped_early);
    assert_eq!(h.epochs.len(), 4);
}

#[test]
fn continue_training_starts_from_saved_weights() {
    let (t, v) = data(300).split_validation(60).unwrap();
    let config = TrainingConfig {
        num_epochs: 2,
        batch_size: 30,
        save_best_only: false,
        ..TrainingConfig::default()
    };
    let first = run(model(), &t, Some(&v), &config).unwrap();
    let dir = std::env::temp_dir().join(format!("tmva_burn_continue_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("trained.json");
    first.model.save(&path).unwrap();
    // Two more epochs from the saved weights equal four epochs in one go.
    let resumed = run(
        model(),
        &t,
        Some(&v),
        &TrainingConfig {
            continue_from: Some(path.clone()),
            ..config.clone()
        },
    )
    .unwrap();
    let straight = run(
        model(),
        &t,
        Some(&v),
        &TrainingConfig {
            num_epochs: 4,
            ..config.clone()
        },
    )
    .unwrap();
    assert_eq!(
        resumed.history.epochs[0].train_loss,
        straight.history.epochs[2].train_loss
    );
    assert_eq!(resumed.model.state_dict(), straight.model.state_dict());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn shuffling_changes_the_batches_and_file_order_is_the_default() {
    let (t, v) = data(300).split_validation(60).unwrap();
    let base = TrainingConfig {
        num_epochs: 1,
        batch_size: 30,
        save_best_only: false,
        ..TrainingConfig::default()
    };
    let ordered = run(model(), &t, Some(&v), &base).unwrap();
    let ordered_again = run(model(), &t, Some(&v), &base).unwrap();
    assert_eq!(ordered.model.state_dict(), ordered_again.model.state_dict());
    let shuffled = run(
        model(),
        &t,
        Some(&v),
        &TrainingConfig {
            shuffle: true,
            ..base
        },
    )
    .unwrap();
    assert_ne!(ordered.model.state_dict(), shuffled.model.state_dict());
}

#[test]
fn progress_is_reported_once_per_epoch() {
    let (t, v) = data(200).split_validation(40).unwrap();
    let seen = RefCell::new(Vec::new());
    let config = TrainingConfig {
        num_epochs: 3,
        batch_size: 40,
        ..TrainingConfig::default()
    };
    train(
        model(),
        &t,
        Some(&v),
        &config,
        &mut CustomObjects::default(),
        &device(),
        &mut |e| seen.borrow_mut().push(e.epoch),
    )
    .unwrap();
    assert_eq!(seen.into_inner(), [1, 2, 3]);
}

#[test]
fn training_reduces_the_loss() {
    let (t, v) = data(1000).split_validation(200).unwrap();
    let config = TrainingConfig {
        num_epochs: 10,
        batch_size: 20,
        optimizer: OptimizerConfig::adam(0.01),
        ..TrainingConfig::default()
    };
    let h = run(model(), &t, Some(&v), &config).unwrap().history;
    let first = h.epochs[0].val_loss.unwrap();
    let last = h.epochs.last().unwrap().val_loss.unwrap();
    assert!(last < 0.5 * first, "{first} -> {last}");
}

#[test]
fn nan_loss_is_an_error_naming_epoch_and_batch() {
    let x: Vec<f32> = (0..60).map(|i| i as f32 / 60.0).collect();
    let mut y: Vec<f32> = vec![0.0; 20];
    y[13] = 1e30; // squared: infinite
    let data = TrainingData::new(x, 3, y, 1).unwrap();
    let model = Sequential::builder(3).linear(1).build(&device()).unwrap();
    let config = TrainingConfig {
        num_epochs: 2,
        batch_size: 5,
        save_best_only: false,
        ..TrainingConfig::default()
    };
    let err = run(model, &data, None, &config).unwrap_err();
    match err {
        Error::NonFiniteLoss {
            which,
            epoch,
            batch,
            ..
        } => {
            assert_eq!((which, epoch, batch), ("training", 1, 2));
        }
        other => panic!("expected NonFiniteLoss, got {other}"),
    }
}

#[test]
fn bad_input_gives_typed_errors_naming_the_fault() {
    let device = device();
    let (t, v) = data(100).split_validation(20).unwrap();
    let expect = |r: Result<TrainingOutcome>, needle: &str| {
        let msg = r.unwrap_err().to_string();
        assert!(msg.contains(needle), "`{msg}` lacks `{needle}`");
    };
    // Data width differs from the model's inputs.
    let wide = Sequential::builder(5).linear(2).build(&device).unwrap();
    expect(
        run(wide, &t, Some(&v), &TrainingConfig::default()),
        "expected 5 features, got 3 features",
    );
    // Targets differ from the model's outputs.
    let three_out = Sequential::builder(3).linear(3).build(&device).unwrap();
    expect(
        run(three_out, &t, Some(&v), &TrainingConfig::default()),
        "training targets",
    );
    // SaveBestOnly without validation data.
    expect(
        run(model(), &t, None, &TrainingConfig::default()),
        "need validation data",
    );
    // Zero epochs, zero batch size, negative rate, bad Nesterov.
    for (config, needle) in [
        (
            TrainingConfig {
                num_epochs: 0,
                ..TrainingConfig::default()
            },
            "NumEpochs",
        ),
        (
            TrainingConfig {
                batch_size: 0,
                ..TrainingConfig::default()
            },
            "BatchSize",
        ),
        (
            TrainingConfig {
                optimizer: OptimizerConfig::sgd(-1.0),
                ..TrainingConfig::default()
            },
            "SGD.lr",
        ),
        (
            TrainingConfig {
                optimizer: OptimizerConfig::SGD {
                    lr: 0.1,
                    momentum: 0.0,
                    dampening: 0.0,
                    weight_decay: 0.0,
                    nesterov: true,
                },
                ..TrainingConfig::default()
            },
            "Nesterov",
        ),
    ] {
        expect(run(model(), &t, Some(&v), &config), needle);
    }
    // Empty and ragged data.
    assert!(matches!(
        TrainingData::new(vec![], 3, vec![], 2)
            .map(|d| d.is_empty())
            .and_then(|_| TrainingData::new(vec![], 3, vec![], 2)?.split_validation(1)),
        Err(Error::InvalidOption { .. })
    ));
    let msg = TrainingData::new(vec![1.0; 7], 3, vec![0.0; 2], 1)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("a multiple of 3 values"), "{msg}");
    let msg = TrainingData::new(vec![1.0, f32::NAN, 0.0], 3, vec![0.0], 1)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("feature 1 of event 0 is NaN"), "{msg}");
    let empty = TrainingData::new(vec![], 3, vec![], 2).unwrap();
    expect(
        run(model(), &empty, None, &TrainingConfig::default()),
        "no events",
    );
    // A missing continue-from file names the file.
    let missing = std::path::PathBuf::from("/nonexistent/trained.json");
    expect(
        run(
            model(),
            &t,
            Some(&v),
            &TrainingConfig {
                continue_from: Some(missing),
                ..TrainingConfig::default()
            },
        ),
        "/nonexistent/trained.json",
    );
}

#[test]
fn invalid_layers_are_errors_naming_the_layer() {
    let device = device();
    let cases: Vec<(LayerSpec, &str)> = vec![
        (LayerSpec::Dropout { p: 1.5 }, "layer 1 (Dropout): p=1.5"),
        (
            LayerSpec::Softmax { dim: 2 },
            "layer 1 (Softmax): dim=2 is out of range",
        ),
        (
            LayerSpec::Linear {
                out_features: 0,
                bias: true,
            },
            "layer 1 (Linear): out_features must be at least 1",
        ),
        (
            LayerSpec::BatchNorm1d {
                eps: 0.0,
                momentum: 0.1,
            },
            "layer 1 (BatchNorm1d): eps=0",
        ),
        (
            LayerSpec::GELU {
                approximate: "fast".into(),
            },
            "approximate='fast'",
        ),
        (
            act("LeakyReLU", &[("negative_slope", f64::NAN)]),
            "negative_slope=NaN",
        ),
        (
            LayerSpec::Flatten {
                start_dim: 0,
                end_dim: -1,
            },
            "would merge the batch dimension",
        ),
        (
            LayerSpec::Custom {
                name: "Scale".into(),
                config: serde_json::Value::Null,
            },
            "unknown custom layer `Scale`",
        ),
    ];
    for (spec, needle) in cases {
        let msg = Sequential::builder(3)
            .linear(4)
            .layer(spec)
            .build(&device)
            .unwrap_err()
            .to_string();
        assert!(msg.contains(needle), "`{msg}` lacks `{needle}`");
    }
    let model = model();
    let wrong = Tensor::<2>::zeros([2, 4], &device);
    let msg = model.try_forward(wrong).unwrap_err().to_string();
    assert!(msg.contains("expected 3 features, got 4 features"), "{msg}");
    let msg = model.predict(&[1.0; 5], &device).unwrap_err().to_string();
    assert!(msg.contains("multiple of 3"), "{msg}");
}

#[test]
fn clip_grad_norm_scales_all_gradients_to_the_bound() {
    let device = device();
    let model = model();
    let batches = make_batches(&data(64), 64, None, &device).unwrap();
    let criterion = Criterion::Loss(Loss::mse());
    let norm_of = |grads: &burn::optim::GradientsParams| -> f64 {
        let mut total = 0.0f64;
        for layer in model.layers() {
            if let Layer::Linear(linear) = layer {
                let w: Vec<f32> = grads
                    .get::<2>(linear.weight.id)
                    .unwrap()
                    .into_data()
                    .try_to_vec()
                    .unwrap();
                let b: Vec<f32> = grads
                    .get::<1>(linear.bias.as_ref().unwrap().id)
                    .unwrap()
                    .into_data()
                    .try_to_vec()
                    .unwrap();
                total += w.iter().chain(&b).map(|&g| (g as f64).powi(2)).sum::<f64>();
            }
        }
        total.sqrt()
    };
    let (mut grads, _) = compute_gradients(&model, &criterion, &batches[0]).unwrap();
    let before = norm_of(&grads);
    assert!(before > 0.01);
    let reported = clip_grad_norm(&mut grads, &model, before / 4.0).into_scalar::<f32>() as f64;
    assert!((reported - before).abs() < 1e-5 * before);
    let after = norm_of(&grads);
    assert!(
        (after - before / 4.0).abs() < 1e-4 * before,
        "{after} vs {}",
        before / 4.0
    );
    // A bound above the norm leaves the gradients alone.
    let (mut grads, _) = compute_gradients(&model, &criterion, &batches[0]).unwrap();
    clip_grad_norm(&mut grads, &model, before * 2.0);
    assert!((norm_of(&grads) - before).abs() < 1e-6 * before.max(1.0));
}

/// Largest difference between two models' parameters.
fn max_difference(a: &Sequential, b: &Sequential) -> f32 {
    a.state_dict()
        .iter()
        .zip(b.state_dict())
        .flat_map(|(x, y)| {
            x.values
                .iter()
                .zip(y.values)
                .map(|(p, q)| (p - q).abs())
                .collect::<Vec<_>>()
        })
        .fold(0.0, f32::max)
}

#[test]
fn data_parallel_workers_train_as_one_worker_on_the_combined_batch() {
    let (t, v) = data(330).split_validation(60).unwrap();
    // 270 events in batches of 25: shares of 13 and 12, and a last batch of 20.
    let weights: Vec<f32> = (0..t.len()).map(|i| 0.5 + (i % 7) as f32 / 7.0).collect();
    let weighted = t.clone().with_weights(weights).unwrap();
    for (train_set, loss) in [
        (&t, Loss::mse()),
        (&weighted, Loss::mse()),
        (
            &t,
            Loss::new(LossKind::CrossEntropyLoss {
                class_weights: None,
            }),
        ),
        (&t, Loss::mse().with_reduction(Reduction::Sum)),
    ] {
        let config = TrainingConfig {
            num_epochs: 3,
            batch_size: 25,
            loss: loss.clone(),
            optimizer: OptimizerConfig::sgd(0.05),
            save_best_only: false,
            ..TrainingConfig::default()
        };
        let single = run(model(), train_set, Some(&v), &config).unwrap();
        for workers in [2, 3] {
            let parallel = run(
                model(),
                train_set,
                Some(&v),
                &TrainingConfig {
                    data_parallel: workers,
                    ..config.clone()
                },
            )
            .unwrap();
            // f32 sums in another order: a few units in the last place per
            // step, over 33 steps.
            let difference = max_difference(&single.model, &parallel.model);
            assert!(
                difference < 1e-5,
                "{loss:?}, {workers} workers: {difference}"
            );
            for (a, b) in single.history.epochs.iter().zip(&parallel.history.epochs) {
                assert!((a.train_loss - b.train_loss).abs() < 1e-6 * a.train_loss.abs().max(1.0));
            }
        }
        // The combination is not vacuous: training moved the weights.
        assert!(max_difference(&single.model, &model()) > 1e-3);
    }
    let err = run(
        model(),
        &t,
        None,
        &TrainingConfig {
            data_parallel: 0,
            save_best_only: false,
            ..TrainingConfig::default()
        },
    )
    .err()
    .unwrap()
    .to_string();
    assert!(err.contains("data_parallel"), "{err}");
}

fn act(name: &str, settings: &[(&str, f64)]) -> LayerSpec {
    LayerSpec::activation(name, settings).unwrap()
}
