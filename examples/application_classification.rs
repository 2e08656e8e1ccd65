//! TMVA's `ApplicationClassificationPyTorch.py` in Rust: a Reader books the
//! methods trained by the classification example (run that first, in the
//! same working directory) and applies them to every event of
//! `tmva_class_example.root`, one event at a time, printing the mean
//! response per class and the time per event.
//!
//! Run: `cargo run --release --example classification && cargo run --release --example application_classification`

use std::time::Instant;

use tmva_burn::io::RootFile;
use tmva_burn::prelude::*;
use tmva_burn::reader::Reader;

fn main() -> Result<()> {
    let mut reader = Reader::new("!Color:Silent")?;
    for v in ["var1", "var2", "var3", "var4"] {
        reader.add_variable(v)?;
    }
    let methods = ["PyTorch", "Fisher"];
    for title in methods {
        reader.book_mva(
            title,
            format!("dataset/weights/TMVAClassification_{title}.weights.xml"),
        )?;
    }
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/tmva_class_example.root"
    );
    let input = RootFile::open(data)?;
    for tree in ["TreeS", "TreeB"] {
        let columns = input
            .tree(tree)?
            .read_columns(&["var1", "var2", "var3", "var4"])?;
        let n = columns[0].len();
        for title in methods {
            let start = Instant::now();
            let mut sum = 0.0f64;
            let mut event = [0.0f32; 4];
            for i in 0..n {
                for (v, c) in event.iter_mut().zip(&columns) {
                    *v = c[i];
                }
                sum += reader.evaluate_mva(title, &event)? as f64;
            }
            let per_event = start.elapsed().as_secs_f64() / n as f64;
            println!(
                "{tree}: {title:<8} mean response {:.4} over {n} events, {:.0} ns per event",
                sum / n as f64,
                per_event * 1e9
            );
        }
    }
    Ok(())
}
