//! The compiled part of the `tmva_burn` Python package: the Reader, applying
//! to files, TorchScript models and TMVA jobs, over NumPy arrays. Events are
//! evaluated with the GIL released, in one call per array: no per-event
//! Python.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use numpy::ndarray::Array2;
use numpy::{AllowTypeChange, IntoPyArray, PyArray2, PyArrayLike2};
use pyo3::exceptions::{PyKeyboardInterrupt, PyOSError, PyValueError};
use pyo3::prelude::*;

use tmva_burn::apply::{FileApplier, NonFinite};
use tmva_burn::nn::{NoCustom, Sequential};

pyo3::create_exception!(
    _native,
    Error,
    PyValueError,
    "An error of tmva-burn, naming the file, tree, branch, option or value at fault."
);

fn to_py(err: tmva_burn::Error) -> PyErr {
    match err {
        tmva_burn::Error::Io { .. } => PyOSError::new_err(err.to_string()),
        tmva_burn::Error::Interrupted(_) => PyKeyboardInterrupt::new_err(err.to_string()),
        other => Error::new_err(other.to_string()),
    }
}

/// The rows of a 2-D array as row-major `f32` (borrowed when the array is
/// already C-contiguous `float32`), and the row count; the width must be
/// `width`.
fn rows<'a>(
    array: &'a PyArrayLike2<'_, f32, AllowTypeChange>,
    width: usize,
) -> PyResult<(Cow<'a, [f32]>, usize)> {
    let (n, w) = array.as_array().dim();
    if w != width {
        return Err(Error::new_err(format!(
            "events have {w} columns; the method reads {width} variables"
        )));
    }
    let values = match array.as_slice() {
        Ok(slice) => Cow::Borrowed(slice),
        Err(_) => Cow::Owned(array.as_array().iter().copied().collect()),
    };
    Ok((values, n))
}

/// Scores as a NumPy array: 1-D when there is one score per event, else
/// `[events, outputs]`.
fn scores_array(py: Python<'_>, scores: Vec<f32>, per_event: usize) -> PyResult<Py<PyAny>> {
    let n = scores.len().checked_div(per_event).unwrap_or(0);
    if per_event == 1 {
        return Ok(scores.into_pyarray(py).into_any().unbind());
    }
    let array = Array2::from_shape_vec((n, per_event), scores)
        .map_err(|e| Error::new_err(e.to_string()))?;
    Ok(array.into_pyarray(py).into_any().unbind())
}

fn non_finite(name: &str) -> PyResult<NonFinite> {
    match name {
        "error" => Ok(NonFinite::Error),
        "propagate" => Ok(NonFinite::Propagate),
        other => Err(Error::new_err(format!(
            "non_finite=`{other}` is neither `error` nor `propagate`"
        ))),
    }
}

/// TMVA's Reader: book weight files, then evaluate events.
///
/// ``Reader(options="Silent")`` takes TMVA's Reader options (``Silent``,
/// ``V``, ``NonFinite=Error|Propagate``).
#[pyclass(module = "tmva_burn")]
struct Reader {
    inner: Mutex<tmva_burn::reader::Reader>,
}

impl Reader {
    fn with<T>(&self, f: impl FnOnce(&mut tmva_burn::reader::Reader) -> T) -> PyResult<T> {
        let mut guard = self
            .inner
            .lock()
            .map_err(|_| Error::new_err("the Reader was poisoned by an earlier panic"))?;
        Ok(f(&mut guard))
    }
}

#[pymethods]
impl Reader {
    #[new]
    #[pyo3(signature = (options = "Silent"))]
    fn new(options: &str) -> PyResult<Self> {
        Ok(Self {
            inner: Mutex::new(tmva_burn::reader::Reader::new(options).map_err(to_py)?),
        })
    }

    /// Declares the next input variable, by the label the weight file uses.
    fn add_variable(&self, label: &str) -> PyResult<()> {
        self.with(|r| r.add_variable(label))?.map_err(to_py)
    }

    /// Declares a spectator (read, never used by the method).
    fn add_spectator(&self, label: &str) -> PyResult<()> {
        self.with(|r| r.add_spectator(label))?.map_err(to_py)
    }

    /// Books the method of weight file ``weights`` under ``title``.
    fn book_mva(&self, title: &str, weights: PathBuf) -> PyResult<()> {
        self.with(|r| r.book_mva(title, &weights))?.map_err(to_py)
    }

    /// The declared input variables, in order.
    #[getter]
    fn variables(&self) -> PyResult<Vec<String>> {
        self.with(|r| r.variables().to_vec())
    }

    /// Scores per event of method ``title``: 1 for classification, else one
    /// per class or target.
    fn outputs_per_event(&self, title: &str) -> PyResult<usize> {
        self.with(|r| r.outputs_per_event(title))?.map_err(to_py)
    }

    /// Evaluates method ``title`` on ``events``, a 2-D array with one row
    /// per event and one column per variable (any real dtype; converted to
    /// float32). Returns a 1-D array for classification, else
    /// ``[events, outputs]``.
    fn evaluate<'py>(
        &self,
        py: Python<'py>,
        title: &str,
        events: PyArrayLike2<'py, f32, AllowTypeChange>,
    ) -> PyResult<Py<PyAny>> {
        let (width, per_event) = self
            .with(|r| {
                Ok::<_, tmva_burn::Error>((r.variables().len(), r.outputs_per_event(title)?))
            })?
            .map_err(to_py)?;
        let (values, _) = rows(&events, width)?;
        let inner = &self.inner;
        let scores = py
            .detach(|| {
                let reader = inner.lock().map_err(|_| {
                    tmva_burn::Error::Backend("the Reader was poisoned by an earlier panic".into())
                })?;
                reader.evaluate_batch(title, &values)
            })
            .map_err(to_py)?;
        scores_array(py, scores, per_event)
    }
}

/// Applies the method of weight file ``weights`` to ``inputs`` (a path, a
/// glob pattern or a list of them: ROOT files read as one chain of ``tree``,
/// or one CSV file with a header naming the variables).
///
/// Without ``output``, returns the scores (1-D for classification, else
/// ``[events, outputs]``). With ``output``, writes them as CSV exactly as
/// ``tmva-burn apply`` does, atomically (a failed run leaves any previous
/// file as it was), and returns the number of events.
/// ``non_finite``: ``"error"`` (stop at an event with a NaN or infinite
/// variable, naming it) or ``"propagate"``.
#[pyfunction]
#[pyo3(signature = (weights, inputs, tree = None, output = None, non_finite = "error"))]
fn apply_file(
    py: Python<'_>,
    weights: PathBuf,
    inputs: &Bound<'_, PyAny>,
    tree: Option<String>,
    output: Option<PathBuf>,
    non_finite: &str,
) -> PyResult<Py<PyAny>> {
    let inputs: Vec<String> = match inputs.extract::<PathBuf>() {
        Ok(one) => vec![one.to_string_lossy().into_owned()],
        Err(_) => inputs
            .extract::<Vec<PathBuf>>()?
            .into_iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect(),
    };
    let mode = self::non_finite(non_finite)?;
    let tree = tree.as_deref();
    match output {
        Some(output) => {
            let events = py
                .detach(|| {
                    FileApplier::open(&weights, mode)?.write_csv(&inputs, tree, Some(&output))
                })
                .map_err(to_py)?;
            Ok(events.into_pyobject(py)?.into_any().unbind())
        }
        None => {
            let (scores, per_event) = py
                .detach(|| {
                    let applier = FileApplier::open(&weights, mode)?;
                    Ok::<_, tmva_burn::Error>((
                        applier.scores(&inputs, tree)?,
                        applier.outputs_per_event(),
                    ))
                })
                .map_err(to_py)?;
            scores_array(py, scores, per_event)
        }
    }
}

/// A TorchScript model (``torch.jit.save``) of built-in layers, on the CPU.
#[pyclass(module = "tmva_burn")]
struct Model {
    model: Sequential<NoCustom>,
    device: tmva_burn::prelude::Device,
}

#[pymethods]
impl Model {
    /// Number of input features.
    #[getter]
    fn n_inputs(&self) -> usize {
        self.model.n_inputs()
    }

    /// Number of outputs.
    #[getter]
    fn n_outputs(&self) -> usize {
        self.model.n_outputs()
    }

    /// The layers' names (PyTorch's child names).
    #[getter]
    fn layer_names(&self) -> Vec<String> {
        self.model.layer_names().to_vec()
    }

    /// The model in evaluation mode on ``events`` (2-D, one row per event):
    /// ``[events, outputs]`` float32.
    fn predict<'py>(
        &self,
        py: Python<'py>,
        events: PyArrayLike2<'py, f32, AllowTypeChange>,
    ) -> PyResult<Bound<'py, PyArray2<f32>>> {
        let (values, n) = rows(&events, self.model.n_inputs())?;
        let (model, device) = (&self.model, &self.device);
        let out = py
            .detach(|| model.predict(&values, device))
            .map_err(to_py)?;
        let array = Array2::from_shape_vec((n, self.model.n_outputs()), out)
            .map_err(|e| Error::new_err(e.to_string()))?;
        Ok(array.into_pyarray(py))
    }
}

/// Reads a TorchScript ``model.pt`` (``torch.jit.save`` of a scripted or
/// traced ``nn.Sequential`` of built-in layers).
#[pyfunction]
#[pyo3(signature = (path, device = "cpu"))]
fn load_torchscript(py: Python<'_>, path: PathBuf, device: &str) -> PyResult<Model> {
    let device = tmva_burn::device::parse_device(device).map_err(to_py)?;
    let imported = py
        .detach(|| tmva_burn::pt::load_torchscript(&path, &device))
        .map_err(to_py)?;
    Ok(Model {
        model: imported.model,
        device,
    })
}

/// Runs a job file; the evaluation as JSON (`tmva_burn.train` parses it).
#[pyfunction]
#[pyo3(signature = (job, base = None))]
fn _train_json(py: Python<'_>, job: PathBuf, base: Option<PathBuf>) -> PyResult<String> {
    py.detach(|| {
        let parsed = tmva_burn::job::Job::read(&job)?;
        let base = base.unwrap_or_else(|| match job.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => Path::new(".").to_path_buf(),
        });
        let results = parsed.run(&base)?;
        serde_json::to_string(&results).map_err(|e| tmva_burn::Error::Backend(e.to_string()))
    })
    .map_err(to_py)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("Error", m.py().get_type::<Error>())?;
    m.add_class::<Reader>()?;
    m.add_class::<Model>()?;
    m.add_function(wrap_pyfunction!(apply_file, m)?)?;
    m.add_function(wrap_pyfunction!(load_torchscript, m)?)?;
    m.add_function(wrap_pyfunction!(_train_json, m)?)?;
    Ok(())
}
