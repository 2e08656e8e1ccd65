"""Shared fixtures: a small TMVA job trained once per session through the
package, and the command line built from the same sources."""

import os
import pathlib
import subprocess

import pytest

import tmva_burn

REPO = pathlib.Path(__file__).resolve().parents[2]
DATA = REPO / "examples" / "data" / "tmva_class_example.root"
CLI = pathlib.Path(os.environ.get("TMVA_BURN_CLI", REPO / "target" / "release" / "tmva-burn"))

JOB = """
[factory]
job = "PyJob"
output = "PyJob.root"
options = "Silent:!DrawProgressBar:AnalysisType=Classification"

[data]
name = "dataset"
variables = ["var1", "var2", "var3", "var4"]
options = "nTrain_Signal=1000:nTrain_Background=1000:nTest_Signal=1000:nTest_Background=1000:SplitMode=Block:!V"

[[data.trees]]
file = "{data}"
tree = "TreeS"
class = "Signal"

[[data.trees]]
file = "{data}"
tree = "TreeB"
class = "Background"

[[methods]]
kind = "Fisher"
title = "Fisher"
options = "!H:!V:Fisher:VarTransform=D,G"

[[methods]]
kind = "PyTorch"
title = "PyTorch"
options = "!H:!V:NumEpochs=10:BatchSize=32:Optimizer=Adam:LearningRate=0.01:Seed=7"
network = {{ n_inputs = 4, layers = [
    {{ type = "Linear", out_features = 16, module_name = "hidden" }}, {{ type = "Softplus" }},
    {{ type = "Linear", out_features = 2 }}, {{ type = "Softmax", dim = 1 }},
] }}
"""


@pytest.fixture(scope="session")
def trained(tmp_path_factory):
    """The job's folder after `tmva_burn.train`, and its evaluation."""
    folder = tmp_path_factory.mktemp("job")
    job = folder / "job.toml"
    job.write_text(JOB.format(data=DATA))
    results = tmva_burn.train(job)
    return folder, results


def weights(folder, title):
    return folder / "dataset" / "weights" / f"PyJob_{title}.weights.xml"


def cli(*args):
    """Runs the command line; its standard output."""
    if not CLI.exists():
        pytest.fail(f"{CLI} is missing: build it with `cargo build --release` (or set TMVA_BURN_CLI)")
    done = subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout
