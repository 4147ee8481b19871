"""The README's analyst path works as written: its make targets exist and its kg
commands run, in order, on a fresh folder with the example articles."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.store.serve import endpoint_url

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def analyst_path() -> list[str]:
    section = README.split("## The analyst's path", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    lines, joined = [], ""
    for line in block.splitlines():
        joined += line.rstrip("\\")
        if line.endswith("\\"):
            continue
        lines.append(joined)
        joined = ""
    return [re.sub(r"\s+#\s.*$", "", line).strip() for line in lines if line.strip()]


def test_the_path_covers_install_page_store_endpoint_and_notebooks():
    steps = " ".join(analyst_path())
    for needle in ("make demo", "graph.html", "--store", "kg serve", "curl", "make notebooks"):
        assert needle in steps
    assert "KG_DATA=" in steps
    assert endpoint_url(7878) in steps


def test_its_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for step in analyst_path():
        m = re.match(r"(?:\S+=\S+ )?make (\w+)", step)
        if m:
            assert re.search(rf"^{m.group(1)}:", makefile, re.M), step


def test_its_kg_commands_run_in_order(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    ran = []
    for step in analyst_path():
        if not step.startswith("kg ") or step.startswith("kg serve"):
            continue  # the endpoint runs until stopped (tests/test_store.py serves)
        res = CliRunner().invoke(app, shlex.split(step)[1:])
        assert res.exit_code == 0, f"{step}\n{res.output}"
        ran.append(step.split()[1])
    assert ran == ["build", "stats", "query"]
    assert (tmp_path / "store" / "CURRENT").is_file()
