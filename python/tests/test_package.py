"""The Python package against the command line, PyTorch's reference
outputs and real ROOT data."""

import json

import numpy as np
import pytest
import uproot

import tmva_burn

from conftest import DATA, REPO, cli, weights


def test_train_returns_the_evaluation_and_trains_what_the_command_line_trains(trained, tmp_path):
    folder, results = trained
    assert set(results) == {"Fisher", "PyTorch"}
    for title in ("Fisher", "PyTorch"):
        report = results[title]["Classification"]
        assert 0.75 < report["roc_integral"] <= 1.0, (title, report)
    # The same job through `tmva-burn train`: the methods it writes give the
    # same scores, event for event.
    (tmp_path / "job.toml").write_text((folder / "job.toml").read_text())
    cli("train", tmp_path / "job.toml")
    for title in ("Fisher", "PyTorch"):
        ours = tmva_burn.apply_file(weights(folder, title), DATA, tree="TreeS")
        theirs = tmva_burn.apply_file(weights(tmp_path, title), DATA, tree="TreeS")
        np.testing.assert_array_equal(ours, theirs)


@pytest.mark.parametrize("title", ["Fisher", "PyTorch"])
def test_apply_file_writes_what_the_command_line_writes(trained, title, tmp_path):
    folder, _ = trained
    ours = tmp_path / "py.csv"
    theirs = tmp_path / "cli.csv"
    n = tmva_burn.apply_file(weights(folder, title), DATA, tree="TreeB", output=ours)
    cli("apply", "--weights", weights(folder, title), "--input", DATA, "--tree", "TreeB",
        "--output", theirs)
    assert ours.read_bytes() == theirs.read_bytes()
    with uproot.open(DATA) as f:
        assert n == f["TreeB"].num_entries


@pytest.mark.parametrize("title", ["Fisher", "PyTorch"])
def test_reader_on_a_numpy_array_equals_apply_file(trained, title):
    folder, _ = trained
    with uproot.open(DATA) as f:
        events = f["TreeS"].arrays(["var1", "var2", "var3", "var4"], library="np")
    array = np.column_stack([events[v] for v in ("var1", "var2", "var3", "var4")])
    reader = tmva_burn.Reader()
    for v in ("var1", "var2", "var3", "var4"):
        reader.add_variable(v)
    reader.book_mva(title, weights(folder, title))
    assert reader.variables == ["var1", "var2", "var3", "var4"]
    scores = reader.evaluate(title, array)
    assert scores.shape == (len(array),) and scores.dtype == np.float32
    from_file = tmva_burn.apply_file(weights(folder, title), DATA, tree="TreeS")
    np.testing.assert_array_equal(scores, from_file)
    # float64 input is converted, as the command line reads float branches.
    np.testing.assert_array_equal(reader.evaluate(title, array.astype(np.float64)), scores)


def test_torchscript_model_matches_pytorch():
    expected = json.loads((REPO / "models" / "fixtures" / "pt_expected.json").read_text())
    for name in ("named", "softplus", "all_layers"):
        case = expected[name]
        model = tmva_burn.load_torchscript(REPO / "models" / "fixtures" / f"{name}.pt")
        x = np.array(case["input"], dtype=np.float32).reshape(-1, case["n_inputs"])
        y = model.predict(x)
        assert y.shape == (len(x), model.n_outputs)
        # float32 on both sides: PyTorch and our kernels sum in different orders.
        np.testing.assert_allclose(y, np.array(case["output"]).reshape(y.shape), atol=1e-6)
    named = tmva_burn.load_torchscript(REPO / "models" / "fixtures" / "named.pt")
    assert named.layer_names == ["linear_1", "relu", "linear_2", "softmax"]


def test_errors_name_the_fault(trained, tmp_path):
    folder, _ = trained
    with pytest.raises(OSError, match="missing.weights.xml"):
        tmva_burn.Reader().book_mva("X", tmp_path / "missing.weights.xml")
    reader = tmva_burn.Reader()
    for v in ("var1", "var2", "var3", "var4"):
        reader.add_variable(v)
    reader.book_mva("Fisher", weights(folder, "Fisher"))
    with pytest.raises(tmva_burn.Error, match="3 columns"):
        reader.evaluate("Fisher", np.zeros((2, 3)))
    with pytest.raises(tmva_burn.Error, match="NaN"):
        reader.evaluate("Fisher", np.array([[np.nan, 0, 0, 0]]))
    with pytest.raises(tmva_burn.Error, match="TreeX"):
        tmva_burn.apply_file(weights(folder, "Fisher"), DATA, tree="TreeX")
    with pytest.raises(tmva_burn.Error, match="non_finite"):
        tmva_burn.apply_file(weights(folder, "Fisher"), DATA, tree="TreeS", non_finite="ignore")
    # A failed apply leaves a previous output as it was.
    out = tmp_path / "scores.csv"
    out.write_text("previous\n")
    with pytest.raises(tmva_burn.Error):
        tmva_burn.apply_file(weights(folder, "Fisher"), DATA, tree="TreeX", output=out)
    assert out.read_text() == "previous\n"
    assert issubclass(tmva_burn.Error, ValueError)
