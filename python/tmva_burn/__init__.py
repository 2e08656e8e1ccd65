"""tmva_burn: ROOT TMVA's PyTorch interface in Rust, from Python.

- ``Reader``: book weight files, evaluate 2-D NumPy arrays in one call
  (the GIL is released while the events are evaluated).
- ``apply_file``: apply a trained method to ROOT files (or a CSV file);
  returns the scores, or writes them as CSV atomically.
- ``load_torchscript``: a ``model.pt`` (torch.jit.save) whose ``predict``
  runs it on a 2-D array.
- ``train``: run a TMVA job file (TOML) and return its evaluation.

Errors are ``tmva_burn.Error`` (a ``ValueError``) naming the file, tree,
branch, option or value at fault; missing files are ``OSError``.
"""

import json as _json

from ._native import Error, Model, Reader, apply_file, load_torchscript
from ._native import _train_json

__all__ = ["Error", "Model", "Reader", "apply_file", "load_torchscript", "train"]


def train(job, base=None):
    """Runs the TMVA job file ``job`` (TOML): loads the data, trains, tests
    and evaluates every method, writes the weight files, the output file and
    any report, exactly as ``tmva-burn train`` does. Relative paths are taken
    from ``base`` (default: the job file's folder).

    Returns ``{method title: evaluation}``, the evaluation as a dict
    (``{"Classification": {...}}``, ``{"Multiclass": {...}}`` or
    ``{"Regression": [...]}``).
    """
    return dict(_json.loads(_train_json(str(job), None if base is None else str(base))))
