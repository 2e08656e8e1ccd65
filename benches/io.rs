//! W5: reading `var1..var4` from `examples/data/tmva_class_example.root`,
//! and 20 float branches of 1,000,000 events from a larger file, into the
//! f32 columns the DataLoader uses. The larger file is written on first use
//! (uncompressed, by the vendored writer) to
//! `target/bench-data/large_1M_20.root`; `benches/uproot_read.py` times
//! uproot on the same files for BENCHMARKS.md. The same 1,000,000 x 20 floats
//! written by real ROOT 6.40 (RDataFrame Snapshot) with ZLIB and with ZSTD
//! are read too when `benches/make_big_root_files.py` has written them
//! (`target/bench-data/w5_zlib.root`, `w5_zstd.root`); `benches/w5_compare.sh`
//! does both and prints the ratios.
//!
//! Run: `cargo bench --bench io`.

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tmva_burn::data::DataLoader;
use tmva_burn::io::RootFile;

const LARGE_EVENTS: usize = 1_000_000;
const LARGE_BRANCHES: usize = 20;

fn large_file() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    let path = dir.join("large_1M_20.root");
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).expect("bench-data directory");
    let tmp = dir.join("large_1M_20.root.partial");
    let mut file = oxyroot::RootFile::create(&tmp).expect("create bench file");
    let mut tree = oxyroot::WriterTree::new("events");
    for b in 0..LARGE_BRANCHES {
        // A cheap deterministic pseudo-random sequence per branch.
        let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (b as u64 + 1);
        let values = (0..LARGE_EVENTS).map(move |_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32 - 0.5
        });
        tree.new_branch(format!("x{b:02}"), values);
    }
    tree.write(&mut file).expect("write bench tree");
    file.close().expect("close bench file");
    std::fs::rename(&tmp, &path).expect("move bench file in place");
    path
}

fn w5(c: &mut Criterion) {
    let class = RootFile::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/tmva_class_example.root"
    ))
    .expect("class example");
    let tree = class.tree("TreeS").expect("TreeS");
    let mut group = c.benchmark_group("w5");
    group.throughput(Throughput::Elements(tree.entries() as u64));
    group.bench_function("class_example_var1_to_var4", |b| {
        b.iter(|| {
            tree.read_columns(&["var1", "var2", "var3", "var4"])
                .expect("reads")
        })
    });
    let large = RootFile::open(large_file()).expect("large file");
    let tree = large.tree("events").expect("events");
    let names: Vec<String> = (0..LARGE_BRANCHES).map(|b| format!("x{b:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    group.throughput(Throughput::Elements(LARGE_EVENTS as u64));
    group.sample_size(10);
    group.bench_function("large_1M_events_20_branches", |b| {
        b.iter(|| tree.read_columns(&refs).expect("reads"))
    });
    for name in ["w5_zlib", "w5_zstd"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/bench-data")
            .join(format!("{name}.root"));
        if !path.exists() {
            eprintln!(
                "{} is missing: run benches/make_big_root_files.py",
                path.display()
            );
            continue;
        }
        let root_names: Vec<String> = (0..LARGE_BRANCHES).map(|b| format!("x{b}")).collect();
        let root_refs: Vec<&str> = root_names.iter().map(String::as_str).collect();
        group.bench_function(format!("root640_{name}_1M_events_20_branches"), |b| {
            b.iter(|| {
                RootFile::open(&path)
                    .expect("opens")
                    .tree("events")
                    .expect("events")
                    .read_columns(&root_refs)
                    .expect("reads")
            })
        });
    }
    // The whole DataLoader: read, split (Random), renormalise, mix.
    let prepare = || {
        let mut loader = DataLoader::new("bench");
        for name in &names {
            loader.add_variable(name).expect("variable");
        }
        loader.add_signal_tree(tree.clone(), 1.0).expect("tree");
        loader
            .prepare_training_and_test_tree("", "NormMode=None")
            .expect("prepares")
            .clone()
    };
    let ds = prepare();
    let raw = 4 * LARGE_EVENTS * LARGE_BRANCHES;
    eprintln!(
        "DataSet of {LARGE_EVENTS} events x {LARGE_BRANCHES} variables: {} bytes, {:.3}x the raw f32 size",
        ds.train.heap_bytes() + ds.test.heap_bytes(),
        (ds.train.heap_bytes() + ds.test.heap_bytes()) as f64 / raw as f64
    );
    group.bench_function("dataloader_prepare_1M_events_20_variables", |b| {
        b.iter(prepare)
    });
    group.finish();
}

criterion_group!(benches, w5);
criterion_main!(benches);
