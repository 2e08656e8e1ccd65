//! Custom layers inside a Sequential (trained through Burn's autodiff,
//! saved, reloaded by registered name) and TMVA's custom objects: optimizer,
//! criterion, train function and predict function.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use burn::module::{Module, Param};
use tmva_burn::nn::*;
use tmva_burn::prelude::*;

/// `y = x * weight + bias` per feature (PyTorch names `weight`, `bias`).
#[derive(Module, Debug)]
struct Affine {
    weight: Param<Tensor<1>>,
    bias: Param<Tensor<1>>,
}

/// `y = x^2`, no parameters.
#[derive(Module, Debug)]
struct Square;

/// Two custom layer types in one model.
#[derive(Module, Debug)]
enum MyLayers {
    Affine(Affine),
    Square(Square),
}

impl MyLayers {
    fn affine(n: usize, device: &Device) -> Self {
        MyLayers::Affine(Affine {
            weight: Param::from_tensor(Tensor::ones([n], device)),
            bias: Param::from_tensor(Tensor::zeros([n], device)),
        })
    }
}

impl CustomLayer for MyLayers {
    fn type_name(&self) -> &'static str {
        match self {
            MyLayers::Affine(_) => "Affine",
            MyLayers::Square(_) => "Square",
        }
    }
    fn output_features(&self, n_in: usize) -> std::result::Result<usize, String> {
        match self {
            MyLayers::Affine(a) if a.weight.dims()[0] != n_in => Err(format!(
                "Affine has {} features, its input {n_in}",
                a.weight.dims()[0]
            )),
            _ => Ok(n_in),
        }
    }
    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        match self {
            MyLayers::Affine(a) => {
                input * a.weight.val().unsqueeze_dim(0) + a.bias.val().unsqueeze_dim(0)
            }
            MyLayers::Square(_) => input.square(),
        }
    }
}

fn registry() -> CustomRegistry<MyLayers> {
    CustomRegistry::new()
        .register("Affine", |_, n_in, device| {
            Ok(MyLayers::affine(n_in, device))
        })
        .register("Square", |_, _, _| Ok(MyLayers::Square(Square)))
}

fn data(n: usize) -> TrainingData {
    let x: Vec<f32> = (0..n * 3)
        .map(|i| ((i * 7919 % 1000) as f32) / 500.0 - 1.0)
        .collect();
    let y: Vec<f32> = x
        .chunks(3)
        .flat_map(|e| {
            let s = e[0] - 0.5 * e[1] + e[2] > 0.0;
            if s { [1.0, 0.0] } else { [0.0, 1.0] }
        })
        .collect();
    TrainingData::new(x, 3, y, 2).unwrap()
}

fn one_epoch_config(batch_size: usize) -> TrainingConfig {
    TrainingConfig {
        num_epochs: 1,
        batch_size,
        save_best_only: false,
        ..TrainingConfig::default()
    }
}

fn value(state: &[NamedTensor], name: &str) -> Vec<f32> {
    state
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no tensor {name}"))
        .values
        .clone()
}

#[test]
fn custom_layer_trains_saves_and_reloads() {
    let device = Device::flex();
    device.seed(3);
    let model = Sequential::<MyLayers>::custom_builder(3)
        .custom(MyLayers::affine(3, &device))
        .linear(8)
        .relu()
        .custom(MyLayers::Square(Square))
        .linear(2)
        .softmax(1)
        .build(&device)
        .unwrap();
    let spec = model.spec();
    assert_eq!(spec.layers[0].type_name(), "Affine");
    assert_eq!(spec.layers[3].type_name(), "Square");
    let before = model.state_dict();
    let names: Vec<&str> = before.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "0.weight", "0.bias", "1.weight", "1.bias", "4.weight", "4.bias"
        ]
    );

    let data = data(400);
    let outcome = train(
        model,
        &data,
        None,
        &TrainingConfig {
            num_epochs: 3,
            batch_size: 20,
            save_best_only: false,
            ..TrainingConfig::default()
        },
        &mut CustomObjects::default(),
        &device,
        &mut |_| {},
    )
    .unwrap();
    let after = outcome.model.state_dict();
    // The custom layer's parameters were updated by the optimizer.
    assert_ne!(value(&before, "0.weight"), value(&after, "0.weight"));
    assert_ne!(value(&before, "0.bias"), value(&after, "0.bias"));

    let dir = std::env::temp_dir().join(format!("tmva_burn_custom_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("model.json");
    outcome.model.save(&path).unwrap();
    let reloaded = Sequential::load_with(&path, &registry(), &device).unwrap();
    assert_eq!(reloaded.state_dict(), after);
    let events = &data.features()[..30];
    assert_eq!(
        reloaded.predict(events, &device).unwrap(),
        outcome.model.predict(events, &device).unwrap()
    );
    // Without the registration the model cannot be rebuilt, and the error says what is missing.
    let err = Sequential::<MyLayers>::load_with(&path, &CustomRegistry::new(), &device)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown custom layer `Affine`"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn custom_layer_gradients_agree_with_the_closed_form_path() {
    // An identity Affine (weight 1, bias 0) in front changes nothing in the
    // first step, so the Linear layers must move exactly as in the plain
    // model, which trains through the closed-form backward pass while the
    // custom one goes through Burn's autodiff.
    let device = Device::flex();
    let plain = Sequential::builder(3)
        .linear(8)
        .tanh()
        .linear(2)
        .softmax(1)
        .build(&device)
        .unwrap();
    let state = plain.state_dict();
    let with_affine = Sequential::<MyLayers>::custom_builder(3)
        .custom(MyLayers::affine(3, &device))
        .linear(8)
        .tanh()
        .linear(2)
        .softmax(1)
        .build(&device)
        .unwrap();
    // Layer k of the plain model is layer k + 1 behind the Affine.
    let renamed = [
        ("1.weight", "0.weight"),
        ("1.bias", "0.bias"),
        ("3.weight", "2.weight"),
        ("3.bias", "2.bias"),
    ];
    let mut shifted = with_affine.state_dict();
    for t in &mut shifted {
        if let Some((_, original)) = renamed.iter().find(|(ours, _)| *ours == t.name) {
            t.values = value(&state, original);
        }
    }
    let with_affine = with_affine.load_state_dict(&shifted).unwrap();
    let data = data(32);
    let cfg = one_epoch_config(32);
    let plain_after = train(
        plain,
        &data,
        None,
        &cfg,
        &mut CustomObjects::default(),
        &device,
        &mut |_| {},
    )
    .unwrap()
    .model
    .state_dict();
    let custom_after = train(
        with_affine,
        &data,
        None,
        &cfg,
        &mut CustomObjects::default(),
        &device,
        &mut |_| {},
    )
    .unwrap()
    .model
    .state_dict();
    for (ours, theirs) in renamed {
        let a = value(&custom_after, ours);
        let b = value(&plain_after, theirs);
        let moved = value(&state, theirs);
        assert_ne!(b, moved, "{theirs} moved");
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() < 1e-6, "{ours}: {x} vs {y}");
        }
    }
}

#[test]
fn custom_objects_replace_each_default() {
    let device = Device::flex();
    let data = data(200);
    let (train_set, validation) = data.split_validation(40).unwrap();
    let model = Sequential::builder(3)
        .linear(4)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)
        .unwrap();

    let criterion_calls = Arc::new(AtomicUsize::new(0));
    let counter = criterion_calls.clone();
    let train_calls = Arc::new(AtomicUsize::new(0));
    let train_counter = train_calls.clone();
    let mut objects = CustomObjects {
        optimizer: Some(OptimizerConfig::adam(1e-2)),
        criterion: Some(Criterion::Custom(Arc::new(move |out, target, weights| {
            counter.fetch_add(1, Ordering::Relaxed);
            Loss::new(LossKind::L1Loss).forward(out, target, weights)
        }))),
        train_fn: Some(Box::new(move |args: TrainArgs<'_, NoCustom>| {
            train_counter.fetch_add(1, Ordering::Relaxed);
            assert_eq!(args.optimizer.config().name(), "Adam");
            assert!(args.device.is_autodiff(), "custom criteria need autodiff");
            tmva_burn::nn::train::default_train_loop(args)
        })),
        predict_fn: Some(Arc::new(|model: &Sequential, x| {
            // Report the background probability instead of the signal one.
            Ok(model.forward(x).flip([1]))
        })),
    };
    let config = TrainingConfig {
        num_epochs: 2,
        batch_size: 20,
        ..TrainingConfig::default()
    };
    let outcome = train(
        model,
        &train_set,
        Some(&validation),
        &config,
        &mut objects,
        &device,
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(train_calls.load(Ordering::Relaxed), 1);
    // 8 training batches and 1 validation pass of 2 batches per epoch.
    assert_eq!(criterion_calls.load(Ordering::Relaxed), 2 * (8 + 2));
    let event = &validation.features()[..3];
    let plain = outcome.model.predict(event, &device).unwrap();
    let custom = predict(&outcome.model, &objects, event, &device).unwrap();
    assert_eq!(custom, vec![plain[1], plain[0]]);
}

#[test]
fn a_wrong_width_for_a_custom_layer_is_an_error_naming_it() {
    let device = Device::flex();
    let err = Sequential::<MyLayers>::custom_builder(3)
        .linear(5)
        .custom(MyLayers::affine(3, &device))
        .build(&device)
        .unwrap_err()
        .to_string();
    assert!(err.contains("layer 1 (Affine)"), "{err}");
    assert!(err.contains("Affine has 3 features, its input 5"), "{err}");
}
