//! The TMVA workflow end to end on the example data: Factory (book, train,
//! test, evaluate), weight files and the Reader, for classification,
//! regression and multiclass, and the errors a user meets on the way.
//! Reader outputs must equal the factory's test outputs within 1e-6 (the
//! same transformations in f64, then the host loop instead of Burn's
//! forward pass: f32 summation order only).

mod common;

use std::path::PathBuf;

use tmva_burn::data::DataLoader;
use tmva_burn::factory::{Evaluation, Factory, MethodKind};
use tmva_burn::nn::{CustomObjects, Loss};
use tmva_burn::prelude::*;
use tmva_burn::reader::Reader;

fn out_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn prepared_class_loader() -> DataLoader {
    let mut loader = common::class_example_loader();
    loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=4000:nTrain_Background=4000:SplitMode=Random:NormMode=NumEvents:!V",
        )
        .unwrap();
    loader
}

#[test]
fn classification_factory_weight_files_and_reader_agree() {
    let dir = out_dir("workflow_classification");
    let loader = prepared_class_loader();
    let device = parse_device("cpu").unwrap();
    device.seed(7);
    let model = Sequential::builder(4)
        .linear(64)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)
        .unwrap();
    let mut factory = Factory::new(
        "Job",
        dir.join("out.root"),
        "Silent:!DrawProgressBar:AnalysisType=Classification",
    )
    .unwrap();
    factory.set_output_dir(&dir);
    factory
        .book_method(
            &loader,
            MethodKind::Fisher,
            "Fisher",
            "!H:!V:Fisher:VarTransform=D,G",
        )
        .unwrap();
    factory
        .book_network(
            &loader,
            "PyTorch",
            "H:!V:VarTransform=D,G:NumEpochs=20:BatchSize=32",
            model,
            CustomObjects::default(),
        )
        .unwrap();
    factory.train_all_methods().unwrap();
    factory.test_all_methods().unwrap();
    let results = factory.evaluate_all_methods().unwrap();
    let auc = |title: &str| match &results.iter().find(|(t, _)| t == title).unwrap().1 {
        Evaluation::Classification(r) => r.clone(),
        other => panic!("{other:?}"),
    };
    let (net, fisher) = (auc("PyTorch"), auc("Fisher"));
    // The tutorial's figures: the network ~0.92, Fisher ~0.88 on this data.
    assert!(net.roc_integral > 0.90, "{net:?}");
    assert!(fisher.roc_integral > 0.85, "{fisher:?}");
    assert!(net.efficiency_test[0] <= net.efficiency_test[1]);
    assert!((0.0..=1.0).contains(&net.ks_signal));
    assert_eq!(
        factory.roc_integral(&loader, "PyTorch").unwrap(),
        net.roc_integral
    );
    // The output file holds dataset/TrainTree and dataset/TestTree with the
    // methods' outputs, in TMVA's layout.
    let output = tmva_burn::io::RootFile::open(dir.join("out.root")).unwrap();
    let test_tree = output.tree("dataset/TestTree").unwrap();
    let test = &loader.dataset().unwrap().test;
    assert_eq!(test_tree.entries(), test.len());
    for branch in [
        "classID",
        "className",
        "var1",
        "var4",
        "weight",
        "PyTorch",
        "Fisher",
    ] {
        assert!(
            test_tree.has_branch(branch),
            "{branch}: {}",
            test_tree.describe()
        );
    }
    let columns = test_tree
        .read_columns(&["PyTorch", "classID", "var2"])
        .unwrap();
    let net_outputs = &factory.methods()[1].outputs.as_ref().unwrap().test;
    assert_eq!(&columns[0], net_outputs);
    let classes: Vec<f32> = test.classes.iter().map(|&c| c as f32).collect();
    assert_eq!(columns[1], classes);
    assert_eq!(output.tree("dataset/TrainTree").unwrap().entries(), 8000);

    let plot = factory.roc_curve(&loader).unwrap();
    assert_eq!(plot.curves.len(), 2);
    let svg = dir.join("roc.svg");
    plot.save_svg(&svg).unwrap();
    assert!(std::fs::read_to_string(&svg).unwrap().contains("PyTorch"));
    let png = dir.join("roc.png");
    plot.save_png(&png).unwrap();
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let err = plot
        .save_png(dir.join("no-such-dir/roc.png"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("no-such-dir"), "{err}");

    // The trained network is a TorchScript archive beside the weight file.
    let trained = dir.join("dataset/weights/TrainedModel_PyTorch.pt");
    tmva_burn::pt::load_torchscript(&trained, &device).unwrap();

    // The Reader reproduces the factory's test outputs event by event.
    let mut reader = Reader::new("!Color:Silent").unwrap();
    for v in ["var1", "var2", "var3", "var4"] {
        reader.add_variable(v).unwrap();
    }
    for title in ["PyTorch", "Fisher"] {
        reader
            .book_mva(
                title,
                dir.join(format!("dataset/weights/Job_{title}.weights.xml")),
            )
            .unwrap();
    }
    for m in factory.methods() {
        let outputs = &m.outputs.as_ref().unwrap().test;
        let batch = reader.evaluate_batch(&m.title, &test.variables).unwrap();
        for i in 0..test.len() {
            let one = reader.evaluate_mva(&m.title, test.event(i)).unwrap();
            assert!(
                (one - outputs[i]).abs() <= 1e-6,
                "{}: {one} vs {}",
                m.title,
                outputs[i]
            );
            assert_eq!(batch[i], one);
        }
    }

    // A Reader declaring other variables is told which one differs.
    let mut wrong = Reader::new("Silent").unwrap();
    for v in ["var1", "var2", "x3", "var4"] {
        wrong.add_variable(v).unwrap();
    }
    let err = wrong
        .book_mva("F", dir.join("dataset/weights/Job_Fisher.weights.xml"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("x3") && err.contains("var3"), "{err}");
    let err = reader.evaluate(&[0.0; 4]).unwrap_err().to_string();
    assert!(err.contains("2 methods"), "{err}");
    let err = reader
        .evaluate_mva("Fisher", &[0.0; 3])
        .unwrap_err()
        .to_string();
    assert!(err.contains("4 variables"), "{err}");
}

#[test]
fn regression_targets_come_back_in_their_scale() {
    let dir = out_dir("workflow_regression");
    let mut loader = common::reg_example_loader();
    loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Regression=1000:nTest_Regression=500:SplitMode=Random:NormMode=NumEvents:!V",
        )
        .unwrap();
    let device = parse_device("cpu").unwrap();
    device.seed(5);
    let model = Sequential::builder(2)
        .linear(64)
        .tanh()
        .linear(1)
        .build(&device)
        .unwrap();
    let mut factory = Factory::new(
        "Reg",
        dir.join("out.root"),
        "Silent:AnalysisType=Regression",
    )
    .unwrap();
    factory.set_output_dir(&dir);
    factory
        .book_network(
            &loader,
            "PyTorch",
            "!H:!V:VarTransform=N:NumEpochs=20:BatchSize=32:Optimizer=Adam:LearningRate=0.01",
            model,
            CustomObjects::default(),
        )
        .unwrap();
    factory.train_all_methods().unwrap();
    factory.test_all_methods().unwrap();
    let results = factory.evaluate_all_methods().unwrap();
    let Evaluation::Regression(reports) = &results[0].1 else {
        panic!("{results:?}");
    };
    // fvalue spans ~0..300 with an RMS of ~60; a trained net is far better than its mean.
    let r = &reports[0];
    assert!(r.test.rms < 30.0 && r.test.rms > 0.0, "{r:?}");
    let test = &loader.dataset().unwrap().test;
    let spread = {
        let mean = test.targets.iter().map(|&t| t as f64).sum::<f64>() / test.len() as f64;
        (test
            .targets
            .iter()
            .map(|&t| (t as f64 - mean).powi(2))
            .sum::<f64>()
            / test.len() as f64)
            .sqrt()
    };
    assert!(
        r.test.rms < spread / 2.0,
        "{} vs target spread {spread}",
        r.test.rms
    );

    let mut reader = Reader::new("Silent").unwrap();
    reader
        .book_mva(
            "PyTorch",
            dir.join("dataset/weights/Reg_PyTorch.weights.xml"),
        )
        .unwrap();
    let outputs = &factory.methods()[0].outputs.as_ref().unwrap().test;
    // The network agrees within 1e-6 in its own (normalised) output units;
    // N maps one unit back to half the target's training range.
    let train = &loader.dataset().unwrap().train;
    let (lo, hi) = train
        .targets
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), &t| {
            (a.min(t), b.max(t))
        });
    let tolerance = 2e-6 * (hi - lo) / 2.0;
    for (i, expected) in outputs.iter().enumerate() {
        let y = reader
            .evaluate_regression("PyTorch", test.event(i))
            .unwrap();
        assert!((y[0] - expected).abs() <= tolerance, "{y:?} vs {expected}");
    }
    let err = reader
        .evaluate_multiclass("PyTorch", test.event(0))
        .unwrap_err()
        .to_string();
    assert!(err.contains("Regression"), "{err}");
}

#[test]
fn multiclass_gives_per_class_roc_and_confusion() {
    let dir = out_dir("workflow_multiclass");
    let mut loader = common::multiclass_example_loader();
    loader
        .prepare_training_and_test_tree("", "SplitMode=Random:NormMode=NumEvents:!V")
        .unwrap();
    let device = parse_device("cpu").unwrap();
    device.seed(9);
    let model = Sequential::builder(4)
        .linear(32)
        .relu()
        .linear(4)
        .softmax(1)
        .build(&device)
        .unwrap();
    let mut factory = Factory::new(
        "Multi",
        dir.join("out.root"),
        "Silent:AnalysisType=Multiclass",
    )
    .unwrap();
    factory.set_output_dir(&dir);
    let err = booking_error(&mut factory, &loader, MethodKind::Fisher, "Fisher", "");
    assert!(err.contains("two-class"), "{err}");
    let custom = CustomObjects {
        criterion: Some(tmva_burn::nn::Criterion::Loss(Loss::mse())),
        ..CustomObjects::default()
    };
    factory
        .book_network(
            &loader,
            "PyTorch",
            "!H:!V:VarTransform=D,G:NumEpochs=10:BatchSize=32",
            model,
            custom,
        )
        .unwrap();
    factory.train_all_methods().unwrap();
    factory.test_all_methods().unwrap();
    let results = factory.evaluate_all_methods().unwrap();
    let Evaluation::Multiclass {
        roc_integrals,
        confusion,
    } = &results[0].1
    else {
        panic!("{results:?}");
    };
    assert_eq!(roc_integrals.len(), 4);
    assert!(roc_integrals.iter().all(|&a| a > 0.6), "{roc_integrals:?}");
    let diagonal: f64 = (0..4).map(|k| confusion[k][k]).sum();
    let total: f64 = confusion.iter().flatten().sum();
    assert!(diagonal / total > 0.4, "{confusion:?}");

    let mut reader = Reader::new("Silent").unwrap();
    reader
        .book_mva(
            "PyTorch",
            dir.join("dataset/weights/Multi_PyTorch.weights.xml"),
        )
        .unwrap();
    let test = &loader.dataset().unwrap().test;
    let outputs = &factory.methods()[0].outputs.as_ref().unwrap().test;
    let y = reader
        .evaluate_multiclass("PyTorch", test.event(0))
        .unwrap();
    for k in 0..4 {
        assert!((y[k] - outputs[k]).abs() <= 1e-6);
    }
}

/// The error message of a booking that must fail.
fn booking_error(
    factory: &mut Factory,
    loader: &DataLoader,
    kind: MethodKind,
    title: &str,
    options: &str,
) -> String {
    factory
        .book_method(loader, kind, title, options)
        .unwrap_err()
        .to_string()
}

#[test]
fn workflow_mistakes_are_clear_errors() {
    let device = parse_device("cpu").unwrap();
    let unprepared = common::class_example_loader();
    let mut factory = Factory::new("J", "out.root", "Silent").unwrap();
    let err = booking_error(&mut factory, &unprepared, MethodKind::Fisher, "Fisher", "");
    assert!(err.contains("prepare_training_and_test_tree"), "{err}");

    let loader = prepared_class_loader();
    let err = booking_error(
        &mut factory,
        &loader,
        MethodKind::PyTorch,
        "PyTorch",
        "UserCode=train.py",
    );
    assert!(err.contains("CustomObjects"), "{err}");
    let err = booking_error(
        &mut factory,
        &loader,
        MethodKind::PyTorch,
        "PyTorch",
        "NumEpochs=2",
    );
    assert!(err.contains("FilenameModel"), "{err}");
    let err = factory
        .book_method(
            &loader,
            MethodKind::PyTorch,
            "PyTorch",
            "FilenameModel=/no/such/model.pt",
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("/no/such/model.pt"), "{err}");
    let wrong_width = Sequential::builder(3).linear(2).build(&device).unwrap();
    let err = factory
        .book_network(&loader, "Net", "", wrong_width, CustomObjects::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("4 inputs"), "{err}");
    factory
        .book_method(&loader, MethodKind::Fisher, "Fisher", "Mahalanobis")
        .unwrap();
    let err = booking_error(&mut factory, &loader, MethodKind::Fisher, "Fisher", "");
    assert!(err.contains("already booked"), "{err}");
    let err = booking_error(
        &mut factory,
        &loader,
        MethodKind::Fisher,
        "F2",
        "CreateMVAPdfs",
    );
    assert!(err.contains("CreateMVAPdfs"), "{err}");
    let err = factory.evaluate_all_methods().unwrap_err().to_string();
    assert!(err.contains("test_all_methods"), "{err}");
    let err = Factory::new("J", "o.root", "AnalysisType=Clustering")
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("AnalysisType"), "{err}");
}

#[test]
fn continue_training_starts_from_the_trained_model() {
    let dir = out_dir("workflow_continue");
    let loader = prepared_class_loader();
    let device = parse_device("cpu").unwrap();
    // One set of initial weights for every run (Burn's RNG is shared by the
    // test threads, so seeding before each build would not reproduce them).
    let initial = Sequential::builder(4)
        .linear(16)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)
        .unwrap();
    let run = |options: &str| {
        let model = initial.clone();
        let mut factory = Factory::new("Cont", dir.join("out.root"), "Silent").unwrap();
        factory.set_output_dir(&dir);
        factory
            .book_network(&loader, "PyTorch", options, model, CustomObjects::default())
            .unwrap();
        factory.train_all_methods().map(|()| {
            let history = factory.methods()[0].history.clone().unwrap();
            history
                .epochs
                .iter()
                .map(|e| e.train_loss)
                .collect::<Vec<f64>>()
        })
    };
    let err = run("VarTransform=D,G:NumEpochs=2:BatchSize=32:ContinueTraining")
        .unwrap_err()
        .to_string();
    assert!(err.contains("TrainedModel_PyTorch.pt"), "{err}");
    let first = run("VarTransform=D,G:NumEpochs=4:BatchSize=32:!SaveBestOnly").unwrap();
    let continued =
        run("VarTransform=D,G:NumEpochs=1:BatchSize=32:ContinueTraining:!SaveBestOnly").unwrap();
    let fresh = run("VarTransform=D,G:NumEpochs=1:BatchSize=32").unwrap();
    // A fresh start repeats the first run's first epoch; a continued one picks up
    // below where the first run ended.
    assert_eq!(fresh[0], first[0]);
    assert!(
        continued[0] < first[0] && continued[0] <= first[3] * 1.01,
        "{first:?} {continued:?}"
    );
}
