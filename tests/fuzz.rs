//! Seeded mutation fuzzing of every input family: model files (`.pt`),
//! ROOT files, job files, option strings, expressions, CSV and weight
//! files. Each case mutates a valid input (bytes, or tokens of text) and
//! feeds it to the same entry points the command line and the library use;
//! any panic fails the test and leaves the input under
//! `target/tmp/fuzz/<family>/` to reproduce it. A crash (stack overflow,
//! abort) ends the process, which fails the test as well.
//!
//! CI runs 2,000 cases per family; `FUZZ_CASES` and `FUZZ_SEED` change the
//! count and the seed (`benches/fuzz_long.sh` runs 100,000 per family and
//! writes RELIABILITY.md's table).

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tmva_burn::data::DataLoader;
use tmva_burn::data::MemoryTable;
use tmva_burn::data::expr::{Columns, Expr, eval_rows};
use tmva_burn::factory::{Factory, FactoryConfig, MethodKind};
use tmva_burn::io::{ColumnData, RootFile};
use tmva_burn::nn::{NoCustom, Sequential};
use tmva_burn::pt::{self, ImportLimits, PtFormat};
use tmva_burn::reader::Reader;

fn cases() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

fn seed() -> u64 {
    std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2026)
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn work_dir(family: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("fuzz")
        .join(family);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Values that break parsers: boundaries, signs, special floats.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2147483647",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "1000000000",
    "1e308",
    "-1e308",
    "1e-320",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "0.5",
    "",
];

/// Mutations of bytes and of text.
struct Mutator {
    rng: StdRng,
}

impl Mutator {
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.random_range(0..items.len())]
    }

    /// One to four stacked byte mutations of `input`.
    fn bytes(&mut self, input: &[u8]) -> Vec<u8> {
        let mut out = input.to_vec();
        for _ in 0..self.rng.random_range(1..=4) {
            let len = out.len();
            let at = if len == 0 {
                0
            } else {
                self.rng.random_range(0..len)
            };
            match self.rng.random_range(0..9) {
                0 if len > 0 => out[at] ^= 1 << self.rng.random_range(0..8),
                1 if len > 0 => out[at] = *self.pick(&[0u8, 1, 0x7f, 0x80, 0xff]),
                2 if len >= at + 4 => {
                    let v: u32 =
                        *self.pick(&[0, 1, u32::MAX, 0x7fff_ffff, 0x8000_0000, len as u32]);
                    let bytes = if self.rng.random() {
                        v.to_be_bytes()
                    } else {
                        v.to_le_bytes()
                    };
                    out[at..at + 4].copy_from_slice(&bytes);
                }
                3 => {
                    let n = self.rng.random_range(1..=16);
                    let junk: Vec<u8> = (0..n).map(|_| self.rng.random()).collect();
                    out.splice(at..at, junk);
                }
                4 if len > 0 => {
                    let end = (at + self.rng.random_range(1..=64)).min(len);
                    out.drain(at..end);
                }
                5 if len > 0 => {
                    let end = (at + self.rng.random_range(1..=64)).min(len);
                    let copy = out[at..end].to_vec();
                    let to = self.rng.random_range(0..=len);
                    out.splice(to..to, copy);
                }
                6 if len > 0 => out.truncate(at),
                7 if len >= at + 8 => {
                    let v: u64 = *self.pick(&[0, u64::MAX, i64::MAX as u64, 1 << 40]);
                    out[at..at + 8].copy_from_slice(&v.to_be_bytes());
                }
                _ => {
                    if len > 0 {
                        out[at] = self.rng.random();
                    }
                }
            }
        }
        out
    }

    /// Text mutations: byte edits, dictionary tokens and numbers inserted or
    /// replacing a token, a token repeated (deep nesting, long lists).
    fn text(&mut self, input: &str, dictionary: &[&str]) -> String {
        let mut out = input.to_string();
        // Mostly one edit, so that many cases get past the first check.
        let edits = *self.pick(&[1, 1, 1, 2, 3]);
        for _ in 0..edits {
            let boundaries: Vec<usize> = (0..=out.len())
                .filter(|&i| out.is_char_boundary(i))
                .collect();
            let at = *self.pick(&boundaries);
            match self.rng.random_range(0..8) {
                0 => {
                    let token = *self.pick(dictionary);
                    out.insert_str(at, token);
                }
                1 => {
                    let number = *self.pick(NUMBERS);
                    out.insert_str(at, number);
                }
                2 => {
                    // Replace the run of digits, letters or dots at `at`.
                    let end = out[at..]
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
                        .map_or(out.len(), |k| at + k);
                    let with = if self.rng.random() {
                        *self.pick(NUMBERS)
                    } else {
                        *self.pick(dictionary)
                    };
                    out.replace_range(at..end, with);
                }
                3 => {
                    let token = *self.pick(dictionary);
                    let n = *self.pick(&[2usize, 10, 300, 5_000, 50_000]);
                    out.insert_str(at, &token.repeat(n));
                }
                4 => {
                    let end = *self.pick(&boundaries);
                    let (a, b) = (at.min(end), at.max(end));
                    if b - a < 200 {
                        out.replace_range(a..b, "");
                    }
                }
                5 => {
                    let end = *self.pick(&boundaries);
                    let (a, b) = (at.min(end), at.max(end));
                    if b - a < 400 {
                        let copy = out[a..b].to_string();
                        out.insert_str(b, &copy);
                    }
                }
                6 => out.truncate(at),
                _ => {
                    let bytes = self.bytes(out.as_bytes());
                    out = String::from_utf8_lossy(&bytes).into_owned();
                }
            }
        }
        out
    }
}

/// What one family's run found.
#[derive(Debug, Default)]
struct Report {
    cases: usize,
    accepted: usize,
    panics: Vec<PathBuf>,
    slowest: Duration,
}

/// Runs `cases()` cases of `family`: `make` builds an input from the
/// mutator, `save` writes it where a failing case is kept, `check` runs it
/// and says whether it was accepted. Every unmutated input in `originals`
/// must be accepted, or the mutations would only test the first check.
fn fuzz<I: std::fmt::Debug>(
    family: &str,
    originals: &[I],
    mut make: impl FnMut(&mut Mutator) -> I,
    save: impl Fn(&I, &Path),
    mut check: impl FnMut(&I) -> bool,
) -> Report {
    for original in originals {
        assert!(
            check(original),
            "{family}: the original {original:?} is refused"
        );
    }
    let seed = seed()
        ^ family
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31) + b as u64);
    let mut mutator = Mutator {
        rng: StdRng::seed_from_u64(seed),
    };
    let dir = work_dir(family);
    let mut report = Report::default();
    let n = cases();
    for case in 0..n {
        let input = make(&mut mutator);
        let start = Instant::now();
        match std::panic::catch_unwind(AssertUnwindSafe(|| check(&input))) {
            Ok(accepted) => report.accepted += accepted as usize,
            Err(_) => {
                let kept = dir.join(format!("panic_{seed}_{case}"));
                save(&input, &kept);
                report.panics.push(kept);
            }
        }
        report.slowest = report.slowest.max(start.elapsed());
        report.cases += 1;
        if n >= 10_000 && (case + 1) % 10_000 == 0 {
            eprintln!("{family}: {} cases", case + 1);
        }
    }
    eprintln!(
        "FUZZ {family}: {} cases, {} accepted, {} panics, slowest {:.3} s",
        report.cases,
        report.accepted,
        report.panics.len(),
        report.slowest.as_secs_f64()
    );
    assert!(
        report.panics.is_empty(),
        "{family}: {} panics; inputs kept at {:?}",
        report.panics.len(),
        report.panics
    );
    report
}

/// [`fuzz`] of text made from `seeds` with `dictionary`'s tokens.
fn fuzz_text(
    family: &str,
    seeds: &[&str],
    dictionary: &[&str],
    check: impl FnMut(&String) -> bool,
) {
    let originals: Vec<String> = seeds.iter().map(|s| s.to_string()).collect();
    fuzz(
        family,
        &originals,
        |m| {
            let seed = *m.pick(seeds);
            m.text(seed, dictionary)
        },
        save_text,
        check,
    );
}

fn save_bytes(input: &Vec<u8>, path: &Path) {
    std::fs::write(path, input).unwrap();
}

fn save_text(input: &String, path: &Path) {
    std::fs::write(path, input).unwrap();
}

/// Rewrites one entry of a zip archive (stored, as PyTorch writes), so
/// that mutations reach the pickles and code behind the zip's checksums.
fn mutate_zip_entry(bytes: &[u8], m: &mut Mutator) -> Option<Vec<u8>> {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let target = m.rng.random_range(0..zip.len());
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).ok()?;
        let name = entry.name().ok()?.to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).ok()?;
        if i == target {
            data = if name.ends_with(".py") || name.ends_with("version") {
                m.text(
                    &String::from_utf8_lossy(&data),
                    &[
                        "(", ")", ":", "def ", "self.", "\n    ", "torch.", "Tensor", "[", "]", ",",
                    ],
                )
                .into_bytes()
            } else {
                m.bytes(&data)
            };
        }
        out.start_file(name, options).ok()?;
        out.write_all(&data).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}

#[test]
fn model_files() {
    let fixtures: Vec<Vec<u8>> = std::fs::read_dir(manifest().join("models/fixtures"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pt"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    let path = work_dir("model_pt").join("case.pt");
    let device = tmva_burn::device::parse_device("cpu").unwrap();
    fuzz(
        "model_pt",
        &fixtures,
        |m| {
            let seed = m.pick(&fixtures).clone();
            if m.rng.random_range(0..4) == 0 {
                m.bytes(&seed)
            } else {
                mutate_zip_entry(&seed, m).unwrap_or_else(|| m.bytes(&seed))
            }
        },
        save_bytes,
        |bytes| {
            std::fs::write(&path, bytes).unwrap();
            match pt::detect_format(&path) {
                Ok(PtFormat::Torchscript) => {
                    // A custom layer's model inspects but does not load
                    // without its registry.
                    let inspected = pt::inspect_torchscript(&path, &ImportLimits::default());
                    if let Ok(imported) = pt::load_torchscript(&path, &device) {
                        let x = vec![0.5f32; imported.model.n_inputs()];
                        let _ = imported.model.predict(&x, &device);
                    }
                    inspected.is_ok()
                }
                Ok(PtFormat::TorchSave) => pt::read_state_dict(&path).is_ok(),
                Err(_) => false,
            }
        },
    );
}

#[test]
fn root_files() {
    let fixtures: Vec<Vec<u8>> = std::fs::read_dir(manifest().join("tests/data/root640"))
        .unwrap()
        .flatten()
        .filter(|e| {
            // Files made to be refused are left out: originals must read.
            e.path().extension().is_some_and(|x| x == "root")
                && !e.file_name().to_string_lossy().contains("unsupported")
                && e.metadata().is_ok_and(|m| m.len() < 200_000)
        })
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    assert!(fixtures.len() >= 10, "{}", fixtures.len());
    let path = work_dir("root").join("case.root");
    fuzz(
        "root",
        &fixtures,
        |m| {
            let seed = m.pick(&fixtures).clone();
            m.bytes(&seed)
        },
        save_bytes,
        |bytes| {
            std::fs::write(&path, bytes).unwrap();
            read_root_file(&path)
        },
    );
}

/// Opens a ROOT file and reads every branch of every tree; whether all of it read.
fn read_root_file(path: &Path) -> bool {
    let Ok(file) = RootFile::open(path) else {
        return false;
    };
    let mut all = true;
    for name in file.tree_names() {
        let Ok(tree) = file.tree(name) else {
            all = false;
            continue;
        };
        let branches: Vec<String> = tree.branches().iter().map(|b| b.name.clone()).collect();
        let names: Vec<&str> = branches.iter().map(String::as_str).collect();
        all &= tree.read_branches(&names).is_ok();
        all &= tree.entry_windows(&names, 100).is_ok();
    }
    all
}

/// Inputs the fuzzing found (kept in `tests/data/fuzz_found/`), each refused
/// with an error now.
#[test]
fn found_cases_are_refused_cleanly() {
    let dir = manifest().join("tests/data/fuzz_found");
    let mut found = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "root") {
            assert!(!read_root_file(&path), "{} reads", path.display());
            found += 1;
        }
    }
    assert!(found >= 1);
}

#[test]
fn job_files() {
    let data = manifest().join("examples/data");
    let seeds: Vec<String> = ["classification", "regression", "multiclass"]
        .iter()
        .map(|name| {
            std::fs::read_to_string(manifest().join(format!("examples/{name}.toml")))
                .unwrap()
                .replace("\"data/", &format!("\"{}/", data.display()))
        })
        .collect();
    let dictionary = [
        "[",
        "]",
        "{",
        "}",
        "=",
        ",",
        "\"",
        "'",
        "\n",
        "[[methods]]",
        "[data]",
        "type = \"Linear\"",
        "out_features = ",
        "in_features = ",
        "n_inputs = ",
        "{ type = \"ReLU\" }, ",
        "layers = [",
        "dim = ",
        "kind = \"PyTorch\"",
        "options = \"",
        "foo = 1",
        "variables = [\"",
        "../",
        "/",
        "NumEpochs=",
        "VarTransform=",
        ":",
    ];
    let path = work_dir("job_toml").join("case.toml");
    let device = tmva_burn::device::parse_device("cpu").unwrap();
    fuzz(
        "job_toml",
        &seeds,
        |m| {
            let seed = m.pick(&seeds).clone();
            m.text(&seed, &dictionary)
        },
        save_text,
        |text| {
            std::fs::write(&path, text).unwrap();
            let Ok(job) = tmva_burn::job::Job::read(&path) else {
                return false;
            };
            let mut ok = FactoryConfig::parse(&job.factory.options).is_ok();
            for method in &job.methods {
                if let Some(spec) = &method.network {
                    ok &= Sequential::<NoCustom>::from_spec(spec, &device).is_ok();
                }
            }
            ok
        },
    );
}

/// A small prepared dataset in memory (two classes, four variables).
fn small_loader() -> DataLoader {
    let n = 200;
    let column = |k: usize, shift: f32| {
        (0..n)
            .map(|i| ((i * (k + 3)) % 17) as f32 / 17.0 + shift)
            .collect::<Vec<f32>>()
    };
    let table = |shift: f32| {
        MemoryTable::new(
            "events",
            (1..=4)
                .map(|k| (format!("var{k}"), column(k, shift)))
                .collect(),
        )
        .unwrap()
    };
    let mut loader = DataLoader::new("dataset");
    for k in 1..=4 {
        loader.add_variable(&format!("var{k}")).unwrap();
    }
    loader.add_signal_tree(table(0.3), 1.0).unwrap();
    loader.add_background_tree(table(0.0), 1.0).unwrap();
    loader
}

#[test]
fn option_strings() {
    let model = manifest().join("models/fixtures/tutorial_classification.pt");
    let seeds = [
        "!V:!Silent:Color:DrawProgressBar:Transformations=D,G:AnalysisType=Classification"
            .to_string(),
        "nTrain_Signal=50:nTrain_Background=50:SplitMode=Random:NormMode=NumEvents:!V".to_string(),
        "!H:!V:Fisher:VarTransform=D,G".to_string(),
        format!(
            "H:!V:VarTransform=N,P:FilenameModel={}:NumEpochs=2:BatchSize=32:Optimizer=SGD:\
             LearningRate=0.01:ValidationSize=20%",
            model.display()
        ),
        "!V:Silent:NonFinite=Propagate".to_string(),
    ];
    let dictionary = [
        ":",
        "=",
        "!",
        ",",
        "(",
        ")",
        "_",
        "%",
        "V",
        "H",
        "Silent",
        "NumEpochs",
        "BatchSize",
        "VarTransform",
        "Transformations",
        "D",
        "G",
        "N",
        "P",
        "U",
        "I",
        "D_Signal",
        "N(var1)",
        "_V0_",
        "_T0_",
        "SplitMode",
        "Random",
        "Block",
        "NormMode",
        "nTrain_Signal",
        "nTest_Background",
        "SplitSeed",
        "ValidationSize",
        "Optimizer",
        "Adam",
        "LearningRate",
        "Loss",
        "Device",
        "cuda:0",
        "NumThreads",
        "ContinueTraining",
        "FilenameTrainedModel",
        "../x",
        "AnalysisType",
        "Multiclass",
        "Mahalanobis",
        "NonFinite",
    ];
    let loader = small_loader();
    let originals: Vec<(usize, String)> = seeds.iter().cloned().enumerate().collect();
    fuzz(
        "options",
        &originals,
        |m| {
            let which = m.rng.random_range(0..seeds.len());
            (which, m.text(&seeds[which], &dictionary))
        },
        |(which, text), path| std::fs::write(path, format!("{which}\n{text}")).unwrap(),
        |(which, text)| match which {
            0 => Factory::new("Job", "out.root", text).is_ok(),
            1 => loader
                .clone()
                .prepare_training_and_test_tree("", text)
                .is_ok(),
            2 | 3 => {
                let mut prepared = loader.clone();
                if prepared
                    .prepare_training_and_test_tree("", "SplitMode=Block:!V")
                    .is_err()
                {
                    return false;
                }
                let Ok(mut factory) = Factory::new("Job", "out.root", "Silent:!DrawProgressBar")
                else {
                    return false;
                };
                let kind = if *which == 2 {
                    MethodKind::Fisher
                } else {
                    MethodKind::PyTorch
                };
                factory.book_method(&prepared, kind, "M", text).is_ok()
            }
            _ => Reader::new(text).is_ok(),
        },
    );
}

#[test]
fn expressions() {
    let seeds = [
        "var1+var2",
        "var3*var4",
        "abs(var1) - 2*var2/(var3+1)",
        "TMath::Log(var1*var1+1) + sqrt(var2*var2)",
        "(var1>0)*var2 + (var3<=0.5 && var4!=0)",
        "arr[2] + arr[n-1]",
        "Sum$(arr) / Length$(arr) + Max$(arr*var1) - Min$(arr)",
        "pow(var1, 2) + exp(-var2) + sin(var3)*cos(var4)",
        "-var1 >= +var2 || !(var3 < var4)",
    ];
    let dictionary = [
        "(",
        ")",
        "[",
        "]",
        "+",
        "-",
        "*",
        "/",
        "^",
        "!",
        "&&",
        "||",
        "==",
        ":=",
        ",",
        "var1",
        "arr",
        "n",
        "Sum$(",
        "Length$(",
        "Max$(",
        "abs(",
        "TMath::Sqrt(",
        "pow(",
        "1e400",
        "nosuch",
        "$",
        ".",
        "?",
        ":",
    ];
    let names: Vec<String> = ["var1", "var2", "var3", "var4", "n", "arr"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let rows = 4;
    let mut columns: Vec<ColumnData> = [
        vec![0.5f32, -1.0, f32::NAN, 1e30],
        vec![0.0, 2.0, -3.0, f32::INFINITY],
        vec![1.0, 0.0, 4.0, -0.0],
        vec![3.0, 0.25, f32::MIN_POSITIVE, 7.0],
        vec![0.0, 2.0, 3.0, 100.0],
    ]
    .into_iter()
    .map(ColumnData::Scalar)
    .collect();
    columns.push(ColumnData::Array {
        counts: vec![0, 1, 3, 2],
        values: vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
    });
    let map = Columns::new(&names, &columns);
    fuzz_text("expressions", &seeds, &dictionary, |text| {
        let Ok(expr) = Expr::parse(text) else {
            return false;
        };
        let _ = expr.branches();
        // Evaluation may refuse (an index past a list's end): parsed is accepted.
        let _ = eval_rows(&[expr], &map, rows, "fuzz", 0);
        true
    });
}

#[test]
fn csv_files() {
    let seeds = [
        "var1,var2,var3,var4\n0.5,1,2,3\n-1,2e3,0,4\n",
        "\u{feff}\"var1\",\"var2\"\r\n1,2\r\n3,4\r\n",
        "1,2,3,4\n5,6,7,8\n",
        "var1\n1\n-2.5e-3\n",
    ];
    let dictionary = [
        ",", "\n", "\r", "\"", ";", " ", "var1", "nan", "inf", "1e999", "\u{feff}", "#",
    ];
    let path = Path::new("fuzz.csv");
    fuzz_text("csv", &seeds, &dictionary, |text| {
        let table = tmva_burn::io::csv::CsvTable::parse(text, path);
        if let Ok(table) = &table {
            let _ = table.require("var1");
        }
        let rows = tmva_burn::io::csv::parse_rows(text, path, 4);
        table.is_ok() || rows.is_ok()
    });
}

/// Trains Fisher (D,G) and a network (N) once on the small dataset and
/// returns their weight files' text.
fn weight_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut loader = small_loader();
    loader
        .prepare_training_and_test_tree("", "SplitMode=Block:!V")
        .unwrap();
    let mut factory = Factory::new("Fuzz", "out.root", "Silent:!DrawProgressBar").unwrap();
    factory.set_output_dir(dir);
    factory
        .book_method(&loader, MethodKind::Fisher, "Fisher", "VarTransform=D,G")
        .unwrap();
    let model = manifest().join("models/fixtures/tutorial_classification.pt");
    factory
        .book_method(
            &loader,
            MethodKind::PyTorch,
            "Net",
            &format!(
                "VarTransform=N,U:FilenameModel={}:NumEpochs=1:BatchSize=32",
                model.display()
            ),
        )
        .unwrap();
    factory.train_all_methods().unwrap();
    ["Fisher", "Net"]
        .iter()
        .map(|title| {
            let path = factory.weight_file_path("dataset", title);
            (std::fs::read_to_string(&path).unwrap(), path)
        })
        .collect()
}

#[test]
fn weight_files_xml() {
    let dir = work_dir("weights_xml");
    let mut seeds = weight_files(&dir);
    // ROOT-trained MLP, BDT (Fisher cuts) and Fisher files, copied into the
    // work folder so that cases are written beside them there.
    for name in [
        "aprozo_cernroot_training_MLP.weights.xml",
        "zbhatti_nn-hep_2Layers8NodesEach.weights.xml",
        "stepobr_QGID_BDTMitFisher.weights.xml",
        "Bilokin_BelleII_FisherG.weights.xml",
    ] {
        let text =
            std::fs::read_to_string(manifest().join("tests/data/tmva_weights").join(name)).unwrap();
        seeds.push((text, dir.join(name)));
    }
    let dictionary = [
        "<",
        ">",
        "/>",
        "</",
        "\"",
        "=",
        "<Transform>",
        "Index=\"",
        "Value=\"",
        "NInputs=\"",
        "NOutputs=\"",
        "AnalysisType",
        "Regression",
        "Multiclass",
        "Foo",
        "[",
        "]",
        "{",
        "}",
        "\"Normalize\"",
        "\"Cumulative\"",
        "{\"Variable\":",
        "null",
        "1e999",
        "-1",
        "&amp;",
        "<a>",
        "Format=\"tmva-burn-json\"",
        "Expression=\"",
        "NLayers=\"",
        "NNeurons=\"",
        "NSynapses=\"",
        "nType=\"",
        "IVar=\"",
        "pos=\"",
        "NCoef=\"",
        "NBins=\"",
        "99999999999",
        "-99",
        "<Node>",
        "</Node>",
    ];
    let events: Vec<f32> = vec![
        0.1,
        0.2,
        0.3,
        0.4, //
        -1e30,
        1e30,
        0.0,
        -0.0, //
        f32::NAN,
        f32::INFINITY,
        0.5,
        0.5,
    ];
    let originals: Vec<(usize, String)> = seeds
        .iter()
        .enumerate()
        .map(|(i, (text, _))| (i, text.clone()))
        .collect();
    fuzz(
        "weights_xml",
        &originals,
        |m| {
            let which = m.rng.random_range(0..seeds.len());
            (which, m.text(&seeds[which].0, &dictionary))
        },
        |(_, text), path| std::fs::write(path, text).unwrap(),
        |(which, text)| {
            // Beside the original, so that a network's model path resolves.
            let path = seeds[*which].1.with_extension("case.xml");
            std::fs::write(&path, text).unwrap();
            let Ok(mut reader) = Reader::new("Silent:NonFinite=Propagate") else {
                return false;
            };
            if reader.book_mva("M", &path).is_err() {
                return false;
            }
            let width = reader.variables().len();
            if width == 0 || !events.len().is_multiple_of(width) {
                return true;
            }
            reader.evaluate_batch("M", &events).is_ok()
        },
    );
}
