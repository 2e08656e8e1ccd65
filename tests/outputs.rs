//! A training job's outputs (weight files, trained models, the output file)
//! change together or not at all: a run that fails late or is interrupted
//! leaves the previous run's files byte for byte, and no temporary file.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tmva-burn"))
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// A folder with the classification job (1 epoch), trained once.
fn trained_job(name: &str) -> (PathBuf, String) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("examples/data/tmva_class_example.root");
    let job = std::fs::read_to_string(root.join("examples/classification.toml"))
        .unwrap()
        .replace("data/tmva_class_example.root", &data.display().to_string())
        .replace("NumEpochs=20", "NumEpochs=1")
        .replace(
            "!V:!Silent:Color:DrawProgressBar",
            "!Silent:!Color:!DrawProgressBar",
        );
    std::fs::write(dir.join("job.toml"), &job).unwrap();
    train_succeeds(&dir);
    (dir, job)
}

/// Runs `dir/job.toml`, which must succeed.
fn train_succeeds(dir: &Path) {
    let out = bin()
        .arg("train")
        .arg(dir.join("job.toml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Trains the job once, then again edited by `edit`, which must fail with
/// `expected` in its message and leave every file as it was.
fn failing_rerun_changes_nothing(name: &str, edit: impl Fn(&str) -> String, expected: &str) {
    let (dir, job) = trained_job(name);
    let before = snapshot(&dir);
    assert!(before.len() >= 5, "{:?}", before.keys());
    std::fs::write(dir.join("job.toml"), edit(&job)).unwrap();
    let out = bin()
        .arg("train")
        .arg(dir.join("job.toml"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(expected), "{stderr}");
    std::fs::write(dir.join("job.toml"), &job).unwrap();
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn a_run_that_fails_late_changes_no_output() {
    // Fisher trains first and would now give other coefficients; the
    // network after it diverges.
    failing_rerun_changes_nothing(
        "outputs_diverge",
        |job| {
            job.replace(":Fisher:VarTransform", ":Mahalanobis:VarTransform")
                .replace("BatchSize=32", "BatchSize=32:LearningRate=1e30")
                .replace("{ type = \"Softmax\", dim = 1 },", "")
        },
        "diverged",
    );
}

#[test]
fn a_run_whose_output_file_cannot_be_written_changes_no_weight_file() {
    // Training succeeds with other Fisher coefficients; writing the output
    // file, the last step, fails.
    failing_rerun_changes_nothing(
        "outputs_unwritable",
        |job| {
            job.replace(":Fisher:VarTransform", ":Mahalanobis:VarTransform")
                .replace(
                    "output = \"TMVA_ClassificationPyTorch.root\"",
                    "output = \"no/such/folder/out.root\"",
                )
        },
        "no/such/folder/out.root",
    );
}

#[test]
fn an_interrupted_run_keeps_the_previous_outputs() {
    let (dir, job) = trained_job("outputs_interrupt");
    let before = snapshot(&dir);
    let long_job = job
        .replace("NumEpochs=1", "NumEpochs=100000")
        .replace("H:!V:VarTransform", "!H:V:VarTransform");
    std::fs::write(dir.join("job.toml"), &long_job).unwrap();
    let mut child = bin()
        .arg("train")
        .arg(dir.join("job.toml"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the network is training, then press Ctrl-C.
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let mut lines = stdout.lines();
    let started = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line.contains("Epoch   2"));
    assert!(started, "training never reached epoch 2");
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    lines.for_each(drop);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("interrupted at epoch") && stderr.contains("previous outputs are kept"),
        "{stderr}"
    );
    std::fs::write(dir.join("job.toml"), &job).unwrap();
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn killed_runs_keep_the_previous_outputs_and_the_next_run_removes_their_leftovers() {
    let (dir, job) = trained_job("outputs_killed");
    let before = snapshot(&dir);
    let long_job = job
        .replace("NumEpochs=1", "NumEpochs=400")
        .replace("H:!V:VarTransform", "!H:V:VarTransform");
    let is_temporary = |path: &Path| {
        path.file_name()
            .is_some_and(|n| n.to_string_lossy().contains(".tmp"))
    };
    // The files whose contents depend on the number of epochs: a run that
    // got as far as moving its outputs into place changed all of them.
    let epoch_dependent = [
        "TMVA_ClassificationPyTorch.root",
        "TMVA_ClassificationPyTorch.html",
        "dataset/weights/trainedModelClassification.pt",
        "dataset/weights/TMVAClassification_PyTorch.weights.xml",
    ]
    .map(|name| dir.join(name));
    // SIGKILL at points from reading the data to writing the outputs. The
    // points are the run's own progress lines, not times: a fixed delay
    // lands at a different stage on every machine and every speed-up.
    let kill_points = [
        None,
        Some("Fisher                   : Weight file written"),
        Some("Epoch 200:"),
        Some("Trained model written to"),
        Some("Evaluation results ranked"),
    ];
    let mut killed_before_commit = 0;
    for kill_point in kill_points {
        std::fs::write(dir.join("job.toml"), &long_job).unwrap();
        let mut child = bin()
            .arg("train")
            .arg(dir.join("job.toml"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        match kill_point {
            // While it reads the data.
            None => std::thread::sleep(std::time::Duration::from_millis(20)),
            Some(marker) => {
                let reached = lines
                    .by_ref()
                    .map_while(Result::ok)
                    .any(|line| line.contains(marker));
                assert!(reached, "the run never printed {marker:?}");
            }
        }
        child.kill().unwrap_or(());
        drop(lines);
        let status = child.wait().unwrap();
        std::fs::write(dir.join("job.toml"), &job).unwrap();
        let mut after = snapshot(&dir);
        after.retain(|path, _| !is_temporary(path));
        assert_eq!(
            after.keys().collect::<Vec<_>>(),
            before.keys().collect::<Vec<_>>(),
            "killed at {kill_point:?}"
        );
        if after == before {
            killed_before_commit += 1;
        } else {
            // Too late to stop it: then every output is the new run's.
            let unchanged: Vec<_> = epoch_dependent
                .iter()
                .filter(|path| after[*path] == before[*path])
                .collect();
            assert!(
                unchanged.is_empty(),
                "killed at {kill_point:?} ({status}): outputs of both runs, {unchanged:?} old"
            );
        }
    }
    assert!(
        killed_before_commit >= 3,
        "only {killed_before_commit} runs were killed before their outputs moved into place"
    );
    // The next run writes beside the leftovers and removes them.
    train_succeeds(&dir);
    let left: Vec<PathBuf> = snapshot(&dir)
        .into_keys()
        .filter(|p| is_temporary(p))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
