"""examples/dask_apply.py on a LocalCluster with 2 workers: 50 small ROOT
files (written by uproot from the TMVA example data), outputs equal to a
serial run, and a broken file reported on its own."""

import importlib.util

import numpy as np
import pytest
import uproot

import tmva_burn

from conftest import DATA, REPO, weights

distributed = pytest.importorskip("dask.distributed")


def load_example():
    spec = importlib.util.spec_from_file_location("dask_apply", REPO / "examples" / "dask_apply.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def small_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    with uproot.open(DATA) as f:
        events = f["TreeS"].arrays(["var1", "var2", "var3", "var4"], library="np")
    files = []
    for i in range(50):
        path = folder / f"part{i:02d}.root"
        with uproot.recreate(path) as out:
            out["TreeS"] = {k: v[i * 100:(i + 1) * 100] for k, v in events.items()}
        files.append(str(path))
    return files


def test_dask_outputs_equal_a_serial_run(trained, small_files, tmp_path):
    folder, _ = trained
    method = weights(folder, "PyTorch")
    broken = tmp_path / "broken.root"
    broken.write_bytes(b"root\x00 not really")
    example = load_example()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        summary = example.run(small_files + [str(broken)], method, "TreeS", tmp_path / "dask",
                              client, retries=1)
    assert [f["input"] for f in summary["failed"]] == [str(broken)]
    assert str(broken) in summary["failed"][0]["error"]
    assert len(summary["succeeded"]) == 50 and summary["events"] == 5000
    serial = tmp_path / "serial"
    serial.mkdir()
    for path in small_files:
        stem = path.rsplit("/", 1)[1][: -len(".root")]
        tmva_burn.apply_file(method, path, tree="TreeS", output=serial / f"{stem}.scores.csv")
        assert (tmp_path / "dask" / f"{stem}.scores.csv").read_bytes() == \
            (serial / f"{stem}.scores.csv").read_bytes(), stem
    # And equal to applying to the original file in one go.
    whole = tmva_burn.apply_file(method, DATA, tree="TreeS")[:5000]
    parts = np.concatenate([
        np.loadtxt(tmp_path / "dask" / f"part{i:02d}.scores.csv", skiprows=1, dtype=np.float32, ndmin=1)
        for i in range(50)])
    np.testing.assert_array_equal(parts, whole)
    assert (tmp_path / "dask" / "summary.json").exists()
    assert not list((tmp_path / "dask").glob("*.tmp*"))
