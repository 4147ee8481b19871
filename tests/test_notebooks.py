"""The notebooks run top to bottom in a fresh kernel, their assert cells included.

The kernel is this interpreter (the project's .venv): a kernelspec pointing at
``sys.executable`` is written to a temporary JUPYTER_PATH, so no user-level
``python3`` kernel of another Python can be picked up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "kg-test-venv"


@pytest.fixture(scope="module")
def kernel_name(tmp_path_factory) -> str:
    home = tmp_path_factory.mktemp("jupyter")
    spec = home / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "kg test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(home))
        yield KERNEL


def execute(name: str, kernel_name: str) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=600,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError, with the cell, if any cell fails
    return nb


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_diplomatic_network.ipynb"])
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    asserts = [c for c in nb.cells if "assert" in c.metadata.get("tags", [])]
    assert len(asserts) >= 4
    assert all("assert " in c.source for c in asserts)


def _outputs(nb, mime: str) -> list[str]:
    return [
        o["data"][mime]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if mime in o.get("data", {})
    ]


def test_quickstart_runs(kernel_name):
    nb = execute("01_quickstart.ipynb", kernel_name)
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    frames = [h for h in _outputs(nb, "text/html") if h.startswith("<iframe")]
    assert len(frames) == 2 and all("srcdoc=" in f for f in frames)  # examples, "your store"
    tables = [h for h in _outputs(nb, "text/html") if "<table" in h]
    assert len(tables) >= 5  # events, categories, events between, sources, top actors


def test_diplomatic_network_runs(kernel_name):
    nb = execute("02_diplomatic_network.ipynb", kernel_name)
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    images = _outputs(nb, "image/png")
    shared = (ROOT.parent / "shared" / "corpus" / "rt_lavrov_2015-10-27_ar.txt").exists()
    # heatmap, centrality, timeline, ego network (+ the RT article's ego network)
    assert len(images) == (5 if shared else 4)


# ---------------------------------------------------------------- your own data


def _stream_text(nb) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


@pytest.fixture(scope="module", params=["dated", "undated"])
def own_store(request, tmp_path_factory, example_texts) -> Path:
    """A user's store: the English example articles only, from JSONL (dated) or
    as .txt files (no dates: the timeline has nothing to plot)."""
    from conftest import example_records

    from kg.build import build_store

    tmp = tmp_path_factory.mktemp("own")
    if request.param == "dated":
        src = tmp / "en.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in example_records("en")))
    else:
        src = example_texts / "en"
    store = tmp / "my store"
    report = build_store([src], store)
    assert report.added == 4
    return store


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_diplomatic_network.ipynb"])
def test_notebooks_open_the_store_kg_data_names(request, kernel_name, own_store, monkeypatch, name):
    monkeypatch.setenv("KG_DATA", str(own_store))
    nb = execute(name, kernel_name)
    out = _stream_text(nb)
    assert str(own_store) in out
    if name.startswith("01"):
        assert f"{own_store}: " in out and "from 4 articles" in out
    else:
        assert f"{own_store}: " in out and " events; actors: " in out
        assert "note:" in out  # what the dyads and the timeline leave out
        dated = request.node.callspec.params["own_store"] == "dated"
        assert ("no dated events to plot" in out) is not dated
        assert len(_outputs(nb, "image/png")) >= (4 if dated else 3)


# ---------------------------------------------------------------- Jupyter itself

JUPYTER = Path(sys.executable).parent / "jupyter"


def _jupyter_env(tmp_path: Path) -> dict[str, str]:
    """The Makefile's JUPYTER_PATH, and config/runtime folders of the test's own."""
    import os

    env = dict(os.environ)
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_WORKSPACES_DIR"):
        env[var] = str(tmp_path / var.lower())
    return env


def test_nbconvert_executes_with_the_project_kernel(tmp_path):
    import subprocess

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell("import sys, kg\nprint(sys.prefix)\nprint(kg.__file__)")]
    path = tmp_path / "probe.ipynb"
    nbformat.write(nb, path)
    res = subprocess.run(
        [str(JUPYTER), "nbconvert", "--to", "notebook", "--execute", str(path),
         "--output-dir", str(tmp_path / "ran")],
        capture_output=True, text=True, env=_jupyter_env(tmp_path), timeout=300,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    out = _stream_text(nbformat.read(tmp_path / "ran" / "probe.ipynb", as_version=4))
    prefix, kg_file = out.split()
    assert Path(prefix) == Path(sys.prefix)  # the project's venv, not another Python
    assert Path(kg_file).is_relative_to(ROOT / "kg")


def test_make_notebooks_opens_jupyterlab_on_the_notebooks(tmp_path):
    import os
    import secrets
    import signal
    import socket
    import subprocess
    import time
    import urllib.request

    if not (ROOT / ".venv" / ".installed").exists():
        pytest.fail("make notebooks needs the project's .venv (make test creates it)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = secrets.token_hex(16)
    args = (
        f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} "
        f"--IdentityProvider.token={token}"
    )
    proc = subprocess.Popen(
        ["make", "-o", ".venv/.installed", "notebooks", f"NOTEBOOK_ARGS={args}"],
        cwd=ROOT, env=_jupyter_env(tmp_path), start_new_session=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def get(path: str):
        req = urllib.request.Request(base + path, headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode("utf-8")

    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, _ = get("/api/status")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start:\n{proc.stdout.read()}")
                time.sleep(0.5)
        assert status == 200
        _, listing = get("/api/contents")
        names = {item["name"] for item in json.loads(listing)["content"]}
        assert {"01_quickstart.ipynb", "02_diplomatic_network.ipynb"} <= names
        _, specs = get("/api/kernelspecs")
        assert "python3" in json.loads(specs)["kernelspecs"]
        status, page = get("/lab/tree/01_quickstart.ipynb")
        assert status == 200 and "JupyterLab" in page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # make and the server it started
        proc.wait(timeout=30)
