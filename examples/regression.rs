//! TMVA's PyTorch regression tutorial (`RegressionPyTorch.py`) in Rust:
//! `var1`, `var2` → `fvalue` from `tmva_reg_example.root` (1000 training
//! events, random split), a 2-64-1 Tanh network made as a model.pt, trained
//! 20 epochs with batch 32, SGD and MSE on D,G-transformed inputs; outputs
//! come back in `fvalue`'s scale. Prints the regression evaluation; writes
//! `model_regression.pt` and `dataset/weights/`.
//!
//! Run: `cargo run --release --example regression`

use tmva_burn::data::DataLoader;
use tmva_burn::factory::{Factory, MethodKind};
use tmva_burn::io::RootFile;
use tmva_burn::prelude::*;

fn main() -> Result<()> {
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/tmva_reg_example.root"
    );
    let mut loader = DataLoader::new("dataset");
    loader.add_variable("var1")?;
    loader.add_variable("var2")?;
    loader.add_target("fvalue")?;
    let input = RootFile::open(data)?;
    loader.add_regression_tree(input.tree("TreeR")?, 1.0)?;
    loader.prepare_training_and_test_tree(
        "",
        "nTrain_Regression=1000:SplitMode=Random:NormMode=NumEvents:!V",
    )?;

    let device = parse_device("cpu")?;
    device.seed(100);
    Sequential::builder(2)
        .linear(64)
        .tanh()
        .linear(1)
        .build(&device)?
        .save_torchscript("model_regression.pt")?;

    let mut factory = Factory::new(
        "TMVARegression",
        "TMVA_RegressionPyTorch.root",
        "!V:!Silent:Color:DrawProgressBar:AnalysisType=Regression:Report=TMVA_RegressionPyTorch.html",
    )?;
    factory.book_method(
        &loader,
        MethodKind::PyTorch,
        "PyTorch",
        "!H:!V:VarTransform=D,G:FilenameModel=model_regression.pt:FilenameTrainedModel=dataset/weights/trainedModelRegression.pt:NumEpochs=20:BatchSize=32",
    )?;
    factory.train_all_methods()?;
    factory.test_all_methods()?;
    factory.evaluate_all_methods()?;
    Ok(())
}
