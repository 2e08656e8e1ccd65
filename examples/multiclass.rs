//! TMVA's PyTorch multiclass tutorial (`MulticlassPyTorch.py`) in Rust:
//! four classes (Signal, bg0, bg1, bg2) of `tmva_multiclass_example.root`,
//! four variables, a 4-32-4 ReLU/Softmax network made as a model.pt, trained
//! 20 epochs with batch 32 and cross-entropy on D,G-transformed inputs.
//! Prints the per-class ROC integrals and the confusion matrix; writes
//! `model_multiclass.pt` and `dataset/weights/`.
//!
//! Run: `cargo run --release --example multiclass`

use tmva_burn::data::{DataLoader, TreeType};
use tmva_burn::factory::{Factory, MethodKind};
use tmva_burn::io::RootFile;
use tmva_burn::prelude::*;

fn main() -> Result<()> {
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/tmva_multiclass_example.root"
    );
    let mut loader = DataLoader::new("dataset");
    for v in ["var1", "var2", "var3", "var4"] {
        loader.add_variable(v)?;
    }
    let input = RootFile::open(data)?;
    for (tree, class) in [
        ("TreeS", "Signal"),
        ("TreeB0", "bg0"),
        ("TreeB1", "bg1"),
        ("TreeB2", "bg2"),
    ] {
        loader.add_tree(input.tree(tree)?, class, 1.0, TreeType::Both)?;
    }
    loader.prepare_training_and_test_tree("", "SplitMode=Random:NormMode=NumEvents:!V")?;

    let device = parse_device("cpu")?;
    device.seed(100);
    Sequential::builder(4)
        .linear(32)
        .relu()
        .linear(4)
        .softmax(1)
        .build(&device)?
        .save_torchscript("model_multiclass.pt")?;

    let mut factory = Factory::new(
        "TMVAMulticlass",
        "TMVA_MulticlassPyTorch.root",
        "!V:!Silent:Color:DrawProgressBar:Transformations=D,G:AnalysisType=Multiclass:Report=TMVA_MulticlassPyTorch.html",
    )?;
    factory.book_method(
        &loader,
        MethodKind::PyTorch,
        "PyTorch",
        "!H:!V:VarTransform=D,G:FilenameModel=model_multiclass.pt:FilenameTrainedModel=dataset/weights/trainedModelMulticlass.pt:NumEpochs=20:BatchSize=32:Loss=CrossEntropyLoss",
    )?;
    factory.train_all_methods()?;
    factory.test_all_methods()?;
    factory.evaluate_all_methods()?;
    Ok(())
}
