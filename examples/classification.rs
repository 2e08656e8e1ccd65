//! TMVA's PyTorch classification tutorial (`ClassificationPyTorch.py`) in
//! Rust: the signal and background trees of `tmva_class_example.root`, four
//! variables, 4000 training events per class (random split, NumEvents
//! normalisation), a 4-64-2 ReLU/Softmax network made as a model.pt and
//! trained 20 epochs with batch 32 on D,G-transformed inputs, and Fisher
//! beside it. Prints TMVA's evaluation and writes, in the working
//! directory, `model.pt`, `dataset/weights/` (trained model and weight
//! files) and `ROC_ClassificationPyTorch.png`.
//!
//! Run: `cargo run --release --example classification [-- --device cpu --seed 100]`

use tmva_burn::data::DataLoader;
use tmva_burn::factory::{Evaluation, Factory, MethodKind};
use tmva_burn::io::RootFile;
use tmva_burn::prelude::*;

fn arg(name: &str, default: &str) -> String {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| default.to_string())
}

fn main() -> Result<()> {
    let device_name = arg("--device", "cpu");
    let seed: u64 = arg("--seed", "100")
        .parse()
        .map_err(|_| Error::option("--seed", "not an integer"))?;
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/tmva_class_example.root"
    );

    let mut loader = DataLoader::new("dataset");
    for v in ["var1", "var2", "var3", "var4"] {
        loader.add_variable(v)?;
    }
    let input = RootFile::open(data)?;
    loader.add_signal_tree(input.tree("TreeS")?, 1.0)?;
    loader.add_background_tree(input.tree("TreeB")?, 1.0)?;
    loader.prepare_training_and_test_tree(
        "",
        &format!(
            "nTrain_Signal=4000:nTrain_Background=4000:SplitMode=Random:SplitSeed={seed}:NormMode=NumEvents:!V"
        ),
    )?;

    // The model, as the tutorial makes it in PyTorch and saves as model.pt.
    let device = parse_device(&device_name)?;
    device.seed(seed);
    let model = Sequential::builder(4)
        .linear(64)
        .relu()
        .linear(2)
        .softmax(1)
        .build(&device)?;
    model.save_torchscript("model.pt")?;

    let mut factory = Factory::new(
        "TMVAClassification",
        "TMVA_ClassificationPyTorch.root",
        "!V:!Silent:Color:DrawProgressBar:Transformations=D,G:AnalysisType=Classification:Report=TMVA_ClassificationPyTorch.html",
    )?;
    factory.book_method(
        &loader,
        MethodKind::Fisher,
        "Fisher",
        "!H:!V:Fisher:VarTransform=D,G",
    )?;
    factory.book_method(
        &loader,
        MethodKind::PyTorch,
        "PyTorch",
        &format!(
            "H:!V:VarTransform=D,G:FilenameModel=model.pt:FilenameTrainedModel=dataset/weights/trainedModelClassification.pt:NumEpochs=20:BatchSize=32:Seed={seed}:Device={device_name}"
        ),
    )?;
    factory.train_all_methods()?;
    factory.test_all_methods()?;
    let results = factory.evaluate_all_methods()?;
    factory
        .roc_curve(&loader)?
        .save_png("ROC_ClassificationPyTorch.png")?;
    for (title, evaluation) in &results {
        if let Evaluation::Classification(r) = evaluation {
            println!("ROC integral of {title}: {:.4}", r.roc_integral);
        }
    }
    Ok(())
}
