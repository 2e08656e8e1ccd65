//! `tmva-burn`: inspect, convert and apply models from the command line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use tmva_burn::nn::{LayerSpec, NamedTensor, NoCustom, Sequential, SequentialSpec};
use tmva_burn::prelude::*;
use tmva_burn::pt::{self, ImportLimits, PtFormat};

#[derive(Parser)]
#[command(
    name = "tmva-burn",
    version,
    about = "TMVA's PyTorch interface in Rust: model.pt files and trained methods"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a whole TMVA job (data, split, methods, training, evaluation) from a TOML job file.
    Train {
        /// The job file (see examples/*.toml); relative paths in it are from its folder.
        job: PathBuf,
    },
    /// Apply a trained method (its weight file) to events of a ROOT tree or a CSV file.
    Apply {
        /// The method's `.weights.xml`.
        #[arg(long)]
        weights: PathBuf,
        /// ROOT files (with --tree; paths or quoted glob patterns such as
        /// 'runs/*.root', read as one chain) or one CSV file with a header
        /// naming the variables.
        #[arg(long, num_args = 1.., required = true)]
        input: Vec<String>,
        /// The tree to read from a ROOT input.
        #[arg(long)]
        tree: Option<String>,
        /// Where to write the scores (CSV; default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
        /// An event with a NaN or infinite variable: `error` (stop, naming
        /// the entry and the variable) or `propagate` (evaluate it as it is).
        #[arg(long, value_enum, default_value = "error")]
        non_finite: NonFinite,
    },
    /// Write the HTML report of a Factory's output file: TMVAGui's plots and
    /// the evaluation tables in one self-contained page.
    Report {
        /// The output ROOT file of `train` (or of a Factory run).
        output_file: PathBuf,
        /// Where to write the page (default: the output file with `.html`).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Show a model file's format, layers, tensor shapes and parameter count.
    Inspect {
        /// A TorchScript archive, a torch.save file, a tmva-burn model (.json)
        /// or a Burn record (.bpk with its .spec.json).
        model: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Convert a model between TorchScript, PyTorch state dict and Burn's formats.
    Convert {
        /// A TorchScript archive, a tmva-burn model (.json) or a Burn record (.bpk).
        input: PathBuf,
        /// The file to write (atomically).
        output: PathBuf,
        /// Output format (default: from OUTPUT's extension: .pt/.pth torchscript,
        /// .json json, .bpk burn).
        #[arg(long, value_enum)]
        to: Option<Target>,
    },
    /// Run a model on events from a CSV file, one output row per event.
    Predict {
        /// A TorchScript archive, a tmva-burn model (.json) or a Burn record (.bpk).
        model: PathBuf,
        /// One event per line, comma-separated; a header line is optional.
        #[arg(long)]
        input: PathBuf,
        /// Where to write the outputs (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Backend: cpu, tch-cpu, tch-cuda:N, cuda:N, wgpu (compiled-in ones).
        #[arg(long, default_value = "cpu")]
        device: String,
        /// An event with a NaN or infinite input: `error` (stop, naming the
        /// line and the column) or `propagate` (evaluate it as it is).
        #[arg(long, value_enum, default_value = "error")]
        non_finite: NonFinite,
    },
}

/// What `apply` and `predict` do with NaN or infinite inputs.
#[derive(Clone, Copy, ValueEnum, PartialEq, Debug)]
enum NonFinite {
    /// Stop with an error naming the event and the variable.
    Error,
    /// Evaluate the event as it is (the outputs are usually NaN).
    Propagate,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Debug)]
enum Target {
    /// TorchScript archive (torch.jit.load).
    Torchscript,
    /// torch.save(model.state_dict()) file (torch.load).
    StateDict,
    /// Burn record (burnpack) plus <OUTPUT>.spec.json with the architecture.
    Burn,
    /// tmva-burn's one-file model (architecture and weights, JSON).
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(err) = tmva_burn::interrupt::install_handler() {
        eprintln!("tmva-burn: warning: {err}");
    }
    let result = match cli.command {
        Command::Train { job } => train(&job),
        Command::Apply {
            weights,
            input,
            tree,
            output,
            non_finite,
        } => apply(
            &weights,
            &input,
            tree.as_deref(),
            output.as_deref(),
            non_finite,
        ),
        Command::Report { output_file, out } => {
            let out = out.unwrap_or_else(|| output_file.with_extension("html"));
            tmva_burn::report::html::write_report(&output_file, &out).map(|()| {
                println!("tmva-burn: report written to {}", out.display());
            })
        }
        Command::Inspect { model, json } => inspect(&model, json),
        Command::Convert { input, output, to } => convert(&input, &output, to),
        Command::Predict {
            model,
            input,
            output,
            device,
            non_finite,
        } => predict(&model, &input, output.as_deref(), &device, non_finite),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Interrupted(at)) => {
            eprintln!(
                "tmva-burn: interrupted at {at}; no output was changed: the previous outputs \
                 are kept and the partial ones removed"
            );
            ExitCode::from(130)
        }
        Err(err) => {
            eprintln!("tmva-burn: error: {err}");
            ExitCode::FAILURE
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Pt(PtFormat),
    Json,
    Burn,
}

fn kind_of(path: &Path) -> Result<Kind> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => Ok(Kind::Json),
        Some("bpk") => Ok(Kind::Burn),
        _ => Ok(Kind::Pt(pt::detect_format(path)?)),
    }
}

/// A model with architecture, from any format that has one.
fn load_model(path: &Path, device: &Device) -> Result<(Sequential, Vec<String>)> {
    match kind_of(path)? {
        Kind::Pt(PtFormat::Torchscript) => {
            let imported = pt::load_torchscript(path, device)?;
            Ok((imported.model, imported.warnings))
        }
        Kind::Pt(PtFormat::TorchSave) => Err(Error::Format {
            path: path.to_path_buf(),
            message: "a torch.save file holds weights but no architecture; save the model with \
                      torch.jit.save (TorchScript), or load the weights into a model in Rust \
                      with Sequential::load_pytorch_state_dict"
                .to_string(),
        }),
        Kind::Json => Ok((Sequential::load(path, device)?, Vec::new())),
        Kind::Burn => Ok((
            Sequential::load_burnpack(path, &Default::default(), device)?,
            Vec::new(),
        )),
    }
}

#[derive(Serialize)]
struct TensorInfo {
    name: String,
    shape: Vec<usize>,
    dtype: String,
}

#[derive(Serialize)]
struct LayerInfo {
    index: usize,
    path: String,
    class: String,
    layer: Option<LayerSpec>,
    tensors: Vec<TensorInfo>,
}

#[derive(Serialize)]
struct Report {
    file: PathBuf,
    format: String,
    n_inputs: Option<usize>,
    n_outputs: Option<usize>,
    layers: Vec<LayerInfo>,
    /// Tensors of a file without architecture (torch.save).
    tensors: Vec<TensorInfo>,
    parameters: usize,
    warnings: Vec<String>,
}

fn tensor_infos(state: &[NamedTensor], dtype: &str) -> Vec<TensorInfo> {
    state
        .iter()
        .map(|t| TensorInfo {
            name: t.name.clone(),
            shape: t.shape.clone(),
            dtype: dtype.to_string(),
        })
        .collect()
}

fn report_from_model(path: &Path, format: &str, model: &Sequential<NoCustom>) -> Report {
    let spec = model.spec();
    let state = model.state_dict();
    let layers = spec
        .layers
        .iter()
        .zip(&spec.names)
        .enumerate()
        .map(|(index, (layer, name))| {
            let prefix = format!("{name}.");
            LayerInfo {
                index,
                path: name.clone(),
                class: layer.type_name().to_string(),
                layer: Some(layer.clone()),
                tensors: tensor_infos(
                    &state
                        .iter()
                        .filter(|t| t.name.starts_with(&prefix))
                        .cloned()
                        .collect::<Vec<_>>(),
                    "float32",
                ),
            }
        })
        .collect();
    Report {
        file: path.to_path_buf(),
        format: format.to_string(),
        n_inputs: Some(spec.n_inputs),
        n_outputs: Some(model.n_outputs()),
        layers,
        tensors: Vec::new(),
        parameters: count(&state, &spec),
        warnings: Vec::new(),
    }
}

/// Learnable scalars (BatchNorm running statistics are buffers, not parameters).
fn count(state: &[NamedTensor], _spec: &SequentialSpec) -> usize {
    state
        .iter()
        .filter(|t| !t.name.ends_with("running_mean") && !t.name.ends_with("running_var"))
        .map(|t| t.values.len())
        .sum()
}

fn inspect(path: &Path, json: bool) -> Result<()> {
    let device = parse_device("cpu")?;
    let report = match kind_of(path)? {
        Kind::Pt(PtFormat::Torchscript) => {
            let m = pt::inspect_torchscript(path, &ImportLimits::default())?;
            let layers = m
                .layers
                .iter()
                .enumerate()
                .map(|(index, l)| LayerInfo {
                    index,
                    path: l.path.clone(),
                    class: l.class.clone(),
                    layer: Some(l.spec.clone()),
                    tensors: l
                        .tensors
                        .iter()
                        .map(|(name, shape, dtype)| TensorInfo {
                            name: name.clone(),
                            shape: shape.clone(),
                            dtype: dtype.name().to_string(),
                        })
                        .collect(),
                })
                .collect();
            let n_outputs = pt::load_torchscript(path, &device)
                .ok()
                .map(|i| i.model.n_outputs());
            Report {
                file: path.to_path_buf(),
                format: PtFormat::Torchscript.to_string(),
                n_inputs: Some(m.spec.n_inputs),
                n_outputs,
                layers,
                tensors: Vec::new(),
                parameters: count(&m.state, &m.spec),
                warnings: m.warnings,
            }
        }
        Kind::Pt(PtFormat::TorchSave) => {
            let (state, warnings) = pt::read_state_dict(path)?;
            Report {
                file: path.to_path_buf(),
                format: PtFormat::TorchSave.to_string(),
                n_inputs: None,
                n_outputs: None,
                layers: Vec::new(),
                tensors: tensor_infos(&state, "float32 (after conversion)"),
                parameters: state.iter().map(|t| t.values.len()).sum(),
                warnings,
            }
        }
        Kind::Json => report_from_model(
            path,
            "tmva-burn model (JSON)",
            &Sequential::load(path, &device)?,
        ),
        Kind::Burn => report_from_model(
            path,
            "Burn record (burnpack) with architecture",
            &Sequential::load_burnpack(path, &Default::default(), &device)?,
        ),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| Error::User(e.to_string()))?;
        writeln!(out, "{text}").map_err(|e| Error::io("<stdout>", e))?;
        return Ok(());
    }
    let mut text = format!("{}\nformat: {}\n", report.file.display(), report.format);
    if let (Some(i), o) = (report.n_inputs, report.n_outputs) {
        text += &format!(
            "inputs: {i}, outputs: {}\n",
            o.map_or("?".into(), |o| o.to_string())
        );
    }
    for l in &report.layers {
        let spec = l
            .layer
            .as_ref()
            .map(|s| serde_json::to_string(s).unwrap_or_default())
            .unwrap_or_default();
        text += &format!("  [{:>2}] {:<10} {:<40} {spec}\n", l.index, l.path, l.class);
        for t in &l.tensors {
            text += &format!("         {} {:?} {}\n", t.name, t.shape, t.dtype);
        }
    }
    for t in &report.tensors {
        text += &format!("  {} {:?}\n", t.name, t.shape);
    }
    text += &format!("parameters: {}\n", report.parameters);
    for w in &report.warnings {
        text += &format!("warning: {w}\n");
    }
    out.write_all(text.as_bytes())
        .map_err(|e| Error::io("<stdout>", e))
}

fn convert(input: &Path, output: &Path, to: Option<Target>) -> Result<()> {
    let target = match to {
        Some(t) => t,
        None => match output.extension().and_then(|e| e.to_str()) {
            Some("pt" | "pth") => Target::Torchscript,
            Some("json") => Target::Json,
            Some("bpk") => Target::Burn,
            _ => {
                return Err(Error::option(
                    "--to",
                    format!(
                        "cannot tell the format from `{}`; give --to torchscript|state-dict|burn|json",
                        output.display()
                    ),
                ));
            }
        },
    };
    let device = parse_device("cpu")?;
    let (model, warnings) = load_model(input, &device)?;
    for w in &warnings {
        eprintln!("tmva-burn: warning: {}: {w}", input.display());
    }
    match target {
        Target::Torchscript => model.save_torchscript(output),
        Target::StateDict => model.save_pytorch_state_dict(output),
        Target::Burn => model.save_burnpack(output),
        Target::Json => model.save(output),
    }
}

fn predict(
    model_path: &Path,
    input: &Path,
    output: Option<&Path>,
    device: &str,
    non_finite: NonFinite,
) -> Result<()> {
    let device = parse_device(device)?;
    let (model, warnings) = load_model(model_path, &device)?;
    for w in &warnings {
        eprintln!("tmva-burn: warning: {}: {w}", model_path.display());
    }
    let events = tmva_burn::io::csv::read_rows(input, model.n_inputs())?;
    if non_finite == NonFinite::Error
        && let Some(at) = events.iter().position(|v| !v.is_finite())
    {
        let width = model.n_inputs().max(1);
        return Err(Error::Format {
            path: input.to_path_buf(),
            message: format!(
                "event {} (counting from 0, header excluded): input {} is {} (--non-finite \
                 propagate evaluates such events as they are)",
                at / width,
                at % width,
                events[at]
            ),
        });
    }
    let n_out = model.n_outputs();
    let mut text = String::new();
    // Chunks bound the memory of one forward pass on large inputs.
    for chunk in events.chunks(model.n_inputs() * 65_536) {
        tmva_burn::apply::push_rows(&mut text, &model.predict(chunk, &device)?, n_out);
    }
    write_text(output, &text)
}

/// Appends `values` as CSV rows of `width` values, at full f32 precision.
/// Writes `text` to `output` atomically, or to standard output.
fn write_text(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(path) => tmva_burn::staging::write_atomic(path, text.as_bytes()),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| Error::io("<stdout>", e)),
    }
}

fn train(job: &Path) -> Result<()> {
    let parsed = tmva_burn::job::Job::read(job)?;
    let base = job.parent().unwrap_or(Path::new("."));
    parsed
        .run(if base.as_os_str().is_empty() {
            Path::new(".")
        } else {
            base
        })
        .map_err(|e| match e {
            // Errors about another file (a ROOT input, a model) name it.
            Error::Io { .. } | Error::Format { .. } | Error::Interrupted(_) => e,
            other => Error::Format {
                path: job.to_path_buf(),
                message: other.to_string(),
            },
        })?;
    Ok(())
}

/// Applies a trained method to every event of `inputs` and writes one CSV
/// row of scores per event as it goes (see `tmva_burn::apply`).
fn apply(
    weights: &Path,
    inputs: &[String],
    tree: Option<&str>,
    output: Option<&Path>,
    non_finite: NonFinite,
) -> Result<()> {
    let non_finite = match non_finite {
        NonFinite::Error => tmva_burn::apply::NonFinite::Error,
        NonFinite::Propagate => tmva_burn::apply::NonFinite::Propagate,
    };
    tmva_burn::apply::FileApplier::open(weights, non_finite)?.write_csv(inputs, tree, output)?;
    Ok(())
}
