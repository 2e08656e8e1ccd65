//! The TMVA workflow's speed on the classification tutorial
//! (`tmva_class_example.root`, 4000 training events per class, D,G):
//! - W1 method: the PyTorch method's whole training through the Factory
//!   (transformations fitted and applied, 20 epochs of a 4-64-2 network with
//!   batch 32, validation, the trained model written as TorchScript), i.e.
//!   `train_all_methods` for one booked network.
//! - W2 Reader: one event through `Reader::evaluate_mva` for the tutorial's
//!   trained network with its D,G transformations (TMVA's PyTorch reader
//!   calls Python per event), for Fisher with D,G, and for the same network
//!   trained without transformations.
//!
//! Run: `cargo bench --bench workflow`.

use criterion::{Criterion, criterion_group, criterion_main};
use tmva_burn::data::DataLoader;
use tmva_burn::factory::Factory;
use tmva_burn::io::RootFile;
use tmva_burn::nn::CustomObjects;
use tmva_burn::prelude::*;
use tmva_burn::reader::Reader;

fn loader() -> DataLoader {
    let file = RootFile::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/tmva_class_example.root"
    ))
    .expect("example data");
    let mut loader = DataLoader::new("dataset");
    for v in ["var1", "var2", "var3", "var4"] {
        loader.add_variable(v).expect("variable");
    }
    loader
        .add_signal_tree(file.tree("TreeS").expect("TreeS"), 1.0)
        .expect("signal");
    loader
        .add_background_tree(file.tree("TreeB").expect("TreeB"), 1.0)
        .expect("background");
    loader
        .prepare_training_and_test_tree(
            "",
            "nTrain_Signal=4000:nTrain_Background=4000:SplitMode=Random:NormMode=NumEvents:!V",
        )
        .expect("split");
    loader
}

/// The W1 network booked as `PyTorch` (D,G); with `for_reader`, also
/// Fisher (D,G) and the network without transformations (`PyTorchPlain`).
fn factory(dir: &std::path::Path, loader: &DataLoader, for_reader: bool) -> Factory {
    let device = parse_device("cpu").expect("cpu");
    let model = || {
        Sequential::builder(4)
            .linear(64)
            .relu()
            .linear(2)
            .softmax(1)
            .build(&device)
            .expect("model")
    };
    let mut f =
        Factory::new("Bench", dir.join("out.root"), "Silent:!DrawProgressBar").expect("factory");
    f.set_output_dir(dir);
    f.book_network(
        loader,
        "PyTorch",
        "VarTransform=D,G:NumEpochs=20:BatchSize=32",
        model(),
        CustomObjects::default(),
    )
    .expect("book");
    if for_reader {
        f.book_network(
            loader,
            "PyTorchPlain",
            "NumEpochs=20:BatchSize=32",
            model(),
            CustomObjects::default(),
        )
        .expect("book");
        f.book_method(
            loader,
            tmva_burn::factory::MethodKind::Fisher,
            "Fisher",
            "VarTransform=D,G",
        )
        .expect("book Fisher");
    }
    f
}

fn benches(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("tmva-burn-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let loader = loader();

    let mut group = c.benchmark_group("w1");
    group.sample_size(10);
    group.bench_function("pytorch_method_train_all_methods", |b| {
        b.iter_batched(
            || factory(&dir, &loader, false),
            |mut f| f.train_all_methods().expect("train"),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();

    let mut f = factory(&dir, &loader, true);
    f.train_all_methods().expect("train");
    let mut reader = Reader::new("Silent").expect("reader");
    for title in ["PyTorch", "Fisher", "PyTorchPlain"] {
        reader
            .book_mva(
                title,
                dir.join(format!("dataset/weights/Bench_{title}.weights.xml")),
            )
            .expect("book");
    }
    let test = &loader.dataset().expect("prepared").test;
    let mut group = c.benchmark_group("w2");
    for (title, bench) in [
        ("PyTorch", "reader_single_event_PyTorch_DG"),
        ("Fisher", "reader_single_event_Fisher_DG"),
        ("PyTorchPlain", "reader_single_event_PyTorch_no_transform"),
    ] {
        let mut i = 0;
        group.bench_function(bench, |b| {
            b.iter(|| {
                i = (i + 1) % test.len();
                reader.evaluate_mva(title, test.event(i)).expect("evaluate")
            })
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(workflow, benches);
criterion_main!(workflow);
