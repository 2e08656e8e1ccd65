//! The `tmva-burn` command line on every model fixture: inspect, convert,
//! predict, and its errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tmva-burn"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models/fixtures")
}

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn fails(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(!out.status.success(), "{cmd:?} should fail");
    String::from_utf8_lossy(&out.stderr).to_string()
}

fn expected() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(fixtures().join("pt_expected.json")).unwrap())
        .unwrap()
}

#[test]
fn inspect_describes_every_fixture() {
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "pt") {
            continue;
        }
        let text = String::from_utf8(run(bin().arg("inspect").arg(&path)).stdout).unwrap();
        assert!(text.contains("parameters: "), "{}: {text}", path.display());
        let json = run(bin().arg("inspect").arg(&path).arg("--json")).stdout;
        let report: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert!(report["parameters"].as_u64().unwrap() > 0, "{report}");
    }
    let json = run(bin()
        .args(["inspect", "--json"])
        .arg(fixtures().join("tutorial_classification.pt")))
    .stdout;
    let report: serde_json::Value = serde_json::from_slice(&json).unwrap();
    // 4*64 + 64 + 64*2 + 2, as PyTorch's sum(p.numel() for p in model.parameters()).
    assert_eq!(report["parameters"], 450);
    assert_eq!(report["n_inputs"], 4);
    assert_eq!(report["n_outputs"], 2);
    assert_eq!(report["layers"].as_array().unwrap().len(), 4);
}

fn write_inputs(name: &str, rows: &[Vec<f32>], header: bool) -> PathBuf {
    let mut text = String::new();
    if header {
        let names: Vec<String> = (0..rows[0].len()).map(|i| format!("var{i}")).collect();
        text += &(names.join(",") + "\n");
    }
    for row in rows {
        let cells: Vec<String> = row.iter().map(|v| v.to_string()).collect();
        text += &(cells.join(", ") + "\n");
    }
    let path = tmp(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn parse_rows(text: &str) -> Vec<Vec<f32>> {
    text.lines()
        .map(|l| l.split(',').map(|v| v.parse().unwrap()).collect())
        .collect()
}

#[test]
fn predict_gives_pytorch_outputs_and_convert_round_trips() {
    let all = expected();
    for name in [
        "tutorial_classification",
        "tutorial_regression",
        "all_layers",
        "traced",
    ] {
        let e = &all[name];
        let rows: Vec<Vec<f32>> = serde_json::from_value(e["input"].clone()).unwrap();
        let want: Vec<Vec<f32>> = serde_json::from_value(e["output"].clone()).unwrap();
        let model = fixtures().join(format!("{name}.pt"));
        for header in [true, false] {
            let input = write_inputs(&format!("{name}_{header}.csv"), &rows, header);
            let out = run(bin().arg("predict").arg(&model).arg("--input").arg(&input)).stdout;
            let got = parse_rows(&String::from_utf8(out).unwrap());
            assert_eq!(got.len(), want.len());
            for (g, w) in got.iter().flatten().zip(want.iter().flatten()) {
                assert!((g - w).abs() <= 1e-6, "{name}: {g} vs {w}");
            }
        }

        // Every conversion target predicts exactly what the original does.
        let input = write_inputs(&format!("{name}.csv"), &rows, false);
        let reference = run(bin().arg("predict").arg(&model).arg("--input").arg(&input)).stdout;
        for (target, ext) in [("torchscript", "pt"), ("burn", "bpk"), ("json", "json")] {
            let converted = tmp(&format!("{name}_converted.{ext}"));
            run(bin()
                .arg("convert")
                .arg(&model)
                .arg(&converted)
                .args(["--to", target]));
            let scores = tmp(&format!("{name}_{target}.csv"));
            run(bin()
                .arg("predict")
                .arg(&converted)
                .arg("--input")
                .arg(&input)
                .arg("--output")
                .arg(&scores));
            assert_eq!(
                std::fs::read(&scores).unwrap(),
                reference,
                "{name} via {target}"
            );
        }
        let sd = tmp(&format!("{name}_sd.pt"));
        run(bin()
            .arg("convert")
            .arg(&model)
            .arg(&sd)
            .args(["--to", "state-dict"]));
        let text = String::from_utf8(run(bin().arg("inspect").arg(&sd)).stdout).unwrap();
        assert!(text.contains("torch.save"), "{text}");
    }

    // NaN input: an error naming the event and the input by default; with
    // --non-finite propagate, NaN outputs for that event (as PyTorch gives).
    let e = &all["tutorial_classification"];
    let mut rows: Vec<Vec<f32>> = serde_json::from_value(e["input"].clone()).unwrap();
    rows[1][2] = f32::NAN;
    let input = write_inputs("nan_inputs.csv", &rows, true);
    let model = fixtures().join("tutorial_classification.pt");
    let err = fails(bin().arg("predict").arg(&model).arg("--input").arg(&input));
    assert!(
        err.contains("nan_inputs.csv") && err.contains("event 1") && err.contains("input 2 is NaN"),
        "{err}"
    );
    let out = run(bin()
        .arg("predict")
        .arg(&model)
        .arg("--input")
        .arg(&input)
        .args(["--non-finite", "propagate"]))
    .stdout;
    let got = parse_rows(&String::from_utf8(out).unwrap());
    assert!(got[1].iter().all(|v| v.is_nan()), "{got:?}");
    assert!(got[0].iter().all(|v| v.is_finite()), "{got:?}");
}

#[test]
fn errors_name_the_file_and_exit_non_zero() {
    let model = fixtures().join("tutorial_classification.pt");
    let err = fails(bin().args(["inspect", "no-such-model.pt"]));
    assert!(err.contains("no-such-model.pt"), "{err}");

    let bad = tmp("bad.csv");
    std::fs::write(&bad, "1,2,3,4\n1,2,x,4\n").unwrap();
    let err = fails(bin().arg("predict").arg(&model).arg("--input").arg(&bad));
    assert!(err.contains("bad.csv") && err.contains("line 2"), "{err}");

    let narrow = tmp("narrow.csv");
    std::fs::write(&narrow, "1,2,3\n").unwrap();
    let err = fails(bin().arg("predict").arg(&model).arg("--input").arg(&narrow));
    assert!(err.contains("takes 4 inputs"), "{err}");

    let err = fails(
        bin()
            .arg("convert")
            .arg(fixtures().join("state_dict.pt"))
            .arg(tmp("x.pt")),
    );
    assert!(err.contains("no architecture"), "{err}");

    let err = fails(bin().arg("convert").arg(&model).arg(tmp("x.unknown")));
    assert!(err.contains("--to"), "{err}");

    let not_a_model = tmp("not_a_model.pt");
    std::fs::write(&not_a_model, "hello").unwrap();
    let err = fails(bin().arg("inspect").arg(&not_a_model));
    assert!(
        err.contains("not_a_model.pt") && err.contains("not a PyTorch model"),
        "{err}"
    );

    let err = fails(
        bin()
            .arg("predict")
            .arg(&model)
            .arg("--input")
            .arg(&narrow)
            .args(["--device", "tch-cuda:0"]),
    );
    assert!(err.contains("tch") || err.contains("feature"), "{err}");
}

#[test]
fn train_runs_a_job_file_and_apply_scores_root_and_csv_events() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_job");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/tmva_class_example.root");
    let job = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/classification.toml"),
    )
    .unwrap()
    .replace("data/tmva_class_example.root", &data.display().to_string())
    .replace("NumEpochs=20", "NumEpochs=3")
    .replace(
        "!V:!Silent:Color:DrawProgressBar",
        "Silent:!DrawProgressBar",
    );
    let job_path = dir.join("job.toml");
    std::fs::write(&job_path, job).unwrap();
    run(bin().arg("train").arg(&job_path));
    let weights = dir.join("dataset/weights/TMVAClassification_PyTorch.weights.xml");
    let apply = || {
        let mut command = bin();
        command.arg("apply").arg("--weights").arg(&weights);
        command
    };
    assert!(weights.exists());
    assert!(dir.join("TMVA_ClassificationPyTorch.root").exists());

    let out =
        String::from_utf8(run(apply().arg("--input").arg(&data).args(["--tree", "TreeS"])).stdout)
            .unwrap();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("PyTorch"));
    let scores: Vec<f32> = lines.map(|l| l.parse().unwrap()).collect();
    assert_eq!(scores.len(), 6000);

    // The same events as CSV give the same scores, and the Reader agrees.
    let file = tmva_burn::io::RootFile::open(&data).unwrap();
    let cols = file
        .tree("TreeS")
        .unwrap()
        .read_columns(&["var1", "var2", "var3", "var4"])
        .unwrap();
    let mut csv = String::from("var4,var3,var2,var1\n");
    // Columns in another order than the weight file's: matched by name.
    for row in (0..20).map(|i| [cols[3][i], cols[2][i], cols[1][i], cols[0][i]]) {
        let cells: Vec<String> = row.iter().map(f32::to_string).collect();
        csv += &(cells.join(",") + "\n");
    }
    let csv_path = dir.join("events.csv");
    std::fs::write(&csv_path, csv).unwrap();
    let scores_path = dir.join("scores.csv");
    run(apply()
        .arg("--input")
        .arg(&csv_path)
        .arg("--output")
        .arg(&scores_path));
    let text = std::fs::read_to_string(&scores_path).unwrap();
    let from_csv: Vec<f32> = text.lines().skip(1).map(|l| l.parse().unwrap()).collect();
    assert_eq!(from_csv, scores[..20]);
    let mut reader = tmva_burn::reader::Reader::new("Silent").unwrap();
    reader.book_mva("PyTorch", &weights).unwrap();
    let x = [cols[0][0], cols[1][0], cols[2][0], cols[3][0]];
    assert_eq!(reader.evaluate(&x).unwrap(), scores[0]);

    let err = fails(apply().arg("--input").arg(&data));
    assert!(err.contains("--tree"), "{err}");

    // Several inputs, as paths and as a pattern, are one chain: the scores of
    // each file in turn.
    for k in 1..=2 {
        std::fs::copy(&data, dir.join(format!("part_{k}.root"))).unwrap();
    }
    let pattern = dir.join("part_*.root");
    let out = String::from_utf8(
        run(apply()
            .arg("--input")
            .arg(&data)
            .arg(&pattern)
            .args(["--tree", "TreeS"]))
        .stdout,
    )
    .unwrap();
    let chained: Vec<f32> = out.lines().skip(1).map(|l| l.parse().unwrap()).collect();
    assert_eq!(chained.len(), 18000);
    for part in chained.chunks(6000) {
        assert_eq!(part, scores.as_slice());
    }
    let err = fails(
        apply()
            .arg("--input")
            .arg(dir.join("none_*.root"))
            .args(["--tree", "TreeS"]),
    );
    assert!(
        err.contains("none_*.root") && err.contains("matches no file"),
        "{err}"
    );
    // NaN in an event: an error naming the event and the variable, or (on
    // request) NaN scores for that event only, from CSV and ROOT input alike.
    let mut csv = String::from("var1,var2,var3,var4\n");
    let rows = cols[0].iter().zip(&cols[1]).zip(&cols[2]).zip(&cols[3]);
    for (i, (((v1, v2), v3), v4)) in rows.take(6).enumerate() {
        let v3 = if i == 3 {
            "nan".to_string()
        } else {
            v3.to_string()
        };
        csv += &format!("{v1},{v2},{v3},{v4}\n");
    }
    let nan_csv = dir.join("nan.csv");
    std::fs::write(&nan_csv, csv).unwrap();
    let err = fails(apply().arg("--input").arg(&nan_csv));
    assert!(
        err.contains("nan.csv") && err.contains("event 3") && err.contains("`var3` is NaN"),
        "{err}"
    );
    let out = String::from_utf8(
        run(apply()
            .arg("--input")
            .arg(&nan_csv)
            .args(["--non-finite", "propagate"]))
        .stdout,
    )
    .unwrap();
    let propagated: Vec<f32> = out.lines().skip(1).map(|l| l.parse().unwrap()).collect();
    assert!(propagated[3].is_nan(), "{propagated:?}");
    assert_eq!(propagated[..3], scores[..3]);
    assert_eq!(propagated[4..], scores[4..6]);
    let nan_root = dir.join("nan.root");
    let mut columns: Vec<(String, tmva_burn::io::Column)> = Vec::new();
    for (k, name) in ["var1", "var2", "var3", "var4"].iter().enumerate() {
        let mut v = cols[k][..10].to_vec();
        if k == 1 {
            v[7] = f32::INFINITY;
        }
        columns.push((name.to_string(), tmva_burn::io::Column::F32(v)));
    }
    tmva_burn::io::write_trees(
        &nan_root,
        vec![tmva_burn::io::TreeData {
            name: "T".into(),
            branches: columns,
        }],
    )
    .unwrap();
    let err = fails(apply().arg("--input").arg(&nan_root).args(["--tree", "T"]));
    assert!(
        err.contains("nan.root:T") && err.contains("entry 7") && err.contains("`var2` is inf"),
        "{err}"
    );

    let bad_job = dir.join("bad.toml");
    std::fs::write(&bad_job, "[factory]\njob = \"J\"\n").unwrap();
    let err = fails(bin().arg("train").arg(&bad_job));
    assert!(err.contains("bad.toml"), "{err}");

    // Errors inside a job name the job file and the field.
    let job_text = std::fs::read_to_string(&job_path).unwrap();
    let bad_expression = dir.join("bad_expression.toml");
    std::fs::write(
        &bad_expression,
        job_text.replace("\"var2\"", "\"var2 +* 3\""),
    )
    .unwrap();
    let err = fails(bin().arg("train").arg(&bad_expression));
    assert!(
        err.contains("bad_expression.toml") && err.contains("[data] variables[1]"),
        "{err}"
    );
    let bad_network = dir.join("bad_network.toml");
    std::fs::write(
        &bad_network,
        job_text.replace("out_features = 64", "out_features = 0"),
    )
    .unwrap();
    let err = fails(bin().arg("train").arg(&bad_network));
    assert!(
        err.contains("bad_network.toml") && err.contains("network") && err.contains("out_features"),
        "{err}"
    );
}
